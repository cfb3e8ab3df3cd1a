//! Ties at a quota boundary: who moves among employees with equal reported scores
//! (DOMAIN §7). No regulation says, and identity never decides: an employee number encodes
//! the birth date, the appointment and the kind (PNS or PPPK), so ordering by it would be
//! ordering by age or kind. A tie is settled by a documented rule or by the leader's
//! recorded decision, and its members are told which.

use super::calibration_entry::CalibrationEntry;
use super::error::EvaluationError;
use super::rating::{Predicate, Rating};
use super::reason::Reason;
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::written::{date, percent_exact};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// Who moves when employees with equal reported scores straddle a quota boundary.
///
/// Calibration first keeps as many proposals as the quotas allow, so only employees whose
/// proposal is wanted by more of them than there are places are in a tie. The rule decides
/// among those, and never by who they are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TieRule {
    /// The tie is reported as unresolved, with everyone in it and the places to fill, and
    /// the leader's recorded decision ([`TieDecision`]) settles it. The crate's default:
    /// the crate cannot know who deserves the place.
    #[default]
    LeaderDecides,
    /// The higher unrounded achievement first, then the higher behaviour rating; employees
    /// still equal on both are left to the leader's decision.
    UnroundedThenBehaviour,
}

impl Labelled for TieRule {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::LeaderDecides, Language::Indonesian) => "diputuskan pimpinan",
            (Self::UnroundedThenBehaviour, Language::Indonesian) => {
                "capaian sebelum pembulatan, lalu penilaian perilaku, lalu keputusan pimpinan"
            }
            (Self::LeaderDecides, Language::English) => "decided by the leader",
            (Self::UnroundedThenBehaviour, Language::English) => {
                "the unrounded achievement, then the behaviour rating, then the leader's decision"
            }
        }
    }
}

impl TieRule {
    /// Whether the rule reads the unrounded achievement and the behaviour rating.
    #[must_use]
    pub const fn reads_figures(self) -> bool {
        matches!(self, Self::UnroundedThenBehaviour)
    }
}

/// The predicate a leader gives one employee of a tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct TiePlacement {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The predicate given.
    pub predicate: Predicate,
}

crate::objects_only::objects_only!(TiePlacement);

/// A leader's decision on a tie (keputusan pimpinan): the predicate of each employee in
/// it, who decided, when and why. It must place exactly the tie's members, fill exactly its
/// places, keep as many proposals as calibration keeps, and agree with the rule's figures
/// where they differ; otherwise calibration refuses it.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::TieDecision = serde_json::from_str(r#"
/// {
///   "placements": [
///     { "employee": { "kind": "pns", "number": "197601012002121004" }, "predicate": "good" },
///     { "employee": { "kind": "pns", "number": "197811222003122002" }, "predicate": "needs_improvement" }
///   ],
///   "decided_by": { "kind": "pns", "number": "197203151998031002" },
///   "on": "2027-01-12",
///   "reason": "Laporan triwulan IV terlambat dua pekan"
/// }
/// "#)?;
/// assert_eq!(read.placements.len(), 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct TieDecision {
    /// Every employee of the tie with the predicate given.
    pub placements: Vec<TiePlacement>,
    /// Who decided: the leader who calibrates the team.
    pub decided_by: EmployeeNumber,
    /// When.
    pub on: NaiveDate,
    /// Why these employees and not the others.
    pub reason: Reason,
}

crate::objects_only::objects_only!(TieDecision);

impl TieDecision {
    /// Whether the decision places exactly `employees` (in any order).
    fn places_exactly(&self, employees: &[EmployeeNumber]) -> bool {
        let mut placed: Vec<EmployeeNumber> = self.placements.iter().map(|p| p.employee).collect();
        placed.sort_unstable();
        placed == employees
    }

    fn predicate_of(&self, employee: &EmployeeNumber) -> Option<Predicate> {
        self.placements
            .iter()
            .find(|p| &p.employee == employee)
            .map(|p| p.predicate)
    }
}

/// One employee of a tie, with the figures the rule reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct TieMember {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The predicate proposed.
    pub proposed: Predicate,
    /// The achievement before rounding, where given.
    #[serde(
        default,
        with = "decimal_text::optional",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub unrounded: Option<Decimal>,
    /// The behaviour rating, where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behaviour: Option<Rating>,
    /// The predicate assigned; none while the tie awaits the leader's decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Predicate>,
}

