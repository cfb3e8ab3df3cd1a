//! The batch against `appraise_year` on random plans under every annual basis, every
//! rounding point and rounding, and the evaluation's granularity: the batch reports the
//! annual appraisal's figure, computed rating, behaviour rating and predicate, or both
//! refuse the employee alike; and the counting rules agencies commonly use stay on the
//! fast path.

use kinerja::evaluation::{
    AnnualBasis, AppraisalInput, Batch, BehaviourRating, EmployeeRecords, EvaluationRules,
    RaterRole, Rating, YearInput, appraise, appraise_year,
};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{
    AchievementLimits, Aggregation, IndicatorDefinition, MinimiseFormula, MissingPolicy, Polarity,
    Target,
};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::num::{Rounding, RoundingMode};
use kinerja::org::CoreValue;
use kinerja::period::{Granularity, Span, Year};
use kinerja::scoring::{
    PlannedIndicator, PlannedResult, RoundingPoint, ScorePath, ScoringPlan, SharedPlan,
    WeightPolicy,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const BASES: [AnnualBasis; 3] = [
    AnnualBasis::YearAggregate,
    AnnualBasis::MeanOfPeriods,
    AnnualBasis::MeanOfReportedPeriods,
];
const POINTS: [RoundingPoint; 3] = [
    RoundingPoint::Total,
    RoundingPoint::Indicators,
    RoundingPoint::IndicatorsAndResults,
];
const MODES: [RoundingMode; 3] = [
    RoundingMode::HalfUp,
    RoundingMode::HalfEven,
    RoundingMode::TowardZero,
];

fn year() -> Year {
    Year::new(2026).unwrap()
}

fn nip() -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap()
}

/// One drawn indicator: its rules, its quarterly targets (none where not due), an annual
/// target, its weight, and the employee's realisations (tenths; none where missing).
#[derive(Debug, Clone)]
struct DrawnIndicator {
    polarity: u8,
    aggregation: u8,
    missing: u8,
    cap: Option<u32>,
    quarters: [Option<i64>; 4],
    annual: Option<i64>,
    weight: i64,
    realised: [Option<i64>; 4],
}

#[derive(Debug, Clone)]
struct DrawnPlan {
    policy: u8,
    results: Vec<(i64, Vec<DrawnIndicator>)>,
}

#[derive(Debug, Clone)]
struct DrawnRules {
    basis: usize,
    point: usize,
    decimals: u32,
    mode: usize,
    semesters: bool,
}

/// One drawn indicator; `whole` draws targets of 100 and whole realisations, so that its
/// achievement is a whole percent.
fn indicator(whole: bool) -> impl Strategy<Value = DrawnIndicator> {
    // Whole, mostly the common lane (maximised or minimised linearly, summed) and rarely
    // missing, so that the plan's own figures, not its errors, are compared.
    let (target, polarities, sums, present) = if whole {
        (100..101i64, 0..2u8, 0.7, 0.99)
    } else {
        (1..60i64, 0..5u8, 0.2, 0.95)
    };
    let aggregation = prop::option::weighted(1.0 - sums, 1..5u8).prop_map(|a| a.unwrap_or(0));
    (
        (
            polarities,
            aggregation,
            0..3u8,
            prop::option::of(100..150u32),
        ),
        prop::array::uniform4(prop::option::weighted(0.85, target)),
        prop::option::weighted(0.15, 10..200i64),
        1..5i64,
        prop::array::uniform4(prop::option::weighted(present, 0..700i64)),
    )
        .prop_map(
            move |((polarity, aggregation, missing, cap), quarters, annual, weight, realised)| {
                DrawnIndicator {
                    polarity,
                    aggregation,
                    missing,
                    cap,
                    quarters,
                    annual,
                    weight,
                    // Whole realisations, in tenths.
                    realised: if whole {
                        realised.map(|r| r.map(|r| r / 10 * 10))
                    } else {
                        realised
                    },
                }
            },
        )
}

fn plan(whole: bool) -> impl Strategy<Value = DrawnPlan> {
    (
        0..2u8,
        prop::collection::vec(
            (1..6i64, prop::collection::vec(indicator(whole), 1..4)),
            1..4,
        ),
    )
        .prop_map(|(policy, results)| DrawnPlan { policy, results })
}

/// Drawn rules, rounding to at most `places` decimals.
fn rules(places: u32) -> impl Strategy<Value = DrawnRules> {
    (
        0..3usize,
        0..3usize,
        0..=places,
        0..3usize,
        prop::bool::weighted(0.2),
    )
        .prop_map(|(basis, point, decimals, mode, semesters)| DrawnRules {
            basis,
            point,
            decimals,
            mode,
            semesters,
        })
}

fn policy(drawn: u8) -> WeightPolicy {
    if drawn == 0 {
        WeightPolicy::Normalise
    } else {
        WeightPolicy::RenormalisePresent
    }
}

