//! How to fix a problem, as far as the offending text shows it: a figure written the
//! Indonesian way (`91,5`, `1.200.000`, `50%`), an employee number with spaces, a name one
//! letter off an accepted one.

use super::wrong::shown;
use crate::decimal_text;
use crate::label::Language;
use std::fmt;

/// What was changed to turn a figure into the crate's wire form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FigureFix {
    /// A comma as the decimal separator became a point.
    DecimalComma,
    /// Thousands separators (points, commas or spaces between groups of three) were
    /// removed.
    ThousandsSeparators,
    /// The `%` sign was removed: the figure is already a percentage.
    PercentSign,
    /// Spaces were removed.
    Spaces,
    /// The `+` sign was removed.
    PlusSign,
    /// Leading zeros were removed.
    LeadingZeros,
    /// The exponent was written out.
    Exponent,
    /// A `0` was written before the point.
    WholePart,
    /// A point with nothing after it was removed.
    TrailingPoint,
    /// The figure is written in double quotes: decimals travel as text.
    Quotes,
}

impl FigureFix {
    /// Why the figure is written so, in Indonesian or English.
    #[must_use]
    pub const fn describe(self, language: Language) -> &'static str {
        match (self, language) {
            (Self::DecimalComma, Language::Indonesian) => {
                "titik sebagai pemisah desimal, bukan koma"
            }
            (Self::DecimalComma, Language::English) => {
                "a point separates the decimals, not a comma"
            }
            (Self::ThousandsSeparators, Language::Indonesian) => "tanpa pemisah ribuan",
            (Self::ThousandsSeparators, Language::English) => "without thousands separators",
            (Self::PercentSign, Language::Indonesian) => {
                "tanpa tanda %, karena angkanya sudah persen"
            }
            (Self::PercentSign, Language::English) => {
                "without the % sign, since the figure is already a percentage"
            }
            (Self::Spaces, Language::Indonesian) => "tanpa spasi",
            (Self::Spaces, Language::English) => "without spaces",
            (Self::PlusSign, Language::Indonesian) => "tanpa tanda +",
            (Self::PlusSign, Language::English) => "without the + sign",
            (Self::LeadingZeros, Language::Indonesian) => "tanpa nol di depan",
            (Self::LeadingZeros, Language::English) => "without leading zeros",
            (Self::Exponent, Language::Indonesian) => "ditulis lengkap, tanpa eksponen",
            (Self::Exponent, Language::English) => "written out, without an exponent",
            (Self::WholePart, Language::Indonesian) => "dengan 0 sebelum titik",
            (Self::WholePart, Language::English) => "with a 0 before the point",
            (Self::TrailingPoint, Language::Indonesian) => "tanpa titik di akhir",
            (Self::TrailingPoint, Language::English) => "without a point at the end",
            (Self::Quotes, Language::Indonesian) => {
                "dalam tanda kutip, karena angka desimal ditulis sebagai teks"
            }
            (Self::Quotes, Language::English) => "in quotes, since decimals are written as text",
        }
    }
}

