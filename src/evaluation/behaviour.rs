//! Work behaviour against the seven BerAKHLAK core values, rated by several raters.

use super::error::EvaluationError;
use super::rater::{ROLES, RaterRole, RoleScores, role_place};
use super::rating::Rating;
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::num::{Score, Weight};
use crate::org::CoreValue;
use crate::scoring::BandTable;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How much each kind of rater counts, in percent, totalling exactly 100.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{RaterRole, RaterWeights};
/// use kinerja::Decimal;
/// let w = RaterWeights::new([(RaterRole::Superior, Decimal::from(60)), (RaterRole::Peer, Decimal::from(40))])?;
/// assert_eq!(w.weight(RaterRole::Peer), Decimal::from(40));
/// assert!(RaterWeights::new([(RaterRole::Superior, Decimal::from(90))]).is_err());
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::RaterWeights = serde_json::from_str(r#"
/// {
///   "superior": "60",
///   "peer": "20",
///   "subordinate": "20"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    try_from = "crate::unique_map::Unique<RaterRole, Weight>",
    into = "BTreeMap<RaterRole, Weight>"
)]
pub struct RaterWeights {
    weights: BTreeMap<RaterRole, Decimal>,
}

impl RaterWeights {
    /// Weights per role; roles not named weigh nothing.
    ///
    /// # Errors
    /// [`EvaluationError::RaterWeights`] when a weight is negative or they do not total
    /// exactly 100.
    pub fn new(
        weights: impl IntoIterator<Item = (RaterRole, Decimal)>,
    ) -> Result<Self, EvaluationError> {
        let weights: BTreeMap<RaterRole, Decimal> = weights.into_iter().collect();
        let total = weights
            .values()
            .try_fold(Decimal::ZERO, |sum, w| sum.checked_add(*w));
        if weights.values().any(|w| *w < Decimal::ZERO) || total != Some(Decimal::ONE_HUNDRED) {
            return Err(EvaluationError::RaterWeights {
                total: total.unwrap_or(Decimal::MAX),
            });
        }
        Ok(Self { weights })
    }

    /// The direct superior alone (the regulation's default).
    #[must_use]
    pub fn superior_only() -> Self {
        Self {
            weights: BTreeMap::from([(RaterRole::Superior, Decimal::ONE_HUNDRED)]),
        }
    }

    /// The weight of `role` (zero if not named).
    #[must_use]
    pub fn weight(&self, role: RaterRole) -> Decimal {
        self.weights.get(&role).copied().unwrap_or(Decimal::ZERO)
    }
}

impl TryFrom<BTreeMap<RaterRole, Weight>> for RaterWeights {
    type Error = EvaluationError;
    fn try_from(map: BTreeMap<RaterRole, Weight>) -> Result<Self, EvaluationError> {
        Self::new(map.into_iter().map(|(role, w)| (role, w.value())))
    }
}

impl TryFrom<crate::unique_map::Unique<RaterRole, Weight>> for RaterWeights {
    type Error = EvaluationError;
    fn try_from(
        map: crate::unique_map::Unique<RaterRole, Weight>,
    ) -> Result<Self, EvaluationError> {
        Self::try_from(map.0)
    }
}

impl From<RaterWeights> for BTreeMap<RaterRole, Weight> {
    fn from(weights: RaterWeights) -> Self {
        // Validated weights lie in 0..=100, so every one converts.
        weights
            .weights
            .into_iter()
            .filter_map(|(role, w)| Weight::new(w).ok().map(|w| (role, w)))
            .collect()
    }
}

/// One rater's rating of one core value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct BehaviourRating {
    /// The value rated.
    pub value: CoreValue,
    /// Who rated.
    pub rater: RaterRole,
    /// The rating.
    pub rating: Rating,
}

crate::objects_only::objects_only!(BehaviourRating);

