//! Scoring: weight policies, band tables, value maps, plans with explanations, the inverse
//! question, and the roll-up along the cascade to the organisation's achievement.

mod band;
mod error;
mod explain;
pub(crate) mod figures;
pub(crate) mod fixed;
mod inverse;
mod plan;
mod policy;
mod reporting;
mod rollup;
mod shared;
mod value_map;
mod weights;

pub(crate) use band::UnitBands;
pub use band::{Band, BandTable, Bound, Classified, Condition};
pub(crate) use error::ids as node_ids;
pub use error::{BandError, Part, ScoringError, ScoringFormula, Weighed};
pub use explain::{BandExplanation, IndicatorExplanation, PlanExplanation, ResultExplanation};
pub use inverse::{BandGoal, InverseQuery, Reach, ReachRun};
pub use plan::{PlannedIndicator, PlannedResult, ScoringPlan};
pub use policy::WeightPolicy;
pub use reporting::{Reporting, RoundingPoint};
pub use rollup::NodeAchievement;
pub use shared::{Figures, ScorePath, Scored, SharedPlan, Slot};
pub use value_map::{Affine, ValueMap, ValueStep};
pub(crate) use weights::WeightedSum;
