//! Objections (keberatan): the decided predicate is the one every later stage sees,
//! replaying the trail gives the live result, and refused objections change nothing.

use kinerja::agreement::Recorded;
use kinerja::evaluation::{
    AgencyAppraisal, DEFAULT_MAX_TEAM, EvaluationError, InputProblem, Objection, ObjectionDecision,
    ObjectionOutcome, Predicate, Rating, Reason, RecordChange, RecordsLedger, credit_points,
};
use kinerja::prelude::*;
use kinerja::present::{AppraisalView, Style};
use kinerja::{AgencyRecords, sample};
use proptest::prelude::*;

const HEAD: &str = "197204101998031005";
const HENDRI: &str = "198209082008011006";
const RINA: &str = "198507192010012014";
const DEWI: &str = "199203032019032011";
const SYAFRIZAL: &str = "198003152005011003";
const NURHAYATI: &str = "197811222003122002";

fn pns(number: &str) -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, number).unwrap()
}

fn day(month: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, month, d).unwrap()
}

fn year() -> Period {
    "2026".parse().unwrap()
}

/// The sample year with the head's decision on its tie, and `objections` in the records.
fn records_with(objections: &[(EmployeeNumber, Period, Objection)]) -> AgencyRecords {
    let mut records = sample::siulak_records().unwrap();
    records
        .tie_decisions
        .push(sample::siulak_tie_decision().unwrap());
    for (employee, period, objection) in objections {
        let entry = records
            .employees
            .iter_mut()
            .find(|r| r.employee == *employee)
            .unwrap();
        entry.objections.insert(*period, objection.clone());
    }
    records
}

fn evaluate(records: AgencyRecords) -> AgencyAppraisal {
    let input = AgencyInput::new(records).unwrap();
    appraise_agency(&input)
        .unwrap()
        .calibrated(&input, DEFAULT_MAX_TEAM)
        .unwrap()
}

fn objection(objected: Predicate, to: &str, outcome: Option<ObjectionOutcome>) -> Objection {
    Objection {
        objected,
        given_on: day(1, 15),
        filed_on: day(1, 22),
        addressed_to: pns(to),
        reason: Reason::new("Saya tidak sependapat dengan penilaian ini").unwrap(),
        decision: outcome.map(|outcome| ObjectionDecision {
            on: day(2, 1),
            outcome,
            reason: Reason::new("Bukti telah diperiksa").unwrap(),
        }),
    }
}

fn annual<'a>(year: &'a AgencyAppraisal, number: &str) -> &'a kinerja::evaluation::Appraisal {
    &year.employee(&pns(number)).unwrap().annual
}

#[test]
fn the_sample_objections_upheld_and_changed() {
    let objections: Vec<(EmployeeNumber, Period, Objection)> = sample::siulak_objections()
        .unwrap()
        .into_iter()
        .map(|(e, o)| (e, year(), o))
        .collect();
    let decided = evaluate(records_with(&objections));
    // Hendri Saputra: Butuh Perbaikan by the tie, upheld by the head; final.
    let hendri = annual(&decided, HENDRI);
    assert_eq!(hendri.predicate, Predicate::NeedsImprovement);
    assert_eq!(hendri.calibration.as_ref().unwrap().before, Predicate::Good);
    // Rina Marlina: results and behaviour above expectation, so Sangat Baik by the
    // PermenPANRB 6/2022 matrix (above, above); the record keeps what she was given.
    let rina = annual(&decided, RINA);
    assert_eq!(rina.predicate, Predicate::VeryGood);
    assert_eq!(rina.result_rating, Rating::Above);
    let record = rina.objection.as_ref().unwrap();
    assert_eq!(record.predicate_before, Predicate::Good);
    assert_eq!(record.result_rating_before, Rating::Meets);
    assert_eq!(record.decided, Some(Predicate::VeryGood));
    // The distribution counts the decided predicates: four Baik, one Sangat Baik, three
    // Butuh Perbaikan, within a Baik organisation's curve.
    let report = decided.distribution.as_ref().unwrap();
    assert_eq!(report.counts.as_array(), &[0, 0, 3, 4, 1]);
    assert!(report.compliant);
    let text = rina.render(Language::Indonesian);
    assert!(
        text.contains("Predikat kinerja: Sangat Baik (keputusan atas keberatan, semula Baik)"),
        "{text}"
    );
    assert!(
        text.contains("Diputuskan 29 Januari 2027 (final)"),
        "{text}"
    );
    let input = AgencyInput::new(records_with(&objections)).unwrap();
    let view = AppraisalView::of(rina, input.cascade(), Style::indonesian());
    assert_eq!(view.predicate.label, "Sangat Baik");
    assert_eq!(view.objected_from.map(|l| l.label), Some("Baik".to_owned()));
}

