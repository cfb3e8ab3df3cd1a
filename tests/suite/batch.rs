//! The batch against the appraisal, and the sharding law: a batch's outcome for each
//! employee is what `appraise` gives on the same plan, realisations and ratings; splitting a
//! batch into parts and merging their summaries equals the whole; the `rayon` fold equals
//! the sequential one.

use kinerja::evaluation::{
    AppraisalInput, Batch, BatchSummary, BehaviourMethod, BehaviourRating, BehaviourRules,
    CountPrecedence, EvaluationRules, OrganisationPredicate, RaterRole, RaterWeights, Rating,
    Sheet, ValueCounts, appraise,
};
use kinerja::id::{IndicatorId, NodeId, UnitId};
use kinerja::measure::{AchievementLimits, IndicatorDefinition, MinimiseFormula, Polarity, Target};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::org::CoreValue;
use kinerja::period::{Granularity, Year};
use kinerja::scoring::{
    PlannedIndicator, PlannedResult, ScorePath, ScoringPlan, SharedPlan, Slot, WeightPolicy,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Four results of two indicators (maximise and minimise in turn), quarterly targets,
/// capped at 120 %.
fn template() -> ScoringPlan {
    let year = Year::new(2026).unwrap();
    let results = (0..4)
        .map(|r| PlannedResult {
            node: NodeId::new(format!("RHK-{r}")).unwrap(),
            weight: Decimal::from(1 + r),
            policy: WeightPolicy::Normalise,
            indicators: (0..2)
                .map(|i| {
                    let polarity = if i == 0 {
                        Polarity::Maximise
                    } else {
                        Polarity::Minimise(MinimiseFormula::Linear)
                    };
                    let mut builder = IndicatorDefinition::builder(
                        IndicatorId::new(format!("IKI-{r}-{i}")).unwrap(),
                        "dokumen",
                        polarity,
                    )
                    .limits(AchievementLimits::capped(120))
                    // The drawn figures are tenths of a document.
                    .decimals(1);
                    for quarter in year.periods(Granularity::Quarter) {
                        builder = builder.target(quarter, Target::Value(Decimal::from(20 + r)));
                    }
                    PlannedIndicator {
                        weight: Decimal::from(1 + i),
                        definition: builder.build().unwrap(),
                    }
                })
                .collect(),
        })
        .collect();
    ScoringPlan::new(WeightPolicy::Normalise, results).unwrap()
}

fn rules(kind: u8) -> EvaluationRules {
    let mut rules = EvaluationRules::default();
    match kind {
        1 => {
            rules.behaviour = BehaviourRules {
                rater_weights: RaterWeights::new([
                    (RaterRole::Superior, Decimal::from(60)),
                    (RaterRole::Peer, Decimal::from(40)),
                ])
                .unwrap(),
                ..BehaviourRules::default()
            }
        }
        2 => {
            rules.behaviour = BehaviourRules {
                rater_weights: RaterWeights::new([
                    (RaterRole::Superior, "33.34".parse().unwrap()),
                    (RaterRole::Peer, "33.33".parse().unwrap()),
                    (RaterRole::Subordinate, "33.33".parse().unwrap()),
                ])
                .unwrap(),
                method: BehaviourMethod::Counts(
                    ValueCounts::new(4, 2, CountPrecedence::Below).unwrap(),
                ),
                ..BehaviourRules::default()
            }
        }
        _ => {}
    }
    rules
}

/// One drawn employee: realisations (tenths), some own targets, ratings per value and role.
#[derive(Debug, Clone)]
struct Drawn {
    realisations: Vec<Option<i64>>,
    targets: Vec<Option<i64>>,
    ratings: Vec<(u8, u8)>,
}

fn drawn() -> impl Strategy<Value = Drawn> {
    (
        prop::collection::vec(prop::option::weighted(0.98, 0..500i64), 32),
        prop::collection::vec(prop::option::weighted(0.1, 1..400i64), 32),
        prop::collection::vec((0..3u8, 0..4u8), 7..20),
    )
        .prop_map(|(realisations, targets, ratings)| Drawn {
            realisations,
            targets,
            ratings,
        })
}

fn nip(n: usize) -> EmployeeNumber {
    EmployeeNumber::from_value(
        EmployeeKind::Pns,
        197_501_012_000_031_000 + (n % 999) as u64 + 1,
    )
    .unwrap()
}

/// Writes a drawn employee onto a sheet: every value rated by the superior, then the
/// drawn extra ratings.
fn fill(batch: &Batch, slots: &[Slot], n: usize, drawn: &Drawn, sheet: &mut Sheet) {
    sheet.employee = Some(nip(n));
    for (i, slot) in slots.iter().enumerate() {
        if let Some(target) = drawn.targets[i] {
            sheet
                .figures
                .set_target(batch.plan(), *slot, Target::Value(Decimal::new(target, 1)))
                .unwrap();
        }
        if let Some(value) = drawn.realisations[i] {
            sheet
                .figures
                .set_realisation(*slot, Decimal::new(value, 1))
                .unwrap();
        }
    }
    let rating = |r: u8| Rating::ALL[usize::from(r % 3)];
    for (i, value) in CoreValue::ALL.into_iter().enumerate() {
        let (r, _) = drawn.ratings[i];
        sheet.behaviour.push(BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: rating(r),
        });
    }
    for (i, &(r, role)) in drawn.ratings.iter().enumerate().skip(7) {
        let rater = [
            RaterRole::Superior,
            RaterRole::Peer,
            RaterRole::Subordinate,
            RaterRole::SelfAssessment,
        ][usize::from(role)];
        sheet.behaviour.push(BehaviourRating {
            value: CoreValue::ALL[i % 7],
            rater,
            rating: rating(r),
        });
    }
}

