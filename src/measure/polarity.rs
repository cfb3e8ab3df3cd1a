//! Polarity (which direction is better), targets, and the achievement formulas of DOMAIN §3.

use crate::decimal_text;
use crate::label::{Labelled, Language};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The aspect of a result an indicator measures (older SKP, PP 46/2011, still common).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    /// Kuantitas: how much.
    #[default]
    Quantity,
    /// Kualitas: how well.
    Quality,
    /// Waktu: how fast.
    Time,
    /// Biaya: at what cost.
    Cost,
}

impl Labelled for Aspect {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Quantity, Language::Indonesian) => "kuantitas",
            (Self::Quality, Language::Indonesian) => "kualitas",
            (Self::Time, Language::Indonesian) => "waktu",
            (Self::Cost, Language::Indonesian) => "biaya",
            (Self::Quantity, Language::English) => "quantity",
            (Self::Quality, Language::English) => "quality",
            (Self::Time, Language::English) => "time",
            (Self::Cost, Language::English) => "cost",
        }
    }
}

/// How a lower-is-better indicator turns realisation R and target T into an achievement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MinimiseFormula {
    /// (2T − R) / T × 100 %: the national default.
    #[default]
    Linear,
    /// T / R × 100 %: the variant some agencies use.
    Ratio,
    /// PP 46/2011 time and cost: with efficiency e = 100 − R/T × 100, the value is
    /// (1.76T − R)/T × 100 when e ≤ 24, else 76 − ((1.76T − R)/T × 100 − 100).
    Pp46Efficiency,
}

impl Labelled for MinimiseFormula {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Linear, Language::Indonesian) => "(2T − R) / T",
            (Self::Ratio, Language::Indonesian) => "T / R",
            (Self::Pp46Efficiency, Language::Indonesian) => "efisiensi PP 46/2011",
            (Self::Linear, Language::English) => "(2T − R) / T",
            (Self::Ratio, Language::English) => "T / R",
            (Self::Pp46Efficiency, Language::English) => "PP 46/2011 efficiency",
        }
    }
}

/// Which direction is better, and how achievement is measured.
///
/// A range target (PermenPANRB 8/2021) is a kind of [`Target`], not a polarity: a maximise
/// or minimise indicator may take a band `[lo, hi]` as its target, and is then 100 % inside
/// it and scored by its own formula against the nearer bound outside it. A stabilise
/// indicator, which must stay inside its band, is a polarity of its own.
///
/// On the wire: `"maximise"`, `{"minimise": "linear"}`, `{"stabilise": {"fall_off": "5"}}`,
/// `"milestone"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", remote = "Self")]
#[non_exhaustive]
pub enum Polarity {
    /// Higher is better: R / T × 100 %.
    Maximise,
    /// Lower is better, by the given formula.
    Minimise(MinimiseFormula),
    /// Keep within a band: 100 % inside, losing `fall_off` percentage points per unit of
    /// distance outside (no national formula; this is the crate's default rule).
    Stabilise {
        /// Percentage points lost per unit outside the band.
        #[serde(with = "decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        fall_off: Decimal,
    },
    /// Done or not done: 100 % when R reaches T, else 0 %.
    Milestone,
}

crate::objects_only::objects_only!(Polarity);

impl Labelled for Polarity {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Maximise, Language::Indonesian) => "semakin tinggi semakin baik",
            (Self::Minimise(_), Language::Indonesian) => "semakin rendah semakin baik",
            (Self::Stabilise { .. }, Language::Indonesian) => "dijaga dalam rentang",
            (Self::Milestone, Language::Indonesian) => "tercapai atau tidak",
            (Self::Maximise, Language::English) => "higher is better",
            (Self::Minimise(_), Language::English) => "lower is better",
            (Self::Stabilise { .. }, Language::English) => "kept within a band",
            (Self::Milestone, Language::English) => "done or not",
        }
    }
}

impl Polarity {
    /// Whether the indicator takes only band targets (stabilise).
    #[must_use]
    pub const fn needs_band(self) -> bool {
        matches!(self, Self::Stabilise { .. })
    }

    /// Whether the indicator may take a band as a range target (maximise and minimise).
    #[must_use]
    pub const fn takes_range(self) -> bool {
        matches!(self, Self::Maximise | Self::Minimise(_))
    }

    /// Whether a larger realisation is better (false for minimise), for value and range
    /// targets alike. Stabilise is neither; it returns `None`.
    #[must_use]
    pub const fn higher_is_better(self) -> Option<bool> {
        match self {
            Self::Maximise | Self::Milestone => Some(true),
            Self::Minimise(_) => Some(false),
            Self::Stabilise { .. } => None,
        }
    }

