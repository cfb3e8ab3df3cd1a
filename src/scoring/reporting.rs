//! How scores are reported: the rounding rule, and where figures are rounded before they
//! are weighted.

use crate::label::{Labelled, Language};
use crate::num::Rounding;
use serde::{Deserialize, Serialize};

/// Where a plan's figures are rounded. Agencies count differently: some round only the
/// final achievement, some round each indicator's achievement (and perhaps each result's)
/// before weighting it. The default is the exact reading: only the total is rounded.
///
/// The points are ordered: each rounds everything the one before it rounds, and more.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RoundingPoint {
    /// Indicators and results are weighted exactly; only the plan's achievement is rounded,
    /// for reporting.
    #[default]
    Total,
    /// Each indicator's achievement is rounded before it is weighted into its result.
    Indicators,
    /// Each indicator's and each result's achievement is rounded before it is weighted.
    IndicatorsAndResults,
}

impl Labelled for RoundingPoint {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Total, Language::Indonesian) => "dibulatkan pada nilai akhir saja",
            (Self::Indicators, Language::Indonesian) => "capaian tiap indikator dibulatkan",
            (Self::IndicatorsAndResults, Language::Indonesian) => {
                "capaian tiap indikator dan tiap hasil kerja dibulatkan"
            }
            (Self::Total, Language::English) => "only the total is rounded",
            (Self::Indicators, Language::English) => "each indicator's achievement is rounded",
            (Self::IndicatorsAndResults, Language::English) => {
                "each indicator's and each result's achievement is rounded"
            }
        }
    }
}

/// The rounding rule and the point where it applies.
///
/// A bare [`Rounding`] converts into reporting that rounds only the total.
///
/// ```
/// # fn main() -> Result<(), kinerja::num::ValueError> {
/// use kinerja::num::{Rounding, RoundingMode};
/// use kinerja::scoring::{Reporting, RoundingPoint};
/// let each = Reporting { rounding: Rounding::new(2, RoundingMode::HalfUp)?, point: RoundingPoint::Indicators };
/// assert_eq!(Reporting::from(Rounding::default()).point, RoundingPoint::Total);
/// assert!(each.point > RoundingPoint::Total);
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::scoring::Reporting = serde_json::from_str(r#"
/// {
///   "rounding": {
///     "decimals": 2,
///     "mode": "half_up"
///   },
///   "point": "indicators"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Reporting {
    /// The rounding rule.
    pub rounding: Rounding,
    /// Where it applies besides the total.
    #[serde(default)]
    pub point: RoundingPoint,
}

crate::objects_only::objects_only!(Reporting);

impl From<Rounding> for Reporting {
    fn from(rounding: Rounding) -> Self {
        Self {
            rounding,
            point: RoundingPoint::Total,
        }
    }
}
