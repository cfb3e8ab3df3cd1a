//! Build, validate and diagnose a synthetic 100,000-node cascade; the organisation's
//! achievement of an agency whose goals and objectives are all measured.
//!
//! `cargo bench --bench cascade` for figures; `-- --test` runs each bench once.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

mod common;

use common::{Lcg, nip, or_exit};
use criterion::{
    BatchSize, BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main,
};
use kinerja::cascade::{CascadeBuilder, Indicator, Level, LinkKind, Node, Owner};
use kinerja::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use kinerja::measure::{
    Definitions, IndicatorDefinition, Measurements, Polarity, Realisation, Target,
};
use kinerja::org::{Employee, JobLevel, Mission, Position, Unit};
use kinerja::period::{Period, Year};
use kinerja::{Agency, Cascade, Decimal, Error};

/// A seeded pick below `n`, as an index.
fn pick(rng: &mut Lcg, n: usize) -> usize {
    usize::try_from(rng.below(n as u64)).unwrap_or(0)
}

/// An agency of one head, `admins` administrators, 10 supervisors under each, and 20 staff
/// positions (one holder each) under each supervisor; and a cascade of about `target` nodes.
fn synthetic(target: usize) -> Result<CascadeBuilder, Error> {
    let mut rng = Lcg(2026);
    let admins = 20;
    let supervisors_each = 10;
    let staff_each = 20;
    let mut agency = Agency::builder("Synthetic agency", "A vision")
        .mission(Mission::new(MissionId::new("M1")?, "A mission"))
        .unit(Unit::new(UnitId::new("U")?, "Unit"));
    let mut positions: Vec<(PositionId, Option<usize>)> = vec![(PositionId::new("P0")?, None)];
    for a in 0..admins {
        positions.push((PositionId::new(format!("P0.{a}"))?, Some(0)));
    }
    for a in 0..admins {
        for s in 0..supervisors_each {
            positions.push((PositionId::new(format!("P0.{a}.{s}"))?, Some(1 + a)));
        }
    }
    let first_supervisor = 1 + admins;
    let supervisor_count = admins * supervisors_each;
    for s in 0..supervisor_count {
        for t in 0..staff_each {
            positions.push((
                PositionId::new(format!("S{s}.{t}"))?,
                Some(first_supervisor + s),
            ));
        }
    }
    for (index, (id, boss)) in positions.iter().enumerate() {
        let level = match index {
            0 => JobLevel::JptPratama,
            i if i < first_supervisor => JobLevel::Administrator,
            i if i < first_supervisor + supervisor_count => JobLevel::Supervisor,
            _ => JobLevel::Executor,
        };
        let mut position = Position::new(id.clone(), "Jabatan", UnitId::new("U")?, level);
        if let Some(b) = boss.and_then(|b| positions.get(b)) {
            position = position.reporting_to(b.0.clone());
        }
        agency =
            agency
                .position(position)
                .employee(Employee::new(nip(index)?, "Pegawai", id.clone()));
    }
    let agency = agency.build()?;

    let mut nodes = Vec::with_capacity(target);
    let unit = Owner::Unit(UnitId::new("U")?);
    let mut serial = 0_usize;
    let mut add = |nodes: &mut Vec<Node>, level, owner: Owner, parent: Option<NodeId>| {
        serial += 1;
        let id = NodeId::new(format!("N{serial}"))?;
        let mut node =
            Node::new(id.clone(), level, "Pernyataan kinerja", owner).indicator(Indicator::new(
                IndicatorId::new(format!("I{serial}"))?,
                "Indikator",
                "persen",
            ));
        if let Some(parent) = parent {
            node = node.under(parent, LinkKind::Indirect);
        }
        if level == Level::Goal {
            node = node.serving(MissionId::new("M1")?);
        }
        nodes.push(node);
        Ok::<NodeId, Error>(id)
    };
    let goals: Vec<NodeId> = (0..10)
        .map(|_| add(&mut nodes, Level::Goal, unit.clone(), None))
        .collect::<Result<_, _>>()?;
    let mut objectives = Vec::new();
    for _ in 0..50 {
        let parent = goals.get(pick(&mut rng, goals.len())).cloned();
        objectives.push(add(&mut nodes, Level::Objective, unit.clone(), parent)?);
    }
    // Results level by level down the reporting lines: each position gets results under
    // random results of its superior.
    let mut results_of: Vec<Vec<NodeId>> = vec![Vec::new(); positions.len()];
    let per_position = |index: usize| match index {
        0 => 50,
        i if i < first_supervisor => 10,
        i if i < first_supervisor + supervisor_count => 20,
        _ => 23,
    };
    for (index, (id, boss)) in positions.iter().enumerate() {
        for _ in 0..per_position(index) {
            if nodes.len() >= target {
                break;
            }
            let parent = match boss {
                None => objectives.get(pick(&mut rng, objectives.len())).cloned(),
                Some(b) => results_of
                    .get(*b)
                    .and_then(|r| r.get(pick(&mut rng, r.len())))
                    .cloned(),
            };
            let result = add(
                &mut nodes,
                Level::Result,
                Owner::Position(id.clone()),
                parent,
            )?;
            if let Some(list) = results_of.get_mut(index) {
                list.push(result);
            }
        }
    }
    // Shuffle so that the builder's sort does real work.
    for i in (1..nodes.len()).rev() {
        nodes.swap(i, pick(&mut rng, i + 1));
    }
    Ok(Cascade::builder(agency).nodes(nodes))
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("cascade");
    group.sample_size(20);
    for size in [10_000_usize, 100_000] {
        let builder = or_exit(synthetic(size));
        let built = builder.clone().build();
        assert!(built.is_ok(), "synthetic cascade must validate: {built:?}");
        group.bench_with_input(
            BenchmarkId::new("build_validate_diagnose", size),
            &builder,
            |b, builder| {
                b.iter_batched(
                    || builder.clone(),
                    |builder| {
                        // The cascade is returned, so criterion drops it outside the timing.
                        let cascade = builder.build();
                        let findings = cascade.as_ref().ok().map(|c| c.diagnose().findings().len());
                        black_box((cascade, findings))
                    },
                    BatchSize::LargeInput,
                );
            },
        );
        if let Ok(cascade) = built {
            group.bench_with_input(
                BenchmarkId::new("diagnose", size),
                &cascade,
                |b, cascade| {
                    b.iter(|| black_box(cascade.diagnose()));
                },
            );
        }
    }
    group.finish();
}

