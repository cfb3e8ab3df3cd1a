//! Hostile input: a valid document, damaged at random, is read without a panic; whatever is
//! accepted is a valid cascade (it builds again from its own parts).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use kinerja::Cascade;
use kinerja::evaluation::{Pp30Weighting, Predicate, credit_points, pp30_final};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{AchievementLimits, IndicatorDefinition, Measurements, Realisation, Target};
use kinerja::num::Rounding;
use kinerja::period::Period;
use kinerja::scoring::{PlannedIndicator, PlannedResult, ScoringPlan, WeightPolicy};
use proptest::prelude::*;
use serde_json::Value;

fn document() -> Value {
    read("cascade__small.json")
}

fn read(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/accepted")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `doc` with up to three places replaced or deleted.
fn damage(mut doc: Value, picks: Vec<(prop::sample::Index, Value, bool)>) -> Value {
    for (pick, new, delete) in picks {
        let mut all = Vec::new();
        paths(&doc, Vec::new(), &mut all);
        let path = all[pick.index(all.len())].clone();
        match (delete, path.split_last()) {
            (true, Some((PathStep::Key(key), parent))) => {
                if let Value::Object(map) = at(&mut doc, parent) {
                    map.remove(key);
                }
            }
            (true, Some((PathStep::Index(i), parent))) => {
                if let Value::Array(items) = at(&mut doc, parent) {
                    items.remove(*i);
                }
            }
            _ => *at(&mut doc, &path) = new,
        }
    }
    doc
}

/// Every place in a JSON value, as a path of object keys and array indices.
fn paths(value: &Value, prefix: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let mut path = prefix.clone();
                path.push(PathStep::Key(key.clone()));
                paths(child, path, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let mut path = prefix.clone();
                path.push(PathStep::Index(i));
                paths(child, path, out);
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::from),
        prop::sample::select(vec![
            "R0", "R1", "S1", "T1", "P0", "P3", "KEC", "M1", "-1", "100", "0", "goal", "result",
            "direct"
        ])
        .prop_map(Value::from),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
    ]
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
                let _ = explained.with_band(&kinerja::regulation::pp30_bands(), |_| true);
            }
        }
        let _ = kinerja::regulation::permenpanrb_8_2021_values().value(realisation, false);
        let _ = pp30_final(&kinerja::evaluation::Pp30Rules::default(), target, realisation, Pp30Weighting::Standard, true);
        let _ = credit_points(target, Predicate::VeryGood, 12);
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
                        let _ = year.calibrated(input.rules(), kinerja::evaluation::DEFAULT_MAX_TEAM);
                    }
                }
                Err(problems) => prop_assert!(!problems.problems().is_empty()),
            }
        }
    }
}

/// Reads `doc` as a `T`; whatever is accepted writes back to a document read as the same
/// value (so nothing was silently dropped or invented on the way).
fn accepted_round_trips<T>(doc: Value) -> Result<(), TestCaseError>
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    if let Ok(value) = serde_json::from_value::<T>(doc) {
        let written = serde_json::to_value(&value).unwrap();
        let again = serde_json::from_value::<T>(written);
        prop_assert!(again.is_ok(), "{:?}", again);
        prop_assert_eq!(again.unwrap(), value);
    }
    Ok(())
}

/// Whether `doc` reads as a `T`.
fn accepted<T: serde::de::DeserializeOwned>(doc: Value) -> bool {
    serde_json::from_value::<T>(doc).is_ok()
}

/// One input type, read two ways: checking the round trip, or only whether it is accepted.
#[derive(Clone, Copy)]
struct Reader {
    round_trips: fn(Value) -> Result<(), TestCaseError>,
    accepts: fn(Value) -> bool,
}

fn reader<T>() -> Reader
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    Reader {
        round_trips: accepted_round_trips::<T>,
        accepts: accepted::<T>,
    }
}

/// Every input type with its golden document, read through `check`.
fn every_input_type(
    mut check: impl FnMut(&str, Reader) -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
    use kinerja::agreement::{Command, FeedbackLog, Forum, Terms};
    use kinerja::evaluation::{
        AdditionalResult, CalibrationEntry, DistributionRules, EmployeeRecords, NineBoxRules,
        OrganisationDecision, Pp46Activity, PredicateMatrix, RaterWeights, Tenure, UnitSummary,
    };
    use kinerja::scoring::{BandTable, InverseQuery, Reporting, ValueMap};
    check("agency__siulak.json", reader::<kinerja::Agency>())?;
    check("cascade__small.json", reader::<Cascade>())?;
    check(
        "indicator__kurikulum_merdeka.json",
        reader::<IndicatorDefinition>(),
    )?;
    check(
        "definitions__siulak.json",
        reader::<kinerja::measure::Definitions>(),
    )?;
    check("bands__rating.json", reader::<BandTable<String>>())?;
    check("measurements__siulak.json", reader::<Measurements>())?;
    check("records__rina_marlina.json", reader::<EmployeeRecords>())?;
    check(
        "rules__defaults.json",
        reader::<kinerja::evaluation::EvaluationRules>(),
    )?;
    check(
        "distribution__se_menpanrb_3_2023.json",
        reader::<DistributionRules>(),
    )?;
    check(
        "matrix__permenpanrb_6_2022.json",
        reader::<PredicateMatrix>(),
    )?;
    check("rater_weights__360.json", reader::<RaterWeights>())?;
    check("nine_box__defaults.json", reader::<NineBoxRules>())?;
    check("plan__rina_marlina.json", reader::<ScoringPlan>())?;
    check(
        "calibration_entries__siulak.json",
        reader::<Vec<CalibrationEntry>>(),
    )?;
    check("value_map__permenpanrb_8_2021.json", reader::<ValueMap>())?;
    check("unit_summary__siulak.json", reader::<UnitSummary>())?;
    check("tenures__promoted_in_april.json", reader::<Vec<Tenure>>())?;
    check("pp46__two_activities.json", reader::<Vec<Pp46Activity>>())?;
    check(
        "additional__narasumber.json",
        reader::<Vec<AdditionalResult>>(),
    )?;
    check(
        "decision__exceptional.json",
        reader::<OrganisationDecision>(),
    )?;
    check("reporting__each_indicator.json", reader::<Reporting>())?;
    check(
        "inverse__kurikulum_merdeka_q4.json",
        reader::<InverseQuery>(),
    )?;
    check("terms__yoga.json", reader::<Terms>())?;
    check("command__counter_proposal.json", reader::<Command>())?;
    check("forum__kurikulum.json", reader::<Forum>())?;
    check("feedback_log__dewi.json", reader::<FeedbackLog>())?;
    Ok(())
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
