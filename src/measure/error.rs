//! The measurement stage's errors: an indicator definition that breaks a rule, or
//! realisations that cannot be read against it.

use crate::id::IndicatorId;
use crate::label::Language;
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
    /// The achievement floor is above the cap.
    FloorAboveCap,
    /// Cumulative targets and realisations make the year from the last period only.
    CumulativeNeedsLast,
    /// The unit of measure is blank.
    BlankUnit,
    /// A target is written with more decimals than the indicator's figures may have
    /// ([`IndicatorDefinition::decimals`](crate::measure::IndicatorDefinition::decimals)).
    TooManyDecimals {
        /// The figure (a target value, or a band's bound), as written.
        figure: Decimal,
        /// The decimals the indicator's figures may have.
        decimals: u8,
    },
    /// The definition declares more decimals than an exact decimal holds
    /// ([`MAX_DECIMALS`](crate::measure::MAX_DECIMALS)).
    DecimalsOutOfRange {
        /// The decimals declared.
        decimals: u8,
    },
}

impl fmt::Display for DefinitionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::TooManyDecimals { figure, decimals } => {
                return write!(
                    f,
                    "target {}",
                    crate::measure::describe_decimals(*figure, *decimals, Language::English)
                );
            }
            Self::DecimalsOutOfRange { decimals } => {
                return write!(
                    f,
                    "it declares {decimals} decimals, more than the {} an exact decimal holds",
                    crate::measure::MAX_DECIMALS
                );
            }
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
    /// A realisation written with more decimals than the indicator's figures may have
    /// ([`IndicatorDefinition::decimals`](crate::measure::IndicatorDefinition::decimals)):
    /// `1.200` for a count of documents, copied from a screen that writes 1200 so.
    #[error(
        "indicator `{indicator}`, period {period}: realisation {}",
        crate::measure::describe_decimals(*value, *decimals, Language::English)
    )]
    RealisationDecimals {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The value given, as written.
        value: Decimal,
        /// The decimals the indicator's figures may have.
        decimals: u8,
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

impl DefinitionRule {
    /// The rule in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let text = match self {
            _ if language == Language::English => return self.to_string(),
            Self::NoTargets => "tidak punya target",
            Self::MixedPeriods => "targetnya harus periode dengan satu rincian dalam satu tahun",
            Self::TargetKind => {
                "indikator stabil memakai target rentang dan indikator tonggak satu nilai"
            }
            Self::MixedTargetKinds => "targetnya harus semua nilai atau semua rentang",
            Self::NegativeTarget => "target tidak boleh negatif",
            Self::ZeroTarget => {
                "target nol tidak menghasilkan rasio kecuali indikator menyatakannya tercapai bila dicapai"
            }
            Self::BandOrder => {
                "target rentang perlu batas bawah <= batas atas (dan, untuk rentang, batas bawah di atas nol)"
            }
            Self::NegativeFallOff => "penurunan tidak boleh negatif",
            Self::FloorAboveCap => "batas bawah capaian di atas batas atasnya",
            Self::CumulativeNeedsLast => "nilai kumulatif membentuk tahun dari periode terakhir",
            Self::BlankUnit => "satuan ukurnya kosong",
            Self::TooManyDecimals { figure, decimals } => {
                return format!(
                    "target {}",
                    crate::measure::describe_decimals(*figure, *decimals, language)
                );
            }
            Self::DecimalsOutOfRange { decimals } => {
                return format!(
                    "menyatakan {decimals} desimal, lebih dari {} yang dapat dimuat desimal tepat",
                    crate::measure::MAX_DECIMALS
                );
            }
        };
        text.to_owned()
    }
}

impl MeasureFormula {
    /// The formula in Indonesian or English.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Aggregation, _) => "agregasi realisasi periode".to_owned(),
            (Self::Achievement, _) => "rumus capaian".to_owned(),
            (Self::RollUp, _) => "penjumlahan sepanjang intervensi langsung".to_owned(),
        }
    }
}

impl MeasureError {
    /// The indicator the error concerns.
    #[must_use]
    pub const fn indicator(&self) -> &IndicatorId {
        match self {
            Self::InvalidDefinition { indicator, .. }
            | Self::DuplicateDefinition { indicator }
            | Self::UnknownIndicator { indicator }
            | Self::MissingRealisation { indicator, .. }
            | Self::NegativeRealisation { indicator, .. }
            | Self::RealisationDecimals { indicator, .. }
            | Self::ZeroRealisation { indicator, .. }
            | Self::DuplicateRealisation { indicator, .. }
            | Self::UntargetedPeriod { indicator, .. }
            | Self::NoTargetInScope { indicator, .. }
            | Self::TargetKind { indicator }
            | Self::Overflow { indicator, .. } => indicator,
        }
    }

    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match self {
            _ if language == Language::English => self.to_string(),
            Self::InvalidDefinition {
                indicator,
                period,
                rule,
            } => format!(
                "indikator `{indicator}`{}: {}",
                period.map(|p| format!(", periode {p}")).unwrap_or_default(),
                rule.describe(language)
            ),
            Self::DuplicateDefinition { indicator } => {
                format!("indikator `{indicator}` didefinisikan lebih dari sekali")
            }
            Self::UnknownIndicator { indicator } => {
                format!("indikator `{indicator}` tidak punya definisi")
            }
            Self::MissingRealisation { indicator, period } => {
                format!("indikator `{indicator}`, periode {period}: realisasi belum dicatat")
            }
            Self::NegativeRealisation {
                indicator,
                period,
                value,
            } => format!("indikator `{indicator}`, periode {period}: realisasi {value} negatif"),
            Self::RealisationDecimals {
                indicator,
                period,
                value,
                decimals,
            } => format!(
                "indikator `{indicator}`, periode {period}: realisasi {}",
                crate::measure::describe_decimals(*value, *decimals, language)
            ),
            Self::ZeroRealisation { indicator, period } => format!(
                "indikator `{indicator}`, periode {period}: realisasi nol tidak punya rasio T/R dan batas atas tidak ditetapkan"
            ),
            Self::DuplicateRealisation {
                indicator,
                employee,
                period,
            } => format!(
                "indikator `{indicator}`, periode {period}: lebih dari satu realisasi {}",
                employee.map_or_else(|| "tim".to_owned(), |e| format!("pegawai {e}"))
            ),
            Self::UntargetedPeriod { indicator, period } => format!(
                "indikator `{indicator}`, periode {period}: indikator tidak punya target untuk periode ini"
            ),
            Self::NoTargetInScope { indicator, period } => {
                format!("indikator `{indicator}`: tidak ada target dalam {period}")
            }
            Self::TargetKind { indicator } => {
                format!("indikator `{indicator}`: jenis target tidak cocok dengan polaritasnya")
            }
            Self::Overflow {
                indicator,
                period,
                formula,
            } => format!(
                "indikator `{indicator}`, periode {period}: {} keluar dari jangkauan desimal tepat",
                formula.describe(language)
            ),
        }
    }
}

crate::refusal::told_by_describe!(MeasureError);
