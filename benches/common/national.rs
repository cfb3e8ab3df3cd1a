//! The national annual workload, made on the fly and seeded: each employee has 8 indicators
//! (4 results of 2, maximise and minimise in turn, capped at 120 %) with their own quarterly
//! targets, 4 quarterly realisations each, the superior's ratings of the 7 core values, a
//! predicate, and a unit of 25 whose predicates are checked against the quotas of its
//! organisation's predicate. Shared by `benches/national.rs` and `examples/national_batch.rs`.
//!
//! Two sets of counting rules: the national defaults (the year's aggregates, rounded only at
//! the total, behaviour by mean points), and the rules agencies commonly count by
//! ([`Counting::Agency`]): a target for each quarter, each indicator's achievement rounded,
//! each quarter's score rounded, the annual score the mean of the rounded quarters, and
//! behaviour by counts.

use kinerja::evaluation::{
    AnnualBasis, Batch, BehaviourMethod, BehaviourRating, BehaviourRules, CoreValue,
    CountPrecedence, EvaluationRules, OrganisationPredicate, Predicate, RaterRole, Rating, Sheet,
    ValueCounts,
};
use kinerja::id::{IndicatorId, NodeId, UnitId};
use kinerja::measure::{AchievementLimits, IndicatorDefinition, MinimiseFormula, Polarity, Target};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::period::{Granularity, Year};
use kinerja::scoring::{
    PlannedIndicator, PlannedResult, RoundingPoint, ScoringPlan, SharedPlan, Slot, WeightPolicy,
};
use rust_decimal::Decimal;
use std::fmt::Write;

/// Indicators per employee.
pub const INDICATORS: usize = 8;
/// Quarters per indicator.
pub const QUARTERS: usize = 4;
/// Employees per unit.
pub const UNIT_SIZE: u64 = 25;
/// The cap, in percent.
const CAP: f64 = 120.0;

/// Indicator `i`'s polarity: odd ones are lower-is-better.
fn lower_is_better(i: usize) -> bool {
    i % 2 == 1
}

/// Indicator `i`'s raw weight in its result, and result `r`'s in the plan.
fn indicator_weight(i: usize) -> i64 {
    1 + (i % 3) as i64
}
fn result_weight(r: usize) -> i64 {
    1 + r as i64
}

/// One employee's draws: realisations and targets in tenths, the superior's ratings.
pub struct Draws {
    /// Realisations, indicator by indicator, quarter by quarter, in tenths.
    pub realisations: [i64; INDICATORS * QUARTERS],
    /// Each indicator's quarterly target, in tenths.
    pub targets: [i64; INDICATORS],
    /// The ratings of the seven values: 0 below, 1 meets, 2 above.
    pub ratings: [usize; 7],
}

/// Employee `index`'s draws, from a seed of its own (so any part of the batch can be made
/// anywhere, in any order).
pub fn draws(index: u64) -> Draws {
    let mut state = index.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 2026;
    // A number below n by multiply and shift, not division.
    let mut next = |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 32) * n) >> 32
    };
    let mut targets = [0; INDICATORS];
    for t in &mut targets {
        *t = 150 + next(100) as i64; // 15.0 to 24.9 a quarter
    }
    let mut realisations = [0; INDICATORS * QUARTERS];
    for (k, r) in realisations.iter_mut().enumerate() {
        let target = targets.get(k / QUARTERS).copied().unwrap_or(200);
        *r = target * 7 / 10 + next(target as u64 * 6 / 10) as i64; // 70 % to 130 %
    }
    let mut ratings = [1; 7];
    for r in &mut ratings {
        *r = match next(10) {
            0 => 0,
            1 | 2 => 2,
            _ => 1,
        };
    }
    Draws {
        realisations,
        targets,
        ratings,
    }
}

/// The unit of employee `index`, and its organisation's predicate.
pub fn unit_of(index: u64) -> (u64, OrganisationPredicate) {
    let unit = index / UNIT_SIZE;
    let organisation = match unit % 10 {
        0 => OrganisationPredicate::Exceptional,
        1..=7 => OrganisationPredicate::Good,
        _ => OrganisationPredicate::NeedsImprovement,
    };
    (unit, organisation)
}

/// Which counting rules the workload follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// The national defaults: one target a quarter for the whole year, the year's
    /// aggregates, rounded at the total, behaviour by mean points.
    National,
    /// The rules agencies commonly count by: a target for each quarter (set in bulk), each
    /// indicator's achievement rounded, each quarter's score rounded, the annual score the
    /// mean of the rounded quarters, behaviour by counts (4 values above: above; 2 below:
    /// below; below first).
    Agency,
}

