//! Staff forums: suggestions from staff of any rank on a unit's goals and indicators, each
//! with its fate; and the participation summary of a unit.

use super::error::{AgreementError, Field};
use super::machine::Command;
use super::plan::Plan;
use super::terms::Amendment;
use super::trail::not_blank;
use crate::cascade::{Cascade, Node, Owner};
use crate::id::{IndicatorId, NodeId, UnitId};
use crate::measure::{Definitions, Target};
use crate::nip::EmployeeNumber;
use crate::num::Percent;
use crate::org::Agency;
use crate::period::Period;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a suggestion is about: the unit's plan as a whole, one of its nodes (a goal,
/// objective, programme, activity or result) or one of its indicators.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The unit's plan as a whole.
    Unit,
    /// A node of the unit.
    Node(NodeId),
    /// An indicator of one of the unit's nodes.
    Indicator(IndicatorId),
}

/// How a suggestion entered the unit's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "into",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum Adoption {
    /// As an indicator (new or reworded).
    Indicator {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// As a target of an indicator for a period.
    Target {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The target adopted.
        target: Target,
    },
    /// As a result (a node of the cascade).
    Result {
        /// The node.
        node: NodeId,
    },
}

crate::objects_only::objects_only!(Adoption);

/// What became of a suggestion.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "fate",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum Fate {
    /// Not decided yet.
    #[default]
    Open,
    /// Adopted into the plan.
    Adopted {
        /// Where it went.
        adoption: Adoption,
    },
    /// Declined, with the reason given to the person who suggested it.
    Declined {
        /// Why.
        reason: String,
    },
}

crate::objects_only::objects_only!(Fate);

impl crate::label::Labelled for Fate {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language::{English, Indonesian};
        match (self, language) {
            (Self::Open, Indonesian) => "belum diputuskan",
            (Self::Adopted { .. }, Indonesian) => "diterima",
            (Self::Declined { .. }, Indonesian) => "ditolak",
            (Self::Open, English) => "open",
            (Self::Adopted { .. }, English) => "adopted",
            (Self::Declined { .. }, English) => "declined",
        }
    }
}

/// One suggestion made in a forum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Suggestion {
    /// Its number in the forum.
    pub number: u32,
    /// Who made it (any rank).
    pub by: EmployeeNumber,
    /// What about.
    pub topic: Topic,
    /// The suggestion.
    pub text: String,
    /// What became of it.
    #[serde(default)]
    pub fate: Fate,
}

crate::objects_only::objects_only!(Suggestion);

/// A forum (forum diskusi) held by a unit on its goals and indicators, across ranks.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::agreement::Forum = serde_json::from_str(r#"
/// {
///   "unit": "DIK.SD.KUR",
///   "held_on": "2026-01-08",
///   "chair": {
///     "kind": "pns",
///     "number": "198507192010012014"
///   },
///   "attendees": [
///     {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     {
///       "kind": "pppk",
///       "number": "199506122022212001"
///     }
///   ],
///   "suggestions": [
///     {
///       "number": 1,
///       "by": {
///         "kind": "pns",
///         "number": "199203032019032011"
///       },
///       "topic": {
///         "indicator": "IKI-KUR-1"
///       },
///       "text": "Gugus Siulak Mukai siap menerapkan Kurikulum Merdeka di triwulan III",
///       "fate": {
///         "fate": "adopted",
///         "adoption": {
///           "into": "target",
///           "indicator": "IKI-KUR-1",
///           "period": "2026-Q3",
///           "target": {
///             "value": "5"
///           }
///         }
///       }
///     },
///     {
///       "number": 2,
///       "by": {
///         "kind": "pppk",
///         "number": "199506122022212001"
///       },
///       "topic": {
///         "node": "RHK-DATA-1"
///       },
///       "text": "Verifikasi Dapodik dilakukan setiap bulan",
///       "fate": {
///         "fate": "declined",
///         "reason": "Jadwal verifikasi Dapodik ditetapkan pusat per semester"
///       }
///     },
///     {
///       "number": 3,
///       "by": {
///         "kind": "pns",
///         "number": "199010102015031002"
///       },
///       "topic": "unit",
///       "text": "Libatkan seksi sarpras dalam pendampingan",
///       "fate": {
///         "fate": "open"
///       }
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Forum {
    /// The unit whose plan was discussed.
    pub unit: UnitId,
    /// When.
    pub held_on: NaiveDate,
    /// Who chaired it.
    pub chair: EmployeeNumber,
    /// Who attended (besides those who made a suggestion).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<EmployeeNumber>,
    /// The suggestions.
    #[serde(default)]
    pub suggestions: Vec<Suggestion>,
}

