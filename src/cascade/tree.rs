//! The validated performance tree and the builder that checks it.

use super::{CascadeError, LevelRule};
use super::{CascadeLimits, Indicator, Level, Node, Owner};
use crate::forest;
use crate::groups::{Groups, merged};
use crate::id::{IndicatorId, NodeId, PositionId};
use crate::nip::EmployeeNumber;
use crate::num::Weight;
use crate::org::{Agency, TextField};
use crate::sorted::{compare_keyed, find_keyed, permute_in_place, prefix, sort_by_text};
use crate::text::is_blank;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

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
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::Cascade = serde_json::from_str(r#"
/// {
///   "agency": {
///     "name": "Kantor Camat Siulak",
///     "vision": "Pelayanan kecamatan yang cepat dan terbuka",
///     "missions": [
///       {
///         "id": "M1",
///         "statement": "Meningkatkan kualitas pelayanan publik"
///       }
///     ],
///     "units": [
///       {
///         "id": "KEC",
///         "name": "Kecamatan Siulak"
///       }
///     ],
///     "positions": [
///       {
///         "id": "CAMAT",
///         "title": "Camat Siulak",
///         "unit": "KEC",
///         "level": "administrator"
///       },
///       {
///         "id": "KASI-PU",
///         "title": "Kepala Seksi Pelayanan Umum",
///         "unit": "KEC",
///         "level": "supervisor",
///         "reports_to": "CAMAT"
///       }
///     ],
///     "employees": [
///       {
///         "number": {
///           "kind": "pns",
///           "number": "197503102000031004"
///         },
///         "name": "Drs. Jamaluddin",
///         "position": "CAMAT"
///       },
///       {
///         "number": {
///           "kind": "pns",
///           "number": "198602142010012018"
///         },
///         "name": "Sri Wahyuni, S.Sos.",
///         "position": "KASI-PU"
///       }
///     ]
///   },
///   "nodes": [
///     {
///       "id": "T1",
///       "level": "goal",
///       "statement": "Meningkatnya kepuasan masyarakat",
///       "owner": {
///         "unit": "KEC"
///       },
///       "missions": [
///         "M1"
///       ],
///       "indicators": [
///         {
///           "id": "IKT-1",
///           "statement": "Indeks kepuasan masyarakat",
///           "unit": "indeks"
///         }
///       ]
///     },
///     {
///       "id": "RHK-CAMAT-1",
///       "level": "result",
///       "statement": "Meningkatnya kepuasan masyarakat atas layanan kecamatan",
///       "owner": {
///         "position": "CAMAT"
///       },
///       "parent": {
///         "node": "T1",
///         "kind": "indirect"
///       },
///       "indicators": [
///         {
///           "id": "IKI-CAMAT-1",
///           "statement": "Indeks kepuasan masyarakat",
///           "unit": "indeks"
///         }
///       ]
///     },
///     {
///       "id": "RHK-PU-1",
///       "level": "result",
///       "statement": "Pengaduan masyarakat ditanggapi tepat waktu",
///       "owner": {
///         "position": "KASI-PU"
///       },
///       "parent": {
///         "node": "RHK-CAMAT-1",
///         "kind": "indirect"
///       },
///       "indicators": [
///         {
///           "id": "IKI-PU-1",
///           "statement": "Rata-rata waktu tanggap pengaduan",
///           "unit": "hari kerja"
///         }
///       ]
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "CascadeBuilder"))]
pub struct Cascade {
    agency: Agency,
    limits: CascadeLimits,
    nodes: Vec<Node>,
    pub(super) links: Links,
    /// Every indicator, sorted by id, for look-ups.
    indicators: Vec<IndicatorUse>,
}

/// Index-based links between nodes, derived from the nodes at build time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Links {
    /// Sort key of each node's id, for fast look-ups.
    keys: Vec<u128>,
    /// Parent index of each node.
    pub(super) parent: Vec<Option<usize>>,
    /// The children of each node, in id order.
    children: Groups,
    /// Depth of each node; a root is at depth 1.
    pub(super) depth: Vec<usize>,
    /// Index in the agency's positions of each node's owning position, or of the position
    /// its owning employee holds (none for units).
    pub(super) owner_position: Vec<Option<usize>>,
    /// All node indices, parents before children (by depth, then id).
    pub(super) top_down: Vec<usize>,
    /// The results owned by each position (by position index), in id order.
    results_of_position: Groups,
    /// The results owned by each employee by name (by employee index), in id order.
    results_of_employee: Groups,
    /// For each node, how many of its children carry a contribution and their total: a
    /// summary of the siblings, so a change to a few of them is checked without the rest.
    child_weights: Vec<(usize, Decimal)>,
    /// The children of each node without a contribution, in id order.
    unweighted_children: Groups,
}

