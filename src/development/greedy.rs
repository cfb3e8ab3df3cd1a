//! The planner's search: a lazy greedy by value per rupiah over (employee, programme) pairs,
//! the better of that and the best single pair completed greedily, then the 20 JP fill.
//!
//! Everything here works on indices made by [`super::planner`]: competencies and programmes
//! numbered in id order, employees in number order, so every tie breaks by id and the result
//! does not depend on the order of the input. Pairs are ranked in integers: importance in
//! ten-thousandths, levels in ten-thousandths (a method's effect counts to 0.01 %), cost in
//! sen. Limits (budget, places, JP) are checked exactly, and the plan's figures are worked
//! out exactly afterwards from the choices made.

use super::error::{DevelopmentError, PlanSum};
use crate::nip::EmployeeNumber;
use crate::period::Quarter;
use rust_decimal::Decimal;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// A programme, ready for the search.
#[derive(Debug, Clone)]
pub(super) struct Offer {
    pub(super) cost: Decimal,
    /// The cost in sen, for ranking.
    pub(super) rank_cost: i128,
    pub(super) jp: Decimal,
    /// The share of its levels it closes, in ten-thousandths.
    pub(super) effect: i64,
    /// Competency index → the level it teaches, by index.
    pub(super) teaches: Vec<(u32, u8)>,
    /// The least level held in each competency it teaches; 0 when none.
    pub(super) prerequisite: u8,
    /// Programme indices that must have been completed.
    pub(super) requires: Vec<u32>,
    /// The quarters it runs in.
    pub(super) runs: [bool; 4],
    /// Places per run; `u32::MAX` when unlimited.
    pub(super) seats: u32,
    /// Its place in the fill order: cheapest first, then most JP, then id.
    pub(super) fill_rank: u32,
}

/// One need, ready for the search.
#[derive(Debug, Clone)]
pub(super) struct Want {
    pub(super) competency: u32,
    pub(super) from: u8,
    pub(super) target: u8,
    /// Importance in ten-thousandths, for ranking.
    pub(super) importance: i64,
}

impl Want {
    /// The levels a programme teaching `taught` with `effect` closes of this need, in
    /// ten-thousandths.
    fn credit(&self, taught: u8, effect: i64) -> i64 {
        i64::from(taught.min(self.target).saturating_sub(self.from)) * effect
    }
}

/// An employee, ready for the search.
#[derive(Debug, Clone)]
pub(super) struct Learner {
    /// Needs by competency index.
    pub(super) wants: Vec<Want>,
    /// Levels held, by competency index.
    pub(super) levels: Vec<(u32, u8)>,
    /// The standard's competencies, by index.
    pub(super) standard: Vec<u32>,
    /// Programmes completed, by index.
    pub(super) completed: Vec<u32>,
    pub(super) taken: Decimal,
    pub(super) cap: Option<Decimal>,
    /// Who it is, to name in an error.
    pub(super) employee: EmployeeNumber,
}

impl Learner {
    fn level(&self, competency: u32) -> u8 {
        self.levels
            .binary_search_by_key(&competency, |&(c, _)| c)
            .ok()
            .and_then(|i| self.levels.get(i))
            .map_or(0, |&(_, l)| l)
    }

    /// Whether the employee may enrol at all: not done before, requirements completed,
    /// prerequisite levels held.
    pub(super) fn may_enrol(&self, offer: &Offer, programme: u32) -> bool {
        (self.completed.is_empty() || self.completed.binary_search(&programme).is_err())
            && offer
                .requires
                .iter()
                .all(|r| self.completed.binary_search(r).is_ok())
            && (offer.prerequisite == 0
                || offer
                    .teaches
                    .iter()
                    .all(|&(c, _)| self.level(c) >= offer.prerequisite))
    }
}

/// A programme chosen for an employee.
#[derive(Debug, Clone)]
pub(super) struct Choice {
    pub(super) programme: u32,
    pub(super) quarter: Quarter,
    pub(super) fill: bool,
}

