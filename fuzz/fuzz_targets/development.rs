//! The development inputs from JSON (a competency catalogue, a JP conversion, programmes,
//! employees' needs and plan rules), through the programme catalogue's checks, the planner
//! and the training needs analysis: never a panic; a plan keeps within its budget and
//! writes as JSON; the analysis fails exactly when the plan does, or on its own sums.
#![no_main]

use kinerja::development::{
    CompetencyCatalogue, EmployeeNeeds, JpConversion, PlanRules, Programme, ProgrammeCatalogue,
    TrainingNeeds, plan_development,
};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

/// The development inputs as one document; a part left out is its `Default`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    #[serde(default)]
    competencies: Option<CompetencyCatalogue>,
    #[serde(default)]
    conversion: Option<JpConversion>,
    programmes: Vec<Programme>,
    needs: Vec<EmployeeNeeds>,
    #[serde(default)]
    rules: Option<PlanRules>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = serde_json::from_slice::<Input>(data) else {
        return;
    };
    let competencies = input.competencies.unwrap_or_default();
    let conversion = input.conversion.unwrap_or_default();
    let rules = input.rules.unwrap_or_default();
    let Ok(programmes) = ProgrammeCatalogue::new(input.programmes, &competencies, &conversion)
    else {
        return;
    };
    let plan = plan_development(&input.needs, &programmes, &rules);
    if let Ok(plan) = &plan {
        if let Some(budget) = rules.budget {
            assert!(plan.spent <= budget, "spent {} of {budget}", plan.spent);
        }
        let _ = serde_json::to_vec(plan).expect("a plan writes");
    }
    let analysis = TrainingNeeds::of(&input.needs, &programmes, &rules);
    if plan.is_err() {
        assert!(analysis.is_err(), "the analysis plans what the planner refused");
    }
    if let Ok(analysis) = analysis {
        let _ = serde_json::to_vec(&analysis).expect("an analysis writes");
    }
});
