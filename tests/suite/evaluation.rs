//! Periodic and annual evaluation, behaviour, the numeric regimes, credit points, the
//! nine-box, summaries and mid-year changes: hand-worked figures and laws.

use chrono::NaiveDate;
use kinerja::evaluation::{
    AdditionalResult, AnnualAppraisal, Appraisal, AppraisalInput, AspectFigures, BehaviourRating,
    BehaviourRules, CoreValue, DistributionRules, EmployeeRecords, EvaluationError,
    ImprovementArea, NineBox, NineBoxRules, OrganisationDecision, OrganisationOutcome,
    OrganisationPredicate, Override, Placement, Pp30Weighting, Pp46Activity, PredicateMatrix,
    RaterRole, RaterWeights, RatingSource, Reason, TalentAction, Tenure, UnitSummary, YearInput,
    appraise, appraise_period, appraise_year, assess_behaviour, credit_points,
    permenpanrb_8_2021_final, pp_30_2019_final, pp_46_2011_final, pro_rate,
};
use kinerja::evaluation::{Permenpanrb8Rules, Pp30Rating, Pp30Rules, Pp46Rating, Pp46Rules};
use kinerja::measure::Target;
use kinerja::period::{Granularity, Span};
use kinerja::prelude::*;
use kinerja::scoring::{PlannedIndicator, PlannedResult};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn d(v: i64) -> Decimal {
    Decimal::from(v)
}

fn nip(i: usize) -> EmployeeNumber {
    EmployeeNumber::new(
        EmployeeKind::Pns,
        format!("1980010{}20050110{:02}", 1 + i % 9, i),
    )
    .unwrap()
}

fn year() -> Year {
    Year::new(2026).unwrap()
}

/// One indicator, 10 a quarter; realised 8, 10, 12, 14.
fn plan_and_measurements() -> (ScoringPlan, Measurements) {
    let id = IndicatorId::new("IKI-1").unwrap();
    let quarters = year().periods(Granularity::Quarter);
    let mut builder = IndicatorDefinition::builder(id.clone(), "dokumen", Polarity::Maximise);
    for &q in &quarters {
        builder = builder.target(q, Target::Value(d(10)));
    }
    let plan = ScoringPlan::new(
        WeightPolicy::Normalise,
        vec![PlannedResult {
            node: NodeId::new("RHK-1").unwrap(),
            weight: Decimal::ONE,
            policy: WeightPolicy::Normalise,
            indicators: vec![PlannedIndicator {
                weight: Decimal::ONE,
                definition: builder.build().unwrap(),
            }],
        }],
    )
    .unwrap();
    let measured = Measurements::new(
        quarters
            .iter()
            .zip([8, 10, 12, 14])
            .map(|(q, v)| Realisation::new(id.clone(), *q, d(v))),
    )
    .unwrap();
    (plan, measured)
}

fn superior_rates(rating: Rating) -> Vec<BehaviourRating> {
    CoreValue::ALL
        .iter()
        .map(|&value| BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating,
        })
        .collect()
}

fn input<'a>(
    plan: &'a ScoringPlan,
    measured: &'a Measurements,
    behaviour: &'a [BehaviourRating],
    expectations: &'a BTreeMap<CoreValue, String>,
) -> AppraisalInput<'a> {
    AppraisalInput {
        employee: nip(1),
        plan,
        measurements: measured,
        behaviour,
        expectations,
        result_override: None,
        objection: None,
        organisation: None,
        notes: &[],
    }
}

/// Records with the superior rating every value `rating` in each quarter and the year.
fn records_rating(rating: Rating) -> EmployeeRecords {
    let mut records = EmployeeRecords::new(nip(1));
    for period in year()
        .periods(Granularity::Quarter)
        .into_iter()
        .chain([year().as_period()])
    {
        records.behaviour.insert(period, superior_rates(rating));
    }
    records
}

