//! A plan's structure shared by many employees, each with their own targets and
//! realisations: the scoring half of the batch.

use super::error::ScoringError;
use super::fixed::{self, Approx, FixedSum, INPUT_ONE_64};
use super::plan::ScoringPlan;
use super::policy::WeightPolicy;
use super::reporting::{Reporting, RoundingPoint};
use crate::id::IndicatorId;
use crate::measure::{Measurements, Realisation, Target, TargetRules};
use crate::num::{Percent, Rounding};
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use std::ops::Range;

mod exact;
mod filter;
mod indicator;
mod periods;
mod rounded;
#[cfg(test)]
mod tests;

use filter::{Filter, Shape};
use indicator::{Compiled, MISSING, cell_units, value_units};
pub(crate) use periods::PeriodPlan;
use rounded::RoundedLane;

/// A place in a [`SharedPlan`]'s figures: one indicator's target and realisation in one
/// period. Slots are numbered in the plan's order (results, then indicators, then periods).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot(usize);

impl Slot {
    /// The slot's position among the plan's slots, from 0.
    #[must_use]
    pub const fn index(self) -> usize {
        self.0
    }
}

/// Which arithmetic decided a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ScorePath {
    /// The fast path: a floating-point filter whose proven error bound keeps every rounding
    /// boundary out of reach, or else exact integer arithmetic on scaled values. Either way
    /// the figure is the exact one, as `Decimal` reports it.
    Fast,
    /// `Decimal`, as [`ScoringPlan::explain`] scores: outside the fast path's range, or too
    /// close to a rounding boundary for it to decide.
    Decimal,
}

impl crate::label::Labelled for ScorePath {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language;
        match (self, language) {
            (Self::Fast, Language::Indonesian) => "jalur cepat (hasil tetap eksak)",
            (Self::Decimal, Language::Indonesian) => "aritmetika desimal",
            (Self::Fast, Language::English) => "fast path (still exact)",
            (Self::Decimal, Language::English) => "decimal arithmetic",
        }
    }
}

/// A score as reported, and how it was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    /// The plan's achievement rounded by the reporting rule: the figure an appraisal
    /// reports and reads its rating from.
    pub reported: Percent,
    /// Which arithmetic decided it.
    pub path: ScorePath,
}

/// A scoring plan compiled once for a span, for scoring many employees who share its
/// structure (results, indicators, weights, polarities, limits) but not its figures: each
/// employee's targets and realisations live in a [`Figures`], reused from one employee to the
/// next so that a batch allocates nothing per employee.
///
/// [`SharedPlan::score`] gives exactly the figure [`ScoringPlan::explain`] reports for the
/// same plan and realisations (value and decimal places), by a fast path where it can decide
/// and by `Decimal` where it cannot (see [`ScorePath`]). The fast path first tries a
/// floating-point filter (for plans whose every indicator sums its periods against value
/// targets, maximised or minimised as (2T − R) / T, rounded only at the total): the figure in
/// `f64` with a rigorous bound on its error, reported only when no rounding boundary lies
/// within twice that bound. Otherwise exact integer arithmetic on scaled values decides, with
/// the same care at boundaries. The fast path takes
/// targets and realisations of at most four decimals below 10⁹, weights and limits of at most
/// four decimals, and reporting to at most ten decimals; anything else is scored by
/// `Decimal`, more slowly, never differently.
///
/// The plan's annual targets (where the span is the year) are the template's; per-employee
/// targets replace period targets.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{measure::Target, scoring::*, prelude::*};
/// use kinerja::Decimal;
/// let q1: Period = "2026-Q1".parse()?;
/// let definition = IndicatorDefinition::builder(IndicatorId::new("IKI-1")?, "dokumen", Polarity::Maximise)
///     .target(q1, Target::Value(Decimal::from(10)))
///     .build()?;
/// let template = ScoringPlan::new(WeightPolicy::Normalise, vec![PlannedResult {
///     node: NodeId::new("RHK-1")?, weight: Decimal::ONE, policy: WeightPolicy::Normalise,
///     indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition }],
/// }])?;
/// let shared = SharedPlan::new(template, q1)?;
/// let slot = shared.slot(&IndicatorId::new("IKI-1")?, q1).ok_or("no slot")?;
/// let mut figures = shared.figures();
/// figures.set_target(&shared, slot, Target::Value(Decimal::from(12)))?;
/// figures.set_realisation(slot, Decimal::from(11))?;
/// let scored = shared.score(&figures, Rounding::default())?;
/// assert_eq!(scored.reported.to_string(), "91.67"); // 11 / 12
/// assert_eq!(scored.path, ScorePath::Fast);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPlan {
    template: ScoringPlan,
    scope: Span,
    /// The due results, each with its due indicators.
    results: Vec<SharedResult>,
    /// Per slot: the indicator (index into the flat list) and the period.
    slots: Vec<(usize, Period)>,
    /// Every due indicator, in plan order.
    indicators: Vec<SharedIndicator>,
    /// The template's targets per slot, as given and as the lane reads them.
    targets: Vec<Target>,
    values: Vec<i64>,
    /// The plan's weights as inputs, when every one fits the fast path.
    fast: bool,
    /// The floating-point filter, when every indicator takes the common lane.
    filter: Option<Filter>,
    /// The exact lane for figures rounded at the indicators, when every indicator takes the
    /// common lane.
    rounded: Option<RoundedLane>,
}

