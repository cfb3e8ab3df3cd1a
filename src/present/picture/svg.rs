//! A small SVG writer: integer pixel coordinates (so a picture is the same bytes on every
//! machine), text escaped, one element per line.

use std::fmt::Write;

/// The font every picture uses: one that Indonesian and English both read well, with
/// fallbacks a browser has.
const FONT: &str = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/// An SVG document being written.
pub(super) struct Svg {
    out: String,
}

/// How a text sits on its point.
#[derive(Clone, Copy)]
pub(super) enum Anchor {
    Start,
    Middle,
    End,
}

/// The look of a piece of text.
#[derive(Clone, Copy)]
pub(super) struct Font {
    pub(super) size: u32,
    pub(super) bold: bool,
    pub(super) colour: &'static str,
    pub(super) anchor: Anchor,
}

impl Font {
    pub(super) const fn plain(size: u32) -> Self {
        Self {
            size,
            bold: false,
            colour: INK,
            anchor: Anchor::Start,
        }
    }

    pub(super) const fn bold(self) -> Self {
        Self { bold: true, ..self }
    }

    pub(super) const fn centred(self) -> Self {
        Self {
            anchor: Anchor::Middle,
            ..self
        }
    }

    pub(super) const fn right(self) -> Self {
        Self {
            anchor: Anchor::End,
            ..self
        }
    }

    pub(super) const fn colour(self, colour: &'static str) -> Self {
        Self { colour, ..self }
    }
}

/// Text and lines.
pub(super) const INK: &str = "#1f2933";
/// Secondary text, axes and grid lines.
pub(super) const MUTED: &str = "#616e7c";
/// Light rules and empty cells.
pub(super) const RULE: &str = "#d9e2ec";
/// A figure that meets its mark.
pub(super) const GOOD: &str = "#2f855a";
/// A figure that misses its mark.
pub(super) const BAD: &str = "#c53030";
/// The main colour of bars.
pub(super) const BAR: &str = "#3182ce";
/// The colour of bars drawn before a change, beside [`BAR`] after it.
pub(super) const BAR_BEFORE: &str = "#a0aec0";
/// The height of a line of a legend.
pub(super) const LEGEND_LINE: i64 = 20;

/// A mark a legend explains.
#[derive(Clone, Copy)]
pub(super) enum Mark {
    /// A filled square: a colour of boxes or bars.
    Swatch(&'static str),
    /// A line, solid or dashed.
    Line { colour: &'static str, dashed: bool },
    /// A dashed outline with nothing inside: something missing.
    Missing(&'static str),
}

/// How many lines [`Svg::legend`] takes for `items` between `left` and `right`.
pub(super) fn legend_lines(items: &[(Mark, String)], left: i64, right: i64) -> i64 {
    let mut x = left;
    let mut lines = 1;
    for (_, words) in items {
        let span = legend_span(words);
        if x > left && x + span > right {
            x = left;
            lines += 1;
        }
        x += span;
    }
    lines
}

/// The room a legend's item takes: its mark, its words and a gap.
fn legend_span(words: &str) -> i64 {
    24_i64
        .saturating_add(text_width(words, 12))
        .saturating_add(18)
}

/// About how many pixels `text` takes at `size` in the pictures' font: wide enough for
/// most text in a sans-serif face (0.6 of the size a character), to lay out legends and
/// keep names within their boxes.
pub(super) fn text_width(text: &str, size: u32) -> i64 {
    let chars = i64::try_from(text.chars().count()).unwrap_or(i64::MAX / 16);
    chars.saturating_mul(i64::from(size)).saturating_mul(6) / 10
}

impl Svg {
    /// A picture of `width` × `height` pixels with a title for screen readers.
    pub(super) fn new(width: u32, height: u32, title: &str) -> Self {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" role=\"img\" font-family=\"{FONT}\">"
        );
        let _ = writeln!(out, "<title>{}</title>", escape(title));
        let _ = writeln!(
            out,
            "<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>"
        );
        Self { out }
    }

    /// A rectangle; `stroke` none draws no outline.
    pub(super) fn rect(
        &mut self,
        at: (i64, i64),
        size: (i64, i64),
        fill: &str,
        stroke: Option<&str>,
    ) {
        let (x, y) = at;
        let (w, h) = (size.0.max(0), size.1.max(0));
        let stroke = stroke.map_or_else(String::new, |s| format!(" stroke=\"{s}\""));
        let _ = writeln!(
            self.out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"3\" fill=\"{fill}\"{stroke}/>"
        );
    }

    /// A straight line; `dashed` for the lighter kind of link or mark.
    pub(super) fn line(
        &mut self,
        from: (i64, i64),
        to: (i64, i64),
        colour: &str,
        width: u32,
        dashed: bool,
    ) {
        self.polyline(&[from, to], colour, width, dashed);
    }

    /// A path of straight segments through `points`.
    pub(super) fn polyline(
        &mut self,
        points: &[(i64, i64)],
        colour: &str,
        width: u32,
        dashed: bool,
    ) {
        let dash = if dashed {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        let list: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
        let _ = writeln!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{dash}/>",
            list.join(" ")
        );
    }

    /// One line of text at `at` (its baseline).
    pub(super) fn text(&mut self, at: (i64, i64), font: Font, content: &str) {
        let anchor = match font.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let weight = if font.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\" text-anchor=\"{anchor}\"{weight}>{}</text>",
            at.0,
            at.1,
            font.size,
            font.colour,
            escape(content)
        );
    }

    /// Text turned a quarter to the left, for a vertical axis.
    pub(super) fn vertical_text(&mut self, at: (i64, i64), font: Font, content: &str) {
        let weight = if font.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            self.out,
            "<text x=\"{0}\" y=\"{1}\" font-size=\"{2}\" fill=\"{3}\" text-anchor=\"middle\" \
             transform=\"rotate(-90 {0} {1})\"{weight}>{4}</text>",
            at.0,
            at.1,
            font.size,
            font.colour,
            escape(content)
        );
    }

