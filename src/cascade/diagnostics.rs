//! Alignment diagnostics: what a sound cascade still lacks, as a report rather than an error.

use super::{Cascade, Level, Node, Owner};
use crate::id::{MissionId, NodeId};
use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One alignment gap found by [`Cascade::diagnose`].
///
/// Findings order by kind (the order of the variants) and then by id, so a report does not
/// depend on the order the input was given in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "finding", remote = "Self")]
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

crate::objects_only::objects_only!(Finding);

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Diagnostics {
    findings: Vec<Finding>,
}

crate::objects_only::objects_only!(Diagnostics);

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

/// Who owns individual results: per position (by index), whether a result is owned by the
/// position; the employees who own one themselves, sorted.
struct ResultOwners<'a> {
    positions: Vec<bool>,
    employees: Vec<&'a EmployeeNumber>,
}

impl Cascade {
    /// Reports every alignment gap of the cascade: missions without goals, nodes that serve
    /// no goal, goals and objectives no employee's result serves, leaders' results none of
    /// their staff supports, employees without results, nodes without indicators, and
    /// skipped levels.
    ///
    /// The report depends only on the cascade's content, never on input order. It runs in
    /// time linear in the number of nodes and employees (plus sorting the findings).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::cascade::Finding;
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let report = cascade.diagnose();
    /// // Yoga, new in the secretariat, has no result in the sample's cascade yet.
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// assert!(report.findings().contains(&Finding::EmployeeWithoutResults { employee: yoga }));
    /// for finding in report.findings() {
    ///     println!("{}", finding.describe(Language::Indonesian));
    /// }
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn diagnose(&self) -> Diagnostics {
        let mut findings = self.missions_without_goals();
        let reaches_goal = self.reaches_goal();
        let result_below = self.result_below();
        for (i, node) in self.nodes().iter().enumerate() {
            let flag =
                |flags: &[bool]| flags.get(i).copied().or_invariant(false, "a flag per node");
            self.node_alignment(
                i,
                node,
                flag(&reaches_goal),
                flag(&result_below),
                &mut findings,
            );
        }
        let owners = self.result_owners(&mut findings);
        findings.extend(self.employees_without_results(&owners));
        findings.sort_unstable();
        Diagnostics { findings }
    }

    /// Missions no goal serves (one pass over the goals, then one over the missions).
    fn missions_without_goals(&self) -> Vec<Finding> {
        let mut served: Vec<&MissionId> = self
            .at_level(Level::Goal)
            .flat_map(|goal| goal.missions())
            .collect();
        served.sort_unstable();
        self.agency()
            .missions()
            .iter()
            .filter(|mission| served.binary_search(&mission.id()).is_err())
            .map(|mission| Finding::MissionWithoutGoal {
                mission: mission.id().clone(),
            })
            .collect()
    }

    /// Per node, whether its chain of parents reaches a goal (top-down).
    fn reaches_goal(&self) -> Vec<bool> {
        let nodes = self.nodes();
        let mut reaches = vec![false; nodes.len()];
        for &i in self.top_down_indices() {
            let via_parent = self
                .parent_index(i)
                .and_then(|p| reaches.get(p).copied())
                .unwrap_or(false);
            let is_goal = nodes.get(i).is_some_and(|n| n.level() == Level::Goal);
            if let Some(flag) = reaches.get_mut(i) {
                *flag = is_goal || via_parent;
            }
        }
        reaches
    }

    /// Per node, whether an individual result lies somewhere below it (bottom-up).
    fn result_below(&self) -> Vec<bool> {
        let nodes = self.nodes();
        let mut below = vec![false; nodes.len()];
        for &i in self.top_down_indices().iter().rev() {
            let is_result = nodes.get(i).is_some_and(|n| n.level().is_individual());
            let carries = is_result || below.get(i).copied().or_invariant(false, "a flag per node");
            if let Some(flag) = self.parent_index(i).and_then(|p| below.get_mut(p)) {
                *flag |= carries;
            }
        }
        below
    }

    /// The findings about one node's place in the tree: it serves no goal, no result serves
    /// it, it has no indicator, or it skips a level.
    fn node_alignment(
        &self,
        index: usize,
        node: &Node,
        reaches_goal: bool,
        result_below: bool,
        findings: &mut Vec<Finding>,
    ) {
        let (id, level) = (node.id(), node.level());
        if !reaches_goal {
            findings.push(Finding::ServesNoGoal {
                node: id.clone(),
                level,
            });
        }
        if matches!(level, Level::Goal | Level::Objective) && !result_below {
            findings.push(Finding::NotServed {
                node: id.clone(),
                level,
            });
        }
        if node.indicators().is_empty() {
            findings.push(Finding::MissingIndicators {
                node: id.clone(),
                level,
            });
        }
        if let Some(parent) = self.parent_of_index(index) {
            if level.skips_from(parent.level()) {
                findings.push(Finding::SkippedLevel {
                    node: id.clone(),
                    level,
                    parent: parent.id().clone(),
                    parent_level: parent.level(),
                });
            }
        }
    }

    /// Who owns individual results, noting on the way each leader's result that none of
    /// their staff's results supports.
    fn result_owners(&self, findings: &mut Vec<Finding>) -> ResultOwners<'_> {
        let agency = self.agency();
        let mut owners = ResultOwners {
            positions: vec![false; agency.positions().len()],
            employees: Vec::new(),
        };
        for (i, node) in self.nodes().iter().enumerate() {
            if !node.level().is_individual() {
                continue;
            }
            if let Owner::Employee(number) = node.owner() {
                owners.employees.push(number);
            }
            let Some(position) = self.owner_position_index(i) else {
                continue;
            };
            if let Some(flag) = owners.positions.get_mut(position) {
                *flag |= matches!(node.owner(), Owner::Position(_));
            }
            let supported = self.children_indices(i).iter().any(|&c| {
                self.nodes()
                    .get(c)
                    .is_some_and(|n| n.level().is_individual())
            });
            if !supported && agency.leads_anyone_at(position) {
                findings.push(Finding::UnsupportedLeaderResult {
                    node: node.id().clone(),
                    owner: node.owner().clone(),
                });
            }
        }
        owners.employees.sort_unstable();
        owners
    }

    /// Employees with no individual result, neither their own nor their position's.
    fn employees_without_results(&self, owners: &ResultOwners<'_>) -> Vec<Finding> {
        let agency = self.agency();
        agency
            .employees()
            .iter()
            .filter(|employee| {
                let own = owners.employees.binary_search(&employee.number()).is_ok();
                let via_position = agency
                    .position_index(employee.position())
                    .and_then(|p| owners.positions.get(p).copied())
                    .unwrap_or(false);
                !own && !via_position
            })
            .map(|employee| Finding::EmployeeWithoutResults {
                employee: *employee.number(),
            })
            .collect()
    }
}