/// A due result: where it sits in the template, its weight and its due indicators.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SharedResult {
    weight: i64,
    policy: WeightPolicy,
    indicators: Range<usize>,
}

/// A due indicator: where it sits in the template, its slots and its compiled rules.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SharedIndicator {
    result: usize,
    position: usize,
    weight: i64,
    slots: Range<usize>,
    rules: Compiled,
    targets: TargetRules,
}

/// One employee's targets and realisations on a [`SharedPlan`]'s slots. Made by
/// [`SharedPlan::figures`] with the plan's targets and no realisations; reset and refilled
/// for each employee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    targets: Vec<Target>,
    /// The targets as the lane reads them (see `indicator::value_units`).
    values: Vec<i64>,
    realisations: Vec<Option<Decimal>>,
    /// The realisations as the fast path reads them (see `indicator::cell_units`).
    cells: Vec<i64>,
    /// How many stored figures (targets and realisations) are below zero: a mark (missing,
    /// out of range, a band) or a negative realisation. The filter takes only figures with
    /// none, so that it need not look at each.
    off_lane: usize,
}

/// 1 when a stored figure keeps its slot off the filter's lane (see `Figures::off_lane`).
///
/// Counts are kept by adding the new figure's before taking the old one's (which the count
/// includes), so they never pass below zero.
fn off_lane(units: i64) -> usize {
    usize::from(units < 0)
}

/// Writes `figures` into the slots `first..` of a figure column (`cells`) and its lane units
/// (`units`), keeping the count off the lane (`off`) up to date. Refused whole, with
/// nothing written, when the slots run past the last.
fn write_slots<C, F: Copy>(
    (cells, units, off): (&mut [C], &mut [i64], &mut usize),
    first: usize,
    figures: &[F],
    cell_of: impl Fn(F) -> C,
    units_of: impl Fn(F) -> i64,
) -> Result<(), ScoringError> {
    let end = first.saturating_add(figures.len());
    let slots = cells.len();
    let (Some(cells), Some(units)) = (cells.get_mut(first..end), units.get_mut(first..end)) else {
        return Err(ScoringError::ForeignFigures {
            slots,
            expected: end,
        });
    };
    let mut count = *off;
    for ((cell, fixed), &figure) in cells.iter_mut().zip(units.iter_mut()).zip(figures) {
        *cell = cell_of(figure);
        let new = units_of(figure);
        count = count + off_lane(new) - off_lane(*fixed);
        *fixed = new;
    }
    *off = count;
    Ok(())
}

