//! Evaluation: ratings, behaviour, predicates, the organisation's distribution curve and
//! calibration, the numeric regimes, credit points and the talent nine-box. Start with
//! [`AgencyInput::new`] (the year's [`AgencyRecords`], checked together) and
//! [`appraise_agency`] (every employee's quarters and year, the organisation's predicate and
//! the distribution), then [`AgencyAppraisal::calibrated`] where the curve asks for it.
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::prelude::*;
//! let input = AgencyInput::new(kinerja::sample::siulak_records()?)?;
//! let year = appraise_agency(&input)?;
//! for employee in &year.employees {
//!     println!("{}: {}", employee.employee, employee.annual.predicate.label(Language::Indonesian));
//! }
//! # Ok(()) }
//! ```

mod agency;
mod appraisal;
mod batch;
mod behaviour;
mod calibration;
mod calibration_entry;
mod calibration_search;
mod credit;
mod distribution;
mod error;
mod grades;
mod ledger;
mod objection;
mod organisation;
mod problems;
mod rater;
mod rating;
mod reason;
mod records;
mod regimes;
mod rules;
mod summary;
mod talent;
mod talent_explain;
mod tenure;
mod tie;
mod validate;

/// The seven BerAKHLAK core values; they belong to the organisation ([`crate::org`]) and are
/// named here too, where behaviour is rated against them.
pub use crate::org::CoreValue;
pub use agency::{AgencyAppraisal, AgencyInput, appraise_agency, check_records};
pub use appraisal::{
    AnnualAppraisal, Appraisal, AppraisalInput, CalibrationChange, ImprovementArea,
    PeriodAchievement, RatingSource, YearInput, appraise, appraise_period, appraise_year,
};
pub use batch::{Batch, BatchFailure, BatchOutcome, BatchSummary, ScoreDistribution, Sheet};
pub use behaviour::{
    BehaviourMethod, BehaviourOutcome, BehaviourRating, BehaviourRules, CountPrecedence,
    RaterWeights, ValueCounts, ValueOutcome, assess_behaviour,
};
pub use calibration::{
    Calibrated, Calibration, CalibrationRequest, ChangeReason, DEFAULT_MAX_TEAM, calibrate,
};
pub use calibration_entry::CalibrationEntry;
pub use credit::{CreditExplanation, CreditPoints, credit_percent, credit_points};
pub use distribution::{
    ComplianceReport, DistributionRules, MAX_QUOTAS, OrganisationPredicate, Quota, QuotaBound,
    QuotaCheck, QuotaRounding, check_counts, check_distribution,
};
pub use error::{Averaged, EvaluationError, EvaluationFormula, Figure};
pub use grades::{Pp30Rating, Pp46Rating, SakipGrade};
pub use ledger::{CalibratedPredicate, RecordChange, RecordsLedger};
pub use objection::{
    Objection, ObjectionDecision, ObjectionOutcome, ObjectionRecord, ObjectionRules,
};
pub use organisation::{
    LeaderRatings, ObjectiveScore, OrganisationDecision, OrganisationOutcome, OrganisationRules,
    OrganisationScore, PredicateSource, organisation_score,
};
pub use problems::{InputProblem, InvalidInputs};
pub use rater::{RaterRole, RoleScores};
pub use rating::{PerPredicate, Predicate, PredicateMatrix, Rating};
pub use reason::Reason;
pub use records::{AgencyRecords, EmployeeRecords, Override, RecordKind};
pub use regimes::{
    AdditionalExplanation, AdditionalResult, AdditionalWorth, AspectExplanation, AspectFigures,
    AspectKind, Efficiency, FinalBand, NumericOutcome, Permenpanrb8Explanation, Permenpanrb8Rules,
    Pp30Explanation, Pp30Rules, Pp30Weighting, Pp46Activity, Pp46ActivityExplanation,
    Pp46Explanation, Pp46Rules, UnmetBand, explain_permenpanrb_8_2021, explain_pp_30_2019,
    explain_pp_46_2011, permenpanrb_8_2021_final, pp_30_2019_final, pp_46_2011_final,
};
#[allow(deprecated)]
pub use regimes::{explain_pp30, explain_pp46, pp30_final, pp46_final};
pub use rules::{AnnualBasis, EvaluationRules};
pub use summary::UnitSummary;
pub use talent::{
    AxisPlacement, NineBox, NineBoxRules, Placement, PlacementAxes, Potential, TalentAction,
    nine_box,
};
pub use tenure::{ProRated, Tenure, TenureShare, pro_rate};
pub use tie::{Tie, TieDecision, TieMember, TiePlace, TiePlacement, TieRule, TieSettlement};

crate::label::display_in_english!(
    Rating,
    Predicate,
    OrganisationPredicate,
    RaterRole,
    Potential,
    TalentAction,
    AnnualBasis,
    RecordKind,
    Pp30Rating,
    Pp46Rating,
    SakipGrade,
    TieRule
);
