//! Indicator definitions: what is measured, in which unit, which way is better, the targets
//! per period, and how the periods make the year.

use super::error::{DefinitionRule, MeasureError};
use super::{Polarity, Target};
use crate::id::IndicatorId;
use crate::label::{Labelled, Language};
use crate::measure::Aspect;
use crate::num::Percent;
use crate::period::Period;
use crate::text::is_blank;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The floor and cap of an achievement, in percent (default: floor 0, no cap).
///
/// Many agencies cap achievement at 120 %: `AchievementLimits::capped(120)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AchievementLimits {
    /// The least achievement.
    pub floor: Percent,
    /// The greatest achievement, if capped (never below the floor: the definition checks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Percent>,
}

crate::objects_only::objects_only!(AchievementLimits);

impl AchievementLimits {
    /// Floor 0 and a cap of `cap` percent.
    #[must_use]
    pub fn capped(cap: u32) -> Self {
        Self {
            floor: Percent::ZERO,
            cap: Some(Percent::whole(cap)),
        }
    }
}

impl Default for AchievementLimits {
    fn default() -> Self {
        Self {
            floor: Percent::ZERO,
            cap: None,
        }
    }
}

/// Whether targets and realisations are per period or running totals to date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PeriodBasis {
    /// Each period's target and realisation stand alone (e.g. 25 each quarter).
    #[default]
    PerPeriod,
    /// Targets and realisations are totals to date (e.g. 25, 50, 75, 100): progressive.
    Cumulative,
}

impl Labelled for PeriodBasis {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::PerPeriod, Language::Indonesian) => "target per periode",
            (Self::Cumulative, Language::Indonesian) => "target kumulatif",
            (Self::PerPeriod, Language::English) => "target per period",
            (Self::Cumulative, Language::English) => "cumulative target",
        }
    }
}

/// How the values of several periods make one value (for the year, or any longer period).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aggregation {
    /// The total (counts, outputs).
    #[default]
    Sum,
    /// The arithmetic mean (rates, scores).
    Mean,
    /// The last period's value (levels, running totals).
    Last,
    /// The least value.
    Min,
    /// The greatest value.
    Max,
}

impl Labelled for Aggregation {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Sum, Language::Indonesian) => "jumlah",
            (Self::Mean, Language::Indonesian) => "rata-rata",
            (Self::Last, Language::Indonesian) => "nilai terakhir",
            (Self::Min, Language::Indonesian) => "nilai terendah",
            (Self::Max, Language::Indonesian) => "nilai tertinggi",
            (Self::Sum, Language::English) => "sum",
            (Self::Mean, Language::English) => "mean",
            (Self::Last, Language::English) => "last value",
            (Self::Min, Language::English) => "minimum",
            (Self::Max, Language::English) => "maximum",
        }
    }
}

/// What to do when a period has no realisation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MissingPolicy {
    /// Refuse to score: the gap must be filled.
    #[default]
    Error,
    /// Count the period as a realisation of zero.
    Zero,
    /// Leave the period out, target and all; if every period is left out, the indicator
    /// drops out and the remaining weights are rescaled.
    DropOut,
}

impl Labelled for MissingPolicy {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Error, Language::Indonesian) => "wajib diisi",
            (Self::Zero, Language::Indonesian) => "dihitung nol",
            (Self::DropOut, Language::Indonesian) => "tidak dihitung",
            (Self::Error, Language::English) => "required",
            (Self::Zero, Language::English) => "counted as zero",
            (Self::DropOut, Language::English) => "left out",
        }
    }
}

/// Whether a value target of zero is meaningful.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ZeroTarget {
    /// A zero target is an error: there is no ratio to take.
    #[default]
    Refuse,
    /// A zero target is met (100 %) when reached (R ≥ 0 to maximise, R ≤ 0 to minimise)
    /// and missed (0 %, or the floor) otherwise; e.g. "zero audit findings".
    MetWhenReached,
}

impl crate::label::Labelled for ZeroTarget {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language;
        match (self, language) {
            (Self::Refuse, Language::Indonesian) => "target nol ditolak",
            (Self::MetWhenReached, Language::Indonesian) => "target nol tercapai bila dipenuhi",
            (Self::Refuse, Language::English) => "a zero target is refused",
            (Self::MetWhenReached, Language::English) => "a zero target is met when reached",
        }
    }
}

