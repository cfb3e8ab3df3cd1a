//! One employee as calibration sees them: the score, the predicate proposed, and the
//! figures a tie rule may read.

use super::rating::{Predicate, Rating};
use crate::decimal_text;
use crate::nip::EmployeeNumber;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One employee as calibration sees them: a score and the predicate proposed, and the
/// figures a tie rule may read.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::evaluation::CalibrationEntry> = serde_json::from_str(r#"
/// [
///   {
///     "employee": {
///       "kind": "pns",
///       "number": "197601012002121004"
///     },
///     "score": "100",
///     "proposed": "good"
///   },
///   {
///     "employee": {
///       "kind": "pns",
///       "number": "197811222003122002"
///     },
///     "score": "100",
///     "proposed": "good"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CalibrationEntry {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The score that orders employees (a higher score never ends below a lower one).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
    /// The predicate the leader proposed.
    pub proposed: Predicate,
    /// The achievement before rounding, read by [`TieRule::UnroundedThenBehaviour`](crate::evaluation::TieRule::UnroundedThenBehaviour) among
    /// equal scores; none where not given.
    #[serde(
        default,
        with = "decimal_text::optional",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub unrounded: Option<Decimal>,
    /// The behaviour rating, read by [`TieRule::UnroundedThenBehaviour`](crate::evaluation::TieRule::UnroundedThenBehaviour) among equal
    /// scores; none where not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behaviour: Option<Rating>,
}

crate::objects_only::objects_only!(CalibrationEntry);

impl CalibrationEntry {
    /// An entry with a score and a proposal, without the figures a tie rule reads.
    #[must_use]
    pub const fn new(employee: EmployeeNumber, score: Decimal, proposed: Predicate) -> Self {
        Self {
            employee,
            score,
            proposed,
            unrounded: None,
            behaviour: None,
        }
    }

    /// The same entry with the figures [`TieRule::UnroundedThenBehaviour`](crate::evaluation::TieRule::UnroundedThenBehaviour) reads.
    #[must_use]
    pub const fn with_figures(mut self, unrounded: Decimal, behaviour: Rating) -> Self {
        self.unrounded = Some(unrounded);
        self.behaviour = Some(behaviour);
        self
    }
}
