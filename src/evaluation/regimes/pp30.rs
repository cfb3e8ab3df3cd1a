//! How a PP 30/2019 final value is explained.

use super::*;

/// PP 30/2019: final = results' share × results + the rest × behaviour (70/30, or 60/40 for
/// 360°, by default), rated by the rules' bands; a band requiring
/// [`Condition::Innovation`] only with an innovation.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{pp_30_2019_final, Pp30Rating, Pp30Rules, Pp30Weighting};
/// use kinerja::Decimal;
/// // 0.7 × 112 + 0.3 × 105 = 78.4 + 31.5 = 109.9: Baik.
/// let rules = Pp30Rules::default();
/// let outcome = pp_30_2019_final(&rules, Decimal::from(112), Decimal::from(105), Pp30Weighting::Standard, false)?;
/// assert_eq!(outcome.value, Decimal::new(1099, 1));
/// assert_eq!(outcome.rating, Pp30Rating::Good);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::Scoring`] (a band error) when the final value lies outside the bands.
pub fn pp_30_2019_final(
    rules: &Pp30Rules,
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<NumericOutcome<Pp30Rating>, EvaluationError> {
    explain_pp_30_2019(rules, results, behaviour, weighting, innovation).map(|e| e.outcome())
}

/// [`pp_30_2019_final`] with its explanation: results and behaviour with their shares, the two
/// parts (which add up to the final value exactly), whether there was an innovation, and
/// the band with its interval (and, for a value in Sangat Baik without an innovation, the
/// band it lay in and the condition not met).
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::Language;
/// use kinerja::evaluation::{explain_pp_30_2019, Pp30Rating, Pp30Rules, Pp30Weighting};
/// use kinerja::Decimal;
/// // 360°: 115 × 60 % + 110 × 40 % = 69 + 44 = 113; without an innovation, Baik.
/// let explained = explain_pp_30_2019(&Pp30Rules::default(), Decimal::from(115), Decimal::from(110), Pp30Weighting::ThreeSixty, false)?;
/// assert_eq!((explained.results_part, explained.behaviour_part), (Decimal::from(69), Decimal::from(44)));
/// assert_eq!(explained.outcome().rating, Pp30Rating::Good);
/// println!("{}", explained.render(Language::Indonesian));
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`pp_30_2019_final`].
pub fn explain_pp_30_2019(
    rules: &Pp30Rules,
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<Pp30Explanation, EvaluationError> {
    let results_share = match weighting {
        Pp30Weighting::Standard => rules.results_share,
        Pp30Weighting::ThreeSixty => rules.results_share_360,
    };
    let pair = WeightedPair::of(results, behaviour, results_share)?;
    let band = FinalBand::of(&rules.bands, pair.value, |c| {
        innovation && c == Condition::Innovation
    })?;
    Ok(Pp30Explanation {
        results,
        behaviour,
        weighting,
        results_share,
        behaviour_share: pair.rest,
        results_part: pair.first,
        behaviour_part: pair.second,
        value: pair.value,
        innovation,
        band,
    })
}

/// How a PP 30/2019 final value (nilai kinerja) was made: results and behaviour with their
/// shares, the two parts that add up to the final value, whether there was an innovation,
/// and the band. Made by [`explain_pp_30_2019`](crate::evaluation::explain_pp_30_2019).
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
    /// The final value and its rating, as [`pp_30_2019_final`](crate::evaluation::pp_30_2019_final)
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
    /// use kinerja::evaluation::{explain_pp_30_2019, Pp30Rules, Pp30Weighting};
    /// use kinerja::Decimal;
    /// let explained = explain_pp_30_2019(&Pp30Rules::default(), Decimal::from(112), Decimal::from(105), Pp30Weighting::Standard, false)?;
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

/// The former name of [`pp_30_2019_final`], kept so that callers can upgrade.
///
/// # Errors
/// As [`pp_30_2019_final`].
#[deprecated(
    note = "use `kinerja::evaluation::pp_30_2019_final`: named after the regulation, as the presets are"
)]
pub fn pp30_final(
    rules: &Pp30Rules,
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<NumericOutcome<Pp30Rating>, EvaluationError> {
    pp_30_2019_final(rules, results, behaviour, weighting, innovation)
}

/// The former name of [`explain_pp_30_2019`], kept so that callers can upgrade.
///
/// # Errors
/// As [`explain_pp_30_2019`].
#[deprecated(
    note = "use `kinerja::evaluation::explain_pp_30_2019`: named after the regulation, as the presets are"
)]
pub fn explain_pp30(
    rules: &Pp30Rules,
    results: Decimal,
    behaviour: Decimal,
    weighting: Pp30Weighting,
    innovation: bool,
) -> Result<Pp30Explanation, EvaluationError> {
    explain_pp_30_2019(rules, results, behaviour, weighting, innovation)
}
