//! The audit trail of an agency's records: every realisation recorded, corrected or
//! withdrawn, every override of a rating and every calibrated predicate is an event naming
//! who, when and why; replaying the events rebuilds the records exactly.

use super::error::EvaluationError;
use super::objection::{Objection, ObjectionDecision, ObjectionOutcome};
use super::rating::{Predicate, Rating};
use super::reason::Reason;
use super::records::{AgencyRecords, EmployeeRecords, Override};
use super::validate::{address_problem, timing_problems};
use crate::agreement::{AgreementError, Recorded};
use crate::id::IndicatorId;
use crate::measure::{Measurements, Realisation};
use crate::nip::EmployeeNumber;
use crate::org::Agency;
use crate::period::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// One change to an agency's records. Targets change through the plan's own events
/// ([`PlanEvent`](crate::agreement::PlanEvent)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "snake_case",
    tag = "type",
    deny_unknown_fields,
    remote = "Self"
)]
#[non_exhaustive]
pub enum RecordChange {
    /// A realisation recorded for the first time.
    Realised {
        /// The realisation.
        realisation: Realisation,
    },
    /// A realisation replaced by a corrected one (a reason is required).
    Corrected {
        /// The corrected realisation (same indicator, employee and period).
        realisation: Realisation,
    },
    /// A realisation withdrawn (a reason is required).
    Withdrawn {
        /// The indicator.
        indicator: IndicatorId,
        /// The employee it was attributed to; none for the team's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        employee: Option<EmployeeNumber>,
        /// The period.
        period: Period,
    },
    /// The direct leader overrides an employee's result rating for a period (a reason is
    /// required).
    Overridden {
        /// The employee.
        employee: EmployeeNumber,
        /// The period (or the year).
        period: Period,
        /// The rating set.
        rating: Rating,
    },
    /// The leader withdraws an override (a reason is required).
    OverrideWithdrawn {
        /// The employee.
        employee: EmployeeNumber,
        /// The period.
        period: Period,
    },
    /// Calibration changed an employee's annual predicate (a reason is required).
    Calibrated {
        /// The employee.
        employee: EmployeeNumber,
        /// The predicate before.
        from: Predicate,
        /// The predicate after.
        to: Predicate,
    },
    /// The employee objects (keberatan) to the evaluation of a period, or of the year: by
    /// the employee, on the day filed, with the reason (required). The deadline is the
    /// evaluation rules' ([`ObjectionRules`](super::ObjectionRules)), checked where the
    /// records are evaluated ([`AgencyInput::new`](crate::AgencyInput::new)).
    Objected {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period (the year for the annual one).
        period: Period,
        /// The predicate as given, the one objected to.
        objected: Predicate,
        /// When the result was given.
        given_on: NaiveDate,
        /// The rater's superior, to whom it is addressed.
        addressed_to: EmployeeNumber,
    },
    /// The rater's superior decides an objection, finally: by the addressee, on the day
    /// decided, with the reason (required).
    ObjectionDecided {
        /// The employee who objected.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
        /// What was decided.
        outcome: ObjectionOutcome,
    },
}

crate::objects_only::objects_only!(RecordChange);

/// A predicate changed by calibration, as the ledger holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CalibratedPredicate {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The predicate first proposed.
    pub from: Predicate,
    /// The predicate now in force.
    pub to: Predicate,
    /// Why it changed last.
    pub reason: String,
}

crate::objects_only::objects_only!(CalibratedPredicate);

type RealisationKey = (IndicatorId, Option<EmployeeNumber>, Period);

