//! The validated performance tree and the builder that checks it.

use super::{CascadeLimits, Level, Node, Owner};
use crate::error::{CascadeError, LevelRule};
use crate::forest;
use crate::id::NodeId;
use crate::org::Agency;
use crate::text::{first_repeated, is_blank};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A validated performance tree (pohon kinerja) on an [`Agency`].
///
/// Made only by [`CascadeBuilder::build`] (or deserialised through it). Once made:
/// - node ids are unique, every parent exists and the links have no cycle;
/// - no node is deeper than [`CascadeLimits::max_depth`], and there are at most
///   [`CascadeLimits::max_nodes`] nodes;
/// - every owner and mission exists in the agency, and every node sits below a higher level;
/// - every individual result (RHK) with a parent supports a result of its owner's direct
///   superior (or, for an owner with no superior, an organisational node);
/// - among the children of one parent, either no node is weighted or all are and the weights
///   total exactly 100 %;
/// - indicator ids are unique across the tree.
///
/// What is allowed but worth a look (a result serving no goal, a leader's result nobody
/// supports, ...) is reported by [`Cascade::diagnose`], not refused.
///
/// Nodes are kept sorted by id; every walk is iterative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CascadeBuilder", into = "CascadeBuilder")]
pub struct Cascade {
    agency: Agency,
    limits: CascadeLimits,
    nodes: Vec<Node>,
    pub(super) links: Links,
}

/// Index-based links between nodes, derived from the nodes at build time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Links {
    /// Parent index of each node.
    pub(super) parent: Vec<Option<usize>>,
    /// Children of node `i` are `children[child_start[i]..child_start[i + 1]]`, in id order.
    child_start: Vec<usize>,
    children: Vec<usize>,
    /// Depth of each node; a root is at depth 1.
    pub(super) depth: Vec<usize>,
    /// Index in the agency's positions of each node's owning position (none for units).
    pub(super) owner_position: Vec<Option<usize>>,
    /// All node indices, parents before children (by depth, then id).
    pub(super) top_down: Vec<usize>,
}

impl Links {
    pub(super) fn children_of(&self, index: usize) -> &[usize] {
        let from = self.child_start.get(index).copied().unwrap_or(0);
        let to = self.child_start.get(index + 1).copied().unwrap_or(from);
        self.children.get(from..to).unwrap_or(&[])
    }
}

/// The parts of a [`Cascade`] before validation; also its wire form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CascadeBuilder {
    agency: Agency,
    #[serde(default)]
    limits: CascadeLimits,
    #[serde(default)]
    nodes: Vec<Node>,
}

impl Cascade {
    /// Starts a cascade on `agency` with the default limits.
    #[must_use]
    pub fn builder(agency: Agency) -> CascadeBuilder {
        CascadeBuilder {
            agency,
            limits: CascadeLimits::default(),
            nodes: Vec::new(),
        }
    }

    /// The agency the cascade belongs to.
    #[must_use]
    pub const fn agency(&self) -> &Agency {
        &self.agency
    }

    /// The limits it was validated against.
    #[must_use]
    pub const fn limits(&self) -> CascadeLimits {
        self.limits
    }

