//! Checking one employee's results in place: what [`CascadeBuilder::build`] would say of the
//! cascade with them, at the cost of the part of the tree they touch.
//!
//! [`CascadeBuilder::build`]: super::CascadeBuilder::build

use super::error::CascadeError;
use super::node::{Node, Owner};
use super::tree::{Cascade, Outside, Plans, validate};
use crate::id::NodeId;
use crate::nip::EmployeeNumber;
use std::collections::{BTreeMap, BTreeSet};

impl Cascade {
    /// Checks `results` as results of `employee` (owned by them by name), each replacing the
    /// employee's own result with the same id: the checks [`CascadeBuilder::build`] makes on
    /// the cascade with them in it.
    ///
    /// The rules a new result can break are local: its id and its indicators' ids against the
    /// whole cascade, the node limit, and the tree around it. So the tree is checked on the
    /// new results and the chains above them and above the employee's other results; the
    /// other children of a node on those chains (the siblings whose weights must total
    /// 100 %) and the subtree below a replaced result that keeps its place are unchanged,
    /// and enter the check as a summary of their contributions made when the cascade was
    /// built. So a check costs what the part costs (times its logarithm), not what the
    /// agency or the number of siblings does.
    ///
    /// # Errors
    /// The [`CascadeError`] the full build would give (where several rules are broken, it may
    /// name another of them first).
    ///
    /// [`CascadeBuilder::build`]: super::CascadeBuilder::build
    pub(crate) fn check_results_of(
        &self,
        employee: &EmployeeNumber,
        results: &[Node],
    ) -> Result<(), CascadeError> {
        self.check_results_in_part(employee, results, true)
    }

