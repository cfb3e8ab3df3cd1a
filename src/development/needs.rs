//! An agency's development needs, from its year: each employee's competency gaps against the
//! standard of the position held and of the one intended, and the performance gaps of the
//! year's evaluation mapped onto competencies (PP 11/2017 art. 205–206).

use super::assessment::{Assessment, AssessmentRules};
use super::catalogue::CompetencyCatalogue;
use super::competency::CompetencyLevel;
use super::error::DevelopmentError;
use super::job_match::{Counted, count};
use super::jpm_rules::JpmRules;
use super::method::Jp;
use super::need::{
    AssessmentNeed, Cause, EmployeeNeeds, GoalLink, Need, NeedOrigin, NeedRules, spread,
};
use super::performance::PerformanceGapRules;
use super::standard::{Standard, Standards};
use super::unassessed::Unassessed;
use crate::cascade::Cascade;
use crate::cascade::Node;
use crate::evaluation::{
    AgencyAppraisal, AnnualAppraisal, ImprovementArea, Placement, TalentAction,
};
use crate::id::{CompetencyId, IndicatorId, NodeId, PositionId, ProgrammeId};
use crate::nip::EmployeeNumber;
use crate::org::{Employee, Position};
use crate::scoring::PlanExplanation;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use std::sync::Arc;

/// An employee meant to move to another position (the standard of an intended position).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct IntendedMove {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The position.
    pub position: PositionId,
}

crate::objects_only::objects_only!(IntendedMove);

/// An employee's nine-box placement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct TalentPlacement {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The placement.
    pub placement: Placement,
}

crate::objects_only::objects_only!(TalentPlacement);

/// An employee's learning so far this year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct TrainingHistory {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The JP earned this year.
    #[serde(default)]
    pub taken: Jp,
    /// The programmes completed (this year or before): a set, written in id order (a
    /// programme listed twice is refused).
    #[serde(default, deserialize_with = "crate::unique_map::set")]
    pub completed: BTreeSet<ProgrammeId>,
    /// Their own yearly JP cap, if the agency set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jp_cap: Option<Jp>,
}

crate::objects_only::objects_only!(TrainingHistory);

/// What an agency records about development besides the year's evaluation. Each list names
/// an employee at most once (assessments aside).
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::DevelopmentRecords = serde_json::from_str(r#"
/// {
///   "assessments": [
///     {
///       "employee": {
///         "kind": "pns",
///         "number": "198507192010012014"
///       },
///       "competency": "MAN-INTEGRITAS",
///       "level": 3,
///       "date": "2026-02-16",
///       "source": "assessment_centre"
///     },
///     {
///       "employee": {
///         "kind": "pns",
///         "number": "198507192010012014"
///       },
///       "competency": "MAN-KERJASAMA",
///       "level": 2,
///       "date": "2026-02-16",
///       "source": "assessment_centre"
///     }
///   ],
///   "history": [
///     {
///       "employee": {
///         "kind": "pns",
///         "number": "198507192010012014"
///       },
///       "taken": "6",
///       "completed": []
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct DevelopmentRecords {
    /// Competency assessments.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// Intended moves.
    #[serde(default)]
    pub moves: Vec<IntendedMove>,
    /// Nine-box placements.
    #[serde(default)]
    pub placements: Vec<TalentPlacement>,
    /// Learning so far.
    #[serde(default)]
    pub history: Vec<TrainingHistory>,
}

crate::objects_only::objects_only!(DevelopmentRecords);

/// The rules that turn a year into needs, all data with documented defaults.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::NeedsRules = serde_json::from_str(r#"
/// {
///   "assessment": {
///     "precedence": [
///       "assessment_centre",
///       "superior",
///       "self_assessment"
///     ]
///   },
///   "weighing": {
///     "current_position": "100",
///     "intended_position": "50",
///     "indicators": "100",
///     "core_values": "100",
///     "talent_box": "50",
///     "performance_step": 1
///   },
///   "unassessed": "not_assessed"
/// }
/// "#)?;
/// assert_eq!(read.unassessed, kinerja::development::Unassessed::NotAssessed);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct NeedsRules {
    /// Which assessment counts.
    #[serde(default)]
    pub assessment: AssessmentRules,
    /// Which competencies the indicators and core values rest on.
    #[serde(default)]
    pub performance: PerformanceGapRules,
    /// How needs are weighed and sized.
    #[serde(default)]
    pub weighing: NeedRules,
    /// What a competency never assessed counts as. By default it is "belum dinilai": the
    /// need it makes is an [`AssessmentNeed`], never training. Under
    /// [`Unassessed::AsLevelZero`] it counts as level 0 and its training need is sized from
    /// there, as before issue 24.
    #[serde(default)]
    pub unassessed: Unassessed,
}

