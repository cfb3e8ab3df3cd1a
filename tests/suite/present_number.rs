//! Figures written for people: the Indonesian and English ways of writing a number.

use kinerja::Language;
use kinerja::num::{Rounding, RoundingMode};
use kinerja::present::{number, percent, rupiah};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn figures_worked_by_hand() {
    let two = Rounding::default();
    let id = Language::Indonesian;
    let en = Language::English;
    assert_eq!(number(d("1234567.891"), two, id), "1.234.567,89");
    assert_eq!(number(d("1234567.891"), two, en), "1,234,567.89");
    // Rounding carries into a new group of thousands.
    assert_eq!(number(d("999.995"), two, id), "1.000,00");
    assert_eq!(number(d("-0.005"), two, id), "-0,01");
    assert_eq!(number(d("100"), two, id), "100,00");
    assert_eq!(number(d("0"), Rounding::WHOLE, en), "0");
    assert_eq!(number(d("-1000"), Rounding::WHOLE, en), "-1,000");
    // 55/60 of a year's target: 91.666…
    let eleven_twelfths = Decimal::from(1100) / Decimal::from(12);
    assert_eq!(percent(eleven_twelfths, two, id), "91,67 %");
    assert_eq!(percent(eleven_twelfths, two, en), "91.67%");
    let cut = Rounding::new(1, RoundingMode::TowardZero).unwrap();
    assert_eq!(percent(eleven_twelfths, cut, id), "91,6 %");
    assert_eq!(rupiah(d("12500000.5"), id), "Rp 12.500.001");
    assert_eq!(rupiah(d("750000"), en), "IDR 750,000");
}

fn any_figure() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0..=10_u32).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
}

fn any_rounding() -> impl Strategy<Value = Rounding> {
    (
        0..=6_u32,
        prop::sample::select(vec![
            RoundingMode::HalfUp,
            RoundingMode::HalfEven,
            RoundingMode::TowardZero,
        ]),
    )
        .prop_map(|(places, mode)| Rounding::new(places, mode).unwrap())
}

proptest! {
    /// Taking the grouping out and putting the decimal point back gives the rule's own
    /// figure: writing for people never changes a digit.
    #[test]
    fn grouping_changes_no_digit(value in any_figure(), rounding in any_rounding()) {
        let plain = rounding.format(value);
        let indonesian = number(value, rounding, Language::Indonesian);
        prop_assert_eq!(indonesian.replace('.', "").replace(',', "."), plain.clone());
        let english = number(value, rounding, Language::English);
        prop_assert_eq!(english.replace(',', ""), plain);
    }

    /// Groups are of three digits, counted from the decimal mark; only the first may be
    /// shorter, and none is empty.
    #[test]
    fn groups_are_thousands(value in any_figure(), rounding in any_rounding()) {
        let english = number(value, rounding, Language::English);
        let whole = english.trim_start_matches('-').split('.').next().unwrap().to_owned();
        let groups: Vec<&str> = whole.split(',').collect();
        prop_assert!((1..=3).contains(&groups[0].len()), "{}", english);
        prop_assert!(groups[1..].iter().all(|g| g.len() == 3), "{}", english);
        prop_assert!(groups[0] == "0" || !groups[0].starts_with('0'), "{}", english);
    }
}

#[test]
fn a_figure_that_rounds_to_zero_has_no_sign() {
    assert_eq!(
        number(d("-0.001"), Rounding::default(), Language::Indonesian),
        "0,00"
    );
}
