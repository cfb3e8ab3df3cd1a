//! The error the reader's deserializer carries up through serde: what serde's error kinds
//! say, kept typed, and the node where it arose.

use super::tree::NodeId;
use super::wrong::Found;
use serde::de::{self, Unexpected};
use std::fmt;

/// Where an error arose: a node, or the key of the member holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct At {
    /// The node (for a key, the member's value).
    pub(crate) node: NodeId,
    /// Whether the key, not the value, is at fault.
    pub(crate) key: bool,
}

/// What a type asked the deserializer for, by the method it called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Asked {
    /// Whatever the value is.
    Any,
    /// `true` or `false`.
    Bool,
    /// A whole number within bounds.
    Whole { min: i64, max: u64 },
    /// A number.
    Float,
    /// Text.
    Text,
    /// Bytes (text or an array).
    Bytes,
    /// `null`.
    Unit,
    /// An array.
    List,
    /// An object.
    Object,
    /// An object or an array (a struct, as `serde_json` reads one).
    Struct,
    /// One of these variants.
    Enum(&'static [&'static str]),
}

/// What went wrong, by serde's kinds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cause {
    /// A type's own message, and the name of the type that gave it.
    Custom {
        message: String,
        /// The message in Indonesian, where the type gives one (written with `{:#}`).
        indonesian: Option<String>,
        source: &'static str,
    },
    InvalidType {
        found: Found,
        expected: String,
    },
    InvalidValue {
        found: Found,
        expected: String,
    },
    InvalidLength {
        length: usize,
        expected: String,
    },
    UnknownVariant {
        variant: String,
        expected: &'static [&'static str],
    },
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    MissingField(&'static str),
    DuplicateField(&'static str),
    /// A number too large for a float.
    OutOfRange,
}

/// The deserializer's error.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Error {
    pub(crate) cause: Cause,
    /// Where it arose, once a node has seen it.
    pub(crate) at: Option<At>,
    /// What the deserializer was asked for at that node.
    pub(crate) asked: Option<Asked>,
}

impl Error {
    fn of(cause: Cause) -> Self {
        Self {
            cause,
            at: None,
            asked: None,
        }
    }

    /// The error placed at `node` (and what was asked there), unless it has a place.
    pub(crate) fn at(mut self, node: NodeId, key: bool, asked: Option<Asked>) -> Self {
        if self.at.is_none() {
            self.at = Some(At { node, key });
            self.asked = asked;
        }
        self
    }

    pub(crate) fn out_of_range() -> Self {
        Self::of(Cause::OutOfRange)
    }
}

/// Serde's description of an unexpected value, kept.
fn found(unexpected: &Unexpected<'_>) -> Found {
    match *unexpected {
        Unexpected::Bool(value) => Found::Bool(value),
        Unexpected::Unsigned(value) => Found::Number(value.to_string()),
        Unexpected::Signed(value) => Found::Number(value.to_string()),
        Unexpected::Float(value) => Found::Number(value.to_string()),
        Unexpected::Str(text) => Found::Text(text.to_owned()),
        Unexpected::Unit => Found::Null,
        Unexpected::Seq => Found::List,
        Unexpected::Map => Found::Object,
        ref other => Found::Described(other.to_string()),
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        let english = message.to_string();
        // The crate's own checks write their Indonesian text under `{:#}`
        // (`crate::refusal::Refusal`); any other message is the same either way.
        let alternate = format!("{message:#}");
        Self::of(Cause::Custom {
            indonesian: (alternate != english).then_some(alternate),
            message: english,
            source: std::any::type_name::<T>(),
        })
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::of(Cause::InvalidType {
            found: found(&unexpected),
            expected: expected.to_string(),
        })
    }

    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::of(Cause::InvalidValue {
            found: found(&unexpected),
            expected: expected.to_string(),
        })
    }

    fn invalid_length(length: usize, expected: &dyn de::Expected) -> Self {
        Self::of(Cause::InvalidLength {
            length,
            expected: expected.to_string(),
        })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::of(Cause::UnknownVariant {
            variant: variant.to_owned(),
            expected,
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::of(Cause::UnknownField {
            field: field.to_owned(),
            expected,
        })
    }

    fn missing_field(field: &'static str) -> Self {
        Self::of(Cause::MissingField(field))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::of(Cause::DuplicateField(field))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cause {
            Cause::Custom { message, .. } => f.write_str(message),
            Cause::InvalidType { found, expected } => {
                write!(f, "invalid type: {found:?}, expected {expected}")
            }
            Cause::InvalidValue { found, expected } => {
                write!(f, "invalid value: {found:?}, expected {expected}")
            }
            Cause::InvalidLength { length, expected } => {
                write!(f, "invalid length {length}, expected {expected}")
            }
            Cause::UnknownVariant { variant, expected } => {
                write!(
                    f,
                    "unknown variant `{variant}`, expected one of {expected:?}"
                )
            }
            Cause::UnknownField { field, expected } => {
                write!(f, "unknown field `{field}`, expected one of {expected:?}")
            }
            Cause::MissingField(field) => write!(f, "missing field `{field}`"),
            Cause::DuplicateField(field) => write!(f, "duplicate field `{field}`"),
            Cause::OutOfRange => f.write_str("number out of range"),
        }
    }
}

impl std::error::Error for Error {}
