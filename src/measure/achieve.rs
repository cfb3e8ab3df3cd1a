//! From realisations to an achievement over a period, with the trace that explains it.

use super::definition::{Aggregation, IndicatorDefinition, MissingPolicy};
use super::error::{MeasureError, MeasureFormula};
use super::polarity::{FormulaFault, Target, raw_achievement};
use crate::decimal_text;
use crate::measure::{Readings, Realisation};
use crate::num::Percent;
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How a period's realisation was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reading {
    /// As recorded.
    Measured,
    /// Missing, counted as zero by the missing-value policy.
    MissingAsZero,
    /// Missing, left out by the missing-value policy.
    MissingDropped,
}

/// One period's part in an achievement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct PeriodTrace {
    /// The period.
    pub period: Period,
    /// Its target.
    pub target: Target,
    /// Its realisation, if recorded.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "decimal_text::optional"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub realisation: Option<Decimal>,
    /// The evidence reference of the realisation, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// How it was read.
    pub reading: Reading,
}

crate::objects_only::objects_only!(PeriodTrace);

/// Which limit an achievement was held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Clamp {
    /// Raised to the floor.
    Floor,
    /// Lowered to the cap (also: T/R with R = 0, "infinitely good", stands at the cap).
    Cap,
}

impl crate::label::Labelled for Clamp {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language;
        match (self, language) {
            (Self::Floor, Language::Indonesian) => "dinaikkan ke batas bawah",
            (Self::Cap, Language::Indonesian) => "dibatasi pada batas atas",
            (Self::Floor, Language::English) => "raised to the floor",
            (Self::Cap, Language::English) => "held to the cap",
        }
    }
}

/// The numbers of an achievement, without the per-period detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Evaluated {
    /// The target over the scope (aggregated, or the annual target); none if dropped out.
    pub target: Option<Target>,
    /// The realisation over the scope; none if dropped out.
    pub realisation: Option<Decimal>,
    /// The formula's result before floor and cap.
    pub raw: Option<Decimal>,
    /// Which limit applied, if any.
    pub clamped: Option<Clamp>,
    /// The achievement; none when every period dropped out.
    pub achievement: Option<Percent>,
}

impl Evaluated {
    /// Every period dropped out: nothing to score.
    const NOTHING_MEASURED: Self = Self {
        target: None,
        realisation: None,
        raw: None,
        clamped: None,
        achievement: None,
    };
}

