//! Lenient scalar and collection types for fields that providers send in more than one shape.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that a provider may send as a JSON string, number or boolean.
///
/// ```
/// let v: Vec<payspec::Text> = serde_json::from_str(r#"["7927", 7927, true]"#).unwrap();
/// assert_eq!(v[1], "7927");
/// assert_eq!(v[2], "true");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(pub String);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::str::FromStr for Text {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Text(s.to_owned()))
    }
}
impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(s.to_owned())
    }
}
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(s)
    }
}
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}
impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor(|s: Cow<'_, str>| Text(s.into_owned())))
    }
}

/// Decodes what [`Text`] accepts (a string, number or boolean) and hands it to `make` as a
/// `&str`, without copying a string that the decoder can lend: the generated open enums
/// decode their known values this way without an allocation.
///
/// ```
/// let mut de = serde_json::Deserializer::from_str(r#""paid""#);
/// assert!(payspec::text_with(&mut de, |s| s == "paid").unwrap());
/// let mut de = serde_json::Deserializer::from_str("7");
/// assert_eq!(payspec::text_with(&mut de, str::to_owned).unwrap(), "7");
/// let mut de = serde_json::Deserializer::from_str("[]");
/// assert!(payspec::text_with(&mut de, |_| ()).is_err());
/// ```
pub fn text_with<'de, D, T>(d: D, make: impl FnOnce(&str) -> T) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    d.deserialize_any(TextVisitor(|s: Cow<'_, str>| make(&s)))
}

/// The visitor behind [`Text`] and [`text_with`]: a string as the decoder gives it (lent or
/// owned), a number or boolean as its text.
struct TextVisitor<F>(F);

impl<T, F: FnOnce(Cow<'_, str>) -> T> Visitor<'_> for TextVisitor<F> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, number or boolean")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        Ok((self.0)(Cow::Borrowed(v)))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<T, E> {
        Ok((self.0)(Cow::Owned(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Ok((self.0)(Cow::Owned(v.to_string())))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        Ok((self.0)(Cow::Owned(v.to_string())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        Ok((self.0)(Cow::Owned(v.to_string())))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        Ok((self.0)(Cow::Borrowed(if v { "true" } else { "false" })))
    }
}

/// An integer that a provider may send as a JSON number or as a numeric string (`"7"`).
///
/// A JSON number is read from its text, never through `f64` (see [`crate::Decimal`]): `7.0`
/// and `7e2` are integers, `7.5` and `9223372036854775808` are errors.
///
/// ```
/// let v: Vec<payspec::Int> = serde_json::from_str(r#"[7, "7", " 7 ", 7.0]"#).unwrap();
/// assert!(v.iter().all(|i| i.0 == 7));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Int(pub i64);

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
impl std::str::FromStr for Int {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim().parse().map(Int)
    }
}
impl From<i64> for Int {
    fn from(v: i64) -> Self {
        Int(v)
    }
}
impl From<i32> for Int {
    fn from(v: i32) -> Self {
        Int(v.into())
    }
}
impl From<u32> for Int {
    fn from(v: u32) -> Self {
        Int(v.into())
    }
}
impl Serialize for Int {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.0)
    }
}
impl<'de> Deserialize<'de> for Int {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::decimal::deserialize_exact(d, IntVisitor)
    }
}

