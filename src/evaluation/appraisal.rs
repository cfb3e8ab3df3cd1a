//! Periodic and annual evaluations (penilaian kinerja): result rating, behaviour rating,
//! predicate, improvement areas, the leader's override and notes.

use super::behaviour::{BehaviourOutcome, BehaviourRating, assess_behaviour};
use super::calibration::ChangeReason;
use super::distribution::OrganisationPredicate;
use super::error::{EvaluationError, EvaluationFormula};
use super::objection::{Objection, ObjectionOutcome, ObjectionRecord};
use super::organisation::OrganisationOutcome;
use super::rating::{Predicate, Rating};
use super::reason::Reason;
use super::records::{EmployeeRecords, Override};
use super::rules::EvaluationRules;
use super::tie::Tie;
use crate::org::CoreValue;
use crate::text::one_line;

use crate::id::IndicatorId;
use crate::label::{Labelled, Language};
use crate::measure::{Measurements, Readings};
use crate::nip::EmployeeNumber;
use crate::num::{Percent, Rounding};
use crate::period::{Period, Span, Year};
use crate::scoring::{PlanExplanation, ScoringPlan};
use crate::written::{number, percent_exact};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Where the result rating came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "source", remote = "Self")]
#[non_exhaustive]
pub enum RatingSource {
    /// The achievement, read against the thresholds.
    Achievement,
    /// The leader's override.
    Override {
        /// The leader's reason.
        reason: Reason,
    },
    /// The employee leads the organisation: their result rating is the one its predicate
    /// gives.
    Organisation {
        /// The organisation's predicate.
        predicate: OrganisationPredicate,
    },
}

crate::objects_only::objects_only!(RatingSource);

/// Something the employee should work on, found in the data.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "area", remote = "Self")]
pub enum ImprovementArea {
    /// An indicator whose achievement is below 100 %.
    IndicatorBehindTarget {
        /// The indicator.
        indicator: IndicatorId,
        /// What the indicator states, where the plan knows it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        statement: Option<String>,
        /// Its achievement.
        achievement: Percent,
    },
    /// A core value rated below expectation.
    BehaviourBelowExpectation {
        /// The value.
        value: CoreValue,
    },
}

crate::objects_only::objects_only!(ImprovementArea);

/// An indicator as a text names it for the employee: its statement, or the id where the
/// plan holds no statement.
fn named(indicator: &IndicatorId, statement: Option<&str>) -> String {
    statement.map_or_else(
        || indicator.to_string(),
        |statement| format!("\"{statement}\""),
    )
}

impl ImprovementArea {
    /// A sentence for the employee, in `language`.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (
                Self::IndicatorBehindTarget {
                    indicator,
                    statement,
                    achievement,
                },
                Language::Indonesian,
            ) => {
                format!(
                    "indikator {} baru tercapai {} dari target",
                    named(indicator, statement.as_deref()),
                    percent_exact(achievement.value(), language)
                )
            }
            (
                Self::IndicatorBehindTarget {
                    indicator,
                    statement,
                    achievement,
                },
                Language::English,
            ) => {
                format!(
                    "indicator {} is at {} of its target",
                    named(indicator, statement.as_deref()),
                    percent_exact(achievement.value(), language)
                )
            }
            (Self::BehaviourBelowExpectation { value }, Language::Indonesian) => {
                format!("perilaku {} di bawah ekspektasi", value.label(language))
            }
            (Self::BehaviourBelowExpectation { value }, Language::English) => {
                format!("behaviour '{}' below expectation", value.label(language))
            }
        }
    }
}

