//! A unit's predicates against the distribution its organisation's predicate imposes, once
//! or before and after calibration.

use super::error::PictureError;
use super::scale::pixels;
use super::svg::{
    BAD, BAR, BAR_BEFORE, Font, GOOD, INK, LEGEND_LINE, MUTED, Mark, RULE, Svg, dimension,
    legend_lines,
};
use crate::evaluation::{ComplianceReport, Predicate};
use crate::label::{Labelled, Language};
use crate::num::Rounding;
use crate::written::percent;
use rust_decimal::Decimal;

const LEFT: i64 = 230;
const BAR_W: i64 = 360;
const ROW: i64 = 34;
const QUOTA_ROW: i64 = 58;
const WIDTH: i64 = LEFT + BAR_W + 170;

/// The distribution check of one team as a picture: how many employees hold each predicate
/// (best first) and their share of the team with two decimals ("3 (37,50 %)"), then each
/// quota with the range of counts it allows (shaded) and the count found (green when
/// allowed, red when not), with a legend of every mark.
/// [`distribution_before_after`] draws a calibration's two reports side by side.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::evaluation::{OrganisationPredicate, Predicate, QuotaRounding, check_distribution};
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let team = [Predicate::Good, Predicate::Good, Predicate::NeedsImprovement];
/// let report = check_distribution(&rules, OrganisationPredicate::Good, team, QuotaRounding::Strict)?;
/// let svg = kinerja::present::distribution_chart(&report, Language::English);
/// assert!(svg.contains("at most 70 %") && svg.contains(">2 (66.67%)<"));
/// # Ok(()) }
/// ```
#[must_use]
pub fn distribution_chart(report: &ComplianceReport, language: Language) -> String {
    let predicates = i64::try_from(Predicate::ALL.len()).unwrap_or(0);
    let quotas = i64::try_from(report.checks.len()).unwrap_or(0);
    let height = 130 + predicates * ROW + quotas * QUOTA_ROW;
    let verdict = report.verdict(language);
    let title = match language {
        Language::Indonesian => format!(
            "Distribusi predikat: organisasi {}, {} pegawai, {verdict}",
            report.organisation.label(language),
            report.team
        ),
        Language::English => format!(
            "Distribution of predicates: organisation {}, {} employees, {verdict}",
            report.organisation.label(language),
            report.team
        ),
    };
    let (counted, allowed, met, unmet) = match language {
        Language::Indonesian => (
            "Jumlah pegawai (bagian dari tim)",
            "Jumlah yang diperbolehkan",
            "Kuota terpenuhi",
            "Kuota tidak terpenuhi",
        ),
        Language::English => (
            "Employees (share of the team)",
            "Counts allowed",
            "Quota met",
            "Quota not met",
        ),
    };
    let items = [
        (Mark::Swatch(BAR), counted.to_owned()),
        (Mark::Swatch(ALLOWED), allowed.to_owned()),
        (
            Mark::Line {
                colour: GOOD,
                dashed: false,
            },
            met.to_owned(),
        ),
        (
            Mark::Line {
                colour: BAD,
                dashed: false,
            },
            unmet.to_owned(),
        ),
    ];
    let lines = legend_lines(&items, 20, WIDTH - 20);
    let height = height + lines * LEGEND_LINE;
    let mut svg = Svg::new(dimension(WIDTH), dimension(height), &title);
    svg.text((20, 34), Font::plain(18).bold(), &title);
    let mut y = svg.legend((20, 62), WIDTH - 20, &items);
    let team = Decimal::from(report.team);
    for predicate in Predicate::ALL.iter().rev() {
        let count = report.counts[*predicate];
        svg.text(
            (LEFT - 12, y + 21),
            Font::plain(14).right(),
            predicate.label(language),
        );
        svg.rect((LEFT, y + 4), (BAR_W, ROW - 10), "#f5f7fa", None);
        let length = pixels(Decimal::from(count), team, BAR_W);
        svg.rect((LEFT, y + 4), (length, ROW - 10), BAR, None);
        svg.text(
            (LEFT + length + 8, y + 21),
            Font::plain(13).colour(INK),
            &count_and_share(count, report.team, language),
        );
        y += ROW;
    }
    y += 20;
    let heading = match language {
        Language::Indonesian => "Kuota (arsiran: jumlah yang diperbolehkan)",
        Language::English => "Quotas (shaded: the counts allowed)",
    };
    svg.text((20, y + 4), Font::plain(14).bold().colour(MUTED), heading);
    y += 12;
    for check in &report.checks {
        // The quota's words on a line of their own: they are longer than a label column.
        svg.text(
            (LEFT, y + 16),
            Font::plain(13),
            &check.quota.describe(language),
        );
        let track = y + 24;
        svg.rect(
            (LEFT, track),
            (BAR_W, QUOTA_ROW - 34),
            "#f5f7fa",
            Some(RULE),
        );
        let from = pixels(Decimal::from(check.min_count), team, BAR_W);
        let to = pixels(Decimal::from(check.max_count), team, BAR_W);
        svg.rect(
            (LEFT + from, track),
            ((to - from).max(3), QUOTA_ROW - 34),
            ALLOWED,
            None,
        );
        let at = LEFT + pixels(Decimal::from(check.actual), team, BAR_W);
        let colour = if check.satisfied { GOOD } else { BAD };
        svg.line(
            (at, track - 4),
            (at, track + QUOTA_ROW - 30),
            colour,
            4,
            false,
        );
        let found = format!("{} ({}–{})", check.actual, check.min_count, check.max_count);
        svg.text(
            (LEFT + BAR_W + 10, track + 15),
            Font::plain(13).bold().colour(colour),
            &found,
        );
        y += QUOTA_ROW;
    }
    svg.finish()
}