/// The children of one parent that a partial check leaves out (they are unchanged): how
/// many carry a contribution, their total, how many carry none, and the first of those by
/// id. [`validate`] adds them to the children it has when it checks the parent's weights.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Outside {
    /// How many carry a contribution.
    pub(crate) weighted: usize,
    /// The total of their contributions.
    pub(crate) total: Decimal,
    /// The first (by id) without a contribution, if any.
    pub(crate) first_unweighted: Option<NodeId>,
}

impl Links {
    pub(super) fn children_of(&self, index: usize) -> &[usize] {
        self.children.of(index)
    }
}

/// The parts of a [`Cascade`] before validation; also its wire form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CascadeBuilder {
    agency: Agency,
    /// The caller's limits, never the document's: not part of the wire form, so a document
    /// that names limits is refused (an unknown field) and one read from the wire gets the
    /// defaults until [`CascadeBuilder::limits`] sets the caller's.
    #[serde(skip)]
    limits: CascadeLimits,
    #[serde(default)]
    nodes: Vec<Node>,
}

crate::objects_only::objects_only!(CascadeBuilder);

impl Cascade {
    /// Starts a cascade on `agency` with the default limits.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::cascade::{CascadeError, Level, LinkKind, Node, Owner};
    /// use kinerja::prelude::*;
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let office = Owner::Unit(UnitId::new("DIK")?);
    /// let goal = Node::new(NodeId::new("T1")?, Level::Goal, "Meningkatnya mutu pendidikan dasar", office.clone())
    ///     .serving(MissionId::new("M1")?);
    /// let objective = Node::new(NodeId::new("SS1")?, Level::Objective, "SD terakreditasi minimal B", office)
    ///     .under(NodeId::new("T1")?, LinkKind::Direct);
    /// let cascade = Cascade::builder(agency.clone()).nodes([goal.clone(), objective]).build()?;
    /// assert_eq!(cascade.nodes().len(), 2);
    ///
    /// // A node under a parent that does not exist is refused, naming both.
    /// let orphan = Node::new(NodeId::new("SS9")?, Level::Objective, "?", Owner::Unit(UnitId::new("DIK")?))
    ///     .under(NodeId::new("T9")?, LinkKind::Direct);
    /// let refused = Cascade::builder(agency).nodes([goal, orphan]).build();
    /// assert!(matches!(refused, Err(CascadeError::UnknownParent { .. })));
    /// # Ok(()) }
    /// ```
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

    /// The individual results (RHK) in the plan of the employee numbered `number`: those
    /// owned by the employee by name and those of the position they hold, main and
    /// additional, by id. Found through an index made when the cascade was built, so the
    /// cost does not grow with the size of the agency.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::sample;
    /// use kinerja::nip::{EmployeeKind, EmployeeNumber};
    /// let cascade = sample::siulak_cascade()?;
    /// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    /// let ids: Vec<&str> = cascade.results_of(&dewi).map(|n| n.id().as_str()).collect();
    /// assert_eq!(ids, ["RHK-DATA-1", "RHK-DATA-T1"]);
    /// # Ok(()) }
    /// ```
    pub fn results_of(&self, number: &EmployeeNumber) -> impl Iterator<Item = &Node> {
        let (own, held) = self.results_index(number).unwrap_or((&[][..], &[][..]));
        merged(own, held).filter_map(|i| self.nodes.get(i))
    }

    /// The indices of the results owned by the employee by name and by their position.
    fn results_index(&self, number: &EmployeeNumber) -> Option<(&[usize], &[usize])> {
        let employee = self.agency.employee_index(number)?;
        let own = self.links.results_of_employee.of(employee);
        let held = self
            .agency
            .held_position_index(number)
            .map_or(&[][..], |p| self.links.results_of_position.of(p));
        Some((own, held))
    }

