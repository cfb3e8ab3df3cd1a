//! The explanations of the numeric regimes' figures (PP 30/2019, PermenPANRB 8/2021,
//! PP 46/2011): each part with its weight, the value map's step, the additional results and
//! their cap, the band with its interval and condition; as values and as text in Indonesian
//! or English.

use super::grades::{Pp30Rating, Pp46Rating};
use super::regimes::{NumericOutcome, Pp30Weighting};
use crate::decimal_text;
use crate::label::{Labelled, Language};
use crate::num::{Percent, Score, Weight};
use crate::scoring::figures::{interval_words, short, short_percent};
use crate::scoring::{BandTable, Bound, Condition, ValueStep};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The band a regime's final value fell in: its rating and interval, the condition it
/// requires (held, since the value reached it), and the band the value lay in when that
/// band's condition was not met (an innovation, for Sangat Baik under PP 30/2019).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    deny_unknown_fields,
    remote = "Self",
    bound(serialize = "R: Serialize", deserialize = "R: Deserialize<'de>")
)]
#[non_exhaustive]
pub struct FinalBand<R> {
    /// The rating (predikat) given.
    pub rating: R,
    /// The band's lower end; none for a band open below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The band's upper end; none for a band open above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// The condition the band requires besides its value, which held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Condition>,
    /// The band the value lay in, when its condition was not met and the value fell to
    /// this band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmet: Option<UnmetBand<R>>,
}

crate::objects_only::objects_only!(FinalBand<R>);

/// A band a value lay in whose condition was not met (see [`FinalBand::unmet`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct UnmetBand<R> {
    /// The rating the band would have given.
    pub rating: R,
    /// The band's lower end; none for a band open below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The band's upper end; none for a band open above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// The condition that was not met.
    pub requires: Condition,
}

crate::objects_only::objects_only!(UnmetBand<R>);

impl<R: Copy> FinalBand<R> {
    /// The band `value` falls in, with `holds` saying which conditions are met.
    pub(crate) fn of(
        table: &BandTable<R>,
        value: Decimal,
        holds: impl Fn(Condition) -> bool,
    ) -> Result<Self, crate::scoring::BandError> {
        let found = table.classify(value, &holds)?;
        let unmet = table
            .bands()
            .iter()
            .find(|band| band.contains(value))
            .filter(|_| found.fell_back)
            .and_then(|band| {
                band.requires.map(|requires| UnmetBand {
                    rating: band.label,
                    lower: band.lower,
                    upper: band.upper,
                    requires,
                })
            });
        Ok(Self {
            rating: *found.label,
            lower: found.band.lower,
            upper: found.band.upper,
            requires: found.band.requires,
            unmet,
        })
    }
}

impl<R: Labelled> FinalBand<R> {
    /// The band's line: `Predikat Baik: 90 sampai di bawah 110`, and when a condition moved
    /// the value down, the band it lay in and the condition not met.
    fn render(&self, value: Decimal, language: Language) -> String {
        let figure = |v: Decimal| short(v, language);
        let interval = interval_words(self.lower, self.upper, figure, language);
        let indonesian = language == Language::Indonesian;
        let mut out = if indonesian {
            format!("Predikat {}: {interval}", self.rating.label(language))
        } else {
            format!("Rating {}: {interval}", self.rating.label(language))
        };
        if let Some(condition) = self.requires {
            let met = if indonesian { "terpenuhi" } else { "met" };
            let _ = write!(out, "; {}: {met}", condition.label(language));
        }
        if let Some(unmet) = &self.unmet {
            let lay = interval_words(unmet.lower, unmet.upper, figure, language);
            let _ = if indonesian {
                write!(
                    out,
                    "; {} berada pada rentang {} ({lay}), yang mensyaratkan {}; syarat itu tidak terpenuhi",
                    short(value, language),
                    unmet.rating.label(language),
                    unmet.requires.label(language)
                )
            } else {
                write!(
                    out,
                    "; {} lies in the band {} ({lay}), which requires {}; that condition was not met",
                    short(value, language),
                    unmet.rating.label(language),
                    unmet.requires.label(language)
                )
            };
        }
        out
    }
}

