//! The errors of evaluation.

use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::period::Period;
use crate::scoring::{BandError, ScoringError};
use rust_decimal::Decimal;
use std::fmt;
use thiserror::Error;

/// An evaluation that cannot be made as asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum EvaluationError {
    /// A predicate matrix where a better rating gives a worse predicate.
    #[error(
        "the predicate matrix gets worse as ratings improve, at results {results:?}, behaviour {behaviour:?}"
    )]
    MatrixNotMonotone {
        /// The result rating of the offending cell.
        results: crate::evaluation::Rating,
        /// The behaviour rating of the offending cell.
        behaviour: crate::evaluation::Rating,
    },
    /// Rater weights that are negative or do not total 100 %.
    #[error("rater weights must be non-negative and total exactly 100 %, they total {total}")]
    RaterWeights {
        /// The total found.
        total: Decimal,
    },
    /// A count of a behaviour counting rule outside 1 to 7.
    #[error("a behaviour counting rule needs counts from 1 to 7 values, got {count}")]
    ValueCount {
        /// The count given.
        count: u8,
    },
    /// A nine-box number outside 1 to 9.
    #[error("there is no nine-box box {number}; boxes are numbered 1 to 9")]
    NineBoxNumber {
        /// The number given.
        number: u8,
    },
    /// A count of employees that would overflow.
    #[error("a count of employees overflows")]
    CountOverflow,
    /// A batch sheet names no employee.
    #[error("a batch sheet names no employee")]
    UnnamedSheet,
    /// A unit summary whose counts disagree with its employees.
    #[error(
        "a unit summary of {employees} employees must count each of them once per predicate, result rating and behaviour rating, and box no more of them"
    )]
    InconsistentSummary {
        /// The employees it claims.
        employees: usize,
    },
    /// Leader ratings where a better organisation predicate gives a worse rating.
    #[error(
        "the leader ratings get worse as the organisation predicate improves, at '{predicate}'"
    )]
    LeaderRatingsNotMonotone {
        /// The predicate whose rating is worse than the one below it.
        predicate: crate::evaluation::OrganisationPredicate,
    },
    /// Leader ratings that say nothing for one organisation predicate.
    #[error("the leader ratings give no rating for the organisation predicate '{predicate}'")]
    MissingLeaderRating {
        /// The predicate left out.
        predicate: crate::evaluation::OrganisationPredicate,
    },
    /// A decision or override that must give a reason gives none.
    #[error("a reason must be given")]
    BlankReason,
    /// A plan of one employee used to evaluate another.
    #[error("employee {employee} is evaluated on the plan of employee {plan}")]
    PlanOfAnotherEmployee {
        /// The employee evaluated.
        employee: EmployeeNumber,
        /// The employee the plan belongs to.
        plan: EmployeeNumber,
    },
    /// A calibration that starts from another predicate than the appraisal holds.
    #[error(
        "the calibration of employee {employee} starts from another predicate than their appraisal holds"
    )]
    CalibrationMismatch {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A calibration applied to a year whose organisation has no annual predicate: there
    /// are no quotas to calibrate against.
    #[error(
        "the organisation has no annual predicate, so there are no quotas to calibrate against: evaluate the whole year (or record the leader's decision on the organisation's predicate) before calibrating"
    )]
    NoAnnualOrganisation,
    /// A calibration that places one of the organisation's leaders, who are rated with the
    /// organisation and stand outside its distribution.
    #[error(
        "employee {employee} leads the organisation and is rated with it, outside the distribution: calibrate only the others (AgencyAppraisal::calibration_entries)"
    )]
    CalibratedLeader {
        /// The leader.
        employee: EmployeeNumber,
    },
    /// A calibration that gives an employee another score than their appraisal reports.
    #[error(
        "the calibration gives employee {employee} a score of {stated}, but their appraisal reports {reported}: calibrate again from the appraisal (AgencyAppraisal::calibration)"
    )]
    CalibrationScoreMismatch {
        /// The employee.
        employee: EmployeeNumber,
        /// The score the calibration gives.
        stated: Decimal,
        /// The score the appraisal reports.
        reported: Decimal,
    },
    /// A calibration that changes an employee's predicate without saying why.
    #[error(
        "the calibration changes the predicate of employee {employee} without a reason: every change says why (the score order, the quotas broken); calibrate again instead of editing the result"
    )]
    CalibrationReasonMissing {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A calibration that gives a reason for changing a predicate it leaves unchanged.
    #[error(
        "the calibration gives a reason for changing the predicate of employee {employee}, but assigns the predicate proposed: a reason belongs to a change only; calibrate again instead of editing the result"
    )]
    CalibrationReasonUnexpected {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A calibration whose reason for a change is not the one calibration gives.
    #[error(
        "the calibration gives employee {employee} another reason for the change than calibration finds: calibrate again instead of editing the result"
    )]
    CalibrationReasonDiffers {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A calibration whose count of changes contradicts its entries.
    #[error(
        "the calibration says {stated} predicate(s) change, but its entries change {counted}: calibrate again instead of editing the result"
    )]
    CalibrationChangesMiscounted {
        /// The count it states.
        stated: usize,
        /// The entries whose assigned predicate differs from the one proposed.
        counted: usize,
    },
    /// A calibration whose report of the proposal is not the distribution check of the
    /// predicates proposed.
    #[error(
        "the calibration's report of the proposal is not the distribution check of the predicates proposed under the organisation's predicate and the rules: calibrate again instead of editing the result"
    )]
    CalibrationBeforeMismatch,
    /// A calibration whose report of the outcome is not the distribution check of the
    /// predicates it assigns.
    #[error(
        "the calibration's report of the outcome is not the distribution check of the predicates it assigns under the organisation's predicate and the rules: calibrate again instead of editing the result"
    )]
    CalibrationAfterMismatch,
    /// A calibration that assigns an employee a predicate the search could not: not the one
    /// with the fewest changes under the quotas and the score order.
    #[error(
        "the calibration assigns employee {employee} {}, but under the quotas and the score order calibration assigns {derived}: calibrate again instead of editing the result",
        stated_predicate(.stated)
    )]
    CalibrationAssignmentRefused {
        /// The employee.
        employee: EmployeeNumber,
        /// The predicate the calibration assigns; none where it assigns none.
        stated: Option<crate::evaluation::Predicate>,
        /// The predicate calibration assigns.
        derived: crate::evaluation::Predicate,
    },
    /// A calibration whose ties are not the ones calibration finds, or are settled otherwise
    /// than by the rule or the leader's recorded decision.
    #[error(
        "the tie of {} is not settled as the rule or the leader's recorded decision settles it: record the decision with the year's records (AgencyRecords::tie_decisions) and calibrate again",
        numbers(.employees)
    )]
    CalibrationTieMismatch {
        /// The tie's members.
        employees: Vec<EmployeeNumber>,
    },
    /// A calibration that differs in anything else from what calibration gives for its
    /// employees (the order of its listing, say).
    #[error(
        "the calibration is not what calibrating its employees under the rules gives: calibrate again instead of editing the result"
    )]
    CalibrationNotReproduced,
    /// A tie rule reads a figure (the unrounded achievement, the behaviour rating) that an
    /// employee of the tie lacks.
    #[error(
        "employee {employee} is in a tie that the rule '{rule}' settles by figures the employee lacks"
    )]
    TieFigureMissing {
        /// The employee.
        employee: EmployeeNumber,
        /// The rule.
        rule: crate::evaluation::TieRule,
    },
    /// A leader's decision on a tie that places its members otherwise than calibration
    /// may: not exactly the tie's places, fewer proposals kept than there are places for,
    /// or (under a rule with figures) the better figure in the lower place.
    #[error(
        "the decision on the tie of {} cannot stand: it must fill exactly the tie's places, keep every proposal there is a place for, and follow the rule '{rule}' where its figures differ",
        numbers(.employees)
    )]
    TieDecisionRefused {
        /// The tie's members.
        employees: Vec<EmployeeNumber>,
        /// The rule.
        rule: crate::evaluation::TieRule,
    },
    /// A decision on a tie that calibration did not find (other members, or no choice to
    /// make).
    #[error("a decision places {} but calibration finds no such tie to decide", numbers(.employees))]
    TieDecisionUnmatched {
        /// The employees the decision places.
        employees: Vec<EmployeeNumber>,
    },
    /// A calibration applied while a tie still awaits the leader's decision.
    #[error(
        "the tie of {} at a score of {score} awaits the leader's decision",
        numbers(.employees)
    )]
    UnresolvedTie {
        /// The score they share.
        score: Decimal,
        /// The tie's members.
        employees: Vec<EmployeeNumber>,
    },
    /// An objection filed on someone else's behalf: only the employee objects.
    #[error("only employee {employee} may object to their own evaluation, not {by}")]
    ObjectionNotOwn {
        /// The employee whose evaluation it concerns.
        employee: EmployeeNumber,
        /// Who filed it.
        by: EmployeeNumber,
    },
    /// An objection refused for a problem of its own (its date or its addressee).
    #[error("the objection is refused: {problem}")]
    ObjectionRefused {
        /// The problem.
        problem: crate::evaluation::InputProblem,
    },
    /// A second objection to the same evaluation.
    #[error("employee {employee} already objected to the evaluation of {period}")]
    ObjectionRepeated {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
    },
    /// A decision on an objection that was never filed.
    #[error("employee {employee} has no objection to the evaluation of {period} to decide")]
    NoObjection {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
    },
    /// A second decision on an objection: the first is final.
    #[error(
        "the objection of employee {employee} to the evaluation of {period} is already decided, finally"
    )]
    ObjectionFinal {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
    },
    /// A decision on an objection by someone other than its addressee.
    #[error(
        "the objection of employee {employee} to the evaluation of {period} is decided by its addressee, not {by}"
    )]
    NotAddressee {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
        /// Who tried to decide it.
        by: EmployeeNumber,
    },
    /// A realisation recorded twice in the ledger: a second figure is a correction.
    #[error("indicator `{indicator}` already has a realisation for {period}{}: correct it instead", for_whom(.employee.as_ref()))]
    AlreadyRecorded {
        /// The indicator.
        indicator: crate::id::IndicatorId,
        /// The employee; none for the team's.
        employee: Option<EmployeeNumber>,
        /// The period.
        period: Period,
    },
    /// A correction or withdrawal of a realisation the ledger does not hold.
    #[error("indicator `{indicator}` has no realisation for {period}{} to change", for_whom(.employee.as_ref()))]
    NotRecorded {
        /// The indicator.
        indicator: crate::id::IndicatorId,
        /// The employee; none for the team's.
        employee: Option<EmployeeNumber>,
        /// The period.
        period: Period,
    },
    /// The withdrawal of an override that is not there.
    #[error("employee {employee} has no override for {period}")]
    NoOverride {
        /// The employee.
        employee: EmployeeNumber,
        /// The period.
        period: Period,
    },
    /// A change refused by the audit trail's rules (see [`AgreementError`](crate::agreement::AgreementError)).
    #[error(transparent)]
    Agreement(#[from] crate::agreement::AgreementError),
    /// Inputs with problems (every one of them listed).
    #[error(transparent)]
    InvalidInputs(crate::evaluation::InvalidInputs),
    /// A core value without the ratings it needs.
    #[error("core value '{value}' has no rating from the direct superior (or none at all)")]
    MissingBehaviourRating {
        /// The value.
        value: crate::evaluation::CoreValue,
    },
    /// A period outside the year evaluated.
    #[error("period {period} is outside the year {year}")]
    PeriodOutsideYear {
        /// The period.
        period: Period,
        /// The year.
        year: crate::period::Year,
    },
    /// An employee who is not in the agency or the unit evaluated.
    #[error("employee {employee} is not known here")]
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The same employee twice in one set.
    #[error("employee {employee} appears more than once")]
    DuplicateEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The distribution rules say nothing for this organisation predicate.
    #[error("the distribution rules have no entry for the organisation predicate '{organisation}'")]
    MissingOrganisationPredicate {
        /// The organisation predicate.
        organisation: crate::evaluation::OrganisationPredicate,
    },
    /// A quota percentage outside 0–100.
    #[error("a quota of {percent} % is outside 0-100")]
    QuotaPercent {
        /// The percentage.
        percent: Decimal,
    },
    /// A quota names a predicate twice (or none): its predicates are a set.
    #[error("a quota names the predicate '{predicate:?}' twice")]
    RepeatedQuotaPredicate {
        /// The predicate named twice.
        predicate: crate::evaluation::Predicate,
    },
    /// Distribution rules that list no organisation predicate at all (`"distribution": {}`):
    /// refused rather than read as "no quota anywhere".
    #[error(
        "the distribution rules list no organisation predicate: leave `distribution` out for the national table (SE MenPANRB 3/2023), or list the quotas of each organisation predicate (`exceptional`, `good`, `needs_improvement`, `poor`, `very_poor`), an empty list for one without a quota"
    )]
    EmptyDistribution,
    /// A quota names no predicate.
    #[error("a quota names no predicate")]
    EmptyQuota,
    /// More quotas for one organisation predicate than the rules allow
    /// ([`MAX_QUOTAS`](crate::evaluation::MAX_QUOTAS)): calibration searches them all.
    #[error("{count} quotas for the organisation predicate '{organisation}', more than {limit}")]
    TooManyQuotas {
        /// The organisation predicate.
        organisation: crate::evaluation::OrganisationPredicate,
        /// Its quotas.
        count: usize,
        /// The most allowed.
        limit: usize,
    },
    /// No assignment of predicates meets the quotas while keeping the score order.
    #[error(
        "no assignment of predicates to these {team} employees meets the quotas for {organisation:?} (counts rounded: {rounding:?})"
    )]
    NoCompliantAssignment {
        /// The organisation predicate.
        organisation: crate::evaluation::OrganisationPredicate,
        /// The team size.
        team: usize,
        /// The rounding rule used.
        rounding: crate::evaluation::QuotaRounding,
    },
    /// A team larger than the calibration limit.
    #[error("a team of {team} is larger than the calibration limit of {limit}")]
    TeamTooLarge {
        /// The team size.
        team: usize,
        /// The limit.
        limit: usize,
    },
    /// Positions held in a year whose dates overlap, fall outside the year, or run backwards.
    #[error(
        "employee {employee}: the position held from {from} is not a valid part of the year (dates backwards, outside the year, or overlapping another)"
    )]
    Tenure {
        /// The employee.
        employee: EmployeeNumber,
        /// The start of the offending tenure.
        from: chrono::NaiveDate,
    },
    /// A figure that has no meaning where it was given.
    #[error("{what}: {value} is not allowed")]
    InvalidFigure {
        /// What the figure is.
        what: Figure,
        /// The figure.
        value: Decimal,
    },
    /// A numeric regime was given nothing to average.
    #[error("{what}: there is nothing to average")]
    NothingToAverage {
        /// What was to be averaged.
        what: Averaged,
    },
    /// A formula left the range of exact decimals.
    #[error("the {formula} left the range of exact decimals")]
    Overflow {
        /// The formula.
        formula: EvaluationFormula,
    },
    /// Scoring failed (band tables included).
    #[error(transparent)]
    Scoring(#[from] ScoringError),
}

