//! The fold's count of untargeted realisations against the plain order: every realisation
//! searched among the targets first, then the fold.

use super::{Evaluated, IndicatorDefinition, MissingPolicy, Target};
use crate::id::IndicatorId;
use crate::measure::{MeasureError, Polarity, Realisation};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::period::{Period, Span};
use proptest::prelude::*;
use rust_decimal::Decimal;

impl IndicatorDefinition {
    /// `evaluate_runs` as it was written first: the untargeted search before the fold.
    fn evaluate_plainly(
        &self,
        scope: Span,
        own: &[Realisation],
        team: &[Realisation],
    ) -> Result<Evaluated, MeasureError> {
        self.refuse_untargeted(scope, own.iter().chain(team))?;
        let (folder, _) = self.fold_periods(scope, own, team, None)?;
        self.conclude(scope, folder)
    }
}

/// Periods of 2026 of every length.
fn periods() -> Vec<Period> {
    let mut all = vec!["2026", "2026-S1", "2026-S2"];
    all.extend(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    all.extend(["2026-01", "2026-02", "2026-05", "2026-09", "2026-12"]);
    all.into_iter().filter_map(|p| p.parse().ok()).collect()
}

/// One run of realisations: a value (or none) for each period, by period.
fn run(values: &[Option<i8>], employee: Option<EmployeeNumber>) -> Vec<Realisation> {
    let id = IndicatorId::new("I").ok();
    let mut run: Vec<Realisation> = periods()
        .into_iter()
        .zip(values)
        .filter_map(|(period, value)| {
            let realisation = Realisation::new(id.clone()?, period, Decimal::from((*value)?));
            Some(match employee {
                Some(number) => realisation.for_employee(number),
                None => realisation,
            })
        })
        .collect();
    run.sort_by_key(Realisation::period);
    run
}

proptest! {
    /// Same result and same first error as searching every realisation among the targets
    /// before folding: quarterly or monthly targets, the team's and an employee's figures in
    /// periods of every length (some untargeted, some negative, some missing), every
    /// missing-value policy, scopes of the year, a semester, a quarter and a month.
    #[test]
    fn the_untargeted_count_agrees_with_the_search(
        monthly in any::<bool>(),
        targeted in prop::collection::vec(any::<bool>(), 12),
        own in prop::collection::vec(prop::option::of(-2..20_i8), 12),
        team in prop::collection::vec(prop::option::of(-2..20_i8), 12),
        policy in 0..3_u8,
        scope in prop::sample::select(periods()),
    ) {
        let id = IndicatorId::new("I").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let missing = match policy {
            0 => MissingPolicy::Error,
            1 => MissingPolicy::Zero,
            _ => MissingPolicy::DropOut,
        };
        let mut builder = IndicatorDefinition::builder(id, "dokumen", Polarity::Maximise).missing(missing);
        let slots: Vec<Period> = if monthly {
            (1..=12).filter_map(|m| format!("2026-{m:02}").parse().ok()).collect()
        } else {
            (1..=4).filter_map(|q| format!("2026-Q{q}").parse().ok()).collect()
        };
        for (period, _) in slots.iter().zip(&targeted).filter(|(_, on)| **on) {
            builder = builder.target(*period, Target::Value(Decimal::from(10)));
        }
        // At least one target, as a definition must have.
        if let Some(first) = slots.first() {
            builder = builder.target(*first, Target::Value(Decimal::from(10)));
        }
        let definition = builder.build().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let number = EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003")
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (own, team) = (run(&own, Some(number)), run(&team, None));
        let scope = Span::from(scope);
        prop_assert_eq!(
            definition.evaluate_runs(scope, &own, &team, None),
            definition.evaluate_plainly(scope, &own, &team)
        );
    }
}
