//! The older numeric regimes still in use: PP 30/2019, PermenPANRB 8/2021 and PP 46/2011.
//! Their percentages, caps and bands are data ([`Pp30Rules`], [`Permenpanrb8Rules`],
//! [`Pp46Rules`]); the regulations' values are presets in [`regulation`](crate::regulation).
//! Each final is its explanation's figure: one file per regime computes and explains it;
//! this one holds the rules, the band a final value fell in, and what they share.

mod permenpanrb8;
mod pp30;
mod pp46;

pub use permenpanrb8::{
    AdditionalExplanation, Permenpanrb8Explanation, explain_permenpanrb_8_2021,
    permenpanrb_8_2021_final,
};
pub use pp30::{Pp30Explanation, explain_pp_30_2019, pp_30_2019_final};
#[allow(deprecated)]
pub use pp30::{explain_pp30, pp30_final};
pub use pp46::{
    AspectExplanation, AspectKind, Efficiency, Pp46ActivityExplanation, Pp46Explanation,
    explain_pp_46_2011, pp_46_2011_final,
};
#[allow(deprecated)]
pub use pp46::{explain_pp46, pp46_final};

use super::error::{Averaged, EvaluationError, EvaluationFormula, Figure};
use super::grades::{Pp30Rating, Pp46Rating};
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::measure::{MinimiseFormula, Polarity, Target};
use crate::num::{Percent, Score, Weight};
use crate::scoring::figures::{interval_words, short, short_percent};
use crate::scoring::{BandTable, Bound, Condition, ValueMap, ValueStep};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// How PP 30/2019 weighs results against behaviour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Pp30Weighting {
    /// Behaviour rated by the superior alone (70 % results, 30 % behaviour by default).
    #[default]
    Standard,
    /// Peers and subordinates rate behaviour too, 360° (60 % / 40 % by default).
    ThreeSixty,
}

impl Labelled for Pp30Weighting {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Standard, Language::Indonesian) => "70 % hasil kerja, 30 % perilaku",
            (Self::ThreeSixty, Language::Indonesian) => "60 % hasil kerja, 40 % perilaku (360°)",
            (Self::Standard, Language::English) => "70 % results, 30 % behaviour",
            (Self::ThreeSixty, Language::English) => "60 % results, 40 % behaviour (360°)",
        }
    }
}

/// The rules of a PP 30/2019 final value: the results' share under each weighting
/// (behaviour takes the rest) and the rating bands. The regulation's values are
/// [`regulation::pp_30_2019_rules`](crate::regulation::pp_30_2019_rules), also the `Default`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Pp30Rules {
    /// The results' share when the superior alone rates behaviour (70).
    pub results_share: Weight,
    /// The results' share when peers and subordinates rate behaviour too (60).
    pub results_share_360: Weight,
    /// The bands on the 0–120 scale.
    pub bands: BandTable<Pp30Rating>,
}

crate::objects_only::objects_only!(Pp30Rules);

/// A final value (nilai kinerja) of a numeric regime with its rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct NumericOutcome<R> {
    /// The final value.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
    /// Its rating.
    pub rating: R,
}

crate::objects_only::objects_only!(NumericOutcome<R>);

/// An additional result (tugas tambahan) under PermenPANRB 8/2021: its assignment weight in
/// points and its own rating.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::evaluation::AdditionalResult> = serde_json::from_str(r#"
/// [
///   {
///     "weight": "5",
///     "rating": "good"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AdditionalResult {
    /// The points the assignment is worth when done very well.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// How well it was done.
    pub rating: Pp30Rating,
}

crate::objects_only::objects_only!(AdditionalResult);

/// What an additional result is worth, as a percentage of its weight, by its rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AdditionalWorth {
    /// Sangat Baik (100).
    pub very_good: Percent,
    /// Baik (80).
    pub good: Percent,
    /// Cukup (60).
    pub fair: Percent,
    /// Kurang (40).
    pub poor: Percent,
    /// Sangat Kurang (20).
    pub very_poor: Percent,
}

crate::objects_only::objects_only!(AdditionalWorth);

