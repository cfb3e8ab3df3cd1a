//! A scoring plan: an employee's results, each with weighted indicators, weighted into one
//! achievement (the two levels of the SKP).

use super::error::{Part, ScoringError, Weighed};
use super::explain::{IndicatorExplanation, PlanExplanation, ResultExplanation};
use super::policy::WeightPolicy;
use super::reporting::{Reporting, RoundingPoint};
use super::weights::WeightedSum;
use crate::cascade::{Cascade, ResultCategory};
use crate::decimal_text;
use crate::id::{IndicatorId, NodeId};
use crate::measure::{Definitions, IndicatorDefinition};
use crate::measure::{Measurements, Readings};
use crate::nip::EmployeeNumber;
use crate::num::{Percent, Weight};
use crate::period::Span;
use crate::text::first_repeated;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An indicator in a plan, with its raw weight within its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct PlannedIndicator {
    /// The raw weight (scaled by the result's policy).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The indicator's definition.
    pub definition: IndicatorDefinition,
}

crate::objects_only::objects_only!(PlannedIndicator);

/// A result (RHK) in a plan, with its raw weight and its indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct PlannedResult {
    /// The result's node in the cascade.
    pub node: NodeId,
    /// The raw weight (scaled by the plan's policy).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// How the indicators' weights are read.
    #[serde(default)]
    pub policy: WeightPolicy,
    /// The indicators (IKI).
    pub indicators: Vec<PlannedIndicator>,
}

crate::objects_only::objects_only!(PlannedResult);

impl PlannedIndicator {
    /// The indicator with weight 1: as heavy as every other indicator made this way.
    #[must_use]
    pub const fn new(definition: IndicatorDefinition) -> Self {
        Self {
            weight: Decimal::ONE,
            definition,
        }
    }
}

impl PlannedResult {
    /// A result measured by one indicator: weight 1 in the plan, and no weight policy to
    /// choose within it (the one indicator is the whole result).
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::Error> {
    /// use kinerja::prelude::*;
    /// let q1: Period = "2026-Q1".parse()?;
    /// let id = IndicatorId::new("IKI-1")?;
    /// let definition = IndicatorDefinition::builder(id.clone(), "dokumen", Polarity::Maximise)
    ///     .target(q1, Target::value(10))
    ///     .build()?;
    /// let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![
    ///     PlannedResult::single(NodeId::new("RHK-1")?, definition),
    /// ])?;
    /// let realised = Measurements::new([Realisation::new(id, q1, Decimal::from(8))])?;
    /// assert_eq!(plan.achievement(q1, &realised)?.value(), Decimal::from(80));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn single(node: NodeId, definition: IndicatorDefinition) -> Self {
        Self::equal(node, [definition])
    }

    /// A result whose indicators weigh equally (weight 1 each, normalised), with weight 1 in
    /// the plan.
    #[must_use]
    pub fn equal(node: NodeId, definitions: impl IntoIterator<Item = IndicatorDefinition>) -> Self {
        Self {
            node,
            weight: Decimal::ONE,
            policy: WeightPolicy::Normalise,
            indicators: definitions.into_iter().map(PlannedIndicator::new).collect(),
        }
    }
}

