//! Calendar periods of appraisal: the year, its semesters, quarters (triwulan) and months.
//!
//! A [`Period`] is always a whole number of calendar months inside one year, so containment
//! and overlap are exact month arithmetic. Periods travel as text: `2026`, `2026-S1`,
//! `2026-Q3`, `2026-07`.

use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The first year a [`Year`] accepts.
pub const MIN_YEAR: i32 = 1;
/// The last year a [`Year`] accepts (four digits on the wire).
pub const MAX_YEAR: i32 = 9999;

/// A calendar year (tahun), from 1 to 9999.
///
/// ```
/// # fn main() -> Result<(), kinerja::period::PeriodError> {
/// use kinerja::period::{Granularity, Year};
/// let quarters = Year::new(2026)?.periods(Granularity::Quarter);
/// assert_eq!(quarters.len(), 4);
/// assert_eq!(quarters[0].to_string(), "2026-Q1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i32", into = "i32")]
pub struct Year(i32);

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    Year,
    crate::json_schema::whole(
        MIN_YEAR.into(),
        MAX_YEAR.into(),
        "A calendar year as a number, e.g. 2026."
    )
);

impl Year {
    /// A year.
    ///
    /// # Errors
    /// [`PeriodError::YearOutOfRange`] outside 1–9999.
    pub fn new(year: i32) -> Result<Self, PeriodError> {
        if (MIN_YEAR..=MAX_YEAR).contains(&year) {
            Ok(Self(year))
        } else {
            Err(PeriodError::YearOutOfRange { year })
        }
    }

    /// The year as a number.
    #[must_use]
    pub const fn number(self) -> i32 {
        self.0
    }

    /// The periods of this year at `granularity`, in calendar order (1, 2, 4 or 12 of them).
    #[must_use]
    pub fn periods(self, granularity: Granularity) -> Vec<Period> {
        match granularity {
            Granularity::Year => vec![Period::Year(self)],
            Granularity::Semester => Semester::ALL
                .iter()
                .map(|&s| Period::Semester(self, s))
                .collect(),
            Granularity::Quarter => Quarter::ALL
                .iter()
                .map(|&q| Period::Quarter(self, q))
                .collect(),
            Granularity::Month => (1..=12).map(|m| Period::Month(self, Month(m))).collect(),
        }
    }

    /// The whole year as a [`Period`].
    #[must_use]
    pub const fn as_period(self) -> Period {
        Period::Year(self)
    }
}

impl TryFrom<i32> for Year {
    type Error = PeriodError;
    fn try_from(year: i32) -> Result<Self, PeriodError> {
        Self::new(year)
    }
}

impl From<Year> for i32 {
    fn from(year: Year) -> i32 {
        year.0
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

/// A half year (semester).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Semester {
    /// January to June (semester I).
    First,
    /// July to December (semester II).
    Second,
}

impl Semester {
    /// Both semesters in order.
    pub const ALL: [Self; 2] = [Self::First, Self::Second];

    const fn index(self) -> u8 {
        match self {
            Self::First => 1,
            Self::Second => 2,
        }
    }
}

impl Labelled for Semester {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::First, Language::Indonesian) => "Semester I",
            (Self::Second, Language::Indonesian) => "Semester II",
            (Self::First, Language::English) => "first half",
            (Self::Second, Language::English) => "second half",
        }
    }
}

/// A quarter (triwulan), the default period of evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Quarter {
    /// January to March (triwulan I).
    Q1,
    /// April to June (triwulan II).
    Q2,
    /// July to September (triwulan III).
    Q3,
    /// October to December (triwulan IV).
    Q4,
}

impl Quarter {
    /// The four quarters in order.
    pub const ALL: [Self; 4] = [Self::Q1, Self::Q2, Self::Q3, Self::Q4];

    const fn index(self) -> u8 {
        match self {
            Self::Q1 => 1,
            Self::Q2 => 2,
            Self::Q3 => 3,
            Self::Q4 => 4,
        }
    }
}

impl fmt::Display for Quarter {
    /// As on the wire: `q1` to `q4`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "q{}", self.index())
    }
}

impl Labelled for Quarter {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Q1, Language::Indonesian) => "Triwulan I",
            (Self::Q2, Language::Indonesian) => "Triwulan II",
            (Self::Q3, Language::Indonesian) => "Triwulan III",
            (Self::Q4, Language::Indonesian) => "Triwulan IV",
            (Self::Q1, Language::English) => "first quarter",
            (Self::Q2, Language::English) => "second quarter",
            (Self::Q3, Language::English) => "third quarter",
            (Self::Q4, Language::English) => "fourth quarter",
        }
    }
}

