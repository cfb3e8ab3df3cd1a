//! One indicator's realisation against its target, period by period.

use super::scale::{nice_axis, pixels};
use super::svg::{BAR, Font, INK, MUTED, RULE, Svg, dimension};
use crate::label::{Labelled, Language};
use crate::measure::{AchievementTrace, Target};
use crate::num::Rounding;
use crate::written::exact;
use rust_decimal::Decimal;

const WIDTH: i64 = 680;
const HEIGHT: i64 = 400;
const LEFT: i64 = 80;
const RIGHT: i64 = 30;
const TOP: i64 = 96;
const PLOT_H: i64 = 220;

/// An indicator's realisation (bars) against its target (a dark mark, or a shaded range for
/// a range target) in each period of its trace, with the achievement over the scope in the
/// heading. `statement` is the indicator's statement, from the cascade.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::num::Rounding;
/// let definitions = kinerja::sample::siulak_definitions()?;
/// let measured = kinerja::sample::siulak_realisations()?;
/// let id = kinerja::id::IndicatorId::new("IKI-KUR-1")?;
/// let year: kinerja::period::Period = "2026".parse()?;
/// let definition = definitions.get(&id).ok_or("no definition")?;
/// let trace = definition.explain_achievement(year, &measured)?;
/// let svg = kinerja::present::indicator_chart(&trace, "Jumlah SD", Rounding::default(), Language::Indonesian);
/// assert!(svg.contains("Triwulan I"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn indicator_chart(
    trace: &AchievementTrace,
    statement: &str,
    rounding: Rounding,
    language: Language,
) -> String {
    let title = format!("{} · {statement}", trace.indicator);
    let mut svg = Svg::new(dimension(WIDTH), dimension(HEIGHT), &title);
    svg.text((20, 32), Font::plain(17).bold(), &title);
    let achievement = trace.achievement.map_or_else(
        || "-".to_owned(),
        |a| crate::written::percent(a.value(), rounding, language),
    );
    let subtitle = match language {
        Language::Indonesian => format!(
            "Satuan: {} · {} · capaian {}: {achievement}",
            trace.unit,
            trace.polarity.label(language),
            trace.scope.describe(language)
        ),
        Language::English => format!(
            "Unit: {} · {} · achievement {}: {achievement}",
            trace.unit,
            trace.polarity.label(language),
            trace.scope.describe(language)
        ),
    };
    svg.text((20, 56), Font::plain(13).colour(MUTED), &subtitle);
    let highest = trace
        .periods
        .iter()
        .flat_map(|p| [p.realisation, Some(target_top(p.target))])
        .flatten()
        .max()
        .unwrap_or(Decimal::ONE);
    let (top, step) = nice_axis(highest);
    let plot_w = WIDTH - LEFT - RIGHT;
    let base = TOP + PLOT_H;
    let y_of = |value: Decimal| base - pixels(value, top, PLOT_H);
    for k in 0..=4_i64 {
        let value = step.checked_mul(Decimal::from(k)).unwrap_or(top);
        let y = y_of(value);
        svg.line((LEFT, y), (LEFT + plot_w, y), RULE, 1, false);
        svg.text(
            (LEFT - 8, y + 4),
            Font::plain(11).right().colour(MUTED),
            &exact(value.normalize(), language),
        );
    }
    let count = i64::try_from(trace.periods.len()).unwrap_or(1).max(1);
    let slot = plot_w / count;
    let bar = (slot / 2).min(70);
    for (i, period) in (0_i64..).zip(&trace.periods) {
        let centre = LEFT + i * slot + slot / 2;
        // A range sits behind the bar; a target value is drawn over it.
        if let Target::Band { low, high } = period.target {
            let (y_high, y_low) = (y_of(high), y_of(low));
            svg.rect(
                (centre - bar / 2 - 12, y_high),
                (bar + 24, (y_low - y_high).max(2)),
                "#e2e8f0",
                Some(MUTED),
            );
        }
        if let Some(value) = period.realisation {
            let y = y_of(value);
            svg.rect((centre - bar / 2, y), (bar, base - y), BAR, None);
            svg.text(
                (centre, y - 6),
                Font::plain(12).bold().centred(),
                &exact(value.normalize(), language),
            );
        } else {
            let none = match language {
                Language::Indonesian => "belum ada",
                Language::English => "none",
            };
            svg.text(
                (centre, base - 6),
                Font::plain(11).centred().colour(MUTED),
                none,
            );
        }
        if let Target::Value(value) = period.target {
            let y = y_of(value);
            let (from, to) = (centre - bar / 2 - 12, centre + bar / 2 + 12);
            svg.line((from, y), (to, y), INK, 3, false);
        }
        svg.text(
            (centre, base + 20),
            Font::plain(12).centred().colour(MUTED),
            &period.period.describe(language),
        );
    }
    svg.line((LEFT, base), (LEFT + plot_w, base), INK, 1, false);
    let (realised, target) = match language {
        Language::Indonesian => ("Realisasi", "Target"),
        Language::English => ("Realisation", "Target"),
    };
    let legend = base + 50;
    svg.rect((LEFT, legend - 11), (14, 14), BAR, None);
    svg.text((LEFT + 20, legend), Font::plain(12), realised);
    svg.line(
        (LEFT + 130, legend - 4),
        (LEFT + 160, legend - 4),
        INK,
        3,
        false,
    );
    svg.text((LEFT + 166, legend), Font::plain(12), target);
    svg.finish()
}

/// The higher end of a target.
const fn target_top(target: Target) -> Decimal {
    match target {
        Target::Value(value) => value,
        Target::Band { high, .. } => high,
    }
}
