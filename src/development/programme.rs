//! Development programmes (program pengembangan kompetensi) and their catalogue.

use super::catalogue::CompetencyCatalogue;
use super::competency::CompetencyLevel;
use super::error::DevelopmentError;
use super::method::{Jp, JpConversion, JpCredit, Method};
use crate::decimal_text;
use crate::id::{CompetencyId, ProgrammeId};
use crate::period::Quarter;
use crate::text::{first_repeated, is_blank};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A development programme: what it teaches and to which level, what it takes to enrol, what
/// it costs and credits, and when and for how many it runs.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::development::Programme> = serde_json::from_str(r#"
/// [
///   {
///     "id": "P-COACH",
///     "name": "Coaching Pengambilan Keputusan",
///     "method": "coaching",
///     "credit": {
///       "converted": {
///         "units": 6,
///         "months": 3,
///         "international": false
///       }
///     },
///     "cost": "0",
///     "competencies": {
///       "MAN-KERJASAMA": 2,
///       "MAN-PENGAMBILAN-KEPUTUSAN": 2
///     },
///     "seats": 4
///   },
///   {
///     "id": "P-DAPODIK",
///     "name": "Bimbingan Teknis Dapodik",
///     "method": "technical_guidance",
///     "credit": {
///       "fixed": {
///         "jp": "24",
///         "international": false
///       }
///     },
///     "cost": "2000000",
///     "competencies": {
///       "TEK-DATA-PENDIDIKAN": 3
///     },
///     "seats": 15,
///     "quarters": [
///       "q1",
///       "q3"
///     ]
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Programme {
    /// The id.
    pub id: ProgrammeId,
    /// The name.
    pub name: String,
    /// The learning method.
    pub method: Method,
    /// The JP it credits.
    pub credit: JpCredit,
    /// The cost per participant, in rupiah.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub cost: Decimal,
    /// Each competency it develops and the level it brings a participant to (a competency
    /// listed twice is refused).
    #[serde(deserialize_with = "crate::unique_map::deserialize")]
    pub competencies: BTreeMap<CompetencyId, CompetencyLevel>,
    /// The least level a participant must hold in each of those competencies to enrol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prerequisite: Option<CompetencyLevel>,
    /// Programmes a participant must have completed first: a set, written in id order (a
    /// programme listed twice is refused).
    #[serde(
        default,
        skip_serializing_if = "BTreeSet::is_empty",
        deserialize_with = "crate::unique_map::set"
    )]
    pub requires: BTreeSet<ProgrammeId>,
    /// Places per run; none when not limited (e-learning, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
    /// The quarters it runs in, one run each; empty when it runs every quarter. The planner
    /// places a participant in the first run with a free place. A set, written in order (a
    /// quarter listed twice is refused).
    #[serde(
        default,
        skip_serializing_if = "BTreeSet::is_empty",
        deserialize_with = "crate::unique_map::set"
    )]
    pub quarters: BTreeSet<Quarter>,
}

crate::objects_only::objects_only!(Programme);

impl Programme {
    /// A programme of `method` crediting `credit`, free of charge, developing nothing yet,
    /// with no prerequisite, unlimited places, all year.
    #[must_use]
    pub fn new(id: ProgrammeId, name: impl Into<String>, method: Method, credit: JpCredit) -> Self {
        Self {
            id,
            name: name.into(),
            method,
            credit,
            cost: Decimal::ZERO,
            competencies: BTreeMap::new(),
            prerequisite: None,
            requires: BTreeSet::new(),
            seats: None,
            quarters: BTreeSet::new(),
        }
    }
}

/// The programmes an agency can send its employees to, checked together against its
/// competency catalogue and JP conversion: sorted by id, each one's JP known.
///
/// On the wire it is the list of its programmes; read them as `Vec<Programme>` and check
/// them again with [`ProgrammeCatalogue::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeCatalogue {
    programmes: Vec<Programme>,
    jp: Vec<Jp>,
}

impl Serialize for ProgrammeCatalogue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.programmes.serialize(serializer)
    }
}

