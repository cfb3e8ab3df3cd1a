//! The agreement stage along the path an office takes: a plan proposed, negotiated, agreed,
//! locked, revised and closed; who may do what; the guards; disputes; forums and
//! participation; the feedback log; the records' audit trail; and agreed plans reaching the
//! evaluation.

use crate::common;

use common::agreement::*;
use kinerja::agreement::*;
use kinerja::cascade::{Cascade, CascadeError, Finding};
use kinerja::evaluation::{AgencyRecords, EvaluationError, RecordChange, RecordsLedger};
use kinerja::id::{IndicatorId, NodeId, UnitId};
use kinerja::measure::{MeasureError, Target};
use kinerja::nip::EmployeeNumber;
use kinerja::num::{Percent, Weight};
use kinerja::period::Period;
use kinerja::prelude::{AgencyInput, Language, Rating, appraise_agency};
use kinerja::scoring::ScoringPlan;
use kinerja::{Error, ErrorKind, ErrorSubject, sample};
use rust_decimal::Decimal;

fn cascade() -> Cascade {
    sample::siulak_cascade().unwrap()
}

fn target(indicator: &str, value: i64) -> Amendment {
    Amendment::Target {
        indicator: IndicatorId::new(indicator).unwrap(),
        period: year().as_period(),
        target: Target::Value(Decimal::from(value)),
    }
}

fn annual_target(terms: &Terms) -> Target {
    terms.results[0].indicators[0].definition.targets()[&year().as_period()]
}

/// Runs commands from the opening, keeping the trail.
struct Run {
    cascade: Cascade,
    plan: Plan,
    trail: Vec<Recorded<PlanEvent>>,
}

impl Run {
    fn open() -> Self {
        let cascade = cascade();
        let parties = Parties::of(cascade.agency(), yoga()).unwrap();
        let step = Plan::open(parties, year(), &yoga(), day(1, 5)).unwrap();
        Self {
            cascade,
            plan: step.plan,
            trail: step.events,
        }
    }

    fn try_do(
        &self,
        command: Command,
        by: EmployeeNumber,
        on: chrono::NaiveDate,
    ) -> Result<Step, AgreementError> {
        self.plan.apply(&self.cascade, command, &by, on)
    }

    fn refused(
        &self,
        command: Command,
        by: EmployeeNumber,
        on: chrono::NaiveDate,
    ) -> AgreementError {
        self.try_do(command, by, on).unwrap_err()
    }

    fn act(
        &mut self,
        command: Command,
        by: EmployeeNumber,
        on: chrono::NaiveDate,
    ) -> Vec<PlanEvent> {
        let step = self.try_do(command, by, on).unwrap();
        let events: Vec<PlanEvent> = step.events.iter().map(|e| e.event.clone()).collect();
        self.plan = step.plan;
        self.trail.extend(step.events);
        events
    }

    fn agreed() -> Self {
        let mut run = Self::open();
        run.act(
            Command::Propose {
                terms: yoga_terms(),
            },
            yoga(),
            day(1, 6),
        );
        run.act(Command::Confirm, yoga(), day(1, 6));
        run.act(Command::Confirm, secretary(), day(1, 7));
        run
    }
}

#[test]
fn a_negotiated_plan_is_agreed_locked_revised_and_closed_with_its_history() {
    let mut run = Run::open();
    assert_eq!(run.plan.stage(), Stage::Draft);
    run.act(
        Command::Propose {
            terms: yoga_terms(),
        },
        yoga(),
        day(1, 6),
    );
    assert_eq!(
        (run.plan.stage(), run.plan.proposals()),
        (Stage::Proposed, 1)
    );

    let counter = Command::CounterPropose {
        amendments: vec![target("IKI-ADM-1", 16)],
        reason: "Empat bidang, masing-masing tiap triwulan".to_owned(),
    };
    run.act(counter, secretary(), day(1, 8));
    assert_eq!(run.plan.stage(), Stage::Negotiation);
    assert_eq!(
        annual_target(run.plan.terms()),
        Target::Value(12.into()),
        "the proposal stands until accepted"
    );
    assert_eq!(
        annual_target(run.plan.counter().unwrap()),
        Target::Value(16.into())
    );

    run.act(Command::AcceptCounter, yoga(), day(1, 9));
    assert_eq!(annual_target(run.plan.terms()), Target::Value(16.into()));
    assert!(run.plan.confirmed(Role::Employee) && !run.plan.confirmed(Role::Leader));

    let events = run.act(Command::Confirm, secretary(), day(1, 9));
    assert_eq!(events, vec![PlanEvent::Confirmed, PlanEvent::Agreed]);
    assert_eq!(run.plan.stage(), Stage::Agreed);
    assert_eq!(
        run.plan.agreed().map(|a| (a.version, a.on, a.settled)),
        Some((1, day(1, 9), false))
    );

    run.act(Command::Activate, secretary(), day(1, 12));
    assert_eq!(run.plan.stage(), Stage::Active);

    run.act(
        Command::RequestRevision {
            amendments: vec![target("IKI-ADM-1", 14)],
            reason: "Bidang PAUD digabung ke bidang SD mulai Juli".to_owned(),
        },
        yoga(),
        day(7, 1),
    );
    assert_eq!(run.plan.stage(), Stage::RevisionRequested);
    assert_eq!(
        annual_target(run.plan.for_evaluation().unwrap()),
        Target::Value(16.into()),
        "the agreed version stays in force until the revision is decided"
    );
    run.act(
        Command::DecideRevision {
            approve: true,
            reason: "Sesuai perubahan struktur".to_owned(),
        },
        secretary(),
        day(7, 3),
    );
    assert_eq!(run.plan.stage(), Stage::Active);
    assert_eq!(run.plan.agreed().map(|a| a.version), Some(2));
    assert_eq!(
        annual_target(run.plan.for_evaluation().unwrap()),
        Target::Value(14.into())
    );
    let history = run.plan.revisions();
    assert_eq!(history.len(), 1);
    assert_eq!(
        (
            history[0].request.by,
            history[0].decided_by,
            history[0].approved
        ),
        (yoga(), secretary(), true)
    );
    assert_eq!(
        history[0].request.reason,
        "Bidang PAUD digabung ke bidang SD mulai Juli"
    );

    run.act(Command::Close, secretary(), day(12, 31));
    assert_eq!(run.plan.stage(), Stage::Closed);
    assert_eq!(Plan::replay(&run.trail, &run.cascade).unwrap(), run.plan);
    let reasons: Vec<&str> = run.trail.iter().filter_map(|e| e.why.as_deref()).collect();
    assert_eq!(
        reasons.len(),
        3,
        "counter-proposal, request and decision each say why"
    );
}