impl From<BandError> for EvaluationError {
    fn from(error: BandError) -> Self {
        Self::Scoring(ScoringError::Band(error))
    }
}

impl EvaluationError {
    /// An overflow of `formula`.
    pub(crate) const fn overflow(formula: EvaluationFormula) -> Self {
        Self::Overflow { formula }
    }
}

/// A figure named in [`EvaluationError::InvalidFigure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Figure {
    /// A PP 46/2011 aspect's target, which must be above zero.
    Pp46Target,
    /// The weight of an additional result under PermenPANRB 8/2021, which may not be negative.
    AdditionalWeight,
    /// A credit-point coefficient, which may not be negative.
    CreditCoefficient,
    /// The days a position was held in the year.
    DaysHeld,
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Pp46Target => "a PP 46/2011 target (it must be above zero)",
            Self::AdditionalWeight => "the weight of an additional result",
            Self::CreditCoefficient => "a credit-point coefficient",
            Self::DaysHeld => "the days held in the year",
        })
    }
}

/// What a numeric regime averages, named in [`EvaluationError::NothingToAverage`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Averaged {
    /// The activities of a PP 46/2011 SKP.
    Pp46Activities,
    /// The behaviour aspects of PP 46/2011.
    Pp46BehaviourAspects,
}

impl fmt::Display for Averaged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Pp46Activities => "the SKP's activities",
            Self::Pp46BehaviourAspects => "the behaviour aspects",
        })
    }
}

