//! From gaps to training: the education office of Siulak's development year.
//!
//! `cargo run --example training_plan` prints, from the built-in sample, each assessed
//! employee's Job Person Match with the competencies short of their position's standard;
//! the year's development plan (PP 17/2020's 20 JP minimum, the office's budget of
//! Rp 6.000.000 and a cap of 80 JP), each programme with the gaps it closes; the trace of
//! each recommendation that a performance gap or the evaluation asked for, from the
//! programme back to the office's goal and mission; and the office's training needs
//! analysis, by competency, goal and unit.

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