    /// All nodes, sorted by id.
    #[must_use]
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node with `id`.
    #[must_use]
    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.index_of(id).and_then(|i| self.nodes.get(i))
    }

    /// The parent of node `id`.
    #[must_use]
    pub fn parent_of(&self, id: &NodeId) -> Option<&Node> {
        self.index_of(id).and_then(|i| self.parent_of_index(i))
    }

    /// The children of node `id`, by id.
    pub fn children_of(&self, id: &NodeId) -> impl Iterator<Item = &Node> {
        let children = self
            .index_of(id)
            .map_or(&[][..], |i| self.links.children_of(i));
        children.iter().filter_map(|&c| self.nodes.get(c))
    }

    /// The depth of node `id` (a root is at depth 1).
    #[must_use]
    pub fn depth_of(&self, id: &NodeId) -> Option<usize> {
        self.index_of(id)
            .and_then(|i| self.links.depth.get(i).copied())
    }

    /// The nodes without a parent, by id.
    pub fn roots(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(|n| n.parent().is_none())
    }

    /// The nodes of one level, by id.
    pub fn at_level(&self, level: Level) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(move |n| n.level() == level)
    }

    /// Every node, parents before children (by depth, then id).
    pub fn top_down(&self) -> impl Iterator<Item = &Node> {
        self.links
            .top_down
            .iter()
            .filter_map(|&i| self.nodes.get(i))
    }

    pub(super) fn parent_of_index(&self, index: usize) -> Option<&Node> {
        self.links
            .parent
            .get(index)
            .copied()
            .flatten()
            .and_then(|p| self.nodes.get(p))
    }

    pub(super) fn index_of(&self, id: &NodeId) -> Option<usize> {
        self.nodes.binary_search_by(|n| n.id().cmp(id)).ok()
    }
}

