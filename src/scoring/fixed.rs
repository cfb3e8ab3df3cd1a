//! Exact arithmetic on scaled integers, the fast path of the batch.
//!
//! An input (a target, a realisation, a weight, a limit) becomes an integer count of 10⁻⁴
//! when it has at most four decimals and lies below 10⁹ in magnitude. A figure made from
//! inputs (an achievement, a weighted mean) is an [`Approx`]: an interval `[lo, hi]` of
//! multiples of 10⁻¹⁰ that holds the exact value and lies within far less than 10⁻¹⁰ of the
//! value the `Decimal` path computes (which rounds a division to 28 significant digits, so
//! its error stays below 10⁻²⁰ for figures under 10⁶). Where `lo == hi` the figure is exact,
//! and so is the `Decimal` path's, because a quotient of at most ten decimals is one it
//! represents exactly.
//!
//! Integers are `i128`, so no product of the ranges above overflows, but a division whose
//! operands fit 64 bits (nearly all) is done in 64 bits: one hardware division instead of
//! two calls into the 128-bit routines.
//!
//! A reported figure is decided when no rounding boundary (a multiple of 10⁻⁽ᵈ⁺¹⁾ for `d`
//! decimals) lies within the interval widened by one unit on each side: every value the
//! two paths could hold then rounds the same way, to the same places. Otherwise, or outside
//! the ranges above, the caller falls back to `Decimal`: the answer never changes, only the
//! time it takes.

use crate::num::{Rounding, RoundingMode};
use rust_decimal::Decimal;

/// Decimal places of an input.
pub(crate) const INPUT_PLACES: u32 = 4;
/// One, as an input.
pub(crate) const INPUT_ONE: i128 = 10_000;
/// The same, in 64 bits.
pub(crate) const INPUT_ONE_64: i64 = 10_000;
/// Inputs lie strictly below this, as inputs (10⁹).
const INPUT_LIMIT: i128 = 1_000_000_000 * INPUT_ONE;
/// Decimal places of a figure.
pub(crate) const PLACES: u32 = 10;
/// One, as a figure.
pub(crate) const ONE: i128 = 10_000_000_000;
/// Figures lie strictly below this, as figures (10⁶ %).
const FIGURE_LIMIT: i128 = 1_000_000 * ONE;
/// The most decimals a reported figure may have on the fast path: a rounding boundary
/// must fall on the figures' grid with room to spare.
const MAX_REPORTED_PLACES: u32 = PLACES - 2;

/// 10ⁿ for n up to 28.
const POWERS: [i128; 29] = [
    1,
    10,
    100,
    1000,
    10000,
    100000,
    1000000,
    10000000,
    100000000,
    1000000000,
    10000000000,
    100000000000,
    1000000000000,
    10000000000000,
    100000000000000,
    1000000000000000,
    10000000000000000,
    100000000000000000,
    1000000000000000000,
    10000000000000000000,
    100000000000000000000,
    1000000000000000000000,
    10000000000000000000000,
    100000000000000000000000,
    1000000000000000000000000,
    10000000000000000000000000,
    100000000000000000000000000,
    1000000000000000000000000000,
    10000000000000000000000000000,
];

/// 10ⁿ; none beyond 10²⁸.
pub(crate) fn ten_to(n: u32) -> Option<i128> {
    POWERS.get(usize::try_from(n).ok()?).copied()
}

/// Floor division of `n` by `d` (above zero): quotient and remainder (never negative), in
/// 64 bits when both fit.
pub(crate) fn floor_div(n: i128, d: i128) -> Option<(i128, i128)> {
    if d <= 0 {
        return None;
    }
    let (q, r) = match (i64::try_from(n), i64::try_from(d)) {
        // `d` is positive, so neither operation overflows.
        (Ok(n), Ok(d)) => (i128::from(n / d), i128::from(n % d)),
        _ => (n / d, n % d),
    };
    Some(if r < 0 { (q - 1, r + d) } else { (q, r) })
}

