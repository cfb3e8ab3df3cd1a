//! An agency's year as it is stored and served: every employee's appraisals once, the
//! organisation, the distribution and the calibrations, with no internal figure.

use super::appraisal::{AppraisalView, Detail, PeriodView};
use super::common::PersonView;
use super::common::{FigureView, LabelView, Style, person_view};
use super::organisation::{DistributionView, OrganisationView};
use crate::cascade::Cascade;
use crate::evaluation::{AgencyAppraisal, Appraisal, Calibration};
use crate::nip::EmployeeNumber;
use serde::{Deserialize, Serialize};

/// An agency's year of evaluations (penilaian kinerja satu tahun) as an agency writes it out
/// and a front end reads it: the organisation's predicate in each span, each employee's
/// annual appraisal (with each indicator's periods once) and their periodic appraisals to
/// date as figures and ratings, who has no plan, the distribution and the calibrations.
///
/// Every figure is `{value, text}` with at most the rounding's places (the exact value beside
/// it only where rounding changed it); nothing is `null`. [`AgencyYearView::compact`] leaves
/// out each indicator's periods, for an agency that stores every year.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{AgencyYearView, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let view = AgencyYearView::of(&year, input.cascade(), Style::indonesian());
/// assert_eq!(view.year.name, "Tahun 2026");
/// let rina = view.employees.iter().find(|e| e.annual.employee.person.name == "Rina Marlina, S.Pd.").ok_or("?")?;
/// assert_eq!(rina.annual.achievement.text, "100,50 %");
/// assert_eq!(rina.periodic.len(), 4);
/// assert_eq!(rina.periodic[1].period.name, "s.d. Triwulan II 2026");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AgencyYearView {
    /// The year.
    pub year: PeriodView,
    /// The organisation's predicate in each span where it has one: each period to date,
    /// then the year.
    pub organisation: Vec<OrganisationView>,
    /// Every employee with a plan.
    pub employees: Vec<EmployeeYearView>,
    /// Employees who have no plan yet, so could not be appraised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub without_plan: Vec<PersonView>,
    /// The organisation's leaders, rated with the organisation and so outside its
    /// distribution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leaders: Vec<PersonView>,
    /// The annual predicates of everyone else against the distribution (kurva distribusi),
    /// after calibration; left out when the organisation has no annual predicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<DistributionView>,
    /// The calibrations applied, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calibrations: Vec<CalibrationView>,
}

/// One employee's year: the annual appraisal in full, and each periodic appraisal to date
/// as its figure, ratings and predicate (the annual appraisal's indicators hold every
/// period's target and realisation once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EmployeeYearView {
    /// The annual appraisal (penilaian kinerja tahunan).
    pub annual: AppraisalView,
    /// The periodic appraisals to date (evaluasi kinerja periodik), in order.
    pub periodic: Vec<PeriodicView>,
}

/// A periodic appraisal to date, in brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PeriodicView {
    /// The months to date (`s.d. Triwulan II 2026`).
    pub period: PeriodView,
    /// The achievement reported.
    pub achievement: FigureView,
    /// The rating of the results.
    pub result_rating: LabelView,
    /// The rating of the behaviour.
    pub behaviour_rating: LabelView,
    /// The predicate.
    pub predicate: LabelView,
}

/// A calibration (kalibrasi): the distribution before and after, how many predicates
/// changed, and the whole account in sentences (who moved and why, each tie and who
/// decided it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CalibrationView {
    /// The distribution of the proposal.
    pub before: DistributionView,
    /// The distribution after calibration.
    pub after: DistributionView,
    /// How many predicates changed.
    pub changes: usize,
    /// The account, in the style's language.
    pub text: String,
}

impl AgencyYearView {
    /// The view of `year`, with names and statements from `cascade`.
    #[must_use]
    pub fn of(year: &AgencyAppraisal, cascade: &Cascade, style: Style) -> Self {
        Self::with_detail(year, cascade, style, Detail::Full)
    }

    /// The view of `year` without each indicator's periods: about half the bytes, for an
    /// agency that stores every year (the figures over the year, ratings and predicates
    /// are all there).
    #[must_use]
    pub fn compact(year: &AgencyAppraisal, cascade: &Cascade, style: Style) -> Self {
        Self::with_detail(year, cascade, style, Detail::Compact)
    }

    fn with_detail(
        year: &AgencyAppraisal,
        cascade: &Cascade,
        style: Style,
        detail: Detail,
    ) -> Self {
        let agency = cascade.agency();
        let person = |number: &EmployeeNumber| {
            person_view(number, agency.employee(number).map(|e| e.name().to_owned()))
        };
        Self {
            year: PeriodView::of(crate::period::Period::Year(year.year), style.language),
            organisation: year
                .organisation
                .iter()
                .map(|outcome| OrganisationView::of(outcome, cascade, style))
                .collect(),
            employees: year
                .employees
                .iter()
                .map(|employee| EmployeeYearView {
                    annual: AppraisalView::with_detail(&employee.annual, cascade, style, detail),
                    periodic: employee
                        .periodic
                        .iter()
                        .map(|appraisal| PeriodicView::of(appraisal, style))
                        .collect(),
                })
                .collect(),
            without_plan: year.without_plan.iter().map(person).collect(),
            leaders: year.leaders.iter().map(person).collect(),
            distribution: year
                .distribution
                .as_ref()
                .map(|report| DistributionView::of(report, style)),
            calibrations: year
                .calibrations
                .iter()
                .map(|calibration| CalibrationView::of(calibration, cascade, style))
                .collect(),
        }
    }
}

impl PeriodicView {
    fn of(appraisal: &Appraisal, style: Style) -> Self {
        let language = style.language;
        Self {
            period: PeriodView::of_span(appraisal.scope, style),
            achievement: FigureView::percent(appraisal.reported.value(), style),
            result_rating: LabelView::of(&appraisal.result_rating, language),
            behaviour_rating: LabelView::of(&appraisal.behaviour.rating, language),
            predicate: LabelView::of(&appraisal.predicate, language),
        }
    }
}

impl CalibrationView {
    /// The view of `calibration`, naming people from `cascade`'s agency.
    #[must_use]
    pub fn of(calibration: &Calibration, cascade: &Cascade, style: Style) -> Self {
        Self {
            before: DistributionView::of(&calibration.before, style),
            after: DistributionView::of(&calibration.after, style),
            changes: calibration.changes,
            text: calibration
                .render(cascade.agency(), style.language)
                .trim_end()
                .to_owned(),
        }
    }
}
