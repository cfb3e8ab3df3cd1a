//! How a PP 46/2011 final value (prestasi kerja) is explained.

use super::*;

impl Pp46Activity {
    /// The activity's value: the mean of its three aspects (four with cost).
    ///
    /// A task not done (no quantity realised) scores 0 on every aspect (DOMAIN §4.3), whatever
    /// its quality, time and cost figures say, so the activity's value is 0.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::evaluation::{AspectFigures, Pp46Activity};
    /// use kinerja::Decimal;
    /// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
    /// // Nothing delivered, though quality and time were filled in: 0.
    /// let not_done = Pp46Activity { quantity: figures(10, 0), quality: figures(100, 90), time: figures(12, 12), cost: None };
    /// assert_eq!(not_done.value()?, Decimal::ZERO);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`EvaluationError::InvalidFigure`] on a zero or negative target.
    pub fn value(&self) -> Result<Decimal, EvaluationError> {
        self.explain().map(|e| e.value)
    }

    /// The activity's value with its explanation: each aspect's target, realisation,
    /// efficiency (time and cost) and value, and whether the task was done.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::evaluation::{AspectFigures, Pp46Activity};
    /// use kinerja::Decimal;
    /// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
    /// // Time 76 of 100: e = 100 − 76 = 24, at the boundary, so (176 − 76) / 100 × 100 = 100.
    /// let activity = Pp46Activity { quantity: figures(4, 4), quality: figures(100, 100), time: figures(100, 76), cost: None };
    /// let explained = activity.explain()?;
    /// let time = explained.aspects[2];
    /// assert_eq!(time.efficiency.map(|e| (e.percent, e.within_24)), Some((Decimal::from(24), true)));
    /// assert_eq!(time.value, Decimal::from(100));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`Pp46Activity::value`].
    pub fn explain(&self) -> Result<Pp46ActivityExplanation, EvaluationError> {
        let not_done = self.quantity.realisation <= Decimal::ZERO;
        let mut aspects = vec![
            aspect(AspectKind::Quantity, self.quantity)?,
            aspect(AspectKind::Quality, self.quality)?,
            aspect(AspectKind::Time, self.time)?,
        ];
        if let Some(cost) = self.cost {
            aspects.push(aspect(AspectKind::Cost, cost)?);
        }
        let value = if not_done {
            Decimal::ZERO
        } else {
            let values: Vec<Decimal> = aspects.iter().map(|a| a.value).collect();
            mean(&values)?
        };
        Ok(Pp46ActivityExplanation {
            aspects,
            not_done,
            value,
        })
    }
}

/// One aspect valued: R/T × 100 for quantity and quality, the efficiency rule for time and
/// cost; at least 0.
fn aspect(kind: AspectKind, figures: AspectFigures) -> Result<AspectExplanation, EvaluationError> {
    if figures.target <= Decimal::ZERO {
        return Err(EvaluationError::InvalidFigure {
            what: Figure::Pp46Target,
            value: figures.target,
        });
    }
    let (polarity, efficiency) = match kind {
        AspectKind::Quantity | AspectKind::Quality => (Polarity::Maximise, None),
        AspectKind::Time | AspectKind::Cost => (
            Polarity::Minimise(MinimiseFormula::Pp46Efficiency),
            Some(efficiency(figures)?),
        ),
    };
    let raw = exact(crate::measure::raw_for_regimes(
        polarity,
        Target::Value(figures.target),
        figures.realisation,
    ))?;
    Ok(AspectExplanation {
        aspect: kind,
        target: figures.target,
        realisation: figures.realisation,
        efficiency,
        raw,
        value: raw.max(Decimal::ZERO),
    })
}

/// e = 100 − R/T × 100 (T > 0), and whether e ≤ 24, decided without division as
/// 100 R ≥ 76 T (the measure's rule decides it the same way).
fn efficiency(figures: AspectFigures) -> Result<Efficiency, EvaluationError> {
    let (t, r) = (figures.target, figures.realisation);
    let share = r
        .checked_div(t)
        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED));
    let percent = exact(share.and_then(|p| Decimal::ONE_HUNDRED.checked_sub(p)))?;
    let within_24 = match (
        r.checked_mul(Decimal::ONE_HUNDRED),
        t.checked_mul(Decimal::from(76)),
    ) {
        (Some(hundred_r), Some(seventy_six_t)) => hundred_r >= seventy_six_t,
        _ => percent <= Decimal::from(24),
    };
    Ok(Efficiency { percent, within_24 })
}