impl SharedPlan {
    /// Compiles `template` for scoring over `scope`.
    ///
    /// # Errors
    /// [`ScoringError::NothingDue`] when no indicator of the template has a target within
    /// `scope`.
    pub fn new(template: ScoringPlan, scope: impl Into<Span>) -> Result<Self, ScoringError> {
        let scope = scope.into();
        let mut fast = true;
        // A weight outside the fast path's range sends every employee to `Decimal`.
        let weight = |value: Decimal, fast: &mut bool| {
            let fixed = fixed::input(value).filter(|w| *w >= 0);
            *fast &= fixed.is_some();
            fixed.unwrap_or(0)
        };
        let (mut results, mut indicators, mut slots, mut targets) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (r, result) in template.results().iter().enumerate() {
            let first = indicators.len();
            for (position, planned) in result.indicators.iter().enumerate() {
                let definition = &planned.definition;
                if !definition.is_due(scope) {
                    continue;
                }
                let start = slots.len();
                for (&period, &target) in definition.targets().range(scope.period_range()) {
                    if scope.contains(&period) {
                        slots.push((indicators.len(), period));
                        targets.push(target);
                    }
                }
                let rules = Compiled::new(definition, scope);
                fast &= rules.is_fast();
                indicators.push(SharedIndicator {
                    result: r,
                    position,
                    weight: weight(planned.weight, &mut fast),
                    slots: start..slots.len(),
                    rules,
                    targets: definition.target_rules(),
                });
            }
            if indicators.len() > first {
                results.push(SharedResult {
                    weight: weight(result.weight, &mut fast),
                    policy: result.policy,
                    indicators: first..indicators.len(),
                });
            }
        }
        if results.is_empty() {
            return Err(ScoringError::NothingDue { scope });
        }
        let shape = if fast {
            filter_shape(template.policy(), &results, &indicators)
        } else {
            None
        };
        let rounded = shape.as_ref().and_then(RoundedLane::new);
        let filter = shape.and_then(Filter::new);
        Ok(Self {
            template,
            scope,
            results,
            slots,
            indicators,
            values: targets.iter().map(|t| value_units(*t)).collect(),
            targets,
            fast,
            filter,
            rounded,
        })
    }

    /// The span scored.
    #[must_use]
    pub const fn scope(&self) -> Span {
        self.scope
    }

    /// The plan the structure comes from, with its own targets.
    #[must_use]
    pub const fn template(&self) -> &ScoringPlan {
        &self.template
    }

    /// The number of slots.
    #[must_use]
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The slot of `indicator` in `period`; none when the indicator is not due in the span
    /// or has no target in that period.
    #[must_use]
    pub fn slot(&self, indicator: &IndicatorId, period: Period) -> Option<Slot> {
        self.slots
            .iter()
            .position(|&(i, p)| {
                p == period && self.definition_of(i).is_some_and(|d| d.id() == indicator)
            })
            .map(Slot)
    }

