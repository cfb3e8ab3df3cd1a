//! A development plan explained: each recommendation with the programme by name, the gaps it
//! closes by competency, why each gap exists and the goal it serves, its JP and cost; each
//! employee's year (JP, cost, the yearly minimum: what is reached, what was filled, what is
//! left; the needs left open, the competencies to assess first), as a value and as text in
//! Indonesian or English.

use super::glossary::TraceNames;
use super::glossary::{Gatherer, Glossary, word};
use super::method::Jp;
use super::plan::{Closed, DevelopmentPlan, OpenNeed, Recommendation};
use crate::id::{CompetencyId, UnitId};
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use crate::num::Rounding;
use crate::written::{exact, number, rupiah};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// One employee's year in a plan explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct EmployeePlanExplanation {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The unit.
    pub unit: UnitId,
    /// JP earned before the plan.
    pub taken: Jp,
    /// JP the plan adds.
    pub planned: Jp,
    /// The year's JP: taken + planned.
    pub total: Jp,
    /// The JP of the fills among the planned (programmes chosen only to reach the minimum).
    pub filled: Jp,
    /// How far the year stays below the minimum; none when it reaches it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortfall: Option<Jp>,
    /// The cost of the recommendations, in rupiah.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub cost: Decimal,
    /// The recommendations, by quarter and programme.
    pub recommendations: Vec<Recommendation>,
    /// The needs left open.
    pub open: Vec<OpenNeed>,
    /// The competencies to assess first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_assess: Vec<CompetencyId>,
}

crate::objects_only::objects_only!(EmployeePlanExplanation);

/// How a development plan was made (penjelasan rencana pengembangan): each employee's
/// recommendations and why, and the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct DevelopmentPlanExplanation {
    /// The budget; none when unlimited.
    #[serde(default, with = "crate::decimal_text::optional")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::optional::schema")
    )]
    pub budget: Option<Decimal>,
    /// What the plan spends.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub spent: Decimal,
    /// The yearly JP minimum.
    pub minimum: Jp,
    /// The weighted levels closed: Σ importance × levels closed.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub value: Decimal,
    /// The weighted levels of every need.
    #[serde(with = "crate::decimal_text")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::decimal_text::schema")
    )]
    pub needed: Decimal,
    /// Each employee, by number.
    pub employees: Vec<EmployeePlanExplanation>,
    /// The names of the employees, units, programmes, competencies, positions, indicators,
    /// goals and missions mentioned.
    pub names: Glossary,
}

crate::objects_only::objects_only!(DevelopmentPlanExplanation);

impl DevelopmentPlan {
    /// The plan explained, with the names of its ids from `names`.
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
    /// let plan = plan_development(&needs, &programmes, &PlanRules::default())?;
    /// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
    /// let text = plan.explain(&names).render(Language::Indonesian);
    /// // Rina earned 6 JP before the plan; her coaching closes her decision-making gap.
    /// assert!(text.contains("Rina Marlina, S.Pd. (NIP 198507192010012014)"));
    /// assert!(text.contains("kesenjangan Pengambilan Keputusan (MAN-PENGAMBILAN-KEPUTUSAN) dari level 1 ke level 2"));
    /// assert!(text.contains("6 JP sudah diikuti"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn explain(&self, names: &TraceNames<'_>) -> DevelopmentPlanExplanation {
        let mut gather = Gatherer::new(names);
        let employees = self
            .employees
            .iter()
            .map(|employee| {
                gather.employee(&employee.employee);
                gather.unit(&employee.unit);
                let recommendations: Vec<Recommendation> =
                    self.of(&employee.employee).cloned().collect();
                for recommendation in &recommendations {
                    gather.programme(&recommendation.programme);
                    for closed in &recommendation.closes {
                        gather.competency(&closed.competency);
                        closed.causes.iter().for_each(|c| gather.cause(c));
                    }
                }
                employee
                    .open
                    .iter()
                    .for_each(|o| gather.competency(&o.competency));
                employee.to_assess.iter().for_each(|c| gather.competency(c));
                // Checked: a plan read from JSON may carry any figures.
                let filled = recommendations
                    .iter()
                    .filter(|r| r.fill)
                    .try_fold(Decimal::ZERO, |sum, r| sum.checked_add(r.jp.value()));
                EmployeePlanExplanation {
                    employee: employee.employee,
                    unit: employee.unit.clone(),
                    taken: employee.taken,
                    planned: employee.planned,
                    total: employee
                        .taken
                        .value()
                        .checked_add(employee.planned.value())
                        .and_then(|total| Jp::new(total).ok())
                        .unwrap_or(Jp::ZERO),
                    filled: filled
                        .and_then(|filled| Jp::new(filled).ok())
                        .unwrap_or(Jp::ZERO),
                    shortfall: employee.shortfall,
                    cost: employee.cost,
                    recommendations,
                    open: employee.open.clone(),
                    to_assess: employee.to_assess.clone(),
                }
            })
            .collect();
        DevelopmentPlanExplanation {
            budget: self.budget,
            spent: self.spent,
            minimum: self.minimum,
            value: self.value,
            needed: self.needed,
            employees,
            names: gather.finish(),
        }
    }
}

