//! The ratings of the older numeric regimes and the SAKIP grade: the labels their band
//! tables give (the tables themselves are presets in [`regulation`](crate::regulation)).

use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// The ratings of PP 30/2019 (numeric, 0–120), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Pp30Rating {
    /// Sangat Kurang: below 50.
    VeryPoor,
    /// Kurang: 50 to below 70.
    Poor,
    /// Cukup: 70 to below 90.
    Fair,
    /// Baik: 90 to 120 (110 and above without an innovation).
    Good,
    /// Sangat Baik: 110 to 120, and only with an innovation.
    VeryGood,
}

impl Labelled for Pp30Rating {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::VeryPoor, Language::Indonesian) => "Sangat Kurang",
            (Self::Poor, Language::Indonesian) => "Kurang",
            (Self::Fair, Language::Indonesian) => "Cukup",
            (Self::Good, Language::Indonesian) => "Baik",
            (Self::VeryGood, Language::Indonesian) => "Sangat Baik",
            (Self::VeryPoor, Language::English) => "very poor",
            (Self::Poor, Language::English) => "poor",
            (Self::Fair, Language::English) => "fair",
            (Self::Good, Language::English) => "good",
            (Self::VeryGood, Language::English) => "very good",
        }
    }
}

/// The ratings of PP 46/2011, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Pp46Rating {
    /// Buruk: 50 and below.
    Bad,
    /// Kurang: above 50 to 60.
    Poor,
    /// Cukup: above 60 to 75.
    Fair,
    /// Baik: above 75 to 90.
    Good,
    /// Sangat Baik: above 90.
    VeryGood,
}

impl Labelled for Pp46Rating {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Bad, Language::Indonesian) => "Buruk",
            (Self::Poor, Language::Indonesian) => "Kurang",
            (Self::Fair, Language::Indonesian) => "Cukup",
            (Self::Good, Language::Indonesian) => "Baik",
            (Self::VeryGood, Language::Indonesian) => "Sangat Baik",
            (Self::Bad, Language::English) => "bad",
            (Self::Poor, Language::English) => "poor",
            (Self::Fair, Language::English) => "fair",
            (Self::Good, Language::English) => "good",
            (Self::VeryGood, Language::English) => "very good",
        }
    }
}

/// The SAKIP accountability grades, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum SakipGrade {
    /// 30 and below.
    D,
    /// Above 30 to 50.
    C,
    /// Above 50 to 60.
    CC,
    /// Above 60 to 70.
    B,
    /// Above 70 to 80.
    BB,
    /// Above 80 to 90.
    A,
    /// Above 90.
    AA,
}

impl Labelled for SakipGrade {
    fn label(&self, _language: Language) -> &'static str {
        match self {
            Self::D => "D",
            Self::C => "C",
            Self::CC => "CC",
            Self::B => "B",
            Self::BB => "BB",
            Self::A => "A",
            Self::AA => "AA",
        }
    }
}