/// How to fix a problem.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Hint {
    /// Write the figure so (`91.5` for `91,5`, `50` for `50%`).
    Figure {
        /// The figure as it should be written (with its quotes when it needs them).
        write: String,
        /// What changed.
        fixes: Vec<FigureFix>,
    },
    /// Write the value so (a period in its form, `2026-Q1`).
    Write {
        /// The value as it should be written.
        write: String,
    },
    /// Write the value as text, in double quotes (an employee number or a decimal typed as
    /// a JSON number).
    Quote {
        /// The value as it should be written, quotes included.
        write: String,
    },
    /// Write the value without quotes (a whole number or `true` given as text).
    Unquote {
        /// The value as it should be written.
        write: String,
    },
    /// Remove the spaces (or points, dashes) from an employee number.
    RemoveSpaces {
        /// The number as it should be written.
        write: String,
    },
    /// Write the employee number as an object with its kind.
    EmployeeNumberObject {
        /// The digits given.
        number: String,
    },
    /// The accepted name nearest to the one written.
    Nearest {
        /// The accepted name.
        name: String,
    },
    /// Add the missing field.
    AddField {
        /// The field.
        field: String,
    },
    /// Keep one of the repeated entries (merging their contents if both count).
    KeepOne,
    /// The organisation's predicate is not written in an agency's document any more: it is
    /// derived from the organisation's achievement, or decided by the next leader.
    OrganisationPredicate,
    /// Competency levels run from `min` to `max`.
    Levels {
        /// The lowest level.
        min: u8,
        /// The highest level.
        max: u8,
    },
    /// Remove the comma before the closing bracket or brace.
    RemoveComma,
    /// Remove the comment.
    RemoveComment,
    /// Use double quotes, not single ones.
    DoubleQuotes,
    /// Write the key in double quotes.
    QuoteKey {
        /// The key.
        key: String,
    },
    /// Add a comma between the two values.
    AddComma,
    /// Write `true`, `false` or `null` in lower case.
    LowerCase {
        /// The word as it should be written.
        write: String,
    },
    /// Write a word that is text in double quotes.
    QuoteWord {
        /// The word, quoted.
        write: String,
    },
    /// JSON has no `NaN` or `Infinity`: give a figure, or `null` where the field may be
    /// empty.
    NoSpecialFloat,
    /// Write a line break as `\n`, a tab as `\t`.
    EscapeControl {
        /// The escape.
        write: String,
    },
    /// Write a backslash as `\\`.
    EscapeBackslash,
    /// Use a colon between a key and its value.
    Colon,
    /// One file holds one document: put several records in one array.
    OneDocument,
}

