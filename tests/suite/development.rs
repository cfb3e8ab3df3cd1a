//! The development stage's first part: the competency catalogue, standards per position,
//! assessments, gaps and the Job Person Match, checked by hand against DOMAIN §5 and by
//! laws.

use chrono::NaiveDate;
use kinerja::development::{
    AboveStandard, Assessment, AssessmentRules, AssessmentSource, Competency, CompetencyCatalogue,
    CompetencyGroup, CompetencyLevel, DevelopmentError, JobPersonMatch, JpmCategory, JpmRules,
    SoftSkill, Standard, Standards, Unassessed,
};
use kinerja::id::{CompetencyId, PositionId};
use kinerja::num::Percent;
use kinerja::prelude::*;
use kinerja::regulation;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn level(l: u8) -> CompetencyLevel {
    CompetencyLevel::new(l).unwrap()
}

fn competency(id: &str) -> CompetencyId {
    CompetencyId::new(id).unwrap()
}

fn rina() -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, d).unwrap()
}

fn assessed(id: &str, l: u8, d: u32, source: AssessmentSource) -> Assessment {
    Assessment::new(rina(), competency(id), level(l), day(d), source)
}

fn standard(levels: &[(&str, u8)]) -> Standard {
    Standard::new(
        PositionId::new("KASI").unwrap(),
        levels
            .iter()
            .map(|&(id, l)| (competency(id), level(l)))
            .collect(),
    )
}

fn jpm(standard: &Standard, assessments: &[Assessment], rules: &JpmRules) -> JobPersonMatch {
    let counted = AssessmentRules::default().counted(&rina(), assessments);
    JobPersonMatch::new(standard, &counted, rules)
}

/// Required 3, 3, 3; assessed 3, 2, 4. Capped: (3 + 2 + 3) / 9 = 88.89 %, fairly optimal
/// (78 to below 90); counted in full: 9 / 9 = 100 %, optimal. Gaps 0, 1, −1.
#[test]
fn job_person_match_by_hand() {
    let standard = standard(&[("A", 3), ("B", 3), ("C", 3)]);
    let centre = AssessmentSource::AssessmentCentre;
    let assessments = [
        assessed("A", 3, 1, centre),
        assessed("B", 2, 1, centre),
        assessed("C", 4, 1, centre),
    ];
    let capped = jpm(&standard, &assessments, &JpmRules::default());
    assert_eq!(
        capped.percent.unwrap().value().round_dp(2),
        Decimal::new(8889, 2)
    );
    assert_eq!(capped.category, Some(JpmCategory::FairlyOptimal));
    let gaps: Vec<Option<i8>> = capped.gaps.iter().map(|g| g.gap).collect();
    assert_eq!(gaps, [Some(0), Some(1), Some(-1)]);
    assert_eq!(capped.shortfalls().count(), 1);
    let counted_rules = JpmRules::new(
        Percent::whole(90),
        Percent::whole(78),
        AboveStandard::Counted,
    )
    .unwrap();
    let counted = jpm(&standard, &assessments, &counted_rules);
    assert_eq!(counted.percent, Some(Percent::whole(100)));
    assert_eq!(counted.category, Some(JpmCategory::Optimal));
    // B and C never assessed: by default they are missing, not level 0. A alone: 3 / 3 =
    // 100 % over a coverage of 1 of 3, too little for a category.
    let partly = jpm(&standard, &assessments[..1], &JpmRules::default());
    assert_eq!(partly.gaps[1].assessed, None);
    assert_eq!(partly.gaps[1].gap, None);
    assert!(!partly.gaps[1].is_shortfall());
    assert_eq!(partly.percent, Some(Percent::whole(100)));
    assert_eq!((partly.coverage.assessed, partly.coverage.required), (1, 3));
    assert_eq!(partly.category, None);
    // Read as level 0 (the rule before issue 24): (3 + 0 + 0) / 9 = 33.33 %, each missing
    // competency's whole level is its gap.
    let zero = JpmRules::default().with_unassessed(Unassessed::AsLevelZero);
    let old = jpm(&standard, &assessments[..1], &zero);
    assert_eq!(old.gaps[1].gap, Some(3));
    assert_eq!(
        old.percent.unwrap().value().round_dp(2),
        Decimal::new(3333, 2)
    );
    assert_eq!(old.category, Some(JpmCategory::LessOptimal));
}

