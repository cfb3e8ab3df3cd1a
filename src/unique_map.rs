//! Maps read from the wire refuse a repeated key. Serde keeps the last of two equal keys,
//! which silently drops input (`{"superior": "50", "superior": "100"}` would be a valid
//! rater weighting); here the second is an error naming its place in the map.
//!
//! Public as [`kinerja::read::UniqueMap`](crate::read::UniqueMap) and
//! [`kinerja::read::deserialize_unique`](crate::read::deserialize_unique), for an embedder's
//! own documents.
//!
//! Sets read from the wire (a list whose order means nothing: a programme's quarters, the
//! programmes it requires) refuse a repeated item the same way, naming it, and are kept
//! sorted, as a [`BTreeSet`] writes them.

use serde::de::{Deserialize, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::marker::PhantomData;

/// How the message of a repeated key continues after "entry N of the map": the reader
/// (`crate::read`) recognises it, to name the key and its line.
pub(crate) const REPEATS_KEY: &str = "repeats the key of an earlier entry";

/// A map that refuses a repeated key when it is read: `{"a": 1, "a": 2}` is an error, where
/// serde's own maps keep the last value without a word. It is written as the plain map.
///
/// For a field of an embedder's own document, either as the field's type or, on a
/// [`BTreeMap`] field, with [`deserialize_unique`](crate::read::deserialize_unique):
///
/// ```
/// use kinerja::read::{UniqueMap, Wrong, read};
/// #[derive(serde::Deserialize)]
/// struct Budget {
///     by_unit: UniqueMap<String, u32>,
/// }
/// let budget: Budget = read(r#"{"by_unit": {"DIK.SD": 120, "DIK.SEK": 80}}"#)?;
/// assert_eq!(budget.by_unit.get("DIK.SD"), Some(&120));
///
/// let text = r#"{"by_unit": {"DIK.SD": 120, "DIK.SD": 80}}"#;
/// let problems = read::<Budget>(text).err().ok_or("a repeated key was read")?;
/// assert!(matches!(problems.problems()[0].wrong(), Wrong::RepeatedKey { key, .. } if key == "DIK.SD"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UniqueMap<K, V>(pub(crate) BTreeMap<K, V>);

/// The name the crate's readers use.
pub(crate) use UniqueMap as Unique;

impl<K, V> UniqueMap<K, V> {
    /// The map.
    #[must_use]
    pub fn into_inner(self) -> BTreeMap<K, V> {
        self.0
    }
}

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        Self(BTreeMap::new())
    }
}

impl<K, V> std::ops::Deref for UniqueMap<K, V> {
    type Target = BTreeMap<K, V>;

    fn deref(&self) -> &BTreeMap<K, V> {
        &self.0
    }
}

impl<K, V> From<BTreeMap<K, V>> for UniqueMap<K, V> {
    fn from(map: BTreeMap<K, V>) -> Self {
        Self(map)
    }
}

impl<K, V> From<UniqueMap<K, V>> for BTreeMap<K, V> {
    fn from(map: UniqueMap<K, V>) -> Self {
        map.0
    }
}

impl<K, V> IntoIterator for UniqueMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::collections::btree_map::IntoIter<K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<K: Serialize, V: Serialize> Serialize for UniqueMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(UniqueVisitor(PhantomData))
    }
}

/// A repeated key is already invalid JSON for a schema, so the schema is the plain map's.
#[cfg(feature = "schema")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for UniqueMap<K, V> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        BTreeMap::<K, V>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        BTreeMap::<K, V>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        BTreeMap::<K, V>::json_schema(generator)
    }
}

struct UniqueVisitor<K, V>(PhantomData<(K, V)>);

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Visitor<'de> for UniqueVisitor<K, V> {
    type Value = UniqueMap<K, V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map without a repeated key")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = BTreeMap::new();
        let mut entry = 0_usize;
        while let Some((key, value)) = access.next_entry::<K, V>()? {
            entry += 1;
            if map.insert(key, value).is_some() {
                return Err(A::Error::custom(format!(
                    "entry {entry} of the map {REPEATS_KEY}"
                )));
            }
        }
        Ok(UniqueMap(map))
    }
}

