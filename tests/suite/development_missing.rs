//! Issue 24, missing data is not a verdict (DOMAIN §7): a competency never assessed is
//! "belum dinilai", not level 0. The Job Person Match states its coverage and leaves the
//! missing competency out of its sums; the needs analysis asks for an assessment, never for
//! training hours; the old reading (`Unassessed::AsLevelZero`) reproduces the old figures.
//! Checked by hand and against formulas written here, independently of the crate's code.

use chrono::NaiveDate;
use kinerja::development::{
    AboveStandard, Assessment, AssessmentNeed, AssessmentRules, AssessmentSource, Cause,
    CompetencyLevel, DevelopmentError, DevelopmentRecords, EmployeeNeeds, JobPersonMatch,
    JpmCategory, JpmCoverage, JpmRules, Need, NeedOrigin, NeedsRules, PlanRules, Standard,
    TrainingNeeds, Unassessed, development_needs, plan_development,
};
use kinerja::id::{CompetencyId, PositionId, UnitId};
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::num::Percent;
use kinerja::{AgencyAppraisal, AgencyInput, sample};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

fn level(l: u8) -> CompetencyLevel {
    CompetencyLevel::new(l).unwrap()
}

fn competency(id: &str) -> CompetencyId {
    CompetencyId::new(id).unwrap()
}

fn rina() -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap()
}

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 16).unwrap()
}

fn standard_of(levels: &[(String, u8)]) -> Standard {
    Standard::new(
        PositionId::new("KASI").unwrap(),
        levels
            .iter()
            .map(|(id, l)| (competency(id), level(*l)))
            .collect(),
    )
}

fn assessments(found: &[(String, u8)]) -> Vec<Assessment> {
    found
        .iter()
        .map(|(id, l)| {
            Assessment::new(
                rina(),
                competency(id),
                level(*l),
                on(),
                AssessmentSource::AssessmentCentre,
            )
        })
        .collect()
}

fn jpm(standard: &Standard, found: &[Assessment], rules: &JpmRules) -> JobPersonMatch {
    let counted = AssessmentRules::default().counted(&rina(), found);
    JobPersonMatch::new(standard, &counted, rules)
}

fn named(pairs: &[(&str, u8)]) -> Vec<(String, u8)> {
    pairs.iter().map(|&(id, l)| (id.to_owned(), l)).collect()
}

fn counted_in_full() -> JpmRules {
    JpmRules::new(
        Percent::whole(90),
        Percent::whole(78),
        AboveStandard::Counted,
    )
    .unwrap()
}

fn as_level_zero(rules: JpmRules) -> JpmRules {
    rules.with_unassessed(Unassessed::AsLevelZero)
}

fn percent_of(numerator: u32, denominator: u32) -> Percent {
    Percent::new(Decimal::from(numerator) * Decimal::ONE_HUNDRED / Decimal::from(denominator))
        .unwrap()
}

