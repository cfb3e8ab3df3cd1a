//! Employees (pegawai): civil servants and contract employees.

use crate::id::PositionId;
use crate::nip::EmployeeNumber;
use serde::{Deserialize, Serialize};

/// An employee (pegawai ASN) holding a position.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::id::PositionId;
/// use kinerja::nip::{EmployeeKind, EmployeeNumber};
/// use kinerja::org::Employee;
/// let number = EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003")?;
/// let teacher = Employee::new(number, "Siti Rahmah", PositionId::new("GURU-SD")?);
/// assert_eq!(teacher.name(), "Siti Rahmah");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Employee {
    number: EmployeeNumber,
    name: String,
    position: PositionId,
}

crate::objects_only::objects_only!(Employee);

impl Employee {
    /// An employee.
    #[must_use]
    pub fn new(number: EmployeeNumber, name: impl Into<String>, position: PositionId) -> Self {
        Self {
            number,
            name: name.into(),
            position,
        }
    }

    /// The employee's number (NIP or NI PPPK), which identifies them.
    #[must_use]
    pub const fn number(&self) -> &EmployeeNumber {
        &self.number
    }

    /// The employee's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The position held.
    #[must_use]
    pub const fn position(&self) -> &PositionId {
        &self.position
    }
}
