//! Development: the competencies an agency assesses, the standards of its positions,
//! assessments, competency gaps and the Job Person Match, and the performance gaps an
//! evaluation points at. (The programmes, the mapping of gaps to them, the planner and the
//! training needs analysis build on these.)

mod assessment;
mod catalogue;
mod competency;
mod error;
mod job_match;
mod method;
mod performance;
mod programme;
mod standard;

pub use assessment::{Assessment, AssessmentRules, AssessmentSource};
pub use catalogue::CompetencyCatalogue;
pub use competency::{Competency, CompetencyGroup, CompetencyLevel, SoftSkill};
pub use error::DevelopmentError;
pub use job_match::{AboveStandard, CompetencyGap, JobPersonMatch, JpmCategory, JpmRules};
pub use method::{CreditRule, CreditUnit, Jp, JpConversion, JpCredit, Method};
pub use performance::{PerformanceGap, PerformanceGapRules, PerformanceGapSource};
pub use programme::{Programme, ProgrammeCatalogue};
pub use standard::{Standard, Standards};

crate::label::display_in_english!(
    CompetencyGroup,
    SoftSkill,
    AssessmentSource,
    JpmCategory,
    Method
);
