//! Every rule of the cascade builder, one refusal at a time, on a small hand-built agency.

use crate::common;

use common::*;
use kinerja::Cascade;
use kinerja::cascade::{
    CascadeError, CascadeLimits, Finding, Level, LevelRule, LinkKind, Node, Owner,
};
use kinerja::id::IndicatorId;
use kinerja::num::Weight;
use rust_decimal::Decimal;

fn build_with(change: impl FnOnce(&mut Vec<Node>)) -> Result<Cascade, CascadeError> {
    let mut nodes = small_cascade_nodes();
    change(&mut nodes);
    Cascade::builder(small_agency()).nodes(nodes).build()
}

fn replace(nodes: &mut [Node], id: &str, node: Node) {
    let i = nodes.iter().position(|n| n.id().as_str() == id).unwrap();
    nodes[i] = node;
}

#[test]
fn the_small_cascade_is_sound_and_fully_aligned() {
    let cascade = small_cascade_builder().build().unwrap();
    assert_eq!(cascade.nodes().len(), 7);
    assert!(cascade.diagnose().is_clean(), "{:?}", cascade.diagnose());
    assert_eq!(cascade.depth_of(&node_id("R4")), Some(5));
    let children: Vec<_> = cascade
        .children_of(&node_id("R0"))
        .map(|n| n.id().as_str())
        .collect();
    assert_eq!(children, ["R1", "R2"]);
    assert_eq!(
        cascade.parent_of(&node_id("R3")).map(|n| n.id().as_str()),
        Some("R1")
    );
    let order: Vec<_> = cascade.top_down().map(|n| n.id().as_str()).collect();
    assert_eq!(order, ["T1", "S1", "R0", "R1", "R2", "R3", "R4"]);
}

#[test]
fn too_many_nodes() {
    let error = small_cascade_builder()
        .limits(CascadeLimits::default().with_max_nodes(6))
        .build()
        .unwrap_err();
    assert_eq!(error, CascadeError::TooManyNodes { count: 7, limit: 6 });
    assert_eq!(
        error.to_string(),
        "the cascade has 7 nodes, more than the limit of 6"
    );
}

#[test]
fn too_deep() {
    let error = small_cascade_builder()
        .limits(CascadeLimits::default().with_max_depth(4))
        .build()
        .unwrap_err();
    // R3 and R4 sit at depth 5; R3 comes first by id.
    assert_eq!(
        error,
        CascadeError::TooDeep {
            node: node_id("R3"),
            depth: 5,
            limit: 4
        }
    );
}

#[test]
fn self_parent_is_a_cycle() {
    let error =
        build_with(|nodes| replace(nodes, "R3", held("R3", Level::Result, "P3", Some("R3"))))
            .unwrap_err();
    assert_eq!(
        error.all()[0],
        CascadeError::Cycle {
            node: node_id("R3")
        }
    );
    assert_eq!(
        error.all()[0].to_string(),
        "node `R3` is its own ancestor: the cascade has a cycle"
    );
}

#[test]
fn blank_texts() {
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R3",
            Node::new(
                node_id("R3"),
                Level::Result,
                "  ",
                Owner::Position(position_id("P3")),
            )
            .under(node_id("R1"), LinkKind::Direct),
        );
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::BlankText {
            node: node_id("R3"),
            field: kinerja::org::TextField::Statement
        }
    );
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R3",
            held("R3", Level::Result, "P3", Some("R1")).indicator(
                kinerja::cascade::Indicator::new(IndicatorId::new("X").unwrap(), "Jumlah", "\t"),
            ),
        );
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::BlankText {
            node: node_id("R3"),
            field: kinerja::org::TextField::IndicatorUnit
        }
    );
}

#[test]
fn unknown_owners_of_each_kind() {
    for owner in [
        Owner::Unit(unit_id("NOPE")),
        Owner::Position(position_id("NOPE")),
        Owner::Employee(nip(99)),
    ] {
        let error = build_with(|nodes| {
            replace(
                nodes,
                "S1",
                Node::new(node_id("S1"), Level::Objective, "Sasaran", owner.clone())
                    .under(node_id("T1"), LinkKind::Indirect),
            );
        })
        .unwrap_err();
        assert_eq!(
            error,
            CascadeError::UnknownOwner {
                node: node_id("S1"),
                owner
            }
        );
    }
}

