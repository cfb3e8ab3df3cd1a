//! One quarter's review at the district office of Siulak (Kantor Camat Siulak): the head of
//! public services, whose main indicator is the response time to public complaints (lower is
//! better), through the second quarter of 2026.
//!
//! `cargo run --example quarterly_review [FOLDER]` prints the quarter's own achievement and
//! the achievement to date side by side (each labelled), the explanation of the quarter, the
//! periodic evaluation to date with its improvement areas, and the dialogue of the quarter:
//! the leader's feedback, a colleague's, the employee's reflection, and the improvement
//! areas entered in the log. Given a FOLDER, it draws the response time against its target
//! there (`waktu_tanggap.svg`).

use chrono::NaiveDate;
use kinerja::agreement::{About, FeedbackEntry, FeedbackKind, FeedbackLog, Parties};
use kinerja::cascade::{Indicator, Level, LinkKind, Node, Owner};
use kinerja::evaluation::{
    AppraisalInput, BehaviourRating, CoreValue, EvaluationRules, RaterRole, Rating, appraise,
    appraise_period,
};
use kinerja::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use kinerja::measure::{
    Definitions, IndicatorDefinition, Measurements, MinimiseFormula, Polarity, Realisation, Target,
};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::org::{Employee, JobLevel, Mission, Position, Unit};
use kinerja::period::{Period, Span};
use kinerja::present::{AppraisalView, Style, indicator_chart, percent};
use kinerja::scoring::ScoringPlan;
use kinerja::{Agency, Cascade, Labelled, Language};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::error::Error;

const CAMAT: &str = "197503102000031004";
const KASI: &str = "198602142010012018";
const STAFF: &str = "199304202019031007";
const COLLEAGUE: &str = "198811052012122003";

fn nip(number: &str) -> Result<EmployeeNumber, Box<dyn Error>> {
    Ok(EmployeeNumber::new(EmployeeKind::Pns, number)?)
}

