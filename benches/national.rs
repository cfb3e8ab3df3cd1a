//! The national annual workload (8 indicators × 4 quarters, 7 core values, a predicate, the
//! distribution check per unit of 25), made on the fly and seeded, beside the same arithmetic
//! in plain f64 as the floor.
//!
//! `cargo bench --bench national` (add `--features rayon` for the parallel fold).

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

mod common;

use common::national::{Counting, Floor, INDICATORS, QUARTERS, Workload, draws, score_f64};
use common::{gap, or_exit};
use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use kinerja::evaluation::{AppraisalInput, appraise};
use kinerja::scoring::ScorePath;
use std::collections::BTreeMap;

const BATCH: u64 = 100_000;
const PUBLIC_API: u64 = 2_000;

fn indicator_period(c: &mut Criterion) {
    let workload = or_exit(Workload::new());
    let batch = &workload.batch;
    let mut sheet = batch.sheet();
    or_exit(sheet.reset(batch));
    or_exit(workload.fill(7, &mut sheet));
    let reporting = batch.rules().reporting();
    let plan = or_exit(batch.plan().scoring_plan(&sheet.figures));
    let measurements = or_exit(batch.plan().measurements(&sheet.figures));
    let scope = batch.plan().scope();
    let one = draws(7);
    // The three must agree before their speed is compared.
    let fast = or_exit(batch.plan().score(&sheet.figures, reporting));
    let decimal = or_exit(plan.achievement(scope, &measurements)).round(reporting.rounding);
    assert_eq!(fast.path, ScorePath::Fast);
    assert_eq!(fast.reported, decimal);
    let float = score_f64(&one);
    assert!(
        gap(decimal, float) <= 0.005 + 1e-9,
        "decimal {decimal} and f64 {float} disagree"
    );

    let mut group = c.benchmark_group("national/indicator_period");
    group.throughput(Throughput::Elements((INDICATORS * QUARTERS) as u64));
    group.bench_function("fast", |b| {
        b.iter(|| batch.plan().score(black_box(&sheet.figures), reporting))
    });
    group.bench_function("decimal", |b| {
        b.iter(|| plan.achievement(scope, black_box(&measurements)))
    });
    group.bench_function("f64", |b| b.iter(|| score_f64(black_box(&one))));
    group.finish();
}

fn employees(c: &mut Criterion) {
    let workload = or_exit(Workload::new());
    let floor = or_exit(Floor::new());
    let batch = &workload.batch;
    let summary = or_exit(batch.fold(0..BATCH, |i, sheet| workload.fill(i, sheet)));
    assert_eq!(summary.employees(), BATCH as usize);
    assert_eq!(summary.units(), (BATCH / 25) as usize);
    let totals = floor.run(0..BATCH);
    assert_eq!(totals.units, summary.units());

    let mut group = c.benchmark_group("national/employees");
    group.sample_size(10);
    group.throughput(Throughput::Elements(BATCH));
    group.bench_with_input(BenchmarkId::new("batch", BATCH), &BATCH, |b, &n| {
        b.iter(|| batch.fold(0..n, |i, sheet| workload.fill(i, sheet)))
    });
    #[cfg(feature = "rayon")]
    group.bench_with_input(BenchmarkId::new("batch_rayon", BATCH), &BATCH, |b, &n| {
        use rayon::prelude::*;
        b.iter(|| {
            batch.par_fold((0..n as usize).into_par_iter(), |i, sheet| {
                workload.fill(i as u64, sheet)
            })
        })
    });
    group.bench_with_input(BenchmarkId::new("f64", BATCH), &BATCH, |b, &n| {
        b.iter(|| floor.run(0..n))
    });
    group.finish();

    // The public API one employee at a time, as a service wrote it before the batch: a plan
    // and measurements per employee, then `appraise`.
    let mut group = c.benchmark_group("national/public_api");
    group.sample_size(10);
    group.throughput(Throughput::Elements(PUBLIC_API));
    let expectations = BTreeMap::new();
    group.bench_with_input(
        BenchmarkId::new("appraise", PUBLIC_API),
        &PUBLIC_API,
        |b, &n| {
            let mut sheet = batch.sheet();
            b.iter(|| {
                let mut predicates = 0_usize;
                for i in 0..n {
                    if sheet.reset(batch).is_err() || workload.fill(i, &mut sheet).is_err() {
                        continue;
                    }
                    let (Ok(plan), Ok(measurements), Some(employee)) = (
                        batch.plan().scoring_plan(&sheet.figures),
                        batch.plan().measurements(&sheet.figures),
                        sheet.employee,
                    ) else {
                        continue;
                    };
                    let input = AppraisalInput {
                        employee,
                        plan: &plan,
                        measurements: &measurements,
                        behaviour: &sheet.behaviour,
                        expectations: &expectations,
                        result_override: None,
                        objection: None,
                        organisation: None,
                        notes: &[],
                    };
                    predicates +=
                        usize::from(appraise(batch.rules(), batch.plan().scope(), &input).is_ok());
                }
                predicates
            })
        },
    );
    group.finish();
}

/// The second workload: the same employees counted by the rules agencies commonly use (a
/// target each quarter set in bulk, each indicator and each quarter's score rounded, the
/// annual score the mean of the rounded quarters, behaviour by counts), beside its f64
/// floor. The batch and the floor must decide the same units before they are timed.
fn agency_rules(c: &mut Criterion) {
    let workload = or_exit(Workload::counted(Counting::Agency));
    let floor = or_exit(Floor::counted(Counting::Agency));
    let batch = &workload.batch;
    let summary = or_exit(batch.fold(0..BATCH, |i, sheet| workload.fill(i, sheet)));
    assert_eq!(summary.employees(), BATCH as usize);
    assert_eq!(summary.failed(), 0);
    assert_eq!(summary.decimal(), 0, "every employee on the fast path");
    let totals = floor.run(0..BATCH);
    assert_eq!(totals.units, summary.units());

    let mut group = c.benchmark_group("national/agency_rules");
    group.sample_size(10);
    group.throughput(Throughput::Elements(BATCH));
    group.bench_with_input(BenchmarkId::new("batch", BATCH), &BATCH, |b, &n| {
        b.iter(|| batch.fold(0..n, |i, sheet| workload.fill(i, sheet)))
    });
    group.bench_with_input(BenchmarkId::new("f64", BATCH), &BATCH, |b, &n| {
        b.iter(|| floor.run(0..n))
    });
    group.finish();
}

criterion_group!(benches, indicator_period, employees, agency_rules);
criterion_main!(benches);