fn batch(kind: u8) -> (Batch, Vec<Slot>) {
    let year = Year::new(2026).unwrap();
    let batch = Batch::new(
        SharedPlan::new(template(), year.as_period()).unwrap(),
        rules(kind),
    );
    let slots = batch.plan().slots().map(|(slot, _, _)| slot).collect();
    (batch, slots)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Each outcome is the appraisal's: reported figure, computed rating, behaviour rating,
    /// predicate; or both fail.
    #[test]
    fn each_outcome_is_the_appraisals(kind in 0..3u8, drawn in drawn()) {
        let (batch, slots) = batch(kind);
        let mut sheet = batch.sheet();
        sheet.reset(&batch).unwrap();
        fill(&batch, &slots, 1, &drawn, &mut sheet);
        let outcome = batch.evaluate(&sheet);
        let plan = batch.plan().scoring_plan(&sheet.figures).unwrap();
        let measurements = batch.plan().measurements(&sheet.figures).unwrap();
        let expectations = BTreeMap::new();
        let input = AppraisalInput {
            employee: nip(1),
            plan: &plan,
            measurements: &measurements,
            behaviour: &sheet.behaviour,
            expectations: &expectations,
            result_override: None,
            objection: None,
            organisation: None,
            notes: &[],
        };
        let appraisal = appraise(batch.rules(), batch.plan().scope(), &input);
        match (&outcome, &appraisal) {
            (Ok(o), Ok(a)) => {
                let text = serde_json::to_string(o).unwrap();
                prop_assert_eq!(&serde_json::from_str::<kinerja::evaluation::BatchOutcome>(&text).unwrap(), o);
                prop_assert_eq!(o.reported.to_string(), a.reported.to_string());
                prop_assert_eq!(o.result_rating, a.computed_rating);
                prop_assert_eq!(o.behaviour_rating, a.behaviour.rating);
                prop_assert_eq!(o.predicate, a.predicate);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "batch {outcome:?} against appraisal {appraisal:?}"),
        }
    }

    /// Splitting a batch anywhere into parts, folding each and merging the summaries in
    /// order equals folding the whole; units cut by a border are joined before they are
    /// checked.
    #[test]
    fn shards_merge_into_the_whole(
        kind in 0..3u8,
        runs in prop::collection::vec((0..4usize, 1..9usize), 1..12),
        cuts in prop::collection::vec(0..80usize, 0..5),
        seed in any::<u64>(),
    ) {
        let (batch, slots) = batch(kind);
        let items = employees(&runs, seed);
        let fill = |item: &(usize, OrganisationPredicate, usize, Drawn), sheet: &mut Sheet| -> Result<(), Box<dyn std::error::Error>> {
            sheet.unit = UnitId::new(format!("UNIT-{}", item.0))?;
            sheet.organisation = item.1;
            fill(&batch, &slots, item.2, &item.3, sheet);
            Ok(())
        };
        let whole = batch.fold(&items, fill).unwrap();
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(items.len())).collect();
        cuts.sort_unstable();
        let mut merged = BatchSummary::default();
        let mut start = 0;
        for end in cuts.into_iter().chain([items.len()]) {
            let part = batch.fold_part(&items[start..end], fill).unwrap();
            merged = merged.merge(part, batch.rules()).unwrap();
            start = end;
        }
        // A part, open runs and all, and the whole go to JSON text and back.
        let part = batch.fold_part(&items, fill).unwrap();
        for summary in [&part, &whole] {
            let text = serde_json::to_string(summary).unwrap();
            prop_assert_eq!(&serde_json::from_str::<BatchSummary>(&text).unwrap(), summary);
        }
        prop_assert_eq!(merged.finish(batch.rules()).unwrap(), whole.clone());
        // The score distribution is the employees' reported scores, counted one by one.
        let mut reported: Vec<rust_decimal::Decimal> = Vec::new();
        for item in &items {
            let mut sheet = batch.sheet();
            if fill(item, &mut sheet).is_ok()
                && let Ok(outcome) = batch.evaluate(&sheet)
            {
                reported.push(outcome.reported.value());
            }
        }
        let scores = whole.scores();
        prop_assert_eq!(scores.employees(), reported.len() as u64);
        prop_assert_eq!(scores.sum().unwrap(), reported.iter().sum::<rust_decimal::Decimal>());
        reported.sort_unstable();
        prop_assert_eq!(scores.min(), reported.first().copied());
        prop_assert_eq!(scores.max(), reported.last().copied());
        for (rank, value) in reported.iter().enumerate() {
            prop_assert_eq!(scores.at_rank(rank as u64).map(|v| v.normalize()), Some(value.normalize()));
        }
        prop_assert_eq!(whole.employees() + whole.failed(), items.len());
        prop_assert_eq!(whole.units(), runs_of(&items));
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            let parallel = batch.par_fold(items.par_iter().with_min_len(3), fill).unwrap();
            prop_assert_eq!(parallel, whole);
        }
    }
}