/// The standard asks A 3, B 3, C 2; A was assessed 2, B 4, C never.
///
/// - coverage: 2 of 3 competencies, 66,67 %;
/// - default (capped, C left out): (min(2, 3) + min(4, 3)) / (3 + 3) = 5 / 6 = 83,33 %;
///   below the default minimum coverage of 100 % there is no category;
/// - a minimum of 66,66 % is reached by 2 of 3 (200 ≥ 199,98): Cukup Optimal, since
///   78 ≤ 83,33 < 90; 66,67 % is not (200 < 200,01);
/// - counted in full: (2 + 4) / 6 = 100 %, Optimal at that minimum;
/// - C read as level 0 (the old rule): (2 + 3 + 0) / (3 + 3 + 2) = 5 / 8 = 62,5 %, Kurang
///   Optimal, C's gap its whole level 2.
#[test]
fn a_standard_worked_by_hand() {
    let standard = standard_of(&named(&[("A", 3), ("B", 3), ("C", 2)]));
    let found = assessments(&named(&[("A", 2), ("B", 4)]));
    let default = jpm(&standard, &found, &JpmRules::default());
    assert_eq!(default.coverage, JpmCoverage::new(2, 3));
    assert_eq!(
        default.coverage.percent.unwrap().value().round_dp(2),
        Decimal::new(6667, 2)
    );
    assert_eq!(default.percent, Some(percent_of(5, 6)));
    assert_eq!(
        default.percent.unwrap().value().round_dp(2),
        Decimal::new(8333, 2)
    );
    assert_eq!(default.category, None);
    let gaps: Vec<Option<i8>> = default.gaps.iter().map(|g| g.gap).collect();
    assert_eq!(gaps, [Some(1), Some(-1), None]);
    assert!(default.gaps[2].is_unassessed() && !default.gaps[2].is_shortfall());
    assert_eq!(default.shortfalls().count(), 1);

    let two_thirds = Percent::new(Decimal::new(6666, 2)).unwrap();
    let lenient = JpmRules::default()
        .with_minimum_coverage(two_thirds)
        .unwrap();
    assert_eq!(
        jpm(&standard, &found, &lenient).category,
        Some(JpmCategory::FairlyOptimal)
    );
    let just_above = JpmRules::default()
        .with_minimum_coverage(Percent::new(Decimal::new(6667, 2)).unwrap())
        .unwrap();
    assert_eq!(jpm(&standard, &found, &just_above).category, None);
    let full = counted_in_full().with_minimum_coverage(two_thirds).unwrap();
    let counted = jpm(&standard, &found, &full);
    assert_eq!(counted.percent, Some(Percent::whole(100)));
    assert_eq!(counted.category, Some(JpmCategory::Optimal));

    let old = jpm(&standard, &found, &as_level_zero(JpmRules::default()));
    assert_eq!(
        old.percent,
        Some(Percent::new(Decimal::new(625, 1)).unwrap())
    );
    assert_eq!(old.category, Some(JpmCategory::LessOptimal));
    assert_eq!(old.gaps[2].gap, Some(2));
    assert!(old.gaps[2].is_unassessed() && old.gaps[2].is_shortfall());
    assert_eq!(old.coverage, default.coverage);

    // Nothing assessed: no percent and no category, only the coverage 0 of 3.
    let none = jpm(&standard, &[], &JpmRules::default());
    assert_eq!((none.percent, none.category), (None, None));
    assert_eq!(none.coverage.percent, Some(Percent::ZERO));
    // Read as level 0 it was 0 %, Kurang Optimal.
    let zero = jpm(&standard, &[], &as_level_zero(JpmRules::default()));
    assert_eq!(zero.percent, Some(Percent::ZERO));
    assert_eq!(zero.category, Some(JpmCategory::LessOptimal));
}

#[test]
fn a_minimum_coverage_above_100_is_refused() {
    let above = Percent::new(Decimal::new(10001, 2)).unwrap();
    assert_eq!(
        JpmRules::default().with_minimum_coverage(above),
        Err(DevelopmentError::MinimumCoverage { minimum: above })
    );
    let json = r#"{"optimal_from": "90", "fairly_optimal_from": "78", "minimum_coverage": "101"}"#;
    assert!(serde_json::from_str::<JpmRules>(json).is_err());
    // Documents written before issue 24 read with the defaults.
    let old = r#"{"optimal_from": "90", "fairly_optimal_from": "78", "above_standard": "counted"}"#;
    let read: JpmRules = serde_json::from_str(old).unwrap();
    assert_eq!(read, counted_in_full());
    assert_eq!(read.unassessed(), Unassessed::NotAssessed);
    assert_eq!(read.minimum_coverage(), Percent::whole(100));
    let unknown = r#"{"optimal_from": "90", "fairly_optimal_from": "78", "unassessed": "as_zero"}"#;
    assert!(serde_json::from_str::<JpmRules>(unknown).is_err());
}

