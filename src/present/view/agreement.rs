//! A plan's agreement (kesepakatan SKP) as a screen shows it: its parties, stage and terms,
//! and its trail in sentences.

use super::common::{DateView, FigureView, LabelView, Style};
use super::common::{NamedView, PersonView};
use super::feedback::AboutView;
use super::names::{
    PeriodTargetView, Statements, english_for, period_label, person, target_text, word,
};
use crate::agreement::{
    Amendment, Plan, PlanEvent, ProposedIndicator, ProposedResult, Recorded, Stage, Terms,
};
use crate::cascade::Cascade;
use crate::label::{Labelled, Language};
use crate::num::Weight;
use crate::org::Agency;
use crate::written::percent;
use serde::{Deserialize, Serialize};

/// One employee's plan for a year and how it was agreed (kesepakatan sasaran kinerja
/// pegawai): the employee and the leader by name, the stage, each result with its
/// indicators and targets, and the trail of who did what, when and why, in sentences that
/// name results and indicators by statement.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{Amendment, Command, Parties, Plan, Terms};
/// use kinerja::measure::Target;
/// use kinerja::present::{AgreementView, Style};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
/// let parties = Parties::of(cascade.agency(), yoga)?;
/// let leader = *parties.leader();
/// let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
/// # let terms: Terms = serde_json::from_str(r#"{"results": [{"id": "RHK-ADM-1",
/// #   "statement": "Bahan laporan kinerja yang terhimpun tepat waktu", "supports": "RHK-SEK-1",
/// #   "link": "indirect", "indicators": [{"statement": "Bahan laporan bidang yang terhimpun",
/// #   "definition": {"id": "IKI-ADM-1", "unit": "dokumen", "polarity": "maximise",
/// #   "targets": {"2026": {"value": "12"}}}}]}]}"#)?;
/// let year = Year::new(2026)?;
/// let mut step = Plan::open(parties, year, &yoga, day(5)?)?;
/// let mut trail = std::mem::take(&mut step.events);
/// let counter = Command::CounterPropose {
///     amendments: vec![Amendment::Target { indicator: IndicatorId::new("IKI-ADM-1")?,
///         period: year.as_period(), target: Target::Value(16.into()) }],
///     reason: "Empat bidang melapor setiap triwulan".into(),
/// };
/// for (command, by, on) in [(Command::Propose { terms }, yoga, day(6)?), (counter, leader, day(8)?),
///     (Command::AcceptCounter, yoga, day(9)?), (Command::Confirm, leader, day(9)?),
///     (Command::Activate, leader, day(12)?)] {
///     step = step.plan.apply(&cascade, command, &by, on)?;
///     trail.append(&mut step.events);
/// }
/// let view = AgreementView::of(&step.plan, &trail, &cascade, Style::indonesian());
/// assert_eq!(view.stage.label, "berjalan (terkunci)");
/// assert!(view.locked);
/// assert_eq!(view.results[0].indicators[0].targets[0].text, "16 dokumen");
/// assert_eq!(view.trail.len(), trail.len());
/// assert!(view.trail[2].text.ends_with(
///     "target indikator \"Bahan laporan bidang yang terhimpun\" Tahun 2026 dari 12 menjadi 16 dokumen"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AgreementView {
    /// The employee whose plan it is.
    pub employee: PersonView,
    /// Their direct leader (atasan langsung), who agrees for the organisation.
    pub leader: PersonView,
    /// The leader's leader, who settles a dispute, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settler: Option<PersonView>,
    /// The year planned (`Tahun 2026`).
    pub year: LabelView,
    /// Where the plan is (`berjalan (terkunci)`), with its code (`active`).
    pub stage: LabelView,
    /// Whether the targets are locked for the period: they change only through a decided
    /// revision.
    pub locked: bool,
    /// The agreed version in force (1 for the first agreement, one more for each approved
    /// revision); none before the agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
    /// When the version in force was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_on: Option<DateView>,
    /// The plan's state in a sentence: stage, version and date.
    pub status: String,
    /// The results on the table: the agreed ones once agreed, else the draft or proposal.
    pub results: Vec<AgreedResultView>,
    /// The revision waiting for a decision, in a sentence, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_revision: Option<String>,
    /// The trail: one entry per recorded event, in order.
    pub trail: Vec<TrailEntryView>,
}

