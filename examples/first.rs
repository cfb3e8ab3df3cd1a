//! A first program: one employee, two indicators, a quarter's score with its explanation.
use kinerja::measure::Target;
use kinerja::prelude::*;
use kinerja::scoring::{PlannedIndicator, PlannedResult};
use rust_decimal::Decimal;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let q1: Period = "2026-Q1".parse()?;
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    let indicator =
        |id: &str, unit: &str, target: i64| -> Result<PlannedIndicator, kinerja::Error> {
            let definition =
                IndicatorDefinition::builder(IndicatorId::new(id)?, unit, Polarity::Maximise)
                    .target(q1, Target::Value(Decimal::from(target)))
                    .build()?;
            Ok(PlannedIndicator {
                weight: Decimal::ONE,
                definition,
            })
        };
    let result = PlannedResult {
        node: NodeId::new("RHK-1")?,
        weight: Decimal::ONE,
        policy: WeightPolicy::Normalise,
        indicators: vec![
            indicator("IKI-1", "sekolah", 4)?,
            indicator("IKI-2", "guru", 20)?,
        ],
    };
    let plan = ScoringPlan::new(WeightPolicy::Normalise, vec![result])?.of_employee(rina);
    let realised = Measurements::new([
        Realisation::new(IndicatorId::new("IKI-1")?, q1, Decimal::from(3)).for_employee(rina),
        Realisation::new(IndicatorId::new("IKI-2")?, q1, Decimal::from(20)).for_employee(rina),
    ])?;
    println!(
        "{}",
        plan.explain(q1, &realised, Rounding::default())?
            .render(Language::Indonesian)
    );
    Ok(())
}
