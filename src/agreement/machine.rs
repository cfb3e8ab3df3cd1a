//! The plan lifecycle as a state machine: a command by a party on a date becomes events
//! (`decide`), and each event changes the state (`evolve`). Replaying the events runs the
//! same `evolve`, so it rebuilds the state exactly.

use super::error::{AgreementError, Field};
use super::feedback::About;
use super::parties::Parties;
use super::plan::{AgreedTerms, Comment, Dispute, Plan, Revision, RevisionRequest, State};
use super::role::Role;
use super::stage::{Action, Stage};
use super::terms::{Amendment, Terms};
use super::trail::{Recorded, not_before, not_blank};
use crate::cascade::Cascade;
use crate::nip::EmployeeNumber;
use crate::period::Year;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a party asks to do to a plan. [`Plan::apply`] turns it into events or refuses it.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::agreement::Command = serde_json::from_str(r#"
/// {
///   "command": "counter_propose",
///   "amendments": [
///     {
///       "change": "target",
///       "indicator": "IKI-ADM-1",
///       "period": "2026",
///       "target": {
///         "value": "16"
///       }
///     }
///   ],
///   "reason": "Empat bidang melapor setiap triwulan: 16 bahan, bukan 12"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "command",
    deny_unknown_fields,
    remote = "Self"
)]
#[non_exhaustive]
pub enum Command {
    /// The employee writes or rewrites the draft (not checked yet).
    Draft {
        /// The draft terms.
        terms: Terms,
    },
    /// The employee proposes terms, first or revised: checked against the cascade.
    Propose {
        /// The terms.
        terms: Terms,
    },
    /// Any party comments.
    Comment {
        /// What about.
        about: About,
        /// The comment.
        text: String,
    },
    /// The leader counter-proposes targets or weights, with a reason.
    CounterPropose {
        /// The changes to the employee's terms.
        amendments: Vec<Amendment>,
        /// Why.
        reason: String,
    },
    /// The employee accepts the leader's counter-proposal (and so confirms it).
    AcceptCounter,
    /// The employee or the leader confirms the terms on the table; when both have, the plan
    /// is agreed.
    Confirm,
    /// The employee or the leader declares a dispute, for the leader's leader to settle.
    Dispute {
        /// Why.
        reason: String,
    },
    /// The leader's leader settles a dispute: the terms on the table with these changes are
    /// agreed.
    Settle {
        /// The changes.
        amendments: Vec<Amendment>,
        /// Why.
        reason: String,
    },
    /// The leader locks the agreed plan for the period.
    Activate,
    /// The employee or the leader asks to revise the locked plan mid-year.
    RequestRevision {
        /// The changes.
        amendments: Vec<Amendment>,
        /// Why.
        reason: String,
    },
    /// The other party, or the leader's leader, decides the revision.
    DecideRevision {
        /// Whether it is approved.
        approve: bool,
        /// Why.
        reason: String,
    },
    /// The leader closes the plan for the year's evaluation.
    Close,
}

crate::objects_only::objects_only!(Command);

impl Command {
    /// The event the command makes, and its reason.
    fn into_event(self) -> (PlanEvent, Option<String>) {
        match self {
            Self::Draft { terms } => (PlanEvent::Drafted { terms }, None),
            Self::Propose { terms } => (PlanEvent::Proposed { terms }, None),
            Self::Comment { about, text } => (PlanEvent::Commented { about, text }, None),
            Self::CounterPropose { amendments, reason } => {
                (PlanEvent::CounterProposed { amendments }, Some(reason))
            }
            Self::AcceptCounter => (PlanEvent::CounterAccepted, None),
            Self::Confirm => (PlanEvent::Confirmed, None),
            Self::Dispute { reason } => (PlanEvent::Disputed, Some(reason)),
            Self::Settle { amendments, reason } => {
                (PlanEvent::Settled { amendments }, Some(reason))
            }
            Self::Activate => (PlanEvent::Activated, None),
            Self::RequestRevision { amendments, reason } => {
                (PlanEvent::RevisionRequested { amendments }, Some(reason))
            }
            Self::DecideRevision { approve, reason } => (
                PlanEvent::RevisionDecided { approved: approve },
                Some(reason),
            ),
            Self::Close => (PlanEvent::Closed, None),
        }
    }
}

