//! The regulations as values: one file per regulation, holding all of its presets.
//!
//! Every preset is named after its regulation, then what it is:
//! `<regulation>_<number>_<year>_<rule>` ([`permenpanrb_6_2022_matrix`],
//! [`pp_30_2019_bands`], [`se_menpanrb_3_2023_quotas`], [`lan_10_2018_conversion`]). The
//! crate's own choices where no regulation decides are `default_<rule>`
//! ([`default_result_thresholds`]). The former names (`pp30_bands`, `pp46_rules`,
//! `sakip_grades`, ...) remain as deprecated aliases.
//!
//! Each preset is an ordinary value of a stage's rule type (a [`BandTable`](crate::scoring::BandTable), a
//! [`ValueMap`](crate::scoring::ValueMap), ...); an agency that reads a regulation differently builds its own from JSON.
//! The crate docs list which preset implements which article, what the regulation leaves
//! open, and the default chosen.

mod crate_defaults;
mod lan_10_2018;
mod permenpanrb_38_2017;
mod permenpanrb_3_2020;
mod permenpanrb_6_2022;
mod permenpanrb_8_2021;
mod pp_17_2020;
mod pp_30_2019;
mod pp_46_2011;
mod sakip;
mod se_menpanrb_3_2023;

pub use crate_defaults::{
    default_behaviour_thresholds, default_leader_ratings, default_organisation_bands,
    default_result_thresholds, default_value_competencies,
};
pub use lan_10_2018::lan_10_2018_conversion;
pub use permenpanrb_3_2020::permenpanrb_3_2020_nine_box;
pub use permenpanrb_6_2022::permenpanrb_6_2022_matrix;
pub use permenpanrb_8_2021::{permenpanrb_8_2021_rules, permenpanrb_8_2021_values};
pub use permenpanrb_38_2017::{
    COMMUNICATION, COOPERATION, DECISION_MAKING, DEVELOPING_SELF_AND_OTHERS, INTEGRITY,
    MANAGING_CHANGE, NATION_BINDING, PUBLIC_SERVICE, RESULTS_ORIENTATION,
    permenpanrb_38_2017_catalogue, permenpanrb_38_2017_ladder,
};
pub use pp_17_2020::pp_17_2020_minimum_jp;
pub use pp_30_2019::{pp_30_2019_bands, pp_30_2019_rules};
pub use pp_46_2011::{pp_46_2011_bands, pp_46_2011_rules};
pub use sakip::permenpanrb_88_2021_sakip_grades;
pub use se_menpanrb_3_2023::se_menpanrb_3_2023_quotas;
#[allow(deprecated)]
pub use {
    pp_30_2019::{pp30_bands, pp30_rules},
    pp_46_2011::{pp46_bands, pp46_rules},
    sakip::sakip_grades,
};

use crate::invariant::Invariant;
use crate::num::Weight;
use crate::scoring::{Band, Bound};
use rust_decimal::Decimal;

fn d(value: i64) -> Decimal {
    Decimal::from(value)
}

/// A weight written in a preset (0 to 100, so never refused).
fn weight(value: i64) -> Weight {
    Weight::new(d(value)).unwrap_or_else(|_| {
        debug_assert!(false, "a preset weight outside 0-100");
        Weight::ZERO
    })
}

/// Competency ids written in a preset (known to be valid).
fn competency_ids(names: &[&'static str]) -> Vec<crate::id::CompetencyId> {
    names
        .iter()
        .map(|&name| crate::id::CompetencyId::trusted(name))
        .collect()
}

/// A competency level written in a preset (1 to 5, so never refused).
fn level(value: u8) -> crate::development::CompetencyLevel {
    crate::development::CompetencyLevel::new(value)
        .ok()
        .or_invariant(
            crate::development::CompetencyLevel::ALL[0],
            "a preset level within 1-5",
        )
}

fn band<L>(label: L, lower: Option<Bound>, upper: Option<Bound>) -> Band<L> {
    Band::new(label, lower, upper)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::BandTable;

    /// The presets skip the run-time check; here they pass it.
    #[test]
    fn presets_are_valid_tables() {
        assert!(BandTable::new(pp_30_2019_bands().bands().to_vec()).is_ok());
        assert!(BandTable::new(pp_46_2011_bands().bands().to_vec()).is_ok());
        assert!(BandTable::new(permenpanrb_88_2021_sakip_grades().bands().to_vec()).is_ok());
        assert!(BandTable::new(permenpanrb_8_2021_values().segments().bands().to_vec()).is_ok());
    }

    /// Reading a value back from JSON goes through its checks, so a preset that comes
    /// back equal passed them.
    fn passes_its_checks<T>(preset: &T)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let json = serde_json::to_string(preset).unwrap_or_default();
        let back: Result<T, _> = serde_json::from_str(&json);
        assert_eq!(back.ok().as_ref(), Some(preset), "{json}");
    }

    #[test]
    fn presets_pass_the_checks_of_their_types() {
        passes_its_checks(&permenpanrb_6_2022_matrix());
        passes_its_checks(&default_leader_ratings());
        passes_its_checks(&se_menpanrb_3_2023_quotas());
        passes_its_checks(&permenpanrb_3_2020_nine_box());
        passes_its_checks(&pp_30_2019_rules());
        passes_its_checks(&pp_46_2011_rules());
        passes_its_checks(&permenpanrb_8_2021_rules());
        passes_its_checks(&crate::evaluation::EvaluationRules::default());
    }
}