/// An agency's records as their audit trail makes them: realisations, overrides and
/// calibrated predicates.
///
/// Change it only through [`RecordsLedger::apply`], which returns the event to keep;
/// [`RecordsLedger::replay`] rebuilds it from the events with the same checks against the
/// agency. A ledger read back from JSON holds the records in force without the history of
/// who made them: it is refused when a key is given twice, and what it holds reaches an
/// evaluation only through [`RecordsLedger::fill`] and
/// [`AgencyInput::new`](crate::AgencyInput::new), which check the records against the
/// cascade and the rules. Keep the trail to show who made each change.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::{RecordChange, RecordsLedger};
/// use kinerja::prelude::*;
/// let agency = kinerja::sample::siulak_agency()?;
/// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
/// let q1: Period = "2026-Q1".parse()?;
/// let first = Realisation::new(IndicatorId::new("IKI-DATA-1")?, q1, 28.into()).for_employee(dewi);
/// let fixed = Realisation::new(IndicatorId::new("IKI-DATA-1")?, q1, 31.into()).for_employee(dewi);
/// let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 4, d).ok_or("date");
/// let ledger = RecordsLedger::default();
/// let (ledger, one) = ledger.apply(&agency, RecordChange::Realised { realisation: first }, &dewi, day(2)?, None)?;
/// let (ledger, two) = ledger.apply(&agency, RecordChange::Corrected { realisation: fixed },
///     &dewi, day(6)?, Some("Tiga SD terlambat diverifikasi operator".into()))?;
/// assert_eq!(ledger.measurements().all()[0].value(), 31.into());
/// assert_eq!(RecordsLedger::replay(&[one, two], &agency)?, ledger);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordsLedger {
    realisations: BTreeMap<RealisationKey, Realisation>,
    overrides: BTreeMap<(EmployeeNumber, Period), Override>,
    calibrations: BTreeMap<EmployeeNumber, CalibratedPredicate>,
    objections: BTreeMap<(EmployeeNumber, Period), Objection>,
    last: Option<NaiveDate>,
}

/// The ledger on the wire: lists in key order.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct Wire {
    #[serde(default)]
    realisations: Vec<Realisation>,
    #[serde(default)]
    overrides: Vec<OverrideEntry>,
    #[serde(default)]
    calibrations: Vec<CalibratedPredicate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    objections: Vec<ObjectionEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last: Option<NaiveDate>,
}

crate::objects_only::objects_only!(Wire);

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct OverrideEntry {
    employee: EmployeeNumber,
    period: Period,
    #[serde(rename = "override")]
    set: Override,
}

crate::objects_only::objects_only!(OverrideEntry);

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct ObjectionEntry {
    employee: EmployeeNumber,
    period: Period,
    objection: Objection,
}

crate::objects_only::objects_only!(ObjectionEntry);

impl Serialize for RecordsLedger {
    /// As lists in key order: `{"realisations": [...], "overrides": [{"employee": ...,
    /// "period": "2026-Q2", "override": {...}}], "calibrations": [...], "last": "..."}`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Wire {
            realisations: self.realisations.values().cloned().collect(),
            overrides: self
                .overrides
                .iter()
                .map(|(&(employee, period), set)| OverrideEntry {
                    employee,
                    period,
                    set: set.clone(),
                })
                .collect(),
            calibrations: self.calibrations.values().cloned().collect(),
            objections: self
                .objections
                .iter()
                .map(|(&(employee, period), objection)| ObjectionEntry {
                    employee,
                    period,
                    objection: objection.clone(),
                })
                .collect(),
            last: self.last,
        }
        .serialize(serializer)
    }
}

#[cfg(feature = "schema")]
crate::json_schema::schema_as!(RecordsLedger, Wire);

impl<'de> Deserialize<'de> for RecordsLedger {
    /// As written, refusing a key given twice.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let wire = Wire::deserialize(deserializer)?;
        let mut ledger = Self {
            last: wire.last,
            ..Self::default()
        };
        for r in wire.realisations {
            if ledger.realisations.insert(key(&r), r).is_some() {
                return Err(D::Error::custom("a realisation is listed twice"));
            }
        }
        for o in wire.overrides {
            if ledger
                .overrides
                .insert((o.employee, o.period), o.set)
                .is_some()
            {
                return Err(D::Error::custom("an override is listed twice"));
            }
        }
        for c in wire.calibrations {
            if ledger.calibrations.insert(c.employee, c).is_some() {
                return Err(D::Error::custom("a calibration is listed twice"));
            }
        }
        for o in wire.objections {
            if ledger
                .objections
                .insert((o.employee, o.period), o.objection)
                .is_some()
            {
                return Err(D::Error::custom("an objection is listed twice"));
            }
        }
        Ok(ledger)
    }
}

