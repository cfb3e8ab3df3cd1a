//! A province's agency for the benches of the agency path: `units` units of 25 (a head of
//! section and 24 staff holding one position) under one head, whose results carry
//! indicators realised by each holder by name. The evaluation bench times the year on it,
//! the development bench what the year leads to; one builder, so both time the same shape.

use super::{Lcg, or_exit};
use kinerja::cascade::{Cascade, CascadeLimits, Indicator, Level, LinkKind, Node, Owner};
use kinerja::evaluation::Rating;
use kinerja::evaluation::{
    BehaviourRating, CoreValue, EmployeeRecords, EvaluationRules, RaterRole,
};
use kinerja::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use kinerja::measure::{AchievementLimits, IndicatorDefinition, Polarity, Realisation, Target};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::org::{Employee, JobLevel, Mission, Position, Unit};
use kinerja::period::{Granularity, Period, Year};
use kinerja::{Agency, AgencyRecords};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The year every bench agency is appraised in.
pub const YEAR: i32 = 2026;

/// How the staff's indicators are targeted and realised.
#[derive(Clone, Copy)]
pub enum Targets {
    /// A target of 25 each quarter; a head of section realises 20–30 and a holder 15–30
    /// each quarter.
    Quarterly,
    /// A target of 100 for the year; a head of section realises 80–110 and a holder 70–110.
    Annual,
}

impl Targets {
    /// The periods targeted and realised in `year`.
    fn periods(self, year: Year) -> Vec<Period> {
        match self {
            Self::Quarterly => year.periods(Granularity::Quarter),
            Self::Annual => vec![year.as_period()],
        }
    }

    /// The target of each period.
    const fn target(self) -> u64 {
        match self {
            Self::Quarterly => 25,
            Self::Annual => 100,
        }
    }

    /// The least realisation and the spread above it: of a head of section, of a holder.
    const fn draws(self) -> [(u64, u64); 2] {
        match self {
            Self::Quarterly => [(20, 11), (15, 16)],
            Self::Annual => [(80, 31), (70, 41)],
        }
    }
}

/// The ids a unit's bench adds its own data to (standards of its positions, the
/// competencies behind its indicators).
pub struct UnitIds {
    /// The unit's number, from 0.
    pub unit: usize,
    /// The head of section's position.
    pub kasi: PositionId,
    /// The staff's position.
    pub staf: PositionId,
    /// The staff's indicators: two results of two indicators each.
    pub indicators: [IndicatorId; 4],
}

/// The ids of `unit`'s positions and staff indicators.
pub fn unit_ids(unit: usize) -> UnitIds {
    let indicator =
        |r: usize, k: &str| or_exit(IndicatorId::new(format!("IKI-STAF-{unit}-{r}-{k}")));
    UnitIds {
        unit,
        kasi: or_exit(PositionId::new(format!("KASI-{unit}"))),
        staf: or_exit(PositionId::new(format!("STAF-{unit}"))),
        indicators: [
            indicator(0, "a"),
            indicator(0, "b"),
            indicator(1, "a"),
            indicator(1, "b"),
        ],
    }
}

/// The superior's ratings of the seven values, drawn at random.
pub fn superior_ratings(random: &mut Lcg) -> Vec<BehaviourRating> {
    CoreValue::ALL
        .iter()
        .map(|&value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: Rating::ALL
                .get(usize::try_from(random.below(3)).unwrap_or(0))
                .copied()
                .unwrap_or(Rating::Meets),
        })
        .collect()
}

