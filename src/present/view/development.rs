//! The development stage as a screen shows it: an employee's Job Person Match, their
//! development needs, the development plan and the training needs analysis.
//!
//! Every view is made from the stage's explanation (or, for the needs, from the names of a
//! [`TraceNames`]), so it names people by name with their employee number beside, and
//! competencies, programmes, positions, units, goals and missions by name or statement with
//! their id beside. Every figure is a [`FigureView`] whose value carries no more places than
//! its text shows.

use super::common::{DateView, FigureView, LabelView, NamedView, PersonView, Style};
use crate::development::{
    AssessmentNeed, Cause, Closed, DevelopmentPlanExplanation, EmployeeNeeds,
    EmployeePlanExplanation, Gatherer, Glossary, Jp, JpmExplanation, JpmRules, Need, NeedOrigin,
    OpenNeed, Recommendation, TraceNames, TrainingNeeds, TrainingNeedsExplanation,
};
use crate::label::Language;
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::num::Rounding;
use crate::written::{exact, number, percent, rupiah};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The word of `language`.
const fn word(language: Language, indonesian: &'static str, english: &'static str) -> &'static str {
    match language {
        Language::Indonesian => indonesian,
        Language::English => english,
    }
}

fn named<K: std::fmt::Display + Ord>(map: &BTreeMap<K, String>, id: &K) -> NamedView {
    NamedView {
        id: id.to_string(),
        name: map.get(id).cloned().unwrap_or_else(|| id.to_string()),
    }
}

fn person(names: &Glossary, number: &EmployeeNumber) -> PersonView {
    let name = names
        .employees
        .iter()
        .find(|e| &e.employee == number)
        .map_or_else(|| number.to_string(), |e| e.name.clone());
    PersonView {
        number: number.to_string(),
        number_kind: match number.kind() {
            EmployeeKind::Pns => "NIP",
            EmployeeKind::Pppk => "NI PPPK",
        }
        .to_owned(),
        name,
    }
}

/// A percentage, its value rounded as its text.
fn percent_figure(value: Decimal, style: Style) -> FigureView {
    FigureView::percent(value, style)
}

/// A weight (importance × levels), rounded as a percentage is.
fn weight_figure(value: Decimal, style: Style) -> FigureView {
    FigureView {
        value: style.rounding.apply(value),
        text: number(value, style.rounding, style.language),
        exact: None,
    }
}

/// An amount in rupiah, to whole rupiah.
fn rupiah_figure(value: Decimal, language: Language) -> FigureView {
    FigureView {
        value: Rounding::WHOLE.apply(value),
        text: rupiah(value, language),
        exact: None,
    }
}

/// Lesson hours (jam pelajaran), with all their places.
fn jp_figure(jp: Jp, language: Language) -> FigureView {
    let value = jp.value().normalize();
    FigureView {
        value,
        text: format!("{} JP", exact(value, language)),
        exact: None,
    }
}

/// A competency level.
fn level_figure(level: u8) -> FigureView {
    FigureView {
        value: Decimal::from(level),
        text: format!("level {level}"),
        exact: None,
    }
}

/// A count of levels (whole or a part closed by a method's effect), with all its places.
fn levels_figure(levels: Decimal, language: Language) -> FigureView {
    let value = levels.normalize();
    let unit = match language {
        Language::English if value != Decimal::ONE => "levels",
        _ => "level",
    };
    FigureView {
        value,
        text: format!("{} {unit}", exact(value, language)),
        exact: None,
    }
}

/// Where an employee stands against a required level, in words.
fn standing(gap: Option<i8>, language: Language) -> String {
    let levels = |n: i8| {
        let n = n.unsigned_abs();
        match language {
            Language::English if n != 1 => format!("{n} levels"),
            _ => format!("{n} level"),
        }
    };
    match (gap, language) {
        (None, _) => not_assessed(language),
        (Some(0), Language::Indonesian) => "sesuai standar".to_owned(),
        (Some(0), Language::English) => "meets the standard".to_owned(),
        (Some(g), Language::Indonesian) if g > 0 => format!("kurang {}", levels(g)),
        (Some(g), Language::English) if g > 0 => format!("{} short", levels(g)),
        (Some(g), Language::Indonesian) => format!("{} di atas standar", levels(g)),
        (Some(g), Language::English) => format!("{} above the standard", levels(g)),
    }
}

fn not_assessed(language: Language) -> String {
    word(language, "belum dinilai", "not assessed").to_owned()
}

/// Why a need exists, as a screen shows it.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::CauseView;
/// let cause: CauseView = serde_json::from_str(r#"{
///   "source": {"code": "current_position", "label": "standar jabatan"},
///   "subject": {"id": "KASI-KUR", "name": "Kepala Seksi Kurikulum"},
///   "text": "standar jabatan Kepala Seksi Kurikulum meminta level 2",
///   "weight": {"value": "10.00", "text": "10,00"},
///   "goals": []
/// }"#)?;
/// assert_eq!(cause.source.code, "current_position");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CauseView {
    /// The kind of cause: `current_position`, `intended_position`, `indicator`, `core_value`
    /// or `talent_box`, with its label.
    pub source: LabelView,
    /// What the cause concerns: the position, the indicator (by statement) or the core
    /// value; none for a talent box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<NamedView>,
    /// The cause in words, without codes.
    pub text: String,
    /// What it adds to the need's importance.
    pub weight: FigureView,
    /// The goals it serves, each with the missions it serves: the end of the trace.
    pub goals: Vec<GoalView>,
}

