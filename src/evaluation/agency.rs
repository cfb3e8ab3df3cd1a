//! A whole agency's year: its records checked together, every employee evaluated, the
//! organisation's predicate derived, the distribution checked, calibration applied.

use super::appraisal::{AnnualAppraisal, Appraisal, CalibrationChange, YearInput, appraise_year};
use super::calibration::{Calibration, CalibrationRequest, calibrate};
use super::calibration_entry::CalibrationEntry;
use super::distribution::{ComplianceReport, check_distribution};
use super::error::EvaluationError;
use super::organisation::{OrganisationDecision, OrganisationOutcome, organisation_score};
use super::problems::{InputProblem, InvalidInputs};
use super::rating::Predicate;
use super::records::{AgencyRecords, EmployeeRecords};
use super::rules::EvaluationRules;
use super::tie::TieDecision;
use super::validate::{
    check_cascade, check_decisions, check_definitions, check_employees, check_realisations,
    check_tie_decisions, is_leader, year_periods,
};
use crate::cascade::Cascade;
use crate::measure::Definitions;
use crate::measure::Measurements;
use crate::nip::EmployeeNumber;
use crate::period::{Period, Span, Year};
use crate::scoring::ScoringPlan;
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;

/// An agency's records for a year, checked together: every problem of the inputs was
/// reported at once, so what remains is ready to evaluate ([`appraise_agency`]).
///
/// Read from JSON it goes through the same checks; written to JSON it gives back its
/// records (definitions and realisations sorted, duplicates refused).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{evaluation::*, prelude::*, sample};
/// let mut records = sample::siulak_records()?;
/// // A realisation of an indicator the cascade does not have is refused, not ignored...
/// records.realisations.push(Realisation::new(IndicatorId::new("IKI-99")?, "2026-Q1".parse()?, 5.into()));
/// // ...and so is a team figure for a position two employees hold: it is named, and so is
/// // each holder's own figure that it would stand beside.
/// records.realisations.push(Realisation::new(IndicatorId::new("IKI-DATA-1")?, "2026-Q1".parse()?, 30.into()));
/// let problems = AgencyInput::new(records).unwrap_err();
/// assert_eq!(problems.problems().len(), 4);
/// for problem in problems.problems() {
///     println!("{}", problem.describe(Language::Indonesian));
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "AgencyRecords"))]
pub struct AgencyInput {
    year: Year,
    rules: EvaluationRules,
    cascade: Cascade,
    definitions: Definitions,
    measurements: Measurements,
    /// By employee number.
    employees: Vec<EmployeeRecords>,
    organisation: BTreeMap<Period, OrganisationDecision>,
    tie_decisions: Vec<TieDecision>,
}

impl AgencyInput {
    /// Checks an agency's records together.
    ///
    /// # Errors
    /// [`InvalidInputs`] listing every problem found, each naming the id and the rule:
    /// duplicate, unused, misdated or mis-united definitions; scored indicators without
    /// definitions; main results without indicators; roll-ups across units; realisations
    /// that are duplicated, of unknown indicators, outside the year or any target,
    /// negative, unattributed where a position has several holders, attributed to someone
    /// who does not own the result or on a shared result, naming an employee number nobody
    /// in the agency has, typed for a node whose figure sums up from its children and that
    /// does not keep its own figure, or given both as a team figure and an employee's; realisations a plan needs and does not find; records of unknown
    /// or duplicated employees, of employees without a plan, for periods without an
    /// evaluation; repeated and missing behaviour ratings; overrides of the organisation's
    /// leader; decisions for periods without an evaluation.
    pub fn new(records: AgencyRecords) -> Result<Self, InvalidInputs> {
        let (input, problems) = Self::check(records);
        if problems.is_empty() {
            Ok(input)
        } else {
            Err(InvalidInputs::new(problems))
        }
    }