crate::objects_only::objects_only!(NeedsRules);

/// The development needs of every employee of the cascade's agency, by employee number.
///
/// For each employee: the shortfalls against the standard of the position held
/// ([`NeedOrigin::CurrentPosition`]) and of an intended one; each indicator behind target and
/// each core value below expectation in the annual appraisal, through the agency's map onto
/// competencies, asking for [`NeedRules::performance_step`] levels above the assessed level
/// (at least the standard's); the nine-box where it calls for development. Every cause is
/// linked to the goals it serves: an indicator's own goal, otherwise the goals of the
/// employee's results. A competency whose target the employee already holds is no need.
///
/// A competency never assessed is no training need (DOMAIN §7): whatever asks for it (a
/// standard requiring it, an indicator or a core value resting on it) makes an
/// [`AssessmentNeed`] with the same causes and goals, in
/// [`EmployeeNeeds::assessment_needs`], and the 20 JP fill does not aim at it. Under
/// [`NeedsRules::unassessed`] = [`Unassessed::AsLevelZero`] it is a training need from
/// level 0 instead, exactly as before issue 24.
///
/// ```
/// # fn main() -> Result<(), kinerja::Error> {
/// use kinerja::development::{DevelopmentRecords, NeedsRules, Standards, development_needs};
/// let input = kinerja::AgencyInput::new(kinerja::sample::siulak_records()?)?;
/// let year = kinerja::appraise_agency(&input)?;
/// let records = DevelopmentRecords { assessments: kinerja::sample::siulak_assessments()?, ..Default::default() };
/// let needs = development_needs(
///     input.cascade(), &year, &kinerja::sample::siulak_competencies()?,
///     &kinerja::sample::siulak_standards()?, &records, &NeedsRules::default(),
/// )?;
/// assert!(needs.iter().any(|e| !e.needs.is_empty()));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DevelopmentError`]: rules naming an unknown competency or a step outside 1–4; a record
/// for an unknown employee, or an employee listed twice in one list; a move to an unknown
/// position; a position without a standard.
pub fn development_needs(
    cascade: &Cascade,
    year: &AgencyAppraisal,
    competencies: &CompetencyCatalogue,
    standards: &Standards,
    records: &DevelopmentRecords,
    rules: &NeedsRules,
) -> Result<Vec<EmployeeNeeds>, DevelopmentError> {
    rules.weighing.check()?;
    rules.performance.check(competencies)?;
    let agency = cascade.agency();
    let known = |employee: &EmployeeNumber| {
        agency
            .employee(employee)
            .map(|_| *employee)
            .ok_or(DevelopmentError::UnknownEmployee {
                employee: *employee,
            })
    };
    let moves = keyed(&records.moves, |m| known(&m.employee))?;
    let placements = keyed(&records.placements, |p| known(&p.employee))?;
    let history = keyed(&records.history, |h| known(&h.employee))?;
    let assessments = by_employee(&records.assessments);
    let context = Context {
        cascade,
        competencies,
        standards,
        rules,
        jpm_rules: JpmRules::default().with_unassessed(rules.unassessed),
    };
    // Positions share their standard: each is worked out once, the first time an employee
    // needs it (in employee order, so the first error is the same as one by one).
    let mut known = Known::default();
    agency
        .employees()
        .iter()
        .map(|employee| {
            let number = employee.number();
            context.needs_of(
                employee,
                year.employee(number),
                &rules.assessment.counted_of(number, assessments.of(*number)),
                Extra {
                    intended: moves.get(number).map(|m| &m.position),
                    placement: placements.get(number).map(|p| &p.placement),
                    history: history.get(number).copied(),
                },
                &mut known,
            )
        })
        .collect()
}

