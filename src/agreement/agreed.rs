//! From agreed plans to evaluation: only agreed terms reach the cascade and the scoring plan.

use super::error::AgreementError;
use super::plan::Plan;
use super::terms::with_results;
use crate::cascade::{Cascade, ResultCategory};
use crate::measure::IndicatorDefinition;
use crate::period::Year;
use crate::scoring::{PlannedIndicator, PlannedResult, ScoringPlan, WeightPolicy};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// The cascade with every agreed plan's results in it, and their indicator definitions: what
/// the evaluation of the year reads.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AgreedPlans {
    /// The cascade with the agreed results of each plan (owned by its employee), replacing
    /// any result of theirs with the same id.
    pub cascade: Cascade,
    /// The agreed indicators' definitions, with their targets, in plan then result order.
    pub definitions: Vec<IndicatorDefinition>,
}

/// Puts the agreed terms of `plans` into `cascade` for the evaluation of `year`. Every plan
/// is trusted no more than the commands that made it, wherever it was kept: it must be agreed,
/// be for `year` (the year the evaluation reads: the year of the agency's records,
/// [`AgencyRecords::year`](crate::evaluation::AgencyRecords::year)), have the agency's
/// current reporting line for its parties and terms that fit the cascade and its year
/// ([`Plan::check`]). Then the results of all plans together must keep the cascade sound,
/// sibling contributions included ([`CascadeBuilder::build`](crate::cascade::CascadeBuilder::build)).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{AgreementError, Command, Parties, Plan, Terms, agreed_plans};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
/// let parties = Parties::of(cascade.agency(), yoga)?;
/// let leader = *parties.leader();
/// let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
/// let year = Year::new(2026)?;
/// # let terms: Terms = serde_json::from_str(r#"{"results": [{"id": "RHK-ADM-1",
/// #   "statement": "Bahan laporan kinerja yang terhimpun tepat waktu", "supports": "RHK-SEK-1",
/// #   "link": "indirect", "indicators": [{"statement": "Bahan laporan bidang yang terhimpun",
/// #   "definition": {"id": "IKI-ADM-1", "unit": "dokumen", "polarity": "maximise",
/// #   "targets": {"2026": {"value": "12"}}}}]}]}"#)?;
/// let opened = Plan::open(parties, year, &yoga, day(5)?)?.plan;
/// let proposed = opened.apply(&cascade, Command::Propose { terms }, &yoga, day(6)?)?.plan;
///
/// // A plan not yet agreed cannot be evaluated.
/// assert!(matches!(agreed_plans(&cascade, year, &[proposed.clone()]), Err(AgreementError::NotAgreed { .. })));
///
/// let confirmed = proposed.apply(&cascade, Command::Confirm, &yoga, day(7)?)?.plan;
/// let agreed = confirmed.apply(&cascade, Command::Confirm, &leader, day(8)?)?.plan;
/// // Nor can a plan for 2026 in the evaluation of 2027.
/// assert!(matches!(agreed_plans(&cascade, Year::new(2027)?, &[agreed.clone()]),
///     Err(AgreementError::PlanOfAnotherYear { .. })));
///
/// let evaluated = agreed_plans(&cascade, year, &[agreed])?;
/// let result = evaluated.cascade.node(&NodeId::new("RHK-ADM-1")?).ok_or("no result")?;
/// assert_eq!(result.statement(), "Bahan laporan kinerja yang terhimpun tepat waktu");
/// assert_eq!(evaluated.definitions.len(), 1);
/// # Ok(()) }
/// ```
///
/// # Errors
/// For the first plan (in the order given) that cannot be evaluated:
/// [`AgreementError::DuplicatePlan`] when an employee has two plans;
/// [`AgreementError::NotAgreed`] when it is not agreed;
/// [`AgreementError::PlanOfAnotherYear`] when it is for another year than `year`; an error
/// of [`Plan::check`] (parties that are not the agency's reporting line, terms that do not
/// fit the cascade or the plan's year). Then [`AgreementError::Cascade`] when the results
/// together break a rule of the cascade.
pub fn agreed_plans(
    cascade: &Cascade,
    year: Year,
    plans: &[Plan],
) -> Result<AgreedPlans, AgreementError> {
    let mut seen = BTreeSet::new();
    let mut agreed = Vec::with_capacity(plans.len());
    for plan in plans {
        let employee = *plan.employee();
        if !seen.insert(employee) {
            return Err(AgreementError::DuplicatePlan { employee });
        }
        let terms = plan.for_evaluation()?;
        if plan.year() != year {
            return Err(AgreementError::PlanOfAnotherYear {
                employee,
                year: plan.year(),
                evaluated: year,
            });
        }
        plan.check(cascade)?;
        agreed.push((employee, terms));
    }
    let definitions = agreed
        .iter()
        .flat_map(|(_, terms)| terms.definitions().cloned())
        .collect();
    Ok(AgreedPlans {
        cascade: with_results(cascade, &agreed)?,
        definitions,
    })
}

impl Plan {
    /// The scoring plan of the agreed terms: their main results, weighted as agreed (equal
    /// where no weight is given, as [`ScoringPlan::for_employee`] reads the cascade).
    /// `None` when the agreed terms hold only additional results.
    ///
    /// # Errors
    /// [`AgreementError::NotAgreed`] when the plan is not agreed: it cannot be evaluated;
    /// [`AgreementError::Scoring`] when the weights cannot be used.
    pub fn scoring_plan(&self) -> Result<Option<ScoringPlan>, AgreementError> {
        let terms = self.for_evaluation()?;
        let weight = |w: Option<crate::num::Weight>| w.map_or(Decimal::ONE, |w| w.value());
        let results: Vec<PlannedResult> = terms
            .results
            .iter()
            .filter(|r| r.category == ResultCategory::Main)
            .map(|r| PlannedResult {
                node: r.id.clone(),
                weight: weight(r.weight),
                policy: WeightPolicy::Normalise,
                indicators: r
                    .indicators
                    .iter()
                    .map(|i| PlannedIndicator {
                        weight: weight(i.weight),
                        definition: i.definition.clone(),
                    })
                    .collect(),
            })
            .collect();
        if results.is_empty() {
            return Ok(None);
        }
        let plan = ScoringPlan::new(WeightPolicy::Normalise, results)?;
        // Named as the terms state them, so explanations say what each part is.
        let named = terms
            .results
            .iter()
            .map(|r| (r.id.clone(), r.statement.clone()));
        let indicators = terms.results.iter().flat_map(|r| {
            r.indicators
                .iter()
                .map(|i| (i.definition.id().clone(), i.statement.clone()))
        });
        Ok(Some(
            plan.of_employee(*self.employee())
                .with_named_parts(named, indicators),
        ))
    }
}
