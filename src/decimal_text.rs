//! The one wire format for decimals: a JSON string such as `"85.25"`.
//!
//! Floats are refused on input because a binary float cannot carry an audited figure exactly.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serializer};

/// Parses a decimal written as text, refusing anything that would lose digits.
pub(crate) fn parse(text: &str) -> Option<Decimal> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed != text {
        return None;
    }
    Decimal::from_str_exact(trimmed).ok()
}

/// Serialises a decimal as its exact text.
pub(crate) fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// Deserialises a decimal from a string only.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not an exact decimal number")))
}

/// The same wire format for an optional decimal (`null` or absent for none).
pub(crate) mod optional {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => serializer.collect_str(v),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        let text: Option<String> = Option::deserialize(deserializer)?;
        text.map(|t| {
            super::parse(&t).ok_or_else(|| {
                serde::de::Error::custom(format!("`{t}` is not an exact decimal number"))
            })
        })
        .transpose()
    }
}
