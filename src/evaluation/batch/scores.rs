//! The reported scores of a batch, counted by value: exact, mergeable, and as small as the
//! rounding's grid (a score reported to two places under a cap of 120 % takes at most 12,001
//! values, whatever the number of employees).

use super::super::EvaluationError;
use crate::decimal_text;
use crate::num::Percent;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// How many employees were reported at each score (sebaran capaian): the exact distribution,
/// from which the sum, the mean, the extremes and any quantile follow without a second
/// pass. Two distributions [`merge`](ScoreDistribution::merge) by adding their counts, so
/// shards folded apart give the distribution of the whole.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::ScoreDistribution;
/// use kinerja::num::Percent;
/// use kinerja::Decimal;
/// let mut scores = ScoreDistribution::default();
/// for value in [9_050_i64, 10_000, 10_000, 11_025] {
///     scores.count(Percent::new(Decimal::new(value, 2))?)?;
/// }
/// assert_eq!(scores.employees(), 4);
/// assert_eq!(scores.sum()?, Decimal::new(40_075, 2));
/// assert_eq!(scores.median(), Some(Decimal::from(100)));
/// assert_eq!(scores.min(), Some(Decimal::new(9_050, 2)));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScoreDistribution {
    /// Scores with at most [`KEY_PLACES`] places, by their value in units of 10⁻¹⁰, sorted:
    /// a binary search over integer keys keeps the batch's fold fast (a new score is
    /// inserted, which stops happening once the rounding's grid is covered).
    grid: Vec<(i128, u64)>,
    /// Scores with more places (a rounding finer than the grid), by value.
    fine: BTreeMap<Decimal, u64>,
}

/// The places of the grid.
const KEY_PLACES: u32 = 10;

/// One value of the distribution on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bucket {
    #[serde(with = "decimal_text")]
    score: Decimal,
    employees: u64,
}

/// Adds `employees` to `slot`.
fn add_to(slot: &mut u64, employees: u64) -> Result<(), EvaluationError> {
    *slot = slot
        .checked_add(employees)
        .ok_or(EvaluationError::CountOverflow)?;
    Ok(())
}

impl ScoreDistribution {
    /// Counts `employees` at `score`.
    fn add(&mut self, score: Decimal, employees: u64) -> Result<(), EvaluationError> {
        let key = KEY_PLACES
            .checked_sub(score.scale())
            .and_then(|missing| 10_i128.checked_pow(missing))
            .and_then(|factor| score.mantissa().checked_mul(factor));
        match key {
            Some(key) => match self.grid.binary_search_by_key(&key, |(k, _)| *k) {
                Ok(at) => match self.grid.get_mut(at) {
                    Some((_, slot)) => add_to(slot, employees),
                    None => Ok(()),
                },
                Err(at) => {
                    self.grid.insert(at, (key, employees));
                    Ok(())
                }
            },
            None => add_to(self.fine.entry(score.normalize()).or_insert(0), employees),
        }
    }

    /// Counts one reported score.
    ///
    /// # Errors
    /// [`EvaluationError::CountOverflow`] past `u64::MAX` at one score.
    pub fn count(&mut self, score: Percent) -> Result<(), EvaluationError> {
        self.add(score.value(), 1)
    }

    /// This distribution and `other` together.
    ///
    /// # Errors
    /// [`EvaluationError::CountOverflow`].
    pub fn merge(mut self, other: &Self) -> Result<Self, EvaluationError> {
        for (score, employees) in other.iter() {
            self.add(score, employees)?;
        }
        Ok(self)
    }

    /// Employees counted.
    #[must_use]
    pub fn employees(&self) -> u64 {
        self.grid
            .iter()
            .map(|(_, n)| n)
            .chain(self.fine.values())
            .fold(0, |sum, n| sum.saturating_add(*n))
    }

    /// Each score reported and how many employees had it, lowest first.
    #[must_use]
    pub fn iter(&self) -> std::vec::IntoIter<(Decimal, u64)> {
        let mut all: Vec<(Decimal, u64)> = self
            .grid
            .iter()
            .map(|(key, n)| {
                let score = Decimal::from_i128_with_scale(*key, KEY_PLACES);
                (score.normalize(), *n)
            })
            .chain(self.fine.iter().map(|(score, n)| (*score, *n)))
            .collect();
        if !self.fine.is_empty() {
            all.sort_unstable_by_key(|(score, _)| *score);
        }
        all.into_iter()
    }

    /// The sum of the scores, exact.
    ///
    /// # Errors
    /// [`EvaluationError::CountOverflow`] when it passes what a `Decimal` holds.
    pub fn sum(&self) -> Result<Decimal, EvaluationError> {
        self.iter()
            .try_fold(Decimal::ZERO, |sum, (score, n)| {
                score
                    .checked_mul(Decimal::from(n))
                    .and_then(|part| sum.checked_add(part))
                    .ok_or(EvaluationError::CountOverflow)
            })
            .map(|s| s.normalize())
    }