/// [`Int`] from a number's text (`7`, `7.0`, `7e2`; not `7.5`), from a string, or from an
/// integer; a number that arrives only as an `f64` (through a buffer) is refused, as for
/// [`crate::Decimal`].
struct IntVisitor;
impl IntVisitor {
    fn integer_of<E: de::Error>(self, d: &crate::Decimal) -> Result<Int, E> {
        match d.minor_units(0) {
            Some(v) => i64::try_from(v)
                .map(Int)
                .map_err(|_| E::invalid_value(de::Unexpected::Other(d.as_str()), &self)),
            None => Err(E::invalid_value(de::Unexpected::Other(d.as_str()), &self)),
        }
    }
}
impl Visitor<'_> for IntVisitor {
    type Value = Int;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an integer or a numeric string")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Int, E> {
        Ok(Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Int, E> {
        i64::try_from(v).map(Int).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Int, E> {
        Err(crate::decimal::inexact(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Int, E> {
        v.trim()
            .parse()
            .map(Int)
            .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}
impl crate::decimal::ExactVisitor<'_> for IntVisitor {
    fn visit_json<E: de::Error>(self, json: Cow<'_, str>) -> Result<Int, E> {
        use crate::decimal::Json;
        match Json::classify(&json) {
            Json::String(s) => self.visit_str(&s?),
            Json::Number(n) => match crate::Decimal::from_json_number(n) {
                Ok(d) => self.integer_of(&d),
                Err(e) => Err(E::custom(e)),
            },
            Json::Other(unexpected) => Err(E::invalid_type(unexpected, &self)),
        }
    }
}

/// A yes/no flag that providers send as `1`/`0`, `"1"`/`"0"` or `true`/`false`; written as `1`/`0`.
///
/// ```
/// let v: Vec<payspec::Flag> = serde_json::from_str(r#"[1, "0", true, "false"]"#).unwrap();
/// assert_eq!(v.iter().map(|f| f.0).collect::<Vec<_>>(), [true, false, true, false]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flag(pub bool);

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { "1" } else { "0" })
    }
}
impl std::str::FromStr for Flag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "1" | "true" => Ok(Flag(true)),
            "0" | "false" | "" => Ok(Flag(false)),
            other => Err(format!("{other:?} is not a 1/0 flag")),
        }
    }
}
impl From<bool> for Flag {
    fn from(v: bool) -> Self {
        Flag(v)
    }
}
impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(u8::from(self.0))
    }
}
impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("1, 0, true or false")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Flag, E> {
                match v {
                    0 => Ok(Flag(false)),
                    1 => Ok(Flag(true)),
                    _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Flag, E> {
                u64::try_from(v)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Flag, E> {
                v.parse()
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        d.deserialize_any(V)
    }
}

/// A list that a PHP backend may send as a JSON array, as an object keyed by position
/// (`{"0": {...}, "1": {...}}`), wrapped in a `{"status": "ok", "<key>": [...]}` envelope, as a
/// single bare item, or as `null`/`false`/`""` when empty.
///
/// ```
/// use payspec::LenientList;
/// #[derive(serde::Deserialize, Debug, PartialEq)]
/// struct Item { id: u32 }
/// for body in [
///     r#"[{"id":1},{"id":2}]"#,
///     r#"{"0":{"id":1},"1":{"id":2}}"#,
///     r#"{"status":"ok","data":[{"id":1},{"id":2}]}"#,
/// ] {
///     let l: LenientList<Item> = serde_json::from_str(body).unwrap();
///     assert_eq!(l.len(), 2);
/// }
/// let one: LenientList<Item> = serde_json::from_str(r#"{"id":7}"#).unwrap();
/// assert_eq!(one[0], Item { id: 7 });
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LenientList<T>(pub Vec<T>);

impl<T> Default for LenientList<T> {
    fn default() -> Self {
        LenientList(Vec::new())
    }
}
impl<T> std::ops::Deref for LenientList<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}
impl<T> IntoIterator for LenientList<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}
impl<'a, T> IntoIterator for &'a LenientList<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
impl<T> From<Vec<T>> for LenientList<T> {
    fn from(v: Vec<T>) -> Self {
        LenientList(v)
    }
}
impl<T: Serialize> Serialize for LenientList<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// The members of a list sent as a JSON object, each kept as its JSON text (borrowed from the
/// body where serde_json can lend it), so that the items decode from the text and their
/// numbers stay exact. Keys are unique, the last one kept, as in a `serde_json::Map`.
type Members<'de> = BTreeMap<String, Cow<'de, str>>;

