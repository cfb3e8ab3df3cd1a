//! The competency catalogue: every competency an agency assesses, and where the soft skills
//! live among them.

use super::competency::{Competency, SoftSkill};
use super::error::DevelopmentError;
use crate::id::CompetencyId;
use crate::text::{first_repeated, is_blank};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The competencies an agency assesses (its technical ones, the eight managerial and the
/// socio-cultural), sorted by id, and the competencies each soft skill maps onto.
///
/// The national part is [`regulation::permenpanrb_38_2017_catalogue`](crate::regulation::permenpanrb_38_2017_catalogue),
/// also the `Default`; an agency adds its technical competencies with
/// [`CompetencyCatalogue::with`].
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::CompetencyCatalogue = serde_json::from_str(r#"
/// {
///   "competencies": [
///     {
///       "id": "MAN-KERJASAMA",
///       "group": "managerial",
///       "name": "Kerjasama"
///     },
///     {
///       "id": "MAN-KOMUNIKASI",
///       "group": "managerial",
///       "name": "Komunikasi"
///     },
///     {
///       "id": "TEK-DATA-PENDIDIKAN",
///       "group": "technical",
///       "name": "Pengelolaan Data Pendidikan (Dapodik)"
///     }
///   ],
///   "soft_skills": {
///     "communication": [
///       "MAN-KOMUNIKASI"
///     ]
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "CatalogueSpec"))]
pub struct CompetencyCatalogue {
    competencies: Vec<Competency>,
    soft_skills: BTreeMap<SoftSkill, Vec<CompetencyId>>,
}

/// Wire form of [`CompetencyCatalogue`].
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct CatalogueSpec {
    competencies: Vec<Competency>,
    /// A soft skill listed twice, or a competency twice under one skill, is refused.
    #[serde(default, deserialize_with = "crate::unique_map::deserialize_sets")]
    soft_skills: BTreeMap<SoftSkill, BTreeSet<CompetencyId>>,
}

crate::objects_only::objects_only!(de: CatalogueSpec);

impl CompetencyCatalogue {
    /// Checks and makes a catalogue. Each soft skill's competencies are a set, kept in id
    /// order.
    ///
    /// # Errors
    /// [`DevelopmentError::DuplicateCompetency`], [`DevelopmentError::BlankName`],
    /// [`DevelopmentError::UnknownCompetency`] when a soft skill maps onto a competency the
    /// catalogue does not hold, or [`DevelopmentError::RepeatedSoftSkillCompetency`] when it
    /// maps onto one twice.
    pub fn new(
        mut competencies: Vec<Competency>,
        mut soft_skills: BTreeMap<SoftSkill, Vec<CompetencyId>>,
    ) -> Result<Self, DevelopmentError> {
        competencies.sort_by(|a, b| a.id().cmp(b.id()));
        if let Some(id) = first_repeated(&competencies, Competency::id) {
            return Err(DevelopmentError::DuplicateCompetency {
                competency: id.clone(),
            });
        }
        if let Some(blank) = competencies.iter().find(|c| is_blank(c.name())) {
            return Err(DevelopmentError::BlankName {
                competency: blank.id().clone(),
            });
        }
        let catalogue = Self {
            competencies,
            soft_skills: BTreeMap::new(),
        };
        for (&skill, ids) in &mut soft_skills {
            ids.sort_unstable();
            if let Some(id) = first_repeated(ids, |id| id) {
                return Err(DevelopmentError::RepeatedSoftSkillCompetency {
                    skill,
                    competency: id.clone(),
                });
            }
            for id in ids.iter() {
                catalogue.competency(id)?;
            }
        }
        Ok(Self {
            soft_skills,
            ..catalogue
        })
    }

    /// A catalogue with nothing in it.
    pub(crate) const fn empty() -> Self {
        Self {
            competencies: Vec::new(),
            soft_skills: BTreeMap::new(),
        }
    }

    /// The same catalogue with `added` competencies (an agency's technical ones).
    ///
    /// # Errors
    /// As [`CompetencyCatalogue::new`].
    pub fn with(
        self,
        added: impl IntoIterator<Item = Competency>,
    ) -> Result<Self, DevelopmentError> {
        let mut competencies = self.competencies;
        competencies.extend(added);
        Self::new(competencies, self.soft_skills)
    }

    /// Every competency, by id.
    #[must_use]
    pub fn competencies(&self) -> &[Competency] {
        &self.competencies
    }

    /// The competency `id`.
    ///
    /// # Errors
    /// [`DevelopmentError::UnknownCompetency`] when the catalogue does not hold it.
    pub fn competency(&self, id: &CompetencyId) -> Result<&Competency, DevelopmentError> {
        self.competencies
            .binary_search_by(|c| c.id().cmp(id))
            .ok()
            .and_then(|i| self.competencies.get(i))
            .ok_or_else(|| DevelopmentError::UnknownCompetency {
                competency: id.clone(),
            })
    }

    /// The competencies `skill` maps onto (empty when the catalogue maps it onto none).
    #[must_use]
    pub fn soft_skill(&self, skill: SoftSkill) -> &[CompetencyId] {
        self.soft_skills.get(&skill).map_or(&[], Vec::as_slice)
    }
}

impl TryFrom<CatalogueSpec> for CompetencyCatalogue {
    type Error = DevelopmentError;
    fn try_from(spec: CatalogueSpec) -> Result<Self, DevelopmentError> {
        let soft_skills = spec
            .soft_skills
            .into_iter()
            .map(|(skill, ids)| (skill, ids.into_iter().collect()))
            .collect();
        Self::new(spec.competencies, soft_skills)
    }
}

/// The wire form, borrowed: serialising copies nothing.
#[derive(Serialize)]
struct CatalogueView<'a> {
    competencies: &'a [Competency],
    soft_skills: &'a BTreeMap<SoftSkill, Vec<CompetencyId>>,
}

impl Serialize for CompetencyCatalogue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CatalogueView {
            competencies: &self.competencies,
            soft_skills: &self.soft_skills,
        }
        .serialize(serializer)
    }
}

crate::refusal::deserialize_checked!(CompetencyCatalogue, CatalogueSpec);
