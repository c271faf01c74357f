//! A [`Node`] tree → any `Deserialize` type. Each step down the tree adds
//! its key or index to an error on the way out, and an error gets the
//! position serde_json gave it: after the innermost value it came from,
//! or, inside an array or object, after what the visitor had read so far
//! (at the bracket when that kind of value was not wanted at all).
//!
//! Everything here is generic over serde's visitors, so it is compiled once
//! per type the guide reads. Each `deserialize_*` method therefore calls the
//! one visitor method its kind of value needs, and leaves every other kind
//! to one non-generic error ([`Node::mismatch`]): `deserialize_any`, which
//! calls them all, compiled for every field type, made this code twice the
//! size of serde_json's. A struct is read from an object only (serde_json
//! also took an array of its fields in order, a shape no content file has).

use serde::de::{self, DeserializeSeed, Expected, Unexpected, Visitor};

use super::parse::{Entry, Kind, Node};
use super::Partial;

/// A value of the tree, as a serde `Deserializer`.
pub(crate) struct Value<'a>(pub &'a Node);

impl Node {
    /// What serde calls this value in an "invalid type" error.
    fn unexpected(&self) -> Unexpected<'_> {
        match &self.kind {
            Kind::Null => Unexpected::Unit,
            Kind::Bool(b) => Unexpected::Bool(*b),
            Kind::U64(n) => Unexpected::Unsigned(*n),
            Kind::I64(n) => Unexpected::Signed(*n),
            Kind::F64(n) => Unexpected::Float(*n),
            Kind::Str(s) => Unexpected::Str(s),
            Kind::Array(_) | Kind::TooDeep(_) => Unexpected::Seq,
            Kind::Object(_) => Unexpected::Map,
        }
    }

    /// The error for a value of a kind `expected` does not take, where
    /// serde_json put it: after a scalar, at an array's or object's bracket.
    #[inline(never)]
    fn mismatch(&self, expected: &dyn Expected) -> Partial {
        let error: Partial = de::Error::invalid_type(self.unexpected(), expected);
        match self.kind {
            Kind::TooDeep(at) => Partial::new("recursion limit exceeded", at),
            Kind::Array(_) | Kind::Object(_) => error.at_value(self.start),
            _ => error.at_value(self.end),
        }
    }

    fn seq<'de, V: Visitor<'de>>(
        &'de self,
        items: &'de [Node],
        visitor: V,
    ) -> Result<V::Value, Partial> {
        let mut seq = Seq {
            items: items.iter(),
            index: 0,
            at: self.start,
            end: self.end,
        };
        let result = visitor
            .visit_seq(&mut seq)
            .and_then(|value| seq.end().map(|()| value));
        result.map_err(|e: Partial| e.at_value(seq.at))
    }

    fn map<'de, V: Visitor<'de>>(
        &'de self,
        entries: &'de [Entry],
        visitor: V,
    ) -> Result<V::Value, Partial> {
        let mut map = Map {
            entries: entries.iter(),
            value: None,
            at: self.start,
            end: self.end,
        };
        let result = visitor
            .visit_map(&mut map)
            .and_then(|value| map.end().map(|()| value));
        result.map_err(|e: Partial| e.at_value(map.at))
    }
}