    /// The node that carries the indicator `id`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let node = cascade.indicator(&kinerja::id::IndicatorId::new("IKI-KUR-1")?);
    /// assert_eq!(node.map(|n| n.id().as_str()), Some("RHK-KUR-1"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn indicator(&self, id: &IndicatorId) -> Option<&Node> {
        let wanted = id.as_str();
        let key = prefix(wanted);
        let text =
            |use_: &IndicatorUse| indicator_at(&self.nodes, use_).map_or("", |i| i.id().as_str());
        let found = self
            .indicators
            .binary_search_by(|use_| compare_keyed(use_.0, key, || (text(use_), wanted)))
            .ok()?;
        let &(_, node, _) = self.indicators.get(found)?;
        self.nodes.get(node)
    }

    /// The goal (tujuan) node `id` serves: the root above it, when that root is a goal.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let goal = cascade.goal_of(&kinerja::id::NodeId::new("RHK-KUR-1")?);
    /// assert_eq!(goal.map(|n| n.level()), Some(kinerja::cascade::Level::Goal));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn goal_of(&self, id: &NodeId) -> Option<&Node> {
        let mut index = self.index_of(id)?;
        // The tree is acyclic (checked on construction); the walk is bounded by its depth.
        while let Some(parent) = self.links.parent.get(index).copied().flatten() {
            index = parent;
        }
        self.nodes.get(index).filter(|n| n.level() == Level::Goal)
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

    /// The node indices, parents before children.
    pub(crate) fn top_down_indices(&self) -> &[usize] {
        &self.links.top_down
    }

    /// The indices of the children of the node at `index`.
    pub(crate) fn children_indices(&self, index: usize) -> &[usize] {
        self.links.children_of(index)
    }

    /// The index of the position owning the node at `index`, where a position owns it
    /// (directly, or through the employee who owns it).
    pub(crate) fn owner_position_index(&self, index: usize) -> Option<usize> {
        self.links.owner_position.get(index).copied().flatten()
    }

    /// How many children of the node at `index` carry a contribution, their total, and the
    /// children without one, in id order.
    pub(crate) fn child_weights(&self, index: usize) -> (usize, Decimal, &[usize]) {
        let (weighted, total) = self
            .links
            .child_weights
            .get(index)
            .copied()
            .unwrap_or((0, Decimal::ZERO));
        (weighted, total, self.links.unweighted_children.of(index))
    }

    /// The index of the parent of the node at `index`.
    pub(crate) fn parent_index(&self, index: usize) -> Option<usize> {
        self.links.parent.get(index).copied().flatten()
    }

    pub(crate) fn parent_of_index(&self, index: usize) -> Option<&Node> {
        self.links
            .parent
            .get(index)
            .copied()
            .flatten()
            .and_then(|p| self.nodes.get(p))
    }

    pub(crate) fn index_of(&self, id: &NodeId) -> Option<usize> {
        find_keyed(
            &self.nodes,
            &self.links.keys,
            node_text,
            prefix(id.as_str()),
            id.as_str(),
        )
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
    /// missions, level rules and the direct-superior rule; then sibling (contribution)
    /// weights, indicator weights within each node, and plan weights within each employee's
    /// plan (employees by number); last, repeated indicator ids.
    pub fn build(self) -> Result<Cascade, CascadeError> {
        let Self {
            agency,
            limits,
            nodes,
        } = self;
        let (nodes, links, indicators) = validate(
            &agency,
            limits,
            nodes,
            Plans::All,
            &std::collections::BTreeMap::new(),
        )?;
        Ok(Cascade {
            agency,
            limits,
            nodes,
            links,
            indicators,
        })
    }
}

/// The checks of [`CascadeBuilder::build`] on `nodes` over `agency`, which is borrowed: a
/// caller may check part of a cascade without copying the agency. Returns the nodes sorted,
/// their links and the indicator index.
///
/// `plans` says whose plan weights are checked: every employee's, or (for part of a tree,
/// where other people's plans are not all present) one employee's. `outside` holds, for
/// part of a tree, the children of a node left out of `nodes`, which its weights are
/// checked with.
pub(crate) fn validate(
    agency: &Agency,
    limits: CascadeLimits,
    nodes: Vec<Node>,
    plans: Plans<'_>,
    outside: &std::collections::BTreeMap<NodeId, Outside>,
) -> Result<(Vec<Node>, Links, Vec<IndicatorUse>), CascadeError> {
    if nodes.len() > limits.max_nodes() {
        return Err(CascadeError::TooManyNodes {
            count: nodes.len(),
            limit: limits.max_nodes(),
        });
    }
    // Everything that reads a node's own text runs first, in input order: the order the
    // text was allocated in, so the reads stay sequential on large inputs. The checks
    // after the sort work on compact per-node arrays.
    let facts: Vec<Facts> = nodes.iter().map(|n| Facts::of(agency, n)).collect();
    let indicator_uses: Vec<(u128, usize)> = nodes
        .iter()
        .enumerate()
        .flat_map(|(n, node)| {
            node.indicators()
                .iter()
                .map(move |i| (prefix(i.id().as_str()), n))
        })
        .collect();
    let (nodes, keys, moved_to) = sort_by_text(nodes, node_text);
    let mut facts = facts;
    permute_in_place(&mut facts, moved_to.clone());

    // Every problem is found in one pass: each check goes on past a problem, and what
    // depends on a broken structure (links, weights) is checked only where it stands.
    let mut found = Vec::new();
    let structure = check_structure(&nodes, &keys, &facts, limits, &mut found);
    let parent = structure.as_ref().map_or_else(
        || resolve_parents(&nodes, &keys, &facts, &mut Vec::new()),
        |(parent, _)| parent.clone(),
    );
    check_nodes(agency, &nodes, &facts, &parent, &mut found);
    let indicators = check_indicators(&nodes, indicator_uses, &moved_to, &mut found);
    let Some((parent, depth)) = structure else {
        // A broken structure pushed its own problem, so the list is never empty here.
        return Err(CascadeError::of(found).unwrap_or(CascadeError::Problems {
            problems: Vec::new(),
        }));
    };
    let links = link(agency, &nodes, &facts, keys, parent, depth, plans);
    check_weights(&nodes, &links, outside, &mut found);
    check_indicator_weights(&nodes, &mut found);
    check_plan_weights(agency, &nodes, &facts, &links, plans, &mut found);
    if let Some(error) = CascadeError::of(found) {
        return Err(error);
    }
    Ok((nodes, links, indicators))
}