/// How a PP 30/2019 final value (nilai kinerja) was made: results and behaviour with their
/// shares, the two parts that add up to the final value, whether there was an innovation,
/// and the band. Made by [`explain_pp30`](crate::evaluation::explain_pp30).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Pp30Explanation {
    /// The results' value (nilai capaian SKP), 0–120.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub results: Decimal,
    /// The behaviour value (nilai perilaku kerja), 0–120.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub behaviour: Decimal,
    /// Who rated behaviour: the superior alone, or peers and subordinates too (360°).
    pub weighting: Pp30Weighting,
    /// The results' share under that weighting (70, or 60 for 360°).
    pub results_share: Weight,
    /// The behaviour's share, the rest (30, or 40 for 360°).
    pub behaviour_share: Weight,
    /// results × the results' share / 100.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub results_part: Decimal,
    /// behaviour × the behaviour's share / 100.
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
    /// Whether there was an innovation that benefits the organisation (inovasi), which
    /// Sangat Baik requires.
    pub innovation: bool,
    /// The band the final value fell in.
    pub band: FinalBand<Pp30Rating>,
}

crate::objects_only::objects_only!(Pp30Explanation);

impl Pp30Explanation {
    /// The final value and its rating, as [`pp30_final`](crate::evaluation::pp30_final)
    /// gives them.
    #[must_use]
    pub const fn outcome(&self) -> NumericOutcome<Pp30Rating> {
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
    /// use kinerja::evaluation::{explain_pp30, Pp30Rules, Pp30Weighting};
    /// use rust_decimal::Decimal;
    /// let explained = explain_pp30(&Pp30Rules::default(), Decimal::from(112), Decimal::from(105), Pp30Weighting::Standard, false)?;
    /// let text = explained.render(Language::Indonesian);
    /// assert!(text.contains("hasil kerja 112 × 70 % = 78,4"));
    /// assert!(text.contains("nilai kinerja 78,4 + 31,5 = 109,9"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let w = Pp30Words::of(language);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: {}, {}",
            w.title,
            short(self.value, language),
            self.band.rating.label(language)
        );
        let _ = writeln!(
            out,
            "{}: {}",
            w.weighting,
            match self.weighting {
                Pp30Weighting::Standard => w.standard,
                Pp30Weighting::ThreeSixty => w.three_sixty,
            }
        );
        let _ = writeln!(
            out,
            "- {} {} × {} = {}",
            w.results,
            short(self.results, language),
            short_percent(self.results_share.value(), language),
            short(self.results_part, language)
        );
        let _ = writeln!(
            out,
            "- {} {} × {} = {}",
            w.behaviour,
            short(self.behaviour, language),
            short_percent(self.behaviour_share.value(), language),
            short(self.behaviour_part, language)
        );
        let _ = writeln!(
            out,
            "- {} {} + {} = {}",
            w.final_value,
            short(self.results_part, language),
            short(self.behaviour_part, language),
            short(self.value, language)
        );
        let _ = writeln!(
            out,
            "{}: {}",
            w.innovation,
            if self.innovation { w.yes } else { w.no }
        );
        let _ = writeln!(out, "{}", self.band.render(self.value, language));
        out
    }
}

struct Pp30Words {
    title: &'static str,
    weighting: &'static str,
    standard: &'static str,
    three_sixty: &'static str,
    results: &'static str,
    behaviour: &'static str,
    final_value: &'static str,
    innovation: &'static str,
    yes: &'static str,
    no: &'static str,
}

impl Pp30Words {
    const fn of(language: Language) -> &'static Self {
        match language {
            Language::Indonesian => &Self {
                title: "Nilai kinerja PP 30/2019",
                weighting: "Penilaian perilaku",
                standard: "oleh atasan langsung",
                three_sixty: "oleh atasan, rekan kerja dan bawahan (360°)",
                results: "hasil kerja",
                behaviour: "perilaku kerja",
                final_value: "nilai kinerja",
                innovation: "Inovasi yang bermanfaat bagi organisasi",
                yes: "ada",
                no: "tidak ada",
            },
            Language::English => &Self {
                title: "PP 30/2019 final value",
                weighting: "Behaviour rated",
                standard: "by the direct superior",
                three_sixty: "by the superior, peers and subordinates (360°)",
                results: "results",
                behaviour: "behaviour",
                final_value: "final value",
                innovation: "An innovation that benefits the organisation",
                yes: "yes",
                no: "none",
            },
        }
    }
}

/// An additional result's worth under PermenPANRB 8/2021: its weight, its rating, the
/// share of the weight that rating earns, and the points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct AdditionalExplanation {
    /// The assignment's weight in points.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// How well it was done.
    pub rating: Pp30Rating,
    /// The share of the weight the rating earns (100/80/60/40/20 by default).
    pub worth: Percent,
    /// weight × worth / 100.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub points: Decimal,
}

crate::objects_only::objects_only!(AdditionalExplanation);