/// What happened to a plan: the audit trail's entries for plans, in [`Recorded`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "type",
    deny_unknown_fields,
    remote = "Self"
)]
#[non_exhaustive]
pub enum PlanEvent {
    /// The plan was opened.
    Opened {
        /// Its parties.
        parties: Parties,
        /// Its year.
        year: Year,
    },
    /// The draft was written.
    Drafted {
        /// The draft.
        terms: Terms,
    },
    /// Terms were proposed.
    Proposed {
        /// The terms.
        terms: Terms,
    },
    /// A comment was made.
    Commented {
        /// What about.
        about: About,
        /// The comment.
        text: String,
    },
    /// The leader counter-proposed.
    CounterProposed {
        /// The changes.
        amendments: Vec<Amendment>,
    },
    /// The employee accepted the counter-proposal.
    CounterAccepted,
    /// A party confirmed the terms on the table.
    Confirmed,
    /// Both had confirmed: the plan is agreed.
    Agreed,
    /// A dispute was raised.
    Disputed,
    /// The leader's leader settled the dispute.
    Settled {
        /// The changes.
        amendments: Vec<Amendment>,
    },
    /// The plan was locked.
    Activated,
    /// A revision was asked for.
    RevisionRequested {
        /// The changes.
        amendments: Vec<Amendment>,
    },
    /// The revision was decided.
    RevisionDecided {
        /// Whether it was approved.
        approved: bool,
    },
    /// The plan was closed for evaluation.
    Closed,
}

crate::objects_only::objects_only!(PlanEvent);

impl PlanEvent {
    /// What the event does.
    #[must_use]
    pub const fn action(&self) -> Action {
        match self {
            Self::Opened { .. } => Action::Open,
            Self::Drafted { .. } => Action::Draft,
            Self::Proposed { .. } => Action::Propose,
            Self::Commented { .. } => Action::Comment,
            Self::CounterProposed { .. } => Action::CounterPropose,
            Self::CounterAccepted => Action::AcceptCounter,
            Self::Confirmed => Action::Confirm,
            Self::Agreed => Action::Agree,
            Self::Disputed => Action::Dispute,
            Self::Settled { .. } => Action::Settle,
            Self::Activated => Action::Activate,
            Self::RevisionRequested { .. } => Action::RequestRevision,
            Self::RevisionDecided { .. } => Action::DecideRevision,
            Self::Closed => Action::Close,
        }
    }
}

/// A plan after a command, and the events that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Step {
    /// The plan after the command.
    pub plan: Plan,
    /// The events, to append to the trail.
    pub events: Vec<Recorded<PlanEvent>>,
}

impl Plan {
    /// Opens the plan of `parties` for `year`, by the employee or the leader, on `on`.
    ///
    /// The opening needs no agency: the parties are checked against the agency's reporting
    /// lines ([`Parties::check`]) by every command after it, by [`Plan::replay`] and by
    /// [`agreed_plans`](super::agreed_plans), so parties read from JSON go no further than
    /// the opening unless they are the agency's.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{Parties, Plan, Stage};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?;
    /// let step = Plan::open(Parties::of(cascade.agency(), yoga)?, Year::new(2026)?, &yoga, on)?;
    /// assert_eq!(step.plan.stage(), Stage::Draft);
    /// assert_eq!(Plan::replay(&step.events, &cascade)?, step.plan);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`AgreementError::NotAParty`] or [`AgreementError::NotAllowed`] when `by` is neither
    /// the employee nor the leader.
    pub fn open(
        parties: Parties,
        year: Year,
        by: &EmployeeNumber,
        on: NaiveDate,
    ) -> Result<Step, AgreementError> {
        let event = Recorded::new(on, *by, PlanEvent::Opened { parties, year });
        let plan = Self::opened(&event)?;
        Ok(Step {
            plan,
            events: vec![event],
        })
    }

