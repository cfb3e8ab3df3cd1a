//! A plan and its realisations from JSON, scored and explained: the explanation reports the
//! score, and the shared plan's fast path reports what `Decimal` reports.
#![no_main]

use kinerja::measure::Measurements;
use kinerja::period::Period;
use kinerja::scoring::{Reporting, ScoringPlan, SharedPlan};
use libfuzzer_sys::fuzz_target;

#[derive(serde::Deserialize)]
struct Case {
    plan: ScoringPlan,
    measurements: Measurements,
    scope: Period,
    reporting: Reporting,
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<Case>(data) else {
        return;
    };
    let achieved = case.plan.achievement(case.scope, &case.measurements);
    let explained = case
        .plan
        .explain(case.scope, &case.measurements, case.reporting);
    // Rounded only at the total, the explanation's exact figure is the achievement and its
    // report that figure rounded; rounded earlier, its figures are the rounded ones.
    let total_only = case.reporting.point == kinerja::scoring::RoundingPoint::Total;
    match (&achieved, &explained) {
        (Ok(a), Ok(e)) => {
            if total_only {
                assert_eq!(*a, e.achievement);
            }
            assert_eq!(
                e.reported.value(),
                case.reporting.rounding.apply(e.achievement.value())
            );
            let _ = e.render(kinerja::Language::Indonesian);
        }
        (Err(a), Err(e)) if total_only => assert_eq!(a, e),
        (Err(_), Err(_)) => {}
        _ if !total_only => {}
        _ => panic!("achievement {achieved:?} against explanation {explained:?}"),
    }
    if case.plan.employee().is_none() {
        if let Ok(shared) = SharedPlan::new(case.plan.clone(), case.scope) {
            let mut figures = shared.figures();
            let slots: Vec<_> = shared.slots().map(|(s, i, p)| (s, i.clone(), p)).collect();
            for (slot, indicator, period) in slots {
                if let Some(r) = case.measurements.get(&indicator, period) {
                    let _ = figures.set_realisation(slot, r.value());
                }
            }
            let fast = shared.score(&figures, case.reporting).map(|s| s.reported);
            assert_eq!(fast, shared.score_decimal(&figures, case.reporting));
        }
    }
});
