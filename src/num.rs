//! Exact value types on [`Decimal`]: percentages, weights and scores, and the one rounding rule.
//!
//! Every value here is a checked wrapper: it can only be made through a constructor that
//! rejects values outside its domain, and it travels on the wire as a decimal string
//! (`"87.5"`), never as a binary float.

use crate::decimal_text;
use crate::label::{Labelled, Language};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use thiserror::Error;

/// Writes the shared parts of a checked decimal newtype: accessors, `Display`, serde as text.
macro_rules! checked_decimal {
    ($name:ident, $what:literal, $schema:literal) => {
        impl $name {
            /// The exact decimal value.
            #[must_use]
            pub const fn value(self) -> Decimal {
                self.0
            }

            /// The value rounded by `rounding`, still exact.
            ///
            /// # Errors
            /// Fails only when rounding moves the value out of its domain, which cannot
            /// happen for the bounds used in this crate but is checked rather than assumed.
            pub fn rounded(self, rounding: Rounding) -> Result<Self, ValueError> {
                Self::as_written(rounding.apply(self.0))
            }

            /// `value` checked as [`Self::new`] checks it, kept with the places it is
            /// written with (`99.50` stays `99.50`): how a figure read from text or rounded
            /// for a report keeps its text through every output and a JSON round trip.
            fn as_written(value: Decimal) -> Result<Self, ValueError> {
                Self::new(value).map(|_| Self(value))
            }
        }

        impl TryFrom<Decimal> for $name {
            type Error = ValueError;
            fn try_from(value: Decimal) -> Result<Self, ValueError> {
                Self::new(value)
            }
        }

        impl From<$name> for Decimal {
            fn from(value: $name) -> Decimal {
                value.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = ValueError;
            fn from_str(text: &str) -> Result<Self, ValueError> {
                let value = decimal_text::parse(text).ok_or_else(|| ValueError::NotADecimal {
                    what: $what,
                    text: text.to_owned(),
                })?;
                Self::as_written(value)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                decimal_text::serialize(&self.0, serializer)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = decimal_text::deserialize(deserializer)?;
                Self::as_written(value).map_err(serde::de::Error::custom)
            }
        }

        #[cfg(feature = "schema")]
        crate::json_schema::fixed_schema!($name, crate::decimal_text::schema_of($schema));
    };
}

/// A percentage such as an achievement (capaian): `85.5` means 85.5 %.
///
/// Never negative; not capped, because achievements above 100 % are meaningful (capping is a
/// rule of the indicator, not of the number).
///
/// Equality is numeric: `Percent` of `1.0` equals `Percent` of `1.00`.
///
/// ```
/// # fn main() -> Result<(), kinerja::num::ValueError> {
/// use kinerja::num::Percent;
/// let achievement: Percent = "112.5".parse()?;
/// assert!(achievement > Percent::HUNDRED);
/// assert!(Percent::new(kinerja::Decimal::NEGATIVE_ONE).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(Decimal);

impl Percent {
    /// 0 %.
    pub const ZERO: Self = Self(Decimal::ZERO);
    /// 100 %.
    pub const HUNDRED: Self = Self(Decimal::ONE_HUNDRED);

    /// A percentage from its value in percent.
    ///
    /// # Errors
    /// [`ValueError::Negative`] when `value` is below zero.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(ValueError::Negative {
                what: "percent",
                value,
            });
        }
        Ok(Self(value.normalize()))
    }
}
impl Percent {
    /// The percentage rounded by `rounding`, keeping the places it rounds to (`100.00` at two
    /// places), so a report shows the figure as the rules round it. Rounding a percentage
    /// never makes it negative, so this cannot fail.
    ///
    /// ```
    /// use kinerja::num::{Percent, Rounding};
    /// let p = Percent::new(kinerja::Decimal::new(999_999, 4))?; // 99.9999
    /// assert_eq!(p.round(Rounding::default()).to_string(), "100.00");
    /// # Ok::<(), kinerja::num::ValueError>(())
    /// ```
    #[must_use]
    pub fn round(self, rounding: Rounding) -> Self {
        Self(rounding.apply(self.0))
    }

