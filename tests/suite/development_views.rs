//! The views of the development stage (issue 26): golden files in both languages from the
//! Siulak sample, a JSON round trip for every view, and no figure with more places than its
//! text shows.
//!
//! Run with `KINERJA_BLESS=1` to rewrite `tests/golden/output/view_*.json` after a
//! deliberate change, then read the diff.

use crate::common::views::{check_figures, check_golden, round_trips};
use kinerja::development::{
    AssessmentRules, JobPersonMatch, Jp, JpmRules, NeedsRules, PlanRules, TraceNames,
    TrainingNeeds, development_needs,
};
use kinerja::present::{DevelopmentPlanView, JpmView, NeedsView, Style, TrainingNeedsView};
use kinerja::{AgencyInput, Language, appraise_agency, sample};
use rust_decimal::Decimal;

/// Every development view of the Siulak sample in `language`.
struct Views {
    jpm: Vec<JpmView>,
    needs: Vec<NeedsView>,
    plan: DevelopmentPlanView,
    analysis: TrainingNeedsView,
}

fn views(language: Language) -> Views {
    let style = match language {
        Language::Indonesian => Style::indonesian(),
        Language::English => Style::english(),
    };
    let cascade = sample::siulak_cascade().unwrap();
    let competencies = sample::siulak_competencies().unwrap();
    let programmes = sample::siulak_programmes().unwrap();
    let standards = sample::siulak_standards().unwrap();
    let records = sample::siulak_development_records().unwrap();
    let names = TraceNames {
        cascade: &cascade,
        competencies: &competencies,
        programmes: &programmes,
    };
    let agency = cascade.agency();
    let mut jpm = Vec::new();
    for employee in agency.employees() {
        let counted = AssessmentRules::default().counted(employee.number(), &records.assessments);
        if counted.is_empty() {
            continue;
        }
        let position = agency.position(employee.position()).unwrap();
        let standard = standards.standard_for(position, &competencies).unwrap();
        let explained = JobPersonMatch::explain(
            employee.number(),
            &standard,
            &counted,
            &JpmRules::default(),
            &names,
        );
        jpm.push(JpmView::of(&explained, style));
    }
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let year = appraise_agency(&input).unwrap();
    let rules = NeedsRules {
        performance: sample::siulak_gap_rules().unwrap(),
        ..NeedsRules::default()
    };
    let needs =
        development_needs(&cascade, &year, &competencies, &standards, &records, &rules).unwrap();
    let plan_rules = PlanRules {
        budget: Some(Decimal::from(6_000_000)),
        jp_cap: Some(Jp::whole(80)),
        ..PlanRules::default()
    };
    let analysis = TrainingNeeds::of(&needs, &programmes, &plan_rules).unwrap();
    Views {
        jpm,
        needs: needs
            .iter()
            .map(|n| NeedsView::of(n, &names, style))
            .collect(),
        plan: DevelopmentPlanView::of(&analysis.plan.explain(&names), style),
        analysis: TrainingNeedsView::of(&analysis.explain(&names), style),
    }
}

#[test]
fn development_views_match_their_golden_files() {
    for language in [Language::Indonesian, Language::English] {
        let views = views(language);
        check_golden("view_job_person_match", language, &views.jpm);
        check_golden("view_needs", language, &views.needs);
        check_golden("view_development_plan", language, &views.plan);
        check_golden("view_training_needs", language, &views.analysis);
    }
}

#[test]
fn every_development_view_round_trips_through_json() {
    for language in [Language::Indonesian, Language::English] {
        let views = views(language);
        assert!(!views.jpm.is_empty() && !views.needs.is_empty());
        views.jpm.iter().for_each(round_trips);
        views.needs.iter().for_each(round_trips);
        round_trips(&views.plan);
        round_trips(&views.analysis);
    }
}

#[test]
fn no_development_view_figure_has_more_places_than_its_text() {
    for language in [Language::Indonesian, Language::English] {
        let views = views(language);
        let mut checked = 0;
        checked += check_figures(&serde_json::to_value(&views.jpm).unwrap(), language, "jpm");
        checked += check_figures(
            &serde_json::to_value(&views.needs).unwrap(),
            language,
            "needs",
        );
        checked += check_figures(
            &serde_json::to_value(&views.plan).unwrap(),
            language,
            "plan",
        );
        checked += check_figures(
            &serde_json::to_value(&views.analysis).unwrap(),
            language,
            "analysis",
        );
        assert!(checked > 100, "only {checked} figures found");
    }
}

#[test]
fn the_checker_refuses_a_figure_with_more_places_than_its_text() {
    let long = serde_json::json!({"value": "85.71428571428571428571428571", "text": "85,71 %"});
    let refused = std::panic::catch_unwind(|| check_figures(&long, Language::Indonesian, "x"));
    assert!(refused.is_err());
    let fine = serde_json::json!({"value": "85.71", "text": "85,71 %"});
    assert_eq!(check_figures(&fine, Language::Indonesian, "x"), 1);
    let rupiah = serde_json::json!({"value": "6000000", "text": "IDR 6,000,000"});
    assert_eq!(check_figures(&rupiah, Language::English, "x"), 1);
}

