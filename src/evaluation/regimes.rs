//! The older numeric regimes still in use: PP 30/2019, PermenPANRB 8/2021 and PP 46/2011.
//! Their percentages, caps and bands are data ([`Pp30Rules`], [`Permenpanrb8Rules`],
//! [`Pp46Rules`]); the regulations' values are presets in [`regulation`](crate::regulation).

use super::error::{Averaged, EvaluationError, EvaluationFormula, Figure};
use super::grades::{Pp30Rating, Pp46Rating};
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::measure::{MinimiseFormula, Polarity, Target};
use crate::num::{Percent, Score, Weight};
use crate::scoring::{BandTable, Condition, ValueMap};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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
/// [`regulation::pp30_rules`](crate::regulation::pp30_rules), also the `Default`.
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

/// PP 30/2019: final = results' share × results + the rest × behaviour (70/30, or 60/40 for
/// 360°, by default), rated by the rules' bands; a band requiring
/// [`Condition::Innovation`] only with an innovation.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{pp30_final, Pp30Rating, Pp30Rules, Pp30Weighting};
/// use rust_decimal::Decimal;
/// // 0.7 × 112 + 0.3 × 105 = 78.4 + 31.5 = 109.9: Baik.
/// let rules = Pp30Rules::default();
/// let outcome = pp30_final(&rules, Decimal::from(112), Decimal::from(105), Pp30Weighting::Standard, false)?;
/// assert_eq!(outcome.value, Decimal::new(1099, 1));
/// assert_eq!(outcome.rating, Pp30Rating::Good);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::Scoring`] (a band error) when the final value lies outside the bands.
pub fn pp30_final(
    rules: &Pp30Rules,
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<NumericOutcome<Pp30Rating>, EvaluationError> {
    let share = match weighting {
        Pp30Weighting::Standard => rules.results_share,
        Pp30Weighting::ThreeSixty => rules.results_share_360,
    };
    let value = weighted_pair(results, behaviour, share)?;
    let rating = *rules
        .bands
        .classify(value, |c| innovation && c == Condition::Innovation)?
        .label;
    Ok(NumericOutcome { value, rating })
}

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

/// PermenPANRB 8/2021: the value of the main results from their achievement (by the rules'
/// map), plus additional results, each worth a share of its weight by its rating
/// (100/80/60/40/20 % from Sangat Baik to Sangat Kurang by default), together at most the
/// rules' cap (10 points by default).
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{permenpanrb_8_2021_final, AdditionalResult, Permenpanrb8Rules, Pp30Rating};
/// use rust_decimal::Decimal;
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
    let main = rules.values.value(achievement, target_is_maximum)?;
    let mut extra = Decimal::ZERO;
    for a in additional {
        if a.weight < Decimal::ZERO {
            return Err(EvaluationError::InvalidFigure {
                what: Figure::AdditionalWeight,
                value: a.weight,
            });
        }
        let worth = a
            .weight
            .checked_mul(rules.additional_worth.of(a.rating).value())
            .map(|v| v / Decimal::ONE_HUNDRED);
        extra = exact(worth.and_then(|w| extra.checked_add(w)))?;
    }
    exact(main.checked_add(extra.min(rules.additional_cap.value())))
}

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

impl Pp46Activity {
    /// The activity's value: the mean of its three aspects (four with cost).
    ///
    /// A task not done (no quantity realised) scores 0 on every aspect (DOMAIN §4.3), whatever
    /// its quality, time and cost figures say, so the activity's value is 0.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::evaluation::{AspectFigures, Pp46Activity};
    /// use rust_decimal::Decimal;
    /// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
    /// // Nothing delivered, though quality and time were filled in: 0.
    /// let not_done = Pp46Activity { quantity: figures(10, 0), quality: figures(100, 90), time: figures(12, 12), cost: None };
    /// assert_eq!(not_done.value()?, Decimal::ZERO);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`EvaluationError::InvalidFigure`] on a zero or negative target.
    pub fn value(&self) -> Result<Decimal, EvaluationError> {
        let not_done = self.quantity.realisation <= Decimal::ZERO;
        let ratio = |a: AspectFigures| aspect(Polarity::Maximise, a);
        let efficiency =
            |a: AspectFigures| aspect(Polarity::Minimise(MinimiseFormula::Pp46Efficiency), a);
        let mut values = vec![
            ratio(self.quantity)?,
            ratio(self.quality)?,
            efficiency(self.time)?,
        ];
        if let Some(cost) = self.cost {
            values.push(efficiency(cost)?);
        }
        if not_done {
            return Ok(Decimal::ZERO);
        }
        mean(&values)
    }
}

