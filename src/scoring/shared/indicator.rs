//! One indicator's achievement on the fast path: the same reading, folding, formula and
//! limits as [`IndicatorDefinition::achievement`](crate::measure::IndicatorDefinition::achievement),
//! on scaled integers.
//!
//! Every formula is a ratio of integers, so limits are compared exactly. Where a mean of
//! periods is not exact in `Decimal`, the `Decimal` path's figure may differ from the exact
//! one in its last digits: the figure is then marked inexact, and a comparison that ties
//! exactly is left to `Decimal` (it may fall either way there).

use super::fixed::{self, Approx, INPUT_ONE, INPUT_ONE_64};
use crate::measure::{
    Aggregation, IndicatorDefinition, MinimiseFormula, MissingPolicy, Polarity, Target,
};
use crate::period::Span;
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// Units of the figures' grid in one unit of the inputs.
const GRID_PER_INPUT: i128 = fixed::ONE / INPUT_ONE;
/// The same, in 64 bits.
const GRID_PER_INPUT_64: i64 = 1_000_000;
const _: () = assert!(GRID_PER_INPUT_64 as i128 == GRID_PER_INPUT);

/// A realisation as stored for the fast path: an input (10⁻⁴), or one of two marks below
/// every input (inputs lie within ±10¹³).
pub(crate) const MISSING: i64 = i64::MIN;
/// See [`MISSING`]: recorded, outside the fast path's range.
pub(crate) const LOOSE: i64 = i64::MIN + 1;
/// A target as stored for the lane: a value as an input, or this mark (a band, or a value
/// outside the fast path's range).
pub(crate) const NOT_A_VALUE: i64 = i64::MIN;

/// `value` as stored for the fast path.
#[inline]
pub(crate) fn cell_units(value: Decimal) -> i64 {
    fixed::input(value).unwrap_or(LOOSE)
}

/// `target` as stored for the lane.
#[inline]
pub(crate) fn value_units(target: Target) -> i64 {
    match target {
        Target::Value(v) => fixed::input(v).unwrap_or(NOT_A_VALUE),
        Target::Band { .. } => NOT_A_VALUE,
    }
}

/// A realisation as the fast path's general way reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// Not recorded.
    Missing,
    /// Recorded, as an input (10⁻⁴).
    Fixed(i64),
    /// Recorded, outside the fast path's range.
    Loose,
}

impl Cell {
    const fn of(units: i64) -> Self {
        match units {
            MISSING => Self::Missing,
            LOOSE => Self::Loose,
            v => Self::Fixed(v),
        }
    }
}

/// A target as the fast path's general way reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FixedTarget {
    /// A value, as an input.
    Value(i64),
    /// A band, as inputs.
    Band(i64, i64),
    /// Outside the fast path's range.
    Loose,
}

impl FixedTarget {
    fn of(target: Target) -> Self {
        match target {
            Target::Value(v) => fixed::input(v).map_or(Self::Loose, Self::Value),
            Target::Band { low, high } => match (fixed::input(low), fixed::input(high)) {
                (Some(low), Some(high)) => Self::Band(low, high),
                _ => Self::Loose,
            },
        }
    }
}

/// An indicator's rules, compiled for one span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Compiled {
    polarity: Polarity,
    fall_off: i64,
    floor: i64,
    cap: Option<i64>,
    aggregation: Aggregation,
    missing: MissingPolicy,
    negative_ok: bool,
    /// The annual target replacing the aggregate, when the span is the year.
    annual: Option<FixedTarget>,
    fast: bool,
    /// The common case's short way, where the rules allow it.
    lane: Option<Lane>,
}

/// The common case: periods summed, value targets, and R / T or (2T − R) / T. Anything
/// else on the way (a missing or loose figure, a band, a zero target) goes the general way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lane {
    /// R / T.
    Maximise,
    /// (2T − R) / T.
    Linear,
}

impl Lane {
    fn of(definition: &IndicatorDefinition, annual: bool) -> Option<Self> {
        if annual || definition.aggregation() != Aggregation::Sum {
            return None;
        }
        match definition.polarity() {
            Polarity::Maximise => Some(Self::Maximise),
            Polarity::Minimise(MinimiseFormula::Linear) => Some(Self::Linear),
            _ => None,
        }
    }

