//! Piecewise-linear maps from an achievement to a value, such as PermenPANRB 8/2021's.

use super::band::{BandTable, Bound};
use super::error::{ScoringError, ScoringFormula};
use super::figures::{interval_words, short, short_percent};
use crate::decimal_text;
use crate::label::Language;
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

    /// The point the line is drawn from: `at` in `base + (x − at) × rise / run`.
    #[must_use]
    pub const fn origin(&self) -> Decimal {
        self.at
    }

    /// The value at the origin: `base` in `base + (x − at) × rise / run`.
    #[must_use]
    pub const fn base(&self) -> Decimal {
        self.base
    }

    /// The rise of the slope `rise / run`.
    #[must_use]
    pub const fn rise(&self) -> Decimal {
        self.rise
    }

    /// The run of the slope `rise / run` (never zero).
    #[must_use]
    pub const fn run(&self) -> Decimal {
        self.run
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
        self.step(achievement, target_is_maximum)
            .map(|step| step.value)
    }

    /// The value of `achievement` with the step of the map that gave it: the segment and
    /// its line, or the at-maximum value (see [`ValueMap::value`]).
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::scoring::ScoringError> {
    /// use kinerja::Language;
    /// use kinerja::regulation::permenpanrb_8_2021_values;
    /// use kinerja::Decimal;
    /// // 105 % lies in 101 % to 110 %: 110 + (105 − 101) × 10/9 = 110 + 40/9 = 114.44…
    /// let step = permenpanrb_8_2021_values().step(Decimal::from(105), false)?;
    /// assert_eq!(step.value, Decimal::from(1030) / Decimal::from(9));
    /// assert_eq!(
    ///     step.render(Language::Indonesian),
    ///     "capaian 105 % (101 % sampai 110 %): 110 + (c − 101) × 10/9 = 110 + (105 − 101) × 10/9 = 114,44…"
    /// );
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`ValueMap::value`].
    pub fn step(
        &self,
        achievement: Decimal,
        target_is_maximum: bool,
    ) -> Result<ValueStep, ScoringError> {
        if let (true, Some(top)) = (
            target_is_maximum && achievement >= Decimal::ONE_HUNDRED,
            self.at_maximum,
        ) {
            return Ok(ValueStep {
                achievement,
                target_is_maximum,
                lower: None,
                upper: None,
                line: None,
                value: top,
            });
        }
        let segment = self
            .segments
            .classify(achievement, |_| true)
            .map_err(ScoringError::Band)?;
        Ok(ValueStep {
            achievement,
            target_is_maximum,
            lower: segment.band.lower,
            upper: segment.band.upper,
            line: Some(*segment.label),
            value: segment.label.at(achievement)?,
        })
    }
}

/// How a [`ValueMap`] turned one achievement into a value: the segment the achievement lay
/// in and the line drawn there (PermenPANRB 8/2021: "101–110 %: 110 + (c − 101) × 10/9"),
/// or the value of a fully achieved target that is already the maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ValueStep {
    /// The achievement (capaian), in percent.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub achievement: Decimal,
    /// Whether the target is already the maximum (e.g. "100 % free of audit findings").
    pub target_is_maximum: bool,
    /// The segment's lower end; none for a segment open below, or at the maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The segment's upper end; none for a segment open above, or at the maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// The segment's line; none when the map's value for a fully achieved maximal target
    /// was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<Affine>,
    /// The value (nilai).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
}

crate::objects_only::objects_only!(ValueStep);

impl ValueStep {
    /// The step in words, with the formula worked on the figures: `capaian 105 % (101 %
    /// sampai 110 %): 110 + (c − 101) × 10/9 = 110 + (105 − 101) × 10/9 = 114,44…`; in
    /// English `achievement 105% (101% to 110%): …`.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let achieved = short_percent(self.achievement, language);
        let Some(line) = self.line else {
            return if indonesian {
                format!(
                    "capaian {achieved} atas target yang sudah maksimum: {}",
                    short(self.value, language)
                )
            } else {
                format!(
                    "achievement {achieved} of a target that is already the maximum: {}",
                    short(self.value, language)
                )
            };
        };
        let segment = interval_words(
            self.lower,
            self.upper,
            |v| short_percent(v, language),
            language,
        );
        let word = if indonesian { "capaian" } else { "achievement" };
        let value = short(self.value, language);
        if line.rise().is_zero() {
            return format!("{word} {achieved} ({segment}): {value}");
        }
        let formula = line_formula(&line, "c", language);
        let worked = line_formula(&line, &short(self.achievement, language), language);
        format!("{word} {achieved} ({segment}): {formula} = {worked} = {value}")
    }
}

/// A line of a value map with `x` for the achievement: `110 + (c − 101) × 10/9`,
/// `70 + (c − 80)`, `c × 49/59`, `109`. Terms that change nothing (a zero base, a zero
/// origin, a slope of one) are left out.
fn line_formula(line: &Affine, x: &str, language: Language) -> String {
    if line.rise().is_zero() {
        return short(line.base(), language);
    }
    let origin = line.origin();
    let moved = if origin.is_zero() {
        x.to_owned()
    } else if origin.is_sign_negative() {
        format!("({x} + {})", short(-origin, language))
    } else {
        format!("({x} − {})", short(origin, language))
    };
    let slope = if line.rise() == line.run() {
        String::new()
    } else if line.run() == Decimal::ONE {
        format!(" × {}", short(line.rise(), language))
    } else {
        format!(
            " × {}/{}",
            short(line.rise(), language),
            short(line.run(), language)
        )
    };
    let base = line.base();
    if base.is_zero() {
        format!("{moved}{slope}")
    } else {
        format!("{} + {moved}{slope}", short(base, language))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn lines_leave_out_what_changes_nothing() {
        let line = |at: i64, base: i64, rise: i64, run: i64| {
            Affine::new(at.into(), base.into(), rise.into(), run.into()).unwrap()
        };
        let id = Language::Indonesian;
        assert_eq!(
            line_formula(&line(101, 110, 10, 9), "c", id),
            "110 + (c − 101) × 10/9"
        );
        assert_eq!(line_formula(&line(80, 70, 1, 1), "c", id), "70 + (c − 80)");
        assert_eq!(line_formula(&line(0, 0, 49, 59), "c", id), "c × 49/59");
        assert_eq!(
            line_formula(&line(99, 89, 20, 1), "c", id),
            "89 + (c − 99) × 20"
        );
        assert_eq!(line_formula(&Affine::constant(109.into()), "c", id), "109");
        assert_eq!(line_formula(&line(-5, 1, 1, 1), "c", id), "1 + (c + 5)");
    }
}