crate::objects_only::objects_only!(Forum);

impl Forum {
    /// Checks the forum against the cascade: the unit is in the agency; the chair, the
    /// attendees and everyone who suggested are employees of the agency; suggestion numbers
    /// are unique and texts are given; each topic and each adoption names a node or
    /// indicator of the unit (owned by it, by a unit within it, or by a position or employee
    /// in them); a declined suggestion says why.
    ///
    /// # Errors
    /// [`AgreementError::UnknownUnit`], [`AgreementError::UnknownEmployee`],
    /// [`AgreementError::DuplicateSuggestion`], [`AgreementError::Blank`],
    /// [`AgreementError::UnknownNode`], [`AgreementError::UnknownIndicator`],
    /// [`AgreementError::NotTheUnits`].
    pub fn check(&self, cascade: &Cascade) -> Result<(), AgreementError> {
        let agency = cascade.agency();
        let units = units_within(agency, &self.unit)?;
        let people = std::iter::once(&self.chair)
            .chain(&self.attendees)
            .chain(self.suggestions.iter().map(|s| &s.by));
        for person in people {
            if agency.employee(person).is_none() {
                return Err(AgreementError::UnknownEmployee { employee: *person });
            }
        }
        let mut numbers = BTreeSet::new();
        for suggestion in &self.suggestions {
            if !numbers.insert(suggestion.number) {
                return Err(AgreementError::DuplicateSuggestion {
                    number: suggestion.number,
                });
            }
            not_blank(&suggestion.text, Field::Text)?;
            match &suggestion.topic {
                Topic::Unit => {}
                Topic::Node(node) => self.node_of_unit(cascade, &units, node).map(drop)?,
                Topic::Indicator(indicator) => {
                    self.indicator_of_unit(cascade, &units, indicator)?
                }
            }
            match &suggestion.fate {
                Fate::Open => {}
                Fate::Declined { reason } => not_blank(reason, Field::Reason)?,
                Fate::Adopted { adoption } => match adoption {
                    Adoption::Result { node } => {
                        self.node_of_unit(cascade, &units, node).map(drop)?;
                    }
                    Adoption::Indicator { indicator } | Adoption::Target { indicator, .. } => {
                        self.indicator_of_unit(cascade, &units, indicator)?;
                    }
                },
            }
        }
        Ok(())
    }

