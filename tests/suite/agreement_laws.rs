//! Laws of the agreement stage, over random sequences of commands by random people on
//! random dates (DESIGN.md: replay rebuilds the state; no sequence reaches active without
//! agreed; nothing panics; serde round trip of states and events).

use crate::common;

use common::agreement::*;
use kinerja::agreement::*;
use kinerja::cascade::Cascade;
use kinerja::evaluation::{Predicate, RecordChange, RecordsLedger};
use kinerja::id::{IndicatorId, NodeId};
use kinerja::measure::{Realisation, Target};
use kinerja::nip::EmployeeNumber;
use kinerja::num::Weight;
use kinerja::period::Period;
use kinerja::prelude::Rating;
use kinerja::sample;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::OnceLock;

fn cascade() -> &'static Cascade {
    static CASCADE: OnceLock<Cascade> = OnceLock::new();
    CASCADE.get_or_init(|| sample::siulak_cascade().unwrap())
}

/// Yoga, his leader, the leader's leader, and someone who is no party; the parties more
/// often than not, so that sequences go far.
fn person(index: u8) -> EmployeeNumber {
    const WEIGHTED: [u8; 12] = [0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3];
    match WEIGHTED[usize::from(index) % WEIGHTED.len()] {
        0 => yoga(),
        1 => secretary(),
        2 => head(),
        _ => rina(),
    }
}

fn reason(blank: bool) -> String {
    if blank {
        "  ".to_owned()
    } else {
        "Disepakati dalam rapat".to_owned()
    }
}

fn amendments(choice: u8, value: u8) -> Vec<Amendment> {
    let indicator = IndicatorId::new("IKI-ADM-1").unwrap();
    match choice % 4 {
        0 => vec![Amendment::Target {
            indicator,
            period: year().as_period(),
            target: Target::Value(Decimal::from(value)),
        }],
        1 => vec![Amendment::IndicatorWeight {
            indicator,
            weight: Some(
                Weight::new(Decimal::from(value)).unwrap_or(Weight::new(Decimal::ONE).unwrap()),
            ),
        }],
        2 => vec![Amendment::ResultWeight {
            result: NodeId::new("RHK-ADM-1").unwrap(),
            weight: None,
        }],
        _ => vec![Amendment::Target {
            indicator: IndicatorId::new("IKI-NONE").unwrap(),
            period: year().as_period(),
            target: Target::Value(Decimal::ONE),
        }],
    }
}

fn terms(choice: u8) -> Terms {
    match choice % 4 {
        0 | 1 => yoga_terms(),
        2 => Terms {
            results: vec![result("RHK-ADM-1", None, "IKI-ADM-1", 12)],
        },
        _ => Terms {
            results: vec![result("RHK-ADM-1", Some("RHK-KUR-1"), "IKI-ADM-1", 12)],
        },
    }
}

/// A command from a small menu, valid or not, the steps of the usual path more often.
fn command(kind: u8, a: u8, b: u8, flag: bool) -> Command {
    const WEIGHTED: [u8; 32] = [
        0, 1, 1, 1, 1, 2, 3, 3, 4, 4, 5, 5, 5, 5, 5, 5, 6, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10, 11,
        11, 5, 1,
    ];
    match WEIGHTED[usize::from(kind) % WEIGHTED.len()] {
        0 => Command::Draft { terms: terms(a) },
        1 => Command::Propose { terms: terms(a) },
        2 => Command::Comment {
            about: About::Plan,
            text: reason(flag),
        },
        3 => Command::CounterPropose {
            amendments: amendments(a, b),
            reason: reason(flag && a % 2 == 0),
        },
        4 => Command::AcceptCounter,
        5 => Command::Confirm,
        6 => Command::Dispute {
            reason: reason(flag && a % 3 == 0),
        },
        7 => Command::Settle {
            amendments: amendments(a, b),
            reason: reason(flag && a % 2 == 0),
        },
        8 => Command::Activate,
        9 => Command::RequestRevision {
            amendments: amendments(a, b),
            reason: reason(flag && a % 2 == 0),
        },
        10 => Command::DecideRevision {
            approve: flag,
            reason: reason(a % 5 == 0),
        },
        _ => Command::Close,
    }
}

type Move = (u8, u8, u8, bool, u8, i8);

