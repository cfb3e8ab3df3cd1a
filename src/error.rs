//! The errors of the lower stages (organisation, indicators, scoring) shared by the stages
//! above them, each variant naming what was wrong and where. The cascade's and the
//! evaluation's errors live in their stages; the crate's [`Error`](crate::Error) wraps them all.

pub use crate::id::IdError;
use crate::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use crate::nip::EmployeeNumber;
pub use crate::nip::EmployeeNumberError;
pub use crate::num::ValueError;
use crate::period::Period;
pub use crate::period::PeriodError;
use rust_decimal::Decimal;
use std::fmt;
use thiserror::Error;

/// The part of an agency an [`AgencyError`] is about.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Subject {
    /// The agency as a whole.
    Agency,
    /// A mission.
    Mission(MissionId),
    /// A unit.
    Unit(UnitId),
    /// A position.
    Position(PositionId),
    /// An employee.
    Employee(EmployeeNumber),
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Agency => f.write_str("the agency"),
            Self::Mission(id) => write!(f, "mission `{id}`"),
            Self::Unit(id) => write!(f, "unit `{id}`"),
            Self::Position(id) => write!(f, "position `{id}`"),
            Self::Employee(number) => write!(f, "employee {number}"),
        }
    }
}

/// An agency whose parts do not fit together.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AgencyError {
    /// A required text is blank.
    #[error("{subject}: {field} is blank")]
    BlankText {
        /// Whose text.
        subject: Subject,
        /// Which field.
        field: &'static str,
    },
    /// The agency has no mission.
    #[error("the agency has no mission; at least one is required")]
    NoMissions,
    /// An id (or employee number) appears twice.
    #[error("{subject} appears more than once")]
    Duplicate {
        /// The repeated item.
        subject: Subject,
    },
    /// A reference to a unit that is not in the agency.
    #[error("{subject} refers to unknown unit `{unit}`")]
    UnknownUnit {
        /// Who refers.
        subject: Subject,
        /// The missing unit.
        unit: UnitId,
    },
    /// A reference to a position that is not in the agency.
    #[error("{subject} refers to unknown position `{position}`")]
    UnknownPosition {
        /// Who refers.
        subject: Subject,
        /// The missing position.
        position: PositionId,
    },
    /// The unit hierarchy loops back on itself.
    #[error("unit `{unit}` is its own ancestor: the unit hierarchy has a cycle")]
    UnitCycle {
        /// The smallest unit id on the cycle.
        unit: UnitId,
    },
    /// The reporting lines loop back on themselves.
    #[error(
        "position `{position}` reports to itself through its superiors: the reporting lines have a cycle"
    )]
    ReportingCycle {
        /// The smallest position id on the cycle.
        position: PositionId,
    },
}

/// A band table that does not cut its scale cleanly, or a value outside it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum BandError {
    /// The table has no band.
    #[error("a band table needs at least one band")]
    Empty,
    /// A band holds no value (its lower end is above its upper end).
    #[error("band {index} is empty: its lower end is not below its upper end")]
    EmptyBand {
        /// The band's position, lowest first from 0.
        index: usize,
    },
    /// A band in the middle of the table is open-ended.
    #[error("band {index} is open-ended but is not the first (open below) or last (open above)")]
    OpenInside {
        /// The band's position.
        index: usize,
    },
    /// Values between two neighbouring bands belong to neither.
    #[error("there is a gap below band {index}: it does not start where the band before it ends")]
    Gap {
        /// The upper band of the pair.
        index: usize,
    },
    /// Values between two neighbouring bands belong to both.
    #[error("band {index} overlaps the band before it")]
    Overlap {
        /// The upper band of the pair.
        index: usize,
    },
    /// The lowest band names a condition, so a value there that fails it has nowhere to go.
    #[error("the lowest band may not require a condition")]
    ConditionOnLowest,
    /// The value lies outside every band.
    #[error("{value} lies outside the table's bands")]
    OutOfDomain {
        /// The value classified.
        value: Decimal,
    },
}

/// The rule of an indicator definition that is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DefinitionRule {
    /// A definition needs at least one target.
    NoTargets,
    /// All targets are for periods of one granularity in one year.
    MixedPeriods,
    /// The target kind does not fit the polarity (a stabilise indicator takes bands, a
    /// milestone values).
    TargetKind,
    /// Some targets are values and some bands.
    MixedTargetKinds,
    /// A target value is negative.
    NegativeTarget,
    /// A target of zero makes no ratio; the definition does not declare it meaningful.
    ZeroTarget,
    /// A band's low end is above its high end (or, for a range target, not above zero).
    BandOrder,
    /// The fall-off of a stabilise indicator is negative.
    NegativeFallOff,
    /// The achievement floor is above the cap.
    FloorAboveCap,
    /// Cumulative targets and realisations make the year from the last period only.
    CumulativeNeedsLast,
    /// The unit of measure is blank.
    BlankUnit,
}

impl fmt::Display for DefinitionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NoTargets => "it has no target",
            Self::MixedPeriods => "its targets must be periods of one granularity in one year",
            Self::TargetKind => {
                "a stabilise indicator takes band targets and a milestone single values"
            }
            Self::MixedTargetKinds => "its targets must be all values or all bands",
            Self::NegativeTarget => "a target may not be negative",
            Self::ZeroTarget => {
                "a target of zero makes no ratio unless the indicator declares it met when reached"
            }
            Self::BandOrder => {
                "a band target needs low <= high (and, for a range target, low above zero)"
            }
            Self::NegativeFallOff => "the fall-off may not be negative",
            Self::FloorAboveCap => "the achievement floor is above the cap",
            Self::CumulativeNeedsLast => "cumulative values make the year from the last period",
            Self::BlankUnit => "the unit of measure is blank",
        })
    }
}

