//! PermenPANRB 8/2021 on the performance management of civil servants: the achievement →
//! value map and the additional results (tugas tambahan).

use super::{band, d};
use crate::evaluation::{AdditionalWorth, Permenpanrb8Rules};
use crate::num::{Percent, Score};
use crate::scoring::{Affine, BandTable, Bound, ValueMap};

/// PermenPANRB 8/2021's final value: [`permenpanrb_8_2021_values`] for the main results;
/// each additional result worth 100, 80, 60, 40 or 20 % of its weight as it is rated Sangat
/// Baik to Sangat Kurang; additional results add at most 10 points together.
#[must_use]
pub fn permenpanrb_8_2021_rules() -> Permenpanrb8Rules {
    Permenpanrb8Rules {
        values: permenpanrb_8_2021_values(),
        additional_worth: AdditionalWorth {
            very_good: Percent::whole(100),
            good: Percent::whole(80),
            fair: Percent::whole(60),
            poor: Percent::whole(40),
            very_poor: Percent::whole(20),
        },
        additional_cap: Score::new(d(10)).unwrap_or_else(|_| {
            debug_assert!(false, "10 is a score");
            Score::ZERO
        }),
    }
}

impl Default for Permenpanrb8Rules {
    /// [`permenpanrb_8_2021_rules`].
    fn default() -> Self {
        permenpanrb_8_2021_rules()
    }
}

/// PermenPANRB 8/2021: achievement c (percent) → value (0–120).
///
/// | achievement | value |
/// |---|---|
/// | below 60 | c / 59 × 49 |
/// | 60 to below 80 | 50 + (c − 60) |
/// | 80 to 99 | 70 + (c − 80) |
/// | above 99, below 100 | linear from 89 to 109 (the regulation is silent; the default) |
/// | exactly 100 | 109 |
/// | above 100, below 101 | linear from 109 to 110 (silent; the default) |
/// | 101 to 110 | 110 + (c − 101) × 10 / 9 |
/// | above 110 | 120 |
///
/// The regulation's ranges are whole numbers; values between them (79.5, say) follow the
/// formula of the range below. A fully achieved target that is already the maximum is
/// worth 120.
///
/// ```
/// # fn main() -> Result<(), kinerja::scoring::ScoringError> {
/// use kinerja::regulation::permenpanrb_8_2021_values;
/// use kinerja::Decimal;
/// let map = permenpanrb_8_2021_values();
/// assert_eq!(map.value(Decimal::from(100), false)?, Decimal::from(109));
/// assert_eq!(map.value(Decimal::from(100), true)?, Decimal::from(120));
/// assert_eq!(map.value(Decimal::from(90), false)?, Decimal::from(80));
/// # Ok(()) }
/// ```
#[must_use]
pub fn permenpanrb_8_2021_values() -> ValueMap {
    let segments = BandTable::trusted(vec![
        band(
            line(0, 0, 49, 59),
            Some(Bound::inclusive(d(0))),
            Some(Bound::exclusive(d(60))),
        ),
        band(
            line(60, 50, 1, 1),
            Some(Bound::inclusive(d(60))),
            Some(Bound::exclusive(d(80))),
        ),
        band(
            line(80, 70, 1, 1),
            Some(Bound::inclusive(d(80))),
            Some(Bound::inclusive(d(99))),
        ),
        band(
            line(99, 89, 20, 1),
            Some(Bound::exclusive(d(99))),
            Some(Bound::exclusive(d(100))),
        ),
        band(
            Affine::constant(d(109)),
            Some(Bound::inclusive(d(100))),
            Some(Bound::inclusive(d(100))),
        ),
        band(
            line(100, 109, 1, 1),
            Some(Bound::exclusive(d(100))),
            Some(Bound::exclusive(d(101))),
        ),
        band(
            line(101, 110, 10, 9),
            Some(Bound::inclusive(d(101))),
            Some(Bound::inclusive(d(110))),
        ),
        band(
            Affine::constant(d(120)),
            Some(Bound::exclusive(d(110))),
            None,
        ),
    ]);
    ValueMap::new(segments, Some(d(120)))
}

/// A line through `(at, base)` with slope `rise / run`, for the presets (run never zero).
fn line(at: i64, base: i64, rise: i64, run: i64) -> Affine {
    Affine::new(d(at), d(base), d(rise), d(run)).unwrap_or_else(|_| {
        debug_assert!(false, "a preset line has a zero run");
        Affine::constant(d(base))
    })
}
