//! The behaviour rating on the fast path: [`assess_behaviour`](super::super::assess_behaviour)'s
//! arithmetic on scaled integers, with no map and no allocation.

use crate::evaluation::behaviour::BehaviourRules;
use crate::evaluation::{BehaviourMethod, BehaviourRating, RaterRole, Rating, ValueCounts};
use crate::org::CoreValue;
use crate::scoring::UnitBands;
use crate::scoring::fixed::{self, Approx, FixedSum, INPUT_ONE};

const ROLES: [RaterRole; 4] = [
    RaterRole::Superior,
    RaterRole::Peer,
    RaterRole::Subordinate,
    RaterRole::SelfAssessment,
];

/// The behaviour rules on the fast path's grid: rater weights as inputs, thresholds in
/// units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct QuickBehaviour {
    weights: [i64; ROLES.len()],
    thresholds: UnitBands<Rating>,
    method: BehaviourMethod,
    /// Each whole number of points a single rating gives (1 to 3), classified once.
    whole: [Option<Rating>; 4],
}

impl QuickBehaviour {
    /// The rules on the grid; none when a weight or threshold does not fit it.
    pub(super) fn of(rules: &BehaviourRules) -> Option<Self> {
        let mut weights = [0_i64; ROLES.len()];
        for (weight, role) in weights.iter_mut().zip(ROLES) {
            *weight = fixed::input(rules.rater_weights.weight(role))?;
        }
        let thresholds = rules.thresholds.in_units()?;
        let whole = [0, 1, 2, 3].map(|p| thresholds.classify(Approx::exact(p * fixed::ONE)));
        Some(Self {
            weights,
            thresholds,
            method: rules.method,
            whole,
        })
    }
}

/// The rating `assess_behaviour` gives, where the fast path decides it; none where it leaves
/// the answer (or the error) to `Decimal`: a value without the ratings it needs, a weight
/// outside the fast path's range, or a figure too close to a threshold.
pub(super) fn quick_rating(ratings: &[BehaviourRating], rules: &QuickBehaviour) -> Option<Rating> {
    let (weights, thresholds) = (&rules.weights, &rules.thresholds);
    if *weights.first()? > 0 {
        if let Some(points) = superior_alone(ratings) {
            return rate_whole_points(points, rules);
        }
    }
    // Points and count per value and role.
    let mut table = [[(0_i64, 0_i64); ROLES.len()]; CoreValue::ALL.len()];
    for rating in ratings {
        let value = CoreValue::ALL.iter().position(|v| *v == rating.value)?;
        let role = ROLES.iter().position(|r| *r == rating.rater)?;
        let cell = table.get_mut(value)?.get_mut(role)?;
        cell.0 = cell.0.checked_add(rating.rating.points())?;
        cell.1 += 1;
    }
    let one = i64::try_from(INPUT_ONE).ok()?;
    let mut total = FixedSum::ZERO;
    let mut points = [Approx::exact(0); CoreValue::ALL.len()];
    for (cells, value_points) in table.iter().zip(points.iter_mut()) {
        // The superior must rate a value wherever the superior's rating counts.
        let superior_rated = cells.first()?.1 > 0;
        if *weights.first()? > 0 && !superior_rated {
            return None;
        }
        let (mut sum, mut weight_sum, mut counted) = (FixedSum::ZERO, 0_i64, 0);
        let mut last = Approx::exact(0);
        for (&(rated, count), &weight) in cells.iter().zip(weights) {
            if count == 0 {
                continue;
            }
            last = Approx::ratio64(rated, count)?;
            sum.add(weight, last)?;
            weight_sum = weight_sum.checked_add(weight)?;
            counted += usize::from(weight > 0);
        }
        if weight_sum == 0 {
            return None;
        }
        // One role counting: w × m / w is m, exactly, in `Decimal` too.
        let only_role = counted == 1 && cells.iter().filter(|c| c.1 > 0).count() == 1;
        *value_points = if only_role {
            last
        } else {
            sum.mean(weight_sum)?
        };
        total.add(one, *value_points)?;
    }
    let values = i64::try_from(CoreValue::ALL.len()).ok()?;
    match rules.method {
        BehaviourMethod::MeanPoints => thresholds.classify(total.mean(values.checked_mul(one)?)?),
        BehaviourMethod::Counts(rule) => rate_by_counts(points, rule, thresholds),
    }
}

/// The common case: the superior alone rated each value, once. Each value's points are then
/// the superior's, exactly (one role counting: w × p / w is p), as the general way finds.
fn superior_alone(ratings: &[BehaviourRating]) -> Option<[i64; CoreValue::ALL.len()]> {
    if ratings.len() != CoreValue::ALL.len() {
        return None;
    }
    let mut points = [0_i64; CoreValue::ALL.len()];
    let mut seen = [false; CoreValue::ALL.len()];
    for rating in ratings {
        if rating.rater != RaterRole::Superior {
            return None;
        }
        let value = CoreValue::ALL.iter().position(|v| *v == rating.value)?;
        let once = seen.get_mut(value)?;
        if *once {
            return None;
        }
        *once = true;
        *points.get_mut(value)? = rating.rating.points();
    }
    Some(points)
}

/// The rating of whole points per value, as [`quick_rating`]'s general way rates them.
fn rate_whole_points(
    points: [i64; CoreValue::ALL.len()],
    rules: &QuickBehaviour,
) -> Option<Rating> {
    let thresholds = &rules.thresholds;
    match rules.method {
        BehaviourMethod::MeanPoints => {
            let values = i64::try_from(points.len()).ok()?;
            thresholds.classify(Approx::ratio64(points.iter().sum(), values)?)
        }
        BehaviourMethod::Counts(rule) => count_ratings(
            points.map(|p| *rules.whole.get(usize::try_from(p).ok()?)?),
            rule,
        ),
    }
}

/// The rating by the number of values above and below expectations.
fn rate_by_counts(
    points: [Approx; CoreValue::ALL.len()],
    rule: ValueCounts,
    thresholds: &UnitBands<Rating>,
) -> Option<Rating> {
    count_ratings(points.map(|figure| thresholds.classify(figure)), rule)
}

/// The rating `rule` gives the values' ratings; none where one is undecided.
fn count_ratings(
    ratings: [Option<Rating>; CoreValue::ALL.len()],
    rule: ValueCounts,
) -> Option<Rating> {
    let (mut above, mut below) = (0, 0);
    for rating in ratings {
        match rating? {
            Rating::Above => above += 1,
            Rating::Below => below += 1,
            Rating::Meets => {}
        }
    }
    Some(rule.rating(above, below))
}
