//! PP 46/2011 on the work performance appraisal of civil servants (the older SKP): the
//! shares of the SKP and behaviour in the final value and the rating bands. The aspect
//! formulas (R/T for quantity and quality, the efficiency rule for time and cost) are the
//! polarities [`Polarity::Maximise`](crate::measure::Polarity::Maximise) and
//! [`MinimiseFormula::Pp46Efficiency`](crate::measure::MinimiseFormula::Pp46Efficiency).

use super::{band, d, weight};
use crate::evaluation::{Pp46Rating, Pp46Rules};
use crate::scoring::{BandTable, Bound};

/// PP 46/2011's final value (prestasi kerja): 60 % SKP and 40 % behaviour, rated by
/// [`pp_46_2011_bands`].
#[must_use]
pub fn pp_46_2011_rules() -> Pp46Rules {
    Pp46Rules {
        skp_share: weight(60),
        bands: pp_46_2011_bands(),
    }
}

impl Default for Pp46Rules {
    /// [`pp_46_2011_rules`].
    fn default() -> Self {
        pp_46_2011_rules()
    }
}

/// The PP 46/2011 bands. The regulation writes whole-number ranges (91 and above; 76–90;
/// 61–75; 51–60; 50 and below); the gaps between them are closed by reading each band as
/// "above the top of the band below": Buruk [0, 50], Kurang (50, 60], Cukup (60, 75],
/// Baik (75, 90], Sangat Baik above 90 (open above: quantity can exceed 100).
#[must_use]
pub fn pp_46_2011_bands() -> BandTable<Pp46Rating> {
    BandTable::trusted(vec![
        band(
            Pp46Rating::Bad,
            Some(Bound::inclusive(d(0))),
            Some(Bound::inclusive(d(50))),
        ),
        band(
            Pp46Rating::Poor,
            Some(Bound::exclusive(d(50))),
            Some(Bound::inclusive(d(60))),
        ),
        band(
            Pp46Rating::Fair,
            Some(Bound::exclusive(d(60))),
            Some(Bound::inclusive(d(75))),
        ),
        band(
            Pp46Rating::Good,
            Some(Bound::exclusive(d(75))),
            Some(Bound::inclusive(d(90))),
        ),
        band(Pp46Rating::VeryGood, Some(Bound::exclusive(d(90))), None),
    ])
}

/// The former name of [`pp_46_2011_rules`], kept so that callers can upgrade.
#[deprecated(
    note = "use `kinerja::regulation::pp_46_2011_rules`: presets are named regulation_number_year_rule"
)]
#[must_use]
pub fn pp46_rules() -> Pp46Rules {
    pp_46_2011_rules()
}

/// The former name of [`pp_46_2011_bands`], kept so that callers can upgrade.
#[deprecated(
    note = "use `kinerja::regulation::pp_46_2011_bands`: presets are named regulation_number_year_rule"
)]
#[must_use]
pub fn pp46_bands() -> BandTable<Pp46Rating> {
    pp_46_2011_bands()
}