    /// [`Cascade::check_results_of`]; with `summaries` off, every sibling and every node
    /// below a replaced result is checked one by one (the way the summaries are tested
    /// against).
    fn check_results_in_part(
        &self,
        employee: &EmployeeNumber,
        results: &[Node],
        summaries: bool,
    ) -> Result<(), CascadeError> {
        let new_ids: BTreeSet<&NodeId> = results.iter().map(Node::id).collect();
        let owner = Owner::Employee(*employee);
        let replaced = |node: &Node| *node.owner() == owner && new_ids.contains(node.id());
        let replacing = results
            .iter()
            .filter(|r| self.node(r.id()).is_some_and(&replaced))
            .count();
        let count = self
            .nodes()
            .len()
            .saturating_sub(replacing)
            .saturating_add(results.len());
        if count > self.limits().max_nodes() {
            return Err(CascadeError::TooManyNodes {
                count,
                limit: self.limits().max_nodes(),
            });
        }
        for result in results {
            if self.node(result.id()).is_some_and(|n| !replaced(n)) {
                return Err(CascadeError::DuplicateNode {
                    node: result.id().clone(),
                });
            }
            for indicator in result.indicators() {
                if self.indicator(indicator.id()).is_some_and(|n| !replaced(n)) {
                    return Err(CascadeError::DuplicateIndicator {
                        node: result.id().clone(),
                        indicator: indicator.id().clone(),
                    });
                }
            }
        }
        // The nodes whose chains matter: the parents the new results name, the employee's
        // other results (their plan weights are checked with the new ones), and the old
        // parents of the results replaced.
        let named_parents = results
            .iter()
            .filter_map(|r| r.parent())
            .filter_map(|link| self.node(&link.node));
        let kept_results = self.results_of(employee).filter(|n| !replaced(n));
        // A replaced result leaves its old siblings, whose weights must still total 100 %.
        let old_parents = results
            .iter()
            .filter_map(|r| self.node(r.id()))
            .filter(|n| replaced(n))
            .filter_map(|n| self.parent_of(n.id()));
        let mut around: BTreeSet<&NodeId> = BTreeSet::new();
        for start in named_parents.chain(kept_results).chain(old_parents) {
            // The tree is acyclic (checked when it was built): each walk ends at a root.
            let mut at = Some(start);
            while let Some(node) = at {
                if !around.insert(node.id()) {
                    break;
                }
                at = self.parent_of(node.id());
            }
        }
        // A result without a parent is one of the roots, whose weights are checked among all
        // the roots (as a replaced root's leaving is): every root enters the part, each a chain
        // of its own (the roots are the agency's goals, few).
        let a_root = |node: &Node| node.parent().is_none();
        let touches_roots = results.iter().any(a_root)
            || results
                .iter()
                .filter_map(|r| self.node(r.id()))
                .any(|n| replaced(n) && a_root(n));
        if touches_roots {
            around.extend(self.roots().map(Node::id));
        }
        // Where no replaced result lies on the chains, every node on them keeps its place
        // and depth, and their children off the chains are unchanged: they are summarised
        // (their contributions, from an index made when the cascade was built) rather than
        // checked one by one, so the cost does not grow with the number of siblings.
        // Otherwise (a result supporting one the same plan replaces, or two results with
        // one id) they are checked one by one, as before.
        // Results repeating an id among themselves (refused) are checked one by one, as
        // before: which copy a link finds depends on the nodes beside it.
        let summarise = summaries
            && new_ids.len() == results.len()
            && !around.iter().any(|id| self.node(id).is_some_and(&replaced));
        if !summarise {
            let chains: Vec<&NodeId> = around.iter().copied().collect();
            for id in chains {
                around.extend(self.children_of(id).map(Node::id));
            }
        }
        // Below a replaced result, its subtree: the new result may move it deeper. Where
        // the new result sits at the old one's depth and level, under a node that keeps its
        // place, the subtree keeps its depth, parent level and superior, and is summarised
        // like the siblings.
        let keeps_place = |new: &Node| {
            let Some(old) = self.index_of(new.id()) else {
                return false;
            };
            let parent = new
                .parent()
                .and_then(|link| self.index_of(&link.node))
                .filter(|&p| self.nodes().get(p).is_some_and(|n| !replaced(n)));
            let depth = |i: usize| self.links.depth.get(i).copied();
            let same_depth = parent.is_some_and(|p| {
                depth(p)
                    .and_then(|d| d.checked_add(1))
                    .is_some_and(|d| Some(d) == depth(old))
            });
            summarise
                && same_depth
                && self
                    .nodes()
                    .get(old)
                    .is_some_and(|n| n.level() == new.level())
        };
        let mut below: Vec<&NodeId> = results
            .iter()
            .filter(|r| !keeps_place(r))
            .filter_map(|r| self.node(r.id()))
            .filter(|n| replaced(n))
            .map(Node::id)
            .collect();
        while let Some(id) = below.pop() {
            for child in self.children_of(id) {
                if around.insert(child.id()) {
                    below.push(child.id());
                }
            }
        }
        let outside = if summarise {
            self.left_out(&around, results, &replaced)
        } else {
            BTreeMap::new()
        };
        let part = around
            .into_iter()
            .filter_map(|id| self.node(id))
            .filter(|n| !replaced(n))
            .cloned()
            .chain(results.iter().cloned())
            .collect();
        // Other people's plans are not all here, and the new results do not change them:
        // only the employee's plan weights are checked.
        validate(
            self.agency(),
            self.limits(),
            part,
            Plans::Of(employee),
            &outside,
        )
        .map(drop)
    }

