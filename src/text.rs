//! Small checks shared by the validating builders.

/// Whether a human text (a name, a statement) is empty or only white space.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// In a slice sorted by `key`, the first key that appears twice.
pub(crate) fn first_repeated<T, K: PartialEq>(items: &[T], key: impl Fn(&T) -> &K) -> Option<&K> {
    items.windows(2).find_map(|pair| match pair {
        [a, b] if key(a) == key(b) => Some(key(a)),
        _ => None,
    })
}

/// The Indonesian name of a kind of value or id the crate names in its messages; the word
/// itself when it has none.
pub(crate) fn in_indonesian(word: &'static str) -> &'static str {
    match word {
        "unit" => "unit",
        "percent" => "persentase",
        "weight" => "bobot",
        "score" => "nilai",
        "mission" => "misi",
        "position" => "jabatan",
        "node" => "simpul",
        "indicator" => "indikator",
        "competency" => "kompetensi",
        "programme" => "program",
        other => other,
    }
}

/// `text` on one line: every line break (the Unicode line and paragraph separators too) and
/// other control character becomes a space, so that free text (a statement, a name, a
/// reason, a note) cannot start a line of its own in a rendering, nor forge one.
pub(crate) fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(breaks_line) {
        text.chars()
            .map(|c| if breaks_line(c) { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Whether `c` would break a line or act on a terminal where free text is written: every
/// control character (line feed, carriage return, vertical tab, form feed, the next-line
/// character U+0085, escape, tab and the rest) and the Unicode line and paragraph
/// separators U+2028 and U+2029.
pub(crate) fn breaks_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Whether `c` ends a line where text is read by lines (Unicode's mandatory breaks): line
/// feed, carriage return, vertical tab, form feed, U+0085, U+2028 and U+2029.
pub(crate) fn ends_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}
