//! The errors of the performance tree.

use super::{Level, Owner};
use crate::id::{IndicatorId, MissionId, NodeId, PositionId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::TextField;
use rust_decimal::Decimal;
use std::fmt;
use thiserror::Error;

/// The level rule a cascade node breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LevelRule {
    /// A goal must serve at least one mission.
    GoalNeedsMission,
    /// Only goals name missions.
    MissionOnlyOnGoal,
    /// A goal is a root: it has no parent.
    GoalIsRoot,
    /// A node must sit below a higher level (results may also sit below results).
    ParentLevel {
        /// The parent's level.
        parent_level: Level,
    },
    /// An individual result is owned by a position or an employee, not a unit.
    ResultNeedsPerson,
    /// Only individual results are additional (tambahan).
    CategoryOnlyOnResult,
    /// Only a main individual result carries a weight in its owner's plan.
    PlanWeightOnlyOnMainResult,
    /// Only an individual result owned by a position can be shared among its holders.
    SharedOnlyOnPositionResult,
}

impl fmt::Display for LevelRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::GoalNeedsMission => f.write_str("a goal must serve at least one mission"),
            Self::MissionOnlyOnGoal => f.write_str("only a goal may name missions"),
            Self::GoalIsRoot => f.write_str("a goal may not have a parent"),
            Self::ParentLevel { parent_level } => {
                write!(f, "it may not sit below a {parent_level}")
            }
            Self::ResultNeedsPerson => {
                f.write_str("an individual result must be owned by a position or an employee")
            }
            Self::CategoryOnlyOnResult => {
                f.write_str("only an individual result may be marked additional")
            }
            Self::PlanWeightOnlyOnMainResult => {
                f.write_str("only a main individual result carries a weight in its owner's plan")
            }
            Self::SharedOnlyOnPositionResult => f.write_str(
                "only an individual result owned by a position can be shared among its holders",
            ),
        }
    }
}

/// A performance tree that is not sound.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CascadeError {
    /// Several problems, every one found in one pass, in the documented order (never
    /// nested, never fewer than two).
    #[error("{} problems: {}", .problems.len(), joined(.problems))]
    Problems {
        /// The problems.
        problems: Vec<CascadeError>,
    },
    /// More nodes than the limit allows.
    #[error("the cascade has {count} nodes, more than the limit of {limit}")]
    TooManyNodes {
        /// Nodes given.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A node id appears twice.
    #[error("node `{node}` appears more than once")]
    DuplicateNode {
        /// The repeated id.
        node: NodeId,
    },
    /// An indicator id appears twice in the cascade.
    #[error("node `{node}`: indicator `{indicator}` is already used in the cascade")]
    DuplicateIndicator {
        /// The node where it appears again.
        node: NodeId,
        /// The repeated indicator id.
        indicator: IndicatorId,
    },
    /// A required text is blank.
    #[error("node `{node}`: {field} is blank")]
    BlankText {
        /// The node.
        node: NodeId,
        /// Which field.
        field: TextField,
    },
    /// The parent named by a node does not exist.
    #[error("node `{node}` names unknown parent `{parent}`")]
    UnknownParent {
        /// The node.
        node: NodeId,
        /// The missing parent.
        parent: NodeId,
    },
    /// The owner named by a node is not in the agency.
    #[error("node `{node}` is owned by {owner}, which is not in the agency")]
    UnknownOwner {
        /// The node.
        node: NodeId,
        /// The missing owner.
        owner: Owner,
    },
    /// The mission named by a goal is not in the agency.
    #[error("node `{node}` serves unknown mission `{mission}`")]
    UnknownMission {
        /// The goal.
        node: NodeId,
        /// The missing mission.
        mission: MissionId,
    },
    /// The parent links loop back.
    #[error("node `{node}` is its own ancestor: the cascade has a cycle")]
    Cycle {
        /// The smallest node id on the cycle.
        node: NodeId,
    },
    /// A node sits deeper than the limit allows.
    #[error("node `{node}` sits at depth {depth}, deeper than the limit of {limit}")]
    TooDeep {
        /// The first node (by id) past the limit.
        node: NodeId,
        /// Its depth (a root is at depth 1).
        depth: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A node breaks a rule of its level.
    #[error("node `{node}` ({level}): {rule}")]
    Level {
        /// The node.
        node: NodeId,
        /// Its level.
        level: Level,
        /// The rule broken.
        rule: LevelRule,
    },
    /// An individual result does not support a result of the owner's direct superior.
    #[error("result `{node}` must support {}, but its parent is `{parent}`", expected_parent(.superior.as_ref()))]
    NotSuperiorsResult {
        /// The result.
        node: NodeId,
        /// Its parent.
        parent: NodeId,
        /// The owner's superior position, if the owner has one.
        superior: Option<PositionId>,
    },
    /// Some children of one parent are weighted and some are not.
    #[error("children of {}: `{unweighted}` has no weight while its siblings do", parent_text(.parent.as_ref()))]
    PartialWeights {
        /// The parent (none for the roots).
        parent: Option<NodeId>,
        /// The first (by id) child without a weight.
        unweighted: NodeId,
    },
    /// The weights of one parent's children do not total 100 %.
    #[error("weights of the children of {} total {total} %, not 100 %", parent_text(.parent.as_ref()))]
    WeightTotal {
        /// The parent (none for the roots).
        parent: Option<NodeId>,
        /// The exact total found.
        total: Decimal,
    },
    /// Some indicators of one node are weighted and some are not.
    #[error(
        "node `{node}`: indicator `{unweighted}` has no weight while the node's other indicators do"
    )]
    PartialIndicatorWeights {
        /// The node.
        node: NodeId,
        /// The first of its indicators (in the node's order) without a weight.
        unweighted: IndicatorId,
    },
    /// The weights of one node's indicators do not total 100 %.
    #[error("node `{node}`: the weights of its indicators total {total} %, not 100 %")]
    IndicatorWeightTotal {
        /// The node.
        node: NodeId,
        /// The exact total found.
        total: Decimal,
    },
    /// Some main results of one employee's plan carry a plan weight and some do not.
    #[error(
        "the plan of employee {employee}: result `{unweighted}` has no plan weight while the plan's other main results do"
    )]
    PartialPlanWeights {
        /// The employee whose plan (own and position's results) is mixed.
        employee: EmployeeNumber,
        /// The first main result (by id) without a plan weight.
        unweighted: NodeId,
    },
    /// The plan weights of one employee's main results do not total 100 %.
    #[error(
        "the plan of employee {employee}: the plan weights of the main results total {total} %, not 100 %"
    )]
    PlanWeightTotal {
        /// The employee.
        employee: EmployeeNumber,
        /// The exact total found.
        total: Decimal,
    },
    /// A role–result matrix was asked for a position that is not in the agency.
    #[error("position `{position}` is not in the agency")]
    UnknownLeader {
        /// The position asked for.
        position: PositionId,
    },
}

