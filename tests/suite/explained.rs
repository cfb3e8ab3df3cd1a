//! Every figure explained (issue 24): the numeric regimes' finals, credit points, the
//! nine-box and the scoring explanation's names. Hand-worked regulatory examples (DOMAIN
//! §4.2, §4.3, §4.5, §5, §8) with their arithmetic in comments, and laws: the explanation's
//! figures recompute the final, it travels through JSON text and back, and its text holds
//! no Rust syntax.

use kinerja::evaluation::{
    AdditionalResult, AspectFigures, AspectKind, CreditExplanation, NineBoxRules,
    Permenpanrb8Explanation, Permenpanrb8Rules, Placement, Potential, Pp30Explanation, Pp30Rating,
    Pp30Rules, Pp30Weighting, Pp46Activity, Pp46Explanation, Pp46Rating, Pp46Rules, Predicate,
    Rating, TalentAction, credit_points, explain_permenpanrb_8_2021, explain_pp_30_2019,
    explain_pp_46_2011, permenpanrb_8_2021_final, pp_30_2019_final, pp_46_2011_final,
};
use kinerja::prelude::*;
use kinerja::regulation::permenpanrb_8_2021_values;
use kinerja::sample;
use kinerja::scoring::{Bound, Condition, PlanExplanation, ScoringError};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn whole(v: i64) -> Decimal {
    Decimal::from(v)
}

fn figures(target: &str, realisation: &str) -> AspectFigures {
    AspectFigures {
        target: d(target),
        realisation: d(realisation),
    }
}

/// Rust syntax and debug output that must never reach a person.
const FORBIDDEN: [&str; 8] = ["..=", "->", " X", "Some(", "None", "{", "}", "Decimal"];

/// Both renderings hold none of [`FORBIDDEN`] and are not empty.
fn assert_clean(render: impl Fn(Language) -> String) {
    for language in [Language::Indonesian, Language::English] {
        let text = render(language);
        assert!(!text.trim().is_empty());
        for bad in FORBIDDEN {
            assert!(!text.contains(bad), "{bad:?} in {language:?}:\n{text}");
        }
    }
}

/// Through JSON text and back to an equal value.
fn round_trips<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let text = serde_json::to_string(value).unwrap();
    assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), value, "{text}");
}

// ---- PermenPANRB 8/2021 --------------------------------------------------------------

#[test]
fn permenpanrb_8_2021_achievement_105_is_worked_on_its_segment() {
    // DOMAIN §4.2: 101–110 % → 110 + (c − 101) × 10/9. For c = 105:
    // 110 + 4 × 10/9 = 110 + 40/9 = 1030/9 = 114.444…
    let explained =
        explain_permenpanrb_8_2021(&Permenpanrb8Rules::default(), whole(105), false, &[]).unwrap();
    assert_eq!(explained.step.value, whole(1030) / whole(9));
    assert_eq!(explained.step.lower, Some(Bound::inclusive(whole(101))));
    assert_eq!(explained.step.upper, Some(Bound::inclusive(whole(110))));
    assert_eq!(explained.value, explained.step.value);
    let id = explained.render(Language::Indonesian);
    assert!(
        id.contains(
            "capaian 105 % (101 % sampai 110 %): 110 + (c − 101) × 10/9 = 110 + (105 − 101) × 10/9 = 114,44…"
        ),
        "{id}"
    );
    assert!(id.contains("tidak ada hasil kerja tambahan"), "{id}");
    let en = explained.render(Language::English);
    assert!(
        en.contains("achievement 105% (101% to 110%): 110 + (c − 101) × 10/9"),
        "{en}"
    );
}

