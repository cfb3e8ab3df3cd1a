//! The crate's one error type, wrapping the error of every stage.

use crate::cascade::CascadeError;
use crate::evaluation::{EvaluationError, InvalidInputs};
use crate::id::IdError;
use crate::measure::MeasureError;
use crate::nip::EmployeeNumberError;
use crate::num::ValueError;
use crate::org::AgencyError;
use crate::period::PeriodError;
use crate::scoring::{BandError, ScoringError};
use thiserror::Error;

/// Any error of this crate, for callers who handle them in one place.
///
/// Each stage owns its error type and this wraps each once. A stage's error wraps the error
/// of the stage below it that it passed on (an [`EvaluationError`] may carry a
/// [`ScoringError`], which may carry a [`MeasureError`]), so every error is reachable one
/// way only, along the flow.
///
/// ```
/// fn load() -> Result<kinerja::Cascade, kinerja::Error> {
///     kinerja::sample::siulak_cascade()
/// }
/// # fn main() -> Result<(), kinerja::Error> { load().map(|_| ()) }
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
    /// See [`EvaluationError`].
    #[error(transparent)]
    Evaluation(#[from] EvaluationError),
    /// See [`InvalidInputs`].
    #[error(transparent)]
    Inputs(#[from] InvalidInputs),
}

impl From<BandError> for Error {
    fn from(error: BandError) -> Self {
        Self::Scoring(ScoringError::Band(error))
    }
}
