//! The inverse question: what realisation would reach a given band?

use super::band::{BandTable, Condition};
use super::error::BandError;
use super::error::{ScoringError, ScoringFormula};
use super::plan::ScoringPlan;
use crate::id::IndicatorId;
use crate::measure::{
    IndicatorDefinition, MeasureError, Measurements, MinimiseFormula, Polarity, Realisation, Target,
};
use crate::nip::EmployeeNumber;
use crate::num::Rounding;
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the inverse search varies and how finely.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::scoring::InverseQuery = serde_json::from_str(r#"
/// {
///   "indicator": "IKI-KUR-1",
///   "period": "2026-Q4",
///   "step": "1",
///   "rounding": {
///     "decimals": 2,
///     "mode": "half_up"
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct InverseQuery {
    /// The indicator whose realisation is varied.
    pub indicator: IndicatorId,
    /// The period whose realisation is varied.
    pub period: Period,
    /// The smallest meaningful change of the realisation (1 for counts, 0.01 for rates).
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub step: Decimal,
    /// The rounding of the reported achievement, which the band is read from.
    pub rounding: Rounding,
}

crate::objects_only::objects_only!(InverseQuery);

/// The band to reach, or higher: named by its label ([`BandGoal::label`]) or by a value it
/// holds ([`BandGoal::containing`]).
///
/// ```
/// # fn main() -> Result<(), kinerja::scoring::BandError> {
/// use kinerja::prelude::*;
/// use kinerja::evaluation::Pp30Rating;
/// use kinerja::regulation::pp_30_2019_bands;
/// use kinerja::scoring::BandGoal;
/// let bands = pp_30_2019_bands();
/// let good = BandGoal::label(&bands, &Pp30Rating::Good)?;
/// // The same band, named by a value in it (100 lies in Baik).
/// assert_eq!(BandGoal::containing(&bands, Decimal::from(100))?.band(), good.band());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct BandGoal<'a, L> {
    /// The table.
    pub table: &'a BandTable<L>,
    /// The least band that counts as reached, by its position (counted from 0, lowest first).
    #[deprecated(
        note = "name the band: `BandGoal::label(table, &label)` or `BandGoal::containing(table, value)`"
    )]
    pub band: usize,
}

#[allow(deprecated)] // the one place that reads and writes the position
impl<'a, L> BandGoal<'a, L> {
    /// The band of `table` labelled `label`, or higher.
    ///
    /// # Errors
    /// [`BandError::NoSuchLabel`] when no band of the table has this label.
    pub fn label(table: &'a BandTable<L>, label: &L) -> Result<Self, BandError>
    where
        L: PartialEq,
    {
        let band = table
            .bands()
            .iter()
            .position(|b| &b.label == label)
            .ok_or(BandError::NoSuchLabel)?;
        Ok(Self { table, band })
    }

    /// The band of `table` whose interval holds `value` (its conditions aside), or higher:
    /// `BandGoal::containing(&thresholds, Decimal::from(90))` for "the band 90 % falls in".
    ///
    /// # Errors
    /// [`BandError::OutOfDomain`] when `value` lies outside every band.
    pub fn containing(table: &'a BandTable<L>, value: Decimal) -> Result<Self, BandError> {
        let band = table
            .bands()
            .iter()
            .position(|b| b.contains(value))
            .ok_or(BandError::OutOfDomain { value })?;
        Ok(Self { table, band })
    }

    /// The band's position in its table (counted from 0, lowest first), as errors such as
    /// [`ScoringError::Unreachable`] name it.
    #[must_use]
    pub const fn band(&self) -> usize {
        self.band
    }
}

/// How far the search looks: 2⁶⁴ steps of the query's grid.
const STEPS: u128 = 1 << 64;

const INVERSE_OVERFLOW: ScoringError = ScoringError::Overflow {
    formula: ScoringFormula::InverseSearch,
};

/// The realisations on the query's grid (multiples of its step from zero) at which the
/// plan's reported achievement reaches the band: one run, or (for the PP 46/2011 time and
/// cost rule with a range target, which peaks twice) more, in order.
///
/// ```
/// use kinerja::scoring::{Reach, ReachRun};
/// use kinerja::Decimal;
/// let reach = Reach { runs: vec![ReachRun { from: Decimal::from(7), to: None }] };
/// assert_eq!(reach.least(), Decimal::from(7));
/// assert_eq!(reach.greatest(), None); // every realisation from 7 on reaches it
/// assert!(reach.contains(Decimal::from(700)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Reach {
    /// The runs of reaching realisations, in order, never touching.
    pub runs: Vec<ReachRun>,
}

