//! The education office of Siulak, from its vision down to every employee's results.
//!
//! Run with `cargo run --example siulak`. Prints the agency, its performance tree, the
//! alignment diagnostics and one leader's role–result matrix; the curriculum section's staff
//! forum with its participation, and one employee's plan negotiated with his leader to a
//! locked agreement, with its audit trail; then a section head's
//! quarterly achievements in 2026 with the explanation of her annual score, the division's
//! rolled-up count, the organisation's achievement per goal and objective, and what the
//! last quarter would have needed for a higher rating; last, the whole office's year through
//! the agency path (records checked together, the organisation's predicate, quarterly and
//! annual predicates, the distribution check and calibration); and the development stage:
//! the Job Person Match of the assessed staff, the year's development plan with each
//! recommendation's trace to the office's goals and missions, and the office's training
//! needs. All from the built-in sample data. With a folder (`-- pictures/`), it draws the
//! year's pictures there and writes the documents an agency prints as HTML pages: two SKPs,
//! an evaluation document and the public agency report.

#[path = "common/development.rs"]
mod development_stage;

use kinerja::development::{AssessmentRules, JobPersonMatch, JpmRules};
use kinerja::id::{IndicatorId, NodeId, PositionId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::num::Rounding;
use kinerja::period::{Granularity, Year};
use kinerja::present::{number, percent};
use kinerja::regulation::permenpanrb_8_2021_values;
use kinerja::scoring::{Band, BandGoal, BandTable, Bound, InverseQuery, ScoringPlan};
use kinerja::{AgencyInput, Labelled, Language, appraise_agency, sample};
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

    let agreed = agreement(&cascade)?;
    scoring(&cascade)?;
    let (input, decided) = evaluation(&cascade)?;
    development_stage::development(&cascade)?;
    // `cargo run --example siulak -- FOLDER` also draws the year as SVG pictures there,
    // and writes the documents an agency prints as HTML pages beside them.
    if let Some(folder) = std::env::args().nth(1) {
        let folder = std::path::Path::new(&folder);
        pictures(&cascade, folder)?;
        documents(&cascade, folder, &agreed, &input, &decided)?;
    }
    Ok(())
}

