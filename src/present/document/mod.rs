//! The documents an agency prints, as structured values and as self-contained HTML: the
//! [`Skp`] (Sasaran Kinerja Pegawai, the plan an employee and the assessing official
//! sign), the [`EvaluationDocument`] (Dokumen Evaluasi Kinerja Pegawai, an appraisal as
//! PermenPANRB 6/2022 lays it out) and the [`AgencyReport`] (laporan kinerja instansi, a
//! public report that names nobody).
//!
//! Each value is written in one language (the [`Style`](super::Style) it was made in):
//! its labels, its figures (`91,67 %`, two decimals by the crate's rounding, each a
//! [`FigureView`](super::FigureView): the value as reported, the exact value beside it only
//! where rounding changed it) and its
//! periods as people name them (`Tahun 2026`, `s.d. Triwulan II 2026`). It serialises to
//! JSON and back, and `to_html` writes it as one HTML page in the same language: the
//! style sheet inline, A4 pages with print rules (a table keeps its rows whole and repeats
//! its heading, annexes start on a new page), pictures embedded as data, every text
//! escaped. Nothing here reads or writes a file: the caller saves the text, or hands it to
//! a browser to print.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use kinerja::present::{EvaluationDocument, Style};
//! use kinerja::{AgencyInput, appraise_agency, sample};
//! let input = AgencyInput::new(sample::siulak_records()?).map_err(|p| p.to_string())?;
//! let year = appraise_agency(&input)?;
//! let rina = year.employees.iter().find(|e| e.employee.to_string() == "198507192010012014").ok_or("?")?;
//! let document = EvaluationDocument::of(&rina.annual, input.cascade(), &year.organisation, Style::indonesian());
//! let html = document.to_html();
//! assert!(html.starts_with("<!DOCTYPE html>") && html.contains("@page"));
//! assert!(html.contains("Rina Marlina, S.Pd."));
//! # Ok(()) }
//! ```

mod evaluation;
mod html;
mod report;
mod skp;

pub use evaluation::{
    BehaviourLine, EvaluationDocument, EvaluationIndicator, EvaluationResult, OrganisationPart,
};
pub use report::{
    AgencyReport, DistributionPart, ForumOutcome, ObjectiveLine, ParticipationLine, PredicateShare,
    UnitPredicates,
};
pub use skp::{Skp, SkpAnnexes, SkpBehaviour, SkpIndicator, SkpResult};

use crate::label::{Labelled, Language};
use crate::nip::{EmployeeKind, EmployeeNumber};
use crate::org::Agency;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A person a document names (pegawai): the employee assessed (pegawai yang dinilai) or
/// the assessing official (pejabat penilai kinerja), as the agency's records hold them.
///
/// The records hold no rank (pangkat/golongan ruang), so none is shown; the position's
/// level (jenjang jabatan) stands beside the position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Person {
    /// The name (nama), as the agency records it.
    pub name: String,
    /// What the number is called: `NIP` for a civil servant (PNS), `NI PPPK` for a
    /// contract employee.
    pub number_name: String,
    /// The number (NIP or NI PPPK), its 18 digits.
    pub number: String,
    /// The position (jabatan).
    pub position: String,
    /// The position's level (jenjang jabatan), in the document's language.
    pub level: String,
    /// The unit (unit kerja).
    pub unit: String,
}

impl Person {
    /// The person numbered `number` in `agency`; none when the agency does not hold them.
    pub(super) fn of(agency: &Agency, number: &EmployeeNumber, language: Language) -> Option<Self> {
        let employee = agency.employee(number)?;
        let position = agency.position(employee.position());
        let unit = position.and_then(|p| agency.unit(p.unit()));
        Some(Self {
            name: employee.name().to_owned(),
            number_name: match number.kind() {
                EmployeeKind::Pns => "NIP",
                EmployeeKind::Pppk => "NI PPPK",
            }
            .to_owned(),
            number: number.to_string(),
            position: position.map_or_else(String::new, |p| p.title().to_owned()),
            level: position.map_or_else(String::new, |p| p.level().label(language).to_owned()),
            unit: unit.map_or_else(String::new, |u| u.name().to_owned()),
        })
    }

    /// The assessing official of `number` (pejabat penilai kinerja): the holder of the
    /// position theirs reports to; none for the head of the agency, whose assessor sits
    /// outside it.
    pub(super) fn assessor_of(
        agency: &Agency,
        number: &EmployeeNumber,
        language: Language,
    ) -> Option<Self> {
        let employee = agency.employee(number)?;
        let superior = agency.superior_of(employee.position())?;
        let holder = agency.holders(superior.id()).next()?;
        Self::of(agency, holder.number(), language)
    }

    /// The number as a signature shows it: `NIP 198507192010012014`.
    pub(super) fn number_line(&self) -> String {
        format!("{} {}", self.number_name, self.number)
    }
}

/// Where and when a document is signed (tempat dan tanggal). Either may be left for the
/// signatories to write by hand: the page then shows a dotted line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Signing {
    /// The place (tempat), as the agency writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The date (tanggal), as people write it (`12 Januari 2026`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl Signing {
    /// Signed at `place` on `on`, the date written in `language`.
    pub(super) fn at(place: impl Into<String>, on: NaiveDate, language: Language) -> Self {
        Self {
            place: Some(place.into()),
            date: Some(crate::written::date(on, language)),
        }
    }

    /// `place, date`, with a dotted line for what is not given.
    pub(super) fn line(&self) -> String {
        const BLANK: &str = "………………";
        format!(
            "{}, {}",
            self.place.as_deref().unwrap_or(BLANK),
            self.date.as_deref().unwrap_or(BLANK)
        )
    }

    /// Whether nothing is given.
    pub(super) fn is_blank(&self) -> bool {
        self.place.is_none() && self.date.is_none()
    }
}

/// A picture a document shows (gambar): an SVG from [`kinerja::present`](crate::present)
/// and its caption. The HTML embeds it as an image's data, so a picture's text is shown and
/// never run.
///
/// ```
/// use kinerja::present::{Picture, nine_box_grid};
/// let picture = Picture::new("Kotak talenta", nine_box_grid([], kinerja::Language::Indonesian));
/// assert!(picture.svg.starts_with("<svg"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Picture {
    /// The caption (keterangan gambar).
    pub caption: String,
    /// The SVG text.
    pub svg: String,
}

impl Picture {
    /// A picture of `svg` captioned `caption`.
    #[must_use]
    pub fn new(caption: impl Into<String>, svg: impl Into<String>) -> Self {
        Self {
            caption: caption.into(),
            svg: svg.into(),
        }
    }
}
