//! The parsed document: every value a node in one vector, in document order, each knowing
//! where it starts in the text, its parent and the end of its subtree.
//!
//! Nodes are numbered in pre-order, so a node's subtree is the run of numbers from the node
//! to its `end`: "is this inside that" is two comparisons, and a path is found by walking
//! the parents. Text without escapes is borrowed from the document.

use std::borrow::Cow;

/// The number of a node: its place in [`Tree::nodes`], in document order.
pub(crate) type NodeId = usize;

/// A parsed JSON document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tree<'a> {
    /// The document's text.
    pub(crate) text: &'a str,
    /// Every value, the root first, in pre-order.
    pub(crate) nodes: Vec<Node<'a>>,
}

/// One value of the document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node<'a> {
    /// The byte offset of its first character.
    pub(crate) at: usize,
    /// The container holding it, and its place there (an array's index, an object's
    /// member); none for the root.
    pub(crate) parent: Option<(NodeId, usize)>,
    /// One past the last node of its subtree.
    pub(crate) end: NodeId,
    /// The value.
    pub(crate) value: Value<'a>,
}

/// A JSON value, its children by number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (its grammar checked).
    Number(&'a str),
    /// A string, its escapes resolved.
    Text(Cow<'a, str>),
    /// An array's elements.
    Array(Vec<NodeId>),
    /// An object's members, in the order written (repeated keys kept).
    Object(Vec<Member<'a>>),
}

/// One member of an object.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Member<'a> {
    /// The key, its escapes resolved.
    pub(crate) key: Cow<'a, str>,
    /// The byte offset of the key's opening quote.
    pub(crate) key_at: usize,
    /// The value.
    pub(crate) value: NodeId,
}

/// One step of a path inside a tree: an array's index or an object's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawStep<'t> {
    /// An element of an array.
    Index(usize),
    /// A member of an object.
    Key(&'t str),
}

impl<'a> Tree<'a> {
    /// The node numbered `id`.
    pub(crate) fn node(&self, id: NodeId) -> Option<&Node<'a>> {
        self.nodes.get(id)
    }

    /// The value of node `id` (`null` for a number the tree does not hold).
    pub(crate) fn value(&self, id: NodeId) -> &Value<'a> {
        self.node(id).map_or(&Value::Null, |node| &node.value)
    }

    /// Whether `inner` lies in the subtree of `outer` (a node lies in its own).
    pub(crate) fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        self.node(outer)
            .is_some_and(|node| outer <= inner && inner < node.end)
    }

    /// The member of an object whose value is node `id`.
    pub(crate) fn member_of(&self, id: NodeId) -> Option<&Member<'a>> {
        let (parent, slot) = self.node(id)?.parent?;
        match self.value(parent) {
            Value::Object(members) => members.get(slot),
            _ => None,
        }
    }

    /// The steps from the root to node `id`.
    pub(crate) fn steps(&self, id: NodeId) -> Vec<RawStep<'_>> {
        let mut steps = Vec::new();
        let mut current = id;
        while let Some((parent, slot)) = self.node(current).and_then(|node| node.parent) {
            steps.push(match self.value(parent) {
                Value::Object(members) => {
                    RawStep::Key(members.get(slot).map_or("", |member| member.key.as_ref()))
                }
                _ => RawStep::Index(slot),
            });
            current = parent;
        }
        steps.reverse();
        steps
    }

    /// Node `id` and the containers around it, innermost first.
    pub(crate) fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(id), move |&current| {
            self.node(current)
                .and_then(|node| node.parent)
                .map(|(parent, _)| parent)
        })
    }

    /// The value of the member `key` of the object `id`, when it is one and has it.
    pub(crate) fn get(&self, id: NodeId, key: &str) -> Option<NodeId> {
        match self.value(id) {
            Value::Object(members) => members
                .iter()
                .find(|member| member.key == key)
                .map(|member| member.value),
            _ => None,
        }
    }

    /// The text of node `id`, when it is a string.
    pub(crate) fn text_of(&self, id: NodeId) -> Option<&str> {
        match self.value(id) {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The line and column (both from 1; the column counts characters) of byte `offset`.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        line_column(self.text, offset)
    }
}

/// The line and column (both from 1; the column counts characters) of byte `offset` of
/// `text`; the end of the text for an offset past it.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before.get(start..).unwrap_or_default().chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::line_column;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let text = "{\n  \"é\": 1,\n  \"b\": 2\n}";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 2), (2, 1));
        let one = text.find('1').unwrap_or_default();
        // `  "é": ` is seven characters but eight bytes.
        assert_eq!(line_column(text, one), (2, 8));
        assert_eq!(line_column(text, text.len() + 5), (4, 2));
    }
}