    /// Checks each part as far as it can be, so that one mistake does not hide the next:
    /// duplicates are reported and the first of them kept. Returns what is left and every
    /// problem found.
    fn check(records: AgencyRecords) -> (Self, Vec<InputProblem>) {
        let AgencyRecords {
            year,
            rules,
            cascade,
            definitions,
            realisations,
            employees,
            organisation,
            tie_decisions,
        } = records;
        let mut problems = Vec::new();
        let definitions = check_definitions(&cascade, year, definitions, &mut problems);
        check_cascade(&cascade, &definitions, &rules, year, &mut problems);
        let measurements =
            check_realisations(&cascade, &definitions, year, realisations, &mut problems);
        let employees = check_employees(
            &cascade,
            &definitions,
            &measurements,
            &rules,
            year,
            employees,
            &mut problems,
        );
        check_decisions(&rules, year, &organisation, &mut problems);
        check_tie_decisions(&cascade, &tie_decisions, &mut problems);
        let input = Self {
            year,
            rules,
            cascade,
            definitions,
            measurements,
            employees,
            organisation,
            tie_decisions,
        };
        (input, problems)
    }

    /// The year evaluated.
    #[must_use]
    pub const fn year(&self) -> Year {
        self.year
    }

    /// The rules.
    #[must_use]
    pub const fn rules(&self) -> &EvaluationRules {
        &self.rules
    }

    /// The cascade.
    #[must_use]
    pub const fn cascade(&self) -> &Cascade {
        &self.cascade
    }

    /// The definitions.
    #[must_use]
    pub const fn definitions(&self) -> &Definitions {
        &self.definitions
    }

    /// The realisations as recorded.
    #[must_use]
    pub const fn measurements(&self) -> &Measurements {
        &self.measurements
    }

    /// The leaders' decisions on ties at calibration, as recorded.
    #[must_use]
    pub fn tie_decisions(&self) -> &[TieDecision] {
        &self.tie_decisions
    }

    /// The records of the employee numbered `number`, if any were given.
    #[must_use]
    pub fn records(&self, number: &EmployeeNumber) -> Option<&EmployeeRecords> {
        self.employees
            .binary_search_by(|r| r.employee.cmp(number))
            .ok()
            .and_then(|i| self.employees.get(i))
    }
}

impl TryFrom<AgencyRecords> for AgencyInput {
    type Error = InvalidInputs;
    fn try_from(records: AgencyRecords) -> Result<Self, InvalidInputs> {
        Self::new(records)
    }
}

/// The wire form of an [`AgencyInput`], written from borrowed parts (no deep copy).
#[derive(Serialize)]
struct RecordsView<'a> {
    year: Year,
    rules: &'a EvaluationRules,
    cascade: &'a Cascade,
    definitions: &'a Definitions,
    realisations: &'a Measurements,
    employees: &'a [EmployeeRecords],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    organisation: &'a BTreeMap<Period, OrganisationDecision>,
    #[serde(skip_serializing_if = "<[TieDecision]>::is_empty")]
    tie_decisions: &'a [TieDecision],
}

impl Serialize for AgencyInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        RecordsView {
            year: self.year,
            rules: &self.rules,
            cascade: &self.cascade,
            definitions: &self.definitions,
            realisations: &self.measurements,
            employees: &self.employees,
            organisation: &self.organisation,
            tie_decisions: &self.tie_decisions,
        }
        .serialize(serializer)
    }
}

/// The evaluations of a whole agency for a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AgencyAppraisal {
    /// The year.
    pub year: Year,
    /// The organisation's outcome in each span where it has one: each period to date, then
    /// the year.
    pub organisation: Vec<OrganisationOutcome>,
    /// Every employee with a plan, by number.
    pub employees: Vec<AnnualAppraisal>,
    /// Employees who own no main result yet, so cannot be evaluated, by number.
    pub without_plan: Vec<EmployeeNumber>,
    /// The organisation's leaders (holders of a position with no superior), rated with the
    /// organisation and so outside its distribution, by number.
    pub leaders: Vec<EmployeeNumber>,
    /// The annual predicates of everyone else against the distribution the organisation's
    /// annual predicate allows; none when the organisation has no annual predicate. After
    /// calibration, the calibrated predicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<ComplianceReport>,
    /// The calibrations applied, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calibrations: Vec<Calibration>,
}

crate::objects_only::objects_only!(AgencyAppraisal);

impl AgencyAppraisal {
    /// The year of the employee numbered `number`.
    #[must_use]
    pub fn employee(&self, number: &EmployeeNumber) -> Option<&AnnualAppraisal> {
        self.employees
            .binary_search_by(|a| a.employee.cmp(number))
            .ok()
            .and_then(|i| self.employees.get(i))
    }