/// A standard of up to eight competencies K0… with levels 1–5, and for each an assessed
/// level or none.
fn standard_and_levels() -> impl Strategy<Value = (Vec<(String, u8)>, Vec<Option<u8>>)> {
    prop::collection::vec((1u8..=5, prop::option::of(1u8..=5)), 1..8).prop_map(|rows| {
        let standard = rows
            .iter()
            .enumerate()
            .map(|(i, &(r, _))| (format!("K{i}"), r))
            .collect();
        (standard, rows.into_iter().map(|(_, a)| a).collect())
    })
}

fn found_of(standard: &[(String, u8)], levels: &[Option<u8>]) -> Vec<(String, u8)> {
    standard
        .iter()
        .zip(levels)
        .filter_map(|((id, _), l)| l.map(|l| (id.clone(), l)))
        .collect()
}

/// Σ credited / Σ required, written out here: over the assessed competencies only, or over
/// all with a missing level as 0; `cap` holds a level at the standard.
fn expected_percent(
    standard: &[(String, u8)],
    levels: &[Option<u8>],
    cap: bool,
    missing_as_zero: bool,
) -> Option<Percent> {
    let (mut credited, mut required) = (0_u32, 0_u32);
    for ((_, r), l) in standard.iter().zip(levels) {
        let l = match (l, missing_as_zero) {
            (Some(l), _) => *l,
            (None, true) => 0,
            (None, false) => continue,
        };
        credited += u32::from(if cap { l.min(*r) } else { l });
        required += u32::from(*r);
    }
    (required > 0).then(|| percent_of(credited, required))
}

fn rules_strategy() -> impl Strategy<Value = JpmRules> {
    (
        0u32..=100,
        0u32..=100,
        any::<bool>(),
        any::<bool>(),
        0u32..=100,
    )
        .prop_map(|(a, b, counted, zero, minimum)| {
            let (high, low) = (a.max(b), a.min(b));
            let above = if counted {
                AboveStandard::Counted
            } else {
                AboveStandard::CappedAtStandard
            };
            let rules = JpmRules::new(Percent::whole(high), Percent::whole(low), above)
                .unwrap()
                .with_minimum_coverage(Percent::whole(minimum))
                .unwrap();
            if zero { as_level_zero(rules) } else { rules }
        })
}