    /// Every slot with its indicator and period, in order.
    pub fn slots(&self) -> impl Iterator<Item = (Slot, &IndicatorId, Period)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(index, &(i, period))| {
                Some((Slot(index), self.definition_of(i)?.id(), period))
            })
    }

    /// The indicator and period of `slot`.
    #[must_use]
    pub fn slot_of(&self, slot: Slot) -> Option<(&IndicatorId, Period)> {
        let &(i, period) = self.slots.get(slot.0)?;
        Some((self.definition_of(i)?.id(), period))
    }

    /// Figures holding the template's targets and no realisation.
    #[must_use]
    pub fn figures(&self) -> Figures {
        Figures {
            values: self.values.clone(),
            targets: self.targets.clone(),
            realisations: vec![None; self.targets.len()],
            cells: vec![MISSING; self.targets.len()],
            off_lane: self.off_lane_targets() + self.targets.len(),
        }
    }

    /// How many of the template's targets are off the filter's lane.
    fn off_lane_targets(&self) -> usize {
        self.values.iter().map(|v| off_lane(*v)).sum()
    }

    fn definition_of(&self, indicator: usize) -> Option<&crate::measure::IndicatorDefinition> {
        let shared = self.indicators.get(indicator)?;
        let result = self.template.results().get(shared.result)?;
        Some(&result.indicators.get(shared.position)?.definition)
    }

    /// Checks `target` for `slot` of `figures` as the indicator's definition checks its
    /// targets; the slots of the slot's indicator.
    fn accept(
        &self,
        figures: &Figures,
        slot: Slot,
        target: Target,
    ) -> Result<Range<usize>, ScoringError> {
        self.check(figures)?;
        self.accept_in(slot, target)
    }

    /// [`SharedPlan::accept`] for figures already checked to be this plan's.
    fn accept_in(&self, slot: Slot, target: Target) -> Result<Range<usize>, ScoringError> {
        let foreign = || ScoringError::ForeignFigures {
            slots: self.slots.len(),
            expected: slot.0 + 1,
        };
        let &(i, period) = self.slots.get(slot.0).ok_or_else(foreign)?;
        let shared = self.indicators.get(i).ok_or_else(foreign)?;
        if !shared.targets.accept(target) {
            // The definition's own check names the rule broken.
            let definition = self.definition_of(i).ok_or_else(foreign)?;
            definition.check_replacement(period, target)?;
        }
        Ok(shared.slots.clone())
    }

    /// Refuses figures made for a plan of another shape.
    fn check(&self, figures: &Figures) -> Result<(), ScoringError> {
        if figures.targets.len() == self.slots.len() {
            Ok(())
        } else {
            Err(ScoringError::ForeignFigures {
                slots: figures.targets.len(),
                expected: self.slots.len(),
            })
        }
    }

    /// The plan's achievement on `figures`, rounded by `reporting` as an appraisal reports
    /// it: by the fast path (the filter, then exact integer arithmetic) where it decides, else
    /// by `Decimal` ([`SharedPlan::score_decimal`]). Every way gives the same figure.
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] for figures of another plan; otherwise as
    /// [`ScoringPlan::achievement`] on [`SharedPlan::scoring_plan`] and
    /// [`SharedPlan::measurements`].
    pub fn score(
        &self,
        figures: &Figures,
        reporting: impl Into<Reporting>,
    ) -> Result<Scored, ScoringError> {
        let reporting = reporting.into();
        self.check(figures)?;
        if let Some(reported) = self.fast_score(figures, reporting) {
            // Already rounded: applying the rule again only writes it with the rule's places.
            if let Some(reported) = Percent::reported(reporting.rounding.apply(reported)) {
                return Ok(Scored {
                    reported,
                    path: ScorePath::Fast,
                });
            }
        }
        Ok(Scored {
            reported: self.score_decimal(figures, reporting)?,
            path: ScorePath::Decimal,
        })
    }

    /// The same figure as [`SharedPlan::score`], by `Decimal` alone: the template with the
    /// employee's targets scored on their realisations, exactly as [`ScoringPlan::explain`]
    /// reports it.
    ///
    /// # Errors
    /// As [`SharedPlan::score`].
    pub fn score_decimal(
        &self,
        figures: &Figures,
        reporting: impl Into<Reporting>,
    ) -> Result<Percent, ScoringError> {
        let reporting = reporting.into();
        let plan = self.scoring_plan(figures)?;
        let measurements = self.measurements(figures)?;
        let exact = plan.score_readings(self.scope, (&measurements).into(), reporting)?;
        Ok(exact.round(reporting.rounding))
    }

    /// The template with the employee's targets: the plan to explain their score with
    /// ([`ScoringPlan::explain`] on [`SharedPlan::measurements`]).
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] for figures of another plan.
    pub fn scoring_plan(&self, figures: &Figures) -> Result<ScoringPlan, ScoringError> {
        self.check(figures)?;
        let mut plan = self.template.clone();
        for (slot, (&(i, period), &target)) in self.slots.iter().zip(&figures.targets).enumerate() {
            if self.targets.get(slot) == Some(&target) {
                continue;
            }
            if let Some(shared) = self.indicators.get(i) {
                plan.replace_target(shared.result, shared.position, period, target);
            }
        }
        Ok(plan)
    }

    /// The employee's realisations, as the team's realisations of the plan's indicators.
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] for figures of another plan.
    pub fn measurements(&self, figures: &Figures) -> Result<Measurements, ScoringError> {
        self.check(figures)?;
        let realisations =
            self.slots
                .iter()
                .zip(&figures.realisations)
                .filter_map(|(&(i, period), value)| {
                    let id = self.definition_of(i)?.id().clone();
                    value.map(|v| Realisation::new(id, period, v))
                });
        // One realisation per slot, and slots never repeat an indicator's period.
        Ok(Measurements::new(realisations)?)
    }

    /// The floating-point filter's figure (rounded only at the total), where the plan and
    /// the figures take it and it decides.
    fn filtered(&self, figures: &Figures, rounding: Rounding) -> Option<Decimal> {
        if figures.off_lane != 0 {
            return None;
        }
        self.filter
            .as_ref()?
            .score(&figures.values, &figures.cells, rounding)
    }

    /// The fast path: the reported figure, or none where it cannot decide.
    fn fast_score(&self, figures: &Figures, reporting: Reporting) -> Option<Decimal> {
        if !self.fast {
            return None;
        }
        if reporting.point == RoundingPoint::Total {
            if let Some(decided) = self.filtered(figures, reporting.rounding) {
                return Some(decided);
            }
        } else if let Some(lane) = &self.rounded {
            let steps = lane.score(&figures.values, &figures.cells, reporting);
            if let Some(steps) = steps.and_then(|s| s.rounded(reporting.rounding.mode())) {
                return Decimal::try_from_i128_with_scale(steps, reporting.rounding.decimals())
                    .ok();
            }
        }
        reported_figure(
            self.template.policy(),
            &self.results,
            &self.indicators,
            figures,
            reporting,
        )?
        .reported(reporting.rounding)
    }
}

