//! The Dokumen Evaluasi Kinerja Pegawai: an employee's appraisal as PermenPANRB 6/2022
//! lays it out for signing.

use super::html::{Cell, Page, say};
use super::skp::{people, signatures, target_words};
use super::{Person, Picture, Signing};
use crate::cascade::Cascade;
use crate::evaluation::{
    Appraisal, ImprovementArea, OrganisationOutcome, PredicateSource, RatingSource,
};
use crate::label::{Labelled, Language};
use crate::present::{FigureView, LabelView, Style, indicator_chart};
use crate::written::{exact, percent};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The employee performance evaluation document (Dokumen Evaluasi Kinerja Pegawai): the
/// period, the employee assessed and the assessing official, the organisation's
/// performance, each result with its indicators' targets, realisations and achievements,
/// the result rating (rating hasil kerja), the behaviour under each core value and its
/// rating (rating perilaku kerja), the predicate (predikat kinerja pegawai), any
/// calibration or objection, and the signatures.
///
/// Made from an [`Appraisal`] by [`EvaluationDocument::of`]; [`EvaluationDocument::signed`]
/// adds the place and date, and [`EvaluationDocument::to_html`] writes it as a page to
/// print, with a chart of each indicator measured over several periods.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{EvaluationDocument, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let rina = year.employees.iter().find(|e| e.employee.to_string() == "198507192010012014").ok_or("?")?;
/// let document = EvaluationDocument::of(&rina.annual, input.cascade(), &year.organisation, Style::indonesian());
/// assert_eq!(document.period, "Tahun 2026");
/// assert_eq!(document.predicate.label, "Baik");
/// assert_eq!(document.achievement.text, "100,50 %");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EvaluationDocument {
    /// The language the document is written in.
    pub language: Language,
    /// The agency (instansi).
    pub agency: String,
    /// The period evaluated (periode penilaian), as people name it (`Tahun 2026`,
    /// `s.d. Triwulan II 2026`).
    pub period: String,
    /// The employee assessed (pegawai yang dinilai).
    pub employee: Person,
    /// The assessing official (pejabat penilai kinerja); none for the head of the agency,
    /// whose assessor sits outside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Person>,
    /// The organisation's performance over the same period (capaian kinerja organisasi),
    /// where it has a predicate then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationPart>,
    /// Each result evaluated (hasil kerja), in the plan's order.
    pub results: Vec<EvaluationResult>,
    /// The achievement of the results (capaian hasil kerja), as reported.
    pub achievement: FigureView,
    /// The result rating (rating hasil kerja).
    pub result_rating: LabelView,
    /// Why the result rating is not the achievement's, where it is not: the leader's
    /// reason, or the organisation's predicate for its head.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_rating_source: Option<String>,
    /// The behaviour under each core value (perilaku kerja), in their order.
    pub behaviour: Vec<BehaviourLine>,
    /// The behaviour rating (rating perilaku kerja).
    pub behaviour_rating: LabelView,
    /// The predicate (predikat kinerja pegawai), after calibration and objection.
    pub predicate: LabelView,
    /// The calibration (kalibrasi), where it changed the predicate: what it was and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<String>,
    /// The objection (keberatan) and its decision, where the employee objected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<String>,
    /// What to improve (area perbaikan), in sentences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvement_areas: Vec<String>,
    /// The leader's notes (catatan pimpinan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Where and when it is signed.
    #[serde(default, skip_serializing_if = "Signing::is_blank")]
    pub signing: Signing,
    /// Pictures: each indicator's periods against its target (gambar).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<Picture>,
}

/// The organisation's performance in an evaluation document (kinerja organisasi).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrganisationPart {
    /// The organisation's predicate (predikat kinerja organisasi).
    pub predicate: LabelView,
    /// Its achievement (capaian kinerja organisasi); none when a decision set the predicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
    /// The decision's reason, where a decision set the predicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
}

/// One result in an evaluation document (hasil kerja).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EvaluationResult {
    /// Its number (No).
    pub number: usize,
    /// The result (rencana hasil kerja).
    pub statement: String,
    /// Its achievement (capaian); none when all its indicators dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
    /// Its indicators.
    pub indicators: Vec<EvaluationIndicator>,
}

/// One indicator in an evaluation document (indikator kinerja individu).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EvaluationIndicator {
    /// What is measured.
    pub statement: String,
    /// The target over the period with its unit (target): `15 sekolah`; none when it
    /// dropped out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The realisation over the period with its unit (realisasi).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisation: Option<String>,
    /// The achievement (capaian).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievement: Option<FigureView>,
}