#[test]
fn only_the_right_party_acts() {
    let mut run = Run::open();
    let propose = || Command::Propose {
        terms: yoga_terms(),
    };
    assert_eq!(
        run.try_do(propose(), secretary(), day(1, 6)).unwrap_err(),
        AgreementError::NotAllowed {
            action: Action::Propose,
            role: Role::Leader
        }
    );
    assert_eq!(
        run.try_do(propose(), rina(), day(1, 6)).unwrap_err(),
        AgreementError::NotAParty {
            employee: yoga(),
            actor: rina()
        }
    );
    run.act(propose(), yoga(), day(1, 6));
    let counter = Command::CounterPropose {
        amendments: vec![target("IKI-ADM-1", 16)],
        reason: "x".into(),
    };
    assert_eq!(
        run.try_do(counter, yoga(), day(1, 7)).unwrap_err(),
        AgreementError::NotAllowed {
            action: Action::CounterPropose,
            role: Role::Employee
        }
    );
    assert_eq!(
        run.try_do(Command::Confirm, head(), day(1, 7)).unwrap_err(),
        AgreementError::NotAllowed {
            action: Action::Confirm,
            role: Role::Settler
        }
    );
    let settle = Command::Settle {
        amendments: vec![],
        reason: "x".into(),
    };
    assert_eq!(
        run.try_do(settle, secretary(), day(1, 7)).unwrap_err(),
        AgreementError::NotAllowed {
            action: Action::Settle,
            role: Role::Leader
        }
    );
}

#[test]
fn a_command_in_the_wrong_stage_names_the_stage_and_the_action() {
    let run = Run::open();
    assert_eq!(
        run.try_do(Command::Activate, secretary(), day(1, 6))
            .unwrap_err(),
        AgreementError::WrongStage {
            action: Action::Activate,
            stage: Stage::Draft
        }
    );
    let run = Run::agreed();
    assert_eq!(
        run.try_do(Command::Close, secretary(), day(1, 8))
            .unwrap_err(),
        AgreementError::WrongStage {
            action: Action::Close,
            stage: Stage::Agreed
        }
    );
    assert_eq!(
        run.try_do(
            Command::Propose {
                terms: yoga_terms()
            },
            yoga(),
            day(1, 8)
        )
        .unwrap_err(),
        AgreementError::WrongStage {
            action: Action::Propose,
            stage: Stage::Agreed
        }
    );
    let error = Error::from(AgreementError::WrongStage {
        action: Action::Close,
        stage: Stage::Agreed,
    });
    assert_eq!(error.kind(), ErrorKind::Agreement);
    assert_eq!(
        error.describe(Language::Indonesian),
        "rencana yang berstatus disepakati tidak dapat menutup rencana"
    );
}

#[test]
fn dates_never_go_backwards() {
    let run = Run::agreed();
    assert_eq!(
        run.try_do(Command::Activate, secretary(), day(1, 6))
            .unwrap_err(),
        AgreementError::DateBackwards {
            last: day(1, 7),
            given: day(1, 6)
        }
    );
    // The same day is not backwards.
    assert!(
        run.try_do(Command::Activate, secretary(), day(1, 7))
            .is_ok()
    );
}

#[test]
fn an_orphan_result_is_refused_by_name() {
    let run = Run::open();
    let mut terms = yoga_terms();
    terms
        .results
        .push(result("RHK-ADM-2", None, "IKI-ADM-2", 4));
    let error = run
        .try_do(Command::Propose { terms }, yoga(), day(1, 6))
        .unwrap_err();
    assert_eq!(
        error,
        AgreementError::Orphan {
            result: NodeId::new("RHK-ADM-2").unwrap()
        }
    );
    assert_eq!(
        Error::from(error).subject(),
        Some(ErrorSubject::Node(NodeId::new("RHK-ADM-2").unwrap()))
    );
    let empty = run.try_do(
        Command::Propose {
            terms: Terms::default(),
        },
        yoga(),
        day(1, 6),
    );
    assert_eq!(
        empty.unwrap_err(),
        AgreementError::EmptyPlan { employee: yoga() }
    );
}

#[test]
fn a_result_must_support_a_result_of_the_direct_superior() {
    let run = Run::open();
    // RHK-KUR-1 is the curriculum section's result, not the secretary's.
    let terms = Terms {
        results: vec![result("RHK-ADM-1", Some("RHK-KUR-1"), "IKI-ADM-1", 12)],
    };
    let error = run
        .try_do(Command::Propose { terms }, yoga(), day(1, 6))
        .unwrap_err();
    assert!(
        matches!(&error, AgreementError::Cascade(CascadeError::NotSuperiorsResult { node, .. }) if node.as_str() == "RHK-ADM-1"),
        "{error:?}"
    );
}

