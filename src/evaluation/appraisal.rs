//! Periodic and annual evaluations (penilaian kinerja): result rating, behaviour rating,
//! predicate, improvement areas, the leader's override and notes.

use super::behaviour::{
    BehaviourOutcome, BehaviourRating, CoreValue, RaterWeights, assess_behaviour,
};
use super::rating::{
    Predicate, PredicateMatrix, Rating, default_behaviour_thresholds, default_result_thresholds,
};
use crate::error::{EvaluationError, ScoringError};
use crate::id::IndicatorId;
use crate::label::{Labelled, Language};
use crate::measure::Measurements;
use crate::nip::EmployeeNumber;
use crate::num::{Percent, Rounding};
use crate::period::{Granularity, Period, Span, Year};
use crate::scoring::{BandTable, PlanExplanation, ScoringPlan};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The rules an agency evaluates by: every one of them data, with national or documented
/// defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationRules {
    /// Achievement (percent) → result rating. Default: [`default_result_thresholds`].
    pub result_thresholds: BandTable<Rating>,
    /// Mean behaviour points (1–3) → behaviour rating. Default:
    /// [`default_behaviour_thresholds`].
    pub behaviour_thresholds: BandTable<Rating>,
    /// How much each kind of rater counts. Default: the direct superior alone.
    pub rater_weights: RaterWeights,
    /// Ratings → predicate. Default: PermenPANRB 6/2022.
    pub matrix: PredicateMatrix,
    /// How achievements are reported (ratings are read from the reported figure).
    pub rounding: Rounding,
    /// How often the year is evaluated. Default: quarterly.
    pub granularity: Granularity,
}

impl Default for EvaluationRules {
    fn default() -> Self {
        Self {
            result_thresholds: default_result_thresholds(),
            behaviour_thresholds: default_behaviour_thresholds(),
            rater_weights: RaterWeights::superior_only(),
            matrix: PredicateMatrix::permenpanrb_6_2022(),
            rounding: Rounding::default(),
            granularity: Granularity::Quarter,
        }
    }
}

/// A leader's override of the result rating, which must say why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    /// The rating the leader sets.
    pub rating: Rating,
    /// Why.
    pub reason: String,
}

/// Where the result rating came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "source")]
pub enum RatingSource {
    /// The achievement, read against the thresholds.
    Achievement,
    /// The leader's override.
    Override {
        /// The leader's reason.
        reason: String,
    },
    /// The employee leads the unit: their result rating is the organisation's.
    Organisation,
}

/// Something the employee should work on, found in the data.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "area")]
pub enum ImprovementArea {
    /// An indicator whose achievement is below 100 %.
    IndicatorBehindTarget {
        /// The indicator.
        indicator: IndicatorId,
        /// Its achievement.
        achievement: Percent,
    },
    /// A core value rated below expectation.
    BehaviourBelowExpectation {
        /// The value.
        value: CoreValue,
    },
}

impl ImprovementArea {
    /// A sentence for the employee, in `language`.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (
                Self::IndicatorBehindTarget {
                    indicator,
                    achievement,
                },
                Language::Indonesian,
            ) => {
                format!("indikator {indicator} baru tercapai {achievement} % dari target")
            }
            (
                Self::IndicatorBehindTarget {
                    indicator,
                    achievement,
                },
                Language::English,
            ) => {
                format!("indicator {indicator} is at {achievement} % of its target")
            }
            (Self::BehaviourBelowExpectation { value }, language) => match language {
                Language::Indonesian => {
                    format!("perilaku {} di bawah ekspektasi", value.label(language))
                }
                Language::English => {
                    format!("behaviour '{}' below expectation", value.label(language))
                }
            },
        }
    }
}

/// What an evaluation is made from, besides the rules.
#[derive(Debug, Clone, Copy)]
pub struct AppraisalInput<'a> {
    /// The employee.
    pub employee: EmployeeNumber,
    /// Their scoring plan.
    pub plan: &'a ScoringPlan,
    /// Their realisations.
    pub measurements: &'a Measurements,
    /// The behaviour ratings given.
    pub behaviour: &'a [BehaviourRating],
    /// The leader's specific expectations per core value.
    pub expectations: &'a BTreeMap<CoreValue, String>,
    /// The leader's override of the result rating, if any.
    pub result_override: Option<&'a Override>,
    /// For the leader of a unit: the organisation's rating, which becomes their result rating.
    pub organisation_rating: Option<Rating>,
    /// The leader's own notes (umpan balik).
    pub notes: &'a [String],
}

