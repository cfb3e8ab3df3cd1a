//! The inverse question: what realisation would reach a given band?

use super::band::{BandTable, Condition};
use super::error::{ScoringError, ScoringFormula};
use super::plan::ScoringPlan;
use crate::id::IndicatorId;
use crate::measure::MeasureError;
use crate::measure::{Measurements, Realisation};
use crate::nip::EmployeeNumber;
use crate::num::Rounding;
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the inverse search varies and how finely.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InverseQuery {
    /// The indicator whose realisation is varied.
    pub indicator: IndicatorId,
    /// The period whose realisation is varied.
    pub period: Period,
    /// The smallest meaningful change of the realisation (1 for counts, 0.01 for rates).
    #[serde(with = "crate::decimal_text")]
    pub step: Decimal,
    /// The rounding of the reported achievement, which the band is read from.
    pub rounding: Rounding,
}

/// The band to reach: band `band` of `table` (counted from 0, lowest first) or higher.
#[derive(Debug, Clone, Copy)]
pub struct BandGoal<'a, L> {
    /// The table.
    pub table: &'a BandTable<L>,
    /// The least band that counts as reached.
    pub band: usize,
}

/// The most doublings tried when looking for an upper bracket (2^64 steps).
const MAX_DOUBLINGS: u32 = 64;

const INVERSE_OVERFLOW: ScoringError = ScoringError::Overflow {
    formula: ScoringFormula::InverseSearch,
};

impl ScoringPlan {
    /// The least realisation of `query.indicator` in `query.period` (on the grid of
    /// `query.step` from zero) at which the plan's reported achievement over `scope` falls in
    /// the goal's band or higher, all other realisations as in `measurements`. For a
    /// lower-is-better indicator it is the greatest such realisation instead.
    ///
    /// The answer reaches the band, and one step worse (one step less, or for minimise one
    /// step more) does not, unless the answer is zero.
    ///
    /// # Errors
    /// [`ScoringError::Unreachable`] when no realisation on the grid reaches the band (for
    /// example because the indicator's cap holds it down, or its weight is zero), or the
    /// indicator is a range or stabilise one (not monotone); [`ScoringError::NotInPlan`]
    /// when the plan has no such indicator; any scoring error of the plan.
    pub fn required_realisation<L>(
        &self,
        scope: impl Into<Span>,
        measurements: &Measurements,
        query: &InverseQuery,
        goal: BandGoal<'_, L>,
        holds: impl Fn(Condition) -> bool,
    ) -> Result<Decimal, ScoringError> {
        let scope = scope.into();
        let definition = self
            .results()
            .iter()
            .flat_map(|r| &r.indicators)
            .map(|i| &i.definition)
            .find(|d| d.id() == &query.indicator)
            .ok_or_else(|| ScoringError::NotInPlan {
                indicator: query.indicator.clone(),
            })?;
        let unreachable = || ScoringError::Unreachable {
            indicator: query.indicator.clone(),
            period: query.period,
            band: goal.band,
        };
        let Some(higher_is_better) = definition.polarity().higher_is_better() else {
            return Err(unreachable());
        };
        if query.step <= Decimal::ZERO {
            return Err(unreachable());
        }
        let reaches = |steps: Decimal| -> Result<bool, ScoringError> {
            let value = steps.checked_mul(query.step).ok_or(INVERSE_OVERFLOW)?;
            let probe = with_realisation(
                measurements,
                &query.indicator,
                self.employee(),
                query.period,
                value,
            )?;
            let achieved = match self.achievement(scope, &probe) {
                // Realisations too large for exact decimals cannot be the answer.
                Err(
                    ScoringError::Overflow { .. }
                    | ScoringError::Measure(MeasureError::Overflow { .. }),
                ) => {
                    return Err(unreachable());
                }
                other => other?,
            };
            let reported = query.rounding.apply(achieved.value());
            Ok(goal.table.rank(reported, &holds) >= Some(goal.band))
        };
        // Reaching is monotone in the number of steps: rising for maximise, falling for
        // minimise. Bracket the change of answer between powers of two, then bisect.
        let bracket = |wanted: bool| -> Result<Decimal, ScoringError> {
            let mut high = Decimal::ONE;
            for _ in 0..MAX_DOUBLINGS {
                if reaches(high)? == wanted {
                    return Ok(high);
                }
                high = high.checked_mul(Decimal::TWO).ok_or_else(unreachable)?;
            }
            Err(unreachable())
        };
        let at_zero = reaches(Decimal::ZERO)?;
        let (mut yes, mut no) = match (higher_is_better, at_zero) {
            (true, true) => return Ok(Decimal::ZERO),
            (true, false) => (bracket(true)?, Decimal::ZERO),
            (false, true) => (Decimal::ZERO, bracket(false)?),
            (false, false) => return Err(unreachable()),
        };
        // Invariant: `yes` steps reach the band, `no` steps do not; they close to neighbours.
        while (yes - no).abs() > Decimal::ONE {
            let mid = ((yes + no) / Decimal::TWO).floor();
            if reaches(mid)? {
                yes = mid;
            } else {
                no = mid;
            }
        }
        yes.checked_mul(query.step).ok_or(INVERSE_OVERFLOW)
    }
}

/// `measurements` with the realisation of `indicator` in `period` set to `value`: the
/// employee's own, for an employee's plan, or else the team's.
fn with_realisation(
    measurements: &Measurements,
    indicator: &IndicatorId,
    employee: Option<&EmployeeNumber>,
    period: Period,
    value: Decimal,
) -> Result<Measurements, ScoringError> {
    let mut realisations: Vec<Realisation> = measurements
        .all()
        .iter()
        .filter(|r| {
            !(r.indicator() == indicator && r.employee() == employee && r.period() == period)
        })
        .cloned()
        .collect();
    let probe = Realisation::new(indicator.clone(), period, value);
    realisations.push(match employee {
        Some(number) => probe.for_employee(*number),
        None => probe,
    });
    Ok(Measurements::new(realisations)?)
}