/// The records of one list by employee, each employee at most once.
fn keyed<T>(
    items: &[T],
    employee: impl Fn(&T) -> Result<EmployeeNumber, DevelopmentError>,
) -> Result<BTreeMap<EmployeeNumber, &T>, DevelopmentError> {
    let mut map = BTreeMap::new();
    for item in items {
        let number = employee(item)?;
        if map.insert(number, item).is_some() {
            return Err(DevelopmentError::DuplicateEmployee { employee: number });
        }
    }
    Ok(map)
}

/// The assessments, borrowed, by employee; each employee's in the order recorded.
struct ByEmployee<'a>(Vec<&'a Assessment>);

impl<'a> ByEmployee<'a> {
    /// The assessments of `employee`, in the order recorded.
    fn of(&self, employee: EmployeeNumber) -> impl Iterator<Item = &'a Assessment> + '_ {
        let start = self.0.partition_point(|a| a.employee < employee);
        self.0
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |a| a.employee == employee)
            .copied()
    }
}

fn by_employee(assessments: &[Assessment]) -> ByEmployee<'_> {
    let mut sorted: Vec<&Assessment> = assessments.iter().collect();
    // Stable: two equal assessments of one employee keep their order.
    sorted.sort_by_key(|a| a.employee);
    ByEmployee(sorted)
}

struct Context<'a> {
    cascade: &'a Cascade,
    competencies: &'a CompetencyCatalogue,
    standards: &'a Standards,
    rules: &'a NeedsRules,
    /// The match's rules under [`NeedsRules::unassessed`].
    jpm_rules: JpmRules,
}

/// What is worked out once and shared between employees: the standards by position, and
/// the lists of goal links by the goals' ids (a unit's employees serve the same goals, an
/// indicator one goal), so that causes share their links instead of copying them.
#[derive(Default)]
struct Known<'a> {
    standards: BTreeMap<&'a PositionId, Rc<Standard>>,
    goals: BTreeMap<Vec<&'a NodeId>, Arc<[GoalLink]>>,
    /// The goals being looked up, reused so that a list already made costs no allocation.
    wanted: Vec<&'a Node>,
    ids: Vec<&'a NodeId>,
    /// Cause weights worked out so far (a division and a rounding each), by what they
    /// depend on: the same few recur for every employee.
    weights: Vec<(WeightKey, Decimal)>,
}

/// What a cause's weight depends on: a weight (or an indicator's share of the plan) as
/// written, its mantissa and scale (so that 100 and 100.00 stay apart, as their quotients
/// would), and the parts it is spread over.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WeightKey {
    /// A weight spread as it is.
    Spread(i128, u32, usize),
    /// The indicators' weight × an indicator's share of the plan, spread.
    Share(i128, u32, usize),
    /// The core values' weight ÷ 7, spread.
    Value(usize),
}

/// At most this many weights are remembered; past it they are worked out each time.
const WEIGHTS_KEPT: usize = 64;

impl<'a> Known<'a> {
    /// The links of `goals`, in id order, each goal once.
    fn goal_links(&mut self, goals: impl Iterator<Item = &'a Node>) -> Arc<[GoalLink]> {
        self.wanted.clear();
        self.wanted.extend(goals);
        self.wanted.sort_by(|a, b| a.id().cmp(b.id()));
        self.wanted.dedup_by(|a, b| a.id() == b.id());
        self.ids.clear();
        self.ids.extend(self.wanted.iter().map(|goal| goal.id()));
        if let Some(links) = self.goals.get(self.ids.as_slice()) {
            return Arc::clone(links);
        }
        let links: Arc<[GoalLink]> = self
            .wanted
            .iter()
            .map(|goal| GoalLink::new(goal.id().clone(), goal.missions().to_vec()))
            .collect();
        self.goals.insert(self.ids.clone(), Arc::clone(&links));
        links
    }

