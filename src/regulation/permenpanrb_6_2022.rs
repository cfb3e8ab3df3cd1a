//! PermenPANRB 6/2022 on the performance management of civil servants: the predicate
//! matrix. The points it leaves open (result and behaviour thresholds, the organisation's
//! predicate from its achievement, the leader's rating) have the crate's defaults in
//! [`crate_defaults`](super::crate_defaults).

use crate::evaluation::{Predicate, PredicateMatrix};

/// PermenPANRB 6/2022's predicate matrix (rows results, columns behaviour):
///
/// | results \\ behaviour | below | meets | above |
/// |---|---|---|---|
/// | above | Kurang/Misconduct | Baik | Sangat Baik |
/// | meets | Kurang/Misconduct | Baik | Baik |
/// | below | Sangat Kurang | Butuh Perbaikan | Butuh Perbaikan |
///
/// ```
/// use kinerja::evaluation::{Predicate, Rating};
/// let m = kinerja::regulation::permenpanrb_6_2022_matrix();
/// assert_eq!(m.predicate(Rating::Above, Rating::Above), Predicate::VeryGood);
/// assert_eq!(m.predicate(Rating::Above, Rating::Below), Predicate::PoorOrMisconduct);
/// assert_eq!(m.predicate(Rating::Below, Rating::Meets), Predicate::NeedsImprovement);
/// assert_eq!(m.predicate(Rating::Below, Rating::Below), Predicate::VeryPoor);
/// ```
#[must_use]
pub const fn permenpanrb_6_2022_matrix() -> PredicateMatrix {
    use Predicate::{Good, NeedsImprovement, PoorOrMisconduct, VeryGood, VeryPoor};
    PredicateMatrix::trusted([
        [VeryPoor, NeedsImprovement, NeedsImprovement],
        [PoorOrMisconduct, Good, Good],
        [PoorOrMisconduct, Good, VeryGood],
    ])
}

impl Default for PredicateMatrix {
    /// [`permenpanrb_6_2022_matrix`].
    fn default() -> Self {
        permenpanrb_6_2022_matrix()
    }
}