/// One result of a plan (rencana hasil kerja), with its indicators and targets.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::AgreedResultView;
/// let result: AgreedResultView = serde_json::from_str(r#"{
///   "result": {"id": "RHK-ADM-1", "name": "Bahan laporan kinerja yang terhimpun tepat waktu"},
///   "supports": {"id": "RHK-SEK-1", "name": "Tersusunnya laporan kinerja dinas tepat waktu"},
///   "category": {"code": "main", "label": "utama"},
///   "locked": true,
///   "indicators": []
/// }"#)?;
/// assert!(result.locked && result.weight.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AgreedResultView {
    /// The result, by statement, with its node id.
    pub result: NamedView,
    /// The superior's result it supports (intervensi), by statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports: Option<NamedView>,
    /// Main (utama) or additional (tambahan).
    pub category: LabelView,
    /// Its weight in the plan (bobot), where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<FigureView>,
    /// Whether its targets are locked (the plan is agreed and locked for the period).
    pub locked: bool,
    /// Its indicators (IKI).
    pub indicators: Vec<AgreedIndicatorView>,
}

/// One indicator of a plan's result (indikator kinerja individu, IKI), with its targets.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::AgreedIndicatorView;
/// let indicator: AgreedIndicatorView = serde_json::from_str(r#"{
///   "indicator": {"id": "IKI-ADM-1", "name": "Bahan laporan bidang yang terhimpun"},
///   "unit": "dokumen",
///   "polarity": {"code": "maximise", "label": "semakin tinggi semakin baik"},
///   "targets": [{"period": {"code": "2026", "label": "Tahun 2026"},
///                "target": {"value": "16", "text": "16"}, "text": "16 dokumen"}]
/// }"#)?;
/// assert_eq!(indicator.targets[0].period.label, "Tahun 2026");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AgreedIndicatorView {
    /// The indicator, by statement, with its id.
    pub indicator: NamedView,
    /// Its unit of measure (satuan).
    pub unit: String,
    /// Whether higher or lower is better: `maximise`, `minimise`, `stabilise` or
    /// `milestone`, with its label.
    pub polarity: LabelView,
    /// Its weight within the result, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<FigureView>,
    /// Its targets, one per period, in order.
    pub targets: Vec<PeriodTargetView>,
}

/// One entry of a plan's trail (jejak audit): when, who, what happened in a sentence and why.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::TrailEntryView;
/// let entry: TrailEntryView = serde_json::from_str(r#"{
///   "on": {"date": "2026-01-12", "text": "12 Januari 2026"},
///   "by": {"number": "197811222003122002", "number_kind": "NIP", "name": "Hj. Nurhayati, S.E."},
///   "role": {"code": "leader", "label": "atasan langsung"},
///   "action": {"code": "activate", "label": "mengunci rencana"},
///   "text": "Hj. Nurhayati, S.E. mengunci rencana Tahun 2026",
///   "changes": []
/// }"#)?;
/// assert_eq!(entry.action.code, "activate");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TrailEntryView {
    /// When.
    pub on: DateView,
    /// Who.
    pub by: PersonView,
    /// Their part in the plan (`atasan langsung`), where they have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<LabelView>,
    /// What was done, with the action's code (`counter_propose`).
    pub action: LabelView,
    /// What happened, in a sentence in the view's language, naming people by name and
    /// results and indicators by statement.
    pub text: String,
    /// Why, as the party wrote it, where the action must say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The changes made (a counter-proposal, a settlement, a revision), each from before to
    /// after.
    pub changes: Vec<ChangeView>,
}

/// One change to a plan's terms (perubahan), from what it was to what it became.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::ChangeView;
/// let change: ChangeView = serde_json::from_str(r#"{
///   "change": {"code": "target", "label": "target"},
///   "subject": {"id": "IKI-ADM-1", "name": "Bahan laporan bidang yang terhimpun"},
///   "period": {"code": "2026", "label": "Tahun 2026"},
///   "before": "12 dokumen",
///   "after": "16 dokumen",
///   "text": "target indikator \"Bahan laporan bidang yang terhimpun\" Tahun 2026 dari 12 menjadi 16 dokumen"
/// }"#)?;
/// assert_eq!(change.after, "16 dokumen");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChangeView {
    /// What changes: `target`, `result_weight`, `contribution` or `indicator_weight` (the
    /// wire names of [`Amendment`]), with its label.
    pub change: LabelView,
    /// The indicator or result changed, by statement.
    pub subject: NamedView,
    /// The period of a target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<LabelView>,
    /// What it was, as written (`12 dokumen`, `tanpa bobot`).
    pub before: String,
    /// What it became, as written.
    pub after: String,
    /// The change in words: `… dari 12 menjadi 16 dokumen`.
    pub text: String,
}