crate::objects_only::objects_only!(TieMember);

/// How many of a tie's members take one predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct TiePlace {
    /// The predicate.
    pub predicate: Predicate,
    /// How many take it.
    pub count: usize,
}

crate::objects_only::objects_only!(TiePlace);

/// How a tie was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "by", remote = "Self")]
#[non_exhaustive]
pub enum TieSettlement {
    /// Not yet: the leader's decision is awaited.
    Unresolved,
    /// By the rule's figures (the unrounded achievement, the behaviour rating).
    Rule,
    /// By the leader's decision.
    Decision {
        /// Who decided.
        decided_by: EmployeeNumber,
        /// When.
        on: NaiveDate,
        /// Why.
        reason: Reason,
    },
}

crate::objects_only::objects_only!(TieSettlement);

/// Employees with equal reported scores among whom calibration had to choose: more of
/// them proposed a predicate than it has places for them, and the places left differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Tie {
    /// The reported score they share.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
    /// The rule that applied.
    pub rule: TieRule,
    /// Everyone in the tie, by employee number (a listing order only).
    pub members: Vec<TieMember>,
    /// The places to fill among them, highest predicate first.
    pub places: Vec<TiePlace>,
    /// How it was settled.
    pub settled: TieSettlement,
}

crate::objects_only::objects_only!(Tie);

impl Tie {
    /// Whether the tie still awaits the leader's decision.
    #[must_use]
    pub const fn is_unresolved(&self) -> bool {
        matches!(self.settled, TieSettlement::Unresolved)
    }

    /// The member numbered `employee`, if in the tie.
    #[must_use]
    pub fn member(&self, employee: &EmployeeNumber) -> Option<&TieMember> {
        self.members.iter().find(|m| &m.employee == employee)
    }

    /// The tie as one paragraph in `language`: the score shared, everyone in it (named as
    /// `agency` names them, with the figures the rule read and the predicate each took),
    /// the places filled, the rule, and who decided, when and why, or that the leader's
    /// decision is awaited.
    #[must_use]
    pub fn render(&self, agency: &Agency, language: Language) -> String {
        let id = language == Language::Indonesian;
        let members: Vec<String> = self
            .members
            .iter()
            .map(|m| {
                let mut text = agency.who(&m.employee);
                let figures = (m.unrounded, m.behaviour);
                if let (true, (Some(unrounded), Some(behaviour))) =
                    (self.rule.reads_figures(), figures)
                {
                    let figures = if id {
                        format!(
                            " (capaian sebelum pembulatan {}, perilaku {})",
                            percent_exact(unrounded, language),
                            behaviour.label(language)
                        )
                    } else {
                        format!(
                            " (unrounded achievement {}, behaviour {})",
                            percent_exact(unrounded, language),
                            behaviour.label(language)
                        )
                    };
                    text.push_str(&figures);
                }
                if let Some(assigned) = m.assigned {
                    text.push_str(": ");
                    text.push_str(assigned.label(language));
                }
                text
            })
            .collect();
        let places: Vec<String> = self
            .places
            .iter()
            .map(|p| format!("{} {}", p.count, p.predicate.label(language)))
            .collect();
        let score = percent_exact(self.score, language);
        let mut out = if id {
            format!(
                "Nilai sama {score} antara {} pegawai: {}. Tempat yang diisi: {}. Aturan: {}.",
                self.members.len(),
                members.join("; "),
                places.join(", "),
                self.rule.label(language)
            )
        } else {
            format!(
                "Equal scores of {score} among {} employees: {}. Places filled: {}. Rule: {}.",
                self.members.len(),
                members.join("; "),
                places.join(", "),
                self.rule.label(language)
            )
        };
        let settled = match (&self.settled, id) {
            (TieSettlement::Unresolved, true) => {
                "Belum diputuskan: menunggu keputusan pimpinan.".to_owned()
            }
            (TieSettlement::Unresolved, false) => {
                "Not settled: the leader's decision is awaited.".to_owned()
            }
            (TieSettlement::Rule, true) => "Diselesaikan oleh aturan itu.".to_owned(),
            (TieSettlement::Rule, false) => "Settled by that rule.".to_owned(),
            (
                TieSettlement::Decision {
                    decided_by,
                    on,
                    reason,
                },
                true,
            ) => format!(
                "Diputuskan oleh {} pada {}: {}.",
                agency.who(decided_by),
                date(*on, language),
                reason.as_str().trim_end_matches('.')
            ),
            (
                TieSettlement::Decision {
                    decided_by,
                    on,
                    reason,
                },
                false,
            ) => format!(
                "Decided by {} on {}: {}.",
                agency.who(decided_by),
                date(*on, language),
                reason.as_str().trim_end_matches('.')
            ),
        };
        out.push(' ');
        out.push_str(&settled);
        out
    }
}

