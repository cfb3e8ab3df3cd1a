//! The organisation's achievement and predicate (predikat kinerja organisasi): its strategic
//! objectives weighted into one achievement, read through a band table, or set by the next
//! leader's reasoned decision; and the rating it gives the organisation's leader.

use super::distribution::OrganisationPredicate;
use super::error::{EvaluationError, EvaluationFormula};
use super::rating::Rating;
use super::reason::Reason;
use crate::cascade::{Cascade, Level, Node};
use crate::id::NodeId;
use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use crate::measure::Measurements;
use crate::measure::{AchievementTrace, Definitions};
use crate::num::{Percent, Rounding, Weight};
use crate::period::Span;
use crate::scoring::{BandTable, WeightPolicy, WeightedSum};
use crate::scoring::{Part, ScoringError, Weighed};
use crate::text::one_line;
use crate::written::exact;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the organisation's predicate follows from its achievement, and what rating that
/// predicate gives the organisation's leader. All data, with documented defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default, remote = "Self")]
pub struct OrganisationRules {
    /// Achievement (percent, as reported) → predicate. No national table exists (SE
    /// MenPANRB 3/2023 leaves it to the next leader); default:
    /// [`default_organisation_bands`](crate::regulation::default_organisation_bands).
    pub bands: BandTable<OrganisationPredicate>,
    /// Predicate → the leader's result rating. Default: [`default_leader_ratings`](crate::regulation::default_leader_ratings).
    pub leader_ratings: LeaderRatings,
}

crate::objects_only::objects_only!(OrganisationRules);

/// The result rating each organisation predicate gives the organisation's leader
/// (PermenPANRB 6/2022: where the leader of an organisation is the one evaluated, the
/// organisation's achievement is their result rating). A better predicate never gives a
/// worse rating.
///
/// On the wire: a map from every predicate to a rating.
///
/// ```
/// use kinerja::evaluation::{LeaderRatings, OrganisationPredicate, Rating};
/// let ratings = LeaderRatings::default();
/// assert_eq!(ratings.rating(OrganisationPredicate::Exceptional), Rating::Above);
/// assert_eq!(ratings.rating(OrganisationPredicate::Good), Rating::Meets);
/// assert_eq!(ratings.rating(OrganisationPredicate::NeedsImprovement), Rating::Below);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    try_from = "crate::unique_map::Unique<OrganisationPredicate, Rating>",
    into = "BTreeMap<OrganisationPredicate, Rating>"
)]
pub struct LeaderRatings {
    /// Lowest predicate first.
    ratings: [Rating; 5],
}

impl LeaderRatings {
    /// Ratings the crate writes itself (a preset), known to be monotone.
    pub(crate) const fn trusted(ratings: [Rating; 5]) -> Self {
        Self { ratings }
    }
}

impl LeaderRatings {
    /// The ratings of the five predicates, lowest predicate first.
    ///
    /// # Errors
    /// [`EvaluationError::LeaderRatingsNotMonotone`] when a better predicate gives a worse
    /// rating.
    pub fn new(ratings: [Rating; 5]) -> Result<Self, EvaluationError> {
        if let Some(pair) = ratings.windows(2).position(|pair| match pair {
            [lower, higher] => higher < lower,
            _ => false,
        }) {
            let predicate = OrganisationPredicate::ALL
                .get(pair + 1)
                .copied()
                .or_invariant(
                    OrganisationPredicate::Exceptional,
                    "a pair of five has a second",
                );
            return Err(EvaluationError::LeaderRatingsNotMonotone { predicate });
        }
        Ok(Self { ratings })
    }

    /// The leader's rating under `predicate`.
    #[must_use]
    pub fn rating(&self, predicate: OrganisationPredicate) -> Rating {
        self.ratings
            .get(predicate.index())
            .copied()
            .or_invariant(Rating::Meets, "five ratings, one per predicate")
    }
}

impl TryFrom<BTreeMap<OrganisationPredicate, Rating>> for LeaderRatings {
    type Error = EvaluationError;
    fn try_from(map: BTreeMap<OrganisationPredicate, Rating>) -> Result<Self, EvaluationError> {
        let mut ratings = [Rating::Meets; 5];
        for (slot, predicate) in ratings.iter_mut().zip(OrganisationPredicate::ALL) {
            *slot = *map
                .get(&predicate)
                .ok_or(EvaluationError::MissingLeaderRating { predicate })?;
        }
        Self::new(ratings)
    }
}