/// The plan's achievement rounded by `reporting` as reported (an exact figure): from the
/// interval where it decides, else from the exact fraction ([`exact::exact_figure`]); none
/// where neither can.
fn reported_figure(
    policy: WeightPolicy,
    results: &[SharedResult],
    indicators: &[SharedIndicator],
    figures: &Figures,
    reporting: Reporting,
) -> Option<Approx> {
    let interval = integer_figure(policy, results, indicators, figures, reporting);
    if let Some(rounded) = interval.and_then(|figure| figure.rounded(reporting.rounding)) {
        return Some(rounded);
    }
    exact::exact_figure(policy, results, indicators, figures, reporting)?
        .rounded(reporting.rounding)
}

/// The plan's achievement by exact integer arithmetic (results over indicators over their
/// slots of `figures`), rounded where `reporting` rounds before the total but not at the
/// total; none where the fast path cannot decide.
fn integer_figure(
    policy: WeightPolicy,
    results: &[SharedResult],
    indicators: &[SharedIndicator],
    figures: &Figures,
    reporting: Reporting,
) -> Option<Approx> {
    let at = |point: RoundingPoint, figure: Approx| -> Option<Approx> {
        if reporting.point >= point {
            figure.rounded(reporting.rounding)
        } else {
            Some(figure)
        }
    };
    let mut plan = Mean::new(policy);
    for result in results {
        let mut mean = Mean::new(result.policy);
        for shared in indicators.get(result.indicators.clone())? {
            let achieved = shared.rules.achievement(
                figures.targets.get(shared.slots.clone())?,
                figures.values.get(shared.slots.clone())?,
                figures.cells.get(shared.slots.clone())?,
            )?;
            let counted = match achieved {
                Some(figure) => Some(at(RoundingPoint::Indicators, figure)?),
                None => None,
            };
            mean.add(shared.weight, counted)?;
        }
        let counted = match mean.finish()? {
            Some(figure) => Some(at(RoundingPoint::IndicatorsAndResults, figure)?),
            None => None,
        };
        plan.add(result.weight, counted)?;
    }
    plan.finish()?
}

/// The plan's shape for the filter, when every mean has a fixed divisor: all parts are
/// present on the lane, so a strict mean must already weigh a hundred.
fn filter_shape<'a>(
    policy: WeightPolicy,
    results: &[SharedResult],
    indicators: &'a [SharedIndicator],
) -> Option<Shape<'a>> {
    let hundred = 100 * fixed::INPUT_ONE_64;
    let divisor = |policy: WeightPolicy, all: i64| {
        (policy != WeightPolicy::Strict || all == hundred)
            .then(|| policy.divisor(all, all, hundred))
    };
    let mut shaped = Vec::new();
    let mut all = 0_i64;
    for result in results {
        let members = indicators
            .get(result.indicators.clone())
            .unwrap_or_default();
        let weights = members
            .iter()
            .try_fold(0_i64, |sum, i| sum.checked_add(i.weight));
        let own = weights.and_then(|w| divisor(result.policy, w))?;
        all = all.checked_add(result.weight)?;
        let members = members
            .iter()
            .map(|i| (&i.rules, i.weight, i.slots.clone()))
            .collect();
        shaped.push((result.weight, own, members));
    }
    Some(Shape {
        divisor: divisor(policy, all)?,
        results: shaped,
    })
}