fn moves() -> impl Strategy<Value = Vec<Move>> {
    prop::collection::vec(
        (
            any::<u8>(),
            any::<u8>(),
            1u8..40,
            any::<bool>(),
            any::<u8>(),
            -1i8..6,
        ),
        0..60,
    )
}

/// Whether the trail agrees the plan (both confirmed, or a settlement) before it is
/// activated.
fn agreed_before_active(trail: &[Recorded<PlanEvent>]) -> bool {
    let mut agreed = false;
    for event in trail {
        match event.event {
            PlanEvent::Agreed | PlanEvent::Settled { .. } => agreed = true,
            PlanEvent::Activated if !agreed => return false,
            _ => {}
        }
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random commands by random people on random dates never panic; each accepted step
    /// returns events, and replaying the trail rebuilds the plan exactly; every refused one
    /// leaves the plan as it was (the caller keeps it). No sequence reaches active without
    /// agreed, and only an agreed plan can be evaluated. Plans and trails travel as JSON.
    #[test]
    fn random_commands_keep_the_laws(from_active in any::<bool>(), moves in moves()) {
        let cascade = cascade();
        let parties = Parties::of(cascade.agency(), yoga()).unwrap();
        let step = Plan::open(parties, year(), &yoga(), day(1, 5)).unwrap();
        let (mut plan, mut trail) = (step.plan, step.events);
        if from_active {
            // Half the runs start from a locked plan, so revisions and closing are reached.
            for (command, by) in [
                (Command::Propose { terms: yoga_terms() }, yoga()),
                (Command::Confirm, yoga()),
                (Command::Confirm, secretary()),
                (Command::Activate, secretary()),
            ] {
                let step = plan.apply(cascade, command, &by, day(1, 6)).unwrap();
                trail.extend(step.events);
                plan = step.plan;
            }
        }
        // The same commands applied in place: the same plans, events and errors, and a
        // refused command leaves the plan in place unchanged.
        let mut in_place = plan.clone();
        for (kind, a, b, flag, who, shift) in moves {
            let on = plan.last_date() + chrono::Duration::days(i64::from(shift));
            let before = plan.clone();
            let applied = plan.apply(cascade, command(kind, a, b, flag), &person(who), on);
            let in_place_events = in_place.apply_mut(cascade, command(kind, a, b, flag), &person(who), on);
            match (&applied, &in_place_events) {
                (Ok(step), Ok(events)) => {
                    prop_assert_eq!(&step.events, events);
                    prop_assert_eq!(&step.plan, &in_place);
                }
                (Err(error), Err(same)) => {
                    prop_assert_eq!(error, same);
                    prop_assert_eq!(&in_place, &before);
                }
                _ => prop_assert!(false, "apply {:?}, apply_mut {:?}", applied, in_place_events),
            }
            match applied {
                Ok(step) => {
                    prop_assert!(!step.events.is_empty());
                    prop_assert!(step.events.iter().all(|e| e.on == on && e.by == person(who)));
                    trail.extend(step.events);
                    plan = step.plan;
                }
                Err(error) => {
                    prop_assert_eq!(&plan, &before);
                    if shift < 0 {
                        // A date before the last is refused whatever else is wrong with the
                        // command, unless the actor or stage is refused first.
                        prop_assert!(matches!(error,
                            AgreementError::DateBackwards { .. } | AgreementError::NotAParty { .. }
                            | AgreementError::NotAllowed { .. } | AgreementError::WrongStage { .. }), "{:?}", error);
                    }
                }
            }
            prop_assert!(agreed_before_active(&trail));
            prop_assert_eq!(plan.for_evaluation().is_ok(), plan.stage().is_agreed());
            if matches!(plan.stage(), Stage::Active | Stage::RevisionRequested | Stage::Closed) {
                prop_assert!(plan.agreed().is_some());
            }
        }
        prop_assert_eq!(&Plan::replay(&trail, cascade).unwrap(), &plan);
        let json = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Plan>(&json).unwrap(), &plan);
        let json = serde_json::to_string(&trail).unwrap();
        let back: Vec<Recorded<PlanEvent>> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &trail);
        let dates: Vec<_> = trail.iter().map(|e| e.on).collect();
        prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    }

    /// A trail not made by the machine (events in any order, by anyone, on any date) is
    /// replayed without a panic: a plan or a typed error.
    #[test]
    fn forged_trails_never_panic(events in prop::collection::vec((0u8..14, any::<u8>(), any::<u8>(), -3i8..6), 0..40)) {
        let mut on = day(1, 5);
        let mut trail = vec![Recorded::new(on, yoga(), PlanEvent::Opened { parties: Parties::of(cascade().agency(), yoga()).unwrap(), year: year() })];
        for (kind, a, who, shift) in events {
            on += chrono::Duration::days(i64::from(shift));
            let event = match kind {
                0 => PlanEvent::Drafted { terms: terms(a) },
                1 => PlanEvent::Proposed { terms: terms(a) },
                2 => PlanEvent::Commented { about: About::Plan, text: reason(a % 2 == 0) },
                3 => PlanEvent::CounterProposed { amendments: amendments(a, a) },
                4 => PlanEvent::CounterAccepted,
                5 => PlanEvent::Confirmed,
                6 => PlanEvent::Agreed,
                7 => PlanEvent::Disputed,
                8 => PlanEvent::Settled { amendments: amendments(a, a) },
                9 => PlanEvent::Activated,
                10 => PlanEvent::RevisionRequested { amendments: amendments(a, a) },
                11 => PlanEvent::RevisionDecided { approved: a % 2 == 0 },
                12 => PlanEvent::Closed,
                _ => PlanEvent::Opened { parties: Parties::of(cascade().agency(), yoga()).unwrap(), year: year() },
            };
            let mut recorded = Recorded::new(on, person(who), event);
            if a % 3 != 0 {
                recorded = recorded.because("Alasan");
            }
            trail.push(recorded);
        }
        if let Ok(plan) = Plan::replay(&trail, cascade()) {
            // Whatever was forged, an agreed stage has agreed terms behind it.
            prop_assert_eq!(plan.for_evaluation().is_ok(), plan.stage().is_agreed());
            prop_assert!(agreed_before_active(&trail));
        }
    }

    /// Random changes to the records: refused ones change nothing; the trail replays to the
    /// ledger; the ledger and its trail travel as JSON.
    #[test]
    fn the_records_trail_replays(changes in prop::collection::vec((0u8..6, 0u8..3, 0u8..4, any::<u8>(), any::<bool>(), -2i8..4), 0..50)) {
        let agency = sample::siulak_agency().unwrap();
        let indicators = ["IKI-DATA-1", "IKI-KUR-1", "IKI-SEK-1"];
        let periods: Vec<Period> = ["2026-Q1", "2026-Q2", "2026-Q3", "2026"].iter().map(|p| p.parse().unwrap()).collect();
        let mut ledger = RecordsLedger::default();
        let mut trail = Vec::new();
        let mut on = day(1, 31);
        for (kind, i, p, value, flag, shift) in changes {
            on += chrono::Duration::days(i64::from(shift));
            let indicator = IndicatorId::new(indicators[usize::from(i)]).unwrap();
            let period = periods[usize::from(p)];
            let realisation = Realisation::new(indicator.clone(), period, Decimal::from(value)).for_employee(dewi());
            let change = match kind {
                0 => RecordChange::Realised { realisation },
                1 => RecordChange::Corrected { realisation },
                2 => RecordChange::Withdrawn { indicator, employee: Some(dewi()), period },
                3 => RecordChange::Overridden { employee: dewi(), period, rating: if flag { Rating::Above } else { Rating::Below } },
                4 => RecordChange::OverrideWithdrawn { employee: dewi(), period },
                _ => RecordChange::Calibrated { employee: dewi(), from: Predicate::Good, to: if flag { Predicate::VeryGood } else { Predicate::NeedsImprovement } },
            };
            let by = if value % 4 == 0 { putri() } else { rina() };
            let why = (value % 5 != 0).then(|| "Alasan tercatat".to_owned());
            let before = ledger.clone();
            match ledger.apply(&agency, change, &by, on, why) {
                Ok((next, event)) => {
                    ledger = next;
                    trail.push(event);
                }
                Err(_) => prop_assert_eq!(&ledger, &before),
            }
        }
        prop_assert_eq!(&RecordsLedger::replay(&trail, &agency).unwrap(), &ledger);
        let json = serde_json::to_string(&ledger).unwrap();
        prop_assert_eq!(&serde_json::from_str::<RecordsLedger>(&json).unwrap(), &ledger);
        let json = serde_json::to_string(&trail).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Vec<Recorded<RecordChange>>>(&json).unwrap(), &trail);
        // Every override in force was set by Dewi's leader, with a reason.
        for event in &trail {
            if matches!(event.event, RecordChange::Overridden { .. }) {
                prop_assert_eq!(event.by, rina());
                prop_assert!(event.why.is_some());
            }
        }
    }
}

