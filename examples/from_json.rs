//! An agency's year from a folder of JSON files: read, checked, appraised, written back.
//!
//! `cargo run --example from_json [FOLDER] [OUT]` reads FOLDER (by default the Siulak
//! education office shipped in `examples/data/siulak/`):
//!
//! | file | what | type |
//! |---|---|---|
//! | `agency.json` | vision, missions, units, positions, employees | `Agency` |
//! | `cascade.json` | the performance tree's nodes | `Vec<Node>` |
//! | `definitions.json` | each indicator's polarity and targets | `Vec<IndicatorDefinition>` |
//! | `realisations.json` | the realisations of the year | `Vec<Realisation>` |
//! | `employees.json` | each employee's behaviour ratings, notes and overrides | `Vec<EmployeeRecords>` |
//! | `evaluation.json` | the year, the evaluation rules and the leaders' decisions on ties at calibration (`{"year": 2026, "rules": {...}, "tie_decisions": [...]}`) | |
//!
//! It reads every file with `kinerja::read::read` and prints every problem it finds, in
//! Indonesian: in each file, every problem with its line, column and path, the employee or
//! indicator it concerns and a hint (`realisations.json: baris 5, kolom 14, di [0].value
//! (indikator IKI-SEK-1): "91,5" bukan angka desimal yang tepat; tulis 91.5 …`); then every
//! problem of the records together. It exits with an error when there is one. Otherwise it
//! prints the year's results: the
//! organisation's predicate, each employee's predicate and achievement, the distribution
//! and its calibration. The results are written as JSON to OUT (by default
//! `target/from_json/`): `appraisal.json`, the year as the crate returns it, and
//! `views.json`, the same as a front end shows it.

use kinerja::cascade::Node;
use kinerja::evaluation::{DEFAULT_MAX_TEAM, EmployeeRecords, EvaluationRules, TieDecision};
use kinerja::measure::{IndicatorDefinition, Realisation};
use kinerja::period::Year;
use kinerja::present::{AppraisalView, DistributionView, OrganisationView, Style};
use kinerja::{Agency, AgencyInput, AgencyRecords, Cascade, Language, appraise_agency};
use serde::de::DeserializeOwned;
use std::error::Error;
use std::path::{Path, PathBuf};