fn expected_parent(superior: Option<&PositionId>) -> String {
    match superior {
        Some(position) => format!("a result of the direct superior (position `{position}`)"),
        None => "an organisational node, since its owner has no superior".to_owned(),
    }
}

fn parent_text(parent: Option<&NodeId>) -> String {
    match parent {
        Some(node) => format!("`{node}`"),
        None => "the root".to_owned(),
    }
}

impl LevelRule {
    /// The rule in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::GoalNeedsMission, _) => {
                "tujuan harus melayani paling sedikit satu misi".to_owned()
            }
            (Self::MissionOnlyOnGoal, _) => "hanya tujuan yang boleh menyebut misi".to_owned(),
            (Self::GoalIsRoot, _) => "tujuan tidak boleh punya induk".to_owned(),
            (Self::ParentLevel { parent_level }, _) => format!(
                "tidak boleh berada di bawah {}",
                parent_level.label(Language::Indonesian)
            ),
            (Self::ResultNeedsPerson, _) => {
                "rencana hasil kerja harus dimiliki jabatan atau pegawai".to_owned()
            }
            (Self::CategoryOnlyOnResult, _) => {
                "hanya rencana hasil kerja yang boleh ditandai tambahan".to_owned()
            }
            (Self::PlanWeightOnlyOnMainResult, _) => {
                "hanya hasil kerja utama yang berbobot dalam SKP pemiliknya".to_owned()
            }
            (Self::SharedOnlyOnPositionResult, _) => {
                "hanya hasil kerja milik jabatan yang dapat dibagi para pemangkunya".to_owned()
            }
        }
    }
}

/// The problems in English, one after another.
fn joined(problems: &[CascadeError]) -> String {
    let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
    all.join("; ")
}

