//! The roll-up and the organisation's achievement against the figures worked out plainly,
//! on random cascades with the team's and holders' figures over several quarters.

use crate::common;

use common::{Tape, cascade_from_tape, nip, tape};
use kinerja::cascade::{Level, LinkKind, Node};
use kinerja::measure::{AchievementTrace, MeasureError, MissingPolicy, Target};
use kinerja::prelude::*;
use kinerja::scoring::ScoringError;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The quarters of 2026.
fn quarters() -> Vec<Period> {
    (1..=4)
        .map(|q| format!("2026-Q{q}").parse().unwrap())
        .collect()
}

/// Whether a directly linked child with an indicator adds into `node`.
fn summed(cascade: &Cascade, node: &Node) -> bool {
    cascade
        .children_of(node.id())
        .any(|c| c.parent().unwrap().kind == LinkKind::Direct && !c.indicators().is_empty())
}

/// The roll-up worked out plainly: each node's own figures of its roll-up indicator in
/// each period (the team's and every holder's), plus its directly linked children's sums;
/// where children add into a node in a period, one team figure stands for all of its
/// recorded ones, with the evidence of its own team figure where the two are equal.
fn rolled_plainly(cascade: &Cascade, periods: &[Period], recorded: &Measurements) -> Measurements {
    let mut order: Vec<&Node> = cascade.nodes().iter().collect();
    order.sort_by_key(|n| std::cmp::Reverse(cascade.depth_of(n.id()).unwrap()));
    // (node, period) → (total, whether children added into it).
    let mut totals: BTreeMap<(NodeId, Period), (Option<Decimal>, bool)> = BTreeMap::new();
    for node in order {
        let Some(first) = node.indicators().first() else {
            continue;
        };
        for &period in periods {
            let mut total: Option<Decimal> = None;
            for r in recorded
                .of(first.id())
                .iter()
                .filter(|r| r.period() == period)
            {
                total = Some(total.unwrap_or_default() + r.value());
            }
            let mut received = false;
            for child in cascade.children_of(node.id()) {
                if child.parent().unwrap().kind != LinkKind::Direct {
                    continue;
                }
                if let Some((Some(v), _)) = totals.get(&(child.id().clone(), period)) {
                    total = Some(total.unwrap_or_default() + v);
                    received = true;
                }
            }
            totals.insert((node.id().clone(), period), (total, received));
        }
    }
    let mut realisations: Vec<Realisation> = Vec::new();
    let mut replaced: Vec<(IndicatorId, Period)> = Vec::new();
    for node in cascade.nodes() {
        let Some(first) = node.indicators().first() else {
            continue;
        };
        for &period in periods {
            let (Some(total), true) = totals[&(node.id().clone(), period)] else {
                continue;
            };
            replaced.push((first.id().clone(), period));
            let mut sum = Realisation::new(first.id().clone(), period, total);
            if let Some(evidence) = recorded
                .get(first.id(), period)
                .filter(|own| own.value() == total)
                .and_then(Realisation::evidence)
            {
                sum = sum.with_evidence(evidence);
            }
            realisations.push(sum);
        }
    }
    realisations.extend(
        recorded
            .all()
            .iter()
            .filter(|r| !replaced.contains(&(r.indicator().clone(), r.period())))
            .cloned(),
    );
    Measurements::new(realisations).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// `roll_up` gives the figures worked out plainly, and the organisation's achievement
    /// scores each goal and objective on them as `explain_achievement` does (or fails with
    /// the same error), over random cascades, the team's and holders' figures with and
    /// without evidence, missing quarters and targets, and scopes of a quarter, a semester
    /// and the year.
    #[test]
    fn the_organisation_reads_the_roll_up_worked_out_plainly(
        numbers in tape(),
        choices in prop::collection::vec(any::<u32>(), 512),
        scope in prop::sample::select(vec!["2026", "2026-Q1", "2026-S2", "2026-Q4"]),
    ) {
        let mut tape = Tape::new(&choices);
        let (agency, nodes) = cascade_from_tape(&numbers);
        // Every node measured, so that every direct link can add up; some keep their own
        // figure, some carry a second indicator that never rolls up.
        let nodes: Vec<Node> = nodes.into_iter().map(|n| {
            let mut n = if n.indicators().is_empty() {
                let id = format!("X{}", n.id());
                n.indicator(common::indicator(&id))
            } else {
                n
            };
            if tape.chance(3) {
                n = n.keeping_own_figure();
            }
            if tape.chance(4) {
                let id = format!("Y{}", n.id());
                n = n.indicator(common::indicator(&id));
            }
            n
        }).collect();
        let cascade = Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap();
        let quarters = quarters();
        let (mut realisations, mut definitions) = (Vec::new(), Vec::new());
        for node in cascade.nodes() {
            // A node that sums from its children and keeps no figure of its own is rarely
            // given one (which is refused).
            let quiet = summed(&cascade, node) && !node.keeps_own_figure() && !tape.chance(20);
            for (k, indicator) in node.indicators().iter().enumerate() {
                let mut definition = IndicatorDefinition::builder(
                    indicator.id().clone(),
                    "persen",
                    Polarity::Maximise,
                )
                .missing(match tape.below(10) {
                    0 => MissingPolicy::Error,
                    1..=4 => MissingPolicy::Zero,
                    _ => MissingPolicy::DropOut,
                });
                let untargeted = tape.chance(8).then(|| quarters[tape.below(4)]);
                for &quarter in &quarters {
                    if Some(quarter) != untargeted {
                        let target = Decimal::from(10 + tape.below(30) as i64);
                        definition = definition.target(quarter, Target::Value(target));
                    }
                    if quiet && k == 0 {
                        continue;
                    }
                    if tape.below(3) != 0 {
                        let value = Decimal::from(tape.below(40) as i64);
                        let mut team = Realisation::new(indicator.id().clone(), quarter, value);
                        if tape.chance(2) {
                            team = team.with_evidence(format!("bukti/{}/{quarter}", indicator.id()));
                        }
                        realisations.push(team);
                    }
                    for holder in 0..2 {
                        if tape.chance(4) {
                            let value = Decimal::from(tape.below(40) as i64);
                            realisations.push(
                                Realisation::new(indicator.id().clone(), quarter, value)
                                    .for_employee(nip(holder)),
                            );
                        }
                    }
                }
                definitions.push(definition.build().unwrap());
            }
        }
        let measured = Measurements::new(realisations).unwrap();
        let definitions = Definitions::new(definitions).unwrap();
        let scope: Period = scope.parse().unwrap();
        // The periods the organisation's achievement rolls up: those in scope that some
        // definition targets.
        let periods: Vec<Period> = quarters
            .iter()
            .copied()
            .filter(|q| scope.contains(q))
            .filter(|q| definitions.iter().any(|d| d.targets().contains_key(q)))
            .collect();

        let got = cascade
            .organisation_achievement(scope, &definitions, &measured)
            .map(|all| {
                all.into_iter()
                    .map(|a| (a.node, a.level, a.trace))
                    .collect::<Vec<_>>()
            });
        let refused = cascade.nodes().iter().any(|n| {
            !n.keeps_own_figure()
                && summed(&cascade, n)
                && !measured.of(n.indicators()[0].id()).is_empty()
        });
        if refused {
            let error = cascade.roll_up(&periods, &measured).unwrap_err();
            prop_assert!(matches!(error, ScoringError::OwnFigureOfSummedNode { .. }), "{error:?}");
            prop_assert_eq!(got, Err(error));
            return Ok(());
        }
        let plain = rolled_plainly(&cascade, &periods, &measured);
        prop_assert_eq!(cascade.roll_up(&periods, &measured).unwrap(), plain.clone());
        let expected: Result<Vec<(NodeId, Level, AchievementTrace)>, ScoringError> = cascade
            .nodes()
            .iter()
            .filter(|n| matches!(n.level(), Level::Goal | Level::Objective))
            .map(|n| {
                let first = n.indicators()[0].id();
                let definition = definitions
                    .get(first)
                    .ok_or_else(|| MeasureError::UnknownIndicator { indicator: first.clone() })?;
                let trace = definition.explain_achievement(scope, &plain)?;
                Ok((n.id().clone(), n.level(), trace))
            })
            .collect();
        prop_assert_eq!(got, expected);
    }
}
