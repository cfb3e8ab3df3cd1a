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
//! | `evaluation.json` | the year, the evaluation rules, the next leader's decisions on the organisation's predicate by period and the leaders' decisions on ties at calibration (`{"year": 2026, "rules": {...}, "organisation": {...}, "tie_decisions": [...]}`) | |
//!
//! It reads every file with `kinerja::read::read`, then builds the cascade and runs the
//! agency's record checks (`AgencyInput::new`), and prints every problem it finds, in
//! Indonesian: each with its file, line, column and path, the employee or indicator it
//! concerns, what is wrong and how to fix it (`realisations.json: baris 10, kolom 14, di
//! [1].value (indikator IKI-SEK-1): "91,5" bukan angka desimal yang tepat; tulis 91.5 …`).
//! It then exits with status 1. Otherwise it prints the year's results: the organisation's
//! predicate, each employee's predicate and achievement, the distribution and its
//! calibration. The results are written as JSON to OUT (by default `target/from_json/`):
//! `appraisal.json`, the year as a front end reads it (`AgencyYearView`: every figure
//! `{value, text}` with two decimals, labels in Indonesian, each indicator's quarters
//! once), and `record.json`, the exact record the crate reads back (`AgencyAppraisal`).
//! With `--compact`, `appraisal.json` leaves out each indicator's quarters and is written
//! without indentation, for an agency that stores every year.

#[path = "common/folder.rs"]
mod folder;

use kinerja::evaluation::DEFAULT_MAX_TEAM;
use kinerja::present::{AgencyYearView, Style};
use kinerja::{Language, appraise_agency};
use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let compact = std::env::args().any(|a| a == "--compact");
    let mut args = std::env::args().skip(1).filter(|a| a != "--compact");
    let folder = args.next().map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/siulak"),
        PathBuf::from,
    );
    let out = args
        .next()
        .map_or_else(|| PathBuf::from("target/from_json"), PathBuf::from);
    let id = Language::Indonesian;

    println!("== Membaca {} ==", folder.display());
    let input = match folder::read_folder(|name| {
        std::fs::read_to_string(folder.join(name)).map_err(|error| error.to_string())
    }) {
        Ok(input) => input,
        Err(problems) => {
            println!("Data belum dapat dibaca ({} masalah):", problems.len());
            for problem in &problems {
                println!("- {}", problem.describe(id));
            }
            eprintln!(
                "{} masalah dalam berkas; tidak ada yang dinilai",
                problems.len()
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    println!("Data lengkap dan sah.");

    let style = Style::indonesian();
    let mut year = appraise_agency(&input)?;
    let cascade = input.cascade();
    // Calibration applies once every tie at a quota boundary is the leader's decision.
    if let Some(calibration) = year.calibration(&input, DEFAULT_MAX_TEAM)? {
        if calibration.is_settled() {
            year.apply_calibration(&input, DEFAULT_MAX_TEAM, calibration)?;
        } else {
            println!("Kalibrasi menunggu keputusan pimpinan:");
            print!("{}", calibration.render(cascade.agency(), id));
        }
    }
    println!("\n== Hasil penilaian {} ==", year.year);
    let views = if compact {
        AgencyYearView::compact(&year, cascade, style)
    } else {
        AgencyYearView::of(&year, cascade, style)
    };
    if let Some(annual) = views.organisation.last() {
        let achieved = annual.achievement.as_ref().map_or("-", |a| a.text.as_str());
        println!(
            "Predikat organisasi {}: {} (capaian {achieved})",
            annual.period.name, annual.predicate.label
        );
    }
    for view in views.employees.iter().map(|e| &e.annual) {
        let calibrated = view
            .calibrated_from
            .as_ref()
            .map_or_else(String::new, |before| {
                format!(" (semula {}, dikalibrasi)", before.label)
            });
        println!(
            "{:<28} capaian {:>9}  hasil kerja {:<20} perilaku {:<20} predikat {}{calibrated}",
            view.employee.person.name,
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
    if let Some(view) = &views.distribution {
        println!(
            "Kurva distribusi: {} ({} pegawai, organisasi {})",
            view.verdict, view.team, view.organisation.label
        );
    }

    std::fs::create_dir_all(&out)?;
    let written = out.join("appraisal.json");
    let text = if compact {
        serde_json::to_string(&views)?
    } else {
        serde_json::to_string_pretty(&views)?
    };
    std::fs::write(&written, text)?;
    println!("\nditulis: {}", written.display());
    let written = out.join("record.json");
    std::fs::write(&written, serde_json::to_string_pretty(&year)?)?;
    println!("ditulis: {}", written.display());
    Ok(ExitCode::SUCCESS)
}
