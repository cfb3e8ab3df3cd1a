//! The continuous feedback log: dated entries from the leader or a peer on a result, an
//! indicator or a core value, with evidence; the employee's reflections; and the improvement
//! areas of the periodic evaluations as entries.

use super::error::{AgreementError, Field};
use super::parties::Parties;
use super::trail::{not_before, not_blank};
use crate::cascade::Cascade;
use crate::id::{IndicatorId, NodeId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::CoreValue;
use crate::period::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// What a comment or feedback entry is about.
///
/// On the wire: `"plan"`, `{"result": "RHK-KUR-1"}`, `{"indicator": "IKI-KUR-1"}`,
/// `{"core_value": "collaborative"}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum About {
    /// The plan (or the employee's work) as a whole.
    Plan,
    /// One of the employee's results.
    Result(NodeId),
    /// One of the employee's indicators.
    Indicator(IndicatorId),
    /// A core value.
    CoreValue(CoreValue),
}

/// Who gives an entry, and in which capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", remote = "Self")]
pub enum FeedbackKind {
    /// Umpan balik atasan: the direct leader's feedback.
    Leader,
    /// Umpan balik rekan kerja: a colleague's.
    Peer,
    /// Refleksi: the employee's own reflection.
    Reflection,
    /// Area perbaikan: an improvement area found by a periodic evaluation, entered in the
    /// leader's name.
    ImprovementArea {
        /// The span the evaluation covered.
        scope: Span,
    },
}

crate::objects_only::objects_only!(FeedbackKind);

impl Labelled for FeedbackKind {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Leader, Language::Indonesian) => "umpan balik atasan",
            (Self::Peer, Language::Indonesian) => "umpan balik rekan kerja",
            (Self::Reflection, Language::Indonesian) => "refleksi pegawai",
            (Self::ImprovementArea { .. }, Language::Indonesian) => "area perbaikan",
            (Self::Leader, Language::English) => "leader's feedback",
            (Self::Peer, Language::English) => "peer feedback",
            (Self::Reflection, Language::English) => "employee's reflection",
            (Self::ImprovementArea { .. }, Language::English) => "improvement area",
        }
    }
}

/// One entry of the feedback log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct FeedbackEntry {
    /// The date.
    pub on: NaiveDate,
    /// Who wrote it.
    pub by: EmployeeNumber,
    /// In which capacity.
    pub kind: FeedbackKind,
    /// What about.
    pub about: About,
    /// The feedback.
    pub text: String,
    /// References to evidence (documents, links, storage keys), kept as given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// For a reflection: the earlier entry (by its index in the log) it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responds_to: Option<usize>,
}

crate::objects_only::objects_only!(FeedbackEntry);

