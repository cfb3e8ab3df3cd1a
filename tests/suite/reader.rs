//! The reader (`kinerja::read`): it reads what `serde_json` reads, to the same value, for
//! every input type; it never panics and never overflows the stack, and every problem it
//! reports has a place that exists in the document.
//!
//! The law of issue 25, over the golden documents and the Siulak files, written with any
//! whitespace and escapes, damaged in up to three places or with a typo anywhere:
//!
//! - every document the reader accepts round-trips: read, written, read again gives an
//!   equal value, and writing that gives the identical text ([`agree`]);
//! - every document it refuses leaves nothing half-read: the read returns no value (it
//!   refuses exactly what serde_json refuses), and when several records hold a mistake,
//!   every one is reported at its record (`every_mistake_in_several_records_is_reported`).
//!
//! The messages, mistake by mistake, are in `realistic_mistakes.rs`.

use kinerja::agreement::{Command, FeedbackLog, Forum, PlanEvent, Recorded, Terms};
use kinerja::cascade::Node;
use kinerja::evaluation::{
    AdditionalResult, CalibrationEntry, DistributionRules, EmployeeRecords, EvaluationRules,
    NineBoxRules, OrganisationDecision, Pp46Activity, PredicateMatrix, RaterWeights, RecordChange,
    Tenure, UnitSummary,
};
use kinerja::measure::{Definitions, IndicatorDefinition, Measurements, Realisation};
use kinerja::read::{MAX_DEPTH, ReadProblems, Step, SyntaxError, Wrong, read};
use kinerja::scoring::{BandTable, InverseQuery, Reporting, ScoringPlan, ValueMap};
use kinerja::{Agency, AgencyInput, AgencyRecords, Cascade, Language};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;
use std::path::Path;

use crate::common::inputs::{damage, replacement};

/// Reads `text` both ways: the reader and `serde_json` accept the same documents, to equal
/// values; what is accepted writes back to a text that reads again to the same value and
/// writes to the same text; what is refused has problems, each placed where the document
/// has something.
fn agree<T>(text: &str) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let ours = read::<T>(text);
    let theirs = serde_json::from_str::<T>(text);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => {
            prop_assert_eq!(&ours, &theirs);
            let written = serde_json::to_string(&ours).unwrap();
            let again = read::<T>(&written);
            prop_assert!(again.is_ok(), "{:?}", again.err());
            let again = again.unwrap();
            prop_assert_eq!(&again, &ours);
            prop_assert_eq!(serde_json::to_string(&again).unwrap(), written);
        }
        (Err(problems), Err(_)) => placed_in(text, &problems)?,
        // serde_json reads a number key from the raw text, so it refuses one with an
        // escaped digit (`"\u0032026"`); the reader reads the key's text, as JSON means it:
        // the same value as the text written plainly.
        (Ok(ours), Err(error)) if error.to_string().contains("expected key to be a number") => {
            let plain =
                serde_json::to_string(&serde_json::from_str::<Value>(text).unwrap()).unwrap();
            prop_assert_eq!(&ours, &serde_json::from_str::<T>(&plain).unwrap());
        }
        (Ok(_), Err(error)) => prop_assert!(false, "accepted what serde_json refuses: {error}"),
        (Err(problems), Ok(_)) => {
            prop_assert!(false, "refused what serde_json accepts: {problems}");
        }
    }
    Ok(())
}

/// Every problem is placed on a line and column of the text and at a path the document
/// has, and tells itself in both languages.
fn placed_in(text: &str, problems: &ReadProblems) -> Result<(), TestCaseError> {
    prop_assert!(!problems.problems().is_empty());
    let document: Option<Value> = serde_json::from_str(text).ok();
    let lines = text.split('\n').count();
    for problem in problems.problems() {
        prop_assert!(problem.line() >= 1 && problem.line() <= lines, "{problem}");
        prop_assert!(problem.column() >= 1, "{problem}");
        if let Some(document) = &document {
            prop_assert!(
                resolve(document, problem.path().steps()).is_some(),
                "{problem}: no such place in the document"
            );
        }
        for language in [Language::Indonesian, Language::English] {
            let told = problem.describe(language);
            prop_assert!(!told.is_empty() && !told.contains('\n'), "{told}");
        }
    }
    Ok(())
}

/// The value at `steps` in `document`.
fn resolve<'v>(document: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(document, |value, step| match step {
        Step::Index(index) => value.as_array()?.get(*index),
        Step::Key(key) => value.as_object()?.get(key),
    })
}

type Check = fn(&str) -> Result<(), TestCaseError>;

