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
use kinerja::num::{Rounding, RoundingMode};
use kinerja::present::{number, percent};
use kinerja::{Decimal, Labelled, Language};
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

    println!("Pegawai dinilai: {}", count_of(summary.employees()));
    println!("Gagal dinilai: {}", count_of(summary.failed()));
    println!(
        "Dihitung dengan Decimal (di luar jalur cepat): {}",
        count_of(summary.decimal())
    );
    for (predicate, count) in summary.totals().predicates().iter() {
        println!("  {:<20} {}", label(predicate), count_of(*count));
    }
    let scores = summary.scores();
    if let (Some(mean), Some(median), Some(min), Some(max)) =
        (scores.mean()?, scores.median(), scores.min(), scores.max())
    {
        let rounding = batch.rules().rounding;
        let shown = |value| percent(value, rounding, Language::Indonesian);
        println!(
            "Capaian: rata-rata {}, median {}, terendah {}, tertinggi {}",
            shown(mean),
            shown(median),
            shown(min),
            shown(max)
        );
    }
    println!(
        "Unit diperiksa: {}, sesuai kuota: {}",
        count_of(summary.units()),
        count_of(summary.compliant_units())
    );
    let hundredths = |value: f64| Decimal::new(value.round() as i64, 2);
    println!(
        "Waktu: {} detik ({} ns per pegawai, {})",
        number(
            hundredths(elapsed.as_secs_f64() * 100.0),
            Rounding::default(),
            Language::Indonesian
        ),
        count_of((elapsed.as_nanos() / u128::from(count.max(1))) as usize),
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

/// A count written the Indonesian way (`1.000.000`).
fn count_of(count: usize) -> String {
    let whole = Rounding::new(0, RoundingMode::HalfUp).unwrap_or_default();
    number(Decimal::from(count), whole, Language::Indonesian)
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
