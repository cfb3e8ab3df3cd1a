//! An employee's appraisal as a screen shows it.

use super::common::{FigureView, LabelView, Style, TargetView, person_view};
use super::common::{NamedView, PersonView};
use crate::cascade::Cascade;
use crate::evaluation::{Appraisal, ImprovementArea, RatingSource};
use crate::id::IndicatorId;
use crate::label::{Labelled, Language};
use crate::measure::{AchievementTrace, PeriodTrace, Reading};
use crate::period::{Period, Span};
use serde::{Deserialize, Serialize};

/// An employee's appraisal (penilaian kinerja) for one scope, for a screen or a report: who,
/// over which months, the figures written for people, every label in the style's language,
/// each result and indicator with its statement and id, and each period's targets and
/// realisations once.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{AppraisalView, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let rina = &year.employees.iter().find(|e| e.employee.to_string() == "198507192010012014").ok_or("?")?.annual;
/// let view = AppraisalView::of(rina, input.cascade(), Style::indonesian());
/// assert_eq!(view.employee.person.name, "Rina Marlina, S.Pd.");
/// assert_eq!(view.period.name, "Tahun 2026");
/// assert_eq!(view.achievement.text, "100,50 %");
/// assert_eq!(view.predicate.label, "Baik");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AppraisalView {
    /// The employee.
    pub employee: EmployeeView,
    /// The months appraised: their id (`2026`, `2026-01..06`) and their name as people say
    /// it (`Tahun 2026`, `s.d. Triwulan II 2026`).
    pub period: PeriodView,
    /// Whether the figure covers the year so far (a periodic appraisal to date) rather than
    /// one period alone or the whole year.
    pub year_to_date: bool,
    /// The achievement reported (capaian).
    pub achievement: FigureView,
    /// Each period of the months appraised, in order; the indicators' period figures refer
    /// to them by id. Where the appraisal averages periods, each carries its own achievement.
    pub periods: Vec<PeriodFigureView>,
    /// The rating of the results (rating hasil kerja).
    pub result_rating: LabelView,
    /// Why the result rating is not the one the achievement gives, where it is not: the
    /// leader's reason, or the organisation's predicate for the head of the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_rating_reason: Option<String>,
    /// The rating of the behaviour (rating perilaku kerja).
    pub behaviour_rating: LabelView,
    /// Each core value's rating.
    pub behaviour: Vec<BehaviourValueView>,
    /// The predicate (predikat kinerja).
    pub predicate: LabelView,
    /// The predicate before calibration, where calibration changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibrated_from: Option<LabelView>,
    /// Why calibration changed it, in sentences: the reason, and for a member of a tie
    /// why them and not the others (everyone's figure, the places, the rule, who decided).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<String>,
    /// The predicate objected to, where the decision on the employee's objection changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objected_from: Option<LabelView>,
    /// The employee's objection and its decision, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<String>,
    /// Each result with its indicators.
    pub results: Vec<ResultView>,
    /// What to improve (area perbaikan).
    pub improvement_areas: Vec<ImprovementAreaView>,
    /// The leader's notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Who an appraisal is of: the person, their position and their unit, each with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EmployeeView {
    /// The person: name, employee number and its kind.
    pub person: PersonView,
    /// The position (jabatan): its id and title.
    pub position: NamedView,
    /// The unit (unit kerja): its id and name.
    pub unit: NamedView,
}

/// A span of months or a period: its id, as the wire writes it (`2026-Q2`, `2026-01..06`),
/// and its name as people say it (`Triwulan II 2026`, `s.d. Triwulan II 2026`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PeriodView {
    /// The id.
    pub id: String,
    /// The name.
    pub name: String,
}

impl PeriodView {
    /// The view of `period`.
    pub(crate) fn of(period: Period, language: Language) -> Self {
        Self {
            id: period.to_string(),
            name: period.describe(language),
        }
    }

    /// The view of `span`, named as an evaluation counted by the style's periods names it.
    pub(crate) fn of_span(span: Span, style: Style) -> Self {
        Self {
            id: span.to_string(),
            name: span.describe_in(style.granularity, style.language),
        }
    }
}

/// One period of an appraisal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PeriodFigureView {
    /// The period (`Triwulan II 2026`).
    pub period: PeriodView,
    /// Its own achievement, where the appraisal averages periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
}

/// One core value's rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BehaviourValueView {
    /// The core value (BerAKHLAK).
    pub value: LabelView,
    /// Its rating.
    pub rating: LabelView,
    /// The leader's specific expectation (ekspektasi khusus pimpinan), where one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectation: Option<String>,
}

