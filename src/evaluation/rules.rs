//! The rules an agency evaluates by: every one data, with national or documented defaults.

use super::behaviour::BehaviourRules;
use super::distribution::{DistributionRules, QuotaRounding};
use super::objection::ObjectionRules;
use super::organisation::OrganisationRules;
use super::rating::{PredicateMatrix, Rating};
use super::tie::TieRule;
use crate::label::{Labelled, Language};
use crate::num::Rounding;
use crate::period::Granularity;
use crate::scoring::{BandTable, Reporting, RoundingPoint};
use serde::{Deserialize, Serialize};

/// How the annual result rating's achievement is made. Agencies count differently.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AnnualBasis {
    /// From the year's aggregates: each indicator's periods made one figure for the year
    /// (by its aggregation) and scored once.
    #[default]
    YearAggregate,
    /// The mean of the periods' own achievements (each period alone, not to date), over
    /// the periods in which something is due: exact, and rounded once for the rating. Every indicator of the plan then needs a
    /// target in some period of the evaluation's granularity: one with only an annual
    /// target would be due in no period and is refused rather than left out.
    MeanOfPeriods,
    /// As [`AnnualBasis::MeanOfPeriods`], but each period's achievement is first rounded
    /// as it was reported (by the rules' rounding), and the mean of those figures is
    /// rounded again for the rating: the count of agencies that average the quarterly
    /// figures their staff were shown. No regulation fixes which of the two to use; the
    /// default stays [`AnnualBasis::YearAggregate`].
    MeanOfReportedPeriods,
}

impl AnnualBasis {
    /// Whether the annual rating is read from a mean of the periods' achievements.
    #[must_use]
    pub const fn is_mean_of_periods(self) -> bool {
        matches!(self, Self::MeanOfPeriods | Self::MeanOfReportedPeriods)
    }

    /// Whether each period's achievement is rounded before the mean is taken.
    #[must_use]
    pub const fn rounds_each_period(self) -> bool {
        matches!(self, Self::MeanOfReportedPeriods)
    }
}

impl Labelled for AnnualBasis {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::YearAggregate, Language::Indonesian) => "capaian agregat setahun",
            (Self::MeanOfPeriods, Language::Indonesian) => "rata-rata capaian periodik",
            (Self::YearAggregate, Language::English) => "the year's aggregates",
            (Self::MeanOfPeriods, Language::English) => "the mean of the periods",
            (Self::MeanOfReportedPeriods, Language::Indonesian) => {
                "rata-rata capaian periodik yang telah dibulatkan"
            }
            (Self::MeanOfReportedPeriods, Language::English) => {
                "the mean of the periods' reported figures"
            }
        }
    }
}

/// The rules an agency evaluates by. Every field is data with a default, so a JSON document
/// need give only what differs from the defaults.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::{AnnualBasis, EvaluationRules};
/// use kinerja::scoring::RoundingPoint;
/// let rules: EvaluationRules = serde_json::from_str(
///     r#"{"annual_basis": "mean_of_periods", "rounding_point": "indicators"}"#,
/// )?;
/// assert_eq!(rules.annual_basis, AnnualBasis::MeanOfPeriods);
/// assert_eq!(rules.rounding_point, RoundingPoint::Indicators);
/// assert_eq!(rules.matrix, EvaluationRules::default().matrix);
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::EvaluationRules = serde_json::from_str(r#"
/// {
///   "result_thresholds": {
///     "bands": [
///       {
///         "label": "below",
///         "lower": {
///           "value": "0",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "90",
///           "inclusive": false
///         }
///       },
///       {
///         "label": "meets",
///         "lower": {
///           "value": "90",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "110",
///           "inclusive": false
///         }
///       },
///       {
///         "label": "above",
///         "lower": {
///           "value": "110",
///           "inclusive": true
///         }
///       }
///     ]
///   },
///   "rounding": {
///     "decimals": 2,
///     "mode": "half_up"
///   },
///   "granularity": "semester",
///   "annual_basis": "year_aggregate"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default, remote = "Self")]
pub struct EvaluationRules {
    /// Achievement (percent, as reported) → result rating. Default:
    /// [`default_result_thresholds`](crate::regulation::default_result_thresholds).
    pub result_thresholds: BandTable<Rating>,
    /// How behaviour is rated. Default: [`BehaviourRules::default`].
    pub behaviour: BehaviourRules,
    /// Ratings → predicate. Default: PermenPANRB 6/2022.
    pub matrix: PredicateMatrix,
    /// How achievements are reported (ratings are read from the reported figure). Default:
    /// half-up to 2 decimals.
    pub rounding: Rounding,
    /// Where figures are rounded before they are weighted. Default: only the total.
    pub rounding_point: RoundingPoint,
    /// How often the year is evaluated. Default: quarterly.
    pub granularity: Granularity,
    /// How the annual achievement is made. Default: from the year's aggregates.
    pub annual_basis: AnnualBasis,
    /// How the organisation's predicate and its leader's rating follow from its
    /// achievement. Default: [`OrganisationRules::default`].
    pub organisation: OrganisationRules,
    /// The distribution of employees' predicates each organisation predicate allows.
    /// Default: SE MenPANRB 3/2023.
    pub distribution: DistributionRules,
    /// How a quota's percentage of a team becomes a number of people. Default: strict.
    pub quota_rounding: QuotaRounding,
    /// Who moves when equal scores straddle a quota boundary at calibration. Default: the
    /// tie is reported and the leader decides with a reason (no regulation says; identity
    /// never decides).
    pub tie_rule: TieRule,
    /// How long after the result is given an employee may object. Default: 14 days.
    pub objection: ObjectionRules,
}

crate::objects_only::objects_only!(EvaluationRules);

impl EvaluationRules {
    /// The rounding rule and where it applies.
    #[must_use]
    pub const fn reporting(&self) -> Reporting {
        Reporting {
            rounding: self.rounding,
            point: self.rounding_point,
        }
    }
}