    /// The organisation's annual outcome, if it has one.
    #[must_use]
    pub fn annual_organisation(&self) -> Option<&OrganisationOutcome> {
        self.organisation.iter().find(|o| o.scope.is_whole_year())
    }

    /// What calibration starts from: every employee outside the leaders, with their annual
    /// reported achievement and the annual predicate their evaluation gave (before a decided
    /// objection replaced it: the objection comes after the result is given, and its
    /// decision is final whatever calibration finds).
    #[must_use]
    pub fn calibration_entries(&self) -> Vec<CalibrationEntry> {
        self.employees
            .iter()
            .filter(|a| self.leaders.binary_search(&a.employee).is_err())
            .map(|a| {
                CalibrationEntry::new(a.employee, a.annual.reported.value(), proposal(&a.annual))
                    .with_figures(a.annual.rated.value(), a.annual.behaviour.rating)
            })
            .collect()
    }

    /// Applies a calibration to the annual appraisals: each changed predicate is replaced,
    /// with the one before and the reason kept beside it, and the distribution report
    /// becomes the calibration's outcome. Calibrations of several units apply one after
    /// the other.
    ///
    /// A calibration stands for a decision, so it is trusted no more than the calibration
    /// that made it, wherever it was kept: its employees must be this year's (outside the
    /// leaders) with the score and the predicate their appraisals hold, and calibrating them
    /// again with [`calibrate`] under `input`'s rules (distribution, quota rounding, tie
    /// rule), the organisation's annual predicate, the leaders' decisions on ties among
    /// them that `input` records, and teams up to `max_team`, must give exactly this
    /// calibration. That is the strong form: every predicate assigned is one the search
    /// assigns under the quotas and the score order, every change and only a change has a
    /// reason (the one calibration gives), `changes` counts the changed entries, `before`
    /// and `after` are the distribution checks of the predicates proposed and assigned,
    /// and every tie is the one calibration finds, settled by the rule or the recorded
    /// decision. Where it differs, the error names what and whom.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::evaluation::{DEFAULT_MAX_TEAM, EvaluationError, Predicate};
    /// use kinerja::prelude::*;
    /// let mut records = kinerja::sample::siulak_records()?;
    /// records.tie_decisions.push(kinerja::sample::siulak_tie_decision()?);
    /// let input = AgencyInput::new(records).map_err(|problems| format!("{problems:?}"))?;
    /// let year = appraise_agency(&input)?;
    /// let calibration = year.calibration(&input, DEFAULT_MAX_TEAM)?.ok_or("no calibration")?;
    ///
    /// // Stored as JSON and edited: Dewi Lestari, moved down to Butuh Perbaikan, made
    /// // Sangat Baik instead. The quotas no longer hold.
    /// let mut edited: kinerja::evaluation::Calibration =
    ///     serde_json::from_str(&serde_json::to_string(&calibration)?)?;
    /// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    /// let entry = edited.employees.iter_mut().find(|e| e.employee == dewi).ok_or("Dewi")?;
    /// entry.assigned = Some(Predicate::VeryGood);
    /// let mut refused = year.clone();
    /// assert_eq!(
    ///     refused.apply_calibration(&input, DEFAULT_MAX_TEAM, edited),
    ///     Err(EvaluationError::CalibrationAfterMismatch)
    /// );
    /// assert_eq!(refused, year); // nothing changed
    ///
    /// let mut applied = year.clone();
    /// applied.apply_calibration(&input, DEFAULT_MAX_TEAM, calibration)?;
    /// assert!(applied.distribution.as_ref().ok_or("no check")?.compliant);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Nothing is changed on error.
    /// [`EvaluationError::UnresolvedTie`] while a tie awaits the leader's decision;
    /// [`EvaluationError::NoAnnualOrganisation`] when the organisation has no annual
    /// predicate; for an employee of the calibration, [`EvaluationError::UnknownEmployee`]
    /// (no annual appraisal here), [`EvaluationError::CalibratedLeader`],
    /// [`EvaluationError::CalibrationMismatch`] (another predicate proposed than the
    /// appraisal holds), [`EvaluationError::CalibrationScoreMismatch`],
    /// [`EvaluationError::CalibrationReasonMissing`] or
    /// [`EvaluationError::CalibrationReasonUnexpected`]; then
    /// [`EvaluationError::CalibrationChangesMiscounted`],
    /// [`EvaluationError::CalibrationBeforeMismatch`],
    /// [`EvaluationError::CalibrationAfterMismatch`]; any error of [`calibrate`] for the
    /// employees; and where the calibration is not what [`calibrate`] gives,
    /// [`EvaluationError::CalibrationAssignmentRefused`],
    /// [`EvaluationError::CalibrationTieMismatch`],
    /// [`EvaluationError::CalibrationReasonDiffers`] or
    /// [`EvaluationError::CalibrationNotReproduced`].
    pub fn apply_calibration(
        &mut self,
        input: &AgencyInput,
        max_team: usize,
        calibration: Calibration,
    ) -> Result<(), EvaluationError> {
        settled(&calibration)?;
        let places = self.rederive(input, max_team, &calibration)?;
        self.install(calibration, &places);
        Ok(())
    }