crate::objects_only::objects_only!(Reach);

/// One run of reaching realisations: from `from` to `to`, both on the grid and included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ReachRun {
    /// The least realisation of the run.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub from: Decimal,
    /// The greatest; none when the run has no end (every realisation from `from` on
    /// reaches the band, as far as 2⁶⁴ steps).
    #[serde(with = "crate::decimal_text::optional")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub to: Option<Decimal>,
}

crate::objects_only::objects_only!(ReachRun);

impl Reach {
    /// The least reaching realisation: what a higher-is-better indicator must reach (zero
    /// for a reach of no run, which [`ScoringPlan::required_realisation`] never gives).
    #[must_use]
    pub fn least(&self) -> Decimal {
        self.runs.first().map_or(Decimal::ZERO, |run| run.from)
    }

    /// The greatest reaching realisation, what a lower-is-better indicator may not exceed;
    /// none when there is no such limit.
    #[must_use]
    pub fn greatest(&self) -> Option<Decimal> {
        self.runs.last().and_then(|run| run.to)
    }

    /// Whether `value` (on the grid) reaches the band.
    #[must_use]
    pub fn contains(&self, value: Decimal) -> bool {
        self.runs
            .iter()
            .any(|run| value >= run.from && run.to.is_none_or(|to| value <= to))
    }
}

impl ScoringPlan {
    /// The realisations of `query.indicator` in `query.period` (on the grid of `query.step`
    /// from zero) at which the plan's reported achievement over `scope` falls in the goal's
    /// band or higher, all other realisations as in `measurements`: for a higher-is-better
    /// indicator the least ([`Reach::least`]) is what must be reached, for a lower-is-better
    /// one the greatest ([`Reach::greatest`]) what may not be exceeded.
    ///
    /// Exact for every polarity, monotone or not: the achievement is monotone between the
    /// points where the indicator's folded realisation crosses its formula's turning
    /// points (none for maximise and minimise; where efficiency reaches 24 % under
    /// PP 46/2011; a range target's bounds), so each such piece is searched on its own.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::evaluation::Rating;
    /// use kinerja::regulation::default_result_thresholds;
    /// use kinerja::scoring::{BandGoal, InverseQuery};
    /// use kinerja::prelude::*;
    /// let year: Period = "2026".parse()?;
    /// let id = IndicatorId::new("IKI-KUR-1")?;
    /// let definition = IndicatorDefinition::builder(id.clone(), "sekolah", Polarity::Maximise)
    ///     .target(year, Target::value(80))
    ///     .build()?;
    /// let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![
    ///     PlannedResult::single(NodeId::new("RHK-KUR-1")?, definition),
    /// ])?;
    /// let measured = Measurements::new([Realisation::new(id.clone(), year, Decimal::from(60))])?;
    /// let query = InverseQuery { indicator: id, period: year, step: Decimal::ONE, rounding: Rounding::default() };
    /// // "As expected" starts at 90 % in the default thresholds: 90 % of 80 schools is 72.
    /// let thresholds = default_result_thresholds();
    /// let goal = BandGoal::label(&thresholds, &Rating::Meets)?;
    /// let reach = plan.required_realisation(year, &measured, &query, goal, |_| false)?;
    /// assert_eq!(reach.least(), Decimal::from(72));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ScoringError::Unreachable`] when no realisation on the grid reaches the band (the
    /// cap holds it down, the weight is zero, the step is not positive);
    /// [`ScoringError::NotInPlan`] when the plan has no such indicator; any scoring error of
    /// the plan other than a figure out of range at a probe (which does not reach).
    pub fn required_realisation<L>(
        &self,
        scope: impl Into<Span>,
        measurements: &Measurements,
        query: &InverseQuery,
        goal: BandGoal<'_, L>,
        holds: impl Fn(Condition) -> bool,
    ) -> Result<Reach, ScoringError> {
        let definition = self
            .results()
            .iter()
            .flat_map(|r| &r.indicators)
            .map(|i| &i.definition)
            .find(|d| d.id() == &query.indicator)
            .ok_or_else(|| ScoringError::NotInPlan {
                indicator: query.indicator.clone(),
            })?;
        let unreachable = || ScoringError::Unreachable {
            indicator: query.indicator.clone(),
            period: query.period,
            band: goal.band(),
        };
        if query.step <= Decimal::ZERO {
            return Err(unreachable());
        }
        let search = Search {
            plan: self,
            scope: scope.into(),
            measurements,
            query,
            reached: &|reported| goal.table.rank(reported, &holds) >= Some(goal.band()),
            definition,
        };
        let runs = search.runs()?;
        if runs.is_empty() {
            return Err(unreachable());
        }
        Ok(Reach { runs })
    }
}

