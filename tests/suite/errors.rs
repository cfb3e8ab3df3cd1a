//! The crate's errors: one kind and subject whatever stage passes an error on, and a
//! description of every variant in Indonesian that is really Indonesian.

use kinerja::agreement::{Action, AgreementError, Field, Role, Stage};
use kinerja::cascade::{CascadeError, Level, LevelRule, Owner};
use kinerja::development::DevelopmentError;
use kinerja::evaluation::{
    Averaged, CoreValue, EvaluationError, EvaluationFormula, Figure, OrganisationPredicate,
    QuotaRounding, Rating,
};
use kinerja::id::CompetencyId;
use kinerja::measure::{DefinitionRule, MeasureError, MeasureFormula};
use kinerja::org::{AgencyError, Subject};
use kinerja::prelude::*;
use kinerja::scoring::{BandError, Part, ScoringError, ScoringFormula, Weighed};
use kinerja::{Error, ErrorKind, ErrorSubject};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn node(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn indicator(text: &str) -> IndicatorId {
    IndicatorId::new(text).unwrap()
}

fn rina() -> EmployeeNumber {
    EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014").unwrap()
}

fn q1() -> Period {
    "2026-Q1".parse().unwrap()
}

/// One error of every measurement variant.
fn measure_errors() -> Vec<MeasureError> {
    let i = indicator("IKI-1");
    let span = q1().into();
    vec![
        MeasureError::InvalidDefinition {
            indicator: i.clone(),
            period: Some(q1()),
            rule: DefinitionRule::FloorAboveCap,
        },
        MeasureError::DuplicateDefinition {
            indicator: i.clone(),
        },
        MeasureError::UnknownIndicator {
            indicator: i.clone(),
        },
        MeasureError::MissingRealisation {
            indicator: i.clone(),
            period: q1(),
        },
        MeasureError::NegativeRealisation {
            indicator: i.clone(),
            period: q1(),
            value: Decimal::NEGATIVE_ONE,
        },
        MeasureError::ZeroRealisation {
            indicator: i.clone(),
            period: span,
        },
        MeasureError::DuplicateRealisation {
            indicator: i.clone(),
            employee: Some(rina()),
            period: q1(),
        },
        MeasureError::UntargetedPeriod {
            indicator: i.clone(),
            period: q1(),
        },
        MeasureError::NoTargetInScope {
            indicator: i.clone(),
            period: span,
        },
        MeasureError::TargetKind {
            indicator: i.clone(),
        },
        MeasureError::Overflow {
            indicator: i,
            period: span,
            formula: MeasureFormula::Achievement,
        },
    ]
}

/// One error of every scoring variant of its own (the wrapped ones come from elsewhere).
fn scoring_errors() -> Vec<ScoringError> {
    vec![
        ScoringError::Band(BandError::Gap { index: 2 }),
        ScoringError::UnitMismatch {
            node: node("S1"),
            unit: "dokumen".to_owned(),
            child: node("R1"),
            child_unit: "orang".to_owned(),
        },
        ScoringError::NegativeWeight {
            part: Part::Numbered {
                of: Weighed::Plan,
                number: 1,
            },
            weight: Decimal::NEGATIVE_ONE,
        },
        ScoringError::WeightsNotWhole {
            of: Weighed::Indicators(node("R1")),
            total: Decimal::from(90),
        },
        ScoringError::AllZeroWeights { of: Weighed::Parts },
        ScoringError::EmptySet {
            of: Weighed::Objectives,
        },
        ScoringError::MissingPart {
            part: Part::Indicator(indicator("IKI-1")),
            policy: WeightPolicy::Strict,
        },
        ScoringError::RepeatedInPlan {
            part: Part::Result(node("R1")),
        },
        ScoringError::StatementOfUnknownPart {
            part: Part::Indicator(indicator("IKI-9")),
        },
        ScoringError::NothingMeasured { of: Weighed::Plan },
        ScoringError::NothingDue { scope: q1().into() },
        ScoringError::UnknownEmployee { employee: rina() },
        ScoringError::NotInPlan {
            indicator: indicator("IKI-9"),
        },
        ScoringError::Unreachable {
            indicator: indicator("IKI-1"),
            period: q1(),
            band: 3,
        },
        ScoringError::ZeroRun,
        ScoringError::ForeignFigures {
            slots: 3,
            expected: 32,
        },
        ScoringError::Overflow {
            formula: ScoringFormula::WeightedMean,
        },
    ]
}

fn evaluation_errors() -> Vec<EvaluationError> {
    vec![
        EvaluationError::MatrixNotMonotone {
            results: Rating::Above,
            behaviour: Rating::Below,
        },
        EvaluationError::RaterWeights {
            total: Decimal::from(90),
        },
        EvaluationError::ValueCount { count: 9 },
        EvaluationError::NineBoxNumber { number: 10 },
        EvaluationError::CountOverflow,
        EvaluationError::UnnamedSheet,
        EvaluationError::InconsistentSummary { employees: 3 },
        EvaluationError::LeaderRatingsNotMonotone {
            predicate: OrganisationPredicate::Good,
        },
        EvaluationError::MissingLeaderRating {
            predicate: OrganisationPredicate::Poor,
        },
        EvaluationError::BlankReason,
        EvaluationError::PlanOfAnotherEmployee {
            employee: rina(),
            plan: rina(),
        },
        EvaluationError::CalibrationMismatch { employee: rina() },
        EvaluationError::MissingBehaviourRating {
            value: CoreValue::Accountable,
        },
        EvaluationError::PeriodOutsideYear {
            period: q1(),
            year: Year::new(2027).unwrap(),
        },
        EvaluationError::UnknownEmployee { employee: rina() },
        EvaluationError::DuplicateEmployee { employee: rina() },
        EvaluationError::MissingOrganisationPredicate {
            organisation: OrganisationPredicate::Exceptional,
        },
        EvaluationError::QuotaPercent {
            percent: Decimal::from(120),
        },
        EvaluationError::RepeatedQuotaPredicate {
            predicate: kinerja::evaluation::Predicate::Good,
        },
        EvaluationError::EmptyQuota,
        EvaluationError::TooManyQuotas {
            organisation: OrganisationPredicate::Good,
            count: 33,
            limit: 32,
        },
        EvaluationError::NoCompliantAssignment {
            organisation: OrganisationPredicate::Good,
            team: 2,
            rounding: QuotaRounding::Strict,
        },
        EvaluationError::TeamTooLarge {
            team: 300,
            limit: 250,
        },
        EvaluationError::Tenure {
            employee: rina(),
            from: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        },
        EvaluationError::InvalidFigure {
            what: Figure::CreditCoefficient,
            value: Decimal::NEGATIVE_ONE,
        },
        EvaluationError::NothingToAverage {
            what: Averaged::Pp46Activities,
        },
        EvaluationError::Overflow {
            formula: EvaluationFormula::MeanOfPeriods,
        },
        EvaluationError::AlreadyRecorded {
            indicator: indicator("I1"),
            employee: Some(rina()),
            period: q1(),
        },
        EvaluationError::NotRecorded {
            indicator: indicator("I1"),
            employee: None,
            period: q1(),
        },
        EvaluationError::NoOverride {
            employee: rina(),
            period: q1(),
        },
    ]
}

fn other_errors() -> Vec<Error> {
    vec![
        Error::from(Percent::new(Decimal::NEGATIVE_ONE).unwrap_err()),
        Error::from(NodeId::new("has space").unwrap_err()),
        Error::from(EmployeeNumber::new(EmployeeKind::Pns, "123").unwrap_err()),
        Error::from("2026-Q5".parse::<Period>().unwrap_err()),
        Error::from(AgencyError::NoMissions),
        Error::from(AgencyError::BlankText {
            subject: Subject::Agency,
            field: kinerja::org::TextField::Vision,
        }),
        Error::from(CascadeError::Level {
            node: node("G1"),
            level: Level::Goal,
            rule: LevelRule::GoalNeedsMission,
        }),
        Error::from(CascadeError::UnknownOwner {
            node: node("R1"),
            owner: Owner::Employee(rina()),
        }),
        Error::from(CascadeError::WeightTotal {
            parent: None,
            total: Decimal::from(90),
        }),
        Error::from(kinerja::development::CompetencyLevel::new(6).unwrap_err()),
        Error::from(DevelopmentError::DuplicateCompetency {
            competency: CompetencyId::new("MAN-INTEGRITAS").unwrap(),
        }),
        Error::from(DevelopmentError::BlankName {
            competency: CompetencyId::new("TEK-SQL").unwrap(),
        }),
        Error::from(DevelopmentError::UnknownCompetency {
            competency: CompetencyId::new("TEK-SQL").unwrap(),
        }),
        Error::from(DevelopmentError::NoStandard {
            position: PositionId::new("PENGAWAS-SD").unwrap(),
        }),
        Error::from(DevelopmentError::NegativeJp {
            value: Decimal::NEGATIVE_ONE,
        }),
        Error::from(DevelopmentError::NoConversion {
            method: kinerja::development::Method::TechnicalTraining,
        }),
        Error::from(DevelopmentError::JpOverflow),
        Error::from(DevelopmentError::DuplicateProgramme {
            programme: kinerja::id::ProgrammeId::new("P1").unwrap(),
        }),
        Error::from(DevelopmentError::BlankProgrammeName {
            programme: kinerja::id::ProgrammeId::new("P1").unwrap(),
        }),
        Error::from(DevelopmentError::NegativeCost {
            programme: kinerja::id::ProgrammeId::new("P1").unwrap(),
            cost: Decimal::NEGATIVE_ONE,
        }),
        Error::from(DevelopmentError::UnknownProgramme {
            programme: kinerja::id::ProgrammeId::new("P1").unwrap(),
            required: kinerja::id::ProgrammeId::new("P2").unwrap(),
        }),
        Error::from(DevelopmentError::PrerequisiteCycle {
            programme: kinerja::id::ProgrammeId::new("P1").unwrap(),
        }),
        Error::from(DevelopmentError::PrerequisiteAboveLevelGained {
            programme: kinerja::id::ProgrammeId::new("P1").unwrap(),
            competency: CompetencyId::new("MAN-INTEGRITAS").unwrap(),
        }),
        Error::from(DevelopmentError::PerformanceStep { step: 0 }),
        Error::from(DevelopmentError::UnknownEmployee { employee: rina() }),
        Error::from(DevelopmentError::DuplicateEmployee { employee: rina() }),
        Error::from(DevelopmentError::UnknownPosition {
            position: PositionId::new("KASI-X").unwrap(),
        }),
        Error::from(DevelopmentError::DuplicateNeed {
            employee: rina(),
            competency: CompetencyId::new("MAN-INTEGRITAS").unwrap(),
        }),
        Error::from(DevelopmentError::UnknownCompletedProgramme {
            employee: rina(),
            programme: kinerja::id::ProgrammeId::new("P9").unwrap(),
        }),
        Error::from(DevelopmentError::NegativeBudget {
            budget: Decimal::NEGATIVE_ONE,
        }),
        Error::from(DevelopmentError::JpmCutOffs {
            optimal: kinerja::num::Percent::whole(70),
            fairly_optimal: kinerja::num::Percent::whole(80),
        }),
        Error::from(DevelopmentError::MinimumCoverage {
            minimum: kinerja::num::Percent::whole(101),
        }),
    ]
}

/// One error of every agreement variant.
fn agreement_errors() -> Vec<AgreementError> {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    vec![
        AgreementError::UnknownEmployee { employee: rina() },
        AgreementError::NoLeader { employee: rina() },
        AgreementError::NotLeader {
            employee: rina(),
            leader: rina(),
        },
        AgreementError::NotSettler {
            leader: rina(),
            settler: rina(),
        },
        AgreementError::NoSettler { employee: rina() },
        AgreementError::NotAParty {
            employee: rina(),
            actor: rina(),
        },
        AgreementError::NotAllowed {
            action: Action::Propose,
            role: Role::Leader,
        },
        AgreementError::WrongStage {
            action: Action::Close,
            stage: Stage::Draft,
        },
        AgreementError::DateBackwards {
            last: day,
            given: day,
        },
        AgreementError::Blank {
            field: Field::Reason,
        },
        AgreementError::Opening,
        AgreementError::CannotConfirm {
            role: Role::Employee,
        },
        AgreementError::NotConfirmed,
        AgreementError::NoCounter,
        AgreementError::NotDisputed,
        AgreementError::OwnRevision { role: Role::Leader },
        AgreementError::EmptyPlan { employee: rina() },
        AgreementError::Orphan { result: node("R1") },
        AgreementError::NoIndicator { result: node("R1") },
        AgreementError::WrongYear {
            indicator: indicator("I1"),
            found: Year::new(2027).unwrap(),
        },
        AgreementError::UnknownResult { result: node("R1") },
        AgreementError::UnknownIndicator {
            indicator: indicator("I1"),
        },
        AgreementError::UnknownNode { node: node("R1") },
        AgreementError::UnknownUnit {
            unit: UnitId::new("U1").unwrap(),
        },
        AgreementError::NotTheUnits {
            node: node("R1"),
            unit: UnitId::new("U1").unwrap(),
        },
        AgreementError::DuplicateSuggestion { number: 2 },
        AgreementError::DuplicatePlan { employee: rina() },
        AgreementError::NotAgreed {
            employee: rina(),
            stage: Stage::Proposed,
        },
        AgreementError::WrongAuthor {
            employee: rina(),
            author: rina(),
        },
        AgreementError::UnknownEntry { entry: 3 },
        AgreementError::Cascade(CascadeError::WeightTotal {
            parent: None,
            total: Decimal::from(90),
        }),
        AgreementError::Measure(MeasureError::UnknownIndicator {
            indicator: indicator("I1"),
        }),
    ]
}

fn every_error() -> Vec<Error> {
    let mut all: Vec<Error> = measure_errors().into_iter().map(Error::from).collect();
    all.extend(agreement_errors().into_iter().map(Error::from));
    all.extend(
        agreement_errors()
            .into_iter()
            .map(|e| Error::from(EvaluationError::Agreement(e))),
    );
    all.extend(scoring_errors().into_iter().map(Error::from));
    all.extend(evaluation_errors().into_iter().map(Error::from));
    all.extend(other_errors());
    all
}

/// Words that give away an English sentence left untranslated.
const ENGLISH_WORDS: [&str; 9] = [
    " the ",
    " is ",
    " must ",
    " not ",
    " has ",
    " more than ",
    " of ",
    " with ",
    " no ",
];

#[test]
fn every_error_reads_in_indonesian_and_english() {
    for error in every_error() {
        let english = error.describe(Language::English);
        let indonesian = error.describe(Language::Indonesian);
        assert_eq!(english, error.to_string());
        assert!(!indonesian.trim().is_empty(), "{error:?}");
        assert_ne!(indonesian, english, "{error:?} is not translated");
        let padded = format!(" {indonesian} ");
        for word in ENGLISH_WORDS {
            assert!(!padded.contains(word), "{word:?} in {indonesian:?}");
        }
    }
}

#[test]
fn kinds_follow_what_went_wrong() {
    let kind = |e: Error| e.kind();
    assert_eq!(
        kind(
            MeasureError::UnknownIndicator {
                indicator: indicator("X")
            }
            .into()
        ),
        ErrorKind::Definition
    );
    assert_eq!(
        kind(
            MeasureError::MissingRealisation {
                indicator: indicator("X"),
                period: q1()
            }
            .into()
        ),
        ErrorKind::Realisation
    );
    assert_eq!(
        kind(
            EvaluationError::Overflow {
                formula: EvaluationFormula::CreditPoints
            }
            .into()
        ),
        ErrorKind::Overflow
    );
    assert_eq!(kind(BandError::Empty.into()), ErrorKind::Scoring);
    assert_eq!(
        kind(AgencyError::NoMissions.into()),
        ErrorKind::Organisation
    );
    assert_eq!(
        kind(NodeId::new("").unwrap_err().into()),
        ErrorKind::InvalidValue
    );
    let problems = kinerja::AgencyInput::new({
        let mut records = kinerja::sample::siulak_records().unwrap();
        records.employees.clear();
        records
            .realisations
            .push(Realisation::new(indicator("NOPE"), q1(), Decimal::ONE));
        records
    })
    .unwrap_err();
    assert_eq!(Error::from(problems).kind(), ErrorKind::Inputs);
    assert_eq!(kind(AgreementError::NoCounter.into()), ErrorKind::Agreement);
    let cascade = CascadeError::WeightTotal {
        parent: None,
        total: Decimal::ONE,
    };
    assert_eq!(
        kind(AgreementError::Cascade(cascade).into()),
        ErrorKind::Cascade
    );
    let through = EvaluationError::Agreement(AgreementError::Blank {
        field: Field::Reason,
    });
    assert_eq!(kind(through.into()), ErrorKind::Agreement);
}

#[test]
fn subjects_name_the_id_each_error_is_about() {
    let subject = |e: Error| e.subject();
    assert_eq!(
        subject(
            ScoringError::RepeatedInPlan {
                part: Part::Result(node("R1"))
            }
            .into()
        ),
        Some(ErrorSubject::Node(node("R1")))
    );
    assert_eq!(
        subject(EvaluationError::CalibrationMismatch { employee: rina() }.into()),
        Some(ErrorSubject::Employee(rina()))
    );
    assert_eq!(
        subject(AgreementError::Orphan { result: node("R9") }.into()),
        Some(ErrorSubject::Node(node("R9")))
    );
    assert_eq!(
        subject(
            EvaluationError::Agreement(AgreementError::NotAgreed {
                employee: rina(),
                stage: Stage::Draft
            })
            .into()
        ),
        Some(ErrorSubject::Employee(rina()))
    );
    assert_eq!(
        subject(
            AgencyError::BlankText {
                subject: Subject::Position(PositionId::new("KASI").unwrap()),
                field: kinerja::org::TextField::Name
            }
            .into()
        ),
        Some(ErrorSubject::Position(PositionId::new("KASI").unwrap()))
    );
    assert_eq!(
        subject(
            CascadeError::WeightTotal {
                parent: None,
                total: Decimal::ONE
            }
            .into()
        ),
        None
    );
}

proptest! {
    /// An indicator's error reads and classifies the same whether the measurement stage, the
    /// scoring stage or the evaluation stage hands it on.
    #[test]
    fn an_error_is_the_same_however_it_travels(pick in 0usize..11) {
        let error = measure_errors().into_iter().nth(pick).unwrap();
        let direct = Error::from(error.clone());
        let scored = Error::from(ScoringError::Measure(error.clone()));
        let evaluated = Error::from(EvaluationError::Scoring(ScoringError::Measure(error)));
        for via in [&scored, &evaluated] {
            prop_assert_eq!(via.kind(), direct.kind());
            prop_assert_eq!(via.subject(), direct.subject());
            for language in [Language::Indonesian, Language::English] {
                prop_assert_eq!(via.describe(language), direct.describe(language));
            }
        }
    }
}
