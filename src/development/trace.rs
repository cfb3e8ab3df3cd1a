//! A recommendation's trace, rendered: programme ← gap ← indicator or competency standard ←
//! goal ← mission, in Indonesian or English; and an assessment need's: assessment ←
//! indicator or standard ← goal ← mission.

use super::catalogue::CompetencyCatalogue;
use super::need::{AssessmentNeed, Cause, GoalLink, NeedOrigin};
use super::plan::{Closed, Recommendation};
use super::programme::ProgrammeCatalogue;
use crate::cascade::Cascade;
use crate::id::IndicatorId;
use crate::label::{Labelled, Language};
use crate::num::Rounding;
use crate::text::one_line;
use crate::written::number;
use std::fmt::Write;

/// Where a trace finds the names and statements of the ids it carries.
#[derive(Debug, Clone, Copy)]
pub struct TraceNames<'a> {
    /// The cascade: goals, indicators, missions (through its agency), positions.
    pub cascade: &'a Cascade,
    /// The competencies.
    pub competencies: &'a CompetencyCatalogue,
    /// The programmes.
    pub programmes: &'a ProgrammeCatalogue,
}

impl Recommendation {
    /// The trace, one line per need closed and cause, from the programme back to the
    /// missions; for a fill, one line saying so. Statements are put on one line each.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::Language;
    /// use kinerja::development::*;
    /// use kinerja::sample;
    /// let input = kinerja::AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let competencies = sample::siulak_competencies()?;
    /// let rules = NeedsRules { performance: sample::siulak_gap_rules()?, ..Default::default() };
    /// let needs = development_needs(input.cascade(), &year, &competencies,
    ///     &sample::siulak_standards()?, &sample::siulak_development_records()?, &rules)?;
    /// let programmes = sample::siulak_programmes()?;
    /// let plan = plan_development(&needs, &programmes, &PlanRules::default())?;
    /// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
    /// let first = plan.recommendations.iter().find(|r| !r.fill).ok_or("no recommendation")?;
    /// for line in first.trace(Language::Indonesian, &names) {
    ///     assert!(line.contains(" ← "));
    /// }
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn trace(&self, language: Language, names: &TraceNames<'_>) -> Vec<String> {
        let programme = names.programmes.get(&self.programme).map_or_else(
            || self.programme.to_string(),
            |(p, _)| format!("{} ({})", one_line(&p.name), p.id),
        );
        if self.closes.is_empty() {
            return vec![match language {
                Language::Indonesian => {
                    format!("{programme}: pengisian menuju minimal JP setahun, tanpa kesenjangan")
                }
                Language::English => {
                    format!("{programme}: a fill towards the yearly JP minimum, closing no gap")
                }
            }];
        }
        self.closes
            .iter()
            .flat_map(|closed| {
                let gap = gap_text(closed, language, names);
                closed.causes.iter().map(move |cause| (gap.clone(), cause))
            })
            .map(|(gap, cause)| {
                format!(
                    "{programme} ← {gap} ← {}",
                    cause_text(cause, language, names)
                )
            })
            .collect()
    }
}

impl AssessmentNeed {
    /// The trace of an assessment need, one line per cause, from the assessment back to the
    /// missions: why the competency must be assessed before any training is sized for it.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::Language;
    /// use kinerja::development::*;
    /// use kinerja::sample;
    /// let input = kinerja::AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let competencies = sample::siulak_competencies()?;
    /// let needs = development_needs(input.cascade(), &year, &competencies,
    ///     &sample::siulak_standards()?, &sample::siulak_development_records()?, &NeedsRules::default())?;
    /// let programmes = sample::siulak_programmes()?;
    /// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
    /// let first = needs.iter().flat_map(|e| &e.assessment_needs).next().ok_or("no assessment need")?;
    /// for line in first.trace(Language::Indonesian, &names) {
    ///     assert!(line.starts_with("asesmen "));
    ///     assert!(line.contains("belum dinilai ← "));
    /// }
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn trace(&self, language: Language, names: &TraceNames<'_>) -> Vec<String> {
        let competency = competency_text(&self.competency, names);
        let head = match language {
            Language::Indonesian => format!("asesmen {competency}: belum dinilai"),
            Language::English => format!("assessment of {competency}: not assessed"),
        };
        self.causes
            .iter()
            .map(|cause| format!("{head} ← {}", cause_text(cause, language, names)))
            .collect()
    }
}

/// A cause and the goals it serves: `origin ← goal ← mission`.
fn cause_text(cause: &Cause, language: Language, names: &TraceNames<'_>) -> String {
    let mut line = origin_text(cause, language, names);
    // Several goals are alternatives side by side, not a chain.
    let goals: Vec<String> = cause
        .goals
        .iter()
        .map(|goal| goal_text(goal, language, names))
        .collect();
    if !goals.is_empty() {
        line.push_str(" ← ");
        line.push_str(&goals.join("; "));
    }
    line
}

