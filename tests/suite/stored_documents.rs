//! Stored documents are trusted no more than live ones (issue 25, deliverable 7; DESIGN.md
//! principle 9): every reproducer of the outside fuzzing run, as a document read from JSON
//! and edited the way a hand or a bug edits it, is refused with a typed error whose
//! Indonesian and English messages name the person and the thing; the unedited document is
//! accepted. Then laws: a replayed trail is the plan `apply` built and a trail relabelled to
//! another year is refused; a calibration is applied if and only if it is the one calibration
//! derives.

use crate::common;

use common::agreement::*;
use common::inputs::{PathStep, at, paths};
use kinerja::agreement::*;
use kinerja::cascade::{Cascade, CascadeError, Node};
use kinerja::evaluation::{
    AgencyAppraisal, Calibration, DEFAULT_MAX_TEAM, EvaluationError, Predicate,
};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{DefinitionRule, MeasureError, Target};
use kinerja::nip::EmployeeNumber;
use kinerja::num::Weight;
use kinerja::period::Year;
use kinerja::prelude::{Agency, AgencyInput, Language, appraise_agency};
use kinerja::sample;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::sync::OnceLock;

fn cascade() -> &'static Cascade {
    static CASCADE: OnceLock<Cascade> = OnceLock::new();
    CASCADE.get_or_init(|| sample::siulak_cascade().unwrap())
}

fn agency() -> &'static Agency {
    cascade().agency()
}

/// The names the sample agency gives its people (examples/data/siulak/agency.json).
const YOGA: &str = "Yoga Pratama";
const SECRETARY: &str = "Hj. Nurhayati, S.E.";
const ARIF: &str = "Arif Budiman, S.T.";
const DEWI: &str = "Dewi Lestari, S.Kom.";
const RINA: &str = "Rina Marlina, S.Pd.";
const HEAD: &str = "Drs. Ahmad Yani, M.Pd.";

/// Asserts that `message` names everyone in `names` and every thing in `things`.
fn names(message: &str, names: &[&str], things: &[&str]) {
    for wanted in names.iter().chain(things) {
        assert!(
            message.contains(wanted),
            "`{wanted}` not named in: {message}"
        );
    }
}

/// Both languages of an agreement error, with people called by name: each names `people`
/// and `things`, and the two are different texts (one is not the other left untranslated).
fn agreement_messages(error: &AgreementError, people: &[&str], things: &[&str]) {
    let indonesian = error.describe_in(agency(), Language::Indonesian);
    let english = error.describe_in(agency(), Language::English);
    names(&indonesian, people, things);
    names(&english, people, things);
    assert_ne!(indonesian, english);
    // Without the agency the numbers stand for the people.
    let plain = error.describe(Language::Indonesian);
    for person in error.people() {
        assert!(plain.contains(&person.to_string()), "{plain}");
    }
}

fn evaluation_messages(error: &EvaluationError, people: &[&str], things: &[&str]) {
    let indonesian = error.describe_in(agency(), Language::Indonesian);
    let english = error.describe_in(agency(), Language::English);
    names(&indonesian, people, things);
    names(&english, people, things);
    assert_ne!(indonesian, english);
}

/// The JSON of an employee number.
fn number_json(number: EmployeeNumber) -> Value {
    serde_json::to_value(number).unwrap()
}

/// Yoga's plan from the opening to the agreement, with its trail.
fn agreed_with_trail() -> (Plan, Vec<Recorded<PlanEvent>>) {
    let parties = Parties::of(agency(), yoga()).unwrap();
    let step = Plan::open(parties, year(), &yoga(), day(1, 5)).unwrap();
    let (mut plan, mut trail) = (step.plan, step.events);
    for (command, by, on) in [
        (
            Command::Propose {
                terms: yoga_terms(),
            },
            yoga(),
            day(1, 6),
        ),
        (Command::Confirm, yoga(), day(1, 7)),
        (Command::Confirm, secretary(), day(1, 8)),
    ] {
        let step = plan.apply(cascade(), command, &by, on).unwrap();
        trail.extend(step.events);
        plan = step.plan;
    }
    assert_eq!(plan.stage(), Stage::Agreed);
    (plan, trail)
}