impl AdditionalWorth {
    /// The worth of a rating.
    #[must_use]
    pub const fn of(&self, rating: Pp30Rating) -> Percent {
        match rating {
            Pp30Rating::VeryGood => self.very_good,
            Pp30Rating::Good => self.good,
            Pp30Rating::Fair => self.fair,
            Pp30Rating::Poor => self.poor,
            Pp30Rating::VeryPoor => self.very_poor,
        }
    }
}

/// The rules of a PermenPANRB 8/2021 final value: the achievement → value map, what
/// additional results are worth, and the most they may add. The regulation's values are
/// [`regulation::permenpanrb_8_2021_rules`](crate::regulation::permenpanrb_8_2021_rules),
/// also the `Default`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Permenpanrb8Rules {
    /// Achievement (percent) → value (0–120).
    pub values: ValueMap,
    /// What an additional result is worth by its rating.
    pub additional_worth: AdditionalWorth,
    /// The most additional results may add together, in points (10).
    pub additional_cap: Score,
}

crate::objects_only::objects_only!(Permenpanrb8Rules);

/// One target and realisation of a PP 46/2011 activity aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AspectFigures {
    /// The target.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub target: Decimal,
    /// The realisation.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub realisation: Decimal,
}

crate::objects_only::objects_only!(AspectFigures);

/// A PP 46/2011 activity (kegiatan tugas jabatan) with its aspects.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::evaluation::Pp46Activity> = serde_json::from_str(r#"
/// [
///   {
///     "quantity": {
///       "target": "12",
///       "realisation": "12"
///     },
///     "quality": {
///       "target": "100",
///       "realisation": "90"
///     },
///     "time": {
///       "target": "12",
///       "realisation": "12"
///     }
///   },
///   {
///     "quantity": {
///       "target": "4",
///       "realisation": "3"
///     },
///     "quality": {
///       "target": "100",
///       "realisation": "95"
///     },
///     "time": {
///       "target": "6",
///       "realisation": "5"
///     },
///     "cost": {
///       "target": "1000000",
///       "realisation": "950000"
///     }
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Pp46Activity {
    /// Kuantitas: R/T × 100.
    pub quantity: AspectFigures,
    /// Kualitas: R/T × 100.
    pub quality: AspectFigures,
    /// Waktu: the efficiency rule.
    pub time: AspectFigures,
    /// Biaya, where it applies: the efficiency rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<AspectFigures>,
}

crate::objects_only::objects_only!(Pp46Activity);

/// The rules of a PP 46/2011 final value: the SKP's share (behaviour takes the rest) and the
/// rating bands. The regulation's values are
/// [`regulation::pp_46_2011_rules`](crate::regulation::pp_46_2011_rules), also the `Default`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Pp46Rules {
    /// The SKP's share of the final value (60).
    pub skp_share: Weight,
    /// The rating bands.
    pub bands: BandTable<Pp46Rating>,
}

crate::objects_only::objects_only!(Pp46Rules);

/// `None` (an overflow) as an error.
fn exact(value: Option<Decimal>) -> Result<Decimal, EvaluationError> {
    value.ok_or(EvaluationError::overflow(EvaluationFormula::RegimeFinal))
}

/// Two figures weighted by a share and the rest: first = a × share / 100,
/// second = b × (100 − share) / 100, value = first + second, so the parts an explanation
/// shows add up to the value exactly.
struct WeightedPair {
    rest: Weight,
    first: Decimal,
    second: Decimal,
    value: Decimal,
}

impl WeightedPair {
    fn of(a: Decimal, b: Decimal, share: Weight) -> Result<Self, EvaluationError> {
        let rest_value = Decimal::ONE_HUNDRED - share.value();
        // A share lies within 0 to 100, so the rest does too.
        let rest = Weight::new(rest_value)
            .map_err(|_| EvaluationError::overflow(EvaluationFormula::RegimeFinal))?;
        let part = |x: Decimal, s: Decimal| {
            exact(
                x.checked_mul(s)
                    .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED)),
            )
        };
        let first = part(a, share.value())?;
        let second = part(b, rest_value)?;
        Ok(Self {
            rest,
            first,
            second,
            value: exact(first.checked_add(second))?,
        })
    }
}

