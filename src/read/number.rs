//! JSON numbers: their grammar (RFC 8259), and the value a number gives a visitor, as
//! `serde_json` gives it: a whole number that fits is a `u64` (an `i64` when negative),
//! anything else a float.

/// A number read from its text, as `serde_json` reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Number {
    /// A whole number from 0 to `u64::MAX`.
    Unsigned(u64),
    /// A negative whole number down to `i64::MIN`.
    Signed(i64),
    /// Any other number (fraction, exponent, `-0`, or a whole number too large).
    Float(f64),
}

/// The length of the number that starts `bytes` by the grammar
/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, or where it breaks the grammar.
pub(crate) fn scan(bytes: &[u8]) -> Result<usize, usize> {
    let digits_from = |start: usize| {
        bytes.get(start..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let mut at = usize::from(bytes.first() == Some(&b'-'));
    match bytes.get(at) {
        Some(b'0') => {
            at += 1;
            if bytes.get(at).is_some_and(u8::is_ascii_digit) {
                return Err(at);
            }
        }
        Some(b'1'..=b'9') => at += digits_from(at),
        _ => return Err(at),
    }
    if bytes.get(at) == Some(&b'.') {
        let fraction = digits_from(at + 1);
        if fraction == 0 {
            return Err(at + 1);
        }
        at += 1 + fraction;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let exponent = digits_from(at);
        if exponent == 0 {
            return Err(at);
        }
        at += exponent;
    }
    Ok(at)
}

/// The value of a number whose text follows the grammar; `None` when it is too large for a
/// float (`1e400`), which `serde_json` refuses too.
pub(crate) fn value(text: &str) -> Option<Number> {
    let whole = !text.contains(['.', 'e', 'E']);
    if whole {
        if let Some(magnitude) = text.strip_prefix('-') {
            // `-0` is a float, as in `serde_json`.
            if let Ok(magnitude) = magnitude.parse::<u64>() {
                if magnitude != 0 {
                    if let Some(negative) = 0_i64.checked_sub_unsigned(magnitude) {
                        return Some(Number::Signed(negative));
                    }
                }
            }
        } else if let Ok(unsigned) = text.parse::<u64>() {
            return Some(Number::Unsigned(unsigned));
        }
    }
    text.parse::<f64>()
        .ok()
        .filter(|float| float.is_finite())
        .map(Number::Float)
}

#[cfg(test)]
mod tests {
    use super::{Number, scan, value};

    #[test]
    fn the_grammar_of_rfc_8259() {
        for good in [
            "0",
            "-0",
            "1",
            "-12",
            "0.5",
            "1e5",
            "1E+5",
            "1.25e-3",
            "123456789",
        ] {
            assert_eq!(scan(good.as_bytes()), Ok(good.len()), "{good}");
        }
        assert_eq!(scan(b"12,5"), Ok(2));
        for bad in ["", "-", "+1", ".5", "01", "1.", "1e", "1e+", "-a"] {
            assert!(scan(bad.as_bytes()).is_err(), "{bad}");
        }
    }

    #[test]
    fn values_as_serde_json_gives_them() {
        assert_eq!(value("7"), Some(Number::Unsigned(7)));
        assert_eq!(value("-7"), Some(Number::Signed(-7)));
        assert_eq!(
            value("-9223372036854775808"),
            Some(Number::Signed(i64::MIN))
        );
        assert_eq!(
            value("-9223372036854775809"),
            Some(Number::Float(-9_223_372_036_854_775_809.0))
        );
        assert_eq!(
            value("18446744073709551615"),
            Some(Number::Unsigned(u64::MAX))
        );
        assert_eq!(
            value("18446744073709551616"),
            Some(Number::Float(18_446_744_073_709_551_616.0))
        );
        assert!(matches!(value("-0"), Some(Number::Float(f)) if f == 0.0 && f.is_sign_negative()));
        assert_eq!(value("2.0"), Some(Number::Float(2.0)));
        assert_eq!(value("1e400"), None);
    }
}
