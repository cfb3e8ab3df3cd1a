//! The development planner on an agency of 100,000 employees and a catalogue of 1,000
//! programmes (issue target: under 2 s on a 2-core machine), made seeded and deterministic:
//! 2–6 needs an employee, programmes teaching 1–3 competencies with costs, places, runs and
//! entry levels, a JP cap of 80 and a budget of a third of what the needs would cost.
//!
//! The agency's dictionary holds 200 competencies (the nine national ones and technical
//! ones), so each competency is taught by about ten programmes; a stress case squeezes the
//! same catalogue onto 40 competencies (fifty programmes each, five times the candidate
//! pairs). Also the training needs analysis (two plans and the sums) at the main size.
//!
//! The agency path (issue 27): `development_needs` from a province's year (an appraised
//! agency of units of 25, competency standards, assessments for two in three, gap rules
//! for every indicator) and `TrainingNeeds::of` on those needs against a catalogue of 200
//! programmes, at 10,001 and 100,001 employees, so the time per employee can be compared.
//!
//! `cargo bench --bench development` (`-- province` for the agency path alone).

// The criterion macros generate an undocumented function.
#![allow(missing_docs)]

mod common;

use common::agency::Targets;
use common::{Lcg, or_exit};
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use kinerja::development::{
    Assessment, AssessmentSource, Cause, Competency, CompetencyCatalogue, CompetencyGroup,
    CompetencyLevel, DevelopmentRecords, EmployeeNeeds, Jp, JpConversion, JpCredit, Method, Need,
    NeedOrigin, NeedsRules, PerformanceGapRules, PlanRules, Programme, ProgrammeCatalogue,
    Standards, TrainingHistory, TrainingNeeds, development_needs, plan_development,
};
use kinerja::evaluation::{CoreValue, EmployeeRecords};
use kinerja::id::{CompetencyId, ProgrammeId, UnitId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::org::Employee;
use kinerja::period::{Granularity, Quarter, Year};
use kinerja::regulation::{COMMUNICATION, COOPERATION, INTEGRITY, RESULTS_ORIENTATION};
use kinerja::{AgencyAppraisal, AgencyInput, appraise_agency};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Employees planned (a smoke test plans 2,000).
fn employee_count() -> usize {
    common::sized(100_000, 2_000)
}
const PROGRAMMES: usize = 1_000;

/// A small random number below `n`.
fn small(random: &mut Lcg, n: u64) -> u32 {
    u32::try_from(random.below(n)).unwrap_or(0)
}

fn competency(i: u64) -> CompetencyId {
    or_exit(CompetencyId::new(format!("TEK-{i:03}")))
}

fn level(l: u64) -> CompetencyLevel {
    or_exit(CompetencyLevel::new(u8::try_from(l).unwrap_or(5)))
}

fn catalogue(random: &mut Lcg, count: u64) -> ProgrammeCatalogue {
    let competencies = or_exit(CompetencyCatalogue::default().with((0..count).map(|i| {
        Competency::new(
            competency(i),
            CompetencyGroup::Technical,
            format!("Teknis {i}"),
        )
    })));
    let taught: Vec<CompetencyId> = (0..count).map(competency).collect();
    programmes(random, &competencies, &taught, PROGRAMMES)
}

/// `count` programmes teaching 1–3 of `taught` each, with costs, places, runs and entry
/// levels.
fn programmes(
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

fn employees(random: &mut Lcg, count: u64) -> Vec<EmployeeNeeds> {
    (0..employee_count())
        .map(|i| {
            let mut levels = BTreeMap::new();
            let mut needs = BTreeMap::new();
            for _ in 0..2 + random.below(5) {
                let c = random.below(count);
                let held = random.below(4);
                if held > 0 {
                    levels.insert(competency(c), level(held));
                }
                let target = (held + 1 + random.below(2)).min(5);
                let weight = Decimal::new(
                    i64::try_from(10_000 + random.below(990_000)).unwrap_or(1),
                    4,
                );
                let value = CoreValue::ALL
                    .get(usize::try_from(random.below(7)).unwrap_or(0))
                    .copied()
                    .unwrap_or(CoreValue::Harmonious);
                let cause = Cause::new(NeedOrigin::CoreValue { value }, weight, Vec::new());
                let assessed = (held > 0).then(|| level(held));
                needs.insert(
                    competency(c),
                    Need::new(competency(c), assessed, level(target), vec![cause]),
                );
            }
            let unit = or_exit(UnitId::new(format!("U{:03}", i % 400)));
            let mut employee = EmployeeNeeds::new(nip(i), unit, needs.into_values().collect());
            employee.levels = levels;
            employee.taken = Jp::whole(small(random, 21));
            employee
        })
        .collect()
}

/// A distinct valid NIP for each index: birth dates over 1960–1979, then a sequence number.
fn nip(i: usize) -> EmployeeNumber {
    let day = i % 28 + 1;
    let month = (i / 28) % 12 + 1;
    let year = 1960 + (i / 336) % 20;
    let sequence = i / 6_720 + 1;
    let text = format!("{year}{month:02}{day:02}2000031{sequence:03}");
    or_exit(EmployeeNumber::new(EmployeeKind::Pns, &text))
}

/// An agency with `count` competencies: its programmes, employees and budgeted rules.
fn agency(count: u64) -> (ProgrammeCatalogue, Vec<EmployeeNeeds>, PlanRules) {
    let mut random = Lcg(0x5eed_2026);
    let programmes = catalogue(&mut random, count);
    let employees = employees(&mut random, count);
    let open = or_exit(plan_development(
        &employees,
        &programmes,
        &PlanRules::default(),
    ));
    let needed: Decimal = open
        .recommendations
        .iter()
        .filter(|r| !r.fill)
        .map(|r| r.cost)
        .sum();
    let rules = PlanRules {
        budget: Some((needed / Decimal::from(3)).round()),
        jp_cap: Some(Jp::whole(80)),
        ..PlanRules::default()
    };
    let plan = or_exit(plan_development(&employees, &programmes, &rules));
    eprintln!(
        "development, {count} competencies: {} employees, {} programmes; {} recommendations ({} fills), spent {} of {}, value {} of {}, {} below 20 JP",
        employees.len(),
        programmes.programmes().len(),
        plan.recommendations.len(),
        plan.recommendations.iter().filter(|r| r.fill).count(),
        plan.spent,
        rules.budget.unwrap_or_default(),
        plan.value.round_dp(1),
        plan.needed.round_dp(1),
        plan.employees
            .iter()
            .filter(|e| e.shortfall.is_some())
            .count(),
    );
    (programmes, employees, rules)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("development");
    group.sample_size(10);
    let (programmes, employees, rules) = agency(200);
    group.bench_function("plan 100k employees x 1k programmes", |b| {
        b.iter(|| plan_development(black_box(&employees), &programmes, &rules));
    });
    group.bench_function("training needs 100k x 1k (two plans)", |b| {
        b.iter(|| TrainingNeeds::of(black_box(&employees), &programmes, &rules));
    });
    let (programmes, employees, rules) = agency(40);
    group.bench_function("plan 100k x 1k, 40 competencies (stress)", |b| {
        b.iter(|| plan_development(black_box(&employees), &programmes, &rules));
    });
    group.finish();
}

/// A province's year and development records, `units` units of 25 employees under one head:
/// the cascade, the appraisal, the competencies (the national ones and 20 technical), the
/// standards of every position, assessments of two in three employees, each employee's
/// history and the gap rules that map every indicator onto competencies.
struct Province {
    input: AgencyInput,
    year: AgencyAppraisal,
    competencies: CompetencyCatalogue,
    standards: Standards,
    records: DevelopmentRecords,
    rules: NeedsRules,
    programmes: ProgrammeCatalogue,
}

const TECHNICAL: u64 = 20;

fn province(units: usize) -> Province {
    let mut random = Lcg(0x27_0000 + units as u64);
    let technical = |u: usize| competency(u as u64 % TECHNICAL);
    let national = [INTEGRITY, COOPERATION, COMMUNICATION, RESULTS_ORIENTATION];
    let mut standards = Standards::default();
    let mut gap_rules = PerformanceGapRules::default();
    for u in 0..units {
        let ids = common::agency::unit_ids(u);
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
    let year = or_exit(Year::new(common::agency::YEAR));
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
                .insert(period, common::agency::superior_ratings(random));
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
    let records = common::agency::agency_records(
        units,
        Targets::Annual,
        &mut random,
        |n| or_exit(common::nip(n)),
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

/// `development_needs` and `TrainingNeeds::of` at 10,001 and 100,001 employees: the same
/// shapes at both sizes, so the time per employee should not grow (issue 27: at most 1.3
/// times, and at most 0.5 s each at 100,001).
fn province_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("province");
    group.sample_size(10);
    let sizes = if common::smoke_test() {
        vec![4]
    } else {
        vec![400, 4000]
    };
    for units in sizes {
        let province = province(units);
        let employees = 1 + 25 * units;
        let needs = or_exit(development_needs(
            province.input.cascade(),
            &province.year,
            &province.competencies,
            &province.standards,
            &province.records,
            &province.rules,
        ));
        assert_eq!(needs.len(), employees, "every employee has needs listed");
        let rules = PlanRules {
            budget: Some(Decimal::from(employees) * Decimal::from(1_000_000)),
            jp_cap: Some(Jp::whole(80)),
            ..PlanRules::default()
        };
        let analysis = or_exit(TrainingNeeds::of(&needs, &province.programmes, &rules));
        eprintln!(
            "province of {employees}: {} needs, {} assessment needs; {} recommendations, {} units, funded {} of {}",
            needs.iter().map(|e| e.needs.len()).sum::<usize>(),
            needs
                .iter()
                .map(|e| e.assessment_needs.len())
                .sum::<usize>(),
            analysis.plan.recommendations.len(),
            analysis.units.len(),
            analysis.agency.funded,
            analysis.agency.needed_budget,
        );
        group.bench_function(format!("development_needs_{employees}"), |b| {
            b.iter(|| {
                development_needs(
                    black_box(province.input.cascade()),
                    &province.year,
                    &province.competencies,
                    &province.standards,
                    &province.records,
                    &province.rules,
                )
                .map(|n| n.len())
            });
        });
        group.bench_function(format!("training_needs_{employees}"), |b| {
            b.iter(|| TrainingNeeds::of(black_box(&needs), &province.programmes, &rules));
        });
    }
    group.finish();
}

criterion_group!(benches, bench, province_bench);
criterion_main!(benches);