#[test]
fn weights_and_targets_are_checked_when_proposed_or_counter_proposed() {
    let mut run = Run::open();
    let mut terms = yoga_terms();
    terms
        .results
        .push(result("RHK-ADM-2", Some("RHK-SEK-1"), "IKI-ADM-2", 4));
    let propose = |terms: &Terms| Command::Propose {
        terms: terms.clone(),
    };
    terms.results[0].weight = Some(Weight::new(60.into()).unwrap());
    let error = run.refused(propose(&terms), yoga(), day(1, 6));
    let partial = matches!(
        error,
        AgreementError::Cascade(CascadeError::PartialPlanWeights { .. })
    );
    assert!(partial, "{error:?}");
    terms.results[1].weight = Some(Weight::new(30.into()).unwrap());
    let error = run.refused(propose(&terms), yoga(), day(1, 6));
    let total = matches!(
        error,
        AgreementError::Cascade(CascadeError::PlanWeightTotal { .. })
    );
    assert!(total, "{error:?}");
    terms.results[1].weight = Some(Weight::new(40.into()).unwrap());
    run.act(propose(&terms), yoga(), day(1, 6));

    let zero = Command::CounterPropose {
        amendments: vec![target("IKI-ADM-1", 0)],
        reason: "nol".into(),
    };
    let error = run.try_do(zero, secretary(), day(1, 7)).unwrap_err();
    assert!(
        matches!(
            error,
            AgreementError::Measure(MeasureError::InvalidDefinition { .. })
        ),
        "{error:?}"
    );
    let weight = Command::CounterPropose {
        amendments: vec![Amendment::ResultWeight {
            result: NodeId::new("RHK-ADM-2").unwrap(),
            weight: Some(Weight::new(50.into()).unwrap()),
        }],
        reason: "bobot".into(),
    };
    let error = run.try_do(weight, secretary(), day(1, 7)).unwrap_err();
    assert!(
        matches!(
            error,
            AgreementError::Cascade(CascadeError::PlanWeightTotal { .. })
        ),
        "{error:?}"
    );
    let unknown = Command::CounterPropose {
        amendments: vec![target("IKI-XYZ", 3)],
        reason: "x".into(),
    };
    assert_eq!(
        run.try_do(unknown, secretary(), day(1, 7)).unwrap_err(),
        AgreementError::UnknownIndicator {
            indicator: IndicatorId::new("IKI-XYZ").unwrap()
        }
    );

    let mut next_year = yoga_terms();
    next_year.results[0].indicators[0].definition = kinerja::measure::IndicatorDefinition::builder(
        IndicatorId::new("IKI-ADM-1").unwrap(),
        "dokumen",
        kinerja::measure::Polarity::Maximise,
    )
    .target("2027".parse().unwrap(), Target::Value(12.into()))
    .build()
    .unwrap();
    assert_eq!(
        run.try_do(Command::Propose { terms: next_year }, yoga(), day(1, 8))
            .unwrap_err(),
        AgreementError::WrongYear {
            indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
            found: kinerja::period::Year::new(2027).unwrap()
        }
    );
}

#[test]
fn a_plan_that_is_not_agreed_cannot_be_evaluated() {
    let mut run = Run::open();
    run.act(
        Command::Propose {
            terms: yoga_terms(),
        },
        yoga(),
        day(1, 6),
    );
    let not_agreed = AgreementError::NotAgreed {
        employee: yoga(),
        stage: Stage::Proposed,
    };
    assert_eq!(run.plan.for_evaluation().unwrap_err(), not_agreed);
    assert_eq!(run.plan.scoring_plan().unwrap_err(), not_agreed);
    assert_eq!(
        agreed_plans(&run.cascade, year(), &[run.plan.clone()]).unwrap_err(),
        not_agreed
    );
    assert_eq!(
        Error::from(not_agreed).describe(Language::Indonesian),
        format!(
            "rencana kinerja {} berstatus diusulkan, belum disepakati: belum dapat dinilai",
            yoga()
        )
    );
}

#[test]
fn a_dispute_is_settled_by_the_leaders_leader_only() {
    let mut run = Run::open();
    run.act(
        Command::Propose {
            terms: yoga_terms(),
        },
        yoga(),
        day(1, 6),
    );
    let settle = |amendments| Command::Settle {
        amendments,
        reason: "Jalan tengah".into(),
    };
    assert_eq!(
        run.try_do(settle(vec![]), head(), day(1, 7)).unwrap_err(),
        AgreementError::NotDisputed
    );
    run.act(
        Command::CounterPropose {
            amendments: vec![target("IKI-ADM-1", 20)],
            reason: "Lima bidang".into(),
        },
        secretary(),
        day(1, 8),
    );
    let blank = Command::Dispute { reason: " ".into() };
    assert_eq!(
        run.try_do(blank, yoga(), day(1, 9)).unwrap_err(),
        AgreementError::Blank {
            field: Field::Reason
        }
    );
    run.act(
        Command::Dispute {
            reason: "Hanya empat bidang yang melapor".into(),
        },
        yoga(),
        day(1, 9),
    );
    assert_eq!(run.plan.dispute().map(|d| d.by), Some(yoga()));
    run.act(settle(vec![target("IKI-ADM-1", 16)]), head(), day(1, 14));
    assert_eq!(run.plan.stage(), Stage::Agreed);
    let agreed = run.plan.agreed().unwrap();
    assert_eq!((agreed.version, agreed.settled), (1, true));
    assert_eq!(
        annual_target(&agreed.terms),
        Target::Value(16.into()),
        "the proposal (12) amended, not the counter (20)"
    );
    assert!(run.plan.counter().is_none() && run.plan.dispute().is_none());
    assert_eq!(Plan::replay(&run.trail, &run.cascade).unwrap(), run.plan);
}

#[test]
fn without_a_leader_above_the_leader_no_dispute_can_be_raised() {
    let cascade = cascade();
    // The secretary's leader is the head, who reports to nobody in the agency.
    let parties = Parties::of(cascade.agency(), secretary()).unwrap();
    assert_eq!(parties.settler(), None);
    let step = Plan::open(parties, year(), &secretary(), day(1, 5)).unwrap();
    let terms = Terms {
        results: vec![result("RHK-SEK-9", Some("RHK-KADIS-2"), "IKI-SEK-9", 4)],
    };
    let step = step
        .plan
        .apply(
            &cascade,
            Command::Propose { terms },
            &secretary(),
            day(1, 6),
        )
        .unwrap();
    let error = step
        .plan
        .apply(
            &cascade,
            Command::Dispute { reason: "x".into() },
            &head(),
            day(1, 7),
        )
        .unwrap_err();
    assert_eq!(
        error,
        AgreementError::NoSettler {
            employee: secretary()
        }
    );
    assert_eq!(
        Parties::of(cascade.agency(), head()).unwrap_err(),
        AgreementError::NoLeader { employee: head() }
    );
}

