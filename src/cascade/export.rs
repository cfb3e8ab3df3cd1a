//! Text renderings of the tree: Mermaid, Graphviz DOT and an indented outline.
//! Pure functions returning strings; the caller decides where they go.

use super::{Cascade, LinkKind, Node, Owner};
use crate::label::{Labelled, Language};
use crate::text::{breaks_line, ends_line, one_line};
use std::fmt::Write;

/// The deepest indentation an outline uses.
const MAX_INDENT: usize = 40;

impl Cascade {
    /// The tree as a Mermaid flowchart, parents above children; direct links are solid
    /// arrows, indirect links dotted.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let cascade = kinerja::sample::siulak_cascade()?;
    /// let chart = cascade.to_mermaid(kinerja::Language::Indonesian);
    /// assert!(chart.starts_with("flowchart TD\n"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn to_mermaid(&self, language: Language) -> String {
        let mut out = String::from("flowchart TD\n");
        for (index, node) in self.nodes().iter().enumerate() {
            let label = mermaid_escape(&format!(
                "{} · {}: {}",
                node.id(),
                node.level().label(language),
                node.statement()
            ));
            let _ = writeln!(out, "    n{index}[\"{label}\"]");
        }
        for &child in &self.links.top_down {
            let (Some(node), Some(parent)) = (
                self.nodes().get(child),
                self.links.parent.get(child).copied().flatten(),
            ) else {
                continue;
            };
            let arrow = match node.parent().map(|p| p.kind) {
                Some(LinkKind::Indirect) => "-.->",
                _ => "-->",
            };
            let _ = writeln!(out, "    n{parent} {arrow} n{child}");
        }
        out
    }

    /// The tree as a Graphviz DOT digraph; direct links solid, indirect links dashed.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let cascade = kinerja::sample::siulak_cascade()?;
    /// let dot = cascade.to_dot(kinerja::Language::English);
    /// assert!(dot.starts_with("digraph cascade {"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn to_dot(&self, language: Language) -> String {
        let mut out = String::from("digraph cascade {\n    rankdir=TB;\n    node [shape=box];\n");
        for node in self.nodes() {
            // The parts are escaped one by one and joined by DOT's own line break.
            let label = [
                node.id().as_str(),
                node.level().label(language),
                node.statement(),
            ]
            .map(dot_escape)
            .join("\\n");
            let _ = writeln!(out, "    \"{}\" [label=\"{label}\"];", node.id());
        }
        for &child in &self.links.top_down {
            let Some(node) = self.nodes().get(child) else {
                continue;
            };
            if let Some(link) = node.parent() {
                let style = match link.kind {
                    LinkKind::Direct => "solid",
                    LinkKind::Indirect => "dashed",
                };
                let _ = writeln!(
                    out,
                    "    \"{}\" -> \"{}\" [style={style}];",
                    link.node,
                    node.id()
                );
            }
        }
        out.push_str("}\n");
        out
    }

    /// The tree as an indented outline, one node per line, children below their parent in id
    /// order: level, id, statement, owner, contribution, plan weight and indicators with their
    /// weights. A line starting with `~`
    /// is linked indirectly to its parent. Iterative, so any depth is fine; past 40 levels the
    /// indentation stops growing and each line shows its depth, e.g. `(41)`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let cascade = kinerja::sample::siulak_cascade()?;
    /// let outline = cascade.outline(kinerja::Language::Indonesian);
    /// assert!(outline.lines().next().unwrap_or("").starts_with("[Tujuan]"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn outline(&self, language: Language) -> String {
        let mut out = String::new();
        let roots: Vec<usize> = (0..self.nodes().len())
            .filter(|&i| self.links.parent.get(i).copied().flatten().is_none())
            .collect();
        let mut stack: Vec<(usize, usize)> = roots.iter().rev().map(|&r| (r, 0)).collect();
        while let Some((index, indent)) = stack.pop() {
            let Some(node) = self.nodes().get(index) else {
                continue;
            };
            self.outline_line(&mut out, node, indent, language);
            for &child in self.links.children_of(index).iter().rev() {
                stack.push((child, indent + 1));
            }
        }
        out
    }

    fn outline_line(&self, out: &mut String, node: &Node, indent: usize, language: Language) {
        let link = match node.parent().map(|p| p.kind) {
            Some(LinkKind::Indirect) => "~ ",
            _ => "",
        };
        // Indentation stops growing at MAX_INDENT levels, so a very deep tree still prints in
        // linear size; deeper lines show their depth instead.
        for _ in 0..indent.min(MAX_INDENT) {
            out.push_str("  ");
        }
        if indent > MAX_INDENT {
            let _ = write!(out, "({}) ", indent + 1);
        }
        let _ = write!(
            out,
            "{link}[{}] {} {} ({})",
            node.level().label(language),
            node.id(),
            one_line(node.statement()),
            one_line(&self.owner_name(node.owner())),
        );
        if let Some(weight) = node.contribution() {
            let _ = write!(out, " {weight}%");
        }
        if let Some(weight) = node.plan_weight() {
            let words = match language {
                Language::Indonesian => "bobot RHK",
                Language::English => "plan weight",
            };
            let _ = write!(out, " [{words} {weight}%]");
        }
        if node.is_shared() {
            let _ = write!(
                out,
                " ({})",
                match language {
                    Language::Indonesian => "hasil kerja bersama",
                    Language::English => "shared result",
                }
            );
        }
        for indicator in node.indicators() {
            let _ = write!(
                out,
                " <{}: {} ({})",
                indicator.id(),
                one_line(indicator.statement()),
                one_line(indicator.unit())
            );
            if let Some(weight) = indicator.weight() {
                let _ = write!(out, " {weight}%");
            }
            out.push('>');
        }
        out.push('\n');
    }

    /// The name of whoever owns a node: the unit's name, the position's title or the employee's
    /// name (the id where the agency does not know it).
    pub(crate) fn owner_name(&self, owner: &Owner) -> String {
        let agency = self.agency();
        match owner {
            Owner::Unit(id) => agency
                .unit(id)
                .map_or_else(|| id.to_string(), |u| u.name().to_owned()),
            Owner::Position(id) => agency
                .position(id)
                .map_or_else(|| id.to_string(), |p| p.title().to_owned()),
            Owner::Employee(number) => agency
                .employee(number)
                .map_or_else(|| number.to_string(), |e| e.name().to_owned()),
        }
    }
}

/// A Mermaid label's text: quotes and markup characters as Mermaid's entities, every line
/// break and control character (the Unicode separators U+0085, U+2028 and U+2029 too) as a
/// space, so a label stays on its line.
fn mermaid_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            c if breaks_line(c) => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A DOT label's text: backslash and quote escaped, each line break (a line feed, a
/// carriage return with or without one, a vertical tab, a form feed, U+0085, U+2028,
/// U+2029) as DOT's own `\n`, and every other control character (escape, tab, …) as a space.
fn dot_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\r' if chars.peek() == Some(&'\n') => {}
            c if ends_line(c) => out.push_str("\\n"),
            c if breaks_line(c) => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