/// Yoga's parties as JSON with Arif Budiman, a colleague in another section, as his leader.
fn parties_with_a_colleague_for_leader() -> Parties {
    let mut json = serde_json::to_value(Parties::of(agency(), yoga()).unwrap()).unwrap();
    json["leader"] = number_json(arif());
    serde_json::from_value(json).unwrap()
}

fn not_leader() -> AgreementError {
    AgreementError::NotLeader {
        employee: yoga(),
        leader: arif(),
    }
}

#[test]
fn parties_with_a_colleague_for_leader_are_refused_by_check_apply_and_replay() {
    let forged = parties_with_a_colleague_for_leader();
    // Reading them is not enough to refuse them: three different people.
    assert_eq!(*forged.leader(), arif());
    assert_eq!(forged.check(agency()), Err(not_leader()));
    agreement_messages(&not_leader(), &[YOGA, ARIF], &[]);
    // The untouched parties are accepted.
    assert_eq!(
        Parties::of(agency(), yoga()).unwrap().check(agency()),
        Ok(())
    );

    // A plan opened with them (opening needs no agency) cannot take a single command.
    let opened = Plan::open(forged, year(), &yoga(), day(1, 5)).unwrap();
    let refused = opened.plan.apply(
        cascade(),
        Command::Propose {
            terms: yoga_terms(),
        },
        &yoga(),
        day(1, 6),
    );
    assert_eq!(refused, Err(not_leader()));
    // Nor can the colleague act as his leader.
    let by_colleague = opened
        .plan
        .apply(cascade(), Command::Confirm, &arif(), day(1, 6));
    assert_eq!(by_colleague, Err(not_leader()));

    // A stored trail whose opening names the colleague does not replay.
    let (plan, trail) = agreed_with_trail();
    assert_eq!(Plan::replay(&trail, cascade()), Ok(plan));
    let mut json = serde_json::to_value(&trail).unwrap();
    json[0]["event"]["parties"]["leader"] = number_json(arif());
    let stored: Vec<Recorded<PlanEvent>> = serde_json::from_value(json).unwrap();
    let error = Plan::replay(&stored, cascade()).unwrap_err();
    assert_eq!(error, not_leader());

    // A settler who is not the leader's leader is refused too, naming both.
    let mut json = serde_json::to_value(Parties::of(agency(), yoga()).unwrap()).unwrap();
    json["settler"] = number_json(rina());
    let wrong_settler: Parties = serde_json::from_value(json).unwrap();
    let error = wrong_settler.check(agency()).unwrap_err();
    assert_eq!(
        error,
        AgreementError::NotSettler {
            leader: secretary(),
            settler: rina()
        }
    );
    agreement_messages(&error, &[SECRETARY, RINA], &[]);
}

#[test]
fn parties_naming_one_person_twice_are_not_read() {
    let mut json = serde_json::to_value(Parties::of(agency(), yoga()).unwrap()).unwrap();
    json["leader"] = number_json(yoga());
    let error = serde_json::from_value::<Parties>(json).unwrap_err();
    assert!(error.to_string().contains("199405052020121008"), "{error}");
}

/// The trail with the annual target of the proposal moved from 2026 to 2031.
fn with_a_2031_target(trail: &[Recorded<PlanEvent>]) -> Vec<Recorded<PlanEvent>> {
    let mut json = serde_json::to_value(trail).unwrap();
    let targets =
        &mut json[1]["event"]["terms"]["results"][0]["indicators"][0]["definition"]["targets"];
    let value = targets["2026"].take();
    *targets = json!({ "2031": value });
    serde_json::from_value(json).unwrap()
}

