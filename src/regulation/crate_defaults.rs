//! The crate's defaults where the regulations leave a point open, each documented so an
//! agency can see what it gets and replace it with its own data; and the default rule sets
//! composed from the regulations' presets.

use super::{competency_ids, permenpanrb_6_2022_matrix, se_menpanrb_3_2023_quotas};
use crate::development::PerformanceGapRules;
use crate::evaluation::{
    AnnualBasis, BehaviourMethod, BehaviourRules, CoreValue, EvaluationRules, LeaderRatings,
    OrganisationPredicate, OrganisationRules, QuotaRounding, RaterWeights, Rating,
};
use crate::id::CompetencyId;
use crate::num::Rounding;
use crate::period::Granularity;
use crate::scoring::{Band, BandTable, Bound, RoundingPoint};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn d(value: i64) -> Decimal {
    Decimal::from(value)
}

/// The crate's default result thresholds (the regulation leaves them to the agency):
/// below expectation under 90 % achievement, meets from 90 % to under 110 %, above from 110 %.
///
/// ```
/// # fn main() -> Result<(), kinerja::scoring::BandError> {
/// use kinerja::{evaluation::Rating, regulation::default_result_thresholds};
/// use kinerja::Decimal;
/// let t = default_result_thresholds();
/// assert_eq!(*t.classify(Decimal::from(110), |_| false)?.label, Rating::Above);
/// # Ok(()) }
/// ```
#[must_use]
pub fn default_result_thresholds() -> BandTable<Rating> {
    BandTable::trusted(vec![
        Band::new(
            Rating::Below,
            Some(Bound::inclusive(d(0))),
            Some(Bound::exclusive(d(90))),
        ),
        Band::new(
            Rating::Meets,
            Some(Bound::inclusive(d(90))),
            Some(Bound::exclusive(d(110))),
        ),
        Band::new(Rating::Above, Some(Bound::inclusive(d(110))), None),
    ])
}

/// The crate's default behaviour thresholds on the mean rater points (1 to 3): below under
/// 1.5, meets from 1.5 to under 2.5, above from 2.5.
#[must_use]
pub fn default_behaviour_thresholds() -> BandTable<Rating> {
    let half = |tenths: i64| Decimal::new(tenths, 1);
    BandTable::trusted(vec![
        Band::new(
            Rating::Below,
            Some(Bound::inclusive(d(1))),
            Some(Bound::exclusive(half(15))),
        ),
        Band::new(
            Rating::Meets,
            Some(Bound::inclusive(half(15))),
            Some(Bound::exclusive(half(25))),
        ),
        Band::new(
            Rating::Above,
            Some(Bound::inclusive(half(25))),
            Some(Bound::inclusive(d(3))),
        ),
    ])
}

/// The crate's default reading of an organisation's achievement, on the same cut points
/// as the default result thresholds and the PP 30/2019 bands: Sangat Kurang below 50 %,
/// Kurang 50 % to below 70 %, Butuh Perbaikan 70 % to below 90 %, Baik 90 % to below
/// 110 %, Istimewa from 110 %.
///
/// ```
/// # fn main() -> Result<(), kinerja::scoring::BandError> {
/// use kinerja::{evaluation::OrganisationPredicate, regulation::default_organisation_bands};
/// let bands = default_organisation_bands();
/// let at = |v: i64| bands.classify(v.into(), |_| true).map(|b| *b.label);
/// assert_eq!(at(89)?, OrganisationPredicate::NeedsImprovement);
/// assert_eq!(at(90)?, OrganisationPredicate::Good);
/// assert_eq!(at(110)?, OrganisationPredicate::Exceptional);
/// # Ok(()) }
/// ```
#[must_use]
pub fn default_organisation_bands() -> BandTable<OrganisationPredicate> {
    let d = Decimal::from;
    let cut = |low: Option<i64>, high: Option<i64>| {
        (
            low.map(|l| Bound::inclusive(d(l))),
            high.map(|h| Bound::exclusive(d(h))),
        )
    };
    let bands = [
        (OrganisationPredicate::VeryPoor, cut(Some(0), Some(50))),
        (OrganisationPredicate::Poor, cut(Some(50), Some(70))),
        (
            OrganisationPredicate::NeedsImprovement,
            cut(Some(70), Some(90)),
        ),
        (OrganisationPredicate::Good, cut(Some(90), Some(110))),
        (OrganisationPredicate::Exceptional, cut(Some(110), None)),
    ];
    BandTable::trusted(
        bands
            .into_iter()
            .map(|(label, (low, high))| Band::new(label, low, high))
            .collect(),
    )
}

