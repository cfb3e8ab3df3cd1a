//! Performance gaps: where an evaluation says an employee falls short, and which competencies
//! that points at.

use super::catalogue::CompetencyCatalogue;
use super::error::DevelopmentError;
use crate::evaluation::{Appraisal, CoreValue, ImprovementArea, NineBox, Placement, TalentAction};
use crate::id::{CompetencyId, IndicatorId};
use crate::num::Percent;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which competencies an agency's results depend on: each indicator's, as the agency declares
/// them, and each core value's. All data; `Default` maps no indicator and the values by
/// [`regulation::default_value_competencies`](crate::regulation::default_value_competencies).
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::PerformanceGapRules = serde_json::from_str(r#"
/// {
///   "indicators": {
///     "IKI-DATA-1": [
///       "TEK-DATA-PENDIDIKAN"
///     ]
///   },
///   "values": {
///     "service_oriented": [
///       "MAN-PELAYANAN-PUBLIK"
///     ],
///     "accountable": [
///       "MAN-INTEGRITAS"
///     ]
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct PerformanceGapRules {
    /// Indicator → the competencies its result depends on.
    #[serde(default, deserialize_with = "crate::unique_map::deserialize")]
    pub indicators: BTreeMap<IndicatorId, Vec<CompetencyId>>,
    /// Core value → the competencies behind it (soft skills among them). Left out of a
    /// document, the values of [`PerformanceGapRules::default`] (write `"values": {}` for
    /// none).
    #[serde(
        default = "default_values",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub values: BTreeMap<CoreValue, Vec<CompetencyId>>,
}

crate::objects_only::objects_only!(PerformanceGapRules);

/// The values of [`PerformanceGapRules::default`]: what a document that leaves `values` out
/// gets.
fn default_values() -> BTreeMap<CoreValue, Vec<CompetencyId>> {
    PerformanceGapRules::default().values
}

/// What in an evaluation calls for development.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "source", remote = "Self")]
#[non_exhaustive]
pub enum PerformanceGapSource {
    /// An indicator behind its target.
    IndicatorBehindTarget {
        /// The indicator.
        indicator: IndicatorId,
        /// Its achievement.
        achievement: Percent,
    },
    /// A core value rated below expectation.
    ValueBelowExpectation {
        /// The value.
        value: CoreValue,
    },
    /// The employee's nine-box box, whose actions include competency development.
    TalentBox {
        /// The box.
        box_number: NineBox,
    },
}

crate::objects_only::objects_only!(PerformanceGapSource);

/// A performance gap and the competencies it points at (none where the agency maps the
/// indicator onto none, or for a nine-box action, which names no competency: the
/// competency gaps then say where to develop).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct PerformanceGap {
    /// What calls for development.
    pub source: PerformanceGapSource,
    /// The competencies it points at, by id.
    pub competencies: Vec<CompetencyId>,
}

crate::objects_only::objects_only!(PerformanceGap);

impl PerformanceGapRules {
    /// Checks that every competency the rules name is in `catalogue`.
    ///
    /// # Errors
    /// [`DevelopmentError::UnknownCompetency`], naming the first unknown one.
    pub fn check(&self, catalogue: &CompetencyCatalogue) -> Result<(), DevelopmentError> {
        self.indicators
            .values()
            .chain(self.values.values())
            .flatten()
            .try_for_each(|id| catalogue.competency(id).map(|_| ()))
    }

    /// The performance gaps of an appraisal (its improvement areas) and of the employee's
    /// nine-box placement, in that order.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::Error> {
    /// use kinerja::development::{PerformanceGapRules, PerformanceGapSource};
    /// let input = kinerja::AgencyInput::new(kinerja::sample::siulak_records()?)?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let rules = PerformanceGapRules::default();
    /// for employee in &year.employees {
    ///     for gap in rules.gaps(&employee.annual, None) {
    ///         if let PerformanceGapSource::ValueBelowExpectation { .. } = gap.source {
    ///             assert!(!gap.competencies.is_empty());
    ///         }
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn gaps(
        &self,
        appraisal: &Appraisal,
        placement: Option<&Placement>,
    ) -> Vec<PerformanceGap> {
        let mapped = |ids: Option<&Vec<CompetencyId>>| ids.cloned().unwrap_or_default();
        let mut gaps: Vec<PerformanceGap> = appraisal
            .improvement_areas
            .iter()
            .map(|area| match area {
                ImprovementArea::IndicatorBehindTarget {
                    indicator,
                    achievement,
                    ..
                } => PerformanceGap {
                    source: PerformanceGapSource::IndicatorBehindTarget {
                        indicator: indicator.clone(),
                        achievement: *achievement,
                    },
                    competencies: mapped(self.indicators.get(indicator)),
                },
                ImprovementArea::BehaviourBelowExpectation { value } => PerformanceGap {
                    source: PerformanceGapSource::ValueBelowExpectation { value: *value },
                    competencies: mapped(self.values.get(value)),
                },
            })
            .collect();
        if let Some(placed) = placement {
            if placed
                .actions
                .contains(&TalentAction::CompetencyDevelopment)
            {
                gaps.push(PerformanceGap {
                    source: PerformanceGapSource::TalentBox {
                        box_number: placed.box_number,
                    },
                    competencies: Vec::new(),
                });
            }
        }
        gaps
    }
}
