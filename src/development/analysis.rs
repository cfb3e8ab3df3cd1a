//! The training needs analysis (analisis kebutuhan pelatihan) of a unit and of the agency:
//! the needs summed up, the competencies that hold back each goal most, the programmes and
//! budget that closing the needs takes, what the budget leaves uncovered, and the
//! assessments to make first where no level is known.

use super::error::{DevelopmentError, PlanSum};
use super::need::EmployeeNeeds;
use super::plan::DevelopmentPlan;
use super::planner::{ChosenForNeeds, PlanRules, plan_with_and_without_budget};
use super::programme::ProgrammeCatalogue;
use crate::id::{CompetencyId, NodeId, ProgrammeId, UnitId};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One competency's needs in a scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct CompetencyNeeds {
    /// The competency.
    pub competency: CompetencyId,
    /// How many employees need it.
    pub employees: usize,
    /// The levels missing, summed over them.
    pub levels: u32,
    /// Σ importance × levels: what closing them is worth.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The part of that weight the budgeted plan leaves open.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub uncovered: Decimal,
}

crate::objects_only::objects_only!(CompetencyNeeds);

/// One competency to assess in a scope (perlu asesmen): employees never assessed in it where
/// a standard, an indicator or a core value asks for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AssessmentNeeds {
    /// The competency.
    pub competency: CompetencyId,
    /// How many employees need it assessed.
    pub employees: usize,
    /// Σ importance of their assessment needs.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The goals the needs' causes serve, by id.
    pub goals: Vec<NodeId>,
}

crate::objects_only::objects_only!(AssessmentNeeds);

/// A competency holding a goal back, and by how much.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct HeldBack {
    /// The competency.
    pub competency: CompetencyId,
    /// Σ over the needs' causes that serve the goal of the cause's weight × the levels
    /// missing.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
}

crate::objects_only::objects_only!(HeldBack);

/// The competencies that hold one goal back, heaviest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct GoalNeeds {
    /// The goal.
    pub goal: NodeId,
    /// The competencies, heaviest first, then by id.
    pub competencies: Vec<HeldBack>,
}

crate::objects_only::objects_only!(GoalNeeds);

/// One programme in the analysis: the places closing every need takes, and those the budget
/// funds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ProgrammeNeeds {
    /// The programme.
    pub programme: ProgrammeId,
    /// Participants in the plan without a budget limit (places and JP caps still hold).
    pub needed: u32,
    /// Participants in the budgeted plan, for needs (fills apart).
    pub funded: u32,
    /// The cost of the participants needed.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub needed_cost: Decimal,
}

crate::objects_only::objects_only!(ProgrammeNeeds);

/// The training needs of one scope: a unit or the whole agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct TrainingNeeds {
    /// The unit; none for the agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    /// Employees in scope.
    pub employees: usize,
    /// Those with at least one training need.
    pub with_needs: usize,
    /// Those with at least one competency to assess first (perlu asesmen).
    #[serde(default)]
    pub needing_assessment: usize,
    /// Each competency needed, heaviest first, then by id.
    pub competencies: Vec<CompetencyNeeds>,
    /// Each goal held back, by goal id.
    pub goals: Vec<GoalNeeds>,
    /// Each competency to assess first, heaviest first, then by id. No programme or budget
    /// is counted for them.
    #[serde(default)]
    pub assessments: Vec<AssessmentNeeds>,
    /// The programmes needed, by id.
    pub programmes: Vec<ProgrammeNeeds>,
    /// What closing the needs costs: the plan without a budget limit, fills apart.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub needed_budget: Decimal,
    /// What the budgeted plan spends on needs.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub funded: Decimal,
    /// What the budgeted plan spends on 20 JP fills.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub fills: Decimal,
    /// Σ importance × levels of every need.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The part of it the budgeted plan leaves open.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub uncovered: Decimal,
    /// Employees the budgeted plan leaves below the JP minimum.
    pub below_minimum: usize,
}

crate::objects_only::objects_only!(TrainingNeeds);

