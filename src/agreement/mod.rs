//! Agreement (participation): employees propose their plans and negotiate their targets with
//! their leader, the agreed plan is locked for the period and revised only by a recorded
//! decision; staff forums across ranks; the continuous feedback log; and the audit trail of
//! who changed what, when and why. Start with a [`Plan`] and the [`Command`]s applied to it
//! ([`Plan::apply`] returns the events to keep); [`Forum`] and [`FeedbackLog`] stand beside it.
//!
//! Everything is a pure function over data the caller keeps: no clock (dates come with each
//! command and never go backwards) and no storage (the caller appends the events each step
//! returns, and [`Plan::replay`] rebuilds the plan from them).
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use kinerja::agreement::*;
//! use kinerja::cascade::LinkKind;
//! use kinerja::measure::Target;
//! use kinerja::prelude::*;
//! let cascade = kinerja::sample::siulak_cascade()?;
//! let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
//! let parties = Parties::of(cascade.agency(), yoga)?;
//! let leader = *parties.leader();
//! let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
//! let year = Year::new(2026)?;
//! let q1: Period = "2026-Q1".parse()?;
//!
//! let indicator = IndicatorDefinition::builder(IndicatorId::new("IKI-ADM-1")?, "dokumen", Polarity::Maximise)
//!     .target(year.as_period(), Target::Value(12.into()))
//!     .build()?;
//! let terms = Terms { results: vec![ProposedResult {
//!     id: NodeId::new("RHK-ADM-1")?,
//!     statement: "Bahan laporan kinerja yang terhimpun tepat waktu".into(),
//!     supports: Some(NodeId::new("RHK-SEK-1")?),
//!     link: LinkKind::Indirect, category: Default::default(), weight: None, contribution: None,
//!     indicators: vec![ProposedIndicator {
//!         statement: "Bahan laporan bidang yang terhimpun".into(), weight: None, definition: indicator,
//!     }],
//! }]};
//!
//! let mut trail = Vec::new();
//! let mut step = Plan::open(parties, year, &yoga, day(5)?)?;
//! for (command, by, on) in [
//!     (Command::Propose { terms }, yoga, day(6)?),
//!     (Command::CounterPropose {
//!         amendments: vec![Amendment::Target { indicator: IndicatorId::new("IKI-ADM-1")?,
//!             period: year.as_period(), target: Target::Value(16.into()) }],
//!         reason: "Empat bidang, masing-masing tiap triwulan".into() }, leader, day(8)?),
//!     (Command::AcceptCounter, yoga, day(9)?),
//!     (Command::Confirm, leader, day(9)?),
//!     (Command::Activate, leader, day(12)?),
//! ] {
//!     trail.extend(step.events);
//!     step = step.plan.apply(&cascade, command, &by, on)?;
//! }
//! trail.extend(step.events);
//! assert_eq!(step.plan.stage(), Stage::Active);
//! assert_eq!(Plan::replay(&trail, &cascade)?, step.plan);
//! let scored = step.plan.scoring_plan()?.ok_or("no main result")?;
//! assert!(scored.is_due(year.as_period()) && !scored.is_due(q1));
//! # Ok(()) }
//! ```

mod agreed;
mod error;
mod feedback;
mod forum;
mod machine;
mod parties;
mod plan;
mod role;
mod stage;
mod terms;
mod trail;

pub use agreed::{AgreedPlans, agreed_plans};
pub(crate) use error::named;
pub use error::{AgreementError, Field};
pub use feedback::{About, FeedbackEntry, FeedbackKind, FeedbackLog};
pub use forum::{
    Adoption, AdoptionStatus, Fate, Forum, ForumChange, ForumRevision, Participation, Suggestion,
    Topic, participation,
};
pub use machine::{Command, PlanEvent, Step};
pub use parties::Parties;
pub use plan::{AgreedTerms, Comment, Dispute, Plan, Revision, RevisionRequest};
pub use role::Role;
pub use stage::{Action, Stage};
pub use terms::{Amendment, ProposedIndicator, ProposedResult, Terms};
pub use trail::Recorded;
pub(crate) use trail::not_before as trail_order;
