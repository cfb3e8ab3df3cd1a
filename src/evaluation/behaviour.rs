//! Work behaviour against the seven BerAKHLAK core values, rated by several raters.

use super::rating::Rating;
use crate::decimal_text;
use crate::error::EvaluationError;
use crate::label::{Labelled, Language};
use crate::num::{Score, Weight};
use crate::scoring::BandTable;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The seven BerAKHLAK core values of the civil service, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoreValue {
    /// Berorientasi Pelayanan.
    ServiceOriented,
    /// Akuntabel.
    Accountable,
    /// Kompeten.
    Competent,
    /// Harmonis.
    Harmonious,
    /// Loyal.
    Loyal,
    /// Adaptif.
    Adaptive,
    /// Kolaboratif.
    Collaborative,
}

impl CoreValue {
    /// All seven, in the order of the acronym.
    pub const ALL: [Self; 7] = [
        Self::ServiceOriented,
        Self::Accountable,
        Self::Competent,
        Self::Harmonious,
        Self::Loyal,
        Self::Adaptive,
        Self::Collaborative,
    ];

    /// The value's three behaviour guides (panduan perilaku), in `language`.
    #[must_use]
    pub const fn guides(self, language: Language) -> [&'static str; 3] {
        match (self, language) {
            (Self::ServiceOriented, Language::Indonesian) => [
                "Memahami dan memenuhi kebutuhan masyarakat",
                "Ramah, cekatan, solutif, dan dapat diandalkan",
                "Melakukan perbaikan tiada henti",
            ],
            (Self::ServiceOriented, Language::English) => [
                "Understands and meets the needs of the public",
                "Friendly, quick, solution-minded and dependable",
                "Improves without end",
            ],
            (Self::Accountable, Language::Indonesian) => [
                "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
                "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
                "Tidak menyalahgunakan kewenangan jabatan",
            ],
            (Self::Accountable, Language::English) => [
                "Works honestly, responsibly, carefully, with discipline and high integrity",
                "Uses state assets responsibly, effectively and efficiently",
                "Does not abuse the authority of office",
            ],
            (Self::Competent, Language::Indonesian) => [
                "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
                "Membantu orang lain belajar",
                "Melaksanakan tugas dengan kualitas terbaik",
            ],
            (Self::Competent, Language::English) => [
                "Builds own competence to meet ever-changing challenges",
                "Helps others learn",
                "Does the work to the best quality",
            ],
            (Self::Harmonious, Language::Indonesian) => [
                "Menghargai setiap orang apapun latar belakangnya",
                "Suka menolong orang lain",
                "Membangun lingkungan kerja yang kondusif",
            ],
            (Self::Harmonious, Language::English) => [
                "Respects everyone whatever their background",
                "Likes to help others",
                "Builds a good working environment",
            ],
            (Self::Loyal, Language::Indonesian) => [
                "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
                "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
                "Menjaga rahasia jabatan dan negara",
            ],
            (Self::Loyal, Language::English) => [
                "Holds to Pancasila and the 1945 Constitution, loyal to the Republic and its lawful government",
                "Guards the good name of fellow civil servants, leaders, the agency and the state",
                "Keeps the secrets of office and of the state",
            ],
            (Self::Adaptive, Language::Indonesian) => [
                "Cepat menyesuaikan diri menghadapi perubahan",
                "Terus berinovasi dan mengembangkan kreativitas",
                "Bertindak proaktif",
            ],
            (Self::Adaptive, Language::English) => [
                "Adapts quickly to change",
                "Keeps innovating and developing creativity",
                "Acts proactively",
            ],
            (Self::Collaborative, Language::Indonesian) => [
                "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
                "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
                "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
            ],
            (Self::Collaborative, Language::English) => [
                "Gives others the chance to contribute",
                "Open to working together to add value",
                "Mobilises resources for shared goals",
            ],
        }
    }
}

