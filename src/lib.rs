//! # kinerja
//!
//! Needs-based performance management for civil servants, as typed rules with no I/O: the
//! Indonesian ASN system first (SKP, BerAKHLAK, predikat kinerja, 20 JP of development a
//! year), general enough for any public organisation.
//!
//! The crate never reads a file, a clock, the network or the environment: callers pass
//! everything in and get values back. Every figure is an exact [`rust_decimal::Decimal`].
//!
//! ## The flow, and where each step lives
//!
//! ```text
//! org ──► cascade ──► agreement ──► measure ──► scoring ──► evaluation ──► development
//!                                                                               │
//!                                              present (views, figures, SVG) ◄──┘
//! ```
//!
//! Each stage is a public module. A stage uses only the stages it builds on: agreeing a plan
//! needs its targets and weights, so `agreement` builds on `measure` and `scoring` and comes
//! before `evaluation` in the order of imports. Each owns its
//! error type, and [`Error`] wraps them all with a [`kind`](Error::kind), the
//! [id it concerns](Error::subject) and a [description](Error::describe) in Indonesian or
//! English.
//!
//! | module | what it holds |
//! |---|---|
//! | [`org`] | the agency ([`Agency`]): vision (visi), missions (misi), units, positions with job levels and reporting lines, employees |
//! | [`cascade`] | the performance tree (pohon kinerja, [`Cascade`]) from goals to every employee's work results (RHK), validated on construction; alignment [diagnostics](Cascade::diagnose), the [role–result matrix](Cascade::role_result_matrix), [Mermaid](Cascade::to_mermaid) and [DOT](Cascade::to_dot) export; contribution, plan (bobot RHK) and indicator weights kept apart |
//! | [`agreement`] | participation: each employee's [plan](agreement::Plan) proposed by the employee, negotiated with the direct leader (counter-proposals of targets and weights), agreed by both or settled by the leader's leader, locked, revised mid-year by a recorded decision and closed, as a pure state machine of (state, command, actor, date) returning events that [replay](agreement::Plan::replay) to the same plan; staff [forums](agreement::Forum) and the [participation](agreement::participation()) of a unit; the [feedback log](agreement::FeedbackLog); the audit trail ([`Recorded`](agreement::Recorded)); only [agreed plans](agreement::agreed_plans) reach the evaluation |
//! | [`measure`] | indicator definitions (polarity, aspect, floor and cap, targets per period including ranges, how periods make the year), realisations per employee and period with evidence, and the achievement (capaian) of each |
//! | [`scoring`] | weight policies, plans read from the cascade, an explanation of every score, band tables and value maps, the inverse question, the roll-up along direct links; a [shared plan](scoring::SharedPlan) scoring many employees' [figures](scoring::Figures) by a floating-point filter with a proven bound and exact integer arithmetic, reporting what `Decimal` reports |
//! | [`evaluation`] | a whole agency's year ([`AgencyInput`] checks every record at once, [`appraise_agency`] rates it; the [records' audit trail](evaluation::RecordsLedger) keeps who recorded, corrected or overrode what, when and why): periodic and annual appraisals, behaviour against the seven BerAKHLAK values, the predicate matrix, the organisation's predicate and the distribution it imposes, calibration, the older numeric regimes, credit points, the nine-box, mergeable summaries; the [batch](evaluation::Batch) that evaluates millions of employees from an iterator in constant memory, in shards that [merge](evaluation::BatchSummary::merge), in parallel with the `rayon` feature |
//! | [`development`] | competencies (technical, the eight managerial, socio-cultural; levels 1–5), the standard of each position, assessments, gaps and the Job Person Match, each employee's [needs](development::development_needs) from the year, programmes with their JP, the [planner](development::plan_development) under budget, places, JP caps and the 20 JP minimum, each recommendation's [trace](development::Recommendation::trace) to the goals and missions, the [training needs analysis](development::TrainingNeeds::of) |
//! | [`present`] | what people see: figures written the Indonesian way (`91,67 %`) or the English way, and pictures as SVG text (the performance tree, the nine-box, a team's distribution against its quota, an indicator's quarters against target) |
//! | [`regulation`] | the regulations as values, one file per regulation, and the crate's defaults where they leave a point open |
//!
//! The foundation beneath them: exact values ([`num`]: [`Percent`](num::Percent),
//! [`Weight`](num::Weight), [`Score`](num::Score), the one [`Rounding`](num::Rounding)
//! rule), typed ids ([`id`]), the calendar ([`period`]: years, semesters, quarters, months
//! and the year to date) and employee numbers ([`nip`]: NIP and NI PPPK). The [`prelude`]
//! holds the names nearly every caller needs, and [`sample`] the education office of
//! Siulak as built-in data.
//!
//! ## Quick start
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
//! // The same for a screen, in Indonesian: names, statements, labels, `100,50 %`.
//! use kinerja::present::{AppraisalView, Style};
//! for employee in &year.employees {
//!     let view = AppraisalView::of(&employee.annual, input.cascade(), Style::indonesian());
//!     println!("{}: {} ({})", view.employee.name, view.predicate.label, view.achievement.text);
//! }
//! # Ok(()) }
//! ```
//!
//! ## The regulations
//!
//! Every regulation the crate implements is a set of values in [`regulation`]; an agency
//! that reads a regulation differently passes its own values (all are serde data).
//!
//! | regulation | what the crate takes from it | preset | left open, and the crate's default |
//! |---|---|---|---|
//! | PermenPANRB 6/2022, performance management | the result and behaviour ratings, the predicate matrix, periodic and annual evaluation, the leader's rating from the organisation's | [`permenpanrb_6_2022_matrix`](regulation::permenpanrb_6_2022_matrix) | achievement → result rating: [`default_result_thresholds`](regulation::default_result_thresholds) (below 90, 90 to below 110, from 110); behaviour points → rating: [`default_behaviour_thresholds`](regulation::default_behaviour_thresholds); the organisation's predicate → leader's rating: [`default_leader_ratings`](regulation::default_leader_ratings); periods: quarters ([`EvaluationRules`](evaluation::EvaluationRules)) |
//! | SE MenPANRB 3/2023, organisation predicate and distribution | the five organisation predicates and the quotas each imposes | [`se_menpanrb_3_2023_quotas`](regulation::se_menpanrb_3_2023_quotas) | achievement → organisation predicate: [`default_organisation_bands`](regulation::default_organisation_bands), or the next leader's [decision](evaluation::OrganisationDecision); rounding a quota over a small team: [`QuotaRounding`](evaluation::QuotaRounding), stated in every report |
//! | PP 30/2019 | 70/30 (60/40 for 360°) results and behaviour; bands, Sangat Baik only with an innovation | [`pp30_rules`](regulation::pp30_rules), [`pp30_bands`](regulation::pp30_bands) | none |
//! | PermenPANRB 8/2021 | achievement → value (0–120); additional results worth 100/80/60/40/20 % of their weight, at most 10 points | [`permenpanrb_8_2021_rules`](regulation::permenpanrb_8_2021_rules), [`permenpanrb_8_2021_values`](regulation::permenpanrb_8_2021_values) | between 99 % and 100 % and between 100 % and 101 %: linear |
//! | PP 46/2011 | aspects (R/T, the efficiency rule for time and cost), 60/40 SKP and behaviour, bands | [`pp46_rules`](regulation::pp46_rules), [`pp46_bands`](regulation::pp46_bands) | the gaps between the whole-number bands: each band starts above the top of the one below |
//! | PermenPANRB 88/2021, SAKIP evaluation | the accountability grades AA to D | [`sakip_grades`](regulation::sakip_grades) | none |
//! | PermenPANRB 38/2017, competency standards | the eight managerial competencies and the socio-cultural one; the level each job level requires (JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1) | [`permenpanrb_38_2017_catalogue`](regulation::permenpanrb_38_2017_catalogue), [`permenpanrb_38_2017_ladder`](regulation::permenpanrb_38_2017_ladder) | functional positions: set by the agency; JPT Utama: level 5; the behaviour indicators per level: written by the agency in its catalogue; the Job Person Match cut-offs (90 / 78) and a level above the standard (capped): [`JpmRules`](development::JpmRules); which assessment counts: [`AssessmentRules`](development::AssessmentRules) |
//! | Peraturan LAN 10/2018, competency development | the learning methods, classical and non-classical; the JP credit of non-classical activities, national and international | [`lan_10_2018_conversion`](regulation::lan_10_2018_conversion) | "at most 3 JP a day" (e-learning) and "at most 2" (self-study) read as a full day's credit; where no international figure is given, the national one |
//! | PP 11/2017 art. 203, amended by PP 17/2020; art. 205–206 | at least 20 JP of competency development a year; needs from the competency gap (current and intended position) and the performance gap | [`pp_17_2020_minimum_jp`](regulation::pp_17_2020_minimum_jp) (the `minimum` of [`PlanRules`](development::PlanRules)) | how needs are weighed (each source spread evenly; intended position and nine-box at half weight; a performance gap asks one level above the assessed): [`NeedRules`](development::NeedRules); how far a programme closes a need (to the level it teaches, method effects 100 %): [`ClosingRules`](development::ClosingRules); budget, JP cap, first quarter: [`PlanRules`](development::PlanRules) |
//! | PermenPANRB 3/2020, talent management | the nine-box and its actions per box | [`permenpanrb_3_2020_nine_box`](regulation::permenpanrb_3_2020_nine_box) | the cut-offs of the two axes: the result thresholds for performance; low below 70, middle below 85, high from 85 for potential |
//! | Credit points (angka kredit) | coefficient × 150/100/75/50/25 % by predicate × months / 12 | [`credit_points`](evaluation::credit_points) | none |
//!
//! The weights of a plan (bobot) are optional in every regulation above: where none is given
//! the parts weigh equally ([`WeightPolicy`](scoring::WeightPolicy)).
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
//! | umpan balik, catatan pimpinan | the leader's notes ([`EmployeeRecords`](evaluation::EmployeeRecords)); continuous feedback ([`FeedbackLog`](agreement::FeedbackLog)) |
//! | penyusunan SKP, dialog kinerja, kesepakatan | agreeing a plan ([`Plan`](agreement::Plan), [`Stage`](agreement::Stage), [`Command`](agreement::Command)) |
//! | atasan langsung, atasan dari atasan langsung | direct leader, leader's leader ([`Parties`](agreement::Parties), [`Role`](agreement::Role)) |
//! | perubahan SKP | revision ([`Revision`](agreement::Revision)) |
//! | forum diskusi | staff forum ([`Forum`](agreement::Forum), [`Participation`](agreement::Participation)) |
//! | jejak audit | audit trail ([`Recorded`](agreement::Recorded), [`RecordsLedger`](evaluation::RecordsLedger)) |
//! | kurva distribusi, kalibrasi | distribution rules, calibration ([`DistributionRules`](evaluation::DistributionRules), [`calibrate`](evaluation::calibrate)) |
//! | angka kredit | credit points ([`credit_points`](evaluation::credit_points)) |
//! | kotak manajemen talenta | nine-box ([`NineBoxRules`](evaluation::NineBoxRules)) |

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod agreement;
pub mod cascade;
mod decimal_text;
pub mod development;
mod error;
pub mod evaluation;
mod forest;
mod groups;
pub mod id;
mod invariant;
mod label;
pub mod measure;
pub mod nip;
pub mod num;
mod objects_only;
pub mod org;
pub mod period;
pub mod present;
pub mod regulation;
pub mod sample;
pub mod scoring;
mod sorted;
mod text;
mod unique_map;
mod written;

/// The README's examples are compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use cascade::Cascade;
pub use error::{Error, ErrorKind, ErrorSubject};
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