const CMP_LEFT: i64 = 200;
const CMP_BAR_W: i64 = 340;
const CMP_BAR_H: i64 = 16;
/// A predicate's rows: its bar before and its bar after, and a gap.
const CMP_ROW: i64 = 2 * CMP_BAR_H + 18;
const CMP_WIDTH: i64 = CMP_LEFT + CMP_BAR_W + 280;
const ALLOWED: &str = "#c6f6d5";

/// A team's distribution before and after calibration, side by side: for each predicate
/// (best first) a bar before and a bar after, each with its count and its share of the team
/// written with two decimals ("3 (37,50 %)"); the limit of each quota on a single predicate
/// drawn across its bars; then each quota with the range of counts it allows (shaded), the
/// count before (dashed) and after (solid), green when allowed and red when not; and a
/// legend of every mark. `before` and `after` are a calibration's
/// [`before`](crate::evaluation::Calibration::before) and
/// [`after`](crate::evaluation::Calibration::after) (or a report and its
/// [`recount`](ComplianceReport::recount)).
///
/// # Errors
/// [`PictureError::ReportsDiffer`] when the two reports are not of one team (its size and
/// organisation predicate) under the same quotas.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::evaluation::{OrganisationPredicate, Predicate, QuotaRounding, check_distribution};
/// use kinerja::present::distribution_before_after;
/// use Predicate::{Good, NeedsImprovement, VeryGood};
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let before = check_distribution(&rules, OrganisationPredicate::Good, [Good, Good, Good, VeryGood], QuotaRounding::Strict)?;
/// let after = before.recount([Good, Good, NeedsImprovement, VeryGood]).ok_or("another team")?;
/// let svg = distribution_before_after(&before, &after, Language::Indonesian)?;
/// assert!(svg.contains(">3 (75,00 %)<") && svg.contains(">2 (50,00 %)<"));
/// assert!(svg.contains("Sebelum kalibrasi") && svg.contains("Sesudah kalibrasi"));
/// # Ok(()) }
/// ```
pub fn distribution_before_after(
    before: &ComplianceReport,
    after: &ComplianceReport,
    language: Language,
) -> Result<String, PictureError> {
    let same_quotas = before.checks.len() == after.checks.len()
        && before.checks.iter().zip(&after.checks).all(|(b, a)| {
            b.quota == a.quota && b.min_count == a.min_count && b.max_count == a.max_count
        });
    if before.team != after.team || before.organisation != after.organisation || !same_quotas {
        return Err(PictureError::ReportsDiffer {
            before: before.team,
            after: after.team,
        });
    }
    let team = Decimal::from(after.team);
    let words = Words::of(language);
    let title = words.title.to_owned();
    let subtitle = match language {
        Language::Indonesian => format!(
            "Organisasi {} · {} pegawai · sebelum: {} · sesudah: {}",
            after.organisation.label(language),
            after.team,
            before.verdict(language),
            after.verdict(language)
        ),
        Language::English => format!(
            "Organisation {} · {} employees · before: {} · after: {}",
            after.organisation.label(language),
            after.team,
            before.verdict(language),
            after.verdict(language)
        ),
    };
    let single_limits = after.checks.iter().any(|c| c.quota.predicates.len() == 1);
    let items = legend_items(&words, single_limits);
    let legend_at = 84;
    let lines = legend_lines(&items, 20, CMP_WIDTH - 20);
    let top = legend_at + lines * LEGEND_LINE;
    let predicates = i64::try_from(Predicate::ALL.len()).unwrap_or(0);
    let quotas = i64::try_from(after.checks.len()).unwrap_or(0);
    let height = top + predicates * CMP_ROW + 50 + quotas * QUOTA_ROW + 20;
    let mut svg = Svg::new(dimension(CMP_WIDTH), dimension(height), &title);
    svg.text((20, 34), Font::plain(18).bold(), &title);
    svg.text((20, 58), Font::plain(13).colour(MUTED), &subtitle);
    svg.legend((20, legend_at), CMP_WIDTH - 20, &items);
    let mut y = top;
    for predicate in Predicate::ALL.iter().rev() {
        svg.text(
            (CMP_LEFT - 12, y + CMP_BAR_H + 5),
            Font::plain(14).right(),
            predicate.label(language),
        );
        for (row, (report, colour)) in (0_i64..).zip([(before, BAR_BEFORE), (after, BAR)]) {
            let count = report.counts[*predicate];
            let at = y + row * CMP_BAR_H;
            svg.rect((CMP_LEFT, at), (CMP_BAR_W, CMP_BAR_H - 2), "#f5f7fa", None);
            let length = pixels(Decimal::from(count), team, CMP_BAR_W);
            svg.rect((CMP_LEFT, at), (length, CMP_BAR_H - 2), colour, None);
            svg.text(
                (CMP_LEFT + CMP_BAR_W + 8, at + CMP_BAR_H - 4),
                Font::plain(12).colour(INK),
                &count_and_share(count, after.team, language),
            );
        }
        // The limits of the quotas on this predicate alone, across both its bars.
        for check in after
            .checks
            .iter()
            .filter(|c| c.quota.predicates.as_slice() == [*predicate])
        {
            for limit in [
                (check.min_count > 0).then_some(check.min_count),
                (check.max_count < after.team).then_some(check.max_count),
            ]
            .into_iter()
            .flatten()
            {
                let x = CMP_LEFT + pixels(Decimal::from(limit), team, CMP_BAR_W);
                svg.line((x, y - 3), (x, y + 2 * CMP_BAR_H + 1), INK, 2, false);
            }
        }
        y += CMP_ROW;
    }
    y += 20;
    svg.text(
        (20, y + 4),
        Font::plain(14).bold().colour(MUTED),
        words.quotas,
    );
    y += 12;
    for (earlier, check) in before.checks.iter().zip(&after.checks) {
        svg.text(
            (CMP_LEFT, y + 16),
            Font::plain(13),
            &check.quota.describe(language),
        );
        let track = y + 24;
        svg.rect(
            (CMP_LEFT, track),
            (CMP_BAR_W, QUOTA_ROW - 34),
            "#f5f7fa",
            Some(RULE),
        );
        let from = pixels(Decimal::from(check.min_count), team, CMP_BAR_W);
        let to = pixels(Decimal::from(check.max_count), team, CMP_BAR_W);
        svg.rect(
            (CMP_LEFT + from, track),
            ((to - from).max(3), QUOTA_ROW - 34),
            ALLOWED,
            None,
        );
        for (found, dashed) in [(earlier, true), (check, false)] {
            let at = CMP_LEFT + pixels(Decimal::from(found.actual), team, CMP_BAR_W);
            let colour = if found.satisfied { GOOD } else { BAD };
            svg.line(
                (at, track - 4),
                (at, track + QUOTA_ROW - 30),
                colour,
                3,
                dashed,
            );
        }
        let found = match language {
            Language::Indonesian => format!(
                "sebelum {}, sesudah {} (boleh {}–{})",
                earlier.actual, check.actual, check.min_count, check.max_count
            ),
            Language::English => format!(
                "before {}, after {} (allowed {}–{})",
                earlier.actual, check.actual, check.min_count, check.max_count
            ),
        };
        let colour = if check.satisfied { GOOD } else { BAD };
        svg.text(
            (CMP_LEFT + CMP_BAR_W + 10, track + 15),
            Font::plain(12).bold().colour(colour),
            &found,
        );
        y += QUOTA_ROW;
    }
    Ok(svg.finish())
}