/// An evaluation of one employee over a span (a period to date, or the year).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appraisal {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The months evaluated.
    pub scope: Span,
    /// How the achievement was made.
    pub results: PlanExplanation,
    /// The rating the achievement gives.
    pub computed_rating: Rating,
    /// The result rating (rating hasil kerja) that counts.
    pub result_rating: Rating,
    /// Where it came from.
    pub source: RatingSource,
    /// The behaviour assessment.
    pub behaviour: BehaviourOutcome,
    /// The predicate (predikat kinerja).
    pub predicate: Predicate,
    /// What to work on, from the data.
    pub improvement_areas: Vec<ImprovementArea>,
    /// The leader's notes.
    pub notes: Vec<String>,
}

impl Appraisal {
    /// The evaluation as text, in `language`.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let mut out = self.results.render(language);
        let source = match (&self.source, language) {
            (RatingSource::Achievement, _) => String::new(),
            (RatingSource::Override { reason }, Language::Indonesian) => {
                format!(" (diubah pimpinan: {reason})")
            }
            (RatingSource::Override { reason }, Language::English) => {
                format!(" (set by the leader: {reason})")
            }
            (RatingSource::Organisation, Language::Indonesian) => {
                " (mengikuti capaian organisasi)".to_owned()
            }
            (RatingSource::Organisation, Language::English) => {
                " (the organisation's rating)".to_owned()
            }
        };
        let (results, behaviour, predicate, areas, notes) = match language {
            Language::Indonesian => (
                "Rating hasil kerja",
                "Rating perilaku kerja",
                "Predikat kinerja",
                "Area perbaikan",
                "Catatan pimpinan",
            ),
            Language::English => (
                "Result rating",
                "Behaviour rating",
                "Predicate",
                "To improve",
                "Leader's notes",
            ),
        };
        out.push_str(&format!(
            "{results}: {}{source}\n",
            self.result_rating.label(language)
        ));
        out.push_str(&format!(
            "{behaviour}: {}\n",
            self.behaviour.rating.label(language)
        ));
        for value in &self.behaviour.values {
            out.push_str(&format!(
                "  - {}: {}",
                value.value.label(language),
                value.rating.label(language)
            ));
            if let Some(expectation) = &value.expectation {
                out.push_str(&format!(" [{expectation}]"));
            }
            out.push('\n');
        }
        out.push_str(&format!(
            "{predicate}: {}\n",
            self.predicate.label(language)
        ));
        for area in &self.improvement_areas {
            out.push_str(&format!("{areas}: {}\n", area.describe(language)));
        }
        for note in &self.notes {
            out.push_str(&format!("{notes}: {note}\n"));
        }
        out
    }
}

