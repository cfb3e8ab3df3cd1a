//! Learning methods (Peraturan LAN 10/2018) and the JP a programme credits.

use super::error::DevelopmentError;
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::num::Percent;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A learning method of Peraturan LAN 10/2018: classical (in a class) or non-classical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Method {
    /// Pelatihan struktural kepemimpinan.
    LeadershipTraining,
    /// Pelatihan manajerial.
    ManagerialTraining,
    /// Pelatihan teknis.
    TechnicalTraining,
    /// Pelatihan fungsional.
    FunctionalTraining,
    /// Pelatihan sosial kultural.
    SocioCulturalTraining,
    /// Seminar, konferensi, sarasehan.
    Seminar,
    /// Lokakarya.
    Workshop,
    /// Kursus.
    Course,
    /// Penataran.
    Upgrading,
    /// Bimbingan teknis.
    TechnicalGuidance,
    /// Sosialisasi.
    Socialisation,
    /// Simulasi: a classical session built on a simulation.
    Simulation,
    /// Studi kasus: a classical session built on case studies.
    CaseStudy,
    /// Coaching.
    Coaching,
    /// Mentoring.
    Mentoring,
    /// E-learning.
    ELearning,
    /// Pelatihan jarak jauh.
    DistanceLearning,
    /// Detasering (secondment).
    Secondment,
    /// Pembelajaran alam terbuka (outbound learning).
    OutboundLearning,
    /// Patok banding (benchmarking).
    Benchmarking,
    /// Pertukaran PNS dengan pegawai swasta.
    PrivateSectorExchange,
    /// Belajar mandiri (self-study).
    SelfStudy,
    /// Komunitas belajar (community of practice).
    CommunityOfPractice,
    /// Bimbingan di tempat kerja (on-the-job guidance).
    OnTheJobGuidance,
    /// Magang / praktik kerja (internship).
    Internship,
    /// Tugas belajar (study leave).
    StudyLeave,
}

impl Method {
    /// Whether the method is classical (in a class) under Peraturan LAN 10/2018. Simulation
    /// and case study are read as classical sessions.
    #[must_use]
    pub const fn is_classical(self) -> bool {
        matches!(
            self,
            Self::LeadershipTraining
                | Self::ManagerialTraining
                | Self::TechnicalTraining
                | Self::FunctionalTraining
                | Self::SocioCulturalTraining
                | Self::Seminar
                | Self::Workshop
                | Self::Course
                | Self::Upgrading
                | Self::TechnicalGuidance
                | Self::Socialisation
                | Self::Simulation
                | Self::CaseStudy
        )
    }
}

impl Labelled for Method {
    fn label(&self, language: Language) -> &'static str {
        let (id, en) = match self {
            Self::LeadershipTraining => ("pelatihan kepemimpinan", "leadership training"),
            Self::ManagerialTraining => ("pelatihan manajerial", "managerial training"),
            Self::TechnicalTraining => ("pelatihan teknis", "technical training"),
            Self::FunctionalTraining => ("pelatihan fungsional", "functional training"),
            Self::SocioCulturalTraining => ("pelatihan sosial kultural", "socio-cultural training"),
            Self::Seminar => ("seminar", "seminar"),
            Self::Workshop => ("lokakarya", "workshop"),
            Self::Course => ("kursus", "course"),
            Self::Upgrading => ("penataran", "upgrading"),
            Self::TechnicalGuidance => ("bimbingan teknis", "technical guidance"),
            Self::Socialisation => ("sosialisasi", "socialisation"),
            Self::Simulation => ("simulasi", "simulation"),
            Self::CaseStudy => ("studi kasus", "case study"),
            Self::Coaching => ("coaching", "coaching"),
            Self::Mentoring => ("mentoring", "mentoring"),
            Self::ELearning => ("e-learning", "e-learning"),
            Self::DistanceLearning => ("pelatihan jarak jauh", "distance learning"),
            Self::Secondment => ("detasering", "secondment"),
            Self::OutboundLearning => ("pembelajaran alam terbuka", "outbound learning"),
            Self::Benchmarking => ("patok banding", "benchmarking"),
            Self::PrivateSectorExchange => (
                "pertukaran PNS dengan pegawai swasta",
                "exchange with the private sector",
            ),
            Self::SelfStudy => ("belajar mandiri", "self-study"),
            Self::CommunityOfPractice => ("komunitas belajar", "community of practice"),
            Self::OnTheJobGuidance => ("bimbingan di tempat kerja", "on-the-job guidance"),
            Self::Internship => ("magang", "internship"),
            Self::StudyLeave => ("tugas belajar", "study leave"),
        };
        match language {
            Language::Indonesian => id,
            Language::English => en,
        }
    }
}

/// Hours of learning (jam pelajaran, JP; 1 JP is 45 minutes): never negative.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "JpText", into = "JpText")]
pub struct Jp(Decimal);

/// Wire form of [`Jp`]: a decimal string.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
struct JpText(
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    Decimal,
);

impl Jp {
    /// No JP.
    pub const ZERO: Self = Self(Decimal::ZERO);

    /// JP of `value`.
    ///
    /// # Errors
    /// [`DevelopmentError::NegativeJp`] below zero.
    pub fn new(value: Decimal) -> Result<Self, DevelopmentError> {
        if value < Decimal::ZERO {
            return Err(DevelopmentError::NegativeJp { value });
        }
        Ok(Self(value.normalize()))
    }