proptest! {
    /// Coverage is assessed / required; the default percent is the formula over the assessed
    /// competencies (none when none was), the category is given exactly when the coverage
    /// reaches the minimum; a competency never assessed has no gap and is no shortfall.
    #[test]
    fn the_default_match_by_its_formula(
        (standard, levels) in standard_and_levels(),
        minimum in 0u32..=100,
        counted in any::<bool>(),
    ) {
        let base = if counted { counted_in_full() } else { JpmRules::default() };
        let rules = base.with_minimum_coverage(Percent::whole(minimum)).unwrap();
        let found = found_of(&standard, &levels);
        let result = jpm(&standard_of(&standard), &assessments(&found), &rules);
        let assessed = found.len();
        prop_assert_eq!(result.coverage.assessed, assessed);
        prop_assert_eq!(result.coverage.required, standard.len());
        prop_assert_eq!(result.coverage.percent, Some(percent_of(
            u32::try_from(assessed).unwrap(), u32::try_from(standard.len()).unwrap())));
        let expected = expected_percent(&standard, &levels, !counted, false);
        prop_assert_eq!(result.percent, expected);
        // 100 × assessed ≥ minimum × required, in whole numbers.
        let reaches = 100 * assessed >= minimum as usize * standard.len();
        prop_assert_eq!(result.category, expected.filter(|_| reaches).map(|p| rules.category(p)));
        for (gap, l) in result.gaps.iter().zip(&levels) {
            prop_assert_eq!(gap.is_unassessed(), l.is_none());
            prop_assert_eq!(gap.gap, l.map(|l| i8::try_from(gap.required.get()).unwrap() - i8::try_from(l).unwrap()));
            prop_assert_eq!(gap.is_shortfall(), l.is_some_and(|l| l < gap.required.get()));
        }
    }

    /// Under `AsLevelZero` the figures before issue 24: Σ min(level or 0, required) /
    /// Σ required (levels in full when counted), always a category, a missing competency's
    /// gap its whole required level.
    #[test]
    fn as_level_zero_reproduces_the_old_figures(
        (standard, levels) in standard_and_levels(),
        counted in any::<bool>(),
    ) {
        let base = if counted { counted_in_full() } else { JpmRules::default() };
        let rules = as_level_zero(base);
        let found = found_of(&standard, &levels);
        let result = jpm(&standard_of(&standard), &assessments(&found), &rules);
        let expected = expected_percent(&standard, &levels, !counted, true).unwrap();
        prop_assert_eq!(result.percent, Some(expected));
        prop_assert_eq!(result.category, Some(rules.category(expected)));
        for (gap, l) in result.gaps.iter().zip(&levels) {
            let level = l.unwrap_or(0);
            prop_assert_eq!(gap.gap, Some(i8::try_from(gap.required.get()).unwrap() - i8::try_from(level).unwrap()));
            prop_assert_eq!(gap.is_shortfall(), level < gap.required.get());
        }
    }

    /// A competency never assessed never lowers the match: the standard with it gives the
    /// same percent as the standard without it, under the default rules.
    #[test]
    fn an_unassessed_competency_never_lowers_the_match(
        (standard, levels) in standard_and_levels(),
        extra in 1u8..=5,
        counted in any::<bool>(),
    ) {
        let rules = if counted { counted_in_full() } else { JpmRules::default() };
        let found = assessments(&found_of(&standard, &levels));
        let without = jpm(&standard_of(&standard), &found, &rules);
        let mut wider = standard.clone();
        wider.push(("X-NEVER".to_owned(), extra));
        let with = jpm(&standard_of(&wider), &found, &rules);
        prop_assert_eq!(with.percent, without.percent);
        prop_assert_eq!(with.coverage.required, without.coverage.required + 1);
        prop_assert_eq!(with.coverage.assessed, without.coverage.assessed);
        // The verdict may only wait for data: a category with the extra competency is one
        // without it.
        if with.category.is_some() {
            prop_assert_eq!(with.category, without.category);
        }
    }

    /// An assessment at or above the standard never lowers the match, whether it fills a
    /// missing competency or raises a level: with levels capped at the standard (the
    /// default), and under any rules that read a missing level as 0. (Counted in full, a
    /// match over the assessed competencies may stand above 100 %, and one more competency
    /// exactly at its standard brings it nearer 100 %: that is the surplus offsetting, as
    /// the rule says, not a missing level counting against anyone.)
    #[test]
    fn an_assessment_at_the_standard_never_lowers_the_match(
        (standard, levels) in standard_and_levels(),
        pick in any::<prop::sample::Index>(),
        above in 0u8..=4,
        rules in rules_strategy(),
    ) {
        prop_assume!(rules.above_standard() == AboveStandard::CappedAtStandard
            || rules.unassessed() == Unassessed::AsLevelZero);
        let i = pick.index(standard.len());
        let before = jpm(&standard_of(&standard),
            &assessments(&found_of(&standard, &levels)), &rules);
        let mut raised = levels.clone();
        let required = standard[i].1;
        raised[i] = Some((required + above).min(5).max(levels[i].unwrap_or(0)));
        let after = jpm(&standard_of(&standard),
            &assessments(&found_of(&standard, &raised)), &rules);
        prop_assert!(after.percent.is_some());
        prop_assert!(after.percent >= before.percent, "{:?} then {:?}", before.percent, after.percent);
        prop_assert!(after.coverage.assessed >= before.coverage.assessed);
    }

    /// Renaming the competencies and giving the assessments in another order changes no
    /// figure: the same percent, coverage and category, the same gaps under the new names.
    #[test]
    fn relabelling_changes_no_outcome(
        (standard, levels) in standard_and_levels(),
        rules in rules_strategy(),
        shift in 0usize..8,
    ) {
        let found = found_of(&standard, &levels);
        let first = jpm(&standard_of(&standard), &assessments(&found), &rules);
        // New names in reverse order of the old ones, so the id order is reversed too.
        let rename = |id: &str| format!("Z{}", 9 - id[1..].parse::<usize>().unwrap());
        let renamed: Vec<(String, u8)> = standard.iter().map(|(id, l)| (rename(id), *l)).collect();
        let mut moved: Vec<(String, u8)> = found.iter().map(|(id, l)| (rename(id), *l)).collect();
        if !moved.is_empty() {
            let by = shift % moved.len();
            moved.rotate_left(by);
        }
        let second = jpm(&standard_of(&renamed), &assessments(&moved), &rules);
        prop_assert_eq!(first.percent, second.percent);
        prop_assert_eq!(first.coverage, second.coverage);
        prop_assert_eq!(first.category, second.category);
        let gaps = |m: &JobPersonMatch, name: &dyn Fn(&str) -> String| -> BTreeMap<String, (Option<i8>, bool)> {
            m.gaps.iter().map(|g| (name(g.competency.as_str()), (g.gap, g.is_unassessed()))).collect()
        };
        prop_assert_eq!(gaps(&first, &|id| rename(id)), gaps(&second, &|id| id.to_owned()));
    }

    /// The rules and the match travel as JSON text and back.
    #[test]
    fn rules_and_matches_survive_json((standard, levels) in standard_and_levels(), rules in rules_strategy()) {
        let text = serde_json::to_string(&rules).unwrap();
        prop_assert_eq!(serde_json::from_str::<JpmRules>(&text).unwrap(), rules);
        let result = jpm(&standard_of(&standard),
            &assessments(&found_of(&standard, &levels)), &rules);
        let text = serde_json::to_string(&result).unwrap();
        prop_assert_eq!(serde_json::from_str::<JobPersonMatch>(&text).unwrap(), result);
        let text = serde_json::to_string(&rules.unassessed()).unwrap();
        prop_assert_eq!(serde_json::from_str::<Unassessed>(&text).unwrap(), rules.unassessed());
    }
}

