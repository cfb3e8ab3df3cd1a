//! The documents an agency prints (issue 26): the SKP, the Dokumen Evaluasi Kinerja Pegawai
//! and the public agency report, from the Siulak sample. Golden files of the structured
//! values in both languages, a JSON round trip of each, and laws on the HTML: every tag
//! opened is closed, no text goes in unescaped, the public report names nobody, figures
//! have no more places than the rounding gives, and no internal code reaches the reader.
//!
//! Run with `KINERJA_BLESS=1` to rewrite `tests/golden/output/document_*.json` after a
//! deliberate change, then read the diff.

use kinerja::agreement::{
    Adoption, Command, Fate, Forum, Participation, Parties, Plan, ProposedIndicator,
    ProposedResult, Suggestion, Terms, Topic, agreed_plans, participation,
};
use kinerja::cascade::{LinkKind, ResultCategory};
use kinerja::evaluation::DEFAULT_MAX_TEAM;
use kinerja::id::{IndicatorId, NodeId, UnitId};
use kinerja::measure::{IndicatorDefinition, Polarity, Target};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::period::{Granularity, Span, Year};
use kinerja::present::{AgencyReport, EvaluationDocument, Picture, Skp, SkpAnnexes, Style};
use kinerja::{
    AgencyAppraisal, AgencyInput, Cascade, Language, NaiveDate, appraise_agency, sample,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;
use std::path::Path;

const RINA: &str = "198507192010012014";
const DEWI: &str = "199203032019032011";
const HEAD: &str = "197204101998031005";
const HENDRI: &str = "198209082008011006";
const ARIF: &str = "199010102015031002";

fn style(language: Language) -> Style {
    match language {
        Language::Indonesian => Style::indonesian(),
        Language::English => Style::english(),
    }
}

fn pns(digits: &str) -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, digits).unwrap()
}

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// The sample year after the head's tie decision and both objections.
fn decided_year() -> (AgencyInput, AgencyAppraisal) {
    let mut records = sample::siulak_records().unwrap();
    records
        .tie_decisions
        .push(sample::siulak_tie_decision().unwrap());
    let year = Year::new(sample::SAMPLE_YEAR).unwrap().as_period();
    for (employee, objection) in sample::siulak_objections().unwrap() {
        let entry = records
            .employees
            .iter_mut()
            .find(|r| r.employee == employee)
            .unwrap();
        entry.objections.insert(year, objection);
    }
    let input = AgencyInput::new(records).unwrap();
    let decided = appraise_agency(&input)
        .unwrap()
        .calibrated(&input, DEFAULT_MAX_TEAM)
        .unwrap();
    (input, decided)
}

/// Yoga Pratama's plan, proposed, countered by his leader, accepted and activated.
fn yoga_plan(cascade: &Cascade) -> Plan {
    let yoga = pns("199405052020121008");
    let parties = Parties::of(cascade.agency(), yoga).unwrap();
    let leader = *parties.leader();
    let year = Year::new(2026).unwrap();
    let indicator = IndicatorId::new("IKI-ADM-1").unwrap();
    let terms = Terms {
        results: vec![ProposedResult {
            id: NodeId::new("RHK-ADM-1").unwrap(),
            statement: "Bahan laporan kinerja dinas yang terhimpun tepat waktu".into(),
            supports: Some(NodeId::new("RHK-SEK-1").unwrap()),
            link: LinkKind::Indirect,
            category: ResultCategory::Main,
            weight: None,
            contribution: None,
            indicators: vec![ProposedIndicator {
                statement: "Bahan laporan bidang yang terhimpun".into(),
                weight: None,
                definition: IndicatorDefinition::builder(
                    indicator.clone(),
                    "dokumen",
                    Polarity::Maximise,
                )
                .target(year.as_period(), Target::Value(12.into()))
                .build()
                .unwrap(),
            }],
        }],
    };
    let mut plan = Plan::open(parties, year, &yoga, day(2026, 1, 5))
        .unwrap()
        .plan;
    for (command, by, on) in [
        (Command::Propose { terms }, yoga, day(2026, 1, 6)),
        (
            Command::CounterPropose {
                amendments: vec![kinerja::agreement::Amendment::Target {
                    indicator,
                    period: year.as_period(),
                    target: Target::Value(16.into()),
                }],
                reason: "Empat bidang melapor setiap triwulan".into(),
            },
            leader,
            day(2026, 1, 8),
        ),
        (Command::AcceptCounter, yoga, day(2026, 1, 9)),
        (Command::Confirm, leader, day(2026, 1, 9)),
        (Command::Activate, leader, day(2026, 1, 12)),
    ] {
        plan = plan.apply(cascade, command, &by, on).unwrap().plan;
    }
    plan
}

