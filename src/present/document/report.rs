//! The public report of an agency's year: the organisation's predicate, the predicates of
//! its units in counts, how its staff took part, its forums' outcomes and the distribution
//! check; no name and no employee number.

use super::Picture;
use super::evaluation::OrganisationPart;
use super::html::{Cell, Page, say};
use super::skp::target_words;
use crate::agreement::{Adoption, Participation};
use crate::cascade::{Cascade, Owner};
use crate::evaluation::{AgencyAppraisal, Predicate, PredicateSource};
use crate::id::{NodeId, UnitId};
use crate::label::{Labelled, Language};
use crate::num::Percent;
use crate::present::{
    FigureView, LabelView, Style, distribution_before_after, distribution_chart, performance_tree,
};
use crate::written::date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A public report of an agency's year (laporan kinerja instansi): the organisation's
/// predicate and achievement per strategic objective, each unit's predicates as counts and
/// percentages, the staff's participation in setting the plans, what the forums changed,
/// and the distribution check. It names no employee and shows no employee number; a unit
/// with fewer appraised employees than [`AgencyReport::SMALLEST_GROUP`] shows its count
/// but not its predicates, so no one's predicate can be read off a small unit.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::present::{AgencyReport, Style};
/// use kinerja::{AgencyInput, appraise_agency, sample};
/// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
/// let year = appraise_agency(&input)?;
/// let report = AgencyReport::of(&year, input.cascade(), &[], Style::indonesian());
/// assert_eq!(report.organisation.as_ref().map(|o| o.predicate.label.as_str()), Some("Baik"));
/// assert!(!report.to_html().contains("Rina Marlina"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AgencyReport {
    /// The language the report is written in.
    pub language: Language,
    /// The agency (instansi).
    pub agency: String,
    /// The period, as people name it (`Tahun 2026`).
    pub period: String,
    /// The organisation's predicate and achievement (predikat kinerja organisasi), where
    /// the year has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationPart>,
    /// Each strategic objective's achievement (capaian sasaran strategis).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveLine>,
    /// Each unit's predicates (predikat kinerja pegawai per unit kerja), counting the
    /// units within it, in the agency's order; units with nobody appraised are left out.
    pub units: Vec<UnitPredicates>,
    /// The staff's participation per unit (partisipasi), as given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participation: Vec<ParticipationLine>,
    /// What the forums changed in the plans (hasil forum diskusi), by date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forum_outcomes: Vec<ForumOutcome>,
    /// The distribution check (kurva distribusi), where the year has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<DistributionPart>,
    /// Pictures (gambar): the distribution against the curve, the organisation's tree.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<Picture>,
}

/// A strategic objective's achievement in a public report (sasaran strategis).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ObjectiveLine {
    /// The objective.
    pub statement: String,
    /// Its achievement (capaian).
    pub achievement: FigureView,
}

/// A unit's predicates in a public report (predikat per unit kerja).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct UnitPredicates {
    /// The unit (unit kerja).
    pub unit: String,
    /// How many were appraised in it and the units within it.
    pub appraised: usize,
    /// Each predicate's count and share, best first; empty when withheld.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub predicates: Vec<PredicateShare>,
    /// Whether the predicates are withheld: fewer appraised than the smallest group shown.
    pub withheld: bool,
}

/// How many hold a predicate, and their share (jumlah dan persentase).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PredicateShare {
    /// The predicate (predikat kinerja).
    pub predicate: LabelView,
    /// How many hold it.
    pub count: usize,
    /// Their share of those counted, rounded by the style's rounding (persentase).
    pub share: FigureView,
}

/// A unit's participation in setting its plan (partisipasi pegawai), in figures only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ParticipationLine {
    /// The unit (with the units within it).
    pub unit: String,
    /// Its staff.
    pub staff: usize,
    /// Staff who proposed their own plan or made a suggestion.
    pub contributors: usize,
    /// `contributors` as a share of `staff`; none for a unit without staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<FigureView>,
    /// Staff who proposed their own plan.
    pub proposed_plans: usize,
    /// Suggestions made in its forums (usulan).
    pub suggestions: usize,
    /// Of which adopted (diterima).
    pub adopted: usize,
    /// Of which declined (ditolak).
    pub declined: usize,
}

