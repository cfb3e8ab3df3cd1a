//! The exact search behind calibration: of the order-keeping assignments that meet every
//! quota, the one with the fewest changes (then the fewest promotions, then the most
//! generous), in about the cube of the team's size over six.
//!
//! An order-keeping assignment gives the employees, highest score first, Sangat Baik, then
//! Baik, …, down to Sangat Kurang: it is fixed by four boundaries `e1 ≤ e2 ≤ e3 ≤ e4` in the
//! score order. Its matches with the proposals add up level by level (a block of equal
//! scores cut by a boundary counts its best matching, since its members are interchangeable),
//! so the search fixes `e3`, sweeps `e1 ≤ e2 ≤ e3`, and takes the best `e4` the quotas leave
//! from a range-maximum table over `e4`. Branches that cannot beat the best found are cut by
//! exact bounds (the best any boundaries could match on either side, quotas ignored), and
//! quotas that count the same predicates are merged first, so a rules document with many
//! quotas costs little more than one with few.

use super::calibration_entry::CalibrationEntry;
use super::distribution::{Quota, QuotaRounding};
use super::error::EvaluationError;
use super::rating::Predicate;
use super::tie::{Tie, TieDecision, TieRule, settle};
use crate::invariant::Invariant;
use std::cmp::Reverse;

/// Counts per predicate, highest first: how many get Sangat Baik, Baik, Butuh Perbaikan,
/// Kurang/Misconduct, Sangat Kurang, down the score order.
pub(super) type Composition = [usize; 5];

/// Highest first: level 0 is Sangat Baik.
const LEVELS: [Predicate; 5] = [
    Predicate::VeryGood,
    Predicate::Good,
    Predicate::NeedsImprovement,
    Predicate::PoorOrMisconduct,
    Predicate::VeryPoor,
];

/// The levels (bit `k` for level `k`, highest first) a quota counts, and the counts it
/// allows.
#[derive(Debug, Clone, Copy)]
struct Limit {
    levels: u8,
    lo: usize,
    hi: usize,
}

/// How good a candidate is: most matches, then fewest promotions, then the most generous
/// boundaries (the larger `e1`, then `e2`, …). Larger is better.
type Rank = (usize, Reverse<usize>, [usize; 4]);

/// The best `e4` for one `e3`, in a range: most matches on levels 3 and 4, fewest
/// promotions there, the larger `e4`. Larger is better.
type Right = (usize, Reverse<usize>, usize);

/// The exact search over order-keeping assignments.
pub(super) struct Search<'a> {
    n: usize,
    /// The employees by score, highest first.
    order: &'a [&'a CalibrationEntry],
    /// `matches[level][i]`: positions before `i` whose proposal is `level` (highest first).
    matches: [Vec<usize>; 5],
    /// Tie blocks as position ranges.
    blocks: Vec<(usize, usize)>,
    /// The block of each position.
    block_of: Vec<usize>,
    /// The quotas, merged by the levels they count; never-binding ones left out.
    limits: Vec<Limit>,
}

impl<'a> Search<'a> {
    pub(super) fn new(
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
        Self {
            n,
            order,
            matches,
            blocks,
            block_of,
            limits: merged_limits(quotas, n, rounding),
        }
    }

    fn positional(&self, level: usize, from: usize, to: usize) -> usize {
        self.matches.get(level).map_or(0, |m| {
            m.get(to)
                .copied()
                .unwrap_or(0)
                .saturating_sub(m.get(from).copied().unwrap_or(0))
        })
    }

    /// The tie block holding position `i`.
    fn block(&self, i: usize) -> (usize, usize) {
        self.block_of
            .get(i)
            .and_then(|&b| self.blocks.get(b))
            .copied()
            .or_invariant((i, i + 1), "every position is in a block")
    }

    /// The matches with the proposals of giving `level` to positions `s..e`: position by
    /// position, except that a block of equal scores the range cuts counts its best
    /// matching (min of its proposals at `level` and its positions in the range).
    fn matched(&self, level: usize, s: usize, e: usize) -> usize {
        if s >= e {
            return 0;
        }
        let (head_start, head_end) = self.block(s);
        let (tail_start, tail_end) = self.block(e - 1);
        if head_start == tail_start {
            return self.positional(level, head_start, head_end).min(e - s);
        }
        let head = self
            .positional(level, head_start, head_end)
            .min(head_end - s);
        let tail = self
            .positional(level, tail_start, tail_end)
            .min(e - tail_start);
        head + self.positional(level, head_end, tail_start) + tail
    }

