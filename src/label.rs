//! Display labels in Indonesian and English.
//!
//! Names in the API are English; the people who read a result on screen or on paper often
//! need the regulation's Indonesian term. Every enum a person sees implements [`Labelled`].

use serde::{Deserialize, Serialize};

/// A language for display labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Bahasa Indonesia: the regulation's own terms.
    Indonesian,
    /// English.
    English,
}

/// A value with a human label in each [`Language`].
///
/// ```
/// use kinerja::{Labelled, Language};
/// use kinerja::org::JobLevel;
/// assert_eq!(JobLevel::Supervisor.label(Language::Indonesian), "Pengawas");
/// assert_eq!(JobLevel::Supervisor.label(Language::English), "supervisor");
/// ```
pub trait Labelled {
    /// The label in `language`.
    fn label(&self, language: Language) -> &'static str;
}

impl Labelled for Language {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Indonesian, Language::Indonesian) => "Bahasa Indonesia",
            (Self::English, Language::Indonesian) => "Bahasa Inggris",
            (Self::Indonesian, Language::English) => "Indonesian",
            (Self::English, Language::English) => "English",
        }
    }
}

/// Implements `Display` as the English label, for messages and logs.
macro_rules! display_in_english {
    ($($name:ty),* $(,)?) => {
        $(impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::label::Labelled::label(self, $crate::label::Language::English))
            }
        })*
    };
}
pub(crate) use display_in_english;