/// `{"status": "ok", "data": [...]}`: a success status next to one container and at most a
/// few scalars (a message, a total). An item that merely has a `status` field (a PayKeeper
/// invoice is `"paid"`) is not an envelope.
fn is_envelope(members: &Members<'_>) -> bool {
    use serde_json::Value;
    let ok = match members.get("status").map(|s| serde_json::from_str::<Value>(s)) {
        Some(Ok(Value::String(s))) => ["ok", "success", "1", "true"]
            .iter()
            .any(|v| s.trim().eq_ignore_ascii_case(v)),
        Some(Ok(Value::Bool(b))) => b,
        Some(Ok(Value::Number(n))) => n.as_u64() == Some(1),
        _ => false,
    };
    let containers = members.values().filter(|v| is_container(v)).count();
    let scalars = members.len().saturating_sub(containers + 1);
    ok && scalars <= 3
}

fn is_container(json: &str) -> bool {
    json.starts_with(['[', '{'])
}

fn is_position(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit())
}

/// How deep lists sent as objects may nest in one another (see [`item`]).
const MAX_REPARSE_DEPTH: usize = 16;

/// Decodes one item from its JSON text. An error says where: `what` (the member's name) and
/// the position within that text (serde_json adds the position in the whole answer, the end of
/// the object that held the member).
///
/// Each item is a fresh serde_json parse with serde_json's own depth limit, and an item may
/// hold a list sent as an object again: [`MAX_REPARSE_DEPTH`] bounds how deep such parses nest,
/// so that the stack stays bounded whatever the answer.
fn item<T: DeserializeOwned, E: de::Error>(json: &str, what: fmt::Arguments<'_>) -> Result<T, E> {
    thread_local! {
        static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }
    struct Level;
    impl Drop for Level {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
        }
    }
    if DEPTH.with(|d| d.replace(d.get() + 1)) >= MAX_REPARSE_DEPTH {
        DEPTH.with(|d| d.set(d.get() - 1));
        return Err(E::custom(format_args!(
            "recursion limit exceeded: lists sent as objects nest more than {MAX_REPARSE_DEPTH} deep"
        )));
    }
    let _level = Level;
    serde_json::from_str(json).map_err(|e| {
        let position = format!(" at line {} column {}", e.line(), e.column());
        let shown = e.to_string();
        let message = shown.strip_suffix(&position).unwrap_or(&shown);
        E::custom(format_args!(
            "{message} (in {what}, line {} column {} of it)",
            e.line(),
            e.column()
        ))
    })
}

fn list_from_members<T: DeserializeOwned, E: de::Error>(members: Members<'_>) -> Result<Vec<T>, E> {
    if is_envelope(&members) {
        // An envelope: the list is its one container-valued member, in any shape a list takes.
        let mut containers = members.iter().filter(|(k, v)| *k != "status" && is_container(v));
        match (containers.next(), containers.next()) {
            (Some((key, inner)), None) => {
                item::<LenientList<T>, E>(inner, format_args!("the member `{key}`")).map(|l| l.0)
            }
            (None, _) => Ok(Vec::new()),
            _ => Err(E::custom("an envelope with more than one list field")),
        }
    } else if members.is_empty() {
        Ok(Vec::new())
    } else if members.keys().any(|k| is_position(k)) {
        // A PHP array with numeric keys; scalar siblings (a `total`, say) are metadata.
        let mut entries: Vec<(u128, &str, &str)> = Vec::new();
        for (k, v) in &members {
            match (is_position(k), v.as_ref()) {
                (true, "null") => {}
                (true, v) => entries.push((k.parse().unwrap_or(u128::MAX), k, v)),
                (false, v) if is_container(v) => {
                    return Err(E::custom(format!(
                        "a keyed list with an unexpected nested field `{k}`"
                    )));
                }
                (false, _) => {}
            }
        }
        // Keys order as strings ("10" < "2"): restore the numeric order.
        entries.sort_by_key(|(k, _, _)| *k);
        entries
            .into_iter()
            .map(|(_, k, v)| item(v, format_args!("the member `{k}`")))
            .collect()
    } else {
        // One bare item: its members written back as one object.
        let mut object = String::from("{");
        for (i, (k, v)) in members.iter().enumerate() {
            if i > 0 {
                object.push(',');
            }
            object.push_str(&serde_json::to_string(k).map_err(E::custom)?);
            object.push(':');
            object.push_str(v);
        }
        object.push('}');
        item(&object, format_args!("the object")).map(|item| vec![item])
    }
}

