//! What a competency never assessed (belum dinilai) counts as: missing data, not level 0.

use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// How a required competency that was never assessed (kompetensi yang belum dinilai) is
/// read by the Job Person Match and the needs analysis (DOMAIN §7, "missing data is not a
/// low score").
///
/// - [`Unassessed::NotAssessed`], the default: the competency is "belum dinilai". It adds
///   nothing to either sum of the Job Person Match, which states its coverage instead; it
///   has no numeric gap; the need it makes is an assessment, never training hours.
/// - [`Unassessed::AsLevelZero`]: the reading before issue 24, kept for agencies that
///   choose it: the competency counts as level 0, its whole required level is the gap, and
///   the needs analysis sizes training for it from level 0.
///
/// A document of this type (the JSON a service sends, here inside
/// [`JpmRules`](super::JpmRules)):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::development::{JpmRules, Unassessed};
/// use kinerja::{Labelled, Language};
/// let read: Unassessed = serde_json::from_str(r#""as_level_zero""#)?;
/// assert_eq!(read, Unassessed::AsLevelZero);
/// assert_eq!(Unassessed::default().label(Language::Indonesian), "belum dinilai, tidak dihitung");
/// let rules: JpmRules = serde_json::from_str(r#"
/// {
///   "optimal_from": "90",
///   "fairly_optimal_from": "78",
///   "unassessed": "not_assessed"
/// }
/// "#)?;
/// assert_eq!(rules.unassessed(), Unassessed::NotAssessed);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unassessed {
    /// Belum dinilai: left out of the figures and reported as missing; it calls for an
    /// assessment (the crate's default).
    #[default]
    NotAssessed,
    /// Dihitung level 0: counted as level 0, as before issue 24.
    AsLevelZero,
}

impl Labelled for Unassessed {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::NotAssessed, Language::Indonesian) => "belum dinilai, tidak dihitung",
            (Self::AsLevelZero, Language::Indonesian) => "belum dinilai, dihitung level 0",
            (Self::NotAssessed, Language::English) => "not assessed, left out",
            (Self::AsLevelZero, Language::English) => "not assessed, counted as level 0",
        }
    }
}
