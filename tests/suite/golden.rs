//! Golden JSON: hand-checked documents of the wire format, one file per case.
//!
//! - `accepted/TYPE__NAME.json`: every input type, read and written back field for field.
//! - `rejected/TYPE__NAME.json`: refused with the error written beside it (`NAME.error`).
//! - `output/NAME.json`: every output type, made from the Siulak sample. They pin the field
//!   names a front end reads; the figures in them are worked by hand in
//!   `agency_evaluation.rs` and the other tests, not taken from here.
//!
//! Run with `KINERJA_BLESS=1` to rewrite the output documents after a deliberate change of
//! the wire format, then read the diff.

use crate::common;

use kinerja::agreement::{Command, FeedbackLog, Forum, Plan, PlanEvent, Recorded, Terms};
use kinerja::evaluation::{
    AdditionalResult, CalibrationEntry, DEFAULT_MAX_TEAM, DistributionRules, EmployeeRecords,
    NineBoxRules, OrganisationDecision, Pp46Activity, PredicateMatrix, RaterWeights, RecordChange,
    RecordsLedger, Tenure, UnitSummary,
};
use kinerja::period::Granularity;
use kinerja::prelude::*;
use kinerja::regulation::permenpanrb_8_2021_values;
use kinerja::sample;
use kinerja::scoring::{BandTable, InverseQuery, Reporting, ValueMap};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn dir(part: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(part)
}

fn golden(path: &str) -> String {
    fs::read_to_string(dir(path)).unwrap()
}

/// Reads `text` as a `T` and writes it back as a JSON value.
fn round_trip<T: DeserializeOwned + Serialize>(text: &str) -> Result<Value, String> {
    let value: T = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(serde_json::to_value(&value).unwrap())
}

/// The round trip of a document of type `kind` (the part of a file name before `__`).
fn read_as(kind: &str, text: &str) -> Result<Value, String> {
    match kind {
        "agency" => round_trip::<Agency>(text),
        "cascade" => round_trip::<Cascade>(text),
        "indicator" => round_trip::<IndicatorDefinition>(text),
        "definitions" => round_trip::<Definitions>(text),
        "bands" => round_trip::<BandTable<String>>(text),
        "measurements" => round_trip::<Measurements>(text),
        "records" => round_trip::<EmployeeRecords>(text),
        "rules" => round_trip::<EvaluationRules>(text),
        "distribution" => round_trip::<DistributionRules>(text),
        "matrix" => round_trip::<PredicateMatrix>(text),
        "rater_weights" => round_trip::<RaterWeights>(text),
        "nine_box" => round_trip::<NineBoxRules>(text),
        "plan" => round_trip::<ScoringPlan>(text),
        "agency_input" => round_trip::<AgencyInput>(text),
        "calibration_entries" => round_trip::<Vec<CalibrationEntry>>(text),
        "value_map" => round_trip::<ValueMap>(text),
        "unit_summary" => round_trip::<UnitSummary>(text),
        "tenures" => round_trip::<Vec<Tenure>>(text),
        "pp46" => round_trip::<Vec<Pp46Activity>>(text),
        "additional" => round_trip::<Vec<AdditionalResult>>(text),
        "decision" => round_trip::<OrganisationDecision>(text),
        "reporting" => round_trip::<Reporting>(text),
        "inverse" => round_trip::<InverseQuery>(text),
        "terms" => round_trip::<Terms>(text),
        "command" => round_trip::<Command>(text),
        "forum" => round_trip::<Forum>(text),
        "feedback_log" => round_trip::<FeedbackLog>(text),
        "plan_trail" => {
            let trail: Vec<Recorded<PlanEvent>> =
                serde_json::from_str(text).map_err(|e| e.to_string())?;
            Plan::replay(&trail, &sample::siulak_cascade().unwrap()).map_err(|e| e.to_string())?;
            Ok(serde_json::to_value(&trail).unwrap())
        }
        "records_trail" => {
            let trail: Vec<Recorded<RecordChange>> =
                serde_json::from_str(text).map_err(|e| e.to_string())?;
            RecordsLedger::replay(&trail, &sample::siulak_agency().unwrap())
                .map_err(|e| e.to_string())?;
            Ok(serde_json::to_value(&trail).unwrap())
        }
        other => panic!("unknown document type {other:?}"),
    }
}

