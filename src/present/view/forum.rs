//! A staff forum (forum diskusi) and a unit's participation summary as a screen shows them.

use super::common::{DateView, FigureView, LabelView, Style, share_percent};
use super::common::{NamedView, PersonView};
use super::feedback::AboutView;
use super::names::{PeriodTargetView, Statements, english_for, period_label, person, word};
use crate::agreement::{
    Adoption, AdoptionStatus, Fate, Forum, ForumChange, Participation, Suggestion, Topic,
};
use crate::cascade::Cascade;
use crate::id::UnitId;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use serde::{Deserialize, Serialize};

/// A staff forum across ranks (forum diskusi) as a screen shows it: the unit and the day,
/// who took part by name, and each suggestion with what became of it, naming results and
/// indicators by statement.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{Fate, Forum, Suggestion, Topic};
/// use kinerja::present::{ForumView, Style};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let pns = |n: &str| EmployeeNumber::new(EmployeeKind::Pns, n);
/// let forum = Forum {
///     unit: UnitId::new("DIK.SD.KUR")?,
///     held_on: kinerja::NaiveDate::from_ymd_opt(2026, 1, 8).ok_or("date")?,
///     chair: pns("198507192010012014")?,
///     attendees: vec![pns("199203032019032011")?],
///     suggestions: vec![Suggestion {
///         number: 1,
///         by: pns("199203032019032011")?,
///         topic: Topic::Indicator(IndicatorId::new("IKI-KUR-1")?),
///         text: "Gugus Siulak Mukai siap di triwulan III".into(),
///         fate: Fate::Declined { reason: "Guru belum dilatih".into() },
///     }],
/// };
/// let view = ForumView::of(&forum, &cascade, Style::indonesian());
/// assert_eq!(view.chair.name, "Rina Marlina, S.Pd.");
/// assert_eq!(view.suggestions[0].decision, "ditolak: Guru belum dilatih");
/// assert_eq!(view.outcome, "1 usulan: 0 diterima, 1 ditolak, 0 belum diputuskan");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForumView {
    /// The unit whose forum it is, by name.
    pub unit: NamedView,
    /// When it was held.
    pub held_on: DateView,
    /// What the forum is, in words: `Forum diskusi Seksi Kurikulum, 8 Januari 2026`.
    pub subject: String,
    /// Who chaired it.
    pub chair: PersonView,
    /// Who attended, besides the chair.
    pub attendees: Vec<PersonView>,
    /// Everyone who took part: the chair, the attendees and the authors of suggestions, each
    /// once, in that order.
    pub participants: Vec<PersonView>,
    /// The suggestions, in the order made.
    pub suggestions: Vec<SuggestionView>,
    /// The outcomes counted, in words: `2 usulan: 1 diterima, 1 ditolak, 0 belum
    /// diputuskan`.
    pub outcome: String,
}

/// One suggestion (usulan) of a forum and what became of it.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::SuggestionView;
/// let suggestion: SuggestionView = serde_json::from_str(r#"{
///   "number": 2,
///   "by": {"number": "199506122022212001", "number_kind": "NI PPPK", "name": "Putri Ananda, A.Md."},
///   "topic": {"kind": {"code": "node", "label": "hasil kerja"},
///             "subject": {"id": "RHK-DATA-1", "name": "Data Dapodik SD yang terverifikasi"},
///             "text": "hasil kerja \"Data pokok pendidikan yang mutakhir\""},
///   "text": "Verifikasi Dapodik dilakukan setiap bulan",
///   "fate": {"code": "declined", "label": "ditolak"},
///   "decision": "ditolak: Jadwal verifikasi ditetapkan pusat"
/// }"#)?;
/// assert_eq!(suggestion.fate.code, "declined");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SuggestionView {
    /// Its number in the forum.
    pub number: u32,
    /// Who made it.
    pub by: PersonView,
    /// What it is about: the unit, a result or an indicator (`unit`, `node`, `indicator`:
    /// the wire names of [`Topic`]).
    pub topic: AboutView,
    /// The suggestion, as written.
    pub text: String,
    /// What became of it: `open`, `adopted` or `declined`, with its label.
    pub fate: LabelView,
    /// The decision in words: `diterima: target indikator "…" Triwulan III 2026 menjadi 4
    /// sekolah`, `ditolak: …` with the reason, or `belum diputuskan`.
    pub decision: String,
    /// What was adopted: the indicator or the result, by statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<NamedView>,
    /// The target adopted, for an adopted target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<PeriodTargetView>,
}

