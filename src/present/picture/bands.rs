//! The colours of a rule's bands: each band a colour from red (the lowest) to green (the
//! highest), and its range written as people write it, for a picture's figures and legend.

use crate::label::{Labelled, Language};
use crate::scoring::{Band, BandTable, Bound, Condition};
use crate::written::exact;
use rust_decimal::Decimal;

/// Colours for up to five bands, lowest first: red, orange, amber, green, dark green (all
/// dark enough for text on white and on the light boxes of the pictures).
const FIVE: [&str; 5] = ["#c53030", "#c05621", "#b7791f", "#2f855a", "#22543d"];
/// Colours for six to nine bands, lowest first.
const NINE: [&str; 9] = [
    "#742a2a", "#c53030", "#c05621", "#b7791f", "#975a16", "#38a169", "#2f855a", "#276749",
    "#22543d",
];

/// The bands a picture colours its figures by, taken from the band table the rules use (the
/// organisation's bands, the result thresholds, PP 30/2019's bands, …): one colour a band,
/// from red for the lowest to green for the highest, each with its label in both languages
/// and its range written as people write it ("90 sampai di bawah 110 %", "≥ 110 %").
///
/// A band that requires a condition (Sangat Baik under PP 30/2019 requires an innovation) is
/// given to a figure only when the condition is declared to hold ([`BandColours::holding`]);
/// otherwise the figure takes the band below, as [`BandTable::classify`] would rate it. A
/// figure outside the table has no band and is drawn in the text colour.
///
/// ```
/// use kinerja::Language;
/// use kinerja::present::BandColours;
/// use kinerja::Decimal;
/// let bands = BandColours::of(&kinerja::regulation::pp_30_2019_bands());
/// let baik = bands.band_of(Decimal::from(94)).ok_or("no band")?;
/// assert_eq!(baik.label(Language::Indonesian), "Baik");
/// assert_eq!(baik.range(Language::Indonesian), "90 sampai di bawah 110 %");
/// assert_eq!(bands.colour_of(Decimal::from(94)), Some(baik.colour()));
/// assert_ne!(bands.colour_of(Decimal::from(94)), bands.colour_of(Decimal::from(60)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandColours {
    /// The table with each band labelled by its place, lowest first.
    table: BandTable<usize>,
    bands: Vec<ColouredBand>,
    holding: Vec<Condition>,
}

/// One band of [`BandColours`], as its legend shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColouredBand {
    labels: [&'static str; 2],
    lower: Option<Bound>,
    upper: Option<Bound>,
    requires: Option<Condition>,
    colour: &'static str,
}

impl ColouredBand {
    /// The band's label (`Baik`, `good`).
    #[must_use]
    pub const fn label(&self, language: Language) -> &'static str {
        match language {
            Language::Indonesian => self.labels[0],
            Language::English => self.labels[1],
        }
    }

    /// The band's colour, as SVG and CSS write it (`#2f855a`).
    #[must_use]
    pub const fn colour(&self) -> &'static str {
        self.colour
    }

    /// The band's range as people write it, in percent: `90 sampai di bawah 110 %`,
    /// `≥ 110 %`, `< 50 %`, `110–120 %`; in English `90 to under 110 %`.
    #[must_use]
    pub fn range(&self, language: Language) -> String {
        range(self.lower, self.upper, language)
    }

    /// What the legend says of the band: its label and range, and the condition it
    /// requires (`Baik: 90 sampai di bawah 110 %`).
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let mut text = format!("{}: {}", self.label(language), self.range(language));
        if let Some(condition) = self.requires {
            let with = match language {
                Language::Indonesian => "dengan",
                Language::English => "with",
            };
            text.push_str(&format!(" ({with} {})", condition.label(language)));
        }
        text
    }
}

impl BandColours {
    /// The colours of `table`'s bands, lowest red and highest green; no condition holds.
    #[must_use]
    pub fn of<L: Labelled>(table: &BandTable<L>) -> Self {
        let count = table.bands().len();
        let bands = table
            .bands()
            .iter()
            .enumerate()
            .map(|(index, band)| ColouredBand {
                labels: [
                    band.label.label(Language::Indonesian),
                    band.label.label(Language::English),
                ],
                lower: band.lower,
                upper: band.upper,
                requires: band.requires,
                colour: colour(index, count),
            })
            .collect();
        let indexed = table
            .bands()
            .iter()
            .enumerate()
            .map(|(index, band)| Band {
                label: index,
                lower: band.lower,
                upper: band.upper,
                requires: band.requires,
            })
            .collect();
        Self {
            // The bands of a table already checked, relabelled: still a valid table.
            table: BandTable::trusted(indexed),
            bands,
            holding: Vec::new(),
        }
    }

