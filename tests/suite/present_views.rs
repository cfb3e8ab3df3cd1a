//! Views for front ends: they say what the results say, in the caller's language, and the
//! public unit summary carries nobody's data.

use kinerja::evaluation::{OrganisationPredicate, Predicate, QuotaRounding};
use kinerja::present::{
    AppraisalView, DistributionView, LabelView, OrganisationView, Style, UnitSummaryView, percent,
};
use kinerja::{AgencyInput, Labelled, Language, appraise_agency, sample};

fn siulak() -> (AgencyInput, kinerja::evaluation::AgencyAppraisal) {
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let year = appraise_agency(&input).unwrap();
    (input, year)
}

/// The code of a view's label is the value's own name on the wire.
fn code_is_the_wire_name<T: serde::Serialize>(value: &T, view: &LabelView) {
    assert_eq!(
        serde_json::to_value(value).unwrap(),
        serde_json::json!(view.code)
    );
}

#[test]
fn label_codes_are_the_wire_names() {
    let (input, year) = siulak();
    for language in [Language::Indonesian, Language::English] {
        let style = Style {
            language,
            rounding: kinerja::num::Rounding::default(),
            granularity: kinerja::period::Granularity::Quarter,
        };
        for employee in &year.employees {
            for appraisal in employee.periodic.iter().chain([&employee.annual]) {
                let view = AppraisalView::of(appraisal, input.cascade(), style);
                code_is_the_wire_name(&appraisal.predicate, &view.predicate);
                code_is_the_wire_name(&appraisal.result_rating, &view.result_rating);
                for (value, shown) in appraisal.behaviour.values.iter().zip(&view.behaviour) {
                    code_is_the_wire_name(&value.value, &shown.value);
                    code_is_the_wire_name(&value.rating, &shown.rating);
                }
            }
        }
    }
    // Every predicate, not only those the sample reaches.
    let report = kinerja::evaluation::check_distribution(
        &kinerja::regulation::se_menpanrb_3_2023_quotas(),
        OrganisationPredicate::Good,
        Predicate::ALL,
        QuotaRounding::Strict,
    )
    .unwrap();
    let view = DistributionView::of(&report, Style::english());
    for (predicate, shown) in Predicate::ALL.iter().rev().zip(&view.counts) {
        code_is_the_wire_name(predicate, &shown.predicate);
        assert_eq!(shown.count, 1);
    }
    code_is_the_wire_name(&QuotaRounding::Strict, &view.rounding);
    code_is_the_wire_name(&OrganisationPredicate::Good, &view.organisation);
}

#[test]
fn an_appraisal_view_says_what_the_appraisal_says() {
    let (input, year) = siulak();
    let style = Style::indonesian();
    for employee in &year.employees {
        for appraisal in employee.periodic.iter().chain([&employee.annual]) {
            let view = AppraisalView::of(appraisal, input.cascade(), style);
            assert_eq!(view.achievement.value, appraisal.reported.value());
            assert_eq!(
                view.achievement.text,
                percent(
                    appraisal.reported.value(),
                    style.rounding,
                    Language::Indonesian
                )
            );
            assert_eq!(
                view.predicate.label,
                appraisal.predicate.label(Language::Indonesian)
            );
            assert_eq!(view.results.len(), appraisal.results.results.len());
            // The periodic appraisals run from January to the end of a quarter: the first
            // is the first quarter itself, the others the year so far up to their quarter
            // (January to June too, which is also the first semester); the annual one is
            // the year.
            let (first, last) = (appraisal.scope.first_month(), appraisal.scope.last_month());
            match (first, last) {
                (1, 3) => {
                    assert!(!view.year_to_date);
                    assert_eq!(view.period.name, "Triwulan I 2026");
                }
                (1, 12) => {
                    assert!(!view.year_to_date);
                    assert_eq!(view.period.name, "Tahun 2026");
                }
                (1, 6 | 9) => {
                    assert!(view.year_to_date);
                    let quarter = if last == 6 { "II" } else { "III" };
                    assert_eq!(view.period.name, format!("s.d. Triwulan {quarter} 2026"));
                }
                other => panic!("a periodic appraisal over months {other:?}"),
            }
            for result in &view.results {
                assert!(!result.statement.is_empty(), "{}", result.id);
                for indicator in &result.indicators {
                    assert!(!indicator.statement.is_empty(), "{}", indicator.id);
                }
            }
            let name = input
                .cascade()
                .agency()
                .employee(&employee.employee)
                .unwrap()
                .name();
            assert_eq!(view.employee.person.name, name);
            serde_json::to_string(&view).unwrap();
        }
    }
}

#[test]
fn the_organisation_view_reads_its_outcome() {
    let (input, year) = siulak();
    for outcome in &year.organisation {
        let view = OrganisationView::of(outcome, input.cascade(), Style::indonesian());
        assert_eq!(
            view.predicate.label,
            outcome.predicate.label(Language::Indonesian)
        );
        let objectives = outcome.score.as_ref().map_or(0, |s| s.objectives.len());
        assert_eq!(view.objectives.len(), objectives);
        serde_json::to_string(&view).unwrap();
    }
}

#[test]
fn a_distribution_view_counts_the_team() {
    let (_, year) = siulak();
    let report = year.distribution.as_ref().unwrap();
    let view = DistributionView::of(report, Style::indonesian());
    assert_eq!(
        view.counts.iter().map(|c| c.count).sum::<usize>(),
        report.team
    );
    assert_eq!(view.quotas.len(), report.checks.len());
    assert_eq!(view.compliant, report.checks.iter().all(|c| c.satisfied));
}

/// The public summary of every unit names no employee, no employee number and no position.
#[test]
fn a_unit_summary_carries_no_personal_data() {
    let (input, _) = siulak();
    let cascade = input.cascade();
    let agency = cascade.agency();
    let year: kinerja::period::Period = "2026".parse().unwrap();
    let mut indicators = 0;
    for unit in agency.units() {
        let view = UnitSummaryView::of(
            cascade,
            unit.id(),
            input.definitions(),
            input.measurements(),
            year,
            Style::indonesian(),
        )
        .unwrap();
        assert_eq!(view.unit.name, unit.name());
        indicators += view.indicators.len();
        let json = serde_json::to_string(&view).unwrap();
        for employee in agency.employees() {
            assert!(
                !json.contains(employee.name()),
                "{}: {}",
                unit.name(),
                employee.name()
            );
            assert!(!json.contains(&employee.number().to_string()));
        }
        for position in agency.positions() {
            assert!(
                !json.contains(position.title()),
                "{}: {}",
                unit.name(),
                position.title()
            );
        }
    }
    assert!(indicators > 0, "no unit had an indicator");
}
