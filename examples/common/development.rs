//! The development stage of the Siulak sample, shared by the `siulak` and `training_plan`
//! examples: the Job Person Match of the assessed staff, explained; the year's development
//! plan under the office's budget, each recommendation with the gap it closes, why, and the
//! goal and mission it serves; the assessments to make first; and the office's training
//! needs. Every text comes from the crate's renderers.

use kinerja::development::{
    AssessmentRules, DevelopmentRecords, JobPersonMatch, Jp, JpmRules, NeedOrigin, NeedsRules,
    PlanRules, TraceNames, TrainingNeeds, development_needs,
};
use kinerja::present::rupiah;
use kinerja::{AgencyInput, Language, appraise_agency, sample};
use rust_decimal::Decimal;
use std::error::Error;

/// Development: each assessed employee against the standard of their position
/// (PermenPANRB 38/2017 and the office's own technical levels), then the year's development
/// plan from the evaluation's gaps under the office's training budget, each recommendation
/// with its trace to the goals and missions, and the office's training needs.
pub fn development(cascade: &kinerja::Cascade) -> Result<(), Box<dyn Error>> {
    let id = Language::Indonesian;
    let agency = cascade.agency();
    let catalogue = sample::siulak_competencies()?;
    let standards = sample::siulak_standards()?;
    let programmes = sample::siulak_programmes()?;
    let names = TraceNames {
        cascade,
        competencies: &catalogue,
        programmes: &programmes,
    };
    let rules = JpmRules::default();
    let records = sample::siulak_development_records()?;
    println!("\n== Kesesuaian jabatan (Job Person Match) ==");
    for employee in agency.employees() {
        let counted = AssessmentRules::default().counted(employee.number(), &records.assessments);
        if counted.is_empty() {
            continue;
        }
        let position = agency.position(employee.position()).ok_or("no position")?;
        let standard = standards.standard_for(position, &catalogue)?;
        let explained =
            JobPersonMatch::explain(employee.number(), &standard, &counted, &rules, &names);
        print!("{}", explained.render(id));
    }
    training(cascade, &names, &standards, &records)
}

/// The year's development plan and the office's training needs analysis.
fn training(
    cascade: &kinerja::Cascade,
    names: &TraceNames<'_>,
    standards: &kinerja::development::Standards,
    records: &DevelopmentRecords,
) -> Result<(), Box<dyn Error>> {
    let id = Language::Indonesian;
    let input = AgencyInput::new(sample::siulak_records()?)?;
    let year = appraise_agency(&input)?;
    let needs_rules = NeedsRules {
        performance: sample::siulak_gap_rules()?,
        ..NeedsRules::default()
    };
    let needs = development_needs(
        cascade,
        &year,
        names.competencies,
        standards,
        records,
        &needs_rules,
    )?;
    let plan_rules = PlanRules {
        budget: Some(Decimal::from(6_000_000)),
        jp_cap: Some(Jp::whole(80)),
        ..PlanRules::default()
    };
    let analysis = TrainingNeeds::of(&needs, names.programmes, &plan_rules)?;
    println!(
        "\n== Rencana pengembangan 2026 (anggaran {}, minimal 20 JP, paling banyak 80 JP) ==",
        rupiah(plan_rules.budget.unwrap_or_default(), id)
    );
    let explained = analysis.plan.explain(names);
    print!("{}", explained.render(id));
    println!("\n== Jejak rekomendasi: dari program ke misi ==");
    for employee in &explained.employees {
        let mut needed = employee
            .recommendations
            .iter()
            .filter(|r| !r.fill)
            .peekable();
        if needed.peek().is_none() {
            continue;
        }
        println!("{}:", explained.names.employee(&employee.employee));
        for recommendation in needed {
            for line in recommendation.trace(id, names) {
                println!("  {line}");
            }
        }
    }
    // The assessments a performance gap asks for: an indicator or a core value rests on a
    // competency nobody assessed, so the office assesses it before it trains.
    println!("\n== Asesmen lebih dulu: kompetensi belum dinilai yang diminta kinerja ==");
    for employee in &needs {
        let asked: Vec<_> = employee
            .assessment_needs
            .iter()
            .filter(|a| {
                a.causes
                    .iter()
                    .any(|c| !matches!(c.origin, NeedOrigin::CurrentPosition { .. }))
            })
            .collect();
        if asked.is_empty() {
            continue;
        }
        println!("{}:", explained.names.employee(&employee.employee));
        for need in asked {
            for line in need.trace(id, names) {
                println!("  {line}");
            }
        }
    }
    println!(
        "\n== Analisis kebutuhan pelatihan: {} ==",
        cascade.agency().name()
    );
    // The rendering's first line names the analysis and the agency, as the heading does.
    for line in analysis.explain(names).render(id).lines().skip(1) {
        println!("{line}");
    }
    Ok(())
}
