//! Measurement: indicator definitions (unit, polarity, aspect, limits, targets per period,
//! how periods make the year), realisations per employee and period, and the achievement
//! (capaian) of realisations against their targets. Start with
//! [`IndicatorDefinition::builder`] and [`Measurements::new`]; an indicator's
//! [`achievement`](IndicatorDefinition::achievement) is read from them.
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::prelude::*;
//! let q1: Period = "2026-Q1".parse()?;
//! let id = IndicatorId::new("IKI-1")?;
//! let documents = IndicatorDefinition::builder(id.clone(), "dokumen", Polarity::Maximise)
//!     .target(q1, Target::value(10))
//!     .build()?;
//! let measured = Measurements::new([Realisation::new(id, q1, Decimal::from(9))])?;
//! assert_eq!(documents.achievement(q1, &measured)?.map(|a| a.value()), Some(Decimal::from(90)));
//! # Ok(()) }
//! ```

mod achieve;
mod decimals;
mod definition;
mod definitions;
mod error;
mod polarity;
mod realisation;

pub use achieve::{AchievementTrace, Clamp, PeriodTrace, Reading};
pub(crate) use decimals::describe as describe_decimals;
pub use decimals::{DEFAULT_DECIMALS, MAX_DECIMALS, WHOLE_UNITS};
pub(crate) use definition::TargetRules;
pub use definition::{
    AchievementLimits, Aggregation, IndicatorDefinition, IndicatorDefinitionBuilder, MissingPolicy,
    PeriodBasis, ZeroTarget,
};
pub use definitions::Definitions;
pub use error::{DefinitionRule, MeasureError, MeasureFormula};
pub(crate) use polarity::raw_for_regimes;
pub use polarity::{Aspect, MinimiseFormula, Polarity, Target};
pub use realisation::{Measurements, Readings, Realisation};