/// The year as pictures: the performance tree with the organisation's achievement and the
/// primary-school division's part of it alone, the distribution of predicates against the
/// curve (and before and after calibration), the talent nine-box (potential from the Job
/// Person Match of the assessed staff) by counts and by names, and one indicator's quarters
/// against target.
fn pictures(cascade: &kinerja::Cascade, folder: &std::path::Path) -> Result<(), Box<dyn Error>> {
    use kinerja::present::{
        BandColours, NameStyle, TreeOptions, distribution_before_after, distribution_chart,
        indicator_chart, nine_box_grid, nine_box_with_names, performance_subtree, performance_tree,
    };
    let id = Language::Indonesian;
    let rounding = Rounding::default();
    std::fs::create_dir_all(folder)?;
    let write = |name: &str, svg: String| -> Result<(), Box<dyn Error>> {
        let path = folder.join(name);
        std::fs::write(&path, svg)?;
        println!("gambar: {}", path.display());
        Ok(())
    };
    let definitions = sample::siulak_definitions()?;
    let measured = sample::siulak_realisations()?;
    let year = Year::new(sample::SAMPLE_YEAR)?.as_period();
    let achieved: std::collections::BTreeMap<_, _> = cascade
        .organisation_achievement(year, &definitions, &measured)?
        .into_iter()
        .filter_map(|node| Some((node.node, node.trace.achievement?)))
        .collect();
    write(
        "pohon_kinerja.svg",
        performance_tree(cascade, &achieved, rounding, id),
    )?;
    // The primary-school division's part of the tree alone, below its head's result, each
    // result with its indicator's achievement for the year, coloured by the organisation's
    // bands (as the year's records set them).
    let division = NodeId::new("RHK-KABID-1")?;
    let mut figures = achieved.clone();
    for node in cascade.nodes() {
        let [indicator] = node.indicators() else {
            continue;
        };
        let Some(definition) = definitions.get(indicator.id()) else {
            continue;
        };
        // A result with a quarter not reported has no figure for the year: missing is not
        // zero, and its box shows none.
        let trace = definition.explain_achievement(year, &measured).ok();
        if let Some(achievement) = trace.and_then(|t| t.achievement) {
            figures.entry(node.id().clone()).or_insert(achievement);
        }
    }
    let records = sample::siulak_records()?;
    let options = TreeOptions::new(id)
        .achievements(&figures)
        .bands(BandColours::of(&records.rules.organisation.bands))
        .rounding(rounding);
    write(
        "pohon_kinerja_bidang_sd.svg",
        performance_subtree(cascade, &division, &options)?,
    )?;

    let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.describe(id))?;
    let appraised = appraise_agency(&input)?;
    if let Some(report) = &appraised.distribution {
        write("kurva_distribusi.svg", distribution_chart(report, id))?;
    }
    // Before and after calibration, with the head's decision on the tie.
    let mut records = sample::siulak_records()?;
    records.tie_decisions.push(sample::siulak_tie_decision()?);
    let decided = AgencyInput::new(records).map_err(|p| p.describe(id))?;
    let calibrated =
        appraise_agency(&decided)?.calibrated(&decided, kinerja::evaluation::DEFAULT_MAX_TEAM)?;
    if let Some(calibration) = calibrated.calibrations.last() {
        write(
            "kurva_distribusi_kalibrasi.svg",
            distribution_before_after(&calibration.before, &calibration.after, id)?,
        )?;
    }
    let agency = cascade.agency();
    let catalogue = sample::siulak_competencies()?;
    let standards = sample::siulak_standards()?;
    let records = sample::siulak_development_records()?;
    let talent = kinerja::regulation::permenpanrb_3_2020_nine_box();
    let mut boxes = Vec::new();
    let mut named = Vec::new();
    for annual in &appraised.employees {
        let employee = agency.employee(&annual.employee).ok_or("no employee")?;
        let counted = AssessmentRules::default().counted(employee.number(), &records.assessments);
        if counted.is_empty() {
            continue;
        }
        let position = agency.position(employee.position()).ok_or("no position")?;
        let standard = standards.standard_for(position, &catalogue)?;
        let jpm = JobPersonMatch::new(&standard, &counted, &JpmRules::default());
        // Potential is read from a match with a category only: one resting on part of the
        // standard (competencies never assessed) places nobody.
        let Some(potential) = jpm.category.and(jpm.percent) else {
            continue;
        };
        let placed = talent.place(annual.annual.reported.value(), potential.value())?;
        boxes.push(placed.box_number);
        named.push((placed.box_number, employee.name()));
    }
    if boxes.is_empty() {
        // Missing is not zero: no potential is read from an incomplete assessment.
        println!(
            "Kotak talenta: belum ada pegawai yang dapat ditempatkan; asesmen kompetensi belum lengkap"
        );
    }
    write("kotak_talenta.svg", nine_box_grid(boxes, id))?;
    write(
        "kotak_talenta_nama.svg",
        nine_box_with_names(named, &talent, NameStyle::Full, id),
    )?;

    let indicator = IndicatorId::new("IKI-KUR-1")?;
    let definition = definitions.get(&indicator).ok_or("no definition")?;
    let statement = cascade
        .indicator(&indicator)
        .and_then(|node| node.indicators().iter().find(|i| i.id() == &indicator))
        .map_or("", |i| i.statement());
    let trace = definition.explain_achievement(year, &measured)?;
    write(
        "indikator_IKI-KUR-1.svg",
        indicator_chart(&trace, statement, rounding, id),
    )?;
    Ok(())
}

/// What the agreement stage leaves for the documents: Yoga Pratama's agreed plan, the
/// cascade with its results, and the participation of the two units that held forums.
struct Agreed {
    plan: kinerja::agreement::Plan,
    cascade: kinerja::Cascade,
    participation: Vec<kinerja::agreement::Participation>,
}