/// One result of the plan (rencana hasil kerja).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ResultView {
    /// The result's id (the node of the cascade).
    pub id: String,
    /// Its statement.
    pub statement: String,
    /// Its weight in the plan (bobot), as a percent of the plan, where weights count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<FigureView>,
    /// Its achievement; none when all its indicators dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
    /// Its indicators.
    pub indicators: Vec<IndicatorView>,
}

/// One indicator of a result (indikator kinerja individu).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IndicatorView {
    /// The indicator's id.
    pub id: String,
    /// Its statement.
    pub statement: String,
    /// Its unit of measure (satuan).
    pub unit: String,
    /// Whether higher or lower is better.
    pub polarity: LabelView,
    /// The target over the months appraised; none when every period dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetView>,
    /// The realisation over the months appraised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisation: Option<FigureView>,
    /// The achievement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
    /// Each period's target and realisation, referring to the appraisal's periods by id
    /// (left out of a compact view).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<IndicatorPeriodView>,
}

/// One period's target and realisation of an indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IndicatorPeriodView {
    /// The period's id: one of the appraisal's `periods`.
    pub period: String,
    /// Its target.
    pub target: TargetView,
    /// Its realisation, where one was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisation: Option<FigureView>,
    /// Where none was recorded, how the rules counted it (`tidak ada realisasi, dihitung
    /// 0`); left out when it was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<LabelView>,
}

/// Something to improve, with what it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ImprovementAreaView {
    /// What it is about: an indicator (its id and statement) or a core value (its code and
    /// label).
    pub about: NamedView,
    /// The indicator's achievement, where it is about an indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
    /// A sentence for the employee, naming the indicator by its statement.
    pub text: String,
}

/// How the appraisal views are made, the trace left in or out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Every indicator with its periods.
    Full,
    /// Every indicator's figures over the months appraised, without its periods.
    Compact,
}

impl AppraisalView {
    /// The view of `appraisal`, with names and statements from `cascade` (an id stands in
    /// for any name the cascade does not hold).
    #[must_use]
    pub fn of(appraisal: &Appraisal, cascade: &Cascade, style: Style) -> Self {
        Self::with_detail(appraisal, cascade, style, Detail::Full)
    }

    /// The view of `appraisal` without each indicator's periods: the figures over the
    /// months appraised, the ratings and the predicate, for an agency's stored output
    /// (about half the bytes of [`AppraisalView::of`]).
    #[must_use]
    pub fn compact(appraisal: &Appraisal, cascade: &Cascade, style: Style) -> Self {
        Self::with_detail(appraisal, cascade, style, Detail::Compact)
    }

    pub(crate) fn with_detail(
        appraisal: &Appraisal,
        cascade: &Cascade,
        style: Style,
        detail: Detail,
    ) -> Self {
        let language = style.language;
        let percent = |p: crate::num::Percent| FigureView::percent(p.value(), style);
        let scope = appraisal.scope;
        let source = match &appraisal.source {
            RatingSource::Achievement => None,
            RatingSource::Override { reason } => Some(reason.as_str().to_owned()),
            RatingSource::Organisation { predicate } => Some(format!(
                "{}: {}",
                match language {
                    Language::Indonesian => "predikat organisasi",
                    Language::English => "the organisation's predicate",
                },
                predicate.label(language)
            )),
        };
        Self {
            employee: EmployeeView::of(appraisal, cascade),
            period: PeriodView::of_span(scope, style),
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
            periods: periods(appraisal, style),
            result_rating: LabelView::of(&appraisal.result_rating, language),
            result_rating_reason: source,
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
            results: appraisal
                .results
                .results
                .iter()
                .map(|result| ResultView {
                    id: result.node.to_string(),
                    statement: cascade
                        .node(&result.node)
                        .map_or_else(String::new, |n| n.statement().to_owned()),
                    weight: result.share.map(|s| FigureView::percent(s.value(), style)),
                    achievement: result.achievement.map(percent),
                    indicators: result
                        .indicators
                        .iter()
                        .map(|explained| {
                            IndicatorView::of(&explained.trace, cascade, style, detail)
                        })
                        .collect(),
                })
                .collect(),
            improvement_areas: appraisal
                .improvement_areas
                .iter()
                .map(|area| ImprovementAreaView::of(area, cascade, style))
                .collect(),
            notes: appraisal.notes.clone(),
        }
    }
}