impl AgreementView {
    /// The view of `plan` and its `trail` (the events recorded from its opening, as
    /// [`Plan::replay`] takes them), naming people as the agency of `cascade` names them
    /// and results and indicators by the statements of the plan's terms, or of `cascade`.
    ///
    /// The view shows the trail it is given, one entry per recorded event (the agreement
    /// [`Plan::apply`] records with the confirmation that completes it is an entry of its
    /// own); it checks nothing: replay the trail to check it is the plan's.
    #[must_use]
    pub fn of(plan: &Plan, trail: &[Recorded<PlanEvent>], cascade: &Cascade, style: Style) -> Self {
        let language = style.language;
        let agency = cascade.agency();
        let parties = plan.parties();
        let mut terms: Vec<&Terms> = vec![plan.terms()];
        terms.extend(plan.agreed().map(|a| &a.terms));
        terms.extend(plan.revisions().iter().map(|r| &r.request.terms));
        terms.extend(plan.pending_revision().map(|p| &p.terms));
        terms.extend(trail.iter().filter_map(|e| match &e.event {
            PlanEvent::Drafted { terms } | PlanEvent::Proposed { terms } => Some(terms),
            _ => None,
        }));
        let statements = Statements { cascade, terms };
        let stage = plan.stage();
        let locked = matches!(
            stage,
            Stage::Active | Stage::RevisionRequested | Stage::Closed
        );
        let year = plan.year().as_period();
        let agreed = plan.agreed();
        let status = match (agreed, language) {
            (Some(a), Language::Indonesian) => format!(
                "{}, versi {}, disepakati {}{}",
                stage.label(language),
                a.version,
                crate::written::date(a.on, language),
                if a.settled {
                    " (diputuskan atasan dari atasan langsung)"
                } else {
                    ""
                }
            ),
            (Some(a), Language::English) => format!(
                "{}, version {}, agreed on {}{}",
                stage.label(language),
                a.version,
                crate::written::date(a.on, language),
                if a.settled {
                    " (settled by the leader's leader)"
                } else {
                    ""
                }
            ),
            (None, _) => stage.label(language).to_owned(),
        };
        let pending_revision = plan.pending_revision().map(|p| {
            let changes = changes_of(
                &p.amendments,
                plan.agreed().map(|a| &a.terms),
                &statements,
                style,
            );
            let who = person(agency, &p.by).name;
            let list = join(&changes);
            match language {
                Language::Indonesian => format!(
                    "{who} mengajukan perubahan {}: {list}; menunggu keputusan",
                    crate::written::date(p.on, language)
                ),
                Language::English => format!(
                    "{who} asked on {} for a revision: {list}; awaiting a decision",
                    crate::written::date(p.on, language)
                ),
            }
        });
        Self {
            employee: person(agency, parties.employee()),
            leader: person(agency, parties.leader()),
            settler: parties.settler().map(|s| person(agency, s)),
            year: period_label(year, language),
            stage: LabelView::of(&stage, language),
            locked,
            version: agreed.map(|a| a.version),
            agreed_on: agreed.map(|a| DateView::of(a.on, language)),
            status,
            results: plan
                .terms()
                .results
                .iter()
                .map(|r| result_view(r, locked, &statements, style))
                .collect(),
            pending_revision,
            trail: trail_view(plan, trail, agency, &statements, style),
        }
    }
}

fn weight_figure(weight: Option<Weight>, style: Style) -> Option<FigureView> {
    weight.map(|w| FigureView::percent(w.value(), style))
}

fn result_view(
    result: &ProposedResult,
    locked: bool,
    statements: &Statements<'_>,
    style: Style,
) -> AgreedResultView {
    AgreedResultView {
        result: NamedView {
            id: result.id.to_string(),
            name: result.statement.clone(),
        },
        supports: result.supports.as_ref().map(|s| statements.result(s)),
        category: LabelView::of(&result.category, style.language),
        weight: weight_figure(result.weight, style),
        locked,
        indicators: result
            .indicators
            .iter()
            .map(|i| indicator_view(i, style))
            .collect(),
    }
}

