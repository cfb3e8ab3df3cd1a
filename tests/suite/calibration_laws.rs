//! Calibration laws: compliant, minimal (checked against brute force on small teams),
//! order-preserving and idempotent; compliance by hand on SE 3/2023.

use kinerja::evaluation::{
    Calibration, CalibrationEntry, ChangeReason, DEFAULT_MAX_TEAM, DistributionRules,
    EvaluationError, OrganisationPredicate, QuotaRounding, calibrate, check_distribution,
};
use kinerja::prelude::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn nip(i: usize) -> EmployeeNumber {
    EmployeeNumber::new(
        EmployeeKind::Pns,
        format!("1980010{}20050110{:02}", 1 + i % 9, i),
    )
    .unwrap()
}

fn predicate() -> impl Strategy<Value = Predicate> {
    prop::sample::select(Predicate::ALL.to_vec())
}

fn organisation() -> impl Strategy<Value = OrganisationPredicate> {
    prop::sample::select(vec![
        OrganisationPredicate::Exceptional,
        OrganisationPredicate::Good,
        OrganisationPredicate::NeedsImprovement,
        OrganisationPredicate::Poor,
        OrganisationPredicate::VeryPoor,
    ])
}

fn rounding() -> impl Strategy<Value = QuotaRounding> {
    prop::sample::select(vec![
        QuotaRounding::Strict,
        QuotaRounding::HalfUp,
        QuotaRounding::Floor,
        QuotaRounding::Ceiling,
    ])
}

fn team(max: usize) -> impl Strategy<Value = Vec<CalibrationEntry>> {
    prop::collection::vec((0..6_i64, predicate()), 0..=max).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (score, proposed))| CalibrationEntry {
                employee: nip(i),
                score: Decimal::from(score),
                proposed,
            })
            .collect()
    })
}

fn order_kept(result: &Calibration) -> bool {
    result.employees.iter().all(|a| {
        result
            .employees
            .iter()
            .all(|b| !(a.score > b.score && a.assigned < b.assigned))
    })
}

