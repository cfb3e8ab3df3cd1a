//! Every rule of the agency builder, and the look-ups a validated agency offers.

use crate::common;

use common::*;
use kinerja::Agency;
use kinerja::org::{AgencyError, Employee, JobLevel, Mission, Position, Subject, Unit};

fn base() -> kinerja::org::AgencyBuilder {
    Agency::builder("Kantor Kecamatan Siulak", "Pelayanan prima")
        .mission(Mission::new(mission_id("M1"), "Pelayanan publik"))
        .unit(Unit::new(unit_id("KEC"), "Kantor Kecamatan"))
}

fn position(id: &str, boss: Option<&str>) -> Position {
    let p = Position::new(
        position_id(id),
        "Jabatan",
        unit_id("KEC"),
        JobLevel::Executor,
    );
    match boss {
        Some(b) => p.reporting_to(position_id(b)),
        None => p,
    }
}

#[test]
fn the_agency_needs_a_name_a_vision_and_a_mission() {
    assert_eq!(
        Agency::builder(" ", "Visi")
            .mission(Mission::new(mission_id("M1"), "Misi"))
            .build()
            .unwrap_err(),
        AgencyError::BlankText {
            subject: Subject::Agency,
            field: kinerja::org::TextField::Name
        }
    );
    assert_eq!(
        Agency::builder("Nama", "")
            .mission(Mission::new(mission_id("M1"), "Misi"))
            .build()
            .unwrap_err(),
        AgencyError::BlankText {
            subject: Subject::Agency,
            field: kinerja::org::TextField::Vision
        }
    );
    assert_eq!(
        Agency::builder("Nama", "Visi").build().unwrap_err(),
        AgencyError::NoMissions
    );
    assert_eq!(
        base()
            .mission(Mission::new(mission_id("M2"), "\n"))
            .build()
            .unwrap_err(),
        AgencyError::BlankText {
            subject: Subject::Mission(mission_id("M2")),
            field: kinerja::org::TextField::Statement
        }
    );
}

#[test]
fn repeated_ids_are_refused() {
    assert_eq!(
        base()
            .mission(Mission::new(mission_id("M1"), "Lagi"))
            .build()
            .unwrap_err(),
        AgencyError::Duplicate {
            subject: Subject::Mission(mission_id("M1"))
        }
    );
    assert_eq!(
        base()
            .unit(Unit::new(unit_id("KEC"), "Lagi"))
            .build()
            .unwrap_err(),
        AgencyError::Duplicate {
            subject: Subject::Unit(unit_id("KEC"))
        }
    );
    assert_eq!(
        base()
            .position(position("P", None))
            .position(position("P", None))
            .build()
            .unwrap_err(),
        AgencyError::Duplicate {
            subject: Subject::Position(position_id("P"))
        }
    );
    let error = base()
        .position(position("P", None))
        .employee(Employee::new(nip(1), "A", position_id("P")))
        .employee(Employee::new(nip(1), "B", position_id("P")))
        .build()
        .unwrap_err();
    assert_eq!(
        error,
        AgencyError::Duplicate {
            subject: Subject::Employee(nip(1))
        }
    );
}

#[test]
fn references_must_resolve() {
    assert_eq!(
        base()
            .unit(Unit::new(unit_id("SUB"), "Sub").within(unit_id("NOPE")))
            .build()
            .unwrap_err(),
        AgencyError::UnknownUnit {
            subject: Subject::Unit(unit_id("SUB")),
            unit: unit_id("NOPE")
        }
    );
    assert_eq!(
        base()
            .position(position("P", Some("BOSS")))
            .build()
            .unwrap_err(),
        AgencyError::UnknownPosition {
            subject: Subject::Position(position_id("P")),
            position: position_id("BOSS")
        }
    );
    let error = base()
        .employee(Employee::new(nip(1), "A", position_id("P")))
        .build()
        .unwrap_err();
    assert_eq!(
        error,
        AgencyError::UnknownPosition {
            subject: Subject::Employee(nip(1)),
            position: position_id("P")
        }
    );
    assert_eq!(
        error.to_string(),
        "employee 197501022000032000 refers to unknown position `P`"
    );
}

#[test]
fn hierarchies_have_no_cycles() {
    let error = base()
        .unit(Unit::new(unit_id("A"), "A").within(unit_id("B")))
        .unit(Unit::new(unit_id("B"), "B").within(unit_id("A")))
        .build()
        .unwrap_err();
    assert_eq!(error, AgencyError::UnitCycle { unit: unit_id("A") });
    let error = base()
        .position(position("X", Some("Z")))
        .position(position("Y", Some("X")))
        .position(position("Z", Some("Y")))
        .build()
        .unwrap_err();
    assert_eq!(
        error,
        AgencyError::ReportingCycle {
            position: position_id("X")
        }
    );
    assert_eq!(
        base()
            .position(position("S", Some("S")))
            .build()
            .unwrap_err(),
        AgencyError::ReportingCycle {
            position: position_id("S")
        }
    );
}

#[test]
fn look_ups_follow_the_reporting_lines() {
    let agency = small_agency();
    assert_eq!(
        agency
            .superior_of(&position_id("P3"))
            .map(|p| p.id().as_str()),
        Some("P1")
    );
    assert_eq!(agency.superior_of(&position_id("P0")), None);
    let subordinates: Vec<_> = agency
        .subordinate_positions(&position_id("P0"))
        .map(|p| p.id().as_str())
        .collect();
    assert_eq!(subordinates, ["P1", "P2"]);
    let staff: Vec<_> = agency
        .staff_of(&position_id("P0"))
        .map(|e| *e.number())
        .collect();
    assert_eq!(staff, [nip(1), nip(2)]);
    assert!(agency.leads_anyone(&position_id("P1")));
    assert!(!agency.leads_anyone(&position_id("P3")));
    assert_eq!(agency.holders(&position_id("P4")).count(), 1);
    assert_eq!(
        agency.employee(&nip(4)).map(|e| e.name()),
        Some("Pegawai 4")
    );
    assert!(agency.unit(&unit_id("KEC")).is_some());
    assert!(agency.mission(&mission_id("M1")).is_some());
    assert!(agency.position(&position_id("NOPE")).is_none());
}

#[test]
fn part_order_does_not_matter() {
    let forward = small_agency_builder().build().unwrap();
    let json = serde_json::to_value(small_agency_builder()).unwrap();
    // Reverse every list in the wire form.
    let mut reversed = json.clone();
    for key in ["missions", "units", "positions", "employees"] {
        reversed[key].as_array_mut().unwrap().reverse();
    }
    let backward: Agency = serde_json::from_value(reversed).unwrap();
    assert_eq!(backward, forward);
}
