//! One indicator's achievement on the fast path: the same reading, folding, formula and
//! limits as [`IndicatorDefinition::achievement`](crate::measure::IndicatorDefinition::achievement),
//! on scaled integers.
//!
//! Every formula is a ratio of integers, so limits are compared exactly. Where a mean of
//! periods is not exact in `Decimal`, the `Decimal` path's figure may differ from the exact
//! one in its last digits: the figure is then marked inexact, and a comparison that ties
//! exactly is left to `Decimal` (it may fall either way there).

use super::fixed::{self, Approx, INPUT_ONE};
use crate::measure::{
    Aggregation, IndicatorDefinition, MinimiseFormula, MissingPolicy, Polarity, Target,
};
use crate::period::Span;
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// A realisation as the fast path reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cell {
    /// Not recorded.
    Missing,
    /// Recorded, as an input (10⁻⁴).
    Fixed(i64),
    /// Recorded, outside the fast path's range.
    Loose,
}

impl Cell {
    pub(crate) fn of(value: Decimal) -> Self {
        fixed::input(value).map_or(Self::Loose, Self::Fixed)
    }
}

/// A target as the fast path reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FixedTarget {
    /// A value, as an input.
    Value(i64),
    /// A band, as inputs.
    Band(i64, i64),
    /// Outside the fast path's range.
    Loose,
}

impl FixedTarget {
    pub(crate) fn of(target: Target) -> Self {
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
            annual,
            fast,
        }
    }

    /// Whether the rules themselves fit the fast path.
    pub(crate) const fn is_fast(&self) -> bool {
        self.fast
    }

    /// The achievement over the span from the slots' targets and realisations: `Some(None)`
    /// when every period dropped out; none where the fast path leaves it to `Decimal` (an
    /// error, a figure out of range, an exact tie after an inexact mean).
    pub(crate) fn achievement(
        &self,
        targets: &[FixedTarget],
        realisations: &[Cell],
    ) -> Option<Option<Approx>> {
        let mut fold = Fold::new(self.aggregation);
        for (target, cell) in targets.iter().zip(realisations) {
            let value = match (cell, self.missing) {
                (Cell::Fixed(v), _) => *v,
                (Cell::Missing, MissingPolicy::Zero) => 0,
                (Cell::Missing, MissingPolicy::DropOut) => continue,
                (Cell::Missing, MissingPolicy::Error) | (Cell::Loose, _) => return None,
            };
            if value < 0 && !self.negative_ok {
                return None;
            }
            fold.add(*target, value)?;
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
        let exact = |sum: i128, n: i128| {
            n == 1
                || sum
                    .checked_mul(fixed::ten_to(8))
                    .is_some_and(|s| s % n == 0)
        };
        let means_exact = exact(realisation, count)
            && match target {
                Goal::Value(t) => exact(t, target_count),
                Goal::Band(low, high) => exact(low, target_count) && exact(high, target_count),
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
        let limit = |value: i64| Approx::exact(i128::from(value) * (fixed::ONE / INPUT_ONE));
        let (numerator, denominator) = match raw {
            Raw::AtCap => return self.cap.map(limit),
            Raw::Met(true) => (100, 1),
            Raw::Met(false) => (0, 1),
            Raw::Ratio(n, d) => (n, d),
        };
        // raw against a limit L (an input): N × 10⁴ against L × D.
        let against = |value: i64| -> Option<Ordering> {
            let left = numerator.checked_mul(INPUT_ONE)?;
            let right = i128::from(value).checked_mul(denominator)?;
            let order = left.cmp(&right);
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
        let figure = Approx::ratio(numerator, denominator)?;
        if exact {
            Some(figure)
        } else {
            figure.blurred()
        }
    }
}

/// A folded target, as inputs over the fold's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Goal {
    Value(i128),
    Band(i128, i128),
}

impl Goal {
    fn of(target: FixedTarget) -> Option<Self> {
        match target {
            FixedTarget::Value(v) => Some(Self::Value(i128::from(v))),
            FixedTarget::Band(low, high) => Some(Self::Band(i128::from(low), i128::from(high))),
            FixedTarget::Loose => None,
        }
    }

    fn times(self, n: i128) -> Option<Self> {
        Some(match self {
            Self::Value(v) => Self::Value(v.checked_mul(n)?),
            Self::Band(low, high) => Self::Band(low.checked_mul(n)?, high.checked_mul(n)?),
        })
    }
}

/// Folds periods as the `Decimal` path's folder does, on integers.
struct Fold {
    how: Aggregation,
    count: i128,
    target: Option<Goal>,
    realisation: i128,
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

    fn pick(&self, a: i128, b: i128) -> Option<i128> {
        Some(match self.how {
            Aggregation::Sum | Aggregation::Mean => a.checked_add(b)?,
            Aggregation::Last => b,
            Aggregation::Min => a.min(b),
            Aggregation::Max => a.max(b),
        })
    }

    fn add(&mut self, target: FixedTarget, realisation: i64) -> Option<()> {
        let target = Goal::of(target)?;
        let r = i128::from(realisation);
        self.realisation = if self.count == 0 {
            r
        } else {
            self.pick(self.realisation, r)?
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
    fn finish(self) -> Option<(Goal, i128, i128)> {
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
    Ratio(i128, i128),
    /// "Infinitely good" (T/R with R = 0): the cap, where there is one.
    AtCap,
}

/// The polarity's formula on R = `r` / m and T = `target` / m (inputs, m = `denominator`),
/// as `raw_achievement` computes it. A comparison that ties exactly after an inexact mean
/// gives none.
fn raw(
    polarity: Polarity,
    target: Goal,
    r: i128,
    denominator: i128,
    fall_off: i64,
    exact: bool,
) -> Option<Raw> {
    let compare = |a: i128, b: i128| -> Option<Ordering> {
        let order = a.cmp(&b);
        (exact || order != Ordering::Equal).then_some(order)
    };
    let hundred = |v: i128| v.checked_mul(100);
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
            let scale = denominator.checked_mul(fixed::ten_to(8))?;
            let loss = distance.checked_mul(i128::from(fall_off))?;
            Some(Raw::Ratio(hundred(scale)?.checked_sub(loss)?, scale))
        }
        _ => None,
    }
}
