//! Roll-up along the cascade: direct links add up, indirect links do not.

use crate::common;

use common::{cascade_from_tape, tape};
use kinerja::cascade::{Indicator, Level, LinkKind, Node, Owner};
use kinerja::evaluation::organisation_score;
use kinerja::measure::{MeasureError, Target};
use kinerja::prelude::*;
use kinerja::scoring::ScoringError;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn q1() -> Period {
    "2026-Q1".parse().unwrap()
}

fn real(indicator: &str, value: i64) -> Realisation {
    Realisation::new(
        IndicatorId::new(indicator).unwrap(),
        q1(),
        Decimal::from(value),
    )
}

#[test]
fn the_siulak_division_adds_its_sections_direct_results() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    // RHK-KUR-1 and RHK-PENGAWAS-1 are linked directly to RHK-KABID-1 (all in "sekolah");
    // RHK-SAR-1 (in "ruang") is linked indirectly and adds nothing.
    let measured = Measurements::new([
        real("IKI-KUR-1", 12),
        real("IKI-PENGAWAS-1", 5),
        real("IKI-SAR-1", 3),
        real("IKI-DATA-1", 40),
    ])
    .unwrap();
    let rolled = cascade.roll_up(&[q1()], &measured).unwrap();
    let value = |indicator: &str| {
        rolled
            .get(&IndicatorId::new(indicator).unwrap(), q1())
            .map(Realisation::value)
    };
    assert_eq!(value("IKI-KABID-1"), Some(Decimal::from(17)));
    assert_eq!(value("IKI-KUR-1"), Some(Decimal::from(12))); // RHK-DATA-1 is indirect
    assert_eq!(value("IKI-SAR-1"), Some(Decimal::from(3)));
    assert_eq!(value("IKI-KADIS-1"), None); // RHK-KABID-1 is indirect to the head
}

#[test]
fn a_direct_link_across_units_is_refused() {
    let agency = common::small_agency();
    let mut nodes = common::small_cascade_nodes();
    // R4 (direct under R2) measured in "dokumen" while R2 is in "persen".
    let i = nodes.iter().position(|n| n.id().as_str() == "R4").unwrap();
    nodes[i] = Node::new(
        NodeId::new("R4").unwrap(),
        Level::Result,
        "Hasil",
        Owner::Position(PositionId::new("P4").unwrap()),
    )
    .under(NodeId::new("R2").unwrap(), LinkKind::Direct)
    .indicator(Indicator::new(
        IndicatorId::new("I-R4").unwrap(),
        "Dokumen",
        "dokumen",
    ));
    let cascade = Cascade::builder(agency).nodes(nodes).build().unwrap();
    assert_eq!(
        cascade
            .roll_up(&[q1()], &Measurements::default())
            .unwrap_err()
            .to_string(),
        "node `R2` adds dokumen from `R4` into its own persen"
    );
}

#[test]
fn the_organisation_scores_its_goals_and_objectives() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    let year: Period = "2026".parse().unwrap();
    let define = |id: &str, target: i64| {
        IndicatorDefinition::builder(IndicatorId::new(id).unwrap(), "persen", Polarity::Maximise)
            .target(year, Target::Value(Decimal::from(target)))
            .build()
            .unwrap()
    };
    let all = [
        define("IKT-1", 70),
        define("IKT-2", 80),
        define("IKU-1", 80),
        define("IKU-2", 25),
    ];
    let definitions = Definitions::new(all.clone()).unwrap();
    let at =
        |id: &str, v: i64| Realisation::new(IndicatorId::new(id).unwrap(), year, Decimal::from(v));
    let measured = Measurements::new([
        at("IKT-1", 63),
        at("IKT-2", 80),
        at("IKU-1", 76),
        at("IKU-2", 20),
    ])
    .unwrap();
    let scored = cascade
        .organisation_achievement(year, &definitions, &measured)
        .unwrap();
    let by_node: BTreeMap<&str, Decimal> = scored
        .iter()
        .map(|s| (s.node.as_str(), s.trace.achievement.unwrap().value()))
        .collect();
    // 63/70 = 90 %, 80/80 = 100 %, 76/80 = 95 %, 20/25 = 80 %.
    assert_eq!(by_node["T1"], Decimal::from(90));
    assert_eq!(by_node["T2"], Decimal::from(100));
    assert_eq!(by_node["SS1"], Decimal::from(95));
    assert_eq!(by_node["SS2"], Decimal::from(80));
    let missing = cascade
        .organisation_achievement(
            year,
            &Definitions::new(all[..3].to_vec()).unwrap(),
            &measured,
        )
        .unwrap_err();
    assert_eq!(
        missing,
        ScoringError::Measure(MeasureError::UnknownIndicator {
            indicator: IndicatorId::new("IKU-2").unwrap()
        })
    );
}