/// A member's value as JSON text: from serde_json, the text itself; from a deserializer that
/// does not have it (serde's buffer), rewritten from what it gives, refusing a non-integer
/// number (an `f64` does not tell its digits, see [`crate::Decimal`]).
struct MemberText;
impl MemberText {
    fn from_value<'de, E: de::Error>(value: serde_json::Value) -> Result<Cow<'de, str>, E> {
        fn check<E: de::Error>(value: &serde_json::Value) -> Result<(), E> {
            use serde_json::Value;
            match value {
                Value::Number(n) => match n.as_f64() {
                    Some(f) if n.is_f64() => Err(crate::decimal::inexact(f)),
                    _ => Ok(()),
                },
                Value::Array(items) => items.iter().try_for_each(check),
                Value::Object(map) => map.values().try_for_each(check),
                _ => Ok(()),
            }
        }
        check(&value)?;
        Ok(Cow::Owned(value.to_string()))
    }
}
impl<'de> de::DeserializeSeed<'de> for MemberText {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        crate::decimal::deserialize_exact(d, self)
    }
}
impl<'de> crate::decimal::ExactVisitor<'de> for MemberText {
    fn visit_json<E: de::Error>(self, json: Cow<'de, str>) -> Result<Cow<'de, str>, E> {
        Ok(json)
    }
}
impl<'de> Visitor<'de> for MemberText {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Self::from_value(v.into())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::from_value(v.into())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::from_value(v.into())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Err(crate::decimal::inexact(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Self::from_value(v.into())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Self::from_value(serde_json::Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Self::from_value(serde_json::Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        crate::decimal::deserialize_exact(d, self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Self::from_value(serde_json::Value::deserialize(
            de::value::SeqAccessDeserializer::new(seq),
        )?)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Self::from_value(serde_json::Value::deserialize(
            de::value::MapAccessDeserializer::new(map),
        )?)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for LenientList<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = LenientList<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of items")
            }
            // The common case, an array, decodes straight into the items.
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(item) = seq.next_element()? {
                    out.push(item);
                }
                Ok(LenientList(out))
            }
            // Any other shape keeps each member's text, then finds the items in it.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Members::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value_seed(MemberText)?;
                    members.insert(key, value);
                }
                list_from_members(members).map(LenientList)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(LenientList(Vec::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(LenientList(Vec::new()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                if v {
                    Err(E::invalid_type(de::Unexpected::Bool(v), &self))
                } else {
                    Ok(LenientList(Vec::new()))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v.is_empty() {
                    Ok(LenientList(Vec::new()))
                } else {
                    Err(E::invalid_type(de::Unexpected::Str(v), &self))
                }
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A map keyed by name that a PHP backend sends as `[]` (or `null`) when it is empty.
///
/// ```
/// let m: payspec::LenientMap<u32> = serde_json::from_str("[]").unwrap();
/// assert!(m.is_empty());
/// let m: payspec::LenientMap<u32> = serde_json::from_str(r#"{"BTC": 8}"#).unwrap();
/// assert_eq!(m["BTC"], 8);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LenientMap<T>(pub BTreeMap<String, T>);

impl<T> Default for LenientMap<T> {
    fn default() -> Self {
        LenientMap(BTreeMap::new())
    }
}
impl<T> std::ops::Deref for LenientMap<T> {
    type Target = BTreeMap<String, T>;
    fn deref(&self) -> &BTreeMap<String, T> {
        &self.0
    }
}
impl<T> IntoIterator for LenientMap<T> {
    type Item = (String, T);
    type IntoIter = std::collections::btree_map::IntoIter<String, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}
impl<T: Serialize> Serialize for LenientMap<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}
impl<'de, T: Deserialize<'de>> Deserialize<'de> for LenientMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = LenientMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object, or an array (PHP's empty or positional map)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, T>()? {
                    out.insert(k, v);
                }
                Ok(LenientMap(out))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                let mut i = 0usize;
                while let Some(v) = seq.next_element::<T>()? {
                    out.insert(i.to_string(), v);
                    i += 1;
                }
                Ok(LenientMap(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(LenientMap::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(LenientMap::default())
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A form or query field whose text is a JSON document (PayKeeper's `service_name` and
/// `refund_cart`): either structured, serialized to JSON text for the caller, or plain text.
///
/// ```
/// use payspec::JsonText;
/// #[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
/// struct Extra { lang: String }
/// let field = JsonText::Structured(Extra { lang: "ru".into() });
/// assert_eq!(serde_urlencoded::to_string([("service_name", &field)]).unwrap(),
///            "service_name=%7B%22lang%22%3A%22ru%22%7D");
/// let plain: JsonText<Extra> = serde_json::from_str(r#""Document delivery""#).unwrap();
/// assert_eq!(plain, JsonText::Plain("Document delivery".into()));
/// let parsed: JsonText<Extra> = serde_json::from_str(r#""{\"lang\":\"en\"}""#).unwrap();
/// assert_eq!(parsed, JsonText::Structured(Extra { lang: "en".into() }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum JsonText<T> {
    /// A structured value, written as JSON text.
    Structured(T),
    /// Plain text, written as is.
    Plain(String),
}

impl<T> From<T> for JsonText<T> {
    fn from(value: T) -> Self {
        JsonText::Structured(value)
    }
}

impl<T: Serialize> Serialize for JsonText<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            JsonText::Structured(v) => {
                let text = serde_json::to_string(v).map_err(serde::ser::Error::custom)?;
                s.serialize_str(&text)
            }
            JsonText::Plain(text) => s.serialize_str(text),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for JsonText<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Text::deserialize(d)?.0;
        let trimmed = text.trim_start();
        if (trimmed.starts_with('{') || trimmed.starts_with('['))
            && let Ok(v) = serde_json::from_str(&text)
        {
            return Ok(JsonText::Structured(v));
        }
        Ok(JsonText::Plain(text))
    }
}

/// Text where the provider writes "no value" as JSON `null`, the string `"null"` or `""`
/// (PayKeeper does all three). Decodes those as `None`.
///
/// ```
/// let v: Vec<payspec::NullableText> = serde_json::from_str(r#"["null", "", null, "x"]"#).unwrap();
/// assert_eq!(v.iter().map(|t| t.as_deref()).collect::<Vec<_>>(), [None, None, None, Some("x")]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct NullableText(pub Option<String>);

impl NullableText {
    /// The text, if there is one.
    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}
impl fmt::Display for NullableText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_deref().unwrap_or(""))
    }
}
impl std::str::FromStr for NullableText {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(NullableText(none_if_null(s.to_owned())))
    }
}
impl From<&str> for NullableText {
    fn from(s: &str) -> Self {
        NullableText(none_if_null(s.to_owned()))
    }
}
impl Serialize for NullableText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Some(t) => s.serialize_str(t),
            None => s.serialize_none(),
        }
    }
}
impl<'de> Deserialize<'de> for NullableText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Option::<Text>::deserialize(d)?;
        Ok(NullableText(text.and_then(|t| none_if_null(t.0))))
    }
}

