//! Regressions of the outside fuzzing run (issue 12): each finding, reproduced as it was
//! reported, and the law that keeps it fixed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

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
