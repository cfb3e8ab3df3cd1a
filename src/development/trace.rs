//! A recommendation's trace, rendered: programme ← gap ← indicator or competency standard ←
//! goal ← mission, in Indonesian or English; and an assessment need's: assessment ←
//! indicator or standard ← goal ← mission.

use super::glossary::{Gatherer, Glossary, TraceNames};
use super::need::AssessmentNeed;
use super::plan::{Closed, Recommendation};
use crate::label::Language;

impl Recommendation {
    /// The trace, one line per need closed and cause, from the programme back to the
    /// missions; for a fill, one line saying so. Statements are put on one line each.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::Language;
    /// use kinerja::development::*;
    /// use kinerja::sample;
    /// let input = kinerja::AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let competencies = sample::siulak_competencies()?;
    /// let rules = NeedsRules { performance: sample::siulak_gap_rules()?, ..Default::default() };
    /// let needs = development_needs(input.cascade(), &year, &competencies,
    ///     &sample::siulak_standards()?, &sample::siulak_development_records()?, &rules)?;
    /// let programmes = sample::siulak_programmes()?;
    /// let plan = plan_development(&needs, &programmes, &PlanRules::default())?;
    /// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
    /// let first = plan.recommendations.iter().find(|r| !r.fill).ok_or("no recommendation")?;
    /// for line in first.trace(Language::Indonesian, &names) {
    ///     assert!(line.contains(" ← "));
    /// }
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn trace(&self, language: Language, names: &TraceNames<'_>) -> Vec<String> {
        let mut gather = Gatherer::new(names);
        gather.programme(&self.programme);
        for closed in &self.closes {
            gather.competency(&closed.competency);
            closed.causes.iter().for_each(|c| gather.cause(c));
        }
        self.trace_in(language, &gather.finish())
    }

    /// The trace, with the names of `glossary`.
    pub(super) fn trace_in(&self, language: Language, glossary: &Glossary) -> Vec<String> {
        let programme = glossary.programme(&self.programme);
        if self.closes.is_empty() {
            return vec![match language {
                Language::Indonesian => {
                    format!("{programme}: pengisian menuju minimal JP setahun, tanpa kesenjangan")
                }
                Language::English => {
                    format!("{programme}: a fill towards the yearly JP minimum, closing no gap")
                }
            }];
        }
        self.closes
            .iter()
            .flat_map(|closed| {
                let gap = gap_text(closed, language, glossary);
                closed.causes.iter().map(move |cause| (gap.clone(), cause))
            })
            .map(|(gap, cause)| {
                format!("{programme} ← {gap} ← {}", glossary.cause(cause, language))
            })
            .collect()
    }
}

impl AssessmentNeed {
    /// The trace of an assessment need, one line per cause, from the assessment back to the
    /// missions: why the competency must be assessed before any training is sized for it.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::Language;
    /// use kinerja::development::*;
    /// use kinerja::sample;
    /// let input = kinerja::AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = kinerja::appraise_agency(&input)?;
    /// let competencies = sample::siulak_competencies()?;
    /// let needs = development_needs(input.cascade(), &year, &competencies,
    ///     &sample::siulak_standards()?, &sample::siulak_development_records()?, &NeedsRules::default())?;
    /// let programmes = sample::siulak_programmes()?;
    /// let names = TraceNames { cascade: input.cascade(), competencies: &competencies, programmes: &programmes };
    /// let first = needs.iter().flat_map(|e| &e.assessment_needs).next().ok_or("no assessment need")?;
    /// for line in first.trace(Language::Indonesian, &names) {
    ///     assert!(line.starts_with("asesmen "));
    ///     assert!(line.contains("belum dinilai ← "));
    /// }
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn trace(&self, language: Language, names: &TraceNames<'_>) -> Vec<String> {
        let mut gather = Gatherer::new(names);
        gather.competency(&self.competency);
        self.causes.iter().for_each(|c| gather.cause(c));
        self.trace_in(language, &gather.finish())
    }

    /// The trace, with the names of `glossary`.
    pub(super) fn trace_in(&self, language: Language, glossary: &Glossary) -> Vec<String> {
        let competency = glossary.competency(&self.competency);
        let head = match language {
            Language::Indonesian => format!("asesmen {competency}: belum dinilai"),
            Language::English => format!("assessment of {competency}: not assessed"),
        };
        self.causes
            .iter()
            .map(|cause| format!("{head} ← {}", glossary.cause(cause, language)))
            .collect()
    }
}

fn gap_text(closed: &Closed, language: Language, glossary: &Glossary) -> String {
    let competency = glossary.competency(&closed.competency);
    let from = match (closed.assessed, language) {
        (Some(level), _) => format!("level {level}"),
        (None, Language::Indonesian) => "belum dinilai, dihitung level 0".to_owned(),
        (None, Language::English) => "not assessed, counted as level 0".to_owned(),
    };
    match language {
        Language::Indonesian => format!(
            "kesenjangan {competency}: {from} → level {} (target {})",
            closed.reaches, closed.target
        ),
        Language::English => format!(
            "gap in {competency}: {from} → level {} (target {})",
            closed.reaches, closed.target
        ),
    }
}