/// Behaviour by counts, as [`Counting::Agency`] rates it.
const ABOVE_AT_LEAST: usize = 4;
const BELOW_AT_LEAST: usize = 2;

impl Counting {
    /// The evaluation rules.
    pub fn rules(self) -> Result<EvaluationRules, Box<dyn std::error::Error>> {
        Ok(match self {
            Self::National => EvaluationRules::default(),
            Self::Agency => EvaluationRules {
                annual_basis: AnnualBasis::MeanOfReportedPeriods,
                rounding_point: RoundingPoint::Indicators,
                behaviour: BehaviourRules {
                    method: BehaviourMethod::Counts(ValueCounts::new(
                        ABOVE_AT_LEAST as u8,
                        BELOW_AT_LEAST as u8,
                        CountPrecedence::Below,
                    )?),
                    ..BehaviourRules::default()
                },
                ..EvaluationRules::default()
            },
        })
    }
}

/// Indicator `i`'s target in quarter `q` under [`Counting::Agency`], in tenths: the drawn
/// target, one more each quarter.
fn quarter_target(draws: &Draws, i: usize, q: usize) -> i64 {
    draws.targets.get(i).copied().unwrap_or(200) + 10 * q as i64
}

/// The template plan: four results of two indicators, quarterly targets, capped at 120 %.
pub fn template(year: Year) -> Result<ScoringPlan, Box<dyn std::error::Error>> {
    let quarters = year.periods(Granularity::Quarter);
    let mut results = Vec::new();
    for r in 0..INDICATORS / 2 {
        let mut indicators = Vec::new();
        for i in 2 * r..2 * r + 2 {
            let polarity = if lower_is_better(i) {
                Polarity::Minimise(MinimiseFormula::Linear)
            } else {
                Polarity::Maximise
            };
            let mut builder = IndicatorDefinition::builder(
                IndicatorId::new(format!("IKI-{i}"))?,
                "unit",
                polarity,
            )
            .limits(AchievementLimits::capped(120));
            for &q in &quarters {
                builder = builder.target(q, Target::Value(Decimal::from(20)));
            }
            indicators.push(PlannedIndicator {
                weight: Decimal::from(indicator_weight(i)),
                definition: builder.build()?,
            });
        }
        results.push(PlannedResult {
            node: NodeId::new(format!("RHK-{r}"))?,
            weight: Decimal::from(result_weight(r)),
            policy: WeightPolicy::Normalise,
            indicators,
        });
    }
    Ok(ScoringPlan::new(WeightPolicy::Normalise, results)?)
}

/// The workload's batch and the slots in draw order.
pub struct Workload {
    /// The batch: the shared plan over the year, the rules counted by.
    pub batch: Batch,
    counting: Counting,
    slots: Vec<Slot>,
    /// A thousand employee numbers, reused: reading a number is the data's cost, not the
    /// batch's.
    numbers: Vec<EmployeeNumber>,
}

impl Workload {
    /// The batch for the year 2026 under the national rules.
    pub fn new() -> Result<Self, Box<dyn std::error::Error>> {
        Self::counted(Counting::National)
    }

    /// The batch for the year 2026 under `counting`.
    pub fn counted(counting: Counting) -> Result<Self, Box<dyn std::error::Error>> {
        let year = Year::new(2026)?;
        let plan = SharedPlan::new(template(year)?, year.as_period())?;
        let slots = plan.slots().map(|(slot, _, _)| slot).collect();
        let numbers = (0..1000)
            .map(|n| EmployeeNumber::from_value(EmployeeKind::Pns, 197_501_012_000_031_000 + n))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            batch: Batch::new(plan, counting.rules()?),
            counting,
            slots,
            numbers,
        })
    }

    /// Writes employee `index` onto `sheet`, allocating only when the unit changes.
    pub fn fill(&self, index: u64, sheet: &mut Sheet) -> Result<(), Box<dyn std::error::Error>> {
        let draws = draws(index);
        let (unit, organisation) = unit_of(index);
        // A new unit's id is made once, when its first employee comes.
        let current = sheet
            .unit
            .as_str()
            .strip_prefix("UNIT-")
            .and_then(|n| n.parse::<u64>().ok());
        if current != Some(unit) {
            let mut name = UnitName::default();
            write!(name, "UNIT-{unit}")?;
            sheet.unit = UnitId::new(name.as_str())?;
        }
        sheet.organisation = organisation;
        sheet.employee = self.numbers.get((index % 1000) as usize).copied();
        match self.counting {
            Counting::National => {
                for (slot, target) in self.slots.iter().step_by(QUARTERS).zip(draws.targets) {
                    sheet.figures.set_target_every_period(
                        self.batch.plan(),
                        *slot,
                        Target::Value(tenths(target)),
                    )?;
                }
            }
            Counting::Agency => {
                let targets: [Target; INDICATORS * QUARTERS] = std::array::from_fn(|k| {
                    let tenths = quarter_target(&draws, k / QUARTERS, k % QUARTERS);
                    Target::Value(self::tenths(tenths))
                });
                if let Some(first) = self.slots.first() {
                    sheet
                        .figures
                        .set_targets(self.batch.plan(), *first, &targets)?;
                }
            }
        }
        let realised = draws.realisations.map(tenths);
        if let Some(first) = self.slots.first() {
            sheet.figures.set_realisations(*first, &realised)?;
        }
        for (value, &rating) in CoreValue::ALL.into_iter().zip(&draws.ratings) {
            sheet.behaviour.push(BehaviourRating {
                value,
                rater: RaterRole::Superior,
                rating: Rating::ALL.get(rating).copied().unwrap_or(Rating::Meets),
            });
        }
        Ok(())
    }
}

