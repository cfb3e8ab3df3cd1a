//! Where a plan is, and what a command or event does.

use super::role::Role;
use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// Where a plan (SKP) is in its year.
///
/// ```text
/// draft ──propose──► proposed ──counter-propose──► negotiation ──┐
///   ▲                   │  ▲                          │   ▲       │ both confirm,
///   └── (employee)      │  └────────revise────────────┘   │       │ or the leader's
///                       └──────────both confirm───────────┼──►  agreed   leader settles
///                                                          │       │
///                                                          │  activate (locked)
///                                                          │       ▼
///              closed ◄──close── active ◄──decide── revision requested
///                                  └──────request revision──────┘
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Konsep: the employee is writing it.
    Draft,
    /// Diusulkan: the employee proposed it; the leader reads it.
    Proposed,
    /// Negosiasi: the leader commented or counter-proposed; the employee accepts or revises.
    Negotiation,
    /// Disepakati: both confirmed the same terms (or the leader's leader settled them).
    Agreed,
    /// Berjalan: locked for the period; it changes only through a decided revision.
    Active,
    /// Perubahan diajukan: a revision was asked for and waits for a decision.
    RevisionRequested,
    /// Ditutup: closed for the year's evaluation.
    Closed,
}

impl Stage {
    /// Whether the plan has been agreed (and so may be evaluated).
    #[must_use]
    pub const fn is_agreed(self) -> bool {
        matches!(
            self,
            Self::Agreed | Self::Active | Self::RevisionRequested | Self::Closed
        )
    }
}

impl Labelled for Stage {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Draft, Language::Indonesian) => "konsep",
            (Self::Proposed, Language::Indonesian) => "diusulkan",
            (Self::Negotiation, Language::Indonesian) => "dalam negosiasi",
            (Self::Agreed, Language::Indonesian) => "disepakati",
            (Self::Active, Language::Indonesian) => "berjalan (terkunci)",
            (Self::RevisionRequested, Language::Indonesian) => "perubahan diajukan",
            (Self::Closed, Language::Indonesian) => "ditutup untuk penilaian",
            (Self::Draft, Language::English) => "a draft",
            (Self::Proposed, Language::English) => "proposed",
            (Self::Negotiation, Language::English) => "in negotiation",
            (Self::Agreed, Language::English) => "agreed",
            (Self::Active, Language::English) => "active (locked)",
            (Self::RevisionRequested, Language::English) => "waiting on a revision",
            (Self::Closed, Language::English) => "closed for evaluation",
        }
    }
}

crate::label::display_in_english!(Stage);

/// What a command or event does, named in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Action {
    /// Open a plan.
    Open,
    /// Write the draft.
    Draft,
    /// Propose the terms.
    Propose,
    /// Comment.
    Comment,
    /// Counter-propose targets or weights.
    CounterPropose,
    /// Accept the counter-proposal.
    AcceptCounter,
    /// Confirm the terms on the table.
    Confirm,
    /// Record the agreement.
    Agree,
    /// Raise a dispute.
    Dispute,
    /// Settle a dispute.
    Settle,
    /// Activate (lock) the plan.
    Activate,
    /// Ask for a revision.
    RequestRevision,
    /// Decide a revision.
    DecideRevision,
    /// Close the plan for evaluation.
    Close,
}

impl Labelled for Action {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Open, Language::Indonesian) => "membuka rencana",
            (Self::Draft, Language::Indonesian) => "menyusun konsep",
            (Self::Propose, Language::Indonesian) => "mengusulkan rencana",
            (Self::Comment, Language::Indonesian) => "memberi komentar",
            (Self::CounterPropose, Language::Indonesian) => "mengajukan usulan tandingan",
            (Self::AcceptCounter, Language::Indonesian) => "menerima usulan tandingan",
            (Self::Confirm, Language::Indonesian) => "mengonfirmasi",
            (Self::Agree, Language::Indonesian) => "menyepakati",
            (Self::Dispute, Language::Indonesian) => "menyatakan tidak sepakat",
            (Self::Settle, Language::Indonesian) => "memutuskan perselisihan",
            (Self::Activate, Language::Indonesian) => "mengunci rencana",
            (Self::RequestRevision, Language::Indonesian) => "mengajukan perubahan",
            (Self::DecideRevision, Language::Indonesian) => "memutuskan perubahan",
            (Self::Close, Language::Indonesian) => "menutup rencana",
            (Self::Open, Language::English) => "open a plan",
            (Self::Draft, Language::English) => "write the draft",
            (Self::Propose, Language::English) => "propose the plan",
            (Self::Comment, Language::English) => "comment",
            (Self::CounterPropose, Language::English) => "counter-propose",
            (Self::AcceptCounter, Language::English) => "accept the counter-proposal",
            (Self::Confirm, Language::English) => "confirm",
            (Self::Agree, Language::English) => "agree",
            (Self::Dispute, Language::English) => "raise a dispute",
            (Self::Settle, Language::English) => "settle a dispute",
            (Self::Activate, Language::English) => "lock the plan",
            (Self::RequestRevision, Language::English) => "ask for a revision",
            (Self::DecideRevision, Language::English) => "decide a revision",
            (Self::Close, Language::English) => "close the plan",
        }
    }
}

crate::label::display_in_english!(Action);

impl Action {
    /// Who may take the action.
    pub(super) const fn allows(self, role: Role) -> bool {
        use Role::{Employee, Leader, Settler};
        match self {
            Self::Draft | Self::Propose | Self::AcceptCounter => matches!(role, Employee),
            Self::CounterPropose | Self::Activate | Self::Close => matches!(role, Leader),
            Self::Settle => matches!(role, Settler),
            Self::Open | Self::Confirm | Self::Agree | Self::Dispute | Self::RequestRevision => {
                matches!(role, Employee | Leader)
            }
            Self::Comment | Self::DecideRevision => true,
        }
    }

    /// In which stages the action may be taken.
    pub(super) const fn fits(self, stage: Stage) -> bool {
        use Stage::{Active, Agreed, Closed, Draft, Negotiation, Proposed, RevisionRequested};
        match self {
            Self::Open => false,
            Self::Draft => matches!(stage, Draft),
            Self::Propose => matches!(stage, Draft | Proposed | Negotiation),
            Self::Comment => !matches!(stage, Closed),
            Self::AcceptCounter => matches!(stage, Negotiation),
            Self::CounterPropose | Self::Confirm | Self::Agree | Self::Dispute | Self::Settle => {
                matches!(stage, Proposed | Negotiation)
            }
            Self::Activate => matches!(stage, Agreed),
            Self::RequestRevision | Self::Close => matches!(stage, Active),
            Self::DecideRevision => matches!(stage, RevisionRequested),
        }
    }

    /// Whether the action must say why.
    pub(super) const fn needs_reason(self) -> bool {
        matches!(
            self,
            Self::CounterPropose
                | Self::Dispute
                | Self::Settle
                | Self::RequestRevision
                | Self::DecideRevision
        )
    }
}