/// The Siulak year, appraised once for every test here.
fn siulak() -> &'static (AgencyInput, AgencyAppraisal) {
    static YEAR: OnceLock<(AgencyInput, AgencyAppraisal)> = OnceLock::new();
    YEAR.get_or_init(|| {
        let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
        let year = kinerja::appraise_agency(&input).unwrap();
        (input, year)
    })
}

fn needs_with(assessments: Vec<Assessment>, unassessed: Unassessed) -> Vec<EmployeeNeeds> {
    let (input, year) = siulak();
    let records = DevelopmentRecords {
        assessments,
        ..sample::siulak_development_records().unwrap()
    };
    let rules = NeedsRules {
        performance: sample::siulak_gap_rules().unwrap(),
        unassessed,
        ..NeedsRules::default()
    };
    development_needs(
        input.cascade(),
        year,
        &sample::siulak_competencies().unwrap(),
        &sample::siulak_standards().unwrap(),
        &records,
        &rules,
    )
    .unwrap()
}

/// Rina by hand, under the default: her standard (Pengawas, level 2 in the nine managerial
/// and socio-cultural competencies, curriculum 3) weighs 100 / 10 = 10 a competency. Only
/// public service and decision making are assessed below it (1 of 2): two training needs of
/// one level each. Managing change, developing others, nation binding and curriculum were
/// never assessed: four assessment needs of importance 10, each for her position's
/// standard, none of them training; the plan recommends nothing for them and lists them to
/// assess.
#[test]
fn rinas_unassessed_competencies_ask_for_an_assessment() {
    let needs = needs_with(
        sample::siulak_assessments().unwrap(),
        Unassessed::NotAssessed,
    );
    let mine = needs.iter().find(|e| e.employee == rina()).unwrap();
    let training: Vec<(&str, Option<u8>, u8)> = mine
        .needs
        .iter()
        .map(|n| {
            (
                n.competency.as_str(),
                n.assessed.map(|l| l.get()),
                n.target.get(),
            )
        })
        .collect();
    assert_eq!(
        training,
        [
            ("MAN-PELAYANAN-PUBLIK", Some(1), 2),
            ("MAN-PENGAMBILAN-KEPUTUSAN", Some(1), 2),
        ]
    );
    let to_assess: Vec<&str> = mine
        .assessment_needs
        .iter()
        .map(|a| a.competency.as_str())
        .collect();
    assert_eq!(
        to_assess,
        [
            "MAN-MENGELOLA-PERUBAHAN",
            "MAN-PENGEMBANGAN-DIRI",
            "SOS-PEREKAT-BANGSA",
            "TEK-KURIKULUM",
        ]
    );
    for need in &mine.assessment_needs {
        assert_eq!(need.importance, Decimal::from(10));
        assert!(matches!(
            &need.causes[..],
            [Cause { origin: NeedOrigin::CurrentPosition { .. }, goals, .. }] if !goals.is_empty()
        ));
    }
    let plan = plan_development(
        &needs,
        &sample::siulak_programmes().unwrap(),
        &PlanRules::default(),
    )
    .unwrap();
    let rinas = plan.employee(&rina()).unwrap();
    assert_eq!(
        rinas
            .to_assess
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>(),
        to_assess
    );
    for recommendation in plan.of(&rina()) {
        for closed in &recommendation.closes {
            assert!(!to_assess.contains(&closed.competency.as_str()));
        }
    }
}