/// The weights of a weighted mean under a policy, as [`WeightPolicy::combine`] counts them:
/// all of them, and those of the parts with a figure. Shared by the interval mean and the
/// exact one ([`exact`]), which differ only in how they add figures.
#[derive(Debug, Clone, Copy)]
struct MeanWeights {
    policy: WeightPolicy,
    all: i64,
    present: i64,
}

impl MeanWeights {
    const fn new(policy: WeightPolicy) -> Self {
        Self {
            policy,
            all: 0,
            present: 0,
        }
    }

    /// Counts a part's weight; none where a part without a figure is an error under the
    /// policy.
    fn count(&mut self, weight: i64, present: bool) -> Option<()> {
        self.all = self.all.checked_add(weight)?;
        if present {
            self.present = self.present.checked_add(weight)?;
        } else if self.policy != WeightPolicy::RenormalisePresent {
            return None;
        }
        Some(())
    }

    /// What the mean divides by: none wherever the `Decimal` path fails (no weight, or
    /// strict weights not totalling a hundred); `Some(None)` when every part dropped out
    /// under renormalise-present.
    fn divisor(self) -> Option<Option<i64>> {
        let hundred = 100 * INPUT_ONE_64;
        if self.all == 0 || (self.policy == WeightPolicy::Strict && self.all != hundred) {
            return None;
        }
        let divisor = self.policy.divisor(self.all, self.present, hundred);
        Some((divisor != 0).then_some(divisor))
    }
}

/// A weighted mean under a policy, as [`WeightPolicy::combine`] makes it; none wherever the
/// `Decimal` path would fail (the fast path then leaves the error to it).
struct Mean {
    weights: MeanWeights,
    sum: FixedSum,
}

impl Mean {
    const fn new(policy: WeightPolicy) -> Self {
        Self {
            weights: MeanWeights::new(policy),
            sum: FixedSum::ZERO,
        }
    }

    fn add(&mut self, weight: i64, figure: Option<Approx>) -> Option<()> {
        self.weights.count(weight, figure.is_some())?;
        match figure {
            Some(figure) => self.sum.add(weight, figure),
            None => Some(()),
        }
    }

    /// The mean: `Some(None)` when every part dropped out under renormalise-present.
    fn finish(self) -> Option<Option<Approx>> {
        match self.weights.divisor()? {
            Some(divisor) => self.sum.mean(divisor).map(Some),
            None => Some(None),
        }
    }
}

