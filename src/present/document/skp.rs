//! The SKP (Sasaran Kinerja Pegawai): an employee's plan for the year as the employee and
//! the assessing official sign it, in the layout of PermenPANRB 6/2022.

use super::html::{Cell, Page, Signatory, say};
use super::{Person, Picture, Signing};
use crate::agreement::{AgreementError, Plan};
use crate::cascade::{Cascade, Level, Node, ResultCategory};
use crate::id::NodeId;
use crate::label::{Labelled, Language};
use crate::measure::{Definitions, IndicatorDefinition, Target};
use crate::nip::EmployeeNumber;
use crate::org::CoreValue;
use crate::period::{Period, Year};
use crate::present::Style;
use crate::written::{date, exact};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The SKP (Sasaran Kinerja Pegawai): the employee's results for the year with their
/// indicators and targets, the behaviour expected under each BerAKHLAK core value, the
/// annexes, and the signatures of the employee assessed (pegawai yang dinilai) and the
/// assessing official (pejabat penilai kinerja).
///
/// Made from an agreed [`Plan`] ([`Skp::of_plan`]) or from the results the cascade holds
/// for an employee ([`Skp::of_cascade`]); then [`Skp::expecting`] adds the leader's
/// specific expectations, [`Skp::with_annexes`] the annexes, [`Skp::signed`] the place and
/// date, and [`Skp::to_html`] writes it as a page to print.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{Skp, Style};
/// use kinerja::prelude::*;
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let definitions = kinerja::sample::siulak_definitions()?;
/// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
/// let skp = Skp::of_cascade(&cascade, &definitions, &dewi, Year::new(2026)?, Style::indonesian())
///     .ok_or("no results")?;
/// assert_eq!(skp.employee.name, "Dewi Lestari, S.Kom.");
/// assert_eq!(skp.assessor.as_ref().map(|a| a.name.as_str()), Some("Rina Marlina, S.Pd."));
/// assert_eq!(skp.main_results.len(), 1);
/// assert_eq!(skp.additional_results.len(), 1);
/// assert!(skp.to_html().contains("SASARAN KINERJA PEGAWAI"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Skp {
    /// The language the document is written in.
    pub language: Language,
    /// The agency (instansi).
    pub agency: String,
    /// The period assessed (periode penilaian): `1 Januari 2026 s.d. 31 Desember 2026`.
    pub period: String,
    /// The employee assessed (pegawai yang dinilai).
    pub employee: Person,
    /// The assessing official (pejabat penilai kinerja); none for the head of the agency,
    /// whose assessor sits outside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Person>,
    /// The agreement the terms come from, in words (`versi 2, disepakati 6 April 2026`);
    /// none for an SKP read from the cascade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<String>,
    /// The main results (hasil kerja utama).
    pub main_results: Vec<SkpResult>,
    /// The additional results (hasil kerja tambahan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub additional_results: Vec<SkpResult>,
    /// The behaviour expected (perilaku kerja): each of the seven core values, in their
    /// order.
    pub behaviour: Vec<SkpBehaviour>,
    /// The annexes (lampiran), where there are any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annexes: Option<SkpAnnexes>,
    /// Where and when it is signed.
    #[serde(default, skip_serializing_if = "Signing::is_blank")]
    pub signing: Signing,
    /// Pictures shown after the tables (gambar).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<Picture>,
}

/// One result of an SKP (rencana hasil kerja) with the leader's result it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SkpResult {
    /// Its number in its table (No).
    pub number: usize,
    /// The leader's result it serves (rencana hasil kerja pimpinan yang diintervensi), or
    /// for the head of the agency the objective; none where it serves none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader_result: Option<String>,
    /// The result (rencana hasil kerja).
    pub statement: String,
    /// The perspective of a senior executive's result (perspektif), where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspective: Option<String>,
    /// Its indicators (indikator kinerja individu) with their targets.
    pub indicators: Vec<SkpIndicator>,
}

/// One individual indicator (indikator kinerja individu, IKI) and its targets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SkpIndicator {
    /// What is measured.
    pub statement: String,
    /// The targets (target), one line each: `16 dokumen` for the year, or one per period
    /// (`Triwulan I 2026: 3 sekolah`).
    pub targets: Vec<String>,
}