/// The default cut-offs of DOMAIN §5: optimal from 90 %, fairly optimal from 78 %.
#[test]
fn categories_at_their_cut_offs() {
    let rules = JpmRules::default();
    let at = |text: &str| rules.category(Percent::new(text.parse().unwrap()).unwrap());
    assert_eq!(at("90"), JpmCategory::Optimal);
    assert_eq!(at("89.99"), JpmCategory::FairlyOptimal);
    assert_eq!(at("78"), JpmCategory::FairlyOptimal);
    assert_eq!(at("77.99"), JpmCategory::LessOptimal);
    assert_eq!(
        JpmRules::new(
            Percent::whole(70),
            Percent::whole(80),
            AboveStandard::default()
        ),
        Err(DevelopmentError::JpmCutOffs {
            optimal: Percent::whole(70),
            fairly_optimal: Percent::whole(80)
        })
    );
    let json = r#"{"optimal_from": "70", "fairly_optimal_from": "80"}"#;
    assert!(serde_json::from_str::<JpmRules>(json).is_err());
}

/// PermenPANRB 38/2017's ladder on the Siulak positions: the head of office (JPT Pratama)
/// needs level 4 in all nine managerial and socio-cultural competencies, a head of section
/// (Pengawas) level 2, a data processor (Pelaksana) level 1; the school supervisor is a
/// functional position, which the agency must set.
#[test]
fn standards_follow_the_ladder_and_the_agency() {
    let agency = kinerja::sample::siulak_agency().unwrap();
    let catalogue = regulation::permenpanrb_38_2017_catalogue();
    let standards = Standards::default();
    let of = |id: &str| {
        let position = agency.position(&PositionId::new(id).unwrap()).unwrap();
        standards.standard_for(position, &catalogue)
    };
    let head = of("KADIS").unwrap();
    assert_eq!(head.required.len(), 9);
    assert!(head.required.values().all(|&l| l == level(4)));
    assert!(
        of("KASI-KUR")
            .unwrap()
            .required
            .values()
            .all(|&l| l == level(2))
    );
    assert!(
        of("PENGOLAH-DATA")
            .unwrap()
            .required
            .values()
            .all(|&l| l == level(1))
    );
    assert_eq!(
        of("PENGAWAS-SD"),
        Err(DevelopmentError::NoStandard {
            position: PositionId::new("PENGAWAS-SD").unwrap()
        })
    );
    // The agency adds a technical competency and sets the functional position.
    let sql = Competency::new(
        competency("TEK-DAPODIK"),
        CompetencyGroup::Technical,
        "Pengelolaan Dapodik",
    );
    let catalogue = catalogue.with([sql]).unwrap();
    let mut standards = Standards::default();
    standards.positions.insert(
        PositionId::new("PENGOLAH-DATA").unwrap(),
        BTreeMap::from([(competency("TEK-DAPODIK"), level(3))]),
    );
    standards.positions.insert(
        PositionId::new("PENGAWAS-SD").unwrap(),
        BTreeMap::from([(competency(regulation::INTEGRITY), level(3))]),
    );
    let processor = agency
        .position(&PositionId::new("PENGOLAH-DATA").unwrap())
        .unwrap();
    let with_own = standards.standard_for(processor, &catalogue).unwrap();
    assert_eq!(with_own.required.len(), 10);
    assert_eq!(with_own.required[&competency("TEK-DAPODIK")], level(3));
    let supervisor = agency
        .position(&PositionId::new("PENGAWAS-SD").unwrap())
        .unwrap();
    assert_eq!(
        standards
            .standard_for(supervisor, &catalogue)
            .unwrap()
            .required
            .len(),
        1
    );
    // A requirement the catalogue does not hold is refused, naming it.
    standards.positions.insert(
        PositionId::new("KASI-KUR").unwrap(),
        BTreeMap::from([(competency("TEK-NOPE"), level(2))]),
    );
    let kasi = agency
        .position(&PositionId::new("KASI-KUR").unwrap())
        .unwrap();
    assert_eq!(
        standards.standard_for(kasi, &catalogue),
        Err(DevelopmentError::UnknownCompetency {
            competency: competency("TEK-NOPE")
        })
    );
}

