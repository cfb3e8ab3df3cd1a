//! Competency gaps against a standard, and the Job Person Match (JPM) with its coverage.

use super::assessment::Assessment;
use super::competency::CompetencyLevel;
use super::jpm_rules::{AboveStandard, JpmCategory, JpmRules};
use super::standard::Standard;
use super::unassessed::Unassessed;
use crate::id::CompetencyId;
use crate::invariant::Invariant;
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
    /// The level assessed; none when it was never assessed (belum dinilai).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<CompetencyLevel>,
    /// Required − assessed (DOMAIN §5): positive is a shortfall, negative a level above the
    /// standard. None for a competency never assessed (it is missing, not a gap), unless the
    /// rules read it as level 0 ([`Unassessed::AsLevelZero`]): then the whole required level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<i8>,
}

crate::objects_only::objects_only!(CompetencyGap);

impl CompetencyGap {
    /// Whether the employee falls short: a gap above zero. A competency never assessed is
    /// no shortfall, unless the rules read it as level 0.
    #[must_use]
    pub fn is_shortfall(&self) -> bool {
        self.gap.is_some_and(|gap| gap > 0)
    }

    /// Whether the competency was never assessed (belum dinilai), whatever the rules count
    /// it as.
    #[must_use]
    pub const fn is_unassessed(&self) -> bool {
        self.assessed.is_none()
    }
}

/// How much of a standard was assessed (cakupan penilaian): the competencies assessed of
/// those required.
///
/// ```
/// use kinerja::development::JpmCoverage;
/// let coverage = JpmCoverage::new(2, 3);
/// assert_eq!(coverage.percent.map(|p| p.value().round_dp(2)), Some(kinerja::Decimal::new(6667, 2)));
/// assert!(!coverage.is_complete());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct JpmCoverage {
    /// The required competencies with an assessment that counts.
    pub assessed: usize,
    /// The competencies the standard requires.
    pub required: usize,
    /// assessed / required × 100, exact; none when the standard requires nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Percent>,
}

crate::objects_only::objects_only!(JpmCoverage);

impl JpmCoverage {
    /// `assessed` of `required` competencies (more assessed than required counts as all).
    #[must_use]
    pub fn new(assessed: usize, required: usize) -> Self {
        let assessed = assessed.min(required);
        let percent = (required > 0).then(|| {
            Percent::new(Decimal::from(assessed) * Decimal::ONE_HUNDRED / Decimal::from(required))
                .ok()
                .or_invariant(Percent::ZERO, "a ratio of counts is not negative")
        });
        Self {
            assessed,
            required,
            percent,
        }
    }

    /// Whether every required competency was assessed.
    #[must_use]
    pub const fn is_complete(&self) -> bool {
        self.assessed >= self.required
    }

    /// Whether the coverage reaches `minimum` percent, decided exactly
    /// (assessed × 100 ≥ minimum × required; two of three competencies reach 66.66 %, not
    /// 66.67 %). A standard that requires nothing reaches no minimum above 0.
    #[must_use]
    pub fn reaches(&self, minimum: Percent) -> bool {
        let have = Decimal::from(self.assessed) * Decimal::ONE_HUNDRED;
        minimum
            .value()
            .checked_mul(Decimal::from(self.required))
            .is_some_and(|need| have >= need)
    }
}

/// One required competency as the match counts it.
pub(super) struct Counted<'a> {
    pub(super) competency: &'a CompetencyId,
    pub(super) required: CompetencyLevel,
    pub(super) assessment: Option<&'a Assessment>,
    /// The level credited to the sums; none when the competency is left out.
    pub(super) credited: Option<u8>,
    pub(super) gap: Option<i8>,
}

/// Each required competency counted by `rules`, by competency id.
pub(super) fn count<'a>(
    standard: &'a Standard,
    counted: &BTreeMap<CompetencyId, &'a Assessment>,
    rules: &JpmRules,
) -> Vec<Counted<'a>> {
    standard
        .required
        .iter()
        .map(|(competency, &required)| {
            let assessment = counted.get(competency).copied();
            let level = match (assessment, rules.unassessed()) {
                (Some(found), _) => Some(found.level.get()),
                (None, Unassessed::AsLevelZero) => Some(0),
                (None, _) => None,
            };
            let credited = level.map(|level| match rules.above_standard() {
                AboveStandard::CappedAtStandard => level.min(required.get()),
                AboveStandard::Counted => level,
            });
            let gap = level.map(|level| {
                i8::try_from(i16::from(required.get()) - i16::from(level))
                    .ok()
                    .or_invariant(0, "levels 0 to 5 differ by at most 5")
            });
            Counted {
                competency,
                required,
                assessment,
                credited,
                gap,
            }
        })
        .collect()
}

/// The sums of a count: Σ credited levels and Σ required levels of the competencies
/// counted.
pub(super) fn sums(lines: &[Counted<'_>]) -> (u32, u32) {
    lines
        .iter()
        .filter_map(|line| Some((line.credited?, line.required.get())))
        .fold((0_u32, 0_u32), |(credited, required), (c, r)| {
            (
                credited.saturating_add(u32::from(c)),
                required.saturating_add(u32::from(r)),
            )
        })
}

/// An employee against a standard: each gap, the coverage, and the Job Person Match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct JobPersonMatch {
    /// One gap per required competency, by competency id.
    pub gaps: Vec<CompetencyGap>,
    /// The competencies assessed of those required.
    pub coverage: JpmCoverage,
    /// Σ credited levels / Σ required levels × 100, exact. By default over the competencies
    /// assessed only (levels capped at the standard unless the rules count them in full),
    /// and none when none was assessed; under [`Unassessed::AsLevelZero`] over every
    /// required competency, one never assessed counting 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Percent>,
    /// Its category; none without a percent, or while the coverage is below the rules'
    /// minimum ([`JpmRules::minimum_coverage`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<JpmCategory>,
}

