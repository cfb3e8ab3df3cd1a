//! Fallbacks for states the crate's own checks rule out.
//!
//! Library code may not panic on any input, so a look-up the checks guarantee still needs a
//! fallback. The fallback keeps release builds total; in a debug build (every test run) a
//! broken invariant stops at once instead of hiding behind the fallback.

/// An `Option` that the crate's invariants say is always `Some`.
pub(crate) trait Invariant<T> {
    /// The value; `fallback` (and a failed `debug_assert!` naming `invariant`) when absent.
    fn or_invariant(self, fallback: T, invariant: &'static str) -> T;
}

impl<T> Invariant<T> for Option<T> {
    fn or_invariant(self, fallback: T, invariant: &'static str) -> T {
        debug_assert!(self.is_some(), "broken invariant: {invariant}");
        self.unwrap_or(fallback)
    }
}