/// Reads a [`BTreeMap`] field refusing a repeated key, for
/// `#[serde(deserialize_with = "kinerja::read::deserialize_unique")]`.
///
/// ```
/// use std::collections::BTreeMap;
/// #[derive(serde::Deserialize)]
/// struct Quotas {
///     #[serde(deserialize_with = "kinerja::read::deserialize_unique")]
///     by_predicate: BTreeMap<String, u32>,
/// }
/// let quotas: Quotas = kinerja::read::read(r#"{"by_predicate": {"baik": 70}}"#)?;
/// assert_eq!(quotas.by_predicate["baik"], 70);
/// assert!(kinerja::read::read::<Quotas>(r#"{"by_predicate": {"baik": 70, "baik": 20}}"#).is_err());
/// # Ok::<(), kinerja::read::ReadProblems>(())
/// ```
///
/// # Errors
/// The deserializer's error when the value is not a map of `K` to `V`, or a key repeats
/// ("entry 2 of the map repeats the key of an earlier entry").
pub fn deserialize_unique<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    UniqueMap::deserialize(deserializer).map(|unique| unique.0)
}

/// The name the crate's readers use in `deserialize_with`.
pub(crate) use deserialize_unique as deserialize;

/// The same for a map of maps: no key repeats in either.
pub(crate) fn deserialize_nested<'de, D, K, K2, V>(
    deserializer: D,
) -> Result<BTreeMap<K, BTreeMap<K2, V>>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    K2: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    let outer: UniqueMap<K, UniqueMap<K2, V>> = UniqueMap::deserialize(deserializer)?;
    Ok(outer.0.into_iter().map(|(k, inner)| (k, inner.0)).collect())
}

/// A set that was read without a repeated item: the wire form of a list that is a set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UniqueSet<T>(pub(crate) BTreeSet<T>);

impl<'de, T: Deserialize<'de> + Ord + fmt::Display> Deserialize<'de> for UniqueSet<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(SetVisitor(PhantomData))
    }
}

/// A repeated item is already invalid for a schema of unique items, so the schema is the
/// set's (`uniqueItems`).
#[cfg(feature = "schema")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for UniqueSet<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        BTreeSet::<T>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        BTreeSet::<T>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        BTreeSet::<T>::json_schema(generator)
    }
}

struct SetVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + Ord + fmt::Display> Visitor<'de> for SetVisitor<T> {
    type Value = UniqueSet<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list without a repeated item")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut set = BTreeSet::new();
        let mut entry = 0_usize;
        while let Some(item) = access.next_element::<T>()? {
            entry += 1;
            if set.contains(&item) {
                return Err(A::Error::custom(format!(
                    "entry {entry} of the list repeats `{item}`, listed earlier: list each once"
                )));
            }
            set.insert(item);
        }
        Ok(UniqueSet(set))
    }
}

/// `#[serde(deserialize_with = "crate::unique_map::set")]` for a set field.
pub(crate) fn set<'de, D, T>(deserializer: D) -> Result<BTreeSet<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Ord + fmt::Display,
{
    UniqueSet::deserialize(deserializer).map(|unique| unique.0)
}

/// A map whose values are sets: no key repeats, and no item within a value.
pub(crate) fn deserialize_sets<'de, D, K, T>(
    deserializer: D,
) -> Result<BTreeMap<K, BTreeSet<T>>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    T: Deserialize<'de> + Ord + fmt::Display,
{
    let outer: UniqueMap<K, UniqueSet<T>> = UniqueMap::deserialize(deserializer)?;
    Ok(outer.0.into_iter().map(|(k, set)| (k, set.0)).collect())
}
