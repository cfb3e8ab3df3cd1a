//! Every kind of problem in an agency's records, each made once on the Siulak sample and
//! named with its id and rule, in Indonesian and English.

use kinerja::check_records;
use kinerja::evaluation::{
    BehaviourRating, CoreValue, EmployeeRecords, InputProblem, OrganisationDecision,
    OrganisationPredicate, Override, RaterRole, RecordKind,
};
use kinerja::measure::Target;
use kinerja::prelude::*;
use kinerja::sample;
use rust_decimal::Decimal;

fn d(v: i64) -> Decimal {
    Decimal::from(v)
}

fn id(text: &str) -> IndicatorId {
    IndicatorId::new(text).unwrap()
}

fn period(text: &str) -> Period {
    text.parse().unwrap()
}

fn pns(number: &str) -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, number).unwrap()
}

const HEAD: &str = "197204101998031005";
const RINA: &str = "198507192010012014";
const YOGA: &str = "199405052020121008";

/// The problems of the sample after `change`; the sample alone has none.
fn problems_after(change: impl FnOnce(&mut AgencyRecords)) -> Vec<InputProblem> {
    let mut records = sample::siulak_records().unwrap();
    change(&mut records);
    let problems = check_records(records);
    for problem in &problems {
        // Every problem reads in both languages.
        assert!(!problem.describe(Language::Indonesian).is_empty());
        assert_ne!(
            problem.describe(Language::Indonesian),
            problem.describe(Language::English)
        );
    }
    problems
}

fn definition(records: &AgencyRecords, indicator: &str) -> IndicatorDefinition {
    records
        .definitions
        .iter()
        .find(|d| d.id().as_str() == indicator)
        .unwrap()
        .clone()
}

fn rina(records: &mut AgencyRecords) -> &mut EmployeeRecords {
    records
        .employees
        .iter_mut()
        .find(|r| r.employee == pns(RINA))
        .unwrap()
}

#[test]
fn the_sample_has_no_problem() {
    assert_eq!(problems_after(|_| {}), []);
}

#[test]
fn definitions() {
    assert_eq!(
        problems_after(|r| {
            let again = definition(r, "IKI-SEK-1");
            r.definitions.push(again);
        }),
        [InputProblem::DuplicateDefinition {
            indicator: id("IKI-SEK-1")
        }]
    );
    assert_eq!(
        problems_after(|r| r.definitions.push(
            IndicatorDefinition::builder(id("IKI-LAMA"), "dokumen", Polarity::Maximise)
                .target(period("2026"), Target::Value(d(1)))
                .build()
                .unwrap()
        )),
        [InputProblem::DefinitionNotInCascade {
            indicator: id("IKI-LAMA")
        }]
    );
    let problems = problems_after(|r| {
        r.definitions.retain(|d| d.id().as_str() != "IKU-2");
        r.definitions.push(
            IndicatorDefinition::builder(id("IKU-2"), "nilai", Polarity::Maximise)
                .target(period("2025"), Target::Value(d(25)))
                .build()
                .unwrap(),
        );
    });
    assert!(problems.contains(&InputProblem::DefinitionOutsideYear {
        indicator: id("IKU-2"),
        year: Year::new(2026).unwrap()
    }));
    // The objective's indicator is scored for the organisation: it needs a definition.
    let problems = problems_after(|r| r.definitions.retain(|d| d.id().as_str() != "IKU-2"));
    assert!(problems.contains(&InputProblem::MissingDefinition {
        indicator: id("IKU-2"),
        node: NodeId::new("SS2").unwrap()
    }));
}