/// The plan, or none where the drawn definitions are refused (an indicator with no
/// target at all, say).
fn build(drawn: &DrawnPlan) -> Option<ScoringPlan> {
    let quarters = year().periods(Granularity::Quarter);
    let mut results = Vec::new();
    for (r, (weight, indicators)) in drawn.results.iter().enumerate() {
        let mut planned = Vec::new();
        for (i, each) in indicators.iter().enumerate() {
            let polarity = match each.polarity {
                0 => Polarity::Maximise,
                1 => Polarity::Minimise(MinimiseFormula::Linear),
                2 => Polarity::Minimise(MinimiseFormula::Ratio),
                3 => Polarity::Stabilise {
                    fall_off: Decimal::from(2),
                },
                _ => Polarity::Maximise,
            };
            let aggregation = [
                Aggregation::Sum,
                Aggregation::Mean,
                Aggregation::Last,
                Aggregation::Min,
                Aggregation::Max,
            ][usize::from(each.aggregation)];
            let missing = [
                MissingPolicy::Error,
                MissingPolicy::Zero,
                MissingPolicy::DropOut,
            ][usize::from(each.missing)];
            let limits = each
                .cap
                .map_or_else(AchievementLimits::default, AchievementLimits::capped);
            let mut builder = IndicatorDefinition::builder(
                IndicatorId::new(format!("IKI-{r}-{i}")).ok()?,
                "dokumen",
                polarity,
            )
            .aggregation(aggregation)
            .missing(missing)
            .limits(limits)
            .decimals(1);
            // A stabilised figure is kept within a band.
            let target = |value: i64| match polarity {
                Polarity::Stabilise { .. } => Target::Band {
                    low: Decimal::from(value),
                    high: Decimal::from(value + 5),
                },
                _ => Target::Value(Decimal::from(value)),
            };
            for (quarter, value) in quarters.iter().zip(each.quarters) {
                if let Some(value) = value {
                    builder = builder.target(*quarter, target(value));
                }
            }
            if let Some(annual) = each.annual {
                builder = builder.annual_target(target(annual));
            }
            planned.push(PlannedIndicator {
                weight: Decimal::from(each.weight),
                definition: builder.build().ok()?,
            });
        }
        results.push(PlannedResult {
            node: NodeId::new(format!("RHK-{r}")).ok()?,
            weight: Decimal::from(*weight),
            policy: policy(drawn.policy),
            indicators: planned,
        });
    }
    ScoringPlan::new(policy(drawn.policy), results).ok()
}

fn evaluation_rules(drawn: &DrawnRules) -> EvaluationRules {
    EvaluationRules {
        annual_basis: BASES[drawn.basis],
        rounding_point: POINTS[drawn.point],
        rounding: Rounding::new(drawn.decimals, MODES[drawn.mode]).unwrap(),
        granularity: if drawn.semesters {
            Granularity::Semester
        } else {
            Granularity::Quarter
        },
        ..EvaluationRules::default()
    }
}

fn meets() -> Vec<BehaviourRating> {
    CoreValue::ALL
        .into_iter()
        .map(|value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: Rating::Meets,
        })
        .collect()
}