#[test]
fn refused_objections_are_named_and_change_nothing() {
    let late = Objection {
        filed_on: day(2, 1),
        ..objection(Predicate::NeedsImprovement, SYAFRIZAL, None)
    };
    // Dewi's rater is Rina (her section head); Rina's superior is Syafrizal.
    let to_the_rater = objection(Predicate::NeedsImprovement, RINA, None);
    let before_filed = Objection {
        decision: Some(ObjectionDecision {
            on: day(1, 20),
            outcome: ObjectionOutcome::Upheld,
            reason: Reason::new("Ditolak").unwrap(),
        }),
        ..objection(Predicate::NeedsImprovement, SYAFRIZAL, None)
    };
    for (bad, expected) in [
        (
            late,
            "17 hari setelah hasilnya diberikan, lewat batas 14 hari",
        ),
        (to_the_rater, "bukan atasan pejabat penilai kinerja"),
        (before_filed, "diputuskan sebelum diajukan"),
    ] {
        let problems = AgencyInput::new(records_with(&[(pns(DEWI), year(), bad)])).unwrap_err();
        let text = problems.describe(Language::Indonesian);
        assert!(text.contains(expected), "{text}");
    }
    // A blank reason cannot even be read.
    let blank = r#"{"objected": "good", "given_on": "2027-01-15", "filed_on": "2027-01-16",
        "addressed_to": {"kind": "pns", "number": "197204101998031005"}, "reason": "  "}"#;
    assert!(serde_json::from_str::<Objection>(blank).is_err());
    // The secretary's rater is the head, whose own superior is outside the agency: an
    // objection to anyone inside it is misaddressed.
    let inside = objection(Predicate::Good, HEAD, None);
    let problems = AgencyInput::new(records_with(&[(pns(NURHAYATI), year(), inside)])).unwrap_err();
    assert!(matches!(
        problems.problems()[0],
        InputProblem::ObjectionMisaddressed { .. }
    ));
}

/// The trail of an objection: filed by the employee, decided by the addressee.
fn trail(
    employee: &str,
    to: &str,
    outcome: ObjectionOutcome,
) -> Result<(RecordsLedger, Vec<Recorded<RecordChange>>), EvaluationError> {
    let agency = sample::siulak_agency().unwrap();
    let filed = RecordChange::Objected {
        employee: pns(employee),
        period: year(),
        objected: Predicate::NeedsImprovement,
        given_on: day(1, 15),
        addressed_to: pns(to),
    };
    let (ledger, one) = RecordsLedger::default().apply(
        &agency,
        filed,
        &pns(employee),
        day(1, 22),
        Some("Laporan terlambat karena server padam".to_owned()),
    )?;
    let decided = RecordChange::ObjectionDecided {
        employee: pns(employee),
        period: year(),
        outcome,
    };
    let (ledger, two) = ledger.apply(
        &agency,
        decided,
        &pns(to),
        day(2, 1),
        Some("Bukti diterima".to_owned()),
    )?;
    Ok((ledger, vec![one, two]))
}