/// How a PermenPANRB 8/2021 value of the results was made: the value map's step for the
/// main results' achievement, each additional result's points, their total and the cap,
/// and the sum. Made by
/// [`explain_permenpanrb_8_2021`](crate::evaluation::explain_permenpanrb_8_2021).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Permenpanrb8Explanation {
    /// The main results' achievement turned into a value by the map.
    pub step: ValueStep,
    /// The additional results (tugas tambahan).
    pub additional: Vec<AdditionalExplanation>,
    /// The additional results' points together.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub additional_total: Decimal,
    /// The most they may add (10 by default).
    pub additional_cap: Score,
    /// What they add: the total, at most the cap.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub additional_counted: Decimal,
    /// The value: the step's value plus what the additional results add.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
}

crate::objects_only::objects_only!(Permenpanrb8Explanation);

impl Permenpanrb8Explanation {
    /// The explanation as text, one line per fact, in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
    /// use kinerja::Language;
    /// use kinerja::evaluation::{explain_permenpanrb_8_2021, Permenpanrb8Rules};
    /// use rust_decimal::Decimal;
    /// let explained = explain_permenpanrb_8_2021(&Permenpanrb8Rules::default(), Decimal::from(95), false, &[])?;
    /// // 95 % lies in 80 % to 99 %: 70 + (95 − 80) = 85.
    /// assert!(explained.render(Language::English).contains("70 + (c − 80) = 70 + (95 − 80) = 85"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let mut out = String::new();
        let title = if indonesian {
            "Nilai hasil kerja PermenPANRB 8/2021"
        } else {
            "PermenPANRB 8/2021 value of the results"
        };
        let _ = writeln!(out, "{title}: {}", short(self.value, language));
        let _ = writeln!(out, "- {}", self.step.render(language));
        for extra in &self.additional {
            let _ = writeln!(
                out,
                "- {} {} × {} ({}) = {}",
                if indonesian {
                    "hasil kerja tambahan"
                } else {
                    "additional result"
                },
                short(extra.weight, language),
                short_percent(extra.worth.value(), language),
                extra.rating.label(language),
                short(extra.points, language)
            );
        }
        let total = short(self.additional_total, language);
        let cap = short(self.additional_cap.value(), language);
        let counted = short(self.additional_counted, language);
        let _ = if self.additional.is_empty() {
            writeln!(
                out,
                "- {}",
                if indonesian {
                    "tidak ada hasil kerja tambahan"
                } else {
                    "no additional results"
                }
            )
        } else if indonesian {
            writeln!(
                out,
                "- tambahan seluruhnya {total}, paling banyak {cap}: dihitung {counted}"
            )
        } else {
            writeln!(
                out,
                "- additional results together {total}, at most {cap}: counted {counted}"
            )
        };
        let _ = writeln!(
            out,
            "- {} {} + {counted} = {}",
            if indonesian { "nilai" } else { "value" },
            short(self.step.value, language),
            short(self.value, language)
        );
        out
    }
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
/// and the band. Made by [`explain_pp46`](crate::evaluation::explain_pp46).
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
    #[serde(with = "decimal_list")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "decimal_list::schema"))]
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
    /// The final value and its rating, as [`pp46_final`](crate::evaluation::pp46_final)
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
    /// use kinerja::evaluation::{explain_pp46, AspectFigures, Pp46Activity, Pp46Rules};
    /// use rust_decimal::Decimal;
    /// let figures = |t: i64, r: i64| AspectFigures { target: Decimal::from(t), realisation: Decimal::from(r) };
    /// // Time: 76 of 100 days, e = 100 − 76 = 24, so (1.76 × 100 − 76) / 100 × 100 = 100.
    /// let activity = Pp46Activity { quantity: figures(4, 4), quality: figures(100, 100), time: figures(100, 76), cost: None };
    /// let explained = explain_pp46(&Pp46Rules::default(), &[activity], &[Decimal::from(80); 6])?;
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

/// `(a + b + c) / 3`, the figures written short.
fn mean_text(values: &[Decimal], language: Language) -> String {
    let terms: Vec<String> = values.iter().map(|v| short(*v, language)).collect();
    format!("({}) / {}", terms.join(" + "), values.len())
}

/// A list of decimals, each as its exact text.
mod decimal_list {
    use rust_decimal::Decimal;
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        values: &[Decimal],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(values.len()))?;
        for value in values {
            seq.serialize_element(&value.to_string())?;
        }
        seq.end()
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Decimal>, D::Error> {
        Vec::<String>::deserialize(deserializer)?
            .iter()
            .map(|text| {
                crate::decimal_text::parse(text).ok_or_else(|| {
                    serde::de::Error::custom(format!("`{text}` is not an exact decimal number"))
                })
            })
            .collect()
    }

    /// A list of decimals written as text.
    #[cfg(feature = "schema")]
    pub(super) fn schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = crate::decimal_text::schema(generator);
        schemars::json_schema!({
            "type": "array",
            "items": item,
        })
    }
}