/// An indicator's definition (definisi operasional indikator): unit, polarity, aspect, limits,
/// targets per period and the rules that turn realisations into an achievement.
///
/// Made by [`IndicatorDefinition::builder`]; deserialisation runs the same checks.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{measure::*, period::Granularity, prelude::*};
/// use kinerja::Decimal;
/// let year = Year::new(2026)?;
/// let mut builder = IndicatorDefinition::builder(IndicatorId::new("IKI-1")?, "sekolah", Polarity::Maximise)
///     .limits(AchievementLimits::capped(120));
/// for quarter in year.periods(Granularity::Quarter) {
///     builder = builder.target(quarter, Target::Value(Decimal::from(5)));
/// }
/// let definition = builder.build()?;
/// assert_eq!(definition.targets().len(), 4);
///
/// // A zero target makes no ratio unless declared meaningful.
/// let zero = IndicatorDefinition::builder(IndicatorId::new("IKI-2")?, "temuan", Polarity::Maximise)
///     .target(year.as_period(), Target::Value(Decimal::ZERO))
///     .build();
/// assert!(zero.is_err());
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::measure::IndicatorDefinition = serde_json::from_str(r#"
/// {
///   "id": "IKI-KUR-1",
///   "unit": "sekolah",
///   "polarity": "maximise",
///   "aspect": "quantity",
///   "limits": {
///     "floor": "0",
///     "cap": "120"
///   },
///   "zero_target": "refuse",
///   "negative_realisations": false,
///   "basis": "per_period",
///   "aggregation": "sum",
///   "missing": "error",
///   "targets": {
///     "2026-Q1": {
///       "value": "3"
///     },
///     "2026-Q2": {
///       "value": "4"
///     },
///     "2026-Q3": {
///       "value": "4"
///     },
///     "2026-Q4": {
///       "value": "4"
///     }
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "IndicatorDefinitionBuilder"))]
pub struct IndicatorDefinition {
    spec: IndicatorDefinitionBuilder,
}

/// The parts of an [`IndicatorDefinition`] before validation; also its wire form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct IndicatorDefinitionBuilder {
    id: IndicatorId,
    unit: String,
    polarity: Polarity,
    #[serde(default)]
    aspect: Aspect,
    #[serde(default)]
    limits: AchievementLimits,
    #[serde(default)]
    zero_target: ZeroTarget,
    #[serde(default)]
    negative_realisations: bool,
    #[serde(default)]
    basis: PeriodBasis,
    #[serde(default)]
    aggregation: Aggregation,
    #[serde(default)]
    missing: MissingPolicy,
    #[serde(deserialize_with = "crate::unique_map::deserialize")]
    targets: BTreeMap<Period, Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    annual_target: Option<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decimals: Option<u8>,
}

crate::objects_only::objects_only!(IndicatorDefinitionBuilder);

impl IndicatorDefinition {
    /// Starts a definition: quantity aspect, floor 0 and no cap, zero targets refused,
    /// negative realisations refused, per-period basis, summed over periods, missing
    /// realisations an error.
    #[must_use]
    pub fn builder(
        id: IndicatorId,
        unit: impl Into<String>,
        polarity: Polarity,
    ) -> IndicatorDefinitionBuilder {
        IndicatorDefinitionBuilder {
            id,
            unit: unit.into(),
            polarity,
            aspect: Aspect::Quantity,
            limits: AchievementLimits::default(),
            zero_target: ZeroTarget::Refuse,
            negative_realisations: false,
            basis: PeriodBasis::PerPeriod,
            aggregation: Aggregation::Sum,
            missing: MissingPolicy::Error,
            targets: BTreeMap::new(),
            annual_target: None,
            decimals: None,
        }
    }

    /// The indicator's id.
    #[must_use]
    pub const fn id(&self) -> &IndicatorId {
        &self.spec.id
    }

    /// The unit of measure (satuan).
    #[must_use]
    pub fn unit(&self) -> &str {
        &self.spec.unit
    }

    /// The polarity.
    #[must_use]
    pub const fn polarity(&self) -> Polarity {
        self.spec.polarity
    }

    /// The aspect.
    #[must_use]
    pub const fn aspect(&self) -> Aspect {
        self.spec.aspect
    }

    /// Floor and cap.
    #[must_use]
    pub const fn limits(&self) -> AchievementLimits {
        self.spec.limits
    }

    /// How a zero target is read.
    #[must_use]
    pub const fn zero_target(&self) -> ZeroTarget {
        self.spec.zero_target
    }

