//! What every view test needs: golden files in both languages, the JSON round trip, and
//! the check that a figure's value is the figure its text shows, with no more places.

use kinerja::Language;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;
use std::path::Path;
use std::str::FromStr;

pub fn code(language: Language) -> &'static str {
    match language {
        Language::Indonesian => "id",
        Language::English => "en",
    }
}

/// Compares `value` with `tests/golden/output/NAME.LANG.json`, or writes it under
/// `KINERJA_BLESS`.
pub fn check_golden<T: Serialize>(name: &str, language: Language, value: &T) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/output")
        .join(format!("{name}.{}.json", code(language)));
    let text = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os("KINERJA_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let on_file: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(serde_json::to_value(value).unwrap(), on_file, "{name}");
}

/// Writes `value` as JSON text, reads it back and compares.
pub fn round_trips<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let text = serde_json::to_string(value).unwrap();
    let read: T = serde_json::from_str(&text).unwrap();
    assert_eq!(&read, value);
}

/// The number a figure's text shows, and its places: `83,33 %` → (83.33, 2) in Indonesian,
/// `IDR 6,000,000` → (6000000, 0) in English.
pub fn shown(text: &str, language: Language) -> (Decimal, u32) {
    let (group, mark) = match language {
        Language::Indonesian => ('.', ','),
        Language::English => (',', '.'),
    };
    let start = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or_else(|| panic!("no figure in {text:?}"));
    let negative = text[..start].ends_with('-');
    let run: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == group || *c == mark)
        .collect();
    let run = run.trim_end_matches([group, mark]);
    let plain: String = run
        .chars()
        .filter(|c| *c != group)
        .map(|c| if c == mark { '.' } else { c })
        .collect();
    let places = plain.split_once('.').map_or(0, |(_, f)| f.len() as u32);
    let mut value = Decimal::from_str(&plain).unwrap();
    if negative {
        value = -value;
    }
    (value, places)
}

/// Every `{value, text}` in `json`: the value has no more places than the text shows, and
/// is the figure the text shows. Returns how many figures it checked.
pub fn check_figures(json: &Value, language: Language, at: &str) -> usize {
    match json {
        Value::Object(map) => {
            let only_figure = map
                .keys()
                .all(|k| matches!(k.as_str(), "value" | "text" | "exact"));
            if let (Some(Value::String(value)), Some(Value::String(text)), true) =
                (map.get("value"), map.get("text"), only_figure)
            {
                let exact = Decimal::from_str(value).unwrap();
                if let Some(Value::String(unrounded)) = map.get("exact") {
                    let unrounded = Decimal::from_str(unrounded).unwrap();
                    assert_ne!(
                        unrounded, exact,
                        "{at}: an exact value beside a value it equals"
                    );
                }
                let (figure, places) = shown(text, language);
                assert!(
                    exact.scale() <= places,
                    "{at}: value {value} has more places than its text {text:?}"
                );
                assert_eq!(
                    exact, figure,
                    "{at}: value {value} is not the text {text:?}"
                );
                return 1;
            }
            map.iter()
                .map(|(k, v)| check_figures(v, language, &format!("{at}.{k}")))
                .sum()
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| check_figures(v, language, &format!("{at}[{i}]")))
            .sum(),
        _ => 0,
    }
}