    /// The same colours, with `condition` declared to hold for every figure drawn (an
    /// innovation that benefits the organisation, for Sangat Baik under PP 30/2019).
    #[must_use]
    pub fn holding(mut self, condition: Condition) -> Self {
        if !self.holding.contains(&condition) {
            self.holding.push(condition);
        }
        self
    }

    /// The bands, lowest first.
    #[must_use]
    pub fn bands(&self) -> &[ColouredBand] {
        &self.bands
    }

    /// The band `value` (a percent) falls in, as the table rates it; none outside the table.
    #[must_use]
    pub fn band_of(&self, value: Decimal) -> Option<&ColouredBand> {
        let found = self
            .table
            .classify(value, |c| self.holding.contains(&c))
            .ok()?;
        self.bands.get(*found.label)
    }

    /// The colour of the band `value` falls in; none outside the table.
    #[must_use]
    pub fn colour_of(&self, value: Decimal) -> Option<&'static str> {
        self.band_of(value).map(ColouredBand::colour)
    }
}

impl Default for BandColours {
    /// The colours of the crate's default reading of an organisation's achievement,
    /// [`default_organisation_bands`](crate::regulation::default_organisation_bands).
    fn default() -> Self {
        Self::of(&crate::regulation::default_organisation_bands())
    }
}

/// The colour of the band at `index` of `count`, spread from red to green.
fn colour(index: usize, count: usize) -> &'static str {
    let spread = |palette: &[&'static str]| {
        let last = palette.len().saturating_sub(1);
        let at = if count <= 1 {
            last
        } else {
            index.saturating_mul(last) / (count - 1)
        };
        palette.get(at.min(last)).copied().unwrap_or("#1f2933")
    };
    if count <= FIVE.len() {
        spread(&FIVE)
    } else {
        spread(&NINE)
    }
}

/// A range of percent as people write it.
fn range(lower: Option<Bound>, upper: Option<Bound>, language: Language) -> String {
    let figure = |b: Bound| exact(b.value.normalize(), language);
    let (to, under, over) = match language {
        Language::Indonesian => ("sampai", "sampai di bawah", "di atas"),
        Language::English => ("to", "to under", "over"),
    };
    match (lower, upper) {
        (None, None) => match language {
            Language::Indonesian => "semua nilai".to_owned(),
            Language::English => "every value".to_owned(),
        },
        (Some(low), None) => {
            format!(
                "{} {} %",
                if low.inclusive { "≥" } else { ">" },
                figure(low)
            )
        }
        (None, Some(high)) => {
            format!(
                "{} {} %",
                if high.inclusive { "≤" } else { "<" },
                figure(high)
            )
        }
        (Some(low), Some(high)) if low.value == high.value => format!("{} %", figure(low)),
        (Some(low), Some(high)) => match (low.inclusive, high.inclusive) {
            (true, true) => format!("{}–{} %", figure(low), figure(high)),
            (true, false) => format!("{} {under} {} %", figure(low), figure(high)),
            (false, true) => format!("{over} {} {to} {} %", figure(low), figure(high)),
            (false, false) => format!("{over} {} {under} {} %", figure(low), figure(high)),
        },
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn ranges_worked_by_hand() {
        let d = Decimal::from;
        let id = Language::Indonesian;
        let en = Language::English;
        let i = |v| Some(Bound::inclusive(d(v)));
        let x = |v| Some(Bound::exclusive(d(v)));
        assert_eq!(range(i(90), x(110), id), "90 sampai di bawah 110 %");
        assert_eq!(range(i(90), x(110), en), "90 to under 110 %");
        assert_eq!(range(i(110), None, id), "≥ 110 %");
        assert_eq!(range(None, x(50), id), "< 50 %");
        assert_eq!(range(i(110), i(120), id), "110–120 %");
        assert_eq!(range(x(80), i(90), en), "over 80 to 90 %");
        let half = Some(Bound::inclusive(Decimal::new(895, 1)));
        assert_eq!(range(half, x(90), id), "89,5 sampai di bawah 90 %");
    }

    #[test]
    fn colours_run_from_red_to_green_and_differ() {
        for count in 1..=9 {
            let colours: Vec<_> = (0..count).map(|i| colour(i, count)).collect();
            let mut distinct = colours.clone();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), count, "{count}: {colours:?}");
        }
        assert_eq!(colour(0, 5), "#c53030");
        assert_eq!(colour(4, 5), "#22543d");
    }
}
