//! The path users take: the whole Siulak office for 2026, from records (as JSON) through the
//! checks to the evaluations (as JSON). Figures are worked by hand from the sample's tables.

use kinerja::evaluation::{
    Appraisal, CoreValue, DEFAULT_MAX_TEAM, EmployeeRecords, EvaluationError, ImprovementArea,
    InputProblem, OrganisationDecision, OrganisationPredicate, PredicateSource, RatingSource,
};
use kinerja::period::Granularity;
use kinerja::prelude::*;
use kinerja::sample;
use rust_decimal::Decimal;

fn pns(number: &str) -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, number).unwrap()
}

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

const HEAD: &str = "197204101998031005";
const RINA: &str = "198507192010012014";
const ARIF: &str = "199010102015031002";
const DEWI: &str = "199203032019032011";
const YOGA: &str = "199405052020121008";

fn putri() -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pppk, "199506122022212001").unwrap()
}

/// The sample's records, sent through JSON text as a service receives them.
fn records_from_json() -> AgencyRecords {
    let text = serde_json::to_string(&sample::siulak_records().unwrap()).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn evaluate(records: AgencyRecords) -> AgencyAppraisal {
    appraise_agency(&AgencyInput::new(records).unwrap()).unwrap()
}

#[test]
fn the_whole_office_from_json_to_json() {
    let year = evaluate(records_from_json());
    // Yoga Pratama has no result yet; nine employees are evaluated.
    assert_eq!(year.without_plan, [pns(YOGA)]);
    assert_eq!(year.employees.len(), 9);
    // The organisation: SS1 78 / 80 = 97.5 %, SS2 24 / 25 = 96 %, one objective under each
    // goal and no contributions given, so equal weights: (97.5 + 96) / 2 = 96.75 %, which
    // the default bands read as Baik (90 to below 110).
    let organisation = year.annual_organisation().unwrap();
    assert_eq!(
        organisation.score.as_ref().unwrap().achievement.value(),
        d("96.75")
    );
    assert_eq!(organisation.predicate, OrganisationPredicate::Good);
    // Nothing of the objectives is due before the year: no quarterly outcome.
    assert_eq!(year.organisation.len(), 1);
    // The head leads the organisation: Baik gives him "meets expectation".
    assert_eq!(year.leaders, [pns(HEAD)]);
    let head = &year.employee(&pns(HEAD)).unwrap().annual;
    assert_eq!(
        (head.result_rating, head.source.clone()),
        (
            Rating::Meets,
            RatingSource::Organisation {
                predicate: OrganisationPredicate::Good
            }
        )
    );
    // His targets are annual: nothing is due until the fourth quarter, whose span to date is
    // the whole year.
    let head_year = year.employee(&pns(HEAD)).unwrap();
    assert_eq!(head_year.periodic.len(), 1);
    assert!(head_year.periodic[0].scope.is_whole_year());
    // Rina Marlina: 15 of 15 schools and 101 of 100 teachers: (100 + 101) / 2 = 100.5 %
    // (meets); behaviour 5 × meets and 2 × above: 16 / 7 points (meets): Baik.
    let rina = &year.employee(&pns(RINA)).unwrap().annual;
    assert_eq!(rina.reported.value(), d("100.5"));
    assert_eq!(
        (rina.result_rating, rina.behaviour.rating, rina.predicate),
        (Rating::Meets, Rating::Meets, Predicate::Good)
    );
    // Arif Budiman is below expectation on Akuntabel for the year: an area to improve.
    let arif = &year.employee(&pns(ARIF)).unwrap().annual;
    assert!(
        arif.improvement_areas
            .contains(&ImprovementArea::BehaviourBelowExpectation {
                value: CoreValue::Accountable
            })
    );
    // Eight employees outside the leader; at most 70 % of 8 = 5.6, so 5 (strict), may be
    // Baik, and 7 are: not compliant until calibrated.
    let distribution = year.distribution.as_ref().unwrap();
    assert_eq!(distribution.team, 8);
    assert!(!distribution.compliant);
    // Results go to a front end as JSON text and come back unchanged.
    let json = serde_json::to_string(&year).unwrap();
    assert_eq!(
        serde_json::from_str::<AgencyAppraisal>(&json).unwrap(),
        year
    );
}

#[test]
fn holders_of_one_position_are_measured_one_by_one() {
    // Dewi Lestari and Putri Ananda both hold PENGOLAH-DATA. Cumulative targets end at 120
    // schools: Dewi verified 118 (98.33 %), Putri 120 (100 %). They no longer share a score.
    let year = evaluate(sample::siulak_records().unwrap());
    let dewi = &year.employee(&pns(DEWI)).unwrap().annual;
    let putri = &year.employee(&putri()).unwrap().annual;
    assert_eq!(dewi.reported.value(), d("98.33"));
    assert_eq!(putri.reported.value(), d("100"));

    // A team figure for their indicator is refused: the position has two holders.
    let mut records = sample::siulak_records().unwrap();
    let q1: Period = "2026-Q1".parse().unwrap();
    records.realisations.push(Realisation::new(
        IndicatorId::new("IKI-DATA-1").unwrap(),
        q1,
        d("58"),
    ));
    let problems = AgencyInput::new(records).unwrap_err();
    assert!(problems.problems().contains(&InputProblem::NeedsEmployee {
        indicator: IndicatorId::new("IKI-DATA-1").unwrap(),
        period: q1,
        position: PositionId::new("PENGOLAH-DATA").unwrap(),
        holders: 2,
    }));
    // Both a team figure and Dewi's own for one period are also named.
    assert!(
        problems
            .problems()
            .contains(&InputProblem::TeamAndOwnFigure {
                indicator: IndicatorId::new("IKI-DATA-1").unwrap(),
                period: q1,
                employee: pns(DEWI),
            })
    );
}

#[test]
fn a_shared_result_takes_one_team_figure_on_purpose() {
    let mut records = sample::siulak_records().unwrap();
    // Declare RHK-DATA-1 a shared team result, and record the team's figures instead.
    let mut cascade = serde_json::to_value(&records.cascade).unwrap();
    for node in cascade["nodes"].as_array_mut().unwrap() {
        if node["id"] == "RHK-DATA-1" {
            node["shared"] = serde_json::Value::Bool(true);
        }
    }
    records.cascade = serde_json::from_value(cascade).unwrap();
    records
        .realisations
        .retain(|r| r.indicator().as_str() != "IKI-DATA-1");
    let quarters = Year::new(2026).unwrap().periods(Granularity::Quarter);
    for (q, v) in quarters.iter().zip([29, 59, 93, 119]) {
        records.realisations.push(Realisation::new(
            IndicatorId::new("IKI-DATA-1").unwrap(),
            *q,
            Decimal::from(v),
        ));
    }
    let year = evaluate(records.clone());
    // 119 of 120 for both.
    let dewi = &year.employee(&pns(DEWI)).unwrap().annual;
    let putri = &year.employee(&putri()).unwrap().annual;
    assert_eq!(
        (dewi.reported.value(), putri.reported.value()),
        (d("99.17"), d("99.17"))
    );
    // An employee's own figure on a shared result is refused.
    records.realisations.push(
        Realisation::new(IndicatorId::new("IKI-DATA-1").unwrap(), quarters[0], d("1"))
            .for_employee(pns(DEWI)),
    );
    let problems = AgencyInput::new(records).unwrap_err();
    assert_eq!(
        problems.problems(),
        [InputProblem::SharedTakesTeamFigure {
            indicator: IndicatorId::new("IKI-DATA-1").unwrap(),
            period: quarters[0],
            employee: pns(DEWI),
        }]
    );
}

#[test]
fn plan_weights_reach_the_agency_path() {
    // Rina Marlina's results weighted 80 / 20 in the cascade: 0.8 × 100 + 0.2 × 101 = 100.2,
    // where equal weights give 100.5.
    let mut records = sample::siulak_records().unwrap();
    let mut cascade = serde_json::to_value(&records.cascade).unwrap();
    for node in cascade["nodes"].as_array_mut().unwrap() {
        match node["id"].as_str() {
            Some("RHK-KUR-1") => node["plan_weight"] = "80".into(),
            Some("RHK-KUR-2") => node["plan_weight"] = "20".into(),
            _ => {}
        }
    }
    records.cascade = serde_json::from_value(cascade).unwrap();
    let year = evaluate(records);
    let rina = &year.employee(&pns(RINA)).unwrap().annual;
    assert_eq!(rina.reported.value(), d("100.2"));
    let shares: Vec<Decimal> = rina
        .results
        .results
        .iter()
        .map(|r| r.share.unwrap().value())
        .collect();
    assert_eq!(shares, [d("80"), d("20")]);
}

#[test]
fn behaviour_and_notes_belong_to_their_period() {
    let year = evaluate(sample::siulak_records().unwrap());
    let arif = year.employee(&pns(ARIF)).unwrap();
    let accountable = |a: &Appraisal| {
        a.behaviour
            .values
            .iter()
            .find(|v| v.value == CoreValue::Accountable)
            .unwrap()
            .rating
    };
    // Below on Akuntabel in the first half, meeting it in the second.
    let by_quarter: Vec<Rating> = arif.periodic.iter().map(accountable).collect();
    assert_eq!(
        by_quarter,
        [Rating::Below, Rating::Below, Rating::Meets, Rating::Meets]
    );
    // The note of the third quarter is in the third quarter's evaluation only.
    assert!(arif.periodic[2].notes[0].starts_with("Usulan triwulan III"));
    assert!(arif.periodic[1].notes.is_empty());
    assert!(arif.annual.notes.is_empty());
}

#[test]
fn the_leader_s_decision_replaces_the_organisation_predicate() {
    let mut records = sample::siulak_records().unwrap();
    records.organisation.insert(
        "2026".parse().unwrap(),
        OrganisationDecision::new(
            OrganisationPredicate::Exceptional,
            "Seluruh rencana aksi melampaui target; rekomendasi inspektorat",
        )
        .unwrap(),
    );
    let year = evaluate(records);
    let organisation = year.annual_organisation().unwrap();
    assert_eq!(organisation.predicate, OrganisationPredicate::Exceptional);
    assert!(matches!(
        organisation.source,
        PredicateSource::Decision { .. }
    ));
    // Istimewa gives the head "above expectation"; with his behaviour meeting it, Baik.
    let head = &year.employee(&pns(HEAD)).unwrap().annual;
    assert_eq!(head.result_rating, Rating::Above);
    // Under Istimewa only Sangat Baik is limited (at most 70 %): the team complies.
    assert!(year.distribution.as_ref().unwrap().compliant);
}

#[test]
fn calibration_travels_with_the_appraisals() {
    let mut records = sample::siulak_records().unwrap();
    records
        .tie_decisions
        .push(sample::siulak_tie_decision().unwrap());
    let input = AgencyInput::new(records).unwrap();
    let year = appraise_agency(&input)
        .unwrap()
        .calibrated(&input, DEFAULT_MAX_TEAM)
        .unwrap();
    // Seven Baik where at most five may be: two move to Butuh Perbaikan (the fewest
    // changes, and none upwards). Dewi Lestari (98.33) is the lowest Baik; the next place
    // down falls among five at an equal 100.00, and the head's decision gives it to Hendri.
    let calibration = &year.calibrations[0];
    assert_eq!(calibration.changes, 2);
    assert!(year.distribution.as_ref().unwrap().compliant);
    let dewi = &year.employee(&pns(DEWI)).unwrap().annual;
    assert_eq!(dewi.predicate, Predicate::NeedsImprovement);
    assert_eq!(dewi.calibration.as_ref().unwrap().before, Predicate::Good);
    // Rina Marlina scores highest and keeps Baik, with nothing changed.
    let rina = &year.employee(&pns(RINA)).unwrap().annual;
    assert_eq!(
        (rina.predicate, rina.calibration.clone()),
        (Predicate::Good, None)
    );
    let changed = year
        .employees
        .iter()
        .filter(|a| a.annual.calibration.is_some())
        .count();
    assert_eq!(changed, 2);
    assert!(
        dewi.render(Language::Indonesian)
            .contains("hasil kalibrasi, semula Baik")
    );
    // A calibration that starts from other predicates than the appraisals hold is refused.
    let mut again = year.clone();
    let stale = year.calibrations[0].clone();
    assert!(matches!(
        again.apply_calibration(&input, DEFAULT_MAX_TEAM, stale),
        Err(EvaluationError::CalibrationMismatch { .. })
    ));
    assert_eq!(again, year);
    // Hendri Saputra, moved from a tie at 100.00, is told why him: the others' figures,
    // the places, the rule and who decided, by name.
    let hendri = &year.employee(&pns("198209082008011006")).unwrap().annual;
    let view = kinerja::present::AppraisalView::of(
        hendri,
        input.cascade(),
        kinerja::present::Style::indonesian(),
    );
    let why = view.calibration.unwrap();
    assert!(
        why.contains("Nilai sama 100,00 % antara 5 pegawai"),
        "{why}"
    );
    assert!(
        why.contains("Hendri Saputra, S.T. (NIP 198209082008011006): Butuh Perbaikan"),
        "{why}"
    );
    assert!(
        why.contains("Diputuskan oleh Drs. Ahmad Yani, M.Pd."),
        "{why}"
    );
}

#[test]
fn wrong_inputs_are_all_named_at_once() {
    let mut records = sample::siulak_records().unwrap();
    let q1: Period = "2026-Q1".parse().unwrap();
    let id = |text: &str| IndicatorId::new(text).unwrap();
    // 1. A realisation for an indicator nobody has.
    records
        .realisations
        .push(Realisation::new(id("IKI-99"), q1, d("3")));
    // 2. A definition whose unit differs from the cascade's.
    let position = records
        .definitions
        .iter()
        .position(|def| def.id().as_str() == "IKI-SEK-1")
        .unwrap();
    let mut wrong_unit = serde_json::to_value(&records.definitions[position]).unwrap();
    wrong_unit["unit"] = "laporan".into();
    records.definitions[position] = serde_json::from_value(wrong_unit).unwrap();
    // 3. Behaviour for someone who is not in the agency.
    records
        .employees
        .push(EmployeeRecords::new(pns("199912312020121001")));
    // 4. Rina's second-quarter ratings dropped.
    let rina = records
        .employees
        .iter_mut()
        .find(|r| r.employee == pns(RINA))
        .unwrap();
    rina.behaviour.remove(&"2026-Q2".parse().unwrap());
    // 5. A realisation outside any target period.
    records.realisations.push(Realisation::new(
        id("IKI-SEK-1"),
        "2026-05".parse().unwrap(),
        d("1"),
    ));
    let problems = AgencyInput::new(records).unwrap_err();
    assert_eq!(
        problems.problems(),
        [
            InputProblem::UnitMismatch {
                indicator: id("IKI-SEK-1"),
                cascade_unit: "dokumen".to_owned(),
                definition_unit: "laporan".to_owned(),
            },
            InputProblem::UnknownIndicator {
                indicator: id("IKI-99"),
                period: q1,
            },
            InputProblem::UntargetedPeriod {
                indicator: id("IKI-SEK-1"),
                period: "2026-05".parse().unwrap(),
            },
            InputProblem::UnknownEmployee {
                employee: pns("199912312020121001"),
            },
            InputProblem::MissingBehaviour {
                employee: pns(RINA),
                period: "2026-Q2".parse().unwrap(),
                values: CoreValue::ALL.to_vec(),
            },
        ]
    );
    // Each reads in Indonesian and in English.
    let indonesian = problems.describe(Language::Indonesian);
    assert!(indonesian.contains("satuan di pohon kinerja `dokumen` berbeda"));
    assert!(
        problems
            .to_string()
            .contains("the indicator is not in the cascade")
    );
    // And the same records read from JSON are refused with the same list.
    let error = serde_json::from_str::<AgencyInput>(
        &serde_json::to_string(&sample::siulak_records().unwrap())
            .unwrap()
            .replace(
                "IKI-SARPRAS-1\",\"period\":\"2026-Q1",
                "IKI-NOPE\",\"period\":\"2026-Q1",
            ),
    )
    .unwrap_err();
    assert!(error.to_string().contains("IKI-NOPE"), "{error}");
}

#[test]
fn an_agency_input_goes_to_json_and_back() {
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let json = serde_json::to_string(&input).unwrap();
    assert_eq!(serde_json::from_str::<AgencyInput>(&json).unwrap(), input);
}
