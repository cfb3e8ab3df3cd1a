//! Competencies (kompetensi): their groups, the five proficiency levels, and the soft skills a
//! civil servant needs, mapped onto competencies.

use super::error::DevelopmentError;
use crate::id::CompetencyId;
use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The three groups of competencies of PermenPANRB 38/2017.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CompetencyGroup {
    /// Teknis: the technical knowledge of a field, defined per agency (information
    /// technology skills among them).
    Technical,
    /// Manajerial: the eight managerial competencies.
    Managerial,
    /// Sosial kultural: working with people of every background (Perekat Bangsa).
    SocioCultural,
}

impl Labelled for CompetencyGroup {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Technical, Language::Indonesian) => "teknis",
            (Self::Managerial, Language::Indonesian) => "manajerial",
            (Self::SocioCultural, Language::Indonesian) => "sosial kultural",
            (Self::Technical, Language::English) => "technical",
            (Self::Managerial, Language::English) => "managerial",
            (Self::SocioCultural, Language::English) => "socio-cultural",
        }
    }
}

/// A proficiency level of a competency (level kompetensi), 1 to 5.
///
/// ```
/// use kinerja::development::CompetencyLevel;
/// assert_eq!(CompetencyLevel::new(3)?.get(), 3);
/// assert!(CompetencyLevel::new(0).is_err());
/// assert!(CompetencyLevel::new(6).is_err());
/// # Ok::<(), kinerja::development::DevelopmentError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct CompetencyLevel(u8);

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    CompetencyLevel,
    crate::json_schema::whole(1, 5, "A competency level, 1 to 5.")
);

impl CompetencyLevel {
    /// The five levels, lowest first.
    pub const ALL: [Self; 5] = [Self(1), Self(2), Self(3), Self(4), Self(5)];

    /// The level numbered `level`.
    ///
    /// # Errors
    /// [`DevelopmentError::LevelOutOfRange`] outside 1 to 5.
    pub const fn new(level: u8) -> Result<Self, DevelopmentError> {
        if level >= 1 && level <= 5 {
            Ok(Self(level))
        } else {
            Err(DevelopmentError::LevelOutOfRange { level })
        }
    }

    /// The level's number, 1 to 5.
    #[must_use]
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for CompetencyLevel {
    type Error = DevelopmentError;
    fn try_from(level: u8) -> Result<Self, DevelopmentError> {
        Self::new(level)
    }
}

impl From<CompetencyLevel> for u8 {
    fn from(level: CompetencyLevel) -> Self {
        level.0
    }
}

impl fmt::Display for CompetencyLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A competency with what each level looks like in behaviour (indikator perilaku).
///
/// ```
/// use kinerja::development::{Competency, CompetencyGroup, CompetencyLevel};
/// use kinerja::id::CompetencyId;
/// let sql = Competency::new(CompetencyId::new("TEK-SQL")?, CompetencyGroup::Technical, "Pengelolaan basis data")
///     .with_indicators(CompetencyLevel::new(1)?, ["Menjalankan kueri yang disiapkan"]);
/// assert_eq!(sql.indicators(CompetencyLevel::new(1)?).len(), 1);
/// # Ok::<(), kinerja::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Competency {
    id: CompetencyId,
    group: CompetencyGroup,
    name: String,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    indicators: BTreeMap<CompetencyLevel, Vec<String>>,
}

crate::objects_only::objects_only!(Competency);

impl Competency {
    /// A competency without behaviour indicators yet.
    #[must_use]
    pub fn new(id: CompetencyId, group: CompetencyGroup, name: impl Into<String>) -> Self {
        Self {
            id,
            group,
            name: name.into(),
            indicators: BTreeMap::new(),
        }
    }

    /// The same competency with the behaviour indicators of `level`.
    #[must_use]
    pub fn with_indicators<S: Into<String>>(
        mut self,
        level: CompetencyLevel,
        indicators: impl IntoIterator<Item = S>,
    ) -> Self {
        self.indicators
            .insert(level, indicators.into_iter().map(Into::into).collect());
        self
    }

    /// The id.
    #[must_use]
    pub const fn id(&self) -> &CompetencyId {
        &self.id
    }

    /// The group.
    #[must_use]
    pub const fn group(&self) -> CompetencyGroup {
        self.group
    }

    /// The name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The behaviour indicators of `level` (empty when none are written).
    #[must_use]
    pub fn indicators(&self, level: CompetencyLevel) -> &[String] {
        self.indicators.get(&level).map_or(&[], Vec::as_slice)
    }
}

/// A soft skill a civil servant needs, mapped in the catalogue onto the competencies that
/// hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SoftSkill {
    /// Komunikasi.
    Communication,
    /// Kerja sama tim.
    Teamwork,
    /// Kepemimpinan.
    Leadership,
}

impl SoftSkill {
    /// Every soft skill.
    pub const ALL: [Self; 3] = [Self::Communication, Self::Teamwork, Self::Leadership];
}

impl Labelled for SoftSkill {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Communication, Language::Indonesian) => "komunikasi",
            (Self::Teamwork, Language::Indonesian) => "kerja sama tim",
            (Self::Leadership, Language::Indonesian) => "kepemimpinan",
            (Self::Communication, Language::English) => "communication",
            (Self::Teamwork, Language::English) => "teamwork",
            (Self::Leadership, Language::English) => "leadership",
        }
    }
}
