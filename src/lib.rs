//! # kinerja
//!
//! Needs-based performance management for civil servants, as typed rules with no I/O: the
//! Indonesian ASN system first (SKP, BerAKHLAK, predikat kinerja, 20 JP of development a
//! year), general enough for any public organisation.
//!
//! The crate never reads a file, a clock, the network or the environment: callers pass
//! everything in and get values back. Every figure is an exact [`rust_decimal::Decimal`].
//!
//! ## The flow
//!
//! ```text
//! org ──► cascade ──► agreement ──► measure ──► score ──► evaluate ──► develop
//! ```
//!
//! 1. **Organisation** ([`Agency`]): vision (visi), missions (misi), units, positions with
//!    job levels and reporting lines, employees identified by NIP or NI PPPK
//!    ([`EmployeeNumber`](nip::EmployeeNumber)).
//! 2. **Cascade** ([`Cascade`]): the performance tree (pohon kinerja) from goals through
//!    strategic objectives, programmes and activities to every employee's work results (RHK),
//!    validated on construction, with [alignment diagnostics](Cascade::diagnose), the
//!    [role–result matrix](Cascade::role_result_matrix) and [Mermaid](Cascade::to_mermaid) /
//!    [DOT](Cascade::to_dot) export.
//!
//!    The cascade keeps three weights apart, all optional and validated: a node's
//!    contribution to its parent, a main result's weight in its owner's plan (bobot RHK) and
//!    an indicator's weight within its node; where none is given, parts weigh equally.
//!
//! 3. **Measure and score**: [`IndicatorDefinition`](measure::IndicatorDefinition)s (unit, [`Polarity`](measure::Polarity), aspect, floor and
//!    cap, targets per period including range targets, how periods make the year),
//!    [`Realisation`](measure::Realisation)s with evidence, each the team's or attributed to one employee (so the
//!    holders of one position are measured one by one unless their result is declared
//!    shared), [`ScoringPlan`](scoring::ScoringPlan)s read from the cascade with its weights, an
//!    [explanation](scoring::ScoringPlan::explain) of every score, the
//!    [inverse question](scoring::ScoringPlan::required_realisation), [roll-up](Cascade::roll_up)
//!    along direct links and the [organisation's achievement](evaluation::organisation_score).
//!    Band tables and value maps are data ([`BandTable`](scoring::BandTable), [`ValueMap`](scoring::ValueMap)); the regulations'
//!    tables are in [`preset`](regulation).
//!
//! 4. **Evaluate**: a whole agency's year from its [`AgencyRecords`] (rules, cascade,
//!    definitions, realisations, each employee's [`EmployeeRecords`](evaluation::EmployeeRecords) per period), checked
//!    together by [`AgencyInput::new`], which names every problem at once
//!    ([`InputProblem`](evaluation::InputProblem), in Indonesian and English), then [`appraise_agency`]: the
//!    organisation's predicate from its weighted objectives through a band table (or the next
//!    leader's [`OrganisationDecision`](evaluation::OrganisationDecision)), its leaders rated by it, periodic (quarterly by
//!    default, to date) and [annual appraisals](evaluation::appraise_year) with a result [`Rating`](evaluation::Rating) from
//!    configurable thresholds, a reasoned leader [`Override`](evaluation::Override), improvement areas from the
//!    data, behaviour against the seven BerAKHLAK [`CoreValue`](evaluation::CoreValue)s from several raters, the
//!    [`PredicateMatrix`](evaluation::PredicateMatrix) of PermenPANRB 6/2022, the SE 3/2023 [`DistributionRules`](evaluation::DistributionRules) with an
//!    explicit [`QuotaRounding`](evaluation::QuotaRounding), and an exact [calibration](evaluation::calibrate) applied to the
//!    appraisals ([`AgencyAppraisal::calibrated`]). How an agency counts is data
//!    ([`EvaluationRules`](evaluation::EvaluationRules)): where figures are rounded ([`RoundingPoint`](scoring::RoundingPoint)), how the annual
//!    figure is made ([`AnnualBasis`](evaluation::AnnualBasis)), how behaviour is rated ([`BehaviourMethod`](evaluation::BehaviourMethod)). Also the
//!    numeric regimes ([`pp30_final`](evaluation::pp30_final), [`permenpanrb_8_2021_final`](evaluation::permenpanrb_8_2021_final), [`pp46_final`](evaluation::pp46_final)),
//!    [credit points](evaluation::credit_points), the talent [nine-box](evaluation::NineBoxRules), mergeable
//!    [`UnitSummary`](evaluation::UnitSummary)s and [mid-year pro-rating](evaluation::pro_rate).
//!
//! Values: [`Percent`](num::Percent), [`Weight`](num::Weight), [`Score`](num::Score) and the one [`Rounding`](num::Rounding) rule; calendar
//! [`Period`](period::Period)s (year, semester, quarter, month) and [`Span`](period::Span)s (the year to date).
//!
//! ## Example
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use kinerja::Language;
//! use kinerja::cascade::Finding;
//! let cascade = kinerja::sample::siulak_cascade()?;
//! let report = cascade.diagnose();
//! for finding in report.findings() {
//!     println!("{}", finding.describe(Language::Indonesian));
//! }
//! assert!(report.findings().iter().any(|f| matches!(f, Finding::EmployeeWithoutResults { .. })));
//! # Ok(()) }
//! ```
//!
//! A whole agency's year, from JSON in to JSON out:
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use kinerja::{AgencyInput, AgencyRecords, Language, appraise_agency};
//! # let json = serde_json::to_string(&kinerja::sample::siulak_records()?)?;
//! let records: AgencyRecords = serde_json::from_str(&json)?;
//! let input = match AgencyInput::new(records) {
//!     Ok(input) => input,
//!     Err(problems) => {
//!         eprint!("{}", problems.describe(Language::Indonesian));
//!         return Err(problems.into());
//!     }
//! };
//! let year = appraise_agency(&input)?.calibrated(input.rules(), kinerja::evaluation::DEFAULT_MAX_TEAM)?;
//! let out = serde_json::to_string(&year)?;
//! # assert!(out.contains("\"predicate\""));
//! # Ok(()) }
//! ```
//!
//! ## Principles
//!
//! - **Rules are data**: every rule an agency may set is a serde value with a preset.
//! - **Parse, don't validate**: raw input becomes a validated type through one fallible door
//!   (`new`, `build`, or deserialisation, which goes through the same checks).
//! - **Total**: no input panics, loops forever or overflows the stack; every failure is a
//!   typed error naming the offending id and rule.
//! - **Deterministic**: collections are kept sorted by id; results never depend on input order.
//!
//! ## Wire format
//!
//! Serde everywhere, `snake_case` names, unknown fields refused, decimals as strings
//! (`"87.5"`), periods as text (`"2026-Q3"`), dates as ISO strings.
//!
//! ## Glossary
//!
//! | Indonesian | English (in this crate) |
//! |---|---|
//! | instansi | agency ([`Agency`]) |
//! | visi, misi | vision, mission ([`Mission`](org::Mission)) |
//! | tujuan | goal ([`Level::Goal`](cascade::Level::Goal)) |
//! | sasaran strategis, IKU | strategic objective, key indicator ([`Level::Objective`](cascade::Level::Objective), [`Indicator`](cascade::Indicator)) |
//! | program, kegiatan, sub-kegiatan | programme, activity, sub-activity |
//! | pohon kinerja | performance tree ([`Cascade`]) |
//! | rencana hasil kerja (RHK), IKI | work result, individual indicator ([`Level::Result`](cascade::Level::Result)) |
//! | intervensi langsung / tidak langsung | direct / indirect link ([`LinkKind`](cascade::LinkKind)) |
//! | matriks pembagian peran dan hasil | role–result matrix ([`RoleResultMatrix`](cascade::RoleResultMatrix)) |
//! | unit kerja, jabatan, jenjang jabatan | unit, position, job level ([`Unit`](org::Unit), [`Position`](org::Position), [`JobLevel`](org::JobLevel)) |
//! | atasan langsung | direct superior ([`Position::reports_to`](org::Position::reports_to)) |
//! | pegawai, PNS, PPPK, NIP | employee, civil servant, contract employee, employee number |
//! | capaian | achievement ([`Percent`](num::Percent), [`IndicatorDefinition::achievement`](measure::IndicatorDefinition::achievement)) |
//! | realisasi, bukti dukung | realisation, evidence ([`Realisation`](measure::Realisation)) |
//! | target triwulanan, kumulatif | quarterly target, cumulative basis ([`Target`](measure::Target), [`PeriodBasis`](measure::PeriodBasis)) |
//! | kuantitas, kualitas, waktu, biaya | quantity, quality, time, cost ([`Aspect`](measure::Aspect)) |
//! | bobot | weight ([`Weight`](num::Weight)): contribution ([`Node::contributing`](cascade::Node::contributing)), plan weight, bobot RHK ([`Node::with_plan_weight`](cascade::Node::with_plan_weight)), indicator weight ([`Indicator::weighted`](cascade::Indicator::weighted)) |
//! | hasil kerja bersama | shared result ([`Node::shared`](cascade::Node::shared)) |
//! | target rentang | range target ([`Target::Band`](measure::Target::Band) on a maximise or minimise indicator) |
//! | nilai | score ([`Score`](num::Score)) |
//! | triwulan, semester | quarter, semester ([`Period`](period::Period)) |
//! | penilaian kinerja periodik / tahunan | periodic / annual evaluation ([`Appraisal`](evaluation::Appraisal)) |
//! | ekspektasi (di atas, sesuai, di bawah) | rating (above, meets, below) ([`Rating`](evaluation::Rating)) |
//! | perilaku kerja, nilai dasar BerAKHLAK, ekspektasi khusus | behaviour, core value, specific expectation ([`CoreValue`](evaluation::CoreValue)) |
//! | predikat kinerja pegawai / organisasi | predicate / organisation predicate ([`Predicate`](evaluation::Predicate), [`OrganisationPredicate`](evaluation::OrganisationPredicate), [`OrganisationOutcome`](evaluation::OrganisationOutcome)) |
//! | capaian kinerja organisasi | the organisation's achievement ([`OrganisationScore`](evaluation::OrganisationScore)) |
//! | umpan balik, catatan pimpinan | the leader's notes ([`EmployeeRecords`](evaluation::EmployeeRecords)) |
//! | kurva distribusi, kalibrasi | distribution rules, calibration ([`DistributionRules`](evaluation::DistributionRules), [`calibrate`](evaluation::calibrate)) |
//! | angka kredit | credit points ([`credit_points`](evaluation::credit_points)) |
//! | kotak manajemen talenta | nine-box ([`NineBoxRules`](evaluation::NineBoxRules)) |

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod cascade;
mod decimal_text;
mod error;
pub mod evaluation;
mod forest;
mod groups;
pub mod id;
mod label;
pub mod measure;
pub mod nip;
pub mod num;
pub mod org;
pub mod period;
pub mod regulation;
pub mod sample;
pub mod scoring;
mod sorted;
mod text;

