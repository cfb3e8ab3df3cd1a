//! One reader for every document: JSON text to any input type of the crate, with every
//! problem found told by its place, the record it concerns, what is wrong and how to fix
//! it, in Indonesian and English. Start with [`read`] (the example below).
//!
//! [`read`] takes the text of a document and gives the value, or [`ReadProblems`]. It reads
//! exactly what `serde_json::from_str` reads, to the same value, but where serde stops at
//! the first error in English only, the reader
//!
//! - places each problem by line and column and by its [`Path`] in the document
//!   (`[3].behaviour.2026-Q1[2].rating`), and names the employee, indicator or id of the
//!   record around it;
//! - reads each element of a list and each field of a record on its own, so that mistakes
//!   in several of them are all reported at once (the read still fails as a whole: nothing
//!   half-read is returned);
//! - says what is wrong as a typed [`Wrong`], and how to fix it as [`Hint`]s drawn from the
//!   offending text: a decimal written `91,5` ("tulis 91.5"), thousands separators
//!   (`1.200.000`), a percent sign (`50%`), a number where text is expected ("tulis sebagai
//!   teks, dalam tanda kutip"), an employee number with spaces ("hapus spasi"), a name one
//!   letter off an accepted one (`meet` → `meets`), the fields a record accepts.
//!
//! The parser is the crate's own and strict (RFC 8259: no trailing comma, no comment, no
//! single quote), and bounded: arrays and objects nest at most [`MAX_DEPTH`] deep, so no
//! text overflows the stack. The library itself has no JSON dependency.
//!
//! ```
//! use kinerja::Language;
//! use kinerja::measure::Realisation;
//! let text = r#"[
//!   {"indicator": "IKI-SEK-1", "period": "2026-Q1", "value": "91,5"},
//!   {"indicator": "IKI-SEK-1", "period": "2026-Q2", "value": "50%"}
//! ]"#;
//! let problems = kinerja::read::read::<Vec<Realisation>>(text).unwrap_err();
//! let told: Vec<String> = problems
//!     .problems()
//!     .iter()
//!     .map(|problem| problem.describe(Language::Indonesian))
//!     .collect();
//! assert_eq!(told, [
//!     "baris 2, kolom 60, di [0].value (indikator IKI-SEK-1): \"91,5\" bukan angka desimal yang tepat; \
//!      tulis 91.5 (titik sebagai pemisah desimal, bukan koma)",
//!     "baris 3, kolom 60, di [1].value (indikator IKI-SEK-1): \"50%\" bukan angka desimal yang tepat; \
//!      tulis 50 (tanpa tanda %, karena angkanya sudah persen)",
//! ]);
//!
//! // The same document written right reads as serde_json reads it.
//! let fixed = text.replace("91,5", "91.5").replace("50%", "50");
//! let read: Vec<Realisation> = kinerja::read::read(&fixed)?;
//! assert_eq!(read, serde_json::from_str::<Vec<Realisation>>(&fixed)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! For an embedder's own documents, [`UniqueMap`] and [`deserialize_unique`] read maps that
//! refuse a repeated key, as the crate's own documents do.

mod custom;
mod de;
mod error;
mod explain;
mod hint;
mod number;
mod parse;
mod passes;
mod place;
mod problem;
mod tree;
mod wrong;

pub use crate::unique_map::{UniqueMap, deserialize_unique};
pub use hint::{FigureFix, Hint};
pub use parse::MAX_DEPTH;
pub use passes::MAX_PROBLEMS;
pub use problem::{Concern, Path, ReadProblem, ReadProblems, Step};
pub use wrong::{Expected, Found, SyntaxError, Token, Wrong};

/// Reads the JSON document `text` as a `T`: any input type of the crate, or any type that
/// implements serde's `Deserialize`.
///
/// The value is the one `serde_json::from_str` gives for the same text.
///
/// ```
/// use kinerja::Agency;
/// # let text = serde_json::to_string(kinerja::sample::siulak_cascade()?.agency())?;
/// let agency: Agency = kinerja::read::read(&text)?;
/// assert_eq!(agency.name(), "Dinas Pendidikan Siulak");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ReadProblems`] when the text is not JSON (its first mistake), or does not fit `T`
/// (every problem found, at most [`MAX_PROBLEMS`]).
pub fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ReadProblems> {
    passes::read(text)
}

/// The line and column (both from 1; the column counts characters) where the value at
/// `path` starts in the JSON document `text`: to place a problem found after reading (a
/// record check that names a realisation or an employee) in the file it came from.
///
/// ```
/// use kinerja::read::{Path, Step, locate};
/// let text = "[\n  {\"indicator\": \"IKI-1\"},\n  {\"indicator\": \"IKI-2\"}\n]";
/// let second = Path::new(vec![Step::Index(1), Step::Key("indicator".into())]);
/// assert_eq!(locate(text, &second), Some((3, 17)));
/// assert_eq!(locate(text, &Path::new(vec![Step::Index(2)])), None);
/// assert_eq!(locate("[1,", &Path::default()), None);
/// ```
#[must_use]
pub fn locate(text: &str, path: &Path) -> Option<(usize, usize)> {
    let tree = parse::parse(text).ok()?;
    let mut node = 0;
    for step in path.steps() {
        node = match (tree.value(node), step) {
            (tree::Value::Array(items), Step::Index(index)) => *items.get(*index)?,
            (tree::Value::Object(_), Step::Key(key)) => tree.get(node, key)?,
            _ => return None,
        };
    }
    tree.node(node).map(|found| tree.line_column(found.at))
}
