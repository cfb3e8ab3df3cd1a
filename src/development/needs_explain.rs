//! The training needs analysis explained: for the agency and each unit, the counts and sums
//! (employees, training needs, assessments to make, budget needed and funded, weight left
//! open), each competency, goal and programme by name, as a value and as text in Indonesian
//! or English.

use super::analysis::{TrainingNeeds, TrainingNeedsAnalysis};
use super::glossary::TraceNames;
use super::glossary::{Gatherer, Glossary, count, word};
use super::method::Jp;
use super::plan_explain::jp_text;
use crate::label::Language;
use crate::num::Rounding;
use crate::written::{number, rupiah};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// How a training needs analysis adds up (penjelasan analisis kebutuhan pelatihan): the
/// agency's figures and each unit's, with the names to write them with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct TrainingNeedsExplanation {
    /// The agency as a whole.
    pub agency: TrainingNeeds,
    /// Each unit, by id.
    pub units: Vec<TrainingNeeds>,
    /// The budget of the plan it rests on; none when unlimited.
    #[serde(default, with = "crate::decimal_text::optional")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub budget: Option<Decimal>,
    /// The yearly JP minimum of that plan.
    pub minimum: Jp,
    /// The names of the agency, units, competencies, goals and programmes mentioned.
    pub names: Glossary,
}

crate::objects_only::objects_only!(TrainingNeedsExplanation);

impl TrainingNeedsAnalysis {
    /// The analysis explained, with the names of its ids from `names`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::development::*;
    /// use kinerja::{Language, sample};
    /// let input = kinerja::AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let competencies = sample::siulak_competencies()?;
    /// let needs = development_needs(input.cascade(), &year, &competencies,
    ///     &sample::siulak_standards()?, &sample::siulak_development_records()?, &NeedsRules::default())?;
    /// let programmes = sample::siulak_programmes()?;
    /// let analysis = TrainingNeeds::of(&needs, &programmes, &PlanRules::default())?;
    /// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
    /// let text = analysis.explain(&names).render(Language::Indonesian);
    /// assert!(text.starts_with("Analisis kebutuhan pelatihan: Dinas Pendidikan Siulak"));
    /// assert!(text.contains("perlu asesmen: 10 pegawai"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn explain(&self, names: &TraceNames<'_>) -> TrainingNeedsExplanation {
        let mut gather = Gatherer::new(names);
        gather.agency();
        for scope in std::iter::once(&self.agency).chain(&self.units) {
            if let Some(unit) = &scope.unit {
                gather.unit(unit);
            }
            scope
                .competencies
                .iter()
                .for_each(|c| gather.competency(&c.competency));
            for assessment in &scope.assessments {
                gather.competency(&assessment.competency);
                assessment.goals.iter().for_each(|g| gather.goal(g));
            }
            for goal in &scope.goals {
                gather.goal(&goal.goal);
                goal.competencies
                    .iter()
                    .for_each(|h| gather.competency(&h.competency));
            }
            scope
                .programmes
                .iter()
                .for_each(|p| gather.programme(&p.programme));
        }
        TrainingNeedsExplanation {
            agency: self.agency.clone(),
            units: self.units.clone(),
            budget: self.plan.budget,
            minimum: self.plan.minimum,
            names: gather.finish(),
        }
    }
}

