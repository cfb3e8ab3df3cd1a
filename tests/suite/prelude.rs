//! The prelude glob-imports beside the preludes a caller is likely to use too, and every
//! name it brings resolves without ambiguity (a clash between two globs is an error only
//! where the name is used, so each is used here).

#![allow(clippy::wildcard_imports)]

use chrono::prelude::*;
use kinerja::prelude::*;
use rust_decimal::prelude::*;
use serde_json::*;
use std::collections::*;
use std::fmt::*;
use std::io::*;

/// Names a type; compiles only if the name resolves.
fn named<T: ?Sized>() {}

#[test]
fn every_prelude_name_resolves_beside_other_preludes() {
    // Types: naming each is enough to prove it resolves to one item.
    named::<Cascade>();
    named::<AgencyAppraisal>();
    named::<AgencyInput>();
    named::<AgencyRecords>();
    named::<EvaluationRules>();
    named::<Predicate>();
    named::<Rating>();
    named::<IndicatorId>();
    named::<MissionId>();
    named::<NodeId>();
    named::<PositionId>();
    named::<UnitId>();
    named::<Language>();
    named::<Definitions>();
    named::<IndicatorDefinition>();
    named::<Measurements>();
    named::<Polarity>();
    named::<Realisation>();
    named::<EmployeeKind>();
    named::<EmployeeNumber>();
    named::<Percent>();
    named::<Rounding>();
    named::<Score>();
    named::<Weight>();
    named::<Agency>();
    named::<Employee>();
    named::<Period>();
    named::<Quarter>();
    named::<Year>();
    named::<ScoringPlan>();
    named::<WeightPolicy>();
    named::<Target>();
    named::<PlannedResult>();
    named::<PlannedIndicator>();
    // The trait and the function.
    assert_eq!(
        Rating::Above.label(Language::Indonesian),
        "Di Atas Ekspektasi"
    );
    let _ = appraise_agency;
    // And the other preludes still work beside it.
    // (`Decimal` and `NaiveDate` are in the crate's prelude too: the same items, so no clash.)
    named::<(NaiveDate, Decimal, Value, BTreeMap<u8, u8>, Sink)>();
    named::<(RoundingStrategy, Weekday)>();
    named::<dyn Debug>();
    assert!(Year::new(2026).is_ok());
}

/// The presets' former names still answer, with the values of the new ones (deprecated, so
/// embedders can upgrade).
#[test]
#[allow(deprecated)]
fn former_preset_names_give_the_same_values() {
    use kinerja::evaluation::{self as e, Pp30Rules, Pp30Weighting, Pp46Rules};
    use kinerja::regulation as r;
    assert_eq!(r::pp30_bands(), r::pp_30_2019_bands());
    assert_eq!(r::pp30_rules(), r::pp_30_2019_rules());
    assert_eq!(r::pp46_bands(), r::pp_46_2011_bands());
    assert_eq!(r::pp46_rules(), r::pp_46_2011_rules());
    assert_eq!(r::sakip_grades(), r::permenpanrb_88_2021_sakip_grades());
    let (n, w) = (Decimal::from(100), Pp30Weighting::Standard);
    let rules = Pp30Rules::default();
    assert_eq!(
        e::pp30_final(&rules, n, n, w, false),
        e::pp_30_2019_final(&rules, n, n, w, false)
    );
    let rules = Pp46Rules::default();
    assert_eq!(
        e::pp46_final(&rules, &[], &[n]),
        e::pp_46_2011_final(&rules, &[], &[n])
    );
}
