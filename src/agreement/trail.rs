//! The audit trail: every change is a dated event naming who made it and why.

use super::error::{AgreementError, Field};
use crate::nip::EmployeeNumber;
use crate::text::is_blank;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One event of an audit trail: what happened, on which date, who did it and why.
///
/// The plan's events ([`PlanEvent`](super::PlanEvent)) and the records' changes
/// ([`RecordChange`](crate::evaluation::RecordChange)) travel in this envelope. Replaying a
/// trail from the start rebuilds the state exactly ([`Plan::replay`](super::Plan::replay),
/// [`RecordsLedger::replay`](crate::evaluation::RecordsLedger::replay)); dates never go
/// backwards along it.
///
/// On the wire: `{"on": "2026-01-12", "by": {"kind": "pns", "number": "…"}, "why": "…",
/// "event": {...}}`.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::agreement::Recorded<kinerja::agreement::PlanEvent>> = serde_json::from_str(r#"
/// [
///   {
///     "on": "2026-01-05",
///     "by": {
///       "kind": "pns",
///       "number": "199405052020121008"
///     },
///     "event": {
///       "type": "opened",
///       "parties": {
///         "employee": {
///           "kind": "pns",
///           "number": "199405052020121008"
///         },
///         "leader": {
///           "kind": "pns",
///           "number": "197811222003122002"
///         },
///         "settler": {
///           "kind": "pns",
///           "number": "197204101998031005"
///         }
///       },
///       "year": 2026
///     }
///   },
///   {
///     "on": "2026-01-06",
///     "by": {
///       "kind": "pns",
///       "number": "199405052020121008"
///     },
///     "event": {
///       "type": "proposed",
///       "terms": {
///         "results": [
///           {
///             "id": "RHK-ADM-1",
///             "statement": "Bahan laporan kinerja yang terhimpun tepat waktu",
///             "supports": "RHK-SEK-1",
///             "link": "indirect",
///             "indicators": [
///               {
///                 "statement": "Bahan laporan bidang yang terhimpun",
///                 "definition": {
///                   "id": "IKI-ADM-1",
///                   "unit": "dokumen",
///                   "polarity": "maximise",
///                   "aspect": "quantity",
///                   "limits": {
///                     "floor": "0"
///                   },
///                   "zero_target": "refuse",
///                   "negative_realisations": false,
///                   "basis": "per_period",
///                   "aggregation": "sum",
///                   "missing": "error",
///                   "targets": {
///                     "2026": {
///                       "value": "12"
///                     }
///                   }
///                 }
///               }
///             ]
///           }
///         ]
///       }
///     }
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Recorded<E> {
    /// The date, given by the caller (the crate reads no clock).
    pub on: NaiveDate,
    /// Who did it.
    pub by: EmployeeNumber,
    /// Why, where the change must say (a counter-proposal, a dispute, a revision, an
    /// override, a correction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// What happened.
    pub event: E,
}

crate::objects_only::objects_only!(Recorded<E>);

impl<E> Recorded<E> {
    /// An event by `by` on `on`, with no reason.
    #[must_use]
    pub const fn new(on: NaiveDate, by: EmployeeNumber, event: E) -> Self {
        Self {
            on,
            by,
            why: None,
            event,
        }
    }

    /// The same event with its reason.
    #[must_use]
    pub fn because(mut self, why: impl Into<String>) -> Self {
        self.why = Some(why.into());
        self
    }

    /// The reason, which must be given and not blank.
    ///
    /// # Errors
    /// [`AgreementError::Blank`] naming the reason.
    pub fn reason(&self) -> Result<&str, AgreementError> {
        match self.why.as_deref() {
            Some(why) if !is_blank(why) => Ok(why),
            _ => Err(AgreementError::Blank {
                field: Field::Reason,
            }),
        }
    }
}

/// Refuses `given` when it is before `last`.
pub(crate) fn not_before(last: Option<NaiveDate>, given: NaiveDate) -> Result<(), AgreementError> {
    match last {
        Some(last) if given >= last => Ok(()),
        None => Ok(()),
        Some(last) => Err(AgreementError::DateBackwards { last, given }),
    }
}

/// Refuses a blank text.
pub(crate) fn not_blank(text: &str, field: Field) -> Result<(), AgreementError> {
    if is_blank(text) {
        Err(AgreementError::Blank { field })
    } else {
        Ok(())
    }
}
