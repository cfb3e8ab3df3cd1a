//! An employee's objection (keberatan) to an evaluation, and its decision, as a screen shows
//! it.

use super::common::PersonView;
use super::common::{DateView, LabelView, Style};
use super::names::{person, span_label, word};
use crate::evaluation::{Appraisal, ObjectionOutcome, ObjectionRecord};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::period::Span;
use crate::written::date;
use serde::{Deserialize, Serialize};

/// An employee's objection (keberatan) to an evaluation as a screen shows it: who objected
/// to which predicate of which evaluation, when and on what grounds, to whom; the decision
/// of the rater's superior (final), who made it and when; and the predicate before and
/// after, each labelled in the style's language.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{ObjectionView, Style};
/// use kinerja::{AgencyInput, sample};
/// let mut records = sample::siulak_records()?;
/// let year = records.year.as_period();
/// for (employee, objection) in sample::siulak_objections()? {
///     if let Some(entry) = records.employees.iter_mut().find(|r| r.employee == employee) {
///         entry.objections.insert(year, objection);
///     }
/// }
/// let input = AgencyInput::new(records).map_err(|p| p.to_string())?;
/// let appraised = kinerja::appraise_agency(&input)?;
/// let views: Vec<ObjectionView> = appraised.employees.iter()
///     .filter_map(|e| ObjectionView::of(&e.annual, input.cascade().agency(), Style::indonesian()))
///     .collect();
/// assert_eq!(views.len(), 2);
/// let upheld = views.iter().find(|v| v.status.code == "upheld").ok_or("no upheld objection")?;
/// assert_eq!(upheld.predicate_after.as_ref().map(|p| p.label.as_str()), Some("Butuh Perbaikan"));
/// assert_eq!(upheld.scope.label, "Tahun 2026");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ObjectionView {
    /// The employee who objected.
    pub employee: PersonView,
    /// The evaluation objected to, by its months (`Tahun 2026`, `s.d. Triwulan II 2026`).
    pub scope: LabelView,
    /// When the result was given.
    pub given_on: DateView,
    /// When the employee objected.
    pub filed_on: DateView,
    /// To whom: the rater's superior (atasan pejabat penilai kinerja), who decides.
    pub addressed_to: PersonView,
    /// Why the employee disagrees, as written.
    pub grounds: String,
    /// Where it stands: `awaiting`, `upheld` (the evaluation stands), `changed` (another
    /// predicate) or `unchanged` (new ratings, the same predicate), with its label.
    pub status: LabelView,
    /// The decision, once made; final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<ObjectionDecisionView>,
    /// The result rating the evaluation gave.
    pub result_rating_before: LabelView,
    /// The behaviour rating the evaluation gave.
    pub behaviour_rating_before: LabelView,
    /// The predicate the evaluation gave before calibration (for the year); it differs
    /// from the one objected to where calibration moved it.
    pub evaluated: LabelView,
    /// The predicate objected to, as given to the employee: the predicate before the
    /// decision.
    pub predicate_before: LabelView,
    /// The predicate the decision set, in force wherever the one objected to counted; none
    /// while it is awaited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate_after: Option<LabelView>,
    /// The objection and its decision in sentences, naming people by name.
    pub text: String,
}

/// The decision on an objection (keputusan atasan pejabat penilai kinerja): final.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::ObjectionDecisionView;
/// let decision: ObjectionDecisionView = serde_json::from_str(r#"{
///   "on": {"date": "2027-01-12", "text": "12 Januari 2027"},
///   "by": {"number": "197204101998031005", "number_kind": "NIP", "name": "Drs. Ahmad Yani, M.Pd."},
///   "outcome": {"code": "predicate", "label": "predikat ditetapkan"},
///   "reason": "Bukti gangguan server diterima",
///   "text": "Diputuskan 12 Januari 2027 oleh Drs. Ahmad Yani, M.Pd. (final): predikat diubah menjadi Baik"
/// }"#)?;
/// assert_eq!(decision.outcome.code, "predicate");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ObjectionDecisionView {
    /// When it was decided.
    pub on: DateView,
    /// Who decided: the rater's superior the objection was addressed to.
    pub by: PersonView,
    /// What was decided: `upheld`, `ratings` (new ratings, the predicate from the matrix) or
    /// `predicate` (a new predicate), with its label.
    pub outcome: LabelView,
    /// The new result rating, where the decision rated again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_rating: Option<LabelView>,
    /// The new behaviour rating, where the decision rated again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behaviour_rating: Option<LabelView>,
    /// Why, as written.
    pub reason: String,
    /// The decision in a sentence: who, when and what.
    pub text: String,
}

impl ObjectionView {
    /// The view of the objection to `appraisal`, if the employee objected to it, naming
    /// people as `agency` names them.
    #[must_use]
    pub fn of(appraisal: &Appraisal, agency: &Agency, style: Style) -> Option<Self> {
        appraisal.objection.as_ref().map(|record| {
            Self::of_record(record, &appraisal.employee, appraisal.scope, agency, style)
        })
    }