impl ForumView {
    /// The view of `forum`, naming people as the agency of `cascade` names them and results
    /// and indicators by their statements in it.
    #[must_use]
    pub fn of(forum: &Forum, cascade: &Cascade, style: Style) -> Self {
        let language = style.language;
        let agency = cascade.agency();
        let statements = Statements {
            cascade,
            terms: Vec::new(),
        };
        let unit = unit_named(agency, &forum.unit);
        let held_on = DateView::of(forum.held_on, language);
        let subject = match language {
            Language::Indonesian => format!("Forum diskusi {}, {}", unit.name, held_on.text),
            Language::English => format!("Staff forum of {}, {}", unit.name, held_on.text),
        };
        let mut seen: Vec<&EmployeeNumber> = Vec::new();
        let people = std::iter::once(&forum.chair)
            .chain(&forum.attendees)
            .chain(forum.suggestions.iter().map(|s| &s.by));
        for number in people {
            if !seen.contains(&number) {
                seen.push(number);
            }
        }
        let count = |wanted: fn(&Fate) -> bool| {
            forum.suggestions.iter().filter(|s| wanted(&s.fate)).count()
        };
        let adopted = count(|f| matches!(f, Fate::Adopted { .. }));
        let declined = count(|f| matches!(f, Fate::Declined { .. }));
        let open = count(|f| matches!(f, Fate::Open));
        let total = forum.suggestions.len();
        let outcome = match language {
            Language::Indonesian => format!(
                "{total} usulan: {adopted} diterima, {declined} ditolak, {open} belum diputuskan"
            ),
            Language::English => format!(
                "{total} {}: {adopted} adopted, {declined} declined, {open} open",
                if total == 1 {
                    "suggestion"
                } else {
                    "suggestions"
                }
            ),
        };
        Self {
            unit,
            held_on,
            subject,
            chair: person(agency, &forum.chair),
            attendees: forum.attendees.iter().map(|a| person(agency, a)).collect(),
            participants: seen.into_iter().map(|p| person(agency, p)).collect(),
            suggestions: forum
                .suggestions
                .iter()
                .map(|s| suggestion_view(s, agency, &statements, style))
                .collect(),
            outcome,
        }
    }
}

fn unit_named(agency: &Agency, unit: &UnitId) -> NamedView {
    NamedView {
        id: unit.to_string(),
        name: agency
            .unit(unit)
            .map_or_else(|| unit.to_string(), |u| u.name().to_owned()),
    }
}

fn topic_view(topic: &Topic, statements: &Statements<'_>, language: Language) -> AboutView {
    let label = |code: &str, indonesian, english| LabelView {
        code: code.to_owned(),
        label: word(language, indonesian, english).to_owned(),
    };
    match topic {
        Topic::Unit => AboutView {
            kind: label("unit", "unit kerja", "the unit"),
            subject: None,
            text: word(language, "unit kerja", "the unit").to_owned(),
        },
        Topic::Node(node) => {
            let subject = statements.result(node);
            AboutView {
                kind: label("node", "hasil kerja", "result"),
                text: match language {
                    Language::Indonesian => format!("hasil kerja \"{}\"", subject.name),
                    Language::English => format!("the result \"{}\"", subject.name),
                },
                subject: Some(subject),
            }
        }
        Topic::Indicator(indicator) => {
            let subject = statements.indicator(indicator);
            AboutView {
                kind: label("indicator", "indikator", "indicator"),
                text: match language {
                    Language::Indonesian => format!("indikator \"{}\"", subject.name),
                    Language::English => format!("the indicator \"{}\"", subject.name),
                },
                subject: Some(subject),
            }
        }
    }
}

/// What was adopted, in words, with the indicator or result and the target.
fn adoption_words(
    adoption: &Adoption,
    statements: &Statements<'_>,
    style: Style,
) -> (String, NamedView, Option<PeriodTargetView>) {
    let language = style.language;
    match adoption {
        Adoption::Target {
            indicator,
            period,
            target,
        } => {
            let subject = statements.indicator(indicator);
            let unit = statements.unit_of(indicator);
            let shown = PeriodTargetView::of(*period, *target, &unit, style);
            let period = period_label(*period, language).label;
            let text = match language {
                Language::Indonesian => format!(
                    "target indikator \"{}\" {period} menjadi {}",
                    subject.name, shown.text
                ),
                Language::English => format!(
                    "the target of the indicator \"{}\" {} becomes {}",
                    subject.name,
                    english_for(&period),
                    shown.text
                ),
            };
            (text, subject, Some(shown))
        }
        Adoption::Indicator { indicator } => {
            let subject = statements.indicator(indicator);
            let text = match language {
                Language::Indonesian => format!("sebagai indikator \"{}\"", subject.name),
                Language::English => format!("as the indicator \"{}\"", subject.name),
            };
            (text, subject, None)
        }
        Adoption::Result { node } => {
            let subject = statements.result(node);
            let text = match language {
                Language::Indonesian => format!("sebagai hasil kerja \"{}\"", subject.name),
                Language::English => format!("as the result \"{}\"", subject.name),
            };
            (text, subject, None)
        }
    }
}

