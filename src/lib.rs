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
//!    ([`EmployeeNumber`]).
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
//! 3. **Measure and score**: [`IndicatorDefinition`]s (unit, [`Polarity`], aspect, floor and
//!    cap, targets per period including range targets, how periods make the year),
//!    [`Realisation`]s with evidence, each the team's or attributed to one employee (so the
//!    holders of one position are measured one by one unless their result is declared
//!    shared), [`ScoringPlan`]s read from the cascade with its weights, an
//!    [explanation](ScoringPlan::explain) of every score, the
//!    [inverse question](ScoringPlan::required_realisation), [roll-up](Cascade::roll_up)
//!    along direct links and the [organisation's achievement](organisation_score).
//!    Band tables and value maps are data ([`BandTable`], [`ValueMap`]); the regulations'
//!    tables are in [`preset`].
//!
//! 4. **Evaluate**: a whole agency's year from its [`AgencyRecords`] (rules, cascade,
//!    definitions, realisations, each employee's [`EmployeeRecords`] per period), checked
//!    together by [`AgencyInput::new`], which names every problem at once
//!    ([`InputProblem`], in Indonesian and English), then [`appraise_agency`]: the
//!    organisation's predicate from its weighted objectives through a band table (or the next
//!    leader's [`OrganisationDecision`]), its leaders rated by it, periodic (quarterly by
//!    default, to date) and [annual appraisals](appraise_year) with a result [`Rating`] from
//!    configurable thresholds, a reasoned leader [`Override`], improvement areas from the
//!    data, behaviour against the seven BerAKHLAK [`CoreValue`]s from several raters, the
//!    [`PredicateMatrix`] of PermenPANRB 6/2022, the SE 3/2023 [`DistributionRules`] with an
//!    explicit [`QuotaRounding`], and an exact [calibration](calibrate) applied to the
//!    appraisals ([`AgencyAppraisal::calibrated`]). How an agency counts is data
//!    ([`EvaluationRules`]): where figures are rounded ([`RoundingPoint`]), how the annual
//!    figure is made ([`AnnualBasis`]), how behaviour is rated ([`BehaviourMethod`]). Also the
//!    numeric regimes ([`pp30_final`], [`permenpanrb_8_2021_final`], [`pp46_final`]),
//!    [credit points](credit_points), the talent [nine-box](NineBoxRules), mergeable
//!    [`UnitSummary`]s and [mid-year pro-rating](pro_rate).
//!
//! Values: [`Percent`], [`Weight`], [`Score`] and the one [`Rounding`] rule; calendar
//! [`Period`]s (year, semester, quarter, month) and [`Span`]s (the year to date).
//!
//! ## Example
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use kinerja::{Finding, Language};
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
//! let year = appraise_agency(&input)?.calibrated(input.rules(), kinerja::DEFAULT_MAX_TEAM)?;
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
//! | visi, misi | vision, mission ([`Mission`]) |
//! | tujuan | goal ([`Level::Goal`]) |
//! | sasaran strategis, IKU | strategic objective, key indicator ([`Level::Objective`], [`Indicator`]) |
//! | program, kegiatan, sub-kegiatan | programme, activity, sub-activity |
//! | pohon kinerja | performance tree ([`Cascade`]) |
//! | rencana hasil kerja (RHK), IKI | work result, individual indicator ([`Level::Result`]) |
//! | intervensi langsung / tidak langsung | direct / indirect link ([`LinkKind`]) |
//! | matriks pembagian peran dan hasil | role–result matrix ([`RoleResultMatrix`]) |
//! | unit kerja, jabatan, jenjang jabatan | unit, position, job level ([`Unit`], [`Position`], [`JobLevel`]) |
//! | atasan langsung | direct superior ([`Position::reports_to`]) |
//! | pegawai, PNS, PPPK, NIP | employee, civil servant, contract employee, employee number |
//! | capaian | achievement ([`Percent`], [`IndicatorDefinition::achievement`]) |
//! | realisasi, bukti dukung | realisation, evidence ([`Realisation`]) |
//! | target triwulanan, kumulatif | quarterly target, cumulative basis ([`Target`], [`PeriodBasis`]) |
//! | kuantitas, kualitas, waktu, biaya | quantity, quality, time, cost ([`Aspect`]) |
//! | bobot | weight ([`Weight`]): contribution ([`Node::contributing`]), plan weight, bobot RHK ([`Node::with_plan_weight`]), indicator weight ([`Indicator::weighted`]) |
//! | hasil kerja bersama | shared result ([`Node::shared`]) |
//! | target rentang | range target ([`Target::Band`] on a maximise or minimise indicator) |
//! | nilai | score ([`Score`]) |
//! | triwulan, semester | quarter, semester ([`Period`]) |
//! | penilaian kinerja periodik / tahunan | periodic / annual evaluation ([`Appraisal`]) |
//! | ekspektasi (di atas, sesuai, di bawah) | rating (above, meets, below) ([`Rating`]) |
//! | perilaku kerja, nilai dasar BerAKHLAK, ekspektasi khusus | behaviour, core value, specific expectation ([`CoreValue`]) |
//! | predikat kinerja pegawai / organisasi | predicate / organisation predicate ([`Predicate`], [`OrganisationPredicate`], [`OrganisationOutcome`]) |
//! | capaian kinerja organisasi | the organisation's achievement ([`OrganisationScore`]) |
//! | umpan balik, catatan pimpinan | the leader's notes ([`EmployeeRecords`]) |
//! | kurva distribusi, kalibrasi | distribution rules, calibration ([`DistributionRules`], [`calibrate`]) |
//! | angka kredit | credit points ([`credit_points`]) |
//! | kotak manajemen talenta | nine-box ([`NineBoxRules`]) |

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cascade;
mod crate_error;
mod decimal_text;
mod error;
mod evaluation;
mod forest;
mod groups;
mod id;
mod indicator;
mod label;
mod measure;
mod nip;
mod num;
mod org;
mod period;
pub mod preset;
pub mod sample;
mod scoring;
mod sorted;
mod text;