/// A suggestion a forum adopted, and what became of it (hasil forum diskusi), without who
/// made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ForumOutcome {
    /// The unit that held the forum.
    pub unit: String,
    /// When, as people write it.
    pub held_on: String,
    /// The suggestion (usulan).
    pub suggestion: String,
    /// Where it went, in words: the indicator, result or target it became.
    pub adopted_as: String,
    /// Whether it is in force in the plans (status).
    pub status: String,
}

/// The distribution check in a public report (kurva distribusi).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DistributionPart {
    /// The organisation's predicate that sets the quotas.
    pub organisation: LabelView,
    /// How many employees the curve counts (the leaders of the agency are rated with it
    /// and not counted).
    pub team: usize,
    /// Each predicate's count and share, best first.
    pub predicates: Vec<PredicateShare>,
    /// Each quota and whether it is met, in a sentence.
    pub quotas: Vec<String>,
    /// Whether every quota is met.
    pub compliant: bool,
    /// The verdict in words (`sesuai kurva`).
    pub verdict: String,
    /// How many predicates calibration changed (kalibrasi), where the agency calibrated;
    /// the counts above are after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration_changes: Option<usize>,
}

impl AgencyReport {
    /// The fewest appraised employees a unit must have for its predicates to be shown.
    pub const SMALLEST_GROUP: usize = 3;