    /// The formula for a value target, in words, for explanations.
    #[must_use]
    pub const fn formula(self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Maximise, _) => "R ÷ T × 100",
            (Self::Minimise(MinimiseFormula::Linear), _) => "(2T − R) ÷ T × 100",
            (Self::Minimise(MinimiseFormula::Ratio), _) => "T ÷ R × 100",
            (Self::Minimise(MinimiseFormula::Pp46Efficiency), Language::English) => {
                "PP 46/2011 efficiency: (1.76T − R) ÷ T × 100 when e ≤ 24, otherwise 176 − (1.76T − R) ÷ T × 100"
            }
            (Self::Minimise(MinimiseFormula::Pp46Efficiency), Language::Indonesian) => {
                "efisiensi PP 46/2011: (1,76T − R) ÷ T × 100 bila e ≤ 24, selain itu 176 − (1,76T − R) ÷ T × 100"
            }
            (Self::Stabilise { .. }, Language::English) => {
                "100 inside the band; outside it, minus the fall-off per unit"
            }
            (Self::Stabilise { .. }, Language::Indonesian) => {
                "100 di dalam rentang; di luar rentang dikurangi penurunan per satuan"
            }
            (Self::Milestone, Language::English) => "100 when done (R ≥ T), otherwise 0",
            (Self::Milestone, Language::Indonesian) => "100 bila selesai (R ≥ T), selain itu 0",
        }
    }

    /// The formula for `target`, in words: a band on a maximise or minimise indicator reads
    /// as a range target (PermenPANRB 8/2021).
    #[must_use]
    pub const fn formula_for(self, target: Target, language: Language) -> &'static str {
        match (self, target, language) {
            (Self::Maximise, Target::Band { .. }, Language::English) => {
                "range: 100 inside it; below, R ÷ low × 100; above, R ÷ high × 100"
            }
            (Self::Maximise, Target::Band { .. }, Language::Indonesian) => {
                "rentang: 100 di dalamnya; di bawah, R ÷ batas bawah × 100; di atas, R ÷ batas atas × 100"
            }
            (Self::Minimise(_), Target::Band { .. }, Language::English) => {
                "range: 100 inside it; outside, the lower-is-better formula against the nearer bound"
            }
            (Self::Minimise(_), Target::Band { .. }, Language::Indonesian) => {
                "rentang: 100 di dalamnya; di luar, rumus makin kecil makin baik terhadap batas terdekat"
            }
            _ => self.formula(language),
        }
    }
}

/// A target for one period: a value, or a band: the band of a stabilise indicator, or a
/// range target (target rentang) of a maximise or minimise indicator.
///
/// On the wire: `{"value": "120"}` or `{"band": {"low": "90", "high": "110"}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", remote = "Self")]
pub enum Target {
    /// A single target value.
    Value(
        #[serde(with = "decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        Decimal,
    ),
    /// A target band, both ends inclusive.
    Band {
        /// The low end.
        #[serde(with = "decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        low: Decimal,
        /// The high end.
        #[serde(with = "decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        high: Decimal,
    },
}

crate::objects_only::objects_only!(Target);

impl Target {
    /// A single target value from any exact figure: a whole number (`Target::value(4)`) or a
    /// [`Decimal`](crate::Decimal), so a first program needs no `dec!`.
    ///
    /// ```
    /// use kinerja::prelude::*;
    /// assert_eq!(Target::value(4), Target::Value(Decimal::from(4)));
    /// assert_eq!(Target::value(Decimal::new(125, 1)).to_string(), "12.5");
    /// ```
    #[must_use]
    pub fn value(value: impl Into<Decimal>) -> Self {
        Self::Value(value.into())
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Value(v) => write!(f, "{v}"),
            Self::Band { low, high } => write!(f, "[{low}, {high}]"),
        }
    }
}

/// Why a raw achievement could not be computed (the caller adds indicator and period).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormulaFault {
    /// Decimal overflow.
    Overflow,
    /// The figure lies beyond `Decimal`'s range, above it (`true`) or below: the cap or the
    /// floor decides it, where the rules have one.
    Beyond(bool),
    /// T / R with R = 0 (or below).
    ZeroRealisation,
    /// The target's kind does not fit the polarity (validated away before scoring).
    TargetKind,
}

