//! Calibration: the compliant assignment of predicates closest to what leaders proposed.

use super::distribution::{
    ComplianceReport, DistributionRules, OrganisationPredicate, Quota, QuotaRounding,
    check_distribution,
};
use super::error::EvaluationError;
use super::rating::{PerPredicate, Predicate};
use crate::decimal_text;
use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::text::first_repeated;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One employee as calibration sees them: a score and the predicate proposed.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::evaluation::CalibrationEntry> = serde_json::from_str(r#"
/// [
///   {
///     "employee": {
///       "kind": "pns",
///       "number": "197601012002121004"
///     },
///     "score": "100",
///     "proposed": "good"
///   },
///   {
///     "employee": {
///       "kind": "pns",
///       "number": "197811222003122002"
///     },
///     "score": "100",
///     "proposed": "good"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CalibrationEntry {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The score that orders employees (a higher score never ends below a lower one).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
    /// The predicate the leader proposed.
    pub proposed: Predicate,
}

crate::objects_only::objects_only!(CalibrationEntry);

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
    /// The predicate assigned.
    pub assigned: Predicate,
    /// Why it changed, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<ChangeReason>,
}

crate::objects_only::objects_only!(Calibrated);

/// The result of a calibration: every employee (highest score first), how many changed, and
/// the compliance of the proposal and of the outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Calibration {
    /// The proposal's compliance.
    pub before: ComplianceReport,
    /// The outcome's compliance (always compliant).
    pub after: ComplianceReport,
    /// Every employee, by score from the highest (ties by employee number).
    pub employees: Vec<Calibrated>,
    /// How many predicates changed.
    pub changes: usize,
}

crate::objects_only::objects_only!(Calibration);

impl Calibration {
    /// The changes as text, one per line.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let mut out = self.after.render(language);
        for e in self.employees.iter().filter(|e| e.assigned != e.proposed) {
            let why = match (&e.reason, language) {
                (Some(ChangeReason::Order { colleague }), Language::Indonesian) => {
                    format!("urutan nilai dengan {colleague}")
                }
                (Some(ChangeReason::Order { colleague }), Language::English) => {
                    format!("score order with {colleague}")
                }
                (Some(ChangeReason::Quotas { broken }), Language::Indonesian) => {
                    let rules: Vec<String> = broken.iter().map(|q| q.describe(language)).collect();
                    format!("kuota dilanggar: {}", rules.join("; "))
                }
                (Some(ChangeReason::Quotas { broken }), Language::English) => {
                    let rules: Vec<String> = broken.iter().map(|q| q.describe(language)).collect();
                    format!("quota broken: {}", rules.join("; "))
                }
                (_, Language::Indonesian) => "menjaga urutan nilai".to_owned(),
                (_, Language::English) => "keeps the score order".to_owned(),
            };
            out.push_str(&format!(
                "{} ({}): {} -> {} [{why}]\n",
                e.employee,
                crate::written::exact(e.score, language),
                e.proposed.label(language),
                e.assigned.label(language)
            ));
        }
        out
    }
}

/// Finds predicates for a team that meet the quotas of its organisation's predicate, never
/// place a higher-scored employee below a lower-scored one, and change as few proposals as
/// possible; each change carries its reason.
///
/// The search is exact over every order-keeping assignment (equal scores may be assigned in
/// any order). Among assignments with the fewest changes it takes the one that moves the
/// fewest employees up (counted position by position, before equal scores are matched to
/// their proposals), then the one with the most employees in the highest predicates. A
/// proposal that already complies and keeps the order is returned unchanged, so calibrating
/// twice changes nothing the second time.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{evaluation::*, prelude::*};
/// use rust_decimal::Decimal;
/// // Ten employees, all proposed Baik, in an organisation rated Baik: at most 7 Baik and
/// // at least one Butuh Perbaikan or Kurang. The three lowest scores move down.
/// let team = (0..10)
///     .map(|i| Ok(CalibrationEntry {
///         employee: EmployeeNumber::new(EmployeeKind::Pns, format!("19800101200501100{i}"))?,
///         score: Decimal::from(100 - i),
///         proposed: Predicate::Good,
///     }))
///     .collect::<Result<Vec<_>, kinerja::Error>>()?;
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let result = calibrate(&rules, OrganisationPredicate::Good, QuotaRounding::Strict, &team, 250)?;
/// assert_eq!(result.changes, 3);
/// assert!(result.after.compliant);
/// assert_eq!(result.employees[9].assigned, Predicate::NeedsImprovement);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::DuplicateEmployee`], [`EvaluationError::TeamTooLarge`] beyond
/// `max_team`, [`EvaluationError::MissingOrganisationPredicate`], and
/// [`EvaluationError::NoCompliantAssignment`] when no assignment meets the quotas.
pub fn calibrate(
    rules: &DistributionRules,
    organisation: OrganisationPredicate,
    rounding: QuotaRounding,
    entries: &[CalibrationEntry],
    max_team: usize,
) -> Result<Calibration, EvaluationError> {
    let n = entries.len();
    if n > max_team {
        return Err(EvaluationError::TeamTooLarge {
            team: n,
            limit: max_team,
        });
    }
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
    let assigned = search.assign(best);
    let after = check_distribution(rules, organisation, assigned.iter().copied(), rounding)?;
    let employees: Vec<Calibrated> = order
        .iter()
        .zip(&assigned)
        .map(|(entry, &to)| Calibrated {
            employee: entry.employee,
            score: entry.score,
            proposed: entry.proposed,
            assigned: to,
            reason: (to != entry.proposed).then(|| reason(entry, to, &order, &before)),
        })
        .collect();
    let changes = employees
        .iter()
        .filter(|e| e.assigned != e.proposed)
        .count();
    Ok(Calibration {
        before,
        after,
        employees,
        changes,
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

    /// The predicates of a composition, in score order, with tie blocks matched to proposals.
    fn assign(&self, c: Composition) -> Vec<Predicate> {
        let ends = Self::ends(&c);
        let level_at = |i: usize| ends.iter().position(|&end| i < end).unwrap_or(4);
        let mut out: Vec<Predicate> = (0..self.n)
            .map(|i| {
                LEVELS
                    .get(level_at(i))
                    .copied()
                    .or_invariant(Predicate::VeryPoor, "level < 5")
            })
            .collect();
        for &(s, e) in &self.blocks {
            let mut available = [0_usize; 5];
            for i in s..e {
                if let Some(slot) = available.get_mut(level_at(i)) {
                    *slot += 1;
                }
            }
            if available.iter().filter(|&&k| k > 0).count() < 2 {
                continue;
            }
            let mut given: Vec<Option<Predicate>> = vec![None; e - s];
            for (slot, entry) in given.iter_mut().zip(self.order.get(s..e).unwrap_or(&[])) {
                let level = LEVELS
                    .iter()
                    .position(|&p| p == entry.proposed)
                    .or_invariant(4, "every predicate is a level");
                if let Some(k) = available.get_mut(level).filter(|k| **k > 0) {
                    *k -= 1;
                    *slot = Some(entry.proposed);
                }
            }
            let mut rest = LEVELS
                .iter()
                .zip(available)
                .flat_map(|(&p, k)| std::iter::repeat_n(p, k));
            for (i, slot) in given.into_iter().enumerate() {
                let predicate = slot.or_else(|| rest.next()).unwrap_or(Predicate::VeryPoor);
                if let Some(place) = out.get_mut(s + i) {
                    *place = predicate;
                }
            }
        }
        out
    }
}