    /// The revisions this forum's adopted targets ask of `plans`: one for each plan whose
    /// agreed terms hold the indicator with another target for the period. The reason names
    /// the forum (its unit and date), the suggestion and who made it, in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{Adoption, Fate, Forum, Suggestion, Topic};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let forum: Forum = serde_json::from_str(r#"{"unit": "DIK.SEK", "held_on": "2026-04-02",
    ///     "chair": {"kind": "pns", "number": "197811222003122002"}, "suggestions": []}"#)?;
    /// // No plan holds an indicator the forum adopted a target for: nothing to revise.
    /// assert!(forum.revisions(&cascade, &[], Language::Indonesian).is_empty());
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn revisions(
        &self,
        cascade: &Cascade,
        plans: &[Plan],
        language: crate::label::Language,
    ) -> Vec<ForumRevision> {
        let agency = cascade.agency();
        let mut out = Vec::new();
        for suggestion in &self.suggestions {
            let Fate::Adopted {
                adoption:
                    Adoption::Target {
                        indicator,
                        period,
                        target,
                    },
            } = &suggestion.fate
            else {
                continue;
            };
            for plan in plans {
                let Some(agreed) = plan.agreed() else {
                    continue;
                };
                let in_force = agreed
                    .terms
                    .definitions()
                    .find(|d| d.id() == indicator)
                    .map(|d| d.targets().get(period).copied());
                if in_force.is_none() || in_force == Some(Some(*target)) {
                    continue;
                }
                let unit = agency
                    .unit(&self.unit)
                    .map_or(self.unit.as_str(), |u| u.name());
                let who = agency.who(&suggestion.by);
                let held = crate::written::date(self.held_on, language);
                let reason = match language {
                    crate::label::Language::Indonesian => format!(
                        "Usulan {} {who} diterima forum diskusi {unit} {held}: {}",
                        suggestion.number, suggestion.text
                    ),
                    crate::label::Language::English => format!(
                        "Suggestion {} of {who}, adopted by the forum of {unit} on {held}: {}",
                        suggestion.number, suggestion.text
                    ),
                };
                out.push(ForumRevision {
                    employee: *plan.employee(),
                    suggestion: suggestion.number,
                    amendment: Amendment::Target {
                        indicator: indicator.clone(),
                        period: *period,
                        target: *target,
                    },
                    reason,
                });
            }
        }
        out
    }

    fn node_of_unit<'c>(
        &self,
        cascade: &'c Cascade,
        units: &BTreeSet<&UnitId>,
        node: &NodeId,
    ) -> Result<&'c Node, AgreementError> {
        let found = cascade
            .node(node)
            .ok_or_else(|| AgreementError::UnknownNode { node: node.clone() })?;
        if owner_unit(cascade.agency(), found.owner()).is_some_and(|u| units.contains(u)) {
            Ok(found)
        } else {
            Err(AgreementError::NotTheUnits {
                node: node.clone(),
                unit: self.unit.clone(),
            })
        }
    }

    fn indicator_of_unit(
        &self,
        cascade: &Cascade,
        units: &BTreeSet<&UnitId>,
        indicator: &IndicatorId,
    ) -> Result<(), AgreementError> {
        let node =
            cascade
                .indicator(indicator)
                .ok_or_else(|| AgreementError::UnknownIndicator {
                    indicator: indicator.clone(),
                })?;
        self.node_of_unit(cascade, units, node.id()).map(drop)
    }
}

/// The unit `owner` belongs to.
fn owner_unit<'a>(agency: &'a Agency, owner: &'a Owner) -> Option<&'a UnitId> {
    match owner {
        Owner::Unit(unit) => Some(unit),
        Owner::Position(position) => agency.position(position).map(|p| p.unit()),
        Owner::Employee(number) => agency
            .employee(number)
            .and_then(|e| agency.position(e.position()))
            .map(|p| p.unit()),
    }
}

/// `unit` and every unit within it, at any depth.
fn units_within<'a>(
    agency: &'a Agency,
    unit: &UnitId,
) -> Result<BTreeSet<&'a UnitId>, AgreementError> {
    let root = agency
        .unit(unit)
        .ok_or_else(|| AgreementError::UnknownUnit { unit: unit.clone() })?;
    let mut children: std::collections::BTreeMap<&UnitId, Vec<&UnitId>> =
        std::collections::BTreeMap::new();
    for u in agency.units() {
        if let Some(parent) = u.parent() {
            children.entry(parent).or_default().push(u.id());
        }
    }
    let mut within = BTreeSet::new();
    let mut stack = vec![root.id()];
    // The unit tree is acyclic (the agency checks it); the set guards against revisits all
    // the same.
    while let Some(next) = stack.pop() {
        if within.insert(next) {
            stack.extend(children.get(next).into_iter().flatten().copied());
        }
    }
    Ok(within)
}

