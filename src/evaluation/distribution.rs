//! The organisation's predicate and the distribution of its employees' predicates
//! (SE MenPANRB 3/2023), with an explicit rounding rule for small teams.

use super::error::EvaluationError;
use super::rating::{PerPredicate, Predicate};
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::written::exact;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The organisation's performance predicate (predikat kinerja organisasi), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationPredicate {
    /// Sangat Kurang.
    VeryPoor,
    /// Kurang.
    Poor,
    /// Butuh Perbaikan.
    NeedsImprovement,
    /// Baik.
    Good,
    /// Istimewa.
    Exceptional,
}

impl OrganisationPredicate {
    /// All five, lowest first.
    pub const ALL: [Self; 5] = [
        Self::VeryPoor,
        Self::Poor,
        Self::NeedsImprovement,
        Self::Good,
        Self::Exceptional,
    ];

    /// Position in [`OrganisationPredicate::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            Self::VeryPoor => 0,
            Self::Poor => 1,
            Self::NeedsImprovement => 2,
            Self::Good => 3,
            Self::Exceptional => 4,
        }
    }
}

impl Labelled for OrganisationPredicate {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::VeryPoor, Language::Indonesian) => "Sangat Kurang",
            (Self::Poor, Language::Indonesian) => "Kurang",
            (Self::NeedsImprovement, Language::Indonesian) => "Butuh Perbaikan",
            (Self::Good, Language::Indonesian) => "Baik",
            (Self::Exceptional, Language::Indonesian) => "Istimewa",
            (Self::VeryPoor, Language::English) => "very poor",
            (Self::Poor, Language::English) => "poor",
            (Self::NeedsImprovement, Language::English) => "needs improvement",
            (Self::Good, Language::English) => "good",
            (Self::Exceptional, Language::English) => "exceptional",
        }
    }
}

/// How a percentage of a team becomes a number of people. The rule is not published, so it
/// is the caller's choice, and every result states it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuotaRounding {
    /// The percentage holds exactly: "at most" rounds down, "at least" rounds up.
    #[default]
    Strict,
    /// Both round half up (a team of 7: 70 % is 4.9, so 5).
    HalfUp,
    /// Both round down.
    Floor,
    /// Both round up.
    Ceiling,
}

impl Labelled for QuotaRounding {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Strict, Language::Indonesian) => {
                "tepat (\"paling banyak\" dibulatkan ke bawah, \"paling sedikit\" ke atas)"
            }
            (Self::HalfUp, Language::Indonesian) => "dibulatkan setengah ke atas",
            (Self::Floor, Language::Indonesian) => "dibulatkan ke bawah",
            (Self::Ceiling, Language::Indonesian) => "dibulatkan ke atas",
            (Self::Strict, Language::English) => {
                "strict (\"at most\" rounds down, \"at least\" rounds up)"
            }
            (Self::HalfUp, Language::English) => "rounded half up",
            (Self::Floor, Language::English) => "rounded down",
            (Self::Ceiling, Language::English) => "rounded up",
        }
    }
}

/// A limit on how many employees hold one of a set of predicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuotaBound {
    /// At most this percentage of the team.
    AtMostPercent(
        #[serde(with = "decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        Decimal,
    ),
    /// At least this percentage of the team.
    AtLeastPercent(
        #[serde(with = "decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        Decimal,
    ),
    /// At most this many people.
    AtMostCount(usize),
    /// At least this many people.
    AtLeastCount(usize),
}

/// One distribution rule: the employees holding any of `predicates` are limited by `bound`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Quota {
    /// The predicates counted together.
    pub predicates: Vec<Predicate>,
    /// The limit.
    pub bound: QuotaBound,
}

crate::objects_only::objects_only!(Quota);

impl Quota {
    /// The least and greatest counts this quota allows in a team of `team`.
    #[must_use]
    pub fn counts(&self, team: usize, rounding: QuotaRounding) -> (usize, usize) {
        let share = |percent: Decimal, at_most: bool| -> usize {
            // Percentages outside 0–100 are refused by `DistributionRules`; a quota made by
            // hand with a huge one counts as "everyone".
            let Some(exact) = percent
                .checked_mul(Decimal::from(team))
                .map(|v| v / Decimal::ONE_HUNDRED)
            else {
                return team;
            };
            let strategy = match (rounding, at_most) {
                (QuotaRounding::Strict, true) | (QuotaRounding::Floor, _) => {
                    RoundingStrategy::ToNegativeInfinity
                }
                (QuotaRounding::Strict, false) | (QuotaRounding::Ceiling, _) => {
                    RoundingStrategy::ToPositiveInfinity
                }
                (QuotaRounding::HalfUp, _) => RoundingStrategy::MidpointAwayFromZero,
            };
            let rounded = exact.round_dp_with_strategy(0, strategy);
            usize::try_from(rounded.mantissa()).unwrap_or(0)
        };
        match self.bound {
            QuotaBound::AtMostPercent(p) => (0, share(p, true).min(team)),
            QuotaBound::AtLeastPercent(p) => (share(p, false).min(team), team),
            QuotaBound::AtMostCount(c) => (0, c.min(team)),
            QuotaBound::AtLeastCount(c) => (c, team),
        }
    }

