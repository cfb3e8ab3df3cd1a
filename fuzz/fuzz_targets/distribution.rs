//! Distribution rules and a team from JSON: the check and calibration.
#![no_main]

use kinerja::evaluation::{
    CalibrationEntry, DistributionRules, OrganisationPredicate, QuotaRounding, calibrate,
    check_distribution,
};
use libfuzzer_sys::fuzz_target;

#[derive(serde::Deserialize)]
struct Case {
    rules: DistributionRules,
    organisation: OrganisationPredicate,
    rounding: QuotaRounding,
    entries: Vec<CalibrationEntry>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<Case>(data) else {
        return;
    };
    let _ = check_distribution(
        &case.rules,
        case.organisation,
        case.entries.iter().map(|e| e.proposed),
        case.rounding,
    );
    if let Ok(calibration) = calibrate(&case.rules, case.organisation, case.rounding, &case.entries, 40) {
        assert!(calibration.after.compliant);
        let _ = calibration.render(kinerja::Language::Indonesian);
    }
});