    /// The achievement as a fraction `(n, t)` of one (n / t), from the slots' stored targets
    /// and realisations, and whether the slots stay on the lane (every target a value, every
    /// realisation recorded within range and allowed, the targets' sum above zero); where
    /// they do not, the fraction means nothing. Without a branch per period: the sums (which
    /// cannot overflow for inputs: at most twelve below 10¹³) wrap rather than trap when a
    /// mark is summed.
    #[inline]
    pub(crate) fn sums(
        self,
        targets: &[i64],
        realisations: &[i64],
        negative_ok: bool,
    ) -> (i64, i64, bool) {
        let (mut r, mut t, mut ok) = (0_i64, 0_i64, targets.len() == realisations.len());
        for (&target, &value) in targets.iter().zip(realisations) {
            ok &= (target != NOT_A_VALUE) & (value > LOOSE) & ((value >= 0) | negative_ok);
            r = r.wrapping_add(value);
            t = t.wrapping_add(target);
        }
        (self.numerator(r, t), t, ok & (t > 0))
    }

    /// [`Lane::sums`] for slots known to be on the lane: plain sums.
    #[inline]
    pub(crate) fn totals(self, targets: &[i64], realisations: &[i64]) -> (i64, i64) {
        // On the lane the sums cannot overflow; wrapping keeps a misuse from trapping.
        let r = realisations.iter().fold(0_i64, |a, v| a.wrapping_add(*v));
        let t = targets.iter().fold(0_i64, |a, v| a.wrapping_add(*v));
        (self.numerator(r, t), t)
    }

    /// The numerator over T: R, or 2T − R (wrapping, as the sums).
    const fn numerator(self, r: i64, t: i64) -> i64 {
        match self {
            Self::Maximise => r,
            Self::Linear => t.wrapping_mul(2).wrapping_sub(r),
        }
    }

    /// The raw figure in percent; none to go the general way.
    fn raw(self, targets: &[i64], realisations: &[i64], negative_ok: bool) -> Option<Raw> {
        let (n, t, on_lane) = self.sums(targets, realisations, negative_ok);
        on_lane.then(|| Raw::Ratio(n * 100, t))
    }
}

impl Compiled {
    pub(crate) fn new(definition: &IndicatorDefinition, scope: Span) -> Self {
        let limits = definition.limits();
        let floor = fixed::input(limits.floor.value());
        let cap = limits.cap.map(|c| fixed::input(c.value()));
        let fall_off = match definition.polarity() {
            Polarity::Stabilise { fall_off } => fixed::input(fall_off),
            _ => Some(0),
        };
        let annual = definition
            .annual_target()
            .filter(|_| scope.is_whole_year())
            .map(FixedTarget::of);
        let fast = floor.is_some()
            && cap.is_none_or(|c| c.is_some())
            && fall_off.is_some()
            && annual != Some(FixedTarget::Loose);
        Self {
            polarity: definition.polarity(),
            fall_off: fall_off.unwrap_or(0),
            floor: floor.unwrap_or(0),
            cap: cap.flatten(),
            aggregation: definition.aggregation(),
            missing: definition.missing(),
            negative_ok: definition.negative_realisations(),
            lane: Lane::of(definition, annual.is_some()),
            annual,
            fast,
        }
    }

    /// Whether the rules themselves fit the fast path.
    pub(crate) const fn is_fast(&self) -> bool {
        self.fast
    }

    /// The common case's short way, where the rules allow it.
    pub(crate) const fn lane(&self) -> Option<Lane> {
        self.lane
    }

    /// The floor and the cap (as inputs), and whether realisations may be negative.
    pub(crate) const fn limits(&self) -> (i64, Option<i64>, bool) {
        (self.floor, self.cap, self.negative_ok)
    }

