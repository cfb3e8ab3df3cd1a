//! Laws of scoring (DESIGN.md), over random inputs, and an independent exact-rational
//! reference implementation of the plan arithmetic.

use kinerja::measure::{AchievementLimits, MinimiseFormula, Target};
use kinerja::prelude::*;
use kinerja::regulation::pp_30_2019_bands;
use kinerja::scoring::{
    Band, BandError, BandGoal, BandTable, Bound, InverseQuery, PlanExplanation, PlannedIndicator,
    PlannedResult, ScoringError,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn id(text: &str) -> IndicatorId {
    IndicatorId::new(text).unwrap()
}

fn year() -> Period {
    "2026".parse().unwrap()
}

/// A decimal with up to two places, between 0 and `max`.
fn amount(max: i64) -> impl Strategy<Value = Decimal> {
    (0..=max * 100).prop_map(|cents| Decimal::new(cents, 2))
}

fn polarity() -> impl Strategy<Value = Polarity> {
    prop::sample::select(vec![
        Polarity::Maximise,
        Polarity::Minimise(MinimiseFormula::Linear),
        Polarity::Minimise(MinimiseFormula::Ratio),
        Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
        Polarity::Milestone,
    ])
}

fn limits() -> impl Strategy<Value = AchievementLimits> {
    (0..50_u32, prop::option::of(100..200_u32)).prop_map(|(floor, cap)| AchievementLimits {
        floor: Percent::whole(floor),
        cap: cap.map(Percent::whole),
    })
}

fn single(polarity: Polarity, limits: AchievementLimits, target: Decimal) -> IndicatorDefinition {
    IndicatorDefinition::builder(id("I"), "unit", polarity)
        .limits(limits)
        .target(year(), Target::Value(target))
        .build()
        .unwrap()
}

fn achieve(
    definition: &IndicatorDefinition,
    realisation: Decimal,
) -> Result<Decimal, ScoringError> {
    let measured = Measurements::new([Realisation::new(id("I"), year(), realisation)]).unwrap();
    Ok(definition.achievement(year(), &measured)?.unwrap().value())
}

proptest! {
    /// A better realisation never lowers an achievement; every achievement stays within
    /// floor and cap.
    #[test]
    fn achievement_is_monotone_and_bounded(polarity in polarity(), limits in limits(), target in amount(1000).prop_filter("positive", |t| !t.is_zero()), a in amount(2000), b in amount(2000)) {
        let definition = single(polarity, limits, target);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let (Ok(at_low), Ok(at_high)) = (achieve(&definition, low), achieve(&definition, high)) else {
            // Only T/R with R = 0 and no cap may refuse.
            prop_assert!(matches!(polarity, Polarity::Minimise(MinimiseFormula::Ratio)) && low.is_zero() && limits.cap.is_none());
            return Ok(());
        };
        match polarity.higher_is_better() {
            Some(true) => prop_assert!(at_low <= at_high, "{at_low} > {at_high}"),
            Some(false) if polarity == Polarity::Minimise(MinimiseFormula::Pp46Efficiency) => {
                // PP 46 time/cost peaks at e = 24 %: monotone on each side of R = 0.76 T.
                let peak = target * Decimal::new(76, 2);
                if high <= peak { prop_assert!(at_low <= at_high); }
                if low >= peak { prop_assert!(at_low >= at_high); }
            }
            Some(false) => prop_assert!(at_low >= at_high, "{at_low} < {at_high}"),
            None => {}
        }
        for value in [at_low, at_high] {
            prop_assert!(value >= limits.floor.value());
            if let Some(cap) = limits.cap { prop_assert!(value <= cap.value()); }
        }
    }

    /// Scaling all raw weights by a positive factor changes nothing; a zero-weight part
    /// changes nothing; the order of the parts changes nothing; the mean lies within its parts.
    #[test]
    fn weight_laws(parts in prop::collection::vec((1..=20_i64, amount(150)), 1..8), factor in 1..=9_i64, extra in amount(150), policy in prop::sample::select(vec![WeightPolicy::Normalise, WeightPolicy::RenormalisePresent])) {
        let parts: Vec<(Decimal, Option<Decimal>)> = parts.into_iter().map(|(w, v)| (Decimal::from(w), Some(v))).collect();
        let base = policy.combine(parts.clone()).unwrap().unwrap();
        let report = |x: Decimal| Rounding::default().apply(x);
        let scaled = policy.combine(parts.iter().map(|&(w, v)| (w * Decimal::from(factor), v))).unwrap().unwrap();
        prop_assert_eq!(report(scaled), report(base));
        let halved = policy.combine(parts.iter().map(|&(w, v)| (w / Decimal::TWO, v))).unwrap().unwrap();
        prop_assert_eq!(report(halved), report(base));
        let mut with_zero = parts.clone();
        with_zero.insert(parts.len() / 2, (Decimal::ZERO, Some(extra)));
        prop_assert_eq!(policy.combine(with_zero).unwrap().unwrap(), base);
        let mut reversed = parts.clone();
        reversed.reverse();
        prop_assert_eq!(policy.combine(reversed).unwrap().unwrap(), base);
        let values: Vec<Decimal> = parts.iter().filter_map(|p| p.1).collect();
        prop_assert!(base >= *values.iter().min().unwrap() && base <= *values.iter().max().unwrap());
    }

    /// Under renormalise-present a missing part drops out: the mean equals the mean of the
    /// parts present.
    #[test]
    fn a_missing_part_drops_out(parts in prop::collection::vec((1..=20_i64, prop::option::of(amount(150))), 1..8)) {
        let parts: Vec<(Decimal, Option<Decimal>)> = parts.into_iter().map(|(w, v)| (Decimal::from(w), v)).collect();
        let present: Vec<(Decimal, Option<Decimal>)> = parts.iter().copied().filter(|p| p.1.is_some()).collect();
        let with_missing = WeightPolicy::RenormalisePresent.combine(parts.clone()).unwrap();
        if present.is_empty() {
            prop_assert_eq!(with_missing, None);
        } else {
            prop_assert_eq!(with_missing, WeightPolicy::RenormalisePresent.combine(present).unwrap());
        }
        if parts.iter().any(|p| p.1.is_none()) {
            prop_assert!(WeightPolicy::Normalise.combine(parts).is_err());
        }
    }
}

/// Exact rationals on i128, enough for small plans; arithmetic returns `None` on overflow.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Q {
    n: i128,
    d: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs().max(1)
    } else {
        gcd(b, a % b)
    }
}