/// One employee's state in the search.
#[derive(Debug, Clone)]
pub(super) struct Progress {
    /// Per want, the levels closed so far in ten-thousandths (the furthest reach, after
    /// effect).
    closed: Vec<i64>,
    pub(super) jp: Decimal,
    pub(super) cost: Decimal,
    pub(super) chosen: Vec<Choice>,
    /// Where this employee's candidates not yet ruled out for good start in
    /// [`Search::live`], and how many there are.
    live: (usize, usize),
}

/// The search's state: shared budget and seats, and each employee's progress.
#[derive(Debug)]
pub(super) struct Search<'a> {
    offers: &'a [Offer],
    learners: &'a [Learner],
    budget: Option<Decimal>,
    /// What the plan spends so far, every employee's programmes together.
    spent: Decimal,
    /// Per programme, free places per quarter.
    seats: Vec<[u32; 4]>,
    pub(super) progress: Vec<Progress>,
    /// Every employee's candidates not yet ruled out, one run each, in one list: no list
    /// of their own to allocate per employee and search.
    live: Vec<u32>,
    /// The pair worth most on its own that fits the empty plan, with its value.
    best_single: Option<(usize, u32, i128)>,
}

/// A candidate pair with its value and cost. Ordered so the better is greater: more value
/// per rupiah (free programmes first), then more value, then the smaller employee and
/// programme index.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// `value / cost` as a float, for a quick first comparison.
    density: f64,
    /// The value, saturated to 64 bits: the heap's entries stay small (32 bytes), which is
    /// what makes a heap of every employee fast; no real importance comes near the limit.
    value: i64,
    cost: i64,
    learner: u32,
    programme: u32,
}

/// Compares value per cost, a free pair being the densest.
#[allow(clippy::cast_precision_loss)] // only past i128, where a ratio of floats still ranks
fn denser(a: (i64, i64), b: (i64, i64)) -> Ordering {
    let ((va, ca), (vb, cb)) = (a, b);
    match (ca == 0, cb == 0) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        // Products of two 64-bit numbers always fit 128 bits.
        (false, false) => (i128::from(va) * i128::from(cb)).cmp(&(i128::from(vb) * i128::from(ca))),
    }
}

impl Entry {
    #[allow(clippy::cast_precision_loss)] // the float only speeds up clear comparisons
    fn new(value: i128, cost: i128, learner: usize, programme: u32) -> Self {
        let narrow = |x: i128| i64::try_from(x).unwrap_or(if x < 0 { i64::MIN } else { i64::MAX });
        let (value, cost) = (narrow(value), narrow(cost));
        Self {
            density: if cost == 0 {
                f64::INFINITY
            } else {
                value as f64 / cost as f64
            },
            value,
            cost,
            learner: u32::try_from(learner).unwrap_or(u32::MAX),
            programme,
        }
    }

    /// The exact order.
    fn exact(&self, other: &Self) -> Ordering {
        denser((self.value, self.cost), (other.value, other.cost))
            .then(self.value.cmp(&other.value))
            .then(Reverse(self.learner).cmp(&Reverse(other.learner)))
            .then(Reverse(self.programme).cmp(&Reverse(other.programme)))
    }
}

impl Ord for Entry {
    /// By the float densities where they differ clearly (the exact order then agrees: the
    /// floats err by far less than the margin), exactly otherwise; so the same as
    /// [`Entry::exact`], only faster.
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.density, other.density);
        if a.is_finite() && b.is_finite() && (a - b).abs() > 1e-9 * a.abs().max(b.abs()) {
            a.total_cmp(&b)
        } else {
            self.exact(other)
        }
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Each employee's candidates ranked by what they are worth alone (on an empty plan), best
/// first, with that worth; those worth nothing are left out. The ranking depends on no
/// budget, so the budgeted and the unlimited plan share it.
#[derive(Debug)]
pub(super) struct Ranked {
    /// Every employee's ranked candidates, one run after the other.
    ranked: Vec<(u32, i64)>,
    /// Where each employee's run ends.
    ends: Vec<usize>,
}

