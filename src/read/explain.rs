//! A problem told as a person can act on it: what is wrong, in the crate's terms, and how to
//! fix it, from serde's kind of error and the offending value in the document.

use super::custom::Custom;
use super::error::{Asked, At, Cause, Error};
use super::hint::{self, FigureFix, Hint};
use super::parse::Failure;
use super::place;
use super::problem::{Path, ReadProblem};
use super::tree::{Tree, Value, line_column};
use super::wrong::{Expected, Found, Wrong};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::period::{Month, Period, PeriodError, Span, Year};
use std::collections::BTreeSet;

/// The problem of a text that is not JSON.
pub(crate) fn syntax(text: &str, failure: Failure) -> ReadProblem {
    ReadProblem::new(
        line_column(text, failure.at),
        Path::new(failure.path),
        Vec::new(),
        Wrong::Syntax(failure.error),
        failure.hints,
    )
}

/// The problem of `error`, placed at `at`.
pub(crate) fn problem(
    tree: &Tree<'_>,
    skip: &BTreeSet<usize>,
    at: At,
    error: &Error,
    custom: Option<&Custom<'_>>,
) -> ReadProblem {
    let (wrong, hints) = explain(tree, skip, at, error, custom);
    ReadProblem::new(
        tree.line_column(place::offset(tree, at)),
        place::path(tree, at.node),
        place::concerns(tree, at),
        wrong,
        hints,
    )
}

fn explain(
    tree: &Tree<'_>,
    skip: &BTreeSet<usize>,
    at: At,
    error: &Error,
    custom: Option<&Custom<'_>>,
) -> (Wrong, Vec<Hint>) {
    let value = if at.key {
        Value::Text(
            tree.member_of(at.node)
                .map(|member| member.key.clone())
                .unwrap_or_default(),
        )
    } else {
        tree.value(at.node).clone()
    };
    match &error.cause {
        Cause::Custom {
            message,
            indonesian,
            ..
        } => refused(
            tree,
            skip,
            at,
            &value,
            (message, indonesian.as_deref()),
            custom,
        ),
        Cause::InvalidType { found, expected } => {
            let expected = expected_of(error.asked, expected);
            let hints = type_hints(&value, &expected);
            let found = found_in(&value, found);
            (Wrong::InvalidType { found, expected }, hints)
        }
        Cause::InvalidValue { found, expected } => {
            let expected = expected_of(error.asked, expected);
            let hints = type_hints(&value, &expected);
            let found = found_in(&value, found);
            (Wrong::InvalidValue { found, expected }, hints)
        }
        Cause::InvalidLength { length, expected } => (
            Wrong::InvalidLength {
                length: *length,
                expected: expected.clone(),
            },
            Vec::new(),
        ),
        Cause::UnknownVariant { variant, expected } => {
            let accepted: Vec<String> = expected.iter().map(|&name| name.to_owned()).collect();
            let hints = hint::nearest(variant, &accepted)
                .map(|name| Hint::Nearest { name })
                .into_iter()
                .collect();
            let wrong = Wrong::UnknownValue {
                value: variant.clone(),
                accepted,
            };
            (wrong, hints)
        }
        Cause::UnknownField { field, expected } => {
            let accepted: Vec<String> = expected.iter().map(|&name| name.to_owned()).collect();
            let hints = if field == "organisation_predicate" {
                vec![Hint::OrganisationPredicate]
            } else {
                hint::nearest(field, &accepted)
                    .map(|name| Hint::Nearest { name })
                    .into_iter()
                    .collect()
            };
            let wrong = Wrong::UnknownField {
                field: field.clone(),
                accepted,
            };
            (wrong, hints)
        }
        Cause::MissingField(field) => (
            Wrong::MissingField {
                field: (*field).to_owned(),
            },
            vec![Hint::AddField {
                field: (*field).to_owned(),
            }],
        ),
        Cause::DuplicateField(field) => (
            Wrong::RepeatedField {
                field: (*field).to_owned(),
                first_line: place::first_of_key(tree, skip, at),
            },
            vec![Hint::KeepOne],
        ),
        Cause::OutOfRange => (
            Wrong::NumberOutOfRange {
                text: match value {
                    Value::Number(text) => text.to_owned(),
                    _ => String::new(),
                },
            },
            Vec::new(),
        ),
    }
}

