//! Calibration laws: compliant, minimal (checked against brute force on small teams),
//! order-preserving and idempotent; identity never decides who moves among equal scores;
//! compliance by hand on SE 3/2023.

use kinerja::evaluation::{
    Calibration, CalibrationEntry, CalibrationRequest, ChangeReason, DistributionRules,
    EvaluationError, OrganisationPredicate, QuotaRounding, Reason, Tie, TieDecision, TiePlacement,
    TieRule, TieSettlement, calibrate, check_distribution,
};
use kinerja::prelude::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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

fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::ALL.to_vec())
}

fn team(max: usize) -> impl Strategy<Value = Vec<CalibrationEntry>> {
    prop::collection::vec((0..6_i64, predicate(), 0..3_i64, rating()), 0..=max).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (score, proposed, below, behaviour))| {
                // The unrounded figure lies within the half unit that rounds to the score.
                let unrounded = Decimal::from(score) - Decimal::new(below, 3);
                CalibrationEntry::new(nip(i), Decimal::from(score), proposed)
                    .with_figures(unrounded, behaviour)
            })
            .collect()
    })
}

fn tie_rule() -> impl Strategy<Value = TieRule> {
    prop::sample::select(vec![
        TieRule::LeaderDecides,
        TieRule::UnroundedThenBehaviour,
    ])
}

fn request(
    rules: &DistributionRules,
    org: OrganisationPredicate,
    rounding: QuotaRounding,
    tie_rule: TieRule,
) -> CalibrationRequest<'_> {
    CalibrationRequest::new(rules, org)
        .rounding(rounding)
        .tie_rule(tie_rule)
}

/// No one scored higher is assigned lower (those still waiting in a tie compare with no
/// one).
fn order_kept(result: &Calibration) -> bool {
    result.employees.iter().all(|a| {
        result
            .employees
            .iter()
            .all(|b| match (a.assigned, b.assigned) {
                (Some(x), Some(y)) => !(a.score > b.score && x < y),
                _ => true,
            })
    })
}

/// A decision a leader could take on each unresolved tie: the members ranked by the rule's
/// figures where it reads them, then in `order`; each predicate's places first to those
/// who proposed it, the places left over shared out highest first; within one proposal,
/// the higher predicates to the higher ranks.
fn decide(ties: &[Tie], order: impl Fn(&[TiePlace2]) -> Vec<usize>) -> Vec<TieDecision> {
    ties.iter()
        .filter(|t| t.is_unresolved())
        .map(|tie| {
            let members: Vec<TiePlace2> = tie
                .members
                .iter()
                .map(|m| (m.employee, m.proposed))
                .collect();
            let mut ranked = order(&members);
            if tie.rule.reads_figures() {
                let figures = |i: usize| (tie.members[i].unrounded, tie.members[i].behaviour);
                ranked.sort_by_key(|&i| std::cmp::Reverse(figures(i)));
            }
            let places: BTreeMap<Predicate, usize> =
                tie.places.iter().map(|p| (p.predicate, p.count)).collect();
            // Each proposal's own places, then the rest, highest first, to the proposals
            // in turn, as many as each has employees left.
            let mut outcomes: BTreeMap<Predicate, Vec<Predicate>> =
                members.iter().map(|m| (m.1, Vec::new())).collect();
            let mut rest: Vec<Predicate> = Vec::new();
            for (&predicate, &count) in &places {
                if members.iter().any(|m| m.1 == predicate) {
                    outcomes
                        .entry(predicate)
                        .or_default()
                        .extend(std::iter::repeat_n(predicate, count));
                } else {
                    rest.extend(std::iter::repeat_n(predicate, count));
                }
            }
            rest.sort_unstable_by(|a, b| b.cmp(a));
            let mut rest = rest.into_iter();
            for (&proposal, given) in outcomes.iter_mut().rev() {
                let size = members.iter().filter(|m| m.1 == proposal).count();
                while given.len() < size {
                    given.push(rest.next().unwrap());
                }
                given.sort_unstable_by(|a, b| b.cmp(a));
            }
            let placements = ranked
                .iter()
                .map(|&i| {
                    let (employee, proposal) = members[i];
                    let given = outcomes.get_mut(&proposal).unwrap();
                    TiePlacement {
                        employee,
                        predicate: given.remove(0),
                    }
                })
                .collect();
            TieDecision {
                placements,
                decided_by: nip(99),
                on: chrono::NaiveDate::from_ymd_opt(2027, 1, 12).unwrap(),
                reason: Reason::new("keputusan pimpinan").unwrap(),
            }
        })
        .collect()
}