impl Q {
    fn new(n: i128, d: i128) -> Option<Q> {
        if d == 0 {
            return None;
        }
        let g = gcd(n, d);
        let s = if d < 0 { -1 } else { 1 };
        Some(Q {
            n: s * n / g,
            d: s * d / g,
        })
    }
    fn of(x: Decimal) -> Q {
        Q::new(x.mantissa(), 10_i128.pow(x.scale())).unwrap()
    }
    fn int(x: i128) -> Q {
        Q { n: x, d: 1 }
    }
    fn add(self, o: Q) -> Option<Q> {
        Q::new(
            self.n
                .checked_mul(o.d)?
                .checked_add(o.n.checked_mul(self.d)?)?,
            self.d.checked_mul(o.d)?,
        )
    }
    fn sub(self, o: Q) -> Option<Q> {
        self.add(Q { n: -o.n, d: o.d })
    }
    fn mul(self, o: Q) -> Option<Q> {
        Q::new(self.n.checked_mul(o.n)?, self.d.checked_mul(o.d)?)
    }
    fn div(self, o: Q) -> Option<Q> {
        Q::new(self.n.checked_mul(o.d)?, self.d.checked_mul(o.n)?)
    }
    fn less(self, o: Q) -> Option<bool> {
        Some(self.n.checked_mul(o.d)? < o.n.checked_mul(self.d)?)
    }
    /// Half-up rounding to two places, as an exact decimal.
    fn round2(self) -> Option<Decimal> {
        let scaled = self.n.checked_mul(100)?;
        let (q, r) = (scaled / self.d, scaled % self.d);
        let up = r.checked_mul(2)?.abs() >= self.d;
        let q = if up { q + scaled.signum() } else { q };
        Some(Decimal::from_i128_with_scale(q, 2))
    }
}

