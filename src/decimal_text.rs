//! The one wire format for decimals: a JSON string such as `"85.25"`.
//!
//! Floats are refused on input because a binary float cannot carry an audited figure exactly.
//!
//! The grammar is one: an optional minus, a whole part of ASCII digits without leading
//! zeros (a lone `0` is one), and optionally a point followed by at least one digit:
//! `-?(0|[1-9][0-9]*)(\.[0-9]+)?`. Anything else that `rust_decimal` would read (`"1_000"`,
//! `"+5"`, `".5"`, `"5."`, `"007"`, spaces) is refused, so that one figure has one
//! spelling in what an agency stores. Trailing zeros are kept: `"85.50"` has two places.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serializer};

/// Parses a decimal written as text, refusing anything that would lose digits.
pub(crate) fn parse(text: &str) -> Option<Decimal> {
    if !well_formed(text) {
        return None;
    }
    Decimal::from_str_exact(text).ok()
}

/// Whether `text` follows the grammar of the module's documentation.
fn well_formed(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && (whole == "0" || !whole.starts_with('0')) && fraction.is_none_or(digits)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn thousands_separators_get_a_hint() {
        assert!(
            super::refusal("1.200.000").contains("write 1200000 without the thousands separator")
        );
        assert!(super::refusal("-12.345.678").contains("write -12345678"));
        assert_eq!(
            super::refusal("1.2.3"),
            "`1.2.3` is not an exact decimal number"
        );
        assert_eq!(
            super::refusal("1.2000.000"),
            "`1.2000.000` is not an exact decimal number"
        );
    }

    #[test]
    fn text_is_display() {
        use rust_decimal::Decimal;
        let mut cases: Vec<Decimal> = vec![
            Decimal::ZERO,
            Decimal::new(0, 2),
            -Decimal::new(0, 2),
            Decimal::new(-5, 2),
            Decimal::new(8550, 2),
            Decimal::new(100, 0),
            Decimal::MAX,
            Decimal::MIN,
            Decimal::from_i128_with_scale(1, 28),
            -Decimal::from_i128_with_scale(1, 28),
            Decimal::from_i128_with_scale(79_228_162_514_264_337_593_543_950_335, 28),
            Decimal::from_i128_with_scale(-79_228_162_514_264_337_593_543_950_335, 28),
            Decimal::from_i128_with_scale(0, 28),
        ];
        // A spread of mantissas and scales, from a fixed seed.
        let mut seed: u64 = 27;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let digits = (seed >> 58) as u32 % 30;
            let mantissa = i128::from(seed >> 1) % 10_i128.pow(digits.min(18)).max(1)
                * 10_i128.pow(digits.saturating_sub(18).min(10));
            let scale = (seed >> 40) as u32 % 29;
            let signed = if seed & 1 == 0 { mantissa } else { -mantissa };
            cases.push(Decimal::from_i128_with_scale(signed, scale));
        }
        for value in cases {
            let mut buffer = [0; super::TEXT_LEN];
            assert_eq!(
                super::text(&value, &mut buffer),
                Some(value.to_string().as_str())
            );
        }
    }

    #[test]
    fn one_spelling_per_figure() {
        for good in ["0", "-0.5", "85.25", "85.50", "100", "0.0001", "-12"] {
            assert!(parse(good).is_some(), "{good}");
        }
        let zeros = format!("{}1", "0".repeat(44));
        for bad in [
            "1_000", "1_", "+5", ".5", "5.", "007", "00", "-", "", " 5", "5 ", "1e3", "0x10",
            "--5", "5.5.5", "١٢", &zeros,
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }
}

/// The refusal of `text` as a decimal, with a hint where the text is a whole number written
/// with points as thousands separators (`1.200.000`): "write 1200000 without the thousands
/// separator".
pub(crate) fn refusal(text: &str) -> String {
    match thousands_separated(text) {
        Some(meant) => format!(
            "`{text}` {NOT_A_DECIMAL}: write {meant} without the thousands separator (tulis {meant} tanpa titik pemisah ribuan)"
        ),
        None => format!("`{text}` {NOT_A_DECIMAL}"),
    }
}

/// The whole number meant by `text` when it is written with points between groups of
/// three digits, more than one of them (`1.200.000`); a single point reads as a decimal.
fn thousands_separated(text: &str) -> Option<String> {
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text), |unsigned| ("-", unsigned));
    let points = unsigned.starts_with(|c: char| c.is_ascii_digit())
        && unsigned.trim_end() == unsigned
        && unsigned.matches('.').count() >= 2;
    points
        .then(|| grouped_whole(unsigned))
        .flatten()
        .map(|whole| format!("{sign}{whole}"))
}

/// Whether `text` is a whole number written with thousands separators (`1.200`,
/// `1,250,000`, `1 200`): the number without them.
pub(crate) fn grouped_whole(text: &str) -> Option<String> {
    let text = text.trim();
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(separator, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}') {
        return None;
    }
    let mut groups = text.split(separator);
    let head = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let grouped = digits(head)
        && head.len() <= 3
        && !head.starts_with('0')
        && !rest.is_empty()
        && rest.iter().all(|group| group.len() == 3 && digits(group));
    grouped.then(|| text.chars().filter(char::is_ascii_digit).collect())
}

/// Serialises a decimal as its exact text.
pub(crate) fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    let mut buffer = [0; TEXT_LEN];
    match text(value, &mut buffer) {
        Some(text) => serializer.serialize_str(text),
        None => serializer.collect_str(value),
    }
}