/// A competency by name with its id beside it, or its id alone when the catalogue does not
/// hold it.
pub(super) fn competency_text(id: &crate::id::CompetencyId, names: &TraceNames<'_>) -> String {
    names.competencies.competency(id).map_or_else(
        |_| id.to_string(),
        |c| format!("{} ({id})", one_line(c.name())),
    )
}

fn gap_text(closed: &Closed, language: Language, names: &TraceNames<'_>) -> String {
    let competency = competency_text(&closed.competency, names);
    let from = match (closed.assessed, language) {
        (Some(level), _) => format!("level {level}"),
        (None, Language::Indonesian) => "belum dinilai, dihitung level 0".to_owned(),
        (None, Language::English) => "not assessed, counted as level 0".to_owned(),
    };
    match language {
        Language::Indonesian => format!(
            "kesenjangan {competency}: {from} → level {} (target {})",
            closed.reaches, closed.target
        ),
        Language::English => format!(
            "gap in {competency}: {from} → level {} (target {})",
            closed.reaches, closed.target
        ),
    }
}

fn origin_text(cause: &Cause, language: Language, names: &TraceNames<'_>) -> String {
    let agency = names.cascade.agency();
    let position = |id: &crate::id::PositionId| {
        agency.position(id).map_or_else(
            || id.to_string(),
            |p| format!("{} ({id})", one_line(p.title())),
        )
    };
    let indonesian = language == Language::Indonesian;
    match &cause.origin {
        NeedOrigin::CurrentPosition {
            position: id,
            required,
        } if indonesian => {
            format!("standar jabatan {} meminta level {required}", position(id))
        }
        NeedOrigin::CurrentPosition {
            position: id,
            required,
        } => {
            format!("the standard of {} requires level {required}", position(id))
        }
        NeedOrigin::IntendedPosition {
            position: id,
            required,
        } if indonesian => {
            format!(
                "standar jabatan tujuan {} meminta level {required}",
                position(id)
            )
        }
        NeedOrigin::IntendedPosition {
            position: id,
            required,
        } => format!(
            "the standard of the intended position {} requires level {required}",
            position(id)
        ),
        NeedOrigin::Indicator {
            indicator,
            achievement,
        } => {
            let statement = indicator_statement(indicator, names);
            let achieved = number(achievement.value(), Rounding::default(), language);
            if indonesian {
                format!("indikator {indicator} {statement}tercapai {achieved} %")
            } else {
                format!("indicator {indicator} {statement}achieved {achieved} %")
            }
        }
        NeedOrigin::CoreValue { value } if indonesian => format!(
            "nilai dasar {} di bawah ekspektasi",
            value.label(Language::Indonesian)
        ),
        NeedOrigin::CoreValue { value } => format!(
            "core value {} below expectation",
            value.label(Language::English)
        ),
        NeedOrigin::TalentBox { box_number } if indonesian => {
            format!("kotak talenta {box_number} meminta pengembangan kompetensi")
        }
        NeedOrigin::TalentBox { box_number } => {
            format!("nine-box box {box_number} calls for competency development")
        }
    }
}

/// The indicator's statement in quotes and a space, or nothing when unknown.
fn indicator_statement(indicator: &IndicatorId, names: &TraceNames<'_>) -> String {
    names
        .cascade
        .indicator(indicator)
        .and_then(|node| node.indicators().iter().find(|i| i.id() == indicator))
        .map_or_else(String::new, |i| format!("\"{}\" ", one_line(i.statement())))
}

fn goal_text(link: &GoalLink, language: Language, names: &TraceNames<'_>) -> String {
    let mut text = match names.cascade.node(&link.goal) {
        Some(goal) => format!(
            "{} {} \"{}\"",
            word(language, "tujuan", "goal"),
            link.goal,
            one_line(goal.statement())
        ),
        None => format!("{} {}", word(language, "tujuan", "goal"), link.goal),
    };
    // The missions a goal serves sit side by side: "← misi M1 "…", M2 "…"".
    let missions: Vec<String> = link
        .missions
        .iter()
        .map(|mission| match names.cascade.agency().mission(mission) {
            Some(m) => format!("{mission} \"{}\"", one_line(m.statement())),
            None => mission.to_string(),
        })
        .collect();
    if !missions.is_empty() {
        let _ = write!(
            text,
            " ← {} {}",
            word(language, "misi", "mission"),
            missions.join(", ")
        );
    }
    text
}

const fn word(language: Language, indonesian: &'static str, english: &'static str) -> &'static str {
    match language {
        Language::Indonesian => indonesian,
        Language::English => english,
    }
}