/// A calendar month (bulan), 1 to 12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Month(u8);

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    Month,
    crate::json_schema::whole(1, 12, "A calendar month as a number, 1 to 12.")
);

impl Month {
    /// A month from its number.
    ///
    /// # Errors
    /// [`PeriodError::MonthOutOfRange`] outside 1–12.
    pub fn new(month: u8) -> Result<Self, PeriodError> {
        if (1..=12).contains(&month) {
            Ok(Self(month))
        } else {
            Err(PeriodError::MonthOutOfRange { month })
        }
    }

    /// The month's number, 1 to 12.
    #[must_use]
    pub const fn number(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Month {
    type Error = PeriodError;
    fn try_from(month: u8) -> Result<Self, PeriodError> {
        Self::new(month)
    }
}

impl From<Month> for u8 {
    fn from(month: Month) -> u8 {
        month.0
    }
}

const MONTH_NAMES_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTH_NAMES_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Labelled for Month {
    fn label(&self, language: Language) -> &'static str {
        let names = match language {
            Language::Indonesian => &MONTH_NAMES_ID,
            Language::English => &MONTH_NAMES_EN,
        };
        names
            .get(usize::from(self.0).wrapping_sub(1))
            .copied()
            .unwrap_or("")
    }
}

/// How finely a year is divided for evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One period: the year.
    Year,
    /// Two semesters.
    Semester,
    /// Four quarters: the default of PermenPANRB 6/2022.
    Quarter,
    /// Twelve months.
    Month,
}

impl Labelled for Granularity {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Year, Language::Indonesian) => "tahunan",
            (Self::Semester, Language::Indonesian) => "semesteran",
            (Self::Quarter, Language::Indonesian) => "triwulanan",
            (Self::Month, Language::Indonesian) => "bulanan",
            (Self::Year, Language::English) => "yearly",
            (Self::Semester, Language::English) => "half-yearly",
            (Self::Quarter, Language::English) => "quarterly",
            (Self::Month, Language::English) => "monthly",
        }
    }
}

impl Granularity {
    /// How many months one period of this granularity spans.
    #[must_use]
    pub const fn months(self) -> u8 {
        match self {
            Self::Year => 12,
            Self::Semester => 6,
            Self::Quarter => 3,
            Self::Month => 1,
        }
    }
}

impl Default for Granularity {
    /// Quarterly, as in the regulation's examples.
    fn default() -> Self {
        Self::Quarter
    }
}

/// A period of appraisal: a year, or a semester, quarter or month of a year.
///
/// Periods order chronologically by their first month, and a longer period before a shorter
/// one that starts with it (`2026` < `2026-S1` < `2026-Q1` < `2026-01`).
///
/// ```
/// # fn main() -> Result<(), kinerja::period::PeriodError> {
/// use kinerja::period::Period;
/// let q3: Period = "2026-Q3".parse()?;
/// let august: Period = "2026-08".parse()?;
/// assert!(q3.contains(&august));
/// assert_eq!(q3.start().to_string(), "2026-07-01");
/// assert_eq!(q3.end().to_string(), "2026-09-30");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "String")]
pub enum Period {
    /// A whole year.
    Year(Year),
    /// A semester of a year.
    Semester(Year, Semester),
    /// A quarter of a year.
    Quarter(Year, Quarter),
    /// A month of a year.
    Month(Year, Month),
}

