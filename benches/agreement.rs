//! The agreement stage along an agency's path: every staff member proposes a plan that
//! supports a result of their supervisor, the leader confirms, the plan is locked; the
//! trails go to JSON and back and are replayed; the agreed plans enter the cascade.
//!
//! `cargo bench --bench agreement` for figures; `-- --test` runs each bench once.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

mod common;

use common::{Lcg, nip, or_exit};
use criterion::{BenchmarkId, Criterion, black_box, criterion_group, criterion_main};
use kinerja::agreement::{
    Command, Parties, Plan, PlanEvent, ProposedIndicator, ProposedResult, Recorded, Stage, Terms,
    agreed_plans,
};
use kinerja::cascade::{Indicator, Level, LinkKind, Node, Owner, ResultCategory};
use kinerja::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use kinerja::measure::{IndicatorDefinition, Polarity, Target};
use kinerja::nip::EmployeeNumber;
use kinerja::org::{Employee, JobLevel, Mission, Position, Unit};
use kinerja::period::Year;
use kinerja::{Agency, Cascade, Error};

/// An office of one head, `admins` administrators, 10 supervisors under each and 20 staff
/// under each supervisor (one holder per position), with results down to the supervisors;
/// the staff have none yet. Returns the cascade and, for each staff member, their number and
/// the supervisor's results.
struct Office {
    cascade: Cascade,
    staff: Vec<(EmployeeNumber, Vec<NodeId>)>,
}

fn office(admins: usize) -> Result<Office, Error> {
    let mut rng = Lcg(2026);
    let mut agency = Agency::builder("Dinas sintetis", "Visi")
        .mission(Mission::new(MissionId::new("M1")?, "Misi"))
        .unit(Unit::new(UnitId::new("U")?, "Unit"));
    let mut nodes = Vec::new();
    let mut serial = 0_usize;
    let mut node = |level, owner: Owner, parent: Option<NodeId>| -> Result<Node, Error> {
        serial += 1;
        let mut n = Node::new(
            NodeId::new(format!("N{serial}"))?,
            level,
            "Pernyataan",
            owner,
        )
        .indicator(Indicator::new(
            IndicatorId::new(format!("I{serial}"))?,
            "Indikator",
            "persen",
        ));
        if let Some(parent) = parent {
            n = n.under(parent, LinkKind::Indirect);
        } else {
            n = n.serving(MissionId::new("M1")?);
        }
        Ok(n)
    };
    let unit = Owner::Unit(UnitId::new("U")?);
    let goal = node(Level::Goal, unit.clone(), None)?;
    let objective = node(Level::Objective, unit, Some(goal.id().clone()))?;
    let objective_id = objective.id().clone();
    nodes.extend([goal, objective]);
    let mut number = 0;
    let mut hire = |agency: kinerja::org::AgencyBuilder, id: &str, level, boss: Option<&str>| {
        let mut position = Position::new(PositionId::new(id)?, "Jabatan", UnitId::new("U")?, level);
        if let Some(boss) = boss {
            position = position.reporting_to(PositionId::new(boss)?);
        }
        number += 1;
        let employee = nip(number)?;
        Ok::<_, Error>((
            agency.position(position).employee(Employee::new(
                employee,
                "Pegawai",
                PositionId::new(id)?,
            )),
            employee,
        ))
    };
    let (a, _) = hire(agency, "H", JobLevel::JptPratama, None)?;
    agency = a;
    let results = |nodes: &mut Vec<Node>,
                   node: &mut dyn FnMut(Level, Owner, Option<NodeId>) -> Result<Node, Error>,
                   owner: &str,
                   parents: &[NodeId],
                   count: usize,
                   rng: &mut Lcg|
     -> Result<Vec<NodeId>, Error> {
        let mut ids = Vec::new();
        for _ in 0..count {
            let parent = parents
                .get(rng.below(parents.len() as u64) as usize)
                .cloned();
            let n = node(
                Level::Result,
                Owner::Position(PositionId::new(owner)?),
                parent,
            )?;
            ids.push(n.id().clone());
            nodes.push(n);
        }
        Ok(ids)
    };
    let head_results = results(&mut nodes, &mut node, "H", &[objective_id], 10, &mut rng)?;
    let mut staff = Vec::new();
    for admin in 0..admins {
        let admin_id = format!("A{admin}");
        let (a, _) = hire(agency, &admin_id, JobLevel::Administrator, Some("H"))?;
        agency = a;
        let admin_results = results(&mut nodes, &mut node, &admin_id, &head_results, 5, &mut rng)?;
        for supervisor in 0..10 {
            let supervisor_id = format!("{admin_id}.{supervisor}");
            let (a, _) = hire(
                agency,
                &supervisor_id,
                JobLevel::Supervisor,
                Some(&admin_id),
            )?;
            agency = a;
            let own = results(
                &mut nodes,
                &mut node,
                &supervisor_id,
                &admin_results,
                3,
                &mut rng,
            )?;
            for member in 0..20 {
                let (a, employee) = hire(
                    agency,
                    &format!("{supervisor_id}.{member}"),
                    JobLevel::Executor,
                    Some(&supervisor_id),
                )?;
                agency = a;
                staff.push((employee, own.clone()));
            }
        }
    }
    let cascade = Cascade::builder(agency.build()?).nodes(nodes).build()?;
    Ok(Office { cascade, staff })
}