/// An employee's scoring plan: results weighted within the plan, indicators weighted within
/// each result. The plan's achievement is the weighted mean of the results' achievements,
/// each the weighted mean of its indicators' achievements.
///
/// An indicator with no target within the months scored is not due (an annual target in a
/// quarterly evaluation): it takes no part, and a result with no indicator due takes no part
/// either. Under a strict weight policy the parts that are due must still total 100.
///
/// Weights are checked when the plan is made, so scoring fails only on measurements.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{measure::Target, scoring::*, prelude::*};
/// use kinerja::Decimal;
/// let d = Decimal::from;
/// let q1: Period = "2026-Q1".parse()?;
/// let define = |id: &str| -> Result<IndicatorDefinition, Box<dyn std::error::Error>> {
///     Ok(IndicatorDefinition::builder(IndicatorId::new(id)?, "dokumen", Polarity::Maximise)
///         .target(q1, Target::Value(d(10)))
///         .build()?)
/// };
/// let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![
///     PlannedResult { node: NodeId::new("RHK-1")?, weight: d(3), policy: WeightPolicy::Normalise,
///         indicators: vec![PlannedIndicator { weight: d(1), definition: define("IKI-1")? }] },
///     PlannedResult { node: NodeId::new("RHK-2")?, weight: d(1), policy: WeightPolicy::Normalise,
///         indicators: vec![PlannedIndicator { weight: d(1), definition: define("IKI-2")? }] },
/// ])?;
/// let measured = Measurements::new([
///     Realisation::new(IndicatorId::new("IKI-1")?, q1, d(8)),   // 80 %
///     Realisation::new(IndicatorId::new("IKI-2")?, q1, d(10)),  // 100 %
/// ])?;
/// // (3 × 80 + 1 × 100) / 4 = 85
/// assert_eq!(plan.achievement(q1, &measured)?.value(), d(85));
/// println!("{}", plan.explain(q1, &measured, Rounding::default())?.render(Language::Indonesian));
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::scoring::ScoringPlan = serde_json::from_str(r#"
/// {
///   "employee": {
///     "kind": "pns",
///     "number": "198507192010012014"
///   },
///   "policy": "normalise",
///   "results": [
///     {
///       "node": "RHK-KUR-1",
///       "weight": "1",
///       "policy": "normalise",
///       "indicators": [
///         {
///           "weight": "1",
///           "definition": {
///             "id": "IKI-KUR-1",
///             "unit": "sekolah",
///             "polarity": "maximise",
///             "aspect": "quantity",
///             "limits": {
///               "floor": "0",
///               "cap": "120"
///             },
///             "zero_target": "refuse",
///             "negative_realisations": false,
///             "basis": "per_period",
///             "aggregation": "sum",
///             "missing": "error",
///             "targets": {
///               "2026-Q1": {
///                 "value": "3"
///               },
///               "2026-Q2": {
///                 "value": "4"
///               },
///               "2026-Q3": {
///                 "value": "4"
///               },
///               "2026-Q4": {
///                 "value": "4"
///               }
///             }
///           }
///         }
///       ]
///     },
///     {
///       "node": "RHK-KUR-2",
///       "weight": "1",
///       "policy": "normalise",
///       "indicators": [
///         {
///           "weight": "1",
///           "definition": {
///             "id": "IKI-KUR-2",
///             "unit": "orang",
///             "polarity": "maximise",
///             "aspect": "quantity",
///             "limits": {
///               "floor": "0",
///               "cap": "120"
///             },
///             "zero_target": "refuse",
///             "negative_realisations": false,
///             "basis": "per_period",
///             "aggregation": "sum",
///             "missing": "error",
///             "targets": {
///               "2026-Q1": {
///                 "value": "20"
///               },
///               "2026-Q2": {
///                 "value": "30"
///               },
///               "2026-Q3": {
///                 "value": "30"
///               },
///               "2026-Q4": {
///                 "value": "20"
///               }
///             }
///           }
///         }
///       ]
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "ScoringPlanSpec"))]
pub struct ScoringPlan {
    employee: Option<EmployeeNumber>,
    policy: WeightPolicy,
    results: Vec<PlannedResult>,
    statements: PlanStatements,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct ScoringPlanSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    employee: Option<EmployeeNumber>,
    policy: WeightPolicy,
    results: Vec<PlannedResult>,
    /// What the results and indicators state, by id (optional): the explanations name them
    /// by their statements.
    #[serde(default)]
    statements: PlanStatements,
}

crate::objects_only::objects_only!(de: ScoringPlanSpec);

/// What the parts of a plan state, by id: each result's statement (pernyataan hasil kerja)
/// and each indicator's, as the cascade words them. Only for naming; scoring never reads
/// them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct PlanStatements {
    /// Each result's statement, by the result's id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    results: BTreeMap<NodeId, String>,
    /// Each indicator's statement, by the indicator's id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    indicators: BTreeMap<IndicatorId, String>,
}

crate::objects_only::objects_only!(PlanStatements);

impl PlanStatements {
    fn is_empty(&self) -> bool {
        self.results.is_empty() && self.indicators.is_empty()
    }
}

