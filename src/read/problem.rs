//! A problem found in reading a document: its place (line, column, path), the record it
//! concerns, what is wrong and how to fix it, in Indonesian and English.

use super::hint::Hint;
use super::wrong::{Wrong, shown};
use crate::label::Language;
use std::fmt;

/// One step of a [`Path`]: an array's element or an object's member.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    /// The element at this index (from 0).
    Index(usize),
    /// The member with this key.
    Key(String),
}

/// Where a value sits in a document: the keys and indices from the top, written
/// `employees[3].behaviour.2026-Q1[2].rating` (indices from 0; a key that holds other than
/// letters, digits, `_` and `-` is written `["DIK.SD"]`).
///
/// ```
/// use kinerja::read::{Path, Step};
/// let path = Path::new(vec![
///     Step::Key("employees".into()),
///     Step::Index(3),
///     Step::Key("2026-Q1".into()),
///     Step::Key("DIK.SD".into()),
/// ]);
/// assert_eq!(path.to_string(), r#"employees[3].2026-Q1["DIK.SD"]"#);
/// assert!(Path::default().is_root());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Step>);

impl Path {
    /// The path of these steps.
    #[must_use]
    pub const fn new(steps: Vec<Step>) -> Self {
        Self(steps)
    }

    /// The steps, from the top.
    #[must_use]
    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    /// Whether this is the whole document.
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Index(index) => write!(f, "[{index}]")?,
                Step::Key(key)
                    if !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-')) =>
                {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Step::Key(key) => write!(f, "[\"{}\"]", key.escape_default())?,
            }
        }
        Ok(())
    }
}

/// The record a problem sits in, found beside it in the document (a sibling field
/// `employee`, `indicator` or `id` of an object around it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Concern {
    /// An employee, by the digits of their number (NIP or NI PPPK).
    Employee(String),
    /// An indicator, by its id.
    Indicator(String),
    /// A record with an id (a node of the cascade, a unit, a position, a competency …).
    Record(String),
}

impl Concern {
    /// The record in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (Self::Employee(number), Language::Indonesian) => format!("pegawai {}", shown(number)),
            (Self::Employee(number), Language::English) => format!("employee {}", shown(number)),
            (Self::Indicator(id), Language::Indonesian) => format!("indikator {}", shown(id)),
            (Self::Indicator(id), Language::English) => format!("indicator {}", shown(id)),
            (Self::Record(id), _) => format!("id {}", shown(id)),
        }
    }
}

/// One problem in reading a document.
///
/// ```
/// use kinerja::Language;
/// use kinerja::read::{Wrong, read};
/// use kinerja::evaluation::Rating;
/// let problems = read::<Vec<Rating>>("[\"meets\",\n \"meet\"]").unwrap_err();
/// let problem = &problems.problems()[0];
/// assert_eq!((problem.line(), problem.column()), (2, 2));
/// assert_eq!(problem.path().to_string(), "[1]");
/// assert!(matches!(problem.wrong(), Wrong::UnknownValue { .. }));
/// assert_eq!(
///     problem.describe(Language::English),
///     "line 2, column 2, at [1]: unknown value `meet`; accepted: `below`, `meets`, `above`; did you mean `meets`?"
/// );
/// assert_eq!(
///     problem.describe(Language::Indonesian),
///     "baris 2, kolom 2, di [1]: nilai `meet` tidak dikenal; yang diterima: `below`, `meets`, `above`; maksudnya `meets`?"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadProblem {
    line: usize,
    column: usize,
    path: Path,
    concerns: Vec<Concern>,
    wrong: Wrong,
    hints: Vec<Hint>,
}

impl ReadProblem {
    pub(crate) const fn new(
        (line, column): (usize, usize),
        path: Path,
        concerns: Vec<Concern>,
        wrong: Wrong,
        hints: Vec<Hint>,
    ) -> Self {
        Self {
            line,
            column,
            path,
            concerns,
            wrong,
            hints,
        }
    }

    /// The line of the problem's place, from 1.
    #[must_use]
    pub const fn line(&self) -> usize {
        self.line
    }

    /// The column of the problem's place, from 1, counting characters.
    #[must_use]
    pub const fn column(&self) -> usize {
        self.column
    }

    /// The path to the value (or the key) at fault; for a mistake of JSON itself, to the
    /// value being read.
    #[must_use]
    pub const fn path(&self) -> &Path {
        &self.path
    }

    /// The records it sits in (an employee, an indicator, an id), nearest first; empty when
    /// the document does not show one.
    #[must_use]
    pub fn concerns(&self) -> &[Concern] {
        &self.concerns
    }

    /// What is wrong.
    #[must_use]
    pub const fn wrong(&self) -> &Wrong {
        &self.wrong
    }

    /// How to fix it, as far as the document shows (possibly nothing).
    #[must_use]
    pub fn hints(&self) -> &[Hint] {
        &self.hints
    }

    /// The problem in Indonesian or English: the place, the record, what is wrong and the
    /// hints, on one line.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let mut out = match language {
            Language::Indonesian => format!("baris {}, kolom {}", self.line, self.column),
            Language::English => format!("line {}, column {}", self.line, self.column),
        };
        if !self.path.is_root() {
            let at = match language {
                Language::Indonesian => "di",
                Language::English => "at",
            };
            out.push_str(&format!(", {at} {}", shown(&self.path.to_string())));
        }
        if !self.concerns.is_empty() {
            let concerns: Vec<String> = self
                .concerns
                .iter()
                .map(|concern| concern.describe(language))
                .collect();
            out.push_str(&format!(" ({})", concerns.join(", ")));
        }
        out.push_str(": ");
        out.push_str(&self.wrong.describe(language));
        for hint in &self.hints {
            out.push_str("; ");
            out.push_str(&hint.describe(language));
        }
        out
    }
}

impl fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// Every problem found in reading a document (never empty), in the order of the text.
///
/// A document that is not JSON has one problem, the first mistake in it. A JSON document
/// that does not fit the type has every problem that can be found without guessing: each
/// element of a list and each field of a record is read on its own, so a mistake in one
/// does not hide a mistake in another; a rule that spans several values (a total, a
/// reference) is checked once the values it spans read without a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadProblems {
    problems: Vec<ReadProblem>,
    complete: bool,
}

impl ReadProblems {
    pub(crate) const fn new(problems: Vec<ReadProblem>, complete: bool) -> Self {
        Self { problems, complete }
    }

    /// The problems, in the order of the text.
    #[must_use]
    pub fn problems(&self) -> &[ReadProblem] {
        &self.problems
    }

    /// Whether every problem found is listed: `false` when the reader stopped at
    /// [`MAX_PROBLEMS`](super::MAX_PROBLEMS).
    #[must_use]
    pub const fn is_complete(&self) -> bool {
        self.complete
    }

    /// Every problem, one per line, in `language`.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            out.push_str(&problem.describe(language));
            out.push('\n');
        }
        if !self.complete {
            out.push_str(match language {
                Language::Indonesian => {
                    "(masih ada masalah lain; perbaiki yang di atas lalu baca ulang)\n"
                }
                Language::English => "(there are more problems; fix these and read again)\n",
            });
        }
        out
    }
}

impl fmt::Display for ReadProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s) in the document", self.problems.len())?;
        for problem in &self.problems {
            write!(f, "\n- {problem}")?;
        }
        if !self.complete {
            f.write_str("\n(there are more problems; fix these and read again)")?;
        }
        Ok(())
    }
}

impl std::error::Error for ReadProblems {}