/// The arithmetic mean, checked (callers pass at least one value).
fn mean(values: &[Decimal]) -> Result<Decimal, EvaluationError> {
    let sum = values
        .iter()
        .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(*v));
    exact(sum.and_then(|s| s.checked_div(Decimal::from(values.len()))))
}

/// The band a regime's final value fell in: its rating and interval, the condition it
/// requires (held, since the value reached it), and the band the value lay in when that
/// band's condition was not met (an innovation, for Sangat Baik under PP 30/2019).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    deny_unknown_fields,
    remote = "Self",
    bound(serialize = "R: Serialize", deserialize = "R: Deserialize<'de>")
)]
#[non_exhaustive]
pub struct FinalBand<R> {
    /// The rating (predikat) given.
    pub rating: R,
    /// The band's lower end; none for a band open below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The band's upper end; none for a band open above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// The condition the band requires besides its value, which held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Condition>,
    /// The band the value lay in, when its condition was not met and the value fell to
    /// this band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmet: Option<UnmetBand<R>>,
}

crate::objects_only::objects_only!(FinalBand<R>);

/// A band a value lay in whose condition was not met (see [`FinalBand::unmet`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct UnmetBand<R> {
    /// The rating the band would have given.
    pub rating: R,
    /// The band's lower end; none for a band open below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The band's upper end; none for a band open above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// The condition that was not met.
    pub requires: Condition,
}

crate::objects_only::objects_only!(UnmetBand<R>);

impl<R: Copy> FinalBand<R> {
    /// The band `value` falls in, with `holds` saying which conditions are met.
    pub(crate) fn of(
        table: &BandTable<R>,
        value: Decimal,
        holds: impl Fn(Condition) -> bool,
    ) -> Result<Self, crate::scoring::BandError> {
        let found = table.classify(value, &holds)?;
        let unmet = table
            .bands()
            .iter()
            .find(|band| band.contains(value))
            .filter(|_| found.fell_back)
            .and_then(|band| {
                band.requires.map(|requires| UnmetBand {
                    rating: band.label,
                    lower: band.lower,
                    upper: band.upper,
                    requires,
                })
            });
        Ok(Self {
            rating: *found.label,
            lower: found.band.lower,
            upper: found.band.upper,
            requires: found.band.requires,
            unmet,
        })
    }
}

impl<R: Labelled> FinalBand<R> {
    /// The band's line: `Predikat Baik: 90 sampai di bawah 110`, and when a condition moved
    /// the value down, the band it lay in and the condition not met.
    fn render(&self, value: Decimal, language: Language) -> String {
        let figure = |v: Decimal| short(v, language);
        let interval = interval_words(self.lower, self.upper, figure, language);
        let indonesian = language == Language::Indonesian;
        let mut out = if indonesian {
            format!("Predikat {}: {interval}", self.rating.label(language))
        } else {
            format!("Rating {}: {interval}", self.rating.label(language))
        };
        if let Some(condition) = self.requires {
            let met = if indonesian { "terpenuhi" } else { "met" };
            let _ = write!(out, "; {}: {met}", condition.label(language));
        }
        if let Some(unmet) = &self.unmet {
            let lay = interval_words(unmet.lower, unmet.upper, figure, language);
            let _ = if indonesian {
                write!(
                    out,
                    "; {} berada pada rentang {} ({lay}), yang mensyaratkan {}; syarat itu tidak terpenuhi",
                    short(value, language),
                    unmet.rating.label(language),
                    unmet.requires.label(language)
                )
            } else {
                write!(
                    out,
                    "; {} lies in the band {} ({lay}), which requires {}; that condition was not met",
                    short(value, language),
                    unmet.rating.label(language),
                    unmet.requires.label(language)
                )
            };
        }
        out
    }
}

/// `(a + b + c) / 3`, the figures written short.
fn mean_text(values: &[Decimal], language: Language) -> String {
    let terms: Vec<String> = values.iter().map(|v| short(*v, language)).collect();
    format!("({}) / {}", terms.join(" + "), values.len())
}