impl Period {
    /// The period as people name it: `Triwulan I 2026`, `Semester I 2026`, `Juli 2026`,
    /// `Tahun 2026`; in English `first quarter 2026`, `July 2026`, `2026`.
    ///
    /// ```
    /// use kinerja::Language;
    /// use kinerja::period::Period;
    /// let q3: Period = "2026-Q3".parse().unwrap();
    /// assert_eq!(q3.describe(Language::Indonesian), "Triwulan III 2026");
    /// assert_eq!(q3.describe(Language::English), "third quarter 2026");
    /// ```
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (Self::Year(year), Language::Indonesian) => format!("Tahun {year}"),
            (Self::Year(year), Language::English) => year.to_string(),
            (Self::Semester(year, semester), _) => format!("{} {year}", semester.label(language)),
            (Self::Quarter(year, quarter), _) => format!("{} {year}", quarter.label(language)),
            (Self::Month(year, month), _) => format!("{} {year}", month.label(language)),
        }
    }

    /// The year the period lies in.
    #[must_use]
    pub const fn year(self) -> Year {
        match self {
            Self::Year(y) | Self::Semester(y, _) | Self::Quarter(y, _) | Self::Month(y, _) => y,
        }
    }

    /// The granularity of the period.
    #[must_use]
    pub const fn granularity(self) -> Granularity {
        match self {
            Self::Year(_) => Granularity::Year,
            Self::Semester(..) => Granularity::Semester,
            Self::Quarter(..) => Granularity::Quarter,
            Self::Month(..) => Granularity::Month,
        }
    }

    /// The first month of the period, 1 to 12.
    #[must_use]
    pub const fn first_month(self) -> u8 {
        match self {
            Self::Year(_) => 1,
            Self::Semester(_, s) => (s.index() - 1) * 6 + 1,
            Self::Quarter(_, q) => (q.index() - 1) * 3 + 1,
            Self::Month(_, m) => m.0,
        }
    }

    /// The last month of the period, 1 to 12.
    #[must_use]
    pub const fn last_month(self) -> u8 {
        self.first_month() + self.granularity().months() - 1
    }

    /// The number of months the period spans.
    #[must_use]
    pub const fn months(self) -> u8 {
        self.granularity().months()
    }

    /// The first day of the period.
    #[must_use]
    pub fn start(self) -> NaiveDate {
        first_day(self.year().0, self.first_month())
    }

    /// The last day of the period (inclusive).
    #[must_use]
    pub fn end(self) -> NaiveDate {
        let last = self.last_month();
        let next = if last == 12 {
            first_day(self.year().0 + 1, 1)
        } else {
            first_day(self.year().0, last + 1)
        };
        next.pred_opt()
            .or_invariant(next, "a month after day 1 has a day before")
    }

    /// Whether `other` lies wholly inside this period (a period contains itself).
    #[must_use]
    pub fn contains(self, other: &Self) -> bool {
        self.year() == other.year()
            && self.first_month() <= other.first_month()
            && other.last_month() <= self.last_month()
    }

    /// Whether `date` falls inside this period.
    #[must_use]
    pub fn contains_date(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// The number of months this period shares with `other`, 0 to 12.
    #[must_use]
    pub fn overlap_months(self, other: &Self) -> u8 {
        if self.year() != other.year() {
            return 0;
        }
        let first = self.first_month().max(other.first_month());
        let last = self.last_month().min(other.last_month());
        (last + 1).saturating_sub(first)
    }
}

/// Day 1 of a month that is known to exist (validated year, month 1–12, or the year after a
/// valid year, which chrono also covers).
fn first_day(year: i32, month: u8) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, u32::from(month), 1)
        .or_invariant(NaiveDate::MIN, "a valid year and month")
}