    /// The achievement over the span from the slots' targets and realisations: `Some(None)`
    /// when every period dropped out; none where the fast path leaves it to `Decimal` (an
    /// error, a figure out of range, an exact tie after an inexact mean).
    ///
    /// The sums and numerators stay in 64 bits (inputs are below 10¹³ and a definition has at
    /// most twelve periods); only the products compared or divided widen to 128 bits, where
    /// two 64-bit factors cannot overflow.
    pub(crate) fn achievement(
        &self,
        targets: &[Target],
        values: &[i64],
        realisations: &[i64],
    ) -> Option<Option<Approx>> {
        if let Some(lane) = self.lane {
            if let Some(raw) = lane.raw(values, realisations, self.negative_ok) {
                return self.limited(raw, true).map(Some);
            }
        }
        let mut fold = Fold::new(self.aggregation);
        for (target, &cell) in targets.iter().zip(realisations) {
            let value = match (Cell::of(cell), self.missing) {
                (Cell::Fixed(v), _) => v,
                (Cell::Missing, MissingPolicy::Zero) => 0,
                (Cell::Missing, MissingPolicy::DropOut) => continue,
                (Cell::Missing, MissingPolicy::Error) | (Cell::Loose, _) => return None,
            };
            if value < 0 && !self.negative_ok {
                return None;
            }
            fold.add(FixedTarget::of(*target), value)?;
        }
        let Some((mut target, realisation, count)) = fold.finish() else {
            return Some(None);
        };
        let mut target_count = count;
        if let Some(annual) = self.annual {
            target = Goal::of(annual)?;
            target_count = 1;
        }
        // Realisation R = r / count and target T = t / target_count, on one denominator.
        let means_exact = exact_mean(realisation, count)
            && match target {
                Goal::Value(t) => exact_mean(t, target_count),
                Goal::Band(low, high) => {
                    exact_mean(low, target_count) && exact_mean(high, target_count)
                }
            };
        let r = realisation.checked_mul(target_count)?;
        let target = target.times(count)?;
        let denominator = count.checked_mul(target_count)?;
        let raw = raw(
            self.polarity,
            target,
            r,
            denominator,
            self.fall_off,
            means_exact,
        )?;
        self.limited(raw, means_exact).map(Some)
    }

    /// The raw figure held between floor and cap, as the `Decimal` path holds it.
    fn limited(&self, raw: Raw, means_exact: bool) -> Option<Approx> {
        // 100 % and 0 % are exact in `Decimal` however the means were made.
        let exact = means_exact || matches!(raw, Raw::Met(_));
        let limit = |value: i64| Approx::exact(i128::from(value) * GRID_PER_INPUT);
        let (numerator, denominator) = match raw {
            Raw::AtCap => return self.cap.map(limit),
            Raw::Met(true) => (100, 1),
            Raw::Met(false) => (0, 1),
            Raw::Ratio(n, d) => (n, d),
        };
        // raw against a limit L (an input): N × 10⁴ against L × D, each a product of two
        // 64-bit numbers, so exact in 128 bits.
        let left = i128::from(numerator) * INPUT_ONE;
        let against = |value: i64| -> Option<Ordering> {
            let order = left.cmp(&(i128::from(value) * i128::from(denominator)));
            (exact || order != Ordering::Equal).then_some(order)
        };
        if let Some(cap) = self.cap {
            if against(cap)? == Ordering::Greater {
                return Some(limit(cap));
            }
        }
        if against(self.floor)? == Ordering::Less {
            return Some(limit(self.floor));
        }
        let figure = Approx::ratio64(numerator, denominator)?;
        if exact {
            Some(figure)
        } else {
            figure.blurred()
        }
    }
}

/// Whether `sum / n` (inputs, n at most twelve periods) has at most the figures' places,
/// so that `Decimal` holds the mean exactly.
fn exact_mean(sum: i64, n: i64) -> bool {
    n == 1
        || sum
            .checked_rem(n)
            .and_then(|rest| rest.checked_mul(GRID_PER_INPUT_64))
            .and_then(|scaled| scaled.checked_rem(n))
            == Some(0)
}

/// A folded target, as inputs over the fold's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Goal {
    Value(i64),
    Band(i64, i64),
}

impl Goal {
    const fn of(target: FixedTarget) -> Option<Self> {
        match target {
            FixedTarget::Value(v) => Some(Self::Value(v)),
            FixedTarget::Band(low, high) => Some(Self::Band(low, high)),
            FixedTarget::Loose => None,
        }
    }

    fn times(self, n: i64) -> Option<Self> {
        Some(match self {
            Self::Value(v) => Self::Value(v.checked_mul(n)?),
            Self::Band(low, high) => Self::Band(low.checked_mul(n)?, high.checked_mul(n)?),
        })
    }
}

/// Folds periods as the `Decimal` path's folder does, on integers.
struct Fold {
    how: Aggregation,
    count: i64,
    target: Option<Goal>,
    realisation: i64,
}

impl Fold {
    const fn new(how: Aggregation) -> Self {
        Self {
            how,
            count: 0,
            target: None,
            realisation: 0,
        }
    }

    fn pick(&self, a: i64, b: i64) -> Option<i64> {
        Some(match self.how {
            Aggregation::Sum | Aggregation::Mean => a.checked_add(b)?,
            Aggregation::Last => b,
            Aggregation::Min => a.min(b),
            Aggregation::Max => a.max(b),
        })
    }