/// The behaviour expected under one core value (perilaku kerja).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SkpBehaviour {
    /// The core value (BerAKHLAK).
    pub value: String,
    /// Its behaviour guides (panduan perilaku).
    pub guides: Vec<String>,
    /// The leader's specific expectation (ekspektasi khusus pimpinan), where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectation: Option<String>,
}

/// The annexes of an SKP (lampiran): the support the employee is given, how they account
/// for the results, and what follows from reaching or missing them. Each list may be
/// empty; an empty one is not shown.
///
/// ```
/// use kinerja::present::SkpAnnexes;
/// let annexes = SkpAnnexes::new(
///     vec!["Akses aplikasi Dapodik".into()],
///     vec!["Laporan bulanan kepada Kepala Seksi".into()],
///     vec![],
/// );
/// assert!(!annexes.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SkpAnnexes {
    /// The support given (dukungan sumber daya).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// How the results are accounted for (skema pertanggungjawaban).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accountability: Vec<String>,
    /// What follows from them (konsekuensi).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<String>,
}

impl SkpAnnexes {
    /// Annexes of `resources` (dukungan sumber daya), `accountability` (skema
    /// pertanggungjawaban) and `consequences` (konsekuensi).
    #[must_use]
    pub const fn new(
        resources: Vec<String>,
        accountability: Vec<String>,
        consequences: Vec<String>,
    ) -> Self {
        Self {
            resources,
            accountability,
            consequences,
        }
    }

    /// Whether every list is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty() && self.accountability.is_empty() && self.consequences.is_empty()
    }
}

/// A result read from a plan or the cascade, before it is written.
struct Source<'a> {
    id: &'a NodeId,
    statement: &'a str,
    category: ResultCategory,
    supports: Option<&'a NodeId>,
    indicators: Vec<(&'a str, Option<&'a IndicatorDefinition>, &'a str)>,
}

impl Skp {
    /// The SKP of an agreed `plan`, in `style`: the terms in force (the last version agreed),
    /// the leader's results they serve and the perspectives of results the `cascade`
    /// holds, the parties as the plan names them, dated the day of the agreement.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::agreement::{Command, Parties, Plan, Terms};
    /// use kinerja::present::{Skp, Style};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let yoga = EmployeeNumber::new(EmployeeKind::Pns, "199405052020121008")?;
    /// let parties = Parties::of(cascade.agency(), yoga)?;
    /// let leader = *parties.leader();
    /// let day = |d| kinerja::NaiveDate::from_ymd_opt(2026, 1, d).ok_or("date");
    /// let terms: Terms = serde_json::from_str(r#"{"results": [{"id": "RHK-ADM-1",
    ///   "statement": "Bahan laporan kinerja yang terhimpun tepat waktu", "supports": "RHK-SEK-1",
    ///   "link": "indirect", "indicators": [{"statement": "Bahan laporan bidang yang terhimpun",
    ///   "definition": {"id": "IKI-ADM-1", "unit": "dokumen", "polarity": "maximise",
    ///   "targets": {"2026": {"value": "12"}}}}]}]}"#)?;
    /// let mut plan = Plan::open(parties, Year::new(2026)?, &yoga, day(5)?)?.plan;
    /// for (command, by) in [(Command::Propose { terms }, yoga), (Command::Confirm, yoga), (Command::Confirm, leader)] {
    ///     plan = plan.apply(&cascade, command, &by, day(6)?)?.plan;
    /// }
    /// let skp = Skp::of_plan(&plan, &cascade, Style::indonesian())?;
    /// assert_eq!(skp.main_results[0].indicators[0].targets, ["12 dokumen"]);
    /// assert_eq!(skp.main_results[0].leader_result.as_deref(), Some("Tersusunnya laporan kinerja dinas tepat waktu"));
    /// assert_eq!(skp.signing.date.as_deref(), Some("6 Januari 2026"));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`AgreementError::NotAgreed`] when the plan has no agreed terms: an SKP is signed
    /// only once agreed.
    pub fn of_plan(plan: &Plan, cascade: &Cascade, style: Style) -> Result<Self, AgreementError> {
        let terms = plan.for_evaluation()?;
        let language = style.language;
        let agency = cascade.agency();
        let sources: Vec<Source<'_>> = terms
            .results
            .iter()
            .map(|result| Source {
                id: &result.id,
                statement: &result.statement,
                category: result.category,
                supports: result.supports.as_ref(),
                indicators: result
                    .indicators
                    .iter()
                    .map(|i| {
                        (
                            i.statement.as_str(),
                            Some(&i.definition),
                            i.definition.unit(),
                        )
                    })
                    .collect(),
            })
            .collect();
        let employee = plan.employee();
        let mut skp = Self::made(
            cascade,
            employee,
            Person::of(agency, plan.parties().leader(), language),
            plan.year(),
            &sources,
            language,
        );
        if let Some(agreed) = plan.agreed() {
            skp.agreement = Some(match language {
                Language::Indonesian => format!(
                    "versi {}, disepakati {}",
                    agreed.version,
                    date(agreed.on, language)
                ),
                Language::English => format!(
                    "version {}, agreed on {}",
                    agreed.version,
                    date(agreed.on, language)
                ),
            });
            skp.signing.date = Some(date(agreed.on, language));
        }
        Ok(skp)
    }