/// One employee's feedback log over the year, in date order.
///
/// A log is a history, trusted no more than the entries [`FeedbackLog::record`] added:
/// read from JSON, its entries are checked in order as `record` checks them where no
/// cascade is needed (dates, authors, answers, blank texts), and [`FeedbackLog::check`]
/// makes the rest against the cascade (the parties, the authors, and that every entry about
/// a result or indicator concerns the log's employee). Check a log read back before using
/// it; recording an entry in it checks its parties again.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::agreement::{About, FeedbackEntry, FeedbackKind, FeedbackLog, Parties};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
/// let parties = Parties::of(cascade.agency(), rina)?;
/// let mut log = FeedbackLog::new(parties);
/// let on = kinerja::NaiveDate::from_ymd_opt(2026, 4, 8).ok_or("date")?;
/// let leader = *parties.leader();
/// let first = log.record(&cascade, FeedbackEntry {
///     on, by: leader, kind: FeedbackKind::Leader,
///     about: About::Indicator(IndicatorId::new("IKI-KUR-1")?),
///     text: "Pendampingan dua SD di Siulak Mukai perlu dipercepat".into(),
///     evidence: vec!["dms://notulen/2026-04-08".into()], responds_to: None,
/// })?;
/// log.record(&cascade, FeedbackEntry {
///     on, by: rina, kind: FeedbackKind::Reflection, about: About::Plan,
///     text: "Jadwal pendampingan saya susun ulang per gugus".into(),
///     evidence: vec![], responds_to: Some(first),
/// })?;
/// assert_eq!(log.entries().len(), 2);
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::agreement::FeedbackLog = serde_json::from_str(r#"
/// {
///   "parties": {
///     "employee": {
///       "kind": "pns",
///       "number": "199203032019032011"
///     },
///     "leader": {
///       "kind": "pns",
///       "number": "198507192010012014"
///     },
///     "settler": {
///       "kind": "pns",
///       "number": "198003152005011003"
///     }
///   },
///   "entries": [
///     {
///       "on": "2026-02-03",
///       "by": {
///         "kind": "pns",
///         "number": "198507192010012014"
///       },
///       "kind": "leader",
///       "about": {
///         "indicator": "IKI-DATA-1"
///       },
///       "text": "Verifikasi 12 SD di Siulak Deras tertunda; minta operator sekolah mengunggah ulang",
///       "evidence": [
///         "dms://notulen/2026-02-03"
///       ]
///     },
///     {
///       "on": "2026-02-04",
///       "by": {
///         "kind": "pppk",
///         "number": "199506122022212001"
///       },
///       "kind": "peer",
///       "about": {
///         "core_value": "collaborative"
///       },
///       "text": "Membantu saya memeriksa data rombel"
///     },
///     {
///       "on": "2026-02-05",
///       "by": {
///         "kind": "pns",
///         "number": "199203032019032011"
///       },
///       "kind": "reflection",
///       "about": {
///         "indicator": "IKI-DATA-1"
///       },
///       "text": "Saya buat jadwal unggah per gugus",
///       "responds_to": 0
///     },
///     {
///       "on": "2026-04-07",
///       "by": {
///         "kind": "pns",
///         "number": "198507192010012014"
///       },
///       "kind": {
///         "improvement_area": {
///           "scope": "2026-Q1"
///         }
///       },
///       "about": {
///         "indicator": "IKI-DATA-1"
///       },
///       "text": "indikator IKI-DATA-1 baru tercapai 93.33 % dari target"
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedbackLog {
    parties: Parties,
    entries: Vec<FeedbackEntry>,
    /// For each entry answered, the indices of the reflections that answer it, in order:
    /// made from the entries as they are added (never written).
    #[serde(skip)]
    answers: BTreeMap<usize, Vec<usize>>,
}

/// A feedback log as written, before its entries are checked in order.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct FeedbackLogWire {
    parties: Parties,
    #[serde(default)]
    entries: Vec<FeedbackEntry>,
}

crate::objects_only::objects_only!(de: FeedbackLogWire);

#[cfg(feature = "schema")]
crate::json_schema::schema_as!(FeedbackLog, FeedbackLogWire);

impl<'de> Deserialize<'de> for FeedbackLog {
    /// As written, refusing entries out of date order, by the wrong author, or answering an
    /// entry that does not come before them.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = FeedbackLogWire::deserialize(deserializer)?;
        let mut log = Self::new(wire.parties);
        for entry in wire.entries {
            log.push(entry).map_err(serde::de::Error::custom)?;
        }
        Ok(log)
    }
}

impl FeedbackLog {
    /// An empty log for the employee of `parties`.
    #[must_use]
    pub const fn new(parties: Parties) -> Self {
        Self {
            parties,
            entries: Vec::new(),
            answers: BTreeMap::new(),
        }
    }

    /// The parties: whose log, and who leads them.
    #[must_use]
    pub const fn parties(&self) -> &Parties {
        &self.parties
    }

    /// The entries, in date order.
    #[must_use]
    pub fn entries(&self) -> &[FeedbackEntry] {
        &self.entries
    }

