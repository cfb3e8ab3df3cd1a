//! What the views of the agreement, the forums, the feedback log and the objections share:
//! dates written as people write them, people by name, periods by the names people give
//! them, and results and indicators by statement.

use super::common::{LabelView, Style, TargetView, person_view};
use super::common::{NamedView, PersonView};
use crate::agreement::Terms;
use crate::cascade::Cascade;
use crate::id::{IndicatorId, NodeId};
use crate::label::Language;
use crate::measure::Target;
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::period::{Period, Span};
use serde::{Deserialize, Serialize};

/// The word of `language`.
pub(super) const fn word(
    language: Language,
    indonesian: &'static str,
    english: &'static str,
) -> &'static str {
    match language {
        Language::Indonesian => indonesian,
        Language::English => english,
    }
}

/// A person of `agency` by name, with the employee number beside (the number where the
/// agency does not know them).
pub(super) fn person(agency: &Agency, number: &EmployeeNumber) -> PersonView {
    person_view(number, agency.employee(number).map(|e| e.name().to_owned()))
}

/// A period with its code and its name (`2026-Q3`, `Triwulan III 2026`).
pub(super) fn period_label(period: Period, language: Language) -> LabelView {
    LabelView {
        code: period.to_string(),
        label: period.describe(language),
    }
}

/// `for` a period in English: `for 2026`, `for the third quarter 2026`, `for March 2026`.
pub(super) fn english_for(label: &str) -> String {
    if label.starts_with(|c: char| c.is_lowercase()) {
        format!("for the {label}")
    } else {
        format!("for {label}")
    }
}

/// A span of months with its code and its name in an evaluation counted by the style's
/// periods (`2026-01..06`, `s.d. Triwulan II 2026`).
pub(super) fn span_label(span: Span, style: Style) -> LabelView {
    LabelView {
        code: span.to_string(),
        label: span.describe_in(style.granularity, style.language),
    }
}

/// A target as people read it: `16`, or a range `80–90`.
pub(super) fn target_text(target: Target, style: Style) -> String {
    TargetView::of(target, style).text().to_owned()
}

/// A target (target kinerja) for one period, with its figures and its unit of measure.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::PeriodTargetView;
/// let target: PeriodTargetView = serde_json::from_str(r#"{
///   "period": {"code": "2026", "label": "Tahun 2026"},
///   "target": {"value": "16", "text": "16"},
///   "text": "16 dokumen"
/// }"#)?;
/// assert_eq!(target.text, "16 dokumen");
/// assert_eq!(target.target.text(), "16");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PeriodTargetView {
    /// The period the target is for (`Triwulan III 2026`).
    pub period: LabelView,
    /// The target: one figure, or a range.
    pub target: TargetView,
    /// The target with its unit of measure (`16 dokumen`, `80–90 persen`).
    pub text: String,
}

impl PeriodTargetView {
    /// The view of `target` for `period`, measured in `unit`.
    pub(super) fn of(period: Period, target: Target, unit: &str, style: Style) -> Self {
        let target = TargetView::of(target, style);
        Self {
            period: period_label(period, style.language),
            text: with_unit(target.text(), unit),
            target,
        }
    }
}

/// `text` followed by its unit of measure, where there is one.
pub(super) fn with_unit(text: &str, unit: &str) -> String {
    if unit.trim().is_empty() {
        text.to_owned()
    } else {
        format!("{text} {unit}")
    }
}

/// Where the statements of results and indicators are found: the terms of a plan first
/// (a result proposed is not in the cascade until agreed), then the cascade.
pub(super) struct Statements<'a> {
    pub(super) cascade: &'a Cascade,
    pub(super) terms: Vec<&'a Terms>,
}

impl Statements<'_> {
    /// A result (or any node) by statement, its id beside.
    pub(super) fn result(&self, id: &NodeId) -> NamedView {
        let planned = self
            .terms
            .iter()
            .flat_map(|t| &t.results)
            .find(|r| &r.id == id)
            .map(|r| r.statement.clone());
        let name = planned
            .or_else(|| self.cascade.node(id).map(|n| n.statement().to_owned()))
            .unwrap_or_else(|| id.to_string());
        NamedView {
            id: id.to_string(),
            name,
        }
    }

    /// An indicator by statement, its id beside.
    pub(super) fn indicator(&self, id: &IndicatorId) -> NamedView {
        let planned = self
            .terms
            .iter()
            .flat_map(|t| &t.results)
            .flat_map(|r| &r.indicators)
            .find(|i| i.definition.id() == id)
            .map(|i| i.statement.clone());
        let name = planned
            .or_else(|| {
                self.cascade
                    .indicator(id)
                    .and_then(|n| n.indicators().iter().find(|i| i.id() == id))
                    .map(|i| i.statement().to_owned())
            })
            .unwrap_or_else(|| id.to_string());
        NamedView {
            id: id.to_string(),
            name,
        }
    }

    /// The unit of measure of an indicator, where known.
    pub(super) fn unit_of(&self, id: &IndicatorId) -> String {
        let planned = self
            .terms
            .iter()
            .flat_map(|t| t.definitions())
            .find(|d| d.id() == id)
            .map(|d| d.unit().to_owned());
        planned
            .or_else(|| {
                self.cascade
                    .indicator(id)
                    .and_then(|n| n.indicators().iter().find(|i| i.id() == id))
                    .map(|i| i.unit().to_owned())
            })
            .unwrap_or_default()
    }
}
