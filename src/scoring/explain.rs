//! Explanations: every score says how it was made, as a value and as readable text.

use super::band::{BandTable, Bound, Condition};
use super::policy::WeightPolicy;
use super::reporting::RoundingPoint;
use crate::cascade::Cascade;
use crate::decimal_text;
use crate::id::NodeId;
use crate::label::{Labelled, Language};
use crate::measure::{AchievementTrace, Clamp, Reading, Target};
use crate::num::{Percent, Rounding, Weight};
use crate::period::Span;
use crate::scoring::ScoringError;
use crate::scoring::figures::quoted;
use crate::text::one_line;
use crate::written::{exact, number};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// An indicator's part in a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct IndicatorExplanation {
    /// What the indicator states (pernyataan indikator), where the plan knows it; the
    /// rendering then names the indicator by it, with its id beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The raw weight.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The effective share of the result, in percent; none if it dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Weight>,
    /// The figure weighted into the result when the reporting rounds indicators: the
    /// achievement rounded; none when indicators are weighted exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Percent>,
    /// How its achievement was made.
    pub trace: AchievementTrace,
}

crate::objects_only::objects_only!(IndicatorExplanation);

/// A result's part in a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ResultExplanation {
    /// The result.
    pub node: NodeId,
    /// What the result states (pernyataan hasil kerja), where the plan knows it; the
    /// rendering then names the result by it, with its id beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The raw weight.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub weight: Decimal,
    /// The effective share of the plan, in percent; none if it dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Weight>,
    /// How the indicators' weights were read.
    pub policy: WeightPolicy,
    /// The indicators.
    pub indicators: Vec<IndicatorExplanation>,
    /// The result's achievement; none if every indicator dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<Percent>,
    /// The figure weighted into the plan when the reporting rounds results: the
    /// achievement rounded; none when results are weighted exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Percent>,
}

crate::objects_only::objects_only!(ResultExplanation);

/// The band a reported score fell in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct BandExplanation {
    /// The band's position in its table, lowest first.
    pub index: usize,
    /// The label in Indonesian.
    pub label_id: String,
    /// The label in English.
    pub label_en: String,
    /// The band's interval with a decimal point, e.g. `[90; 110)`.
    pub interval: String,
    /// The band's lower end; none for a band open below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Bound>,
    /// The band's upper end; none for a band open above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<Bound>,
    /// Whether the score lay in a higher band whose condition was not met.
    pub fell_back: bool,
}

crate::objects_only::objects_only!(BandExplanation);

/// How a plan's achievement was made: the account an employee who appeals is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct PlanExplanation {
    /// The months scored.
    pub scope: Span,
    /// How the results' weights were read.
    pub policy: WeightPolicy,
    /// The results.
    pub results: Vec<ResultExplanation>,
    /// The exact achievement.
    pub achievement: Percent,
    /// The rounding rule used for reporting.
    pub rounding: Rounding,
    /// Where figures were rounded before they were weighted.
    pub rounding_point: RoundingPoint,
    /// The reported (rounded) achievement; bands are read from this figure.
    pub reported: Percent,
    /// The band, once classified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<BandExplanation>,
}

crate::objects_only::objects_only!(PlanExplanation);

