//! A `serde::Deserializer` over a parsed [`Tree`]: it gives every visitor what
//! `serde_json` gives it for the same text, and places every error at the node (or the
//! key) where it arose.
//!
//! Entries in the skip set (array elements and object members, by their value's node) are
//! left out, as if the document did not hold them: the reader skips what it has found wrong
//! to read on past it.

use super::error::{Asked, Error};
use super::number::{self, Number};
use super::tree::{Member, NodeId, Tree, Value};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error as _, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use std::collections::BTreeSet;

/// The tree being read and the entries left out.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'t, 'a> {
    pub(crate) tree: &'t Tree<'a>,
    pub(crate) skip: &'t BTreeSet<NodeId>,
}

/// A deserializer of one node.
pub(crate) struct NodeDe<'t, 'a> {
    reader: Reader<'t, 'a>,
    id: NodeId,
}

impl<'t, 'a> NodeDe<'t, 'a> {
    /// The document's root.
    pub(crate) const fn root(reader: Reader<'t, 'a>) -> Self {
        Self { reader, id: 0 }
    }

    const fn of(reader: Reader<'t, 'a>, id: NodeId) -> Self {
        Self { reader, id }
    }

    fn value(&self) -> &'t Value<'a> {
        self.reader.tree.value(self.id)
    }

    /// The node as serde names an unexpected value.
    fn unexpected(&self) -> Unexpected<'t> {
        match self.value() {
            Value::Null => Unexpected::Unit,
            Value::Bool(value) => Unexpected::Bool(*value),
            Value::Number(text) => match number::value(text) {
                Some(Number::Unsigned(value)) => Unexpected::Unsigned(value),
                Some(Number::Signed(value)) => Unexpected::Signed(value),
                Some(Number::Float(value)) => Unexpected::Float(value),
                None => Unexpected::Other("number"),
            },
            Value::Text(text) => Unexpected::Str(text),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }

    fn invalid_type<V: Visitor<'t>>(&self, visitor: &V) -> Error {
        Error::invalid_type(self.unexpected(), visitor)
    }

    /// `result`, its error placed at this node.
    fn placed<T>(&self, asked: Asked, result: Result<T, Error>) -> Result<T, Error> {
        let id = self.id;
        result.map_err(|error| error.at(id, false, Some(asked)))
    }

    fn any<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value() {
            Value::Null => visitor.visit_unit(),
            Value::Bool(value) => visitor.visit_bool(*value),
            Value::Number(text) => visit_number(text, visitor),
            Value::Text(text) => visitor.visit_borrowed_str(text),
            Value::Array(items) => self.seq(items, visitor),
            Value::Object(members) => self.map(members, visitor),
        }
    }

    fn seq<V: Visitor<'t>>(&self, items: &'t [NodeId], visitor: V) -> Result<V::Value, Error> {
        let mut access = Seq::new(self.reader, items);
        let value = visitor.visit_seq(&mut access)?;
        if access.remaining > 0 {
            return Err(Error::invalid_length(
                access.total,
                &"fewer elements in array",
            ));
        }
        Ok(value)
    }

    fn map<V: Visitor<'t>>(
        &self,
        members: &'t [Member<'a>],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let mut access = Map::new(self.reader, members);
        let value = visitor.visit_map(&mut access)?;
        if access.remaining > 0 {
            return Err(Error::invalid_length(
                access.total,
                &"fewer elements in map",
            ));
        }
        Ok(value)
    }

    fn number<V: Visitor<'t>>(self, asked: Asked, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Number(text) => visit_number(text, visitor),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(asked, result)
    }

    fn text<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Text(text) => visitor.visit_borrowed_str(text),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Text, result)
    }

    fn list<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Array(items) => self.seq(items, visitor),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::List, result)
    }

    fn whole_128<V: Visitor<'t>>(self, signed: bool, visitor: V) -> Result<V::Value, Error> {
        let asked = if signed {
            Asked::Whole {
                min: i64::MIN,
                max: u64::MAX,
            }
        } else {
            Asked::Whole {
                min: 0,
                max: u64::MAX,
            }
        };
        let result = match self.value() {
            Value::Number(text) if !text.contains(['.', 'e', 'E']) => {
                if signed {
                    text.parse::<i128>()
                        .map_err(|_| Error::out_of_range())
                        .and_then(|value| visitor.visit_i128(value))
                } else if text.starts_with('-') {
                    Err(self.invalid_type(&visitor))
                } else {
                    text.parse::<u128>()
                        .map_err(|_| Error::out_of_range())
                        .and_then(|value| visitor.visit_u128(value))
                }
            }
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(asked, result)
    }
}