#[test]
fn permenpanrb_8_2021_steps_by_hand() {
    let rules = Permenpanrb8Rules::default();
    let step = |c: &str, maximum: bool| {
        explain_permenpanrb_8_2021(&rules, d(c), maximum, &[])
            .unwrap()
            .step
    };
    // Exactly 100 % → 109, a constant: no formula to work.
    let hundred = step("100", false);
    assert_eq!(hundred.value, whole(109));
    assert_eq!(
        hundred.render(Language::Indonesian),
        "capaian 100 % (tepat 100 %): 109"
    );
    // 95 % lies in 80–99 %: 70 + (95 − 80) = 85.
    assert_eq!(
        step("95", false).render(Language::English),
        "achievement 95% (80% to 99%): 70 + (c − 80) = 70 + (95 − 80) = 85"
    );
    // 50 % lies below 60 %: c / 59 × 49 = 50 × 49 / 59 = 2450/59 = 41.525…
    let low = step("50", false);
    assert_eq!(low.value, whole(2450) / whole(59));
    assert!(
        low.render(Language::Indonesian)
            .ends_with("c × 49/59 = 50 × 49/59 = 41,52…")
    );
    // Above 110 % → 120.
    assert_eq!(
        step("115", false).render(Language::Indonesian),
        "capaian 115 % (di atas 110 %): 120"
    );
    // 100 % of a target that is already the maximum → 120.
    let top = step("100", true);
    assert_eq!((top.value, top.line), (whole(120), None));
    assert_eq!(
        top.render(Language::English),
        "achievement 100% of a target that is already the maximum: 120"
    );
}

#[test]
fn permenpanrb_8_2021_additional_results_stop_at_ten_points() {
    // 95 % → 85. Additional: 6 × 100 % (Sangat Baik) = 6 and 8 × 60 % (Cukup) = 4.8,
    // together 10.8, of which 10 count: 85 + 10 = 95.
    let extra = [
        AdditionalResult {
            weight: whole(6),
            rating: Pp30Rating::VeryGood,
        },
        AdditionalResult {
            weight: whole(8),
            rating: Pp30Rating::Fair,
        },
    ];
    let explained =
        explain_permenpanrb_8_2021(&Permenpanrb8Rules::default(), whole(95), false, &extra)
            .unwrap();
    let points: Vec<Decimal> = explained.additional.iter().map(|a| a.points).collect();
    assert_eq!(points, [whole(6), d("4.8")]);
    assert_eq!(explained.additional_total, d("10.8"));
    assert_eq!(explained.additional_counted, whole(10));
    assert_eq!(explained.value, whole(95));
    let id = explained.render(Language::Indonesian);
    assert!(
        id.contains("hasil kerja tambahan 8 × 60 % (Cukup) = 4,8"),
        "{id}"
    );
    assert!(
        id.contains("tambahan seluruhnya 10,8, paling banyak 10: dihitung 10"),
        "{id}"
    );
    assert!(id.contains("nilai 85 + 10 = 95"), "{id}");
}

// ---- PP 30/2019 ----------------------------------------------------------------------

#[test]
fn pp30_parts_band_and_innovation_by_hand() {
    let rules = Pp30Rules::default();
    // 70/30: 112 × 70 % = 78.4 and 105 × 30 % = 31.5; 78.4 + 31.5 = 109.9, Baik [90; 110).
    let standard = explain_pp_30_2019(
        &rules,
        whole(112),
        whole(105),
        Pp30Weighting::Standard,
        false,
    )
    .unwrap();
    assert_eq!(
        (
            standard.results_part,
            standard.behaviour_part,
            standard.value
        ),
        (d("78.4"), d("31.5"), d("109.9"))
    );
    assert_eq!(standard.band.rating, Pp30Rating::Good);
    assert_eq!(standard.band.unmet, None);
    let id = standard.render(Language::Indonesian);
    assert!(id.contains("- hasil kerja 112 × 70 % = 78,4\n"), "{id}");
    assert!(id.contains("- perilaku kerja 105 × 30 % = 31,5\n"), "{id}");
    assert!(id.contains("- nilai kinerja 78,4 + 31,5 = 109,9\n"), "{id}");
    assert!(id.contains("Predikat Baik: 90 sampai di bawah 110"), "{id}");

    // 360°, 60/40: 115 × 60 % = 69 and 110 × 40 % = 44; 113 lies in Sangat Baik [110; 120],
    // which needs an innovation: without one, Baik.
    let without = explain_pp_30_2019(
        &rules,
        whole(115),
        whole(110),
        Pp30Weighting::ThreeSixty,
        false,
    )
    .unwrap();
    assert_eq!(without.value, whole(113));
    assert_eq!(without.band.rating, Pp30Rating::Good);
    let unmet = without.band.unmet.unwrap();
    assert_eq!(
        (unmet.rating, unmet.requires),
        (Pp30Rating::VeryGood, Condition::Innovation)
    );
    let en = without.render(Language::English);
    assert!(en.contains("- results 115 × 60% = 69\n"), "{en}");
    assert!(
        en.contains("113 lies in the band very good (110 to 120), which requires an innovation that benefits the organisation; that condition was not met"),
        "{en}"
    );
    // With the innovation: Sangat Baik, the condition met.
    let with = explain_pp_30_2019(
        &rules,
        whole(115),
        whole(110),
        Pp30Weighting::ThreeSixty,
        true,
    )
    .unwrap();
    assert_eq!(with.band.rating, Pp30Rating::VeryGood);
    assert_eq!(with.band.requires, Some(Condition::Innovation));
    assert!(with.render(Language::Indonesian).contains(
        "Predikat Sangat Baik: 110 sampai 120; inovasi yang bermanfaat bagi organisasi: terpenuhi"
    ));
}

