//! Measurements: realisations per indicator, employee and period, each with its evidence.

use super::error::MeasureError;
use crate::decimal_text;
use crate::id::IndicatorId;
use crate::invariant::Invariant;
use crate::nip::EmployeeNumber;
use crate::period::Period;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::ops::Range;

/// A realisation (realisasi): what was achieved on one indicator in one period, with a
/// reference to its evidence (bukti dukung) that the crate keeps but never reads.
///
/// A realisation is the team's (the result's as a whole, or an organisational node's) unless
/// it names the employee it belongs to. When a position is held by several employees, each
/// holder's realisations name the holder, so that each is measured on their own work;
/// only a result declared shared ([`Node::shared`](crate::cascade::Node::shared)) takes one set of
/// realisations for all its holders.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::id::IndicatorId;
/// use kinerja::measure::Realisation;
/// use kinerja::nip::{EmployeeKind, EmployeeNumber};
/// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
/// let r = Realisation::new(IndicatorId::new("IKI-DATA-1")?, "2026-Q1".parse()?, "28".parse()?)
///     .for_employee(dewi)
///     .with_evidence("dms://laporan/2026/q1/iki-data-1-dewi.pdf");
/// assert_eq!(r.employee(), Some(&dewi));
/// assert_eq!(r.evidence(), Some("dms://laporan/2026/q1/iki-data-1-dewi.pdf"));
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::measure::Realisation> = serde_json::from_str(r#"
/// [
///   {
///     "indicator": "IKI-DATA-1",
///     "employee": {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     "period": "2026-Q1",
///     "value": "28",
///     "evidence": "e-kinerja/2026/2026-Q1/IKI-DATA-1/199203032019032011"
///   },
///   {
///     "indicator": "IKI-DATA-1",
///     "employee": {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     "period": "2026-Q2",
///     "value": "61",
///     "evidence": "e-kinerja/2026/2026-Q2/IKI-DATA-1/199203032019032011"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Realisation {
    indicator: IndicatorId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    employee: Option<EmployeeNumber>,
    period: Period,
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    value: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    evidence: Option<String>,
}

crate::objects_only::objects_only!(Realisation);

impl Realisation {
    /// A realisation of the team (attributed to no employee), without evidence.
    #[must_use]
    pub const fn new(indicator: IndicatorId, period: Period, value: Decimal) -> Self {
        Self {
            indicator,
            employee: None,
            period,
            value,
            evidence: None,
        }
    }