/// JP written the language's way: `1,5 JP`.
pub(super) fn jp_text(jp: Jp, language: Language) -> String {
    format!("{} JP", exact(jp.value(), language))
}

impl DevelopmentPlanExplanation {
    /// The explanation as text in `language`: the totals, then each employee's year.
    /// Figures are rounded to two decimals (half up) and rupiah to whole units.
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let rounding = Rounding::default();
        let budget = self.budget.map_or_else(
            || word(language, "tanpa batas", "unlimited").to_owned(),
            |b| rupiah(b, language),
        );
        let minimum = if self.minimum.value().is_zero() {
            word(language, "tanpa minimal JP", "no JP minimum").to_owned()
        } else {
            match language {
                Language::Indonesian => {
                    format!("minimal {} setahun", jp_text(self.minimum, language))
                }
                Language::English => {
                    format!("a yearly minimum of {}", jp_text(self.minimum, language))
                }
            }
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: {} {budget}, {} {}; {minimum}; {} {} {} {} ({})",
            word(language, "Rencana pengembangan", "Development plan"),
            word(language, "anggaran", "budget"),
            word(language, "terpakai", "spent"),
            rupiah(self.spent, language),
            word(language, "kebutuhan tertutup", "needs closed"),
            number(self.value, rounding, language),
            word(language, "dari", "of"),
            number(self.needed, rounding, language),
            word(language, "bobot × level", "importance × levels"),
        );
        for employee in &self.employees {
            out.push_str(&self.render_employee(employee, language));
        }
        out
    }

    /// One employee's year as text in `language`.
    #[must_use]
    pub fn render_employee(
        &self,
        employee: &EmployeePlanExplanation,
        language: Language,
    ) -> String {
        let names = &self.names;
        let rounding = Rounding::default();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}, {}",
            names.employee(&employee.employee),
            names.unit(&employee.unit)
        );
        for recommendation in &employee.recommendations {
            render_recommendation(&mut out, recommendation, names, language);
        }
        let _ = writeln!(
            out,
            "- {}: {} {} + {} {} = {}; {} {}",
            word(language, "JP setahun", "JP in the year"),
            jp_text(employee.taken, language),
            word(language, "sudah diikuti", "already earned"),
            jp_text(employee.planned, language),
            word(language, "direncanakan", "planned"),
            jp_text(employee.total, language),
            word(language, "biaya", "cost"),
            rupiah(employee.cost, language),
        );
        if !self.minimum.value().is_zero() {
            let minimum = jp_text(self.minimum, language);
            let total = jp_text(employee.total, language);
            let filled = jp_text(employee.filled, language);
            let of_it = if employee.filled.value().is_zero() {
                String::new()
            } else {
                match language {
                    Language::Indonesian => format!(", {filled} di antaranya pengisian"),
                    Language::English => format!(", {filled} of it fills"),
                }
            };
            let line = match (employee.shortfall, language) {
                (None, Language::Indonesian) => {
                    format!("minimal {minimum} tercapai: {total}{of_it}")
                }
                (None, Language::English) => {
                    format!("the minimum of {minimum} is reached: {total}{of_it}")
                }
                (Some(left), Language::Indonesian) => format!(
                    "minimal {minimum} belum tercapai: {total}{of_it}, kurang {}",
                    jp_text(left, language)
                ),
                (Some(left), Language::English) => format!(
                    "the minimum of {minimum} is not reached: {total}{of_it}, {} short",
                    jp_text(left, language)
                ),
            };
            let _ = writeln!(out, "- {line}");
        }
        for open in &employee.open {
            let _ = writeln!(
                out,
                "- {}: {} {} {} ({} {})",
                word(language, "belum tertutup", "left open"),
                names.competency(&open.competency),
                exact(open.levels.normalize(), language),
                levels_word(open.levels, language),
                word(language, "nilai", "value"),
                number(open.value, rounding, language),
            );
        }
        if !employee.to_assess.is_empty() {
            let listed: Vec<String> = employee
                .to_assess
                .iter()
                .map(|c| names.competency(c))
                .collect();
            let _ = writeln!(
                out,
                "- {}: {}",
                word(
                    language,
                    "perlu asesmen lebih dulu, tanpa program",
                    "to assess first, no programme"
                ),
                listed.join(", ")
            );
        }
        out
    }
}