/// The agency's training needs analysis: the agency, each unit, and the budgeted plan it
/// rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct TrainingNeedsAnalysis {
    /// The agency as a whole.
    pub agency: TrainingNeeds,
    /// Each unit with employees in the needs (the unit of the position held), by id.
    pub units: Vec<TrainingNeeds>,
    /// The plan under the budget.
    pub plan: DevelopmentPlan,
}

crate::objects_only::objects_only!(TrainingNeedsAnalysis);

impl TrainingNeeds {
    /// The analysis of `needs`: it plans them twice, once under `rules` and once without a
    /// budget limit (what closing every need would take), and sums both up per unit and
    /// for the agency.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::Error> {
    /// use kinerja::development::*;
    /// use kinerja::sample;
    /// let input = kinerja::AgencyInput::new(sample::siulak_records()?)?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let rules = NeedsRules { performance: sample::siulak_gap_rules()?, ..Default::default() };
    /// let needs = development_needs(input.cascade(), &year, &sample::siulak_competencies()?,
    ///     &sample::siulak_standards()?, &sample::siulak_development_records()?, &rules)?;
    /// let budget = PlanRules { budget: Some(1_000_000.into()), ..Default::default() };
    /// let analysis = TrainingNeeds::of(&needs, &sample::siulak_programmes()?, &budget)?;
    /// assert!(analysis.agency.funded <= 1_000_000.into());
    /// assert!(analysis.agency.needed_budget > analysis.agency.funded); // the budget falls short
    /// // Most of the office was never assessed: for them an assessment comes first.
    /// assert!(analysis.agency.needing_assessment > analysis.agency.with_needs);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`plan_development`](super::plan_development); [`DevelopmentError::Overflow`] when a total of the analysis
    /// (a budget, a weight, a count of levels) adds up past its range.
    pub fn of(
        needs: &[EmployeeNeeds],
        programmes: &ProgrammeCatalogue,
        rules: &PlanRules,
    ) -> Result<TrainingNeedsAnalysis, DevelopmentError> {
        let (plan, unlimited) = plan_with_and_without_budget(needs, programmes, rules)?;
        let plans = Plans {
            budgeted: &plan,
            unlimited: &unlimited,
        };
        let mut units: BTreeMap<&UnitId, Vec<&EmployeeNeeds>> = BTreeMap::new();
        for employee in needs {
            units.entry(&employee.unit).or_default().push(employee);
        }
        // Each employee is summed once, in their unit; the agency's sums are the units'
        // added up (exact decimals: the same totals as adding every employee in turn).
        let mut agency = Sums::default();
        let units = units
            .into_iter()
            .map(|(unit, employees)| {
                let mut sums = Sums::default();
                for employee in employees {
                    sums.add_employee(employee, &plans)?;
                }
                agency.merge(&sums)?;
                Ok(sums.finish(Some(unit)))
            })
            .collect::<Result<_, DevelopmentError>>()?;
        Ok(TrainingNeedsAnalysis {
            agency: agency.finish(None),
            units,
            plan,
        })
    }
}

struct Plans<'a> {
    budgeted: &'a DevelopmentPlan,
    /// What the plan without a budget limit chose for needs.
    unlimited: &'a ChosenForNeeds<'a>,
}

/// The sums of one scope as employees are added.
#[derive(Default)]
struct Sums<'a> {
    employees: usize,
    with_needs: usize,
    needing_assessment: usize,
    competencies: BTreeMap<&'a CompetencyId, CompetencyNeeds>,
    goals: BTreeMap<&'a NodeId, BTreeMap<&'a CompetencyId, Decimal>>,
    programmes: BTreeMap<&'a ProgrammeId, ProgrammeNeeds>,
    /// Each competency's goals as a set: every employee's causes name the same few.
    assessments: BTreeMap<&'a CompetencyId, (AssessmentNeeds, BTreeSet<&'a NodeId>)>,
    needed_budget: Decimal,
    funded: Decimal,
    fills: Decimal,
    weight: Decimal,
    uncovered: Decimal,
    below_minimum: usize,
}

