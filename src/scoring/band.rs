//! Band tables: a scale cut into labelled bands, such as the rating bands of a regulation.

use super::error::BandError;
use crate::decimal_text;
use crate::label::Language;
use crate::written::exact;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One end of a band: a value, and whether the value itself belongs to the band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Bound {
    /// Where the band ends.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
    /// Whether `value` is inside the band.
    pub inclusive: bool,
}

crate::objects_only::objects_only!(Bound);

impl Bound {
    /// A bound that includes its value (`≥` below, `≤` above).
    #[must_use]
    pub const fn inclusive(value: Decimal) -> Self {
        Self {
            value,
            inclusive: true,
        }
    }

    /// A bound that excludes its value (`>` below, `<` above).
    #[must_use]
    pub const fn exclusive(value: Decimal) -> Self {
        Self {
            value,
            inclusive: false,
        }
    }

    fn admits_from_below(self, x: Decimal) -> bool {
        if self.inclusive {
            x >= self.value
        } else {
            x > self.value
        }
    }

    fn admits_from_above(self, x: Decimal) -> bool {
        if self.inclusive {
            x <= self.value
        } else {
            x < self.value
        }
    }
}

/// A condition a band may require besides its value, named by a regulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Condition {
    /// An innovation that benefits the organisation (inovasi), which PP 30/2019 requires for
    /// Sangat Baik.
    Innovation,
}

impl crate::label::Labelled for Condition {
    fn label(&self, language: crate::label::Language) -> &'static str {
        match (self, language) {
            (Self::Innovation, crate::label::Language::Indonesian) => {
                "inovasi yang bermanfaat bagi organisasi"
            }
            (Self::Innovation, crate::label::Language::English) => {
                "an innovation that benefits the organisation"
            }
        }
    }
}

/// A band of a [`BandTable`]: a label for the values between two bounds.
///
/// A band may require a [`Condition`] (an innovation, for Sangat Baik under PP 30/2019); a
/// value in the band whose condition is not met falls to the band below.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Band<L> {
    /// What a value in the band is called (or, in a value map, what it is worth).
    pub label: L,
    /// The lower end; none for a band open below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The upper end; none for a band open above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// A condition the band needs besides its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Condition>,
}

crate::objects_only::objects_only!(Band<L>);

impl<L> Band<L> {
    /// A band from `lower` to `upper`.
    #[must_use]
    pub const fn new(label: L, lower: Option<Bound>, upper: Option<Bound>) -> Self {
        Self {
            label,
            lower,
            upper,
            requires: None,
        }
    }

    /// The same band, reachable only when `condition` holds.
    #[must_use]
    pub const fn requiring(mut self, condition: Condition) -> Self {
        self.requires = Some(condition);
        self
    }

    /// Whether `x` lies in the band.
    #[must_use]
    pub fn contains(&self, x: Decimal) -> bool {
        self.lower.is_none_or(|b| b.admits_from_below(x))
            && self.upper.is_none_or(|b| b.admits_from_above(x))
    }
}

impl<L> Band<L> {
    /// The interval as people read it in `language`: `[90; 110)` or, with decimals in
    /// Indonesian, `[89,5; 90)`. The bounds are parted by a semicolon, since a comma is the
    /// Indonesian decimal mark.
    #[must_use]
    pub fn interval(&self, language: Language) -> String {
        interval(self.lower, self.upper, language)
    }
}

/// The interval from `lower` to `upper` in `language` (see [`Band::interval`]).
pub(crate) fn interval(lower: Option<Bound>, upper: Option<Bound>, language: Language) -> String {
    let lower = lower.map_or_else(
        || "(−∞".to_owned(),
        |b| {
            format!(
                "{}{}",
                if b.inclusive { '[' } else { '(' },
                exact(b.value, language)
            )
        },
    );
    let upper = upper.map_or_else(
        || "+∞)".to_owned(),
        |b| {
            format!(
                "{}{}",
                exact(b.value, language),
                if b.inclusive { ']' } else { ')' }
            )
        },
    );
    format!("{lower}; {upper}")
}

impl<L> fmt::Display for Band<L> {
    /// The interval in mathematical notation with a decimal point, e.g. `[90; 110)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.interval(Language::English))
    }
}