    /// For each node of a partial check (the kept nodes `around` and the new `results`)
    /// that has children in the cascade, those of its children the check leaves out (not
    /// around, not replaced), summarised: at the cost of the part, whatever the number of
    /// children.
    fn left_out(
        &self,
        around: &BTreeSet<&NodeId>,
        results: &[Node],
        replaced: &impl Fn(&Node) -> bool,
    ) -> BTreeMap<NodeId, Outside> {
        // The cascade's children that are in the part (or replaced), by parent index.
        let mut taken: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        let in_part = around.iter().filter_map(|id| self.index_of(id)).chain(
            results
                .iter()
                .filter_map(|r| self.index_of(r.id()))
                .filter(|&i| self.nodes().get(i).is_some_and(replaced)),
        );
        for child in in_part {
            if let Some(parent) = self.parent_index(child) {
                taken.entry(parent).or_default().insert(child);
            }
        }
        let ids = around.iter().copied().chain(results.iter().map(Node::id));
        let mut outside = BTreeMap::new();
        for id in ids {
            let Some(index) = self.index_of(id) else {
                continue;
            };
            let (mut weighted, mut total, unweighted) = self.child_weights(index);
            let none = BTreeSet::new();
            let taken = taken.get(&index).unwrap_or(&none);
            for &child in taken {
                if let Some(w) = self.nodes().get(child).and_then(Node::contribution) {
                    weighted = weighted.saturating_sub(1);
                    total = total.saturating_sub(w.value());
                }
            }
            let first_unweighted = unweighted
                .iter()
                .find(|c| !taken.contains(c))
                .and_then(|&c| self.nodes().get(c))
                .map(|n| n.id().clone());
            if weighted > 0 || first_unweighted.is_some() {
                outside.insert(
                    id.clone(),
                    Outside {
                        weighted,
                        total,
                        first_unweighted,
                    },
                );
            }
        }
        outside
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test set-up on fixed, valid values"
)]
mod tests {
    use crate::cascade::{Cascade, Indicator, Level, LinkKind, Node, Owner};
    use crate::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
    use crate::nip::{EmployeeKind, EmployeeNumber};
    use crate::num::Weight;
    use crate::org::{Agency, Employee, JobLevel, Mission, Position, Unit};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn nip(n: usize) -> EmployeeNumber {
        EmployeeNumber::new(
            EmployeeKind::Pns,
            format!("19800101200501{}{:03}", 1 + n / 1000 % 2, n % 1000),
        )
        .unwrap()
    }

    fn weight(w: u8) -> Option<Weight> {
        // 0..=3: none, 25, 50, 100; more: none.
        match w % 6 {
            1 => Some(Weight::new(Decimal::from(25)).unwrap()),
            2 => Some(Weight::new(Decimal::from(50)).unwrap()),
            3 => Some(Weight::new(Decimal::from(100)).unwrap()),
            4 => Some(Weight::new(Decimal::from(0)).unwrap()),
            _ => None,
        }
    }

    fn node(id: &str, level: Level, owner: Owner, indicator: &str) -> Node {
        Node::new(NodeId::new(id).unwrap(), level, "Pernyataan", owner).indicator(Indicator::new(
            IndicatorId::new(indicator).unwrap(),
            "Indikator",
            "dokumen",
        ))
    }

