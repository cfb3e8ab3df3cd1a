//! Shared test helpers: small hand-built agencies and a generator of valid cascades.

#![allow(dead_code)]

pub mod inputs;
pub mod views;

use kinerja::Agency;
use kinerja::cascade::{CascadeBuilder, Indicator, Level, LinkKind, Node, Owner};
use kinerja::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::num::Weight;
use kinerja::org::{AgencyBuilder, Employee, JobLevel, Mission, Position, Unit};
use proptest::prelude::*;
use rust_decimal::Decimal;

pub fn node_id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

pub fn position_id(text: &str) -> PositionId {
    PositionId::new(text).unwrap()
}

pub fn unit_id(text: &str) -> UnitId {
    UnitId::new(text).unwrap()
}

pub fn mission_id(text: &str) -> MissionId {
    MissionId::new(text).unwrap()
}

/// A valid PNS number, distinct for every `n` below 28,000.
pub fn nip(n: usize) -> EmployeeNumber {
    let day = n % 28 + 1;
    let sequence = n / 28 % 1000;
    EmployeeNumber::new(
        EmployeeKind::Pns,
        format!("197501{day:02}200003{}{sequence:03}", 1 + n % 2),
    )
    .unwrap()
}

/// An agency with a head (P0), two section heads (P1, P2) reporting to the head, and one
/// staff position under each section head (P3 under P1, P4 under P2); one holder each,
/// numbered `nip(0)` .. `nip(4)`.
pub fn small_agency_builder() -> AgencyBuilder {
    let mut builder = Agency::builder("Kantor Kecamatan Siulak", "Pelayanan prima")
        .mission(Mission::new(
            mission_id("M1"),
            "Pelayanan publik yang cepat",
        ))
        .unit(Unit::new(unit_id("KEC"), "Kantor Kecamatan"));
    let bosses = [None, Some("P0"), Some("P0"), Some("P1"), Some("P2")];
    for (i, boss) in bosses.iter().enumerate() {
        let id = format!("P{i}");
        let mut position = Position::new(
            position_id(&id),
            "Jabatan",
            unit_id("KEC"),
            JobLevel::Executor,
        );
        if let Some(boss) = boss {
            position = position.reporting_to(position_id(boss));
        }
        builder = builder.position(position).employee(Employee::new(
            nip(i),
            format!("Pegawai {i}"),
            position_id(&id),
        ));
    }
    builder
}

pub fn small_agency() -> Agency {
    small_agency_builder().build().unwrap()
}

pub fn indicator(id: &str) -> Indicator {
    Indicator::new(IndicatorId::new(id).unwrap(), "Indikator", "persen")
}

/// A node owned by the office, unit KEC.
pub fn office(id: &str, level: Level, statement: &str) -> Node {
    Node::new(node_id(id), level, statement, Owner::Unit(unit_id("KEC")))
}

/// A goal `T1` serving M1 owned by unit KEC.
pub fn goal(id: &str) -> Node {
    office(id, Level::Goal, "Tujuan")
        .serving(mission_id("M1"))
        .indicator(indicator(&format!("I-{id}")))
}

/// A node of `level` owned by position `owner`, under `parent`.
pub fn held(id: &str, level: Level, owner: &str, parent: Option<&str>) -> Node {
    let node = Node::new(
        node_id(id),
        level,
        "Pernyataan",
        Owner::Position(position_id(owner)),
    )
    .indicator(indicator(&format!("I-{id}")));
    match parent {
        Some(parent) => node.under(node_id(parent), LinkKind::Direct),
        None => node,
    }
}

/// A sound cascade on [`small_agency`]: goal T1, objective S1, the head's result R0 under S1,
/// section heads' results R1 (P1) and R2 (P2) under R0, staff results R3 (P3) under R1 and
/// R4 (P4) under R2.
pub fn small_cascade_nodes() -> Vec<Node> {
    vec![
        goal("T1"),
        office("S1", Level::Objective, "Sasaran")
            .under(node_id("T1"), LinkKind::Indirect)
            .indicator(indicator("I-S1")),
        held("R0", Level::Result, "P0", Some("S1")),
        held("R1", Level::Result, "P1", Some("R0")),
        held("R2", Level::Result, "P2", Some("R0")),
        held("R3", Level::Result, "P3", Some("R1")),
        held("R4", Level::Result, "P4", Some("R2")),
    ]
}

pub fn small_cascade_builder() -> CascadeBuilder {
    kinerja::Cascade::builder(small_agency()).nodes(small_cascade_nodes())
}

