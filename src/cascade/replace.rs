//! Checking one employee's results in place: what [`CascadeBuilder::build`] would say of the
//! cascade with them, at the cost of the part of the tree they touch.
//!
//! [`CascadeBuilder::build`]: super::CascadeBuilder::build

use super::error::CascadeError;
use super::node::{Node, Owner};
use super::tree::{Cascade, Plans, validate};
use crate::id::NodeId;
use crate::nip::EmployeeNumber;
use std::collections::BTreeSet;

impl Cascade {
    /// Checks `results` as results of `employee` (owned by them by name), each replacing the
    /// employee's own result with the same id: the checks [`CascadeBuilder::build`] makes on
    /// the cascade with them in it.
    ///
    /// The rules a new result can break are local: its id and its indicators' ids against the
    /// whole cascade, the node limit, and the tree around it. So the tree is checked on the
    /// new results, the chains above them and above the employee's other results, and every
    /// child of a node on those chains (the siblings whose weights must total 100 %), which
    /// costs what that part costs, not what the agency does.
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
        let chains: Vec<&NodeId> = around.iter().copied().collect();
        for id in chains {
            around.extend(self.children_of(id).map(Node::id));
        }
        // Below a replaced result, its subtree: the new result may move it deeper.
        let mut below: Vec<&NodeId> = results
            .iter()
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
        let part = around
            .into_iter()
            .filter_map(|id| self.node(id))
            .filter(|n| !replaced(n))
            .cloned()
            .chain(results.iter().cloned())
            .collect();
        // Other people's plans are not all here, and the new results do not change them:
        // only the employee's plan weights are checked.
        validate(self.agency(), self.limits(), part, Plans::Of(employee)).map(drop)
    }
}