    /// Puts a settled calibration in force; `places` says where each of its employees is.
    fn install(&mut self, calibration: Calibration, places: &[usize]) {
        for (entry, &place) in calibration.employees.iter().zip(places) {
            let Some(year) = self.employees.get_mut(place) else {
                continue;
            };
            let Some(assigned) = entry.assigned else {
                continue;
            };
            if let Some(reason) = &entry.reason {
                year.annual.calibration = Some(CalibrationChange {
                    before: entry.proposed,
                    reason: reason.clone(),
                    tie: calibration.tie_of(&entry.employee).cloned(),
                });
            }
            // A decided objection is final: it stands whatever calibration assigned.
            year.annual.predicate = decided(&year.annual).unwrap_or(assigned);
        }
        let in_force = places
            .iter()
            .filter_map(|&place| self.employees.get(place).map(|a| a.annual.predicate));
        self.distribution = calibration.after.recount(in_force);
        self.calibrations.push(calibration);
    }

    /// Checks `calibration` against this year and calibrates its employees again (see
    /// [`AgencyAppraisal::apply_calibration`]); returns where each of its employees is.
    fn rederive(
        &self,
        input: &AgencyInput,
        max_team: usize,
        calibration: &Calibration,
    ) -> Result<Vec<usize>, EvaluationError> {
        let organisation = self
            .annual_organisation()
            .map(|o| o.predicate)
            .ok_or(EvaluationError::NoAnnualOrganisation)?;
        let mut places = Vec::with_capacity(calibration.employees.len());
        let mut entries = Vec::with_capacity(calibration.employees.len());
        for entry in &calibration.employees {
            let employee = entry.employee;
            let place = self
                .employees
                .binary_search_by(|a| a.employee.cmp(&employee))
                .map_err(|_| EvaluationError::UnknownEmployee { employee })?;
            if self.leaders.binary_search(&employee).is_ok() {
                return Err(EvaluationError::CalibratedLeader { employee });
            }
            let Some(annual) = self.employees.get(place).map(|a| &a.annual) else {
                return Err(EvaluationError::UnknownEmployee { employee });
            };
            if proposal(annual) != entry.proposed {
                return Err(EvaluationError::CalibrationMismatch { employee });
            }
            if annual.reported.value() != entry.score {
                return Err(EvaluationError::CalibrationScoreMismatch {
                    employee,
                    stated: entry.score,
                    reported: annual.reported.value(),
                });
            }
            let changed = entry.assigned.is_some_and(|a| a != entry.proposed);
            match (changed, entry.reason.is_some()) {
                (true, false) => {
                    return Err(EvaluationError::CalibrationReasonMissing { employee });
                }
                (false, true) => {
                    return Err(EvaluationError::CalibrationReasonUnexpected { employee });
                }
                _ => {}
            }
            places.push(place);
            entries.push(
                CalibrationEntry::new(employee, entry.score, entry.proposed)
                    .with_figures(annual.rated.value(), annual.behaviour.rating),
            );
        }
        let changed =
            |e: &&super::calibration::Calibrated| e.assigned.is_some_and(|a| a != e.proposed);
        let counted = calibration.employees.iter().filter(changed).count();
        if counted != calibration.changes {
            return Err(EvaluationError::CalibrationChangesMiscounted {
                stated: calibration.changes,
                counted,
            });
        }
        let rules = input.rules();
        let report = |predicates: Vec<Predicate>| {
            check_distribution(
                &rules.distribution,
                organisation,
                predicates,
                rules.quota_rounding,
            )
        };
        let proposed = calibration.employees.iter().map(|e| e.proposed).collect();
        if report(proposed)? != calibration.before {
            return Err(EvaluationError::CalibrationBeforeMismatch);
        }
        let assigned = calibration
            .employees
            .iter()
            .filter_map(|e| e.assigned)
            .collect();
        if report(assigned)? != calibration.after {
            return Err(EvaluationError::CalibrationAfterMismatch);
        }
        // The leaders' decisions on ties among these employees only: a decision on another
        // unit's tie matches none here.
        let members: Vec<EmployeeNumber> = {
            let mut members: Vec<EmployeeNumber> = entries.iter().map(|e| e.employee).collect();
            members.sort_unstable();
            members
        };
        let decisions: Vec<TieDecision> = input
            .tie_decisions
            .iter()
            .filter(|d| {
                d.placements
                    .iter()
                    .all(|p| members.binary_search(&p.employee).is_ok())
            })
            .cloned()
            .collect();
        let request = CalibrationRequest::new(&rules.distribution, organisation)
            .rounding(rules.quota_rounding)
            .tie_rule(rules.tie_rule)
            .decisions(&decisions)
            .max_team(max_team);
        let derived = calibrate(&request, &entries)?;
        same_calibration(&derived, calibration)?;
        Ok(places)
    }

