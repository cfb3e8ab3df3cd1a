//! The organisation's predicate and the distribution it imposes, as a screen shows them.

use super::appraisal::PeriodView;
use super::common::{FigureView, LabelView, Style, share_percent};
use crate::cascade::Cascade;
use crate::evaluation::{ComplianceReport, OrganisationOutcome, Predicate, PredicateSource};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The organisation's predicate (predikat kinerja organisasi) for one scope: where it came
/// from (its objectives' achievement, or the next leader's decision), each strategic
/// objective with its statement and achievement, and the rating it gives the unit's head.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{OrganisationView, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let outcome = year.annual_organisation().ok_or("no annual predicate")?;
/// let view = OrganisationView::of(outcome, input.cascade(), Style::english());
/// assert_eq!(view.predicate.code, "good");
/// assert!(view.objectives.iter().all(|o| !o.statement.is_empty()));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrganisationView {
    /// The months: their id and their name as people say it (`Tahun 2026`).
    pub period: PeriodView,
    /// The predicate.
    pub predicate: LabelView,
    /// The achievement it was read from; left out when a decision set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
    /// The decision's reason, where a decision set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// Each strategic objective counted.
    pub objectives: Vec<ObjectiveView>,
    /// The rating the predicate gives the head of the unit.
    pub leader_rating: LabelView,
}

/// A strategic objective's part in the organisation's achievement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ObjectiveView {
    /// The objective's id.
    pub id: String,
    /// Its statement.
    pub statement: String,
    /// Its weight in the organisation's achievement (bobot), as a percent.
    pub weight: FigureView,
    /// Its achievement.
    pub achievement: FigureView,
}

impl OrganisationView {
    /// The view of `outcome`, with statements from `cascade`.
    #[must_use]
    pub fn of(outcome: &OrganisationOutcome, cascade: &Cascade, style: Style) -> Self {
        let (achievement, decision) = match &outcome.source {
            PredicateSource::Achievement { reported } => {
                (Some(FigureView::percent(reported.value(), style)), None)
            }
            PredicateSource::Decision { reason } => (None, Some(reason.as_str().to_owned())),
        };
        Self {
            period: PeriodView::of_span(outcome.scope, style),
            predicate: LabelView::of(&outcome.predicate, style.language),
            achievement,
            decision,
            objectives: outcome
                .score
                .iter()
                .flat_map(|score| &score.objectives)
                .map(|objective| ObjectiveView {
                    id: objective.node.to_string(),
                    statement: cascade
                        .node(&objective.node)
                        .map_or_else(String::new, |n| n.statement().to_owned()),
                    weight: FigureView::percent(objective.share.value(), style),
                    achievement: FigureView::percent(objective.achievement.value(), style),
                })
                .collect(),
            leader_rating: LabelView::of(&outcome.leader_rating, style.language),
        }
    }
}

/// A team's distribution check (kurva distribusi): the count of each predicate, best first,
/// and each quota with the counts it allows and the count found.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::evaluation::{OrganisationPredicate, Predicate, QuotaRounding, check_distribution};
/// use kinerja::present::{DistributionView, Style};
/// let rules = kinerja::regulation::se_menpanrb_3_2023_quotas();
/// let team = [Predicate::Good, Predicate::Good, Predicate::NeedsImprovement];
/// let report = check_distribution(&rules, OrganisationPredicate::Good, team, QuotaRounding::Strict)?;
/// let view = DistributionView::of(&report, Style::indonesian());
/// assert_eq!(view.counts[1].predicate.label, "Baik");
/// assert_eq!(view.counts[1].count, 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DistributionView {
    /// The organisation's predicate that sets the quotas.
    pub organisation: LabelView,
    /// How many employees.
    pub team: usize,
    /// How percentages became counts.
    pub rounding: LabelView,
    /// Whether every quota is met.
    pub compliant: bool,
    /// The verdict in words (`sesuai kurva`).
    pub verdict: String,
    /// Each predicate's count, best first.
    pub counts: Vec<PredicateCountView>,
    /// Each quota.
    pub quotas: Vec<QuotaView>,
}

/// How many employees hold a predicate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PredicateCountView {
    /// The predicate.
    pub predicate: LabelView,
    /// How many hold it.
    pub count: usize,
    /// Their share of the team, as a percent (`62,50 %`).
    pub share: FigureView,
}

/// One quota against the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct QuotaView {
    /// The quota in words (`Baik paling banyak 70 %`).
    pub text: String,
    /// The counts allowed, as people write them (`0–5`).
    pub allowed: String,
    /// The least count allowed.
    pub min_count: usize,
    /// The greatest count allowed.
    pub max_count: usize,
    /// The count found.
    pub actual: usize,
    /// Whether the count is allowed.
    pub satisfied: bool,
}

impl DistributionView {
    /// The view of `report`.
    #[must_use]
    pub fn of(report: &ComplianceReport, style: Style) -> Self {
        let language = style.language;
        Self {
            organisation: LabelView::of(&report.organisation, language),
            team: report.team,
            rounding: LabelView::of(&report.rounding, language),
            compliant: report.compliant,
            verdict: report.verdict(language).to_owned(),
            counts: Predicate::ALL
                .iter()
                .rev()
                .map(|p| PredicateCountView {
                    predicate: LabelView::of(p, language),
                    count: report.counts[*p],
                    share: share_of(report.counts[*p], report.team, style),
                })
                .collect(),
            quotas: report
                .checks
                .iter()
                .map(|check| QuotaView {
                    text: check.quota.describe(language),
                    allowed: format!("{}–{}", check.min_count, check.max_count),
                    min_count: check.min_count,
                    max_count: check.max_count,
                    actual: check.actual,
                    satisfied: check.satisfied,
                })
                .collect(),
        }
    }
}

/// `count` of `team` as a percent; 0 % of an empty team.
fn share_of(count: usize, team: usize, style: Style) -> FigureView {
    FigureView::percent(share_percent(count, team).unwrap_or(Decimal::ZERO), style)
}
