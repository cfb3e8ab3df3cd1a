//! A batch's summary: totals, units checked against their quotas, and the runs at its two
//! edges, kept open because a neighbouring shard may continue them.

use super::super::distribution::{OrganisationPredicate, check_counts};
use super::super::error::EvaluationError;
use super::super::rules::EvaluationRules;
use super::super::summary::UnitSummary;
use super::scores::ScoreDistribution;
use super::{BatchOutcome, Sheet};
use crate::id::UnitId;
use crate::label::Language;
use crate::nip::EmployeeNumber;
use crate::scoring::ScorePath;
use serde::{Deserialize, Serialize};

/// Why one employee of a batch was not evaluated, in both languages, so a summary can be
/// written as JSON and read by the people it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct BatchFailure {
    /// The employee, if the sheet named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee: Option<EmployeeNumber>,
    /// Why, in Indonesian.
    pub indonesian: String,
    /// Why, in English.
    pub english: String,
}

crate::objects_only::objects_only!(BatchFailure);

impl BatchFailure {
    /// The evaluation of `employee` failed with `error`.
    pub(super) fn evaluation(employee: Option<EmployeeNumber>, error: &EvaluationError) -> Self {
        Self {
            employee,
            indonesian: error.describe(Language::Indonesian),
            english: error.describe(Language::English),
        }
    }

    /// The caller's fill refused the item with `message` (the caller's own words).
    pub(super) fn input(employee: Option<EmployeeNumber>, message: String) -> Self {
        Self {
            employee,
            indonesian: message.clone(),
            english: message,
        }
    }
}

/// One unit's employees met one after another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct Run {
    unit: UnitId,
    organisation: OrganisationPredicate,
    counts: UnitSummary,
}

crate::objects_only::objects_only!(Run);

/// The summary of a batch or of a contiguous part of one (a shard). Summaries of
/// neighbouring parts [`merge`](BatchSummary::merge) into the summary of both: a unit cut by
/// the border is joined again before it is checked, so scoring shards and merging equals
/// scoring the whole.
///
/// Each unit's predicates are checked against the quotas of its organisation's predicate
/// (the one its first employee's sheet names) when its run is closed: when another unit
/// follows within the part, or when the summary is [finished](BatchSummary::finish). Memory
/// stays constant: two open runs at most.
///
/// On the wire a summary is an object of those counts and its open runs; reading one back
/// checks that the counts agree (no more employees by `Decimal` than evaluated, no more
/// compliant units than units, at most two open runs, a first failure exactly when one
/// failed, one reported score for each employee evaluated).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "BatchSummarySpec")]
#[cfg_attr(feature = "schema", schemars(with = "BatchSummarySpec"))]
pub struct BatchSummary {
    totals: UnitSummary,
    decimal: usize,
    failed: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_failure: Option<BatchFailure>,
    units: usize,
    compliant_units: usize,
    /// The open runs, oldest first: at most two (the part's first and its last).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    open: Vec<Run>,
    /// The reported scores, counted by value.
    scores: ScoreDistribution,
}

/// The wire form of [`BatchSummary`], checked on the way in.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct BatchSummarySpec {
    totals: UnitSummary,
    decimal: usize,
    failed: usize,
    #[serde(default)]
    first_failure: Option<BatchFailure>,
    units: usize,
    compliant_units: usize,
    #[serde(default)]
    open: Vec<Run>,
    #[serde(default)]
    scores: ScoreDistribution,
}

crate::objects_only::objects_only!(de: BatchSummarySpec);

impl TryFrom<BatchSummarySpec> for BatchSummary {
    type Error = EvaluationError;
    fn try_from(spec: BatchSummarySpec) -> Result<Self, EvaluationError> {
        let employees = spec.totals.employees();
        let consistent = spec.decimal <= employees
            && spec.compliant_units <= spec.units
            && spec.open.len() <= 2
            && spec.first_failure.is_some() == (spec.failed > 0)
            && u64::try_from(employees).is_ok_and(|e| e == spec.scores.employees());
        if !consistent {
            return Err(EvaluationError::InconsistentSummary { employees });
        }
        Ok(Self {
            totals: spec.totals,
            decimal: spec.decimal,
            failed: spec.failed,
            first_failure: spec.first_failure,
            units: spec.units,
            compliant_units: spec.compliant_units,
            open: spec.open,
            scores: spec.scores,
        })
    }
}

impl BatchSummary {
    /// Employees evaluated.
    #[must_use]
    pub const fn employees(&self) -> usize {
        self.totals.employees()
    }

    /// Counts over every employee evaluated: predicates, result and behaviour ratings.
    #[must_use]
    pub const fn totals(&self) -> &UnitSummary {
        &self.totals
    }

    /// Employees whose evaluation needed `Decimal` (see [`ScorePath`]).
    #[must_use]
    pub const fn decimal(&self) -> usize {
        self.decimal
    }

    /// Employees not evaluated.
    #[must_use]
    pub const fn failed(&self) -> usize {
        self.failed
    }

