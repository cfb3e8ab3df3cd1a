//! The agency's output as it is written (issue 26): every view of the evaluation stage reads
//! back equal from its JSON, no figure in it has more places than its rounding gives, nothing
//! is `null`, and each indicator's periods appear once per employee.

use crate::common::views::{check_figures, check_golden, round_trips, shown};
use kinerja::evaluation::{AgencyAppraisal, DEFAULT_MAX_TEAM};
use kinerja::num::{Rounding, RoundingMode};
use kinerja::period::Granularity;
use kinerja::present::{
    AgencyYearView, AppraisalView, DistributionView, OrganisationView, Style, TargetView,
    UnitSummaryView,
};
use kinerja::{AgencyInput, Language, appraise_agency, sample};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;
use std::sync::OnceLock;

fn siulak() -> &'static (AgencyInput, AgencyAppraisal) {
    static YEAR: OnceLock<(AgencyInput, AgencyAppraisal)> = OnceLock::new();
    YEAR.get_or_init(|| {
        let mut records = sample::siulak_records().unwrap();
        records
            .tie_decisions
            .push(sample::siulak_tie_decision().unwrap());
        let input = AgencyInput::new(records).unwrap();
        let mut year = appraise_agency(&input).unwrap();
        // As an agency writes its year: after the calibration its leader settled.
        let calibration = year.calibration(&input, DEFAULT_MAX_TEAM).unwrap().unwrap();
        assert!(calibration.is_settled());
        year.apply_calibration(&input, DEFAULT_MAX_TEAM, calibration)
            .unwrap();
        (input, year)
    })
}

fn style(language: Language, rounding: Rounding) -> Style {
    Style {
        language,
        rounding,
        granularity: Granularity::Quarter,
    }
}

const LANGUAGES: [Language; 2] = [Language::Indonesian, Language::English];

#[test]
fn the_agency_year_view_matches_its_golden_files() {
    let (input, year) = siulak();
    for language in LANGUAGES {
        let style = style(language, Rounding::default());
        check_golden(
            "view_agency_year",
            language,
            &AgencyYearView::of(year, input.cascade(), style),
        );
        check_golden(
            "view_agency_year_compact",
            language,
            &AgencyYearView::compact(year, input.cascade(), style),
        );
    }
}

#[test]
fn every_evaluation_view_round_trips_through_json() {
    let (input, year) = siulak();
    let cascade = input.cascade();
    for language in LANGUAGES {
        let style = style(language, Rounding::default());
        let full = AgencyYearView::of(year, cascade, style);
        round_trips(&full);
        round_trips(&AgencyYearView::compact(year, cascade, style));
        for employee in &year.employees {
            for appraisal in employee.periodic.iter().chain([&employee.annual]) {
                round_trips(&AppraisalView::of(appraisal, cascade, style));
            }
        }
        for outcome in &year.organisation {
            round_trips(&OrganisationView::of(outcome, cascade, style));
        }
        let distribution = year.distribution.as_ref().unwrap();
        round_trips(&DistributionView::of(distribution, style));
        for unit in cascade.agency().units() {
            let period: kinerja::period::Period = "2026".parse().unwrap();
            let view = UnitSummaryView::of(
                cascade,
                unit.id(),
                input.definitions(),
                input.measurements(),
                period,
                style,
            )
            .unwrap();
            round_trips(&view);
        }
        assert!(!full.calibrations.is_empty(), "the sample calibrates");
    }
}