/// A goal of the agency, with the missions it serves.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::GoalView;
/// let goal: GoalView = serde_json::from_str(r#"{"goal": {"id": "T1", "name": "Meningkatnya mutu pendidikan dasar"}, "missions": [{"id": "M1", "name": "Meningkatkan mutu layanan pendidikan dasar"}]}"#)?;
/// assert_eq!(goal.missions[0].id, "M1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GoalView {
    /// The goal (tujuan), by statement.
    pub goal: NamedView,
    /// The missions (misi), by statement.
    pub missions: Vec<NamedView>,
}

fn cause_view(cause: &Cause, names: &Glossary, style: Style) -> CauseView {
    let language = style.language;
    let (code, label, subject, text) = match &cause.origin {
        NeedOrigin::CurrentPosition { position, required } => {
            let position = named(&names.positions, position);
            let text = match language {
                Language::Indonesian => {
                    format!("standar jabatan {} meminta level {required}", position.name)
                }
                Language::English => {
                    format!(
                        "the standard of {} requires level {required}",
                        position.name
                    )
                }
            };
            (
                "current_position",
                word(language, "standar jabatan", "standard of the position"),
                Some(position),
                text,
            )
        }
        NeedOrigin::IntendedPosition { position, required } => {
            let position = named(&names.positions, position);
            let text = match language {
                Language::Indonesian => format!(
                    "standar jabatan tujuan {} meminta level {required}",
                    position.name
                ),
                Language::English => format!(
                    "the standard of the intended position {} requires level {required}",
                    position.name
                ),
            };
            (
                "intended_position",
                word(
                    language,
                    "standar jabatan tujuan",
                    "standard of the intended position",
                ),
                Some(position),
                text,
            )
        }
        NeedOrigin::Indicator {
            indicator,
            achievement,
        } => {
            let indicator = named(&names.indicators, indicator);
            let achieved = percent(achievement.value(), style.rounding, language);
            let text = match language {
                Language::Indonesian => {
                    format!("indikator \"{}\" tercapai {achieved}", indicator.name)
                }
                Language::English => {
                    format!("indicator \"{}\" achieved {achieved}", indicator.name)
                }
            };
            (
                "indicator",
                word(language, "indikator kinerja", "performance indicator"),
                Some(indicator),
                text,
            )
        }
        NeedOrigin::CoreValue { value } => {
            let shown = LabelView::of(value, language);
            let text = match language {
                Language::Indonesian => {
                    format!("nilai dasar {} di bawah ekspektasi", shown.label)
                }
                Language::English => format!("core value {} below expectation", shown.label),
            };
            (
                "core_value",
                word(language, "nilai dasar", "core value"),
                Some(NamedView {
                    id: shown.code,
                    name: shown.label,
                }),
                text,
            )
        }
        NeedOrigin::TalentBox { box_number } => {
            let text = match language {
                Language::Indonesian => {
                    format!("kotak talenta {box_number} meminta pengembangan kompetensi")
                }
                Language::English => {
                    format!("nine-box box {box_number} calls for competency development")
                }
            };
            (
                "talent_box",
                word(language, "kotak talenta", "nine-box box"),
                None,
                text,
            )
        }
    };
    CauseView {
        source: LabelView {
            code: code.to_owned(),
            label: label.to_owned(),
        },
        subject,
        text,
        weight: weight_figure(cause.weight, style),
        goals: cause
            .goals
            .iter()
            .map(|link| GoalView {
                goal: named(&names.goals, &link.goal),
                missions: link
                    .missions
                    .iter()
                    .map(|m| named(&names.missions, m))
                    .collect(),
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// Job Person Match

/// An employee's Job Person Match (kesesuaian jabatan) as a screen shows it: each
/// competency of their position's standard with the level required, the level assessed or
/// "belum dinilai", the gap; the match, its category and the coverage it rests on.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::development::{AssessmentRules, JobPersonMatch, JpmRules, TraceNames};
/// use kinerja::present::{JpmView, Style};
/// use kinerja::sample;
/// let cascade = sample::siulak_cascade()?;
/// let (competencies, programmes) = (sample::siulak_competencies()?, sample::siulak_programmes()?);
/// let names = TraceNames { cascade: &cascade, competencies: &competencies, programmes: &programmes };
/// let records = sample::siulak_development_records()?;
/// let rina = cascade.agency().employees().iter()
///     .find(|e| e.number().to_string() == "198507192010012014").ok_or("no Rina")?;
/// let position = cascade.agency().position(rina.position()).ok_or("no position")?;
/// let standard = sample::siulak_standards()?.standard_for(position, &competencies)?;
/// let counted = AssessmentRules::default().counted(rina.number(), &records.assessments);
/// let explained = JobPersonMatch::explain(rina.number(), &standard, &counted, &JpmRules::default(), &names);
/// let view = JpmView::of(&explained, Style::indonesian());
/// assert_eq!(view.employee.name, "Rina Marlina, S.Pd.");
/// assert_eq!(view.percent.as_ref().map(|p| p.text.as_str()), Some("83,33 %"));
/// assert!(view.competencies.iter().any(|c| c.assessed_text == "belum dinilai"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JpmView {
    /// The employee.
    pub employee: PersonView,
    /// The position whose standard is matched.
    pub position: NamedView,
    /// Each competency of the standard, in the standard's order.
    pub competencies: Vec<CompetencyMatchView>,
    /// The levels credited, summed over the competencies counted (the numerator).
    pub credited: FigureView,
    /// The levels required, summed over the same competencies (the denominator).
    pub required: FigureView,
    /// The sum in words: `dihitung 10 dari 12 level yang disyaratkan`.
    pub sums_text: String,
    /// The match (Σ credited levels ÷ Σ required levels); none when nothing counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<FigureView>,
    /// Its category; none without a percent or while the coverage is below the rules'
    /// minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<LabelView>,
    /// The verdict in words: the category, or why none is given.
    pub verdict: String,
    /// How much of the standard was assessed.
    pub coverage: CoverageView,
    /// The rules the match was made under.
    pub rules: JpmRulesView,
}

/// One competency of a Job Person Match.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::CompetencyMatchView;
/// let line: CompetencyMatchView = serde_json::from_str(r#"{
///   "competency": {"id": "MAN-KOMUNIKASI", "name": "Komunikasi"},
///   "required": {"value": "2", "text": "level 2"},
///   "assessed": null, "assessed_text": "belum dinilai", "source": null, "gap": null,
///   "standing": "belum dinilai", "capped": false
/// }"#)?;
/// assert!(line.assessed.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CompetencyMatchView {
    /// The competency.
    pub competency: NamedView,
    /// The level the standard requires.
    pub required: FigureView,
    /// The level assessed; none when never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<FigureView>,
    /// The level assessed, or "belum dinilai" ("not assessed").
    pub assessed_text: String,
    /// When it was assessed, where it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_on: Option<DateView>,
    /// Who assessed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LabelView>,
    /// Required − assessed: above zero a shortfall, below a level above the standard; none
    /// when never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<FigureView>,
    /// Where the employee stands, in words: `kurang 1 level`, `sesuai standar`,
    /// `1 level di atas standar`, or `belum dinilai`.
    pub standing: String,
    /// Whether the level credited was held at the standard.
    pub capped: bool,
}

/// How much of a standard was assessed (cakupan penilaian).
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::CoverageView;
/// let coverage: CoverageView = serde_json::from_str(r#"{"assessed": 6, "required": 10, "percent": {"value": "60.00", "text": "60,00 %"}, "text": "6 dari 10 kompetensi dinilai (60,00 %)"}"#)?;
/// assert_eq!(coverage.required, 10);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CoverageView {
    /// The competencies assessed.
    pub assessed: usize,
    /// The competencies the standard requires.
    pub required: usize,
    /// Assessed ÷ required; none when the standard requires nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<FigureView>,
    /// In words: `6 dari 10 kompetensi dinilai (60,00 %)`.
    pub text: String,
}

/// The rules a Job Person Match was made under (aturan JPM): the category cut-offs, how a
/// level above the standard and a competency never assessed count, and the coverage from
/// which a category is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct JpmRulesView {
    /// The match from which the category is "optimal".
    pub optimal_from: FigureView,
    /// The match from which the category is "fairly optimal".
    pub fairly_optimal_from: FigureView,
    /// How a level above the standard counts.
    pub above_standard: LabelView,
    /// How a competency never assessed counts.
    pub unassessed: LabelView,
    /// The coverage from which a category is given.
    pub minimum_coverage: FigureView,
    /// The rules in a sentence.
    pub text: String,
}

