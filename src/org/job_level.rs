//! Job levels (jenjang jabatan) and the ranks of functional positions.

use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// The level of a position (jenjang jabatan) under the ASN law.
///
/// Structural levels run from the senior executive service (Jabatan Pimpinan Tinggi, JPT)
/// down to executors; functional positions carry their own [`FunctionalRank`].
///
/// On the wire: `"jpt_pratama"`, `"supervisor"`, `{"functional": "expert_junior"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum JobLevel {
    /// JPT Utama: head of a non-ministerial agency and similar.
    JptUtama,
    /// JPT Madya: echelon I, e.g. secretary-general, regional secretary of a province.
    JptMadya,
    /// JPT Pratama: echelon II, e.g. head of a regional office (kepala dinas).
    JptPratama,
    /// Administrator (administrator): echelon III, e.g. head of a division (kepala bidang).
    Administrator,
    /// Pengawas (supervisor): echelon IV, e.g. head of a section (kepala seksi).
    Supervisor,
    /// Pelaksana (executor): staff without a leadership role.
    Executor,
    /// Jabatan fungsional (functional position) at a rank.
    Functional(FunctionalRank),
}

impl JobLevel {
    /// Whether the level is a senior executive (JPT) level.
    #[must_use]
    pub const fn is_senior_executive(self) -> bool {
        matches!(self, Self::JptUtama | Self::JptMadya | Self::JptPratama)
    }
}

impl Labelled for JobLevel {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::JptUtama, Language::Indonesian) => "JPT Utama",
            (Self::JptMadya, Language::Indonesian) => "JPT Madya",
            (Self::JptPratama, Language::Indonesian) => "JPT Pratama",
            (Self::Administrator, Language::Indonesian) => "Administrator",
            (Self::Supervisor, Language::Indonesian) => "Pengawas",
            (Self::Executor, Language::Indonesian) => "Pelaksana",
            (Self::JptUtama, Language::English) => "principal senior executive",
            (Self::JptMadya, Language::English) => "middle senior executive",
            (Self::JptPratama, Language::English) => "primary senior executive",
            (Self::Administrator, Language::English) => "administrator",
            (Self::Supervisor, Language::English) => "supervisor",
            (Self::Executor, Language::English) => "executor",
            (Self::Functional(rank), language) => rank.label(language),
        }
    }
}

/// Which of the two ladders of functional positions a rank belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FunctionalTrack {
    /// Keterampilan: the skill ladder.
    Skill,
    /// Keahlian: the expertise ladder.
    Expertise,
}

impl Labelled for FunctionalTrack {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Skill, Language::Indonesian) => "keterampilan",
            (Self::Expertise, Language::Indonesian) => "keahlian",
            (Self::Skill, Language::English) => "skill",
            (Self::Expertise, Language::English) => "expertise",
        }
    }
}

/// The rank (jenjang) of a functional position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FunctionalRank {
    /// Pemula: skill ladder, first rank.
    SkillBeginner,
    /// Terampil: skill ladder, second rank.
    SkillSkilled,
    /// Mahir: skill ladder, third rank.
    SkillProficient,
    /// Penyelia: skill ladder, top rank.
    SkillSupervising,
    /// Ahli Pertama: expertise ladder, first rank.
    ExpertFirst,
    /// Ahli Muda: expertise ladder, second rank.
    ExpertJunior,
    /// Ahli Madya: expertise ladder, third rank.
    ExpertMiddle,
    /// Ahli Utama: expertise ladder, top rank.
    ExpertPrincipal,
}

impl FunctionalRank {
    /// The ladder the rank is on.
    #[must_use]
    pub const fn track(self) -> FunctionalTrack {
        match self {
            Self::SkillBeginner
            | Self::SkillSkilled
            | Self::SkillProficient
            | Self::SkillSupervising => FunctionalTrack::Skill,
            Self::ExpertFirst | Self::ExpertJunior | Self::ExpertMiddle | Self::ExpertPrincipal => {
                FunctionalTrack::Expertise
            }
        }
    }
}

impl Labelled for FunctionalRank {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::SkillBeginner, Language::Indonesian) => "Fungsional Pemula",
            (Self::SkillSkilled, Language::Indonesian) => "Fungsional Terampil",
            (Self::SkillProficient, Language::Indonesian) => "Fungsional Mahir",
            (Self::SkillSupervising, Language::Indonesian) => "Fungsional Penyelia",
            (Self::ExpertFirst, Language::Indonesian) => "Fungsional Ahli Pertama",
            (Self::ExpertJunior, Language::Indonesian) => "Fungsional Ahli Muda",
            (Self::ExpertMiddle, Language::Indonesian) => "Fungsional Ahli Madya",
            (Self::ExpertPrincipal, Language::Indonesian) => "Fungsional Ahli Utama",
            (Self::SkillBeginner, Language::English) => "functional, beginner",
            (Self::SkillSkilled, Language::English) => "functional, skilled",
            (Self::SkillProficient, Language::English) => "functional, proficient",
            (Self::SkillSupervising, Language::English) => "functional, supervising",
            (Self::ExpertFirst, Language::English) => "functional, first expert",
            (Self::ExpertJunior, Language::English) => "functional, junior expert",
            (Self::ExpertMiddle, Language::English) => "functional, middle expert",
            (Self::ExpertPrincipal, Language::English) => "functional, principal expert",
        }
    }
}
