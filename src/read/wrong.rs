//! What is wrong in a document that cannot be read, as typed values readable in Indonesian
//! and English.

use crate::id::IdError;
use crate::label::Language;
use crate::nip::EmployeeNumberError;
use crate::period::PeriodError;
use crate::text::one_line;
use std::fmt;

/// What the text should hold where it stops being JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Token {
    /// A value: text in double quotes, a number, `true`, `false`, `null`, an array or an
    /// object.
    Value,
    /// An object's key, in double quotes.
    Key,
    /// The colon after a key.
    Colon,
    /// A comma or the `]` that closes the array.
    CommaOrCloseArray,
    /// A comma or the `}` that closes the object.
    CommaOrCloseObject,
    /// The quote that closes a string.
    Quote,
}

impl Token {
    /// The token in Indonesian or English.
    #[must_use]
    pub const fn describe(self, language: Language) -> &'static str {
        match (self, language) {
            (Self::Value, Language::Indonesian) => {
                "sebuah nilai (teks dalam tanda kutip ganda, angka, true, false, null, [ atau {)"
            }
            (Self::Value, Language::English) => {
                "a value (text in double quotes, a number, true, false, null, [ or {)"
            }
            (Self::Key, Language::Indonesian) => "kunci dalam tanda kutip ganda",
            (Self::Key, Language::English) => "a key in double quotes",
            (Self::Colon, Language::Indonesian) => "titik dua `:` sesudah kunci",
            (Self::Colon, Language::English) => "a colon `:` after the key",
            (Self::CommaOrCloseArray, Language::Indonesian) => "koma `,` atau penutup `]`",
            (Self::CommaOrCloseArray, Language::English) => "a comma `,` or the closing `]`",
            (Self::CommaOrCloseObject, Language::Indonesian) => "koma `,` atau penutup `}`",
            (Self::CommaOrCloseObject, Language::English) => "a comma `,` or the closing `}`",
            (Self::Quote, Language::Indonesian) => "tanda kutip penutup `\"`",
            (Self::Quote, Language::English) => "the closing quote `\"`",
        }
    }
}

/// Why a text is not JSON (RFC 8259).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SyntaxError {
    /// The text ends where more is needed.
    UnexpectedEnd {
        /// What was needed.
        expected: Token,
    },
    /// A character that has no place here.
    Unexpected {
        /// The character.
        found: char,
        /// What was needed.
        expected: Token,
    },
    /// More text after the document's end.
    TrailingText {
        /// The first character of it.
        found: char,
    },
    /// A comma before a closing `]` or `}`.
    TrailingComma,
    /// A comment (`//` or `/*`), which JSON does not have.
    Comment,
    /// A number that breaks JSON's grammar (`007`, `+5`, `.5`, `5.`).
    InvalidNumber {
        /// The text of it.
        text: String,
    },
    /// A word that is not `true`, `false` or `null`: text without its quotes, or one of
    /// those in capitals.
    UnknownWord {
        /// The word.
        word: String,
    },
    /// A control character (a line break, a tab) written inside a string as it is.
    ControlCharacter {
        /// Its code point.
        code: u32,
    },
    /// A backslash escape that does not exist (`\x`, `\u12`).
    InvalidEscape {
        /// The escape as written.
        text: String,
    },
    /// A `\u` escape of one half of a surrogate pair without the other.
    LoneSurrogate {
        /// The code of the half.
        code: u32,
    },
    /// Arrays and objects nested deeper than the limit.
    TooDeep {
        /// The deepest nesting read ([`MAX_DEPTH`](super::MAX_DEPTH)).
        limit: usize,
    },
}

