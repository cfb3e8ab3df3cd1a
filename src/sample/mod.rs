//! Built-in sample data: the education office of Siulak (Dinas Pendidikan Siulak).
//!
//! Used by the `siulak` example, the documentation and the tests. It is a small but
//! complete agency: a vision, three missions, five units, nine positions on four levels of
//! reporting, ten employees (one a PPPK), a cascade from two goals down to staff results, and
//! the targets and realisations of 2026.
//! It is deliberately not perfect: one staff member has no result yet, so the diagnostics
//! have something to say.

mod development;

pub use development::{
    CURRICULUM, EDUCATION_DATA, FACILITIES, siulak_competencies, siulak_development_records,
    siulak_gap_rules, siulak_programmes, siulak_standards,
};

use crate::cascade::{Cascade, Indicator, Level, LinkKind, Node, Owner, Perspective};
use crate::development::{Assessment, AssessmentSource, CompetencyLevel};
use crate::error::Error;
use crate::evaluation::{
    AgencyRecords, BehaviourRating, CoreValue, EmployeeRecords, EvaluationRules, Objection,
    ObjectionDecision, ObjectionOutcome, Predicate, RaterRole, Rating, Reason, TieDecision,
    TiePlacement,
};
use crate::id::{CompetencyId, IndicatorId, MissionId, NodeId, PositionId, UnitId};
use crate::measure::{
    AchievementLimits, Aggregation, Definitions, IndicatorDefinition, PeriodBasis, Polarity, Target,
};
use crate::measure::{Measurements, Realisation};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::org::{Agency, Employee, FunctionalRank, JobLevel, Mission, Position, Unit};
use crate::period::{Granularity, Year};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The employees of the sample: kind, number, name, position.
const EMPLOYEES: [(EmployeeKind, &str, &str, &str); 10] = [
    (
        EmployeeKind::Pns,
        "197204101998031005",
        "Drs. Ahmad Yani, M.Pd.",
        "KADIS",
    ),
    (
        EmployeeKind::Pns,
        "197811222003122002",
        "Hj. Nurhayati, S.E.",
        "SEKRETARIS",
    ),
    (
        EmployeeKind::Pns,
        "198003152005011003",
        "Syafrizal, S.Pd., M.Pd.",
        "KABID-SD",
    ),
    (
        EmployeeKind::Pns,
        "198507192010012014",
        "Rina Marlina, S.Pd.",
        "KASI-KUR",
    ),
    (
        EmployeeKind::Pns,
        "198209082008011006",
        "Hendri Saputra, S.T.",
        "KASI-SAR",
    ),
    (
        EmployeeKind::Pns,
        "197601012002121004",
        "Zulkifli, M.Pd.",
        "PENGAWAS-SD",
    ),
    (
        EmployeeKind::Pns,
        "199203032019032011",
        "Dewi Lestari, S.Kom.",
        "PENGOLAH-DATA",
    ),
    (
        EmployeeKind::Pppk,
        "199506122022212001",
        "Putri Ananda, A.Md.",
        "PENGOLAH-DATA",
    ),
    (
        EmployeeKind::Pns,
        "199010102015031002",
        "Arif Budiman, S.T.",
        "ANALIS-SARPRAS",
    ),
    (
        EmployeeKind::Pns,
        "199405052020121008",
        "Yoga Pratama",
        "PENGADMINISTRASI",
    ),
];

fn unit(id: &str, name: &str, parent: Option<&str>) -> Result<Unit, Error> {
    let unit = Unit::new(UnitId::new(id)?, name);
    Ok(match parent {
        Some(parent) => unit.within(UnitId::new(parent)?),
        None => unit,
    })
}

fn position(
    id: &str,
    title: &str,
    unit: &str,
    level: JobLevel,
    reports_to: Option<&str>,
) -> Result<Position, Error> {
    let position = Position::new(PositionId::new(id)?, title, UnitId::new(unit)?, level);
    Ok(match reports_to {
        Some(boss) => position.reporting_to(PositionId::new(boss)?),
        None => position,
    })
}

