//! What an agency records for a year, as it arrives: the whole agency's records, and for
//! each employee, besides realisations, behaviour ratings, the leader's notes and overrides
//! per period, and the leader's specific expectations.

use super::behaviour::BehaviourRating;
use super::error::EvaluationError;
use super::objection::Objection;
use super::organisation::OrganisationDecision;
use super::rating::Rating;
use super::reason::Reason;
use super::rules::EvaluationRules;
use super::tie::TieDecision;
use crate::cascade::Cascade;
use crate::measure::IndicatorDefinition;
use crate::measure::Realisation;
use crate::nip::EmployeeNumber;
use crate::org::CoreValue;
use crate::period::Period;
use crate::period::Year;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One employee's records for a year of evaluation, keyed by the period each belongs to: a
/// period of the evaluation's granularity (its periodic evaluation, to date), or the year
/// itself (the annual evaluation).
///
/// On the wire the maps are keyed by period text:
/// `{"employee": {...}, "behaviour": {"2026-Q1": [...], "2026": [...]}, "notes": {...},
/// "overrides": {...}, "expectations": {"competent": "..."}}`.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{evaluation::*, prelude::*};
/// let number = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
/// let q1: Period = "2026-Q1".parse()?;
/// let mut records = EmployeeRecords::new(number);
/// records.behaviour.insert(q1, CoreValue::ALL.iter().map(|&value| BehaviourRating {
///     value, rater: RaterRole::Superior, rating: Rating::Meets,
/// }).collect());
/// records.notes.insert(q1, vec!["Laporan triwulan tepat waktu".to_owned()]);
/// let json = serde_json::to_string(&records)?;
/// assert_eq!(serde_json::from_str::<EmployeeRecords>(&json)?, records);
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::EmployeeRecords = serde_json::from_str(r#"
/// {
///   "employee": {
///     "kind": "pns",
///     "number": "198507192010012014"
///   },
///   "behaviour": {
///     "2026-Q1": [
///       {
///         "value": "service_oriented",
///         "rater": "superior",
///         "rating": "meets"
///       },
///       {
///         "value": "accountable",
///         "rater": "superior",
///         "rating": "meets"
///       },
///       {
///         "value": "competent",
///         "rater": "superior",
///         "rating": "meets"
///       },
///       {
///         "value": "harmonious",
///         "rater": "superior",
///         "rating": "meets"
///       },
///       {
///         "value": "loyal",
///         "rater": "superior",
///         "rating": "meets"
///       },
///       {
///         "value": "adaptive",
///         "rater": "superior",
///         "rating": "meets"
///       },
///       {
///         "value": "collaborative",
///         "rater": "superior",
///         "rating": "meets"
///       }
///     ]
///   },
///   "notes": {
///     "2026-Q2": [
///       "Bimbingan penilaian autentik berjalan baik; jumlah sekolah Kurikulum Merdeka perlu dikejar."
///     ]
///   },
///   "overrides": {
///     "2026-Q2": {
///       "rating": "meets",
///       "reason": "Pelatihan guru tertunda karena banjir; bukan kelalaian"
///     }
///   },
///   "expectations": {
///     "competent": "Menguasai penilaian autentik dan mampu membimbing guru"
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct EmployeeRecords {
    /// The employee.
    pub employee: EmployeeNumber,
    /// Behaviour ratings per period.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub behaviour: BTreeMap<Period, Vec<BehaviourRating>>,
    /// The leader's notes (umpan balik) per period.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub notes: BTreeMap<Period, Vec<String>>,
    /// The leader's overrides of the result rating per period.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub overrides: BTreeMap<Period, Override>,
    /// The leader's specific expectations (ekspektasi khusus) per core value, for the year.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub expectations: BTreeMap<CoreValue, String>,
    /// The employee's objections (keberatan), per evaluation's period, with the decisions.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub objections: BTreeMap<Period, Objection>,
}

crate::objects_only::objects_only!(EmployeeRecords);

impl EmployeeRecords {
    /// Empty records for the employee numbered `employee`.
    #[must_use]
    pub const fn new(employee: EmployeeNumber) -> Self {
        Self {
            employee,
            behaviour: BTreeMap::new(),
            notes: BTreeMap::new(),
            overrides: BTreeMap::new(),
            expectations: BTreeMap::new(),
            objections: BTreeMap::new(),
        }
    }

    /// Every period the records name, in order, each once.
    pub(crate) fn periods(&self) -> impl Iterator<Item = (Period, RecordKind)> + '_ {
        let behaviour = self.behaviour.keys().map(|&p| (p, RecordKind::Behaviour));
        let notes = self.notes.keys().map(|&p| (p, RecordKind::Notes));
        let overrides = self.overrides.keys().map(|&p| (p, RecordKind::Override));
        let objections = self.objections.keys().map(|&p| (p, RecordKind::Objection));
        behaviour.chain(notes).chain(overrides).chain(objections)
    }
}

