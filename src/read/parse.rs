//! A strict JSON parser (RFC 8259): objects, arrays, strings with their escapes and
//! surrogate pairs, numbers, `true`, `false`, `null`; no trailing comma, no comment, no
//! single quote; nesting bounded by [`MAX_DEPTH`], so that no text can overflow the stack.
//! A byte order mark at the start is skipped, as the RFC allows.
//!
//! It stops at the first mistake, with its place (the byte offset and the path of keys and
//! indices to the value being read) and, where the text shows what was meant, a hint.

use super::hint::{self, Hint};
use super::number;
use super::problem::Step;
use super::tree::{Member, Node, NodeId, Tree, Value};
use super::wrong::{SyntaxError, Token};
use std::borrow::Cow;

/// The deepest nesting of arrays and objects read: as deep as `serde_json` reads, whose
/// limit is the 128th level.
pub const MAX_DEPTH: usize = 127;

/// Where a text stops being JSON, and why.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Failure {
    /// The byte offset of the mistake.
    pub(crate) at: usize,
    /// The keys and indices to the value being read.
    pub(crate) path: Vec<Step>,
    /// What is wrong.
    pub(crate) error: SyntaxError,
    /// How to fix it, where the text shows it.
    pub(crate) hints: Vec<Hint>,
}