// ---- PP 46/2011 ----------------------------------------------------------------------

#[test]
fn pp46_time_at_exactly_e_24_is_100() {
    // DOMAIN §4.3: T = 25 days, R = 19 days: R/T × 100 = 76, e = 100 − 76 = 24 ≤ 24, so
    // (1.76 × 25 − 19) / 25 × 100 = (44 − 19) / 25 × 100 = 100.
    let activity = Pp46Activity {
        quantity: figures("4", "4"),
        quality: figures("100", "100"),
        time: figures("25", "19"),
        cost: None,
    };
    let explained = activity.explain().unwrap();
    let time = explained.aspects[2];
    assert_eq!(time.aspect, AspectKind::Time);
    let efficiency = time.efficiency.unwrap();
    assert_eq!(
        (efficiency.percent, efficiency.within_24),
        (whole(24), true)
    );
    assert_eq!(time.value, whole(100));
    // A hundredth of a day later, e = 100 − 76.04 = 23.96, still ≤ 24:
    // (44 − 19.01) / 25 × 100 = 99.96.
    let later = Pp46Activity {
        time: figures("25", "19.01"),
        ..activity
    }
    .explain()
    .unwrap();
    let time = later.aspects[2];
    let efficiency = time.efficiency.unwrap();
    assert_eq!(
        (efficiency.percent, efficiency.within_24),
        (d("23.96"), true)
    );
    assert_eq!(time.value, d("99.96"));
    // A hundredth of a day sooner, e = 100 − 75.96 = 24.04 > 24: x = (44 − 18.99) / 25 × 100
    // = 100.04, so 76 − (100.04 − 100) = 75.96: past the boundary the value drops.
    let sooner = Pp46Activity {
        time: figures("25", "18.99"),
        ..activity
    };
    let time = sooner.explain().unwrap().aspects[2];
    let efficiency = time.efficiency.unwrap();
    assert_eq!(
        (efficiency.percent, efficiency.within_24),
        (d("24.04"), false)
    );
    assert_eq!(time.value, d("75.96"));
    // Half the time: T = 12 months, R = 6: e = 50 > 24; x = (21.12 − 6) / 12 × 100 = 126,
    // so 76 − (126 − 100) = 50.
    let half = Pp46Activity {
        time: figures("12", "6"),
        ..activity
    }
    .explain()
    .unwrap()
    .aspects[2];
    assert_eq!(
        (half.efficiency.map(|e| e.percent), half.value),
        (Some(whole(50)), whole(50))
    );
    let text = explain_pp_46_2011(&Pp46Rules::default(), &[sooner], &[whole(80)])
        .unwrap()
        .render(Language::English);
    assert!(
        text.contains(
            "    time: target 25, realisation 18.99; efficiency e = 100 − 18.99 / 25 × 100 = 24.04; e > 24: 76 − ((1.76 × 25 − 18.99) / 25 × 100 − 100) = 75.96\n"
        ),
        "{text}"
    );
}