/// What one evaluation over one span is made from, besides the rules.
#[derive(Debug, Clone, Copy)]
pub struct AppraisalInput<'a> {
    /// The employee.
    pub employee: EmployeeNumber,
    /// Their scoring plan (a plan of nobody in particular, or theirs).
    pub plan: &'a ScoringPlan,
    /// The realisations: the employee's own are read, and the team's where they have none.
    pub measurements: &'a Measurements,
    /// The behaviour ratings of the span.
    pub behaviour: &'a [BehaviourRating],
    /// The leader's specific expectations per core value.
    pub expectations: &'a BTreeMap<CoreValue, String>,
    /// The leader's override of the result rating, if any.
    pub result_override: Option<&'a Override>,
    /// For the organisation's leader: the organisation's outcome over the span, whose
    /// leader rating becomes their result rating.
    pub organisation: Option<&'a OrganisationOutcome>,
    /// The leader's notes (umpan balik) of the span.
    pub notes: &'a [String],
    /// The employee's objection to this evaluation, if any: once decided, the decision
    /// replaces the ratings or the predicate (see [`Objection::decided_predicate`]).
    pub objection: Option<&'a Objection>,
}

/// One period's own achievement, for an annual rating made from the mean of the periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct PeriodAchievement {
    /// The period, alone (not to date).
    pub period: Period,
    /// The plan's achievement over it.
    pub achievement: Percent,
}

crate::objects_only::objects_only!(PeriodAchievement);

/// A change made by calibration, kept beside the predicate it replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct CalibrationChange {
    /// The predicate before calibration.
    pub before: Predicate,
    /// Why it changed.
    pub reason: ChangeReason,
    /// The tie the employee was in, if calibration had to choose among equal scores: why
    /// them and not the others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tie: Option<Tie>,
}

crate::objects_only::objects_only!(CalibrationChange);

/// An evaluation of one employee over a span (a period to date, or the year).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Appraisal {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The months evaluated.
    pub scope: Span,
    /// How the achievement over the span was made.
    pub results: PlanExplanation,
    /// The achievement the result rating is read from, exact: the plan's over the span, or
    /// for an annual evaluation by [`AnnualBasis::MeanOfPeriods`](super::AnnualBasis::MeanOfPeriods) the mean of
    /// `period_achievements` (of their rounded figures under
    /// [`AnnualBasis::MeanOfReportedPeriods`](super::AnnualBasis::MeanOfReportedPeriods)).
    pub rated: Percent,
    /// `rated` rounded by the rules: the figure shown and read against the thresholds.
    pub reported: Percent,
    /// Each period's own achievement, when the annual rating is their mean.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub period_achievements: Vec<PeriodAchievement>,
    /// The rating the achievement gives.
    pub computed_rating: Rating,
    /// The result rating (rating hasil kerja) that counts.
    pub result_rating: Rating,
    /// Where it came from.
    pub source: RatingSource,
    /// The behaviour assessment.
    pub behaviour: BehaviourOutcome,
    /// The predicate (predikat kinerja) in force: the one decided on an objection, or
    /// after calibration where one changed it.
    pub predicate: Predicate,
    /// What calibration changed, if it changed the predicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<CalibrationChange>,
    /// The employee's objection to this evaluation and its decision, with what the
    /// evaluation gave before; a decided objection is final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<ObjectionRecord>,
    /// What to work on, from the data.
    pub improvement_areas: Vec<ImprovementArea>,
    /// The leader's notes.
    pub notes: Vec<String>,
}

crate::objects_only::objects_only!(Appraisal);