/// Repeated ids, unknown parents, cycles and the depth limit, each pushed onto `found`.
/// Returns each node's parent (none where it names an unknown one) and depth, or none when
/// a cycle leaves no depth to measure.
fn check_structure(
    nodes: &[Node],
    keys: &[u128],
    facts: &[Facts],
    limits: CascadeLimits,
    found: &mut Vec<CascadeError>,
) -> Option<(Vec<Option<usize>>, Vec<usize>)> {
    if let Some(node) = first_repeated_key(nodes, keys) {
        found.push(CascadeError::DuplicateNode {
            node: node.id().clone(),
        });
    }
    let parent = resolve_parents(nodes, keys, facts, found);
    let depth = match forest::depths(nodes, &parent) {
        Ok(depth) => depth,
        Err(node) => {
            found.push(CascadeError::Cycle {
                node: node.id().clone(),
            });
            return None;
        }
    };
    if let Some((node, &depth)) = nodes
        .iter()
        .zip(&depth)
        .find(|&(_, &d)| d > limits.max_depth())
    {
        found.push(CascadeError::TooDeep {
            node: node.id().clone(),
            depth,
            limit: limits.max_depth(),
        });
    }
    Some((parent, depth))
}

/// Node by node in id order: blank text, unknown owner, level rules, the direct-superior
/// rule.
fn check_nodes(
    agency: &Agency,
    nodes: &[Node],
    facts: &[Facts],
    parent: &[Option<usize>],
    found: &mut Vec<CascadeError>,
) {
    let levels: Vec<Level> = nodes.iter().map(Node::level).collect();
    let position_of = |i: usize| facts.get(i).and_then(|f| f.owner.position());
    for (index, (node, fact)) in nodes.iter().zip(facts).enumerate() {
        // The first problem of each node: the later rules read what the earlier ones check.
        if let Some(problem) = node_problem(
            agency,
            nodes,
            &levels,
            parent,
            index,
            node,
            fact,
            position_of,
        ) {
            found.push(problem);
        }
    }
}

/// The first problem of one node, if any.
#[allow(
    clippy::too_many_arguments,
    reason = "the per-node facts the checks share"
)]
fn node_problem(
    agency: &Agency,
    nodes: &[Node],
    levels: &[Level],
    parent: &[Option<usize>],
    index: usize,
    node: &Node,
    fact: &Facts,
    position_of: impl Fn(usize) -> Option<usize>,
) -> Option<CascadeError> {
    if let Some(field) = fact.blank_field {
        return Some(CascadeError::BlankText {
            node: node.id().clone(),
            field,
        });
    }
    if let OwnerFact::Unknown = fact.owner {
        return Some(CascadeError::UnknownOwner {
            node: node.id().clone(),
            owner: node.owner().clone(),
        });
    }
    let parent_index = parent.get(index).copied().flatten();
    let parent_level = parent_index.and_then(|p| levels.get(p).copied());
    if let Err(problem) = check_level(agency, node, parent_level) {
        return Some(problem);
    }
    let (p, parent_level) = (parent_index?, parent_level?);
    check_superior(
        agency,
        node,
        position_of(index),
        parent_level,
        position_of(p),
    )
    .err()
    .map(|superior| CascadeError::NotSuperiorsResult {
        node: node.id().clone(),
        parent: nodes
            .get(p)
            .map_or_else(|| node.id().clone(), |n| n.id().clone()),
        superior,
    })
}

/// What can be learnt from one node alone.
struct Facts {
    /// The first blank text field, if any.
    blank_field: Option<TextField>,
    owner: OwnerFact,
    /// The sort key of the parent's id.
    parent_key: Option<u128>,
}

#[derive(Clone, Copy)]
enum OwnerFact {
    Unknown,
    Unit,
    /// Index of the owning position in the agency.
    Position(usize),
    /// Indices of the owning employee and of the position they hold.
    Employee {
        employee: usize,
        position: usize,
    },
}

impl OwnerFact {
    /// The owning position, or the position the owning employee holds.
    const fn position(self) -> Option<usize> {
        match self {
            Self::Position(p) | Self::Employee { position: p, .. } => Some(p),
            Self::Unit | Self::Unknown => None,
        }
    }
}

impl Facts {
    fn of(agency: &Agency, node: &Node) -> Self {
        let owner = match node.owner() {
            Owner::Unit(unit) => agency.unit(unit).map(|_| OwnerFact::Unit),
            Owner::Position(position) => agency.position_index(position).map(OwnerFact::Position),
            Owner::Employee(number) => agency.employee_index(number).and_then(|employee| {
                let position = agency.held_position_index(number)?;
                Some(OwnerFact::Employee { employee, position })
            }),
        };
        Self {
            blank_field: blank_field(node),
            owner: owner.unwrap_or(OwnerFact::Unknown),
            parent_key: node.parent().map(|link| prefix(link.node.as_str())),
        }
    }
}