/// One core value's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ValueOutcome {
    /// The value.
    pub value: CoreValue,
    /// Mean points (1 to 3) per kind of rater who rated it.
    pub by_role: RoleScores,
    /// The weighted mean over the kinds of rater present, 1 to 3.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub points: Decimal,
    /// The value's rating by the behaviour thresholds.
    pub rating: Rating,
    /// The leader's specific expectation (ekspektasi khusus) for this value, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectation: Option<String>,
}

crate::objects_only::objects_only!(ValueOutcome);

/// A behaviour assessment: every value's outcome and the overall rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct BehaviourOutcome {
    /// The seven values, in order.
    pub values: Vec<ValueOutcome>,
    /// The mean of the values' points.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub points: Decimal,
    /// How the overall rating was made from the values.
    pub method: BehaviourMethod,
    /// The behaviour rating (rating perilaku kerja).
    pub rating: Rating,
}

crate::objects_only::objects_only!(BehaviourOutcome);

/// How the seven values' outcomes make the overall behaviour rating. Agencies count
/// differently; the default reads the mean of the values' points against the thresholds.
///
/// On the wire: `"mean_points"` or
/// `{"counts": {"above_at_least": 4, "below_at_least": 2, "precedence": "below"}}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BehaviourMethod {
    /// The mean of the values' points (1 to 3), read against the behaviour thresholds.
    #[default]
    MeanPoints,
    /// By how many values are rated above or below expectation.
    Counts(ValueCounts),
}

impl Labelled for BehaviourMethod {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::MeanPoints, Language::Indonesian) => "rata-rata nilai perilaku",
            (Self::Counts(_), Language::Indonesian) => {
                "jumlah nilai di atas dan di bawah ekspektasi"
            }
            (Self::MeanPoints, Language::English) => "mean of the values' points",
            (Self::Counts(_), Language::English) => "values above and below expectation counted",
        }
    }
}

/// Which count decides when both are reached (with 7 values, 2 below and 5 above can both
/// hold).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CountPrecedence {
    /// Enough values below expectation make the rating below, whatever the values above.
    #[default]
    Below,
    /// Enough values above expectation make the rating above, whatever the values below.
    Above,
}

impl crate::label::Labelled for CountPrecedence {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language;
        match (self, language) {
            (Self::Below, Language::Indonesian) => "di bawah ekspektasi didahulukan",
            (Self::Above, Language::Indonesian) => "di atas ekspektasi didahulukan",
            (Self::Below, Language::English) => "below expectation prevails",
            (Self::Above, Language::English) => "above expectation prevails",
        }
    }
}

/// The rule "at least `above_at_least` of the seven values above expectation: above; at
/// least `below_at_least` below: below; otherwise meets", with the [`CountPrecedence`] that
/// decides when both hold. Each count is 1 to 7.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{CountPrecedence, Rating, ValueCounts};
/// let rule = ValueCounts::new(4, 2, CountPrecedence::Below)?;
/// assert_eq!(rule.rating(4, 1), Rating::Above);
/// assert_eq!(rule.rating(5, 2), Rating::Below);
/// assert_eq!(rule.rating(3, 1), Rating::Meets);
/// assert!(ValueCounts::new(0, 2, CountPrecedence::Below).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "ValueCountsSpec", into = "ValueCountsSpec")]
pub struct ValueCounts {
    above_at_least: u8,
    below_at_least: u8,
    precedence: CountPrecedence,
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct ValueCountsSpec {
    above_at_least: u8,
    below_at_least: u8,
    #[serde(default)]
    precedence: CountPrecedence,
}

crate::objects_only::objects_only!(ValueCountsSpec);

impl ValueCounts {
    /// A counting rule.
    ///
    /// # Errors
    /// [`EvaluationError::ValueCount`] when a count is not 1 to 7.
    pub fn new(
        above_at_least: u8,
        below_at_least: u8,
        precedence: CountPrecedence,
    ) -> Result<Self, EvaluationError> {
        let values = CoreValue::ALL.len();
        for count in [above_at_least, below_at_least] {
            if count == 0 || usize::from(count) > values {
                return Err(EvaluationError::ValueCount { count });
            }
        }
        Ok(Self {
            above_at_least,
            below_at_least,
            precedence,
        })
    }