/// Dewi's data indicator is behind target and rests on education data, which nobody
/// assessed: by default that is an assessment need carrying the indicator (weight 100, its
/// whole plan) and her standard (100 / 10 = 10), importance 110, and the indicator's goal.
/// Under the old rule it was a training need from level 0 to 2 of the same importance.
#[test]
fn dewis_indicator_asks_for_an_assessment_of_education_data() {
    let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011").unwrap();
    let data = competency(sample::EDUCATION_DATA);
    let needs = needs_with(
        sample::siulak_assessments().unwrap(),
        Unassessed::NotAssessed,
    );
    let hers = needs.iter().find(|e| e.employee == dewi).unwrap();
    assert!(hers.needs.iter().all(|n| n.competency != data));
    let need = hers
        .assessment_needs
        .iter()
        .find(|a| a.competency == data)
        .unwrap();
    assert_eq!(need.importance, Decimal::from(110));
    assert!(matches!(
        need.causes[0].origin,
        NeedOrigin::Indicator { .. }
    ));
    assert_eq!(need.causes[0].goals.len(), 1);
    let old = needs_with(
        sample::siulak_assessments().unwrap(),
        Unassessed::AsLevelZero,
    );
    let before = old
        .iter()
        .find(|e| e.employee == dewi)
        .unwrap()
        .needs
        .iter()
        .find(|n| n.competency == data)
        .unwrap();
    assert_eq!((before.assessed, before.target.get()), (None, 2));
    assert_eq!(before.importance, need.importance);
    assert_eq!(before.causes, need.causes);
}

