//! Competency standards (standar kompetensi jabatan): what each position requires.

use super::catalogue::CompetencyCatalogue;
use super::competency::{CompetencyGroup, CompetencyLevel};
use super::error::DevelopmentError;
use crate::id::{CompetencyId, PositionId};
use crate::org::{JobLevel, Position};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The competencies a position requires and at which level, by competency id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Standard {
    /// The position.
    pub position: PositionId,
    /// Each required competency and its level.
    #[serde(deserialize_with = "crate::unique_map::deserialize")]
    pub required: BTreeMap<CompetencyId, CompetencyLevel>,
}

crate::objects_only::objects_only!(Standard);

/// How an agency sets its standards: a ladder from job level to the level required of every
/// managerial and socio-cultural competency, and each position's own requirements (its
/// technical competencies, a functional position's whole standard, or a level that differs
/// from the ladder), which win over the ladder.
///
/// The national ladder is
/// [`regulation::permenpanrb_38_2017_ladder`](crate::regulation::permenpanrb_38_2017_ladder),
/// and `Standards::default()` is that ladder with no position's own requirements.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::Standards = serde_json::from_str(r#"
/// {
///   "ladder": [
///     {
///       "job_level": "jpt_utama",
///       "level": 5
///     },
///     {
///       "job_level": "jpt_madya",
///       "level": 5
///     }
///   ],
///   "positions": {
///     "ANALIS-SARPRAS": {
///       "TEK-SARPRAS": 2
///     }
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Standards {
    /// Job level → the level required of every managerial and socio-cultural competency.
    /// On the wire a list of `{"job_level": ..., "level": ...}` (a functional rank is not a
    /// text, so it cannot be a JSON key); a job level listed twice is refused. Left out of a
    /// document, the national ladder, as in [`Standards::default`] (write `"ladder": []`
    /// for none).
    #[serde(default = "national_ladder", with = "ladder_steps")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<ladder_steps::Step>"))]
    pub ladder: BTreeMap<JobLevel, CompetencyLevel>,
    /// Position → competencies it requires besides, or instead of, the ladder's level.
    #[serde(default, deserialize_with = "crate::unique_map::deserialize_nested")]
    pub positions: BTreeMap<PositionId, BTreeMap<CompetencyId, CompetencyLevel>>,
}

crate::objects_only::objects_only!(Standards);

/// The ladder of [`Standards::default`]: what a document that leaves `ladder` out gets.
fn national_ladder() -> BTreeMap<JobLevel, CompetencyLevel> {
    Standards::default().ladder
}

impl Standard {
    /// A standard written out.
    #[must_use]
    pub const fn new(
        position: PositionId,
        required: BTreeMap<CompetencyId, CompetencyLevel>,
    ) -> Self {
        Self { position, required }
    }
}

impl Standards {
    /// The standard of `position` (the current one, or one an employee is meant to move
    /// to): the ladder's level for every managerial and socio-cultural competency of the
    /// catalogue where the position's job level is on the ladder, then the position's own
    /// requirements over it.
    ///
    /// # Errors
    /// [`DevelopmentError::NoStandard`] when the job level is not on the ladder and the
    /// position has no requirements of its own; [`DevelopmentError::UnknownCompetency`] when
    /// the position requires a competency the catalogue does not hold.
    pub fn standard_for(
        &self,
        position: &Position,
        catalogue: &CompetencyCatalogue,
    ) -> Result<Standard, DevelopmentError> {
        let mut required = BTreeMap::new();
        if let Some(&level) = self.ladder.get(&position.level()) {
            for competency in catalogue.competencies() {
                if competency.group() != CompetencyGroup::Technical {
                    required.insert(competency.id().clone(), level);
                }
            }
        }
        if let Some(own) = self.positions.get(position.id()) {
            for (competency, &level) in own {
                catalogue.competency(competency)?;
                required.insert(competency.clone(), level);
            }
        }
        if required.is_empty() {
            return Err(DevelopmentError::NoStandard {
                position: position.id().clone(),
            });
        }
        Ok(Standard {
            position: position.id().clone(),
            required,
        })
    }
}

/// The ladder as a list of steps on the wire.
mod ladder_steps {
    use super::{BTreeMap, CompetencyLevel, JobLevel};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields, remote = "Self")]
    pub(super) struct Step {
        job_level: JobLevel,
        level: CompetencyLevel,
    }

    crate::objects_only::objects_only!(Step);

    pub(super) fn serialize<S: Serializer>(
        ladder: &BTreeMap<JobLevel, CompetencyLevel>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            ladder
                .iter()
                .map(|(&job_level, &level)| Step { job_level, level }),
        )
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<JobLevel, CompetencyLevel>, D::Error> {
        let mut ladder = BTreeMap::new();
        for step in Vec::<Step>::deserialize(deserializer)? {
            if ladder.insert(step.job_level, step.level).is_some() {
                return Err(D::Error::custom(format!(
                    "job level {:?} is on the ladder twice",
                    step.job_level
                )));
            }
        }
        Ok(ladder)
    }
}
