//! The performance tree (pohon kinerja) as boxes and links, top down.

use super::bands::BandColours;
use super::error::PictureError;
use super::svg::{Font, INK, LEGEND_LINE, MUTED, Mark, Svg, dimension, legend_lines, wrap};
use crate::cascade::{Cascade, Level, LinkKind};
use crate::id::NodeId;
use crate::label::{Labelled, Language};
use crate::num::{Percent, Rounding};
use crate::text::one_line;
use crate::written::percent;
use std::collections::BTreeMap;

const BOX_W: i64 = 230;
const BOX_H: i64 = 112;
const GAP_X: i64 = 24;
const GAP_Y: i64 = 56;
const MARGIN: i64 = 24;
/// Where the boxes start, above the legend's lines.
const TOP: i64 = 64;
/// The least width of a picture: room for its title and legend beside a small subtree.
const MIN_WIDTH: i64 = 560;
/// Characters of a statement on one line of a box, and the lines it may take.
const LINE_CHARS: usize = 32;
const STATEMENT_LINES: usize = 3;

/// What a picture of the performance tree shows besides the tree: the achievements written
/// in the boxes, the bands that colour them, their rounding and the language.
///
/// ```
/// use kinerja::Language;
/// use kinerja::present::{BandColours, TreeOptions};
/// use std::collections::BTreeMap;
/// let achieved = BTreeMap::new();
/// let options = TreeOptions::new(Language::Indonesian)
///     .achievements(&achieved)
///     .bands(BandColours::of(&kinerja::regulation::pp_30_2019_bands()));
/// assert_eq!(options.bands.bands().len(), 5);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TreeOptions<'a> {
    /// A figure for the boxes it names, as [`Cascade::organisation_achievement`] gives them
    /// for goals and objectives; empty for the tree alone.
    pub achievements: &'a BTreeMap<NodeId, Percent>,
    /// The bands that colour each figure, with the legend naming them. Default: the crate's
    /// reading of an organisation's achievement ([`BandColours::default`]).
    pub bands: BandColours,
    /// How the figures are rounded (the result's own rule). Default: two decimals, half up.
    pub rounding: Rounding,
    /// The language of every text.
    pub language: Language,
}

/// No achievements: the tree alone.
static NO_ACHIEVEMENTS: BTreeMap<NodeId, Percent> = BTreeMap::new();

impl TreeOptions<'static> {
    /// The tree alone in `language`, with the default bands and rounding.
    #[must_use]
    pub fn new(language: Language) -> Self {
        Self {
            achievements: &NO_ACHIEVEMENTS,
            bands: BandColours::default(),
            rounding: Rounding::default(),
            language,
        }
    }
}

impl<'a> TreeOptions<'a> {
    /// The same options, writing `achievements` in the boxes they name.
    #[must_use]
    pub fn achievements<'b>(self, achievements: &'b BTreeMap<NodeId, Percent>) -> TreeOptions<'b> {
        TreeOptions {
            achievements,
            bands: self.bands,
            rounding: self.rounding,
            language: self.language,
        }
    }

    /// The same options, colouring the figures by `bands`.
    #[must_use]
    pub fn bands(self, bands: BandColours) -> Self {
        Self { bands, ..self }
    }

    /// The same options, rounding the figures by `rounding`.
    #[must_use]
    pub fn rounding(self, rounding: Rounding) -> Self {
        Self { rounding, ..self }
    }
}

/// The performance tree: each node a box coloured by its level, holding its id, statement
/// (whole on hover) and owner; each link a line from parent to child (dashed for an indirect
/// link); roots left to right in id order, with a legend of the levels and the links.
/// `achievements` adds a figure to the boxes it names, as
/// [`Cascade::organisation_achievement`] gives them for goals and objectives, coloured by
/// the band of the crate's default organisation bands it falls in (with a legend of the
/// bands); pass an empty map for the tree alone. [`performance_tree_with`] takes other bands,
/// and [`performance_subtree`] draws the tree below one node.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::num::Rounding;
/// use std::collections::BTreeMap;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let svg = kinerja::present::performance_tree(&cascade, &BTreeMap::new(), Rounding::default(), Language::Indonesian);
/// assert!(svg.contains("Tujuan") && svg.contains("stroke-dasharray"));
/// assert!(svg.contains("Tautan langsung") && svg.contains("Tautan tidak langsung"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn performance_tree(
    cascade: &Cascade,
    achievements: &BTreeMap<NodeId, Percent>,
    rounding: Rounding,
    language: Language,
) -> String {
    performance_tree_with(
        cascade,
        &TreeOptions::new(language)
            .achievements(achievements)
            .rounding(rounding),
    )
}

