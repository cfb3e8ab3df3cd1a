//! Batch evaluation: many employees who share one plan's structure, evaluated one by one
//! from an iterator in constant memory, folded into per-unit summaries that merge.

mod behaviour;
mod scores;
mod summary;

pub use scores::ScoreDistribution;
pub use summary::{BatchFailure, BatchSummary};

use super::BehaviourRating;
use super::behaviour::assess_behaviour;
use super::distribution::OrganisationPredicate;
use super::error::EvaluationError;
use super::rating::{Predicate, Rating};
use super::rules::EvaluationRules;
use crate::id::UnitId;
use crate::nip::EmployeeNumber;
use crate::num::Percent;
use crate::scoring::{Figures, PeriodPlan, ScorePath, SharedPlan, UnitBands};
use std::collections::BTreeMap;

/// One employee's inputs to a batch, reused from one employee to the next: who they are,
/// their unit and its organisation predicate (which sets the unit's quotas), their targets
/// and realisations on the shared plan, and their behaviour ratings.
///
/// Made by [`Batch::sheet`]; [`Sheet::reset`] clears it for the next employee without
/// giving back its memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The employee; a sheet that names none is refused.
    pub employee: Option<EmployeeNumber>,
    /// Their unit. A batch expects each unit's employees one after another.
    pub unit: UnitId,
    /// The predicate of the organisation the unit's quotas follow.
    pub organisation: OrganisationPredicate,
    /// Their targets and realisations.
    pub figures: Figures,
    /// Their behaviour ratings.
    pub behaviour: Vec<BehaviourRating>,
}

impl Sheet {
    /// Clears the employee, realisations and ratings and restores the plan's targets,
    /// keeping the unit and the memory.
    ///
    /// # Errors
    /// [`EvaluationError::Scoring`] when the sheet was made for another batch's plan.
    pub fn reset(&mut self, batch: &Batch) -> Result<(), EvaluationError> {
        self.figures.reset(&batch.plan)?;
        self.behaviour.clear();
        self.employee = None;
        Ok(())
    }
}

/// What the batch found for one employee: what an appraisal over the plan's span reports,
/// without explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct BatchOutcome {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The achievement as reported (rounded by the rules).
    pub reported: Percent,
    /// The result rating the achievement gives.
    pub result_rating: Rating,
    /// The behaviour rating.
    pub behaviour_rating: Rating,
    /// The predicate.
    pub predicate: Predicate,
    /// [`ScorePath::Fast`] when exact integer arithmetic decided both the achievement and the
    /// behaviour rating; [`ScorePath::Decimal`] when either needed `Decimal`.
    pub path: ScorePath,
}

crate::objects_only::objects_only!(BatchOutcome);

/// A batch: a [`SharedPlan`] and the rules, evaluating employees one by one.
///
/// Each employee's outcome is what [`appraise`](super::appraise) gives for the same plan,
/// realisations and ratings over the plan's span (the reported achievement, the computed
/// result rating, the behaviour rating and the predicate), without explanations and
/// without allocating. Every rule of the [`EvaluationRules`] that reads figures applies
/// as there: every [rounding point](crate::scoring::RoundingPoint), and over the whole
/// year every [annual basis](super::AnnualBasis): under a mean of periods the rating is
/// read from the mean of the periods' own achievements (each rounded first under
/// [`AnnualBasis::MeanOfReportedPeriods`](super::AnnualBasis::MeanOfReportedPeriods)),
/// each period scored on the plan's own slots that fall within it, and a plan with an
/// indicator due in no period is refused for every employee, as `appraise` refuses it.
/// All of these are decided on the fast path ([`ScorePath::Fast`]) wherever it can
/// decide, by exact integer arithmetic that rounds on the figures' grid. Leaders'
/// overrides, the organisation head's rating and calibration
/// are not applied: they are decisions about named people, made with
/// [`appraise`](super::appraise).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::{Batch, BehaviourRating, CoreValue, RaterRole, Rating};
/// use kinerja::period::Granularity;
/// use kinerja::{measure::Target, scoring::*, prelude::*};
/// use kinerja::Decimal;
/// let year = Year::new(2026)?;
/// let id = IndicatorId::new("IKI-1")?;
/// let mut definition = IndicatorDefinition::builder(id.clone(), "dokumen", Polarity::Maximise);
/// for quarter in year.periods(Granularity::Quarter) {
///     definition = definition.target(quarter, Target::Value(Decimal::from(10)));
/// }
/// let template = ScoringPlan::new(WeightPolicy::Normalise, vec![PlannedResult {
///     node: NodeId::new("RHK-1")?, weight: Decimal::ONE, policy: WeightPolicy::Normalise,
///     indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition: definition.build()? }],
/// }])?;
/// let batch = Batch::new(SharedPlan::new(template, year.as_period())?, EvaluationRules::default());
/// let slots: Vec<Slot> = batch.plan().slots().map(|(slot, _, _)| slot).collect();
/// let employees = [("198507192010012014", "10"), ("199203032019032011", "7")];
/// let summary = batch.fold(employees, |(nip, each), sheet| {
///     sheet.employee = Some(EmployeeNumber::new(EmployeeKind::Pns, nip)?);
///     for slot in &slots {
///         sheet.figures.set_realisation(*slot, each.parse()?)?;
///     }
///     for value in CoreValue::ALL {
///         sheet.behaviour.push(BehaviourRating { value, rater: RaterRole::Superior, rating: Rating::Meets });
///     }
///     Ok(())
/// })?;
/// assert_eq!(summary.employees(), 2);
/// assert_eq!(summary.totals().result_ratings(), [1, 1, 0]); // 70 % below, 100 % meets
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    plan: SharedPlan,
    rules: EvaluationRules,
    no_expectations: BTreeMap<crate::org::CoreValue, String>,
    /// The rating bands on the fast path's grid, where they fit it.
    result_bands: Option<UnitBands<Rating>>,
    behaviour: Option<behaviour::QuickBehaviour>,
    /// How the plan's span is rated: from its aggregates, or (the whole year under the
    /// mean of periods) from the mean of these periods' achievements, or refused.
    basis: Basis,
}

