//! A type's own check refusing what was read, told in both languages.
//!
//! serde carries a refusal as text (`Error::custom`), in English. The documents' types whose
//! check has an Indonesian text too ([`Refusal::of`]) give serde a [`Refusal`]: written plainly
//! it is the English text, as `serde_json` shows it; written with the alternate flag (`{:#}`)
//! it is the Indonesian one, which the crate's reader (`crate::read`) asks for, so that a
//! target refused inside `definitions.json` is told in Indonesian as well.

use crate::label::Language;
use std::fmt;

/// An error with a text in each language.
pub(crate) trait Told {
    /// The error in `language`.
    fn told(&self, language: Language) -> String;
}

/// A check's refusal: English written plainly, Indonesian with `{:#}`.
pub(crate) struct Refusal {
    english: String,
    indonesian: String,
}

impl Refusal {
    /// The refusal of `error`, in both languages: in English as the error displays itself
    /// (so `serde_json` reports exactly what it did before).
    pub(crate) fn of<E: Told + fmt::Display>(error: &E) -> Self {
        Self {
            english: error.to_string(),
            indonesian: error.told(Language::Indonesian),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            f.write_str(&self.indonesian)
        } else {
            f.write_str(&self.english)
        }
    }
}

/// `Told` for error types with `describe(&self, Language)`.
macro_rules! told_by_describe {
    ($($error:ty),* $(,)?) => {$(
        impl $crate::refusal::Told for $error {
            fn told(&self, language: $crate::label::Language) -> String {
                self.describe(language)
            }
        }
    )*};
}

/// A `Deserialize` for `$type` that reads its wire form `$wire` and checks it with
/// `TryFrom`, refusing in both languages: what `#[serde(try_from = "$wire")]` does, with a
/// [`Refusal`] for the error.
macro_rules! deserialize_checked {
    ($type:ty, $wire:ty) => {
        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let wire = <$wire as serde::Deserialize>::deserialize(deserializer)?;
                <Self as TryFrom<$wire>>::try_from(wire).map_err(|error| {
                    <D::Error as serde::de::Error>::custom($crate::refusal::Refusal::of(&error))
                })
            }
        }
    };
}

pub(crate) use {deserialize_checked, told_by_describe};

#[cfg(test)]
mod tests {
    use super::{Refusal, Told};
    use crate::label::Language;
    use std::fmt;

    /// An error told in both languages.
    struct NoTargets;

    impl fmt::Display for NoTargets {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("has no targets")
        }
    }

    impl Told for NoTargets {
        fn told(&self, language: Language) -> String {
            match language {
                Language::Indonesian => "tidak punya target".to_owned(),
                Language::English => self.to_string(),
            }
        }
    }

    #[test]
    fn plainly_english_alternately_indonesian() {
        let refusal = Refusal::of(&NoTargets);
        assert_eq!(refusal.to_string(), "has no targets");
        assert_eq!(format!("{refusal:#}"), "tidak punya target");
    }
}