/// Which kind of record a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecordKind {
    /// Behaviour ratings.
    Behaviour,
    /// The leader's notes.
    Notes,
    /// An override of the result rating.
    Override,
    /// Specific expectations.
    Expectations,
    /// An objection to the evaluation.
    Objection,
}

impl crate::label::Labelled for RecordKind {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language::{English, Indonesian};
        match (self, language) {
            (Self::Behaviour, Indonesian) => "penilaian perilaku",
            (Self::Notes, Indonesian) => "catatan pimpinan",
            (Self::Override, Indonesian) => "perubahan rating oleh pimpinan",
            (Self::Expectations, Indonesian) => "ekspektasi khusus",
            (Self::Objection, Indonesian) => "keberatan",
            (Self::Behaviour, English) => "behaviour ratings",
            (Self::Notes, English) => "leader's notes",
            (Self::Override, English) => "rating override",
            (Self::Expectations, English) => "specific expectations",
            (Self::Objection, English) => "objection",
        }
    }
}

/// A leader's override of the result rating, which must say why.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{Override, Rating};
/// let set = Override::new(Rating::Above, "Menyelesaikan migrasi Dapodik di luar target")?;
/// assert_eq!(set.rating, Rating::Above);
/// assert!(Override::new(Rating::Above, "  ").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Override {
    /// The rating the leader sets.
    pub rating: Rating,
    /// Why.
    pub reason: Reason,
}

crate::objects_only::objects_only!(Override);

impl Override {
    /// An override.
    ///
    /// # Errors
    /// [`EvaluationError::BlankReason`] when the reason is blank.
    pub fn new(rating: Rating, reason: impl Into<String>) -> Result<Self, EvaluationError> {
        Ok(Self {
            rating,
            reason: Reason::new(reason)?,
        })
    }
}

