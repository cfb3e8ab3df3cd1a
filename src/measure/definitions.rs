//! The indicator definitions of an agency's year, kept sorted by id, with an index so that
//! finding one costs neither a scan nor a search comparing ids as texts.

use super::IndicatorDefinition;
use super::error::MeasureError;
use crate::id::IndicatorId;
use crate::period::Period;
use crate::text::first_repeated;
use serde::Serialize;
use std::collections::HashMap;

/// A set of indicator definitions with at most one per indicator, sorted by id.
///
/// On the wire: a list of definitions.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let definitions = kinerja::sample::siulak_definitions()?;
/// let id = kinerja::id::IndicatorId::new("IKI-KUR-1")?;
/// assert_eq!(definitions.get(&id).map(|d| d.unit()), Some("sekolah"));
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::measure::Definitions = serde_json::from_str(r#"
/// [
///   {
///     "id": "IKI-DATA-1",
///     "unit": "sekolah",
///     "polarity": "maximise",
///     "aspect": "quantity",
///     "limits": {
///       "floor": "0",
///       "cap": "120"
///     },
///     "zero_target": "refuse",
///     "negative_realisations": false,
///     "basis": "cumulative",
///     "aggregation": "last",
///     "missing": "error",
///     "targets": {
///       "2026-Q1": {
///         "value": "30"
///       },
///       "2026-Q2": {
///         "value": "60"
///       },
///       "2026-Q3": {
///         "value": "90"
///       },
///       "2026-Q4": {
///         "value": "120"
///       }
///     }
///   },
///   {
///     "id": "IKI-DATA-T1",
///     "unit": "kegiatan",
///     "polarity": "maximise",
///     "aspect": "quantity",
///     "limits": {
///       "floor": "0",
///       "cap": "120"
///     },
///     "zero_target": "refuse",
///     "negative_realisations": false,
///     "basis": "per_period",
///     "aggregation": "sum",
///     "missing": "error",
///     "targets": {
///       "2026-Q1": {
///         "value": "1"
///       },
///       "2026-Q2": {
///         "value": "1"
///       },
///       "2026-Q3": {
///         "value": "1"
///       },
///       "2026-Q4": {
///         "value": "1"
///       }
///     }
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "Vec<IndicatorDefinition>"))]
pub struct Definitions {
    definitions: Vec<IndicatorDefinition>,
    /// Where each definition lies. Every plan, roll-up and organisation score looks its
    /// indicators up, a hundred thousand at an agency's size: a binary search comparing ids
    /// as texts was a tenth of the organisation's achievement. Only looked up, never
    /// iterated, so its order never shows.
    places: HashMap<IndicatorId, usize>,
    /// Every period some definition targets, in order, once: what a roll-up sums over,
    /// gathered once here rather than through every definition's targets on each call.
    target_periods: Vec<Period>,
}

impl PartialEq for Definitions {
    /// Equal definitions (the index is made from them).
    fn eq(&self, other: &Self) -> bool {
        self.definitions == other.definitions
    }
}

impl Eq for Definitions {}

impl std::fmt::Debug for Definitions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Definitions")
            .field("definitions", &self.definitions)
            .finish()
    }
}

impl Definitions {
    /// Collects definitions.
    ///
    /// # Errors
    /// [`MeasureError::DuplicateDefinition`] when two define the same indicator (the
    /// smallest such id).
    pub fn new(
        definitions: impl IntoIterator<Item = IndicatorDefinition>,
    ) -> Result<Self, MeasureError> {
        let mut definitions: Vec<IndicatorDefinition> = definitions.into_iter().collect();
        definitions.sort_by(|a, b| a.id().cmp(b.id()));
        if let Some(indicator) = first_repeated(&definitions, IndicatorDefinition::id) {
            return Err(MeasureError::DuplicateDefinition {
                indicator: indicator.clone(),
            });
        }
        let places = (0..)
            .zip(&definitions)
            .map(|(place, definition)| (definition.id().clone(), place))
            .collect();
        let mut target_periods: Vec<Period> = definitions
            .iter()
            .flat_map(|d| d.targets().keys().copied())
            .collect();
        target_periods.sort_unstable();
        target_periods.dedup();
        Ok(Self {
            definitions,
            places,
            target_periods,
        })
    }

    /// The definition of `indicator`.
    #[must_use]
    pub fn get(&self, indicator: &IndicatorId) -> Option<&IndicatorDefinition> {
        self.places
            .get(indicator)
            .and_then(|&place| self.definitions.get(place))
    }

    /// The definition of `indicator`, or an error naming it.
    pub(crate) fn find(
        &self,
        indicator: &IndicatorId,
    ) -> Result<&IndicatorDefinition, MeasureError> {
        self.get(indicator)
            .ok_or_else(|| MeasureError::UnknownIndicator {
                indicator: indicator.clone(),
            })
    }

    /// Every period some definition targets, in order.
    pub(crate) fn target_periods(&self) -> &[Period] {
        &self.target_periods
    }

    /// Every definition, by id.
    pub fn iter(&self) -> std::slice::Iter<'_, IndicatorDefinition> {
        self.definitions.iter()
    }

    /// How many definitions there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.definitions.len()
    }

    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.definitions.is_empty()
    }
}

impl<'a> IntoIterator for &'a Definitions {
    type Item = &'a IndicatorDefinition;
    type IntoIter = std::slice::Iter<'a, IndicatorDefinition>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl TryFrom<Vec<IndicatorDefinition>> for Definitions {
    type Error = MeasureError;
    fn try_from(definitions: Vec<IndicatorDefinition>) -> Result<Self, MeasureError> {
        Self::new(definitions)
    }
}

impl From<Definitions> for Vec<IndicatorDefinition> {
    fn from(definitions: Definitions) -> Self {
        definitions.definitions
    }
}

impl Serialize for Definitions {
    /// As a list of definitions, borrowed: serialising copies nothing.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.definitions.serialize(serializer)
    }
}

crate::refusal::deserialize_checked!(Definitions, Vec<IndicatorDefinition>);
