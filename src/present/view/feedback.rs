//! The continuous feedback log (catatan umpan balik) as a screen shows it.

use super::common::{DateView, LabelView, Style};
use super::common::{NamedView, PersonView};
use super::names::{Statements, person, span_label, word};
use crate::agreement::{About, FeedbackEntry, FeedbackKind, FeedbackLog};
use crate::cascade::Cascade;
use crate::label::{Labelled, Language};
use crate::org::Agency;
use serde::{Deserialize, Serialize};

/// What an entry, a comment or a forum's suggestion is about (perihal): the plan, a result or an
/// indicator by statement, or a core value by name.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::AboutView;
/// let about: AboutView = serde_json::from_str(r#"{
///   "kind": {"code": "indicator", "label": "indikator"},
///   "subject": {"id": "IKI-PU-1", "name": "Rata-rata waktu tanggap pengaduan masyarakat"},
///   "text": "indikator \"Rata-rata waktu tanggap pengaduan masyarakat\""
/// }"#)?;
/// assert_eq!(about.subject.map(|s| s.id), Some("IKI-PU-1".to_owned()));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AboutView {
    /// What kind of thing: `plan`, `result`, `indicator` or `core_value` (the wire names of
    /// [`About`]), with its label.
    pub kind: LabelView,
    /// The result or indicator by statement, or the core value by name, with its id; none
    /// for the plan as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<NamedView>,
    /// What it is about, in words (`indikator "Rata-rata waktu tanggap pengaduan
    /// masyarakat"`, `rencana kinerja`).
    pub text: String,
}

impl AboutView {
    /// The view of `about`, naming results and indicators by their statements.
    pub(super) fn of(about: &About, statements: &Statements<'_>, language: Language) -> Self {
        let label = |code: &str, indonesian, english| LabelView {
            code: code.to_owned(),
            label: word(language, indonesian, english).to_owned(),
        };
        match about {
            About::Plan => Self {
                kind: label("plan", "rencana kinerja", "performance plan"),
                subject: None,
                text: word(language, "rencana kinerja", "the performance plan").to_owned(),
            },
            About::Result(node) => {
                let subject = statements.result(node);
                Self {
                    kind: label("result", "hasil kerja", "result"),
                    text: match language {
                        Language::Indonesian => format!("hasil kerja \"{}\"", subject.name),
                        Language::English => format!("the result \"{}\"", subject.name),
                    },
                    subject: Some(subject),
                }
            }
            About::Indicator(indicator) => {
                let subject = statements.indicator(indicator);
                Self {
                    kind: label("indicator", "indikator", "indicator"),
                    text: match language {
                        Language::Indonesian => format!("indikator \"{}\"", subject.name),
                        Language::English => format!("the indicator \"{}\"", subject.name),
                    },
                    subject: Some(subject),
                }
            }
            About::CoreValue(value) => {
                let shown = LabelView::of(value, language);
                Self {
                    kind: label("core_value", "nilai dasar", "core value"),
                    text: match language {
                        Language::Indonesian => format!("nilai {}", shown.label),
                        Language::English => format!("the core value {}", shown.label),
                    },
                    subject: Some(NamedView {
                        id: shown.code,
                        name: shown.label,
                    }),
                }
            }
        }
    }
}

/// An employee's feedback log (catatan umpan balik berkelanjutan) as a screen shows it:
/// every entry of the leader, of colleagues and of the employee, and the improvement areas of
/// the periodic evaluations, in the order recorded.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{About, FeedbackEntry, FeedbackKind, FeedbackLog, Parties};
/// use kinerja::present::{FeedbackLogView, Style};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
/// let parties = Parties::of(cascade.agency(), rina)?;
/// let mut log = FeedbackLog::new(parties);
/// log.record(&cascade, FeedbackEntry {
///     on: kinerja::NaiveDate::from_ymd_opt(2026, 5, 18).ok_or("date")?,
///     by: *parties.leader(),
///     kind: FeedbackKind::Leader,
///     about: About::Indicator(IndicatorId::new("IKI-KUR-1")?),
///     text: "Dua sekolah binaan sudah siap, satu lagi menunggu pelatihan guru".into(),
///     evidence: vec![],
///     responds_to: None,
/// })?;
/// let view = FeedbackLogView::of(&log, &cascade, Style::indonesian());
/// assert_eq!(view.employee.name, "Rina Marlina, S.Pd.");
/// let entry = &view.entries[0];
/// assert_eq!(entry.on.text, "18 Mei 2026");
/// assert!(entry.heading.starts_with("umpan balik atasan tentang indikator \""));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeedbackLogView {
    /// The employee whose log it is.
    pub employee: PersonView,
    /// Their direct leader.
    pub leader: PersonView,
    /// The entries, in the order recorded.
    pub entries: Vec<FeedbackEntryView>,
}