    /// The report of `year` (after calibration, if the agency calibrated), in `style`, with
    /// units and statements from `cascade` and the participation of each unit that held
    /// forums ([`participation`](crate::agreement::participation)).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::present::{AgencyReport, Style};
    /// use kinerja::{AgencyInput, appraise_agency, sample};
    /// let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
    /// let year = appraise_agency(&input)?;
    /// let report = AgencyReport::of(&year, input.cascade(), &[], Style::english());
    /// let whole = &report.units[0];
    /// assert_eq!((whole.unit.as_str(), whole.appraised), ("Dinas Pendidikan Siulak", 9));
    /// assert_eq!(report.distribution.as_ref().map(|d| d.compliant), Some(false));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn of(
        year: &AgencyAppraisal,
        cascade: &Cascade,
        participation: &[Participation],
        style: Style,
    ) -> Self {
        let language = style.language;
        let agency = cascade.agency();
        let share = |part: usize, whole: usize| {
            let value = crate::present::view::share_percent(part, whole).unwrap_or(Decimal::ZERO);
            // A share is reported as rounded: its exact value (a fraction to 28 places) tells
            // no reader anything.
            FigureView::percent(style.rounding.apply(value), style)
        };
        let shares = |counts: &BTreeMap<Predicate, usize>, whole: usize| -> Vec<PredicateShare> {
            Predicate::ALL
                .iter()
                .rev()
                .map(|p| {
                    let count = counts.get(p).copied().unwrap_or(0);
                    PredicateShare {
                        predicate: LabelView::of(p, language),
                        count,
                        share: share(count, whole),
                    }
                })
                .collect()
        };
        let unit_name = |id: &UnitId| {
            agency
                .unit(id)
                .map_or_else(|| id.to_string(), |u| u.name().to_owned())
        };
        let annual = year.annual_organisation();
        let organisation = annual.map(|o| {
            let (achievement, decision) = match &o.source {
                PredicateSource::Achievement { reported } => {
                    (Some(FigureView::percent(reported.value(), style)), None)
                }
                PredicateSource::Decision { reason } => (None, Some(reason.as_str().to_owned())),
            };
            OrganisationPart {
                predicate: LabelView::of(&o.predicate, language),
                achievement,
                decision,
            }
        });
        let objective_scores: Vec<_> = annual
            .and_then(|o| o.score.as_ref())
            .map(|s| s.objectives.iter().collect())
            .unwrap_or_default();
        let objectives = objective_scores
            .iter()
            .map(|o| ObjectiveLine {
                statement: cascade
                    .node(&o.node)
                    .map_or_else(String::new, |n| n.statement().to_owned()),
                achievement: FigureView::percent(o.achievement.value(), style),
            })
            .collect();

        // Each appraised employee's unit.
        let unit_of = |number| {
            agency
                .employee(number)
                .and_then(|e| agency.position(e.position()))
                .map(|p| p.unit().clone())
        };
        let placed: Vec<(UnitId, Predicate)> = year
            .employees
            .iter()
            .filter_map(|e| Some((unit_of(&e.employee)?, e.annual.predicate)))
            .collect();
        let units = agency
            .units()
            .iter()
            .filter_map(|unit| {
                let within = units_within(agency, unit.id());
                let mut counts = BTreeMap::new();
                let mut appraised = 0;
                for (_, predicate) in placed.iter().filter(|(u, _)| within.contains(u)) {
                    appraised += 1;
                    *counts.entry(*predicate).or_insert(0) += 1;
                }
                (appraised > 0).then(|| {
                    let withheld = appraised < Self::SMALLEST_GROUP;
                    UnitPredicates {
                        unit: unit.name().to_owned(),
                        appraised,
                        predicates: if withheld {
                            Vec::new()
                        } else {
                            shares(&counts, appraised)
                        },
                        withheld,
                    }
                })
            })
            .collect();

        let participation_lines = participation
            .iter()
            .map(|p| ParticipationLine {
                unit: unit_name(&p.unit),
                staff: p.staff,
                contributors: p.contributors,
                share: (p.staff > 0).then(|| share(p.contributors, p.staff)),
                proposed_plans: p.proposed_plans,
                suggestions: p.suggestions,
                adopted: p.adopted,
                declined: p.declined,
            })
            .collect();
        let mut forum_outcomes: Vec<(chrono::NaiveDate, ForumOutcome)> = participation
            .iter()
            .flat_map(|p| p.changes.iter().map(move |c| (p, c)))
            .map(|(p, change)| {
                (
                    change.held_on,
                    ForumOutcome {
                        unit: unit_name(&p.unit),
                        held_on: date(change.held_on, language),
                        suggestion: change.text.clone(),
                        adopted_as: adopted_as(cascade, &change.adoption, language),
                        status: change.status.label(language).to_owned(),
                    },
                )
            })
            .collect();
        forum_outcomes.sort_by_key(|a| a.0);

        let distribution = year.distribution.as_ref().map(|report| {
            let counts: BTreeMap<Predicate, usize> = Predicate::ALL
                .iter()
                .map(|p| (*p, report.counts[*p]))
                .collect();
            DistributionPart {
                organisation: LabelView::of(&report.organisation, language),
                team: report.team,
                predicates: shares(&counts, report.team),
                quotas: report
                    .checks
                    .iter()
                    .map(|check| {
                        let found = match language {
                            Language::Indonesian => format!(
                                "{} pegawai, {}",
                                check.actual,
                                if check.satisfied {
                                    "terpenuhi"
                                } else {
                                    "tidak terpenuhi"
                                }
                            ),
                            Language::English => format!(
                                "{} employees, {}",
                                check.actual,
                                if check.satisfied { "met" } else { "not met" }
                            ),
                        };
                        format!("{}: {found}", check.quota.describe(language))
                    })
                    .collect(),
                compliant: report.compliant,
                verdict: report.verdict(language).to_owned(),
                calibration_changes: (!year.calibrations.is_empty())
                    .then(|| year.calibrations.iter().map(|c| c.changes).sum()),
            }
        });

        let mut pictures = Vec::new();
        if let Some(report) = &year.distribution {
            // Before and after calibration where the agency calibrated (the counts calibration
            // left, before any objection was decided), else the final curve alone.
            let before_after = year
                .calibrations
                .first()
                .zip(year.calibrations.last())
                .and_then(|(first, last)| {
                    distribution_before_after(&first.before, &last.after, language).ok()
                });
            pictures.push(match before_after {
                Some(svg) => Picture::new(
                    say(
                        language,
                        "Distribusi predikat kinerja pegawai sebelum dan sesudah kalibrasi",
                        "Employees' predicates before and after calibration",
                    ),
                    svg,
                ),
                None => Picture::new(
                    say(
                        language,
                        "Distribusi predikat kinerja pegawai terhadap kurva",
                        "Employees' predicates against the curve",
                    ),
                    distribution_chart(report, language),
                ),
            });
        }
        if let Some(tree) = organisation_tree(cascade) {
            let achieved: BTreeMap<NodeId, Percent> = objective_scores
                .iter()
                .map(|o| (o.node.clone(), o.achievement))
                .collect();
            pictures.push(Picture::new(
                say(
                    language,
                    "Pohon kinerja organisasi dengan capaian sasaran strategis",
                    "The organisation's performance tree with its objectives' achievement",
                ),
                performance_tree(&tree, &achieved, style.rounding, language),
            ));
        }

        Self {
            language,
            agency: agency.name().to_owned(),
            period: year.year.as_period().describe(language),
            organisation,
            objectives,
            units,
            participation: participation_lines,
            forum_outcomes: forum_outcomes.into_iter().map(|(_, o)| o).collect(),
            distribution,
            pictures,
        }
    }

    /// The report as one self-contained HTML page in its language, for A4 paper.
    #[must_use]
    pub fn to_html(&self) -> String {
        let language = self.language;
        let s = |id, en| say(language, id, en);
        let mut page = Page::new(
            language,
            &format!(
                "{} — {}",
                s("Laporan Kinerja Instansi", "Agency Performance Report"),
                self.agency
            ),
        );
        page.title(
            s("LAPORAN KINERJA INSTANSI", "AGENCY PERFORMANCE REPORT"),
            &format!("{} · {}", self.agency, self.period),
        );

        page.heading(s("Kinerja Organisasi", "Organisation's Performance"));
        match &self.organisation {
            Some(organisation) => {
                page.paragraph(
                    Some("verdict"),
                    &format!(
                        "{}: {}",
                        s("Predikat kinerja organisasi", "Organisation's predicate"),
                        organisation.predicate.label
                    ),
                );
                if let Some(achievement) = &organisation.achievement {
                    page.paragraph(
                        None,
                        &format!(
                            "{}: {}",
                            s("Capaian kinerja organisasi", "Organisation's achievement"),
                            achievement.text
                        ),
                    );
                }
                if let Some(decision) = &organisation.decision {
                    page.paragraph(
                        None,
                        &format!("{}: {decision}", s("Ditetapkan karena", "Set because")),
                    );
                }
            }
            None => page.paragraph(
                Some("muted"),
                s(
                    "Predikat kinerja organisasi belum ditetapkan.",
                    "The organisation's predicate is not set yet.",
                ),
            ),
        }
        if !self.objectives.is_empty() {
            let rows: Vec<Vec<Cell>> = self
                .objectives
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    vec![
                        Cell::text((i + 1).to_string()).class("centre"),
                        Cell::text(o.statement.clone()),
                        Cell::number(o.achievement.text.clone()),
                    ]
                })
                .collect();
            page.table(
                &[
                    Cell::text(s("No", "No")).class("centre"),
                    Cell::text(s("Sasaran Strategis", "Strategic Objective")),
                    Cell::text(s("Capaian", "Achievement")).class("number"),
                ],
                &rows,
            );
        }

        page.heading(s(
            "Predikat Kinerja Pegawai per Unit Kerja",
            "Employees' Predicates by Unit",
        ));
        let predicates = || {
            Predicate::ALL
                .iter()
                .rev()
                .map(|p| Cell::text(p.label(language)).class("number"))
        };
        let mut head = vec![
            Cell::text(s("Unit Kerja", "Unit")),
            Cell::text(s("Dinilai", "Appraised")).class("number"),
        ];
        head.extend(predicates());
        let columns = u32::try_from(Predicate::ALL.len()).unwrap_or(5);
        let rows: Vec<Vec<Cell>> = self
            .units
            .iter()
            .map(|unit| {
                let mut row = vec![
                    Cell::text(unit.unit.clone()),
                    Cell::number(unit.appraised.to_string()),
                ];
                if unit.withheld {
                    row.push(
                        Cell::text(match language {
                            Language::Indonesian => format!(
                                "tidak ditampilkan: kurang dari {} pegawai",
                                Self::SMALLEST_GROUP
                            ),
                            Language::English => {
                                format!("not shown: fewer than {} employees", Self::SMALLEST_GROUP)
                            }
                        })
                        .class("muted")
                        .span(columns),
                    );
                } else {
                    row.extend(unit.predicates.iter().map(share_cell));
                }
                row
            })
            .collect();
        page.table(&head, &rows);
        page.paragraph(
            Some("muted"),
            &match language {
                Language::Indonesian => format!(
                    "Setiap unit kerja dihitung bersama unit di bawahnya. Jumlah pegawai (persentase). \
                     Predikat unit dengan kurang dari {} pegawai yang dinilai tidak ditampilkan.",
                    Self::SMALLEST_GROUP
                ),
                Language::English => format!(
                    "Each unit counts the units within it. Employees (share). The predicates of a unit \
                     with fewer than {} employees appraised are not shown.",
                    Self::SMALLEST_GROUP
                ),
            },
        );

        if let Some(distribution) = &self.distribution {
            page.heading(s("Kurva Distribusi", "Distribution Curve"));
            page.paragraph(
                Some("verdict"),
                &format!(
                    "{}: {}",
                    s("Kesimpulan kurva distribusi", "Distribution verdict"),
                    distribution.verdict
                ),
            );
            page.paragraph(
                None,
                &match language {
                    Language::Indonesian => format!(
                        "Predikat organisasi {}; {} pegawai dihitung{}.",
                        distribution.organisation.label,
                        distribution.team,
                        distribution
                            .calibration_changes
                            .map_or_else(String::new, |n| format!(
                                "; setelah kalibrasi, yang mengubah {n} predikat"
                            ))
                    ),
                    Language::English => format!(
                        "Organisation's predicate {}; {} employees counted{}.",
                        distribution.organisation.label,
                        distribution.team,
                        distribution
                            .calibration_changes
                            .map_or_else(String::new, |n| format!(
                                "; after calibration, which changed {n} predicates"
                            ))
                    ),
                },
            );
            let mut head = Vec::new();
            head.extend(predicates());
            let row: Vec<Cell> = distribution.predicates.iter().map(share_cell).collect();
            page.table(&head, &[row]);
            page.list(&distribution.quotas);
        }

        if !self.participation.is_empty() {
            page.heading(s("Partisipasi Pegawai", "Staff Participation"));
            let rows: Vec<Vec<Cell>> = self
                .participation
                .iter()
                .map(|p| {
                    vec![
                        Cell::text(p.unit.clone()),
                        Cell::number(p.staff.to_string()),
                        Cell::number(match &p.share {
                            Some(share) => format!("{} ({})", p.contributors, share.text),
                            None => p.contributors.to_string(),
                        }),
                        Cell::number(p.proposed_plans.to_string()),
                        Cell::number(p.suggestions.to_string()),
                        Cell::number(p.adopted.to_string()),
                        Cell::number(p.declined.to_string()),
                    ]
                })
                .collect();
            page.table(
                &[
                    Cell::text(s("Unit Kerja", "Unit")),
                    Cell::text(s("Pegawai", "Staff")).class("number"),
                    Cell::text(s("Berkontribusi", "Contributed")).class("number"),
                    Cell::text(s("Mengusulkan rencana", "Proposed a plan")).class("number"),
                    Cell::text(s("Usulan forum", "Forum suggestions")).class("number"),
                    Cell::text(s("Diterima", "Adopted")).class("number"),
                    Cell::text(s("Ditolak", "Declined")).class("number"),
                ],
                &rows,
            );
        }
        if !self.forum_outcomes.is_empty() {
            page.heading(s("Hasil Forum Diskusi", "What the Forums Changed"));
            let rows: Vec<Vec<Cell>> = self
                .forum_outcomes
                .iter()
                .map(|o| {
                    vec![
                        Cell::text(o.unit.clone()),
                        Cell::text(o.held_on.clone()),
                        Cell::text(o.suggestion.clone()),
                        Cell::text(o.adopted_as.clone()),
                        Cell::text(o.status.clone()),
                    ]
                })
                .collect();
            page.table(
                &[
                    Cell::text(s("Unit Kerja", "Unit")),
                    Cell::text(s("Tanggal", "Date")),
                    Cell::text(s("Usulan", "Suggestion")),
                    Cell::text(s("Diterima sebagai", "Adopted as")),
                    Cell::text(s("Status", "Status")),
                ],
                &rows,
            );
        }
        if !self.pictures.is_empty() {
            page.open_annex();
            page.heading(s("Lampiran: gambar", "Annex: pictures"));
            for picture in &self.pictures {
                page.picture(picture);
            }
            page.close_annex();
        }
        page.finish()
    }
}

