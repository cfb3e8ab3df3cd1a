//! PermenPANRB 38/2017 on the competency standards of ASN positions: the eight managerial
//! competencies, the socio-cultural one, and the level each job level requires.
//!
//! The regulation's annex writes behaviour indicators for each level of each competency;
//! the preset carries the competencies and the ladder, and an agency adds the indicators (and
//! its technical competencies) to its catalogue as data.

use super::{competency_ids, level};
use crate::development::{
    Competency, CompetencyCatalogue, CompetencyGroup, CompetencyLevel, SoftSkill, Standards,
};
use crate::id::CompetencyId;
use crate::invariant::Invariant;
use crate::org::JobLevel;
use std::collections::BTreeMap;

/// Integritas.
pub const INTEGRITY: &str = "MAN-INTEGRITAS";
/// Kerjasama.
pub const COOPERATION: &str = "MAN-KERJASAMA";
/// Komunikasi.
pub const COMMUNICATION: &str = "MAN-KOMUNIKASI";
/// Orientasi pada Hasil.
pub const RESULTS_ORIENTATION: &str = "MAN-ORIENTASI-HASIL";
/// Pelayanan Publik.
pub const PUBLIC_SERVICE: &str = "MAN-PELAYANAN-PUBLIK";
/// Pengembangan Diri dan Orang Lain.
pub const DEVELOPING_SELF_AND_OTHERS: &str = "MAN-PENGEMBANGAN-DIRI";
/// Mengelola Perubahan.
pub const MANAGING_CHANGE: &str = "MAN-MENGELOLA-PERUBAHAN";
/// Pengambilan Keputusan.
pub const DECISION_MAKING: &str = "MAN-PENGAMBILAN-KEPUTUSAN";
/// Perekat Bangsa (the socio-cultural competency).
pub const NATION_BINDING: &str = "SOS-PEREKAT-BANGSA";

/// The managerial and socio-cultural competencies of PermenPANRB 38/2017, with the soft skills
/// mapped onto them (the crate's mapping, data like the rest): communication onto
/// Komunikasi; teamwork onto Kerjasama and Perekat Bangsa; leadership onto Pengembangan Diri
/// dan Orang Lain, Mengelola Perubahan and Pengambilan Keputusan.
///
/// ```
/// use kinerja::development::{CompetencyGroup, SoftSkill};
/// let catalogue = kinerja::regulation::permenpanrb_38_2017_catalogue();
/// let managerial = catalogue.competencies().iter().filter(|c| c.group() == CompetencyGroup::Managerial);
/// assert_eq!(managerial.count(), 8);
/// assert_eq!(catalogue.soft_skill(SoftSkill::Leadership).len(), 3);
/// ```
#[must_use]
pub fn permenpanrb_38_2017_catalogue() -> CompetencyCatalogue {
    let managerial =
        |id, name| Competency::new(CompetencyId::trusted(id), CompetencyGroup::Managerial, name);
    let competencies = vec![
        managerial(INTEGRITY, "Integritas"),
        managerial(COOPERATION, "Kerjasama"),
        managerial(COMMUNICATION, "Komunikasi"),
        managerial(RESULTS_ORIENTATION, "Orientasi pada Hasil"),
        managerial(PUBLIC_SERVICE, "Pelayanan Publik"),
        managerial(
            DEVELOPING_SELF_AND_OTHERS,
            "Pengembangan Diri dan Orang Lain",
        ),
        managerial(MANAGING_CHANGE, "Mengelola Perubahan"),
        managerial(DECISION_MAKING, "Pengambilan Keputusan"),
        Competency::new(
            CompetencyId::trusted(NATION_BINDING),
            CompetencyGroup::SocioCultural,
            "Perekat Bangsa",
        ),
    ];
    let soft_skills = BTreeMap::from([
        (SoftSkill::Communication, competency_ids(&[COMMUNICATION])),
        (
            SoftSkill::Teamwork,
            competency_ids(&[COOPERATION, NATION_BINDING]),
        ),
        (
            SoftSkill::Leadership,
            competency_ids(&[DEVELOPING_SELF_AND_OTHERS, MANAGING_CHANGE, DECISION_MAKING]),
        ),
    ]);
    CompetencyCatalogue::new(competencies, soft_skills)
        .ok()
        .or_invariant(
            CompetencyCatalogue::empty(),
            "the preset catalogue passes its checks",
        )
}

/// The level PermenPANRB 38/2017 requires of every managerial and socio-cultural competency,
/// by job level: JPT Utama and JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2,
/// Pelaksana 1. Functional positions are not on the ladder: the agency sets their standards
/// (DOMAIN §5). JPT Utama is not named in DOMAIN; it takes the top level, as JPT Madya.
#[must_use]
pub fn permenpanrb_38_2017_ladder() -> BTreeMap<JobLevel, CompetencyLevel> {
    BTreeMap::from([
        (JobLevel::JptUtama, level(5)),
        (JobLevel::JptMadya, level(5)),
        (JobLevel::JptPratama, level(4)),
        (JobLevel::Administrator, level(3)),
        (JobLevel::Supervisor, level(2)),
        (JobLevel::Executor, level(1)),
    ])
}

impl Default for CompetencyCatalogue {
    /// [`permenpanrb_38_2017_catalogue`].
    fn default() -> Self {
        permenpanrb_38_2017_catalogue()
    }
}

impl Default for Standards {
    /// [`permenpanrb_38_2017_ladder`] and no position's own requirements.
    fn default() -> Self {
        Self {
            ladder: permenpanrb_38_2017_ladder(),
            positions: BTreeMap::new(),
        }
    }
}