/// The documents of the year as HTML pages to print (A4): two SKPs (Yoga Pratama's from
/// his agreed plan; Dewi Lestari's from the cascade, with a main and an additional result
/// and its annexes), Rina Marlina's evaluation document for the year (after calibration
/// and her objection), and the office's public report, which names nobody.
fn documents(
    cascade: &kinerja::Cascade,
    folder: &std::path::Path,
    agreed: &Agreed,
    input: &AgencyInput,
    decided: &kinerja::AgencyAppraisal,
) -> Result<(), Box<dyn Error>> {
    use kinerja::present::{AgencyReport, EvaluationDocument, Skp, SkpAnnexes, Style};
    let style = Style::indonesian();
    let write = |name: String, html: String| -> Result<(), Box<dyn Error>> {
        let path = folder.join(name);
        std::fs::write(&path, html)?;
        println!("dokumen: {}", path.display());
        Ok(())
    };
    let year = Year::new(sample::SAMPLE_YEAR)?;
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).ok_or("tanggal");

    let yoga = Skp::of_plan(&agreed.plan, cascade, style)?;
    write(
        format!("skp_{}.html", agreed.plan.employee()),
        yoga.to_html(),
    )?;
    let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    let definitions = sample::siulak_definitions()?;
    let skp = Skp::of_cascade(cascade, &definitions, &dewi, year, style)
        .ok_or("no results")?
        .with_annexes(SkpAnnexes::new(
            vec![
                "Akses aplikasi Dapodik dan koneksi internet kantor".into(),
                "Bimbingan teknis verifikasi data dari Pusdatin".into(),
            ],
            vec![
                "Laporan verifikasi bulanan kepada Kepala Seksi Kurikulum dan Penilaian SD".into(),
            ],
            vec!["Capaian di bawah target dibahas dalam dialog kinerja triwulanan".into()],
        ))
        .signed("Siulak", day(2026, 1, 12)?);
    write(format!("skp_{dewi}.html"), skp.to_html())?;

    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    let appraisal = decided.employee(&rina).ok_or("no appraisal")?;
    let document = EvaluationDocument::of(
        &appraisal.annual,
        input.cascade(),
        &decided.organisation,
        style,
    )
    .signed("Siulak", day(2027, 2, 2)?);
    write(format!("evaluasi_{rina}.html"), document.to_html())?;

    // The cascade with the agreed plans names what the forums adopted into them.
    let report = AgencyReport::of(decided, &agreed.cascade, &agreed.participation, style);
    write("laporan_instansi.html".to_owned(), report.to_html())?;
    Ok(())
}