/// What settling one block of equal reported scores gives: a predicate per entry (none
/// for members of an unresolved tie), and the tie if calibration had to choose.
pub(super) struct Settled {
    pub(super) assigned: Vec<Option<Predicate>>,
    pub(super) tie: Option<Tie>,
}

/// Settles one block of entries with equal reported scores, given how many of them take
/// each predicate (`slots`, lowest predicate first). `used` marks the decisions taken.
///
/// Proposals are kept first, as many of each as there are places. Who is left (the
/// proposers of a predicate with fewer places than proposers) takes the places left over;
/// where those differ, calibration must choose among equals, and the rule or the leader's
/// decision does, never the entries' order.
pub(super) fn settle(
    block: &[&CalibrationEntry],
    slots: [usize; 5],
    rule: TieRule,
    decisions: &[TieDecision],
    used: &mut [bool],
) -> Result<Settled, EvaluationError> {
    let contested = contested_levels(block, slots);
    let in_tie: Vec<bool> = block
        .iter()
        .map(|e| contested.get(level(e.proposed)).copied().unwrap_or(false))
        .collect();
    let places = tie_places(block, slots, &contested);
    let kept = |e: &CalibrationEntry, inside: bool| (!inside).then_some(e.proposed);
    if places.len() < 2 {
        // Everyone contested takes the one place left: nothing to choose.
        let only = places.first().map(|p| p.predicate);
        let assigned = block
            .iter()
            .zip(&in_tie)
            .map(|(e, &inside)| kept(e, inside).or(only))
            .collect();
        return Ok(Settled {
            assigned,
            tie: None,
        });
    }
    let mut members: Vec<&CalibrationEntry> = block
        .iter()
        .zip(&in_tie)
        .filter(|(_, inside)| **inside)
        .map(|(e, _)| *e)
        .collect();
    members.sort_by_key(|e| e.employee);
    let figures = figures_of(&members, rule)?;
    let (outcome, settled) = if let Some(outcome) = by_figures(&members, &figures, &places) {
        (Some(outcome), TieSettlement::Rule)
    } else {
        let numbers: Vec<EmployeeNumber> = members.iter().map(|e| e.employee).collect();
        match decisions.iter().position(|d| d.places_exactly(&numbers)) {
            None => (None, TieSettlement::Unresolved),
            Some(index) => {
                if let Some(mark) = used.get_mut(index) {
                    *mark = true;
                }
                let decision = decisions.get(index).ok_or(EvaluationError::CountOverflow)?;
                let outcome: Vec<Predicate> = numbers
                    .iter()
                    .map(|n| decision.predicate_of(n).unwrap_or(Predicate::VeryPoor))
                    .collect();
                if !acceptable(&members, &figures, &outcome, &places, slots) {
                    return Err(EvaluationError::TieDecisionRefused {
                        employees: numbers,
                        rule,
                    });
                }
                let settled = TieSettlement::Decision {
                    decided_by: decision.decided_by,
                    on: decision.on,
                    reason: decision.reason.clone(),
                };
                (Some(outcome), settled)
            }
        }
    };
    let member_outcome = |employee: &EmployeeNumber| {
        let at = members.iter().position(|m| &m.employee == employee)?;
        outcome.as_ref().and_then(|o| o.get(at).copied())
    };
    let assigned = block
        .iter()
        .zip(&in_tie)
        .map(|(e, &inside)| kept(e, inside).or_else(|| member_outcome(&e.employee)))
        .collect();
    let tie_members = members
        .iter()
        .map(|e| TieMember {
            employee: e.employee,
            proposed: e.proposed,
            unrounded: e.unrounded,
            behaviour: e.behaviour,
            assigned: member_outcome(&e.employee),
        })
        .collect();
    Ok(Settled {
        assigned,
        tie: Some(Tie {
            score: block.first().map_or(Decimal::ZERO, |e| e.score),
            rule,
            members: tie_members,
            places,
            settled,
        }),
    })
}

