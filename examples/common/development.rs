//! The development stage of the Siulak sample, shared by the `siulak` and `training_plan`
//! examples: the Job Person Match of the assessed staff; the year's development plan under
//! the office's budget, each programme with the gap it closes, why, and the goal and mission
//! it serves; the assessments to make first; and the office's training needs. Every line is
//! printed from the crate's views (`kinerja::present`), which a front end would show as they
//! are: names beside ids, figures written the Indonesian way.

use kinerja::development::{
    AssessmentRules, DevelopmentRecords, JobPersonMatch, Jp, JpmRules, NeedsRules, PlanRules,
    TraceNames, TrainingNeeds, development_needs,
};
use kinerja::present::{
    CauseView, DevelopmentPlanView, GoalView, JpmView, NeedsView, PersonView, ScopeNeedsView,
    Style, TrainingNeedsView, rupiah,
};
use kinerja::{AgencyInput, Language, appraise_agency, sample};
use rust_decimal::Decimal;
use std::error::Error;

/// Development: each assessed employee against the standard of their position
/// (PermenPANRB 38/2017 and the office's own technical levels), then the year's development
/// plan from the evaluation's gaps under the office's training budget, each recommendation
/// with its trace to the goals and missions, and the office's training needs.
pub fn development(cascade: &kinerja::Cascade) -> Result<(), Box<dyn Error>> {
    let style = Style::indonesian();
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
        print_jpm(&JpmView::of(&explained, style));
    }
    training(cascade, &names, &standards, &records)
}

/// A person as the texts write them: the name with the number beside it.
fn person(person: &PersonView) -> String {
    format!("{} ({} {})", person.name, person.number_kind, person.number)
}

