//! A first program: one employee, two indicators, a quarter's score explained in Indonesian.
use kinerja::prelude::*;

fn main() -> Result<(), kinerja::Error> {
    let q1: Period = "2026-Q1".parse()?;
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    let result = |node: &str, indicator: &str, unit: &str, target: i64| {
        let definition =
            IndicatorDefinition::builder(IndicatorId::new(indicator)?, unit, Polarity::Maximise)
                .target(q1, Target::value(target))
                .build()?;
        Ok::<_, kinerja::Error>(PlannedResult::single(NodeId::new(node)?, definition))
    };
    let results = vec![
        result("RHK-1", "IKI-1", "sekolah", 4)?,
        result("RHK-2", "IKI-2", "guru", 20)?,
    ];
    let plan = ScoringPlan::new(WeightPolicy::Normalise, results)?.of_employee(rina);
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
