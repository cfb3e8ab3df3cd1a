//! Laws of the agency path over generated agencies: sound records pass the checks, results
//! survive JSON text, input order never matters, and one holder's figures never move
//! another holder's score.

use crate::common;

use common::{agency_records_from_tape, tape};
use kinerja::cascade::LinkKind;
use kinerja::evaluation::AnnualAppraisal;
use kinerja::prelude::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn evaluate(records: AgencyRecords) -> AgencyAppraisal {
    let input = match AgencyInput::new(records) {
        Ok(input) => input,
        Err(problems) => panic!("{problems}"),
    };
    appraise_agency(&input).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Sound records pass the checks, every employee with a main result is evaluated, and
    /// both the input and the results go to JSON text and back unchanged.
    #[test]
    fn sound_agencies_pass_and_survive_json(numbers in tape()) {
        let records = agency_records_from_tape(&numbers);
        let input = AgencyInput::new(records.clone()).unwrap();
        let text = serde_json::to_string(&input).unwrap();
        prop_assert_eq!(&serde_json::from_str::<AgencyInput>(&text).unwrap(), &input);
        let year = appraise_agency(&input).unwrap();
        prop_assert_eq!(
            year.employees.len() + year.without_plan.len(),
            records.cascade.agency().employees().len()
        );
        let text = serde_json::to_string(&year).unwrap();
        prop_assert_eq!(serde_json::from_str::<AgencyAppraisal>(&text).unwrap(), year);
    }

    /// Permuting definitions, realisations and employees' records changes nothing.
    #[test]
    fn input_order_does_not_matter(numbers in tape(), seed in any::<u64>()) {
        let records = agency_records_from_tape(&numbers);
        let mut shuffled = records.clone();
        let mut state = seed | 1;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % (n.max(1) as u64)) as usize
        };
        for i in (1..shuffled.realisations.len()).rev() {
            shuffled.realisations.swap(i, next(i + 1));
        }
        for i in (1..shuffled.definitions.len()).rev() {
            shuffled.definitions.swap(i, next(i + 1));
        }
        shuffled.employees.reverse();
        prop_assert_eq!(evaluate(shuffled), evaluate(records));
    }

    /// Where a position has several holders, changing one holder's realisations never
    /// changes another holder's results, except those that the changed figures add into
    /// along direct links (which are the team's totals).
    #[test]
    fn holders_are_measured_one_by_one(numbers in tape(), bump in 1..10_i64) {
        let records = agency_records_from_tape(&numbers);
        let Some(first) = records
            .realisations
            .iter()
            .find_map(|r| r.employee().copied())
        else {
            return Ok(());
        };
        let before = evaluate(records.clone());
        let mut changed = records.clone();
        for r in &mut changed.realisations {
            if r.employee() == Some(&first) {
                *r = Realisation::new(r.indicator().clone(), r.period(), r.value() + Decimal::from(bump))
                    .for_employee(first);
            }
        }
        let receiving: Vec<&NodeId> = records
            .cascade
            .nodes()
            .iter()
            .filter_map(|n| n.parent().filter(|p| p.kind == LinkKind::Direct).map(|p| &p.node))
            .collect();
        let after = evaluate(changed);
        for (b, a) in before.employees.iter().zip(&after.employees) {
            if b.employee == first {
                continue;
            }
            let own = |year: &AnnualAppraisal| {
                year.annual
                    .results
                    .results
                    .iter()
                    .filter(|r| !receiving.contains(&&r.node))
                    .cloned()
                    .collect::<Vec<_>>()
            };
            prop_assert_eq!(own(b), own(a));
        }
    }
}