    /// A figure already rounded for a report, kept with its places; `None` when negative.
    pub(crate) fn reported(value: Decimal) -> Option<Self> {
        (!value.is_sign_negative() || value.is_zero()).then_some(Self(value))
    }

    /// A whole percentage (never negative, so never refused).
    ///
    /// ```
    /// assert_eq!(kinerja::num::Percent::whole(120).to_string(), "120");
    /// ```
    #[must_use]
    pub fn whole(percent: u32) -> Self {
        Self(Decimal::from(percent))
    }
}

checked_decimal!(
    Percent,
    "percent",
    "A percentage written as text, e.g. \"85.5\" for 85.5 %; never negative."
);

/// A weight (bobot): a share of a whole, in percent, from 0 to 100 inclusive.
///
/// A zero weight is allowed: it is how an item is kept on record without counting.
///
/// ```
/// # fn main() -> Result<(), kinerja::num::ValueError> {
/// use kinerja::num::Weight;
/// let w: Weight = "40".parse()?;
/// assert_eq!(w.value(), kinerja::Decimal::from(40));
/// assert!("100.01".parse::<Weight>().is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weight(Decimal);

impl Weight {
    /// A weight of 0 %.
    pub const ZERO: Self = Self(Decimal::ZERO);
    /// A weight of 100 %: the whole.
    pub const WHOLE: Self = Self(Decimal::ONE_HUNDRED);

    /// A weight from its value in percent.
    ///
    /// # Errors
    /// [`ValueError::OutOfRange`] unless `0 <= value <= 100`.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(ValueError::OutOfRange {
                what: "weight",
                value,
                min: Decimal::ZERO,
                max: Decimal::ONE_HUNDRED,
            });
        }
        Ok(Self(value.normalize()))
    }
}
checked_decimal!(
    Weight,
    "weight",
    "A weight in percent written as text, e.g. \"40\"; from 0 to 100."
);

/// A score (nilai) on a regime's scale, for example 0–120 under PP 30/2019.
///
/// Never negative; the upper end belongs to the scale that produced it.
///
/// ```
/// # fn main() -> Result<(), kinerja::num::ValueError> {
/// use kinerja::num::Score;
/// let s: Score = "109".parse()?;
/// assert_eq!(s.to_string(), "109");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(Decimal);

impl Score {
    /// A score of zero.
    pub const ZERO: Self = Self(Decimal::ZERO);

    /// A score from its value.
    ///
    /// # Errors
    /// [`ValueError::Negative`] when `value` is below zero.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(ValueError::Negative {
                what: "score",
                value,
            });
        }
        Ok(Self(value.normalize()))
    }
}
checked_decimal!(
    Score,
    "score",
    "A score written as text, e.g. \"87.5\"; never negative."
);

/// How a midpoint (or any excess digit) is resolved when rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Round half away from zero (2.345 → 2.35): the rule of Indonesian administrative practice.
    HalfUp,
    /// Round half to even, "banker's rounding" (2.345 → 2.34, 2.355 → 2.36).
    HalfEven,
    /// Cut off the excess digits (2.349 → 2.34).
    TowardZero,
}

impl Labelled for RoundingMode {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::HalfUp, Language::Indonesian) => "setengah ke atas",
            (Self::HalfEven, Language::Indonesian) => "setengah ke genap",
            (Self::TowardZero, Language::Indonesian) => "pemotongan",
            (Self::HalfUp, Language::English) => "half up",
            (Self::HalfEven, Language::English) => "half to even",
            (Self::TowardZero, Language::English) => "toward zero",
        }
    }
}