/// The curriculum section's forum and its participation summary, and the secretariat's
/// with Yoga Pratama's agreed plan.
fn participations(cascade: &Cascade, plan: &Plan) -> (Cascade, Vec<Participation>) {
    let definitions = sample::siulak_definitions().unwrap();
    let (rina, dewi) = (pns(RINA), pns(DEWI));
    let putri = EmployeeNumber::new(EmployeeKind::Pppk, "199506122022212001").unwrap();
    let curriculum = Forum {
        unit: UnitId::new("DIK.SD.KUR").unwrap(),
        held_on: day(2026, 1, 8),
        chair: rina,
        attendees: vec![dewi, putri],
        suggestions: vec![
            Suggestion {
                number: 1,
                by: dewi,
                topic: Topic::Indicator(IndicatorId::new("IKI-KUR-1").unwrap()),
                text: "Gugus Siulak Mukai siap menerapkan Kurikulum Merdeka di triwulan III".into(),
                fate: Fate::Adopted {
                    adoption: Adoption::Target {
                        indicator: IndicatorId::new("IKI-KUR-1").unwrap(),
                        period: "2026-Q3".parse().unwrap(),
                        target: Target::Value(4.into()),
                    },
                },
            },
            Suggestion {
                number: 2,
                by: putri,
                topic: Topic::Node(NodeId::new("RHK-DATA-1").unwrap()),
                text: "Verifikasi Dapodik dilakukan setiap bulan".into(),
                fate: Fate::Declined {
                    reason: "Jadwal verifikasi Dapodik ditetapkan pusat per semester".into(),
                },
            },
        ],
    };
    let secretariat = Forum {
        unit: UnitId::new("DIK.SEK").unwrap(),
        held_on: day(2026, 4, 2),
        chair: *plan.parties().leader(),
        attendees: vec![],
        suggestions: vec![Suggestion {
            number: 1,
            by: *plan.employee(),
            topic: Topic::Indicator(IndicatorId::new("IKI-ADM-1").unwrap()),
            text: "Laporan bulanan BOS ikut dihimpun mulai triwulan II".into(),
            fate: Fate::Adopted {
                adoption: Adoption::Target {
                    indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
                    period: Year::new(2026).unwrap().as_period(),
                    target: Target::Value(20.into()),
                },
            },
        }],
    };
    let with_plan = agreed_plans(
        cascade,
        Year::new(2026).unwrap(),
        std::slice::from_ref(plan),
    )
    .unwrap()
    .cascade;
    let plans = std::slice::from_ref(plan);
    let summaries = vec![
        participation(
            &with_plan,
            &curriculum.unit,
            std::slice::from_ref(&curriculum),
            plans,
            &definitions,
        )
        .unwrap(),
        participation(
            &with_plan,
            &secretariat.unit,
            std::slice::from_ref(&secretariat),
            plans,
            &definitions,
        )
        .unwrap(),
    ];
    (with_plan, summaries)
}

/// Every document of the sample in `language`.
struct Documents {
    skps: Vec<Skp>,
    evaluations: Vec<EvaluationDocument>,
    report: AgencyReport,
}