/// The crate's reading of PermenPANRB 6/2022 for the organisation's leader: Istimewa is
/// above expectation, Baik meets it, and Butuh Perbaikan, Kurang and Sangat Kurang are below
/// it. (The regulation says the organisation's achievement is the leader's result rating;
/// no published table maps its five predicates onto three ratings.)
///
/// ```
/// use kinerja::evaluation::{OrganisationPredicate, Rating};
/// let ratings = kinerja::regulation::default_leader_ratings();
/// assert_eq!(ratings.rating(OrganisationPredicate::Exceptional), Rating::Above);
/// assert_eq!(ratings.rating(OrganisationPredicate::Good), Rating::Meets);
/// assert_eq!(ratings.rating(OrganisationPredicate::NeedsImprovement), Rating::Below);
/// ```
#[must_use]
pub const fn default_leader_ratings() -> LeaderRatings {
    LeaderRatings::trusted([
        Rating::Below,
        Rating::Below,
        Rating::Below,
        Rating::Meets,
        Rating::Above,
    ])
}

impl Default for LeaderRatings {
    /// [`default_leader_ratings`].
    fn default() -> Self {
        default_leader_ratings()
    }
}

impl Default for OrganisationRules {
    /// [`default_organisation_bands`] and [`default_leader_ratings`].
    fn default() -> Self {
        Self {
            bands: default_organisation_bands(),
            leader_ratings: default_leader_ratings(),
        }
    }
}

impl Default for BehaviourRules {
    /// [`default_behaviour_thresholds`], the direct superior's ratings alone, and the mean of
    /// the values' points.
    fn default() -> Self {
        Self {
            thresholds: default_behaviour_thresholds(),
            rater_weights: RaterWeights::superior_only(),
            method: BehaviourMethod::MeanPoints,
        }
    }
}

impl Default for EvaluationRules {
    /// PermenPANRB 6/2022's matrix and SE MenPANRB 3/2023's quotas; for the points they leave
    /// open, [`default_result_thresholds`], the default [`BehaviourRules`] and
    /// [`OrganisationRules`], quarterly periods, the annual figure from the year's aggregate,
    /// the default [`Rounding`] applied to the total only, and
    /// [`QuotaRounding::Strict`].
    fn default() -> Self {
        Self {
            result_thresholds: default_result_thresholds(),
            behaviour: BehaviourRules::default(),
            matrix: permenpanrb_6_2022_matrix(),
            rounding: Rounding::default(),
            rounding_point: RoundingPoint::Total,
            granularity: Granularity::Quarter,
            annual_basis: AnnualBasis::YearAggregate,
            organisation: OrganisationRules::default(),
            distribution: se_menpanrb_3_2023_quotas(),
            quota_rounding: QuotaRounding::Strict,
            tie_rule: crate::evaluation::TieRule::LeaderDecides,
            objection: crate::evaluation::ObjectionRules::default(),
        }
    }
}

/// The crate's mapping of the seven BerAKHLAK core values onto the competencies of
/// PermenPANRB 38/2017 (no regulation maps them): service orientation onto Pelayanan
/// Publik; accountable and loyal onto Integritas; competent onto Pengembangan Diri dan Orang
/// Lain; harmonious onto Perekat Bangsa; adaptive onto Mengelola Perubahan; collaborative onto
/// Kerjasama and Komunikasi.
///
/// ```
/// use kinerja::evaluation::CoreValue;
/// let map = kinerja::regulation::default_value_competencies();
/// assert_eq!(map.len(), 7);
/// assert_eq!(map[&CoreValue::Collaborative].len(), 2);
/// ```
#[must_use]
pub fn default_value_competencies() -> BTreeMap<CoreValue, Vec<CompetencyId>> {
    use super::permenpanrb_38_2017::{
        COMMUNICATION, COOPERATION, DEVELOPING_SELF_AND_OTHERS, INTEGRITY, MANAGING_CHANGE,
        NATION_BINDING, PUBLIC_SERVICE,
    };
    BTreeMap::from([
        (
            CoreValue::ServiceOriented,
            competency_ids(&[PUBLIC_SERVICE]),
        ),
        (CoreValue::Accountable, competency_ids(&[INTEGRITY])),
        (
            CoreValue::Competent,
            competency_ids(&[DEVELOPING_SELF_AND_OTHERS]),
        ),
        (CoreValue::Harmonious, competency_ids(&[NATION_BINDING])),
        (CoreValue::Loyal, competency_ids(&[INTEGRITY])),
        (CoreValue::Adaptive, competency_ids(&[MANAGING_CHANGE])),
        (
            CoreValue::Collaborative,
            competency_ids(&[COOPERATION, COMMUNICATION]),
        ),
    ])
}

impl Default for PerformanceGapRules {
    /// No indicator mapped (the agency declares them), the values by
    /// [`default_value_competencies`].
    fn default() -> Self {
        Self {
            indicators: BTreeMap::new(),
            values: default_value_competencies(),
        }
    }
}
