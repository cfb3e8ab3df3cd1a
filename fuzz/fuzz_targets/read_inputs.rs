//! Every input type from JSON: never a panic; whatever is accepted writes back to a document
//! read as the same value.
#![no_main]

use kinerja::agreement::{Command, FeedbackLog, Forum, Terms};
use kinerja::evaluation::{
    AdditionalResult, CalibrationEntry, DistributionRules, EmployeeRecords, EvaluationRules,
    NineBoxRules, OrganisationDecision, Pp46Activity, PredicateMatrix, RaterWeights, Tenure,
    UnitSummary,
};
use kinerja::measure::{Definitions, IndicatorDefinition, Measurements};
use kinerja::scoring::{BandTable, InverseQuery, Reporting, ScoringPlan, ValueMap};
use kinerja::{Agency, AgencyRecords, Cascade};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(data) {
        let written = serde_json::to_vec(&value).expect("an accepted value writes");
        let again: T = serde_json::from_slice(&written).expect("what was written reads back");
        assert_eq!(again, value);
    }
}

fuzz_target!(|data: &[u8]| {
    round_trip::<Agency>(data);
    round_trip::<Cascade>(data);
    round_trip::<IndicatorDefinition>(data);
    round_trip::<Definitions>(data);
    round_trip::<BandTable<String>>(data);
    round_trip::<Measurements>(data);
    round_trip::<EmployeeRecords>(data);
    round_trip::<AgencyRecords>(data);
    round_trip::<EvaluationRules>(data);
    round_trip::<DistributionRules>(data);
    round_trip::<PredicateMatrix>(data);
    round_trip::<RaterWeights>(data);
    round_trip::<NineBoxRules>(data);
    round_trip::<ScoringPlan>(data);
    round_trip::<Vec<CalibrationEntry>>(data);
    round_trip::<ValueMap>(data);
    round_trip::<UnitSummary>(data);
    round_trip::<Vec<Tenure>>(data);
    round_trip::<Vec<Pp46Activity>>(data);
    round_trip::<Vec<AdditionalResult>>(data);
    round_trip::<OrganisationDecision>(data);
    round_trip::<Reporting>(data);
    round_trip::<InverseQuery>(data);
    round_trip::<Terms>(data);
    round_trip::<Command>(data);
    round_trip::<Forum>(data);
    round_trip::<FeedbackLog>(data);
});