    /// The same realisation attributed to the employee numbered `number`.
    #[must_use]
    pub const fn for_employee(mut self, number: EmployeeNumber) -> Self {
        self.employee = Some(number);
        self
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

    /// The employee it is attributed to; none for the team's realisation.
    #[must_use]
    pub const fn employee(&self) -> Option<&EmployeeNumber> {
        self.employee.as_ref()
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

    /// The order of a set: by indicator, then employee (the team's first), then period.
    fn key(&self) -> (&IndicatorId, Option<&EmployeeNumber>, Period) {
        (&self.indicator, self.employee.as_ref(), self.period)
    }
}

/// A set of realisations with at most one per indicator, employee (or team) and period,
/// kept sorted.
///
/// An employee's realisation of an indicator in a period is their own where one names them,
/// and otherwise the team's: see [`Readings`].
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::measure::Measurements = serde_json::from_str(r#"
/// [
///   {
///     "indicator": "IKI-DATA-1",
///     "employee": {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     "period": "2026-Q1",
///     "value": "28",
///     "evidence": "e-kinerja/2026/2026-Q1/IKI-DATA-1/199203032019032011"
///   },
///   {
///     "indicator": "IKI-DATA-1",
///     "employee": {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     "period": "2026-Q2",
///     "value": "61",
///     "evidence": "e-kinerja/2026/2026-Q2/IKI-DATA-1/199203032019032011"
///   },
///   {
///     "indicator": "IKI-DATA-1",
///     "employee": {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     "period": "2026-Q3",
///     "value": "95",
///     "evidence": "e-kinerja/2026/2026-Q3/IKI-DATA-1/199203032019032011"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "Vec<Realisation>"))]
pub struct Measurements {
    realisations: Vec<Realisation>,
    /// Where each indicator's run of `realisations` lies. An agency's year holds a
    /// million realisations or more, and every score looks its indicators up: a binary
    /// search comparing ids as texts, through the whole list, was the greater part of
    /// evaluating an employee. Only looked up, never iterated, so its order never shows.
    runs: HashMap<IndicatorId, Range<usize>>,
}

impl PartialEq for Measurements {
    /// Equal realisations (the index is made from them).
    fn eq(&self, other: &Self) -> bool {
        self.realisations == other.realisations
    }
}

impl Eq for Measurements {}

impl std::fmt::Debug for Measurements {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Measurements")
            .field("realisations", &self.realisations)
            .finish()
    }
}

impl Measurements {
    /// Collects realisations.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::measure::{MeasureError, Measurements, Realisation};
    /// use kinerja::prelude::*;
    /// use kinerja::Decimal;
    /// let q1: Period = "2026-Q1".parse()?;
    /// let id = IndicatorId::new("IKI-PU-1")?;
    /// let measured = Measurements::new([Realisation::new(id.clone(), q1, Decimal::from(3))])?;
    /// assert_eq!(measured.of(&id).len(), 1);
    /// // Two figures of the team for one period: which one counts cannot be guessed, so both are refused.
    /// let twice = Measurements::new([
    ///     Realisation::new(id.clone(), q1, Decimal::from(3)),
    ///     Realisation::new(id, q1, Decimal::from(4)),
    /// ]);
    /// assert!(matches!(twice, Err(MeasureError::DuplicateRealisation { .. })));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`MeasureError::DuplicateRealisation`] when an indicator has two realisations for one
    /// period and one employee, or two of the team's (the first such pair in order).
    pub fn new(realisations: impl IntoIterator<Item = Realisation>) -> Result<Self, MeasureError> {
        let mut realisations: Vec<Realisation> = realisations.into_iter().collect();
        realisations.sort_by(|a, b| a.key().cmp(&b.key()));
        if let Some(first) = realisations.windows(2).find_map(|pair| match pair {
            [a, b] if a.key() == b.key() => Some(a),
            _ => None,
        }) {
            return Err(MeasureError::DuplicateRealisation {
                indicator: first.indicator.clone(),
                employee: first.employee,
                period: first.period,
            });
        }
        let runs = runs_of(&realisations);
        Ok(Self { realisations, runs })
    }

    /// The team's realisation of `indicator` in `period` (the one attributed to nobody).
    #[must_use]
    pub fn get(&self, indicator: &IndicatorId, period: Period) -> Option<&Realisation> {
        self.get_for(indicator, None, period)
    }

    /// The realisation of `indicator` in `period` attributed to `employee` (none: the
    /// team's), exactly as recorded.
    #[must_use]
    pub fn get_for(
        &self,
        indicator: &IndicatorId,
        employee: Option<&EmployeeNumber>,
        period: Period,
    ) -> Option<&Realisation> {
        let whose = self.of_whom(indicator, employee);
        whose
            .binary_search_by(|r| r.period.cmp(&period))
            .ok()
            .and_then(|i| whose.get(i))
    }

    /// All realisations of `indicator`: the team's, then each employee's, each by period.
    #[must_use]
    pub fn of(&self, indicator: &IndicatorId) -> &[Realisation] {
        self.runs
            .get(indicator)
            .and_then(|run| self.realisations.get(run.clone()))
            .unwrap_or(&[])
    }

    /// Where the realisations of `indicator` lie in [`Measurements::all`] (an empty range
    /// when it has none).
    pub(crate) fn run_of(&self, indicator: &IndicatorId) -> Range<usize> {
        self.runs.get(indicator).cloned().unwrap_or(0..0)
    }

    /// The realisations of `indicator` attributed to `employee` (none: the team's), by
    /// period.
    #[must_use]
    pub fn of_whom(
        &self,
        indicator: &IndicatorId,
        employee: Option<&EmployeeNumber>,
    ) -> &[Realisation] {
        run(self.of(indicator), |r| r.employee.as_ref().cmp(&employee))
    }

    /// The readings of the employee numbered `number`: their own realisations, and the
    /// team's where they have none.
    #[must_use]
    pub const fn for_employee<'a>(&'a self, number: &'a EmployeeNumber) -> Readings<'a> {
        Readings {
            measurements: self,
            employee: Some(number),
            resolved: &[],
        }
    }

    /// Every realisation, by indicator, employee (the team's first) and period.
    #[must_use]
    pub fn all(&self) -> &[Realisation] {
        &self.realisations
    }
}

/// Where each indicator's run lies in `sorted` (sorted by indicator first).
fn runs_of(sorted: &[Realisation]) -> HashMap<IndicatorId, Range<usize>> {
    let mut runs = HashMap::new();
    let mut start = 0;
    for run in sorted.chunk_by(|a, b| a.indicator == b.indicator) {
        if let Some(first) = run.first() {
            runs.insert(first.indicator.clone(), start..start + run.len());
        }
        start += run.len();
    }
    runs
}

/// The run of `sorted` for which `order` is equal, found by two binary searches.
fn run(sorted: &[Realisation], order: impl Fn(&Realisation) -> Ordering) -> &[Realisation] {
    let start = sorted.partition_point(|r| order(r) == Ordering::Less);
    let rest = sorted
        .get(start..)
        .or_invariant(&[], "a start within the run");
    let len = rest.partition_point(|r| order(r) == Ordering::Equal);
    rest.get(..len).or_invariant(&[], "a length within the run")
}

/// Whose realisations a score reads: the team's alone (from `&Measurements`), or one
/// employee's, falling back period by period to the team's where the employee has none
/// ([`Measurements::for_employee`]).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{measure::*, prelude::*};
/// let q1: Period = "2026-Q1".parse()?;
/// let id = IndicatorId::new("IKI-1")?;
/// let (ana, budi) = (
///     EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003")?,
///     EmployeeNumber::new(EmployeeKind::Pns, "198601012010011001")?,
/// );
/// let measured = Measurements::new([
///     Realisation::new(id.clone(), q1, "8".parse()?).for_employee(ana),
///     Realisation::new(id.clone(), q1, "10".parse()?).for_employee(budi),
/// ])?;
/// let definition = IndicatorDefinition::builder(id, "dokumen", Polarity::Maximise)
///     .target(q1, Target::Value("10".parse()?))
///     .build()?;
/// let ana_scored = definition.achievement(q1, measured.for_employee(&ana))?;
/// assert_eq!(ana_scored.map(|p| p.value()), Some("80".parse()?));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Readings<'a> {
    measurements: &'a Measurements,
    employee: Option<&'a EmployeeNumber>,
    /// Indicators already looked up, for readings read again and again (every appraisal
    /// of an employee's year reads the same indicators).
    resolved: &'a [Resolved<'a>],
}