impl JpmRulesView {
    fn of(rules: &JpmRules, style: Style) -> Self {
        let language = style.language;
        let optimal_from = percent_figure(rules.optimal_from().value(), style);
        let fairly_optimal_from = percent_figure(rules.fairly_optimal_from().value(), style);
        let minimum_coverage = percent_figure(rules.minimum_coverage().value(), style);
        let above_standard = LabelView::of(&rules.above_standard(), language);
        let unassessed = LabelView::of(&rules.unassessed(), language);
        let text = match language {
            Language::Indonesian => format!(
                "optimal mulai {}, cukup optimal mulai {}; level di atas standar {}; kompetensi {}; kategori mulai cakupan {}",
                optimal_from.text,
                fairly_optimal_from.text,
                above_standard.label,
                unassessed.label,
                minimum_coverage.text
            ),
            Language::English => format!(
                "optimal from {}, fairly optimal from {}; a level above the standard {}; a competency {}; a category from a coverage of {}",
                optimal_from.text,
                fairly_optimal_from.text,
                above_standard.label,
                unassessed.label,
                minimum_coverage.text
            ),
        };
        Self {
            optimal_from,
            fairly_optimal_from,
            above_standard,
            unassessed,
            minimum_coverage,
            text,
        }
    }
}

impl JpmView {
    /// The view of an explained Job Person Match.
    #[must_use]
    pub fn of(explained: &JpmExplanation, style: Style) -> Self {
        let language = style.language;
        let names = &explained.names;
        let coverage = &explained.coverage;
        let coverage_percent = coverage.percent.map(|p| percent_figure(p.value(), style));
        let coverage_text = {
            let mut text = match language {
                Language::Indonesian => format!(
                    "{} dari {} kompetensi dinilai",
                    coverage.assessed, coverage.required
                ),
                Language::English => format!(
                    "{} of {} competencies assessed",
                    coverage.assessed, coverage.required
                ),
            };
            if let Some(p) = &coverage_percent {
                text.push_str(&format!(" ({})", p.text));
            }
            text
        };
        let category = explained.category.map(|c| LabelView::of(&c, language));
        let verdict = match (&category, explained.percent) {
            (Some(c), _) => c.label.clone(),
            (None, None) => word(
                language,
                "belum ada kompetensi yang dinilai",
                "no competency assessed yet",
            )
            .to_owned(),
            (None, Some(_)) => {
                let minimum = percent(
                    explained.rules.minimum_coverage().value(),
                    style.rounding,
                    language,
                );
                match language {
                    Language::Indonesian => {
                        format!("belum dikategorikan: cakupan di bawah minimal {minimum}")
                    }
                    Language::English => {
                        format!("no category yet: coverage below the minimum of {minimum}")
                    }
                }
            }
        };
        Self {
            employee: person(names, &explained.employee),
            position: named(&names.positions, &explained.position),
            competencies: explained
                .competencies
                .iter()
                .map(|c| {
                    let assessed = c.assessed.map(|l| level_figure(l.get()));
                    CompetencyMatchView {
                        competency: named(&names.competencies, &c.competency),
                        required: level_figure(c.required.get()),
                        assessed_text: assessed
                            .as_ref()
                            .map_or_else(|| not_assessed(language), |a| a.text.clone()),
                        assessed,
                        assessed_on: c.date.map(|d| DateView::of(d, language)),
                        source: c.source.map(|s| LabelView::of(&s, language)),
                        gap: c.gap.map(|g| FigureView {
                            value: Decimal::from(g),
                            text: exact(Decimal::from(g), language),
                            exact: None,
                        }),
                        standing: standing(c.gap, language),
                        capped: c.capped,
                    }
                })
                .collect(),
            credited: levels_figure(Decimal::from(explained.credited), language),
            required: levels_figure(Decimal::from(explained.required), language),
            sums_text: match language {
                Language::Indonesian => format!(
                    "dihitung {} dari {} level yang disyaratkan",
                    explained.credited, explained.required
                ),
                Language::English => format!(
                    "{} of the {} levels required credited",
                    explained.credited, explained.required
                ),
            },
            percent: explained.percent.map(|p| percent_figure(p.value(), style)),
            category,
            verdict,
            coverage: CoverageView {
                assessed: coverage.assessed,
                required: coverage.required,
                percent: coverage_percent,
                text: coverage_text,
            },
            rules: JpmRulesView::of(&explained.rules, style),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Needs

/// An employee's development needs (kebutuhan pengembangan kompetensi) as a screen shows
/// them: each competency to raise, from which level to which, how much it matters and why,
/// each cause traced to the goals and missions it serves; and the competencies to assess
/// first.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::development::{NeedsRules, TraceNames, development_needs};
/// use kinerja::present::{NeedsView, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let (competencies, programmes) = (sample::siulak_competencies()?, sample::siulak_programmes()?);
/// let needs = development_needs(input.cascade(), &year, &competencies, &sample::siulak_standards()?,
///     &sample::siulak_development_records()?, &NeedsRules::default())?;
/// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
/// let rina = needs.iter().find(|n| n.employee.to_string() == "198507192010012014").ok_or("no Rina")?;
/// let view = NeedsView::of(rina, &names, Style::indonesian());
/// let need = view.needs.first().ok_or("no need")?;
/// assert_eq!(need.causes[0].goals[0].goal.id, "T1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NeedsView {
    /// The employee.
    pub employee: PersonView,
    /// The unit of the position held.
    pub unit: NamedView,
    /// JP earned this year before any plan.
    pub taken: FigureView,
    /// Each competency to raise, most important first as the analysis lists them.
    pub needs: Vec<NeedView>,
    /// Each competency to assess before any training is sized for it.
    pub assessment_needs: Vec<AssessmentNeedView>,
}

/// One competency an employee needs to raise.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::NeedView;
/// let need: NeedView = serde_json::from_str(r#"{
///   "competency": {"id": "MAN-PELAYANAN-PUBLIK", "name": "Pelayanan Publik"},
///   "assessed": {"value": "1", "text": "level 1"}, "assessed_text": "level 1",
///   "target": {"value": "2", "text": "level 2"}, "levels": {"value": "1", "text": "1 level"},
///   "importance": {"value": "10.00", "text": "10,00"}, "causes": []
/// }"#)?;
/// assert_eq!(need.target.text, "level 2");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NeedView {
    /// The competency.
    pub competency: NamedView,
    /// The level that counts today; none when never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<FigureView>,
    /// The level, or "belum dinilai".
    pub assessed_text: String,
    /// The level to reach.
    pub target: FigureView,
    /// The levels missing.
    pub levels: FigureView,
    /// How much each level closed is worth: the sum of the causes' weights.
    pub importance: FigureView,
    /// Why, each cause with the goals it serves.
    pub causes: Vec<CauseView>,
}

/// One competency to assess first (perlu asesmen).
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::AssessmentNeedView;
/// let need: AssessmentNeedView = serde_json::from_str(r#"{"competency": {"id": "TEK-SARPRAS", "name": "Perencanaan Sarana dan Prasarana Sekolah"}, "importance": {"value": "60.00", "text": "60,00"}, "causes": []}"#)?;
/// assert_eq!(need.competency.id, "TEK-SARPRAS");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AssessmentNeedView {
    /// The competency, never assessed.
    pub competency: NamedView,
    /// How much knowing its level matters.
    pub importance: FigureView,
    /// Why it is asked for, each cause with the goals it serves.
    pub causes: Vec<CauseView>,
}