    /// The SKP of `employee` for `year` from the results the `cascade` holds for them (their
    /// own and their position's), with the targets `definitions` give in that year, in
    /// `style`; none when the cascade holds no result of theirs (or the agency no such
    /// employee). The assessing official is the holder of the position theirs reports to.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{Skp, Style};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let definitions = kinerja::sample::siulak_definitions()?;
    /// let head = EmployeeNumber::new(EmployeeKind::Pns, "197204101998031005")?;
    /// let skp = Skp::of_cascade(&cascade, &definitions, &head, Year::new(2026)?, Style::english())
    ///     .ok_or("no results")?;
    /// assert!(skp.assessor.is_none());
    /// assert_eq!(skp.main_results[0].perspective.as_deref(), Some("service recipients"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn of_cascade(
        cascade: &Cascade,
        definitions: &Definitions,
        employee: &EmployeeNumber,
        year: Year,
        style: Style,
    ) -> Option<Self> {
        let language = style.language;
        let nodes: Vec<&Node> = cascade
            .results_of(employee)
            .filter(|n| n.level() == Level::Result)
            .collect();
        if nodes.is_empty() {
            return None;
        }
        let sources: Vec<Source<'_>> = nodes
            .iter()
            .map(|node| Source {
                id: node.id(),
                statement: node.statement(),
                category: node.category(),
                supports: node.parent().map(|p| &p.node),
                indicators: node
                    .indicators()
                    .iter()
                    .map(|i| (i.statement(), definitions.get(i.id()), i.unit()))
                    .collect(),
            })
            .collect();
        let assessor = Person::assessor_of(cascade.agency(), employee, language);
        Some(Self::made(
            cascade, employee, assessor, year, &sources, language,
        ))
    }

    fn made(
        cascade: &Cascade,
        employee: &EmployeeNumber,
        assessor: Option<Person>,
        year: Year,
        sources: &[Source<'_>],
        language: Language,
    ) -> Self {
        let agency = cascade.agency();
        let whole = year.as_period();
        let period = match language {
            Language::Indonesian => format!(
                "{} s.d. {}",
                date(whole.start(), language),
                date(whole.end(), language)
            ),
            Language::English => format!(
                "{} to {}",
                date(whole.start(), language),
                date(whole.end(), language)
            ),
        };
        let results = |category: ResultCategory| -> Vec<SkpResult> {
            sources
                .iter()
                .filter(|s| s.category == category)
                .enumerate()
                .map(|(i, source)| SkpResult {
                    number: i + 1,
                    leader_result: source
                        .supports
                        .and_then(|id| cascade.node(id))
                        .map(|n| n.statement().to_owned()),
                    statement: source.statement.to_owned(),
                    perspective: cascade
                        .node(source.id)
                        .and_then(Node::perspective)
                        .map(|p| p.label(language).to_owned()),
                    indicators: source
                        .indicators
                        .iter()
                        .map(|(statement, definition, unit)| SkpIndicator {
                            statement: (*statement).to_owned(),
                            targets: definition
                                .map(|d| targets(d, unit, year, language))
                                .unwrap_or_default(),
                        })
                        .collect(),
                })
                .collect()
        };
        Self {
            language,
            agency: agency.name().to_owned(),
            period,
            employee: Person::of(agency, employee, language).unwrap_or_else(|| Person {
                name: employee.to_string(),
                number_name: "NIP".to_owned(),
                number: employee.to_string(),
                position: String::new(),
                level: String::new(),
                unit: String::new(),
            }),
            assessor,
            agreement: None,
            main_results: results(ResultCategory::Main),
            additional_results: results(ResultCategory::Additional),
            behaviour: CoreValue::ALL
                .iter()
                .map(|value| SkpBehaviour {
                    value: value.label(language).to_owned(),
                    guides: value
                        .guides(language)
                        .iter()
                        .map(|g| (*g).to_owned())
                        .collect(),
                    expectation: None,
                })
                .collect(),
            annexes: None,
            signing: Signing::default(),
            pictures: Vec::new(),
        }
    }

    /// The same SKP with the leader's specific expectations (ekspektasi khusus pimpinan)
    /// per core value, as an employee's records hold them
    /// ([`EmployeeRecords::expectations`](crate::evaluation::EmployeeRecords::expectations)).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{Skp, Style};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// let records = kinerja::sample::siulak_employee_records()?;
    /// let hers = records.iter().find(|r| r.employee == rina).ok_or("records")?;
    /// let skp = Skp::of_cascade(&cascade, &kinerja::sample::siulak_definitions()?, &rina,
    ///     Year::new(2026)?, Style::indonesian()).ok_or("no results")?.expecting(&hers.expectations);
    /// assert_eq!(skp.behaviour[2].expectation.as_deref(),
    ///     Some("Menguasai penilaian autentik dan mampu membimbing guru"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn expecting(mut self, expectations: &BTreeMap<CoreValue, String>) -> Self {
        for (value, line) in CoreValue::ALL.iter().zip(self.behaviour.iter_mut()) {
            line.expectation = expectations.get(value).cloned();
        }
        self
    }

    /// The same SKP with `annexes` (lampiran); annexes with nothing in them are left out.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{Skp, SkpAnnexes, Style};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    /// let skp = Skp::of_cascade(&cascade, &kinerja::sample::siulak_definitions()?, &dewi,
    ///     Year::new(2026)?, Style::indonesian()).ok_or("no results")?
    ///     .with_annexes(SkpAnnexes::new(vec!["Akses aplikasi Dapodik".into()], vec![], vec![]));
    /// assert!(skp.to_html().contains("Dukungan sumber daya"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn with_annexes(mut self, annexes: SkpAnnexes) -> Self {
        self.annexes = (!annexes.is_empty()).then_some(annexes);
        self
    }

    /// The same SKP signed at `place` on `on`.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{Skp, Style};
    /// use kinerja::prelude::*;
    /// let cascade = kinerja::sample::siulak_cascade()?;
    /// let dewi = EmployeeNumber::new(EmployeeKind::Pns, "199203032019032011")?;
    /// let on = kinerja::NaiveDate::from_ymd_opt(2026, 1, 12).ok_or("date")?;
    /// let skp = Skp::of_cascade(&cascade, &kinerja::sample::siulak_definitions()?, &dewi,
    ///     Year::new(2026)?, Style::indonesian()).ok_or("no results")?.signed("Siulak", on);
    /// assert!(skp.to_html().contains("Siulak, 12 Januari 2026"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn signed(mut self, place: impl Into<String>, on: NaiveDate) -> Self {
        self.signing = Signing::at(place, on, self.language);
        self
    }

    /// The same SKP with `picture` shown after its tables.
    #[must_use]
    pub fn with_picture(mut self, picture: Picture) -> Self {
        self.pictures.push(picture);
        self
    }

    /// The SKP as one self-contained HTML page in its language, for A4 paper: the header,
    /// the results (main, then additional), the behaviour, the signatures, and the annexes
    /// on a page of their own.
    #[must_use]
    pub fn to_html(&self) -> String {
        let language = self.language;
        let s = |id, en| say(language, id, en);
        let mut page = Page::new(
            language,
            &format!(
                "{} — {}",
                s(
                    "Sasaran Kinerja Pegawai",
                    "Employee Performance Targets (SKP)"
                ),
                self.employee.name
            ),
        );
        page.title(
            s(
                "SASARAN KINERJA PEGAWAI",
                "EMPLOYEE PERFORMANCE TARGETS (SKP)",
            ),
            &self.agency,
        );
        let mut header = vec![(
            s("Periode penilaian", "Period assessed"),
            self.period.clone(),
        )];
        if let Some(agreement) = &self.agreement {
            header.push((s("Kesepakatan", "Agreement"), agreement.clone()));
        }
        page.facts(&header);
        people(&mut page, &self.employee, self.assessor.as_ref());

        let jpt = self
            .main_results
            .iter()
            .chain(&self.additional_results)
            .any(|r| r.perspective.is_some());
        page.heading(s("Hasil Kerja", "Work Results"));
        let mut head = vec![
            Cell::text(s("No", "No")).class("centre"),
            Cell::text(s(
                "Rencana Hasil Kerja Pimpinan yang Diintervensi",
                "Leader's Result Supported",
            )),
            Cell::text(s("Rencana Hasil Kerja", "Planned Result")),
        ];
        if jpt {
            head.push(Cell::text(s("Perspektif", "Perspective")));
        }
        head.push(Cell::text(s(
            "Indikator Kinerja Individu",
            "Individual Performance Indicator",
        )));
        head.push(Cell::text(s("Target", "Target")));
        let columns = u32::try_from(head.len()).unwrap_or(5);
        let mut rows = Vec::new();
        for (title, results) in [
            (s("A. Utama", "A. Main"), &self.main_results),
            (s("B. Tambahan", "B. Additional"), &self.additional_results),
        ] {
            rows.push(vec![Cell::text(title).class("group").span(columns)]);
            if results.is_empty() {
                rows.push(vec![
                    Cell::text(s("Tidak ada hasil kerja tambahan", "No additional result"))
                        .class("muted")
                        .span(columns),
                ]);
            }
            for result in results {
                rows.extend(result_rows(result, jpt));
            }
        }
        page.table(&head, &rows);

        page.heading(s("Perilaku Kerja", "Work Behaviour"));
        let rows: Vec<Vec<Cell>> = self
            .behaviour
            .iter()
            .enumerate()
            .map(|(i, b)| {
                vec![
                    Cell::text((i + 1).to_string()).class("centre"),
                    Cell::text(b.value.clone()),
                    Cell::lines(b.guides.clone()),
                    Cell::text(b.expectation.clone().unwrap_or_else(|| "—".to_owned())),
                ]
            })
            .collect();
        page.table(
            &[
                Cell::text(s("No", "No")).class("centre"),
                Cell::text(s("Nilai Dasar", "Core Value")),
                Cell::text(s("Panduan Perilaku", "Behaviour Guides")),
                Cell::text(s(
                    "Ekspektasi Khusus Pimpinan",
                    "Leader's Specific Expectation",
                )),
            ],
            &rows,
        );
        for picture in &self.pictures {
            page.picture(picture);
        }
        signatures(
            &mut page,
            &self.signing,
            &self.employee,
            self.assessor.as_ref(),
        );

        if let Some(annexes) = &self.annexes {
            page.open_annex();
            page.heading(s("Lampiran Sasaran Kinerja Pegawai", "Annex to the SKP"));
            for (title, lines) in [
                (
                    s("Dukungan sumber daya", "Resources provided"),
                    &annexes.resources,
                ),
                (
                    s("Skema pertanggungjawaban", "Accountability scheme"),
                    &annexes.accountability,
                ),
                (s("Konsekuensi", "Consequences"), &annexes.consequences),
            ] {
                if !lines.is_empty() {
                    page.subheading(title);
                    page.list(lines);
                }
            }
            page.close_annex();
        }
        page.finish()
    }
}