impl IndicatorDefinition {
    /// The achievement (capaian) over `scope`: the periods of the target schedule that lie
    /// in `scope` are read from `readings` (the team's realisations from `&Measurements`, or
    /// an employee's from [`Measurements::for_employee`](super::Measurements::for_employee)),
    /// made one value by the definition's
    /// aggregation (the annual target replaces the aggregate target when `scope` is the
    /// year), put through the polarity's formula and held within floor and cap.
    ///
    /// `None` means every period dropped out under [`MissingPolicy::DropOut`].
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::measure::{IndicatorDefinition, Measurements, Polarity, Realisation, Target};
    /// use kinerja::prelude::*;
    /// use kinerja::Decimal;
    /// let year: Period = "2026".parse()?;
    /// let id = IndicatorId::new("IKI-CAMAT-1")?;
    /// let satisfaction = IndicatorDefinition::builder(id.clone(), "indeks", Polarity::Maximise)
    ///     .target(year, Target::Value(Decimal::from(80)))
    ///     .build()?;
    /// let measured = Measurements::new([Realisation::new(id, year, Decimal::from(84))])?;
    /// // 84 against a target of 80, higher being better: 84 / 80 = 105 %.
    /// let achievement = satisfaction.achievement(year, &measured)?;
    /// assert_eq!(achievement.map(|a| a.value()), Some(Decimal::from(105)));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`MeasureError`] naming the indicator and period: a missing realisation under
    /// [`MissingPolicy::Error`], a negative realisation where none is allowed, a
    /// realisation for a period with no target, no target within `scope`, T/R with a zero
    /// realisation and no cap, or overflow.
    pub fn achievement<'a>(
        &self,
        scope: impl Into<Span>,
        readings: impl Into<Readings<'a>>,
    ) -> Result<Option<Percent>, MeasureError> {
        Ok(self
            .evaluate(scope.into(), readings.into(), None)?
            .achievement)
    }

    /// A realisation written with more decimals than the indicator's figures may have
    /// (`1.200` for a count of documents), refused where records enter an appraisal
    /// (`appraise`; the agency checks report it first, as `InputProblem::TooManyDecimals`).
    /// The computations below (an achievement, a plan's score and its explanation, the
    /// batch) work on the figures given, so that they agree with each other.
    pub(crate) fn refuse_imprecise(&self, readings: Readings<'_>) -> Result<(), MeasureError> {
        let (own, team) = readings.of(self.id());
        // Worked out once: a unit's default is found by comparing it with every whole unit.
        let decimals = self.decimals();
        match own
            .iter()
            .chain(team)
            .find(|r| super::decimals::too_many(r.value(), decimals))
        {
            Some(r) => Err(MeasureError::RealisationDecimals {
                indicator: self.id().clone(),
                period: r.period(),
                value: r.value(),
                decimals: self.decimals(),
            }),
            None => Ok(()),
        }
    }

    /// [`IndicatorDefinition::achievement`] with its full trace: every period's target,
    /// realisation, evidence and reading, the aggregates, the formula's raw result and the
    /// limit applied.
    ///
    /// # Errors
    /// As [`IndicatorDefinition::achievement`].
    pub fn explain_achievement<'a>(
        &self,
        scope: impl Into<Span>,
        readings: impl Into<Readings<'a>>,
    ) -> Result<AchievementTrace, MeasureError> {
        let (own, team) = readings.into().of(self.id());
        self.explain_runs(scope.into(), own, team)
    }

    /// [`IndicatorDefinition::explain_achievement`] on this indicator's realisations given
    /// directly: the employee's own (empty for the team's) and the team's, each by period.
    /// The roll-up's figures are read this way, without a `Measurements` made of them.
    pub(crate) fn explain_runs(
        &self,
        scope: Span,
        own: &[Realisation],
        team: &[Realisation],
    ) -> Result<AchievementTrace, MeasureError> {
        let mut periods = Vec::new();
        let evaluated = self.evaluate_runs(scope, own, team, Some(&mut periods))?;
        Ok(AchievementTrace {
            indicator: self.id().clone(),
            unit: self.unit().to_owned(),
            polarity: self.polarity(),
            scope,
            aggregation: self.aggregation(),
            periods,
            target: evaluated.target,
            realisation: evaluated.realisation,
            raw: evaluated.raw,
            floor: self.limits().floor,
            cap: self.limits().cap,
            clamped: evaluated.clamped,
            achievement: evaluated.achievement,
        })
    }

    /// The shared computation; records per-period detail only when asked, so the batch path
    /// allocates nothing.
    pub(crate) fn evaluate(
        &self,
        scope: Span,
        readings: Readings<'_>,
        trace: Option<&mut Vec<PeriodTrace>>,
    ) -> Result<Evaluated, MeasureError> {
        // One look-up for the indicator; its periods are then found in short sorted slices.
        let (own, team) = readings.of(self.id());
        self.evaluate_runs(scope, own, team, trace)
    }

    /// [`IndicatorDefinition::evaluate`] on this indicator's realisations given directly.
    fn evaluate_runs(
        &self,
        scope: Span,
        own: &[Realisation],
        team: &[Realisation],
        trace: Option<&mut Vec<PeriodTrace>>,
    ) -> Result<Evaluated, MeasureError> {
        let folded = self.fold_periods(scope, own, team, trace);
        // A realisation in scope for a period without a target is refused before anything
        // the fold finds: the fold counts the realisations its targets read, and only a
        // count short of those in scope (or a failed fold) needs the search that names the
        // first stray (a search of the targets for every realisation was a tenth of an
        // organisation's achievement).
        let in_scope = own
            .iter()
            .chain(team)
            .filter(|r| scope.contains(&r.period()))
            .count();
        if folded.as_ref().map_or(true, |&(_, read)| read < in_scope) {
            self.refuse_untargeted(scope, own.iter().chain(team))?;
        }
        let (folder, _) = folded?;
        self.conclude(scope, folder)
    }

    /// The folded periods made one achievement: the aggregate (or the annual target over
    /// the whole year) through the polarity's formula.
    fn conclude(&self, scope: Span, folder: Folder) -> Result<Evaluated, MeasureError> {
        let Some((mut target, realisation)) = folder
            .finish()
            .map_err(|()| overflow(self.id(), scope, MeasureFormula::Aggregation))?
        else {
            return Ok(Evaluated::NOTHING_MEASURED);
        };
        if let (Some(annual), true) = (self.annual_target(), scope.is_whole_year()) {
            target = annual;
        }
        self.achieve(scope, target, realisation)
    }

    /// A realisation within `scope` for a period the indicator has no target for.
    fn refuse_untargeted<'r>(
        &self,
        scope: Span,
        mut recorded: impl Iterator<Item = &'r Realisation>,
    ) -> Result<(), MeasureError> {
        match recorded
            .find(|r| scope.contains(&r.period()) && !self.targets().contains_key(&r.period()))
        {
            Some(stray) => Err(MeasureError::UntargetedPeriod {
                indicator: self.id().clone(),
                period: stray.period(),
            }),
            None => Ok(()),
        }
    }

    /// Each target period within `scope`, read under the missing-value policy (the
    /// employee's own figure first, then the team's) and folded into one target and
    /// realisation; with how many of `own` and `team` lie in a target period in scope.
    fn fold_periods(
        &self,
        scope: Span,
        own: &[Realisation],
        team: &[Realisation],
        mut trace: Option<&mut Vec<PeriodTrace>>,
    ) -> Result<(Folder, usize), MeasureError> {
        let id = self.id();
        let mut folder = Folder::new(self.aggregation());
        let mut any_in_scope = false;
        // The targets come in period order, as the realisations lie: one walk through each.
        let (mut own, mut team) = (Cursor(own), Cursor(team));
        let mut read = 0;
        for (&period, &target) in self.targets().range(scope.period_range()) {
            if !scope.contains(&period) {
                continue;
            }
            any_in_scope = true;
            let (mine, teams) = (own.at(period), team.at(period));
            read += usize::from(mine.is_some()) + usize::from(teams.is_some());
            let recorded = mine.or(teams);
            let (value, reading) = self.read(period, recorded)?;
            if let Some(v) = value {
                folder
                    .add(target, v)
                    .ok_or_else(|| overflow(id, period.into(), MeasureFormula::Aggregation))?;
            }
            if let Some(periods) = trace.as_deref_mut() {
                periods.push(PeriodTrace {
                    period,
                    target,
                    realisation: recorded.map(|r| r.value()),
                    evidence: recorded.and_then(|r| r.evidence().map(str::to_owned)),
                    reading,
                });
            }
        }
        if !any_in_scope {
            return Err(MeasureError::NoTargetInScope {
                indicator: id.clone(),
                period: scope,
            });
        }
        Ok((folder, read))
    }

    /// The value one period counts with: the recorded figure, or what the missing-value
    /// policy makes of its absence (none when it drops out).
    fn read(
        &self,
        period: Period,
        recorded: Option<&Realisation>,
    ) -> Result<(Option<Decimal>, Reading), MeasureError> {
        let (value, reading) = match (recorded, self.missing()) {
            (Some(r), _) => (Some(r.value()), Reading::Measured),
            (None, MissingPolicy::Error) => {
                return Err(MeasureError::MissingRealisation {
                    indicator: self.id().clone(),
                    period,
                });
            }
            (None, MissingPolicy::Zero) => (Some(Decimal::ZERO), Reading::MissingAsZero),
            (None, MissingPolicy::DropOut) => (None, Reading::MissingDropped),
        };
        match value {
            Some(v) if v < Decimal::ZERO && !self.negative_realisations() => {
                Err(MeasureError::NegativeRealisation {
                    indicator: self.id().clone(),
                    period,
                    value: v,
                })
            }
            _ => Ok((value, reading)),
        }
    }

    /// The polarity's formula on the folded figures, held between the floor and the cap.
    fn achieve(
        &self,
        scope: Span,
        target: Target,
        realisation: Decimal,
    ) -> Result<Evaluated, MeasureError> {
        let id = self.id();
        let limits = self.limits();
        let (raw, at_cap) = match raw_achievement(self.polarity(), target, realisation) {
            Ok(raw) => (raw, false),
            // T/R of a zero realisation is "infinitely good": the cap, where there is one.
            Err(FormulaFault::ZeroRealisation) => match limits.cap {
                Some(cap) => (cap.value(), true),
                None => {
                    return Err(MeasureError::ZeroRealisation {
                        indicator: id.clone(),
                        period: scope,
                    });
                }
            },
            // Beyond `Decimal`'s range the rules still answer: above every cap, the cap;
            // below every floor (a percent, so never negative), the floor.
            Err(FormulaFault::Beyond(true)) => match limits.cap {
                Some(cap) => (cap.value(), true),
                None => return Err(overflow(id, scope, MeasureFormula::Achievement)),
            },
            Err(FormulaFault::Beyond(false)) => {
                return Ok(Evaluated {
                    target: Some(target),
                    realisation: Some(realisation),
                    raw: Some(limits.floor.value()),
                    clamped: Some(Clamp::Floor),
                    achievement: Some(limits.floor),
                });
            }
            Err(FormulaFault::Overflow) => {
                return Err(overflow(id, scope, MeasureFormula::Achievement));
            }
            Err(FormulaFault::TargetKind) => {
                return Err(MeasureError::TargetKind {
                    indicator: id.clone(),
                });
            }
        };
        let (achievement, clamped) = match limits.cap {
            Some(cap) if at_cap || raw > cap.value() => (cap, Some(Clamp::Cap)),
            _ if raw < limits.floor.value() => (limits.floor, Some(Clamp::Floor)),
            // At or above the floor, which is a percent: never negative.
            _ => (
                Percent::new(raw).map_err(|_| {
                    debug_assert!(false, "an achievement below a non-negative floor");
                    overflow(id, scope, MeasureFormula::Achievement)
                })?,
                None,
            ),
        };
        Ok(Evaluated {
            target: Some(target),
            realisation: Some(realisation),
            raw: Some(raw),
            clamped,
            achievement: Some(achievement),
        })
    }
}

