//! The behaviour rating on the fast path: [`assess_behaviour`](super::super::assess_behaviour)'s
//! arithmetic on scaled integers, with no map and no allocation.

use crate::evaluation::behaviour::BehaviourRules;
use crate::evaluation::{BehaviourMethod, BehaviourRating, RaterRole, Rating};
use crate::org::CoreValue;
use crate::scoring::fixed::{self, Approx, FixedSum, INPUT_ONE};

const ROLES: [RaterRole; 4] = [
    RaterRole::Superior,
    RaterRole::Peer,
    RaterRole::Subordinate,
    RaterRole::SelfAssessment,
];

/// The rating `assess_behaviour` gives, where the fast path decides it; none where it leaves
/// the answer (or the error) to `Decimal`: a value without the ratings it needs, a weight
/// outside the fast path's range, or a figure too close to a threshold.
pub(super) fn quick_rating(ratings: &[BehaviourRating], rules: &BehaviourRules) -> Option<Rating> {
    // Points and count per value and role.
    let mut table = [[(0_i128, 0_i128); ROLES.len()]; CoreValue::ALL.len()];
    for rating in ratings {
        let value = CoreValue::ALL.iter().position(|v| *v == rating.value)?;
        let role = ROLES.iter().position(|r| *r == rating.rater)?;
        let cell = table.get_mut(value)?.get_mut(role)?;
        cell.0 = cell.0.checked_add(i128::from(rating.rating.points()))?;
        cell.1 += 1;
    }
    let mut weights = [0_i64; ROLES.len()];
    for (weight, role) in weights.iter_mut().zip(ROLES) {
        *weight = fixed::input(rules.rater_weights.weight(role))?;
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
        let (mut sum, mut weight_sum) = (FixedSum::ZERO, 0_i64);
        for (&(rated, count), &weight) in cells.iter().zip(&weights) {
            if count == 0 {
                continue;
            }
            sum.add(weight, Approx::ratio(rated, count)?)?;
            weight_sum = weight_sum.checked_add(weight)?;
        }
        if weight_sum == 0 {
            return None;
        }
        *value_points = sum.mean(weight_sum)?;
        total.add(one, *value_points)?;
    }
    let values = i64::try_from(CoreValue::ALL.len()).ok()?;
    match rules.method {
        BehaviourMethod::MeanPoints => rules
            .thresholds
            .classify_approx(total.mean(values.checked_mul(one)?)?)
            .copied(),
        BehaviourMethod::Counts(rule) => {
            let (mut above, mut below) = (0, 0);
            for figure in points {
                match rules.thresholds.classify_approx(figure)? {
                    Rating::Above => above += 1,
                    Rating::Below => below += 1,
                    Rating::Meets => {}
                }
            }
            Some(rule.rating(above, below))
        }
    }
}