#[test]
fn pp46_final_by_hand() {
    // Activity 1: quantity 12/12 = 100, quality 90/100 = 90, time 12 of 12 months: e = 0,
    // (21.12 − 12)/12 × 100 = 76; (100 + 90 + 76) / 3 = 266/3 = 88.666…
    // Activity 2: nothing delivered: 0 (DOMAIN §4.3), whatever its other aspects say.
    // SKP (266/3 + 0) / 2 = 133/3 = 44.333…; behaviour 80; 44.333… × 60 % = 26.6 and
    // 80 × 40 % = 32; final 58.6: Kurang (above 50 to 60).
    let done = Pp46Activity {
        quantity: figures("12", "12"),
        quality: figures("100", "90"),
        time: figures("12", "12"),
        cost: None,
    };
    let not_done = Pp46Activity {
        quantity: figures("12", "0"),
        quality: figures("100", "90"),
        time: figures("12", "12"),
        cost: Some(figures("1000", "1000")),
    };
    let explained =
        explain_pp_46_2011(&Pp46Rules::default(), &[done, not_done], &[whole(80); 6]).unwrap();
    assert_eq!(explained.activities[0].value, whole(266) / whole(3));
    assert!(explained.activities[1].not_done);
    assert_eq!(explained.activities[1].value, Decimal::ZERO);
    assert_eq!(explained.behaviour, whole(80));
    assert_eq!(explained.behaviour_part, whole(32));
    assert_eq!(explained.value.round_dp(20), d("58.6"));
    assert_eq!(explained.band.rating, Pp46Rating::Poor);
    let id = explained.render(Language::Indonesian);
    assert!(
        id.contains("- kegiatan 1: (100 + 90 + 76) / 3 = 88,66…\n"),
        "{id}"
    );
    assert!(
        id.contains("- kegiatan 2: tidak dikerjakan (realisasi kuantitas 0): 0\n"),
        "{id}"
    );
    assert!(
        id.contains("- prestasi kerja 44,33… × 60 % + 80 × 40 % = 26,6 + 32 = 58,6\n"),
        "{id}"
    );
    assert!(id.contains("Predikat Kurang: di atas 50 sampai 60"), "{id}");
}

// ---- credit points -------------------------------------------------------------------

#[test]
fn credit_points_explained_by_hand() {
    // DOMAIN §4.5, §8: Ahli Muda (coefficient 25), Baik (100 %), 6 months:
    // 25 × 100 % × 6/12 = 12.5, reported half up to 2 decimals: 12.50.
    let explained = credit_points(whole(25), Predicate::Good, 6)
        .unwrap()
        .explain(Rounding::default());
    assert_eq!(
        (
            explained.percent.value(),
            explained.points,
            explained.reported
        ),
        (whole(100), d("12.5"), d("12.5"))
    );
    assert_eq!(
        explained.render(Language::English),
        "Credit points: 12.50\n\
         - coefficient 25 × 100% (predicate good) × 6/12 months = 12.5\n\
         - half up to 2 decimals: 12.50\n"
    );
    // One month at Baik: 25 × 1/12 = 2.0833…, reported 2.08.
    let month = credit_points(whole(25), Predicate::Good, 1)
        .unwrap()
        .explain(Rounding::default());
    assert_eq!(month.reported, d("2.08"));
    assert!(
        month
            .render(Language::Indonesian)
            .contains("koefisien 25 × 100 % (predikat Baik) × 1/12 bulan = 2,08…")
    );
    // Ahli Madya (37.5), Sangat Baik (150 %), 7 months: 37.5 × 1.5 × 7/12 = 32.8125,
    // reported 32.81.
    let madya = credit_points(d("37.5"), Predicate::VeryGood, 7)
        .unwrap()
        .explain(Rounding::default());
    assert_eq!((madya.points, madya.reported), (d("32.8125"), d("32.81")));
}

// ---- the nine-box --------------------------------------------------------------------

#[test]
fn the_nine_box_explained_by_hand() {
    // Performance 95 lies in "meets" [90; 110); potential 90 in "high" [85; +∞): box 8
    // (DOMAIN §5: the meets row is 2, 5, 8 from low to high potential).
    let placed = NineBoxRules::default().place(whole(95), whole(90)).unwrap();
    assert_eq!(placed.box_number.number(), 8);
    let axes = placed.axes.clone().unwrap();
    assert_eq!(
        (axes.performance.score, axes.potential.score),
        (whole(95), whole(90))
    );
    assert_eq!(axes.potential.bands, NineBoxRules::default().potential);
    let id = placed.render(Language::Indonesian);
    assert_eq!(
        id,
        "Kotak talenta 8: kinerja Sesuai Ekspektasi, potensi tinggi\n\
         - Kinerja 95: Sesuai Ekspektasi (90 sampai di bawah 110); batas sumbu: \
         Di Bawah Ekspektasi 0 sampai di bawah 90, Sesuai Ekspektasi 90 sampai di bawah 110, \
         Di Atas Ekspektasi 110 atau lebih\n\
         - Potensi 90: tinggi (85 atau lebih); batas sumbu: rendah 0 sampai di bawah 70, \
         menengah 70 sampai di bawah 85, tinggi 85 atau lebih\n\
         Rekomendasi: rotasi/pengayaan jabatan, kelompok rencana suksesi, penghargaan\n"
    );
    // A placement written before the axes were carried still reads, and renders its box.
    let old: Placement = serde_json::from_str(
        r#"{"performance": "below", "potential": "low", "box_number": 1, "actions": ["disciplinary"]}"#,
    )
    .unwrap();
    assert_eq!(old.axes, None);
    assert_eq!(
        old.render(Language::English),
        "Nine-box box 1: performance below expectation, potential low\n\
         Recommended: handled under the disciplinary rules\n"
    );
}