/// The crate's one rounding rule: a number of decimal places and a [`RoundingMode`].
///
/// The default is half-up to 2 decimals. Calculations stay exact; rounding is applied only
/// at the named points where a figure is reported, and the rule used is part of every result
/// that rounds.
///
/// ```
/// # fn main() -> Result<(), kinerja::num::ValueError> {
/// use kinerja::num::{Rounding, RoundingMode};
/// use kinerja::Decimal;
/// let half_up = Rounding::default();
/// assert_eq!(half_up.apply(Decimal::new(2345, 3)), Decimal::new(235, 2));
/// let even = Rounding::new(2, RoundingMode::HalfEven)?;
/// assert_eq!(even.apply(Decimal::new(2345, 3)), Decimal::new(234, 2));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RoundingSpec", into = "RoundingSpec")]
pub struct Rounding {
    decimals: u32,
    mode: RoundingMode,
}

/// The most decimal places a [`Decimal`] can carry.
const MAX_DECIMALS: u32 = 28;

impl Rounding {
    /// Half up to whole units, as money is written.
    pub const WHOLE: Self = Self {
        decimals: 0,
        mode: RoundingMode::HalfUp,
    };

    /// A rounding rule.
    ///
    /// # Errors
    /// [`ValueError::TooManyDecimals`] when `decimals` exceeds 28, the precision of `Decimal`.
    pub fn new(decimals: u32, mode: RoundingMode) -> Result<Self, ValueError> {
        if decimals > MAX_DECIMALS {
            return Err(ValueError::TooManyDecimals {
                decimals,
                max: MAX_DECIMALS,
            });
        }
        Ok(Self { decimals, mode })
    }

    /// The number of decimal places kept.
    #[must_use]
    pub const fn decimals(self) -> u32 {
        self.decimals
    }

    /// The midpoint rule.
    #[must_use]
    pub const fn mode(self) -> RoundingMode {
        self.mode
    }

    /// Rounds `value` by this rule, written with exactly the rule's places (`100.5` to two
    /// places is `100.50`), so that one kind of figure has one text in every output.
    /// Rounding never overflows; a value too large to carry all the places keeps as many
    /// as fit.
    ///
    /// ```
    /// use kinerja::num::Rounding;
    /// use kinerja::Decimal;
    /// assert_eq!(Rounding::default().apply(Decimal::new(1005, 1)).to_string(), "100.50");
    /// assert_eq!(Rounding::default().apply(Decimal::new(994_99, 3)).to_string(), "99.50");
    /// ```
    #[must_use]
    pub fn apply(self, value: Decimal) -> Decimal {
        let strategy = match self.mode {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::TowardZero => RoundingStrategy::ToZero,
        };
        let mut rounded = value.round_dp_with_strategy(self.decimals, strategy);
        rounded.rescale(self.decimals);
        rounded
    }
}

impl Rounding {
    /// `value` rounded by this rule and written with exactly its decimals, as a report
    /// shows it: 96 → `"96.00"`, 79.1666… → `"79.17"`.
    ///
    /// ```
    /// use kinerja::num::Rounding;
    /// use kinerja::Decimal;
    /// assert_eq!(Rounding::default().format(Decimal::from(96)), "96.00");
    /// ```
    #[must_use]
    pub fn format(self, value: Decimal) -> String {
        // Padded as text: a `Decimal` cannot hold 96 with 28 decimals (it would need 30
        // digits), so rescaling would silently keep fewer places.
        let mut text = self.apply(value).to_string();
        let kept = text
            .split_once('.')
            .map_or(0, |(_, fraction)| fraction.len());
        let wanted = usize::try_from(self.decimals).unwrap_or(0);
        if kept < wanted {
            if kept == 0 {
                text.push('.');
            }
            text.extend(std::iter::repeat_n('0', wanted - kept));
        }
        text
    }
}