#[test]
fn a_trail_with_a_target_of_another_year_is_refused_as_apply_refuses_it() {
    let (_, trail) = agreed_with_trail();
    assert!(matches!(trail[1].event, PlanEvent::Proposed { .. }));
    let forged = with_a_2031_target(&trail);
    let expected = AgreementError::WrongYear {
        indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
        found: Year::new(2031).unwrap(),
    };
    // The live command refuses those terms with this error...
    let PlanEvent::Proposed { terms } = &forged[1].event else {
        unreachable!("the second event is the proposal")
    };
    let opened = Plan::open(
        Parties::of(agency(), yoga()).unwrap(),
        year(),
        &yoga(),
        day(1, 5),
    )
    .unwrap();
    let live = opened.plan.apply(
        cascade(),
        Command::Propose {
            terms: terms.clone(),
        },
        &yoga(),
        day(1, 6),
    );
    assert_eq!(live, Err(expected.clone()));
    // ... and so does the replay of the stored trail, the whole of it or up to the proposal.
    assert_eq!(Plan::replay(&forged, cascade()), Err(expected.clone()));
    assert_eq!(Plan::replay(&forged[..2], cascade()), Err(expected.clone()));
    for language in [Language::Indonesian, Language::English] {
        names(&expected.describe(language), &[], &["IKI-ADM-1", "2031"]);
    }
}

#[test]
fn a_stored_agreed_plan_with_a_colleague_for_leader_does_not_reach_the_evaluation() {
    let (plan, _) = agreed_with_trail();
    assert!(agreed_plans(cascade(), year(), std::slice::from_ref(&plan)).is_ok());
    let mut json = serde_json::to_value(&plan).unwrap();
    json["parties"]["leader"] = number_json(arif());
    let stored: Plan = serde_json::from_value(json).unwrap();
    assert_eq!(stored.check(cascade()), Err(not_leader()));
    let error = agreed_plans(cascade(), year(), &[stored]).unwrap_err();
    assert_eq!(error, not_leader());
    agreement_messages(&error, &[YOGA, ARIF], &[]);
}

#[test]
fn a_stored_agreed_plan_relabelled_to_another_year_does_not_reach_the_evaluation() {
    let (plan, _) = agreed_with_trail();
    let mut json = serde_json::to_value(&plan).unwrap();
    json["year"] = json!(2027);
    let relabelled: Plan = serde_json::from_value(json).unwrap();
    let y2027 = Year::new(2027).unwrap();
    assert_eq!(relabelled.year(), y2027);

    // In the evaluation of 2026 it is a plan of another year.
    let error = agreed_plans(cascade(), year(), std::slice::from_ref(&relabelled)).unwrap_err();
    let expected = AgreementError::PlanOfAnotherYear {
        employee: yoga(),
        year: y2027,
        evaluated: year(),
    };
    assert_eq!(error, expected);
    agreement_messages(&error, &[YOGA], &["2027", "2026"]);

    // In the evaluation of 2027 its targets (for 2026) do not fit its year.
    let wrong_year = AgreementError::WrongYear {
        indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
        found: year(),
    };
    assert_eq!(
        agreed_plans(cascade(), y2027, std::slice::from_ref(&relabelled)).unwrap_err(),
        wrong_year
    );
    assert_eq!(relabelled.check(cascade()), Err(wrong_year));
}

/// Dewi Lestari's feedback log as JSON: an improvement area entered by Rina Marlina, her
/// leader, about `about`.
fn dewi_log(about: Value) -> FeedbackLog {
    let parties = serde_json::to_value(Parties::of(agency(), dewi()).unwrap()).unwrap();
    serde_json::from_value(json!({
        "parties": parties,
        "entries": [{
            "on": "2026-04-07",
            "by": number_json(rina()),
            "kind": {"improvement_area": {"scope": "2026-Q1"}},
            "about": about,
            "text": "Capaian triwulan I di bawah target",
        }],
    }))
    .unwrap()
}

