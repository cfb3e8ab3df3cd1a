//! The planner: which programmes each employee should follow this year, under the agency's
//! budget, each programme's places and each employee's JP cap.

use super::closing::ClosingRules;
use super::competency::CompetencyLevel;
use super::error::{DevelopmentError, PlanSum};
use super::greedy::{Learner, Offer, Progress, Ranked, Search, Want, slot};
use super::method::Jp;
use super::need::{EmployeeNeeds, Need};
use super::plan::{Closed, DevelopmentPlan, EmployeePlan, OpenNeed, Recommendation};
use super::programme::{Programme, ProgrammeCatalogue};
use crate::id::CompetencyId;
use crate::invariant::Invariant;
use crate::nip::EmployeeNumber;
use crate::period::Quarter;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a plan must respect, all data. `Default`: no budget limit, the 20 JP minimum of
/// PP 17/2020 ([`regulation::pp_17_2020_minimum_jp`](crate::regulation::pp_17_2020_minimum_jp)),
/// no JP cap, the whole year from the first quarter, every method closing in full.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::PlanRules = serde_json::from_str(r#"
/// {
///   "budget": "50000000",
///   "minimum": "20",
///   "from": "q1",
///   "closing": {
///     "effect": {}
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct PlanRules {
    /// The budget in rupiah; none when not limited.
    #[serde(default, with = "crate::decimal_text::optional")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub budget: Option<Decimal>,
    /// The JP each employee should reach in the year (0 for no fill).
    pub minimum: Jp,
    /// The most JP an employee may reach in the year, unless their own cap says otherwise;
    /// none when not limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jp_cap: Option<Jp>,
    /// The first quarter the plan may use (a plan made mid-year starts later).
    pub from: Quarter,
    /// How programmes close needs.
    #[serde(default)]
    pub closing: ClosingRules,
}

crate::objects_only::objects_only!(PlanRules);

