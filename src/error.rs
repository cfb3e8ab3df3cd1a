//! The crate's one error type, wrapping the error of every stage.

use crate::agreement::AgreementError;
use crate::cascade::CascadeError;
use crate::development::DevelopmentError;
use crate::evaluation::{EvaluationError, InvalidInputs};
use crate::id::{
    CompetencyId, IdError, IndicatorId, MissionId, NodeId, PositionId, ProgrammeId, UnitId,
};
use crate::label::Language;
use crate::measure::MeasureError;
use crate::nip::{EmployeeNumber, EmployeeNumberError};
use crate::num::ValueError;
use crate::org::{AgencyError, Subject};
use crate::period::PeriodError;
use crate::present::PictureError;
use crate::scoring::{BandError, Part, ScoringError, Weighed};
use thiserror::Error;

/// Any error of this crate, for callers who handle them in one place.
///
/// Each stage owns its error type and this wraps each once. A stage's error wraps the error
/// of the stage below that it passes on (an [`EvaluationError`] may carry a
/// [`ScoringError`], which may carry a [`MeasureError`]), so every error is reachable one
/// way only, along the flow; [`Error::kind`] names what went wrong whatever the nesting.
///
/// ```
/// use kinerja::{Error, ErrorKind, ErrorSubject, Language};
/// use kinerja::prelude::*;
/// let error: Error = IndicatorDefinition::builder(IndicatorId::new("IKI-1")?, "dokumen", Polarity::Maximise)
///     .build()
///     .map_err(Error::from)
///     .unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::Definition);
/// assert_eq!(error.subject(), Some(ErrorSubject::Indicator(IndicatorId::new("IKI-1")?)));
/// assert_eq!(error.describe(Language::Indonesian), "indikator `IKI-1`: tidak punya target");
/// assert_eq!(error.describe(Language::English), "indicator `IKI-1`: it has no target");
/// # Ok::<(), kinerja::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// See [`ValueError`].
    #[error(transparent)]
    Value(#[from] ValueError),
    /// See [`IdError`].
    #[error(transparent)]
    Id(#[from] IdError),
    /// See [`EmployeeNumberError`].
    #[error(transparent)]
    EmployeeNumber(#[from] EmployeeNumberError),
    /// See [`PeriodError`].
    #[error(transparent)]
    Period(#[from] PeriodError),
    /// See [`AgencyError`].
    #[error(transparent)]
    Organisation(#[from] AgencyError),
    /// See [`CascadeError`].
    #[error(transparent)]
    Cascade(#[from] CascadeError),
    /// See [`MeasureError`].
    #[error(transparent)]
    Measure(#[from] MeasureError),
    /// See [`ScoringError`].
    #[error(transparent)]
    Scoring(#[from] ScoringError),
    /// See [`AgreementError`].
    #[error(transparent)]
    Agreement(#[from] AgreementError),
    /// See [`EvaluationError`].
    #[error(transparent)]
    Evaluation(#[from] EvaluationError),
    /// See [`DevelopmentError`].
    #[error(transparent)]
    Development(#[from] DevelopmentError),
    /// See [`PictureError`].
    #[error(transparent)]
    Picture(#[from] PictureError),
}

impl From<BandError> for Error {
    fn from(error: BandError) -> Self {
        Self::Scoring(ScoringError::Band(error))
    }
}

impl From<InvalidInputs> for Error {
    fn from(problems: InvalidInputs) -> Self {
        Self::Evaluation(EvaluationError::InvalidInputs(problems))
    }
}

/// What kind of thing went wrong, whatever stage passed the error on: for a service that
/// answers each kind differently (a form to correct, a rule to fix, a figure to check).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A value, id, employee number or period that is not one: correct the input.
    InvalidValue,
    /// The agency's units, positions and employees do not fit together.
    Organisation,
    /// The performance tree breaks a rule (levels, alignment, weights, limits).
    Cascade,
    /// An indicator definition breaks a rule, or is missing or repeated.
    Definition,
    /// Realisations cannot be read against their targets (missing, repeated, negative,
    /// for a period without a target).
    Realisation,
    /// Weights, plans, band tables or value maps that cannot be used as given.
    Scoring,
    /// Evaluation rules that cannot be used, or an evaluation that cannot be made as asked.
    Evaluation,
    /// An agency's records with problems, every one listed
    /// ([`InvalidInputs`](crate::evaluation::InvalidInputs)).
    Inputs,
    /// A formula left the range of exact decimals; the error names the formula.
    Overflow,
    /// Competencies, standards, assessments or development rules that cannot be used.
    Development,
    /// A command on a plan, a forum or a feedback entry refused: the wrong person, the
    /// wrong stage, a date going backwards, a plan not agreed.
    Agreement,
    /// A picture asked of something it cannot draw: a subtree of a node not in the tree,
    /// reports of different teams compared.
    Picture,
}

/// The id an error concerns, whatever stage it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorSubject {
    /// The agency as a whole.
    Agency,
    /// A mission.
    Mission(MissionId),
    /// A unit.
    Unit(UnitId),
    /// A position.
    Position(PositionId),
    /// An employee.
    Employee(EmployeeNumber),
    /// A node of the performance tree.
    Node(NodeId),
    /// An indicator.
    Indicator(IndicatorId),
    /// A competency.
    Competency(CompetencyId),
    /// A development programme.
    Programme(ProgrammeId),
}

impl Error {
    /// What kind of thing went wrong.
    #[must_use]
    pub const fn kind(&self) -> ErrorKind {
        match self {
            Self::Value(_) | Self::Id(_) | Self::EmployeeNumber(_) | Self::Period(_) => {
                ErrorKind::InvalidValue
            }
            Self::Organisation(_) => ErrorKind::Organisation,
            Self::Cascade(_) => ErrorKind::Cascade,
            Self::Measure(error) => measure_kind(error),
            Self::Scoring(error) => scoring_kind(error),
            Self::Agreement(error) => agreement_kind(error),
            Self::Evaluation(error) => evaluation_kind(error),
            Self::Development(_) => ErrorKind::Development,
            Self::Picture(_) => ErrorKind::Picture,
        }
    }

    /// The id the error concerns, where it names one.
    #[must_use]
    pub fn subject(&self) -> Option<ErrorSubject> {
        match self {
            Self::Value(_) | Self::Id(_) | Self::EmployeeNumber(_) | Self::Period(_) => None,
            Self::Organisation(error) => organisation_subject(error),
            Self::Cascade(error) => cascade_subject(error),
            Self::Measure(error) => Some(ErrorSubject::Indicator(error.indicator().clone())),
            Self::Scoring(error) => scoring_subject(error),
            Self::Agreement(error) => agreement_subject(error),
            Self::Evaluation(error) => evaluation_subject(error),
            Self::Development(error) => development_subject(error),
            Self::Picture(PictureError::UnknownNode { node }) => {
                Some(ErrorSubject::Node(node.clone()))
            }
            Self::Picture(_) => None,
        }
    }

    /// The error in Indonesian or English, for the person who must act on it.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match self {
            Self::Value(error) => error.describe(language),
            Self::Id(error) => error.describe(language),
            Self::EmployeeNumber(error) => error.describe(language),
            Self::Period(error) => error.describe(language),
            Self::Organisation(error) => error.describe(language),
            Self::Cascade(error) => error.describe(language),
            Self::Measure(error) => error.describe(language),
            Self::Scoring(error) => error.describe(language),
            Self::Agreement(error) => error.describe(language),
            Self::Evaluation(error) => error.describe(language),
            Self::Development(error) => error.describe(language),
            Self::Picture(error) => error.describe(language),
        }
    }
}

const fn measure_kind(error: &MeasureError) -> ErrorKind {
    match error {
        MeasureError::InvalidDefinition { .. }
        | MeasureError::DuplicateDefinition { .. }
        | MeasureError::UnknownIndicator { .. }
        | MeasureError::TargetKind { .. } => ErrorKind::Definition,
        MeasureError::Overflow { .. } => ErrorKind::Overflow,
        _ => ErrorKind::Realisation,
    }
}

const fn scoring_kind(error: &ScoringError) -> ErrorKind {
    match error {
        ScoringError::Measure(error) => measure_kind(error),
        ScoringError::Overflow { .. } => ErrorKind::Overflow,
        _ => ErrorKind::Scoring,
    }
}

const fn agreement_kind(error: &AgreementError) -> ErrorKind {
    match error {
        AgreementError::Cascade(_) => ErrorKind::Cascade,
        AgreementError::Measure(error) => measure_kind(error),
        AgreementError::Scoring(error) => scoring_kind(error),
        _ => ErrorKind::Agreement,
    }
}

const fn evaluation_kind(error: &EvaluationError) -> ErrorKind {
    match error {
        EvaluationError::Scoring(error) => scoring_kind(error),
        EvaluationError::Agreement(error) => agreement_kind(error),
        EvaluationError::InvalidInputs(_) => ErrorKind::Inputs,
        EvaluationError::Overflow { .. } => ErrorKind::Overflow,
        _ => ErrorKind::Evaluation,
    }
}

fn organisation_subject(error: &AgencyError) -> Option<ErrorSubject> {
    let subject = match error {
        AgencyError::BlankText { subject, .. }
        | AgencyError::Duplicate { subject }
        | AgencyError::UnknownUnit { subject, .. }
        | AgencyError::UnknownPosition { subject, .. } => subject.clone(),
        AgencyError::UnitCycle { unit } => Subject::Unit(unit.clone()),
        AgencyError::ReportingCycle { position } => Subject::Position(position.clone()),
        _ => Subject::Agency,
    };
    Some(match subject {
        Subject::Mission(id) => ErrorSubject::Mission(id),
        Subject::Unit(id) => ErrorSubject::Unit(id),
        Subject::Position(id) => ErrorSubject::Position(id),
        Subject::Employee(number) => ErrorSubject::Employee(number),
        _ => ErrorSubject::Agency,
    })
}

fn cascade_subject(error: &CascadeError) -> Option<ErrorSubject> {
    Some(match error {
        CascadeError::TooManyNodes { .. } => return None,
        CascadeError::Problems { problems } => return problems.first().and_then(cascade_subject),
        CascadeError::PartialWeights { parent, .. } | CascadeError::WeightTotal { parent, .. } => {
            return parent.clone().map(ErrorSubject::Node);
        }
        CascadeError::PartialPlanWeights { employee, .. }
        | CascadeError::PlanWeightTotal { employee, .. } => ErrorSubject::Employee(*employee),
        CascadeError::UnknownLeader { position } => ErrorSubject::Position(position.clone()),
        CascadeError::DuplicateNode { node }
        | CascadeError::DuplicateIndicator { node, .. }
        | CascadeError::BlankText { node, .. }
        | CascadeError::UnknownParent { node, .. }
        | CascadeError::UnknownOwner { node, .. }
        | CascadeError::UnknownMission { node, .. }
        | CascadeError::Cycle { node }
        | CascadeError::TooDeep { node, .. }
        | CascadeError::Level { node, .. }
        | CascadeError::NotSuperiorsResult { node, .. }
        | CascadeError::PartialIndicatorWeights { node, .. }
        | CascadeError::IndicatorWeightTotal { node, .. } => ErrorSubject::Node(node.clone()),
    })
}

fn part_subject(part: &Part) -> Option<ErrorSubject> {
    match part {
        Part::Result(node) | Part::Objective(node) => Some(ErrorSubject::Node(node.clone())),
        Part::Indicator(indicator) => Some(ErrorSubject::Indicator(indicator.clone())),
        Part::Numbered { of, .. } => weighed_subject(of),
    }
}

fn weighed_subject(of: &Weighed) -> Option<ErrorSubject> {
    match of {
        Weighed::Indicators(node) => Some(ErrorSubject::Node(node.clone())),
        _ => None,
    }
}

fn scoring_subject(error: &ScoringError) -> Option<ErrorSubject> {
    match error {
        ScoringError::Measure(error) => Some(ErrorSubject::Indicator(error.indicator().clone())),
        ScoringError::UnitMismatch { node, .. } => Some(ErrorSubject::Node(node.clone())),
        ScoringError::NegativeWeight { part, .. }
        | ScoringError::MissingPart { part, .. }
        | ScoringError::RepeatedInPlan { part }
        | ScoringError::StatementOfUnknownPart { part } => part_subject(part),
        ScoringError::WeightsNotWhole { of, .. }
        | ScoringError::AllZeroWeights { of }
        | ScoringError::EmptySet { of }
        | ScoringError::NothingMeasured { of } => weighed_subject(of),
        ScoringError::UnknownEmployee { employee } => Some(ErrorSubject::Employee(*employee)),
        ScoringError::NotInPlan { indicator } | ScoringError::Unreachable { indicator, .. } => {
            Some(ErrorSubject::Indicator(indicator.clone()))
        }
        _ => None,
    }
}

fn agreement_subject(error: &AgreementError) -> Option<ErrorSubject> {
    match error {
        AgreementError::Cascade(error) => cascade_subject(error),
        AgreementError::Measure(error) => Some(ErrorSubject::Indicator(error.indicator().clone())),
        AgreementError::Scoring(error) => scoring_subject(error),
        AgreementError::Orphan { result }
        | AgreementError::NoIndicator { result }
        | AgreementError::UnknownResult { result } => Some(ErrorSubject::Node(result.clone())),
        AgreementError::UnknownNode { node } | AgreementError::NotTheUnits { node, .. } => {
            Some(ErrorSubject::Node(node.clone()))
        }
        AgreementError::UnknownIndicator { indicator }
        | AgreementError::WrongYear { indicator, .. } => {
            Some(ErrorSubject::Indicator(indicator.clone()))
        }
        AgreementError::UnknownUnit { unit } => Some(ErrorSubject::Unit(unit.clone())),
        other => other.employee().map(|e| ErrorSubject::Employee(*e)),
    }
}

fn evaluation_subject(error: &EvaluationError) -> Option<ErrorSubject> {
    match error {
        EvaluationError::Scoring(error) => scoring_subject(error),
        EvaluationError::Agreement(error) => agreement_subject(error),
        other => other.employee().map(|e| ErrorSubject::Employee(*e)),
    }
}

fn development_subject(error: &DevelopmentError) -> Option<ErrorSubject> {
    match error {
        DevelopmentError::DuplicateCompetency { competency }
        | DevelopmentError::BlankName { competency }
        | DevelopmentError::UnknownCompetency { competency }
        | DevelopmentError::RepeatedSoftSkillCompetency { competency, .. } => {
            Some(ErrorSubject::Competency(competency.clone()))
        }
        DevelopmentError::NoStandard { position }
        | DevelopmentError::UnknownPosition { position } => {
            Some(ErrorSubject::Position(position.clone()))
        }
        DevelopmentError::UnknownEmployee { employee }
        | DevelopmentError::DuplicateEmployee { employee }
        | DevelopmentError::DuplicateNeed { employee, .. }
        | DevelopmentError::UnknownCompletedProgramme { employee, .. }
        | DevelopmentError::Overflow {
            sum:
                crate::development::PlanSum::EmployeeCost { employee }
                | crate::development::PlanSum::EmployeeJp { employee },
        } => Some(ErrorSubject::Employee(*employee)),
        DevelopmentError::DuplicateProgramme { programme }
        | DevelopmentError::BlankProgrammeName { programme }
        | DevelopmentError::NegativeCost { programme, .. }
        | DevelopmentError::UnknownProgramme { programme, .. }
        | DevelopmentError::PrerequisiteCycle { programme }
        | DevelopmentError::PrerequisiteAboveLevelGained { programme, .. } => {
            Some(ErrorSubject::Programme(programme.clone()))
        }
        _ => None,
    }
}