/// The plan a staff member proposes: one result under one of the supervisor's results.
fn terms(index: usize, supports: &[NodeId], year: Year) -> Result<Terms, Error> {
    let definition = IndicatorDefinition::builder(
        IndicatorId::new(format!("IKI-S{index}"))?,
        "dokumen",
        Polarity::Maximise,
    )
    .target(year.as_period(), Target::Value(12.into()))
    .build()?;
    Ok(Terms {
        results: vec![ProposedResult {
            id: NodeId::new(format!("RHK-S{index}"))?,
            statement: "Dokumen yang diselesaikan".into(),
            supports: supports.get(index % supports.len().max(1)).cloned(),
            link: LinkKind::Indirect,
            category: ResultCategory::Main,
            weight: None,
            contribution: None,
            indicators: vec![ProposedIndicator {
                statement: "Dokumen selesai".into(),
                weight: None,
                definition,
            }],
        }],
    })
}

/// Every staff member's plan from opening to locked; the trails through JSON and replayed;
/// the agreed plans into the cascade. Returns the number of plans locked whose indicators
/// reached the cascade.
fn whole_office(office: &Office, year: Year) -> Result<usize, Box<dyn std::error::Error>> {
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
    let mut trails: Vec<Vec<Recorded<PlanEvent>>> = Vec::with_capacity(office.staff.len());
    for (index, (employee, supports)) in office.staff.iter().enumerate() {
        let parties = Parties::of(office.cascade.agency(), *employee)?;
        let leader = *parties.leader();
        let mut step = Plan::open(parties, year, employee, day(5)?)?;
        let mut trail = std::mem::take(&mut step.events);
        for (command, by) in [
            (
                Command::Propose {
                    terms: terms(index, supports, year)?,
                },
                *employee,
            ),
            (Command::Confirm, *employee),
            (Command::Confirm, leader),
            (Command::Activate, leader),
        ] {
            step = step.plan.apply(&office.cascade, command, &by, day(6)?)?;
            trail.append(&mut step.events);
        }
        trails.push(trail);
    }
    let json = serde_json::to_string(&trails)?;
    let read: Vec<Vec<Recorded<PlanEvent>>> = serde_json::from_str(&json)?;
    let plans = read
        .iter()
        .map(|t| Plan::replay(t, &office.cascade))
        .collect::<Result<Vec<_>, _>>()?;
    let agreed = agreed_plans(&office.cascade, year, &plans)?;
    let active = plans.iter().filter(|p| p.stage() == Stage::Active).count();
    Ok(active.min(agreed.definitions.len()))
}

fn bench(c: &mut Criterion) {
    let year = or_exit(Year::new(2026));
    let mut group = c.benchmark_group("agreement");
    group.sample_size(10);
    for admins in [5, 20] {
        let office = or_exit(office(admins));
        let staff = office.staff.len();
        let (first, supports) = or_exit(office.staff.first().cloned().ok_or("no staff"));
        let parties = or_exit(Parties::of(office.cascade.agency(), first));
        let draft = or_exit(Plan::open(parties, year, &first, chrono::NaiveDate::MIN)).plan;
        let proposal = or_exit(terms(0, &supports, year));
        group.bench_with_input(BenchmarkId::new("propose_one", staff), &staff, |b, _| {
            b.iter(|| {
                let command = Command::Propose {
                    terms: proposal.clone(),
                };
                let step = draft.apply(&office.cascade, command, &first, chrono::NaiveDate::MIN);
                black_box(or_exit(step).plan.stage())
            });
        });
        group.bench_with_input(BenchmarkId::new("whole_office", staff), &staff, |b, _| {
            b.iter(|| {
                let agreed = or_exit(whole_office(&office, year).map_err(|e| e.to_string()));
                assert_eq!(agreed, staff);
                black_box(agreed)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