/// `evaluation.json`: the year appraised, the agency's rules, and the leaders' decisions on
/// ties at calibration.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Evaluation {
    year: Year,
    #[serde(default)]
    rules: EvaluationRules,
    #[serde(default)]
    tie_decisions: Vec<TieDecision>,
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let folder = args.next().map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/siulak"),
        PathBuf::from,
    );
    let out = args
        .next()
        .map_or_else(|| PathBuf::from("target/from_json"), PathBuf::from);
    let id = Language::Indonesian;

    println!("== Membaca {} ==", folder.display());
    let (agency, nodes, definitions, realisations, employees, evaluation) = match read_all(&folder)
    {
        Ok(files) => files,
        Err(problems) => {
            println!("Berkas belum dapat dibaca ({} masalah):", problems.len());
            for problem in &problems {
                println!("- {problem}");
            }
            return Err(format!("{} masalah dalam berkas", problems.len()).into());
        }
    };
    let cascade = match Cascade::builder(agency).nodes(nodes).build() {
        Ok(cascade) => cascade,
        Err(error) => {
            println!(
                "- cascade.json: {}",
                kinerja::Error::from(error).describe(id)
            );
            return Err("pohon kinerja tidak sah".into());
        }
    };
    let records = AgencyRecords {
        year: evaluation.year,
        rules: evaluation.rules,
        cascade,
        definitions,
        realisations,
        employees,
        organisation: Default::default(),
        tie_decisions: evaluation.tie_decisions,
    };
    let input = match AgencyInput::new(records) {
        Ok(input) => input,
        Err(problems) => {
            println!("Data belum dapat dinilai:");
            print!("{}", problems.describe(id));
            return Err(problems.into());
        }
    };
    println!("Data lengkap dan sah.");

    let style = Style::indonesian();
    let mut year = appraise_agency(&input)?;
    let cascade = input.cascade();
    // Calibration applies once every tie at a quota boundary is the leader's decision.
    if let Some(calibration) = year.calibration(&input, DEFAULT_MAX_TEAM)? {
        if calibration.is_settled() {
            year.apply_calibration(calibration)?;
        } else {
            println!("Kalibrasi menunggu keputusan pimpinan:");
            print!("{}", calibration.render(cascade.agency(), id));
        }
    }
    println!("\n== Hasil penilaian {} ==", year.year);
    let organisation: Vec<OrganisationView> = year
        .organisation
        .iter()
        .map(|outcome| OrganisationView::of(outcome, cascade, style))
        .collect();
    if let Some(annual) = organisation.last() {
        let achieved = annual.achievement.as_ref().map_or("-", |a| a.text.as_str());
        println!(
            "Predikat organisasi {}: {} (capaian {achieved})",
            annual.scope, annual.predicate.label
        );
    }
    let employees: Vec<AppraisalView> = year
        .employees
        .iter()
        .map(|e| AppraisalView::of(&e.annual, cascade, style))
        .collect();
    for view in &employees {
        let calibrated = view
            .calibrated_from
            .as_ref()
            .map_or_else(String::new, |before| {
                format!(" (semula {}, dikalibrasi)", before.label)
            });
        println!(
            "{:<28} capaian {:>9}  hasil kerja {:<20} perilaku {:<20} predikat {}{calibrated}",
            view.employee.name,
            view.achievement.text,
            view.result_rating.label,
            view.behaviour_rating.label,
            view.predicate.label
        );
    }
    for number in &year.without_plan {
        println!(
            "{}: belum memiliki rencana hasil kerja",
            cascade.agency().who(number)
        );
    }
    let distribution = year
        .distribution
        .as_ref()
        .map(|report| DistributionView::of(report, style));
    if let Some(view) = &distribution {
        println!(
            "Kurva distribusi: {} ({} pegawai, organisasi {})",
            view.verdict, view.team, view.organisation.label
        );
    }

    std::fs::create_dir_all(&out)?;
    let written = out.join("appraisal.json");
    std::fs::write(&written, serde_json::to_string_pretty(&year)?)?;
    println!("\nditulis: {}", written.display());
    let views = serde_json::json!({
        "organisation": organisation,
        "employees": employees,
        "distribution": distribution,
    });
    let written = out.join("views.json");
    std::fs::write(&written, serde_json::to_string_pretty(&views)?)?;
    println!("ditulis: {}", written.display());
    Ok(())
}

type Files = (
    Agency,
    Vec<Node>,
    Vec<IndicatorDefinition>,
    Vec<Realisation>,
    Vec<EmployeeRecords>,
    Evaluation,
);

/// Every file of the folder, or every problem in reading them (all of them, not the first).
fn read_all(folder: &Path) -> Result<Files, Vec<String>> {
    let mut problems = Vec::new();
    let agency = read::<Agency>(folder, "agency.json", &mut problems);
    let nodes = read::<Vec<Node>>(folder, "cascade.json", &mut problems);
    let definitions = read::<Vec<IndicatorDefinition>>(folder, "definitions.json", &mut problems);
    let realisations = read::<Vec<Realisation>>(folder, "realisations.json", &mut problems);
    let employees = read::<Vec<EmployeeRecords>>(folder, "employees.json", &mut problems);
    let evaluation = read::<Evaluation>(folder, "evaluation.json", &mut problems);
    match (
        agency,
        nodes,
        definitions,
        realisations,
        employees,
        evaluation,
    ) {
        (Some(a), Some(n), Some(d), Some(r), Some(e), Some(v)) => Ok((a, n, d, r, e, v)),
        _ => Err(problems),
    }
}

/// One file, read as a `T` by the crate's reader; every problem in it noted (with the file's
/// name, the place, what is wrong and how to fix it, in Indonesian) when it cannot be.
fn read<T: DeserializeOwned>(folder: &Path, name: &str, problems: &mut Vec<String>) -> Option<T> {
    let path = folder.join(name);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            problems.push(format!("{name}: tidak dapat dibuka ({error})"));
            return None;
        }
    };
    kinerja::read::read(&text)
        .map_err(|found| {
            problems.extend(
                found
                    .problems()
                    .iter()
                    .map(|problem| format!("{name}: {}", problem.describe(Language::Indonesian))),
            );
            if !found.is_complete() {
                problems.push(format!(
                    "{name}: masih ada masalah lain; perbaiki yang di atas lalu baca ulang"
                ));
            }
        })
        .ok()
}
