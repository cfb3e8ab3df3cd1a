//! The exact lane for plans whose indicators are rounded before they are weighted: every
//! figure counted in steps of the rounding (10⁻ᵈ %), in 64- and 128-bit integers.
//!
//! Once each indicator's achievement is rounded, everything above it is a fraction of small
//! integers: a result's mean is Σ wᵢcᵢ over its weights' sum, the plan's mean is those
//! over the results' weights, and a mean of periods divides once more. Their denominators
//! come from the plan's weights alone, so they are made once per plan, and each figure is
//! rounded exactly (numerator against denominator), with no interval to fall back from.
//!
//! Each indicator's rounding is exact too: its achievement on the lane is the fraction
//! 100·n / t of its sums (R / T, or (2T − R) / T), held between floor and cap, and the
//! `Decimal` path's 28 digits of it round the same way: a fraction that is not a rounding
//! midpoint lies at least 1 / (2·10ᵈ·t) from every one (far beyond 10⁻²⁰ for inputs below
//! 10¹³ and d up to 4), and one that is a midpoint is exact in `Decimal`.

use super::filter::Shape;
use super::fixed::{gcd, round_quotient, rounds_up};
use super::indicator::Lane;
use super::{Reporting, RoundingPoint};
use crate::num::RoundingMode;
use std::ops::Range;

/// The most decimals a rounding may keep on this lane.
const MOST_PLACES: u32 = 4;

/// A plan compiled for the lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct RoundedLane {
    results: Vec<LaneResult>,
    indicators: Vec<LaneIndicator>,
    /// The plan's divisor (an input).
    divisor: i64,
    /// The least common multiple of the results' divisors.
    common: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct LaneResult {
    weight: i64,
    divisor: i64,
    /// `common / divisor`.
    scale: i64,
    indicators: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct LaneIndicator {
    lane: Lane,
    weight: i64,
    floor: i64,
    cap: Option<i64>,
    negative_ok: bool,
    slots: Range<usize>,
}

/// A figure as a fraction of steps of the rounding: numerator over denominator (above zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Steps {
    pub(super) numerator: i128,
    pub(super) denominator: i128,
}

impl Steps {
    /// The fraction rounded to a whole number of steps by `mode`; none below zero.
    pub(super) fn rounded(self, mode: RoundingMode) -> Option<i128> {
        round(self.numerator, self.denominator, mode)
    }
}

/// `numerator / denominator` (denominator above zero) rounded to a whole number by `mode`;
/// none below zero.
fn round(numerator: i128, denominator: i128, mode: RoundingMode) -> Option<i128> {
    if numerator < 0 {
        return None;
    }
    round_quotient(numerator, denominator, mode)
}

/// [`round`] in 64 bits. The quotient is estimated by a floating-point division (a few
/// cycles, where the integer one takes tens) and corrected by exact integer arithmetic: for
/// operands below 2⁵³ the estimate is within one of the floor, and the remainder decides.
fn round64(numerator: i64, denominator: i64, mode: RoundingMode) -> Option<i64> {
    const EXACT: i64 = 1 << 53;
    if numerator < 0 || denominator <= 0 {
        return None;
    }
    let (mut whole, mut rest) = if numerator < EXACT && denominator < EXACT {
        // Both convert exactly; the estimate is at most one away from the floor.
        #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
        let estimate = (numerator as f64 / denominator as f64) as i64;
        (estimate, numerator - estimate * denominator)
    } else {
        (numerator / denominator, numerator % denominator)
    };
    if rest < 0 {
        whole -= 1;
        rest += denominator;
    } else if rest >= denominator {
        whole += 1;
        rest -= denominator;
    }
    let up = rounds_up(
        mode,
        i128::from(whole),
        i128::from(rest),
        i128::from(denominator),
    )?;
    whole.checked_add(i64::from(up))
}

impl RoundedLane {
    /// The lane for `shape`; none unless every indicator takes a lane and every divisor is
    /// positive.
    pub(super) fn new(shape: &Shape<'_>) -> Option<Self> {
        let divisor = shape.divisor;
        if divisor <= 0 {
            return None;
        }
        let (mut results, mut indicators) = (Vec::new(), Vec::new());
        let mut common = 1_i64;
        for &(weight, own, ref members) in &shape.results {
            if own <= 0 {
                return None;
            }
            let common_factor = i64::try_from(gcd(i128::from(common), i128::from(own))?).ok()?;
            common = common.checked_mul(own / common_factor)?;
            let first = indicators.len();
            for (rules, weight, slots) in members {
                let (floor, cap, negative_ok) = rules.limits();
                if cap.is_some_and(|cap| cap < floor) {
                    return None;
                }
                indicators.push(LaneIndicator {
                    lane: rules.lane()?,
                    weight: *weight,
                    floor,
                    cap,
                    negative_ok,
                    slots: slots.clone(),
                });
            }
            results.push(LaneResult {
                weight,
                divisor: own,
                scale: 0,
                indicators: first..indicators.len(),
            });
        }
        for result in &mut results {
            result.scale = common / result.divisor;
        }
        Some(Self {
            results,
            indicators,
            divisor,
            common,
        })
    }

