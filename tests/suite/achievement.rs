//! Achievement formulas and the regulation's tables, checked against figures worked by hand
//! from DOMAIN §3 and §4.

use kinerja::evaluation::{Pp30Rating, Pp46Rating, SakipGrade};
use kinerja::measure::{
    AchievementLimits, AchievementTrace, Aggregation, DefinitionRule, IndicatorDefinitionBuilder,
    MeasureError, MinimiseFormula, MissingPolicy, PeriodBasis, Reading, Target, ZeroTarget,
};
use kinerja::period::Granularity;
use kinerja::prelude::*;
use kinerja::regulation::{
    permenpanrb_8_2021_values, permenpanrb_88_2021_sakip_grades, pp_30_2019_bands, pp_46_2011_bands,
};
use kinerja::scoring::Condition;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn id(text: &str) -> IndicatorId {
    IndicatorId::new(text).unwrap()
}

fn year() -> Period {
    "2026".parse().unwrap()
}

/// One indicator with a single yearly target, scored on one realisation.
fn score(
    polarity: Polarity,
    target: Target,
    realisation: &str,
    limits: AchievementLimits,
) -> Result<Option<Percent>, MeasureError> {
    let definition = IndicatorDefinition::builder(id("I"), "unit", polarity)
        .decimals(kinerja::measure::MAX_DECIMALS)
        .limits(limits)
        .zero_target(ZeroTarget::MetWhenReached)
        .target(year(), target)
        .build()
        .unwrap();
    let measured = Measurements::new([Realisation::new(id("I"), year(), d(realisation))]).unwrap();
    definition.achievement(year(), &measured)
}

fn value_target(polarity: Polarity, target: &str, realisation: &str) -> Decimal {
    score(
        polarity,
        Target::Value(d(target)),
        realisation,
        AchievementLimits::default(),
    )
    .unwrap()
    .unwrap()
    .value()
}

#[test]
fn maximise() {
    assert_eq!(value_target(Polarity::Maximise, "10", "8"), d("80"));
    assert_eq!(
        value_target(Polarity::Maximise, "3", "1"),
        d("100") / d("3")
    );
    let capped = score(
        Polarity::Maximise,
        Target::Value(d("10")),
        "15",
        AchievementLimits::capped(120),
    );
    assert_eq!(capped.unwrap().unwrap().value(), d("120"));
}

#[test]
fn minimise_linear_and_ratio() {
    let linear = Polarity::Minimise(MinimiseFormula::Linear);
    // (2 × 10 − 8) / 10 × 100 = 120
    assert_eq!(value_target(linear, "10", "8"), d("120"));
    // (20 − 25) / 10 × 100 = −50, floored at 0
    assert_eq!(value_target(linear, "10", "25"), d("0"));
    let ratio = Polarity::Minimise(MinimiseFormula::Ratio);
    assert_eq!(value_target(ratio, "10", "8"), d("125"));
    // R = 0: no ratio, unless a cap stands for "infinitely good"
    assert!(matches!(
        score(
            ratio,
            Target::Value(d("10")),
            "0",
            AchievementLimits::default()
        ),
        Err(MeasureError::ZeroRealisation { .. })
    ));
    let capped = score(
        ratio,
        Target::Value(d("10")),
        "0",
        AchievementLimits::capped(120),
    );
    assert_eq!(capped.unwrap().unwrap().value(), d("120"));
}

#[test]
fn pp46_time_and_cost_with_the_24_percent_boundary_exact() {
    let pp46 = Polarity::Minimise(MinimiseFormula::Pp46Efficiency);
    // On time: R = T = 12 months, e = 0: (1.76 × 12 − 12) / 12 × 100 = 76.
    assert_eq!(value_target(pp46, "12", "12"), d("76"));
    // e = 24 exactly at R = 0.76 × 12 = 9.12: (21.12 − 9.12) / 12 × 100 = 100.
    assert_eq!(value_target(pp46, "12", "9.12"), d("100"));
    // Just inside (R = 9.13, e < 24): (21.12 − 9.13) / 12 × 100 = 99.91666...
    assert_eq!(
        value_target(pp46, "12", "9.13"),
        (d("21.12") - d("9.13")) / d("12") * d("100")
    );
    // Just past (R = 9, e = 25): 76 − ((21.12 − 9) / 12 × 100 − 100) = 76 − 1 = 75.
    assert_eq!(value_target(pp46, "12", "9"), d("75"));
    // Not done (R = 0): 76 − (176 − 100) = 0.
    assert_eq!(value_target(pp46, "12", "0"), d("0"));
    // Late (R = 15): (21.12 − 15) / 12 × 100 = 51.
    assert_eq!(value_target(pp46, "12", "15"), d("51"));
}