    /// The values above expectation that make the rating above.
    #[must_use]
    pub const fn above_at_least(self) -> u8 {
        self.above_at_least
    }

    /// The values below expectation that make the rating below.
    #[must_use]
    pub const fn below_at_least(self) -> u8 {
        self.below_at_least
    }

    /// Which count decides when both are reached.
    #[must_use]
    pub const fn precedence(self) -> CountPrecedence {
        self.precedence
    }

    /// The rating of `above` values above and `below` values below expectation.
    #[must_use]
    pub fn rating(self, above: usize, below: usize) -> Rating {
        let is_above = above >= usize::from(self.above_at_least);
        let is_below = below >= usize::from(self.below_at_least);
        match (is_above, is_below, self.precedence) {
            (true, true, CountPrecedence::Above) | (true, false, _) => Rating::Above,
            (_, true, _) => Rating::Below,
            (false, false, _) => Rating::Meets,
        }
    }
}

impl TryFrom<ValueCountsSpec> for ValueCounts {
    type Error = EvaluationError;
    fn try_from(spec: ValueCountsSpec) -> Result<Self, EvaluationError> {
        Self::new(spec.above_at_least, spec.below_at_least, spec.precedence)
    }
}

impl From<ValueCounts> for ValueCountsSpec {
    fn from(rule: ValueCounts) -> Self {
        Self {
            above_at_least: rule.above_at_least,
            below_at_least: rule.below_at_least,
            precedence: rule.precedence,
        }
    }
}

/// How behaviour is rated: the thresholds on rater points, whose ratings count how much,
/// and how the values make the overall rating. All data, with documented defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default, remote = "Self")]
pub struct BehaviourRules {
    /// Mean rater points (1 to 3) → a value's rating, and under
    /// [`BehaviourMethod::MeanPoints`] the values' mean → the overall rating. Default:
    /// [`default_behaviour_thresholds`](crate::regulation::default_behaviour_thresholds).
    pub thresholds: BandTable<Rating>,
    /// How much each kind of rater counts. Default: the direct superior alone.
    pub rater_weights: RaterWeights,
    /// How the values make the overall rating. Default: the mean of their points.
    pub method: BehaviourMethod,
}

crate::objects_only::objects_only!(BehaviourRules);

/// The values `ratings` leave without the ratings [`assess_behaviour`] needs: a rating from
/// the superior where the superior's rating counts, and at least one from a kind of rater
/// whose rating counts.
pub(crate) fn unrated_values<'a>(
    ratings: &'a [BehaviourRating],
    rules: &'a BehaviourRules,
) -> impl Iterator<Item = CoreValue> + 'a {
    let counts = |role: RaterRole| rules.rater_weights.weight(role) > Decimal::ZERO;
    let superior_counts = counts(RaterRole::Superior);
    CoreValue::ALL.into_iter().filter(move |&value| {
        let of_value = || ratings.iter().filter(move |r| r.value == value);
        let superior = of_value().any(|r| r.rater == RaterRole::Superior);
        let counted = of_value().any(|r| counts(r.rater));
        (superior_counts && !superior) || !counted
    })
}

/// The mean of `count` ratings worth `points` together (`count` above zero); a single
/// rating's points as they are, as the division would give them.
fn mean_points(points: i64, count: i64) -> Decimal {
    if count == 1 {
        Decimal::from(points)
    } else {
        Decimal::from(points) / Decimal::from(count)
    }
}

/// The mean of the kinds of rater present, each `(weight, mean)`, weighted; none when no
/// weight counts. One kind's mean is the value's points exactly (not w·m / w, which may
/// differ in the 28th digit).
fn weighted_mean(present: &[(Decimal, Decimal)]) -> Option<Decimal> {
    if let [(weight, mean)] = present {
        return (!weight.is_zero()).then_some(*mean);
    }
    let (mut weighted, mut weight_sum) = (Decimal::ZERO, Decimal::ZERO);
    for &(weight, mean) in present {
        weighted += weight * mean;
        weight_sum += weight;
    }
    (!weight_sum.is_zero()).then(|| weighted / weight_sum)
}

