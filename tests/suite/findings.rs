//! Regressions of the outside fuzzing run (issue 12): each finding, reproduced as it was
//! reported, and the law that keeps it fixed.

use kinerja::Cascade;
use kinerja::cascade::{CascadeBuilder, CascadeLimits};
use kinerja::id::IndicatorId;
use kinerja::measure::{
    AchievementLimits, Clamp, IndicatorDefinition, Measurements, MinimiseFormula, Polarity,
    Realisation, Target,
};
use kinerja::num::{Percent, Rounding, RoundingMode};
use kinerja::period::Period;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn golden(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/accepted")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

// Finding 4: a document can raise its own limits.

#[test]
fn a_document_cannot_name_its_limits() {
    let mut doc: serde_json::Value = serde_json::from_str(&golden("cascade__small.json")).unwrap();
    doc["limits"] = serde_json::json!({"max_depth": 32, "max_nodes": u64::MAX});
    let refused = serde_json::from_value::<Cascade>(doc)
        .unwrap_err()
        .to_string();
    assert!(refused.starts_with("unknown field `limits`"), "{refused}");
}

#[test]
fn the_caller_sets_the_limits_of_a_document() {
    let builder: CascadeBuilder = serde_json::from_str(&golden("cascade__small.json")).unwrap();
    let cascade = builder.clone().build().unwrap();
    assert_eq!(cascade.limits(), CascadeLimits::default());
    // The small cascade has 12 nodes: a caller's limit of 6 refuses it.
    let tight = builder
        .limits(CascadeLimits::default().with_max_nodes(6))
        .build();
    assert!(tight.is_err());
    // Written back, the limits stay out of the document.
    let written = serde_json::to_value(&cascade).unwrap();
    assert!(written.get("limits").is_none());
}

// Finding 6: an error where the rules define the answer.

fn single(polarity: Polarity, target: Decimal, limits: AchievementLimits) -> IndicatorDefinition {
    let q1: Period = "2026-Q1".parse().unwrap();
    IndicatorDefinition::builder(IndicatorId::new("IKI-1").unwrap(), "unit", polarity)
        .decimals(kinerja::measure::MAX_DECIMALS)
        .target(q1, Target::Value(target))
        .limits(limits)
        .build()
        .unwrap()
}

fn achieved(
    definition: &IndicatorDefinition,
    realisation: Decimal,
) -> Option<(Percent, Option<Clamp>)> {
    let q1: Period = "2026-Q1".parse().unwrap();
    let measured =
        Measurements::new([Realisation::new(definition.id().clone(), q1, realisation)]).unwrap();
    let explained = definition.explain_achievement(q1, &measured).unwrap();
    Some((explained.achievement?, explained.clamped))
}

#[test]
fn the_cap_answers_beyond_the_decimal_range() {
    let tiny = Decimal::new(1, 28);
    // 100 × 1 / 10⁻²⁸ = 10³⁰ %, beyond `Decimal`: the cap of 120 % is the answer.
    let maximise = single(Polarity::Maximise, tiny, AchievementLimits::capped(120));
    assert_eq!(
        achieved(&maximise, Decimal::ONE),
        Some((Percent::whole(120), Some(Clamp::Cap)))
    );
    // (2 × 10⁻²⁸ − 1) × 100 / 10⁻²⁸ is about −10³⁰ %: the floor (0 %).
    let minimise = single(
        Polarity::Minimise(MinimiseFormula::Linear),
        tiny,
        AchievementLimits::default(),
    );
    assert_eq!(
        achieved(&minimise, Decimal::ONE),
        Some((Percent::ZERO, Some(Clamp::Floor)))
    );
    // Without a cap nothing answers for a figure above the range: still an error.
    let uncapped = single(Polarity::Maximise, tiny, AchievementLimits::default());
    let q1: Period = "2026-Q1".parse().unwrap();
    let measured =
        Measurements::new([Realisation::new(uncapped.id().clone(), q1, Decimal::ONE)]).unwrap();
    assert!(uncapped.explain_achievement(q1, &measured).is_err());
}

proptest! {
    /// With a cap, a maximise or linear-minimise indicator always has an achievement,
    /// between floor and cap, whatever its positive target and its (non-negative)
    /// realisation.
    #[test]
    fn capped_indicators_always_answer(
        target in (1..u64::MAX, 0..29u32).prop_map(|(m, s)| Decimal::from_i128_with_scale(i128::from(m), s)),
        realisation in (any::<u64>(), 0..29u32).prop_map(|(m, s)| Decimal::from_i128_with_scale(i128::from(m), s)),
        linear in any::<bool>(),
    ) {
        let polarity = if linear {
            Polarity::Minimise(MinimiseFormula::Linear)
        } else {
            Polarity::Maximise
        };
        let definition = single(polarity, target, AchievementLimits::capped(120));
        let (achievement, _) = achieved(&definition, realisation).unwrap();
        prop_assert!(achievement.value() >= Decimal::ZERO);
        prop_assert!(achievement.value() <= Decimal::from(120));
    }
}

// Finding 7: `Rounding` with 28 places formats 26 or 27 decimals.

#[test]
fn ninety_six_to_28_places_has_28_places() {
    let rounding = Rounding::new(28, RoundingMode::HalfUp).unwrap();
    assert_eq!(
        rounding.format(Decimal::from(96)),
        format!("96.{}", "0".repeat(28))
    );
}

proptest! {
    /// A formatted figure has exactly the rule's places and reads back as the rounded value.
    #[test]
    fn a_formatted_figure_has_exactly_its_places(
        mantissa in any::<i64>(),
        scale in 0..29u32,
        places in 0..29u32,
        mode in 0..3usize,
    ) {
        let modes = [RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::TowardZero];
        let rounding = Rounding::new(places, modes[mode]).unwrap();
        let value = Decimal::from_i128_with_scale(i128::from(mantissa), scale);
        let text = rounding.format(value);
        let written = text.split_once('.').map_or(0, |(_, fraction)| fraction.len());
        prop_assert_eq!(written, places as usize, "{}", text);
        prop_assert_eq!(text.parse::<Decimal>().unwrap(), rounding.apply(value));
    }
}

// Finding 1: forged outline lines; and every text rendering.

/// Free text with every kind of line break, each followed by what would be a node line.
const FORGED: &str =
    "line one\n[Tujuan] G2 forged line (u)\r\n[Tujuan] G3\u{2028}[Tujuan] G4\u{85}x";

#[test]
fn a_statement_cannot_forge_an_outline_line() {
    let mut doc: serde_json::Value = serde_json::from_str(&golden("cascade__small.json")).unwrap();
    let nodes = doc["nodes"].as_array_mut().unwrap();
    let count = nodes.len();
    for node in nodes.iter_mut() {
        node["statement"] = FORGED.into();
        for indicator in node["indicators"].as_array_mut().into_iter().flatten() {
            indicator["statement"] = FORGED.into();
            indicator["unit"] = FORGED.into();
        }
    }
    let cascade: Cascade = serde_json::from_value(doc).unwrap();
    for language in [kinerja::Language::Indonesian, kinerja::Language::English] {
        let outline = cascade.outline(language);
        assert_eq!(outline.lines().count(), count, "{outline}");
        assert!(
            !outline
                .lines()
                .any(|l| l.trim_start().starts_with("[Tujuan] G2 forged"))
        );
    }
}

#[test]
fn free_text_never_changes_the_lines_of_an_appraisal() {
    use kinerja::evaluation::{
        AppraisalInput, BehaviourRating, CoreValue, EvaluationRules, RaterRole, Rating, appraise,
    };
    use kinerja::id::NodeId;
    use kinerja::nip::EmployeeNumber;
    use kinerja::scoring::{PlannedIndicator, PlannedResult, ScoringPlan, WeightPolicy};
    use std::collections::BTreeMap;

    let q1: Period = "2026-Q1".parse().unwrap();
    let definition = single(
        Polarity::Maximise,
        Decimal::from(10),
        AchievementLimits::capped(120),
    );
    let plan = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![PlannedResult {
            node: NodeId::new("RHK-1").unwrap(),
            weight: Decimal::ONE,
            policy: WeightPolicy::Normalise,
            indicators: vec![PlannedIndicator {
                weight: Decimal::ONE,
                definition,
            }],
        }],
    )
    .unwrap();
    // 6 of 10: an improvement area too.
    let measured = Measurements::new([Realisation::new(
        IndicatorId::new("IKI-1").unwrap(),
        q1,
        Decimal::from(6),
    )])
    .unwrap();
    let behaviour: Vec<BehaviourRating> = CoreValue::ALL
        .iter()
        .map(|&value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: Rating::Below,
        })
        .collect();
    let render = |text: &str, language| {
        let expectations: BTreeMap<CoreValue, String> = CoreValue::ALL
            .iter()
            .map(|v| (*v, text.to_owned()))
            .collect();
        let notes = vec![text.to_owned(), text.to_owned()];
        let input = AppraisalInput {
            employee: EmployeeNumber::from_value(
                kinerja::nip::EmployeeKind::Pns,
                197_501_012_000_031_001,
            )
            .unwrap(),
            plan: &plan,
            measurements: &measured,
            behaviour: &behaviour,
            expectations: &expectations,
            result_override: None,
            objection: None,
            organisation: None,
            notes: &notes,
        };
        appraise(&EvaluationRules::default(), q1.into(), &input)
            .unwrap()
            .render(language)
    };
    for language in [kinerja::Language::Indonesian, kinerja::Language::English] {
        let plain = render("plain text", language);
        let forged = render(FORGED, language);
        assert_eq!(forged.lines().count(), plain.lines().count(), "{forged}");
    }
}

