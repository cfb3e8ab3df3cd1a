//! Figures written for people: rounded by the crate's rule, then with the language's decimal
//! mark and digit grouping. Indonesian writes `1.234,56` and `91,67 %`; English writes
//! `1,234.56` and `91.67%`. [`crate::present`] offers them to callers; the crate's own
//! texts in either language use them too.

use crate::label::Language;
use crate::num::Rounding;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// `value` rounded by `rounding`, with exactly its decimals, grouped in thousands in
/// `language`'s way.
///
/// ```
/// use kinerja::Language;
/// use kinerja::num::Rounding;
/// use kinerja::present::number;
/// use kinerja::Decimal;
/// let value = Decimal::new(12_345_678, 3); // 12345.678
/// assert_eq!(number(value, Rounding::default(), Language::Indonesian), "12.345,68");
/// assert_eq!(number(value, Rounding::default(), Language::English), "12,345.68");
/// ```
#[must_use]
pub fn number(value: Decimal, rounding: Rounding, language: Language) -> String {
    let plain = rounding.format(value);
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain.as_str()), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let (group, mark) = match language {
        Language::Indonesian => ('.', ','),
        Language::English => (',', '.'),
    };
    let mut text = String::with_capacity(plain.len() + whole.len() / 3 + 1);
    text.push_str(sign);
    for (i, digit) in whole.chars().enumerate() {
        // A separator before every digit that starts a group of three from the right.
        if i > 0 && (whole.len() - i) % 3 == 0 {
            text.push(group);
        }
        text.push(digit);
    }
    if !fraction.is_empty() {
        text.push(mark);
        text.push_str(fraction);
    }
    text
}

/// `value` with all its digits, grouped and marked as [`number`] writes it: the exact figure
/// an explanation shows beside the rounded one.
///
/// ```
/// use kinerja::Language;
/// use kinerja::present::exact;
/// use kinerja::Decimal;
/// assert_eq!(exact(Decimal::new(10_055, 1), Language::Indonesian), "1.005,5");
/// assert_eq!(exact(Decimal::new(10_055, 1), Language::English), "1,005.5");
/// ```
#[must_use]
pub fn exact(value: Decimal, language: Language) -> String {
    let places = Rounding::new(value.scale(), crate::num::RoundingMode::HalfUp);
    places.map_or_else(|_| value.to_string(), |all| number(value, all, language))
}

/// A percentage, as [`number`] with the percent sign: `91,67 %` in Indonesian (the
/// Indonesian reports' usage, with a space), `91.67%` in English.
///
/// ```
/// use kinerja::Language;
/// use kinerja::num::Rounding;
/// use kinerja::present::percent;
/// use kinerja::Decimal;
/// let value = Decimal::new(916_666_666, 7); // 91.6666666
/// assert_eq!(percent(value, Rounding::default(), Language::Indonesian), "91,67 %");
/// assert_eq!(percent(value, Rounding::default(), Language::English), "91.67%");
/// ```
#[must_use]
pub fn percent(value: Decimal, rounding: Rounding, language: Language) -> String {
    let figure = number(value, rounding, language);
    match language {
        Language::Indonesian => format!("{figure} %"),
        Language::English => format!("{figure}%"),
    }
}

/// An amount of rupiah, whole (half up): `Rp 12.000.000` in Indonesian,
/// `IDR 12,000,000` in English.
///
/// ```
/// use kinerja::Language;
/// use kinerja::present::rupiah;
/// use kinerja::Decimal;
/// assert_eq!(rupiah(Decimal::from(12_000_000), Language::Indonesian), "Rp 12.000.000");
/// assert_eq!(rupiah(Decimal::from(12_000_000), Language::English), "IDR 12,000,000");
/// ```
#[must_use]
pub fn rupiah(value: Decimal, language: Language) -> String {
    let figure = number(value, Rounding::WHOLE, language);
    match language {
        Language::Indonesian => format!("Rp {figure}"),
        Language::English => format!("IDR {figure}"),
    }
}

/// A percentage with all its digits and never fewer than two decimals, as [`percent`]
/// writes it: `100,00 %`, `99,996 %`. For a figure whose rounding rule is not at hand.
pub(crate) fn percent_exact(value: Decimal, language: Language) -> String {
    let places = Rounding::new(value.scale().max(2), crate::num::RoundingMode::HalfUp);
    places.map_or_else(|_| value.to_string(), |all| percent(value, all, language))
}

/// A date as people write it: `12 Januari 2027`, `12 January 2027`.
///
/// ```
/// use kinerja::Language;
/// use kinerja::present::date;
/// let day = kinerja::NaiveDate::from_ymd_opt(2027, 1, 12).unwrap_or_default();
/// assert_eq!(date(day, Language::Indonesian), "12 Januari 2027");
/// assert_eq!(date(day, Language::English), "12 January 2027");
/// ```
#[must_use]
pub fn date(day: NaiveDate, language: Language) -> String {
    use crate::label::Labelled;
    let month = u8::try_from(day.month())
        .ok()
        .and_then(|m| crate::period::Month::new(m).ok())
        .map_or("", |m| m.label(language));
    format!("{} {month} {}", day.day(), day.year())
}
