//! A plan's state: its stage, its terms, the confirmations, the agreed version, the revision
//! waiting for a decision and the revisions decided, and the comments made on it.

use super::error::AgreementError;
use super::feedback::About;
use super::parties::Parties;
use super::role::Role;
use super::stage::Stage;
use super::terms::{Amendment, Terms};
use crate::nip::EmployeeNumber;
use crate::period::Year;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

/// The terms both parties agreed to, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AgreedTerms {
    /// The terms.
    pub terms: Terms,
    /// The date of the agreement (or of the revision's decision).
    pub on: NaiveDate,
    /// 1 for the first agreement, one more for each approved revision.
    pub version: u32,
    /// Whether the leader's leader decided them (a settled dispute or revision).
    pub settled: bool,
}

crate::objects_only::objects_only!(AgreedTerms);

/// A dispute raised during negotiation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Dispute {
    /// Who raised it.
    pub by: EmployeeNumber,
    /// When.
    pub on: NaiveDate,
    /// Why.
    pub reason: String,
}

crate::objects_only::objects_only!(Dispute);

/// A revision of the agreed terms asked for mid-year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct RevisionRequest {
    /// Who asked.
    pub by: EmployeeNumber,
    /// When.
    pub on: NaiveDate,
    /// Why.
    pub reason: String,
    /// The changes asked for.
    pub amendments: Vec<Amendment>,
    /// The terms the changes would make.
    pub terms: Terms,
}

crate::objects_only::objects_only!(RevisionRequest);

/// A revision asked for and decided: the plan's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Revision {
    /// The request.
    pub request: RevisionRequest,
    /// Who decided.
    pub decided_by: EmployeeNumber,
    /// When.
    pub decided_on: NaiveDate,
    /// Whether it was approved.
    pub approved: bool,
    /// Why.
    pub reason: String,
}

crate::objects_only::objects_only!(Revision);

/// A comment on the plan by one of its parties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Comment {
    /// Who wrote it.
    pub by: EmployeeNumber,
    /// When.
    pub on: NaiveDate,
    /// What it is about.
    pub about: About,
    /// The comment.
    pub text: String,
}

crate::objects_only::objects_only!(Comment);

/// One employee's plan for a year as it moves from draft to closed.
///
/// Change it only through [`Plan::open`] and [`Plan::apply`], which return the events that
/// make each change; [`Plan::replay`] rebuilds the plan from those events. It travels as
/// JSON, and reading it back refuses a plan whose parts contradict its stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Plan(pub(super) State);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub(super) struct State {
    pub(super) parties: Parties,
    pub(super) year: Year,
    pub(super) stage: Stage,
    pub(super) terms: Terms,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) counter: Option<Terms>,
    #[serde(default)]
    pub(super) confirmed_by_employee: bool,
    #[serde(default)]
    pub(super) confirmed_by_leader: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) dispute: Option<Dispute>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) agreed: Option<AgreedTerms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) pending: Option<RevisionRequest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) revisions: Vec<Revision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) comments: Vec<Comment>,
    #[serde(default)]
    pub(super) proposals: u32,
    pub(super) last: NaiveDate,
}

crate::objects_only::objects_only!(State);

#[cfg(feature = "schema")]
crate::json_schema::schema_as!(Plan, State);

impl<'de> Deserialize<'de> for Plan {
    /// As written by `Serialize`, refusing parts that contradict the stage.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let state = State::deserialize(deserializer)?;
        let s = &state;
        let consistent = s.stage.is_agreed() == s.agreed.is_some()
            && (s.stage == Stage::RevisionRequested) == s.pending.is_some()
            && (s.counter.is_none() || s.stage == Stage::Negotiation)
            && (s.dispute.is_none() || matches!(s.stage, Stage::Proposed | Stage::Negotiation))
            && s.parties.role_of(s.parties.employee()) == Some(Role::Employee);
        if !consistent {
            return Err(serde::de::Error::custom(format!(
                "a plan {} whose parts contradict its stage",
                s.stage
            )));
        }
        Ok(Self(state))
    }
}

impl Plan {
    /// The parties.
    #[must_use]
    pub const fn parties(&self) -> &Parties {
        &self.0.parties
    }

    /// Whose plan it is.
    #[must_use]
    pub const fn employee(&self) -> &EmployeeNumber {
        self.0.parties.employee()
    }

    /// The year it plans.
    #[must_use]
    pub const fn year(&self) -> Year {
        self.0.year
    }

    /// Where it is.
    #[must_use]
    pub const fn stage(&self) -> Stage {
        self.0.stage
    }

    /// The terms on the table: the employee's draft or proposal, the counter-proposal once
    /// accepted, the agreed terms once agreed.
    #[must_use]
    pub const fn terms(&self) -> &Terms {
        &self.0.terms
    }

    /// The leader's counter-proposal waiting for the employee, if any.
    #[must_use]
    pub const fn counter(&self) -> Option<&Terms> {
        self.0.counter.as_ref()
    }

    /// Whether `role` has confirmed the terms on the table.
    #[must_use]
    pub const fn confirmed(&self, role: Role) -> bool {
        match role {
            Role::Employee => self.0.confirmed_by_employee,
            Role::Leader => self.0.confirmed_by_leader,
            Role::Settler => false,
        }
    }

    /// The open dispute, if any.
    #[must_use]
    pub const fn dispute(&self) -> Option<&Dispute> {
        self.0.dispute.as_ref()
    }

    /// The agreed terms in force, if agreed.
    #[must_use]
    pub const fn agreed(&self) -> Option<&AgreedTerms> {
        self.0.agreed.as_ref()
    }

    /// The agreed terms, which evaluation reads: a plan that is not agreed cannot be
    /// evaluated.
    ///
    /// # Errors
    /// [`AgreementError::NotAgreed`] naming the employee and the stage.
    pub fn for_evaluation(&self) -> Result<&Terms, AgreementError> {
        match &self.0.agreed {
            Some(agreed) if self.0.stage.is_agreed() => Ok(&agreed.terms),
            _ => Err(AgreementError::NotAgreed {
                employee: *self.employee(),
                stage: self.0.stage,
            }),
        }
    }

    /// The revision waiting for a decision, if any.
    #[must_use]
    pub const fn pending_revision(&self) -> Option<&RevisionRequest> {
        self.0.pending.as_ref()
    }

    /// The revisions decided, in order.
    #[must_use]
    pub fn revisions(&self) -> &[Revision] {
        &self.0.revisions
    }

    /// The comments, in order.
    #[must_use]
    pub fn comments(&self) -> &[Comment] {
        &self.0.comments
    }

    /// How many times the employee proposed terms.
    #[must_use]
    pub const fn proposals(&self) -> u32 {
        self.0.proposals
    }

    /// The last date recorded: the next command may not be dated before it.
    #[must_use]
    pub const fn last_date(&self) -> NaiveDate {
        self.0.last
    }
}