impl Period {
    /// A packed sort key: year, then first month, then longer before shorter.
    const fn order_key(self) -> i64 {
        (self.year().0 as i64) * 256
            + (self.first_month() as i64) * 16
            + (12 - self.months() as i64)
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        self.order_key().cmp(&other.order_key())
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Year(y) => write!(f, "{y}"),
            Self::Semester(y, s) => write!(f, "{y}-S{}", s.index()),
            Self::Quarter(y, q) => write!(f, "{y}-Q{}", q.index()),
            Self::Month(y, m) => write!(f, "{y}-{:02}", m.0),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Self, PeriodError> {
        let bad = || PeriodError::Unparsable {
            text: text.to_owned(),
        };
        let (year_text, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year = Year::new(year_text.parse().map_err(|_| bad())?)?;
        let Some(rest) = rest else {
            return Ok(Self::Year(year));
        };
        match rest.as_bytes() {
            [b'S', b'1'] => Ok(Self::Semester(year, Semester::First)),
            [b'S', b'2'] => Ok(Self::Semester(year, Semester::Second)),
            [b'Q', b'1'] => Ok(Self::Quarter(year, Quarter::Q1)),
            [b'Q', b'2'] => Ok(Self::Quarter(year, Quarter::Q2)),
            [b'Q', b'3'] => Ok(Self::Quarter(year, Quarter::Q3)),
            [b'Q', b'4'] => Ok(Self::Quarter(year, Quarter::Q4)),
            [a @ b'0'..=b'9', b @ b'0'..=b'9'] => {
                Ok(Self::Month(year, Month::new((a - b'0') * 10 + (b - b'0'))?))
            }
            _ => Err(bad()),
        }
    }
}

/// A month within a year in the text of a period: `01` to `12`.
#[cfg(feature = "schema")]
const MONTH_PATTERN: &str = "(0[1-9]|1[0-2])";

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    Period,
    crate::json_schema::text(
        &format!("^[0-9]{{4}}(-(S[12]|Q[1-4]|{MONTH_PATTERN}))?$"),
        "A period: a year (\"2026\"), semester (\"2026-S1\"), quarter (\"2026-Q3\") or month (\"2026-08\")."
    )
);

impl TryFrom<String> for Period {
    type Error = PeriodError;
    fn try_from(text: String) -> Result<Self, PeriodError> {
        text.parse()
    }
}

impl Serialize for Period {
    /// As its text (`"2026-Q3"`), written straight to the output.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut text = ShortText::default();
        text.period(*self);
        match text.as_str() {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

/// A period's or span's text as `Display` writes it (`2026`, `2026-S1`, `2026-Q3`,
/// `2026-08`, `2026-01..09`), on the stack. A year's appraisals write tens of periods an
/// employee: through `collect_str` each ran the formatting machinery and the writer's
/// escaping piece by piece.
#[derive(Default)]
struct ShortText {
    bytes: [u8; 11],
    len: usize,
}

impl ShortText {
    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
        }
        self.len += 1;
    }

    /// `number`'s last `places` digits, with leading zeros.
    fn digits(&mut self, number: u32, places: u32) {
        for place in (0..places).rev() {
            let digit = number / 10_u32.pow(place) % 10;
            // A digit is below ten.
            self.push(b'0' + u8::try_from(digit).unwrap_or(0));
        }
    }

    fn period(&mut self, period: Period) {
        // A year is 1 to 9999, written with four digits (`{:04}`).
        self.digits(period.year().0.unsigned_abs(), 4);
        match period {
            Period::Year(_) => {}
            Period::Semester(_, s) => {
                self.push(b'-');
                self.push(b'S');
                self.digits(s.index().into(), 1);
            }
            Period::Quarter(_, q) => {
                self.push(b'-');
                self.push(b'Q');
                self.digits(q.index().into(), 1);
            }
            Period::Month(_, m) => {
                self.push(b'-');
                self.digits(m.0.into(), 2);
            }
        }
    }

    /// The text; `None` when it did not fit (never), and the caller formats it as before.
    fn as_str(&self) -> Option<&str> {
        self.bytes
            .get(..self.len)
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
    }
}

impl From<Period> for String {
    fn from(period: Period) -> String {
        period.to_string()
    }
}

/// A run of whole months within one year: a [`Period`], or "the year to date" up to the end
/// of a period (Januari sampai dengan akhir triwulan III). Achievements are measured over
/// spans.
///
/// On the wire a span that is a period is written as the period (`"2026-Q3"`); any other as
/// `"2026-01..09"`.
///
/// ```
/// # fn main() -> Result<(), kinerja::period::PeriodError> {
/// use kinerja::period::{Period, Span};
/// let q3: Period = "2026-Q3".parse()?;
/// let to_date = Span::to_date(q3);
/// assert_eq!(to_date.to_string(), "2026-01..09");
/// assert!(to_date.contains(&"2026-Q2".parse()?));
/// assert_eq!(Span::from(q3).to_string(), "2026-Q3");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Span {
    year: Year,
    first_month: u8,
    last_month: u8,
}

impl Span {
    /// From January to the end of `period`: the year to date.
    #[must_use]
    pub const fn to_date(period: Period) -> Self {
        Self {
            year: period.year(),
            first_month: 1,
            last_month: period.last_month(),
        }
    }