#[test]
fn range_targets_follow_permenpanrb_8_2021() {
    // DOMAIN §3: a range is a kind of target; outside it the indicator's own formula is
    // applied against the nearer bound.
    let band = |low: &str, high: &str| Target::Band {
        low: d(low),
        high: d(high),
    };
    let range = |polarity, target, r| {
        score(polarity, target, r, AchievementLimits::default())
            .unwrap()
            .unwrap()
            .value()
    };
    let max = Polarity::Maximise;
    // Target 80-90: inside is 100; 92 is 92 / 90 = 102.22 % (not 97.78 %); 70 is 70 / 80.
    assert_eq!(range(max, band("80", "90"), "85"), d("100"));
    assert_eq!(range(max, band("80", "90"), "80"), d("100"));
    assert_eq!(range(max, band("80", "90"), "90"), d("100"));
    assert_eq!(range(max, band("80", "90"), "92"), d("9200") / d("90"));
    assert_eq!(range(max, band("80", "90"), "92").round_dp(2), d("102.22"));
    assert_eq!(range(max, band("80", "90"), "70"), d("87.5"));
    // A minimise indicator with a range: below it (2·lo − R) / lo, above it (2·hi − R) / hi.
    let linear = Polarity::Minimise(MinimiseFormula::Linear);
    assert_eq!(range(linear, band("5", "7"), "6"), d("100"));
    assert_eq!(range(linear, band("5", "7"), "4"), d("120"));
    assert_eq!(range(linear, band("5", "7"), "8"), d("600") / d("7"));
    // The ratio variant against the nearer bound: lo / R below, hi / R above.
    let ratio = Polarity::Minimise(MinimiseFormula::Ratio);
    assert_eq!(range(ratio, band("5", "7"), "4"), d("125"));
    assert_eq!(range(ratio, band("5", "7"), "10"), d("70"));
}

#[test]
fn stabilise_and_milestone() {
    let stabilise = Polarity::Stabilise { fall_off: d("10") };
    let keep = Target::Band {
        low: d("5"),
        high: d("7"),
    };
    let stable = |r| {
        score(stabilise, keep, r, AchievementLimits::default())
            .unwrap()
            .unwrap()
            .value()
    };
    assert_eq!(stable("6"), d("100"));
    assert_eq!(stable("8"), d("90"));
    assert_eq!(stable("3"), d("80"));
    assert_eq!(stable("100"), d("0"));
    assert_eq!(value_target(Polarity::Milestone, "1", "1"), d("100"));
    assert_eq!(value_target(Polarity::Milestone, "1", "0"), d("0"));
}

#[test]
fn zero_targets_when_declared_meaningful() {
    let linear = Polarity::Minimise(MinimiseFormula::Linear);
    assert_eq!(value_target(linear, "0", "0"), d("100"));
    assert_eq!(value_target(linear, "0", "2"), d("0"));
    assert_eq!(value_target(Polarity::Maximise, "0", "0"), d("100"));
    let refused = IndicatorDefinition::builder(id("I"), "temuan", linear)
        .target(year(), Target::Value(d("0")))
        .build()
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "indicator `I`, period 2026: a target of zero makes no ratio unless the indicator declares it met when reached"
    );
}

fn quarterly(
    basis: PeriodBasis,
    aggregation: Aggregation,
    missing: MissingPolicy,
    targets: [&str; 4],
) -> IndicatorDefinition {
    let mut builder = IndicatorDefinition::builder(id("Q"), "dokumen", Polarity::Maximise)
        .basis(basis)
        .aggregation(aggregation)
        .missing(missing);
    for (quarter, target) in Year::new(2026)
        .unwrap()
        .periods(Granularity::Quarter)
        .into_iter()
        .zip(targets)
    {
        builder = builder.target(quarter, Target::Value(d(target)));
    }
    builder.build().unwrap()
}

fn three_quarters(values: [&str; 3]) -> Measurements {
    let quarters = Year::new(2026).unwrap().periods(Granularity::Quarter);
    Measurements::new(
        quarters
            .into_iter()
            .zip(values)
            .map(|(q, v)| Realisation::new(id("Q"), q, d(v)).with_evidence(format!("doc-{q}"))),
    )
    .unwrap()
}

