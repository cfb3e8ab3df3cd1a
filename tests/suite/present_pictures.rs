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

/// How many points a `<polyline>` tag joins.
fn points(tag: &str) -> usize {
    attribute(&format!("<{tag}>"), "points").map_or(0, |p| p.split(' ').count())
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

    /// The distribution picture counts each predicate (with its share of the team, two
    /// decimals) and each quota as the report does, marked green when allowed and red when
    /// not.
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
            let (count, share) = count_and_share(&shown[at + 1]);
            prop_assert_eq!(count, team.iter().filter(|p| **p == predicate).count());
            let exact = Decimal::from(count * 100) / Decimal::from(team.len());
            prop_assert_eq!(share, kinerja::present::percent(exact, Rounding::default(), Language::Indonesian));
        }
        for check in &report.checks {
            let at = shown.iter().position(|t| *t == check.quota.describe(Language::Indonesian)).unwrap();
            prop_assert_eq!(&shown[at + 1], &format!("{} ({}–{})", check.actual, check.min_count, check.max_count));
        }
        // The count's marks are four pixels wide; the legend's line is narrower.
        let red = svg.matches("stroke=\"#c53030\" stroke-width=\"4\"").count();
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
        // A link is a line of four points; the legend's two marks (solid and dashed) are
        // lines of two.
        let links: Vec<_> = found.iter().filter(|(name, tag)| name == "polyline" && points(tag) == 4).collect();
        prop_assert_eq!(links.len(), statements.len() - 1);
        prop_assert_eq!(links.iter().filter(|(_, tag)| tag.contains("dasharray")).count(), indirect);
        let marks: Vec<_> = found.iter().filter(|(name, tag)| name == "polyline" && points(tag) == 2).collect();
        prop_assert_eq!(marks.len(), 2);
        prop_assert_eq!(marks.iter().filter(|(_, tag)| tag.contains("dasharray")).count(), 1);
        for i in 0..statements.len() {
            let id = format!("N{i}");
            prop_assert!(texts(&svg).contains(&id));
        }
        // The tree below any node is well-formed too, with one box a node below it.
        let root = links.len() / 2;
        let root = NodeId::new(format!("N{root}")).unwrap();
        let options = kinerja::present::TreeOptions::new(Language::Indonesian);
        let part = kinerja::present::performance_subtree(&cascade, &root, &options).unwrap();
        let found = elements(&part);
        let boxes = found.iter().filter(|(name, tag)| name == "rect" && tag.contains("width=\"230\"")).count();
        prop_assert_eq!(boxes, below(&cascade, &root).len());
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

// ---- Issue 26: subtrees, band colours, legends, before and after, names, missed periods.

use kinerja::Decimal;
use kinerja::evaluation::{ComplianceReport, NineBoxRules};
use kinerja::num::Percent;
use kinerja::present::{
    BandColours, NameStyle, PictureError, TreeOptions, distribution_before_after,
    nine_box_with_names, performance_subtree, performance_tree_with,
};
use kinerja::scoring::BandTable;

/// The value of attribute `name` in the tag on `line`.
fn attribute<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = line.find(&key)? + key.len();
    let end = line[start..].find('"')? + start;
    Some(&line[start..end])
}

/// The content of the `<text>` on `line`.
fn text_of(line: &str) -> Option<&str> {
    if !line.starts_with("<text") {
        return None;
    }
    let start = line.find('>')? + 1;
    let end = line.rfind("</text>")?;
    Some(&line[start..end])
}

/// Text as the pictures escape it.
fn escaped(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c if c.is_control() => " ".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// No text a person reads shows a code: no Rust range, no period code.
fn assert_no_codes(svg: &str) {
    for text in texts(svg) {
        assert!(!text.contains("..="), "a range written as code: {text}");
        assert!(!text.contains("-Q"), "a period written as code: {text}");
    }
}

/// The colour the legend gives each band's label (`Baik: …` after its swatch).
fn legend_colours(
    svg: &str,
    language: Language,
    table: &BandTable<impl kinerja::Labelled>,
) -> BTreeMap<&'static str, String> {
    let lines: Vec<&str> = svg.lines().collect();
    let mut colours = BTreeMap::new();
    for band in table.bands() {
        let label = band.label.label(language);
        let at = lines
            .iter()
            .position(|l| {
                text_of(l).is_some_and(|t| t.starts_with(&format!("{}: ", escaped(label))))
            })
            .unwrap_or_else(|| panic!("no legend for {label}"));
        let swatch = lines[at - 1];
        assert!(swatch.starts_with("<rect"), "a swatch before {label}");
        colours.insert(label, attribute(swatch, "fill").unwrap().to_owned());
    }
    colours
}

