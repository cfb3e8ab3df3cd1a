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

use super::indicator::{Compiled, Lane};
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
/// Per number of decimals p (up to 8, as the exact path): 10ᵖ⁻³, the rounding grid's steps
/// (10⁻⁽ᵖ⁺¹⁾ %) in one unit of 10⁻⁴ %. Within ε of the power.
const GRID: [f64; 9] = [1e-3, 1e-2, 1e-1, 1.0, 1e1, 1e2, 1e3, 1e4, 1e5];

/// A plan compiled for the filter: its indicators and the bound on the total's error.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Filter {
    indicators: Vec<FilterIndicator>,
    /// The slots per indicator, when every indicator has as many and they follow in order.
    width: Option<usize>,
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
        let width = indicators.first().map(|i| i.slots.len());
        let regular = indicators.iter().enumerate().all(|(k, i)| {
            Some(i.slots.len()) == width
                && width.and_then(|w| w.checked_mul(k)) == Some(i.slots.start)
        });
        Some(Self {
            indicators,
            width: width.filter(|_| regular),
            bound: 2.0 * bound + SLACK,
        })
    }

    /// The reported figure, or none where the filter cannot decide. Every stored target must
    /// be a value and every realisation recorded, within range and not negative: the caller
    /// checks (`Figures::off_lane`).
    pub(super) fn score(
        &self,
        targets: &[i64],
        cells: &[i64],
        rounding: Rounding,
    ) -> Option<Decimal> {
        let (total, ok) = match self.width {
            // The common widths, with sums the compiler unrolls.
            Some(1) => self.sum_by::<1>(targets, cells)?,
            Some(3) => self.sum_by::<3>(targets, cells)?,
            Some(4) => self.sum_by::<4>(targets, cells)?,
            Some(12) => self.sum_by::<12>(targets, cells)?,
            _ => self.sum(targets, cells)?,
        };
        if !ok {
            return None;
        }
        decide(total, self.bound, rounding)
    }

    /// The weighted total, and whether every figure stayed in range. No branch on the
    /// figures inside the loop, so that one indicator's division overlaps the next one's
    /// sums: the range is checked once, at the end.
    fn sum(&self, targets: &[i64], cells: &[i64]) -> Option<(f64, bool)> {
        let (mut total, mut ok) = (0.0, true);
        for indicator in &self.indicators {
            let targets = targets.get(indicator.slots.clone())?;
            let cells = cells.get(indicator.slots.clone())?;
            indicator.add(targets, cells, &mut total, &mut ok);
        }
        Some((total, ok))
    }

    /// [`Filter::sum`] where every indicator has `W` slots, in order.
    fn sum_by<const W: usize>(&self, targets: &[i64], cells: &[i64]) -> Option<(f64, bool)> {
        let slots = W.checked_mul(self.indicators.len())?;
        if targets.len() != slots || cells.len() != slots {
            return None;
        }
        let (mut total, mut ok) = (0.0, true);
        let chunks = targets.chunks_exact(W).zip(cells.chunks_exact(W));
        for ((targets, cells), indicator) in chunks.zip(&self.indicators) {
            let targets: &[i64; W] = targets.try_into().ok()?;
            let cells: &[i64; W] = cells.try_into().ok()?;
            indicator.add(targets, cells, &mut total, &mut ok);
        }
        Some((total, ok))
    }
}

impl FilterIndicator {
    /// Adds the indicator's share of its clamped figure to `total`; clears `ok` when its
    /// raw figure leaves the filter's range or its targets sum to zero.
    #[inline(always)]
    fn add(&self, targets: &[i64], cells: &[i64], total: &mut f64, ok: &mut bool) {
        let (n, t) = self.lane.totals(targets, cells);
        // Both below 2⁵³ (at most twelve inputs below 10¹³, doubled): exact. Where `t` is
        // zero the figure is unused.
        let raw = (n as f64 * 1e6) / t as f64;
        *ok &= (t > 0) & (raw.abs() < RAW_LIMIT);
        // Floor ≤ cap: the clamp (which `f64::clamp` would check by panicking).
        let capped = if raw > self.cap { self.cap } else { raw };
        let held = if capped < self.floor {
            self.floor
        } else {
            capped
        };
        *total += self.share * held;
    }
}

/// The figure `value` (in units of 10⁻⁴ %, within `error` of the exact one) rounded by
/// `rounding`, when no rounding boundary lies within reach.
fn decide(value: f64, error: f64, rounding: Rounding) -> Option<Decimal> {
    let places = rounding.decimals();
    // Boundaries (midpoints, and figures of `places` decimals, which keep their own places)
    // lie on multiples of 10⁻⁽ᵖˡᵃᶜᵉˢ⁺¹⁾ %: whole numbers of `k`. None beyond eight places.
    let scale = *GRID.get(usize::try_from(places).ok()?)?;
    let k = value * scale;
    // Scaling by an inexact power takes two roundings and each subtraction below one: within
    // 3ε|k|, taken as 8ε|k|.
    let reach = 2.0 * error * scale + 8.0 * EPS * k.abs();
    let (low, high) = (k - reach, k + reach);
    // NaN fails both comparisons.
    if !(low > 0.0 && high < 1e15) {
        return None;
    }
    // Positive and below 2⁵³: truncation is the floor, and exact.
    let whole = low as i64;
    if whole as f64 == low || high as i64 != whole {
        return None;
    }
    // The exact figure lies strictly between `whole` and `whole + 1` steps, never on a
    // midpoint.
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
