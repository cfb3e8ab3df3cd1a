//! The Indonesian rule sets as values (DOMAIN §4): rating bands of PP 30/2019 and
//! PP 46/2011, the SAKIP grades, and the PermenPANRB 8/2021 achievement → value map.
//!
//! Each is an ordinary [`BandTable`] or [`ValueMap`]; an agency that reads the rules
//! differently builds its own from JSON.

use crate::label::{Labelled, Language};
use crate::scoring::{Affine, Band, BandTable, Bound, ValueMap};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The condition named by PP 30/2019's Sangat Baik band: an innovation that benefits the
/// organisation.
pub const INNOVATION: &str = "innovation";

fn d(value: i64) -> Decimal {
    Decimal::from(value)
}

fn band<L>(label: L, lower: Option<Bound>, upper: Option<Bound>) -> Band<L> {
    Band::new(label, lower, upper)
}

/// The ratings of PP 30/2019 (numeric, 0–120), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

/// The PP 30/2019 bands on the 0–120 scale: Sangat Kurang [0, 50), Kurang [50, 70),
/// Cukup [70, 90), Baik [90, 110), Sangat Baik [110, 120] requiring [`INNOVATION`]; without
/// it a value of 110 or more is Baik (the regulation's "Baik 90–120").
///
/// ```
/// # fn main() -> Result<(), kinerja::BandError> {
/// use kinerja::preset::{pp30_bands, Pp30Rating, INNOVATION};
/// use rust_decimal::Decimal;
/// let bands = pp30_bands();
/// assert_eq!(*bands.classify(Decimal::from(115), |c| c == INNOVATION)?.label, Pp30Rating::VeryGood);
/// assert_eq!(*bands.classify(Decimal::from(115), |_| false)?.label, Pp30Rating::Good);
/// # Ok(()) }
/// ```
#[must_use]
pub fn pp30_bands() -> BandTable<Pp30Rating> {
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
        .requiring(INNOVATION),
    ])
}

/// The ratings of PP 46/2011, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

/// The PP 46/2011 bands. The regulation writes whole-number ranges (91 and above; 76–90;
/// 61–75; 51–60; 50 and below); the gaps between them are closed by reading each band as
/// "above the top of the band below": Buruk [0, 50], Kurang (50, 60], Cukup (60, 75],
/// Baik (75, 90], Sangat Baik above 90 (open above: quantity can exceed 100).
#[must_use]
pub fn pp46_bands() -> BandTable<Pp46Rating> {
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

/// The SAKIP accountability grades, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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

/// The SAKIP grades on 0–100, lower bounds exclusive: D [0, 30], C (30, 50], CC (50, 60],
/// B (60, 70], BB (70, 80], A (80, 90], AA (90, 100].
#[must_use]
pub fn sakip_grades() -> BandTable<SakipGrade> {
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

/// A line through `(at, base)` with slope `rise / run`, for the presets (run never zero).
fn line(at: i64, base: i64, rise: i64, run: i64) -> Affine {
    Affine::new(d(at), d(base), d(rise), d(run)).unwrap_or(Affine::constant(d(base)))
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
/// # fn main() -> Result<(), kinerja::ScoringError> {
/// use kinerja::preset::permenpanrb_8_2021_values;
/// use rust_decimal::Decimal;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The presets skip the run-time check; here they pass it.
    #[test]
    fn presets_are_valid_tables() {
        assert!(BandTable::new(pp30_bands().bands().to_vec()).is_ok());
        assert!(BandTable::new(pp46_bands().bands().to_vec()).is_ok());
        assert!(BandTable::new(sakip_grades().bands().to_vec()).is_ok());
        assert!(BandTable::new(permenpanrb_8_2021_values().segments().bands().to_vec()).is_ok());
    }
}