/// The curriculum section's staff forum, and Yoga Pratama's plan negotiated with his leader
/// from proposal to a locked agreement, with its trail of who did what, when and why.
fn agreement(cascade: &kinerja::Cascade) -> Result<Agreed, Box<dyn Error>> {
    use kinerja::agreement::{
        Adoption, Amendment, Command, Fate, Forum, Parties, Plan, ProposedIndicator,
        ProposedResult, Suggestion, Terms, Topic, agreed_plans, participation,
    };
    use kinerja::cascade::{LinkKind, ResultCategory};
    use kinerja::id::UnitId;
    use kinerja::measure::{IndicatorDefinition, Polarity, Target};
    use kinerja::present::{AgreementView, ForumView, ParticipationView, Style};
    let id = Language::Indonesian;
    let agency = cascade.agency();
    let name = |n: &EmployeeNumber| agency.employee(n).map_or("?", |e| e.name()).to_owned();
    let pns = |n: &str| EmployeeNumber::new(EmployeeKind::Pns, n);
    let date = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).ok_or("tanggal");
    let (rina, dewi) = (pns("198507192010012014")?, pns("199203032019032011")?);
    let putri = EmployeeNumber::new(EmployeeKind::Pppk, "199506122022212001")?;

    let unit = UnitId::new("DIK.SD.KUR")?;
    let forum = Forum {
        unit: unit.clone(),
        held_on: date(1, 8)?,
        chair: rina,
        attendees: vec![dewi, putri],
        suggestions: vec![
            Suggestion {
                number: 1,
                by: dewi,
                topic: Topic::Indicator(IndicatorId::new("IKI-KUR-1")?),
                text: "Gugus Siulak Mukai siap menerapkan Kurikulum Merdeka di triwulan III: naikkan target triwulan III dari 3 menjadi 4".into(),
                fate: Fate::Adopted {
                    adoption: Adoption::Target {
                        indicator: IndicatorId::new("IKI-KUR-1")?,
                        period: "2026-Q3".parse()?,
                        target: Target::Value(4.into()),
                    },
                },
            },
            Suggestion {
                number: 2,
                by: putri,
                topic: Topic::Node(NodeId::new("RHK-DATA-1")?),
                text: "Verifikasi Dapodik dilakukan setiap bulan".into(),
                fate: Fate::Declined {
                    reason: "Jadwal verifikasi Dapodik ditetapkan pusat per semester".into(),
                },
            },
        ],
    };
    let definitions = sample::siulak_definitions()?;
    let summary = participation(
        cascade,
        &unit,
        std::slice::from_ref(&forum),
        &[],
        &definitions,
    )?;
    let style = Style::indonesian();
    let shown = ForumView::of(&forum, cascade, style);
    let counted = ParticipationView::of(&summary, cascade, style);
    println!("\n== {} ==", shown.subject);
    for s in &shown.suggestions {
        let status = counted
            .changes
            .iter()
            .find(|c| c.suggestion == s.number)
            .map(|c| format!(" ({})", c.status_text))
            .unwrap_or_default();
        println!(
            "{}. {} — \"{}\": {}{status}",
            s.number, s.by.name, s.text, s.decision
        );
    }
    println!("Partisipasi: {}", counted.text);

    let yoga = pns("199405052020121008")?;
    let parties = Parties::of(agency, yoga)?;
    let leader = *parties.leader();
    let year = Year::new(sample::SAMPLE_YEAR)?;
    let indicator = IndicatorId::new("IKI-ADM-1")?;
    let terms = Terms {
        results: vec![ProposedResult {
            id: NodeId::new("RHK-ADM-1")?,
            statement: "Bahan laporan kinerja dinas yang terhimpun tepat waktu".into(),
            supports: Some(NodeId::new("RHK-SEK-1")?),
            link: LinkKind::Indirect,
            category: ResultCategory::Main,
            weight: None,
            contribution: None,
            indicators: vec![ProposedIndicator {
                statement: "Bahan laporan bidang yang terhimpun".into(),
                weight: None,
                definition: IndicatorDefinition::builder(
                    indicator.clone(),
                    "dokumen",
                    Polarity::Maximise,
                )
                .target(year.as_period(), Target::Value(12.into()))
                .build()?,
            }],
        }],
    };
    let mut step = Plan::open(parties, year, &yoga, date(1, 5)?)?;
    let mut trail = std::mem::take(&mut step.events);
    for (command, by, on) in [
        (Command::Propose { terms }, yoga, date(1, 6)?),
        (
            Command::CounterPropose {
                amendments: vec![Amendment::Target {
                    indicator: indicator.clone(),
                    period: year.as_period(),
                    target: Target::Value(16.into()),
                }],
                reason: "Empat bidang melapor setiap triwulan: 16 bahan, bukan 12".into(),
            },
            leader,
            date(1, 8)?,
        ),
        (Command::AcceptCounter, yoga, date(1, 9)?),
        (Command::Confirm, leader, date(1, 9)?),
        (Command::Activate, leader, date(1, 12)?),
    ] {
        step = step.plan.apply(cascade, command, &by, on)?;
        trail.append(&mut step.events);
    }
    // In April the secretariat's forum adopts a higher target for Yoga's indicator: it
    // reaches his locked plan as the agreement stage's own revision, with the forum as its
    // reason, requested by his leader and approved by him.
    let secretariat = UnitId::new("DIK.SEK")?;
    let april = Forum {
        unit: secretariat.clone(),
        held_on: date(4, 2)?,
        chair: leader,
        attendees: vec![],
        suggestions: vec![Suggestion {
            number: 1,
            by: yoga,
            topic: Topic::Indicator(indicator.clone()),
            text: "Laporan bulanan BOS ikut dihimpun mulai triwulan II".into(),
            fate: Fate::Adopted {
                adoption: Adoption::Target {
                    indicator: indicator.clone(),
                    period: year.as_period(),
                    target: Target::Value(20.into()),
                },
            },
        }],
    };
    for revision in april.revisions(cascade, std::slice::from_ref(&step.plan), id) {
        for (command, by, on) in [
            (revision.command(), leader, date(4, 3)?),
            (
                Command::DecideRevision {
                    approve: true,
                    reason: "Setuju, beban bertambah empat laporan".into(),
                },
                yoga,
                date(4, 6)?,
            ),
        ] {
            step = step.plan.apply(cascade, command, &by, on)?;
            trail.append(&mut step.events);
        }
    }
    let plan = &step.plan;
    let view = AgreementView::of(plan, &trail, cascade, style);
    println!(
        "\n== Rencana kinerja {} {}: dari usulan ke kesepakatan ==",
        view.employee.name, view.year.label
    );
    for entry in &view.trail {
        let why = entry
            .reason
            .as_deref()
            .map(|w| format!(" — {w}"))
            .unwrap_or_default();
        println!("{:<16} {}{why}", entry.on.text, entry.text);
    }
    for result in &view.results {
        for indicator in &result.indicators {
            let targets: Vec<String> = indicator
                .targets
                .iter()
                .map(|t| format!("{} ({})", t.text, t.period.label))
                .collect();
            println!(
                "\"{}\" — {}: {}",
                result.result.name,
                indicator.indicator.name,
                targets.join(", ")
            );
        }
    }
    println!(
        "Status: {}; dibangun ulang dari {} catatan jejak: {}",
        view.status,
        trail.len(),
        if Plan::replay(&trail, cascade)? == *plan {
            "sama"
        } else {
            "BERBEDA"
        }
    );
    let about_yoga = |c: &kinerja::Cascade| {
        c.diagnose()
            .findings()
            .iter()
            .filter(|f| f.describe(id).contains(&yoga.to_string()))
            .count()
    };
    let with_plan = agreed_plans(cascade, year, std::slice::from_ref(plan))?;
    let after = participation(
        &with_plan.cascade,
        &secretariat,
        &[april],
        std::slice::from_ref(plan),
        &definitions,
    )?;
    let shown = ParticipationView::of(&after, &with_plan.cascade, style);
    for change in &shown.changes {
        println!(
            "Forum {} {}: usulan {} {}",
            shown.unit.name, change.held_on.text, change.suggestion, change.status_text
        );
    }
    println!(
        "Temuan diagnosis atas {}: {} sebelum rencananya disepakati, {} sesudahnya",
        name(&yoga),
        about_yoga(cascade),
        about_yoga(&with_plan.cascade)
    );
    Ok(Agreed {
        cascade: with_plan.cascade,
        plan: step.plan,
        participation: vec![summary, after],
    })
}