/// Plans the year's development of `employees` from `programmes` under `rules`: for one
/// employee, pass one; for an agency, pass all, and they share the budget and the places.
///
/// # The algorithm
///
/// The value of a plan is Σ over needs of importance × levels closed, where a need is
/// closed as far as the furthest programme chosen for it reaches (see [`ClosingRules`]).
/// That value is monotone and submodular in the set of (employee, programme) pairs, and the
/// budget makes the choice a budgeted maximum coverage problem, which is NP-hard. The
/// planner:
///
/// 1. takes, among the pairs that fit (the budget left, a free place in a run from
///    [`PlanRules::from`] on, the employee's JP cap, not done before, required programmes
///    completed, prerequisite levels held), the one that adds the most value per rupiah,
///    free programmes first, ties to more value, then the smaller employee number and
///    programme id; and repeats until no pair adds value. Evaluations are lazy (a pair's
///    value only falls), so this costs about O(P log P) for P candidate pairs;
/// 2. compares that plan with the single most valuable pair that fits, completed by the
///    same greedy; the better one stands (the first when they tie);
/// 3. tops every employee below [`PlanRules::minimum`] up, furthest below first, with the
///    most relevant cheap programme (one teaching a needed competency, then one of the
///    standard's, then any; cheapest, then most JP, then by id), flagged as a fill. Fills
///    spend what the needs left. Whatever stays below the minimum is reported as a shortfall.
///
/// **Bound.** With the budget as the only limit, steps 1 and 2 together reach at least
/// (1 − 1/e)/2 ≈ 31.6 % of the best possible value (Khuller, Moss and Naor, 1999, for
/// budgeted maximum coverage; the proof holds for any monotone submodular value). Places and
/// JP caps add limits that this bound does not cover; the tests measure the gap to the true
/// optimum by brute force on small instances, with and without them.
///
/// The result does not depend on the order of `employees`, their needs or the catalogue.
///
/// ```
/// # fn main() -> Result<(), kinerja::Error> {
/// use kinerja::development::*;
/// use kinerja::id::{CompetencyId, ProgrammeId, UnitId};
/// let level = CompetencyLevel::new;
/// let teamwork = CompetencyId::new("MAN-KERJASAMA")?;
/// let rina = kinerja::nip::EmployeeNumber::new(kinerja::nip::EmployeeKind::Pns, "198507192010012014")?;
/// let need = Need::new(teamwork.clone(), Some(level(1)?), level(3)?, vec![
///     Cause::new(NeedOrigin::CoreValue { value: kinerja::evaluation::CoreValue::Harmonious }, 10.into(), vec![]),
/// ]);
/// let employees = [EmployeeNeeds::new(rina, UnitId::new("KUR")?, vec![need])];
/// let mut course = Programme::new(ProgrammeId::new("P-TIM")?, "Kerja sama tim", Method::Course,
///     JpCredit::Fixed { jp: Jp::whole(24), international: false });
/// course.competencies.insert(teamwork, level(3)?);
/// course.cost = 1_500_000.into();
/// let programmes = ProgrammeCatalogue::new(vec![course], &CompetencyCatalogue::default(), &JpConversion::default())?;
/// let plan = plan_development(&employees, &programmes, &PlanRules::default())?;
/// assert_eq!(plan.recommendations.len(), 1);
/// assert_eq!(plan.value, 20.into()); // two levels × importance 10
/// assert_eq!(plan.employees[0].shortfall, None); // 24 JP ≥ 20
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DevelopmentError`]: a negative budget; an employee listed twice; a competency needed
/// twice by one employee; a completed programme the catalogue does not hold;
/// [`DevelopmentError::Overflow`] when an employee's costs or JP, what the plan spends or
/// the weighted levels it closes add up past the range of exact decimals.
pub fn plan_development(
    employees: &[EmployeeNeeds],
    programmes: &ProgrammeCatalogue,
    rules: &PlanRules,
) -> Result<DevelopmentPlan, DevelopmentError> {
    check_budget(rules)?;
    Prepared::new(employees, programmes, rules)?.plan(rules)
}

/// A negative budget is refused.
fn check_budget(rules: &PlanRules) -> Result<(), DevelopmentError> {
    match rules.budget.filter(|b| *b < Decimal::ZERO) {
        Some(budget) => Err(DevelopmentError::NegativeBudget { budget }),
        None => Ok(()),
    }
}

/// [`plan_development`] under `rules`, and what the same rules without a budget limit
/// would choose for needs, sharing the work both start from (the employees sorted and
/// checked, the offers, the learners and their ranked candidates). The plan is the one
/// [`plan_development`] makes; of the unlimited plan only the programmes chosen for needs
/// are kept, which is all the analysis reads of it (its traces would be dropped unread).
pub(super) fn plan_with_and_without_budget<'a>(
    employees: &[EmployeeNeeds],
    programmes: &'a ProgrammeCatalogue,
    rules: &PlanRules,
) -> Result<(DevelopmentPlan, ChosenForNeeds<'a>), DevelopmentError> {
    check_budget(rules)?;
    let prepared = Prepared::new(employees, programmes, rules)?;
    let search = prepared.search(rules)?;
    let plan = assemble(&prepared.sorted, programmes, &search, rules)?;
    let unlimited = if rules.budget.is_none() {
        ChosenForNeeds::new(&prepared.sorted, programmes, &search)
    } else {
        let open = PlanRules {
            budget: None,
            ..rules.clone()
        };
        ChosenForNeeds::new(&prepared.sorted, programmes, &prepared.search(&open)?)
    };
    Ok((plan, unlimited))
}

/// The programmes a plan chose for needs (fills apart), each with its cost, by employee in
/// number order: what [`DevelopmentPlan::of`] gives with `!fill`, without the traces.
pub(super) struct ChosenForNeeds<'a> {
    /// The employees in number order, each with the end of their part of `chosen`.
    employees: Vec<(EmployeeNumber, usize)>,
    chosen: Vec<&'a Programme>,
}

impl<'a> ChosenForNeeds<'a> {
    fn new(
        employees: &[&EmployeeNeeds],
        programmes: &'a ProgrammeCatalogue,
        search: &Search<'_>,
    ) -> Self {
        let mut chosen = Vec::new();
        let employees = employees
            .iter()
            .zip(&search.progress)
            .map(|(employee, progress)| {
                chosen.extend(
                    progress
                        .chosen
                        .iter()
                        .filter(|c| !c.fill)
                        .filter_map(|c| programmes.at(c.programme as usize))
                        .map(|(programme, _)| programme),
                );
                (employee.employee, chosen.len())
            })
            .collect();
        Self { employees, chosen }
    }

    /// The programmes chosen for `employee`'s needs.
    pub(super) fn of(&self, employee: &EmployeeNumber) -> &[&'a Programme] {
        let Ok(i) = self.employees.binary_search_by_key(employee, |&(e, _)| e) else {
            return &[];
        };
        let start = i
            .checked_sub(1)
            .and_then(|before| self.employees.get(before))
            .map_or(0, |&(_, end)| end);
        let end = self.employees.get(i).map_or(start, |&(_, end)| end);
        self.chosen.get(start..end).unwrap_or_default()
    }
}

/// What a plan starts from, whatever its budget: the employees by number, the programmes'
/// offers, the learners and the programmes each may take.
struct Prepared<'a> {
    sorted: Vec<&'a EmployeeNeeds>,
    programmes: &'a ProgrammeCatalogue,
    names: Names<'a>,
    offers: Vec<Offer>,
    by_competency: Vec<Vec<u32>>,
    learners: Vec<Learner>,
    ranked: Ranked,
}

impl<'a> Prepared<'a> {
    fn new(
        employees: &'a [EmployeeNeeds],
        programmes: &'a ProgrammeCatalogue,
        rules: &PlanRules,
    ) -> Result<Self, DevelopmentError> {
        let mut sorted: Vec<&EmployeeNeeds> = employees.iter().collect();
        sorted.sort_unstable_by_key(|e| e.employee);
        if let Some(employee) = sorted.windows(2).find_map(|pair| match pair {
            [a, b] if a.employee == b.employee => Some(a.employee),
            _ => None,
        }) {
            return Err(DevelopmentError::DuplicateEmployee { employee });
        }
        let names = Names::new(programmes);
        let offers = names.offers(programmes, &rules.closing);
        let by_competency = names.by_competency(&offers);
        let learners = sorted
            .iter()
            .map(|e| names.learner(e, rules.jp_cap))
            .collect::<Result<Vec<_>, _>>()?;
        let ranked = Ranked::new(&offers, &learners, &by_competency);
        Ok(Self {
            sorted,
            programmes,
            names,
            offers,
            by_competency,
            learners,
            ranked,
        })
    }

    /// The plan under `rules`: those it was prepared with.
    fn plan(&self, rules: &PlanRules) -> Result<DevelopmentPlan, DevelopmentError> {
        assemble(&self.sorted, self.programmes, &self.search(rules)?, rules)
    }

    /// The search's final state under `rules`: those it was prepared with, or the same with
    /// another budget.
    fn search(&self, rules: &PlanRules) -> Result<Search<'_>, DevelopmentError> {
        let offers = &self.offers;
        let learners = &self.learners;
        let ranked = &self.ranked;
        let mut search = Search::new(offers, learners, ranked, rules.budget, rules.from);
        let single = search.best_single();
        search.greedy()?;
        if let Some((learner, programme, value)) = single {
            if value > search.value() {
                let mut seeded = Search::new(offers, learners, ranked, rules.budget, rules.from);
                seeded.accept(learner, programme, false)?;
                seeded.greedy()?;
                if seeded.value() > search.value() {
                    search = seeded;
                }
            }
        }
        let mut order: Vec<u32> = (0..self.names.programme_count()).collect();
        order.sort_by_key(|&p| offers.get(p as usize).map_or(u32::MAX, |o| o.fill_rank));
        search.fill(rules.minimum.value(), &self.by_competency, &order)?;
        Ok(search)
    }
}

/// The competencies some programme teaches, and the programmes, numbered in id order. A
/// competency no programme teaches plays no part in the search: no need of it can be
/// closed, no prerequisite or fill preference asks for it.
struct Names<'a> {
    competencies: BTreeMap<&'a CompetencyId, u32>,
    programmes: &'a ProgrammeCatalogue,
}

impl<'a> Names<'a> {
    fn new(programmes: &'a ProgrammeCatalogue) -> Self {
        let ids: std::collections::BTreeSet<&CompetencyId> = programmes
            .programmes()
            .iter()
            .flat_map(|p| p.competencies.keys())
            .collect();
        let competencies = ids
            .into_iter()
            .zip(0_u32..)
            .collect::<BTreeMap<&CompetencyId, u32>>();
        Self {
            competencies,
            programmes,
        }
    }

    /// The number of a competency some programme teaches.
    fn competency(&self, id: &CompetencyId) -> Option<u32> {
        self.competencies.get(id).copied()
    }

    fn programme_count(&self) -> u32 {
        u32::try_from(self.programmes.programmes().len()).unwrap_or(u32::MAX)
    }

    fn offers(&self, programmes: &ProgrammeCatalogue, closing: &ClosingRules) -> Vec<Offer> {
        let all = programmes.programmes();
        let index = |id| {
            all.binary_search_by(|p| p.id.cmp(id))
                .ok()
                .and_then(|i| u32::try_from(i).ok())
        };
        let mut offers: Vec<Offer> = programmes
            .with_jp()
            .map(|(programme, jp)| {
                let mut runs = [programme.quarters.is_empty(); 4];
                for &quarter in &programme.quarters {
                    if let Some(run) = runs.get_mut(slot(quarter)) {
                        *run = true;
                    }
                }
                Offer {
                    cost: programme.cost,
                    rank_cost: units(programme.cost, 2),
                    jp: jp.value(),
                    effect: narrow(units(closing.effect_of(programme.method), 4)),
                    teaches: programme
                        .competencies
                        .iter()
                        .filter_map(|(c, l)| Some((self.competency(c)?, l.get())))
                        .collect(),
                    prerequisite: programme.prerequisite.map_or(0, |l| l.get()),
                    requires: programme.requires.iter().filter_map(index).collect(),
                    runs,
                    seats: programme.seats.unwrap_or(u32::MAX),
                    fill_rank: 0,
                }
            })
            .collect();
        let mut order: Vec<usize> = (0..offers.len()).collect();
        order.sort_by(|&a, &b| {
            let key = |i: usize| offers.get(i).map(|o| (o.cost, std::cmp::Reverse(o.jp)));
            key(a).cmp(&key(b)).then(a.cmp(&b))
        });
        for (rank, i) in (0_u32..).zip(order) {
            if let Some(offer) = offers.get_mut(i) {
                offer.fill_rank = rank;
            }
        }
        offers
    }

    /// Per competency, the programmes teaching it, by index.
    fn by_competency(&self, offers: &[Offer]) -> Vec<Vec<u32>> {
        let mut lists = vec![Vec::new(); self.competencies.len()];
        for (p, offer) in (0_u32..).zip(offers) {
            for &(c, _) in &offer.teaches {
                if let Some(list) = lists.get_mut(c as usize) {
                    list.push(p);
                }
            }
        }
        lists
    }

    fn learner(
        &self,
        employee: &EmployeeNeeds,
        default_cap: Option<Jp>,
    ) -> Result<Learner, DevelopmentError> {
        if let Some(competency) = duplicate_need(employee) {
            return Err(DevelopmentError::DuplicateNeed {
                employee: employee.employee,
                competency,
            });
        }
        let mut wants: Vec<Want> = employee
            .needs
            .iter()
            .filter_map(|n| {
                Some(Want {
                    competency: self.competency(&n.competency)?,
                    from: n.assessed.map_or(0, |l| l.get()),
                    target: n.target.get(),
                    importance: narrow(units(n.importance, 4)),
                })
            })
            .collect();
        wants.sort_by_key(|w| w.competency);
        let mut completed = Vec::with_capacity(employee.completed.len());
        for id in &employee.completed {
            let i = self
                .programmes
                .programmes()
                .binary_search_by(|p| p.id.cmp(id))
                .map_err(|_| DevelopmentError::UnknownCompletedProgramme {
                    employee: employee.employee,
                    programme: id.clone(),
                })?;
            completed.push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        completed.sort_unstable();
        let mut learner = Learner {
            levels: employee
                .levels
                .iter()
                .filter_map(|(c, l)| Some((self.competency(c)?, l.get())))
                .collect(),
            standard: employee
                .standard
                .iter()
                .filter_map(|c| self.competency(c))
                .collect(),
            completed,
            taken: employee.taken.value(),
            cap: employee.jp_cap.or(default_cap).map(Jp::value),
            wants,
            employee: employee.employee,
        };
        learner.levels.sort_unstable();
        learner.standard.sort_unstable();
        Ok(learner)
    }
}

/// A competency `employee` needs twice, if any. Needs come in id order from
/// [`development_needs`](super::development_needs): checked in place then, sorted otherwise.
fn duplicate_need(employee: &EmployeeNeeds) -> Option<CompetencyId> {
    let needs = &employee.needs;
    if needs
        .iter()
        .zip(needs.iter().skip(1))
        .all(|(a, b)| a.competency < b.competency)
    {
        return None;
    }
    let mut ids: Vec<&CompetencyId> = needs.iter().map(|n| &n.competency).collect();
    ids.sort_unstable();
    ids.windows(2).find_map(|pair| match pair {
        [a, b] if a == b => Some((*a).clone()),
        _ => None,
    })
}

/// The plan, from the search's final state: each employee's choices replayed exactly.
fn assemble(
    employees: &[&EmployeeNeeds],
    programmes: &ProgrammeCatalogue,
    search: &Search<'_>,
    rules: &PlanRules,
) -> Result<DevelopmentPlan, DevelopmentError> {
    let mut recommendations = Vec::new();
    let mut plans = Vec::with_capacity(employees.len());
    let (mut needed, mut value) = (Decimal::ZERO, Decimal::ZERO);
    for (employee, progress) in employees.iter().zip(&search.progress) {
        let mut needs: Vec<&Need> = employee.needs.iter().collect();
        needs.sort_unstable_by(|a, b| a.competency.cmp(&b.competency));
        let first = recommendations.len();
        let closed = replay(
            employee,
            &needs,
            progress,
            programmes,
            rules,
            &mut recommendations,
        )?;
        // Employees come in number order; sort each one's own by quarter and programme.
        if let Some(mine) = recommendations.get_mut(first..) {
            mine.sort_by(|a, b| (a.quarter, &a.programme).cmp(&(b.quarter, &b.programme)));
        }
        let mut open = Vec::new();
        for (need, closed) in needs.iter().zip(closed) {
            let whole = Decimal::from(need.levels());
            needed = add_product(needed, need.importance, whole)?;
            value = add_product(value, need.importance, closed)?;
            let left = whole - closed;
            if left > Decimal::ZERO {
                open.push(OpenNeed {
                    competency: need.competency.clone(),
                    levels: left,
                    value: add_product(Decimal::ZERO, need.importance, left)?,
                });
            }
        }
        let total = progress.jp;
        let minimum = rules.minimum.value();
        plans.push(EmployeePlan {
            employee: employee.employee,
            unit: employee.unit.clone(),
            taken: employee.taken,
            planned: Jp::new(total - employee.taken.value())
                .ok()
                .or_invariant(Jp::ZERO, "planned JP only add up"),
            cost: progress.cost,
            shortfall: (total < minimum)
                .then(|| Jp::new(minimum - total).ok())
                .flatten(),
            open,
            to_assess: to_assess(employee),
        });
    }
    Ok(DevelopmentPlan {
        recommendations,
        spent: search.spent(),
        employees: plans,
        budget: rules.budget,
        minimum: rules.minimum,
        value,
        needed,
    })
}

/// `sum + importance × levels`, or an overflow of the weighted levels.
fn add_product(
    sum: Decimal,
    importance: Decimal,
    levels: Decimal,
) -> Result<Decimal, DevelopmentError> {
    importance
        .checked_mul(levels)
        .and_then(|worth| sum.checked_add(worth))
        .ok_or(DevelopmentError::Overflow {
            sum: PlanSum::Value,
        })
}

/// The competencies `employee` must have assessed first, by id.
fn to_assess(employee: &EmployeeNeeds) -> Vec<CompetencyId> {
    let mut ids: Vec<CompetencyId> = employee
        .assessment_needs
        .iter()
        .map(|a| a.competency.clone())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// One employee's choices in the order made, with what each closes worked out exactly;
/// returns the levels closed per need (`needs` sorted by competency).
fn replay(
    employee: &EmployeeNeeds,
    needs: &[&Need],
    progress: &Progress,
    programmes: &ProgrammeCatalogue,
    rules: &PlanRules,
    out: &mut Vec<Recommendation>,
) -> Result<Vec<Decimal>, DevelopmentError> {
    let mut closed = vec![Decimal::ZERO; needs.len()];
    for choice in &progress.chosen {
        let Some((programme, jp)) = programmes.at(choice.programme as usize) else {
            continue;
        };
        let effect = rules.closing.effect_of(programme.method);
        let mut closes = Vec::new();
        for (competency, &taught) in &programme.competencies {
            let Ok(i) = needs.binary_search_by(|n| n.competency.cmp(competency)) else {
                continue;
            };
            let (Some(need), Some(held)) = (needs.get(i), closed.get_mut(i)) else {
                continue;
            };
            let reaches = taught.min(need.target);
            let from = need.assessed.map_or(0, CompetencyLevel::get);
            let credit = Decimal::from(reaches.get().saturating_sub(from)) * effect;
            let levels = credit - *held;
            if levels > Decimal::ZERO {
                *held = credit;
                closes.push(Closed {
                    competency: need.competency.clone(),
                    assessed: need.assessed,
                    reaches,
                    target: need.target,
                    levels,
                    value: add_product(Decimal::ZERO, need.importance, levels)?,
                    causes: need.causes.clone(),
                });
            }
        }
        out.push(Recommendation {
            employee: employee.employee,
            programme: programme.id.clone(),
            quarter: choice.quarter,
            jp,
            cost: programme.cost,
            fill: choice.fill,
            closes,
        });
    }
    Ok(closed)
}

/// `value` as 64 bits, saturating: importances past 10^14 rank as equals.
fn narrow(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// `value` in units of 10^-`places`, rounded half away from zero; saturating.
fn units(value: Decimal, places: u32) -> i128 {
    let scaled = value
        .checked_mul(Decimal::from(10_i64.pow(places)))
        .map_or(i128::MAX, |v| {
            let whole = v.round();
            let mut mantissa = whole.mantissa();
            for _ in 0..whole.scale() {
                mantissa /= 10;
            }
            mantissa
        });
    scaled.max(0)
}