/// The index of a predicate, lowest first.
fn level(predicate: Predicate) -> usize {
    Predicate::ALL
        .iter()
        .position(|p| *p == predicate)
        .unwrap_or_default()
}

fn proposers(block: &[&CalibrationEntry], predicate: Predicate) -> usize {
    block.iter().filter(|e| e.proposed == predicate).count()
}

/// The predicates (lowest first) proposed by more employees of the block than it has
/// places for.
fn contested_levels(block: &[&CalibrationEntry], slots: [usize; 5]) -> [bool; 5] {
    let mut contested = [false; 5];
    for ((flag, predicate), places) in contested.iter_mut().zip(Predicate::ALL).zip(slots) {
        *flag = proposers(block, predicate) > places;
    }
    contested
}

/// The places left for the contested employees, highest predicate first: all of a
/// contested predicate's, and what the other predicates' proposers leave.
fn tie_places(
    block: &[&CalibrationEntry],
    slots: [usize; 5],
    contested: &[bool; 5],
) -> Vec<TiePlace> {
    Predicate::ALL
        .into_iter()
        .zip(slots)
        .zip(contested)
        .map(|((predicate, places), contested)| {
            let count = if *contested {
                places
            } else {
                places.saturating_sub(proposers(block, predicate))
            };
            TiePlace { predicate, count }
        })
        .filter(|place| place.count > 0)
        .rev()
        .collect()
}

/// What the rule compares, per member: nothing when the leader decides; the unrounded
/// achievement and the behaviour rating otherwise, required of everyone in the tie.
type Figures = Option<(Decimal, Rating)>;

fn figures_of(
    members: &[&CalibrationEntry],
    rule: TieRule,
) -> Result<Vec<Figures>, EvaluationError> {
    members
        .iter()
        .map(|entry| {
            if !rule.reads_figures() {
                return Ok(None);
            }
            match (entry.unrounded, entry.behaviour) {
                (Some(unrounded), Some(behaviour)) => Ok(Some((unrounded, behaviour))),
                _ => Err(EvaluationError::TieFigureMissing {
                    employee: entry.employee,
                    rule,
                }),
            }
        })
        .collect()
}

/// The outcome the figures give, where they settle the tie alone: one predicate was
/// proposed by everyone in it and the other places lie all below it (the worse figures
/// move down) or all above it (the better figures move up); the better figure always
/// takes the higher place, and equal figures never end apart. None otherwise: the leader
/// decides.
fn by_figures(
    members: &[&CalibrationEntry],
    figures: &[Figures],
    places: &[TiePlace],
) -> Option<Vec<Predicate>> {
    let proposed = members.first()?.proposed;
    let one_proposal = members.iter().all(|m| m.proposed == proposed);
    let others: Vec<&TiePlace> = places.iter().filter(|p| p.predicate != proposed).collect();
    let one_side = others.iter().all(|p| p.predicate < proposed)
        || others.iter().all(|p| p.predicate > proposed);
    if !one_proposal || !one_side || figures.iter().any(Option::is_none) {
        return None;
    }
    // Highest place first, to the best figures first.
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&i| Reverse(figures.get(i).copied().flatten()));
    // The places include the proposed predicate's own.
    let mut given = places
        .iter()
        .flat_map(|p| std::iter::repeat_n(p.predicate, p.count));
    let mut ranked: Vec<Predicate> = Vec::with_capacity(members.len());
    for _ in &order {
        ranked.push(given.next()?);
    }
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    let mut outcome = vec![proposed; members.len()];
    for (&i, &predicate) in order.iter().zip(&ranked) {
        *outcome.get_mut(i)? = predicate;
    }
    let split_equals = order.windows(2).any(|pair| match *pair {
        [a, b] => figures.get(a) == figures.get(b) && outcome.get(a) != outcome.get(b),
        _ => false,
    });
    (!split_equals).then_some(outcome)
}