#[test]
fn a_feedback_log_about_someone_elses_result_is_refused() {
    // Her own result and indicator (through her position and her own) are accepted.
    assert_eq!(
        dewi_log(json!({"result": "RHK-DATA-1"})).check(cascade()),
        Ok(())
    );
    assert_eq!(
        dewi_log(json!({"result": "RHK-DATA-T1"})).check(cascade()),
        Ok(())
    );
    assert_eq!(
        dewi_log(json!({"indicator": "IKI-DATA-1"})).check(cascade()),
        Ok(())
    );

    // Rina's result and indicator are not Dewi's.
    let error = dewi_log(json!({"result": "RHK-KUR-1"}))
        .check(cascade())
        .unwrap_err();
    assert_eq!(
        error,
        AgreementError::NotTheirResult {
            employee: dewi(),
            result: NodeId::new("RHK-KUR-1").unwrap(),
        }
    );
    agreement_messages(&error, &[DEWI], &["RHK-KUR-1"]);
    let error = dewi_log(json!({"indicator": "IKI-KUR-1"}))
        .check(cascade())
        .unwrap_err();
    assert_eq!(
        error,
        AgreementError::NotTheirIndicator {
            employee: dewi(),
            indicator: IndicatorId::new("IKI-KUR-1").unwrap(),
        }
    );
    agreement_messages(&error, &[DEWI], &["IKI-KUR-1"]);

    // Recording a further entry in the stored log checks only that entry, but its parties
    // again: a log whose leader was swapped takes no entry.
    let mut log = dewi_log(json!({"result": "RHK-DATA-1"}));
    let mut json = serde_json::to_value(&log).unwrap();
    json["parties"]["leader"] = number_json(arif());
    json["entries"][0]["by"] = number_json(arif());
    let forged: FeedbackLog = serde_json::from_value(json).unwrap();
    let expected = AgreementError::NotLeader {
        employee: dewi(),
        leader: arif(),
    };
    assert_eq!(forged.check(cascade()), Err(expected.clone()));
    agreement_messages(&expected, &[DEWI, ARIF], &[]);
    let entry = FeedbackEntry {
        on: day(4, 8),
        by: dewi(),
        kind: FeedbackKind::Reflection,
        about: About::Result(NodeId::new("RHK-KUR-1").unwrap()),
        text: "Saya perbaiki".into(),
        evidence: vec![],
        responds_to: Some(0),
    };
    assert!(matches!(
        log.record(cascade(), entry),
        Err(AgreementError::NotTheirResult { .. })
    ));
    assert_eq!(log.entries().len(), 1);
}

/// The sample year with the head's decision on the tie at 100.00, appraised, and the
/// calibration that year derives.
fn calibration_year() -> &'static (AgencyInput, AgencyAppraisal, Calibration) {
    static YEAR: OnceLock<(AgencyInput, AgencyAppraisal, Calibration)> = OnceLock::new();
    YEAR.get_or_init(|| {
        let mut records = sample::siulak_records().unwrap();
        records
            .tie_decisions
            .push(sample::siulak_tie_decision().unwrap());
        let input = AgencyInput::new(records).unwrap();
        let year = appraise_agency(&input).unwrap();
        let calibration = year.calibration(&input, DEFAULT_MAX_TEAM).unwrap().unwrap();
        (input, year, calibration)
    })
}

/// Applies the calibration after an edit of its JSON; on refusal checks nothing changed.
fn apply_edited(edit: impl FnOnce(&mut Value)) -> Result<AgencyAppraisal, EvaluationError> {
    let (input, year, calibration) = calibration_year();
    let mut json = serde_json::to_value(calibration).unwrap();
    edit(&mut json);
    let edited: Calibration = serde_json::from_value(json).unwrap();
    let mut applied = year.clone();
    let outcome = applied.apply_calibration(input, DEFAULT_MAX_TEAM, edited);
    match outcome {
        Ok(()) => Ok(applied),
        Err(error) => {
            assert_eq!(&applied, year, "a refused calibration changed the year");
            Err(error)
        }
    }
}

/// The index of `employee`'s entry in the calibration's JSON.
fn entry_of(json: &Value, employee: EmployeeNumber) -> usize {
    let wanted = number_json(employee);
    json["employees"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["employee"] == wanted)
        .unwrap()
}

#[test]
fn the_unedited_calibration_is_applied() {
    let applied = apply_edited(|_| {}).unwrap();
    // Worked by hand in agency_evaluation: Dewi Lestari moves from Baik to Butuh Perbaikan.
    let dewi = &applied.employee(&dewi()).unwrap().annual;
    assert_eq!(dewi.predicate, Predicate::NeedsImprovement);
    assert!(applied.distribution.as_ref().unwrap().compliant);
}

