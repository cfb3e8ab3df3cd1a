//! The three weights of the cascade: a node's contribution to its parent, a result's weight
//! in its owner's plan (bobot RHK), an indicator's weight within its result. Plans read from
//! the cascade carry the last two into every score.

use crate::common;

use common::{held, indicator, nip, node_id, small_agency, small_cascade_nodes};
use kinerja::cascade::{CascadeError, Level, LevelRule, LinkKind, Node, Owner};
use kinerja::measure::Target;
use kinerja::prelude::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(v: i64) -> Decimal {
    Decimal::from(v)
}

fn w(v: i64) -> Weight {
    Weight::new(d(v)).unwrap()
}

fn year() -> Period {
    "2026".parse().unwrap()
}

/// An annual target of 10 for every indicator of `ids`, no cap.
fn definitions(ids: &[&str]) -> Definitions {
    Definitions::new(ids.iter().map(|id| {
        IndicatorDefinition::builder(IndicatorId::new(*id).unwrap(), "persen", Polarity::Maximise)
            .target(year(), Target::Value(d(10)))
            .build()
            .unwrap()
    }))
    .unwrap()
}

fn realised(values: &[(&str, i64)]) -> Measurements {
    Measurements::new(
        values
            .iter()
            .map(|(id, v)| Realisation::new(IndicatorId::new(*id).unwrap(), year(), d(*v))),
    )
    .unwrap()
}

/// The small cascade with `P3`'s result R3 replaced by `results` under R1.
fn cascade_with(results: Vec<Node>) -> Result<Cascade, CascadeError> {
    let mut nodes: Vec<Node> = small_cascade_nodes()
        .into_iter()
        .filter(|n| n.id().as_str() != "R3")
        .collect();
    nodes.extend(results);
    Cascade::builder(small_agency()).nodes(nodes).build()
}

fn staff_result(id: &str) -> Node {
    held(id, Level::Result, "P3", Some("R1"))
}

#[test]
fn plan_weights_reach_the_score() {
    // Two results weighted 80 / 20 in the cascade, achieved 100 % and 0 %: 80, not the 50
    // of equal weights.
    let cascade = cascade_with(vec![
        staff_result("R3a").with_plan_weight(w(80)),
        staff_result("R3b").with_plan_weight(w(20)),
    ])
    .unwrap();
    let defined = definitions(&["I-R3a", "I-R3b"]);
    let plan = ScoringPlan::for_employee(&cascade, &nip(3), &defined)
        .unwrap()
        .unwrap();
    let measured = realised(&[("I-R3a", 10), ("I-R3b", 0)]);
    assert_eq!(plan.achievement(year(), &measured).unwrap().value(), d(80));
    assert_eq!(plan.employee(), Some(&nip(3)));
    // Without weights the two weigh equally.
    let equal = cascade_with(vec![staff_result("R3a"), staff_result("R3b")]).unwrap();
    let plan = ScoringPlan::for_employee(&equal, &nip(3), &defined)
        .unwrap()
        .unwrap();
    assert_eq!(plan.achievement(year(), &measured).unwrap().value(), d(50));
}

#[test]
fn indicator_weights_reach_the_score() {
    // One result with two indicators weighted 70 / 30, achieved 100 % and 50 %: 85.
    let cascade = cascade_with(vec![
        Node::new(
            node_id("R3"),
            Level::Result,
            "Hasil",
            Owner::Position(common::position_id("P3")),
        )
        .under(node_id("R1"), LinkKind::Indirect)
        .indicator(indicator("I-A").weighted(w(70)))
        .indicator(indicator("I-B").weighted(w(30))),
    ])
    .unwrap();
    let plan = ScoringPlan::for_employee(&cascade, &nip(3), &definitions(&["I-A", "I-B"]))
        .unwrap()
        .unwrap();
    let measured = realised(&[("I-A", 10), ("I-B", 5)]);
    assert_eq!(plan.achievement(year(), &measured).unwrap().value(), d(85));
}

