//! Competency assessments and which of several counts.

use super::competency::CompetencyLevel;
use crate::id::CompetencyId;
use crate::label::{Labelled, Language};
use crate::nip::EmployeeNumber;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who assessed a competency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssessmentSource {
    /// An assessment centre (pusat penilaian kompetensi).
    AssessmentCentre,
    /// The direct superior.
    Superior,
    /// The employee (penilaian mandiri).
    SelfAssessment,
}

impl Labelled for AssessmentSource {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::AssessmentCentre, Language::Indonesian) => "assessment center",
            (Self::Superior, Language::Indonesian) => "atasan langsung",
            (Self::SelfAssessment, Language::Indonesian) => "penilaian mandiri",
            (Self::AssessmentCentre, Language::English) => "assessment centre",
            (Self::Superior, Language::English) => "direct superior",
            (Self::SelfAssessment, Language::English) => "self-assessment",
        }
    }
}

/// One assessment of one employee's level in one competency.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: Vec<kinerja::development::Assessment> = serde_json::from_str(r#"
/// [
///   {
///     "employee": {
///       "kind": "pns",
///       "number": "198507192010012014"
///     },
///     "competency": "MAN-INTEGRITAS",
///     "level": 3,
///     "date": "2026-02-16",
///     "source": "assessment_centre"
///   },
///   {
///     "employee": {
///       "kind": "pns",
///       "number": "198507192010012014"
///     },
///     "competency": "MAN-KERJASAMA",
///     "level": 2,
///     "date": "2026-02-16",
///     "source": "assessment_centre"
///   }
/// ]
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct Assessment {
    /// The employee.
    pub employee: EmployeeNumber,
    /// The competency.
    pub competency: CompetencyId,
    /// The level found.
    pub level: CompetencyLevel,
    /// When it was assessed.
    pub date: NaiveDate,
    /// Who assessed it.
    pub source: AssessmentSource,
}

crate::objects_only::objects_only!(Assessment);

impl Assessment {
    /// An assessment.
    #[must_use]
    pub const fn new(
        employee: EmployeeNumber,
        competency: CompetencyId,
        level: CompetencyLevel,
        date: NaiveDate,
        source: AssessmentSource,
    ) -> Self {
        Self {
            employee,
            competency,
            level,
            date,
            source,
        }
    }
}

/// Which assessment counts where a competency was assessed more than once: the source that
/// comes first in `precedence`, then the latest date. A source missing from `precedence`
/// never counts.
///
/// The crate's default (no regulation orders them): an assessment centre, then the direct
/// superior, then the employee's own.
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::development::AssessmentRules = serde_json::from_str(r#"
/// {
///   "precedence": [
///     "assessment_centre",
///     "superior",
///     "self_assessment"
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AssessmentRules {
    /// The sources, most trusted first.
    pub precedence: Vec<AssessmentSource>,
}

crate::objects_only::objects_only!(AssessmentRules);

impl Default for AssessmentRules {
    fn default() -> Self {
        Self {
            precedence: vec![
                AssessmentSource::AssessmentCentre,
                AssessmentSource::Superior,
                AssessmentSource::SelfAssessment,
            ],
        }
    }
}

impl AssessmentRules {
    /// The assessment that counts for each competency `employee` was assessed in, by
    /// competency. Two from the same source on the same day: the lower level counts, so a
    /// tie never flatters.
    ///
    /// ```
    /// use kinerja::development::{Assessment, AssessmentRules, AssessmentSource, CompetencyLevel};
    /// use kinerja::id::CompetencyId;
    /// use kinerja::nip::{EmployeeKind, EmployeeNumber};
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let integrity = CompetencyId::new("MAN-INTEGRITAS")?;
    /// let on = |d: u32| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).unwrap_or_default();
    /// let level = |l: u8| CompetencyLevel::new(l);
    /// let assessments = [
    ///     Assessment::new(rina, integrity.clone(), level(4)?, on(20), AssessmentSource::SelfAssessment),
    ///     Assessment::new(rina, integrity.clone(), level(2)?, on(10), AssessmentSource::AssessmentCentre),
    /// ];
    /// let counted = AssessmentRules::default().counted(&rina, &assessments);
    /// assert_eq!(counted[&integrity].level, level(2)?); // the centre's, though older
    /// # Ok::<(), kinerja::Error>(())
    /// ```
    #[must_use]
    pub fn counted<'a>(
        &self,
        employee: &EmployeeNumber,
        assessments: &'a [Assessment],
    ) -> BTreeMap<CompetencyId, &'a Assessment> {
        self.counted_of(employee, assessments)
    }

    /// [`AssessmentRules::counted`] over borrowed assessments, in the order given (the
    /// first of two equal ones counts).
    pub(super) fn counted_of<'a>(
        &self,
        employee: &EmployeeNumber,
        assessments: impl IntoIterator<Item = &'a Assessment>,
    ) -> BTreeMap<CompetencyId, &'a Assessment> {
        let rank = |source: AssessmentSource| self.precedence.iter().position(|&s| s == source);
        let mut counted: BTreeMap<CompetencyId, &Assessment> = BTreeMap::new();
        for assessment in assessments.into_iter().filter(|a| &a.employee == employee) {
            let Some(mine) = rank(assessment.source) else {
                continue;
            };
            let better = |held: &&Assessment| {
                let theirs = rank(held.source).unwrap_or(usize::MAX);
                (mine, std::cmp::Reverse(assessment.date), assessment.level)
                    < (theirs, std::cmp::Reverse(held.date), held.level)
            };
            match counted.get(&assessment.competency) {
                Some(held) if !better(held) => {}
                _ => {
                    counted.insert(assessment.competency.clone(), assessment);
                }
            }
        }
        counted
    }
}