/// Which way the achievement moves as the realisation grows, on one piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
}

/// Where a piece begins: the folded realisation reaches a turning point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// 100 × realisation ≥ `percent` × target (the PP 46/2011 turn, at 76 %).
    Percent(Decimal, Decimal),
    /// Realisation ≥ the bound.
    AtLeast(Decimal),
    /// Realisation > the bound.
    Above(Decimal),
}

impl Cut {
    fn passed(self, realisation: Decimal) -> bool {
        match self {
            Self::Percent(percent, target) => {
                match (
                    realisation.checked_mul(Decimal::ONE_HUNDRED),
                    percent.checked_mul(target),
                ) {
                    (Some(left), Some(right)) => left >= right,
                    // Far beyond any real figure: compare the ratio instead.
                    _ => realisation
                        .checked_div(target)
                        .and_then(|ratio| ratio.checked_mul(Decimal::ONE_HUNDRED))
                        .map_or(realisation.is_sign_positive(), |p| p >= percent),
                }
            }
            Self::AtLeast(bound) => realisation >= bound,
            Self::Above(bound) => realisation > bound,
        }
    }
}

/// The pieces of the achievement as a function of the folded realisation: where each
/// begins and which way it moves (`raw_achievement`'s formulas; floor, cap, weights and
/// rounding keep the direction).
fn pieces(polarity: Polarity, target: Target) -> Vec<(Option<Cut>, Direction)> {
    let turn = Decimal::from(76);
    match (polarity, target) {
        (Polarity::Minimise(MinimiseFormula::Pp46Efficiency), Target::Value(t))
            if t > Decimal::ZERO =>
        {
            vec![
                (None, Direction::Up),
                (Some(Cut::Percent(turn, t)), Direction::Down),
            ]
        }
        (Polarity::Minimise(MinimiseFormula::Pp46Efficiency), Target::Band { low, high }) => vec![
            (None, Direction::Up),
            (Some(Cut::Percent(turn, low)), Direction::Down),
            (Some(Cut::AtLeast(low)), Direction::Up),
            (Some(Cut::Above(high)), Direction::Down),
        ],
        (Polarity::Minimise(_), _) => pieces_without_turns(polarity),
        (Polarity::Stabilise { .. }, Target::Band { high, .. }) => {
            vec![
                (None, Direction::Up),
                (Some(Cut::Above(high)), Direction::Down),
            ]
        }
        _ => vec![(None, Direction::Up)],
    }
}