fn indicator_view(indicator: &ProposedIndicator, style: Style) -> AgreedIndicatorView {
    let definition = &indicator.definition;
    let polarity = definition.polarity();
    let code = match polarity {
        crate::measure::Polarity::Maximise => "maximise",
        crate::measure::Polarity::Minimise(_) => "minimise",
        crate::measure::Polarity::Stabilise { .. } => "stabilise",
        crate::measure::Polarity::Milestone => "milestone",
    };
    AgreedIndicatorView {
        indicator: NamedView {
            id: definition.id().to_string(),
            name: indicator.statement.clone(),
        },
        unit: definition.unit().to_owned(),
        polarity: LabelView {
            code: code.to_owned(),
            label: polarity.label(style.language).to_owned(),
        },
        weight: weight_figure(indicator.weight, style),
        targets: definition
            .targets()
            .iter()
            .map(|(period, target)| {
                PeriodTargetView::of(*period, *target, definition.unit(), style)
            })
            .collect(),
    }
}

/// The terms a trail puts on the table, as it goes: what each change is made to.
#[derive(Default)]
struct Tables {
    table: Terms,
    counter: Option<Terms>,
    agreed: Option<Terms>,
    pending: Option<Terms>,
    version: u32,
}

fn trail_view(
    plan: &Plan,
    trail: &[Recorded<PlanEvent>],
    agency: &Agency,
    statements: &Statements<'_>,
    style: Style,
) -> Vec<TrailEntryView> {
    let language = style.language;
    let year = period_label(plan.year().as_period(), language).label;
    let mut tables = Tables::default();
    trail
        .iter()
        .map(|recorded| {
            let by = person(agency, &recorded.by);
            let who = by.name.clone();
            let action = recorded.event.action();
            let (text, changes) = match &recorded.event {
                PlanEvent::Opened { year, .. } => {
                    let year = period_label(year.as_period(), language).label;
                    let text = match language {
                        Language::Indonesian => format!("{who} membuka rencana kinerja {year}"),
                        Language::English => {
                            format!("{who} opened the performance plan for {year}")
                        }
                    };
                    (text, Vec::new())
                }
                PlanEvent::Drafted { terms } | PlanEvent::Proposed { terms } => {
                    let drafted = matches!(recorded.event, PlanEvent::Drafted { .. });
                    tables.table = terms.clone();
                    if !drafted {
                        tables.counter = None;
                    }
                    let results = results_in_words(terms, language);
                    let text = match (drafted, language) {
                        (true, Language::Indonesian) => {
                            format!("{who} menyusun konsep dengan {results}")
                        }
                        (true, Language::English) => {
                            format!("{who} drafted the plan with {results}")
                        }
                        (false, Language::Indonesian) => {
                            format!("{who} mengusulkan rencana dengan {results}")
                        }
                        (false, Language::English) => {
                            format!("{who} proposed the plan with {results}")
                        }
                    };
                    (text, Vec::new())
                }
                PlanEvent::Commented { about, text } => {
                    let about = AboutView::of(about, statements, language);
                    let said = match language {
                        Language::Indonesian => {
                            format!("{who} memberi komentar tentang {}: {text}", about.text)
                        }
                        Language::English => format!("{who} commented on {}: {text}", about.text),
                    };
                    (said, Vec::new())
                }
                PlanEvent::CounterProposed { amendments } => {
                    let changes = changes_of(amendments, Some(&tables.table), statements, style);
                    tables.counter = tables.table.amended(amendments).ok();
                    let text = match language {
                        Language::Indonesian => {
                            format!("{who} mengajukan usulan tandingan: {}", join(&changes))
                        }
                        Language::English => format!("{who} counter-proposed: {}", join(&changes)),
                    };
                    (text, changes)
                }
                PlanEvent::CounterAccepted => {
                    if let Some(counter) = tables.counter.take() {
                        tables.table = counter;
                    }
                    let text = match language {
                        Language::Indonesian => format!("{who} menerima usulan tandingan"),
                        Language::English => format!("{who} accepted the counter-proposal"),
                    };
                    (text, Vec::new())
                }
                PlanEvent::Confirmed => {
                    let text = match language {
                        Language::Indonesian => format!("{who} mengonfirmasi rencana"),
                        Language::English => format!("{who} confirmed the plan"),
                    };
                    (text, Vec::new())
                }
                PlanEvent::Agreed => {
                    tables.agreed = Some(tables.table.clone());
                    tables.version = tables.version.saturating_add(1);
                    let text = match language {
                        Language::Indonesian => {
                            format!("Rencana disepakati kedua pihak (versi {})", tables.version)
                        }
                        Language::English => format!(
                            "The plan is agreed by both parties (version {})",
                            tables.version
                        ),
                    };
                    (text, Vec::new())
                }
                PlanEvent::Disputed => {
                    let text = match language {
                        Language::Indonesian => format!("{who} menyatakan tidak sepakat"),
                        Language::English => format!("{who} raised a dispute"),
                    };
                    (text, Vec::new())
                }
                PlanEvent::Settled { amendments } => {
                    let changes = changes_of(amendments, Some(&tables.table), statements, style);
                    if let Ok(settled) = tables.table.amended(amendments) {
                        tables.table = settled;
                    }
                    tables.agreed = Some(tables.table.clone());
                    tables.counter = None;
                    tables.version = tables.version.saturating_add(1);
                    let what = if changes.is_empty() {
                        word(language, "tanpa perubahan", "with no change").to_owned()
                    } else {
                        join(&changes)
                    };
                    let text = match language {
                        Language::Indonesian => format!(
                            "{who} memutuskan perselisihan (versi {}): {what}",
                            tables.version
                        ),
                        Language::English => format!(
                            "{who} settled the dispute (version {}): {what}",
                            tables.version
                        ),
                    };
                    (text, changes)
                }
                PlanEvent::Activated => {
                    let text = match language {
                        Language::Indonesian => format!("{who} mengunci rencana {year}"),
                        Language::English => format!("{who} locked the plan for {year}"),
                    };
                    (text, Vec::new())
                }
                PlanEvent::RevisionRequested { amendments } => {
                    let changes = changes_of(amendments, tables.agreed.as_ref(), statements, style);
                    tables.pending = tables
                        .agreed
                        .as_ref()
                        .and_then(|a| a.amended(amendments).ok());
                    let text = match language {
                        Language::Indonesian => {
                            format!("{who} mengajukan perubahan: {}", join(&changes))
                        }
                        Language::English => {
                            format!("{who} asked for a revision: {}", join(&changes))
                        }
                    };
                    (text, changes)
                }
                PlanEvent::RevisionDecided { approved } => {
                    let pending = tables.pending.take();
                    let text = if *approved {
                        if let Some(revised) = pending {
                            tables.table = revised.clone();
                            tables.agreed = Some(revised);
                        }
                        tables.version = tables.version.saturating_add(1);
                        match language {
                            Language::Indonesian => {
                                format!("{who} menyetujui perubahan (versi {})", tables.version)
                            }
                            Language::English => {
                                format!("{who} approved the revision (version {})", tables.version)
                            }
                        }
                    } else {
                        match language {
                            Language::Indonesian => format!("{who} menolak perubahan"),
                            Language::English => format!("{who} rejected the revision"),
                        }
                    };
                    (text, Vec::new())
                }
                PlanEvent::Closed => {
                    let text = match language {
                        Language::Indonesian => format!("{who} menutup rencana untuk penilaian"),
                        Language::English => format!("{who} closed the plan for evaluation"),
                    };
                    (text, Vec::new())
                }
            };
            TrailEntryView {
                on: DateView::of(recorded.on, language),
                role: plan
                    .parties()
                    .role_of(&recorded.by)
                    .map(|r| LabelView::of(&r, language)),
                by,
                action: LabelView::of(&action, language),
                text,
                reason: recorded.why.clone(),
                changes,
            }
        })
        .collect()
}

