//! The development stage's errors.

use crate::id::{CompetencyId, PositionId};
use crate::label::Language;
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
            Self::UnknownCompetency { competency } => {
                format!("kompetensi `{competency}` tidak ada dalam katalog")
            }
            Self::NoStandard { position } => format!(
                "jabatan `{position}` tidak punya standar kompetensi: jenjangnya tidak ada pada tangga standar dan instansi belum menetapkannya"
            ),
            Self::JpmCutOffs {
                optimal,
                fairly_optimal,
            } => format!(
                "batas Job Person Match harus naik: 'cukup optimal' mulai {fairly_optimal} % berada di atas 'optimal' mulai {optimal} %"
            ),
        }
    }
}