/// `goals` goals, each with a strategic objective below it whose figure adds up into the
/// goal's (a direct link) besides the goal's own figure, every indicator with a quarterly
/// target and a realisation in each quarter (the shape
/// `organisation_achievement/goals_measured` of the complexity bench): every node is
/// rolled up and scored.
fn goals_measured(goals: usize) -> Result<(Cascade, Definitions, Measurements), Error> {
    let unit = || UnitId::new("U");
    let agency = Agency::builder("Dinas", "Visi")
        .mission(Mission::new(MissionId::new("M1")?, "Misi"))
        .unit(Unit::new(unit()?, "Unit"))
        .build()?;
    let quarters: Vec<Period> = (1..=4)
        .map(|q| format!("2026-Q{q}").parse())
        .collect::<Result<_, _>>()?;
    let mut rng = Lcg(goals as u64);
    let (mut nodes, mut definitions, mut realisations) = (Vec::new(), Vec::new(), Vec::new());
    let node = |id: &str, level| -> Result<Node, Error> {
        Ok(
            Node::new(NodeId::new(id)?, level, "Pernyataan", Owner::Unit(unit()?)).indicator(
                Indicator::new(IndicatorId::new(format!("I-{id}"))?, "Indikator", "dokumen"),
            ),
        )
    };
    for g in 0..goals {
        let (goal, objective) = (format!("G{g}"), format!("O{g}"));
        nodes.push(
            node(&goal, Level::Goal)?
                .serving(MissionId::new("M1")?)
                .keeping_own_figure(),
        );
        nodes.push(
            node(&objective, Level::Objective)?
                .under(NodeId::new(goal.as_str())?, LinkKind::Direct),
        );
        for id in [&goal, &objective] {
            let indicator = IndicatorId::new(format!("I-{id}"))?;
            let mut definition =
                IndicatorDefinition::builder(indicator.clone(), "dokumen", Polarity::Maximise);
            for &quarter in &quarters {
                definition = definition.target(quarter, Target::Value(Decimal::from(10)));
                realisations.push(Realisation::new(
                    indicator.clone(),
                    quarter,
                    Decimal::from(5 + rng.below(8)),
                ));
            }
            definitions.push(definition.build()?);
        }
    }
    let cascade = Cascade::builder(agency).nodes(nodes).build()?;
    Ok((
        cascade,
        Definitions::new(definitions)?,
        Measurements::new(realisations)?,
    ))
}

/// `Cascade::organisation_achievement` over the year, per node (criterion's throughput).
fn organisation_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("organisation");
    group.sample_size(10);
    let year = or_exit(Year::new(2026)).as_period();
    let sizes = if common::smoke_test() {
        vec![10]
    } else {
        vec![2_500, 25_000]
    };
    for goals in sizes {
        let (cascade, definitions, measured) = or_exit(goals_measured(goals));
        let nodes = cascade.nodes().len();
        let achieved = or_exit(cascade.organisation_achievement(year, &definitions, &measured));
        assert_eq!(achieved.len(), nodes, "every goal and objective is scored");
        group.throughput(Throughput::Elements(nodes as u64));
        group.bench_function(BenchmarkId::new("achievement_nodes", nodes), |b| {
            b.iter(|| {
                black_box(
                    cascade
                        .organisation_achievement(year, &definitions, &measured)
                        .map(|a| a.len())
                        .ok(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench, organisation_bench);
criterion_main!(benches);
