//! An employee's appraisal as a screen shows it.

use super::common::{FigureView, LabelView, Style};
use crate::cascade::Cascade;
use crate::evaluation::{Appraisal, RatingSource};
use crate::id::IndicatorId;
use crate::measure::Target;
use crate::written::exact;
use serde::Serialize;

/// An employee's appraisal (penilaian kinerja) for one scope, for a screen or a report: who,
/// over which months, the figures written for people, every label in the style's language,
/// each result and indicator with its statement.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{AppraisalView, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let rina = &year.employees.iter().find(|e| e.employee.to_string() == "198507192010012014").ok_or("?")?.annual;
/// let view = AppraisalView::of(rina, input.cascade(), Style::indonesian());
/// assert_eq!(view.employee.name, "Rina Marlina, S.Pd.");
/// assert_eq!(view.achievement.text, "100,50 %");
/// assert_eq!(view.predicate.label, "Baik");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AppraisalView {
    /// The employee.
    pub employee: EmployeeView,
    /// The months appraised, as people name them (`Tahun 2026`, `s.d. Triwulan III 2026`).
    pub scope: String,
    /// Whether the figure covers the year so far (a periodic appraisal to date) rather than
    /// one period alone or the whole year.
    pub year_to_date: bool,
    /// The achievement reported (capaian).
    pub achievement: FigureView,
    /// Where the appraisal averages periods, each period's own achievement.
    pub periods: Vec<PeriodFigureView>,
    /// The rating of the results (hasil kerja).
    pub result_rating: LabelView,
    /// Why the result rating differs from the achievement's, if it does: the leader's
    /// reason, or the organisation's predicate for a unit head.
    pub result_rating_source: Option<String>,
    /// The rating of the behaviour (perilaku kerja).
    pub behaviour_rating: LabelView,
    /// Each core value's rating.
    pub behaviour: Vec<BehaviourValueView>,
    /// The predicate (predikat kinerja).
    pub predicate: LabelView,
    /// The predicate before calibration, where calibration changed it.
    pub calibrated_from: Option<LabelView>,
    /// Why calibration changed it, in sentences: the reason, and for a member of a tie
    /// why them and not the others (everyone's figure, the places, the rule, who decided).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calibration: Option<String>,
    /// The predicate objected to, where the decision on the employee's objection changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objected_from: Option<LabelView>,
    /// The employee's objection and its decision, in a sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objection: Option<String>,
    /// Each result with its indicators.
    pub results: Vec<ResultView>,
    /// What to improve, as sentences for the employee.
    pub improvement_areas: Vec<String>,
    /// The leader's notes.
    pub notes: Vec<String>,
}

/// Who an appraisal is of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EmployeeView {
    /// The employee number (NIP or NI PPPK).
    pub number: String,
    /// The name, as the agency records it.
    pub name: String,
    /// The position's title.
    pub position: String,
    /// The unit's name.
    pub unit: String,
}

/// One period's achievement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PeriodFigureView {
    /// The period, as people name it (`Triwulan II 2026`).
    pub period: String,
    /// Its achievement.
    pub achievement: FigureView,
}

/// One core value's rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BehaviourValueView {
    /// The core value (BerAKHLAK).
    pub value: LabelView,
    /// Its rating.
    pub rating: LabelView,
    /// The leader's specific expectation, if any.
    pub expectation: Option<String>,
}

/// One result of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ResultView {
    /// The result's id.
    pub node: String,
    /// Its statement.
    pub statement: String,
    /// Its share of the plan, where it counts (bobot).
    pub share: Option<FigureView>,
    /// Its achievement; none when all its indicators dropped out.
    pub achievement: Option<FigureView>,
    /// Its indicators.
    pub indicators: Vec<IndicatorView>,
}

/// One indicator of a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IndicatorView {
    /// The indicator's id.
    pub indicator: String,
    /// Its statement.
    pub statement: String,
    /// Its unit of measure.
    pub unit: String,
    /// Whether higher or lower is better, in words.
    pub polarity: String,
    /// The target over the scope (`16`, or a range `[80; 90]`); none when dropped out.
    pub target: Option<String>,
    /// The realisation over the scope.
    pub realisation: Option<FigureView>,
    /// The achievement.
    pub achievement: Option<FigureView>,
}