#[test]
fn goal_rules() {
    let broken = |node: &str, level, rule| CascadeError::Level {
        node: node_id(node),
        level,
        rule,
    };
    let no_mission = office("T1", Level::Goal, "Tujuan");
    assert_eq!(
        build_with(|nodes| replace(nodes, "T1", no_mission.clone())).unwrap_err(),
        broken("T1", Level::Goal, LevelRule::GoalNeedsMission)
    );
    assert_eq!(
        build_with(|nodes| replace(nodes, "T1", no_mission.clone().serving(mission_id("M9"))))
            .unwrap_err(),
        CascadeError::UnknownMission {
            node: node_id("T1"),
            mission: mission_id("M9")
        }
    );
    assert_eq!(
        build_with(|nodes| nodes.push(goal("T2").under(node_id("T1"), LinkKind::Direct)))
            .unwrap_err(),
        broken("T2", Level::Goal, LevelRule::GoalIsRoot)
    );
    assert_eq!(
        build_with(|nodes| replace(
            nodes,
            "S1",
            office("S1", Level::Objective, "Sasaran")
                .under(node_id("T1"), LinkKind::Indirect)
                .serving(mission_id("M1"))
        ))
        .unwrap_err(),
        broken("S1", Level::Objective, LevelRule::MissionOnlyOnGoal)
    );
}

