//! What the benches share: seeded pseudo-random numbers and a setup that exits rather than
//! panics.

#[allow(
    dead_code,
    reason = "only the evaluation and development benches use it"
)]
pub mod agency;
#[allow(dead_code, reason = "only the national bench and example use it")]
pub mod national;
#[allow(
    dead_code,
    reason = "only the development and complexity benches use it"
)]
pub mod province;

/// Deterministic pseudo-random numbers (a fixed-seed LCG), so every run sees the same data.
#[allow(dead_code, reason = "not every bench draws numbers")]
pub struct Lcg(pub u64);

#[allow(dead_code, reason = "not every bench draws numbers")]
impl Lcg {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// How far an exact figure lies from a float one (NaN when its text is not a number): the
/// check that two ways of scoring agree before their speeds are compared.
#[allow(dead_code, reason = "only the benches with a float floor use it")]
pub fn gap(exact: impl std::fmt::Display, float: f64) -> f64 {
    (exact.to_string().parse::<f64>().unwrap_or(f64::NAN) - float).abs()
}

/// Whether the bench runs once as a smoke test (`cargo bench -- --test`, as CI does): the
/// heaviest setups then use small sizes, so CI runs every bench's code in seconds. The
/// figures in BENCHMARKS.md come from full runs, which use the full sizes.
#[allow(dead_code, reason = "not every bench has a heavy setup")]
pub fn smoke_test() -> bool {
    std::env::args().any(|arg| arg == "--test")
}

/// `full` for a measurement, `smoke` for a smoke test ([`smoke_test`]).
#[allow(dead_code, reason = "not every bench has a heavy setup")]
pub fn sized(full: usize, smoke: usize) -> usize {
    if smoke_test() { smoke } else { full }
}

/// Benches may not panic by the crate's lints; a broken setup exits instead.
pub fn or_exit<T, E: std::fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|error| {
        eprintln!("bench setup failed: {error}");
        std::process::exit(1)
    })
}

/// A valid PNS employee number, distinct for each `n` below 1,000,000.
#[allow(dead_code, reason = "not every bench builds an agency")]
pub fn nip(n: usize) -> Result<kinerja::nip::EmployeeNumber, kinerja::Error> {
    let (sequence, day) = (n % 1000, n / 1000 % 28 + 1);
    let (month, year) = (n / 28_000 % 12 + 1, 1960 + n / 336_000);
    Ok(kinerja::nip::EmployeeNumber::new(
        kinerja::nip::EmployeeKind::Pns,
        format!(
            "{year:04}{month:02}{day:02}200501{}{sequence:03}",
            1 + n % 2
        ),
    )?)
}