/// The longest text of a decimal: a sign, 29 digits of a 96-bit mantissa and a point, or a
/// sign, `0.` and 28 places.
const TEXT_LEN: usize = 32;

/// A decimal's text exactly as its `Display` writes it (`85.50`, `-0.05`, `0`, `-0.00` for a
/// negative zero), written backwards into `buffer`. Writing a year as JSON writes a few
/// hundred decimals an employee: through `collect_str` each went through the formatting
/// machinery and the writer's escaping piece by piece, the greater part of the time. `None`
/// never happens (the buffer holds the longest text); the caller then formats as before.
fn text<'a>(value: &Decimal, buffer: &'a mut [u8; TEXT_LEN]) -> Option<&'a str> {
    let mut text = Backwards {
        buffer,
        start: TEXT_LEN,
        digits: 0,
        scale: usize::try_from(value.scale()).ok()?,
    };
    // At least one digit before the point, and every place after it.
    let least = text.scale + 1;
    // A division of 128 bits is a call into the runtime, one of 64 bits an instruction
    // or two: the digits beyond 64 bits (rare) come first, the rest from a `u64`.
    let mut wide = value.mantissa().unsigned_abs();
    let mut narrow = loop {
        match u64::try_from(wide) {
            Ok(narrow) => break narrow,
            Err(_) => {
                text.digit(u8::try_from(wide % 10).ok()?)?;
                wide /= 10;
            }
        }
    };
    while narrow != 0 || text.digits < least {
        // The remainder of a division by ten is below ten.
        text.digit(u8::try_from(narrow % 10).ok()?)?;
        narrow /= 10;
    }
    if value.is_sign_negative() {
        text.put(b'-')?;
    }
    std::str::from_utf8(text.buffer.get(text.start..)?).ok()
}

/// A decimal's text being written from its last digit back.
struct Backwards<'a> {
    buffer: &'a mut [u8; TEXT_LEN],
    /// Where the text written so far starts.
    start: usize,
    /// How many digits are written.
    digits: usize,
    /// How many of them follow the point.
    scale: usize,
}

impl Backwards<'_> {
    fn put(&mut self, byte: u8) -> Option<()> {
        self.start = self.start.checked_sub(1)?;
        *self.buffer.get_mut(self.start)? = byte;
        Some(())
    }

    /// The next digit to the left, after the point where the places end.
    fn digit(&mut self, digit: u8) -> Option<()> {
        if self.digits == self.scale && self.digits != 0 {
            self.put(b'.')?;
        }
        self.put(b'0' + digit)?;
        self.digits += 1;
        Some(())
    }
}

/// How the message of a text that is not a decimal ends: "`91,5` is not an exact decimal
/// number". The reader (`crate::read`) recognises it, to give the figure meant.
pub(crate) const NOT_A_DECIMAL: &str = "is not an exact decimal number";

/// What a decimal's reader expects, in serde's messages: "invalid type: floating point
/// `91.5`, expected a decimal written as text, e.g. "85.25"". The reader recognises it too.
pub(crate) const EXPECTING: &str = "a decimal written as text, e.g. \"85.25\"";

/// The error of a text that is not a decimal.
fn not_a_decimal<E: serde::de::Error>(text: &str) -> E {
    E::custom(refusal(text))
}

/// A decimal read from a string only: the value of the wire form.
struct Text(Decimal);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl serde::de::Visitor<'_> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
        parse(text).map(Text).ok_or_else(|| not_a_decimal(text))
    }
}

/// Deserialises a decimal from a string only.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    Text::deserialize(deserializer).map(|text| text.0)
}

/// The same wire format for an optional decimal (`null` or absent for none).
pub(crate) mod optional {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => super::serialize(v, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        Option::<super::Text>::deserialize(deserializer).map(|text| text.map(|text| text.0))
    }

    /// The JSON Schema of an optional decimal: the text of [`super::schema`], or `null`.
    #[cfg(feature = "schema")]
    pub(crate) fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "null"],
            "pattern": super::PATTERN,
        })
    }
}

/// The grammar of the module's documentation as a JSON Schema pattern. `pattern` applies
/// to strings only, so the optional form can share it.
#[cfg(feature = "schema")]
pub(crate) const PATTERN: &str = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$";

/// The JSON Schema of a decimal: a string in the grammar of the module's documentation.
#[cfg(feature = "schema")]
pub(crate) fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schema_of("An exact decimal written as text, e.g. \"85.25\"; a JSON number is refused.")
}

/// A decimal's schema with its own description.
#[cfg(feature = "schema")]
pub(crate) fn schema_of(description: &str) -> schemars::Schema {
    crate::json_schema::text(PATTERN, description)
}

/// A list of decimals, each as its exact text.
pub(crate) mod list {
    use rust_decimal::Decimal;
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        values: &[Decimal],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(values.len()))?;
        for value in values {
            seq.serialize_element(&value.to_string())?;
        }
        seq.end()
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Decimal>, D::Error> {
        Vec::<super::Text>::deserialize(deserializer)
            .map(|texts| texts.into_iter().map(|text| text.0).collect())
    }

    /// A list of decimals written as text.
    #[cfg(feature = "schema")]
    pub(crate) fn schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = crate::decimal_text::schema(generator);
        schemars::json_schema!({
            "type": "array",
            "items": item,
        })
    }
}