// ---- scoring names -------------------------------------------------------------------

fn siulak_explanation() -> PlanExplanation {
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap();
    let plan = ScoringPlan::for_employee(input.cascade(), &rina, input.definitions())
        .unwrap()
        .unwrap();
    let year: Period = "2026".parse().unwrap();
    plan.explain(year, input.measurements(), Rounding::default())
        .unwrap()
}

#[test]
fn results_and_indicators_are_named_by_their_statements() {
    let explained = siulak_explanation();
    let cascade = sample::siulak_cascade().unwrap();
    for result in &explained.results {
        let node = cascade.node(&result.node).unwrap();
        assert_eq!(result.statement.as_deref(), Some(node.statement()));
        for indicator in &result.indicators {
            let held = node
                .indicators()
                .iter()
                .find(|i| i.id() == &indicator.trace.indicator)
                .unwrap();
            assert_eq!(indicator.statement.as_deref(), Some(held.statement()));
        }
    }
    let id = explained.render(Language::Indonesian);
    assert!(
        id.contains("- Hasil kerja \"SD yang menerapkan Kurikulum Merdeka\" (RHK-KUR-1): "),
        "{id}"
    );
    assert!(
        id.contains(
            "  - Indikator \"Jumlah SD yang menerapkan Kurikulum Merdeka\" (IKI-KUR-1) [sekolah]: "
        ),
        "{id}"
    );
    let en = explained.render(Language::English);
    assert!(
        en.contains("- Result \"SD yang menerapkan Kurikulum Merdeka\" (RHK-KUR-1): "),
        "{en}"
    );
    assert_clean(|language| explained.render(language));
}

#[test]
fn explanations_without_statements_read_and_render_by_id() {
    let explained = siulak_explanation();
    // A document written before the statements: every "statement" field taken out.
    let mut json = serde_json::to_value(&explained).unwrap();
    for result in json["results"].as_array_mut().unwrap() {
        result.as_object_mut().unwrap().remove("statement");
        for indicator in result["indicators"].as_array_mut().unwrap() {
            indicator.as_object_mut().unwrap().remove("statement");
        }
    }
    let old: PlanExplanation = serde_json::from_value(json).unwrap();
    assert!(old.results.iter().all(|r| r.statement.is_none()));
    let id = old.render(Language::Indonesian);
    assert!(id.contains("- Hasil kerja RHK-KUR-1: "), "{id}");
    assert!(id.contains("  - Indikator IKI-KUR-1 [sekolah]: "), "{id}");
    // The figures are the same lines but for the names.
    let named = explained.render(Language::Indonesian);
    assert_eq!(id.lines().count(), named.lines().count());
    // Named from the cascade, the old document is the new one.
    assert_eq!(
        old.with_statements(&sample::siulak_cascade().unwrap()),
        explained
    );
}

#[test]
fn a_plan_carries_its_statements_and_refuses_strangers() {
    let input = AgencyInput::new(sample::siulak_records().unwrap()).unwrap();
    let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap();
    let plan = ScoringPlan::for_employee(input.cascade(), &rina, input.definitions())
        .unwrap()
        .unwrap();
    round_trips(&plan);
    let mut json = serde_json::to_value(&plan).unwrap();
    json["statements"]["results"]["RHK-99"] = "Tidak ada".into();
    let refused = serde_json::from_value::<ScoringPlan>(json).unwrap_err();
    assert!(
        refused.to_string().contains(
            &ScoringError::StatementOfUnknownPart {
                part: kinerja::scoring::Part::Result(NodeId::new("RHK-99").unwrap())
            }
            .to_string()
        ),
        "{refused}"
    );
    // A plan made without statements writes none, as before.
    let bare =
        serde_json::to_value(ScoringPlan::new(plan.policy(), plan.results().to_vec()).unwrap())
            .unwrap();
    assert!(bare.get("statements").is_none());
}