fn main() -> Result<(), Box<dyn Error>> {
    let id = Language::Indonesian;
    let style = Style::indonesian();
    let cascade = district_office()?;
    let definitions = definitions()?;
    let measured = realisations()?;
    let kasi = nip(KASI)?;
    let q2: Period = "2026-Q2".parse()?;
    let plan = ScoringPlan::for_employee(&cascade, &kasi, &definitions)?.ok_or("no plan")?;
    let name = |n: &EmployeeNumber| cascade.agency().employee(n).map_or("?", |e| e.name());

    println!("== {} ==", cascade.agency().name());
    println!(
        "Reviu triwulanan: {}, Kepala Seksi Pelayanan Umum",
        name(&kasi)
    );
    println!("\n== Capaian ==");
    for quarter in ["2026-Q1", "2026-Q2"] {
        let quarter: Period = quarter.parse()?;
        let alone = plan.achievement(quarter, &measured)?;
        let to_date = plan.achievement(Span::to_date(quarter), &measured)?;
        println!(
            "{:<18} triwulan itu saja: {:>9}   kumulatif s.d. triwulan itu: {:>9}",
            quarter.describe(id),
            percent(alone.value(), style.rounding, id),
            percent(to_date.value(), style.rounding, id)
        );
    }
    println!("\n== Penjelasan {} (triwulan itu saja) ==", q2.describe(id));
    print!(
        "{}",
        plan.explain(q2, &measured, style.rounding)?.render(id)
    );

    // The periodic evaluation to date, as the regulation has it, with the leader's
    // ratings of the seven core values for the quarter.
    let rules = EvaluationRules::default();
    let behaviour = behaviour_of_the_quarter();
    let expectations: BTreeMap<CoreValue, String> = BTreeMap::from([(
        CoreValue::ServiceOriented,
        "Setiap pengaduan dijawab paling lambat 3 hari kerja".to_owned(),
    )]);
    let notes = ["Dua pengaduan jalan desa tertahan menunggu disposisi.".to_owned()];
    let input = AppraisalInput {
        employee: kasi,
        plan: &plan,
        measurements: &measured,
        behaviour: &behaviour,
        expectations: &expectations,
        result_override: None,
        objection: None,
        organisation: None,
        notes: &notes,
    };
    let to_date = appraise_period(&rules, q2.year(), q2, &input)?;
    let alone = appraise(&rules, Span::from(q2), &input)?;
    let view = AppraisalView::of(&to_date, &cascade, style);
    println!("\n== Evaluasi kinerja periodik: {} ==", view.period.name);
    println!(
        "Capaian kumulatif {}; triwulan II saja {}",
        view.achievement.text,
        percent(alone.reported.value(), style.rounding, id)
    );
    println!(
        "Hasil kerja: {}; perilaku kerja: {}; predikat: {}",
        view.result_rating.label, view.behaviour_rating.label, view.predicate.label
    );
    for value in &view.behaviour {
        let expectation = value
            .expectation
            .as_ref()
            .map_or_else(String::new, |e| format!(" (ekspektasi khusus: {e})"));
        println!(
            "  {:<16} {}{expectation}",
            value.value.label, value.rating.label
        );
    }
    for area in &view.improvement_areas {
        println!("Area perbaikan: {}", area.text);
    }

    println!("\n== Dialog kinerja {} ==", q2.describe(id));
    let log = dialogue(&cascade, &to_date)?;
    for entry in log.entries() {
        let about = match &entry.about {
            About::Plan => "rencana kinerja".to_owned(),
            About::Result(node) => format!("hasil kerja {node}"),
            About::Indicator(indicator) => format!("indikator {indicator}"),
            About::CoreValue(value) => format!("nilai {}", value.label(id)),
        };
        println!(
            "{} {} — {} tentang {about}: {}",
            entry.on,
            name(&entry.by),
            entry.kind.label(id),
            entry.text
        );
    }

    if let Some(folder) = std::env::args().nth(1) {
        let folder = std::path::Path::new(&folder);
        std::fs::create_dir_all(folder)?;
        let indicator = IndicatorId::new("IKI-PU-1")?;
        let definition = definitions.get(&indicator).ok_or("no definition")?;
        let trace = definition.explain_achievement(Span::to_date(q2), &measured)?;
        let path = folder.join("waktu_tanggap.svg");
        let statement = "Rata-rata waktu tanggap pengaduan masyarakat";
        std::fs::write(
            &path,
            indicator_chart(&trace, statement, style.rounding, id),
        )?;
        println!("\ngambar: {}", path.display());
    }
    Ok(())
}

