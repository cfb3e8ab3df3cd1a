//! Agencies count differently: where rounding happens, how the annual figure is made, how
//! behaviour is rated. Each option is data; today's behaviour is the default. Figures are
//! worked by hand.

use kinerja::evaluation::{
    AnnualBasis, BehaviourMethod, BehaviourRating, BehaviourRules, CoreValue, CountPrecedence,
    EmployeeRecords, EvaluationError, InputProblem, LeaderRatings, OrganisationDecision,
    OrganisationPredicate, RaterRole, UnitSummary, ValueCounts, YearInput, appraise_year,
    assess_behaviour,
};
use kinerja::measure::Target;
use kinerja::num::RoundingMode;
use kinerja::period::Granularity;
use kinerja::prelude::*;
use kinerja::scoring::{PlannedIndicator, PlannedResult, Reporting, RoundingPoint};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn nip() -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003").unwrap()
}

fn year() -> Year {
    Year::new(2026).unwrap()
}

fn define(id: &str, targets: &[(&str, &str)]) -> IndicatorDefinition {
    let mut builder =
        IndicatorDefinition::builder(IndicatorId::new(id).unwrap(), "unit", Polarity::Maximise);
    for (period, target) in targets {
        builder = builder.target(period.parse().unwrap(), Target::Value(d(target)));
    }
    builder.build().unwrap()
}

fn plan(definitions: Vec<IndicatorDefinition>) -> ScoringPlan {
    ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![PlannedResult {
            node: NodeId::new("RHK-1").unwrap(),
            weight: Decimal::ONE,
            policy: WeightPolicy::Normalise,
            indicators: definitions
                .into_iter()
                .map(|definition| PlannedIndicator {
                    weight: Decimal::ONE,
                    definition,
                })
                .collect(),
        }],
    )
    .unwrap()
}

fn realised(values: &[(&str, &str, &str)]) -> Measurements {
    Measurements::new(values.iter().map(|(id, period, value)| {
        Realisation::new(
            IndicatorId::new(*id).unwrap(),
            period.parse().unwrap(),
            d(value),
        )
    }))
    .unwrap()
}

#[test]
fn rounding_each_indicator_or_only_the_total() {
    // A: 200.01 of 200 = 100.005 %; B: 10 of 10 = 100 %. Equal weights.
    let plan = plan(vec![
        define("A", &[("2026", "200")]),
        define("B", &[("2026", "10")]),
    ]);
    let measured = realised(&[("A", "2026", "200.01"), ("B", "2026", "10")]);
    let scope = year().as_period();
    // Only the total: (100.005 + 100) / 2 = 100.0025, reported 100.00.
    let total = plan.explain(scope, &measured, Rounding::default()).unwrap();
    assert_eq!(total.reported.value(), d("100.00"));
    // Each indicator first: 100.01 and 100.00, mean 100.005, reported 100.01.
    let each = Reporting {
        rounding: Rounding::default(),
        point: RoundingPoint::Indicators,
    };
    let rounded = plan.explain(scope, &measured, each).unwrap();
    assert_eq!(rounded.reported.value(), d("100.01"));
    assert_eq!(
        rounded.results[0].indicators[0].counted.map(Percent::value),
        Some(d("100.01"))
    );
    assert!(
        rounded
            .render(Language::English)
            .contains("each indicator's achievement is rounded")
    );
    // The exact achievement is never rounded away: it is 100.005 here.
    assert_eq!(rounded.achievement.value(), d("100.005"));
}

/// Superior ratings of every value, with the given exceptions.
fn ratings(exceptions: &[(CoreValue, Rating)]) -> Vec<BehaviourRating> {
    CoreValue::ALL
        .iter()
        .map(|&value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: exceptions
                .iter()
                .find(|(v, _)| *v == value)
                .map_or(Rating::Meets, |(_, r)| *r),
        })
        .collect()
}

/// Records rating every value as expected in each quarter and the year.
fn rated_every_quarter() -> EmployeeRecords {
    let mut records = EmployeeRecords::new(nip());
    for period in year()
        .periods(Granularity::Quarter)
        .into_iter()
        .chain([year().as_period()])
    {
        records.behaviour.insert(period, ratings(&[]));
    }
    records
}