/// The rules a law iterates: every value of each rule that reads figures or ratings.
fn rules_from(
    basis: usize,
    granularity: usize,
    point: usize,
    tie: usize,
    quota: usize,
    decimals: u32,
) -> kinerja::evaluation::EvaluationRules {
    use kinerja::evaluation::{AnnualBasis, EvaluationRules, QuotaRounding, TieRule};
    use kinerja::period::Granularity;
    use kinerja::scoring::RoundingPoint;
    EvaluationRules {
        annual_basis: [AnnualBasis::YearAggregate, AnnualBasis::MeanOfPeriods][basis],
        granularity: [
            Granularity::Quarter,
            Granularity::Semester,
            Granularity::Year,
        ][granularity],
        rounding_point: [
            RoundingPoint::Total,
            RoundingPoint::Indicators,
            RoundingPoint::IndicatorsAndResults,
        ][point],
        tie_rule: [TieRule::LeaderDecides, TieRule::UnroundedThenBehaviour][tie],
        quota_rounding: [
            QuotaRounding::Strict,
            QuotaRounding::HalfUp,
            QuotaRounding::Floor,
            QuotaRounding::Ceiling,
        ][quota],
        rounding: kinerja::num::Rounding::new(decimals, kinerja::num::RoundingMode::HalfUp)
            .unwrap(),
        ..EvaluationRules::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Paths agree: on generated agencies, under every value of the rules (the annual
    /// basis, the granularity, the rounding point and places, the tie rule, the quota
    /// rounding), each employee's year through a national `Batch` of their plan is what the
    /// agency path (`appraise_agency`, through `appraise_year` and `appraise`) reports: the
    /// achievement as reported, the computed rating, the behaviour rating and (for everyone
    /// but the organisation's leader, rated by the organisation) the predicate.
    #[test]
    fn the_batch_agrees_with_the_agency_path_under_every_rule(
        numbers in tape(),
        basis in 0..2_usize,
        granularity in 0..3_usize,
        point in 0..3_usize,
        tie in 0..2_usize,
        quota in 0..4_usize,
        decimals in 0..3_u32,
    ) {
        use kinerja::evaluation::Batch;
        use kinerja::period::Granularity;
        use kinerja::scoring::{ScoringPlan, SharedPlan};
        let mut records = agency_records_from_tape(&numbers);
        let rules = rules_from(basis, granularity, point, tie, quota, decimals);
        let year = records.year;
        // Every evaluated period (and the year) rated as the year is.
        for employee in &mut records.employees {
            let ratings = employee.behaviour[&year.as_period()].clone();
            employee.behaviour = year
                .periods(rules.granularity)
                .into_iter()
                .chain([year.as_period()])
                .map(|p| (p, ratings.clone()))
                .collect();
        }
        records.rules = rules.clone();
        let input = AgencyInput::new(records).map_err(|p| TestCaseError::fail(p.to_string()))?;
        let agency = match appraise_agency(&input) {
            Ok(agency) => agency,
            Err(error) => return Err(TestCaseError::fail(error.to_string())),
        };
        let quarters = year.periods(Granularity::Quarter);
        let rolled = input.cascade().roll_up(&quarters, input.measurements()).unwrap();
        let leader = |number: &EmployeeNumber| {
            let agency = input.cascade().agency();
            agency
                .employee(number)
                .is_some_and(|e| agency.superior_of(e.position()).is_none())
        };
        for annual in &agency.employees {
            let number = annual.employee;
            let plan = ScoringPlan::for_employee(input.cascade(), &number, input.definitions())
                .unwrap()
                .unwrap();
            let batch = Batch::new(SharedPlan::new(plan, year.as_period()).unwrap(), rules.clone());
            let mut sheet = batch.sheet();
            sheet.employee = Some(number);
            let slots: Vec<_> = batch
                .plan()
                .slots()
                .map(|(slot, indicator, period)| (slot, indicator.clone(), period))
                .collect();
            for (slot, indicator, period) in slots {
                // The employee's own figure, else the team's, as the appraisal reads them.
                let of = |who: Option<&EmployeeNumber>| {
                    rolled
                        .all()
                        .iter()
                        .find(|r| r.indicator() == &indicator && r.period() == period && r.employee() == who)
                        .map(Realisation::value)
                };
                let found = of(Some(&number)).or_else(|| of(None));
                if let Some(value) = found {
                    sheet.figures.set_realisation(slot, value).unwrap();
                }
            }
            sheet.behaviour = input.records(&number).unwrap().behaviour[&year.as_period()].clone();
            let outcome = batch.evaluate(&sheet).unwrap();
            let a = &annual.annual;
            prop_assert_eq!(outcome.reported, a.reported, "{}", number);
            prop_assert_eq!(outcome.result_rating, a.computed_rating, "{}", number);
            prop_assert_eq!(outcome.behaviour_rating, a.behaviour.rating, "{}", number);
            if !leader(&number) {
                prop_assert_eq!(outcome.predicate, a.predicate, "{}", number);
            }
            // Under the mean of periods, the year's rating is the mean of its periods'.
            let mean_of_periods = rules.annual_basis == kinerja::evaluation::AnnualBasis::MeanOfPeriods;
            prop_assert_eq!(!a.period_achievements.is_empty(), mean_of_periods);
        }
    }
}

/// `appraise` over the whole year honours the mean of periods as `appraise_year` does, and
/// refuses, as it does, a plan with an indicator due in no period.
#[test]
fn appraise_over_the_year_reads_the_mean_of_periods() {
    use kinerja::evaluation::{
        AnnualBasis, AppraisalInput, EvaluationError, YearInput, appraise, appraise_year,
    };
    use kinerja::scoring::ScoringPlan;
    let rules = kinerja::evaluation::EvaluationRules {
        annual_basis: AnnualBasis::MeanOfPeriods,
        ..Default::default()
    };
    let records = kinerja::sample::siulak_records().unwrap();
    let year = records.year;
    let measurements = records
        .cascade
        .roll_up(
            &year.periods(kinerja::period::Granularity::Quarter),
            &Measurements::new(records.realisations.clone()).unwrap(),
        )
        .unwrap();
    let definitions = Definitions::new(records.definitions.clone()).unwrap();
    let mut compared = 0;
    for employee in &records.employees {
        let Ok(Some(plan)) =
            ScoringPlan::for_employee(&records.cascade, &employee.employee, &definitions)
        else {
            continue;
        };
        let whole = year.as_period();
        let single = appraise(
            &rules,
            whole.into(),
            &AppraisalInput {
                employee: employee.employee,
                plan: &plan,
                measurements: &measurements,
                behaviour: &employee.behaviour[&whole],
                expectations: &employee.expectations,
                result_override: None,
                objection: None,
                organisation: None,
                notes: &[],
            },
        );
        let yearly = appraise_year(
            &rules,
            year,
            &YearInput {
                plan: &plan,
                measurements: &measurements,
                records: employee,
                organisation: &[],
            },
        );
        match (single, yearly) {
            (Ok(single), Ok(yearly)) => {
                assert!(!single.period_achievements.is_empty());
                assert_eq!(
                    single.period_achievements,
                    yearly.annual.period_achievements
                );
                assert_eq!(single.reported, yearly.annual.reported);
                assert_eq!(single.computed_rating, yearly.annual.computed_rating);
                compared += 1;
            }
            (Err(EvaluationError::InvalidInputs(a)), Err(EvaluationError::InvalidInputs(b))) => {
                // An indicator with only an annual target: both refuse it alike.
                assert!(b.problems().iter().all(|p| a.problems().contains(p)
                    || !matches!(
                        p,
                        kinerja::evaluation::InputProblem::OnlyAnnualTarget { .. }
                    )));
                assert!(!a.problems().is_empty());
            }
            (single, yearly) => panic!("{single:?} / {yearly:?}"),
        }
    }
    assert!(compared > 0);
}
