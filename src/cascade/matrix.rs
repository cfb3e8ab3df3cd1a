//! The role–result matrix (Matriks Pembagian Peran dan Hasil).

use super::CascadeError;
use super::{Cascade, Owner};
use crate::id::{NodeId, PositionId};
use crate::nip::EmployeeNumber;
use serde::{Deserialize, Serialize};

/// The role–result matrix of one leader: the leader's results across the top, the staff down
/// the side, and in each cell the staff member's results that support that leader result.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let cascade = kinerja::sample::siulak_cascade()?;
/// use kinerja::id::PositionId;
/// let matrix = cascade.role_result_matrix(&PositionId::new("KABID-SD")?)?;
/// for row in matrix.rows() {
///     for (leader_result, cell) in matrix.leader_results().iter().zip(row.cells()) {
///         // every result in `cell` supports `leader_result`
///         for staff_result in cell {
///             let parent = cascade.parent_of(staff_result).map(|p| p.id());
///             assert_eq!(parent, Some(leader_result));
///         }
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct RoleResultMatrix {
    leader: PositionId,
    leader_results: Vec<NodeId>,
    rows: Vec<MatrixRow>,
}

crate::objects_only::objects_only!(RoleResultMatrix);

/// One staff member's row of a [`RoleResultMatrix`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct MatrixRow {
    staff: EmployeeNumber,
    position: PositionId,
    cells: Vec<Vec<NodeId>>,
}

crate::objects_only::objects_only!(MatrixRow);

impl RoleResultMatrix {
    /// The leader's position.
    #[must_use]
    pub const fn leader(&self) -> &PositionId {
        &self.leader
    }

    /// The leader's results (the columns), by id.
    #[must_use]
    pub fn leader_results(&self) -> &[NodeId] {
        &self.leader_results
    }

    /// One row per staff member, by position and employee number.
    #[must_use]
    pub fn rows(&self) -> &[MatrixRow] {
        &self.rows
    }
}

impl MatrixRow {
    /// The staff member.
    #[must_use]
    pub const fn staff(&self) -> &EmployeeNumber {
        &self.staff
    }

    /// The staff member's position.
    #[must_use]
    pub const fn position(&self) -> &PositionId {
        &self.position
    }

    /// One cell per leader result, in column order: the staff results supporting it, by id.
    #[must_use]
    pub fn cells(&self) -> &[Vec<NodeId>] {
        &self.cells
    }

    /// Whether the staff member supports no leader result at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(Vec::is_empty)
    }
}

impl Cascade {
    /// The role–result matrix of the leader holding position `leader`: results owned by that
    /// position or by its holders are the columns; employees in positions reporting to it are
    /// the rows.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let matrix = cascade.role_result_matrix(&PositionId::new("KADIS")?)?;
    /// // The head's results are the columns: RHK-KADIS-1 and RHK-KADIS-2 in the sample.
    /// assert_eq!(matrix.leader_results().len(), 2);
    /// assert!(cascade.role_result_matrix(&PositionId::new("NOPE")?).is_err());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`CascadeError::UnknownLeader`] when `leader` is not a position of the agency.
    pub fn role_result_matrix(
        &self,
        leader: &PositionId,
    ) -> Result<RoleResultMatrix, CascadeError> {
        let agency = self.agency();
        let leader_index =
            agency
                .position_index(leader)
                .ok_or_else(|| CascadeError::UnknownLeader {
                    position: leader.clone(),
                })?;
        let columns: Vec<usize> = (0..self.nodes().len())
            .filter(|&i| {
                self.nodes()
                    .get(i)
                    .is_some_and(|n| n.level().is_individual())
                    && self.links.owner_position.get(i).copied().flatten() == Some(leader_index)
            })
            .collect();
        // Per column, its individual children by owner (then by their order among the
        // children): each employee's cell is two look-ups, not a walk of every child.
        let by_owner: Vec<Vec<(OwnerKey<'_>, usize)>> = columns
            .iter()
            .map(|&column| {
                let mut keyed: Vec<(OwnerKey<'_>, usize)> = self
                    .links
                    .children_of(column)
                    .iter()
                    .filter_map(|&c| {
                        let child = self.nodes().get(c)?;
                        if !child.level().is_individual() {
                            return None;
                        }
                        let key = match child.owner() {
                            Owner::Employee(number) => OwnerKey::Employee(number),
                            Owner::Position(position) => OwnerKey::Position(position),
                            Owner::Unit(_) => return None,
                        };
                        Some((key, c))
                    })
                    .collect();
                keyed.sort_unstable();
                keyed
            })
            .collect();
        let rows = agency
            .staff_of(leader)
            .map(|employee| {
                let cells = by_owner
                    .iter()
                    .map(|keyed| {
                        let mut owned: Vec<usize> = [
                            OwnerKey::Employee(employee.number()),
                            OwnerKey::Position(employee.position()),
                        ]
                        .into_iter()
                        .flat_map(|key| {
                            let from = keyed.partition_point(|(k, _)| *k < key);
                            let to = keyed.partition_point(|(k, _)| *k <= key);
                            keyed
                                .get(from..to)
                                .unwrap_or_default()
                                .iter()
                                .map(|&(_, c)| c)
                        })
                        .collect();
                        // Children are indexed in id order: the cell lists them so.
                        owned.sort_unstable();
                        owned
                            .into_iter()
                            .filter_map(|c| self.nodes().get(c))
                            .map(|n| n.id().clone())
                            .collect()
                    })
                    .collect();
                MatrixRow {
                    staff: *employee.number(),
                    position: employee.position().clone(),
                    cells,
                }
            })
            .collect();
        Ok(RoleResultMatrix {
            leader: leader.clone(),
            leader_results: columns
                .iter()
                .filter_map(|&c| self.nodes().get(c))
                .map(|n| n.id().clone())
                .collect(),
            rows,
        })
    }
}

/// Who owns an individual result, for look-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum OwnerKey<'a> {
    Employee(&'a crate::nip::EmployeeNumber),
    Position(&'a PositionId),
}
