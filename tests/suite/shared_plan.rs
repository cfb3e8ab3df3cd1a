//! The fast path of a shared plan against the `Decimal` path: over random plans (every
//! polarity, target kind, aggregation, missing policy, limit, weight policy and rounding
//! rule) and random figures, [`SharedPlan::score`] reports exactly what
//! [`ScoringPlan::explain`] reports on the same plan and realisations, value and places, or
//! the same error.

use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{
    AchievementLimits, Aggregation, IndicatorDefinition, MinimiseFormula, MissingPolicy, Polarity,
    Target, ZeroTarget,
};
use kinerja::num::{Percent, Rounding, RoundingMode};
use kinerja::period::{Granularity, Period, Span, Year};

use kinerja::scoring::{
    Figures, PlannedIndicator, PlannedResult, Reporting, RoundingPoint, ScorePath, ScoringPlan,
    SharedPlan, WeightPolicy,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Drawn "places" that mean: the realisation equals the target (a tie at 100 %).
const ON_TARGET: u32 = 9;

/// A decimal of `places` places from a small integer.
fn dec(units: i64, places: u32) -> Decimal {
    Decimal::new(units, places)
}

/// An indicator's rules, drawn.
#[derive(Debug, Clone)]
struct Rules {
    polarity: u8,
    band: bool,
    aggregation: u8,
    missing: u8,
    floor: u8,
    cap: u8,
    annual: bool,
    zero_met: bool,
}

fn rules() -> impl Strategy<Value = Rules> {
    (
        0..7u8,
        any::<bool>(),
        0..5u8,
        0..3u8,
        0..3u8,
        0..4u8,
        prop::bool::weighted(0.2),
        any::<bool>(),
    )
        .prop_map(
            |(polarity, band, aggregation, missing, floor, cap, annual, zero_met)| Rules {
                polarity,
                band,
                aggregation,
                missing,
                floor,
                cap,
                annual,
                zero_met,
            },
        )
}

impl Rules {
    fn polarity(&self) -> Polarity {
        match self.polarity {
            0 | 1 => Polarity::Maximise,
            2 => Polarity::Minimise(MinimiseFormula::Linear),
            3 => Polarity::Minimise(MinimiseFormula::Ratio),
            4 => Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
            5 => Polarity::Stabilise {
                fall_off: dec(25, 1),
            },
            _ => Polarity::Milestone,
        }
    }

    fn takes_band(&self) -> bool {
        let p = self.polarity();
        p.needs_band() || (self.band && p.takes_range())
    }

    /// A target of the right kind from two drawn numbers.
    fn target(&self, a: i64, b: i64, places: u32) -> Target {
        if self.takes_band() {
            let (low, high) = (a.min(b).max(1), a.max(b).max(1));
            Target::Band {
                low: dec(low, places),
                high: dec(high, places),
            }
        } else {
            let zero_allowed = self.zero_met || self.polarity() == Polarity::Milestone;
            Target::Value(dec(if zero_allowed { a } else { a.max(1) }, places))
        }
    }

    fn definition(
        &self,
        id: usize,
        periods: &[Period],
        targets: &[(i64, i64)],
    ) -> IndicatorDefinition {
        let mut builder = IndicatorDefinition::builder(
            IndicatorId::new(format!("IKI-{id}")).unwrap(),
            "unit",
            self.polarity(),
        )
        .aggregation(match self.aggregation {
            0 => Aggregation::Sum,
            1 => Aggregation::Mean,
            2 => Aggregation::Last,
            3 => Aggregation::Min,
            _ => Aggregation::Max,
        })
        .missing(match self.missing {
            0 => MissingPolicy::Error,
            1 => MissingPolicy::Zero,
            _ => MissingPolicy::DropOut,
        })
        .limits(AchievementLimits {
            floor: match self.floor {
                0 => Percent::ZERO,
                1 => Percent::whole(10),
                _ => "12.5".parse().unwrap(),
            },
            cap: match self.cap {
                0 => None,
                1 => Some(Percent::whole(100)),
                2 => Some(Percent::whole(120)),
                _ => Some("110.25".parse().unwrap()),
            },
        });
        if self.zero_met {
            builder = builder.zero_target(ZeroTarget::MetWhenReached);
        }
        for (period, &(a, b)) in periods.iter().zip(targets) {
            builder = builder.target(*period, self.target(a, b, 1));
        }
        if self.annual {
            let (a, b) = targets[0];
            builder = builder.annual_target(self.target(a * 4, b * 4, 1));
        }
        builder.build().unwrap()
    }
}

/// A result, drawn: its weight, its policy, and its indicators with their weights.
type DrawnResult = (u8, u8, Vec<(Rules, u8)>);

/// A whole case: a plan, a span, figures and a reporting rule.
#[derive(Debug, Clone)]
struct Case {
    monthly: bool,
    quarter: Option<usize>,
    results: Vec<DrawnResult>,
    policy: u8,
    targets: Vec<(i64, i64)>,
    own_targets: Vec<Option<(i64, i64)>>,
    realisations: Vec<Option<(i64, u32)>>,
    rounding: (u32, u8, u8),
}

fn case() -> impl Strategy<Value = Case> {
    let result = (
        0..4u8,
        0..3u8,
        prop::collection::vec((rules(), 0..5u8), 1..4),
    );
    (
        prop::bool::weighted(0.2),
        prop::option::of(0..4usize),
        prop::collection::vec(result, 1..4),
        0..3u8,
        prop::collection::vec((0..400i64, 0..400i64), 12),
        prop::collection::vec(prop::option::weighted(0.2, (0..400i64, 0..400i64)), 12),
        prop::collection::vec(
            prop::option::weighted(
                0.95,
                (
                    0..500i64,
                    prop_oneof![40 => 0..5u32, 1 => Just(5u32), 8 => Just(ON_TARGET)],
                ),
            ),
            12 * 9,
        ),
        (0..5u32, 0..3u8, 0..3u8),
    )
        .prop_map(
            |(monthly, quarter, results, policy, targets, own_targets, realisations, rounding)| {
                Case {
                    monthly,
                    quarter,
                    results,
                    policy,
                    targets,
                    own_targets,
                    realisations,
                    rounding,
                }
            },
        )
}

fn policy(n: u8) -> WeightPolicy {
    match n {
        0 => WeightPolicy::Normalise,
        1 => WeightPolicy::RenormalisePresent,
        _ => WeightPolicy::Strict,
    }
}

/// Raw weights: 1 to 4 in halves, or (under the strict policy) shares of 100.
fn weights(n: usize, drawn: impl Iterator<Item = u8>, strict: bool) -> Vec<Decimal> {
    if strict {
        let share = Decimal::ONE_HUNDRED / Decimal::from(n as u32);
        let mut all = vec![share.round_dp(2); n];
        let rest: Decimal = Decimal::ONE_HUNDRED - all.iter().sum::<Decimal>();
        all[0] += rest;
        all
    } else {
        drawn
            .map(|w| dec(i64::from(w) + 1, 0) / Decimal::TWO)
            .collect()
    }
}

impl Case {
    fn scope(&self) -> Span {
        let year = Year::new(2026).unwrap();
        match self.quarter {
            Some(q) => Span::from(year.periods(Granularity::Quarter)[q]),
            None => Span::from(year.as_period()),
        }
    }

    /// The plan; none when its drawn weights are refused (all zero).
    fn plan(&self) -> Option<ScoringPlan> {
        let year = Year::new(2026).unwrap();
        let periods = year.periods(if self.monthly {
            Granularity::Month
        } else {
            Granularity::Quarter
        });
        let strict = self.policy == 2;
        let result_weights = weights(self.results.len(), self.results.iter().map(|r| r.0), strict);
        let mut id = 0;
        let results = self
            .results
            .iter()
            .zip(result_weights)
            .enumerate()
            .map(|(r, ((_, p, indicators), weight))| {
                let inner = policy(*p);
                let indicator_weights = weights(
                    indicators.len(),
                    indicators.iter().map(|i| i.1),
                    inner == WeightPolicy::Strict,
                );
                PlannedResult {
                    node: NodeId::new(format!("RHK-{r}")).unwrap(),
                    weight,
                    policy: inner,
                    indicators: indicators
                        .iter()
                        .zip(indicator_weights)
                        .map(|((rules, _), weight)| {
                            id += 1;
                            PlannedIndicator {
                                weight,
                                definition: rules.definition(id, &periods, &self.targets),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        ScoringPlan::new(policy(self.policy), results).ok()
    }

    fn reporting(&self) -> Reporting {
        let (places, mode, point) = self.rounding;
        Reporting {
            rounding: Rounding::new(
                places,
                [
                    RoundingMode::HalfUp,
                    RoundingMode::HalfEven,
                    RoundingMode::TowardZero,
                ][usize::from(mode)],
            )
            .unwrap(),
            point: [
                RoundingPoint::Total,
                RoundingPoint::Indicators,
                RoundingPoint::IndicatorsAndResults,
            ][usize::from(point)],
        }
    }

    /// The employee's figures: some own targets, most realisations.
    fn figures(&self, shared: &SharedPlan) -> Figures {
        let mut figures = shared.figures();
        let slots: Vec<_> = shared.slots().map(|(slot, _, _)| slot).collect();
        for (index, slot) in slots.into_iter().enumerate() {
            if let Some(Some((a, b))) = self.own_targets.get(index % 12) {
                let target = match figures.target(slot).unwrap() {
                    Target::Value(_) => Target::Value(dec((*a).max(1), 1)),
                    Target::Band { .. } => Target::Band {
                        low: dec((*a).min(*b).max(1), 1),
                        high: dec((*a).max(*b).max(1), 1),
                    },
                };
                figures.set_target(shared, slot, target).unwrap();
            }
            let value = match (self.realisations.get(index), figures.target(slot).unwrap()) {
                (Some(Some((_, ON_TARGET))), Target::Value(v)) => Some(v),
                (Some(Some((_, ON_TARGET))), Target::Band { low, .. }) => Some(low),
                (Some(Some((units, places))), _) => Some(dec(*units, *places)),
                _ => None,
            };
            if let Some(value) = value {
                figures.set_realisation(slot, value).unwrap();
            }
        }
        figures
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// The fast path reports what the `Decimal` path reports, value and places, or the same
    /// error.
    #[test]
    fn the_fast_path_reports_what_decimal_reports(case in case()) {
        let Some(plan) = case.plan() else { return Ok(()) };
        let scope = case.scope();
        let Ok(shared) = SharedPlan::new(plan, scope) else {
            // Nothing due in the span: the plan scores nothing either way.
            return Ok(());
        };
        let figures = case.figures(&shared);
        let reporting = case.reporting();
        let fast = shared.score(&figures, reporting);
        let by_explain = shared
            .scoring_plan(&figures)
            .and_then(|plan| plan.explain(scope, &shared.measurements(&figures)?, reporting))
            .map(|e| e.reported);
        match (&fast, &by_explain) {
            (Ok(scored), Ok(reported)) => {
                prop_assert_eq!(scored.reported, *reported);
                prop_assert_eq!(scored.reported.to_string(), reported.to_string());
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "fast {fast:?} against decimal {by_explain:?}"),
        }
        prop_assert_eq!(
            fast.map(|s| s.reported),
            shared.score_decimal(&figures, reporting)
        );
    }
}

/// On a national-style plan (quarterly targets of one decimal, realisations of up to one
/// decimal, weights 1 to 3, capped at 120 %, two places), almost every employee is scored on
/// the fast path.
#[test]
fn the_national_shape_stays_on_the_fast_path() {
    let case = Case {
        monthly: false,
        quarter: None,
        results: (0..4)
            .map(|r| {
                let rules = Rules {
                    polarity: if r % 2 == 0 { 0 } else { 2 },
                    band: false,
                    aggregation: 0,
                    missing: 0,
                    floor: 0,
                    cap: 2,
                    annual: false,
                    zero_met: false,
                };
                (2, 0, vec![(rules.clone(), 2), (rules, 4)])
            })
            .collect(),
        policy: 0,
        targets: (0..12).map(|i| (200 + i, 0)).collect(),
        own_targets: vec![None; 12],
        realisations: vec![],
        rounding: (2, 0, 0),
    };
    let shared = SharedPlan::new(case.plan().unwrap(), case.scope()).unwrap();
    let mut figures = shared.figures();
    let slots: Vec<_> = shared.slots().map(|(slot, _, _)| slot).collect();
    let (mut fast, mut seed) = (0, 2026_u64);
    for _ in 0..2000 {
        figures.reset(&shared).unwrap();
        for &slot in &slots {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            figures
                .set_realisation(slot, dec((seed >> 33) as i64 % 400, 1))
                .unwrap();
        }
        let scored = shared.score(&figures, Rounding::default()).unwrap();
        assert_eq!(
            scored.reported,
            shared.score_decimal(&figures, Rounding::default()).unwrap()
        );
        fast += usize::from(scored.path == ScorePath::Fast);
    }
    assert!(fast >= 1990, "only {fast} of 2000 on the fast path");
}
