//! What a picture refuses to draw.

use crate::id::NodeId;
use crate::label::Language;
use thiserror::Error;

/// A picture that cannot be drawn as asked.
///
/// ```
/// use kinerja::Language;
/// use kinerja::id::NodeId;
/// use kinerja::present::{PictureError, TreeOptions, performance_subtree};
/// let cascade = kinerja::sample::siulak_cascade()?;
/// let missing = NodeId::new("T-9")?;
/// let refused = performance_subtree(&cascade, &missing, &TreeOptions::new(Language::English));
/// assert_eq!(refused, Err(PictureError::UnknownNode { node: missing }));
/// let error = refused.err().ok_or("drawn")?;
/// assert_eq!(error.describe(Language::Indonesian), "simpul `T-9` tidak ada dalam pohon kinerja");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PictureError {
    /// The node a subtree should start from is not in the cascade.
    #[error("node `{node}` is not in the performance tree")]
    UnknownNode {
        /// The node asked for.
        node: NodeId,
    },
    /// Two distribution reports to compare are not of the same team under the same quotas
    /// (calibration never changes either).
    #[error(
        "the reports to compare differ in team or quotas: {before} employees before, {after} after"
    )]
    ReportsDiffer {
        /// The team before.
        before: usize,
        /// The team after.
        after: usize,
    },
}

impl PictureError {
    /// The error in Indonesian or English.
    #[must_use]
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (Self::UnknownNode { node }, Language::Indonesian) => {
                format!("simpul `{node}` tidak ada dalam pohon kinerja")
            }
            (Self::ReportsDiffer { before, after }, Language::Indonesian) => format!(
                "laporan yang dibandingkan berbeda tim atau kuotanya: {before} pegawai sebelum, {after} sesudah"
            ),
            (_, Language::English) => self.to_string(),
        }
    }
}
