//! Pictures: well-formed SVG whatever the text inside, and showing what the results hold.

use kinerja::cascade::{Level, LinkKind, Node, Owner};
use kinerja::evaluation::{
    NineBox, OrganisationPredicate, Potential, Predicate, QuotaRounding, Rating, check_distribution,
};
use kinerja::id::{MissionId, NodeId};
use kinerja::num::Rounding;
use kinerja::present::{distribution_chart, indicator_chart, nine_box_grid, performance_tree};
use kinerja::{Cascade, Language};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The elements of an SVG document, checked as XML on the way: every tag closes in order,
/// attribute values and text hold no raw `<` and no `&` outside an entity.
fn elements(svg: &str) -> Vec<(String, String)> {
    let mut open: Vec<String> = Vec::new();
    let mut found = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert_clean_text(text);
        let end = rest[start..].find('>').expect("a tag ends") + start;
        let tag = &rest[start + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "tags close in order");
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            assert!(!name.is_empty(), "a tag has a name: <{tag}>");
            let attributes = tag.trim_end_matches('/');
            assert_eq!(attributes.matches('"').count() % 2, 0, "quotes pair: {tag}");
            assert_clean_text(&attributes.replace("=\"", " ").replace('"', " "));
            found.push((name.clone(), tag.to_owned()));
            if !tag.ends_with('/') {
                open.push(name);
            }
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "every element closes: {open:?}");
    found
}

fn assert_clean_text(text: &str) {
    assert!(!text.contains('<'), "raw < in {text:?}");
    for (i, _) in text.match_indices('&') {
        let entity: String = text[i..].chars().take_while(|&c| c != ';').collect();
        assert!(
            ["&amp", "&lt", "&gt", "&quot", "&#39"].contains(&entity.as_str()),
            "a bare & in {text:?}"
        );
    }
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "a control character"
    );
}

/// The text of every `<text>` element, in order.
fn texts(svg: &str) -> Vec<String> {
    svg.lines()
        .filter(|l| l.starts_with("<text"))
        .map(|l| {
            let start = l.find('>').unwrap() + 1;
            let end = l.rfind("</text>").unwrap();
            l[start..end].to_owned()
        })
        .collect()
}

fn any_box() -> impl Strategy<Value = NineBox> {
    (1..=9_u8).prop_map(|n| NineBox::new(n).unwrap())
}

