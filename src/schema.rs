//! JSON Schemas of the input documents; available with the `schema` feature
//! (`kinerja = { version = "0.1", features = ["schema"] }`).
//!
//! Every type the crate reads derives [`schemars::JsonSchema`], so a service can publish the
//! schema of any of them with `schemars::schema_for!(kinerja::Agency)`. [`inputs`] lists
//! the documents an agency writes, by name, for a service that publishes them all or a front
//! end that checks a form before sending it.
//!
//! A schema describes what the reader accepts: every document the crate reads is valid
//! against its type's schema (`tests/suite/schemas.rs` holds this for every golden document and
//! every document the crate writes). The converse is weaker. A schema cannot state the
//! rules that span fields or documents (weights adding up to 100, a parent that exists, a
//! year with four quarters): a valid document can still be refused, with the reasons that
//! [`Error::describe`](crate::Error::describe) gives in Indonesian or English.
//!
//! Decimals are strings in one grammar (`"85.25"`, never `85.25`); ids, periods and spans
//! carry the patterns their readers check; a map that the reader refuses with a repeated key
//! is a JSON object, where a repeated key is already invalid.
//!
//! ```
//! let schemas = kinerja::schema::inputs();
//! let agency = schemas.iter().find(|input| input.name == "agency").ok_or("no agency")?;
//! let properties = agency.schema.get("properties").ok_or("no properties")?;
//! assert!(properties.get("missions").is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema};

/// One input document: its name (a file name without `.json`) and its JSON Schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSchema {
    /// The document's name in snake case, such as `agency` or `scoring_plan`; unique.
    pub name: &'static str,
    /// The Rust type that reads it, by its public path (`kinerja::Agency`).
    pub rust_type: &'static str,
    /// The schema (JSON Schema 2020-12), definitions included.
    pub schema: Schema,
}

fn input<T: JsonSchema>(name: &'static str, rust_type: &'static str) -> InputSchema {
    debug_assert_eq!(
        without_modules(rust_type),
        without_modules(std::any::type_name::<T>()),
        "the public path of {name}"
    );
    let generator = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(summarise_description))
        .into_generator();
    InputSchema {
        name,
        rust_type,
        schema: generator.into_root_schema_for::<T>(),
    }
}

/// A type's name with the module paths left out: `Vec<kinerja::cascade::Node>` →
/// `Vec<Node>`, to compare a public path with the one the compiler knows.
fn without_modules(path: &str) -> String {
    let mut short = String::with_capacity(path.len());
    let mut word = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            word.clear();
        } else if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            short.push_str(&word);
            word.clear();
            short.push(c);
        }
    }
    short.push_str(&word);
    short
}

/// Keeps a description's first paragraph, on one line, without rustdoc's link targets: the
/// rest of a type's documentation is Rust (examples, links to methods), not for a form.
fn summarise_description(schema: &mut Schema) {
    if let Some(description) = schema.get_mut("description") {
        if let Some(doc) = description.as_str() {
            *description = summary(doc).into();
        }
    }
}

/// The first paragraph of `doc`, its lines joined, `[text](target)` and `[text]` as `text`.
fn summary(doc: &str) -> String {
    let paragraph = doc.split("\n\n").next().unwrap_or_default();
    let line = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut plain = String::with_capacity(line.len());
    let mut rest = line.as_str();
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        plain.push_str(before);
        let Some(close) = after.find(']') else {
            rest = after;
            break;
        };
        plain.push_str(after.get(1..close).unwrap_or_default());
        rest = after.get(close + 1..).unwrap_or_default();
        if let Some(target) = rest.strip_prefix('(') {
            rest = target
                .find(')')
                .and_then(|end| target.get(end + 1..))
                .unwrap_or(rest);
        }
    }
    plain.push_str(rest);
    plain
}