/// Whether a leader's outcome for a tie is one calibration may take: it fills exactly the
/// places, keeps as many proposals as there are places for them, and, under a rule with
/// figures, never gives the better figure the lower place among proposers of one
/// predicate.
fn acceptable(
    members: &[&CalibrationEntry],
    figures: &[Figures],
    outcome: &[Predicate],
    places: &[TiePlace],
    slots: [usize; 5],
) -> bool {
    let fills = places
        .iter()
        .all(|p| outcome.iter().filter(|o| **o == p.predicate).count() == p.count);
    let keeps = Predicate::ALL
        .into_iter()
        .zip(slots)
        .all(|(predicate, places)| {
            let proposed = members.iter().filter(|m| m.proposed == predicate).count();
            let kept = members
                .iter()
                .zip(outcome)
                .filter(|(m, o)| m.proposed == predicate && **o == predicate)
                .count();
            proposed == 0 || kept == proposed.min(places)
        });
    let ordered = members.iter().enumerate().all(|(i, a)| {
        members.iter().enumerate().all(|(j, b)| {
            let better = match (
                figures.get(i).copied().flatten(),
                figures.get(j).copied().flatten(),
            ) {
                (Some(x), Some(y)) => x > y,
                _ => false,
            };
            !(a.proposed == b.proposed && better && outcome.get(i) < outcome.get(j))
        })
    });
    fills && keeps && ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nip::EmployeeKind;
    use Predicate::{Good, NeedsImprovement, VeryGood};

    fn entry(n: u32, unrounded: i64, behaviour: Rating) -> CalibrationEntry {
        let number = format!("19800101200501100{}", n % 10);
        CalibrationEntry {
            employee: EmployeeNumber::new(EmployeeKind::Pns, number)
                .unwrap_or_else(|_| unreachable!()),
            score: Decimal::ONE_HUNDRED,
            proposed: Good,
            unrounded: Some(Decimal::new(unrounded, 3)),
            behaviour: Some(behaviour),
        }
    }

    fn settle_all(team: &[CalibrationEntry], slots: [usize; 5], rule: TieRule) -> Settled {
        let block: Vec<&CalibrationEntry> = team.iter().collect();
        settle(&block, slots, rule, &[], &mut []).unwrap_or_else(|_| unreachable!())
    }

    #[test]
    fn equal_scores_split_between_places_wait_for_the_leader() {
        // Five proposed Baik at a reported 100: four Baik places and one Butuh Perbaikan.
        let team: Vec<_> = (0..5).map(|n| entry(n, 100_000, Rating::Meets)).collect();
        let settled = settle_all(&team, [0, 0, 1, 4, 0], TieRule::LeaderDecides);
        let tie = settled.tie.unwrap_or_else(|| unreachable!());
        assert!(tie.is_unresolved());
        assert_eq!(tie.members.len(), 5);
        assert!(settled.assigned.iter().all(Option::is_none));
        // Everyone takes the one place left: no choice, no tie.
        let settled = settle_all(&team, [0, 0, 5, 0, 0], TieRule::LeaderDecides);
        assert!(settled.tie.is_none());
        assert!(
            settled
                .assigned
                .iter()
                .all(|p| *p == Some(NeedsImprovement))
        );
    }

    #[test]
    fn the_figures_move_the_worst_down_and_the_best_up() {
        let team = [
            entry(0, 100_004, Rating::Meets),
            entry(1, 99_996, Rating::Above),
            entry(2, 100_004, Rating::Above),
        ];
        // One place below: the lowest unrounded achievement moves down.
        let down = settle_all(&team, [0, 0, 1, 2, 0], TieRule::UnroundedThenBehaviour);
        assert_eq!(
            down.assigned,
            vec![Some(Good), Some(NeedsImprovement), Some(Good)]
        );
        // One place above: the best (equal unrounded, better behaviour) moves up.
        let up = settle_all(&team, [0, 0, 0, 2, 1], TieRule::UnroundedThenBehaviour);
        assert_eq!(up.assigned, vec![Some(Good), Some(Good), Some(VeryGood)]);
        assert_eq!(up.tie.map(|t| t.settled), Some(TieSettlement::Rule));
    }

    #[test]
    fn equal_figures_still_wait_for_the_leader() {
        let team = [
            entry(0, 100_004, Rating::Meets),
            entry(1, 100_004, Rating::Meets),
            entry(2, 100_010, Rating::Meets),
        ];
        let settled = settle_all(&team, [0, 0, 1, 2, 0], TieRule::UnroundedThenBehaviour);
        assert!(settled.tie.is_some_and(|t| t.is_unresolved()));
    }
}
