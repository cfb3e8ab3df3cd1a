//! The crate's errors: one enum per concern, each variant naming what was wrong and where.

use crate::cascade::{Level, Owner};
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

/// The level rule a cascade node breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LevelRule {
    /// A goal must serve at least one mission.
    GoalNeedsMission,
    /// Only goals name missions.
    MissionOnlyOnGoal,
    /// A goal is a root: it has no parent.
    GoalIsRoot,
    /// A node must sit below a higher level (results may also sit below results).
    ParentLevel {
        /// The parent's level.
        parent_level: Level,
    },
    /// An individual result is owned by a position or an employee, not a unit.
    ResultNeedsPerson,
    /// Only individual results are additional (tambahan).
    CategoryOnlyOnResult,
    /// Only a main individual result carries a weight in its owner's plan.
    PlanWeightOnlyOnMainResult,
    /// Only an individual result owned by a position can be shared among its holders.
    SharedOnlyOnPositionResult,
}

impl fmt::Display for LevelRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::GoalNeedsMission => f.write_str("a goal must serve at least one mission"),
            Self::MissionOnlyOnGoal => f.write_str("only a goal may name missions"),
            Self::GoalIsRoot => f.write_str("a goal may not have a parent"),
            Self::ParentLevel { parent_level } => {
                write!(f, "it may not sit below a {parent_level}")
            }
            Self::ResultNeedsPerson => {
                f.write_str("an individual result must be owned by a position or an employee")
            }
            Self::CategoryOnlyOnResult => {
                f.write_str("only an individual result may be marked additional")
            }
            Self::PlanWeightOnlyOnMainResult => {
                f.write_str("only a main individual result carries a weight in its owner's plan")
            }
            Self::SharedOnlyOnPositionResult => f.write_str(
                "only an individual result owned by a position can be shared among its holders",
            ),
        }
    }
}

/// A performance tree that is not sound.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CascadeError {
    /// More nodes than the limit allows.
    #[error("the cascade has {count} nodes, more than the limit of {limit}")]
    TooManyNodes {
        /// Nodes given.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A node id appears twice.
    #[error("node `{node}` appears more than once")]
    DuplicateNode {
        /// The repeated id.
        node: NodeId,
    },
    /// An indicator id appears twice in the cascade.
    #[error("node `{node}`: indicator `{indicator}` is already used in the cascade")]
    DuplicateIndicator {
        /// The node where it appears again.
        node: NodeId,
        /// The repeated indicator id.
        indicator: IndicatorId,
    },
    /// A required text is blank.
    #[error("node `{node}`: {field} is blank")]
    BlankText {
        /// The node.
        node: NodeId,
        /// Which field.
        field: &'static str,
    },
    /// The parent named by a node does not exist.
    #[error("node `{node}` names unknown parent `{parent}`")]
    UnknownParent {
        /// The node.
        node: NodeId,
        /// The missing parent.
        parent: NodeId,
    },
    /// The owner named by a node is not in the agency.
    #[error("node `{node}` is owned by {owner}, which is not in the agency")]
    UnknownOwner {
        /// The node.
        node: NodeId,
        /// The missing owner.
        owner: Owner,
    },
    /// The mission named by a goal is not in the agency.
    #[error("node `{node}` serves unknown mission `{mission}`")]
    UnknownMission {
        /// The goal.
        node: NodeId,
        /// The missing mission.
        mission: MissionId,
    },
    /// The parent links loop back.
    #[error("node `{node}` is its own ancestor: the cascade has a cycle")]
    Cycle {
        /// The smallest node id on the cycle.
        node: NodeId,
    },
    /// A node sits deeper than the limit allows.
    #[error("node `{node}` sits at depth {depth}, deeper than the limit of {limit}")]
    TooDeep {
        /// The first node (by id) past the limit.
        node: NodeId,
        /// Its depth (a root is at depth 1).
        depth: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A node breaks a rule of its level.
    #[error("node `{node}` ({level}): {rule}")]
    Level {
        /// The node.
        node: NodeId,
        /// Its level.
        level: Level,
        /// The rule broken.
        rule: LevelRule,
    },
    /// An individual result does not support a result of the owner's direct superior.
    #[error("result `{node}` must support {}, but its parent is `{parent}`", expected_parent(.superior.as_ref()))]
    NotSuperiorsResult {
        /// The result.
        node: NodeId,
        /// Its parent.
        parent: NodeId,
        /// The owner's superior position, if the owner has one.
        superior: Option<PositionId>,
    },
    /// Some children of one parent are weighted and some are not.
    #[error("children of {}: `{unweighted}` has no weight while its siblings do", parent_text(.parent.as_ref()))]
    PartialWeights {
        /// The parent (none for the roots).
        parent: Option<NodeId>,
        /// The first (by id) child without a weight.
        unweighted: NodeId,
    },
    /// The weights of one parent's children do not total 100 %.
    #[error("weights of the children of {} total {total} %, not 100 %", parent_text(.parent.as_ref()))]
    WeightTotal {
        /// The parent (none for the roots).
        parent: Option<NodeId>,
        /// The exact total found.
        total: Decimal,
    },
    /// Some indicators of one node are weighted and some are not.
    #[error(
        "node `{node}`: indicator `{unweighted}` has no weight while the node's other indicators do"
    )]
    PartialIndicatorWeights {
        /// The node.
        node: NodeId,
        /// The first of its indicators (in the node's order) without a weight.
        unweighted: IndicatorId,
    },
    /// The weights of one node's indicators do not total 100 %.
    #[error("node `{node}`: the weights of its indicators total {total} %, not 100 %")]
    IndicatorWeightTotal {
        /// The node.
        node: NodeId,
        /// The exact total found.
        total: Decimal,
    },
    /// Some main results of one employee's plan carry a plan weight and some do not.
    #[error(
        "the plan of employee {employee}: result `{unweighted}` has no plan weight while the plan's other main results do"
    )]
    PartialPlanWeights {
        /// The employee whose plan (own and position's results) is mixed.
        employee: EmployeeNumber,
        /// The first main result (by id) without a plan weight.
        unweighted: NodeId,
    },
    /// The plan weights of one employee's main results do not total 100 %.
    #[error(
        "the plan of employee {employee}: the plan weights of the main results total {total} %, not 100 %"
    )]
    PlanWeightTotal {
        /// The employee.
        employee: EmployeeNumber,
        /// The exact total found.
        total: Decimal,
    },
    /// A role–result matrix was asked for a position that is not in the agency.
    #[error("position `{position}` is not in the agency")]
    UnknownLeader {
        /// The position asked for.
        position: PositionId,
    },
}

