//! The national annual workload through the batch API: synthetic employees made on the fly
//! (8 indicators × 4 quarters, 7 core values, a predicate, the quota check per unit of 25),
//! folded in constant memory, with a progress bar on stderr and the totals at the end.
//!
//! `cargo run --release --example national_batch [--agency-rules] [EMPLOYEES] [SUMMARY.json]`
//! (default 5,000,000 employees; the summary is written as JSON when a path is given);
//! `--agency-rules` counts as agencies commonly do (a target each quarter, each indicator
//! and each quarter's score rounded, the annual score the mean of the rounded quarters,
//! behaviour by counts) instead of the national defaults; add `--features rayon` to spread
//! the batch over every core.

#[allow(dead_code, reason = "the example uses only the national workload")]
#[path = "../benches/common/national.rs"]
mod national;

use kinerja::evaluation::{BatchSummary, Predicate};
use kinerja::{Labelled, Language};
use std::io::Write;
use std::time::Instant;

/// Employees per chunk: each chunk is folded on its own and merged, which is also when the
/// progress bar moves.
const CHUNK: u64 = 100_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let counting = match args.iter().position(|a| a == "--agency-rules") {
        Some(at) => {
            args.remove(at);
            national::Counting::Agency
        }
        None => national::Counting::National,
    };
    let count: u64 = match args.first() {
        Some(text) => text.parse()?,
        None => 5_000_000,
    };
    let workload = national::Workload::counted(counting)?;
    let batch = &workload.batch;
    let started = Instant::now();
    let mut summary = BatchSummary::default();
    let mut done = 0;
    while done < count {
        let end = (done + CHUNK).min(count);
        let part = fold(&workload, done..end)?;
        summary = summary.merge(part, batch.rules())?;
        done = end;
        progress(done, count, started);
    }
    let summary = summary.finish(batch.rules())?;
    let elapsed = started.elapsed();
    eprintln!();

    println!("Pegawai dinilai: {}", summary.employees());
    println!("Gagal dinilai: {}", summary.failed());
    println!(
        "Dihitung dengan Decimal (di luar jalur cepat): {}",
        summary.decimal()
    );
    for (predicate, count) in summary.totals().predicates().iter() {
        println!("  {:<20} {count}", label(predicate));
    }
    let scores = summary.scores();
    if let (Some(mean), Some(median), Some(min), Some(max)) =
        (scores.mean()?, scores.median(), scores.min(), scores.max())
    {
        let rounding = batch.rules().rounding;
        println!(
            "Capaian: rata-rata {} %, median {} %, terendah {} %, tertinggi {} %",
            rounding.apply(mean),
            median,
            min,
            max
        );
    }
    println!(
        "Unit diperiksa: {}, sesuai kuota: {}",
        summary.units(),
        summary.compliant_units()
    );
    println!(
        "Waktu: {:.2} s ({:.0} ns per pegawai, {})",
        elapsed.as_secs_f64(),
        elapsed.as_nanos() as f64 / count.max(1) as f64,
        if cfg!(feature = "rayon") {
            "rayon"
        } else {
            "satu thread"
        }
    );
    if let Some(path) = args.get(1) {
        std::fs::write(path, serde_json::to_string_pretty(&summary)?)?;
        println!("Ringkasan ditulis ke {path}");
    }
    Ok(())
}

/// One chunk, in parallel when the `rayon` feature is on.
fn fold(
    workload: &national::Workload,
    range: std::ops::Range<u64>,
) -> Result<BatchSummary, kinerja::evaluation::EvaluationError> {
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        workload.batch.par_fold_part(
            (range.start as usize..range.end as usize).into_par_iter(),
            |i, sheet| workload.fill(i as u64, sheet),
        )
    }
    #[cfg(not(feature = "rayon"))]
    {
        workload
            .batch
            .fold_part(range, |i, sheet| workload.fill(i, sheet))
    }
}

fn label(predicate: Predicate) -> &'static str {
    predicate.label(Language::Indonesian)
}

/// A progress bar on stderr.
fn progress(done: u64, count: u64, started: Instant) {
    const WIDTH: u64 = 40;
    let filled = (done * WIDTH / count.max(1)) as usize;
    let bar = format!(
        "{}{}",
        "#".repeat(filled),
        "-".repeat(WIDTH as usize - filled)
    );
    let mut err = std::io::stderr().lock();
    let _ = write!(
        err,
        "\r[{bar}] {done}/{count} ({:.1} s)",
        started.elapsed().as_secs_f64()
    );
    let _ = err.flush();
}