/// What was done with an adopted suggestion: in force, or still to apply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "status",
    deny_unknown_fields,
    remote = "Self"
)]
#[non_exhaustive]
pub enum AdoptionStatus {
    /// In force: the plan that holds the indicator (or, outside any plan, its definition)
    /// has the adopted target; or the cascade or a plan has the adopted indicator or result.
    Applied,
    /// Not yet: a revision of the plan awaits a decision, or what is in force differs.
    #[default]
    Pending,
    /// Not yet, and what is in force instead: another target of the indicator for the
    /// period (none when it has no target then).
    PendingTarget {
        /// The target in force; none when there is none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        in_force: Option<Target>,
    },
}

crate::objects_only::objects_only!(AdoptionStatus);

impl crate::label::Labelled for AdoptionStatus {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language::{English, Indonesian};
        match (self, language) {
            (Self::Applied, Indonesian) => "sudah berlaku dalam rencana",
            (Self::Pending | Self::PendingTarget { .. }, Indonesian) => {
                "belum diterapkan pada rencana"
            }
            (Self::Applied, English) => "in force in the plan",
            (Self::Pending | Self::PendingTarget { .. }, English) => "not yet applied to the plan",
        }
    }
}

/// A change made to a unit's plan because of a forum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ForumChange {
    /// When the forum was held.
    pub held_on: NaiveDate,
    /// The suggestion's number.
    pub suggestion: u32,
    /// Who suggested it.
    pub by: EmployeeNumber,
    /// The suggestion.
    pub text: String,
    /// How it entered the plan.
    pub adoption: Adoption,
    /// Whether it is in force.
    #[serde(default)]
    pub status: AdoptionStatus,
}

crate::objects_only::objects_only!(ForumChange);

/// A revision a forum's adopted target asks of an employee's locked plan: the agreement
/// stage's own revision ([`Command::RequestRevision`]), with the forum as its reason, for
/// the plan's leader to request and the other party to decide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ForumRevision {
    /// The employee whose plan holds the indicator.
    pub employee: EmployeeNumber,
    /// The suggestion's number in the forum.
    pub suggestion: u32,
    /// The change.
    pub amendment: Amendment,
    /// The reason the revision gives: the forum, the suggestion and who made it.
    pub reason: String,
}

crate::objects_only::objects_only!(ForumRevision);

impl ForumRevision {
    /// The command that asks for the revision.
    #[must_use]
    pub fn command(&self) -> Command {
        Command::RequestRevision {
            amendments: vec![self.amendment.clone()],
            reason: self.reason.clone(),
        }
    }
}

/// How a unit's staff took part in setting its plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Participation {
    /// The unit (with the units within it).
    pub unit: UnitId,
    /// Its staff: employees whose position is in it.
    pub staff: usize,
    /// Staff who proposed their own plan with at least one result, or made a suggestion in
    /// one of its forums.
    pub contributors: usize,
    /// `contributors` as a share of `staff`; none for a unit without staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Percent>,
    /// Staff who proposed their own plan.
    pub proposed_plans: usize,
    /// Suggestions made in its forums.
    pub suggestions: usize,
    /// Of which adopted.
    pub adopted: usize,
    /// Of which declined.
    pub declined: usize,
    /// Staff who contributed nothing, by employee number.
    pub silent: Vec<EmployeeNumber>,
    /// What changed in the unit's plan because of its forums, by date then suggestion.
    pub changes: Vec<ForumChange>,
}

crate::objects_only::objects_only!(Participation);

