//! A floating-point filter in front of the exact fast path, for plans whose every indicator
//! takes the common lane (periods summed, value targets, R / T or (2T − R) / T) and whose
//! figures are rounded only at the total.
//!
//! It computes the plan's achievement in `f64` and reports a figure only when no rounding
//! boundary lies within a rigorous bound of it (taken twice over, and far above the `Decimal`
//! path's own error). The exact value then rounds to the same figure as the `Decimal` path's,
//! to the same places, so the answer is the exact one; where the bound reaches a boundary the
//! filter gives none and the exact integer path decides. This is how exact geometric
//! predicates are made fast (Shewchuk's adaptive predicates, filtered kernels).
//!
//! With every figure rounded only at the total, the plan's achievement is one weighted sum
//! Σ cᵢvᵢ of its indicators' clamped figures vᵢ, with cᵢ = (Wᵣ / D) · (wᵢ / Dᵣ) made once per
//! plan (Σ cᵢ = 1 under every policy when every part is present, as on the lane). The
//! bound, with ε = 2⁻⁵³ (unit roundoff), figures in units of 10⁻⁴ %, n indicators, raw
//! figures below L (larger ones go to the exact path) and every figure below M:
//! - a raw figure `n × 10⁶ / T` takes two roundings (R and T are sums of integer inputs,
//!   exact in `f64`), so it lies within 3ε·L of the exact one; clamping between floor and
//!   cap moves two figures no further apart;
//! - each cᵢ takes three roundings: within 4ε·cᵢ of its exact value;
//! - the sum of n products lies within γₙ · Σ|c̃ᵢṽᵢ| of the exact sum of those products
//!   (Higham, *Accuracy and Stability of Numerical Algorithms*, §3.1), γₙ ≤ (n + 1)ε;
//! - so the total lies within ((n + 1) · C + 4)·ε·M + 4ε·L of the exact one, C = Σ c̃ᵢ. The
//!   filter takes twice that; the decision's own scaling and subtraction are covered by a
//!   further 4ε|k|.

use super::indicator::{Cell, Compiled, FixedTarget, Lane};
use crate::num::{Rounding, RoundingMode};
use rust_decimal::Decimal;
use std::ops::Range;

/// The unit roundoff of `f64`.
const EPS: f64 = f64::EPSILON / 2.0;
/// Raw figures at or beyond this (10⁴ %, in units of 10⁻⁴ %) are left to the exact path.
const RAW_LIMIT: f64 = 1e8;
/// Added to every bound (in units of 10⁻⁴ %): far above the `Decimal` path's error (its
/// figures carry 28 significant digits, so below 10⁻¹⁴ units under 10⁶ %).
const SLACK: f64 = 1e-9;
/// 10ⁿ for n up to 8, exact in `f64`.
const POWERS: [f64; 9] = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
/// The most decimals the filter reports, as the exact path.
const MAX_PLACES: u32 = 8;

/// A plan compiled for the filter: its indicators and the bound on the total's error.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Filter {
    indicators: Vec<FilterIndicator>,
    bound: f64,
}

// Every `f64` here is finite or infinity, never NaN: equality is total.
impl Eq for Filter {}

#[derive(Debug, Clone, PartialEq)]
struct FilterIndicator {
    lane: Lane,
    /// cᵢ: the indicator's share of the total.
    share: f64,
    floor: f64,
    cap: f64,
    negative_ok: bool,
    slots: Range<usize>,
}

/// A plan's shape as the filter reads it: the divisor of the plan's mean and its results
/// (weights and divisors are inputs).
pub(super) struct Shape<'a> {
    pub(super) divisor: i64,
    pub(super) results: Vec<ShapedResult<'a>>,
}

/// A result's weight, the divisor of its mean, and its indicators.
pub(super) type ShapedResult<'a> = (i64, i64, Vec<ShapedIndicator<'a>>);
/// An indicator's rules, weight and slots.
pub(super) type ShapedIndicator<'a> = (&'a Compiled, i64, Range<usize>);

impl Filter {
    /// The filter for `shape`; none unless every indicator takes a lane and every divisor is
    /// positive.
    pub(super) fn new(shape: Shape<'_>) -> Option<Self> {
        let exact = |value: i64| {
            // Inputs lie below 10¹³ < 2⁵³, so the conversion is exact.
            (value.unsigned_abs() < 1 << 53).then_some(value as f64)
        };
        let positive = |value: i64| exact(value).filter(|v| *v > 0.0);
        let plan_divisor = positive(shape.divisor)?;
        let mut indicators = Vec::new();
        let mut largest = RAW_LIMIT;
        for (weight, divisor, members) in shape.results {
            let result_share = exact(weight)? / plan_divisor;
            let divisor = positive(divisor)?;
            for (rules, weight, slots) in members {
                let (floor, cap, negative_ok) = rules.limits();
                let floor = exact(floor)?;
                let cap = match cap {
                    Some(cap) => exact(cap)?,
                    None => f64::INFINITY,
                };
                if floor > cap {
                    // Definitions refuse this; the exact path keeps the rules' own order.
                    return None;
                }
                largest = largest.max(floor.abs());
                if cap.is_finite() {
                    largest = largest.max(cap.abs());
                }
                indicators.push(FilterIndicator {
                    lane: rules.lane()?,
                    share: result_share * (exact(weight)? / divisor),
                    floor,
                    cap,
                    negative_ok,
                    slots,
                });
            }
        }
        let n = indicators.len() as f64;
        let shares: f64 = indicators.iter().map(|i| i.share).sum();
        let bound = ((n + 1.0) * shares + 4.0) * EPS * largest + 4.0 * EPS * RAW_LIMIT;
        Some(Self {
            indicators,
            bound: 2.0 * bound + SLACK,
        })
    }