/// The input type of each golden document, by the part of its name before `__`, and of
/// each file of the shipped Siulak folder.
fn check_of(kind: &str) -> Check {
    match kind {
        "additional" => agree::<Vec<AdditionalResult>>,
        "agency" => agree::<Agency>,
        "agency_input" => agree::<AgencyInput>,
        "bands" => agree::<BandTable<String>>,
        "calibration_entries" => agree::<Vec<CalibrationEntry>>,
        "cascade" => agree::<Cascade>,
        "command" => agree::<Command>,
        "decision" => agree::<OrganisationDecision>,
        "definitions" => agree::<Definitions>,
        "distribution" => agree::<DistributionRules>,
        "feedback_log" => agree::<FeedbackLog>,
        "forum" => agree::<Forum>,
        "indicator" => agree::<IndicatorDefinition>,
        "inverse" => agree::<InverseQuery>,
        "matrix" => agree::<PredicateMatrix>,
        "measurements" => agree::<Measurements>,
        "nine_box" => agree::<NineBoxRules>,
        "plan" => agree::<ScoringPlan>,
        "plan_trail" => agree::<Vec<Recorded<PlanEvent>>>,
        "pp46" => agree::<Vec<Pp46Activity>>,
        "rater_weights" => agree::<RaterWeights>,
        "records" => agree::<EmployeeRecords>,
        "records_trail" => agree::<Vec<Recorded<RecordChange>>>,
        "reporting" => agree::<Reporting>,
        "rules" => agree::<EvaluationRules>,
        "tenures" => agree::<Vec<Tenure>>,
        "terms" => agree::<Terms>,
        "unit_summary" => agree::<UnitSummary>,
        "value_map" => agree::<ValueMap>,
        // The Siulak folder of `examples/from_json.rs`.
        "siulak/agency" => agree::<Agency>,
        "siulak/cascade" => agree::<Vec<Node>>,
        "siulak/definitions" => agree::<Vec<IndicatorDefinition>>,
        "siulak/realisations" => agree::<Vec<Realisation>>,
        "siulak/employees" => agree::<Vec<EmployeeRecords>>,
        "siulak/evaluation" => agree::<Value>,
        other => panic!("no input type for {other:?}"),
    }
}

/// Every document the reader is tested on: the golden accepted ones and the Siulak folder,
/// each with its kind and text.
fn documents() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/golden/accepted")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let kind = name.split("__").next().unwrap().to_owned();
        documents.push((kind, std::fs::read_to_string(&path).unwrap()));
    }
    for name in [
        "agency",
        "cascade",
        "definitions",
        "realisations",
        "employees",
        "evaluation",
    ] {
        let path = root
            .join("examples/data/siulak")
            .join(format!("{name}.json"));
        documents.push((
            format!("siulak/{name}"),
            std::fs::read_to_string(path).unwrap(),
        ));
    }
    documents.sort();
    documents
}

#[test]
fn every_golden_document_reads_as_serde_json_reads_it() {
    let documents = documents();
    assert!(documents.len() >= 35, "{}", documents.len());
    for (kind, text) in &documents {
        assert!(read::<Value>(text).is_ok(), "{kind}");
        check_of(kind)(text).unwrap_or_else(|error| panic!("{kind}: {error}"));
    }
}

#[test]
fn the_golden_documents_are_read_without_a_problem_as_their_types() {
    // `agree` would also pass if both refused; these must be accepted.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = |name: &str| std::fs::read_to_string(root.join(name)).unwrap();
    assert!(read::<AgencyInput>(&text("tests/golden/accepted/agency_input__siulak.json")).is_ok());
    assert!(read::<Vec<EmployeeRecords>>(&text("examples/data/siulak/employees.json")).is_ok());
    assert!(read::<Vec<Node>>(&text("examples/data/siulak/cascade.json")).is_ok());
    assert!(read::<Cascade>(&text("tests/golden/accepted/cascade__small.json")).is_ok());
}

/// A JSON value of every kind: floats with few digits, so that any two correct readers
/// agree on them to the bit.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (any::<i32>(), 0..7_u32).prop_map(|(mantissa, places)| {
            Value::from(f64::from(mantissa) / 10_f64.powi(places as i32))
        }),
        "\\PC{0,12}".prop_map(Value::from),
        "[\\u{0}-\\u{1f}\"\\\\/a-zé😀]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_0-9.é\"\\\\ -]{0,6}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// The next of `choices` (taken in turn, over and over), below `n`.
fn pick(choices: &[u8], next: &mut usize, n: usize) -> usize {
    let choice = choices[*next % choices.len()];
    *next += 1;
    usize::from(choice) % n
}