/// The pieces of a rule that does not turn on its target.
fn pieces_without_turns(polarity: Polarity) -> Vec<(Option<Cut>, Direction)> {
    match polarity {
        // T / R has no figure at R = 0 (the cap, if any, stands for it): that point alone,
        // then falling.
        Polarity::Minimise(MinimiseFormula::Ratio) => vec![
            (None, Direction::Up),
            (Some(Cut::Above(Decimal::ZERO)), Direction::Down),
        ],
        Polarity::Minimise(_) => vec![(None, Direction::Down)],
        _ => vec![(None, Direction::Up)],
    }
}

/// The search: probes of the plan with one realisation changed.
struct Search<'a> {
    plan: &'a ScoringPlan,
    scope: Span,
    measurements: &'a Measurements,
    query: &'a InverseQuery,
    reached: &'a dyn Fn(Decimal) -> bool,
    definition: &'a IndicatorDefinition,
}

impl Search<'_> {
    /// The runs of reaching steps, piece by piece.
    fn runs(&self) -> Result<Vec<ReachRun>, ScoringError> {
        let polarity = self.definition.polarity();
        // Only the rules that turn need the folded target (read at zero, where they have a
        // figure: T / R has none there, but never turns).
        let turns = matches!(
            polarity,
            Polarity::Minimise(MinimiseFormula::Pp46Efficiency) | Polarity::Stabilise { .. }
        );
        // (Ratio minimise turns at zero, which needs no target.)
        let pieces = match self.folded(0)?.0.filter(|_| turns) {
            Some(target) => pieces(polarity, target),
            None => pieces_without_turns(polarity),
        };
        // Where each piece begins, in steps; a piece whose turn is never passed is empty,
        // and so is every later one.
        let mut starts = Vec::new();
        let mut from = 0;
        for (cut, direction) in pieces {
            let start = match cut {
                None => Some(0),
                Some(cut) => self.least_where(from, |k| {
                    Ok(self.folded(k)?.1.is_some_and(|r| cut.passed(r)))
                })?,
            };
            let Some(start) = start else { break };
            starts.push((start, direction));
            from = start;
        }
        let mut runs: Vec<ReachRun> = Vec::new();
        for (i, &(start, direction)) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map(|&(next, _)| next);
            if end == Some(start) {
                continue;
            }
            if let Some((first, last)) = self.piece(start, end, direction)? {
                let run = ReachRun {
                    from: self.value(first)?,
                    to: last.map(|k| self.value(k)).transpose()?,
                };
                match runs.last_mut() {
                    // Touching runs of neighbouring pieces are one.
                    Some(previous)
                        if previous.to.and_then(|to| to.checked_add(self.query.step))
                            == Some(run.from) =>
                    {
                        previous.to = run.to;
                    }
                    _ => runs.push(run),
                }
            }
        }
        Ok(runs)
    }

    /// The reaching steps of the piece `[start, end)` (no end: to the search's end), which
    /// moves `direction`: a suffix of it when up, a prefix when down.
    fn piece(
        &self,
        start: u128,
        end: Option<u128>,
        direction: Direction,
    ) -> Result<Option<(u128, Option<u128>)>, ScoringError> {
        let last = end.map(|e| e.saturating_sub(1));
        match direction {
            Direction::Up => {
                if let Some(last) = last {
                    if !self.reaches(last)? {
                        return Ok(None);
                    }
                }
                // Beyond the piece the achievement may turn: the search stops at its end.
                let first = self.least_where(start, |k| {
                    Ok(last.is_some_and(|l| k >= l) || self.reaches(k)?)
                })?;
                Ok(first.map(|first| (first, last)))
            }
            Direction::Down => {
                if !self.reaches(start)? {
                    return Ok(None);
                }
                let beyond = self.least_where(start, |k| {
                    Ok(last.is_some_and(|l| k > l) || !self.reaches(k)?)
                })?;
                Ok(Some((start, beyond.map(|b| b.saturating_sub(1)))))
            }
        }
    }

    /// The least step from `from` on (below 2⁶⁴ steps) where `holds`, which once true stays
    /// true: doubling, then halving.
    fn least_where(
        &self,
        from: u128,
        holds: impl Fn(u128) -> Result<bool, ScoringError>,
    ) -> Result<Option<u128>, ScoringError> {
        if holds(from)? {
            return Ok(Some(from));
        }
        let (mut no, mut reach) = (from, 1_u128);
        let yes = loop {
            let probe = from.saturating_add(reach).min(STEPS);
            if holds(probe)? {
                break probe;
            }
            if probe >= STEPS {
                return Ok(None);
            }
            no = probe;
            reach = reach.saturating_mul(2);
        };
        let mut yes = yes;
        while yes - no > 1 {
            let mid = no + (yes - no) / 2;
            if holds(mid)? {
                yes = mid;
            } else {
                no = mid;
            }
        }
        Ok(Some(yes))
    }

    /// `k` steps as a realisation.
    fn value(&self, k: u128) -> Result<Decimal, ScoringError> {
        Decimal::try_from_i128_with_scale(i128::try_from(k).map_err(|_| INVERSE_OVERFLOW)?, 0)
            .ok()
            .and_then(|steps| steps.checked_mul(self.query.step))
            .ok_or(INVERSE_OVERFLOW)
    }

    /// The measurements with `k` steps as the query's realisation; none when the value is
    /// beyond `Decimal` (which reaches nothing).
    fn probe(&self, k: u128) -> Result<Option<Measurements>, ScoringError> {
        let Ok(value) = self.value(k) else {
            return Ok(None);
        };
        with_realisation(
            self.measurements,
            &self.query.indicator,
            self.plan.employee(),
            self.query.period,
            value,
        )
        .map(Some)
    }

    /// Whether `k` steps reach the band; a figure out of range (or T / R of nothing
    /// without a cap) reaches nothing.
    fn reaches(&self, k: u128) -> Result<bool, ScoringError> {
        let Some(probe) = self.probe(k)? else {
            return Ok(false);
        };
        match self.plan.achievement(self.scope, &probe) {
            Ok(achieved) => Ok((self.reached)(self.query.rounding.apply(achieved.value()))),
            Err(
                ScoringError::Overflow { .. }
                | ScoringError::Measure(
                    MeasureError::Overflow { .. } | MeasureError::ZeroRealisation { .. },
                ),
            ) => Ok(false),
            Err(other) => Err(other),
        }
    }

    /// The indicator's folded target and realisation over the scope at `k` steps.
    fn folded(&self, k: u128) -> Result<(Option<Target>, Option<Decimal>), ScoringError> {
        let Some(probe) = self.probe(k)? else {
            return Ok((None, None));
        };
        match self
            .definition
            .explain_achievement(self.scope, self.plan.readings(&probe))
        {
            Ok(trace) => Ok((trace.target, trace.realisation)),
            // A figure out of range (or T / R of nothing) has no turn to find here.
            Err(MeasureError::Overflow { .. } | MeasureError::ZeroRealisation { .. }) => {
                Ok((None, None))
            }
            Err(other) => Err(other.into()),
        }
    }
}

/// `measurements` with the realisation of `indicator` in `period` set to `value`: the
/// employee's own, for an employee's plan, or else the team's.
fn with_realisation(
    measurements: &Measurements,
    indicator: &IndicatorId,
    employee: Option<&EmployeeNumber>,
    period: Period,
    value: Decimal,
) -> Result<Measurements, ScoringError> {
    let mut realisations: Vec<Realisation> = measurements
        .all()
        .iter()
        .filter(|r| {
            !(r.indicator() == indicator && r.employee() == employee && r.period() == period)
        })
        .cloned()
        .collect();
    let probe = Realisation::new(indicator.clone(), period, value);
    realisations.push(match employee {
        Some(number) => probe.for_employee(*number),
        None => probe,
    });
    Ok(Measurements::new(realisations)?)
}
