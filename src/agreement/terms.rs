//! What a plan says: the results an employee commits to, each supporting a result of the
//! superior, with indicators, targets and weights; and the amendments a leader or a
//! revision makes to them.

use super::error::{AgreementError, Field};
use crate::cascade::{Cascade, Indicator, LinkKind, Node, Owner, ResultCategory};
use crate::id::{IndicatorId, NodeId};
use crate::measure::{IndicatorDefinition, IndicatorDefinitionBuilder, Target};
use crate::nip::EmployeeNumber;
use crate::num::Weight;
use crate::period::{Period, Year};
use crate::text::is_blank;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The terms of a plan (the content of an SKP): the employee's results.
///
/// A draft may be incomplete; the terms are checked when they are proposed, counter-proposed,
/// settled or revised ([`Terms::check`]).
///
/// On the wire: `{"results": [{"id": "RHK-ADM-1", "statement": "...", "supports":
/// "RHK-SEK-1", "indicators": [{"statement": "...", "definition": {...}}]}]}`.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::agreement::Terms = serde_json::from_str(r#"
/// {
///   "results": [
///     {
///       "id": "RHK-ADM-1",
///       "statement": "Bahan laporan kinerja yang terhimpun tepat waktu",
///       "supports": "RHK-SEK-1",
///       "link": "indirect",
///       "indicators": [
///         {
///           "statement": "Bahan laporan bidang yang terhimpun",
///           "definition": {
///             "id": "IKI-ADM-1",
///             "unit": "dokumen",
///             "polarity": "maximise",
///             "aspect": "quantity",
///             "limits": {
///               "floor": "0"
///             },
///             "zero_target": "refuse",
///             "negative_realisations": false,
///             "basis": "per_period",
///             "aggregation": "sum",
///             "missing": "error",
///             "targets": {
///               "2026": {
///                 "value": "12"
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Terms {
    /// The results (rencana hasil kerja).
    #[serde(default)]
    pub results: Vec<ProposedResult>,
}

crate::objects_only::objects_only!(Terms);

/// One result of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ProposedResult {
    /// The result's node id once it is in the cascade.
    pub id: NodeId,
    /// What the employee will deliver.
    pub statement: String,
    /// The superior's result it supports (intervensi); a result without one is an orphan and
    /// is refused when proposed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports: Option<NodeId>,
    /// Whether its figures add into the superior's (direct) or only support them.
    #[serde(default = "indirect")]
    pub link: LinkKind,
    /// Main (utama) or additional (tambahan).
    #[serde(default, skip_serializing_if = "ResultCategory::is_main")]
    pub category: ResultCategory,
    /// Its weight in the plan (bobot RHK), main results only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
    /// Its contribution to the result it supports: its weight among that result's
    /// children in the cascade's roll-up ([`Node::contributing`]), a weight apart from
    /// the plan's. Where the superior's result weighs its children, every child carries one
    /// and they total 100 %, checked like any other node's when the plan is proposed and
    /// when [`agreed_plans`](super::agreed_plans) puts it in the cascade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<Weight>,
    /// Its indicators (IKI) with their targets.
    #[serde(default)]
    pub indicators: Vec<ProposedIndicator>,
}

crate::objects_only::objects_only!(ProposedResult);

const fn indirect() -> LinkKind {
    LinkKind::Indirect
}

/// One indicator of a proposed result: its statement, weight within the result, and its
/// definition with the targets per period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ProposedIndicator {
    /// What is measured.
    pub statement: String,
    /// Its weight within the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
    /// How it is measured, with its targets.
    pub definition: IndicatorDefinition,
}

crate::objects_only::objects_only!(ProposedIndicator);

/// One change to a plan's terms: a leader's counter-proposal, a settlement or a revision is a
/// list of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "change",
    deny_unknown_fields,
    remote = "Self"
)]
pub enum Amendment {
    /// Sets (or replaces) an indicator's target for one period.
    Target {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The new target.
        target: Target,
    },
    /// Sets or clears a result's weight in the plan.
    ResultWeight {
        /// The result.
        result: NodeId,
        /// The new weight; none to clear it.
        #[serde(default)]
        weight: Option<Weight>,
    },
    /// Sets or clears a result's contribution to the result it supports.
    Contribution {
        /// The result.
        result: NodeId,
        /// The new contribution; none to clear it.
        #[serde(default)]
        weight: Option<Weight>,
    },
    /// Sets or clears an indicator's weight within its result.
    IndicatorWeight {
        /// The indicator.
        indicator: IndicatorId,
        /// The new weight; none to clear it.
        #[serde(default)]
        weight: Option<Weight>,
    },
}

crate::objects_only::objects_only!(Amendment);

impl Terms {
    /// The terms with `amendments` made, in order.
    ///
    /// # Errors
    /// [`AgreementError::UnknownResult`] or [`AgreementError::UnknownIndicator`] when an
    /// amendment names what the terms do not hold; [`AgreementError::Measure`] when a target
    /// does not fit its indicator.
    pub fn amended(&self, amendments: &[Amendment]) -> Result<Self, AgreementError> {
        let mut terms = self.clone();
        for amendment in amendments {
            terms.amend(amendment)?;
        }
        Ok(terms)
    }

    fn amend(&mut self, amendment: &Amendment) -> Result<(), AgreementError> {
        match amendment {
            Amendment::ResultWeight { result, weight } => {
                self.result_mut(result)?.weight = *weight;
            }
            Amendment::Contribution { result, weight } => {
                self.result_mut(result)?.contribution = *weight;
            }
            Amendment::IndicatorWeight { indicator, weight } => {
                self.indicator_mut(indicator)?.weight = *weight;
            }
            Amendment::Target {
                indicator,
                period,
                target,
            } => {
                let found = self.indicator_mut(indicator)?;
                let builder = IndicatorDefinitionBuilder::from(found.definition.clone());
                found.definition = builder.target(*period, *target).build()?;
            }
        }
        Ok(())
    }