/// Parses `text` as one JSON document.
pub(crate) fn parse(text: &str) -> Result<Tree<'_>, Failure> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: start,
        nodes: Vec::new(),
        path: Vec::new(),
        depth: 0,
    };
    parser.skip_whitespace();
    parser.value(None)?;
    parser.skip_whitespace();
    if let Some(found) = parser.peek_char() {
        let hints = if matches!(found, '{' | '[' | '"') {
            vec![Hint::OneDocument]
        } else {
            parser.stray_hints(found)
        };
        return Err(parser.fail(SyntaxError::TrailingText { found }, hints));
    }
    Ok(Tree {
        text,
        nodes: parser.nodes,
    })
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    nodes: Vec<Node<'a>>,
    path: Vec<Step>,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn fail(&self, error: SyntaxError, hints: Vec<Hint>) -> Failure {
        Failure {
            at: self.pos,
            path: self.path.clone(),
            error,
            hints,
        }
    }

    /// The mistake of finding what is at `pos` where `expected` should be.
    fn unexpected(&self, expected: Token) -> Failure {
        let Some(found) = self.peek_char() else {
            return self.fail(SyntaxError::UnexpectedEnd { expected }, Vec::new());
        };
        if found == '/' && matches!(self.bytes.get(self.pos + 1), Some(b'/' | b'*')) {
            return self.fail(SyntaxError::Comment, vec![Hint::RemoveComment]);
        }
        let hints = match (expected, found) {
            (_, '\'') => vec![Hint::DoubleQuotes],
            (Token::Colon, '=') => vec![Hint::Colon],
            (Token::CommaOrCloseArray | Token::CommaOrCloseObject, '"' | '{' | '[') => {
                vec![Hint::AddComma]
            }
            (Token::CommaOrCloseArray | Token::CommaOrCloseObject, c)
                if c.is_ascii_digit() || c == '-' =>
            {
                vec![Hint::AddComma]
            }
            (Token::Key, c) if c.is_alphabetic() || c == '_' => vec![Hint::QuoteKey {
                key: self.word().to_owned(),
            }],
            _ => self.stray_hints(found),
        };
        self.fail(SyntaxError::Unexpected { found, expected }, hints)
    }

    /// Hints for a character that has no place: a `%` after a figure.
    fn stray_hints(&self, found: char) -> Vec<Hint> {
        if found != '%' {
            return Vec::new();
        }
        let before = self.text.get(..self.pos).unwrap_or_default();
        let figure: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-'))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if figure.is_empty() {
            return Vec::new();
        }
        hint::figure(&format!("{figure}%")).into_iter().collect()
    }

    /// The run of letters, digits and `_` at `pos`.
    fn word(&self) -> &'a str {
        let rest = self.text.get(self.pos..).unwrap_or_default();
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        rest.get(..end).unwrap_or_default()
    }

    fn push(&mut self, at: usize, parent: Option<(NodeId, usize)>, value: Value<'a>) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            at,
            parent,
            end: id + 1,
            value,
        });
        id
    }

    fn value(&mut self, parent: Option<(NodeId, usize)>) -> Result<NodeId, Failure> {
        let at = self.pos;
        match self.peek() {
            Some(b'{') => self.object(parent),
            Some(b'[') => self.array(parent),
            Some(b'"') => {
                let text = self.string()?;
                Ok(self.push(at, parent, Value::Text(text)))
            }
            Some(b'-' | b'0'..=b'9') => {
                let text = self.number()?;
                Ok(self.push(at, parent, Value::Number(text)))
            }
            Some(b't') if self.bytes.get(at..at + 4) == Some(b"true") => {
                self.literal(4, parent, Value::Bool(true))
            }
            Some(b'f') if self.bytes.get(at..at + 5) == Some(b"false") => {
                self.literal(5, parent, Value::Bool(false))
            }
            Some(b'n') if self.bytes.get(at..at + 4) == Some(b"null") => {
                self.literal(4, parent, Value::Null)
            }
            Some(b'+' | b'.') => {
                let rest = self.text.get(at..).unwrap_or_default();
                let end = rest
                    .find(|c: char| !(c.is_ascii_digit() || matches!(c, '+' | '.' | 'e' | 'E')))
                    .unwrap_or(rest.len());
                let text = rest.get(..end).unwrap_or_default();
                let hints = hint::figure(text).into_iter().collect();
                Err(self.fail(
                    SyntaxError::InvalidNumber {
                        text: text.to_owned(),
                    },
                    hints,
                ))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let word = self.word();
                if word == "true" || word == "false" || word == "null" {
                    return Err(self.unexpected(Token::Value));
                }
                let hints = hint::for_word(word);
                Err(self.fail(
                    SyntaxError::UnknownWord {
                        word: word.to_owned(),
                    },
                    hints,
                ))
            }
            _ => Err(self.unexpected(Token::Value)),
        }
    }

    fn literal(
        &mut self,
        length: usize,
        parent: Option<(NodeId, usize)>,
        value: Value<'a>,
    ) -> Result<NodeId, Failure> {
        let at = self.pos;
        self.pos += length;
        if self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            self.pos = at;
            let word = self.word();
            return Err(self.fail(
                SyntaxError::UnknownWord {
                    word: word.to_owned(),
                },
                hint::for_word(word),
            ));
        }
        Ok(self.push(at, parent, value))
    }

    fn enter(&mut self) -> Result<(), Failure> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail(SyntaxError::TooDeep { limit: MAX_DEPTH }, Vec::new()));
        }
        Ok(())
    }

    fn array(&mut self, parent: Option<(NodeId, usize)>) -> Result<NodeId, Failure> {
        self.enter()?;
        let id = self.push(self.pos, parent, Value::Array(Vec::new()));
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                self.path.push(Step::Index(items.len()));
                self.skip_whitespace();
                if self.peek() == Some(b']') && !items.is_empty() {
                    self.path.pop();
                    return Err(self.fail(SyntaxError::TrailingComma, vec![Hint::RemoveComma]));
                }
                let item = self.value(Some((id, items.len())))?;
                items.push(item);
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.path.pop();
                    }
                    Some(b']') => {
                        self.pos += 1;
                        self.path.pop();
                        break;
                    }
                    _ => return Err(self.unexpected(Token::CommaOrCloseArray)),
                }
            }
        }
        self.depth -= 1;
        self.close(id, Value::Array(items));
        Ok(id)
    }

    fn object(&mut self, parent: Option<(NodeId, usize)>) -> Result<NodeId, Failure> {
        self.enter()?;
        let id = self.push(self.pos, parent, Value::Object(Vec::new()));
        self.pos += 1;
        let mut members: Vec<Member<'a>> = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.skip_whitespace();
                match self.peek() {
                    Some(b'"') => {}
                    Some(b'}') if !members.is_empty() => {
                        return Err(self.fail(SyntaxError::TrailingComma, vec![Hint::RemoveComma]));
                    }
                    Some(b'0'..=b'9') => {
                        return Err(self.decimal_comma(&members));
                    }
                    _ => return Err(self.unexpected(Token::Key)),
                }
                let key_at = self.pos;
                let key = self.string()?;
                self.skip_whitespace();
                if self.peek() != Some(b':') {
                    self.path.push(Step::Key(key.clone().into_owned()));
                    return Err(self.unexpected(Token::Colon));
                }
                self.pos += 1;
                self.skip_whitespace();
                self.path.push(Step::Key(key.clone().into_owned()));
                let value = self.value(Some((id, members.len())))?;
                members.push(Member { key, key_at, value });
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.path.pop();
                    }
                    Some(b'}') => {
                        self.pos += 1;
                        self.path.pop();
                        break;
                    }
                    _ => return Err(self.unexpected(Token::CommaOrCloseObject)),
                }
            }
        }
        self.depth -= 1;
        self.close(id, Value::Object(members));
        Ok(id)
    }

    /// A digit where a key should be: after `"value": 91,5` the comma was meant as the
    /// decimal separator.
    fn decimal_comma(&self, members: &[Member<'a>]) -> Failure {
        let previous = members
            .last()
            .and_then(|member| match self.nodes.get(member.value) {
                Some(Node {
                    value: Value::Number(text),
                    ..
                }) => Some(*text),
                _ => None,
            });
        let mut failure = self.unexpected(Token::Key);
        if let Some(whole) = previous {
            let rest = self.text.get(self.pos..).unwrap_or_default();
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let fraction = rest.get(..end).unwrap_or_default();
            if let Some(figure) = hint::figure(&format!("{whole},{fraction}")) {
                failure.hints = vec![hint::quoted(figure)];
            }
            if let Some(Member { key, .. }) = members.last() {
                failure.path.push(Step::Key(key.clone().into_owned()));
            }
        }
        failure
    }

    /// Sets the value and the subtree's end of container `id`, now that its children are
    /// read.
    fn close(&mut self, id: NodeId, value: Value<'a>) {
        let end = self.nodes.len();
        if let Some(node) = self.nodes.get_mut(id) {
            node.value = value;
            node.end = end;
        }
    }

    fn number(&mut self) -> Result<&'a str, Failure> {
        let start = self.pos;
        let rest = self.bytes.get(start..).unwrap_or_default();
        match number::scan(rest) {
            Ok(length) => {
                self.pos += length;
                Ok(self.text.get(start..self.pos).unwrap_or_default())
            }
            Err(_) => {
                let text = self.text.get(start..).unwrap_or_default();
                let end = text
                    .find(|c: char| {
                        !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_'))
                    })
                    .unwrap_or(text.len());
                let text = text.get(..end).unwrap_or_default();
                Err(self.fail(
                    SyntaxError::InvalidNumber {
                        text: text.to_owned(),
                    },
                    hint::figure(text).into_iter().collect(),
                ))
            }
        }
    }

    /// A string at `pos` (its opening quote), its escapes resolved.
    fn string(&mut self) -> Result<Cow<'a, str>, Failure> {
        self.pos += 1;
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut plain_from = start;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.fail(
                    SyntaxError::UnexpectedEnd {
                        expected: Token::Quote,
                    },
                    Vec::new(),
                ));
            };
            match byte {
                b'"' => {
                    let tail = self.text.get(plain_from..self.pos).unwrap_or_default();
                    self.pos += 1;
                    return Ok(match owned {
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                        None => Cow::Borrowed(tail),
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(self.text.get(plain_from..self.pos).unwrap_or_default());
                    let c = self.escape()?;
                    if let Some(text) = owned.as_mut() {
                        text.push(c);
                    }
                    plain_from = self.pos;
                }
                0..=0x1f => {
                    let code = u32::from(byte);
                    return Err(self.fail(
                        SyntaxError::ControlCharacter { code },
                        vec![Hint::EscapeControl {
                            write: control_escape(byte),
                        }],
                    ));
                }
                _ => self.pos += 1,
            }
        }
    }

    /// The character of the escape at `pos` (its backslash).
    fn escape(&mut self) -> Result<char, Failure> {
        let Some(kind) = self.bytes.get(self.pos + 1).copied() else {
            self.pos += 1;
            return Err(self.fail(
                SyntaxError::UnexpectedEnd {
                    expected: Token::Quote,
                },
                Vec::new(),
            ));
        };
        let simple = match kind {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            _ => None,
        };
        if let Some(c) = simple {
            self.pos += 2;
            return Ok(c);
        }
        if kind != b'u' {
            let text = self
                .text
                .get(self.pos..)
                .map(|rest| rest.chars().take(2).collect())
                .unwrap_or_default();
            return Err(self.fail(
                SyntaxError::InvalidEscape { text },
                vec![Hint::EscapeBackslash],
            ));
        }
        let first = self.hex_escape()?;
        if (0xDC00..=0xDFFF).contains(&first) {
            return Err(self.surrogate(first));
        }
        if !(0xD800..=0xDBFF).contains(&first) {
            return Ok(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        let at = self.pos;
        if self.bytes.get(at..at + 2) != Some(b"\\u") {
            self.pos -= 6;
            return Err(self.surrogate(first));
        }
        let second = self.hex_escape()?;
        if !(0xDC00..=0xDFFF).contains(&second) {
            self.pos = at;
            return Err(self.surrogate(first));
        }
        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn surrogate(&self, code: u32) -> Failure {
        self.fail(SyntaxError::LoneSurrogate { code }, Vec::new())
    }

    /// The four hex digits of the `\u` escape at `pos`.
    fn hex_escape(&mut self) -> Result<u32, Failure> {
        let digits = self.bytes.get(self.pos + 2..self.pos + 6);
        let code = digits
            .filter(|digits| digits.iter().all(u8::is_ascii_hexdigit))
            .and_then(|digits| std::str::from_utf8(digits).ok())
            .and_then(|digits| u32::from_str_radix(digits, 16).ok());
        match code {
            Some(code) => {
                self.pos += 6;
                Ok(code)
            }
            None => {
                let text = self
                    .text
                    .get(self.pos..)
                    .map(|rest| rest.chars().take(6).collect())
                    .unwrap_or_default();
                Err(self.fail(
                    SyntaxError::InvalidEscape { text },
                    vec![Hint::EscapeBackslash],
                ))
            }
        }
    }
}

/// How a control character is written inside a JSON string.
fn control_escape(byte: u8) -> String {
    match byte {
        b'\n' => "\\n".to_owned(),
        b'\r' => "\\r".to_owned(),
        b'\t' => "\\t".to_owned(),
        other => format!("\\u{other:04x}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_DEPTH, parse};
    use crate::read::tree::Value;
    use crate::read::wrong::SyntaxError;

    fn error(text: &str) -> Option<SyntaxError> {
        parse(text).err().map(|failure| failure.error)
    }

    #[test]
    fn strings_resolve_their_escapes_and_pairs() {
        let tree = parse(r#"["a\"b\\c\/\n\u00e9\ud83d\ude00", "plain"]"#);
        let texts: Vec<String> = tree
            .iter()
            .flat_map(|tree| tree.nodes.iter())
            .filter_map(|node| match &node.value {
                Value::Text(text) => Some(text.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["a\"b\\c/\né😀", "plain"]);
    }

    #[test]
    fn what_json_does_not_allow_is_refused() {
        for (text, expected) in [
            ("[1,]", Some(SyntaxError::TrailingComma)),
            ("{\"a\": 1,}", Some(SyntaxError::TrailingComma)),
            ("// note\n{}", Some(SyntaxError::Comment)),
            (
                "[\"\\ud800\"]",
                Some(SyntaxError::LoneSurrogate { code: 0xd800 }),
            ),
            (
                "[\"\\udc00\"]",
                Some(SyntaxError::LoneSurrogate { code: 0xdc00 }),
            ),
            ("\u{feff}{}", None),
            (" [ ] ", None),
        ] {
            assert_eq!(error(text), expected, "{text}");
        }
        for text in [
            "",
            "[",
            "{'a': 1}",
            "{a: 1}",
            "[01]",
            "[1.]",
            "[.5]",
            "[+1]",
            "[True]",
            "[nul]",
            "[\"a\nb\"]",
            "[\"\\x\"]",
            "{} {}",
            "[1 2]",
            "{\"a\" 1}",
            "[\"\\u12\"]",
            "NaN",
            "[truex]",
        ] {
            assert!(error(text).is_some(), "{text}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        assert_eq!(
            error(&deep(MAX_DEPTH + 1)),
            Some(SyntaxError::TooDeep { limit: MAX_DEPTH })
        );
        assert!(error(&"[".repeat(100_000)).is_some());
    }

    #[test]
    fn the_subtree_of_a_node_is_a_run_of_numbers() {
        let tree = parse(r#"{"a": [1, {"b": 2}], "c": 3}"#);
        let ends: Vec<usize> = tree
            .iter()
            .flat_map(|tree| tree.nodes.iter())
            .map(|node| node.end)
            .collect();
        // {} [] 1 {} 2 3
        assert_eq!(ends, [6, 5, 3, 5, 5, 6]);
    }
}
