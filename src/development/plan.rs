//! A development plan: the programmes recommended to each employee, what each closes and
//! why, the JP and the cost, and what stays open.

use super::competency::CompetencyLevel;
use super::method::Jp;
use super::need::Cause;
use crate::id::{CompetencyId, ProgrammeId, UnitId};
use crate::nip::EmployeeNumber;
use crate::period::Quarter;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a recommendation closes of one need, and why the need exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Closed {
    /// The competency.
    pub competency: CompetencyId,
    /// The level that counts today; none when never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<CompetencyLevel>,
    /// The level the programme brings the employee to (never above the need's target).
    pub reaches: CompetencyLevel,
    /// The need's target.
    pub target: CompetencyLevel,
    /// The levels it closes beyond the programmes recommended before it, after its
    /// method's effect.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub levels: Decimal,
    /// Those levels times the need's importance: what it adds to the plan's value.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
    /// Why the need exists, and the goals each cause serves: the trace.
    pub causes: Vec<Cause>,
}

crate::objects_only::objects_only!(Closed);

/// One programme recommended to one employee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Recommendation {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The programme.
    pub programme: ProgrammeId,
    /// The quarter of the run they get a place in.
    pub quarter: Quarter,
    /// The JP it credits.
    pub jp: Jp,
    /// Its cost, in rupiah.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub cost: Decimal,
    /// Whether it was chosen only to reach the yearly JP minimum (a fill), not for a need.
    pub fill: bool,
    /// The needs it closes, by competency; empty only for a fill.
    pub closes: Vec<Closed>,
}

crate::objects_only::objects_only!(Recommendation);

impl Recommendation {
    /// What it adds to the plan's value.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.closes.iter().map(|c| c.value).sum()
    }
}

/// A need left open, wholly or in part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct OpenNeed {
    /// The competency.
    pub competency: CompetencyId,
    /// The levels still open, after the method effects of what was planned.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub levels: Decimal,
    /// Those levels times the need's importance.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
}

crate::objects_only::objects_only!(OpenNeed);

/// One employee's year in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct EmployeePlan {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The unit.
    pub unit: UnitId,
    /// JP earned before the plan.
    pub taken: Jp,
    /// JP the plan adds.
    pub planned: Jp,
    /// The cost of their recommendations.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub cost: Decimal,
    /// How far the year stays below the JP minimum; none when it reaches it. Never hidden:
    /// the planner reports what it could not fill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortfall: Option<Jp>,
    /// The needs left open, by competency.
    pub open: Vec<OpenNeed>,
    /// The competencies to assess first (the employee's assessment needs), by id: no
    /// programme is planned for them until their level is known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_assess: Vec<CompetencyId>,
}

crate::objects_only::objects_only!(EmployeePlan);

/// A development plan for one employee or a whole agency, made by
/// [`plan_development`](super::plan_development).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct DevelopmentPlan {
    /// Every recommendation, by employee, quarter and programme.
    pub recommendations: Vec<Recommendation>,
    /// Every employee, by number.
    pub employees: Vec<EmployeePlan>,
    /// The budget it was made under; none when unlimited.
    #[serde(default, with = "crate::decimal_text::optional")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub budget: Option<Decimal>,
    /// The yearly JP minimum it was made under (0 for none).
    pub minimum: Jp,
    /// What it spends.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub spent: Decimal,
    /// The weighted levels it closes: Σ importance × levels closed.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
    /// The weighted levels of every need: what closing them all would be worth.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub needed: Decimal,
}

crate::objects_only::objects_only!(DevelopmentPlan);

impl DevelopmentPlan {
    /// The recommendations of one employee, by quarter and programme.
    pub fn of(&self, employee: &EmployeeNumber) -> impl Iterator<Item = &Recommendation> {
        let start = self
            .recommendations
            .partition_point(|r| &r.employee < employee);
        self.recommendations
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |r| &r.employee == employee)
    }

    /// The employee's year in the plan.
    #[must_use]
    pub fn employee(&self, employee: &EmployeeNumber) -> Option<&EmployeePlan> {
        self.employees
            .binary_search_by(|e| e.employee.cmp(employee))
            .ok()
            .and_then(|i| self.employees.get(i))
    }
}
