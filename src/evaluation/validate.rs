//! The checks of an agency's inputs taken together: every problem is collected, none stops
//! the others.

use super::behaviour::{BehaviourRating, unrated_values};
use super::objection::{Objection, ObjectionRules};
use super::organisation::OrganisationDecision;
use super::problems::InputProblem;
use super::rater::RaterRole;
use super::records::EmployeeRecords;
use super::rules::EvaluationRules;
use super::tie::TieDecision;
use crate::cascade::{Cascade, Level, Node, Owner, ResultCategory};
use crate::invariant::Invariant;
use crate::measure::{Definitions, IndicatorDefinition, MissingPolicy};
use crate::measure::{Measurements, Realisation};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::period::{Period, Span, Year};
use crate::scoring::{ScoringError, ScoringPlan};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The problems of one employee's records against their plan: records for periods that
/// have no evaluation, raters who rate once rating a value twice, and evaluated periods
/// (`periods` to date, and the year) whose behaviour is not fully rated.
pub(crate) fn record_problems(
    rules: &EvaluationRules,
    year: Year,
    periods: &[Period],
    records: &EmployeeRecords,
) -> Vec<InputProblem> {
    let employee = records.employee;
    let whole = year.as_period();
    let mut problems: Vec<InputProblem> = records
        .periods()
        .filter(|(period, _)| *period != whole && !periods.contains(period))
        .map(|(period, kind)| InputProblem::PeriodNotEvaluated {
            employee,
            period,
            kind,
        })
        .collect();
    for (&period, objection) in &records.objections {
        problems.extend(timing_problems(
            &rules.objection,
            &employee,
            period,
            objection,
        ));
    }
    for &period in periods.iter().chain([&whole]) {
        let ratings = records
            .behaviour
            .get(&period)
            .map_or(&[][..], Vec::as_slice);
        problems.extend(repeated_ratings(ratings).map(|(value, rater)| {
            InputProblem::RepeatedRating {
                employee,
                period,
                value,
                rater,
            }
        }));
        let values: Vec<_> = unrated_values(ratings, &rules.behaviour).collect();
        if !values.is_empty() {
            problems.push(InputProblem::MissingBehaviour {
                employee,
                period,
                values,
            });
        }
    }
    problems
}

/// The values a rater who rates once (the superior, the employee) rated more than once.
fn repeated_ratings(
    ratings: &[BehaviourRating],
) -> impl Iterator<Item = (crate::org::CoreValue, RaterRole)> + '_ {
    let once = |role: RaterRole| matches!(role, RaterRole::Superior | RaterRole::SelfAssessment);
    ratings.iter().enumerate().filter_map(move |(i, r)| {
        let earlier = ratings.get(..i).unwrap_or(&[]);
        // Name each repetition once: at its second occurrence.
        let first_repeat = once(r.rater)
            && earlier
                .iter()
                .filter(|e| e.value == r.value && e.rater == r.rater)
                .count()
                == 1;
        first_repeat.then_some((r.value, r.rater))
    })
}

/// Under the mean of periods, the indicators of `plan` due in no period of the rules'
/// granularity.
pub(crate) fn plan_problems(
    rules: &EvaluationRules,
    year: Year,
    plan: &ScoringPlan,
) -> Vec<InputProblem> {
    if !rules.annual_basis.is_mean_of_periods() {
        return Vec::new();
    }
    plan.results()
        .iter()
        .flat_map(|r| &r.indicators)
        .map(|i| &i.definition)
        .filter(|d| !due_in_some_period(rules, year, d))
        .map(|d| InputProblem::OnlyAnnualTarget {
            indicator: d.id().clone(),
        })
        .collect()
}

fn due_in_some_period(
    rules: &EvaluationRules,
    year: Year,
    definition: &IndicatorDefinition,
) -> bool {
    year.periods(rules.granularity)
        .into_iter()
        .any(|period| definition.is_due(period))
}

/// Decisions on the organisation's predicate for periods that have no evaluation.
pub(crate) fn check_decisions(
    rules: &EvaluationRules,
    year: Year,
    decisions: &BTreeMap<Period, OrganisationDecision>,
    problems: &mut Vec<InputProblem>,
) {
    let evaluated: Vec<Period> = year.periods(rules.granularity);
    for &period in decisions.keys() {
        if period != year.as_period() && !evaluated.contains(&period) {
            problems.push(InputProblem::DecisionPeriodNotEvaluated { period });
        }
    }
}

