//! What people see: figures written the Indonesian or the English way, views of the results
//! for front ends (serialisable, labelled, with statements and names), and pictures of the
//! results as SVG text.
//!
//! Everything here is a pure function of values the other stages produce: it computes
//! nothing new, and it never rounds a figure differently from the result it shows (the
//! result's own [`Rounding`](crate::num::Rounding) is passed in).

mod picture;
mod view;

pub use crate::written::{date, exact, number, percent, rupiah};
pub use picture::{distribution_chart, indicator_chart, nine_box_grid, performance_tree};
pub use view::*;
