//! What people see: figures written the Indonesian or the English way, views of the results
//! for front ends (serialisable, labelled, with statements and names), and pictures of the
//! results as SVG text. Start with [`AppraisalView::of`] (an appraisal for a screen, in the
//! [`Style`] of a language) and [`percent`] (`91,67 %`).
//!
//! ```
//! # fn main() -> Result<(), kinerja::Error> {
//! use kinerja::present::{AppraisalView, Style};
//! use kinerja::prelude::*;
//! let input = AgencyInput::new(kinerja::sample::siulak_records()?)?;
//! for employee in &appraise_agency(&input)?.employees {
//!     let view = AppraisalView::of(&employee.annual, input.cascade(), Style::indonesian());
//!     println!("{}: {} ({})", view.employee.person.name, view.predicate.label, view.achievement.text);
//! }
//! # Ok(()) }
//! ```
//!
//! For an agency's whole year as it is written out and served, use [`AgencyYearView::of`]
//! (or [`AgencyYearView::compact`] for the form an agency stores every year).
//!
//! The agreement stage and recourse have theirs: [`AgreementView::of`] (a plan, its targets
//! and its trail in sentences), [`ForumView::of`] and [`ParticipationView::of`] (a forum's
//! suggestions and a unit's participation), [`FeedbackLogView::of`] (the feedback log) and
//! [`ObjectionView::of`] (an objection and its decision).
//!
//! Everything here is a pure function of values the other stages produce: it computes
//! nothing new, and it never rounds a figure differently from the result it shows (the
//! result's own [`Rounding`](crate::num::Rounding) is passed in).
//!
//! # Two kinds of JSON
//!
//! - **Records** are the results themselves (`AgencyAppraisal`, `Appraisal`, the
//!   explanations): exact decimals (`85.71428571428571428571428571`), codes, every step.
//!   They are read back and checked (a calibration or an objection is re-derived from
//!   them), so they keep every digit. Store them; do not show them.
//! - **Views** (this module) are what people and front ends read: every figure a
//!   [`FigureView`] `{value, text}` rounded as the result's rounding rounds (the exact value
//!   rides beside it, as `exact`, only where rounding changed it), labels with their codes,
//!   ids beside names, periods named as people say them, nothing `null`. Every view reads
//!   back from its own JSON.

mod document;
mod picture;
mod view;

pub use crate::written::{date, exact, number, percent, rupiah};
pub use document::*;
pub use picture::*;
pub use view::*;