impl SyntaxError {
    /// The mistake in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        match self {
            Self::UnexpectedEnd { expected } if id => format!(
                "teks berakhir, padahal yang diharapkan {}",
                expected.describe(language)
            ),
            Self::UnexpectedEnd { expected } => format!(
                "the text ends where {} is expected",
                expected.describe(language)
            ),
            Self::Unexpected { found, expected } if id => format!(
                "ada {}, padahal yang diharapkan {}",
                character(*found),
                expected.describe(language)
            ),
            Self::Unexpected { found, expected } => format!(
                "found {} where {} is expected",
                character(*found),
                expected.describe(language)
            ),
            Self::TrailingText { found } if id => format!(
                "masih ada teks ({}) sesudah dokumen selesai",
                character(*found)
            ),
            Self::TrailingText { found } => format!(
                "more text ({}) after the end of the document",
                character(*found)
            ),
            Self::TrailingComma if id => "ada koma sebelum penutup `]` atau `}`".to_owned(),
            Self::TrailingComma => "a comma before the closing `]` or `}`".to_owned(),
            Self::Comment if id => "JSON tidak mengenal komentar".to_owned(),
            Self::Comment => "JSON has no comments".to_owned(),
            Self::InvalidNumber { text } if id => {
                format!("`{}` bukan angka JSON", shown(text))
            }
            Self::InvalidNumber { text } => format!("`{}` is not a JSON number", shown(text)),
            Self::UnknownWord { word } if id => format!(
                "`{}` bukan nilai JSON: teks ditulis dalam tanda kutip ganda, dan hanya true, false dan null yang tanpa kutip",
                shown(word)
            ),
            Self::UnknownWord { word } => format!(
                "`{}` is not a JSON value: text goes in double quotes, and only true, false and null go without",
                shown(word)
            ),
            Self::ControlCharacter { code } if id => format!(
                "teks memuat karakter kendali U+{code:04X} (misalnya pindah baris atau tab) yang ditulis langsung"
            ),
            Self::ControlCharacter { code } => format!(
                "the text holds the control character U+{code:04X} (such as a line break or a tab) as it is"
            ),
            Self::InvalidEscape { text } if id => {
                format!("`{}` bukan escape yang sah dalam teks JSON", shown(text))
            }
            Self::InvalidEscape { text } => {
                format!("`{}` is not an escape of JSON text", shown(text))
            }
            Self::LoneSurrogate { code } if id => {
                format!("`\\u{code:04x}` hanya separuh dari pasangan surrogate UTF-16")
            }
            Self::LoneSurrogate { code } => {
                format!("`\\u{code:04x}` is one half of a UTF-16 surrogate pair without the other")
            }
            Self::TooDeep { limit } if id => {
                format!("array dan objek bersarang lebih dari {limit} tingkat")
            }
            Self::TooDeep { limit } => {
                format!("arrays and objects nested more than {limit} levels deep")
            }
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// A character as a message shows it: printable ones in backticks, others by code.
fn character(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

/// A text from the document as a message shows it: on one line, at most 60 characters.
pub(crate) fn shown(text: &str) -> String {
    const MAX: usize = 60;
    let line = one_line(text);
    if line.chars().count() > MAX {
        let mut short: String = line.chars().take(MAX).collect();
        short.push('…');
        short
    } else {
        line.into_owned()
    }
}

/// What the document holds where something else is expected.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, its escapes resolved.
    Text(String),
    /// An array.
    List,
    /// An object.
    Object,
    /// Something serde describes (in English).
    Described(String),
}

impl Found {
    /// What was found, in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        match self {
            Self::Null => "`null`".to_owned(),
            Self::Bool(value) => format!("`{value}`"),
            Self::Number(text) if id => format!("angka {}", shown(text)),
            Self::Number(text) => format!("the number {}", shown(text)),
            Self::Text(text) if id => format!("teks \"{}\"", shown(text)),
            Self::Text(text) => format!("the text \"{}\"", shown(text)),
            Self::List if id => "daftar [...]".to_owned(),
            Self::List => "a list [...]".to_owned(),
            Self::Object if id => "objek {...}".to_owned(),
            Self::Object => "an object {...}".to_owned(),
            Self::Described(text) => shown(text),
        }
    }
}

/// What is expected where the document holds something else.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// Text in double quotes.
    Text,
    /// An exact decimal written as text (`"85.25"`).
    Decimal,
    /// An employee number as an object (`{"kind": "pns", "number": "…"}`).
    EmployeeNumber,
    /// A whole number within bounds.
    WholeNumber {
        /// The least accepted.
        min: i64,
        /// The greatest accepted.
        max: u64,
    },
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// An array.
    List,
    /// An object.
    Object,
    /// `null`.
    Null,
    /// One of these names.
    OneOf(Vec<String>),
    /// Something serde describes (in English).
    Described(String),
}