/// The README's examples are compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use cascade::{
    Cascade, CascadeBuilder, CascadeError, CascadeLimits, Diagnostics, Finding, Indicator, Level,
    LevelRule, LinkKind, MatrixRow, Node, NodeAchievement, Owner, ParentLink, Perspective,
    ResultCategory, RoleResultMatrix,
};
pub use crate_error::Error;
pub use error::{
    AgencyError, BandError, DefinitionRule, EmployeeNumberError, IdError, IndicatorError,
    PeriodError, ScoringError, Subject, ValueError,
};
pub use evaluation::{
    ADDITIONAL_CAP, AdditionalResult, AgencyAppraisal, AgencyInput, AgencyRecords, AnnualAppraisal,
    AnnualBasis, Appraisal, AppraisalInput, AspectFigures, BehaviourMethod, BehaviourOutcome,
    BehaviourRating, BehaviourRules, Calibrated, Calibration, CalibrationChange, CalibrationEntry,
    ChangeReason, ComplianceReport, CoreValue, CountPrecedence, CreditPoints, DEFAULT_MAX_TEAM,
    DistributionRules, EmployeeRecords, EvaluationError, EvaluationRules, ImprovementArea,
    InputProblem, InvalidInputs, LeaderRatings, NineBox, NineBoxRules, NumericOutcome,
    ObjectiveScore, OrganisationDecision, OrganisationOutcome, OrganisationPredicate,
    OrganisationRules, OrganisationScore, Override, PeriodAchievement, Placement, Potential,
    Pp30Weighting, Pp46Activity, Predicate, PredicateMatrix, PredicateSource, ProRated, Quota,
    QuotaBound, QuotaCheck, QuotaRounding, RaterRole, RaterWeights, Rating, RatingSource, Reason,
    RecordKind, TalentAction, Tenure, TenureShare, UnitSummary, ValueCounts, ValueOutcome,
    YearInput, appraise, appraise_agency, appraise_period, appraise_year, assess_behaviour,
    calibrate, check_distribution, check_records, credit_percent, credit_points,
    default_behaviour_thresholds, default_result_thresholds, nine_box, organisation_score,
    permenpanrb_8_2021_final, pp30_final, pp46_final, pro_rate,
};
pub use id::{
    CompetencyId, IndicatorId, MAX_ID_LEN, MissionId, NodeId, PositionId, ProgrammeId, UnitId,
};
pub use indicator::{
    AchievementLimits, AchievementTrace, Aggregation, Aspect, Clamp, Definitions,
    IndicatorDefinition, IndicatorDefinitionBuilder, MinimiseFormula, MissingPolicy, PeriodBasis,
    PeriodTrace, Polarity, Reading, Target, ZeroTarget,
};
pub use label::{Labelled, Language};
pub use measure::{Measurements, Readings, Realisation};
pub use nip::{EMPLOYEE_NUMBER_LEN, EmployeeKind, EmployeeNumber, NumberRule, Sex};
pub use num::{Percent, Rounding, RoundingMode, Score, Weight};
pub use org::{
    Agency, AgencyBuilder, Employee, FunctionalRank, FunctionalTrack, JobLevel, Mission, Position,
    Unit,
};
pub use period::{Granularity, MAX_YEAR, MIN_YEAR, Month, Period, Quarter, Semester, Span, Year};
pub use scoring::{
    Affine, Band, BandExplanation, BandGoal, BandTable, Bound, Classified, IndicatorExplanation,
    InverseQuery, PlanExplanation, PlannedIndicator, PlannedResult, Reporting, ResultExplanation,
    RoundingPoint, ScoringPlan, ValueMap, WeightPolicy,
};