/// A walk through a run of one indicator's realisations sorted by period, asked for
/// periods in increasing order: each realisation is passed over once, where a search per
/// period compared periods a dozen times.
struct Cursor<'r>(&'r [Realisation]);

impl<'r> Cursor<'r> {
    /// The realisation of `period`, if recorded; the ones before it are left behind.
    fn at(&mut self, period: Period) -> Option<&'r Realisation> {
        while let Some((first, rest)) = self.0.split_first() {
            // Equality first: it is the usual case, and cheaper than the order.
            if first.period() == period {
                self.0 = rest;
                return Some(first);
            }
            if first.period() > period {
                return None;
            }
            self.0 = rest;
        }
        None
    }
}

fn overflow(
    indicator: &crate::id::IndicatorId,
    period: Span,
    formula: MeasureFormula,
) -> MeasureError {
    MeasureError::Overflow {
        indicator: indicator.clone(),
        period,
        formula,
    }
}

/// Folds period targets and realisations into one pair, without allocating.
struct Folder {
    how: Aggregation,
    count: u32,
    target: Option<Target>,
    realisation: Decimal,
}

impl Folder {
    const fn new(how: Aggregation) -> Self {
        Self {
            how,
            count: 0,
            target: None,
            realisation: Decimal::ZERO,
        }
    }

