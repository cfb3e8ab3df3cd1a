//! The crate's one error type, wrapping the error of every stage.

use crate::cascade::CascadeError;
use crate::error::{
    AgencyError, BandError, EmployeeNumberError, IdError, IndicatorError, PeriodError,
    ScoringError, ValueError,
};
use crate::evaluation::EvaluationError;
use thiserror::Error;

/// Any error of this crate, for callers who handle them in one place.
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
    Agency(#[from] AgencyError),
    /// See [`CascadeError`].
    #[error(transparent)]
    Cascade(#[from] CascadeError),
    /// See [`BandError`].
    #[error(transparent)]
    Band(#[from] BandError),
    /// See [`IndicatorError`].
    #[error(transparent)]
    Indicator(#[from] IndicatorError),
    /// See [`ScoringError`].
    #[error(transparent)]
    Scoring(#[from] ScoringError),
    /// See [`EvaluationError`].
    #[error(transparent)]
    Evaluation(#[from] EvaluationError),
    /// See [`InvalidInputs`](crate::InvalidInputs).
    #[error(transparent)]
    Inputs(#[from] crate::evaluation::InvalidInputs),
}