#[test]
fn confirmations_are_on_the_terms_on_the_table() {
    let mut run = Run::open();
    run.act(
        Command::Propose {
            terms: yoga_terms(),
        },
        yoga(),
        day(1, 6),
    );
    assert_eq!(
        run.try_do(Command::AcceptCounter, yoga(), day(1, 6))
            .unwrap_err(),
        AgreementError::WrongStage {
            action: Action::AcceptCounter,
            stage: Stage::Proposed
        }
    );
    run.act(Command::Confirm, yoga(), day(1, 6));
    assert_eq!(
        run.try_do(Command::Confirm, yoga(), day(1, 6)).unwrap_err(),
        AgreementError::CannotConfirm {
            role: Role::Employee
        }
    );
    run.act(
        Command::CounterPropose {
            amendments: vec![target("IKI-ADM-1", 16)],
            reason: "Empat bidang".into(),
        },
        secretary(),
        day(1, 7),
    );
    assert!(
        !run.plan.confirmed(Role::Employee),
        "a counter-proposal asks for new confirmations"
    );
    assert_eq!(
        run.try_do(Command::Confirm, secretary(), day(1, 7))
            .unwrap_err(),
        AgreementError::CannotConfirm { role: Role::Leader }
    );
    // The employee revises instead of accepting: the counter-proposal lapses.
    let mut revised = yoga_terms();
    revised.results[0].indicators[0].definition = indicator("IKI-ADM-1", 14);
    run.act(Command::Propose { terms: revised }, yoga(), day(1, 8));
    assert_eq!(
        (run.plan.stage(), run.plan.counter(), run.plan.proposals()),
        (Stage::Proposed, None, 2)
    );
    assert_eq!(
        run.try_do(Command::Dispute { reason: "x".into() }, yoga(), day(1, 8))
            .map(|s| s.plan.stage()),
        Ok(Stage::Negotiation)
    );
}

#[test]
fn a_revision_is_decided_by_someone_other_than_who_asked() {
    let mut run = Run::agreed();
    run.act(Command::Activate, secretary(), day(1, 8));
    run.act(
        Command::RequestRevision {
            amendments: vec![target("IKI-ADM-1", 10)],
            reason: "Mutasi".into(),
        },
        secretary(),
        day(6, 1),
    );
    let decide = |approve| Command::DecideRevision {
        approve,
        reason: "Diputuskan".into(),
    };
    assert_eq!(
        run.try_do(decide(true), secretary(), day(6, 2))
            .unwrap_err(),
        AgreementError::OwnRevision { role: Role::Leader }
    );
    run.act(decide(false), yoga(), day(6, 2));
    assert_eq!(run.plan.stage(), Stage::Active);
    assert_eq!(
        run.plan.agreed().map(|a| a.version),
        Some(1),
        "a declined revision changes nothing"
    );
    assert_eq!(
        annual_target(run.plan.for_evaluation().unwrap()),
        Target::Value(12.into())
    );
    assert_eq!(run.plan.revisions().len(), 1);
    assert!(!run.plan.revisions()[0].approved);
}

#[test]
fn an_adopted_target_reaches_the_locked_plan_as_its_own_revision() {
    let mut run = Run::agreed();
    run.act(Command::Activate, secretary(), day(1, 8));
    // The secretariat's forum adopts 20 documents for Yoga's indicator (agreed: 12).
    let forum = Forum {
        unit: UnitId::new("DIK.SEK").unwrap(),
        held_on: day(4, 2),
        chair: secretary(),
        attendees: vec![],
        suggestions: vec![Suggestion {
            number: 7,
            by: yoga(),
            topic: Topic::Unit,
            text: "Laporan bulanan BOS ikut dihimpun".into(),
            fate: Fate::Adopted {
                adoption: Adoption::Target {
                    indicator: IndicatorId::new("IKI-ADM-1").unwrap(),
                    period: year().as_period(),
                    target: Target::Value(20.into()),
                },
            },
        }],
    };
    let status = |run: &Run| {
        let agreed = agreed_plans(&run.cascade, year(), std::slice::from_ref(&run.plan)).unwrap();
        let unit = UnitId::new("DIK.SEK").unwrap();
        let definitions = kinerja::measure::Definitions::new(agreed.definitions).unwrap();
        participation(
            &agreed.cascade,
            &unit,
            std::slice::from_ref(&forum),
            std::slice::from_ref(&run.plan),
            &definitions,
        )
        .unwrap()
        .changes[0]
            .status
            .clone()
    };
    assert_eq!(
        status(&run),
        AdoptionStatus::PendingTarget {
            in_force: Some(Target::Value(12.into()))
        }
    );
    let revisions = forum.revisions(
        &run.cascade,
        std::slice::from_ref(&run.plan),
        Language::Indonesian,
    );
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].employee, yoga());
    assert!(revisions[0].reason.contains("Usulan 7 Yoga Pratama"));
    assert!(
        revisions[0]
            .reason
            .contains("forum diskusi Sekretariat 2 April 2026")
    );
    // Requested by the leader with the forum as its reason; pending until decided.
    run.act(revisions[0].command(), secretary(), day(4, 3));
    assert!(matches!(status(&run), AdoptionStatus::PendingTarget { .. }));
    run.act(
        Command::DecideRevision {
            approve: true,
            reason: "Setuju".into(),
        },
        yoga(),
        day(4, 6),
    );
    assert_eq!(status(&run), AdoptionStatus::Applied);
    assert_eq!(
        annual_target(run.plan.for_evaluation().unwrap()),
        Target::Value(20.into())
    );
    // Nothing left to revise.
    assert!(
        forum
            .revisions(
                &run.cascade,
                std::slice::from_ref(&run.plan),
                Language::Indonesian
            )
            .is_empty()
    );
}

