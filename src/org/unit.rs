//! Organisational units (unit kerja) and their hierarchy.

use crate::id::UnitId;
use serde::{Deserialize, Serialize};

/// An organisational unit (unit kerja): the agency itself, a division, a section, a school.
///
/// Units form a hierarchy through `parent`; the [`Agency`](crate::Agency) builder checks that
/// every parent exists and that the hierarchy has no cycle.
///
/// ```
/// # fn main() -> Result<(), kinerja::id::IdError> {
/// use kinerja::id::UnitId;
/// use kinerja::org::Unit;
/// let office = Unit::new(UnitId::new("DIK")?, "Dinas Pendidikan Siulak");
/// let primary = Unit::new(UnitId::new("DIK.SD")?, "Bidang Pembinaan SD").within(office.id().clone());
/// assert_eq!(primary.parent(), Some(office.id()));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Unit {
    id: UnitId,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<UnitId>,
}

crate::objects_only::objects_only!(Unit);

impl Unit {
    /// A top-level unit.
    #[must_use]
    pub fn new(id: UnitId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            parent: None,
        }
    }

    /// The same unit placed under `parent`.
    #[must_use]
    pub fn within(mut self, parent: UnitId) -> Self {
        self.parent = Some(parent);
        self
    }

    /// The unit's id.
    #[must_use]
    pub const fn id(&self) -> &UnitId {
        &self.id
    }

    /// The unit's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The unit this one belongs to, if any.
    #[must_use]
    pub const fn parent(&self) -> Option<&UnitId> {
        self.parent.as_ref()
    }
}
