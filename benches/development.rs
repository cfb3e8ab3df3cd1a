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

use common::province::{competency, level, programmes, province, small};
use common::{Lcg, or_exit};
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use kinerja::development::{
    Cause, Competency, CompetencyCatalogue, CompetencyGroup, EmployeeNeeds, Jp, Need, NeedOrigin,
    PlanRules, ProgrammeCatalogue, TrainingNeeds, development_needs, plan_development,
};
use kinerja::evaluation::CoreValue;
use kinerja::id::{CompetencyId, UnitId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Employees planned (a smoke test plans 2,000).
fn employee_count() -> usize {
    common::sized(100_000, 2_000)
}
const PROGRAMMES: usize = 1_000;

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
