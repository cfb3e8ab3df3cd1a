//! Maps read from the wire refuse a repeated key. Serde keeps the last of two equal keys,
//! which silently drops input (`{"superior": "50", "superior": "100"}` would be a valid
//! rater weighting); here the second is an error naming its place in the map.
//!
//! Sets read from the wire (a list whose order means nothing: a programme's quarters, the
//! programmes it requires) refuse a repeated item the same way, naming it, and are kept
//! sorted, as a [`BTreeSet`] writes them.

use serde::de::{Deserialize, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::marker::PhantomData;

/// A map that was read without a repeated key: the wire form behind `try_from` containers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unique<K, V>(pub(crate) BTreeMap<K, V>);

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for Unique<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(UniqueVisitor(PhantomData))
    }
}

/// A repeated key is already invalid JSON for a schema, so the schema is the plain map's.
#[cfg(feature = "schema")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Unique<K, V> {
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
    type Value = Unique<K, V>;

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
                    "entry {entry} of the map repeats the key of an earlier entry"
                )));
            }
        }
        Ok(Unique(map))
    }
}

/// `#[serde(deserialize_with = "crate::unique_map::deserialize")]` for a map field.
pub(crate) fn deserialize<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    Unique::deserialize(deserializer).map(|unique| unique.0)
}

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
    let outer: Unique<K, Unique<K2, V>> = Unique::deserialize(deserializer)?;
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
    let outer: Unique<K, UniqueSet<T>> = Unique::deserialize(deserializer)?;
    Ok(outer.0.into_iter().map(|(k, set)| (k, set.0)).collect())
}
