//! The 18-digit employee number: NIP for civil servants (PNS), NI PPPK for contract employees.
//!
//! The two layouts share a length but not a structure, so a number is always parsed against
//! its declared [`EmployeeKind`]:
//!
//! | kind | digits 1–8 | digits 9–14 | digit 15 | digits 16–18 |
//! |---|---|---|---|---|
//! | PNS (NIP) | birth date `yyyymmdd` | first appointment `yyyymm` | sex | sequence |
//! | PPPK (NI PPPK) | birth date `yyyymmdd` | appointment year `yyyy`, code `cc` | sex | sequence |
//!
//! The sex digit is 1 (male) or 2 (female). The appointment must begin after the birth date:
//! for a PNS the first day of the appointment month, for a PPPK the first day of the year.

use crate::invariant::Invariant;
use crate::label::{Labelled, Language};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// Whether an employee is a civil servant or a government employee on contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmployeeKind {
    /// Civil servant (Pegawai Negeri Sipil, PNS), numbered by NIP.
    Pns,
    /// Government employee on contract (Pegawai Pemerintah dengan Perjanjian Kerja, PPPK),
    /// numbered by NI PPPK.
    Pppk,
}

impl Labelled for EmployeeKind {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Pns, Language::Indonesian) => "PNS",
            (Self::Pns, Language::English) => "civil servant",
            (Self::Pppk, Language::Indonesian) => "PPPK",
            (Self::Pppk, Language::English) => "contract government employee",
        }
    }
}

impl fmt::Display for EmployeeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Language::Indonesian))
    }
}

/// The sex recorded in an employee number (jenis kelamin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Digit 1 (laki-laki).
    Male,
    /// Digit 2 (perempuan).
    Female,
}

impl Labelled for Sex {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Male, Language::Indonesian) => "laki-laki",
            (Self::Male, Language::English) => "male",
            (Self::Female, Language::Indonesian) => "perempuan",
            (Self::Female, Language::English) => "female",
        }
    }
}

/// A validated 18-digit employee number together with its declared kind.
///
/// Two numbers are equal when kind and digits are equal; they order by kind, then digits.
/// The digits are kept as one integer, so a number is small, `Copy` and cheap to compare.
///
/// ```
/// # fn main() -> Result<(), kinerja::nip::EmployeeNumberError> {
/// use kinerja::nip::{EmployeeKind, EmployeeNumber, Sex};
/// let nip = EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003")?;
/// assert_eq!(nip.birth_date().to_string(), "1985-03-14");
/// assert_eq!(nip.sex(), Sex::Female);
/// assert_eq!(nip.appointment_year(), 2010);
/// assert_eq!(nip.appointment_month(), Some(1));
///
/// // 30 February does not exist.
/// assert!(EmployeeNumber::new(EmployeeKind::Pns, "198502302010012003").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "EmployeeNumberSpec", into = "EmployeeNumberSpec")]
pub struct EmployeeNumber {
    kind: EmployeeKind,
    /// The 18 digits read as one number (below 10^18, so it fits a `u64`).
    value: u64,
    parsed: Parsed,
}

/// The fields read from the digits, kept so accessors never re-parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Parsed {
    birth_date: NaiveDate,
    appointment_year: i32,
    appointment_month: Option<u32>,
    pppk_code: Option<u8>,
    sex: Sex,
    sequence: u16,
}

/// The number of digits in a NIP or NI PPPK.
pub const EMPLOYEE_NUMBER_LEN: usize = 18;

impl EmployeeNumber {
    /// Parses `digits` as a number of the given kind.
    ///
    /// # Errors
    /// [`EmployeeNumberError`] when the text is not 18 ASCII digits, the birth date or
    /// appointment does not exist on the calendar, the sex digit is neither 1 nor 2, or the
    /// appointment does not begin after the birth date.
    pub fn new(kind: EmployeeKind, digits: impl Into<String>) -> Result<Self, EmployeeNumberError> {
        let digits = digits.into();
        let parsed = parse(kind, &digits)?;
        let value = digits.parse().map_err(|_| EmployeeNumberError::Invalid {
            kind,
            number: digits.clone(),
            rule: NumberRule::EighteenDigits,
        })?;
        Ok(Self {
            kind,
            value,
            parsed,
        })
    }

