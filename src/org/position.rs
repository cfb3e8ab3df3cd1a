//! Positions (jabatan): where an employee sits and whom they report to.

use super::JobLevel;
use crate::id::{PositionId, UnitId};
use serde::{Deserialize, Serialize};

/// A position (jabatan) in a unit, at a job level, reporting to a superior position.
///
/// The reporting line decides the cascade: an individual result must support a result of the
/// holder of the position this one reports to (the direct superior, atasan langsung). Several
/// employees may hold one position (e.g. many teachers), while a leadership position is
/// normally held by one.
///
/// ```
/// # fn main() -> Result<(), kinerja::id::IdError> {
/// use kinerja::id::{PositionId, UnitId};
/// use kinerja::org::{JobLevel, Position};
/// let head = Position::new(PositionId::new("KADIS")?, "Kepala Dinas", UnitId::new("DIK")?, JobLevel::JptPratama);
/// let secretary = Position::new(PositionId::new("SEK")?, "Sekretaris", UnitId::new("DIK")?, JobLevel::Administrator)
///     .reporting_to(head.id().clone());
/// assert_eq!(secretary.reports_to(), Some(head.id()));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Position {
    id: PositionId,
    title: String,
    unit: UnitId,
    level: JobLevel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reports_to: Option<PositionId>,
}

crate::objects_only::objects_only!(Position);

impl Position {
    /// A position with no superior (the head of the agency).
    #[must_use]
    pub fn new(id: PositionId, title: impl Into<String>, unit: UnitId, level: JobLevel) -> Self {
        Self {
            id,
            title: title.into(),
            unit,
            level,
            reports_to: None,
        }
    }

    /// The same position reporting to `superior`.
    #[must_use]
    pub fn reporting_to(mut self, superior: PositionId) -> Self {
        self.reports_to = Some(superior);
        self
    }

    /// The position's id.
    #[must_use]
    pub const fn id(&self) -> &PositionId {
        &self.id
    }

    /// The position's title (nama jabatan).
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The unit the position belongs to.
    #[must_use]
    pub const fn unit(&self) -> &UnitId {
        &self.unit
    }

    /// The job level.
    #[must_use]
    pub const fn level(&self) -> JobLevel {
        self.level
    }

    /// The superior position, if any.
    #[must_use]
    pub const fn reports_to(&self) -> Option<&PositionId> {
        self.reports_to.as_ref()
    }
}
