//! Employees who change position during the year: one evaluation per position held,
//! pro-rated by the days held.

use super::error::EvaluationError;
use crate::decimal_text;
use crate::id::PositionId;
use crate::nip::EmployeeNumber;
use crate::num::Weight;
use crate::period::Year;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A position held for part of the year, with the score earned in it.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::evaluation::Tenure> = serde_json::from_str(r#"
/// [
///   {
///     "position": "ANALIS-SARPRAS",
///     "from": "2026-01-01",
///     "to": "2026-03-31",
///     "score": "92.5"
///   },
///   {
///     "position": "KASI-SAR",
///     "from": "2026-04-01",
///     "to": "2026-12-31",
///     "score": "104"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Tenure {
    /// The position.
    pub position: PositionId,
    /// The first day held.
    pub from: NaiveDate,
    /// The last day held (inclusive).
    pub to: NaiveDate,
    /// The score (e.g. the achievement) of the evaluation in this position.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
}

crate::objects_only::objects_only!(Tenure);

/// A tenure's share of the year's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct TenureShare {
    /// The position.
    pub position: PositionId,
    /// Days held within the year.
    pub days: i64,
    /// The share of the year's score, in percent of the days held in all positions.
    pub share: Weight,
}

crate::objects_only::objects_only!(TenureShare);

/// The year's score of an employee who held several positions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ProRated {
    /// Each position's share.
    pub parts: Vec<TenureShare>,
    /// Σ score × days / Σ days.
    #[serde(with = "decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub score: Decimal,
}

crate::objects_only::objects_only!(ProRated);

/// Pro-rates the scores of the positions an employee held in `year` by calendar days held:
/// the year's score is Σ score × days / Σ days. Days not covered by any tenure (leave,
/// transfer in mid-year) do not count either way.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::id::PositionId;
/// use kinerja::evaluation::{Tenure, pro_rate};
/// use kinerja::nip::{EmployeeKind, EmployeeNumber};
/// use kinerja::period::Year;
/// use kinerja::NaiveDate;
/// use kinerja::Decimal;
/// let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).ok_or("no such day");
/// let who = EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003")?;
/// let held = [
///     Tenure { position: PositionId::new("STAF")?, from: day(1, 1)?, to: day(3, 31)?, score: Decimal::from(90) },
///     Tenure { position: PositionId::new("KASI")?, from: day(4, 1)?, to: day(12, 31)?, score: Decimal::from(110) },
/// ];
/// let result = pro_rate(who, Year::new(2026)?, &held)?;
/// // 90 days at 90 and 275 days at 110: (8100 + 30250) / 365.
/// assert_eq!(result.score, Decimal::from(38350) / Decimal::from(365));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`EvaluationError::Tenure`] when a tenure runs backwards, leaves the year, or overlaps
/// another; [`EvaluationError::InvalidFigure`] when there is no tenure.
pub fn pro_rate(
    employee: EmployeeNumber,
    year: Year,
    tenures: &[Tenure],
) -> Result<ProRated, EvaluationError> {
    let whole = year.as_period();
    let mut sorted: Vec<&Tenure> = tenures.iter().collect();
    sorted.sort_by_key(|t| t.from);
    let mut previous_end: Option<NaiveDate> = None;
    for t in &sorted {
        let bad = t.from > t.to
            || !whole.contains_date(t.from)
            || !whole.contains_date(t.to)
            || previous_end.is_some_and(|end| t.from <= end);
        if bad {
            return Err(EvaluationError::Tenure {
                employee,
                from: t.from,
            });
        }
        previous_end = Some(t.to);
    }
    let days = |t: &Tenure| (t.to - t.from).num_days() + 1;
    let total: i64 = sorted.iter().map(|t| days(t)).sum();
    if total == 0 {
        return Err(EvaluationError::InvalidFigure {
            what: super::error::Figure::DaysHeld,
            value: Decimal::ZERO,
        });
    }
    let total = Decimal::from(total);
    let weighted = sorted
        .iter()
        .try_fold(Decimal::ZERO, |sum, t| {
            t.score
                .checked_mul(Decimal::from(days(t)))
                .and_then(|v| sum.checked_add(v))
        })
        .ok_or(EvaluationError::overflow(
            super::error::EvaluationFormula::ProRating,
        ))?;
    let parts = sorted
        .iter()
        .map(|t| TenureShare {
            position: t.position.clone(),
            days: days(t),
            // The days held in one position are part of those held in all.
            share: Weight::new(Decimal::from(days(t)) * Decimal::ONE_HUNDRED / total)
                .unwrap_or_else(|_| {
                    debug_assert!(false, "a tenure's share outside 0-100");
                    Weight::ZERO
                }),
        })
        .collect();
    Ok(ProRated {
        parts,
        score: weighted / total,
    })
}