#[test]
fn a_range_target_reads_back_as_a_range() {
    let range: TargetView = serde_json::from_str(
        r#"{"low": {"value": "80", "text": "80"}, "high": {"value": "90", "text": "90"}, "text": "80–90"}"#,
    )
    .unwrap();
    assert!(matches!(range, TargetView::Range { .. }));
    round_trips(&range);
    let one: TargetView = serde_json::from_str(r#"{"value": "16", "text": "16"}"#).unwrap();
    assert!(matches!(one, TargetView::Value(_)));
}

/// Every decimal written as text anywhere in `json`, outside an `exact` field, with its path.
fn decimals_outside_exact(json: &Value, at: &str, out: &mut Vec<(String, Decimal)>) {
    match json {
        Value::Object(map) => {
            for (key, value) in map {
                if key != "exact" {
                    decimals_outside_exact(value, &format!("{at}.{key}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                decimals_outside_exact(item, &format!("{at}[{i}]"), out);
            }
        }
        Value::String(text) if text.contains('.') => {
            if let Ok(value) = Decimal::from_str(text) {
                out.push((at.to_owned(), value));
            }
        }
        _ => {}
    }
}

/// Every `{value, text}` whose text is a percent, with its path.
fn percent_texts(json: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match json {
        Value::Object(map) => {
            if let (Some(Value::String(_)), Some(Value::String(text))) =
                (map.get("value"), map.get("text"))
                && text.ends_with('%')
            {
                out.push((at.to_owned(), text.clone()));
            }
            for (key, value) in map {
                percent_texts(value, &format!("{at}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                percent_texts(item, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn no_nulls(json: &Value, at: &str) {
    match json {
        Value::Null => panic!("{at} is null"),
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| no_nulls(v, &format!("{at}.{k}"))),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| no_nulls(v, &format!("{at}[{i}]"))),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the rounding, no figure the agency writes has more places than the
    /// rounding keeps (an exact value rides beside it only where rounding changed it),
    /// every percent is written with exactly those places, every value is the figure its
    /// text shows, and no field is `null`.
    #[test]
    fn no_output_figure_exceeds_its_places(
        decimals in 0u32..=4,
        mode in prop_oneof![
            Just(RoundingMode::HalfUp),
            Just(RoundingMode::HalfEven),
            Just(RoundingMode::TowardZero)
        ],
        english in any::<bool>(),
        compact in any::<bool>(),
    ) {
        let (input, year) = siulak();
        let language = if english { Language::English } else { Language::Indonesian };
        let rounding = Rounding::new(decimals, mode).unwrap();
        let style = style(language, rounding);
        let view = if compact {
            AgencyYearView::compact(year, input.cascade(), style)
        } else {
            AgencyYearView::of(year, input.cascade(), style)
        };
        let json = serde_json::to_value(&view).unwrap();
        no_nulls(&json, "year");
        let mut decimals_found = Vec::new();
        decimals_outside_exact(&json, "year", &mut decimals_found);
        for (at, value) in &decimals_found {
            prop_assert!(value.scale() <= decimals, "{}: {} has more than {} places", at, value, decimals);
        }
        let checked = check_figures(&json, language, "year");
        prop_assert!(checked > 100, "only {} figures", checked);
        let mut percents = Vec::new();
        percent_texts(&json, "year", &mut percents);
        prop_assert!(!percents.is_empty());
        for (at, text) in &percents {
            let (_, places) = shown(text, language);
            prop_assert_eq!(places, decimals, "{}: {}", at, text);
        }
    }
}

/// The annual appraisal holds each indicator's periods once; the periodic appraisals to
/// date refer to them and repeat none.
#[test]
fn each_indicator_period_appears_once_per_employee() {
    let (input, year) = siulak();
    let view = AgencyYearView::of(year, input.cascade(), Style::indonesian());
    for (employee, shown) in year.employees.iter().zip(&view.employees) {
        let traced: usize = employee
            .annual
            .results
            .results
            .iter()
            .flat_map(|r| &r.indicators)
            .map(|i| i.trace.periods.len())
            .sum();
        let written: usize = shown
            .annual
            .results
            .iter()
            .flat_map(|r| &r.indicators)
            .map(|i| i.periods.len())
            .sum();
        assert_eq!(written, traced, "{}", employee.employee);
        let json = serde_json::to_string(&shown.periodic).unwrap();
        assert!(!json.contains("\"indicators\""));
        // Every period an indicator names is one of the appraisal's periods.
        let periods: Vec<&str> = shown
            .annual
            .periods
            .iter()
            .map(|p| p.period.id.as_str())
            .collect();
        for indicator in shown.annual.results.iter().flat_map(|r| &r.indicators) {
            for period in &indicator.periods {
                assert!(
                    periods.contains(&period.period.as_str()),
                    "{}",
                    period.period
                );
            }
        }
        assert_eq!(shown.periodic.len(), employee.periodic.len());
    }
    let compact = AgencyYearView::compact(year, input.cascade(), Style::indonesian());
    let full_bytes = serde_json::to_string(&view).unwrap().len();
    let compact_bytes = serde_json::to_string(&compact).unwrap().len();
    assert!(compact_bytes < full_bytes);
}

/// The texts of the agency's output name periods as people do: no period code, no range
/// written as Rust writes it, no arrow.
#[test]
fn the_agency_output_texts_carry_no_codes() {
    let (input, year) = siulak();
    for language in LANGUAGES {
        let style = style(language, Rounding::default());
        let json = serde_json::to_value(AgencyYearView::of(year, input.cascade(), style)).unwrap();
        let mut texts = Vec::new();
        collect_texts(&json, "", &mut texts);
        assert!(texts.len() > 100);
        for (key, text) in texts {
            for code in ["-Q1", "-Q2", "-Q3", "-Q4", "..", "->", "IKI-", "RHK-"] {
                assert!(!text.contains(code), "{key}: {text:?} shows {code}");
            }
        }
    }
}

/// Every string meant for people (not an id, code, number or period reference), with its
/// key.
fn collect_texts(json: &Value, key: &str, out: &mut Vec<(String, String)>) {
    match json {
        Value::Object(map) => {
            for (k, v) in map {
                collect_texts(v, k, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_texts(v, key, out)),
        Value::String(text)
            if !matches!(key, "id" | "code" | "number" | "period" | "value" | "exact") =>
        {
            out.push((key.to_owned(), text.clone()));
        }
        _ => {}
    }
}
