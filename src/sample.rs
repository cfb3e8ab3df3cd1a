//! Built-in sample data: the education office of Siulak (Dinas Pendidikan Siulak).
//!
//! Used by the `siulak` example, the documentation and the tests. It is a small but
//! complete agency: a vision, three missions, five units, nine positions on four levels of
//! reporting, ten employees (one a PPPK), a cascade from two goals down to staff results, and
//! the targets and realisations of 2026.
//! It is deliberately not perfect: one staff member has no result yet, so the diagnostics
//! have something to say.

use crate::cascade::{Cascade, Indicator, Level, LinkKind, Node, Owner, Perspective};
use crate::error::Error;
use crate::evaluation::{BehaviourRating, CoreValue, RaterRole, Rating};
use crate::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use crate::indicator::{
    AchievementLimits, Aggregation, Definitions, IndicatorDefinition, PeriodBasis, Polarity, Target,
};
use crate::measure::{Measurements, Realisation};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::org::{Agency, Employee, FunctionalRank, JobLevel, Mission, Position, Unit};
use crate::period::{Granularity, Year};
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

/// Realisations: indicator, then Q1..Q4 (none where not yet reported), or one annual value.
#[rustfmt::skip]
const REALISED: [(&str, [Option<i64>; 4]); 9] = [
    ("IKI-SEK-1", [Some(1), Some(1), Some(1), Some(1)]),
    ("IKI-KUR-1", [Some(3), Some(3), Some(5), Some(4)]),
    ("IKI-KUR-2", [Some(22), Some(25), Some(30), Some(24)]),
    ("IKI-SAR-1", [Some(1), Some(4), Some(5), Some(2)]),
    ("IKI-PENGAWAS-1", [Some(2), Some(1), Some(3), Some(4)]),
    ("IKI-DATA-1", [Some(28), Some(61), Some(95), Some(118)]),
    ("IKI-DATA-T1", [Some(1), Some(0), Some(2), Some(1)]),
    ("IKI-SARPRAS-1", [Some(1), Some(1), Some(0), Some(1)]),
    ("IKK-1", [Some(3), Some(3), Some(5), Some(4)]),
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

/// The realisations of the sample for 2026, each with an evidence reference. The
/// division's count (IKI-KABID-1) is not recorded: it rolls up from the sections.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_realisations() -> Result<Measurements, Error> {
    let year = Year::new(SAMPLE_YEAR)?;
    let quarters = year.periods(Granularity::Quarter);
    let mut realisations = Vec::new();
    for (id, values) in REALISED {
        for (&quarter, value) in quarters.iter().zip(values) {
            if let Some(v) = value {
                realisations.push(
                    Realisation::new(IndicatorId::new(id)?, quarter, Decimal::from(v))
                        .with_evidence(format!("e-kinerja/{SAMPLE_YEAR}/{quarter}/{id}")),
                );
            }
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
    Ok(Measurements::new(realisations)?)
}

/// The superior's behaviour ratings of the sample's employees for 2026: everyone meets
/// expectation on every core value except where noted (Rina Marlina above on Kompeten and
/// Kolaboratif; Arif Budiman below on Akuntabel).
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_behaviour() -> Result<Vec<(EmployeeNumber, Vec<BehaviourRating>)>, Error> {
    let exceptions: [(&str, CoreValue, Rating); 3] = [
        ("198507192010012014", CoreValue::Competent, Rating::Above),
        (
            "198507192010012014",
            CoreValue::Collaborative,
            Rating::Above,
        ),
        ("199010102015031002", CoreValue::Accountable, Rating::Below),
    ];
    EMPLOYEES
        .iter()
        .map(|&(kind, number, _, _)| {
            let ratings = CoreValue::ALL
                .iter()
                .map(|&value| {
                    let rating = exceptions
                        .iter()
                        .find(|(n, v, _)| *n == number && *v == value)
                        .map_or(Rating::Meets, |(_, _, r)| *r);
                    BehaviourRating {
                        value,
                        rater: RaterRole::Superior,
                        rating,
                    }
                })
                .collect();
            Ok((EmployeeNumber::new(kind, number)?, ratings))
        })
        .collect()
}