    /// Whether negative realisations are meaningful.
    #[must_use]
    pub const fn negative_realisations(&self) -> bool {
        self.spec.negative_realisations
    }

    /// Per period or cumulative.
    #[must_use]
    pub const fn basis(&self) -> PeriodBasis {
        self.spec.basis
    }

    /// How periods make a longer period.
    #[must_use]
    pub const fn aggregation(&self) -> Aggregation {
        self.spec.aggregation
    }

    /// What a missing realisation does.
    #[must_use]
    pub const fn missing(&self) -> MissingPolicy {
        self.spec.missing
    }

    /// How many decimals the indicator's targets and realisations may be written with: the
    /// definition's own (`"decimals"` on the wire), or else none (whole numbers) for a unit
    /// in [`WHOLE_UNITS`](crate::measure::WHOLE_UNITS) (orang, dokumen, sekolah, kegiatan,
    /// laporan, rupiah …) and [`DEFAULT_DECIMALS`](crate::measure::DEFAULT_DECIMALS) (two)
    /// for any other (persen, nilai, hari …). Written decimals count, trailing zeros too:
    /// `12.0` has one. A target with more is refused when the definition is built; a
    /// realisation with more is refused by the agency's record checks
    /// ([`InputProblem::TooManyDecimals`](crate::evaluation::InputProblem::TooManyDecimals)),
    /// and `1.200` on a whole-number indicator is named as a thousands separator.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::{measure::*, prelude::*};
    /// use kinerja::Decimal;
    /// let year: Period = "2026".parse()?;
    /// let documents = IndicatorDefinition::builder(IndicatorId::new("IKI-1")?, "dokumen", Polarity::Maximise)
    ///     .target(year, Target::Value(Decimal::from(1200)))
    ///     .build()?;
    /// assert_eq!(documents.decimals(), 0);
    /// // "1.200" typed for 1200 documents is refused, with the hint.
    /// let typed = IndicatorDefinition::builder(IndicatorId::new("IKI-1")?, "dokumen", Polarity::Maximise)
    ///     .target(year, Target::Value(Decimal::new(1200, 3)))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(typed.describe(Language::Indonesian).contains("tulis 1200 tanpa titik pemisah ribuan"));
    /// // Declared: three places.
    /// let precise = IndicatorDefinition::builder(IndicatorId::new("IKI-2")?, "persen", Polarity::Maximise)
    ///     .decimals(3)
    ///     .target(year, Target::Value(Decimal::new(99125, 3)))
    ///     .build()?;
    /// assert_eq!(precise.decimals(), 3);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn decimals(&self) -> u8 {
        self.spec.effective_decimals()
    }

    /// Whether `figure` is written with more decimals than [`IndicatorDefinition::decimals`]
    /// allows.
    #[must_use]
    pub fn has_too_many_decimals(&self, figure: Decimal) -> bool {
        super::decimals::too_many(figure, self.decimals())
    }

    /// The targets, by period.
    #[must_use]
    pub const fn targets(&self) -> &BTreeMap<Period, Target> {
        &self.spec.targets
    }

    /// Whether the indicator is due within `scope`: whether one of its target periods lies
    /// in it. An indicator that is not due (an annual target in a quarterly evaluation)
    /// takes no part in a score over `scope`.
    #[must_use]
    pub fn is_due(&self, scope: impl Into<crate::period::Span>) -> bool {
        let scope = scope.into();
        self.spec
            .targets
            .range(scope.period_range())
            .any(|(period, _)| scope.contains(period))
    }

    /// Checks `target` as a replacement of the target of `period`, as [`build`] checks a
    /// target: its kind, sign and order, and its kind against the definition's targets.
    ///
    /// [`build`]: IndicatorDefinitionBuilder::build
    pub(crate) fn check_replacement(
        &self,
        period: Period,
        target: Target,
    ) -> Result<(), MeasureError> {
        let fail = |rule| MeasureError::InvalidDefinition {
            indicator: self.spec.id.clone(),
            period: Some(period),
            rule,
        };
        self.spec.check_target(target).map_err(fail)?;
        match self.spec.targets.values().next() {
            Some(&first) if !same_kind(target, first) => {
                Err(fail(DefinitionRule::MixedTargetKinds))
            }
            _ => Ok(()),
        }
    }

    /// The rules a replacement target must keep, for checking many quickly.
    pub(crate) fn target_rules(&self) -> TargetRules {
        TargetRules {
            needs_band: self.spec.polarity.needs_band(),
            takes_range: self.spec.polarity.takes_range(),
            zero_ok: self.spec.zero_target != ZeroTarget::Refuse
                || self.spec.polarity == Polarity::Milestone,
            decimals: self.spec.effective_decimals(),
            band: matches!(self.spec.targets.values().next(), Some(Target::Band { .. })),
        }
    }

    /// Replaces the target of `period` (checked by [`IndicatorDefinition::check_replacement`]).
    pub(crate) fn replace_target(&mut self, period: Period, target: Target) {
        if let Some(slot) = self.spec.targets.get_mut(&period) {
            *slot = target;
        }
    }

    /// The explicit target for the whole year, if one replaces the aggregate of the periods.
    #[must_use]
    pub const fn annual_target(&self) -> Option<Target> {
        self.spec.annual_target
    }
}

