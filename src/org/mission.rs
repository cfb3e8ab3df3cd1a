//! Missions (misi): what the agency does to reach its vision.

use crate::id::MissionId;
use serde::{Deserialize, Serialize};

/// A mission (misi) of the agency. Goals (tujuan) of the cascade each serve one or more.
///
/// ```
/// # fn main() -> Result<(), kinerja::id::IdError> {
/// use kinerja::id::MissionId;
/// use kinerja::org::Mission;
/// let m = Mission::new(MissionId::new("M1")?, "Meningkatkan mutu pendidikan dasar");
/// assert_eq!(m.id().as_str(), "M1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Mission {
    id: MissionId,
    statement: String,
}

crate::objects_only::objects_only!(Mission);

impl Mission {
    /// A mission.
    #[must_use]
    pub fn new(id: MissionId, statement: impl Into<String>) -> Self {
        Self {
            id,
            statement: statement.into(),
        }
    }

    /// The mission's id.
    #[must_use]
    pub const fn id(&self) -> &MissionId {
        &self.id
    }

    /// The mission statement.
    #[must_use]
    pub fn statement(&self) -> &str {
        &self.statement
    }
}
