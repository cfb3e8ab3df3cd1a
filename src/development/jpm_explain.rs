//! The Job Person Match explained: each required competency with its name, the level
//! required, the level assessed (or "belum dinilai"), the level credited and whether it was
//! held at the standard; the sums, the coverage, the percent and the category with its
//! cut-offs, as a value and as text in Indonesian or English.

use super::assessment::{Assessment, AssessmentSource};
use super::competency::CompetencyLevel;
use super::glossary::TraceNames;
use super::glossary::{Gatherer, Glossary, word};
use super::job_match::{JobPersonMatch, JpmCoverage, count};
use super::jpm_rules::{JpmCategory, JpmRules};
use super::standard::Standard;
use super::unassessed::Unassessed;
use crate::id::{CompetencyId, PositionId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::num::{Percent, Rounding};
use crate::period::Month;
use crate::written::percent;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

/// One required competency in a Job Person Match explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct CompetencyMatch {
    /// The competency.
    pub competency: CompetencyId,
    /// The level the standard requires.
    pub required: CompetencyLevel,
    /// The level assessed; none when never assessed (belum dinilai).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<CompetencyLevel>,
    /// Who assessed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AssessmentSource>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The level credited to the sums; none when the competency is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credited: Option<u8>,
    /// Whether the credited level was held at the standard (an assessed level above it).
    pub capped: bool,
    /// Required − assessed, as in [`CompetencyGap::gap`](super::CompetencyGap::gap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<i8>,
}

crate::objects_only::objects_only!(CompetencyMatch);

/// How a Job Person Match was made (penjelasan kesesuaian jabatan): the account an employee
/// who asks is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct JpmExplanation {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The position whose standard was applied.
    pub position: PositionId,
    /// Each required competency, by id.
    pub competencies: Vec<CompetencyMatch>,
    /// Σ credited levels.
    pub credited: u32,
    /// Σ required levels of the competencies counted (by default those assessed).
    pub required: u32,
    /// The competencies assessed of those required.
    pub coverage: JpmCoverage,
    /// credited / required × 100, exact; none when nothing was counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Percent>,
    /// The category; none without a percent or below the minimum coverage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<JpmCategory>,
    /// The rules it was made under.
    pub rules: JpmRules,
    /// The names of the employee, the position and the competencies.
    pub names: Glossary,
}

crate::objects_only::objects_only!(JpmExplanation);

impl JobPersonMatch {
    /// The match of `employee` against `standard`, as [`JobPersonMatch::new`] makes it, with
    /// its explanation: every competency, the sums, the coverage, the percent and the
    /// category with its cut-offs, and the names to write them with.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::development::{AssessmentRules, JobPersonMatch, JpmRules, ProgrammeCatalogue, TraceNames};
    /// use kinerja::{Language, sample};
    /// let cascade = sample::siulak_cascade()?;
    /// let competencies = sample::siulak_competencies()?;
    /// let programmes = sample::siulak_programmes()?;
    /// let names = TraceNames { cascade: &cascade, competencies: &competencies, programmes: &programmes };
    /// let rina = kinerja::nip::EmployeeNumber::new(kinerja::nip::EmployeeKind::Pns, "198507192010012014")?;
    /// let position = cascade.agency().position(cascade.agency().employee(&rina).ok_or("?")?.position()).ok_or("?")?;
    /// let standard = sample::siulak_standards()?.standard_for(position, &competencies)?;
    /// let assessments = sample::siulak_assessments()?;
    /// let counted = AssessmentRules::default().counted(&rina, &assessments);
    /// let explained = JobPersonMatch::explain(&rina, &standard, &counted, &JpmRules::default(), &names);
    /// let text = explained.render(Language::Indonesian);
    /// // Six of her ten competencies were assessed: 10 levels credited of the 12 they require.
    /// assert!(text.contains("Cakupan: 6 dari 10 kompetensi dinilai (60,00 %)"));
    /// assert!(text.contains("JPM: 10 ÷ 12 × 100 % = 83,33 %"));
    /// assert!(text.contains("Mengelola Perubahan (MAN-MENGELOLA-PERUBAHAN): standar level 2; belum dinilai, tidak dihitung"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn explain(
        employee: &EmployeeNumber,
        standard: &Standard,
        counted: &BTreeMap<CompetencyId, &Assessment>,
        rules: &JpmRules,
        names: &TraceNames<'_>,
    ) -> JpmExplanation {
        let lines = count(standard, counted, rules);
        let made = Self::of(&lines, rules);
        let (credited, required) = super::job_match::sums(&lines);
        let mut gather = Gatherer::new(names);
        gather.employee(employee);
        gather.position(&standard.position);
        let competencies = lines
            .iter()
            .map(|line| {
                gather.competency(line.competency);
                CompetencyMatch {
                    competency: line.competency.clone(),
                    required: line.required,
                    assessed: line.assessment.map(|a| a.level),
                    source: line.assessment.map(|a| a.source),
                    date: line.assessment.map(|a| a.date),
                    credited: line.credited,
                    capped: line.assessment.is_some_and(|a| {
                        line.credited
                            .is_some_and(|credited| credited < a.level.get())
                    }),
                    gap: line.gap,
                }
            })
            .collect();
        JpmExplanation {
            employee: *employee,
            position: standard.position.clone(),
            competencies,
            credited,
            required,
            coverage: made.coverage,
            percent: made.percent,
            category: made.category,
            rules: *rules,
            names: gather.finish(),
        }
    }
}