/// How a batch rates its span, fixed when the batch is made.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Basis {
    /// From the span's aggregates.
    Aggregate,
    /// From the mean of the achievements of these periods (each alone), each rounded
    /// first where `each` says.
    MeanOf {
        periods: Vec<PeriodPlan>,
        each: bool,
    },
    /// The rules cannot be applied to the plan.
    Refused(super::problems::InvalidInputs),
}

impl Batch {
    /// A batch of `plan` under `rules`.
    #[must_use]
    pub fn new(plan: SharedPlan, rules: EvaluationRules) -> Self {
        let scope = plan.scope();
        let basis = if rules.annual_basis.is_mean_of_periods() && scope.is_whole_year() {
            let year = scope.year();
            let problems = super::validate::plan_problems(&rules, year, plan.template());
            if problems.is_empty() {
                Basis::MeanOf {
                    periods: year
                        .periods(rules.granularity)
                        .into_iter()
                        .filter(|&p| plan.template().is_due(p))
                        .map(|p| plan.period_plan(p))
                        .collect(),
                    each: rules.annual_basis.rounds_each_period(),
                }
            } else {
                Basis::Refused(super::problems::InvalidInputs::new(problems))
            }
        } else {
            Basis::Aggregate
        };
        Self {
            basis,
            result_bands: rules.result_thresholds.in_units(),
            behaviour: behaviour::QuickBehaviour::of(&rules.behaviour),
            plan,
            rules,
            no_expectations: BTreeMap::new(),
        }
    }

    /// The shared plan.
    #[must_use]
    pub const fn plan(&self) -> &SharedPlan {
        &self.plan
    }

    /// The rules.
    #[must_use]
    pub const fn rules(&self) -> &EvaluationRules {
        &self.rules
    }

    /// A sheet for this batch: the plan's targets, no employee, no realisation and no
    /// rating.
    #[must_use]
    pub fn sheet(&self) -> Sheet {
        Sheet {
            employee: None,
            unit: UnitId::trusted("-"),
            organisation: OrganisationPredicate::Good,
            figures: self.plan.figures(),
            behaviour: Vec::with_capacity(crate::org::CoreValue::ALL.len()),
        }
    }

    /// Evaluates the employee on `sheet`.
    ///
    /// # Errors
    /// [`EvaluationError::UnnamedSheet`] when the sheet names no employee; as
    /// [`appraise`](super::appraise): scoring errors (a missing realisation under the
    /// error policy, say), a behaviour rating missing, a figure outside the band tables.
    pub fn evaluate(&self, sheet: &Sheet) -> Result<BatchOutcome, EvaluationError> {
        let employee = sheet.employee.ok_or(EvaluationError::UnnamedSheet)?;
        let scored = match &self.basis {
            Basis::Aggregate => self.plan.score(&sheet.figures, self.rules.reporting())?,
            Basis::MeanOf { periods, each } => match self.fast_mean_of(periods, *each, sheet) {
                Some(reported) => crate::scoring::Scored {
                    reported,
                    path: ScorePath::Fast,
                },
                None => self.mean_of(periods, *each, &employee, sheet)?,
            },
            Basis::Refused(problems) => {
                return Err(EvaluationError::InvalidInputs(problems.clone()));
            }
        };
        let quick = self.result_bands.as_ref().and_then(|bands| {
            bands.classify(crate::scoring::fixed::Approx::from_decimal(
                scored.reported.value(),
            )?)
        });
        let result_rating = match quick {
            Some(rating) => rating,
            None => {
                *self
                    .rules
                    .result_thresholds
                    .classify(scored.reported.value(), |_| true)?
                    .label
            }
        };
        let quick = self
            .behaviour
            .as_ref()
            .and_then(|rules| behaviour::quick_rating(&sheet.behaviour, rules));
        let (behaviour_rating, behaviour_path) = match quick {
            Some(rating) => (rating, ScorePath::Fast),
            None => (
                assess_behaviour(
                    &sheet.behaviour,
                    &self.rules.behaviour,
                    &self.no_expectations,
                )?
                .rating,
                ScorePath::Decimal,
            ),
        };
        let path = if scored.path == ScorePath::Fast && behaviour_path == ScorePath::Fast {
            ScorePath::Fast
        } else {
            ScorePath::Decimal
        };
        Ok(BatchOutcome {
            employee,
            reported: scored.reported,
            result_rating,
            behaviour_rating,
            predicate: self.rules.matrix.predicate(result_rating, behaviour_rating),
            path,
        })
    }

