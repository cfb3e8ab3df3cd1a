//! What every view is made of: a style, labelled codes and written figures.

use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::measure::Target;
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::num::Rounding;
use crate::period::Granularity;
use crate::written::{exact, percent};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Debug;

/// How a view is written: the language of its labels, the rounding of its figures (pass
/// the rounding of the result shown, so the view reports what the result reports) and the
/// periods the evaluation is counted by (to name the year so far as people do:
/// `s.d. Triwulan II 2026` in a quarterly evaluation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// The language of labels and texts.
    pub language: Language,
    /// The rounding of the figures written.
    pub rounding: Rounding,
    /// The periods the evaluation is counted by (the rules' `granularity`); quarters by
    /// default, as PermenPANRB 6/2022 counts them.
    pub granularity: Granularity,
}

impl Style {
    /// Indonesian labels and the crate's default rounding (half up, 2 decimals).
    #[must_use]
    pub fn indonesian() -> Self {
        Self {
            language: Language::Indonesian,
            rounding: Rounding::default(),
            granularity: Granularity::Quarter,
        }
    }

    /// English labels and the crate's default rounding.
    #[must_use]
    pub fn english() -> Self {
        Self {
            language: Language::English,
            rounding: Rounding::default(),
            granularity: Granularity::Quarter,
        }
    }
}

/// A value people see as a label, with the code a program keys on (the value's name on the
/// wire, `"very_good"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LabelView {
    /// The code, as the value is written on the wire.
    pub code: String,
    /// The label in the view's language.
    pub label: String,
}

impl LabelView {
    /// The view of `value`, a value of a unit-only enum written in `snake_case` on the wire.
    pub(crate) fn of<T: Labelled + Debug>(value: &T, language: Language) -> Self {
        Self {
            code: snake_case(&format!("{value:?}")),
            label: value.label(language).to_owned(),
        }
    }
}

/// A figure: the value a program keys on and the text a person reads, rounded alike.
///
/// `value` is the figure as reported: a percent rounded by the style's rule (the rule of
/// the result shown), a target or a realisation as recorded (rounded by the same rule only
/// where it has more places, as an average of periods may). Where rounding changed it,
/// `exact` carries the exact value (documented exact; `value` and `text` are its rounding);
/// otherwise it is left out.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::FigureView;
/// let figure: FigureView = serde_json::from_str(r#"{"value": "98.33", "text": "98,33 %", "exact": "98.333333"}"#)?;
/// assert_eq!(figure.value.to_string(), "98.33");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FigureView {
    /// The figure as reported (decimal text, at most the rounding's places).
    #[serde(with = "decimal_text")]
    pub value: Decimal,
    /// The same figure written in the style's language (`91,67 %`).
    pub text: String,
    /// The exact value, only where rounding changed it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "decimal_text::optional"
    )]
    pub exact: Option<Decimal>,
}

impl FigureView {
    /// A percentage.
    pub(crate) fn percent(value: Decimal, style: Style) -> Self {
        Self::rounded(value, style, percent(value, style.rounding, style.language))
    }

    /// A plain number: a target or a realisation, written with its own digits, or rounded
    /// by the style's rule where it has more places than the rule keeps.
    pub(crate) fn number(value: Decimal, style: Style) -> Self {
        let value = value.normalize();
        if value.scale() <= style.rounding.decimals() {
            return Self {
                value,
                text: exact(value, style.language),
                exact: None,
            };
        }
        let shown = style.rounding.apply(value).normalize();
        let mut figure = Self::rounded(value, style, exact(shown, style.language));
        figure.value = shown;
        figure
    }

    /// `value` rounded by the style's rule, with `text`, keeping the exact value beside it
    /// where the rounding changed it.
    fn rounded(value: Decimal, style: Style, text: String) -> Self {
        let shown = style.rounding.apply(value);
        Self {
            value: shown,
            text,
            // Decimals compare by value: 60.00 equals 60.
            exact: (shown != value).then(|| value.normalize()),
        }
    }
}