#[test]
fn realisations() {
    assert_eq!(
        problems_after(|r| r.realisations.push(Realisation::new(
            id("IKI-SEK-1"),
            period("2026-Q1"),
            d(2)
        ))),
        [InputProblem::DuplicateRealisation {
            indicator: id("IKI-SEK-1"),
            employee: None,
            period: period("2026-Q1")
        }]
    );
    let problems = problems_after(|r| {
        r.realisations
            .push(Realisation::new(id("IKI-SEK-1"), period("2025-Q4"), d(1)))
    });
    assert!(problems.contains(&InputProblem::RealisationOutsideYear {
        indicator: id("IKI-SEK-1"),
        period: period("2025-Q4")
    }));
    let problems = problems_after(|r| {
        r.realisations.retain(|x| {
            !(x.indicator().as_str() == "IKI-SEK-1" && x.period() == period("2026-Q2"))
        });
        r.realisations
            .push(Realisation::new(id("IKI-SEK-1"), period("2026-Q2"), d(-1)));
    });
    assert_eq!(
        problems,
        [InputProblem::NegativeRealisation {
            indicator: id("IKI-SEK-1"),
            period: period("2026-Q2"),
            value: d(-1)
        }]
    );
    // Rina does not own the secretary's result, and nobody owns an objective's figure.
    let problems = problems_after(|r| {
        r.realisations.push(
            Realisation::new(id("IKI-SEK-1"), period("2026-Q1"), d(1)).for_employee(pns(RINA)),
        );
        r.realisations
            .push(Realisation::new(id("IKU-1"), period("2026"), d(1)).for_employee(pns(RINA)));
    });
    assert_eq!(
        problems,
        [
            InputProblem::NotTheirResult {
                indicator: id("IKI-SEK-1"),
                period: period("2026-Q1"),
                employee: pns(RINA)
            },
            InputProblem::NotTheirResult {
                indicator: id("IKU-1"),
                period: period("2026"),
                employee: pns(RINA)
            },
        ]
    );
    // A required realisation not reported, named with whose plan needs it.
    let problems = problems_after(|r| {
        r.realisations.retain(|x| {
            !(x.indicator().as_str() == "IKI-KUR-2" && x.period() == period("2026-Q3"))
        });
    });
    assert_eq!(
        problems,
        [InputProblem::MissingRealisation {
            indicator: id("IKI-KUR-2"),
            period: period("2026-Q3"),
            employee: pns(RINA)
        }]
    );
}

/// A realisation naming a number nobody in the agency has (a mistyped NIP) is "pegawai
/// tidak terdaftar", with the number, not "bukan pemilik".
#[test]
fn a_mistyped_nip_is_an_unregistered_employee() {
    // Rina's number with two digits of the sequence swapped: nobody has it.
    let mistyped = pns("198507192010012041");
    let problems = problems_after(|r| {
        r.realisations.push(
            Realisation::new(id("IKI-KUR-2"), period("2026-Q1"), d(1)).for_employee(mistyped),
        );
    });
    assert_eq!(
        problems,
        [InputProblem::UnregisteredEmployee {
            indicator: id("IKI-KUR-2"),
            period: period("2026-Q1"),
            employee: mistyped
        }]
    );
    let indonesian = problems[0].describe(Language::Indonesian);
    assert!(
        indonesian.contains("pegawai tidak terdaftar"),
        "{indonesian}"
    );
    assert!(indonesian.contains("198507192010012041"), "{indonesian}");
    assert!(!indonesian.contains("bukan pemilik"), "{indonesian}");
    let english = problems[0].describe(Language::English);
    assert!(english.contains("employee not registered"), "{english}");
    assert!(english.contains("198507192010012041"), "{english}");
}

/// A figure typed for the division head's result, which its sections' results add into, is
/// refused naming the node (statement and id) and its children; declared as keeping its own
/// figure, it is accepted.
#[test]
fn a_figure_for_a_node_that_sums_from_its_staff() {
    let typed = |r: &mut AgencyRecords| {
        r.realisations
            .push(Realisation::new(id("IKI-KABID-1"), period("2026-Q1"), d(4)));
    };
    let problems = problems_after(typed);
    let [
        InputProblem::OwnFigureOfSummedNode {
            node,
            statement,
            indicator,
            period: when,
            children,
        },
    ] = problems.as_slice()
    else {
        panic!("{problems:?}");
    };
    assert_eq!(node.as_str(), "RHK-KABID-1");
    assert_eq!(indicator, &id("IKI-KABID-1"));
    assert_eq!(*when, period("2026-Q1"));
    let children: Vec<&str> = children.iter().map(NodeId::as_str).collect();
    assert_eq!(children, ["RHK-KUR-1", "RHK-PENGAWAS-1"]);
    let cascade = sample::siulak_cascade().unwrap();
    assert_eq!(statement, cascade.node(node).unwrap().statement());
    for language in [Language::Indonesian, Language::English] {
        let text = problems[0].describe(language);
        for part in [
            statement.as_str(),
            "RHK-KABID-1",
            "RHK-KUR-1",
            "RHK-PENGAWAS-1",
        ] {
            assert!(text.contains(part), "{text}");
        }
    }
    // The node declares that it keeps its own figure: nothing to report.
    let problems = problems_after(|r| {
        typed(r);
        let nodes: Vec<kinerja::cascade::Node> = r
            .cascade
            .nodes()
            .iter()
            .cloned()
            .map(|n| {
                if n.id().as_str() == "RHK-KABID-1" {
                    n.keeping_own_figure()
                } else {
                    n
                }
            })
            .collect();
        r.cascade = Cascade::builder(r.cascade.agency().clone())
            .nodes(nodes)
            .build()
            .unwrap();
    });
    assert_eq!(problems, []);
}