fn none_if_null(s: String) -> Option<String> {
    if s.is_empty() || s.eq_ignore_ascii_case("null") {
        None
    } else {
        Some(s)
    }
}

/// An exact decimal where the provider writes "no value" as `null`, `"null"` or `""`.
///
/// A JSON number is read from its text, never through `f64` (see [`crate::Decimal`]).
///
/// ```
/// let v: Vec<payspec::NullableDecimal> = serde_json::from_str(r#"["null", "1205.98", 7]"#).unwrap();
/// assert_eq!(v[0].value(), None);
/// assert_eq!(v[1].value().unwrap().minor_units(2), Some(120598));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct NullableDecimal(pub Option<crate::Decimal>);

impl NullableDecimal {
    /// The amount, if there is one.
    pub fn value(&self) -> Option<&crate::Decimal> {
        self.0.as_ref()
    }
}
impl fmt::Display for NullableDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(d) => d.fmt(f),
            None => Ok(()),
        }
    }
}
impl std::str::FromStr for NullableDecimal {
    type Err = crate::DecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match none_if_null(s.trim().to_owned()) {
            None => Ok(NullableDecimal(None)),
            Some(s) => crate::Decimal::parse(&s).map(|d| NullableDecimal(Some(d))),
        }
    }
}
impl Serialize for NullableDecimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Some(d) => d.serialize(s),
            None => s.serialize_none(),
        }
    }
}
impl<'de> Deserialize<'de> for NullableDecimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::decimal::deserialize_exact(d, NullableDecimalVisitor)
    }
}