impl Ranked {
    /// Ranks each employee's candidates: the programmes that teach one of their needed
    /// competencies (`by_competency`: per competency, the programmes teaching it) and that
    /// they may enrol in. Each programme is looked at once per employee, marked in a
    /// list by programme rather than gathered, sorted and deduplicated.
    pub(super) fn new(offers: &[Offer], learners: &[Learner], by_competency: &[Vec<u32>]) -> Self {
        let mut seen = vec![usize::MAX; offers.len()];
        let mut entries: Vec<Entry> = Vec::new();
        let mut ranked = Vec::new();
        let mut ends = Vec::with_capacity(learners.len());
        for (l, learner) in learners.iter().enumerate() {
            entries.clear();
            let taught = learner
                .wants
                .iter()
                .filter_map(|w| by_competency.get(w.competency as usize))
                .flatten();
            for &programme in taught {
                let Some(mark) = seen.get_mut(programme as usize) else {
                    continue;
                };
                if *mark == l {
                    continue;
                }
                *mark = l;
                let Some(offer) = offers.get(programme as usize) else {
                    continue;
                };
                if !learner.may_enrol(offer, programme) {
                    continue;
                }
                let value = alone(learner, offer);
                if value > 0 {
                    entries.push(Entry::new(value, offer.rank_cost, l, programme));
                }
            }
            // A total order (ties by programme): the ranking does not depend on the
            // order the candidates were found in.
            entries.sort_unstable_by(|a, b| b.cmp(a));
            ranked.extend(entries.iter().map(|e| (e.programme, e.value)));
            ends.push(ranked.len());
        }
        Self { ranked, ends }
    }

    /// Each employee's ranked candidates, in employee order.
    fn runs(&self) -> impl Iterator<Item = &[(u32, i64)]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| self.ranked.get(start..end).unwrap_or_default())
    }
}

/// What the programme closes of the learner's needs on an empty plan, as ranked: the same
/// sum as [`Search::values`] before anything is chosen.
fn alone(learner: &Learner, offer: &Offer) -> i128 {
    let mut value = 0_i128;
    for &(competency, taught) in &offer.teaches {
        if let Some(want) = learner.wants.iter().find(|w| w.competency == competency) {
            let credit = want.credit(taught, offer.effect);
            value = value.saturating_add(i128::from(want.importance) * i128::from(credit));
        }
    }
    value
}

impl<'a> Search<'a> {
    /// A search over the `ranked` candidates.
    pub(super) fn new(
        offers: &'a [Offer],
        learners: &'a [Learner],
        ranked: &Ranked,
        budget: Option<Decimal>,
        from: Quarter,
    ) -> Self {
        let seats = offers
            .iter()
            .map(|offer| {
                let mut free = [0_u32; 4];
                for (free_places, quarter) in free.iter_mut().zip(Quarter::ALL) {
                    let runs = offer.runs.get(slot(quarter)).copied().unwrap_or(false);
                    if runs && quarter >= from {
                        *free_places = offer.seats;
                    }
                }
                free
            })
            .collect();
        let live: Vec<u32> = ranked
            .ranked
            .iter()
            .map(|&(programme, _)| programme)
            .collect();
        let progress = learners
            .iter()
            .zip(ranked.runs())
            .scan(0, |start, (learner, run)| {
                let at = *start;
                *start += run.len();
                Some(Progress {
                    closed: vec![0; learner.wants.len()],
                    jp: learner.taken,
                    cost: Decimal::ZERO,
                    chosen: Vec::new(),
                    live: (at, run.len()),
                })
            })
            .collect();
        let mut search = Self {
            offers,
            learners,
            budget,
            spent: Decimal::ZERO,
            seats,
            progress,
            live,
            best_single: None,
        };
        search.find_best_single(ranked);
        search
    }