/// The agency of the sample: Dinas Pendidikan Siulak.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_agency() -> Result<Agency, Error> {
    let mut builder = Agency::builder(
        "Dinas Pendidikan Siulak",
        "Terwujudnya pendidikan Siulak yang bermutu, merata dan berkarakter",
    )
    .mission(Mission::new(
        MissionId::new("M1")?,
        "Meningkatkan mutu dan pemerataan layanan pendidikan dasar",
    ))
    .mission(Mission::new(
        MissionId::new("M2")?,
        "Meningkatkan profesionalisme pendidik dan tenaga kependidikan",
    ))
    .mission(Mission::new(
        MissionId::new("M3")?,
        "Mewujudkan tata kelola pendidikan yang akuntabel",
    ))
    .unit(unit("DIK", "Dinas Pendidikan Siulak", None)?)
    .unit(unit("DIK.SEK", "Sekretariat", Some("DIK"))?)
    .unit(unit(
        "DIK.SD",
        "Bidang Pembinaan Sekolah Dasar",
        Some("DIK"),
    )?)
    .unit(unit(
        "DIK.SD.KUR",
        "Seksi Kurikulum dan Penilaian SD",
        Some("DIK.SD"),
    )?)
    .unit(unit(
        "DIK.SD.SAR",
        "Seksi Sarana dan Prasarana SD",
        Some("DIK.SD"),
    )?)
    .position(position(
        "KADIS",
        "Kepala Dinas Pendidikan",
        "DIK",
        JobLevel::JptPratama,
        None,
    )?)
    .position(position(
        "SEKRETARIS",
        "Sekretaris Dinas",
        "DIK.SEK",
        JobLevel::Administrator,
        Some("KADIS"),
    )?)
    .position(position(
        "KABID-SD",
        "Kepala Bidang Pembinaan SD",
        "DIK.SD",
        JobLevel::Administrator,
        Some("KADIS"),
    )?)
    .position(position(
        "KASI-KUR",
        "Kepala Seksi Kurikulum dan Penilaian SD",
        "DIK.SD.KUR",
        JobLevel::Supervisor,
        Some("KABID-SD"),
    )?)
    .position(position(
        "KASI-SAR",
        "Kepala Seksi Sarana dan Prasarana SD",
        "DIK.SD.SAR",
        JobLevel::Supervisor,
        Some("KABID-SD"),
    )?)
    .position(position(
        "PENGAWAS-SD",
        "Pengawas Sekolah Ahli Muda",
        "DIK.SD",
        JobLevel::Functional(FunctionalRank::ExpertJunior),
        Some("KABID-SD"),
    )?)
    .position(position(
        "PENGOLAH-DATA",
        "Pengolah Data Pendidikan",
        "DIK.SD.KUR",
        JobLevel::Executor,
        Some("KASI-KUR"),
    )?)
    .position(position(
        "ANALIS-SARPRAS",
        "Analis Sarana dan Prasarana",
        "DIK.SD.SAR",
        JobLevel::Executor,
        Some("KASI-SAR"),
    )?)
    .position(position(
        "PENGADMINISTRASI",
        "Pengadministrasi Umum",
        "DIK.SEK",
        JobLevel::Executor,
        Some("SEKRETARIS"),
    )?);
    for (kind, number, name, held) in EMPLOYEES {
        builder = builder.employee(Employee::new(
            EmployeeNumber::new(kind, number)?,
            name,
            PositionId::new(held)?,
        ));
    }
    Ok(builder.build()?)
}