/// The rows of one result: its first indicator beside it, the others below.
fn result_rows(result: &SkpResult, jpt: bool) -> Vec<Vec<Cell>> {
    let indicator_cells = |i: Option<&SkpIndicator>| {
        [
            Cell::text(i.map_or_else(String::new, |i| i.statement.clone())),
            Cell::lines(i.map_or_else(Vec::new, |i| i.targets.clone())).class("number"),
        ]
    };
    let mut rows = Vec::new();
    let mut first = vec![
        Cell::text(result.number.to_string()).class("centre"),
        Cell::text(
            result
                .leader_result
                .clone()
                .unwrap_or_else(|| "—".to_owned()),
        ),
        Cell::text(result.statement.clone()),
    ];
    if jpt {
        first.push(Cell::text(result.perspective.clone().unwrap_or_default()));
    }
    first.extend(indicator_cells(result.indicators.first()));
    rows.push(first);
    for indicator in result.indicators.iter().skip(1) {
        let mut row = vec![Cell::text(""), Cell::text(""), Cell::text("")];
        if jpt {
            row.push(Cell::text(""));
        }
        row.extend(indicator_cells(Some(indicator)));
        rows.push(row);
    }
    rows
}

/// The employee assessed and the assessing official, side by side in one table.
pub(super) fn people(page: &mut Page, employee: &Person, assessor: Option<&Person>) {
    let language = page.language();
    let s = |id, en| say(language, id, en);
    let mut head = vec![
        Cell::text(s("No", "No")).class("centre"),
        Cell::text(s("Pegawai yang Dinilai", "Employee Assessed")).span(2),
    ];
    if assessor.is_some() {
        head.push(Cell::text(s("Pejabat Penilai Kinerja", "Assessing Official")).span(2));
    }
    // The number's row is labelled by each person's kind of number (NIP or NI PPPK).
    let number_row = 1;
    let label = |i: usize, row: &str, p: &Person| {
        if i == number_row {
            p.number_name.clone()
        } else {
            row.to_owned()
        }
    };
    let rows: Vec<Vec<Cell>> = [
        (
            s("Nama", "Name"),
            (|p: &Person| p.name.clone()) as fn(&Person) -> String,
        ),
        ("NIP", |p: &Person| p.number.clone()),
        (s("Jabatan", "Position"), |p: &Person| p.position.clone()),
        (s("Jenjang jabatan", "Level"), |p: &Person| p.level.clone()),
        (s("Unit kerja", "Unit"), |p: &Person| p.unit.clone()),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (row, f))| {
        let mut cells = vec![
            Cell::text((i + 1).to_string()).class("centre"),
            Cell::text(label(i, row, employee)),
            Cell::text(f(employee)),
        ];
        if let Some(assessor) = assessor {
            cells.push(Cell::text(label(i, row, assessor)));
            cells.push(Cell::text(f(assessor)));
        }
        cells
    })
    .collect();
    page.table(&head, &rows);
}