    /// The number of the given kind whose 18 digits read as `value`, made without
    /// allocating (for batches that number employees by arithmetic).
    ///
    /// ```
    /// # fn main() -> Result<(), kinerja::nip::EmployeeNumberError> {
    /// use kinerja::nip::{EmployeeKind, EmployeeNumber};
    /// let rina = EmployeeNumber::from_value(EmployeeKind::Pns, 198_507_192_010_012_014)?;
    /// assert_eq!(rina, EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`EmployeeNumber::new`] on the 18 digits (a value of 10¹⁸ or more has too many).
    pub fn from_value(kind: EmployeeKind, value: u64) -> Result<Self, EmployeeNumberError> {
        let mut digits = [b'0'; EMPLOYEE_NUMBER_LEN];
        let mut rest = value;
        for digit in digits.iter_mut().rev() {
            *digit = b'0' + u8::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
        }
        let text = std::str::from_utf8(&digits).unwrap_or_default();
        if rest != 0 {
            return Err(EmployeeNumberError::Invalid {
                kind,
                number: value.to_string(),
                rule: NumberRule::EighteenDigits,
            });
        }
        Ok(Self {
            kind,
            value,
            parsed: parse(kind, text)?,
        })
    }

    /// The declared kind.
    #[must_use]
    pub const fn kind(&self) -> EmployeeKind {
        self.kind
    }

    /// The 18 digits as text (the same as `to_string()`).
    #[must_use]
    pub fn digits(&self) -> String {
        self.to_string()
    }

    /// The birth date (digits 1–8).
    #[must_use]
    pub const fn birth_date(&self) -> NaiveDate {
        self.parsed.birth_date
    }

    /// The year of first appointment (digits 9–12).
    #[must_use]
    pub const fn appointment_year(&self) -> i32 {
        self.parsed.appointment_year
    }

    /// The month of first appointment (digits 13–14), for a PNS only.
    #[must_use]
    pub const fn appointment_month(&self) -> Option<u32> {
        self.parsed.appointment_month
    }

    /// The two-digit PPPK code (digits 13–14, for example 21, or 24 for part-time), for a
    /// PPPK only.
    #[must_use]
    pub const fn pppk_code(&self) -> Option<u8> {
        self.parsed.pppk_code
    }

    /// The sex digit (digit 15) read as [`Sex`].
    #[must_use]
    pub const fn sex(&self) -> Sex {
        self.parsed.sex
    }

    /// The sequence number (digits 16–18).
    #[must_use]
    pub const fn sequence(&self) -> u16 {
        self.parsed.sequence
    }
}

impl fmt::Display for EmployeeNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:018}", self.value)
    }
}

fn number(digits: &str, from: usize, to: usize) -> u32 {
    digits
        .get(from..to)
        .and_then(|part| part.parse().ok())
        .or_invariant(0, "18 checked digits")
}

/// The kind as the wire writes it.
const fn wire(kind: EmployeeKind) -> &'static str {
    match kind {
        EmployeeKind::Pns => "pns",
        EmployeeKind::Pppk => "pppk",
    }
}

/// The kind's number as officials name it.
const fn official(kind: EmployeeKind) -> &'static str {
    match kind {
        EmployeeKind::Pns => "NIP",
        EmployeeKind::Pppk => "NI PPPK",
    }
}

