//! The development side of the Siulak sample: the office's technical competencies, its
//! standards, the indicators' competencies, a programme catalogue and the year's records.

use super::{DEWI, RINA};
use crate::development::{
    Competency, CompetencyCatalogue, CompetencyGroup, CompetencyLevel, DevelopmentRecords, Jp,
    JpConversion, JpCredit, Method, PerformanceGapRules, Programme, ProgrammeCatalogue, Standards,
    TrainingHistory,
};
use crate::error::Error;
use crate::id::{CompetencyId, IndicatorId, PositionId, ProgrammeId};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::period::Quarter;
use crate::regulation::{
    COMMUNICATION, COOPERATION, DECISION_MAKING, INTEGRITY, PUBLIC_SERVICE, RESULTS_ORIENTATION,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Curriculum development (a technical competency of the office).
pub const CURRICULUM: &str = "TEK-KURIKULUM";
/// Education data management, an information technology skill.
pub const EDUCATION_DATA: &str = "TEK-DATA-PENDIDIKAN";
/// School facilities planning.
pub const FACILITIES: &str = "TEK-SARPRAS";

/// The competencies of the education office: PermenPANRB 38/2017's managerial and
/// socio-cultural ones and three technical ones of its own.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_competencies() -> Result<CompetencyCatalogue, Error> {
    let technical = |id: &str, name: &str| -> Result<Competency, Error> {
        Ok(Competency::new(
            CompetencyId::new(id)?,
            CompetencyGroup::Technical,
            name,
        ))
    };
    Ok(CompetencyCatalogue::default().with([
        technical(CURRICULUM, "Pengembangan Kurikulum")?,
        technical(EDUCATION_DATA, "Pengelolaan Data Pendidikan (Dapodik)")?,
        technical(FACILITIES, "Perencanaan Sarana dan Prasarana Sekolah")?,
    ])?)
}

/// The office's standards: the national ladder, the technical levels of its positions, and
/// the whole standard of the school supervisor (a functional position, set by the agency).
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_standards() -> Result<Standards, Error> {
    let level = CompetencyLevel::new;
    let mut standards = Standards::default();
    let mut own = |position: &str, required: Vec<(&str, u8)>| -> Result<(), Error> {
        let required = required
            .into_iter()
            .map(|(c, l)| Ok((CompetencyId::new(c)?, level(l)?)))
            .collect::<Result<BTreeMap<_, _>, Error>>()?;
        standards
            .positions
            .insert(PositionId::new(position)?, required);
        Ok(())
    };
    own("KABID-SD", vec![(CURRICULUM, 3)])?;
    own("KASI-KUR", vec![(CURRICULUM, 3)])?;
    own("KASI-SAR", vec![(FACILITIES, 3)])?;
    own("PENGOLAH-DATA", vec![(EDUCATION_DATA, 2)])?;
    own("ANALIS-SARPRAS", vec![(FACILITIES, 2)])?;
    own(
        "PENGAWAS-SD",
        vec![
            (INTEGRITY, 2),
            (COOPERATION, 2),
            (COMMUNICATION, 2),
            (RESULTS_ORIENTATION, 2),
            (PUBLIC_SERVICE, 2),
            (CURRICULUM, 3),
        ],
    )?;
    Ok(standards)
}

/// Which competencies the office's individual indicators rest on (the agency's own map).
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_gap_rules() -> Result<PerformanceGapRules, Error> {
    let mut rules = PerformanceGapRules::default();
    let map: [(&str, &[&str]); 7] = [
        ("IKI-KUR-1", &[CURRICULUM, RESULTS_ORIENTATION]),
        ("IKI-KUR-2", &[COMMUNICATION]),
        ("IKI-SAR-1", &[FACILITIES]),
        ("IKI-DATA-1", &[EDUCATION_DATA]),
        ("IKI-DATA-T1", &[EDUCATION_DATA, COOPERATION]),
        ("IKI-SARPRAS-1", &[FACILITIES]),
        ("IKI-PENGAWAS-1", &[CURRICULUM, COMMUNICATION]),
    ];
    for (indicator, competencies) in map {
        let ids = competencies
            .iter()
            .map(|&c| CompetencyId::new(c))
            .collect::<Result<Vec<_>, _>>()?;
        rules.indicators.insert(IndicatorId::new(indicator)?, ids);
    }
    Ok(rules)
}

