//! Roll-up along the cascade: direct links add realisations into the parent; indirect links
//! do not. From the rolled-up figures, the organisation's achievement per goal and objective.

use super::error::ScoringError;
use super::rolled::RolledUp;
use crate::cascade::{Cascade, Level, LinkKind, Node};
use crate::id::{IndicatorId, NodeId};
use crate::measure::{AchievementTrace, Definitions};
use crate::measure::{MeasureError, MeasureFormula};
use crate::measure::{Measurements, Realisation};
use crate::period::{Period, Span};

/// `sum + value`, or an overflow naming the indicator and period being added up.
fn add(
    sum: Option<Decimal>,
    value: Decimal,
    indicator: &IndicatorId,
    period: Period,
) -> Result<Decimal, ScoringError> {
    sum.unwrap_or(Decimal::ZERO)
        .checked_add(value)
        .ok_or_else(|| {
            MeasureError::Overflow {
                indicator: indicator.clone(),
                period: period.into(),
                formula: MeasureFormula::RollUp,
            }
            .into()
        })
}
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The indicator a goal or objective is scored by (its first); none for other nodes.
fn scored(node: &Node) -> Option<&crate::cascade::Indicator> {
    matches!(node.level(), Level::Goal | Level::Objective)
        .then(|| node.indicators().first())
        .flatten()
}

/// A goal's or objective's achievement, from rolled-up realisations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct NodeAchievement {
    /// The goal or objective.
    pub node: NodeId,
    /// Its level.
    pub level: Level,
    /// How its (first) indicator's achievement was made.
    pub trace: AchievementTrace,
}

crate::objects_only::objects_only!(NodeAchievement);

impl Cascade {
    /// The measurements with the roll-up figures of `periods` added along direct links.
    ///
    /// A node's roll-up indicator is its first. A node that a directly linked child adds
    /// into gets, in each period, one team figure: the sum of the roll-up figures of its
    /// directly linked children, and, only where the node declares that it keeps a figure of
    /// its own ([`Node::keeping_own_figure`](crate::cascade::Node::keeping_own_figure)), of
    /// its own realisations of that period (the team's and every employee's), replacing them.
    /// A realisation typed for such a node that does not keep its own figure is refused. A node that nothing
    /// adds into keeps its realisations as recorded, so the holders of a position are still
    /// measured one by one. A child's roll-up figure is the sum of its own realisations, and
    /// of its children's where they add in. Indirectly linked children add nothing.
    /// Realisations of other indicators and periods pass through unchanged. A figure made
    /// from children carries the evidence of the node's own team realisation only where the
    /// two are equal.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::cascade::{Indicator, Level, LinkKind, Node, Owner};
    /// use kinerja::measure::Realisation;
    /// use kinerja::prelude::*;
    /// use kinerja::Decimal;
    /// let office = Owner::Unit(UnitId::new("DIK")?);
    /// let (goal_indicator, objective_indicator) = (IndicatorId::new("IKT-1")?, IndicatorId::new("IKU-1")?);
    /// let cascade = Cascade::builder(kinerja::sample::siulak_agency()?)
    ///     .nodes([
    ///         Node::new(NodeId::new("T1")?, Level::Goal, "Mutu pendidikan dasar", office.clone())
    ///             .serving(MissionId::new("M1")?)
    ///             .indicator(Indicator::new(goal_indicator.clone(), "SD terakreditasi B", "sekolah")),
    ///         Node::new(NodeId::new("SS1")?, Level::Objective, "Akreditasi SD", office)
    ///             .under(NodeId::new("T1")?, LinkKind::Direct)
    ///             .indicator(Indicator::new(objective_indicator.clone(), "SD terakreditasi B", "sekolah")),
    ///     ])
    ///     .build()?;
    /// let q1: Period = "2026-Q1".parse()?;
    /// let recorded = Measurements::new([Realisation::new(objective_indicator, q1, Decimal::from(12))])?;
    /// // The objective adds into the goal along its direct link: the goal's figure is 12 schools.
    /// let rolled = cascade.roll_up(&[q1], &recorded)?;
    /// assert_eq!(rolled.of(&goal_indicator).first().map(|r| r.value()), Some(Decimal::from(12)));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ScoringError::UnitMismatch`] when a directly linked child's roll-up indicator is in
    /// another unit than its parent's (or the parent has no indicator to add into);
    /// [`ScoringError::OwnFigureOfSummedNode`] for a realisation of the roll-up indicator of
    /// a node that directly linked children with an indicator add into, unless the node
    /// keeps its own figure;
    /// [`MeasureError::Overflow`] when a sum leaves the range of exact decimals.
    pub fn roll_up(
        &self,
        periods: &[Period],
        measurements: &Measurements,
    ) -> Result<Measurements, ScoringError> {
        Ok(self.rolled_up(periods, measurements)?.into_measurements()?)
    }

