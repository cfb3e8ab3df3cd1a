//! The part a person plays in one plan.

use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// The part a person plays in one plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Pegawai: the employee whose plan it is. Only they propose.
    Employee,
    /// Atasan langsung: the direct leader. Only they agree for the organisation.
    Leader,
    /// Atasan dari atasan langsung: settles a dispute between the two.
    Settler,
}

impl Labelled for Role {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Employee, Language::Indonesian) => "pegawai",
            (Self::Leader, Language::Indonesian) => "atasan langsung",
            (Self::Settler, Language::Indonesian) => "atasan dari atasan langsung",
            (Self::Employee, Language::English) => "employee",
            (Self::Leader, Language::English) => "direct leader",
            (Self::Settler, Language::English) => "leader's leader",
        }
    }
}

crate::label::display_in_english!(Role);