impl PlanExplanation {
    /// The same explanation naming its results and indicators by their statements in
    /// `cascade`: for an explanation made from a plan that did not know them, or read from
    /// a document written before explanations carried them. Parts the cascade does not
    /// hold keep what they had.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::prelude::*;
    /// use kinerja::sample;
    /// let input = AgencyInput::new(sample::siulak_records()?)?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let named = ScoringPlan::for_employee(input.cascade(), &rina, input.definitions())?.ok_or("no plan")?;
    /// // The same plan without its statements explains by ids only, until named.
    /// let bare = ScoringPlan::new(named.policy(), named.results().to_vec())?.of_employee(rina);
    /// let year: Period = "2026".parse()?;
    /// let explained = bare.explain(year, input.measurements(), Rounding::default())?;
    /// assert!(explained.render(Language::English).contains("- Result RHK-KUR-1: "));
    /// let explained = explained.with_statements(input.cascade());
    /// assert!(explained.render(Language::English).contains("- Result \"SD yang menerapkan Kurikulum Merdeka\" (RHK-KUR-1): "));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn with_statements(mut self, cascade: &Cascade) -> Self {
        for result in &mut self.results {
            let Some(node) = cascade.node(&result.node) else {
                continue;
            };
            result.statement = Some(node.statement().to_owned());
            for explained in &mut result.indicators {
                if let Some(indicator) = node
                    .indicators()
                    .iter()
                    .find(|i| i.id() == &explained.trace.indicator)
                {
                    explained.statement = Some(indicator.statement().to_owned());
                }
            }
        }
        self
    }

    /// The same explanation with the band its reported figure falls in. `holds` says which
    /// band conditions are met (e.g. [`Condition::Innovation`]).
    ///
    /// # Errors
    /// [`ScoringError::Band`] when the reported figure lies outside the table.
    pub fn with_band<L: Labelled>(
        mut self,
        table: &BandTable<L>,
        holds: impl Fn(Condition) -> bool,
    ) -> Result<Self, ScoringError> {
        let found = table.classify(self.reported.value(), holds)?;
        self.band = Some(BandExplanation {
            index: found.index,
            label_id: found.label.label(Language::Indonesian).to_owned(),
            label_en: found.label.label(Language::English).to_owned(),
            interval: found.band.to_string(),
            lower: found.band.lower,
            upper: found.band.upper,
            fell_back: found.fell_back,
        });
        Ok(self)
    }

    /// The explanation as text, one line per fact, in `language`. Figures are shown to the
    /// rounding rule's decimals; the exact values are in the explanation itself.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let words = Words::of(language);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} {}: {} % ({}: {}; {})",
            words.achievement,
            self.scope.describe(language),
            number(self.reported.value(), self.rounding, language),
            words.exact,
            exact(self.achievement.value(), language),
            rounding_text(self.rounding, language)
        );
        let _ = writeln!(out, "{}: {}", words.weights, self.policy.label(language));
        if self.rounding_point != RoundingPoint::Total {
            let _ = writeln!(
                out,
                "{}: {}",
                words.rounding,
                self.rounding_point.label(language)
            );
        }
        for result in &self.results {
            let _ = writeln!(
                out,
                "- {} {}: {}{} ({} {}{})",
                words.result,
                named(result.statement.as_deref(), result.node.as_str()),
                percent_text(result.achievement, self.rounding, language, words),
                counted_text(result.counted, self.rounding, language, words),
                words.weight,
                exact(result.weight, language),
                share_text(result.share, self.rounding, language, words)
            );
            for indicator in &result.indicators {
                render_indicator(&mut out, indicator, self.rounding, language, words);
            }
        }
        if let Some(band) = &self.band {
            let label = match language {
                Language::Indonesian => &band.label_id,
                Language::English => &band.label_en,
            };
            // An explanation read from an older document has the interval's text only.
            let interval = if band.lower.is_none() && band.upper.is_none() {
                band.interval.clone()
            } else {
                super::band::interval(band.lower, band.upper, language)
            };
            let _ = write!(out, "{}: {label} {interval}", words.band);
            if band.fell_back {
                let _ = write!(out, " ({})", words.fell_back);
            }
            out.push('\n');
        }
        out
    }
}

fn render_indicator(
    out: &mut String,
    explained: &IndicatorExplanation,
    rounding: Rounding,
    language: Language,
    words: &Words,
) {
    let trace = &explained.trace;
    let _ = writeln!(
        out,
        "  - {} {} [{}]: {}{} ({} {}{})",
        words.indicator,
        named(explained.statement.as_deref(), trace.indicator.as_str()),
        trace.unit,
        percent_text(trace.achievement, rounding, language, words),
        counted_text(explained.counted, rounding, language, words),
        words.weight,
        exact(explained.weight, language),
        share_text(explained.share, rounding, language, words)
    );
    for period in &trace.periods {
        let realisation = period
            .realisation
            .map_or_else(|| "-".to_owned(), |r| exact(r, language));
        let _ = write!(
            out,
            "      {}: {} {}, {} {}",
            period.period.describe(language),
            words.target,
            target_text(&period.target, language),
            words.realisation,
            realisation
        );
        match period.reading {
            Reading::Measured => {}
            Reading::MissingAsZero => {
                let _ = write!(out, " ({})", words.as_zero);
            }
            Reading::MissingDropped => {
                let _ = write!(out, " ({})", words.dropped);
            }
        }
        if let Some(evidence) = &period.evidence {
            let _ = write!(out, " [{}: {}]", words.evidence, one_line(evidence));
        }
        out.push('\n');
    }
    if let (Some(target), Some(realisation), Some(raw)) =
        (trace.target, trace.realisation, trace.raw)
    {
        let _ = write!(
            out,
            "      {}: {} {}, {} {}; {} = {}",
            trace.aggregation.label(language),
            words.target,
            target_text(&target, language),
            words.realisation,
            exact(realisation, language),
            trace.polarity.formula_for(target, language),
            number(raw, rounding, language)
        );
        match trace.clamped {
            Some(Clamp::Cap) => {
                let _ = write!(
                    out,
                    "; {} {}",
                    words.capped,
                    exact(trace.cap.map_or(raw, Percent::value), language)
                );
            }
            Some(Clamp::Floor) => {
                let _ = write!(
                    out,
                    "; {} {}",
                    words.floored,
                    exact(trace.floor.value(), language)
                );
            }
            None => {}
        }
        out.push('\n');
    }
}