impl Appraisal {
    /// The improvement areas as entries of the employee's feedback log
    /// ([`FeedbackLog`](crate::agreement::FeedbackLog)), in the name of `leader` on `on`,
    /// each about its indicator or core value and worded in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{FeedbackKind, FeedbackLog, Parties};
    /// use kinerja::prelude::*;
    /// let input = AgencyInput::new(kinerja::sample::siulak_records()?)?;
    /// let year = appraise_agency(&input)?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let parties = Parties::of(input.cascade().agency(), rina)?;
    /// let q3 = year.employee(&rina).and_then(|y| y.periodic.get(2)).ok_or("Rina Q3")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2026, 10, 7).ok_or("date")?;
    /// let mut log = FeedbackLog::new(parties);
    /// for entry in q3.improvement_entries(*parties.leader(), on, Language::Indonesian) {
    ///     log.record(input.cascade(), entry)?;
    /// }
    /// assert!(log.improvement_areas().count() >= 1);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn improvement_entries(
        &self,
        leader: EmployeeNumber,
        on: chrono::NaiveDate,
        language: Language,
    ) -> Vec<crate::agreement::FeedbackEntry> {
        use crate::agreement::{About, FeedbackEntry, FeedbackKind};
        self.improvement_areas
            .iter()
            .map(|area| FeedbackEntry {
                on,
                by: leader,
                kind: FeedbackKind::ImprovementArea { scope: self.scope },
                about: match area {
                    ImprovementArea::IndicatorBehindTarget { indicator, .. } => {
                        About::Indicator(indicator.clone())
                    }
                    ImprovementArea::BehaviourBelowExpectation { value } => {
                        About::CoreValue(*value)
                    }
                },
                text: area.describe(language),
                evidence: Vec::new(),
                responds_to: None,
            })
            .collect()
    }

    /// The evaluation as text, in `language`.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let words = AppraisalWords::of(language);
        let mut out = self.results.render(language);
        if !self.period_achievements.is_empty() {
            let periods: Vec<String> = self
                .period_achievements
                .iter()
                .map(|p| {
                    let figure = number(p.achievement.value(), self.results.rounding, language);
                    format!("{} {figure} %", p.period)
                })
                .collect();
            let _ = writeln!(
                out,
                "{}: {} % ({})",
                words.mean_of_periods,
                number(self.reported.value(), self.results.rounding, language),
                periods.join("; ")
            );
        }
        let source = match (&self.source, language) {
            (RatingSource::Achievement, _) => String::new(),
            (RatingSource::Override { reason }, Language::Indonesian) => {
                format!(" (diubah pimpinan: {})", one_line(reason.as_str()))
            }
            (RatingSource::Override { reason }, Language::English) => {
                format!(" (set by the leader: {})", one_line(reason.as_str()))
            }
            (RatingSource::Organisation { predicate }, Language::Indonesian) => format!(
                " (mengikuti predikat kinerja organisasi {})",
                predicate.label(language)
            ),
            (RatingSource::Organisation { predicate }, Language::English) => format!(
                " (from the organisation's predicate, {})",
                predicate.label(language)
            ),
        };
        let _ = writeln!(
            out,
            "{}: {}{source}",
            words.results,
            self.result_rating.label(language)
        );
        let _ = writeln!(
            out,
            "{}: {}",
            words.behaviour,
            self.behaviour.rating.label(language)
        );
        for value in &self.behaviour.values {
            let _ = write!(
                out,
                "  - {}: {}",
                value.value.label(language),
                value.rating.label(language)
            );
            if let Some(expectation) = &value.expectation {
                let _ = write!(out, " [{}]", one_line(expectation));
            }
            out.push('\n');
        }
        let _ = write!(
            out,
            "{}: {}",
            words.predicate,
            self.predicate.label(language)
        );
        if let Some(change) = &self.calibration {
            let _ = write!(
                out,
                " ({} {})",
                words.calibrated_from,
                change.before.label(language)
            );
        }
        if let Some(record) = self
            .objection
            .as_ref()
            .filter(|r| r.decided.is_some_and(|d| d != r.objection.objected))
        {
            let _ = write!(
                out,
                " ({} {})",
                words.objected_from,
                record.objection.objected.label(language)
            );
        }
        out.push('\n');
        if let Some(record) = &self.objection {
            let _ = writeln!(out, "{}", record.describe(language));
        }
        for area in &self.improvement_areas {
            let _ = writeln!(out, "{}: {}", words.areas, area.describe(language));
        }
        for note in &self.notes {
            let _ = writeln!(out, "{}: {}", words.notes, one_line(note));
        }
        out
    }
}

/// The words of an appraisal's rendering, per language.
struct AppraisalWords {
    mean_of_periods: &'static str,
    results: &'static str,
    behaviour: &'static str,
    predicate: &'static str,
    calibrated_from: &'static str,
    objected_from: &'static str,
    areas: &'static str,
    notes: &'static str,
}