/// The district office: the camat, the head of public services and two of the section's
/// staff, and the tree from the office's goal to their results.
fn district_office() -> Result<Cascade, Box<dyn Error>> {
    let office = UnitId::new("KEC")?;
    let services = UnitId::new("KEC.PU")?;
    let camat = PositionId::new("CAMAT")?;
    let kasi = PositionId::new("KASI-PU")?;
    let staff = PositionId::new("PENGELOLA-PENGADUAN")?;
    let agency = Agency::builder(
        "Kantor Camat Siulak",
        "Pelayanan kecamatan yang cepat, terbuka dan dipercaya masyarakat",
    )
    .mission(Mission::new(
        MissionId::new("M1")?,
        "Meningkatkan kualitas pelayanan publik di kecamatan",
    ))
    .unit(Unit::new(office.clone(), "Kecamatan Siulak"))
    .unit(Unit::new(services.clone(), "Seksi Pelayanan Umum").within(office.clone()))
    .position(Position::new(
        camat.clone(),
        "Camat Siulak",
        office.clone(),
        JobLevel::Administrator,
    ))
    .position(
        Position::new(
            kasi.clone(),
            "Kepala Seksi Pelayanan Umum",
            services.clone(),
            JobLevel::Supervisor,
        )
        .reporting_to(camat.clone()),
    )
    .position(
        Position::new(
            staff.clone(),
            "Pengelola Pengaduan Masyarakat",
            services.clone(),
            JobLevel::Executor,
        )
        .reporting_to(kasi.clone()),
    )
    .employee(Employee::new(nip(CAMAT)?, "Drs. Jamaluddin", camat.clone()))
    .employee(Employee::new(
        nip(KASI)?,
        "Sri Wahyuni, S.Sos.",
        kasi.clone(),
    ))
    .employee(Employee::new(nip(STAFF)?, "Rahmat Hidayat", staff.clone()))
    .employee(Employee::new(
        nip(COLLEAGUE)?,
        "Nella Oktavia, A.Md.",
        staff.clone(),
    ))
    .build()?;
    let indicator = |id: &str, statement: &str, unit: &str| -> Result<Indicator, Box<dyn Error>> {
        Ok(Indicator::new(IndicatorId::new(id)?, statement, unit))
    };
    let nodes = vec![
        Node::new(
            NodeId::new("T1")?,
            Level::Goal,
            "Meningkatnya kepuasan masyarakat atas layanan kecamatan",
            Owner::Unit(office.clone()),
        )
        .serving(MissionId::new("M1")?)
        .indicator(indicator("IKT-1", "Indeks kepuasan masyarakat", "indeks")?),
        Node::new(
            NodeId::new("RHK-CAMAT-1")?,
            Level::Result,
            "Meningkatnya kepuasan masyarakat atas layanan kecamatan",
            Owner::Position(camat),
        )
        .under(NodeId::new("T1")?, LinkKind::Indirect)
        .indicator(indicator(
            "IKI-CAMAT-1",
            "Indeks kepuasan masyarakat",
            "indeks",
        )?),
        Node::new(
            NodeId::new("RHK-PU-1")?,
            Level::Result,
            "Pengaduan masyarakat yang ditanggapi tepat waktu",
            Owner::Position(kasi.clone()),
        )
        .under(NodeId::new("RHK-CAMAT-1")?, LinkKind::Indirect)
        .indicator(indicator(
            "IKI-PU-1",
            "Rata-rata waktu tanggap pengaduan masyarakat",
            "hari kerja",
        )?),
        Node::new(
            NodeId::new("RHK-PU-2")?,
            Level::Result,
            "Layanan administrasi kependudukan yang selesai di kecamatan",
            Owner::Position(kasi),
        )
        .under(NodeId::new("RHK-CAMAT-1")?, LinkKind::Indirect)
        .indicator(indicator(
            "IKI-PU-2",
            "Dokumen kependudukan yang selesai diproses",
            "dokumen",
        )?),
        Node::new(
            NodeId::new("RHK-ADU-1")?,
            Level::Result,
            "Pengaduan yang terverifikasi dan diteruskan",
            Owner::Position(staff),
        )
        .under(NodeId::new("RHK-PU-1")?, LinkKind::Indirect)
        .indicator(indicator(
            "IKI-ADU-1",
            "Pengaduan yang diteruskan dalam 1 hari kerja",
            "persen",
        )?),
    ];
    Ok(Cascade::builder(agency).nodes(nodes).build()?)
}

/// Targets per quarter: at most 3 working days to respond (lower is better, by
/// (2T − R) / T), 300 documents a quarter, and so on.
fn definitions() -> Result<Definitions, Box<dyn Error>> {
    let quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
    let define = |id: &str,
                  unit: &str,
                  polarity: Polarity,
                  target: i64|
     -> Result<IndicatorDefinition, Box<dyn Error>> {
        let mut definition = IndicatorDefinition::builder(IndicatorId::new(id)?, unit, polarity);
        for quarter in quarters {
            definition = definition.target(quarter.parse()?, Target::Value(Decimal::from(target)));
        }
        Ok(definition.build()?)
    };
    let lower = Polarity::Minimise(MinimiseFormula::Linear);
    Ok(Definitions::new(vec![
        define("IKT-1", "indeks", Polarity::Maximise, 80)?,
        define("IKI-CAMAT-1", "indeks", Polarity::Maximise, 80)?,
        define("IKI-PU-1", "hari kerja", lower, 3)?,
        define("IKI-PU-2", "dokumen", Polarity::Maximise, 300)?,
        define("IKI-ADU-1", "persen", Polarity::Maximise, 90)?,
    ])?)
}

