//! The parts of the performance tree (pohon kinerja): levels, owners, links and nodes.

use crate::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::num::Weight;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The level of a node in the performance tree.
///
/// Organisational levels run from goal to sub-activity; individual results (RHK) hang below
/// them and below each other, as deep as the reporting lines go (the tree's depth is data).
/// The order of the variants is the order of the levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Tujuan: a goal of the agency, serving one or more missions.
    Goal,
    /// Sasaran strategis: a strategic objective, measured by key indicators (IKU).
    Objective,
    /// Program (sasaran program).
    Programme,
    /// Kegiatan (sasaran kegiatan).
    Activity,
    /// Sub-kegiatan (regional government).
    SubActivity,
    /// Rencana Hasil Kerja (RHK): an individual work result in someone's SKP.
    Result,
}

impl Level {
    /// Whether this is the individual level (RHK) rather than an organisational one.
    #[must_use]
    pub const fn is_individual(self) -> bool {
        matches!(self, Self::Result)
    }

    /// Whether a node of this level may hang below a node of `parent` level: strictly lower
    /// than its parent, except that results may support results.
    #[must_use]
    pub fn may_be_under(self, parent: Self) -> bool {
        self > parent || (self == Self::Result && parent == Self::Result)
    }

    /// Whether hanging this level below `parent` passes over a level in between (a programme
    /// directly below a goal, say). Results may support any organisational level below the
    /// goal, since whose results support which level depends on the job.
    #[must_use]
    pub fn skips_from(self, parent: Self) -> bool {
        match self {
            Self::Result => parent == Self::Goal,
            _ => (self as u8) > (parent as u8) + 1,
        }
    }
}

impl Labelled for Level {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Goal, Language::Indonesian) => "Tujuan",
            (Self::Objective, Language::Indonesian) => "Sasaran Strategis",
            (Self::Programme, Language::Indonesian) => "Program",
            (Self::Activity, Language::Indonesian) => "Kegiatan",
            (Self::SubActivity, Language::Indonesian) => "Sub-kegiatan",
            (Self::Result, Language::Indonesian) => "Rencana Hasil Kerja",
            (Self::Goal, Language::English) => "goal",
            (Self::Objective, Language::English) => "strategic objective",
            (Self::Programme, Language::English) => "programme",
            (Self::Activity, Language::English) => "activity",
            (Self::SubActivity, Language::English) => "sub-activity",
            (Self::Result, Language::English) => "work result",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Language::English))
    }
}

/// How a child's figures relate to its parent's (intervensi).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Direct cascading: the child's realisation adds into the parent's.
    Direct,
    /// Indirect cascading: the child supports the parent, whose number is measured on its own.
    Indirect,
}

impl Labelled for LinkKind {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Direct, Language::Indonesian) => "kaskade langsung",
            (Self::Indirect, Language::Indonesian) => "kaskade tidak langsung",
            (Self::Direct, Language::English) => "direct",
            (Self::Indirect, Language::English) => "indirect",
        }
    }
}

/// A node's link to the node it serves.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ParentLink {
    /// The parent node.
    pub node: NodeId,
    /// Direct or indirect.
    pub kind: LinkKind,
}

crate::objects_only::objects_only!(ParentLink);

/// Who is accountable for a node.
///
/// On the wire: `{"unit": "DIK"}`, `{"position": "KADIS"}`,
/// `{"employee": {"kind": "pns", "number": "…"}}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// An organisational unit (for goals, objectives, programmes, activities).
    Unit(UnitId),
    /// A position: the result applies to every holder.
    Position(PositionId),
    /// One employee.
    Employee(EmployeeNumber),
}

impl Owner {
    /// The owner named in `language`, e.g. "jabatan `KADIS`" or "position `KADIS`".
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (Self::Unit(id), _) => format!("unit `{id}`"),
            (Self::Position(id), Language::Indonesian) => format!("jabatan `{id}`"),
            (Self::Position(id), Language::English) => format!("position `{id}`"),
            (Self::Employee(number), Language::Indonesian) => format!("pegawai {number}"),
            (Self::Employee(number), Language::English) => format!("employee {number}"),
        }
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// Whether an individual result is a main or an additional one.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResultCategory {
    /// Hasil kerja utama.
    #[default]
    Main,
    /// Hasil kerja tambahan.
    Additional,
}