    /// Calibrates everyone outside the leaders against the organisation's annual predicate
    /// ([`calibrate`] with the rules' distribution, quota rounding and tie rule, and the
    /// leaders' decisions on ties the input records, teams up to `max_team`), without
    /// applying it: what the leader sees before deciding. None when the organisation has no
    /// annual predicate.
    ///
    /// # Errors
    /// Any error of [`calibrate`].
    pub fn calibration(
        &self,
        input: &AgencyInput,
        max_team: usize,
    ) -> Result<Option<Calibration>, EvaluationError> {
        let Some(organisation) = self.annual_organisation().map(|o| o.predicate) else {
            return Ok(None);
        };
        let rules = input.rules();
        let request = CalibrationRequest::new(&rules.distribution, organisation)
            .rounding(rules.quota_rounding)
            .tie_rule(rules.tie_rule)
            .decisions(&input.tie_decisions)
            .max_team(max_team);
        calibrate(&request, &self.calibration_entries()).map(Some)
    }

    /// The year calibrated: [`AgencyAppraisal::calibration`], applied. Unchanged when the
    /// organisation has no annual predicate.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::evaluation::{DEFAULT_MAX_TEAM, EvaluationError};
    /// use kinerja::{AgencyInput, appraise_agency};
    /// let input = AgencyInput::new(kinerja::sample::siulak_records()?)
    ///     .map_err(|problems| format!("{problems:?}"))?;
    /// let year = appraise_agency(&input)?;
    /// // Seven of the team of eight are Baik, where a Baik organisation allows at most five...
    /// assert!(!year.distribution.as_ref().ok_or("no check")?.compliant);
    /// // ...so two of them must move down: the lowest score, and one of five at an equal
    /// // 100,00 %. Who of the five is the leader's decision, awaited:
    /// let calibration = year.calibration(&input, DEFAULT_MAX_TEAM)?.ok_or("no calibration")?;
    /// assert_eq!(calibration.changes, 2);
    /// assert_eq!(calibration.unresolved().count(), 1);
    /// assert!(matches!(
    ///     year.clone().calibrated(&input, DEFAULT_MAX_TEAM),
    ///     Err(EvaluationError::UnresolvedTie { .. })
    /// ));
    /// // The head decides, and the decision is recorded with the year's records.
    /// let mut records = kinerja::sample::siulak_records()?;
    /// records.tie_decisions.push(kinerja::sample::siulak_tie_decision()?);
    /// let input = AgencyInput::new(records).map_err(|problems| format!("{problems:?}"))?;
    /// let calibrated = appraise_agency(&input)?.calibrated(&input, DEFAULT_MAX_TEAM)?;
    /// assert!(calibrated.distribution.as_ref().ok_or("no check")?.compliant);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Any error of [`calibrate`] or [`AgencyAppraisal::apply_calibration`], which refuses a
    /// calibration whose ties await the leader's decision
    /// ([`EvaluationError::UnresolvedTie`]).
    pub fn calibrated(
        mut self,
        input: &AgencyInput,
        max_team: usize,
    ) -> Result<Self, EvaluationError> {
        if let Some(calibration) = self.calibration(input, max_team)? {
            // Made here from this year's own entries: only its ties can stand in the way.
            settled(&calibration)?;
            let places: Vec<usize> = calibration
                .employees
                .iter()
                .filter_map(|e| {
                    self.employees
                        .binary_search_by(|a| a.employee.cmp(&e.employee))
                        .ok()
                })
                .collect();
            self.install(calibration, &places);
        }
        Ok(self)
    }
}