/// The README's examples are compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use cascade::Cascade;
pub use error::Error;
pub use evaluation::{AgencyAppraisal, AgencyInput, AgencyRecords, appraise_agency, check_records};
pub use label::{Labelled, Language};
pub use org::Agency;

/// The names nearly every caller needs, for a glob import: `use kinerja::prelude::*;`.
///
/// It holds the value types, the ids, the calendar, the organisation, the cascade, the
/// indicator definitions and realisations, the plan and the agency's year; nothing generic
/// enough (`Error`, `Level`, `Target`, `Span`, `Unit`) to collide with a caller's own names.
///
/// ```
/// use kinerja::prelude::*;
/// # fn main() -> Result<(), kinerja::Error> {
/// let input = AgencyInput::new(kinerja::sample::siulak_records()?)?;
/// let year = appraise_agency(&input)?;
/// assert!(!year.employees.is_empty());
/// # Ok(()) }
/// ```
pub mod prelude {
    pub use crate::cascade::Cascade;
    pub use crate::evaluation::{
        AgencyAppraisal, AgencyInput, AgencyRecords, EvaluationRules, Predicate, Rating,
        appraise_agency,
    };
    pub use crate::id::{IndicatorId, MissionId, NodeId, PositionId, UnitId};
    pub use crate::label::{Labelled, Language};
    pub use crate::measure::{
        Definitions, IndicatorDefinition, Measurements, Polarity, Realisation,
    };
    pub use crate::nip::{EmployeeKind, EmployeeNumber};
    pub use crate::num::{Percent, Rounding, Score, Weight};
    pub use crate::org::{Agency, Employee};
    pub use crate::period::{Period, Quarter, Year};
    pub use crate::scoring::{ScoringPlan, WeightPolicy};
}