impl<'de> de::Deserializer<'de> for Value<'de> {
    type Error = Partial;

    /// Any kind of value: for types that take several (a JSON value, an
    /// ignored field's), never for the content files' own.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        let node = self.0;
        let result = match &node.kind {
            Kind::Null => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::U64(n) => visitor.visit_u64(*n),
            Kind::I64(n) => visitor.visit_i64(*n),
            Kind::F64(n) => visitor.visit_f64(*n),
            Kind::Str(s) => visitor.visit_borrowed_str(s),
            Kind::Array(items) => return node.seq(items, visitor),
            Kind::Object(entries) => return node.map(entries, visitor),
            Kind::TooDeep(_) => return Err(node.mismatch(&visitor)),
        };
        result.map_err(|e: Partial| e.at_value(node.end))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match self.0.kind {
            Kind::Bool(b) => visitor
                .visit_bool(b)
                .map_err(|e: Partial| e.at_value(self.0.end)),
            _ => Err(self.0.mismatch(&visitor)),
        }
    }

    /// Every number type: serde's visitors check the range and the kind.
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        let result = match self.0.kind {
            Kind::U64(n) => visitor.visit_u64(n),
            Kind::I64(n) => visitor.visit_i64(n),
            Kind::F64(n) => visitor.visit_f64(n),
            _ => return Err(self.0.mismatch(&visitor)),
        };
        result.map_err(|e: Partial| e.at_value(self.0.end))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match &self.0.kind {
            Kind::Str(s) => visitor
                .visit_borrowed_str(s)
                .map_err(|e: Partial| e.at_value(self.0.end)),
            _ => Err(self.0.mismatch(&visitor)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match self.0.kind {
            Kind::Null => visitor
                .visit_unit()
                .map_err(|e: Partial| e.at_value(self.0.end)),
            _ => Err(self.0.mismatch(&visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match &self.0.kind {
            Kind::Array(items) => self.0.seq(items, visitor),
            _ => Err(self.0.mismatch(&visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match &self.0.kind {
            Kind::Object(entries) => self.0.map(entries, visitor),
            _ => Err(self.0.mismatch(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Partial> {
        self.deserialize_map(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match self.0.kind {
            Kind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    /// Enums in the content files are unit variants written as strings.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Partial> {
        match &self.0.kind {
            Kind::Str(s) => {
                let variant = de::value::BorrowedStrDeserializer::<Partial>::new(s);
                visitor
                    .visit_enum(variant)
                    .map_err(|e: Partial| e.at_value(self.0.end))
            }
            _ => Err(self.0.mismatch(&visitor)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Partial> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        match self.0.kind {
            Kind::TooDeep(at) => Err(Partial::new("recursion limit exceeded", at)),
            _ => visitor.visit_unit(),
        }
    }

    serde::forward_to_deserialize_any! { i128 u128 bytes byte_buf }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_str(visitor)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_str(visitor)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Partial> {
        self.deserialize_str(visitor)
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Partial> {
        self.deserialize_unit(visitor)
    }
    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Partial> {
        self.deserialize_seq(visitor)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Partial> {
        self.deserialize_seq(visitor)
    }
}

struct Seq<'a> {
    items: std::slice::Iter<'a, Node>,
    index: usize,
    /// How far the visitor has read, as serde_json would have: at the
    /// bracket, after the last item taken, or after the whole array.
    at: usize,
    end: usize,
}

impl Seq<'_> {
    /// Items the visitor did not take are too many, like the characters
    /// serde_json would have found where it expected the `]`.
    fn end(&self) -> Result<(), Partial> {
        match self.items.as_slice().first() {
            None => Ok(()),
            Some(item) => Err(Partial::new("trailing characters", item.start + 1)),
        }
    }
}

impl<'de> de::SeqAccess<'de> for Seq<'de> {
    type Error = Partial;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Partial> {
        let Some(item) = self.items.next() else {
            self.at = self.end;
            return Ok(None);
        };
        self.at = item.end;
        let index = self.index;
        self.index += 1;
        seed.deserialize(Value(item))
            .map(Some)
            .map_err(|e: Partial| e.at_value(item.end).in_index(index))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'a> {
    entries: std::slice::Iter<'a, Entry>,
    value: Option<&'a Entry>,
    /// How far the visitor has read, as in [`Seq`].
    at: usize,
    end: usize,
}

impl Map<'_> {
    fn end(&self) -> Result<(), Partial> {
        match self.entries.as_slice().first() {
            None => Ok(()),
            Some(entry) => Err(Partial::new("trailing characters", entry.key_end)),
        }
    }
}

impl<'de> de::MapAccess<'de> for Map<'de> {
    type Error = Partial;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Partial> {
        let Some(entry) = self.entries.next() else {
            self.at = self.end;
            return Ok(None);
        };
        self.at = entry.key_end;
        self.value = Some(entry);
        let key = de::value::BorrowedStrDeserializer::<Partial>::new(&entry.key);
        // An unknown field's error names the field, like serde_path_to_error.
        seed.deserialize(key)
            .map(Some)
            .map_err(|e: Partial| e.at_value(entry.key_end).in_key(&entry.key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Partial> {
        let Some(entry) = self.value.take() else {
            return Err(de::Error::custom("a value was asked for before its key"));
        };
        self.at = entry.value.end;
        seed.deserialize(Value(&entry.value))
            .map_err(|e: Partial| e.at_value(entry.value.end).in_key(&entry.key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