#[test]
fn catalogues_refuse_what_does_not_fit() {
    let a = Competency::new(competency("A"), CompetencyGroup::Technical, "A");
    assert_eq!(
        CompetencyCatalogue::new(vec![a.clone(), a.clone()], BTreeMap::new()),
        Err(DevelopmentError::DuplicateCompetency {
            competency: competency("A")
        })
    );
    let blank = Competency::new(competency("B"), CompetencyGroup::Technical, " ");
    assert_eq!(
        CompetencyCatalogue::new(vec![a.clone(), blank], BTreeMap::new()),
        Err(DevelopmentError::BlankName {
            competency: competency("B")
        })
    );
    let skills = BTreeMap::from([(SoftSkill::Teamwork, vec![competency("Z")])]);
    assert_eq!(
        CompetencyCatalogue::new(vec![a], skills),
        Err(DevelopmentError::UnknownCompetency {
            competency: competency("Z")
        })
    );
    for text in ["0", "6", "-1", "\"3\""] {
        assert!(
            serde_json::from_str::<CompetencyLevel>(text).is_err(),
            "{text}"
        );
    }
}

#[test]
fn development_values_survive_json() {
    let catalogue = regulation::permenpanrb_38_2017_catalogue()
        .with([Competency::new(
            competency("TEK-SQL"),
            CompetencyGroup::Technical,
            "Basis data",
        )
        .with_indicators(level(1), ["Menjalankan kueri yang disiapkan"])])
        .unwrap();
    let json = serde_json::to_string(&catalogue).unwrap();
    assert_eq!(
        serde_json::from_str::<CompetencyCatalogue>(&json).unwrap(),
        catalogue
    );
    // A functional rank on the ladder travels too (it could not be a JSON map key).
    let mut standards = Standards::default();
    standards.ladder.insert(
        kinerja::org::JobLevel::Functional(kinerja::org::FunctionalRank::ExpertJunior),
        level(3),
    );
    let json = serde_json::to_string(&standards).unwrap();
    assert_eq!(serde_json::from_str::<Standards>(&json).unwrap(), standards);
    let twice = r#"{"ladder": [{"job_level": "executor", "level": 1}, {"job_level": "executor", "level": 2}]}"#;
    assert!(serde_json::from_str::<Standards>(twice).is_err());
    let assessment = assessed("A", 3, 2, AssessmentSource::Superior);
    let json = serde_json::to_string(&assessment).unwrap();
    assert_eq!(
        serde_json::from_str::<Assessment>(&json).unwrap(),
        assessment
    );
    let rules = JpmRules::default();
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(serde_json::from_str::<JpmRules>(&json).unwrap(), rules);
    let result = jpm(&standard(&[("A", 3)]), &[assessment], &rules);
    let json = serde_json::to_string(&result).unwrap();
    assert_eq!(
        serde_json::from_str::<JobPersonMatch>(&json).unwrap(),
        result
    );
}

fn source() -> impl Strategy<Value = AssessmentSource> {
    prop::sample::select(vec![
        AssessmentSource::AssessmentCentre,
        AssessmentSource::Superior,
        AssessmentSource::SelfAssessment,
    ])
}