fn cases(part: &str) -> Vec<(String, PathBuf)> {
    let mut cases: Vec<(String, PathBuf)> = fs::read_dir(dir(part))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| (path.file_stem().unwrap().to_str().unwrap().to_owned(), path))
        .collect();
    cases.sort();
    cases
}

fn kind(name: &str) -> &str {
    name.split("__").next().unwrap()
}

#[test]
fn accepted_documents_read_and_write_back_field_for_field() {
    let cases = cases("accepted");
    let kinds: std::collections::BTreeSet<&str> = cases.iter().map(|(n, _)| kind(n)).collect();
    assert!(
        kinds.len() >= 20,
        "expected every input type, found {kinds:?}"
    );
    for (name, path) in &cases {
        let text = fs::read_to_string(path).unwrap();
        let written = read_as(kind(name), &text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let file: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(written, file, "{name}");
    }
}

#[test]
fn rejected_documents_fail_with_their_stated_error() {
    let cases = cases("rejected");
    assert!(
        cases.len() >= 30,
        "expected the rejected cases, found {}",
        cases.len()
    );
    for (name, path) in cases {
        let text = fs::read_to_string(&path).unwrap();
        let expected = fs::read_to_string(path.with_extension("error")).unwrap();
        let expected = expected.trim();
        let message = match read_as(kind(&name), &text) {
            Ok(_) => panic!("{name}: accepted"),
            Err(message) => message,
        };
        assert!(
            message.starts_with(expected),
            "{name}:\n  expected: {expected}\n  got:      {message}"
        );
    }
}

#[test]
fn the_small_cascade_document_is_the_small_cascade() {
    let read: Cascade = serde_json::from_str(&golden("accepted/cascade__small.json")).unwrap();
    assert_eq!(read, common::small_cascade_builder().build().unwrap());
}

#[test]
fn an_indicator_definition_document() {
    let text = golden("accepted/indicator__kurikulum_merdeka.json");
    let definition: IndicatorDefinition = serde_json::from_str(&text).unwrap();
    // Quarterly targets 3, 4, 4, 4: realising 15 in the year is 100 %.
    let quarters = Year::new(2026).unwrap().periods(Granularity::Quarter);
    let measured = Measurements::new(quarters.iter().zip([3, 3, 5, 4]).map(|(q, v)| {
        Realisation::new(definition.id().clone(), *q, rust_decimal::Decimal::from(v))
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
}

#[test]
fn a_rating_band_document() {
    let table: BandTable<String> =
        serde_json::from_str(&golden("accepted/bands__rating.json")).unwrap();
    let d = rust_decimal::Decimal::from;
    assert_eq!(
        table.classify(d(90), |_| false).unwrap().label,
        "sesuai ekspektasi"
    );
    assert_eq!(
        table.classify(d(500), |_| false).unwrap().label,
        "di atas ekspektasi"
    );
}

/// Compares `value` with `output/NAME.json`, or writes it there under `KINERJA_BLESS`.
fn check_output<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
    name: &str,
    value: &T,
) {
    let path = dir("output").join(format!("{name}.json"));
    let text = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os("KINERJA_BLESS").is_some() {
        fs::create_dir_all(dir("output")).unwrap();
        fs::write(&path, &text).unwrap();
    }
    let file = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let on_file: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(serde_json::to_value(value).unwrap(), on_file, "{name}");
    // Every output also reads back into the same value.
    assert_eq!(&serde_json::from_str::<T>(&file).unwrap(), value, "{name}");
}

/// Compares `text` with `output/NAME.LANG.txt` (`id` or `en`), or writes it there under
/// `KINERJA_BLESS`.
fn check_text(name: &str, language: Language, text: &str) {
    let code = match language {
        Language::Indonesian => "id",
        Language::English => "en",
    };
    let path = dir("output").join(format!("{name}.{code}.txt"));
    if std::env::var_os("KINERJA_BLESS").is_some() {
        fs::create_dir_all(dir("output")).unwrap();
        fs::write(&path, text).unwrap();
    }
    let file = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}.{code}: {e}"));
    assert_eq!(text, file, "{name}.{code}");
}

/// An explanation as JSON and as text in both languages.
fn check_explained<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
    name: &str,
    value: &T,
    render: impl Fn(Language) -> String,
) {
    check_output(name, value);
    for language in [Language::Indonesian, Language::English] {
        check_text(name, language, &render(language));
    }
}

/// Every explanation of issue 24, written out: the figures in them are worked by hand in
/// `explained.rs`.
#[test]
fn explanation_documents() {
    use kinerja::evaluation::{
        AspectFigures, Permenpanrb8Rules, Pp30Rating, Pp30Rules, Pp30Weighting, Pp46Rules,
        Predicate, credit_points, explain_permenpanrb_8_2021, explain_pp_30_2019,
        explain_pp_46_2011,
    };
    let d = |text: &str| -> rust_decimal::Decimal { text.parse().unwrap() };

    // 360°, no innovation: 113 lies in Sangat Baik but is Baik.
    let pp30 = explain_pp_30_2019(
        &Pp30Rules::default(),
        d("115"),
        d("110"),
        Pp30Weighting::ThreeSixty,
        false,
    )
    .unwrap();
    check_explained("pp30_explanation", &pp30, |l| pp30.render(l));

    // 105 %, and two additional results over the cap.
    let extra = [
        AdditionalResult {
            weight: d("6"),
            rating: Pp30Rating::VeryGood,
        },
        AdditionalResult {
            weight: d("8"),
            rating: Pp30Rating::Fair,
        },
    ];
    let permenpanrb =
        explain_permenpanrb_8_2021(&Permenpanrb8Rules::default(), d("105"), false, &extra).unwrap();
    check_explained("permenpanrb_8_2021_explanation", &permenpanrb, |l| {
        permenpanrb.render(l)
    });

    // Two activities: one with cost past the 24 % boundary, one not done.
    let figures = |t: &str, r: &str| AspectFigures {
        target: d(t),
        realisation: d(r),
    };
    let activities = [
        Pp46Activity {
            quantity: figures("12", "12"),
            quality: figures("100", "90"),
            time: figures("12", "12"),
            cost: Some(figures("1000000", "700000")),
        },
        Pp46Activity {
            quantity: figures("4", "0"),
            quality: figures("100", "95"),
            time: figures("6", "5"),
            cost: None,
        },
    ];
    let behaviour = ["80", "85", "90", "75", "80", "82"].map(d);
    let pp46 = explain_pp_46_2011(&Pp46Rules::default(), &activities, &behaviour).unwrap();
    check_explained("pp46_explanation", &pp46, |l| pp46.render(l));

    // Ahli Muda, Baik, six months.
    let credit = credit_points(d("25"), Predicate::Good, 6)
        .unwrap()
        .explain(kinerja::num::Rounding::default());
    check_explained("credit_explanation", &credit, |l| credit.render(l));

    // As expected, high potential: box 8.
    let placement = NineBoxRules::default().place(d("95"), d("90")).unwrap();
    check_explained("nine_box_placement", &placement, |l| placement.render(l));

    // Rina's year, every result and indicator named by its statement.
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap();
    let plan = ScoringPlan::for_employee(input.cascade(), &rina, input.definitions())
        .unwrap()
        .unwrap();
    let year: Period = "2026".parse().unwrap();
    let explained = plan
        .explain(
            year,
            input.measurements(),
            kinerja::num::Rounding::default(),
        )
        .unwrap();
    check_explained("plan_explanation", &explained, |l| explained.render(l));
}

#[test]
fn output_documents() {
    let records = sample::siulak_records().unwrap();
    let rules = records.rules.clone();
    let input = AgencyInput::new(records).unwrap();
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap();
    let plan = ScoringPlan::for_employee(input.cascade(), &rina, input.definitions())
        .unwrap()
        .unwrap();
    check_output("plan", &plan);
    let quarters = Year::new(2026).unwrap().periods(Granularity::Quarter);
    let rolled = input
        .cascade()
        .roll_up(&quarters, input.measurements())
        .unwrap();
    check_output("measurements_rolled_up", &rolled);
    check_output("evaluation_rules", &rules);
    check_output("distribution_rules", &rules.distribution);
    check_output("matrix", &rules.matrix);
    let year = appraise_agency(&input).unwrap();
    check_output("appraisal", &year.employee(&rina).unwrap().annual);
    check_output("agency_appraisal", &year);
    check_output("compliance_report", year.distribution.as_ref().unwrap());
    let mut decided = sample::siulak_records().unwrap();
    decided
        .tie_decisions
        .push(sample::siulak_tie_decision().unwrap());
    let decided = AgencyInput::new(decided).unwrap();
    let calibrated = appraise_agency(&decided)
        .unwrap()
        .calibrated(&decided, DEFAULT_MAX_TEAM)
        .unwrap();
    check_output("calibration", &calibrated.calibrations[0]);
    // The calibration as the head reads it, before the tie is decided and after; the
    // objections to the year and their decisions, as the employees read them.
    let agency = input.cascade().agency();
    let waiting = year.calibration(&input, DEFAULT_MAX_TEAM).unwrap().unwrap();
    check_output("calibration_waiting", &waiting);
    let whole_year = year.year.as_period();
    let objections = sample::siulak_objections().unwrap();
    for language in [Language::Indonesian, Language::English] {
        check_text(
            "calibration_waiting",
            language,
            &waiting.render(agency, language),
        );
        check_text(
            "calibration_decided",
            language,
            &calibrated.calibrations[0].render(agency, language),
        );
        let text: String = objections
            .iter()
            .map(|(employee, objection)| {
                objection.render(agency, employee, whole_year, &rules.matrix, language) + "\n"
            })
            .collect();
        check_text("objections", language, &text);
    }
    check_output("objection", &objections[1].1);
    check_output(
        "organisation_outcome",
        calibrated.annual_organisation().unwrap(),
    );
    let mut wrong = sample::siulak_records().unwrap();
    wrong.realisations.push(Realisation::new(
        IndicatorId::new("IKI-99").unwrap(),
        "2026-Q1".parse().unwrap(),
        rust_decimal::Decimal::ONE,
    ));
    check_output("invalid_inputs", &AgencyInput::new(wrong).unwrap_err());
    check_output("value_map", &permenpanrb_8_2021_values());

    // The plan the negotiated trail makes, and the curriculum section's participation.
    let trail: Vec<Recorded<PlanEvent>> =
        serde_json::from_str(&golden("accepted/plan_trail__yoga_negotiated.json")).unwrap();
    check_output(
        "agreement_plan",
        &Plan::replay(&trail, input.cascade()).unwrap(),
    );
    let forum: Forum = serde_json::from_str(&golden("accepted/forum__kurikulum.json")).unwrap();
    let unit = UnitId::new("DIK.SD.KUR").unwrap();
    let summary = kinerja::agreement::participation(
        input.cascade(),
        &unit,
        &[forum],
        &[],
        input.definitions(),
    )
    .unwrap();
    check_output("participation", &summary);
}
