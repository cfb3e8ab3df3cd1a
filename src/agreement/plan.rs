//! A plan's state: its stage, its terms, the confirmations, the agreed version, the revision
//! waiting for a decision and the revisions decided, and the comments made on it.

use super::error::AgreementError;
use super::feedback::About;
use super::parties::Parties;
use super::role::Role;
use super::stage::Stage;
use super::terms::{Amendment, Terms};
use crate::cascade::Cascade;
use crate::nip::EmployeeNumber;
use crate::period::Year;
use crate::text::is_blank;
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
/// make each change; [`Plan::replay`] rebuilds the plan from those events, with every
/// check `apply` made.
///
/// A plan travels as JSON, and is trusted no more than the commands that made it:
/// - reading it back refuses what no sequence of commands makes, whatever the agency: parts
///   that contradict the stage (agreed terms without an agreement, a counter-proposal
///   outside negotiation, confirmations or proposals a draft cannot have, terms in force
///   other than the agreed ones, a version that does not count the approved revisions, a
///   revision or waiting request whose terms are not the agreed ones amended), dates after
///   the last one recorded or out of order, comments, disputes and revisions by someone who
///   may not make them, blank reasons;
/// - [`Plan::check`] makes the checks that need the agency and the cascade: the parties are
///   the agency's reporting line, and every set of terms the plan holds that a command
///   checked fits the cascade and the plan's year. [`Plan::apply`] checks the parties
///   before every command, and [`agreed_plans`](super::agreed_plans) runs
///   [`Plan::check`] on every plan before it reaches the evaluation, so a stored plan with
///   a colleague for a leader, or relabelled to another year, never does.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{AgreementError, Plan};
/// # use kinerja::agreement::{Command, Parties, Terms};
/// # use kinerja::prelude::*;
/// # let cascade = kinerja::sample::siulak_cascade()?;
/// # let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
/// # let parties = Parties::of(cascade.agency(), yoga)?;
/// # let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
/// # let terms: Terms = serde_json::from_str(r#"{"results": [{"id": "RHK-ADM-1",
/// #   "statement": "Bahan laporan kinerja yang terhimpun tepat waktu", "supports": "RHK-SEK-1",
/// #   "link": "indirect", "indicators": [{"statement": "Bahan laporan bidang yang terhimpun",
/// #   "definition": {"id": "IKI-ADM-1", "unit": "dokumen", "polarity": "maximise",
/// #   "targets": {"2026": {"value": "12"}}}}]}]}"#)?;
/// # let mut plan = Plan::open(parties, Year::new(2026)?, &yoga, day(5)?)?.plan;
/// # for (command, by) in [(Command::Propose { terms }, yoga), (Command::Confirm, yoga),
/// #     (Command::Confirm, *parties.leader())] {
/// #     plan = plan.apply(&cascade, command, &by, day(6)?)?.plan;
/// # }
/// // A plan read back from JSON is checked against the cascade it is used in.
/// let json = serde_json::to_value(&plan)?;
/// let stored: Plan = serde_json::from_value(json.clone())?;
/// assert_eq!(stored.check(&cascade), Ok(()));
///
/// // Relabelled to 2027, its targets (for 2026) no longer fit its year.
/// let mut relabelled = json;
/// relabelled["year"] = 2027.into();
/// let relabelled: Plan = serde_json::from_value(relabelled)?;
/// assert!(matches!(relabelled.check(&cascade), Err(AgreementError::WrongYear { .. })));
/// # Ok(()) }
/// ```
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
    /// As written by `Serialize`, refusing what no sequence of commands makes (see
    /// [`Plan`]).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let state = State::deserialize(deserializer)?;
        if let Some(problem) = state.contradiction() {
            return Err(serde::de::Error::custom(format!(
                "a plan of {} ({}) that no sequence of commands makes: {problem}",
                state.parties.employee(),
                state.stage
            )));
        }
        Ok(Self(state))
    }
}

/// Whether `dates` never go backwards and none is after `last`.
fn in_order(dates: impl IntoIterator<Item = NaiveDate>, last: NaiveDate) -> bool {
    let mut previous: Option<NaiveDate> = None;
    for on in dates {
        if previous.is_some_and(|p| p > on) || on > last {
            return false;
        }
        previous = Some(on);
    }
    true
}