/// The reference achievement of one indicator, from the formulas of DOMAIN §3, in rationals.
fn reference_achievement(polarity: Polarity, t: Q, r: Q, floor: Q, cap: Option<Q>) -> Option<Q> {
    let hundred = Q::int(100);
    let raw = match polarity {
        Polarity::Maximise => r.mul(hundred)?.div(t)?,
        Polarity::Minimise(MinimiseFormula::Linear) => {
            Q::int(2).mul(t)?.sub(r)?.mul(hundred)?.div(t)?
        }
        Polarity::Minimise(MinimiseFormula::Pp46Efficiency) => {
            let x = Q::new(176, 100)?.mul(t)?.sub(r)?.div(t)?.mul(hundred)?;
            let e = hundred.sub(r.div(t)?.mul(hundred)?)?;
            if e.less(Q::int(24))? || e == Q::int(24) {
                x
            } else {
                Q::int(76).sub(x.sub(hundred)?)?
            }
        }
        _ => return None,
    };
    let raw = if raw.less(floor)? { floor } else { raw };
    Some(match cap {
        Some(c) if c.less(raw)? => c,
        _ => raw,
    })
}

fn reference_polarity() -> impl Strategy<Value = Polarity> {
    prop::sample::select(vec![
        Polarity::Maximise,
        Polarity::Minimise(MinimiseFormula::Linear),
        Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
    ])
}

type PlanShape = Vec<(i64, Vec<(i64, Polarity, Decimal, Decimal)>)>;

fn plan_shape() -> impl Strategy<Value = PlanShape> {
    let indicator = (
        0..=10_i64,
        reference_polarity(),
        (1..=50_000_i64).prop_map(|c| Decimal::new(c, 1)),
        amount(8000),
    );
    prop::collection::vec((0..=10_i64, prop::collection::vec(indicator, 1..4)), 1..4)
}

