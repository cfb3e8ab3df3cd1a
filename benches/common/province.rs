//! A province's year and development records for the development bench and the complexity
//! bench: the agency of `common::agency`, the competencies (the national ones and 20
//! technical), the standards of every position, assessments, history, gap rules and a
//! catalogue of programmes.

use super::agency::Targets;
use super::{Lcg, or_exit};
use kinerja::development::{
    Assessment, AssessmentSource, Competency, CompetencyCatalogue, CompetencyGroup,
    CompetencyLevel, DevelopmentRecords, Jp, JpConversion, JpCredit, Method, NeedsRules,
    PerformanceGapRules, Programme, ProgrammeCatalogue, Standards, TrainingHistory,
};
use kinerja::evaluation::EmployeeRecords;
use kinerja::id::{CompetencyId, ProgrammeId};
use kinerja::org::Employee;
use kinerja::period::{Granularity, Quarter, Year};
use kinerja::regulation::{COMMUNICATION, COOPERATION, INTEGRITY, RESULTS_ORIENTATION};
use kinerja::{AgencyAppraisal, AgencyInput, appraise_agency};
use rust_decimal::Decimal;

/// A small random number below `n`.
pub fn small(random: &mut Lcg, n: u64) -> u32 {
    u32::try_from(random.below(n)).unwrap_or(0)
}

pub fn competency(i: u64) -> CompetencyId {
    or_exit(CompetencyId::new(format!("TEK-{i:03}")))
}

pub fn level(l: u64) -> CompetencyLevel {
    or_exit(CompetencyLevel::new(u8::try_from(l).unwrap_or(5)))
}

/// `count` programmes teaching 1–3 of `taught` each, with costs, places, runs and entry
/// levels.
pub fn programmes(
    random: &mut Lcg,
    competencies: &CompetencyCatalogue,
    taught: &[CompetencyId],
    count: usize,
) -> ProgrammeCatalogue {
    let methods = [
        Method::Course,
        Method::ELearning,
        Method::Workshop,
        Method::Coaching,
    ];
    let programmes = (0..count)
        .map(|p| {
            let method = methods
                .get(usize::try_from(random.below(4)).unwrap_or(0))
                .copied()
                .unwrap_or(Method::Course);
            let credit = match method {
                Method::Course => JpCredit::Fixed {
                    jp: Jp::whole(8 + small(random, 33)),
                    international: false,
                },
                _ => JpCredit::Converted {
                    units: 1 + small(random, 5),
                    months: 3,
                    international: false,
                },
            };
            let mut programme = Programme::new(
                or_exit(ProgrammeId::new(format!("P-{p:04}"))),
                format!("Program {p}"),
                method,
                credit,
            );
            programme.cost = if method == Method::ELearning {
                Decimal::ZERO
            } else {
                Decimal::from(250_000 * (1 + random.below(40)))
            };
            for _ in 0..=random.below(3) {
                let pick = usize::try_from(random.below(taught.len() as u64)).unwrap_or(0);
                if let Some(c) = taught.get(pick) {
                    programme
                        .competencies
                        .insert(c.clone(), level(2 + random.below(4)));
                }
            }
            if random.below(5) == 0 {
                programme.prerequisite = Some(level(1));
            }
            if random.below(10) < 7 {
                programme.seats = Some(20 + small(random, 180));
            }
            if random.below(2) == 0 {
                programme.quarters = Quarter::ALL
                    .into_iter()
                    .filter(|_| random.below(2) == 0)
                    .collect();
            }
            programme
        })
        .collect();
    or_exit(ProgrammeCatalogue::new(
        programmes,
        competencies,
        &JpConversion::default(),
    ))
}

/// A province's year and development records, `units` units of 25 employees under one head:
/// the cascade, the appraisal, the competencies (the national ones and 20 technical), the
/// standards of every position, assessments of two in three employees, each employee's
/// history and the gap rules that map every indicator onto competencies.
pub struct Province {
    pub input: AgencyInput,
    pub year: AgencyAppraisal,
    pub competencies: CompetencyCatalogue,
    pub standards: Standards,
    pub records: DevelopmentRecords,
    pub rules: NeedsRules,
    pub programmes: ProgrammeCatalogue,
}

const TECHNICAL: u64 = 20;

pub fn province(units: usize) -> Province {
    let mut random = Lcg(0x27_0000 + units as u64);
    let technical = |u: usize| competency(u as u64 % TECHNICAL);
    let national = [INTEGRITY, COOPERATION, COMMUNICATION, RESULTS_ORIENTATION];
    let mut standards = Standards::default();
    let mut gap_rules = PerformanceGapRules::default();
    for u in 0..units {
        let ids = super::agency::unit_ids(u);
        standards
            .positions
            .insert(ids.kasi, [(technical(u), level(3))].into());
        standards
            .positions
            .insert(ids.staf, [(technical(u), level(2))].into());
        for (i, indicator) in ids.indicators.into_iter().enumerate() {
            let on = national
                .get((u + i / 2 + i % 2) % national.len())
                .copied()
                .unwrap_or(INTEGRITY);
            gap_rules.indicators.insert(
                indicator,
                vec![technical(u), or_exit(CompetencyId::new(on))],
            );
        }
    }
    let year = or_exit(Year::new(super::agency::YEAR));
    let date = or_exit(chrono::NaiveDate::from_ymd_opt(2026, 2, 16).ok_or("no date"));
    let mut assessments = Vec::new();
    let mut history = Vec::new();
    let records = |i: usize, e: &Employee, random: &mut Lcg| {
        let mut records = EmployeeRecords::new(*e.number());
        // Targets are for the year: the fourth quarter and the year are evaluated.
        for period in year
            .periods(Granularity::Quarter)
            .last()
            .copied()
            .into_iter()
            .chain([year.as_period()])
        {
            records
                .behaviour
                .insert(period, super::agency::superior_ratings(random));
        }
        if i % 3 != 0 {
            let unit = i / 25;
            let assessed = national
                .iter()
                .map(|c| or_exit(CompetencyId::new(*c)))
                .chain([technical(unit)]);
            for c in assessed {
                assessments.push(Assessment::new(
                    *e.number(),
                    c,
                    level(1 + random.below(4)),
                    date,
                    AssessmentSource::AssessmentCentre,
                ));
            }
        }
        history.push(TrainingHistory {
            employee: *e.number(),
            taken: Jp::whole(small(random, 21)),
            completed: std::collections::BTreeSet::new(),
            jp_cap: None,
        });
        records
    };
    let records = super::agency::agency_records(
        units,
        Targets::Annual,
        &mut random,
        |n| or_exit(super::nip(n)),
        records,
    );
    let input = or_exit(AgencyInput::new(records));
    let appraised = or_exit(appraise_agency(&input));
    let competencies = or_exit(CompetencyCatalogue::default().with((0..TECHNICAL).map(|i| {
        Competency::new(
            competency(i),
            CompetencyGroup::Technical,
            format!("Teknis {i}"),
        )
    })));
    let taught: Vec<CompetencyId> = competencies
        .competencies()
        .iter()
        .map(|c| c.id().clone())
        .collect();
    let programmes = programmes(&mut random, &competencies, &taught, 200);
    Province {
        input,
        year: appraised,
        competencies,
        standards,
        records: DevelopmentRecords {
            assessments,
            history,
            ..DevelopmentRecords::default()
        },
        rules: NeedsRules {
            performance: gap_rules,
            ..NeedsRules::default()
        },
        programmes,
    }
}