impl TryFrom<crate::unique_map::Unique<OrganisationPredicate, Rating>> for LeaderRatings {
    type Error = EvaluationError;
    fn try_from(
        map: crate::unique_map::Unique<OrganisationPredicate, Rating>,
    ) -> Result<Self, EvaluationError> {
        Self::try_from(map.0)
    }
}

impl From<LeaderRatings> for BTreeMap<OrganisationPredicate, Rating> {
    fn from(ratings: LeaderRatings) -> Self {
        OrganisationPredicate::ALL
            .into_iter()
            .zip(ratings.ratings)
            .collect()
    }
}

/// The next leader's decision on the organisation's predicate, which replaces the one the
/// achievement gives (SE MenPANRB 3/2023), with its reason.
///
/// ```
/// # fn main() -> Result<(), kinerja::evaluation::EvaluationError> {
/// use kinerja::evaluation::{OrganisationDecision, OrganisationPredicate};
/// let decided = OrganisationDecision::new(OrganisationPredicate::Good, "Rapat pimpinan, saran inspektorat")?;
/// assert_eq!(decided.predicate, OrganisationPredicate::Good);
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::evaluation::OrganisationDecision = serde_json::from_str(r#"
/// {
///   "predicate": "exceptional",
///   "reason": "Seluruh rencana aksi melampaui target"
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct OrganisationDecision {
    /// The predicate decided.
    pub predicate: OrganisationPredicate,
    /// Why.
    pub reason: Reason,
}

crate::objects_only::objects_only!(OrganisationDecision);

impl OrganisationDecision {
    /// A decision.
    ///
    /// # Errors
    /// [`EvaluationError::BlankReason`] when the reason is blank.
    pub fn new(
        predicate: OrganisationPredicate,
        reason: impl Into<String>,
    ) -> Result<Self, EvaluationError> {
        Ok(Self {
            predicate,
            reason: Reason::new(reason)?,
        })
    }
}

/// One strategic objective's part in the organisation's achievement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ObjectiveScore {
    /// The objective.
    pub node: NodeId,
    /// The goal it serves, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<NodeId>,
    /// Its effective share of the organisation's achievement, in percent.
    pub share: Weight,
    /// Its achievement: its due indicators weighted by their weights.
    pub achievement: Percent,
    /// How each due indicator's achievement was made.
    pub indicators: Vec<AchievementTrace>,
}

crate::objects_only::objects_only!(ObjectiveScore);

/// The organisation's achievement (capaian kinerja organisasi) over a span: its strategic
/// objectives, each the weighted mean of its due indicators, weighted by their contribution
/// to their goal and the goal's contribution among the goals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct OrganisationScore {
    /// The months scored.
    pub scope: Span,
    /// The objectives that took part, by id.
    pub objectives: Vec<ObjectiveScore>,
    /// The exact achievement.
    pub achievement: Percent,
}

crate::objects_only::objects_only!(OrganisationScore);

