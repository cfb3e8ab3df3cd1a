//! Distribution rules and a team from JSON: the check and calibration.
#![no_main]

use kinerja::evaluation::{
    CalibrationEntry, CalibrationRequest, DistributionRules, OrganisationPredicate, QuotaRounding,
    calibrate, check_distribution,
};
use libfuzzer_sys::fuzz_target;

#[derive(serde::Deserialize)]
struct Case {
    rules: DistributionRules,
    organisation: OrganisationPredicate,
    rounding: QuotaRounding,
    entries: Vec<CalibrationEntry>,
}

fn agency() -> &'static kinerja::Agency {
    static AGENCY: std::sync::OnceLock<kinerja::Agency> = std::sync::OnceLock::new();
    AGENCY.get_or_init(|| kinerja::sample::siulak_agency().expect("the sample agency"))
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
    let request = CalibrationRequest::new(&case.rules, case.organisation)
        .rounding(case.rounding)
        .max_team(40);
    if let Ok(calibration) = calibrate(&request, &case.entries) {
        // Settled unless a tie awaits the leader's decision (none is recorded here).
        assert!(calibration.after.compliant || !calibration.is_settled());
        let _ = calibration.render(agency(), kinerja::Language::Indonesian);
    }
});