impl Labelled for CoreValue {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::ServiceOriented, Language::Indonesian) => "Berorientasi Pelayanan",
            (Self::Accountable, Language::Indonesian) => "Akuntabel",
            (Self::Competent, Language::Indonesian) => "Kompeten",
            (Self::Harmonious, Language::Indonesian) => "Harmonis",
            (Self::Loyal, Language::Indonesian) => "Loyal",
            (Self::Adaptive, Language::Indonesian) => "Adaptif",
            (Self::Collaborative, Language::Indonesian) => "Kolaboratif",
            (Self::ServiceOriented, Language::English) => "service oriented",
            (Self::Accountable, Language::English) => "accountable",
            (Self::Competent, Language::English) => "competent",
            (Self::Harmonious, Language::English) => "harmonious",
            (Self::Loyal, Language::English) => "loyal",
            (Self::Adaptive, Language::English) => "adaptive",
            (Self::Collaborative, Language::English) => "collaborative",
        }
    }
}

/// Who gives a behaviour rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RaterRole {
    /// Atasan langsung: the direct superior.
    Superior,
    /// Rekan kerja: a peer.
    Peer,
    /// Bawahan: a subordinate.
    Subordinate,
    /// Penilaian diri: the employee.
    SelfAssessment,
}

impl Labelled for RaterRole {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Superior, Language::Indonesian) => "atasan",
            (Self::Peer, Language::Indonesian) => "rekan kerja",
            (Self::Subordinate, Language::Indonesian) => "bawahan",
            (Self::SelfAssessment, Language::Indonesian) => "diri sendiri",
            (Self::Superior, Language::English) => "superior",
            (Self::Peer, Language::English) => "peer",
            (Self::Subordinate, Language::English) => "subordinate",
            (Self::SelfAssessment, Language::English) => "self",
        }
    }
}

/// How much each kind of rater counts, in percent, totalling exactly 100.
///
/// ```
/// # fn main() -> Result<(), kinerja::EvaluationError> {
/// use kinerja::{RaterRole, RaterWeights};
/// use rust_decimal::Decimal;
/// let w = RaterWeights::new([(RaterRole::Superior, Decimal::from(60)), (RaterRole::Peer, Decimal::from(40))])?;
/// assert_eq!(w.weight(RaterRole::Peer), Decimal::from(40));
/// assert!(RaterWeights::new([(RaterRole::Superior, Decimal::from(90))]).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    try_from = "BTreeMap<RaterRole, Weight>",
    into = "BTreeMap<RaterRole, Weight>"
)]
pub struct RaterWeights {
    weights: BTreeMap<RaterRole, Decimal>,
}

impl RaterWeights {
    /// Weights per role; roles not named weigh nothing.
    ///
    /// # Errors
    /// [`EvaluationError::RaterWeights`] when a weight is negative or they do not total
    /// exactly 100.
    pub fn new(
        weights: impl IntoIterator<Item = (RaterRole, Decimal)>,
    ) -> Result<Self, EvaluationError> {
        let weights: BTreeMap<RaterRole, Decimal> = weights.into_iter().collect();
        let total = weights
            .values()
            .try_fold(Decimal::ZERO, |sum, w| sum.checked_add(*w));
        if weights.values().any(|w| *w < Decimal::ZERO) || total != Some(Decimal::ONE_HUNDRED) {
            return Err(EvaluationError::RaterWeights {
                total: total.unwrap_or(Decimal::MAX),
            });
        }
        Ok(Self { weights })
    }

    /// The direct superior alone (the regulation's default).
    #[must_use]
    pub fn superior_only() -> Self {
        Self {
            weights: BTreeMap::from([(RaterRole::Superior, Decimal::ONE_HUNDRED)]),
        }
    }

    /// The weight of `role` (zero if not named).
    #[must_use]
    pub fn weight(&self, role: RaterRole) -> Decimal {
        self.weights.get(&role).copied().unwrap_or(Decimal::ZERO)
    }
}

impl TryFrom<BTreeMap<RaterRole, Weight>> for RaterWeights {
    type Error = EvaluationError;
    fn try_from(map: BTreeMap<RaterRole, Weight>) -> Result<Self, EvaluationError> {
        Self::new(map.into_iter().map(|(role, w)| (role, w.value())))
    }
}

