//! Annual evaluation and calibration of an agency of 10,000 employees in 200 units.
//!
//! `cargo bench --bench evaluation`.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use kinerja::{
    AchievementLimits, AppraisalInput, BehaviourRating, CalibrationEntry, CoreValue,
    DEFAULT_MAX_TEAM, DistributionRules, EmployeeKind, EmployeeNumber, EvaluationRules,
    Granularity, IndicatorDefinition, IndicatorId, Measurements, NodeId, OrganisationPredicate,
    PlannedIndicator, PlannedResult, Polarity, QuotaRounding, RaterRole, Rating, Realisation,
    ScoringPlan, Target, WeightPolicy, Year, appraise, calibrate,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const EMPLOYEES: usize = 10_000;
const UNITS: usize = 200;
const INDICATORS: usize = 8;

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// Benches may not panic by the crate's lints; a broken setup exits instead.
fn or_exit<T, E: std::fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|error| {
        eprintln!("bench setup failed: {error}");
        std::process::exit(1)
    })
}

struct Employee {
    number: EmployeeNumber,
    measured: Measurements,
    behaviour: Vec<BehaviourRating>,
}

fn agency(rng: &mut Lcg, year: Year) -> (ScoringPlan, Vec<Employee>) {
    let quarters = year.periods(Granularity::Quarter);
    let ids: Vec<IndicatorId> = (0..INDICATORS)
        .map(|i| or_exit(IndicatorId::new(format!("IKI-{i}"))))
        .collect();
    let results = (0..INDICATORS / 2)
        .map(|r| PlannedResult {
            node: or_exit(NodeId::new(format!("RHK-{r}"))),
            weight: Decimal::ONE,
            policy: WeightPolicy::Normalise,
            indicators: ids
                .iter()
                .skip(2 * r)
                .take(2)
                .map(|id| {
                    let mut b =
                        IndicatorDefinition::builder(id.clone(), "unit", Polarity::Maximise)
                            .limits(AchievementLimits::capped(120));
                    for &q in &quarters {
                        b = b.target(q, Target::Value(Decimal::from(25)));
                    }
                    PlannedIndicator {
                        weight: Decimal::ONE,
                        definition: or_exit(b.build()),
                    }
                })
                .collect(),
        })
        .collect();
    let plan = or_exit(ScoringPlan::new(WeightPolicy::Normalise, results));
    let employees = (0..EMPLOYEES)
        .map(|n| {
            let number = or_exit(EmployeeNumber::new(
                EmployeeKind::Pns,
                format!(
                    "1980{:02}{:02}200501{}{:03}",
                    n / 1000 % 12 + 1,
                    n / 28 % 28 + 1,
                    1 + n % 2,
                    n % 1000
                ),
            ));
            let mut realisations = Vec::with_capacity(INDICATORS * quarters.len());
            for id in &ids {
                for &q in &quarters {
                    realisations.push(Realisation::new(
                        id.clone(),
                        q,
                        Decimal::from(15 + rng.below(16)),
                    ));
                }
            }
            let behaviour = CoreValue::ALL
                .iter()
                .map(|&value| BehaviourRating {
                    value,
                    rater: RaterRole::Superior,
                    rating: Rating::ALL
                        .get(rng.below(3) as usize)
                        .copied()
                        .unwrap_or(Rating::Meets),
                })
                .collect();
            Employee {
                number,
                measured: or_exit(Measurements::new(realisations)),
                behaviour,
            }
        })
        .collect();
    (plan, employees)
}

fn bench(c: &mut Criterion) {
    let year = or_exit(Year::new(2026));
    let mut rng = Lcg(2026);
    let (plan, employees) = agency(&mut rng, year);
    let rules = EvaluationRules::default();
    let curve = DistributionRules::se_menpanrb_3_2023();
    let expectations = BTreeMap::new();
    let evaluate_all = || -> Vec<(EmployeeNumber, Decimal, kinerja::Predicate)> {
        employees
            .iter()
            .filter_map(|e| {
                let input = AppraisalInput {
                    employee: e.number,
                    plan: &plan,
                    measurements: &e.measured,
                    behaviour: &e.behaviour,
                    expectations: &expectations,
                    result_override: None,
                    organisation: None,
                    notes: &[],
                };
                appraise(&rules, year.as_period().into(), &input)
                    .ok()
                    .map(|a| (e.number, a.results.reported, a.predicate))
            })
            .collect()
    };
    let evaluated = evaluate_all();
    assert_eq!(
        evaluated.len(),
        EMPLOYEES,
        "every employee must be evaluated"
    );
    let units: Vec<Vec<CalibrationEntry>> = evaluated
        .chunks(EMPLOYEES / UNITS)
        .map(|unit| {
            unit.iter()
                .map(|&(employee, score, proposed)| CalibrationEntry {
                    employee,
                    score,
                    proposed,
                })
                .collect()
        })
        .collect();
    let calibrate_all = |units: &[Vec<CalibrationEntry>]| {
        units
            .iter()
            .filter(|unit| {
                calibrate(
                    &curve,
                    OrganisationPredicate::Good,
                    QuotaRounding::Strict,
                    unit,
                    DEFAULT_MAX_TEAM,
                )
                .is_ok()
            })
            .count()
    };
    assert_eq!(calibrate_all(&units), UNITS, "every unit must calibrate");

    let mut group = c.benchmark_group("evaluation");
    group.sample_size(10);
    group.bench_function("annual_appraisal_10000", |b| {
        b.iter(|| black_box(evaluate_all().len()))
    });
    group.bench_function("calibration_200_units_of_50", |b| {
        b.iter(|| black_box(calibrate_all(&units)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