impl Hint {
    /// The hint in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        match self {
            Self::Figure { write, fixes } => {
                let why: Vec<&str> = fixes.iter().map(|fix| fix.describe(language)).collect();
                let verb = if id { "tulis" } else { "write" };
                if why.is_empty() {
                    format!("{verb} {}", shown(write))
                } else {
                    format!("{verb} {} ({})", shown(write), why.join(", "))
                }
            }
            Self::Write { write } if id => format!("tulis {}", shown(write)),
            Self::Write { write } => format!("write {}", shown(write)),
            Self::Quote { write } if id => {
                format!("tulis sebagai teks, dalam tanda kutip: {}", shown(write))
            }
            Self::Quote { write } => format!("write it as text, in quotes: {}", shown(write)),
            Self::Unquote { write } if id => {
                format!("tulis tanpa tanda kutip: {}", shown(write))
            }
            Self::Unquote { write } => format!("write it without quotes: {}", shown(write)),
            Self::RemoveSpaces { write } if id => {
                format!("hapus spasi dan tanda baca: \"{}\"", shown(write))
            }
            Self::RemoveSpaces { write } => {
                format!("remove the spaces and punctuation: \"{}\"", shown(write))
            }
            Self::EmployeeNumberObject { number } if id => format!(
                "tulis nomor pegawai beserta jenisnya: {{\"kind\": \"pns\", \"number\": \"{}\"}} (atau \"pppk\")",
                shown(number)
            ),
            Self::EmployeeNumberObject { number } => format!(
                "write the employee number with its kind: {{\"kind\": \"pns\", \"number\": \"{}\"}} (or \"pppk\")",
                shown(number)
            ),
            Self::Nearest { name } if id => format!("maksudnya `{}`?", shown(name)),
            Self::Nearest { name } => format!("did you mean `{}`?", shown(name)),
            Self::AddField { field } if id => format!("tambahkan kolom \"{}\"", shown(field)),
            Self::AddField { field } => format!("add the field \"{}\"", shown(field)),
            Self::KeepOne if id => {
                "simpan satu saja (gabungkan isinya jika keduanya berlaku)".to_owned()
            }
            Self::KeepOne => "keep one of them (merging their contents if both count)".to_owned(),
            Self::OrganisationPredicate if id => "predikat organisasi kini diturunkan dari capaian kinerja organisasi, atau diputuskan oleh pimpinan di atasnya (keputusan pimpinan di kolom \"organisation\", per periode); hapus kolom ini".to_owned(),
            Self::OrganisationPredicate => "the organisation's predicate is now derived from the organisation's achievement, or decided by the next leader (an OrganisationDecision, in the field \"organisation\" by period); remove this field".to_owned(),
            Self::Levels { min, max } if id => {
                format!("gunakan salah satu level {min} sampai {max}")
            }
            Self::Levels { min, max } => format!("use one of the levels {min} to {max}"),
            Self::RemoveComma if id => "hapus koma terakhir itu".to_owned(),
            Self::RemoveComma => "remove that last comma".to_owned(),
            Self::RemoveComment if id => "hapus komentar itu".to_owned(),
            Self::RemoveComment => "remove the comment".to_owned(),
            Self::DoubleQuotes if id => {
                "gunakan tanda kutip ganda \"...\", bukan tanda kutip tunggal".to_owned()
            }
            Self::DoubleQuotes => "use double quotes \"...\", not single ones".to_owned(),
            Self::QuoteKey { key } if id => {
                format!("tulis kunci dalam tanda kutip ganda: \"{}\"", shown(key))
            }
            Self::QuoteKey { key } => {
                format!("write the key in double quotes: \"{}\"", shown(key))
            }
            Self::AddComma if id => "tambahkan koma di antara keduanya".to_owned(),
            Self::AddComma => "add a comma between the two".to_owned(),
            Self::LowerCase { write } if id => {
                format!("tulis dengan huruf kecil: {}", shown(write))
            }
            Self::LowerCase { write } => format!("write it in lower case: {}", shown(write)),
            Self::QuoteWord { write } if id => {
                format!("tulis teks dalam tanda kutip ganda: {}", shown(write))
            }
            Self::QuoteWord { write } => {
                format!("write text in double quotes: {}", shown(write))
            }
            Self::NoSpecialFloat if id => {
                "JSON tidak mengenal NaN atau Infinity; tulis angkanya, atau null jika kolom itu boleh kosong".to_owned()
            }
            Self::NoSpecialFloat => {
                "JSON has no NaN or Infinity; write the figure, or null where the field may be empty".to_owned()
            }
            Self::EscapeControl { write } if id => format!("tulis sebagai {write}"),
            Self::EscapeControl { write } => format!("write it as {write}"),
            Self::EscapeBackslash if id => "tulis garis miring terbalik sebagai \\\\".to_owned(),
            Self::EscapeBackslash => "write a backslash as \\\\".to_owned(),
            Self::Colon if id => "gunakan titik dua `:` di antara kunci dan nilainya".to_owned(),
            Self::Colon => "use a colon `:` between a key and its value".to_owned(),
            Self::OneDocument if id => "satu berkas memuat satu dokumen; kumpulkan beberapa data dalam satu daftar [...]".to_owned(),
            Self::OneDocument => "a file holds one document; gather several records in one list [...]".to_owned(),
        }
    }
}

impl fmt::Display for Hint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// The figure meant by `text`, written as the crate reads decimals, when `text` is a figure
/// written another way (`91,5`, `1.250.000`, `50%`, `+5`, `007`, `.5`); `None` when it is
/// not a figure, or already one the crate reads.
pub(crate) fn figure(text: &str) -> Option<Hint> {
    let (write, fixes) = figure_text(text)?;
    Some(Hint::Figure { write, fixes })
}

/// The same hint, asking for the figure in quotes (it was typed as a JSON number).
pub(crate) fn quoted(hint: Hint) -> Hint {
    match hint {
        Hint::Figure { write, mut fixes } => {
            fixes.push(FigureFix::Quotes);
            Hint::Figure {
                write: format!("\"{write}\""),
                fixes,
            }
        }
        other => other,
    }
}

pub(crate) use crate::decimal_text::grouped_whole;