/// `value` as an input (a count of 10⁻⁴); none when it has more than four decimals (after
/// trailing zeros are dropped) or is 10⁹ or more in magnitude.
#[inline]
pub(crate) fn input(value: Decimal) -> Option<i64> {
    // The common case in 64 bits, read from the decimal's parts without division.
    let parts = value.unpack();
    let scale = usize::try_from(parts.scale).ok()?;
    match INPUT_POWERS.get(scale) {
        Some(&power) if parts.hi == 0 => {
            let magnitude = u64::from(parts.lo) | (u64::from(parts.mid) << 32);
            let scaled = magnitude.checked_mul(power)?;
            let scaled = i64::try_from(scaled).ok().filter(|v| *v < INPUT_LIMIT_64)?;
            Some(if parts.negative { -scaled } else { scaled })
        }
        _ => input_slowly(value),
    }
}

/// 10⁴⁻ˢ for a decimal of s places, s up to four.
const INPUT_POWERS: [u64; 5] = [10_000, 1_000, 100, 10, 1];
/// [`INPUT_LIMIT`] in 64 bits.
const INPUT_LIMIT_64: i64 = 10_000_000_000_000;
const _: () = assert!(INPUT_LIMIT_64 as i128 == INPUT_LIMIT && INPUT_ONE_64 as i128 == INPUT_ONE);

/// [`input`] for a decimal of more than 64 bits or more than four places.
fn input_slowly(value: Decimal) -> Option<i64> {
    let mut scale = value.scale();
    let mut mantissa = value.mantissa();
    while scale > INPUT_PLACES && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    let places = INPUT_PLACES.checked_sub(scale)?;
    let scaled = mantissa.checked_mul(ten_to(places)?)?;
    if scaled.abs() >= INPUT_LIMIT {
        return None;
    }
    i64::try_from(scaled).ok()
}

/// A figure: an interval of multiples of 10⁻¹⁰ holding the exact value, within far less
/// than one multiple of the `Decimal` path's value. `lo == hi` means exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Approx {
    lo: i128,
    hi: i128,
}

impl Approx {
    /// An exact figure of `units` × 10⁻¹⁰.
    pub(crate) const fn exact(units: i128) -> Self {
        Self {
            lo: units,
            hi: units,
        }
    }

    /// An exact figure of `units` × 10⁻¹⁰, unless it leaves the range the fast path keeps
    /// exact.
    pub(crate) fn exact_in_range(units: i128) -> Option<Self> {
        Self::exact(units).in_range()
    }

    /// The figure `numerator / denominator` (denominator above zero): exact when the
    /// quotient has at most ten decimals; none outside the figures' range. In 64 bits
    /// where the scaled numerator fits.
    pub(crate) fn ratio64(numerator: i64, denominator: i64) -> Option<Self> {
        const ONE_64: i64 = 10_000_000_000;
        if denominator == 1 {
            return Self::exact(i128::from(numerator) * ONE).in_range();
        }
        match numerator.checked_mul(ONE_64) {
            Some(units) if denominator > 0 => {
                let (q, r) = (units.div_euclid(denominator), units.rem_euclid(denominator));
                let lo = i128::from(q);
                Self {
                    lo,
                    hi: lo + i128::from(r != 0),
                }
                .in_range()
            }
            // Two 64-bit factors cannot overflow 128 bits.
            _ => Self::quotient(i128::from(numerator) * ONE, i128::from(denominator)),
        }
    }

    /// `units / divisor` in units (divisor above zero): floor and ceiling.
    fn quotient(units: i128, divisor: i128) -> Option<Self> {
        if divisor == 1 {
            return Self::exact(units).in_range();
        }
        let (lo, rest) = floor_div(units, divisor)?;
        let hi = if rest == 0 { lo } else { lo.checked_add(1)? };
        Self { lo, hi }.in_range()
    }

    /// The same figure, unless it leaves the range the fast path keeps exact.
    fn in_range(self) -> Option<Self> {
        (self.lo > -FIGURE_LIMIT && self.hi < FIGURE_LIMIT).then_some(self)
    }

    /// Whether the figure is exact.
    pub(crate) const fn is_exact(self) -> bool {
        self.lo == self.hi
    }

    /// The same figure marked inexact: the `Decimal` path reached it through a rounded
    /// step, so it may differ from the exact value in its last digits.
    pub(crate) fn blurred(self) -> Option<Self> {
        Self {
            lo: self.lo.checked_sub(1)?,
            hi: self.hi.checked_add(1)?,
        }
        .in_range()
    }

    /// The low end, in units.
    pub(crate) const fn lo(self) -> i128 {
        self.lo
    }