impl Rounding {
    /// The rule in words, as a report states it: `pembulatan setengah ke atas, 2 desimal`,
    /// `half up to 2 decimals`.
    ///
    /// ```
    /// use kinerja::Language;
    /// use kinerja::num::Rounding;
    /// assert_eq!(Rounding::default().describe(Language::Indonesian), "pembulatan setengah ke atas, 2 desimal");
    /// assert_eq!(Rounding::default().describe(Language::English), "half up to 2 decimals");
    /// ```
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self.mode, language) {
            (RoundingMode::TowardZero, Language::Indonesian) => {
                format!("pemotongan, {} desimal", self.decimals)
            }
            (mode, Language::Indonesian) => {
                format!(
                    "pembulatan {}, {} desimal",
                    mode.label(language),
                    self.decimals
                )
            }
            (mode, Language::English) => {
                let plural = if self.decimals == 1 { "" } else { "s" };
                format!(
                    "{} to {} decimal{plural}",
                    mode.label(language),
                    self.decimals
                )
            }
        }
    }
}

impl Default for Rounding {
    /// Half-up to 2 decimals.
    fn default() -> Self {
        Self {
            decimals: 2,
            mode: RoundingMode::HalfUp,
        }
    }
}

impl fmt::Display for Rounding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mode = match self.mode {
            RoundingMode::HalfUp => "half-up",
            RoundingMode::HalfEven => "half-even",
            RoundingMode::TowardZero => "toward zero",
        };
        write!(f, "{mode} to {} decimals", self.decimals)
    }
}

/// The wire form of [`Rounding`], checked on the way in.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct RoundingSpec {
    decimals: u32,
    mode: RoundingMode,
}

crate::objects_only::objects_only!(RoundingSpec);

impl TryFrom<RoundingSpec> for Rounding {
    type Error = ValueError;
    fn try_from(spec: RoundingSpec) -> Result<Self, ValueError> {
        Self::new(spec.decimals, spec.mode)
    }
}

impl From<Rounding> for RoundingSpec {
    fn from(rounding: Rounding) -> Self {
        Self {
            decimals: rounding.decimals,
            mode: rounding.mode,
        }
    }
}

/// A number outside the domain of a value type.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ValueError {
    /// The value may not be negative.
    #[error("{what} may not be negative, got {value}")]
    Negative {
        /// Which kind of value.
        what: &'static str,
        /// The value given.
        value: Decimal,
    },
    /// The value lies outside its range.
    #[error("{what} must lie between {min} and {max}, got {value}")]
    OutOfRange {
        /// Which kind of value.
        what: &'static str,
        /// The value given.
        value: Decimal,
        /// The least value allowed.
        min: Decimal,
        /// The greatest value allowed.
        max: Decimal,
    },
    /// The text is not an exact decimal number.
    #[error("{what}: `{text}` is not an exact decimal number")]
    NotADecimal {
        /// Which kind of value.
        what: &'static str,
        /// The text given.
        text: String,
    },
    /// More decimal places than a `Decimal` carries.
    #[error("rounding to {decimals} decimals is not possible, at most {max}")]
    TooManyDecimals {
        /// The number asked for.
        decimals: u32,
        /// The most allowed.
        max: u32,
    },
}

impl ValueError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: crate::label::Language) -> String {
        use crate::text::in_indonesian as id;
        match (self, language) {
            (_, crate::label::Language::English) => self.to_string(),
            (Self::Negative { what, value }, _) => {
                format!("{} tidak boleh negatif, diberikan {value}", id(what))
            }
            (
                Self::OutOfRange {
                    what,
                    value,
                    min,
                    max,
                },
                _,
            ) => format!(
                "{} harus antara {min} dan {max}, diberikan {value}",
                id(what)
            ),
            (Self::NotADecimal { what, text }, _) => {
                format!("{}: `{text}` bukan bilangan desimal yang tepat", id(what))
            }
            (Self::TooManyDecimals { decimals, max }, _) => {
                format!("pembulatan ke {decimals} desimal tidak mungkin, paling banyak {max}")
            }
        }
    }
}
