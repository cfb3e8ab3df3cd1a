//! Scoring: weight policies, band tables, value maps, plans with explanations, the inverse
//! question, and the roll-up along the cascade to the organisation's achievement. Start with
//! a [`ScoringPlan`]: [`ScoringPlan::for_employee`] reads an employee's plan from the cascade
//! ([`ScoringPlan::new`] makes one by hand), and [`ScoringPlan::explain`] scores a period
//! with its explanation; [`ScoringPlan::required_realisation`] answers the inverse question.
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::{prelude::*, sample};
//! let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
//! let plan = ScoringPlan::for_employee(&sample::siulak_cascade()?, &rina, &sample::siulak_definitions()?)?;
//! let measured = sample::siulak_realisations()?;
//! if let Some(plan) = plan {
//!     let q1: Period = "2026-Q1".parse()?;
//!     println!("{}", plan.explain(q1, &measured, Rounding::default())?.render(Language::Indonesian));
//! }
//! # Ok(()) }
//! ```

mod band;
mod error;
mod explain;
pub(crate) mod figures;
pub(crate) mod fixed;
mod inverse;
mod plan;
mod policy;
mod reporting;
mod rolled;
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
pub(crate) use shared::PeriodPlan;
pub use shared::{Figures, ScorePath, Scored, SharedPlan, Slot};
pub use value_map::{Affine, ValueMap, ValueStep};
pub(crate) use weights::WeightedSum;