    /// The figure rounded by `rounding` as the `Decimal` path reports it (its value and its
    /// places); none when a rounding boundary lies too close to decide, or the rule keeps
    /// more places than the fast path decides.
    pub(crate) fn reported(self, rounding: Rounding) -> Option<Decimal> {
        match self.round(rounding)? {
            Rounded::OnGrid => {
                let (mantissa, scale) = normalised(self.lo);
                Decimal::try_from_i128_with_scale(mantissa, scale).ok()
            }
            Rounded::Steps(steps, _) => {
                Decimal::try_from_i128_with_scale(steps, rounding.decimals()).ok()
            }
        }
    }

    /// The figure rounded by `rounding`, as an exact figure: the value
    /// [`Approx::reported`] gives, without making a `Decimal` (where a plan rounds each
    /// indicator, result or period before it goes on).
    pub(crate) fn rounded(self, rounding: Rounding) -> Option<Self> {
        match self.round(rounding)? {
            Rounded::OnGrid => Some(self),
            Rounded::Steps(steps, step) => Self::exact(steps.checked_mul(step)?).in_range(),
        }
    }

    /// How `rounding` rounds the figure, where it can be decided.
    fn round(self, rounding: Rounding) -> Option<Rounded> {
        let places = rounding.decimals();
        if places > MAX_REPORTED_PLACES || self.lo < 0 {
            return None;
        }
        let step = ten_to(PLACES - places)?;
        if self.is_exact() {
            if floor_div(self.lo, step)?.1 == 0 {
                return Some(Rounded::OnGrid);
            }
        } else {
            // A boundary within reach of the `Decimal` path's value leaves the rounding
            // undecided: a midpoint between two figures of `places` decimals when rounding
            // half up or half even, a figure of `places` decimals when rounding toward zero.
            let offset = match rounding.mode() {
                RoundingMode::HalfUp | RoundingMode::HalfEven => step / 2,
                RoundingMode::TowardZero => 0,
            };
            let low = self.lo.checked_sub(1)?.checked_sub(offset)?;
            let high = self.hi.checked_add(1)?.checked_sub(offset)?;
            // Some boundary lies in [low, high] (shifted onto multiples of the step) when low
            // is one, or when the spread carries low past the next one.
            let (_, rest) = floor_div(low, step)?;
            if rest == 0 || rest.checked_add(high.checked_sub(low)?)? >= step {
                return None;
            }
        }
        Some(Rounded::Steps(
            round_quotient(self.lo, step, rounding.mode())?,
            step,
        ))
    }

    /// An exact figure from a decimal of at most ten places; none otherwise.
    pub(crate) fn from_decimal(value: Decimal) -> Option<Self> {
        let places = PLACES.checked_sub(value.scale())?;
        Self::exact(value.mantissa().checked_mul(ten_to(places)?)?).in_range()
    }

    /// Where the figure lies against `bound` (in units), for every value within one unit of
    /// the interval; none when the bound lies within that reach of an inexact figure.
    pub(crate) fn side_of(self, bound: i128) -> Option<Side> {
        if self.is_exact() {
            return Some(match self.lo.cmp(&bound) {
                std::cmp::Ordering::Less => Side::Below,
                std::cmp::Ordering::Equal => Side::At,
                std::cmp::Ordering::Greater => Side::Above,
            });
        }
        if self.hi.checked_add(1)? < bound {
            Some(Side::Below)
        } else if self.lo.checked_sub(1)? > bound {
            Some(Side::Above)
        } else {
            None
        }
    }
}

/// How a figure rounds: it already lies on the rounding's grid (exact, with no more places),
/// or it becomes this many steps of this size (in units).
#[derive(Debug, Clone, Copy)]
enum Rounded {
    OnGrid,
    Steps(i128, i128),
}

/// Where a figure lies against a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// Below it.
    Below,
    /// Exactly on it.
    At,
    /// Above it.
    Above,
}

/// `units` (of the grid) without trailing zeros: mantissa and places.
fn normalised(units: i128) -> (i128, u32) {
    let (mut mantissa, mut scale) = (units, PLACES);
    while scale > 0 {
        match floor_div(mantissa, 10) {
            Some((shorter, 0)) => {
                mantissa = shorter;
                scale -= 1;
            }
            _ => break,
        }
    }
    (mantissa, scale)
}