#[test]
fn the_annual_figure_from_the_mean_of_the_periods_or_the_year() {
    // Targets 10, 10, 10, 20; realised 8, 10, 12, 14. The quarters alone: 80, 100, 120, 70 %,
    // mean 92.5 % (meets). The year's aggregate: 44 / 50 = 88 % (below).
    let plan = plan(vec![define(
        "Q",
        &[
            ("2026-Q1", "10"),
            ("2026-Q2", "10"),
            ("2026-Q3", "10"),
            ("2026-Q4", "20"),
        ],
    )]);
    let measured = realised(&[
        ("Q", "2026-Q1", "8"),
        ("Q", "2026-Q2", "10"),
        ("Q", "2026-Q3", "12"),
        ("Q", "2026-Q4", "14"),
    ]);
    let records = rated_every_quarter();
    let input = YearInput {
        plan: &plan,
        measurements: &measured,
        records: &records,
        organisation: &[],
    };
    let aggregate = appraise_year(&EvaluationRules::default(), year(), &input).unwrap();
    assert_eq!(aggregate.annual.reported.value(), d("88"));
    assert_eq!(aggregate.annual.result_rating, Rating::Below);
    assert!(aggregate.annual.period_achievements.is_empty());
    let rules = EvaluationRules {
        annual_basis: AnnualBasis::MeanOfPeriods,
        ..EvaluationRules::default()
    };
    let mean = appraise_year(&rules, year(), &input).unwrap();
    assert_eq!(mean.annual.reported.value(), d("92.5"));
    assert_eq!(mean.annual.result_rating, Rating::Meets);
    let alone: Vec<Decimal> = mean
        .annual
        .period_achievements
        .iter()
        .map(|p| p.achievement.value())
        .collect();
    assert_eq!(alone, [d("80"), d("100"), d("120"), d("70")]);
    // The explanation of the year's aggregate still travels with it.
    assert_eq!(mean.annual.results.reported.value(), d("88"));
    // An indicator with only an annual target is due in no quarter: refused, not left out.
    let annual_only = plan_with_annual_only();
    let refused = appraise_year(
        &rules,
        year(),
        &YearInput {
            plan: &annual_only,
            ..input
        },
    )
    .unwrap_err();
    let EvaluationError::InvalidInputs(problems) = refused else {
        panic!("{refused}");
    };
    assert!(
        problems
            .problems()
            .contains(&InputProblem::OnlyAnnualTarget {
                indicator: IndicatorId::new("Y").unwrap()
            })
    );
}

#[test]
fn the_mean_of_the_reported_quarters_rounds_each_quarter_first() {
    // Whole-percent reporting. Targets 8 a quarter; realised 1, 1, 8, 8: the quarters alone
    // are 12.5, 12.5, 100 and 100 %. Their exact mean is 56.25 %, reported 56 %; the
    // quarters as reported are 13, 13, 100 and 100 % (half up), whose mean is 56.5 %,
    // reported 57 %.
    let plan = plan(vec![define(
        "Q",
        &[
            ("2026-Q1", "8"),
            ("2026-Q2", "8"),
            ("2026-Q3", "8"),
            ("2026-Q4", "8"),
        ],
    )]);
    let measured = realised(&[
        ("Q", "2026-Q1", "1"),
        ("Q", "2026-Q2", "1"),
        ("Q", "2026-Q3", "8"),
        ("Q", "2026-Q4", "8"),
    ]);
    let records = rated_every_quarter();
    let input = YearInput {
        plan: &plan,
        measurements: &measured,
        records: &records,
        organisation: &[],
    };
    let whole = Rounding::new(0, RoundingMode::HalfUp).unwrap();
    let exact = EvaluationRules {
        annual_basis: AnnualBasis::MeanOfPeriods,
        rounding: whole,
        ..EvaluationRules::default()
    };
    let mean = appraise_year(&exact, year(), &input).unwrap();
    assert_eq!(mean.annual.rated.value(), d("56.25"));
    assert_eq!(mean.annual.reported.to_string(), "56");
    let reported = EvaluationRules {
        annual_basis: AnnualBasis::MeanOfReportedPeriods,
        ..exact
    };
    let mean = appraise_year(&reported, year(), &input).unwrap();
    assert_eq!(mean.annual.rated.value(), d("56.5"));
    assert_eq!(mean.annual.reported.to_string(), "57");
    // The periods keep their exact figures; only the mean counts them rounded.
    let alone: Vec<Decimal> = mean
        .annual
        .period_achievements
        .iter()
        .map(|p| p.achievement.value())
        .collect();
    assert_eq!(alone, [d("12.5"), d("12.5"), d("100"), d("100")]);
}

fn plan_with_annual_only() -> ScoringPlan {
    plan(vec![
        define(
            "Q",
            &[
                ("2026-Q1", "10"),
                ("2026-Q2", "10"),
                ("2026-Q3", "10"),
                ("2026-Q4", "20"),
            ],
        ),
        define("Y", &[("2026", "5")]),
    ])
}