#[test]
fn periods_make_the_year() {
    let measured = three_quarters(["20", "25", "30"]);
    let per = ["25", "25", "25", "25"];
    // Q4 missing, counted as zero: 75 of 100.
    let zero = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Sum,
        MissingPolicy::Zero,
        per,
    );
    assert_eq!(
        zero.achievement(year(), &measured)
            .unwrap()
            .unwrap()
            .value(),
        d("75")
    );
    // Q4 left out with its target: 75 of 75.
    let drop = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Sum,
        MissingPolicy::DropOut,
        per,
    );
    assert_eq!(
        drop.achievement(year(), &measured)
            .unwrap()
            .unwrap()
            .value(),
        d("100")
    );
    // Mean of 20, 25, 30 against mean target 25: 100.
    let mean = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Mean,
        MissingPolicy::DropOut,
        per,
    );
    assert_eq!(
        mean.achievement(year(), &measured)
            .unwrap()
            .unwrap()
            .value(),
        d("100")
    );
    // Minimum 20 against 25: 80; maximum 30 against 25: 120.
    let min = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Min,
        MissingPolicy::DropOut,
        per,
    );
    assert_eq!(
        min.achievement(year(), &measured).unwrap().unwrap().value(),
        d("80")
    );
    let max = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Max,
        MissingPolicy::DropOut,
        per,
    );
    assert_eq!(
        max.achievement(year(), &measured).unwrap().unwrap().value(),
        d("120")
    );
    // Progressive cumulative targets 25, 50, 75, 100; to date after Q3: 30 of 75 = 40.
    let cumulative = quarterly(
        PeriodBasis::Cumulative,
        Aggregation::Last,
        MissingPolicy::DropOut,
        ["25", "50", "75", "100"],
    );
    assert_eq!(
        cumulative
            .achievement(year(), &measured)
            .unwrap()
            .unwrap()
            .value(),
        d("40")
    );
    // One quarter alone.
    let q2: Period = "2026-Q2".parse().unwrap();
    assert_eq!(
        zero.achievement(q2, &measured).unwrap().unwrap().value(),
        d("100")
    );
    // The first semester: 45 of 50.
    let s1: Period = "2026-S1".parse().unwrap();
    assert_eq!(
        zero.achievement(s1, &measured).unwrap().unwrap().value(),
        d("90")
    );
    // Nothing measured at all: the indicator drops out.
    let empty = Measurements::default();
    assert_eq!(drop.achievement(year(), &empty).unwrap(), None);
}

#[test]
fn an_annual_target_replaces_the_sum_for_the_year_only() {
    let definition = IndicatorDefinition::builder(id("Q"), "dokumen", Polarity::Maximise)
        .target("2026-S1".parse().unwrap(), Target::Value(d("10")))
        .target("2026-S2".parse().unwrap(), Target::Value(d("10")))
        .annual_target(Target::Value(d("16")))
        .build()
        .unwrap();
    let measured = Measurements::new([
        Realisation::new(id("Q"), "2026-S1".parse().unwrap(), d("8")),
        Realisation::new(id("Q"), "2026-S2".parse().unwrap(), d("8")),
    ])
    .unwrap();
    assert_eq!(
        definition
            .achievement(year(), &measured)
            .unwrap()
            .unwrap()
            .value(),
        d("100")
    );
    assert_eq!(
        definition
            .achievement("2026-S1".parse::<Period>().unwrap(), &measured)
            .unwrap()
            .unwrap()
            .value(),
        d("80")
    );
}