    /// The first employee not evaluated (in batch order), and why.
    #[must_use]
    pub const fn first_failure(&self) -> Option<&BatchFailure> {
        self.first_failure.as_ref()
    }

    /// The reported scores, counted by value: their sum, mean, median and extremes in one
    /// fold (see [`ScoreDistribution`]).
    #[must_use]
    pub const fn scores(&self) -> &ScoreDistribution {
        &self.scores
    }

    /// Units checked against their quotas.
    #[must_use]
    pub const fn units(&self) -> usize {
        self.units
    }

    /// Units whose predicates keep to their quotas.
    #[must_use]
    pub const fn compliant_units(&self) -> usize {
        self.compliant_units
    }

    /// Counts one employee's outcome in their unit's run.
    pub(super) fn add(
        &mut self,
        rules: &EvaluationRules,
        sheet: &Sheet,
        outcome: Result<BatchOutcome, BatchFailure>,
    ) -> Result<(), EvaluationError> {
        let outcome = match outcome {
            Ok(outcome) => outcome,
            Err(failure) => {
                self.failed = self
                    .failed
                    .checked_add(1)
                    .ok_or(EvaluationError::CountOverflow)?;
                self.first_failure.get_or_insert(failure);
                return Ok(());
            }
        };
        let (predicate, result, behaviour) = (
            outcome.predicate,
            outcome.result_rating,
            outcome.behaviour_rating,
        );
        self.totals.count(predicate, result, behaviour)?;
        self.scores.count(outcome.reported)?;
        if outcome.path == ScorePath::Decimal {
            self.decimal += 1;
        }
        match self.open.last_mut() {
            Some(run) if run.unit == sheet.unit => {
                run.counts.count(predicate, result, behaviour)?
            }
            _ => {
                let mut counts = UnitSummary::default();
                counts.count(predicate, result, behaviour)?;
                self.open.push(Run {
                    unit: sheet.unit.clone(),
                    organisation: sheet.organisation,
                    counts,
                });
                self.close_middle(rules)?;
            }
        }
        Ok(())
    }

    /// The summary of this part followed by `next`.
    ///
    /// ```
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
    /// // `batch` is the one of the example on `Batch`; `fill` fills a sheet as there.
    /// let first = [("198507192010012014", "10")];
    /// let second = [("199203032019032011", "7")];
    /// // Two shards, folded apart (on two machines, say) and merged in order...
    /// let merged = batch
    ///     .fold_part(first, fill)?
    ///     .merge(batch.fold_part(second, fill)?, batch.rules())?
    ///     .finish(batch.rules())?;
    /// // ...give the summary of one fold over both.
    /// assert_eq!(merged, batch.fold(first.into_iter().chain(second), fill)?);
    /// assert_eq!(merged.employees(), 2);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`EvaluationError::MissingOrganisationPredicate`] when a unit closed by the merge
    /// names an organisation predicate the rules give no quotas for;
    /// [`EvaluationError::CountOverflow`].
    pub fn merge(mut self, next: Self, rules: &EvaluationRules) -> Result<Self, EvaluationError> {
        self.totals = self.totals.merge(&next.totals)?;
        self.scores = std::mem::take(&mut self.scores).merge(&next.scores)?;
        let add = |a: usize, b: usize| a.checked_add(b).ok_or(EvaluationError::CountOverflow);
        self.decimal = add(self.decimal, next.decimal)?;
        self.failed = add(self.failed, next.failed)?;
        self.units = add(self.units, next.units)?;
        self.compliant_units = add(self.compliant_units, next.compliant_units)?;
        if self.first_failure.is_none() {
            self.first_failure = next.first_failure;
        }
        // Only the border's two runs may be one unit's run cut in two; the runs within a
        // part are distinct even when they name the same unit.
        let mut runs = next.open.into_iter();
        if let Some(run) = runs.next() {
            match self.open.last_mut() {
                Some(last) if last.unit == run.unit => {
                    last.counts = last.counts.merge(&run.counts)?
                }
                _ => self.open.push(run),
            }
        }
        self.open.extend(runs);
        self.close_middle(rules)?;
        Ok(self)
    }

    /// Closes every open run: the summary of a whole batch.
    ///
    /// # Errors
    /// As [`BatchSummary::merge`].
    pub fn finish(mut self, rules: &EvaluationRules) -> Result<Self, EvaluationError> {
        for run in std::mem::take(&mut self.open) {
            self.close(rules, &run)?;
        }
        Ok(self)
    }

    /// Closes the runs between the first and the last, which no neighbour can continue.
    fn close_middle(&mut self, rules: &EvaluationRules) -> Result<(), EvaluationError> {
        while self.open.len() > 2 {
            let run = self.open.remove(1);
            self.close(rules, &run)?;
        }
        Ok(())
    }

    /// Checks a run's predicates against its quotas.
    fn close(&mut self, rules: &EvaluationRules, run: &Run) -> Result<(), EvaluationError> {
        let report = check_counts(
            &rules.distribution,
            run.organisation,
            run.counts.predicates(),
            rules.quota_rounding,
        )?;
        self.units += 1;
        self.compliant_units += usize::from(report.compliant);
        Ok(())
    }
}
