//! The weight policy: how raw weights become shares, and what a part without a value does.

use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// How raw weights become shares, and what a part without a value does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WeightPolicy {
    /// The weights must total exactly 100, and every part must have a value.
    Strict,
    /// Raw weights are scaled to total 100 (3 : 1 means 75 % : 25 %); every part must have
    /// a value.
    #[default]
    Normalise,
    /// Raw weights of the parts that have a value are scaled to total 100; a part without a
    /// value drops out instead of counting as zero.
    RenormalisePresent,
}

impl WeightPolicy {
    /// The policy's name in messages.
    pub(super) const fn name(self) -> &'static str {
        match self {
            Self::Strict => "strict",
            Self::Normalise => "normalise",
            Self::RenormalisePresent => "renormalise-present",
        }
    }
}

impl Labelled for WeightPolicy {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Strict, Language::Indonesian) => "bobot tetap (harus berjumlah 100)",
            (Self::Normalise, Language::Indonesian) => "bobot disetarakan menjadi 100",
            (Self::RenormalisePresent, Language::Indonesian) => {
                "bobot disetarakan atas bagian yang terukur"
            }
            (Self::Strict, Language::English) => "strict (weights total 100)",
            (Self::Normalise, Language::English) => "normalised to 100",
            (Self::RenormalisePresent, Language::English) => "renormalised over the parts measured",
        }
    }
}
