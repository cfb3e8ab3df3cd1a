//! Annual evaluation and calibration of 10,000 employees on one shared plan, and the agency
//! path users take (records checked together, then every employee evaluated from the
//! cascade) at 10,001 and 100,001 employees.
//!
//! `cargo bench --bench evaluation`.

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

mod common;

use common::agency::superior_ratings;
use common::{Lcg, or_exit};
use criterion::{BatchSize, Criterion, Throughput, black_box, criterion_group, criterion_main};
use kinerja::evaluation::{
    AppraisalInput, BehaviourRating, CalibrationEntry, CalibrationRequest, DEFAULT_MAX_TEAM,
    DistributionRules, EvaluationRules, OrganisationPredicate, Predicate, QuotaRounding, appraise,
    calibrate,
};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{
    AchievementLimits, IndicatorDefinition, Measurements, Polarity, Realisation, Target,
};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::period::{Granularity, Year};
use kinerja::scoring::{PlannedIndicator, PlannedResult, ScoringPlan, WeightPolicy};
use kinerja::{AgencyInput, appraise_agency};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Employees evaluated (a smoke test evaluates 500).
fn employee_count() -> usize {
    common::sized(10_000, 500)
}
/// Units calibrated, of 50 each.
fn unit_count() -> usize {
    employee_count() / 50
}
const INDICATORS: usize = 8;

struct Appraised {
    number: EmployeeNumber,
    measured: Measurements,
    behaviour: Vec<BehaviourRating>,
}

fn agency(rng: &mut Lcg, year: Year) -> (ScoringPlan, Vec<Appraised>) {
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
    let employees = (0..employee_count())
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
            let behaviour = superior_ratings(rng);
            Appraised {
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
    let curve = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let expectations = BTreeMap::new();
    let evaluate_all = || -> Vec<(EmployeeNumber, Decimal, kinerja::evaluation::Predicate)> {
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
                    objection: None,
                    organisation: None,
                    notes: &[],
                };
                appraise(&rules, year.as_period().into(), &input)
                    .ok()
                    .map(|a| (e.number, a.results.reported.value(), a.predicate))
            })
            .collect()
    };
    let evaluated = evaluate_all();
    assert_eq!(
        evaluated.len(),
        employee_count(),
        "every employee must be evaluated"
    );
    let units: Vec<Vec<CalibrationEntry>> = evaluated
        .chunks(employee_count() / unit_count())
        .map(|unit| {
            unit.iter()
                .map(|&(employee, score, proposed)| {
                    CalibrationEntry::new(employee, score, proposed)
                })
                .collect()
        })
        .collect();
    let calibrate_all = |units: &[Vec<CalibrationEntry>]| {
        units
            .iter()
            .filter(|unit| {
                let request = CalibrationRequest::new(&curve, OrganisationPredicate::Good)
                    .rounding(QuotaRounding::Strict)
                    .max_team(DEFAULT_MAX_TEAM);
                calibrate(&request, unit).is_ok()
            })
            .count()
    };
    assert_eq!(
        calibrate_all(&units),
        unit_count(),
        "every unit must calibrate"
    );

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

fn agency_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("agency");
    group.sample_size(10);
    let sizes = if common::smoke_test() {
        vec![4]
    } else {
        vec![400, 4000]
    };
    for units in sizes {
        let employees = 1 + 25 * units;
        let records = common::agency::quarterly_agency(units);
        let input = or_exit(AgencyInput::new(records.clone()));
        let evaluated = or_exit(appraise_agency(&input));
        assert_eq!(
            evaluated.employees.len(),
            employees,
            "every employee must be evaluated"
        );
        // Per employee: criterion reports the throughput in employees a second.
        group.throughput(Throughput::Elements(employees as u64));
        group.bench_function(format!("check_records_{employees}"), |b| {
            b.iter_batched(
                || records.clone(),
                |records| black_box(AgencyInput::new(records).map(|_| ()).is_ok()),
                BatchSize::LargeInput,
            )
        });
        group.bench_function(format!("appraise_agency_{employees}"), |b| {
            b.iter(|| black_box(appraise_agency(&input).map(|a| a.employees.len()).ok()))
        });
        // The JSON out: the checked input and the year's results, written without copies.
        // Per byte written: counted once.
        let mut counted = Counted(0);
        let written = serde_json::to_writer(&mut counted, &input)
            .and_then(|()| serde_json::to_writer(&mut counted, &evaluated));
        assert!(written.is_ok(), "the year must be written");
        eprintln!("write_json_{employees}: {} bytes", counted.0);
        group.throughput(Throughput::Bytes(counted.0));
        group.bench_function(format!("write_json_{employees}"), |b| {
            b.iter(|| {
                let written = serde_json::to_writer(std::io::sink(), &input)
                    .and_then(|()| serde_json::to_writer(std::io::sink(), &evaluated));
                black_box(written.is_ok())
            })
        });
    }
    group.finish();
}

/// A writer that only counts the bytes written to it.
struct Counted(u64);

impl std::io::Write for Counted {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len() as u64;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A team of 250 (the default largest team) proposed by score with everyone at Baik or
/// above: `ties` distinct scores (few scores: many ties).
fn team_of_250(ties: u64) -> Vec<CalibrationEntry> {
    let mut rng = Lcg(250 + ties);
    (0..250)
        .map(|i| {
            let score = Decimal::from(80 + rng.below(ties));
            let proposed = if rng.below(10) == 0 {
                Predicate::VeryGood
            } else {
                Predicate::Good
            };
            CalibrationEntry::new(or_exit(common::nip(i)), score, proposed)
        })
        .collect()
}

/// The SE 3/2023 curve with 30 more quotas that never bind (32 in all, the most a document may hold) (each allows anyone up to the
/// whole team), as a rules document the reader accepts may carry.
fn curve_with_idle_quotas() -> DistributionRules {
    let mut rules =
        serde_json::to_value(kinerja::regulation::se_menpanrb_3_2023_quotas()).unwrap_or_default();
    let names = [
        "very_poor",
        "poor_or_misconduct",
        "needs_improvement",
        "good",
        "very_good",
    ];
    if let Some(good) = rules.get_mut("good").and_then(|q| q.as_array_mut()) {
        for k in 0..30_usize {
            let predicates: Vec<&str> = names
                .iter()
                .enumerate()
                .filter(|(i, _)| (k + 1) >> i & 1 == 1)
                .map(|(_, n)| *n)
                .collect();
            good.push(serde_json::json!({
                "predicates": predicates,
                "bound": {"at_most_percent": "100"}
            }));
        }
    }
    or_exit(serde_json::from_value(rules))
}

/// Calibration of one team of 250: the exact search's cost where it is largest.
fn calibration_bench(c: &mut Criterion) {
    let curve = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let idle = curve_with_idle_quotas();
    let mut group = c.benchmark_group("calibration");
    group.sample_size(10);
    for (name, ties) in [("distinct_scores", 1_000_000), ("ten_scores", 10)] {
        let team = team_of_250(ties);
        for (rules_name, rules) in [("se_3_2023", &curve), ("with_30_idle_quotas", &idle)] {
            let request = CalibrationRequest::new(rules, OrganisationPredicate::Good)
                .rounding(QuotaRounding::Strict)
                .max_team(DEFAULT_MAX_TEAM);
            or_exit(calibrate(&request, &team));
            group.bench_function(format!("team_250_{name}_{rules_name}"), |b| {
                b.iter(|| black_box(calibrate(&request, &team).map(|c| c.changes)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench, agency_bench, calibration_bench);
criterion_main!(benches);