#[test]
fn agreed_plans_reach_the_cascade_and_the_evaluation() {
    let mut run = Run::agreed();
    run.act(Command::Activate, secretary(), day(1, 8));
    let before = run.cascade.diagnose();
    let yoga_without = |f: &Finding| matches!(f, Finding::EmployeeWithoutResults { employee, .. } if *employee == yoga());
    assert!(before.findings().iter().any(yoga_without));

    let agreed = agreed_plans(&run.cascade, year(), &[run.plan.clone()]).unwrap();
    assert!(
        !agreed
            .cascade
            .diagnose()
            .findings()
            .iter()
            .any(yoga_without)
    );
    assert_eq!(agreed.definitions.len(), 1);
    let definitions = kinerja::measure::Definitions::new(
        sample::siulak_definitions()
            .unwrap()
            .iter()
            .cloned()
            .chain(agreed.definitions.clone()),
    )
    .unwrap();
    let from_cascade = ScoringPlan::for_employee(&agreed.cascade, &yoga(), &definitions).unwrap();
    // The agreed plan names its parts as its terms state them: it is the plan the
    // evaluation reads, statements included.
    assert_eq!(
        from_cascade,
        run.plan.scoring_plan().unwrap(),
        "the plan the evaluation reads is the one agreed"
    );

    // The whole office evaluated with Yoga's agreed plan: 15 of 12 documents is 125 %,
    // capped by no rule of his definition, so he is above expectation.
    let mut records: AgencyRecords = sample::siulak_records().unwrap();
    records.cascade = agreed.cascade;
    records.definitions.extend(agreed.definitions);
    records.realisations.push(
        kinerja::measure::Realisation::new(
            IndicatorId::new("IKI-ADM-1").unwrap(),
            year().as_period(),
            15.into(),
        )
        .for_employee(yoga()),
    );
    // His indicator has a target for the year only, so he is evaluated in the fourth
    // quarter (the year to date) and for the year.
    let mut yoga_records = kinerja::evaluation::EmployeeRecords::new(yoga());
    for period in ["2026-Q4", "2026"] {
        let ratings = kinerja::org::CoreValue::ALL.iter().map(|&value| {
            kinerja::evaluation::BehaviourRating {
                value,
                rater: kinerja::evaluation::RaterRole::Superior,
                rating: Rating::Meets,
            }
        });
        yoga_records
            .behaviour
            .insert(period.parse().unwrap(), ratings.collect());
    }
    records.employees.push(yoga_records);
    let input = AgencyInput::new(records).unwrap();
    let appraisal = appraise_agency(&input).unwrap();
    let annual = &appraisal.employee(&yoga()).unwrap().annual;
    assert_eq!(annual.rated, Percent::new(Decimal::from(125)).unwrap());
    assert_eq!(annual.result_rating, Rating::Above);
}

fn forum() -> Forum {
    Forum {
        unit: UnitId::new("DIK.SD.KUR").unwrap(),
        held_on: day(1, 8),
        chair: rina(),
        attendees: vec![dewi(), putri()],
        suggestions: vec![
            Suggestion {
                number: 1,
                by: dewi(),
                topic: Topic::Indicator(IndicatorId::new("IKI-KUR-1").unwrap()),
                text: "Tambah satu SD binaan di triwulan III".into(),
                fate: Fate::Adopted {
                    adoption: Adoption::Target {
                        indicator: IndicatorId::new("IKI-KUR-1").unwrap(),
                        period: "2026-Q3".parse().unwrap(),
                        target: Target::Value(5.into()),
                    },
                },
            },
            Suggestion {
                number: 2,
                by: putri(),
                topic: Topic::Node(NodeId::new("RHK-DATA-1").unwrap()),
                text: "Verifikasi Dapodik dilakukan bulanan".into(),
                fate: Fate::Declined {
                    reason: "Jadwal Dapodik ditetapkan pusat per semester".into(),
                },
            },
            Suggestion {
                number: 3,
                by: arif(),
                topic: Topic::Unit,
                text: "Libatkan seksi sarpras dalam pendampingan".into(),
                fate: Fate::Open,
            },
        ],
    }
}

#[test]
fn participation_is_counted_as_worked_by_hand() {
    let cascade = cascade();
    let unit = UnitId::new("DIK.SD.KUR").unwrap();
    // Staff of the section: Rina (head), Dewi and Putri. Dewi and Putri suggested; Arif is
    // from another section, so his suggestion counts but he is not the section's staff.
    let summary = participation(
        &cascade,
        &unit,
        &[forum()],
        &[],
        &sample::siulak_definitions().unwrap(),
    )
    .unwrap();
    assert_eq!(
        (summary.staff, summary.contributors, summary.proposed_plans),
        (3, 2, 0)
    );
    assert_eq!(
        summary.share,
        Some(Percent::new(Decimal::from(200) / Decimal::from(3)).unwrap())
    );
    assert_eq!(
        (summary.suggestions, summary.adopted, summary.declined),
        (3, 1, 1)
    );
    assert_eq!(summary.silent, vec![rina()]);
    assert_eq!(summary.changes.len(), 1);
    assert_eq!(
        (summary.changes[0].suggestion, summary.changes[0].by),
        (1, dewi())
    );
    // The forum adopted 5 for the third quarter; the sample's agreed definition still
    // holds 4 (its quarterly targets are 3, 4, 4, 4): visibly pending, with what is in force.
    assert_eq!(
        summary.changes[0].status,
        AdoptionStatus::PendingTarget {
            in_force: Some(Target::Value(4.into()))
        }
    );

    // Rina proposes her own plan: now everyone contributed.
    let parties = Parties::of(cascade.agency(), rina()).unwrap();
    let step = Plan::open(parties, year(), &rina(), day(1, 9)).unwrap();
    let terms = Terms {
        results: vec![result("RHK-KUR-9", Some("RHK-KABID-1"), "IKI-KUR-9", 6)],
    };
    let proposed = step
        .plan
        .apply(&cascade, Command::Propose { terms }, &rina(), day(1, 10))
        .unwrap()
        .plan;
    let summary = participation(
        &cascade,
        &unit,
        &[forum()],
        &[proposed],
        &sample::siulak_definitions().unwrap(),
    )
    .unwrap();
    assert_eq!((summary.contributors, summary.proposed_plans), (3, 1));
    assert_eq!(summary.share, Some(Percent::HUNDRED));
    assert!(summary.silent.is_empty());

    // The division's summary takes in its sections' staff but not the section's forum.
    let division = participation(
        &cascade,
        &UnitId::new("DIK.SD").unwrap(),
        &[forum()],
        &[],
        &sample::siulak_definitions().unwrap(),
    )
    .unwrap();
    assert_eq!((division.staff, division.suggestions), (7, 0));
}