#[test]
fn behaviour_by_mean_points_or_by_counts() {
    let mean = BehaviourRules::default();
    let counts = |above, below, precedence| BehaviourRules {
        method: BehaviourMethod::Counts(ValueCounts::new(above, below, precedence).unwrap()),
        ..BehaviourRules::default()
    };
    let none = BTreeMap::new();
    // Three values above, four meeting: mean (3 × 3 + 4 × 2) / 7 = 17 / 7 = 2.43, meets;
    // "at least 3 above" makes it above.
    let three_above = ratings(&[
        (CoreValue::Competent, Rating::Above),
        (CoreValue::Adaptive, Rating::Above),
        (CoreValue::Loyal, Rating::Above),
    ]);
    assert_eq!(
        assess_behaviour(&three_above, &mean, &none).unwrap().rating,
        Rating::Meets
    );
    assert_eq!(
        assess_behaviour(&three_above, &counts(3, 2, CountPrecedence::Below), &none)
            .unwrap()
            .rating,
        Rating::Above
    );
    // Two below and five above: mean (2 + 15) / 7 = 2.43, meets; "at least 4 of 7 above;
    // at least 2 below" holds both ways, so the precedence decides.
    let split: Vec<(CoreValue, Rating)> = CoreValue::ALL
        .iter()
        .enumerate()
        .map(|(i, &v)| (v, if i < 2 { Rating::Below } else { Rating::Above }))
        .collect();
    let split = ratings(&split);
    assert_eq!(
        assess_behaviour(&split, &mean, &none).unwrap().rating,
        Rating::Meets
    );
    let below_first =
        assess_behaviour(&split, &counts(4, 2, CountPrecedence::Below), &none).unwrap();
    assert_eq!(below_first.rating, Rating::Below);
    assert_eq!(
        assess_behaviour(&split, &counts(4, 2, CountPrecedence::Above), &none)
            .unwrap()
            .rating,
        Rating::Above
    );
    // The rule travels with the outcome and is data on the wire, checked at its door.
    assert!(matches!(below_first.method, BehaviourMethod::Counts(_)));
    let rules: BehaviourRules = serde_json::from_str(
        r#"{"method": {"counts": {"above_at_least": 4, "below_at_least": 2}}}"#,
    )
    .unwrap();
    assert_eq!(rules, counts(4, 2, CountPrecedence::Below));
    for bad in [0, 8] {
        let text = format!(
            r#"{{"method": {{"counts": {{"above_at_least": {bad}, "below_at_least": 2}}}}}}"#
        );
        assert!(
            serde_json::from_str::<BehaviourRules>(&text).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn counts_are_checked_at_their_doors() {
    // A unit summary read from JSON must agree with itself.
    let inconsistent = r#"{"employees": 3, "predicates": [0, 0, 0, 2, 0], "result_ratings": [0, 3, 0], "behaviour_ratings": [0, 3, 0], "boxes": [0, 0, 0, 0, 0, 0, 0, 0, 0]}"#;
    assert!(serde_json::from_str::<UnitSummary>(inconsistent).is_err());
    // One that is consistent but huge merges into an error, not a panic.
    let huge = format!(
        r#"{{"employees": {max}, "predicates": [{max}, 0, 0, 0, 0], "result_ratings": [{max}, 0, 0], "behaviour_ratings": [{max}, 0, 0], "boxes": [0, 0, 0, 0, 0, 0, 0, 0, 0]}}"#,
        max = usize::MAX
    );
    let huge: UnitSummary = serde_json::from_str(&huge).unwrap();
    let one = r#"{"employees": 1, "predicates": [1, 0, 0, 0, 0], "result_ratings": [1, 0, 0], "behaviour_ratings": [1, 0, 0], "boxes": [1, 0, 0, 0, 0, 0, 0, 0, 0]}"#;
    let one: UnitSummary = serde_json::from_str(one).unwrap();
    assert_eq!(
        huge.merge(&one).unwrap_err(),
        EvaluationError::CountOverflow
    );
    // Leader ratings cover every organisation predicate and never get worse as it improves.
    let mut ratings: BTreeMap<OrganisationPredicate, Rating> =
        serde_json::from_str(&serde_json::to_string(&LeaderRatings::default()).unwrap()).unwrap();
    ratings.insert(OrganisationPredicate::Exceptional, Rating::Below);
    let text = serde_json::to_string(&ratings).unwrap();
    assert!(serde_json::from_str::<LeaderRatings>(&text).is_err());
    ratings.remove(&OrganisationPredicate::Exceptional);
    let text = serde_json::to_string(&ratings).unwrap();
    assert!(
        serde_json::from_str::<LeaderRatings>(&text)
            .unwrap_err()
            .to_string()
            .contains("no rating for the organisation predicate 'exceptional'")
    );
    // A decision on the organisation's predicate gives a reason.
    assert!(
        serde_json::from_str::<OrganisationDecision>(r#"{"predicate": "good", "reason": ""}"#)
            .is_err()
    );
}