/// A predicate's count and share in one cell, one above the other.
fn share_cell(share: &PredicateShare) -> Cell {
    Cell::lines(vec![share.count.to_string(), share.share.text.clone()]).class("number")
}

/// Where an adopted suggestion went, in words, by statements rather than ids.
fn adopted_as(cascade: &Cascade, adoption: &Adoption, language: Language) -> String {
    // An indicator or result only a plan holds is named for what it is, never by its id.
    let indicator = |id: &crate::id::IndicatorId| {
        cascade
            .indicator(id)
            .and_then(|node| node.indicators().iter().find(|i| i.id() == id))
            .map_or_else(
                || {
                    say(
                        language,
                        "indikator rencana pegawai",
                        "an indicator of an employee's plan",
                    )
                    .to_owned()
                },
                |i| format!("\"{}\"", i.statement()),
            )
    };
    match (adoption, language) {
        (Adoption::Indicator { indicator: id }, Language::Indonesian) => {
            format!("indikator {}", indicator(id))
        }
        (Adoption::Indicator { indicator: id }, Language::English) => {
            format!("the indicator {}", indicator(id))
        }
        (
            Adoption::Target {
                indicator: id,
                period,
                target,
            },
            Language::Indonesian,
        ) => format!(
            "target {} {}: {}",
            indicator(id),
            period.describe(language),
            target_words(*target, language)
        ),
        (
            Adoption::Target {
                indicator: id,
                period,
                target,
            },
            Language::English,
        ) => format!(
            "the target of {} for {}: {}",
            indicator(id),
            period.describe(language),
            target_words(*target, language)
        ),
        (Adoption::Result { node }, _) => {
            let statement = cascade.node(node).map_or_else(
                || say(language, "rencana pegawai", "an employee's plan").to_owned(),
                |n| format!("\"{}\"", n.statement()),
            );
            match language {
                Language::Indonesian => format!("hasil kerja {statement}"),
                Language::English => format!("the result {statement}"),
            }
        }
    }
}

/// `unit` and every unit within it.
fn units_within(agency: &crate::org::Agency, unit: &UnitId) -> BTreeSet<UnitId> {
    let mut within = BTreeSet::new();
    let mut stack = vec![unit.clone()];
    while let Some(next) = stack.pop() {
        if within.insert(next.clone()) {
            stack.extend(
                agency
                    .units()
                    .iter()
                    .filter(|u| u.parent() == Some(&next))
                    .map(|u| u.id().clone()),
            );
        }
    }
    within
}

/// The organisation's own part of the tree: the nodes units own, so the picture names no
/// employee; none when they do not make a sound cascade alone.
fn organisation_tree(cascade: &Cascade) -> Option<Cascade> {
    let nodes = cascade
        .nodes()
        .iter()
        .filter(|n| matches!(n.owner(), Owner::Unit(_)))
        .cloned();
    Cascade::builder(cascade.agency().clone())
        .nodes(nodes)
        .build()
        .ok()
}
