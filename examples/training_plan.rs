//! From gaps to training: the education office of Siulak's development year.
//!
//! `cargo run --example training_plan` prints, from the built-in sample, each assessed
//! employee's Job Person Match explained: every competency of their position's standard
//! with the level assessed or "belum dinilai", the sums, the coverage and why a category is
//! or is not given; the year's development plan (PP 17/2020's 20 JP minimum, the office's
//! budget of Rp 6.000.000 and a cap of 80 JP), each programme with the gap it closes, why and
//! the goal it serves, each employee's JP against the minimum and the competencies to assess
//! first; the trace of each recommendation from the programme back to the office's goal and
//! mission; the assessments an indicator or a core value asks for; and the office's training
//! needs analysis, by competency, goal, programme and unit. Every line is printed from the
//! crate's views (`kinerja::present`).

#[path = "common/development.rs"]
mod development_stage;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cascade = kinerja::sample::siulak_cascade()?;
    println!(
        "== {}: kebutuhan pengembangan kompetensi 2026 ==",
        cascade.agency().name()
    );
    development_stage::development(&cascade)
}
