//! The older numeric regimes still in use: PP 30/2019, PermenPANRB 8/2021 and PP 46/2011.
//! Their percentages, caps and bands are data ([`Pp30Rules`], [`Permenpanrb8Rules`],
//! [`Pp46Rules`]); the regulations' values are presets in [`regulation`](crate::regulation).

use super::error::{Averaged, EvaluationError, EvaluationFormula, Figure};
use super::grades::{Pp30Rating, Pp46Rating};
use super::regime_explain::{
    AdditionalExplanation, AspectExplanation, AspectKind, Efficiency, FinalBand,
    Permenpanrb8Explanation, Pp30Explanation, Pp46ActivityExplanation, Pp46Explanation,
};
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
    explain_pp30(rules, results, behaviour, weighting, innovation).map(|e| e.outcome())
}

/// [`pp30_final`] with its explanation: results and behaviour with their shares, the two
/// parts (which add up to the final value exactly), whether there was an innovation, and
/// the band with its interval (and, for a value in Sangat Baik without an innovation, the
/// band it lay in and the condition not met).
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::Language;
/// use kinerja::evaluation::{explain_pp30, Pp30Rating, Pp30Rules, Pp30Weighting};
/// use rust_decimal::Decimal;
/// // 360°: 115 × 60 % + 110 × 40 % = 69 + 44 = 113; without an innovation, Baik.
/// let explained = explain_pp30(&Pp30Rules::default(), Decimal::from(115), Decimal::from(110), Pp30Weighting::ThreeSixty, false)?;
/// assert_eq!((explained.results_part, explained.behaviour_part), (Decimal::from(69), Decimal::from(44)));
/// assert_eq!(explained.outcome().rating, Pp30Rating::Good);
/// println!("{}", explained.render(Language::Indonesian));
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`pp30_final`].
pub fn explain_pp30(
    rules: &Pp30Rules,
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<Pp30Explanation, EvaluationError> {
    let results_share = match weighting {
        Pp30Weighting::Standard => rules.results_share,
        Pp30Weighting::ThreeSixty => rules.results_share_360,
    };
    let pair = WeightedPair::of(results, behaviour, results_share)?;
    let band = FinalBand::of(&rules.bands, pair.value, |c| {
        innovation && c == Condition::Innovation
    })?;
    Ok(Pp30Explanation {
        results,
        behaviour,
        weighting,
        results_share,
        behaviour_share: pair.rest,
        results_part: pair.first,
        behaviour_part: pair.second,
        value: pair.value,
        innovation,
        band,
    })
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
    explain_permenpanrb_8_2021(rules, achievement, target_is_maximum, additional).map(|e| e.value)
}

/// [`permenpanrb_8_2021_final`] with its explanation: the step of the value map the
/// achievement fell in (the segment and its line, worked on the figures), each additional
/// result's points, their total, the cap and what was counted.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{explain_permenpanrb_8_2021, AdditionalResult, Permenpanrb8Rules, Pp30Rating};
/// use rust_decimal::Decimal;
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
        self.explain().map(|e| e.value)
    }

    /// The activity's value with its explanation: each aspect's target, realisation,
    /// efficiency (time and cost) and value, and whether the task was done.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::evaluation::{AspectFigures, Pp46Activity};
    /// use rust_decimal::Decimal;
    /// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
    /// // Time 76 of 100: e = 100 − 76 = 24, at the boundary, so (176 − 76) / 100 × 100 = 100.
    /// let activity = Pp46Activity { quantity: figures(4, 4), quality: figures(100, 100), time: figures(100, 76), cost: None };
    /// let explained = activity.explain()?;
    /// let time = explained.aspects[2];
    /// assert_eq!(time.efficiency.map(|e| (e.percent, e.within_24)), Some((Decimal::from(24), true)));
    /// assert_eq!(time.value, Decimal::from(100));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`Pp46Activity::value`].
    pub fn explain(&self) -> Result<Pp46ActivityExplanation, EvaluationError> {
        let not_done = self.quantity.realisation <= Decimal::ZERO;
        let mut aspects = vec![
            aspect(AspectKind::Quantity, self.quantity)?,
            aspect(AspectKind::Quality, self.quality)?,
            aspect(AspectKind::Time, self.time)?,
        ];
        if let Some(cost) = self.cost {
            aspects.push(aspect(AspectKind::Cost, cost)?);
        }
        let value = if not_done {
            Decimal::ZERO
        } else {
            let values: Vec<Decimal> = aspects.iter().map(|a| a.value).collect();
            mean(&values)?
        };
        Ok(Pp46ActivityExplanation {
            aspects,
            not_done,
            value,
        })
    }
}