#[test]
fn scoring_errors_name_indicator_and_period() {
    let strict = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Sum,
        MissingPolicy::Error,
        ["25", "25", "25", "25"],
    );
    let measured = three_quarters(["20", "25", "30"]);
    assert_eq!(
        strict
            .achievement(year(), &measured)
            .unwrap_err()
            .to_string(),
        "indicator `Q`, period 2026-Q4: no realisation recorded"
    );
    let negative = three_quarters(["20", "-1", "30"]);
    assert_eq!(
        strict
            .achievement("2026-Q2".parse::<Period>().unwrap(), &negative)
            .unwrap_err(),
        MeasureError::NegativeRealisation {
            indicator: id("Q"),
            period: "2026-Q2".parse().unwrap(),
            value: d("-1")
        }
    );
    let monthly = Measurements::new([Realisation::new(
        id("Q"),
        "2026-05".parse().unwrap(),
        d("3"),
    )])
    .unwrap();
    assert_eq!(
        strict.achievement(year(), &monthly).unwrap_err(),
        MeasureError::UntargetedPeriod {
            indicator: id("Q"),
            period: "2026-05".parse().unwrap()
        }
    );
    assert_eq!(
        strict
            .achievement("2026-05".parse::<Period>().unwrap(), &measured)
            .unwrap_err(),
        MeasureError::NoTargetInScope {
            indicator: id("Q"),
            period: "2026-05".parse().unwrap()
        }
    );
    let duplicate = Measurements::new([
        Realisation::new(id("Q"), "2026-Q1".parse().unwrap(), d("1")),
        Realisation::new(id("Q"), "2026-Q1".parse().unwrap(), d("2")),
    ]);
    assert_eq!(
        duplicate.unwrap_err(),
        MeasureError::DuplicateRealisation {
            indicator: id("Q"),
            employee: None,
            period: "2026-Q1".parse().unwrap()
        }
    );
}

#[test]
fn definition_rules() {
    let rule = |builder: IndicatorDefinitionBuilder| match builder.build().unwrap_err() {
        MeasureError::InvalidDefinition { rule, .. } => rule,
        other => panic!("{other}"),
    };
    let base = || IndicatorDefinition::builder(id("I"), "unit", Polarity::Maximise);
    assert_eq!(rule(base()), DefinitionRule::NoTargets);
    assert_eq!(
        rule(
            IndicatorDefinition::builder(id("I"), " ", Polarity::Maximise)
                .target(year(), Target::Value(d("1")))
        ),
        DefinitionRule::BlankUnit
    );
    assert_eq!(
        rule(base().target(year(), Target::Value(d("-1")))),
        DefinitionRule::NegativeTarget
    );
    assert_eq!(
        rule(
            IndicatorDefinition::builder(id("I"), "u", Polarity::Stabilise { fall_off: d("1") })
                .target(year(), Target::Value(d("1")))
        ),
        DefinitionRule::TargetKind
    );
    assert_eq!(
        rule(base().target(
            year(),
            Target::Band {
                low: d("0"),
                high: d("2")
            }
        )),
        DefinitionRule::BandOrder
    );
    assert_eq!(
        rule(
            IndicatorDefinition::builder(id("I"), "u", Polarity::Milestone).target(
                year(),
                Target::Band {
                    low: d("1"),
                    high: d("2")
                }
            )
        ),
        DefinitionRule::TargetKind
    );
    assert_eq!(
        rule(
            base()
                .target("2026-Q1".parse().unwrap(), Target::Value(d("1")))
                .target(
                    "2026-Q2".parse().unwrap(),
                    Target::Band {
                        low: d("1"),
                        high: d("2")
                    }
                )
        ),
        DefinitionRule::MixedTargetKinds
    );
    assert_eq!(
        rule(
            IndicatorDefinition::builder(id("I"), "u", Polarity::Stabilise { fall_off: d("-1") })
                .target(
                    year(),
                    Target::Band {
                        low: d("1"),
                        high: d("2")
                    }
                )
        ),
        DefinitionRule::NegativeFallOff
    );
    assert_eq!(
        rule(
            base()
                .target("2026-Q1".parse().unwrap(), Target::Value(d("1")))
                .target("2026-02".parse().unwrap(), Target::Value(d("1")))
        ),
        DefinitionRule::MixedPeriods
    );
    assert_eq!(
        rule(
            base()
                .target("2026".parse().unwrap(), Target::Value(d("1")))
                .target("2027".parse().unwrap(), Target::Value(d("1")))
        ),
        DefinitionRule::MixedPeriods
    );
    assert_eq!(
        rule(
            base()
                .basis(PeriodBasis::Cumulative)
                .target(year(), Target::Value(d("1")))
        ),
        DefinitionRule::CumulativeNeedsLast
    );
    assert_eq!(
        rule(
            base()
                .limits(AchievementLimits {
                    floor: Percent::new(d("50")).unwrap(),
                    cap: Some(Percent::new(d("40")).unwrap())
                })
                .target(year(), Target::Value(d("1")))
        ),
        DefinitionRule::FloorAboveCap
    );
}

