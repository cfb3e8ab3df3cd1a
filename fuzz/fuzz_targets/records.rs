//! The records of a year against the sample agency: a whole agency's records read and
//! checked; one employee's records read and checked in the sample year in place of theirs
//! (or beside the others); and a calibration read from JSON applied to the sample year.
//! A stored calibration is trusted no more than calibrating again (DESIGN.md §9): it is
//! applied exactly when it is the one the year derives.
#![no_main]

use kinerja::evaluation::{
    AgencyAppraisal, AgencyRecords, Calibration, DEFAULT_MAX_TEAM, EmployeeRecords, InvalidInputs,
    check_records,
};
use kinerja::{AgencyInput, Language, appraise_agency};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[derive(serde::Deserialize)]
struct Case {
    #[serde(default)]
    agency: Option<AgencyRecords>,
    #[serde(default)]
    employee: Option<EmployeeRecords>,
    #[serde(default)]
    calibration: Option<Calibration>,
}

/// The sample year with the head's decision on its tie: the input, its appraisal before
/// calibration, and the calibration it derives.
struct Sample {
    records: AgencyRecords,
    input: AgencyInput,
    year: AgencyAppraisal,
    calibration: Calibration,
}

fn sample() -> &'static Sample {
    static YEAR: OnceLock<Sample> = OnceLock::new();
    YEAR.get_or_init(|| {
        let mut records = kinerja::sample::siulak_records().expect("the sample records");
        records
            .tie_decisions
            .push(kinerja::sample::siulak_tie_decision().expect("the sample decision"));
        let input = AgencyInput::new(records.clone()).expect("the sample is valid");
        let year = appraise_agency(&input).expect("the sample year");
        let calibration = year
            .calibration(&input, DEFAULT_MAX_TEAM)
            .expect("the sample calibrates")
            .expect("the sample has an annual organisation");
        Sample {
            records,
            input,
            year,
            calibration,
        }
    })
}

/// Records checked two ways: the listing and the input agree on whether anything is wrong,
/// every problem is described in both languages, and a valid year is appraised and written.
fn checked(records: AgencyRecords) {
    let listed = check_records(records.clone());
    match AgencyInput::new(records) {
        Ok(input) => {
            assert!(listed.is_empty(), "{listed:?}");
            if let Ok(year) = appraise_agency(&input) {
                let _ = serde_json::to_vec(&year).expect("an appraisal writes");
            }
        }
        Err(problems) => {
            assert!(!problems.problems().is_empty());
            assert_eq!(problems.problems(), listed.as_slice());
            described(&problems);
        }
    }
}

fn described(problems: &InvalidInputs) {
    for language in [Language::Indonesian, Language::English] {
        assert!(!problems.describe(language).is_empty());
        for problem in problems.problems() {
            assert!(!problem.describe(language).is_empty());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<Case>(data) else {
        return;
    };
    if let Some(records) = case.agency {
        checked(records);
    }
    let Sample {
        records: sample_records,
        input,
        year,
        calibration: derived,
    } = sample();
    if let Some(employee) = case.employee {
        let mut records = sample_records.clone();
        match records
            .employees
            .iter_mut()
            .find(|e| e.employee == employee.employee)
        {
            Some(theirs) => *theirs = employee,
            None => records.employees.push(employee),
        }
        checked(records);
    }
    if let Some(calibration) = case.calibration {
        let mut applied = year.clone();
        let agency = input.cascade().agency();
        match applied.apply_calibration(input, DEFAULT_MAX_TEAM, calibration.clone()) {
            Ok(()) => {
                assert_eq!(&calibration, derived);
                assert!(applied.distribution.as_ref().is_some_and(|d| d.compliant));
            }
            Err(error) => {
                assert_eq!(&applied, year, "a refused calibration changed the year");
                for language in [Language::Indonesian, Language::English] {
                    assert!(!error.describe_in(agency, language).is_empty());
                }
            }
        }
    }
});