/// Gives a visitor a number as `serde_json` gives it.
fn visit_number<'t, V: Visitor<'t>>(text: &str, visitor: V) -> Result<V::Value, Error> {
    match number::value(text) {
        Some(Number::Unsigned(value)) => visitor.visit_u64(value),
        Some(Number::Signed(value)) => visitor.visit_i64(value),
        Some(Number::Float(value)) => visitor.visit_f64(value),
        None => Err(Error::out_of_range()),
    }
}

/// What a whole number of a type may hold.
fn whole<T: TryInto<i64> + TryInto<u64>>(min: T, max: T) -> Asked {
    Asked::Whole {
        min: <T as TryInto<i64>>::try_into(min).unwrap_or(i64::MIN),
        max: <T as TryInto<u64>>::try_into(max).unwrap_or(u64::MAX),
    }
}

macro_rules! numbers {
    ($($method:ident: $asked:expr),+ $(,)?) => {
        $(
            fn $method<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
                self.number($asked, visitor)
            }
        )+
    };
}

impl<'t, 'a> Deserializer<'t> for NodeDe<'t, 'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let id = self.id;
        self.any(visitor)
            .map_err(|error| error.at(id, false, Some(Asked::Any)))
    }

    fn deserialize_bool<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Bool(value) => visitor.visit_bool(*value),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Bool, result)
    }

    numbers! {
        deserialize_i8: whole(i8::MIN, i8::MAX),
        deserialize_i16: whole(i16::MIN, i16::MAX),
        deserialize_i32: whole(i32::MIN, i32::MAX),
        deserialize_i64: whole(i64::MIN, i64::MAX),
        deserialize_u8: whole(u8::MIN, u8::MAX),
        deserialize_u16: whole(u16::MIN, u16::MAX),
        deserialize_u32: whole(u32::MIN, u32::MAX),
        deserialize_u64: whole(u64::MIN, u64::MAX),
        deserialize_f32: Asked::Float,
        deserialize_f64: Asked::Float,
    }

    fn deserialize_i128<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.whole_128(true, visitor)
    }

    fn deserialize_u128<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.whole_128(false, visitor)
    }

    fn deserialize_char<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.text(visitor)
    }

    fn deserialize_str<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.text(visitor)
    }

    fn deserialize_string<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.text(visitor)
    }

    fn deserialize_bytes<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Text(text) => visitor.visit_borrowed_bytes(text.as_bytes()),
            Value::Array(items) => self.seq(items, visitor),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Bytes, result)
    }

    fn deserialize_byte_buf<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let id = self.id;
        let result = match self.value() {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        };
        result.map_err(|error| error.at(id, false, Some(Asked::Any)))
    }

    fn deserialize_unit<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Null => visitor.visit_unit(),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Unit, result)
    }

    fn deserialize_unit_struct<V: Visitor<'t>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'t>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let id = self.id;
        visitor
            .visit_newtype_struct(self)
            .map_err(|error| error.at(id, false, Some(Asked::Any)))
    }

    fn deserialize_seq<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.list(visitor)
    }

    fn deserialize_tuple<V: Visitor<'t>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.list(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'t>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.list(visitor)
    }

    fn deserialize_map<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Object(members) => self.map(members, visitor),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Object, result)
    }

    fn deserialize_struct<V: Visitor<'t>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Object(members) => self.map(members, visitor),
            Value::Array(items) => self.seq(items, visitor),
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Struct, result)
    }

    fn deserialize_enum<V: Visitor<'t>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let result = match self.value() {
            Value::Text(name) => visitor.visit_enum(UnitVariant {
                name,
                id: self.id,
                key: false,
            }),
            Value::Object(members) => {
                let mut kept = members
                    .iter()
                    .filter(|member| !self.reader.skip.contains(&member.value));
                match (kept.next(), kept.next()) {
                    (Some(member), None) => visitor.visit_enum(ObjectVariant {
                        reader: self.reader,
                        member,
                    }),
                    _ => Err(Error::invalid_value(
                        Unexpected::Map,
                        &"an object with one key, the variant's name",
                    )),
                }
            }
            _ => Err(self.invalid_type(&visitor)),
        };
        self.placed(Asked::Enum(variants), result)
    }

    fn deserialize_identifier<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.text(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

/// An array's elements, the skipped left out.
struct Seq<'t, 'a> {
    reader: Reader<'t, 'a>,
    items: &'t [NodeId],
    next: usize,
    remaining: usize,
    total: usize,
}

impl<'t, 'a> Seq<'t, 'a> {
    fn new(reader: Reader<'t, 'a>, items: &'t [NodeId]) -> Self {
        let total = items.iter().filter(|id| !reader.skip.contains(id)).count();
        Self {
            reader,
            items,
            next: 0,
            remaining: total,
            total,
        }
    }
}

impl<'t> SeqAccess<'t> for Seq<'t, '_> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'t>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        while let Some(&id) = self.items.get(self.next) {
            self.next += 1;
            if self.reader.skip.contains(&id) {
                continue;
            }
            self.remaining = self.remaining.saturating_sub(1);
            return seed
                .deserialize(NodeDe::of(self.reader, id))
                .map(Some)
                .map_err(|error| error.at(id, false, None));
        }
        Ok(None)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.remaining)
    }
}