impl AppraisalWords {
    const fn of(language: Language) -> &'static Self {
        match language {
            Language::Indonesian => &Self {
                mean_of_periods: "Capaian tahunan (rata-rata periode)",
                results: "Rating hasil kerja",
                behaviour: "Rating perilaku kerja",
                predicate: "Predikat kinerja",
                calibrated_from: "hasil kalibrasi, semula",
                objected_from: "keputusan atas keberatan, semula",
                areas: "Area perbaikan",
                notes: "Catatan pimpinan",
            },
            Language::English => &Self {
                mean_of_periods: "Annual achievement (mean of the periods)",
                results: "Result rating",
                behaviour: "Behaviour rating",
                predicate: "Predicate",
                calibrated_from: "calibrated, was",
                objected_from: "decided on an objection, was",
                areas: "To improve",
                notes: "Leader's notes",
            },
        }
    }
}

/// Evaluates one employee over `scope`: the achievement to date (with its explanation), on
/// the employee's own realisations (and the team's where they have none); the result rating
/// from the thresholds (or the leader's reasoned override, or, for the organisation's
/// leader, the rating the organisation's predicate gives); the behaviour rating from the
/// raters; the predicate from the matrix; and improvement areas from the data.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::{AppraisalInput, BehaviourRating, CoreValue, Predicate, RaterRole, appraise};
/// use kinerja::measure::{Polarity, Realisation, Target};
/// use kinerja::scoring::{PlannedIndicator, PlannedResult, WeightPolicy};
/// use kinerja::prelude::*;
/// use kinerja::Decimal;
/// let year: Period = "2026".parse()?;
/// let id = IndicatorId::new("IKI-CAMAT-1")?;
/// let definition = IndicatorDefinition::builder(id.clone(), "indeks", Polarity::Maximise)
///     .target(year, Target::Value(Decimal::from(80)))
///     .build()?;
/// let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![PlannedResult {
///     node: NodeId::new("RHK-CAMAT-1")?, weight: Decimal::ONE, policy: WeightPolicy::Normalise,
///     indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition }],
/// }])?;
/// let camat = EmployeeNumber::new(EmployeeKind::Pns, "197503102000031004")?;
/// let measured = Measurements::new([Realisation::new(id, year, Decimal::from(84)).for_employee(camat)])?;
/// let behaviour: Vec<BehaviourRating> = CoreValue::ALL
///     .into_iter()
///     .map(|value| BehaviourRating { value, rater: RaterRole::Superior, rating: Rating::Meets })
///     .collect();
/// let appraisal = appraise(&EvaluationRules::default(), year.into(), &AppraisalInput {
///     employee: camat,
///     plan: &plan,
///     measurements: &measured,
///     behaviour: &behaviour,
///     expectations: &Default::default(),
///     result_override: None,
///     objection: None,
///     organisation: None,
///     notes: &[],
/// })?;
/// // 84 of 80 is 105 %: as expected (90 to under 110), behaviour as expected: Baik.
/// assert_eq!(appraisal.result_rating, Rating::Meets);
/// assert_eq!(appraisal.predicate, Predicate::Good);
/// assert!(appraisal.render(Language::Indonesian).contains("Baik"));
/// # Ok(()) }
/// ```
///
/// Over the whole year, every rule of `rules` applies as in [`appraise_year`]: under
/// [`AnnualBasis::MeanOfPeriods`](super::AnnualBasis::MeanOfPeriods) the result rating is read from the mean of the periods'
/// own achievements at the rules' granularity (each first rounded under
/// [`AnnualBasis::MeanOfReportedPeriods`](super::AnnualBasis::MeanOfReportedPeriods)).
///
/// # Errors
/// [`EvaluationError::PlanOfAnotherEmployee`] when the plan names another employee;
/// [`EvaluationError::InvalidInputs`] when, over the whole year under the mean of periods,
/// an indicator has only an annual target (due in no period);
/// [`MeasureError::RealisationDecimals`](crate::measure::MeasureError::RealisationDecimals)
/// (inside [`EvaluationError::Scoring`]) for a realisation written with more decimals than
/// its indicator's figures may have; scoring, band and behaviour errors.
pub fn appraise(
    rules: &EvaluationRules,
    scope: Span,
    input: &AppraisalInput<'_>,
) -> Result<Appraisal, EvaluationError> {
    refuse_imprecise(input.plan, input.measurements, &input.employee)?;
    appraise_refused(rules, scope, input)
}

