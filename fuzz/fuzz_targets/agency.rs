//! A whole agency's records from JSON, through validation, the year's appraisal,
//! calibration and the JSON written out.
#![no_main]

use kinerja::{AgencyInput, AgencyRecords, appraise_agency};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(records) = serde_json::from_slice::<AgencyRecords>(data) else {
        return;
    };
    match AgencyInput::new(records) {
        Ok(input) => {
            if let Ok(year) = appraise_agency(&input) {
                let _ = serde_json::to_vec(&year).expect("an appraisal writes");
                let _ = year.calibrated(&input, kinerja::evaluation::DEFAULT_MAX_TEAM);
            }
        }
        Err(problems) => assert!(!problems.problems().is_empty()),
    }
});