// ---- laws ----------------------------------------------------------------------------

/// A figure with up to two decimals in [0, max].
fn figure(max: i64) -> impl Strategy<Value = Decimal> {
    (0..=max * 100).prop_map(|v| Decimal::new(v, 2))
}

fn pp30_rating() -> impl Strategy<Value = Pp30Rating> {
    prop_oneof![
        Just(Pp30Rating::VeryPoor),
        Just(Pp30Rating::Poor),
        Just(Pp30Rating::Fair),
        Just(Pp30Rating::Good),
        Just(Pp30Rating::VeryGood),
    ]
}

fn predicate() -> impl Strategy<Value = Predicate> {
    prop_oneof![
        Just(Predicate::VeryPoor),
        Just(Predicate::PoorOrMisconduct),
        Just(Predicate::NeedsImprovement),
        Just(Predicate::Good),
        Just(Predicate::VeryGood),
    ]
}

/// The band of `bands` (lower, upper) holds `x`.
fn holds(lower: Option<Bound>, upper: Option<Bound>, x: Decimal) -> bool {
    lower.is_none_or(|b| {
        if b.inclusive {
            x >= b.value
        } else {
            x > b.value
        }
    }) && upper.is_none_or(|b| {
        if b.inclusive {
            x <= b.value
        } else {
            x < b.value
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// PP 30/2019: the parts are each figure times its share, they add up to the final
    /// exactly, the final and rating are `pp_30_2019_final`'s, the band (or the band it lay in
    /// when an innovation was missing) holds the value, and the shares are 70/30 or 60/40.
    #[test]
    fn pp30_explanations_recompute_the_final(results in figure(120), behaviour in figure(120), three_sixty: bool, innovation: bool) {
        let weighting = if three_sixty { Pp30Weighting::ThreeSixty } else { Pp30Weighting::Standard };
        let rules = Pp30Rules::default();
        let explained: Pp30Explanation = explain_pp_30_2019(&rules, results, behaviour, weighting, innovation).unwrap();
        let (r, b) = if three_sixty { (60, 40) } else { (70, 30) };
        prop_assert_eq!((explained.results_share.value(), explained.behaviour_share.value()), (whole(r), whole(b)));
        // Two decimals times a whole share over 100 is exact.
        prop_assert_eq!(explained.results_part, results * whole(r) / whole(100));
        prop_assert_eq!(explained.behaviour_part, behaviour * whole(b) / whole(100));
        prop_assert_eq!(explained.value, explained.results_part + explained.behaviour_part);
        prop_assert_eq!(explained.outcome(), pp_30_2019_final(&rules, results, behaviour, weighting, innovation).unwrap());
        match explained.band.unmet {
            Some(unmet) => {
                prop_assert!(holds(unmet.lower, unmet.upper, explained.value));
                prop_assert!(!innovation);
                prop_assert_eq!(unmet.rating, Pp30Rating::VeryGood);
            }
            None => prop_assert!(holds(explained.band.lower, explained.band.upper, explained.value)),
        }
        prop_assert_eq!(
            explained.band.rating == Pp30Rating::VeryGood,
            innovation && explained.value >= whole(110)
        );
        round_trips(&explained);
        assert_clean(|language| explained.render(language));
    }

    /// PermenPANRB 8/2021: the value is the step's value plus what the additional results
    /// add; each additional result is worth 100/80/60/40/20 % of its weight; they add at
    /// most 10; the step's line, where drawn, gives the step's value and its segment holds
    /// the achievement.
    #[test]
    fn permenpanrb_8_2021_explanations_recompute_the_value(
        achievement in figure(150),
        maximum: bool,
        extra in prop::collection::vec((figure(8), pp30_rating()), 0..4),
    ) {
        let additional: Vec<AdditionalResult> = extra.iter().map(|&(weight, rating)| AdditionalResult { weight, rating }).collect();
        let rules = Permenpanrb8Rules::default();
        let explained: Permenpanrb8Explanation = explain_permenpanrb_8_2021(&rules, achievement, maximum, &additional).unwrap();
        prop_assert_eq!(explained.value, permenpanrb_8_2021_final(&rules, achievement, maximum, &additional).unwrap());
        prop_assert_eq!(explained.value, explained.step.value + explained.additional_counted);
        let mut total = Decimal::ZERO;
        for (explained, given) in explained.additional.iter().zip(&additional) {
            let percent = match given.rating {
                Pp30Rating::VeryGood => 100,
                Pp30Rating::Good => 80,
                Pp30Rating::Fair => 60,
                Pp30Rating::Poor => 40,
                Pp30Rating::VeryPoor => 20,
            };
            prop_assert_eq!(explained.points, given.weight * whole(percent) / whole(100));
            total += explained.points;
        }
        prop_assert_eq!(explained.additional_total, total);
        prop_assert_eq!(explained.additional_counted, total.min(whole(10)));
        prop_assert_eq!(explained.step.value, permenpanrb_8_2021_values().value(achievement, maximum).unwrap());
        match explained.step.line {
            Some(line) => {
                prop_assert_eq!(line.at(achievement).unwrap(), explained.step.value);
                prop_assert!(holds(explained.step.lower, explained.step.upper, achievement));
            }
            None => {
                prop_assert!(maximum && achievement >= whole(100));
                prop_assert_eq!(explained.step.value, whole(120));
            }
        }
        round_trips(&explained);
        assert_clean(|language| explained.render(language));
    }

    /// PP 46/2011: every aspect follows DOMAIN §4.3 (computed here from the rule's own
    /// words), an activity not done is 0, the SKP and behaviour are means, the parts add up
    /// to the final exactly, and the final and rating are `pp_46_2011_final`'s.
    #[test]
    fn pp46_explanations_recompute_the_final(
        activities in prop::collection::vec((1..=40_i64, 0..=50_i64, 1..=100_i64, 0..=120_i64, 1..=24_i64, 0..=40_i64, prop::option::of((1..=100_i64, 0..=150_i64))), 1..4),
        behaviour in prop::collection::vec(0..=100_i64, 1..=6),
    ) {
        let activities: Vec<Pp46Activity> = activities.iter().map(|&(qt, qr, lt, lr, tt, tr, cost)| Pp46Activity {
            quantity: AspectFigures { target: whole(qt), realisation: whole(qr) },
            quality: AspectFigures { target: whole(lt), realisation: whole(lr) },
            time: AspectFigures { target: whole(tt), realisation: whole(tr) },
            cost: cost.map(|(ct, cr)| AspectFigures { target: whole(ct), realisation: whole(cr) }),
        }).collect();
        let aspects: Vec<Decimal> = behaviour.iter().map(|&v| whole(v)).collect();
        let rules = Pp46Rules::default();
        let explained: Pp46Explanation = explain_pp_46_2011(&rules, &activities, &aspects).unwrap();
        for (activity, given) in explained.activities.iter().zip(&activities) {
            prop_assert_eq!(activity.not_done, given.quantity.realisation.is_zero());
            for aspect in &activity.aspects {
                let (t, r) = (aspect.target, aspect.realisation);
                let ratio = r / t * whole(100);
                match aspect.efficiency {
                    None => prop_assert_eq!(aspect.raw.round_dp(20), ratio.round_dp(20)),
                    Some(efficiency) => {
                        // e = 100 − R/T × 100; within 24 exactly when 100 R ≥ 76 T.
                        prop_assert_eq!(efficiency.percent.round_dp(20), (whole(100) - ratio).round_dp(20));
                        prop_assert_eq!(efficiency.within_24, whole(100) * r >= whole(76) * t);
                        let x = (d("1.76") * t - r) / t * whole(100);
                        let rule = if efficiency.within_24 { x } else { whole(76) - (x - whole(100)) };
                        prop_assert_eq!(aspect.raw.round_dp(18), rule.round_dp(18));
                    }
                }
                prop_assert_eq!(aspect.value, aspect.raw.max(Decimal::ZERO));
            }
            if activity.not_done {
                prop_assert_eq!(activity.value, Decimal::ZERO);
            } else {
                let sum: Decimal = activity.aspects.iter().map(|a| a.value).sum();
                let n = Decimal::from(activity.aspects.len());
                prop_assert_eq!(activity.value.round_dp(20), (sum / n).round_dp(20));
            }
            prop_assert_eq!(activity.aspects.len(), if given.cost.is_some() { 4 } else { 3 });
        }
        let sum: Decimal = explained.activities.iter().map(|a| a.value).sum();
        prop_assert_eq!(explained.skp.round_dp(20), (sum / Decimal::from(activities.len())).round_dp(20));
        let behaviour_sum: Decimal = aspects.iter().sum();
        prop_assert_eq!(explained.behaviour.round_dp(20), (behaviour_sum / Decimal::from(aspects.len())).round_dp(20));
        prop_assert_eq!((explained.skp_share.value(), explained.behaviour_share.value()), (whole(60), whole(40)));
        prop_assert_eq!(explained.value, explained.skp_part + explained.behaviour_part);
        prop_assert_eq!(explained.outcome(), pp_46_2011_final(&rules, &activities, &aspects).unwrap());
        prop_assert!(holds(explained.band.lower, explained.band.upper, explained.value.max(Decimal::ZERO)));
        round_trips(&explained);
        assert_clean(|language| explained.render(language));
    }

    /// Credit points: the percent is the predicate's (DOMAIN §4.5), the exact points times
    /// 1200 give back coefficient × percent × months, and the reported figure is the points
    /// rounded by the stated rule.
    #[test]
    fn credit_explanations_recompute_the_points(coefficient in figure(60), predicate in predicate(), months in 1..=15_u8, places in 0..=3_u32) {
        let rounding = Rounding::new(places, kinerja::num::RoundingMode::HalfUp).unwrap();
        let explained: CreditExplanation = credit_points(coefficient, predicate, months).unwrap().explain(rounding);
        let percent = match predicate {
            Predicate::VeryGood => 150,
            Predicate::Good => 100,
            Predicate::NeedsImprovement => 75,
            Predicate::PoorOrMisconduct => 50,
            Predicate::VeryPoor => 25,
        };
        prop_assert_eq!(explained.percent.value(), whole(percent));
        prop_assert_eq!(explained.months, months.min(12));
        let product = coefficient * whole(percent) * Decimal::from(explained.months);
        prop_assert_eq!((explained.points * whole(1200)).round_dp(20), product.round_dp(20));
        prop_assert_eq!(explained.reported, rounding.apply(explained.points));
        round_trips(&explained);
        assert_clean(|language| explained.render(language));
    }

    /// The nine-box: each axis's score lies in the band of its label, the box is DOMAIN §5's
    /// for the two labels, the actions are the rules' for the box, and the placement
    /// travels through JSON.
    #[test]
    fn placements_carry_their_axes(performance in figure(150), potential in figure(100)) {
        let rules = NineBoxRules::default();
        let placed = rules.place(performance, potential).unwrap();
        let axes = placed.axes.clone().unwrap();
        prop_assert_eq!((axes.performance.score, axes.potential.score), (performance, potential));
        let performance_band = axes.performance.bands.bands().iter().find(|b| b.label == placed.performance).unwrap();
        prop_assert!(holds(performance_band.lower, performance_band.upper, performance));
        let potential_band = axes.potential.bands.bands().iter().find(|b| b.label == placed.potential).unwrap();
        prop_assert!(holds(potential_band.lower, potential_band.upper, potential));
        let row = match placed.performance { Rating::Above => [4, 7, 9], Rating::Meets => [2, 5, 8], Rating::Below => [1, 3, 6] };
        let column = match placed.potential { Potential::Low => 0, Potential::Middle => 1, Potential::High => 2 };
        prop_assert_eq!(placed.box_number.number(), row[column]);
        prop_assert_eq!(&placed.actions, &rules.actions[&placed.box_number]);
        let text = placed.render(Language::English);
        prop_assert!(text.starts_with(&format!("Nine-box box {}: ", row[column])), "{}", text);
        for action in &placed.actions {
            prop_assert!(text.contains(action.label(Language::English)));
        }
        prop_assert!(placed.actions.contains(&TalentAction::CompetencyDevelopment) == [2, 3, 4, 5, 7].contains(&row[column]));
        round_trips(&placed);
        assert_clean(|language| placed.render(language));
    }
}