    /// [`Cascade::roll_up`] kept beside `measurements`: only the sums are made anew.
    pub(crate) fn rolled_up<'a>(
        &self,
        periods: &[Period],
        measurements: &'a Measurements,
    ) -> Result<RolledUp<'a>, ScoringError> {
        self.check_roll_up_units()?;
        let nodes = self.nodes();
        // Each node's roll-up indicator looked up once, for every step below.
        let recorded = RolledUp::new(
            measurements,
            nodes
                .iter()
                .map(|n| {
                    n.indicators()
                        .first()
                        .map_or(0..0, |i| measurements.run_of(i.id()))
                })
                .collect(),
        );
        if let Some(refused) = self.first_own_figure_of_summed_node(&recorded) {
            return Err(refused);
        }
        let width = periods.len();
        let slot = |node: usize, period: Period| {
            periods
                .iter()
                .position(|&p| p == period)
                .map(|k| node * width + k)
        };
        // Each node's own sum per period, from all of its roll-up indicator's realisations.
        let mut totals: Vec<Option<Decimal>> = vec![None; nodes.len() * width];
        for (i, node) in nodes.iter().enumerate() {
            let Some(indicator) = node.indicators().first() else {
                continue;
            };
            for r in recorded.recorded_of_node(i) {
                if let Some(cell) = slot(i, r.period()).and_then(|s| totals.get_mut(s)) {
                    *cell = Some(add(*cell, r.value(), indicator.id(), r.period())?);
                }
            }
        }
        // Children before parents: each child's total is final when it is added up.
        let mut received = vec![false; nodes.len() * width];
        for &i in self.top_down_indices().iter().rev() {
            let direct = nodes
                .get(i)
                .and_then(|n| n.parent())
                .is_some_and(|p| p.kind == LinkKind::Direct);
            let parent = self.parent_index(i);
            let (Some(p), true) = (parent, direct) else {
                continue;
            };
            let Some(parent_indicator) = nodes.get(p).and_then(|n| n.indicators().first()) else {
                continue;
            };
            for (k, &period) in periods.iter().enumerate() {
                let Some(value) = totals.get(i * width + k).copied().flatten() else {
                    continue;
                };
                if let Some(cell) = totals.get_mut(p * width + k) {
                    *cell = Some(add(*cell, value, parent_indicator.id(), period)?);
                }
                if let Some(flag) = received.get_mut(p * width + k) {
                    *flag = true;
                }
            }
        }
        // A node that received a sum in some period gets a run of its own: the sums, and
        // the recorded realisations of the other periods (a sum replaces every realisation
        // of its indicator and period, whoever it names).
        let mut rolled = recorded;
        for (i, node) in nodes.iter().enumerate() {
            let Some(indicator) = node.indicators().first() else {
                continue;
            };
            let cells = i * width..(i + 1) * width;
            if !received.get(cells).unwrap_or_default().contains(&true) {
                continue;
            }
            let own = rolled.recorded_of_node(i);
            let sums = periods.iter().enumerate().filter_map(|(k, &period)| {
                let cell = i * width + k;
                let (Some(true), Some(Some(total))) =
                    (received.get(cell).copied(), totals.get(cell).copied())
                else {
                    return None;
                };
                let figure = Realisation::new(indicator.id().clone(), period, total);
                // The evidence of the node's own team figure, where the two are equal.
                Some(
                    match own
                        .iter()
                        .take_while(|r| r.employee().is_none())
                        .find(|r| r.period() == period)
                        .filter(|r| r.value() == total)
                        .and_then(Realisation::evidence)
                    {
                        Some(evidence) => figure.with_evidence(evidence),
                        None => figure,
                    },
                )
            });
            rolled.replace(i, sums);
        }
        Ok(rolled)
    }

    /// The organisation's achievement (capaian kinerja organisasi) for every goal and
    /// strategic objective with an indicator, over `scope`: each one's first indicator is
    /// scored by its definition on `measurements` (as recorded) rolled up
    /// ([`Cascade::roll_up`]) over the periods of `scope` that some definition targets.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::cascade::Level;
    /// use kinerja::{prelude::*, sample};
    /// let cascade = sample::siulak_cascade()?;
    /// let definitions = sample::siulak_definitions()?;
    /// let year: Period = "2026".parse()?;
    /// // The realisations as recorded: they are rolled up here (rolling up figures that were
    /// // already rolled up is refused, since the sums would count the staff twice).
    /// let achieved = cascade.organisation_achievement(year, &definitions, &sample::siulak_realisations()?)?;
    /// // Goals and objectives only: the strategic objective SS1 and its key indicator among them.
    /// assert!(achieved.iter().all(|a| matches!(a.level, Level::Goal | Level::Objective)));
    /// assert!(achieved.iter().any(|a| a.node.as_str() == "SS1"));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`MeasureError::UnknownIndicator`] when a goal's or objective's first indicator has no
    /// definition in `definitions`; any error of [`Cascade::roll_up`] or of the achievement.
    pub fn organisation_achievement(
        &self,
        scope: impl Into<Span>,
        definitions: &Definitions,
        measurements: &Measurements,
    ) -> Result<Vec<NodeAchievement>, ScoringError> {
        let scope = scope.into();
        let rolled = self.roll_up_over(scope, definitions, measurements)?;
        let nodes = self.nodes();
        // Counted first: the achievements are large, and growing the list copied them.
        let mut achievements = Vec::with_capacity(nodes.iter().filter_map(scored).count());
        for (index, node) in nodes.iter().enumerate() {
            let Some(indicator) = scored(node) else {
                continue;
            };
            let definition = definitions.find(indicator.id())?;
            let team = rolled.team_of(index, indicator.id());
            achievements.push(NodeAchievement {
                node: node.id().clone(),
                level: node.level(),
                trace: definition.explain_runs(scope, &[], team)?,
            });
        }
        Ok(achievements)
    }

    /// [`Cascade::roll_up`] over every period in `scope` that some definition targets: the
    /// realisations the organisation's achievement reads.
    pub(crate) fn roll_up_over<'a>(
        &self,
        scope: Span,
        definitions: &Definitions,
        measurements: &'a Measurements,
    ) -> Result<RolledUp<'a>, ScoringError> {
        let periods: Vec<Period> = definitions
            .target_periods()
            .iter()
            .copied()
            .filter(|period| scope.contains(period))
            .collect();
        self.rolled_up(&periods, measurements)
    }

    /// The ids of the directly linked children with an indicator, whose roll-up figures
    /// add into the node at `index`, in id order.
    pub(crate) fn summing_children(&self, index: usize) -> Vec<NodeId> {
        let nodes = self.nodes();
        let mut children: Vec<NodeId> = self
            .children_indices(index)
            .iter()
            .filter_map(|&c| nodes.get(c))
            .filter(|c| c.parent().is_some_and(|p| p.kind == LinkKind::Direct))
            .filter(|c| !c.indicators().is_empty())
            .map(|c| c.id().clone())
            .collect();
        children.sort_unstable();
        children
    }

    /// A realisation's refusal when it is typed for the roll-up indicator of a node whose
    /// figure sums up from its children and that does not keep a figure of its own.
    pub(crate) fn own_figure_of_summed_node(
        &self,
        realisation: &Realisation,
    ) -> Option<ScoringError> {
        let node = self.indicator(realisation.indicator())?;
        let first = node.indicators().first()?;
        if node.keeps_own_figure() || first.id() != realisation.indicator() {
            return None;
        }
        let index = self.index_of(node.id())?;
        let children = self.summing_children(index);
        (!children.is_empty()).then(|| ScoringError::OwnFigureOfSummedNode {
            node: node.id().clone(),
            statement: node.statement().to_owned(),
            indicator: first.id().clone(),
            period: realisation.period(),
            children,
        })
    }

    /// The first refusal of [`Cascade::own_figure_of_summed_node`] among `measurements`, in
    /// their order. Found node by node: a node's realisations of its roll-up indicator lie
    /// together, and an indicator belongs to one node, so the first refused realisation is
    /// the least of each refusing node's first one (looking up the node of every
    /// realisation instead was a tenth of a roll-up).
    fn first_own_figure_of_summed_node(&self, recorded: &RolledUp<'_>) -> Option<ScoringError> {
        let nodes = self.nodes();
        let sums = |index: usize| {
            self.children_indices(index).iter().any(|&c| {
                nodes.get(c).is_some_and(|c| {
                    c.parent().is_some_and(|p| p.kind == LinkKind::Direct)
                        && !c.indicators().is_empty()
                })
            })
        };
        let first = nodes
            .iter()
            .enumerate()
            .filter(|(_, node)| !node.keeps_own_figure())
            .filter_map(|(index, _)| {
                let first = recorded.recorded_of_node(index).first()?;
                sums(index).then_some(first)
            })
            .min_by(|a, b| {
                (a.indicator(), a.employee(), a.period()).cmp(&(
                    b.indicator(),
                    b.employee(),
                    b.period(),
                ))
            })?;
        self.own_figure_of_summed_node(first)
    }

    fn check_roll_up_units(&self) -> Result<(), ScoringError> {
        match self.roll_up_mismatches().next() {
            Some(mismatch) => Err(mismatch),
            None => Ok(()),
        }
    }

    /// Every directly linked child whose roll-up indicator's unit differs from its
    /// parent's (or whose parent has no indicator), in id order.
    pub(crate) fn roll_up_mismatches(&self) -> impl Iterator<Item = ScoringError> + '_ {
        self.nodes().iter().enumerate().filter_map(|(i, node)| {
            let direct = node.parent().is_some_and(|p| p.kind == LinkKind::Direct);
            let (true, Some(child_indicator), Some(parent)) =
                (direct, node.indicators().first(), self.parent_of_index(i))
            else {
                return None;
            };
            let parent_unit = parent.indicators().first().map(|i| i.unit());
            (parent_unit != Some(child_indicator.unit())).then(|| ScoringError::UnitMismatch {
                node: parent.id().clone(),
                unit: parent_unit.unwrap_or("(no indicator)").to_owned(),
                child: node.id().clone(),
                child_unit: child_indicator.unit().to_owned(),
            })
        })
    }
}