/// The evaluation formula that left the range of exact decimals, named in
/// [`EvaluationError::Overflow`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EvaluationFormula {
    /// The annual figure as the mean of the periods' figures.
    MeanOfPeriods,
    /// The organisation's achievement: objectives weighted by their goals' and their own
    /// contributions.
    OrganisationAchievement,
    /// A numeric regime's final value (results and behaviour weighed, additional results
    /// added, means of activities).
    RegimeFinal,
    /// Credit points: coefficient × percent × months / 1200.
    CreditPoints,
    /// Pro-rating by the days each position was held.
    ProRating,
}

impl fmt::Display for EvaluationFormula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::MeanOfPeriods => "mean of the periods' achievements",
            Self::OrganisationAchievement => "organisation's achievement",
            Self::RegimeFinal => "numeric regime's final value",
            Self::CreditPoints => "credit-point formula",
            Self::ProRating => "pro-rating by days held",
        })
    }
}

impl Figure {
    /// The figure in Indonesian or English.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Pp46Target, _) => "target PP 46/2011 (harus di atas nol)".to_owned(),
            (Self::AdditionalWeight, _) => "bobot hasil kerja tambahan".to_owned(),
            (Self::CreditCoefficient, _) => "koefisien angka kredit".to_owned(),
            (Self::DaysHeld, _) => "hari menjabat dalam tahun itu".to_owned(),
        }
    }
}