/// The first half of 2026: the response time slipped from 2.5 to 3.6 working days in the
/// second quarter (two complaints about village roads waited for a decision).
fn realisations() -> Result<Measurements, Box<dyn Error>> {
    let figure = |id: &str, period: &str, value: Decimal| -> Result<Realisation, Box<dyn Error>> {
        Ok(Realisation::new(
            IndicatorId::new(id)?,
            period.parse()?,
            value,
        ))
    };
    Ok(Measurements::new([
        figure("IKI-PU-1", "2026-Q1", Decimal::new(25, 1))?,
        figure("IKI-PU-1", "2026-Q2", Decimal::new(36, 1))?,
        figure("IKI-PU-2", "2026-Q1", Decimal::from(312))?,
        figure("IKI-PU-2", "2026-Q2", Decimal::from(288))?,
        figure("IKI-ADU-1", "2026-Q1", Decimal::from(92))?,
        figure("IKI-ADU-1", "2026-Q2", Decimal::from(85))?,
        figure("IKI-CAMAT-1", "2026-Q1", Decimal::from(82))?,
        figure("IKI-CAMAT-1", "2026-Q2", Decimal::from(79))?,
    ])?)
}

/// The leader's ratings of the seven core values for the quarter: service orientation below
/// expectation (the slipped response time), the rest as expected.
fn behaviour_of_the_quarter() -> Vec<BehaviourRating> {
    CoreValue::ALL
        .iter()
        .map(|&value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: if value == CoreValue::ServiceOriented {
                Rating::Below
            } else {
                Rating::Meets
            },
        })
        .collect()
}

/// The quarter's dialogue: the camat's feedback on the response time, a colleague's, the
/// head of section's reflection, and the evaluation's improvement areas entered in the log.
fn dialogue(
    cascade: &Cascade,
    evaluation: &kinerja::evaluation::Appraisal,
) -> Result<FeedbackLog, Box<dyn Error>> {
    let kasi = nip(KASI)?;
    let parties = Parties::of(cascade.agency(), kasi)?;
    let leader = *parties.leader();
    let mut log = FeedbackLog::new(parties);
    let day = |month, day| NaiveDate::from_ymd_opt(2026, month, day).ok_or("date");
    let feedback = log.record(
        cascade,
        FeedbackEntry {
            on: day(5, 18)?,
            by: leader,
            kind: FeedbackKind::Leader,
            about: About::Indicator(IndicatorId::new("IKI-PU-1")?),
            text: "Waktu tanggap naik menjadi 3,6 hari; pengaduan jalan desa perlu disposisi hari itu juga".into(),
            evidence: vec!["lapor.go.id/rekap/2026-05".into()],
            responds_to: None,
        },
    )?;
    log.record(
        cascade,
        FeedbackEntry {
            on: day(5, 20)?,
            by: nip(COLLEAGUE)?,
            kind: FeedbackKind::Peer,
            about: About::CoreValue(CoreValue::Collaborative),
            text: "Koordinasi dengan kantor desa untuk verifikasi lapangan sudah lebih cepat"
                .into(),
            evidence: vec![],
            responds_to: None,
        },
    )?;
    log.record(
        cascade,
        FeedbackEntry {
            on: day(5, 22)?,
            by: kasi,
            kind: FeedbackKind::Reflection,
            about: About::Plan,
            text: "Saya menetapkan piket disposisi harian dan batas 1 hari untuk verifikasi".into(),
            evidence: vec![],
            responds_to: Some(feedback),
        },
    )?;
    for entry in evaluation.improvement_entries(leader, day(7, 3)?, Language::Indonesian) {
        log.record(cascade, entry)?;
    }
    Ok(log)
}