    /// Finds the best single pair that fits the empty plan, in the ranked order (so a tie
    /// goes to the pair ranked first).
    fn find_best_single(&mut self, ranked: &Ranked) {
        let narrow = |x: i128| i64::try_from(x).unwrap_or(if x < 0 { i64::MIN } else { i64::MAX });
        for (learner, ranked) in ranked.runs().enumerate() {
            for &(programme, value) in ranked {
                let cost = |p: u32| self.offers.get(p as usize).map_or(0, |o| o.rank_cost);
                let better = self.best_single.is_none_or(|(_, p, v)| {
                    let v = i64::try_from(v).unwrap_or(i64::MAX);
                    value > v || (value == v && i128::from(narrow(cost(programme))) < cost(p))
                });
                if better && self.fits(learner, programme) {
                    self.best_single = Some((learner, programme, i128::from(value)));
                }
            }
        }
    }

    /// The first quarter with a free place, if any.
    fn quarter(&self, programme: u32) -> Option<Quarter> {
        let free = self.seats.get(programme as usize)?;
        Quarter::ALL
            .into_iter()
            .find(|q| free.get(slot(*q)).is_some_and(|&s| s > 0))
    }

    /// Whether budget, places and the employee's JP cap leave room for the programme.
    fn fits(&self, learner: usize, programme: u32) -> bool {
        let (Some(l), Some(p), Some(offer)) = (
            self.learners.get(learner),
            self.progress.get(learner),
            self.offers.get(programme as usize),
        ) else {
            return false;
        };
        // A JP total past the range of decimals is past any cap, so it does not fit.
        self.budget.is_none_or(|b| offer.cost <= b)
            && l.cap
                .is_none_or(|cap| p.jp.checked_add(offer.jp).is_some_and(|jp| jp <= cap))
            && self.quarter(programme).is_some()
            && !p.chosen.iter().any(|c| c.programme == programme)
    }

    /// The employee's best candidate now. Candidates are ranked by their value alone, an
    /// upper bound on their value now, so the scan stops at the first whose bound cannot
    /// beat the best found. Candidates that can never again add value or fit (budget,
    /// places and JP only shrink, closed levels only grow) are dropped for good; the limits
    /// are checked only for a candidate that would beat the best so far.
    fn best_of(&mut self, learner: usize) -> Option<Entry> {
        let (start, len) = self.progress.get(learner)?.live;
        let mut all = std::mem::take(&mut self.live);
        let live = all.get_mut(start..start + len).unwrap_or_default();
        let mut best: Option<Entry> = None;
        // Compacts the scanned part in place: `kept` candidates stay, the rest go for good.
        let mut kept = 0;
        let mut scanned = 0;
        while let Some(&programme) = live.get(scanned) {
            let keep = match self.values(learner, programme) {
                Some((now, alone)) if now > 0 || best.is_some() => {
                    let cost = self
                        .offers
                        .get(programme as usize)
                        .map_or(0, |o| o.rank_cost);
                    let entry = |value| Entry::new(value, cost, learner, programme);
                    if best.as_ref().is_some_and(|b| entry(alone) <= *b) {
                        break;
                    }
                    let candidate = entry(now);
                    if now <= 0 {
                        false
                    } else if best.as_ref().is_some_and(|b| candidate <= *b) {
                        true
                    } else if self.fits(learner, programme) {
                        best = Some(candidate);
                        true
                    } else {
                        false
                    }
                }
                _ => false,
            };
            if keep {
                if let Some(slot) = live.get_mut(kept) {
                    *slot = programme;
                }
                kept += 1;
            }
            scanned += 1;
        }
        // The unscanned rest moves up behind those kept, in order.
        live.copy_within(scanned.., kept);
        self.live = all;
        if let Some(p) = self.progress.get_mut(learner) {
            p.live = (start, len - (scanned - kept));
        }
        best
    }

