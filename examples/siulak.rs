//! The education office of Siulak, from its vision down to every employee's results.
//!
//! Run with `cargo run --example siulak`. Prints the agency, its performance tree, the
//! alignment diagnostics and one leader's role–result matrix; then a section head's
//! quarterly achievements in 2026 with the explanation of her annual score, the division's
//! rolled-up count, the organisation's achievement per goal and objective, and what the
//! last quarter would have needed for a higher rating. All from the built-in sample data.

use kinerja::preset::permenpanrb_8_2021_values;
use kinerja::{
    Band, BandGoal, BandTable, Bound, EmployeeKind, EmployeeNumber, Granularity, IndicatorId,
    InverseQuery, Labelled, Language, PositionId, Rounding, ScoringPlan, Year, sample,
};
use rust_decimal::Decimal;
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

    scoring(&cascade)?;
    evaluation(&cascade)?;
    Ok(())
}

/// Quarterly evaluations to date, the annual predicates, and the office's distribution.
fn evaluation(cascade: &kinerja::Cascade) -> Result<(), Box<dyn Error>> {
    use kinerja::{
        AppraisalInput, CalibrationEntry, DistributionRules, EvaluationRules,
        OrganisationPredicate, QuotaRounding, appraise, appraise_year, calibrate,
        check_distribution,
    };
    use std::collections::BTreeMap;
    let id = Language::Indonesian;
    let year = Year::new(sample::SAMPLE_YEAR)?;
    let definitions = sample::siulak_definitions()?;
    // The division's count is not reported: it rolls up from its sections.
    let quarters = year.periods(Granularity::Quarter);
    let measured = cascade.roll_up(&quarters, &sample::siulak_realisations()?)?;
    let behaviour: BTreeMap<_, _> = sample::siulak_behaviour()?.into_iter().collect();
    let rules = EvaluationRules::default();
    let expectations = BTreeMap::new();
    let agency = cascade.agency();
    // The office's own rating, from its objectives: the head's result rating follows it.
    let objectives = cascade.organisation_achievement(year.as_period(), &definitions, &measured)?;
    let office = objectives
        .iter()
        .filter(|n| n.level == kinerja::Level::Objective)
        .filter_map(|n| n.trace.achievement.map(|a| a.value()))
        .sum::<Decimal>()
        / Decimal::from(2);
    let office_rating = *rules
        .result_thresholds
        .classify(rules.rounding.apply(office), |_| true)?
        .label;
    println!("\n== Penilaian kinerja {year} ==");
    println!(
        "Capaian organisasi (rata-rata sasaran strategis): {} % -> {}",
        rules.rounding.format(office),
        office_rating.label(id)
    );
    println!(
        "{:<28} {:<24} {:<24} {:<24} {:<24} | Tahunan",
        "Pegawai", "TW I", "TW II", "TW III", "TW IV"
    );
    let head = EmployeeNumber::new(EmployeeKind::Pns, "197204101998031005")?;
    let mut proposals = Vec::new();
    for employee in agency.employees() {
        let number = *employee.number();
        let Ok(plan) = ScoringPlan::for_employee(cascade, &number, &definitions) else {
            println!(
                "{:<28} belum dapat dinilai: belum memiliki rencana hasil kerja",
                employee.name()
            );
            continue;
        };
        let ratings = behaviour.get(&number).map(Vec::as_slice).unwrap_or(&[]);
        let input = AppraisalInput {
            employee: number,
            plan: &plan,
            measurements: &measured,
            behaviour: ratings,
            expectations: &expectations,
            result_override: None,
            organisation_rating: (number == head).then_some(office_rating),
            notes: &[],
        };
        let (quarters, annual) = if number == head {
            // The head's indicators have annual targets only: one evaluation, for the year.
            (
                Vec::new(),
                appraise(&rules, year.as_period().into(), &input)?,
            )
        } else {
            let year_of = appraise_year(&rules, year, &input)?;
            (year_of.periodic, year_of.annual)
        };
        let cell = |a: &kinerja::Appraisal| {
            format!(
                "{} ({})",
                a.predicate.label(id),
                rules.rounding.format(a.results.reported)
            )
        };
        let mut row: Vec<String> = quarters.iter().map(cell).collect();
        row.resize(4, "-".to_owned());
        let columns: String = row.iter().map(|c| format!("{c:<25}")).collect();
        println!("{:<28} {columns}| {}", employee.name(), cell(&annual));
        for area in &annual.improvement_areas {
            println!("{:<28}   perbaikan: {}", "", area.describe(id));
        }
        // The head is rated with the organisation, not within its distribution.
        if number != head {
            proposals.push(CalibrationEntry {
                employee: number,
                score: annual.results.reported,
                proposed: annual.predicate,
            });
        }
    }

    println!("\n== Kurva distribusi (SE MenPANRB 3/2023) ==");
    let curve = DistributionRules::se_menpanrb_3_2023();
    let organisation = OrganisationPredicate::Good;
    let report = check_distribution(
        &curve,
        organisation,
        proposals.iter().map(|p| p.proposed),
        QuotaRounding::Strict,
    )?;
    print!("{}", report.render(id));
    let calibrated = calibrate(
        &curve,
        organisation,
        QuotaRounding::Strict,
        &proposals,
        kinerja::DEFAULT_MAX_TEAM,
    )?;
    println!("Setelah kalibrasi ({} perubahan):", calibrated.changes);
    print!("{}", calibrated.render(id));
    Ok(())
}