/// Refuses a calibration whose ties await the leader's decision.
fn settled(calibration: &Calibration) -> Result<(), EvaluationError> {
    match calibration.unresolved().next() {
        Some(tie) => Err(EvaluationError::UnresolvedTie {
            score: tie.score,
            employees: tie.members.iter().map(|m| m.employee).collect(),
        }),
        None => Ok(()),
    }
}

/// Refuses `stated` where it is not `derived`, naming the first difference: a predicate
/// assigned, a tie, a reason, or anything else.
fn same_calibration(derived: &Calibration, stated: &Calibration) -> Result<(), EvaluationError> {
    if derived == stated {
        return Ok(());
    }
    let tie_members = |employee: &EmployeeNumber| {
        stated
            .tie_of(employee)
            .or_else(|| derived.tie_of(employee))
            .map(|t| t.members.iter().map(|m| m.employee).collect::<Vec<_>>())
    };
    let pairs = || {
        stated.employees.iter().filter_map(|s| {
            derived
                .employees
                .iter()
                .find(|d| d.employee == s.employee)
                .map(|d| (s, d))
        })
    };
    for (s, d) in pairs() {
        if s.assigned == d.assigned {
            continue;
        }
        if let Some(employees) = tie_members(&s.employee) {
            return Err(EvaluationError::CalibrationTieMismatch { employees });
        }
        if let Some(derived) = d.assigned {
            return Err(EvaluationError::CalibrationAssignmentRefused {
                employee: s.employee,
                stated: s.assigned,
                derived,
            });
        }
    }
    let differing_tie = stated
        .ties
        .iter()
        .zip(&derived.ties)
        .find(|(s, d)| s != d)
        .map(|(s, _)| s)
        .or_else(|| stated.ties.get(derived.ties.len()))
        .or_else(|| derived.ties.get(stated.ties.len()));
    if let Some(tie) = differing_tie {
        return Err(EvaluationError::CalibrationTieMismatch {
            employees: tie.members.iter().map(|m| m.employee).collect(),
        });
    }
    if let Some((s, _)) = pairs().find(|(s, d)| s.reason != d.reason) {
        return Err(EvaluationError::CalibrationReasonDiffers {
            employee: s.employee,
        });
    }
    Err(EvaluationError::CalibrationNotReproduced)
}

/// The predicate decided on the appraisal's objection, if one was decided.
fn decided(appraisal: &Appraisal) -> Option<Predicate> {
    appraisal.objection.as_ref().and_then(|r| r.decided)
}

/// The predicate the evaluation gave, before a decided objection replaced it.
fn proposal(appraisal: &Appraisal) -> Predicate {
    match &appraisal.objection {
        Some(record) if record.decided.is_some() => record.predicate_before,
        _ => appraisal.predicate,
    }
}