/// Reads choices off a tape of random numbers; zero once the tape runs out, so shrinking the
/// tape shrinks the cascade.
pub struct Tape<'a> {
    numbers: std::slice::Iter<'a, u32>,
}

impl<'a> Tape<'a> {
    pub fn new(numbers: &'a [u32]) -> Self {
        Self {
            numbers: numbers.iter(),
        }
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        let next = self.numbers.next().copied().unwrap_or(0) as usize;
        if n == 0 { 0 } else { next % n }
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// The parts of a valid cascade, made from a tape: an agency with a random reporting forest
/// and random holders, and a tree whose results follow the reporting lines (or float free,
/// which is allowed and diagnosed). Some sibling groups carry weights totalling 100 %.
pub fn cascade_from_tape(numbers: &[u32]) -> (AgencyBuilder, Vec<Node>) {
    let mut tape = Tape::new(numbers);
    let position_count = 1 + tape.below(10);
    let mission_count = 1 + tape.below(3);
    let mut agency = Agency::builder("Instansi", "Visi");
    for m in 0..mission_count {
        agency = agency.mission(Mission::new(mission_id(&format!("M{m}")), "Misi"));
    }
    agency = agency.unit(Unit::new(unit_id("U"), "Unit"));
    let mut superior: Vec<Option<usize>> = Vec::new();
    let mut holders: Vec<Vec<EmployeeNumber>> = Vec::new();
    let mut next_employee = 0;
    for p in 0..position_count {
        let boss = if p == 0 || tape.chance(5) {
            None
        } else {
            Some(tape.below(p))
        };
        superior.push(boss);
        let mut position = Position::new(
            position_id(&format!("P{p}")),
            "Jabatan",
            unit_id("U"),
            JobLevel::Executor,
        );
        if let Some(b) = boss {
            position = position.reporting_to(position_id(&format!("P{b}")));
        }
        agency = agency.position(position);
        let mut held_by = Vec::new();
        for _ in 0..tape.below(3) {
            let number = nip(next_employee);
            next_employee += 1;
            agency = agency.employee(Employee::new(
                number,
                "Pegawai",
                position_id(&format!("P{p}")),
            ));
            held_by.push(number);
        }
        holders.push(held_by);
    }

    let mut nodes: Vec<Node> = Vec::new();
    let mut serial = 0;
    let mut fresh = |prefix: &str| {
        serial += 1;
        format!("{prefix}{serial}")
    };
    let unit = || Owner::Unit(unit_id("U"));
    let link = |tape: &mut Tape| {
        if tape.chance(2) {
            LinkKind::Direct
        } else {
            LinkKind::Indirect
        }
    };
    let make = |tape: &mut Tape, id: String, level: Level, owner: Owner, parent: Option<String>| {
        let mut node = Node::new(node_id(&id), level, "Pernyataan", owner);
        if !tape.chance(5) {
            node = node.indicator(indicator(&format!("I{id}")));
        }
        if let Some(parent) = parent {
            node = node.under(node_id(&parent), link(tape));
        }
        node
    };

    let mut organisational: Vec<String> = Vec::new();
    let goal_count = 1 + tape.below(3);
    for _ in 0..goal_count {
        let id = fresh("G");
        let node = make(&mut tape, id.clone(), Level::Goal, unit(), None)
            .serving(mission_id(&format!("M{}", tape.below(mission_count))));
        nodes.push(node);
        organisational.push(id);
    }
    for level in [
        Level::Objective,
        Level::Programme,
        Level::Activity,
        Level::SubActivity,
    ] {
        let mut added = Vec::new();
        for _ in 0..tape.below(4) {
            let id = fresh("O");
            // Only nodes of higher levels are in the list so far.
            let parent = organisational
                .get(tape.below(organisational.len()))
                .cloned();
            nodes.push(make(&mut tape, id.clone(), level, unit(), parent));
            added.push(id);
        }
        organisational.extend(added);
    }
    let mut results_of: Vec<Vec<String>> = vec![Vec::new(); position_count];
    for p in 0..position_count {
        for _ in 0..tape.below(4) {
            let id = fresh("R");
            let owner = match holders[p].first() {
                Some(&number) if tape.chance(2) => Owner::Employee(number),
                _ => Owner::Position(position_id(&format!("P{p}"))),
            };
            let parent = if tape.chance(6) {
                None
            } else {
                match superior[p] {
                    Some(b) => results_of[b].get(tape.below(results_of[b].len())).cloned(),
                    None => organisational
                        .get(tape.below(organisational.len()))
                        .cloned(),
                }
            };
            let mut node = make(&mut tape, id.clone(), Level::Result, owner, parent);
            if tape.chance(4) {
                node = node.additional();
            }
            nodes.push(node);
            results_of[p].push(id);
        }
    }

    // Weight some sibling groups (never the roots) so that they total exactly 100 %.
    let mut parents: Vec<NodeId> = nodes
        .iter()
        .filter_map(|n| n.parent().map(|p| p.node.clone()))
        .collect();
    parents.sort();
    parents.dedup();
    for parent in parents {
        if !tape.chance(3) {
            continue;
        }
        let children: Vec<usize> = (0..nodes.len())
            .filter(|&i| nodes[i].parent().map(|p| &p.node) == Some(&parent))
            .collect();
        let share = Decimal::from(100) / Decimal::from(children.len());
        let share = share.round_dp(2);
        let remainder = Decimal::from(100) - share * Decimal::from(children.len() - 1);
        for (k, &i) in children.iter().enumerate() {
            let w = if k == 0 { remainder } else { share };
            nodes[i] = nodes[i].clone().contributing(Weight::new(w).unwrap());
        }
    }
    (agency, nodes)
}

pub fn tape() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), 0..200)
}