#[test]
fn a_node_may_not_sit_below_its_own_or_a_lower_level() {
    let error = build_with(|nodes| {
        nodes.push(
            office("S2", Level::Objective, "Sasaran").under(node_id("S1"), LinkKind::Indirect),
        );
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::Level {
            node: node_id("S2"),
            level: Level::Objective,
            rule: LevelRule::ParentLevel {
                parent_level: Level::Objective
            }
        }
    );
    assert_eq!(
        error.to_string(),
        "node `S2` (strategic objective): it may not sit below a strategic objective"
    );
    let error = build_with(|nodes| {
        nodes.push(
            office("K1", Level::Activity, "Kegiatan").under(node_id("R0"), LinkKind::Indirect),
        );
    })
    .unwrap_err();
    assert!(matches!(
        error,
        CascadeError::Level {
            rule: LevelRule::ParentLevel {
                parent_level: Level::Result
            },
            ..
        }
    ));
}

#[test]
fn results_belong_to_people_and_only_results_are_additional() {
    let error = build_with(|nodes| {
        nodes.push(office("R9", Level::Result, "Hasil"));
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::Level {
            node: node_id("R9"),
            level: Level::Result,
            rule: LevelRule::ResultNeedsPerson
        }
    );
    let error = build_with(|nodes| {
        replace(
            nodes,
            "S1",
            office("S1", Level::Objective, "Sasaran")
                .under(node_id("T1"), LinkKind::Indirect)
                .additional(),
        );
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::Level {
            node: node_id("S1"),
            level: Level::Objective,
            rule: LevelRule::CategoryOnlyOnResult
        }
    );
}

#[test]
fn a_result_must_support_a_result_of_the_direct_superior() {
    // P3 reports to P1, but R3 is placed under P2's result.
    let error =
        build_with(|nodes| replace(nodes, "R3", held("R3", Level::Result, "P3", Some("R2"))))
            .unwrap_err();
    assert_eq!(
        error,
        CascadeError::NotSuperiorsResult {
            node: node_id("R3"),
            parent: node_id("R2"),
            superior: Some(position_id("P1"))
        }
    );
    assert_eq!(
        error.to_string(),
        "result `R3` must support a result of the direct superior (position `P1`), but its parent is `R2`"
    );
    // Skipping a level of the reporting line is refused too: P3 under the head's result.
    let error =
        build_with(|nodes| replace(nodes, "R3", held("R3", Level::Result, "P3", Some("R0"))))
            .unwrap_err();
    assert!(matches!(
        error,
        CascadeError::NotSuperiorsResult {
            superior: Some(_),
            ..
        }
    ));
    // A staff result may not hang directly under an organisational node.
    let error =
        build_with(|nodes| replace(nodes, "R3", held("R3", Level::Result, "P3", Some("S1"))))
            .unwrap_err();
    assert!(matches!(error, CascadeError::NotSuperiorsResult { .. }));
    // The head has no superior: their result must serve an organisational node.
    let error = build_with(|nodes| {
        replace(nodes, "R0", held("R0", Level::Result, "P0", Some("S1")));
        nodes.push(held("R0b", Level::Result, "P0", Some("R0")));
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::NotSuperiorsResult {
            node: node_id("R0b"),
            parent: node_id("R0"),
            superior: None
        }
    );
    // A result owned by the superior as an employee (rather than as a position) counts.
    let ok = build_with(|nodes| {
        nodes.push(
            Node::new(
                node_id("R1e"),
                Level::Result,
                "Hasil",
                Owner::Employee(nip(1)),
            )
            .under(node_id("R0"), LinkKind::Direct)
            .indicator(indicator("I-R1e")),
        );
        nodes.push(held("R3e", Level::Result, "P3", Some("R1e")));
    });
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn a_dangling_parent_hides_no_other_problem() {
    // R4 under a parent that does not exist, R1 and R2 weighted 60 and 30 under R0, and R3
    // alone under R1 weighted 50: all three problems at once, in the documented order.
    let w = |v: i64| Weight::new(Decimal::from(v)).unwrap();
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R1",
            held("R1", Level::Result, "P1", Some("R0")).contributing(w(60)),
        );
        replace(
            nodes,
            "R2",
            held("R2", Level::Result, "P2", Some("R0")).contributing(w(30)),
        );
        replace(
            nodes,
            "R3",
            held("R3", Level::Result, "P3", Some("R1")).contributing(w(50)),
        );
        replace(nodes, "R4", held("R4", Level::Result, "P4", Some("NOPE")));
    })
    .unwrap_err();
    assert_eq!(
        error.all(),
        [
            CascadeError::UnknownParent {
                node: node_id("R4"),
                parent: node_id("NOPE")
            },
            CascadeError::WeightTotal {
                parent: Some(node_id("R0")),
                total: Decimal::from(90)
            },
            CascadeError::WeightTotal {
                parent: Some(node_id("R1")),
                total: Decimal::from(50)
            },
        ]
    );
    let english = error.describe(kinerja::Language::English);
    assert!(english.starts_with("3 problems:\n- node `R4`"), "{english}");
}

#[test]
fn sibling_weights_are_all_or_none_and_total_100() {
    let w = |v: i64| Weight::new(Decimal::from(v)).unwrap();
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R1",
            held("R1", Level::Result, "P1", Some("R0")).contributing(w(100)),
        )
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::PartialWeights {
            parent: Some(node_id("R0")),
            unweighted: node_id("R2")
        }
    );
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R1",
            held("R1", Level::Result, "P1", Some("R0")).contributing(w(60)),
        );
        replace(
            nodes,
            "R2",
            held("R2", Level::Result, "P2", Some("R0")).contributing(w(30)),
        );
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::WeightTotal {
            parent: Some(node_id("R0")),
            total: Decimal::from(90)
        }
    );
    assert_eq!(
        error.to_string(),
        "weights of the children of `R0` total 90 %, not 100 %"
    );
    let ok = build_with(|nodes| {
        replace(
            nodes,
            "R1",
            held("R1", Level::Result, "P1", Some("R0"))
                .contributing(Weight::new(Decimal::new(3333, 2)).unwrap()),
        );
        replace(
            nodes,
            "R2",
            held("R2", Level::Result, "P2", Some("R0"))
                .contributing(Weight::new(Decimal::new(6667, 2)).unwrap()),
        );
    });
    assert!(ok.is_ok());
    // The roots form a sibling group of their own.
    let error = build_with(|nodes| {
        replace(nodes, "T1", goal("T1").contributing(w(50)));
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::WeightTotal {
            parent: None,
            total: Decimal::from(50)
        }
    );
}

#[test]
fn indicator_ids_are_unique_across_the_tree() {
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R4",
            held("R4", Level::Result, "P4", Some("R2")).indicator(indicator("I-R1")),
        );
    })
    .unwrap_err();
    assert_eq!(
        error,
        CascadeError::DuplicateIndicator {
            node: node_id("R4"),
            indicator: IndicatorId::new("I-R1").unwrap()
        }
    );
}

