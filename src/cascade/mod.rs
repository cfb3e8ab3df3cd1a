//! The performance tree (pohon kinerja): nodes from goals to individual results, their
//! validation, alignment diagnostics, the role–result matrix and text exports. Start with
//! [`Cascade::builder`] (the agency, then its nodes and links; `build` checks that the tree
//! is acyclic and aligned), then ask [`Cascade::diagnose`] what is missing.
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::prelude::*;
//! let cascade = kinerja::sample::siulak_cascade()?;
//! for finding in cascade.diagnose().findings() {
//!     println!("{}", finding.describe(Language::Indonesian));
//! }
//! # Ok(()) }
//! ```

mod diagnostics;
mod error;
mod export;
mod limits;
mod matrix;
mod node;
mod replace;
mod tree;

pub use diagnostics::{Diagnostics, Finding};
pub use error::{CascadeError, LevelRule};
pub use limits::CascadeLimits;
pub use matrix::{MatrixRow, RoleResultMatrix};
pub use node::{Indicator, Level, LinkKind, Node, Owner, ParentLink, Perspective, ResultCategory};
pub use tree::{Cascade, CascadeBuilder};
