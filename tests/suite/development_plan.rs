//! The development stage on the Siulak sample, the path an agency takes: the year's
//! appraisal and records in, needs, a plan, its traces and the training needs analysis out,
//! with figures worked by hand from the sample and DOMAIN §5–6; and bad input refused.
//!
//! These figures were worked by hand before issue 24, when a competency never assessed
//! counted as level 0. They run under that rule, [`Unassessed::AsLevelZero`], which must
//! reproduce them exactly; the default reading ("belum dinilai") is checked in
//! `development_missing.rs`.

use crate::common;

use kinerja::cascade::{Cascade, Level};
use kinerja::development::{
    Cause, DevelopmentError, DevelopmentRecords, EmployeeNeeds, IntendedMove, Jp, Need, NeedOrigin,
    NeedRules, NeedsRules, PlanRules, TraceNames, TrainingHistory, TrainingNeeds, Unassessed,
    development_needs, plan_development,
};
use kinerja::id::{CompetencyId, IndicatorId, NodeId, PositionId, ProgrammeId, UnitId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::sample;
use kinerja::{AgencyInput, Language, appraise_agency};
use rust_decimal::Decimal;

const RINA: &str = "198507192010012014";
const DEWI: &str = "199203032019032011";

fn pns(number: &str) -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, number).unwrap()
}

fn id(text: &str) -> CompetencyId {
    CompetencyId::new(text).unwrap()
}

struct Siulak {
    input: AgencyInput,
    needs: Vec<EmployeeNeeds>,
}

/// The sample's map of indicators onto competencies, a competency never assessed read as
/// level 0.
fn needs_rules() -> NeedsRules {
    NeedsRules {
        performance: sample::siulak_gap_rules().unwrap(),
        unassessed: Unassessed::AsLevelZero,
        ..NeedsRules::default()
    }
}

fn siulak_with(records: &DevelopmentRecords) -> Result<Siulak, DevelopmentError> {
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let year = appraise_agency(&input).unwrap();
    let needs = development_needs(
        input.cascade(),
        &year,
        &sample::siulak_competencies().unwrap(),
        &sample::siulak_standards().unwrap(),
        records,
        &needs_rules(),
    )?;
    Ok(Siulak { input, needs })
}

fn siulak() -> Siulak {
    siulak_with(&sample::siulak_development_records().unwrap()).unwrap()
}

fn of<'a>(needs: &'a [EmployeeNeeds], number: &str) -> &'a EmployeeNeeds {
    needs.iter().find(|e| e.employee == pns(number)).unwrap()
}

/// The goal above a node, found by walking the parents here rather than by the crate.
fn goal_above(cascade: &Cascade, node: &str) -> NodeId {
    let mut current = cascade.node(&NodeId::new(node).unwrap()).unwrap();
    while let Some(parent) = cascade.parent_of(current.id()) {
        current = parent;
    }
    assert_eq!(current.level(), Level::Goal);
    current.id().clone()
}