/// The fewest changes over every assignment of five predicates to the team (5^n of them)
/// that complies and keeps the score order; `None` if none does.
fn brute_force(
    rules: &DistributionRules,
    org: OrganisationPredicate,
    rounding: QuotaRounding,
    team: &[CalibrationEntry],
) -> Option<usize> {
    let n = team.len();
    let mut best = None;
    for code in 0..5_usize.pow(n as u32) {
        let assigned: Vec<Predicate> = (0..n)
            .map(|i| Predicate::ALL[code / 5_usize.pow(i as u32) % 5])
            .collect();
        let ordered = (0..n)
            .all(|i| (0..n).all(|j| !(team[i].score > team[j].score && assigned[i] < assigned[j])));
        if !ordered {
            continue;
        }
        if !check_distribution(rules, org, assigned.iter().copied(), rounding)
            .unwrap()
            .compliant
        {
            continue;
        }
        let changes = (0..n).filter(|&i| assigned[i] != team[i].proposed).count();
        if best.is_none_or(|b| changes < b) {
            best = Some(changes);
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn calibration_is_compliant_minimal_and_order_keeping(team in team(6), org in organisation(), rounding in rounding()) {
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let expected = brute_force(&rules, org, rounding, &team);
        match calibrate(&rules, org, rounding, &team, DEFAULT_MAX_TEAM) {
            Ok(result) => {
                prop_assert!(result.after.compliant);
                prop_assert!(order_kept(&result));
                prop_assert_eq!(Some(result.changes), expected);
                let counted = result.employees.iter().filter(|e| e.assigned != e.proposed).count();
                prop_assert_eq!(result.changes, counted);
                prop_assert!(result.employees.iter().all(|e| (e.assigned != e.proposed) == e.reason.is_some()));
                // Idempotent: calibrating the outcome changes nothing.
                let again: Vec<CalibrationEntry> = result.employees.iter()
                    .map(|e| CalibrationEntry { employee: e.employee, score: e.score, proposed: e.assigned })
                    .collect();
                let second = calibrate(&rules, org, rounding, &again, DEFAULT_MAX_TEAM).unwrap();
                prop_assert_eq!(second.changes, 0);
            }
            Err(EvaluationError::NoCompliantAssignment { .. }) => prop_assert_eq!(expected, None),
            Err(other) => prop_assert!(false, "{other}"),
        }
    }

    /// Larger teams: still compliant, order-keeping and idempotent; the input order does
    /// not matter.
    #[test]
    fn larger_teams(team in team(40), org in organisation(), rounding in rounding(), seed in any::<u64>()) {
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let Ok(result) = calibrate(&rules, org, rounding, &team, DEFAULT_MAX_TEAM) else { return Ok(()) };
        prop_assert!(result.after.compliant);
        prop_assert!(order_kept(&result));
        let mut shuffled = team.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let other = calibrate(&rules, org, rounding, &shuffled, DEFAULT_MAX_TEAM).unwrap();
        prop_assert_eq!(other, result);
    }

    /// A better result or behaviour rating never gives a worse predicate.
    #[test]
    fn better_ratings_never_give_worse_predicates(r1 in prop::sample::select(Rating::ALL.to_vec()), r2 in prop::sample::select(Rating::ALL.to_vec()), b1 in prop::sample::select(Rating::ALL.to_vec()), b2 in prop::sample::select(Rating::ALL.to_vec())) {
        let matrix = kinerja::regulation::permenpanrb_6_2022_matrix();
        if r1 <= r2 && b1 <= b2 {
            prop_assert!(matrix.predicate(r1, b1) <= matrix.predicate(r2, b2));
        }
    }
}

#[test]
fn quota_counts_by_rounding_rule() {
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let quotas = rules.quotas(OrganisationPredicate::Exceptional).unwrap();
    // 70 % of 7 is 4.9.
    assert_eq!(quotas[0].counts(7, QuotaRounding::Strict), (0, 4));
    assert_eq!(quotas[0].counts(7, QuotaRounding::HalfUp), (0, 5));
    assert_eq!(quotas[0].counts(7, QuotaRounding::Floor), (0, 4));
    assert_eq!(quotas[0].counts(7, QuotaRounding::Ceiling), (0, 5));
    // 60 % of 3 is 1.8: at least 2 under the strict rule.
    let bp = rules
        .quotas(OrganisationPredicate::NeedsImprovement)
        .unwrap();
    assert_eq!(bp[0].counts(3, QuotaRounding::Strict), (2, 3));
    assert_eq!(bp[0].counts(3, QuotaRounding::Floor), (1, 3));
}

#[test]
fn a_team_of_one_under_an_organisation_rated_good() {
    // Baik at most 70 % of 1 (0 under the strict rule), and at least one Butuh Perbaikan or
    // Kurang: the only employee, proposed Baik, must be Butuh Perbaikan.
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let team = [CalibrationEntry {
        employee: nip(0),
        score: Decimal::from(95),
        proposed: Predicate::Good,
    }];
    let result = calibrate(
        &rules,
        OrganisationPredicate::Good,
        QuotaRounding::Strict,
        &team,
        DEFAULT_MAX_TEAM,
    )
    .unwrap();
    assert_eq!(result.employees[0].assigned, Predicate::NeedsImprovement);
    assert!(matches!(
        result.employees[0].reason,
        Some(ChangeReason::Quotas { .. })
    ));
    assert!(
        result
            .render(Language::English)
            .contains("good -> needs improvement")
    );
}

#[test]
fn out_of_order_proposals_name_the_colleague() {
    // Under Istimewa (Sangat Baik at most 70 %): A scores 90 and is proposed Baik, B scores
    // 80 and is proposed Sangat Baik. Keeping B above A breaks the order: one must change.
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let team = [
        CalibrationEntry {
            employee: nip(0),
            score: Decimal::from(90),
            proposed: Predicate::Good,
        },
        CalibrationEntry {
            employee: nip(1),
            score: Decimal::from(80),
            proposed: Predicate::VeryGood,
        },
    ];
    let result = calibrate(
        &rules,
        OrganisationPredicate::Exceptional,
        QuotaRounding::Strict,
        &team,
        DEFAULT_MAX_TEAM,
    )
    .unwrap();
    assert_eq!(result.changes, 1);
    let changed = result
        .employees
        .iter()
        .find(|e| e.assigned != e.proposed)
        .unwrap();
    // The least-promoting fix moves B down to Baik, naming A.
    assert_eq!(changed.employee, nip(1));
    assert_eq!(
        changed.reason,
        Some(ChangeReason::Order { colleague: nip(0) })
    );
}

#[test]
fn impossible_and_oversized_teams_are_refused() {
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    // No one at all cannot provide "at least one Butuh Perbaikan or Kurang".
    assert!(matches!(
        calibrate(
            &rules,
            OrganisationPredicate::Good,
            QuotaRounding::Strict,
            &[],
            DEFAULT_MAX_TEAM
        ),
        Err(EvaluationError::NoCompliantAssignment { team: 0, .. })
    ));
    let team: Vec<CalibrationEntry> = (0..3)
        .map(|i| CalibrationEntry {
            employee: nip(i),
            score: Decimal::ONE,
            proposed: Predicate::Good,
        })
        .collect();
    assert_eq!(
        calibrate(
            &rules,
            OrganisationPredicate::Good,
            QuotaRounding::Strict,
            &team,
            2
        )
        .unwrap_err(),
        EvaluationError::TeamTooLarge { team: 3, limit: 2 }
    );
    let twice = [team[0], team[0]];
    assert!(matches!(
        calibrate(
            &rules,
            OrganisationPredicate::Good,
            QuotaRounding::Strict,
            &twice,
            9
        ),
        Err(EvaluationError::DuplicateEmployee { .. })
    ));
}
