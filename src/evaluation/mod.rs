//! Evaluation: ratings, behaviour, predicates, the organisation's distribution curve and
//! calibration, the numeric regimes, credit points and the talent nine-box.

mod behaviour;
mod calibration;
mod distribution;
mod rating;

pub use behaviour::{
    BehaviourOutcome, BehaviourRating, CoreValue, RaterRole, RaterWeights, ValueOutcome,
    assess_behaviour,
};
pub use calibration::{
    Calibrated, Calibration, CalibrationEntry, ChangeReason, DEFAULT_MAX_TEAM, calibrate,
};
pub use distribution::{
    ComplianceReport, DistributionRules, OrganisationPredicate, Quota, QuotaBound, QuotaCheck,
    QuotaRounding, check_distribution,
};
pub use rating::{
    Predicate, PredicateMatrix, Rating, default_behaviour_thresholds, default_result_thresholds,
};