/// Whether a quotient whose floor is `whole` and whose remainder is `rest` (of
/// `denominator`) rounds up by `mode`: the one rule every integer rounding of the fast path
/// reads.
pub(crate) fn rounds_up(
    mode: RoundingMode,
    whole: i128,
    rest: i128,
    denominator: i128,
) -> Option<bool> {
    let twice = rest.checked_mul(2)?;
    Some(match mode {
        RoundingMode::TowardZero => false,
        RoundingMode::HalfUp => twice >= denominator,
        RoundingMode::HalfEven => twice > denominator || (twice == denominator && whole % 2 != 0),
    })
}

/// `numerator / denominator` (denominator above zero, the quotient not below zero) rounded
/// to a whole number by `mode`; in 64 bits where both fit.
pub(crate) fn round_quotient(
    numerator: i128,
    denominator: i128,
    mode: RoundingMode,
) -> Option<i128> {
    let (whole, rest) = floor_div(numerator, denominator)?;
    whole.checked_add(i128::from(rounds_up(mode, whole, rest, denominator)?))
}

/// The greatest common divisor of `a` and `b` (b above zero), by Euclid; none when both
/// are zero or `a` has no magnitude in 128 bits.
pub(crate) fn gcd(a: i128, b: i128) -> Option<i128> {
    let (mut a, mut b) = (a.checked_abs()?, b);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    (a > 0).then_some(a)
}

/// A running weighted sum of figures, as the `Decimal` path's weighted mean makes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FixedSum {
    lo: i128,
    hi: i128,
}

impl FixedSum {
    pub(crate) const ZERO: Self = Self { lo: 0, hi: 0 };

    /// Adds `weight` (an input, not negative) × `figure`.
    pub(crate) fn add(&mut self, weight: i64, figure: Approx) -> Option<()> {
        let w = i128::from(weight);
        if w < 0 {
            return None;
        }
        self.lo = self.lo.checked_add(w.checked_mul(figure.lo)?)?;
        self.hi = self.hi.checked_add(w.checked_mul(figure.hi)?)?;
        Some(())
    }

    /// The sum divided by `divisor` (an input, above zero): the weighted mean.
    pub(crate) fn mean(self, divisor: i64) -> Option<Approx> {
        let d = i128::from(divisor);
        let (lo, rest) = floor_div(self.lo, d)?;
        // The high end is the low end's quotient carried by the small spread: one division.
        let spread = rest.checked_add(self.hi.checked_sub(self.lo)?)?;
        let (carry, rest_hi) = if spread < d {
            (0, spread)
        } else {
            floor_div(spread, d)?
        };
        let hi = lo
            .checked_add(carry)?
            .checked_add(i128::from(rest_hi != 0))?;
        Approx { lo, hi }.in_range()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn inputs_keep_four_places_below_a_billion() {
        assert_eq!(input(d("12.5")), Some(125_000));
        assert_eq!(input(d("0.00010000")), Some(1));
        assert_eq!(input(d("0.00001")), None);
        assert_eq!(input(d("999999999.9999")), Some(9_999_999_999_999));
        assert_eq!(input(d("1000000000")), None);
    }

    #[test]
    fn exact_figures_report_with_their_own_places() {
        let half_up = Rounding::default();
        let percent =
            |text: &str| Approx::exact(input(d(text)).map_or(0, i128::from) * (ONE / INPUT_ONE));
        assert_eq!(percent("85").reported(half_up), Some(d("85")));
        assert_eq!(percent("87.5").reported(half_up), Some(d("87.5")));
        assert_eq!(
            percent("87.125").reported(half_up).map(|v| v.to_string()),
            Some("87.13".into())
        );
        assert_eq!(
            percent("99.9999").reported(half_up).map(|v| v.to_string()),
            Some("100.00".into())
        );
    }

    #[test]
    fn a_boundary_within_reach_is_left_undecided() {
        // 200/3 % lies far from any boundary; 1/8 of a hundredth above 87.12 does not.
        let third = Approx::ratio64(200, 3).unwrap_or(Approx::exact(0));
        assert_eq!(
            third.reported(Rounding::default()).map(|v| v.to_string()),
            Some("66.67".into())
        );
        let near = Approx {
            lo: 87_125 * (ONE / 1000) - 1,
            hi: 87_125 * (ONE / 1000),
        };
        assert_eq!(near.reported(Rounding::default()), None);
    }
}
