//! The talent nine-box (PermenPANRB 3/2020): performance × potential, with recommended
//! actions.

use super::error::EvaluationError;
use super::rating::Rating;
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::scoring::BandTable;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Potential, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Potential {
    /// Rendah.
    Low,
    /// Menengah.
    Middle,
    /// Tinggi.
    High,
}

impl Labelled for Potential {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Low, Language::Indonesian) => "rendah",
            (Self::Middle, Language::Indonesian) => "menengah",
            (Self::High, Language::Indonesian) => "tinggi",
            (Self::Low, Language::English) => "low",
            (Self::Middle, Language::English) => "middle",
            (Self::High, Language::English) => "high",
        }
    }
}

/// A box of the talent nine-box (kotak manajemen talenta), numbered 1 to 9.
///
/// On the wire: the number, `5`; as a map key, `"5"`.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::NineBox;
/// assert_eq!(NineBox::new(9)?.number(), 9);
/// assert!(NineBox::new(42).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct NineBox(u8);

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    NineBox,
    crate::json_schema::whole(1, 9, "A box of the nine-box, 1 to 9.")
);

impl NineBox {
    /// The nine boxes, 1 to 9.
    pub const ALL: [Self; 9] = [
        Self(1),
        Self(2),
        Self(3),
        Self(4),
        Self(5),
        Self(6),
        Self(7),
        Self(8),
        Self(9),
    ];

    /// The box numbered `number`.
    ///
    /// # Errors
    /// [`EvaluationError::NineBoxNumber`] outside 1 to 9.
    pub fn new(number: u8) -> Result<Self, EvaluationError> {
        if (1..=9).contains(&number) {
            Ok(Self(number))
        } else {
            Err(EvaluationError::NineBoxNumber { number })
        }
    }

    /// The box's number, 1 to 9.
    #[must_use]
    pub const fn number(self) -> u8 {
        self.0
    }

    /// The box's position in [`NineBox::ALL`], 0 to 8.
    pub(crate) const fn index(self) -> usize {
        self.0 as usize - 1
    }
}

impl TryFrom<u8> for NineBox {
    type Error = EvaluationError;
    fn try_from(number: u8) -> Result<Self, EvaluationError> {
        Self::new(number)
    }
}

impl From<NineBox> for u8 {
    fn from(nine_box: NineBox) -> u8 {
        nine_box.0
    }
}

impl std::fmt::Display for NineBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The box of a performance rating and a potential (DOMAIN §5): above expectation gives 4,
/// 7, 9; meets 2, 5, 8; below 1, 3, 6 (from low to high potential).
///
/// ```
/// use kinerja::evaluation::{Potential, Rating, nine_box};
/// assert_eq!(nine_box(Rating::Above, Potential::High).number(), 9);
/// assert_eq!(nine_box(Rating::Below, Potential::Low).number(), 1);
/// assert_eq!(nine_box(Rating::Meets, Potential::Middle).number(), 5);
/// ```
#[must_use]
pub const fn nine_box(performance: Rating, potential: Potential) -> NineBox {
    NineBox(match (performance, potential) {
        (Rating::Above, Potential::Low) => 4,
        (Rating::Above, Potential::Middle) => 7,
        (Rating::Above, Potential::High) => 9,
        (Rating::Meets, Potential::Low) => 2,
        (Rating::Meets, Potential::Middle) => 5,
        (Rating::Meets, Potential::High) => 8,
        (Rating::Below, Potential::Low) => 1,
        (Rating::Below, Potential::Middle) => 3,
        (Rating::Below, Potential::High) => 6,
    })
}

/// A recommended talent action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TalentAction {
    /// Promosi.
    Promote,
    /// Masuk kelompok rencana suksesi.
    SuccessionPool,
    /// Penghargaan.
    Reward,
    /// Rotasi atau pengayaan jabatan.
    Rotation,
    /// Dipertahankan pada jabatan.
    Retain,
    /// Pengembangan kompetensi.
    CompetencyDevelopment,
    /// Konseling kinerja.
    Counselling,
    /// Ditangani menurut ketentuan disiplin.
    Disciplinary,
}