/// The whole performance tree as [`performance_tree`] draws it, with the figures, bands,
/// rounding and language of `options`.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::id::NodeId;
/// use kinerja::num::Percent;
/// use kinerja::present::{BandColours, TreeOptions, performance_tree_with};
/// use std::collections::BTreeMap;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let achieved = BTreeMap::from([(NodeId::new("SS1")?, Percent::new(94.into())?)]);
/// let bands = BandColours::of(&kinerja::regulation::pp_30_2019_bands());
/// let options = TreeOptions::new(Language::Indonesian).achievements(&achieved).bands(bands);
/// let svg = performance_tree_with(&cascade, &options);
/// assert!(svg.contains("94,00 %") && svg.contains("Baik: 90 sampai di bawah 110 %"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn performance_tree_with(cascade: &Cascade, options: &TreeOptions<'_>) -> String {
    let roots: Vec<usize> = (0..cascade.nodes().len())
        .filter(|&i| cascade.parent_index(i).is_none())
        .collect();
    let title = match options.language {
        Language::Indonesian => format!("Pohon kinerja: {}", cascade.agency().name()),
        Language::English => format!("Performance tree: {}", cascade.agency().name()),
    };
    draw(cascade, &roots, &title, options)
}

/// The tree below one node (a goal, an objective, a unit head's result) with the node at
/// its top, drawn as [`performance_tree_with`] draws the whole: only the nodes under it, so
/// the picture is as wide as the subtree's leaves.
///
/// # Errors
/// [`PictureError::UnknownNode`] when `root` is not in the cascade.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::id::NodeId;
/// use kinerja::present::{TreeOptions, performance_subtree};
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let options = TreeOptions::new(Language::Indonesian);
/// let division = performance_subtree(&cascade, &NodeId::new("RHK-KABID-1")?, &options)?;
/// assert!(division.contains("RHK-KUR-1") && !division.contains("RHK-SEK-1"));
/// # Ok(()) }
/// ```
pub fn performance_subtree(
    cascade: &Cascade,
    root: &NodeId,
    options: &TreeOptions<'_>,
) -> Result<String, PictureError> {
    let index = cascade
        .index_of(root)
        .ok_or_else(|| PictureError::UnknownNode { node: root.clone() })?;
    let statement = cascade
        .nodes()
        .get(index)
        .map_or("", |node| node.statement());
    let title = match options.language {
        Language::Indonesian => format!("Pohon kinerja: {}", one_line(statement)),
        Language::English => format!("Performance tree: {}", one_line(statement)),
    };
    Ok(draw(cascade, &[index], &title, options))
}

/// The tree from `roots` down.
fn draw(cascade: &Cascade, roots: &[usize], title: &str, options: &TreeOptions<'_>) -> String {
    let language = options.language;
    let layout = Layout::of(cascade, roots);
    let nodes = cascade.nodes();
    let tree_width = MARGIN * 2 + layout.columns.max(1) * (BOX_W + GAP_X) - GAP_X;
    let width = tree_width.max(MIN_WIDTH);
    // The legend's lines, worked out first: the tree starts below them.
    let drawn: Vec<usize> = (0..nodes.len())
        .filter(|&i| layout.at.get(i).copied().flatten().is_some())
        .collect();
    let items = legend(cascade, &drawn, options);
    let legend_lines = legend_lines(&items, MARGIN, width - MARGIN);
    let top = TOP + legend_lines * LEGEND_LINE;
    let height = top + (layout.depth + 1) * (BOX_H + GAP_Y) - GAP_Y + MARGIN;
    let mut svg = Svg::new(dimension(width), dimension(height), title);
    svg.text((MARGIN, 36), Font::plain(20).bold(), title);
    svg.legend((MARGIN, 64), width - MARGIN, &items);
    let place = |i: usize| {
        layout
            .at
            .get(i)
            .copied()
            .flatten()
            .map(|(x, y)| (x, y + top))
    };
    // Links first, so boxes sit on top of them; indirect ones before direct ones, so that
    // where two share a stretch the solid line shows.
    let mut links = drawn.clone();
    links.sort_by_key(|&i| {
        nodes
            .get(i)
            .and_then(|n| n.parent())
            .is_some_and(|p| p.kind == LinkKind::Direct)
    });
    for i in links {
        let Some(node) = nodes.get(i) else { continue };
        let (Some(parent), Some(link)) = (cascade.parent_index(i), node.parent()) else {
            continue;
        };
        let (Some(from), Some(to)) = (place(parent), place(i)) else {
            continue;
        };
        let start = (from.0 + BOX_W / 2, from.1 + BOX_H);
        let end = (to.0 + BOX_W / 2, to.1);
        let middle = start.1 + GAP_Y / 2;
        svg.polyline(
            &[start, (start.0, middle), (end.0, middle), end],
            MUTED,
            2,
            link.kind == LinkKind::Indirect,
        );
    }
    for &i in &drawn {
        let (Some(node), Some((x, y))) = (nodes.get(i), place(i)) else {
            continue;
        };
        svg.group(&format!("{}: {}", node.id(), one_line(node.statement())));
        svg.rect((x, y), (BOX_W, BOX_H), shade(node.level()), Some(MUTED));
        svg.text((x + 10, y + 20), Font::plain(12).bold(), node.id().as_str());
        for (line, text) in (0_i64..).zip(wrap(node.statement(), LINE_CHARS, STATEMENT_LINES)) {
            svg.text(
                (x + 10, y + 40 + line * 16),
                Font::plain(12).colour(INK),
                &text,
            );
        }
        let owner = wrap(&cascade.owner_name(node.owner()), LINE_CHARS + 4, 1);
        if let Some(owner) = owner.first() {
            svg.text(
                (x + 10, y + BOX_H - 10),
                Font::plain(10).colour(MUTED),
                owner,
            );
        }
        if let Some(achievement) = options.achievements.get(node.id()) {
            let colour = options.bands.colour_of(achievement.value()).unwrap_or(INK);
            svg.rect((x + BOX_W - 8, y), (8, BOX_H), colour, None);
            svg.text(
                (x + BOX_W - 14, y + 20),
                Font::plain(12).bold().right().colour(colour),
                &percent(achievement.value(), options.rounding, language),
            );
        }
        svg.end_group();
    }
    svg.finish()
}

