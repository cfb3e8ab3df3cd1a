//! Indicators: definitions (unit, polarity, aspect, limits, targets per period) and the
//! achievement (capaian) of realisations against them.

mod achieve;
mod definition;
mod definitions;
mod polarity;

pub use achieve::{AchievementTrace, Clamp, PeriodTrace, Reading};
pub use definition::{
    AchievementLimits, Aggregation, IndicatorDefinition, IndicatorDefinitionBuilder, MissingPolicy,
    PeriodBasis, ZeroTarget,
};
pub use definitions::Definitions;
pub(crate) use polarity::raw_for_regimes;
pub use polarity::{Aspect, MinimiseFormula, Polarity, Target};