impl Labelled for TalentAction {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Promote, Language::Indonesian) => "promosi",
            (Self::SuccessionPool, Language::Indonesian) => "kelompok rencana suksesi",
            (Self::Reward, Language::Indonesian) => "penghargaan",
            (Self::Rotation, Language::Indonesian) => "rotasi/pengayaan jabatan",
            (Self::Retain, Language::Indonesian) => "dipertahankan",
            (Self::CompetencyDevelopment, Language::Indonesian) => "pengembangan kompetensi",
            (Self::Counselling, Language::Indonesian) => "konseling kinerja",
            (Self::Disciplinary, Language::Indonesian) => "penanganan sesuai ketentuan disiplin",
            (Self::Promote, Language::English) => "promote",
            (Self::SuccessionPool, Language::English) => "succession pool",
            (Self::Reward, Language::English) => "reward",
            (Self::Rotation, Language::English) => "rotation or job enrichment",
            (Self::Retain, Language::English) => "retain",
            (Self::CompetencyDevelopment, Language::English) => "competency development",
            (Self::Counselling, Language::English) => "performance counselling",
            (Self::Disciplinary, Language::English) => "handled under the disciplinary rules",
        }
    }
}

/// The cut-offs of the two axes and the actions per box: all data.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::NineBoxRules = serde_json::from_str(r#"
/// {
///   "performance": {
///     "bands": [
///       {
///         "label": "below",
///         "lower": {
///           "value": "0",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "90",
///           "inclusive": false
///         }
///       },
///       {
///         "label": "meets",
///         "lower": {
///           "value": "90",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "110",
///           "inclusive": false
///         }
///       },
///       {
///         "label": "above",
///         "lower": {
///           "value": "110",
///           "inclusive": true
///         }
///       }
///     ]
///   },
///   "potential": {
///     "bands": [
///       {
///         "label": "low",
///         "lower": {
///           "value": "0",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "70",
///           "inclusive": false
///         }
///       },
///       {
///         "label": "middle",
///         "lower": {
///           "value": "70",
///           "inclusive": true
///         },
///         "upper": {
///           "value": "85",
///           "inclusive": false
///         }
///       },
///       {
///         "label": "high",
///         "lower": {
///           "value": "85",
///           "inclusive": true
///         }
///       }
///     ]
///   },
///   "actions": {
///     "1": [
///       "disciplinary"
///     ],
///     "2": [
///       "counselling",
///       "competency_development"
///     ],
///     "3": [
///       "counselling",
///       "competency_development"
///     ],
///     "4": [
///       "retain",
///       "competency_development"
///     ],
///     "5": [
///       "retain",
///       "competency_development"
///     ],
///     "6": [
///       "counselling",
///       "rotation"
///     ],
///     "7": [
///       "rotation",
///       "competency_development"
///     ],
///     "8": [
///       "rotation",
///       "succession_pool",
///       "reward"
///     ],
///     "9": [
///       "promote",
///       "succession_pool",
///       "reward"
///     ]
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct NineBoxRules {
    /// Performance score → rating. Default: the default result thresholds.
    pub performance: BandTable<Rating>,
    /// Potential score → potential. Default (the crate's, on a 0–100 assessment): low
    /// under 70, middle from 70 to under 85, high from 85.
    pub potential: BandTable<Potential>,
    /// Recommended actions per box.
    #[serde(deserialize_with = "crate::unique_map::deserialize")]
    pub actions: BTreeMap<NineBox, Vec<TalentAction>>,
}

crate::objects_only::objects_only!(NineBoxRules);

/// An employee's place in the nine-box.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Placement {
    /// The performance rating.
    pub performance: Rating,
    /// The potential.
    pub potential: Potential,
    /// The box.
    pub box_number: NineBox,
    /// The recommended actions.
    pub actions: Vec<TalentAction>,
    /// How the box was found: both axes with their scores and cut points. Absent in
    /// documents written before the placement carried them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub axes: Option<PlacementAxes>,
}

crate::objects_only::objects_only!(Placement);