/// PP 46/2011: the SKP value is the mean of the activities' values; the final value
/// (prestasi kerja) is the SKP's share × SKP + the rest × behaviour (60/40 by default),
/// behaviour being the mean of its aspects (six: service orientation, integrity,
/// commitment, discipline, cooperation, leadership).
///
/// # Errors
/// [`EvaluationError::NothingToAverage`] when there are no activities or no behaviour
/// aspects; [`EvaluationError::InvalidFigure`] when an activity has a target of zero;
/// [`EvaluationError::Scoring`] (a band error) when the final value lies outside the bands
/// (never with the preset, open above from 0).
pub fn pp_46_2011_final(
    rules: &Pp46Rules,
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<NumericOutcome<Pp46Rating>, EvaluationError> {
    explain_pp_46_2011(rules, activities, behaviour_aspects).map(|e| e.outcome())
}

/// [`pp_46_2011_final`] with its explanation: every activity with its aspects (the efficiency
/// rule for time and cost, and which of its branches), the SKP value, the behaviour
/// aspects' mean, the two parts with their shares (which add up to the final value
/// exactly), and the band.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{explain_pp_46_2011, AspectFigures, Pp46Activity, Pp46Rating, Pp46Rules};
/// use kinerja::Decimal;
/// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
/// // (100 + 90 + 100) / 3 = 96.66…; 96.66… × 60 % + 80 × 40 % = 58 + 32 = 90: Baik.
/// let activity = Pp46Activity { quantity: figures(10, 10), quality: figures(100, 90), time: figures(100, 76), cost: None };
/// let explained = explain_pp_46_2011(&Pp46Rules::default(), &[activity], &[Decimal::from(80); 6])?;
/// assert_eq!(explained.behaviour_part, Decimal::from(32));
/// assert_eq!(explained.value, explained.skp_part + explained.behaviour_part);
/// assert_eq!(explained.outcome().rating, Pp46Rating::Good);
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`pp_46_2011_final`].
pub fn explain_pp_46_2011(
    rules: &Pp46Rules,
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<Pp46Explanation, EvaluationError> {
    if activities.is_empty() {
        return Err(EvaluationError::NothingToAverage {
            what: Averaged::Pp46Activities,
        });
    }
    if behaviour_aspects.is_empty() {
        return Err(EvaluationError::NothingToAverage {
            what: Averaged::Pp46BehaviourAspects,
        });
    }
    let explained = activities
        .iter()
        .map(Pp46Activity::explain)
        .collect::<Result<Vec<_>, _>>()?;
    let values: Vec<Decimal> = explained.iter().map(|a| a.value).collect();
    let skp = mean(&values)?;
    let behaviour = mean(behaviour_aspects)?;
    let pair = WeightedPair::of(skp, behaviour, rules.skp_share)?;
    let band = FinalBand::of(&rules.bands, pair.value.max(Decimal::ZERO), |_| true)?;
    Ok(Pp46Explanation {
        activities: explained,
        skp,
        behaviour_aspects: behaviour_aspects.to_vec(),
        behaviour,
        skp_share: rules.skp_share,
        behaviour_share: pair.rest,
        skp_part: pair.first,
        behaviour_part: pair.second,
        value: pair.value,
        band,
    })
}

/// Which rule an aspect of a PP 46/2011 activity is valued by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AspectKind {
    /// Kuantitas: R/T × 100.
    Quantity,
    /// Kualitas: R/T × 100.
    Quality,
    /// Waktu: the efficiency rule.
    Time,
    /// Biaya: the efficiency rule.
    Cost,
}

impl Labelled for AspectKind {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Quantity, Language::Indonesian) => "kuantitas",
            (Self::Quality, Language::Indonesian) => "kualitas",
            (Self::Time, Language::Indonesian) => "waktu",
            (Self::Cost, Language::Indonesian) => "biaya",
            (Self::Quantity, Language::English) => "quantity",
            (Self::Quality, Language::English) => "quality",
            (Self::Time, Language::English) => "time",
            (Self::Cost, Language::English) => "cost",
        }
    }
}

