//! The scoring stage's errors: weights, plans, band tables, value maps, the inverse
//! question and the roll-up. Errors of the indicators scored arrive wrapped, once, as
//! [`ScoringError::Measure`].

use super::policy::WeightPolicy;
use crate::id::{IndicatorId, NodeId};
use crate::label::{Labelled, Language};
use crate::measure::MeasureError;
use crate::nip::EmployeeNumber;
use crate::period::{Period, Span};
use rust_decimal::Decimal;
use std::fmt;
use thiserror::Error;

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
    /// No band of the table has the label asked for.
    #[error("no band of the table has this label")]
    NoSuchLabel,
    /// The value lies outside every band.
    #[error("{value} lies outside the table's bands")]
    OutOfDomain {
        /// The value classified.
        value: Decimal,
    },
}

/// A set of weighted parts, named in a [`ScoringError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Weighed {
    /// The results of a plan.
    Plan,
    /// The indicators of one node (a result, or an objective of the organisation).
    Indicators(NodeId),
    /// The parts handed to [`WeightPolicy::combine`](super::WeightPolicy::combine).
    Parts,
    /// The organisation's strategic objectives.
    Objectives,
}

impl fmt::Display for Weighed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Plan => f.write_str("the plan's results"),
            Self::Indicators(node) => write!(f, "the indicators of `{node}`"),
            Self::Parts => f.write_str("the parts"),
            Self::Objectives => f.write_str("the organisation's objectives"),
        }
    }
}

/// One weighted part, named in a [`ScoringError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Part {
    /// A result of a plan.
    Result(NodeId),
    /// An indicator of a result.
    Indicator(IndicatorId),
    /// A strategic objective of the organisation.
    Objective(NodeId),
    /// A part with no id of its own: the `number`-th (from 1) of a set.
    Numbered {
        /// The set.
        of: Weighed,
        /// Its position, from 1.
        number: usize,
    },
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Result(node) => write!(f, "result `{node}`"),
            Self::Indicator(indicator) => write!(f, "indicator `{indicator}`"),
            Self::Objective(node) => write!(f, "objective `{node}`"),
            Self::Numbered { of, number } => write!(f, "{of}, part {number}"),
        }
    }
}

/// The scoring formula that left the range of exact decimals, named in
/// [`ScoringError::Overflow`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScoringFormula {
    /// A weighted mean: Σ weight × value / Σ weight.
    WeightedMean,
    /// A straight line of a value map: a + slope × (x − x₀).
    Line,
    /// The inverse question's search: steps × step size.
    InverseSearch,
}

impl fmt::Display for ScoringFormula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::WeightedMean => "weighted mean",
            Self::Line => "straight line of a value map",
            Self::InverseSearch => "search for the realisation needed",
        })
    }
}

