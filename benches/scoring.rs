//! Scoring speed: one employee (8 indicators × 4 quarters) and a batch of 100,000
//! employees, each beside the same arithmetic in plain f64 as the floor reference.
//!
//! `cargo bench --bench scoring`; criterion reports time per indicator-period as throughput
//! (elements = indicator-periods).

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{
    AchievementLimits, IndicatorDefinition, Measurements, MinimiseFormula, Polarity, Realisation,
    Target,
};
use kinerja::period::{Period, Year};
use kinerja::scoring::{PlannedIndicator, PlannedResult, ScoringPlan, WeightPolicy};
use rust_decimal::Decimal;

const INDICATORS: usize = 8;
const QUARTERS: usize = 4;
const BATCH: usize = 100_000;

/// Deterministic pseudo-random numbers (fixed-seed LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// Indicator `i`: odd ones are lower-is-better; target 20 + i per quarter; weight 1 + i % 3.
fn polarity(i: usize) -> Polarity {
    if i % 2 == 1 {
        Polarity::Minimise(MinimiseFormula::Linear)
    } else {
        Polarity::Maximise
    }
}

fn target(i: usize) -> i64 {
    20 + i as i64
}

fn weight(i: usize) -> i64 {
    1 + (i % 3) as i64
}

/// Four results of two indicators each, quarterly targets, capped at 120 %.
fn plan(quarters: &[Period]) -> ScoringPlan {
    let results = (0..INDICATORS / 2)
        .map(|r| PlannedResult {
            node: NodeId::new(format!("RHK-{r}")).unwrap_or_else(panic_free),
            weight: Decimal::from(1 + r as i64),
            policy: WeightPolicy::Normalise,
            indicators: (2 * r..2 * r + 2)
                .map(|i| {
                    let mut builder =
                        IndicatorDefinition::builder(indicator(i), "unit", polarity(i))
                            .limits(AchievementLimits::capped(120));
                    for &q in quarters {
                        builder = builder.target(q, Target::Value(Decimal::from(target(i))));
                    }
                    PlannedIndicator {
                        weight: Decimal::from(weight(i)),
                        definition: builder.build().unwrap_or_else(panic_free),
                    }
                })
                .collect(),
        })
        .collect();
    ScoringPlan::new(WeightPolicy::Normalise, results).unwrap_or_else(panic_free)
}

/// Benches may not panic by the crate's lints; a broken setup exits instead.
fn panic_free<T>(error: impl std::fmt::Display) -> T {
    common::or_exit(Err(error))
}

fn indicator(i: usize) -> IndicatorId {
    IndicatorId::new(format!("IKI-{i}")).unwrap_or_else(panic_free)
}

/// One employee's realisations as decimals and as floats (same values).
fn employee(
    rng: &mut Lcg,
    quarters: &[Period],
    ids: &[IndicatorId],
) -> (Measurements, [f64; INDICATORS * QUARTERS]) {
    let mut floats = [0.0; INDICATORS * QUARTERS];
    let mut realisations = Vec::with_capacity(INDICATORS * QUARTERS);
    for (i, id) in ids.iter().enumerate() {
        for (q, &quarter) in quarters.iter().enumerate() {
            let tenths = (rng.next() % 400) as i64; // 0.0 to 39.9
            if let Some(slot) = floats.get_mut(i * QUARTERS + q) {
                *slot = tenths as f64 / 10.0;
            }
            realisations.push(Realisation::new(
                id.clone(),
                quarter,
                Decimal::new(tenths, 1),
            ));
        }
    }
    (
        Measurements::new(realisations).unwrap_or_else(panic_free),
        floats,
    )
}

/// The same arithmetic in f64: sum the quarters, R/T or (2T−R)/T, cap at 120, floor at 0,
/// weighted means at both levels.
fn score_f64(values: &[f64; INDICATORS * QUARTERS]) -> f64 {
    let (mut plan_sum, mut plan_weight) = (0.0, 0.0);
    for r in 0..INDICATORS / 2 {
        let (mut sum, mut total) = (0.0, 0.0);
        for i in 2 * r..2 * r + 2 {
            let realised: f64 = values
                .get(i * QUARTERS..(i + 1) * QUARTERS)
                .map_or(0.0, |v| v.iter().sum());
            let t = target(i) as f64 * QUARTERS as f64;
            let raw = if i % 2 == 1 {
                (2.0 * t - realised) / t * 100.0
            } else {
                realised / t * 100.0
            };
            let achieved = raw.clamp(0.0, 120.0);
            sum += weight(i) as f64 * achieved;
            total += weight(i) as f64;
        }
        plan_sum += (1 + r) as f64 * (sum / total);
        plan_weight += (1 + r) as f64;
    }
    plan_sum / plan_weight
}

fn bench(c: &mut Criterion) {
    let year = Year::new(2026).unwrap_or_else(panic_free);
    let quarters = year.periods(kinerja::period::Granularity::Quarter);
    let plan = plan(&quarters);
    let ids: Vec<IndicatorId> = (0..INDICATORS).map(indicator).collect();
    let mut rng = Lcg(2026);
    let (one, one_f64) = employee(&mut rng, &quarters, &ids);
    // The two must agree before their speed is compared.
    let decimal = plan
        .achievement(year.as_period(), &one)
        .unwrap_or_else(panic_free);
    let float = score_f64(&one_f64);
    assert!(
        common::gap(decimal, float) < 1e-9,
        "decimal {decimal} and f64 {float} disagree"
    );

    let mut group = c.benchmark_group("scoring/one_employee");
    group.throughput(Throughput::Elements((INDICATORS * QUARTERS) as u64));
    group.bench_function("decimal", |b| {
        b.iter(|| plan.achievement(year.as_period(), black_box(&one)))
    });
    group.bench_function("f64", |b| b.iter(|| score_f64(black_box(&one_f64))));
    group.finish();

    let batch: Vec<(Measurements, [f64; INDICATORS * QUARTERS])> = (0..BATCH)
        .map(|_| employee(&mut rng, &quarters, &ids))
        .collect();
    let mut group = c.benchmark_group("scoring/batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements((BATCH * INDICATORS * QUARTERS) as u64));
    group.bench_with_input(BenchmarkId::new("decimal", BATCH), &batch, |b, batch| {
        b.iter(|| {
            batch
                .iter()
                .filter(|(m, _)| {
                    plan.achievement(year.as_period(), m)
                        .is_ok_and(|p| p.value() >= Decimal::from(90))
                })
                .count()
        });
    });
    group.bench_with_input(BenchmarkId::new("f64", BATCH), &batch, |b, batch| {
        b.iter(|| batch.iter().filter(|(_, f)| score_f64(f) >= 90.0).count());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
