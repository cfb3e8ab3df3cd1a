//! The organisation: agency, vision and missions, units, positions with job levels, employees.
//! Start with [`Agency::builder`] (its name and vision, then missions, units, positions and
//! employees; [`AgencyBuilder::build`] checks them together), and hand the [`Agency`] to
//! [`Cascade::builder`](crate::cascade::Cascade::builder).
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::org::Mission;
//! use kinerja::prelude::*;
//! let agency = Agency::builder("Kantor Kecamatan Siulak", "Pelayanan prima")
//!     .mission(Mission::new(MissionId::new("M1")?, "Pelayanan publik yang cepat"))
//!     .build()?;
//! assert_eq!(agency.missions().len(), 1);
//! # Ok(()) }
//! ```

mod agency;
mod core_value;
mod employee;
mod error;
mod job_level;
mod mission;
mod position;
mod unit;

pub use agency::{Agency, AgencyBuilder};
pub use core_value::CoreValue;
pub use employee::Employee;
pub use error::{AgencyError, Subject, TextField};
pub use job_level::{FunctionalRank, FunctionalTrack, JobLevel};
pub use mission::Mission;
pub use position::Position;
pub use unit::Unit;

crate::label::display_in_english!(CoreValue);
