//! The JSON Schemas (feature `schema`) describe what the readers accept.
//!
//! - Every golden document, every shipped example file and every input the crate writes is
//!   valid against its type's schema.
//! - Whatever a reader accepts, even a damaged document, is valid against the schema (a
//!   schema stricter than its reader would make a front end refuse a good form).
//! - Documents refused for their form (an unknown field, a number for a decimal, an unknown
//!   code) are invalid against the schema too, so the schemas are not vacuous.
//!
//! The validator below covers the keywords the schemas use and fails on any other, so a
//! schema can never pass by holding a keyword nobody checks.

#![cfg(feature = "schema")]
use crate::common::inputs;

use inputs::{damage, every_input_type, replacement};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// A JSON Schema 2020-12 validator for the keywords schemars writes.
mod validator {
    use regex_lite::Regex;
    use serde_json::Value;

    /// The places where `instance` breaks `root`, each as `path: reason`; empty when valid.
    pub fn problems(root: &Value, instance: &Value) -> Vec<String> {
        let mut out = Vec::new();
        check(root, root, instance, "$", &mut out);
        out
    }

    fn check(root: &Value, schema: &Value, instance: &Value, at: &str, out: &mut Vec<String>) {
        let schema = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => return out.push(format!("{at}: nothing is allowed here")),
            Value::Object(schema) => schema,
            other => panic!("{at}: a schema must be an object or a boolean, not {other}"),
        };
        for (keyword, value) in schema {
            match keyword.as_str() {
                // Annotations: they say what a value means, not whether it is valid.
                "$schema" | "title" | "description" | "default" | "format" | "$defs" => {}
                "$ref" => {
                    let name = value.as_str().unwrap().strip_prefix("#/$defs/").unwrap();
                    let target = &root["$defs"][name];
                    assert!(
                        !target.is_null(),
                        "{at}: $ref to a missing definition {name}"
                    );
                    check(root, target, instance, at, out);
                }
                "type" => {
                    let allowed: Vec<&str> = match value {
                        Value::String(one) => vec![one.as_str()],
                        Value::Array(many) => many.iter().map(|t| t.as_str().unwrap()).collect(),
                        other => panic!("{at}: type {other}"),
                    };
                    if !allowed.iter().any(|t| has_type(instance, t)) {
                        out.push(format!("{at}: {instance} is not of type {value}"));
                    }
                }
                "const" if instance != value => {
                    out.push(format!("{at}: {instance} is not {value}"));
                }
                "enum" if !value.as_array().unwrap().contains(instance) => {
                    out.push(format!("{at}: {instance} is not one of {value}"));
                }
                "const" | "enum" => {}
                "pattern" => {
                    if let Value::String(text) = instance {
                        let pattern = Regex::new(value.as_str().unwrap()).unwrap();
                        if !pattern.is_match(text) {
                            out.push(format!("{at}: {text:?} does not match {value}"));
                        }
                    }
                }
                "minLength" | "maxLength" => {
                    if let Value::String(text) = instance {
                        let length = text.chars().count() as u64;
                        let bound = value.as_u64().unwrap();
                        if (keyword == "minLength" && length < bound)
                            || (keyword == "maxLength" && length > bound)
                        {
                            out.push(format!("{at}: {text:?} breaks {keyword} {bound}"));
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let Some(number) = instance.as_f64() {
                        let bound = value.as_f64().unwrap();
                        if (keyword == "minimum" && number < bound)
                            || (keyword == "maximum" && number > bound)
                        {
                            out.push(format!("{at}: {number} breaks {keyword} {bound}"));
                        }
                    }
                }
                "minItems" | "maxItems" => {
                    if let Value::Array(items) = instance {
                        let bound = value.as_u64().unwrap();
                        let length = items.len() as u64;
                        if (keyword == "minItems" && length < bound)
                            || (keyword == "maxItems" && length > bound)
                        {
                            out.push(format!("{at}: {length} items break {keyword} {bound}"));
                        }
                    }
                }
                "uniqueItems" => {
                    if let (Value::Array(items), Some(true)) = (instance, value.as_bool()) {
                        for (i, item) in items.iter().enumerate() {
                            if items[..i].contains(item) {
                                out.push(format!("{at}[{i}]: repeats an earlier item"));
                            }
                        }
                    }
                }
                "items" => {
                    if let Value::Array(items) = instance {
                        for (i, item) in items.iter().enumerate() {
                            check(root, value, item, &format!("{at}[{i}]"), out);
                        }
                    }
                }
                "required" => {
                    if let Value::Object(map) = instance {
                        for name in value.as_array().unwrap() {
                            if !map.contains_key(name.as_str().unwrap()) {
                                out.push(format!("{at}: {name} is missing"));
                            }
                        }
                    }
                }
                "properties" | "patternProperties" | "additionalProperties" => {
                    // Checked together below: additional means matched by neither of the others.
                }
                "oneOf" | "anyOf" | "allOf" => {
                    let valid = value
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|option| {
                            let mut inner = Vec::new();
                            check(root, option, instance, at, &mut inner);
                            inner.is_empty()
                        })
                        .count();
                    let options = value.as_array().unwrap().len();
                    let holds = match keyword.as_str() {
                        "oneOf" => valid == 1,
                        "anyOf" => valid >= 1,
                        _ => valid == options,
                    };
                    if !holds {
                        out.push(format!(
                            "{at}: {valid} of {options} options of {keyword} hold"
                        ));
                    }
                }
                other => panic!("{at}: the validator does not know the keyword {other:?}"),
            }
        }
        if let Value::Object(map) = instance {
            check_properties(root, schema, map, at, out);
        }
    }