    /// The weight under `key`, worked out by `weigh` the first time.
    fn weight(&mut self, key: WeightKey, weigh: impl FnOnce() -> Decimal) -> Decimal {
        if let Some(&(_, weight)) = self.weights.iter().find(|(k, _)| *k == key) {
            return weight;
        }
        let weight = weigh();
        if self.weights.len() < WEIGHTS_KEPT {
            self.weights.push((key, weight));
        }
        weight
    }

    /// `weight` spread over `parts` ([`spread`]).
    fn spread(&mut self, weight: Decimal, parts: usize) -> Decimal {
        let key = WeightKey::Spread(weight.mantissa(), weight.scale(), parts);
        self.weight(key, || spread(weight, parts))
    }
}

/// What is known of one employee besides the year.
struct Extra<'a> {
    intended: Option<&'a PositionId>,
    placement: Option<&'a Placement>,
    history: Option<&'a TrainingHistory>,
}

/// Needs being gathered: each competency (borrowed, so an id is cloned once, for the need
/// it ends in) with the highest target asked for, and each cause with its competency's
/// place, in the order found. A handful of competencies an employee: found by a linear
/// look-up, sorted once at the end.
struct Gathered<'g> {
    competencies: Vec<(&'g CompetencyId, CompetencyLevel, usize)>,
    causes: Vec<(usize, Cause)>,
}

impl<'g> Gathered<'g> {
    fn add(&mut self, competency: &'g CompetencyId, target: CompetencyLevel, cause: Cause) {
        let found = self
            .competencies
            .iter()
            .position(|(id, ..)| *id == competency);
        let place = match found.and_then(|i| Some((i, self.competencies.get_mut(i)?))) {
            Some((i, (_, held, count))) => {
                *held = (*held).max(target);
                *count += 1;
                i
            }
            None => {
                self.competencies.push((competency, target, 1));
                self.competencies.len() - 1
            }
        };
        self.causes.push((place, cause));
    }

    /// Per competency in id order: the highest target asked for and the causes in the
    /// order found, each list made at its size.
    fn into_needs(self) -> Vec<(&'g CompetencyId, CompetencyLevel, Vec<Cause>)> {
        let mut needs: Vec<(&CompetencyId, CompetencyLevel, Vec<Cause>)> = self
            .competencies
            .into_iter()
            .map(|(id, target, count)| (id, target, Vec::with_capacity(count)))
            .collect();
        for (place, cause) in self.causes {
            if let Some((_, _, causes)) = needs.get_mut(place) {
                causes.push(cause);
            }
        }
        needs.sort_unstable_by(|a, b| a.0.cmp(b.0));
        needs
    }
}

impl<'a> Context<'a> {
    /// The standard of `position`, worked out once.
    fn standard_of(
        &self,
        position: &'a Position,
        known: &mut Known<'a>,
    ) -> Result<Rc<Standard>, DevelopmentError> {
        if let Some(standard) = known.standards.get(position.id()) {
            return Ok(Rc::clone(standard));
        }
        let standard = Rc::new(self.standards.standard_for(position, self.competencies)?);
        known.standards.insert(position.id(), Rc::clone(&standard));
        Ok(standard)
    }

