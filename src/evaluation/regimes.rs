//! The older numeric regimes still in use: PP 30/2019, PermenPANRB 8/2021 and PP 46/2011.

use super::error::EvaluationError;
use crate::decimal_text;
use crate::error::ScoringError;
use crate::indicator::{MinimiseFormula, Polarity, Target};
use crate::preset::{Pp30Rating, Pp46Rating, pp30_bands, pp46_bands};
use crate::scoring::ValueMap;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How PP 30/2019 weighs results against behaviour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pp30Weighting {
    /// 70 % results, 30 % behaviour: behaviour rated by the superior.
    #[default]
    Standard,
    /// 60 % results, 40 % behaviour: peers and subordinates rate behaviour too (360°).
    ThreeSixty,
}

/// A PP 30/2019 final value (nilai kinerja) with its rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumericOutcome<R> {
    /// The final value.
    #[serde(with = "decimal_text")]
    pub value: Decimal,
    /// Its rating.
    pub rating: R,
}

/// PP 30/2019: final = 70 % results + 30 % behaviour (60/40 for 360°), rated by the
/// PP 30/2019 bands; Sangat Baik only with an innovation.
///
/// ```
/// # fn main() -> Result<(), kinerja::EvaluationError> {
/// use kinerja::{pp30_final, Pp30Weighting, preset::Pp30Rating};
/// use rust_decimal::Decimal;
/// // 0.7 × 112 + 0.3 × 105 = 78.4 + 31.5 = 109.9: Baik.
/// let outcome = pp30_final(Decimal::from(112), Decimal::from(105), Pp30Weighting::Standard, false)?;
/// assert_eq!(outcome.value, Decimal::new(1099, 1));
/// assert_eq!(outcome.rating, Pp30Rating::Good);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::Band`] when the final value lies outside 0–120.
pub fn pp30_final(
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<NumericOutcome<Pp30Rating>, EvaluationError> {
    let (r, b) = match weighting {
        Pp30Weighting::Standard => (70, 30),
        Pp30Weighting::ThreeSixty => (60, 40),
    };
    let value = weighted_pair(results, r, behaviour, b)?;
    let rating = *pp30_bands()
        .classify(value, |c| innovation && c == crate::preset::INNOVATION)?
        .label;
    Ok(NumericOutcome { value, rating })
}

/// An additional result (tugas tambahan) under PermenPANRB 8/2021: its assignment weight in
/// points and its own rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdditionalResult {
    /// The points the assignment is worth when done very well.
    #[serde(with = "decimal_text")]
    pub weight: Decimal,
    /// How well it was done.
    pub rating: Pp30Rating,
}

/// The most additional results may add under PermenPANRB 8/2021.
pub const ADDITIONAL_CAP: i64 = 10;

/// PermenPANRB 8/2021: the value of the main results from their achievement (by `map`),
/// plus additional results, each worth 100/80/60/40/20 % of its weight by its rating
/// (Sangat Baik to Sangat Kurang), together at most 10 points.
///
/// ```
/// # fn main() -> Result<(), kinerja::EvaluationError> {
/// use kinerja::{permenpanrb_8_2021_final, AdditionalResult, preset::{permenpanrb_8_2021_values, Pp30Rating}};
/// use rust_decimal::Decimal;
/// let extra = [AdditionalResult { weight: Decimal::from(5), rating: Pp30Rating::Good }]; // 80 % of 5 = 4
/// let value = permenpanrb_8_2021_final(&permenpanrb_8_2021_values(), Decimal::from(100), false, &extra)?;
/// assert_eq!(value, Decimal::from(113)); // 109 + 4
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::Scoring`] when the achievement lies outside the map or a weight is
/// negative.
pub fn permenpanrb_8_2021_final(
    map: &ValueMap,
    achievement: Decimal,
    target_is_maximum: bool,
    additional: &[AdditionalResult],
) -> Result<Decimal, EvaluationError> {
    let main = map.value(achievement, target_is_maximum)?;
    let mut extra = Decimal::ZERO;
    for a in additional {
        if a.weight < Decimal::ZERO {
            return Err(ScoringError::NegativeWeight {
                part: "an additional result".to_owned(),
                weight: a.weight,
            }
            .into());
        }
        let percent = match a.rating {
            Pp30Rating::VeryGood => 100,
            Pp30Rating::Good => 80,
            Pp30Rating::Fair => 60,
            Pp30Rating::Poor => 40,
            Pp30Rating::VeryPoor => 20,
        };
        let worth = a
            .weight
            .checked_mul(Decimal::from(percent))
            .map(|v| v / Decimal::ONE_HUNDRED);
        extra = exact(worth.and_then(|w| extra.checked_add(w)))?;
    }
    exact(main.checked_add(extra.min(Decimal::from(ADDITIONAL_CAP))))
}

/// One target and realisation of a PP 46/2011 activity aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AspectFigures {
    /// The target.
    #[serde(with = "decimal_text")]
    pub target: Decimal,
    /// The realisation.
    #[serde(with = "decimal_text")]
    pub realisation: Decimal,
}

/// A PP 46/2011 activity (kegiatan tugas jabatan) with its aspects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

impl Pp46Activity {
    /// The activity's value: the mean of its three aspects (four with cost).
    ///
    /// A task not done (no quantity realised) scores 0 on every aspect (DOMAIN §4.3), whatever
    /// its quality, time and cost figures say, so the activity's value is 0.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::EvaluationError> {
    /// use kinerja::{AspectFigures, Pp46Activity};
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
            what: "a PP 46/2011 target (it must be above zero)",
            value: figures.target,
        });
    }
    let raw = crate::indicator::raw_for_regimes(
        polarity,
        Target::Value(figures.target),
        figures.realisation,
    )?;
    Ok(raw.max(Decimal::ZERO))
}

/// PP 46/2011: the SKP value is the mean of the activities' values; the final value
/// (prestasi kerja) is 60 % SKP + 40 % behaviour, behaviour being the mean of its aspects
/// (six: service orientation, integrity, commitment, discipline, cooperation, leadership).
///
/// # Errors
/// [`EvaluationError::Scoring`] when there are no activities or no behaviour aspects, or an
/// activity has a target of zero; [`EvaluationError::Band`] never (the PP 46 bands are open
/// above from 0).
pub fn pp46_final(
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<NumericOutcome<Pp46Rating>, EvaluationError> {
    if activities.is_empty() {
        return Err(ScoringError::EmptySet {
            of: "the SKP's activities".to_owned(),
        }
        .into());
    }
    if behaviour_aspects.is_empty() {
        return Err(ScoringError::EmptySet {
            of: "the behaviour aspects".to_owned(),
        }
        .into());
    }
    let values = activities
        .iter()
        .map(Pp46Activity::value)
        .collect::<Result<Vec<_>, _>>()?;
    let skp = mean(&values)?;
    let behaviour = mean(behaviour_aspects)?;
    let value = weighted_pair(skp, 60, behaviour, 40)?;
    let rating = *pp46_bands()
        .classify(value.max(Decimal::ZERO), |_| true)?
        .label;
    Ok(NumericOutcome { value, rating })
}

/// `None` (an overflow) as an error.
fn exact(value: Option<Decimal>) -> Result<Decimal, EvaluationError> {
    value.ok_or(EvaluationError::Scoring(ScoringError::Overflow))
}

/// (a × wa + b × wb) / 100, checked.
fn weighted_pair(a: Decimal, wa: i64, b: Decimal, wb: i64) -> Result<Decimal, EvaluationError> {
    let left = a.checked_mul(Decimal::from(wa));
    let right = b.checked_mul(Decimal::from(wb));
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
