//! The performance tree (pohon kinerja) as boxes and links, top down.

use super::svg::{BAD, Font, GOOD, INK, MUTED, Svg, dimension, wrap};
use crate::cascade::{Cascade, Level, LinkKind};
use crate::id::NodeId;
use crate::label::{Labelled, Language};
use crate::num::{Percent, Rounding};
use crate::written::percent;
use std::collections::BTreeMap;

const BOX_W: i64 = 230;
const BOX_H: i64 = 112;
const GAP_X: i64 = 24;
const GAP_Y: i64 = 56;
const MARGIN: i64 = 24;
const TOP: i64 = 64;
/// Characters of a statement on one line of a box, and the lines it may take.
const LINE_CHARS: usize = 32;
const STATEMENT_LINES: usize = 3;

/// The performance tree: each node a box coloured by its level (with a legend), holding its
/// id, statement and owner; each link a line from parent to child (dashed for an indirect
/// link); roots left to right in id order. `achievements` adds a figure to the boxes it names (green from 100 %, red below),
/// as [`Cascade::organisation_achievement`] gives them for goals and objectives; pass an
/// empty map for the tree alone.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::num::Rounding;
/// use std::collections::BTreeMap;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let svg = kinerja::present::performance_tree(&cascade, &BTreeMap::new(), Rounding::default(), Language::Indonesian);
/// assert!(svg.contains("Tujuan") && svg.contains("stroke-dasharray"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn performance_tree(
    cascade: &Cascade,
    achievements: &BTreeMap<NodeId, Percent>,
    rounding: Rounding,
    language: Language,
) -> String {
    let layout = Layout::of(cascade);
    let width = MARGIN * 2 + layout.columns.max(1) * (BOX_W + GAP_X) - GAP_X;
    let height = TOP + (layout.depth + 1) * (BOX_H + GAP_Y) - GAP_Y + MARGIN;
    let title = match language {
        Language::Indonesian => format!("Pohon kinerja: {}", cascade.agency().name()),
        Language::English => format!("Performance tree: {}", cascade.agency().name()),
    };
    let mut svg = Svg::new(dimension(width), dimension(height), &title);
    svg.text((MARGIN, 36), Font::plain(20).bold(), &title);
    legend(&mut svg, cascade, width, language);
    let nodes = cascade.nodes();
    // Links first, so boxes sit on top of them; indirect ones before direct ones, so that
    // where two share a stretch the solid line shows.
    let mut links: Vec<usize> = (0..nodes.len()).collect();
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
        let (Some(&from), Some(&to)) = (layout.at.get(parent), layout.at.get(i)) else {
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
    for (i, node) in nodes.iter().enumerate() {
        let Some(&(x, y)) = layout.at.get(i) else {
            continue;
        };
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
        if let Some(achievement) = achievements.get(node.id()) {
            let colour = if achievement.value() >= rust_decimal::Decimal::ONE_HUNDRED {
                GOOD
            } else {
                BAD
            };
            svg.text(
                (x + BOX_W - 10, y + 20),
                Font::plain(12).bold().right().colour(colour),
                &percent(achievement.value(), rounding, language),
            );
        }
    }
    svg.finish()
}

/// The colour of each level the tree holds, top right, in the order of the levels.
fn legend(svg: &mut Svg, cascade: &Cascade, width: i64, language: Language) {
    let mut levels: Vec<Level> = cascade.nodes().iter().map(|n| n.level()).collect();
    levels.sort_unstable();
    levels.dedup();
    let mut x = width - MARGIN;
    for level in levels.iter().rev() {
        let label = level.label(language);
        // About seven pixels a character at this size, and room for the swatch.
        let span = i64::try_from(label.chars().count()).unwrap_or(0) * 7 + 34;
        x -= span;
        svg.rect((x, 22), (14, 14), shade(*level), Some(MUTED));
        svg.text((x + 20, 34), Font::plain(12).colour(MUTED), label);
    }
}

/// Where each node's box goes: leaves side by side in the order a depth-first walk meets
/// them, each parent centred over its children, each level a row.
struct Layout {
    /// The top-left corner of each node's box, by node index.
    at: Vec<(i64, i64)>,
    /// How many leaves, side by side.
    columns: i64,
    /// The deepest level's depth (roots are at 0).
    depth: i64,
}

impl Layout {
    fn of(cascade: &Cascade) -> Self {
        let count = cascade.nodes().len();
        // A depth-first walk with a stack of its own: a deep cascade cannot overflow the
        // call stack.
        let mut order = Vec::with_capacity(count);
        let mut depths = vec![0_i64; count];
        let mut stack: Vec<usize> = (0..count)
            .filter(|&i| cascade.parent_index(i).is_none())
            .rev()
            .collect();
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
        let at = xs
            .iter()
            .zip(&depths)
            .map(|(&x, &depth)| (x, TOP + depth * (BOX_H + GAP_Y)))
            .collect();
        Self {
            at,
            columns,
            depth: depths.iter().copied().max().unwrap_or(0),
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
