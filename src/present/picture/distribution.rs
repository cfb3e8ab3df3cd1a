//! A unit's predicates against the distribution its organisation's predicate imposes.

use super::scale::pixels;
use super::svg::{BAD, BAR, Font, GOOD, INK, MUTED, RULE, Svg, dimension};
use crate::evaluation::{ComplianceReport, Predicate};
use crate::label::{Labelled, Language};
use rust_decimal::Decimal;

const LEFT: i64 = 230;
const BAR_W: i64 = 360;
const ROW: i64 = 34;
const QUOTA_ROW: i64 = 58;
const WIDTH: i64 = LEFT + BAR_W + 150;

/// The distribution check of one team as a picture: how many employees hold each predicate
/// (best first), then each quota with the range of counts it allows (shaded) and the count
/// found (green when allowed, red when not).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Language;
/// use kinerja::evaluation::{OrganisationPredicate, Predicate, QuotaRounding, check_distribution};
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let team = [Predicate::Good, Predicate::Good, Predicate::NeedsImprovement];
/// let report = check_distribution(&rules, OrganisationPredicate::Good, team, QuotaRounding::Strict)?;
/// let svg = kinerja::present::distribution_chart(&report, Language::English);
/// assert!(svg.contains("at most 70 %"));
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
    let mut svg = Svg::new(dimension(WIDTH), dimension(height), &title);
    svg.text((20, 34), Font::plain(18).bold(), &title);
    let team = Decimal::from(report.team);
    let mut y = 70;
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
            &count.to_string(),
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
            "#c6f6d5",
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