    fn needs_of(
        &self,
        employee: &Employee,
        annual: Option<&AnnualAppraisal>,
        counted: &BTreeMap<CompetencyId, &Assessment>,
        extra: Extra<'a>,
        known: &mut Known<'a>,
    ) -> Result<EmployeeNeeds, DevelopmentError> {
        let agency = self.cascade.agency();
        let position = agency.position(employee.position()).ok_or_else(|| {
            DevelopmentError::UnknownPosition {
                position: employee.position().clone(),
            }
        })?;
        let standard = self.standard_of(position, known)?;
        // Looked up before anything is gathered (which borrows from both standards); nothing
        // between could fail, so the first error is the same.
        let intended = match extra.intended {
            Some(intended) => {
                let next =
                    agency
                        .position(intended)
                        .ok_or_else(|| DevelopmentError::UnknownPosition {
                            position: intended.clone(),
                        })?;
                Some((intended, self.standard_of(next, known)?))
            }
            None => None,
        };
        let goals = self.goals_of_results(employee.number(), known);
        let rule = self.rules.unassessed;
        let jpm_rules = &self.jpm_rules;
        let weighing = &self.rules.weighing;
        let mut gathered = Gathered {
            competencies: Vec::with_capacity(8),
            causes: Vec::with_capacity(16),
        };
        // The match's lines, not the match: only its gaps are read, and the lines borrow
        // the competencies the match's gaps would clone.
        let current = count(&standard, counted, jpm_rules);
        let shortfall = |line: &&Counted<'_>| line.gap.is_some_and(|gap| gap > 0);
        let short: Vec<&Counted<'_>> = current.iter().filter(shortfall).collect();
        let weight = known.spread(weighing.current_position.value(), standard.required.len());
        // A competency never assessed is gathered too: it becomes an assessment need below
        // (under `AsLevelZero` it is a shortfall already).
        let wanted = |line: &&Counted<'_>| shortfall(line) || line.assessment.is_none();
        for gap in current.iter().filter(wanted) {
            let origin = NeedOrigin::CurrentPosition {
                position: position.id().clone(),
                required: gap.required,
            };
            gathered.add(
                gap.competency,
                gap.required,
                Cause::new(origin, weight, Arc::clone(&goals)),
            );
        }
        if let Some(&(intended, ref target)) = intended.as_ref() {
            let weight = known.spread(weighing.intended_position.value(), target.required.len());
            let next = count(target, counted, jpm_rules);
            for gap in next.iter().filter(wanted) {
                let origin = NeedOrigin::IntendedPosition {
                    position: intended.clone(),
                    required: gap.required,
                };
                gathered.add(
                    gap.competency,
                    gap.required,
                    Cause::new(origin, weight, Arc::clone(&goals)),
                );
            }
        }
        if let Some(annual) = annual {
            self.performance_needs(annual, &standard, counted, &goals, known, &mut gathered);
        }
        if let Some(placement) = extra.placement {
            let weight = known.spread(weighing.talent_box.value(), short.len());
            if placement
                .actions
                .contains(&TalentAction::CompetencyDevelopment)
            {
                for shortfall in &short {
                    let origin = NeedOrigin::TalentBox {
                        box_number: placement.box_number,
                    };
                    gathered.add(
                        shortfall.competency,
                        shortfall.required,
                        Cause::new(origin, weight, Arc::clone(&goals)),
                    );
                }
            }
        }
        let levels: BTreeMap<CompetencyId, CompetencyLevel> = counted
            .iter()
            .map(|(id, a)| (id.clone(), a.level))
            .collect();
        let (mut needs, mut assessment_needs) = (Vec::new(), Vec::new());
        for (competency, target, mut causes) in gathered.into_needs() {
            causes.sort_by_key(|c| std::cmp::Reverse(c.weight));
            let competency = competency.clone();
            let assessed = counted.get(&competency).map(|a| a.level);
            if assessed.is_none() && rule == Unassessed::NotAssessed {
                assessment_needs.push(AssessmentNeed::new(competency, causes));
            } else {
                let need = Need::new(competency, assessed, target, causes);
                if need.levels() > 0 {
                    needs.push(need);
                }
            }
        }
        let mut out = EmployeeNeeds::new(*employee.number(), position.unit().clone(), needs);
        out.assessment_needs = assessment_needs;
        out.standard = standard
            .required
            .keys()
            .filter(|c| rule == Unassessed::AsLevelZero || levels.contains_key(*c))
            .cloned()
            .collect();
        out.levels = levels;
        if let Some(history) = extra.history {
            out.taken = history.taken;
            out.completed.clone_from(&history.completed);
            out.jp_cap = history.jp_cap;
        }
        Ok(out)
    }