/// The whole office's year through the agency path: its records checked together, the
/// organisation's predicate from its objectives, quarterly evaluations to date, the annual
/// predicates, the distribution check and calibration.
fn evaluation(
    cascade: &kinerja::Cascade,
) -> Result<(AgencyInput, kinerja::AgencyAppraisal), Box<dyn Error>> {
    use kinerja::evaluation::DEFAULT_MAX_TEAM;
    use kinerja::{AgencyInput, appraise_agency};
    let id = Language::Indonesian;
    let input = match AgencyInput::new(sample::siulak_records()?) {
        Ok(input) => input,
        Err(problems) => {
            print!("{}", problems.describe(id));
            return Err(problems.into());
        }
    };
    let rules = input.rules().clone();
    let year = appraise_agency(&input)?;
    println!("\n== Penilaian kinerja {} ==", year.year);
    for outcome in &year.organisation {
        println!("{}", outcome.describe(id));
    }
    let agency = cascade.agency();
    let name = |n: &EmployeeNumber| agency.employee(n).map_or("?", |e| e.name());
    println!(
        "{:<28} {:<25}{:<25}{:<25}{:<25}| Tahunan",
        "Pegawai (capaian s.d. TW)", "TW I", "TW II", "TW III", "TW IV"
    );
    let quarters = year.year.periods(Granularity::Quarter);
    for employee in &year.employees {
        let cell = |a: &kinerja::evaluation::Appraisal| {
            format!(
                "{} ({})",
                a.predicate.label(id),
                number(a.reported.value(), rules.rounding, id)
            )
        };
        let columns: String = quarters
            .iter()
            .map(|q| {
                let to_date = kinerja::period::Span::to_date(*q);
                let text = employee
                    .periodic
                    .iter()
                    .find(|a| a.scope == to_date)
                    .map_or("-".to_owned(), cell);
                format!("{text:<25}")
            })
            .collect();
        println!(
            "{:<28} {columns}| {}",
            name(&employee.employee),
            cell(&employee.annual)
        );
        for area in &employee.annual.improvement_areas {
            println!("{:<28}   perbaikan: {}", "", area.describe(id));
        }
    }
    for number in &year.without_plan {
        println!(
            "{:<28} belum dapat dinilai: belum memiliki rencana hasil kerja",
            name(number)
        );
    }

    println!("\n== Kurva distribusi (SE MenPANRB 3/2023) ==");
    if let Some(report) = &year.distribution {
        print!("{}", report.render(id));
    }
    // Calibration first shows the leader what it finds, ties included; who moves among
    // equal scores is the leader's decision, recorded with the year's records.
    let proposal = year
        .calibration(&input, DEFAULT_MAX_TEAM)?
        .ok_or("no organisation predicate")?;
    println!("Usulan kalibrasi ({} perubahan):", proposal.changes);
    print!("{}", proposal.render(agency, id));
    // The head gives the lower place to Hendri Saputra, whose fourth-quarter report came
    // two weeks late: a reason no figure shows.
    let mut records = sample::siulak_records()?;
    if proposal.unresolved().next().is_some() {
        records.tie_decisions.push(sample::siulak_tie_decision()?);
    }
    let input = AgencyInput::new(records.clone()).map_err(|problems| problems.describe(id))?;
    let calibrated = appraise_agency(&input)?.calibrated(&input, DEFAULT_MAX_TEAM)?;
    if let Some(calibration) = calibrated.calibrations.last() {
        println!("Setelah kalibrasi ({} perubahan):", calibration.changes);
        print!("{}", calibration.render(agency, id));
    }

    // The results are given; two employees object, within 14 days, to the rater's
    // superior, whose decisions are final and recorded with the year's records.
    println!("\n== Keberatan atas predikat tahunan ==");
    let whole_year = year.year.as_period();
    let objections = sample::siulak_objections()?;
    for (employee, objection) in &objections {
        if let Some(entry) = records
            .employees
            .iter_mut()
            .find(|r| r.employee == *employee)
        {
            entry.objections.insert(whole_year, objection.clone());
        }
    }
    let input = AgencyInput::new(records).map_err(|problems| problems.describe(id))?;
    let decided = appraise_agency(&input)?.calibrated(&input, DEFAULT_MAX_TEAM)?;
    for (employee, _) in &objections {
        if let Some(appraisal) = decided.employee(employee) {
            let style = kinerja::present::Style::indonesian();
            if let Some(view) =
                kinerja::present::ObjectionView::of(&appraisal.annual, agency, style)
            {
                println!("{}", view.text);
            }
            println!(
                "{}: predikat {}",
                agency.who(employee),
                appraisal.annual.predicate.label(id)
            );
        }
    }
    if let Some(report) = &decided.distribution {
        println!("Kurva distribusi setelah keberatan: {}", report.verdict(id));
    }
    Ok((input, decided))
}