/// `1 hasil kerja: "…"`, `2 results: "…"; "…"`.
fn results_in_words(terms: &Terms, language: Language) -> String {
    let count = terms.results.len();
    let statements = terms
        .results
        .iter()
        .map(|r| format!("\"{}\"", r.statement))
        .collect::<Vec<_>>()
        .join("; ");
    let noun = match language {
        Language::Indonesian => "hasil kerja",
        Language::English if count == 1 => "result",
        Language::English => "results",
    };
    if count == 0 {
        format!("0 {noun}")
    } else {
        format!("{count} {noun}: {statements}")
    }
}

fn join(changes: &[ChangeView]) -> String {
    changes
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The changes `amendments` make to `terms`, in order, each from what it was before.
fn changes_of(
    amendments: &[Amendment],
    terms: Option<&Terms>,
    statements: &Statements<'_>,
    style: Style,
) -> Vec<ChangeView> {
    let mut current = terms.cloned().unwrap_or_default();
    amendments
        .iter()
        .map(|amendment| {
            let change = change_view(amendment, &current, statements, style);
            if let Ok(next) = current.amended(std::slice::from_ref(amendment)) {
                current = next;
            }
            change
        })
        .collect()
}

fn weight_text(weight: Option<Weight>, style: Style) -> String {
    weight.map_or_else(
        || word(style.language, "tanpa bobot", "no weight").to_owned(),
        |w| percent(w.value(), style.rounding, style.language),
    )
}

fn find_result<'t>(terms: &'t Terms, id: &crate::id::NodeId) -> Option<&'t ProposedResult> {
    terms.results.iter().find(|r| &r.id == id)
}