impl CascadeError {
    /// Every problem: the list of [`CascadeError::Problems`], or this one alone.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::cascade::{CascadeError, Level, LinkKind, Node, Owner};
    /// use kinerja::id::{NodeId, UnitId};
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let unit = Owner::Unit(UnitId::new("DIK")?);
    /// // Two nodes under parents that do not exist: both are named at once.
    /// let orphan = |id: &str, parent: &str| -> Result<Node, kinerja::Error> {
    ///     Ok(Node::new(NodeId::new(id)?, Level::Objective, "Sasaran", unit.clone())
    ///         .under(NodeId::new(parent)?, LinkKind::Indirect))
    /// };
    /// let refused = kinerja::Cascade::builder(agency)
    ///     .nodes([orphan("SS1", "T9")?, orphan("SS2", "T8")?])
    ///     .build()
    ///     .err()
    ///     .ok_or("accepted")?;
    /// assert_eq!(refused.all().len(), 2);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn all(&self) -> &[CascadeError] {
        match self {
            Self::Problems { problems } => problems,
            one => std::slice::from_ref(one),
        }
    }

    /// The error for `problems`, found in one pass: none when there is none, the problem
    /// itself when there is one, [`CascadeError::Problems`] otherwise.
    pub(crate) fn of(mut problems: Vec<Self>) -> Option<Self> {
        match problems.len() {
            0 => None,
            1 => problems.pop(),
            _ => Some(Self::Problems { problems }),
        }
    }

    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let parent_id = |parent: Option<&NodeId>| {
            parent.map_or_else(|| "akar".to_owned(), |node| format!("`{node}`"))
        };
        match self {
            Self::Problems { problems } => {
                let lines: Vec<String> = problems.iter().map(|p| p.describe(language)).collect();
                let head = match language {
                    Language::Indonesian => "masalah",
                    Language::English => "problems",
                };
                format!("{} {head}:\n- {}", problems.len(), lines.join("\n- "))
            }
            _ if language == Language::English => self.to_string(),
            Self::TooManyNodes { count, limit } => {
                format!("pohon kinerja punya {count} simpul, melebihi batas {limit}")
            }
            Self::DuplicateNode { node } => format!("simpul `{node}` muncul lebih dari sekali"),
            Self::DuplicateIndicator { node, indicator } => {
                format!("simpul `{node}`: indikator `{indicator}` sudah dipakai di pohon kinerja")
            }
            Self::BlankText { node, field } => {
                format!("simpul `{node}`: {} kosong", field.label(language))
            }
            Self::UnknownParent { node, parent } => {
                format!("simpul `{node}` menyebut induk `{parent}` yang tidak ada")
            }
            Self::UnknownOwner { node, owner } => format!(
                "simpul `{node}` dimiliki {}, yang tidak ada di instansi",
                owner.describe(language)
            ),
            Self::UnknownMission { node, mission } => {
                format!("simpul `{node}` melayani misi `{mission}` yang tidak ada")
            }
            Self::Cycle { node } => {
                format!("simpul `{node}` menjadi leluhurnya sendiri: pohon kinerja berputar")
            }
            Self::TooDeep { node, depth, limit } => {
                format!("simpul `{node}` berada di kedalaman {depth}, melebihi batas {limit}")
            }
            Self::Level { node, level, rule } => format!(
                "simpul `{node}` ({}): {}",
                level.label(language),
                rule.describe(language)
            ),
            Self::NotSuperiorsResult {
                node,
                parent,
                superior,
            } => {
                let expected = superior.as_ref().map_or_else(
                    || "simpul organisasi, karena pemiliknya tidak punya atasan".to_owned(),
                    |p| format!("hasil kerja atasan langsung (jabatan `{p}`)"),
                );
                format!(
                    "hasil kerja `{node}` harus mendukung {expected}, tetapi induknya `{parent}`"
                )
            }
            Self::PartialWeights { parent, unweighted } => format!(
                "anak dari {}: `{unweighted}` tidak berbobot sementara saudaranya berbobot",
                parent_id(parent.as_ref())
            ),
            Self::WeightTotal { parent, total } => format!(
                "bobot anak dari {} berjumlah {total} %, bukan 100 %",
                parent_id(parent.as_ref())
            ),
            Self::PartialIndicatorWeights { node, unweighted } => format!(
                "simpul `{node}`: indikator `{unweighted}` tidak berbobot sementara indikator lain berbobot"
            ),
            Self::IndicatorWeightTotal { node, total } => {
                format!("simpul `{node}`: bobot indikatornya berjumlah {total} %, bukan 100 %")
            }
            Self::PartialPlanWeights {
                employee,
                unweighted,
            } => format!(
                "SKP pegawai {employee}: hasil kerja `{unweighted}` tidak berbobot sementara hasil kerja utama lain berbobot"
            ),
            Self::PlanWeightTotal { employee, total } => format!(
                "SKP pegawai {employee}: bobot hasil kerja utama berjumlah {total} %, bukan 100 %"
            ),
            Self::UnknownLeader { position } => {
                format!("jabatan `{position}` tidak ada di instansi")
            }
        }
    }
}

crate::refusal::told_by_describe!(CascadeError);