/// Evaluates one employee over `scope`: the achievement to date (with its explanation),
/// the result rating from the thresholds (or the leader's reasoned override, or, for a unit
/// leader, the organisation's rating), the behaviour rating from the raters, the predicate
/// from the matrix, and improvement areas from the data.
///
/// # Errors
/// [`EvaluationError::OverrideWithoutReason`] for an override with a blank reason; scoring,
/// band and behaviour errors.
pub fn appraise(
    rules: &EvaluationRules,
    scope: Span,
    input: &AppraisalInput<'_>,
) -> Result<Appraisal, EvaluationError> {
    if let Some(o) = input.result_override {
        if o.reason.trim().is_empty() {
            return Err(EvaluationError::OverrideWithoutReason {
                employee: input.employee,
            });
        }
    }
    let results = input
        .plan
        .explain(scope, input.measurements, rules.rounding)?;
    let computed_rating = *rules
        .result_thresholds
        .classify(results.reported, |_| true)?
        .label;
    let (result_rating, source) = match (input.organisation_rating, input.result_override) {
        (Some(rating), _) => (rating, RatingSource::Organisation),
        (None, Some(o)) => (
            o.rating,
            RatingSource::Override {
                reason: o.reason.clone(),
            },
        ),
        (None, None) => (computed_rating, RatingSource::Achievement),
    };
    let behaviour = assess_behaviour(
        input.behaviour,
        &rules.rater_weights,
        &rules.behaviour_thresholds,
        input.expectations,
    )?;
    let predicate = rules.matrix.predicate(result_rating, behaviour.rating);
    let mut improvement_areas: Vec<ImprovementArea> = results
        .results
        .iter()
        .flat_map(|r| &r.indicators)
        .filter_map(|i| {
            let achievement = i.trace.achievement?;
            (achievement < Percent::HUNDRED).then(|| ImprovementArea::IndicatorBehindTarget {
                indicator: i.trace.indicator.clone(),
                achievement: achievement.rounded(rules.rounding).unwrap_or(achievement),
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
        computed_rating,
        result_rating,
        source,
        behaviour,
        predicate,
        improvement_areas,
        notes: input.notes.to_vec(),
    })
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

/// The annual evaluation, from the whole year's periods: the year's achievement and
/// behaviour, and the periodic evaluations at the rules' granularity that led to it. A
/// period in which nothing in the plan is due yet (only annual targets, say) has no
/// periodic evaluation.
///
/// # Errors
/// As [`appraise`].
pub fn appraise_year(
    rules: &EvaluationRules,
    year: Year,
    input: &AppraisalInput<'_>,
) -> Result<AnnualAppraisal, EvaluationError> {
    let mut periodic = Vec::new();
    for period in year.periods(rules.granularity) {
        match appraise_period(rules, year, period, input) {
            Ok(appraisal) => periodic.push(appraisal),
            Err(EvaluationError::Scoring(ScoringError::NothingDue { .. })) => {}
            Err(other) => return Err(other),
        }
    }
    let annual = appraise(rules, year.as_period().into(), input)?;
    Ok(AnnualAppraisal { periodic, annual })
}

/// A year of evaluations: each period to date, and the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnualAppraisal {
    /// The periodic evaluations, in order.
    pub periodic: Vec<Appraisal>,
    /// The annual evaluation, which sets the year's predicate.
    pub annual: Appraisal,
}

/// The evaluations of a whole agency for a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyAppraisal {
    /// Every employee with a plan, by number.
    pub employees: BTreeMap<EmployeeNumber, AnnualAppraisal>,
    /// Employees who own no main result yet, so cannot be evaluated.
    pub without_plan: Vec<EmployeeNumber>,
}

/// What an agency-wide evaluation reads, besides the rules.
#[derive(Debug, Clone, Copy)]
pub struct AgencyInput<'a> {
    /// The cascade (and through it the agency).
    pub cascade: &'a crate::cascade::Cascade,
    /// The indicator definitions.
    pub definitions: &'a crate::indicator::Definitions,
    /// The realisations (rolled up, where results add up along direct links).
    pub measurements: &'a Measurements,
    /// Behaviour ratings per employee.
    pub behaviour: &'a BTreeMap<EmployeeNumber, Vec<BehaviourRating>>,
    /// Leaders' overrides per employee.
    pub overrides: &'a BTreeMap<EmployeeNumber, Override>,
    /// Specific expectations per employee.
    pub expectations: &'a BTreeMap<EmployeeNumber, BTreeMap<CoreValue, String>>,
    /// Unit leaders, with their organisation's rating (which becomes their result rating).
    pub leaders: &'a BTreeMap<EmployeeNumber, Rating>,
}

/// Evaluates every employee of the agency for `year` ([`appraise_year`] each), with plans
/// read from the cascade ([`ScoringPlan::for_employee`]).
///
/// # Errors
/// [`EvaluationError::UnknownEmployee`] when behaviour ratings, overrides, expectations or
/// leaders name someone not in the agency; any error of an employee's evaluation.
pub fn appraise_agency(
    rules: &EvaluationRules,
    year: Year,
    input: &AgencyInput<'_>,
) -> Result<AgencyAppraisal, EvaluationError> {
    let agency = input.cascade.agency();
    let known = |number: &EmployeeNumber| agency.employee(number).is_some();
    let named = input
        .behaviour
        .keys()
        .chain(input.overrides.keys())
        .chain(input.expectations.keys())
        .chain(input.leaders.keys());
    for number in named {
        if !known(number) {
            return Err(EvaluationError::UnknownEmployee { employee: *number });
        }
    }
    let no_expectations = BTreeMap::new();
    let mut employees = BTreeMap::new();
    let mut without_plan = Vec::new();
    for employee in agency.employees() {
        let number = *employee.number();
        let Some(plan) = ScoringPlan::for_employee(input.cascade, &number, input.definitions)?
        else {
            without_plan.push(number);
            continue;
        };
        let one = AppraisalInput {
            employee: number,
            plan: &plan,
            measurements: input.measurements,
            behaviour: input.behaviour.get(&number).map_or(&[], Vec::as_slice),
            expectations: input.expectations.get(&number).unwrap_or(&no_expectations),
            result_override: input.overrides.get(&number),
            organisation_rating: input.leaders.get(&number).copied(),
            notes: &[],
        };
        employees.insert(number, appraise_year(rules, year, &one)?);
    }
    Ok(AgencyAppraisal {
        employees,
        without_plan,
    })
}