    /// Needs from the indicators behind target and the values below expectation.
    fn performance_needs<'g>(
        &self,
        annual: &AnnualAppraisal,
        standard: &Standard,
        counted: &BTreeMap<CompetencyId, &Assessment>,
        goals: &Arc<[GoalLink]>,
        known: &mut Known<'a>,
        gathered: &mut Gathered<'g>,
    ) where
        'a: 'g,
    {
        let weighing = &self.rules.weighing;
        let seven = Decimal::from(crate::evaluation::CoreValue::ALL.len());
        let performance = &self.rules.performance;
        let none: &[CompetencyId] = &[];
        // The gaps of `PerformanceGapRules::gaps` (the nine-box apart), borrowed.
        for area in &annual.annual.improvement_areas {
            let (origin, key, weight, links, competencies): (_, _, &dyn Fn() -> Decimal, _, _) =
                match area {
                    ImprovementArea::IndicatorBehindTarget {
                        indicator,
                        achievement,
                        ..
                    } => {
                        let share = share_of(&annual.annual.results, indicator);
                        let origin = NeedOrigin::Indicator {
                            indicator: indicator.clone(),
                            achievement: *achievement,
                        };
                        let competencies = performance
                            .indicators
                            .get(indicator)
                            .map_or(none, Vec::as_slice);
                        let parts = competencies.len();
                        (
                            origin,
                            WeightKey::Share(share.mantissa(), share.scale(), parts),
                            &move || {
                                spread(
                                    weighing.indicators.value() * share / Decimal::ONE_HUNDRED,
                                    parts,
                                )
                            },
                            self.goals_of_indicator(indicator, known),
                            competencies,
                        )
                    }
                    ImprovementArea::BehaviourBelowExpectation { value } => {
                        let competencies =
                            performance.values.get(value).map_or(none, Vec::as_slice);
                        let parts = competencies.len();
                        (
                            NeedOrigin::CoreValue { value: *value },
                            WeightKey::Value(parts),
                            &move || spread(weighing.core_values.value() / seven, parts),
                            Arc::clone(goals),
                            competencies,
                        )
                    }
                };
            let weight = known.weight(key, weight);
            for competency in competencies {
                let assessed = counted.get(competency).map_or(0, |a| a.level.get());
                let required = standard.required.get(competency).map_or(0, |l| l.get());
                let wanted = assessed
                    .saturating_add(weighing.performance_step)
                    .max(required)
                    .min(5);
                let Ok(target) = CompetencyLevel::new(wanted) else {
                    continue;
                };
                gathered.add(
                    competency,
                    target,
                    Cause::new(origin.clone(), weight, Arc::clone(&links)),
                );
            }
        }
    }

    /// The goals served by the employee's results, by id.
    fn goals_of_results(
        &self,
        employee: &EmployeeNumber,
        known: &mut Known<'a>,
    ) -> Arc<[GoalLink]> {
        let cascade = self.cascade;
        known.goal_links(
            cascade
                .results_of(employee)
                .filter_map(|node| cascade.goal_of(node.id())),
        )
    }

    fn goals_of_indicator(
        &self,
        indicator: &IndicatorId,
        known: &mut Known<'a>,
    ) -> Arc<[GoalLink]> {
        let cascade = self.cascade;
        known.goal_links(
            cascade
                .indicator(indicator)
                .and_then(|node| cascade.goal_of(node.id()))
                .into_iter(),
        )
    }
}

/// The indicator's share of the whole plan, in percent: its share of its result times the
/// result's share of the plan.
fn share_of(plan: &PlanExplanation, indicator: &IndicatorId) -> Decimal {
    plan.results
        .iter()
        .flat_map(|result| {
            result.indicators.iter().filter_map(move |i| {
                let of_result = i.share?.value();
                let of_plan = result.share?.value();
                (&i.trace.indicator == indicator)
                    .then(|| of_result * of_plan / Decimal::ONE_HUNDRED)
            })
        })
        .sum()
}