impl CascadeBuilder {
    /// Sets the limits to validate against.
    #[must_use]
    pub const fn limits(mut self, limits: CascadeLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Adds a node.
    #[must_use]
    pub fn node(mut self, node: Node) -> Self {
        self.nodes.push(node);
        self
    }

    /// Adds nodes.
    #[must_use]
    pub fn nodes(mut self, nodes: impl IntoIterator<Item = Node>) -> Self {
        self.nodes.extend(nodes);
        self
    }

    /// Validates the tree and makes the [`Cascade`].
    ///
    /// # Errors
    /// [`CascadeError`] on the first problem, checked in this order so that the same input
    /// always gives the same error: the node count limit; repeated node ids; unknown parents;
    /// cycles; the depth limit; then, node by node in id order, blank text, unknown owners and
    /// missions, level rules and the direct-superior rule; then sibling weights; last,
    /// repeated indicator ids.
    pub fn build(self) -> Result<Cascade, CascadeError> {
        let Self {
            agency,
            limits,
            mut nodes,
        } = self;
        if nodes.len() > limits.max_nodes() {
            return Err(CascadeError::TooManyNodes {
                count: nodes.len(),
                limit: limits.max_nodes(),
            });
        }
        nodes.sort_by(|a, b| a.id().cmp(b.id()));
        if let Some(node) = first_repeated(&nodes, Node::id) {
            return Err(CascadeError::DuplicateNode { node: node.clone() });
        }
        let parent = resolve_parents(&nodes)?;
        let depth = forest::depths(&nodes, &parent).map_err(|node| CascadeError::Cycle {
            node: node.id().clone(),
        })?;
        if let Some((node, &depth)) = nodes
            .iter()
            .zip(&depth)
            .find(|&(_, &d)| d > limits.max_depth())
        {
            return Err(CascadeError::TooDeep {
                node: node.id().clone(),
                depth,
                limit: limits.max_depth(),
            });
        }
        let owner_position = resolve_owners(&agency, &nodes)?;
        for (index, node) in nodes.iter().enumerate() {
            let parent_node = parent
                .get(index)
                .copied()
                .flatten()
                .and_then(|p| nodes.get(p).map(|n| (p, n)));
            check_level(&agency, node, parent_node.map(|(_, n)| n))?;
            check_superior(&agency, node, index, parent_node, &owner_position)?;
        }
        let links = link(parent, depth, owner_position);
        check_weights(&nodes, &links)?;
        check_indicators(&nodes)?;
        Ok(Cascade {
            agency,
            limits,
            nodes,
            links,
        })
    }
}

fn resolve_parents(nodes: &[Node]) -> Result<Vec<Option<usize>>, CascadeError> {
    nodes
        .iter()
        .map(|node| match node.parent() {
            None => Ok(None),
            Some(link) => nodes
                .binary_search_by(|n| n.id().cmp(&link.node))
                .map(Some)
                .map_err(|_| CascadeError::UnknownParent {
                    node: node.id().clone(),
                    parent: link.node.clone(),
                }),
        })
        .collect()
}

/// Checks texts and owners; returns the owning position of each node (none for a unit).
fn resolve_owners(agency: &Agency, nodes: &[Node]) -> Result<Vec<Option<usize>>, CascadeError> {
    nodes
        .iter()
        .map(|node| {
            check_texts(node)?;
            let unknown = || CascadeError::UnknownOwner {
                node: node.id().clone(),
                owner: node.owner().clone(),
            };
            match node.owner() {
                Owner::Unit(unit) => agency.unit(unit).map(|_| None).ok_or_else(unknown),
                Owner::Position(position) => agency
                    .position_index(position)
                    .map(Some)
                    .ok_or_else(unknown),
                Owner::Employee(number) => agency
                    .held_position_index(number)
                    .map(Some)
                    .ok_or_else(unknown),
            }
        })
        .collect()
}

fn check_texts(node: &Node) -> Result<(), CascadeError> {
    let blank = |field| CascadeError::BlankText {
        node: node.id().clone(),
        field,
    };
    if is_blank(node.statement()) {
        return Err(blank("statement"));
    }
    for indicator in node.indicators() {
        if is_blank(indicator.statement()) {
            return Err(blank("indicator statement"));
        }
        if is_blank(indicator.unit()) {
            return Err(blank("indicator unit"));
        }
    }
    Ok(())
}

fn check_level(agency: &Agency, node: &Node, parent: Option<&Node>) -> Result<(), CascadeError> {
    let broken = |rule| CascadeError::Level {
        node: node.id().clone(),
        level: node.level(),
        rule,
    };
    if node.level() == Level::Goal {
        if parent.is_some() {
            return Err(broken(LevelRule::GoalIsRoot));
        }
        if node.missions().is_empty() {
            return Err(broken(LevelRule::GoalNeedsMission));
        }
        if let Some(mission) = node.missions().iter().find(|m| agency.mission(m).is_none()) {
            return Err(CascadeError::UnknownMission {
                node: node.id().clone(),
                mission: mission.clone(),
            });
        }
    } else if !node.missions().is_empty() {
        return Err(broken(LevelRule::MissionOnlyOnGoal));
    }
    if let Some(parent) = parent {
        if !node.level().may_be_under(parent.level()) {
            return Err(broken(LevelRule::ParentLevel {
                parent_level: parent.level(),
            }));
        }
    }
    if node.level().is_individual() {
        if matches!(node.owner(), Owner::Unit(_)) {
            return Err(broken(LevelRule::ResultNeedsPerson));
        }
    } else if node.category() != super::ResultCategory::Main {
        return Err(broken(LevelRule::CategoryOnlyOnResult));
    }
    Ok(())
}

/// An individual result supports a result of its owner's direct superior; an owner with no
/// superior supports an organisational node.
fn check_superior(
    agency: &Agency,
    node: &Node,
    index: usize,
    parent: Option<(usize, &Node)>,
    owner_position: &[Option<usize>],
) -> Result<(), CascadeError> {
    let (Some((parent_index, parent)), true) = (parent, node.level().is_individual()) else {
        return Ok(());
    };
    let position_of = |i: usize| owner_position.get(i).copied().flatten();
    let superior = position_of(index).and_then(|p| agency.superior_index(p));
    let fits = match superior {
        Some(boss) => parent.level().is_individual() && position_of(parent_index) == Some(boss),
        None => !parent.level().is_individual(),
    };
    if fits {
        return Ok(());
    }
    Err(CascadeError::NotSuperiorsResult {
        node: node.id().clone(),
        parent: parent.id().clone(),
        superior: superior
            .and_then(|s| agency.positions().get(s))
            .map(|p| p.id().clone()),
    })
}

fn link(
    parent: Vec<Option<usize>>,
    depth: Vec<usize>,
    owner_position: Vec<Option<usize>>,
) -> Links {
    let count = parent.len();
    let mut child_count = vec![0_usize; count + 1];
    for p in parent.iter().flatten() {
        if let Some(c) = child_count.get_mut(p + 1) {
            *c += 1;
        }
    }
    let mut child_start = child_count;
    for i in 1..=count {
        let before = child_start.get(i - 1).copied().unwrap_or(0);
        if let Some(s) = child_start.get_mut(i) {
            *s += before;
        }
    }
    let mut fill = child_start.clone();
    let mut children = vec![0_usize; child_start.last().copied().unwrap_or(0)];
    for (child, p) in parent.iter().enumerate() {
        let Some(p) = *p else { continue };
        if let Some(slot) = fill.get_mut(p) {
            if let Some(c) = children.get_mut(*slot) {
                *c = child;
            }
            *slot += 1;
        }
    }
    let mut top_down: Vec<usize> = (0..count).collect();
    top_down.sort_by_key(|&i| depth.get(i).copied().unwrap_or(0));
    Links {
        parent,
        child_start,
        children,
        depth,
        owner_position,
        top_down,
    }
}

/// Among one parent's children (and among the roots), weights are all absent, or all present
/// and totalling exactly 100 %.
fn check_weights(nodes: &[Node], links: &Links) -> Result<(), CascadeError> {
    let roots: Vec<usize> = (0..nodes.len())
        .filter(|&i| links.parent.get(i).copied().flatten().is_none())
        .collect();
    check_sibling_weights(nodes, None, &roots)?;
    for (index, node) in nodes.iter().enumerate() {
        check_sibling_weights(nodes, Some(node.id()), links.children_of(index))?;
    }
    Ok(())
}

fn check_sibling_weights(
    nodes: &[Node],
    parent: Option<&NodeId>,
    siblings: &[usize],
) -> Result<(), CascadeError> {
    let weights = siblings
        .iter()
        .filter_map(|&i| nodes.get(i))
        .map(|n| (n.id(), n.weight()));
    let mut total = Decimal::ZERO;
    let mut weighted = 0_usize;
    let mut first_unweighted = None;
    for (id, weight) in weights {
        match weight {
            Some(w) => {
                weighted += 1;
                // At most a million weights of at most 100 each: the total cannot overflow.
                total = total.saturating_add(w.value());
            }
            None => {
                first_unweighted.get_or_insert(id);
            }
        }
    }
    if weighted == 0 {
        return Ok(());
    }
    if let Some(unweighted) = first_unweighted {
        return Err(CascadeError::PartialWeights {
            parent: parent.cloned(),
            unweighted: unweighted.clone(),
        });
    }
    if total != Decimal::ONE_HUNDRED {
        return Err(CascadeError::WeightTotal {
            parent: parent.cloned(),
            total,
        });
    }
    Ok(())
}

fn check_indicators(nodes: &[Node]) -> Result<(), CascadeError> {
    let mut uses: Vec<(&crate::id::IndicatorId, &NodeId)> = nodes
        .iter()
        .flat_map(|n| n.indicators().iter().map(move |i| (i.id(), n.id())))
        .collect();
    uses.sort();
    match uses.windows(2).find_map(|pair| match pair {
        [(a, _), (b, node)] if a == b => Some((*b, *node)),
        _ => None,
    }) {
        Some((indicator, node)) => Err(CascadeError::DuplicateIndicator {
            node: node.clone(),
            indicator: indicator.clone(),
        }),
        None => Ok(()),
    }
}

impl TryFrom<CascadeBuilder> for Cascade {
    type Error = CascadeError;
    fn try_from(builder: CascadeBuilder) -> Result<Self, CascadeError> {
        builder.build()
    }
}

impl From<Cascade> for CascadeBuilder {
    fn from(cascade: Cascade) -> Self {
        Self {
            agency: cascade.agency,
            limits: cascade.limits,
            nodes: cascade.nodes,
        }
    }
}