/// The realisations of `employee` (and the team's) on `plan`'s indicators written with more
/// decimals than their indicator's figures may have, refused (the first found).
fn refuse_imprecise(
    plan: &ScoringPlan,
    measurements: &Measurements,
    employee: &EmployeeNumber,
) -> Result<(), EvaluationError> {
    let readings = measurements.for_employee(employee);
    for result in plan.results() {
        for indicator in &result.indicators {
            indicator
                .definition
                .refuse_imprecise(readings)
                .map_err(|error| EvaluationError::Scoring(error.into()))?;
        }
    }
    Ok(())
}

/// [`appraise`] once [`refuse_imprecise`] has passed.
fn appraise_refused(
    rules: &EvaluationRules,
    scope: Span,
    input: &AppraisalInput<'_>,
) -> Result<Appraisal, EvaluationError> {
    let readings = input.measurements.for_employee(&input.employee);
    let scored = score_plan(rules, scope, input, readings)?;
    appraise_rated(rules, scope, input, scored)
}

/// What an appraisal reads from the plan and the realisations alone: the same for every
/// appraisal over one span, whatever the behaviour, decisions and notes.
#[derive(Clone)]
struct ScoredPlan {
    results: PlanExplanation,
    period_achievements: Vec<PeriodAchievement>,
}

/// The plan of `input` scored over `scope` on `readings` (the employee's), with the
/// periods' own achievements where the annual basis is a mean of periods.
fn score_plan(
    rules: &EvaluationRules,
    scope: Span,
    input: &AppraisalInput<'_>,
    readings: Readings<'_>,
) -> Result<ScoredPlan, EvaluationError> {
    let period_achievements = period_achievements(rules, scope, input.plan, readings)?;
    if let Some(other) = input.plan.employee().filter(|e| **e != input.employee) {
        return Err(EvaluationError::PlanOfAnotherEmployee {
            employee: input.employee,
            plan: *other,
        });
    }
    let results = input
        .plan
        .explain_readings(scope, readings, rules.reporting())?;
    Ok(ScoredPlan {
        results,
        period_achievements,
    })
}

/// Under a mean of periods ([`AnnualBasis::is_mean_of_periods`](super::AnnualBasis::is_mean_of_periods)) and over the whole year, the achievement of each
/// period of the rules' granularity in which something in `plan` is due, each period alone,
/// on `employee`'s readings (the plan refused when an indicator is due in no period); none
/// otherwise.
fn period_achievements(
    rules: &EvaluationRules,
    scope: Span,
    plan: &ScoringPlan,
    readings: Readings<'_>,
) -> Result<Vec<PeriodAchievement>, EvaluationError> {
    if !rules.annual_basis.is_mean_of_periods() || !scope.is_whole_year() {
        return Ok(Vec::new());
    }
    let year = scope.year();
    let problems = super::validate::plan_problems(rules, year, plan);
    if !problems.is_empty() {
        return Err(EvaluationError::InvalidInputs(
            super::problems::InvalidInputs::new(problems),
        ));
    }
    let mut achievements = Vec::new();
    for period in year.periods(rules.granularity) {
        if plan.is_due(period) {
            let achievement = plan.score_readings(period.into(), readings, rules.reporting())?;
            achievements.push(PeriodAchievement {
                period,
                achievement,
            });
        }
    }
    Ok(achievements)
}