/// A plan, weight set, scale or roll-up that cannot be scored.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ScoringError {
    /// An indicator could not be measured.
    #[error(transparent)]
    Measure(#[from] MeasureError),
    /// A value is outside a band table, or the table is not a clean cut of its scale.
    #[error(transparent)]
    Band(#[from] BandError),
    /// A realisation is in a different unit of measure from the one it is added to.
    #[error("node `{node}` adds {child_unit} from `{child}` into its own {unit}")]
    UnitMismatch {
        /// The parent node.
        node: NodeId,
        /// Its unit of measure (satuan), or "(no indicator)" when it has none.
        unit: String,
        /// The direct child.
        child: NodeId,
        /// The child's unit of measure.
        child_unit: String,
    },
    /// A realisation typed for a node whose figure sums up from its directly linked
    /// children, which does not declare that it keeps a figure of its own
    /// ([`Node::keeping_own_figure`](crate::cascade::Node::keeping_own_figure)).
    #[error(
        "realisation of indicator `{indicator}`, period {period}, is typed for \"{statement}\" (`{node}`), whose figure is the sum of its children's ({}); remove it, or declare `keeps_own_figure` on `{node}` if it does work of its own to add to theirs",
        crate::scoring::node_ids(.children)
    )]
    OwnFigureOfSummedNode {
        /// The node.
        node: NodeId,
        /// Its statement.
        statement: String,
        /// Its roll-up indicator.
        indicator: IndicatorId,
        /// The realisation's period.
        period: Period,
        /// The directly linked children that add into it, in id order.
        children: Vec<NodeId>,
    },
    /// A weight is negative.
    #[error("{part}: weight {weight} is negative")]
    NegativeWeight {
        /// The weighted part.
        part: Part,
        /// The weight.
        weight: Decimal,
    },
    /// Under the strict policy the weights must total exactly 100.
    #[error("weights of {of} total {total}, not 100")]
    WeightsNotWhole {
        /// What is weighted.
        of: Weighed,
        /// The exact total.
        total: Decimal,
    },
    /// All weights are zero, so nothing can be scaled to 100 %.
    #[error("weights of {of} are all zero")]
    AllZeroWeights {
        /// What is weighted.
        of: Weighed,
    },
    /// A weighted set with nothing in it.
    #[error("{of}: there is nothing to weigh")]
    EmptySet {
        /// What is weighted.
        of: Weighed,
    },
    /// A part has no value and the policy does not let it drop out.
    #[error("{part} has no value and the {} weight policy does not let it drop out", .policy.name())]
    MissingPart {
        /// The part.
        part: Part,
        /// The policy.
        policy: WeightPolicy,
    },
    /// A result or indicator appears twice in one plan.
    #[error("{part} appears more than once in the plan")]
    RepeatedInPlan {
        /// What is repeated.
        part: Part,
    },
    /// A plan's statements name a result or indicator the plan does not hold.
    #[error("{part} has a statement but is not in the plan")]
    StatementOfUnknownPart {
        /// The part named.
        part: Part,
    },
    /// Nothing at all was measured in what was scored.
    #[error("nothing in {of} was measured")]
    NothingMeasured {
        /// What was scored.
        of: Weighed,
    },
    /// No indicator of a plan has a target within the months scored.
    #[error("nothing in the plan is due within {scope}")]
    NothingDue {
        /// The months scored.
        scope: Span,
    },
    /// An employee who is not in the agency.
    #[error("employee {employee} is not in the agency")]
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// The inverse question names an indicator the plan does not hold.
    #[error("indicator `{indicator}` is not in the plan")]
    NotInPlan {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// The inverse question has no answer.
    #[error("indicator `{indicator}`: no realisation in {period} reaches band {band}")]
    Unreachable {
        /// The indicator varied.
        indicator: IndicatorId,
        /// The period whose realisation was varied.
        period: Period,
        /// The least band that counts as reached (counted from 0, lowest first).
        band: usize,
    },
    /// A line with a zero run has no slope.
    #[error("a line's run may not be zero")]
    ZeroRun,
    /// Figures, or a slot, made for a shared plan of another shape.
    #[error("figures of {slots} slots do not fit a shared plan of {expected} slots")]
    ForeignFigures {
        /// The slots the figures hold (or reach).
        slots: usize,
        /// The slots the plan has (or needs).
        expected: usize,
    },
    /// A formula left the range of exact decimals.
    #[error("the {formula} left the range of exact decimals")]
    Overflow {
        /// The formula.
        formula: ScoringFormula,
    },
}

/// Ids in backticks, separated by commas: "`A`, `B`".
pub(crate) fn ids(ids: &[NodeId]) -> String {
    ids.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ScoringError {
    /// The overflow of a weighted mean.
    pub(crate) const WEIGHTED_MEAN: Self = Self::Overflow {
        formula: ScoringFormula::WeightedMean,
    };
}

impl BandError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match self {
            _ if language == Language::English => self.to_string(),
            Self::Empty => "tabel rentang perlu paling sedikit satu rentang".to_owned(),
            Self::EmptyBand { index } => {
                format!("rentang {index} kosong: batas bawahnya tidak di bawah batas atasnya")
            }
            Self::OpenInside { index } => format!(
                "rentang {index} terbuka tetapi bukan yang pertama (terbuka ke bawah) atau terakhir (terbuka ke atas)"
            ),
            Self::Gap { index } => format!(
                "ada celah di bawah rentang {index}: ia tidak mulai di ujung rentang sebelumnya"
            ),
            Self::Overlap { index } => {
                format!("rentang {index} tumpang tindih dengan rentang sebelumnya")
            }
            Self::ConditionOnLowest => "rentang terendah tidak boleh bersyarat".to_owned(),
            Self::NoSuchLabel => "tidak ada rentang tabel dengan label ini".to_owned(),
            Self::OutOfDomain { value } => format!("{value} berada di luar rentang tabel"),
        }
    }
}

