//! Hostile input: a valid document, damaged at random, is read without a panic; whatever is
//! accepted is a valid cascade (it builds again from its own parts).

use kinerja::Cascade;
use kinerja::evaluation::{Pp30Weighting, Predicate, credit_points, pp_30_2019_final};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{AchievementLimits, IndicatorDefinition, Measurements, Realisation, Target};
use kinerja::num::Rounding;
use kinerja::period::Period;
use kinerja::scoring::{PlannedIndicator, PlannedResult, ScoringPlan, WeightPolicy};
use proptest::prelude::*;
use serde_json::Value;

use crate::common::inputs;
use inputs::{at, damage, every_input_type, paths, read, replacement};

fn document() -> Value {
    read("cascade__small.json")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn damaged_documents_never_panic(picks in prop::collection::vec((any::<prop::sample::Index>(), replacement(), any::<bool>()), 1..4)) {
        let doc = damage(document(), picks);
        if let Ok(cascade) = serde_json::from_value::<Cascade>(doc) {
            // Whatever is accepted holds its invariants: rebuilding from its parts succeeds.
            let rebuilt = serde_json::from_value::<Cascade>(serde_json::to_value(&cascade).unwrap());
            prop_assert_eq!(rebuilt.unwrap(), cascade);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = serde_json::from_str::<Cascade>(&text);
        let _ = serde_json::from_str::<kinerja::Agency>(&text);
        let _ = text.parse::<kinerja::period::Period>();
        let _ = text.parse::<kinerja::num::Weight>();
    }
}

/// Any decimal at all: from the smallest to the largest `Decimal` can hold.
fn any_decimal() -> impl Strategy<Value = rust_decimal::Decimal> {
    (any::<i64>(), any::<u32>(), 0..=28_u32, any::<bool>()).prop_map(|(lo, hi, scale, negative)| {
        let mut d =
            rust_decimal::Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi, negative, scale);
        d.normalize_assign();
        d
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Extreme targets, realisations, caps and weights give a value or a typed error, never a
    /// panic.
    #[test]
    fn extreme_figures_never_panic(target in any_decimal(), realisation in any_decimal(), cap in any_decimal(), weight in any_decimal(),
                                   polarity in prop::sample::select(vec![
                                       kinerja::measure::Polarity::Maximise,
                                       kinerja::measure::Polarity::Minimise(kinerja::measure::MinimiseFormula::Linear),
                                       kinerja::measure::Polarity::Minimise(kinerja::measure::MinimiseFormula::Ratio),
                                       kinerja::measure::Polarity::Minimise(kinerja::measure::MinimiseFormula::Pp46Efficiency),
                                       kinerja::measure::Polarity::Milestone,
                                   ])) {
        use kinerja::*;
        let year: Period = "2026".parse().unwrap();
        let id = IndicatorId::new("I").unwrap();
        let built = IndicatorDefinition::builder(id.clone(), "u", polarity)
            .limits(AchievementLimits { floor: kinerja::num::Percent::ZERO, cap: Some(kinerja::num::Percent::new(cap.abs()).unwrap()) })
            .allow_negative_realisations()
            .target(year, Target::Value(target))
            .build();
        let Ok(definition) = built else { return Ok(()) };
        let measured = Measurements::new([Realisation::new(id, year, realisation)]).unwrap();
        let _ = definition.achievement(year, &measured);
        let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![PlannedResult {
            node: NodeId::new("R").unwrap(),
            weight: weight.abs(),
            policy: WeightPolicy::Normalise,
            indicators: vec![PlannedIndicator { weight: weight.abs(), definition }],
        }]);
        if let Ok(plan) = plan {
            if let Ok(explained) = plan.explain(year, &measured, Rounding::default()) {
                let _ = explained.render(Language::Indonesian);
                let _ = explained.with_band(&kinerja::regulation::pp_30_2019_bands(), |_| true);
            }
        }
        let _ = kinerja::regulation::permenpanrb_8_2021_values().value(realisation, false);
        let _ = pp_30_2019_final(&kinerja::evaluation::Pp30Rules::default(), target, realisation, Pp30Weighting::Standard, true);
        let _ = credit_points(target, Predicate::VeryGood, 12);
        // Every explanation of issue 24, and its text in both languages.
        let both = |render: &dyn Fn(Language) -> String| {
            let _ = render(Language::Indonesian);
            let _ = render(Language::English);
        };
        use kinerja::evaluation::{AdditionalResult, AspectFigures, Pp30Rating, Pp46Activity};
        let extra = [AdditionalResult { weight: weight.abs(), rating: Pp30Rating::Good }];
        if let Ok(e) = kinerja::evaluation::explain_permenpanrb_8_2021(&kinerja::evaluation::Permenpanrb8Rules::default(), realisation, false, &extra) {
            both(&|l| e.render(l));
        }
        if let Ok(e) = kinerja::evaluation::explain_pp_30_2019(&kinerja::evaluation::Pp30Rules::default(), target, realisation, Pp30Weighting::ThreeSixty, false) {
            both(&|l| e.render(l));
        }
        let aspect = AspectFigures { target, realisation };
        let activity = Pp46Activity { quantity: aspect, quality: aspect, time: aspect, cost: Some(AspectFigures { target: cap, realisation: weight }) };
        if let Ok(e) = kinerja::evaluation::explain_pp_46_2011(&kinerja::evaluation::Pp46Rules::default(), &[activity], &[target, realisation]) {
            both(&|l| e.render(l));
        }
        if let Ok(points) = credit_points(target, Predicate::VeryGood, 12) {
            let explained = points.explain(Rounding::default());
            both(&|l| explained.render(l));
        }
        if let Ok(placed) = kinerja::evaluation::NineBoxRules::default().place(target, realisation) {
            both(&|l| placed.render(l));
        }
        if let Ok(step) = kinerja::regulation::permenpanrb_8_2021_values().step(realisation, true) {
            both(&|l| step.render(l));
        }
        let _ = WeightPolicy::RenormalisePresent.combine([(weight.abs(), Some(target)), (cap.abs(), Some(realisation))]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// A whole agency's records, damaged at random, are read and evaluated without a panic:
    /// refused with their problems, or evaluated (perhaps to a typed error).
    #[test]
    fn damaged_agency_records_never_panic(picks in prop::collection::vec((any::<prop::sample::Index>(), replacement(), any::<bool>()), 1..4)) {
        let doc = damage(read("agency_input__siulak.json"), picks);
        if let Ok(records) = serde_json::from_value::<kinerja::AgencyRecords>(doc) {
            match kinerja::AgencyInput::new(records) {
                Ok(input) => {
                    if let Ok(year) = kinerja::appraise_agency(&input) {
                        let _ = year.calibrated(&input, kinerja::evaluation::DEFAULT_MAX_TEAM);
                    }
                }
                Err(problems) => prop_assert!(!problems.problems().is_empty()),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every input type's golden document, damaged at random in up to three places, is read
    /// without a panic; whatever is accepted round-trips to the same value.
    #[test]
    fn every_input_type_survives_damage(
        picks in prop::collection::vec((any::<prop::sample::Index>(), replacement(), any::<bool>()), 1..4),
    ) {
        every_input_type(|name, read_as| (read_as.round_trips)(damage(read(name), picks.clone())))?;
    }

    /// Arbitrary bytes into every input type: never a panic, every refusal a typed error.
    #[test]
    fn arbitrary_bytes_into_every_input_type(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        every_input_type(|_, read_as| {
            match serde_json::from_slice::<Value>(&bytes) {
                Ok(doc) => (read_as.round_trips)(doc),
                Err(_) => Ok(()),
            }
        })?;
        let _ = serde_json::from_slice::<Cascade>(&bytes);
    }
}

/// Records are objects: any object of any golden document, written as the array of its values
/// (a record read by position), makes the document refused. Serde's derived structs accept
/// such arrays unless told otherwise.
#[test]
fn an_object_written_as_an_array_is_refused() {
    let mut checked = 0;
    every_input_type(|name, read_as| {
        let doc = read(name);
        assert!(
            (read_as.accepts)(doc.clone()),
            "{name} is accepted as it is"
        );
        let mut all = Vec::new();
        paths(&doc, Vec::new(), &mut all);
        for path in all {
            let mut damaged = doc.clone();
            let place = at(&mut damaged, &path);
            let Value::Object(map) = place else { continue };
            *place = Value::Array(map.values().cloned().collect());
            assert!(
                !(read_as.accepts)(damaged),
                "{name}: the object at {path:?} was read from an array"
            );
            checked += 1;
        }
        Ok(())
    })
    .unwrap();
    assert!(checked > 500, "only {checked} objects were checked");
}