proptest! {
    /// A parent's rolled-up figure is its direct children's rolled-up figures plus, where it
    /// keeps its own figure, its own realisation (none when there is nothing at all); a
    /// realisation of a node that sums from its children and keeps no figure of its own is
    /// refused, naming the node and those children.
    #[test]
    fn rolled_up_figures_add_up(
        numbers in tape(),
        values in prop::collection::vec(prop::option::of(0..1000_i64), 64),
        keep in prop::collection::vec(any::<bool>(), 64),
        fill in any::<bool>(),
    ) {
        let (agency, mut nodes) = cascade_from_tape(&numbers);
        if fill {
            // Give every node an indicator, so that every direct link can add up.
            nodes = nodes.into_iter().map(|n| if n.indicators().is_empty() {
                let extra = format!("X{}", n.id());
                n.indicator(common::indicator(&extra))
            } else { n }).collect();
        }
        let nodes: Vec<Node> = nodes.into_iter().enumerate()
            .map(|(i, n)| if keep[i % keep.len()] { n.keeping_own_figure() } else { n })
            .collect();
        let cascade = Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap();
        let own: BTreeMap<NodeId, Option<Decimal>> = cascade.nodes().iter().enumerate()
            .map(|(i, n)| (n.id().clone(), values[i % values.len()].map(Decimal::from).filter(|_| !n.indicators().is_empty())))
            .collect();
        let measured = Measurements::new(cascade.nodes().iter().filter_map(|n| {
            let value = own[n.id()]?;
            Some(Realisation::new(n.indicators().first()?.id().clone(), q1(), value))
        })).unwrap();
        // A directly linked child with an indicator under a parent without one has nowhere
        // to add into: that is refused.
        let nowhere = cascade.nodes().iter().any(|n| {
            n.parent().is_some_and(|p| p.kind == LinkKind::Direct)
                && !n.indicators().is_empty()
                && cascade.parent_of(n.id()).unwrap().indicators().is_empty()
        });
        let adding = |node: &Node| -> Vec<NodeId> {
            let mut ids: Vec<NodeId> = cascade.children_of(node.id())
                .filter(|c| c.parent().unwrap().kind == LinkKind::Direct && !c.indicators().is_empty())
                .map(|c| c.id().clone())
                .collect();
            ids.sort();
            ids
        };
        let refused: BTreeMap<NodeId, Vec<NodeId>> = cascade.nodes().iter()
            .filter(|n| own[n.id()].is_some() && !n.keeps_own_figure() && !adding(n).is_empty())
            .map(|n| (n.id().clone(), adding(n)))
            .collect();
        let rolled = match cascade.roll_up(&[q1()], &measured) {
            Err(ScoringError::UnitMismatch { .. }) if nowhere => return Ok(()),
            Err(ScoringError::OwnFigureOfSummedNode { node, children, indicator, period, .. }) => {
                prop_assert!(!nowhere);
                prop_assert_eq!(refused.get(&node), Some(&children), "node {}", node);
                prop_assert_eq!(Some(&indicator), cascade.node(&node).unwrap().indicators().first().map(Indicator::id));
                prop_assert_eq!(period, q1());
                return Ok(());
            }
            other => other.unwrap(),
        };
        prop_assert!(!nowhere);
        prop_assert!(refused.is_empty(), "accepted {:?}", refused);
        // The expected figures, deepest first.
        let mut order: Vec<&Node> = cascade.nodes().iter().collect();
        order.sort_by_key(|n| std::cmp::Reverse(cascade.depth_of(n.id()).unwrap()));
        let mut expected: BTreeMap<NodeId, Option<Decimal>> = BTreeMap::new();
        for node in order {
            let mut total = own[node.id()];
            for child in cascade.children_of(node.id()) {
                if child.parent().unwrap().kind == LinkKind::Direct && !child.indicators().is_empty() {
                    if let Some(v) = expected[child.id()] {
                        total = Some(total.unwrap_or_default() + v);
                    }
                }
            }
            expected.insert(node.id().clone(), total);
        }
        for node in cascade.nodes() {
            if let Some(indicator) = node.indicators().first() {
                let got = rolled.get(indicator.id(), q1()).map(Realisation::value);
                prop_assert_eq!(got, expected[node.id()], "node {}", node.id());
            }
        }
    }
}