impl ScoringPlan {
    /// Checks and makes a plan.
    ///
    /// # Errors
    /// [`ScoringError`]: no results, a result without indicators, a negative weight, all
    /// weights of a level zero, weights not totalling 100 under a strict policy, or a result
    /// or indicator appearing twice.
    pub fn new(policy: WeightPolicy, results: Vec<PlannedResult>) -> Result<Self, ScoringError> {
        let mut nodes: Vec<&NodeId> = results.iter().map(|r| &r.node).collect();
        nodes.sort();
        if let Some(node) = first_repeated(&nodes, |n| *n) {
            return Err(ScoringError::RepeatedInPlan {
                part: Part::Result((*node).clone()),
            });
        }
        let mut indicators: Vec<&IndicatorId> = results
            .iter()
            .flat_map(|r| r.indicators.iter().map(|i| i.definition.id()))
            .collect();
        indicators.sort();
        if let Some(indicator) = first_repeated(&indicators, |i| *i) {
            return Err(ScoringError::RepeatedInPlan {
                part: Part::Indicator((*indicator).clone()),
            });
        }
        check_weights(policy, results.iter().map(|r| r.weight), || Weighed::Plan)?;
        for result in &results {
            check_weights(
                result.policy,
                result.indicators.iter().map(|i| i.weight),
                || Weighed::Indicators(result.node.clone()),
            )?;
        }
        Ok(Self {
            employee: None,
            policy,
            results,
            statements: PlanStatements::default(),
        })
    }

