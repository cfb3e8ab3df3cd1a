//! Calibration: the compliant assignment of predicates closest to what leaders proposed.

use super::calibration_entry::CalibrationEntry;
use super::distribution::{
    ComplianceReport, DistributionRules, OrganisationPredicate, Quota, QuotaRounding,
    check_distribution,
};
use super::error::EvaluationError;
use super::rating::{PerPredicate, Predicate};
use super::tie::{Tie, TieDecision, TieRule, settle};
use crate::decimal_text;
use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::text::first_repeated;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The largest team calibrated by default. The search is exact and grows with the fourth
/// power of the team; units are normally far smaller.
pub const DEFAULT_MAX_TEAM: usize = 250;

/// Why an employee's predicate was changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "reason", remote = "Self")]
pub enum ChangeReason {
    /// The proposal put this employee out of score order with a colleague.
    Order {
        /// The colleague: scored higher but proposed lower (for a demotion), or scored lower
        /// but proposed higher (for a promotion).
        colleague: EmployeeNumber,
    },
    /// The proposal broke these quotas, which count the old or the new predicate.
    Quotas {
        /// The quotas broken.
        broken: Vec<Quota>,
    },
    /// Other changes moved past this employee, and the score order had to be kept.
    KeepsOrder,
}

crate::objects_only::objects_only!(ChangeReason);

/// One employee's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Calibrated {
    /// The employee.
    pub employee: EmployeeNumber,
    /// Their score.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
    /// The predicate proposed.
    pub proposed: Predicate,
    /// The predicate assigned; none while a tie the employee is in awaits the leader's
    /// decision (see [`Calibration::ties`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Predicate>,
    /// Why it changed, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<ChangeReason>,
}

crate::objects_only::objects_only!(Calibrated);

/// The result of a calibration: every employee (highest score first), how many changed, the
/// compliance of the proposal and of the outcome, and the ties it had to settle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Calibration {
    /// The proposal's compliance.
    pub before: ComplianceReport,
    /// The outcome's compliance (always compliant).
    pub after: ComplianceReport,
    /// Every employee, by score from the highest (equal scores listed by employee number:
    /// a listing order only, which decides nothing).
    pub employees: Vec<Calibrated>,
    /// How many predicates change (ties included, however they are settled).
    pub changes: usize,
    /// The ties: employees with equal scores among whom calibration had to choose, each
    /// settled by the rule or the leader's decision, or awaiting it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ties: Vec<Tie>,
}

crate::objects_only::objects_only!(Calibration);

/// How to calibrate a team: the quotas of its organisation's predicate, how a quota's
/// percentage becomes a number of people, who moves among equal scores, the leaders'
/// decisions on ties, and the largest team searched.
///
/// ```
/// use kinerja::evaluation::{CalibrationRequest, OrganisationPredicate, QuotaRounding, TieRule};
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good);
/// assert_eq!(request.rounding, QuotaRounding::Strict);
/// assert_eq!(request.tie_rule, TieRule::LeaderDecides);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CalibrationRequest<'a> {
    /// The distribution rules.
    pub distribution: &'a DistributionRules,
    /// The organisation's predicate, whose quotas apply.
    pub organisation: OrganisationPredicate,
    /// How a quota's percentage becomes a number of people. Default: strict.
    pub rounding: QuotaRounding,
    /// Who moves among equal scores. Default: the leader decides.
    pub tie_rule: TieRule,
    /// The leaders' decisions on ties. Default: none.
    pub decisions: &'a [TieDecision],
    /// The largest team searched. Default: [`DEFAULT_MAX_TEAM`].
    pub max_team: usize,
}

impl<'a> CalibrationRequest<'a> {
    /// A request with the defaults: strict rounding, ties decided by the leader, no
    /// decisions yet, teams up to [`DEFAULT_MAX_TEAM`].
    #[must_use]
    pub const fn new(
        distribution: &'a DistributionRules,
        organisation: OrganisationPredicate,
    ) -> Self {
        Self {
            distribution,
            organisation,
            rounding: QuotaRounding::Strict,
            tie_rule: TieRule::LeaderDecides,
            decisions: &[],
            max_team: DEFAULT_MAX_TEAM,
        }
    }

