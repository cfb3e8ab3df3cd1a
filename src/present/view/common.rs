//! What every view is made of: a style, labelled codes and written figures.

use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::num::Rounding;
use crate::period::Granularity;
use crate::written::{exact, percent};
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

/// A figure: the exact value, for a program, and the text a person reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FigureView {
    /// The exact value (decimal text).
    #[serde(with = "decimal_text")]
    pub value: Decimal,
    /// The value rounded by the style's rule and written in its language (`91,67 %`).
    pub text: String,
}

impl FigureView {
    /// A percentage.
    pub(crate) fn percent(value: Decimal, style: Style) -> Self {
        Self {
            value,
            text: percent(value, style.rounding, style.language),
        }
    }

    /// A plain number: a target or a realisation, written with its own digits.
    pub(crate) fn number(value: Decimal, style: Style) -> Self {
        Self {
            value,
            text: exact(value.normalize(), style.language),
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