/// An object's members, the skipped left out.
struct Map<'t, 'a> {
    reader: Reader<'t, 'a>,
    members: &'t [Member<'a>],
    next: usize,
    value: Option<NodeId>,
    remaining: usize,
    total: usize,
}

impl<'t, 'a> Map<'t, 'a> {
    fn new(reader: Reader<'t, 'a>, members: &'t [Member<'a>]) -> Self {
        let total = members
            .iter()
            .filter(|member| !reader.skip.contains(&member.value))
            .count();
        Self {
            reader,
            members,
            next: 0,
            value: None,
            remaining: total,
            total,
        }
    }
}

impl<'t> MapAccess<'t> for Map<'t, '_> {
    type Error = Error;

    fn next_key_seed<S: DeserializeSeed<'t>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        while let Some(member) = self.members.get(self.next) {
            self.next += 1;
            if self.reader.skip.contains(&member.value) {
                continue;
            }
            self.remaining = self.remaining.saturating_sub(1);
            self.value = Some(member.value);
            return seed
                .deserialize(KeyDe {
                    text: &member.key,
                    id: member.value,
                    key: true,
                })
                .map(Some)
                .map_err(|error| error.at(member.value, true, None));
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'t>>(&mut self, seed: S) -> Result<S::Value, Error> {
        let Some(id) = self.value.take() else {
            return Err(Error::custom("a map's value was asked for before its key"));
        };
        seed.deserialize(NodeDe::of(self.reader, id))
            .map_err(|error| error.at(id, false, None))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.remaining)
    }
}

/// A text that names something: an object's key, or an enum's variant. As in `serde_json`,
/// a key read as a number or a boolean is parsed from its text.
struct KeyDe<'t> {
    text: &'t str,
    /// The node the error is placed at.
    id: NodeId,
    /// Whether that is the key of the member holding the node.
    key: bool,
}

impl<'t> KeyDe<'t> {
    fn placed<T>(&self, asked: Asked, result: Result<T, Error>) -> Result<T, Error> {
        let (id, key) = (self.id, self.key);
        result.map_err(|error| error.at(id, key, Some(asked)))
    }

    fn number<V: Visitor<'t>>(self, asked: Asked, visitor: V) -> Result<V::Value, Error> {
        let numeric = self
            .text
            .starts_with(|c: char| c.is_ascii_digit() || c == '-')
            && number::scan(self.text.as_bytes()) == Ok(self.text.len());
        let result = if numeric {
            visit_number(self.text, visitor)
        } else {
            Err(Error::invalid_type(Unexpected::Str(self.text), &visitor))
        };
        self.placed(asked, result)
    }
}

macro_rules! key_numbers {
    ($($method:ident: $asked:expr),+ $(,)?) => {
        $(
            fn $method<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
                self.number($asked, visitor)
            }
        )+
    };
}

