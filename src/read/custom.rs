//! The crate's own refusals that the reader recognises in serde's `custom` errors: a type
//! gives serde only a message, so the reader knows them by the message's stable shape and
//! by the name of the error type that gave it.

use crate::decimal_text::NOT_A_DECIMAL;
use crate::unique_map::REPEATS_KEY;

/// A refusal recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Custom<'m> {
    /// "`91,5` is not an exact decimal number" (from `decimal_text`).
    Decimal { text: &'m str },
    /// "entry 3 of the map repeats the key of an earlier entry" (from `unique_map`).
    RepeatedKey { entry: usize },
    /// An `EmployeeNumberError`.
    EmployeeNumber,
    /// An `IdError` of this kind of id.
    Id { kind: &'static str, text: &'m str },
    /// A `PeriodError`.
    Period,
    /// "competency level 6 is outside 1-5" (a `DevelopmentError`).
    CompetencyLevel,
    /// Any other.
    Other,
}

/// The kinds of id (`crate::id`), as their errors name them.
const ID_KINDS: [&str; 7] = [
    "mission",
    "unit",
    "position",
    "node",
    "indicator",
    "competency",
    "programme",
];

impl<'m> Custom<'m> {
    /// Recognises `message`, given by a value of the type named `source`.
    pub(crate) fn of(message: &'m str, source: &str) -> Self {
        let type_name = source.rsplit("::").next().unwrap_or(source);
        if message.contains(NOT_A_DECIMAL) {
            if let Some(text) = quoted(message) {
                return Self::Decimal { text };
            }
        }
        if message.contains(REPEATS_KEY) {
            let entry = message
                .strip_prefix("entry ")
                .and_then(|rest| rest.split(' ').next())
                .and_then(|number| number.parse().ok());
            if let Some(entry) = entry {
                return Self::RepeatedKey { entry };
            }
        }
        match type_name {
            "EmployeeNumberError" => Self::EmployeeNumber,
            "IdError" => ID_KINDS
                .iter()
                .find(|kind| message.starts_with(&format!("{kind} id")))
                .map_or(Self::Other, |kind| Self::Id {
                    kind,
                    text: quoted(message).unwrap_or_default(),
                }),
            "PeriodError" => Self::Period,
            "DevelopmentError" if message.starts_with("competency level ") => Self::CompetencyLevel,
            _ => Self::Other,
        }
    }

    /// The text of the document the message quotes, to find it by.
    pub(crate) const fn text(&self) -> Option<&'m str> {
        match self {
            Self::Decimal { text } | Self::Id { text, .. } => Some(text),
            _ => None,
        }
    }
}

/// The first text in backticks.
fn quoted(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('`')?;
    rest.split_once('`').map(|(text, _)| text)
}

#[cfg(test)]
mod tests {
    use super::Custom;

    #[test]
    fn the_crates_refusals_are_recognised() {
        assert_eq!(
            Custom::of(
                "`91,5` is not an exact decimal number",
                "alloc::string::String"
            ),
            Custom::Decimal { text: "91,5" }
        );
        assert_eq!(
            Custom::of(
                "entry 12 of the map repeats the key of an earlier entry",
                "alloc::string::String"
            ),
            Custom::RepeatedKey { entry: 12 }
        );
        assert_eq!(
            Custom::of(
                "node id `R 0` holds ' '; only letters, digits and . _ - : / are allowed",
                "kinerja::id::IdError"
            ),
            Custom::Id {
                kind: "node",
                text: "R 0"
            }
        );
        assert_eq!(
            Custom::of("anything", "kinerja::nip::EmployeeNumberError"),
            Custom::EmployeeNumber
        );
        assert_eq!(
            Custom::of("weights total 90", "kinerja::cascade::CascadeError"),
            Custom::Other
        );
    }
}