/// What was expected, by what the type asked for and what serde says it expects.
fn expected_of(asked: Option<Asked>, text: &str) -> Expected {
    if text == crate::decimal_text::EXPECTING {
        return Expected::Decimal;
    }
    if text == "struct EmployeeNumberSpec" {
        return Expected::EmployeeNumber;
    }
    match asked {
        Some(Asked::Text) => Expected::Text,
        Some(Asked::Whole { min, max }) => Expected::WholeNumber { min, max },
        Some(Asked::Float) => Expected::Number,
        Some(Asked::Bool) => Expected::Boolean,
        Some(Asked::List) => Expected::List,
        Some(Asked::Object | Asked::Struct) => Expected::Object,
        Some(Asked::Unit) => Expected::Null,
        Some(Asked::Enum(variants)) => {
            Expected::OneOf(variants.iter().map(|&name| name.to_owned()).collect())
        }
        Some(Asked::Any | Asked::Bytes) | None => Expected::Described(text.to_owned()),
    }
}

/// What the document holds, as written where the place shows it, else as serde saw it.
fn found_in(value: &Value<'_>, seen: &Found) -> Found {
    let found = match value {
        Value::Null => Found::Null,
        Value::Bool(value) => Found::Bool(*value),
        Value::Number(text) => Found::Number((*text).to_owned()),
        Value::Text(text) => Found::Text(text.to_string()),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    };
    if place::holds(value, seen) {
        found
    } else {
        seen.clone()
    }
}

/// Hints for a value of the wrong type.
fn type_hints(value: &Value<'_>, expected: &Expected) -> Vec<Hint> {
    let thousands = |whole: String, quotes: bool| {
        let mut fixes = vec![FigureFix::ThousandsSeparators];
        if quotes {
            fixes.push(FigureFix::Quotes);
        }
        Hint::Figure {
            write: if quotes {
                format!("\"{whole}\"")
            } else {
                whole
            },
            fixes,
        }
    };
    match (value, expected) {
        (Value::Number(text), Expected::Decimal) => {
            let figure = hint::figure_text(text).map_or_else(|| (*text).to_owned(), |(w, _)| w);
            let mut hints = vec![Hint::Quote {
                write: format!("\"{figure}\""),
            }];
            hints.extend(hint::grouped_whole(text).map(|whole| thousands(whole, true)));
            hints
        }
        (Value::Number(text), Expected::Text) => vec![Hint::Quote {
            write: format!("\"{text}\""),
        }],
        (Value::Number(text), Expected::WholeNumber { .. }) => hint::grouped_whole(text)
            .map(|whole| thousands(whole, false))
            .into_iter()
            .collect(),
        (Value::Number(text), Expected::EmployeeNumber) => vec![Hint::EmployeeNumberObject {
            number: (*text).to_owned(),
        }],
        (Value::Text(text), Expected::EmployeeNumber) => vec![Hint::EmployeeNumberObject {
            number: text.to_string(),
        }],
        (Value::Text(text), Expected::WholeNumber { .. } | Expected::Number) => {
            let text = text.trim();
            let json_number = super::number::scan(text.as_bytes()) == Ok(text.len());
            if json_number {
                vec![Hint::Unquote {
                    write: text.to_owned(),
                }]
            } else if let Some(whole) = hint::grouped_whole(text) {
                vec![
                    thousands(whole.clone(), false),
                    Hint::Unquote { write: whole },
                ]
            } else if let Some((write, fixes)) = hint::figure_text(text) {
                vec![
                    Hint::Figure {
                        write: write.clone(),
                        fixes,
                    },
                    Hint::Unquote { write },
                ]
            } else {
                Vec::new()
            }
        }
        (Value::Text(text), Expected::Boolean) if text == "true" || text == "false" => {
            vec![Hint::Unquote {
                write: text.to_string(),
            }]
        }
        _ => Vec::new(),
    }
}

