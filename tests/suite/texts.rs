//! Every text the agency path renders for people, in both languages, reads as Indonesian or
//! English, not as code: no `..=` ranges, no `->` arrows, no ` X` verdicts, no debug
//! output. The year rendered is the Siulak sample's, with its tie decided, its objections
//! decided and a damaged copy of its records, so that every kind of text appears.

use kinerja::evaluation::DEFAULT_MAX_TEAM;
use kinerja::prelude::*;
use kinerja::sample;

/// What marks code rather than prose.
const CODE: [&str; 9] = [
    "..=", "->", " X\n", " X]", "Some(", "None", "{", "}", "Decimal",
];

fn assert_prose(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what}: empty");
    for mark in CODE {
        assert!(!text.contains(mark), "{what} contains {mark:?}:\n{text}");
    }
    assert!(
        !text.ends_with(" X"),
        "{what} ends with a verdict X:\n{text}"
    );
}

#[test]
fn the_agency_path_renders_prose_in_both_languages() {
    let mut records = sample::siulak_records().unwrap();
    records
        .tie_decisions
        .push(sample::siulak_tie_decision().unwrap());
    let year: Period = "2026".parse().unwrap();
    for (employee, objection) in sample::siulak_objections().unwrap() {
        let entry = records
            .employees
            .iter_mut()
            .find(|r| r.employee == employee)
            .unwrap();
        entry.objections.insert(year, objection);
    }
    let input = AgencyInput::new(records.clone()).unwrap();
    let agency = input.cascade().agency();
    let appraised = appraise_agency(&input).unwrap();
    let proposal = appraised
        .calibration(&input, DEFAULT_MAX_TEAM)
        .unwrap()
        .unwrap();
    let calibrated = appraised
        .clone()
        .calibrated(&input, DEFAULT_MAX_TEAM)
        .unwrap();
    // The same year before the head decided the tie: an unresolved tie rendered too.
    let undecided = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let waiting = appraise_agency(&undecided)
        .unwrap()
        .calibration(&undecided, DEFAULT_MAX_TEAM)
        .unwrap()
        .unwrap();
    assert_eq!(waiting.unresolved().count(), 1);
    let matrix = &input.rules().matrix;
    for language in [Language::Indonesian, Language::English] {
        for employee in &calibrated.employees {
            for appraisal in employee.periodic.iter().chain([&employee.annual]) {
                assert_prose("appraisal", &appraisal.render(language));
                assert_prose("explanation", &appraisal.results.render(language));
                for area in &appraisal.improvement_areas {
                    assert_prose("improvement area", &area.describe(language));
                }
            }
        }
        for outcome in &calibrated.organisation {
            assert_prose("organisation", &outcome.describe(language));
        }
        for calibration in [&proposal, &waiting] {
            assert_prose("calibration", &calibration.render(agency, language));
            assert_prose("distribution", &calibration.before.render(language));
            for tie in &calibration.ties {
                assert_prose("tie", &tie.render(agency, language));
            }
        }
        for entry in &records.employees {
            for (period, objection) in &entry.objections {
                let text = objection.render(agency, &entry.employee, *period, matrix, language);
                assert_prose("objection", &text);
            }
        }
        // Problems of damaged records, all at once.
        let mut damaged = records.clone();
        for entry in &mut damaged.employees {
            for objection in entry.objections.values_mut() {
                objection.filed_on = objection.given_on + chrono::Days::new(40);
            }
        }
        damaged.realisations.push(Realisation::new(
            IndicatorId::new("IKI-99").unwrap(),
            "2026-Q1".parse().unwrap(),
            rust_decimal::Decimal::ONE,
        ));
        let problems = AgencyInput::new(damaged).unwrap_err();
        assert!(problems.describe(language).contains("40"));
        assert_prose("problems", &problems.describe(language));
    }
}
