//! Piecewise-linear maps from an achievement to a value, such as PermenPANRB 8/2021's.

use super::band::BandTable;
use super::error::{ScoringError, ScoringFormula};
use crate::decimal_text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A straight line through `(at, base)` with slope `rise / run`:
/// `value(x) = base + (x − at) × rise / run`.
///
/// Slope as a fraction keeps thirds and ninths exact until the single division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "AffineSpec", into = "AffineSpec")]
pub struct Affine {
    at: Decimal,
    base: Decimal,
    rise: Decimal,
    run: Decimal,
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct AffineSpec {
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    at: Decimal,
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    base: Decimal,
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    rise: Decimal,
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    run: Decimal,
}

crate::objects_only::objects_only!(AffineSpec);

impl Affine {
    /// The line through `(at, base)` with slope `rise / run`.
    ///
    /// # Errors
    /// [`ScoringError::ZeroRun`] when `run` is zero.
    pub fn new(
        at: Decimal,
        base: Decimal,
        rise: Decimal,
        run: Decimal,
    ) -> Result<Self, ScoringError> {
        if run.is_zero() {
            return Err(ScoringError::ZeroRun);
        }
        Ok(Self {
            at,
            base,
            rise,
            run,
        })
    }

    /// A constant value.
    #[must_use]
    pub const fn constant(value: Decimal) -> Self {
        Self {
            at: Decimal::ZERO,
            base: value,
            rise: Decimal::ZERO,
            run: Decimal::ONE,
        }
    }

    /// The value at `x`, exact but for the one division (28 significant digits).
    ///
    /// # Errors
    /// [`ScoringError::Overflow`] if an intermediate leaves `Decimal`'s range.
    pub fn at(&self, x: Decimal) -> Result<Decimal, ScoringError> {
        x.checked_sub(self.at)
            .and_then(|dx| dx.checked_mul(self.rise))
            .and_then(|v| v.checked_div(self.run))
            .and_then(|v| v.checked_add(self.base))
            .ok_or(ScoringError::Overflow {
                formula: ScoringFormula::Line,
            })
    }
}

impl TryFrom<AffineSpec> for Affine {
    type Error = ScoringError;
    fn try_from(spec: AffineSpec) -> Result<Self, ScoringError> {
        Self::new(spec.at, spec.base, spec.rise, spec.run)
    }
}

impl From<Affine> for AffineSpec {
    fn from(a: Affine) -> Self {
        Self {
            at: a.at,
            base: a.base,
            rise: a.rise,
            run: a.run,
        }
    }
}

/// A map from achievement (percent) to a value: a [`BandTable`] whose labels are the lines
/// to apply in each band, plus the value of a fully achieved target that is already the
/// maximum (for example "100 % free of audit findings").
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::scoring::ValueMap = serde_json::from_str(r#"
/// {
///   "segments": {
///     "bands": [
///       {
///         "label": {
///           "at": "0",
///           "base": "0",
///           "rise": "49",
///           "run": "59"
///         },
///         "lower": {
///           "value": "0",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "60",
///           "inclusive": false
///         }
///       },
///       {
///         "label": {
///           "at": "60",
///           "base": "50",
///           "rise": "1",
///           "run": "1"
///         },
///         "lower": {
///           "value": "60",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "80",
///           "inclusive": false
///         }
///       },
///       {
///         "label": {
///           "at": "80",
///           "base": "70",
///           "rise": "1",
///           "run": "1"
///         },
///         "lower": {
///           "value": "80",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "99",
///           "inclusive": true
///         }
///       },
///       {
///         "label": {
///           "at": "99",
///           "base": "89",
///           "rise": "20",
///           "run": "1"
///         },
///         "lower": {
///           "value": "99",
///           "inclusive": false
///         },
///         "upper": {
///           "value": "100",
///           "inclusive": false
///         }
///       },
///       {
///         "label": {
///           "at": "0",
///           "base": "109",
///           "rise": "0",
///           "run": "1"
///         },
///         "lower": {
///           "value": "100",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "100",
///           "inclusive": true
///         }
///       },
///       {
///         "label": {
///           "at": "100",
///           "base": "109",
///           "rise": "1",
///           "run": "1"
///         },
///         "lower": {
///           "value": "100",
///           "inclusive": false
///         },
///         "upper": {
///           "value": "101",
///           "inclusive": false
///         }
///       },
///       {
///         "label": {
///           "at": "101",
///           "base": "110",
///           "rise": "10",
///           "run": "9"
///         },
///         "lower": {
///           "value": "101",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "110",
///           "inclusive": true
///         }
///       },
///       {
///         "label": {
///           "at": "0",
///           "base": "120",
///           "rise": "0",
///           "run": "1"
///         },
///         "lower": {
///           "value": "110",
///           "inclusive": false
///         }
///       }
///     ]
///   },
///   "at_maximum": "120"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ValueMap {
    segments: BandTable<Affine>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "decimal_text::optional"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    at_maximum: Option<Decimal>,
}

crate::objects_only::objects_only!(ValueMap);

impl ValueMap {
    /// A map from its segments and the value of a fully achieved maximal target.
    #[must_use]
    pub const fn new(segments: BandTable<Affine>, at_maximum: Option<Decimal>) -> Self {
        Self {
            segments,
            at_maximum,
        }
    }

    /// The segments.
    #[must_use]
    pub const fn segments(&self) -> &BandTable<Affine> {
        &self.segments
    }

    /// The value of `achievement` (in percent). With `target_is_maximum`, an achievement of
    /// 100 % or more is worth the map's at-maximum value, where it has one.
    ///
    /// # Errors
    /// [`ScoringError::Band`] when the achievement lies outside the map's domain;
    /// [`ScoringError::Overflow`] on overflow.
    pub fn value(
        &self,
        achievement: Decimal,
        target_is_maximum: bool,
    ) -> Result<Decimal, ScoringError> {
        if let (true, Some(top)) = (
            target_is_maximum && achievement >= Decimal::ONE_HUNDRED,
            self.at_maximum,
        ) {
            return Ok(top);
        }
        let segment = self
            .segments
            .classify(achievement, |_| true)
            .map_err(ScoringError::Band)?;
        segment.label.at(achievement)
    }
}
