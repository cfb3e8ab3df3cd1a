//! Unit summaries that merge: summarising shards and merging equals summarising the whole.

use super::appraisal::Appraisal;
use super::rating::Rating;
use serde::{Deserialize, Serialize};

/// Counts of a unit's evaluations: predicates, result and behaviour ratings, nine-box
/// boxes. Summaries of disjoint groups [`merge`](UnitSummary::merge) into the summary of
/// their union, so a batch can be split across threads or machines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitSummary {
    /// Employees counted.
    pub employees: usize,
    /// Per predicate, lowest first.
    pub predicates: [usize; 5],
    /// Result ratings: below, meets, above.
    pub result_ratings: [usize; 3],
    /// Behaviour ratings: below, meets, above.
    pub behaviour_ratings: [usize; 3],
    /// Employees placed in each box, 1 to 9.
    pub boxes: [usize; 9],
}

fn rating_index(rating: Rating) -> usize {
    match rating {
        Rating::Below => 0,
        Rating::Meets => 1,
        Rating::Above => 2,
    }
}

impl UnitSummary {
    /// Counts one evaluation (and its nine-box box, if placed).
    pub fn add(&mut self, appraisal: &Appraisal, box_number: Option<u8>) {
        self.employees += 1;
        if let Some(c) = self.predicates.get_mut(appraisal.predicate.index()) {
            *c += 1;
        }
        if let Some(c) = self
            .result_ratings
            .get_mut(rating_index(appraisal.result_rating))
        {
            *c += 1;
        }
        if let Some(c) = self
            .behaviour_ratings
            .get_mut(rating_index(appraisal.behaviour.rating))
        {
            *c += 1;
        }
        if let Some(c) = box_number.and_then(|b| self.boxes.get_mut(usize::from(b).wrapping_sub(1)))
        {
            *c += 1;
        }
    }

    /// The summary of both groups together.
    #[must_use]
    pub fn merge(mut self, other: &Self) -> Self {
        self.employees += other.employees;
        let add = |a: &mut [usize], b: &[usize]| a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        add(&mut self.predicates, &other.predicates);
        add(&mut self.result_ratings, &other.result_ratings);
        add(&mut self.behaviour_ratings, &other.behaviour_ratings);
        add(&mut self.boxes, &other.boxes);
        self
    }
}
