//! The fast path's second look at a figure its interval left undecided: the plan's
//! achievement as one exact fraction, rounded exactly.
//!
//! The interval of a weighted mean that does not come out in ten places (indicators
//! weighing 1 and 2, say) is two units wide, so a total that is exactly a rounding midpoint
//! (100.895 %) cannot be told from one a hair below it. Where every indicator's figure is
//! exact, the plan's achievement is a fraction of integers: kept as one, it is rounded as
//! the `Decimal` path rounds it (which makes the whole by one division of the same
//! fraction; see `WeightedSum`). Rare, so it may take its time: a few greatest common
//! divisors.

use super::fixed::{self, Approx, gcd};
use super::{
    Figures, MeanWeights, Reporting, RoundingPoint, SharedIndicator, SharedResult, WeightPolicy,
};
use crate::num::Rounding;

/// Denominators (in units) up to this keep every fraction that is not a rounding boundary
/// farther from it than `Decimal`'s 28 digits can blur: the gap is at least one unit over
/// the denominator, 10⁻²² % at most, against an error below 10⁻²² % for figures below
/// 10⁶ %.
const MOST_EXACT_DENOMINATOR: i128 = 1_000_000_000_000;

/// The plan's achievement over `results` as an exact fraction of units, rounded where
/// `reporting` rounds before the total but not at the total; none where an indicator's
/// figure is not exact or a number outgrows the integers.
pub(super) fn exact_figure(
    policy: WeightPolicy,
    results: &[SharedResult],
    indicators: &[SharedIndicator],
    figures: &Figures,
    reporting: Reporting,
) -> Option<Fraction> {
    let mut plan = ExactMean::new(policy);
    for result in results {
        let mut mean = ExactMean::new(result.policy);
        for shared in indicators.get(result.indicators.clone())? {
            let achieved = shared.rules.achievement(
                figures.targets.get(shared.slots.clone())?,
                figures.values.get(shared.slots.clone())?,
                figures.cells.get(shared.slots.clone())?,
            )?;
            // Rounded, an indicator's figure is exact however its interval was made.
            let counted = match achieved {
                Some(figure) if reporting.point >= RoundingPoint::Indicators => {
                    Some(Fraction::whole(figure.rounded(reporting.rounding)?.lo()))
                }
                Some(figure) if figure.is_exact() => Some(Fraction::whole(figure.lo())),
                Some(_) => return None,
                None => None,
            };
            mean.add(shared.weight, counted)?;
        }
        let counted = match mean.finish()? {
            Some(fraction) if reporting.point >= RoundingPoint::IndicatorsAndResults => {
                Some(Fraction::whole(fraction.rounded(reporting.rounding)?.lo()))
            }
            other => other,
        };
        plan.add(result.weight, counted)?;
    }
    plan.finish()?
}

/// A fraction of units, numerator over a denominator above zero, in lowest terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fraction {
    numerator: i128,
    denominator: i128,
}

impl Fraction {
    const fn whole(units: i128) -> Self {
        Self {
            numerator: units,
            denominator: 1,
        }
    }

    fn new(numerator: i128, denominator: i128) -> Option<Self> {
        if denominator <= 0 {
            return None;
        }
        let common = gcd(numerator, denominator)?;
        Some(Self {
            numerator: numerator / common,
            denominator: denominator / common,
        })
    }

    /// The fraction rounded by `rounding`, as an exact figure: exactly the rounding of the
    /// exact value, which the `Decimal` path's 28 digits also give while the denominator
    /// stays below [`MOST_EXACT_DENOMINATOR`]; none beyond it or below zero.
    pub(super) fn rounded(self, rounding: Rounding) -> Option<Approx> {
        if self.numerator < 0 || self.denominator > MOST_EXACT_DENOMINATOR {
            return None;
        }
        let step = fixed::ten_to(fixed::PLACES.checked_sub(rounding.decimals())?)?;
        let whole = self.denominator.checked_mul(step)?;
        let steps = fixed::round_quotient(self.numerator, whole, rounding.mode())?;
        Approx::exact_in_range(steps.checked_mul(step)?)
    }
}

/// A weighted mean under a policy (as `Mean` makes it), kept as an exact fraction.
struct ExactMean {
    weights: MeanWeights,
    sum: Fraction,
}

impl ExactMean {
    const fn new(policy: WeightPolicy) -> Self {
        Self {
            weights: MeanWeights::new(policy),
            sum: Fraction::whole(0),
        }
    }

    fn add(&mut self, weight: i64, part: Option<Fraction>) -> Option<()> {
        self.weights.count(weight, part.is_some())?;
        let Some(part) = part else {
            return Some(());
        };
        let a = self.sum;
        let common = gcd(a.denominator, part.denominator)?;
        let scale_a = part.denominator / common;
        let scale_b = a.denominator / common;
        let numerator = a.numerator.checked_mul(scale_a)?.checked_add(
            part.numerator
                .checked_mul(i128::from(weight))?
                .checked_mul(scale_b)?,
        )?;
        self.sum = Fraction::new(numerator, a.denominator.checked_mul(scale_a)?)?;
        Some(())
    }

    /// The mean: `Some(None)` when every part dropped out under renormalise-present.
    fn finish(self) -> Option<Option<Fraction>> {
        let Some(divisor) = self.weights.divisor()? else {
            return Some(None);
        };
        let denominator = self.sum.denominator.checked_mul(i128::from(divisor))?;
        Fraction::new(self.sum.numerator, denominator).map(Some)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::num::RoundingMode;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        /// A fraction rounds as `Decimal` rounds its quotient (one division, 28 digits), in
        /// every mode and to every number of places the fast path reports; midpoints are
        /// drawn often (denominators of 2, 4, 8 over whole steps).
        #[test]
        fn a_fraction_rounds_as_its_decimal_quotient(
            halves in 0..4_000_000_i128,
            nudge in prop::sample::select(vec![-1_i128, 0, 0, 1]),
            denominator in prop::sample::select(vec![1_i128, 2, 3, 4, 6, 7, 8, 9, 12, 30_000, 999_983]),
            rest in 0..1_000_000_i128,
            places in 0..=8_u32,
            mode in prop::sample::select(vec![RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::TowardZero]),
        ) {
            // A whole number of half steps (a figure of `places` decimals or a midpoint), a
            // hair off it or exactly on it, then a part of a unit over the denominator.
            let half_step = fixed::ten_to(fixed::PLACES - places).unwrap() / 2;
            // Below 900,000 %, inside the fast path's range.
            let units = (halves * half_step + nudge).clamp(0, 9_000_000_000_000_000);
            let numerator = units * denominator + rest % denominator;
            let rounding = Rounding::new(places, mode).unwrap();
            let fraction = Fraction::new(numerator, denominator).unwrap();
            let quotient = Decimal::from_i128_with_scale(numerator, fixed::PLACES)
                .checked_div(Decimal::from_i128_with_scale(denominator, 0))
                .unwrap();
            let expected = rounding.apply(quotient);
            let rounded = fraction.rounded(rounding).unwrap();
            prop_assert_eq!(
                Decimal::from_i128_with_scale(rounded.lo(), fixed::PLACES),
                expected
            );
        }
    }
}
