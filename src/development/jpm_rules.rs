//! The rules of the Job Person Match: its categories' cut-offs, how a level above the
//! standard counts, what a competency never assessed counts as, and the coverage a category
//! needs.

use super::error::DevelopmentError;
use super::unassessed::Unassessed;
use crate::label::{Labelled, Language};
use crate::num::Percent;
use serde::{Deserialize, Serialize};

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

impl Labelled for AboveStandard {
    fn label(&self, language: Language) -> &'static str {
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

/// The rules of the Job Person Match (kesesuaian jabatan): the categories' cut-offs, how a
/// level above the standard counts, what a competency never assessed counts as, and the
/// coverage below which no category is given.
///
/// Default: optimal from 90 %, fairly optimal from 78 % (DOMAIN §5), levels capped at the
/// standard, a competency never assessed left out as "belum dinilai"
/// ([`Unassessed::NotAssessed`]), and a category only at a coverage of 100 %.
///
/// **Why 100 %.** No regulation fixes how much of a standard must be assessed before the
/// match may be called optimal or not: the national formula presumes every required
/// competency was assessed. A category is a verdict on the whole standard, read by talent
/// and placement decisions; given from part of it, it would judge the employee on
/// competencies nobody looked at. So by default the percent over the assessed competencies
/// is reported with its coverage, and the category waits for the missing assessments. An
/// agency that accepts a verdict on part of the standard lowers
/// [`JpmRules::minimum_coverage`] (say to two thirds), and every result states the coverage
/// it rests on. Under [`Unassessed::AsLevelZero`] every competency has a level by rule, so
/// the minimum does not hold a category back (the figures are those before issue 24).
///
/// A document of this type (the JSON a service sends; `unassessed` and `minimum_coverage`
/// may be left out and take their defaults):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::JpmRules = serde_json::from_str(r#"
/// {
///   "optimal_from": "90",
///   "fairly_optimal_from": "78",
///   "above_standard": "capped_at_standard",
///   "unassessed": "not_assessed",
///   "minimum_coverage": "100"
/// }
/// "#)?;
/// assert_eq!(read, kinerja::development::JpmRules::default());
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
    unassessed: Unassessed,
    minimum_coverage: Percent,
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
    /// What a competency never assessed counts as; default `not_assessed`.
    #[serde(default)]
    unassessed: Unassessed,
    /// The coverage (competencies assessed of those required, in percent, 0 to 100) from
    /// which a category is given; default 100.
    #[serde(default = "full_coverage")]
    minimum_coverage: Percent,
}

crate::objects_only::objects_only!(de: JpmRulesSpec);

/// 100 %: the default minimum coverage.
const fn full_coverage() -> Percent {
    Percent::HUNDRED
}

impl TryFrom<JpmRulesSpec> for JpmRules {
    type Error = DevelopmentError;
    fn try_from(spec: JpmRulesSpec) -> Result<Self, DevelopmentError> {
        Self::new(
            spec.optimal_from,
            spec.fairly_optimal_from,
            spec.above_standard,
        )?
        .with_unassessed(spec.unassessed)
        .with_minimum_coverage(spec.minimum_coverage)
    }
}

impl Default for JpmRules {
    fn default() -> Self {
        Self {
            optimal_from: Percent::whole(90),
            fairly_optimal_from: Percent::whole(78),
            above_standard: AboveStandard::CappedAtStandard,
            unassessed: Unassessed::NotAssessed,
            minimum_coverage: Percent::HUNDRED,
        }
    }
}

impl JpmRules {
    /// Rules with the given cut-offs, a competency never assessed left out
    /// ([`Unassessed::NotAssessed`]) and a category only at full coverage; change those with
    /// [`JpmRules::with_unassessed`] and [`JpmRules::with_minimum_coverage`].
    ///
    /// ```
    /// use kinerja::development::{AboveStandard, JpmRules, Unassessed};
    /// use kinerja::num::Percent;
    /// let two_thirds = Percent::new(kinerja::Decimal::new(6667, 2))?;
    /// let rules = JpmRules::new(Percent::whole(90), Percent::whole(78), AboveStandard::CappedAtStandard)?
    ///     .with_minimum_coverage(two_thirds)?;
    /// assert_eq!(rules.unassessed(), Unassessed::NotAssessed);
    /// assert_eq!(rules.minimum_coverage(), two_thirds);
    /// # Ok::<(), kinerja::Error>(())
    /// ```
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
            ..Self::default()
        })
    }

    /// The same rules, reading a competency never assessed by `unassessed`.
    #[must_use]
    pub const fn with_unassessed(mut self, unassessed: Unassessed) -> Self {
        self.unassessed = unassessed;
        self
    }

    /// The same rules, giving a category from a coverage of `minimum` on.
    ///
    /// # Errors
    /// [`DevelopmentError::MinimumCoverage`] above 100 %.
    pub fn with_minimum_coverage(mut self, minimum: Percent) -> Result<Self, DevelopmentError> {
        if minimum > Percent::HUNDRED {
            return Err(DevelopmentError::MinimumCoverage { minimum });
        }
        self.minimum_coverage = minimum;
        Ok(self)
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

    /// What a competency never assessed counts as.
    #[must_use]
    pub const fn unassessed(&self) -> Unassessed {
        self.unassessed
    }

    /// The coverage from which a category is given (under [`Unassessed::NotAssessed`]).
    #[must_use]
    pub const fn minimum_coverage(&self) -> Percent {
        self.minimum_coverage
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
        let mut out = serializer.serialize_struct("JpmRules", 5)?;
        out.serialize_field("optimal_from", &self.optimal_from)?;
        out.serialize_field("fairly_optimal_from", &self.fairly_optimal_from)?;
        out.serialize_field("above_standard", &self.above_standard)?;
        out.serialize_field("unassessed", &self.unassessed)?;
        out.serialize_field("minimum_coverage", &self.minimum_coverage)?;
        out.end()
    }
}