impl NineBoxRules {
    /// Places an employee by a performance score and a potential score; the placement
    /// carries both scores and the axes' cut points, and says so in words
    /// ([`Placement::render`]).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::evaluation::NineBoxRules;
    /// use kinerja::Decimal;
    /// let rules = NineBoxRules::default();
    /// // 95 % is as expected (90 to under 110) and a potential of 90 is high (from 85): box 8.
    /// let placement = rules.place(Decimal::from(95), Decimal::from(90))?;
    /// assert_eq!(placement.box_number.number(), 8);
    /// // 112 % is above expectations, a potential of 72 middle: box 7.
    /// assert_eq!(rules.place(Decimal::from(112), Decimal::from(72))?.box_number.number(), 7);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`EvaluationError::Scoring`] (a band error) when a score lies outside its axis.
    pub fn place(
        &self,
        performance: Decimal,
        potential: Decimal,
    ) -> Result<Placement, EvaluationError> {
        let performance_score = performance;
        let potential_score = potential;
        let performance = *self.performance.classify(performance, |_| true)?.label;
        let potential = *self.potential.classify(potential, |_| true)?.label;
        let box_number = nine_box(performance, potential);
        Ok(Placement {
            performance,
            potential,
            box_number,
            actions: self.actions.get(&box_number).cloned().unwrap_or_default(),
            axes: Some(PlacementAxes::new(
                AxisPlacement::new(performance_score, self.performance.clone()),
                AxisPlacement::new(potential_score, self.potential.clone()),
            )),
        })
    }

    /// Places an employee by their appraisal and a potential score: performance is the
    /// result rating the appraisal gives (hasil kerja: the thresholds' rating, the leader's
    /// reasoned override, or the ratings decided on an objection), not a score classified
    /// again, so whatever decided it counts here too.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::evaluation::NineBoxRules;
    /// use kinerja::{AgencyInput, appraise_agency};
    /// let input = AgencyInput::new(kinerja::sample::siulak_records()?).map_err(|p| format!("{p:?}"))?;
    /// let year = appraise_agency(&input)?;
    /// let rina = year.employees.iter().find(|a| a.employee.to_string() == "198507192010012014")
    ///     .ok_or("Rina")?;
    /// // Her results meet expectations (100,50 %); a potential of 90 is high: box 8.
    /// let placed = NineBoxRules::default().place_appraisal(&rina.annual, kinerja::Decimal::from(90))?;
    /// assert_eq!(placed.box_number.number(), 8);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`EvaluationError::Scoring`] (a band error) when the potential lies outside its axis.
    pub fn place_appraisal(
        &self,
        appraisal: &super::appraisal::Appraisal,
        potential: Decimal,
    ) -> Result<Placement, EvaluationError> {
        let performance = appraisal.result_rating;
        let score = appraisal.reported.value();
        let potential_score = potential;
        let potential = *self.potential.classify(potential, |_| true)?.label;
        let box_number = nine_box(performance, potential);
        // The axes show the scores and cut points only where the achievement's own band gave
        // the rating: a rating set otherwise is not the score's.
        let by_score = self
            .performance
            .classify(score, |_| true)
            .is_ok_and(|found| *found.label == performance);
        Ok(Placement {
            performance,
            potential,
            box_number,
            actions: self.actions.get(&box_number).cloned().unwrap_or_default(),
            axes: by_score.then(|| {
                PlacementAxes::new(
                    AxisPlacement::new(score, self.performance.clone()),
                    AxisPlacement::new(potential_score, self.potential.clone()),
                )
            }),
        })
    }
}

/// One axis of the nine-box as an employee was placed on it: the score and the axis's
/// bands (its cut points), lowest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    deny_unknown_fields,
    remote = "Self",
    bound(serialize = "L: Serialize", deserialize = "L: Deserialize<'de>")
)]
#[non_exhaustive]
pub struct AxisPlacement<L> {
    /// The score placed (nilai).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
    /// The axis's bands: each label with its interval.
    pub bands: BandTable<L>,
}

crate::objects_only::objects_only!(AxisPlacement<L>);

impl<L> AxisPlacement<L> {
    /// The axis placement of `score` on `bands`.
    pub(crate) const fn new(score: Decimal, bands: BandTable<L>) -> Self {
        Self { score, bands }
    }
}

/// Both axes of a placement (see [`Placement::axes`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct PlacementAxes {
    /// The performance axis (kinerja).
    pub performance: AxisPlacement<Rating>,
    /// The potential axis (potensi).
    pub potential: AxisPlacement<Potential>,
}

crate::objects_only::objects_only!(PlacementAxes);

impl PlacementAxes {
    /// The axes of a placement.
    pub(crate) const fn new(
        performance: AxisPlacement<Rating>,
        potential: AxisPlacement<Potential>,
    ) -> Self {
        Self {
            performance,
            potential,
        }
    }
}
