//! Iterative walks over parent-pointer forests (unit hierarchies, reporting lines, the
//! cascade). No recursion anywhere, so a million-deep chain cannot overflow the stack.

/// Depth of every item (a root has depth 1), or an item on a cycle.
///
/// `parents[i]` is the index of item `i`'s parent; `items` and `parents` have the same
/// length. Indices out of range are treated as roots; callers resolve references before
/// calling. On a cycle, the error is the item with the smallest index on the first cycle met
/// when scanning in index order, so the answer depends only on the (sorted) input.
pub(crate) fn depths<'a, T>(
    items: &'a [T],
    parents: &[Option<usize>],
) -> Result<Vec<usize>, &'a T> {
    const UNSEEN: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let count = parents.len();
    let mut state = vec![UNSEEN; count];
    let mut depth = vec![0_usize; count];
    let mut path = Vec::new();
    for start in 0..count {
        if state.get(start) == Some(&DONE) {
            continue;
        }
        path.clear();
        let mut current = Some(start);
        let mut base = 0;
        while let Some(node) = current {
            match state.get(node).copied() {
                Some(DONE) => {
                    base = depth.get(node).copied().unwrap_or(0);
                    break;
                }
                Some(ON_PATH) => {
                    let from = path.iter().position(|&n| n == node).unwrap_or(0);
                    let smallest = path.get(from..).and_then(|c| c.iter().min().copied());
                    if let Some(item) = smallest.and_then(|i| items.get(i)) {
                        return Err(item);
                    }
                    break;
                }
                Some(_) => {
                    if let Some(s) = state.get_mut(node) {
                        *s = ON_PATH;
                    }
                    path.push(node);
                    current = parents.get(node).copied().flatten();
                }
                None => break,
            }
        }
        for &node in path.iter().rev() {
            base += 1;
            if let (Some(d), Some(s)) = (depth.get_mut(node), state.get_mut(node)) {
                *d = base;
                *s = DONE;
            }
        }
    }
    Ok(depth)
}

#[cfg(test)]
mod tests {
    use super::depths;

    const NAMES: [&str; 4] = ["a", "b", "c", "d"];

    #[test]
    fn chain_depths_count_from_the_root() {
        assert_eq!(
            depths(&NAMES[..3], &[None, Some(0), Some(1)]),
            Ok(vec![1, 2, 3])
        );
        assert_eq!(
            depths(&NAMES[..3], &[Some(2), None, Some(1)]),
            Ok(vec![3, 1, 2])
        );
    }

    #[test]
    fn a_cycle_names_its_smallest_member() {
        assert_eq!(
            depths(&NAMES, &[None, Some(3), Some(1), Some(2)]),
            Err(&"b")
        );
        assert_eq!(depths(&NAMES[..1], &[Some(0)]), Err(&"a"));
    }

    #[test]
    fn a_deep_chain_does_not_recurse() {
        let parents: Vec<Option<usize>> = (0_usize..1_000_000).map(|i| i.checked_sub(1)).collect();
        let d = depths(&parents, &parents).unwrap_or_default();
        assert_eq!(d.last(), Some(&1_000_000));
    }
}