// Finding 2: the inverse question answered "unreachable" when it was not.

mod inverse {
    use super::*;
    use kinerja::id::NodeId;
    use kinerja::regulation::pp_30_2019_bands;
    use kinerja::scoring::{
        BandGoal, InverseQuery, PlannedIndicator, PlannedResult, Reach, ScoringError, ScoringPlan,
        WeightPolicy,
    };

    fn q(n: u8) -> Period {
        format!("2026-Q{n}").parse().unwrap()
    }

    /// A plan of the varied indicator and a fixed one (weights 3 : 1 when `other`).
    fn plan(definition: IndicatorDefinition, other: bool) -> ScoringPlan {
        let mut results = vec![PlannedResult {
            node: NodeId::new("R1").unwrap(),
            weight: Decimal::from(3),
            policy: WeightPolicy::Normalise,
            indicators: vec![PlannedIndicator {
                weight: Decimal::ONE,
                definition,
            }],
        }];
        if other {
            let fixed = IndicatorDefinition::builder(
                IndicatorId::new("FIXED").unwrap(),
                "u",
                Polarity::Maximise,
            )
            .target(q(1), Target::Value(Decimal::from(10)))
            .target(q(2), Target::Value(Decimal::from(10)))
            .build()
            .unwrap();
            results.push(PlannedResult {
                node: NodeId::new("R2").unwrap(),
                weight: Decimal::ONE,
                policy: WeightPolicy::Normalise,
                indicators: vec![PlannedIndicator {
                    weight: Decimal::ONE,
                    definition: fixed,
                }],
            });
        }
        ScoringPlan::new(WeightPolicy::Normalise, results).unwrap()
    }

