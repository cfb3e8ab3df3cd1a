//! The development stage's errors.

use crate::id::{CompetencyId, PositionId, ProgrammeId};
use crate::label::Language;
use crate::nip::EmployeeNumber;
use crate::num::Percent;
use thiserror::Error;

/// A competency catalogue, standard, assessment or Job Person Match rule that cannot be
/// used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DevelopmentError {
    /// A competency level outside 1 to 5.
    #[error("competency level {level} is outside 1-5")]
    LevelOutOfRange {
        /// The level given.
        level: u8,
    },
    /// A competency appears twice in a catalogue.
    #[error("competency `{competency}` appears more than once in the catalogue")]
    DuplicateCompetency {
        /// The competency.
        competency: CompetencyId,
    },
    /// A competency without a name.
    #[error("competency `{competency}`: the name is blank")]
    BlankName {
        /// The competency.
        competency: CompetencyId,
    },
    /// A soft skill mapped onto one competency twice.
    #[error(
        "soft skill '{}' maps onto competency `{competency}` twice; list it once",
        crate::label::Labelled::label(.skill, Language::English)
    )]
    RepeatedSoftSkillCompetency {
        /// The soft skill.
        skill: super::SoftSkill,
        /// The competency listed twice.
        competency: CompetencyId,
    },
    /// A competency that the catalogue does not hold.
    #[error("competency `{competency}` is not in the catalogue")]
    UnknownCompetency {
        /// The competency.
        competency: CompetencyId,
    },
    /// A position whose job level has no standard on the ladder and which has no standard of
    /// its own (functional positions are set by the agency).
    #[error(
        "position `{position}` has no competency standard: its job level is not on the ladder and the agency set none for it"
    )]
    NoStandard {
        /// The position.
        position: PositionId,
    },
    /// A negative number of JP.
    #[error("{value} JP: JP may not be negative")]
    NegativeJp {
        /// The value given.
        value: rust_decimal::Decimal,
    },
    /// A converted credit for a method the conversion table has no rule for.
    #[error("the JP conversion has no rule for {method}")]
    NoConversion {
        /// The method.
        method: super::Method,
    },
    /// JP beyond the range of exact decimals.
    #[error("the JP of a programme left the range of exact decimals")]
    JpOverflow,
    /// A programme listed twice.
    #[error("programme `{programme}` appears more than once")]
    DuplicateProgramme {
        /// The programme.
        programme: ProgrammeId,
    },
    /// A programme without a name.
    #[error("programme `{programme}`: the name is blank")]
    BlankProgrammeName {
        /// The programme.
        programme: ProgrammeId,
    },
    /// A programme with a negative cost.
    #[error("programme `{programme}`: cost {cost} is negative")]
    NegativeCost {
        /// The programme.
        programme: ProgrammeId,
        /// The cost given.
        cost: rust_decimal::Decimal,
    },
    /// A programme that requires a programme the catalogue does not hold.
    #[error("programme `{programme}` requires unknown programme `{required}`")]
    UnknownProgramme {
        /// The programme.
        programme: ProgrammeId,
        /// The unknown one it requires.
        required: ProgrammeId,
    },
    /// Programmes that require each other, in a cycle.
    #[error("programme `{programme}` requires itself through the programmes it requires")]
    PrerequisiteCycle {
        /// The smallest programme id on the cycle.
        programme: ProgrammeId,
    },
    /// A programme whose entry level is above the level it brings a participant to.
    #[error(
        "programme `{programme}`: it requires a level of `{competency}` above the one it brings"
    )]
    PrerequisiteAboveLevelGained {
        /// The programme.
        programme: ProgrammeId,
        /// The competency.
        competency: CompetencyId,
    },
    /// A performance step outside 1 to 4 levels.
    #[error("a performance gap may ask for 1 to 4 levels, not {step}")]
    PerformanceStep {
        /// The step given.
        step: u8,
    },
    /// A record for an employee the agency does not have.
    #[error("employee {employee} is not in the agency")]
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// An employee listed twice in one list.
    #[error("employee {employee} is listed more than once")]
    DuplicateEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A position the agency does not have.
    #[error("position `{position}` is not in the agency")]
    UnknownPosition {
        /// The position.
        position: PositionId,
    },
    /// One employee's needs name a competency twice.
    #[error("employee {employee} needs competency `{competency}` more than once")]
    DuplicateNeed {
        /// The employee.
        employee: EmployeeNumber,
        /// The competency.
        competency: CompetencyId,
    },
    /// A completed programme the catalogue does not hold.
    #[error(
        "employee {employee} completed programme `{programme}`, which the catalogue does not hold"
    )]
    UnknownCompletedProgramme {
        /// The employee.
        employee: EmployeeNumber,
        /// The programme.
        programme: ProgrammeId,
    },
    /// A sum of the planner or of the training needs analysis past the range of exact
    /// decimals (about 7.9 × 10²⁸): programmes too costly, JP or importances too large to
    /// add up.
    #[error("{} left the range of exact decimals; the figures are too large to add up", .sum.describe(Language::English))]
    Overflow {
        /// Which sum.
        sum: PlanSum,
    },
    /// A negative budget.
    #[error("budget {budget} is negative")]
    NegativeBudget {
        /// The budget given.
        budget: rust_decimal::Decimal,
    },
    /// Job Person Match cut-offs out of order.
    #[error(
        "the Job Person Match cut-offs must rise: 'fairly optimal' from {fairly_optimal} % is above 'optimal' from {optimal} %"
    )]
    JpmCutOffs {
        /// Where "optimal" starts.
        optimal: Percent,
        /// Where "fairly optimal" starts.
        fairly_optimal: Percent,
    },
    /// A minimum coverage of the Job Person Match above 100 %.
    #[error(
        "the minimum coverage of the Job Person Match is {minimum} %: it must lie from 0 to 100 %"
    )]
    MinimumCoverage {
        /// The minimum given.
        minimum: Percent,
    },
}