/// Who owns a node of the sample.
#[derive(Clone, Copy)]
enum Who {
    Unit(&'static str),
    Position(&'static str),
    Employee(&'static str),
}

/// What else a node of the sample carries.
#[derive(Clone, Copy)]
enum Extra {
    None,
    Missions(&'static [&'static str]),
    Perspective(Perspective),
    Additional,
}

/// One node of the sample: id, level, statement, owner, parent and link, its indicator
/// (id, measure, unit), and extras.
type NodeRow = (
    &'static str,
    Level,
    &'static str,
    Who,
    Option<(&'static str, LinkKind)>,
    (&'static str, &'static str, &'static str),
    Extra,
);

const HEAD: &str = "197204101998031005";
const DEWI: &str = "199203032019032011";
const PUTRI: &str = "199506122022212001";
const RINA: &str = "198507192010012014";
const ARIF: &str = "199010102015031002";
const YOGA: &str = "199405052020121008";

#[rustfmt::skip]
const NODES: [NodeRow; 18] = {
    use Level::{Activity, Goal, Objective, Programme, Result as Rhk};
    use LinkKind::{Direct, Indirect};
    use Who::{Employee, Position, Unit};
    [
        ("T1", Goal, "Meningkatnya mutu pendidikan dasar", Unit("DIK"), None,
            ("IKT-1", "Rata-rata skor literasi Asesmen Nasional SD", "skor"), Extra::Missions(&["M1", "M2"])),
        ("T2", Goal, "Meningkatnya akuntabilitas kinerja dinas", Unit("DIK"), None,
            ("IKT-2", "Nilai evaluasi SAKIP dinas", "nilai"), Extra::Missions(&["M3"])),
        ("SS1", Objective, "Meningkatnya SD yang terakreditasi minimal B", Unit("DIK"), Some(("T1", Indirect)),
            ("IKU-1", "Persentase SD terakreditasi minimal B", "persen"), Extra::None),
        ("SS2", Objective, "Meningkatnya kualitas perencanaan dan pelaporan kinerja", Unit("DIK"), Some(("T2", Indirect)),
            ("IKU-2", "Nilai komponen perencanaan dan pelaporan SAKIP", "nilai"), Extra::None),
        ("P1", Programme, "Program Pengelolaan Pendidikan Sekolah Dasar", Unit("DIK.SD"), Some(("SS1", Indirect)),
            ("IKP-1", "Persentase SD yang memenuhi standar sarana", "persen"), Extra::None),
        ("K1", Activity, "Pembinaan kurikulum dan penilaian SD", Unit("DIK.SD.KUR"), Some(("P1", Indirect)),
            ("IKK-1", "Jumlah SD yang menerapkan Kurikulum Merdeka", "sekolah"), Extra::None),
        ("K2", Activity, "Rehabilitasi ruang kelas SD", Unit("DIK.SD.SAR"), Some(("P1", Indirect)),
            ("IKK-2", "Jumlah ruang kelas SD yang direhabilitasi", "ruang"), Extra::None),
        // The head's results serve the strategic objectives.
        ("RHK-KADIS-1", Rhk, "Meningkatnya SD yang terakreditasi minimal B", Employee(HEAD), Some(("SS1", Indirect)),
            ("IKI-KADIS-1", "Persentase SD terakreditasi minimal B", "persen"), Extra::Perspective(Perspective::ServiceRecipients)),
        ("RHK-KADIS-2", Rhk, "Meningkatnya kualitas laporan kinerja dinas", Employee(HEAD), Some(("SS2", Indirect)),
            ("IKI-KADIS-2", "Nilai komponen pelaporan SAKIP", "nilai"), Extra::Perspective(Perspective::InternalStrengthening)),
        ("RHK-SEK-1", Rhk, "Tersusunnya laporan kinerja dinas tepat waktu", Position("SEKRETARIS"), Some(("RHK-KADIS-2", Indirect)),
            ("IKI-SEK-1", "Laporan kinerja yang disampaikan tepat waktu", "dokumen"), Extra::None),
        ("RHK-KABID-1", Rhk, "Meningkatnya SD yang memenuhi standar nasional pendidikan", Position("KABID-SD"), Some(("RHK-KADIS-1", Indirect)),
            ("IKI-KABID-1", "Jumlah SD yang memenuhi standar nasional pendidikan", "sekolah"), Extra::None),
        // Two section results and the supervisor's add directly into the division's count.
        ("RHK-KUR-1", Rhk, "SD yang menerapkan Kurikulum Merdeka", Position("KASI-KUR"), Some(("RHK-KABID-1", Direct)),
            ("IKI-KUR-1", "Jumlah SD yang menerapkan Kurikulum Merdeka", "sekolah"), Extra::None),
        ("RHK-KUR-2", Rhk, "Guru SD yang dibimbing menerapkan penilaian autentik", Position("KASI-KUR"), Some(("RHK-KABID-1", Indirect)),
            ("IKI-KUR-2", "Jumlah guru SD yang dibimbing", "orang"), Extra::None),
        ("RHK-SAR-1", Rhk, "Ruang kelas SD yang layak pakai", Position("KASI-SAR"), Some(("RHK-KABID-1", Indirect)),
            ("IKI-SAR-1", "Jumlah ruang kelas SD yang direhabilitasi", "ruang"), Extra::None),
        ("RHK-PENGAWAS-1", Rhk, "Sekolah binaan yang memenuhi standar proses", Position("PENGAWAS-SD"), Some(("RHK-KABID-1", Direct)),
            ("IKI-PENGAWAS-1", "Jumlah sekolah binaan yang memenuhi standar proses", "sekolah"), Extra::None),
        ("RHK-DATA-1", Rhk, "Data Dapodik SD yang terverifikasi", Position("PENGOLAH-DATA"), Some(("RHK-KUR-1", Indirect)),
            ("IKI-DATA-1", "Jumlah SD dengan data Dapodik terverifikasi", "sekolah"), Extra::None),
        ("RHK-DATA-T1", Rhk, "Menjadi narasumber bimbingan teknis Dapodik", Employee(DEWI), Some(("RHK-KUR-2", Indirect)),
            ("IKI-DATA-T1", "Kegiatan bimbingan teknis sebagai narasumber", "kegiatan"), Extra::Additional),
        ("RHK-SARPRAS-1", Rhk, "Usulan rehabilitasi ruang kelas yang tersusun", Position("ANALIS-SARPRAS"), Some(("RHK-SAR-1", Indirect)),
            ("IKI-SARPRAS-1", "Dokumen usulan rehabilitasi", "dokumen"), Extra::None),
    ]
};

fn node(row: &NodeRow) -> Result<Node, Error> {
    let &(id, level, statement, who, parent, (indicator, measure, unit), extra) = row;
    let owner = match who {
        Who::Unit(u) => Owner::Unit(UnitId::new(u)?),
        Who::Position(p) => Owner::Position(PositionId::new(p)?),
        Who::Employee(n) => Owner::Employee(EmployeeNumber::new(EmployeeKind::Pns, n)?),
    };
    let mut node = Node::new(NodeId::new(id)?, level, statement, owner).indicator(Indicator::new(
        IndicatorId::new(indicator)?,
        measure,
        unit,
    ));
    if let Some((parent, kind)) = parent {
        node = node.under(NodeId::new(parent)?, kind);
    }
    Ok(match extra {
        Extra::None => node,
        Extra::Missions(missions) => {
            for mission in missions {
                node = node.serving(MissionId::new(*mission)?);
            }
            node
        }
        Extra::Perspective(perspective) => node.with_perspective(perspective),
        Extra::Additional => node.additional(),
    })
}

/// The performance tree of the sample, on [`siulak_agency`].
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_cascade() -> Result<Cascade, Error> {
    let nodes = NODES.iter().map(node).collect::<Result<Vec<_>, _>>()?;
    Ok(Cascade::builder(siulak_agency()?).nodes(nodes).build()?)
}

/// The year of the sample's targets and realisations.
pub const SAMPLE_YEAR: i32 = 2026;

/// Targets: indicator, unit, polarity, and either four quarterly targets or one annual one.
#[rustfmt::skip]
const TARGETS: [(&str, &str, Polarity, Schedule); 16] = [
    ("IKT-1", "skor", Polarity::Maximise, Schedule::Annual(70)),
    ("IKT-2", "nilai", Polarity::Maximise, Schedule::Annual(75)),
    ("IKU-1", "persen", Polarity::Maximise, Schedule::Annual(80)),
    ("IKU-2", "nilai", Polarity::Maximise, Schedule::Annual(25)),
    ("IKI-KADIS-1", "persen", Polarity::Maximise, Schedule::Annual(80)),
    ("IKI-KADIS-2", "nilai", Polarity::Maximise, Schedule::Annual(25)),
    ("IKI-SEK-1", "dokumen", Polarity::Maximise, Schedule::Quarterly([1, 1, 1, 1])),
    ("IKI-KABID-1", "sekolah", Polarity::Maximise, Schedule::Quarterly([5, 6, 7, 7])),
    ("IKI-KUR-1", "sekolah", Polarity::Maximise, Schedule::Quarterly([3, 4, 4, 4])),
    ("IKI-KUR-2", "orang", Polarity::Maximise, Schedule::Quarterly([20, 30, 30, 20])),
    ("IKI-SAR-1", "ruang", Polarity::Maximise, Schedule::Quarterly([2, 4, 4, 2])),
    ("IKI-PENGAWAS-1", "sekolah", Polarity::Maximise, Schedule::Quarterly([2, 2, 3, 3])),
    ("IKI-DATA-1", "sekolah", Polarity::Maximise, Schedule::Cumulative([30, 60, 90, 120])),
    ("IKI-DATA-T1", "kegiatan", Polarity::Maximise, Schedule::Quarterly([1, 1, 1, 1])),
    ("IKI-SARPRAS-1", "dokumen", Polarity::Maximise, Schedule::Quarterly([1, 1, 1, 1])),
    ("IKK-1", "sekolah", Polarity::Maximise, Schedule::Quarterly([3, 4, 4, 4])),
];

#[derive(Clone, Copy)]
enum Schedule {
    Annual(i64),
    Quarterly([i64; 4]),
    Cumulative([i64; 4]),
}

/// The indicator definitions of the sample for 2026, achievement capped at 120 %.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_definitions() -> Result<Definitions, Error> {
    let year = Year::new(SAMPLE_YEAR)?;
    let quarters = year.periods(Granularity::Quarter);
    let definitions = TARGETS
        .iter()
        .map(|&(id, unit, polarity, schedule)| {
            let mut builder = IndicatorDefinition::builder(IndicatorId::new(id)?, unit, polarity)
                .limits(AchievementLimits::capped(120));
            match schedule {
                Schedule::Annual(t) => {
                    builder = builder.target(year.as_period(), Target::Value(Decimal::from(t)))
                }
                Schedule::Quarterly(ts) | Schedule::Cumulative(ts) => {
                    if matches!(schedule, Schedule::Cumulative(_)) {
                        builder = builder
                            .basis(PeriodBasis::Cumulative)
                            .aggregation(Aggregation::Last);
                    }
                    for (&quarter, t) in quarters.iter().zip(ts) {
                        builder = builder.target(quarter, Target::Value(Decimal::from(t)));
                    }
                }
            }
            Ok(builder.build()?)
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(Definitions::new(definitions)?)
}

/// Realisations: indicator, the employee they are attributed to (none for the team's),
/// then Q1..Q4.
#[rustfmt::skip]
const REALISED: [(&str, Option<&str>, [i64; 4]); 10] = [
    ("IKI-SEK-1", None, [1, 1, 1, 1]),
    ("IKI-KUR-1", None, [3, 3, 5, 4]),
    ("IKI-KUR-2", None, [22, 25, 30, 24]),
    ("IKI-SAR-1", None, [1, 4, 5, 2]),
    ("IKI-PENGAWAS-1", None, [2, 1, 3, 4]),
    // Two data processors hold one position: each is measured on their own work.
    ("IKI-DATA-1", Some(DEWI), [28, 61, 95, 118]),
    ("IKI-DATA-1", Some(PUTRI), [30, 58, 91, 120]),
    ("IKI-DATA-T1", None, [1, 0, 2, 1]),
    ("IKI-SARPRAS-1", None, [1, 1, 0, 1]),
    ("IKK-1", None, [3, 3, 5, 4]),
];

/// Annual realisations of the organisation's own indicators.
const REALISED_ANNUAL: [(&str, i64); 6] = [
    ("IKT-1", 66),
    ("IKT-2", 72),
    ("IKU-1", 78),
    ("IKU-2", 24),
    ("IKI-KADIS-1", 78),
    ("IKI-KADIS-2", 24),
];

/// The number of an employee of the sample (each number's kind is known from
/// [`EMPLOYEES`]).
fn number_of(digits: &str) -> Result<EmployeeNumber, Error> {
    let kind = EMPLOYEES
        .iter()
        .find(|(_, n, _, _)| *n == digits)
        .map_or(EmployeeKind::Pns, |(kind, ..)| *kind);
    Ok(EmployeeNumber::new(kind, digits)?)
}

/// The realisations of the sample for 2026, each with an evidence reference. The two data
/// processors' realisations name them; the others are their results' own. The division's
/// count (IKI-KABID-1) is not recorded: it rolls up from the sections.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_realisations() -> Result<Measurements, Error> {
    Ok(Measurements::new(realisations()?)?)
}

fn realisations() -> Result<Vec<Realisation>, Error> {
    let year = Year::new(SAMPLE_YEAR)?;
    let quarters = year.periods(Granularity::Quarter);
    let mut realisations = Vec::new();
    for (id, whose, values) in REALISED {
        for (&quarter, value) in quarters.iter().zip(values) {
            let evidence = match whose {
                Some(number) => format!("e-kinerja/{SAMPLE_YEAR}/{quarter}/{id}/{number}"),
                None => format!("e-kinerja/{SAMPLE_YEAR}/{quarter}/{id}"),
            };
            let realisation =
                Realisation::new(IndicatorId::new(id)?, quarter, Decimal::from(value))
                    .with_evidence(evidence);
            realisations.push(match whose {
                Some(number) => realisation.for_employee(number_of(number)?),
                None => realisation,
            });
        }
    }
    for (id, value) in REALISED_ANNUAL {
        realisations.push(
            Realisation::new(
                IndicatorId::new(id)?,
                year.as_period(),
                Decimal::from(value),
            )
            .with_evidence(format!("e-kinerja/{SAMPLE_YEAR}/{id}")),
        );
    }
    Ok(realisations)
}

/// Behaviour that differs from "meets expectation": employee, value, rating, and the
/// periods it holds in (`None` for the year).
#[rustfmt::skip]
const BEHAVIOUR_EXCEPTIONS: [(&str, CoreValue, Rating, &[Option<usize>]); 4] = [
    (RINA, CoreValue::Competent, Rating::Above, &[Some(1), Some(2), Some(3), None]),
    (RINA, CoreValue::Collaborative, Rating::Above, &[Some(2), Some(3), None]),
    (ARIF, CoreValue::Accountable, Rating::Below, &[Some(0), Some(1), None]),
    (PUTRI, CoreValue::Adaptive, Rating::Above, &[Some(3), None]),
];

/// The leader's notes: employee, quarter (0 = Q1), note.
#[rustfmt::skip]
const NOTES: [(&str, usize, &str); 4] = [
    (ARIF, 0, "Usulan rehabilitasi triwulan I belum dilengkapi foto kondisi ruang kelas."),
    (ARIF, 2, "Usulan triwulan III tidak diserahkan; disepakati rencana penyelesaian di triwulan IV."),
    (RINA, 1, "Bimbingan penilaian autentik berjalan baik; jumlah sekolah Kurikulum Merdeka perlu dikejar."),
    (DEWI, 0, "Verifikasi Dapodik sedikit di bawah target; prioritaskan sekolah yang belum sinkron."),
];

/// Each employee's records for 2026: the superior's ratings of the seven core values in
/// every period they are evaluated (each quarter to date where something in their plan is
/// due, and the year), everyone meeting expectation except where noted (Rina Marlina above
/// on Kompeten and Kolaboratif; Arif Budiman below on Akuntabel in the first half and for the
/// year; Putri Ananda above on Adaptif late in the year); a few of the leader's notes; and
/// Rina Marlina's specific expectation on Kompeten. The head's targets are annual, so he is
/// evaluated only at the end of the year; Yoga Pratama has no result yet, so no records.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_employee_records() -> Result<Vec<EmployeeRecords>, Error> {
    let year = Year::new(SAMPLE_YEAR)?;
    let quarters = year.periods(Granularity::Quarter);
    let mut all = Vec::new();
    for &(_, number, _, _) in &EMPLOYEES {
        if number == YOGA {
            continue;
        }
        let mut records = EmployeeRecords::new(number_of(number)?);
        let evaluated: Vec<Option<usize>> = if number == HEAD {
            vec![Some(3), None]
        } else {
            vec![Some(0), Some(1), Some(2), Some(3), None]
        };
        for when in evaluated {
            let period = match when {
                Some(q) => quarters.get(q).copied().unwrap_or(year.as_period()),
                None => year.as_period(),
            };
            let ratings = CoreValue::ALL
                .iter()
                .map(|&value| BehaviourRating {
                    value,
                    rater: RaterRole::Superior,
                    rating: BEHAVIOUR_EXCEPTIONS
                        .iter()
                        .find(|(n, v, _, at)| *n == number && *v == value && at.contains(&when))
                        .map_or(Rating::Meets, |(_, _, r, _)| *r),
                })
                .collect();
            records.behaviour.insert(period, ratings);
        }
        for (_, q, note) in NOTES.iter().filter(|(n, ..)| *n == number) {
            if let Some(&quarter) = quarters.get(*q) {
                records
                    .notes
                    .entry(quarter)
                    .or_default()
                    .push((*note).to_owned());
            }
        }
        if number == RINA {
            records.expectations.insert(
                CoreValue::Competent,
                "Menguasai penilaian autentik dan mampu membimbing guru".to_owned(),
            );
        }
        all.push(records);
    }
    Ok(all)
}

/// The whole year 2026 of the education office as one set of records: default rules, the
/// cascade, the definitions, the realisations as recorded and every employee's records.
/// [`AgencyInput::new`](crate::AgencyInput::new) accepts it without a problem.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let input = kinerja::AgencyInput::new(kinerja::sample::siulak_records()?)?;
/// let year = kinerja::appraise_agency(&input)?;
/// assert_eq!(year.employees.len(), 9);
/// # Ok(()) }
/// ```
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_records() -> Result<AgencyRecords, Error> {
    Ok(AgencyRecords {
        year: Year::new(SAMPLE_YEAR)?,
        rules: EvaluationRules::default(),
        cascade: siulak_cascade()?,
        definitions: siulak_definitions()?.into(),
        realisations: realisations()?,
        employees: siulak_employee_records()?,
        organisation: std::collections::BTreeMap::new(),
        tie_decisions: Vec::new(),
    })
}

/// The head's decision on the sample year's tie at calibration. Seven of the eight staff
/// are Baik where a Baik organisation allows five; Dewi Lestari (98,33 %) moves down, and
/// of the five at an equal 100,00 % one more must: the head, Drs. Ahmad Yani, gives the
/// lower place to Hendri Saputra, whose fourth-quarter report came two weeks late (a reason
/// the figures cannot show), on 12 January 2027.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::DEFAULT_MAX_TEAM;
/// use kinerja::{AgencyInput, appraise_agency};
/// let mut records = kinerja::sample::siulak_records()?;
/// records.tie_decisions.push(kinerja::sample::siulak_tie_decision()?);
/// let input = AgencyInput::new(records).map_err(|problems| format!("{problems:?}"))?;
/// let year = appraise_agency(&input)?.calibrated(&input, DEFAULT_MAX_TEAM)?;
/// assert!(year.distribution.as_ref().ok_or("no check")?.compliant);
/// # Ok(()) }
/// ```
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_tie_decision() -> Result<TieDecision, Error> {
    const HENDRI: &str = "198209082008011006";
    let tied = [
        (EmployeeKind::Pns, "197601012002121004"),
        (EmployeeKind::Pns, "197811222003122002"),
        (EmployeeKind::Pns, "198003152005011003"),
        (EmployeeKind::Pns, HENDRI),
        (EmployeeKind::Pppk, PUTRI),
    ];
    let placements = tied
        .into_iter()
        .map(|(kind, number)| {
            Ok(TiePlacement {
                employee: EmployeeNumber::new(kind, number)?,
                predicate: if number == HENDRI {
                    Predicate::NeedsImprovement
                } else {
                    Predicate::Good
                },
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(TieDecision {
        placements,
        decided_by: EmployeeNumber::new(EmployeeKind::Pns, HEAD)?,
        on: NaiveDate::from_ymd_opt(2027, 1, 12).unwrap_or_default(),
        reason: Reason::new("Laporan triwulan IV diserahkan terlambat dua pekan")?,
    })
}

/// The objections to the sample year's annual evaluations, both decided by the head,
/// Drs. Ahmad Yani (the superior of both raters): Hendri Saputra objects to the Butuh
/// Perbaikan the tie gave him (the late report was the server's fault, he says) and the
/// head upholds it; Rina Marlina objects to Baik, citing the statewide workshop she led,
/// and the head sets her results above expectation, so Sangat Baik. Returned with each
/// employee's number; the key in their records is the year.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::{DEFAULT_MAX_TEAM, Predicate};
/// use kinerja::{AgencyInput, appraise_agency};
/// let mut records = kinerja::sample::siulak_records()?;
/// records.tie_decisions.push(kinerja::sample::siulak_tie_decision()?);
/// let year: kinerja::period::Period = "2026".parse()?;
/// for (employee, objection) in kinerja::sample::siulak_objections()? {
///     let entry = records.employees.iter_mut().find(|r| r.employee == employee).ok_or("records")?;
///     entry.objections.insert(year, objection);
/// }
/// let input = AgencyInput::new(records).map_err(|problems| format!("{problems:?}"))?;
/// let year = appraise_agency(&input)?.calibrated(&input, DEFAULT_MAX_TEAM)?;
/// let rina = year.employees.iter().find(|a| a.annual.objection.is_some()
///     && a.annual.predicate == Predicate::VeryGood);
/// assert!(rina.is_some());
/// # Ok(()) }
/// ```
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_objections() -> Result<Vec<(EmployeeNumber, Objection)>, Error> {
    let day = |month: u32, day: u32| NaiveDate::from_ymd_opt(2027, month, day).unwrap_or_default();
    let head = EmployeeNumber::new(EmployeeKind::Pns, HEAD)?;
    let hendri = Objection {
        objected: Predicate::NeedsImprovement,
        given_on: day(1, 15),
        filed_on: day(1, 22),
        addressed_to: head,
        reason: Reason::new(
            "Laporan triwulan IV terlambat karena server e-kinerja padam, bukan kelalaian",
        )?,
        decision: Some(ObjectionDecision {
            on: day(2, 1),
            outcome: ObjectionOutcome::Upheld,
            reason: Reason::new("Server padam dua hari; laporan tetap terlambat dua pekan")?,
        }),
    };
    let rina = Objection {
        objected: Predicate::Good,
        given_on: day(1, 15),
        filed_on: day(1, 20),
        addressed_to: head,
        reason: Reason::new(
            "Memimpin lokakarya Kurikulum Merdeka tingkat provinsi di luar target",
        )?,
        decision: Some(ObjectionDecision {
            on: day(1, 29),
            outcome: ObjectionOutcome::Ratings {
                result: Rating::Above,
                behaviour: Rating::Above,
            },
            reason: Reason::new(
                "Lokakarya provinsi berdampak langsung pada SD yang menerapkan Kurikulum Merdeka",
            )?,
        }),
    };
    Ok(vec![
        (
            EmployeeNumber::new(EmployeeKind::Pns, "198209082008011006")?,
            hendri,
        ),
        (EmployeeNumber::new(EmployeeKind::Pns, RINA)?, rina),
    ])
}

/// Competency assessments of two Siulak employees in 2026: Rina Marlina (head of the
/// curriculum section, a Pengawas position, so level 2 is required) and Dewi Lestari (a
/// data processor, Pelaksana, level 1), from an assessment centre in February and their
/// superior in June.
///
/// ```
/// # fn main() -> Result<(), kinerja::Error> {
/// assert_eq!(kinerja::sample::siulak_assessments()?.len(), 12);
/// # Ok(()) }
/// ```
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_assessments() -> Result<Vec<Assessment>, Error> {
    use crate::regulation::{
        COMMUNICATION, COOPERATION, DECISION_MAKING, INTEGRITY, PUBLIC_SERVICE, RESULTS_ORIENTATION,
    };
    let centre = NaiveDate::from_ymd_opt(SAMPLE_YEAR, 2, 16).unwrap_or_default();
    let superior = NaiveDate::from_ymd_opt(SAMPLE_YEAR, 6, 30).unwrap_or_default();
    let found: [(&str, &str, u8, NaiveDate, AssessmentSource); 12] = [
        (
            RINA,
            INTEGRITY,
            3,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            RINA,
            COOPERATION,
            2,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            RINA,
            COMMUNICATION,
            2,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            RINA,
            RESULTS_ORIENTATION,
            2,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            RINA,
            PUBLIC_SERVICE,
            1,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            RINA,
            DECISION_MAKING,
            1,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            RINA,
            DECISION_MAKING,
            2,
            superior,
            AssessmentSource::Superior,
        ),
        (
            DEWI,
            INTEGRITY,
            2,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (
            DEWI,
            COOPERATION,
            1,
            centre,
            AssessmentSource::AssessmentCentre,
        ),
        (DEWI, COMMUNICATION, 1, superior, AssessmentSource::Superior),
        (
            DEWI,
            RESULTS_ORIENTATION,
            2,
            superior,
            AssessmentSource::Superior,
        ),
        (
            DEWI,
            PUBLIC_SERVICE,
            1,
            superior,
            AssessmentSource::Superior,
        ),
    ];
    found
        .into_iter()
        .map(|(number, competency, level, date, source)| {
            Ok(Assessment::new(
                EmployeeNumber::new(EmployeeKind::Pns, number)?,
                CompetencyId::new(competency)?,
                CompetencyLevel::new(level)?,
                date,
                source,
            ))
        })
        .collect()
}