fn suggestion_view(
    suggestion: &Suggestion,
    agency: &Agency,
    statements: &Statements<'_>,
    style: Style,
) -> SuggestionView {
    let language = style.language;
    let code = match suggestion.fate {
        Fate::Open => "open",
        Fate::Adopted { .. } => "adopted",
        Fate::Declined { .. } => "declined",
    };
    let fate = LabelView {
        code: code.to_owned(),
        label: suggestion.fate.label(language).to_owned(),
    };
    let (decision, adopted, target) = match &suggestion.fate {
        Fate::Open => (fate.label.clone(), None, None),
        Fate::Declined { reason } => (format!("{}: {reason}", fate.label), None, None),
        Fate::Adopted { adoption } => {
            let (words, subject, target) = adoption_words(adoption, statements, style);
            (format!("{}: {words}", fate.label), Some(subject), target)
        }
    };
    SuggestionView {
        number: suggestion.number,
        by: person(agency, &suggestion.by),
        topic: topic_view(&suggestion.topic, statements, language),
        text: suggestion.text.clone(),
        fate,
        decision,
        adopted,
        target,
    }
}

/// A unit's participation in setting its goals (partisipasi) as a screen shows it: how many
/// of its staff took part, by proposing their plan or a suggestion, with the share as a
/// percentage; the suggestions and what became of them; who has not taken part, by name;
/// and whether each adopted suggestion has reached the plans.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{Fate, Forum, Suggestion, Topic, participation};
/// use kinerja::present::{ParticipationView, Style};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let pns = |n: &str| EmployeeNumber::new(EmployeeKind::Pns, n);
/// let unit = UnitId::new("DIK.SD.KUR")?;
/// let forum = Forum {
///     unit: unit.clone(),
///     held_on: kinerja::NaiveDate::from_ymd_opt(2026, 1, 8).ok_or("date")?,
///     chair: pns("198507192010012014")?,
///     attendees: vec![],
///     suggestions: vec![Suggestion {
///         number: 1,
///         by: pns("199203032019032011")?,
///         topic: Topic::Unit,
///         text: "Pendampingan sekolah dijadwalkan bersama".into(),
///         fate: Fate::Open,
///     }],
/// };
/// let definitions = kinerja::sample::siulak_definitions()?;
/// let summary = participation(&cascade, &unit, &[forum], &[], &definitions)?;
/// let view = ParticipationView::of(&summary, &cascade, Style::indonesian());
/// assert_eq!(view.share.as_ref().map(|s| s.text.as_str()), Some("33,33 %"));
/// assert_eq!(view.silent.len(), 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ParticipationView {
    /// The unit, by name (its sub-units' staff included).
    pub unit: NamedView,
    /// Its staff.
    pub staff: usize,
    /// The staff who proposed their plan or made a suggestion.
    pub contributors: usize,
    /// The contributors' share of the staff; none for a unit with no staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<FigureView>,
    /// The staff who proposed their plan.
    pub proposed_plans: usize,
    /// The suggestions made in the unit's forums.
    pub suggestions: usize,
    /// Those adopted.
    pub adopted: usize,
    /// Those declined.
    pub declined: usize,
    /// Those not yet decided.
    pub open: usize,
    /// The adopted suggestions' share of all; none when there were none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_share: Option<FigureView>,
    /// The staff who have not taken part, by name.
    pub silent: Vec<PersonView>,
    /// Each adopted suggestion and whether it has reached the plans, in the order of the
    /// forums.
    pub changes: Vec<ForumChangeView>,
    /// The summary in a sentence: `2 dari 3 pegawai berkontribusi (66,67 %); 3 usulan: …`.
    pub text: String,
}