/// A value the type's own check refused.
fn refused(
    tree: &Tree<'_>,
    skip: &BTreeSet<usize>,
    at: At,
    value: &Value<'_>,
    (message, indonesian): (&str, Option<&str>),
    custom: Option<&Custom<'_>>,
) -> (Wrong, Vec<Hint>) {
    let other = || {
        let hints = match value {
            Value::Text(text) => hint::figure(text).into_iter().collect(),
            _ => Vec::new(),
        };
        (
            Wrong::Refused {
                reason: message.to_owned(),
                reason_id: indonesian.map(str::to_owned),
            },
            hints,
        )
    };
    match custom {
        Some(Custom::Decimal { text }) => {
            let text = match value {
                Value::Text(written) => written.as_ref(),
                _ => text,
            };
            let mut hints: Vec<Hint> = hint::figure(text).into_iter().collect();
            let comma = matches!(hints.first(), Some(Hint::Figure { fixes, .. }) if fixes.contains(&FigureFix::DecimalComma));
            if comma {
                if let Some(whole) = hint::grouped_whole(text) {
                    hints.push(Hint::Figure {
                        write: whole,
                        fixes: vec![FigureFix::ThousandsSeparators],
                    });
                }
            }
            let wrong = Wrong::NotADecimal {
                text: text.to_owned(),
            };
            (wrong, hints)
        }
        Some(Custom::RepeatedKey { .. }) => (
            Wrong::RepeatedKey {
                key: match value {
                    Value::Text(key) if at.key => key.to_string(),
                    _ => String::new(),
                },
                first_line: place::first_of_key(tree, skip, at),
            },
            vec![Hint::KeepOne],
        ),
        Some(Custom::EmployeeNumber) => employee_number(tree, at).unwrap_or_else(other),
        Some(Custom::Id { kind, text }) => {
            let text = match value {
                Value::Text(written) => written.as_ref(),
                _ => text,
            };
            match crate::id::check(kind, text) {
                Err(error) => (Wrong::Id(error), Vec::new()),
                Ok(()) => other(),
            }
        }
        Some(Custom::Period) => period(value, message).unwrap_or_else(other),
        Some(Custom::CompetencyLevel) => (
            Wrong::CompetencyLevel {
                level: match value {
                    Value::Number(text) => (*text).to_owned(),
                    Value::Text(text) => text.to_string(),
                    _ => String::new(),
                },
            },
            vec![Hint::Levels { min: 1, max: 5 }],
        ),
        Some(Custom::Other) | None => other(),
    }
}

/// An employee number refused: its rule, and the number without spaces where it has them.
fn employee_number(tree: &Tree<'_>, at: At) -> Option<(Wrong, Vec<Hint>)> {
    let object = match tree.value(at.node) {
        Value::Object(_) => at.node,
        _ => tree.node(at.node)?.parent?.0,
    };
    let kind = match tree
        .get(object, "kind")
        .and_then(|kind| tree.text_of(kind))?
    {
        "pns" => EmployeeKind::Pns,
        "pppk" => EmployeeKind::Pppk,
        _ => return None,
    };
    let number = tree.get(object, "number").and_then(|n| tree.text_of(n))?;
    let error = EmployeeNumber::new(kind, number).err()?;
    let separators = |c: char| c.is_whitespace() || matches!(c, '.' | '-' | '_' | '/');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let only_separated =
        number.contains(separators) && number.chars().all(|c| c.is_ascii_digit() || separators(c));
    let hints = if only_separated && digits.len() == crate::nip::EMPLOYEE_NUMBER_LEN {
        vec![Hint::RemoveSpaces { write: digits }]
    } else {
        Vec::new()
    };
    Some((Wrong::EmployeeNumber(error), hints))
}

/// A year, month, period or span refused: its error, and the period in its form where
/// another spelling of it was written (`2026 q1`, `Q1-2026`).
fn period(value: &Value<'_>, message: &str) -> Option<(Wrong, Vec<Hint>)> {
    let error: PeriodError = match value {
        Value::Text(text) => text
            .parse::<Period>()
            .err()
            .and_then(|error| text.parse::<Span>().err().map(|_| error))?,
        Value::Number(text) => {
            let number: i64 = text.parse().ok()?;
            if message.starts_with("month") {
                Month::new(u8::try_from(number).ok()?).err()?
            } else {
                Year::new(i32::try_from(number).ok()?).err()?
            }
        }
        _ => return None,
    };
    let hints = match value {
        Value::Text(text) => period_spelling(text)
            .map(|write| Hint::Write { write })
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    Some((Wrong::Period(error), hints))
}

/// The period meant by another spelling of it.
fn period_spelling(text: &str) -> Option<String> {
    let mut spelled: String = text
        .trim()
        .to_uppercase()
        .chars()
        .map(|c| {
            if matches!(c, ' ' | '/' | '_' | '.') {
                '-'
            } else {
                c
            }
        })
        .collect();
    while spelled.contains("--") {
        spelled = spelled.replace("--", "-");
    }
    if let Some((part, year)) = spelled.split_once('-') {
        if part.starts_with(['Q', 'S']) && year.len() == 4 {
            spelled = format!("{year}-{part}");
        }
    }
    (spelled != text && spelled.parse::<Period>().is_ok()).then_some(spelled)
}

#[cfg(test)]
mod tests {
    use super::period_spelling;

    #[test]
    fn periods_spelled_otherwise() {
        assert_eq!(period_spelling("2026 q1"), Some("2026-Q1".to_owned()));
        assert_eq!(period_spelling("Q3/2026"), Some("2026-Q3".to_owned()));
        assert_eq!(period_spelling("2026-Q1"), None);
        assert_eq!(period_spelling("kuartal"), None);
    }
}