/// The participation summary of `unit`: its forums (those in `forums` held by it), the
/// plans its staff proposed, and what was done with each adopted suggestion: in force when
/// the plan holding the indicator (or, outside any plan, its definition in `definitions`)
/// has the adopted target, or the cascade or a plan has the adopted indicator or result;
/// pending otherwise, with the target in force instead.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{participation, Fate, Forum, Suggestion, Topic};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let unit = UnitId::new("DIK.SD.KUR")?;
/// let head = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
/// let forum = Forum {
///     unit: unit.clone(),
///     held_on: kinerja::NaiveDate::from_ymd_opt(2026, 1, 8).ok_or("date")?,
///     chair: head, attendees: vec![],
///     suggestions: vec![Suggestion { number: 1, by: head, topic: Topic::Unit,
///         text: "Target pendampingan per gugus".into(), fate: Fate::Open }],
/// };
/// let definitions = kinerja::sample::siulak_definitions()?;
/// let summary = participation(&cascade, &unit, &[forum], &[], &definitions)?;
/// assert_eq!(summary.suggestions, 1);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`AgreementError::UnknownUnit`]; any error of [`Forum::check`] for the unit's forums.
pub fn participation(
    cascade: &Cascade,
    unit: &UnitId,
    forums: &[Forum],
    plans: &[Plan],
    definitions: &Definitions,
) -> Result<Participation, AgreementError> {
    let agency = cascade.agency();
    let units = units_within(agency, unit)?;
    let staff: BTreeSet<EmployeeNumber> = agency
        .employees()
        .iter()
        .filter(|e| {
            agency
                .position(e.position())
                .is_some_and(|p| units.contains(p.unit()))
        })
        .map(|e| *e.number())
        .collect();
    let proposers: BTreeSet<EmployeeNumber> = plans
        .iter()
        .filter(|p| p.proposals() > 0 && staff.contains(p.employee()))
        .map(|p| *p.employee())
        .collect();
    let mut contributors = proposers.clone();
    let (mut suggestions, mut adopted, mut declined) = (0, 0, 0);
    let mut changes = Vec::new();
    for forum in forums.iter().filter(|f| f.unit == *unit) {
        forum.check(cascade)?;
        for suggestion in &forum.suggestions {
            suggestions += 1;
            if staff.contains(&suggestion.by) {
                contributors.insert(suggestion.by);
            }
            match &suggestion.fate {
                Fate::Open => {}
                Fate::Declined { .. } => declined += 1,
                Fate::Adopted { adoption } => {
                    adopted += 1;
                    changes.push(ForumChange {
                        held_on: forum.held_on,
                        suggestion: suggestion.number,
                        by: suggestion.by,
                        text: suggestion.text.clone(),
                        adoption: adoption.clone(),
                        status: status(cascade, plans, definitions, adoption),
                    });
                }
            }
        }
    }
    changes.sort_by_key(|a| (a.held_on, a.suggestion));
    let share = share_of(contributors.len(), staff.len());
    Ok(Participation {
        unit: unit.clone(),
        staff: staff.len(),
        contributors: contributors.len(),
        share,
        proposed_plans: proposers.len(),
        suggestions,
        adopted,
        declined,
        silent: staff.difference(&contributors).copied().collect(),
        changes,
    })
}

/// Whether an adoption is in force: see [`participation`].
fn status(
    cascade: &Cascade,
    plans: &[Plan],
    definitions: &Definitions,
    adoption: &Adoption,
) -> AdoptionStatus {
    let agreed = || plans.iter().filter_map(|p| p.agreed().map(|a| &a.terms));
    let applied = match adoption {
        Adoption::Target {
            indicator,
            period,
            target,
        } => {
            let planned = agreed().find_map(|t| t.definitions().find(|d| d.id() == indicator));
            let in_force = planned
                .or_else(|| definitions.get(indicator))
                .and_then(|d| d.targets().get(period).copied());
            if in_force != Some(*target) {
                return AdoptionStatus::PendingTarget { in_force };
            }
            true
        }
        Adoption::Indicator { indicator } => {
            cascade.indicator(indicator).is_some()
                || agreed().any(|t| t.indicator_ids().any(|i| i == indicator))
        }
        Adoption::Result { node } => {
            cascade.node(node).is_some() || agreed().any(|t| t.holds_result(node))
        }
    };
    if applied {
        AdoptionStatus::Applied
    } else {
        AdoptionStatus::Pending
    }
}

/// `part` of `whole` in percent, exact to 28 digits; none of nothing.
fn share_of(part: usize, whole: usize) -> Option<Percent> {
    let (part, whole) = (Decimal::from(part), Decimal::from(whole));
    let ratio = part.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(whole)?;
    Percent::new(ratio).ok()
}