/// The organisation's achievement over `scope`, from `measurements` as given (roll them up
/// first where results add up along direct links, as the agency path does).
///
/// Each strategic objective's achievement is the mean of its indicators that are due within
/// `scope`, weighted by their weights (equal where none are given; an indicator whose
/// periods all dropped out under its missing-value policy leaves the others' shares in
/// proportion); an objective with none due takes no part. Objectives are grouped by the goal they serve; within a group each
/// weighs its contribution to the goal, and each group weighs its goal's contribution among
/// the goals (objectives with no goal stand at the goals' level with their own
/// contribution). Where no contributions are given, the parts weigh equally; the weights of
/// the parts that take part are scaled to total 100 %. Objectives or goals of zero weight
/// count for nothing.
///
/// `None` when no objective takes part.
///
/// # Errors
/// [`EvaluationError::Scoring`]: an objective's indicator has no definition, or any error of
/// an indicator's achievement; [`EvaluationError::Overflow`].
pub fn organisation_score(
    cascade: &Cascade,
    scope: impl Into<Span>,
    definitions: &Definitions,
    measurements: &Measurements,
) -> Result<Option<OrganisationScore>, EvaluationError> {
    let scope = scope.into();
    let mut counted: Vec<Counted> = Vec::new();
    for objective in cascade.at_level(Level::Objective) {
        let Some((achievement, indicators)) =
            objective_achievement(objective, scope, definitions, measurements)?
        else {
            continue;
        };
        let goal = cascade
            .parent_of(objective.id())
            .filter(|p| p.level() == Level::Goal);
        counted.push(Counted {
            group: goal.map_or_else(|| objective.id().clone(), |g| g.id().clone()),
            group_weight: weight(goal.map_or(objective.contribution(), |g| g.contribution())),
            own_weight: weight(objective.contribution()),
            score: ObjectiveScore {
                node: objective.id().clone(),
                goal: goal.map(|g| g.id().clone()),
                share: Weight::ZERO,
                achievement,
                indicators,
            },
        });
    }
    // Each group's weight and the total of its members' own weights.
    let mut groups: BTreeMap<&NodeId, (Decimal, Decimal)> = BTreeMap::new();
    for part in &counted {
        let slot = groups
            .entry(&part.group)
            .or_insert((part.group_weight, Decimal::ZERO));
        slot.1 = slot
            .1
            .checked_add(part.own_weight)
            .ok_or(EvaluationError::overflow(
                EvaluationFormula::OrganisationAchievement,
            ))?;
    }
    let group_total = groups
        .values()
        .filter(|(_, inner)| !inner.is_zero())
        .try_fold(Decimal::ZERO, |sum, (w, _)| sum.checked_add(*w))
        .ok_or(EvaluationError::overflow(
            EvaluationFormula::OrganisationAchievement,
        ))?;
    if group_total.is_zero() {
        return Ok(None);
    }
    let mut total = Decimal::ZERO;
    let mut objectives = Vec::with_capacity(counted.len());
    for part in &counted {
        let (group_weight, inner_total) = groups
            .get(&part.group)
            .copied()
            .unwrap_or((Decimal::ZERO, Decimal::ZERO));
        if inner_total.is_zero() {
            continue;
        }
        // share = group weight / Σ group weights × own weight / Σ own weights in the group.
        let share = group_weight
            .checked_mul(part.own_weight)
            .and_then(|v| v.checked_mul(Decimal::ONE_HUNDRED))
            .and_then(|v| v.checked_div(group_total))
            .and_then(|v| v.checked_div(inner_total))
            .ok_or(EvaluationError::overflow(
                EvaluationFormula::OrganisationAchievement,
            ))?;
        total = share
            .checked_mul(part.score.achievement.value())
            .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
            .and_then(|v| total.checked_add(v))
            .ok_or(EvaluationError::overflow(
                EvaluationFormula::OrganisationAchievement,
            ))?;
        // Each share is a part of the whole: within 0 to 100.
        let share = Weight::new(share).unwrap_or_else(|_| {
            debug_assert!(false, "an objective's share outside 0-100: {share}");
            Weight::ZERO
        });
        objectives.push(ObjectiveScore {
            share,
            ..part.score.clone()
        });
    }
    Ok(Some(OrganisationScore {
        scope,
        objectives,
        achievement: Percent::new(total)
            .map_err(|_| EvaluationError::overflow(EvaluationFormula::OrganisationAchievement))?,
    }))
}

/// A weight, or the equal weight 1 where none is given.
fn weight(given: Option<Weight>) -> Decimal {
    given.map_or(Decimal::ONE, Weight::value)
}

/// An objective that takes part, with the weights that place it.
struct Counted {
    /// Its goal, or itself where it serves none.
    group: NodeId,
    /// The group's weight among the groups.
    group_weight: Decimal,
    /// Its weight within the group.
    own_weight: Decimal,
    score: ObjectiveScore,
}