impl JpmExplanation {
    /// The explanation as text, one line per fact, in `language`; percents to two decimals
    /// (half up), the exact values are in the explanation itself.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        let rounding = Rounding::default();
        let figure = |p: Percent| percent(p.value(), rounding, language);
        let names = &self.names;
        let mut out = String::new();
        let _ = match language {
            Language::Indonesian => writeln!(
                out,
                "Job Person Match {}, jabatan {}",
                names.employee(&self.employee),
                names.position(&self.position)
            ),
            Language::English => writeln!(
                out,
                "Job Person Match of {}, position {}",
                names.employee(&self.employee),
                names.position(&self.position)
            ),
        };
        let _ = writeln!(
            out,
            "{}: {} {}; {} {}; {}",
            word(language, "Aturan", "Rules"),
            word(
                language,
                "level di atas standar",
                "a level above the standard"
            ),
            self.rules.above_standard().label(language),
            word(language, "kompetensi", "a competency"),
            self.rules.unassessed().label(language),
            minimum_text(&self.rules, language)
        );
        for line in &self.competencies {
            let _ = writeln!(
                out,
                "- {}: {}",
                names.competency(&line.competency),
                competency_text(line, language)
            );
        }
        let coverage = &self.coverage;
        let covered = coverage
            .percent
            .map_or_else(String::new, |p| format!(" ({})", figure(p)));
        let _ = writeln!(
            out,
            "{}: {} {} {} {}{covered}",
            word(language, "Cakupan", "Coverage"),
            coverage.assessed,
            word(language, "dari", "of"),
            coverage.required,
            word(language, "kompetensi dinilai", "competencies assessed"),
        );
        let over = match (self.rules.unassessed(), id) {
            (Unassessed::AsLevelZero, true) => format!(
                "atas semua {} kompetensi, yang belum dinilai sebagai level 0",
                coverage.required
            ),
            (Unassessed::AsLevelZero, false) => format!(
                "over all {} competencies, those not assessed as level 0",
                coverage.required
            ),
            (_, true) => format!("atas {} kompetensi yang dinilai", coverage.assessed),
            (_, false) => format!("over the {} competencies assessed", coverage.assessed),
        };
        let _ = writeln!(
            out,
            "{}: {} {} {} {} {}, {over}",
            word(language, "Jumlah level", "Levels"),
            word(language, "dihitung", "credited"),
            self.credited,
            word(language, "dari", "of"),
            self.required,
            word(language, "yang disyaratkan", "required"),
        );
        match self.percent {
            Some(p) => {
                let _ = writeln!(
                    out,
                    "JPM: {} ÷ {} × {} = {}",
                    self.credited,
                    self.required,
                    word(language, "100 %", "100%"),
                    figure(p)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "JPM: {}",
                    word(
                        language,
                        "belum dapat dihitung, tidak ada kompetensi yang dinilai",
                        "cannot be computed, no competency was assessed"
                    )
                );
            }
        }
        let cut_offs = self.cut_offs(language);
        let verdict = match (self.category, self.percent) {
            (Some(category), _) => category.label(language).to_owned(),
            (None, None) => word(
                language,
                "belum ditetapkan, tanpa nilai JPM",
                "not given, no JPM figure",
            )
            .to_owned(),
            (None, Some(_)) => {
                let have = coverage
                    .percent
                    .map_or_else(|| figure(Percent::ZERO), figure);
                let minimum = figure(self.rules.minimum_coverage());
                if id {
                    format!("belum ditetapkan, cakupan {have} di bawah minimum {minimum}")
                } else {
                    format!("not given, coverage {have} below the minimum of {minimum}")
                }
            }
        };
        let _ = writeln!(
            out,
            "{}: {verdict} ({cut_offs})",
            word(language, "Kategori", "Category")
        );
        out
    }

    fn cut_offs(&self, language: Language) -> String {
        let rounding = Rounding::default();
        let optimal = percent(self.rules.optimal_from().value(), rounding, language);
        let fairly = percent(self.rules.fairly_optimal_from().value(), rounding, language);
        let (best, fair, less) = (
            JpmCategory::Optimal.label(language),
            JpmCategory::FairlyOptimal.label(language),
            JpmCategory::LessOptimal.label(language),
        );
        match language {
            Language::Indonesian => {
                format!("{best} mulai {optimal}, {fair} mulai {fairly}, di bawahnya {less}")
            }
            Language::English => {
                format!("{best} from {optimal}, {fair} from {fairly}, {less} below")
            }
        }
    }
}

