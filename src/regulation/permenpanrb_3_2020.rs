//! PermenPANRB 3/2020 on talent management: the nine-box and its actions per box.

use super::default_result_thresholds;
use crate::evaluation::{NineBox, NineBoxRules, Potential, TalentAction};
use crate::scoring::{Band, BandTable, Bound};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The talent nine-box of PermenPANRB 3/2020 on talent management: performance from
/// [`default_result_thresholds`], potential (the crate's cut-offs on a 0–100 assessment) low
/// under 70, middle from 70 to under 85, high from 85, and the regulation's recommended
/// actions per box, from box 9 (promote, succession pool, reward) to box 1 (handled under
/// the disciplinary rules).
#[must_use]
pub fn permenpanrb_3_2020_nine_box() -> NineBoxRules {
    use TalentAction::{
        CompetencyDevelopment, Counselling, Disciplinary, Promote, Retain, Reward, Rotation,
        SuccessionPool,
    };
    let d = Decimal::from;
    let potential = BandTable::trusted(vec![
        Band::new(
            Potential::Low,
            Some(Bound::inclusive(d(0))),
            Some(Bound::exclusive(d(70))),
        ),
        Band::new(
            Potential::Middle,
            Some(Bound::inclusive(d(70))),
            Some(Bound::exclusive(d(85))),
        ),
        Band::new(Potential::High, Some(Bound::inclusive(d(85))), None),
    ]);
    let [b1, b2, b3, b4, b5, b6, b7, b8, b9] = NineBox::ALL;
    let actions = BTreeMap::from([
        (b9, vec![Promote, SuccessionPool, Reward]),
        (b8, vec![Rotation, SuccessionPool, Reward]),
        (b7, vec![Rotation, CompetencyDevelopment]),
        (b6, vec![Counselling, Rotation]),
        (b5, vec![Retain, CompetencyDevelopment]),
        (b4, vec![Retain, CompetencyDevelopment]),
        (b3, vec![Counselling, CompetencyDevelopment]),
        (b2, vec![Counselling, CompetencyDevelopment]),
        (b1, vec![Disciplinary]),
    ]);
    NineBoxRules {
        performance: default_result_thresholds(),
        potential,
        actions,
    }
}

impl Default for NineBoxRules {
    /// [`permenpanrb_3_2020_nine_box`].
    fn default() -> Self {
        permenpanrb_3_2020_nine_box()
    }
}