fn key(realisation: &Realisation) -> RealisationKey {
    (
        realisation.indicator().clone(),
        realisation.employee().copied(),
        realisation.period(),
    )
}

impl RecordsLedger {
    /// The ledger after `by` makes `change` on `on`, and the event to keep.
    ///
    /// # Errors
    /// [`EvaluationError::Agreement`] with [`AgreementError::UnknownEmployee`] when `by` (or
    /// the employee changed) is not in the agency, [`AgreementError::NotLeader`] when an
    /// override is not by the employee's direct leader, [`AgreementError::DateBackwards`]
    /// or [`AgreementError::Blank`] (no reason where one is required);
    /// [`EvaluationError::ObjectionNotOwn`], [`EvaluationError::ObjectionRefused`] (the
    /// addressee is not the rater's superior) or [`EvaluationError::NotAddressee`] for an
    /// objection or its decision; and the errors of [`RecordsLedger::replay`] for the
    /// change itself.
    pub fn apply(
        &self,
        agency: &Agency,
        change: RecordChange,
        by: &EmployeeNumber,
        on: NaiveDate,
        why: Option<String>,
    ) -> Result<(Self, Recorded<RecordChange>), EvaluationError> {
        let event = Recorded {
            on,
            by: *by,
            why,
            event: change,
        };
        let ledger = self.clone().step(agency, &event)?;
        Ok((ledger, event))
    }

    /// The ledger its events make, from an empty one, with every check
    /// [`RecordsLedger::apply`] made when it returned them: a trail stored as JSON and read
    /// back is trusted no more than the changes that made it, so an override by someone
    /// other than the employee's direct leader, or an objection filed for someone else, is
    /// refused here as `apply` refuses it.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{AgreementError, Recorded};
    /// use kinerja::evaluation::{EvaluationError, RecordChange, RecordsLedger};
    /// use kinerja::prelude::*;
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    /// let arif = EmployeeNumber::new(EmployeeKind::Pns, "199010102015031002")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2026, 4, 8).ok_or("date")?;
    /// // A stored override of Dewi's rating by Arif, who does not lead her.
    /// let forged = Recorded::new(on, arif, RecordChange::Overridden {
    ///     employee: dewi, period: "2026-Q1".parse()?, rating: Rating::Above,
    /// }).because("Kinerja luar biasa");
    /// assert!(matches!(
    ///     RecordsLedger::replay(&[forged], &agency),
    ///     Err(EvaluationError::Agreement(AgreementError::NotLeader { .. }))
    /// ));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Any error [`RecordsLedger::apply`] would have returned for an event: those of the
    /// agency named there; [`EvaluationError::Agreement`] with
    /// [`AgreementError::DateBackwards`] or [`AgreementError::Blank`] (a correction,
    /// withdrawal, override or calibration without a reason);
    /// [`EvaluationError::AlreadyRecorded`] for a realisation recorded twice (correct it
    /// instead); [`EvaluationError::NotRecorded`] for a correction or withdrawal of nothing;
    /// [`EvaluationError::NoOverride`] for withdrawing an override that is not there; and
    /// the objections' errors ([`EvaluationError::ObjectionRepeated`],
    /// [`EvaluationError::NoObjection`], [`EvaluationError::ObjectionFinal`]).
    pub fn replay(
        events: &[Recorded<RecordChange>],
        agency: &Agency,
    ) -> Result<Self, EvaluationError> {
        events
            .iter()
            .try_fold(Self::default(), |ledger, event| ledger.step(agency, event))
    }