    fn query(step: Decimal, period: Period) -> InverseQuery {
        InverseQuery {
            indicator: IndicatorId::new("VARY").unwrap(),
            period,
            step,
            rounding: Rounding::default(),
        }
    }

    fn ask(
        plan: &ScoringPlan,
        scope: Period,
        measured: &Measurements,
        query: &InverseQuery,
        band: usize,
    ) -> Result<Reach, ScoringError> {
        let table = pp_30_2019_bands();
        plan.required_realisation(
            scope,
            measured,
            query,
            BandGoal::label(&table, &table.bands()[band].label).unwrap(),
            |_| false,
        )
    }

    #[test]
    fn the_pp46_band_holding_100_is_reached_between_76_and_86() {
        // Target 100: 76 gives 100 %, 75 gives 75 %, 86 gives 90 %, 87 gives 89 %.
        let definition = IndicatorDefinition::builder(
            IndicatorId::new("VARY").unwrap(),
            "hari",
            Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
        )
        .target(q(1), Target::Value(Decimal::from(100)))
        .build()
        .unwrap();
        let plan = plan(definition, false);
        let reach = ask(
            &plan,
            q(1),
            &Measurements::default(),
            &query(Decimal::ONE, q(1)),
            3,
        )
        .unwrap();
        assert_eq!(reach.least(), Decimal::from(76));
        assert_eq!(reach.greatest(), Some(Decimal::from(86)));
        assert_eq!(reach.runs.len(), 1);
    }