/// How one aspect of a PP 46/2011 activity was valued: its target and realisation, the
/// efficiency for time and cost, the formula's figure and the value counted (never below
/// zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AspectExplanation {
    /// Which aspect.
    pub aspect: AspectKind,
    /// The target.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub target: Decimal,
    /// The realisation.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub realisation: Decimal,
    /// For time and cost, the efficiency and which branch of the rule it chose; none for
    /// quantity and quality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub efficiency: Option<Efficiency>,
    /// The formula's figure: R/T × 100; for time and cost (1.76 T − R)/T × 100 when e ≤ 24,
    /// else 76 − ((1.76 T − R)/T × 100 − 100).
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub raw: Decimal,
    /// The value counted: the figure, at least 0.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
}

crate::objects_only::objects_only!(AspectExplanation);

/// The efficiency of a time or cost aspect under PP 46/2011, and the branch of the rule it
/// chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Efficiency {
    /// e = 100 − R/T × 100.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub percent: Decimal,
    /// Whether e ≤ 24, decided exactly (as 100 R ≥ 76 T): the value is then
    /// (1.76 T − R)/T × 100, otherwise 76 − ((1.76 T − R)/T × 100 − 100).
    pub within_24: bool,
}

crate::objects_only::objects_only!(Efficiency);

impl AspectExplanation {
    fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let t = short(self.target, language);
        let r = short(self.realisation, language);
        let mut out = format!("{}: ", self.aspect.label(language));
        match self.efficiency {
            None => {
                let _ = write!(out, "{r} / {t} × 100 = {}", short(self.raw, language));
            }
            Some(efficiency) => {
                let e_text = short(efficiency.percent, language);
                let factor = if indonesian { "1,76" } else { "1.76" };
                let formula = format!("({factor} × {t} − {r}) / {t} × 100");
                let worked = if efficiency.within_24 {
                    format!("e ≤ 24: {formula}")
                } else {
                    format!("e > 24: 76 − ({formula} − 100)")
                };
                let _ = if indonesian {
                    write!(
                        out,
                        "target {t}, realisasi {r}; efisiensi e = 100 − {r} / {t} × 100 = {e_text}; {worked} = {}",
                        short(self.raw, language)
                    )
                } else {
                    write!(
                        out,
                        "target {t}, realisation {r}; efficiency e = 100 − {r} / {t} × 100 = {e_text}; {worked} = {}",
                        short(self.raw, language)
                    )
                };
            }
        }
        if self.value != self.raw {
            let _ = if indonesian {
                write!(out, ", paling sedikit 0: {}", short(self.value, language))
            } else {
                write!(out, ", at least 0: {}", short(self.value, language))
            };
        }
        out
    }
}

/// How a PP 46/2011 activity's value was made: its aspects, whether it was done at all, and
/// the mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Pp46ActivityExplanation {
    /// Quantity, quality, time, and cost where it applies.
    pub aspects: Vec<AspectExplanation>,
    /// Whether the task was not done (no quantity realised): then it scores 0.
    pub not_done: bool,
    /// The activity's value: the mean of its aspects, or 0 when not done.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
}

crate::objects_only::objects_only!(Pp46ActivityExplanation);

/// How a PP 46/2011 final value (prestasi kerja) was made: every activity, the SKP value
/// (their mean), the behaviour aspects and their mean, the two parts with their shares,
/// and the band. Made by [`explain_pp_46_2011`](crate::evaluation::explain_pp_46_2011).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Pp46Explanation {
    /// The activities (kegiatan tugas jabatan).
    pub activities: Vec<Pp46ActivityExplanation>,
    /// The SKP value: the mean of the activities' values.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub skp: Decimal,
    /// The behaviour aspects' values (six in the regulation).
    #[serde(with = "crate::decimal_text::list")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::list::schema")
    )]
    pub behaviour_aspects: Vec<Decimal>,
    /// The behaviour value: the mean of its aspects.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub behaviour: Decimal,
    /// The SKP's share (60).
    pub skp_share: Weight,
    /// The behaviour's share, the rest (40).
    pub behaviour_share: Weight,
    /// SKP × its share / 100.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub skp_part: Decimal,
    /// Behaviour × its share / 100.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub behaviour_part: Decimal,
    /// The final value: the two parts added.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
    /// The band the final value fell in.
    pub band: FinalBand<Pp46Rating>,
}

crate::objects_only::objects_only!(Pp46Explanation);

