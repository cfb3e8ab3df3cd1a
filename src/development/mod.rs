//! Development: the competencies an agency assesses, the standards of its positions,
//! assessments, competency gaps and the Job Person Match with its coverage, the performance
//! gaps an evaluation points at, the needs they make, the programmes that close them, the
//! planner that chooses among them under the budget and the 20 JP minimum, each
//! recommendation's trace to the goals it serves, and the training needs analysis of a unit
//! or the agency. Start with [`development_needs`] (the year's appraisal and the
//! [`DevelopmentRecords`] make each employee's needs) and [`plan_development`] (programmes
//! chosen for them).
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::development::{NeedsRules, PlanRules, TraceNames, development_needs, plan_development};
//! use kinerja::{prelude::*, sample};
//! let input = AgencyInput::new(sample::siulak_records()?)?;
//! let year = appraise_agency(&input)?;
//! let records = sample::siulak_development_records()?;
//! let (competencies, standards) = (sample::siulak_competencies()?, sample::siulak_standards()?);
//! let needs = development_needs(input.cascade(), &year, &competencies, &standards, &records, &NeedsRules::default())?;
//! let programmes = sample::siulak_programmes()?;
//! let plan = plan_development(&needs, &programmes, &PlanRules::default())?;
//! let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
//! println!("{}", plan.explain(&names).render(Language::Indonesian));
//! # Ok(()) }
//! ```
//!
//! The path an agency takes: [`development_needs`] turns the year's
//! [`AgencyAppraisal`](crate::AgencyAppraisal) and the [`DevelopmentRecords`] into
//! [`EmployeeNeeds`]; [`plan_development`] plans them against a [`ProgrammeCatalogue`];
//! [`TrainingNeeds::of`] sums needs and plan up per unit and for the agency.
//!
//! Missing data is not a low score (DOMAIN §7): a competency never assessed is "belum
//! dinilai" ([`Unassessed::NotAssessed`]). The Job Person Match leaves it out and states its
//! [`JpmCoverage`]; the needs analysis makes it an [`AssessmentNeed`], for which the planner
//! recommends no programme. [`Unassessed::AsLevelZero`] keeps the older reading as level 0.
//!
//! Every figure can say how it was made, in Indonesian or English:
//! [`JobPersonMatch::explain`], [`DevelopmentPlan::explain`],
//! [`TrainingNeedsAnalysis::explain`], [`Recommendation::trace`] and
//! [`AssessmentNeed::trace`], with the names of a [`TraceNames`].

mod analysis;
mod assessment;
mod catalogue;
mod closing;
mod competency;
mod error;
mod glossary;
mod greedy;
mod job_match;
mod jpm_explain;
mod jpm_rules;
mod method;
mod need;
mod needs;
mod needs_explain;
mod performance;
mod plan;
mod plan_explain;
mod planner;
mod programme;
mod standard;
mod trace;
mod unassessed;

pub use analysis::{
    AssessmentNeeds, CompetencyNeeds, GoalNeeds, HeldBack, ProgrammeNeeds, TrainingNeeds,
    TrainingNeedsAnalysis,
};
pub use assessment::{Assessment, AssessmentRules, AssessmentSource};
pub use catalogue::CompetencyCatalogue;
pub use closing::ClosingRules;
pub use competency::{Competency, CompetencyGroup, CompetencyLevel, SoftSkill};
pub use error::{DevelopmentError, PlanSum};
pub(crate) use glossary::Gatherer;
pub use glossary::{EmployeeName, Glossary, TraceNames};
pub use job_match::{CompetencyGap, JobPersonMatch, JpmCoverage};
pub use jpm_explain::{CompetencyMatch, JpmExplanation};
pub use jpm_rules::{AboveStandard, JpmCategory, JpmRules};
pub use method::{CreditRule, CreditUnit, Jp, JpConversion, JpCredit, Method};
pub use need::{AssessmentNeed, Cause, EmployeeNeeds, GoalLink, Need, NeedOrigin, NeedRules};
pub use needs::{
    DevelopmentRecords, IntendedMove, NeedsRules, TalentPlacement, TrainingHistory,
    development_needs,
};
pub use needs_explain::TrainingNeedsExplanation;
pub use performance::{PerformanceGap, PerformanceGapRules, PerformanceGapSource};
pub use plan::{Closed, DevelopmentPlan, EmployeePlan, OpenNeed, Recommendation};
pub use plan_explain::{DevelopmentPlanExplanation, EmployeePlanExplanation};
pub use planner::{PlanRules, plan_development};
pub use programme::{Programme, ProgrammeCatalogue};
pub use standard::{Standard, Standards};
pub use unassessed::Unassessed;

crate::label::display_in_english!(
    CompetencyGroup,
    SoftSkill,
    AssessmentSource,
    JpmCategory,
    Method,
    Unassessed,
    AboveStandard
);
