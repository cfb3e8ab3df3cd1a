//! Where a problem sits: the node an error names, made precise where serde could not say
//! (a value read through a buffer, a repeated key), the record around it, and whether the
//! error is only the echo of an entry the reader has already left out.

use super::custom::Custom;
use super::error::{At, Cause};
use super::problem::{Concern, Path, Step};
use super::tree::{NodeId, RawStep, Tree, Value};
use super::wrong::Found;
use std::collections::BTreeSet;

/// The path of node `id`.
pub(crate) fn path(tree: &Tree<'_>, id: NodeId) -> Path {
    Path::new(
        tree.steps(id)
            .into_iter()
            .map(|step| match step {
                RawStep::Index(index) => Step::Index(index),
                RawStep::Key(key) => Step::Key(key.to_owned()),
            })
            .collect(),
    )
}

/// The byte offset of a place: the key's opening quote, or the value's first character.
pub(crate) fn offset(tree: &Tree<'_>, at: At) -> usize {
    if at.key {
        if let Some(member) = tree.member_of(at.node) {
            return member.key_at;
        }
    }
    tree.node(at.node).map_or(0, |node| node.at)
}

/// The nodes of the subtree of `id` that are read (not inside a skipped entry), in
/// document order.
fn read_nodes<'s>(
    tree: &'s Tree<'_>,
    skip: &'s BTreeSet<NodeId>,
    id: NodeId,
) -> impl Iterator<Item = NodeId> + 's {
    let end = tree.node(id).map_or(id, |node| node.end);
    let mut next = id;
    std::iter::from_fn(move || {
        while next < end {
            let current = next;
            if current != id && skip.contains(&current) {
                next = tree.node(current).map_or(current + 1, |node| node.end);
                continue;
            }
            next += 1;
            return Some(current);
        }
        None
    })
}

/// The members of object `id` that are read, with the number of each among them (from 1).
fn read_members<'s, 'a>(
    tree: &'s Tree<'a>,
    skip: &'s BTreeSet<NodeId>,
    id: NodeId,
) -> Vec<&'s super::tree::Member<'a>> {
    match tree.value(id) {
        Value::Object(members) => members
            .iter()
            .filter(|member| !skip.contains(&member.value))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a value is what serde found.
pub(crate) fn holds(value: &Value<'_>, found: &Found) -> bool {
    match (value, found) {
        (Value::Null, Found::Null) | (Value::Array(_), Found::List) => true,
        (Value::Object(_), Found::Object) => true,
        (Value::Bool(a), Found::Bool(b)) => a == b,
        (Value::Text(a), Found::Text(b)) => a == b,
        (Value::Number(a), Found::Number(b)) => {
            a == b || matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(x), Ok(y)) if x == y)
        }
        _ => false,
    }
}

/// The place of an error made precise. Serde places most errors itself; a value read
/// through a buffer (an enum tagged inside its object) is placed at the object, and the
/// value at fault is then the first one inside it that shows the error.
pub(crate) fn refine(
    tree: &Tree<'_>,
    skip: &BTreeSet<NodeId>,
    at: At,
    cause: &Cause,
    custom: Option<&Custom<'_>>,
) -> At {
    if at.key {
        return at;
    }
    let value = |id| At {
        node: id,
        key: false,
    };
    let key = |id| At {
        node: id,
        key: true,
    };
    let inside =
        |test: &dyn Fn(NodeId) -> bool| read_nodes(tree, skip, at.node).find(|&id| test(id));
    let keyed = |name: &str| {
        read_nodes(tree, skip, at.node).find(|&id| {
            id != at.node && tree.member_of(id).is_some_and(|member| member.key == name)
        })
    };
    let refined = match (cause, custom) {
        (Cause::UnknownField { field, .. }, _) => keyed(field).map(key),
        (Cause::UnknownVariant { variant, .. }, _) => {
            if tree.text_of(at.node) == Some(variant.as_str()) {
                None
            } else {
                inside(&|id| tree.text_of(id) == Some(variant.as_str()))
                    .map(value)
                    .or_else(|| keyed(variant).map(key))
            }
        }
        (Cause::InvalidType { found, .. } | Cause::InvalidValue { found, .. }, _) => {
            if holds(tree.value(at.node), found) {
                None
            } else {
                inside(&|id| {
                    !matches!(tree.value(id), Value::Array(_) | Value::Object(_))
                        && holds(tree.value(id), found)
                })
                .map(value)
            }
        }
        (Cause::DuplicateField(field), _) => repeated(tree, skip, at.node, |k| k == *field),
        (_, Some(Custom::RepeatedKey { entry })) => read_members(tree, skip, at.node)
            .get(entry.saturating_sub(1))
            .map(|member| key(member.value)),
        (_, Some(Custom::EmployeeNumber)) => tree
            .get(at.node, "number")
            .filter(|&number| !skip.contains(&number))
            .map(value),
        (_, Some(custom)) => custom.text().and_then(|text| {
            if tree.text_of(at.node) == Some(text) {
                None
            } else {
                inside(&|id| tree.text_of(id) == Some(text)).map(value)
            }
        }),
        _ => None,
    };
    refined.unwrap_or(at)
}

