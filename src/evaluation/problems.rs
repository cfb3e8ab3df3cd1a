//! Problems found in an agency's inputs, all of them at once, each naming the id and the
//! rule, readable in Indonesian and English.

use super::rater::RaterRole;
use super::records::RecordKind;
use crate::id::{IndicatorId, NodeId, PositionId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::org::CoreValue;
use crate::period::{Period, Year};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One problem in an agency's inputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "problem", remote = "Self")]
#[non_exhaustive]
pub enum InputProblem {
    /// Two definitions of one indicator.
    DuplicateDefinition {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// A definition of an indicator the cascade does not have.
    DefinitionNotInCascade {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// A definition whose targets are for another year.
    DefinitionOutsideYear {
        /// The indicator.
        indicator: IndicatorId,
        /// The year evaluated.
        year: Year,
    },
    /// An indicator that is scored (on a main result, a goal or an objective) has no
    /// definition.
    MissingDefinition {
        /// The indicator.
        indicator: IndicatorId,
        /// Its node.
        node: NodeId,
    },
    /// The cascade and the definition give an indicator different units.
    UnitMismatch {
        /// The indicator.
        indicator: IndicatorId,
        /// The unit in the cascade.
        cascade_unit: String,
        /// The unit in the definition.
        definition_unit: String,
    },
    /// A main result with no indicator, so it cannot be scored.
    ResultWithoutIndicator {
        /// The result.
        node: NodeId,
    },
    /// A directly linked child adds a figure in another unit into its parent's.
    RollUpUnitMismatch {
        /// The parent.
        node: NodeId,
        /// The parent's unit (`(no indicator)` when it has none).
        unit: String,
        /// The child.
        child: NodeId,
        /// The child's unit.
        child_unit: String,
    },
    /// Under the mean of periods, an indicator with no target in any period of the
    /// evaluation's granularity.
    OnlyAnnualTarget {
        /// The indicator.
        indicator: IndicatorId,
    },
    /// Two realisations of one indicator, period and employee (or two of the team's).
    DuplicateRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The employee; none for the team's.
        employee: Option<EmployeeNumber>,
        /// The period.
        period: Period,
    },
    /// A realisation of an indicator the cascade does not have.
    UnknownIndicator {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// A realisation for a period outside the year evaluated.
    RealisationOutsideYear {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// A realisation for a period the indicator has no target for.
    UntargetedPeriod {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
    },
    /// A negative realisation of an indicator that does not allow them.
    NegativeRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The value.
        #[serde(with = "crate::decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        value: Decimal,
    },
    /// A realisation written with more decimals than its indicator's figures may have
    /// ([`IndicatorDefinition::decimals`](crate::measure::IndicatorDefinition::decimals)).
    TooManyDecimals {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The figure, as written.
        #[serde(with = "crate::decimal_text")]
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::decimal_text::schema")
        )]
        value: Decimal,
        /// The decimals the indicator's figures may have.
        decimals: u8,
    },
    /// A team realisation of a result whose position has several holders and that is not
    /// declared shared: each holder's realisation must name them.
    NeedsEmployee {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The position.
        position: PositionId,
        /// How many hold it.
        holders: usize,
    },
    /// A realisation naming an employee on a result declared shared, which takes the team's
    /// figure only.
    SharedTakesTeamFigure {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The employee named.
        employee: EmployeeNumber,
    },
    /// A realisation naming an employee who does not own the result (or an organisational
    /// node's).
    NotTheirResult {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The employee named.
        employee: EmployeeNumber,
    },
    /// A realisation naming an employee number that nobody in the agency has (a mistyped
    /// NIP, or someone not registered).
    UnregisteredEmployee {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The number named.
        employee: EmployeeNumber,
    },
    /// A realisation typed for a node whose figure sums up from its directly linked
    /// children, which does not declare that it keeps a figure of its own
    /// ([`Node::keeping_own_figure`](crate::cascade::Node::keeping_own_figure)): it would be
    /// added to the children's sum.
    OwnFigureOfSummedNode {
        /// The node.
        node: NodeId,
        /// Its statement.
        statement: String,
        /// Its roll-up indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The directly linked children that add into it, in id order.
        children: Vec<NodeId>,
    },
    /// Both a team realisation and the employee's own, for the same indicator and period.
    TeamAndOwnFigure {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The employee.
        employee: EmployeeNumber,
    },
    /// No realisation where the indicator's missing-value policy requires one.
    MissingRealisation {
        /// The indicator.
        indicator: IndicatorId,
        /// The period.
        period: Period,
        /// The employee whose plan needs it.
        employee: EmployeeNumber,
    },
    /// Records of an employee who is not in the agency.
    UnknownEmployee {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// Two sets of records for one employee.
    DuplicateRecords {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// Records of an employee who owns no main result, so is not evaluated.
    NoPlan {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// A record for a period that has no evaluation: not the year, not a period of the
    /// evaluation's granularity, or one in which nothing in the plan is due yet.
    PeriodNotEvaluated {
        /// The employee.
        employee: EmployeeNumber,
        /// The period.
        period: Period,
        /// What was recorded.
        kind: RecordKind,
    },
    /// A rater who rates once (the superior, the employee) rated one value twice in one
    /// period.
    RepeatedRating {
        /// The employee.
        employee: EmployeeNumber,
        /// The period.
        period: Period,
        /// The value.
        value: CoreValue,
        /// The rater.
        rater: RaterRole,
    },
    /// An evaluated period whose behaviour ratings leave values unrated (by the superior, or
    /// by anyone whose rating counts).
    MissingBehaviour {
        /// The employee.
        employee: EmployeeNumber,
        /// The period (the year for the annual evaluation).
        period: Period,
        /// The values without the ratings they need.
        values: Vec<CoreValue>,
    },
    /// An override of the organisation's leader, whose result rating is the organisation's.
    LeaderOverride {
        /// The leader.
        employee: EmployeeNumber,
        /// The period.
        period: Period,
    },
    /// A decision on the organisation's predicate for a period that has no evaluation.
    DecisionPeriodNotEvaluated {
        /// The period.
        period: Period,
    },
    /// An employee placed in more than one decision on a tie, or twice in one.
    RepeatedTiePlacement {
        /// The employee.
        employee: EmployeeNumber,
    },
    /// An objection filed before the result was given, or after the deadline.
    ObjectionOutOfTime {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
        /// Days from the result given to the objection filed (negative: before it).
        days: i64,
        /// The deadline in days.
        deadline: u16,
    },
    /// An objection addressed to someone other than the rater's superior.
    ObjectionMisaddressed {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
        /// To whom it was addressed.
        addressed_to: EmployeeNumber,
    },
    /// An objection decided before it was filed.
    ObjectionDecidedBeforeFiled {
        /// The employee.
        employee: EmployeeNumber,
        /// The evaluation's period.
        period: Period,
    },
}

crate::objects_only::objects_only!(InputProblem);

fn whose(employee: Option<&EmployeeNumber>, language: Language) -> String {
    match (employee, language) {
        (Some(e), Language::Indonesian) => format!(" milik pegawai {e}"),
        (Some(e), Language::English) => format!(" of employee {e}"),
        (None, Language::Indonesian) => " tim".to_owned(),
        (None, Language::English) => " of the team".to_owned(),
    }
}

impl InputProblem {
    /// The problem in a sentence, in `language`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::Language;
    /// use kinerja::id::IndicatorId;
    /// use kinerja::evaluation::InputProblem;
    /// let problem = InputProblem::UnknownIndicator {
    ///     indicator: IndicatorId::new("IKI-99")?,
    ///     period: "2026-Q1".parse()?,
    /// };
    /// assert_eq!(problem.describe(Language::Indonesian),
    ///     "realisasi indikator `IKI-99` periode 2026-Q1: indikator tidak ada dalam pohon kinerja");
    /// assert_eq!(problem.describe(Language::English),
    ///     "realisation of indicator `IKI-99`, period 2026-Q1: the indicator is not in the cascade");
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match language {
            Language::Indonesian => self.in_indonesian(),
            Language::English => self.in_english(),
        }
    }

    fn in_indonesian(&self) -> String {
        let language = Language::Indonesian;
        match self {
            Self::DuplicateDefinition { indicator } => {
                format!("definisi indikator `{indicator}` ada lebih dari satu")
            }
            Self::DefinitionNotInCascade { indicator } => {
                format!("definisi indikator `{indicator}`: indikator tidak ada dalam pohon kinerja")
            }
            Self::DefinitionOutsideYear { indicator, year } => {
                format!("definisi indikator `{indicator}`: targetnya bukan untuk tahun {year}")
            }
            Self::MissingDefinition { indicator, node } => format!(
                "indikator `{indicator}` pada `{node}` dinilai tetapi belum memiliki definisi"
            ),
            Self::UnitMismatch {
                indicator,
                cascade_unit,
                definition_unit,
            } => format!(
                "indikator `{indicator}`: satuan di pohon kinerja `{cascade_unit}` berbeda dengan satuan di definisi `{definition_unit}`"
            ),
            Self::ResultWithoutIndicator { node } => {
                format!(
                    "hasil kerja utama `{node}` belum memiliki indikator, sehingga tidak dapat dinilai"
                )
            }
            Self::RollUpUnitMismatch {
                node,
                unit,
                child,
                child_unit,
            } => {
                format!("`{child}` menjumlahkan {child_unit} ke `{node}` yang bersatuan {unit}")
            }
            Self::OnlyAnnualTarget { indicator } => format!(
                "indikator `{indicator}` hanya bertarget tahunan, padahal nilai tahunan dihitung dari rata-rata periode"
            ),
            Self::UnknownIndicator { indicator, period } => format!(
                "realisasi indikator `{indicator}` periode {period}: indikator tidak ada dalam pohon kinerja"
            ),
            Self::RealisationOutsideYear { indicator, period } => format!(
                "realisasi indikator `{indicator}` periode {period}: di luar tahun penilaian"
            ),
            Self::UntargetedPeriod { indicator, period } => format!(
                "realisasi indikator `{indicator}` periode {period}: tidak ada target untuk periode ini"
            ),
            Self::NegativeRealisation {
                indicator,
                period,
                value,
            } => format!(
                "realisasi indikator `{indicator}` periode {period}: nilai {value} negatif, padahal indikator tidak mengizinkannya"
            ),
            Self::TooManyDecimals {
                indicator,
                period,
                value,
                decimals,
            } => format!(
                "realisasi indikator `{indicator}` periode {period}: {}",
                crate::measure::describe_decimals(*value, *decimals, language)
            ),
            Self::NeedsEmployee {
                indicator,
                period,
                position,
                holders,
            } => format!(
                "realisasi indikator `{indicator}` periode {period}: jabatan `{position}` dipegang {holders} pegawai, maka realisasi harus menyebut pegawainya (atau hasil kerja dinyatakan hasil kerja bersama)"
            ),
            Self::SharedTakesTeamFigure {
                indicator,
                period,
                employee,
            } => format!(
                "realisasi indikator `{indicator}` periode {period} menyebut pegawai {employee}, padahal hasil kerjanya hasil kerja bersama yang hanya memakai realisasi tim"
            ),
            Self::NotTheirResult {
                indicator,
                period,
                employee,
            } => format!(
                "realisasi indikator `{indicator}` periode {period} menyebut pegawai {employee}, yang bukan pemilik hasil kerja tersebut"
            ),
            Self::UnregisteredEmployee {
                indicator,
                period,
                employee,
            } => format!(
                "realisasi indikator `{indicator}` periode {period} menyebut NIP {employee}: pegawai tidak terdaftar di instansi; periksa NIP-nya"
            ),
            Self::OwnFigureOfSummedNode {
                node,
                statement,
                indicator,
                period,
                children,
            } => format!(
                "realisasi indikator `{indicator}` periode {period} diisi untuk \"{statement}\" (`{node}`), padahal angkanya jumlah angka bawahannya ({}); hapus realisasi itu, atau nyatakan `keeps_own_figure` pada `{node}` bila ia punya hasil sendiri yang ditambahkan",
                crate::scoring::node_ids(children)
            ),
            Self::TeamAndOwnFigure {
                indicator,
                period,
                employee,
            } => format!(
                "indikator `{indicator}` periode {period}: ada realisasi tim dan realisasi pegawai {employee} sekaligus"
            ),
            Self::MissingRealisation {
                indicator,
                period,
                employee,
            } => format!(
                "realisasi indikator `{indicator}` periode {period} untuk pegawai {employee} belum dilaporkan"
            ),
            Self::UnknownEmployee { employee } => {
                format!("catatan pegawai {employee}: pegawai tidak terdaftar di instansi")
            }
            Self::DuplicateRecords { employee } => {
                format!("catatan pegawai {employee} ada lebih dari satu")
            }
            Self::NoPlan { employee } => format!(
                "catatan pegawai {employee}: pegawai belum memiliki rencana hasil kerja utama, sehingga tidak dinilai"
            ),
            Self::PeriodNotEvaluated {
                employee,
                period,
                kind,
            } => format!(
                "{} pegawai {employee} periode {period}: tidak ada penilaian pada periode ini",
                kind.label(language)
            ),
            Self::RepeatedRating {
                employee,
                period,
                value,
                rater,
            } => format!(
                "perilaku pegawai {employee} periode {period}: {} menilai {} lebih dari sekali",
                rater.label(language),
                value.label(language)
            ),
            Self::LeaderOverride { employee, period } => format!(
                "pegawai {employee} periode {period}: rating hasil kerja pimpinan organisasi mengikuti predikat organisasi; tetapkan predikat organisasi, bukan perubahan rating"
            ),
            Self::DecisionPeriodNotEvaluated { period } => {
                format!(
                    "penetapan predikat organisasi periode {period}: tidak ada penilaian pada periode ini"
                )
            }
            Self::RepeatedTiePlacement { employee } => format!(
                "pegawai {employee} ditempatkan lebih dari sekali dalam keputusan atas nilai sama; satu keputusan menempatkan setiap anggota sekali"
            ),
            Self::ObjectionOutOfTime {
                employee,
                period,
                days,
                deadline,
            } => {
                if *days < 0 {
                    format!(
                        "keberatan pegawai {employee} atas penilaian {period} diajukan sebelum hasilnya diberikan"
                    )
                } else {
                    format!(
                        "keberatan pegawai {employee} atas penilaian {period} diajukan {days} hari setelah hasilnya diberikan, lewat batas {deadline} hari"
                    )
                }
            }
            Self::ObjectionMisaddressed {
                employee,
                period,
                addressed_to,
            } => format!(
                "keberatan pegawai {employee} atas penilaian {period} ditujukan kepada {addressed_to}, bukan atasan pejabat penilai kinerja; ajukan kepada atasan dari atasan langsung"
            ),
            Self::ObjectionDecidedBeforeFiled { employee, period } => format!(
                "keberatan pegawai {employee} atas penilaian {period} diputuskan sebelum diajukan"
            ),
            Self::DuplicateRealisation {
                indicator,
                employee,
                period,
            } => match language {
                Language::Indonesian => format!(
                    "realisasi indikator `{indicator}` periode {period}{} tercatat lebih dari sekali",
                    whose(employee.as_ref(), language)
                ),
                Language::English => format!(
                    "realisation of indicator `{indicator}`, period {period}{}, is recorded more than once",
                    whose(employee.as_ref(), language)
                ),
            },
            Self::MissingBehaviour {
                employee,
                period,
                values,
            } => {
                let names: Vec<&str> = values.iter().map(|v| v.label(language)).collect();
                match language {
                    Language::Indonesian => format!(
                        "perilaku pegawai {employee} periode {period} belum dinilai: {}",
                        names.join(", ")
                    ),
                    Language::English => format!(
                        "behaviour of employee {employee}, period {period}, is not rated: {}",
                        names.join(", ")
                    ),
                }
            }
        }
    }

    fn in_english(&self) -> String {
        let language = Language::English;
        match self {
            Self::DuplicateDefinition { indicator } => {
                format!("indicator `{indicator}` is defined more than once")
            }
            Self::DefinitionNotInCascade { indicator } => {
                format!(
                    "definition of indicator `{indicator}`: the indicator is not in the cascade"
                )
            }
            Self::DefinitionOutsideYear { indicator, year } => {
                format!("definition of indicator `{indicator}`: its targets are not for {year}")
            }
            Self::MissingDefinition { indicator, node } => {
                format!("indicator `{indicator}` of `{node}` is scored but has no definition")
            }
            Self::UnitMismatch {
                indicator,
                cascade_unit,
                definition_unit,
            } => format!(
                "indicator `{indicator}`: its unit is `{cascade_unit}` in the cascade but `{definition_unit}` in its definition"
            ),
            Self::ResultWithoutIndicator { node } => {
                format!("main result `{node}` has no indicator, so it cannot be scored")
            }
            Self::RollUpUnitMismatch {
                node,
                unit,
                child,
                child_unit,
            } => format!("`{child}` adds {child_unit} into `{node}`, whose unit is {unit}"),
            Self::OnlyAnnualTarget { indicator } => format!(
                "indicator `{indicator}` has only an annual target, but the annual rating is the mean of the periods"
            ),
            Self::DuplicateRealisation {
                indicator,
                employee,
                period,
            } => match language {
                Language::Indonesian => format!(
                    "realisasi indikator `{indicator}` periode {period}{} tercatat lebih dari sekali",
                    whose(employee.as_ref(), language)
                ),
                Language::English => format!(
                    "realisation of indicator `{indicator}`, period {period}{}, is recorded more than once",
                    whose(employee.as_ref(), language)
                ),
            },
            Self::UnknownIndicator { indicator, period } => format!(
                "realisation of indicator `{indicator}`, period {period}: the indicator is not in the cascade"
            ),
            Self::RealisationOutsideYear { indicator, period } => format!(
                "realisation of indicator `{indicator}`, period {period}: outside the year evaluated"
            ),
            Self::UntargetedPeriod { indicator, period } => format!(
                "realisation of indicator `{indicator}`, period {period}: the indicator has no target for this period"
            ),
            Self::NegativeRealisation {
                indicator,
                period,
                value,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}: {value} is negative, which the indicator does not allow"
            ),
            Self::TooManyDecimals {
                indicator,
                period,
                value,
                decimals,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}: {}",
                crate::measure::describe_decimals(*value, *decimals, language)
            ),
            Self::NeedsEmployee {
                indicator,
                period,
                position,
                holders,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}: position `{position}` has {holders} holders, so the realisation must name the employee (or the result be declared shared)"
            ),
            Self::SharedTakesTeamFigure {
                indicator,
                period,
                employee,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}, names employee {employee}, but the result is shared and takes the team's figure only"
            ),
            Self::NotTheirResult {
                indicator,
                period,
                employee,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}, names employee {employee}, who does not own that result"
            ),
            Self::UnregisteredEmployee {
                indicator,
                period,
                employee,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}, names NIP {employee}: employee not registered in the agency; check the number"
            ),
            Self::OwnFigureOfSummedNode {
                node,
                statement,
                indicator,
                period,
                children,
            } => format!(
                "realisation of indicator `{indicator}`, period {period}, is typed for \"{statement}\" (`{node}`), whose figure is the sum of its children's ({}); remove it, or declare `keeps_own_figure` on `{node}` if it does work of its own to add to theirs",
                crate::scoring::node_ids(children)
            ),
            Self::TeamAndOwnFigure {
                indicator,
                period,
                employee,
            } => format!(
                "indicator `{indicator}`, period {period}: both a team realisation and one of employee {employee}"
            ),
            Self::MissingRealisation {
                indicator,
                period,
                employee,
            } => format!(
                "no realisation of indicator `{indicator}`, period {period}, for employee {employee}"
            ),
            Self::UnknownEmployee { employee } => {
                format!("records of employee {employee}: the employee is not in the agency")
            }
            Self::DuplicateRecords { employee } => {
                format!("employee {employee} has more than one set of records")
            }
            Self::NoPlan { employee } => format!(
                "records of employee {employee}: the employee has no main result, so is not evaluated"
            ),
            Self::PeriodNotEvaluated {
                employee,
                period,
                kind,
            } => format!(
                "{} of employee {employee}, period {period}: there is no evaluation in this period",
                kind.label(language)
            ),
            Self::RepeatedRating {
                employee,
                period,
                value,
                rater,
            } => format!(
                "behaviour of employee {employee}, period {period}: the {} rated '{}' more than once",
                rater.label(language),
                value.label(language)
            ),
            Self::MissingBehaviour {
                employee,
                period,
                values,
            } => {
                let names: Vec<&str> = values.iter().map(|v| v.label(language)).collect();
                match language {
                    Language::Indonesian => format!(
                        "perilaku pegawai {employee} periode {period} belum dinilai: {}",
                        names.join(", ")
                    ),
                    Language::English => format!(
                        "behaviour of employee {employee}, period {period}, is not rated: {}",
                        names.join(", ")
                    ),
                }
            }
            Self::LeaderOverride { employee, period } => format!(
                "employee {employee}, period {period}: the organisation's leader is rated by the organisation's predicate; decide that predicate instead of overriding"
            ),
            Self::DecisionPeriodNotEvaluated { period } => format!(
                "decision on the organisation's predicate, period {period}: there is no evaluation in this period"
            ),
            Self::RepeatedTiePlacement { employee } => format!(
                "employee {employee} is placed more than once in the decisions on ties; a decision places each member once"
            ),
            Self::ObjectionOutOfTime {
                employee,
                period,
                days,
                deadline,
            } => {
                if *days < 0 {
                    format!(
                        "the objection of employee {employee} to the evaluation of {period} was filed before the result was given"
                    )
                } else {
                    format!(
                        "the objection of employee {employee} to the evaluation of {period} was filed {days} days after the result was given, past the deadline of {deadline} days"
                    )
                }
            }
            Self::ObjectionMisaddressed {
                employee,
                period,
                addressed_to,
            } => format!(
                "the objection of employee {employee} to the evaluation of {period} is addressed to {addressed_to}, not the rater's superior; address it to the direct superior's own superior"
            ),
            Self::ObjectionDecidedBeforeFiled { employee, period } => format!(
                "the objection of employee {employee} to the evaluation of {period} was decided before it was filed"
            ),
        }
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// Every problem found in an agency's inputs (never empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct InvalidInputs {
    problems: Vec<InputProblem>,
}

crate::objects_only::objects_only!(InvalidInputs);

impl InvalidInputs {
    pub(crate) const fn new(problems: Vec<InputProblem>) -> Self {
        Self { problems }
    }

    /// The problems, in the order they were found: definitions, the cascade, realisations,
    /// employees' records, the organisation's decisions.
    #[must_use]
    pub fn problems(&self) -> &[InputProblem] {
        &self.problems
    }

    /// Every problem, one per line, in `language`.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            out.push_str(&problem.describe(language));
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for InvalidInputs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s) in the inputs", self.problems.len())?;
        for problem in &self.problems {
            write!(f, "\n- {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for InvalidInputs {}

crate::refusal::told_by_describe!(InvalidInputs);