    /// The months `first` to `last` (1–12, `first ≤ last`) of `year`.
    ///
    /// # Errors
    /// [`PeriodError::MonthOutOfRange`] when a month is outside 1–12 or `first > last`.
    pub fn months(year: Year, first: u8, last: u8) -> Result<Self, PeriodError> {
        Month::new(first)?;
        Month::new(last)?;
        if first > last {
            return Err(PeriodError::MonthOutOfRange { month: first });
        }
        Ok(Self {
            year,
            first_month: first,
            last_month: last,
        })
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> Year {
        self.year
    }

    /// The first month, 1–12.
    #[must_use]
    pub const fn first_month(self) -> u8 {
        self.first_month
    }

    /// The last month, 1–12.
    #[must_use]
    pub const fn last_month(self) -> u8 {
        self.last_month
    }

    /// Whether `period` lies wholly inside the span.
    #[must_use]
    pub const fn contains(&self, period: &Period) -> bool {
        period.year().0 == self.year.0
            && self.first_month <= period.first_month()
            && period.last_month() <= self.last_month
    }

    /// The span as people name it: the period it equals (`Semester I 2026`,
    /// `Triwulan II 2026`, `Tahun 2026`); the year so far up to the end of a quarter or a
    /// month (`s.d. Triwulan III 2026`, `s.d. Mei 2026`: a review to date); otherwise its
    /// months (`Maret–Mei 2026`).
    ///
    /// ```
    /// use kinerja::Language;
    /// use kinerja::period::{Span, Year};
    /// let year = Year::new(2026).unwrap();
    /// let months = |first, last| Span::months(year, first, last).unwrap();
    /// assert_eq!(months(1, 6).describe(Language::Indonesian), "Semester I 2026");
    /// assert_eq!(months(1, 9).describe(Language::Indonesian), "s.d. Triwulan III 2026");
    /// assert_eq!(months(1, 9).describe(Language::English), "up to third quarter 2026");
    /// assert_eq!(months(1, 5).describe(Language::Indonesian), "s.d. Mei 2026");
    /// assert_eq!(months(3, 5).describe(Language::English), "March–May 2026");
    /// ```
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        if let Some(period) = self.as_period() {
            return period.describe(language);
        }
        let month = |number| Month::new(number).map_or("", |m| m.label(language));
        if self.first_month == 1 {
            let end = if self.last_month % 3 == 0 {
                self.year
                    .periods(Granularity::Quarter)
                    .into_iter()
                    .find(|q| q.last_month() == self.last_month)
                    .map_or_else(String::new, |q| q.describe(language))
            } else {
                format!("{} {}", month(self.last_month), self.year)
            };
            return up_to(&end, language);
        }
        format!(
            "{}–{} {}",
            month(self.first_month),
            month(self.last_month),
            self.year
        )
    }

    /// The span as people name it in an evaluation counted by `granularity`: a span from
    /// January to the end of one of its periods, longer than that period, is the year so
    /// far (`s.d. Triwulan II 2026` in a quarterly evaluation, where [`Span::describe`]
    /// says `Semester I 2026` for the same months); otherwise (the whole year included) as
    /// [`Span::describe`].
    ///
    /// ```
    /// use kinerja::Language;
    /// use kinerja::period::{Granularity, Span, Year};
    /// let half = Span::months(Year::new(2026).unwrap(), 1, 6).unwrap();
    /// assert_eq!(half.describe_in(Granularity::Quarter, Language::Indonesian), "s.d. Triwulan II 2026");
    /// assert_eq!(half.describe_in(Granularity::Semester, Language::Indonesian), "Semester I 2026");
    /// ```
    #[must_use]
    pub fn describe_in(&self, granularity: Granularity, language: Language) -> String {
        let last = self
            .year
            .periods(granularity)
            .into_iter()
            .find(|p| p.last_month() == self.last_month);
        match last {
            Some(last)
                if self.first_month == 1 && last.first_month() > 1 && !self.is_whole_year() =>
            {
                up_to(&last.describe(language), language)
            }
            _ => self.describe(language),
        }
    }

    /// Whether the span is the whole year.
    #[must_use]
    pub const fn is_whole_year(&self) -> bool {
        self.first_month == 1 && self.last_month == 12
    }

    /// The period the span equals, if it is one.
    #[must_use]
    pub fn as_period(&self) -> Option<Period> {
        let months = self.last_month + 1 - self.first_month;
        let granularity = match months {
            12 => Granularity::Year,
            6 => Granularity::Semester,
            3 => Granularity::Quarter,
            1 => Granularity::Month,
            _ => return None,
        };
        self.year
            .periods(granularity)
            .into_iter()
            .find(|p| p.first_month() == self.first_month)
    }

    /// The range of periods (in period order) that can lie in the span, for ordered maps.
    pub(crate) fn period_range(&self) -> std::ops::RangeInclusive<Period> {
        Period::Year(self.year)..=Period::Month(self.year, Month(self.last_month))
    }
}