/// The schema of every input document, in the order of the flow: the organisation and
/// cascade, measurement, scoring, evaluation, agreement, development.
///
/// Lists of records (`calibration_entries`, `tenures` …) are the documents as an agency
/// keeps them: a JSON array of the record.
///
/// ```
/// let inputs = kinerja::schema::inputs();
/// let plan = inputs.iter().find(|input| input.name == "scoring_plan");
/// assert_eq!(plan.map(|input| input.rust_type), Some("kinerja::scoring::ScoringPlan"));
/// ```
#[must_use]
pub fn inputs() -> Vec<InputSchema> {
    use crate::agreement::{Command, FeedbackLog, Forum, PlanEvent, Recorded, Terms};
    use crate::development::{
        Assessment, AssessmentRules, ClosingRules, CompetencyCatalogue, DevelopmentRecords,
        JpConversion, JpmRules, NeedRules, NeedsRules, PerformanceGapRules, PlanRules, Programme,
        Standards,
    };
    use crate::evaluation::{
        AdditionalResult, AgencyRecords, CalibrationEntry, DistributionRules, EmployeeRecords,
        EvaluationRules, NineBoxRules, OrganisationDecision, Pp46Activity, PredicateMatrix,
        RaterWeights, RecordChange, Tenure, UnitSummary,
    };
    use crate::measure::{Definitions, IndicatorDefinition, Measurements, Realisation};
    use crate::scoring::{BandTable, InverseQuery, Reporting, ScoringPlan, ValueMap};
    vec![
        input::<crate::Agency>("agency", "kinerja::Agency"),
        input::<crate::Cascade>("cascade", "kinerja::Cascade"),
        input::<Vec<crate::cascade::Node>>("nodes", "Vec<kinerja::cascade::Node>"),
        input::<IndicatorDefinition>(
            "indicator_definition",
            "kinerja::measure::IndicatorDefinition",
        ),
        input::<Definitions>("definitions", "kinerja::measure::Definitions"),
        input::<Measurements>("measurements", "kinerja::measure::Measurements"),
        input::<Vec<Realisation>>("realisations", "Vec<kinerja::measure::Realisation>"),
        input::<ScoringPlan>("scoring_plan", "kinerja::scoring::ScoringPlan"),
        input::<Reporting>("reporting", "kinerja::scoring::Reporting"),
        input::<BandTable<String>>("band_table", "kinerja::scoring::BandTable<String>"),
        input::<ValueMap>("value_map", "kinerja::scoring::ValueMap"),
        input::<InverseQuery>("inverse_query", "kinerja::scoring::InverseQuery"),
        input::<EmployeeRecords>("employee_records", "kinerja::evaluation::EmployeeRecords"),
        input::<Vec<EmployeeRecords>>("employees", "Vec<kinerja::evaluation::EmployeeRecords>"),
        input::<Vec<Recorded<RecordChange>>>(
            "records_trail",
            "Vec<kinerja::agreement::Recorded<kinerja::evaluation::RecordChange>>",
        ),
        input::<EvaluationRules>("evaluation_rules", "kinerja::evaluation::EvaluationRules"),
        input::<PredicateMatrix>("predicate_matrix", "kinerja::evaluation::PredicateMatrix"),
        input::<DistributionRules>(
            "distribution_rules",
            "kinerja::evaluation::DistributionRules",
        ),
        input::<RaterWeights>("rater_weights", "kinerja::evaluation::RaterWeights"),
        input::<NineBoxRules>("nine_box_rules", "kinerja::evaluation::NineBoxRules"),
        input::<OrganisationDecision>(
            "organisation_decision",
            "kinerja::evaluation::OrganisationDecision",
        ),
        input::<Vec<CalibrationEntry>>(
            "calibration_entries",
            "Vec<kinerja::evaluation::CalibrationEntry>",
        ),
        input::<UnitSummary>("unit_summary", "kinerja::evaluation::UnitSummary"),
        input::<Vec<Tenure>>("tenures", "Vec<kinerja::evaluation::Tenure>"),
        input::<Vec<Pp46Activity>>("pp46_activities", "Vec<kinerja::evaluation::Pp46Activity>"),
        input::<Vec<AdditionalResult>>(
            "additional_results",
            "Vec<kinerja::evaluation::AdditionalResult>",
        ),
        input::<AgencyRecords>("agency_records", "kinerja::AgencyRecords"),
        input::<Terms>("terms", "kinerja::agreement::Terms"),
        input::<Command>("command", "kinerja::agreement::Command"),
        input::<Vec<Recorded<PlanEvent>>>(
            "plan_trail",
            "Vec<kinerja::agreement::Recorded<kinerja::agreement::PlanEvent>>",
        ),
        input::<Forum>("forum", "kinerja::agreement::Forum"),
        input::<FeedbackLog>("feedback_log", "kinerja::agreement::FeedbackLog"),
        input::<CompetencyCatalogue>(
            "competency_catalogue",
            "kinerja::development::CompetencyCatalogue",
        ),
        input::<Standards>("standards", "kinerja::development::Standards"),
        input::<Vec<Assessment>>("assessments", "Vec<kinerja::development::Assessment>"),
        input::<AssessmentRules>("assessment_rules", "kinerja::development::AssessmentRules"),
        input::<JpmRules>("jpm_rules", "kinerja::development::JpmRules"),
        input::<JpConversion>("jp_conversion", "kinerja::development::JpConversion"),
        input::<Vec<Programme>>("programmes", "Vec<kinerja::development::Programme>"),
        input::<DevelopmentRecords>(
            "development_records",
            "kinerja::development::DevelopmentRecords",
        ),
        input::<NeedsRules>("needs_rules", "kinerja::development::NeedsRules"),
        input::<NeedRules>("need_rules", "kinerja::development::NeedRules"),
        input::<PerformanceGapRules>(
            "performance_gap_rules",
            "kinerja::development::PerformanceGapRules",
        ),
        input::<ClosingRules>("closing_rules", "kinerja::development::ClosingRules"),
        input::<PlanRules>("plan_rules", "kinerja::development::PlanRules"),
    ]
}