/// The batch's outcome for the drawn employee against `appraise` and `appraise_year`.
fn check(drawn: &DrawnPlan, drawn_rules: &DrawnRules) -> Result<(), TestCaseError> {
    let Some(template) = build(drawn) else {
        return Ok(());
    };
    let rules = evaluation_rules(drawn_rules);
    let Ok(shared) = SharedPlan::new(template, year().as_period()) else {
        return Ok(());
    };
    let batch = Batch::new(shared, rules.clone());
    let mut sheet = batch.sheet();
    sheet.employee = Some(nip());
    let slots: Vec<_> = batch
        .plan()
        .slots()
        .map(|(slot, id, period)| (slot, id.clone(), period))
        .collect();
    let indicators: Vec<&DrawnIndicator> = drawn.results.iter().flat_map(|(_, i)| i).collect();
    let quarters = year().periods(Granularity::Quarter);
    for (slot, id, period) in &slots {
        // The slot's indicator and quarter, from the id the plan was built with.
        let mut parts = id.as_str().trim_start_matches("IKI-").split('-');
        let r: usize = parts.next().unwrap().parse().unwrap();
        let i: usize = parts.next().unwrap().parse().unwrap();
        let flat = drawn.results[..r]
            .iter()
            .map(|(_, i)| i.len())
            .sum::<usize>()
            + i;
        if let Some(q) = quarters.iter().position(|q| q == period) {
            if let Some(value) = indicators[flat].realised[q] {
                sheet
                    .figures
                    .set_realisation(*slot, Decimal::new(value, 1))
                    .unwrap();
            }
        }
    }
    sheet.behaviour = meets();
    let outcome = batch.evaluate(&sheet);

    let plan = batch.plan().scoring_plan(&sheet.figures).unwrap();
    let measurements = batch.plan().measurements(&sheet.figures).unwrap();
    let mut records = EmployeeRecords::new(nip());
    for period in year().periods(rules.granularity) {
        if plan.is_due(Span::to_date(period)) {
            records.behaviour.insert(period, meets());
        }
    }
    records.behaviour.insert(year().as_period(), meets());
    let expectations = BTreeMap::new();
    let annual = appraise(
        &rules,
        year().as_period().into(),
        &AppraisalInput {
            employee: nip(),
            plan: &plan,
            measurements: &measurements,
            behaviour: &sheet.behaviour,
            expectations: &expectations,
            result_override: None,
            objection: None,
            organisation: None,
            notes: &[],
        },
    );
    let whole = appraise_year(
        &rules,
        year(),
        &YearInput {
            plan: &plan,
            measurements: &measurements,
            records: &records,
            organisation: &[],
        },
    );
    match (&outcome, &annual) {
        (Ok(o), Ok(a)) => {
            prop_assert_eq!(o.reported.to_string(), a.reported.to_string());
            prop_assert_eq!(o.result_rating, a.computed_rating);
            prop_assert_eq!(o.behaviour_rating, a.behaviour.rating);
            prop_assert_eq!(o.predicate, a.predicate);
        }
        (Err(a), Err(b)) => prop_assert_eq!(a, b),
        _ => prop_assert!(false, "batch {outcome:?} against appraisal {annual:?}"),
    }
    // Where the whole year can be evaluated, its annual appraisal is the one above.
    if let (Ok(o), Ok(year)) = (&outcome, &whole) {
        prop_assert_eq!(o.reported.to_string(), year.annual.reported.to_string());
        prop_assert_eq!(o.predicate, year.annual.predicate);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The batch's outcome is the annual appraisal's, under every basis and rounding.
    #[test]
    fn the_batch_reports_the_annual_appraisal(drawn in plan(false), drawn_rules in rules(4)) {
        check(&drawn, &drawn_rules)?;
    }

    /// The same where totals fall exactly on rounding midpoints: every indicator's figure
    /// a whole percent (targets of 100, whole realisations), weights of 1 to 4 (means in
    /// halves, thirds and quarters), few places. The batch settles a midpoint exactly, as
    /// the appraisal's one division does.
    #[test]
    fn midpoints_round_as_the_appraisal_rounds(drawn in plan(true), drawn_rules in rules(1)) {
        check(&drawn, &drawn_rules)?;
    }
}

/// The national workload's counting rules: quarterly targets, rounding at the indicators
/// and the results, the annual figure the mean of the rounded quarters, behaviour by
/// counts. Every employee of a plausible spread is decided on the fast path.
#[test]
fn the_common_counting_rules_stay_on_the_fast_path() {
    let quarters = year().periods(Granularity::Quarter);
    let results = (0..4)
        .map(|r| PlannedResult {
            node: NodeId::new(format!("RHK-{r}")).unwrap(),
            weight: Decimal::from(25),
            policy: WeightPolicy::Normalise,
            indicators: (0..2)
                .map(|i| {
                    let polarity = if i == 0 {
                        Polarity::Maximise
                    } else {
                        Polarity::Minimise(MinimiseFormula::Linear)
                    };
                    let mut builder = IndicatorDefinition::builder(
                        IndicatorId::new(format!("IKI-{r}-{i}")).unwrap(),
                        "dokumen",
                        polarity,
                    )
                    .limits(AchievementLimits::capped(120));
                    for quarter in &quarters {
                        builder = builder.target(*quarter, Target::Value(Decimal::from(12)));
                    }
                    PlannedIndicator {
                        weight: Decimal::ONE,
                        definition: builder.build().unwrap(),
                    }
                })
                .collect(),
        })
        .collect();
    let template = ScoringPlan::new(WeightPolicy::Normalise, results).unwrap();
    let rules = EvaluationRules {
        annual_basis: AnnualBasis::MeanOfReportedPeriods,
        rounding_point: RoundingPoint::IndicatorsAndResults,
        ..EvaluationRules::default()
    };
    let batch = Batch::new(
        SharedPlan::new(template, year().as_period()).unwrap(),
        rules,
    );
    let slots: Vec<_> = batch.plan().slots().map(|(slot, _, _)| slot).collect();
    let mut sheet = batch.sheet();
    for n in 0..500_i64 {
        sheet.reset(&batch).unwrap();
        sheet.employee = Some(nip());
        for (s, slot) in slots.iter().enumerate() {
            let value = 6 + (n * 7 + s as i64 * 13) % 11;
            sheet
                .figures
                .set_realisation(*slot, Decimal::from(value))
                .unwrap();
        }
        sheet.behaviour = meets();
        let outcome = batch.evaluate(&sheet).unwrap();
        assert_eq!(outcome.path, ScorePath::Fast, "employee {n}: {outcome:?}");
    }
}
