//! PP 30/2019 on the performance appraisal of civil servants: the shares of results and
//! behaviour in the final value and the rating bands of its numeric scale (0–120).

use super::{band, d, weight};
use crate::evaluation::{Pp30Rating, Pp30Rules};
use crate::scoring::{BandTable, Bound, Condition};

/// PP 30/2019's final value: 70 % results and 30 % behaviour, or 60 % and 40 % where peers
/// and subordinates rate behaviour too (360°), rated by [`pp_30_2019_bands`].
///
/// ```
/// use kinerja::regulation::pp_30_2019_rules;
/// use kinerja::Decimal;
/// assert_eq!(pp_30_2019_rules().results_share.value(), Decimal::from(70));
/// assert_eq!(pp_30_2019_rules().results_share_360.value(), Decimal::from(60));
/// ```
#[must_use]
pub fn pp_30_2019_rules() -> Pp30Rules {
    Pp30Rules {
        results_share: weight(70),
        results_share_360: weight(60),
        bands: pp_30_2019_bands(),
    }
}

impl Default for Pp30Rules {
    /// [`pp_30_2019_rules`].
    fn default() -> Self {
        pp_30_2019_rules()
    }
}

/// The PP 30/2019 bands on the 0–120 scale: Sangat Kurang [0; 50), Kurang [50; 70),
/// Cukup [70; 90), Baik [90; 110), Sangat Baik [110; 120] requiring [`Condition::Innovation`]; without
/// it a value of 110 or more is Baik (the regulation's "Baik 90–120").
///
/// ```
/// # fn main() -> Result<(), kinerja::scoring::BandError> {
/// use kinerja::evaluation::Pp30Rating;
/// use kinerja::regulation::pp_30_2019_bands;
/// use kinerja::scoring::Condition;
/// use kinerja::Decimal;
/// let bands = pp_30_2019_bands();
/// assert_eq!(*bands.classify(Decimal::from(115), |c| c == Condition::Innovation)?.label, Pp30Rating::VeryGood);
/// assert_eq!(*bands.classify(Decimal::from(115), |_| false)?.label, Pp30Rating::Good);
/// # Ok(()) }
/// ```
#[must_use]
pub fn pp_30_2019_bands() -> BandTable<Pp30Rating> {
    BandTable::trusted(vec![
        band(
            Pp30Rating::VeryPoor,
            Some(Bound::inclusive(d(0))),
            Some(Bound::exclusive(d(50))),
        ),
        band(
            Pp30Rating::Poor,
            Some(Bound::inclusive(d(50))),
            Some(Bound::exclusive(d(70))),
        ),
        band(
            Pp30Rating::Fair,
            Some(Bound::inclusive(d(70))),
            Some(Bound::exclusive(d(90))),
        ),
        band(
            Pp30Rating::Good,
            Some(Bound::inclusive(d(90))),
            Some(Bound::exclusive(d(110))),
        ),
        band(
            Pp30Rating::VeryGood,
            Some(Bound::inclusive(d(110))),
            Some(Bound::inclusive(d(120))),
        )
        .requiring(Condition::Innovation),
    ])
}

/// The former name of [`pp_30_2019_rules`], kept so that callers can upgrade.
#[deprecated(
    note = "use `kinerja::regulation::pp_30_2019_rules`: presets are named regulation_number_year_rule"
)]
#[must_use]
pub fn pp30_rules() -> Pp30Rules {
    pp_30_2019_rules()
}

/// The former name of [`pp_30_2019_bands`], kept so that callers can upgrade.
#[deprecated(
    note = "use `kinerja::regulation::pp_30_2019_bands`: presets are named regulation_number_year_rule"
)]
#[must_use]
pub fn pp30_bands() -> BandTable<Pp30Rating> {
    pp_30_2019_bands()
}