/// A member of a tie as [`decide`] sees them.
type TiePlace2 = (EmployeeNumber, Predicate);

/// Each employee's outcome by `key` (their row before any relabelling): the predicate
/// assigned, or none while their tie awaits a decision.
fn outcomes(
    result: &Calibration,
    key: impl Fn(&EmployeeNumber) -> usize,
) -> BTreeMap<usize, Option<Predicate>> {
    result
        .employees
        .iter()
        .map(|e| (key(&e.employee), e.assigned))
        .collect()
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

    /// Once the leader decides every tie, the outcome complies, keeps the score order and
    /// changes exactly as few proposals as brute force finds possible.
    #[test]
    fn calibration_is_compliant_minimal_and_order_keeping(team in team(6), org in organisation(), rounding in rounding(), tie_rule in tie_rule()) {
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let expected = brute_force(&rules, org, rounding, &team);
        let asked = request(&rules, org, rounding, tie_rule);
        match calibrate(&asked, &team) {
            Ok(proposal) => {
                prop_assert!(proposal.after.compliant);
                prop_assert_eq!(Some(proposal.changes), expected);
                // Members of an unresolved tie, and only they, have no predicate yet.
                for e in &proposal.employees {
                    let waiting = proposal.tie_of(&e.employee).is_some_and(Tie::is_unresolved);
                    prop_assert_eq!(e.assigned.is_none(), waiting);
                }
                let decisions = decide(&proposal.ties, |members| (0..members.len()).collect());
                let result = calibrate(&asked.decisions(&decisions), &team).unwrap();
                prop_assert!(result.is_settled());
                prop_assert!(result.after.compliant);
                prop_assert!(order_kept(&result));
                prop_assert_eq!(result.changes, proposal.changes);
                let counted = result.employees.iter().filter(|e| e.assigned != Some(e.proposed)).count();
                prop_assert_eq!(result.changes, counted);
                prop_assert!(result.employees.iter().all(|e| (e.assigned != Some(e.proposed)) == e.reason.is_some()));
                // The quotas count what the outcome assigns.
                let assigned: Vec<Predicate> = result.employees.iter().filter_map(|e| e.assigned).collect();
                prop_assert!(check_distribution(&rules, org, assigned, rounding).unwrap().compliant);
                // Idempotent: calibrating the outcome changes nothing and finds no tie.
                let again: Vec<CalibrationEntry> = result.employees.iter()
                    .map(|e| CalibrationEntry::new(e.employee, e.score, e.assigned.unwrap()))
                    .collect();
                let second = calibrate(&asked, &again).unwrap();
                prop_assert_eq!(second.changes, 0);
                prop_assert!(second.ties.is_empty());
            }
            Err(EvaluationError::NoCompliantAssignment { .. }) => prop_assert_eq!(expected, None),
            Err(other) => prop_assert!(false, "{other}"),
        }
    }

    /// Identity never decides: renumbering the employees (PNS numbers into NI PPPK and back,
    /// so every order between them changes) and shuffling the input never changes who is
    /// moved, who waits in a tie, or what a decision gives, under every tie rule.
    #[test]
    fn relabelling_never_changes_who_moves(team in team(12), org in organisation(), rounding in rounding(), tie_rule in tie_rule(), seed in any::<u64>()) {
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let asked = request(&rules, org, rounding, tie_rule);
        let Ok(proposal) = calibrate(&asked, &team) else { return Ok(()) };
        let row = |n: &EmployeeNumber| team.iter().position(|e| &e.employee == n).unwrap();
        // New numbers: NI PPPK in the reverse order of the old, and a shuffled input.
        let relabel = |i: usize| EmployeeNumber::new(
            EmployeeKind::Pppk,
            format!("19900101202321{}{:03}", 1 + i % 2, 900 - i),
        ).unwrap();
        let mut renamed: Vec<CalibrationEntry> = team.iter().enumerate()
            .map(|(i, e)| CalibrationEntry { employee: relabel(i), ..*e })
            .collect();
        let mut state = seed | 1;
        for i in (1..renamed.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            renamed.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let new_row = |n: &EmployeeNumber| (0..team.len()).find(|&i| &relabel(i) == n).unwrap();
        let other = calibrate(&asked, &renamed).unwrap();
        prop_assert_eq!(outcomes(&other, new_row), outcomes(&proposal, row));
        let tied = |c: &Calibration, key: &dyn Fn(&EmployeeNumber) -> usize| -> Vec<Vec<usize>> {
            let mut ties: Vec<Vec<usize>> = c.ties.iter()
                .map(|t| { let mut m: Vec<usize> = t.members.iter().map(|m| key(&m.employee)).collect(); m.sort_unstable(); m })
                .collect();
            ties.sort();
            ties
        };
        prop_assert_eq!(tied(&other, &new_row), tied(&proposal, &row));
        // The same decisions, about the same people under their new numbers, give the same
        // outcome (taken in a random order of the members).
        let decisions = decide(&proposal.ties, |members| {
            let mut ranked: Vec<usize> = (0..members.len()).collect();
            ranked.sort_by_key(|&i| (seed.rotate_left(i as u32)) % 97);
            ranked
        });
        let renumbered: Vec<TieDecision> = decisions.iter().map(|d| TieDecision {
            placements: d.placements.iter()
                .map(|p| TiePlacement { employee: relabel(row(&p.employee)), predicate: p.predicate })
                .collect(),
            ..d.clone()
        }).collect();
        let decided = calibrate(&asked.decisions(&decisions), &team).unwrap();
        let decided_other = calibrate(&asked.decisions(&renumbered), &renamed).unwrap();
        prop_assert!(decided.is_settled());
        prop_assert_eq!(outcomes(&decided_other, new_row), outcomes(&decided, row));
    }

    /// Larger teams: still compliant, order-keeping and idempotent; the input order does
    /// not matter.
    #[test]
    fn larger_teams(team in team(40), org in organisation(), rounding in rounding(), seed in any::<u64>()) {
        let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
        let asked = request(&rules, org, rounding, TieRule::UnroundedThenBehaviour);
        let Ok(result) = calibrate(&asked, &team) else { return Ok(()) };
        prop_assert!(result.after.compliant);
        prop_assert!(order_kept(&result));
        let mut shuffled = team.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let other = calibrate(&asked, &shuffled).unwrap();
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
    let team = [CalibrationEntry::new(
        nip(0),
        Decimal::from(95),
        Predicate::Good,
    )];
    let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good);
    let result = calibrate(&request, &team).unwrap();
    assert_eq!(
        result.employees[0].assigned,
        Some(Predicate::NeedsImprovement)
    );
    assert!(matches!(
        result.employees[0].reason,
        Some(ChangeReason::Quotas { .. })
    ));
    let agency = kinerja::sample::siulak_agency().unwrap();
    assert!(
        result
            .render(&agency, Language::English)
            .contains("NIP 198001012005011000, 95.00%: from good to needs improvement")
    );
}

#[test]
fn out_of_order_proposals_name_the_colleague() {
    // Under Istimewa (Sangat Baik at most 70 %): A scores 90 and is proposed Baik, B scores
    // 80 and is proposed Sangat Baik. Keeping B above A breaks the order: one must change.
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let team = [
        CalibrationEntry::new(nip(0), Decimal::from(90), Predicate::Good),
        CalibrationEntry::new(nip(1), Decimal::from(80), Predicate::VeryGood),
    ];
    let request = CalibrationRequest::new(&rules, OrganisationPredicate::Exceptional);
    let result = calibrate(&request, &team).unwrap();
    assert_eq!(result.changes, 1);
    let changed = result
        .employees
        .iter()
        .find(|e| e.assigned != Some(e.proposed))
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
    let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good);
    assert!(matches!(
        calibrate(&request, &[]),
        Err(EvaluationError::NoCompliantAssignment { team: 0, .. })
    ));
    let team: Vec<CalibrationEntry> = (0..3)
        .map(|i| CalibrationEntry::new(nip(i), Decimal::ONE, Predicate::Good))
        .collect();
    assert_eq!(
        calibrate(&request.max_team(2), &team).unwrap_err(),
        EvaluationError::TeamTooLarge { team: 3, limit: 2 }
    );
    let twice = [team[0], team[0]];
    assert!(matches!(
        calibrate(&request, &twice),
        Err(EvaluationError::DuplicateEmployee { .. })
    ));
}