/// Every period the appraisal's indicators count, in order, with the period's own
/// achievement where the appraisal averages periods.
fn periods(appraisal: &Appraisal, style: Style) -> Vec<PeriodFigureView> {
    let mut seen: Vec<Period> = appraisal
        .results
        .results
        .iter()
        .flat_map(|result| &result.indicators)
        .flat_map(|explained| &explained.trace.periods)
        .map(|trace| trace.period)
        .chain(appraisal.period_achievements.iter().map(|p| p.period))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.into_iter()
        .map(|period| PeriodFigureView {
            period: PeriodView::of(period, style.language),
            achievement: appraisal
                .period_achievements
                .iter()
                .find(|p| p.period == period)
                .map(|p| FigureView::percent(p.achievement.value(), style)),
        })
        .collect()
}

impl IndicatorView {
    fn of(trace: &AchievementTrace, cascade: &Cascade, style: Style, detail: Detail) -> Self {
        Self {
            id: trace.indicator.to_string(),
            statement: indicator_statement(cascade, &trace.indicator),
            unit: trace.unit.clone(),
            polarity: polarity_label(trace, style.language),
            target: trace.target.map(|t| TargetView::of(t, style)),
            realisation: trace.realisation.map(|r| FigureView::number(r, style)),
            achievement: trace
                .achievement
                .map(|a| FigureView::percent(a.value(), style)),
            periods: match detail {
                Detail::Full => trace
                    .periods
                    .iter()
                    .map(|p| IndicatorPeriodView::of(p, style))
                    .collect(),
                Detail::Compact => Vec::new(),
            },
        }
    }
}

/// The polarity as a label, its code the kind of formula (`maximise`, `minimise`, …).
fn polarity_label(trace: &AchievementTrace, language: Language) -> LabelView {
    use crate::measure::Polarity;
    let code = match trace.polarity {
        Polarity::Maximise => "maximise",
        Polarity::Minimise(_) => "minimise",
        Polarity::Stabilise { .. } => "stabilise",
        Polarity::Milestone => "milestone",
    };
    LabelView {
        code: code.to_owned(),
        label: trace.polarity.label(language).to_owned(),
    }
}

impl IndicatorPeriodView {
    fn of(trace: &PeriodTrace, style: Style) -> Self {
        let missing = |code: &str, indonesian: &str, english: &str| {
            Some(LabelView {
                code: code.to_owned(),
                label: match style.language {
                    Language::Indonesian => indonesian,
                    Language::English => english,
                }
                .to_owned(),
            })
        };
        Self {
            period: trace.period.to_string(),
            target: TargetView::of(trace.target, style),
            realisation: trace.realisation.map(|r| FigureView::number(r, style)),
            missing: match trace.reading {
                Reading::Measured => None,
                Reading::MissingAsZero => missing(
                    "missing_as_zero",
                    "tidak ada realisasi, dihitung 0",
                    "no realisation, counted as 0",
                ),
                Reading::MissingDropped => missing(
                    "missing_dropped",
                    "tidak ada realisasi, tidak dihitung",
                    "no realisation, left out",
                ),
            },
        }
    }
}

impl ImprovementAreaView {
    fn of(area: &ImprovementArea, cascade: &Cascade, style: Style) -> Self {
        let language = style.language;
        match area {
            ImprovementArea::IndicatorBehindTarget {
                indicator,
                statement,
                achievement,
            } => {
                let statement = statement
                    .clone()
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| indicator_statement(cascade, indicator));
                let named = if statement.is_empty() {
                    indicator.to_string()
                } else {
                    format!("\"{statement}\"")
                };
                let figure = FigureView::percent(achievement.value(), style);
                let text = match language {
                    Language::Indonesian => {
                        format!(
                            "indikator {named} baru tercapai {} dari target",
                            figure.text
                        )
                    }
                    Language::English => {
                        format!("indicator {named} is at {} of its target", figure.text)
                    }
                };
                Self {
                    about: NamedView {
                        id: indicator.to_string(),
                        name: if statement.is_empty() {
                            indicator.to_string()
                        } else {
                            statement
                        },
                    },
                    achievement: Some(figure),
                    text,
                }
            }
            ImprovementArea::BehaviourBelowExpectation { value } => {
                let label = LabelView::of(value, language);
                Self {
                    text: area.describe(language),
                    about: NamedView {
                        id: label.code,
                        name: label.label,
                    },
                    achievement: None,
                }
            }
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
            person: person_view(&appraisal.employee, employee.map(|e| e.name().to_owned())),
            position: NamedView {
                id: employee.map_or_else(String::new, |e| e.position().to_string()),
                name: position.map_or_else(String::new, |p| p.title().to_owned()),
            },
            unit: NamedView {
                id: position.map_or_else(String::new, |p| p.unit().to_string()),
                name: unit.map_or_else(String::new, |u| u.name().to_owned()),
            },
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
