//! Ratings (above, meets, below expectation), predicates, and the predicate matrix of
//! PermenPANRB 6/2022.

use super::error::EvaluationError;
use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// A rating of work results or of work behaviour (PermenPANRB 6/2022), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Di Bawah Ekspektasi.
    Below,
    /// Sesuai Ekspektasi.
    Meets,
    /// Di Atas Ekspektasi.
    Above,
}

impl Rating {
    /// All ratings, lowest first.
    pub const ALL: [Self; 3] = [Self::Below, Self::Meets, Self::Above];

    /// The rating's number for averaging several raters: 1, 2, 3.
    #[must_use]
    pub const fn points(self) -> i64 {
        match self {
            Self::Below => 1,
            Self::Meets => 2,
            Self::Above => 3,
        }
    }
}

impl Labelled for Rating {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Below, Language::Indonesian) => "Di Bawah Ekspektasi",
            (Self::Meets, Language::Indonesian) => "Sesuai Ekspektasi",
            (Self::Above, Language::Indonesian) => "Di Atas Ekspektasi",
            (Self::Below, Language::English) => "below expectation",
            (Self::Meets, Language::English) => "meets expectation",
            (Self::Above, Language::English) => "above expectation",
        }
    }
}

/// An employee's performance predicate (predikat kinerja pegawai), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Predicate {
    /// Sangat Kurang.
    VeryPoor,
    /// Kurang / Misconduct.
    PoorOrMisconduct,
    /// Butuh Perbaikan.
    NeedsImprovement,
    /// Baik.
    Good,
    /// Sangat Baik.
    VeryGood,
}

impl Predicate {
    /// All predicates, lowest first.
    pub const ALL: [Self; 5] = [
        Self::VeryPoor,
        Self::PoorOrMisconduct,
        Self::NeedsImprovement,
        Self::Good,
        Self::VeryGood,
    ];

    /// Position in [`Predicate::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            Self::VeryPoor => 0,
            Self::PoorOrMisconduct => 1,
            Self::NeedsImprovement => 2,
            Self::Good => 3,
            Self::VeryGood => 4,
        }
    }
}

impl Labelled for Predicate {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::VeryPoor, Language::Indonesian) => "Sangat Kurang",
            (Self::PoorOrMisconduct, Language::Indonesian) => "Kurang/Misconduct",
            (Self::NeedsImprovement, Language::Indonesian) => "Butuh Perbaikan",
            (Self::Good, Language::Indonesian) => "Baik",
            (Self::VeryGood, Language::Indonesian) => "Sangat Baik",
            (Self::VeryPoor, Language::English) => "very poor",
            (Self::PoorOrMisconduct, Language::English) => "poor or misconduct",
            (Self::NeedsImprovement, Language::English) => "needs improvement",
            (Self::Good, Language::English) => "good",
            (Self::VeryGood, Language::English) => "very good",
        }
    }
}

/// One value per employee predicate, always lowest first (Sangat Kurang to Sangat Baik, as
/// [`Predicate::ALL`]); on the wire a list of five in that order.
///
/// ```
/// use kinerja::evaluation::{PerPredicate, Predicate};
/// let counts = PerPredicate::counting([Predicate::Good, Predicate::Good, Predicate::VeryGood]);
/// assert_eq!(counts[Predicate::Good], 2);
/// assert_eq!(counts.as_array(), &[0, 0, 0, 2, 1]);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct PerPredicate<T>([T; 5]);

impl<T> PerPredicate<T> {
    /// The values, lowest predicate first.
    #[must_use]
    pub const fn new(values: [T; 5]) -> Self {
        Self(values)
    }

    /// The values, lowest predicate first.
    #[must_use]
    pub const fn as_array(&self) -> &[T; 5] {
        &self.0
    }

    /// The values, lowest predicate first, to change in place.
    pub(crate) const fn as_mut_array(&mut self) -> &mut [T; 5] {
        &mut self.0
    }

    /// Each predicate with its value, lowest first.
    pub fn iter(&self) -> impl Iterator<Item = (Predicate, &T)> {
        Predicate::ALL.into_iter().zip(&self.0)
    }
}

impl PerPredicate<usize> {
    /// How many of `predicates` are each predicate.
    #[must_use]
    pub fn counting(predicates: impl IntoIterator<Item = Predicate>) -> Self {
        let mut counts = Self::default();
        for p in predicates {
            counts[p] += 1;
        }
        counts
    }

    /// The sum over `predicates`.
    #[must_use]
    pub fn sum_of(&self, predicates: &[Predicate]) -> usize {
        predicates.iter().map(|&p| self[p]).sum()
    }
}

