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