impl State {
    /// What in the state no sequence of commands makes, whatever the agency and cascade,
    /// if anything.
    fn contradiction(&self) -> Option<&'static str> {
        let s = self;
        let parties = &s.parties;
        let is = |person: &EmployeeNumber, roles: &[Role]| {
            parties.role_of(person).is_some_and(|r| roles.contains(&r))
        };
        let own = [Role::Employee, Role::Leader];
        let any = [Role::Employee, Role::Leader, Role::Settler];
        let stage_parts = s.stage.is_agreed() == s.agreed.is_some()
            && (s.stage == Stage::RevisionRequested) == s.pending.is_some()
            && (s.counter.is_none() || s.stage == Stage::Negotiation)
            && (s.dispute.is_none() || matches!(s.stage, Stage::Proposed | Stage::Negotiation));
        if !stage_parts {
            return Some("its parts contradict its stage");
        }
        let confirmations = if s.stage == Stage::Draft {
            !s.confirmed_by_employee && !s.confirmed_by_leader && s.proposals == 0
        } else {
            s.proposals > 0
                && (s.counter.is_none() || !(s.confirmed_by_employee || s.confirmed_by_leader))
                && (s.stage.is_agreed() || !(s.confirmed_by_employee && s.confirmed_by_leader))
        };
        if !confirmations {
            return Some("its confirmations or proposals do not fit its stage");
        }
        let after_lock = matches!(
            s.stage,
            Stage::Active | Stage::RevisionRequested | Stage::Closed
        );
        if !s.revisions.is_empty() && !after_lock {
            return Some("it has revisions before it was locked");
        }
        let revision_dates = s
            .revisions
            .iter()
            .flat_map(|r| [r.request.on, r.decided_on])
            .chain(s.pending.iter().map(|p| p.on));
        let single = s
            .dispute
            .iter()
            .map(|d| d.on)
            .chain(s.agreed.iter().map(|a| a.on));
        if !in_order(s.comments.iter().map(|c| c.on), s.last)
            || !in_order(revision_dates, s.last)
            || single.into_iter().any(|on| on > s.last)
        {
            return Some("its dates are out of order or after the last one recorded");
        }
        let authors = s.comments.iter().all(|c| is(&c.by, &any))
            && s.dispute.as_ref().is_none_or(|d| is(&d.by, &own))
            && s.pending.as_ref().is_none_or(|p| is(&p.by, &own))
            && s.revisions.iter().all(|r| {
                is(&r.request.by, &own) && is(&r.decided_by, &any) && r.decided_by != r.request.by
            });
        if !authors {
            return Some("a comment, dispute or revision is by someone who may not make it");
        }
        let texts = s
            .comments
            .iter()
            .map(|c| c.text.as_str())
            .chain(s.dispute.iter().map(|d| d.reason.as_str()))
            .chain(s.pending.iter().map(|p| p.reason.as_str()))
            .chain(
                s.revisions
                    .iter()
                    .flat_map(|r| [r.request.reason.as_str(), r.reason.as_str()]),
            );
        if texts.into_iter().any(is_blank) {
            return Some("a comment or reason is blank");
        }
        let settler = parties.settler().is_some();
        if (s.dispute.is_some() || s.agreed.as_ref().is_some_and(|a| a.settled)) && !settler {
            return Some("it was disputed or settled with nobody to settle it");
        }
        if let Some(agreed) = &s.agreed {
            if !s.terms_agree_with(agreed) {
                return Some("its agreed terms are not the ones its history makes");
            }
        }
        None
    }

    /// Whether the agreed terms are those in force, with the version and settlement the
    /// revisions make, and every revision and waiting request amends the terms in force
    /// when it was asked for.
    fn terms_agree_with(&self, agreed: &AgreedTerms) -> bool {
        let approved = self.revisions.iter().filter(|r| r.approved).count();
        let version = u32::try_from(approved).ok().and_then(|n| n.checked_add(1));
        if version != Some(agreed.version) || self.terms != agreed.terms {
            return false;
        }
        // The terms in force before the first revision are the first agreement's, which the
        // state no longer holds; from the first approved revision on they are known.
        let mut in_force: Option<&Terms> = None;
        let mut last_approved: Option<&Revision> = None;
        for revision in &self.revisions {
            let request = &revision.request;
            if let Some(terms) = in_force {
                if terms.amended(&request.amendments).ok().as_ref() != Some(&request.terms) {
                    return false;
                }
            }
            if revision.approved {
                in_force = Some(&request.terms);
                last_approved = Some(revision);
            }
        }
        let pending_fits = self
            .pending
            .as_ref()
            .is_none_or(|p| agreed.terms.amended(&p.amendments).ok().as_ref() == Some(&p.terms));
        let latest_fits = last_approved.is_none_or(|r| {
            r.request.terms == agreed.terms
                && r.decided_on == agreed.on
                && (self.parties.role_of(&r.decided_by) == Some(Role::Settler)) == agreed.settled
        });
        pending_fits && latest_fits
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

    /// Checks a plan (read from JSON, say) against the agency and the cascade as strictly
    /// as the commands that made it: the parties are the agency's reporting line
    /// ([`Parties::check`]), and every set of terms a command checked still fits `cascade`
    /// and the plan's year ([`Terms::check`]): the terms on the table once proposed, the
    /// counter-proposal, the agreed terms, the revision waiting for a decision and every
    /// revision asked for. [`agreed_plans`](super::agreed_plans) runs it on every plan.
    ///
    /// # Errors
    /// An error of [`Parties::check`] or [`Terms::check`] (a result that supports no
    /// result of the superior, a target for another year than the plan's, weights that do
    /// not total 100 %, …).
    pub fn check(&self, cascade: &Cascade) -> Result<(), AgreementError> {
        let s = &self.0;
        s.parties.check(cascade.agency())?;
        let proposed = (s.stage != Stage::Draft).then_some(&s.terms);
        let revised = s.revisions.iter().map(|r| &r.request.terms);
        proposed
            .into_iter()
            .chain(s.counter.as_ref())
            .chain(s.agreed.as_ref().map(|a| &a.terms))
            .chain(s.pending.as_ref().map(|p| &p.terms))
            .chain(revised)
            .try_for_each(|terms| terms.check(cascade, *s.parties.employee(), s.year))
    }
}