/// [`appraise`] on the plan as scored, with the annual rating taken from the mean of the
/// periods' achievements when there are any.
fn appraise_rated(
    rules: &EvaluationRules,
    scope: Span,
    input: &AppraisalInput<'_>,
    scored: ScoredPlan,
) -> Result<Appraisal, EvaluationError> {
    let ScoredPlan {
        results,
        period_achievements,
    } = scored;
    let each = rules
        .annual_basis
        .rounds_each_period()
        .then_some(rules.rounding);
    let rated = match mean(&period_achievements, each)? {
        Some(mean) => mean,
        None => results.achievement,
    };
    let reported = rated.round(rules.rounding);
    let computed_rating = *rules
        .result_thresholds
        .classify(reported.value(), |_| true)?
        .label;
    let (result_rating, source) = match (input.organisation, input.result_override) {
        (Some(organisation), _) => (
            organisation.leader_rating,
            RatingSource::Organisation {
                predicate: organisation.predicate,
            },
        ),
        (None, Some(set)) => (
            set.rating,
            RatingSource::Override {
                reason: set.reason.clone(),
            },
        ),
        (None, None) => (computed_rating, RatingSource::Achievement),
    };
    let mut behaviour = assess_behaviour(input.behaviour, &rules.behaviour, input.expectations)?;
    let mut result_rating = result_rating;
    let mut predicate = rules.matrix.predicate(result_rating, behaviour.rating);
    let objection = input.objection.map(|objection| {
        let record = ObjectionRecord {
            objection: objection.clone(),
            result_rating_before: result_rating,
            behaviour_rating_before: behaviour.rating,
            predicate_before: predicate,
            decided: objection.decided_predicate(&rules.matrix),
        };
        // A decision replaces what it decides: the ratings (the values as assessed stay
        // in the behaviour outcome) or the predicate.
        if let Some(decision) = &objection.decision {
            if let ObjectionOutcome::Ratings {
                result,
                behaviour: rated,
            } = decision.outcome
            {
                result_rating = result;
                behaviour.rating = rated;
            }
        }
        if let Some(decided) = objection.decided_predicate(&rules.matrix) {
            predicate = decided;
        }
        record
    });
    let mut improvement_areas: Vec<ImprovementArea> = results
        .results
        .iter()
        .flat_map(|r| &r.indicators)
        .filter_map(|i| {
            let achievement = i.trace.achievement?;
            (achievement < Percent::HUNDRED).then(|| ImprovementArea::IndicatorBehindTarget {
                indicator: i.trace.indicator.clone(),
                statement: i.statement.clone(),
                achievement: achievement.round(rules.rounding),
            })
        })
        .collect();
    improvement_areas.extend(
        behaviour
            .values
            .iter()
            .filter(|v| v.rating == Rating::Below)
            .map(|v| ImprovementArea::BehaviourBelowExpectation { value: v.value }),
    );
    Ok(Appraisal {
        employee: input.employee,
        scope,
        results,
        rated,
        reported,
        period_achievements,
        computed_rating,
        result_rating,
        source,
        behaviour,
        predicate,
        calibration: None,
        objection,
        improvement_areas,
        notes: input.notes.to_vec(),
    })
}

/// The exact mean of the periods' achievements, each first rounded by `each` where given;
/// none when there are none.
pub(crate) fn mean(
    periods: &[PeriodAchievement],
    each: Option<Rounding>,
) -> Result<Option<Percent>, EvaluationError> {
    if periods.is_empty() {
        return Ok(None);
    }
    let figure = |p: &PeriodAchievement| match each {
        Some(rounding) => p.achievement.round(rounding).value(),
        None => p.achievement.value(),
    };
    let sum = periods
        .iter()
        .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(figure(p)))
        .ok_or(EvaluationError::overflow(EvaluationFormula::MeanOfPeriods))?;
    let value = sum
        .checked_div(Decimal::from(periods.len()))
        .ok_or(EvaluationError::overflow(EvaluationFormula::MeanOfPeriods))?;
    Ok(Some(Percent::new(value).map_err(|_| {
        EvaluationError::overflow(EvaluationFormula::MeanOfPeriods)
    })?))
}

/// The periodic evaluation at the end of `period` (a quarter by default): achievement to
/// date against the targets to date.
///
/// # Errors
/// As [`appraise`], and [`EvaluationError::PeriodOutsideYear`] when `period` is not of
/// `year`.
pub fn appraise_period(
    rules: &EvaluationRules,
    year: Year,
    period: Period,
    input: &AppraisalInput<'_>,
) -> Result<Appraisal, EvaluationError> {
    if period.year() != year {
        return Err(EvaluationError::PeriodOutsideYear { period, year });
    }
    appraise(rules, Span::to_date(period), input)
}