/// Employees in runs of one unit each; every unit's organisation predicate is fixed by its
/// number.
fn employees(
    runs: &[(usize, usize)],
    seed: u64,
) -> Vec<(usize, OrganisationPredicate, usize, Drawn)> {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as i64
    };
    let mut items = Vec::new();
    for &(unit, size) in runs {
        let organisation = [
            OrganisationPredicate::Exceptional,
            OrganisationPredicate::Good,
            OrganisationPredicate::NeedsImprovement,
            OrganisationPredicate::Poor,
        ][unit];
        for _ in 0..size {
            let drawn = Drawn {
                realisations: (0..32).map(|_| Some(next() % 500)).collect(),
                targets: (0..32).map(|_| None).collect(),
                ratings: (0..7).map(|_| ((next() % 3) as u8, 0)).collect(),
            };
            items.push((unit, organisation, items.len(), drawn));
        }
    }
    items
}

/// The number of runs of one unit in `items`.
fn runs_of(items: &[(usize, OrganisationPredicate, usize, Drawn)]) -> usize {
    items.windows(2).filter(|w| w[0].0 != w[1].0).count() + usize::from(!items.is_empty())
}

/// A national-style batch of 2,000 employees stays on the fast path, and an unnamed sheet
/// is counted as failed rather than stopping the batch.
#[test]
fn the_fast_path_carries_a_national_batch() {
    let (batch, slots) = batch(0);
    let items = employees(&[(0, 1000), (1, 1000)], 7);
    let summary = batch
        .fold(&items, |item, sheet| {
            sheet.unit = UnitId::new(format!("UNIT-{}", item.0))?;
            fill(&batch, &slots, item.2, &item.3, sheet);
            if item.2 == 5 {
                sheet.employee = None;
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(summary.employees(), 1999);
    assert_eq!(summary.failed(), 1);
    let failure = summary.first_failure().unwrap();
    assert_eq!(failure.english, "a batch sheet names no employee");
    assert_eq!(failure.indonesian, "lembar batch tidak menyebut pegawai");
    // A summary whose counts disagree is refused when read.
    let mut wire: serde_json::Value = serde_json::to_value(&summary).unwrap();
    wire["compliant_units"] = serde_json::json!(3);
    assert!(serde_json::from_value::<BatchSummary>(wire).is_err());
    // So is one whose scores count other employees than it evaluated.
    let mut wire: serde_json::Value = serde_json::to_value(&summary).unwrap();
    wire["scores"].as_array_mut().unwrap().pop();
    assert!(serde_json::from_value::<BatchSummary>(wire).is_err());
    assert_eq!(summary.scores().employees(), 1999);
    assert!(
        summary.decimal() <= 10,
        "{} of 2000 needed Decimal",
        summary.decimal()
    );
    assert_eq!(summary.units(), 2);
    let outcome = batch.evaluate(&{
        let mut sheet = batch.sheet();
        fill(&batch, &slots, 1, &items[1].3, &mut sheet);
        sheet
    });
    assert_eq!(outcome.map(|o| o.path), Ok(ScorePath::Fast));
}
