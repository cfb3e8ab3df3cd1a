//! The integration tests of `kinerja`, gathered in one test crate: each module is one former
//! test file, so the crate and its dependencies are linked once instead of once a file.
//! Property-test regressions are kept in `tests/proptest-regressions/<module>.txt`.

// A failing test may panic, unwrap and index: that is how a test reports.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

mod achievement;
mod agency_evaluation;
mod agency_laws;
mod agency_rules;
mod agreement;
mod agreement_laws;
mod agreement_views;
mod batch;
mod batch_bases;
mod calibration_laws;
mod cascade_laws;
mod cascade_rules;
mod counting;
mod decimals;
mod deep_chain;
mod development;
mod development_explain;
mod development_missing;
mod development_plan;
mod development_views;
mod development_wire;
mod documents;
mod employee_numbers;
mod errors;
mod evaluation;
mod example_data;
mod explained;
mod exports;
mod figure_text;
mod findings;
mod golden;
mod hostile_input;
mod input_problems;
mod labels;
mod objections;
mod output_views;
mod periods;
mod plan;
mod planner;
mod prelude;
mod present_number;
mod present_pictures;
mod present_views;
mod reader;
mod realistic_mistakes;
mod rollup;
mod rollup_laws;
mod rule_defaults;
mod sample;
mod schemas;
mod scoring_laws;
mod shared_plan;
mod stored_documents;
mod texts;
mod values;
mod weights;
