//! Records on the wire are JSON objects, never arrays. Serde's derived visitor for a struct
//! also accepts a sequence of its fields in declaration order (`["G1", "a statement"]`), so a
//! reordered field list or a spreadsheet row would be read by position without a word. Every
//! wire struct is declared `#[serde(remote = "Self")]`, which turns the derives into inherent
//! functions, and [`objects_only!`] puts the trait impls back, reading through [`MapsOnly`]:
//! a struct, or the fields of an enum's struct variant, must come as a map.

use serde::de::{DeserializeSeed, Deserializer, EnumAccess, VariantAccess, Visitor};
use std::fmt;

/// A deserializer that reads records only from maps and otherwise defers to the one it wraps.
/// It stands in front of one derived record, which asks for a struct, an enum, or (an
/// internally tagged enum) any value: the last also means a map, since such an enum would
/// otherwise take `["tag", field, ...]`.
pub(crate) struct MapsOnly<D>(pub(crate) D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapsOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_enum(name, variants, EnumVisitor(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map identifier
        ignored_any
    }
}

/// Hands the enum's variant to the wrapped visitor through [`Enum`].
struct EnumVisitor<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for EnumVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Enum(data))
    }
}

struct Enum<A>(A);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Enum<A> {
    type Error = A::Error;
    type Variant = Variant<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(seed)
            .map(|(value, variant)| (value, Variant(variant)))
    }
}

struct Variant<A>(A);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(seed)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, visitor)
    }

    // The variant's content is read as one value, and that value must be a map.
    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.newtype_variant_seed(MapSeed(visitor))
    }
}

struct MapSeed<V>(V);

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for MapSeed<V> {
    type Value = V::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        deserializer.deserialize_map(self.0)
    }
}

/// Restores `Serialize` and `Deserialize` for types declared `#[serde(remote = "Self")]`:
/// serialising is the derived one, deserialising goes through [`MapsOnly`]. `de` lists types
/// that derive only `Deserialize`.
macro_rules! objects_only {
    (@de $ty:ident $(<$($g:ident),+>)?) => {
        impl<'de $($(, $g: ::serde::Deserialize<'de>)+)?> ::serde::Deserialize<'de>
            for $ty $(<$($g),+>)?
        {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $ty::deserialize($crate::objects_only::MapsOnly(deserializer))
            }
        }
    };
    (@ser $ty:ident $(<$($g:ident),+>)?) => {
        impl$(<$($g: ::serde::Serialize),+>)? ::serde::Serialize for $ty $(<$($g),+>)? {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, serializer)
            }
        }
    };
    (de: $($ty:ident $(<$($g:ident),+>)?),+ $(,)?) => {
        $($crate::objects_only::objects_only!(@de $ty $(<$($g),+>)?);)+
    };
    ($($ty:ident $(<$($g:ident),+>)?),+ $(,)?) => {
        $(
            $crate::objects_only::objects_only!(@de $ty $(<$($g),+>)?);
            $crate::objects_only::objects_only!(@ser $ty $(<$($g),+>)?);
        )+
    };
}
pub(crate) use objects_only;