/// Decisions on ties naming employees the agency does not have, or an employee twice.
/// Whether each matches a tie is checked when calibrating, as the live decision is.
pub(crate) fn check_tie_decisions(
    cascade: &Cascade,
    decisions: &[TieDecision],
    problems: &mut Vec<InputProblem>,
) {
    let agency = cascade.agency();
    let mut placed: Vec<EmployeeNumber> = Vec::new();
    for decision in decisions {
        let named = decision
            .placements
            .iter()
            .map(|p| p.employee)
            .chain([decision.decided_by]);
        for employee in named {
            if agency.employee(&employee).is_none() {
                problems.push(InputProblem::UnknownEmployee { employee });
            }
        }
        for placement in &decision.placements {
            if placed.contains(&placement.employee) {
                problems.push(InputProblem::RepeatedTiePlacement {
                    employee: placement.employee,
                });
            }
            placed.push(placement.employee);
        }
    }
}

/// Duplicates, definitions of another year and definitions of indicators the cascade does
/// not have. Returns the definitions with duplicates dropped (the first kept).
pub(crate) fn check_definitions(
    cascade: &Cascade,
    year: Year,
    mut definitions: Vec<IndicatorDefinition>,
    problems: &mut Vec<InputProblem>,
) -> Definitions {
    definitions.sort_by(|a, b| a.id().cmp(b.id()));
    let mut kept: Vec<IndicatorDefinition> = Vec::with_capacity(definitions.len());
    for definition in definitions {
        if kept.last().is_some_and(|k| k.id() == definition.id()) {
            problems.push(InputProblem::DuplicateDefinition {
                indicator: definition.id().clone(),
            });
            continue;
        }
        let other_year = definition
            .targets()
            .keys()
            .next()
            .is_some_and(|p| p.year() != year);
        if other_year {
            problems.push(InputProblem::DefinitionOutsideYear {
                indicator: definition.id().clone(),
                year,
            });
        }
        if cascade.indicator(definition.id()).is_none() {
            problems.push(InputProblem::DefinitionNotInCascade {
                indicator: definition.id().clone(),
            });
        }
        kept.push(definition);
    }
    // Duplicates were dropped above, so this cannot fail; an empty set is the fallback.
    Definitions::new(kept).unwrap_or_default()
}

/// Units, scored indicators without definitions, main results without indicators, roll-up
/// units, and under the mean of periods indicators with only annual targets.
pub(crate) fn check_cascade(
    cascade: &Cascade,
    definitions: &Definitions,
    rules: &EvaluationRules,
    year: Year,
    problems: &mut Vec<InputProblem>,
) {
    for node in cascade.nodes() {
        let main_result = node.level() == Level::Result && node.category() == ResultCategory::Main;
        let scored = main_result || matches!(node.level(), Level::Goal | Level::Objective);
        if main_result && node.indicators().is_empty() {
            problems.push(InputProblem::ResultWithoutIndicator {
                node: node.id().clone(),
            });
        }
        for indicator in node.indicators() {
            match definitions.get(indicator.id()) {
                Some(definition) => {
                    if definition.unit() != indicator.unit() {
                        problems.push(InputProblem::UnitMismatch {
                            indicator: indicator.id().clone(),
                            cascade_unit: indicator.unit().to_owned(),
                            definition_unit: definition.unit().to_owned(),
                        });
                    }
                    let mean_of_periods = rules.annual_basis.is_mean_of_periods();
                    if main_result
                        && mean_of_periods
                        && !due_in_some_period(rules, year, definition)
                    {
                        problems.push(InputProblem::OnlyAnnualTarget {
                            indicator: indicator.id().clone(),
                        });
                    }
                }
                None if scored => problems.push(InputProblem::MissingDefinition {
                    indicator: indicator.id().clone(),
                    node: node.id().clone(),
                }),
                None => {}
            }
        }
    }
    problems.extend(
        cascade
            .roll_up_mismatches()
            .filter_map(|mismatch| match mismatch {
                crate::scoring::ScoringError::UnitMismatch {
                    node,
                    unit,
                    child,
                    child_unit,
                } => Some(InputProblem::RollUpUnitMismatch {
                    node,
                    unit,
                    child,
                    child_unit,
                }),
                _ => None,
            }),
    );
}