    /// The same request with another quota rounding.
    #[must_use]
    pub const fn rounding(mut self, rounding: QuotaRounding) -> Self {
        self.rounding = rounding;
        self
    }

    /// The same request with another tie rule.
    #[must_use]
    pub const fn tie_rule(mut self, rule: TieRule) -> Self {
        self.tie_rule = rule;
        self
    }

    /// The same request with the leaders' decisions on ties.
    #[must_use]
    pub const fn decisions(mut self, decisions: &'a [TieDecision]) -> Self {
        self.decisions = decisions;
        self
    }

    /// The same request with another largest team.
    #[must_use]
    pub const fn max_team(mut self, max_team: usize) -> Self {
        self.max_team = max_team;
        self
    }
}

impl Calibration {
    /// Whether every tie is settled, so that the calibration can be applied.
    #[must_use]
    pub fn is_settled(&self) -> bool {
        self.ties.iter().all(|t| !t.is_unresolved())
    }

    /// The ties awaiting the leader's decision.
    pub fn unresolved(&self) -> impl Iterator<Item = &Tie> {
        self.ties.iter().filter(|t| t.is_unresolved())
    }

    /// The tie the employee numbered `employee` is in, if any.
    #[must_use]
    pub fn tie_of(&self, employee: &EmployeeNumber) -> Option<&Tie> {
        self.ties.iter().find(|t| t.member(employee).is_some())
    }

    /// The outcome as text: the distribution after calibration, then each change on its
    /// own line with why (and, for a member of a tie, why them and not the others), then
    /// each tie that awaits the leader's decision. Employees are named as `agency` names
    /// them, with their number beside the name.
    #[must_use]
    pub fn render(&self, agency: &Agency, language: Language) -> String {
        let mut out = self.after.render(language);
        for e in &self.employees {
            let Some(assigned) = e.assigned.filter(|a| *a != e.proposed) else {
                continue;
            };
            let why = e
                .reason
                .as_ref()
                .map_or_else(String::new, |r| r.describe(agency, language));
            let (from, to) = match language {
                Language::Indonesian => ("dari", "menjadi"),
                Language::English => ("from", "to"),
            };
            out.push_str(&format!(
                "- {}, {}: {from} {} {to} {}; {why}\n",
                agency.who(&e.employee),
                crate::written::percent_exact(e.score, language),
                e.proposed.label(language),
                assigned.label(language)
            ));
            if let Some(tie) = self.tie_of(&e.employee) {
                out.push_str(&format!("  {}\n", tie.render(agency, language)));
            }
        }
        for tie in self.unresolved() {
            out.push_str(&format!("- {}\n", tie.render(agency, language)));
        }
        out
    }
}

impl ChangeReason {
    /// Why the predicate changed, in `language`, colleagues named as `agency` names them.
    #[must_use]
    pub fn describe(&self, agency: &Agency, language: Language) -> String {
        match (self, language) {
            (Self::Order { colleague }, Language::Indonesian) => {
                format!("menjaga urutan nilai dengan {}", agency.who(colleague))
            }
            (Self::Order { colleague }, Language::English) => {
                format!("keeps the score order with {}", agency.who(colleague))
            }
            (Self::Quotas { broken }, _) => {
                let rules: Vec<String> = broken.iter().map(|q| q.describe(language)).collect();
                let head = match language {
                    Language::Indonesian => "kuota yang dilanggar usulan",
                    Language::English => "quotas the proposal broke",
                };
                format!("{head}: {}", rules.join("; "))
            }
            (Self::KeepsOrder, Language::Indonesian) => {
                "menjaga urutan nilai setelah perubahan lain".to_owned()
            }
            (Self::KeepsOrder, Language::English) => {
                "keeps the score order after the other changes".to_owned()
            }
        }
    }
}