/// The analysis counts employees to assess apart from those to train, and sums no budget
/// for them.
#[test]
fn the_analysis_counts_assessments_apart() {
    let needs = needs_with(
        sample::siulak_assessments().unwrap(),
        Unassessed::NotAssessed,
    );
    let analysis = TrainingNeeds::of(
        &needs,
        &sample::siulak_programmes().unwrap(),
        &PlanRules::default(),
    )
    .unwrap();
    let agency = &analysis.agency;
    let expected = needs
        .iter()
        .filter(|e| !e.assessment_needs.is_empty())
        .count();
    // Eight of the ten staff were never assessed at all, and Rina and Dewi only in part.
    assert_eq!(expected, 10);
    assert_eq!(agency.needing_assessment, expected);
    let all: usize = needs.iter().map(|e| e.assessment_needs.len()).sum();
    assert_eq!(
        agency
            .assessments
            .iter()
            .map(|a| a.employees)
            .sum::<usize>(),
        all
    );
    assert_eq!(
        analysis
            .units
            .iter()
            .map(|u| u.needing_assessment)
            .sum::<usize>(),
        agency.needing_assessment
    );
    // Only Rina has training needs (public service and decision making).
    assert_eq!(agency.with_needs, 1);
    assert!(
        agency
            .assessments
            .windows(2)
            .all(|w| w[0].weight >= w[1].weight)
    );
    let text = serde_json::to_string(&analysis).unwrap();
    assert_eq!(
        serde_json::from_str::<kinerja::development::TrainingNeedsAnalysis>(&text).unwrap(),
        analysis
    );
}

fn sample_assessments() -> Vec<Assessment> {
    sample::siulak_assessments().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever part of the sample's assessments is on record, and in whatever order: the
    /// default's training needs are exactly the old rule's needs of the competencies
    /// assessed, and its assessment needs exactly the old rule's needs of those never
    /// assessed, with the same causes and importance; no training need and no
    /// recommendation touches a competency never assessed.
    #[test]
    fn unassessed_competencies_become_assessment_needs(
        keep in prop::collection::vec(any::<bool>(), 12),
        shift in 0usize..12,
    ) {
        let mut kept: Vec<Assessment> = sample_assessments()
            .into_iter()
            .zip(&keep)
            .filter_map(|(a, k)| k.then_some(a))
            .collect();
        let default = needs_with(kept.clone(), Unassessed::NotAssessed);
        let old = needs_with(kept.clone(), Unassessed::AsLevelZero);
        if !kept.is_empty() {
            let by = shift % kept.len();
            kept.rotate_left(by);
        }
        prop_assert_eq!(&needs_with(kept, Unassessed::NotAssessed), &default);
        let text = serde_json::to_string(&default).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Vec<EmployeeNeeds>>(&text).unwrap(), &default);
        for (new, before) in default.iter().zip(&old) {
            prop_assert_eq!(new.employee, before.employee);
            let assessed: BTreeSet<&CompetencyId> = new.levels.keys().collect();
            let (known, unknown): (Vec<&Need>, Vec<&Need>) = before
                .needs
                .iter()
                .partition(|n| assessed.contains(&n.competency));
            prop_assert_eq!(new.needs.iter().collect::<Vec<_>>(), known);
            let asked: Vec<(&CompetencyId, Decimal, &Vec<Cause>)> = new
                .assessment_needs
                .iter()
                .map(|a| (&a.competency, a.importance, &a.causes))
                .collect();
            let was: Vec<(&CompetencyId, Decimal, &Vec<Cause>)> = unknown
                .iter()
                .map(|n| (&n.competency, n.importance, &n.causes))
                .collect();
            prop_assert_eq!(asked, was);
            for need in &new.needs {
                prop_assert!(need.assessed.is_some());
            }
        }
        let plan = plan_development(&default, &sample::siulak_programmes().unwrap(), &PlanRules::default()).unwrap();
        for recommendation in &plan.recommendations {
            let employee = default.iter().find(|e| e.employee == recommendation.employee).unwrap();
            for closed in &recommendation.closes {
                prop_assert!(employee.levels.contains_key(&closed.competency));
            }
        }
    }
}

