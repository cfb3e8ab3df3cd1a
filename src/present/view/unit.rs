//! A unit's public summary: its indicators and their achievement, and nothing about people.

use super::appraisal::{indicator_statement, target_text};
use super::common::{FigureView, Style};
use crate::cascade::{Cascade, Owner};
use crate::id::UnitId;
use crate::label::Labelled;
use crate::measure::{Definitions, Measurements};
use crate::period::Span;
use crate::scoring::ScoringError;
use serde::Serialize;

/// A unit's indicators over a scope, for a public dashboard: each node the unit owns (goal,
/// objective, programme, activity) with its indicators' targets, realisations (rolled up
/// along direct links, as the organisation's achievement reads them) and achievements. It
/// names no employee and no position, and holds no one's score.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::id::UnitId;
/// use kinerja::present::{Style, UnitSummaryView};
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let definitions = kinerja::sample::siulak_definitions()?;
/// let measured = kinerja::sample::siulak_realisations()?;
/// let year: kinerja::period::Period = "2026".parse()?;
/// let unit = UnitId::new("DIK.SD.KUR")?;
/// let view = UnitSummaryView::of(&cascade, &unit, &definitions, &measured, year, Style::indonesian())?;
/// assert_eq!(view.unit, "Seksi Kurikulum dan Penilaian SD");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UnitSummaryView {
    /// The unit's name.
    pub unit: String,
    /// The months, as people name them.
    pub scope: String,
    /// Each indicator of the unit's nodes that has a definition, in node order.
    pub indicators: Vec<UnitIndicatorView>,
    /// How many of them reach 100 % or more.
    pub met: usize,
}

/// One indicator in a unit's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UnitIndicatorView {
    /// The node's level, in words.
    pub level: String,
    /// The node's statement.
    pub node_statement: String,
    /// The indicator's id.
    pub indicator: String,
    /// Its statement.
    pub statement: String,
    /// Its unit of measure.
    pub unit_of_measure: String,
    /// The target over the scope.
    pub target: Option<String>,
    /// The realisation over the scope.
    pub realisation: Option<FigureView>,
    /// The achievement.
    pub achievement: Option<FigureView>,
}

impl UnitSummaryView {
    /// The summary of `unit` over `scope`.
    ///
    /// # Errors
    /// Any error of [`Cascade::roll_up`] or of an indicator's achievement.
    pub fn of(
        cascade: &Cascade,
        unit: &UnitId,
        definitions: &Definitions,
        measurements: &Measurements,
        scope: impl Into<Span>,
        style: Style,
    ) -> Result<Self, ScoringError> {
        let scope = scope.into();
        let rolled = cascade.roll_up_over(scope, definitions, measurements)?;
        let mut indicators = Vec::new();
        for node in cascade.nodes() {
            if !matches!(node.owner(), Owner::Unit(owner) if owner == unit) {
                continue;
            }
            for indicator in node.indicators() {
                let Some(definition) = definitions.get(indicator.id()) else {
                    continue;
                };
                let trace = definition.explain_achievement(scope, &rolled)?;
                indicators.push(UnitIndicatorView {
                    level: node.level().label(style.language).to_owned(),
                    node_statement: node.statement().to_owned(),
                    indicator: indicator.id().to_string(),
                    statement: indicator_statement(cascade, indicator.id()),
                    unit_of_measure: indicator.unit().to_owned(),
                    target: trace.target.map(|t| target_text(t, style.language)),
                    realisation: trace.realisation.map(|r| FigureView::number(r, style)),
                    achievement: trace
                        .achievement
                        .map(|a| FigureView::percent(a.value(), style)),
                });
            }
        }
        let met = indicators
            .iter()
            .filter(|i| {
                i.achievement
                    .as_ref()
                    .is_some_and(|a| a.value >= rust_decimal::Decimal::ONE_HUNDRED)
            })
            .count();
        Ok(Self {
            unit: cascade
                .agency()
                .unit(unit)
                .map_or_else(|| unit.to_string(), |u| u.name().to_owned()),
            scope: scope.describe_in(style.granularity, style.language),
            indicators,
            met,
        })
    }
}
