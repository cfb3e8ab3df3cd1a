//! Alignment diagnostics: what a sound cascade still lacks, as a report rather than an error.

use super::{Cascade, Level, Owner};
use crate::id::{MissionId, NodeId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One alignment gap found by [`Cascade::diagnose`].
///
/// Findings order by kind (the order of the variants) and then by id, so a report does not
/// depend on the order the input was given in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "finding")]
#[non_exhaustive]
pub enum Finding {
    /// A mission that no goal serves.
    MissionWithoutGoal {
        /// The mission.
        mission: MissionId,
    },
    /// A node whose chain of parents does not reach a goal (a misaligned result).
    ServesNoGoal {
        /// The node.
        node: NodeId,
        /// Its level.
        level: Level,
    },
    /// A goal or strategic objective that no individual result serves, directly or through
    /// the nodes below it ("every goal is served").
    NotServed {
        /// The node.
        node: NodeId,
        /// Its level.
        level: Level,
    },
    /// A leader's result that none of their staff's results supports.
    UnsupportedLeaderResult {
        /// The leader's result.
        node: NodeId,
        /// Its owner.
        owner: Owner,
    },
    /// An employee with no individual result, neither their own nor their position's.
    EmployeeWithoutResults {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A node without any indicator, so it cannot be measured.
    MissingIndicators {
        /// The node.
        node: NodeId,
        /// Its level.
        level: Level,
    },
    /// A node that passes over a level between it and its parent.
    SkippedLevel {
        /// The node.
        node: NodeId,
        /// Its level.
        level: Level,
        /// Its parent.
        parent: NodeId,
        /// The parent's level.
        parent_level: Level,
    },
}

impl Finding {
    /// A sentence describing the finding in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::id::IdError> {
    /// use kinerja::Language;
    /// use kinerja::id::MissionId;
    /// use kinerja::cascade::Finding;
    /// let finding = Finding::MissionWithoutGoal { mission: MissionId::new("M2")? };
    /// assert_eq!(finding.describe(Language::Indonesian), "misi `M2` belum dijabarkan ke tujuan mana pun");
    /// assert_eq!(finding.describe(Language::English), "mission `M2` is served by no goal");
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        match self {
            Self::MissionWithoutGoal { mission } if id => {
                format!("misi `{mission}` belum dijabarkan ke tujuan mana pun")
            }
            Self::MissionWithoutGoal { mission } => {
                format!("mission `{mission}` is served by no goal")
            }
            Self::ServesNoGoal { node, level } if id => format!(
                "{} `{node}` tidak terhubung ke tujuan organisasi",
                level.label(language)
            ),
            Self::ServesNoGoal { node, level } => {
                format!("{level} `{node}` serves no goal of the agency")
            }
            Self::NotServed { node, level } if id => format!(
                "{} `{node}` belum didukung oleh rencana hasil kerja pegawai",
                level.label(language)
            ),
            Self::NotServed { node, level } => {
                format!("{level} `{node}` is served by no employee's result")
            }
            Self::UnsupportedLeaderResult { node, owner } if id => {
                let owner = owner.describe(language);
                format!("hasil kerja `{node}` milik {owner} tidak diintervensi oleh bawahan")
            }
            Self::UnsupportedLeaderResult { node, owner } => {
                format!("result `{node}` of {owner} is supported by none of their staff")
            }
            Self::EmployeeWithoutResults { employee } if id => {
                format!("pegawai {employee} belum memiliki rencana hasil kerja")
            }
            Self::EmployeeWithoutResults { employee } => {
                format!("employee {employee} has no work result")
            }
            Self::MissingIndicators { node, level } if id => {
                format!(
                    "{} `{node}` belum memiliki indikator",
                    level.label(language)
                )
            }
            Self::MissingIndicators { node, level } => format!("{level} `{node}` has no indicator"),
            Self::SkippedLevel {
                node,
                level,
                parent,
                parent_level,
            } if id => format!(
                "{} `{node}` langsung di bawah {} `{parent}`, melompati jenjang",
                level.label(language),
                parent_level.label(language)
            ),
            Self::SkippedLevel {
                node,
                level,
                parent,
                parent_level,
            } => format!(
                "{level} `{node}` sits directly below {parent_level} `{parent}`, skipping a level"
            ),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// The alignment report of a cascade: every [`Finding`], sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagnostics {
    findings: Vec<Finding>,
}

impl Diagnostics {
    /// The findings, sorted by kind and id.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Whether nothing was found.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

impl Cascade {
    /// Reports every alignment gap of the cascade: missions without goals, nodes that serve
    /// no goal, goals and objectives no employee's result serves, leaders' results none of
    /// their staff supports, employees without results, nodes without indicators, and
    /// skipped levels.
    ///
    /// The report depends only on the cascade's content, never on input order. It runs in
    /// time linear in the number of nodes and employees (plus sorting the findings).
    #[must_use]
    pub fn diagnose(&self) -> Diagnostics {
        let nodes = self.nodes();
        let links = &self.links;
        let agency = self.agency();
        let mut findings = Vec::new();

        for mission in agency.missions() {
            let served = self
                .at_level(Level::Goal)
                .any(|goal| goal.missions().contains(mission.id()));
            if !served {
                findings.push(Finding::MissionWithoutGoal {
                    mission: mission.id().clone(),
                });
            }
        }

        // Top-down: does the chain reach a goal? Bottom-up: is a result somewhere below?
        let mut reaches_goal = vec![false; nodes.len()];
        for &i in &links.top_down {
            let via_parent = links
                .parent
                .get(i)
                .copied()
                .flatten()
                .and_then(|p| reaches_goal.get(p).copied());
            let is_goal = nodes.get(i).is_some_and(|n| n.level() == Level::Goal);
            if let Some(flag) = reaches_goal.get_mut(i) {
                *flag = is_goal || via_parent.unwrap_or(false);
            }
        }
        let mut result_below = vec![false; nodes.len()];
        for &i in links.top_down.iter().rev() {
            let is_result = nodes.get(i).is_some_and(|n| n.level().is_individual());
            let carries = is_result || result_below.get(i).copied().unwrap_or(false);
            if let Some(p) = links.parent.get(i).copied().flatten() {
                if let Some(flag) = result_below.get_mut(p) {
                    *flag |= carries;
                }
            }
        }

        let mut positions_with_results = vec![false; agency.positions().len()];
        let mut employees_with_results: Vec<&EmployeeNumber> = Vec::new();
        for (i, node) in nodes.iter().enumerate() {
            let (node_id, level) = (node.id(), node.level());
            if !reaches_goal.get(i).copied().unwrap_or(false) {
                findings.push(Finding::ServesNoGoal {
                    node: node_id.clone(),
                    level,
                });
            }
            let strategic = matches!(level, Level::Goal | Level::Objective);
            if strategic && !result_below.get(i).copied().unwrap_or(false) {
                findings.push(Finding::NotServed {
                    node: node_id.clone(),
                    level,
                });
            }
            if node.indicators().is_empty() {
                findings.push(Finding::MissingIndicators {
                    node: node_id.clone(),
                    level,
                });
            }
            if let Some(parent) = self.parent_of_index(i) {
                if level.skips_from(parent.level()) {
                    findings.push(Finding::SkippedLevel {
                        node: node_id.clone(),
                        level,
                        parent: parent.id().clone(),
                        parent_level: parent.level(),
                    });
                }
            }
            if level.is_individual() {
                match node.owner() {
                    Owner::Employee(number) => employees_with_results.push(number),
                    Owner::Position(_) | Owner::Unit(_) => {}
                }
                let owner_position = links.owner_position.get(i).copied().flatten();
                if let Some(p) = owner_position {
                    if let Some(flag) = positions_with_results.get_mut(p) {
                        *flag |= matches!(node.owner(), Owner::Position(_));
                    }
                    let supported = links
                        .children_of(i)
                        .iter()
                        .any(|&c| nodes.get(c).is_some_and(|n| n.level().is_individual()));
                    if !supported && agency.leads_anyone_at(p) {
                        findings.push(Finding::UnsupportedLeaderResult {
                            node: node_id.clone(),
                            owner: node.owner().clone(),
                        });
                    }
                }
            }
        }

        employees_with_results.sort_unstable();
        for employee in agency.employees() {
            let own = employees_with_results
                .binary_search(&employee.number())
                .is_ok();
            let via_position = agency
                .position_index(employee.position())
                .and_then(|p| positions_with_results.get(p).copied())
                .unwrap_or(false);
            if !own && !via_position {
                findings.push(Finding::EmployeeWithoutResults {
                    employee: *employee.number(),
                });
            }
        }

        findings.sort_unstable();
        Diagnostics { findings }
    }
}