/// `VeryGood` → `very_good`: the wire name serde gives a unit variant under
/// `rename_all = "snake_case"`.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A target (target): one figure, or a range (`80–90`) inside which the achievement is
/// 100 %.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::TargetView;
/// let range: TargetView = serde_json::from_str(r#"{"low": {"value": "80", "text": "80"}, "high": {"value": "90", "text": "90"}, "text": "80–90"}"#)?;
/// assert_eq!(range.text(), "80–90");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum TargetView {
    /// One figure.
    Value(FigureView),
    /// A range.
    Range {
        /// Its lower bound.
        low: FigureView,
        /// Its upper bound.
        high: FigureView,
        /// The range as people write it (`80–90`).
        text: String,
    },
}

impl TargetView {
    /// The view of `target`.
    pub(crate) fn of(target: Target, style: Style) -> Self {
        match target {
            Target::Value(value) => Self::Value(FigureView::number(value, style)),
            Target::Band { low, high } => {
                let low = FigureView::number(low, style);
                let high = FigureView::number(high, style);
                Self::Range {
                    text: format!("{}–{}", low.text, high.text),
                    low,
                    high,
                }
            }
        }
    }

    /// The target as people read it.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Self::Value(figure) => &figure.text,
            Self::Range { text, .. } => text,
        }
    }
}

/// The view of the person numbered `number`, named `name` (the number where no name is
/// known).
pub(crate) fn person_view(number: &EmployeeNumber, name: Option<String>) -> PersonView {
    PersonView {
        number: number.to_string(),
        number_kind: match number.kind() {
            EmployeeKind::Pns => "NIP",
            EmployeeKind::Pppk => "NI PPPK",
        }
        .to_owned(),
        name: name.unwrap_or_else(|| number.to_string()),
    }
}

/// A date (tanggal): the date a program keys on and its text as people write it
/// (`10 Maret 2026`).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::DateView;
/// let day: DateView = serde_json::from_str(r#"{"date": "2026-03-10", "text": "10 Maret 2026"}"#)?;
/// assert_eq!(day.date.to_string(), "2026-03-10");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DateView {
    /// The date.
    pub date: NaiveDate,
    /// The date in the view's language.
    pub text: String,
}

impl DateView {
    /// The view of `day`.
    pub(crate) fn of(day: NaiveDate, language: Language) -> Self {
        Self {
            date: day,
            text: crate::written::date(day, language),
        }
    }
}

/// A thing with an id and a name (or statement): a competency, a programme, a position, a
/// unit, a goal, a mission, an indicator. The name is the id itself where the data has none.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::NamedView;
/// let named: NamedView = serde_json::from_str(r#"{"id": "MAN-INTEGRITAS", "name": "Integritas"}"#)?;
/// assert_eq!(named.name, "Integritas");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NamedView {
    /// The id.
    pub id: String,
    /// The name or statement.
    pub name: String,
}

/// A person: the name, with the employee number beside it.
///
/// As a front end reads it:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::PersonView;
/// let rina: PersonView = serde_json::from_str(r#"{"number": "198507192010012014", "number_kind": "NIP", "name": "Rina Marlina, S.Pd."}"#)?;
/// assert_eq!(rina.number_kind, "NIP");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PersonView {
    /// The employee number.
    pub number: String,
    /// What the number is (`NIP`, or `NI PPPK` for a PPPK).
    pub number_kind: String,
    /// The name, as the agency records it (the number where no name is known).
    pub name: String,
}

/// `part` of `whole` as a percent, exact; none of a whole of none (or past what a `Decimal`
/// holds).
pub(crate) fn share_percent(part: usize, whole: usize) -> Option<Decimal> {
    let (part, whole) = (u64::try_from(part).ok()?, u64::try_from(whole).ok()?);
    Decimal::from(part)
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(Decimal::from(whole))
}
