//! Laws of the cascade, stated over randomly generated valid trees.

use crate::common;

use common::{cascade_from_tape, tape};
use kinerja::cascade::{CascadeError, Finding, Level, LinkKind, Node, Owner};
use kinerja::id::NodeId;
use kinerja::{Agency, Cascade, Language};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

fn build(numbers: &[u32]) -> Cascade {
    let (agency, nodes) = cascade_from_tape(numbers);
    Cascade::builder(agency.build().unwrap())
        .nodes(nodes)
        .build()
        .unwrap()
}

/// Parent of each node, by id, read from the input nodes (the test's own view of the tree).
fn parents(nodes: &[Node]) -> BTreeMap<NodeId, Option<NodeId>> {
    nodes
        .iter()
        .map(|n| (n.id().clone(), n.parent().map(|p| p.node.clone())))
        .collect()
}

/// Ancestors of `id`, nearest first (the input is acyclic, so this ends).
fn ancestors(parents: &BTreeMap<NodeId, Option<NodeId>>, id: &NodeId) -> Vec<NodeId> {
    let mut chain = Vec::new();
    let mut current = parents.get(id).cloned().flatten();
    while let Some(p) = current {
        chain.push(p.clone());
        current = parents.get(&p).cloned().flatten();
    }
    chain
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_trees_are_valid(numbers in tape()) {
        let (agency, nodes) = cascade_from_tape(&numbers);
        let built = Cascade::builder(agency.build().unwrap()).nodes(nodes).build();
        prop_assert!(built.is_ok(), "{:?}", built.err());
    }

    #[test]
    fn serde_round_trip(numbers in tape()) {
        let cascade = build(&numbers);
        let json = serde_json::to_string(&cascade).unwrap();
        let back: Cascade = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &cascade);
        // And the agency alone.
        let agency_json = serde_json::to_string(cascade.agency()).unwrap();
        let agency: Agency = serde_json::from_str(&agency_json).unwrap();
        prop_assert_eq!(&agency, cascade.agency());
    }

    #[test]
    fn input_order_changes_nothing(numbers in tape(), seed in any::<u64>()) {
        let (agency, nodes) = cascade_from_tape(&numbers);
        let agency = agency.build().unwrap();
        let straight = Cascade::builder(agency.clone()).nodes(nodes.clone()).build().unwrap();
        // A seeded Fisher-Yates shuffle of the nodes.
        let mut shuffled = nodes;
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let other = Cascade::builder(agency).nodes(shuffled).build().unwrap();
        prop_assert_eq!(&other, &straight);
        prop_assert_eq!(other.diagnose(), straight.diagnose());
        prop_assert_eq!(other.to_mermaid(Language::English), straight.to_mermaid(Language::English));
    }

    #[test]
    fn a_cycle_is_refused_naming_a_node_on_it(numbers in tape(), pick in any::<prop::sample::Index>(), down in any::<prop::sample::Index>()) {
        let (agency, mut nodes) = cascade_from_tape(&numbers);
        let up = parents(&nodes);
        // Pick a node A and one of its descendants D (or A itself); point A at D.
        let a = nodes[pick.index(nodes.len())].id().clone();
        let descendants: Vec<NodeId> = nodes
            .iter()
            .map(|n| n.id().clone())
            .filter(|id| id == &a || ancestors(&up, id).contains(&a))
            .collect();
        let d = descendants[down.index(descendants.len())].clone();
        // The cycle: D, D's parent, ..., A.
        let mut cycle = vec![d.clone()];
        if d != a {
            cycle.extend(ancestors(&up, &d).into_iter().take_while(|x| x != &a));
            cycle.push(a.clone());
        }
        let position = nodes.iter().position(|n| n.id() == &a).unwrap();
        nodes[position] = nodes[position].clone().under(d, LinkKind::Direct);
        let error = Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap_err();
        // The cycle is the first problem (a goal drawn into it may also have a parent now).
        match error.all()[0].clone() {
            CascadeError::Cycle { node } => prop_assert!(cycle.contains(&node), "{node} not in {cycle:?}"),
            other => prop_assert!(false, "expected a cycle, got {other}"),
        }
    }

    #[test]
    fn a_dangling_parent_is_refused_naming_the_node(numbers in tape(), pick in any::<prop::sample::Index>()) {
        let (agency, mut nodes) = cascade_from_tape(&numbers);
        let i = pick.index(nodes.len());
        let id = nodes[i].id().clone();
        nodes[i] = nodes[i].clone().under(NodeId::new("NOWHERE").unwrap(), LinkKind::Indirect);
        let error = Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap_err();
        prop_assert_eq!(&error.all()[0], &CascadeError::UnknownParent { node: id, parent: NodeId::new("NOWHERE").unwrap() });
    }

    #[test]
    fn a_repeated_id_is_refused_naming_it(numbers in tape(), pick in any::<prop::sample::Index>()) {
        let (agency, mut nodes) = cascade_from_tape(&numbers);
        let copy = nodes[pick.index(nodes.len())].clone();
        let id = copy.id().clone();
        nodes.push(copy);
        let error = Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap_err();
        // First the repeat itself; its copied indicators repeat too.
        prop_assert_eq!(&error.all()[0], &CascadeError::DuplicateNode { node: id });
    }

    /// Each finding is checked against the test's own walk of the input, and every gap the
    /// walk finds is reported.
    #[test]
    fn diagnostics_agree_with_a_direct_walk(numbers in tape()) {
        let cascade = build(&numbers);
        let nodes = cascade.nodes();
        let up = parents(nodes);
        let agency = cascade.agency();
        let by_id: BTreeMap<&NodeId, &Node> = nodes.iter().map(|n| (n.id(), n)).collect();
        let report: BTreeSet<Finding> = cascade.diagnose().findings().iter().cloned().collect();

        let mut expected = BTreeSet::new();
        for mission in agency.missions() {
            if !nodes.iter().any(|n| n.missions().contains(mission.id())) {
                expected.insert(Finding::MissionWithoutGoal { mission: mission.id().clone() });
            }
        }
        let position_of = |owner: &Owner| match owner {
            Owner::Position(p) => Some(p.clone()),
            Owner::Employee(e) => agency.employee(e).map(|e| e.position().clone()),
            Owner::Unit(_) => None,
        };
        for node in nodes {
            let chain = ancestors(&up, node.id());
            let root = chain.last().unwrap_or(node.id());
            if by_id[root].level() != Level::Goal {
                expected.insert(Finding::ServesNoGoal { node: node.id().clone(), level: node.level() });
            }
            let strategic = matches!(node.level(), Level::Goal | Level::Objective);
            let served = nodes.iter().any(|n| n.level() == Level::Result && ancestors(&up, n.id()).contains(node.id()));
            if strategic && !served {
                expected.insert(Finding::NotServed { node: node.id().clone(), level: node.level() });
            }
            if node.indicators().is_empty() {
                expected.insert(Finding::MissingIndicators { node: node.id().clone(), level: node.level() });
            }
            if let Some(parent) = chain.first().map(|p| by_id[p]) {
                if node.level().skips_from(parent.level()) {
                    expected.insert(Finding::SkippedLevel {
                        node: node.id().clone(), level: node.level(),
                        parent: parent.id().clone(), parent_level: parent.level(),
                    });
                }
            }
            if node.level() == Level::Result {
                let position = position_of(node.owner()).unwrap();
                let has_staff = agency.positions().iter()
                    .filter(|p| p.reports_to() == Some(&position))
                    .any(|p| agency.employees().iter().any(|e| e.position() == p.id()));
                let supported = nodes.iter().any(|n| n.level() == Level::Result && up[n.id()].as_ref() == Some(node.id()));
                if has_staff && !supported {
                    expected.insert(Finding::UnsupportedLeaderResult { node: node.id().clone(), owner: node.owner().clone() });
                }
            }
        }
        for employee in agency.employees() {
            let has = nodes.iter().any(|n| n.level() == Level::Result && match n.owner() {
                Owner::Employee(e) => e == employee.number(),
                Owner::Position(p) => p == employee.position(),
                Owner::Unit(_) => false,
            });
            if !has {
                expected.insert(Finding::EmployeeWithoutResults { employee: *employee.number() });
            }
        }
        prop_assert_eq!(report, expected);
    }

    #[test]
    fn role_result_matrix_places_every_supporting_result_once(numbers in tape()) {
        let cascade = build(&numbers);
        let agency = cascade.agency();
        for leader in agency.positions() {
            let matrix = cascade.role_result_matrix(leader.id()).unwrap();
            let staff: BTreeSet<_> = agency.staff_of(leader.id()).map(|e| *e.number()).collect();
            let rows: BTreeSet<_> = matrix.rows().iter().map(|r| *r.staff()).collect();
            prop_assert_eq!(&rows, &staff);
            for row in matrix.rows() {
                prop_assert_eq!(row.cells().len(), matrix.leader_results().len());
                for (column, cell) in matrix.leader_results().iter().zip(row.cells()) {
                    // Independent count: results owned by this staff member (or their position) under the column.
                    let expected = cascade.nodes().iter().filter(|n| {
                        n.level() == Level::Result
                            && n.parent().map(|p| &p.node) == Some(column)
                            && match n.owner() {
                                Owner::Employee(e) => e == row.staff(),
                                Owner::Position(p) => p == row.position(),
                                Owner::Unit(_) => false,
                            }
                    }).count();
                    prop_assert_eq!(cell.len(), expected);
                }
            }
        }
    }

    #[test]
    fn exports_draw_every_node_and_link(numbers in tape()) {
        let cascade = build(&numbers);
        let links = cascade.nodes().iter().filter(|n| n.parent().is_some()).count();
        let indirect = cascade.nodes().iter().filter(|n| n.parent().is_some_and(|p| p.kind == LinkKind::Indirect)).count();
        let mermaid = cascade.to_mermaid(Language::Indonesian);
        prop_assert_eq!(mermaid.lines().filter(|l| l.contains("[\"")).count(), cascade.nodes().len());
        prop_assert_eq!(mermaid.lines().filter(|l| l.contains("-->") || l.contains("-.->")).count(), links);
        prop_assert_eq!(mermaid.lines().filter(|l| l.contains("-.->")).count(), indirect);
        let dot = cascade.to_dot(Language::English);
        prop_assert_eq!(dot.lines().filter(|l| l.contains(" -> ")).count(), links);
        prop_assert_eq!(dot.lines().filter(|l| l.contains("style=dashed")).count(), indirect);
        let outline = cascade.outline(Language::English);
        prop_assert_eq!(outline.lines().count(), cascade.nodes().len());
    }

    #[test]
    fn a_changed_weight_breaks_the_total_naming_the_parent(numbers in tape(), pick in any::<prop::sample::Index>()) {
        let (agency, mut nodes) = cascade_from_tape(&numbers);
        let weighted: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].contribution().is_some()).collect();
        prop_assume!(!weighted.is_empty());
        let i = weighted[pick.index(weighted.len())];
        let old = nodes[i].contribution().unwrap().value();
        let new = if old >= rust_decimal::Decimal::ONE { old - rust_decimal::Decimal::ONE } else { old + rust_decimal::Decimal::ONE };
        let parent = nodes[i].parent().map(|p| p.node.clone());
        nodes[i] = nodes[i].clone().contributing(kinerja::num::Weight::new(new).unwrap());
        let error = Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap_err();
        match error {
            CascadeError::WeightTotal { parent: named, total } => {
                prop_assert_eq!(named, parent);
                prop_assert_eq!(total, rust_decimal::Decimal::from(100) - old + new);
            }
            other => prop_assert!(false, "expected a weight total error, got {other}"),
        }
    }
}