    /// The same plan naming its results and indicators by their statements in `cascade`
    /// (pernyataan), so that its explanations say `Hasil kerja "SD yang menerapkan
    /// Kurikulum Merdeka" (RHK-KUR-1)`. Parts the cascade does not hold keep their ids only;
    /// figures are unchanged. [`ScoringPlan::for_employee`] names them already.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::prelude::*;
    /// use kinerja::sample;
    /// let cascade = sample::siulak_cascade()?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let plan = ScoringPlan::for_employee(&cascade, &rina, &sample::siulak_definitions()?)?.ok_or("no plan")?;
    /// let result = NodeId::new("RHK-KUR-1")?;
    /// assert_eq!(plan.result_statement(&result), Some("SD yang menerapkan Kurikulum Merdeka"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn with_statements(mut self, cascade: &Cascade) -> Self {
        for result in &self.results {
            let Some(node) = cascade.node(&result.node) else {
                continue;
            };
            self.statements
                .results
                .insert(node.id().clone(), node.statement().to_owned());
            for indicator in node.indicators() {
                if result
                    .indicators
                    .iter()
                    .any(|i| i.definition.id() == indicator.id())
                {
                    self.statements
                        .indicators
                        .insert(indicator.id().clone(), indicator.statement().to_owned());
                }
            }
        }
        self
    }

    /// The same plan with the statements of its results and indicators given directly (an
    /// agreed plan's terms hold them); statements of parts it does not hold are ignored.
    pub(crate) fn with_named_parts(
        mut self,
        results: impl IntoIterator<Item = (NodeId, String)>,
        indicators: impl IntoIterator<Item = (IndicatorId, String)>,
    ) -> Self {
        for (node, statement) in results {
            if self.results.iter().any(|r| r.node == node) {
                self.statements.results.insert(node, statement);
            }
        }
        for (indicator, statement) in indicators {
            let held = self
                .results
                .iter()
                .flat_map(|r| &r.indicators)
                .any(|i| i.definition.id() == &indicator);
            if held {
                self.statements.indicators.insert(indicator, statement);
            }
        }
        self
    }

    /// What the result `node` states, where the plan knows it.
    #[must_use]
    pub fn result_statement(&self, node: &NodeId) -> Option<&str> {
        self.statements.results.get(node).map(String::as_str)
    }

    /// What the indicator `indicator` states, where the plan knows it.
    #[must_use]
    pub fn indicator_statement(&self, indicator: &IndicatorId) -> Option<&str> {
        self.statements
            .indicators
            .get(indicator)
            .map(String::as_str)
    }

    /// Checks that every statement names a part of the plan.
    fn check_statements(&self) -> Result<(), ScoringError> {
        if let Some(node) = self
            .statements
            .results
            .keys()
            .find(|node| !self.results.iter().any(|r| &r.node == *node))
        {
            return Err(ScoringError::StatementOfUnknownPart {
                part: Part::Result(node.clone()),
            });
        }
        let held = |id: &IndicatorId| {
            self.results
                .iter()
                .flat_map(|r| &r.indicators)
                .any(|i| i.definition.id() == id)
        };
        match self.statements.indicators.keys().find(|id| !held(id)) {
            Some(indicator) => Err(ScoringError::StatementOfUnknownPart {
                part: Part::Indicator(indicator.clone()),
            }),
            None => Ok(()),
        }
    }

    /// The same plan as the plan of the employee numbered `number`: it is then scored on
    /// the realisations attributed to that employee, and on the team's realisations where
    /// none is attributed (see [`Measurements`]).
    #[must_use]
    pub fn of_employee(mut self, number: EmployeeNumber) -> Self {
        self.employee = Some(number);
        self
    }

    /// Whose plan it is, if it belongs to an employee.
    #[must_use]
    pub const fn employee(&self) -> Option<&EmployeeNumber> {
        self.employee.as_ref()
    }

    /// The plan of `employee` read from the cascade: every main (utama) result owned by the
    /// employee or by their position, in id order, each weighted by its plan weight (bobot
    /// RHK); each result's indicators weighted by their weights within the result, with
    /// their definitions taken from `definitions`, and the statements of both for the
    /// explanations ([`ScoringPlan::with_statements`]). Where the cascade gives no weights, the
    /// parts weigh equally. Both levels use [`WeightPolicy::Normalise`], so a part that is
    /// not due yet leaves the others' shares in proportion. Additional (tambahan) results are
    /// left out: the regimes score them apart.
    ///
    /// `None` when the employee owns no main result yet: there is nothing to score. The cost
    /// does not grow with the agency: the cascade indexes results by owner when it is built.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::sample;
    /// use kinerja::nip::{EmployeeKind, EmployeeNumber};
    /// use kinerja::scoring::ScoringPlan;
    /// let cascade = sample::siulak_cascade()?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let plan = ScoringPlan::for_employee(&cascade, &rina, &sample::siulak_definitions()?)?;
    /// assert_eq!(plan.map(|p| p.results().len()), Some(2));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ScoringError::UnknownEmployee`] when the employee is not in the cascade's agency;
    /// [`ScoringError::Measure`] (an unknown indicator) when an indicator has no definition;
    /// [`ScoringError::EmptySet`] when a main result has no indicator.
    pub fn for_employee(
        cascade: &Cascade,
        employee: &EmployeeNumber,
        definitions: &Definitions,
    ) -> Result<Option<Self>, ScoringError> {
        if cascade.agency().employee(employee).is_none() {
            return Err(ScoringError::UnknownEmployee {
                employee: *employee,
            });
        }
        let weight = |w: Option<Weight>| w.map_or(Decimal::ONE, Weight::value);
        let results = cascade
            .results_of(employee)
            .filter(|n| n.category() == ResultCategory::Main)
            .map(|node| {
                let indicators = node
                    .indicators()
                    .iter()
                    .map(|indicator| {
                        Ok(PlannedIndicator {
                            weight: weight(indicator.weight()),
                            definition: definitions.find(indicator.id())?.clone(),
                        })
                    })
                    .collect::<Result<Vec<_>, ScoringError>>()?;
                Ok(PlannedResult {
                    node: node.id().clone(),
                    weight: weight(node.plan_weight()),
                    policy: WeightPolicy::Normalise,
                    indicators,
                })
            })
            .collect::<Result<Vec<_>, ScoringError>>()?;
        if results.is_empty() {
            return Ok(None);
        }
        Self::new(WeightPolicy::Normalise, results)
            .map(|plan| Some(plan.of_employee(*employee).with_statements(cascade)))
    }

    /// Replaces the target of one indicator in one period (already checked against the
    /// indicator's definition by the caller).
    pub(crate) fn replace_target(
        &mut self,
        result: usize,
        indicator: usize,
        period: crate::period::Period,
        target: crate::measure::Target,
    ) {
        if let Some(planned) = self
            .results
            .get_mut(result)
            .and_then(|r| r.indicators.get_mut(indicator))
        {
            planned.definition.replace_target(period, target);
        }
    }

    /// How the results' weights are read.
    #[must_use]
    pub const fn policy(&self) -> WeightPolicy {
        self.policy
    }

    /// The results.
    #[must_use]
    pub fn results(&self) -> &[PlannedResult] {
        &self.results
    }

    /// Whether anything in the plan is due within `scope`: whether some indicator has a
    /// target there.
    #[must_use]
    pub fn is_due(&self, scope: impl Into<Span>) -> bool {
        let scope = scope.into();
        self.results
            .iter()
            .flat_map(|r| &r.indicators)
            .any(|i| i.definition.is_due(scope))
    }

    /// The readings the plan is scored on: its employee's (falling back to the team's), or
    /// the team's for a plan of nobody in particular.
    pub(super) fn readings<'a>(&'a self, measurements: &'a Measurements) -> Readings<'a> {
        match &self.employee {
            Some(number) => measurements.for_employee(number),
            None => measurements.into(),
        }
    }

    /// The plan's achievement over `scope`, exact (round it for reporting with
    /// [`Percent::rounded`]).
    ///
    /// # Errors
    /// [`ScoringError`] from the indicators (naming indicator and period),
    /// [`ScoringError::NothingMeasured`] when every part dropped out, or
    /// [`ScoringError::NothingDue`] when no indicator has a target within `scope` (see
    /// [`ScoringPlan::is_due`]).
    pub fn achievement(
        &self,
        scope: impl Into<Span>,
        measurements: &Measurements,
    ) -> Result<Percent, ScoringError> {
        let scope = scope.into();
        let walked = self.walk(scope, self.readings(measurements), None, false)?;
        to_percent(walked.value, || Weighed::Plan)
    }

    /// The plan's achievement with its full explanation: every result and indicator, their
    /// weights and effective shares, every period's target, realisation and evidence, and
    /// the reported value rounded by `reporting` (a [`Rounding`](crate::num::Rounding) alone rounds only the
    /// total; [`Reporting`] also says whether indicators and results are rounded before
    /// they are weighted).
    ///
    /// # Errors
    /// As [`ScoringPlan::achievement`].
    pub fn explain(
        &self,
        scope: impl Into<Span>,
        measurements: &Measurements,
        reporting: impl Into<Reporting>,
    ) -> Result<PlanExplanation, ScoringError> {
        self.explain_readings(scope.into(), self.readings(measurements), reporting.into())
    }

    /// [`ScoringPlan::explain`] on the given readings.
    pub(crate) fn explain_readings(
        &self,
        scope: Span,
        readings: Readings<'_>,
        reporting: Reporting,
    ) -> Result<PlanExplanation, ScoringError> {
        let walked = self.walk(scope, readings, Some(reporting), true)?;
        let achievement = to_percent(walked.value, || Weighed::Plan)?;
        let mut results = walked.results;
        if !self.statements.is_empty() {
            for result in &mut results {
                result.statement = self.statements.results.get(&result.node).cloned();
                for indicator in &mut result.indicators {
                    indicator.statement = self
                        .statements
                        .indicators
                        .get(&indicator.trace.indicator)
                        .cloned();
                }
            }
        }
        Ok(PlanExplanation {
            scope,
            policy: self.policy,
            results,
            achievement,
            rounding: reporting.rounding,
            rounding_point: reporting.point,
            reported: achievement.round(reporting.rounding),
            band: None,
        })
    }

    /// The plan's achievement on the given readings, rounded before weighting where
    /// `reporting` says (the total itself is left exact), without an explanation.
    pub(crate) fn score_readings(
        &self,
        scope: Span,
        readings: Readings<'_>,
        reporting: Reporting,
    ) -> Result<Percent, ScoringError> {
        let walked = self.walk(scope, readings, Some(reporting), false)?;
        to_percent(walked.value, || Weighed::Plan)
    }

    /// The one pass both [`ScoringPlan::achievement`] and [`ScoringPlan::explain`] make:
    /// indicators weighted into results, results into the plan, rounded where `reporting`
    /// says, with the explanation recorded only when asked (so the batch path allocates no
    /// traces).
    fn walk(
        &self,
        scope: Span,
        readings: Readings<'_>,
        reporting: Option<Reporting>,
        explain: bool,
    ) -> Result<Walked, ScoringError> {
        let pass = Pass {
            scope,
            readings,
            reporting,
            explain,
        };
        let mut plan = WeightedSum::new(self.policy);
        let mut explained = Vec::with_capacity(if explain { self.results.len() } else { 0 });
        for result in &self.results {
            let Some(part) = pass.result(result)? else {
                continue;
            };
            plan.add_exactly(result.weight, part.counted, part.exact, || {
                Part::Result(result.node.clone())
            })?;
            explained.extend(part.explanation);
        }
        if plan.is_empty() {
            return Err(ScoringError::NothingDue { scope });
        }
        let divisor = plan.divisor();
        let value = plan.finish(|| Weighed::Plan)?;
        for part in &mut explained {
            part.share = share(
                part.weight,
                part.achievement.is_some(),
                divisor,
                self.policy,
            );
        }
        Ok(Walked {
            value,
            results: explained,
        })
    }
}