    /// The plan after `actor` gives `command` on `on`: the new plan and the events, or an
    /// error naming the stage and the action; the plan itself never changes.
    ///
    /// The parties are checked against the agency's reporting lines first
    /// ([`Parties::check`]): the plan may have been read from JSON. Terms proposed,
    /// counter-proposed, settled or revised are checked against `cascade`
    /// ([`Terms::check`]): every result supports a result of the superior, weights and
    /// targets are valid.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{AgreementError, Command, Parties, Plan, Stage, Terms};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// let parties = Parties::of(cascade.agency(), yoga)?;
    /// let leader = *parties.leader();
    /// let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
    /// # let terms: Terms = serde_json::from_str(r#"{"results": [{"id": "RHK-ADM-1",
    /// #   "statement": "Bahan laporan kinerja yang terhimpun tepat waktu", "supports": "RHK-SEK-1",
    /// #   "link": "indirect", "indicators": [{"statement": "Bahan laporan bidang yang terhimpun",
    /// #   "definition": {"id": "IKI-ADM-1", "unit": "dokumen", "polarity": "maximise",
    /// #   "targets": {"2026": {"value": "12"}}}}]}]}"#)?;
    /// let opened = Plan::open(parties, Year::new(2026)?, &yoga, day(5)?)?.plan;
    /// let proposed = opened.apply(&cascade, Command::Propose { terms }, &yoga, day(6)?)?;
    /// assert_eq!(proposed.plan.stage(), Stage::Proposed);
    ///
    /// // A counter-proposal can only be accepted in negotiation: refused, naming the stage.
    /// let refused = proposed.plan.apply(&cascade, Command::AcceptCounter, &yoga, day(7)?);
    /// assert!(matches!(refused, Err(AgreementError::WrongStage { .. })));
    /// // Both confirm the terms: the plan is agreed.
    /// let confirmed = proposed.plan.apply(&cascade, Command::Confirm, &yoga, day(7)?)?;
    /// assert_eq!(confirmed.plan.stage(), Stage::Proposed);
    /// let agreed = confirmed.plan.apply(&cascade, Command::Confirm, &leader, day(8)?)?;
    /// assert_eq!(agreed.plan.stage(), Stage::Agreed);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// An error of [`Parties::check`]; [`AgreementError::NotAParty`],
    /// [`AgreementError::NotAllowed`] (wrong actor),
    /// [`AgreementError::WrongStage`], [`AgreementError::DateBackwards`],
    /// [`AgreementError::Blank`] (a reason or text missing), an error of [`Terms::check`] or
    /// [`Terms::amended`], and the errors of the command's own rule
    /// ([`AgreementError::CannotConfirm`], [`AgreementError::NoCounter`],
    /// [`AgreementError::NoSettler`], [`AgreementError::NotDisputed`],
    /// [`AgreementError::OwnRevision`]).
    pub fn apply(
        &self,
        cascade: &Cascade,
        command: Command,
        actor: &EmployeeNumber,
        on: NaiveDate,
    ) -> Result<Step, AgreementError> {
        let mut plan = self.clone();
        let events = plan.apply_mut(cascade, command, actor, on)?;
        Ok(Step { plan, events })
    }

    /// [`Plan::apply`] in place: the plan after `actor` gives `command` on `on`, and the
    /// events that made it; a refused command leaves the plan as it was. `apply` copies the
    /// plan (its comments and revisions included) to keep the one it was given; this does
    /// not, so each step costs what the command does, however long the plan's history.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{About, AgreementError, Command, Parties, Plan};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?;
    /// let step = Plan::open(Parties::of(cascade.agency(), yoga)?, Year::new(2026)?, &yoga, on)?;
    /// let (mut plan, mut trail) = (step.plan, step.events);
    /// for note in ["Target bidang perlu dibahas", "Data triwulan I menyusul"] {
    ///     let comment = Command::Comment { about: About::Plan, text: note.into() };
    ///     trail.extend(plan.apply_mut(&cascade, comment, &yoga, on)?);
    /// }
    /// // A blank comment is refused, and the plan is unchanged.
    /// let before = plan.clone();
    /// let blank = Command::Comment { about: About::Plan, text: " ".into() };
    /// assert!(matches!(plan.apply_mut(&cascade, blank, &yoga, on), Err(AgreementError::Blank { .. })));
    /// assert_eq!(plan, before);
    /// assert_eq!(Plan::replay(&trail, &cascade)?, plan);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`Plan::apply`].
    pub fn apply_mut(
        &mut self,
        cascade: &Cascade,
        command: Command,
        actor: &EmployeeNumber,
        on: NaiveDate,
    ) -> Result<Vec<Recorded<PlanEvent>>, AgreementError> {
        // The plan may have been read from JSON: its parties must still be the agency's.
        self.0.parties.check(cascade.agency())?;
        let (event, why) = command.into_event();
        let first = Recorded {
            on,
            by: *actor,
            why,
            event,
        };
        // Only a confirmation completes an agreement, and it changes no more than these:
        // what undoes it should the agreement be refused (a plan made by the commands never
        // awaits agreement before one; one that did is copied, to be safe).
        let copy = self.awaits_agreement().then(|| self.clone());
        let small = (
            self.0.stage,
            self.0.confirmed_by_employee,
            self.0.confirmed_by_leader,
            self.0.last,
        );
        self.evolve_mut(&first, Some(cascade))?;
        let mut events = vec![first];
        if self.awaits_agreement() {
            let agreed = Recorded::new(on, *actor, PlanEvent::Agreed);
            if let Err(error) = self.evolve_mut(&agreed, None) {
                if let Some(copy) = copy {
                    *self = copy;
                } else {
                    let s = &mut self.0;
                    (
                        s.stage,
                        s.confirmed_by_employee,
                        s.confirmed_by_leader,
                        s.last,
                    ) = small;
                }
                return Err(error);
            }
            events.push(agreed);
        }
        Ok(events)
    }