impl NeedsView {
    /// The view of one employee's needs, with names from `names`.
    #[must_use]
    pub fn of(needs: &EmployeeNeeds, names: &TraceNames<'_>, style: Style) -> Self {
        let mut gather = Gatherer::new(names);
        gather.employee(&needs.employee);
        gather.unit(&needs.unit);
        for need in &needs.needs {
            gather.competency(&need.competency);
            need.causes.iter().for_each(|c| gather.cause(c));
        }
        for need in &needs.assessment_needs {
            gather.competency(&need.competency);
            need.causes.iter().for_each(|c| gather.cause(c));
        }
        let glossary = gather.finish();
        let language = style.language;
        Self {
            employee: person(&glossary, &needs.employee),
            unit: named(&glossary.units, &needs.unit),
            taken: jp_figure(needs.taken, language),
            needs: needs
                .needs
                .iter()
                .map(|need| need_view(need, &glossary, style))
                .collect(),
            assessment_needs: needs
                .assessment_needs
                .iter()
                .map(|need| assessment_need_view(need, &glossary, style))
                .collect(),
        }
    }
}

fn need_view(need: &Need, names: &Glossary, style: Style) -> NeedView {
    let language = style.language;
    let assessed = need.assessed.map(|l| level_figure(l.get()));
    NeedView {
        competency: named(&names.competencies, &need.competency),
        assessed_text: assessed
            .as_ref()
            .map_or_else(|| not_assessed(language), |a| a.text.clone()),
        assessed,
        target: level_figure(need.target.get()),
        levels: levels_figure(Decimal::from(need.levels()), language),
        importance: weight_figure(need.importance, style),
        causes: need
            .causes
            .iter()
            .map(|c| cause_view(c, names, style))
            .collect(),
    }
}