/// Parses `digits` as `kind`; where its appointment digits fail but the other kind reads
/// them (an NI PPPK's year and code, in the twenties, where a NIP has its year and month),
/// says so.
fn parse(kind: EmployeeKind, digits: &str) -> Result<Parsed, EmployeeNumberError> {
    let error = match parse_as(kind, digits) {
        Ok(parsed) => return Ok(parsed),
        Err(error) => error,
    };
    let other = match kind {
        EmployeeKind::Pns => EmployeeKind::Pppk,
        EmployeeKind::Pppk => EmployeeKind::Pns,
    };
    let appointment = matches!(
        error,
        EmployeeNumberError::Invalid {
            rule: NumberRule::AppointmentExists | NumberRule::AppointedAfterBirth,
            ..
        }
    );
    // PPPK codes are in the twenties (21, or 24 for part-time): a NIP's month can never be,
    // so such digits on a "PNS" are an NI PPPK's; a bad month below 20 is just a bad month.
    // (An appointment error means the 18 digits were read.)
    let reads_as_other = appointment && {
        let code = number(digits, 12, 14);
        match other {
            EmployeeKind::Pppk => (20..30).contains(&code),
            EmployeeKind::Pns => (1..=12).contains(&code),
        }
    };
    if reads_as_other && parse_as(other, digits).is_ok() {
        return Err(EmployeeNumberError::OtherKind {
            declared: kind,
            number: digits.to_owned(),
            reads_as: other,
        });
    }
    Err(error)
}

fn parse_as(kind: EmployeeKind, digits: &str) -> Result<Parsed, EmployeeNumberError> {
    let fail = |rule| EmployeeNumberError::Invalid {
        kind,
        number: digits.to_owned(),
        rule,
    };
    if digits.len() != EMPLOYEE_NUMBER_LEN || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(NumberRule::EighteenDigits));
    }
    let birth_year = i32::try_from(number(digits, 0, 4)).unwrap_or(0);
    let birth_date =
        NaiveDate::from_ymd_opt(birth_year, number(digits, 4, 6), number(digits, 6, 8))
            .filter(|_| birth_year > 0)
            .ok_or(fail(NumberRule::BirthDateExists))?;
    let appointment_year = i32::try_from(number(digits, 8, 12)).unwrap_or(0);
    let code = number(digits, 12, 14);
    let (appointment_month, pppk_code) = match kind {
        EmployeeKind::Pns => (Some(code), None),
        EmployeeKind::Pppk => (None, u8::try_from(code).ok()),
    };
    let appointment_start =
        NaiveDate::from_ymd_opt(appointment_year, appointment_month.unwrap_or(1), 1)
            .filter(|_| appointment_year > 0)
            .ok_or(fail(NumberRule::AppointmentExists))?;
    if appointment_start <= birth_date {
        return Err(fail(NumberRule::AppointedAfterBirth));
    }
    let sex = match number(digits, 14, 15) {
        1 => Sex::Male,
        2 => Sex::Female,
        _ => return Err(fail(NumberRule::SexDigit)),
    };
    Ok(Parsed {
        birth_date,
        appointment_year,
        appointment_month,
        pppk_code,
        sex,
        sequence: u16::try_from(number(digits, 15, 18)).unwrap_or(0),
    })
}

/// The rule of the number layout that a rejected number breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NumberRule {
    /// Exactly 18 ASCII digits.
    EighteenDigits,
    /// Digits 1–8 are a real calendar date.
    BirthDateExists,
    /// Digits 9–12 (and for a PNS 13–14, a month 01–12) are a real year and month.
    AppointmentExists,
    /// The appointment begins after the birth date.
    AppointedAfterBirth,
    /// Digit 15 is 1 (male) or 2 (female).
    SexDigit,
}

impl fmt::Display for NumberRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::EighteenDigits => "it must be exactly 18 digits",
            Self::BirthDateExists => "digits 1-8 must be a real birth date (yyyymmdd)",
            Self::AppointmentExists => "the appointment digits must be a real year and month",
            Self::AppointedAfterBirth => "the appointment must begin after the birth date",
            Self::SexDigit => "digit 15 must be 1 (male) or 2 (female)",
        })
    }
}