/// Evaluates every employee of the agency for its year ([`appraise_year`] each), with
/// plans read from the cascade ([`ScoringPlan::for_employee`]) on the realisations rolled
/// up along direct links. First the organisation: its achievement over each period to date
/// and the year ([`organisation_score`]) gives its predicate by the rules' bands (or the
/// next leader's decision replaces it), and the predicate gives its leaders their result
/// rating. Last, the annual predicates of everyone but the leaders are checked against the
/// distribution the organisation's annual predicate allows.
///
/// The cost per employee does not grow with the agency: results are found through the
/// cascade's owner index, definitions and realisations by binary search.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::OrganisationPredicate;
/// use kinerja::{AgencyInput, appraise_agency};
/// let input = AgencyInput::new(kinerja::sample::siulak_records()?)
///     .map_err(|problems| format!("{problems:?}"))?;
/// let year = appraise_agency(&input)?;
/// // Nine employees have a plan, Yoga has none yet; the organisation's year is rated Baik
/// // (worked by hand in tests/suite/agency_evaluation.rs).
/// assert_eq!(year.employees.len(), 9);
/// assert_eq!(year.without_plan.len(), 1);
/// let organisation = year.annual_organisation().ok_or("no organisation outcome")?;
/// assert_eq!(organisation.predicate, OrganisationPredicate::Good);
/// # Ok(()) }
/// ```
///
/// # Errors
/// Any error of an employee's evaluation (which the checks of [`AgencyInput::new`] leave
/// only for figures out of range).
pub fn appraise_agency(input: &AgencyInput) -> Result<AgencyAppraisal, EvaluationError> {
    let (rules, year, cascade) = (&input.rules, input.year, &input.cascade);
    let periods = year_periods(&input.measurements, &input.definitions, year);
    let rolled = cascade.roll_up(&periods, &input.measurements)?;
    let mut organisation: Vec<OrganisationOutcome> = Vec::new();
    for span in evaluated_spans(rules, year) {
        let score = organisation_score(cascade, span, &input.definitions, &rolled)?;
        let decision = decision_for(&input.organisation, rules, year, span);
        let outcome =
            OrganisationOutcome::new(&rules.organisation, rules.rounding, span, score, decision)?;
        organisation.extend(outcome);
    }
    let mut employees = Vec::new();
    let (mut without_plan, mut leaders) = (Vec::new(), Vec::new());
    for employee in cascade.agency().employees() {
        let number = *employee.number();
        let Some(plan) = ScoringPlan::for_employee(cascade, &number, &input.definitions)? else {
            without_plan.push(number);
            continue;
        };
        let leads = is_leader(cascade, &number);
        if leads {
            leaders.push(number);
        }
        let empty = EmployeeRecords::new(number);
        let one = YearInput {
            plan: &plan,
            measurements: &rolled,
            records: input.records(&number).unwrap_or(&empty),
            organisation: if leads { &organisation } else { &[] },
        };
        employees.push(appraise_year(rules, year, &one)?);
    }
    let distribution = match organisation.iter().find(|o| o.scope.is_whole_year()) {
        Some(annual) => Some(check_distribution(
            &rules.distribution,
            annual.predicate,
            employees
                .iter()
                .filter(|a| leaders.binary_search(&a.employee).is_err())
                .map(|a| a.annual.predicate),
            rules.quota_rounding,
        )?),
        None => None,
    };
    Ok(AgencyAppraisal {
        year,
        organisation,
        employees,
        without_plan,
        leaders,
        distribution,
        calibrations: Vec::new(),
    })
}

/// The spans evaluated in `year`, each once, in order: every period of the rules'
/// granularity to date, and the year (which the last period to date already is).
fn evaluated_spans(rules: &EvaluationRules, year: Year) -> Vec<Span> {
    let mut spans: Vec<Span> = year
        .periods(rules.granularity)
        .into_iter()
        .chain([year.as_period()])
        .map(Span::to_date)
        .collect();
    spans.dedup();
    spans
}

/// The decision on the organisation's predicate over `span`: the one for the period whose
/// evaluation to date it is, and for the whole year the year's decision first.
fn decision_for<'a>(
    decisions: &'a BTreeMap<Period, OrganisationDecision>,
    rules: &EvaluationRules,
    year: Year,
    span: Span,
) -> Option<&'a OrganisationDecision> {
    let whole = span.is_whole_year().then(|| year.as_period());
    whole
        .into_iter()
        .chain(
            year.periods(rules.granularity)
                .into_iter()
                .filter(|&p| Span::to_date(p) == span),
        )
        .find_map(|period| decisions.get(&period))
}

/// The problems [`AgencyInput::new`] would report for `records`, without keeping them.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// assert!(kinerja::check_records(kinerja::sample::siulak_records()?).is_empty());
/// # Ok(()) }
/// ```
#[must_use]
pub fn check_records(records: AgencyRecords) -> Vec<InputProblem> {
    AgencyInput::check(records).1
}

crate::refusal::deserialize_checked!(AgencyInput, AgencyRecords);