impl Expected {
    /// What is expected, in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        match self {
            Self::Text if id => "teks dalam tanda kutip".to_owned(),
            Self::Text => "text in quotes".to_owned(),
            Self::Decimal if id => {
                "angka desimal yang ditulis sebagai teks, misalnya \"85.25\"".to_owned()
            }
            Self::Decimal => "a decimal written as text, e.g. \"85.25\"".to_owned(),
            Self::EmployeeNumber if id => "nomor pegawai sebagai objek, misalnya {\"kind\": \"pns\", \"number\": \"198503142010012003\"}".to_owned(),
            Self::EmployeeNumber => "an employee number as an object, e.g. {\"kind\": \"pns\", \"number\": \"198503142010012003\"}".to_owned(),
            Self::WholeNumber { min, max } => whole_number(*min, *max, language),
            Self::Number if id => "angka".to_owned(),
            Self::Number => "a number".to_owned(),
            Self::Boolean if id => "`true` atau `false`".to_owned(),
            Self::Boolean => "`true` or `false`".to_owned(),
            Self::List if id => "daftar [...]".to_owned(),
            Self::List => "a list [...]".to_owned(),
            Self::Object if id => "objek {...}".to_owned(),
            Self::Object => "an object {...}".to_owned(),
            Self::Null => "`null`".to_owned(),
            Self::OneOf(names) if id => format!("salah satu dari {}", names_list(names)),
            Self::OneOf(names) => format!("one of {}", names_list(names)),
            Self::Described(text) if id => described_in_indonesian(text),
            Self::Described(text) => shown(text),
        }
    }
}

fn whole_number(min: i64, max: u64, language: Language) -> String {
    let id = language == Language::Indonesian;
    if min == 0 && max >= u64::from(u32::MAX) {
        return if id {
            "bilangan bulat 0 atau lebih".to_owned()
        } else {
            "a whole number, 0 or more".to_owned()
        };
    }
    if min <= i64::from(i32::MIN) && max >= u64::from(u32::MAX >> 1) {
        return if id {
            "bilangan bulat".to_owned()
        } else {
            "a whole number".to_owned()
        };
    }
    if id {
        format!("bilangan bulat dari {min} sampai {max}")
    } else {
        format!("a whole number from {min} to {max}")
    }
}

/// Serde's usual descriptions in Indonesian; others as they are.
fn described_in_indonesian(text: &str) -> String {
    match text {
        "a string" => "teks dalam tanda kutip".to_owned(),
        "a boolean" => "`true` atau `false`".to_owned(),
        "a sequence" => "daftar [...]".to_owned(),
        "a map" => "objek {...}".to_owned(),
        "unit" => "`null`".to_owned(),
        other => shown(other),
    }
}