    /// The reported mean of the achievements of `periods` (each alone, rounded first where
    /// `each` says) on the sheet's figures, by the fast path; none where it cannot decide.
    fn fast_mean_of(&self, periods: &[PeriodPlan], each: bool, sheet: &Sheet) -> Option<Percent> {
        let reporting = self.rules.reporting();
        let reported = self
            .plan
            .mean_of_periods(periods, each, &sheet.figures, reporting)?;
        // Written with the rule's places, as `Percent::round` writes it.
        Percent::reported(reporting.rounding.apply(reported))
    }

    /// The reported mean of the achievements of `periods` (each alone) on the sheet's
    /// figures, as [`appraise`](super::appraise) rates the year under the mean of periods.
    fn mean_of(
        &self,
        periods: &[PeriodPlan],
        each: bool,
        employee: &EmployeeNumber,
        sheet: &Sheet,
    ) -> Result<crate::scoring::Scored, EvaluationError> {
        let plan = self.plan.scoring_plan(&sheet.figures)?;
        let measurements = self.plan.measurements(&sheet.figures)?;
        // The figures are the team's realisations of the plan, which the employee reads.
        let readings = measurements.for_employee(employee);
        let mut achievements = Vec::with_capacity(periods.len());
        for period in periods {
            let period = period.period();
            let achievement =
                plan.score_readings(period.into(), readings, self.rules.reporting())?;
            achievements.push(super::appraisal::PeriodAchievement {
                period,
                achievement,
            });
        }
        let each = each.then_some(self.rules.rounding);
        match super::appraisal::mean(&achievements, each)? {
            Some(rated) => Ok(crate::scoring::Scored {
                reported: rated.round(self.rules.rounding),
                path: ScorePath::Decimal,
            }),
            // Nothing due in any period: the span's own figure, as `appraise` falls back.
            None => Ok(self.plan.score(&sheet.figures, self.rules.reporting())?),
        }
    }

    /// Evaluates every item in order, one sheet reused throughout: `fill` writes an item
    /// onto the (reset) sheet, and the outcome is counted in its unit's summary. A unit's
    /// employees are expected one after another; a unit's summary is checked against its
    /// quotas when its run ends. Memory does not grow with the number of items.
    ///
    /// An item whose `fill` or evaluation fails is counted as failed (the first failure is
    /// kept) and the batch goes on.
    ///
    /// # Errors
    /// [`EvaluationError`] only for the batch as a whole: a unit's organisation predicate
    /// without quotas in the rules, or a count overflowing.
    pub fn fold<T>(
        &self,
        items: impl IntoIterator<Item = T>,
        fill: impl FnMut(T, &mut Sheet) -> Result<(), Box<dyn std::error::Error>>,
    ) -> Result<BatchSummary, EvaluationError> {
        self.fold_part(items, fill)?.finish(&self.rules)
    }

    /// [`Batch::fold`] over one contiguous part of a batch (a shard), left open at its
    /// edges: [merge](BatchSummary::merge) the parts' summaries in order and
    /// [finish](BatchSummary::finish) the result to get the whole batch's summary. This is
    /// how a caller spreads a batch over threads or machines.
    ///
    /// # Errors
    /// As [`Batch::fold`].
    pub fn fold_part<T>(
        &self,
        items: impl IntoIterator<Item = T>,
        mut fill: impl FnMut(T, &mut Sheet) -> Result<(), Box<dyn std::error::Error>>,
    ) -> Result<BatchSummary, EvaluationError> {
        let mut sheet = self.sheet();
        let mut summary = BatchSummary::default();
        for item in items {
            self.step(&mut sheet, &mut summary, |sheet| fill(item, sheet))?;
        }
        Ok(summary)
    }

