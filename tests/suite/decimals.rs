//! How many decimals an indicator's figures may have: whole numbers for counts, two places
//! otherwise, or what the definition declares; a figure with more is refused naming the
//! indicator and the figure, and `1.200` on a whole-number indicator is named as a
//! thousands separator.

use kinerja::check_records;
use kinerja::evaluation::InputProblem;
use kinerja::measure::{
    DEFAULT_DECIMALS, DefinitionRule, MAX_DECIMALS, MeasureError, Target, WHOLE_UNITS,
};
use kinerja::prelude::*;
use kinerja::sample;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn year() -> Period {
    "2026".parse().unwrap()
}

fn defined(
    unit: &str,
    decimals: Option<u8>,
    target: Target,
) -> Result<IndicatorDefinition, MeasureError> {
    let mut builder =
        IndicatorDefinition::builder(IndicatorId::new("IKI-1").unwrap(), unit, Polarity::Maximise);
    if let Some(decimals) = decimals {
        builder = builder.decimals(decimals);
    }
    builder.target(year(), target).build()
}

fn text(value: &str) -> Decimal {
    serde_json::from_value::<Target>(serde_json::json!({ "value": value }))
        .map(|t| match t {
            Target::Value(v) => v,
            Target::Band { low, .. } => low,
        })
        .unwrap()
}

#[test]
fn counts_are_whole_and_the_rest_two_places_by_default() {
    for unit in [
        "dokumen", "orang", "sekolah", "kegiatan", "laporan", "Dokumen",
    ] {
        assert_eq!(
            defined(unit, None, Target::Value(Decimal::from(3)))
                .unwrap()
                .decimals(),
            0
        );
    }
    for unit in ["persen", "nilai", "hari", "skor"] {
        assert_eq!(
            defined(unit, None, Target::Value(Decimal::from(3)))
                .unwrap()
                .decimals(),
            DEFAULT_DECIMALS
        );
    }
    assert!(WHOLE_UNITS.contains(&"orang"));
    assert_eq!(DEFAULT_DECIMALS, 2);
}

/// A target of `1.200` documents is refused naming the indicator and the figure, with the
/// thousands-separator hint in both languages; `12.5` schools is refused with the fix.
#[test]
fn a_target_with_too_many_decimals_is_refused() {
    let error = defined("dokumen", None, Target::Value(text("1.200"))).unwrap_err();
    let MeasureError::InvalidDefinition {
        indicator, rule, ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(indicator.as_str(), "IKI-1");
    assert_eq!(
        rule,
        &DefinitionRule::TooManyDecimals {
            figure: text("1.200"),
            decimals: 0
        }
    );
    let indonesian = error.describe(Language::Indonesian);
    assert!(
        indonesian.contains("IKI-1") && indonesian.contains("1.200"),
        "{indonesian}"
    );
    assert!(
        indonesian.contains("tulis 1200 tanpa titik pemisah ribuan"),
        "{indonesian}"
    );
    let english = error.describe(Language::English);
    assert!(
        english.contains("IKI-1") && english.contains("1.200"),
        "{english}"
    );
    assert!(
        english.contains("write 1200 without the thousands separator"),
        "{english}"
    );

    let error = defined("sekolah", None, Target::Value(text("12.5"))).unwrap_err();
    let english = error.describe(Language::English);
    assert!(
        english.contains("12.5 has 1 decimals, but the indicator takes whole numbers only"),
        "{english}"
    );
    assert!(!english.contains("thousands"), "{english}");
    // Percentages take two places, or what is declared.
    assert!(defined("persen", None, Target::Value(text("99.12"))).is_ok());
    assert!(defined("persen", None, Target::Value(text("99.125"))).is_err());
    assert!(defined("persen", Some(3), Target::Value(text("99.125"))).is_ok());
    // A band's bounds too.
    let band = Target::Band {
        low: text("1.5"),
        high: Decimal::from(3),
    };
    assert!(defined("sekolah", None, band).is_err());
    assert!(defined("sekolah", Some(1), band).is_ok());
    // More decimals than an exact decimal holds cannot be declared.
    let error = defined(
        "persen",
        Some(MAX_DECIMALS + 1),
        Target::Value(Decimal::ONE),
    )
    .unwrap_err();
    assert!(matches!(
        error,
        MeasureError::InvalidDefinition {
            rule: DefinitionRule::DecimalsOutOfRange { decimals: 29 },
            ..
        }
    ));
}

/// A figure with points between groups of three digits is refused as text with the hint.
#[test]
fn thousands_separated_text_gets_a_hint() {
    let error = serde_json::from_value::<Target>(serde_json::json!({ "value": "1.200.000" }))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("write 1200000 without the thousands separator"),
        "{error}"
    );
    assert!(
        error.contains("tulis 1200000 tanpa titik pemisah ribuan"),
        "{error}"
    );
}