/// What a year of evaluations of one employee is made from, besides the rules.
#[derive(Debug, Clone, Copy)]
pub struct YearInput<'a> {
    /// The employee's scoring plan.
    pub plan: &'a ScoringPlan,
    /// The realisations: the employee's own are read, and the team's where they have none.
    pub measurements: &'a Measurements,
    /// The employee's records: behaviour ratings, notes and overrides per period, and
    /// specific expectations. The employee evaluated is the records' employee.
    pub records: &'a EmployeeRecords,
    /// For the organisation's leader: the organisation's outcomes, one per span evaluated
    /// (each period to date, and the year); the leader's result rating in a span is the one
    /// its outcome gives, and their own achievement where the organisation has none.
    pub organisation: &'a [OrganisationOutcome],
}

/// The annual evaluation, from the whole year's periods: the year's achievement and
/// behaviour, and the periodic evaluations at the rules' granularity that led to it, each
/// with its own period's behaviour ratings, notes and override from the records. A period
/// in which nothing in the plan is due yet (only annual targets, say) has no periodic
/// evaluation. Under a mean of periods ([`AnnualBasis::is_mean_of_periods`](super::AnnualBasis::is_mean_of_periods)) the annual result rating is read from
/// the mean of the periods' own achievements.
///
/// # Errors
/// [`EvaluationError::InvalidInputs`] when the records hold something for a period that is
/// not evaluated (or, under the mean of periods, an indicator has only an annual target);
/// otherwise as [`appraise`].
pub fn appraise_year(
    rules: &EvaluationRules,
    year: Year,
    input: &YearInput<'_>,
) -> Result<AnnualAppraisal, EvaluationError> {
    let records = input.records;
    let periods = super::validate::evaluated_periods(rules, year, input.plan);
    let mut problems = super::validate::plan_problems(rules, year, input.plan);
    problems.extend(super::validate::record_problems(
        rules, year, &periods, records,
    ));
    if !problems.is_empty() {
        return Err(EvaluationError::InvalidInputs(
            super::problems::InvalidInputs::new(problems),
        ));
    }
    let one = |period: Period| AppraisalInput {
        employee: records.employee,
        plan: input.plan,
        measurements: input.measurements,
        behaviour: records.behaviour.get(&period).map_or(&[], Vec::as_slice),
        expectations: &records.expectations,
        result_override: records.overrides.get(&period),
        organisation: input
            .organisation
            .iter()
            .find(|o| o.scope == Span::to_date(period)),
        notes: records.notes.get(&period).map_or(&[], Vec::as_slice),
        objection: records.objections.get(&period),
    };
    // The realisations the plan reads are refused once for the year, not once per
    // appraisal (the first appraisal would refuse them first, with the same error).
    refuse_imprecise(input.plan, input.measurements, &records.employee)?;
    // The last period to date is the whole year: the year's plan is scored once for both.
    let whole: Span = year.as_period().into();
    let mut periodic = Vec::with_capacity(periods.len());
    let mut year_scored = None;
    // Every appraisal reads the same indicators: each is looked up once.
    let readings = input.measurements.for_employee(&records.employee);
    let resolved = readings.resolve(
        input
            .plan
            .results()
            .iter()
            .flat_map(|r| &r.indicators)
            .map(|i| i.definition.id()),
    );
    let readings = readings.keeping(&resolved);
    for &period in &periods {
        let scope = Span::to_date(period);
        let scored = score_plan(rules, scope, &one(period), readings)?;
        if scope == whole {
            year_scored = Some(scored.clone());
        }
        periodic.push(appraise_rated(rules, scope, &one(period), scored)?);
    }
    let scored = match year_scored {
        Some(scored) => scored,
        None => score_plan(rules, whole, &one(year.as_period()), readings)?,
    };
    let annual = appraise_rated(rules, whole, &one(year.as_period()), scored)?;
    Ok(AnnualAppraisal {
        employee: records.employee,
        periodic,
        annual,
    })
}

/// A year of evaluations of one employee: each period to date, and the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AnnualAppraisal {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The periodic evaluations, in order.
    pub periodic: Vec<Appraisal>,
    /// The annual evaluation, which sets the year's predicate.
    pub annual: Appraisal,
}

crate::objects_only::objects_only!(AnnualAppraisal);