    /// How many of `counts` the quota counts.
    #[must_use]
    pub fn count_in(&self, counts: &PerPredicate<usize>) -> usize {
        counts.sum_of(&self.predicates)
    }

    /// The quota in words, e.g. "Baik paling banyak 70 %".
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let names: Vec<&str> = self.predicates.iter().map(|p| p.label(language)).collect();
        let names = names.join(match language {
            Language::Indonesian => " atau ",
            Language::English => " or ",
        });
        match (self.bound, language) {
            (QuotaBound::AtMostPercent(p), Language::Indonesian) => {
                format!("{names} paling banyak {} %", exact(p, language))
            }
            (QuotaBound::AtLeastPercent(p), Language::Indonesian) => {
                format!("{names} paling sedikit {} %", exact(p, language))
            }
            (QuotaBound::AtMostCount(c), Language::Indonesian) => {
                format!("{names} paling banyak {c} orang")
            }
            (QuotaBound::AtLeastCount(c), Language::Indonesian) => {
                format!("{names} paling sedikit {c} orang")
            }
            (QuotaBound::AtMostPercent(p), Language::English) => {
                format!("{names} at most {} %", exact(p, language))
            }
            (QuotaBound::AtLeastPercent(p), Language::English) => {
                format!("{names} at least {} %", exact(p, language))
            }
            (QuotaBound::AtMostCount(c), Language::English) => format!("{names} at most {c}"),
            (QuotaBound::AtLeastCount(c), Language::English) => format!("{names} at least {c}"),
        }
    }
}

/// The most quotas the rules may set for one organisation predicate (the national rules set
/// four at most).
pub const MAX_QUOTAS: usize = 32;

/// The distribution rules: for each organisation predicate, the quotas its employees'
/// predicates must meet.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::DistributionRules = serde_json::from_str(r#"
/// {
///   "very_poor": [
///     {
///       "predicates": [
///         "very_poor"
///       ],
///       "bound": {
///         "at_least_percent": "60"
///       }
///     },
///     {
///       "predicates": [
///         "poor_or_misconduct",
///         "needs_improvement"
///       ],
///       "bound": {
///         "at_least_percent": "10"
///       }
///     },
///     {
///       "predicates": [
///         "very_good"
///       ],
///       "bound": {
///         "at_most_count": 0
///       }
///     }
///   ],
///   "poor": [
///     {
///       "predicates": [
///         "poor_or_misconduct"
///       ],
///       "bound": {
///         "at_least_percent": "60"
///       }
///     },
///     {
///       "predicates": [
///         "needs_improvement"
///       ],
///       "bound": {
///         "at_least_percent": "10"
///       }
///     },
///     {
///       "predicates": [
///         "very_good"
///       ],
///       "bound": {
///         "at_most_percent": "10"
///       }
///     }
///   ],
///   "needs_improvement": [
///     {
///       "predicates": [
///         "needs_improvement"
///       ],
///       "bound": {
///         "at_least_percent": "60"
///       }
///     },
///     {
///       "predicates": [
///         "very_good"
///       ],
///       "bound": {
///         "at_most_percent": "10"
///       }
///     }
///   ],
///   "good": [
///     {
///       "predicates": [
///         "good"
///       ],
///       "bound": {
///         "at_most_percent": "70"
///       }
///     },
///     {
///       "predicates": [
///         "needs_improvement",
///         "poor_or_misconduct"
///       ],
///       "bound": {
///         "at_least_count": 1
///       }
///     }
///   ],
///   "exceptional": [
///     {
///       "predicates": [
///         "very_good"
///       ],
///       "bound": {
///         "at_most_percent": "70"
///       }
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "crate::unique_map::Unique<OrganisationPredicate, Vec<Quota>>")]
#[cfg_attr(
    feature = "schema",
    schemars(with = "crate::unique_map::Unique<OrganisationPredicate, Vec<Quota>>")
)]
pub struct DistributionRules {
    rules: BTreeMap<OrganisationPredicate, Vec<Quota>>,
}