/// A result as it counts in the plan: its achievement (rounded where the reporting says;
/// none when every indicator dropped out) and its explanation, when asked for.
struct ResultPart {
    counted: Option<Decimal>,
    /// `counted` as an exact fraction, where the result's mean is one `Decimal` holds (its
    /// 28 digits may have rounded it).
    exact: Option<(Decimal, Decimal)>,
    explanation: Option<ResultExplanation>,
}

/// What one pass over a plan reads, and how it reports.
struct Pass<'a> {
    scope: Span,
    readings: Readings<'a>,
    reporting: Option<Reporting>,
    explain: bool,
}

impl Pass<'_> {
    /// Whether the reporting rounds at `at` (or later).
    fn rounds_at(&self, at: RoundingPoint) -> bool {
        self.reporting.is_some_and(|r| r.point >= at)
    }

    /// `value`, rounded if the reporting rounds at `at` or later.
    fn round(&self, value: Decimal, at: RoundingPoint) -> Decimal {
        match self.reporting {
            Some(r) if r.point >= at => r.rounding.apply(value),
            _ => value,
        }
    }

    /// The rounded figure `value` counts with where the reporting rounds at `at`; none where
    /// nothing is rounded there (the explanation then shows the exact figure only).
    fn counted_at(&self, counted: Option<Decimal>, at: RoundingPoint) -> Option<Percent> {
        self.reporting
            .filter(|r| r.point >= at)
            .and(counted)
            .map(|value| {
                // A rounded achievement is never negative.
                Percent::reported(value).unwrap_or_else(|| {
                    debug_assert!(false, "a negative rounded achievement");
                    Percent::ZERO
                })
            })
    }

    /// One result: its due indicators weighted into its achievement, as it counts in the
    /// plan, with its explanation when asked. `None` when no indicator of it is due.
    fn result(&self, result: &PlannedResult) -> Result<Option<ResultPart>, ScoringError> {
        let mut sum = WeightedSum::new(result.policy);
        let capacity = if self.explain {
            result.indicators.len()
        } else {
            0
        };
        let mut indicators = Vec::with_capacity(capacity);
        let mut due = false;
        for indicator in &result.indicators {
            let definition = &indicator.definition;
            if !definition.is_due(self.scope) {
                continue;
            }
            due = true;
            let (achievement, trace) = if self.explain {
                let trace = definition.explain_achievement(self.scope, self.readings)?;
                (trace.achievement, Some(trace))
            } else {
                let evaluated = definition.evaluate(self.scope, self.readings, None)?;
                (evaluated.achievement, None)
            };
            let counted = achievement.map(|a| self.round(a.value(), RoundingPoint::Indicators));
            sum.add(indicator.weight, counted, || {
                Part::Indicator(definition.id().clone())
            })?;
            if let Some(trace) = trace {
                indicators.push(IndicatorExplanation {
                    statement: None,
                    weight: indicator.weight,
                    share: None,
                    counted: self.counted_at(counted, RoundingPoint::Indicators),
                    trace,
                });
            }
        }
        if !due {
            return Ok(None);
        }
        let divisor = sum.divisor();
        let fraction = sum.fraction();
        let achievement = sum.finish(|| Weighed::Indicators(result.node.clone()))?;
        let counted = achievement.map(|a| self.round(a, RoundingPoint::IndicatorsAndResults));
        // Rounded, the figure counted is exact as it stands; unrounded, it is the fraction.
        let exact = match counted {
            Some(c) if self.rounds_at(RoundingPoint::IndicatorsAndResults) => {
                Some((c, Decimal::ONE))
            }
            Some(_) => fraction,
            None => None,
        };
        if !self.explain {
            return Ok(Some(ResultPart {
                counted,
                exact,
                explanation: None,
            }));
        }
        for part in &mut indicators {
            part.share = share(
                part.weight,
                part.trace.achievement.is_some(),
                divisor,
                result.policy,
            );
        }
        let explanation = ResultExplanation {
            node: result.node.clone(),
            statement: None,
            weight: result.weight,
            share: None,
            policy: result.policy,
            indicators,
            achievement: achievement
                .map(|a| to_percent(Some(a), || Weighed::Indicators(result.node.clone())))
                .transpose()?,
            counted: self.counted_at(counted, RoundingPoint::IndicatorsAndResults),
        };
        Ok(Some(ResultPart {
            counted,
            exact,
            explanation: Some(explanation),
        }))
    }
}

