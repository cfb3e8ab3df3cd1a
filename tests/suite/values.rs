//! Exact value types and the rounding rule.

use kinerja::num::{Percent, Rounding, RoundingMode, Score, ValueError, Weight};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn domains_are_enforced() {
    assert!(Percent::new(d("0")).is_ok());
    assert!(Percent::new(d("150.5")).is_ok());
    assert_eq!(
        Percent::new(d("-0.01")).unwrap_err(),
        ValueError::Negative {
            what: "percent",
            value: d("-0.01")
        }
    );
    assert!(Weight::new(d("0")).is_ok());
    assert!(Weight::new(d("100")).is_ok());
    assert_eq!(
        Weight::new(d("100.0001")).unwrap_err().to_string(),
        "weight must lie between 0 and 100, got 100.0001"
    );
    assert!(Weight::new(d("-1")).is_err());
    assert!(Score::new(d("120")).is_ok());
    assert!(Score::new(d("-5")).is_err());
    // Negative zero is zero.
    assert_eq!(Percent::new(d("-0")).unwrap(), Percent::ZERO);
}

#[test]
fn text_parsing_is_exact() {
    assert_eq!("87.5".parse::<Percent>().unwrap().value(), d("87.5"));
    for bad in ["", " 1", "1 ", "1e2", "abc", "0x10", "1,5", "NaN"] {
        assert!(bad.parse::<Percent>().is_err(), "{bad:?} parsed");
    }
    // More digits than a Decimal holds would be rounded silently: refused instead.
    assert!("0.12345678901234567890123456789".parse::<Score>().is_err());
}

#[test]
fn equality_is_numeric_and_the_wire_form_is_a_string() {
    assert_eq!(
        Percent::new(d("1.0")).unwrap(),
        Percent::new(d("1.00")).unwrap()
    );
    let json = serde_json::to_string(&Weight::new(d("40.50")).unwrap()).unwrap();
    assert_eq!(json, r#""40.5""#);
    assert!(
        serde_json::from_str::<Weight>("40.5").is_err(),
        "a JSON number is refused"
    );
    assert!(serde_json::from_str::<Weight>(r#""140""#).is_err());
}

#[test]
fn rounding_by_hand() {
    let half_up = Rounding::default();
    assert_eq!(half_up.to_string(), "half-up to 2 decimals");
    // Worked by hand: half-up moves a trailing 5 away from zero.
    assert_eq!(half_up.apply(d("2.345")), d("2.35"));
    assert_eq!(half_up.apply(d("2.344999")), d("2.34"));
    assert_eq!(half_up.apply(d("-2.345")), d("-2.35"));
    assert_eq!(half_up.apply(d("109.995")), d("110.00"));
    let even = Rounding::new(2, RoundingMode::HalfEven).unwrap();
    assert_eq!(even.apply(d("2.345")), d("2.34"));
    assert_eq!(even.apply(d("2.355")), d("2.36"));
    let down = Rounding::new(0, RoundingMode::TowardZero).unwrap();
    assert_eq!(down.apply(d("89.999")), d("89"));
    assert_eq!(down.apply(d("-89.999")), d("-89"));
    assert_eq!(
        Rounding::new(29, RoundingMode::HalfUp).unwrap_err(),
        ValueError::TooManyDecimals {
            decimals: 29,
            max: 28
        }
    );
    assert_eq!(
        Percent::new(d("33.335"))
            .unwrap()
            .rounded(half_up)
            .unwrap()
            .value(),
        d("33.34")
    );
}

#[test]
fn rounding_wire_form() {
    let json = serde_json::to_string(&Rounding::default()).unwrap();
    assert_eq!(json, r#"{"decimals":2,"mode":"half_up"}"#);
    assert!(serde_json::from_str::<Rounding>(r#"{"decimals":40,"mode":"half_up"}"#).is_err());
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0..=10_u32).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
}

fn mode() -> impl Strategy<Value = RoundingMode> {
    prop::sample::select(vec![
        RoundingMode::HalfUp,
        RoundingMode::HalfEven,
        RoundingMode::TowardZero,
    ])
}

proptest! {
    #[test]
    fn rounding_laws(x in decimal(), decimals in 0..=8_u32, mode in mode()) {
        let rule = Rounding::new(decimals, mode).unwrap();
        let r = rule.apply(x);
        // At most `decimals` places, idempotent, and never further than one unit in the last place.
        prop_assert!(r.scale() <= decimals);
        prop_assert_eq!(rule.apply(r), r);
        let unit = Decimal::new(1, decimals);
        prop_assert!((r - x).abs() < unit);
        match mode {
            // Half-up and half-even are within half a unit.
            RoundingMode::HalfUp | RoundingMode::HalfEven => prop_assert!((r - x).abs() * Decimal::TWO <= unit),
            // Toward zero never grows the magnitude.
            RoundingMode::TowardZero => prop_assert!(r.abs() <= x.abs()),
        }
        // Rounding is monotone.
        let y = x + unit;
        prop_assert!(rule.apply(y) >= r);
    }

    #[test]
    fn values_round_trip_through_text_and_json(x in decimal()) {
        let x = x.abs();
        let p = Percent::new(x).unwrap();
        prop_assert_eq!(p.to_string().parse::<Percent>().unwrap(), p);
        let json = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(serde_json::from_str::<Percent>(&json).unwrap(), p);
        let s = Score::new(x).unwrap();
        prop_assert_eq!(serde_json::from_str::<Score>(&serde_json::to_string(&s).unwrap()).unwrap(), s);
        if x <= Decimal::ONE_HUNDRED {
            let w = Weight::new(x).unwrap();
            prop_assert_eq!(serde_json::from_str::<Weight>(&serde_json::to_string(&w).unwrap()).unwrap(), w);
        }
    }
}