/// A whole agency's records for 2026 from a tape, sound by construction: the cascade of
/// [`cascade_from_tape`] with an indicator on every node, a quarterly maximise definition for
/// every indicator, realisations for every indicator and quarter (named for each holder
/// where a position has several; none for the roll-up indicator of a node that directly
/// linked children add into, unless it keeps its own figure, as about half do), and superior ratings for every evaluated period of every
/// employee with a main result.
pub fn agency_records_from_tape(numbers: &[u32]) -> kinerja::AgencyRecords {
    use kinerja::cascade::ResultCategory;
    use kinerja::evaluation::{
        BehaviourRating, CoreValue, EmployeeRecords, EvaluationRules, RaterRole, Rating,
    };
    use kinerja::measure::{IndicatorDefinition, Polarity, Realisation, Target};
    use kinerja::period::Year;
    use kinerja::{AgencyRecords, Cascade};
    let (agency, nodes) = cascade_from_tape(numbers);
    let mut tape = Tape::new(numbers.get(numbers.len() / 2..).unwrap_or(&[]));
    let nodes: Vec<Node> = nodes
        .into_iter()
        .map(|n| {
            if n.indicators().is_empty() {
                let id = format!("I{}", n.id());
                n.indicator(indicator(&id))
            } else {
                n
            }
        })
        .collect();
    // A node that directly linked children add into takes a realisation of its own only
    // where it declares that it keeps its own figure (about half of them do).
    let summed: Vec<NodeId> = nodes
        .iter()
        .filter(|n| n.parent().is_some_and(|p| p.kind == LinkKind::Direct))
        .filter_map(|n| n.parent().map(|p| p.node.clone()))
        .collect();
    let nodes: Vec<Node> = nodes
        .into_iter()
        .map(|n| {
            if summed.contains(n.id()) && tape.chance(2) {
                n.keeping_own_figure()
            } else {
                n
            }
        })
        .collect();
    let takes_own = |node: &Node, indicator: usize| {
        indicator > 0 || node.keeps_own_figure() || !summed.contains(node.id())
    };
    let cascade = Cascade::builder(agency.build().unwrap())
        .nodes(nodes)
        .build()
        .unwrap();
    let year = Year::new(2026).unwrap();
    let quarters = year.periods(kinerja::period::Granularity::Quarter);
    let mut definitions = Vec::new();
    let mut realisations = Vec::new();
    for node in cascade.nodes() {
        for (nth, ind) in node.indicators().iter().enumerate() {
            let mut builder =
                IndicatorDefinition::builder(ind.id().clone(), ind.unit(), Polarity::Maximise);
            for &q in &quarters {
                builder = builder.target(q, Target::Value(Decimal::from(1 + tape.below(20))));
            }
            definitions.push(builder.build().unwrap());
            let holders: Vec<EmployeeNumber> = match node.owner() {
                Owner::Position(p) => cascade.agency().holders(p).map(|e| *e.number()).collect(),
                _ => Vec::new(),
            };
            let whose: Vec<Option<EmployeeNumber>> = if !takes_own(node, nth) {
                Vec::new()
            } else if holders.len() > 1 {
                holders.into_iter().map(Some).collect()
            } else {
                vec![None]
            };
            for who in whose {
                for &q in &quarters {
                    let r = Realisation::new(ind.id().clone(), q, Decimal::from(tape.below(26)));
                    realisations.push(match who {
                        Some(number) => r.for_employee(number),
                        None => r,
                    });
                }
            }
        }
    }
    let mut employees = Vec::new();
    for employee in cascade.agency().employees() {
        let number = *employee.number();
        let has_plan = cascade
            .results_of(&number)
            .any(|n| n.category() == ResultCategory::Main);
        if !has_plan {
            continue;
        }
        let mut records = EmployeeRecords::new(number);
        for period in quarters.iter().copied().chain([year.as_period()]) {
            let ratings = CoreValue::ALL
                .iter()
                .map(|&value| BehaviourRating {
                    value,
                    rater: RaterRole::Superior,
                    rating: Rating::ALL[tape.below(3)],
                })
                .collect();
            records.behaviour.insert(period, ratings);
        }
        employees.push(records);
    }
    AgencyRecords {
        year,
        rules: EvaluationRules::default(),
        cascade,
        definitions,
        realisations,
        employees,
        organisation: std::collections::BTreeMap::new(),
        tie_decisions: Vec::new(),
    }
}

