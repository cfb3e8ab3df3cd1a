//! Items grouped by a small integer key and stored flat ("compressed rows"), built by a
//! counting sort in time linear in the items and groups.

/// For each group `0..n`, the items put in it, in the order they were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Groups {
    /// Group `g` holds `items[start[g]..start[g + 1]]`.
    start: Vec<usize>,
    items: Vec<usize>,
}

impl Groups {
    /// Groups `(group, item)` pairs into `count` groups; pairs naming a group outside
    /// `0..count` are left out. `pairs` is walked twice, so it must give the same pairs both
    /// times.
    pub(crate) fn new<I>(count: usize, pairs: I) -> Self
    where
        I: IntoIterator<Item = (usize, usize)>,
        I::IntoIter: Clone,
    {
        let pairs = pairs.into_iter();
        let mut start = vec![0_usize; count + 1];
        for (group, _) in pairs.clone() {
            if let Some(slot) = start.get_mut(group + 1) {
                *slot += 1;
            }
        }
        for g in 1..start.len() {
            let before = start.get(g - 1).copied().unwrap_or(0);
            if let Some(slot) = start.get_mut(g) {
                *slot += before;
            }
        }
        let mut fill = start.clone();
        let mut items = vec![0_usize; start.last().copied().unwrap_or(0)];
        for (group, item) in pairs {
            if group >= count {
                continue;
            }
            if let Some(slot) = fill.get_mut(group) {
                if let Some(place) = items.get_mut(*slot) {
                    *place = item;
                }
                *slot += 1;
            }
        }
        Self { start, items }
    }

    /// The items of `group` (empty for an unknown group).
    pub(crate) fn of(&self, group: usize) -> &[usize] {
        let from = self.start.get(group).copied().unwrap_or(0);
        let to = self.start.get(group + 1).copied().unwrap_or(from);
        self.items.get(from..to).unwrap_or(&[])
    }

    /// Every item, group by group.
    pub(crate) fn items(&self) -> &[usize] {
        &self.items
    }
}

/// The items of two ascending lists, merged in ascending order.
pub(crate) fn merged<'a>(a: &'a [usize], b: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
    let (mut a, mut b) = (a.iter().copied().peekable(), b.iter().copied().peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(&x), Some(&y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

#[cfg(test)]
mod tests {
    use super::{Groups, merged};

    #[test]
    fn groups_keep_input_order_and_skip_strays() {
        let groups = Groups::new(3, [(2, 10), (0, 11), (2, 12), (5, 13), (0, 14)]);
        assert_eq!(groups.of(0), [11, 14]);
        assert_eq!(groups.of(1), [] as [usize; 0]);
        assert_eq!(groups.of(2), [10, 12]);
        assert_eq!(groups.of(7), [] as [usize; 0]);
        assert_eq!(groups.items(), [11, 14, 10, 12]);
    }

    #[test]
    fn merging_keeps_ascending_order() {
        let all: Vec<usize> = merged(&[1, 4, 9], &[2, 3, 10]).collect();
        assert_eq!(all, [1, 2, 3, 4, 9, 10]);
    }
}
