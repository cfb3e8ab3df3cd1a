//! The talent nine-box as a grid: the number of employees in each box, or their names with
//! the meaning of each box.

use super::svg::{Font, MUTED, RULE, Svg, capitalised, dimension, wrap};
use crate::evaluation::{NineBox, NineBoxRules, Potential, Rating, nine_box};
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

/// How [`nine_box_with_names`] writes each person: whole, or by initials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum NameStyle {
    /// The name as given (`Rina Marlina`).
    #[default]
    Full,
    /// The first letter of each word of the name, in capitals (`RM`): for a grid shown
    /// where names should not be read from afar.
    Initials,
}

impl NameStyle {
    /// `name` written in this style.
    ///
    /// ```
    /// use kinerja::present::NameStyle;
    /// assert_eq!(NameStyle::Initials.write("Rina Marlina"), "RM");
    /// assert_eq!(NameStyle::Full.write("Rina Marlina"), "Rina Marlina");
    /// ```
    #[must_use]
    pub fn write(self, name: &str) -> String {
        match self {
            Self::Full => name.to_owned(),
            Self::Initials => {
                let letters: String = name
                    .split_whitespace()
                    .filter_map(|word| word.chars().find(|c| c.is_alphabetic()))
                    .flat_map(char::to_uppercase)
                    .collect();
                if letters.is_empty() {
                    name.trim().chars().take(1).collect()
                } else {
                    letters
                }
            }
        }
    }
}

const NAMED_W: i64 = 230;
/// Characters of a box's meaning on one line, and the lines it may take.
const MEANING_CHARS: usize = 36;
const MEANING_LINES: usize = 3;
const NAME_LINE: i64 = 16;

/// The nine-box with the people in each box: performance up (below, meets, above
/// expectation), potential across (low, middle, high); each box with its number, how many
/// people it holds, what it means (the actions `rules` recommend for it, such as "promosi,
/// kelompok rencana suksesi, penghargaan" for box 9) and the name (or the initials, by
/// `names`) of everyone placed in it, in alphabetical order. A box grows to hold every
/// name; a name too long for its box is squeezed, never cut.
///
/// `people` are each a box and a name, as [`NineBoxRules::place`] gives the box (its
/// `box_number`).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::evaluation::{Potential, Rating, nine_box};
/// use kinerja::present::{NameStyle, nine_box_with_names};
/// let rules = kinerja::regulation::permenpanrb_3_2020_nine_box();
/// let people = [
///     (nine_box(Rating::Above, Potential::High), "Rina Marlina"),
///     (nine_box(Rating::Meets, Potential::Middle), "Yoga Pratama"),
/// ];
/// let svg = nine_box_with_names(people, &rules, NameStyle::Full, Language::Indonesian);
/// assert!(svg.contains(">Rina Marlina<") && svg.contains("Promosi, kelompok rencana suksesi"));
/// let svg = nine_box_with_names(people, &rules, NameStyle::Initials, Language::English);
/// assert!(svg.contains(">RM<") && !svg.contains("Rina"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn nine_box_with_names<'n>(
    people: impl IntoIterator<Item = (NineBox, &'n str)>,
    rules: &NineBoxRules,
    names: NameStyle,
    language: Language,
) -> String {
    let mut placed: [Vec<String>; 9] = Default::default();
    for (nine, name) in people {
        if let Some(list) = placed.get_mut(usize::from(nine.number()).saturating_sub(1)) {
            list.push(names.write(name));
        }
    }
    for list in &mut placed {
        list.sort();
    }
    let total: usize = placed.iter().map(Vec::len).sum();
    let (title, person, performance, potential) = match language {
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
    let meaning = |nine: NineBox| -> Vec<String> {
        let actions: Vec<&str> = rules
            .actions
            .get(&nine)
            .map(|list| list.iter().map(|a| a.label(language)).collect())
            .unwrap_or_default();
        wrap(
            &capitalised(&actions.join(", ")),
            MEANING_CHARS,
            MEANING_LINES,
        )
    };
    let ratings = [Rating::Above, Rating::Meets, Rating::Below];
    let potentials = [Potential::Low, Potential::Middle, Potential::High];
    // Each row as tall as its fullest box.
    let heights: Vec<i64> = ratings
        .iter()
        .map(|&rating| {
            potentials
                .iter()
                .map(|&p| {
                    let nine = nine_box(rating, p);
                    let held = placed
                        .get(usize::from(nine.number()).saturating_sub(1))
                        .map_or(0, Vec::len);
                    let lines = i64::try_from(meaning(nine).len() + held).unwrap_or(i64::MAX / 32);
                    44 + lines.saturating_mul(NAME_LINE) + 10
                })
                .max()
                .unwrap_or(CELL_H)
                .max(CELL_H)
        })
        .collect();
    let grid_h: i64 = heights.iter().sum();
    let width = LEFT + 3 * NAMED_W + 20;
    let height = TOP + grid_h + 70;
    let mut svg = Svg::new(dimension(width), dimension(height), &title);
    svg.text((20, 34), Font::plain(20).bold(), &title);
    // The axes first, then each box with everything in it.
    let mut y = TOP;
    for (&rating, &row_h) in ratings.iter().zip(&heights) {
        svg.text(
            (LEFT - 10, y + row_h / 2 + 5),
            Font::plain(13).right().colour(MUTED),
            rating.label(language),
        );
        y += row_h;
    }
    for (column, &potential_level) in (0_i64..).zip(&potentials) {
        svg.text(
            (LEFT + column * NAMED_W + NAMED_W / 2, TOP + grid_h + 22),
            Font::plain(13).centred().colour(MUTED),
            capitalised(potential_level.label(language)).as_str(),
        );
    }
    svg.text(
        (LEFT + 3 * NAMED_W / 2, TOP + grid_h + 50),
        Font::plain(14).bold().centred(),
        &format!("{potential} →"),
    );
    svg.vertical_text(
        (22, TOP + grid_h / 2),
        Font::plain(14).bold(),
        &format!("{performance} →"),
    );
    let mut y = TOP;
    for (&rating, &row_h) in ratings.iter().zip(&heights) {
        for (column, &potential_level) in (0_i64..).zip(&potentials) {
            let x = LEFT + column * NAMED_W;
            let nine = nine_box(rating, potential_level);
            let index = usize::from(nine.number()).saturating_sub(1);
            let shade = SHADES.get(index).copied().unwrap_or(RULE);
            let held = placed.get(index).map_or(&[][..], Vec::as_slice);
            svg.rect((x + 2, y + 2), (NAMED_W - 4, row_h - 4), shade, Some(RULE));
            let label = match language {
                Language::Indonesian => format!("Kotak {}", nine.number()),
                Language::English => format!("Box {}", nine.number()),
            };
            svg.text(
                (x + 12, y + 22),
                Font::plain(12).bold().colour(MUTED),
                &label,
            );
            svg.text(
                (x + NAMED_W - 12, y + 22),
                Font::plain(12).bold().right(),
                &match (language, held.len()) {
                    (Language::English, 1) => "1 employee".to_owned(),
                    (_, count) => format!("{count} {person}"),
                },
            );
            let mut line_y = y + 22 + NAME_LINE;
            for line in meaning(nine) {
                svg.text((x + 12, line_y), Font::plain(11).colour(MUTED), &line);
                line_y += NAME_LINE;
            }
            line_y += 4;
            for name in held {
                svg.text_within((x + 12, line_y), Font::plain(12), NAMED_W - 24, name);
                line_y += NAME_LINE;
            }
        }
        y += row_h;
    }
    svg.finish()
}