    /// The plan's achievement on the stored targets and realisations, in steps of
    /// `reporting`'s rounding, with each indicator (and each result, where `reporting` says)
    /// rounded; none where the reporting does not round the indicators, a slot leaves the
    /// lane, or a number outgrows the integers.
    pub(super) fn score(
        &self,
        targets: &[i64],
        cells: &[i64],
        reporting: Reporting,
    ) -> Option<Steps> {
        let places = reporting.rounding.decimals();
        if reporting.point < RoundingPoint::Indicators || places > MOST_PLACES {
            return None;
        }
        let mode = reporting.rounding.mode();
        // One percent in steps.
        let per_percent = 10_i64.checked_pow(places)?;
        let by_results = reporting.point >= RoundingPoint::IndicatorsAndResults;
        // In 64 bits, checked: plausible plans fit by far, and one that does not is left
        // to the exact integer path.
        let mut plan = 0_i64;
        for result in &self.results {
            let mut sum = 0_i64;
            for indicator in self.indicators.get(result.indicators.clone())? {
                let steps = indicator.steps(targets, cells, per_percent, mode)?;
                sum = sum.checked_add(indicator.weight.checked_mul(steps)?)?;
            }
            let counted = if by_results {
                round64(sum, result.divisor, mode)?.checked_mul(self.common)?
            } else {
                sum.checked_mul(result.scale)?
            };
            plan = plan.checked_add(result.weight.checked_mul(counted)?)?;
        }
        Some(Steps {
            numerator: i128::from(plan),
            denominator: i128::from(self.common) * i128::from(self.divisor),
        })
    }
}

impl LaneIndicator {
    /// The indicator's achievement, held between floor and cap and rounded, in steps.
    fn steps(
        &self,
        targets: &[i64],
        cells: &[i64],
        per_percent: i64,
        mode: RoundingMode,
    ) -> Option<i64> {
        let (n, t, on_lane) = self.lane.sums(
            targets.get(self.slots.clone())?,
            cells.get(self.slots.clone())?,
            self.negative_ok,
        );
        if !on_lane {
            return None;
        }
        // The achievement 100·n / t % against a limit L (an input, L / 10⁴ %): 10⁶·n
        // against L·t.
        let scaled = n.checked_mul(1_000_000)?;
        let limit = |value: i64| round64(value.checked_mul(per_percent)?, 10_000, mode);
        if let Some(cap) = self.cap {
            if scaled > cap.checked_mul(t)? {
                return limit(cap);
            }
        }
        if scaled < self.floor.checked_mul(t)? {
            return limit(self.floor);
        }
        round64(n.checked_mul(100 * per_percent)?, t, mode)
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MODES: [RoundingMode; 3] = [
        RoundingMode::HalfUp,
        RoundingMode::HalfEven,
        RoundingMode::TowardZero,
    ];

    proptest! {
        /// The floating-point estimate, corrected, rounds as the integer division does:
        /// near 2⁵³, on exact quotients and midpoints (a multiple of the denominator, plus
        /// half of it), and beyond 2⁵³ where the estimate is not taken.
        #[test]
        fn the_corrected_estimate_rounds_as_integer_division(
            numerator in prop_oneof![0..(1_i64 << 53), (1_i64 << 53) - 1_000..(1_i64 << 53), 0..i64::MAX],
            denominator in prop_oneof![1..1_000_i64, 1..(1_i64 << 53), 1..i64::MAX],
            shape in 0..3_u8,
            mode in 0..3_usize,
        ) {
            let numerator = match shape {
                // An exact quotient, or a midpoint.
                0 => numerator / denominator * denominator,
                1 if denominator % 2 == 0 => (numerator / denominator * denominator)
                    .checked_add(denominator / 2)
                    .unwrap_or(numerator),
                _ => numerator,
            };
            let mode = MODES[mode];
            let exact = round(i128::from(numerator), i128::from(denominator), mode);
            match round64(numerator, denominator, mode) {
                Some(rounded) => prop_assert_eq!(Some(i128::from(rounded)), exact),
                // Only a remainder too large to double in 64 bits is left to the caller.
                None => prop_assert!(numerator > i64::MAX / 2),
            }
        }
    }
}
