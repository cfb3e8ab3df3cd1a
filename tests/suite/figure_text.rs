//! One text per figure: a figure read from JSON writes back as it was written (`"99.50"`
//! stays `"99.50"`), and a reported figure is written with the rounding rule's places in
//! every output (`appraise`, `explain`, a batch), as JSON and as text.

use kinerja::evaluation::{
    AppraisalInput, BehaviourRating, CoreValue, RaterRole, Rating, appraise,
};
use kinerja::measure::{Polarity, Target};
use kinerja::num::{Percent, Rounding, RoundingMode, Score, Weight};
use kinerja::prelude::*;
use kinerja::scoring::{PlannedIndicator, PlannedResult, SharedPlan, WeightPolicy};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn mode(k: u8) -> RoundingMode {
    [
        RoundingMode::HalfUp,
        RoundingMode::HalfEven,
        RoundingMode::TowardZero,
    ][usize::from(k % 3)]
}

/// Written to JSON, read back and written again: the same text.
fn same_text_after_a_round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let first = serde_json::to_string(value).unwrap();
    let read: T = serde_json::from_str(&first).unwrap();
    prop_assert_eq!(serde_json::to_string(&read).unwrap(), first);
    Ok(())
}

#[test]
fn a_reported_figure_keeps_its_places() {
    let read: Percent = serde_json::from_str("\"99.50\"").unwrap();
    assert_eq!(serde_json::to_string(&read).unwrap(), "\"99.50\"");
    let rounded = Percent::new(Decimal::new(1005, 1))
        .unwrap()
        .round(Rounding::default());
    assert_eq!(rounded.to_string(), "100.50");
    assert_eq!(
        Percent::new(Decimal::new(99_499, 3))
            .unwrap()
            .round(Rounding::default())
            .to_string(),
        "99.50"
    );
    // Equality stays numeric.
    assert_eq!(read, Percent::new(Decimal::new(995, 1)).unwrap());
}

proptest! {
    /// Any figure, however made (computed, rounded by any rule, read from any text), has
    /// the same text after JSON: serialise, deserialise, serialise gives identical text.
    #[test]
    fn figures_keep_their_text_through_json(
        mantissa in 0..10_000_000_000_i64,
        scale in 0..10_u32,
        places in 0..6_u32,
        k in 0..3_u8,
    ) {
        let value = Decimal::new(mantissa, scale);
        let rounding = Rounding::new(places, mode(k)).unwrap();
        let percent = Percent::new(value).unwrap();
        same_text_after_a_round_trip(&percent)?;
        same_text_after_a_round_trip(&percent.round(rounding))?;
        let text: Percent = value.to_string().parse().unwrap();
        prop_assert_eq!(text.to_string(), value.to_string());
        same_text_after_a_round_trip(&text)?;
        same_text_after_a_round_trip(&Score::new(value).unwrap())?;
        let share = Decimal::new(mantissa % 10_001, 2);
        same_text_after_a_round_trip(&Weight::new(share).unwrap())?;
        // A rounded figure is written with exactly the rule's places.
        let written = percent.round(rounding).to_string();
        let decimals = written.split_once('.').map_or(0, |(_, d)| d.len());
        prop_assert_eq!(decimals, places as usize, "{}", written);
    }

    /// The same reported figure is written the same way by `appraise`, by the plan's
    /// explanation and by a batch's shared plan, in JSON and in the texts, under any
    /// rounding rule; and the appraisal's JSON writes back to the same text.
    #[test]
    fn appraise_explain_and_the_batch_write_a_figure_alike(
        target in 1..1_000_i64,
        realised in 0..100_000_i64,
        realised_scale in 0..3_u32,
        places in 0..4_u32,
        k in 0..3_u8,
    ) {
        let year: Period = "2026".parse().unwrap();
        let id = IndicatorId::new("IKI-1").unwrap();
        let definition = IndicatorDefinition::builder(id.clone(), "indeks", Polarity::Maximise)
            .target(year, Target::Value(Decimal::from(target)))
            .build()
            .unwrap();
        let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![PlannedResult {
            node: NodeId::new("RHK-1").unwrap(),
            weight: Decimal::ONE,
            policy: WeightPolicy::Normalise,
            indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition }],
        }])
        .unwrap();
        let employee = EmployeeNumber::new(EmployeeKind::Pns, "197503102000031004").unwrap();
        let value = Decimal::new(realised, realised_scale);
        // The team's figure, which the appraisal reads where the employee has none.
        let measured = Measurements::new([Realisation::new(id, year, value)]).unwrap();
        let rules = EvaluationRules {
            rounding: Rounding::new(places, mode(k)).unwrap(),
            ..EvaluationRules::default()
        };
        let behaviour: Vec<BehaviourRating> = CoreValue::ALL
            .into_iter()
            .map(|value| BehaviourRating { value, rater: RaterRole::Superior, rating: Rating::Meets })
            .collect();
        let appraisal = appraise(&rules, year.into(), &AppraisalInput {
            employee,
            plan: &plan,
            measurements: &measured,
            behaviour: &behaviour,
            expectations: &Default::default(),
            result_override: None,
            objection: None,
            organisation: None,
            notes: &[],
        })
        .unwrap();
        let explanation = plan.explain(year, &measured, rules.reporting()).unwrap();
        prop_assert_eq!(appraisal.reported.to_string(), explanation.reported.to_string());
        let shared = SharedPlan::new(plan.clone(), year).unwrap();
        let mut figures = shared.figures();
        let slot = shared.slots().next().map(|(slot, _, _)| slot).unwrap();
        figures.set_realisation(slot, value).unwrap();
        let batch = shared.score(&figures, rules.reporting()).unwrap();
        prop_assert_eq!(batch.reported.to_string(), appraisal.reported.to_string());
        // In JSON, the same text, and the same after a round trip.
        let appraisal_json = serde_json::to_value(&appraisal).unwrap();
        let explanation_json = serde_json::to_value(&explanation).unwrap();
        prop_assert_eq!(&appraisal_json["reported"], &explanation_json["reported"]);
        same_text_after_a_round_trip(&appraisal)?;
        same_text_after_a_round_trip(&explanation)?;
        // In the texts, the figure as the explanation writes it is the appraisal's.
        for language in [Language::Indonesian, Language::English] {
            let figure = kinerja::present::number(appraisal.reported.value(), rules.rounding, language);
            prop_assert!(appraisal.render(language).contains(&figure), "{}", figure);
            prop_assert!(explanation.render(language).contains(&figure), "{}", figure);
        }
    }
}