    /// The pair's value now and on an empty plan (an upper bound on it), in one pass.
    fn values(&self, learner: usize, programme: u32) -> Option<(i128, i128)> {
        let l = self.learners.get(learner)?;
        let p = self.progress.get(learner)?;
        let offer = self.offers.get(programme as usize)?;
        let (mut now, mut alone) = (0_i128, 0_i128);
        for &(competency, taught) in &offer.teaches {
            // An employee has a handful of needs: a linear look-up beats a binary search.
            let Some(w) = l.wants.iter().position(|w| w.competency == competency) else {
                continue;
            };
            let (Some(want), Some(&closed)) = (l.wants.get(w), p.closed.get(w)) else {
                continue;
            };
            // 64 × 64 bits always fit 128: one multiplication, no overflow check.
            let credit = want.credit(taught, offer.effect);
            let importance = i128::from(want.importance);
            alone = alone.saturating_add(importance * i128::from(credit));
            if credit > closed {
                now = now.saturating_add(importance * i128::from(credit - closed));
            }
        }
        Some((now, alone))
    }

    /// Places the employee in the programme's first run with a free place.
    ///
    /// # Errors
    /// [`DevelopmentError::Overflow`] when the employee's JP or cost, or what the plan
    /// spends, would leave the range of exact decimals; nothing is changed then.
    pub(super) fn accept(
        &mut self,
        learner: usize,
        programme: u32,
        fill: bool,
    ) -> Result<(), DevelopmentError> {
        let Some(quarter) = self.quarter(programme) else {
            return Ok(());
        };
        let (Some(l), Some(offer), Some(p)) = (
            self.learners.get(learner),
            self.offers.get(programme as usize),
            self.progress.get(learner),
        ) else {
            return Ok(());
        };
        let overflow = |sum| DevelopmentError::Overflow { sum };
        let employee = l.employee;
        let jp =
            p.jp.checked_add(offer.jp)
                .ok_or_else(|| overflow(PlanSum::EmployeeJp { employee }))?;
        let cost = p
            .cost
            .checked_add(offer.cost)
            .ok_or_else(|| overflow(PlanSum::EmployeeCost { employee }))?;
        let spent = self
            .spent
            .checked_add(offer.cost)
            .ok_or_else(|| overflow(PlanSum::Spent))?;
        // A programme that fits costs at most the budget left, so this never fails.
        let budget = match self.budget {
            Some(left) => Some(
                left.checked_sub(offer.cost)
                    .ok_or_else(|| overflow(PlanSum::Spent))?,
            ),
            None => None,
        };
        if let Some(slot) = self
            .seats
            .get_mut(programme as usize)
            .and_then(|free| free.get_mut(slot(quarter)))
        {
            *slot = slot.saturating_sub(1);
        }
        self.budget = budget;
        self.spent = spent;
        let Some(p) = self.progress.get_mut(learner) else {
            return Ok(());
        };
        for &(competency, taught) in &offer.teaches {
            let Ok(w) = l.wants.binary_search_by_key(&competency, |w| w.competency) else {
                continue;
            };
            let (Some(want), Some(closed)) = (l.wants.get(w), p.closed.get_mut(w)) else {
                continue;
            };
            *closed = (*closed).max(want.credit(taught, offer.effect));
        }
        p.jp = jp;
        p.cost = cost;
        p.chosen.push(Choice {
            programme,
            quarter,
            fill,
        });
        Ok(())
    }

    /// What the plan spends so far.
    pub(super) const fn spent(&self) -> Decimal {
        self.spent
    }

    /// The plan's value so far, as ranked: Σ importance × levels closed.
    pub(super) fn value(&self) -> i128 {
        self.learners
            .iter()
            .zip(&self.progress)
            .flat_map(|(l, p)| l.wants.iter().zip(&p.closed))
            .map(|(w, closed)| i128::from(w.importance) * i128::from(*closed))
            .fold(0, i128::saturating_add)
    }