proptest! {
    /// The match stays within 0–100 % when levels are capped, never exceeds the match that
    /// counts surpluses, and a gap is a shortfall exactly when the counted level is below the
    /// required one.
    #[test]
    fn job_person_match_laws(
        required in prop::collection::vec(1u8..=5, 1..8),
        found in prop::collection::vec((prop::option::of(1u8..=5), 1u32..28, source()), 8),
    ) {
        let ids: Vec<String> = (0..required.len()).map(|i| format!("K{i}")).collect();
        let standard = standard(&ids.iter().map(String::as_str).zip(required.iter().copied()).collect::<Vec<_>>());
        let assessments: Vec<Assessment> = ids.iter().zip(&found)
            .filter_map(|(id, &(l, d, s))| l.map(|l| assessed(id, l, d, s)))
            .collect();
        let capped = jpm(&standard, &assessments, &JpmRules::default());
        let full = jpm(&standard, &assessments, &JpmRules::new(Percent::whole(90), Percent::whole(78), AboveStandard::Counted).unwrap());
        prop_assert!(capped.percent.is_none_or(|p| p <= Percent::whole(100)));
        prop_assert!(capped.percent <= full.percent);
        for gap in &capped.gaps {
            let below = gap.assessed.is_some_and(|a| a < gap.required);
            prop_assert_eq!(gap.is_shortfall(), below);
        }
        let complete = capped.gaps.iter().all(|g| g.assessed.is_some());
        prop_assert_eq!(
            capped.category,
            capped.percent.filter(|_| complete).map(|p| JpmRules::default().category(p))
        );
    }

    /// Which assessment counts does not depend on the order they are given in, and an
    /// assessment from a less trusted source never displaces one from a more trusted source.
    #[test]
    fn the_assessment_that_counts(
        found in prop::collection::vec((0usize..3, 1u8..=5, 1u32..28, source()), 1..12),
        shift in 0usize..12,
    ) {
        let assessments: Vec<Assessment> = found.iter()
            .map(|&(k, l, d, s)| assessed(&format!("K{k}"), l, d, s))
            .collect();
        let mut rotated = assessments.clone();
        rotated.rotate_left(shift % assessments.len());
        let rules = AssessmentRules::default();
        let counted = rules.counted(&rina(), &assessments);
        prop_assert_eq!(&counted, &rules.counted(&rina(), &rotated));
        let rank = |s: AssessmentSource| rules.precedence.iter().position(|&p| p == s);
        for (id, chosen) in &counted {
            for other in assessments.iter().filter(|a| &a.competency == id) {
                prop_assert!(rank(chosen.source) <= rank(other.source));
                if other.source == chosen.source {
                    prop_assert!(chosen.date >= other.date);
                }
            }
        }
    }
}

mod performance {
    use super::*;
    use kinerja::development::{PerformanceGapRules, PerformanceGapSource};
    use kinerja::evaluation::{CoreValue, ImprovementArea, NineBoxRules, Potential, TalentAction};

    fn siulak_year() -> kinerja::AgencyAppraisal {
        let input = kinerja::AgencyInput::new(kinerja::sample::siulak_records().unwrap()).unwrap();
        kinerja::appraise_agency(&input).unwrap()
    }

    /// The default mapping of the core values names only competencies of the national
    /// catalogue, and covers all seven values.
    #[test]
    fn the_default_rules_fit_the_national_catalogue() {
        let rules = PerformanceGapRules::default();
        assert!(
            rules
                .check(&regulation::permenpanrb_38_2017_catalogue())
                .is_ok()
        );
        assert_eq!(rules.values.len(), CoreValue::ALL.len());
        let mut unknown = rules.clone();
        unknown.indicators.insert(
            IndicatorId::new("IKI-KUR-1").unwrap(),
            vec![competency("TEK-NOPE")],
        );
        assert_eq!(
            unknown.check(&regulation::permenpanrb_38_2017_catalogue()),
            Err(DevelopmentError::UnknownCompetency {
                competency: competency("TEK-NOPE")
            })
        );
    }