#[test]
fn a_forum_names_what_it_cannot_place() {
    let cascade = cascade();
    let mut other = forum();
    other.suggestions[0].topic = Topic::Node(NodeId::new("RHK-SEK-1").unwrap());
    assert_eq!(
        other.check(&cascade).unwrap_err(),
        AgreementError::NotTheUnits {
            node: NodeId::new("RHK-SEK-1").unwrap(),
            unit: UnitId::new("DIK.SD.KUR").unwrap()
        }
    );
    let mut other = forum();
    other.suggestions[1].number = 1;
    assert_eq!(
        other.check(&cascade).unwrap_err(),
        AgreementError::DuplicateSuggestion { number: 1 }
    );
    let mut other = forum();
    other.suggestions[1].fate = Fate::Declined { reason: "".into() };
    assert_eq!(
        other.check(&cascade).unwrap_err(),
        AgreementError::Blank {
            field: Field::Reason
        }
    );
    let mut other = forum();
    other.suggestions[0].fate = Fate::Adopted {
        adoption: Adoption::Indicator {
            indicator: IndicatorId::new("IKI-NOPE").unwrap(),
        },
    };
    assert_eq!(
        other.check(&cascade).unwrap_err(),
        AgreementError::UnknownIndicator {
            indicator: IndicatorId::new("IKI-NOPE").unwrap()
        }
    );
    let mut other = forum();
    other.unit = UnitId::new("DIK.SMP").unwrap();
    assert_eq!(
        other.check(&cascade).unwrap_err(),
        AgreementError::UnknownUnit {
            unit: UnitId::new("DIK.SMP").unwrap()
        }
    );
    let mut other = forum();
    other.attendees.push(common::nip(5));
    assert_eq!(
        other.check(&cascade).unwrap_err(),
        AgreementError::UnknownEmployee {
            employee: common::nip(5)
        }
    );
}

fn entry(
    by: EmployeeNumber,
    kind: FeedbackKind,
    about: About,
    on: chrono::NaiveDate,
) -> FeedbackEntry {
    FeedbackEntry {
        on,
        by,
        kind,
        about,
        text: "Catatan".into(),
        evidence: vec![],
        responds_to: None,
    }
}

#[test]
fn the_feedback_log_keeps_authors_dates_and_links_straight() {
    let cascade = cascade();
    let parties = Parties::of(cascade.agency(), dewi()).unwrap();
    assert_eq!(*parties.leader(), rina());
    let mut log = FeedbackLog::new(parties);
    let data = About::Indicator(IndicatorId::new("IKI-DATA-1").unwrap());
    let first = log
        .record(
            &cascade,
            entry(rina(), FeedbackKind::Leader, data.clone(), day(2, 3)),
        )
        .unwrap();
    let mut peer = entry(
        putri(),
        FeedbackKind::Peer,
        About::CoreValue(kinerja::org::CoreValue::Collaborative),
        day(2, 4),
    );
    peer.evidence = vec!["wa://grup-kurikulum/2026-02-04".into()];
    log.record(&cascade, peer).unwrap();
    let wrong = |e| log.clone().record(&cascade, e).unwrap_err();
    assert_eq!(
        wrong(entry(putri(), FeedbackKind::Leader, About::Plan, day(2, 5))),
        AgreementError::WrongAuthor {
            employee: dewi(),
            author: putri()
        }
    );
    assert_eq!(
        wrong(entry(
            rina(),
            FeedbackKind::Reflection,
            About::Plan,
            day(2, 5)
        )),
        AgreementError::WrongAuthor {
            employee: dewi(),
            author: rina()
        }
    );
    assert_eq!(
        wrong(entry(dewi(), FeedbackKind::Peer, About::Plan, day(2, 5))),
        AgreementError::WrongAuthor {
            employee: dewi(),
            author: dewi()
        }
    );
    assert_eq!(
        wrong(entry(rina(), FeedbackKind::Leader, About::Plan, day(2, 1))),
        AgreementError::DateBackwards {
            last: day(2, 4),
            given: day(2, 1)
        }
    );
    assert_eq!(
        wrong(entry(
            rina(),
            FeedbackKind::Leader,
            About::Indicator(IndicatorId::new("IKI-KUR-1").unwrap()),
            day(2, 5)
        )),
        AgreementError::NotTheirIndicator {
            employee: dewi(),
            indicator: IndicatorId::new("IKI-KUR-1").unwrap()
        }
    );
    assert_eq!(
        wrong(entry(
            rina(),
            FeedbackKind::Leader,
            About::Result(NodeId::new("RHK-KUR-1").unwrap()),
            day(2, 5)
        )),
        AgreementError::NotTheirResult {
            employee: dewi(),
            result: NodeId::new("RHK-KUR-1").unwrap()
        }
    );
    let mut late = entry(dewi(), FeedbackKind::Reflection, About::Plan, day(2, 5));
    late.responds_to = Some(2);
    assert_eq!(wrong(late), AgreementError::UnknownEntry { entry: 2 });
    let mut reflection = entry(dewi(), FeedbackKind::Reflection, data, day(2, 5));
    reflection.responds_to = Some(first);
    log.record(&cascade, reflection).unwrap();
    assert_eq!(log.reflections_on(first).count(), 1);

    let json = serde_json::to_string(&log).unwrap();
    let read = serde_json::from_str::<FeedbackLog>(&json).unwrap();
    assert_eq!(read, log);
    assert_eq!(read.check(&cascade), Ok(()));
    // The leader's entry about Dewi's indicator, turned into one about Rina's own: read
    // back, it is refused like a live entry.
    let theirs: FeedbackLog =
        serde_json::from_str(&json.replace("IKI-DATA-1", "IKI-KUR-1")).unwrap();
    assert_eq!(
        theirs.check(&cascade),
        Err(AgreementError::NotTheirIndicator {
            employee: dewi(),
            indicator: IndicatorId::new("IKI-KUR-1").unwrap()
        })
    );
    // The same entries out of date order are refused on the way in.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["entries"].as_array_mut().unwrap().swap(0, 1);
    assert!(serde_json::from_value::<FeedbackLog>(value).is_err());
}