/// `points` as a whole number of points from 0 to 3, where it is one written without
/// decimals (a single rating's points).
fn whole_points(points: Decimal) -> Option<usize> {
    if points.scale() != 0 {
        return None;
    }
    usize::try_from(points.mantissa()).ok().filter(|&p| p <= 3)
}

/// Rates behaviour from several raters: for each core value, each kind of rater's ratings
/// are averaged (Below 1, Meets 2, Above 3), the kinds present are weighted by the rules'
/// rater weights (renormalised over the kinds that rated the value), and the value is rated
/// by the thresholds; the overall rating follows the rules' [`BehaviourMethod`].
/// `expectations` are the leader's specific expectations, carried into the outcome.
///
/// # Errors
/// [`EvaluationError::MissingBehaviourRating`] when a value has no rating from a kind of
/// rater with a positive weight that must rate every value (the superior), or no rating at
/// all; [`EvaluationError::Scoring`] (a band error) when the thresholds do not cover 1 to 3.
pub fn assess_behaviour(
    ratings: &[BehaviourRating],
    rules: &BehaviourRules,
    expectations: &BTreeMap<CoreValue, String>,
) -> Result<BehaviourOutcome, EvaluationError> {
    if let Some(value) = unrated_values(ratings, rules).next() {
        return Err(EvaluationError::MissingBehaviourRating { value });
    }
    let (weights, thresholds) = (&rules.rater_weights, &rules.thresholds);
    let mut values = Vec::with_capacity(CoreValue::ALL.len());
    let mut total = Decimal::ZERO;
    // The rating of each whole number of points, 0 to 3, once classified.
    let mut by_points: [Option<Rating>; 4] = [None; 4];
    for value in CoreValue::ALL {
        // Points and count by role, in the roles' order (a map per value was 35 small
        // allocations an employee's year).
        let mut by_role = [(0_i64, 0_i64); ROLES.len()];
        for r in ratings.iter().filter(|r| r.value == value) {
            if let Some(entry) = by_role.get_mut(role_place(r.rater)) {
                entry.0 += r.rating.points();
                entry.1 += 1;
            }
        }
        let mut means = RoleScores::default();
        // Each kind of rater present: its weight and its mean.
        let mut present = [(Decimal::ZERO, Decimal::ZERO); ROLES.len()];
        let mut kinds = 0;
        let rated = ROLES.iter().zip(&by_role);
        for (&role, &(points, count)) in rated.filter(|(_, (_, count))| *count > 0) {
            let mean = mean_points(points, count);
            means.set(
                role,
                Score::new(mean).map_err(|_| EvaluationError::MissingBehaviourRating { value })?,
            );
            if let Some(slot) = present.get_mut(kinds) {
                *slot = (weights.weight(role), mean);
                kinds += 1;
            }
        }
        let points = present
            .get(..kinds)
            .and_then(weighted_mean)
            .ok_or(EvaluationError::MissingBehaviourRating { value })?;
        let rating = match whole_points(points).and_then(|p| by_points.get_mut(p)) {
            Some(known) => match *known {
                Some(rating) => rating,
                None => *known.insert(*thresholds.classify(points, |_| true)?.label),
            },
            None => *thresholds.classify(points, |_| true)?.label,
        };
        total += points;
        values.push(ValueOutcome {
            value,
            by_role: means,
            points,
            rating,
            expectation: expectations.get(&value).cloned(),
        });
    }
    let points = total / Decimal::from(CoreValue::ALL.len());
    let rating = match rules.method {
        BehaviourMethod::MeanPoints => *thresholds.classify(points, |_| true)?.label,
        BehaviourMethod::Counts(rule) => {
            let count = |r: Rating| values.iter().filter(|v| v.rating == r).count();
            rule.rating(count(Rating::Above), count(Rating::Below))
        }
    };
    Ok(BehaviourOutcome {
        values,
        points,
        method: rules.method,
        rating,
    })
}