/// Terms of up to three results for `employee` from a tape: each under a random node of the
/// cascade (often not the superior's result), with an id that is sometimes one of the
/// employee's own results (a replacement) or another node's (a clash), an indicator id that
/// sometimes clashes, and plan weights and contributions now and then.
fn terms_from_tape(cascade: &Cascade, employee: EmployeeNumber, numbers: &[u32]) -> Terms {
    let mut tape = common::Tape::new(numbers);
    let nodes = cascade.nodes();
    let own: Vec<&NodeId> = cascade
        .results_of(&employee)
        .filter(|n| *n.owner() == kinerja::cascade::Owner::Employee(employee))
        .map(|n| n.id())
        .collect();
    // Where a parent would be valid: a result of the superior, or for the head an
    // organisational node.
    let agency = cascade.agency();
    let superior = agency
        .employee(&employee)
        .and_then(|e| agency.superior_of(e.position()))
        .map(|p| p.id().clone());
    let fitting: Vec<&NodeId> = nodes
        .iter()
        .filter(|n| match (&superior, n.owner()) {
            (Some(p), kinerja::cascade::Owner::Position(q)) => p == q,
            (Some(p), kinerja::cascade::Owner::Employee(e)) => {
                agency.employee(e).is_some_and(|e| e.position() == p)
            }
            (None, kinerja::cascade::Owner::Unit(_)) => true,
            _ => false,
        })
        .map(|n| n.id())
        .collect();
    let mut results = Vec::new();
    for k in 0..1 + tape.below(3) {
        let id = match tape.below(6) {
            0 if !own.is_empty() => own[tape.below(own.len())].clone(),
            1 => nodes[tape.below(nodes.len())].id().clone(),
            _ => NodeId::new(format!("NEW{k}")).unwrap(),
        };
        let indicator = match tape.below(8) {
            0 => nodes
                .iter()
                .flat_map(|n| n.indicators())
                .nth(tape.below(4))
                .map_or_else(|| format!("INEW{k}"), |i| i.id().as_str().to_owned()),
            _ => format!("INEW{k}"),
        };
        let parent = if !fitting.is_empty() && tape.chance(2) {
            fitting[tape.below(fitting.len())]
        } else {
            nodes[tape.below(nodes.len())].id()
        };
        let mut proposed = result(id.as_str(), Some(parent.as_str()), &indicator, 10);
        if tape.chance(3) {
            proposed.weight = Some(Weight::new(Decimal::from(tape.below(3) * 50)).unwrap());
        }
        if tape.chance(4) {
            // A contribution among the siblings under the parent: checked against their
            // summary in place, against every one of them in the whole build.
            proposed.contribution = Some(Weight::new(Decimal::from(tape.below(3) * 50)).unwrap());
        }
        results.push(proposed);
    }
    Terms { results }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// Checking a plan around its results (what `Terms::check` does, at the cost of the part
    /// of the tree it touches) accepts exactly what building the whole cascade with the
    /// results in it accepts.
    #[test]
    fn checking_in_place_agrees_with_the_whole_build(
        numbers in common::tape(),
        pick in any::<u32>(),
        proposal in prop::collection::vec(any::<u32>(), 0..40),
    ) {
        let (agency, nodes) = common::cascade_from_tape(&numbers);
        let cascade = kinerja::Cascade::builder(agency.build().unwrap()).nodes(nodes).build().unwrap();
        let staff = cascade.agency().employees();
        if staff.is_empty() {
            return Ok(());
        }
        let employee = *staff[pick as usize % staff.len()].number();
        let terms = terms_from_tape(&cascade, employee, &proposal);
        let local = terms.check(&cascade, employee, year());
        let replaced = |n: &kinerja::cascade::Node| {
            *n.owner() == kinerja::cascade::Owner::Employee(employee) && terms.holds_result(n.id())
        };
        let whole = kinerja::Cascade::builder(cascade.agency().clone())
            .limits(cascade.limits())
            .nodes(cascade.nodes().iter().filter(|n| !replaced(n)).cloned().chain(terms.nodes(employee)))
            .build();
        prop_assert_eq!(local.is_ok(), whole.is_ok(), "local {:?}, whole {:?}", local, whole);
    }
}