    /// The lazy greedy: repeatedly take the pair with the most value per rupiah among those
    /// that fit. The heap holds each employee's best pair as it was when pushed. Only that
    /// employee's own choices change their values, and each choice is followed by a fresh
    /// push, so a stored value is exact; the budget and places only shrink, so a stored
    /// entry is an upper bound on the employee's best now. The top entry, if it still fits,
    /// is therefore the true best; if not, the employee's next best is pushed instead.
    ///
    /// # Errors
    /// As [`Search::accept`].
    pub(super) fn greedy(&mut self) -> Result<(), DevelopmentError> {
        let mut heap: BinaryHeap<Entry> = (0..self.learners.len())
            .filter_map(|l| self.best_of(l))
            .collect();
        // The employee on top is replaced by their next best in place: one sift, not two.
        while let Some(mut top) = heap.peek_mut() {
            let Entry {
                learner, programme, ..
            } = *top;
            let learner = learner as usize;
            if self.fits(learner, programme) {
                self.accept(learner, programme, false)?;
            }
            match self.best_of(learner) {
                Some(next) => *top = next,
                None => {
                    std::collections::binary_heap::PeekMut::pop(top);
                }
            }
        }
        Ok(())
    }

    /// The single pair worth most on its own that fits an empty plan (ties to the cheaper,
    /// then the smaller indices), found when the search was made.
    pub(super) const fn best_single(&self) -> Option<(usize, u32, i128)> {
        self.best_single
    }

    /// Tops every employee up to `minimum` JP where budget, places and caps allow: the one
    /// furthest below goes first, one programme at a time, the most relevant (teaching a
    /// needed competency, then one of the standard's, then any) and cheapest first.
    ///
    /// # Errors
    /// As [`Search::accept`].
    pub(super) fn fill(
        &mut self,
        minimum: Decimal,
        by_competency: &[Vec<u32>],
        order: &[u32],
    ) -> Result<(), DevelopmentError> {
        let mut heap: BinaryHeap<(Decimal, Reverse<usize>)> = self
            .progress
            .iter()
            .enumerate()
            .filter(|(_, p)| p.jp < minimum)
            .map(|(l, p)| (minimum - p.jp, Reverse(l)))
            .collect();
        while let Some((_, Reverse(learner))) = heap.pop() {
            let Some(programme) = self.fill_for(learner, by_competency, order) else {
                continue;
            };
            self.accept(learner, programme, true)?;
            if let Some(p) = self.progress.get(learner) {
                if p.jp < minimum {
                    heap.push((minimum - p.jp, Reverse(learner)));
                }
            }
        }
        Ok(())
    }

    fn fill_for(&self, learner: usize, by_competency: &[Vec<u32>], order: &[u32]) -> Option<u32> {
        let l = self.learners.get(learner)?;
        let usable = |&programme: &u32| {
            self.offers.get(programme as usize).is_some_and(|offer| {
                offer.jp > Decimal::ZERO
                    && l.may_enrol(offer, programme)
                    && self.fits(learner, programme)
            })
        };
        let rank = |p: &u32| {
            self.offers
                .get(*p as usize)
                .map_or(u32::MAX, |o| o.fill_rank)
        };
        let tier = |competencies: &mut dyn Iterator<Item = u32>| {
            competencies
                .filter_map(|c| by_competency.get(c as usize))
                .flatten()
                .copied()
                .filter(usable)
                .min_by_key(rank)
        };
        tier(&mut l.wants.iter().map(|w| w.competency))
            .or_else(|| tier(&mut l.standard.iter().copied()))
            .or_else(|| order.iter().copied().find(usable))
    }
}

/// A quarter's place in a per-quarter array.
pub(super) const fn slot(quarter: Quarter) -> usize {
    match quarter {
        Quarter::Q1 => 0,
        Quarter::Q2 => 1,
        Quarter::Q3 => 2,
        Quarter::Q4 => 3,
    }
}