    /// The ledger after one event, with the checks that need the agency first: who may make
    /// the change, and of whom.
    fn step(
        self,
        agency: &Agency,
        event: &Recorded<RecordChange>,
    ) -> Result<Self, EvaluationError> {
        let (by, change) = (&event.by, &event.event);
        let unknown = |employee: &EmployeeNumber| {
            EvaluationError::Agreement(AgreementError::UnknownEmployee {
                employee: *employee,
            })
        };
        if agency.employee(by).is_none() {
            return Err(unknown(by));
        }
        let subject = match change {
            RecordChange::Realised { realisation } | RecordChange::Corrected { realisation } => {
                realisation.employee()
            }
            RecordChange::Withdrawn { employee, .. } => employee.as_ref(),
            RecordChange::Overridden { employee, .. }
            | RecordChange::OverrideWithdrawn { employee, .. }
            | RecordChange::Calibrated { employee, .. }
            | RecordChange::Objected { employee, .. }
            | RecordChange::ObjectionDecided { employee, .. } => Some(employee),
        };
        if let Some(employee) = subject {
            if agency.employee(employee).is_none() {
                return Err(unknown(employee));
            }
        }
        if let RecordChange::Overridden { employee, .. }
        | RecordChange::OverrideWithdrawn { employee, .. } = change
        {
            let leads = agency
                .employee(employee)
                .and_then(|e| agency.superior_of(e.position()))
                .zip(agency.employee(by))
                .is_some_and(|(superior, leader)| superior.id() == leader.position());
            if !leads {
                return Err(EvaluationError::Agreement(AgreementError::NotLeader {
                    employee: *employee,
                    leader: *by,
                }));
            }
        }
        if let RecordChange::Objected {
            employee,
            period,
            addressed_to,
            ..
        } = change
        {
            if by != employee {
                return Err(EvaluationError::ObjectionNotOwn {
                    employee: *employee,
                    by: *by,
                });
            }
            if let Some(problem) = address_problem(agency, employee, *period, addressed_to) {
                return Err(EvaluationError::ObjectionRefused { problem });
            }
        }
        // A decision by anyone but the addressee is refused as the event is applied.
        self.evolve(event)
    }

    fn evolve(mut self, event: &Recorded<RecordChange>) -> Result<Self, EvaluationError> {
        let agreement = EvaluationError::Agreement;
        crate::agreement::trail_order(self.last, event.on).map_err(agreement)?;
        let reason = || event.reason().map(str::to_owned).map_err(agreement);
        match &event.event {
            RecordChange::Realised { realisation } => {
                let key = key(realisation);
                if self.realisations.contains_key(&key) {
                    let (indicator, employee, period) = key;
                    return Err(EvaluationError::AlreadyRecorded {
                        indicator,
                        employee,
                        period,
                    });
                }
                self.realisations.insert(key, realisation.clone());
            }
            RecordChange::Corrected { realisation } => {
                reason()?;
                let slot = self.recorded(key(realisation))?;
                *slot = realisation.clone();
            }
            RecordChange::Withdrawn {
                indicator,
                employee,
                period,
            } => {
                reason()?;
                let key = (indicator.clone(), *employee, *period);
                self.recorded(key.clone())?;
                self.realisations.remove(&key);
            }
            RecordChange::Overridden {
                employee,
                period,
                rating,
            } => {
                let set = Override::new(*rating, reason()?)?;
                self.overrides.insert((*employee, *period), set);
            }
            RecordChange::OverrideWithdrawn { employee, period } => {
                reason()?;
                if self.overrides.remove(&(*employee, *period)).is_none() {
                    return Err(EvaluationError::NoOverride {
                        employee: *employee,
                        period: *period,
                    });
                }
            }
            RecordChange::Objected {
                employee,
                period,
                objected,
                given_on,
                addressed_to,
            } => {
                let reason = Reason::new(reason()?)?;
                let key = (*employee, *period);
                if self.objections.contains_key(&key) {
                    return Err(EvaluationError::ObjectionRepeated {
                        employee: *employee,
                        period: *period,
                    });
                }
                let objection = Objection {
                    objected: *objected,
                    given_on: *given_on,
                    filed_on: event.on,
                    addressed_to: *addressed_to,
                    reason,
                    decision: None,
                };
                if let Some(problem) = timing_problems(
                    &super::ObjectionRules {
                        deadline_days: u16::MAX,
                    },
                    employee,
                    *period,
                    &objection,
                )
                .into_iter()
                .next()
                {
                    // Filed before the result was given (the deadline is checked with the
                    // rules, where the records are evaluated).
                    return Err(EvaluationError::ObjectionRefused { problem });
                }
                self.objections.insert(key, objection);
            }
            RecordChange::ObjectionDecided {
                employee,
                period,
                outcome,
            } => {
                let reason = Reason::new(reason()?)?;
                let Some(objection) = self.objections.get_mut(&(*employee, *period)) else {
                    return Err(EvaluationError::NoObjection {
                        employee: *employee,
                        period: *period,
                    });
                };
                if objection.decision.is_some() {
                    return Err(EvaluationError::ObjectionFinal {
                        employee: *employee,
                        period: *period,
                    });
                }
                if event.by != objection.addressed_to {
                    return Err(EvaluationError::NotAddressee {
                        employee: *employee,
                        period: *period,
                        by: event.by,
                    });
                }
                objection.decision = Some(ObjectionDecision {
                    on: event.on,
                    outcome: *outcome,
                    reason,
                });
            }
            RecordChange::Calibrated { employee, from, to } => {
                let reason = reason()?;
                let first = self.calibrations.get(employee).map_or(*from, |c| c.from);
                self.calibrations.insert(
                    *employee,
                    CalibratedPredicate {
                        employee: *employee,
                        from: first,
                        to: *to,
                        reason,
                    },
                );
            }
        }
        self.last = Some(event.on);
        Ok(self)
    }