fn minimum_text(rules: &JpmRules, language: Language) -> String {
    let minimum = percent(
        rules.minimum_coverage().value(),
        Rounding::default(),
        language,
    );
    match (rules.unassessed(), language) {
        (Unassessed::AsLevelZero, Language::Indonesian) => "kategori selalu ditetapkan".to_owned(),
        (Unassessed::AsLevelZero, Language::English) => "a category always given".to_owned(),
        (_, Language::Indonesian) => format!("kategori mulai cakupan {minimum}"),
        (_, Language::English) => format!("a category from a coverage of {minimum}"),
    }
}

fn competency_text(line: &CompetencyMatch, language: Language) -> String {
    let mut text = format!(
        "{} {}",
        word(language, "standar level", "standard level"),
        line.required
    );
    match line.assessed {
        Some(level) => {
            let _ = write!(
                text,
                "; {} {level}",
                word(language, "dinilai level", "assessed level")
            );
            let by: Vec<String> = line
                .source
                .map(|s| s.label(language).to_owned())
                .into_iter()
                .chain(line.date.map(|d| date_text(d, language)))
                .collect();
            if !by.is_empty() {
                let _ = write!(text, " ({})", by.join(", "));
            }
            if let Some(gap) = line.gap {
                let _ = write!(text, ", {}", gap_text(gap, language));
            }
            if let Some(credited) = line.credited {
                let _ = write!(
                    text,
                    "; {} {credited}",
                    word(language, "dihitung level", "credited level")
                );
                if line.capped {
                    let _ = write!(
                        text,
                        ", {}",
                        word(language, "dibatasi pada standar", "capped at the standard")
                    );
                }
            }
        }
        None => {
            let _ = write!(
                text,
                "; {}",
                word(language, "belum dinilai", "not assessed")
            );
            match (line.credited, line.gap) {
                (Some(credited), Some(gap)) => {
                    let _ = write!(
                        text,
                        ", {} {credited}, {}",
                        word(language, "dihitung level", "counted as level"),
                        gap_text(gap, language)
                    );
                }
                _ => {
                    let _ = write!(text, ", {}", word(language, "tidak dihitung", "left out"));
                }
            }
        }
    }
    text
}

/// A gap in words: `kurang 1 level`, `sesuai standar`, `1 level di atas standar`.
fn gap_text(gap: i8, language: Language) -> String {
    let levels = gap.unsigned_abs();
    let unit = match (language, levels) {
        (Language::English, 1) | (Language::Indonesian, _) => "level",
        (Language::English, _) => "levels",
    };
    match (gap.signum(), language) {
        (1, Language::Indonesian) => format!("kurang {levels} {unit}"),
        (1, Language::English) => format!("{levels} {unit} short"),
        (-1, Language::Indonesian) => format!("{levels} {unit} di atas standar"),
        (-1, Language::English) => format!("{levels} {unit} above the standard"),
        (_, Language::Indonesian) => "sesuai standar".to_owned(),
        (_, Language::English) => "meets the standard".to_owned(),
    }
}

/// A date as people write it: `16 Februari 2026`, `16 February 2026`.
fn date_text(date: NaiveDate, language: Language) -> String {
    let month = u8::try_from(date.month())
        .ok()
        .and_then(|m| Month::new(m).ok());
    month.map_or_else(
        || date.to_string(),
        |m| format!("{} {} {}", date.day(), m.label(language), date.year()),
    )
}