fn documents(language: Language) -> Documents {
    let style = style(language);
    let (input, decided) = decided_year();
    let cascade = input.cascade();
    let definitions = sample::siulak_definitions().unwrap();
    let year = Year::new(2026).unwrap();
    let plan = yoga_plan(cascade);
    let records = sample::siulak_employee_records().unwrap();
    let expectations = |n: &str| {
        records
            .iter()
            .find(|r| r.employee.to_string() == n)
            .map(|r| r.expectations.clone())
            .unwrap_or_default()
    };
    let mut skps = vec![Skp::of_plan(&plan, cascade, style).unwrap()];
    for (number, annexes) in [
        (HEAD, SkpAnnexes::default()),
        (RINA, SkpAnnexes::default()),
        (
            DEWI,
            SkpAnnexes::new(
                vec!["Akses aplikasi Dapodik".into()],
                vec!["Laporan verifikasi bulanan kepada Kepala Seksi".into()],
                vec!["Capaian di bawah target dibahas dalam dialog kinerja".into()],
            ),
        ),
    ] {
        skps.push(
            Skp::of_cascade(cascade, &definitions, &pns(number), year, style)
                .unwrap()
                .expecting(&expectations(number))
                .with_annexes(annexes)
                .signed("Siulak", day(2026, 1, 12)),
        );
    }
    let annual = |n: &str| &decided.employee(&pns(n)).unwrap().annual;
    let to_june = Span::to_date(year.periods(Granularity::Quarter)[1]);
    let arif_half = decided
        .employee(&pns(ARIF))
        .unwrap()
        .periodic
        .iter()
        .find(|a| a.scope == to_june)
        .unwrap();
    let evaluations = [annual(RINA), annual(HENDRI), annual(HEAD), arif_half]
        .into_iter()
        .map(|appraisal| {
            EvaluationDocument::of(appraisal, cascade, &decided.organisation, style)
                .signed("Siulak", day(2027, 2, 2))
        })
        .collect();
    let (with_plan, summaries) = participations(cascade, &plan);
    let report = AgencyReport::of(&decided, &with_plan, &summaries, style);
    Documents {
        skps,
        evaluations,
        report,
    }
}

fn code(language: Language) -> &'static str {
    match language {
        Language::Indonesian => "id",
        Language::English => "en",
    }
}

/// `value` as JSON with each picture's SVG replaced by a mark: the pictures are checked by
/// their own tests, the documents only carry them.
fn without_pictures<T: Serialize>(value: &T) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Array(pictures)) = map.get_mut("pictures") {
                    for picture in pictures {
                        if let Some(svg) = picture.get_mut("svg") {
                            *svg = Value::String("<svg …>".into());
                        }
                    }
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut json = serde_json::to_value(value).unwrap();
    strip(&mut json);
    json
}

/// Compares `value` with `tests/golden/output/NAME.LANG.json`, or writes it under
/// `KINERJA_BLESS`.
fn check_golden<T: Serialize>(name: &str, language: Language, value: &T) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/output")
        .join(format!("{name}.{}.json", code(language)));
    let json = without_pictures(value);
    if std::env::var_os("KINERJA_BLESS").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap() + "\n").unwrap();
    }
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let on_file: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(json, on_file, "{name}");
}

#[test]
fn documents_match_their_golden_files() {
    for language in [Language::Indonesian, Language::English] {
        let documents = documents(language);
        check_golden("document_skp", language, &documents.skps);
        check_golden("document_evaluation", language, &documents.evaluations);
        check_golden("document_report", language, &documents.report);
    }
}

fn round_trips<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let text = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, value);
}

#[test]
fn every_document_round_trips_through_json_text() {
    for language in [Language::Indonesian, Language::English] {
        let documents = documents(language);
        documents.skps.iter().for_each(round_trips);
        documents.evaluations.iter().for_each(round_trips);
        round_trips(&documents.report);
    }
}

/// Every page of the sample, with what it is.
fn pages(language: Language) -> Vec<(String, String)> {
    let documents = documents(language);
    let mut pages: Vec<(String, String)> = documents
        .skps
        .iter()
        .map(|d| (format!("SKP {}", d.employee.name), d.to_html()))
        .collect();
    pages.extend(documents.evaluations.iter().map(|d| {
        (
            format!("evaluation {} {}", d.employee.name, d.period),
            d.to_html(),
        )
    }));
    pages.push(("report".into(), documents.report.to_html()));
    pages
}