/// The goals a cause serves and their missions: `tujuan T1 "…" ← misi M1 "…", M2 "…"`.
fn goals(goals: &[GoalView]) -> String {
    goals
        .iter()
        .map(|g| {
            let mut text = format!("tujuan {} \"{}\"", g.goal.id, g.goal.name);
            if !g.missions.is_empty() {
                let missions: Vec<String> = g
                    .missions
                    .iter()
                    .map(|m| format!("{} \"{}\"", m.id, m.name))
                    .collect();
                text.push_str(&format!(" ← misi {}", missions.join(", ")));
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A cause traced to its goals: `standar jabatan … meminta level 2 ← tujuan T1 … ← misi M1 …`.
fn trace(cause: &CauseView) -> String {
    if cause.goals.is_empty() {
        cause.text.clone()
    } else {
        format!("{} ← {}", cause.text, goals(&cause.goals))
    }
}

fn print_jpm(view: &JpmView) {
    println!("{}, {}", person(&view.employee), view.position.name);
    for c in &view.competencies {
        let assessed = match &c.assessed {
            Some(_) => format!("dinilai {}, {}", c.assessed_text, c.standing),
            None => c.standing.clone(),
        };
        println!(
            "- {}: standar {}; {assessed}",
            c.competency.name, c.required.text
        );
    }
    let percent = view
        .percent
        .as_ref()
        .map_or_else(|| "-".to_owned(), |p| p.text.clone());
    println!(
        "  cakupan {}; JPM {percent}; {}",
        view.coverage.text, view.verdict
    );
}

/// The year's development plan and the office's training needs analysis.
fn training(
    cascade: &kinerja::Cascade,
    names: &TraceNames<'_>,
    standards: &kinerja::development::Standards,
    records: &DevelopmentRecords,
) -> Result<(), Box<dyn Error>> {
    let style = Style::indonesian();
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
        rupiah(plan_rules.budget.unwrap_or_default(), Language::Indonesian)
    );
    let plan = DevelopmentPlanView::of(&analysis.plan.explain(names), style);
    print_plan(&plan);
    println!("\n== Jejak rekomendasi: dari program ke misi ==");
    for employee in &plan.employees {
        let mut needed = employee.programmes.iter().filter(|p| !p.fill).peekable();
        if needed.peek().is_none() {
            continue;
        }
        println!("{}:", person(&employee.employee));
        for programme in needed {
            for closed in &programme.closes {
                for cause in &closed.causes {
                    println!(
                        "  {} ← kesenjangan {}: {} → {} (target {}) ← {}",
                        programme.programme.name,
                        closed.competency.name,
                        closed.from,
                        closed.reaches.text,
                        closed.target.text,
                        trace(cause)
                    );
                }
            }
        }
    }
    // The assessments a performance gap asks for: an indicator or a core value rests on a
    // competency nobody assessed, so the office assesses it before it trains.
    println!("\n== Asesmen lebih dulu: kompetensi belum dinilai yang diminta kinerja ==");
    for employee in &needs {
        let view = NeedsView::of(employee, names, style);
        let asked: Vec<_> = view
            .assessment_needs
            .iter()
            .filter(|a| a.causes.iter().any(|c| c.source.code != "current_position"))
            .collect();
        if asked.is_empty() {
            continue;
        }
        println!("{}:", person(&view.employee));
        for need in asked {
            for cause in &need.causes {
                println!(
                    "  asesmen {}: belum dinilai ← {}",
                    need.competency.name,
                    trace(cause)
                );
            }
        }
    }
    println!(
        "\n== Analisis kebutuhan pelatihan: {} ==",
        cascade.agency().name()
    );
    let view = TrainingNeedsView::of(&analysis.explain(names), style);
    print_scope(&view.agency, &view.minimum.text, "");
    for unit in &view.units {
        println!("Unit {}", unit.scope.name);
        print_scope(unit, &view.minimum.text, "  ");
    }
    Ok(())
}

fn print_plan(plan: &DevelopmentPlanView) {
    println!(
        "{}; minimal {} setahun; kebutuhan tertutup {} dari {} (bobot × level)",
        plan.spending, plan.minimum.text, plan.value.text, plan.needed.text
    );
    for employee in &plan.employees {
        println!("{}, {}", person(&employee.employee), employee.unit.name);
        for programme in &employee.programmes {
            let fill = if programme.fill {
                ": pengisian menuju minimal JP setahun"
            } else {
                ""
            };
            println!(
                "- {}: {}, {}, {}{fill}",
                programme.quarter.label,
                programme.programme.name,
                programme.jp.text,
                programme.cost.text
            );
            for closed in &programme.closes {
                println!(
                    "  - menutup {}: {} → {} (target {}), {}",
                    closed.competency.name,
                    closed.from,
                    closed.reaches.text,
                    closed.target.text,
                    closed.levels.text
                );
                for cause in &closed.causes {
                    println!("    - sebab (bobot {}): {}", cause.weight.text, cause.text);
                }
            }
        }
        println!(
            "- JP setahun: {}; biaya {}",
            employee.jp_text, employee.cost.text
        );
        for open in &employee.open {
            println!(
                "- tetap terbuka: {}, {} (bobot {})",
                open.competency.name, open.levels.text, open.value.text
            );
        }
        if !employee.to_assess.is_empty() {
            let to_assess: Vec<&str> = employee.to_assess.iter().map(|c| c.name.as_str()).collect();
            println!(
                "- perlu asesmen lebih dulu, tanpa program: {}",
                to_assess.join(", ")
            );
        }
    }
}

fn print_scope(scope: &ScopeNeedsView, minimum: &str, indent: &str) {
    println!(
        "{indent}- {} pegawai; kebutuhan pelatihan: {} pegawai; perlu asesmen: {} pegawai; di bawah minimal {minimum}: {} pegawai",
        scope.employees, scope.with_needs, scope.needing_assessment, scope.below_minimum
    );
    println!(
        "{indent}- biaya menutup semua kebutuhan {}; didanai {}; belum terdanai {}; pengisian JP {}",
        scope.budget_needed.text, scope.funded.text, scope.budget_uncovered.text, scope.fills.text
    );
    println!(
        "{indent}- bobot kebutuhan {}, tidak tertutup {} (bobot × level)",
        scope.weight.text, scope.uncovered.text
    );
    for c in &scope.competencies {
        println!(
            "{indent}  - {}: {} pegawai, {} level, bobot {}, tidak tertutup {}",
            c.competency.name, c.employees, c.levels, c.weight.text, c.uncovered.text
        );
    }
    for a in &scope.assessments {
        let goals: Vec<String> = a
            .goals
            .iter()
            .map(|g| format!("tujuan {} \"{}\"", g.id, g.name))
            .collect();
        println!(
            "{indent}  - asesmen {}: {} pegawai belum dinilai, bobot {} ← {}",
            a.competency.name,
            a.employees,
            a.weight.text,
            goals.join("; ")
        );
    }
    for g in &scope.goals {
        let held: Vec<String> = g
            .competencies
            .iter()
            .map(|h| format!("{} {}", h.competency.name, h.weight.text))
            .collect();
        println!(
            "{indent}  - tujuan {} \"{}\" tertahan oleh: {}",
            g.goal.id,
            g.goal.name,
            held.join(", ")
        );
    }
    for p in &scope.programmes {
        println!(
            "{indent}  - {}: dibutuhkan {} peserta ({}), didanai {}",
            p.programme.name, p.needed, p.needed_cost.text, p.funded
        );
    }
}
