//! Golden JSON: hand-written documents of the wire format. Accepted documents must read into
//! the values the API builds and write back field for field; rejected documents must fail
//! with the error written beside them (`NAME.error`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use kinerja::{Agency, BandTable, Cascade, IndicatorDefinition, Measurements, Period};
use std::fs;
use std::path::Path;

fn golden(path: &str) -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(path),
    )
    .unwrap()
}

#[test]
fn the_small_cascade_document_is_the_small_cascade() {
    let text = golden("accepted/small_cascade.json");
    let read: Cascade = serde_json::from_str(&text).unwrap();
    let built = common::small_cascade_builder().build().unwrap();
    assert_eq!(read, built);
    // Writing it back gives the same document, field for field.
    let written = serde_json::to_value(&built).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written, file);
}

#[test]
fn rejected_documents_fail_with_their_stated_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/rejected");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 10,
        "expected the rejected cases, found {}",
        cases.len()
    );
    for case in cases {
        let name = case.file_stem().unwrap().to_str().unwrap().to_owned();
        let text = fs::read_to_string(&case).unwrap();
        let expected = fs::read_to_string(case.with_extension("error")).unwrap();
        let expected = expected.trim();
        let error = match name.split("__").next() {
            Some("agency") => serde_json::from_str::<Agency>(&text)
                .map(|_| ())
                .unwrap_err(),
            Some("cascade") => serde_json::from_str::<Cascade>(&text)
                .map(|_| ())
                .unwrap_err(),
            Some("indicator") => serde_json::from_str::<IndicatorDefinition>(&text)
                .map(|_| ())
                .unwrap_err(),
            Some("bands") => serde_json::from_str::<BandTable<String>>(&text)
                .map(|_| ())
                .unwrap_err(),
            other => panic!("{name}: unknown document type {other:?}"),
        };
        let message = error.to_string();
        assert!(
            message.starts_with(expected),
            "{name}:\n  expected: {expected}\n  got:      {message}"
        );
    }
}

#[test]
fn an_indicator_definition_document() {
    let text = golden("accepted/indicator_definition.json");
    let definition: IndicatorDefinition = serde_json::from_str(&text).unwrap();
    // Quarterly targets 3, 4, 4, 4: realising 15 in the year is 100 %.
    let quarters = kinerja::Year::new(2026)
        .unwrap()
        .periods(kinerja::Granularity::Quarter);
    let measured = Measurements::new(quarters.iter().zip([3, 3, 5, 4]).map(|(q, v)| {
        kinerja::Realisation::new(definition.id().clone(), *q, rust_decimal::Decimal::from(v))
    }))
    .unwrap();
    let year: Period = "2026".parse().unwrap();
    assert_eq!(
        definition
            .achievement(year, &measured)
            .unwrap()
            .unwrap()
            .value(),
        rust_decimal::Decimal::from(100)
    );
    let written = serde_json::to_value(&definition).unwrap();
    assert_eq!(
        written,
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    );
}

#[test]
fn a_rating_band_document() {
    let text = golden("accepted/rating_bands.json");
    let table: BandTable<String> = serde_json::from_str(&text).unwrap();
    let d = rust_decimal::Decimal::from;
    assert_eq!(
        table.classify(d(90), |_| false).unwrap().label,
        "sesuai ekspektasi"
    );
    assert_eq!(
        table.classify(d(500), |_| false).unwrap().label,
        "di atas ekspektasi"
    );
    let written = serde_json::to_value(&table).unwrap();
    assert_eq!(
        written,
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    );
}