#[test]
fn the_cascade_against_the_rest() {
    // A main result without an indicator cannot be scored; a direct link across units
    // cannot add up.
    let problems = problems_after(|r| {
        let mut cascade = serde_json::to_value(&r.cascade).unwrap();
        for node in cascade["nodes"].as_array_mut().unwrap() {
            if node["id"] == "RHK-SARPRAS-1" {
                node.as_object_mut().unwrap().remove("indicators");
            }
            if node["id"] == "RHK-SAR-1" {
                node["parent"]["kind"] = "direct".into();
            }
        }
        r.cascade = serde_json::from_value(cascade).unwrap();
        r.definitions.retain(|d| d.id().as_str() != "IKI-SARPRAS-1");
        r.realisations
            .retain(|x| x.indicator().as_str() != "IKI-SARPRAS-1");
    });
    assert_eq!(
        problems,
        [
            InputProblem::ResultWithoutIndicator {
                node: NodeId::new("RHK-SARPRAS-1").unwrap()
            },
            InputProblem::RollUpUnitMismatch {
                node: NodeId::new("RHK-KABID-1").unwrap(),
                unit: "sekolah".to_owned(),
                child: NodeId::new("RHK-SAR-1").unwrap(),
                child_unit: "ruang".to_owned(),
            },
        ]
    );
}

#[test]
fn employees_records() {
    let duplicated = problems_after(|r| {
        let again = rina(r).clone();
        r.employees.push(again);
    });
    assert_eq!(
        duplicated,
        [InputProblem::DuplicateRecords {
            employee: pns(RINA)
        }]
    );
    let no_plan = problems_after(|r| r.employees.push(EmployeeRecords::new(pns(YOGA))));
    assert_eq!(
        no_plan,
        [InputProblem::NoPlan {
            employee: pns(YOGA)
        }]
    );
    // The head is evaluated only at the end of the year: a first-quarter rating has no
    // evaluation to go to. Monthly notes have none either under quarterly evaluation.
    let not_evaluated = problems_after(|r| {
        let head = r
            .employees
            .iter_mut()
            .find(|e| e.employee == pns(HEAD))
            .unwrap();
        let ratings = head.behaviour[&period("2026")].clone();
        head.behaviour.insert(period("2026-Q1"), ratings);
        rina(r)
            .notes
            .insert(period("2026-03"), vec!["Catatan bulanan".to_owned()]);
    });
    assert_eq!(
        not_evaluated,
        [
            InputProblem::PeriodNotEvaluated {
                employee: pns(HEAD),
                period: period("2026-Q1"),
                kind: RecordKind::Behaviour
            },
            InputProblem::PeriodNotEvaluated {
                employee: pns(RINA),
                period: period("2026-03"),
                kind: RecordKind::Notes
            },
        ]
    );
    // The superior rates a value once a period.
    let repeated = problems_after(|r| {
        rina(r)
            .behaviour
            .get_mut(&period("2026-Q1"))
            .unwrap()
            .push(BehaviourRating {
                value: CoreValue::Loyal,
                rater: RaterRole::Superior,
                rating: Rating::Above,
            });
    });
    assert_eq!(
        repeated,
        [InputProblem::RepeatedRating {
            employee: pns(RINA),
            period: period("2026-Q1"),
            value: CoreValue::Loyal,
            rater: RaterRole::Superior
        }]
    );
    // The organisation's leader is rated by its predicate, not overridden.
    let leader = problems_after(|r| {
        let head = r
            .employees
            .iter_mut()
            .find(|e| e.employee == pns(HEAD))
            .unwrap();
        head.overrides.insert(
            period("2026"),
            Override::new(Rating::Above, "Kinerja luar biasa").unwrap(),
        );
    });
    assert_eq!(
        leader,
        [InputProblem::LeaderOverride {
            employee: pns(HEAD),
            period: period("2026")
        }]
    );
    // A decision on the organisation's predicate for a month has no evaluation.
    let decision = problems_after(|r| {
        r.organisation.insert(
            period("2026-02"),
            OrganisationDecision::new(OrganisationPredicate::Good, "Rapat pimpinan").unwrap(),
        );
    });
    assert_eq!(
        decision,
        [InputProblem::DecisionPeriodNotEvaluated {
            period: period("2026-02")
        }]
    );
}
