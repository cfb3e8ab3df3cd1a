//! Labels for people: every value shown has a label in each language, and no two values of
//! one kind share a label (a reader could not tell them apart).

use kinerja::cascade::Level;
use kinerja::development::{AboveStandard, Unassessed};
use kinerja::evaluation::CountPrecedence;
use kinerja::evaluation::{
    BehaviourMethod, CoreValue, Potential, Pp30Weighting, Predicate, Rating,
};
use kinerja::measure::{Clamp, MinimiseFormula, MissingPolicy, PeriodBasis, Polarity, ZeroTarget};
use kinerja::num::RoundingMode;
use kinerja::org::{FunctionalTrack, JobLevel};
use kinerja::period::Granularity;
use kinerja::scoring::ScorePath;
use kinerja::{Labelled, Language};
use std::collections::BTreeSet;

fn distinct<T: Labelled>(kind: &str, values: &[T]) {
    for language in [Language::Indonesian, Language::English] {
        let labels: Vec<&str> = values.iter().map(|v| v.label(language)).collect();
        assert!(
            labels.iter().all(|l| !l.trim().is_empty()),
            "{kind}: an empty label"
        );
        let unique: BTreeSet<&str> = labels.iter().copied().collect();
        assert_eq!(
            unique.len(),
            labels.len(),
            "{kind} in {language:?}: {labels:?}"
        );
    }
}

#[test]
fn every_kind_of_value_has_distinct_labels_in_both_languages() {
    distinct("predicate", &Predicate::ALL);
    distinct("rating", &[Rating::Below, Rating::Meets, Rating::Above]);
    distinct("core value", &CoreValue::ALL);
    distinct(
        "potential",
        &[Potential::Low, Potential::Middle, Potential::High],
    );
    distinct(
        "level",
        &[
            Level::Goal,
            Level::Objective,
            Level::Programme,
            Level::Activity,
            Level::SubActivity,
            Level::Result,
        ],
    );
    distinct(
        "job level",
        &[
            JobLevel::JptUtama,
            JobLevel::JptMadya,
            JobLevel::JptPratama,
            JobLevel::Administrator,
            JobLevel::Supervisor,
            JobLevel::Executor,
        ],
    );
    distinct(
        "rounding mode",
        &[
            RoundingMode::HalfUp,
            RoundingMode::HalfEven,
            RoundingMode::TowardZero,
        ],
    );
    distinct(
        "minimise formula",
        &[
            MinimiseFormula::Linear,
            MinimiseFormula::Ratio,
            MinimiseFormula::Pp46Efficiency,
        ],
    );
    distinct(
        "polarity",
        &[
            Polarity::Maximise,
            Polarity::Minimise(MinimiseFormula::Linear),
            Polarity::Milestone,
        ],
    );
    distinct(
        "missing policy",
        &[
            MissingPolicy::Error,
            MissingPolicy::Zero,
            MissingPolicy::DropOut,
        ],
    );
    distinct(
        "period basis",
        &[PeriodBasis::PerPeriod, PeriodBasis::Cumulative],
    );
    distinct(
        "granularity",
        &[
            Granularity::Year,
            Granularity::Semester,
            Granularity::Quarter,
            Granularity::Month,
        ],
    );
    distinct(
        "PP 30 weighting",
        &[Pp30Weighting::Standard, Pp30Weighting::ThreeSixty],
    );
    distinct(
        "functional track",
        &[FunctionalTrack::Skill, FunctionalTrack::Expertise],
    );
    distinct("language", &[Language::Indonesian, Language::English]);
    distinct(
        "zero target",
        &[ZeroTarget::Refuse, ZeroTarget::MetWhenReached],
    );
    distinct(
        "above the standard",
        &[AboveStandard::CappedAtStandard, AboveStandard::Counted],
    );
    distinct(
        "unassessed competency",
        &[Unassessed::NotAssessed, Unassessed::AsLevelZero],
    );
    distinct(
        "count precedence",
        &[CountPrecedence::Below, CountPrecedence::Above],
    );
    distinct("limit applied", &[Clamp::Floor, Clamp::Cap]);
    distinct("score path", &[ScorePath::Fast, ScorePath::Decimal]);
    assert_eq!(
        BehaviourMethod::MeanPoints.label(Language::Indonesian),
        "rata-rata nilai perilaku"
    );
}

#[test]
fn the_rounding_rule_is_stated_in_words() {
    use kinerja::num::Rounding;
    let cut = Rounding::new(1, RoundingMode::TowardZero).unwrap();
    assert_eq!(cut.describe(Language::Indonesian), "pemotongan, 1 desimal");
    assert_eq!(cut.describe(Language::English), "toward zero to 1 decimal");
    let even = Rounding::new(3, RoundingMode::HalfEven).unwrap();
    assert_eq!(
        even.describe(Language::Indonesian),
        "pembulatan setengah ke genap, 3 desimal"
    );
}