impl Weighed {
    /// The weighted set in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Plan, _) => "hasil kerja dalam SKP".to_owned(),
            (Self::Indicators(node), _) => format!("indikator `{node}`"),
            (Self::Parts, _) => "bagian-bagiannya".to_owned(),
            (Self::Objectives, _) => "sasaran strategis organisasi".to_owned(),
        }
    }
}

impl Part {
    /// The part in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Result(node), _) => format!("hasil kerja `{node}`"),
            (Self::Indicator(indicator), _) => format!("indikator `{indicator}`"),
            (Self::Objective(node), _) => format!("sasaran `{node}`"),
            (Self::Numbered { of, number }, _) => {
                format!("{}, bagian {number}", of.describe(language))
            }
        }
    }
}

impl ScoringFormula {
    /// The formula in Indonesian or English.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::WeightedMean, _) => "rata-rata tertimbang".to_owned(),
            (Self::Line, _) => "garis lurus peta nilai".to_owned(),
            (Self::InverseSearch, _) => "pencarian realisasi yang diperlukan".to_owned(),
        }
    }
}

impl ScoringError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match self {
            Self::Measure(error) => error.describe(language),
            Self::Band(error) => error.describe(language),
            _ if language == Language::English => self.to_string(),
            Self::UnitMismatch {
                node,
                unit,
                child,
                child_unit,
            } => format!(
                "simpul `{node}` menjumlahkan {child_unit} dari `{child}` ke dalam {unit} miliknya"
            ),
            Self::OwnFigureOfSummedNode {
                node,
                statement,
                indicator,
                period,
                children,
            } => format!(
                "realisasi indikator `{indicator}` periode {period} diisi untuk \"{statement}\" (`{node}`), padahal angkanya jumlah angka bawahannya ({}); hapus realisasi itu, atau nyatakan `keeps_own_figure` pada `{node}` bila ia punya hasil sendiri yang ditambahkan",
                ids(children)
            ),
            Self::NegativeWeight { part, weight } => {
                format!("{}: bobot {weight} negatif", part.describe(language))
            }
            Self::WeightsNotWhole { of, total } => format!(
                "bobot {} berjumlah {total}, bukan 100",
                of.describe(language)
            ),
            Self::AllZeroWeights { of } => {
                format!("bobot {} semuanya nol", of.describe(language))
            }
            Self::EmptySet { of } => {
                format!("{}: tidak ada yang ditimbang", of.describe(language))
            }
            Self::MissingPart { part, policy } => format!(
                "{} tidak bernilai dan kebijakan bobot '{}' tidak membiarkannya keluar",
                part.describe(language),
                policy.label(language)
            ),
            Self::RepeatedInPlan { part } => {
                format!(
                    "{} muncul lebih dari sekali dalam SKP",
                    part.describe(language)
                )
            }
            Self::StatementOfUnknownPart { part } => format!(
                "{} diberi pernyataan tetapi tidak ada dalam SKP",
                part.describe(language)
            ),
            Self::NothingMeasured { of } => {
                format!("tidak ada yang terukur dalam {}", of.describe(language))
            }
            Self::NothingDue { scope } => {
                format!("tidak ada bagian SKP yang jatuh tempo dalam {scope}")
            }
            Self::UnknownEmployee { employee } => {
                format!("pegawai {employee} tidak ada di instansi")
            }
            Self::NotInPlan { indicator } => {
                format!("indikator `{indicator}` tidak ada dalam SKP")
            }
            Self::Unreachable {
                indicator,
                period,
                band,
            } => format!(
                "indikator `{indicator}`: tidak ada realisasi pada {period} yang mencapai rentang {band}"
            ),
            Self::ZeroRun => "garis dengan jarak nol tidak punya kemiringan".to_owned(),
            Self::ForeignFigures { slots, expected } => format!(
                "angka dengan {slots} slot tidak cocok dengan rencana bersama berslot {expected}"
            ),
            Self::Overflow { formula } => format!(
                "{} keluar dari jangkauan desimal tepat",
                formula.describe(language)
            ),
        }
    }
}

crate::refusal::told_by_describe!(ScoringError);
