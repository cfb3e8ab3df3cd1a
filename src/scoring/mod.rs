//! Scoring: weight policies, band tables, value maps, plans with explanations, and the
//! inverse question.

mod band;
mod explain;
mod inverse;
mod plan;
mod reporting;
mod value_map;
mod weights;

pub use band::{Band, BandTable, Bound, Classified};
pub use explain::{BandExplanation, IndicatorExplanation, PlanExplanation, ResultExplanation};
pub use inverse::{BandGoal, InverseQuery};
pub use plan::{PlannedIndicator, PlannedResult, ScoringPlan};
pub use reporting::{Reporting, RoundingPoint};
pub use value_map::{Affine, ValueMap};
pub use weights::WeightPolicy;
pub(crate) use weights::WeightedSum;
