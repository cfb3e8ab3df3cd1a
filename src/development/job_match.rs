//! Competency gaps against a standard, and the Job Person Match (JPM).

use super::assessment::Assessment;
use super::competency::CompetencyLevel;
use super::error::DevelopmentError;
use super::standard::Standard;
use crate::id::CompetencyId;
use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use crate::num::Percent;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How far an employee stands from one required level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct CompetencyGap {
    /// The competency.
    pub competency: CompetencyId,
    /// The level the standard requires.
    pub required: CompetencyLevel,
    /// The level assessed; none when it was never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<CompetencyLevel>,
    /// Required − assessed (DOMAIN §5): positive is a shortfall, negative a level above the
    /// standard; for a competency never assessed, the whole required level.
    pub gap: i8,
}

crate::objects_only::objects_only!(CompetencyGap);

impl CompetencyGap {
    /// Whether the employee falls short.
    #[must_use]
    pub const fn is_shortfall(&self) -> bool {
        self.gap > 0
    }
}

/// How a level above the standard counts in the Job Person Match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AboveStandard {
    /// Capped at the standard: a surplus in one competency does not offset a shortfall in
    /// another (the crate's default; the question is not settled nationally).
    #[default]
    CappedAtStandard,
    /// Counted in full, so a surplus offsets shortfalls.
    Counted,
}

impl crate::label::Labelled for AboveStandard {
    fn label(&self, language: crate::label::Language) -> &'static str {
        use crate::label::Language;
        match (self, language) {
            (Self::CappedAtStandard, Language::Indonesian) => "dibatasi pada standar",
            (Self::Counted, Language::Indonesian) => "dihitung penuh",
            (Self::CappedAtStandard, Language::English) => "capped at the standard",
            (Self::Counted, Language::English) => "counted in full",
        }
    }
}

/// The Job Person Match categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum JpmCategory {
    /// Kurang Optimal.
    LessOptimal,
    /// Cukup Optimal.
    FairlyOptimal,
    /// Optimal.
    Optimal,
}

impl Labelled for JpmCategory {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::LessOptimal, Language::Indonesian) => "Kurang Optimal",
            (Self::FairlyOptimal, Language::Indonesian) => "Cukup Optimal",
            (Self::Optimal, Language::Indonesian) => "Optimal",
            (Self::LessOptimal, Language::English) => "less than optimal",
            (Self::FairlyOptimal, Language::English) => "fairly optimal",
            (Self::Optimal, Language::English) => "optimal",
        }
    }
}

/// The rules of the Job Person Match: the categories' cut-offs and how a level above the
/// standard counts. A competency never assessed counts as level 0. Default: optimal from
/// 90 %, fairly optimal from 78 %, levels capped at the standard.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::JpmRules = serde_json::from_str(r#"
/// {
///   "optimal_from": "90",
///   "fairly_optimal_from": "78",
///   "above_standard": "capped_at_standard"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "JpmRulesSpec")]
#[cfg_attr(feature = "schema", schemars(with = "JpmRulesSpec"))]
pub struct JpmRules {
    optimal_from: Percent,
    fairly_optimal_from: Percent,
    above_standard: AboveStandard,
}

/// Wire form of [`JpmRules`].
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct JpmRulesSpec {
    optimal_from: Percent,
    fairly_optimal_from: Percent,
    #[serde(default)]
    above_standard: AboveStandard,
}

crate::objects_only::objects_only!(de: JpmRulesSpec);

impl TryFrom<JpmRulesSpec> for JpmRules {
    type Error = DevelopmentError;
    fn try_from(spec: JpmRulesSpec) -> Result<Self, DevelopmentError> {
        Self::new(
            spec.optimal_from,
            spec.fairly_optimal_from,
            spec.above_standard,
        )
    }
}

impl Default for JpmRules {
    fn default() -> Self {
        Self {
            optimal_from: Percent::whole(90),
            fairly_optimal_from: Percent::whole(78),
            above_standard: AboveStandard::CappedAtStandard,
        }
    }
}

impl JpmRules {
    /// Rules with the given cut-offs.
    ///
    /// # Errors
    /// [`DevelopmentError::JpmCutOffs`] when "fairly optimal" starts above "optimal".
    pub fn new(
        optimal_from: Percent,
        fairly_optimal_from: Percent,
        above_standard: AboveStandard,
    ) -> Result<Self, DevelopmentError> {
        if fairly_optimal_from > optimal_from {
            return Err(DevelopmentError::JpmCutOffs {
                optimal: optimal_from,
                fairly_optimal: fairly_optimal_from,
            });
        }
        Ok(Self {
            optimal_from,
            fairly_optimal_from,
            above_standard,
        })
    }

    /// Where "optimal" starts.
    #[must_use]
    pub const fn optimal_from(&self) -> Percent {
        self.optimal_from
    }