#[test]
fn the_year_quarter_by_quarter_to_date() {
    let (plan, measured) = plan_and_measurements();
    let mut records = records_rating(Rating::Meets);
    records.expectations.insert(
        CoreValue::Competent,
        "Menguasai aplikasi Dapodik".to_owned(),
    );
    let rules = EvaluationRules::default();
    let year_of = appraise_year(
        &rules,
        year(),
        &YearInput {
            plan: &plan,
            measurements: &measured,
            records: &records,
            organisation: &[],
        },
    )
    .unwrap();
    // To date: Q1 8/10 = 80 % (below); S1 18/20 = 90 % (meets); Q1-Q3 30/30 = 100 %; year 44/40 = 110 % (above).
    let ratings: Vec<Rating> = year_of.periodic.iter().map(|a| a.result_rating).collect();
    assert_eq!(
        ratings,
        [Rating::Below, Rating::Meets, Rating::Meets, Rating::Above]
    );
    assert_eq!(year_of.periodic[0].results.reported.value(), d(80));
    assert_eq!(year_of.periodic[2].scope.to_string(), "2026-01..09");
    assert_eq!(year_of.annual.results.reported.value(), d(110));
    // Meets behaviour: Q1 below results → Butuh Perbaikan; the year above → Baik.
    assert_eq!(year_of.periodic[0].predicate, Predicate::NeedsImprovement);
    assert_eq!(year_of.annual.predicate, Predicate::Good);
    // Improvement areas come from the data: Q1's indicator was behind.
    assert_eq!(
        year_of.periodic[0].improvement_areas,
        [ImprovementArea::IndicatorBehindTarget {
            indicator: IndicatorId::new("IKI-1").unwrap(),
            statement: None,
            achievement: Percent::new(d(80)).unwrap()
        }]
    );
    assert!(year_of.annual.improvement_areas.is_empty());
    assert!(
        year_of
            .annual
            .render(Language::Indonesian)
            .contains("[Menguasai aplikasi Dapodik]")
    );
    let json = serde_json::to_string(&year_of).unwrap();
    assert_eq!(
        serde_json::from_str::<AnnualAppraisal>(&json).unwrap(),
        year_of
    );
}