    #[test]
    fn the_lowest_band_of_a_minimise_indicator_is_always_reached() {
        let definition = IndicatorDefinition::builder(
            IndicatorId::new("VARY").unwrap(),
            "hari",
            Polarity::Minimise(MinimiseFormula::Linear),
        )
        .target(q(1), Target::Value(Decimal::from(5)))
        .build()
        .unwrap();
        let plan = plan(definition, false);
        let reach = ask(
            &plan,
            q(1),
            &Measurements::default(),
            &query(Decimal::ONE, q(1)),
            0,
        )
        .unwrap();
        assert_eq!(reach.least(), Decimal::ZERO);
        assert_eq!(reach.greatest(), None);
    }

    /// A drawn indicator: polarity, target (and a band's width), cap, aggregation over two
    /// quarters, the other quarter's realisation.
    #[derive(Debug, Clone)]
    struct Drawn {
        polarity: u8,
        target: i64,
        width: i64,
        cap: bool,
        other_quarter: Option<i64>,
        other_indicator: Option<i64>,
        half_steps: bool,
        band: usize,
    }

    fn drawn() -> impl Strategy<Value = Drawn> {
        (
            0..7u8,
            1..40i64,
            0..20i64,
            any::<bool>(),
            prop::option::of(0..60i64),
            prop::option::of(0..15i64),
            any::<bool>(),
            0..5usize,
        )
            .prop_map(
                |(
                    polarity,
                    target,
                    width,
                    cap,
                    other_quarter,
                    other_indicator,
                    half_steps,
                    band,
                )| Drawn {
                    polarity,
                    target,
                    width,
                    cap,
                    other_quarter,
                    other_indicator,
                    half_steps,
                    band,
                },
            )
    }

    impl Drawn {
        fn polarity(&self) -> Polarity {
            match self.polarity {
                0 => Polarity::Maximise,
                1 => Polarity::Minimise(MinimiseFormula::Linear),
                2 => Polarity::Minimise(MinimiseFormula::Ratio),
                3 | 4 => Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
                5 => Polarity::Stabilise {
                    fall_off: Decimal::from(3),
                },
                _ => Polarity::Milestone,
            }
        }

        /// Bands for stabilise, and for PP 46 one time in two (the rule with two peaks).
        fn target(&self) -> Target {
            let t = Decimal::from(self.target);
            if self.polarity == 5 || self.polarity == 4 {
                Target::Band {
                    low: t,
                    high: t + Decimal::from(self.width),
                }
            } else {
                Target::Value(t)
            }
        }