/// One entry (catatan) of a feedback log.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::FeedbackEntryView;
/// let entry: FeedbackEntryView = serde_json::from_str(r#"{
///   "number": 2,
///   "on": {"date": "2026-05-22", "text": "22 Mei 2026"},
///   "by": {"number": "198602142010012018", "number_kind": "NIP", "name": "Sri Wahyuni, S.Sos."},
///   "kind": {"code": "reflection", "label": "refleksi pegawai"},
///   "about": {"kind": {"code": "plan", "label": "rencana kinerja"}, "text": "rencana kinerja"},
///   "heading": "refleksi pegawai tentang rencana kinerja",
///   "text": "Saya menetapkan piket disposisi harian",
///   "evidence": [],
///   "responds_to": 0
/// }"#)?;
/// assert_eq!(entry.responds_to, Some(0));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeedbackEntryView {
    /// The entry's place in the log, from 0: what a reflection responds to.
    pub number: usize,
    /// When.
    pub on: DateView,
    /// Who wrote it.
    pub by: PersonView,
    /// What kind of entry: `leader`, `peer`, `reflection` or `improvement_area`, with its
    /// label.
    pub kind: LabelView,
    /// For an improvement area, the evaluation it comes from (`s.d. Triwulan II 2026`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<LabelView>,
    /// What it is about.
    pub about: AboutView,
    /// The kind and the subject in words: `umpan balik atasan tentang indikator "…"`.
    pub heading: String,
    /// The entry's text, as written.
    pub text: String,
    /// The evidence cited (links, document numbers), as written.
    pub evidence: Vec<String>,
    /// The entry a reflection responds to, by its number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responds_to: Option<usize>,
}

impl FeedbackLogView {
    /// The view of `log`, naming people as the agency of `cascade` names them and results
    /// and indicators by their statements in it.
    #[must_use]
    pub fn of(log: &FeedbackLog, cascade: &Cascade, style: Style) -> Self {
        let agency = cascade.agency();
        let statements = Statements {
            cascade,
            terms: Vec::new(),
        };
        Self {
            employee: person(agency, log.parties().employee()),
            leader: person(agency, log.parties().leader()),
            entries: log
                .entries()
                .iter()
                .enumerate()
                .map(|(number, entry)| entry_view(number, entry, agency, &statements, style))
                .collect(),
        }
    }
}

fn entry_view(
    number: usize,
    entry: &FeedbackEntry,
    agency: &Agency,
    statements: &Statements<'_>,
    style: Style,
) -> FeedbackEntryView {
    let language = style.language;
    let code = match entry.kind {
        FeedbackKind::Leader => "leader",
        FeedbackKind::Peer => "peer",
        FeedbackKind::Reflection => "reflection",
        FeedbackKind::ImprovementArea { .. } => "improvement_area",
    };
    let scope = match entry.kind {
        FeedbackKind::ImprovementArea { scope } => Some(span_label(scope, style)),
        _ => None,
    };
    let about = AboutView::of(&entry.about, statements, language);
    let kind = entry.kind.label(language);
    let within = scope
        .as_ref()
        .map(|s| format!(" ({})", s.label))
        .unwrap_or_default();
    let heading = match language {
        Language::Indonesian => format!("{kind}{within} tentang {}", about.text),
        Language::English => format!("{kind}{within} on {}", about.text),
    };
    FeedbackEntryView {
        number,
        on: DateView::of(entry.on, language),
        by: person(agency, &entry.by),
        kind: LabelView {
            code: code.to_owned(),
            label: kind.to_owned(),
        },
        scope,
        about,
        heading,
        text: entry.text.clone(),
        evidence: entry.evidence.clone(),
        responds_to: entry.responds_to,
    }
}