/// One core value in an evaluation document (perilaku kerja).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BehaviourLine {
    /// The core value (BerAKHLAK).
    pub value: LabelView,
    /// The leader's specific expectation (ekspektasi khusus pimpinan), where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectation: Option<String>,
    /// The rating (di atas, sesuai or di bawah ekspektasi).
    pub rating: LabelView,
}

impl EvaluationDocument {
    /// The document of `appraisal`, in `style`, with names and statements from `cascade`
    /// and the organisation's outcome of the same months from `organisation` (an agency
    /// year's [`AgencyAppraisal::organisation`](crate::AgencyAppraisal::organisation)).
    /// The assessing official is the holder of the position the employee's reports to.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{EvaluationDocument, Style};
    /// use kinerja::{AgencyInput, appraise_agency, sample};
    /// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = appraise_agency(&input)?;
    /// let arif = year.employees.iter().find(|e| e.employee.to_string() == "199010102015031002").ok_or("?")?;
    /// let half = arif.periodic.iter().find(|a| a.scope.last_month() == 6).ok_or("no half year")?;
    /// let document = EvaluationDocument::of(half, input.cascade(), &year.organisation, Style::english());
    /// assert_eq!(document.period, "up to second quarter 2026");
    /// assert_eq!(document.assessor.as_ref().map(|a| a.name.as_str()), Some("Hendri Saputra, S.T."));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn of(
        appraisal: &Appraisal,
        cascade: &Cascade,
        organisation: &[OrganisationOutcome],
        style: Style,
    ) -> Self {
        let language = style.language;
        let agency = cascade.agency();
        // Each figure as reported, with the exact value beside it where rounding changed it.
        let figure = |value: rust_decimal::Decimal| FigureView::percent(value, style);
        let organisation = organisation
            .iter()
            .find(|o| o.scope == appraisal.scope)
            .map(|o| {
                let (achievement, decision) = match &o.source {
                    PredicateSource::Achievement { reported } => {
                        (Some(figure(reported.value())), None)
                    }
                    PredicateSource::Decision { reason } => {
                        (None, Some(reason.as_str().to_owned()))
                    }
                };
                OrganisationPart {
                    predicate: LabelView::of(&o.predicate, language),
                    achievement,
                    decision,
                }
            });
        let results = appraisal
            .results
            .results
            .iter()
            .enumerate()
            .map(|(i, result)| EvaluationResult {
                number: i + 1,
                statement: result.statement.clone().unwrap_or_else(|| {
                    cascade
                        .node(&result.node)
                        .map_or_else(String::new, |n| n.statement().to_owned())
                }),
                achievement: result.achievement.map(|a| figure(a.value())),
                indicators: result
                    .indicators
                    .iter()
                    .map(|explained| {
                        let trace = &explained.trace;
                        let unit = &trace.unit;
                        EvaluationIndicator {
                            statement: explained
                                .statement
                                .clone()
                                .unwrap_or_else(|| statement_of(cascade, &trace.indicator)),
                            target: trace
                                .target
                                .map(|t| format!("{} {unit}", target_words(t, language))),
                            realisation: trace
                                .realisation
                                .map(|r| format!("{} {unit}", exact(r.normalize(), language))),
                            achievement: trace.achievement.map(|a| figure(a.value())),
                        }
                    })
                    .collect(),
            })
            .collect();
        let pictures = appraisal
            .results
            .results
            .iter()
            .flat_map(|r| &r.indicators)
            .filter(|i| i.trace.periods.len() > 1)
            .map(|explained| {
                let statement = explained
                    .statement
                    .clone()
                    .unwrap_or_else(|| statement_of(cascade, &explained.trace.indicator));
                Picture::new(
                    statement.clone(),
                    indicator_chart(&explained.trace, &statement, style.rounding, language),
                )
            })
            .collect();
        let source = match &appraisal.source {
            RatingSource::Achievement => None,
            RatingSource::Override { reason } => Some(reason.as_str().to_owned()),
            RatingSource::Organisation { predicate } => Some(format!(
                "{}: {}",
                say(
                    language,
                    "predikat organisasi",
                    "the organisation's predicate"
                ),
                predicate.label(language)
            )),
        };
        let calibration = appraisal.calibration.as_ref().map(|change| {
            format!(
                "{} {}; {}",
                say(
                    language,
                    "Predikat sebelum kalibrasi:",
                    "Predicate before calibration:"
                ),
                change.before.label(language),
                change.reason.describe(agency, language)
            )
        });
        let improvement_areas = appraisal
            .improvement_areas
            .iter()
            .map(|area| match area {
                ImprovementArea::IndicatorBehindTarget {
                    indicator,
                    statement,
                    achievement,
                } => {
                    let statement = statement
                        .clone()
                        .unwrap_or_else(|| statement_of(cascade, indicator));
                    let reached = percent(achievement.value(), style.rounding, language);
                    match language {
                        Language::Indonesian => {
                            format!("indikator \"{statement}\" baru tercapai {reached} dari target")
                        }
                        Language::English => {
                            format!("indicator \"{statement}\" is at {reached} of its target")
                        }
                    }
                }
                other => other.describe(language),
            })
            .collect();
        Self {
            language,
            agency: agency.name().to_owned(),
            period: appraisal.scope.describe_in(style.granularity, language),
            employee: Person::of(agency, &appraisal.employee, language).unwrap_or_else(|| Person {
                name: appraisal.employee.to_string(),
                number_name: "NIP".to_owned(),
                number: appraisal.employee.to_string(),
                position: String::new(),
                level: String::new(),
                unit: String::new(),
            }),
            assessor: Person::assessor_of(agency, &appraisal.employee, language),
            organisation,
            results,
            achievement: figure(appraisal.reported.value()),
            result_rating: LabelView::of(&appraisal.result_rating, language),
            result_rating_source: source,
            behaviour: appraisal
                .behaviour
                .values
                .iter()
                .map(|v| BehaviourLine {
                    value: LabelView::of(&v.value, language),
                    expectation: v.expectation.clone(),
                    rating: LabelView::of(&v.rating, language),
                })
                .collect(),
            behaviour_rating: LabelView::of(&appraisal.behaviour.rating, language),
            predicate: LabelView::of(&appraisal.predicate, language),
            calibration,
            objection: appraisal.objection.as_ref().map(|r| r.describe(language)),
            improvement_areas,
            notes: appraisal.notes.clone(),
            signing: Signing::default(),
            pictures,
        }
    }

    /// The same document signed at `place` on `on`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{EvaluationDocument, Style};
    /// use kinerja::{AgencyInput, appraise_agency, sample};
    /// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = appraise_agency(&input)?;
    /// let first = year.employees.first().ok_or("nobody")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2027, 1, 15).ok_or("date")?;
    /// let document = EvaluationDocument::of(&first.annual, input.cascade(), &year.organisation,
    ///     Style::indonesian()).signed("Siulak", on);
    /// assert_eq!(document.signing.date.as_deref(), Some("15 Januari 2027"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn signed(mut self, place: impl Into<String>, on: NaiveDate) -> Self {
        self.signing = Signing::at(place, on, self.language);
        self
    }

    /// The same document with `picture` shown after its tables.
    #[must_use]
    pub fn with_picture(mut self, picture: Picture) -> Self {
        self.pictures.push(picture);
        self
    }

    /// The document as one self-contained HTML page in its language, for A4 paper.
    #[must_use]
    pub fn to_html(&self) -> String {
        let language = self.language;
        let s = |id, en| say(language, id, en);
        let mut page = Page::new(
            language,
            &format!(
                "{} — {}",
                s(
                    "Dokumen Evaluasi Kinerja Pegawai",
                    "Employee Performance Evaluation"
                ),
                self.employee.name
            ),
        );
        page.title(
            s(
                "DOKUMEN EVALUASI KINERJA PEGAWAI",
                "EMPLOYEE PERFORMANCE EVALUATION",
            ),
            &self.agency,
        );
        page.facts(&[(
            s("Periode penilaian", "Period evaluated"),
            self.period.clone(),
        )]);
        people(&mut page, &self.employee, self.assessor.as_ref());

        if let Some(organisation) = &self.organisation {
            page.heading(s("Kinerja Organisasi", "Organisation's Performance"));
            let mut rows = vec![(
                s("Predikat kinerja organisasi", "Organisation's predicate"),
                organisation.predicate.label.clone(),
            )];
            if let Some(achievement) = &organisation.achievement {
                rows.push((
                    s("Capaian kinerja organisasi", "Organisation's achievement"),
                    achievement.text.clone(),
                ));
            }
            if let Some(decision) = &organisation.decision {
                rows.push((s("Ditetapkan karena", "Set because"), decision.clone()));
            }
            page.facts(&rows);
        }

        page.heading(s("Hasil Kerja", "Work Results"));
        let mut rows = Vec::new();
        for result in &self.results {
            let achieved = result
                .achievement
                .as_ref()
                .map_or_else(|| "—".to_owned(), |a| a.text.clone());
            rows.push(vec![
                Cell::text(result.number.to_string()).class("centre"),
                Cell::text(result.statement.clone()).span(4),
                Cell::number(achieved),
            ]);
            for indicator in &result.indicators {
                let or_dash = |t: Option<&String>| t.cloned().unwrap_or_else(|| "—".to_owned());
                rows.push(vec![
                    Cell::text(""),
                    Cell::text(indicator.statement.clone()),
                    Cell::number(or_dash(indicator.target.as_ref())),
                    Cell::number(or_dash(indicator.realisation.as_ref())),
                    Cell::number(or_dash(indicator.achievement.as_ref().map(|a| &a.text))),
                    Cell::text(""),
                ]);
            }
        }
        page.table(
            &[
                Cell::text(s("No", "No")).class("centre"),
                Cell::text(s(
                    "Rencana Hasil Kerja / Indikator Kinerja Individu",
                    "Result / Individual Indicator",
                )),
                Cell::text(s("Target", "Target")).class("number"),
                Cell::text(s("Realisasi", "Realisation")).class("number"),
                Cell::text(s("Capaian Indikator", "Indicator Achievement")).class("number"),
                Cell::text(s("Capaian Hasil Kerja", "Result Achievement")).class("number"),
            ],
            &rows,
        );
        let mut rating = vec![
            (
                s("Capaian hasil kerja", "Achievement of results"),
                self.achievement.text.clone(),
            ),
            (
                s("Rating hasil kerja", "Result rating"),
                self.result_rating.label.clone(),
            ),
        ];
        if let Some(source) = &self.result_rating_source {
            rating.push((
                s("Dasar rating hasil kerja", "Result rating set by"),
                source.clone(),
            ));
        }
        page.facts(&rating);

        page.heading(s("Perilaku Kerja", "Work Behaviour"));
        let rows: Vec<Vec<Cell>> = self
            .behaviour
            .iter()
            .enumerate()
            .map(|(i, b)| {
                vec![
                    Cell::text((i + 1).to_string()).class("centre"),
                    Cell::text(b.value.label.clone()),
                    Cell::text(b.expectation.clone().unwrap_or_else(|| "—".to_owned())),
                    Cell::text(b.rating.label.clone()),
                ]
            })
            .collect();
        page.table(
            &[
                Cell::text(s("No", "No")).class("centre"),
                Cell::text(s("Nilai Dasar", "Core Value")),
                Cell::text(s(
                    "Ekspektasi Khusus Pimpinan",
                    "Leader's Specific Expectation",
                )),
                Cell::text(s("Penilaian", "Rating")),
            ],
            &rows,
        );
        page.facts(&[(
            s("Rating perilaku kerja", "Behaviour rating"),
            self.behaviour_rating.label.clone(),
        )]);

        page.heading(s(
            "Predikat Kinerja Pegawai",
            "Employee's Performance Predicate",
        ));
        page.paragraph(
            Some("verdict"),
            &format!(
                "{}: {}",
                s("Predikat kinerja pegawai", "Performance predicate"),
                self.predicate.label
            ),
        );
        if let Some(calibration) = &self.calibration {
            page.paragraph(None, calibration);
        }
        if let Some(objection) = &self.objection {
            page.paragraph(None, objection);
        }
        if !self.improvement_areas.is_empty() {
            page.subheading(s("Area perbaikan", "To improve"));
            page.list(&self.improvement_areas);
        }
        if !self.notes.is_empty() {
            page.subheading(s("Catatan pimpinan", "Leader's notes"));
            page.list(&self.notes);
        }
        signatures(
            &mut page,
            &self.signing,
            &self.employee,
            self.assessor.as_ref(),
        );
        if !self.pictures.is_empty() {
            page.open_annex();
            page.heading(s(
                "Lampiran: capaian per periode",
                "Annex: achievement by period",
            ));
            for picture in &self.pictures {
                page.picture(picture);
            }
            page.close_annex();
        }
        page.finish()
    }
}

/// The statement of indicator `id` in the cascade (empty when it holds none).
fn statement_of(cascade: &Cascade, id: &crate::id::IndicatorId) -> String {
    cascade
        .indicator(id)
        .and_then(|node| node.indicators().iter().find(|i| i.id() == id))
        .map_or_else(String::new, |i| i.statement().to_owned())
}