#[test]
fn the_quarters_improvement_areas_arrive_in_the_log() {
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let year_appraisal = appraise_agency(&input).unwrap();
    let parties = Parties::of(input.cascade().agency(), rina()).unwrap();
    let mut log = FeedbackLog::new(parties);
    let mut areas = 0;
    for (quarter, appraisal) in year_appraisal
        .employee(&rina())
        .unwrap()
        .periodic
        .iter()
        .enumerate()
    {
        // A week after the quarter ends; the fourth in January of the next year.
        let on = chrono::NaiveDate::from_ymd_opt(
            2026 + (quarter as i32 + 1) / 4,
            (3 * (quarter as u32 + 1)) % 12 + 1,
            7,
        )
        .unwrap();
        for entry in appraisal.improvement_entries(*parties.leader(), on, Language::Indonesian) {
            assert_eq!(
                entry.kind,
                FeedbackKind::ImprovementArea {
                    scope: appraisal.scope
                }
            );
            log.record(input.cascade(), entry).unwrap();
            areas += 1;
        }
        assert_eq!(areas, log.improvement_areas().count());
    }
    let expected: usize = year_appraisal
        .employee(&rina())
        .unwrap()
        .periodic
        .iter()
        .map(|a| a.improvement_areas.len())
        .sum();
    assert_eq!(areas, expected);
    assert!(
        areas > 0,
        "Rina's third quarter is behind target in the sample"
    );
}

#[test]
fn the_records_trail_names_who_when_and_why_and_replays() {
    let agency = sample::siulak_agency().unwrap();
    let q1: Period = "2026-Q1".parse().unwrap();
    let data = IndicatorId::new("IKI-DATA-1").unwrap();
    let realised = |v: i64| {
        kinerja::measure::Realisation::new(data.clone(), q1, v.into()).for_employee(dewi())
    };
    let ledger = RecordsLedger::default();
    let (ledger, one) = ledger
        .apply(
            &agency,
            RecordChange::Realised {
                realisation: realised(28),
            },
            &dewi(),
            day(4, 2),
            None,
        )
        .unwrap();
    let again = ledger.apply(
        &agency,
        RecordChange::Realised {
            realisation: realised(29),
        },
        &dewi(),
        day(4, 3),
        None,
    );
    assert_eq!(
        again.unwrap_err(),
        EvaluationError::AlreadyRecorded {
            indicator: data.clone(),
            employee: Some(dewi()),
            period: q1
        }
    );
    let silent = ledger.apply(
        &agency,
        RecordChange::Corrected {
            realisation: realised(31),
        },
        &dewi(),
        day(4, 3),
        None,
    );
    assert_eq!(
        silent.unwrap_err(),
        EvaluationError::Agreement(AgreementError::Blank {
            field: Field::Reason
        })
    );
    let (ledger, two) = ledger
        .apply(
            &agency,
            RecordChange::Corrected {
                realisation: realised(31),
            },
            &rina(),
            day(4, 6),
            Some("Tiga SD terlambat diverifikasi".into()),
        )
        .unwrap();
    let override_by = |by| {
        ledger.apply(
            &agency,
            RecordChange::Overridden {
                employee: dewi(),
                period: q1,
                rating: Rating::Above,
            },
            &by,
            day(4, 7),
            Some("Migrasi Dapodik".into()),
        )
    };
    assert_eq!(
        override_by(putri()).unwrap_err(),
        EvaluationError::Agreement(AgreementError::NotLeader {
            employee: dewi(),
            leader: putri()
        })
    );
    let (ledger, three) = override_by(rina()).unwrap();
    let backwards = ledger.apply(
        &agency,
        RecordChange::OverrideWithdrawn {
            employee: dewi(),
            period: q1,
        },
        &rina(),
        day(4, 1),
        Some("x".into()),
    );
    assert_eq!(
        backwards.unwrap_err(),
        EvaluationError::Agreement(AgreementError::DateBackwards {
            last: day(4, 7),
            given: day(4, 1)
        })
    );
    let nothing = ledger.apply(
        &agency,
        RecordChange::Withdrawn {
            indicator: data.clone(),
            employee: None,
            period: q1,
        },
        &rina(),
        day(4, 8),
        Some("x".into()),
    );
    assert_eq!(
        nothing.unwrap_err(),
        EvaluationError::NotRecorded {
            indicator: data.clone(),
            employee: None,
            period: q1
        }
    );

    let trail = vec![one, two, three];
    assert_eq!(
        RecordsLedger::replay(&trail, &sample::siulak_agency().unwrap()).unwrap(),
        ledger
    );
    assert_eq!(ledger.measurements().all(), &[realised(31)]);
    assert_eq!(
        trail.iter().map(|e| (e.by, e.on)).collect::<Vec<_>>(),
        vec![
            (dewi(), day(4, 2)),
            (rina(), day(4, 6)),
            (rina(), day(4, 7))
        ]
    );
    let json = serde_json::to_string(&trail).unwrap();
    assert_eq!(
        serde_json::from_str::<Vec<Recorded<RecordChange>>>(&json).unwrap(),
        trail
    );
    let json = serde_json::to_string(&ledger).unwrap();
    assert_eq!(
        serde_json::from_str::<RecordsLedger>(&json).unwrap(),
        ledger
    );
}