    /// One item of a fold: reset, fill, evaluate, count.
    fn step(
        &self,
        sheet: &mut Sheet,
        summary: &mut BatchSummary,
        fill: impl FnOnce(&mut Sheet) -> Result<(), Box<dyn std::error::Error>>,
    ) -> Result<(), EvaluationError> {
        sheet.reset(self)?;
        let outcome = match fill(sheet) {
            Ok(()) => self
                .evaluate(sheet)
                .map_err(|error| BatchFailure::evaluation(sheet.employee, &error)),
            Err(error) => Err(BatchFailure::input(sheet.employee, error.to_string())),
        };
        summary.add(&self.rules, sheet, outcome)
    }

    /// [`Batch::fold`] over a parallel iterator (the `rayon` feature): each thread folds its
    /// own contiguous part with its own sheet, and the parts' summaries merge in order, so
    /// the result is the sequential fold's.
    ///
    /// ```
    /// # #[cfg(feature = "rayon")]
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use kinerja::evaluation::{Batch, BehaviourRating, CoreValue, RaterRole, Rating, Sheet};
    /// # use kinerja::period::Granularity;
    /// # use kinerja::{measure::Target, scoring::*, prelude::*};
    /// # use kinerja::Decimal;
    /// # let year = Year::new(2026)?;
    /// # let id = IndicatorId::new("IKI-1")?;
    /// # let mut definition = IndicatorDefinition::builder(id.clone(), "dokumen", Polarity::Maximise);
    /// # for quarter in year.periods(Granularity::Quarter) {
    /// #     definition = definition.target(quarter, Target::Value(Decimal::from(10)));
    /// # }
    /// # let template = ScoringPlan::new(WeightPolicy::Normalise, vec![PlannedResult {
    /// #     node: NodeId::new("RHK-1")?, weight: Decimal::ONE, policy: WeightPolicy::Normalise,
    /// #     indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition: definition.build()? }],
    /// # }])?;
    /// # let batch = Batch::new(SharedPlan::new(template, year.as_period())?, EvaluationRules::default());
    /// # let slots: Vec<Slot> = batch.plan().slots().map(|(slot, _, _)| slot).collect();
    /// # let fill = |(nip, each): (&str, &str), sheet: &mut Sheet| -> Result<(), Box<dyn std::error::Error>> {
    /// #     sheet.employee = Some(EmployeeNumber::new(EmployeeKind::Pns, nip)?);
    /// #     for slot in &slots {
    /// #         sheet.figures.set_realisation(*slot, each.parse()?)?;
    /// #     }
    /// #     for value in CoreValue::ALL {
    /// #         sheet.behaviour.push(BehaviourRating { value, rater: RaterRole::Superior, rating: Rating::Meets });
    /// #     }
    /// #     Ok(())
    /// # };
    /// use rayon::prelude::*;
    /// // `batch` is the one of the example on `Batch`; `fill` fills a sheet as there.
    /// let employees = vec![("198507192010012014", "10"), ("199203032019032011", "7")];
    /// let spread = batch.par_fold(employees.clone().into_par_iter(), fill)?;
    /// assert_eq!(spread, batch.fold(employees, fill)?);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "rayon"))]
    /// # fn main() {}
    /// ```
    ///
    /// # Errors
    /// As [`Batch::fold`].
    #[cfg(feature = "rayon")]
    pub fn par_fold<T: Send>(
        &self,
        items: impl rayon::iter::IndexedParallelIterator<Item = T>,
        fill: impl Fn(T, &mut Sheet) -> Result<(), Box<dyn std::error::Error>> + Sync,
    ) -> Result<BatchSummary, EvaluationError> {
        self.par_fold_part(items, fill)?.finish(&self.rules)
    }

    /// [`Batch::par_fold`] over one part of a batch, left open at its edges like
    /// [`Batch::fold_part`].
    ///
    /// # Errors
    /// As [`Batch::fold`].
    #[cfg(feature = "rayon")]
    pub fn par_fold_part<T: Send>(
        &self,
        items: impl rayon::iter::IndexedParallelIterator<Item = T>,
        fill: impl Fn(T, &mut Sheet) -> Result<(), Box<dyn std::error::Error>> + Sync,
    ) -> Result<BatchSummary, EvaluationError> {
        use rayon::iter::ParallelIterator;
        items
            .fold(
                || (self.sheet(), Ok(BatchSummary::default())),
                |(mut sheet, summary), item| {
                    let summary = summary.and_then(|mut s: BatchSummary| {
                        self.step(&mut sheet, &mut s, |sheet| fill(item, sheet))?;
                        Ok(s)
                    });
                    (sheet, summary)
                },
            )
            .map(|(_, summary)| summary)
            .reduce(
                || Ok(BatchSummary::default()),
                |a, b| a?.merge(b?, &self.rules),
            )
    }
}