/// The year 2026 of Rina Marlina, head of the curriculum section, and of her office.
fn scoring(cascade: &kinerja::Cascade) -> Result<(), Box<dyn Error>> {
    let id = Language::Indonesian;
    let definitions = sample::siulak_definitions()?;
    let measured = sample::siulak_realisations()?;
    let year = Year::new(sample::SAMPLE_YEAR)?;
    let rounding = Rounding::default();
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    let plan = ScoringPlan::for_employee(cascade, &rina, &definitions)?;

    println!("\n== Capaian triwulanan {year}: Rina Marlina, S.Pd. ==");
    for quarter in year.periods(Granularity::Quarter) {
        let achieved = plan.achievement(quarter, &measured)?;
        println!("{quarter}: {} %", rounding.format(achieved.value()));
    }

    println!("\n== Penjelasan capaian tahunan ==");
    let explained = plan.explain(year.as_period(), &measured, rounding)?;
    print!("{}", explained.render(id));
    let value = permenpanrb_8_2021_values().value(explained.reported, false)?;
    println!(
        "Nilai capaian (PermenPANRB 8/2021): {}",
        rounding.format(value)
    );

    println!("\n== Rekap bidang: SD memenuhi SNP (langsung dari seksi dan pengawas) ==");
    let quarters = year.periods(Granularity::Quarter);
    let rolled = cascade.roll_up(&quarters, &measured)?;
    let division = IndicatorId::new("IKI-KABID-1")?;
    for quarter in &quarters {
        let total = rolled
            .get(&division, *quarter)
            .map(|r| r.value().to_string());
        println!("{quarter}: {} sekolah", total.as_deref().unwrap_or("-"));
    }

    println!("\n== Capaian organisasi {year} ==");
    for node in cascade.organisation_achievement(year.as_period(), &definitions, &measured)? {
        let achieved = node.trace.achievement.map(|a| rounding.format(a.value()));
        println!(
            "{} {}: {} %",
            node.level.label(id),
            node.node,
            achieved.as_deref().unwrap_or("-")
        );
    }

    // What would the fourth quarter have needed for "above expectation"? (The thresholds
    // are the agency's to set; these are an example.)
    let d = Decimal::from;
    let ratings = BandTable::new(vec![
        Band::new(
            "di bawah ekspektasi",
            Some(Bound::inclusive(d(0))),
            Some(Bound::exclusive(d(90))),
        ),
        Band::new(
            "sesuai ekspektasi",
            Some(Bound::inclusive(d(90))),
            Some(Bound::exclusive(d(110))),
        ),
        Band::new("di atas ekspektasi", Some(Bound::inclusive(d(110))), None),
    ])?;
    let query = InverseQuery {
        indicator: IndicatorId::new("IKI-KUR-1")?,
        period: "2026-Q4".parse()?,
        step: Decimal::ONE,
        rounding,
    };
    let goal = BandGoal {
        table: &ratings,
        band: 2,
    };
    println!("\n== Yang dibutuhkan ==");
    match plan.required_realisation(year.as_period(), &measured, &query, goal, |_| false) {
        Ok(needed) => println!(
            "Agar capaian tahunan di atas ekspektasi, SD yang menerapkan Kurikulum Merdeka di triwulan IV: paling sedikit {needed}"
        ),
        Err(why) => println!("Tidak tercapai: {why}"),
    }
    Ok(())
}