/// Ten employees, all proposed Baik, in an organisation rated Baik: at most 7 Baik (70 % of
/// 10) and at least one Butuh Perbaikan or Kurang. Scores 100 (four), 95 (four), 90 (two):
/// seven Baik places go to the four at 100 and three of the four at 95, so one of the four
/// at 95 moves down with the two at 90, and who is a choice among equals.
fn four_at_ninety_five() -> Vec<CalibrationEntry> {
    let scores = [100, 100, 100, 100, 95, 95, 95, 95, 90, 90];
    scores
        .iter()
        .enumerate()
        .map(|(i, &s)| CalibrationEntry::new(nip(i), Decimal::from(s), Predicate::Good))
        .collect()
}

#[test]
fn a_tie_at_the_boundary_waits_for_the_leader_and_names_everyone() {
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good);
    let team = four_at_ninety_five();
    let proposal = calibrate(&request, &team).unwrap();
    // Three changes: the two at 90, and one of the four at 95.
    assert_eq!(proposal.changes, 3);
    assert_eq!(proposal.ties.len(), 1);
    let tie = &proposal.ties[0];
    assert!(tie.is_unresolved());
    assert_eq!(tie.score, Decimal::from(95));
    let members: Vec<EmployeeNumber> = tie.members.iter().map(|m| m.employee).collect();
    assert_eq!(members, vec![nip(4), nip(5), nip(6), nip(7)]);
    let places: Vec<(Predicate, usize)> =
        tie.places.iter().map(|p| (p.predicate, p.count)).collect();
    assert_eq!(
        places,
        vec![(Predicate::Good, 3), (Predicate::NeedsImprovement, 1)]
    );
    // Those at 90 move without a choice; the four at 95 wait.
    assert_eq!(
        proposal.employees[8].assigned,
        Some(Predicate::NeedsImprovement)
    );
    assert!(
        proposal.employees[4..8]
            .iter()
            .all(|e| e.assigned.is_none())
    );
    let agency = kinerja::sample::siulak_agency().unwrap();
    let text = proposal.render(&agency, Language::Indonesian);
    assert!(text.contains("Nilai sama 95,00 % antara 4 pegawai"));
    assert!(text.contains("Tempat yang diisi: 3 Baik, 1 Butuh Perbaikan"));
    assert!(text.contains("menunggu keputusan pimpinan"));
    // An agency path cannot apply it until the leader decides.
    assert!(!proposal.is_settled());
}

