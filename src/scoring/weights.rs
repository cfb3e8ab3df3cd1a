//! Weighted means under a weight policy, computed in one pass without allocating.

use super::error::{Part, ScoringError, Weighed};
use super::policy::WeightPolicy;
use rust_decimal::Decimal;

impl WeightPolicy {
    /// What a weighted mean divides by, given the total of all weights, of those with a
    /// value, and a hundred (in whatever number the caller counts): the one rule both the
    /// `Decimal` and the integer paths read.
    pub(crate) fn divisor<T>(self, all: T, present: T, hundred: T) -> T {
        match self {
            Self::Strict => hundred,
            Self::Normalise => all,
            Self::RenormalisePresent => present,
        }
    }

    /// The weighted mean of `(raw weight, value)` parts; `None` when, under
    /// [`WeightPolicy::RenormalisePresent`], no part with a positive weight has a value.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::scoring::ScoringError> {
    /// use kinerja::scoring::WeightPolicy;
    /// use kinerja::Decimal;
    /// let d = Decimal::from;
    /// // 3 : 1 of 80 and 100 is 85.
    /// assert_eq!(WeightPolicy::Normalise.combine([(d(3), Some(d(80))), (d(1), Some(d(100)))])?, Some(d(85)));
    /// // A missing part drops out under renormalise-present...
    /// assert_eq!(WeightPolicy::RenormalisePresent.combine([(d(3), Some(d(80))), (d(1), None)])?, Some(d(80)));
    /// // ...and is an error under the other policies.
    /// assert!(WeightPolicy::Normalise.combine([(d(3), Some(d(80))), (d(1), None)]).is_err());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ScoringError`]: no parts, a negative weight, all weights zero, weights not totalling
    /// 100 under [`WeightPolicy::Strict`], a part without a value under a policy that does
    /// not let it drop out, or overflow.
    pub fn combine(
        self,
        parts: impl IntoIterator<Item = (Decimal, Option<Decimal>)>,
    ) -> Result<Option<Decimal>, ScoringError> {
        let mut sum = WeightedSum::new(self);
        for (index, (weight, value)) in parts.into_iter().enumerate() {
            sum.add(weight, value, || Part::Numbered {
                of: Weighed::Parts,
                number: index + 1,
            })?;
        }
        sum.finish(|| Weighed::Parts)
    }
}

/// A running weighted sum: Σw·v over the parts with values, Σw over all and over those with
/// values. One division at the end keeps the result exact to 28 digits.
///
/// A part may itself be a mean that did not come out exact in 28 digits (a result whose
/// indicators weigh 1 and 2, say): it is then added as its fraction, and the sum is kept as
/// one exact fraction while `Decimal` holds it, so that the whole is still made by one
/// division. Otherwise a total that is exactly a rounding midpoint (100.895 %) could come out
/// a hair below it from the parts' own rounding and be reported one step down.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WeightedSum {
    policy: WeightPolicy,
    parts: usize,
    weight_all: Decimal,
    weight_present: Decimal,
    weighted: Decimal,
    /// Σw·v as one exact fraction (numerator, denominator), while `Decimal` holds it.
    exact: Option<(Decimal, Decimal)>,
    first_missing: Option<usize>,
}

/// `a × b`, when `Decimal` holds it exactly (it gives up places to fit, otherwise).
fn exact_mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let product = a.checked_mul(b)?;
    (product.scale() == a.scale() + b.scale()).then_some(product)
}

/// `a + b`, when `Decimal` holds it exactly.
fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let sum = a.checked_add(b)?;
    (sum.scale() == a.scale().max(b.scale())).then_some(sum)
}

/// `n₁/d₁ + w·n₂/d₂` as one fraction, exactly; the denominator grows only where the
/// second's differs.
fn add_fraction(
    (n1, d1): (Decimal, Decimal),
    weight: Decimal,
    (n2, d2): (Decimal, Decimal),
) -> Option<(Decimal, Decimal)> {
    let term = exact_mul(weight, n2)?;
    if d1 == d2 {
        return Some((exact_add(n1, term)?, d1));
    }
    Some((
        exact_add(exact_mul(n1, d2)?, exact_mul(term, d1)?)?,
        exact_mul(d1, d2)?,
    ))
}

