//! A reason given for a decision: never blank.

use super::error::EvaluationError;
use crate::text::is_blank;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a leader decided something (an override of a rating, the organisation's predicate):
/// a text that is not blank. Appraisals are appealed; a decision without its reason cannot
/// be defended.
///
/// On the wire: a string.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::Reason;
/// let reason = Reason::new("Target triwulan I terganggu banjir")?;
/// assert_eq!(reason.as_str(), "Target triwulan I terganggu banjir");
/// assert!(Reason::new(" \n").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Reason(String);

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    Reason,
    schemars::json_schema!({
        "type": "string",
        "minLength": 1,
        "description": "Why a leader decided something; not blank (white space alone is refused)."
    })
);

impl Serialize for Reason {
    /// As its text, borrowed.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl Reason {
    /// A reason.
    ///
    /// # Errors
    /// [`EvaluationError::BlankReason`] when the text is empty or only white space.
    pub fn new(text: impl Into<String>) -> Result<Self, EvaluationError> {
        let text = text.into();
        if is_blank(&text) {
            return Err(EvaluationError::BlankReason);
        }
        Ok(Self(text))
    }

    /// The reason's text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Reason {
    type Error = EvaluationError;
    fn try_from(text: String) -> Result<Self, EvaluationError> {
        Self::new(text)
    }
}

impl From<Reason> for String {
    fn from(reason: Reason) -> Self {
        reason.0
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