    /// Positions `s..e` given `level` whose proposal was lower (a promotion).
    fn promoted(&self, level: usize, s: usize, e: usize) -> usize {
        (level + 1..5)
            .map(|lower| self.positional(lower, s, e))
            .sum()
    }

    /// Whether the counts `c` of the levels fixed so far meet every quota that counts only
    /// levels in `fixed` (a bit set).
    fn meets_fixed(&self, fixed: u8, c: &[usize; 3]) -> bool {
        self.limits
            .iter()
            .filter(|l| l.levels & !fixed == 0)
            .all(|l| {
                let count = levels_sum(l.levels, c);
                l.lo <= count && count <= l.hi
            })
    }

    /// The composition with the fewest changes (then fewest promotions, then most
    /// generous), if any meets the quotas.
    pub(super) fn best(&self) -> Option<Composition> {
        let n = self.n;
        // The most any boundaries could match, quotas ignored: on levels 0–1 up to `e2`,
        // on 0–2 up to `e3`, and on 3–4 from `e3`.
        let up_to_e2: Vec<usize> = (0..=n)
            .map(|e2| {
                (0..=e2)
                    .map(|e1| self.matched(0, 0, e1) + self.matched(1, e1, e2))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let up_to_e3: Vec<usize> = (0..=n)
            .map(|e3| {
                (0..=e3)
                    .map(|e2| up_to_e2.get(e2).copied().unwrap_or(0) + self.matched(2, e2, e3))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let from_e3: Vec<usize> = (0..=n)
            .map(|e3| {
                (e3..=n)
                    .map(|e4| self.matched(3, e3, e4) + self.matched(4, e4, n))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        // The most promising `e3` first, so that the best is found early and the bound cuts
        // the rest; ties in the bound by the larger `e3`.
        let mut thirds: Vec<usize> = (0..=n).collect();
        let bound = |e3: usize| {
            up_to_e3.get(e3).copied().unwrap_or(0) + from_e3.get(e3).copied().unwrap_or(0)
        };
        thirds.sort_by_key(|&e3| Reverse((bound(e3), e3)));
        let mut best: Option<Rank> = None;
        let mut table = RangeMax::default();
        for e3 in thirds {
            if best.is_some_and(|(b, _, _)| bound(e3) < b) {
                break;
            }
            let right = from_e3.get(e3).copied().unwrap_or(0);
            table.build((e3..=n).map(|e4| {
                let matched = self.matched(3, e3, e4) + self.matched(4, e4, n);
                let promoted = self.promoted(3, e3, e4) + self.promoted(4, e4, n);
                (matched, Reverse(promoted), e4)
            }));
            for e1 in 0..=e3 {
                if !self.meets_fixed(0b001, &[e1, 0, 0]) {
                    continue;
                }
                let first = self.matched(0, 0, e1);
                for e2 in e1..=e3 {
                    let counts = [e1, e2 - e1, e3 - e2];
                    let left = first + self.matched(1, e1, e2) + self.matched(2, e2, e3);
                    if best.is_some_and(|(b, _, _)| left + right < b)
                        || !self.meets_fixed(0b111, &counts)
                    {
                        continue;
                    }
                    let Some((low, high)) = self.fourth_range(&counts, e3) else {
                        continue;
                    };
                    let Some((matched, Reverse(promoted), e4)) = table.max(low - e3, high - e3)
                    else {
                        continue;
                    };
                    let left_promoted = self.promoted(0, 0, e1)
                        + self.promoted(1, e1, e2)
                        + self.promoted(2, e2, e3);
                    let rank = (
                        left + matched,
                        Reverse(left_promoted + promoted),
                        [e1, e2, e3, e4],
                    );
                    if best.is_none_or(|b| rank > b) {
                        best = Some(rank);
                    }
                }
            }
        }
        best.map(|(_, _, [e1, e2, e3, e4])| [e1, e2 - e1, e3 - e2, e4 - e3, n - e4])
    }

    /// The values of `e4` (from `e3` to the team's end) the quotas counting level 3 or 4
    /// allow, given the counts of levels 0–2; none if no value is allowed.
    fn fourth_range(&self, counts: &[usize; 3], e3: usize) -> Option<(usize, usize)> {
        let n = self.n;
        let (mut low, mut high) = (e3, n);
        for limit in self.limits.iter().filter(|l| l.levels & 0b11000 != 0) {
            let fixed = levels_sum(limit.levels, counts);
            match (limit.levels & 0b01000 != 0, limit.levels & 0b10000 != 0) {
                // Levels 3 and 4 together hold everyone from e3.
                (true, true) => {
                    let count = fixed + (n - e3);
                    if count < limit.lo || count > limit.hi {
                        return None;
                    }
                }
                // Level 3 alone: fixed + e4 − e3.
                (true, false) => {
                    low = low.max((limit.lo + e3).saturating_sub(fixed));
                    high = high.min((limit.hi + e3).saturating_sub(fixed));
                    if limit.hi + e3 < fixed {
                        return None;
                    }
                }
                // Level 4 alone: fixed + n − e4.
                (false, true) => {
                    if fixed + n < limit.lo {
                        return None;
                    }
                    high = high.min(fixed + n - limit.lo);
                    low = low.max((fixed + n).saturating_sub(limit.hi));
                }
                (false, false) => {}
            }
        }
        (low <= high).then_some((low, high))
    }

    /// Changes of a composition: positions whose level differs from the proposal, except
    /// that within a tie block split between levels the best matching counts.
    pub(super) fn changes(&self, c: &Composition) -> usize {
        let mut start = 0;
        let mut matched = 0;
        for (level, count) in c.iter().enumerate() {
            matched += self.matched(level, start, start + count);
            start += count;
        }
        self.n.saturating_sub(matched)
    }

    /// The predicates of a composition, level by level down the score order, before equal
    /// scores are matched to their proposals: what the quotas count.
    pub(super) fn levels(&self, c: Composition) -> Vec<Predicate> {
        c.iter()
            .zip(LEVELS)
            .flat_map(|(&count, level)| std::iter::repeat_n(level, count))
            .collect()
    }

    /// The predicates of a composition in score order, each block of equal scores settled
    /// by [`settle`] (none for members of an unresolved tie), and the ties found.
    pub(super) fn assign(
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

/// The sum of the counts of `levels` among levels 0–2 (`counts`).
fn levels_sum(levels: u8, counts: &[usize; 3]) -> usize {
    counts
        .iter()
        .enumerate()
        .filter(|(k, _)| levels & (1 << k) != 0)
        .map(|(_, c)| c)
        .sum()
}

/// The quotas as limits on the levels they count: quotas on the same predicates merged
/// (the tightest of each bound), and those that allow anything from 0 to the whole team
/// left out.
fn merged_limits(quotas: &[Quota], n: usize, rounding: QuotaRounding) -> Vec<Limit> {
    let mut limits: Vec<Limit> = Vec::new();
    for quota in quotas {
        let levels = quota
            .predicates
            .iter()
            .filter_map(|p| LEVELS.iter().position(|l| l == p))
            .fold(0_u8, |bits, k| bits | (1 << k));
        let (lo, hi) = quota.counts(n, rounding);
        match limits.iter_mut().find(|l| l.levels == levels) {
            Some(limit) => {
                limit.lo = limit.lo.max(lo);
                limit.hi = limit.hi.min(hi);
            }
            None => limits.push(Limit { levels, lo, hi }),
        }
    }
    limits.retain(|l| l.lo > 0 || l.hi < n);
    limits
}

/// Range maxima over a list, by a sparse table: built in `m log m`, each query in O(1).
/// Its rows are kept between builds, so the search allocates once.
#[derive(Default)]
struct RangeMax {
    rows: Vec<Vec<Right>>,
}

impl RangeMax {
    fn build(&mut self, values: impl Iterator<Item = Right>) {
        let mut first = self
            .rows
            .first_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        first.clear();
        first.extend(values);
        let m = first.len();
        let mut rows = std::mem::take(&mut self.rows);
        rows.truncate(1);
        match rows.first_mut() {
            Some(row) => *row = first,
            None => rows.push(first),
        }
        let mut width = 1;
        while width * 2 <= m {
            let previous = rows.last().map_or(&[][..], Vec::as_slice);
            let next: Vec<Right> = previous
                .iter()
                .zip(previous.get(width..).unwrap_or(&[]))
                .map(|(a, b)| *a.max(b))
                .collect();
            rows.push(next);
            width *= 2;
        }
        self.rows = rows;
    }

    /// The largest value at indices `from..=to`, if the range holds any.
    fn max(&self, from: usize, to: usize) -> Option<Right> {
        if from > to {
            return None;
        }
        let length = to - from + 1;
        let level = usize::try_from(length.ilog2()).unwrap_or(0);
        let row = self.rows.get(level)?;
        let left = row.get(from)?;
        let right = row.get(to + 1 - (1 << level))?;
        Some(*left.max(right))
    }
}

#[cfg(test)]
#[allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    reason = "a test oracle over known sizes"
)]
mod tests {
    use super::*;
    use crate::evaluation::distribution::QuotaBound;
    use crate::nip::{EmployeeKind, EmployeeNumber};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// Every composition, by brute force: the one a search must find (most matches, then
    /// fewest promotions, then the largest counts from the top), counting promotions
    /// position by position and checking every quota as the rules read it.
    fn brute_force(
        search: &Search<'_>,
        quotas: &[Quota],
        rounding: QuotaRounding,
    ) -> Option<Composition> {
        let n = search.n;
        let mut best: Option<(Rank, Composition)> = None;
        for c0 in 0..=n {
            for c1 in 0..=n - c0 {
                for c2 in 0..=n - c0 - c1 {
                    for c3 in 0..=n - c0 - c1 - c2 {
                        let c = [c0, c1, c2, c3, n - c0 - c1 - c2 - c3];
                        let levels = search.levels(c);
                        let complies = quotas.iter().all(|q| {
                            let (lo, hi) = q.counts(n, rounding);
                            let count = levels.iter().filter(|p| q.predicates.contains(p)).count();
                            lo <= count && count <= hi
                        });
                        if !complies {
                            continue;
                        }
                        let promoted = search
                            .order
                            .iter()
                            .zip(&levels)
                            .filter(|(entry, level)| **level > entry.proposed)
                            .count();
                        let e = [c0, c0 + c1, c0 + c1 + c2, c0 + c1 + c2 + c3];
                        let rank = (matched(search.order, &levels), Reverse(promoted), e);
                        if best.as_ref().is_none_or(|(b, _)| rank > *b) {
                            best = Some((rank, c));
                        }
                    }
                }
            }
        }
        best.map(|(_, c)| c)
    }

    /// Matches with the proposals: within each group of equal scores, whoever takes a
    /// predicate, so the best matching of the group's proposals and its predicates.
    fn matched(order: &[&CalibrationEntry], levels: &[Predicate]) -> usize {
        let mut total = 0;
        let mut start = 0;
        while start < order.len() {
            let score = order[start].score;
            let end = (start..order.len())
                .find(|&i| order[i].score != score)
                .unwrap_or(order.len());
            for predicate in Predicate::ALL {
                let proposed = order[start..end]
                    .iter()
                    .filter(|e| e.proposed == predicate)
                    .count();
                let given = levels[start..end]
                    .iter()
                    .filter(|&&l| l == predicate)
                    .count();
                total += proposed.min(given);
            }
            start = end;
        }
        total
    }

    fn predicate() -> impl Strategy<Value = Predicate> {
        prop::sample::select(Predicate::ALL.to_vec())
    }

    fn quota() -> impl Strategy<Value = Quota> {
        (
            prop::sample::subsequence(Predicate::ALL.to_vec(), 1..=3),
            0u32..=100,
            0usize..=4,
            0u8..4,
        )
            .prop_map(|(predicates, percent, count, kind)| Quota {
                predicates,
                bound: match kind {
                    0 => QuotaBound::AtMostPercent(Decimal::from(percent)),
                    1 => QuotaBound::AtLeastPercent(Decimal::from(percent / 3)),
                    2 => QuotaBound::AtMostCount(count + 1),
                    _ => QuotaBound::AtLeastCount(count.min(2)),
                },
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// The search finds exactly the composition brute force finds, ties in scores and
        /// any quotas included.
        #[test]
        fn the_search_finds_what_brute_force_finds(
            team in prop::collection::vec((0u8..6, predicate()), 0..12),
            quotas in prop::collection::vec(quota(), 0..4),
            strict in any::<bool>(),
        ) {
            let entries: Vec<CalibrationEntry> = team
                .iter()
                .enumerate()
                .map(|(i, (score, proposed))| CalibrationEntry::new(
                    EmployeeNumber::new(EmployeeKind::Pns, format!("1980010120050110{i:02}")).unwrap(),
                    Decimal::from(*score),
                    *proposed,
                ))
                .collect();
            let mut order: Vec<&CalibrationEntry> = entries.iter().collect();
            order.sort_by(|a, b| b.score.cmp(&a.score).then(b.proposed.cmp(&a.proposed)).then(a.employee.cmp(&b.employee)));
            let rounding = if strict { QuotaRounding::Strict } else { QuotaRounding::HalfUp };
            let search = Search::new(&order, &quotas, rounding);
            prop_assert_eq!(search.best(), brute_force(&search, &quotas, rounding));
        }
    }
}