impl DistributionRules {
    /// Rules from their quotas.
    ///
    /// # Errors
    /// [`EvaluationError::EmptyDistribution`] when no organisation predicate is listed (an
    /// organisation predicate without a quota is listed with an empty list);
    /// [`EvaluationError::QuotaPercent`] when a percentage lies outside 0–100;
    /// [`EvaluationError::EmptyQuota`] or [`EvaluationError::RepeatedQuotaPredicate`] when a
    /// quota's predicates are not a set of at least one; [`EvaluationError::TooManyQuotas`]
    /// beyond [`MAX_QUOTAS`] for one organisation predicate. These limits keep calibration,
    /// which searches the quotas, bounded whatever the document says.
    pub fn new(
        rules: BTreeMap<OrganisationPredicate, Vec<Quota>>,
    ) -> Result<Self, EvaluationError> {
        if rules.is_empty() {
            return Err(EvaluationError::EmptyDistribution);
        }
        for (&organisation, quotas) in &rules {
            if quotas.len() > MAX_QUOTAS {
                return Err(EvaluationError::TooManyQuotas {
                    organisation,
                    count: quotas.len(),
                    limit: MAX_QUOTAS,
                });
            }
        }
        for quota in rules.values().flatten() {
            if quota.predicates.is_empty() {
                return Err(EvaluationError::EmptyQuota);
            }
            let mut seen = crate::evaluation::PerPredicate::<bool>::default();
            for &predicate in &quota.predicates {
                if std::mem::replace(&mut seen[predicate], true) {
                    return Err(EvaluationError::RepeatedQuotaPredicate { predicate });
                }
            }
            if let QuotaBound::AtMostPercent(p) | QuotaBound::AtLeastPercent(p) = quota.bound {
                if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED {
                    return Err(EvaluationError::QuotaPercent { percent: p });
                }
            }
        }
        Ok(Self { rules })
    }

    /// Rules the crate writes itself (a preset), known to be valid.
    pub(crate) const fn trusted(rules: BTreeMap<OrganisationPredicate, Vec<Quota>>) -> Self {
        Self { rules }
    }

    /// The quotas for `organisation`.
    ///
    /// # Errors
    /// [`EvaluationError::MissingOrganisationPredicate`] when the rules have no entry.
    pub fn quotas(&self, organisation: OrganisationPredicate) -> Result<&[Quota], EvaluationError> {
        self.rules
            .get(&organisation)
            .map(Vec::as_slice)
            .ok_or(EvaluationError::MissingOrganisationPredicate { organisation })
    }
}

impl TryFrom<BTreeMap<OrganisationPredicate, Vec<Quota>>> for DistributionRules {
    type Error = EvaluationError;
    fn try_from(
        rules: BTreeMap<OrganisationPredicate, Vec<Quota>>,
    ) -> Result<Self, EvaluationError> {
        Self::new(rules)
    }
}

impl TryFrom<crate::unique_map::Unique<OrganisationPredicate, Vec<Quota>>> for DistributionRules {
    type Error = EvaluationError;
    fn try_from(
        rules: crate::unique_map::Unique<OrganisationPredicate, Vec<Quota>>,
    ) -> Result<Self, EvaluationError> {
        Self::try_from(rules.0)
    }
}

impl Serialize for DistributionRules {
    /// As a map from organisation predicate to quotas, borrowed: serialising copies nothing.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.rules.serialize(serializer)
    }
}

/// One quota checked against a team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct QuotaCheck {
    /// The quota.
    pub quota: Quota,
    /// The least count allowed, after rounding.
    pub min_count: usize,
    /// The greatest count allowed, after rounding.
    pub max_count: usize,
    /// The count found.
    pub actual: usize,
    /// Whether the count is allowed.
    pub satisfied: bool,
}

crate::objects_only::objects_only!(QuotaCheck);

/// Whether a team's predicates meet the distribution for its organisation's predicate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ComplianceReport {
    /// The organisation's predicate.
    pub organisation: OrganisationPredicate,
    /// The rounding rule used to turn percentages into counts.
    pub rounding: QuotaRounding,
    /// The team size.
    pub team: usize,
    /// Employees per predicate.
    pub counts: PerPredicate<usize>,
    /// Each quota.
    pub checks: Vec<QuotaCheck>,
    /// Whether every quota is met.
    pub compliant: bool,
}

crate::objects_only::objects_only!(ComplianceReport);

