//! Calibration: the compliant assignment of predicates closest to what leaders proposed.

use super::calibration_entry::CalibrationEntry;
use super::calibration_search::Search;
use super::distribution::{
    ComplianceReport, DistributionRules, OrganisationPredicate, Quota, QuotaRounding,
    check_distribution,
};
use super::error::EvaluationError;
use super::rating::Predicate;
use super::tie::{Tie, TieDecision, TieRule};
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::text::first_repeated;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The largest team calibrated by default. The search is exact; it grows with about the
/// cube of the team over six (a team of 250 in tens of milliseconds), and units are
/// normally far smaller.
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