impl AppraisalView {
    /// The view of `appraisal`, with names and statements from `cascade` (an id stands in
    /// for any name the cascade does not hold).
    #[must_use]
    pub fn of(appraisal: &Appraisal, cascade: &Cascade, style: Style) -> Self {
        let language = style.language;
        let percent = |p: crate::num::Percent| FigureView::percent(p.value(), style);
        let scope = appraisal.scope;
        let results = &appraisal.results;
        let source = match &appraisal.source {
            RatingSource::Achievement => None,
            RatingSource::Override { reason } => Some(reason.as_str().to_owned()),
            RatingSource::Organisation { predicate } => Some(format!(
                "{}: {}",
                match language {
                    crate::label::Language::Indonesian => "predikat organisasi",
                    crate::label::Language::English => "the organisation's predicate",
                },
                crate::label::Labelled::label(predicate, language)
            )),
        };
        Self {
            employee: EmployeeView::of(appraisal, cascade),
            scope: scope.describe_in(style.granularity, language),
            // From January past the first period counted, short of the whole year.
            year_to_date: scope.first_month() == 1
                && !scope.is_whole_year()
                && scope
                    .year()
                    .periods(style.granularity)
                    .first()
                    .map(|p| p.last_month())
                    != Some(scope.last_month()),
            achievement: percent(appraisal.reported),
            periods: appraisal
                .period_achievements
                .iter()
                .map(|p| PeriodFigureView {
                    period: p.period.describe(language),
                    achievement: percent(p.achievement),
                })
                .collect(),
            result_rating: LabelView::of(&appraisal.result_rating, language),
            result_rating_source: source,
            behaviour_rating: LabelView::of(&appraisal.behaviour.rating, language),
            behaviour: appraisal
                .behaviour
                .values
                .iter()
                .map(|v| BehaviourValueView {
                    value: LabelView::of(&v.value, language),
                    rating: LabelView::of(&v.rating, language),
                    expectation: v.expectation.clone(),
                })
                .collect(),
            predicate: LabelView::of(&appraisal.predicate, language),
            calibrated_from: appraisal
                .calibration
                .as_ref()
                .map(|c| LabelView::of(&c.before, language)),
            calibration: appraisal.calibration.as_ref().map(|change| {
                let agency = cascade.agency();
                let mut text = change.reason.describe(agency, language);
                if let Some(tie) = &change.tie {
                    text.push_str(". ");
                    text.push_str(&tie.render(agency, language));
                }
                text
            }),
            objected_from: appraisal
                .objection
                .as_ref()
                .filter(|r| r.decided.is_some_and(|d| d != r.objection.objected))
                .map(|r| LabelView::of(&r.objection.objected, language)),
            objection: appraisal.objection.as_ref().map(|r| r.describe(language)),
            results: results
                .results
                .iter()
                .map(|result| ResultView {
                    node: result.node.to_string(),
                    statement: cascade
                        .node(&result.node)
                        .map_or_else(String::new, |n| n.statement().to_owned()),
                    share: result.share.map(|s| FigureView::percent(s.value(), style)),
                    achievement: result.achievement.map(percent),
                    indicators: result
                        .indicators
                        .iter()
                        .map(|explained| {
                            let trace = &explained.trace;
                            IndicatorView {
                                indicator: trace.indicator.to_string(),
                                statement: indicator_statement(cascade, &trace.indicator),
                                unit: trace.unit.clone(),
                                polarity: crate::label::Labelled::label(&trace.polarity, language)
                                    .to_owned(),
                                target: trace.target.map(|t| target_text(t, language)),
                                realisation: trace
                                    .realisation
                                    .map(|r| FigureView::number(r, style)),
                                achievement: trace.achievement.map(percent),
                            }
                        })
                        .collect(),
                })
                .collect(),
            improvement_areas: appraisal
                .improvement_areas
                .iter()
                .map(|area| area.describe(language))
                .collect(),
            notes: appraisal.notes.clone(),
        }
    }
}

impl EmployeeView {
    fn of(appraisal: &Appraisal, cascade: &Cascade) -> Self {
        let agency = cascade.agency();
        let employee = agency.employee(&appraisal.employee);
        let position = employee.and_then(|e| agency.position(e.position()));
        let unit = position.and_then(|p| agency.unit(p.unit()));
        Self {
            number: appraisal.employee.to_string(),
            name: employee.map_or_else(|| appraisal.employee.to_string(), |e| e.name().to_owned()),
            position: position.map_or_else(String::new, |p| p.title().to_owned()),
            unit: unit.map_or_else(String::new, |u| u.name().to_owned()),
        }
    }
}

/// The statement of indicator `id` in the cascade (empty when it holds none).
pub(super) fn indicator_statement(cascade: &Cascade, id: &IndicatorId) -> String {
    cascade
        .indicator(id)
        .and_then(|node| node.indicators().iter().find(|i| i.id() == id))
        .map_or_else(String::new, |i| i.statement().to_owned())
}

/// A target as people read it: a value, or a range `[low; high]`.
pub(super) fn target_text(target: Target, language: crate::label::Language) -> String {
    match target {
        Target::Value(value) => exact(value.normalize(), language),
        Target::Band { low, high } => format!(
            "[{}; {}]",
            exact(low.normalize(), language),
            exact(high.normalize(), language)
        ),
    }
}
