//! The development stage of the Siulak sample, shared by the `siulak` and `training_plan`
//! examples: the Job Person Match of the assessed staff, the year's development plan under
//! the office's budget with each recommendation's trace to the goals and missions, and the
//! office's training needs.

use kinerja::development::{
    AssessmentRules, DevelopmentRecords, JobPersonMatch, Jp, JpmRules, NeedOrigin, NeedsRules,
    PlanRules, TraceNames, TrainingNeeds, development_needs,
};
use kinerja::num::Rounding;
use kinerja::present::{number, percent, rupiah};
use kinerja::{AgencyInput, Labelled, Language, appraise_agency, sample};
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
        let jpm = JobPersonMatch::new(&standard, &counted, &rules);
        let figure = jpm.percent.map_or("belum dapat dihitung".to_owned(), |p| {
            percent(p.value(), Rounding::default(), id)
        });
        let category = jpm
            .category
            .map_or("tanpa kategori: cakupan belum lengkap", |c| c.label(id));
        println!(
            "{} ({}): {figure} — {category} ({} dari {} kompetensi dinilai)",
            employee.name(),
            position.title(),
            jpm.coverage.assessed,
            jpm.coverage.required
        );
        for gap in jpm.shortfalls().chain(jpm.unassessed()) {
            let name = catalogue.competency(&gap.competency)?.name();
            let assessed = gap
                .assessed
                .map_or("belum dinilai".to_owned(), |l| format!("level {l}"));
            println!("  - {name}: standar level {}, {assessed}", gap.required);
        }
    }
    training(cascade, &catalogue, &standards, &records)
}

/// The year's development plan and the office's training needs analysis.
fn training(
    cascade: &kinerja::Cascade,
    catalogue: &kinerja::development::CompetencyCatalogue,
    standards: &kinerja::development::Standards,
    records: &DevelopmentRecords,
) -> Result<(), Box<dyn Error>> {
    let id = Language::Indonesian;
    let agency = cascade.agency();
    let input = AgencyInput::new(sample::siulak_records()?)?;
    let year = appraise_agency(&input)?;
    let needs_rules = NeedsRules {
        performance: sample::siulak_gap_rules()?,
        ..NeedsRules::default()
    };
    let needs = development_needs(cascade, &year, catalogue, standards, records, &needs_rules)?;
    let programmes = sample::siulak_programmes()?;
    let plan_rules = PlanRules {
        budget: Some(Decimal::from(6_000_000)),
        jp_cap: Some(Jp::whole(80)),
        ..PlanRules::default()
    };
    let analysis = TrainingNeeds::of(&needs, &programmes, &plan_rules)?;
    let names = TraceNames {
        cascade,
        competencies: catalogue,
        programmes: &programmes,
    };
    println!(
        "\n== Rencana pengembangan 2026 (anggaran {}, minimal 20 JP, paling banyak 80 JP) ==",
        rupiah(plan_rules.budget.unwrap_or_default(), id)
    );
    for employee in &analysis.plan.employees {
        let name = agency
            .employee(&employee.employee)
            .map_or("?", |e| e.name());
        let total = employee.taken.value() + employee.planned.value();
        let shortfall = employee
            .shortfall
            .map_or(String::new(), |s| format!(", KURANG {s} dari minimal"));
        println!(
            "{name}: {total} JP setahun ({} sudah, {} direncanakan), biaya {}{shortfall}",
            employee.taken,
            employee.planned,
            rupiah(employee.cost, id)
        );
        for recommendation in analysis.plan.of(&employee.employee) {
            let programme = programmes
                .get(&recommendation.programme)
                .map_or("?", |(p, _)| p.name.as_str());
            let closes: Vec<String> = recommendation
                .closes
                .iter()
                .map(|c| {
                    let name = catalogue
                        .competency(&c.competency)
                        .map_or("?", |c| c.name());
                    format!("{name} → level {}", c.reaches)
                })
                .collect();
            let what = if recommendation.fill {
                "pengisian menuju 20 JP".to_owned()
            } else {
                closes.join("; ")
            };
            println!(
                "  {}: {programme}, {}, {} — {what}",
                recommendation.quarter.label(id),
                recommendation.jp,
                rupiah(recommendation.cost, id)
            );
        }
        for open in &employee.open {
            let competency = catalogue.competency(&open.competency)?.name();
            println!(
                "  belum tertutup: {competency}, {} level",
                number(open.levels, Rounding::default(), id)
            );
        }
    }
    println!("\n== Jejak rekomendasi: dari program ke misi ==");
    for recommendation in analysis.plan.recommendations.iter().filter(|r| {
        r.closes
            .iter()
            .flat_map(|c| &c.causes)
            .any(|c| !matches!(c.origin, NeedOrigin::CurrentPosition { .. }))
    }) {
        let name = agency
            .employee(&recommendation.employee)
            .map_or("?", |e| e.name());
        println!("{name}:");
        for line in recommendation.trace(id, &names) {
            println!("  {line}");
        }
    }
    let office = &analysis.agency;
    println!("\n== Analisis kebutuhan pelatihan: {} ==", agency.name());
    println!(
        "{} pegawai, {} dengan kebutuhan pengembangan; {} pegawai di bawah 20 JP",
        office.employees, office.with_needs, office.below_minimum
    );
    println!(
        "Biaya menutup semua kesenjangan {}; didanai {} (+ {} untuk pengisian JP); bobot tidak tertutup {} dari {}",
        rupiah(office.needed_budget, id),
        rupiah(office.funded, id),
        rupiah(office.fills, id),
        number(office.uncovered, Rounding::default(), id),
        number(office.weight, Rounding::default(), id)
    );
    println!("Kompetensi paling dibutuhkan:");
    for need in office.competencies.iter().take(5) {
        let name = catalogue.competency(&need.competency)?.name();
        println!(
            "  {name}: {} pegawai, {} level, bobot {} (tidak tertutup {})",
            need.employees,
            need.levels,
            number(need.weight, Rounding::default(), id),
            number(need.uncovered, Rounding::default(), id)
        );
    }
    for goal in &office.goals {
        let statement = cascade.node(&goal.goal).map_or("?", |n| n.statement());
        let held: Vec<String> = goal
            .competencies
            .iter()
            .take(3)
            .map(|h| {
                let name = catalogue
                    .competency(&h.competency)
                    .map_or("?", |c| c.name());
                format!("{name} ({})", number(h.weight, Rounding::default(), id))
            })
            .collect();
        println!(
            "Tujuan {} \"{statement}\" tertahan oleh: {}",
            goal.goal,
            held.join(", ")
        );
    }
    for unit in &analysis.units {
        let name = unit
            .unit
            .as_ref()
            .and_then(|u| agency.unit(u))
            .map_or("?", |u| u.name());
        println!(
            "Unit {name}: {} pegawai, biaya dibutuhkan {}, didanai {}",
            unit.employees,
            rupiah(unit.needed_budget, id),
            rupiah(unit.funded, id)
        );
    }
    Ok(())
}