/// The signature block: the assessing official on the left, the employee on the right
/// under the place and date (the layout of the regulation's forms).
pub(super) fn signatures(
    page: &mut Page,
    signing: &Signing,
    employee: &Person,
    assessor: Option<&Person>,
) {
    let language = page.language();
    let s = |id, en| say(language, id, en);
    let mut signatories = Vec::new();
    if let Some(assessor) = assessor {
        signatories.push(Signatory {
            role: s("Pejabat Penilai Kinerja", "Assessing Official"),
            name: &assessor.name,
            number: assessor.number_line(),
        });
    }
    signatories.push(Signatory {
        role: s("Pegawai yang Dinilai", "Employee Assessed"),
        name: &employee.name,
        number: employee.number_line(),
    });
    page.signatures(&signing.line(), &signatories);
}

/// The targets of `definition` within `year`, one line each: the value alone for a single
/// target over the year, else each period named.
fn targets(
    definition: &IndicatorDefinition,
    unit: &str,
    year: Year,
    language: Language,
) -> Vec<String> {
    let within: Vec<(&Period, &Target)> = definition
        .targets()
        .iter()
        .filter(|(period, _)| period.year() == year)
        .collect();
    match within.as_slice() {
        [(period, target)] if **period == year.as_period() => {
            vec![format!("{} {unit}", target_words(**target, language))]
        }
        _ => within
            .iter()
            .map(|(period, target)| {
                format!(
                    "{}: {} {unit}",
                    period.describe(language),
                    target_words(**target, language)
                )
            })
            .collect(),
    }
}

/// A target as people write it: `16`, or a range `80–90`.
pub(super) fn target_words(target: Target, language: Language) -> String {
    match target {
        Target::Value(value) => exact(value.normalize(), language),
        Target::Band { low, high } => format!(
            "{}–{}",
            exact(low.normalize(), language),
            exact(high.normalize(), language)
        ),
    }
}