/// A band table on the fast path's grid (see `scoring::fixed`), every condition holding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnitBands<L> {
    bands: Vec<UnitBand<L>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct UnitBand<L> {
    lower: Option<(i128, bool)>,
    upper: Option<(i128, bool)>,
    label: L,
}

impl<L: Copy> UnitBands<L> {
    /// The label [`BandTable::classify`] gives the `Decimal` path's figure (every condition
    /// holding); none when a bound lies within an inexact figure's reach, or the figure lies
    /// outside the table.
    pub(crate) fn classify(&self, figure: super::fixed::Approx) -> Option<L> {
        if !figure.is_exact() {
            let near = |bound: Option<(i128, bool)>| {
                bound.is_some_and(|(at, _)| figure.side_of(at).is_none())
            };
            if self.bands.iter().any(|b| near(b.lower) || near(b.upper)) {
                return None;
            }
        }
        let x = figure.lo();
        self.bands
            .iter()
            .find(|band| {
                band.lower
                    .is_none_or(|(at, inclusive)| x > at || (inclusive && x == at))
                    && band
                        .upper
                        .is_none_or(|(at, inclusive)| x < at || (inclusive && x == at))
            })
            .map(|band| band.label)
    }
}

/// A scale cut into bands, lowest first, that cover the table's domain without gap or
/// overlap: each band ends exactly where the next begins, with the meeting value in exactly
/// one of the two.
///
/// The domain runs from the first band's lower bound to the last band's upper bound; a value
/// outside it is an error, never a silent clamp.
///
/// ```
/// # fn main() -> Result<(), kinerja::scoring::BandError> {
/// use kinerja::scoring::{Band, BandTable, Bound};
/// use kinerja::Decimal;
/// let d = Decimal::from;
/// let table = BandTable::new(vec![
///     Band::new("low", Some(Bound::inclusive(d(0))), Some(Bound::exclusive(d(50)))),
///     Band::new("high", Some(Bound::inclusive(d(50))), None),
/// ])?;
/// assert_eq!(*table.classify(d(50), |_| false)?.label, "high");
/// assert!(table.classify(d(-1), |_| false).is_err());
///
/// // A gap between 50 and 60 is refused when the table is made.
/// assert!(BandTable::new(vec![
///     Band::new("low", None, Some(Bound::exclusive(d(50)))),
///     Band::new("high", Some(Bound::inclusive(d(60))), None),
/// ]).is_err());
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::scoring::BandTable<String> = serde_json::from_str(r#"
/// {
///   "bands": [
///     {
///       "label": "di bawah ekspektasi",
///       "lower": {
///         "value": "0",
///         "inclusive": true
///       },
///       "upper": {
///         "value": "90",
///         "inclusive": false
///       }
///     },
///     {
///       "label": "sesuai ekspektasi",
///       "lower": {
///         "value": "90",
///         "inclusive": true
///       },
///       "upper": {
///         "value": "110",
///         "inclusive": false
///       }
///     },
///     {
///       "label": "di atas ekspektasi",
///       "lower": {
///         "value": "110",
///         "inclusive": true
///       }
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    try_from = "BandTableSpec<L>",
    bound(serialize = "L: Serialize", deserialize = "L: Deserialize<'de>")
)]
#[cfg_attr(feature = "schema", schemars(with = "BandTableSpec<L>"))]
pub struct BandTable<L> {
    bands: Vec<Band<L>>,
}

/// Wire form of [`BandTable`] (the table serialises as itself: `{"bands": [...]}`).
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct BandTableSpec<L> {
    bands: Vec<Band<L>>,
}

crate::objects_only::objects_only!(de: BandTableSpec<L>);

impl<L> TryFrom<BandTableSpec<L>> for BandTable<L> {
    type Error = BandError;
    fn try_from(spec: BandTableSpec<L>) -> Result<Self, BandError> {
        Self::new(spec.bands)
    }
}

/// The band a value falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Classified<'a, L> {
    /// The band's position in the table, lowest first.
    pub index: usize,
    /// The band's label.
    pub label: &'a L,
    /// The band.
    pub band: &'a Band<L>,
    /// Whether the value lay in a higher band whose condition was not met.
    pub fell_back: bool,
}

