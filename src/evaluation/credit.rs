//! Credit points of functional positions (angka kredit), with part-year pro-rating.

use super::error::EvaluationError;
use super::rating::Predicate;
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::num::{Percent, Rounding};
use crate::scoring::figures::{short, short_percent};
use crate::written::number;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

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
/// use kinerja::Decimal;
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

impl CreditPoints {
    /// How the points were made, with the figure reported by `rounding` (DOMAIN §8: half up
    /// to 2 decimals, [`Rounding::default`], unless the agency states another rule).
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::Language;
    /// use kinerja::evaluation::{Predicate, credit_points};
    /// use kinerja::num::Rounding;
    /// use kinerja::Decimal;
    /// // Ahli Muda (coefficient 25), Baik, six months: 25 × 100 % × 6/12 = 12.5.
    /// let explained = credit_points(Decimal::from(25), Predicate::Good, 6)?.explain(Rounding::default());
    /// assert_eq!(explained.reported, Decimal::new(125, 1));
    /// assert_eq!(
    ///     explained.render(Language::Indonesian),
    ///     "Angka kredit: 12,50\n\
    ///      - koefisien 25 × 100 % (predikat Baik) × 6/12 bulan = 12,5\n\
    ///      - pembulatan setengah ke atas, 2 desimal: 12,50\n"
    /// );
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn explain(&self, rounding: Rounding) -> CreditExplanation {
        CreditExplanation {
            coefficient: self.coefficient,
            predicate: self.predicate,
            percent: Percent::whole(
                u32::try_from(credit_percent(self.predicate)).unwrap_or_default(),
            ),
            months: self.months,
            points: self.points,
            rounding,
            reported: rounding.apply(self.points),
        }
    }
}

/// How credit points (angka kredit) were made: the rank's coefficient, the predicate's
/// percent, the months of the year, the exact product and the figure reported by the
/// stated rounding. Made by [`CreditPoints::explain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct CreditExplanation {
    /// The rank's annual coefficient (koefisien).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub coefficient: Decimal,
    /// The predicate.
    pub predicate: Predicate,
    /// The share of the coefficient the predicate earns: 150, 100, 75, 50 or 25.
    pub percent: Percent,
    /// Months in the position (1–12).
    pub months: u8,
    /// coefficient × percent / 100 × months / 12, exact.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub points: Decimal,
    /// The rounding rule of the reported figure.
    pub rounding: Rounding,
    /// The points rounded by the rule.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub reported: Decimal,
}

crate::objects_only::objects_only!(CreditExplanation);

impl CreditExplanation {
    /// The explanation as text, one line per fact, in `language`: the reported points, the
    /// product with its figures, the rounding in words.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let reported = number(self.reported, self.rounding, language);
        let coefficient = short(self.coefficient, language);
        let percent = short_percent(self.percent.value(), language);
        let predicate = self.predicate.label(language);
        let months = self.months;
        let points = short(self.points, language);
        let mut out = String::new();
        let _ = if indonesian {
            writeln!(out, "Angka kredit: {reported}")
                .and_then(|()| {
                    writeln!(
                        out,
                        "- koefisien {coefficient} × {percent} (predikat {predicate}) × {months}/12 bulan = {points}"
                    )
                })
        } else {
            writeln!(out, "Credit points: {reported}").and_then(|()| {
                writeln!(
                    out,
                    "- coefficient {coefficient} × {percent} (predicate {predicate}) × {months}/12 months = {points}"
                )
            })
        };
        let _ = writeln!(out, "- {}: {reported}", self.rounding.describe(language));
        out
    }
}