    /// The reported figure, or none where the filter cannot decide (or the employee's
    /// figures leave the lane).
    pub(super) fn score(
        &self,
        targets: &[FixedTarget],
        cells: &[Cell],
        rounding: Rounding,
    ) -> Option<Decimal> {
        let mut total = 0.0;
        for indicator in &self.indicators {
            let (n, t) = indicator.lane.fraction(
                targets.get(indicator.slots.clone())?,
                cells.get(indicator.slots.clone())?,
                indicator.negative_ok,
            )?;
            // Both below 2⁵³ (at most twelve inputs below 10¹³, doubled): exact.
            let raw = (n as f64 * 1e6) / t as f64;
            if raw.abs() >= RAW_LIMIT {
                return None;
            }
            // Floor ≤ cap, so this is the clamp (which `f64::clamp` would check by panicking).
            total += indicator.share * raw.max(indicator.floor).min(indicator.cap);
        }
        decide(total, self.bound, rounding)
    }
}

/// The figure `value` (in units of 10⁻⁴ %, within `error` of the exact one) rounded by
/// `rounding`, when no rounding boundary lies within reach.
fn decide(value: f64, error: f64, rounding: Rounding) -> Option<Decimal> {
    let places = rounding.decimals();
    if places > MAX_PLACES || !value.is_finite() || !error.is_finite() {
        return None;
    }
    // Boundaries (midpoints, and figures of `places` decimals, which keep their own places)
    // lie on multiples of 10⁻⁽ᵖˡᵃᶜᵉˢ⁺¹⁾ %: whole numbers of `k`.

    let (k, reach) = if places <= 3 {
        let step = *POWERS.get(usize::try_from(3 - places).ok()?)?;
        (value / step, error / step)
    } else {
        let scale = *POWERS.get(usize::try_from(places - 3).ok()?)?;
        (value * scale, error * scale)
    };
    let reach = 2.0 * reach + 4.0 * EPS * k.abs();
    let (low, high) = (k - reach, k + reach);
    let whole = low.floor();
    if low <= 0.0 || whole == low || high.floor() != whole || high >= 1e15 {
        return None;
    }
    // Below 10¹⁵, so the conversion is exact; the exact figure lies strictly between
    // `whole` and `whole + 1` steps, never on a midpoint.
    let whole = whole as i64;
    let (kept, digit) = (whole / 10, whole % 10);
    let up = match rounding.mode() {
        RoundingMode::HalfUp | RoundingMode::HalfEven => digit >= 5,
        RoundingMode::TowardZero => false,
    };
    Decimal::try_from_i128_with_scale(i128::from(kept + i64::from(up)), places).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn a_figure_far_from_boundaries_is_decided() {
        // 200/3 % = 66.666…: half-up to two places is 66.67, cut it is 66.66.
        let value = 2e6 / 3.0;
        let error = 3.0 * EPS * value;
        assert_eq!(decide(value, error, Rounding::default()), Some(d("66.67")));
        let cut = Rounding::new(2, RoundingMode::TowardZero).unwrap_or_default();
        assert_eq!(decide(value, error, cut), Some(d("66.66")));
        let none = Rounding::new(0, RoundingMode::HalfUp).unwrap_or_default();
        assert_eq!(decide(value, error, none), Some(d("67")));
    }

    #[test]
    fn a_figure_near_a_boundary_or_on_the_grid_is_left_to_the_exact_path() {
        // 87.125 % is a midpoint at two places; 85 % keeps its own places ("85").
        assert_eq!(decide(871_250.0, 1e-6, Rounding::default()), None);
        assert_eq!(decide(850_000.0, 0.0, Rounding::default()), None);
        // Just above 85 % it is no longer on the grid: two places, as `Decimal` rounds it.
        assert_eq!(
            decide(850_000.000_2, 1e-10, Rounding::default()).map(|v| v.to_string()),
            Some("85.00".into())
        );
        assert_eq!(decide(-10.0, 0.0, Rounding::default()), None);
        assert_eq!(decide(f64::NAN, 0.0, Rounding::default()), None);
    }
}