#[test]
fn a_calibration_making_a_needs_improvement_employee_very_good_without_reason_is_refused() {
    let error = apply_edited(|json| {
        let dewi = entry_of(json, dewi());
        // Calibration assigns Dewi Lestari Butuh Perbaikan, with its reason.
        assert_eq!(
            json["employees"][dewi]["assigned"],
            json!("needs_improvement")
        );
        json["employees"][dewi]["assigned"] = json!("very_good");
        json["employees"][dewi]
            .as_object_mut()
            .unwrap()
            .remove("reason");
    })
    .unwrap_err();
    assert_eq!(
        error,
        EvaluationError::CalibrationReasonMissing { employee: dewi() }
    );
    evaluation_messages(&error, &[DEWI], &[]);
    // With her reason kept, the assignment itself is refused, naming both predicates.
    let error = apply_edited(|json| {
        let dewi = entry_of(json, dewi());
        json["employees"][dewi]["assigned"] = json!("very_good");
    })
    .unwrap_err();
    assert!(
        matches!(
            error,
            EvaluationError::CalibrationAfterMismatch
                | EvaluationError::CalibrationAssignmentRefused { .. }
        ),
        "{error:?}"
    );
}

#[test]
fn a_calibration_whose_count_contradicts_its_entries_is_refused() {
    let error = apply_edited(|json| {
        assert_eq!(json["changes"], json!(2));
        json["changes"] = json!(1);
    })
    .unwrap_err();
    assert_eq!(
        error,
        EvaluationError::CalibrationChangesMiscounted {
            stated: 1,
            counted: 2
        }
    );
    // Both counts, each beside what it counts.
    let indonesian = error.describe_in(agency(), Language::Indonesian);
    names(&indonesian, &[], &["menyatakan 1 predikat", "mengubah 2"]);
    let english = error.describe_in(agency(), Language::English);
    names(&english, &[], &["says 1 predicate(s) change", "change 2"]);
}

#[test]
fn a_calibration_placing_a_leader_is_refused() {
    let error = apply_edited(|json| {
        // The head leads the organisation: his entry is added as a copy of Rina's.
        let rina = entry_of(json, rina());
        let mut entry = json["employees"][rina].clone();
        entry["employee"] = number_json(head());
        json["employees"].as_array_mut().unwrap().push(entry);
    })
    .unwrap_err();
    assert_eq!(
        error,
        EvaluationError::CalibratedLeader { employee: head() }
    );
    evaluation_messages(&error, &[HEAD], &[]);
}

#[test]
fn a_calibration_changing_a_score_is_refused() {
    let (_, year, _) = calibration_year();
    let reported = year.employee(&rina()).unwrap().annual.reported.value();
    let raised = reported + Decimal::from(5);
    let error = apply_edited(|json| {
        let rina = entry_of(json, rina());
        json["employees"][rina]["score"] = json!(raised.to_string());
    })
    .unwrap_err();
    assert_eq!(
        error,
        EvaluationError::CalibrationScoreMismatch {
            employee: rina(),
            stated: raised,
            reported,
        }
    );
    // The Indonesian message writes the figures with a decimal comma.
    let indonesian = error.describe_in(agency(), Language::Indonesian);
    let comma = |d: Decimal| d.to_string().replace('.', ",");
    names(&indonesian, &[RINA], &[&comma(raised), &comma(reported)]);
    let english = error.describe_in(agency(), Language::English);
    names(&english, &[RINA], &[&raised.to_string()]);
}