    /// Where "fairly optimal" starts.
    #[must_use]
    pub const fn fairly_optimal_from(&self) -> Percent {
        self.fairly_optimal_from
    }

    /// How a level above the standard counts.
    #[must_use]
    pub const fn above_standard(&self) -> AboveStandard {
        self.above_standard
    }

    /// The category of a match.
    #[must_use]
    pub fn category(&self, percent: Percent) -> JpmCategory {
        if percent >= self.optimal_from {
            JpmCategory::Optimal
        } else if percent >= self.fairly_optimal_from {
            JpmCategory::FairlyOptimal
        } else {
            JpmCategory::LessOptimal
        }
    }
}

impl Serialize for JpmRules {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("JpmRules", 3)?;
        out.serialize_field("optimal_from", &self.optimal_from)?;
        out.serialize_field("fairly_optimal_from", &self.fairly_optimal_from)?;
        out.serialize_field("above_standard", &self.above_standard)?;
        out.end()
    }
}

/// An employee against a standard: each gap, and the Job Person Match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct JobPersonMatch {
    /// One gap per required competency, by competency id.
    pub gaps: Vec<CompetencyGap>,
    /// Σ assessed levels / Σ required levels × 100 (assessed levels capped at the standard
    /// unless the rules count them in full), exact.
    pub percent: Percent,
    /// Its category.
    pub category: JpmCategory,
}

crate::objects_only::objects_only!(JobPersonMatch);

impl JobPersonMatch {
    /// Compares the assessments that count (see
    /// [`AssessmentRules::counted`](super::AssessmentRules::counted)) with `standard`.
    ///
    /// ```
    /// use kinerja::development::{Assessment, AssessmentSource, CompetencyLevel, JobPersonMatch, JpmCategory, JpmRules, Standard};
    /// use kinerja::id::{CompetencyId, PositionId};
    /// use std::collections::BTreeMap;
    /// # fn main() -> Result<(), kinerja::Error> {
    /// let level = |l: u8| CompetencyLevel::new(l);
    /// let (a, b) = (CompetencyId::new("A")?, CompetencyId::new("B")?);
    /// let standard = Standard::new(PositionId::new("KASI")?, BTreeMap::from([(a.clone(), level(3)?), (b.clone(), level(3)?)]));
    /// let rina = kinerja::nip::EmployeeNumber::new(kinerja::nip::EmployeeKind::Pns, "198507192010012014")?;
    /// let on = chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default();
    /// let assessed = [
    ///     Assessment::new(rina, a.clone(), level(2)?, on, AssessmentSource::AssessmentCentre),
    ///     Assessment::new(rina, b.clone(), level(4)?, on, AssessmentSource::AssessmentCentre),
    /// ];
    /// let counted = kinerja::development::AssessmentRules::default().counted(&rina, &assessed);
    /// // (2 + 3 capped) / 6 = 83.3 %: fairly optimal; the surplus in B does not offset A.
    /// let jpm = JobPersonMatch::new(&standard, &counted, &JpmRules::default());
    /// assert_eq!(jpm.category, JpmCategory::FairlyOptimal);
    /// assert_eq!(jpm.gaps[0].gap, 1);
    /// assert_eq!(jpm.gaps[1].gap, -1);
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn new(
        standard: &Standard,
        counted: &BTreeMap<CompetencyId, &Assessment>,
        rules: &JpmRules,
    ) -> Self {
        let mut required_sum = 0_u32;
        let mut assessed_sum = 0_u32;
        let gaps: Vec<CompetencyGap> = standard
            .required
            .iter()
            .map(|(competency, &required)| {
                let assessed = counted.get(competency).map(|a| a.level);
                let level = assessed.map_or(0, CompetencyLevel::get);
                let credited = match rules.above_standard {
                    AboveStandard::CappedAtStandard => level.min(required.get()),
                    AboveStandard::Counted => level,
                };
                required_sum = required_sum.saturating_add(u32::from(required.get()));
                assessed_sum = assessed_sum.saturating_add(u32::from(credited));
                CompetencyGap {
                    competency: competency.clone(),
                    required,
                    assessed,
                    gap: i8::try_from(i16::from(required.get()) - i16::from(level))
                        .ok()
                        .or_invariant(0, "levels 0 to 5 differ by at most 5"),
                }
            })
            .collect();
        let percent = if required_sum == 0 {
            Percent::ZERO
        } else {
            Percent::new(
                Decimal::from(assessed_sum) * Decimal::ONE_HUNDRED / Decimal::from(required_sum),
            )
            .ok()
            .or_invariant(Percent::ZERO, "a ratio of sums of levels is not negative")
        };
        Self {
            gaps,
            percent,
            category: rules.category(percent),
        }
    }

    /// The competencies where the employee falls short.
    pub fn shortfalls(&self) -> impl Iterator<Item = &CompetencyGap> {
        self.gaps.iter().filter(|g| g.is_shortfall())
    }
}