fn aspect(polarity: Polarity, figures: AspectFigures) -> Result<Decimal, EvaluationError> {
    if figures.target <= Decimal::ZERO {
        return Err(EvaluationError::InvalidFigure {
            what: Figure::Pp46Target,
            value: figures.target,
        });
    }
    let raw = exact(crate::measure::raw_for_regimes(
        polarity,
        Target::Value(figures.target),
        figures.realisation,
    ))?;
    Ok(raw.max(Decimal::ZERO))
}

/// The rules of a PP 46/2011 final value: the SKP's share (behaviour takes the rest) and the
/// rating bands. The regulation's values are
/// [`regulation::pp46_rules`](crate::regulation::pp46_rules), also the `Default`.
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

/// PP 46/2011: the SKP value is the mean of the activities' values; the final value
/// (prestasi kerja) is the SKP's share × SKP + the rest × behaviour (60/40 by default),
/// behaviour being the mean of its aspects (six: service orientation, integrity,
/// commitment, discipline, cooperation, leadership).
///
/// # Errors
/// [`EvaluationError::NothingToAverage`] when there are no activities or no behaviour
/// aspects; [`EvaluationError::InvalidFigure`] when an activity has a target of zero;
/// [`EvaluationError::Scoring`] (a band error) when the final value lies outside the bands
/// (never with the preset, open above from 0).
pub fn pp46_final(
    rules: &Pp46Rules,
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<NumericOutcome<Pp46Rating>, EvaluationError> {
    if activities.is_empty() {
        return Err(EvaluationError::NothingToAverage {
            what: Averaged::Pp46Activities,
        });
    }
    if behaviour_aspects.is_empty() {
        return Err(EvaluationError::NothingToAverage {
            what: Averaged::Pp46BehaviourAspects,
        });
    }
    let values = activities
        .iter()
        .map(Pp46Activity::value)
        .collect::<Result<Vec<_>, _>>()?;
    let skp = mean(&values)?;
    let behaviour = mean(behaviour_aspects)?;
    let value = weighted_pair(skp, behaviour, rules.skp_share)?;
    let rating = *rules
        .bands
        .classify(value.max(Decimal::ZERO), |_| true)?
        .label;
    Ok(NumericOutcome { value, rating })
}

/// `None` (an overflow) as an error.
fn exact(value: Option<Decimal>) -> Result<Decimal, EvaluationError> {
    value.ok_or(EvaluationError::overflow(EvaluationFormula::RegimeFinal))
}

/// (a × share + b × (100 − share)) / 100, checked.
fn weighted_pair(a: Decimal, b: Decimal, share: Weight) -> Result<Decimal, EvaluationError> {
    let left = a.checked_mul(share.value());
    let right = b.checked_mul(Decimal::ONE_HUNDRED - share.value());
    exact(
        left.zip(right)
            .and_then(|(l, r)| l.checked_add(r))
            .map(|v| v / Decimal::ONE_HUNDRED),
    )
}

/// The arithmetic mean, checked (callers pass at least one value).
fn mean(values: &[Decimal]) -> Result<Decimal, EvaluationError> {
    let sum = values
        .iter()
        .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(*v));
    exact(sum.and_then(|s| s.checked_div(Decimal::from(values.len()))))
}
