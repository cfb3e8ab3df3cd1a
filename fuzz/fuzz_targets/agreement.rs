//! The agreement stage's stored documents against the sample cascade: a plan's trail
//! replayed, parties checked, a feedback log checked and recorded again entry by entry, and
//! plans put into the evaluation. A stored document is trusted no more than the commands
//! that made it (DESIGN.md §9), so whatever is accepted is what the live commands make.
#![no_main]

use kinerja::agreement::{
    AgreementError, FeedbackLog, Parties, Plan, PlanEvent, Recorded, agreed_plans,
};
use kinerja::cascade::Cascade;
use kinerja::period::Year;
use kinerja::{Agency, Language};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[derive(serde::Deserialize)]
struct Case {
    #[serde(default)]
    trail: Option<Vec<Recorded<PlanEvent>>>,
    #[serde(default)]
    parties: Option<Parties>,
    #[serde(default)]
    log: Option<FeedbackLog>,
    #[serde(default)]
    plans: Option<Vec<Plan>>,
    #[serde(default)]
    year: Option<Year>,
}

fn cascade() -> &'static Cascade {
    static CASCADE: OnceLock<Cascade> = OnceLock::new();
    CASCADE.get_or_init(|| kinerja::sample::siulak_cascade().expect("the sample cascade"))
}

/// Both languages of a refusal, with people by name: neither is empty.
fn described(error: &AgreementError, agency: &Agency) {
    for language in [Language::Indonesian, Language::English] {
        assert!(!error.describe(language).is_empty());
        assert!(!error.describe_in(agency, language).is_empty());
    }
}

/// A value written as JSON reads back as itself.
fn round_trips<T>(value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).expect("writes");
    let back: T = serde_json::from_str(&json).expect("what was written reads back");
    assert_eq!(&back, value);
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<Case>(data) else {
        return;
    };
    let cascade = cascade();
    let agency = cascade.agency();
    if let Some(trail) = &case.trail {
        match Plan::replay(trail, cascade) {
            Ok(plan) => {
                // A replayed plan passes the checks of a stored one, travels as JSON, and
                // reaches the evaluation exactly when it is agreed.
                assert_eq!(plan.check(cascade), Ok(()));
                round_trips(&plan);
                assert_eq!(plan.for_evaluation().is_ok(), plan.stage().is_agreed());
                let evaluated = agreed_plans(cascade, plan.year(), std::slice::from_ref(&plan));
                assert_eq!(evaluated.is_ok(), plan.stage().is_agreed(), "{evaluated:?}");
                let _ = plan.scoring_plan();
            }
            Err(error) => described(&error, agency),
        }
    }
    if let Some(parties) = &case.parties {
        round_trips(parties);
        match parties.check(agency) {
            // Parties that pass are the ones `Parties::new` makes of the same people.
            Ok(()) => assert_eq!(
                Parties::new(
                    agency,
                    *parties.employee(),
                    *parties.leader(),
                    parties.settler().copied()
                ),
                Ok(*parties)
            ),
            Err(error) => described(&error, agency),
        }
    }
    if let Some(log) = &case.log {
        round_trips(log);
        let checked = log.check(cascade);
        // Stored equals replayed: the log is accepted exactly when recording its entries
        // one by one into an empty log of the same parties is, and then makes it again.
        let mut again = FeedbackLog::new(*log.parties());
        let recorded = log
            .entries()
            .iter()
            .try_for_each(|entry| again.record(cascade, entry.clone()).map(drop));
        assert_eq!(
            checked.is_ok(),
            recorded.is_ok(),
            "{checked:?} / {recorded:?}"
        );
        match checked {
            Ok(()) => assert_eq!(&again, log),
            Err(error) => described(&error, agency),
        }
    }
    if let Some(plans) = &case.plans {
        let year = case
            .year
            .unwrap_or_else(|| Year::new(2026).expect("a year"));
        match agreed_plans(cascade, year, plans) {
            Ok(evaluated) => {
                // Every plan that reaches the evaluation is agreed, of the year, and passes
                // the stored checks.
                for plan in plans {
                    assert!(plan.stage().is_agreed());
                    assert_eq!(plan.year(), year);
                    assert_eq!(plan.check(cascade), Ok(()));
                }
                let _ = evaluated.cascade.diagnose();
            }
            Err(error) => described(&error, agency),
        }
    }
});
