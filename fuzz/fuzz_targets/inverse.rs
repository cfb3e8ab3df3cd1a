//! The inverse question from JSON: every run it answers starts and ends at realisations that
//! reach the band.
#![no_main]

use kinerja::measure::{Measurements, Realisation};
use kinerja::period::Period;
use kinerja::regulation::pp_30_2019_bands;
use kinerja::scoring::{BandGoal, InverseQuery, ScoringPlan};
use libfuzzer_sys::fuzz_target;

#[derive(serde::Deserialize)]
struct Case {
    plan: ScoringPlan,
    measurements: Measurements,
    scope: Period,
    query: InverseQuery,
    band: usize,
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<Case>(data) else {
        return;
    };
    if case.plan.employee().is_some() {
        return;
    }
    let table = pp_30_2019_bands();
    let goal = BandGoal::label(&table, &table.bands()[case.band % table.bands().len()].label).unwrap();
    let Ok(reach) =
        case.plan
            .required_realisation(case.scope, &case.measurements, &case.query, goal, |_| false)
    else {
        return;
    };
    let reaches = |value| {
        let mut all: Vec<Realisation> = case
            .measurements
            .all()
            .iter()
            .filter(|r| {
                !(r.indicator() == &case.query.indicator
                    && r.period() == case.query.period
                    && r.employee().is_none())
            })
            .cloned()
            .collect();
        all.push(Realisation::new(
            case.query.indicator.clone(),
            case.query.period,
            value,
        ));
        let probe = Measurements::new(all).expect("one realisation per indicator and period");
        case.plan
            .achievement(case.scope, &probe)
            .map(|a| table.rank(case.query.rounding.apply(a.value()), |_| false) >= Some(goal.band()))
            .unwrap_or(false)
    };
    for run in &reach.runs {
        assert!(reaches(run.from), "{run:?}");
        if let Some(to) = run.to {
            assert!(reaches(to), "{run:?}");
        }
    }
});