fn node_text(node: &Node) -> &str {
    node.id().as_str()
}

fn first_repeated_key<'a>(nodes: &'a [Node], keys: &[u128]) -> Option<&'a Node> {
    let text = |i: usize| nodes.get(i).map_or("", node_text);
    (1..nodes.len().min(keys.len())).find_map(|i| {
        let (a, b) = (keys.get(i - 1).copied()?, keys.get(i).copied()?);
        let same = compare_keyed(a, b, || (text(i - 1), text(i))) == Ordering::Equal;
        if same { nodes.get(i) } else { None }
    })
}

/// Each node's parent; a parent that does not exist is pushed onto `found`, and the node
/// is read as a root.
fn resolve_parents(
    nodes: &[Node],
    keys: &[u128],
    facts: &[Facts],
    found: &mut Vec<CascadeError>,
) -> Vec<Option<usize>> {
    nodes
        .iter()
        .zip(facts)
        .map(|(node, facts)| match (node.parent(), facts.parent_key) {
            (Some(link), Some(key)) => {
                let parent = find_keyed(nodes, keys, node_text, key, link.node.as_str());
                if parent.is_none() {
                    found.push(CascadeError::UnknownParent {
                        node: node.id().clone(),
                        parent: link.node.clone(),
                    });
                }
                parent
            }
            _ => None,
        })
        .collect()
}

fn blank_field(node: &Node) -> Option<TextField> {
    if is_blank(node.statement()) {
        return Some(TextField::Statement);
    }
    node.indicators().iter().find_map(|indicator| {
        if is_blank(indicator.statement()) {
            Some(TextField::IndicatorStatement)
        } else if is_blank(indicator.unit()) {
            Some(TextField::IndicatorUnit)
        } else {
            None
        }
    })
}