impl<'t> Deserializer<'t> for KeyDe<'t> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = visitor.visit_borrowed_str(self.text);
        self.placed(Asked::Text, result)
    }

    key_numbers! {
        deserialize_i8: whole(i8::MIN, i8::MAX),
        deserialize_i16: whole(i16::MIN, i16::MAX),
        deserialize_i32: whole(i32::MIN, i32::MAX),
        deserialize_i64: whole(i64::MIN, i64::MAX),
        deserialize_i128: whole(i64::MIN, i64::MAX),
        deserialize_u8: whole(u8::MIN, u8::MAX),
        deserialize_u16: whole(u16::MIN, u16::MAX),
        deserialize_u32: whole(u32::MIN, u32::MAX),
        deserialize_u64: whole(u64::MIN, u64::MAX),
        deserialize_u128: whole(u64::MIN, u64::MAX),
        deserialize_f32: Asked::Float,
        deserialize_f64: Asked::Float,
    }

    fn deserialize_bool<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.text {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            other => Err(Error::invalid_type(Unexpected::Str(other), &visitor)),
        };
        self.placed(Asked::Bool, result)
    }

    fn deserialize_option<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let (id, key) = (self.id, self.key);
        visitor
            .visit_some(self)
            .map_err(|error| error.at(id, key, Some(Asked::Any)))
    }

    fn deserialize_newtype_struct<V: Visitor<'t>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let (id, key) = (self.id, self.key);
        visitor
            .visit_newtype_struct(self)
            .map_err(|error| error.at(id, key, Some(Asked::Any)))
    }

    fn deserialize_enum<V: Visitor<'t>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let result = visitor.visit_enum(UnitVariant {
            name: self.text,
            id: self.id,
            key: self.key,
        });
        self.placed(Asked::Enum(variants), result)
    }

    fn deserialize_bytes<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = visitor.visit_borrowed_bytes(self.text.as_bytes());
        self.placed(Asked::Bytes, result)
    }

    fn deserialize_byte_buf<V: Visitor<'t>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'t>>
        char str string unit unit_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

/// An enum written as its variant's name.
struct UnitVariant<'t> {
    name: &'t str,
    id: NodeId,
    key: bool,
}

impl<'t> EnumAccess<'t> for UnitVariant<'t> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'t>>(self, seed: S) -> Result<(S::Value, Self), Error> {
        let name = KeyDe {
            text: self.name,
            id: self.id,
            key: self.key,
        };
        let value = seed.deserialize(name)?;
        Ok((value, self))
    }
}

impl<'t> VariantAccess<'t> for UnitVariant<'t> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'t>>(self, _seed: S) -> Result<S::Value, Error> {
        Err(Error::invalid_type(
            Unexpected::UnitVariant,
            &"newtype variant",
        ))
    }

    fn tuple_variant<V: Visitor<'t>>(self, _len: usize, _visitor: V) -> Result<V::Value, Error> {
        Err(Error::invalid_type(
            Unexpected::UnitVariant,
            &"tuple variant",
        ))
    }

    fn struct_variant<V: Visitor<'t>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Error> {
        Err(Error::invalid_type(
            Unexpected::UnitVariant,
            &"struct variant",
        ))
    }
}

/// An enum written as an object of one key, the variant's name, holding its content.
struct ObjectVariant<'t, 'a> {
    reader: Reader<'t, 'a>,
    member: &'t Member<'a>,
}

impl<'t, 'a> EnumAccess<'t> for ObjectVariant<'t, 'a> {
    type Error = Error;
    type Variant = NodeDe<'t, 'a>;

    fn variant_seed<S: DeserializeSeed<'t>>(
        self,
        seed: S,
    ) -> Result<(S::Value, NodeDe<'t, 'a>), Error> {
        let name = KeyDe {
            text: &self.member.key,
            id: self.member.value,
            key: true,
        };
        let value = seed.deserialize(name)?;
        Ok((value, NodeDe::of(self.reader, self.member.value)))
    }
}

impl<'t> VariantAccess<'t> for NodeDe<'t, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<S: DeserializeSeed<'t>>(self, seed: S) -> Result<S::Value, Error> {
        let id = self.id;
        seed.deserialize(self)
            .map_err(|error| error.at(id, false, None))
    }

    fn tuple_variant<V: Visitor<'t>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn struct_variant<V: Visitor<'t>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_struct("", fields, visitor)
    }
}
