//! Development needs (kebutuhan pengembangan kompetensi): for one employee, each competency
//! to raise, from which level to which, how much it matters and why; and each competency to
//! assess first, where no level is known.

use super::competency::CompetencyLevel;
use super::error::DevelopmentError;
use super::method::Jp;
use crate::evaluation::{CoreValue, NineBox};
use crate::id::{CompetencyId, IndicatorId, MissionId, NodeId, PositionId, ProgrammeId, UnitId};
use crate::nip::EmployeeNumber;
use crate::num::{Percent, Weight};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Why a competency needs developing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "source", remote = "Self")]
#[non_exhaustive]
pub enum NeedOrigin {
    /// The standard of the position held asks for a higher level (PP 11/2017 art. 205).
    CurrentPosition {
        /// The position.
        position: PositionId,
        /// The level it requires.
        required: CompetencyLevel,
    },
    /// The standard of the position the employee is meant to move to asks for a higher level.
    IntendedPosition {
        /// The position.
        position: PositionId,
        /// The level it requires.
        required: CompetencyLevel,
    },
    /// An indicator behind its target depends on the competency (PP 11/2017 art. 206).
    Indicator {
        /// The indicator.
        indicator: IndicatorId,
        /// Its achievement.
        achievement: Percent,
    },
    /// A core value rated below expectation rests on the competency.
    CoreValue {
        /// The value.
        value: CoreValue,
    },
    /// The employee's nine-box box calls for competency development, here where they fall
    /// short of their standard.
    TalentBox {
        /// The box.
        box_number: NineBox,
    },
}

crate::objects_only::objects_only!(NeedOrigin);

/// A goal of the agency that a need's origin serves, with the missions the goal serves: the
/// last links of a recommendation's trace.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct GoalLink {
    /// The goal (tujuan), a root of the cascade.
    pub goal: NodeId,
    /// The missions it serves.
    pub missions: Vec<MissionId>,
}

crate::objects_only::objects_only!(GoalLink);

impl GoalLink {
    /// A goal and its missions.
    #[must_use]
    pub const fn new(goal: NodeId, missions: Vec<MissionId>) -> Self {
        Self { goal, missions }
    }
}

/// One reason a need exists, what it adds to the need's importance, and the goals it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Cause {
    /// Why.
    pub origin: NeedOrigin,
    /// What it adds to the need's importance, in percent of a job (see [`NeedRules`]).
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The goals it serves, by id. Shared: the causes of one employee serve the same few
    /// goals, and a list per cause was most of what a province's needs allocated. Written
    /// as a list, as before.
    pub goals: Arc<[GoalLink]>,
}

crate::objects_only::objects_only!(Cause);

impl Cause {
    /// A cause; `goals` a `Vec<GoalLink>` or an already shared list.
    #[must_use]
    pub fn new(origin: NeedOrigin, weight: Decimal, goals: impl Into<Arc<[GoalLink]>>) -> Self {
        Self {
            origin,
            weight,
            goals: goals.into(),
        }
    }
}

/// One competency an employee needs to raise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Need {
    /// The competency.
    pub competency: CompetencyId,
    /// The level that counts today; none when never assessed, which the planner counts as
    /// level 0. The needs analysis makes such a need only under
    /// [`Unassessed::AsLevelZero`](super::Unassessed::AsLevelZero); by default a competency
    /// never assessed is an [`AssessmentNeed`] instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<CompetencyLevel>,
    /// The level to reach.
    pub target: CompetencyLevel,
    /// How much each level closed is worth: the sum of the causes' weights.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub importance: Decimal,
    /// Why, most weighty first.
    pub causes: Vec<Cause>,
}

crate::objects_only::objects_only!(Need);

impl Need {
    /// A need for `competency` from `assessed` to `target`, with its causes; its importance
    /// is the sum of their weights.
    #[must_use]
    pub fn new(
        competency: CompetencyId,
        assessed: Option<CompetencyLevel>,
        target: CompetencyLevel,
        causes: Vec<Cause>,
    ) -> Self {
        let importance = causes.iter().map(|c| c.weight).sum();
        Self {
            competency,
            assessed,
            target,
            importance,
            causes,
        }
    }

    /// The levels between the assessed level and the target (0 when none is missing).
    #[must_use]
    pub fn levels(&self) -> u8 {
        self.target
            .get()
            .saturating_sub(self.assessed.map_or(0, CompetencyLevel::get))
    }
}

/// A competency to assess before any training is sized for it (kebutuhan asesmen): it is
/// required or pointed at, but no level of it is known (DOMAIN §7). Its remedy is an
/// assessment, never a programme: the planner does not read it.
///
/// ```
/// use kinerja::development::{AssessmentNeed, Cause, NeedOrigin};
/// use kinerja::id::{CompetencyId, PositionId};
/// use kinerja::development::CompetencyLevel;
/// # fn main() -> Result<(), kinerja::Error> {
/// let origin = NeedOrigin::CurrentPosition { position: PositionId::new("KASI-KUR")?, required: CompetencyLevel::new(2)? };
/// let need = AssessmentNeed::new(CompetencyId::new("MAN-MENGELOLA-PERUBAHAN")?, vec![Cause::new(origin, 10.into(), vec![])]);
/// assert_eq!(need.importance, 10.into());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AssessmentNeed {
    /// The competency, never assessed.
    pub competency: CompetencyId,
    /// How much knowing its level matters: the sum of the causes' weights.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub importance: Decimal,
    /// Why it is needed (the standard that requires it, the indicator behind target that
    /// rests on it …) and the goals each cause serves, most weighty first.
    pub causes: Vec<Cause>,
}

