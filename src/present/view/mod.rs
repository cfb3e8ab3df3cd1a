//! Views for front ends: each result as a serialisable value a screen or a report shows as
//! it is, with labels in the caller's language, the statements of nodes and indicators,
//! names, and figures written for people (`91,67 %`) beside their exact values.
//!
//! A view is made from a result and the cascade it came from; it computes nothing, so it
//! always says what the result says.

mod agreement;
mod appraisal;
mod common;
mod development;
mod feedback;
mod forum;
mod names;
mod objection;
mod organisation;
mod unit;
mod year;

pub use agreement::{
    AgreedIndicatorView, AgreedResultView, AgreementView, ChangeView, TrailEntryView,
};
pub use appraisal::{
    AppraisalView, BehaviourValueView, EmployeeView, ImprovementAreaView, IndicatorPeriodView,
    IndicatorView, PeriodFigureView, PeriodView, ResultView,
};
pub(crate) use common::share_percent;
pub use common::{DateView, FigureView, LabelView, NamedView, PersonView, Style, TargetView};
pub use development::{
    AssessmentNeedView, AssessmentNeedsView, CauseView, ClosedView, CompetencyMatchView,
    CompetencyNeedsView, CoverageView, DevelopmentPlanView, EmployeePlanView, GoalNeedsView,
    GoalView, HeldBackView, JpmRulesView, JpmView, NeedView, NeedsView, OpenNeedView,
    PlannedProgrammeView, ProgrammeNeedsView, ScopeNeedsView, TrainingNeedsView,
};
pub use feedback::{AboutView, FeedbackEntryView, FeedbackLogView};
pub use forum::{ForumChangeView, ForumView, ParticipationView, SuggestionView};
pub use names::PeriodTargetView;
pub use objection::{ObjectionDecisionView, ObjectionView};
pub use organisation::{
    DistributionView, ObjectiveView, OrganisationView, PredicateCountView, QuotaView,
};
pub use unit::{UnitIndicatorView, UnitSummaryView};
pub use year::{AgencyYearView, CalibrationView, EmployeeYearView, PeriodicView};