    /// Each improvement area of an appraisal becomes one performance gap pointing at the
    /// competencies the rules map it onto, and a nine-box box that calls for competency
    /// development adds one more; nothing else does.
    #[test]
    fn gaps_follow_the_evaluation() {
        let year = siulak_year();
        let behind = year
            .employees
            .iter()
            .find_map(|e| {
                e.annual.improvement_areas.iter().find_map(|a| match a {
                    ImprovementArea::IndicatorBehindTarget { indicator, .. } => {
                        Some((e, indicator.clone()))
                    }
                    _ => None,
                })
            })
            .expect("the sample has an indicator behind target");
        let (employee, indicator) = behind;
        let mut rules = PerformanceGapRules::default();
        rules
            .indicators
            .insert(indicator.clone(), vec![competency("TEK-DAPODIK")]);
        let gaps = rules.gaps(&employee.annual, None);
        assert_eq!(gaps.len(), employee.annual.improvement_areas.len());
        let of_indicator = gaps
            .iter()
            .find(|g| matches!(&g.source, PerformanceGapSource::IndicatorBehindTarget { indicator: i, .. } if *i == indicator))
            .unwrap();
        assert_eq!(of_indicator.competencies, [competency("TEK-DAPODIK")]);
        for gap in &gaps {
            if let PerformanceGapSource::ValueBelowExpectation { value } = &gap.source {
                assert_eq!(&gap.competencies, &rules.values[value]);
            }
        }
        // Box 5 (meets, middle potential) calls for development; box 9 does not.
        let boxes = NineBoxRules::default();
        let middle = boxes.place(Decimal::from(100), Decimal::from(75)).unwrap();
        assert!(
            middle
                .actions
                .contains(&TalentAction::CompetencyDevelopment)
        );
        let with_box = rules.gaps(&employee.annual, Some(&middle));
        assert_eq!(with_box.len(), gaps.len() + 1);
        assert!(matches!(
            with_box.last().unwrap().source,
            PerformanceGapSource::TalentBox { .. }
        ));
        let top = boxes.place(Decimal::from(120), Decimal::from(90)).unwrap();
        assert_eq!(top.potential, Potential::High);
        assert_eq!(rules.gaps(&employee.annual, Some(&top)).len(), gaps.len());
    }

    /// No improvement area and no development in the box: no performance gap.
    #[test]
    fn no_shortfall_no_gap() {
        let year = siulak_year();
        let rules = PerformanceGapRules::default();
        for employee in &year.employees {
            let gaps = rules.gaps(&employee.annual, None);
            assert_eq!(
                gaps.is_empty(),
                employee.annual.improvement_areas.is_empty()
            );
        }
        let json = serde_json::to_string(&rules).unwrap();
        assert_eq!(
            serde_json::from_str::<PerformanceGapRules>(&json).unwrap(),
            rules
        );
    }
}

mod programmes {
    use super::*;
    use kinerja::development::{Jp, JpConversion, JpCredit, Method, Programme, ProgrammeCatalogue};
    use kinerja::id::ProgrammeId;

    fn converted(units: u32, months: u32, international: bool) -> JpCredit {
        JpCredit::Converted {
            units,
            months,
            international,
        }
    }

    fn fixed(jp: u32, international: bool) -> JpCredit {
        JpCredit::Fixed {
            jp: Jp::whole(jp),
            international,
        }
    }

    /// The LAN 10/2018 conversion of DOMAIN §6, worked by hand.
    #[test]
    fn jp_by_the_lan_conversion() {
        let lan = regulation::lan_10_2018_conversion();
        let jp = |method, credit| lan.jp(method, credit).unwrap();
        assert_eq!(jp(Method::Seminar, converted(3, 1, false)), Jp::whole(12)); // 3 × 4
        assert_eq!(jp(Method::Seminar, converted(3, 1, true)), Jp::whole(18)); // 3 × 6
        assert_eq!(jp(Method::Workshop, converted(2, 1, false)), Jp::whole(10)); // 2 × 5
        // Coaching: at most two sessions a month count, 2 JP each (4 abroad).
        assert_eq!(jp(Method::Coaching, converted(6, 2, false)), Jp::whole(8));
        assert_eq!(jp(Method::Coaching, converted(6, 3, false)), Jp::whole(12));
        assert_eq!(jp(Method::Mentoring, converted(2, 1, true)), Jp::whole(8));
        assert_eq!(
            jp(Method::Secondment, converted(1, 3, false)),
            Jp::whole(20)
        );
        assert_eq!(jp(Method::Internship, converted(1, 3, true)), Jp::whole(24));
        assert_eq!(
            jp(Method::Benchmarking, converted(1, 1, true)),
            Jp::whole(20)
        );
        assert_eq!(
            jp(Method::StudyLeave, converted(2, 12, false)),
            Jp::whole(40)
        );
        // Scheduled training states its JP; abroad it earns 20 % more.
        assert_eq!(
            jp(Method::TechnicalTraining, fixed(40, false)),
            Jp::whole(40)
        );
        assert_eq!(
            jp(Method::TechnicalTraining, fixed(40, true)),
            Jp::whole(48)
        );
        assert_eq!(
            lan.jp(Method::TechnicalTraining, converted(2, 1, false)),
            Err(DevelopmentError::NoConversion {
                method: Method::TechnicalTraining
            })
        );
        assert!(Method::Simulation.is_classical());
        assert!(!Method::OnTheJobGuidance.is_classical());
        assert!(serde_json::from_str::<Jp>("\"-1\"").is_err());
        let json = serde_json::to_string(&lan).unwrap();
        assert_eq!(serde_json::from_str::<JpConversion>(&json).unwrap(), lan);
    }