impl<L> BandTable<L> {
    /// The table on the fast path's grid, every condition holding; none when a bound has
    /// more places than the grid or lies beyond its range.
    pub(crate) fn in_units(&self) -> Option<UnitBands<L>>
    where
        L: Copy,
    {
        let units = |bound: Option<Bound>| -> Option<Option<(i128, bool)>> {
            match bound {
                None => Some(None),
                Some(b) => Some(Some((
                    super::fixed::Approx::from_decimal(b.value)?.lo(),
                    b.inclusive,
                ))),
            }
        };
        let bands = self
            .bands
            .iter()
            .map(|band| {
                Some(UnitBand {
                    lower: units(band.lower)?,
                    upper: units(band.upper)?,
                    label: band.label,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(UnitBands { bands })
    }

    /// Validates the bands, lowest first.
    ///
    /// # Errors
    /// [`BandError`] when there are no bands, a band is empty, two neighbours leave a gap or
    /// overlap, a band other than the first is open below or other than the last is open
    /// above, or the lowest band requires a condition (a value there would have nowhere to
    /// fall).
    pub fn new(bands: Vec<Band<L>>) -> Result<Self, BandError> {
        if bands.is_empty() {
            return Err(BandError::Empty);
        }
        for (index, band) in bands.iter().enumerate() {
            if let (Some(lo), Some(hi)) = (band.lower, band.upper) {
                let single_point = lo.value == hi.value && lo.inclusive && hi.inclusive;
                if lo.value > hi.value || (lo.value == hi.value && !single_point) {
                    return Err(BandError::EmptyBand { index });
                }
            }
            if index > 0 && band.lower.is_none() {
                return Err(BandError::OpenInside { index });
            }
            if index + 1 < bands.len() && band.upper.is_none() {
                return Err(BandError::OpenInside { index });
            }
        }
        if bands.first().is_some_and(|b| b.requires.is_some()) {
            return Err(BandError::ConditionOnLowest);
        }
        for (index, pair) in bands.windows(2).enumerate() {
            let [below, above] = pair else { continue };
            let (Some(top), Some(bottom)) = (below.upper, above.lower) else {
                continue;
            };
            let meets = top.value == bottom.value && top.inclusive != bottom.inclusive;
            if meets {
                continue;
            }
            let overlap = top.value > bottom.value
                || (top.value == bottom.value && top.inclusive && bottom.inclusive);
            return Err(if overlap {
                BandError::Overlap { index: index + 1 }
            } else {
                BandError::Gap { index: index + 1 }
            });
        }
        Ok(Self { bands })
    }

    /// A table the crate itself defines, checked by the preset tests instead of at run time.
    pub(crate) const fn trusted(bands: Vec<Band<L>>) -> Self {
        Self { bands }
    }

    /// The bands, lowest first.
    #[must_use]
    pub fn bands(&self) -> &[Band<L>] {
        &self.bands
    }

    /// How high `value` ranks: the index of its band (after falling back past unmet
    /// conditions), the number of bands if it lies above the table, none if below. Ranks
    /// never fall as the value rises, which makes "reach band X or higher" a monotone test.
    #[must_use]
    pub fn rank(&self, value: Decimal, holds: impl Fn(Condition) -> bool) -> Option<usize> {
        match self.classify(value, holds) {
            Ok(found) => Some(found.index),
            Err(_) => {
                let above = self
                    .bands
                    .last()
                    .and_then(|top| top.upper)
                    .is_some_and(|upper| !upper.admits_from_above(value));
                above.then_some(self.bands.len())
            }
        }
    }

    /// The band `value` falls in. A band whose condition `holds` denies passes the value to
    /// the band below (repeatedly).
    ///
    /// # Errors
    /// [`BandError::OutOfDomain`] when `value` lies below the first band or above the last.
    pub fn classify(
        &self,
        value: Decimal,
        holds: impl Fn(Condition) -> bool,
    ) -> Result<Classified<'_, L>, BandError> {
        let index = self
            .bands
            .iter()
            .position(|band| band.contains(value))
            .ok_or(BandError::OutOfDomain { value })?;
        let mut chosen = index;
        while let Some(band) = self.bands.get(chosen) {
            match band.requires {
                Some(condition) if !holds(condition) && chosen > 0 => chosen -= 1,
                _ => break,
            }
        }
        let band = self
            .bands
            .get(chosen)
            .ok_or(BandError::OutOfDomain { value })?;
        Ok(Classified {
            index: chosen,
            label: &band.label,
            band,
            fell_back: chosen != index,
        })
    }
}