    /// A rectangle outlined with a dashed line and no fill: the mark of something missing.
    pub(super) fn dashed_rect(&mut self, at: (i64, i64), size: (i64, i64), colour: &str) {
        let (x, y) = at;
        let (w, h) = (size.0.max(0), size.1.max(0));
        let _ = writeln!(
            self.out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"3\" fill=\"none\" \
             stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
        );
    }

    /// One line of text at `at`, squeezed to `width` pixels when it would run longer (the
    /// text is kept whole: a name is never cut).
    pub(super) fn text_within(&mut self, at: (i64, i64), font: Font, width: i64, content: &str) {
        if text_width(content, font.size) <= width {
            self.text(at, font, content);
            return;
        }
        let anchor = match font.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let weight = if font.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\" text-anchor=\"{anchor}\" \
             textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"{weight}>{}</text>",
            at.0,
            at.1,
            font.size,
            font.colour,
            width.max(1),
            escape(content)
        );
    }

    /// Opens a group of elements with a title a browser shows on hover (the whole text of
    /// something drawn shortened); [`Svg::end_group`] closes it.
    pub(super) fn group(&mut self, title: &str) {
        let _ = writeln!(self.out, "<g>");
        let _ = writeln!(self.out, "<title>{}</title>", escape(title));
    }

    /// Closes the group [`Svg::group`] opened.
    pub(super) fn end_group(&mut self) {
        self.out.push_str("</g>\n");
    }

    /// A legend: each mark and its words side by side from `at`, onto a new line where the
    /// next would pass `right`. Returns the y of the line after the legend's last.
    pub(super) fn legend(&mut self, at: (i64, i64), right: i64, items: &[(Mark, String)]) -> i64 {
        let (left, mut y) = at;
        let mut x = left;
        for (mark, words) in items {
            let span = legend_span(words);
            if x > left && x + span > right {
                x = left;
                y += LEGEND_LINE;
            }
            match *mark {
                Mark::Swatch(fill) => self.rect((x, y - 11), (14, 14), fill, Some(MUTED)),
                Mark::Line { colour, dashed } => {
                    self.line((x, y - 4), (x + 18, y - 4), colour, 3, dashed);
                }
                Mark::Missing(colour) => self.dashed_rect((x, y - 11), (14, 14), colour),
            }
            self.text((x + 24, y), Font::plain(12).colour(INK), words);
            x += span;
        }
        y + LEGEND_LINE
    }

    /// The finished document.
    pub(super) fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

/// Text made safe for SVG: markup characters escaped, and control characters (which XML
/// forbids) and line breaks written as spaces.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FFFE}' | '\u{FFFF}') =>
            {
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` broken into at most `lines` lines of at most `width` characters, at spaces where
/// it can; the last line ends in an ellipsis when the text does not fit.
pub(super) fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut cut = false;
    for word in text.split_whitespace() {
        let word: String = word.chars().take(width).collect();
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if needed > width && !current.is_empty() {
            out.push(std::mem::take(&mut current));
            if out.len() == lines {
                cut = true;
                break;
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !cut && !current.is_empty() {
        out.push(current);
    }
    if cut {
        if let Some(last) = out.last_mut() {
            let kept: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    out
}

/// A picture's side in pixels (the layouts here are positive; a negative one is empty).
pub(super) fn dimension(pixels: i64) -> u32 {
    u32::try_from(pixels).unwrap_or(0)
}

/// A label with its first letter in capitals, for the head of an axis.
pub(super) fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
