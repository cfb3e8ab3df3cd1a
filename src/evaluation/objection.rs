//! Objections (keberatan): an employee who disagrees with an evaluation objects, with a
//! reason and within a deadline after the result is given, to the rater's own superior
//! (atasan pejabat penilai kinerja), whose decision is final (DOMAIN §7). The decided
//! predicate counts wherever the one objected to did; the appraisal keeps both.

use super::rating::{Predicate, PredicateMatrix, Rating};
use super::reason::Reason;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::period::Period;
use crate::written::date;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The rules of objections: how many calendar days after the result is given an employee
/// may object. Default: 14 (the period sources on PP 30/2019 and PermenPANRB 6/2022 give;
/// an agency counting otherwise sets its own).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let rules: kinerja::evaluation::ObjectionRules = serde_json::from_str(r#"{"deadline_days": 14}"#)?;
/// assert_eq!(rules, kinerja::evaluation::ObjectionRules::default());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ObjectionRules {
    /// Calendar days after the result is given within which an objection may be filed
    /// (the day it is given counts as day 0).
    pub deadline_days: u16,
}

crate::objects_only::objects_only!(ObjectionRules);

impl Default for ObjectionRules {
    fn default() -> Self {
        Self { deadline_days: 14 }
    }
}

/// What the rater's superior decides. On the wire: `"upheld"`,
/// `{"ratings": {"result": "meets", "behaviour": "above"}}` or `{"predicate": "good"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", remote = "Self")]
#[non_exhaustive]
pub enum ObjectionOutcome {
    /// The evaluation stands as given (keberatan ditolak).
    Upheld,
    /// New ratings of the results and the behaviour; the predicate follows from the
    /// matrix.
    Ratings {
        /// The result rating.
        result: Rating,
        /// The behaviour rating.
        behaviour: Rating,
    },
    /// A new predicate.
    Predicate(Predicate),
}

crate::objects_only::objects_only!(ObjectionOutcome);

/// The rater's superior's decision on an objection: final.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ObjectionDecision {
    /// When it was decided.
    pub on: NaiveDate,
    /// What was decided.
    pub outcome: ObjectionOutcome,
    /// Why.
    pub reason: Reason,
}

crate::objects_only::objects_only!(ObjectionDecision);

/// An employee's objection to one evaluation (a period's, to date, or the year's), and the
/// decision once made. Kept in the employee's records, keyed by the evaluation's period.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::Objection = serde_json::from_str(r#"
/// {
///   "objected": "needs_improvement",
///   "given_on": "2027-01-15",
///   "filed_on": "2027-01-22",
///   "addressed_to": { "kind": "pns", "number": "197204101998031005" },
///   "reason": "Laporan triwulan IV terlambat karena server e-kinerja padam, bukan kelalaian",
///   "decision": {
///     "on": "2027-02-01",
///     "outcome": { "predicate": "good" },
///     "reason": "Bukti gangguan server dari dinas kominfo diterima"
///   }
/// }
/// "#)?;
/// assert!(read.decision.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Objection {
    /// The predicate as given to the employee, the one objected to.
    pub objected: Predicate,
    /// When the result was given to the employee.
    pub given_on: NaiveDate,
    /// When the employee objected.
    pub filed_on: NaiveDate,
    /// To whom: the rater's superior (atasan pejabat penilai kinerja).
    pub addressed_to: EmployeeNumber,
    /// Why the employee disagrees.
    pub reason: Reason,
    /// The decision, once made; final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<ObjectionDecision>,
}

crate::objects_only::objects_only!(Objection);

impl Objection {
    /// The predicate in force once decided: as given when upheld, from the matrix for new
    /// ratings, or the one set; none while the decision is awaited.
    #[must_use]
    pub fn decided_predicate(&self, matrix: &PredicateMatrix) -> Option<Predicate> {
        self.decision.as_ref().map(|d| match d.outcome {
            ObjectionOutcome::Upheld => self.objected,
            ObjectionOutcome::Ratings { result, behaviour } => matrix.predicate(result, behaviour),
            ObjectionOutcome::Predicate(predicate) => predicate,
        })
    }

    /// The objection as one paragraph in `language`: who objected to what, when, to whom
    /// and why, and the decision (who, when, what and why) or that it is awaited. People
    /// are named as `agency` names them.
    #[must_use]
    pub fn render(
        &self,
        agency: &Agency,
        employee: &EmployeeNumber,
        period: Period,
        matrix: &PredicateMatrix,
        language: Language,
    ) -> String {
        let (who, to) = (agency.who(employee), agency.who(&self.addressed_to));
        let scope = period.describe(language);
        let objected = self.objected.label(language);
        let head = match language {
            Language::Indonesian => {
                format!("Keberatan {who} atas predikat {objected} ({scope}) kepada {to}.")
            }
            Language::English => {
                format!("Objection of {who} to the predicate {objected} ({scope}) with {to}.")
            }
        };
        let decided = self.decided_predicate(matrix);
        format!("{head} {}", self.account(decided, language))
    }