/// A part named by its statement with its id beside it, `"SD yang menerapkan Kurikulum
/// Merdeka" (RHK-KUR-1)`, or by its id alone where no statement is known.
fn named(statement: Option<&str>, id: &str) -> String {
    statement.map_or_else(|| id.to_owned(), |text| format!("{} ({id})", quoted(text)))
}

fn percent_text(
    value: Option<Percent>,
    rounding: Rounding,
    language: Language,
    words: &Words,
) -> String {
    value.map_or_else(
        || words.dropped.to_owned(),
        |p| format!("{} %", number(p.value(), rounding, language)),
    )
}

fn counted_text(
    counted: Option<Percent>,
    rounding: Rounding,
    language: Language,
    words: &Words,
) -> String {
    counted.map_or_else(String::new, |c| {
        let figure = number(c.value(), rounding, language);
        format!(", {} {figure} %", words.counted)
    })
}

fn share_text(
    share: Option<Weight>,
    rounding: Rounding,
    language: Language,
    words: &Words,
) -> String {
    share.map_or_else(String::new, |s| {
        let figure = number(s.value(), rounding, language);
        format!(", {} {figure} %", words.share)
    })
}

/// A target as the explanation writes it: a value, or a range `[low, high]`.
fn target_text(target: &Target, language: Language) -> String {
    match target {
        Target::Value(value) => exact(*value, language),
        Target::Band { low, high } => {
            format!("[{}; {}]", exact(*low, language), exact(*high, language))
        }
    }
}

fn rounding_text(rounding: Rounding, language: Language) -> String {
    match language {
        Language::English => format!("reported {rounding}"),
        Language::Indonesian => rounding.describe(language),
    }
}

/// The words of the rendering, per language.
struct Words {
    achievement: &'static str,
    exact: &'static str,
    weights: &'static str,
    result: &'static str,
    indicator: &'static str,
    weight: &'static str,
    share: &'static str,
    target: &'static str,
    realisation: &'static str,
    evidence: &'static str,
    as_zero: &'static str,
    dropped: &'static str,
    capped: &'static str,
    floored: &'static str,
    band: &'static str,
    fell_back: &'static str,
    rounding: &'static str,
    counted: &'static str,
}

impl Words {
    const fn of(language: Language) -> &'static Self {
        match language {
            Language::Indonesian => &INDONESIAN,
            Language::English => &ENGLISH,
        }
    }
}

const INDONESIAN: Words = Words {
    achievement: "Capaian kinerja",
    exact: "nilai tepat",
    weights: "Pembobotan",
    result: "Hasil kerja",
    indicator: "Indikator",
    weight: "bobot",
    share: "porsi",
    target: "target",
    realisation: "realisasi",
    evidence: "bukti",
    as_zero: "tidak dilaporkan, dihitung nol",
    dropped: "tidak dihitung",
    capped: "dibatasi maksimum",
    floored: "dibatasi minimum",
    band: "Kategori",
    fell_back: "syarat kategori di atasnya tidak terpenuhi",
    rounding: "Pembulatan",
    counted: "dihitung",
};

const ENGLISH: Words = Words {
    achievement: "Achievement",
    exact: "exact",
    weights: "Weights",
    result: "Result",
    indicator: "Indicator",
    weight: "weight",
    share: "share",
    target: "target",
    realisation: "realisation",
    evidence: "evidence",
    as_zero: "not reported, counted as zero",
    dropped: "not counted",
    capped: "held at the cap",
    floored: "held at the floor",
    band: "Band",
    fell_back: "the condition of the band above was not met",
    rounding: "Rounding",
    counted: "counted as",
};