impl Averaged {
    /// What was averaged, in Indonesian or English.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Pp46Activities, _) => "kegiatan dalam SKP".to_owned(),
            (Self::Pp46BehaviourAspects, _) => "aspek perilaku".to_owned(),
        }
    }
}

impl EvaluationFormula {
    /// The formula in Indonesian or English.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::MeanOfPeriods, _) => "rata-rata capaian periode".to_owned(),
            (Self::OrganisationAchievement, _) => "capaian kinerja organisasi".to_owned(),
            (Self::RegimeFinal, _) => "nilai akhir rezim angka".to_owned(),
            (Self::CreditPoints, _) => "rumus angka kredit".to_owned(),
            (Self::ProRating, _) => "pembobotan menurut hari menjabat".to_owned(),
        }
    }
}

impl EvaluationError {
    /// The employee the error concerns, where there is one.
    #[must_use]
    pub const fn employee(&self) -> Option<&EmployeeNumber> {
        match self {
            Self::PlanOfAnotherEmployee { employee, .. }
            | Self::NoOverride { employee, .. }
            | Self::CalibrationMismatch { employee }
            | Self::CalibratedLeader { employee }
            | Self::CalibrationScoreMismatch { employee, .. }
            | Self::CalibrationReasonMissing { employee }
            | Self::CalibrationReasonUnexpected { employee }
            | Self::CalibrationReasonDiffers { employee }
            | Self::CalibrationAssignmentRefused { employee, .. }
            | Self::TieFigureMissing { employee, .. }
            | Self::ObjectionNotOwn { employee, .. }
            | Self::ObjectionRepeated { employee, .. }
            | Self::NoObjection { employee, .. }
            | Self::ObjectionFinal { employee, .. }
            | Self::NotAddressee { employee, .. }
            | Self::UnknownEmployee { employee }
            | Self::DuplicateEmployee { employee }
            | Self::Tenure { employee, .. } => Some(employee),
            _ => None,
        }
    }