    /// The mean score (the sum over the employees, to `Decimal`'s 28 places); none when
    /// empty.
    ///
    /// # Errors
    /// As [`ScoreDistribution::sum`].
    pub fn mean(&self) -> Result<Option<Decimal>, EvaluationError> {
        let employees = self.employees();
        if employees == 0 {
            return Ok(None);
        }
        Ok(self
            .sum()?
            .checked_div(Decimal::from(employees))
            .map(|m| m.normalize()))
    }

    /// The lowest score; none when empty.
    #[must_use]
    pub fn min(&self) -> Option<Decimal> {
        self.iter().next().map(|(score, _)| score)
    }

    /// The highest score; none when empty.
    #[must_use]
    pub fn max(&self) -> Option<Decimal> {
        self.iter().next_back().map(|(score, _)| score)
    }

    /// The score of the employee at `rank` (0 the lowest) in score order; none past the
    /// last.
    #[must_use]
    pub fn at_rank(&self, rank: u64) -> Option<Decimal> {
        let mut below = 0_u64;
        for (score, n) in self.iter() {
            below = below.saturating_add(n);
            if rank < below {
                return Some(score);
            }
        }
        None
    }

    /// The median: the middle score, or the mean of the two middle scores of an even
    /// count; none when empty.
    #[must_use]
    pub fn median(&self) -> Option<Decimal> {
        let employees = self.employees();
        let upper = self.at_rank(employees / 2)?;
        if employees % 2 == 1 {
            return Some(upper);
        }
        let lower = self.at_rank(employees / 2 - 1)?;
        lower
            .checked_add(upper)
            .map(|both| (both / Decimal::TWO).normalize())
    }

    /// Employees reported at `threshold` or above.
    #[must_use]
    pub fn at_least(&self, threshold: Decimal) -> u64 {
        self.iter()
            .filter(|(score, _)| *score >= threshold)
            .fold(0, |sum, (_, n)| sum.saturating_add(n))
    }
}

impl Serialize for ScoreDistribution {
    /// As a list of `{score, employees}`, lowest score first.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.iter()
                .map(|(score, employees)| Bucket { score, employees }),
        )
    }
}

impl<'de> Deserialize<'de> for ScoreDistribution {
    /// Refuses a score written twice, a score out of the percent range, and a bucket of
    /// nobody.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let buckets = Vec::<Bucket>::deserialize(deserializer)?;
        let mut distribution = Self::default();
        let mut seen = std::collections::BTreeSet::new();
        for bucket in buckets {
            let score = Percent::new(bucket.score)
                .map_err(|e| D::Error::custom(e.to_string()))?
                .value();
            if bucket.employees == 0 {
                return Err(D::Error::custom(format!("score {score} counts nobody")));
            }
            if !seen.insert(score) {
                return Err(D::Error::custom(format!("score {score} is written twice")));
            }
            distribution
                .add(score, bucket.employees)
                .map_err(|e| D::Error::custom(e.to_string()))?;
        }
        Ok(distribution)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ScoreDistribution {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ScoreDistribution".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "score": {"type": "string", "pattern": decimal_text::PATTERN},
                    "employees": {"type": "integer", "minimum": 1}
                },
                "required": ["score", "employees"],
                "additionalProperties": false
            }
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever their places (on the grid or finer), the scores come back in order with
        /// their counts, their sum is the sum of all, and the JSON reads back equal; merging
        /// two halves equals counting all.
        #[test]
        fn the_distribution_is_the_scores_counted(
            scores in prop::collection::vec((0i64..20_000, 0u32..14), 0..60),
            cut in 0usize..60,
        ) {
            let values: Vec<Decimal> = scores.iter().map(|&(m, places)| Decimal::new(m, places)).collect();
            let mut all = ScoreDistribution::default();
            let (mut first, mut second) = (ScoreDistribution::default(), ScoreDistribution::default());
            for (i, value) in values.iter().enumerate() {
                let percent = Percent::new(*value).unwrap();
                all.count(percent).unwrap();
                if i < cut { first.count(percent).unwrap() } else { second.count(percent).unwrap() }
            }
            prop_assert_eq!(first.merge(&second).unwrap(), all.clone());
            prop_assert_eq!(all.employees(), values.len() as u64);
            prop_assert_eq!(all.sum().unwrap(), values.iter().sum::<Decimal>().normalize());
            let mut sorted = values.clone();
            sorted.sort_unstable();
            for (rank, value) in sorted.iter().enumerate() {
                prop_assert_eq!(all.at_rank(rank as u64), Some(value.normalize()));
            }
            let text = serde_json::to_string(&all).unwrap();
            prop_assert_eq!(serde_json::from_str::<ScoreDistribution>(&text).unwrap(), all);
        }
    }

    #[test]
    fn a_score_written_twice_or_counting_nobody_is_refused() {
        let twice = r#"[{"score": "100", "employees": 1}, {"score": "100.00", "employees": 2}]"#;
        assert!(serde_json::from_str::<ScoreDistribution>(twice).is_err());
        let nobody = r#"[{"score": "90", "employees": 0}]"#;
        assert!(serde_json::from_str::<ScoreDistribution>(nobody).is_err());
    }
}