/// What the legend explains: the colour of each level drawn, the two kinds of link, and
/// (where a figure is drawn) the colour of each band.
fn legend(cascade: &Cascade, drawn: &[usize], options: &TreeOptions<'_>) -> Vec<(Mark, String)> {
    let language = options.language;
    let nodes = cascade.nodes();
    let mut levels: Vec<Level> = drawn
        .iter()
        .filter_map(|&i| nodes.get(i))
        .map(|n| n.level())
        .collect();
    levels.sort_unstable();
    levels.dedup();
    let mut items: Vec<(Mark, String)> = levels
        .iter()
        .map(|level| {
            (
                Mark::Swatch(shade(*level)),
                level.label(language).to_owned(),
            )
        })
        .collect();
    let (direct, indirect) = match language {
        Language::Indonesian => (
            "Tautan langsung (realisasi dijumlahkan ke atas)",
            "Tautan tidak langsung (mendukung, tidak dijumlahkan)",
        ),
        Language::English => (
            "Direct link (realisation adds up)",
            "Indirect link (supports, does not add up)",
        ),
    };
    items.push((
        Mark::Line {
            colour: MUTED,
            dashed: false,
        },
        direct.to_owned(),
    ));
    items.push((
        Mark::Line {
            colour: MUTED,
            dashed: true,
        },
        indirect.to_owned(),
    ));
    let figures = drawn
        .iter()
        .filter_map(|&i| nodes.get(i))
        .any(|n| options.achievements.contains_key(n.id()));
    if figures {
        for band in options.bands.bands() {
            items.push((Mark::Swatch(band.colour()), band.describe(language)));
        }
    }
    items
}

/// Where each node's box goes: leaves side by side in the order a depth-first walk meets
/// them, each parent centred over its children, each level a row.
struct Layout {
    /// The top-left corner of each node's box below the legend, by node index; none for a
    /// node outside the tree drawn.
    at: Vec<Option<(i64, i64)>>,
    /// How many leaves, side by side.
    columns: i64,
    /// The deepest level's depth (roots are at 0).
    depth: i64,
}

impl Layout {
    fn of(cascade: &Cascade, roots: &[usize]) -> Self {
        let count = cascade.nodes().len();
        // A depth-first walk with a stack of its own: a deep cascade cannot overflow the
        // call stack.
        let mut order = Vec::with_capacity(count);
        let mut depths = vec![0_i64; count];
        let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
        while let Some(i) = stack.pop() {
            order.push(i);
            let depth = depths.get(i).copied().unwrap_or(0);
            for &child in cascade.children_indices(i).iter().rev() {
                if let Some(d) = depths.get_mut(child) {
                    *d = depth + 1;
                }
                stack.push(child);
            }
        }
        let mut xs = vec![0_i64; count];
        let mut columns = 0_i64;
        for &i in &order {
            if cascade.children_indices(i).is_empty() {
                if let Some(x) = xs.get_mut(i) {
                    *x = MARGIN + columns * (BOX_W + GAP_X);
                }
                columns += 1;
            }
        }
        // Children before parents: the walk's order reversed.
        for &i in order.iter().rev() {
            let children = cascade.children_indices(i);
            let first = children.first().and_then(|&c| xs.get(c)).copied();
            let last = children.last().and_then(|&c| xs.get(c)).copied();
            if let (Some(first), Some(last), Some(x)) = (first, last, xs.get_mut(i)) {
                *x = (first + last) / 2;
            }
        }
        let mut at = vec![None; count];
        for &i in &order {
            let (Some(&x), Some(&depth)) = (xs.get(i), depths.get(i)) else {
                continue;
            };
            if let Some(place) = at.get_mut(i) {
                *place = Some((x, depth * (BOX_H + GAP_Y)));
            }
        }
        Self {
            at,
            columns,
            depth: order
                .iter()
                .filter_map(|&i| depths.get(i))
                .copied()
                .max()
                .unwrap_or(0),
        }
    }
}

/// A light colour per level, darker towards the top of the tree.
const fn shade(level: Level) -> &'static str {
    match level {
        Level::Goal => "#bee3f8",
        Level::Objective => "#c3dafe",
        Level::Programme => "#e9d8fd",
        Level::Activity => "#fed7e2",
        Level::SubActivity => "#feebc8",
        _ => "#f0fff4",
    }
}
