//! The plan over one period of its span alone, read from the span's own figures: how a
//! batch rates a year by the mean of its periods without remaking the plan or copying an
//! employee's figures.

use super::fixed::{Approx, FixedSum, INPUT_ONE_64};
use super::rounded::{RoundedLane, Steps};
use super::{Compiled, Figures, Reporting, SharedIndicator, SharedPlan, SharedResult};
use super::{filter_shape, integer_figure, reported_figure};
use crate::period::{Period, Span};
use rust_decimal::Decimal;

/// A [`SharedPlan`]'s results and indicators due in one period, each indicator pointing at
/// the plan's slots that fall in the period, with its rules compiled for the period alone
/// (so an annual target does not replace the period's figures).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PeriodPlan {
    period: Period,
    results: Vec<SharedResult>,
    indicators: Vec<SharedIndicator>,
    /// Whether the fast path takes the period: its plan's weights and rules fit it, and
    /// each indicator's slots in the period lie side by side.
    fast: bool,
    /// The exact lane for figures rounded at the indicators, where every indicator takes
    /// the common lane.
    rounded: Option<RoundedLane>,
}

impl PeriodPlan {
    /// The period.
    pub(crate) const fn period(&self) -> Period {
        self.period
    }
}

impl SharedPlan {
    /// The plan over `period` alone, on this plan's slots.
    pub(crate) fn period_plan(&self, period: Period) -> PeriodPlan {
        let span = Span::from(period);
        let mut fast = self.fast;
        let (mut results, mut indicators) = (Vec::new(), Vec::new());
        for result in &self.results {
            let first = indicators.len();
            let members = self
                .indicators
                .get(result.indicators.clone())
                .unwrap_or_default();
            for (offset, shared) in members.iter().enumerate() {
                let Some(definition) = self.definition_of(result.indicators.start + offset) else {
                    continue;
                };
                if !definition.is_due(span) {
                    continue;
                }
                let within: Vec<usize> = shared
                    .slots
                    .clone()
                    .filter(|&slot| {
                        self.slots
                            .get(slot)
                            .is_some_and(|&(_, at)| span.contains(&at))
                    })
                    .collect();
                let (start, end) = match (within.first(), within.last()) {
                    (Some(&start), Some(&last)) => (start, last + 1),
                    _ => (0, 0),
                };
                // The fast path reads an indicator's slots as one run.
                fast &= !within.is_empty() && end - start == within.len();
                let rules = Compiled::new(definition, span);
                fast &= rules.is_fast();
                indicators.push(SharedIndicator {
                    result: shared.result,
                    position: shared.position,
                    weight: shared.weight,
                    slots: start..end,
                    rules,
                    targets: shared.targets,
                });
            }
            if indicators.len() > first {
                results.push(SharedResult {
                    weight: result.weight,
                    policy: result.policy,
                    indicators: first..indicators.len(),
                });
            }
        }
        let fast = fast && !results.is_empty();
        let rounded = if fast {
            filter_shape(self.template.policy(), &results, &indicators)
                .as_ref()
                .and_then(RoundedLane::new)
        } else {
            None
        };
        PeriodPlan {
            period,
            fast,
            rounded,
            results,
            indicators,
        }
    }

    /// The achievement over `period`'s plan on `figures` (this plan's, as the caller
    /// checked), rounded where `reporting` rounds before the total but not at the total, by
    /// exact integer arithmetic; none where the fast path cannot decide (the `Decimal` path
    /// then scores).
    fn period_figure(
        &self,
        period: &PeriodPlan,
        figures: &Figures,
        reporting: Reporting,
    ) -> Option<Approx> {
        if !period.fast {
            return None;
        }
        integer_figure(
            self.template.policy(),
            &period.results,
            &period.indicators,
            figures,
            reporting,
        )
    }
}

impl SharedPlan {
    /// The achievement over `period`'s plan on `figures`, rounded by `reporting` as the
    /// period's evaluation reports it (an exact figure), by the fast path; none where it
    /// cannot decide.
    fn period_reported(
        &self,
        period: &PeriodPlan,
        figures: &Figures,
        reporting: Reporting,
    ) -> Option<Approx> {
        if !period.fast {
            return None;
        }
        reported_figure(
            self.template.policy(),
            &period.results,
            &period.indicators,
            figures,
            reporting,
        )
    }

    /// The mean of the achievements over `periods` (each alone, and each first rounded as
    /// reported where `each` says) on `figures`, rounded by `reporting`: the figure an annual
    /// evaluation by the mean of periods reports, by the fast path (the exact lane where the
    /// indicators are rounded, else exact integer arithmetic); none where it cannot decide.
    pub(crate) fn mean_of_periods(
        &self,
        periods: &[PeriodPlan],
        each: bool,
        figures: &Figures,
        reporting: Reporting,
    ) -> Option<Decimal> {
        if self.check(figures).is_err() || periods.is_empty() {
            return None;
        }
        if let Some(reported) = self.lane_mean(periods, each, figures, reporting) {
            return Some(reported);
        }
        let mut sum = FixedSum::ZERO;
        for period in periods {
            let counted = if each {
                self.period_reported(period, figures, reporting)?
            } else {
                self.period_figure(period, figures, reporting)?
            };
            sum.add(INPUT_ONE_64, counted)?;
        }
        let count = i64::try_from(periods.len())
            .ok()?
            .checked_mul(INPUT_ONE_64)?;
        sum.mean(count)?.reported(reporting.rounding)
    }

    /// [`SharedPlan::mean_of_periods`] on the exact lane, where every period takes it (and,
    /// unrounded, the periods' figures share one denominator).
    fn lane_mean(
        &self,
        periods: &[PeriodPlan],
        each: bool,
        figures: &Figures,
        reporting: Reporting,
    ) -> Option<Decimal> {
        let mode = reporting.rounding.mode();
        let count = i128::try_from(periods.len()).ok()?;
        let mut numerator = 0_i128;
        let mut denominator = None;
        for period in periods {
            let steps =
                period
                    .rounded
                    .as_ref()?
                    .score(&figures.values, &figures.cells, reporting)?;
            if each {
                numerator = numerator.checked_add(steps.rounded(mode)?)?;
            } else {
                if *denominator.get_or_insert(steps.denominator) != steps.denominator {
                    return None;
                }
                numerator = numerator.checked_add(steps.numerator)?;
            }
        }
        let mean = Steps {
            numerator,
            denominator: denominator.unwrap_or(1).checked_mul(count)?,
        };
        Decimal::try_from_i128_with_scale(mean.rounded(mode)?, reporting.rounding.decimals()).ok()
    }
}