impl DevelopmentError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match self {
            _ if language == Language::English => self.to_string(),
            Self::LevelOutOfRange { level } => format!("level kompetensi {level} di luar 1-5"),
            Self::DuplicateCompetency { competency } => {
                format!("kompetensi `{competency}` muncul lebih dari sekali dalam katalog")
            }
            Self::BlankName { competency } => format!("kompetensi `{competency}`: namanya kosong"),
            Self::RepeatedSoftSkillCompetency { skill, competency } => format!(
                "keterampilan lunak {} dipetakan ke kompetensi `{competency}` dua kali; cantumkan sekali saja",
                crate::label::Labelled::label(skill, Language::Indonesian)
            ),
            Self::UnknownCompetency { competency } => {
                format!("kompetensi `{competency}` tidak ada dalam katalog")
            }
            Self::NoStandard { position } => format!(
                "jabatan `{position}` tidak punya standar kompetensi: jenjangnya tidak ada pada tangga standar dan instansi belum menetapkannya"
            ),
            Self::NegativeJp { value } => format!("{value} JP: JP tidak boleh negatif"),
            Self::NoConversion { method } => format!(
                "konversi JP tidak punya aturan untuk {}",
                crate::label::Labelled::label(method, Language::Indonesian)
            ),
            Self::JpOverflow => "JP sebuah program keluar dari jangkauan desimal tepat".to_owned(),
            Self::DuplicateProgramme { programme } => {
                format!("program `{programme}` muncul lebih dari sekali")
            }
            Self::BlankProgrammeName { programme } => {
                format!("program `{programme}`: namanya kosong")
            }
            Self::NegativeCost { programme, cost } => {
                format!("program `{programme}`: biaya {cost} negatif")
            }
            Self::UnknownProgramme {
                programme,
                required,
            } => format!("program `{programme}` mensyaratkan program `{required}` yang tidak ada"),
            Self::PrerequisiteCycle { programme } => format!(
                "program `{programme}` mensyaratkan dirinya sendiri lewat program yang disyaratkannya"
            ),
            Self::PrerequisiteAboveLevelGained {
                programme,
                competency,
            } => format!(
                "program `{programme}`: level prasyarat `{competency}` lebih tinggi daripada level yang dicapai lewat program"
            ),
            Self::PerformanceStep { step } => {
                format!("kesenjangan kinerja hanya boleh meminta 1 sampai 4 level, bukan {step}")
            }
            Self::UnknownEmployee { employee } => {
                format!("pegawai {employee} tidak ada di instansi")
            }
            Self::DuplicateEmployee { employee } => {
                format!("pegawai {employee} tercantum lebih dari sekali")
            }
            Self::UnknownPosition { position } => {
                format!("jabatan `{position}` tidak ada di instansi")
            }
            Self::DuplicateNeed {
                employee,
                competency,
            } => format!(
                "pegawai {employee} membutuhkan kompetensi `{competency}` lebih dari sekali"
            ),
            Self::UnknownCompletedProgramme {
                employee,
                programme,
            } => format!(
                "pegawai {employee} telah menyelesaikan program `{programme}` yang tidak ada dalam katalog"
            ),
            Self::Overflow { sum } => format!(
                "{} keluar dari jangkauan desimal tepat; angkanya terlalu besar untuk dijumlahkan",
                sum.describe(language)
            ),
            Self::NegativeBudget { budget } => format!("anggaran {budget} negatif"),
            Self::JpmCutOffs {
                optimal,
                fairly_optimal,
            } => format!(
                "batas Job Person Match harus naik: 'cukup optimal' mulai {fairly_optimal} % berada di atas 'optimal' mulai {optimal} %"
            ),
            Self::MinimumCoverage { minimum } => {
                format!("cakupan minimum Job Person Match {minimum} %: harus antara 0 dan 100 %")
            }
        }
    }
}

/// Which sum of the planner or of the training needs analysis overflowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlanSum {
    /// The cost of one employee's programmes.
    EmployeeCost {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// One employee's JP for the year.
    EmployeeJp {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// What the whole plan spends.
    Spent,
    /// The weighted levels (importance × levels) needed or closed.
    Value,
    /// A total of the training needs analysis: a budget, a weight or a count.
    Analysis,
}

impl PlanSum {
    /// The sum named in `language`.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (Self::EmployeeCost { employee }, Language::Indonesian) => {
                format!("biaya program pegawai {employee}")
            }
            (Self::EmployeeCost { employee }, Language::English) => {
                format!("the cost of employee {employee}'s programmes")
            }
            (Self::EmployeeJp { employee }, Language::Indonesian) => {
                format!("JP pegawai {employee} setahun")
            }
            (Self::EmployeeJp { employee }, Language::English) => {
                format!("employee {employee}'s JP for the year")
            }
            (Self::Spent, Language::Indonesian) => "belanja seluruh rencana".to_owned(),
            (Self::Spent, Language::English) => "what the whole plan spends".to_owned(),
            (Self::Value, Language::Indonesian) => {
                "jumlah bobot × level yang dibutuhkan atau ditutup".to_owned()
            }
            (Self::Value, Language::English) => "the weighted levels needed or closed".to_owned(),
            (Self::Analysis, Language::Indonesian) => {
                "jumlah dalam analisis kebutuhan pelatihan".to_owned()
            }
            (Self::Analysis, Language::English) => {
                "a total of the training needs analysis".to_owned()
            }
        }
    }
}

crate::refusal::told_by_describe!(DevelopmentError);