    fn recorded(&mut self, key: RealisationKey) -> Result<&mut Realisation, EvaluationError> {
        match self.realisations.get_mut(&key) {
            Some(found) => Ok(found),
            None => {
                let (indicator, employee, period) = key;
                Err(EvaluationError::NotRecorded {
                    indicator,
                    employee,
                    period,
                })
            }
        }
    }

    /// The realisations in force, as measurements.
    #[must_use]
    pub fn measurements(&self) -> Measurements {
        // Keys are unique, so no realisation repeats another.
        Measurements::new(self.realisations.values().cloned()).unwrap_or_default()
    }

    /// The overrides in force, by employee and period.
    pub fn overrides(&self) -> impl Iterator<Item = (&EmployeeNumber, Period, &Override)> {
        self.overrides.iter().map(|((e, p), o)| (e, *p, o))
    }

    /// The objections filed, with their decisions, by employee and period.
    pub fn objections(&self) -> impl Iterator<Item = (&EmployeeNumber, Period, &Objection)> {
        self.objections.iter().map(|((e, p), o)| (e, *p, o))
    }

    /// The predicates changed by calibration, by employee.
    pub fn calibrations(&self) -> impl Iterator<Item = &CalibratedPredicate> {
        self.calibrations.values()
    }

    /// The last date recorded.
    #[must_use]
    pub const fn last_date(&self) -> Option<NaiveDate> {
        self.last
    }

    /// Writes the realisations, overrides and objections in force into `records`,
    /// replacing theirs: the records an evaluation then reads. Employees with an override or
    /// an objection but no records yet get records of their own.
    pub fn fill(&self, records: &mut AgencyRecords) {
        records.realisations = self.realisations.values().cloned().collect();
        type Kept = (BTreeMap<Period, Override>, BTreeMap<Period, Objection>);
        let mut by_employee: BTreeMap<EmployeeNumber, Kept> = BTreeMap::new();
        for (&(employee, period), set) in &self.overrides {
            by_employee
                .entry(employee)
                .or_default()
                .0
                .insert(period, set.clone());
        }
        for (&(employee, period), objection) in &self.objections {
            by_employee
                .entry(employee)
                .or_default()
                .1
                .insert(period, objection.clone());
        }
        for entry in &mut records.employees {
            let (overrides, objections) = by_employee.remove(&entry.employee).unwrap_or_default();
            entry.overrides = overrides;
            entry.objections = objections;
        }
        records.employees.extend(by_employee.into_iter().map(
            |(employee, (overrides, objections))| {
                let mut entry = EmployeeRecords::new(employee);
                entry.overrides = overrides;
                entry.objections = objections;
                entry
            },
        ));
    }
}