    /// The plan after one event with every check [`Plan::apply`] makes: those that need no
    /// cascade (actor, stage, date, reason, the command's own rule), then the terms it puts
    /// on the table against the cascade; all before anything changes.
    fn step(
        mut self,
        cascade: &Cascade,
        event: &Recorded<PlanEvent>,
    ) -> Result<Self, AgreementError> {
        self.evolve_mut(event, Some(cascade))?;
        Ok(self)
    }

    /// Whether both parties have confirmed terms not yet agreed: [`Plan::apply`] records
    /// the agreement with the confirmation that completes it.
    const fn awaits_agreement(&self) -> bool {
        self.0.confirmed_by_employee && self.0.confirmed_by_leader && !self.0.stage.is_agreed()
    }

    /// The plan its events make, from its opening, with every check [`Plan::apply`] made
    /// when it returned them: the parties against the agency's reporting lines, each event's
    /// actor, stage, date and reason, and the terms each proposal, counter-proposal,
    /// settlement or revision put on the table against `cascade` and the plan's year. A
    /// trail stored as JSON and read back is trusted no more than the commands that made
    /// it: one [`Plan::apply`] would have refused is refused here with the same error.
    ///
    /// `cascade` is the one the plan is agreed in (the year's cascade, with the superior's
    /// results the plan supports); every step is checked against it.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{AgreementError, Command, Parties, Plan, PlanEvent, Recorded, Terms};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
    /// # let terms: Terms = serde_json::from_str(r#"{"results": [{"id": "RHK-ADM-1",
    /// #   "statement": "Bahan laporan kinerja yang terhimpun tepat waktu", "supports": "RHK-SEK-1",
    /// #   "link": "indirect", "indicators": [{"statement": "Bahan laporan bidang yang terhimpun",
    /// #   "definition": {"id": "IKI-ADM-1", "unit": "dokumen", "polarity": "maximise",
    /// #   "targets": {"2026": {"value": "12"}}}}]}]}"#)?;
    /// let mut step = Plan::open(Parties::of(cascade.agency(), yoga)?, Year::new(2026)?, &yoga, day(5)?)?;
    /// let mut trail = std::mem::take(&mut step.events);
    /// step = step.plan.apply(&cascade, Command::Propose { terms }, &yoga, day(6)?)?;
    /// trail.append(&mut step.events);
    ///
    /// // The trail, stored as JSON and read back, makes the same plan.
    /// let json = serde_json::to_string(&trail)?;
    /// let stored: Vec<Recorded<PlanEvent>> = serde_json::from_str(&json)?;
    /// assert_eq!(Plan::replay(&stored, &cascade)?, step.plan);
    /// assert!(Plan::replay(&stored[1..], &cascade).is_err()); // a trail must start with the opening
    ///
    /// // A target for 2031 written into the stored proposal of a 2026 plan is refused, as
    /// // `apply` refuses it.
    /// let forged: Vec<Recorded<PlanEvent>> = serde_json::from_str(&json.replace("\"2026\"", "\"2031\""))?;
    /// assert!(matches!(Plan::replay(&forged, &cascade), Err(AgreementError::WrongYear { .. })));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`AgreementError::Opening`] when the events do not start with the opening or hold a
    /// second one; an error of [`Parties::check`]; [`AgreementError::AgreementNotRecorded`]
    /// when both parties confirmed and the next event is not the agreement
    /// [`Plan::apply`] recorded with the last confirmation;
    /// [`AgreementError::ReasonNotTaken`] for a reason on an event whose command takes
    /// none; and any error [`Plan::apply`] would have returned for an event.
    pub fn replay(
        events: &[Recorded<PlanEvent>],
        cascade: &Cascade,
    ) -> Result<Self, AgreementError> {
        let (first, rest) = events.split_first().ok_or(AgreementError::Opening)?;
        let mut plan = Self::opened(first)?;
        plan.0.parties.check(cascade.agency())?;
        let mut rest = rest.iter();
        while let Some(event) = rest.next() {
            plan = plan.step(cascade, event)?;
            if plan.awaits_agreement() {
                let agreement = rest.next().filter(|next| {
                    next.event == PlanEvent::Agreed
                        && next.on == event.on
                        && next.by == event.by
                        && next.why.is_none()
                });
                let Some(agreement) = agreement else {
                    return Err(AgreementError::AgreementNotRecorded {
                        employee: *plan.employee(),
                    });
                };
                plan = plan.evolve(agreement)?;
            }
        }
        Ok(plan)
    }