/// An adopted suggestion (usulan yang diterima) and whether it has reached the plans.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::ForumChangeView;
/// let change: ForumChangeView = serde_json::from_str(r#"{
///   "held_on": {"date": "2026-04-02", "text": "2 April 2026"},
///   "suggestion": 1,
///   "by": {"number": "199405052020121008", "number_kind": "NIP", "name": "Yoga Pratama"},
///   "text": "Laporan bulanan BOS ikut dihimpun",
///   "adoption": "target indikator \"Bahan laporan bidang yang terhimpun\" Tahun 2026 menjadi 20 dokumen",
///   "status": {"code": "applied", "label": "sudah berlaku dalam rencana"},
///   "status_text": "sudah berlaku dalam rencana"
/// }"#)?;
/// assert_eq!(change.status.code, "applied");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForumChangeView {
    /// The day of the forum that adopted it.
    pub held_on: DateView,
    /// The suggestion's number in its forum.
    pub suggestion: u32,
    /// Who made it.
    pub by: PersonView,
    /// The suggestion, as written.
    pub text: String,
    /// What was adopted, in words.
    pub adoption: String,
    /// Whether it has reached the plans: `applied`, `pending` or `pending_target`, with its
    /// label.
    pub status: LabelView,
    /// For an adopted target not yet in force, the target in force instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<PeriodTargetView>,
    /// The status in words, with the target in force where it differs.
    pub status_text: String,
}

impl ParticipationView {
    /// The view of `summary`, naming people as the agency of `cascade` names them and
    /// results and indicators by their statements in it.
    #[must_use]
    pub fn of(summary: &Participation, cascade: &Cascade, style: Style) -> Self {
        let language = style.language;
        let agency = cascade.agency();
        let statements = Statements {
            cascade,
            terms: Vec::new(),
        };
        let share = summary.share.map(|s| FigureView::percent(s.value(), style));
        let open = summary
            .suggestions
            .saturating_sub(summary.adopted)
            .saturating_sub(summary.declined);
        let adopted_share = share_percent(summary.adopted, summary.suggestions)
            .map(|s| FigureView::percent(s, style));
        let silent: Vec<PersonView> = summary.silent.iter().map(|s| person(agency, s)).collect();
        let share_text = share
            .as_ref()
            .map(|s| format!(" ({})", s.text))
            .unwrap_or_default();
        let names = silent
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let (contributors, staff) = (summary.contributors, summary.staff);
        let (suggestions, adopted, declined) =
            (summary.suggestions, summary.adopted, summary.declined);
        let text = match language {
            Language::Indonesian => format!(
                "{contributors} dari {staff} pegawai berkontribusi{share_text}; {suggestions} usulan: {adopted} diterima, {declined} ditolak, {open} belum diputuskan; {}",
                if silent.is_empty() {
                    "semua pegawai sudah berkontribusi".to_owned()
                } else {
                    format!("belum berkontribusi: {names}")
                }
            ),
            Language::English => format!(
                "{contributors} of {staff} staff took part{share_text}; {suggestions} {}: {adopted} adopted, {declined} declined, {open} open; {}",
                if suggestions == 1 {
                    "suggestion"
                } else {
                    "suggestions"
                },
                if silent.is_empty() {
                    "everyone has taken part".to_owned()
                } else {
                    format!("yet to take part: {names}")
                }
            ),
        };
        Self {
            unit: unit_named(agency, &summary.unit),
            staff,
            contributors,
            share,
            proposed_plans: summary.proposed_plans,
            suggestions,
            adopted,
            declined,
            open,
            adopted_share,
            silent,
            changes: summary
                .changes
                .iter()
                .map(|c| change_view(c, agency, &statements, style))
                .collect(),
            text,
        }
    }
}

fn change_view(
    change: &ForumChange,
    agency: &Agency,
    statements: &Statements<'_>,
    style: Style,
) -> ForumChangeView {
    let language = style.language;
    let (adoption, _, _) = adoption_words(&change.adoption, statements, style);
    let code = match change.status {
        AdoptionStatus::Applied => "applied",
        AdoptionStatus::Pending => "pending",
        AdoptionStatus::PendingTarget { .. } => "pending_target",
    };
    let label = change.status.label(language);
    let in_force = match (&change.status, &change.adoption) {
        (
            AdoptionStatus::PendingTarget {
                in_force: Some(target),
            },
            Adoption::Target {
                indicator, period, ..
            },
        ) => Some(PeriodTargetView::of(
            *period,
            *target,
            &statements.unit_of(indicator),
            style,
        )),
        _ => None,
    };
    let status_text = match (&in_force, language) {
        (Some(t), Language::Indonesian) => format!("{label}; yang berlaku {}", t.text),
        (Some(t), Language::English) => format!("{label}; in force: {}", t.text),
        (None, _) => label.to_owned(),
    };
    ForumChangeView {
        held_on: DateView::of(change.held_on, language),
        suggestion: change.suggestion,
        by: person(agency, &change.by),
        text: change.text.clone(),
        adoption,
        status: LabelView {
            code: code.to_owned(),
            label: label.to_owned(),
        },
        in_force,
        status_text,
    }
}
