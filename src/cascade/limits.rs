//! Size limits of a cascade, so that hostile or mistaken input cannot exhaust memory or time.

use serde::{Deserialize, Serialize};

/// How deep and how large a [`Cascade`](crate::Cascade) may be.
///
/// The defaults (depth 32, 1,000,000 nodes) are far beyond any real agency (a goal, an
/// objective, a programme, an activity, a sub-activity and a dozen levels of reporting) yet
/// small enough to refuse runaway input. Walks are iterative, so raising them is safe.
///
/// ```
/// use kinerja::cascade::CascadeLimits;
/// let limits = CascadeLimits::default().with_max_depth(1_000_000);
/// assert_eq!(limits.max_depth(), 1_000_000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CascadeLimits {
    max_depth: usize,
    max_nodes: usize,
}

crate::objects_only::objects_only!(CascadeLimits);

impl CascadeLimits {
    /// The default maximum depth: a goal is at depth 1.
    pub const DEFAULT_MAX_DEPTH: usize = 32;
    /// The default maximum number of nodes.
    pub const DEFAULT_MAX_NODES: usize = 1_000_000;

    /// The same limits with another maximum depth.
    #[must_use]
    pub const fn with_max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth;
        self
    }

    /// The same limits with another maximum node count.
    #[must_use]
    pub const fn with_max_nodes(mut self, max_nodes: usize) -> Self {
        self.max_nodes = max_nodes;
        self
    }

    /// The deepest a node may sit (a root is at depth 1).
    #[must_use]
    pub const fn max_depth(self) -> usize {
        self.max_depth
    }

    /// The most nodes a cascade may have.
    #[must_use]
    pub const fn max_nodes(self) -> usize {
        self.max_nodes
    }
}

impl Default for CascadeLimits {
    fn default() -> Self {
        Self {
            max_depth: Self::DEFAULT_MAX_DEPTH,
            max_nodes: Self::DEFAULT_MAX_NODES,
        }
    }
}
