//! The nine-box placement explained: both axes with their scores and cut points, the box
//! and its name, and the recommended actions, in Indonesian or English.

use super::talent::{AxisPlacement, Placement};
use crate::label::{Labelled, Language};
use crate::scoring::figures::{interval_words, short};
use rust_decimal::Decimal;
use std::fmt::Write;

impl<L: Labelled + PartialEq> AxisPlacement<L> {
    /// `Kinerja 95: Sesuai Ekspektasi (90 sampai di bawah 110); batas: …`.
    fn render(&self, axis: &str, placed: &L, language: Language) -> String {
        let figure = |v: Decimal| short(v, language);
        let interval = self
            .bands
            .bands()
            .iter()
            .find(|band| band.label == *placed)
            .map(|band| interval_words(band.lower, band.upper, figure, language));
        let cuts: Vec<String> = self
            .bands
            .bands()
            .iter()
            .map(|band| {
                format!(
                    "{} {}",
                    band.label.label(language),
                    interval_words(band.lower, band.upper, figure, language)
                )
            })
            .collect();
        let mut out = format!(
            "{axis} {}: {}",
            short(self.score, language),
            placed.label(language)
        );
        if let Some(interval) = interval {
            let _ = write!(out, " ({interval})");
        }
        let cut_word = match language {
            Language::Indonesian => "batas sumbu",
            Language::English => "the axis's cut points",
        };
        let _ = write!(out, "; {cut_word}: {}", cuts.join(", "));
        out
    }
}

impl Placement {
    /// The box's name: its two axes, `kinerja Sesuai Ekspektasi, potensi tinggi`
    /// (PermenPANRB 3/2020 names each box by its row and column).
    #[must_use]
    pub fn box_name(&self, language: Language) -> String {
        match language {
            Language::Indonesian => format!(
                "kinerja {}, potensi {}",
                self.performance.label(language),
                self.potential.label(language)
            ),
            Language::English => format!(
                "performance {}, potential {}",
                self.performance.label(language),
                self.potential.label(language)
            ),
        }
    }

    /// The placement as text, one line per fact, in `language`: the box with its number and
    /// name, each axis with its score, band and cut points (when the placement carries
    /// them), and the recommended actions.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::Language;
    /// use kinerja::evaluation::NineBoxRules;
    /// use kinerja::Decimal;
    /// let placed = NineBoxRules::default().place(Decimal::from(95), Decimal::from(90))?;
    /// let text = placed.render(Language::Indonesian);
    /// assert!(text.starts_with("Kotak talenta 8: kinerja Sesuai Ekspektasi, potensi tinggi\n"));
    /// assert!(text.contains("Potensi 90: tinggi (85 atau lebih)"));
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn render(&self, language: Language) -> String {
        let indonesian = language == Language::Indonesian;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} {}: {}",
            if indonesian {
                "Kotak talenta"
            } else {
                "Nine-box box"
            },
            self.box_number,
            self.box_name(language)
        );
        if let Some(axes) = &self.axes {
            let (performance, potential) = if indonesian {
                ("Kinerja", "Potensi")
            } else {
                ("Performance", "Potential")
            };
            let _ = writeln!(
                out,
                "- {}",
                axes.performance
                    .render(performance, &self.performance, language)
            );
            let _ = writeln!(
                out,
                "- {}",
                axes.potential.render(potential, &self.potential, language)
            );
        }
        let actions: Vec<&str> = self.actions.iter().map(|a| a.label(language)).collect();
        let none = if indonesian { "tidak ada" } else { "none" };
        let _ = writeln!(
            out,
            "{}: {}",
            if indonesian {
                "Rekomendasi"
            } else {
                "Recommended"
            },
            if actions.is_empty() {
                none.to_owned()
            } else {
                actions.join(", ")
            }
        );
        out
    }
}