    fn result_mut(&mut self, result: &NodeId) -> Result<&mut ProposedResult, AgreementError> {
        self.results
            .iter_mut()
            .find(|r| r.id == *result)
            .ok_or_else(|| AgreementError::UnknownResult {
                result: result.clone(),
            })
    }

    fn indicator_mut(
        &mut self,
        indicator: &IndicatorId,
    ) -> Result<&mut ProposedIndicator, AgreementError> {
        self.results
            .iter_mut()
            .flat_map(|r| r.indicators.iter_mut())
            .find(|i| i.definition.id() == indicator)
            .ok_or_else(|| AgreementError::UnknownIndicator {
                indicator: indicator.clone(),
            })
    }

    /// Every indicator's id, in the terms' order.
    pub fn indicator_ids(&self) -> impl Iterator<Item = &IndicatorId> {
        self.results
            .iter()
            .flat_map(|r| r.indicators.iter().map(|i| i.definition.id()))
    }

    /// Whether the terms hold result `id`.
    #[must_use]
    pub fn holds_result(&self, id: &NodeId) -> bool {
        self.results.iter().any(|r| r.id == *id)
    }

    /// The results as cascade nodes owned by `employee`.
    #[must_use]
    pub fn nodes(&self, employee: EmployeeNumber) -> Vec<Node> {
        self.results
            .iter()
            .map(|result| {
                let mut node = Node::new(
                    result.id.clone(),
                    crate::cascade::Level::Result,
                    result.statement.clone(),
                    Owner::Employee(employee),
                );
                if let Some(parent) = &result.supports {
                    node = node.under(parent.clone(), result.link);
                }
                if let Some(weight) = result.weight {
                    node = node.with_plan_weight(weight);
                }
                if let Some(contribution) = result.contribution {
                    node = node.contributing(contribution);
                }
                if result.category == ResultCategory::Additional {
                    node = node.additional();
                }
                for indicator in &result.indicators {
                    let mut entry = Indicator::new(
                        indicator.definition.id().clone(),
                        indicator.statement.clone(),
                        indicator.definition.unit(),
                    );
                    if let Some(weight) = indicator.weight {
                        entry = entry.weighted(weight);
                    }
                    node = node.indicator(entry);
                }
                node
            })
            .collect()
    }

    /// The indicator definitions, with their targets.
    pub fn definitions(&self) -> impl Iterator<Item = &IndicatorDefinition> {
        self.results
            .iter()
            .flat_map(|r| r.indicators.iter().map(|i| &i.definition))
    }

    /// Checks the terms as the plan of `employee` for `year` against `cascade`: at least one
    /// result; every result supports a result (no orphan), states something and has an
    /// indicator; every target is in `year`; and the cascade with the employee's results
    /// replaced by these is valid, so each result supports a result of the employee's direct
    /// superior, the levels fit and the weights total 100 % where given: the plan's, each
    /// result's indicators', and the contributions of the children of every result these
    /// support.
    ///
    /// The cascade is checked around the results only (their chains up to the goals and the
    /// siblings along them), so the cost does not grow with the agency.
    ///
    /// # Errors
    /// [`AgreementError::EmptyPlan`], [`AgreementError::Orphan`], [`AgreementError::Blank`],
    /// [`AgreementError::NoIndicator`], [`AgreementError::WrongYear`], or
    /// [`AgreementError::Cascade`] with the rule the cascade breaks.
    pub fn check(
        &self,
        cascade: &Cascade,
        employee: EmployeeNumber,
        year: Year,
    ) -> Result<(), AgreementError> {
        if self.results.is_empty() {
            return Err(AgreementError::EmptyPlan { employee });
        }
        for result in &self.results {
            if result.supports.is_none() {
                return Err(AgreementError::Orphan {
                    result: result.id.clone(),
                });
            }
            if is_blank(&result.statement) {
                return Err(AgreementError::Blank {
                    field: Field::Statement,
                });
            }
            if result.indicators.is_empty() {
                return Err(AgreementError::NoIndicator {
                    result: result.id.clone(),
                });
            }
        }
        for definition in self.definitions() {
            if let Some(found) = definition
                .targets()
                .keys()
                .map(|p| p.year())
                .find(|&y| y != year)
            {
                return Err(AgreementError::WrongYear {
                    indicator: definition.id().clone(),
                    found,
                });
            }
        }
        cascade.check_results_of(&employee, &self.nodes(employee))?;
        Ok(())
    }
}

/// `cascade` with each employee's results replaced by (or added from) their terms: a node of
/// the cascade owned by the employee with the id of one of their results gives way to it.
pub(super) fn with_results(
    cascade: &Cascade,
    plans: &[(EmployeeNumber, &Terms)],
) -> Result<Cascade, AgreementError> {
    // Each plan's results by owner and id, looked up once a node: n log n, not nodes times
    // plans.
    let results: BTreeSet<(&EmployeeNumber, &NodeId)> = plans
        .iter()
        .flat_map(|(employee, terms)| terms.results.iter().map(move |r| (employee, &r.id)))
        .collect();
    let replaced = |node: &Node| match node.owner() {
        Owner::Employee(employee) => results.contains(&(employee, node.id())),
        _ => false,
    };
    let kept = cascade.nodes().iter().filter(|n| !replaced(n)).cloned();
    let added = plans
        .iter()
        .flat_map(|(employee, terms)| terms.nodes(*employee));
    Ok(Cascade::builder(cascade.agency().clone())
        .limits(cascade.limits())
        .nodes(kept.chain(added))
        .build()?)
}