#[test]
fn errors_are_reported_in_the_documented_order() {
    // Every problem at once, in the documented order: a dangling parent (checked early)
    // before a blank statement (checked per node).
    let error = build_with(|nodes| {
        replace(
            nodes,
            "R4",
            Node::new(
                node_id("R4"),
                Level::Result,
                "",
                Owner::Position(position_id("P4")),
            )
            .under(node_id("NOPE"), LinkKind::Direct),
        );
    })
    .unwrap_err();
    assert_eq!(
        error.all(),
        [
            CascadeError::UnknownParent {
                node: node_id("R4"),
                parent: node_id("NOPE")
            },
            CascadeError::BlankText {
                node: node_id("R4"),
                field: kinerja::org::TextField::Statement
            }
        ]
    );
    let text = error.describe(kinerja::Language::Indonesian);
    assert!(
        text.starts_with("2 masalah:\n- simpul `R4` menyebut induk `NOPE` yang tidak ada\n- "),
        "{text}"
    );
}

#[test]
fn diagnostics_on_hand_made_gaps() {
    let cascade = build_with(|nodes| {
        // R4 is dropped: P2's result R2 is unsupported and P4's holder has no result.
        nodes.retain(|n| n.id().as_str() != "R4");
        // A free-floating result of P3, an objective without indicators, a programme skipping
        // the objective level.
        nodes.push(held("R3x", Level::Result, "P3", None));
        nodes.push(
            office("S2", Level::Objective, "Sasaran").under(node_id("T1"), LinkKind::Indirect),
        );
        nodes.push(
            office("PR1", Level::Programme, "Program")
                .under(node_id("T1"), LinkKind::Indirect)
                .indicator(indicator("I-PR1")),
        );
    })
    .unwrap();
    let findings = cascade.diagnose().findings().to_vec();
    assert_eq!(
        findings,
        vec![
            Finding::ServesNoGoal {
                node: node_id("R3x"),
                level: Level::Result
            },
            Finding::NotServed {
                node: node_id("S2"),
                level: Level::Objective
            },
            Finding::UnsupportedLeaderResult {
                node: node_id("R2"),
                owner: Owner::Position(position_id("P2"))
            },
            Finding::EmployeeWithoutResults { employee: nip(4) },
            Finding::MissingIndicators {
                node: node_id("S2"),
                level: Level::Objective
            },
            Finding::SkippedLevel {
                node: node_id("PR1"),
                level: Level::Programme,
                parent: node_id("T1"),
                parent_level: Level::Goal
            },
        ]
    );
}

#[test]
fn role_result_matrix_of_the_head() {
    let cascade = small_cascade_builder().build().unwrap();
    let matrix = cascade.role_result_matrix(&position_id("P0")).unwrap();
    assert_eq!(matrix.leader_results(), [node_id("R0")]);
    let rows: Vec<_> = matrix
        .rows()
        .iter()
        .map(|r| (*r.staff(), r.cells().to_vec()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (nip(1), vec![vec![node_id("R1")]]),
            (nip(2), vec![vec![node_id("R2")]])
        ]
    );
    assert_eq!(
        cascade
            .role_result_matrix(&position_id("NOPE"))
            .unwrap_err(),
        CascadeError::UnknownLeader {
            position: position_id("NOPE")
        }
    );
}

#[test]
fn exports_escape_what_their_syntax_reserves() {
    let cascade = build_with(|nodes| {
        replace(
            nodes,
            "R4",
            Node::new(
                node_id("R4"),
                Level::Result,
                "Say \"hi\" <b> #1 \\ end\nline",
                Owner::Position(position_id("P4")),
            )
            .under(node_id("R2"), LinkKind::Indirect),
        );
    })
    .unwrap();
    let mermaid = cascade.to_mermaid(kinerja::Language::English);
    assert!(
        mermaid.contains(r#"Say #quot;hi#quot; #lt;b#gt; #35;1 \ end line"#),
        "{mermaid}"
    );
    let dot = cascade.to_dot(kinerja::Language::English);
    assert!(dot.contains(r#"Say \"hi\" <b> #1 \\ end\nline"#), "{dot}");
    assert!(dot.contains(r#""R2" -> "R4" [style=dashed];"#));
}