/// A cascade in which the secretary's result weighs its children: a colleague of Yoga's
/// (Sari Wulandari, also Pengadministrasi Umum) has a result weighing 40 %, and Yoga one
/// weighing 60 % that his plan for the year replaces.
fn cascade_with_a_weighted_sibling() -> Cascade {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/siulak/");
    let mut agency: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{path}agency.json")).unwrap())
            .unwrap();
    agency["employees"].as_array_mut().unwrap().push(json!({
        "number": {"kind": "pns", "number": "199601012021012001"},
        "name": "Sari Wulandari",
        "position": "PENGADMINISTRASI",
    }));
    let agency: Agency = serde_json::from_value(agency).unwrap();
    let mut nodes: Vec<Node> =
        serde_json::from_str(&std::fs::read_to_string(format!("{path}cascade.json")).unwrap())
            .unwrap();
    // Yoga's result of the year before, weighing 60 %: his plan replaces it.
    let yoga_before: Node = serde_json::from_value(json!({
        "id": "RHK-ADM-1",
        "level": "result",
        "statement": "Surat masuk yang teragenda",
        "owner": {"employee": {"kind": "pns", "number": "199405052020121008"}},
        "parent": {"node": "RHK-SEK-1", "kind": "indirect"},
        "contribution": "60",
        "indicators": [{"id": "IKI-ADM-0", "statement": "Surat yang diagendakan", "unit": "dokumen"}],
    }))
    .unwrap();
    nodes.push(yoga_before);
    let sari: Node = serde_json::from_value(json!({
        "id": "RHK-ADM-SARI",
        "level": "result",
        "statement": "Arsip surat dinas yang tertata",
        "owner": {"employee": {"kind": "pns", "number": "199601012021012001"}},
        "parent": {"node": "RHK-SEK-1", "kind": "indirect"},
        "contribution": "40",
        "indicators": [{"id": "IKI-ADM-SARI", "statement": "Surat yang diarsipkan", "unit": "dokumen"}],
    }))
    .unwrap();
    nodes.push(sari);
    Cascade::builder(agency).nodes(nodes).build().unwrap()
}

#[test]
fn an_agreed_results_contribution_is_checked_against_its_siblings() {
    let cascade = cascade_with_a_weighted_sibling();
    let parties = Parties::of(cascade.agency(), yoga()).unwrap();
    let propose = |contribution: Option<i64>| {
        let mut terms = yoga_terms();
        terms.results[0].contribution = contribution.map(|c| Weight::new(c.into()).unwrap());
        let opened = Plan::open(parties, year(), &yoga(), day(1, 5))
            .unwrap()
            .plan;
        opened.apply(&cascade, Command::Propose { terms }, &yoga(), day(1, 6))
    };
    let parent = NodeId::new("RHK-SEK-1").unwrap();
    // Without a contribution, Yoga's result is the one unweighted child of the secretary's.
    let error = propose(None).unwrap_err();
    assert_eq!(
        error,
        AgreementError::Cascade(CascadeError::PartialWeights {
            parent: Some(parent.clone()),
            unweighted: NodeId::new("RHK-ADM-1").unwrap(),
        })
    );
    for language in [Language::Indonesian, Language::English] {
        names(&error.describe(language), &[], &["RHK-SEK-1", "RHK-ADM-1"]);
    }
    // 40 % and 50 % make 90 %.
    let error = propose(Some(50)).unwrap_err();
    assert_eq!(
        error,
        AgreementError::Cascade(CascadeError::WeightTotal {
            parent: Some(parent),
            total: Decimal::from(90),
        })
    );
    for language in [Language::Indonesian, Language::English] {
        names(&error.describe(language), &[], &["RHK-SEK-1", "90"]);
    }
    // 40 % and 60 % make 100 %: the plan is agreed and reaches the evaluation with it.
    let mut plan = propose(Some(60)).unwrap().plan;
    for (command, by) in [(Command::Confirm, yoga()), (Command::Confirm, secretary())] {
        plan = plan.apply(&cascade, command, &by, day(1, 7)).unwrap().plan;
    }
    let agreed = agreed_plans(&cascade, year(), std::slice::from_ref(&plan)).unwrap();
    let node = agreed
        .cascade
        .node(&NodeId::new("RHK-ADM-1").unwrap())
        .unwrap();
    assert_eq!(node.contribution(), Some(Weight::new(60.into()).unwrap()));

    // A revision that changes the contribution alone is refused as the proposal was.
    plan = plan
        .apply(&cascade, Command::Activate, &secretary(), day(1, 8))
        .unwrap()
        .plan;
    let revision = Command::RequestRevision {
        amendments: vec![Amendment::Contribution {
            result: NodeId::new("RHK-ADM-1").unwrap(),
            weight: Some(Weight::new(70.into()).unwrap()),
        }],
        reason: "Bobot arsip dikurangi".into(),
    };
    assert!(matches!(
        plan.apply(&cascade, revision, &yoga(), day(2, 1)),
        Err(AgreementError::Cascade(CascadeError::WeightTotal { .. }))
    ));

    // A stored agreed plan whose contribution was edited does not reach the evaluation.
    let mut json = serde_json::to_value(&plan).unwrap();
    for terms in ["terms", "agreed"] {
        let results = if terms == "terms" {
            &mut json["terms"]["results"]
        } else {
            &mut json["agreed"]["terms"]["results"]
        };
        results[0]["contribution"] = json!("70");
    }
    let stored: Plan = serde_json::from_value(json).unwrap();
    assert!(matches!(
        agreed_plans(&cascade, year(), &[stored]),
        Err(AgreementError::Cascade(CascadeError::WeightTotal { .. }))
    ));
}