/// The Siulak agency's people and a plan for Yoga, for the agreement tests.
pub mod agreement {
    use chrono::NaiveDate;
    use kinerja::agreement::{ProposedIndicator, ProposedResult, Terms};
    use kinerja::cascade::{LinkKind, ResultCategory};
    use kinerja::id::{IndicatorId, NodeId};
    use kinerja::measure::{IndicatorDefinition, Polarity, Target};
    use kinerja::nip::{EmployeeKind, EmployeeNumber};
    use kinerja::period::Year;
    use rust_decimal::Decimal;

    fn pns(number: &str) -> EmployeeNumber {
        EmployeeNumber::new(EmployeeKind::Pns, number).unwrap()
    }

    /// Yoga Pratama, Pengadministrasi Umum: the employee without results.
    pub fn yoga() -> EmployeeNumber {
        pns("199405052020121008")
    }
    /// Hj. Nurhayati, Sekretaris: Yoga's direct leader.
    pub fn secretary() -> EmployeeNumber {
        pns("197811222003122002")
    }
    /// Drs. Ahmad Yani, head of the office: the secretary's leader.
    pub fn head() -> EmployeeNumber {
        pns("197204101998031005")
    }
    /// Rina Marlina, head of the curriculum section: no party to Yoga's plan.
    pub fn rina() -> EmployeeNumber {
        pns("198507192010012014")
    }
    /// Dewi Lestari, data processor in Rina's section.
    pub fn dewi() -> EmployeeNumber {
        pns("199203032019032011")
    }
    /// Putri Ananda, PPPK data processor in Rina's section.
    pub fn putri() -> EmployeeNumber {
        EmployeeNumber::new(EmployeeKind::Pppk, "199506122022212001").unwrap()
    }
    /// Arif Budiman, facilities analyst (another section).
    pub fn arif() -> EmployeeNumber {
        pns("199010102015031002")
    }

    pub fn year() -> Year {
        Year::new(2026).unwrap()
    }

    pub fn day(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, month, day).unwrap()
    }

    pub fn indicator(id: &str, annual: i64) -> IndicatorDefinition {
        IndicatorDefinition::builder(IndicatorId::new(id).unwrap(), "dokumen", Polarity::Maximise)
            .target(year().as_period(), Target::Value(Decimal::from(annual)))
            .build()
            .unwrap()
    }

    pub fn result(
        id: &str,
        supports: Option<&str>,
        indicator_id: &str,
        annual: i64,
    ) -> ProposedResult {
        ProposedResult {
            id: NodeId::new(id).unwrap(),
            statement: "Bahan laporan kinerja yang terhimpun tepat waktu".to_owned(),
            supports: supports.map(|s| NodeId::new(s).unwrap()),
            link: LinkKind::Indirect,
            category: ResultCategory::Main,
            weight: None,
            contribution: None,
            indicators: vec![ProposedIndicator {
                statement: "Bahan laporan bidang yang terhimpun".to_owned(),
                weight: None,
                definition: indicator(indicator_id, annual),
            }],
        }
    }

    /// Yoga's proposal: one result supporting the secretary's, 12 documents in the year.
    pub fn yoga_terms() -> Terms {
        Terms {
            results: vec![result("RHK-ADM-1", Some("RHK-SEK-1"), "IKI-ADM-1", 12)],
        }
    }
}
