//! The measurement stage's errors: an indicator definition that breaks a rule, or
//! realisations that cannot be read against it.

use crate::id::IndicatorId;
use crate::nip::EmployeeNumber;
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use std::fmt;
use thiserror::Error;

/// The rule of an indicator definition that is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DefinitionRule {
    /// A definition needs at least one target.
    NoTargets,
    /// All targets are for periods of one granularity in one year.
    MixedPeriods,
    /// The target kind does not fit the polarity (a stabilise indicator takes bands, a
    /// milestone values).
    TargetKind,
    /// Some targets are values and some bands.
    MixedTargetKinds,
    /// A target value is negative.
    NegativeTarget,
    /// A target of zero makes no ratio; the definition does not declare it meaningful.
    ZeroTarget,
    /// A band's low end is above its high end (or, for a range target, not above zero).
    BandOrder,
    /// The fall-off of a stabilise indicator is negative.
    NegativeFallOff,
    /// The achievement floor is negative.
    NegativeFloor,
    /// The achievement floor is above the cap.
    FloorAboveCap,
    /// Cumulative targets and realisations make the year from the last period only.
    CumulativeNeedsLast,
    /// The unit of measure is blank.
    BlankUnit,
}

impl fmt::Display for DefinitionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NoTargets => "it has no target",
            Self::MixedPeriods => "its targets must be periods of one granularity in one year",
            Self::TargetKind => {
                "a stabilise indicator takes band targets and a milestone single values"
            }
            Self::MixedTargetKinds => "its targets must be all values or all bands",
            Self::NegativeTarget => "a target may not be negative",
            Self::ZeroTarget => {
                "a target of zero makes no ratio unless the indicator declares it met when reached"
            }
            Self::BandOrder => {
                "a band target needs low <= high (and, for a range target, low above zero)"
            }
            Self::NegativeFallOff => "the fall-off may not be negative",
            Self::NegativeFloor => "the achievement floor may not be negative",
            Self::FloorAboveCap => "the achievement floor is above the cap",
            Self::CumulativeNeedsLast => "cumulative values make the year from the last period",
            Self::BlankUnit => "the unit of measure is blank",
        })
    }
}

/// An indicator definition that cannot be used, or realisations that cannot be read
/// against it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum MeasureError {
    /// The definition breaks a rule.
    #[error("indicator `{indicator}`{}: {rule}", period_text(.period.as_ref()))]
    InvalidDefinition {
        /// The indicator.
        indicator: IndicatorId,
        /// The period of the offending target, where one is to blame.
        period: Option<Period>,
        /// The rule broken.
        rule: DefinitionRule,
    },
    /// Two definitions of one indicator.
    #[error("indicator `{indicator}` is defined more than once")]
    DuplicateDefinition {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// An indicator named somewhere is not defined.
    #[error("indicator `{indicator}` has no definition")]
    UnknownIndicator {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// No realisation was recorded where the missing-value policy requires one.
    #[error("indicator `{indicator}`, period {period}: no realisation recorded")]
    MissingRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// A negative realisation for an indicator that does not allow them.
    #[error("indicator `{indicator}`, period {period}: realisation {value} is negative")]
    NegativeRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The value given.
        value: Decimal,
    },
    /// A realisation of zero under the T / R rule, with no cap to stand for "infinitely good".
    #[error(
        "indicator `{indicator}`, period {period}: a realisation of zero has no T/R ratio and no cap is set"
    )]
    ZeroRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The months scored.
        period: Span,
    },
    /// Two realisations for the same indicator, period and employee (or two of the team's).
    #[error("indicator `{indicator}`, period {period}: more than one realisation{}", whose_text(.employee.as_ref()))]
    DuplicateRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The employee both are attributed to; none for the team's.
        employee: Option<EmployeeNumber>,
        /// The period.
        period: Period,
    },
    /// A realisation for a period the indicator has no target for.
    #[error(
        "indicator `{indicator}`, period {period}: the indicator has no target for this period"
    )]
    UntargetedPeriod {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// The period scored holds none of the indicator's target periods.
    #[error("indicator `{indicator}`: no target lies within {period}")]
    NoTargetInScope {
        /// The indicator.
        indicator: IndicatorId,
        /// The months scored.
        period: Span,
    },
    /// A target of the wrong kind for the polarity reached the formula (a definition built
    /// through its checks never does this).
    #[error("indicator `{indicator}`: the target does not fit the polarity")]
    TargetKind {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// An indicator's figures left the range of `Decimal`.
    #[error(
        "indicator `{indicator}`, period {period}: the {formula} left the range of exact decimals"
    )]
    Overflow {
        /// The indicator.
        indicator: IndicatorId,
        /// The period (or months) being computed.
        period: Span,
        /// The formula that overflowed.
        formula: MeasureFormula,
    },
}

/// The measurement formula that left the range of exact decimals, named in
/// [`MeasureError::Overflow`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MeasureFormula {
    /// Adding or averaging the realisations of the months scored (the aggregation).
    Aggregation,
    /// The polarity's achievement formula (R/T, T/R, 2 − R/T, bands, PP 46/2011).
    Achievement,
    /// Adding realisations along direct links (the roll-up).
    RollUp,
}

impl fmt::Display for MeasureFormula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Aggregation => "aggregation of the period's realisations",
            Self::Achievement => "achievement formula",
            Self::RollUp => "roll-up along direct links",
        })
    }
}

fn whose_text(employee: Option<&EmployeeNumber>) -> String {
    employee.map_or_else(
        || " of the team".to_owned(),
        |e| format!(" of employee {e}"),
    )
}

fn period_text(period: Option<&Period>) -> String {
    period.map(|p| format!(", period {p}")).unwrap_or_default()
}