#[test]
fn a_year_of_records_replayed_from_its_trail_evaluates_the_same() {
    let agency = sample::siulak_agency().unwrap();
    let original = sample::siulak_records().unwrap();
    let operator = yoga();
    let mut ledger = RecordsLedger::default();
    let mut trail = Vec::new();
    for realisation in original.realisations.clone() {
        let (next, event) = ledger
            .apply(
                &agency,
                RecordChange::Realised { realisation },
                &operator,
                day(12, 30),
                None,
            )
            .unwrap();
        ledger = next;
        trail.push(event);
    }
    let mut rebuilt = original.clone();
    RecordsLedger::replay(&trail, &sample::siulak_agency().unwrap())
        .unwrap()
        .fill(&mut rebuilt);
    rebuilt.realisations.sort_by(|a, b| {
        (a.indicator(), a.employee(), a.period()).cmp(&(b.indicator(), b.employee(), b.period()))
    });
    let mut sorted = original.clone();
    sorted.realisations.sort_by(|a, b| {
        (a.indicator(), a.employee(), a.period()).cmp(&(b.indicator(), b.employee(), b.period()))
    });
    assert_eq!(rebuilt, sorted);
    let a = appraise_agency(&AgencyInput::new(original).unwrap()).unwrap();
    let b = appraise_agency(&AgencyInput::new(rebuilt).unwrap()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn plans_and_their_trails_travel_as_json() {
    let mut run = Run::agreed();
    run.act(
        Command::Comment {
            about: About::Result(NodeId::new("RHK-ADM-1").unwrap()),
            text: "Sepakat".into(),
        },
        secretary(),
        day(1, 8),
    );
    let json = serde_json::to_string(&run.plan).unwrap();
    assert_eq!(serde_json::from_str::<Plan>(&json).unwrap(), run.plan);
    let json = serde_json::to_string(&run.trail).unwrap();
    let trail: Vec<Recorded<PlanEvent>> = serde_json::from_str(&json).unwrap();
    assert_eq!(Plan::replay(&trail, &run.cascade).unwrap(), run.plan);
    // A plan whose parts contradict its stage is refused: active without agreed terms.
    let mut value: serde_json::Value = serde_json::to_value(&run.plan).unwrap();
    value["stage"] = "active".into();
    value.as_object_mut().unwrap().remove("agreed");
    assert!(serde_json::from_value::<Plan>(value).is_err());
}

/// Two holders of one position share its weighted result, each with a weighted result of
/// their own under different results of the leader. When one proposes, the other's plan is
/// not all in the part of the tree checked; it must not be judged on what is there.
#[test]
fn a_colleagues_weighted_plan_does_not_block_a_proposal() {
    use kinerja::cascade::{Indicator, Level, LinkKind, Node, Owner};
    use kinerja::id::{MissionId, PositionId};
    use kinerja::org::{Employee, JobLevel, Mission, Position, Unit};
    let (leader, a, b) = (common::nip(1), common::nip(2), common::nip(3));
    let unit = UnitId::new("U").unwrap();
    let agency = kinerja::Agency::builder("Kantor Kecamatan Siulak", "Visi")
        .mission(Mission::new(MissionId::new("M1").unwrap(), "Misi"))
        .unit(Unit::new(unit.clone(), "Kecamatan"))
        .position(Position::new(
            PositionId::new("CAMAT").unwrap(),
            "Camat",
            unit.clone(),
            JobLevel::Administrator,
        ))
        .position(
            Position::new(
                PositionId::new("STAF").unwrap(),
                "Staf",
                unit.clone(),
                JobLevel::Executor,
            )
            .reporting_to(PositionId::new("CAMAT").unwrap()),
        )
        .employee(Employee::new(
            leader,
            "Camat",
            PositionId::new("CAMAT").unwrap(),
        ))
        .employee(Employee::new(a, "Staf A", PositionId::new("STAF").unwrap()))
        .employee(Employee::new(b, "Staf B", PositionId::new("STAF").unwrap()))
        .build()
        .unwrap();
    let weight = |w: i64| Weight::new(w.into()).unwrap();
    let node = |id: &str, level, owner: Owner, parent: Option<&str>| {
        let mut n = Node::new(NodeId::new(id).unwrap(), level, "Pernyataan", owner).indicator(
            Indicator::new(
                IndicatorId::new(format!("I-{id}")).unwrap(),
                "Indikator",
                "persen",
            ),
        );
        if let Some(p) = parent {
            n = n.under(NodeId::new(p).unwrap(), LinkKind::Indirect);
        }
        n
    };
    let camat = || Owner::Position(PositionId::new("CAMAT").unwrap());
    let cascade = Cascade::builder(agency)
        .nodes([
            node("G", Level::Goal, Owner::Unit(unit.clone()), None)
                .serving(MissionId::new("M1").unwrap()),
            node("CR1", Level::Result, camat(), Some("G")),
            node("CR2", Level::Result, camat(), Some("G")),
            node(
                "STAF-1",
                Level::Result,
                Owner::Position(PositionId::new("STAF").unwrap()),
                Some("CR1"),
            )
            .with_plan_weight(weight(60)),
            node("A-1", Level::Result, Owner::Employee(a), Some("CR2"))
                .with_plan_weight(weight(40)),
            node("B-1", Level::Result, Owner::Employee(b), Some("CR1"))
                .with_plan_weight(weight(40)),
        ])
        .build()
        .unwrap();
    // B rewrites their own result, keeping its weight: the cascade stays sound.
    let mut terms = Terms {
        results: vec![result("B-1", Some("CR1"), "I-B-1", 10)],
    };
    terms.results[0].weight = Some(weight(40));
    assert_eq!(terms.check(&cascade, b, year()), Ok(()));
    // With another weight B's own plan no longer totals 100.
    terms.results[0].weight = Some(weight(30));
    let error = terms.check(&cascade, b, year()).unwrap_err();
    assert_eq!(
        error,
        AgreementError::Cascade(CascadeError::PlanWeightTotal {
            employee: b,
            total: 90.into()
        })
    );
}
