//! The SAKIP accountability grades (PermenPANRB 88/2021 on the evaluation of SAKIP).

use super::{band, d};
use crate::evaluation::SakipGrade;
use crate::scoring::{BandTable, Bound};

/// The SAKIP grades on 0–100, lower bounds exclusive: D [0, 30], C (30, 50], CC (50, 60],
/// B (60, 70], BB (70, 80], A (80, 90], AA (90, 100].
#[must_use]
pub fn permenpanrb_88_2021_sakip_grades() -> BandTable<SakipGrade> {
    let cuts = [
        (SakipGrade::C, 30, 50),
        (SakipGrade::CC, 50, 60),
        (SakipGrade::B, 60, 70),
        (SakipGrade::BB, 70, 80),
        (SakipGrade::A, 80, 90),
        (SakipGrade::AA, 90, 100),
    ];
    let mut bands = vec![band(
        SakipGrade::D,
        Some(Bound::inclusive(d(0))),
        Some(Bound::inclusive(d(30))),
    )];
    bands.extend(cuts.iter().map(|&(grade, low, high)| {
        band(
            grade,
            Some(Bound::exclusive(d(low))),
            Some(Bound::inclusive(d(high))),
        )
    }));
    BandTable::trusted(bands)
}

/// The former name of [`permenpanrb_88_2021_sakip_grades`], kept so that callers can upgrade.
#[deprecated(
    note = "use `kinerja::regulation::permenpanrb_88_2021_sakip_grades`: presets are named regulation_number_year_rule"
)]
#[must_use]
pub fn sakip_grades() -> BandTable<SakipGrade> {
    permenpanrb_88_2021_sakip_grades()
}