/// What one pass over a plan found.
struct Walked {
    /// The plan's exact achievement; none when every part dropped out.
    value: Option<Decimal>,
    /// The results' explanations, when asked for.
    results: Vec<ResultExplanation>,
}

/// The effective share (percent of the whole) of a part, where it counted.
fn share(weight: Decimal, counted: bool, divisor: Decimal, policy: WeightPolicy) -> Option<Weight> {
    let counts = counted || policy != WeightPolicy::RenormalisePresent;
    if !counts || divisor.is_zero() {
        return None;
    }
    let percent = weight
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|v| v.checked_div(divisor))?;
    // A counted part's weight is one of those the divisor adds up (or, under the strict
    // policy, one of weights totalling 100), so its share lies within 0 to 100.
    let share = Weight::new(percent).ok();
    debug_assert!(share.is_some(), "a share outside 0-100: {percent}");
    share
}

fn to_percent(value: Option<Decimal>, of: impl Fn() -> Weighed) -> Result<Percent, ScoringError> {
    let value = value.ok_or_else(|| ScoringError::NothingMeasured { of: of() })?;
    // A weighted mean of achievements, none negative, is never negative.
    Percent::new(value).map_err(|_| {
        debug_assert!(false, "a negative mean of non-negative achievements");
        ScoringError::WEIGHTED_MEAN
    })
}

