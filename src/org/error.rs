//! The organisation's errors: an agency whose parts do not fit together.

use crate::id::{MissionId, PositionId, UnitId};
use crate::label::Language;
use crate::nip::EmployeeNumber;
use std::fmt;
use thiserror::Error;

/// The part of an agency an [`AgencyError`] is about.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Subject {
    /// The agency as a whole.
    Agency,
    /// A mission.
    Mission(MissionId),
    /// A unit.
    Unit(UnitId),
    /// A position.
    Position(PositionId),
    /// An employee.
    Employee(EmployeeNumber),
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Agency => f.write_str("the agency"),
            Self::Mission(id) => write!(f, "mission `{id}`"),
            Self::Unit(id) => write!(f, "unit `{id}`"),
            Self::Position(id) => write!(f, "position `{id}`"),
            Self::Employee(number) => write!(f, "employee {number}"),
        }
    }
}

/// A text that may not be blank, named in [`AgencyError::BlankText`] and
/// [`CascadeError::BlankText`](crate::cascade::CascadeError::BlankText).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextField {
    /// A name (of the agency, a unit or an employee).
    Name,
    /// The agency's vision (visi).
    Vision,
    /// A statement (of a mission or a node of the cascade).
    Statement,
    /// A position's title.
    Title,
    /// An indicator's statement.
    IndicatorStatement,
    /// An indicator's unit of measure (satuan).
    IndicatorUnit,
}

impl TextField {
    /// The field in Indonesian or English.
    #[must_use]
    pub const fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Name, Language::Indonesian) => "nama",
            (Self::Vision, Language::Indonesian) => "visi",
            (Self::Statement, Language::Indonesian) => "pernyataan",
            (Self::Title, Language::Indonesian) => "nama jabatan",
            (Self::IndicatorStatement, Language::Indonesian) => "pernyataan indikator",
            (Self::IndicatorUnit, Language::Indonesian) => "satuan indikator",
            (Self::Name, Language::English) => "name",
            (Self::Vision, Language::English) => "vision",
            (Self::Statement, Language::English) => "statement",
            (Self::Title, Language::English) => "title",
            (Self::IndicatorStatement, Language::English) => "indicator statement",
            (Self::IndicatorUnit, Language::English) => "indicator unit",
        }
    }
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Language::English))
    }
}

/// An agency whose parts do not fit together.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AgencyError {
    /// A required text is blank.
    #[error("{subject}: {field} is blank")]
    BlankText {
        /// Whose text.
        subject: Subject,
        /// Which field.
        field: TextField,
    },
    /// The agency has no mission.
    #[error("the agency has no mission; at least one is required")]
    NoMissions,
    /// An id (or employee number) appears twice.
    #[error("{subject} appears more than once")]
    Duplicate {
        /// The repeated item.
        subject: Subject,
    },
    /// A reference to a unit that is not in the agency.
    #[error("{subject} refers to unknown unit `{unit}`")]
    UnknownUnit {
        /// Who refers.
        subject: Subject,
        /// The missing unit.
        unit: UnitId,
    },
    /// A reference to a position that is not in the agency.
    #[error("{subject} refers to unknown position `{position}`")]
    UnknownPosition {
        /// Who refers.
        subject: Subject,
        /// The missing position.
        position: PositionId,
    },
    /// The unit hierarchy loops back on itself.
    #[error("unit `{unit}` is its own ancestor: the unit hierarchy has a cycle")]
    UnitCycle {
        /// The smallest unit id on the cycle.
        unit: UnitId,
    },
    /// The reporting lines loop back on themselves.
    #[error(
        "position `{position}` reports to itself through its superiors: the reporting lines have a cycle"
    )]
    ReportingCycle {
        /// The smallest position id on the cycle.
        position: PositionId,
    },
}

impl Subject {
    /// The subject in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Agency, _) => "instansi".to_owned(),
            (Self::Mission(id), _) => format!("misi `{id}`"),
            (Self::Unit(id), _) => format!("unit `{id}`"),
            (Self::Position(id), _) => format!("jabatan `{id}`"),
            (Self::Employee(number), _) => format!("pegawai {number}"),
        }
    }
}

impl AgencyError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let english = language == Language::English;
        match self {
            _ if english => self.to_string(),
            Self::BlankText { subject, field } => format!(
                "{}: {} kosong",
                subject.describe(language),
                field.label(language)
            ),
            Self::NoMissions => "instansi tidak punya misi; paling sedikit satu".to_owned(),
            Self::Duplicate { subject } => {
                format!("{} muncul lebih dari sekali", subject.describe(language))
            }
            Self::UnknownUnit { subject, unit } => format!(
                "{} merujuk unit `{unit}` yang tidak ada",
                subject.describe(language)
            ),
            Self::UnknownPosition { subject, position } => format!(
                "{} merujuk jabatan `{position}` yang tidak ada",
                subject.describe(language)
            ),
            Self::UnitCycle { unit } => {
                format!("unit `{unit}` menjadi leluhurnya sendiri: hierarki unit berputar")
            }
            Self::ReportingCycle { position } => format!(
                "jabatan `{position}` melapor kepada dirinya sendiri lewat atasannya: garis pelaporan berputar"
            ),
        }
    }
}

crate::refusal::told_by_describe!(AgencyError);