// --- Laws ---

/// A command of the usual path or a revision with a new annual target, by the party whose
/// turn it is more often than not.
fn command(kind: u8, value: u8) -> (Command, EmployeeNumber) {
    let target = || Amendment::Target {
        indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
        period: year().as_period(),
        target: Target::Value(Decimal::from(u32::from(value) + 1)),
    };
    match kind % 9 {
        0 => {
            let mut terms = yoga_terms();
            terms.results[0].indicators[0].definition =
                indicator("IKI-ADM-1", i64::from(value) + 1);
            (Command::Propose { terms }, yoga())
        }
        1 => (Command::Confirm, yoga()),
        2 => (Command::Confirm, secretary()),
        3 => (
            Command::CounterPropose {
                amendments: vec![target()],
                reason: "Target disesuaikan".into(),
            },
            secretary(),
        ),
        4 => (Command::AcceptCounter, yoga()),
        5 => (Command::Activate, secretary()),
        6 => (
            Command::RequestRevision {
                amendments: vec![target()],
                reason: "Beban kerja berubah".into(),
            },
            yoga(),
        ),
        7 => (
            Command::DecideRevision {
                approve: value % 2 == 0,
                reason: "Diputuskan".into(),
            },
            secretary(),
        ),
        _ => (
            Command::Dispute {
                reason: "Tidak sepakat".into(),
            },
            yoga(),
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Replaying any prefix of a trail that ends after a command gives the plan `apply`
    /// built at that point; the trail read back from JSON does too. A trail with one checked
    /// event's target moved to another year is refused, whichever event it is, with the
    /// error `apply` gives the same command on the plan before it: `WrongYear` naming that
    /// year for a proposal, the definition's own refusal of two years for an amendment.
    #[test]
    fn replay_is_apply_and_another_year_is_refused(
        commands in prop::collection::vec((any::<u8>(), any::<u8>(), 0i8..3), 0..24),
        pick in any::<prop::sample::Index>(),
        other in prop::sample::select(vec![2025, 2027, 2031]),
    ) {
        let cascade = cascade();
        let parties = Parties::of(cascade.agency(), yoga()).unwrap();
        let step = Plan::open(parties, year(), &yoga(), day(1, 5)).unwrap();
        let (mut plan, mut trail) = (step.plan, step.events);
        let mut checkpoints = vec![(trail.len(), plan.clone())];
        for (kind, value, shift) in commands {
            let (command, by) = command(kind, value);
            let on = plan.last_date() + chrono::Duration::days(i64::from(shift));
            if let Ok(step) = plan.apply(cascade, command, &by, on) {
                trail.extend(step.events);
                plan = step.plan;
                checkpoints.push((trail.len(), plan.clone()));
            }
        }
        for (end, built) in &checkpoints {
            prop_assert_eq!(&Plan::replay(&trail[..*end], cascade).unwrap(), built);
        }
        let json = serde_json::to_value(&trail).unwrap();
        let stored: Vec<Recorded<PlanEvent>> = serde_json::from_value(json.clone()).unwrap();
        prop_assert_eq!(&Plan::replay(&stored, cascade).unwrap(), &plan);

        // The checked events that carry a target: proposals, counter-proposals, revisions.
        let carrying: Vec<usize> = trail
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.event, PlanEvent::Proposed { .. }
                | PlanEvent::CounterProposed { .. } | PlanEvent::RevisionRequested { .. }))
            .map(|(i, _)| i)
            .collect();
        if carrying.is_empty() {
            return Ok(());
        }
        let index = carrying[pick.index(carrying.len())];
        let mut forged = json;
        let event = &mut forged[index]["event"];
        let other_year = Year::new(other).unwrap();
        if let Some(amendments) = event.get_mut("amendments") {
            amendments[0]["period"] = json!(other.to_string());
        } else {
            let targets = &mut event["terms"]["results"][0]["indicators"][0]["definition"]["targets"];
            let value = targets["2026"].take();
            *targets = json!({ other.to_string(): value });
        }
        let forged: Vec<Recorded<PlanEvent>> = serde_json::from_value(forged).unwrap();
        let refused = Plan::replay(&forged, cascade).unwrap_err();
        if matches!(forged[index].event, PlanEvent::Proposed { .. }) {
            // Terms whose only target is of another year.
            prop_assert_eq!(&refused, &AgreementError::WrongYear {
                indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
                found: other_year,
            });
        } else {
            // An amendment adds a target of another year beside the plan's: the definition
            // itself refuses targets of two years.
            prop_assert!(matches!(&refused, AgreementError::Measure(MeasureError::InvalidDefinition {
                indicator, rule: DefinitionRule::MixedPeriods, .. }) if indicator.as_str() == "IKI-ADM-1"),
                "{:?}", refused);
        }
        // The plan before the forged event refuses the forged command live.
        let before = Plan::replay(&trail[..index], cascade).unwrap();
        let live = match &forged[index].event {
            PlanEvent::Proposed { terms } => Command::Propose { terms: terms.clone() },
            PlanEvent::CounterProposed { amendments } => Command::CounterPropose {
                amendments: amendments.clone(), reason: "x".into() },
            PlanEvent::RevisionRequested { amendments } => Command::RequestRevision {
                amendments: amendments.clone(), reason: "x".into() },
            _ => unreachable!("a carrying event"),
        };
        let by = forged[index].by;
        prop_assert_eq!(before.apply(cascade, live, &by, forged[index].on).map(|s| s.plan), Err(refused));
    }

}