#[test]
fn development_views_name_people_and_things_without_codes_in_their_texts() {
    let views = views(Language::Indonesian);
    let rina = views
        .plan
        .employees
        .iter()
        .find(|e| e.employee.number == "198507192010012014")
        .unwrap();
    assert_eq!(rina.employee.name, "Rina Marlina, S.Pd.");
    assert_eq!(rina.employee.number_kind, "NIP");
    assert_eq!(
        rina.jp_text,
        "6 JP sudah diikuti + 36 JP direncanakan = 42 JP; minimal 20 JP tercapai"
    );
    let yanlik = rina
        .programmes
        .iter()
        .find(|p| p.programme.id == "P-YANLIK")
        .unwrap();
    assert_eq!(yanlik.programme.name, "Pelatihan Pelayanan Publik Prima");
    assert_eq!(yanlik.cost.text, "Rp 1.500.000");
    assert_eq!(yanlik.quarter.label, "Triwulan II");
    let cause = &yanlik.closes[0].causes[0];
    assert_eq!(cause.goals[0].goal.id, "T1");
    assert!(!cause.text.contains("KASI-KUR"), "{}", cause.text);
    assert_eq!(
        views.plan.spending,
        "terpakai Rp 1.500.000 dari anggaran Rp 6.000.000"
    );
    // Unassessed competencies say so; the JPM waits for full coverage.
    let unassessed = views
        .jpm
        .iter()
        .flat_map(|j| &j.competencies)
        .filter(|c| c.assessed.is_none())
        .collect::<Vec<_>>();
    assert!(!unassessed.is_empty());
    assert!(
        unassessed
            .iter()
            .all(|c| c.assessed_text == "belum dinilai")
    );
    assert_eq!(views.analysis.agency.budget_needed.text, "Rp 1.500.000");
    assert_eq!(views.analysis.units.len(), 5);
}

#[test]
fn cause_codes_are_the_wire_names_of_their_origins() {
    let cascade = sample::siulak_cascade().unwrap();
    let competencies = sample::siulak_competencies().unwrap();
    let programmes = sample::siulak_programmes().unwrap();
    let names = TraceNames {
        cascade: &cascade,
        competencies: &competencies,
        programmes: &programmes,
    };
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let year = appraise_agency(&input).unwrap();
    let rules = NeedsRules {
        performance: sample::siulak_gap_rules().unwrap(),
        ..NeedsRules::default()
    };
    let needs = development_needs(
        &cascade,
        &year,
        &competencies,
        &sample::siulak_standards().unwrap(),
        &sample::siulak_development_records().unwrap(),
        &rules,
    )
    .unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for employee in &needs {
        let view = NeedsView::of(employee, &names, Style::english());
        let causes = employee
            .needs
            .iter()
            .flat_map(|n| &n.causes)
            .chain(employee.assessment_needs.iter().flat_map(|n| &n.causes));
        let shown = view
            .needs
            .iter()
            .flat_map(|n| &n.causes)
            .chain(view.assessment_needs.iter().flat_map(|n| &n.causes));
        for (cause, shown) in causes.zip(shown) {
            let wire = serde_json::to_value(&cause.origin).unwrap();
            assert_eq!(wire["source"], serde_json::json!(shown.source.code));
            assert_eq!(shown.goals.len(), cause.goals.len());
            seen.insert(shown.source.code.clone());
        }
    }
    assert!(seen.len() >= 3, "{seen:?}");
}

/// The JPM view's sums are the competencies' own levels added up: the credited levels are
/// each counted competency's assessed level held at the standard, the required ones the
/// standard's levels of the same competencies; and the percent is the one from those sums.
#[test]
fn the_jpm_sums_add_up_the_competencies_shown() {
    for language in [Language::Indonesian, Language::English] {
        for view in views(language).jpm {
            let counted: Vec<_> = view
                .competencies
                .iter()
                .filter(|c| c.assessed.is_some())
                .collect();
            let credited: Decimal = counted
                .iter()
                .map(|c| c.assessed.as_ref().unwrap().value.min(c.required.value))
                .sum();
            let required: Decimal = counted.iter().map(|c| c.required.value).sum();
            assert_eq!(view.credited.value, credited, "{}", view.employee.name);
            assert_eq!(view.required.value, required, "{}", view.employee.name);
            assert!(
                view.sums_text.contains(&credited.to_string()),
                "{}",
                view.sums_text
            );
            if let Some(percent) = &view.percent {
                let exact = credited / required * Decimal::ONE_HUNDRED;
                assert_eq!(percent.value, exact.round_dp(2), "{}", view.employee.name);
            }
        }
    }
}
