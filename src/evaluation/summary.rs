//! Unit summaries that merge: summarising shards and merging equals summarising the whole.

use super::appraisal::Appraisal;
use super::error::EvaluationError;
use super::rating::{PerPredicate, Rating};
use super::talent::NineBox;
use serde::{Deserialize, Serialize};

/// Counts of a unit's evaluations: predicates, result and behaviour ratings, nine-box
/// boxes. Summaries of disjoint groups [`merge`](UnitSummary::merge) into the summary of
/// their union, so a batch can be split across threads or machines.
///
/// The counts agree by construction: predicates, result ratings and behaviour ratings each
/// total the employees counted, and no more employees are boxed than counted. A summary read
/// from JSON is checked for the same.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::UnitSummary;
/// let empty = UnitSummary::default();
/// assert_eq!(empty.merge(&empty)?.employees(), 0);
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::UnitSummary = serde_json::from_str(r#"
/// {
///   "employees": 9,
///   "predicates": [
///     0,
///     0,
///     1,
///     8,
///     0
///   ],
///   "result_ratings": [
///     1,
///     8,
///     0
///   ],
///   "behaviour_ratings": [
///     0,
///     9,
///     0
///   ],
///   "boxes": [
///     0,
///     0,
///     1,
///     0,
///     8,
///     0,
///     0,
///     0,
///     0
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "UnitSummarySpec", into = "UnitSummarySpec")]
pub struct UnitSummary {
    employees: usize,
    predicates: PerPredicate<usize>,
    result_ratings: [usize; 3],
    behaviour_ratings: [usize; 3],
    boxes: [usize; 9],
}

/// The wire form of [`UnitSummary`].
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct UnitSummarySpec {
    employees: usize,
    predicates: PerPredicate<usize>,
    result_ratings: [usize; 3],
    behaviour_ratings: [usize; 3],
    boxes: [usize; 9],
}

crate::objects_only::objects_only!(UnitSummarySpec);

fn rating_index(rating: Rating) -> usize {
    match rating {
        Rating::Below => 0,
        Rating::Meets => 1,
        Rating::Above => 2,
    }
}

/// The total of `counts`, or none on overflow.
fn total(counts: &[usize]) -> Option<usize> {
    counts
        .iter()
        .try_fold(0_usize, |sum, c| sum.checked_add(*c))
}

impl UnitSummary {
    /// Employees counted.
    #[must_use]
    pub const fn employees(&self) -> usize {
        self.employees
    }

    /// Employees per predicate.
    #[must_use]
    pub const fn predicates(&self) -> PerPredicate<usize> {
        self.predicates
    }

    /// Result ratings: below, meets, above.
    #[must_use]
    pub const fn result_ratings(&self) -> [usize; 3] {
        self.result_ratings
    }

    /// Behaviour ratings: below, meets, above.
    #[must_use]
    pub const fn behaviour_ratings(&self) -> [usize; 3] {
        self.behaviour_ratings
    }

    /// Employees placed in each box, 1 to 9.
    #[must_use]
    pub const fn boxes(&self) -> [usize; 9] {
        self.boxes
    }

    /// Counts one evaluation (and its nine-box box, if placed).
    ///
    /// # Errors
    /// [`EvaluationError::CountOverflow`] when the count of employees would overflow.
    pub fn add(
        &mut self,
        appraisal: &Appraisal,
        placed: Option<NineBox>,
    ) -> Result<(), EvaluationError> {
        self.count(
            appraisal.predicate,
            appraisal.result_rating,
            appraisal.behaviour.rating,
        )?;
        if let Some(slot) = placed.and_then(|b| self.boxes.get_mut(b.index())) {
            *slot += 1;
        }
        Ok(())
    }

    /// Counts one employee's predicate and ratings.
    pub(crate) fn count(
        &mut self,
        predicate: super::rating::Predicate,
        result: Rating,
        behaviour: Rating,
    ) -> Result<(), EvaluationError> {
        // Every other count is at most the employees, so only this one can overflow.
        self.employees = self
            .employees
            .checked_add(1)
            .ok_or(EvaluationError::CountOverflow)?;
        self.predicates[predicate] += 1;
        for (counts, rating) in [
            (&mut self.result_ratings, result),
            (&mut self.behaviour_ratings, behaviour),
        ] {
            if let Some(slot) = counts.get_mut(rating_index(rating)) {
                *slot += 1;
            }
        }
        Ok(())
    }

    /// The summary of both groups together.
    ///
    /// # Errors
    /// [`EvaluationError::CountOverflow`] when the employees together overflow a count.
    pub fn merge(mut self, other: &Self) -> Result<Self, EvaluationError> {
        // The parts of each summary never exceed its employees, so if the employees add up
        // without overflow, so does every part.
        self.employees = self
            .employees
            .checked_add(other.employees)
            .ok_or(EvaluationError::CountOverflow)?;
        let add = |a: &mut [usize], b: &[usize]| {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        };
        add(self.predicates.as_mut_array(), other.predicates.as_array());
        add(&mut self.result_ratings, &other.result_ratings);
        add(&mut self.behaviour_ratings, &other.behaviour_ratings);
        add(&mut self.boxes, &other.boxes);
        Ok(self)
    }
}

impl TryFrom<UnitSummarySpec> for UnitSummary {
    type Error = EvaluationError;
    fn try_from(spec: UnitSummarySpec) -> Result<Self, EvaluationError> {
        let agrees = |counts: &[usize]| total(counts) == Some(spec.employees);
        let boxed_ok = total(&spec.boxes).is_some_and(|boxed| boxed <= spec.employees);
        if agrees(spec.predicates.as_array())
            && agrees(&spec.result_ratings)
            && agrees(&spec.behaviour_ratings)
            && boxed_ok
        {
            Ok(Self {
                employees: spec.employees,
                predicates: spec.predicates,
                result_ratings: spec.result_ratings,
                behaviour_ratings: spec.behaviour_ratings,
                boxes: spec.boxes,
            })
        } else {
            Err(EvaluationError::InconsistentSummary {
                employees: spec.employees,
            })
        }
    }
}

impl From<UnitSummary> for UnitSummarySpec {
    fn from(summary: UnitSummary) -> Self {
        Self {
            employees: summary.employees,
            predicates: summary.predicates,
            result_ratings: summary.result_ratings,
            behaviour_ratings: summary.behaviour_ratings,
            boxes: summary.boxes,
        }
    }
}