/// Finds predicates for a team that meet the quotas of its organisation's predicate, never
/// place a higher-scored employee below a lower-scored one, and change as few proposals as
/// possible; each change carries its reason.
///
/// The search is exact over every order-keeping assignment (equal scores may be assigned in
/// any order). Among assignments with the fewest changes it takes the one that moves the
/// fewest employees up, then the one with the most employees in the highest predicates: a
/// choice of how many take each predicate at each score, never of who. A proposal that
/// already complies and keeps the order is returned unchanged, so calibrating twice changes
/// nothing the second time.
///
/// Within equal scores, proposals are kept first, as many as there are places. Where more
/// employees proposed a predicate than it has places (or the places left over differ),
/// calibration must choose among equals: that is a [`Tie`], settled by the request's
/// [`TieRule`] or by a leader's [`TieDecision`], and otherwise reported as unresolved with
/// its members left without an assigned predicate. Who the employees are (number, kind,
/// name, input order) never decides.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{evaluation::*, prelude::*};
/// use kinerja::Decimal;
/// // Ten employees, all proposed Baik, in an organisation rated Baik: at most 7 Baik and
/// // at least one Butuh Perbaikan or Kurang. The three lowest scores move down.
/// let team = (0..10)
///     .map(|i| Ok(CalibrationEntry::new(
///         EmployeeNumber::new(EmployeeKind::Pns, format!("19800101200501100{i}"))?,
///         Decimal::from(100 - i),
///         Predicate::Good,
///     )))
///     .collect::<Result<Vec<_>, kinerja::Error>>()?;
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let request = CalibrationRequest::new(&rules, OrganisationPredicate::Good);
/// let result = calibrate(&request, &team)?;
/// assert_eq!(result.changes, 3);
/// assert!(result.after.compliant);
/// assert_eq!(result.employees[9].assigned, Some(Predicate::NeedsImprovement));
/// assert!(result.ties.is_empty());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::DuplicateEmployee`], [`EvaluationError::TeamTooLarge`] beyond
/// the request's `max_team`, [`EvaluationError::MissingOrganisationPredicate`],
/// [`EvaluationError::NoCompliantAssignment`] when no assignment meets the quotas,
/// [`EvaluationError::TieFigureMissing`] when the tie rule reads a figure an employee of a
/// tie lacks, [`EvaluationError::TieDecisionRefused`] for a decision that places the tie's
/// members otherwise than calibration may, and [`EvaluationError::TieDecisionUnmatched`]
/// for a decision that matches no tie.
pub fn calibrate(
    request: &CalibrationRequest<'_>,
    entries: &[CalibrationEntry],
) -> Result<Calibration, EvaluationError> {
    let n = entries.len();
    if n > request.max_team {
        return Err(EvaluationError::TeamTooLarge {
            team: n,
            limit: request.max_team,
        });
    }
    let (rules, organisation, rounding) =
        (request.distribution, request.organisation, request.rounding);
    let mut order: Vec<&CalibrationEntry> = entries.iter().collect();
    order.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(b.proposed.cmp(&a.proposed))
            .then(a.employee.cmp(&b.employee))
    });
    let mut numbers: Vec<EmployeeNumber> = entries.iter().map(|e| e.employee).collect();
    numbers.sort_unstable();
    if let Some(&employee) = first_repeated(&numbers, |n| n) {
        return Err(EvaluationError::DuplicateEmployee { employee });
    }
    let quotas = rules.quotas(organisation)?;
    let before = check_distribution(
        rules,
        organisation,
        entries.iter().map(|e| e.proposed),
        rounding,
    )?;
    let search = Search::new(&order, quotas, rounding);
    let best = search
        .best()
        .ok_or(EvaluationError::NoCompliantAssignment {
            organisation,
            team: n,
            rounding,
        })?;
    let mut used = vec![false; request.decisions.len()];
    let (assigned, ties) = search.assign(best, request.tie_rule, request.decisions, &mut used)?;
    if let Some(unused) = request
        .decisions
        .iter()
        .zip(&used)
        .find_map(|(d, used)| (!used).then_some(d))
    {
        return Err(EvaluationError::TieDecisionUnmatched {
            employees: unused.placements.iter().map(|p| p.employee).collect(),
        });
    }
    let after = check_distribution(rules, organisation, search.levels(best), rounding)?;
    let employees: Vec<Calibrated> = order
        .iter()
        .zip(&assigned)
        .map(|(entry, &to)| Calibrated {
            employee: entry.employee,
            score: entry.score,
            proposed: entry.proposed,
            assigned: to,
            reason: to
                .filter(|to| *to != entry.proposed)
                .map(|to| reason(entry, to, &order, &before)),
        })
        .collect();
    Ok(Calibration {
        before,
        after,
        employees,
        changes: search.changes(&best),
        ties,
    })
}