    fn check_properties(
        root: &Value,
        schema: &serde_json::Map<String, Value>,
        map: &serde_json::Map<String, Value>,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let patterns: Vec<(Regex, &Value)> = schema
            .get("patternProperties")
            .and_then(Value::as_object)
            .map(|patterns| {
                patterns
                    .iter()
                    .map(|(p, s)| (Regex::new(p).unwrap(), s))
                    .collect()
            })
            .unwrap_or_default();
        for (name, value) in map {
            let here = format!("{at}.{name}");
            let mut matched = false;
            if let Some(property) = properties.and_then(|p| p.get(name)) {
                matched = true;
                check(root, property, value, &here, out);
            }
            for (pattern, property) in &patterns {
                if pattern.is_match(name) {
                    matched = true;
                    check(root, property, value, &here, out);
                }
            }
            if !matched {
                if let Some(additional) = schema.get("additionalProperties") {
                    check(root, additional, value, &here, out);
                }
            }
        }
    }

    fn has_type(instance: &Value, name: &str) -> bool {
        match name {
            "null" => instance.is_null(),
            "boolean" => instance.is_boolean(),
            "object" => instance.is_object(),
            "array" => instance.is_array(),
            "string" => instance.is_string(),
            "number" => instance.is_number(),
            "integer" => {
                instance.is_i64()
                    || instance.is_u64()
                    || instance.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            other => panic!("unknown type {other:?}"),
        }
    }
}

/// Every input schema by name.
fn schemas() -> BTreeMap<&'static str, Value> {
    let mut by_name = BTreeMap::new();
    for input in kinerja::schema::inputs() {
        let schema = serde_json::to_value(&input.schema).unwrap();
        assert!(
            by_name.insert(input.name, schema).is_none(),
            "{} is listed twice",
            input.name
        );
    }
    by_name
}

/// The schema of each golden document kind (the part of its file name before `__`).
fn schema_of_kind(kind: &str) -> &'static str {
    match kind {
        "agency" => "agency",
        "cascade" => "cascade",
        "indicator" => "indicator_definition",
        "definitions" => "definitions",
        "bands" => "band_table",
        "measurements" => "measurements",
        "records" => "employee_records",
        "rules" => "evaluation_rules",
        "distribution" => "distribution_rules",
        "matrix" => "predicate_matrix",
        "rater_weights" => "rater_weights",
        "nine_box" => "nine_box_rules",
        "plan" => "scoring_plan",
        "agency_input" => "agency_records",
        "calibration_entries" => "calibration_entries",
        "value_map" => "value_map",
        "unit_summary" => "unit_summary",
        "tenures" => "tenures",
        "pp46" => "pp46_activities",
        "additional" => "additional_results",
        "decision" => "organisation_decision",
        "reporting" => "reporting",
        "inverse" => "inverse_query",
        "terms" => "terms",
        "command" => "command",
        "forum" => "forum",
        "feedback_log" => "feedback_log",
        "plan_trail" => "plan_trail",
        "records_trail" => "records_trail",
        other => panic!("no schema for golden documents of kind {other:?}"),
    }
}

fn golden(part: &str) -> Vec<(String, Value)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(part);
    let mut documents: Vec<(String, Value)> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            (name, serde_json::from_str(&text).unwrap())
        })
        .collect();
    documents.sort_by(|a, b| a.0.cmp(&b.0));
    documents
}