    fn programme(id: &str, requires: &[&str]) -> Programme {
        let mut p = Programme::new(
            ProgrammeId::new(id).unwrap(),
            format!("Program {id}"),
            Method::TechnicalTraining,
            fixed(20, false),
        );
        p.requires = requires
            .iter()
            .map(|r| ProgrammeId::new(*r).unwrap())
            .collect();
        p
    }

    fn catalogue(programmes: Vec<Programme>) -> Result<ProgrammeCatalogue, DevelopmentError> {
        ProgrammeCatalogue::new(
            programmes,
            &regulation::permenpanrb_38_2017_catalogue(),
            &regulation::lan_10_2018_conversion(),
        )
    }

    #[test]
    fn programmes_refuse_what_does_not_fit() {
        let pid = |id: &str| ProgrammeId::new(id).unwrap();
        assert_eq!(
            catalogue(vec![programme("A", &[]), programme("A", &[])]),
            Err(DevelopmentError::DuplicateProgramme {
                programme: pid("A")
            })
        );
        let mut blank = programme("A", &[]);
        blank.name = " ".to_owned();
        assert_eq!(
            catalogue(vec![blank]),
            Err(DevelopmentError::BlankProgrammeName {
                programme: pid("A")
            })
        );
        let mut costly = programme("A", &[]);
        costly.cost = Decimal::NEGATIVE_ONE;
        assert!(matches!(
            catalogue(vec![costly]),
            Err(DevelopmentError::NegativeCost { .. })
        ));
        let mut unknown = programme("A", &[]);
        unknown
            .competencies
            .insert(competency("TEK-NOPE"), level(2));
        assert_eq!(
            catalogue(vec![unknown]),
            Err(DevelopmentError::UnknownCompetency {
                competency: competency("TEK-NOPE")
            })
        );
        let mut upside_down = programme("A", &[]);
        upside_down
            .competencies
            .insert(competency(regulation::INTEGRITY), level(2));
        upside_down.prerequisite = Some(level(3));
        assert_eq!(
            catalogue(vec![upside_down]),
            Err(DevelopmentError::PrerequisiteAboveLevelGained {
                programme: pid("A"),
                competency: competency(regulation::INTEGRITY)
            })
        );
        assert_eq!(
            catalogue(vec![programme("A", &["Z"])]),
            Err(DevelopmentError::UnknownProgramme {
                programme: pid("A"),
                required: pid("Z")
            })
        );
        // D leads into the cycle B → C → E → B; the error names the cycle's smallest id.
        assert_eq!(
            catalogue(vec![
                programme("D", &["B"]),
                programme("B", &["C"]),
                programme("C", &["E"]),
                programme("E", &["B"]),
            ]),
            Err(DevelopmentError::PrerequisiteCycle {
                programme: pid("B")
            })
        );
        assert_eq!(
            catalogue(vec![programme("S", &["S"])]),
            Err(DevelopmentError::PrerequisiteCycle {
                programme: pid("S")
            })
        );
        let fine = catalogue(vec![programme("B", &["A"]), programme("A", &[])]).unwrap();
        assert_eq!(fine.get(&pid("B")).map(|(_, jp)| jp), Some(Jp::whole(20)));
        let json = serde_json::to_string(&fine).unwrap();
        let read: Vec<Programme> = serde_json::from_str(&json).unwrap();
        assert_eq!(catalogue(read).unwrap(), fine);
    }