        fn definition(&self) -> IndicatorDefinition {
            let mut builder = IndicatorDefinition::builder(
                IndicatorId::new("VARY").unwrap(),
                "u",
                self.polarity(),
            )
            .target(q(1), self.target())
            .target(q(2), self.target());
            if self.cap {
                builder = builder.limits(AchievementLimits::capped(120));
            }
            builder.build().unwrap()
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The answer is exactly the set brute force finds, step by step, over a range that
        /// passes every turning point.
        #[test]
        fn the_answer_is_what_brute_force_finds(case in drawn()) {
            let plan = plan(case.definition(), case.other_indicator.is_some());
            let step = if case.half_steps { Decimal::new(5, 1) } else { Decimal::ONE };
            // The year over both quarters when the other quarter is recorded, else Q1 alone.
            let (scope, mut realisations): (kinerja::period::Span, Vec<Realisation>) = match case.other_quarter {
                Some(r) => (
                    kinerja::period::Span::months(kinerja::period::Year::new(2026).unwrap(), 1, 6).unwrap(),
                    vec![Realisation::new(IndicatorId::new("VARY").unwrap(), q(2), Decimal::from(r))],
                ),
                None => (q(1).into(), Vec::new()),
            };
            if let Some(r) = case.other_indicator {
                for period in [q(1), q(2)] {
                    realisations.push(Realisation::new(IndicatorId::new("FIXED").unwrap(), period, Decimal::from(r)));
                }
            }
            let measured = Measurements::new(realisations.clone()).unwrap();
            let query = query(step, q(1));
            let table = pp_30_2019_bands();
            let brute = |k: i64| -> bool {
                let mut probe = realisations.clone();
                probe.push(Realisation::new(IndicatorId::new("VARY").unwrap(), q(1), Decimal::from(k) * step));
                match plan.achievement(scope, &Measurements::new(probe).unwrap()) {
                    Ok(a) => table.rank(Rounding::default().apply(a.value()), |_| false) >= Some(case.band),
                    Err(_) => false,
                }
            };
            let answer = plan.required_realisation(scope, &measured, &query, BandGoal::label(&table, &table.bands()[case.band].label).unwrap(), |_| false);
            // Every turning point lies below 2 × (40 + 20) + 60: beyond it nothing changes
            // direction, so the last few steps tell an end from no end.
            let range = 600;
            match answer {
                Ok(reach) => {
                    for k in 0..range {
                        prop_assert_eq!(reach.contains(Decimal::from(k) * step), brute(k), "k = {}, {:?}", k, reach);
                    }
                    if reach.greatest().is_none() {
                        prop_assert!(brute(10 * range));
                    }
                }
                Err(ScoringError::Unreachable { .. }) => {
                    for k in 0..range {
                        prop_assert!(!brute(k), "k = {} reaches", k);
                    }
                }
                Err(other) => prop_assert!(false, "{}", other),
            }
        }
    }
}

// Finding 5: loose decimal text.

#[test]
fn decimal_text_has_one_grammar() {
    use kinerja::evaluation::RaterWeights;
    let weights = |superior: &str| {
        serde_json::from_str::<RaterWeights>(&format!(
            r#"{{"superior": "{superior}", "peer": "20", "subordinate": "20"}}"#
        ))
    };
    assert!(weights("60").is_ok());
    assert!(weights("60.0").is_ok());
    let zeros = format!("{}60", "0".repeat(44));
    for loose in ["6_0", "60_", "+60", ".60e2", "60.", &zeros, " 60"] {
        assert!(weights(loose).is_err(), "{loose} was read");
    }
    let measured = |value: &str| {
        serde_json::from_str::<Measurements>(&format!(
            r#"[{{"indicator": "IKI-1", "period": "2026-Q1", "value": "{value}"}}]"#
        ))
    };
    assert!(measured("1000").is_ok(), "{:?}", measured("1000"));
    assert!(measured("1_000").is_err());
    assert!(measured(".5").is_err());
}

#[test]
fn a_record_is_an_object_never_an_array() {
    use kinerja::agreement::Amendment;
    // Each array below is what serde's derived reader takes by position unless told otherwise.
    let limits = serde_json::from_str::<AchievementLimits>(r#"{"floor": "0", "cap": "120"}"#);
    assert!(limits.is_ok(), "{limits:?}");
    let by_position = serde_json::from_str::<AchievementLimits>(r#"["0", "120"]"#);
    assert!(
        by_position
            .unwrap_err()
            .to_string()
            .contains("invalid type: sequence")
    );
    let tagged =
        r#"{"change": "target", "indicator": "I", "period": "2026", "target": {"value": "16"}}"#;
    assert!(serde_json::from_str::<Amendment>(tagged).is_ok());
    let tagged_by_position = r#"["target", "I", "2026", {"value": "16"}]"#;
    assert!(serde_json::from_str::<Amendment>(tagged_by_position).is_err());
    let variant = r#"{"stabilise": {"fall_off": "5"}}"#;
    assert!(serde_json::from_str::<Polarity>(variant).is_ok());
    let variant_by_position = r#"{"stabilise": ["5"]}"#;
    assert!(serde_json::from_str::<Polarity>(variant_by_position).is_err());
}

// Finding 3: duplicate keys silently dropped.

#[test]
fn a_repeated_key_is_refused_everywhere() {
    use kinerja::evaluation::{DistributionRules, EmployeeRecords, RaterWeights};
    let refused = |message: String| assert!(message.contains("repeats the key"), "{message}");
    refused(
        serde_json::from_str::<RaterWeights>(r#"{"superior": "50", "superior": "100"}"#)
            .unwrap_err()
            .to_string(),
    );
    // A duplicated predicate would erase the first quota list.
    let text = golden("distribution__se_menpanrb_3_2023.json");
    let doubled = text.replacen("\"very_poor\": [", "\"very_poor\": [], \"very_poor\": [", 1);
    assert!(serde_json::from_str::<DistributionRules>(&text).is_ok());
    refused(
        serde_json::from_str::<DistributionRules>(&doubled)
            .unwrap_err()
            .to_string(),
    );
    // A target period written twice.
    let definition = golden("indicator__kurikulum_merdeka.json");
    let doubled = definition.replacen(
        "\"2026-Q1\": ",
        "\"2026-Q1\": {\"value\": \"99\"}, \"2026-Q1\": ",
        1,
    );
    assert_ne!(doubled, definition);
    refused(
        serde_json::from_str::<IndicatorDefinition>(&doubled)
            .unwrap_err()
            .to_string(),
    );
    // A period of behaviour ratings twice.
    let records = golden("records__rina_marlina.json");
    let value: serde_json::Value = serde_json::from_str(&records).unwrap();
    let period = value["behaviour"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    let doubled = records.replacen(
        &format!("\"{period}\": ["),
        &format!("\"{period}\": [], \"{period}\": ["),
        1,
    );
    refused(
        serde_json::from_str::<EmployeeRecords>(&doubled)
            .unwrap_err()
            .to_string(),
    );
}

// Finding 8 (calibration): its inputs have limits, whatever the document says.

#[test]
fn quota_lists_are_sets_and_bounded() {
    use kinerja::evaluation::{DistributionRules, EvaluationError, MAX_QUOTAS};
    let text = golden("distribution__se_menpanrb_3_2023.json");
    // The outside run's 9.5 KB quota list: one predicate named over and over.
    let repeated = format!("[{}\"very_poor\"]", "\"very_poor\", ".repeat(1000));
    let long = text.replacen("[\n        \"very_poor\"\n      ]", &repeated, 1);
    assert_ne!(long, text);
    let refused = serde_json::from_str::<DistributionRules>(&long)
        .unwrap_err()
        .to_string();
    assert!(refused.contains("twice"), "{refused}");
    // More quotas than the limit for one organisation predicate.
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let first = doc["very_poor"][0].clone();
    doc["very_poor"] = serde_json::Value::Array(vec![first; MAX_QUOTAS + 1]);
    let refused = serde_json::from_value::<DistributionRules>(doc)
        .unwrap_err()
        .to_string();
    assert!(refused.contains("more than 32"), "{refused}");
    // A quota of no predicate.
    let empty = text.replacen("[\n        \"very_poor\"\n      ]", "[]", 1);
    let refused = serde_json::from_str::<DistributionRules>(&empty)
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains(&EvaluationError::EmptyQuota.to_string()),
        "{refused}"
    );
}