impl From<RaterWeights> for BTreeMap<RaterRole, Weight> {
    fn from(weights: RaterWeights) -> Self {
        // Validated weights lie in 0..=100, so every one converts.
        weights
            .weights
            .into_iter()
            .filter_map(|(role, w)| Weight::new(w).ok().map(|w| (role, w)))
            .collect()
    }
}

/// One rater's rating of one core value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BehaviourRating {
    /// The value rated.
    pub value: CoreValue,
    /// Who rated.
    pub rater: RaterRole,
    /// The rating.
    pub rating: Rating,
}

/// One core value's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueOutcome {
    /// The value.
    pub value: CoreValue,
    /// Mean points (1 to 3) per kind of rater who rated it.
    pub by_role: BTreeMap<RaterRole, Score>,
    /// The weighted mean over the kinds of rater present, 1 to 3.
    #[serde(with = "decimal_text")]
    pub points: Decimal,
    /// The value's rating by the behaviour thresholds.
    pub rating: Rating,
    /// The leader's specific expectation (ekspektasi khusus) for this value, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectation: Option<String>,
}

/// A behaviour assessment: every value's outcome and the overall rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BehaviourOutcome {
    /// The seven values, in order.
    pub values: Vec<ValueOutcome>,
    /// The mean of the values' points.
    #[serde(with = "decimal_text")]
    pub points: Decimal,
    /// The behaviour rating (rating perilaku kerja).
    pub rating: Rating,
}

/// Rates behaviour from several raters: for each core value, each kind of rater's ratings
/// are averaged (Below 1, Meets 2, Above 3), the kinds present are weighted by `weights`
/// (renormalised over the kinds that rated the value), and the values' mean is read against
/// `thresholds`. `expectations` are the leader's specific expectations, carried into the
/// outcome.
///
/// # Errors
/// [`EvaluationError::MissingBehaviourRating`] when a value has no rating from a kind of
/// rater with a positive weight that must rate every value (the superior), or no rating at
/// all; [`EvaluationError::Band`] when the thresholds do not cover 1 to 3.
pub fn assess_behaviour(
    ratings: &[BehaviourRating],
    weights: &RaterWeights,
    thresholds: &BandTable<Rating>,
    expectations: &BTreeMap<CoreValue, String>,
) -> Result<BehaviourOutcome, EvaluationError> {
    let mut values = Vec::with_capacity(CoreValue::ALL.len());
    let mut total = Decimal::ZERO;
    for value in CoreValue::ALL {
        let mut by_role: BTreeMap<RaterRole, (i64, i64)> = BTreeMap::new();
        for r in ratings.iter().filter(|r| r.value == value) {
            let entry = by_role.entry(r.rater).or_insert((0, 0));
            entry.0 += r.rating.points();
            entry.1 += 1;
        }
        let superior_needed = weights.weight(RaterRole::Superior) > Decimal::ZERO;
        if (superior_needed && !by_role.contains_key(&RaterRole::Superior)) || by_role.is_empty() {
            return Err(EvaluationError::MissingBehaviourRating { value });
        }
        let (mut weighted, mut weight_sum) = (Decimal::ZERO, Decimal::ZERO);
        let mut means = BTreeMap::new();
        for (&role, &(points, count)) in &by_role {
            let mean = Decimal::from(points) / Decimal::from(count);
            means.insert(
                role,
                Score::new(mean).map_err(|_| EvaluationError::MissingBehaviourRating { value })?,
            );
            let w = weights.weight(role);
            weighted += w * mean;
            weight_sum += w;
        }
        if weight_sum.is_zero() {
            return Err(EvaluationError::MissingBehaviourRating { value });
        }
        let points = weighted / weight_sum;
        let rating = *thresholds.classify(points, |_| true)?.label;
        total += points;
        values.push(ValueOutcome {
            value,
            by_role: means,
            points,
            rating,
            expectation: expectations.get(&value).cloned(),
        });
    }
    let points = total / Decimal::from(CoreValue::ALL.len());
    let rating = *thresholds.classify(points, |_| true)?.label;
    Ok(BehaviourOutcome {
        values,
        points,
        rating,
    })
}