/// Checks one level's raw weights as the policy will read them.
fn check_weights(
    policy: WeightPolicy,
    weights: impl Iterator<Item = Decimal>,
    of: impl Fn() -> Weighed,
) -> Result<(), ScoringError> {
    let mut sum = WeightedSum::new(policy);
    for (index, weight) in weights.enumerate() {
        sum.add(weight, Some(Decimal::ZERO), || Part::Numbered {
            of: of(),
            number: index + 1,
        })?;
    }
    sum.finish(of).map(|_| ())
}

impl TryFrom<ScoringPlanSpec> for ScoringPlan {
    type Error = ScoringError;
    fn try_from(spec: ScoringPlanSpec) -> Result<Self, ScoringError> {
        let mut plan = Self::new(spec.policy, spec.results)?;
        plan.statements = spec.statements;
        plan.check_statements()?;
        Ok(match spec.employee {
            Some(number) => plan.of_employee(number),
            None => plan,
        })
    }
}

/// The wire form of a [`ScoringPlan`], borrowed: serialising copies nothing.
#[derive(Serialize)]
struct ScoringPlanView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    employee: Option<&'a EmployeeNumber>,
    policy: WeightPolicy,
    results: &'a [PlannedResult],
    #[serde(skip_serializing_if = "no_statements")]
    statements: &'a PlanStatements,
}

/// Whether a plan being written has no statements (the field is then left out, as older
/// documents have it).
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn no_statements(statements: &&PlanStatements) -> bool {
    statements.is_empty()
}

impl Serialize for ScoringPlan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ScoringPlanView {
            employee: self.employee.as_ref(),
            policy: self.policy,
            results: &self.results,
            statements: &self.statements,
        }
        .serialize(serializer)
    }
}

crate::refusal::deserialize_checked!(ScoringPlan, ScoringPlanSpec);