fn assert_valid(schemas: &BTreeMap<&str, Value>, schema: &str, name: &str, document: &Value) {
    let problems = validator::problems(&schemas[schema], document);
    assert!(
        problems.is_empty(),
        "{name} is invalid against the schema {schema}:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_golden_document_is_valid_against_its_schema() {
    let schemas = schemas();
    let documents = golden("accepted");
    assert!(documents.len() >= 29, "only {} documents", documents.len());
    for (name, document) in &documents {
        let kind = name.split("__").next().unwrap();
        assert_valid(&schemas, schema_of_kind(kind), name, document);
    }
}

#[test]
fn the_shipped_example_folder_is_valid_against_the_schemas() {
    let schemas = schemas();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/siulak");
    for (file, schema) in [
        ("agency.json", "agency"),
        ("cascade.json", "nodes"),
        ("definitions.json", "definitions"),
        ("realisations.json", "realisations"),
        ("employees.json", "employees"),
    ] {
        let text = std::fs::read_to_string(folder.join(file)).unwrap();
        assert_valid(
            &schemas,
            schema,
            file,
            &serde_json::from_str(&text).unwrap(),
        );
    }
}

/// The inputs of development have no golden documents: the crate's presets and the Siulak
/// sample, as the crate writes them, stand for them (and for the whole agency's records).
#[test]
fn the_development_inputs_the_crate_writes_are_valid() {
    use kinerja::development::*;
    use kinerja::regulation;
    let schemas = schemas();
    use kinerja::sample;
    for (schema, document) in [
        (
            "competency_catalogue",
            written(&regulation::permenpanrb_38_2017_catalogue()),
        ),
        (
            "competency_catalogue",
            written(&sample::siulak_competencies().unwrap()),
        ),
        ("standards", written(&sample::siulak_standards().unwrap())),
        (
            "assessments",
            written(&sample::siulak_assessments().unwrap()),
        ),
        (
            "performance_gap_rules",
            written(&sample::siulak_gap_rules().unwrap()),
        ),
        ("programmes", written(&sample::siulak_programmes().unwrap())),
        (
            "development_records",
            written(&sample::siulak_development_records().unwrap()),
        ),
        (
            "agency_records",
            written(&sample::siulak_records().unwrap()),
        ),
        (
            "jp_conversion",
            written(&regulation::lan_10_2018_conversion()),
        ),
        ("assessment_rules", written(&AssessmentRules::default())),
        ("jpm_rules", written(&JpmRules::default())),
        ("needs_rules", written(&NeedsRules::default())),
        ("need_rules", written(&NeedRules::default())),
        (
            "performance_gap_rules",
            written(&PerformanceGapRules::default()),
        ),
        ("closing_rules", written(&ClosingRules::default())),
        ("plan_rules", written(&PlanRules::default())),
    ] {
        assert_valid(&schemas, schema, schema, &document);
    }
}

/// A value as the crate writes it.
fn written<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

/// Documents refused for their form: the schema refuses them too.
#[test]
fn documents_of_the_wrong_form_are_invalid() {
    let schemas = schemas();
    let refused: BTreeMap<String, Value> = golden("rejected").into_iter().collect();
    for name in [
        "agency__unknown_field",
        "cascade__weight_as_number",
        "cascade__id_with_space",
        "calibration_entries__score_as_number",
        "forum__unknown_fate",
        "additional__unknown_rating",
        "indicator__target_as_number",
        "indicator__unknown_formula",
        "inverse__step_as_number",
        "measurements__value_as_number",
        "records__unknown_field",
        "reporting__unknown_point",
        "rules__unknown_field",
        "terms__unknown_field",
    ] {
        let document = refused
            .get(name)
            .unwrap_or_else(|| panic!("no rejected document {name}"));
        let schema = schema_of_kind(name.split("__").next().unwrap());
        assert!(
            !validator::problems(&schemas[schema], document).is_empty(),
            "{name} is valid against {schema}"
        );
    }
    // Records are objects: an array of values is refused, as the readers refuse it.
    assert!(!validator::problems(&schemas["agency"], &serde_json::json!(["X", "Y"])).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a reader accepts, however damaged, is valid against its schema.
    #[test]
    fn what_a_reader_accepts_its_schema_accepts(
        picks in prop::collection::vec((any::<prop::sample::Index>(), replacement(), any::<bool>()), 1..4),
    ) {
        let schemas = schemas();
        every_input_type(|name, read_as| {
            let document = damage(inputs::read(name), picks.clone());
            if (read_as.accepts)(document.clone()) {
                let problems = validator::problems(&schemas[read_as.schema], &document);
                prop_assert!(problems.is_empty(), "{name} damaged {document}:\n{}", problems.join("\n"));
            }
            Ok(())
        })?;
    }
}

/// Whether `document` is valid against the schema of `T`.
fn valid<T: schemars::JsonSchema>(document: &Value) -> bool {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    validator::problems(&schema, document).is_empty()
}

/// Whether `document` reads as a `T`.
fn reads<T: serde::de::DeserializeOwned>(document: &Value) -> bool {
    serde_json::from_value::<T>(document.clone()).is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A period or span the reader accepts matches its pattern; the patterns refuse what is
    /// not even shaped like one.
    #[test]
    fn periods_and_spans_match_their_patterns(
        text in prop_oneof![
            "[0-9]{4}(-(S[0-9]|Q[0-9]|[0-9]{2}(\\.\\.[0-9]{2})?))?",
            "\\PC{0,12}",
        ],
    ) {
        use kinerja::period::{Period, Span};
        let document = Value::from(text.clone());
        if reads::<Period>(&document) {
            prop_assert!(valid::<Period>(&document), "{}", text);
        }
        if reads::<Span>(&document) {
            prop_assert!(valid::<Span>(&document), "{}", text);
        }
        if !valid::<Span>(&document) {
            prop_assert!(!reads::<Period>(&document) && !reads::<Span>(&document));
        }
    }

    /// An id's pattern is its rule exactly.
    #[test]
    fn an_id_matches_its_pattern_exactly(text in prop_oneof!["[ -~]{0,70}", "[A-Z0-9.-]{60,68}", "\\PC{0,8}"]) {
        let document = Value::from(text.clone());
        prop_assert_eq!(
            reads::<kinerja::id::NodeId>(&document),
            valid::<kinerja::id::NodeId>(&document),
            "{}", text
        );
    }

    /// A decimal the reader accepts matches the pattern; a number never does.
    #[test]
    fn decimals_match_their_pattern(
        text in prop_oneof!["-?[0-9]{1,4}(\\.[0-9]{0,3})?", "[-+ .0-9_e]{0,8}"],
        number in any::<f64>(),
    ) {
        use kinerja::num::{Percent, Score, Weight};
        let document = Value::from(text.clone());
        for (read, matches) in [
            (reads::<Percent>(&document), valid::<Percent>(&document)),
            (reads::<Weight>(&document), valid::<Weight>(&document)),
            (reads::<Score>(&document), valid::<Score>(&document)),
        ] {
            prop_assert!(!read || matches, "{}", text);
        }
        prop_assert!(!valid::<Percent>(&Value::from(number)));
    }
}

/// Whole numbers with a range: the schema's bounds are the reader's, every number tried.
#[test]
fn bounded_numbers_have_the_readers_bounds() {
    use kinerja::development::CompetencyLevel;
    use kinerja::evaluation::NineBox;
    use kinerja::period::{Month, Year};
    fn same_bounds<T: schemars::JsonSchema + serde::de::DeserializeOwned>() {
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        for n in -2_i64..=10_001 {
            let document = Value::from(n);
            assert_eq!(
                reads::<T>(&document),
                validator::problems(&schema, &document).is_empty(),
                "{n} as {}",
                std::any::type_name::<T>()
            );
        }
    }
    same_bounds::<Year>();
    same_bounds::<Month>();
    same_bounds::<NineBox>();
    same_bounds::<CompetencyLevel>();
}

/// Every input document's type shows a JSON document of it in its docs (read by the doctest
/// there), so a reader of the docs sees the field names the builders hide.
#[test]
fn every_input_type_shows_a_document_in_its_docs() {
    let mut sources = Vec::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                sources.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    for input in kinerja::schema::inputs() {
        // The type the docs belong to: `Vec<kinerja::measure::Realisation>` → `Realisation`.
        let name = input
            .rust_type
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|word| !word.is_empty() && word.starts_with(char::is_uppercase))
            .find(|word| *word != "Vec")
            .unwrap();
        let docs: Vec<String> = sources
            .iter()
            .filter_map(|source| docs_of(source, name))
            .collect();
        assert_eq!(docs.len(), 1, "{name} is defined once");
        assert!(
            docs[0].contains("A document of this type"),
            "the docs of {name} ({}) show no JSON document",
            input.name
        );
    }
}

/// The doc comment and attributes above `pub struct NAME` or `pub enum NAME` in `source`: the
/// lines up to the blank line before it.
fn docs_of(source: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = source.lines().collect();
    let at = lines.iter().position(|line| {
        ["pub struct ", "pub enum "].iter().any(|start| {
            line.strip_prefix(start)
                .and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|rest| rest.starts_with([' ', '<', '(', '{']))
        })
    })?;
    let start = lines[..at]
        .iter()
        .rposition(|line| line.trim().is_empty())
        .map_or(0, |blank| blank + 1);
    Some(lines[start..at].join("\n"))
}