/// The figure drawn in each node's box, and its colour: the box's group is titled with the
/// node's id; the figure is its bold text on the right.
fn figures(svg: &str) -> BTreeMap<String, (String, String)> {
    let mut found = BTreeMap::new();
    let mut node: Option<String> = None;
    let mut previous = "";
    for line in svg.lines() {
        let opened = previous == "<g>";
        previous = line;
        if line == "</g>" {
            node = None;
        } else if let Some(title) = line
            .strip_prefix("<title>")
            .and_then(|l| l.strip_suffix("</title>"))
            .filter(|_| opened)
        {
            node = title.split_once(": ").map(|(id, _)| id.to_owned());
        } else if let (Some(id), Some(text)) = (&node, text_of(line)) {
            if attribute(line, "text-anchor") == Some("end") {
                found.insert(
                    id.clone(),
                    (text.to_owned(), attribute(line, "fill").unwrap().to_owned()),
                );
            }
        }
    }
    found
}

/// The siulak cascade's ids and the ids of the nodes below each (itself included).
fn below(cascade: &Cascade, root: &NodeId) -> Vec<NodeId> {
    let mut out = vec![root.clone()];
    let mut i = 0;
    while i < out.len() {
        let children: Vec<NodeId> = cascade
            .children_of(&out[i])
            .map(|n| n.id().clone())
            .collect();
        out.extend(children);
        i += 1;
    }
    out
}

/// Draws `achievements` on the siulak tree coloured by `table`, and checks each figure's
/// colour is the legend's colour of the band the table gives the figure.
fn check_band_colours<L: kinerja::Labelled>(
    table: &BandTable<L>,
    achievements: &BTreeMap<NodeId, Percent>,
    language: Language,
) {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    let options = TreeOptions::new(language)
        .achievements(achievements)
        .bands(BandColours::of(table));
    let svg = performance_tree_with(&cascade, &options);
    elements(&svg);
    assert_no_codes(&svg);
    let legend = legend_colours(&svg, language, table);
    // One colour a band.
    let mut distinct: Vec<&String> = legend.values().collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), table.bands().len());
    let drawn = figures(&svg);
    for (node, achievement) in achievements {
        let (text, colour) = &drawn[node.as_str()];
        assert_eq!(
            text,
            &kinerja::present::percent(achievement.value(), Rounding::default(), language)
        );
        match table.classify(achievement.value(), |_| false) {
            Ok(band) => assert_eq!(
                colour,
                &legend[band.label.label(language)],
                "{node}: {text}"
            ),
            Err(_) => assert_eq!(colour, "#1f2933", "{node}: {text} lies outside the table"),
        }
    }
}

#[test]
fn ninety_four_percent_under_pp_30_is_coloured_baik() {
    let table = kinerja::regulation::pp_30_2019_bands();
    let achieved = BTreeMap::from([(
        NodeId::new("SS1").unwrap(),
        Percent::new(Decimal::from(94)).unwrap(),
    )]);
    check_band_colours(&table, &achieved, Language::Indonesian);
    let svg = performance_tree_with(
        &kinerja::sample::siulak_cascade().unwrap(),
        &TreeOptions::new(Language::Indonesian)
            .achievements(&achieved)
            .bands(BandColours::of(&table)),
    );
    let baik = &legend_colours(&svg, Language::Indonesian, &table)["Baik"];
    assert_eq!(&figures(&svg)["SS1"].1, baik);
    // The ranges as people write them.
    for range in [
        "Baik: 90 sampai di bawah 110 %",
        "Sangat Kurang: 0 sampai di bawah 50 %",
    ] {
        assert!(texts(&svg).iter().any(|t| t == range), "{range}");
    }
    assert!(
        texts(&svg)
            .iter()
            .any(|t| t.starts_with("Sangat Baik: 110–120 % (dengan inovasi"))
    );
}

