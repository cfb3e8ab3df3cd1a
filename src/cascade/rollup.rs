//! Roll-up along the cascade: direct links add realisations into the parent; indirect links
//! do not. From the rolled-up figures, the organisation's achievement per goal and objective.

use super::{Cascade, Level, LinkKind};
use crate::error::ScoringError;
use crate::id::{IndicatorId, NodeId};
use crate::indicator::{AchievementTrace, Definitions};
use crate::measure::{Measurements, Realisation};
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A goal's or objective's achievement, from rolled-up realisations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeAchievement {
    /// The goal or objective.
    pub node: NodeId,
    /// Its level.
    pub level: Level,
    /// How its (first) indicator's achievement was made.
    pub trace: AchievementTrace,
}

impl Cascade {
    /// The measurements with each node's roll-up figure in each of `periods`: a node's first
    /// indicator (its roll-up indicator) gets its own realisation, if any, plus the rolled-up
    /// figures of its directly linked children. Indirectly linked children add nothing.
    /// Realisations of other indicators pass through unchanged; a figure made from children
    /// carries no evidence of its own.
    ///
    /// # Errors
    /// [`ScoringError::UnitMismatch`] when a directly linked child's roll-up indicator is in
    /// another unit than its parent's (or the parent has no indicator to add into);
    /// [`ScoringError::Overflow`] on overflow.
    pub fn roll_up(
        &self,
        periods: &[Period],
        measurements: &Measurements,
    ) -> Result<Measurements, ScoringError> {
        self.check_roll_up_units()?;
        let nodes = self.nodes();
        let roll_up_indicators: BTreeSet<&IndicatorId> = nodes
            .iter()
            .filter_map(|n| n.indicators().first())
            .map(|i| i.id())
            .collect();
        let mut rolled: Vec<Realisation> = measurements
            .all()
            .iter()
            .filter(|r| {
                !roll_up_indicators.contains(r.indicator()) || !periods.contains(&r.period())
            })
            .cloned()
            .collect();
        let mut totals: Vec<Option<Decimal>> = vec![None; nodes.len()];
        for &period in periods {
            totals.iter_mut().for_each(|t| *t = None);
            for (i, node) in nodes.iter().enumerate() {
                if let Some(indicator) = node.indicators().first() {
                    if let Some(slot) = totals.get_mut(i) {
                        *slot = measurements
                            .get(indicator.id(), period)
                            .map(Realisation::value);
                    }
                }
            }
            // Children before parents: each child's total is final when it is added up.
            for &i in self.links.top_down.iter().rev() {
                let direct = nodes
                    .get(i)
                    .and_then(|n| n.parent())
                    .is_some_and(|p| p.kind == LinkKind::Direct);
                let parent = self.links.parent.get(i).copied().flatten();
                let (Some(p), true, Some(value)) =
                    (parent, direct, totals.get(i).copied().flatten())
                else {
                    continue;
                };
                if let Some(slot) = totals.get_mut(p) {
                    let sum = slot
                        .unwrap_or(Decimal::ZERO)
                        .checked_add(value)
                        .ok_or(ScoringError::Overflow)?;
                    *slot = Some(sum);
                }
            }
            for (node, total) in nodes.iter().zip(&totals) {
                if let (Some(indicator), Some(total)) = (node.indicators().first(), total) {
                    let own = measurements.get(indicator.id(), period);
                    let mut realisation = Realisation::new(indicator.id().clone(), period, *total);
                    if let Some(evidence) = own
                        .filter(|r| r.value() == *total)
                        .and_then(Realisation::evidence)
                    {
                        realisation = realisation.with_evidence(evidence);
                    }
                    rolled.push(realisation);
                }
            }
        }
        Measurements::new(rolled)
    }

    /// The organisation's achievement (capaian kinerja organisasi) for every goal and
    /// strategic objective with an indicator, over `scope`: each one's first indicator is
    /// scored by its definition on the rolled-up realisations.
    ///
    /// # Errors
    /// [`ScoringError::UnknownIndicator`] when a goal's or objective's first indicator has no
    /// definition in `definitions`; any error of [`Cascade::roll_up`] or of the achievement.
    pub fn organisation_achievement(
        &self,
        scope: impl Into<Span>,
        definitions: &Definitions,
        measurements: &Measurements,
    ) -> Result<Vec<NodeAchievement>, ScoringError> {
        let scope = scope.into();
        let periods: BTreeSet<Period> = definitions
            .iter()
            .flat_map(|d| d.targets().keys().copied())
            .filter(|p| scope.contains(p))
            .collect();
        let periods: Vec<Period> = periods.into_iter().collect();
        let rolled = self.roll_up(&periods, measurements)?;
        let mut achievements = Vec::new();
        for node in self.nodes() {
            if !matches!(node.level(), Level::Goal | Level::Objective) {
                continue;
            }
            let Some(indicator) = node.indicators().first() else {
                continue;
            };
            let definition = definitions.find(indicator.id())?;
            achievements.push(NodeAchievement {
                node: node.id().clone(),
                level: node.level(),
                trace: definition.explain_achievement(scope, &rolled)?,
            });
        }
        Ok(achievements)
    }

    fn check_roll_up_units(&self) -> Result<(), ScoringError> {
        for (i, node) in self.nodes().iter().enumerate() {
            let direct = node.parent().is_some_and(|p| p.kind == LinkKind::Direct);
            let (true, Some(child_indicator), Some(parent)) =
                (direct, node.indicators().first(), self.parent_of_index(i))
            else {
                continue;
            };
            let parent_unit = parent.indicators().first().map(|i| i.unit());
            if parent_unit != Some(child_indicator.unit()) {
                return Err(ScoringError::UnitMismatch {
                    node: parent.id().clone(),
                    unit: parent_unit.unwrap_or("(no indicator)").to_owned(),
                    child: node.id().clone(),
                    child_unit: child_indicator.unit().to_owned(),
                });
            }
        }
        Ok(())
    }
}
