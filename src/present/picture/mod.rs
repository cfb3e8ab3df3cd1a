//! Pictures as SVG text: pure functions from results to a document a browser shows as it
//! is, or a report embeds. Coordinates are whole pixels worked from exact figures, so a
//! picture is the same bytes on every machine.

mod bands;
mod distribution;
mod error;
mod indicator;
mod nine_box;
mod scale;
mod svg;
mod tree;

pub use bands::{BandColours, ColouredBand};
pub use distribution::{distribution_before_after, distribution_chart};
pub use error::PictureError;
pub use indicator::indicator_chart;
pub use nine_box::{NameStyle, nine_box_grid, nine_box_with_names};
pub use tree::{TreeOptions, performance_subtree, performance_tree, performance_tree_with};