impl IndicatorDefinitionBuilder {
    /// Sets the aspect.
    #[must_use]
    pub const fn aspect(mut self, aspect: Aspect) -> Self {
        self.aspect = aspect;
        self
    }

    /// Sets floor and cap.
    #[must_use]
    pub const fn limits(mut self, limits: AchievementLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Sets how a zero target is read.
    #[must_use]
    pub const fn zero_target(mut self, rule: ZeroTarget) -> Self {
        self.zero_target = rule;
        self
    }

    /// Allows negative realisations (e.g. a growth rate).
    #[must_use]
    pub const fn allow_negative_realisations(mut self) -> Self {
        self.negative_realisations = true;
        self
    }

    /// Sets the period basis.
    #[must_use]
    pub const fn basis(mut self, basis: PeriodBasis) -> Self {
        self.basis = basis;
        self
    }

    /// Sets how periods make a longer period.
    #[must_use]
    pub const fn aggregation(mut self, aggregation: Aggregation) -> Self {
        self.aggregation = aggregation;
        self
    }

    /// Sets the missing-value policy.
    #[must_use]
    pub const fn missing(mut self, policy: MissingPolicy) -> Self {
        self.missing = policy;
        self
    }

    /// Sets (or replaces) the target of one period. A band on a maximise or minimise
    /// indicator is a range target.
    #[must_use]
    pub fn target(mut self, period: Period, target: Target) -> Self {
        self.targets.insert(period, target);
        self
    }

    /// Sets an explicit target for the whole year.
    #[must_use]
    pub const fn annual_target(mut self, target: Target) -> Self {
        self.annual_target = Some(target);
        self
    }

    /// Declares how many decimals the indicator's figures may have, instead of the unit's
    /// default ([`IndicatorDefinition::decimals`]).
    #[must_use]
    pub const fn decimals(mut self, decimals: u8) -> Self {
        self.decimals = Some(decimals);
        self
    }

    /// The decimals declared, or the unit's default.
    fn effective_decimals(&self) -> u8 {
        self.decimals
            .unwrap_or_else(|| super::decimals::default_for(&self.unit))
    }

    /// Validates the definition.
    ///
    /// # Errors
    /// [`MeasureError::InvalidDefinition`] naming the indicator, the period where a target is to
    /// blame, and the [`DefinitionRule`] broken: blank unit, floor above cap, no targets,
    /// targets of mixed granularity or years, a target of the wrong kind for the polarity, a
    /// negative or (unless declared meaningful) zero target, a band out of order, a negative
    /// fall-off, or a cumulative basis not made from the last period.
    pub fn build(self) -> Result<IndicatorDefinition, MeasureError> {
        let fail = |period: Option<Period>, rule| MeasureError::InvalidDefinition {
            indicator: self.id.clone(),
            period,
            rule,
        };
        if is_blank(&self.unit) {
            return Err(fail(None, DefinitionRule::BlankUnit));
        }
        let limits = self.limits;
        if limits.cap.is_some_and(|cap| cap < limits.floor) {
            return Err(fail(None, DefinitionRule::FloorAboveCap));
        }
        if let Polarity::Stabilise { fall_off } = self.polarity {
            if fall_off < Decimal::ZERO {
                return Err(fail(None, DefinitionRule::NegativeFallOff));
            }
        }
        if let Some(decimals) = self.decimals.filter(|&d| d > super::MAX_DECIMALS) {
            return Err(fail(None, DefinitionRule::DecimalsOutOfRange { decimals }));
        }
        if self.basis == PeriodBasis::Cumulative && self.aggregation != Aggregation::Last {
            return Err(fail(None, DefinitionRule::CumulativeNeedsLast));
        }
        let Some((&first, &first_target)) = self.targets.iter().next() else {
            return Err(fail(None, DefinitionRule::NoTargets));
        };
        for (&period, &target) in &self.targets {
            if period.year() != first.year() || period.granularity() != first.granularity() {
                return Err(fail(Some(period), DefinitionRule::MixedPeriods));
            }
            self.check_target(target)
                .map_err(|rule| fail(Some(period), rule))?;
            if !same_kind(target, first_target) {
                return Err(fail(Some(period), DefinitionRule::MixedTargetKinds));
            }
        }
        if let Some(target) = self.annual_target {
            let year = Some(first.year().as_period());
            self.check_target(target).map_err(|rule| fail(year, rule))?;
            if !same_kind(target, first_target) {
                return Err(fail(year, DefinitionRule::MixedTargetKinds));
            }
        }
        Ok(IndicatorDefinition { spec: self })
    }

    fn check_target(&self, target: Target) -> Result<(), DefinitionRule> {
        let decimals = self.effective_decimals();
        let figures = match target {
            Target::Value(value) => [Some(value), None],
            Target::Band { low, high } => [Some(low), Some(high)],
        };
        if let Some(figure) = figures
            .into_iter()
            .flatten()
            .find(|&f| super::decimals::too_many(f, decimals))
        {
            return Err(DefinitionRule::TooManyDecimals { figure, decimals });
        }
        match target {
            Target::Value(_) if self.polarity.needs_band() => Err(DefinitionRule::TargetKind),
            Target::Value(value) if value < Decimal::ZERO => Err(DefinitionRule::NegativeTarget),
            Target::Value(value)
                if value.is_zero()
                    && self.zero_target == ZeroTarget::Refuse
                    && self.polarity != Polarity::Milestone =>
            {
                Err(DefinitionRule::ZeroTarget)
            }
            Target::Value(_) => Ok(()),
            Target::Band { .. } if !self.polarity.needs_band() && !self.polarity.takes_range() => {
                Err(DefinitionRule::TargetKind)
            }
            // A range target divides by its bounds, so the low end must be above zero.
            Target::Band { low, high }
                if low > high || (self.polarity.takes_range() && low <= Decimal::ZERO) =>
            {
                Err(DefinitionRule::BandOrder)
            }
            Target::Band { .. } => Ok(()),
        }
    }
}

/// What [`IndicatorDefinition::check_replacement`] asks of a target, copied out so that
/// a batch checks each employee's targets without a look-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TargetRules {
    needs_band: bool,
    takes_range: bool,
    zero_ok: bool,
    band: bool,
    decimals: u8,
}

