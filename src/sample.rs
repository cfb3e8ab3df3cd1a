//! Built-in sample data: the education office of Siulak (Dinas Pendidikan Siulak).
//!
//! Used by the `siulak` example, the documentation and the tests. It is a small but
//! complete agency: a vision, three missions, five units, nine positions on four levels of
//! reporting, ten employees (one a PPPK), and a cascade from two goals down to staff results.
//! It is deliberately not perfect: one staff member has no result yet, so the diagnostics
//! have something to say.

use crate::cascade::{Cascade, Indicator, Level, LinkKind, Node, Owner, Perspective};
use crate::error::Error;
use crate::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::org::{Agency, Employee, FunctionalRank, JobLevel, Mission, Position, Unit};

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

/// A node with one indicator.
fn node(
    id: &str,
    level: Level,
    statement: &str,
    owner: Owner,
    indicator: (&str, &str, &str),
) -> Result<Node, Error> {
    let (indicator_id, measure, unit) = indicator;
    Ok(
        Node::new(NodeId::new(id)?, level, statement, owner).indicator(Indicator::new(
            IndicatorId::new(indicator_id)?,
            measure,
            unit,
        )),
    )
}

fn under(node: Node, parent: &str, kind: LinkKind) -> Result<Node, Error> {
    Ok(node.under(NodeId::new(parent)?, kind))
}