fn change_view(
    amendment: &Amendment,
    terms: &Terms,
    statements: &Statements<'_>,
    style: Style,
) -> ChangeView {
    let language = style.language;
    let label = |code: &str, indonesian, english| LabelView {
        code: code.to_owned(),
        label: word(language, indonesian, english).to_owned(),
    };
    let from_to = |what: String, before: &str, after: &str| match language {
        Language::Indonesian => format!("{what} dari {before} menjadi {after}"),
        Language::English => format!("{what} from {before} to {after}"),
    };
    match amendment {
        Amendment::Target {
            indicator,
            period,
            target,
        } => {
            let subject = statements.indicator(indicator);
            let unit = statements.unit_of(indicator);
            let with_unit = |text: String| {
                if unit.trim().is_empty() {
                    text
                } else {
                    format!("{text} {unit}")
                }
            };
            let before = terms
                .definitions()
                .find(|d| d.id() == indicator)
                .and_then(|d| d.targets().get(period).copied());
            let after = target_text(*target, style);
            let period_shown = period_label(*period, language);
            let what = match language {
                Language::Indonesian => format!(
                    "target indikator \"{}\" {}",
                    subject.name, period_shown.label
                ),
                Language::English => format!(
                    "the target of the indicator \"{}\" {}",
                    subject.name,
                    english_for(&period_shown.label)
                ),
            };
            let text = match before {
                Some(before) => with_unit(from_to(what, &target_text(before, style), &after)),
                None => match language {
                    Language::Indonesian => with_unit(format!("{what} ditetapkan {after}")),
                    Language::English => with_unit(format!("{what} set at {after}")),
                },
            };
            ChangeView {
                change: label("target", "target", "target"),
                subject,
                period: Some(period_shown),
                before: before.map_or_else(
                    || word(language, "belum ada", "none").to_owned(),
                    |b| with_unit(target_text(b, style)),
                ),
                after: with_unit(after),
                text,
            }
        }
        Amendment::ResultWeight { result, weight } => {
            let subject = statements.result(result);
            let before = weight_text(find_result(terms, result).and_then(|r| r.weight), style);
            let after = weight_text(*weight, style);
            let what = match language {
                Language::Indonesian => format!("bobot hasil kerja \"{}\"", subject.name),
                Language::English => format!("the weight of the result \"{}\"", subject.name),
            };
            ChangeView {
                change: label("result_weight", "bobot hasil kerja", "weight of the result"),
                text: from_to(what, &before, &after),
                subject,
                period: None,
                before,
                after,
            }
        }
        Amendment::Contribution { result, weight } => {
            let subject = statements.result(result);
            let before = weight_text(
                find_result(terms, result).and_then(|r| r.contribution),
                style,
            );
            let after = weight_text(*weight, style);
            let what = match language {
                Language::Indonesian => format!(
                    "kontribusi hasil kerja \"{}\" pada hasil kerja atasan",
                    subject.name
                ),
                Language::English => format!(
                    "the contribution of the result \"{}\" to the superior's result",
                    subject.name
                ),
            };
            ChangeView {
                change: label("contribution", "kontribusi", "contribution"),
                text: from_to(what, &before, &after),
                subject,
                period: None,
                before,
                after,
            }
        }
        Amendment::IndicatorWeight { indicator, weight } => {
            let subject = statements.indicator(indicator);
            let before = weight_text(
                terms
                    .results
                    .iter()
                    .flat_map(|r| &r.indicators)
                    .find(|i| i.definition.id() == indicator)
                    .and_then(|i| i.weight),
                style,
            );
            let after = weight_text(*weight, style);
            let what = match language {
                Language::Indonesian => format!("bobot indikator \"{}\"", subject.name),
                Language::English => format!("the weight of the indicator \"{}\"", subject.name),
            };
            ChangeView {
                change: label(
                    "indicator_weight",
                    "bobot indikator",
                    "weight of the indicator",
                ),
                text: from_to(what, &before, &after),
                subject,
                period: None,
                before,
                after,
            }
        }
    }
}
