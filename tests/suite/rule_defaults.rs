//! No traps: every rule table with a `Default`, read from a JSON document that leaves its
//! parts out, gets the same as `Default` (the national tables), or is refused with a message
//! saying what to add. One test per table.

use kinerja::cascade::CascadeLimits;
use kinerja::development::{
    AssessmentRules, ClosingRules, CompetencyCatalogue, JpConversion, JpmRules, NeedRules,
    NeedsRules, PerformanceGapRules, PlanRules, Standards,
};
use kinerja::evaluation::{
    BehaviourRules, DistributionRules, EvaluationRules, LeaderRatings, NineBoxRules,
    ObjectionRules, OrganisationRules, Permenpanrb8Rules, Pp30Rules, Pp46Rules, PredicateMatrix,
};
use kinerja::measure::AchievementLimits;
use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// `{}` reads as the table's `Default`.
fn reads_as_default<T: DeserializeOwned + Default + PartialEq + Debug>() {
    let read: T = serde_json::from_str("{}").unwrap();
    assert_eq!(read, T::default());
}

/// `{}` is refused, and the message names what to add.
fn refused_naming<T: DeserializeOwned + Debug>(what: &str) {
    let message = serde_json::from_str::<T>("{}").unwrap_err().to_string();
    assert!(message.contains(what), "{message}");
}

macro_rules! defaults {
    ($($name:ident: $t:ty,)*) => {
        $(
            #[test]
            fn $name() {
                reads_as_default::<$t>();
            }
        )*
    };
}

macro_rules! refusals {
    ($($name:ident: $t:ty => $what:literal,)*) => {
        $(
            #[test]
            fn $name() {
                refused_naming::<$t>($what);
            }
        )*
    };
}

defaults! {
    standards_left_out_are_the_national_ladder: Standards,
    performance_gap_rules_left_out_are_the_national_values: PerformanceGapRules,
    closing_rules_left_out_are_the_default: ClosingRules,
    needs_rules_left_out_are_the_default: NeedsRules,
    behaviour_rules_left_out_are_the_default: BehaviourRules,
    evaluation_rules_left_out_are_the_default: EvaluationRules,
    organisation_rules_left_out_are_the_default: OrganisationRules,
}

refusals! {
    cascade_limits_name_what_to_add: CascadeLimits => "missing field `max_depth`",
    assessment_rules_name_what_to_add: AssessmentRules => "missing field `precedence`",
    a_competency_catalogue_names_what_to_add: CompetencyCatalogue => "missing field `competencies`",
    a_jp_conversion_names_what_to_add: JpConversion => "missing field `rules`",
    jpm_rules_name_what_to_add: JpmRules => "missing field `optimal_from`",
    need_rules_name_what_to_add: NeedRules => "missing field `current_position`",
    plan_rules_name_what_to_add: PlanRules => "missing field `minimum`",
    distribution_rules_name_what_to_add: DistributionRules => "leave `distribution` out for the national table",
    leader_ratings_name_what_to_add: LeaderRatings => "no rating for the organisation predicate",
    nine_box_rules_name_what_to_add: NineBoxRules => "missing field `performance`",
    objection_rules_name_what_to_add: ObjectionRules => "missing field `deadline_days`",
    permenpanrb_8_rules_name_what_to_add: Permenpanrb8Rules => "missing field `values`",
    pp30_rules_name_what_to_add: Pp30Rules => "missing field `results_share`",
    pp46_rules_name_what_to_add: Pp46Rules => "missing field `skp_share`",
    a_predicate_matrix_names_what_to_add: PredicateMatrix => "missing field `below`",
    achievement_limits_name_what_to_add: AchievementLimits => "missing field `floor`",
}

/// A part left out is the default's part; a part written empty stays empty; the evaluation
/// rules that leave `distribution` out get the national quotas.
#[test]
fn parts_left_out_and_parts_written_empty() {
    let standards: Standards = serde_json::from_str(r#"{"positions": {}}"#).unwrap();
    assert_eq!(standards.ladder, Standards::default().ladder);
    assert!(!standards.ladder.is_empty());
    let standards: Standards = serde_json::from_str(r#"{"ladder": []}"#).unwrap();
    assert!(standards.ladder.is_empty());
    let gaps: PerformanceGapRules = serde_json::from_str(r#"{"indicators": {}}"#).unwrap();
    assert_eq!(gaps.values, PerformanceGapRules::default().values);
    assert!(!gaps.values.is_empty());
    let gaps: PerformanceGapRules = serde_json::from_str(r#"{"values": {}}"#).unwrap();
    assert!(gaps.values.is_empty());
    let rules: EvaluationRules = serde_json::from_str(r#"{"granularity": "semester"}"#).unwrap();
    assert_eq!(rules.distribution, DistributionRules::default());
    // An organisation predicate without a quota is written with an empty list.
    let rules: DistributionRules = serde_json::from_str(r#"{"exceptional": []}"#).unwrap();
    assert_ne!(rules, DistributionRules::default());
}

/// The refusal of empty distribution rules reads in both languages.
#[test]
fn empty_distribution_rules_are_described_in_both_languages() {
    use kinerja::evaluation::EvaluationError;
    let error = EvaluationError::EmptyDistribution;
    let indonesian = error.describe(kinerja::Language::Indonesian);
    assert!(indonesian.contains("hapus `distribution`"), "{indonesian}");
    let english = error.describe(kinerja::Language::English);
    assert!(english.contains("leave `distribution` out"), "{english}");
}