fn expected_parent(superior: Option<&PositionId>) -> String {
    match superior {
        Some(position) => format!("a result of the direct superior (position `{position}`)"),
        None => "an organisational node, since its owner has no superior".to_owned(),
    }
}

fn parent_text(parent: Option<&NodeId>) -> String {
    match parent {
        Some(node) => format!("`{node}`"),
        None => "the root".to_owned(),
    }
}

/// Any error of this crate, for callers who handle them in one place.
///
/// ```
/// fn load() -> Result<kinerja::Cascade, kinerja::Error> {
///     kinerja::sample::siulak_cascade()
/// }
/// # fn main() -> Result<(), kinerja::Error> { load().map(|_| ()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// See [`ValueError`].
    #[error(transparent)]
    Value(#[from] ValueError),
    /// See [`IdError`].
    #[error(transparent)]
    Id(#[from] IdError),
    /// See [`EmployeeNumberError`].
    #[error(transparent)]
    EmployeeNumber(#[from] EmployeeNumberError),
    /// See [`PeriodError`].
    #[error(transparent)]
    Period(#[from] PeriodError),
    /// See [`AgencyError`].
    #[error(transparent)]
    Agency(#[from] AgencyError),
    /// See [`CascadeError`].
    #[error(transparent)]
    Cascade(#[from] CascadeError),
    /// See [`BandError`].
    #[error(transparent)]
    Band(#[from] BandError),
    /// See [`IndicatorError`].
    #[error(transparent)]
    Indicator(#[from] IndicatorError),
    /// See [`ScoringError`].
    #[error(transparent)]
    Scoring(#[from] ScoringError),
    /// See [`EvaluationError`].
    #[error(transparent)]
    Evaluation(#[from] EvaluationError),
    /// See [`InvalidInputs`](crate::InvalidInputs).
    #[error(transparent)]
    Inputs(#[from] crate::evaluation::InvalidInputs),
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

/// An evaluation that cannot be made as asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum EvaluationError {
    /// A predicate matrix where a better rating gives a worse predicate.
    #[error(
        "the predicate matrix gets worse as ratings improve, at results {results:?}, behaviour {behaviour:?}"
    )]
    MatrixNotMonotone {
        /// The result rating of the offending cell.
        results: crate::evaluation::Rating,
        /// The behaviour rating of the offending cell.
        behaviour: crate::evaluation::Rating,
    },
    /// Rater weights that are negative or do not total 100 %.
    #[error("rater weights must be non-negative and total exactly 100 %, they total {total}")]
    RaterWeights {
        /// The total found.
        total: Decimal,
    },
    /// A count of a behaviour counting rule outside 1 to 7.
    #[error("a behaviour counting rule needs counts from 1 to 7 values, got {count}")]
    ValueCount {
        /// The count given.
        count: u8,
    },
    /// A nine-box number outside 1 to 9.
    #[error("there is no nine-box box {number}; boxes are numbered 1 to 9")]
    NineBoxNumber {
        /// The number given.
        number: u8,
    },
    /// A count of employees that would overflow.
    #[error("a count of employees overflows")]
    CountOverflow,
    /// A unit summary whose counts disagree with its employees.
    #[error(
        "a unit summary of {employees} employees must count each of them once per predicate, result rating and behaviour rating, and box no more of them"
    )]
    InconsistentSummary {
        /// The employees it claims.
        employees: usize,
    },
    /// Leader ratings where a better organisation predicate gives a worse rating.
    #[error(
        "the leader ratings get worse as the organisation predicate improves, at '{predicate}'"
    )]
    LeaderRatingsNotMonotone {
        /// The predicate whose rating is worse than the one below it.
        predicate: crate::evaluation::OrganisationPredicate,
    },
    /// Leader ratings that say nothing for one organisation predicate.
    #[error("the leader ratings give no rating for the organisation predicate '{predicate}'")]
    MissingLeaderRating {
        /// The predicate left out.
        predicate: crate::evaluation::OrganisationPredicate,
    },
    /// A decision or override that must give a reason gives none.
    #[error("a reason must be given")]
    BlankReason,
    /// A plan of one employee used to evaluate another.
    #[error("employee {employee} is evaluated on the plan of employee {plan}")]
    PlanOfAnotherEmployee {
        /// The employee evaluated.
        employee: EmployeeNumber,
        /// The employee the plan belongs to.
        plan: EmployeeNumber,
    },
    /// A calibration that starts from another predicate than the appraisal holds.
    #[error(
        "the calibration of employee {employee} starts from another predicate than their appraisal holds"
    )]
    CalibrationMismatch {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// Inputs with problems (every one of them listed).
    #[error(transparent)]
    InvalidInputs(crate::evaluation::InvalidInputs),
    /// A core value without the ratings it needs.
    #[error("core value '{value}' has no rating from the direct superior (or none at all)")]
    MissingBehaviourRating {
        /// The value.
        value: crate::evaluation::CoreValue,
    },
    /// A period outside the year evaluated.
    #[error("period {period} is outside the year {year}")]
    PeriodOutsideYear {
        /// The period.
        period: Period,
        /// The year.
        year: crate::period::Year,
    },
    /// An employee who is not in the agency or the unit evaluated.
    #[error("employee {employee} is not known here")]
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The same employee twice in one set.
    #[error("employee {employee} appears more than once")]
    DuplicateEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The distribution rules say nothing for this organisation predicate.
    #[error("the distribution rules have no entry for the organisation predicate '{organisation}'")]
    MissingOrganisationPredicate {
        /// The organisation predicate.
        organisation: crate::evaluation::OrganisationPredicate,
    },
    /// A quota percentage outside 0–100.
    #[error("a quota of {percent} % is outside 0-100")]
    QuotaPercent {
        /// The percentage.
        percent: Decimal,
    },
    /// No assignment of predicates meets the quotas while keeping the score order.
    #[error(
        "no assignment of predicates to these {team} employees meets the quotas for {organisation:?} (counts rounded: {rounding:?})"
    )]
    NoCompliantAssignment {
        /// The organisation predicate.
        organisation: crate::evaluation::OrganisationPredicate,
        /// The team size.
        team: usize,
        /// The rounding rule used.
        rounding: crate::evaluation::QuotaRounding,
    },
    /// A team larger than the calibration limit.
    #[error("a team of {team} is larger than the calibration limit of {limit}")]
    TeamTooLarge {
        /// The team size.
        team: usize,
        /// The limit.
        limit: usize,
    },
    /// Positions held in a year whose dates overlap, fall outside the year, or run backwards.
    #[error(
        "employee {employee}: the position held from {from} is not a valid part of the year (dates backwards, outside the year, or overlapping another)"
    )]
    Tenure {
        /// The employee.
        employee: EmployeeNumber,
        /// The start of the offending tenure.
        from: chrono::NaiveDate,
    },
    /// A figure that has no meaning where it was given.
    #[error("{what}: {value} is not allowed")]
    InvalidFigure {
        /// What the figure is.
        what: &'static str,
        /// The figure.
        value: Decimal,
    },
    /// A band table could not classify a value.
    #[error(transparent)]
    Band(#[from] BandError),
    /// Scoring failed.
    #[error(transparent)]
    Scoring(#[from] ScoringError),
}