pub(crate) fn figure_text(text: &str) -> Option<(String, Vec<FigureFix>)> {
    let mut fixes = Vec::new();
    let mut rest = text.trim();
    if let Some(stripped) = rest.strip_suffix('%') {
        rest = stripped.trim_end();
        fixes.push(FigureFix::PercentSign);
    }
    if let Some(stripped) = rest.strip_prefix('+') {
        rest = stripped;
        fixes.push(FigureFix::PlusSign);
    }
    let (sign, body) = match rest.strip_prefix('-') {
        Some(body) => ("-", body),
        None => ("", rest),
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let mut body = body.to_owned();
    if body.contains(['e', 'E']) {
        let plain = rust_decimal::Decimal::from_scientific(&body).ok()?;
        body = plain.normalize().to_string();
        fixes.push(FigureFix::Exponent);
    }
    let spaces = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    if body.contains(spaces) {
        if let Some(whole) = grouped_whole(&body) {
            body = whole;
            fixes.push(FigureFix::ThousandsSeparators);
        } else {
            body.retain(|c| !spaces(c));
            fixes.push(FigureFix::Spaces);
        }
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    body = separators(&body, &mut fixes)?;
    if let Some(fraction) = body.strip_prefix('.') {
        body = format!("0.{fraction}");
        fixes.push(FigureFix::WholePart);
    }
    if let Some(whole) = body.strip_suffix('.') {
        body = whole.to_owned();
        fixes.push(FigureFix::TrailingPoint);
    }
    let (whole, fraction) = match body.split_once('.') {
        Some((whole, fraction)) => (whole.to_owned(), Some(fraction.to_owned())),
        None => (body.clone(), None),
    };
    let trimmed = whole.trim_start_matches('0');
    if trimmed.len() < whole.len() && whole.len() > 1 {
        let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
        body = match fraction {
            Some(fraction) => format!("{trimmed}.{fraction}"),
            None => trimmed.to_owned(),
        };
        fixes.push(FigureFix::LeadingZeros);
    }
    let write = format!("{sign}{body}");
    (decimal_text::parse(&write).is_some() && write != text && !fixes.is_empty())
        .then_some((write, fixes))
}

/// The figure's separators resolved: the last of two kinds is the decimal separator, a
/// lone comma is one too (the Indonesian way), and repeated ones between groups of three
/// separate thousands.
fn separators(body: &str, fixes: &mut Vec<FigureFix>) -> Option<String> {
    let points = body.matches('.').count();
    let commas = body.matches(',').count();
    let grouped = |separator: char, text: &str| {
        let mut groups = text.split(separator);
        let head = groups.next().unwrap_or_default();
        !head.is_empty() && head.len() <= 3 && groups.all(|group| group.len() == 3)
    };
    match (points, commas) {
        (_, 0) if points <= 1 => Some(body.to_owned()),
        (0, 1) => {
            fixes.push(FigureFix::DecimalComma);
            Some(body.replace(',', "."))
        }
        (0, _) if grouped(',', body) => {
            fixes.push(FigureFix::ThousandsSeparators);
            Some(body.replace(',', ""))
        }
        (_, 0) if grouped('.', body) => {
            fixes.push(FigureFix::ThousandsSeparators);
            Some(body.replace('.', ""))
        }
        _ if points > 0 && commas > 0 => {
            let last_point = body.rfind('.')?;
            let last_comma = body.rfind(',')?;
            let (decimal, group) = if last_comma > last_point {
                (',', '.')
            } else {
                ('.', ',')
            };
            let (whole, fraction) = body.rsplit_once(decimal)?;
            if whole.contains(decimal) || !grouped(group, whole) {
                return None;
            }
            fixes.push(FigureFix::ThousandsSeparators);
            if decimal == ',' {
                fixes.push(FigureFix::DecimalComma);
            }
            Some(format!("{}.{fraction}", whole.replace(group, "")))
        }
        _ => None,
    }
}

/// Hints for a word found where a value should be.
pub(crate) fn for_word(word: &str) -> Vec<Hint> {
    let lower = word.to_lowercase();
    match lower.as_str() {
        "true" | "false" | "null" => vec![Hint::LowerCase { write: lower }],
        "none" | "nil" | "undefined" => vec![Hint::LowerCase {
            write: "null".to_owned(),
        }],
        "nan" | "infinity" | "inf" => vec![Hint::NoSpecialFloat],
        _ => vec![Hint::QuoteWord {
            write: format!("\"{word}\""),
        }],
    }
}

/// The accepted name nearest to `written`, when one is near enough to be a slip (a letter
/// or two, or case).
pub(crate) fn nearest(written: &str, accepted: &[String]) -> Option<String> {
    let written_lower = written.to_lowercase();
    let limit = (written.chars().count() / 3).clamp(1, 3);
    accepted
        .iter()
        .map(|name| (distance(&written_lower, &name.to_lowercase()), name))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name.clone())
}

/// The edit distance between two texts, a swap of neighbours counting as one edit
/// (optimal string alignment).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut rows = vec![0_usize; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for (i, row) in rows.chunks_mut(width).enumerate() {
        if let Some(first) = row.first_mut() {
            *first = i;
        }
    }
    for j in 0..width {
        if let Some(cell) = rows.get_mut(j) {
            *cell = j;
        }
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let same = a.get(i - 1) == b.get(j - 1);
            let get = |rows: &[usize], i: usize, j: usize| rows.get(at(i, j)).copied();
            let mut best = [
                get(&rows, i - 1, j).map(|d| d + 1),
                get(&rows, i, j - 1).map(|d| d + 1),
                get(&rows, i - 1, j - 1).map(|d| d + usize::from(!same)),
            ]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(usize::MAX);
            if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                if let Some(swap) = get(&rows, i - 2, j - 2) {
                    best = best.min(swap + 1);
                }
            }
            if let Some(cell) = rows.get_mut(at(i, j)) {
                *cell = best;
            }
        }
    }
    rows.get(at(a.len(), b.len()))
        .copied()
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::{FigureFix, distance, figure_text, grouped_whole, nearest};

    fn fixed(text: &str) -> Option<String> {
        figure_text(text).map(|(write, _)| write)
    }

    #[test]
    fn figures_written_the_indonesian_way() {
        assert_eq!(fixed("91,5"), Some("91.5".to_owned()));
        assert_eq!(fixed("1.250.000"), Some("1250000".to_owned()));
        assert_eq!(fixed("1.250.000,75"), Some("1250000.75".to_owned()));
        assert_eq!(fixed("1,250,000.75"), Some("1250000.75".to_owned()));
        assert_eq!(fixed("50%"), Some("50".to_owned()));
        assert_eq!(fixed("91,5 %"), Some("91.5".to_owned()));
        assert_eq!(fixed("+5"), Some("5".to_owned()));
        assert_eq!(fixed("007"), Some("7".to_owned()));
        assert_eq!(fixed(".5"), Some("0.5".to_owned()));
        assert_eq!(fixed("5."), Some("5".to_owned()));
        assert_eq!(fixed("1e3"), Some("1000".to_owned()));
        assert_eq!(fixed("1 250"), Some("1250".to_owned()));
        assert_eq!(
            figure_text("50%").map(|(_, fixes)| fixes),
            Some(vec![FigureFix::PercentSign])
        );
        for not_a_fixable_figure in ["85.25", "abc", "1,2,3,4", "1.2.3", "", "%", "-", "1_000"] {
            assert_eq!(fixed(not_a_fixable_figure), None, "{not_a_fixable_figure}");
        }
    }

    #[test]
    fn thousands_in_a_whole_number() {
        assert_eq!(grouped_whole("1.200"), Some("1200".to_owned()));
        assert_eq!(grouped_whole("1,250,000"), Some("1250000".to_owned()));
        assert_eq!(grouped_whole("12.5"), None);
        assert_eq!(grouped_whole("1200"), None);
        assert_eq!(grouped_whole("0.200"), None);
    }

    #[test]
    fn the_nearest_name_is_a_slip_away() {
        let ratings = ["above", "meets", "below"].map(String::from);
        assert_eq!(nearest("meet", &ratings), Some("meets".to_owned()));
        assert_eq!(nearest("MEETS", &ratings), Some("meets".to_owned()));
        assert_eq!(nearest("excellent", &ratings), None);
        assert_eq!(distance("weigth", "weight"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