impl Figures {
    /// The number of slots.
    #[must_use]
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    /// Whether there are no slots (never, for figures of a plan with something due).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Back to `plan`'s targets and no realisation, keeping the memory for the next
    /// employee.
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] for figures of another plan.
    pub fn reset(&mut self, plan: &SharedPlan) -> Result<(), ScoringError> {
        plan.check(self)?;
        self.targets.copy_from_slice(&plan.targets);
        self.values.copy_from_slice(&plan.values);
        self.realisations.fill(None);
        self.cells.fill(MISSING);
        self.off_lane = plan.off_lane_targets() + self.cells.len();
        Ok(())
    }

    /// Records the realisation of `slot`.
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] when the slot is not one of these figures'.
    pub fn set_realisation(&mut self, slot: Slot, value: Decimal) -> Result<(), ScoringError> {
        self.set_realisations(slot, &[value])
    }

    /// Records the realisations of consecutive slots from `first` on, in slot order: the
    /// quick way to fill an employee's figures when they arrive in the plan's order.
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] when the slots run past these figures' last.
    pub fn set_realisations(
        &mut self,
        first: Slot,
        values: &[Decimal],
    ) -> Result<(), ScoringError> {
        let (cells, units) = (&mut self.realisations, &mut self.cells);
        write_slots(
            (cells, units, &mut self.off_lane),
            first.0,
            values,
            Some,
            cell_units,
        )
    }

    /// Removes the realisation of `slot` (it is then missing).
    pub fn clear_realisation(&mut self, slot: Slot) {
        if let Some(cell) = self.realisations.get_mut(slot.0) {
            *cell = None;
        }
        if let Some(fixed) = self.cells.get_mut(slot.0) {
            self.off_lane = self.off_lane + off_lane(MISSING) - off_lane(*fixed);
            *fixed = MISSING;
        }
    }

    /// Sets the employee's target of `slot`, checked as the indicator's definition checks
    /// its targets.
    ///
    /// # Errors
    /// [`ScoringError::ForeignFigures`] for a slot or figures of another plan;
    /// [`ScoringError::Measure`] ([`MeasureError::InvalidDefinition`](crate::measure::MeasureError::InvalidDefinition))
    /// for a target the definition refuses (wrong kind, negative, zero, bands out of order).
    pub fn set_target(
        &mut self,
        plan: &SharedPlan,
        slot: Slot,
        target: Target,
    ) -> Result<(), ScoringError> {
        plan.accept(self, slot, target)?;
        let (cells, units) = (&mut self.targets, &mut self.values);
        write_slots(
            (cells, units, &mut self.off_lane),
            slot.0,
            &[target],
            |t| t,
            value_units,
        )
    }

    /// Sets the employee's targets of consecutive slots from `first` on, in slot order, each
    /// checked as [`Figures::set_target`] checks it: the quick way to fill an employee's
    /// own targets when they arrive in the plan's order. All or nothing: when one target is
    /// refused, none is set.
    ///
    /// # Errors
    /// As [`Figures::set_target`], for the first target refused; [`ScoringError::ForeignFigures`]
    /// when the slots run past these figures' last.
    pub fn set_targets(
        &mut self,
        plan: &SharedPlan,
        first: Slot,
        targets: &[Target],
    ) -> Result<(), ScoringError> {
        plan.check(self)?;
        let end = first.0.saturating_add(targets.len());
        let places = plan.slots.get(first.0..end).unwrap_or_default();
        for (k, (&(i, _), &target)) in places.iter().zip(targets).enumerate() {
            let accepted = plan
                .indicators
                .get(i)
                .is_some_and(|s| s.targets.accept(target));
            if !accepted {
                // The slow way names the rule broken.
                plan.accept_in(Slot(first.0 + k), target)?;
            }
        }
        let (cells, units) = (&mut self.targets, &mut self.values);
        write_slots(
            (cells, units, &mut self.off_lane),
            first.0,
            targets,
            |t| t,
            value_units,
        )
    }

    /// Sets the employee's target of `slot`'s indicator in every period of the span (the
    /// common case of one target a quarter), checked once.
    ///
    /// # Errors
    /// As [`Figures::set_target`].
    pub fn set_target_every_period(
        &mut self,
        plan: &SharedPlan,
        slot: Slot,
        target: Target,
    ) -> Result<(), ScoringError> {
        let range = plan.accept(self, slot, target)?;
        let fixed = value_units(target);
        let slots = self.len();
        let (Some(targets), Some(values)) = (
            self.targets.get_mut(range.clone()),
            self.values.get_mut(range),
        ) else {
            return Err(ScoringError::ForeignFigures {
                slots,
                expected: slot.0 + 1,
            });
        };
        targets.fill(target);
        let before: usize = values.iter().map(|v| off_lane(*v)).sum();
        values.fill(fixed);
        self.off_lane = self.off_lane + values.len() * off_lane(fixed) - before;
        Ok(())
    }

    /// The target of `slot`.
    #[must_use]
    pub fn target(&self, slot: Slot) -> Option<Target> {
        self.targets.get(slot.0).copied()
    }

    /// The realisation of `slot`, if recorded.
    #[must_use]
    pub fn realisation(&self, slot: Slot) -> Option<Decimal> {
        self.realisations.get(slot.0).copied().flatten()
    }
}
