//! Walks are iterative: a chain a million nodes deep validates (with the depth limit raised)
//! without overflowing the stack, and is refused by the default limit with an error naming it.

use kinerja::cascade::{CascadeBuilder, CascadeError, CascadeLimits, Level, LinkKind, Node, Owner};
use kinerja::id::{MissionId, NodeId, PositionId, UnitId};
use kinerja::org::{JobLevel, Mission, Position, Unit};
use kinerja::{Agency, Cascade};

const DEPTH: usize = 1_000_000;

/// A goal, then a chain of results down a reporting line a million positions long: result
/// `R{i}` is owned by position `P{i}`, which reports to `P{i-1}`.
fn chain() -> CascadeBuilder {
    let unit = UnitId::new("U").unwrap();
    let mut agency = Agency::builder("Deep agency", "Vision")
        .mission(Mission::new(MissionId::new("M").unwrap(), "Mission"))
        .unit(Unit::new(unit.clone(), "Unit"));
    let position = |i: usize| PositionId::new(format!("P{i}")).unwrap();
    for i in 0..DEPTH - 1 {
        let mut p = Position::new(position(i), "Jabatan", unit.clone(), JobLevel::Executor);
        if i > 0 {
            p = p.reporting_to(position(i - 1));
        }
        agency = agency.position(p);
    }
    let agency = agency.build().unwrap();
    let mut nodes = Vec::with_capacity(DEPTH);
    nodes.push(
        Node::new(
            NodeId::new("G").unwrap(),
            Level::Goal,
            "Goal",
            Owner::Unit(unit),
        )
        .serving(MissionId::new("M").unwrap()),
    );
    for i in 0..DEPTH - 1 {
        let parent = if i == 0 {
            "G".to_owned()
        } else {
            format!("R{}", i - 1)
        };
        nodes.push(
            Node::new(
                NodeId::new(format!("R{i}")).unwrap(),
                Level::Result,
                "Result",
                Owner::Position(position(i)),
            )
            .under(NodeId::new(parent).unwrap(), LinkKind::Direct),
        );
    }
    Cascade::builder(agency).nodes(nodes)
}

#[test]
fn a_million_deep_chain_validates_with_the_limit_raised_and_is_refused_by_default() {
    let builder = chain();
    let raised = builder
        .clone()
        .limits(CascadeLimits::default().with_max_depth(DEPTH))
        .build()
        .unwrap();
    let last = NodeId::new(format!("R{}", DEPTH - 2)).unwrap();
    assert_eq!(raised.depth_of(&last), Some(DEPTH));
    // The diagnostics and the exports walk the whole chain too.
    assert!(raised.diagnose().findings().len() >= DEPTH - 1); // every node lacks an indicator
    assert_eq!(
        raised.outline(kinerja::Language::English).lines().count(),
        DEPTH
    );
    drop(raised);

    match builder.build() {
        Err(CascadeError::TooDeep { node, depth, limit }) => {
            assert_eq!(limit, CascadeLimits::DEFAULT_MAX_DEPTH);
            // The error names the first node past the limit in id order. Ids order as text:
            // G, R0, R1, R10, R100, ...; R0..R30 sit at depths 2..32 (within the limit), R10
            // at 12, and R100 at depth 102 is the first one too deep.
            assert_eq!(node.as_str(), "R100");
            assert_eq!(depth, 102);
        }
        other => panic!("expected the depth limit, got {other:?}"),
    }
}
