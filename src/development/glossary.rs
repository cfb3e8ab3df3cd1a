//! The names behind the ids an explanation mentions, and how the development texts write
//! them: a thing by its name with its id beside it (`Integritas (MAN-INTEGRITAS)`), an
//! employee by name with the employee number (`Rina Marlina, S.Pd. (NIP 198507192010012014)`),
//! an id alone where the data has no name for it.

use super::catalogue::CompetencyCatalogue;
use super::need::{Cause, GoalLink, NeedOrigin};
use super::programme::ProgrammeCatalogue;
use crate::cascade::Cascade;
use crate::id::{CompetencyId, IndicatorId, MissionId, NodeId, PositionId, ProgrammeId, UnitId};
use crate::label::{Labelled, Language};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::num::Rounding;
use crate::text::one_line;
use crate::written::percent;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// An employee's name as the agency records it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct EmployeeName {
    /// The employee number.
    pub employee: EmployeeNumber,
    /// The name.
    pub name: String,
}

crate::objects_only::objects_only!(EmployeeName);

impl EmployeeName {
    /// An employee's name.
    #[must_use]
    pub fn new(employee: EmployeeNumber, name: impl Into<String>) -> Self {
        Self {
            employee,
            name: name.into(),
        }
    }
}

/// The names of the ids an explanation mentions (daftar nama), found in the cascade, its
/// agency and the catalogues when the explanation was made, each on one line. An id the
/// data has no name for is left out, and the texts write the id alone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Glossary {
    /// The agency's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// Employees, by number (the crate writes them sorted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub employees: Vec<EmployeeName>,
    /// Units' names.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<UnitId, String>,
    /// Positions' titles.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub positions: BTreeMap<PositionId, String>,
    /// Competencies' names.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub competencies: BTreeMap<CompetencyId, String>,
    /// Programmes' names.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub programmes: BTreeMap<ProgrammeId, String>,
    /// Indicators' statements.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub indicators: BTreeMap<IndicatorId, String>,
    /// Goals' statements.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub goals: BTreeMap<NodeId, String>,
    /// Missions' statements.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub missions: BTreeMap<MissionId, String>,
}

crate::objects_only::objects_only!(Glossary);

/// Gathers a glossary from the names' sources.
pub(crate) struct Gatherer<'a> {
    names: &'a TraceNames<'a>,
    out: Glossary,
}

impl<'a> Gatherer<'a> {
    pub(crate) fn new(names: &'a TraceNames<'a>) -> Self {
        Self {
            names,
            out: Glossary::default(),
        }
    }

    pub(crate) fn agency(&mut self) {
        self.out.agency = Some(one_line(self.names.cascade.agency().name()).into_owned());
    }

    pub(crate) fn employee(&mut self, number: &EmployeeNumber) {
        let Some(employee) = self.names.cascade.agency().employee(number) else {
            return;
        };
        if let Err(at) = self
            .out
            .employees
            .binary_search_by(|e| e.employee.cmp(number))
        {
            self.out.employees.insert(
                at,
                EmployeeName {
                    employee: *number,
                    name: one_line(employee.name()).into_owned(),
                },
            );
        }
    }

    pub(crate) fn unit(&mut self, id: &UnitId) {
        if let Some(unit) = self.names.cascade.agency().unit(id) {
            self.out
                .units
                .insert(id.clone(), one_line(unit.name()).into_owned());
        }
    }

    pub(crate) fn position(&mut self, id: &PositionId) {
        if let Some(position) = self.names.cascade.agency().position(id) {
            self.out
                .positions
                .insert(id.clone(), one_line(position.title()).into_owned());
        }
    }

    pub(crate) fn competency(&mut self, id: &CompetencyId) {
        if let Ok(competency) = self.names.competencies.competency(id) {
            self.out
                .competencies
                .insert(id.clone(), one_line(competency.name()).into_owned());
        }
    }