/// The programmes the office can send its staff to in 2026, costs in rupiah per participant.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_programmes() -> Result<ProgrammeCatalogue, Error> {
    #[rustfmt::skip]
    let list: [Row; 10] = [
        ("P-KURMER", "Pelatihan Implementasi Kurikulum Merdeka", Method::TechnicalTraining, fixed(32), 3_500_000, &[(CURRICULUM, 3)], Some(10), &[Quarter::Q2, Quarter::Q3]),
        ("P-DAPODIK", "Bimbingan Teknis Dapodik", Method::TechnicalGuidance, fixed(24), 2_000_000, &[(EDUCATION_DATA, 3)], Some(15), &[Quarter::Q1, Quarter::Q3]),
        ("P-KOMPUB", "E-learning Komunikasi Publik", Method::ELearning, days(5), 0, &[(COMMUNICATION, 2)], None, &[]),
        ("P-COACH", "Coaching Pengambilan Keputusan", Method::Coaching, sessions(6, 3), 0, &[(DECISION_MAKING, 2), (COOPERATION, 2)], Some(4), &[]),
        ("P-YANLIK", "Pelatihan Pelayanan Publik Prima", Method::TechnicalTraining, fixed(24), 1_500_000, &[(PUBLIC_SERVICE, 3)], Some(20), &[Quarter::Q2]),
        ("P-TIM", "Lokakarya Kerja Sama Tim", Method::Workshop, days(2), 750_000, &[(COOPERATION, 3)], Some(25), &[Quarter::Q3]),
        ("P-PKP", "Pelatihan Kepemimpinan Pengawas", Method::LeadershipTraining, fixed(180), 15_000_000, &[(DECISION_MAKING, 3), (RESULTS_ORIENTATION, 3), (COOPERATION, 3)], Some(2), &[Quarter::Q2]),
        ("P-INTEGRITAS", "Seminar Integritas dan Antikorupsi", Method::Seminar, days(1), 0, &[(INTEGRITY, 2)], None, &[Quarter::Q4]),
        ("P-SARPRAS", "Komunitas Praktik Perencanaan Sarpras", Method::CommunityOfPractice, days(5), 250_000, &[(FACILITIES, 2)], Some(12), &[]),
        ("P-HASIL", "Mentoring Orientasi pada Hasil", Method::Mentoring, sessions(4, 2), 0, &[(RESULTS_ORIENTATION, 3)], Some(3), &[]),
    ];
    let programmes = list
        .into_iter()
        .map(
            |(id, name, method, credit, cost, teaches, seats, quarters)| {
                let mut programme = Programme::new(ProgrammeId::new(id)?, name, method, credit);
                programme.cost = Decimal::from(cost);
                for &(competency, level) in teaches {
                    programme
                        .competencies
                        .insert(CompetencyId::new(competency)?, CompetencyLevel::new(level)?);
                }
                programme.seats = seats;
                programme.quarters = quarters.iter().copied().collect();
                Ok(programme)
            },
        )
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(ProgrammeCatalogue::new(
        programmes,
        &siulak_competencies()?,
        &JpConversion::default(),
    )?)
}

/// A programme row: id, name, method, credit, cost, competencies taught, places, quarters.
type Row = (
    &'static str,
    &'static str,
    Method,
    JpCredit,
    i64,
    &'static [(&'static str, u8)],
    Option<u32>,
    &'static [Quarter],
);

const fn fixed(jp: u32) -> JpCredit {
    JpCredit::Fixed {
        jp: Jp::whole(jp),
        international: false,
    }
}

const fn days(units: u32) -> JpCredit {
    JpCredit::Converted {
        units,
        months: 1,
        international: false,
    }
}

const fn sessions(units: u32, months: u32) -> JpCredit {
    JpCredit::Converted {
        units,
        months,
        international: false,
    }
}

/// The office's development records for 2026: the assessments of
/// [`siulak_assessments`](super::siulak_assessments) and the JP already earned by two staff.
///
/// # Errors
/// Only if the built-in data were wrong, which the crate's tests rule out.
pub fn siulak_development_records() -> Result<DevelopmentRecords, Error> {
    let history = |number: &str, taken: u32| -> Result<TrainingHistory, Error> {
        Ok(TrainingHistory {
            employee: EmployeeNumber::new(EmployeeKind::Pns, number)?,
            taken: Jp::whole(taken),
            completed: std::collections::BTreeSet::new(),
            jp_cap: None,
        })
    };
    Ok(DevelopmentRecords {
        assessments: super::siulak_assessments()?,
        history: vec![history(RINA, 6)?, history(DEWI, 12)?],
        ..DevelopmentRecords::default()
    })
}