/// Wire form of [`EmployeeNumber`].
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
struct EmployeeNumberSpec {
    kind: EmployeeKind,
    number: String,
}

crate::objects_only::objects_only!(EmployeeNumberSpec);

impl TryFrom<EmployeeNumberSpec> for EmployeeNumber {
    type Error = EmployeeNumberError;
    fn try_from(spec: EmployeeNumberSpec) -> Result<Self, EmployeeNumberError> {
        Self::new(spec.kind, spec.number)
    }
}

impl From<EmployeeNumber> for EmployeeNumberSpec {
    fn from(number: EmployeeNumber) -> Self {
        Self {
            kind: number.kind,
            number: number.digits(),
        }
    }
}

/// An employee number (NIP or NI PPPK) that cannot be right for its declared kind.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum EmployeeNumberError {
    /// The number breaks a rule of its layout.
    #[error("{kind} number `{number}` is invalid: {rule}")]
    Invalid {
        /// The declared kind.
        kind: EmployeeKind,
        /// The text given.
        number: String,
        /// The rule broken.
        rule: NumberRule,
    },
    /// A number declared as one kind whose appointment digits read as the other: an NI
    /// PPPK (year and code, e.g. `202221`) declared as a PNS, whose NIP has a year and a month
    /// there.
    #[error(
        "number `{number}` is declared a {declared} ({}) but reads as a {reads_as}'s number ({}): its digits 9 to 14 are that kind's appointment; declare its kind as `{}`",
        wire(*.declared), official(*.reads_as), wire(*.reads_as)
    )]
    OtherKind {
        /// The declared kind.
        declared: EmployeeKind,
        /// The text given.
        number: String,
        /// The kind the digits read as.
        reads_as: EmployeeKind,
    },
}

impl NumberRule {
    /// The rule in Indonesian or English.
    #[must_use]
    pub fn describe(self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::EighteenDigits, _) => "harus tepat 18 angka".to_owned(),
            (Self::BirthDateExists, _) => {
                "angka 1-8 harus tanggal lahir yang ada (yyyymmdd)".to_owned()
            }
            (Self::AppointmentExists, _) => {
                "angka pengangkatan harus tahun dan bulan yang ada".to_owned()
            }
            (Self::AppointedAfterBirth, _) => "pengangkatan harus sesudah tanggal lahir".to_owned(),
            (Self::SexDigit, _) => "angka ke-15 harus 1 (laki-laki) atau 2 (perempuan)".to_owned(),
        }
    }
}

impl EmployeeNumberError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (_, Language::English) => self.to_string(),
            (Self::Invalid { kind, number, rule }, _) => format!(
                "nomor {} `{number}` tidak sah: {}",
                kind.label(Language::Indonesian),
                rule.describe(language)
            ),
            (
                Self::OtherKind {
                    declared,
                    number,
                    reads_as,
                },
                _,
            ) => format!(
                "nomor `{number}` dinyatakan {} tetapi terbaca sebagai {}: angka 9 sampai 14 adalah pengangkatan {}; nyatakan jenisnya `{}`",
                declared.label(Language::Indonesian),
                official(*reads_as),
                reads_as.label(Language::Indonesian),
                wire(*reads_as)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ni_pppk_declared_as_pns_is_named_as_such() {
        // Putri Ananda's NI PPPK: appointed 2022, code 21 (a NIP has no month 21).
        let Err(error) = EmployeeNumber::new(EmployeeKind::Pns, "199506122022212001") else {
            unreachable!("accepted")
        };
        assert!(matches!(
            error,
            EmployeeNumberError::OtherKind {
                reads_as: EmployeeKind::Pppk,
                ..
            }
        ));
        let text = error.describe(Language::Indonesian);
        assert!(text.contains("terbaca sebagai NI PPPK"), "{text}");
        assert!(text.ends_with("nyatakan jenisnya `pppk`"), "{text}");
        assert!(error.to_string().ends_with("declare its kind as `pppk`"));
    }
}
