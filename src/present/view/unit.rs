//! A unit's public summary: its indicators and their achievement, and nothing about people.

use super::appraisal::{PeriodView, indicator_statement};
use super::common::NamedView;
use super::common::{FigureView, Style, TargetView};
use crate::cascade::{Cascade, Owner};
use crate::id::UnitId;
use crate::label::Labelled;
use crate::measure::{Definitions, Measurements};
use crate::period::Span;
use crate::scoring::ScoringError;
use serde::{Deserialize, Serialize};

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
/// assert_eq!(view.unit.name, "Seksi Kurikulum dan Penilaian SD");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct UnitSummaryView {
    /// The unit: its id and name.
    pub unit: NamedView,
    /// The months: their id and their name as people say it.
    pub period: PeriodView,
    /// Each indicator of the unit's nodes that has a definition, in node order.
    pub indicators: Vec<UnitIndicatorView>,
    /// How many of them reach 100 % or more.
    pub met: usize,
}

/// One indicator in a unit's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct UnitIndicatorView {
    /// The node's level, in words.
    pub level: String,
    /// The node's statement.
    pub node_statement: String,
    /// The indicator's id.
    pub id: String,
    /// Its statement.
    pub statement: String,
    /// Its unit of measure.
    pub unit_of_measure: String,
    /// The target over the months; none when every period dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetView>,
    /// The realisation over the months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisation: Option<FigureView>,
    /// The achievement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
        let mut met = 0;
        for (index, node) in cascade.nodes().iter().enumerate() {
            if !matches!(node.owner(), Owner::Unit(owner) if owner == unit) {
                continue;
            }
            for indicator in node.indicators() {
                let Some(definition) = definitions.get(indicator.id()) else {
                    continue;
                };
                let team = rolled.team_of(index, indicator.id());
                let trace = definition.explain_runs(scope, &[], team)?;
                if trace
                    .achievement
                    .is_some_and(|a| a.value() >= rust_decimal::Decimal::ONE_HUNDRED)
                {
                    met += 1;
                }
                indicators.push(UnitIndicatorView {
                    level: node.level().label(style.language).to_owned(),
                    node_statement: node.statement().to_owned(),
                    id: indicator.id().to_string(),
                    statement: indicator_statement(cascade, indicator.id()),
                    unit_of_measure: indicator.unit().to_owned(),
                    target: trace.target.map(|t| TargetView::of(t, style)),
                    realisation: trace.realisation.map(|r| FigureView::number(r, style)),
                    achievement: trace
                        .achievement
                        .map(|a| FigureView::percent(a.value(), style)),
                });
            }
        }
        Ok(Self {
            unit: NamedView {
                id: unit.to_string(),
                name: cascade
                    .agency()
                    .unit(unit)
                    .map_or_else(|| unit.to_string(), |u| u.name().to_owned()),
            },
            period: PeriodView::of_span(scope, style),
            indicators,
            met,
        })
    }
}