/// The second of two read members of `object` (or of an object inside it) whose key passes
/// `test` and repeats.
fn repeated(
    tree: &Tree<'_>,
    skip: &BTreeSet<NodeId>,
    object: NodeId,
    test: impl Fn(&str) -> bool,
) -> Option<At> {
    read_nodes(tree, skip, object).find_map(|id| {
        let members = read_members(tree, skip, id);
        members.iter().enumerate().find_map(|(i, member)| {
            let earlier = members.get(..i).unwrap_or_default();
            (test(&member.key) && earlier.iter().any(|first| first.key == member.key)).then_some(
                At {
                    node: member.value,
                    key: true,
                },
            )
        })
    })
}

/// The line of the first read member of the object holding the member at `at` whose key is
/// the same; none when there is none.
pub(crate) fn first_of_key(tree: &Tree<'_>, skip: &BTreeSet<NodeId>, at: At) -> Option<usize> {
    let member = tree.member_of(at.node)?;
    let (object, _) = tree.node(at.node)?.parent?;
    read_members(tree, skip, object)
        .into_iter()
        .find(|first| first.key == member.key && first.value != at.node)
        .map(|first| tree.line_column(first.key_at).0)
}

/// Whether an error only echoes entries left out: a record missing the field that was
/// left out, or a check over a whole (a type's own check, a length) of which a part was
/// left out. Such an error will show again, if it is real, once those parts are fixed.
pub(crate) fn is_echo(
    tree: &Tree<'_>,
    skip: &BTreeSet<NodeId>,
    at: At,
    cause: &Cause,
    custom: Option<&Custom<'_>>,
) -> bool {
    if at.key {
        return false;
    }
    let end = tree.node(at.node).map_or(at.node, |node| node.end);
    let mut skipped_inside = skip.range(at.node + 1..end);
    match (cause, custom) {
        (Cause::MissingField(field), _) => skipped_inside.any(|&id| {
            tree.member_of(id)
                .is_some_and(|member| member.key == *field)
        }),
        (_, Some(Custom::RepeatedKey { .. })) => false,
        (Cause::Custom { .. } | Cause::InvalidLength { .. }, _) => skipped_inside.next().is_some(),
        _ => false,
    }
}

/// The records the node at `at` sits in: the `employee`, `indicator` or `id` beside it in
/// the nearest object around it that has one (not the field at fault itself).
pub(crate) fn concerns(tree: &Tree<'_>, at: At) -> Vec<Concern> {
    for object in tree.ancestors(at.node) {
        if !matches!(tree.value(object), Value::Object(_)) {
            continue;
        }
        let beside = |name: &str| {
            tree.get(object, name)
                .filter(|&field| !tree.contains(field, at.node))
        };
        let mut found = Vec::new();
        if let Some(employee) = beside("employee") {
            let number = tree
                .get(employee, "number")
                .and_then(|number| tree.text_of(number))
                .or_else(|| tree.text_of(employee));
            if let Some(number) = number {
                found.push(Concern::Employee(number.to_owned()));
            }
        }
        if let Some(indicator) = beside("indicator").and_then(|id| tree.text_of(id)) {
            found.push(Concern::Indicator(indicator.to_owned()));
        }
        if let Some(id) = beside("id").and_then(|id| tree.text_of(id)) {
            found.push(Concern::Record(id.to_owned()));
        }
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}
