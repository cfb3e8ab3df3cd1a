//! Development documents read from the wire: no map keeps the last of a repeated key and
//! no set takes an item twice; each repeat is refused and named. Sets are written in
//! order, so they read back equal.

use kinerja::development::{
    ClosingRules, Competency, CompetencyCatalogue, EmployeeNeeds, JpConversion, Programme,
    TrainingHistory,
};
use serde::de::DeserializeOwned;

/// The error of reading `text` as `T`, which must be refused.
fn refused<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
    match serde_json::from_str::<T>(text) {
        Ok(read) => panic!("accepted {read:?} from {text}"),
        Err(error) => error.to_string(),
    }
}

const RINA: &str = r#"{"kind": "pns", "number": "198507192010012014"}"#;

fn programme(extra: &str) -> String {
    format!(
        r#"{{"id": "P-DAPODIK", "name": "Bimtek Dapodik", "method": "technical_guidance",
            "credit": {{"fixed": {{"jp": "24", "international": false}}}}, "cost": "0",
            {extra}}}"#
    )
}

#[test]
fn the_six_maps_refuse_a_repeated_key() {
    let repeated = "repeats the key of an earlier entry";
    let catalogue = r#"{"competencies": [{"id": "MAN-KOMUNIKASI", "group": "managerial", "name": "Komunikasi"}],
        "soft_skills": {"communication": ["MAN-KOMUNIKASI"], "communication": []}}"#;
    assert!(refused::<CompetencyCatalogue>(catalogue).contains(repeated));
    let competency = r#"{"id": "TEK-SQL", "group": "technical", "name": "Basis data",
        "indicators": {"1": ["Menjalankan kueri"], "1": ["Menulis kueri"]}}"#;
    assert!(refused::<Competency>(competency).contains(repeated));
    let conversion = r#"{"rules": {"seminar": {"unit": "day", "national": "4", "international": "6"},
        "seminar": {"unit": "day", "national": "8", "international": "8"}}, "international_bonus": "20"}"#;
    assert!(refused::<JpConversion>(conversion).contains(repeated));
    let closing = r#"{"effect": {"coaching": "50", "coaching": "100"}}"#;
    assert!(refused::<ClosingRules>(closing).contains(repeated));
    let taught =
        programme(r#""competencies": {"TEK-DATA-PENDIDIKAN": 3, "TEK-DATA-PENDIDIKAN": 1}"#);
    assert!(refused::<Programme>(&taught).contains(repeated));
    let needs = format!(
        r#"{{"employee": {RINA}, "unit": "KUR", "needs": [],
            "levels": {{"MAN-INTEGRITAS": 3, "MAN-INTEGRITAS": 1}}}}"#
    );
    assert!(refused::<EmployeeNeeds>(&needs).contains(repeated));
}

#[test]
fn sets_refuse_a_repeated_item_and_name_it() {
    let skills = r#"{"competencies": [{"id": "MAN-KOMUNIKASI", "group": "managerial", "name": "Komunikasi"}],
        "soft_skills": {"communication": ["MAN-KOMUNIKASI", "MAN-KOMUNIKASI"]}}"#;
    assert!(refused::<CompetencyCatalogue>(skills).contains("`MAN-KOMUNIKASI`"));
    let quarters =
        programme(r#""competencies": {"TEK-DATA-PENDIDIKAN": 3}, "quarters": ["q3", "q1", "q3"]"#);
    let error = refused::<Programme>(&quarters);
    assert!(
        error.contains("entry 3 of the list repeats `q3`"),
        "{error}"
    );
    let requires = programme(
        r#""competencies": {"TEK-DATA-PENDIDIKAN": 3}, "requires": ["P-DASAR", "P-DASAR"]"#,
    );
    assert!(refused::<Programme>(&requires).contains("`P-DASAR`"));
    let standard = format!(
        r#"{{"employee": {RINA}, "unit": "KUR", "needs": [], "standard": ["MAN-INTEGRITAS", "MAN-INTEGRITAS"]}}"#
    );
    assert!(refused::<EmployeeNeeds>(&standard).contains("`MAN-INTEGRITAS`"));
    let completed = format!(
        r#"{{"employee": {RINA}, "unit": "KUR", "needs": [], "completed": ["P-DASAR", "P-DASAR"]}}"#
    );
    assert!(refused::<EmployeeNeeds>(&completed).contains("`P-DASAR`"));
    let history = format!(r#"{{"employee": {RINA}, "completed": ["P-DASAR", "P-DASAR"]}}"#);
    assert!(refused::<TrainingHistory>(&history).contains("`P-DASAR`"));
}

#[test]
fn sets_are_written_in_order_and_read_back_equal() {
    let text = programme(
        r#""competencies": {"TEK-DATA-PENDIDIKAN": 3}, "quarters": ["q3", "q1"], "requires": ["P-B", "P-A"]"#,
    );
    let read: Programme = serde_json::from_str(&text).unwrap();
    let written = serde_json::to_string(&read).unwrap();
    assert!(written.contains(r#""requires":["P-A","P-B"]"#), "{written}");
    assert!(written.contains(r#""quarters":["q1","q3"]"#), "{written}");
    assert_eq!(serde_json::from_str::<Programme>(&written).unwrap(), read);
    // A catalogue keeps each soft skill's competencies in id order, whichever order the
    // code gave them in, so it too reads back equal.
    let catalogue = CompetencyCatalogue::default();
    let text = serde_json::to_string(&catalogue).unwrap();
    assert_eq!(
        serde_json::from_str::<CompetencyCatalogue>(&text).unwrap(),
        catalogue
    );
}

#[test]
fn a_catalogue_made_in_code_refuses_a_soft_skill_listed_twice() {
    use kinerja::development::{DevelopmentError, SoftSkill};
    use kinerja::id::CompetencyId;
    let catalogue = CompetencyCatalogue::default();
    let communication = CompetencyId::new("MAN-KOMUNIKASI").unwrap();
    let skills = std::collections::BTreeMap::from([(
        SoftSkill::Communication,
        vec![communication.clone(), communication.clone()],
    )]);
    let error = CompetencyCatalogue::new(catalogue.competencies().to_vec(), skills).unwrap_err();
    assert_eq!(
        error,
        DevelopmentError::RepeatedSoftSkillCompetency {
            skill: SoftSkill::Communication,
            competency: communication,
        }
    );
    assert!(
        error
            .describe(kinerja::Language::Indonesian)
            .contains("dua kali")
    );
}