impl WeightedSum {
    pub(crate) const fn new(policy: WeightPolicy) -> Self {
        Self {
            policy,
            parts: 0,
            weight_all: Decimal::ZERO,
            weight_present: Decimal::ZERO,
            weighted: Decimal::ZERO,
            exact: Some((Decimal::ZERO, Decimal::ONE)),
            first_missing: None,
        }
    }

    /// Adds a part; `name` names it in an error.
    pub(crate) fn add(
        &mut self,
        weight: Decimal,
        value: Option<Decimal>,
        name: impl FnOnce() -> Part,
    ) -> Result<(), ScoringError> {
        self.add_exactly(weight, value, value.map(|v| (v, Decimal::ONE)), name)
    }

    /// Adds a part whose value (as counted, to 28 digits) is the fraction `exact` where one
    /// is known (see [`WeightedSum::fraction`]).
    pub(crate) fn add_exactly(
        &mut self,
        weight: Decimal,
        value: Option<Decimal>,
        exact: Option<(Decimal, Decimal)>,
        name: impl FnOnce() -> Part,
    ) -> Result<(), ScoringError> {
        if weight < Decimal::ZERO {
            return Err(ScoringError::NegativeWeight {
                part: name(),
                weight,
            });
        }
        self.weight_all = self
            .weight_all
            .checked_add(weight)
            .ok_or(ScoringError::WEIGHTED_MEAN)?;
        match value {
            Some(v) => {
                let product = weight.checked_mul(v).ok_or(ScoringError::WEIGHTED_MEAN)?;
                self.weighted = self
                    .weighted
                    .checked_add(product)
                    .ok_or(ScoringError::WEIGHTED_MEAN)?;
                self.weight_present = self
                    .weight_present
                    .checked_add(weight)
                    .ok_or(ScoringError::WEIGHTED_MEAN)?;
                self.exact = match (self.exact, exact) {
                    (Some(sum), Some(part)) => add_fraction(sum, weight, part),
                    _ => None,
                };
            }
            None if self.policy != WeightPolicy::RenormalisePresent => {
                return Err(ScoringError::MissingPart {
                    part: name(),
                    policy: self.policy,
                });
            }
            None => {
                self.first_missing.get_or_insert(self.parts);
            }
        }
        self.parts += 1;
        Ok(())
    }

    /// Whether no part was added.
    pub(crate) const fn is_empty(&self) -> bool {
        self.parts == 0
    }

    /// The total weight the mean divides by (100 under strict).
    pub(crate) fn divisor(&self) -> Decimal {
        self.policy
            .divisor(self.weight_all, self.weight_present, Decimal::ONE_HUNDRED)
    }

    /// The mean as one exact fraction (numerator, denominator), where `Decimal` holds it
    /// and the mean is defined (see [`WeightedSum::finish`]).
    pub(crate) fn fraction(&self) -> Option<(Decimal, Decimal)> {
        let (numerator, denominator) = self.exact?;
        let divisor = self.divisor();
        if divisor.is_zero() {
            return None;
        }
        Some((numerator, exact_mul(denominator, divisor)?))
    }

    /// The mean; `of` names the whole in an error.
    pub(crate) fn finish(self, of: impl Fn() -> Weighed) -> Result<Option<Decimal>, ScoringError> {
        if self.parts == 0 {
            return Err(ScoringError::EmptySet { of: of() });
        }
        if self.weight_all.is_zero() {
            return Err(ScoringError::AllZeroWeights { of: of() });
        }
        if self.policy == WeightPolicy::Strict && self.weight_all != Decimal::ONE_HUNDRED {
            return Err(ScoringError::WeightsNotWhole {
                of: of(),
                total: self.weight_all,
            });
        }
        let divisor = self.divisor();
        if divisor.is_zero() {
            return Ok(None);
        }
        // One division of the exact fraction where there is one; Σw·v / Σw otherwise (the
        // same thing when every part was exact).
        let (numerator, denominator) = self.fraction().unwrap_or((self.weighted, divisor));
        numerator
            .checked_div(denominator)
            .map(Some)
            .ok_or(ScoringError::WEIGHTED_MEAN)
    }
}
