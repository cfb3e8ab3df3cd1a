//! The HTML every document is written in: one self-contained page (inline CSS, pictures as
//! data), laid out for A4 paper, every piece of text escaped.

use super::Picture;
use crate::label::Language;
use std::fmt::Write;

/// `text` safe inside HTML text and attribute values: `&`, `<`, `>`, `"` and `'` written
/// as character references, so no name or statement can open a tag or end an attribute.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The words of a document in its language: the Indonesian text or the English one.
pub(super) const fn say(
    language: Language,
    indonesian: &'static str,
    english: &'static str,
) -> &'static str {
    match language {
        Language::Indonesian => indonesian,
        Language::English => english,
    }
}

/// The style sheet every document shares: A4 pages with margins, tables that repeat their
/// heading on a new page and keep a row whole, annexes on a page of their own, and the
/// colours kept when printed.
const STYLE: &str = "\
@page { size: A4; margin: 18mm 15mm 20mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1f2933; background: #ffffff; font: 10pt/1.4 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
main { max-width: 180mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-size: 14pt; text-align: center; text-transform: uppercase; letter-spacing: 0.02em; margin: 0 0 1mm; }
p.subtitle { text-align: center; margin: 0 0 5mm; font-size: 10.5pt; }
h2 { font-size: 11pt; margin: 6mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.4mm solid #1f2933; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1.5mm 0; }
table { width: 100%; border-collapse: collapse; margin: 1.5mm 0 3mm; }
th, td { border: 0.25mm solid #616e7c; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
th { background: #e4e9f0; font-weight: 600; }
thead { display: table-header-group; }
tr, figure, .signatures, .keep { break-inside: avoid; page-break-inside: avoid; }
th.number { text-align: right; }
td.number { text-align: right; white-space: nowrap; }
td.centre, th.centre { text-align: center; }
td.label { width: 34%; background: #f5f7fa; }
table.facts td { border-color: #bcc5d0; }
td.group { background: #f0f3f7; font-weight: 600; }
.muted { color: #616e7c; }
.verdict { font-weight: 600; }
ul { margin: 1mm 0 2mm; padding-left: 6mm; }
figure { margin: 3mm 0; text-align: center; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #616e7c; margin-top: 1mm; }
section.annex { break-before: page; page-break-before: always; }
table.signatures td { border: none; width: 50%; text-align: center; padding: 0 4mm; }
table.signatures .space { height: 22mm; }
table.signatures .name { font-weight: 600; text-decoration: underline; }
@media screen { main { padding: 12mm 10mm; } }
";

/// A table cell: its text (escaped when written), how it sits, and how many columns it
/// spans.
#[derive(Debug, Clone)]
pub(super) struct Cell {
    text: Vec<String>,
    class: Option<&'static str>,
    span: u32,
}

impl Cell {
    /// A cell of text.
    pub(super) fn text(text: impl Into<String>) -> Self {
        Self {
            text: vec![text.into()],
            class: None,
            span: 1,
        }
    }

    /// A figure, set to the right.
    pub(super) fn number(text: impl Into<String>) -> Self {
        Self::text(text).class("number")
    }

    /// Several lines in one cell.
    pub(super) fn lines(lines: Vec<String>) -> Self {
        Self {
            text: lines,
            class: None,
            span: 1,
        }
    }

    /// The same cell with a class of the style sheet.
    pub(super) const fn class(mut self, class: &'static str) -> Self {
        self.class = Some(class);
        self
    }

    /// The same cell spanning `columns` columns.
    pub(super) const fn span(mut self, columns: u32) -> Self {
        self.span = columns;
        self
    }
}

/// A page being written.
pub(super) struct Page {
    out: String,
    language: Language,
}

impl Page {
    /// A page titled `title` (the browser's tab and the PDF's title) in `language`.
    pub(super) fn new(language: Language, title: &str) -> Self {
        let lang = say(language, "id", "en");
        let mut out = String::with_capacity(16 * 1024);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
            escape(title)
        );
        Self { out, language }
    }

    /// The language of the page.
    pub(super) const fn language(&self) -> Language {
        self.language
    }

    /// The document's title and the line under it.
    pub(super) fn title(&mut self, title: &str, subtitle: &str) {
        let _ = writeln!(self.out, "<h1>{}</h1>", escape(title));
        if !subtitle.is_empty() {
            let _ = writeln!(self.out, "<p class=\"subtitle\">{}</p>", escape(subtitle));
        }
    }

    /// A section heading.
    pub(super) fn heading(&mut self, text: &str) {
        let _ = writeln!(self.out, "<h2>{}</h2>", escape(text));
    }

    /// A heading within a section.
    pub(super) fn subheading(&mut self, text: &str) {
        let _ = writeln!(self.out, "<h3>{}</h3>", escape(text));
    }

    /// A paragraph, with a class of the style sheet if given.
    pub(super) fn paragraph(&mut self, class: Option<&'static str>, text: &str) {
        match class {
            Some(class) => {
                let _ = writeln!(self.out, "<p class=\"{class}\">{}</p>", escape(text));
            }
            None => {
                let _ = writeln!(self.out, "<p>{}</p>", escape(text));
            }
        }
    }

    /// A list of sentences.
    pub(super) fn list<'a>(&mut self, items: impl IntoIterator<Item = &'a String>) {
        self.out.push_str("<ul>\n");
        for item in items {
            let _ = writeln!(self.out, "<li>{}</li>", escape(item));
        }
        self.out.push_str("</ul>\n");
    }

    /// A table of label and value pairs.
    pub(super) fn facts(&mut self, rows: &[(&str, String)]) {
        self.out.push_str("<table class=\"facts\">\n<tbody>\n");
        for (label, value) in rows {
            let _ = writeln!(
                self.out,
                "<tr><td class=\"label\">{}</td><td>{}</td></tr>",
                escape(label),
                escape(value)
            );
        }
        self.out.push_str("</tbody>\n</table>\n");
    }

    /// A table with a heading row (repeated on every page it runs onto).
    pub(super) fn table(&mut self, head: &[Cell], rows: &[Vec<Cell>]) {
        self.out.push_str("<table>\n<thead>\n<tr>");
        for cell in head {
            self.cell("th", cell);
        }
        self.out.push_str("</tr>\n</thead>\n<tbody>\n");
        for row in rows {
            self.out.push_str("<tr>");
            for cell in row {
                self.cell("td", cell);
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
    }

    fn cell(&mut self, tag: &str, cell: &Cell) {
        let _ = write!(self.out, "<{tag}");
        if let Some(class) = cell.class {
            let _ = write!(self.out, " class=\"{class}\"");
        }
        if cell.span > 1 {
            let _ = write!(self.out, " colspan=\"{}\"", cell.span);
        }
        self.out.push('>');
        let lines: Vec<String> = cell.text.iter().map(|line| escape(line)).collect();
        self.out.push_str(&lines.join("<br>"));
        let _ = write!(self.out, "</{tag}>");
    }

    /// A picture with its caption. The SVG goes in as an image's data (base64), so whatever
    /// text a picture holds is shown, never run: a document read back from JSON cannot
    /// carry a script into the page.
    pub(super) fn picture(&mut self, picture: &Picture) {
        let _ = writeln!(
            self.out,
            "<figure><img alt=\"{caption}\" src=\"data:image/svg+xml;base64,{data}\">\
             <figcaption>{caption}</figcaption></figure>",
            caption = escape(&picture.caption),
            data = base64(picture.svg.as_bytes())
        );
    }

    /// Opens the annexes: a section starting on a new page.
    pub(super) fn open_annex(&mut self) {
        self.out.push_str("<section class=\"annex\">\n");
    }

    /// Closes the annexes.
    pub(super) fn close_annex(&mut self) {
        self.out.push_str("</section>\n");
    }

    /// The signature block: `place, date` above the right column, then each signatory's
    /// role, room to sign, name and number.
    pub(super) fn signatures(&mut self, placed: &str, signatories: &[Signatory<'_>]) {
        self.out
            .push_str("<table class=\"signatures\">\n<tbody>\n<tr>");
        let last = signatories.len().saturating_sub(1);
        for (i, _) in signatories.iter().enumerate() {
            let text = if i == last {
                escape(placed)
            } else {
                String::new()
            };
            let _ = write!(self.out, "<td>{text}</td>");
        }
        self.out.push_str("</tr>\n<tr>");
        for signatory in signatories {
            let _ = write!(self.out, "<td>{}</td>", escape(signatory.role));
        }
        self.out.push_str("</tr>\n<tr>");
        for _ in signatories {
            self.out.push_str("<td class=\"space\"></td>");
        }
        self.out.push_str("</tr>\n<tr>");
        for signatory in signatories {
            let _ = write!(
                self.out,
                "<td><span class=\"name\">{}</span><br>{}</td>",
                escape(signatory.name),
                escape(&signatory.number)
            );
        }
        self.out.push_str("</tr>\n</tbody>\n</table>\n");
    }

    /// The finished page.
    pub(super) fn finish(mut self) -> String {
        self.out.push_str("</main>\n</body>\n</html>\n");
        self.out
    }
}

/// One column of a signature block.
pub(super) struct Signatory<'a> {
    /// The role (`Pegawai yang Dinilai`).
    pub(super) role: &'a str,
    /// The name.
    pub(super) name: &'a str,
    /// The number line (`NIP 1985…`).
    pub(super) number: String,
}

/// `bytes` in base64 (RFC 4648, with padding).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let letter =
        |index: u32| char::from(ALPHABET.get((index & 63) as usize).copied().unwrap_or(b'A'));
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let group = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(letter(group >> 18));
        out.push(letter(group >> 12));
        out.push(if chunk.len() > 1 {
            letter(group >> 6)
        } else {
            '='
        });
        out.push(if chunk.len() > 2 { letter(group) } else { '=' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{base64, escape};

    #[test]
    fn escape_leaves_no_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"Budi\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Budi&quot;"
        );
        assert_eq!(escape("Rina Marlina, S.Pd."), "Rina Marlina, S.Pd.");
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn base64_matches_the_rfc_examples() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
    }
}