/// A section head's figure typed beside the figures of the staff who add into it is
/// refused, naming the node by statement and id and the children, in both languages; the
/// node that declares it keeps its own figure adds it to theirs.
#[test]
fn a_figure_typed_for_a_summed_node_is_refused_unless_it_keeps_its_own() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    let measured = Measurements::new([
        real("IKI-KUR-1", 12),
        real("IKI-PENGAWAS-1", 5),
        real("IKI-KABID-1", 4),
    ])
    .unwrap();
    let error = cascade.roll_up(&[q1()], &measured).unwrap_err();
    let ScoringError::OwnFigureOfSummedNode { node, children, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(node.as_str(), "RHK-KABID-1");
    let ids: Vec<&str> = children.iter().map(NodeId::as_str).collect();
    assert_eq!(ids, ["RHK-KUR-1", "RHK-PENGAWAS-1"]);
    let statement = cascade.node(node).unwrap().statement().to_owned();
    for language in [Language::Indonesian, Language::English] {
        let text = error.describe(language);
        for part in [
            statement.as_str(),
            "`RHK-KABID-1`",
            "`RHK-KUR-1`",
            "`RHK-PENGAWAS-1`",
            "`IKI-KABID-1`",
            "keeps_own_figure",
        ] {
            assert!(text.contains(part), "{text}");
        }
    }
    assert!(
        error
            .describe(Language::Indonesian)
            .contains("padahal angkanya jumlah angka bawahannya")
    );
    assert!(
        error
            .describe(Language::English)
            .contains("whose figure is the sum of its children's")
    );

    // Declared: its own 4 is added to its sections' 17.
    let nodes: Vec<Node> = cascade
        .nodes()
        .iter()
        .cloned()
        .map(|n| {
            if n.id().as_str() == "RHK-KABID-1" {
                n.keeping_own_figure()
            } else {
                n
            }
        })
        .collect();
    let keeping = Cascade::builder(cascade.agency().clone())
        .nodes(nodes)
        .build()
        .unwrap();
    let rolled = keeping.roll_up(&[q1()], &measured).unwrap();
    assert_eq!(
        rolled
            .get(&IndicatorId::new("IKI-KABID-1").unwrap(), q1())
            .map(Realisation::value),
        Some(Decimal::from(21))
    );
    // And the declaration survives JSON text.
    let text = serde_json::to_string(&keeping).unwrap();
    assert!(text.contains("\"keeps_own_figure\":true"));
    assert_eq!(serde_json::from_str::<Cascade>(&text).unwrap(), keeping);
}

/// The organisation's achievement weighs its objectives by their contribution to their goal
/// and the goal's among the goals: worked by hand.
#[test]
fn the_organisation_weighs_its_objectives() {
    use common::{goal, indicator, node_id, office, small_agency};
    let w = |v: i64| Weight::new(Decimal::from(v)).unwrap();
    let nodes = |weighted: bool| {
        let weigh = |node: Node, v: i64| {
            if weighted {
                node.contributing(w(v))
            } else {
                node
            }
        };
        vec![
            weigh(goal("T1"), 70),
            weigh(goal("T2"), 30),
            weigh(
                office("S1", Level::Objective, "Sasaran 1")
                    .under(node_id("T1"), LinkKind::Indirect)
                    .indicator(indicator("I-S1")),
                60,
            ),
            weigh(
                office("S2", Level::Objective, "Sasaran 2")
                    .under(node_id("T1"), LinkKind::Indirect)
                    .indicator(indicator("I-S2")),
                40,
            ),
            office("S3", Level::Objective, "Sasaran 3")
                .under(node_id("T2"), LinkKind::Indirect)
                .indicator(indicator("I-S3a").weighted(w(50)))
                .indicator(indicator("I-S3b").weighted(w(50))),
        ]
    };
    let year: Period = "2026".parse().unwrap();
    let define = |id: &str| {
        IndicatorDefinition::builder(IndicatorId::new(id).unwrap(), "persen", Polarity::Maximise)
            .target(year, Target::Value(Decimal::from(10)))
            .build()
            .unwrap()
    };
    let definitions = Definitions::new(
        ["I-T1", "I-T2", "I-S1", "I-S2", "I-S3a", "I-S3b"]
            .into_iter()
            .map(define),
    )
    .unwrap();
    // S1 10 / 10 = 100 %, S2 5 / 10 = 50 %, S3 (60 % + 100 %) / 2 = 80 %.
    let measured = Measurements::new(
        [("I-S1", 10), ("I-S2", 5), ("I-S3a", 6), ("I-S3b", 10)]
            .into_iter()
            .map(|(id, v)| Realisation::new(IndicatorId::new(id).unwrap(), year, Decimal::from(v))),
    )
    .unwrap();
    let score = |weighted: bool| {
        let cascade = Cascade::builder(small_agency())
            .nodes(nodes(weighted))
            .build()
            .unwrap();
        organisation_score(&cascade, year, &definitions, &measured)
            .unwrap()
            .unwrap()
    };
    // 0.7 × (0.6 × 100 + 0.4 × 50) + 0.3 × 80 = 56 + 24 = 80; shares 42, 28, 30.
    let weighted = score(true);
    assert_eq!(weighted.achievement.value(), Decimal::from(80));
    let shares: Vec<Decimal> = weighted
        .objectives
        .iter()
        .map(|o| o.share.value())
        .collect();
    assert_eq!(shares, [42, 28, 30].map(Decimal::from));
    assert_eq!(
        weighted.objectives[2].achievement.value(),
        Decimal::from(80)
    );
    // Without contributions: goals equal, objectives equal within their goal:
    // ((100 + 50) / 2 + 80) / 2 = 77.5.
    assert_eq!(score(false).achievement.value(), Decimal::new(775, 1));
}