/// Names as a message lists them: `` `a`, `b`, `c` ``.
pub(crate) fn names_list(names: &[String]) -> String {
    names
        .iter()
        .map(|name| format!("`{}`", shown(name)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is wrong with a document, or with one value in it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Wrong {
    /// The text is not JSON.
    Syntax(SyntaxError),
    /// A value of another type than the one expected (text for a number, a number for a
    /// decimal written as text).
    InvalidType {
        /// What the document holds.
        found: Found,
        /// What is expected.
        expected: Expected,
    },
    /// A value of the right type but not one accepted (300 where at most 255 fits).
    InvalidValue {
        /// What the document holds.
        found: Found,
        /// What is expected.
        expected: Expected,
    },
    /// A list of another length than the one expected.
    InvalidLength {
        /// How many elements it holds.
        length: usize,
        /// What is expected (serde's words, in English).
        expected: String,
    },
    /// A name that is not one of the accepted values (`meet` for a rating).
    UnknownValue {
        /// The name written.
        value: String,
        /// The names accepted.
        accepted: Vec<String>,
    },
    /// A field that this kind of record does not have.
    UnknownField {
        /// The field written.
        field: String,
        /// The fields accepted.
        accepted: Vec<String>,
    },
    /// A field the record needs is not there.
    MissingField {
        /// The field.
        field: String,
    },
    /// A field written twice in one record.
    RepeatedField {
        /// The field.
        field: String,
        /// The line of its first appearance.
        first_line: Option<usize>,
    },
    /// A key written twice in one map.
    RepeatedKey {
        /// The key.
        key: String,
        /// The line of its first appearance.
        first_line: Option<usize>,
    },
    /// A decimal written as text that is not an exact decimal number (`"91,5"`, `"50%"`).
    NotADecimal {
        /// The text.
        text: String,
    },
    /// A number too large for any reader (`1e400`).
    NumberOutOfRange {
        /// The number as written.
        text: String,
    },
    /// An employee number that breaks a rule of its layout.
    EmployeeNumber(EmployeeNumberError),
    /// An id that breaks the id rules.
    Id(IdError),
    /// A year, period or span that is not one.
    Period(PeriodError),
    /// A competency level outside 1 to 5.
    CompetencyLevel {
        /// The level as written.
        level: String,
    },
    /// A value the type's own check refuses; its reason as the check gives it.
    Refused {
        /// The reason, in English.
        reason: String,
        /// The reason in Indonesian, where the check gives one (the crate's own checks do).
        reason_id: Option<String>,
    },
}

impl Wrong {
    /// What is wrong, in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        match self {
            Self::Syntax(error) => error.describe(language),
            Self::InvalidType { found, expected } if id => format!(
                "{} tidak dapat dibaca di sini: yang diharapkan {}",
                found.describe(language),
                expected.describe(language)
            ),
            Self::InvalidType { found, expected } => format!(
                "{} cannot be read here: expected {}",
                found.describe(language),
                expected.describe(language)
            ),
            Self::InvalidValue { found, expected } if id => format!(
                "{} tidak diterima di sini: yang diharapkan {}",
                found.describe(language),
                expected.describe(language)
            ),
            Self::InvalidValue { found, expected } => format!(
                "{} is not accepted here: expected {}",
                found.describe(language),
                expected.describe(language)
            ),
            Self::InvalidLength { length, expected } if id => format!(
                "daftar berisi {length} unsur, padahal yang diharapkan {}",
                described_in_indonesian(expected)
            ),
            Self::InvalidLength { length, expected } => format!(
                "the list holds {length} element(s); expected {}",
                shown(expected)
            ),
            Self::UnknownValue { value, accepted } if id => format!(
                "nilai `{}` tidak dikenal; yang diterima: {}",
                shown(value),
                names_list(accepted)
            ),
            Self::UnknownValue { value, accepted } => format!(
                "unknown value `{}`; accepted: {}",
                shown(value),
                names_list(accepted)
            ),
            Self::UnknownField { field, accepted } if id => {
                let accepted = if accepted.is_empty() {
                    "tidak ada kolom".to_owned()
                } else {
                    names_list(accepted)
                };
                format!(
                    "kolom `{}` tidak dikenal di sini; kolom yang diterima: {accepted}",
                    shown(field)
                )
            }
            Self::UnknownField { field, accepted } => {
                let accepted = if accepted.is_empty() {
                    "none".to_owned()
                } else {
                    names_list(accepted)
                };
                format!(
                    "unknown field `{}`; the fields accepted here: {accepted}",
                    shown(field)
                )
            }
            Self::MissingField { field } if id => {
                format!("kolom `{}` belum ada", shown(field))
            }
            Self::MissingField { field } => format!("the field `{}` is missing", shown(field)),
            Self::RepeatedField { field, first_line } if id => format!(
                "kolom `{}` ditulis dua kali{}",
                shown(field),
                first(*first_line, language)
            ),
            Self::RepeatedField { field, first_line } => format!(
                "the field `{}` is written twice{}",
                shown(field),
                first(*first_line, language)
            ),
            Self::RepeatedKey { key, first_line } if id => format!(
                "kunci `{}` ditulis dua kali{}",
                shown(key),
                first(*first_line, language)
            ),
            Self::RepeatedKey { key, first_line } => format!(
                "the key `{}` is written twice{}",
                shown(key),
                first(*first_line, language)
            ),
            Self::NotADecimal { text } if id => {
                format!("\"{}\" bukan angka desimal yang tepat", shown(text))
            }
            Self::NotADecimal { text } => {
                format!("\"{}\" is not an exact decimal number", shown(text))
            }
            Self::NumberOutOfRange { text } if id => {
                format!("angka {} terlalu besar untuk dibaca", shown(text))
            }
            Self::NumberOutOfRange { text } => {
                format!("the number {} is too large to read", shown(text))
            }
            Self::EmployeeNumber(error) => error.describe(language),
            Self::Id(error) => error.describe(language),
            Self::Period(error) => error.describe(language),
            Self::CompetencyLevel { level } if id => {
                format!("level kompetensi {} di luar 1-5", shown(level))
            }
            Self::CompetencyLevel { level } => {
                format!("competency level {} is outside 1-5", shown(level))
            }
            // A check without an Indonesian text is quoted as it is.
            Self::Refused { reason, reason_id } if id => format!(
                "tidak diterima: {}",
                shown_long(reason_id.as_deref().unwrap_or(reason))
            ),
            Self::Refused { reason, .. } => format!("not accepted: {}", shown_long(reason)),
        }
    }
}

impl fmt::Display for Wrong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// A reason from a type's check: on one line, but whole.
fn shown_long(text: &str) -> String {
    one_line(text).into_owned()
}

fn first(line: Option<usize>, language: Language) -> String {
    match (line, language) {
        (Some(line), Language::Indonesian) => format!(" (pertama di baris {line})"),
        (Some(line), Language::English) => format!(" (first on line {line})"),
        (None, _) => String::new(),
    }
}
