//! Evaluation: ratings, behaviour, predicates, the organisation's distribution curve and
//! calibration, the numeric regimes, credit points and the talent nine-box.

mod appraisal;
mod behaviour;
mod calibration;
mod credit;
mod distribution;
mod rating;
mod regimes;
mod summary;
mod talent;
mod tenure;

pub use appraisal::{
    AgencyAppraisal, AgencyInput, AnnualAppraisal, Appraisal, AppraisalInput, EvaluationRules,
    ImprovementArea, Override, RatingSource, appraise, appraise_agency, appraise_period,
    appraise_year,
};
pub use behaviour::{
    BehaviourOutcome, BehaviourRating, CoreValue, RaterRole, RaterWeights, ValueOutcome,
    assess_behaviour,
};
pub use calibration::{
    Calibrated, Calibration, CalibrationEntry, ChangeReason, DEFAULT_MAX_TEAM, calibrate,
};
pub use credit::{CreditPoints, credit_percent, credit_points};
pub use distribution::{
    ComplianceReport, DistributionRules, OrganisationPredicate, Quota, QuotaBound, QuotaCheck,
    QuotaRounding, check_distribution,
};
pub use rating::{
    Predicate, PredicateMatrix, Rating, default_behaviour_thresholds, default_result_thresholds,
};
pub use regimes::{
    ADDITIONAL_CAP, AdditionalResult, AspectFigures, NumericOutcome, Pp30Weighting, Pp46Activity,
    permenpanrb_8_2021_final, pp30_final, pp46_final,
};
pub use summary::UnitSummary;
pub use talent::{NineBoxRules, Placement, Potential, TalentAction, nine_box};
pub use tenure::{ProRated, Tenure, TenureShare, pro_rate};

crate::label::display_in_english!(
    Rating,
    Predicate,
    CoreValue,
    OrganisationPredicate,
    RaterRole,
    Potential,
    TalentAction
);