/// Duplicates, unknown indicators, periods, negative values and whose realisation it is.
/// Returns the realisations with duplicates dropped (the first kept).
pub(crate) fn check_realisations(
    cascade: &Cascade,
    definitions: &Definitions,
    year: Year,
    realisations: Vec<Realisation>,
    problems: &mut Vec<InputProblem>,
) -> Measurements {
    let kept = without_duplicates(realisations, problems);
    // Duplicates were dropped, so this cannot fail.
    let measurements = Measurements::new(kept)
        .ok()
        .or_invariant(Measurements::default(), "realisations without duplicates");
    for r in measurements.all() {
        let Some(node) = cascade.indicator(r.indicator()) else {
            problems.push(InputProblem::UnknownIndicator {
                indicator: r.indicator().clone(),
                period: r.period(),
            });
            continue;
        };
        check_against_definition(r, definitions, year, problems);
        check_whose(r, node, cascade.agency(), &measurements, problems);
        if let Some(ScoringError::OwnFigureOfSummedNode {
            node,
            statement,
            indicator,
            period,
            children,
        }) = cascade.own_figure_of_summed_node(r)
        {
            problems.push(InputProblem::OwnFigureOfSummedNode {
                node,
                statement,
                indicator,
                period,
                children,
            });
        }
    }
    // A refused figure is dropped, so that what the plans need is still checked after it.
    let refused = |r: &Realisation| cascade.own_figure_of_summed_node(r).is_some();
    if measurements.all().iter().any(refused) {
        let kept: Vec<Realisation> = measurements
            .all()
            .iter()
            .filter(|r| !refused(r))
            .cloned()
            .collect();
        return Measurements::new(kept)
            .ok()
            .or_invariant(Measurements::default(), "a subset of valid realisations");
    }
    measurements
}

/// The realisations sorted, each repeated one (same indicator, employee and period) named
/// and dropped.
fn without_duplicates(
    mut realisations: Vec<Realisation>,
    problems: &mut Vec<InputProblem>,
) -> Vec<Realisation> {
    realisations.sort_by(|a, b| {
        (a.indicator(), a.employee(), a.period()).cmp(&(b.indicator(), b.employee(), b.period()))
    });
    let mut kept: Vec<Realisation> = Vec::with_capacity(realisations.len());
    for r in realisations {
        let same = |k: &Realisation| {
            k.indicator() == r.indicator()
                && k.employee() == r.employee()
                && k.period() == r.period()
        };
        if kept.last().is_some_and(same) {
            problems.push(InputProblem::DuplicateRealisation {
                indicator: r.indicator().clone(),
                employee: r.employee().copied(),
                period: r.period(),
            });
        } else {
            kept.push(r);
        }
    }
    kept
}

/// A realisation outside the year, for a period without a target, with more decimals than
/// the definition allows, or negative where the definition refuses it.
fn check_against_definition(
    r: &Realisation,
    definitions: &Definitions,
    year: Year,
    problems: &mut Vec<InputProblem>,
) {
    let (indicator, period) = (r.indicator(), r.period());
    if period.year() != year {
        problems.push(InputProblem::RealisationOutsideYear {
            indicator: indicator.clone(),
            period,
        });
    }
    let Some(definition) = definitions.get(indicator) else {
        return;
    };
    if period.year() == year && !definition.targets().contains_key(&period) {
        problems.push(InputProblem::UntargetedPeriod {
            indicator: indicator.clone(),
            period,
        });
    }
    if definition.has_too_many_decimals(r.value()) {
        problems.push(InputProblem::TooManyDecimals {
            indicator: indicator.clone(),
            period,
            value: r.value(),
            decimals: definition.decimals(),
        });
    }
    if r.value() < Decimal::ZERO && !definition.negative_realisations() {
        problems.push(InputProblem::NegativeRealisation {
            indicator: indicator.clone(),
            period,
            value: r.value(),
        });
    }
}