/// Elements that have no closing tag.
const VOID: [&str; 5] = ["meta", "br", "img", "hr", "link"];

/// Checks that `html` is well formed enough: every tag opened is closed in order, every
/// `<` starts a tag, and the document ends with nothing open. Returns the problem.
fn well_formed(html: &str) -> Result<(), String> {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let after = &rest[at + 1..];
        let end = after.find('>').ok_or("a tag never ends")?;
        let tag = &after[..end];
        rest = &after[end + 1..];
        if tag.starts_with("!DOCTYPE") {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(opened) if opened == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() || !tag.starts_with(|c: char| c.is_ascii_lowercase()) {
            return Err(format!("`<{tag}>` is not a tag"));
        }
        if tag.contains('<') {
            return Err(format!("`<{tag}>` holds a `<`"));
        }
        if name == "style" {
            // The style sheet is text up to its end tag.
            let close = rest.find("</style>").ok_or("the style never ends")?;
            rest = &rest[close + "</style>".len()..];
            continue;
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push(name);
        }
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {open:?}"))
    }
}

#[test]
fn the_checker_finds_what_is_not_well_formed() {
    assert!(well_formed("<p>a<br>b</p>").is_ok());
    assert!(well_formed("<p><b>a</p></b>").is_err());
    assert!(well_formed("<p>a").is_err());
    assert!(well_formed("<p>a < b</p>").is_err());
}

#[test]
fn every_page_is_well_formed() {
    for language in [Language::Indonesian, Language::English] {
        for (what, html) in pages(language) {
            assert!(html.starts_with("<!DOCTYPE html>"), "{what}");
            assert!(html.contains("@page { size: A4"), "{what}");
            if let Err(problem) = well_formed(&html) {
                panic!("{what}: {problem}");
            }
        }
    }
}

/// The text a reader sees: the page without its style sheet, tags and attributes.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    if let (Some(start), Some(end)) = (rest.find("<style>"), rest.find("</style>")) {
        text.push_str(&rest[..start]);
        rest = &rest[end..];
    }
    let mut inside = false;
    let mut out = String::new();
    for c in text.chars().chain(rest.chars()) {
        match c {
            '<' => inside = true,
            '>' if inside => {
                inside = false;
                out.push(' ');
            }
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

const HOSTILE: &str = "<script>alert('x')</script> & \"Co\" <b>";

#[test]
fn no_text_goes_into_a_page_unescaped() {
    let mut documents = documents(Language::Indonesian);
    let mut skp = documents.skps.remove(3);
    skp.employee.name = HOSTILE.into();
    skp.agency = HOSTILE.into();
    skp.main_results[0].statement = HOSTILE.into();
    skp.main_results[0].indicators[0].targets = vec![HOSTILE.into()];
    skp.behaviour[0].expectation = Some(HOSTILE.into());
    if let Some(annexes) = &mut skp.annexes {
        annexes.resources.push(HOSTILE.into());
    }
    skp.signing.place = Some(HOSTILE.into());
    // A picture read back from JSON cannot carry a script into the page: it goes in as an
    // image's data.
    skp.pictures
        .push(Picture::new(HOSTILE, format!("<svg>{HOSTILE}</svg>")));
    let mut evaluation = documents.evaluations.remove(0);
    evaluation.employee.name = HOSTILE.into();
    evaluation.results[0].indicators[0].statement = HOSTILE.into();
    evaluation.notes.push(HOSTILE.into());
    evaluation.predicate.label = HOSTILE.into();
    let mut report = documents.report;
    report.units[0].unit = HOSTILE.into();
    report.forum_outcomes[0].suggestion = HOSTILE.into();
    for (what, html) in [
        ("skp", skp.to_html()),
        ("evaluation", evaluation.to_html()),
        ("report", report.to_html()),
    ] {
        assert!(!html.contains("<script"), "{what}");
        assert!(!html.contains("\"Co\""), "{what}");
        assert!(
            html.contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot; &lt;b&gt;"
            ),
            "{what}"
        );
        if let Err(problem) = well_formed(&html) {
            panic!("{what}: {problem}");
        }
    }
}

#[test]
fn the_public_report_names_no_employee() {
    let agency = sample::siulak_agency().unwrap();
    for language in [Language::Indonesian, Language::English] {
        let report = documents(language).report;
        let html = report.to_html();
        // The JSON carries the pictures' SVG as text: it is searched too.
        let json = serde_json::to_string(&report).unwrap();
        for employee in agency.employees() {
            for text in [&html, &json] {
                assert!(!text.contains(employee.name()), "{}", employee.name());
                assert!(
                    !text.contains(&employee.number().to_string()),
                    "{}",
                    employee.number()
                );
            }
        }
        for picture in &report.pictures {
            for employee in agency.employees() {
                assert!(
                    !picture.svg.contains(employee.name()),
                    "{}",
                    picture.caption
                );
            }
        }
    }
}

/// Every figure with a fractional part in `text`: the digits after the decimal sign
/// (`,` in Indonesian, `.` in English).
fn fractions(text: &str, sign: char) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i] == sign && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit() {
            let digits: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            out.push(digits);
        }
    }
    out
}