impl TrainingNeedsExplanation {
    /// The explanation as text in `language`: the agency, then each unit. Weights are
    /// rounded to two decimals (half up), rupiah to whole units.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let mut out = String::new();
        let agency = self
            .names
            .agency
            .clone()
            .unwrap_or_else(|| word(language, "instansi", "the agency").to_owned());
        let _ = writeln!(
            out,
            "{}: {agency}",
            word(
                language,
                "Analisis kebutuhan pelatihan",
                "Training needs analysis"
            )
        );
        self.render_scope(&mut out, &self.agency, language, "");
        for unit in &self.units {
            let name = unit
                .unit
                .as_ref()
                .map_or_else(|| agency.clone(), |id| self.names.unit(id));
            let _ = writeln!(out, "{} {name}", word(language, "Unit", "Unit"));
            self.render_scope(&mut out, unit, language, "  ");
        }
        out
    }

    fn render_scope(
        &self,
        out: &mut String,
        scope: &TrainingNeeds,
        language: Language,
        indent: &str,
    ) {
        let names = &self.names;
        let rounding = Rounding::default();
        let weight = |value: Decimal| number(value, rounding, language);
        let minimum = jp_text(self.minimum, language);
        let people = |n: usize| {
            count(
                u64::try_from(n).unwrap_or(u64::MAX),
                language,
                "pegawai",
                "employee",
                "employees",
            )
        };
        let _ = writeln!(
            out,
            "{indent}- {}; {} {}; {} {}; {} {minimum}: {}",
            people(scope.employees),
            word(language, "kebutuhan pelatihan:", "with training needs:"),
            people(scope.with_needs),
            word(language, "perlu asesmen:", "to assess first:"),
            people(scope.needing_assessment),
            word(language, "di bawah minimal", "below the minimum of"),
            people(scope.below_minimum),
        );
        let budget = self.budget.map_or_else(
            || word(language, "tanpa batas", "unlimited").to_owned(),
            |b| rupiah(b, language),
        );
        let _ = writeln!(
            out,
            "{indent}- {} {}; {} {} ({} {budget}); {} {}",
            word(
                language,
                "biaya menutup semua kebutuhan",
                "cost of closing every need"
            ),
            rupiah(scope.needed_budget, language),
            word(language, "didanai", "funded"),
            rupiah(scope.funded, language),
            word(language, "anggaran", "budget"),
            word(language, "pengisian JP", "JP fills"),
            rupiah(scope.fills, language),
        );
        let _ = writeln!(
            out,
            "{indent}- {} {}, {} {} ({})",
            word(language, "bobot kebutuhan", "weight of the needs"),
            weight(scope.weight),
            word(language, "tidak tertutup", "left open"),
            weight(scope.uncovered),
            word(language, "bobot × level", "importance × levels"),
        );
        for need in &scope.competencies {
            let _ = writeln!(
                out,
                "{indent}  - {}: {}, {}, {} {}, {} {}",
                names.competency(&need.competency),
                people(need.employees),
                count(u64::from(need.levels), language, "level", "level", "levels"),
                word(language, "bobot", "weight"),
                weight(need.weight),
                word(language, "tidak tertutup", "left open"),
                weight(need.uncovered),
            );
        }
        for assessment in &scope.assessments {
            let goals: Vec<String> = assessment
                .goals
                .iter()
                .map(|g| names.goal(g, language))
                .collect();
            let serves = if goals.is_empty() {
                String::new()
            } else {
                format!(" ← {}", goals.join("; "))
            };
            let _ = writeln!(
                out,
                "{indent}  - {} {}: {} {}, {} {}{serves}",
                word(language, "asesmen", "assess"),
                names.competency(&assessment.competency),
                people(assessment.employees),
                word(language, "belum dinilai", "not assessed"),
                word(language, "bobot", "weight"),
                weight(assessment.weight),
            );
        }
        for goal in &scope.goals {
            let held: Vec<String> = goal
                .competencies
                .iter()
                .map(|h| format!("{} {}", names.competency(&h.competency), weight(h.weight)))
                .collect();
            let _ = writeln!(
                out,
                "{indent}  - {} {}: {}",
                names.goal(&goal.goal, language),
                word(language, "tertahan oleh", "held back by"),
                held.join(", ")
            );
        }
        for programme in &scope.programmes {
            let _ = writeln!(
                out,
                "{indent}  - {}: {} {} ({}), {} {}",
                names.programme(&programme.programme),
                word(language, "dibutuhkan", "needed for"),
                count(
                    u64::from(programme.needed),
                    language,
                    "peserta",
                    "participant",
                    "participants"
                ),
                rupiah(programme.needed_cost, language),
                word(language, "didanai", "funded"),
                programme.funded,
            );
        }
    }
}