    /// Everyone the error names, in the order it names them.
    #[must_use]
    pub fn people(&self) -> Vec<EmployeeNumber> {
        match self {
            Self::Agreement(error) => error.people(),
            Self::PlanOfAnotherEmployee { employee, plan } => vec![*employee, *plan],
            Self::ObjectionNotOwn { employee, by } | Self::NotAddressee { employee, by, .. } => {
                vec![*employee, *by]
            }
            Self::TieDecisionRefused { employees, .. }
            | Self::TieDecisionUnmatched { employees }
            | Self::UnresolvedTie { employees, .. }
            | Self::CalibrationTieMismatch { employees } => employees.clone(),
            Self::AlreadyRecorded { employee, .. } | Self::NotRecorded { employee, .. } => {
                employee.iter().copied().collect()
            }
            other => other.employee().copied().into_iter().collect(),
        }
    }

    /// The error in Indonesian or English with everyone it names called as `agency` calls
    /// them, the number beside the name.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::evaluation::EvaluationError;
    /// use kinerja::prelude::*;
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    /// let error = EvaluationError::CalibrationReasonMissing { employee: dewi };
    /// assert!(error.describe_in(&agency, Language::Indonesian).starts_with(
    ///     "kalibrasi mengubah predikat pegawai Dewi Lestari, S.Kom. (NIP 199203032019032011) tanpa alasan"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn describe_in(&self, agency: &crate::org::Agency, language: Language) -> String {
        crate::agreement::named(self.describe(language), &self.people(), agency)
    }

    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = Language::Indonesian;
        match self {
            Self::Scoring(error) => error.describe(language),
            Self::Agreement(error) => error.describe(language),
            Self::InvalidInputs(problems) => problems.describe(language),
            _ if language == Language::English => self.to_string(),
            Self::AlreadyRecorded {
                indicator,
                employee,
                period,
            } => format!(
                "indikator `{indicator}` sudah punya realisasi {period}{}: koreksilah",
                untuk(employee.as_ref())
            ),
            Self::NotRecorded {
                indicator,
                employee,
                period,
            } => format!(
                "indikator `{indicator}` belum punya realisasi {period}{} untuk diubah",
                untuk(employee.as_ref())
            ),
            Self::NoOverride { employee, period } => {
                format!("pegawai {employee} tidak punya perubahan rating untuk {period}")
            }
            Self::MatrixNotMonotone { results, behaviour } => format!(
                "matriks predikat memburuk saat penilaian membaik, pada hasil kerja {} dan perilaku {}",
                results.label(id),
                behaviour.label(id)
            ),
            Self::RaterWeights { total } => format!(
                "bobot penilai harus tidak negatif dan berjumlah tepat 100 %, jumlahnya {total}"
            ),
            Self::ValueCount { count } => {
                format!("aturan hitung perilaku perlu jumlah 1 sampai 7 nilai, diberikan {count}")
            }
            Self::NineBoxNumber { number } => {
                format!("tidak ada kotak {number}; kotak bernomor 1 sampai 9")
            }
            Self::CountOverflow => "hitungan pegawai meluap".to_owned(),
            Self::UnnamedSheet => "lembar batch tidak menyebut pegawai".to_owned(),
            Self::InconsistentSummary { employees } => format!(
                "ringkasan unit dengan {employees} pegawai harus menghitung masing-masing sekali per predikat, penilaian hasil kerja dan perilaku, dan tidak lebih banyak per kotak"
            ),
            Self::LeaderRatingsNotMonotone { predicate } => format!(
                "penilaian pimpinan memburuk saat predikat organisasi membaik, pada '{}'",
                predicate.label(id)
            ),
            Self::MissingLeaderRating { predicate } => format!(
                "penilaian pimpinan tidak punya nilai untuk predikat organisasi '{}'",
                predicate.label(id)
            ),
            Self::BlankReason => "alasan harus diberikan".to_owned(),
            Self::PlanOfAnotherEmployee { employee, plan } => {
                format!("pegawai {employee} dinilai dengan SKP pegawai {plan}")
            }
            Self::CalibrationMismatch { employee } => format!(
                "kalibrasi pegawai {employee} berangkat dari predikat lain daripada penilaiannya"
            ),
            Self::NoAnnualOrganisation => "organisasi belum punya predikat tahunan, jadi tidak ada kuota untuk kalibrasi: nilai seluruh tahun (atau catat keputusan pimpinan atas predikat organisasi) sebelum kalibrasi".to_owned(),
            Self::CalibratedLeader { employee } => format!(
                "pegawai {employee} memimpin organisasi dan dinilai bersamanya, di luar distribusi: kalibrasi hanya pegawai lainnya (AgencyAppraisal::calibration_entries)"
            ),
            Self::CalibrationScoreMismatch {
                employee,
                stated,
                reported,
            } => format!(
                "kalibrasi memberi pegawai {employee} nilai {}, padahal penilaiannya melaporkan {}: kalibrasi ulang dari penilaian (AgencyAppraisal::calibration)",
                crate::written::exact(*stated, id),
                crate::written::exact(*reported, id)
            ),
            Self::CalibrationReasonMissing { employee } => format!(
                "kalibrasi mengubah predikat pegawai {employee} tanpa alasan: setiap perubahan menyebut alasannya (urutan nilai, kuota yang dilanggar); kalibrasi ulang, jangan menyunting hasilnya"
            ),
            Self::CalibrationReasonUnexpected { employee } => format!(
                "kalibrasi memberi alasan perubahan predikat pegawai {employee}, padahal predikat yang diberikan sama dengan usulan: alasan hanya untuk perubahan; kalibrasi ulang, jangan menyunting hasilnya"
            ),
            Self::CalibrationReasonDiffers { employee } => format!(
                "kalibrasi memberi pegawai {employee} alasan perubahan yang lain daripada yang ditemukan kalibrasi: kalibrasi ulang, jangan menyunting hasilnya"
            ),
            Self::CalibrationChangesMiscounted { stated, counted } => format!(
                "kalibrasi menyatakan {stated} predikat berubah, padahal isinya mengubah {counted}: kalibrasi ulang, jangan menyunting hasilnya"
            ),
            Self::CalibrationBeforeMismatch => "laporan kalibrasi atas usulan bukan hasil pemeriksaan distribusi predikat yang diusulkan menurut predikat organisasi dan aturannya: kalibrasi ulang, jangan menyunting hasilnya".to_owned(),
            Self::CalibrationAfterMismatch => "laporan kalibrasi atas hasilnya bukan hasil pemeriksaan distribusi predikat yang diberikannya menurut predikat organisasi dan aturannya: kalibrasi ulang, jangan menyunting hasilnya".to_owned(),
            Self::CalibrationAssignmentRefused {
                employee,
                stated,
                derived,
            } => format!(
                "kalibrasi memberi pegawai {employee} {}, padahal menurut kuota dan urutan nilai kalibrasi memberi {}: kalibrasi ulang, jangan menyunting hasilnya",
                stated.map_or("tanpa predikat", |p| p.label(id)),
                derived.label(id)
            ),
            Self::CalibrationTieMismatch { employees } => format!(
                "nilai sama {} tidak diselesaikan seperti menurut aturan atau keputusan pimpinan yang tercatat: catat keputusan itu bersama data tahunan (AgencyRecords::tie_decisions) dan kalibrasi ulang",
                numbers(employees)
            ),
            Self::CalibrationNotReproduced => "kalibrasi ini bukan hasil kalibrasi para pegawainya menurut aturan: kalibrasi ulang, jangan menyunting hasilnya".to_owned(),
            Self::ObjectionNotOwn { employee, by } => format!(
                "hanya pegawai {employee} yang dapat mengajukan keberatan atas penilaiannya, bukan {by}"
            ),
            Self::ObjectionRefused { problem } => {
                format!("keberatan ditolak: {}", problem.describe(language))
            }
            Self::ObjectionRepeated { employee, period } => format!(
                "pegawai {employee} sudah mengajukan keberatan atas penilaian {period}; keberatan hanya sekali"
            ),
            Self::NoObjection { employee, period } => format!(
                "pegawai {employee} tidak mengajukan keberatan atas penilaian {period} yang dapat diputuskan"
            ),
            Self::ObjectionFinal { employee, period } => format!(
                "keberatan pegawai {employee} atas penilaian {period} sudah diputuskan dan keputusannya final"
            ),
            Self::NotAddressee {
                employee,
                period,
                by,
            } => format!(
                "keberatan pegawai {employee} atas penilaian {period} diputuskan oleh atasan yang dituju, bukan {by}"
            ),
            Self::TieFigureMissing { employee, rule } => format!(
                "pegawai {employee} berada dalam nilai sama yang diselesaikan aturan '{}' dengan angka yang tidak dimilikinya",
                rule.label(id)
            ),
            Self::TieDecisionRefused { employees, rule } => format!(
                "keputusan atas nilai sama {} tidak dapat diterima: harus mengisi tepat tempat yang ada, mempertahankan setiap usulan yang masih ada tempatnya, dan mengikuti aturan '{}' bila angkanya berbeda",
                numbers(employees),
                rule.label(id)
            ),
            Self::TieDecisionUnmatched { employees } => format!(
                "keputusan menempatkan {} tetapi kalibrasi tidak menemukan nilai sama itu untuk diputuskan",
                numbers(employees)
            ),
            Self::UnresolvedTie { score, employees } => format!(
                "nilai sama {} pada {} masih menunggu keputusan pimpinan",
                numbers(employees),
                crate::written::exact(*score, id)
            ),
            Self::MissingBehaviourRating { value } => format!(
                "nilai dasar '{}' tidak punya penilaian dari atasan langsung (atau sama sekali)",
                value.label(id)
            ),
            Self::PeriodOutsideYear { period, year } => {
                format!("periode {period} di luar tahun {year}")
            }
            Self::UnknownEmployee { employee } => format!("pegawai {employee} tidak dikenal"),
            Self::DuplicateEmployee { employee } => {
                format!("pegawai {employee} muncul lebih dari sekali")
            }
            Self::MissingOrganisationPredicate { organisation } => format!(
                "aturan distribusi tidak punya ketentuan untuk predikat organisasi '{}'",
                organisation.label(id)
            ),
            Self::QuotaPercent { percent } => format!("kuota {percent} % di luar 0-100"),
            Self::RepeatedQuotaPredicate { predicate } => format!(
                "sebuah kuota menyebut predikat '{}' dua kali",
                crate::label::Labelled::label(predicate, crate::label::Language::Indonesian)
            ),
            Self::EmptyDistribution => "aturan distribusi tidak menyebut predikat organisasi apa pun: hapus `distribution` untuk memakai tabel nasional (SE MenPANRB 3/2023), atau tulis kuota setiap predikat organisasi (`exceptional`, `good`, `needs_improvement`, `poor`, `very_poor`), daftar kosong untuk yang tanpa kuota".to_owned(),
            Self::EmptyQuota => "sebuah kuota tidak menyebut predikat apa pun".to_owned(),
            Self::TooManyQuotas {
                organisation,
                count,
                limit,
            } => format!(
                "{count} kuota untuk predikat organisasi '{}', lebih dari {limit}",
                crate::label::Labelled::label(organisation, crate::label::Language::Indonesian)
            ),
            Self::NoCompliantAssignment {
                organisation,
                team,
                rounding,
            } => format!(
                "tidak ada pembagian predikat bagi {team} pegawai ini yang memenuhi kuota untuk predikat organisasi '{}' (pembulatan: {})",
                organisation.label(id),
                rounding.label(id)
            ),
            Self::TeamTooLarge { team, limit } => {
                format!("tim berisi {team} orang melebihi batas kalibrasi {limit}")
            }
            Self::Tenure { employee, from } => format!(
                "pegawai {employee}: jabatan yang dipegang sejak {from} bukan bagian sah dari tahun itu (tanggal mundur, di luar tahun, atau tumpang tindih)"
            ),
            Self::InvalidFigure { what, value } => {
                format!("{}: {value} tidak diperbolehkan", what.describe(language))
            }
            Self::NothingToAverage { what } => {
                format!("{}: tidak ada yang dirata-ratakan", what.describe(language))
            }
            Self::Overflow { formula } => format!(
                "{} keluar dari jangkauan desimal tepat",
                formula.describe(language)
            ),
        }
    }
}

fn stated_predicate(stated: &Option<crate::evaluation::Predicate>) -> String {
    stated.map_or_else(
        || "no predicate".to_owned(),
        |p| p.label(Language::English).to_owned(),
    )
}

fn numbers(employees: &[EmployeeNumber]) -> String {
    let all: Vec<String> = employees.iter().map(ToString::to_string).collect();
    all.join(", ")
}

fn for_whom(employee: Option<&EmployeeNumber>) -> String {
    employee.map_or_else(|| " of the team".to_owned(), |e| format!(" of {e}"))
}

fn untuk(employee: Option<&EmployeeNumber>) -> String {
    employee.map_or_else(|| " tim".to_owned(), |e| format!(" pegawai {e}"))
}