/// The agency of `units` units, its cascade and realisations drawn from `random`, employees
/// numbered by `number` (0 for the head, then each unit's head of section and staff in
/// turn). `records` makes each employee's records (the i-th employee of the agency's list,
/// by number), drawing from the same `random` after the realisations.
pub fn agency_records(
    units: usize,
    targets: Targets,
    random: &mut Lcg,
    number: impl Fn(usize) -> EmployeeNumber,
    mut records: impl FnMut(usize, &Employee, &mut Lcg) -> EmployeeRecords,
) -> AgencyRecords {
    let year = or_exit(Year::new(YEAR));
    let periods = targets.periods(year);
    let [(kasi_low, kasi_spread), (staf_low, staf_spread)] = targets.draws();
    let unit_id = |text: String| or_exit(UnitId::new(text));
    let position_id = |text: String| or_exit(PositionId::new(text));
    let mut agency = Agency::builder("Dinas Pendidikan Provinsi", "Pendidikan bermutu")
        .mission(Mission::new(
            or_exit(MissionId::new("M1")),
            "Mutu pendidikan",
        ))
        .unit(Unit::new(unit_id("DINAS".into()), "Dinas"))
        .position(Position::new(
            position_id("KADIS".into()),
            "Kepala Dinas",
            unit_id("DINAS".into()),
            JobLevel::JptPratama,
        ))
        .employee(Employee::new(
            number(0),
            "Kepala",
            position_id("KADIS".into()),
        ));
    let node = |id: String, level, owner, parent: Option<&str>| {
        let node = Node::new(or_exit(NodeId::new(id)), level, "Pernyataan", owner);
        match parent {
            Some(p) => node.under(or_exit(NodeId::new(p)), LinkKind::Indirect),
            None => node,
        }
    };
    let indicator = |id: &IndicatorId| Indicator::new(id.clone(), "Indikator", "unit");
    let dinas = || Owner::Unit(unit_id("DINAS".into()));
    let top = ["IKT-1", "IKU-1", "IKI-KADIS"].map(|id| or_exit(IndicatorId::new(id)));
    let [goal, objective, head] = &top;
    let mut nodes = vec![
        node("T1".into(), Level::Goal, dinas(), None)
            .serving(or_exit(MissionId::new("M1")))
            .indicator(indicator(goal)),
        node("SS1".into(), Level::Objective, dinas(), Some("T1")).indicator(indicator(objective)),
        node(
            "R-KADIS".into(),
            Level::Result,
            Owner::Position(position_id("KADIS".into())),
            Some("SS1"),
        )
        .indicator(indicator(head)),
    ];
    let define = |id: &IndicatorId, periods: &[Period], target: u64| {
        let mut builder = IndicatorDefinition::builder(id.clone(), "unit", Polarity::Maximise)
            .limits(AchievementLimits::capped(120));
        for &period in periods {
            builder = builder.target(period, Target::Value(Decimal::from(target)));
        }
        or_exit(builder.build())
    };
    // The agency's own indicators are annual whatever the staff's.
    let annual = [year.as_period()];
    let mut definitions: Vec<IndicatorDefinition> =
        top.iter().map(|id| define(id, &annual, 100)).collect();
    let mut realisations: Vec<Realisation> = top
        .iter()
        .map(|id| Realisation::new(id.clone(), year.as_period(), Decimal::from(95)))
        .collect();
    let mut next = 1;
    for u in 0..units {
        let ids = unit_ids(u);
        let unit = format!("U{u}");
        agency = agency
            .unit(Unit::new(unit_id(unit.clone()), "Seksi").within(unit_id("DINAS".into())))
            .position(
                Position::new(
                    ids.kasi.clone(),
                    "Kepala Seksi",
                    unit_id(unit.clone()),
                    JobLevel::Supervisor,
                )
                .reporting_to(position_id("KADIS".into())),
            )
            .position(
                Position::new(ids.staf.clone(), "Staf", unit_id(unit), JobLevel::Executor)
                    .reporting_to(ids.kasi.clone()),
            )
            .employee(Employee::new(
                number(next),
                "Kepala Seksi",
                ids.kasi.clone(),
            ));
        next += 1;
        let holders: Vec<EmployeeNumber> = (0..24).map(|k| number(next + k)).collect();
        next += 24;
        for &holder in &holders {
            agency = agency.employee(Employee::new(holder, "Staf", ids.staf.clone()));
        }
        let kasi_indicator = or_exit(IndicatorId::new(format!("IKI-KASI-{u}")));
        nodes.push(
            node(
                format!("R-KASI-{u}"),
                Level::Result,
                Owner::Position(ids.kasi.clone()),
                Some("R-KADIS"),
            )
            .indicator(indicator(&kasi_indicator)),
        );
        definitions.push(define(&kasi_indicator, &periods, targets.target()));
        for &period in &periods {
            realisations.push(Realisation::new(
                kasi_indicator.clone(),
                period,
                Decimal::from(kasi_low + random.below(kasi_spread)),
            ));
        }
        let parent = format!("R-KASI-{u}");
        for (r, pair) in ids.indicators.chunks(2).enumerate() {
            let mut result = node(
                format!("R-STAF-{u}-{r}"),
                Level::Result,
                Owner::Position(ids.staf.clone()),
                Some(&parent),
            );
            for id in pair {
                result = result.indicator(indicator(id));
            }
            nodes.push(result);
            for id in pair {
                definitions.push(define(id, &periods, targets.target()));
                for &holder in &holders {
                    for &period in &periods {
                        realisations.push(
                            Realisation::new(
                                id.clone(),
                                period,
                                Decimal::from(staf_low + random.below(staf_spread)),
                            )
                            .for_employee(holder),
                        );
                    }
                }
            }
        }
    }
    let agency = or_exit(agency.build());
    let employees = agency
        .employees()
        .iter()
        .enumerate()
        .map(|(i, employee)| records(i, employee, random))
        .collect();
    let cascade = or_exit(
        Cascade::builder(agency)
            .limits(CascadeLimits::default())
            .nodes(nodes)
            .build(),
    );
    AgencyRecords {
        year,
        rules: EvaluationRules::default(),
        cascade,
        definitions,
        realisations,
        employees,
        organisation: BTreeMap::new(),
        tie_decisions: Vec::new(),
    }
}

/// A synthetic agency of `units` units of 25 under one head (the builder above): in each unit a section head (KASI) and 24 staff holding one position,
/// whose two results carry two quarterly indicators each, realised by each holder by name;
/// every employee rated in every quarter and the year (the head: the last quarter and the
/// year).
pub fn quarterly_agency(units: usize) -> AgencyRecords {
    let year = or_exit(Year::new(YEAR));
    let quarters = year.periods(Granularity::Quarter);
    let number = |n: usize| {
        or_exit(EmployeeNumber::new(
            EmployeeKind::Pns,
            format!(
                "{}{:02}{:02}2000011{:03}",
                1970 + n / 336_000,
                n / 28_000 % 12 + 1,
                n / 1000 % 28 + 1,
                n % 1000
            ),
        ))
    };
    let records = |_, e: &Employee, rng: &mut Lcg| {
        let mut records = EmployeeRecords::new(*e.number());
        let head = e.position().as_str() == "KADIS";
        let periods: Vec<kinerja::period::Period> = if head {
            quarters
                .last()
                .copied()
                .into_iter()
                .chain([year.as_period()])
                .collect()
        } else {
            quarters.iter().copied().chain([year.as_period()]).collect()
        };
        for period in periods {
            records.behaviour.insert(period, superior_ratings(rng));
        }
        records
    };
    agency_records(
        units,
        Targets::Quarterly,
        &mut Lcg(units as u64),
        number,
        records,
    )
}
