//! Which programmes close which needs, and how much: rules as data.

use super::method::Method;
use super::need::Need;
use super::programme::Programme;
use crate::num::Weight;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How much of a need a programme closes.
///
/// A programme that develops the need's competency brings a participant to the level it
/// teaches, never above the need's target: it closes `min(level taught, target) − assessed`
/// levels (none when it teaches no higher than the level held), times the effect of its
/// method. Several programmes for one need do not add up: the need is closed as far as the
/// furthest of them reaches. The default effect of every method is 100 %; an agency that
/// trusts, say, e-learning with half a level's worth lists `{"e_learning": "50"}`. Effects
/// count to 0.01 % (rounded half away from zero).
///
/// ```
/// use kinerja::development::{ClosingRules, CompetencyLevel, JpCredit, Jp, Method, Need, Programme};
/// use kinerja::id::{CompetencyId, ProgrammeId};
/// # fn main() -> Result<(), kinerja::Error> {
/// let level = CompetencyLevel::new;
/// let teamwork = CompetencyId::new("MAN-KERJASAMA")?;
/// let need = Need::new(teamwork.clone(), Some(level(1)?), level(3)?, Vec::new());
/// let mut course = Programme::new(ProgrammeId::new("P1")?, "Kerja sama tim", Method::Course, JpCredit::Fixed { jp: Jp::whole(16), international: false });
/// course.competencies.insert(teamwork, level(2)?);
/// let rules = ClosingRules::default();
/// assert_eq!(rules.closes(&course, &need), 1.into()); // from 1 to 2 of the 3 wanted
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::ClosingRules = serde_json::from_str(r#"
/// {
///   "effect": {
///     "coaching": "50",
///     "mentoring": "50"
///   }
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ClosingRules {
    /// The share of the levels a method's programmes count as closing, by method; 100 % for
    /// a method not listed (a method listed twice is refused).
    #[serde(default, deserialize_with = "crate::unique_map::deserialize")]
    pub effect: BTreeMap<Method, Weight>,
}

crate::objects_only::objects_only!(ClosingRules);

impl ClosingRules {
    /// The share of its levels a programme of `method` closes, as a fraction of 1.
    #[must_use]
    pub fn effect_of(&self, method: Method) -> Decimal {
        self.effect.get(&method).map_or(Decimal::ONE, |w| {
            w.value()
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                / Decimal::ONE_HUNDRED
        })
    }

    /// The levels `programme` alone closes of `need` (a fraction where the method's effect
    /// is below 100 %).
    #[must_use]
    pub fn closes(&self, programme: &Programme, need: &Need) -> Decimal {
        programme
            .competencies
            .get(&need.competency)
            .map_or(Decimal::ZERO, |&taught| {
                let reached = taught.min(need.target).get();
                let from = need.assessed.map_or(0, |l| l.get());
                Decimal::from(reached.saturating_sub(from)) * self.effect_of(programme.method)
            })
    }
}