impl ResultCategory {
    pub(crate) fn is_main(&self) -> bool {
        *self == Self::Main
    }
}

impl Labelled for ResultCategory {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Main, Language::Indonesian) => "utama",
            (Self::Additional, Language::Indonesian) => "tambahan",
            (Self::Main, Language::English) => "main",
            (Self::Additional, Language::English) => "additional",
        }
    }
}

/// The perspective of a senior executive's (JPT) result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Perspective {
    /// Perspektif penerima layanan.
    ServiceRecipients,
    /// Perspektif proses bisnis.
    BusinessProcess,
    /// Perspektif penguatan internal.
    InternalStrengthening,
    /// Perspektif anggaran.
    Budget,
}

impl Labelled for Perspective {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::ServiceRecipients, Language::Indonesian) => "Penerima Layanan",
            (Self::BusinessProcess, Language::Indonesian) => "Proses Bisnis",
            (Self::InternalStrengthening, Language::Indonesian) => "Penguatan Internal",
            (Self::Budget, Language::Indonesian) => "Anggaran",
            (Self::ServiceRecipients, Language::English) => "service recipients",
            (Self::BusinessProcess, Language::English) => "business process",
            (Self::InternalStrengthening, Language::English) => "internal strengthening",
            (Self::Budget, Language::English) => "budget",
        }
    }
}

/// An indicator attached to a node: a key indicator (IKU) on organisational levels, an
/// individual indicator (IKI) on results. How it is measured and scored is defined by the
/// indicator's definition, keyed by the same id.
///
/// An indicator may carry its weight within its node (bobot indikator): the node's
/// indicators are then all weighted and total exactly 100 %, or none is and they weigh
/// equally.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Indicator {
    id: IndicatorId,
    statement: String,
    unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weight: Option<Weight>,
}

crate::objects_only::objects_only!(Indicator);

impl Indicator {
    /// An indicator with its unit of measure (satuan), e.g. `"persen"`, `"dokumen"`, `"hari"`.
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::id::IdError> {
    /// use kinerja::id::IndicatorId;
    /// use kinerja::cascade::Indicator;
    /// let iku = Indicator::new(IndicatorId::new("IKU-1")?, "Angka partisipasi murni SD", "persen");
    /// assert_eq!(iku.unit(), "persen");
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn new(id: IndicatorId, statement: impl Into<String>, unit: impl Into<String>) -> Self {
        Self {
            id,
            statement: statement.into(),
            unit: unit.into(),
            weight: None,
        }
    }

    /// The same indicator with its weight within its node (bobot indikator).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::id::IndicatorId;
    /// use kinerja::cascade::Indicator;
    /// use kinerja::num::Weight;
    /// let iki = Indicator::new(IndicatorId::new("IKI-1")?, "Dokumen yang diverifikasi", "dokumen")
    ///     .weighted(Weight::new(60.into())?);
    /// assert_eq!(iki.weight(), Some(Weight::new(60.into())?));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn weighted(mut self, weight: Weight) -> Self {
        self.weight = Some(weight);
        self
    }

    /// The weight within its node, if weighted.
    #[must_use]
    pub const fn weight(&self) -> Option<Weight> {
        self.weight
    }

    /// The indicator's id, unique in the cascade.
    #[must_use]
    pub const fn id(&self) -> &IndicatorId {
        &self.id
    }

    /// What is measured.
    #[must_use]
    pub fn statement(&self) -> &str {
        &self.statement
    }

    /// The unit of measure (satuan).
    #[must_use]
    pub fn unit(&self) -> &str {
        &self.unit
    }
}

