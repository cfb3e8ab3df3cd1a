//! The education office of Siulak, from its vision down to every employee's results.
//!
//! Run with `cargo run --example siulak`. Prints the agency, its performance tree, the
//! alignment diagnostics and one leader's role–result matrix, from the crate's built-in
//! sample data.

use kinerja::{Labelled, Language, PositionId};
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let cascade = kinerja::sample::siulak_cascade()?;
    let agency = cascade.agency();
    let id = Language::Indonesian;

    println!("== {} ==", agency.name());
    println!("Visi: {}", agency.vision());
    for mission in agency.missions() {
        println!("Misi {}: {}", mission.id(), mission.statement());
    }

    println!("\n== Pegawai ==");
    for employee in agency.employees() {
        let position = agency.position(employee.position());
        println!(
            "{} {:<28} {:<5} {}",
            employee.number(),
            employee.name(),
            employee.number().kind().label(id),
            position.map_or("?", |p| p.title())
        );
    }

    println!("\n== Pohon kinerja (~ = intervensi tidak langsung) ==");
    print!("{}", cascade.outline(id));

    println!("\n== Diagnosis keselarasan ==");
    let report = cascade.diagnose();
    if report.is_clean() {
        println!("Tidak ada temuan.");
    }
    for finding in report.findings() {
        println!("- {}", finding.describe(id));
    }

    let leader = PositionId::new("KABID-SD")?;
    let matrix = cascade.role_result_matrix(&leader)?;
    println!("\n== Matriks pembagian peran dan hasil: {leader} ==");
    println!(
        "Hasil kerja pimpinan: {:?}",
        matrix
            .leader_results()
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
    );
    for row in matrix.rows() {
        let name = agency.employee(row.staff()).map_or("?", |e| e.name());
        let cells: Vec<String> = row
            .cells()
            .iter()
            .map(|cell| {
                cell.iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        println!("{name:<28} | {}", cells.join(" | "));
    }

    println!("\n== Mermaid ==");
    print!("{}", cascade.to_mermaid(id));
    Ok(())
}