    fn add(&mut self, target: FixedTarget, realisation: i64) -> Option<()> {
        let target = Goal::of(target)?;
        self.realisation = if self.count == 0 {
            realisation
        } else {
            self.pick(self.realisation, realisation)?
        };
        self.target = Some(match (self.target, target) {
            (None, t) => t,
            (Some(Goal::Value(a)), Goal::Value(b)) => Goal::Value(self.pick(a, b)?),
            (Some(Goal::Band(a, b)), Goal::Band(c, d)) => {
                Goal::Band(self.pick(a, c)?, self.pick(b, d)?)
            }
            // Kinds never mix within one definition's checked targets.
            (Some(_), _) => return None,
        });
        self.count += 1;
        Some(())
    }

    /// Target, realisation and the count they are means over (1 unless a mean).
    fn finish(self) -> Option<(Goal, i64, i64)> {
        let n = if self.how == Aggregation::Mean {
            self.count
        } else {
            1
        };
        self.target.map(|t| (t, self.realisation, n))
    }
}

/// A raw achievement before the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Raw {
    /// 100 % when met, else 0 %.
    Met(bool),
    /// N / D percent, D above zero.
    Ratio(i64, i64),
    /// "Infinitely good" (T/R with R = 0): the cap, where there is one.
    AtCap,
}

/// The polarity's formula on R = `r` / m and T = `target` / m (inputs, m = `denominator`),
/// as `raw_achievement` computes it. A comparison that ties exactly after an inexact mean
/// gives none.
fn raw(
    polarity: Polarity,
    target: Goal,
    r: i64,
    denominator: i64,
    fall_off: i64,
    exact: bool,
) -> Option<Raw> {
    let compare = |a: i64, b: i64| -> Option<Ordering> {
        let order = a.cmp(&b);
        (exact || order != Ordering::Equal).then_some(order)
    };
    let hundred = |v: i64| v.checked_mul(100);
    match (polarity, target) {
        (Polarity::Maximise, Goal::Value(0)) | (Polarity::Milestone, Goal::Value(_)) => {
            let Goal::Value(t) = target else { return None };
            Some(Raw::Met(compare(r, t)? != Ordering::Less))
        }
        (Polarity::Maximise, Goal::Value(t)) => Some(Raw::Ratio(hundred(r)?, t)),
        (Polarity::Minimise(_), Goal::Value(0)) => {
            Some(Raw::Met(compare(r, 0)? != Ordering::Greater))
        }
        (Polarity::Minimise(MinimiseFormula::Linear), Goal::Value(t)) => {
            Some(Raw::Ratio(hundred(t.checked_mul(2)?.checked_sub(r)?)?, t))
        }
        (Polarity::Minimise(MinimiseFormula::Ratio), Goal::Value(t)) => {
            if compare(r, 0)? != Ordering::Greater {
                return Some(Raw::AtCap);
            }
            Some(Raw::Ratio(hundred(t)?, r))
        }
        (Polarity::Minimise(MinimiseFormula::Pp46Efficiency), Goal::Value(t)) => {
            // Efficiency within 24 % (100R ≥ 76T): (176T − 100R) / T; else 100R / T.
            let hundred_r = hundred(r)?;
            let within = compare(hundred_r, t.checked_mul(76)?)? != Ordering::Less;
            let numerator = if within {
                t.checked_mul(176)?.checked_sub(hundred_r)?
            } else {
                hundred_r
            };
            Some(Raw::Ratio(numerator, t))
        }
        (Polarity::Maximise | Polarity::Minimise(_), Goal::Band(low, high)) => {
            if compare(r, low)? == Ordering::Less {
                raw(polarity, Goal::Value(low), r, denominator, fall_off, exact)
            } else if compare(r, high)? == Ordering::Greater {
                raw(polarity, Goal::Value(high), r, denominator, fall_off, exact)
            } else {
                Some(Raw::Met(true))
            }
        }
        (Polarity::Stabilise { .. }, Goal::Band(low, high)) => {
            let distance = if compare(r, low)? == Ordering::Less {
                low.checked_sub(r)?
            } else if compare(r, high)? == Ordering::Greater {
                r.checked_sub(high)?
            } else {
                return Some(Raw::Met(true));
            };
            // 100 − (distance / m / 10⁴) × (fall_off / 10⁴), over m × 10⁸.
            let scale = denominator.checked_mul(INPUT_ONE_64 * INPUT_ONE_64)?;
            let loss = distance.checked_mul(fall_off)?;
            Some(Raw::Ratio(hundred(scale)?.checked_sub(loss)?, scale))
        }
        _ => None,
    }
}