    /// When it was filed and why, and the decision or that it is awaited.
    fn account(&self, decided: Option<Predicate>, language: Language) -> String {
        let why = self.reason.as_str().trim_end_matches('.');
        let filed = match language {
            Language::Indonesian => format!(
                "Hasil diberikan {}, keberatan diajukan {}: {why}.",
                date(self.given_on, language),
                date(self.filed_on, language)
            ),
            Language::English => format!(
                "Result given {}, objection filed {}: {why}.",
                date(self.given_on, language),
                date(self.filed_on, language)
            ),
        };
        let (Some(decision), Some(predicate)) = (&self.decision, decided) else {
            return match language {
                Language::Indonesian => format!("{filed} Menunggu keputusan."),
                Language::English => format!("{filed} The decision is awaited."),
            };
        };
        let predicate = predicate.label(language);
        let what = match (decision.outcome, language) {
            (ObjectionOutcome::Upheld, Language::Indonesian) => {
                format!("keberatan ditolak, predikat tetap {predicate}")
            }
            (ObjectionOutcome::Upheld, Language::English) => {
                format!("objection rejected, the predicate stays {predicate}")
            }
            (ObjectionOutcome::Ratings { result, behaviour }, Language::Indonesian) => format!(
                "hasil kerja {}, perilaku {}, sehingga predikat {predicate}",
                result.label(language),
                behaviour.label(language)
            ),
            (ObjectionOutcome::Ratings { result, behaviour }, Language::English) => format!(
                "results {}, behaviour {}, so the predicate {predicate}",
                result.label(language),
                behaviour.label(language)
            ),
            (ObjectionOutcome::Predicate(_), Language::Indonesian) => {
                format!("predikat diubah menjadi {predicate}")
            }
            (ObjectionOutcome::Predicate(_), Language::English) => {
                format!("the predicate is changed to {predicate}")
            }
        };
        let because = decision.reason.as_str().trim_end_matches('.');
        match language {
            Language::Indonesian => format!(
                "{filed} Diputuskan {} (final): {what}; alasan: {because}.",
                date(decision.on, language)
            ),
            Language::English => format!(
                "{filed} Decided {} (final): {what}; reason: {because}.",
                date(decision.on, language)
            ),
        }
    }
}

/// What an objection did to an appraisal, kept beside it: the objection and its decision,
/// and what the evaluation gave before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ObjectionRecord {
    /// The objection, with its decision once made.
    pub objection: Objection,
    /// The result rating the evaluation gave.
    pub result_rating_before: Rating,
    /// The behaviour rating the evaluation gave.
    pub behaviour_rating_before: Rating,
    /// The predicate the evaluation gave (before calibration, for the year).
    pub predicate_before: Predicate,
    /// The predicate the decision set; none while it is awaited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<Predicate>,
}

crate::objects_only::objects_only!(ObjectionRecord);

impl ObjectionRecord {
    /// The objection and its decision in `language`, in one line.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let head = match language {
            Language::Indonesian => format!(
                "Keberatan atas predikat {}.",
                self.objection.objected.label(language)
            ),
            Language::English => format!(
                "Objection to the predicate {}.",
                self.objection.objected.label(language)
            ),
        };
        format!("{head} {}", self.objection.account(self.decided, language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_decided_predicate_follows_the_outcome() {
        let matrix = PredicateMatrix::default();
        let reason = Reason::new("alasan").unwrap_or_else(|_| unreachable!());
        let day = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap_or_default();
        let head =
            crate::nip::EmployeeNumber::new(crate::nip::EmployeeKind::Pns, "197204101998031005")
                .unwrap_or_else(|_| unreachable!());
        let mut objection = Objection {
            objected: Predicate::NeedsImprovement,
            given_on: day,
            filed_on: day,
            addressed_to: head,
            reason: reason.clone(),
            decision: None,
        };
        assert_eq!(objection.decided_predicate(&matrix), None);
        let decide = |outcome| ObjectionDecision {
            on: day,
            outcome,
            reason: reason.clone(),
        };
        objection.decision = Some(decide(ObjectionOutcome::Upheld));
        assert_eq!(
            objection.decided_predicate(&matrix),
            Some(Predicate::NeedsImprovement)
        );
        // Meets and above: Baik by the PermenPANRB 6/2022 matrix.
        objection.decision = Some(decide(ObjectionOutcome::Ratings {
            result: Rating::Meets,
            behaviour: Rating::Above,
        }));
        assert_eq!(objection.decided_predicate(&matrix), Some(Predicate::Good));
    }
}