impl Pp46Explanation {
    /// The final value and its rating, as [`pp_46_2011_final`](crate::evaluation::pp_46_2011_final)
    /// gives them.
    #[must_use]
    pub const fn outcome(&self) -> NumericOutcome<Pp46Rating> {
        NumericOutcome {
            value: self.value,
            rating: self.band.rating,
        }
    }

    /// The explanation as text, one line per fact, in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::Language;
    /// use kinerja::evaluation::{explain_pp_46_2011, AspectFigures, Pp46Activity, Pp46Rules};
    /// use kinerja::Decimal;
    /// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
    /// // Time: 76 of 100 days, e = 100 − 76 = 24, so (1.76 × 100 − 76) / 100 × 100 = 100.
    /// let activity = Pp46Activity { quantity: figures(4, 4), quality: figures(100, 100), time: figures(100, 76), cost: None };
    /// let explained = explain_pp_46_2011(&Pp46Rules::default(), &[activity], &[Decimal::from(80); 6])?;
    /// assert!(explained.render(Language::English).contains("e = 100 − 76 / 100 × 100 = 24; e ≤ 24: (1.76 × 100 − 76) / 100 × 100 = 100"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: {}, {}",
            if indonesian {
                "Prestasi kerja PP 46/2011"
            } else {
                "PP 46/2011 final value"
            },
            short(self.value, language),
            self.band.rating.label(language)
        );
        for (number, activity) in self.activities.iter().enumerate() {
            let word = if indonesian { "kegiatan" } else { "activity" };
            let _ = if activity.not_done {
                writeln!(
                    out,
                    "- {word} {}: {}: 0",
                    number + 1,
                    if indonesian {
                        "tidak dikerjakan (realisasi kuantitas 0)"
                    } else {
                        "not done (no quantity realised)"
                    }
                )
            } else {
                let values: Vec<Decimal> = activity.aspects.iter().map(|a| a.value).collect();
                writeln!(
                    out,
                    "- {word} {}: {} = {}",
                    number + 1,
                    mean_text(&values, language),
                    short(activity.value, language)
                )
            };
            for aspect in &activity.aspects {
                let _ = writeln!(out, "    {}", aspect.render(language));
            }
        }
        let values: Vec<Decimal> = self.activities.iter().map(|a| a.value).collect();
        let _ = writeln!(
            out,
            "- {} {} = {}",
            if indonesian { "nilai SKP" } else { "SKP value" },
            mean_text(&values, language),
            short(self.skp, language)
        );
        let _ = writeln!(
            out,
            "- {} {} = {}",
            if indonesian {
                "perilaku kerja"
            } else {
                "behaviour"
            },
            mean_text(&self.behaviour_aspects, language),
            short(self.behaviour, language)
        );
        let _ = writeln!(
            out,
            "- {} {} × {} + {} × {} = {} + {} = {}",
            if indonesian {
                "prestasi kerja"
            } else {
                "final value"
            },
            short(self.skp, language),
            short_percent(self.skp_share.value(), language),
            short(self.behaviour, language),
            short_percent(self.behaviour_share.value(), language),
            short(self.skp_part, language),
            short(self.behaviour_part, language),
            short(self.value, language)
        );
        let _ = writeln!(out, "{}", self.band.render(self.value, language));
        out
    }
}

/// The former name of [`pp_46_2011_final`], kept so that callers can upgrade.
///
/// # Errors
/// As [`pp_46_2011_final`].
#[deprecated(
    note = "use `kinerja::evaluation::pp_46_2011_final`: named after the regulation, as the presets are"
)]
pub fn pp46_final(
    rules: &Pp46Rules,
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<NumericOutcome<Pp46Rating>, EvaluationError> {
    pp_46_2011_final(rules, activities, behaviour_aspects)
}

/// The former name of [`explain_pp_46_2011`], kept so that callers can upgrade.
///
/// # Errors
/// As [`explain_pp_46_2011`].
#[deprecated(
    note = "use `kinerja::evaluation::explain_pp_46_2011`: named after the regulation, as the presets are"
)]
pub fn explain_pp46(
    rules: &Pp46Rules,
    activities: &[Pp46Activity],
    behaviour_aspects: &[Decimal],
) -> Result<Pp46Explanation, EvaluationError> {
    explain_pp_46_2011(rules, activities, behaviour_aspects)
}
