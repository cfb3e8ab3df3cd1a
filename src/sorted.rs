//! Sorting and finding records by their text id, fast on large inputs.
//!
//! A cascade has up to a million nodes whose ids live on the heap; comparing them directly
//! costs a cache miss per comparison. Each id gets a compact key instead: its first 16
//! bytes, big-endian, zero-padded. Ids never contain a zero byte, so ordering by the key and
//! then (on a tie only) by the whole text is exactly the order of the texts.

use std::cmp::Ordering;

/// Whether two texts with equal keys are equal without looking further: true when the key
/// holds the whole text (shorter than 16 bytes, so its last byte is padding).
pub(crate) const fn key_is_whole(key: u128) -> bool {
    key & 0xFF == 0
}

/// Compares two texts by their keys, reading the texts only when the keys cannot decide.
pub(crate) fn compare_keyed<'a>(
    a: u128,
    b: u128,
    texts: impl FnOnce() -> (&'a str, &'a str),
) -> Ordering {
    match a.cmp(&b) {
        Ordering::Equal if key_is_whole(a) => Ordering::Equal,
        Ordering::Equal => {
            let (x, y) = texts();
            x.cmp(y)
        }
        order => order,
    }
}

/// The compact sort key of an id.
pub(crate) fn prefix(text: &str) -> u128 {
    let mut bytes = [0_u8; 16];
    for (slot, byte) in bytes.iter_mut().zip(text.bytes()) {
        *slot = byte;
    }
    u128::from_be_bytes(bytes)
}

/// `items` sorted by `text` (ties keep input order), with each item's key in the same order,
/// and for each input position the position it moved to.
/// Input that is already sorted, as a serialised value always is, costs one pass.
pub(crate) fn sort_by_text<T>(
    items: Vec<T>,
    text: impl Fn(&T) -> &str,
) -> (Vec<T>, Vec<u128>, Vec<usize>) {
    let mut order: Vec<(u128, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (prefix(text(item)), i))
        .collect();
    let text_at = |i: usize| items.get(i).map_or("", &text);
    let compare = |a: &(u128, usize), b: &(u128, usize)| {
        compare_keyed(a.0, b.0, || (text_at(a.1), text_at(b.1))).then(a.1.cmp(&b.1))
    };
    if order
        .windows(2)
        .all(|pair| matches!(pair, [a, b] if compare(a, b) != Ordering::Greater))
    {
        let keys = order.iter().map(|&(key, _)| key).collect();
        let moved_to = (0..items.len()).collect();
        return (items, keys, moved_to);
    }
    order.sort_unstable_by(compare);
    let mut moved_to = vec![0; items.len()];
    for (to, &(_, from)) in order.iter().enumerate() {
        if let Some(slot) = moved_to.get_mut(from) {
            *slot = to;
        }
    }
    let mut sorted = items;
    permute_in_place(&mut sorted, moved_to.clone());
    (
        sorted,
        order.into_iter().map(|(key, _)| key).collect(),
        moved_to,
    )
}

/// Moves the item at position `i` to position `moved_to[i]`, without allocating: each swap
/// puts one item in its final place. `moved_to` must be a permutation of `0..items.len()`.
pub(crate) fn permute_in_place<T>(items: &mut [T], mut moved_to: Vec<usize>) {
    for i in 0..items.len().min(moved_to.len()) {
        while let Some(&to) = moved_to.get(i) {
            if to == i || to >= items.len() {
                break;
            }
            items.swap(i, to);
            moved_to.swap(i, to);
        }
    }
}

/// The index of the item whose text is `wanted`, in items sorted by [`sort_by_text`].
pub(crate) fn find_by_text<T>(
    items: &[T],
    keys: &[u128],
    text: impl Fn(&T) -> &str,
    wanted: &str,
) -> Option<usize> {
    find_keyed(items, keys, text, prefix(wanted), wanted)
}

/// [`find_by_text`] with the key of `wanted` already worked out.
pub(crate) fn find_keyed<T>(
    items: &[T],
    keys: &[u128],
    text: impl Fn(&T) -> &str,
    wanted_key: u128,
    wanted: &str,
) -> Option<usize> {
    let (mut low, mut high) = (0, keys.len().min(items.len()));
    while low < high {
        let mid = low + (high - low) / 2;
        let order = match (keys.get(mid), items.get(mid)) {
            (Some(&key), Some(item)) => compare_keyed(key, wanted_key, || (text(item), wanted)),
            _ => return None,
        };
        match order {
            Ordering::Less => low = mid + 1,
            Ordering::Greater => high = mid,
            Ordering::Equal => return Some(mid),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{find_by_text, prefix, sort_by_text};

    #[test]
    fn key_order_agrees_with_text_order() {
        let texts = [
            "a",
            "ab",
            "abc",
            "b",
            "A",
            "0",
            "aaaaaaaaaaaaaaaaZ",
            "aaaaaaaaaaaaaaaa",
        ];
        for x in texts {
            for y in texts {
                let by_key = prefix(x).cmp(&prefix(y)).then_with(|| x.cmp(y));
                assert_eq!(by_key, x.cmp(y), "{x} vs {y}");
            }
        }
    }

    #[test]
    fn sorts_and_finds_with_long_shared_prefixes() {
        let texts: Vec<String> = (0..200)
            .rev()
            .map(|i| format!("DINAS.PENDIDIKAN.RHK-{i:03}"))
            .collect();
        let (sorted, keys, moved_to) = sort_by_text(texts.clone(), |t| t.as_str());
        for (from, &to) in moved_to.iter().enumerate() {
            assert_eq!(sorted.get(to), texts.get(from));
        }
        let mut expected = texts;
        expected.sort();
        assert_eq!(sorted, expected);
        for (i, t) in sorted.iter().enumerate() {
            assert_eq!(find_by_text(&sorted, &keys, |t| t.as_str(), t), Some(i));
        }
        assert_eq!(
            find_by_text(&sorted, &keys, |t| t.as_str(), "DINAS.PENDIDIKAN.RHK-999"),
            None
        );
    }
}