impl ComplianceReport {
    /// Whether the team meets the curve, in words: `sesuai kurva`, `tidak sesuai kurva`;
    /// `compliant`, `not compliant`.
    #[must_use]
    pub const fn verdict(&self, language: Language) -> &'static str {
        match (self.compliant, language) {
            (true, Language::Indonesian) => "sesuai kurva",
            (false, Language::Indonesian) => "tidak sesuai kurva",
            (true, Language::English) => "compliant",
            (false, Language::English) => "not compliant",
        }
    }

    /// The same quotas checked against other predicates of a team of the same size: what
    /// the report says once decisions made after it (an objection decided by the rater's
    /// superior) replace some predicates. None when the team's size differs.
    #[must_use]
    pub fn recount(&self, predicates: impl IntoIterator<Item = Predicate>) -> Option<Self> {
        let counts = PerPredicate::counting(predicates);
        let team: usize = counts.as_array().iter().sum();
        if team != self.team {
            return None;
        }
        let checks: Vec<QuotaCheck> = self
            .checks
            .iter()
            .map(|check| {
                let actual = check.quota.count_in(&counts);
                QuotaCheck {
                    actual,
                    satisfied: (check.min_count..=check.max_count).contains(&actual),
                    ..check.clone()
                }
            })
            .collect();
        Some(Self {
            counts,
            compliant: checks.iter().all(|c| c.satisfied),
            checks,
            ..self.clone()
        })
    }

    /// The report as text, one quota per line.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let mut out = match language {
            Language::Indonesian => format!(
                "Predikat organisasi {} ({} pegawai, pembulatan {}): {}\n",
                self.organisation.label(language),
                self.team,
                self.rounding.label(language),
                self.verdict(language)
            ),
            Language::English => format!(
                "Organisation predicate {} ({} employees, rounding {}): {}\n",
                self.organisation.label(language),
                self.team,
                self.rounding.label(language),
                self.verdict(language)
            ),
        };
        for check in &self.checks {
            let (found, allowed, verdict) = match (language, check.satisfied) {
                (Language::Indonesian, true) => ("ada", "boleh", "terpenuhi"),
                (Language::Indonesian, false) => ("ada", "boleh", "tidak terpenuhi"),
                (Language::English, true) => ("found", "allowed", "met"),
                (Language::English, false) => ("found", "allowed", "not met"),
            };
            let range = match language {
                Language::Indonesian => format!("{} sampai {}", check.min_count, check.max_count),
                Language::English => format!("{} to {}", check.min_count, check.max_count),
            };
            out.push_str(&format!(
                "- {}: {found} {}, {allowed} {range}: {verdict}\n",
                check.quota.describe(language),
                check.actual,
            ));
        }
        out
    }
}

/// Checks a team's predicates against the rules for its organisation's predicate.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{DistributionRules, OrganisationPredicate, Predicate, QuotaRounding, check_distribution};
/// use Predicate::*;
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// // An organisation rated Baik with ten employees: at most 7 Baik, at least one below.
/// let team = [VeryGood, Good, Good, Good, Good, Good, Good, Good, NeedsImprovement, Good];
/// let report = check_distribution(&rules, OrganisationPredicate::Good, team, QuotaRounding::Strict)?;
/// assert!(!report.compliant); // eight Baik
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::MissingOrganisationPredicate`] when the rules have no entry.
pub fn check_distribution(
    rules: &DistributionRules,
    organisation: OrganisationPredicate,
    predicates: impl IntoIterator<Item = Predicate>,
    rounding: QuotaRounding,
) -> Result<ComplianceReport, EvaluationError> {
    check_counts(
        rules,
        organisation,
        PerPredicate::counting(predicates),
        rounding,
    )
}

/// [`check_distribution`] on a team's counts per predicate, as a batch keeps them.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{OrganisationPredicate, PerPredicate, Predicate, QuotaRounding, check_counts};
/// use Predicate::*;
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let counts = PerPredicate::counting([VeryGood, Good, Good, NeedsImprovement]);
/// let report = check_counts(&rules, OrganisationPredicate::Good, counts, QuotaRounding::Strict)?;
/// assert_eq!(report.team, 4);
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`check_distribution`].
pub fn check_counts(
    rules: &DistributionRules,
    organisation: OrganisationPredicate,
    counts: PerPredicate<usize>,
    rounding: QuotaRounding,
) -> Result<ComplianceReport, EvaluationError> {
    let team = counts.as_array().iter().sum();
    let checks: Vec<QuotaCheck> = rules
        .quotas(organisation)?
        .iter()
        .map(|quota| {
            let (min_count, max_count) = quota.counts(team, rounding);
            let actual = quota.count_in(&counts);
            QuotaCheck {
                quota: quota.clone(),
                min_count,
                max_count,
                actual,
                satisfied: (min_count..=max_count).contains(&actual),
            }
        })
        .collect();
    Ok(ComplianceReport {
        organisation,
        rounding,
        team,
        counts,
        compliant: checks.iter().all(|c| c.satisfied),
        checks,
    })
}