fn assessment_need_view(
    need: &AssessmentNeed,
    names: &Glossary,
    style: Style,
) -> AssessmentNeedView {
    AssessmentNeedView {
        competency: named(&names.competencies, &need.competency),
        importance: weight_figure(need.importance, style),
        causes: need
            .causes
            .iter()
            .map(|c| cause_view(c, names, style))
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// Development plan

/// A development plan (rencana pengembangan kompetensi) as a screen shows it: per employee
/// the programmes chosen with their quarter, JP and cost, the needs each closes and why,
/// the year's JP against the minimum and any shortfall; and the plan's spending against its
/// budget.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::development::*;
/// use kinerja::present::{DevelopmentPlanView, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let (competencies, programmes) = (sample::siulak_competencies()?, sample::siulak_programmes()?);
/// let needs = development_needs(input.cascade(), &year, &competencies, &sample::siulak_standards()?,
///     &sample::siulak_development_records()?, &NeedsRules::default())?;
/// let rules = PlanRules { budget: Some(6_000_000.into()), ..PlanRules::default() };
/// let plan = plan_development(&needs, &programmes, &rules)?;
/// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
/// let view = DevelopmentPlanView::of(&plan.explain(&names), Style::indonesian());
/// assert_eq!(view.budget.as_ref().map(|b| b.text.as_str()), Some("Rp 6.000.000"));
/// assert_eq!(view.minimum.text, "20 JP");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DevelopmentPlanView {
    /// The budget; none when unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<FigureView>,
    /// What the plan spends.
    pub spent: FigureView,
    /// What is left of the budget; none when unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<FigureView>,
    /// Spending against the budget, in words.
    pub spending: String,
    /// The yearly JP minimum.
    pub minimum: FigureView,
    /// The weighted levels the plan closes (Σ importance × levels closed).
    pub value: FigureView,
    /// The weighted levels of every need.
    pub needed: FigureView,
    /// How many employees the plan leaves below the minimum.
    pub below_minimum: usize,
    /// Each employee, by number.
    pub employees: Vec<EmployeePlanView>,
}

/// One employee's year in a plan.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::EmployeePlanView;
/// let year: EmployeePlanView = serde_json::from_str(r#"{
///   "employee": {"number": "199405052020121008", "number_kind": "NIP", "name": "Yoga Pratama"},
///   "unit": {"id": "DIK.SEK", "name": "Sekretariat"}, "programmes": [],
///   "taken": {"value": "0", "text": "0 JP"}, "planned": {"value": "0", "text": "0 JP"}, "total": {"value": "0", "text": "0 JP"}, "filled": {"value": "0", "text": "0 JP"},
///   "shortfall": {"value": "20", "text": "20 JP"}, "minimum_met": false,
///   "jp_text": "0 JP sudah diikuti + 0 JP direncanakan = 0 JP; kurang 20 JP dari minimal 20 JP",
///   "cost": {"value": "0", "text": "Rp 0"}, "open": [], "to_assess": []
/// }"#)?;
/// assert!(!year.minimum_met);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmployeePlanView {
    /// The employee.
    pub employee: PersonView,
    /// The unit.
    pub unit: NamedView,
    /// The programmes chosen, by quarter and programme.
    pub programmes: Vec<PlannedProgrammeView>,
    /// JP earned before the plan.
    pub taken: FigureView,
    /// JP the plan adds.
    pub planned: FigureView,
    /// The year's JP: taken + planned.
    pub total: FigureView,
    /// The JP of programmes chosen only to reach the minimum.
    pub filled: FigureView,
    /// How far the year stays below the minimum; none when it reaches it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortfall: Option<FigureView>,
    /// Whether the year reaches the minimum.
    pub minimum_met: bool,
    /// The year's JP in words: `6 JP sudah diikuti + 36 JP direncanakan = 42 JP; minimal 20 JP
    /// tercapai`.
    pub jp_text: String,
    /// The cost of the programmes.
    pub cost: FigureView,
    /// The needs left open, wholly or in part.
    pub open: Vec<OpenNeedView>,
    /// The competencies to assess first, for which nothing is planned.
    pub to_assess: Vec<NamedView>,
}