/// [`NullableDecimal`] from a value's JSON text, or from what a buffer gives (as
/// [`crate::Decimal`]: a number that arrives only as an `f64` is refused).
struct NullableDecimalVisitor;
impl<'de> Visitor<'de> for NullableDecimalVisitor {
    type Value = NullableDecimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a decimal amount as a string or a number, or null")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<NullableDecimal, E> {
        match none_if_null(v.to_owned()) {
            None => Ok(NullableDecimal(None)),
            Some(s) => crate::Decimal::parse(&s)
                .map(|d| NullableDecimal(Some(d)))
                .map_err(de::Error::custom),
        }
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<NullableDecimal, E> {
        Ok(NullableDecimal(Some(v.into())))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<NullableDecimal, E> {
        Ok(NullableDecimal(Some(v.into())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<NullableDecimal, E> {
        Err(crate::decimal::inexact(v))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<NullableDecimal, E> {
        self.visit_str(if v { "true" } else { "false" })
    }
    fn visit_unit<E: de::Error>(self) -> Result<NullableDecimal, E> {
        Ok(NullableDecimal(None))
    }
    fn visit_none<E: de::Error>(self) -> Result<NullableDecimal, E> {
        Ok(NullableDecimal(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<NullableDecimal, D::Error> {
        crate::decimal::deserialize_exact(d, self)
    }
}
impl<'de> crate::decimal::ExactVisitor<'de> for NullableDecimalVisitor {
    fn visit_json<E: de::Error>(self, json: Cow<'_, str>) -> Result<NullableDecimal, E> {
        use crate::decimal::Json;
        match Json::classify(&json) {
            Json::String(s) => self.visit_str(&s?),
            Json::Number(n) => crate::Decimal::from_json_number(n)
                .map(|d| NullableDecimal(Some(d)))
                .map_err(E::custom),
            Json::Other(de::Unexpected::Unit) => Ok(NullableDecimal(None)),
            Json::Other(de::Unexpected::Bool(v)) => self.visit_bool(v),
            Json::Other(unexpected) => Err(E::invalid_type(unexpected, &self)),
        }
    }
}

/// One object that a provider sends either bare or as the only element of an array
/// (PayKeeper's invoice and payment lookups, its token answer).
///
/// ```
/// #[derive(serde::Deserialize, Debug, PartialEq)]
/// struct T { token: String }
/// let a: payspec::Single<T> = serde_json::from_str(r#"{"token":"x"}"#).unwrap();
/// let b: payspec::Single<T> = serde_json::from_str(r#"[{"token":"x"}]"#).unwrap();
/// assert_eq!(a, b);
/// assert_eq!(a.token, "x");
/// assert!(serde_json::from_str::<payspec::Single<T>>("[]").is_err());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Single<T>(pub T);

impl<T> Single<T> {
    /// The object.
    pub fn into_inner(self) -> T {
        self.0
    }
}
impl<T> std::ops::Deref for Single<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
impl<T: Serialize> Serialize for Single<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}
impl<'de, T: DeserializeOwned> Deserialize<'de> for Single<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = LenientList::<T>::deserialize(d)?;
        let count = list.0.len();
        let mut items = list.0.into_iter();
        match (items.next(), count) {
            (Some(item), 1) => Ok(Single(item)),
            (None, _) => Err(de::Error::custom("expected one object, found none")),
            _ => Err(de::Error::custom(format!("expected one object, found {count}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Item {
        id: Option<u32>,
    }

    fn ids(body: &str) -> Result<Vec<Option<u32>>, serde_json::Error> {
        serde_json::from_str::<LenientList<Item>>(body).map(|l| l.0.into_iter().map(|i| i.id).collect())
    }

    #[test]
    fn text_and_text_with_read_the_same_values() {
        // From a Value the decoder hands strings over owned (visit_string), from bytes lent.
        let values = serde_json::json!(["7927", 7927, -5, 1.5, true, false, "", "ключ"]);
        let expected = ["7927", "7927", "-5", "1.5", "true", "false", "", "ключ"];
        let owned: Vec<Text> = serde_json::from_value(values.clone()).unwrap();
        let lent: Vec<Text> = serde_json::from_str(&values.to_string()).unwrap();
        assert_eq!(owned, expected.map(Text::from));
        assert_eq!(lent, expected.map(Text::from));
        for (value, expected) in values.as_array().unwrap().iter().zip(expected) {
            assert_eq!(text_with(value, str::to_owned).unwrap(), expected);
        }
        for wrong in ["null", "[]", "{}"] {
            let err = serde_json::from_str::<Text>(wrong).unwrap_err().to_string();
            assert!(err.contains("a string, number or boolean"), "{err}");
            let mut de = serde_json::Deserializer::from_str(wrong);
            assert!(text_with(&mut de, |_| ()).is_err());
        }
    }

    #[test]
    fn keyed_lists_keep_numeric_order_and_ignore_scalar_metadata() {
        assert_eq!(
            ids(r#"{"10":{"id":10},"2":{"id":2},"total":2,"3":null}"#).unwrap(),
            [Some(2), Some(10)]
        );
        assert!(ids(r#"{"0":{"id":1},"extra":{"id":2}}"#).is_err());
    }

    #[test]
    fn empty_shapes_are_empty_lists() {
        for body in [
            "{}",
            "[]",
            "null",
            "false",
            r#""""#,
            r#"{"status":"ok"}"#,
            r#"{"status":1,"total":0}"#,
        ] {
            assert_eq!(ids(body).unwrap(), [], "{body}");
        }
        assert!(ids("true").is_err());
        assert!(ids(r#""x""#).is_err());
    }

    #[test]
    fn an_item_with_a_status_is_an_item_not_an_envelope() {
        assert_eq!(
            ids(r#"{"id":5,"status":"paid","orderid":"1"}"#).unwrap(),
            [Some(5)]
        );
        assert_eq!(
            ids(r#"{"status":"success","data":[{"id":1},{"id":2}]}"#).unwrap(),
            [Some(1), Some(2)]
        );
    }

    #[derive(Deserialize, Debug)]
    struct Amount {
        amount: crate::Decimal,
        #[serde(flatten)]
        extra: serde_json::Map<String, serde_json::Value>,
    }

    #[test]
    fn lists_sent_as_objects_keep_numbers_exact() {
        let amounts = |body: &str| -> Vec<String> {
            serde_json::from_str::<LenientList<Amount>>(body)
                .unwrap_or_else(|e| panic!("{body}: {e}"))
                .0
                .into_iter()
                .map(|a| a.amount.as_str().to_owned())
                .collect()
        };
        let n = "123456789012345678.91";
        for body in [
            format!(r#"{{"amount":{n}}}"#),
            format!(r#"{{"0":{{"amount":{n}}},"total":1}}"#),
            format!(r#"{{"status":"ok","data":{{"0":{{"amount":{n}}}}}}}"#),
            format!(r#"{{"status":"ok","data":[{{"amount":{n}}}]}}"#),
        ] {
            assert_eq!(amounts(&body), [n], "{body}");
        }
        let single: Single<Amount> =
            serde_json::from_str(r#"{"amount":1.123456789012345678,"x":1}"#).unwrap();
        assert_eq!(single.amount.as_str(), "1.123456789012345678");
        assert_eq!(single.extra["x"], 1);
        let err = serde_json::from_str::<LenientList<Amount>>(r#"{"7":{"amount":1e-400}}"#).unwrap_err();
        assert!(err.to_string().contains("in the member `7`"), "{err}");
        // Duplicate members: the last one counts, as in a serde_json::Map.
        assert_eq!(amounts(r#"{"0":{"amount":1},"0":{"amount":2}}"#), ["2"]);
        assert_eq!(amounts(r#"{"amount":1,"amount":2}"#), ["2"]);
    }

    #[test]
    fn lists_sent_as_objects_nest_a_bounded_depth() {
        for (open, close) in [(r#"{"status":"ok","data":"#, "}"), (r#"{"0":"#, "}")] {
            let body = format!("{}[]{}", open.repeat(100_000), close.repeat(100_000));
            let err = serde_json::from_str::<LenientList<serde_json::Value>>(&body).unwrap_err();
            assert!(err.to_string().contains("recursion limit"), "{err}");
        }
        let ok = format!("{}[1]{}", r#"{"status":"ok","data":"#.repeat(10), "}".repeat(10));
        assert_eq!(serde_json::from_str::<LenientList<u8>>(&ok).unwrap().0, [1]);
    }

    #[test]
    fn nullable_decimals_and_ints_read_number_text() {
        let v: Vec<NullableDecimal> =
            serde_json::from_str(r#"[null, "null", "", 1.123456789012345678, "7", 1e2]"#).unwrap();
        let shown: Vec<Option<&str>> = v.iter().map(|d| d.value().map(crate::Decimal::as_str)).collect();
        assert_eq!(
            shown,
            [
                None,
                None,
                None,
                Some("1.123456789012345678"),
                Some("7"),
                Some("100")
            ]
        );
        assert!(serde_json::from_str::<NullableDecimal>("1e-400").is_err());
        let v: Vec<Int> = serde_json::from_str(r#"[7, 7.0, 7e2, "7", 9223372036854775807]"#).unwrap();
        assert_eq!(
            v.iter().map(|i| i.0).collect::<Vec<_>>(),
            [7, 7, 700, 7, i64::MAX]
        );
        for bad in [
            "7.0000000000000001",
            "7.5",
            "9223372036854775808",
            "1e-400",
            "1e19",
        ] {
            assert!(serde_json::from_str::<Int>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn maps_accept_php_arrays() {
        let m: LenientMap<u32> = serde_json::from_str("[5, 6]").unwrap();
        assert_eq!(m.get("1"), Some(&6));
        let m: LenientMap<u32> = serde_json::from_str("null").unwrap();
        assert!(m.is_empty());
    }
}