/// One indicator's realisations as [`Readings::of`] finds them, kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Resolved<'a> {
    indicator: &'a IndicatorId,
    own: &'a [Realisation],
    team: &'a [Realisation],
}

impl<'a> Readings<'a> {
    /// The realisations of `indicator` these readings draw on: the employee's own (empty
    /// for the team's readings) and the team's, each by period.
    pub(crate) fn of(&self, indicator: &IndicatorId) -> (&'a [Realisation], &'a [Realisation]) {
        if let Some(kept) = self.resolved.iter().find(|r| r.indicator == indicator) {
            return (kept.own, kept.team);
        }
        self.look_up(indicator)
    }

    /// `indicators` looked up once, to be kept beside these readings
    /// ([`Readings::keeping`]).
    pub(crate) fn resolve(
        &self,
        indicators: impl IntoIterator<Item = &'a IndicatorId>,
    ) -> Vec<Resolved<'a>> {
        indicators
            .into_iter()
            .map(|indicator| {
                let (own, team) = self.look_up(indicator);
                Resolved {
                    indicator,
                    own,
                    team,
                }
            })
            .collect()
    }

    /// These readings, finding the indicators of `resolved` there rather than searching
    /// again (they must have been resolved on these readings).
    pub(crate) const fn keeping(self, resolved: &'a [Resolved<'a>]) -> Self {
        Self { resolved, ..self }
    }

    /// The search behind [`Readings::of`].
    fn look_up(&self, indicator: &IndicatorId) -> (&'a [Realisation], &'a [Realisation]) {
        // One search by indicator (comparing texts), then short searches by employee.
        let all = self.measurements.of(indicator);
        let whose =
            |employee: Option<&EmployeeNumber>| run(all, |r| r.employee.as_ref().cmp(&employee));
        let own = self.employee.map_or(&[][..], |e| whose(Some(e)));
        (own, whose(None))
    }

    /// Whose readings these are; none for the team's.
    #[must_use]
    pub const fn employee(&self) -> Option<&'a EmployeeNumber> {
        self.employee
    }
}

impl<'a> From<&'a Measurements> for Readings<'a> {
    fn from(measurements: &'a Measurements) -> Self {
        Self {
            measurements,
            employee: None,
            resolved: &[],
        }
    }
}

impl TryFrom<Vec<Realisation>> for Measurements {
    type Error = MeasureError;
    fn try_from(realisations: Vec<Realisation>) -> Result<Self, MeasureError> {
        Self::new(realisations)
    }
}

impl From<Measurements> for Vec<Realisation> {
    fn from(measurements: Measurements) -> Self {
        measurements.realisations
    }
}

impl Serialize for Measurements {
    /// As a list of realisations, borrowed: serialising copies nothing.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.realisations.serialize(serializer)
    }
}

crate::refusal::deserialize_checked!(Measurements, Vec<Realisation>);