crate::objects_only::objects_only!(JobPersonMatch);

impl JobPersonMatch {
    /// Compares the assessments that count (see
    /// [`AssessmentRules::counted`](super::AssessmentRules::counted)) with `standard`.
    ///
    /// ```
    /// use kinerja::development::{Assessment, AssessmentSource, CompetencyLevel, JobPersonMatch, JpmCategory, JpmRules, Standard, Unassessed};
    /// use kinerja::id::{CompetencyId, PositionId};
    /// use std::collections::BTreeMap;
    /// # fn main() -> Result<(), kinerja::Error> {
    /// let level = |l: u8| CompetencyLevel::new(l);
    /// let (a, b, c) = (CompetencyId::new("A")?, CompetencyId::new("B")?, CompetencyId::new("C")?);
    /// let standard = Standard::new(PositionId::new("KASI")?, BTreeMap::from([
    ///     (a.clone(), level(3)?), (b.clone(), level(3)?), (c.clone(), level(2)?),
    /// ]));
    /// let rina = kinerja::nip::EmployeeNumber::new(kinerja::nip::EmployeeKind::Pns, "198507192010012014")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default();
    /// let assessed = [
    ///     Assessment::new(rina, a.clone(), level(2)?, on, AssessmentSource::AssessmentCentre),
    ///     Assessment::new(rina, b.clone(), level(4)?, on, AssessmentSource::AssessmentCentre),
    /// ];
    /// let counted = kinerja::development::AssessmentRules::default().counted(&rina, &assessed);
    /// // C was never assessed: 2 of 3 competencies covered. Over A and B, (2 + 3 capped) / 6
    /// // = 83.33 %; the surplus in B does not offset A. No category below full coverage.
    /// let jpm = JobPersonMatch::new(&standard, &counted, &JpmRules::default());
    /// assert_eq!((jpm.coverage.assessed, jpm.coverage.required), (2, 3));
    /// assert_eq!(jpm.percent.map(|p| p.value().round_dp(2)), Some(kinerja::Decimal::new(8333, 2)));
    /// assert_eq!(jpm.category, None);
    /// assert_eq!(jpm.gaps[0].gap, Some(1));
    /// assert_eq!(jpm.gaps[1].gap, Some(-1));
    /// assert!(jpm.gaps[2].is_unassessed() && jpm.gaps[2].gap.is_none());
    /// // Read as level 0, C lowers the match to (2 + 3 + 0) / 8 = 62.5 %.
    /// let zero = JpmRules::default().with_unassessed(Unassessed::AsLevelZero);
    /// let old = JobPersonMatch::new(&standard, &counted, &zero);
    /// assert_eq!(old.percent.map(|p| p.value()), Some(kinerja::Decimal::new(625, 1)));
    /// assert_eq!(old.category, Some(JpmCategory::LessOptimal));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn new(
        standard: &Standard,
        counted: &BTreeMap<CompetencyId, &Assessment>,
        rules: &JpmRules,
    ) -> Self {
        Self::of(&count(standard, counted, rules), rules)
    }

    /// The match of competencies already counted.
    pub(super) fn of(lines: &[Counted<'_>], rules: &JpmRules) -> Self {
        let (credited, required) = sums(lines);
        let assessed = lines.iter().filter(|l| l.assessment.is_some()).count();
        let coverage = JpmCoverage::new(assessed, lines.len());
        let any_counted = lines.iter().any(|l| l.credited.is_some());
        let percent = match rules.unassessed() {
            Unassessed::AsLevelZero if required == 0 => Some(Percent::ZERO),
            _ if !any_counted || required == 0 => None,
            _ => Some(
                Percent::new(
                    Decimal::from(credited) * Decimal::ONE_HUNDRED / Decimal::from(required),
                )
                .ok()
                .or_invariant(Percent::ZERO, "a ratio of sums of levels is not negative"),
            ),
        };
        let judged = match rules.unassessed() {
            Unassessed::AsLevelZero => true,
            _ => coverage.reaches(rules.minimum_coverage()),
        };
        Self {
            gaps: lines
                .iter()
                .map(|line| CompetencyGap {
                    competency: line.competency.clone(),
                    required: line.required,
                    assessed: line.assessment.map(|a| a.level),
                    gap: line.gap,
                })
                .collect(),
            coverage,
            percent,
            category: percent
                .filter(|_| judged)
                .map(|percent| rules.category(percent)),
        }
    }

    /// The competencies where the employee falls short.
    pub fn shortfalls(&self) -> impl Iterator<Item = &CompetencyGap> {
        self.gaps.iter().filter(|g| g.is_shortfall())
    }

    /// The competencies never assessed (belum dinilai).
    pub fn unassessed(&self) -> impl Iterator<Item = &CompetencyGap> {
        self.gaps.iter().filter(|g| g.is_unassessed())
    }
}