/// An indicator definition that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum IndicatorError {
    /// The definition breaks a rule.
    #[error("indicator `{indicator}`{}: {rule}", period_text(.period.as_ref()))]
    Invalid {
        /// The indicator.
        indicator: IndicatorId,
        /// The period of the offending target, where one is to blame.
        period: Option<Period>,
        /// The rule broken.
        rule: DefinitionRule,
    },
}

/// A realisation, weight or scale that cannot be scored.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ScoringError {
    /// No realisation was recorded where the missing-value policy requires one.
    #[error("indicator `{indicator}`, period {period}: no realisation recorded")]
    MissingRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// A negative realisation for an indicator that does not allow them.
    #[error("indicator `{indicator}`, period {period}: realisation {value} is negative")]
    NegativeRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The value given.
        value: Decimal,
    },
    /// A realisation of zero under the T / R rule, with no cap to stand for "infinitely good".
    #[error(
        "indicator `{indicator}`, period {period}: a realisation of zero has no T/R ratio and no cap is set"
    )]
    ZeroRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The months scored.
        period: crate::period::Span,
    },
    /// Two realisations for the same indicator, period and employee (or two of the team's).
    #[error("indicator `{indicator}`, period {period}: more than one realisation{}", whose_text(.employee.as_ref()))]
    DuplicateRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The employee both are attributed to; none for the team's.
        employee: Option<EmployeeNumber>,
        /// The period.
        period: Period,
    },
    /// A realisation for a period the indicator has no target for.
    #[error(
        "indicator `{indicator}`, period {period}: the indicator has no target for this period"
    )]
    UntargetedPeriod {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// The period scored holds none of the indicator's target periods.
    #[error("indicator `{indicator}`: no target lies within {period}")]
    NoTargetInScope {
        /// The indicator.
        indicator: IndicatorId,
        /// The months scored.
        period: crate::period::Span,
    },
    /// A realisation is in a different unit from the one it is added to.
    #[error("node `{node}` adds {child_unit} from `{child}` into its own {unit}")]
    UnitMismatch {
        /// The parent node.
        node: NodeId,
        /// Its unit.
        unit: String,
        /// The direct child.
        child: NodeId,
        /// The child's unit.
        child_unit: String,
    },
    /// A weight is negative.
    #[error("{part}: weight {weight} is negative")]
    NegativeWeight {
        /// The weighted part.
        part: String,
        /// The weight.
        weight: Decimal,
    },
    /// Under the strict policy the weights must total exactly 100.
    #[error("weights of {of} total {total}, not 100")]
    WeightsNotWhole {
        /// What is weighted.
        of: String,
        /// The exact total.
        total: Decimal,
    },
    /// All weights are zero, so nothing can be scaled to 100 %.
    #[error("weights of {of} are all zero")]
    AllZeroWeights {
        /// What is weighted.
        of: String,
    },
    /// A weighted set with nothing in it.
    #[error("{of} has nothing to weigh")]
    EmptySet {
        /// What is weighted.
        of: String,
    },
    /// A part has no value and the policy does not let it drop out.
    #[error("{part} has no value and the {policy} weight policy does not let it drop out")]
    MissingPart {
        /// The part.
        part: String,
        /// The policy.
        policy: &'static str,
    },
    /// A result or indicator appears twice in one plan.
    #[error("{what} appears more than once in the plan")]
    RepeatedInPlan {
        /// What is repeated.
        what: String,
    },
    /// Nothing at all was measured in what was scored.
    #[error("nothing in {of} was measured")]
    NothingMeasured {
        /// What was scored.
        of: String,
    },
    /// No indicator of a plan has a target within the months scored.
    #[error("nothing in the plan is due within {scope}")]
    NothingDue {
        /// The months scored.
        scope: crate::period::Span,
    },
    /// A line with a zero run has no slope.
    #[error("a line's run may not be zero")]
    ZeroRun,
    /// A value is outside a band table.
    #[error(transparent)]
    Band(BandError),
    /// An intermediate value left the range of `Decimal`.
    #[error("a value left the range of exact decimals")]
    Overflow,
    /// An indicator's figures left the range of `Decimal`.
    #[error("indicator `{indicator}`, period {period}: a value left the range of exact decimals")]
    IndicatorOverflow {
        /// The indicator.
        indicator: IndicatorId,
        /// The period (or months) being computed.
        period: crate::period::Span,
    },
    /// Two definitions of one indicator.
    #[error("indicator `{indicator}` is defined more than once")]
    DuplicateDefinition {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// An indicator named in a plan is not defined.
    #[error("indicator `{indicator}` has no definition")]
    UnknownIndicator {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// A target of the wrong kind for the polarity reached the formula (a definition built
    /// through its checks never does this).
    #[error("indicator `{indicator}`: the target does not fit the polarity")]
    TargetKind {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// An employee who is not in the agency.
    #[error("employee {employee} is not in the agency")]
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The inverse question has no answer.
    #[error("indicator `{indicator}`: no realisation reaches {goal}")]
    Unreachable {
        /// The indicator varied.
        indicator: IndicatorId,
        /// What was to be reached.
        goal: String,
    },
}

fn whose_text(employee: Option<&EmployeeNumber>) -> String {
    employee.map_or_else(
        || " of the team".to_owned(),
        |e| format!(" of employee {e}"),
    )
}

fn period_text(period: Option<&Period>) -> String {
    period.map(|p| format!(", period {p}")).unwrap_or_default()
}
