//! Who takes part in agreeing a plan: the employee, the direct leader, and the leader's own
//! leader who settles a dispute.

use super::error::AgreementError;
use super::role::Role;
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use serde::{Deserialize, Deserializer, Serialize};

/// The parties to one employee's plan, checked against the agency's reporting lines: the
/// leader holds the position the employee's position reports to, and the settler the
/// position the leader's reports to. Without a settler (the leader's position reports to
/// nobody in the agency, or the caller named none) a dispute cannot be raised here.
///
/// Parties read from JSON are checked as far as they can be without the agency (three
/// different people); against the agency's reporting lines by [`Parties::check`], which
/// every path that takes stored parties runs: [`Plan::apply`](super::Plan::apply),
/// [`Plan::replay`](super::Plan::replay), [`Plan::check`](super::Plan::check) and so
/// [`agreed_plans`](super::agreed_plans), [`FeedbackLog::record`](super::FeedbackLog::record)
/// and [`FeedbackLog::check`](super::FeedbackLog::check). So parties stored while the
/// secretary led the section are refused once the agency says someone else leads it.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{Parties, Role};
/// use kinerja::prelude::*;
/// let agency = kinerja::sample::siulak_agency()?;
/// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
/// let parties = Parties::of(&agency, yoga)?;
/// assert_eq!(parties.role_of(&yoga), Some(Role::Employee));
/// assert!(parties.settler().is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Parties {
    employee: EmployeeNumber,
    leader: EmployeeNumber,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    settler: Option<EmployeeNumber>,
}

impl Serialize for Parties {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for Parties {
    /// As written, refusing parties where one person plays two parts: no reporting line
    /// makes someone their own leader.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parties = Self::deserialize(crate::objects_only::MapsOnly(deserializer))?;
        let settler_apart = parties
            .settler
            .is_none_or(|s| s != parties.employee && s != parties.leader);
        if parties.employee == parties.leader || !settler_apart {
            return Err(serde::de::Error::custom(format!(
                "the parties to the plan of {} name one person twice",
                parties.employee
            )));
        }
        Ok(parties)
    }
}

impl Parties {
    /// The parties named by the caller, checked: where a position has several holders the
    /// caller chooses which of them leads.
    ///
    /// # Errors
    /// [`AgreementError::UnknownEmployee`] for anyone not in the agency;
    /// [`AgreementError::NoLeader`] when the employee's position reports to no position;
    /// [`AgreementError::NotLeader`] or [`AgreementError::NotSettler`] when someone named
    /// does not hold the position above.
    pub fn new(
        agency: &Agency,
        employee: EmployeeNumber,
        leader: EmployeeNumber,
        settler: Option<EmployeeNumber>,
    ) -> Result<Self, AgreementError> {
        let above =
            superior_position(agency, &employee)?.ok_or(AgreementError::NoLeader { employee })?;
        if position_of(agency, &leader)? != above {
            return Err(AgreementError::NotLeader { employee, leader });
        }
        let leaders_superior = superior_position(agency, &leader)?;
        match (settler, leaders_superior) {
            (Some(settler), Some(position)) if position_of(agency, &settler)? == position => {}
            (Some(settler), _) => return Err(AgreementError::NotSettler { leader, settler }),
            (None, _) => {}
        }
        Ok(Self {
            employee,
            leader,
            settler,
        })
    }

    /// The parties read from the agency where each position above has one holder (the
    /// first by employee number where it has several).
    ///
    /// # Errors
    /// [`AgreementError::UnknownEmployee`] when the employee is not in the agency;
    /// [`AgreementError::NoLeader`] when nobody holds the position above.
    pub fn of(agency: &Agency, employee: EmployeeNumber) -> Result<Self, AgreementError> {
        let holder =
            |position: &crate::id::PositionId| agency.holders(position).map(|e| *e.number()).min();
        let leader = superior_position(agency, &employee)?
            .and_then(|p| holder(&p))
            .ok_or(AgreementError::NoLeader { employee })?;
        let settler = superior_position(agency, &leader)?.and_then(|p| holder(&p));
        Ok(Self {
            employee,
            leader,
            settler,
        })
    }

    /// Checks parties (read from JSON, say) against the agency's reporting lines as
    /// [`Parties::new`] checks the parties a caller names: the leader holds the position
    /// the employee's reports to, and the settler, if any, the position above the leader's.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{AgreementError, Parties};
    /// use kinerja::prelude::*;
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// let parties = Parties::of(&agency, yoga)?;
    /// assert_eq!(parties.check(&agency), Ok(()));
    ///
    /// // The stored parties with a colleague named as Yoga's leader are refused.
    /// let mut json = serde_json::to_value(parties)?;
    /// json["leader"]["number"] = "199010102015031002".into();
    /// let forged: Parties = serde_json::from_value(json)?;
    /// assert!(matches!(forged.check(&agency), Err(AgreementError::NotLeader { .. })));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// The errors of [`Parties::new`]: [`AgreementError::UnknownEmployee`],
    /// [`AgreementError::NoLeader`], [`AgreementError::NotLeader`],
    /// [`AgreementError::NotSettler`].
    pub fn check(&self, agency: &Agency) -> Result<(), AgreementError> {
        Self::new(agency, self.employee, self.leader, self.settler).map(drop)
    }

    /// The employee whose plan it is.
    #[must_use]
    pub const fn employee(&self) -> &EmployeeNumber {
        &self.employee
    }

    /// The direct leader.
    #[must_use]
    pub const fn leader(&self) -> &EmployeeNumber {
        &self.leader
    }

    /// The leader's leader, who settles disputes.
    #[must_use]
    pub const fn settler(&self) -> Option<&EmployeeNumber> {
        self.settler.as_ref()
    }

    /// The part `person` plays, if any.
    #[must_use]
    pub fn role_of(&self, person: &EmployeeNumber) -> Option<Role> {
        if *person == self.employee {
            Some(Role::Employee)
        } else if *person == self.leader {
            Some(Role::Leader)
        } else if self.settler.as_ref() == Some(person) {
            Some(Role::Settler)
        } else {
            None
        }
    }
}

fn position_of(
    agency: &Agency,
    number: &EmployeeNumber,
) -> Result<crate::id::PositionId, AgreementError> {
    agency
        .employee(number)
        .map(|e| e.position().clone())
        .ok_or(AgreementError::UnknownEmployee { employee: *number })
}

fn superior_position(
    agency: &Agency,
    number: &EmployeeNumber,
) -> Result<Option<crate::id::PositionId>, AgreementError> {
    let position = position_of(agency, number)?;
    Ok(agency.superior_of(&position).map(|p| p.id().clone()))
}