    /// A leader (position P0, two results `R0`, `R1` under the goal) and `staff` staff, each
    /// with the results `weights` gives (under `R0` or `R1`, with contributions that may not
    /// total 100: the sibling weights are then valid only where they happen to be).
    fn unit(staff: usize, weights: &[(u8, u8, bool)]) -> Option<Cascade> {
        let unit = UnitId::new("U").unwrap();
        let leader = PositionId::new("P0").unwrap();
        let mut agency = Agency::builder("Dinas", "Visi")
            .mission(Mission::new(MissionId::new("M1").unwrap(), "Misi"))
            .unit(Unit::new(unit.clone(), "Unit"))
            .position(Position::new(
                leader.clone(),
                "Kepala",
                unit.clone(),
                JobLevel::Administrator,
            ))
            .employee(Employee::new(nip(0), "Kepala", leader.clone()));
        for s in 0..staff {
            let position = PositionId::new(format!("P{}", s + 1)).unwrap();
            agency = agency
                .position(
                    Position::new(position.clone(), "Staf", unit.clone(), JobLevel::Executor)
                        .reporting_to(leader.clone()),
                )
                .employee(Employee::new(nip(s + 1), "Staf", position));
        }
        let mut nodes = vec![
            node("G", Level::Goal, Owner::Unit(unit), "I-G").serving(MissionId::new("M1").unwrap()),
        ];
        for r in 0..2 {
            nodes.push(
                node(
                    &format!("R{r}"),
                    Level::Result,
                    Owner::Employee(nip(0)),
                    &format!("I-R{r}"),
                )
                .under(NodeId::new("G").unwrap(), LinkKind::Indirect),
            );
        }
        for (k, &(who, w, second)) in weights.iter().enumerate() {
            let owner = Owner::Employee(nip(1 + usize::from(who) % staff.max(1)));
            let mut result = node(&format!("S{k}"), Level::Result, owner, &format!("I-S{k}"))
                .under(
                    NodeId::new(if second { "R1" } else { "R0" }).unwrap(),
                    LinkKind::Direct,
                );
            if let Some(w) = weight(w) {
                result = result.contributing(w);
            }
            nodes.push(result);
        }
        Cascade::builder(agency.build().ok()?)
            .nodes(nodes)
            .build()
            .ok()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// Checking with the summaries of the siblings and of the subtree below gives the
        /// same answer, error for error, as checking every one of them.
        #[test]
        fn summaries_give_the_same_answer(
            staff in 1usize..5,
            weights in prop::collection::vec((any::<u8>(), 0u8..6, any::<bool>()), 0..8),
            by_leader in any::<bool>(),
            who in any::<u8>(),
            proposal in prop::collection::vec((0u8..12, 0u8..6, 0u8..6, 0u8..3), 1..4),
        ) {
            // Sibling weights in the cascade must be valid: keep to the unweighted ones when
            // the drawn ones break the rule.
            let cascade = unit(staff, &weights).or_else(|| {
                let plain: Vec<_> = weights.iter().map(|&(a, _, c)| (a, 0, c)).collect();
                unit(staff, &plain)
            });
            let Some(cascade) = cascade else { return Ok(()); };
            let employee = if by_leader { nip(0) } else { nip(1 + usize::from(who) % staff) };
            let results: Vec<Node> = proposal
                .iter()
                .enumerate()
                .map(|(k, &(id, w, parent, indicator))| {
                    let id = match id {
                        0..=3 => format!("S{id}"),
                        4 | 5 => format!("R{}", id - 4),
                        6 => "G".to_owned(),
                        _ => format!("NEW{k}"),
                    };
                    // The sixth choice: no parent, a root beside the goal.
                    let parent = ["R0", "R1", "G", "S0", "S1"].get(usize::from(parent));
                    let indicator = match indicator {
                        0 => "I-S1".to_owned(),
                        _ => format!("I-NEW{k}"),
                    };
                    let mut result = node(&id, Level::Result, Owner::Employee(employee), &indicator);
                    if let Some(parent) = parent {
                        result = result.under(NodeId::new(*parent).unwrap(), LinkKind::Direct);
                    }
                    if let Some(w) = weight(w) {
                        result = result.contributing(w);
                    }
                    result
                })
                .collect();
            let summarised = cascade.check_results_in_part(&employee, &results, true);
            let one_by_one = cascade.check_results_in_part(&employee, &results, false);
            prop_assert_eq!(&summarised, &one_by_one);
            // And the part's answer is the whole cascade's, built again with the results in
            // place of the employee's own of the same ids (the error named may differ where
            // several rules are broken; whether there is one may not).
            let owner = Owner::Employee(employee);
            let ids: Vec<&NodeId> = results.iter().map(Node::id).collect();
            let kept = cascade
                .nodes()
                .iter()
                .filter(|n| !(*n.owner() == owner && ids.contains(&n.id())))
                .cloned();
            let rebuilt = Cascade::builder(cascade.agency().clone())
                .nodes(kept.chain(results.iter().cloned()))
                .build();
            prop_assert_eq!(summarised.is_ok(), rebuilt.is_ok(), "{:?} against {:?}", summarised, rebuilt.err());
        }
    }
}