#[test]
fn the_leaders_decision_settles_the_tie_and_is_checked() {
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good);
    let team = four_at_ninety_five();
    let decision = |lower: usize, places: &[(usize, Predicate)]| TieDecision {
        placements: places
            .iter()
            .map(|&(i, predicate)| TiePlacement {
                employee: nip(i),
                predicate,
            })
            .collect(),
        decided_by: nip(lower),
        on: chrono::NaiveDate::from_ymd_opt(2027, 1, 12).unwrap(),
        reason: Reason::new("Laporan terlambat").unwrap(),
    };
    let (good, needs) = (Predicate::Good, Predicate::NeedsImprovement);
    // The leader moves the first of them (the oldest number): allowed, the leader's call.
    let moved_first = [decision(0, &[(4, needs), (5, good), (6, good), (7, good)])];
    let result = calibrate(&request.decisions(&moved_first), &team).unwrap();
    assert!(result.is_settled());
    assert_eq!(result.changes, 3);
    let assigned = |r: &Calibration, i: usize| {
        r.employees
            .iter()
            .find(|e| e.employee == nip(i))
            .unwrap()
            .assigned
    };
    assert_eq!(assigned(&result, 4), Some(needs));
    assert_eq!(assigned(&result, 7), Some(good));
    assert!(matches!(
        result.ties[0].settled,
        TieSettlement::Decision { .. }
    ));
    // Two of them down where one place is open: refused.
    let too_many = [decision(0, &[(4, needs), (5, needs), (6, good), (7, good)])];
    assert!(matches!(
        calibrate(&request.decisions(&too_many), &team),
        Err(EvaluationError::TieDecisionRefused { .. })
    ));
    // A decision naming others than the tie: refused as matching no tie.
    let others = [decision(0, &[(3, needs), (5, good), (6, good), (7, good)])];
    assert!(matches!(
        calibrate(&request.decisions(&others), &team),
        Err(EvaluationError::TieDecisionUnmatched { .. })
    ));
}