/// Whose figure a realisation is: one attributed to someone who does not hold the result,
/// to one holder of a shared result, or beside the team's own figure; or a team figure for
/// a result several holders carry one by one.
fn check_whose(
    r: &Realisation,
    node: &Node,
    agency: &Agency,
    measurements: &Measurements,
    problems: &mut Vec<InputProblem>,
) {
    let (indicator, period) = (r.indicator().clone(), r.period());
    let owns = |employee: &EmployeeNumber| match node.owner() {
        Owner::Employee(owner) => owner == employee,
        Owner::Position(position) => agency
            .employee(employee)
            .is_some_and(|e| e.position() == position),
        Owner::Unit(_) => false,
    };
    let problem = match (r.employee(), node.owner()) {
        (Some(&employee), _) if agency.employee(&employee).is_none() => {
            InputProblem::UnregisteredEmployee {
                indicator,
                period,
                employee,
            }
        }
        (Some(&employee), _) if !node.level().is_individual() || !owns(&employee) => {
            InputProblem::NotTheirResult {
                indicator,
                period,
                employee,
            }
        }
        (Some(&employee), _) if node.is_shared() => InputProblem::SharedTakesTeamFigure {
            indicator,
            period,
            employee,
        },
        (Some(&employee), _) if measurements.get(r.indicator(), period).is_some() => {
            InputProblem::TeamAndOwnFigure {
                indicator,
                period,
                employee,
            }
        }
        (None, Owner::Position(position)) if !node.is_shared() => {
            let holders = agency.holders(position).count();
            if holders <= 1 {
                return;
            }
            InputProblem::NeedsEmployee {
                indicator,
                period,
                position: position.clone(),
                holders,
            }
        }
        _ => return,
    };
    problems.push(problem);
}

/// Employees' records: unknown employees, duplicates, records of employees without a plan,
/// periods without an evaluation, behaviour, overrides of the organisation's leader, and
/// the realisations each plan needs. Returns the records with duplicates dropped, by
/// employee.
pub(crate) fn check_employees(
    cascade: &Cascade,
    definitions: &Definitions,
    measurements: &Measurements,
    rules: &EvaluationRules,
    year: Year,
    mut employees: Vec<EmployeeRecords>,
    problems: &mut Vec<InputProblem>,
) -> Vec<EmployeeRecords> {
    let agency = cascade.agency();
    employees.sort_by_key(|r| r.employee);
    let mut kept: Vec<EmployeeRecords> = Vec::with_capacity(employees.len());
    for records in employees {
        if kept.last().is_some_and(|k| k.employee == records.employee) {
            problems.push(InputProblem::DuplicateRecords {
                employee: records.employee,
            });
        } else if agency.employee(&records.employee).is_none() {
            problems.push(InputProblem::UnknownEmployee {
                employee: records.employee,
            });
        } else {
            kept.push(records);
        }
    }
    // Roll-up figures stand in for realisations, so what a plan needs is read after it.
    let periods = year_periods(measurements, definitions, year);
    let rolled = cascade.roll_up(&periods, measurements).ok();
    let by_employee: BTreeMap<EmployeeNumber, &EmployeeRecords> =
        kept.iter().map(|r| (r.employee, r)).collect();
    for employee in agency.employees() {
        let number = *employee.number();
        let records = by_employee.get(&number).copied();
        // A plan that cannot be made was reported above (an indicator without definition).
        let Ok(plan) = ScoringPlan::for_employee(cascade, &number, definitions) else {
            continue;
        };
        let Some(plan) = plan else {
            if records.is_some() {
                problems.push(InputProblem::NoPlan { employee: number });
            }
            continue;
        };
        let evaluated = evaluated_periods(rules, year, &plan);
        let empty = EmployeeRecords::new(number);
        let records = records.unwrap_or(&empty);
        problems.extend(record_problems(rules, year, &evaluated, records));
        problems.extend(
            records
                .objections
                .iter()
                .filter_map(|(&period, objection)| {
                    address_problem(agency, &number, period, &objection.addressed_to)
                }),
        );
        if is_leader(cascade, &number) {
            problems.extend(
                records
                    .overrides
                    .keys()
                    .map(|&period| InputProblem::LeaderOverride {
                        employee: number,
                        period,
                    }),
            );
        }
        if let Some(rolled) = &rolled {
            missing_realisations(&plan, rolled, &number, year, problems);
        }
    }
    kept
}

