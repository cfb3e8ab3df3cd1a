//! Who takes part in agreeing a plan: the employee, the direct leader, and the leader's own
//! leader who settles a dispute.

use super::error::AgreementError;
use super::role::Role;
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use serde::{Deserialize, Serialize};

/// The parties to one employee's plan, checked against the agency's reporting lines: the
/// leader holds the position the employee's position reports to, and the settler the
/// position the leader's reports to. Without a settler (the leader's position reports to
/// nobody in the agency, or the caller named none) a dispute cannot be raised here.
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

crate::objects_only::objects_only!(Parties);

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
