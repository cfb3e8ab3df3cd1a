//! The text exports of the tree stay well formed whatever a statement holds: every line
//! break and control character is escaped (Mermaid: a space; DOT: its own `\n` for a line
//! break, a space for any other control character), so a statement can neither start a
//! line of its own nor end a label.

use kinerja::Language;
use kinerja::cascade::{Cascade, Indicator, Level, LinkKind, Node, Owner};
use kinerja::id::{IndicatorId, MissionId, NodeId, UnitId};
use proptest::prelude::*;

fn cascade(goal: &str, objective: &str) -> Cascade {
    let office = Owner::Unit(UnitId::new("DIK").unwrap());
    Cascade::builder(kinerja::sample::siulak_agency().unwrap())
        .nodes([
            Node::new(
                NodeId::new("T1").unwrap(),
                Level::Goal,
                goal,
                office.clone(),
            )
            .serving(MissionId::new("M1").unwrap())
            .indicator(Indicator::new(
                IndicatorId::new("IKT-1").unwrap(),
                "SD terakreditasi B",
                "sekolah",
            )),
            Node::new(
                NodeId::new("SS1").unwrap(),
                Level::Objective,
                objective,
                office,
            )
            .under(NodeId::new("T1").unwrap(), LinkKind::Indirect)
            .indicator(Indicator::new(
                IndicatorId::new("IKU-1").unwrap(),
                "SD terakreditasi B",
                "sekolah",
            )),
        ])
        .build()
        .unwrap()
}

/// Whether `c` may appear in an export other than as the end of one of its lines.
fn raw_break(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Text rich in what breaks exports: line breaks of every kind, controls, quotes, markup.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\n",
        "\r",
        "\r\n",
        "\u{b}",
        "\u{c}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{1b}[31m",
        "\t",
        "\0",
        "\u{7f}",
        "\u{9b}",
        "\"",
        "\\",
        "<b>",
        "#",
        "]",
        "}",
        "-->",
        "a",
        "Sekolah ",
    ]);
    (
        prop::collection::vec(pieces, 0..12),
        prop::collection::vec(any::<char>(), 0..8),
    )
        .prop_map(|(pieces, chars)| {
            let mut text: String = pieces.concat();
            text.extend(chars);
            // A blank statement is refused by the cascade; keep one visible letter.
            text.push('x');
            text
        })
}

/// The label of each DOT node line as DOT reads it (`\n` a line break, `\"` a quote, `\\`
/// a backslash); checks that the label ends at its own closing quote.
fn dot_labels(dot: &str) -> Vec<String> {
    dot.lines()
        .filter_map(|line| line.split_once("[label=\"").map(|(_, rest)| rest))
        .map(|rest| {
            let mut label = String::new();
            let mut chars = rest.char_indices();
            let mut end = rest.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some((_, 'n')) => label.push('\n'),
                        Some((_, other)) => label.push(other),
                        None => {}
                    },
                    '"' => {
                        end = i;
                        break;
                    }
                    _ => label.push(c),
                }
            }
            assert_eq!(&rest[end..], "\"];", "the label must end at its own quote");
            label
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn exports_escape_every_break_and_control(goal in hostile(), objective in hostile()) {
        let cascade = cascade(&goal, &objective);
        for language in [Language::Indonesian, Language::English] {
            let mermaid = cascade.to_mermaid(language);
            // The heading, two nodes and one link: nothing else starts a line.
            prop_assert_eq!(mermaid.split('\n').count(), 5, "{:?}", mermaid);
            prop_assert!(mermaid.split('\n').all(|line| !line.chars().any(raw_break)), "{:?}", mermaid);
            for line in mermaid.lines().filter(|l| l.contains("[\"")) {
                prop_assert!(line.ends_with("\"]"), "{:?}", line);
                let inside = &line[line.find("[\"").unwrap() + 2..line.len() - 2];
                prop_assert!(!inside.contains('"'), "{:?}", line);
            }
            let dot = cascade.to_dot(language);
            // The heading's three lines, two nodes, one link and the closing brace.
            prop_assert_eq!(dot.split('\n').count(), 8, "{:?}", dot);
            prop_assert!(dot.split('\n').all(|line| !line.chars().any(raw_break)), "{:?}", dot);
            let labels = dot_labels(&dot);
            prop_assert_eq!(labels.len(), 2);
            // Each label holds its three parts, and the statement's breaks as `\n`.
            // Nodes are written in id order: the objective (SS1) before the goal (T1).
            for (label, statement) in labels.iter().zip([&objective, &goal]) {
                let breaks = statement.replace("\r\n", "\n").chars().filter(|&c| {
                    matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
                }).count();
                prop_assert_eq!(label.matches('\n').count(), breaks + 2, "{:?}", label);
                prop_assert_eq!(label.chars().filter(|&c| c == '"').count(), statement.matches('"').count());
            }
            let outline = cascade.outline(language);
            prop_assert_eq!(outline.lines().count(), 2);
        }
    }
}

#[test]
fn unicode_line_breaks_and_escapes_never_pass_raw() {
    let cascade = cascade(
        "Satu\u{2028}dua\u{85}tiga\u{b}empat\u{c}lima\u{1b}[2J",
        "Enam\r\ntujuh",
    );
    let mermaid = cascade.to_mermaid(Language::English);
    assert!(
        mermaid.contains("Satu dua tiga empat lima [2J"),
        "{mermaid}"
    );
    assert!(mermaid.contains("Enam  tujuh"), "{mermaid}");
    let dot = cascade.to_dot(Language::English);
    assert!(
        dot.contains(r"T1\ngoal\nSatu\ndua\ntiga\nempat\nlima [2J"),
        "{dot}"
    );
    assert!(dot.contains(r"Enam\ntujuh"), "{dot}");
}