/// Rina heads the curriculum section (Pengawas: level 2 on the PermenPANRB 38/2017 ladder
/// for the eight managerial competencies and the socio-cultural one, and curriculum
/// development at 3 by the office's own standard): ten competencies, so each shortfall
/// weighs 100 / 10 = 10. The centre assessed her public service and decision making at 1
/// (the centre outranks her superior's 2), and never assessed managing change, developing
/// self and others, nation binding or curriculum (level 0). Her indicators met their targets.
#[test]
fn rinas_needs_are_her_standards_shortfalls() {
    let siulak = siulak();
    let rina = of(&siulak.needs, RINA);
    let found: Vec<(&str, u8, u8)> = rina
        .needs
        .iter()
        .map(|n| {
            (
                n.competency.as_str(),
                n.assessed.map_or(0, |l| l.get()),
                n.target.get(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("MAN-MENGELOLA-PERUBAHAN", 0, 2),
            ("MAN-PELAYANAN-PUBLIK", 1, 2),
            ("MAN-PENGAMBILAN-KEPUTUSAN", 1, 2),
            ("MAN-PENGEMBANGAN-DIRI", 0, 2),
            ("SOS-PEREKAT-BANGSA", 0, 2),
            ("TEK-KURIKULUM", 0, 3),
        ]
    );
    for need in &rina.needs {
        assert_eq!(need.importance, Decimal::from(10));
        assert!(matches!(
            &need.causes[..],
            [Cause {
                origin: NeedOrigin::CurrentPosition { .. },
                ..
            }]
        ));
    }
    assert_eq!(rina.taken, Jp::whole(6));
    assert_eq!(rina.unit, UnitId::new("DIK.SD.KUR").unwrap());
}

/// Dewi (pelaksana: level 1 on the ladder, education data at 2 by the office): her data
/// indicator IKI-DATA-1 is behind target, is the only indicator of her only main result
/// (100 % of her plan), and rests on education data alone, so it adds 100 × 100 % / 1 = 100
/// to the standard's 100 / 10 = 10: importance 110, from level 0 to 2.
#[test]
fn dewis_data_need_carries_her_indicator() {
    let siulak = siulak();
    let dewi = of(&siulak.needs, DEWI);
    let data = dewi
        .needs
        .iter()
        .find(|n| n.competency == id(sample::EDUCATION_DATA))
        .unwrap();
    assert_eq!((data.assessed, data.target.get()), (None, 2));
    assert_eq!(data.importance, Decimal::from(110));
    let weights: Vec<Decimal> = data.causes.iter().map(|c| c.weight).collect();
    assert_eq!(weights, [Decimal::from(100), Decimal::from(10)]);
    let NeedOrigin::Indicator { indicator, .. } = &data.causes[0].origin else {
        panic!("the heavier cause is the indicator: {:?}", data.causes[0]);
    };
    assert_eq!(indicator, &IndicatorId::new("IKI-DATA-1").unwrap());
    let goal = goal_above(siulak.input.cascade(), "RHK-DATA-1");
    assert_eq!(data.causes[0].goals.len(), 1);
    assert_eq!(data.causes[0].goals[0].goal, goal);
    let missions = siulak.input.cascade().node(&goal).unwrap().missions();
    assert_eq!(data.causes[0].goals[0].missions, missions);
}

/// Without a budget limit Dewi's data gap is closed by the Dapodik guidance (it teaches
/// level 3; the need stops at 2): 2 levels × 110 = 220, in its first run (Q1), 24 JP.
#[test]
fn dewis_data_gap_goes_to_the_dapodik_guidance() {
    let siulak = siulak();
    let programmes = sample::siulak_programmes().unwrap();
    let plan = plan_development(&siulak.needs, &programmes, &PlanRules::default()).unwrap();
    let dapodik = plan
        .of(&pns(DEWI))
        .find(|r| r.programme == ProgrammeId::new("P-DAPODIK").unwrap())
        .unwrap();
    assert_eq!(dapodik.value(), Decimal::from(220));
    assert_eq!(dapodik.closes[0].reaches.get(), 2);
    assert_eq!(dapodik.quarter, kinerja::period::Quarter::Q1);
    assert_eq!(dapodik.jp, Jp::whole(24));
    assert!(!dapodik.fill);
}

/// The trace of that recommendation runs programme ← gap ← indicator ← goal ← mission, in
/// that order, with names and statements, in both languages.
#[test]
fn a_trace_runs_from_the_programme_to_the_mission() {
    let siulak = siulak();
    let competencies = sample::siulak_competencies().unwrap();
    let programmes = sample::siulak_programmes().unwrap();
    let plan = plan_development(&siulak.needs, &programmes, &PlanRules::default()).unwrap();
    let names = TraceNames {
        cascade: siulak.input.cascade(),
        competencies: &competencies,
        programmes: &programmes,
    };
    let dapodik = plan
        .of(&pns(DEWI))
        .find(|r| r.programme == ProgrammeId::new("P-DAPODIK").unwrap())
        .unwrap();
    let goal = goal_above(siulak.input.cascade(), "RHK-DATA-1");
    let mission = siulak.input.cascade().node(&goal).unwrap().missions()[0].clone();
    for (language, gap, indicator) in [
        (Language::Indonesian, "kesenjangan", "indikator IKI-DATA-1"),
        (Language::English, "gap in", "indicator IKI-DATA-1"),
    ] {
        let lines = dapodik.trace(language, &names);
        assert_eq!(lines.len(), 2, "{lines:?}"); // the indicator and the standard
        let line = &lines[0];
        let order = [
            "Bimbingan Teknis Dapodik (P-DAPODIK)",
            gap,
            "Pengelolaan Data Pendidikan",
            indicator,
            goal.as_str(),
            mission.as_str(),
        ];
        let positions: Vec<usize> = order.iter().map(|part| line.find(part).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{line}");
        assert!(!line.contains('\n'));
    }
}

/// The analysis adds up: units sum to the agency; what was funded stays within the budget;
/// the budget of closing everything is the non-fill cost of the unlimited plan; the
/// uncovered weight is what the budgeted plan left open.
#[test]
fn the_training_needs_analysis_adds_up() {
    let siulak = siulak();
    let programmes = sample::siulak_programmes().unwrap();
    let rules = PlanRules {
        budget: Some(Decimal::from(5_000_000)),
        ..PlanRules::default()
    };
    let analysis = TrainingNeeds::of(&siulak.needs, &programmes, &rules).unwrap();
    let agency = &analysis.agency;
    assert!(agency.funded + agency.fills <= Decimal::from(5_000_000));
    let unlimited = plan_development(&siulak.needs, &programmes, &PlanRules::default()).unwrap();
    let needed: Decimal = unlimited
        .recommendations
        .iter()
        .filter(|r| !r.fill)
        .map(|r| r.cost)
        .sum();
    assert_eq!(agency.needed_budget, needed);
    assert!(agency.needed_budget > agency.funded);
    let open: Decimal = analysis
        .plan
        .employees
        .iter()
        .flat_map(|e| &e.open)
        .map(|o| o.value)
        .sum();
    assert_eq!(agency.uncovered, open);
    assert_eq!(agency.weight, analysis.plan.needed);
    let sum = |f: fn(&TrainingNeeds) -> Decimal| analysis.units.iter().map(f).sum::<Decimal>();
    assert_eq!(sum(|u| u.weight), agency.weight);
    assert_eq!(sum(|u| u.uncovered), agency.uncovered);
    assert_eq!(sum(|u| u.funded), agency.funded);
    assert_eq!(sum(|u| u.needed_budget), agency.needed_budget);
    assert_eq!(
        analysis.units.iter().map(|u| u.employees).sum::<usize>(),
        agency.employees
    );
    // Dewi's data indicator holds her goal back by at least 100 × 2 levels.
    let goal = goal_above(siulak.input.cascade(), "RHK-DATA-1");
    let held = agency.goals.iter().find(|g| g.goal == goal).unwrap();
    let data = held
        .competencies
        .iter()
        .find(|h| h.competency == id(sample::EDUCATION_DATA))
        .unwrap();
    assert!(data.weight >= Decimal::from(200));
    assert!(
        held.competencies
            .windows(2)
            .all(|w| w[0].weight >= w[1].weight)
    );
}

/// A budget of nothing funds nothing costly, yet hides nothing: every need stays open in
/// full unless a free programme closed it, and every JP missing is reported.
#[test]
fn a_budget_that_covers_nothing_says_what_it_left() {
    let siulak = siulak();
    let programmes = sample::siulak_programmes().unwrap();
    let rules = PlanRules {
        budget: Some(Decimal::ZERO),
        ..PlanRules::default()
    };
    let plan = plan_development(&siulak.needs, &programmes, &rules).unwrap();
    assert!(plan.recommendations.iter().all(|r| r.cost.is_zero()));
    assert_eq!(plan.spent, Decimal::ZERO);
    let closed: Decimal = plan.recommendations.iter().map(|r| r.value()).sum();
    let open: Decimal = plan
        .employees
        .iter()
        .flat_map(|e| &e.open)
        .map(|o| o.value)
        .sum();
    assert_eq!(closed + open, plan.needed);
    for employee in &plan.employees {
        let total = employee.taken.value() + employee.planned.value();
        assert_eq!(
            employee.shortfall.map(Jp::value),
            (total < Decimal::from(20)).then(|| Decimal::from(20) - total)
        );
    }
}

/// With no programme at all, every employee's 20 JP (less what they earned) is reported
/// missing, and no recommendation is made.
#[test]
fn without_programmes_the_whole_minimum_is_reported_missing() {
    let siulak = siulak();
    let none = kinerja::development::ProgrammeCatalogue::new(
        Vec::new(),
        &sample::siulak_competencies().unwrap(),
        &kinerja::development::JpConversion::default(),
    )
    .unwrap();
    let plan = plan_development(&siulak.needs, &none, &PlanRules::default()).unwrap();
    assert!(plan.recommendations.is_empty());
    let rina = plan.employee(&pns(RINA)).unwrap();
    assert_eq!(rina.shortfall, Some(Jp::whole(14))); // 20 − 6 earned
    assert_eq!(plan.value, Decimal::ZERO);
}

/// The path a service takes: records and rules as JSON in, the plan as JSON out and back.
#[test]
fn records_and_plans_travel_as_json() {
    let records = sample::siulak_development_records().unwrap();
    let json = serde_json::to_string(&records).unwrap();
    let read: DevelopmentRecords = serde_json::from_str(&json).unwrap();
    assert_eq!(read, records);
    let rules: NeedsRules =
        serde_json::from_str(&serde_json::to_string(&needs_rules()).unwrap()).unwrap();
    assert_eq!(rules, needs_rules());
    let siulak = siulak_with(&read).unwrap();
    let programmes = sample::siulak_programmes().unwrap();
    let plan_rules: PlanRules = serde_json::from_str(
        r#"{"budget": "20000000", "minimum": "20", "from": "q1", "jp_cap": "60"}"#,
    )
    .unwrap();
    let analysis = TrainingNeeds::of(&siulak.needs, &programmes, &plan_rules).unwrap();
    let out = serde_json::to_string(&analysis).unwrap();
    let back: kinerja::development::TrainingNeedsAnalysis = serde_json::from_str(&out).unwrap();
    assert_eq!(back, analysis);
    for employee in &analysis.plan.employees {
        assert!(employee.taken.value() + employee.planned.value() <= Decimal::from(60));
    }
}

/// An intended move adds the next position's shortfalls at half weight (default 50 over
/// the standard's ten competencies: 5 each).
#[test]
fn an_intended_move_adds_the_next_standard() {
    let mut records = sample::siulak_development_records().unwrap();
    records.moves.push(IntendedMove {
        employee: pns(RINA),
        position: PositionId::new("KABID-SD").unwrap(),
    });
    let siulak = siulak_with(&records).unwrap();
    let rina = of(&siulak.needs, RINA);
    // Administrator: level 3 on the ladder; her integrity is 3, so it is no need.
    let cooperation = rina
        .needs
        .iter()
        .find(|n| n.competency == id("MAN-KERJASAMA"))
        .unwrap();
    assert_eq!(
        (
            cooperation.assessed.map(|l| l.get()),
            cooperation.target.get()
        ),
        (Some(2), 3)
    );
    assert_eq!(cooperation.importance, Decimal::from(5));
    assert!(
        !rina
            .needs
            .iter()
            .any(|n| n.competency == id("MAN-INTEGRITAS"))
    );
    let change = rina
        .needs
        .iter()
        .find(|n| n.competency == id("MAN-MENGELOLA-PERUBAHAN"))
        .unwrap();
    assert_eq!(change.target.get(), 3);
    assert_eq!(change.importance, Decimal::from(15)); // 10 now + 5 for the move
}

#[test]
fn bad_records_and_rules_are_refused() {
    let mut records = sample::siulak_development_records().unwrap();
    let stranger = common::nip(77);
    records.history.push(TrainingHistory {
        employee: stranger,
        taken: Jp::ZERO,
        completed: std::collections::BTreeSet::new(),
        jp_cap: None,
    });
    assert_eq!(
        siulak_with(&records).err(),
        Some(DevelopmentError::UnknownEmployee { employee: stranger })
    );
    let mut records = sample::siulak_development_records().unwrap();
    records.history.push(records.history[0].clone());
    assert_eq!(
        siulak_with(&records).err(),
        Some(DevelopmentError::DuplicateEmployee {
            employee: records.history[0].employee
        })
    );
    let mut records = sample::siulak_development_records().unwrap();
    records.moves.push(IntendedMove {
        employee: pns(RINA),
        position: PositionId::new("NOWHERE").unwrap(),
    });
    assert_eq!(
        siulak_with(&records).err(),
        Some(DevelopmentError::UnknownPosition {
            position: PositionId::new("NOWHERE").unwrap()
        })
    );
    let step: Result<NeedRules, _> = serde_json::from_str(
        r#"{"current_position":"100","intended_position":"50","indicators":"100","core_values":"100","talent_box":"50","performance_step":0}"#,
    );
    assert_eq!(
        step.unwrap().check(),
        Err(DevelopmentError::PerformanceStep { step: 0 })
    );
}

#[test]
fn bad_plans_are_refused() {
    let siulak = siulak();
    let programmes = sample::siulak_programmes().unwrap();
    let negative = PlanRules {
        budget: Some(Decimal::NEGATIVE_ONE),
        ..PlanRules::default()
    };
    assert_eq!(
        plan_development(&siulak.needs, &programmes, &negative).err(),
        Some(DevelopmentError::NegativeBudget {
            budget: Decimal::NEGATIVE_ONE
        })
    );
    let mut twice = siulak.needs.clone();
    twice.push(siulak.needs[0].clone());
    assert_eq!(
        plan_development(&twice, &programmes, &PlanRules::default()).err(),
        Some(DevelopmentError::DuplicateEmployee {
            employee: siulak.needs[0].employee
        })
    );
    let mut doubled = siulak.needs.clone();
    let rina = doubled
        .iter_mut()
        .find(|e| e.employee == pns(RINA))
        .unwrap();
    let first: Need = rina.needs[0].clone();
    rina.needs.push(first.clone());
    assert_eq!(
        plan_development(&doubled, &programmes, &PlanRules::default()).err(),
        Some(DevelopmentError::DuplicateNeed {
            employee: pns(RINA),
            competency: first.competency
        })
    );
    let mut unknown = siulak.needs;
    unknown[0]
        .completed
        .insert(ProgrammeId::new("P-NONE").unwrap());
    assert_eq!(
        plan_development(&unknown, &programmes, &PlanRules::default()).err(),
        Some(DevelopmentError::UnknownCompletedProgramme {
            employee: unknown[0].employee,
            programme: ProgrammeId::new("P-NONE").unwrap()
        })
    );
}

/// The seeds of the `development` fuzz target (`fuzz/corpus/development`) are the sample's
/// development inputs, with and without a budget; `KINERJA_BLESS=1` rewrites them after a
/// deliberate change, and the target reads them as a whole input.
#[test]
fn the_development_fuzz_seeds_are_the_sample() {
    let siulak = siulak();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/development");
    for (name, budget) in [
        ("siulak_budget.json", Some(5_000_000)),
        ("siulak_unlimited.json", None),
    ] {
        let rules = PlanRules {
            budget: budget.map(Decimal::from),
            ..PlanRules::default()
        };
        let seed = serde_json::json!({
            "competencies": sample::siulak_competencies().unwrap(),
            "conversion": kinerja::development::JpConversion::default(),
            "programmes": sample::siulak_programmes().unwrap(),
            "needs": siulak.needs,
            "rules": rules,
        });
        let text = serde_json::to_string(&seed).unwrap();
        let path = folder.join(name);
        if std::env::var_os("KINERJA_BLESS").is_some() {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(text, file, "{name}");
    }
}
