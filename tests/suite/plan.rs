//! Scoring plans: two levels of weights, the policies, and the explanation an employee reads.

use kinerja::evaluation::Pp30Rating;
use kinerja::measure::{AchievementLimits, MinimiseFormula, MissingPolicy, Target};
use kinerja::prelude::*;
use kinerja::regulation::pp_30_2019_bands;
use kinerja::scoring::{
    BandGoal, InverseQuery, Part, PlannedIndicator, PlannedResult, ScoringError, Weighed,
};
use rust_decimal::Decimal;

fn d(v: i64) -> Decimal {
    Decimal::from(v)
}

fn q1() -> Period {
    "2026-Q1".parse().unwrap()
}

fn define(
    id: &str,
    unit: &str,
    polarity: Polarity,
    target: i64,
    missing: MissingPolicy,
) -> IndicatorDefinition {
    IndicatorDefinition::builder(IndicatorId::new(id).unwrap(), unit, polarity)
        .limits(AchievementLimits::capped(120))
        .missing(missing)
        .target(q1(), Target::Value(d(target)))
        .build()
        .unwrap()
}

fn result(
    node: &str,
    weight: i64,
    policy: WeightPolicy,
    indicators: Vec<(i64, IndicatorDefinition)>,
) -> PlannedResult {
    PlannedResult {
        node: NodeId::new(node).unwrap(),
        weight: d(weight),
        policy,
        indicators: indicators
            .into_iter()
            .map(|(w, definition)| PlannedIndicator {
                weight: d(w),
                definition,
            })
            .collect(),
    }
}

/// R1 (60 %): documents, 8 of 10 = 80 %. R2 (40 %): days to answer a complaint, 4 against
/// 5, lower is better: (2 × 5 − 4) / 5 = 120 %. Plan: 0.6 × 80 + 0.4 × 120 = 96 %.
fn worked_plan() -> (ScoringPlan, Measurements) {
    let plan = ScoringPlan::new(
        WeightPolicy::Strict,
        vec![
            result(
                "R1",
                60,
                WeightPolicy::Normalise,
                vec![(
                    1,
                    define(
                        "IKI-A",
                        "dokumen",
                        Polarity::Maximise,
                        10,
                        MissingPolicy::Error,
                    ),
                )],
            ),
            result(
                "R2",
                40,
                WeightPolicy::Normalise,
                vec![(
                    1,
                    define(
                        "IKI-B",
                        "hari",
                        Polarity::Minimise(MinimiseFormula::Linear),
                        5,
                        MissingPolicy::Error,
                    ),
                )],
            ),
        ],
    )
    .unwrap();
    let measured = Measurements::new([
        Realisation::new(IndicatorId::new("IKI-A").unwrap(), q1(), d(8)).with_evidence("DOC-1"),
        Realisation::new(IndicatorId::new("IKI-B").unwrap(), q1(), d(4)),
    ])
    .unwrap();
    (plan, measured)
}

#[test]
fn a_plan_worked_by_hand_and_its_explanation() {
    let (plan, measured) = worked_plan();
    assert_eq!(plan.achievement(q1(), &measured).unwrap().value(), d(96));
    let explained = plan
        .explain(q1(), &measured, Rounding::default())
        .unwrap()
        .with_band(&pp_30_2019_bands(), |_| false)
        .unwrap();
    let text = explained.render(Language::English);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Achievement first quarter 2026: 96.00 % (exact: 96; reported half-up to 2 decimals)"
    );
    assert_eq!(lines[1], "Weights: strict (weights total 100)");
    assert_eq!(lines[2], "- Result R1: 80.00 % (weight 60, share 60.00 %)");
    assert_eq!(
        lines[3],
        "  - Indicator IKI-A [dokumen]: 80.00 % (weight 1, share 100.00 %)"
    );
    assert_eq!(
        lines[4],
        "      first quarter 2026: target 10, realisation 8 [evidence: DOC-1]"
    );
    assert_eq!(
        lines[5],
        "      sum: target 10, realisation 8; R ÷ T × 100 = 80.00"
    );
    assert_eq!(lines[6], "- Result R2: 120.00 % (weight 40, share 40.00 %)");
    assert_eq!(
        lines[8],
        "      first quarter 2026: target 5, realisation 4"
    );
    assert_eq!(
        lines[9],
        "      sum: target 5, realisation 4; (2T − R) ÷ T × 100 = 120.00"
    );
    assert_eq!(lines[10], "Band: good [90; 110)");
    let indonesian = explained.render(Language::Indonesian);
    assert!(indonesian.starts_with(
        "Capaian kinerja Triwulan I 2026: 96,00 % (nilai tepat: 96; pembulatan setengah ke atas, 2 desimal)"
    ));
    assert!(indonesian.contains("[bukti: DOC-1]"));
    assert!(indonesian.ends_with("Kategori: Baik [90; 110)\n"));
}

