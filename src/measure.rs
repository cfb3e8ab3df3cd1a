//! Measurements: realisations per indicator and period, each with its evidence.

use crate::decimal_text;
use crate::error::ScoringError;
use crate::id::IndicatorId;
use crate::period::Period;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A realisation (realisasi): what was achieved on one indicator in one period, with a
/// reference to its evidence (bukti dukung) that the crate keeps but never reads.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{IndicatorId, Realisation};
/// let r = Realisation::new(IndicatorId::new("IKI-1")?, "2026-Q1".parse()?, "12".parse()?)
///     .with_evidence("dms://laporan/2026/q1/iki-1.pdf");
/// assert_eq!(r.evidence(), Some("dms://laporan/2026/q1/iki-1.pdf"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Realisation {
    indicator: IndicatorId,
    period: Period,
    #[serde(with = "decimal_text")]
    value: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    evidence: Option<String>,
}

impl Realisation {
    /// A realisation without evidence.
    #[must_use]
    pub const fn new(indicator: IndicatorId, period: Period, value: Decimal) -> Self {
        Self {
            indicator,
            period,
            value,
            evidence: None,
        }
    }

    /// The same realisation with an evidence reference (an opaque string: a URL, a document
    /// number, a storage key).
    #[must_use]
    pub fn with_evidence(mut self, evidence: impl Into<String>) -> Self {
        self.evidence = Some(evidence.into());
        self
    }

    /// The indicator.
    #[must_use]
    pub const fn indicator(&self) -> &IndicatorId {
        &self.indicator
    }

    /// The period.
    #[must_use]
    pub const fn period(&self) -> Period {
        self.period
    }

    /// The value realised.
    #[must_use]
    pub const fn value(&self) -> Decimal {
        self.value
    }

    /// The evidence reference, if any.
    #[must_use]
    pub fn evidence(&self) -> Option<&str> {
        self.evidence.as_deref()
    }
}

/// A set of realisations with at most one per indicator and period, kept sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Realisation>", into = "Vec<Realisation>")]
pub struct Measurements {
    realisations: Vec<Realisation>,
}

impl Measurements {
    /// Collects realisations.
    ///
    /// # Errors
    /// [`ScoringError::DuplicateRealisation`] when an indicator has two realisations for one
    /// period (the first such pair in indicator and period order).
    pub fn new(realisations: impl IntoIterator<Item = Realisation>) -> Result<Self, ScoringError> {
        let mut realisations: Vec<Realisation> = realisations.into_iter().collect();
        realisations.sort_by(|a, b| (&a.indicator, a.period).cmp(&(&b.indicator, b.period)));
        if let Some(pair) = realisations.windows(2).find(
            |pair| matches!(pair, [a, b] if a.indicator == b.indicator && a.period == b.period),
        ) {
            if let Some(first) = pair.first() {
                return Err(ScoringError::DuplicateRealisation {
                    indicator: first.indicator.clone(),
                    period: first.period,
                });
            }
        }
        Ok(Self { realisations })
    }

    /// The realisation of `indicator` in `period`.
    #[must_use]
    pub fn get(&self, indicator: &IndicatorId, period: Period) -> Option<&Realisation> {
        self.realisations
            .binary_search_by(|r| (&r.indicator, r.period).cmp(&(indicator, period)))
            .ok()
            .and_then(|i| self.realisations.get(i))
    }

    /// All realisations of `indicator`, by period.
    #[must_use]
    pub fn of(&self, indicator: &IndicatorId) -> &[Realisation] {
        let start = self
            .realisations
            .partition_point(|r| &r.indicator < indicator);
        let rest = self.realisations.get(start..).unwrap_or(&[]);
        let len = rest.partition_point(|r| &r.indicator == indicator);
        rest.get(..len).unwrap_or(&[])
    }

    /// Every realisation, by indicator and period.
    #[must_use]
    pub fn all(&self) -> &[Realisation] {
        &self.realisations
    }
}

impl TryFrom<Vec<Realisation>> for Measurements {
    type Error = ScoringError;
    fn try_from(realisations: Vec<Realisation>) -> Result<Self, ScoringError> {
        Self::new(realisations)
    }
}

impl From<Measurements> for Vec<Realisation> {
    fn from(measurements: Measurements) -> Self {
        measurements.realisations
    }
}