/// The raw achievement in percent, before floor and cap. A value target of zero reads as
/// "met when reached"; a definition refuses zero targets unless it declares that reading.
pub(crate) fn raw_achievement(
    polarity: Polarity,
    target: Target,
    realisation: Decimal,
) -> Result<Decimal, FormulaFault> {
    let hundred = Decimal::ONE_HUNDRED;
    let r = realisation;
    let met = |yes: bool| if yes { hundred } else { Decimal::ZERO };
    match (polarity, target) {
        (Polarity::Maximise, Target::Value(t)) if t.is_zero() => Ok(met(r >= t)),
        (Polarity::Maximise, Target::Value(t)) => r
            .checked_mul(hundred)
            .and_then(|v| v.checked_div(t))
            .map_or_else(|| percent_of(r, t), Ok),
        (Polarity::Minimise(_), Target::Value(t)) if t.is_zero() => Ok(met(r <= t)),
        (Polarity::Minimise(MinimiseFormula::Linear), Target::Value(t)) => t
            .checked_mul(Decimal::TWO)
            .and_then(|v| v.checked_sub(r))
            .and_then(|v| v.checked_mul(hundred))
            .and_then(|v| v.checked_div(t))
            // (2T − R) / T = 2 − R / T, read from R / T where the products overflow.
            .map_or_else(|| less_from(200, percent_of(r, t)), Ok),
        (Polarity::Minimise(MinimiseFormula::Ratio), Target::Value(t)) => {
            if r <= Decimal::ZERO {
                return Err(FormulaFault::ZeroRealisation);
            }
            t.checked_mul(hundred)
                .and_then(|v| v.checked_div(r))
                .map_or_else(|| percent_of(t, r), Ok)
        }
        (Polarity::Minimise(MinimiseFormula::Pp46Efficiency), Target::Value(t)) => {
            pp46_efficiency(t, r)
        }
        // A range target: 100 % inside; outside, the indicator's own formula against the
        // nearer bound (PermenPANRB 8/2021).
        (Polarity::Maximise | Polarity::Minimise(_), Target::Band { low, high }) => {
            if r < low {
                raw_achievement(polarity, Target::Value(low), r)
            } else if r > high {
                raw_achievement(polarity, Target::Value(high), r)
            } else {
                Ok(hundred)
            }
        }
        (Polarity::Stabilise { fall_off }, Target::Band { low, high }) => {
            let distance = if r < low {
                low.checked_sub(r)
            } else if r > high {
                r.checked_sub(high)
            } else {
                Some(Decimal::ZERO)
            };
            // A distance or loss beyond the range leaves the figure far below every floor.
            distance
                .and_then(|d| d.checked_mul(fall_off))
                .and_then(|loss| hundred.checked_sub(loss))
                .ok_or(FormulaFault::Beyond(false))
        }
        (Polarity::Milestone, Target::Value(t)) => Ok(met(r >= t)),
        _ => Err(FormulaFault::TargetKind),
    }
}

/// PP 46/2011 time and cost. With x = (1.76T − R)/T × 100 = (176T − 100R)/T and efficiency
/// e = 100 − 100R/T, the rule "e ≤ 24" is decided without division as 100R ≥ 76T, so the
/// boundary is exact: at e = 24 exactly, x = 100.
fn pp46_efficiency(t: Decimal, r: Decimal) -> Result<Decimal, FormulaFault> {
    pp46_steps(t, r).or_else(|_| {
        // Where the products overflow: from p = 100R / T, x = 176 − p within 24 %,
        // else p.
        let p = percent_of(r, t);
        let within = match p {
            Ok(p) => p >= Decimal::from(76),
            Err(FormulaFault::Beyond(above)) => above,
            Err(fault) => return Err(fault),
        };
        if within { less_from(176, p) } else { p }
    })
}

/// [`pp46_efficiency`] as the rule writes it.
fn pp46_steps(t: Decimal, r: Decimal) -> Result<Decimal, FormulaFault> {
    let hundred = Decimal::ONE_HUNDRED;
    let hundred_r = r.checked_mul(hundred).ok_or(FormulaFault::Overflow)?;
    let x = Decimal::from(176)
        .checked_mul(t)
        .and_then(|v| v.checked_sub(hundred_r))
        .and_then(|v| v.checked_div(t))
        .ok_or(FormulaFault::Overflow)?;
    let efficiency_within_24 = hundred_r
        >= Decimal::from(76)
            .checked_mul(t)
            .ok_or(FormulaFault::Overflow)?;
    if efficiency_within_24 {
        Ok(x)
    } else {
        Decimal::from(176)
            .checked_sub(x)
            .ok_or(FormulaFault::Overflow)
    }
}

/// 100 × `n` / `d` (d ≠ 0) where `n` × 100 overflows: (n / d) × 100, or beyond the range
/// with the quotient's sign.
fn percent_of(n: Decimal, d: Decimal) -> Result<Decimal, FormulaFault> {
    let above = n.is_sign_negative() == d.is_sign_negative();
    n.checked_div(d)
        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
        .ok_or(FormulaFault::Beyond(above))
}

/// `whole` − p: the linear minimise figure 200 − p and PP 46/2011's 176 − p, from
/// p = 100R / T; a figure beyond the range stays beyond it, on the other side.
fn less_from(whole: i64, p: Result<Decimal, FormulaFault>) -> Result<Decimal, FormulaFault> {
    match p {
        Ok(p) => Decimal::from(whole)
            .checked_sub(p)
            .ok_or(FormulaFault::Beyond(p.is_sign_negative())),
        Err(FormulaFault::Beyond(above)) => Err(FormulaFault::Beyond(!above)),
        Err(fault) => Err(fault),
    }
}

/// The raw formula for the numeric regimes; `None` when it has no value (an overflow, a
/// zero realisation under T/R, or a target of the wrong kind).
pub(crate) fn raw_for_regimes(
    polarity: Polarity,
    target: Target,
    realisation: Decimal,
) -> Option<Decimal> {
    raw_achievement(polarity, target, realisation).ok()
}