/// A band's bounds are written with the language's decimal mark and parted by a semicolon,
/// so that `[89,5; 90)` cannot be misread in Indonesian as a list of three numbers.
#[test]
fn a_band_interval_is_written_in_the_reader_s_language() {
    use kinerja::scoring::{Band, Bound};
    let bound = |value: &str, inclusive| Bound {
        value: value.parse().unwrap(),
        inclusive,
    };
    let band = Band {
        label: "Cukup",
        lower: Some(bound("89.5", true)),
        upper: Some(bound("1000", false)),
        requires: None,
    };
    assert_eq!(band.interval(Language::Indonesian), "[89,5; 1.000)");
    assert_eq!(band.interval(Language::English), "[89.5; 1,000)");
    assert_eq!(band.to_string(), "[89.5; 1,000)");
    let open = Band {
        label: "Sangat Baik",
        lower: Some(bound("110", true)),
        upper: None,
        requires: None,
    };
    assert_eq!(open.interval(Language::Indonesian), "[110; +∞)");
}

#[test]
fn weights_are_checked_when_the_plan_is_made() {
    let a = || {
        define(
            "IKI-A",
            "dokumen",
            Polarity::Maximise,
            10,
            MissingPolicy::Error,
        )
    };
    let strict_90 = ScoringPlan::new(
        WeightPolicy::Strict,
        vec![result("R1", 90, WeightPolicy::Normalise, vec![(1, a())])],
    );
    assert_eq!(
        strict_90.unwrap_err(),
        ScoringError::WeightsNotWhole {
            of: Weighed::Plan,
            total: d(90)
        }
    );
    let negative = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![result("R1", 1, WeightPolicy::Normalise, vec![(-1, a())])],
    );
    assert!(matches!(
        negative.unwrap_err(),
        ScoringError::NegativeWeight { .. }
    ));
    let zero = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![result("R1", 0, WeightPolicy::Normalise, vec![(1, a())])],
    );
    assert_eq!(
        zero.unwrap_err(),
        ScoringError::AllZeroWeights { of: Weighed::Plan }
    );
    let empty = ScoringPlan::new(WeightPolicy::Normalise, vec![]);
    assert_eq!(
        empty.unwrap_err(),
        ScoringError::EmptySet { of: Weighed::Plan }
    );
    let no_indicators = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![result("R1", 1, WeightPolicy::Normalise, vec![])],
    );
    assert_eq!(
        no_indicators.unwrap_err(),
        ScoringError::EmptySet {
            of: Weighed::Indicators(NodeId::new("R1").unwrap())
        }
    );
    let twice = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![
            result("R1", 1, WeightPolicy::Normalise, vec![(1, a())]),
            result("R2", 1, WeightPolicy::Normalise, vec![(1, a())]),
        ],
    );
    assert_eq!(
        twice.unwrap_err().to_string(),
        "indicator `IKI-A` appears more than once in the plan"
    );
}