/// An objective's achievement: its due indicators weighted by their weights. `None` when
/// none is due or every one dropped out.
fn objective_achievement(
    objective: &Node,
    scope: Span,
    definitions: &Definitions,
    measurements: &Measurements,
) -> Result<Option<(Percent, Vec<AchievementTrace>)>, EvaluationError> {
    let mut mean = WeightedSum::new(WeightPolicy::RenormalisePresent);
    let mut traces = Vec::new();
    for indicator in objective.indicators() {
        let definition = definitions
            .find(indicator.id())
            .map_err(ScoringError::from)?;
        if !definition.is_due(scope) {
            continue;
        }
        let trace = definition
            .explain_achievement(scope, measurements)
            .map_err(ScoringError::from)?;
        mean.add(
            weight(indicator.weight()),
            trace.achievement.map(Percent::value),
            || Part::Indicator(indicator.id().clone()),
        )?;
        traces.push(trace);
    }
    if mean.is_empty() {
        return Ok(None);
    }
    let Some(value) = mean.finish(|| Weighed::Indicators(objective.id().clone()))? else {
        return Ok(None);
    };
    let achievement = Percent::new(value)
        .map_err(|_| EvaluationError::overflow(EvaluationFormula::OrganisationAchievement))?;
    Ok(Some((achievement, traces)))
}

/// Where the organisation's predicate came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "source", remote = "Self")]
#[non_exhaustive]
pub enum PredicateSource {
    /// The achievement, read through the organisation's bands.
    Achievement {
        /// The achievement, reported (rounded by the evaluation's rounding): the figure the
        /// bands read.
        reported: Percent,
    },
    /// The next leader's decision.
    Decision {
        /// The reason given.
        reason: Reason,
    },
}

crate::objects_only::objects_only!(PredicateSource);

/// The organisation's predicate over a span, where it came from, and the rating it gives
/// the organisation's leader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct OrganisationOutcome {
    /// The months evaluated.
    pub scope: Span,
    /// The achievement, where the objectives give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<OrganisationScore>,
    /// The predicate.
    pub predicate: OrganisationPredicate,
    /// Where it came from.
    pub source: PredicateSource,
    /// The result rating of the organisation's leader.
    pub leader_rating: Rating,
}

crate::objects_only::objects_only!(OrganisationOutcome);

impl OrganisationOutcome {
    /// The outcome of `score` (none when no objective took part) or of `decision`, which
    /// takes precedence. `None` when there is neither.
    ///
    /// # Errors
    /// [`EvaluationError::Scoring`] (a band error) when the reported achievement lies outside the bands.
    pub fn new(
        rules: &OrganisationRules,
        rounding: Rounding,
        scope: Span,
        score: Option<OrganisationScore>,
        decision: Option<&OrganisationDecision>,
    ) -> Result<Option<Self>, EvaluationError> {
        let (predicate, source) = match (decision, &score) {
            (Some(decided), _) => (
                decided.predicate,
                PredicateSource::Decision {
                    reason: decided.reason.clone(),
                },
            ),
            (None, Some(score)) => {
                let reported = score.achievement.round(rounding);
                let predicate = *rules.bands.classify(reported.value(), |_| true)?.label;
                (predicate, PredicateSource::Achievement { reported })
            }
            (None, None) => return Ok(None),
        };
        Ok(Some(Self {
            scope,
            score,
            predicate,
            source,
            leader_rating: rules.leader_ratings.rating(predicate),
        }))
    }

    /// A sentence for the record, in `language`.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let predicate = self.predicate.label(language);
        match (&self.source, language) {
            (PredicateSource::Achievement { reported }, Language::Indonesian) => format!(
                "Predikat kinerja organisasi {}: {predicate} (capaian {} %)",
                self.scope.describe(language),
                exact(reported.value(), language)
            ),
            (PredicateSource::Achievement { reported }, Language::English) => format!(
                "Organisation predicate {}: {predicate} (achievement {} %)",
                self.scope.describe(language),
                exact(reported.value(), language)
            ),
            (PredicateSource::Decision { reason }, Language::Indonesian) => format!(
                "Predikat kinerja organisasi {}: {predicate} (ditetapkan pimpinan: {})",
                self.scope.describe(language),
                one_line(reason.as_str())
            ),
            (PredicateSource::Decision { reason }, Language::English) => format!(
                "Organisation predicate {}: {predicate} (decided by the leader: {})",
                self.scope.describe(language),
                one_line(reason.as_str())
            ),
        }
    }
}