/// Writes `value` as JSON, spending `choices` on the whitespace between tokens and on how
/// each character of a string is written (as itself, or escaped).
fn write_with(value: &Value, choices: &[u8], next: &mut usize, out: &mut String) {
    const SPACE: [&str; 6] = ["", " ", "\n", "\t", "\r\n  ", "  \n\t "];
    let space = |next: &mut usize, out: &mut String| {
        out.push_str(SPACE[pick(choices, next, SPACE.len())]);
    };
    match value {
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(next, out);
                write_with(item, choices, next, out);
                space(next, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(next, out);
                write_string(key, choices, next, out);
                space(next, out);
                out.push(':');
                space(next, out);
                write_with(item, choices, next, out);
                space(next, out);
            }
            out.push('}');
        }
        Value::String(text) => write_string(text, choices, next, out),
        other => out.push_str(&serde_json::to_string(other).unwrap()),
    }
}

fn write_string(text: &str, choices: &[u8], next: &mut usize, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        let plain = !(c == '"' || c == '\\' || u32::from(c) < 0x20);
        match (pick(choices, next, 4), c) {
            (0 | 1, _) if plain => out.push(c),
            (2, '"' | '\\' | '/') => {
                out.push('\\');
                out.push(c);
            }
            (2, '\n') => out.push_str("\\n"),
            (2, '\t') => out.push_str("\\t"),
            (choice, _) => {
                let mut units = [0_u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    if choice == 3 {
                        out.push_str(&format!("\\u{unit:04X}"));
                    } else {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
            }
        }
    }
    out.push('"');
}

fn written_with(value: &Value, choices: &[u8]) -> String {
    let mut out = String::new();
    write_with(value, choices, &mut 0, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any JSON value, written with any whitespace and any escapes, reads as serde_json
    /// reads it.
    #[test]
    fn any_json_reads_as_serde_json_reads_it(value in json_value(), choices in prop::collection::vec(any::<u8>(), 1..64)) {
        let text = written_with(&value, &choices);
        let ours = read::<Value>(&text);
        prop_assert!(ours.is_ok(), "{}: {:?}", text, ours.err());
        prop_assert_eq!(ours.unwrap(), serde_json::from_str::<Value>(&text).unwrap());
        agree::<Value>(&text)?;
    }

    /// Text that is not JSON, or is: the reader accepts it exactly when serde_json does,
    /// never panics, and places its problem in the text.
    #[test]
    fn any_text_is_accepted_exactly_when_serde_json_accepts_it(text in "\\PC{0,40}|[\\[\\]{}\",:0-9.eE+ \\-tfnrul\\\\]{0,30}") {
        prop_assume!(!text.starts_with('\u{feff}'));
        agree::<Value>(&text)?;
        let _ = read::<Cascade>(&text);
        let _ = read::<Agency>(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every golden document and Siulak file, written with other whitespace and escapes,
    /// reads as serde_json reads it, to the same value.
    #[test]
    fn golden_documents_with_any_whitespace_read_as_serde_json_reads_them(pick in any::<prop::sample::Index>(), choices in prop::collection::vec(any::<u8>(), 1..32)) {
        let documents = documents();
        let (kind, text) = &documents[pick.index(documents.len())];
        let value: Value = serde_json::from_str(text).unwrap();
        check_of(kind)(&written_with(&value, &choices))?;
    }

    /// A golden document damaged in up to three places: the reader and serde_json accept
    /// the same, to the same value; what the reader refuses, it refuses with problems
    /// placed where the document has something.
    #[test]
    fn damaged_documents_read_as_serde_json_reads_them(pick in any::<prop::sample::Index>(), picks in prop::collection::vec((any::<prop::sample::Index>(), replacement(), any::<bool>()), 1..4)) {
        let documents = documents();
        let (kind, text) = &documents[pick.index(documents.len())];
        let damaged = damage(serde_json::from_str(text).unwrap(), picks);
        check_of(kind)(&serde_json::to_string_pretty(&damaged).unwrap())?;
    }

    /// A golden document with a character inserted, deleted or replaced anywhere: no
    /// panic, and the same verdict as serde_json.
    #[test]
    fn golden_documents_with_a_typo_read_as_serde_json_reads_them(pick in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), typo in prop::sample::select(vec!["", ",", "]", "}", "\"", ":", "0", "-", ".", "x", " ", "\\", "{", "[", "é"]), delete in any::<bool>()) {
        let documents = documents();
        let (kind, text) = &documents[pick.index(documents.len())];
        let mut chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len());
        if delete {
            chars.remove(i);
        }
        let typo: Vec<char> = typo.chars().collect();
        chars.splice(i..i, typo);
        let text: String = chars.into_iter().collect();
        check_of(kind)(&text)?;
    }
}

#[test]
fn hostile_nesting_is_refused_without_overflowing_the_stack() {
    for text in [
        "[".repeat(100_000),
        "{\"a\":".repeat(100_000),
        "[{\"a\":".repeat(50_000),
        format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000)),
    ] {
        for problems in [
            read::<Value>(&text).unwrap_err(),
            read::<Cascade>(&text).unwrap_err(),
            read::<AgencyRecords>(&text).unwrap_err(),
        ] {
            assert_eq!(problems.problems().len(), 1);
            let problem = &problems.problems()[0];
            assert_eq!(
                problem.wrong(),
                &Wrong::Syntax(SyntaxError::TooDeep { limit: MAX_DEPTH })
            );
            assert_eq!(problem.path().steps().len(), MAX_DEPTH);
        }
    }
}