#[test]
fn missing_parts_drop_out_only_where_the_policy_allows() {
    let dropping = |id| {
        define(
            id,
            "dokumen",
            Polarity::Maximise,
            10,
            MissingPolicy::DropOut,
        )
    };
    let measured = Measurements::new([Realisation::new(
        IndicatorId::new("IKI-A").unwrap(),
        q1(),
        d(5),
    )])
    .unwrap();
    // IKI-B is not measured and drops out: the result is IKI-A alone, 50 %.
    let renormalise = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![result(
            "R1",
            1,
            WeightPolicy::RenormalisePresent,
            vec![(1, dropping("IKI-A")), (3, dropping("IKI-B"))],
        )],
    )
    .unwrap();
    assert_eq!(
        renormalise.achievement(q1(), &measured).unwrap().value(),
        d(50)
    );
    let explained = renormalise
        .explain(q1(), &measured, Rounding::default())
        .unwrap();
    assert_eq!(
        explained.results[0].indicators[0].share.map(Weight::value),
        Some(d(100))
    );
    assert_eq!(explained.results[0].indicators[1].share, None);
    // Under normalise the same gap is an error naming the indicator.
    let normalise = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![result(
            "R1",
            1,
            WeightPolicy::Normalise,
            vec![(1, dropping("IKI-A")), (3, dropping("IKI-B"))],
        )],
    )
    .unwrap();
    assert_eq!(
        normalise
            .achievement(q1(), &measured)
            .unwrap_err()
            .to_string(),
        "indicator `IKI-B` has no value and the normalise weight policy does not let it drop out"
    );
    // Nothing measured at all: the result drops out, which the plan's normalise policy
    // refuses; under renormalise-present the plan has nothing to score.
    let nothing = renormalise
        .achievement(q1(), &Measurements::default())
        .unwrap_err();
    assert_eq!(
        nothing,
        ScoringError::MissingPart {
            part: Part::Result(NodeId::new("R1").unwrap()),
            policy: WeightPolicy::Normalise
        }
    );
    let all_renormalised = ScoringPlan::new(
        WeightPolicy::RenormalisePresent,
        renormalise.results().to_vec(),
    )
    .unwrap();
    let nothing = all_renormalised
        .achievement(q1(), &Measurements::default())
        .unwrap_err();
    assert_eq!(nothing, ScoringError::NothingMeasured { of: Weighed::Plan });
}

#[test]
fn what_it_takes_to_reach_good() {
    let (plan, measured) = worked_plan();
    // 96 is Fair+? No: 96 is Good already. Ask what IKI-A needs for Good (band 3, [90, 110))
    // if R2 scores 120: 0.6 × a + 48 ≥ 90 ⇔ a ≥ 70 ⇔ R ≥ 7 documents.
    let table = pp_30_2019_bands();
    let query = InverseQuery {
        indicator: IndicatorId::new("IKI-A").unwrap(),
        period: q1(),
        step: Decimal::ONE,
        rounding: Rounding::default(),
    };
    let needed = plan
        .required_realisation(
            q1(),
            &measured,
            &query,
            BandGoal::label(&table, &Pp30Rating::Good).unwrap(),
            |_| false,
        )
        .unwrap();
    assert_eq!(needed.least(), d(7));
    // More documents only help (up to the cap): no upper end.
    assert_eq!(needed.greatest(), None);
    // Minimise: the most days IKI-B may take for Good, with 8 documents (a = 80): 48 + 0.4 × b ≥ 90 ⇔
    // b ≥ 105 ⇔ (10 − R) / 5 × 100 ≥ 105 ⇔ R ≤ 4.75, so 4 whole days (4.75 on a 0.25 grid).
    let days = InverseQuery {
        indicator: IndicatorId::new("IKI-B").unwrap(),
        step: Decimal::ONE,
        ..query.clone()
    };
    assert_eq!(
        plan.required_realisation(
            q1(),
            &measured,
            &days,
            BandGoal::label(&table, &Pp30Rating::Good).unwrap(),
            |_| false
        )
        .unwrap()
        .greatest(),
        Some(d(4))
    );
    let quarter_days = InverseQuery {
        step: Decimal::new(25, 2),
        ..days
    };
    assert_eq!(
        plan.required_realisation(
            q1(),
            &measured,
            &quarter_days,
            BandGoal::label(&table, &Pp30Rating::Good).unwrap(),
            |_| false
        )
        .unwrap()
        .greatest(),
        Some(Decimal::new(475, 2))
    );
    // Very good needs an innovation; without one no realisation reaches it.
    let unreachable = plan.required_realisation(
        q1(),
        &measured,
        &query,
        BandGoal::label(&table, &Pp30Rating::VeryGood).unwrap(),
        |_| false,
    );
    assert!(matches!(unreachable, Err(ScoringError::Unreachable { .. })));
}
