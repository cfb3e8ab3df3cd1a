//! Evaluating the whole Siulak sample for 2026.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use kinerja::*;
use std::collections::BTreeMap;

fn pns(number: &str) -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, number).unwrap()
}

#[test]
fn the_whole_office_is_evaluated() {
    let cascade = sample::siulak_cascade().unwrap();
    let year = Year::new(sample::SAMPLE_YEAR).unwrap();
    let quarters = year.periods(Granularity::Quarter);
    let measured = cascade
        .roll_up(&quarters, &sample::siulak_realisations().unwrap())
        .unwrap();
    let definitions = sample::siulak_definitions().unwrap();
    let behaviour: BTreeMap<_, _> = sample::siulak_behaviour().unwrap().into_iter().collect();
    let head = pns("197204101998031005");
    let leaders = BTreeMap::from([(head, Rating::Meets)]);
    let (overrides, expectations) = (BTreeMap::new(), BTreeMap::new());
    let input = AgencyInput {
        cascade: &cascade,
        definitions: &definitions,
        measurements: &measured,
        behaviour: &behaviour,
        overrides: &overrides,
        expectations: &expectations,
        leaders: &leaders,
    };
    let result = appraise_agency(&EvaluationRules::default(), year, &input).unwrap();
    // Yoga Pratama has no result yet.
    assert_eq!(result.without_plan, [pns("199405052020121008")]);
    assert_eq!(result.employees.len(), 9);
    // The head's targets are annual: nothing is due until the fourth quarter, whose span to
    // date is the whole year; his result rating is the office's.
    let head_year = &result.employees[&head];
    assert_eq!(head_year.periodic.len(), 1);
    assert!(head_year.periodic[0].scope.is_whole_year());
    assert_eq!(head_year.annual.source, RatingSource::Organisation);
    // Rina Marlina: 15 of 15 schools and 101 of 100 teachers: (100 + 101) / 2 = 100.5 % (meets);
    // behaviour 5 × Meets and 2 × Above: 16 / 7 points (meets): Baik.
    let rina = &result.employees[&pns("198507192010012014")].annual;
    assert_eq!(rina.results.reported, rust_decimal::Decimal::new(1005, 1));
    assert_eq!(
        (rina.result_rating, rina.behaviour.rating, rina.predicate),
        (Rating::Meets, Rating::Meets, Predicate::Good)
    );
    // Arif Budiman is below expectation on Akuntabel: it is an area to improve.
    let arif = &result.employees[&pns("199010102015031002")].annual;
    assert!(
        arif.improvement_areas
            .contains(&ImprovementArea::BehaviourBelowExpectation {
                value: CoreValue::Accountable
            })
    );

    let stranger = BTreeMap::from([(pns("199912312020121001"), vec![])]);
    let wrong = AgencyInput {
        behaviour: &stranger,
        ..input
    };
    assert_eq!(
        appraise_agency(&EvaluationRules::default(), year, &wrong).unwrap_err(),
        EvaluationError::UnknownEmployee {
            employee: pns("199912312020121001")
        }
    );
}