/// The realisations `plan` needs for `employee` and does not find: every target period of
/// the year of an indicator whose missing-value policy is to refuse.
fn missing_realisations(
    plan: &ScoringPlan,
    measurements: &Measurements,
    employee: &EmployeeNumber,
    year: Year,
    problems: &mut Vec<InputProblem>,
) {
    let readings = measurements.for_employee(employee);
    for definition in plan
        .results()
        .iter()
        .flat_map(|r| &r.indicators)
        .map(|i| &i.definition)
    {
        if definition.missing() != MissingPolicy::Error {
            continue;
        }
        let (own, team) = readings.of(definition.id());
        for &period in definition.targets().keys() {
            let found = |run: &[Realisation]| run.iter().any(|r| r.period() == period);
            if period.year() == year && !found(own) && !found(team) {
                problems.push(InputProblem::MissingRealisation {
                    indicator: definition.id().clone(),
                    period,
                    employee: *employee,
                });
            }
        }
    }
}

/// Whether the employee leads the organisation: holds a position with no superior.
pub(crate) fn is_leader(cascade: &Cascade, employee: &EmployeeNumber) -> bool {
    let agency = cascade.agency();
    agency
        .employee(employee)
        .is_some_and(|e| agency.superior_of(e.position()).is_none())
}

/// Every period of `year` that a realisation or a target names, in order: the periods a
/// roll-up adds up.
pub(crate) fn year_periods(
    measurements: &Measurements,
    definitions: &Definitions,
    year: Year,
) -> Vec<Period> {
    let mut periods: Vec<Period> = measurements
        .all()
        .iter()
        .map(Realisation::period)
        .chain(definitions.iter().flat_map(|d| d.targets().keys().copied()))
        .filter(|p| p.year() == year)
        .collect();
    periods.sort_unstable();
    periods.dedup();
    periods
}

/// The periods of `year` at the rules' granularity in which something in `plan` is due to
/// date: the periods that have a periodic evaluation.
pub(crate) fn evaluated_periods(
    rules: &EvaluationRules,
    year: Year,
    plan: &ScoringPlan,
) -> Vec<Period> {
    year.periods(rules.granularity)
        .into_iter()
        .filter(|&period| plan.is_due(Span::to_date(period)))
        .collect()
}

/// The problems of one employee's objection to the evaluation of `period` that the rules
/// alone show, checked alike on the live command and the stored document: filed before the
/// result was given or after the deadline, or decided before it was filed.
pub(crate) fn timing_problems(
    rules: &ObjectionRules,
    employee: &EmployeeNumber,
    period: Period,
    objection: &Objection,
) -> Vec<InputProblem> {
    let mut problems = Vec::new();
    let days = (objection.filed_on - objection.given_on).num_days();
    if days < 0 || days > i64::from(rules.deadline_days) {
        problems.push(InputProblem::ObjectionOutOfTime {
            employee: *employee,
            period,
            days,
            deadline: rules.deadline_days,
        });
    }
    if let Some(decision) = &objection.decision {
        if decision.on < objection.filed_on {
            problems.push(InputProblem::ObjectionDecidedBeforeFiled {
                employee: *employee,
                period,
            });
        }
    }
    problems
}

/// An objection addressed to someone other than the rater's superior, as a problem. The
/// rater is the holder of the employee's superior position; the addressee must hold the
/// rater's superior position, or, where the rater has no superior in the agency (the head
/// of the agency, or its own superior), be someone outside it.
pub(crate) fn address_problem(
    agency: &Agency,
    employee: &EmployeeNumber,
    period: Period,
    addressed_to: &EmployeeNumber,
) -> Option<InputProblem> {
    (!is_raters_superior(agency, employee, addressed_to)).then_some(
        InputProblem::ObjectionMisaddressed {
            employee: *employee,
            period,
            addressed_to: *addressed_to,
        },
    )
}

/// Whether `addressee` is the superior of `employee`'s rater.
fn is_raters_superior(
    agency: &Agency,
    employee: &EmployeeNumber,
    addressee: &EmployeeNumber,
) -> bool {
    let rater = agency
        .employee(employee)
        .and_then(|e| agency.superior_of(e.position()));
    let above = rater.and_then(|r| agency.superior_of(r.id()));
    match above {
        Some(position) => agency
            .employee(addressee)
            .is_some_and(|a| a.position() == position.id()),
        // The rater answers to someone outside the agency (or the employee leads it).
        None => agency.employee(addressee).is_none(),
    }
}