    /// The view of `record`, the objection of `employee` to their evaluation over `scope`,
    /// naming people as `agency` names them.
    #[must_use]
    pub fn of_record(
        record: &ObjectionRecord,
        employee: &EmployeeNumber,
        scope: Span,
        agency: &Agency,
        style: Style,
    ) -> Self {
        let language = style.language;
        let objection = &record.objection;
        let employee = person(agency, employee);
        let addressed_to = person(agency, &objection.addressed_to);
        let scope = span_label(scope, style);
        let objected = LabelView::of(&objection.objected, language);
        let grounds = objection.reason.as_str().to_owned();
        let status = match (&objection.decision, record.decided) {
            (Some(d), _) if d.outcome == ObjectionOutcome::Upheld => {
                ("upheld", "keberatan ditolak", "objection rejected")
            }
            (Some(_), Some(decided)) if decided != objection.objected => {
                ("changed", "predikat diubah", "predicate changed")
            }
            (Some(_), _) => (
                "unchanged",
                "penilaian diubah, predikat tetap",
                "ratings changed, the predicate stays",
            ),
            (None, _) => ("awaiting", "menunggu keputusan", "awaiting a decision"),
        };
        let status = LabelView {
            code: status.0.to_owned(),
            label: word(language, status.1, status.2).to_owned(),
        };
        let predicate_after = record.decided.map(|p| LabelView::of(&p, language));
        let decision = objection.decision.as_ref().map(|d| {
            let (code, indonesian, english) = match d.outcome {
                ObjectionOutcome::Upheld => ("upheld", "keberatan ditolak", "objection rejected"),
                ObjectionOutcome::Ratings { .. } => ("ratings", "penilaian ulang", "rated again"),
                ObjectionOutcome::Predicate(_) => {
                    ("predicate", "predikat ditetapkan", "predicate set")
                }
            };
            let (result_rating, behaviour_rating) = match d.outcome {
                ObjectionOutcome::Ratings { result, behaviour } => (
                    Some(LabelView::of(&result, language)),
                    Some(LabelView::of(&behaviour, language)),
                ),
                _ => (None, None),
            };
            let after = predicate_after
                .as_ref()
                .map_or_else(String::new, |p| p.label.clone());
            let what = match (d.outcome, language) {
                (ObjectionOutcome::Upheld, Language::Indonesian) => {
                    format!("keberatan ditolak, predikat tetap {after}")
                }
                (ObjectionOutcome::Upheld, Language::English) => {
                    format!("objection rejected, the predicate stays {after}")
                }
                (ObjectionOutcome::Ratings { result, behaviour }, Language::Indonesian) => format!(
                    "hasil kerja {}, perilaku kerja {}, sehingga predikat {after}",
                    result.label(language),
                    behaviour.label(language)
                ),
                (ObjectionOutcome::Ratings { result, behaviour }, Language::English) => format!(
                    "results {}, behaviour {}, so the predicate is {after}",
                    result.label(language),
                    behaviour.label(language)
                ),
                (ObjectionOutcome::Predicate(_), Language::Indonesian) => {
                    format!("predikat diubah menjadi {after}")
                }
                (ObjectionOutcome::Predicate(_), Language::English) => {
                    format!("the predicate is changed to {after}")
                }
            };
            let on = date(d.on, language);
            let text = match language {
                Language::Indonesian => {
                    format!("Diputuskan {on} oleh {} (final): {what}", addressed_to.name)
                }
                Language::English => {
                    format!("Decided on {on} by {} (final): {what}", addressed_to.name)
                }
            };
            ObjectionDecisionView {
                on: DateView::of(d.on, language),
                by: addressed_to.clone(),
                outcome: LabelView {
                    code: code.to_owned(),
                    label: word(language, indonesian, english).to_owned(),
                },
                result_rating,
                behaviour_rating,
                reason: d.reason.as_str().to_owned(),
                text,
            }
        });
        let given_on = DateView::of(objection.given_on, language);
        let filed_on = DateView::of(objection.filed_on, language);
        let why = grounds.trim_end_matches('.');
        let head = match language {
            Language::Indonesian => format!(
                "Keberatan {} atas predikat {} ({}) kepada {} Hasil diberikan {}, keberatan diajukan {}: {why}.",
                employee.name,
                objected.label,
                scope.label,
                sentence(&addressed_to.name),
                given_on.text,
                filed_on.text
            ),
            Language::English => format!(
                "Objection of {} to the predicate {} ({}) with {} Result given on {}, objection filed on {}: {why}.",
                employee.name,
                objected.label,
                scope.label,
                sentence(&addressed_to.name),
                given_on.text,
                filed_on.text
            ),
        };
        let tail = match (&decision, language) {
            (Some(d), Language::Indonesian) => {
                format!("{}; alasan: {}.", d.text, d.reason.trim_end_matches('.'))
            }
            (Some(d), Language::English) => {
                format!("{}; reason: {}.", d.text, d.reason.trim_end_matches('.'))
            }
            (None, Language::Indonesian) => "Menunggu keputusan.".to_owned(),
            (None, Language::English) => "The decision is awaited.".to_owned(),
        };
        Self {
            employee,
            scope,
            given_on,
            filed_on,
            addressed_to,
            grounds,
            status,
            decision,
            result_rating_before: LabelView::of(&record.result_rating_before, language),
            behaviour_rating_before: LabelView::of(&record.behaviour_rating_before, language),
            evaluated: LabelView::of(&record.predicate_before, language),
            predicate_before: objected,
            predicate_after,
            text: format!("{head} {tail}"),
        }
    }
}

/// `text` ending a sentence: with a full stop, unless it ends with one (`M.Pd.`).
fn sentence(text: &str) -> String {
    if text.ends_with('.') {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}