    proptest! {
        /// A catalogue is refused for a cycle exactly when its requirements have one (an
        /// independent topological sort decides), and the programme named lies on a cycle.
        #[test]
        fn prerequisite_cycles_are_found(edges in prop::collection::vec((0usize..6, 0usize..6), 0..10)) {
            let names: Vec<String> = (0..6).map(|i| format!("P{i}")).collect();
            let mut requires: Vec<Vec<usize>> = vec![Vec::new(); 6];
            for &(from, to) in &edges {
                if !requires[from].contains(&to) { requires[from].push(to); }
            }
            let programmes: Vec<Programme> = (0..6).map(|i| {
                let r: Vec<&str> = requires[i].iter().map(|&j| names[j].as_str()).collect();
                programme(&names[i], &r)
            }).collect();
            // Kahn: repeatedly remove programmes whose requirements are all removed.
            let mut removed = [false; 6];
            loop {
                let next = (0..6).find(|&i| !removed[i] && requires[i].iter().all(|&j| removed[j]));
                match next { Some(i) => removed[i] = true, None => break }
            }
            let has_cycle = removed.iter().any(|r| !r);
            match catalogue(programmes) {
                Ok(_) => prop_assert!(!has_cycle),
                Err(DevelopmentError::PrerequisiteCycle { programme }) => {
                    prop_assert!(has_cycle);
                    let start = names.iter().position(|n| n == programme.as_str()).unwrap();
                    // The named programme reaches itself.
                    let mut seen = [false; 6];
                    let mut stack = requires[start].clone();
                    let mut returns = false;
                    while let Some(n) = stack.pop() {
                        if n == start { returns = true; break; }
                        if !seen[n] { seen[n] = true; stack.extend(requires[n].iter().copied()); }
                    }
                    prop_assert!(returns);
                }
                Err(other) => prop_assert!(false, "{other}"),
            }
        }
    }
}

/// The Siulak sample by hand: Rina heads a section (Pengawas: level 2 in all nine
/// competencies, 18 in all). The assessment centre's levels count over her superior's
/// (Pengambilan Keputusan 1, not 2); Integritas 3 counts as 2; three competencies were never
/// assessed. Over the six assessed: 2 + 2 + 2 + 2 + 1 + 1 = 10 of 12, 83.33 %, on a coverage
/// of 6 of 9, so no category; read as level 0 they make it 10 of 18: 55.56 %, less than
/// optimal.
#[test]
fn the_sample_job_person_match_by_hand() {
    let agency = kinerja::sample::siulak_agency().unwrap();
    let assessments = kinerja::sample::siulak_assessments().unwrap();
    let catalogue = CompetencyCatalogue::default();
    let position = agency
        .position(&PositionId::new("KASI-KUR").unwrap())
        .unwrap();
    let standard = Standards::default()
        .standard_for(position, &catalogue)
        .unwrap();
    let counted = AssessmentRules::default().counted(&rina(), &assessments);
    assert_eq!(
        counted[&competency(regulation::DECISION_MAKING)].level,
        level(1)
    );
    let jpm = JobPersonMatch::new(&standard, &counted, &JpmRules::default());
    assert_eq!(
        jpm.percent.unwrap().value(),
        Decimal::from(10) * Decimal::ONE_HUNDRED / Decimal::from(12)
    );
    assert_eq!((jpm.coverage.assessed, jpm.coverage.required), (6, 9));
    assert_eq!(jpm.category, None);
    assert_eq!(jpm.shortfalls().count(), 2);
    assert_eq!(jpm.unassessed().count(), 3);
    let zero = JpmRules::default().with_unassessed(Unassessed::AsLevelZero);
    let old = JobPersonMatch::new(&standard, &counted, &zero);
    assert_eq!(
        old.percent.unwrap().value(),
        Decimal::from(10) * Decimal::ONE_HUNDRED / Decimal::from(18)
    );
    assert_eq!(old.category, Some(JpmCategory::LessOptimal));
    assert_eq!(old.shortfalls().count(), 5);
}