/// A node of the performance tree before it is placed in a validated
/// [`Cascade`](crate::Cascade).
///
/// Three weights are kept apart, each optional and each validated by the cascade:
/// - the **contribution** of a node to its parent ([`Node::contributing`]): among one
///   parent's children all or none are weighted, totalling 100 %; the organisation's
///   achievement weighs its objectives by it;
/// - the **plan weight** of a main result in its owner's plan (bobot RHK,
///   [`Node::with_plan_weight`]): among the main results of one employee's plan (their own
///   and their position's) all or none are weighted, totalling 100 %;
/// - the **weight of an indicator** within its node ([`Indicator::weighted`]).
///
/// Where none is given, the parts weigh equally.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{cascade::*, prelude::*};
/// let goal = Node::new(NodeId::new("T1")?, Level::Goal, "Mutu pendidikan dasar meningkat",
///         Owner::Unit(UnitId::new("DIK")?))
///     .serving(MissionId::new("M1")?);
/// let objective = Node::new(NodeId::new("SS1")?, Level::Objective, "Meningkatnya kelulusan SD",
///         Owner::Unit(UnitId::new("DIK")?))
///     .under(goal.id().clone(), LinkKind::Indirect)
///     .indicator(Indicator::new(IndicatorId::new("IKU-1")?, "Angka kelulusan SD", "persen"));
/// assert_eq!(objective.parent().map(|p| &p.node), Some(goal.id()));
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::cascade::Node> = serde_json::from_str(r#"
/// [
///   {
///     "id": "R0",
///     "level": "result",
///     "statement": "Pernyataan",
///     "owner": {
///       "position": "P0"
///     },
///     "parent": {
///       "node": "S1",
///       "kind": "direct"
///     },
///     "indicators": [
///       {
///         "id": "I-R0",
///         "statement": "Indikator",
///         "unit": "persen"
///       }
///     ]
///   },
///   {
///     "id": "R1",
///     "level": "result",
///     "statement": "Pernyataan",
///     "owner": {
///       "position": "P1"
///     },
///     "parent": {
///       "node": "R0",
///       "kind": "direct"
///     },
///     "indicators": [
///       {
///         "id": "I-R1",
///         "statement": "Indikator",
///         "unit": "persen"
///       }
///     ]
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Node {
    id: NodeId,
    level: Level,
    statement: String,
    owner: Owner,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<ParentLink>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    missions: Vec<MissionId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contribution: Option<Weight>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan_weight: Option<Weight>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    indicators: Vec<Indicator>,
    #[serde(default, skip_serializing_if = "ResultCategory::is_main")]
    category: ResultCategory,
    #[serde(default, skip_serializing_if = "is_false")]
    shared: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    perspective: Option<Perspective>,
    #[serde(default, skip_serializing_if = "is_false")]
    keeps_own_figure: bool,
}

crate::objects_only::objects_only!(Node);

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
const fn is_false(value: &bool) -> bool {
    !*value
}

impl Node {
    /// A node with no parent, weight, indicator or mission yet.
    #[must_use]
    pub fn new(id: NodeId, level: Level, statement: impl Into<String>, owner: Owner) -> Self {
        Self {
            id,
            level,
            statement: statement.into(),
            owner,
            parent: None,
            missions: Vec::new(),
            contribution: None,
            plan_weight: None,
            indicators: Vec::new(),
            category: ResultCategory::Main,
            shared: false,
            perspective: None,
            keeps_own_figure: false,
        }
    }

    /// The same node placed under `parent`.
    #[must_use]
    pub fn under(mut self, parent: NodeId, kind: LinkKind) -> Self {
        self.parent = Some(ParentLink { node: parent, kind });
        self
    }

    /// The same goal also serving `mission` (goals only).
    #[must_use]
    pub fn serving(mut self, mission: MissionId) -> Self {
        self.missions.push(mission);
        self
    }

    /// The same node with its contribution to its parent: its weight among its siblings.
    #[must_use]
    pub fn contributing(mut self, weight: Weight) -> Self {
        self.contribution = Some(weight);
        self
    }

    /// The same main result with its weight in its owner's plan (bobot RHK).
    #[must_use]
    pub fn with_plan_weight(mut self, weight: Weight) -> Self {
        self.plan_weight = Some(weight);
        self
    }

    /// The same result declared a shared team result (hasil kerja bersama): when its
    /// position has several holders, they share one set of realisations on purpose, instead
    /// of each being measured on their own.
    #[must_use]
    pub fn shared(mut self) -> Self {
        self.shared = true;
        self
    }

    /// The same node declared to keep a figure of its own (`"keeps_own_figure": true` on the
    /// wire): where directly linked children add into it, its own realisations of its
    /// roll-up indicator (its first) are added to theirs, because the node does work of its
    /// own besides its staff's.
    ///
    /// By default (`false`) a node whose figure sums up from its children takes no
    /// realisation of its own: one typed there is refused
    /// ([`ScoringError::OwnFigureOfSummedNode`](crate::scoring::ScoringError::OwnFigureOfSummedNode),
    /// and in the agency's record checks
    /// [`InputProblem::OwnFigureOfSummedNode`](crate::evaluation::InputProblem::OwnFigureOfSummedNode)),
    /// since adding a figure that was meant as the total would count the staff's work twice.
    /// A node that nothing adds into keeps its realisations either way.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::{cascade::*, prelude::*};
    /// let section = Node::new(NodeId::new("R-KASI")?, Level::Result, "Data sekolah mutakhir",
    ///         Owner::Position(PositionId::new("KASI")?))
    ///     .keeping_own_figure();
    /// assert!(section.keeps_own_figure());
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn keeping_own_figure(mut self) -> Self {
        self.keeps_own_figure = true;
        self
    }

    /// Whether the node keeps a figure of its own beside what its directly linked children
    /// add into it ([`Node::keeping_own_figure`]).
    #[must_use]
    pub const fn keeps_own_figure(&self) -> bool {
        self.keeps_own_figure
    }

    /// The same node with one more indicator.
    #[must_use]
    pub fn indicator(mut self, indicator: Indicator) -> Self {
        self.indicators.push(indicator);
        self
    }

    /// The same result marked as additional (tambahan) rather than main (results only).
    #[must_use]
    pub fn additional(mut self) -> Self {
        self.category = ResultCategory::Additional;
        self
    }

    /// The same result with a senior executive's perspective.
    #[must_use]
    pub fn with_perspective(mut self, perspective: Perspective) -> Self {
        self.perspective = Some(perspective);
        self
    }

    /// The node's id.
    #[must_use]
    pub const fn id(&self) -> &NodeId {
        &self.id
    }

    /// The node's level.
    #[must_use]
    pub const fn level(&self) -> Level {
        self.level
    }

    /// What the node states (the goal, objective or result statement).
    #[must_use]
    pub fn statement(&self) -> &str {
        &self.statement
    }

    /// Who is accountable.
    #[must_use]
    pub const fn owner(&self) -> &Owner {
        &self.owner
    }

    /// The link to the parent, if any.
    #[must_use]
    pub const fn parent(&self) -> Option<&ParentLink> {
        self.parent.as_ref()
    }

    /// The missions a goal serves.
    #[must_use]
    pub fn missions(&self) -> &[MissionId] {
        &self.missions
    }

    /// The contribution to the parent (the weight among siblings), if weighted.
    #[must_use]
    pub const fn contribution(&self) -> Option<Weight> {
        self.contribution
    }

    /// The weight in the owner's plan (bobot RHK), if weighted.
    #[must_use]
    pub const fn plan_weight(&self) -> Option<Weight> {
        self.plan_weight
    }

    /// Whether the result is a shared team result.
    #[must_use]
    pub const fn is_shared(&self) -> bool {
        self.shared
    }

    /// The indicators.
    #[must_use]
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// Main or additional (meaningful for results).
    #[must_use]
    pub const fn category(&self) -> ResultCategory {
        self.category
    }

    /// The perspective of a senior executive's result, if given.
    #[must_use]
    pub const fn perspective(&self) -> Option<Perspective> {
        self.perspective
    }
}