    pub(crate) fn programme(&mut self, id: &ProgrammeId) {
        if let Some((programme, _)) = self.names.programmes.get(id) {
            self.out
                .programmes
                .insert(id.clone(), one_line(&programme.name).into_owned());
        }
    }

    pub(crate) fn indicator(&mut self, id: &IndicatorId) {
        let statement = self
            .names
            .cascade
            .indicator(id)
            .and_then(|node| node.indicators().iter().find(|i| i.id() == id));
        if let Some(indicator) = statement {
            self.out
                .indicators
                .insert(id.clone(), one_line(indicator.statement()).into_owned());
        }
    }

    pub(crate) fn goal(&mut self, id: &NodeId) {
        if let Some(goal) = self.names.cascade.node(id) {
            self.out
                .goals
                .insert(id.clone(), one_line(goal.statement()).into_owned());
        }
    }

    pub(crate) fn goal_link(&mut self, link: &GoalLink) {
        self.goal(&link.goal);
        for id in &link.missions {
            if let Some(mission) = self.names.cascade.agency().mission(id) {
                self.out
                    .missions
                    .insert(id.clone(), one_line(mission.statement()).into_owned());
            }
        }
    }

    /// The ids a cause mentions: its position or indicator, its goals and missions.
    pub(crate) fn cause(&mut self, cause: &Cause) {
        match &cause.origin {
            NeedOrigin::CurrentPosition { position, .. }
            | NeedOrigin::IntendedPosition { position, .. } => self.position(position),
            NeedOrigin::Indicator { indicator, .. } => self.indicator(indicator),
            NeedOrigin::CoreValue { .. } | NeedOrigin::TalentBox { .. } => {}
        }
        for link in cause.goals.iter() {
            self.goal_link(link);
        }
    }

    pub(crate) fn finish(self) -> Glossary {
        self.out
    }
}

/// `name (id)`, or the id alone.
fn named(name: Option<&String>, id: &str) -> String {
    name.map_or_else(|| id.to_owned(), |name| format!("{name} ({id})"))
}

impl Glossary {
    /// An employee by name with the number beside it, `Rina Marlina, S.Pd. (NIP
    /// 198507192010012014)` (`NI PPPK` for a PPPK), or the number alone when the glossary
    /// has no name for it.
    ///
    /// ```
    /// use kinerja::development::{EmployeeName, Glossary};
    /// use kinerja::nip::{EmployeeKind, EmployeeNumber};
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let mut glossary = Glossary::default();
    /// assert_eq!(glossary.employee(&rina), "NIP 198507192010012014");
    /// glossary.employees.push(EmployeeName::new(rina, "Rina Marlina, S.Pd."));
    /// assert_eq!(glossary.employee(&rina), "Rina Marlina, S.Pd. (NIP 198507192010012014)");
    /// # Ok::<(), kinerja::Error>(())
    /// ```
    #[must_use]
    pub fn employee(&self, number: &EmployeeNumber) -> String {
        let kind = match number.kind() {
            EmployeeKind::Pns => "NIP",
            EmployeeKind::Pppk => "NI PPPK",
        };
        // Sorted as the crate writes it; a list read from elsewhere is searched in full.
        let name = self
            .employees
            .binary_search_by(|e| e.employee.cmp(number))
            .ok()
            .and_then(|i| self.employees.get(i))
            .or_else(|| self.employees.iter().find(|e| &e.employee == number));
        match name {
            Some(found) => format!("{} ({kind} {number})", found.name),
            None => format!("{kind} {number}"),
        }
    }

    /// A unit by name with its id beside it: `Seksi Kurikulum (DIK.SD.KUR)`, or the id alone.
    #[must_use]
    pub fn unit(&self, id: &UnitId) -> String {
        named(self.units.get(id), id.as_str())
    }

    /// A position by title with its id beside it, or the id alone.
    #[must_use]
    pub fn position(&self, id: &PositionId) -> String {
        named(self.positions.get(id), id.as_str())
    }

    /// A competency by name with its id beside it: `Integritas (MAN-INTEGRITAS)`, or the id alone.
    #[must_use]
    pub fn competency(&self, id: &CompetencyId) -> String {
        named(self.competencies.get(id), id.as_str())
    }