    /// Adds one period; `None` on overflow.
    fn add(&mut self, target: Target, realisation: Decimal) -> Option<()> {
        let first = self.count == 0;
        self.count = self.count.checked_add(1)?;
        let pick = |a: Decimal, b: Decimal| -> Option<Decimal> {
            Some(match self.how {
                Aggregation::Sum | Aggregation::Mean => a.checked_add(b)?,
                Aggregation::Last => b,
                Aggregation::Min => a.min(b),
                Aggregation::Max => a.max(b),
            })
        };
        self.realisation = if first {
            realisation
        } else {
            pick(self.realisation, realisation)?
        };
        self.target = Some(match (self.target, target) {
            (None, t) => t,
            (Some(Target::Value(a)), Target::Value(b)) => Target::Value(pick(a, b)?),
            (Some(Target::Band { low: a, high: b }), Target::Band { low: c, high: d }) => {
                Target::Band {
                    low: pick(a, c)?,
                    high: pick(b, d)?,
                }
            }
            // Kinds never mix within one validated definition; keep the latest.
            (Some(_), t) => t,
        });
        Some(())
    }

    /// The aggregate pair, or none if nothing was added; `Err` on overflow.
    fn finish(self) -> Result<Option<(Target, Decimal)>, ()> {
        let Some(target) = self.target else {
            return Ok(None);
        };
        if self.how != Aggregation::Mean {
            return Ok(Some((target, self.realisation)));
        }
        let n = Decimal::from(self.count);
        let mean = |v: Decimal| v.checked_div(n).ok_or(());
        let target = match target {
            Target::Value(v) => Target::Value(mean(v)?),
            Target::Band { low, high } => Target::Band {
                low: mean(low)?,
                high: mean(high)?,
            },
        };
        Ok(Some((target, mean(self.realisation)?)))
    }
}

/// The full account of one indicator's achievement over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AchievementTrace {
    /// The indicator.
    pub indicator: crate::id::IndicatorId,
    /// Its unit of measure.
    pub unit: String,
    /// Its polarity (which names the formula).
    pub polarity: super::Polarity,
    /// The months scored.
    pub scope: Span,
    /// How the periods were combined.
    pub aggregation: Aggregation,
    /// Each target period in scope.
    pub periods: Vec<PeriodTrace>,
    /// The combined target (or the annual target); none if every period dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The combined realisation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "decimal_text::optional"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub realisation: Option<Decimal>,
    /// The formula's result before the limits.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "decimal_text::optional"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub raw: Option<Decimal>,
    /// The floor applied.
    pub floor: Percent,
    /// The cap applied, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Percent>,
    /// Which limit held the value, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clamped: Option<Clamp>,
    /// The achievement; none when every period dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<Percent>,
}

crate::objects_only::objects_only!(AchievementTrace);

#[cfg(test)]
mod tests;