#[test]
fn figures_on_a_page_have_at_most_the_places_of_the_rounding() {
    for language in [Language::Indonesian, Language::English] {
        let sign = match language {
            Language::Indonesian => ',',
            Language::English => '.',
        };
        let places = style(language).rounding.decimals() as usize;
        let mut seen = 0;
        for (what, html) in pages(language) {
            let text = visible_text(&html);
            for digits in fractions(&text, sign) {
                seen += 1;
                assert!(
                    digits.len() <= places,
                    "{what}: a figure with {} places",
                    digits.len()
                );
            }
        }
        assert!(seen > 20, "the pages show figures with decimals");
    }
}

/// The figures written before a ` %` in `text`, but for a quota's bound (`Baik paling
/// banyak 70 %`): a rule as the regulation writes it, not a figure worked out.
fn percents(text: &str) -> Vec<String> {
    text.match_indices(" %")
        .filter_map(|(at, _)| {
            let before: String = text[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .collect();
            let figure: String = before.chars().rev().collect();
            let lead = text[..at - figure.len()].trim_end();
            let bound = ["banyak", "sedikit", "most", "least"]
                .iter()
                .any(|w| lead.ends_with(w));
            (!bound).then_some(figure)
        })
        .collect()
}

/// Every figure (`{value, text}`) in `json`.
fn figure_values(json: &Value, out: &mut Vec<String>) {
    match json {
        Value::Object(map) => {
            if let (Some(Value::String(value)), Some(Value::String(_))) =
                (map.get("value"), map.get("text"))
            {
                out.push(value.clone());
            }
            map.values().for_each(|v| figure_values(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| figure_values(v, out)),
        _ => {}
    }
}

#[test]
fn no_figure_in_a_document_has_more_places_than_its_rounding() {
    let documents = documents(Language::Indonesian);
    let mut values = Vec::new();
    figure_values(&serde_json::to_value(&documents.skps).unwrap(), &mut values);
    figure_values(
        &serde_json::to_value(&documents.evaluations).unwrap(),
        &mut values,
    );
    figure_values(
        &serde_json::to_value(&documents.report).unwrap(),
        &mut values,
    );
    assert!(values.len() > 30);
    for value in values {
        let places = value.split('.').nth(1).map_or(0, str::len);
        assert!(places <= 2, "{value}");
    }
}

#[test]
fn no_internal_code_reaches_the_reader() {
    for language in [Language::Indonesian, Language::English] {
        for (what, html) in pages(language) {
            let text = visible_text(&html);
            for code in [
                "2026-Q",
                "2026-01",
                "..=",
                "->",
                "IKI-",
                "RHK-",
                "IKU-",
                "DIK.",
                "very_good",
                "needs_improvement",
                "VeryGood",
                "NeedsImprovement",
                "Meets",
                "null",
                "Some(",
            ] {
                assert!(!text.contains(code), "{what} shows `{code}`");
            }
            // Every percent figure an evaluation shows has two decimals.
            if what.starts_with("evaluation") {
                for figure in percents(&text) {
                    let sign = if language == Language::Indonesian {
                        ','
                    } else {
                        '.'
                    };
                    let places = figure.split(sign).nth(1).map_or(0, str::len);
                    assert_eq!(places, 2, "{what}: {figure} %");
                }
            }
        }
    }
}

#[test]
fn the_pages_say_what_they_are_in_their_language() {
    let id = pages(Language::Indonesian);
    let en = pages(Language::English);
    let find = |pages: &[(String, String)], what: &str| {
        pages
            .iter()
            .find(|(w, _)| w.starts_with(what))
            .unwrap()
            .1
            .clone()
    };
    assert!(find(&id, "SKP").contains("SASARAN KINERJA PEGAWAI"));
    assert!(find(&en, "SKP").contains("EMPLOYEE PERFORMANCE TARGETS (SKP)"));
    let rina = find(&id, "evaluation Rina");
    assert!(rina.contains("DOKUMEN EVALUASI KINERJA PEGAWAI"));
    assert!(rina.contains("Predikat kinerja pegawai: Sangat Baik"));
    assert!(find(&en, "evaluation Rina").contains("EMPLOYEE PERFORMANCE EVALUATION"));
    let report = find(&id, "report");
    assert!(report.contains("Predikat kinerja organisasi: Baik"));
    assert!(report.contains("Capaian kinerja organisasi: 96,75 %"));
    // The annexes start on a new page when printed.
    assert!(find(&id, "SKP Dewi").contains("<section class=\"annex\">"));
    assert!(!find(&id, "SKP Yoga").contains("<section class=\"annex\">"));
}

mod generated {
    //! The laws on agencies made from a tape: any sound agency's documents are well formed
    //! and round-trip, and its public report shows no employee number, hides every small
    //! group and counts every appraised employee once at the top.
    use super::{round_trips, well_formed};
    use crate::common::{agency_records_from_tape, tape};
    use kinerja::present::{AgencyReport, EvaluationDocument, Skp, Style};
    use kinerja::{AgencyInput, appraise_agency};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        #[test]
        fn every_agency_documents_its_year_and_reports_it_without_people(numbers in tape()) {
            let records = agency_records_from_tape(&numbers);
            let year_of_records = records.year;
            let input = AgencyInput::new(records).unwrap();
            let year = appraise_agency(&input).unwrap();
            let cascade = input.cascade();
            let agency = cascade.agency();
            let style = Style::indonesian();

            let report = AgencyReport::of(&year, cascade, &[], style);
            round_trips(&report);
            let html = report.to_html();
            prop_assert!(well_formed(&html).is_ok(), "{:?}", well_formed(&html));
            let json = serde_json::to_string(&report).unwrap();
            for employee in agency.employees() {
                let number = employee.number().to_string();
                prop_assert!(!html.contains(&number) && !json.contains(&number), "{}", number);
            }
            for unit in &report.units {
                prop_assert_eq!(unit.withheld, unit.appraised < AgencyReport::SMALLEST_GROUP);
                prop_assert_eq!(unit.predicates.is_empty(), unit.withheld);
                if !unit.withheld {
                    prop_assert_eq!(unit.predicates.iter().map(|p| p.count).sum::<usize>(), unit.appraised);
                }
            }
            let top: usize = agency
                .units()
                .iter()
                .filter(|u| u.parent().is_none())
                .filter_map(|u| report.units.iter().find(|r| r.unit == u.name()))
                .map(|r| r.appraised)
                .sum();
            prop_assert_eq!(top, year.employees.len());

            for appraised in &year.employees {
                let document = EvaluationDocument::of(&appraised.annual, cascade, &year.organisation, style);
                round_trips(&document);
                let html = document.to_html();
                prop_assert!(well_formed(&html).is_ok(), "{:?}", well_formed(&html));
                let skp = Skp::of_cascade(cascade, input.definitions(), &appraised.employee, year_of_records, style);
                let skp = skp.unwrap();
                round_trips(&skp);
                prop_assert!(well_formed(&skp.to_html()).is_ok());
            }
        }
    }
}