/// One aspect valued: R/T × 100 for quantity and quality, the efficiency rule for time and
/// cost; at least 0.
fn aspect(kind: AspectKind, figures: AspectFigures) -> Result<AspectExplanation, EvaluationError> {
    if figures.target <= Decimal::ZERO {
        return Err(EvaluationError::InvalidFigure {
            what: Figure::Pp46Target,
            value: figures.target,
        });
    }
    let (polarity, efficiency) = match kind {
        AspectKind::Quantity | AspectKind::Quality => (Polarity::Maximise, None),
        AspectKind::Time | AspectKind::Cost => (
            Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
            Some(efficiency(figures)?),
        ),
    };
    let raw = exact(crate::measure::raw_for_regimes(
        polarity,
        Target::Value(figures.target),
        figures.realisation,
    ))?;
    Ok(AspectExplanation {
        aspect: kind,
        target: figures.target,
        realisation: figures.realisation,
        efficiency,
        raw,
        value: raw.max(Decimal::ZERO),
    })
}

/// e = 100 − R/T × 100 (T > 0), and whether e ≤ 24, decided without division as
/// 100 R ≥ 76 T (the measure's rule decides it the same way).
fn efficiency(figures: AspectFigures) -> Result<Efficiency, EvaluationError> {
    let (t, r) = (figures.target, figures.realisation);
    let share = r
        .checked_div(t)
        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED));
    let percent = exact(share.and_then(|p| Decimal::ONE_HUNDRED.checked_sub(p)))?;
    let within_24 = match (
        r.checked_mul(Decimal::ONE_HUNDRED),
        t.checked_mul(Decimal::from(76)),
    ) {
        (Some(hundred_r), Some(seventy_six_t)) => hundred_r >= seventy_six_t,
        _ => percent <= Decimal::from(24),
    };
    Ok(Efficiency { percent, within_24 })
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
    explain_pp46(rules, activities, behaviour_aspects).map(|e| e.outcome())
}

/// [`pp46_final`] with its explanation: every activity with its aspects (the efficiency
/// rule for time and cost, and which of its branches), the SKP value, the behaviour
/// aspects' mean, the two parts with their shares (which add up to the final value
/// exactly), and the band.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{explain_pp46, AspectFigures, Pp46Activity, Pp46Rating, Pp46Rules};
/// use rust_decimal::Decimal;
/// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
/// // (100 + 90 + 100) / 3 = 96.66…; 96.66… × 60 % + 80 × 40 % = 58 + 32 = 90: Baik.
/// let activity = Pp46Activity { quantity: figures(10, 10), quality: figures(100, 90), time: figures(100, 76), cost: None };
/// let explained = explain_pp46(&Pp46Rules::default(), &[activity], &[Decimal::from(80); 6])?;
/// assert_eq!(explained.behaviour_part, Decimal::from(32));
/// assert_eq!(explained.value, explained.skp_part + explained.behaviour_part);
/// assert_eq!(explained.outcome().rating, Pp46Rating::Good);
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`pp46_final`].
pub fn explain_pp46(
    rules: &Pp46Rules,
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<Pp46Explanation, EvaluationError> {
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
    let explained = activities
        .iter()
        .map(Pp46Activity::explain)
        .collect::<Result<Vec<_>, _>>()?;
    let values: Vec<Decimal> = explained.iter().map(|a| a.value).collect();
    let skp = mean(&values)?;
    let behaviour = mean(behaviour_aspects)?;
    let pair = WeightedPair::of(skp, behaviour, rules.skp_share)?;
    let band = FinalBand::of(&rules.bands, pair.value.max(Decimal::ZERO), |_| true)?;
    Ok(Pp46Explanation {
        activities: explained,
        skp,
        behaviour_aspects: behaviour_aspects.to_vec(),
        behaviour,
        skp_share: rules.skp_share,
        behaviour_share: pair.rest,
        skp_part: pair.first,
        behaviour_part: pair.second,
        value: pair.value,
        band,
    })
}

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