proptest! {
    // Most single-field edits do not read as a calibration at all; enough cases that
    // about a hundred do.
    #![proptest_config(ProptestConfig::with_cases(640))]

    /// A calibration read from JSON with one place replaced (by another value the document
    /// holds, or a plausible one) is applied if and only if it is the calibration derived;
    /// a refused one changes nothing.
    #[test]
    fn a_calibration_is_applied_iff_it_is_the_one_derived(
        pick in any::<prop::sample::Index>(),
        choice in any::<prop::sample::Index>(),
        plausible in prop::sample::select(vec![
            json!(0), json!(1), json!(3), json!(true), json!(false), json!("very_good"),
            json!("good"), json!("needs_improvement"), json!("poor"), json!("very_poor"),
            json!("100.00"), json!("98.33"), json!({"reason": "keeps_order"}), json!(null),
        ]),
        use_plausible in any::<bool>(),
    ) {
        let (input, year, calibration) = calibration_year();
        let original = serde_json::to_value(calibration).unwrap();
        let mut all = Vec::new();
        paths(&original, Vec::new(), &mut all);
        // Leaves only: a single field.
        let leaves: Vec<Vec<PathStep>> = all
            .into_iter()
            .filter(|p| {
                let mut copy = original.clone();
                !matches!(at(&mut copy, p), Value::Object(_) | Value::Array(_))
            })
            .collect();
        let path = &leaves[pick.index(leaves.len())];
        let replacement = if use_plausible {
            plausible
        } else {
            let other = &leaves[choice.index(leaves.len())];
            let mut copy = original.clone();
            at(&mut copy, other).clone()
        };
        let mut edited = original.clone();
        *at(&mut edited, path) = replacement;
        let Ok(edited) = serde_json::from_value::<Calibration>(edited) else {
            return Ok(());
        };
        let mut applied = year.clone();
        let outcome = applied.apply_calibration(input, DEFAULT_MAX_TEAM, edited.clone());
        prop_assert_eq!(outcome.is_ok(), &edited == calibration, "{:?}", outcome);
        if outcome.is_err() {
            prop_assert_eq!(&applied, year);
        }
    }
}