/// One programme chosen for one employee.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::PlannedProgrammeView;
/// let chosen: PlannedProgrammeView = serde_json::from_str(r#"{
///   "programme": {"id": "P-YANLIK", "name": "Pelatihan Pelayanan Publik Prima"},
///   "quarter": {"code": "q2", "label": "Triwulan II"},
///   "jp": {"value": "24", "text": "24 JP"}, "cost": {"value": "1500000", "text": "Rp 1.500.000"}, "fill": false, "closes": []
/// }"#)?;
/// assert_eq!(chosen.cost.text, "Rp 1.500.000");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PlannedProgrammeView {
    /// The programme.
    pub programme: NamedView,
    /// The quarter of the run.
    pub quarter: LabelView,
    /// The JP it credits.
    pub jp: FigureView,
    /// Its cost.
    pub cost: FigureView,
    /// Whether it was chosen only to reach the JP minimum.
    pub fill: bool,
    /// The needs it closes; empty for a fill.
    pub closes: Vec<ClosedView>,
}

/// What a programme closes of one need.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::ClosedView;
/// let closed: ClosedView = serde_json::from_str(r#"{
///   "competency": {"id": "MAN-PELAYANAN-PUBLIK", "name": "Pelayanan Publik"}, "from": "level 1",
///   "reaches": {"value": "2", "text": "level 2"}, "target": {"value": "2", "text": "level 2"}, "levels": {"value": "1", "text": "1 level"}, "causes": []
/// }"#)?;
/// assert_eq!(closed.from, "level 1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClosedView {
    /// The competency.
    pub competency: NamedView,
    /// The level that counts today, or "belum dinilai".
    pub from: String,
    /// The level the programme brings the employee to.
    pub reaches: FigureView,
    /// The need's target.
    pub target: FigureView,
    /// The levels it closes.
    pub levels: FigureView,
    /// Why the need exists, each cause with the goals it serves.
    pub causes: Vec<CauseView>,
}

/// A need a plan leaves open.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::OpenNeedView;
/// let open: OpenNeedView = serde_json::from_str(r#"{"competency": {"id": "MAN-KOMUNIKASI", "name": "Komunikasi"}, "levels": {"value": "0.5", "text": "0,5 level"}, "value": {"value": "5.00", "text": "5,00"}}"#)?;
/// assert_eq!(open.levels.text, "0,5 level");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenNeedView {
    /// The competency.
    pub competency: NamedView,
    /// The levels still open.
    pub levels: FigureView,
    /// Those levels times the need's importance.
    pub value: FigureView,
}

impl DevelopmentPlanView {
    /// The view of an explained development plan.
    #[must_use]
    pub fn of(explained: &DevelopmentPlanExplanation, style: Style) -> Self {
        let language = style.language;
        let budget = explained.budget.map(|b| rupiah_figure(b, language));
        let spent = rupiah_figure(explained.spent, language);
        let remaining = explained
            .budget
            .and_then(|b| b.checked_sub(explained.spent))
            .map(|r| rupiah_figure(r, language));
        let spending = match (&budget, language) {
            (Some(b), Language::Indonesian) => {
                format!("terpakai {} dari anggaran {}", spent.text, b.text)
            }
            (Some(b), Language::English) => {
                format!("{} spent of a budget of {}", spent.text, b.text)
            }
            (None, Language::Indonesian) => {
                format!("terpakai {}, tanpa batas anggaran", spent.text)
            }
            (None, Language::English) => format!("{} spent, no budget limit", spent.text),
        };
        let employees: Vec<EmployeePlanView> = explained
            .employees
            .iter()
            .map(|e| employee_plan_view(e, explained, style))
            .collect();
        Self {
            budget,
            spent,
            remaining,
            spending,
            minimum: jp_figure(explained.minimum, language),
            value: weight_figure(explained.value, style),
            needed: weight_figure(explained.needed, style),
            below_minimum: employees.iter().filter(|e| !e.minimum_met).count(),
            employees,
        }
    }
}

fn employee_plan_view(
    e: &EmployeePlanExplanation,
    plan: &DevelopmentPlanExplanation,
    style: Style,
) -> EmployeePlanView {
    let language = style.language;
    let names = &plan.names;
    let total = jp_figure(e.total, language);
    let minimum = jp_figure(plan.minimum, language);
    let taken = jp_figure(e.taken, language);
    let planned = jp_figure(e.planned, language);
    let shortfall = e.shortfall.map(|s| jp_figure(s, language));
    let verdict = match (&shortfall, language) {
        (None, Language::Indonesian) => format!("minimal {} tercapai", minimum.text),
        (None, Language::English) => format!("the minimum of {} is reached", minimum.text),
        (Some(s), Language::Indonesian) => {
            format!("kurang {} dari minimal {}", s.text, minimum.text)
        }
        (Some(s), Language::English) => {
            format!("{} short of the minimum of {}", s.text, minimum.text)
        }
    };
    let jp_text = match language {
        Language::Indonesian => format!(
            "{} sudah diikuti + {} direncanakan = {}; {verdict}",
            taken.text, planned.text, total.text
        ),
        Language::English => format!(
            "{} taken + {} planned = {}; {verdict}",
            taken.text, planned.text, total.text
        ),
    };
    EmployeePlanView {
        employee: person(names, &e.employee),
        unit: named(&names.units, &e.unit),
        programmes: e
            .recommendations
            .iter()
            .map(|r| planned_view(r, names, style))
            .collect(),
        taken,
        planned,
        total,
        filled: jp_figure(e.filled, language),
        minimum_met: shortfall.is_none(),
        shortfall,
        jp_text,
        cost: rupiah_figure(e.cost, language),
        open: e.open.iter().map(|o| open_view(o, names, style)).collect(),
        to_assess: e
            .to_assess
            .iter()
            .map(|c| named(&names.competencies, c))
            .collect(),
    }
}