#[test]
fn under_the_figures_rule_the_lowest_unrounded_achievement_moves() {
    let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good)
        .tie_rule(TieRule::UnroundedThenBehaviour);
    // The four at a reported 95: 95,004, 94,996, 95,001 and 95,001 with a better behaviour
    // rating. The lowest unrounded figure, 94,996 (the second of them), moves down.
    let figures = [
        (95_004, Rating::Meets),
        (94_996, Rating::Meets),
        (95_001, Rating::Meets),
        (95_001, Rating::Above),
    ];
    let mut team = four_at_ninety_five();
    for (entry, &(unrounded, behaviour)) in team[4..8].iter_mut().zip(&figures) {
        *entry = entry.with_figures(Decimal::new(unrounded, 3), behaviour);
    }
    for entry in team.iter_mut().filter(|e| e.unrounded.is_none()) {
        *entry = entry.with_figures(entry.score, Rating::Meets);
    }
    let result = calibrate(&request, &team).unwrap();
    assert!(result.is_settled());
    let mut moved: Vec<EmployeeNumber> = result
        .employees
        .iter()
        .filter(|e| e.assigned != Some(e.proposed))
        .map(|e| e.employee)
        .collect();
    moved.sort_unstable();
    let mut expected = vec![nip(5), nip(8), nip(9)];
    expected.sort_unstable();
    assert_eq!(moved, expected);
    assert_eq!(result.ties[0].settled, TieSettlement::Rule);
    let agency = kinerja::sample::siulak_agency().unwrap();
    let text = result.render(&agency, Language::English);
    assert!(
        text.contains("(unrounded achievement 94.996%, behaviour meets expectation)"),
        "{text}"
    );
    // A rule that reads figures refuses a tie whose members lack them.
    let bare = four_at_ninety_five();
    assert!(matches!(
        calibrate(&request, &bare),
        Err(EvaluationError::TieFigureMissing { .. })
    ));
}
