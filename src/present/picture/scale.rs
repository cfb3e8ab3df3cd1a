//! Figures to pixels, exactly: a value's place on an axis is worked in `Decimal` and only
//! then made a whole pixel, so a picture never depends on floating point.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// `value` on an axis of `pixels` that runs from 0 to `top`, in whole pixels (clipped to the
/// axis; 0 when the axis is empty).
pub(super) fn pixels(value: Decimal, top: Decimal, pixels: i64) -> i64 {
    if top <= Decimal::ZERO {
        return 0;
    }
    let share = value
        .max(Decimal::ZERO)
        .min(top)
        .checked_div(top)
        .unwrap_or(Decimal::ZERO);
    share
        .checked_mul(Decimal::from(pixels))
        .and_then(|p| p.round().to_i64())
        .unwrap_or(0)
}

/// The top of an axis for values up to `max`, as four gridlines: the least step of 1, 1.5,
/// 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten whose four steps hold `max`. `(top, step)`.
pub(super) fn nice_axis(max: Decimal) -> (Decimal, Decimal) {
    let quarter = max
        .max(Decimal::ZERO)
        .checked_div(Decimal::from(4))
        .unwrap_or(Decimal::ONE);
    if quarter <= Decimal::ZERO {
        return (Decimal::from(4), Decimal::ONE);
    }
    let ten = Decimal::TEN;
    let mut power = Decimal::ONE;
    // At most 28 steps either way: a Decimal has 28 digits.
    for _ in 0..28 {
        match power.checked_mul(ten) {
            Some(next) if next <= quarter => power = next,
            _ => break,
        }
    }
    for _ in 0..28 {
        if power <= quarter {
            break;
        }
        power /= ten;
    }
    let factors = [10, 15, 20, 25, 30, 40, 50, 60, 80, 100].map(|f| Decimal::new(f, 1));
    let step = factors
        .iter()
        .filter_map(|f| f.checked_mul(power))
        .find(|step| *step >= quarter)
        .unwrap_or(quarter);
    (step.checked_mul(Decimal::from(4)).unwrap_or(max), step)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn axes_worked_by_hand() {
        assert_eq!(nice_axis(d("100")), (d("100"), d("25")));
        assert_eq!(nice_axis(d("130")), (d("160"), d("40")));
        assert_eq!(nice_axis(d("16")), (d("16"), d("4")));
        assert_eq!(nice_axis(d("17")), (d("20"), d("5")));
        assert_eq!(nice_axis(d("0.3")), (d("0.32"), d("0.08")));
        assert_eq!(nice_axis(d("0")), (d("4"), d("1")));
        assert_eq!(pixels(d("50"), d("200"), 100), 25);
        assert_eq!(pixels(d("500"), d("200"), 100), 100);
        assert_eq!(pixels(d("-5"), d("200"), 100), 0);
    }
}
