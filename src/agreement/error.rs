//! The agreement stage's errors.

use super::role::Role;
use super::stage::{Action, Stage};
use crate::cascade::CascadeError;
use crate::id::{IndicatorId, NodeId, UnitId};
use crate::label::{Labelled, Language};
use crate::measure::MeasureError;
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::period::Year;
use crate::scoring::ScoringError;
use chrono::NaiveDate;
use thiserror::Error;

/// Which text was left blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Field {
    /// The reason a command or change must give.
    Reason,
    /// A comment, suggestion or feedback entry.
    Text,
    /// A result's statement.
    Statement,
}

impl Labelled for Field {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Reason, Language::Indonesian) => "alasan",
            (Self::Text, Language::Indonesian) => "isi",
            (Self::Statement, Language::Indonesian) => "rumusan hasil kerja",
            (Self::Reason, Language::English) => "reason",
            (Self::Text, Language::English) => "text",
            (Self::Statement, Language::English) => "result statement",
        }
    }
}

crate::label::display_in_english!(Field);

/// A command, event, forum or feedback entry the agreement stage refuses. Nothing changes
/// when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AgreementError {
    /// The employee is not in the agency.
    #[error("employee {employee} is not in the agency")]
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The employee's position reports to no position in the agency, so nobody in it can
    /// agree their plan.
    #[error("employee {employee} has no direct leader in the agency")]
    NoLeader {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The leader named does not hold the position the employee's position reports to.
    #[error("{leader} is not the direct leader of {employee}")]
    NotLeader {
        /// The employee.
        employee: EmployeeNumber,
        /// Who was named as leader.
        leader: EmployeeNumber,
    },
    /// The settler named does not hold the position the leader's position reports to.
    #[error("{settler} is not the leader of {leader}")]
    NotSettler {
        /// The leader.
        leader: EmployeeNumber,
        /// Who was named to settle disputes.
        settler: EmployeeNumber,
    },
    /// A dispute with nobody above the leader in the agency to settle it.
    #[error("the plan of {employee} has nobody above the leader to settle a dispute")]
    NoSettler {
        /// Whose plan.
        employee: EmployeeNumber,
    },
    /// Someone who is neither the employee, the leader nor the leader's leader acted on a
    /// plan.
    #[error("{actor} is not a party to the plan of {employee}")]
    NotAParty {
        /// Whose plan.
        employee: EmployeeNumber,
        /// Who acted.
        actor: EmployeeNumber,
    },
    /// A party acted in a role that may not take this action.
    #[error("the {role} may not {action}")]
    NotAllowed {
        /// The action.
        action: Action,
        /// The role the actor holds in the plan.
        role: Role,
    },
    /// An action the plan's stage does not allow.
    #[error("a plan that is {stage} cannot {action}")]
    WrongStage {
        /// The action.
        action: Action,
        /// The stage the plan is in.
        stage: Stage,
    },
    /// A date before the last one recorded.
    #[error("{given} is before {last}, the last date recorded")]
    DateBackwards {
        /// The last date recorded.
        last: NaiveDate,
        /// The date given.
        given: NaiveDate,
    },
    /// A text that must be given is blank.
    #[error("the {field} is blank")]
    Blank {
        /// Which text.
        field: Field,
    },
    /// The first event of a plan's history is not its opening, or an opening comes later.
    #[error("a plan's history must start with its opening, once")]
    Opening,
    /// The employee has already confirmed, or the leader has; or the leader confirms while
    /// their counter-proposal waits for the employee.
    #[error("the {role} cannot confirm now")]
    CannotConfirm {
        /// Who tried.
        role: Role,
    },
    /// An agreement recorded before both parties confirmed.
    #[error("the plan cannot be agreed before both parties confirm")]
    NotConfirmed,
    /// The employee accepts a counter-proposal that is not there.
    #[error("there is no counter-proposal to accept")]
    NoCounter,
    /// A settlement of a plan that is not disputed.
    #[error("the plan is not disputed")]
    NotDisputed,
    /// A revision decided by the party who asked for it.
    #[error(
        "a revision is decided by the other party or the leader's leader, not by the {role} who asked"
    )]
    OwnRevision {
        /// Who asked and tried to decide.
        role: Role,
    },
    /// A plan proposed without any result.
    #[error("the plan of {employee} has no result")]
    EmptyPlan {
        /// Whose plan.
        employee: EmployeeNumber,
    },
    /// A result that supports no result of the superior (an orphan).
    #[error("result `{result}` supports no result of the superior")]
    Orphan {
        /// The result.
        result: NodeId,
    },
    /// A result without an indicator.
    #[error("result `{result}` has no indicator")]
    NoIndicator {
        /// The result.
        result: NodeId,
    },
    /// An indicator whose targets are for another year than the plan's.
    #[error("indicator `{indicator}` has targets for {found}, not for the plan's year")]
    WrongYear {
        /// The indicator.
        indicator: IndicatorId,
        /// The year its targets are for.
        found: Year,
    },
    /// A result the plan does not hold.
    #[error("result `{result}` is not in the plan")]
    UnknownResult {
        /// The result.
        result: NodeId,
    },
    /// An indicator the plan (or the cascade) does not hold.
    #[error("indicator `{indicator}` is not in the plan")]
    UnknownIndicator {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// A node the cascade does not hold.
    #[error("node `{node}` is not in the cascade")]
    UnknownNode {
        /// The node.
        node: NodeId,
    },
    /// A unit the agency does not hold.
    #[error("unit `{unit}` is not in the agency")]
    UnknownUnit {
        /// The unit.
        unit: UnitId,
    },
    /// A node that is not one of the unit's (owned by it, a unit within it, or a position
    /// or employee in them).
    #[error("node `{node}` is not one of unit `{unit}`'s")]
    NotTheUnits {
        /// The node.
        node: NodeId,
        /// The unit.
        unit: UnitId,
    },
    /// Two suggestions of one forum with the same number.
    #[error("suggestion {number} appears more than once")]
    DuplicateSuggestion {
        /// The number.
        number: u32,
    },
    /// Two plans of one employee.
    #[error("employee {employee} has more than one plan")]
    DuplicatePlan {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A plan used for evaluation before it was agreed.
    #[error("the plan of {employee} is {stage}, not agreed: it cannot be evaluated")]
    NotAgreed {
        /// Whose plan.
        employee: EmployeeNumber,
        /// Its stage.
        stage: Stage,
    },
    /// A feedback entry whose author cannot give that kind of entry (a leader's entry not by
    /// the leader, a reflection not by the employee, a peer's entry by the employee).
    #[error("{author} cannot write this kind of feedback on {employee}")]
    WrongAuthor {
        /// Whose log.
        employee: EmployeeNumber,
        /// Who wrote it.
        author: EmployeeNumber,
    },
    /// A reflection on an entry that is not an earlier one in the log.
    #[error("entry {entry} is not an earlier entry of the log")]
    UnknownEntry {
        /// The entry's index.
        entry: usize,
    },
    /// A trail in which both parties confirmed the plan but the next event is not its
    /// agreement, recorded with the confirmation that completed it: [`Plan::apply`]
    /// returns the two together, so the trail was not kept as it returned them.
    ///
    /// [`Plan::apply`]: super::Plan::apply
    #[error(
        "both parties confirmed the plan of {employee}, but the trail does not record its agreement with the last confirmation: keep every event Plan::apply returns, in order"
    )]
    AgreementNotRecorded {
        /// Whose plan.
        employee: EmployeeNumber,
    },
    /// An event of a plan's trail with a reason its command does not take: [`Plan::apply`]
    /// records none, so the event was not recorded as it returned it.
    ///
    /// [`Plan::apply`]: super::Plan::apply
    #[error(
        "the trail gives a reason to {action}, which takes none: keep each event as Plan::apply returned it"
    )]
    ReasonNotTaken {
        /// The action.
        action: Action,
    },
    /// A plan for another year than the one evaluated.
    #[error(
        "the plan of {employee} is for {year}, not for {evaluated}, the year evaluated: agree a plan for {evaluated}, or evaluate {year} with its own records"
    )]
    PlanOfAnotherYear {
        /// Whose plan.
        employee: EmployeeNumber,
        /// The plan's year.
        year: Year,
        /// The year evaluated.
        evaluated: Year,
    },
    /// A feedback entry about a result that is not one of the log's employee's in the
    /// cascade.
    #[error(
        "the feedback log of {employee} has an entry about result `{result}`, which is not theirs in the cascade: write it in the log of the result's owner, or about one of {employee}'s own results"
    )]
    NotTheirResult {
        /// Whose log.
        employee: EmployeeNumber,
        /// The result.
        result: NodeId,
    },
    /// A feedback entry about an indicator that is not on one of the log's employee's
    /// results in the cascade.
    #[error(
        "the feedback log of {employee} has an entry about indicator `{indicator}`, which is not on any of their results in the cascade: write it in the log of the indicator's owner, or about one of {employee}'s own indicators"
    )]
    NotTheirIndicator {
        /// Whose log.
        employee: EmployeeNumber,
        /// The indicator.
        indicator: IndicatorId,
    },
    /// The plan's results do not fit the cascade (see [`CascadeError`]).
    #[error(transparent)]
    Cascade(#[from] CascadeError),
    /// A target that does not fit its indicator (see [`MeasureError`]).
    #[error(transparent)]
    Measure(#[from] MeasureError),
    /// The agreed plan cannot be scored as given (see [`ScoringError`]).
    #[error(transparent)]
    Scoring(#[from] ScoringError),
}

impl AgreementError {
    /// The employee the error concerns, where it names one.
    #[must_use]
    pub const fn employee(&self) -> Option<&EmployeeNumber> {
        match self {
            Self::UnknownEmployee { employee }
            | Self::NoLeader { employee }
            | Self::NotLeader { employee, .. }
            | Self::NoSettler { employee }
            | Self::NotAParty { employee, .. }
            | Self::EmptyPlan { employee }
            | Self::DuplicatePlan { employee }
            | Self::NotAgreed { employee, .. }
            | Self::WrongAuthor { employee, .. }
            | Self::AgreementNotRecorded { employee }
            | Self::PlanOfAnotherYear { employee, .. }
            | Self::NotTheirResult { employee, .. }
            | Self::NotTheirIndicator { employee, .. } => Some(employee),
            Self::NotSettler { leader, .. } => Some(leader),
            _ => None,
        }
    }

    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match language {
            Language::English => match self {
                Self::Cascade(error) => error.describe(language),
                Self::Measure(error) => error.describe(language),
                Self::Scoring(error) => error.describe(language),
                other => other.to_string(),
            },
            Language::Indonesian => self.in_indonesian(),
        }
    }

    fn in_indonesian(&self) -> String {
        let id = Language::Indonesian;
        match self {
            Self::UnknownEmployee { employee } => {
                format!("pegawai {employee} tidak ada di instansi")
            }
            Self::NoLeader { employee } => {
                format!("pegawai {employee} tidak punya atasan langsung di instansi")
            }
            Self::NotLeader { employee, leader } => {
                format!("{leader} bukan atasan langsung {employee}")
            }
            Self::NotSettler { leader, settler } => format!("{settler} bukan atasan {leader}"),
            Self::NoSettler { employee } => format!(
                "rencana {employee} tidak punya atasan dari atasan langsung yang dapat memutuskan perselisihan"
            ),
            Self::NotAParty { employee, actor } => {
                format!("{actor} bukan pihak dalam rencana kinerja {employee}")
            }
            Self::NotAllowed { action, role } => {
                format!("{} tidak boleh {}", role.label(id), action.label(id))
            }
            Self::WrongStage { action, stage } => format!(
                "rencana yang berstatus {} tidak dapat {}",
                stage.label(id),
                action.label(id)
            ),
            Self::DateBackwards { last, given } => {
                format!("tanggal {given} mendahului {last}, tanggal terakhir yang tercatat")
            }
            Self::Blank { field } => format!("{} kosong", field.label(id)),
            Self::Opening => {
                "riwayat rencana harus diawali pembukaannya, dan hanya sekali".to_owned()
            }
            Self::CannotConfirm { role } => {
                format!("{} tidak dapat mengonfirmasi sekarang", role.label(id))
            }
            Self::NotConfirmed => {
                "rencana tidak dapat disepakati sebelum kedua pihak mengonfirmasi".to_owned()
            }
            Self::NoCounter => "tidak ada usulan tandingan untuk diterima".to_owned(),
            Self::NotDisputed => "rencana tidak sedang diperselisihkan".to_owned(),
            Self::OwnRevision { role } => format!(
                "perubahan diputuskan oleh pihak lain atau atasan dari atasan langsung, bukan oleh {} yang mengajukannya",
                role.label(id)
            ),
            Self::EmptyPlan { employee } => {
                format!("rencana kinerja {employee} tidak berisi hasil kerja")
            }
            Self::Orphan { result } => {
                format!("hasil kerja `{result}` tidak mendukung hasil kerja atasan")
            }
            Self::NoIndicator { result } => format!("hasil kerja `{result}` tidak punya indikator"),
            Self::WrongYear { indicator, found } => format!(
                "indikator `{indicator}` punya target untuk tahun {found}, bukan tahun rencana"
            ),
            Self::UnknownResult { result } => {
                format!("hasil kerja `{result}` tidak ada dalam rencana")
            }
            Self::UnknownIndicator { indicator } => {
                format!("indikator `{indicator}` tidak ada dalam rencana")
            }
            Self::UnknownNode { node } => format!("simpul `{node}` tidak ada di pohon kinerja"),
            Self::UnknownUnit { unit } => format!("unit `{unit}` tidak ada di instansi"),
            Self::NotTheUnits { node, unit } => {
                format!("simpul `{node}` bukan milik unit `{unit}`")
            }
            Self::DuplicateSuggestion { number } => {
                format!("usulan nomor {number} muncul lebih dari sekali")
            }
            Self::DuplicatePlan { employee } => {
                format!("pegawai {employee} punya lebih dari satu rencana kinerja")
            }
            Self::NotAgreed { employee, stage } => format!(
                "rencana kinerja {employee} berstatus {}, belum disepakati: belum dapat dinilai",
                stage.label(id)
            ),
            Self::WrongAuthor { employee, author } => {
                format!("{author} tidak dapat menulis umpan balik jenis ini untuk {employee}")
            }
            Self::UnknownEntry { entry } => {
                format!("catatan {entry} bukan catatan sebelumnya dalam log")
            }
            Self::AgreementNotRecorded { employee } => format!(
                "kedua pihak sudah mengonfirmasi rencana kinerja {employee}, tetapi riwayatnya tidak mencatat kesepakatan bersama konfirmasi terakhir: simpan setiap peristiwa yang dikembalikan Plan::apply, berurutan"
            ),
            Self::ReasonNotTaken { action } => format!(
                "riwayat memberi alasan untuk {}, yang tidak memakai alasan: simpan setiap peristiwa seperti yang dikembalikan Plan::apply",
                action.label(id)
            ),
            Self::PlanOfAnotherYear {
                employee,
                year,
                evaluated,
            } => format!(
                "rencana kinerja {employee} untuk tahun {year}, bukan {evaluated}, tahun yang dinilai: sepakati rencana untuk tahun {evaluated}, atau nilai tahun {year} dengan datanya sendiri"
            ),
            Self::NotTheirResult { employee, result } => format!(
                "log umpan balik {employee} memuat catatan tentang hasil kerja `{result}`, yang bukan miliknya di pohon kinerja: tulis di log pemilik hasil kerja itu, atau tentang hasil kerja {employee} sendiri"
            ),
            Self::NotTheirIndicator {
                employee,
                indicator,
            } => format!(
                "log umpan balik {employee} memuat catatan tentang indikator `{indicator}`, yang tidak ada pada hasil kerjanya di pohon kinerja: tulis di log pemilik indikator itu, atau tentang indikator {employee} sendiri"
            ),
            Self::Cascade(error) => error.describe(id),
            Self::Measure(error) => error.describe(id),
            Self::Scoring(error) => error.describe(id),
        }
    }

    /// Everyone the error names, in the order it names them.
    #[must_use]
    pub fn people(&self) -> Vec<EmployeeNumber> {
        match self {
            Self::NotLeader { employee, leader } => vec![*employee, *leader],
            Self::NotSettler { leader, settler } => vec![*leader, *settler],
            Self::NotAParty { employee, actor } => vec![*employee, *actor],
            Self::WrongAuthor { employee, author } => vec![*employee, *author],
            other => other.employee().copied().into_iter().collect(),
        }
    }

    /// The error in Indonesian or English with everyone it names called as `agency` calls
    /// them, the number beside the name (`Rina Marlina, S.Pd. (NIP 198507192010012014)`).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::AgreementError;
    /// use kinerja::prelude::*;
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let error = AgreementError::PlanOfAnotherYear {
    ///     employee: rina, year: Year::new(2027)?, evaluated: Year::new(2026)?,
    /// };
    /// assert!(error.describe_in(&agency, Language::English)
    ///     .starts_with("the plan of Rina Marlina, S.Pd. (NIP 198507192010012014) is for 2027"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn describe_in(&self, agency: &Agency, language: Language) -> String {
        named(self.describe(language), &self.people(), agency)
    }
}

/// `text` with each of `people`'s numbers replaced by their name and number in `agency`.
pub(crate) fn named(mut text: String, people: &[EmployeeNumber], agency: &Agency) -> String {
    let mut done: Vec<EmployeeNumber> = Vec::with_capacity(people.len());
    for person in people {
        if done.contains(person) || agency.employee(person).is_none() {
            continue;
        }
        done.push(*person);
        text = text.replace(&person.to_string(), &agency.who(person));
    }
    text
}