/// The year 2026 of Rina Marlina, head of the curriculum section, and of her office.
fn scoring(cascade: &kinerja::Cascade) -> Result<(), Box<dyn Error>> {
    let id = Language::Indonesian;
    let definitions = sample::siulak_definitions()?;
    let measured = sample::siulak_realisations()?;
    let year = Year::new(sample::SAMPLE_YEAR)?;
    let rounding = Rounding::default();
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    let plan = ScoringPlan::for_employee(cascade, &rina, &definitions)?.ok_or("no plan")?;

    println!("\n== Capaian triwulanan {year}: Rina Marlina, S.Pd. ==");
    for quarter in year.periods(Granularity::Quarter) {
        let achieved = plan.achievement(quarter, &measured)?;
        println!(
            "{} (triwulan itu saja): {}",
            quarter.describe(id),
            percent(achieved.value(), rounding, id)
        );
    }

    println!("\n== Penjelasan capaian tahunan ==");
    let explained = plan.explain(year.as_period(), &measured, rounding)?;
    print!("{}", explained.render(id));
    let value = permenpanrb_8_2021_values().value(explained.reported.value(), false)?;
    println!(
        "Nilai capaian (PermenPANRB 8/2021): {}",
        number(value, rounding, id)
    );

    println!("\n== Rekap bidang: SD memenuhi SNP (langsung dari seksi dan pengawas) ==");
    let quarters = year.periods(Granularity::Quarter);
    let rolled = cascade.roll_up(&quarters, &measured)?;
    let division = IndicatorId::new("IKI-KABID-1")?;
    for quarter in &quarters {
        let total = rolled
            .get(&division, *quarter)
            .map(|r| r.value().to_string());
        println!(
            "{}: {} sekolah",
            quarter.describe(id),
            total.as_deref().unwrap_or("-")
        );
    }

    println!("\n== Capaian organisasi {year} ==");
    for node in cascade.organisation_achievement(year.as_period(), &definitions, &measured)? {
        let achieved = node
            .trace
            .achievement
            .map(|a| percent(a.value(), rounding, id));
        println!(
            "{} {}: {}",
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
    let goal = BandGoal::label(&ratings, &"di atas ekspektasi")?;
    println!("\n== Yang dibutuhkan ==");
    match plan.required_realisation(year.as_period(), &measured, &query, goal, |_| false) {
        Ok(needed) => println!(
            "Agar capaian tahunan di atas ekspektasi, SD yang menerapkan Kurikulum Merdeka di triwulan IV: paling sedikit {}",
            needed.least()
        ),
        Err(why) => println!("Tidak tercapai: {}", why.describe(id)),
    }
    Ok(())
}
