//! The built-in Siulak sample: valid, and with exactly the gaps its documentation describes.

use kinerja::cascade::{Finding, Owner};
use kinerja::id::{NodeId, PositionId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};

#[test]
fn the_sample_has_the_two_gaps_it_is_built_with() {
    let cascade = kinerja::sample::siulak_cascade().unwrap();
    let agency = cascade.agency();
    assert_eq!(agency.missions().len(), 3);
    assert_eq!(agency.units().len(), 5);
    assert_eq!(agency.positions().len(), 9);
    assert_eq!(agency.employees().len(), 10);
    assert_eq!(
        agency
            .employees()
            .iter()
            .filter(|e| e.number().kind() == EmployeeKind::Pppk)
            .count(),
        1
    );
    // Yoga Pratama (Pengadministrasi Umum, under the Sekretaris) has no result yet, so the
    // Sekretaris's result is supported by nobody. Nothing else is missing.
    let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008").unwrap();
    assert_eq!(
        cascade.diagnose().findings(),
        [
            Finding::UnsupportedLeaderResult {
                node: NodeId::new("RHK-SEK-1").unwrap(),
                owner: Owner::Position(PositionId::new("SEKRETARIS").unwrap()),
            },
            Finding::EmployeeWithoutResults { employee: yoga },
        ]
    );
}