impl<'a> Sums<'a> {
    fn add_employee(
        &mut self,
        employee: &'a EmployeeNeeds,
        plans: &Plans<'a>,
    ) -> Result<(), DevelopmentError> {
        self.employees += 1;
        self.with_needs += usize::from(!employee.needs.is_empty());
        self.needing_assessment += usize::from(!employee.assessment_needs.is_empty());
        let planned = plans.budgeted.employee(&employee.employee);
        self.below_minimum += usize::from(planned.is_some_and(|p| p.shortfall.is_some()));
        for need in &employee.needs {
            let levels = need.levels();
            let worth = need
                .importance
                .checked_mul(Decimal::from(levels))
                .ok_or_else(overflow)?;
            let open = planned
                .and_then(|p| p.open.iter().find(|o| o.competency == need.competency))
                .map_or(Decimal::ZERO, |o| o.value);
            add(&mut self.weight, worth)?;
            add(&mut self.uncovered, open)?;
            let entry = competency_entry(&mut self.competencies, &need.competency);
            entry.employees += 1;
            entry.levels = entry
                .levels
                .checked_add(u32::from(levels))
                .ok_or_else(overflow)?;
            add(&mut entry.weight, worth)?;
            add(&mut entry.uncovered, open)?;
            for cause in &need.causes {
                let held = cause
                    .weight
                    .checked_mul(Decimal::from(levels))
                    .ok_or_else(overflow)?;
                for link in cause.goals.iter() {
                    add(
                        self.goals
                            .entry(&link.goal)
                            .or_default()
                            .entry(&need.competency)
                            .or_default(),
                        held,
                    )?;
                }
            }
        }
        for need in &employee.assessment_needs {
            let (entry, goals) = assessment_entry(&mut self.assessments, &need.competency);
            entry.employees += 1;
            add(&mut entry.weight, need.importance)?;
            goals.extend(
                need.causes
                    .iter()
                    .flat_map(|c| c.goals.iter())
                    .map(|l| &l.goal),
            );
        }
        for programme in plans.unlimited.of(&employee.employee) {
            add(&mut self.needed_budget, programme.cost)?;
            let entry = programme_entry(&mut self.programmes, &programme.id);
            entry.needed = entry.needed.checked_add(1).ok_or_else(overflow)?;
            add(&mut entry.needed_cost, programme.cost)?;
        }
        for recommendation in plans.budgeted.of(&employee.employee) {
            if recommendation.fill {
                add(&mut self.fills, recommendation.cost)?;
            } else {
                add(&mut self.funded, recommendation.cost)?;
                let entry = programme_entry(&mut self.programmes, &recommendation.programme);
                entry.funded = entry.funded.checked_add(1).ok_or_else(overflow)?;
            }
        }
        Ok(())
    }

    /// Adds the sums of another scope (a unit into the agency).
    fn merge(&mut self, other: &Sums<'a>) -> Result<(), DevelopmentError> {
        self.employees += other.employees;
        self.with_needs += other.with_needs;
        self.needing_assessment += other.needing_assessment;
        self.below_minimum += other.below_minimum;
        for (total, part) in [
            (&mut self.needed_budget, other.needed_budget),
            (&mut self.funded, other.funded),
            (&mut self.fills, other.fills),
            (&mut self.weight, other.weight),
            (&mut self.uncovered, other.uncovered),
        ] {
            add(total, part)?;
        }
        for (&id, part) in &other.competencies {
            let entry = competency_entry(&mut self.competencies, id);
            entry.employees += part.employees;
            entry.levels = entry.levels.checked_add(part.levels).ok_or_else(overflow)?;
            add(&mut entry.weight, part.weight)?;
            add(&mut entry.uncovered, part.uncovered)?;
        }
        for (&goal, held) in &other.goals {
            let mine = self.goals.entry(goal).or_default();
            for (&competency, &weight) in held {
                add(mine.entry(competency).or_default(), weight)?;
            }
        }
        for (&id, part) in &other.programmes {
            let entry = programme_entry(&mut self.programmes, id);
            entry.needed = entry.needed.checked_add(part.needed).ok_or_else(overflow)?;
            entry.funded = entry.funded.checked_add(part.funded).ok_or_else(overflow)?;
            add(&mut entry.needed_cost, part.needed_cost)?;
        }
        for (&id, (part, goals)) in &other.assessments {
            let (entry, mine) = assessment_entry(&mut self.assessments, id);
            entry.employees += part.employees;
            add(&mut entry.weight, part.weight)?;
            mine.extend(goals.iter().copied());
        }
        Ok(())
    }