#[test]
fn the_trail_refuses_what_the_live_command_refuses() {
    let agency = sample::siulak_agency().unwrap();
    let (ledger, events) = trail(HENDRI, HEAD, ObjectionOutcome::Upheld).unwrap();
    // Decided twice: the first decision is final.
    let again = ledger.apply(
        &agency,
        RecordChange::ObjectionDecided {
            employee: pns(HENDRI),
            period: year(),
            outcome: ObjectionOutcome::Predicate(Predicate::Good),
        },
        &pns(HEAD),
        day(2, 2),
        Some("Ditinjau ulang".to_owned()),
    );
    assert!(matches!(again, Err(EvaluationError::ObjectionFinal { .. })));
    // Filed twice.
    let twice = ledger.apply(
        &agency,
        RecordChange::Objected {
            employee: pns(HENDRI),
            period: year(),
            objected: Predicate::NeedsImprovement,
            given_on: day(1, 15),
            addressed_to: pns(HEAD),
        },
        &pns(HENDRI),
        day(2, 3),
        Some("Sekali lagi".to_owned()),
    );
    assert!(matches!(
        twice,
        Err(EvaluationError::ObjectionRepeated { .. })
    ));
    // Decided by someone else than the addressee, filed for someone else, addressed
    // wrongly, or without a reason.
    assert!(matches!(
        trail(HENDRI, SYAFRIZAL, ObjectionOutcome::Upheld),
        Err(EvaluationError::ObjectionRefused { .. })
    ));
    let someone_else = RecordsLedger::default().apply(
        &agency,
        RecordChange::Objected {
            employee: pns(HENDRI),
            period: year(),
            objected: Predicate::NeedsImprovement,
            given_on: day(1, 15),
            addressed_to: pns(HEAD),
        },
        &pns(RINA),
        day(1, 22),
        Some("Atas nama Hendri".to_owned()),
    );
    assert!(matches!(
        someone_else,
        Err(EvaluationError::ObjectionNotOwn { .. })
    ));
    let stored = RecordsLedger::replay(&events, &sample::siulak_agency().unwrap()).unwrap();
    assert_eq!(stored, ledger);
    let mut wrong_decider = events.clone();
    wrong_decider[1].by = pns(SYAFRIZAL);
    assert!(matches!(
        RecordsLedger::replay(&wrong_decider, &sample::siulak_agency().unwrap()),
        Err(EvaluationError::NotAddressee { .. })
    ));
    let mut no_reason = events;
    no_reason[0].why = None;
    assert!(RecordsLedger::replay(&no_reason, &sample::siulak_agency().unwrap()).is_err());
}

fn outcome() -> impl Strategy<Value = ObjectionOutcome> {
    let rating = || prop::sample::select(Rating::ALL.to_vec());
    prop_oneof![
        Just(ObjectionOutcome::Upheld),
        (rating(), rating())
            .prop_map(|(result, behaviour)| ObjectionOutcome::Ratings { result, behaviour }),
        prop::sample::select(Predicate::ALL.to_vec()).prop_map(ObjectionOutcome::Predicate),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the superior decides, the decided predicate is the one the year, the
    /// distribution, credit points and the views see; replaying the trail gives the same
    /// year as the records.
    #[test]
    fn the_decided_predicate_is_the_one_every_stage_sees(outcome in outcome(), upheld_first in any::<bool>()) {
        let (employee, to) = if upheld_first { (HENDRI, HEAD) } else { (DEWI, SYAFRIZAL) };
        let (ledger, events) = trail(employee, to, outcome).unwrap();
        prop_assert_eq!(&RecordsLedger::replay(&events, &sample::siulak_agency().unwrap()).unwrap(), &ledger);
        // The ledger fills the records' objections (its realisations are the sample's own
        // here, so only the objections are taken from it).
        let mut filled = records_with(&[]);
        ledger.fill(&mut filled);
        let mut records = records_with(&[]);
        for (mine, theirs) in records.employees.iter_mut().zip(&filled.employees) {
            mine.objections = theirs.objections.clone();
        }
        let from_trail = evaluate(records.clone());
        let (_, period, stored) = ledger.objections().next().map(|(e, p, o)| (*e, p, o.clone())).unwrap();
        let from_records = evaluate(records_with(&[(pns(employee), period, stored.clone())]));
        prop_assert_eq!(&from_trail, &from_records);

        let matrix = kinerja::regulation::permenpanrb_6_2022_matrix();
        let decided = stored.decided_predicate(&matrix).unwrap();
        let appraisal = annual(&from_trail, employee);
        prop_assert_eq!(appraisal.predicate, decided);
        let counted = from_trail.distribution.as_ref().unwrap().counts;
        let expected = kinerja::evaluation::PerPredicate::counting(
            from_trail.employees.iter()
                .filter(|a| from_trail.leaders.binary_search(&a.employee).is_err())
                .map(|a| a.annual.predicate),
        );
        prop_assert_eq!(counted, expected);
        // Credit points read the decided predicate: 25 × its percent for a full year.
        let credit = credit_points(rust_decimal::Decimal::from(25), appraisal.predicate, 12).unwrap();
        let direct = credit_points(rust_decimal::Decimal::from(25), decided, 12).unwrap();
        prop_assert_eq!(credit, direct);
        let view = AppraisalView::of(appraisal, AgencyInput::new(records).unwrap().cascade(), Style::indonesian());
        prop_assert_eq!(view.predicate.label, decided.label(Language::Indonesian));
        // Calibration starts from what the employee was given before the objection, so
        // it never moves anyone else because of it; the decision then stands.
        let entries = from_trail.calibration_entries();
        let entry = entries.iter().find(|e| e.employee == pns(employee)).unwrap();
        prop_assert_eq!(entry.proposed, appraisal.objection.as_ref().unwrap().predicate_before);
    }
}
