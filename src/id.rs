//! Newtype identifiers, so that a unit id can never be passed where a position id is expected.
//!
//! Every id is 1 to 64 characters from `A–Z a–z 0–9 . _ - : /`: enough for codes such as
//! `RHK-2.1` or `SS/01`, and safe to embed in exported diagrams without escaping surprises.
//! Ids compare by their exact text (case-sensitive). An id shares its text: cloning one
//! (as every employee of a batch names their unit) copies a pointer, not the text.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;
use thiserror::Error;

/// The longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// The rule of [`check`] as a JSON Schema pattern.
#[cfg(feature = "schema")]
const ID_PATTERN: &str = "^[A-Za-z0-9._:/-]{1,64}$";

/// Whether `text` is an id of this kind (the reader, `crate::read`, checks an id again to
/// tell its error in Indonesian).
pub(crate) fn check(kind: &'static str, text: &str) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty { kind });
    }
    if text.len() > MAX_ID_LEN {
        return Err(IdError::TooLong {
            kind,
            length: text.len(),
            max: MAX_ID_LEN,
        });
    }
    if let Some(bad) = text
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '/')))
    {
        return Err(IdError::InvalidCharacter {
            kind,
            id: text.to_owned(),
            character: bad,
        });
    }
    Ok(())
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $example:literal) => {
        $(#[$doc])*
        ///
        /// ```
        #[doc = concat!("# fn main() -> Result<(), kinerja::id::IdError> {")]
        #[doc = concat!("let id = kinerja::id::", stringify!($name), "::new(\"", $example, "\")?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert!(kinerja::id::", stringify!($name), "::new(\"has space\").is_err());")]
        /// # Ok(()) }
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        #[serde(try_from = "String")]
        pub struct $name(Arc<str>);

        #[cfg(feature = "schema")]
        crate::json_schema::fixed_schema!(
            $name,
            crate::json_schema::text(ID_PATTERN, concat!("An id (", $kind, "): 1 to 64 characters from A-Z a-z 0-9 . _ - : /, e.g. \"", $example, "\"."))
        );

        impl Serialize for $name {
            /// As its text, borrowed.
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl $name {
            /// Makes the id from its text.
            ///
            /// # Errors
            /// [`IdError`] when the text is empty, longer than 64 characters, or holds a
            /// character outside `A–Z a–z 0–9 . _ - : /`.
            pub fn new(text: impl Into<String>) -> Result<Self, IdError> {
                let text = text.into();
                check($kind, &text)?;
                Ok(Self(Arc::from(text)))
            }

            /// An id the crate writes itself (a preset's), known to be valid.
            #[allow(dead_code)]
            pub(crate) fn trusted(text: &'static str) -> Self {
                debug_assert!(check($kind, text).is_ok(), "a preset id breaks the id rules");
                Self(Arc::from(text))
            }

            /// The id's text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(text: String) -> Result<Self, IdError> {
                Self::new(text)
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(text: &str) -> Result<Self, IdError> {
                Self::new(text)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.as_ref().to_owned()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// Identifies a mission (misi) of the agency.
    MissionId, "mission", "M1"
);
string_id!(
    /// Identifies an organisational unit (unit kerja).
    UnitId, "unit", "DIKBUD.SEK"
);
string_id!(
    /// Identifies a position (jabatan).
    PositionId, "position", "KABID-SD"
);
string_id!(
    /// Identifies a node of the performance tree (pohon kinerja): a goal (tujuan), strategic
    /// objective (sasaran strategis), programme, activity, sub-activity or individual result
    /// (rencana hasil kerja, RHK). One namespace for all levels, so a parent link is one id.
    NodeId, "node", "RHK-2.1"
);
string_id!(
    /// Identifies an indicator (indikator kinerja: IKU, IKI).
    IndicatorId, "indicator", "IKU-1"
);
string_id!(
    /// Identifies a competency (kompetensi).
    CompetencyId, "competency", "MAN-INTEGRITAS"
);
string_id!(
    /// Identifies a development programme (program pengembangan kompetensi).
    ProgrammeId, "programme", "PELATIHAN-01"
);

/// An identifier that breaks the id rules.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum IdError {
    /// The id is empty.
    #[error("{kind} id may not be empty")]
    Empty {
        /// Which kind of id.
        kind: &'static str,
    },
    /// The id is too long.
    #[error("{kind} id is {length} characters long, at most {max} allowed")]
    TooLong {
        /// Which kind of id.
        kind: &'static str,
        /// Its length in bytes.
        length: usize,
        /// The most allowed.
        max: usize,
    },
    /// The id holds a character outside `A–Z a–z 0–9 . _ - : /`.
    #[error("{kind} id `{id}` holds {character:?}; only letters, digits and . _ - : / are allowed")]
    InvalidCharacter {
        /// Which kind of id.
        kind: &'static str,
        /// The id given.
        id: String,
        /// The first offending character.
        character: char,
    },
}

impl IdError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: crate::label::Language) -> String {
        use crate::text::in_indonesian as id;
        match (self, language) {
            (_, crate::label::Language::English) => self.to_string(),
            (Self::Empty { kind }, _) => format!("id {} tidak boleh kosong", id(kind)),
            (Self::TooLong { kind, length, max }, _) => format!(
                "id {} sepanjang {length} karakter, paling banyak {max}",
                id(kind)
            ),
            (
                Self::InvalidCharacter {
                    kind,
                    id: text,
                    character,
                },
                _,
            ) => format!(
                "id {} `{text}` memuat {character:?}; hanya huruf, angka dan . _ - : / yang boleh",
                id(kind)
            ),
        }
    }
}