fn check_level(
    agency: &Agency,
    node: &Node,
    parent_level: Option<Level>,
) -> Result<(), CascadeError> {
    let broken = |rule| CascadeError::Level {
        node: node.id().clone(),
        level: node.level(),
        rule,
    };
    if node.level() == Level::Goal {
        if parent_level.is_some() {
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
    if let Some(parent_level) = parent_level {
        if !node.level().may_be_under(parent_level) {
            return Err(broken(LevelRule::ParentLevel { parent_level }));
        }
    }
    if node.level().is_individual() {
        if matches!(node.owner(), Owner::Unit(_)) {
            return Err(broken(LevelRule::ResultNeedsPerson));
        }
    } else if node.category() != super::ResultCategory::Main {
        return Err(broken(LevelRule::CategoryOnlyOnResult));
    }
    let main_result =
        node.level().is_individual() && node.category() == super::ResultCategory::Main;
    if node.plan_weight().is_some() && !main_result {
        return Err(broken(LevelRule::PlanWeightOnlyOnMainResult));
    }
    if node.is_shared()
        && !(node.level().is_individual() && matches!(node.owner(), Owner::Position(_)))
    {
        return Err(broken(LevelRule::SharedOnlyOnPositionResult));
    }
    Ok(())
}

/// An individual result supports a result of its owner's direct superior; an owner with no
/// superior supports an organisational node. On failure, the superior's position (if any).
fn check_superior(
    agency: &Agency,
    node: &Node,
    owner_position: Option<usize>,
    parent_level: Level,
    parent_position: Option<usize>,
) -> Result<(), Option<PositionId>> {
    if !node.level().is_individual() {
        return Ok(());
    }
    let superior = owner_position.and_then(|p| agency.superior_index(p));
    let fits = match superior {
        Some(boss) => parent_level.is_individual() && parent_position == Some(boss),
        None => !parent_level.is_individual(),
    };
    if fits {
        Ok(())
    } else {
        Err(superior
            .and_then(|s| agency.positions().get(s))
            .map(|p| p.id().clone()))
    }
}

fn link(
    agency: &Agency,
    nodes: &[Node],
    facts: &[Facts],
    keys: Vec<u128>,
    parent: Vec<Option<usize>>,
    depth: Vec<usize>,
    plans: Plans<'_>,
) -> Links {
    let count = parent.len();
    let children = Groups::new(
        count,
        parent
            .iter()
            .enumerate()
            .filter_map(|(child, p)| p.map(|p| (p, child))),
    );
    // A counting sort by depth: linear in the nodes.
    let deepest = depth.iter().copied().max().unwrap_or(0);
    let top_down = Groups::new(deepest + 1, depth.iter().copied().zip(0..count))
        .items()
        .to_vec();
    let is_result = |i: usize| nodes.get(i).is_some_and(|n| n.level().is_individual());
    let owners = facts.iter().enumerate().filter(move |&(i, _)| is_result(i));
    // Part of a tree (one employee's plan checked) needs no index by position or employee,
    // which would cost what the agency does.
    let (positions, employees) = match plans {
        Plans::All => (agency.positions().len(), agency.employees().len()),
        Plans::Of(_) => (0, 0),
    };
    let results_of_position = Groups::new(
        positions,
        owners.clone().filter_map(|(i, fact)| match fact.owner {
            OwnerFact::Position(p) => Some((p, i)),
            _ => None,
        }),
    );
    let results_of_employee = Groups::new(
        employees,
        owners.filter_map(|(i, fact)| match fact.owner {
            OwnerFact::Employee { employee, .. } => Some((employee, i)),
            _ => None,
        }),
    );
    let mut child_weights = vec![(0_usize, Decimal::ZERO); count];
    for (child, p) in parent.iter().enumerate() {
        let weight = nodes.get(child).and_then(Node::contribution);
        if let (Some(p), Some(w)) = (p, weight) {
            if let Some((weighted, total)) = child_weights.get_mut(*p) {
                *weighted += 1;
                *total = total.saturating_add(w.value());
            }
        }
    }
    let unweighted_children = Groups::new(
        count,
        parent.iter().enumerate().filter_map(|(child, p)| {
            let unweighted = nodes.get(child).is_some_and(|n| n.contribution().is_none());
            p.filter(|_| unweighted).map(|p| (p, child))
        }),
    );
    Links {
        child_weights,
        unweighted_children,
        keys,
        parent,
        children,
        depth,
        owner_position: facts.iter().map(|f| f.owner.position()).collect(),
        top_down,
        results_of_position,
        results_of_employee,
    }
}

/// Among one parent's children (and among the roots), weights are all absent, or all present
/// and totalling exactly 100 %.
fn check_weights(
    nodes: &[Node],
    links: &Links,
    outside: &std::collections::BTreeMap<NodeId, Outside>,
    found: &mut Vec<CascadeError>,
) {
    // One sequential pass for the weights, so the per-parent checks read a compact array.
    let weights: Vec<Option<Weight>> = nodes.iter().map(Node::contribution).collect();
    // A node under an unknown parent (already a problem) is no root among the roots.
    let roots: Vec<usize> = (0..nodes.len())
        .filter(|&i| {
            links.parent.get(i).copied().flatten().is_none()
                && nodes.get(i).is_some_and(|n| n.parent().is_none())
        })
        .collect();
    found.extend(check_sibling_weights(nodes, &weights, None, &roots));
    for index in 0..nodes.len() {
        let siblings = links.children_of(index);
        let left_out = if outside.is_empty() {
            None
        } else {
            nodes.get(index).and_then(|n| outside.get(n.id()))
        };
        if let Some(left_out) = left_out {
            found.extend(check_with_outside(
                nodes, &weights, index, siblings, left_out,
            ));
        } else if !siblings.is_empty() {
            found.extend(check_sibling_weights(
                nodes,
                &weights,
                Some(index),
                siblings,
            ));
        }
    }
}

/// [`check_sibling_weights`] for the children of the node at `parent` in `nodes` together
/// with its children left out of them: the same error the whole set of children gives.
fn check_with_outside(
    nodes: &[Node],
    weights: &[Option<Weight>],
    parent: usize,
    siblings: &[usize],
    outside: &Outside,
) -> Option<CascadeError> {
    let mut weighted = outside.weighted;
    let mut total = outside.total;
    let mut first_unweighted = outside.first_unweighted.as_ref();
    for &sibling in siblings {
        match weights.get(sibling).copied().flatten() {
            Some(w) => {
                weighted += 1;
                total = total.saturating_add(w.value());
            }
            None => {
                let id = nodes.get(sibling).map(Node::id);
                if let Some(id) = id {
                    if first_unweighted.is_none_or(|first| id.as_str() < first.as_str()) {
                        first_unweighted = Some(id);
                    }
                }
            }
        }
    }
    let parent = || nodes.get(parent).map(|n| n.id().clone());
    match first_unweighted {
        _ if weighted == 0 => None,
        Some(unweighted) => Some(CascadeError::PartialWeights {
            parent: parent(),
            unweighted: unweighted.clone(),
        }),
        None if total == Decimal::ONE_HUNDRED => None,
        None => Some(CascadeError::WeightTotal {
            parent: parent(),
            total,
        }),
    }
}

fn check_sibling_weights(
    nodes: &[Node],
    weights: &[Option<Weight>],
    parent: Option<usize>,
    siblings: &[usize],
) -> Option<CascadeError> {
    let id_at = |i: usize| nodes.get(i).map(|n| n.id().clone());
    let parent = || parent.and_then(id_at);
    match all_or_none(siblings.iter().map(|&s| weights.get(s).copied().flatten())) {
        WeightCheck::Unweighted | WeightCheck::Whole => None,
        WeightCheck::Partial(at) => siblings.get(at).and_then(|&i| id_at(i)).map(|unweighted| {
            CascadeError::PartialWeights {
                parent: parent(),
                unweighted,
            }
        }),
        WeightCheck::Total(total) => Some(CascadeError::WeightTotal {
            parent: parent(),
            total,
        }),
    }
}

/// A node's indicators are all weighted, totalling exactly 100 %, or none is.
fn check_indicator_weights(nodes: &[Node], found: &mut Vec<CascadeError>) {
    for node in nodes {
        let indicators = node.indicators();
        let problem = match all_or_none(indicators.iter().map(Indicator::weight)) {
            WeightCheck::Unweighted | WeightCheck::Whole => continue,
            WeightCheck::Partial(at) => match indicators.get(at) {
                Some(indicator) => CascadeError::PartialIndicatorWeights {
                    node: node.id().clone(),
                    unweighted: indicator.id().clone(),
                },
                None => continue,
            },
            WeightCheck::Total(total) => CascadeError::IndicatorWeightTotal {
                node: node.id().clone(),
                total,
            },
        };
        found.push(problem);
    }
}

/// The main results of each employee's plan (their own and their position's) are all
/// weighted, totalling exactly 100 %, or none is. Employees are checked by number.
/// Whose plan weights a validation checks.
#[derive(Clone, Copy)]
pub(crate) enum Plans<'a> {
    /// Every employee's.
    All,
    /// Only this employee's.
    Of(&'a EmployeeNumber),
}

fn check_plan_weights(
    agency: &Agency,
    nodes: &[Node],
    facts: &[Facts],
    links: &Links,
    plans: Plans<'_>,
    found: &mut Vec<CascadeError>,
) {
    let main = |i: &usize| {
        nodes
            .get(*i)
            .is_some_and(|n| n.category() == super::ResultCategory::Main)
    };
    if let Plans::Of(number) = plans {
        check_one_plan(agency, nodes, facts, number, found);
        return;
    }
    let held_results = |employee: &crate::org::Employee| {
        agency
            .held_position_index(employee.number())
            .map_or(&[][..], |p| links.results_of_position.of(p))
    };
    // Only employees with a result in `nodes` have a plan to check: marked from the
    // results' owners (no look-ups), so checking part of a tree costs little more than the
    // part.
    let mut has_plan = vec![false; agency.employees().len()];
    if let Plans::Of(number) = plans {
        if let Some(mark) = agency
            .employee_index(number)
            .and_then(|i| has_plan.get_mut(i))
        {
            *mark = true;
        }
    }
    let all = matches!(plans, Plans::All);
    for (node, fact) in nodes.iter().zip(facts).filter(|_| all) {
        if !node.level().is_individual() {
            continue;
        }
        match fact.owner {
            OwnerFact::Employee { employee, .. } => {
                if let Some(mark) = has_plan.get_mut(employee) {
                    *mark = true;
                }
            }
            OwnerFact::Position(position) => {
                for &holder in agency.holder_indices(position) {
                    if let Some(mark) = has_plan.get_mut(holder) {
                        *mark = true;
                    }
                }
            }
            OwnerFact::Unit | OwnerFact::Unknown => {}
        }
    }
    let employees = agency
        .employees()
        .iter()
        .enumerate()
        .filter(|&(index, _)| has_plan.get(index).copied().unwrap_or(false));
    for (index, employee) in employees {
        let own = links.results_of_employee.of(index);
        let held = held_results(employee);
        // Most plans are unweighted: nothing to add up.
        let plan = || merged(own, held).filter(main);
        if plan().all(|i| nodes.get(i).and_then(Node::plan_weight).is_none()) {
            continue;
        }
        let weights = plan().map(|i| nodes.get(i).and_then(Node::plan_weight));
        let problem = match all_or_none(weights) {
            WeightCheck::Unweighted | WeightCheck::Whole => continue,
            WeightCheck::Partial(at) => match plan().nth(at).and_then(|i| nodes.get(i)) {
                Some(node) => CascadeError::PartialPlanWeights {
                    employee: *employee.number(),
                    unweighted: node.id().clone(),
                },
                None => continue,
            },
            WeightCheck::Total(total) => CascadeError::PlanWeightTotal {
                employee: *employee.number(),
                total,
            },
        };
        found.push(problem);
    }
}

/// [`check_plan_weights`] for one employee's plan, read from the nodes' owners (the part of
/// a tree being checked holds the whole plan): the cost of the part, not of the agency.
fn check_one_plan(
    agency: &Agency,
    nodes: &[Node],
    facts: &[Facts],
    number: &EmployeeNumber,
    found: &mut Vec<CascadeError>,
) {
    let Some(employee) = agency.employee_index(number) else {
        return;
    };
    let held = agency.held_position_index(number);
    // Their own results and their position's, main ones, in id order (the nodes' order).
    let plan = || {
        nodes.iter().zip(facts).filter_map(move |(node, fact)| {
            let theirs = match fact.owner {
                OwnerFact::Employee { employee: e, .. } => e == employee,
                OwnerFact::Position(p) => Some(p) == held,
                OwnerFact::Unit | OwnerFact::Unknown => false,
            };
            (theirs
                && node.level().is_individual()
                && node.category() == super::ResultCategory::Main)
                .then_some(node)
        })
    };
    if plan().all(|n| n.plan_weight().is_none()) {
        return;
    }
    let problem = match all_or_none(plan().map(Node::plan_weight)) {
        WeightCheck::Unweighted | WeightCheck::Whole => return,
        WeightCheck::Partial(at) => match plan().nth(at) {
            Some(node) => CascadeError::PartialPlanWeights {
                employee: *number,
                unweighted: node.id().clone(),
            },
            None => return,
        },
        WeightCheck::Total(total) => CascadeError::PlanWeightTotal {
            employee: *number,
            total,
        },
    };
    found.push(problem);
}

/// How a set of optional weights reads.
enum WeightCheck {
    /// None is weighted (or the set is empty).
    Unweighted,
    /// All are weighted and total exactly 100.
    Whole,
    /// Some are weighted; the first without a weight is at this position.
    Partial(usize),
    /// All are weighted, totalling this, not 100.
    Total(Decimal),
}

fn all_or_none(weights: impl Iterator<Item = Option<Weight>>) -> WeightCheck {
    let mut total = Decimal::ZERO;
    let (mut weighted, mut first_unweighted) = (0_usize, None);
    for (at, weight) in weights.enumerate() {
        match weight {
            // Weights are at most 100 each and there are at most a million parts: the total
            // cannot overflow.
            Some(w) => {
                weighted += 1;
                total = total.saturating_add(w.value());
            }
            None => {
                first_unweighted.get_or_insert(at);
            }
        }
    }
    match (weighted, first_unweighted) {
        (0, _) => WeightCheck::Unweighted,
        (_, Some(at)) => WeightCheck::Partial(at),
        _ if total == Decimal::ONE_HUNDRED => WeightCheck::Whole,
        _ => WeightCheck::Total(total),
    }
}

/// Indicator ids are unique across the tree. The error names the smallest repeated id and
/// the second node (by id) that uses it. `uses` holds each indicator's key and its node's
/// input position.
fn check_indicators(
    nodes: &[Node],
    uses: Vec<(u128, usize)>,
    moved_to: &[usize],
    found: &mut Vec<CascadeError>,
) -> Vec<IndicatorUse> {
    // Each use becomes (key, node index, position in the node's list).
    let mut uses: Vec<IndicatorUse> = uses
        .into_iter()
        .scan((usize::MAX, 0), |(last, nth), (key, from)| {
            *nth = if *last == from { *nth + 1 } else { 0 };
            *last = from;
            Some((key, moved_to.get(from).copied().unwrap_or(from), *nth))
        })
        .collect();
    let id_of = |use_: &IndicatorUse| indicator_at(nodes, use_).map(Indicator::id);
    let text_of = |use_: &IndicatorUse| id_of(use_).map_or("", IndicatorId::as_str);
    let compare =
        |a: &IndicatorUse, b: &IndicatorUse| compare_keyed(a.0, b.0, || (text_of(a), text_of(b)));
    // By key first (cheap integer compares); only ids sharing their first 16 bytes, which
    // are rare, are then ordered by their text.
    uses.sort_unstable_by_key(|&(key, node, nth)| (key, node, nth));
    for run in uses.chunk_by_mut(|a, b| a.0 == b.0) {
        if run.len() > 1 {
            run.sort_by(|a, b| compare(a, b).then((a.1, a.2).cmp(&(b.1, b.2))));
        }
    }
    let repeated = uses.windows(2).find_map(|pair| match pair {
        [a, b] if compare(a, b) == Ordering::Equal => Some(b),
        _ => None,
    });
    if let Some((node, indicator)) =
        repeated.and_then(|second| Some((nodes.get(second.1)?, id_of(second)?)))
    {
        found.push(CascadeError::DuplicateIndicator {
            node: node.id().clone(),
            indicator: indicator.clone(),
        });
    }
    uses
}

/// One indicator of the cascade: its id's sort key, its node's index and its position in
/// the node's list.
type IndicatorUse = (u128, usize, usize);

fn indicator_at<'a>(nodes: &'a [Node], (_, node, nth): &IndicatorUse) -> Option<&'a Indicator> {
    nodes.get(*node).and_then(|n| n.indicators().get(*nth))
}

impl TryFrom<CascadeBuilder> for Cascade {
    type Error = CascadeError;
    fn try_from(builder: CascadeBuilder) -> Result<Self, CascadeError> {
        builder.build()
    }
}

/// The wire form of a [`Cascade`] (its builder's), borrowed: serialising copies nothing.
#[derive(Serialize)]
struct CascadeView<'a> {
    agency: &'a Agency,
    nodes: &'a [Node],
}

impl Serialize for Cascade {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CascadeView {
            agency: &self.agency,
            nodes: &self.nodes,
        }
        .serialize(serializer)
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

crate::refusal::deserialize_checked!(Cascade, CascadeBuilder);