impl TargetRules {
    /// Whether `target` passes [`IndicatorDefinition::check_replacement`].
    #[inline]
    pub(crate) fn accept(self, target: Target) -> bool {
        let places = u32::from(self.decimals);
        let written = match target {
            Target::Value(v) => v.scale() <= places,
            Target::Band { low, high } => low.scale() <= places && high.scale() <= places,
        };
        written
            && match target {
                Target::Value(v) => {
                    let negative = v.is_sign_negative() && !v.is_zero();
                    !self.needs_band && !self.band && !negative && (self.zero_ok || !v.is_zero())
                }
                Target::Band { low, high } => {
                    (self.needs_band || self.takes_range)
                        && self.band
                        && low <= high
                        && !(self.takes_range && low <= Decimal::ZERO)
                }
            }
    }
}

/// Whether two targets are of the same kind (both values, or both bands).
fn same_kind(a: Target, b: Target) -> bool {
    matches!(
        (a, b),
        (Target::Value(_), Target::Value(_)) | (Target::Band { .. }, Target::Band { .. })
    )
}

impl TryFrom<IndicatorDefinitionBuilder> for IndicatorDefinition {
    type Error = MeasureError;
    fn try_from(builder: IndicatorDefinitionBuilder) -> Result<Self, MeasureError> {
        builder.build()
    }
}

impl Serialize for IndicatorDefinition {
    /// As its builder, borrowed: serialising copies nothing.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.spec.serialize(serializer)
    }
}

impl From<IndicatorDefinition> for IndicatorDefinitionBuilder {
    fn from(definition: IndicatorDefinition) -> Self {
        definition.spec
    }
}

crate::refusal::deserialize_checked!(IndicatorDefinition, IndicatorDefinitionBuilder);