/// The performance tree of the sample, on [`siulak_agency`].
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_cascade() -> Result<Cascade, Error> {
    use Level::{Activity, Goal, Objective, Programme, Result as Rhk};
    use LinkKind::{Direct, Indirect};
    let agency = siulak_agency()?;
    let office = || -> Result<Owner, Error> { Ok(Owner::Unit(UnitId::new("DIK")?)) };
    let held = |position: &str| -> Result<Owner, Error> {
        Ok(Owner::Position(PositionId::new(position)?))
    };
    let head = || -> Result<Owner, Error> {
        Ok(Owner::Employee(EmployeeNumber::new(
            EmployeeKind::Pns,
            "197204101998031005",
        )?))
    };
    let dewi = Owner::Employee(EmployeeNumber::new(
        EmployeeKind::Pns,
        "199203032019032011",
    )?);

    let nodes = vec![
        node(
            "T1",
            Goal,
            "Meningkatnya mutu pendidikan dasar",
            office()?,
            (
                "IKT-1",
                "Rata-rata skor literasi Asesmen Nasional SD",
                "skor",
            ),
        )?
        .serving(MissionId::new("M1")?)
        .serving(MissionId::new("M2")?),
        node(
            "T2",
            Goal,
            "Meningkatnya akuntabilitas kinerja dinas",
            office()?,
            ("IKT-2", "Nilai evaluasi SAKIP dinas", "nilai"),
        )?
        .serving(MissionId::new("M3")?),
        under(
            node(
                "SS1",
                Objective,
                "Meningkatnya SD yang terakreditasi minimal B",
                office()?,
                ("IKU-1", "Persentase SD terakreditasi minimal B", "persen"),
            )?,
            "T1",
            Indirect,
        )?,
        under(
            node(
                "SS2",
                Objective,
                "Meningkatnya kualitas perencanaan dan pelaporan kinerja",
                office()?,
                (
                    "IKU-2",
                    "Nilai komponen perencanaan dan pelaporan SAKIP",
                    "nilai",
                ),
            )?,
            "T2",
            Indirect,
        )?,
        under(
            node(
                "P1",
                Programme,
                "Program Pengelolaan Pendidikan Sekolah Dasar",
                Owner::Unit(UnitId::new("DIK.SD")?),
                (
                    "IKP-1",
                    "Persentase SD yang memenuhi standar sarana",
                    "persen",
                ),
            )?,
            "SS1",
            Indirect,
        )?,
        under(
            node(
                "K1",
                Activity,
                "Pembinaan kurikulum dan penilaian SD",
                Owner::Unit(UnitId::new("DIK.SD.KUR")?),
                (
                    "IKK-1",
                    "Jumlah SD yang menerapkan Kurikulum Merdeka",
                    "sekolah",
                ),
            )?,
            "P1",
            Indirect,
        )?,
        under(
            node(
                "K2",
                Activity,
                "Rehabilitasi ruang kelas SD",
                Owner::Unit(UnitId::new("DIK.SD.SAR")?),
                (
                    "IKK-2",
                    "Jumlah ruang kelas SD yang direhabilitasi",
                    "ruang",
                ),
            )?,
            "P1",
            Indirect,
        )?,
        // The head's results serve the strategic objectives.
        under(
            node(
                "RHK-KADIS-1",
                Rhk,
                "Meningkatnya SD yang terakreditasi minimal B",
                head()?,
                (
                    "IKI-KADIS-1",
                    "Persentase SD terakreditasi minimal B",
                    "persen",
                ),
            )?,
            "SS1",
            Indirect,
        )?
        .with_perspective(Perspective::ServiceRecipients),
        under(
            node(
                "RHK-KADIS-2",
                Rhk,
                "Meningkatnya kualitas laporan kinerja dinas",
                head()?,
                ("IKI-KADIS-2", "Nilai komponen pelaporan SAKIP", "nilai"),
            )?,
            "SS2",
            Indirect,
        )?
        .with_perspective(Perspective::InternalStrengthening),
        under(
            node(
                "RHK-SEK-1",
                Rhk,
                "Tersusunnya laporan kinerja dinas tepat waktu",
                held("SEKRETARIS")?,
                (
                    "IKI-SEK-1",
                    "Laporan kinerja yang disampaikan tepat waktu",
                    "dokumen",
                ),
            )?,
            "RHK-KADIS-2",
            Indirect,
        )?,
        under(
            node(
                "RHK-KABID-1",
                Rhk,
                "Meningkatnya SD yang memenuhi standar nasional pendidikan",
                held("KABID-SD")?,
                (
                    "IKI-KABID-1",
                    "Jumlah SD yang memenuhi standar nasional pendidikan",
                    "sekolah",
                ),
            )?,
            "RHK-KADIS-1",
            Indirect,
        )?,
        under(
            node(
                "RHK-KUR-1",
                Rhk,
                "SD yang menerapkan Kurikulum Merdeka",
                held("KASI-KUR")?,
                (
                    "IKI-KUR-1",
                    "Jumlah SD yang menerapkan Kurikulum Merdeka",
                    "sekolah",
                ),
            )?,
            "RHK-KABID-1",
            Direct,
        )?,
        under(
            node(
                "RHK-SAR-1",
                Rhk,
                "Ruang kelas SD yang layak pakai",
                held("KASI-SAR")?,
                (
                    "IKI-SAR-1",
                    "Jumlah ruang kelas SD yang direhabilitasi",
                    "ruang",
                ),
            )?,
            "RHK-KABID-1",
            Indirect,
        )?,
        under(
            node(
                "RHK-PENGAWAS-1",
                Rhk,
                "Sekolah binaan yang memenuhi standar proses",
                held("PENGAWAS-SD")?,
                (
                    "IKI-PENGAWAS-1",
                    "Jumlah sekolah binaan yang memenuhi standar proses",
                    "sekolah",
                ),
            )?,
            "RHK-KABID-1",
            Direct,
        )?,
        under(
            node(
                "RHK-DATA-1",
                Rhk,
                "Data Dapodik SD yang terverifikasi",
                held("PENGOLAH-DATA")?,
                (
                    "IKI-DATA-1",
                    "Jumlah SD dengan data Dapodik terverifikasi",
                    "sekolah",
                ),
            )?,
            "RHK-KUR-1",
            Indirect,
        )?,
        under(
            node(
                "RHK-DATA-T1",
                Rhk,
                "Menjadi narasumber bimbingan teknis Dapodik",
                dewi,
                (
                    "IKI-DATA-T1",
                    "Kegiatan bimbingan teknis sebagai narasumber",
                    "kegiatan",
                ),
            )?,
            "RHK-KUR-1",
            Indirect,
        )?
        .additional(),
        under(
            node(
                "RHK-SARPRAS-1",
                Rhk,
                "Usulan rehabilitasi ruang kelas yang tersusun",
                held("ANALIS-SARPRAS")?,
                ("IKI-SARPRAS-1", "Dokumen usulan rehabilitasi", "dokumen"),
            )?,
            "RHK-SAR-1",
            Indirect,
        )?,
    ];
    Ok(Cascade::builder(agency).nodes(nodes).build()?)
}
