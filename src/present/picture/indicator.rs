//! One indicator's realisation against its target, period by period.

use super::scale::{nice_axis, pixels};
use super::svg::{BAD, BAR, Font, INK, MUTED, Mark, RULE, Svg, dimension};
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
/// The shade of a range target.
const RANGE: &str = "#e2e8f0";

/// An indicator's realisation (bars) against its target (a dark mark, or a shaded range for
/// a range target) in each period of its trace, named as people name it ("Triwulan I
/// 2026"), with the achievement over the scope in the heading and a legend of every mark.
/// A period with no realisation is marked missing ("tidak ada realisasi": a dashed red
/// outline up to its target), never drawn as a realisation of 0, which is a bar of no
/// height with its figure. `statement` is the indicator's statement, from the cascade.
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
/// assert!(svg.contains("Triwulan I 2026") && !svg.contains("2026-Q1"));
/// assert!(svg.contains("Realisasi") && svg.contains("Target"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn indicator_chart(
    trace: &AchievementTrace,
    statement: &str,
    rounding: Rounding,
    language: Language,
) -> String {
    // The indicator by its statement; its code only where no statement is given.
    let title = if crate::text::is_blank(statement) {
        trace.indicator.to_string()
    } else {
        statement.to_owned()
    };
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
    let missing = match language {
        Language::Indonesian => "tidak ada realisasi",
        Language::English => "no realisation",
    };
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
                RANGE,
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
            // Missing is not zero: a period with no realisation is marked as missing, up to
            // the height of its target, and never drawn as a bar of 0.
            let y = y_of(target_top(period.target)).min(base - 24);
            svg.dashed_rect((centre - bar / 2, y), (bar, base - y), BAD);
            svg.text(
                (centre, y - 6),
                Font::plain(11).bold().centred().colour(BAD),
                missing,
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
    let (realised, target, range) = match language {
        Language::Indonesian => ("Realisasi", "Target", "Rentang target"),
        Language::English => ("Realisation", "Target", "Target range"),
    };
    let mut items = vec![(Mark::Swatch(BAR), realised.to_owned())];
    if trace
        .periods
        .iter()
        .any(|p| matches!(p.target, Target::Value(_)))
    {
        items.push((
            Mark::Line {
                colour: INK,
                dashed: false,
            },
            target.to_owned(),
        ));
    }
    if trace
        .periods
        .iter()
        .any(|p| matches!(p.target, Target::Band { .. }))
    {
        items.push((Mark::Swatch(RANGE), range.to_owned()));
    }
    if trace.periods.iter().any(|p| p.realisation.is_none()) {
        let words = match language {
            Language::Indonesian => "Tidak ada realisasi (bukan nol)",
            Language::English => "No realisation (not zero)",
        };
        items.push((Mark::Missing(BAD), words.to_owned()));
    }
    svg.legend((LEFT, base + 50), WIDTH - RIGHT, &items);
    svg.finish()
}

/// The higher end of a target.
const fn target_top(target: Target) -> Decimal {
    match target {
        Target::Value(value) => value,
        Target::Band { high, .. } => high,
    }
}
