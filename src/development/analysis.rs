//! The training needs analysis (analisis kebutuhan pelatihan) of a unit and of the agency:
//! the needs summed up, the competencies that hold back each goal most, the programmes and
//! budget that closing the needs takes, what the budget leaves uncovered, and the
//! assessments to make first where no level is known.

use super::error::{DevelopmentError, PlanSum};
use super::need::EmployeeNeeds;
use super::plan::DevelopmentPlan;
use super::planner::{PlanRules, plan_with_and_without_budget};
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
        let all: Vec<&EmployeeNeeds> = needs.iter().collect();
        let agency = plans.sum(None, &all)?;
        let units = units
            .into_iter()
            .map(|(unit, employees)| plans.sum(Some(unit), &employees))
            .collect::<Result<_, _>>()?;
        Ok(TrainingNeedsAnalysis {
            agency,
            units,
            plan,
        })
    }
}

struct Plans<'a> {
    budgeted: &'a DevelopmentPlan,
    unlimited: &'a DevelopmentPlan,
}

impl Plans<'_> {
    fn sum(
        &self,
        unit: Option<&UnitId>,
        employees: &[&EmployeeNeeds],
    ) -> Result<TrainingNeeds, DevelopmentError> {
        let mut competencies: BTreeMap<&CompetencyId, CompetencyNeeds> = BTreeMap::new();
        let mut goals: BTreeMap<&NodeId, BTreeMap<&CompetencyId, Decimal>> = BTreeMap::new();
        let mut programmes: BTreeMap<&ProgrammeId, ProgrammeNeeds> = BTreeMap::new();
        // Each competency's goals as a set: every employee's causes name the same few.
        let mut assessments: BTreeMap<&CompetencyId, (AssessmentNeeds, BTreeSet<&NodeId>)> =
            BTreeMap::new();
        let (mut needed_budget, mut funded, mut fills) =
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        let (mut weight, mut uncovered, mut below_minimum) = (Decimal::ZERO, Decimal::ZERO, 0);
        for employee in employees {
            let planned = self.budgeted.employee(&employee.employee);
            below_minimum += usize::from(planned.is_some_and(|p| p.shortfall.is_some()));
            for need in &employee.needs {
                let levels = need.levels();
                let worth = need
                    .importance
                    .checked_mul(Decimal::from(levels))
                    .ok_or(OVERFLOW)?;
                let open = planned
                    .and_then(|p| p.open.iter().find(|o| o.competency == need.competency))
                    .map_or(Decimal::ZERO, |o| o.value);
                add(&mut weight, worth)?;
                add(&mut uncovered, open)?;
                let entry =
                    competencies
                        .entry(&need.competency)
                        .or_insert_with(|| CompetencyNeeds {
                            competency: need.competency.clone(),
                            employees: 0,
                            levels: 0,
                            weight: Decimal::ZERO,
                            uncovered: Decimal::ZERO,
                        });
                entry.employees += 1;
                entry.levels = entry
                    .levels
                    .checked_add(u32::from(levels))
                    .ok_or(OVERFLOW)?;
                add(&mut entry.weight, worth)?;
                add(&mut entry.uncovered, open)?;
                for cause in &need.causes {
                    let held = cause
                        .weight
                        .checked_mul(Decimal::from(levels))
                        .ok_or(OVERFLOW)?;
                    for link in &cause.goals {
                        add(
                            goals
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
                let (entry, goals) = assessments.entry(&need.competency).or_insert_with(|| {
                    let entry = AssessmentNeeds {
                        competency: need.competency.clone(),
                        employees: 0,
                        weight: Decimal::ZERO,
                        goals: Vec::new(),
                    };
                    (entry, BTreeSet::new())
                });
                entry.employees += 1;
                add(&mut entry.weight, need.importance)?;
                goals.extend(need.causes.iter().flat_map(|c| &c.goals).map(|l| &l.goal));
            }
            for recommendation in self.unlimited.of(&employee.employee).filter(|r| !r.fill) {
                add(&mut needed_budget, recommendation.cost)?;
                let entry = programme_entry(&mut programmes, &recommendation.programme);
                entry.needed = entry.needed.checked_add(1).ok_or(OVERFLOW)?;
                add(&mut entry.needed_cost, recommendation.cost)?;
            }
            for recommendation in self.budgeted.of(&employee.employee) {
                if recommendation.fill {
                    add(&mut fills, recommendation.cost)?;
                } else {
                    add(&mut funded, recommendation.cost)?;
                    let entry = programme_entry(&mut programmes, &recommendation.programme);
                    entry.funded = entry.funded.checked_add(1).ok_or(OVERFLOW)?;
                }
            }
        }
        let mut competencies: Vec<CompetencyNeeds> = competencies.into_values().collect();
        competencies.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then(a.competency.cmp(&b.competency))
        });
        let goals = goals
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
        let mut assessments: Vec<AssessmentNeeds> = assessments
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
        Ok(TrainingNeeds {
            unit: unit.cloned(),
            employees: employees.len(),
            with_needs: employees.iter().filter(|e| !e.needs.is_empty()).count(),
            needing_assessment: employees
                .iter()
                .filter(|e| !e.assessment_needs.is_empty())
                .count(),
            competencies,
            goals,
            assessments,
            programmes: programmes.into_values().collect(),
            needed_budget,
            funded,
            fills,
            weight,
            uncovered,
            below_minimum,
        })
    }
}

/// A total of the analysis past its range.
const OVERFLOW: DevelopmentError = DevelopmentError::Overflow {
    sum: PlanSum::Analysis,
};

/// `*total += value`, or an overflow of the analysis.
fn add(total: &mut Decimal, value: Decimal) -> Result<(), DevelopmentError> {
    *total = total.checked_add(value).ok_or(OVERFLOW)?;
    Ok(())
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