#[test]
fn the_tree_legend_names_both_kinds_of_link() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    for language in [Language::Indonesian, Language::English] {
        let svg = performance_tree(&cascade, &BTreeMap::new(), Rounding::default(), language);
        let lines: Vec<&str> = svg.lines().collect();
        let shown = texts(&svg);
        let (direct, indirect) = match language {
            Language::Indonesian => ("Tautan langsung", "Tautan tidak langsung"),
            Language::English => ("Direct link", "Indirect link"),
        };
        for (words, dashed) in [(direct, false), (indirect, true)] {
            let at = lines
                .iter()
                .position(|l| text_of(l).is_some_and(|t| t.starts_with(words)))
                .unwrap();
            assert!(lines[at - 1].starts_with("<polyline"));
            assert_eq!(
                lines[at - 1].contains("stroke-dasharray"),
                dashed,
                "{words}"
            );
        }
        // No figure, no band legend.
        assert!(
            !shown
                .iter()
                .any(|t| t.starts_with("Baik:") || t.starts_with("good:"))
        );
    }
}

#[test]
fn a_subtree_holds_exactly_the_nodes_below_its_root() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    let options = TreeOptions::new(Language::Indonesian);
    let whole = performance_tree_with(&cascade, &options);
    let whole_width: i64 = attribute(whole.lines().next().unwrap(), "width")
        .unwrap()
        .parse()
        .unwrap();
    for root in cascade.nodes() {
        let svg = performance_subtree(&cascade, root.id(), &options).unwrap();
        elements(&svg);
        assert_no_codes(&svg);
        let inside = below(&cascade, root.id());
        // Each box's group is titled with its node's id and whole statement.
        let titles: Vec<String> = svg
            .lines()
            .skip(2)
            .filter_map(|l| {
                l.strip_prefix("<title>")
                    .and_then(|l| l.strip_suffix("</title>"))
            })
            .map(str::to_owned)
            .collect();
        let mut expected: Vec<String> = inside
            .iter()
            .map(|id| format!("{id}: {}", escaped(cascade.node(id).unwrap().statement())))
            .collect();
        let mut titles_sorted = titles.clone();
        titles_sorted.sort();
        expected.sort();
        assert_eq!(titles_sorted, expected, "below {}", root.id());
        // No statement from outside, unless a node inside says the same.
        let statements: Vec<&str> = inside
            .iter()
            .map(|id| cascade.node(id).unwrap().statement())
            .collect();
        let shown = texts(&svg);
        for node in cascade.nodes() {
            let id_shown = shown.iter().any(|t| t == node.id().as_str());
            assert_eq!(
                id_shown,
                inside.contains(node.id()),
                "{} below {}",
                node.id(),
                root.id()
            );
            if !statements.contains(&node.statement()) {
                assert!(
                    !titles
                        .iter()
                        .any(|t| t.ends_with(&escaped(node.statement())))
                );
            }
        }
        // As wide as its leaves (or the least width), never wider than the whole tree.
        let leaves = inside
            .iter()
            .filter(|id| cascade.children_of(id).next().is_none())
            .count() as i64;
        let width: i64 = attribute(svg.lines().next().unwrap(), "width")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(width, (48 + leaves * 254 - 24).max(560));
        assert!(width <= whole_width);
    }
}

#[test]
fn a_subtree_of_an_unknown_node_is_refused() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    let missing = NodeId::new("TIDAK-ADA").unwrap();
    let refused = performance_subtree(&cascade, &missing, &TreeOptions::new(Language::English));
    assert_eq!(
        refused,
        Err(PictureError::UnknownNode {
            node: missing.clone()
        })
    );
    // As the crate's error: its kind, the node it concerns, both languages.
    let error = kinerja::Error::from(refused.unwrap_err());
    assert_eq!(error.kind(), kinerja::ErrorKind::Picture);
    assert_eq!(error.subject(), Some(kinerja::ErrorSubject::Node(missing)));
    assert!(
        error
            .describe(Language::Indonesian)
            .contains("tidak ada dalam pohon kinerja")
    );
    assert!(
        error
            .describe(Language::English)
            .contains("is not in the performance tree")
    );
}

/// The texts after the text equal to `label`.
fn texts_after<'a>(shown: &'a [String], label: &str) -> &'a [String] {
    let at = shown
        .iter()
        .position(|t| t == label)
        .unwrap_or_else(|| panic!("no {label}"));
    &shown[at + 1..]
}