impl From<Period> for Span {
    fn from(period: Period) -> Self {
        Self {
            year: period.year(),
            first_month: period.first_month(),
            last_month: period.last_month(),
        }
    }
}

/// The year so far up to `end` (a period or a month, named): `s.d. Triwulan III 2026`.
fn up_to(end: &str, language: Language) -> String {
    match language {
        Language::Indonesian => format!("s.d. {end}"),
        Language::English => format!("up to {end}"),
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_period() {
            Some(period) => write!(f, "{period}"),
            None => write!(
                f,
                "{}-{:02}..{:02}",
                self.year, self.first_month, self.last_month
            ),
        }
    }
}

impl FromStr for Span {
    type Err = PeriodError;
    fn from_str(text: &str) -> Result<Self, PeriodError> {
        let Some((start, last)) = text.split_once("..") else {
            return text.parse::<Period>().map(Self::from);
        };
        let bad = || PeriodError::Unparsable {
            text: text.to_owned(),
        };
        let Period::Month(year, first) = start.parse::<Period>().map_err(|_| bad())? else {
            return Err(bad());
        };
        if last.len() != 2 || !last.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        Self::months(year, first.0, last.parse().map_err(|_| bad())?)
    }
}

#[cfg(feature = "schema")]
crate::json_schema::fixed_schema!(
    Span,
    crate::json_schema::text(
        &format!("^[0-9]{{4}}(-(S[12]|Q[1-4]|{MONTH_PATTERN}(\\.\\.{MONTH_PATTERN})?))?$"),
        "A span of months: a period (\"2026-Q3\"), or the first and last month of a year (\"2026-01..09\")."
    )
);

impl TryFrom<String> for Span {
    type Error = PeriodError;
    fn try_from(text: String) -> Result<Self, PeriodError> {
        text.parse()
    }
}

impl Serialize for Span {
    /// As its text, written straight to the output.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut text = ShortText::default();
        match self.as_period() {
            Some(period) => text.period(period),
            None => {
                text.digits(self.year.0.unsigned_abs(), 4);
                text.push(b'-');
                text.digits(self.first_month.into(), 2);
                text.push(b'.');
                text.push(b'.');
                text.digits(self.last_month.into(), 2);
            }
        }
        match text.as_str() {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

impl From<Span> for String {
    fn from(span: Span) -> String {
        span.to_string()
    }
}

/// A period or calendar value out of range or unreadable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PeriodError {
    /// The year is outside 1–9999.
    #[error("year {year} is outside 1-9999")]
    YearOutOfRange {
        /// The year given.
        year: i32,
    },
    /// The month is outside 1–12.
    #[error("month {month} is outside 1-12")]
    MonthOutOfRange {
        /// The month given.
        month: u8,
    },
    /// The text is not a period.
    #[error("`{text}` is not a period; the forms accepted are 2026, 2026-S1, 2026-Q3 and 2026-07")]
    Unparsable {
        /// The text given.
        text: String,
    },
}

impl PeriodError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::YearOutOfRange { year }, _) => format!("tahun {year} di luar 1-9999"),
            (Self::MonthOutOfRange { month }, _) => format!("bulan {month} di luar 1-12"),
            (Self::Unparsable { text }, _) => {
                format!(
                    "`{text}` bukan periode; bentuk yang diterima: 2026, 2026-S1, 2026-Q3 dan 2026-07"
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::{Granularity, ShortText, Span, Year};

    #[test]
    fn short_text_is_display() {
        for number in [1, 9, 10, 99, 999, 2026, 9999] {
            let year = Year::new(number).unwrap();
            let granularities = [
                Granularity::Year,
                Granularity::Semester,
                Granularity::Quarter,
                Granularity::Month,
            ];
            for period in granularities.into_iter().flat_map(|g| year.periods(g)) {
                let mut text = ShortText::default();
                text.period(period);
                assert_eq!(text.as_str(), Some(period.to_string().as_str()));
                assert_eq!(
                    serde_json::to_string(&period).unwrap(),
                    format!("\"{period}\"")
                );
            }
            for first_month in 1..=12 {
                for last_month in first_month..=12 {
                    let span = Span {
                        year,
                        first_month,
                        last_month,
                    };
                    assert_eq!(serde_json::to_string(&span).unwrap(), format!("\"{span}\""));
                }
            }
        }
    }
}
