//! The golden document of every input type, and damage to do to it: shared by the hostile
//! input laws and the schema laws.

#![allow(dead_code)]

use kinerja::Cascade;
use kinerja::measure::{IndicatorDefinition, Measurements};
use kinerja::scoring::ScoringPlan;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

/// The golden document `name` of `tests/golden/accepted`.
pub fn read(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/accepted")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `doc` with up to three places replaced or deleted.
pub fn damage(mut doc: Value, picks: Vec<(prop::sample::Index, Value, bool)>) -> Value {
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
pub fn paths(value: &Value, prefix: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
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
pub enum PathStep {
    Key(String),
    Index(usize),
}

pub fn at<'a>(value: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

pub fn replacement() -> impl Strategy<Value = Value> {
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

/// Reads `doc` as a `T`; whatever is accepted writes back to a document read as the same
/// value (so nothing was silently dropped or invented on the way).
pub fn accepted_round_trips<T>(doc: Value) -> Result<(), TestCaseError>
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
pub fn accepted<T: serde::de::DeserializeOwned>(doc: Value) -> bool {
    serde_json::from_value::<T>(doc).is_ok()
}

/// One input type, read two ways: checking the round trip, or only whether it is accepted.
#[derive(Clone, Copy)]
pub struct Reader {
    /// Reads the document; whatever is accepted must round-trip.
    pub round_trips: fn(Value) -> Result<(), TestCaseError>,
    /// Whether the document is accepted.
    pub accepts: fn(Value) -> bool,
    /// The name of the type's schema in `kinerja::schema::inputs()` (feature `schema`).
    pub schema: &'static str,
}

pub fn reader<T>(schema: &'static str) -> Reader
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    Reader {
        round_trips: accepted_round_trips::<T>,
        accepts: accepted::<T>,
        schema,
    }
}

/// Every input type with its golden document, read through `check`.
pub fn every_input_type(
    mut check: impl FnMut(&str, Reader) -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
    use kinerja::agreement::{Command, FeedbackLog, Forum, Terms};
    use kinerja::evaluation::{
        AdditionalResult, CalibrationEntry, DistributionRules, EmployeeRecords, NineBoxRules,
        OrganisationDecision, Pp46Activity, PredicateMatrix, RaterWeights, Tenure, UnitSummary,
    };
    use kinerja::scoring::{BandTable, InverseQuery, Reporting, ValueMap};
    check("agency__siulak.json", reader::<kinerja::Agency>("agency"))?;
    check("cascade__small.json", reader::<Cascade>("cascade"))?;
    check(
        "indicator__kurikulum_merdeka.json",
        reader::<IndicatorDefinition>("indicator_definition"),
    )?;
    check(
        "definitions__siulak.json",
        reader::<kinerja::measure::Definitions>("definitions"),
    )?;
    check(
        "bands__rating.json",
        reader::<BandTable<String>>("band_table"),
    )?;
    check(
        "measurements__siulak.json",
        reader::<Measurements>("measurements"),
    )?;
    check(
        "records__rina_marlina.json",
        reader::<EmployeeRecords>("employee_records"),
    )?;
    check(
        "rules__defaults.json",
        reader::<kinerja::evaluation::EvaluationRules>("evaluation_rules"),
    )?;
    check(
        "distribution__se_menpanrb_3_2023.json",
        reader::<DistributionRules>("distribution_rules"),
    )?;
    check(
        "matrix__permenpanrb_6_2022.json",
        reader::<PredicateMatrix>("predicate_matrix"),
    )?;
    check(
        "rater_weights__360.json",
        reader::<RaterWeights>("rater_weights"),
    )?;
    check(
        "nine_box__defaults.json",
        reader::<NineBoxRules>("nine_box_rules"),
    )?;
    check(
        "plan__rina_marlina.json",
        reader::<ScoringPlan>("scoring_plan"),
    )?;
    check(
        "calibration_entries__siulak.json",
        reader::<Vec<CalibrationEntry>>("calibration_entries"),
    )?;
    check(
        "value_map__permenpanrb_8_2021.json",
        reader::<ValueMap>("value_map"),
    )?;
    check(
        "unit_summary__siulak.json",
        reader::<UnitSummary>("unit_summary"),
    )?;
    check(
        "tenures__promoted_in_april.json",
        reader::<Vec<Tenure>>("tenures"),
    )?;
    check(
        "pp46__two_activities.json",
        reader::<Vec<Pp46Activity>>("pp46_activities"),
    )?;
    check(
        "additional__narasumber.json",
        reader::<Vec<AdditionalResult>>("additional_results"),
    )?;
    check(
        "decision__exceptional.json",
        reader::<OrganisationDecision>("organisation_decision"),
    )?;
    check(
        "reporting__each_indicator.json",
        reader::<Reporting>("reporting"),
    )?;
    check(
        "inverse__kurikulum_merdeka_q4.json",
        reader::<InverseQuery>("inverse_query"),
    )?;
    check("terms__yoga.json", reader::<Terms>("terms"))?;
    check(
        "command__counter_proposal.json",
        reader::<Command>("command"),
    )?;
    check("forum__kurikulum.json", reader::<Forum>("forum"))?;
    check(
        "feedback_log__dewi.json",
        reader::<FeedbackLog>("feedback_log"),
    )?;
    Ok(())
}