#[test]
fn overrides_need_a_reason_and_leaders_take_the_organisation_rating() {
    let (plan, measured) = plan_and_measurements();
    let behaviour = superior_rates(Rating::Above);
    let expectations = BTreeMap::new();
    let rules = EvaluationRules::default();
    let q1: Period = "2026-Q1".parse().unwrap();
    // An override without a reason cannot be made, in code or from JSON.
    assert_eq!(
        Override::new(Rating::Meets, "  ").unwrap_err(),
        EvaluationError::BlankReason
    );
    assert!(
        serde_json::from_str::<Override>(r#"{"rating": "meets", "reason": " "}"#)
            .unwrap_err()
            .to_string()
            .contains("a reason must be given")
    );
    let reasoned = Override::new(Rating::Meets, "Target Q1 terganggu banjir").unwrap();
    let mut overridden = input(&plan, &measured, &behaviour, &expectations);
    overridden.result_override = Some(&reasoned);
    let a = appraise_period(&rules, year(), q1, &overridden).unwrap();
    assert_eq!(
        (a.computed_rating, a.result_rating),
        (Rating::Below, Rating::Meets)
    );
    assert_eq!(
        a.source,
        RatingSource::Override {
            reason: Reason::new("Target Q1 terganggu banjir").unwrap()
        }
    );
    assert!(
        a.render(Language::English)
            .contains("set by the leader: Target Q1 terganggu banjir")
    );
    assert_eq!(a.predicate, Predicate::Good);
    // The organisation's leader takes the rating its predicate gives: Istimewa → above.
    let exceptional = OrganisationOutcome::new(
        &rules.organisation,
        rules.rounding,
        Span::to_date(q1),
        None,
        Some(
            &OrganisationDecision::new(
                OrganisationPredicate::Exceptional,
                "Capaian rencana aksi melampaui target",
            )
            .unwrap(),
        ),
    )
    .unwrap()
    .unwrap();
    let mut leader = input(&plan, &measured, &behaviour, &expectations);
    leader.organisation = Some(&exceptional);
    let a = appraise_period(&rules, year(), q1, &leader).unwrap();
    assert_eq!(
        (a.result_rating, a.source.clone(), a.predicate),
        (
            Rating::Above,
            RatingSource::Organisation {
                predicate: OrganisationPredicate::Exceptional
            },
            Predicate::VeryGood
        )
    );
    let other_year: Period = "2027-Q1".parse().unwrap();
    assert!(matches!(
        appraise_period(&rules, year(), other_year, &leader),
        Err(EvaluationError::PeriodOutsideYear { .. })
    ));
}

#[test]
fn behaviour_from_several_raters() {
    let weights = RaterWeights::new([
        (RaterRole::Superior, d(60)),
        (RaterRole::Peer, d(20)),
        (RaterRole::Subordinate, d(20)),
    ])
    .unwrap();
    let mut ratings = Vec::new();
    for value in CoreValue::ALL {
        ratings.push(BehaviourRating {
            value,
            rater: RaterRole::Superior,
            rating: Rating::Above,
        });
        ratings.push(BehaviourRating {
            value,
            rater: RaterRole::Peer,
            rating: Rating::Meets,
        });
        ratings.push(BehaviourRating {
            value,
            rater: RaterRole::Peer,
            rating: Rating::Above,
        });
        ratings.push(BehaviourRating {
            value,
            rater: RaterRole::Subordinate,
            rating: Rating::Below,
        });
    }
    let rules = BehaviourRules {
        rater_weights: weights.clone(),
        ..BehaviourRules::default()
    };
    let outcome = assess_behaviour(&ratings, &rules, &BTreeMap::new()).unwrap();
    // 0.6 × 3 + 0.2 × 2.5 + 0.2 × 1 = 2.5: above (from 2.5).
    assert_eq!(outcome.points, Decimal::new(25, 1));
    assert_eq!(outcome.rating, Rating::Above);
    // Without subordinates the rest is renormalised: (0.6 × 3 + 0.2 × 2.5) / 0.8 = 2.875.
    let no_subordinates: Vec<BehaviourRating> = ratings
        .iter()
        .copied()
        .filter(|r| r.rater != RaterRole::Subordinate)
        .collect();
    let outcome = assess_behaviour(&no_subordinates, &rules, &BTreeMap::new()).unwrap();
    assert_eq!(outcome.points, Decimal::new(2875, 3));
    // The superior must rate every value.
    let no_superior: Vec<BehaviourRating> = ratings
        .iter()
        .copied()
        .filter(|r| r.rater != RaterRole::Superior)
        .collect();
    assert_eq!(
        assess_behaviour(&no_superior, &rules, &BTreeMap::new()).unwrap_err(),
        EvaluationError::MissingBehaviourRating {
            value: CoreValue::ServiceOriented
        }
    );
    assert_eq!(
        RaterWeights::new([(RaterRole::Superior, d(70)), (RaterRole::Peer, d(20))]).unwrap_err(),
        EvaluationError::RaterWeights { total: d(90) }
    );
    assert_eq!(
        CoreValue::Adaptive.guides(Language::Indonesian)[2],
        "Bertindak proaktif"
    );
}

#[test]
fn predicate_matrices_must_not_reward_worse_ratings() {
    use Predicate::*;
    let broken = [
        [Good, NeedsImprovement, NeedsImprovement],
        [PoorOrMisconduct, Good, Good],
        [PoorOrMisconduct, Good, VeryGood],
    ];
    assert!(matches!(
        PredicateMatrix::new(broken),
        Err(EvaluationError::MatrixNotMonotone { .. })
    ));
    let json = serde_json::to_string(&kinerja::regulation::permenpanrb_6_2022_matrix()).unwrap();
    assert_eq!(
        json,
        r#"{"below":["very_poor","needs_improvement","needs_improvement"],"meets":["poor_or_misconduct","good","good"],"above":["poor_or_misconduct","good","very_good"]}"#
    );
}

#[test]
fn numeric_regimes_by_hand() {
    // PP 30/2019, 60/40: 0.6 × 115 + 0.4 × 110 = 113; Sangat Baik only with an innovation.
    let with = pp_30_2019_final(
        &Pp30Rules::default(),
        d(115),
        d(110),
        Pp30Weighting::ThreeSixty,
        true,
    )
    .unwrap();
    assert_eq!((with.value, with.rating), (d(113), Pp30Rating::VeryGood));
    assert_eq!(
        pp_30_2019_final(
            &Pp30Rules::default(),
            d(115),
            d(110),
            Pp30Weighting::ThreeSixty,
            false
        )
        .unwrap()
        .rating,
        Pp30Rating::Good
    );
    // PermenPANRB 8/2021: 95 % → 70 + 15 = 85; additional 6 × 100 % + 8 × 60 % = 10.8, capped at 10.
    let extra = [
        AdditionalResult {
            weight: d(6),
            rating: Pp30Rating::VeryGood,
        },
        AdditionalResult {
            weight: d(8),
            rating: Pp30Rating::Fair,
        },
    ];
    assert_eq!(
        permenpanrb_8_2021_final(&Permenpanrb8Rules::default(), d(95), false, &extra).unwrap(),
        d(95)
    );
    // PP 46/2011: quantity 12/12 = 100, quality 90/100 = 90, time 12 of 12 months = 76:
    // activity (100 + 90 + 76) / 3 = 88.666...; behaviour mean 80; final 0.6 × 88.666... + 32.
    let figures = |t: i64, r: i64| AspectFigures {
        target: d(t),
        realisation: d(r),
    };
    let activity = Pp46Activity {
        quantity: figures(12, 12),
        quality: figures(100, 90),
        time: figures(12, 12),
        cost: None,
    };
    assert_eq!(activity.value().unwrap(), d(266) / d(3));
    let outcome = pp_46_2011_final(&Pp46Rules::default(), &[activity], &[d(80); 6]).unwrap();
    assert_eq!(outcome.value, (d(266) / d(3)) * d(60) / d(100) + d(32));
    assert_eq!(outcome.rating, Pp46Rating::Good); // 85.2
    assert!(pp_46_2011_final(&Pp46Rules::default(), &[], &[d(80)]).is_err());
    // A task not done scores 0 on every aspect (DOMAIN §4.3): nothing delivered, although
    // quality 90/100 and time and cost on plan were recorded, is worth 0, not
    // (0 + 90 + 76 + 76) / 4. The SKP is then the mean of 88.666... and 0.
    let not_done = Pp46Activity {
        quantity: figures(12, 0),
        quality: figures(100, 90),
        time: figures(12, 12),
        cost: Some(figures(1000, 1000)),
    };
    assert_eq!(not_done.value().unwrap(), Decimal::ZERO);
    let outcome =
        pp_46_2011_final(&Pp46Rules::default(), &[activity, not_done], &[d(80); 6]).unwrap();
    // 0.6 × 44.333... + 32 = 58.6 (to the 28 digits of a decimal).
    assert_eq!(outcome.value.round_dp(20), Decimal::new(586, 1));
}

#[test]
fn credit_points_by_hand() {
    // Coefficient 12.5 (Ahli Pertama), Butuh Perbaikan (75 %), 8 months: 12.5 × 0.75 × 8/12 = 6.25.
    assert_eq!(
        credit_points(Decimal::new(125, 1), Predicate::NeedsImprovement, 8)
            .unwrap()
            .points,
        Decimal::new(625, 2)
    );
    assert_eq!(
        credit_points(d(37), Predicate::VeryPoor, 12)
            .unwrap()
            .points,
        Decimal::new(925, 2)
    );
    assert_eq!(
        credit_points(d(10), Predicate::Good, 15).unwrap().months,
        12
    );
}

#[test]
fn the_nine_box() {
    let rules = NineBoxRules::default();
    let star = rules.place(d(115), d(90)).unwrap();
    assert_eq!(
        (
            star.box_number.number(),
            star.actions.contains(&TalentAction::Promote)
        ),
        (9, true)
    );
    let weakest = rules.place(d(50), d(40)).unwrap();
    assert_eq!(
        (weakest.box_number.number(), weakest.actions.clone()),
        (1, vec![TalentAction::Disciplinary])
    );
    for b in [2_u8, 3, 4, 5, 7] {
        assert!(
            rules.actions[&NineBox::new(b).unwrap()].contains(&TalentAction::CompetencyDevelopment),
            "box {b}"
        );
    }
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(serde_json::from_str::<NineBoxRules>(&json).unwrap(), rules);
    // Boxes are numbered 1 to 9, in code and on the wire.
    assert_eq!(
        NineBox::new(42).unwrap_err(),
        EvaluationError::NineBoxNumber { number: 42 }
    );
    assert!(
        serde_json::from_str::<Placement>(
            r#"{"performance": "meets", "potential": "low", "box_number": 42, "actions": []}"#
        )
        .is_err()
    );
    assert!(serde_json::from_str::<NineBoxRules>(&json.replace(r#""9":"#, r#""42":"#)).is_err());
}

#[test]
fn mid_year_changes_are_pro_rated_and_checked() {
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let held = |p: &str, from, to, score| Tenure {
        position: PositionId::new(p).unwrap(),
        from,
        to,
        score: d(score),
    };
    let result = pro_rate(
        nip(1),
        year(),
        &[
            held("A", day(1, 1), day(6, 30), 100),
            held("B", day(7, 1), day(12, 31), 80),
        ],
    )
    .unwrap();
    // 181 days at 100, 184 at 80.
    assert_eq!(result.score, (d(181) * d(100) + d(184) * d(80)) / d(365));
    assert_eq!(result.parts[1].days, 184);
    let overlap = pro_rate(
        nip(1),
        year(),
        &[
            held("A", day(1, 1), day(7, 1), 100),
            held("B", day(7, 1), day(12, 31), 80),
        ],
    );
    assert_eq!(
        overlap.unwrap_err(),
        EvaluationError::Tenure {
            employee: nip(1),
            from: day(7, 1)
        }
    );
    let outside = pro_rate(
        nip(1),
        year(),
        &[held(
            "A",
            NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
            day(1, 31),
            100,
        )],
    );
    assert!(matches!(outside, Err(EvaluationError::Tenure { .. })));
}

proptest! {
    /// Summaries of shards merge into the summary of the whole.
    #[test]
    fn summaries_merge(rows in prop::collection::vec((0..5_usize, 0..3_usize, 0..3_usize, prop::option::of(1..=9_u8)), 0..60), cut in any::<prop::sample::Index>()) {
        let (plan, measured) = plan_and_measurements();
        let behaviour = superior_rates(Rating::Meets);
        let expectations = BTreeMap::new();
        let base = appraise(&EvaluationRules::default(), year().as_period().into(), &input(&plan, &measured, &behaviour, &expectations)).unwrap();
        let appraisals: Vec<(Appraisal, Option<NineBox>)> = rows.iter().map(|&(p, r, b, boxed)| {
            let mut a = base.clone();
            a.predicate = Predicate::ALL[p];
            a.result_rating = Rating::ALL[r];
            a.behaviour.rating = Rating::ALL[b];
            (a, boxed.map(|n| NineBox::new(n).unwrap()))
        }).collect();
        let summarise = |part: &[(Appraisal, Option<NineBox>)]| {
            let mut s = UnitSummary::default();
            for (a, b) in part { s.add(a, *b).unwrap(); }
            s
        };
        let split = cut.index(appraisals.len() + 1);
        let merged = summarise(&appraisals[..split]).merge(&summarise(&appraisals[split..])).unwrap();
        prop_assert_eq!(merged, summarise(&appraisals));
        prop_assert_eq!(merged.employees(), appraisals.len());
        prop_assert_eq!(merged.predicates().as_array().iter().sum::<usize>(), appraisals.len());
        // A summary goes to JSON and back unchanged.
        let json = serde_json::to_string(&merged).unwrap();
        prop_assert_eq!(serde_json::from_str::<UnitSummary>(&json).unwrap(), merged);
    }

    /// Each value's points are the mean of each kind of rater's mean, weighted by the rules'
    /// weights renormalised over the kinds who rated it; one kind's mean stands as it is;
    /// each value's rating is its points read against the thresholds. Checked against exact
    /// fractions (a rating is 1, 2 or 3 points), to 28 digits.
    #[test]
    fn behaviour_points_are_the_renormalised_weighted_mean(
        counts in prop::collection::vec(prop::collection::vec((0..3_usize, 0..3_usize), 4), 7),
        peer in 0..400_i64,
        subordinate in 0..400_i64,
    ) {
        let roles = [RaterRole::Superior, RaterRole::Peer, RaterRole::Subordinate, RaterRole::SelfAssessment];
        // Weights in tenths totalling 100; the superior counts and rates every value at
        // least once, the others may not (the employee's own rating counts for nothing).
        let tenths = [1000 - peer - subordinate, peer, subordinate, 0];
        let weight_of = |k: usize| Decimal::new(tenths[k], 1);
        let mut ratings = Vec::new();
        for (value, by_role) in CoreValue::ALL.into_iter().zip(&counts) {
            for (k, &(many, rating)) in by_role.iter().enumerate() {
                let many = if k == 0 { many.max(1) } else if k == 3 { many.min(1) } else { many };
                for i in 0..many {
                    let rating = Rating::ALL[(rating + i) % 3];
                    ratings.push(BehaviourRating { value, rater: roles[k], rating });
                }
            }
        }
        let rater_weights = RaterWeights::new((0..3).map(|k| (roles[k], weight_of(k)))).unwrap();
        let rules = BehaviourRules { rater_weights, ..BehaviourRules::default() };
        let outcome = assess_behaviour(&ratings, &rules, &BTreeMap::new()).unwrap();
        for (value, outcome) in CoreValue::ALL.into_iter().zip(&outcome.values) {
            // Σ w·(P/C) / Σ w over the kinds present with a weight, as one fraction.
            let (mut numerator, mut denominator) = (0_i128, 1_i128);
            let (mut weight_sum, mut kinds) = (0_i128, 0);
            for (k, role) in roles.into_iter().enumerate() {
                let mine: Vec<i128> = ratings.iter().filter(|r| r.value == value && r.rater == role)
                    .map(|r| i128::try_from(Rating::ALL.iter().position(|&x| x == r.rating).unwrap() + 1).unwrap())
                    .collect();
                if mine.is_empty() { continue; }
                kinds += 1;
                let (points, count) = (mine.iter().sum::<i128>(), i128::try_from(mine.len()).unwrap());
                let w = i128::from(tenths[k]);
                prop_assert_eq!(outcome.by_role.get(role).map(|s| s.value()), Some(Decimal::from(points) / Decimal::from(count)));
                // numerator/denominator += w·points/count
                numerator = numerator * count + w * points * denominator;
                denominator *= count;
                weight_sum += w;
            }
            let exact = Decimal::from_i128_with_scale(numerator, 0) / Decimal::from_i128_with_scale(denominator * weight_sum, 0);
            prop_assert!((outcome.points - exact).abs() <= Decimal::new(1, 26), "{} against {}", outcome.points, exact);
            if kinds == 1 {
                let role = roles.into_iter().find(|&r| outcome.by_role.get(r).is_some()).unwrap();
                prop_assert_eq!(Some(outcome.points), outcome.by_role.get(role).map(|s| s.value()));
            }
            prop_assert_eq!(outcome.rating, *rules.thresholds.classify(outcome.points, |_| true).unwrap().label);
        }
    }

    /// A better behaviour never gives a worse predicate, all else equal.
    #[test]
    fn better_behaviour_never_worse_predicate(low in 0..3_usize, high in 0..3_usize) {
        prop_assume!(low <= high);
        let (plan, measured) = plan_and_measurements();
        let expectations = BTreeMap::new();
        let rules = EvaluationRules::default();
        let at = |rating: Rating| {
            let behaviour = superior_rates(rating);
            appraise(&rules, year().as_period().into(), &input(&plan, &measured, &behaviour, &expectations)).unwrap().predicate
        };
        prop_assert!(at(Rating::ALL[low]) <= at(Rating::ALL[high]));
    }
}

#[test]
fn rules_are_data() {
    let rules = EvaluationRules::default();
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(
        serde_json::from_str::<EvaluationRules>(&json).unwrap(),
        rules
    );
    let curve = kinerja::regulation::se_menpanrb_3_2023_quotas();
    let json = serde_json::to_string(&curve).unwrap();
    assert_eq!(
        serde_json::from_str::<DistributionRules>(&json).unwrap(),
        curve
    );
    assert!(
        json.contains(r#""good":[{"predicates":["good"],"bound":{"at_most_percent":"70"}}"#),
        "{json}"
    );
}

#[test]
fn absurd_figures_are_errors_not_panics() {
    let max = Decimal::MAX;
    assert!(
        pp_30_2019_final(
            &Pp30Rules::default(),
            max,
            max,
            Pp30Weighting::Standard,
            false
        )
        .is_err()
    );
    let extra = [AdditionalResult {
        weight: max,
        rating: Pp30Rating::VeryGood,
    }];
    assert!(
        permenpanrb_8_2021_final(&Permenpanrb8Rules::default(), d(100), false, &extra).is_err()
    );
    let figures = AspectFigures {
        target: Decimal::new(1, 20),
        realisation: max,
    };
    let activity = Pp46Activity {
        quantity: figures,
        quality: figures,
        time: figures,
        cost: None,
    };
    assert!(pp_46_2011_final(&Pp46Rules::default(), &[activity], &[max, max]).is_err());
    assert!(credit_points(max, Predicate::VeryGood, 12).is_err());
    assert!(credit_points(d(-1), Predicate::Good, 12).is_err());
    let day = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    let held = [Tenure {
        position: PositionId::new("A").unwrap(),
        from: day(1, 1),
        to: day(12, 31),
        score: max,
    }];
    assert!(pro_rate(nip(1), year(), &held).is_err());
}