impl ProgrammeCatalogue {
    /// Checks and makes a catalogue.
    ///
    /// # Errors
    /// [`DevelopmentError`]: a programme listed twice, without a name, with a negative
    /// cost, developing a competency the catalogue does not hold, requiring a level above the
    /// one it brings, requiring an unknown programme or itself through others (a cycle), or
    /// whose JP cannot be counted.
    pub fn new(
        mut programmes: Vec<Programme>,
        competencies: &CompetencyCatalogue,
        conversion: &JpConversion,
    ) -> Result<Self, DevelopmentError> {
        programmes.sort_by(|a, b| a.id.cmp(&b.id));
        if let Some(id) = first_repeated(&programmes, |p| &p.id) {
            return Err(DevelopmentError::DuplicateProgramme {
                programme: id.clone(),
            });
        }
        let mut jp = Vec::with_capacity(programmes.len());
        for programme in &programmes {
            check_programme(programme, competencies)?;
            for required in &programme.requires {
                if programmes.binary_search_by(|p| p.id.cmp(required)).is_err() {
                    return Err(DevelopmentError::UnknownProgramme {
                        programme: programme.id.clone(),
                        required: required.clone(),
                    });
                }
            }
            jp.push(conversion.jp(programme.method, programme.credit)?);
        }
        if let Some(id) = first_in_cycle(&programmes) {
            return Err(DevelopmentError::PrerequisiteCycle { programme: id });
        }
        Ok(Self { programmes, jp })
    }

    /// Every programme, by id.
    #[must_use]
    pub fn programmes(&self) -> &[Programme] {
        &self.programmes
    }

    /// Each programme with the JP it credits, by id.
    pub fn with_jp(&self) -> impl Iterator<Item = (&Programme, Jp)> {
        self.programmes.iter().zip(self.jp.iter().copied())
    }

    /// The programme at `index` in id order, with its JP.
    pub(crate) fn at(&self, index: usize) -> Option<(&Programme, Jp)> {
        Some((self.programmes.get(index)?, self.jp.get(index).copied()?))
    }

    /// The programme `id`, with its JP.
    #[must_use]
    pub fn get(&self, id: &ProgrammeId) -> Option<(&Programme, Jp)> {
        let i = self.programmes.binary_search_by(|p| p.id.cmp(id)).ok()?;
        Some((self.programmes.get(i)?, self.jp.get(i).copied()?))
    }
}

fn check_programme(
    programme: &Programme,
    competencies: &CompetencyCatalogue,
) -> Result<(), DevelopmentError> {
    let id = || programme.id.clone();
    if is_blank(&programme.name) {
        return Err(DevelopmentError::BlankProgrammeName { programme: id() });
    }
    if programme.cost < Decimal::ZERO {
        return Err(DevelopmentError::NegativeCost {
            programme: id(),
            cost: programme.cost,
        });
    }
    for (competency, &gained) in &programme.competencies {
        competencies.competency(competency)?;
        if programme.prerequisite.is_some_and(|least| least > gained) {
            return Err(DevelopmentError::PrerequisiteAboveLevelGained {
                programme: id(),
                competency: competency.clone(),
            });
        }
    }
    Ok(())
}

/// The smallest programme id on a cycle of `requires`, if any (programmes sorted by id,
/// every required id known). Iterative: a three-colour depth-first search.
fn first_in_cycle(programmes: &[Programme]) -> Option<ProgrammeId> {
    const UNSEEN: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let index = |id: &ProgrammeId| programmes.binary_search_by(|p| p.id.cmp(id)).ok();
    // Each programme's requirements, by index.
    let edges: Vec<Vec<usize>> = programmes
        .iter()
        .map(|p| p.requires.iter().filter_map(index).collect())
        .collect();
    let mut state = vec![UNSEEN; programmes.len()];
    for start in 0..programmes.len() {
        if state.get(start) != Some(&UNSEEN) {
            continue;
        }
        // Each frame: a programme and how many of its requirements were visited.
        let mut stack = vec![(start, 0_usize)];
        if let Some(s) = state.get_mut(start) {
            *s = ON_PATH;
        }
        while let Some(&(node, next)) = stack.last() {
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            let requirement = edges.get(node).and_then(|e| e.get(next)).copied();
            match requirement {
                Some(child) => match state.get(child) {
                    Some(&ON_PATH) => {
                        let on_cycle = stack
                            .iter()
                            .skip_while(|(n, _)| *n != child)
                            .filter_map(|(n, _)| programmes.get(*n))
                            .map(|p| &p.id)
                            .min();
                        return on_cycle.cloned();
                    }
                    Some(&UNSEEN) => {
                        if let Some(s) = state.get_mut(child) {
                            *s = ON_PATH;
                        }
                        stack.push((child, 0));
                    }
                    _ => {}
                },
                None => {
                    let done = edges.get(node).is_none_or(|e| next >= e.len());
                    if done {
                        if let Some(s) = state.get_mut(node) {
                            *s = DONE;
                        }
                        stack.pop();
                    }
                }
            }
        }
    }
    None
}
