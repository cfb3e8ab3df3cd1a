//! What people see: figures written the Indonesian or the English way, views of the results
//! for front ends (serialisable, labelled, with statements and names), and pictures of the
//! results as SVG text. Start with [`AppraisalView::of`] (an appraisal for a screen, in the
//! [`Style`] of a language) and [`percent`] (`91,67 %`).
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::present::{AppraisalView, Style};
//! use kinerja::prelude::*;
//! let input = AgencyInput::new(kinerja::sample::siulak_records()?)?;
//! for employee in &appraise_agency(&input)?.employees {
//!     let view = AppraisalView::of(&employee.annual, input.cascade(), Style::indonesian());
//!     println!("{}: {} ({})", view.employee.name, view.predicate.label, view.achievement.text);
//! }
//! # Ok(()) }
//! ```
//!
//! Everything here is a pure function of values the other stages produce: it computes
//! nothing new, and it never rounds a figure differently from the result it shows (the
//! result's own [`Rounding`](crate::num::Rounding) is passed in).

mod document;
mod picture;
mod view;

pub use crate::written::{date, exact, number, percent, rupiah};
pub use document::*;
pub use picture::{distribution_chart, indicator_chart, nine_box_grid, performance_tree};
pub use view::*;