fn planned_view(r: &Recommendation, names: &Glossary, style: Style) -> PlannedProgrammeView {
    let language = style.language;
    PlannedProgrammeView {
        programme: named(&names.programmes, &r.programme),
        quarter: LabelView::of(&r.quarter, language),
        jp: jp_figure(r.jp, language),
        cost: rupiah_figure(r.cost, language),
        fill: r.fill,
        closes: r
            .closes
            .iter()
            .map(|c| closed_view(c, names, style))
            .collect(),
    }
}

fn closed_view(c: &Closed, names: &Glossary, style: Style) -> ClosedView {
    let language = style.language;
    ClosedView {
        competency: named(&names.competencies, &c.competency),
        from: c
            .assessed
            .map_or_else(|| not_assessed(language), |l| format!("level {l}")),
        reaches: level_figure(c.reaches.get()),
        target: level_figure(c.target.get()),
        levels: levels_figure(c.levels, language),
        causes: c
            .causes
            .iter()
            .map(|x| cause_view(x, names, style))
            .collect(),
    }
}

fn open_view(o: &OpenNeed, names: &Glossary, style: Style) -> OpenNeedView {
    OpenNeedView {
        competency: named(&names.competencies, &o.competency),
        levels: levels_figure(o.levels, style.language),
        value: weight_figure(o.value, style),
    }
}

// ---------------------------------------------------------------------------------------
// Training needs analysis

/// A training needs analysis (analisis kebutuhan pelatihan) as a screen shows it: for the
/// agency and for each unit, the competencies needed by weight, the programmes needed and
/// funded, the budget needed and what the budget leaves uncovered, the assessments to make
/// first and the employees left below the JP minimum.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::development::*;
/// use kinerja::present::{Style, TrainingNeedsView};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let (competencies, programmes) = (sample::siulak_competencies()?, sample::siulak_programmes()?);
/// let needs = development_needs(input.cascade(), &year, &competencies, &sample::siulak_standards()?,
///     &sample::siulak_development_records()?, &NeedsRules::default())?;
/// let rules = PlanRules { budget: Some(6_000_000.into()), ..PlanRules::default() };
/// let analysis = TrainingNeeds::of(&needs, &programmes, &rules)?;
/// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
/// let view = TrainingNeedsView::of(&analysis.explain(&names), Style::english());
/// assert_eq!(view.agency.scope.name, "Dinas Pendidikan Siulak");
/// assert_eq!(view.agency.employees, 10);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TrainingNeedsView {
    /// The budget of the plan it rests on; none when unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<FigureView>,
    /// The yearly JP minimum of that plan.
    pub minimum: FigureView,
    /// The agency as a whole.
    pub agency: ScopeNeedsView,
    /// Each unit, by id.
    pub units: Vec<ScopeNeedsView>,
}

/// The training needs of one scope: the agency or a unit.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::ScopeNeedsView;
/// let unit: ScopeNeedsView = serde_json::from_str(r#"{
///   "scope": {"id": "DIK.SEK", "name": "Sekretariat"}, "employees": 2, "with_needs": 0, "needing_assessment": 2, "below_minimum": 0,
///   "competencies": [], "assessments": [], "goals": [], "programmes": [],
///   "budget_needed": {"value": "0", "text": "Rp 0"}, "funded": {"value": "0", "text": "Rp 0"}, "budget_uncovered": {"value": "0", "text": "Rp 0"}, "fills": {"value": "0", "text": "Rp 0"},
///   "weight": {"value": "0.00", "text": "0,00"}, "uncovered": {"value": "0.00", "text": "0,00"}
/// }"#)?;
/// assert_eq!(unit.needing_assessment, 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScopeNeedsView {
    /// The unit, or the agency (its id empty).
    pub scope: NamedView,
    /// Employees in scope.
    pub employees: usize,
    /// Those with at least one training need.
    pub with_needs: usize,
    /// Those with at least one competency to assess first.
    pub needing_assessment: usize,
    /// Those the budgeted plan leaves below the JP minimum.
    pub below_minimum: usize,
    /// Each competency needed, heaviest first.
    pub competencies: Vec<CompetencyNeedsView>,
    /// Each competency to assess first, heaviest first.
    pub assessments: Vec<AssessmentNeedsView>,
    /// Each goal held back, with the competencies holding it back, heaviest first.
    pub goals: Vec<GoalNeedsView>,
    /// The programmes needed, by id.
    pub programmes: Vec<ProgrammeNeedsView>,
    /// What closing every need costs.
    pub budget_needed: FigureView,
    /// What the budgeted plan spends on needs.
    pub funded: FigureView,
    /// What the budget leaves uncovered: needed − funded.
    pub budget_uncovered: FigureView,
    /// What the budgeted plan spends on programmes chosen to reach the JP minimum.
    pub fills: FigureView,
    /// The weight of every need (Σ importance × levels).
    pub weight: FigureView,
    /// The part of it the budgeted plan leaves open.
    pub uncovered: FigureView,
}

/// One competency's needs in a scope.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::CompetencyNeedsView;
/// let needed: CompetencyNeedsView = serde_json::from_str(r#"{"competency": {"id": "MAN-PELAYANAN-PUBLIK", "name": "Pelayanan Publik"}, "employees": 1, "levels": 1, "weight": {"value": "10.00", "text": "10,00"}, "uncovered": {"value": "0.00", "text": "0,00"}}"#)?;
/// assert_eq!(needed.levels, 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CompetencyNeedsView {
    /// The competency.
    pub competency: NamedView,
    /// How many employees need it.
    pub employees: usize,
    /// The levels missing, summed over them.
    pub levels: u32,
    /// Σ importance × levels.
    pub weight: FigureView,
    /// The part of it the budgeted plan leaves open.
    pub uncovered: FigureView,
}

