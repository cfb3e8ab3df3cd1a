//! The talent nine-box as a grid with the number of employees in each box.

use super::svg::{Font, MUTED, RULE, Svg, capitalised, dimension};
use crate::evaluation::{NineBox, Potential, Rating, nine_box};
use crate::label::{Labelled, Language};

const CELL_W: i64 = 150;
const CELL_H: i64 = 110;
const LEFT: i64 = 190;
const TOP: i64 = 60;

/// Cell colours from box 1 (below expectation, low potential) to box 9: red through amber
/// to green, light enough for dark text.
const SHADES: [&str; 9] = [
    "#fed7d7", "#feebc8", "#fefcbf", "#fefcbf", "#f0fff4", "#c6f6d5", "#c6f6d5", "#9ae6b4",
    "#68d391",
];

/// The nine-box of the employees placed in `boxes`: performance up (below, meets, above
/// expectation), potential across (low, middle, high), each box with its number and how many
/// employees it holds.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::evaluation::{Potential, Rating, nine_box};
/// let boxes = [nine_box(Rating::Above, Potential::High), nine_box(Rating::Meets, Potential::Middle)];
/// let svg = kinerja::present::nine_box_grid(boxes, Language::Indonesian);
/// assert!(svg.starts_with("<svg") && svg.contains("Kotak manajemen talenta"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn nine_box_grid(boxes: impl IntoIterator<Item = NineBox>, language: Language) -> String {
    let mut counts = [0_usize; 9];
    for placed in boxes {
        if let Some(count) = counts.get_mut(usize::from(placed.number()).saturating_sub(1)) {
            *count += 1;
        }
    }
    let total: usize = counts.iter().sum();
    let (title, people, performance, potential) = match language {
        Language::Indonesian => (
            format!("Kotak manajemen talenta ({total} pegawai)"),
            "pegawai",
            "Kinerja",
            "Potensial",
        ),
        Language::English => (
            format!("Talent nine-box ({total} employees)"),
            "employees",
            "Performance",
            "Potential",
        ),
    };
    let width = LEFT + 3 * CELL_W + 20;
    let height = TOP + 3 * CELL_H + 70;
    let mut svg = Svg::new(dimension(width), dimension(height), &title);
    svg.text((20, 34), Font::plain(20).bold(), &title);
    let ratings = [Rating::Above, Rating::Meets, Rating::Below];
    let potentials = [Potential::Low, Potential::Middle, Potential::High];
    for (row, &rating) in (0_i64..).zip(&ratings) {
        let y = TOP + row * CELL_H;
        svg.text(
            (LEFT - 10, y + CELL_H / 2 + 5),
            Font::plain(13).right().colour(MUTED),
            rating.label(language),
        );
        for (column, &potential_level) in (0_i64..).zip(&potentials) {
            let x = LEFT + column * CELL_W;
            let placed = nine_box(rating, potential_level);
            let index = usize::from(placed.number()).saturating_sub(1);
            let shade = SHADES.get(index).copied().unwrap_or(RULE);
            let count = counts.get(index).copied().unwrap_or(0);
            svg.rect((x + 2, y + 2), (CELL_W - 4, CELL_H - 4), shade, Some(RULE));
            let label = match language {
                Language::Indonesian => format!("Kotak {}", placed.number()),
                Language::English => format!("Box {}", placed.number()),
            };
            svg.text((x + 12, y + 24), Font::plain(12).colour(MUTED), &label);
            svg.text(
                (x + CELL_W / 2, y + CELL_H / 2 + 14),
                Font::plain(34).bold().centred(),
                &count.to_string(),
            );
            svg.text(
                (x + CELL_W / 2, y + CELL_H - 14),
                Font::plain(11).centred().colour(MUTED),
                people,
            );
        }
    }
    for (column, &potential_level) in (0_i64..).zip(&potentials) {
        svg.text(
            (LEFT + column * CELL_W + CELL_W / 2, TOP + 3 * CELL_H + 22),
            Font::plain(13).centred().colour(MUTED),
            capitalised(potential_level.label(language)).as_str(),
        );
    }
    svg.text(
        (LEFT + 3 * CELL_W / 2, TOP + 3 * CELL_H + 50),
        Font::plain(14).bold().centred(),
        &format!("{potential} →"),
    );
    svg.vertical_text(
        (22, TOP + 3 * CELL_H / 2),
        Font::plain(14).bold(),
        &format!("{performance} →"),
    );
    svg.finish()
}