fn teaching(id: &str, competencies: &[(&str, u8)], cost: i64) -> kinerja::development::Programme {
    use kinerja::development::{Jp, JpCredit, Method, Programme};
    let mut programme = Programme::new(
        kinerja::id::ProgrammeId::new(id).unwrap(),
        format!("Program {id}"),
        Method::TechnicalTraining,
        JpCredit::Fixed {
            jp: Jp::whole(8),
            international: false,
        },
    );
    programme.cost = Decimal::from(cost);
    for &(c, l) in competencies {
        programme.competencies.insert(competency(c), level(l));
    }
    programme
}

proptest! {
    /// The planner recommends nothing for an assessment need: adding any assessment needs,
    /// for competencies programmes teach, changes no recommendation and no figure of the
    /// plan; they only appear as competencies to assess.
    #[test]
    fn assessment_needs_create_no_training_hours(
        wants in prop::collection::vec((0usize..4, 0u8..3, 1u8..=5, 1u32..20), 0..4),
        asked in prop::collection::btree_set(0usize..4, 0..4),
        budget in prop::option::of(0i64..4_000_000),
        minimum in 0u32..30,
    ) {
        let names = ["C0", "C1", "C2", "C3"];
        let catalogue = kinerja::development::CompetencyCatalogue::new(
            names.iter().map(|n| kinerja::development::Competency::new(
                competency(n), kinerja::development::CompetencyGroup::Technical, *n)).collect(),
            BTreeMap::new(),
        ).unwrap();
        let programmes = kinerja::development::ProgrammeCatalogue::new(
            vec![
                teaching("P0", &[("C0", 3), ("C1", 2)], 1_000_000),
                teaching("P1", &[("C2", 4)], 0),
                teaching("P2", &[("C3", 5), ("C0", 5)], 2_500_000),
            ],
            &catalogue,
            &kinerja::development::JpConversion::default(),
        ).unwrap();
        let mut needs = BTreeMap::new();
        for &(c, from, target, weight) in &wants {
            let target = target.max(from + 1).min(5);
            let from = (from > 0).then(|| level(from));
            needs.insert(c, Need::new(competency(names[c]), from, level(target), vec![
                Cause::new(NeedOrigin::CoreValue { value: kinerja::evaluation::CoreValue::Adaptive }, Decimal::from(weight), vec![]),
            ]));
        }
        let plain = EmployeeNeeds::new(rina(), UnitId::new("U").unwrap(), needs.into_values().collect());
        let mut asking = plain.clone();
        asking.assessment_needs = asked.iter().map(|&c| AssessmentNeed::new(competency(names[c]), vec![
            Cause::new(NeedOrigin::CoreValue { value: kinerja::evaluation::CoreValue::Loyal }, Decimal::ONE, vec![]),
        ])).collect();
        let rules = PlanRules {
            budget: budget.map(Decimal::from),
            minimum: kinerja::development::Jp::whole(minimum),
            ..PlanRules::default()
        };
        let without = plan_development(&[plain], &programmes, &rules).unwrap();
        let with = plan_development(&[asking], &programmes, &rules).unwrap();
        prop_assert_eq!(&with.recommendations, &without.recommendations);
        prop_assert_eq!((with.value, with.needed, with.spent), (without.value, without.needed, without.spent));
        let (a, b) = (&with.employees[0], &without.employees[0]);
        prop_assert_eq!((a.planned, a.cost, a.shortfall, &a.open), (b.planned, b.cost, b.shortfall, &b.open));
        let listed: Vec<&str> = a.to_assess.iter().map(|c| c.as_str()).collect();
        let expected: Vec<&str> = asked.iter().map(|&c| names[c]).collect();
        prop_assert_eq!(listed, expected);
        prop_assert!(b.to_assess.is_empty());
        let text = serde_json::to_string(&with).unwrap();
        prop_assert_eq!(serde_json::from_str::<kinerja::development::DevelopmentPlan>(&text).unwrap(), with);
    }
}