impl<T> std::ops::Index<Predicate> for PerPredicate<T> {
    type Output = T;
    fn index(&self, predicate: Predicate) -> &T {
        let [very_poor, poor, needs_improvement, good, very_good] = &self.0;
        match predicate {
            Predicate::VeryPoor => very_poor,
            Predicate::PoorOrMisconduct => poor,
            Predicate::NeedsImprovement => needs_improvement,
            Predicate::Good => good,
            Predicate::VeryGood => very_good,
        }
    }
}

impl<T> std::ops::IndexMut<Predicate> for PerPredicate<T> {
    fn index_mut(&mut self, predicate: Predicate) -> &mut T {
        let [very_poor, poor, needs_improvement, good, very_good] = &mut self.0;
        match predicate {
            Predicate::VeryPoor => very_poor,
            Predicate::PoorOrMisconduct => poor,
            Predicate::NeedsImprovement => needs_improvement,
            Predicate::Good => good,
            Predicate::VeryGood => very_good,
        }
    }
}

/// The predicate matrix: rows are result ratings, columns behaviour ratings (each lowest
/// first). A matrix is refused unless a better rating never gives a worse predicate.
///
/// ```
/// use kinerja::evaluation::{Predicate, PredicateMatrix, Rating};
/// let m = PredicateMatrix::default(); // PermenPANRB 6/2022
/// assert_eq!(m.predicate(Rating::Above, Rating::Above), Predicate::VeryGood);
/// assert_eq!(m.predicate(Rating::Above, Rating::Below), Predicate::PoorOrMisconduct);
/// assert_eq!(m.predicate(Rating::Below, Rating::Meets), Predicate::NeedsImprovement);
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::PredicateMatrix = serde_json::from_str(r#"
/// {
///   "below": [
///     "very_poor",
///     "needs_improvement",
///     "needs_improvement"
///   ],
///   "meets": [
///     "poor_or_misconduct",
///     "good",
///     "good"
///   ],
///   "above": [
///     "poor_or_misconduct",
///     "good",
///     "very_good"
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "MatrixSpec", into = "MatrixSpec")]
pub struct PredicateMatrix {
    cells: [[Predicate; 3]; 3],
}

/// Wire form: `{"below": [..3 by behaviour..], "meets": [..], "above": [..]}`.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct MatrixSpec {
    below: [Predicate; 3],
    meets: [Predicate; 3],
    above: [Predicate; 3],
}

crate::objects_only::objects_only!(MatrixSpec);

impl PredicateMatrix {
    /// A matrix from its rows (result rating below, meets, above), each listing the
    /// predicate for behaviour below, meets, above.
    ///
    /// # Errors
    /// [`EvaluationError::MatrixNotMonotone`] when a better result or behaviour rating
    /// would give a worse predicate somewhere.
    pub fn new(cells: [[Predicate; 3]; 3]) -> Result<Self, EvaluationError> {
        for r in 0..3 {
            for b in 0..3 {
                let here = cell(&cells, r, b);
                let right = (b + 1 < 3).then(|| cell(&cells, r, b + 1));
                let up = (r + 1 < 3).then(|| cell(&cells, r + 1, b));
                if right.is_some_and(|p| p < here) || up.is_some_and(|p| p < here) {
                    return Err(EvaluationError::MatrixNotMonotone {
                        results: Rating::ALL
                            .get(r)
                            .copied()
                            .or_invariant(Rating::Below, "r < 3"),
                        behaviour: Rating::ALL
                            .get(b)
                            .copied()
                            .or_invariant(Rating::Below, "b < 3"),
                    });
                }
            }
        }
        Ok(Self { cells })
    }

    /// A matrix the crate writes itself (a preset), known to be monotone.
    pub(crate) const fn trusted(cells: [[Predicate; 3]; 3]) -> Self {
        Self { cells }
    }

    /// The predicate of a result rating and a behaviour rating.
    #[must_use]
    pub fn predicate(&self, results: Rating, behaviour: Rating) -> Predicate {
        cell(&self.cells, rating_index(results), rating_index(behaviour))
    }
}

const fn rating_index(rating: Rating) -> usize {
    match rating {
        Rating::Below => 0,
        Rating::Meets => 1,
        Rating::Above => 2,
    }
}

fn cell(cells: &[[Predicate; 3]; 3], r: usize, b: usize) -> Predicate {
    cells
        .get(r)
        .and_then(|row| row.get(b))
        .copied()
        .or_invariant(Predicate::VeryPoor, "a 3 × 3 matrix")
}

impl TryFrom<MatrixSpec> for PredicateMatrix {
    type Error = EvaluationError;
    fn try_from(spec: MatrixSpec) -> Result<Self, EvaluationError> {
        Self::new([spec.below, spec.meets, spec.above])
    }
}

impl From<PredicateMatrix> for MatrixSpec {
    fn from(matrix: PredicateMatrix) -> Self {
        let [below, meets, above] = matrix.cells;
        Self {
            below,
            meets,
            above,
        }
    }
}