fn reason(
    entry: &CalibrationEntry,
    to: Predicate,
    order: &[&CalibrationEntry],
    before: &ComplianceReport,
) -> ChangeReason {
    let demoted = to < entry.proposed;
    let colleague = order.iter().find(|c| {
        if demoted {
            c.score > entry.score && c.proposed < entry.proposed
        } else {
            c.score < entry.score && c.proposed > entry.proposed
        }
    });
    if let Some(c) = colleague {
        return ChangeReason::Order {
            colleague: c.employee,
        };
    }
    let broken: Vec<Quota> = before
        .checks
        .iter()
        .filter(|check| !check.satisfied)
        .filter(|check| {
            check.quota.predicates.contains(&entry.proposed) || check.quota.predicates.contains(&to)
        })
        .map(|check| check.quota.clone())
        .collect();
    if broken.is_empty() {
        ChangeReason::KeepsOrder
    } else {
        ChangeReason::Quotas { broken }
    }
}

/// Counts per predicate, highest first: how many get Sangat Baik, Baik, Butuh Perbaikan,
/// Kurang/Misconduct, Sangat Kurang, down the score order.
type Composition = [usize; 5];

/// The exact search over order-keeping assignments.
struct Search<'a> {
    n: usize,
    /// The employees by score, highest first.
    order: &'a [&'a CalibrationEntry],
    /// `matches[level][i]`: positions before `i` whose proposal is `level` (highest first).
    matches: [Vec<usize>; 5],
    /// Tie blocks as position ranges.
    blocks: Vec<(usize, usize)>,
    /// The block of each position.
    block_of: Vec<usize>,
    /// Quotas with their allowed counts, in the predicates' usual order (lowest first).
    limits: Vec<(&'a Quota, usize, usize)>,
}

/// Highest first: level 0 is Sangat Baik.
const LEVELS: [Predicate; 5] = [
    Predicate::VeryGood,
    Predicate::Good,
    Predicate::NeedsImprovement,
    Predicate::PoorOrMisconduct,
    Predicate::VeryPoor,
];