proptest! {
    /// The grid shows each box's count where the rule book puts the box: rows from above
    /// expectation down, potential from low across (DOMAIN §5: above 4, 7, 9; meets 2, 5, 8;
    /// below 1, 3, 6).
    #[test]
    fn the_nine_box_counts_every_employee_in_its_box(
        boxes in prop::collection::vec(any_box(), 0..60),
        english in any::<bool>(),
    ) {
        let language = if english { Language::English } else { Language::Indonesian };
        let svg = nine_box_grid(boxes.iter().copied(), language);
        elements(&svg);
        let shown = texts(&svg);
        let layout = [4_u8, 7, 9, 2, 5, 8, 1, 3, 6];
        let mut cells = Vec::new();
        for (i, text) in shown.iter().enumerate() {
            let number = text.strip_prefix("Kotak ").or_else(|| text.strip_prefix("Box "));
            if let Some(Ok(number)) = number.map(str::parse::<u8>) {
                let count: usize = shown[i + 1].parse().unwrap();
                cells.push((number, count));
            }
        }
        prop_assert_eq!(cells.iter().map(|c| c.0).collect::<Vec<_>>(), layout.to_vec());
        for (number, count) in cells {
            prop_assert_eq!(count, boxes.iter().filter(|b| b.number() == number).count());
        }
        let total = boxes.len().to_string();
        prop_assert!(shown[0].contains(&total));
    }

    /// The distribution picture counts each predicate and each quota as the report does,
    /// marked green when allowed and red when not.
    #[test]
    fn the_distribution_shows_the_report(
        team in prop::collection::vec(prop::sample::select(Predicate::ALL.to_vec()), 1..40),
        organisation in prop::sample::select(OrganisationPredicate::ALL.to_vec()),
    ) {
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let report = check_distribution(&rules, organisation, team.iter().copied(), QuotaRounding::Strict).unwrap();
        let svg = distribution_chart(&report, Language::Indonesian);
        elements(&svg);
        let shown = texts(&svg);
        for predicate in Predicate::ALL {
            let at = shown.iter().position(|t| t == kinerja::Labelled::label(&predicate, Language::Indonesian)).unwrap();
            prop_assert_eq!(shown[at + 1].parse::<usize>().unwrap(), team.iter().filter(|p| **p == predicate).count());
        }
        for check in &report.checks {
            let at = shown.iter().position(|t| *t == check.quota.describe(Language::Indonesian)).unwrap();
            prop_assert_eq!(&shown[at + 1], &format!("{} ({}–{})", check.actual, check.min_count, check.max_count));
        }
        let red = svg.matches("stroke=\"#c53030\"").count();
        prop_assert_eq!(red, report.checks.iter().filter(|c| !c.satisfied).count());
    }

    /// Whatever a statement or a name holds (markup, ampersands, line breaks, control
    /// characters), the tree is well-formed SVG with one box per node and one line per link,
    /// dashed exactly for the indirect ones.
    #[test]
    fn the_tree_is_well_formed_whatever_the_text(
        statements in prop::collection::vec("[a-z]\\PC{0,60}|x<script>&\u{0}\n\u{2028}\"'", 1..12),
        links in prop::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..12),
    ) {
        let agency = kinerja::sample::siulak_agency().unwrap();
        let unit = agency.units()[0].id().clone();
        let mission = agency.missions()[0].id().clone();
        // Each node one level below a parent drawn from the nodes before it.
        let levels = [Level::Goal, Level::Objective, Level::Programme, Level::Activity, Level::SubActivity];
        let mut nodes = Vec::new();
        let mut depths: Vec<usize> = Vec::new();
        let mut indirect = 0;
        for (i, statement) in statements.iter().enumerate() {
            let id = NodeId::new(format!("N{i}")).unwrap();
            let node = if i == 0 {
                depths.push(0);
                Node::new(id, Level::Goal, statement.as_str(), Owner::Unit(unit.clone())).serving(mission.clone())
            } else {
                let parents: Vec<usize> = (0..i).filter(|&p| depths[p] < levels.len() - 1).collect();
                let (pick, direct) = links.get(i).map_or((0, true), |(p, d)| (p.index(parents.len()), *d));
                let parent = parents[pick];
                depths.push(depths[parent] + 1);
                indirect += usize::from(!direct);
                let kind = if direct { LinkKind::Direct } else { LinkKind::Indirect };
                Node::new(id, levels[depths[parent] + 1], statement.as_str(), Owner::Unit(unit.clone()))
                    .under(NodeId::new(format!("N{parent}")).unwrap(), kind)
            };
            nodes.push(node);
        }
        let cascade = match Cascade::builder(agency).nodes(nodes).build() {
            Ok(cascade) => cascade,
            Err(e) => panic!("{e}"),
        };
        let svg = performance_tree(&cascade, &BTreeMap::new(), Rounding::default(), Language::English);
        let found = elements(&svg);
        let boxes = found.iter().filter(|(name, tag)| name == "rect" && tag.contains("width=\"230\"")).count();
        prop_assert_eq!(boxes, statements.len());
        let lines: Vec<_> = found.iter().filter(|(name, _)| name == "polyline").collect();
        prop_assert_eq!(lines.len(), statements.len() - 1);
        prop_assert_eq!(lines.iter().filter(|(_, tag)| tag.contains("dasharray")).count(), indirect);
        for i in 0..statements.len() {
            let id = format!("N{i}");
            prop_assert!(texts(&svg).contains(&id));
        }
    }
}

#[test]
fn the_indicator_chart_draws_a_bar_per_realisation() {
    let definitions = kinerja::sample::siulak_definitions().unwrap();
    let measured = kinerja::sample::siulak_realisations().unwrap();
    let id = kinerja::id::IndicatorId::new("IKI-KUR-1").unwrap();
    let year: kinerja::period::Period = "2026".parse().unwrap();
    let trace = definitions
        .get(&id)
        .unwrap()
        .explain_achievement(year, &measured)
        .unwrap();
    let svg = indicator_chart(
        &trace,
        "Jumlah SD <Kurikulum & Merdeka>",
        Rounding::default(),
        Language::Indonesian,
    );
    let found = elements(&svg);
    let bars = found
        .iter()
        .filter(|(name, tag)| name == "rect" && tag.contains("#3182ce"))
        .count();
    let realised = trace
        .periods
        .iter()
        .filter(|p| p.realisation.is_some())
        .count();
    // One bar per realisation, and the legend's swatch.
    assert_eq!(bars, realised + 1);
    let shown = texts(&svg);
    assert!(shown[0].contains("Jumlah SD &lt;Kurikulum &amp; Merdeka&gt;"));
    for quarter in [
        "Triwulan I 2026",
        "Triwulan II 2026",
        "Triwulan III 2026",
        "Triwulan IV 2026",
    ] {
        assert!(shown.iter().any(|t| t == quarter), "{quarter}");
    }
    // The heading's achievement is the trace's, written the Indonesian way.
    let achieved = kinerja::present::percent(
        trace.achievement.unwrap().value(),
        Rounding::default(),
        Language::Indonesian,
    );
    assert!(shown[1].ends_with(&achieved), "{}", shown[1]);
}

#[test]
fn potential_and_rating_reach_the_box_the_rule_book_names() {
    use kinerja::evaluation::nine_box;
    let svg = nine_box_grid([nine_box(Rating::Above, Potential::Low)], Language::English);
    let shown = texts(&svg);
    let at = shown.iter().position(|t| t == "Box 4").unwrap();
    assert_eq!(shown[at + 1], "1");
    let _ = MissionId::new("M").unwrap();
}