/// `count (share %)` read back: the count, and the share's text.
fn count_and_share(text: &str) -> (usize, String) {
    let (count, share) = text.split_once(" (").unwrap();
    (
        count.parse().unwrap(),
        share.trim_end_matches(')').to_owned(),
    )
}

fn team_and_change() -> impl Strategy<Value = (Vec<Predicate>, Vec<Predicate>)> {
    prop::collection::vec(
        (
            prop::sample::select(Predicate::ALL.to_vec()),
            prop::sample::select(Predicate::ALL.to_vec()),
        ),
        1..40,
    )
    .prop_map(|pairs| pairs.into_iter().unzip())
}

#[test]
fn reports_of_different_teams_are_not_compared() {
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let check = |team: &[Predicate]| -> ComplianceReport {
        check_distribution(
            &rules,
            OrganisationPredicate::Good,
            team.iter().copied(),
            QuotaRounding::Strict,
        )
        .unwrap()
    };
    let before = check(&[Predicate::Good, Predicate::Good]);
    let after = check(&[Predicate::Good]);
    assert_eq!(
        distribution_before_after(&before, &after, Language::Indonesian),
        Err(PictureError::ReportsDiffer {
            before: 2,
            after: 1
        })
    );
}

proptest! {
    /// Each figure is coloured as its band's entry in the legend, under every rule's table.
    #[test]
    fn figures_take_the_colour_of_their_band(
        values in prop::collection::vec(0..15_000_i64, 18),
        table in 0..3_usize,
        english in any::<bool>(),
    ) {
        let language = if english { Language::English } else { Language::Indonesian };
        let cascade = kinerja::sample::siulak_cascade().unwrap();
        let achievements: BTreeMap<NodeId, Percent> = cascade
            .nodes()
            .iter()
            .zip(&values)
            .map(|(node, &v)| (node.id().clone(), Percent::new(Decimal::new(v, 2)).unwrap()))
            .collect();
        match table {
            0 => check_band_colours(&kinerja::regulation::pp_30_2019_bands(), &achievements, language),
            1 => check_band_colours(&kinerja::regulation::default_organisation_bands(), &achievements, language),
            _ => check_band_colours(&kinerja::regulation::default_result_thresholds(), &achievements, language),
        }
    }

    /// Before and after: each bar's count is the report's, its share the count over the
    /// team with two decimals, the counts of each side sum to the team, and every quota
    /// shows both counts and the range it allows.
    #[test]
    fn the_distribution_before_and_after_shows_both_reports(
        (team, changed) in team_and_change(),
        organisation in prop::sample::select(OrganisationPredicate::ALL.to_vec()),
        english in any::<bool>(),
    ) {
        let language = if english { Language::English } else { Language::Indonesian };
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let before = check_distribution(&rules, organisation, team.iter().copied(), QuotaRounding::Strict).unwrap();
        let after = before.recount(changed.iter().copied()).unwrap();
        let svg = distribution_before_after(&before, &after, language).unwrap();
        elements(&svg);
        assert_no_codes(&svg);
        let shown = texts(&svg);
        let mut sums = [0_usize; 2];
        for predicate in Predicate::ALL {
            let rows = texts_after(&shown, &escaped(kinerja::Labelled::label(&predicate, language)));
            for (side, (report, text)) in [(&before, &rows[0]), (&after, &rows[1])].into_iter().enumerate() {
                let (count, share) = count_and_share(text);
                prop_assert_eq!(count, report.counts[predicate]);
                let exact = Decimal::from(count * 100) / Decimal::from(team.len());
                prop_assert_eq!(share, kinerja::present::percent(exact, Rounding::default(), language));
                sums[side] += count;
            }
        }
        prop_assert_eq!(sums, [team.len(), team.len()]);
        for (earlier, check) in before.checks.iter().zip(&after.checks) {
            let rows = texts_after(&shown, &escaped(&check.quota.describe(language)));
            let (b, a) = match language {
                Language::Indonesian => ("sebelum", "sesudah"),
                Language::English => ("before", "after"),
            };
            let expected_start = format!("{b} {}, {a} {} (", earlier.actual, check.actual);
            let expected_end = format!("{}–{})", check.min_count, check.max_count);
            prop_assert!(rows[0].starts_with(&expected_start), "{}", rows[0]);
            prop_assert!(rows[0].ends_with(&expected_end), "{}", rows[0]);
        }
    }

    /// Every name placed appears in its box (escaped), whole or by its initials; each box
    /// says how many it holds and what it means.
    #[test]
    fn every_name_appears_in_its_box(
        people in prop::collection::vec((any_box(), "[A-Za-z][A-Za-z .,'&<>\"]{0,44}"), 0..30),
        initials in any::<bool>(),
        english in any::<bool>(),
    ) {
        let language = if english { Language::English } else { Language::Indonesian };
        let style = if initials { NameStyle::Initials } else { NameStyle::Full };
        let rules = NineBoxRules::default();
        let svg = nine_box_with_names(people.iter().map(|(b, n)| (*b, n.as_str())), &rules, style, language);
        elements(&svg);
        assert_no_codes(&svg);
        let shown = texts(&svg);
        // Each box's texts run from its number to the next box's.
        let mut boxes: BTreeMap<u8, Vec<String>> = BTreeMap::new();
        let mut current = None;
        for text in &shown {
            let number = text.strip_prefix("Kotak ").or_else(|| text.strip_prefix("Box "));
            if let Some(Ok(number)) = number.map(str::parse::<u8>) {
                current = Some(number);
                continue;
            }
            if let Some(number) = current {
                boxes.entry(number).or_default().push(text.clone());
            }
        }
        prop_assert_eq!(boxes.len(), 9);
        for (number, inside) in &boxes {
            let held: Vec<&String> = people.iter().filter(|(b, _)| b.number() == *number).map(|(_, n)| n).collect();
            let count = inside[0].split(' ').next().unwrap().parse::<usize>().unwrap();
            prop_assert_eq!(count, held.len());
            let actions = &rules.actions[&kinerja::evaluation::NineBox::new(*number).unwrap()];
            let first = kinerja::Labelled::label(&actions[0], language);
            prop_assert!(inside[1].to_lowercase().starts_with(first), "{}: {}", number, inside[1]);
            for name in held {
                let written = if initials {
                    name.split_whitespace()
                        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
                        .flat_map(char::to_uppercase)
                        .collect::<String>()
                } else {
                    name.clone()
                };
                prop_assert!(inside.contains(&escaped(&written)), "{} not in box {}", written, number);
            }
        }
    }

    /// A period with no realisation is marked missing, with its words; a realisation of 0
    /// is a figure, never marked missing.
    #[test]
    fn missed_periods_are_marked_and_zero_is_not(
        realised in prop::collection::vec(prop::option::of(0..8_i64), 4),
        english in any::<bool>(),
    ) {
        let language = if english { Language::English } else { Language::Indonesian };
        let definitions = kinerja::sample::siulak_definitions().unwrap();
        let measured = kinerja::sample::siulak_realisations().unwrap();
        let id = kinerja::id::IndicatorId::new("IKI-KUR-1").unwrap();
        let year: kinerja::period::Period = "2026".parse().unwrap();
        let mut trace = definitions.get(&id).unwrap().explain_achievement(year, &measured).unwrap();
        for (period, value) in trace.periods.iter_mut().zip(&realised) {
            period.realisation = value.map(Decimal::from);
        }
        let svg = indicator_chart(&trace, "Jumlah SD", Rounding::default(), language);
        let found = elements(&svg);
        assert_no_codes(&svg);
        let missing = realised.iter().filter(|r| r.is_none()).count();
        let words = match language {
            Language::Indonesian => "tidak ada realisasi",
            Language::English => "no realisation",
        };
        let shown = texts(&svg);
        prop_assert_eq!(shown.iter().filter(|t| *t == words).count(), missing);
        // One dashed outline a missing period, and one in the legend when any is missing.
        let marks = found.iter().filter(|(name, tag)| name == "rect" && tag.contains("stroke-dasharray")).count();
        prop_assert_eq!(marks, missing + usize::from(missing > 0));
        // Each realisation's figure is drawn, a 0 included (besides the axis's 0).
        let zeros = realised.iter().filter(|r| **r == Some(0)).count();
        prop_assert!(shown.iter().filter(|t| *t == "0").count() > zeros);
    }
}