    /// A programme by name with its id beside it, or the id alone.
    #[must_use]
    pub fn programme(&self, id: &ProgrammeId) -> String {
        named(self.programmes.get(id), id.as_str())
    }

    /// An indicator as the traces write it, its id and statement: `IKI-1 "statement"`, or
    /// the id alone.
    #[must_use]
    pub fn indicator(&self, id: &IndicatorId) -> String {
        self.indicators
            .get(id)
            .map_or_else(|| id.to_string(), |s| format!("{id} \"{s}\""))
    }

    /// A goal as the traces write it: `tujuan T1 "statement"` (`goal T1 "statement"`).
    #[must_use]
    pub fn goal(&self, id: &NodeId, language: Language) -> String {
        let word = word(language, "tujuan", "goal");
        self.goals.get(id).map_or_else(
            || format!("{word} {id}"),
            |statement| format!("{word} {id} \"{statement}\""),
        )
    }

    /// A goal and its missions: `tujuan T1 "…" ← misi M1 "…", M2 "…"`.
    pub(super) fn goal_link(&self, link: &GoalLink, language: Language) -> String {
        let mut text = self.goal(&link.goal, language);
        // The missions a goal serves sit side by side.
        let missions: Vec<String> = link
            .missions
            .iter()
            .map(|id| {
                self.missions
                    .get(id)
                    .map_or_else(|| id.to_string(), |s| format!("{id} \"{s}\""))
            })
            .collect();
        if !missions.is_empty() {
            text.push_str(" ← ");
            text.push_str(word(language, "misi", "mission"));
            text.push(' ');
            text.push_str(&missions.join(", "));
        }
        text
    }

    /// Why a need exists, in words.
    pub(super) fn origin(&self, origin: &NeedOrigin, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        match origin {
            NeedOrigin::CurrentPosition { position, required } if indonesian => format!(
                "standar jabatan {} meminta level {required}",
                self.position(position)
            ),
            NeedOrigin::CurrentPosition { position, required } => format!(
                "the standard of {} requires level {required}",
                self.position(position)
            ),
            NeedOrigin::IntendedPosition { position, required } if indonesian => format!(
                "standar jabatan tujuan {} meminta level {required}",
                self.position(position)
            ),
            NeedOrigin::IntendedPosition { position, required } => format!(
                "the standard of the intended position {} requires level {required}",
                self.position(position)
            ),
            NeedOrigin::Indicator {
                indicator,
                achievement,
            } => {
                let achieved = percent(achievement.value(), Rounding::default(), language);
                let indicator = self.indicator(indicator);
                if indonesian {
                    format!("indikator {indicator} tercapai {achieved}")
                } else {
                    format!("indicator {indicator} achieved {achieved}")
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

    /// A cause and the goals it serves: `origin ← goal ← mission`; several goals are
    /// alternatives side by side, not a chain.
    pub(super) fn cause(&self, cause: &Cause, language: Language) -> String {
        let mut line = self.origin(&cause.origin, language);
        let goals: Vec<String> = cause
            .goals
            .iter()
            .map(|goal| self.goal_link(goal, language))
            .collect();
        if !goals.is_empty() {
            line.push_str(" ← ");
            line.push_str(&goals.join("; "));
        }
        line
    }
}

/// The word of `language`.
pub(super) const fn word(
    language: Language,
    indonesian: &'static str,
    english: &'static str,
) -> &'static str {
    match language {
        Language::Indonesian => indonesian,
        Language::English => english,
    }
}

/// A count with its noun: `3 pegawai`, `1 employee`, `3 employees`.
pub(super) fn count(
    n: u64,
    language: Language,
    indonesian: &str,
    singular: &str,
    plural: &str,
) -> String {
    match language {
        Language::Indonesian => format!("{n} {indonesian}"),
        Language::English if n == 1 => format!("{n} {singular}"),
        Language::English => format!("{n} {plural}"),
    }
}