    fn finish(self, unit: Option<&UnitId>) -> TrainingNeeds {
        let mut competencies: Vec<CompetencyNeeds> = self.competencies.into_values().collect();
        competencies.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then(a.competency.cmp(&b.competency))
        });
        let goals = self
            .goals
            .into_iter()
            .map(|(goal, held)| {
                let mut competencies: Vec<HeldBack> = held
                    .into_iter()
                    .map(|(competency, weight)| HeldBack {
                        competency: competency.clone(),
                        weight,
                    })
                    .collect();
                competencies.sort_by(|a, b| {
                    b.weight
                        .cmp(&a.weight)
                        .then(a.competency.cmp(&b.competency))
                });
                GoalNeeds {
                    goal: goal.clone(),
                    competencies,
                }
            })
            .collect();
        let mut assessments: Vec<AssessmentNeeds> = self
            .assessments
            .into_values()
            .map(|(mut a, goals)| {
                a.goals = goals.into_iter().cloned().collect();
                a
            })
            .collect();
        assessments.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then(a.competency.cmp(&b.competency))
        });
        TrainingNeeds {
            unit: unit.cloned(),
            employees: self.employees,
            with_needs: self.with_needs,
            needing_assessment: self.needing_assessment,
            competencies,
            goals,
            assessments,
            programmes: self.programmes.into_values().collect(),
            needed_budget: self.needed_budget,
            funded: self.funded,
            fills: self.fills,
            weight: self.weight,
            uncovered: self.uncovered,
            below_minimum: self.below_minimum,
        }
    }
}

/// A total of the analysis past its range.
const OVERFLOW: DevelopmentError = DevelopmentError::Overflow {
    sum: PlanSum::Analysis,
};

/// [`OVERFLOW`], made only when needed (an eager `ok_or` would build and drop an error
/// on every addition).
const fn overflow() -> DevelopmentError {
    OVERFLOW
}

/// `*total += value`, or an overflow of the analysis.
fn add(total: &mut Decimal, value: Decimal) -> Result<(), DevelopmentError> {
    *total = total.checked_add(value).ok_or_else(overflow)?;
    Ok(())
}

fn competency_entry<'a, 'm>(
    competencies: &'m mut BTreeMap<&'a CompetencyId, CompetencyNeeds>,
    id: &'a CompetencyId,
) -> &'m mut CompetencyNeeds {
    competencies.entry(id).or_insert_with(|| CompetencyNeeds {
        competency: id.clone(),
        employees: 0,
        levels: 0,
        weight: Decimal::ZERO,
        uncovered: Decimal::ZERO,
    })
}

fn assessment_entry<'a, 'm>(
    assessments: &'m mut BTreeMap<&'a CompetencyId, (AssessmentNeeds, BTreeSet<&'a NodeId>)>,
    id: &'a CompetencyId,
) -> &'m mut (AssessmentNeeds, BTreeSet<&'a NodeId>) {
    assessments.entry(id).or_insert_with(|| {
        let entry = AssessmentNeeds {
            competency: id.clone(),
            employees: 0,
            weight: Decimal::ZERO,
            goals: Vec::new(),
        };
        (entry, BTreeSet::new())
    })
}

fn programme_entry<'a, 'm>(
    programmes: &'m mut BTreeMap<&'a ProgrammeId, ProgrammeNeeds>,
    id: &'a ProgrammeId,
) -> &'m mut ProgrammeNeeds {
    programmes.entry(id).or_insert_with(|| ProgrammeNeeds {
        programme: id.clone(),
        needed: 0,
        funded: 0,
        needed_cost: Decimal::ZERO,
    })
}