#[test]
fn permenpanrb_8_2021_values_by_hand() {
    let map = permenpanrb_8_2021_values();
    let v = |c: &str| map.value(d(c), false).unwrap();
    // 50 × 49 / 59 = 2450 / 59, one division
    assert_eq!(v("50"), d("2450") / d("59"));
    assert_eq!(v("59"), d("49"));
    assert_eq!(v("60"), d("50"));
    assert_eq!(v("79.5"), d("69.5"));
    assert_eq!(v("80"), d("70"));
    assert_eq!(v("90"), d("80"));
    assert_eq!(v("99"), d("89"));
    assert_eq!(v("99.5"), d("99"));
    assert_eq!(v("100"), d("109"));
    assert_eq!(v("100.5"), d("109.5"));
    assert_eq!(v("101"), d("110"));
    assert_eq!(v("105.5"), d("115"));
    assert_eq!(v("110"), d("120"));
    assert_eq!(v("150"), d("120"));
    assert_eq!(v("0"), d("0"));
    assert_eq!(map.value(d("100"), true).unwrap(), d("120"));
    assert!(map.value(d("-1"), false).is_err());
}

#[test]
fn rating_bands_by_hand() {
    let none = |_: Condition| false;
    let pp30 = pp_30_2019_bands();
    let rate = |x: &str| *pp30.classify(d(x), none).unwrap().label;
    assert_eq!(rate("49.99"), Pp30Rating::VeryPoor);
    assert_eq!(rate("50"), Pp30Rating::Poor);
    assert_eq!(rate("89.99"), Pp30Rating::Fair);
    assert_eq!(rate("90"), Pp30Rating::Good);
    assert_eq!(rate("120"), Pp30Rating::Good);
    assert_eq!(
        *pp30
            .classify(d("110"), |c| c == Condition::Innovation)
            .unwrap()
            .label,
        Pp30Rating::VeryGood
    );
    assert!(pp30.classify(d("110"), none).unwrap().fell_back);
    assert!(pp30.classify(d("120.01"), none).is_err());
    let pp46 = pp_46_2011_bands();
    let rate46 = |x: &str| *pp46.classify(d(x), none).unwrap().label;
    assert_eq!(rate46("50"), Pp46Rating::Bad);
    assert_eq!(rate46("50.01"), Pp46Rating::Poor);
    assert_eq!(rate46("75"), Pp46Rating::Fair);
    assert_eq!(rate46("90"), Pp46Rating::Good);
    assert_eq!(rate46("90.5"), Pp46Rating::VeryGood);
    assert_eq!(rate46("130"), Pp46Rating::VeryGood);
    let sakip = permenpanrb_88_2021_sakip_grades();
    let grade = |x: &str| *sakip.classify(d(x), none).unwrap().label;
    assert_eq!(grade("30"), SakipGrade::D);
    assert_eq!(grade("30.01"), SakipGrade::C);
    assert_eq!(grade("60"), SakipGrade::CC);
    assert_eq!(grade("90"), SakipGrade::A);
    assert_eq!(grade("90.01"), SakipGrade::AA);
    assert_eq!(grade("100"), SakipGrade::AA);
}

#[test]
fn the_trace_records_every_step() {
    let definition = quarterly(
        PeriodBasis::PerPeriod,
        Aggregation::Sum,
        MissingPolicy::Zero,
        ["25", "25", "25", "25"],
    );
    let trace = definition
        .explain_achievement(year(), &three_quarters(["20", "25", "30"]))
        .unwrap();
    assert_eq!(trace.periods.len(), 4);
    assert_eq!(trace.periods[0].evidence.as_deref(), Some("doc-2026-Q1"));
    assert_eq!(trace.periods[3].reading, Reading::MissingAsZero);
    assert_eq!(trace.target, Some(Target::Value(d("100"))));
    assert_eq!(trace.realisation, Some(d("75")));
    assert_eq!(trace.achievement.map(Percent::value), Some(d("75")));
    let json = serde_json::to_string(&trace).unwrap();
    assert_eq!(
        serde_json::from_str::<AchievementTrace>(&json).unwrap(),
        trace
    );
}

#[test]
fn overflow_names_the_indicator_and_period() {
    let huge = Decimal::MAX.to_string();
    let error = score(
        Polarity::Maximise,
        Target::Value(d("0.001")),
        &huge,
        AchievementLimits::default(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "indicator `I`, period 2026: the achievement formula left the range of exact decimals"
    );
}