    fn opened(event: &Recorded<PlanEvent>) -> Result<Self, AgreementError> {
        let PlanEvent::Opened { parties, year } = &event.event else {
            return Err(AgreementError::Opening);
        };
        if event.why.is_some() {
            return Err(AgreementError::ReasonNotTaken {
                action: Action::Open,
            });
        }
        let role = parties
            .role_of(&event.by)
            .ok_or(AgreementError::NotAParty {
                employee: *parties.employee(),
                actor: event.by,
            })?;
        if !Action::Open.allows(role) {
            return Err(AgreementError::NotAllowed {
                action: Action::Open,
                role,
            });
        }
        Ok(Self(State {
            parties: *parties,
            year: *year,
            stage: Stage::Draft,
            terms: Terms::default(),
            counter: None,
            confirmed_by_employee: false,
            confirmed_by_leader: false,
            dispute: None,
            agreed: None,
            pending: None,
            revisions: Vec::new(),
            comments: Vec::new(),
            proposals: 0,
            last: event.on,
        }))
    }

    /// The role of `actor`, if the action is theirs to take now on `on`.
    fn permitted(
        &self,
        action: Action,
        actor: &EmployeeNumber,
        on: NaiveDate,
    ) -> Result<Role, AgreementError> {
        let role = self
            .0
            .parties
            .role_of(actor)
            .ok_or(AgreementError::NotAParty {
                employee: *self.employee(),
                actor: *actor,
            })?;
        if !action.allows(role) {
            return Err(AgreementError::NotAllowed { action, role });
        }
        if !action.fits(self.0.stage) {
            return Err(AgreementError::WrongStage {
                action,
                stage: self.0.stage,
            });
        }
        not_before(Some(self.0.last), on)?;
        Ok(role)
    }

    fn next_version(&self) -> u32 {
        self.0
            .agreed
            .as_ref()
            .map_or(1, |a| a.version.saturating_add(1))
    }

    /// The plan after one event: the same checks of actor, stage, date and reason as when
    /// it was decided, then the change.
    fn evolve(mut self, event: &Recorded<PlanEvent>) -> Result<Self, AgreementError> {
        self.evolve_mut(event, None)?;
        Ok(self)
    }

