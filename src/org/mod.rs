//! The organisation: agency, vision and missions, units, positions with job levels, employees.

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
