//! Reading a document as a type, finding every problem that can be found: each pass reads
//! the whole document; a problem found leaves out the entry (an array's element, an
//! object's member) it sits in, and the next pass reads on past it. An error that only
//! echoes an entry left out (the record now misses that field, a total now lacks that
//! part) is not a problem of its own: it leaves out the entry around it in turn, so that
//! the elements after it are read too.

use super::custom::Custom;
use super::de::{NodeDe, Reader};
use super::error::{At, Cause};
use super::explain;
use super::parse::parse;
use super::place;
use super::problem::{ReadProblem, ReadProblems};
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;

/// The most problems one read lists; past them, [`ReadProblems::is_complete`] is `false`.
pub const MAX_PROBLEMS: usize = 100;

/// The most passes one read makes: each leaves out one more entry, and a problem takes one
/// pass and a few more for the records around it.
const MAX_PASSES: usize = 8 * MAX_PROBLEMS;

/// Reads `text` as a `T`, or every problem found in it.
pub(crate) fn read<T: DeserializeOwned>(text: &str) -> Result<T, ReadProblems> {
    let tree = match parse(text) {
        Ok(tree) => tree,
        Err(failure) => {
            return Err(ReadProblems::new(
                vec![explain::syntax(text, failure)],
                true,
            ));
        }
    };
    let mut skip = BTreeSet::new();
    let mut problems: Vec<ReadProblem> = Vec::new();
    let mut complete = false;
    for _ in 0..MAX_PASSES {
        let reader = Reader {
            tree: &tree,
            skip: &skip,
        };
        let error = match T::deserialize(NodeDe::root(reader)) {
            Ok(value) if problems.is_empty() => return Ok(value),
            Ok(_) => {
                complete = true;
                break;
            }
            Err(error) => error,
        };
        let custom = match &error.cause {
            Cause::Custom {
                message, source, ..
            } => Some(Custom::of(message, source)),
            _ => None,
        };
        let at = error.at.unwrap_or(At {
            node: 0,
            key: false,
        });
        let at = place::refine(&tree, &skip, at, &error.cause, custom.as_ref());
        if !place::is_echo(&tree, &skip, at, &error.cause, custom.as_ref()) {
            problems.push(explain::problem(&tree, &skip, at, &error, custom.as_ref()));
        }
        let is_root = tree.node(at.node).is_none_or(|node| node.parent.is_none());
        if is_root || !skip.insert(at.node) {
            complete = true;
            break;
        }
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
    }
    problems.sort_by_key(|problem| (problem.line(), problem.column()));
    Err(ReadProblems::new(problems, complete))
}