impl<'a> Search<'a> {
    fn new(
        order: &'a [&'a CalibrationEntry],
        quotas: &'a [Quota],
        rounding: QuotaRounding,
    ) -> Self {
        let n = order.len();
        let matches = LEVELS.map(|level| {
            let mut prefix = Vec::with_capacity(n + 1);
            let mut count = 0;
            prefix.push(0);
            for entry in order {
                count += usize::from(entry.proposed == level);
                prefix.push(count);
            }
            prefix
        });
        let mut blocks = Vec::new();
        let mut block_of = Vec::with_capacity(n);
        let mut start = 0;
        for i in 0..n {
            let next_differs = match (order.get(i), order.get(i + 1)) {
                (Some(a), Some(b)) => a.score != b.score,
                _ => true,
            };
            block_of.push(blocks.len());
            if next_differs {
                blocks.push((start, i + 1));
                start = i + 1;
            }
        }
        let limits = quotas
            .iter()
            .map(|q| {
                let (lo, hi) = q.counts(n, rounding);
                (q, lo, hi)
            })
            .collect();
        Self {
            n,
            order,
            matches,
            blocks,
            block_of,
            limits,
        }
    }

    /// The allowed range for one level's count from quotas on that predicate alone.
    fn own_range(&self, level: usize) -> (usize, usize) {
        let predicate = LEVELS
            .get(level)
            .copied()
            .or_invariant(Predicate::VeryPoor, "level < 5");
        self.limits
            .iter()
            .filter(|(q, _, _)| q.predicates == [predicate])
            .fold((0, self.n), |(lo, hi), &(_, qlo, qhi)| {
                (lo.max(qlo), hi.min(qhi))
            })
    }

    fn complies(&self, c: &Composition) -> bool {
        // The search counts highest first; quotas read the predicates' own order.
        let lowest_first = PerPredicate::new([c[4], c[3], c[2], c[1], c[0]]);
        self.limits.iter().all(|(q, lo, hi)| {
            let count = q.count_in(&lowest_first);
            *lo <= count && count <= *hi
        })
    }

    /// The composition with the fewest changes (most generous on ties), if any complies.
    fn best(&self) -> Option<Composition> {
        let ranges: Vec<(usize, usize)> = (0..5).map(|level| self.own_range(level)).collect();
        let range = |level: usize, left: usize| {
            let (lo, hi) = ranges.get(level).copied().or_invariant((0, 0), "level < 5");
            (lo, hi.min(left))
        };
        let mut best: Option<((usize, usize), Composition)> = None;
        // Skip a whole branch when the changes it must make already exceed the best found.
        let hopeless = |best: &Option<((usize, usize), Composition)>, cut: usize, top: usize| {
            best.is_some_and(|((b, _), _)| self.forced_changes(cut, top) > b)
        };
        let (lo0, hi0) = range(0, self.n);
        for c0 in (lo0..=hi0).rev() {
            if hopeless(&best, c0, 1) {
                continue;
            }
            let (lo1, hi1) = range(1, self.n - c0);
            for c1 in (lo1..=hi1).rev() {
                if hopeless(&best, c0 + c1, 2) {
                    continue;
                }
                let (lo2, hi2) = range(2, self.n - c0 - c1);
                for c2 in (lo2..=hi2).rev() {
                    if hopeless(&best, c0 + c1 + c2, 3) {
                        continue;
                    }
                    let left = self.n - c0 - c1 - c2;
                    let (lo3, hi3) = range(3, left);
                    for c3 in (lo3..=hi3).rev() {
                        let c4 = left - c3;
                        let (lo4, hi4) = range(4, c4);
                        if c4 < lo4 || c4 > hi4 {
                            continue;
                        }
                        let composition = [c0, c1, c2, c3, c4];
                        if !self.complies(&composition) {
                            continue;
                        }
                        let changes = self.changes(&composition);
                        if best.is_some_and(|((b, _), _)| changes > b) {
                            continue;
                        }
                        let cost = (changes, self.promotions(&composition));
                        if best.is_none_or(|(b, _)| cost < b) {
                            best = Some((cost, composition));
                        }
                    }
                }
            }
        }
        best.map(|(_, c)| c)
    }

    /// A lower bound on the changes of any assignment whose top `top` levels fill the first
    /// `cut` positions: outside the tie block that `cut` splits (if any), positions before
    /// it keep a top level and positions after it a lower one, whatever else is chosen.
    fn forced_changes(&self, cut: usize, top: usize) -> usize {
        let (before, after) = match self.block_of.get(cut).and_then(|&b| self.blocks.get(b)) {
            Some(&(s, e)) if s < cut => (s, e),
            _ => (cut, cut),
        };
        let low_before: usize = (top..5)
            .map(|level| self.positional(level, 0, before))
            .sum();
        let high_after: usize = (0..top)
            .map(|level| self.positional(level, after, self.n))
            .sum();
        low_before + high_after
    }

    /// Segment ends (exclusive) of each level, highest first.
    fn ends(c: &Composition) -> [usize; 5] {
        let mut ends = [0; 5];
        let mut at = 0;
        for (end, count) in ends.iter_mut().zip(c) {
            at += count;
            *end = at;
        }
        ends
    }

    fn positional(&self, level: usize, from: usize, to: usize) -> usize {
        self.matches.get(level).map_or(0, |m| {
            m.get(to).copied().unwrap_or(0) - m.get(from).copied().unwrap_or(0)
        })
    }

    /// Positions assigned a higher predicate than proposed (position by position).
    fn promotions(&self, c: &Composition) -> usize {
        let ends = Self::ends(c);
        let mut start = 0;
        let mut up = 0;
        for (level, &end) in ends.iter().enumerate() {
            // Proposals at a lower predicate than this level are at higher level indices.
            for lower in level + 1..5 {
                up += self.positional(lower, start, end);
            }
            start = end;
        }
        up
    }

    /// Changes of a composition: positions whose level differs from the proposal, except
    /// that within a tie block split between levels the best matching counts.
    fn changes(&self, c: &Composition) -> usize {
        let ends = Self::ends(c);
        let mut matched = 0;
        let mut start = 0;
        for (level, &end) in ends.iter().enumerate() {
            matched += self.positional(level, start, end);
            start = end;
        }
        // The tie blocks a boundary falls inside (at most four), without allocating.
        let mut split = [usize::MAX; 4];
        for (slot, &b) in split.iter_mut().zip(ends.iter()) {
            if b == 0 || b >= self.n {
                continue;
            }
            if let Some(&block) = self.block_of.get(b) {
                let starts_inside = self.blocks.get(block).is_some_and(|&(s, _)| s < b);
                if starts_inside {
                    *slot = block;
                }
            }
        }
        for (k, &block) in split.iter().enumerate() {
            let repeated = split.get(..k).is_some_and(|before| before.contains(&block));
            if block == usize::MAX || repeated {
                continue;
            }
            let (s, e) = self
                .blocks
                .get(block)
                .copied()
                .or_invariant((0, 0), "a block of the team");
            let mut lo = 0;
            let (mut positional, mut best) = (0, 0);
            for (level, &hi) in ends.iter().enumerate() {
                let (from, to) = (lo.max(s), hi.min(e));
                lo = hi;
                if from >= to {
                    continue;
                }
                positional += self.positional(level, from, to);
                best += self.positional(level, s, e).min(to - from);
            }
            matched = matched + best - positional;
        }
        self.n - matched
    }

    /// The predicates of a composition, level by level down the score order, before equal
    /// scores are matched to their proposals: what the quotas count.
    fn levels(&self, c: Composition) -> Vec<Predicate> {
        let ends = Self::ends(&c);
        (0..self.n)
            .map(|i| {
                let level = ends.iter().position(|&end| i < end).unwrap_or(4);
                LEVELS
                    .get(level)
                    .copied()
                    .or_invariant(Predicate::VeryPoor, "level < 5")
            })
            .collect()
    }

    /// The predicates of a composition in score order, each block of equal scores settled
    /// by [`settle`] (none for members of an unresolved tie), and the ties found.
    fn assign(
        &self,
        c: Composition,
        rule: TieRule,
        decisions: &[TieDecision],
        used: &mut [bool],
    ) -> Result<(Vec<Option<Predicate>>, Vec<Tie>), EvaluationError> {
        let levels = self.levels(c);
        let mut out = Vec::with_capacity(self.n);
        let mut ties = Vec::new();
        for &(s, e) in &self.blocks {
            let block = self.order.get(s..e).unwrap_or(&[]);
            // How many of the block take each predicate, lowest first.
            let mut slots = [0_usize; 5];
            for predicate in levels.get(s..e).unwrap_or(&[]) {
                let at = Predicate::ALL.iter().position(|p| p == predicate);
                if let Some(slot) = at.and_then(|at| slots.get_mut(at)) {
                    *slot += 1;
                }
            }
            let settled = settle(block, slots, rule, decisions, used)?;
            out.extend(settled.assigned);
            ties.extend(settled.tie);
        }
        Ok((out, ties))
    }
}