/// A count of tenths (not negative, below 2³²) as a decimal of one place, made from its
/// parts as a reader of fixed-point data would (`Decimal::new` checks what the draws
/// already guarantee).
fn tenths(count: i64) -> Decimal {
    Decimal::from_parts(u32::try_from(count).unwrap_or(0), 0, 0, false, 1)
}

/// A unit's name written without allocating.
#[derive(Default)]
struct UnitName {
    bytes: [u8; 32],
    len: usize,
}

impl UnitName {
    fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl Write for UnitName {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// The same workload in plain f64: the floor. Rules are read once from the crate's
/// (thresholds, matrix, quotas for a unit of 25) so the floor decides as the batch does,
/// only inexactly.
pub struct Floor {
    counting: Counting,
    matrix: [[usize; 3]; 3],
    quotas: Vec<(OrganisationPredicate, Vec<QuotaCounts>)>,
}

/// A quota for a unit of 25: the predicates it counts (their indices), and the least and
/// most people it allows.
type QuotaCounts = (Vec<usize>, usize, usize);

/// The floor's totals: employees per predicate, units checked, units compliant.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FloorTotals {
    /// Employees per predicate (the crate's order).
    pub predicates: [usize; 5],
    /// Units checked.
    pub units: usize,
    /// Units within their quotas.
    pub compliant: usize,
}

impl Floor {
    /// The floor of the national rules.
    pub fn new() -> Result<Self, Box<dyn std::error::Error>> {
        Self::counted(Counting::National)
    }

    /// The floor of `counting`'s rules.
    pub fn counted(counting: Counting) -> Result<Self, Box<dyn std::error::Error>> {
        let rules = counting.rules()?;
        let mut matrix = [[0; 3]; 3];
        for (r, row) in matrix.iter_mut().enumerate() {
            for (b, cell) in row.iter_mut().enumerate() {
                let (Some(&result), Some(&behaviour)) = (Rating::ALL.get(r), Rating::ALL.get(b))
                else {
                    continue;
                };
                *cell = predicate_index(rules.matrix.predicate(result, behaviour));
            }
        }
        let mut quotas = Vec::new();
        for organisation in [
            OrganisationPredicate::Exceptional,
            OrganisationPredicate::Good,
            OrganisationPredicate::NeedsImprovement,
        ] {
            let mut checks = Vec::new();
            for quota in rules.distribution.quotas(organisation)? {
                let (min, max) = quota.counts(UNIT_SIZE as usize, rules.quota_rounding);
                let members = Predicate::ALL
                    .iter()
                    .filter(|p| {
                        let mut one = kinerja::evaluation::PerPredicate::<usize>::default();
                        one[**p] = 1;
                        quota.count_in(&one) == 1
                    })
                    .map(|p| predicate_index(*p))
                    .collect();
                checks.push((members, min, max));
            }
            quotas.push((organisation, checks));
        }
        Ok(Self {
            counting,
            matrix,
            quotas,
        })
    }

