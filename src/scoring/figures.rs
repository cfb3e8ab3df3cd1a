//! Figures and intervals as the explanations write them, in Indonesian or English: short
//! exact figures (`114,44…` where the digits run on), intervals in words (`101 % sampai
//! 110 %`, `di atas 110 %`) and lines of a value map (`110 + (c − 101) × 10/9`). Shared by
//! the scoring explanations and those of the evaluation stage.

use super::band::Bound;
use crate::label::Language;
use crate::num::{Rounding, RoundingMode};
use crate::written::{exact, number};
use rust_decimal::Decimal;

/// The most decimals a figure is written with in full; past them it is cut to two with `…`.
const FULL_PLACES: u32 = 4;

/// Past this many decimals a digit is an artefact of a division (a `Decimal` keeps 28
/// significant digits): `0.6 × 266/3` is `159.59999…98`, which people write `159,6`.
const ARTEFACT_PLACES: u32 = 20;

/// `value` for people: exact with its significant decimals when it has at most four
/// (`78,4`, `12,5`, `0,0625`), otherwise cut to two decimals and marked as running on
/// (`114,44…`); a division's last-digit artefact is rounded away first. The exact value
/// stays in the explanation's data.
pub(crate) fn short(value: Decimal, language: Language) -> String {
    let plain = value.round_dp(ARTEFACT_PLACES).normalize();
    if plain.scale() <= FULL_PLACES {
        return exact(plain, language);
    }
    Rounding::new(2, RoundingMode::TowardZero).map_or_else(
        |_| exact(plain, language),
        |cut| format!("{}…", number(plain, cut, language)),
    )
}

/// `value` as a percentage for people: [`short`] with the language's percent sign (`105 %`,
/// `105%`).
pub(crate) fn short_percent(value: Decimal, language: Language) -> String {
    let figure = short(value, language);
    match language {
        Language::Indonesian => format!("{figure} %"),
        Language::English => format!("{figure}%"),
    }
}

/// The interval from `lower` to `upper` in words, each bound written by `figure`:
/// `90 sampai di bawah 110`, `di atas 110`, `tepat 100 %`; in English `90 to below 110`,
/// `above 110`, `exactly 100%`.
pub(crate) fn interval_words(
    lower: Option<Bound>,
    upper: Option<Bound>,
    figure: impl Fn(Decimal) -> String,
    language: Language,
) -> String {
    let indonesian = language == Language::Indonesian;
    let low = |b: Bound| {
        if b.inclusive {
            figure(b.value)
        } else if indonesian {
            format!("di atas {}", figure(b.value))
        } else {
            format!("above {}", figure(b.value))
        }
    };
    let high = |b: Bound| {
        if b.inclusive {
            figure(b.value)
        } else if indonesian {
            format!("di bawah {}", figure(b.value))
        } else {
            format!("below {}", figure(b.value))
        }
    };
    match (lower, upper) {
        (Some(lo), Some(hi)) if lo.value == hi.value => {
            let word = if indonesian { "tepat" } else { "exactly" };
            format!("{word} {}", figure(lo.value))
        }
        (Some(lo), Some(hi)) => {
            let word = if indonesian { "sampai" } else { "to" };
            format!("{} {word} {}", low(lo), high(hi))
        }
        (Some(lo), None) if lo.inclusive => {
            let words = if indonesian { "atau lebih" } else { "or more" };
            format!("{} {words}", figure(lo.value))
        }
        (Some(lo), None) => low(lo),
        (None, Some(hi)) if hi.inclusive => {
            let words = if indonesian { "atau kurang" } else { "or less" };
            format!("{} {words}", figure(hi.value))
        }
        (None, Some(hi)) => high(hi),
        (None, None) => if indonesian {
            "semua nilai"
        } else {
            "every value"
        }
        .to_owned(),
    }
}

/// `text` quoted on one line: `"SD yang menerapkan Kurikulum Merdeka"`.
pub(crate) fn quoted(text: &str) -> String {
    format!("\"{}\"", crate::text::one_line(text))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn figures_run_on_only_past_four_places() {
        assert_eq!(short(d("78.40"), Language::Indonesian), "78,4");
        assert_eq!(short(d("0.0625"), Language::Indonesian), "0,0625");
        // 1030 / 9 = 114.444…: cut, not rounded, to two decimals.
        assert_eq!(short(d("1030") / d("9"), Language::Indonesian), "114,44…");
        assert_eq!(short(d("2") / d("3"), Language::English), "0.66…");
        assert_eq!(short(d("1234.5"), Language::Indonesian), "1.234,5");
        // 0.6 × 266/3 in 28 digits is 53.1999…98: written as people work it.
        assert_eq!(
            short(d("0.6") * (d("266") / d("3")), Language::Indonesian),
            "53,2"
        );
    }

    #[test]
    fn intervals_read_as_words() {
        let i = |v: i64| Some(Bound::inclusive(Decimal::from(v)));
        let e = |v: i64| Some(Bound::exclusive(Decimal::from(v)));
        let plain = |v: Decimal| short(v, Language::Indonesian);
        let id = |lo, hi| interval_words(lo, hi, plain, Language::Indonesian);
        assert_eq!(id(i(90), e(110)), "90 sampai di bawah 110");
        assert_eq!(id(e(99), e(100)), "di atas 99 sampai di bawah 100");
        assert_eq!(id(i(100), i(100)), "tepat 100");
        assert_eq!(id(e(110), None), "di atas 110");
        assert_eq!(id(i(85), None), "85 atau lebih");
        assert_eq!(id(None, i(50)), "50 atau kurang");
        let en = interval_words(
            e(50),
            i(60),
            |v| short_percent(v, Language::English),
            Language::English,
        );
        assert_eq!(en, "above 50% to 60%");
    }
}
