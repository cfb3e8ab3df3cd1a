//! How a PermenPANRB 8/2021 value of the results is explained.

use super::*;

/// PermenPANRB 8/2021: the value of the main results from their achievement (by the rules'
/// map), plus additional results, each worth a share of its weight by its rating
/// (100/80/60/40/20 % from Sangat Baik to Sangat Kurang by default), together at most the
/// rules' cap (10 points by default).
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{permenpanrb_8_2021_final, AdditionalResult, Permenpanrb8Rules, Pp30Rating};
/// use kinerja::Decimal;
/// let extra = [AdditionalResult { weight: Decimal::from(5), rating: Pp30Rating::Good }]; // 80 % of 5 = 4
/// let value = permenpanrb_8_2021_final(&Permenpanrb8Rules::default(), Decimal::from(100), false, &extra)?;
/// assert_eq!(value, Decimal::from(113)); // 109 + 4
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::Scoring`] when the achievement lies outside the map;
/// [`EvaluationError::InvalidFigure`] when an additional result's weight is negative.
pub fn permenpanrb_8_2021_final(
    rules: &Permenpanrb8Rules,
    achievement: Decimal,
    target_is_maximum: bool,
    additional: &[AdditionalResult],
) -> Result<Decimal, EvaluationError> {
    explain_permenpanrb_8_2021(rules, achievement, target_is_maximum, additional).map(|e| e.value)
}

/// [`permenpanrb_8_2021_final`] with its explanation: the step of the value map the
/// achievement fell in (the segment and its line, worked on the figures), each additional
/// result's points, their total, the cap and what was counted.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{explain_permenpanrb_8_2021, AdditionalResult, Permenpanrb8Rules, Pp30Rating};
/// use kinerja::Decimal;
/// let d = Decimal::from;
/// // 6 × 100 % + 8 × 60 % = 6 + 4.8 = 10.8, of which 10 counts: 85 + 10 = 95.
/// let extra = [
///     AdditionalResult { weight: d(6), rating: Pp30Rating::VeryGood },
///     AdditionalResult { weight: d(8), rating: Pp30Rating::Fair },
/// ];
/// let explained = explain_permenpanrb_8_2021(&Permenpanrb8Rules::default(), d(95), false, &extra)?;
/// assert_eq!((explained.additional_total, explained.additional_counted), (Decimal::new(108, 1), d(10)));
/// assert_eq!(explained.value, d(95));
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`permenpanrb_8_2021_final`].
pub fn explain_permenpanrb_8_2021(
    rules: &Permenpanrb8Rules,
    achievement: Decimal,
    target_is_maximum: bool,
    additional: &[AdditionalResult],
) -> Result<Permenpanrb8Explanation, EvaluationError> {
    let step = rules.values.step(achievement, target_is_maximum)?;
    let mut extra = Decimal::ZERO;
    let mut explained = Vec::with_capacity(additional.len());
    for a in additional {
        if a.weight < Decimal::ZERO {
            return Err(EvaluationError::InvalidFigure {
                what: Figure::AdditionalWeight,
                value: a.weight,
            });
        }
        let worth = rules.additional_worth.of(a.rating);
        let points = exact(
            a.weight
                .checked_mul(worth.value())
                .map(|v| v / Decimal::ONE_HUNDRED),
        )?;
        extra = exact(extra.checked_add(points))?;
        explained.push(AdditionalExplanation {
            weight: a.weight,
            rating: a.rating,
            worth,
            points,
        });
    }
    let counted = extra.min(rules.additional_cap.value());
    Ok(Permenpanrb8Explanation {
        step,
        additional: explained,
        additional_total: extra,
        additional_cap: rules.additional_cap,
        additional_counted: counted,
        value: exact(step.value.checked_add(counted))?,
    })
}

/// share of the weight that rating earns, and the points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AdditionalExplanation {
    /// The assignment's weight in points.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// How well it was done.
    pub rating: Pp30Rating,
    /// The share of the weight the rating earns (100/80/60/40/20 by default).
    pub worth: Percent,
    /// weight × worth / 100.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub points: Decimal,
}

crate::objects_only::objects_only!(AdditionalExplanation);

/// How a PermenPANRB 8/2021 value of the results was made: the value map's step for the
/// main results' achievement, each additional result's points, their total and the cap,
/// and the sum. Made by
/// [`explain_permenpanrb_8_2021`](crate::evaluation::explain_permenpanrb_8_2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Permenpanrb8Explanation {
    /// The main results' achievement turned into a value by the map.
    pub step: ValueStep,
    /// The additional results (tugas tambahan).
    pub additional: Vec<AdditionalExplanation>,
    /// The additional results' points together.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub additional_total: Decimal,
    /// The most they may add (10 by default).
    pub additional_cap: Score,
    /// What they add: the total, at most the cap.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub additional_counted: Decimal,
    /// The value: the step's value plus what the additional results add.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
}

crate::objects_only::objects_only!(Permenpanrb8Explanation);

impl Permenpanrb8Explanation {
    /// The explanation as text, one line per fact, in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::Language;
    /// use kinerja::evaluation::{explain_permenpanrb_8_2021, Permenpanrb8Rules};
    /// use kinerja::Decimal;
    /// let explained = explain_permenpanrb_8_2021(&Permenpanrb8Rules::default(), Decimal::from(95), false, &[])?;
    /// // 95 % lies in 80 % to 99 %: 70 + (95 − 80) = 85.
    /// assert!(explained.render(Language::English).contains("70 + (c − 80) = 70 + (95 − 80) = 85"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let mut out = String::new();
        let title = if indonesian {
            "Nilai hasil kerja PermenPANRB 8/2021"
        } else {
            "PermenPANRB 8/2021 value of the results"
        };
        let _ = writeln!(out, "{title}: {}", short(self.value, language));
        let _ = writeln!(out, "- {}", self.step.render(language));
        for extra in &self.additional {
            let _ = writeln!(
                out,
                "- {} {} × {} ({}) = {}",
                if indonesian {
                    "hasil kerja tambahan"
                } else {
                    "additional result"
                },
                short(extra.weight, language),
                short_percent(extra.worth.value(), language),
                extra.rating.label(language),
                short(extra.points, language)
            );
        }
        let total = short(self.additional_total, language);
        let cap = short(self.additional_cap.value(), language);
        let counted = short(self.additional_counted, language);
        let _ = if self.additional.is_empty() {
            writeln!(
                out,
                "- {}",
                if indonesian {
                    "tidak ada hasil kerja tambahan"
                } else {
                    "no additional results"
                }
            )
        } else if indonesian {
            writeln!(
                out,
                "- tambahan seluruhnya {total}, paling banyak {cap}: dihitung {counted}"
            )
        } else {
            writeln!(
                out,
                "- additional results together {total}, at most {cap}: counted {counted}"
            )
        };
        let _ = writeln!(
            out,
            "- {} {} + {counted} = {}",
            if indonesian { "nilai" } else { "value" },
            short(self.step.value, language),
            short(self.value, language)
        );
        out
    }
}
