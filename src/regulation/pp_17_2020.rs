//! PP 11/2017 on the management of civil servants, art. 203 as amended by PP 17/2020: every
//! civil servant is entitled to at least 20 JP of competency development a year.

use crate::development::{ClosingRules, Jp, PlanRules};
use crate::period::Quarter;

/// The yearly JP minimum: 20 JP (DOMAIN §6).
#[must_use]
pub fn pp_17_2020_minimum_jp() -> Jp {
    Jp::whole(20)
}

impl Default for PlanRules {
    fn default() -> Self {
        Self {
            budget: None,
            minimum: pp_17_2020_minimum_jp(),
            jp_cap: None,
            from: Quarter::Q1,
            closing: ClosingRules::default(),
        }
    }
}