crate::objects_only::objects_only!(AssessmentNeed);

impl AssessmentNeed {
    /// An assessment need for `competency` with its causes; its importance is the sum of
    /// their weights.
    #[must_use]
    pub fn new(competency: CompetencyId, causes: Vec<Cause>) -> Self {
        let importance = causes.iter().map(|c| c.weight).sum();
        Self {
            competency,
            importance,
            causes,
        }
    }
}

/// What the planner must know of one employee: their needs, their levels, and their year's
/// learning so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct EmployeeNeeds {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The unit of the position they hold.
    pub unit: UnitId,
    /// Each competency to raise, by competency id.
    pub needs: Vec<Need>,
    /// Each competency to assess first (never assessed), by competency id. The planner
    /// recommends no programme for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessment_needs: Vec<AssessmentNeed>,
    /// Every level that counts today, by competency (for programmes' prerequisites; a
    /// competency listed twice is refused).
    #[serde(default, deserialize_with = "crate::unique_map::deserialize")]
    pub levels: BTreeMap<CompetencyId, CompetencyLevel>,
    /// The competencies of the position's standard that a 20 JP fill prefers: by default
    /// those assessed (a fill is not aimed at a competency whose level nobody knows). A
    /// set, written in id order (a competency listed twice is refused).
    #[serde(default, deserialize_with = "crate::unique_map::set")]
    pub standard: BTreeSet<CompetencyId>,
    /// The JP already earned this year.
    #[serde(default)]
    pub taken: Jp,
    /// The programmes already completed: a set, written in id order (a programme listed
    /// twice is refused).
    #[serde(default, deserialize_with = "crate::unique_map::set")]
    pub completed: BTreeSet<ProgrammeId>,
    /// This employee's yearly JP cap, over the plan's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jp_cap: Option<Jp>,
}

crate::objects_only::objects_only!(EmployeeNeeds);

impl EmployeeNeeds {
    /// An employee with `needs`, no levels on record, nothing learnt yet this year.
    #[must_use]
    pub fn new(employee: EmployeeNumber, unit: UnitId, needs: Vec<Need>) -> Self {
        Self {
            employee,
            unit,
            needs,
            assessment_needs: Vec::new(),
            levels: BTreeMap::new(),
            standard: BTreeSet::new(),
            taken: Jp::ZERO,
            completed: BTreeSet::new(),
            jp_cap: None,
        }
    }

    /// The level that counts today in `competency`.
    #[must_use]
    pub fn level(&self, competency: &CompetencyId) -> Option<CompetencyLevel> {
        self.levels.get(competency).copied()
    }
}

/// How needs are weighed and sized: all data, with documented defaults.
///
/// Each source spreads its weight evenly over what it points at, so that every source
/// weighs a whole job's worth: the current position's standard spreads
/// `current_position` over its competencies; an indicator behind target adds
/// `indicators` × its share of the plan (the cascade's weights) over the competencies the
/// agency maps it onto; a core value below expectation adds `core_values` ÷ 7 over its
/// competencies; the intended position and the nine-box likewise over their shortfalls.
/// Cause weights are rounded half-up to 4 decimals, so they read cleanly.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::NeedRules = serde_json::from_str(r#"
/// {
///   "current_position": "100",
///   "intended_position": "50",
///   "indicators": "100",
///   "core_values": "100",
///   "talent_box": "50",
///   "performance_step": 1
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct NeedRules {
    /// The weight of the current position's standard. Default 100.
    pub current_position: Weight,
    /// The weight of an intended position's standard. Default 50: a move is a prospect,
    /// the current job a duty.
    pub intended_position: Weight,
    /// The weight of the plan's indicators behind target. Default 100.
    pub indicators: Weight,
    /// The weight of the seven core values. Default 100.
    pub core_values: Weight,
    /// The weight of a nine-box box calling for development. Default 50.
    pub talent_box: Weight,
    /// How many levels above the assessed one an indicator or a core value asks for
    /// (1–4; never above 5, never below the standard). Default 1.
    pub performance_step: u8,
}

crate::objects_only::objects_only!(NeedRules);

impl Default for NeedRules {
    fn default() -> Self {
        Self {
            current_position: Weight::WHOLE,
            intended_position: Weight::new(Decimal::from(50)).unwrap_or(Weight::WHOLE),
            indicators: Weight::WHOLE,
            core_values: Weight::WHOLE,
            talent_box: Weight::new(Decimal::from(50)).unwrap_or(Weight::WHOLE),
            performance_step: 1,
        }
    }
}

impl NeedRules {
    /// Checks the step.
    ///
    /// # Errors
    /// [`DevelopmentError::PerformanceStep`] unless the step is 1 to 4.
    pub const fn check(&self) -> Result<(), DevelopmentError> {
        if self.performance_step == 0 || self.performance_step > 4 {
            return Err(DevelopmentError::PerformanceStep {
                step: self.performance_step,
            });
        }
        Ok(())
    }
}

/// `weight` spread over `parts`, rounded to 4 decimals (0 when there are no parts).
pub(super) fn spread(weight: Decimal, parts: usize) -> Decimal {
    if parts == 0 {
        return Decimal::ZERO;
    }
    (weight / Decimal::from(parts))
        .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}