/// An agency's records for a year of evaluation, as they arrive (from JSON, from forms,
/// from another system): the rules, the cascade, the indicator definitions, the
/// realisations, each employee's records, and the next leader's decisions on the
/// organisation's predicate. Checked together by
/// [`AgencyInput::new`](crate::AgencyInput::new).
///
/// Realisations are given as recorded: the agency path rolls them up along direct links
/// itself.
///
/// A document of this type (the JSON a service sends; every record of a small office, rated
/// for the year):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::Predicate;
/// let read: kinerja::AgencyRecords = serde_json::from_str(r#"
/// {
///   "year": 2026,
///   "rules": {
///     "granularity": "year"
///   },
///   "cascade": {
///     "agency": {
///       "name": "Kantor Camat Siulak",
///       "vision": "Pelayanan kecamatan yang cepat dan terbuka",
///       "missions": [
///         {
///           "id": "M1",
///           "statement": "Meningkatkan kualitas pelayanan publik"
///         }
///       ],
///       "units": [
///         {
///           "id": "KEC",
///           "name": "Kecamatan Siulak"
///         }
///       ],
///       "positions": [
///         {
///           "id": "CAMAT",
///           "title": "Camat Siulak",
///           "unit": "KEC",
///           "level": "administrator"
///         }
///       ],
///       "employees": [
///         {
///           "number": {
///             "kind": "pns",
///             "number": "197503102000031004"
///           },
///           "name": "Drs. Jamaluddin",
///           "position": "CAMAT"
///         }
///       ]
///     },
///     "nodes": [
///       {
///         "id": "T1",
///         "level": "goal",
///         "statement": "Meningkatnya kepuasan masyarakat",
///         "owner": {
///           "unit": "KEC"
///         },
///         "missions": [
///           "M1"
///         ]
///       },
///       {
///         "id": "RHK-CAMAT-1",
///         "level": "result",
///         "statement": "Meningkatnya kepuasan masyarakat atas layanan kecamatan",
///         "owner": {
///           "position": "CAMAT"
///         },
///         "parent": {
///           "node": "T1",
///           "kind": "indirect"
///         },
///         "indicators": [
///           {
///             "id": "IKI-CAMAT-1",
///             "statement": "Indeks kepuasan masyarakat",
///             "unit": "indeks"
///           }
///         ]
///       }
///     ]
///   },
///   "definitions": [
///     {
///       "id": "IKI-CAMAT-1",
///       "unit": "indeks",
///       "polarity": "maximise",
///       "targets": {
///         "2026": {
///           "value": "80"
///         }
///       }
///     }
///   ],
///   "realisations": [
///     {
///       "indicator": "IKI-CAMAT-1",
///       "employee": {
///         "kind": "pns",
///         "number": "197503102000031004"
///       },
///       "period": "2026",
///       "value": "84"
///     }
///   ],
///   "employees": [
///     {
///       "employee": {
///         "kind": "pns",
///         "number": "197503102000031004"
///       },
///       "behaviour": {
///         "2026": [
///           {
///             "value": "service_oriented",
///             "rater": "superior",
///             "rating": "meets"
///           },
///           {
///             "value": "accountable",
///             "rater": "superior",
///             "rating": "meets"
///           },
///           {
///             "value": "competent",
///             "rater": "superior",
///             "rating": "meets"
///           },
///           {
///             "value": "harmonious",
///             "rater": "superior",
///             "rating": "meets"
///           },
///           {
///             "value": "loyal",
///             "rater": "superior",
///             "rating": "meets"
///           },
///           {
///             "value": "adaptive",
///             "rater": "superior",
///             "rating": "meets"
///           },
///           {
///             "value": "collaborative",
///             "rater": "superior",
///             "rating": "meets"
///           }
///         ]
///       }
///     }
///   ]
/// }
/// "#)?;
/// let input = kinerja::AgencyInput::new(read).map_err(|problems| format!("{problems:?}"))?;
/// let year = kinerja::appraise_agency(&input)?;
/// let camat = kinerja::nip::EmployeeNumber::new(kinerja::nip::EmployeeKind::Pns, "197503102000031004")?;
/// let annual = &year.employee(&camat).ok_or("no appraisal")?.annual;
/// // 84 against a target of 80 is 105 %: as expected, and so is the behaviour.
/// assert_eq!(annual.predicate, Predicate::Good);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AgencyRecords {
    /// The year evaluated.
    pub year: Year,
    /// The rules (every one defaults).
    #[serde(default)]
    pub rules: EvaluationRules,
    /// The cascade, and through it the agency.
    pub cascade: Cascade,
    /// The indicator definitions.
    #[serde(default)]
    pub definitions: Vec<IndicatorDefinition>,
    /// The realisations, as recorded.
    #[serde(default)]
    pub realisations: Vec<Realisation>,
    /// Each employee's behaviour ratings, notes, overrides and expectations.
    #[serde(default)]
    pub employees: Vec<EmployeeRecords>,
    /// Decisions on the organisation's predicate, by period: a period's decision is for its
    /// evaluation to date, the year's for the annual one. Where the last period to date is
    /// the whole year, the year's decision takes precedence.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_map::deserialize"
    )]
    pub organisation: BTreeMap<Period, OrganisationDecision>,
    /// The leaders' decisions on ties at calibration: who of several employees with equal
    /// scores takes which predicate, by whom, when and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tie_decisions: Vec<TieDecision>,
}

crate::objects_only::objects_only!(AgencyRecords);