/// `count` and its share of `team`, two decimals: `3 (37,50 %)`; a team of none has no
/// share (`0 (-)`).
fn count_and_share(count: usize, team: usize, language: Language) -> String {
    if team == 0 {
        return format!("{count} (-)");
    }
    let share = crate::present::view::share_percent(count, team).unwrap_or(Decimal::ZERO);
    format!(
        "{count} ({})",
        percent(share, Rounding::default(), language)
    )
}

/// The words of the comparison.
struct Words {
    title: &'static str,
    quotas: &'static str,
    before: &'static str,
    after: &'static str,
    limit: &'static str,
    allowed: &'static str,
    met: &'static str,
    unmet: &'static str,
    earlier: &'static str,
}

impl Words {
    const fn of(language: Language) -> Self {
        match language {
            Language::Indonesian => Self {
                title: "Distribusi predikat sebelum dan sesudah kalibrasi",
                quotas: "Kuota",
                before: "Sebelum kalibrasi",
                after: "Sesudah kalibrasi",
                limit: "Batas kuota",
                allowed: "Jumlah yang diperbolehkan",
                met: "Kuota terpenuhi",
                unmet: "Kuota tidak terpenuhi",
                earlier: "Jumlah sebelum kalibrasi (putus-putus)",
            },
            Language::English => Self {
                title: "Distribution of predicates before and after calibration",
                quotas: "Quotas",
                before: "Before calibration",
                after: "After calibration",
                limit: "Quota limit",
                allowed: "Counts allowed",
                met: "Quota met",
                unmet: "Quota not met",
                earlier: "Count before calibration (dashed)",
            },
        }
    }
}

/// The legend of the comparison: the two bars, the limits (where a quota is on one
/// predicate), the range allowed and the markers of the counts.
fn legend_items(words: &Words, limits: bool) -> Vec<(Mark, String)> {
    let mut items = vec![
        (Mark::Swatch(BAR_BEFORE), words.before.to_owned()),
        (Mark::Swatch(BAR), words.after.to_owned()),
    ];
    if limits {
        items.push((
            Mark::Line {
                colour: INK,
                dashed: false,
            },
            words.limit.to_owned(),
        ));
    }
    items.push((Mark::Swatch(ALLOWED), words.allowed.to_owned()));
    items.push((
        Mark::Line {
            colour: GOOD,
            dashed: false,
        },
        words.met.to_owned(),
    ));
    items.push((
        Mark::Line {
            colour: BAD,
            dashed: false,
        },
        words.unmet.to_owned(),
    ));
    items.push((
        Mark::Line {
            colour: MUTED,
            dashed: true,
        },
        words.earlier.to_owned(),
    ));
    items
}