    /// One event, in place and all or nothing: every check first (actor, stage, date,
    /// reason, the command's own rule, then, with a cascade, the terms the event puts on
    /// the table), then the change. A refused event leaves the plan as it was, so no copy
    /// of the plan is needed to undo it.
    fn evolve_mut(
        &mut self,
        event: &Recorded<PlanEvent>,
        cascade: Option<&Cascade>,
    ) -> Result<(), AgreementError> {
        let action = event.event.action();
        if action == Action::Open {
            return Err(AgreementError::Opening);
        }
        let role = self.permitted(action, &event.by, event.on)?;
        let reason = if action.needs_reason() {
            Some(event.reason()?.to_owned())
        } else if event.why.is_some() {
            return Err(AgreementError::ReasonNotTaken { action });
        } else {
            None
        };
        let reason_text = || reason.clone().unwrap_or_default();
        let (employee, year) = (*self.employee(), self.0.year);
        // The terms an event puts on the table must fit the cascade: checked last, before
        // anything changes.
        let fits = |terms: &Terms| cascade.map_or(Ok(()), |c| terms.check(c, employee, year));
        let version = self.next_version();
        let s = &mut self.0;
        match &event.event {
            PlanEvent::Opened { .. } => return Err(AgreementError::Opening),
            PlanEvent::Drafted { terms } => s.terms = terms.clone(),
            PlanEvent::Proposed { terms } => {
                fits(terms)?;
                s.terms = terms.clone();
                s.counter = None;
                s.dispute = None;
                s.confirmed_by_employee = false;
                s.confirmed_by_leader = false;
                s.proposals = s.proposals.saturating_add(1);
                s.stage = Stage::Proposed;
            }
            PlanEvent::Commented { about, text } => {
                not_blank(text, Field::Text)?;
                s.comments.push(Comment {
                    by: event.by,
                    on: event.on,
                    about: about.clone(),
                    text: text.clone(),
                });
            }
            PlanEvent::CounterProposed { amendments } => {
                let counter = s.terms.amended(amendments)?;
                fits(&counter)?;
                s.counter = Some(counter);
                s.confirmed_by_employee = false;
                s.confirmed_by_leader = false;
                s.stage = Stage::Negotiation;
            }
            PlanEvent::CounterAccepted => {
                s.terms = s.counter.take().ok_or(AgreementError::NoCounter)?;
                s.confirmed_by_employee = true;
                s.confirmed_by_leader = false;
            }
            PlanEvent::Confirmed => {
                let already = match role {
                    Role::Employee => &mut s.confirmed_by_employee,
                    _ => &mut s.confirmed_by_leader,
                };
                if *already || s.counter.is_some() {
                    return Err(AgreementError::CannotConfirm { role });
                }
                *already = true;
            }
            PlanEvent::Agreed => {
                if !(s.confirmed_by_employee && s.confirmed_by_leader) {
                    return Err(AgreementError::NotConfirmed);
                }
                s.agreed = Some(AgreedTerms {
                    terms: s.terms.clone(),
                    on: event.on,
                    version,
                    settled: false,
                });
                s.dispute = None;
                s.stage = Stage::Agreed;
            }
            PlanEvent::Disputed => {
                if s.parties.settler().is_none() {
                    return Err(AgreementError::NoSettler {
                        employee: *s.parties.employee(),
                    });
                }
                s.dispute = Some(Dispute {
                    by: event.by,
                    on: event.on,
                    reason: reason_text(),
                });
                s.stage = Stage::Negotiation;
            }
            PlanEvent::Settled { amendments } => {
                if s.dispute.is_none() {
                    return Err(AgreementError::NotDisputed);
                }
                let terms = s.terms.amended(amendments)?;
                fits(&terms)?;
                s.terms = terms.clone();
                s.agreed = Some(AgreedTerms {
                    terms,
                    on: event.on,
                    version,
                    settled: true,
                });
                s.counter = None;
                s.dispute = None;
                s.stage = Stage::Agreed;
            }
            PlanEvent::Activated => s.stage = Stage::Active,
            PlanEvent::RevisionRequested { amendments } => {
                let agreed =
                    s.agreed
                        .as_ref()
                        .map(|a| &a.terms)
                        .ok_or(AgreementError::NotAgreed {
                            employee,
                            stage: s.stage,
                        })?;
                let terms = agreed.amended(amendments)?;
                fits(&terms)?;
                s.pending = Some(RevisionRequest {
                    by: event.by,
                    on: event.on,
                    reason: reason_text(),
                    amendments: amendments.clone(),
                    terms,
                });
                s.stage = Stage::RevisionRequested;
            }
            PlanEvent::RevisionDecided { approved } => {
                let asked_by = s.pending.as_ref().map(|r| r.by);
                let Some(asked_by) = asked_by else {
                    return Err(AgreementError::WrongStage {
                        action,
                        stage: s.stage,
                    });
                };
                if asked_by == event.by {
                    return Err(AgreementError::OwnRevision { role });
                }
                let Some(request) = s.pending.take() else {
                    return Err(AgreementError::WrongStage {
                        action,
                        stage: s.stage,
                    });
                };
                if *approved {
                    s.terms = request.terms.clone();
                    s.agreed = Some(AgreedTerms {
                        terms: request.terms.clone(),
                        on: event.on,
                        version,
                        settled: role == Role::Settler,
                    });
                }
                s.revisions.push(Revision {
                    request,
                    decided_by: event.by,
                    decided_on: event.on,
                    approved: *approved,
                    reason: reason_text(),
                });
                s.stage = Stage::Active;
            }
            PlanEvent::Closed => s.stage = Stage::Closed,
        }
        s.last = event.on;
        Ok(())
    }
}
