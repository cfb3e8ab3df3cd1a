//! Who rates behaviour, and a value's mean points by kind of rater: at most one score for
//! each of the four kinds, held in place (a map per value was seven small allocations an
//! appraisal, 35 in an employee's year), written and read as the map
//! `{"superior": "2", "peer": "2.5"}`.

use crate::label::{Labelled, Language};
use crate::num::Score;
use crate::unique_map::Unique;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// Who gives a behaviour rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RaterRole {
    /// Atasan langsung: the direct superior.
    Superior,
    /// Rekan kerja: a peer.
    Peer,
    /// Bawahan: a subordinate.
    Subordinate,
    /// Penilaian diri: the employee.
    SelfAssessment,
}

impl Labelled for RaterRole {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Superior, Language::Indonesian) => "atasan",
            (Self::Peer, Language::Indonesian) => "rekan kerja",
            (Self::Subordinate, Language::Indonesian) => "bawahan",
            (Self::SelfAssessment, Language::Indonesian) => "diri sendiri",
            (Self::Superior, Language::English) => "superior",
            (Self::Peer, Language::English) => "peer",
            (Self::Subordinate, Language::English) => "subordinate",
            (Self::SelfAssessment, Language::English) => "self",
        }
    }
}

/// Every rater role, in their order (as a map keyed by role holds them).
pub(crate) const ROLES: [RaterRole; 4] = [
    RaterRole::Superior,
    RaterRole::Peer,
    RaterRole::Subordinate,
    RaterRole::SelfAssessment,
];

/// Where `role` stands in [`ROLES`] (a match, so that a new role cannot be left out).
pub(crate) const fn role_place(role: RaterRole) -> usize {
    match role {
        RaterRole::Superior => 0,
        RaterRole::Peer => 1,
        RaterRole::Subordinate => 2,
        RaterRole::SelfAssessment => 3,
    }
}

/// The mean points (1 to 3) each kind of rater gave one core value (nilai per penilai), for
/// the kinds who rated it. On the wire, the map from role to score, in the roles' order.
///
/// ```
/// use kinerja::evaluation::{RaterRole, RoleScores};
/// use kinerja::num::Score;
/// let two = Score::new(2.into())?;
/// let scores: RoleScores = [(RaterRole::Superior, two)].into_iter().collect();
/// assert_eq!(scores.get(RaterRole::Superior), Some(two));
/// assert_eq!(scores.get(RaterRole::Peer), None);
/// assert_eq!(scores.len(), 1);
/// assert_eq!(serde_json::to_string(&scores)?, r#"{"superior":"2"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct RoleScores([Option<Score>; ROLES.len()]);

impl RoleScores {
    /// The mean points `role` gave, if that kind of rater rated the value.
    #[must_use]
    pub fn get(&self, role: RaterRole) -> Option<Score> {
        self.0.get(role_place(role)).copied().flatten()
    }

    /// Each kind of rater who rated, with their mean points, in the roles' order.
    pub fn iter(&self) -> impl Iterator<Item = (RaterRole, Score)> + '_ {
        ROLES
            .iter()
            .zip(&self.0)
            .filter_map(|(&role, score)| score.map(|s| (role, s)))
    }

    /// How many kinds of rater rated.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.iter().flatten().count()
    }

    /// Whether no one rated.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Sets `role`'s mean points, replacing any it had.
    pub(crate) fn set(&mut self, role: RaterRole, score: Score) {
        if let Some(slot) = self.0.get_mut(role_place(role)) {
            *slot = Some(score);
        }
    }
}

impl FromIterator<(RaterRole, Score)> for RoleScores {
    /// A later score for a role replaces an earlier one, as in a map.
    fn from_iter<I: IntoIterator<Item = (RaterRole, Score)>>(scores: I) -> Self {
        let mut all = Self::default();
        for (role, score) in scores {
            all.set(role, score);
        }
        all
    }
}

impl From<RoleScores> for BTreeMap<RaterRole, Score> {
    fn from(scores: RoleScores) -> Self {
        scores.iter().collect()
    }
}

impl Serialize for RoleScores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (role, score) in self.iter() {
            map.serialize_entry(&role, &score)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for RoleScores {
    /// As a map that refuses a repeated role.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Unique::<RaterRole, Score>::deserialize(deserializer)?;
        Ok(map.into_inner().into_iter().collect())
    }
}

/// The schema of the map it is written as.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for RoleScores {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        BTreeMap::<RaterRole, Score>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        BTreeMap::<RaterRole, Score>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        BTreeMap::<RaterRole, Score>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn role() -> impl Strategy<Value = RaterRole> {
        prop::sample::select(ROLES.to_vec())
    }

    proptest! {
        /// Read as the map it is written as: the same scores in and out, and the same text
        /// a `BTreeMap` of the same scores writes.
        #[test]
        fn reads_and_writes_as_the_map(
            entries in prop::collection::vec((role(), 1_i64..=300), 0..8),
        ) {
            let scores: Vec<(RaterRole, Score)> = entries
                .iter()
                .filter_map(|&(r, p)| Score::new(rust_decimal::Decimal::new(p, 2)).ok().map(|s| (r, s)))
                .collect();
            let held: RoleScores = scores.iter().copied().collect();
            let map: BTreeMap<RaterRole, Score> = scores.iter().copied().collect();
            prop_assert_eq!(held.len(), map.len());
            for role in ROLES {
                prop_assert_eq!(held.get(role), map.get(&role).copied());
            }
            let text = serde_json::to_string(&held).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let map_text = serde_json::to_string(&map).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&text, &map_text);
            let back: RoleScores = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(back, held);
            prop_assert_eq!(BTreeMap::from(held), map);
        }
    }

    #[test]
    fn a_repeated_role_is_refused() {
        let read = serde_json::from_str::<RoleScores>(r#"{"superior": "2", "superior": "3"}"#);
        assert!(read.is_err());
    }
}