#[test]
fn weights_are_validated_where_they_are_given() {
    // Plan weights: all or none within one employee's plan, totalling 100.
    let partial = cascade_with(vec![
        staff_result("R3a").with_plan_weight(w(100)),
        staff_result("R3b"),
    ])
    .unwrap_err();
    assert_eq!(
        partial,
        CascadeError::PartialPlanWeights {
            employee: nip(3),
            unweighted: node_id("R3b")
        }
    );
    let short = cascade_with(vec![
        staff_result("R3a").with_plan_weight(w(60)),
        staff_result("R3b").with_plan_weight(w(30)),
    ])
    .unwrap_err();
    assert_eq!(
        short,
        CascadeError::PlanWeightTotal {
            employee: nip(3),
            total: d(90)
        }
    );
    assert!(short.to_string().contains("total 90 %, not 100 %"));
    // An additional result carries no plan weight.
    let additional = cascade_with(vec![
        staff_result("R3a").with_plan_weight(w(100)),
        staff_result("R3b").additional().with_plan_weight(w(10)),
    ])
    .unwrap_err();
    assert!(matches!(
        additional,
        CascadeError::Level {
            rule: LevelRule::PlanWeightOnlyOnMainResult,
            ..
        }
    ));
    // Indicator weights: all or none within one node, totalling 100.
    let indicators = cascade_with(vec![
        staff_result("R3")
            .indicator(indicator("I-X").weighted(w(40)))
            .indicator(indicator("I-Y").weighted(w(40))),
    ])
    .unwrap_err();
    // `held` gave R3 an unweighted indicator `I-R3` first.
    assert_eq!(
        indicators,
        CascadeError::PartialIndicatorWeights {
            node: node_id("R3"),
            unweighted: IndicatorId::new("I-R3").unwrap()
        }
    );
    // Only a position's result can be shared among its holders.
    let shared = Cascade::builder(small_agency())
        .nodes(small_cascade_nodes())
        .node(
            Node::new(
                node_id("S2"),
                Level::Objective,
                "Sasaran",
                Owner::Unit(common::unit_id("KEC")),
            )
            .shared(),
        )
        .build()
        .unwrap_err();
    assert!(matches!(
        shared,
        CascadeError::Level {
            rule: LevelRule::SharedOnlyOnPositionResult,
            ..
        }
    ));
}

/// Integer weights totalling exactly 100, from cut points on 0..=100.
fn weights_totalling_100(count: usize) -> impl Strategy<Value = Vec<i64>> {
    prop::collection::vec(0..=100_i64, count - 1).prop_map(|mut cuts| {
        cuts.push(0);
        cuts.push(100);
        cuts.sort_unstable();
        cuts.windows(2).map(|pair| pair[1] - pair[0]).collect()
    })
}

fn plan_case() -> impl Strategy<Value = (Vec<i64>, Vec<i64>)> {
    (1..6_usize).prop_flat_map(|n| {
        (
            weights_totalling_100(n),
            prop::collection::vec(0..=25_i64, n),
        )
    })
}

proptest! {
    /// The score of a plan read from the cascade is Σ weight × achievement / 100, worked in
    /// exact integers: realisation r against a target of 10 is r × 10 %.
    #[test]
    fn a_cascade_plan_scores_its_weighted_mean((weights, values) in plan_case()) {
        let results: Vec<Node> = weights
            .iter()
            .enumerate()
            .map(|(i, &weight)| staff_result(&format!("R3-{i}")).with_plan_weight(w(weight)))
            .collect();
        let cascade = cascade_with(results).unwrap();
        let ids: Vec<String> = (0..weights.len()).map(|i| format!("I-R3-{i}")).collect();
        let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let plan = ScoringPlan::for_employee(&cascade, &nip(3), &definitions(&id_refs))
            .unwrap()
            .unwrap();
        let measured = realised(&id_refs.iter().copied().zip(values.iter().copied()).collect::<Vec<_>>());
        let expected: i64 = weights.iter().zip(&values).map(|(w, v)| w * v * 10).sum();
        prop_assert_eq!(
            plan.achievement(year(), &measured).unwrap().value(),
            d(expected) / d(100)
        );
    }

    /// A result of plan weight zero does not change the score: the plan without it scores
    /// the same.
    #[test]
    fn a_zero_weight_result_changes_nothing((weights, values) in plan_case(), extra in 0..=25_i64) {
        let ids: Vec<String> = (0..=weights.len()).map(|i| format!("I-R3-{i}")).collect();
        let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut results: Vec<Node> = weights
            .iter()
            .enumerate()
            .map(|(i, &weight)| staff_result(&format!("R3-{i}")).with_plan_weight(w(weight)))
            .collect();
        let without = cascade_with(results.clone()).unwrap();
        results.push(staff_result(&format!("R3-{}", weights.len())).with_plan_weight(w(0)));
        let with = cascade_with(results).unwrap();
        let mut all_values = values.clone();
        all_values.push(extra);
        let measured = realised(&id_refs.iter().copied().zip(all_values).collect::<Vec<_>>());
        let defined = definitions(&id_refs);
        let score = |cascade: &Cascade| {
            ScoringPlan::for_employee(cascade, &nip(3), &defined)
                .unwrap()
                .unwrap()
                .achievement(year(), &measured)
                .unwrap()
        };
        prop_assert_eq!(score(&with), score(&without));
    }
}