fn render_recommendation(
    out: &mut String,
    recommendation: &Recommendation,
    names: &Glossary,
    language: Language,
) {
    let _ = write!(
        out,
        "- {}: {}, {}, {}",
        recommendation.quarter.label(language),
        names.programme(&recommendation.programme),
        jp_text(recommendation.jp, language),
        rupiah(recommendation.cost, language)
    );
    if recommendation.closes.is_empty() {
        let _ = writeln!(
            out,
            ": {}",
            word(
                language,
                "pengisian menuju minimal JP setahun, tanpa kesenjangan",
                "a fill towards the yearly JP minimum, closing no gap"
            )
        );
        return;
    }
    out.push('\n');
    for closed in &recommendation.closes {
        let _ = writeln!(out, "  - {}", closed_text(closed, names, language));
        for cause in &closed.causes {
            let _ = writeln!(
                out,
                "    - {} ({} {}): {}",
                word(language, "sebab", "because"),
                word(language, "bobot", "weight"),
                number(cause.weight, Rounding::default(), language),
                names.cause(cause, language)
            );
        }
    }
}

fn closed_text(closed: &Closed, names: &Glossary, language: Language) -> String {
    let rounding = Rounding::default();
    let from = match (closed.assessed, language) {
        (Some(level), _) => format!("level {level}"),
        (None, Language::Indonesian) => "belum dinilai (dihitung level 0)".to_owned(),
        (None, Language::English) => "not assessed (counted as level 0)".to_owned(),
    };
    let competency = names.competency(&closed.competency);
    let levels = exact(closed.levels.normalize(), language);
    let unit = levels_word(closed.levels, language);
    let value = number(closed.value, rounding, language);
    match language {
        Language::Indonesian => format!(
            "menutup kesenjangan {competency} dari {from} ke level {} (target level {}): {levels} {unit}, nilai {value}",
            closed.reaches, closed.target
        ),
        Language::English => format!(
            "closes the gap in {competency} from {from} to level {} (target level {}): {levels} {unit}, value {value}",
            closed.reaches, closed.target
        ),
    }
}

/// `level` or `levels` after a number of levels.
fn levels_word(levels: Decimal, language: Language) -> &'static str {
    match language {
        Language::English if levels != Decimal::ONE => "levels",
        _ => "level",
    }
}
