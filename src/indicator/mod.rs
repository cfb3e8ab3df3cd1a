//! Indicators: definitions (unit, polarity, aspect, limits, targets per period) and the
//! achievement (capaian) of realisations against them.

mod achieve;
mod definition;
mod polarity;

pub use achieve::{AchievementTrace, Clamp, Evaluated, PeriodTrace, Reading};
pub(crate) use definition::find_definition;
pub use definition::{
    AchievementLimits, Aggregation, IndicatorDefinition, IndicatorDefinitionBuilder, MissingPolicy,
    PeriodBasis, ZeroTarget,
};
pub(crate) use polarity::raw_for_regimes;
pub use polarity::{Aspect, MinimiseFormula, Polarity, Target};