    /// The improvement areas, with their index, in date order.
    pub fn improvement_areas(&self) -> impl Iterator<Item = (usize, &FeedbackEntry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, FeedbackKind::ImprovementArea { .. }))
    }

    /// The reflections that answer entry `index`, in order. Found through an index kept as
    /// entries are added: the cost is a look-up, not a walk of the log.
    pub fn reflections_on(&self, index: usize) -> impl Iterator<Item = &FeedbackEntry> {
        self.answers
            .get(&index)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&i| self.entries.get(i))
    }

    /// Adds an entry, checked against `cascade`, and returns its index.
    ///
    /// # Errors
    /// An error of [`Parties::check`] when the log's parties are not the agency's reporting
    /// line (a log read from JSON); [`AgreementError::DateBackwards`] when it is dated before
    /// the last entry; [`AgreementError::Blank`] for a blank text;
    /// [`AgreementError::UnknownEmployee`] when the author is not in the agency;
    /// [`AgreementError::WrongAuthor`] when a leader's entry or an improvement area is not
    /// by the leader, a reflection not by the employee, or a peer's entry by the employee or
    /// the leader; [`AgreementError::UnknownEntry`] when a reflection answers an entry that
    /// is not an earlier one; [`AgreementError::NotTheirResult`] or
    /// [`AgreementError::NotTheirIndicator`] when it is about a result or indicator that is
    /// not the employee's in the cascade.
    pub fn record(
        &mut self,
        cascade: &Cascade,
        entry: FeedbackEntry,
    ) -> Result<usize, AgreementError> {
        self.parties.check(cascade.agency())?;
        self.fits(cascade, &entry)?;
        self.push(entry)
    }

    /// Checks a log (read from JSON, say) against `cascade` as [`FeedbackLog::record`]
    /// checked each entry: reading it back already refused entries out of date order, by
    /// the wrong author, blank, or answering an entry that does not come before them; here
    /// the parties must be the agency's reporting line, every author in the agency, and
    /// every entry about a result or indicator (an improvement area included) about one of
    /// the log's employee's own.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{AgreementError, FeedbackLog};
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let json = r#"{"parties": {
    ///     "employee": {"kind": "pns", "number": "199203032019032011"},
    ///     "leader": {"kind": "pns", "number": "198507192010012014"}},
    ///   "entries": [{"on": "2026-04-07", "by": {"kind": "pns", "number": "198507192010012014"},
    ///     "kind": {"improvement_area": {"scope": "2026-Q1"}},
    ///     "about": {"indicator": "IKI-DATA-1"}, "text": "Verifikasi data tertunda"}]}"#;
    /// let log: FeedbackLog = serde_json::from_str(json)?;
    /// assert_eq!(log.check(&cascade), Ok(()));
    ///
    /// // The same improvement area about the curriculum section's indicator, which is not
    /// // Dewi's, is refused.
    /// let theirs: FeedbackLog = serde_json::from_str(&json.replace("IKI-DATA-1", "IKI-KUR-1"))?;
    /// assert!(matches!(theirs.check(&cascade), Err(AgreementError::NotTheirIndicator { .. })));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// An error of [`Parties::check`]; for the first entry that does not fit,
    /// [`AgreementError::UnknownEmployee`], [`AgreementError::NotTheirResult`] or
    /// [`AgreementError::NotTheirIndicator`].
    pub fn check(&self, cascade: &Cascade) -> Result<(), AgreementError> {
        self.parties.check(cascade.agency())?;
        self.entries
            .iter()
            .try_for_each(|entry| self.fits(cascade, entry))
    }

    /// The checks of an entry that need the cascade: its author is in the agency, and what
    /// it is about is the employee's.
    fn fits(&self, cascade: &Cascade, entry: &FeedbackEntry) -> Result<(), AgreementError> {
        if cascade.agency().employee(&entry.by).is_none() {
            return Err(AgreementError::UnknownEmployee { employee: entry.by });
        }
        let employee = *self.parties.employee();
        let mut results = cascade.results_of(&employee);
        match &entry.about {
            About::Result(node) if !results.any(|r| r.id() == node) => {
                Err(AgreementError::NotTheirResult {
                    employee,
                    result: node.clone(),
                })
            }
            About::Indicator(indicator)
                if !results.any(|r| r.indicators().iter().any(|i| i.id() == indicator)) =>
            {
                Err(AgreementError::NotTheirIndicator {
                    employee,
                    indicator: indicator.clone(),
                })
            }
            _ => Ok(()),
        }
    }

    /// Adds an entry after the checks that need no cascade.
    fn push(&mut self, entry: FeedbackEntry) -> Result<usize, AgreementError> {
        not_before(self.entries.last().map(|e| e.on), entry.on)?;
        not_blank(&entry.text, Field::Text)?;
        let author_fits = match entry.kind {
            FeedbackKind::Leader | FeedbackKind::ImprovementArea { .. } => {
                entry.by == *self.parties.leader()
            }
            FeedbackKind::Reflection => entry.by == *self.parties.employee(),
            FeedbackKind::Peer => {
                entry.by != *self.parties.employee() && entry.by != *self.parties.leader()
            }
        };
        if !author_fits {
            return Err(AgreementError::WrongAuthor {
                employee: *self.parties.employee(),
                author: entry.by,
            });
        }
        let index = self.entries.len();
        match entry.responds_to {
            Some(earlier) if earlier >= index || entry.kind != FeedbackKind::Reflection => {
                return Err(AgreementError::UnknownEntry { entry: earlier });
            }
            _ => {}
        }
        if let (FeedbackKind::Reflection, Some(earlier)) = (entry.kind, entry.responds_to) {
            self.answers.entry(earlier).or_default().push(index);
        }
        self.entries.push(entry);
        Ok(index)
    }
}