proptest! {
    /// The crate's Decimal plan score, reported to two places, equals the exact rational
    /// score computed independently here, reported the same way.
    #[test]
    fn decimal_scores_match_an_exact_rational_reference(shape in plan_shape(), cap in prop::option::of(100..=150_i64)) {
        // Every level needs a positive weight somewhere to be scorable.
        prop_assume!(shape.iter().any(|(w, _)| *w > 0));
        prop_assume!(shape.iter().all(|(_, inds)| inds.iter().any(|i| i.0 > 0)));
        let limits = AchievementLimits { floor: Percent::ZERO, cap: cap.map(|c| Percent::whole(u32::try_from(c).unwrap())) };
        let mut results = Vec::new();
        let mut realisations = Vec::new();
        let mut reference_num = Q::int(0);
        let mut reference_den = Q::int(0);
        for (r, (result_weight, indicators)) in shape.iter().enumerate() {
            let mut planned = Vec::new();
            let (mut num, mut den) = (Q::int(0), Q::int(0));
            for (i, &(weight, polarity, target, realisation)) in indicators.iter().enumerate() {
                let indicator = id(&format!("I{r}.{i}"));
                let definition = IndicatorDefinition::builder(indicator.clone(), "u", polarity)
                    .limits(limits)
                    .target(year(), Target::Value(target))
                    .build()
                    .unwrap();
                planned.push(PlannedIndicator { weight: Decimal::from(weight), definition });
                realisations.push(Realisation::new(indicator, year(), realisation));
                let a = reference_achievement(polarity, Q::of(target), Q::of(realisation), Q::int(0), cap.map(|c| Q::int(c.into())));
                let Some(a) = a else { return Ok(()) };
                let w = Q::int(weight.into());
                let (Some(n), Some(d)) = (num.add(w.mul(a).unwrap_or(Q::int(0))), den.add(w)) else { return Ok(()) };
                num = n;
                den = d;
            }
            results.push(PlannedResult { node: NodeId::new(format!("R{r}")).unwrap(), weight: Decimal::from(*result_weight), policy: WeightPolicy::Normalise, indicators: planned });
            let Some(result_value) = num.div(den) else { return Ok(()) };
            let w = Q::int((*result_weight).into());
            let (Some(n), Some(d)) = (w.mul(result_value).and_then(|x| reference_num.add(x)), reference_den.add(w)) else { return Ok(()) };
            reference_num = n;
            reference_den = d;
        }
        let plan = ScoringPlan::new(WeightPolicy::Normalise, results).unwrap();
        let measured = Measurements::new(realisations).unwrap();
        let ours = plan.achievement(year(), &measured).unwrap();
        let Some(expected) = reference_num.div(reference_den).and_then(Q::round2) else { return Ok(()) };
        prop_assert_eq!(Rounding::default().apply(ours.value()), expected);
    }

    /// The realisation returned for "reach band X" reaches it, and one step less does not.
    #[test]
    fn inverse_reaches_and_one_step_less_does_not(
        target in (1..=200_i64).prop_map(Decimal::from),
        other in amount(150),
        weights in (1..=5_i64, 1..=5_i64),
        band in 1..4_usize,
        cap in prop::option::of(110..=150_i64),
    ) {
        let limits = AchievementLimits { floor: Percent::ZERO, cap: cap.map(|c| Percent::whole(u32::try_from(c).unwrap())) };
        let define = |name: &str, t: Decimal| IndicatorDefinition::builder(id(name), "u", Polarity::Maximise)
            .limits(limits).target(year(), Target::Value(t)).build().unwrap();
        let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![
            PlannedResult { node: NodeId::new("R1").unwrap(), weight: Decimal::from(weights.0), policy: WeightPolicy::Normalise,
                indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition: define("VARY", target) }] },
            PlannedResult { node: NodeId::new("R2").unwrap(), weight: Decimal::from(weights.1), policy: WeightPolicy::Normalise,
                indicators: vec![PlannedIndicator { weight: Decimal::ONE, definition: define("FIXED", Decimal::from(100)) }] },
        ]).unwrap();
        let measured = Measurements::new([
            Realisation::new(id("VARY"), year(), Decimal::ZERO),
            Realisation::new(id("FIXED"), year(), other),
        ]).unwrap();
        let table = pp_30_2019_bands();
        let query = InverseQuery { indicator: id("VARY"), period: year(), step: Decimal::ONE, rounding: Rounding::default() };
        let goal = BandGoal::label(&table, &table.bands()[band].label).unwrap();
        let band_of = |r: Decimal| {
            let probe = Measurements::new([
                Realisation::new(id("VARY"), year(), r),
                Realisation::new(id("FIXED"), year(), other),
            ]).unwrap();
            let reported = Rounding::default().apply(plan.achievement(year(), &probe).unwrap().value());
            // Above the table counts as above its top band.
            if reported > Decimal::from(120) { return table.bands().len(); }
            table.classify(reported, |_| false).map(|c| c.index).unwrap()
        };
        match plan.required_realisation(year(), &measured, &query, goal, |_| false) {
            Ok(reach) => {
                let r = reach.least();
                prop_assert!(band_of(r) >= band);
                if r > Decimal::ZERO { prop_assert!(band_of(r - Decimal::ONE) < band); }
            }
            Err(ScoringError::Unreachable { .. }) => {
                // Then even a huge realisation (held by the cap, if any) does not reach it.
                let huge = target * Decimal::from(1000);
                prop_assert!(band_of(huge) < band);
            }
            Err(other) => prop_assert!(false, "{other}"),
        }
    }

    /// Definitions, plans, measurements and explanations survive a JSON round trip.
    #[test]
    fn serde_round_trips(shape in plan_shape()) {
        prop_assume!(shape.iter().any(|(w, _)| *w > 0));
        prop_assume!(shape.iter().all(|(_, inds)| inds.iter().any(|i| i.0 > 0)));
        let mut results = Vec::new();
        let mut realisations = Vec::new();
        for (r, (weight, indicators)) in shape.iter().enumerate() {
            let planned = indicators.iter().enumerate().map(|(i, &(w, polarity, target, realisation))| {
                let indicator = id(&format!("I{r}.{i}"));
                realisations.push(Realisation::new(indicator.clone(), year(), realisation).with_evidence("bukti"));
                let definition = IndicatorDefinition::builder(indicator, "u", polarity)
                    .target(year(), Target::Value(target)).build().unwrap();
                PlannedIndicator { weight: Decimal::from(w), definition }
            }).collect();
            results.push(PlannedResult { node: NodeId::new(format!("R{r}")).unwrap(), weight: Decimal::from(*weight), policy: WeightPolicy::Normalise, indicators: planned });
        }
        let plan = ScoringPlan::new(WeightPolicy::Normalise, results).unwrap();
        let measured = Measurements::new(realisations).unwrap();
        let json = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(&serde_json::from_str::<ScoringPlan>(&json).unwrap(), &plan);
        let json = serde_json::to_string(&measured).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Measurements>(&json).unwrap(), &measured);
        if let Ok(explained) = plan.explain(year(), &measured, Rounding::default()) {
            let explained = explained.with_band(&kinerja::regulation::pp_46_2011_bands(), |_| false).unwrap();
            let json = serde_json::to_string(&explained).unwrap();
            prop_assert_eq!(serde_json::from_str::<PlanExplanation>(&json).unwrap(), explained);
        }
    }

    /// The plain score and its explanation come from one pass: they agree on every plan, and
    /// an error in one is the same error in the other.
    #[test]
    fn the_score_and_its_explanation_agree(shape in plan_shape(), decimals in 0u32..4) {
        let mut results = Vec::new();
        let mut realisations = Vec::new();
        for (r, (weight, indicators)) in shape.iter().enumerate() {
            let planned = indicators.iter().enumerate().map(|(i, &(w, polarity, target, realisation))| {
                let indicator = id(&format!("I{r}.{i}"));
                realisations.push(Realisation::new(indicator.clone(), year(), realisation));
                let definition = IndicatorDefinition::builder(indicator, "u", polarity)
                    .target(year(), Target::Value(target)).build().unwrap();
                PlannedIndicator { weight: Decimal::from(w), definition }
            }).collect();
            results.push(PlannedResult { node: NodeId::new(format!("R{r}")).unwrap(), weight: Decimal::from(*weight), policy: WeightPolicy::Normalise, indicators: planned });
        }
        let Ok(plan) = ScoringPlan::new(WeightPolicy::Normalise, results) else {
            return Ok(());
        };
        let measured = Measurements::new(realisations).unwrap();
        let rounding = Rounding::new(decimals, kinerja::num::RoundingMode::HalfUp).unwrap();
        let plain = plan.achievement(year(), &measured);
        let explained = plan.explain(year(), &measured, rounding);
        match (plain, explained) {
            (Ok(score), Ok(explanation)) => {
                prop_assert_eq!(explanation.achievement, score);
                prop_assert_eq!(explanation.reported.value(), rounding.apply(score.value()));
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "score {a:?} but explanation {b:?}"),
        }
    }

    /// A table made from any increasing cut points is valid, puts every value in exactly one
    /// band, and is refused once a bound is moved to leave a gap or an overlap.
    #[test]
    fn band_tables_cover_without_gaps_or_overlaps(cuts in prop::collection::btree_set(0..1000_i64, 1..8), inclusive in prop::collection::vec(any::<bool>(), 8), probe in 0..1000_i64, shift in prop::sample::select(vec![-1_i64, 1])) {
        let cuts: Vec<i64> = cuts.into_iter().collect();
        let mut bands = vec![Band::new(0_usize, None, Some(Bound { value: Decimal::from(cuts[0]), inclusive: !inclusive[0] }))];
        for (k, &cut) in cuts.iter().enumerate() {
            let upper = cuts.get(k + 1).map(|&next| Bound { value: Decimal::from(next), inclusive: !inclusive[k + 1] });
            bands.push(Band::new(k + 1, Some(Bound { value: Decimal::from(cut), inclusive: inclusive[k] }), upper));
        }
        let table = BandTable::new(bands.clone()).unwrap();
        let x = Decimal::from(probe);
        let containing = bands.iter().filter(|b| b.contains(x)).count();
        prop_assert_eq!(containing, 1);
        prop_assert!(table.classify(x, |_| false).unwrap().band.contains(x));
        // Move one inner lower bound: a gap or an overlap appears.
        let k = 1 + (probe as usize) % cuts.len();
        let mut broken = bands;
        if let Some(lower) = broken[k].lower.as_mut() {
            lower.value += Decimal::from(shift);
        }
        if broken[k].lower.zip(broken[k].upper).is_none_or(|(lo, hi)| lo.value < hi.value) {
            let refused = matches!(BandTable::new(broken), Err(BandError::Gap { .. } | BandError::Overlap { .. }));
            prop_assert!(refused);
        }
    }
}