    /// Employees `range` in f64: achievement, rating, behaviour, predicate, unit checks.
    pub fn run(&self, range: std::ops::Range<u64>) -> FloorTotals {
        let mut totals = FloorTotals::default();
        let mut unit = [0_usize; 5];
        let mut current = None;
        for index in range {
            let (number, organisation) = unit_of(index);
            if current.is_some_and(|(n, _)| n != number) {
                self.close(&mut totals, &unit, current);
                unit = [0; 5];
            }
            current = Some((number, organisation));
            let draws = draws(index);
            let score = match self.counting {
                Counting::National => score_f64(&draws),
                Counting::Agency => score_agency_f64(&draws),
            };
            let result = if score < 90.0 {
                0
            } else if score < 110.0 {
                1
            } else {
                2
            };
            let behaviour = match self.counting {
                Counting::National => {
                    let points = draws.ratings.iter().map(|r| (r + 1) as f64).sum::<f64>() / 7.0;
                    if points < 1.5 {
                        0
                    } else if points < 2.5 {
                        1
                    } else {
                        2
                    }
                }
                Counting::Agency => {
                    let count = |rating| draws.ratings.iter().filter(|r| **r == rating).count();
                    if count(0) >= BELOW_AT_LEAST {
                        0
                    } else if count(2) >= ABOVE_AT_LEAST {
                        2
                    } else {
                        1
                    }
                }
            };
            let predicate = self
                .matrix
                .get(result)
                .and_then(|row| row.get(behaviour))
                .copied()
                .unwrap_or(0);
            if let (Some(t), Some(u)) = (
                totals.predicates.get_mut(predicate),
                unit.get_mut(predicate),
            ) {
                *t += 1;
                *u += 1;
            }
        }
        self.close(&mut totals, &unit, current);
        totals
    }

    fn close(
        &self,
        totals: &mut FloorTotals,
        unit: &[usize; 5],
        current: Option<(u64, OrganisationPredicate)>,
    ) {
        let Some((_, organisation)) = current else {
            return;
        };
        totals.units += 1;
        let compliant =
            self.quotas
                .iter()
                .filter(|(o, _)| *o == organisation)
                .all(|(_, checks)| {
                    checks.iter().all(|(members, min, max)| {
                        let count: usize = members.iter().filter_map(|m| unit.get(*m)).sum();
                        (*min..=*max).contains(&count)
                    })
                });
        totals.compliant += usize::from(compliant);
    }
}

fn predicate_index(predicate: Predicate) -> usize {
    Predicate::ALL
        .iter()
        .position(|p| *p == predicate)
        .unwrap_or(0)
}

/// One employee's plan achievement in f64: sum the quarters, R/T or (2T−R)/T, cap, weighted
/// means at both levels.
pub fn score_f64(draws: &Draws) -> f64 {
    let (mut plan_sum, mut plan_weight) = (0.0, 0.0);
    for r in 0..INDICATORS / 2 {
        let (mut sum, mut total) = (0.0, 0.0);
        for i in 2 * r..2 * r + 2 {
            let realised: i64 = draws
                .realisations
                .get(i * QUARTERS..(i + 1) * QUARTERS)
                .map_or(0, |v| v.iter().sum());
            let t = draws.targets.get(i).copied().unwrap_or(1) as f64 * QUARTERS as f64;
            let realised = realised as f64;
            let raw = if lower_is_better(i) {
                (2.0 * t - realised) / t * 100.0
            } else {
                realised / t * 100.0
            };
            let w = indicator_weight(i) as f64;
            sum += w * raw.clamp(0.0, CAP);
            total += w;
        }
        let w = result_weight(r) as f64;
        plan_sum += w * (sum / total);
        plan_weight += w;
    }
    plan_sum / plan_weight
}

/// One employee's annual achievement in f64 under [`Counting::Agency`]: each quarter alone,
/// each indicator's achievement rounded to two places, the weighted means, the quarter's
/// score rounded, and the mean of the four quarters.
pub fn score_agency_f64(draws: &Draws) -> f64 {
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let mut year = 0.0;
    for q in 0..QUARTERS {
        let (mut plan_sum, mut plan_weight) = (0.0, 0.0);
        for r in 0..INDICATORS / 2 {
            let (mut sum, mut total) = (0.0, 0.0);
            for i in 2 * r..2 * r + 2 {
                let realised = draws
                    .realisations
                    .get(i * QUARTERS + q)
                    .copied()
                    .unwrap_or(0) as f64;
                let t = quarter_target(draws, i, q) as f64;
                let raw = if lower_is_better(i) {
                    (2.0 * t - realised) / t * 100.0
                } else {
                    realised / t * 100.0
                };
                let w = indicator_weight(i) as f64;
                sum += w * round(raw.clamp(0.0, CAP));
                total += w;
            }
            let w = result_weight(r) as f64;
            plan_sum += w * (sum / total);
            plan_weight += w;
        }
        year += round(plan_sum / plan_weight);
    }
    year / QUARTERS as f64
}
