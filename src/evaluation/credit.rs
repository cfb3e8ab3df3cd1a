//! Credit points of functional positions (angka kredit), with part-year pro-rating.

use super::error::EvaluationError;
use super::rating::Predicate;
use crate::decimal_text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The share of the rank's annual coefficient a predicate earns (DOMAIN §4.5): 150 % for
/// Sangat Baik, 100 % Baik, 75 % Butuh Perbaikan, 50 % Kurang, 25 % Sangat Kurang.
#[must_use]
pub const fn credit_percent(predicate: Predicate) -> i64 {
    match predicate {
        Predicate::VeryGood => 150,
        Predicate::Good => 100,
        Predicate::NeedsImprovement => 75,
        Predicate::PoorOrMisconduct => 50,
        Predicate::VeryPoor => 25,
    }
}

/// Credit points earned, with the figures that made them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct CreditPoints {
    /// The rank's annual coefficient.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub coefficient: Decimal,
    /// The predicate.
    pub predicate: Predicate,
    /// Months in the position (1–12).
    pub months: u8,
    /// coefficient × percent / 100 × months / 12.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub points: Decimal,
}

crate::objects_only::objects_only!(CreditPoints);

/// Annual credit = coefficient × the predicate's percentage, × months / 12 for part of a
/// year (months above 12 count as 12).
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{Predicate, credit_points};
/// use rust_decimal::Decimal;
/// // Ahli Muda (coefficient 25), Baik, the whole year: 25; Sangat Baik for 6 months: 18.75.
/// assert_eq!(credit_points(Decimal::from(25), Predicate::Good, 12)?.points, Decimal::from(25));
/// assert_eq!(credit_points(Decimal::from(25), Predicate::VeryGood, 6)?.points, Decimal::new(1875, 2));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::InvalidFigure`] for a negative coefficient;
/// [`EvaluationError::Scoring`] when the figures overflow.
pub fn credit_points(
    coefficient: Decimal,
    predicate: Predicate,
    months: u8,
) -> Result<CreditPoints, EvaluationError> {
    if coefficient < Decimal::ZERO {
        return Err(EvaluationError::InvalidFigure {
            what: super::error::Figure::CreditCoefficient,
            value: coefficient,
        });
    }
    let months = months.min(12);
    let points = coefficient
        .checked_mul(Decimal::from(credit_percent(predicate) * i64::from(months)))
        .map(|v| v / Decimal::from(1200))
        .ok_or(EvaluationError::overflow(
            super::error::EvaluationFormula::CreditPoints,
        ))?;
    Ok(CreditPoints {
        coefficient,
        predicate,
        months,
        points,
    })
}