/// A realisation of `1.200` documents in the agency's records is refused with the hint;
/// the definition read from JSON declares its decimals and writes them back.
#[test]
fn a_realisation_with_too_many_decimals_is_refused() {
    let mut records = sample::siulak_records().unwrap();
    let indicator = IndicatorId::new("IKI-KUR-1").unwrap();
    let q1: Period = "2026-Q1".parse().unwrap();
    for r in &mut records.realisations {
        if r.indicator() == &indicator && r.period() == q1 {
            *r = Realisation::new(indicator.clone(), q1, text("1.200"));
        }
    }
    let problems = check_records(records);
    assert_eq!(
        problems,
        [InputProblem::TooManyDecimals {
            indicator: indicator.clone(),
            period: q1,
            value: text("1.200"),
            decimals: 0
        }]
    );
    let indonesian = problems[0].describe(Language::Indonesian);
    assert!(
        indonesian.contains("IKI-KUR-1")
            && indonesian.contains("tulis 1200 tanpa titik pemisah ribuan"),
        "{indonesian}"
    );
    let english = problems[0].describe(Language::English);
    assert!(
        english.contains("write 1200 without the thousands separator"),
        "{english}"
    );

    let read: IndicatorDefinition = serde_json::from_value(serde_json::json!({
        "id": "IKI-1", "unit": "dokumen", "polarity": "maximise", "decimals": 1,
        "targets": { "2026": { "value": "2.5" } }
    }))
    .unwrap();
    assert_eq!(read.decimals(), 1);
    let written = serde_json::to_value(&read).unwrap();
    assert_eq!(written["decimals"], 1);
}

/// A figure given straight to `appraise` (without the agency checks) is refused alike:
/// `1.200` documents is not read as 1,2.
#[test]
fn a_realisation_given_straight_to_appraise_is_refused_alike() {
    use kinerja::evaluation::{
        AppraisalInput, BehaviourRating, CoreValue, EvaluationError, EvaluationRules, RaterRole,
        Rating, appraise,
    };
    use kinerja::scoring::{
        PlannedIndicator, PlannedResult, ScoringError, ScoringPlan, WeightPolicy,
    };
    let id = IndicatorId::new("IKI-1").unwrap();
    let plan_of = |decimals| {
        ScoringPlan::new(
            WeightPolicy::Normalise,
            vec![PlannedResult {
                node: NodeId::new("RHK-1").unwrap(),
                weight: Decimal::ONE,
                policy: WeightPolicy::Normalise,
                indicators: vec![PlannedIndicator {
                    weight: Decimal::ONE,
                    definition: defined("dokumen", decimals, Target::Value(Decimal::from(12)))
                        .unwrap(),
                }],
            }],
        )
        .unwrap()
    };
    let employee = EmployeeNumber::new(EmployeeKind::Pns, "197503102000031004").unwrap();
    let behaviour: Vec<BehaviourRating> = CoreValue::ALL
        .into_iter()
        .map(|value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: Rating::Meets,
        })
        .collect();
    let rules = EvaluationRules::default();
    let appraised = |plan: &ScoringPlan, value: &str| {
        let measured =
            Measurements::new([Realisation::new(id.clone(), year(), text(value))]).unwrap();
        appraise(
            &rules,
            year().into(),
            &AppraisalInput {
                employee,
                plan,
                measurements: &measured,
                behaviour: &behaviour,
                expectations: &Default::default(),
                result_override: None,
                objection: None,
                organisation: None,
                notes: &[],
            },
        )
    };
    let documents = plan_of(None);
    let error = appraised(&documents, "1.200").unwrap_err();
    let expected = MeasureError::RealisationDecimals {
        indicator: id.clone(),
        period: year(),
        value: text("1.200"),
        decimals: 0,
    };
    assert_eq!(
        error,
        EvaluationError::Scoring(ScoringError::Measure(expected))
    );
    assert!(
        error
            .describe(Language::Indonesian)
            .contains("tulis 1200 tanpa titik pemisah ribuan"),
        "{}",
        error.describe(Language::Indonesian)
    );
    // Written whole, or on an indicator that takes three places, the figure is read.
    assert!(appraised(&documents, "12").is_ok());
    assert!(appraised(&plan_of(Some(3)), "1.200").is_ok());
}

proptest! {
    /// A target written with `places` decimals is accepted exactly when the indicator's
    /// figures may have at least that many (declared, or the unit's default).
    #[test]
    fn a_target_is_accepted_exactly_when_its_decimals_fit(
        mantissa in 1..10_000_000_i64,
        places in 0..8_u32,
        declared in prop::option::of(0..8_u8),
        whole in any::<bool>(),
    ) {
        let unit = if whole { "dokumen" } else { "persen" };
        let figure = Decimal::new(mantissa, places);
        let allowed = declared.unwrap_or(if whole { 0 } else { 2 });
        let built = defined(unit, declared, Target::Value(figure));
        prop_assert_eq!(built.is_ok(), places <= u32::from(allowed), "{:?}", built);
        if let Err(MeasureError::InvalidDefinition { rule, .. }) = built {
            prop_assert_eq!(rule, DefinitionRule::TooManyDecimals { figure, decimals: allowed });
        }
    }
}