/// One competency to assess in a scope.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::AssessmentNeedsView;
/// let asked: AssessmentNeedsView = serde_json::from_str(r#"{"competency": {"id": "TEK-SARPRAS", "name": "Perencanaan Sarana dan Prasarana Sekolah"}, "employees": 2, "weight": {"value": "120.00", "text": "120,00"}, "goals": [{"id": "T1", "name": "Meningkatnya mutu pendidikan dasar"}]}"#)?;
/// assert_eq!(asked.goals[0].id, "T1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AssessmentNeedsView {
    /// The competency.
    pub competency: NamedView,
    /// How many employees need it assessed.
    pub employees: usize,
    /// Σ importance of their assessment needs.
    pub weight: FigureView,
    /// The goals the needs serve.
    pub goals: Vec<NamedView>,
}

/// A goal held back, and by which competencies.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::GoalNeedsView;
/// let goal: GoalNeedsView = serde_json::from_str(r#"{"goal": {"id": "T1", "name": "Meningkatnya mutu pendidikan dasar"}, "competencies": [{"competency": {"id": "MAN-PELAYANAN-PUBLIK", "name": "Pelayanan Publik"}, "weight": {"value": "10.00", "text": "10,00"}}]}"#)?;
/// assert_eq!(goal.competencies[0].weight.text, "10,00");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GoalNeedsView {
    /// The goal.
    pub goal: NamedView,
    /// The competencies, heaviest first, each with its weight.
    pub competencies: Vec<HeldBackView>,
}

/// A competency holding a goal back.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::HeldBackView;
/// let held: HeldBackView = serde_json::from_str(r#"{"competency": {"id": "MAN-PELAYANAN-PUBLIK", "name": "Pelayanan Publik"}, "weight": {"value": "10.00", "text": "10,00"}}"#)?;
/// assert_eq!(held.competency.name, "Pelayanan Publik");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HeldBackView {
    /// The competency.
    pub competency: NamedView,
    /// How much it holds the goal back.
    pub weight: FigureView,
}

/// One programme in the analysis.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::ProgrammeNeedsView;
/// let programme: ProgrammeNeedsView = serde_json::from_str(r#"{"programme": {"id": "P-YANLIK", "name": "Pelatihan Pelayanan Publik Prima"}, "needed": 1, "funded": 1, "needed_cost": {"value": "1500000", "text": "Rp 1.500.000"}}"#)?;
/// assert_eq!(programme.needed, programme.funded);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProgrammeNeedsView {
    /// The programme.
    pub programme: NamedView,
    /// Participants needed (the plan without a budget limit).
    pub needed: u32,
    /// Participants the budget funds.
    pub funded: u32,
    /// The cost of the participants needed.
    pub needed_cost: FigureView,
}

impl TrainingNeedsView {
    /// The view of an explained training needs analysis.
    #[must_use]
    pub fn of(explained: &TrainingNeedsExplanation, style: Style) -> Self {
        let language = style.language;
        let names = &explained.names;
        Self {
            budget: explained.budget.map(|b| rupiah_figure(b, language)),
            minimum: jp_figure(explained.minimum, language),
            agency: scope_view(&explained.agency, names, style),
            units: explained
                .units
                .iter()
                .map(|u| scope_view(u, names, style))
                .collect(),
        }
    }
}

fn scope_view(scope: &TrainingNeeds, names: &Glossary, style: Style) -> ScopeNeedsView {
    let language = style.language;
    let named_scope = scope.unit.as_ref().map_or_else(
        || NamedView {
            id: String::new(),
            name: names.agency.clone().unwrap_or_default(),
        },
        |unit| named(&names.units, unit),
    );
    let uncovered_budget = scope
        .needed_budget
        .checked_sub(scope.funded)
        .unwrap_or_default()
        .max(Decimal::ZERO);
    ScopeNeedsView {
        scope: named_scope,
        employees: scope.employees,
        with_needs: scope.with_needs,
        needing_assessment: scope.needing_assessment,
        below_minimum: scope.below_minimum,
        competencies: scope
            .competencies
            .iter()
            .map(|c| CompetencyNeedsView {
                competency: named(&names.competencies, &c.competency),
                employees: c.employees,
                levels: c.levels,
                weight: weight_figure(c.weight, style),
                uncovered: weight_figure(c.uncovered, style),
            })
            .collect(),
        assessments: scope
            .assessments
            .iter()
            .map(|a| AssessmentNeedsView {
                competency: named(&names.competencies, &a.competency),
                employees: a.employees,
                weight: weight_figure(a.weight, style),
                goals: a.goals.iter().map(|g| named(&names.goals, g)).collect(),
            })
            .collect(),
        goals: scope
            .goals
            .iter()
            .map(|g| GoalNeedsView {
                goal: named(&names.goals, &g.goal),
                competencies: g
                    .competencies
                    .iter()
                    .map(|h| HeldBackView {
                        competency: named(&names.competencies, &h.competency),
                        weight: weight_figure(h.weight, style),
                    })
                    .collect(),
            })
            .collect(),
        programmes: scope
            .programmes
            .iter()
            .map(|p| ProgrammeNeedsView {
                programme: named(&names.programmes, &p.programme),
                needed: p.needed,
                funded: p.funded,
                needed_cost: rupiah_figure(p.needed_cost, language),
            })
            .collect(),
        budget_needed: rupiah_figure(scope.needed_budget, language),
        funded: rupiah_figure(scope.funded, language),
        budget_uncovered: rupiah_figure(uncovered_budget, language),
        fills: rupiah_figure(scope.fills, language),
        weight: weight_figure(scope.weight, style),
        uncovered: weight_figure(scope.uncovered, style),
    }
}