#[test]
fn the_depth_limit_is_serde_jsons() {
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    for levels in [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2] {
        let text = nested(levels);
        assert_eq!(
            read::<Value>(&text).is_ok(),
            serde_json::from_str::<Value>(&text).is_ok(),
            "{levels} levels"
        );
    }
    assert!(read::<Value>(&nested(MAX_DEPTH)).is_ok());
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = "\u{feff}{\"name\": \"x\"}";
    assert_eq!(
        read::<Value>(text).unwrap(),
        serde_json::json!({"name": "x"})
    );
}

#[test]
fn numbers_reach_visitors_as_serde_json_gives_them() {
    for text in [
        "0",
        "-0",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1e2",
        "1.5E-3",
        "[1, -1, 1.0]",
    ] {
        agree::<Value>(text).unwrap();
    }
    // `year` takes whole numbers only, as serde_json reads them.
    for year in ["2026.0", "2.026e3", "-0"] {
        assert!(read::<kinerja::period::Year>(year).is_err(), "{year}");
        assert!(
            serde_json::from_str::<kinerja::period::Year>(year).is_err(),
            "{year}"
        );
    }
    assert_eq!(
        read::<kinerja::period::Year>("2026").unwrap(),
        serde_json::from_str::<kinerja::period::Year>("2026").unwrap()
    );
    assert!(read::<f64>("1e400").is_err());
    assert!(serde_json::from_str::<f64>("1e400").is_err());
}

/// The law of the reader over the Siulak files: several mistakes in several records are
/// all reported, each at its record, and the read gives no value.
fn siulak_list(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/siulak")
        .join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The places of the text leaves inside `value`, as paths of keys and indices.
fn text_leaves(value: &Value, prefix: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::String(_) => out.push(prefix.clone()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                prefix.push(Step::Index(i));
                text_leaves(item, prefix, out);
                prefix.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                prefix.push(Step::Key(key.clone()));
                text_leaves(item, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'v>(value: &'v mut Value, steps: &[Step]) -> &'v mut Value {
    steps.iter().fold(value, |value, step| match step {
        Step::Index(i) => &mut value[*i],
        Step::Key(key) => &mut value[key.as_str()],
    })
}

/// Reads `text` as the type of the Siulak file `name`: the problems, or none when it is
/// accepted.
fn siulak_problems(name: &str, text: &str) -> Option<ReadProblems> {
    match name {
        "cascade" => read::<Vec<Node>>(text).err(),
        "definitions" => read::<Vec<IndicatorDefinition>>(text).err(),
        "realisations" => read::<Vec<Realisation>>(text).err(),
        "employees" => read::<Vec<EmployeeRecords>>(text).err(),
        other => panic!("no list file {other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A Siulak file with a mistake in each of several records (a text value replaced by a
    /// number or an object, or a field no record has): the read gives no value, and every
    /// record damaged has a problem placed inside it, told in both languages.
    #[test]
    fn every_mistake_in_several_records_is_reported(
        name in prop::sample::select(vec!["cascade", "definitions", "realisations", "employees"]),
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..3_u8), 1..6),
    ) {
        let mut document = siulak_list(name);
        let records = document.as_array().unwrap().len();
        let mut damaged = std::collections::BTreeSet::new();
        for (record, leaf, how) in picks {
            let record = record.index(records);
            if !damaged.insert(record) {
                continue;
            }
            let element = &mut document[record];
            let mut leaves = Vec::new();
            text_leaves(element, &mut Vec::new(), &mut leaves);
            let leaf = &leaves[leaf.index(leaves.len())];
            match how {
                0 => *at_mut(element, leaf) = serde_json::json!(12.5),
                1 => *at_mut(element, leaf) = serde_json::json!({"x": 1}),
                _ => {
                    element.as_object_mut().unwrap().insert("catatan_lain".into(), Value::from("x"));
                }
            }
        }
        let text = serde_json::to_string_pretty(&document).unwrap();
        let problems = siulak_problems(name, &text);
        prop_assert!(problems.is_some(), "{} with {} damaged records was accepted", name, damaged.len());
        let problems = problems.unwrap();
        prop_assert!(problems.is_complete());
        placed_in(&text, &problems)?;
        for record in &damaged {
            prop_assert!(
                problems.problems().iter().any(|problem| problem.path().steps().first() == Some(&Step::Index(*record))),
                "{}: no problem in record {}: {}", name, record, problems
            );
        }
    }
}