    /// A whole number of JP.
    #[must_use]
    pub const fn whole(jp: u32) -> Self {
        Self(Decimal::from_parts(jp, 0, 0, false, 0))
    }

    /// The exact value.
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }
}

impl TryFrom<JpText> for Jp {
    type Error = DevelopmentError;
    fn try_from(text: JpText) -> Result<Self, DevelopmentError> {
        Self::new(text.0)
    }
}

impl From<Jp> for JpText {
    fn from(jp: Jp) -> Self {
        Self(jp.0)
    }
}

impl fmt::Display for Jp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} JP", self.0)
    }
}

/// What a non-classical activity's JP are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CreditUnit {
    /// Each day.
    Day,
    /// Each session.
    Session,
    /// Each activity, whatever its length.
    Activity,
    /// Each semester.
    Semester,
}

impl Labelled for CreditUnit {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Day, Language::Indonesian) => "hari",
            (Self::Session, Language::Indonesian) => "sesi",
            (Self::Activity, Language::Indonesian) => "kegiatan",
            (Self::Semester, Language::Indonesian) => "semester",
            (Self::Day, Language::English) => "day",
            (Self::Session, Language::English) => "session",
            (Self::Activity, Language::English) => "activity",
            (Self::Semester, Language::English) => "semester",
        }
    }
}

/// How many JP one unit of an activity credits, at home and abroad, and how many units a
/// month count at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CreditRule {
    /// What is counted.
    pub unit: CreditUnit,
    /// JP per unit, national.
    pub national: Jp,
    /// JP per unit, international.
    pub international: Jp,
    /// The most units that count in one month (two coaching sessions, say), if limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_month_at_most: Option<u32>,
}

crate::objects_only::objects_only!(CreditRule);

/// The JP conversion of non-classical activities (data; the preset is
/// [`regulation::lan_10_2018_conversion`](crate::regulation::lan_10_2018_conversion), also the
/// `Default`): a rule per method, and the bonus of scheduled training abroad.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::JpConversion = serde_json::from_str(r#"
/// {
///   "rules": {
///     "seminar": {
///       "unit": "day",
///       "national": "4",
///       "international": "6"
///     },
///     "workshop": {
///       "unit": "day",
///       "national": "5",
///       "international": "7"
///     },
///     "coaching": {
///       "unit": "session",
///       "national": "2",
///       "international": "4",
///       "per_month_at_most": 2
///     }
///   },
///   "international_bonus": "20"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct JpConversion {
    /// The rule of each method converted (a method listed twice is refused).
    #[serde(deserialize_with = "crate::unique_map::deserialize")]
    pub rules: BTreeMap<Method, CreditRule>,
    /// What scheduled (fixed-JP) training abroad adds, in percent of its JP (20).
    pub international_bonus: Percent,
}

crate::objects_only::objects_only!(JpConversion);

/// The JP a programme credits: fixed (classical training states its JP), or converted from
/// its units by its method's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", remote = "Self")]
#[non_exhaustive]
pub enum JpCredit {
    /// A stated number of JP; abroad it earns the international bonus.
    Fixed {
        /// The JP.
        jp: Jp,
        /// Whether it is held abroad.
        #[serde(default)]
        international: bool,
    },
    /// Units (days, sessions, activities or semesters) over a number of months.
    Converted {
        /// How many units.
        units: u32,
        /// Over how many months (for a per-month limit; at least 1).
        months: u32,
        /// Whether it is held abroad.
        #[serde(default)]
        international: bool,
    },
}

crate::objects_only::objects_only!(JpCredit);

impl JpConversion {
    /// The JP `credit` earns for an activity of `method`.
    ///
    /// ```
    /// use kinerja::development::{JpCredit, Method, Jp};
    /// let lan = kinerja::regulation::lan_10_2018_conversion();
    /// // Six coaching sessions over two months: at most two a month count, 2 JP each.
    /// let coaching = JpCredit::Converted { units: 6, months: 2, international: false };
    /// assert_eq!(lan.jp(Method::Coaching, coaching)?, Jp::whole(8));
    /// # Ok::<(), kinerja::development::DevelopmentError>(())
    /// ```
    ///
    /// # Errors
    /// [`DevelopmentError::NoConversion`] when a converted credit's method has no rule.
    pub fn jp(&self, method: Method, credit: JpCredit) -> Result<Jp, DevelopmentError> {
        match credit {
            JpCredit::Fixed { jp, international } => {
                let bonus = if international {
                    jp.value()
                        .checked_mul(self.international_bonus.value())
                        .map(|v| v / Decimal::ONE_HUNDRED)
                } else {
                    Some(Decimal::ZERO)
                };
                let total = bonus.and_then(|b| jp.value().checked_add(b));
                Jp::new(total.ok_or(DevelopmentError::JpOverflow)?)
            }
            JpCredit::Converted {
                units,
                months,
                international,
            } => {
                let rule = self
                    .rules
                    .get(&method)
                    .ok_or(DevelopmentError::NoConversion { method })?;
                let counted = rule.per_month_at_most.map_or(units, |limit| {
                    units.min(limit.saturating_mul(months.max(1)))
                });
                let per_unit = if international {
                    rule.international
                } else {
                    rule.national
                };
                let total = Decimal::from(counted).checked_mul(per_unit.value());
                Jp::new(total.ok_or(DevelopmentError::JpOverflow)?)
            }
        }
    }
}
