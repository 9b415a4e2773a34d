//! Filters for list endpoints that take operators in the query (Invoicebox's
//! `field[_ge]=value`, `field[]=a&field[]=b`, `_order[field]=desc`).

use std::fmt;

use serde::{Serialize, Serializer, ser::SerializeMap};

/// Sort direction for [`QueryFilter::order_by`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
}

/// A list filter written into the query as `field=value`, `field[_op]=value`, `field[]=value`
/// and `_order[field]=asc|desc` pairs, in the order they were added.
///
/// ```
/// use payspec::{QueryFilter, query::Direction};
/// let f = QueryFilter::new()
///     .ge("createdAt", "2021-01-27T00:00:00")
///     .any_of("status", ["created", "completed"])
///     .starts_with("merchantOrderId", "ORD")
///     .order_by("createdAt", Direction::Desc);
/// assert_eq!(
///     f.to_string(),
///     "createdAt%5B_ge%5D=2021-01-27T00%3A00%3A00&status%5B%5D=created&status%5B%5D=completed\
///      &merchantOrderId%5B_start%5D=ORD&_order%5BcreatedAt%5D=desc"
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryFilter {
    pairs: Vec<(String, String)>,
}

impl QueryFilter {
    /// An empty filter.
    pub fn new() -> Self {
        Self::default()
    }

    fn push(mut self, key: String, value: impl fmt::Display) -> Self {
        self.pairs.push((key, value.to_string()));
        self
    }

    /// `field=value`
    pub fn eq(self, field: &str, value: impl fmt::Display) -> Self {
        self.push(field.to_owned(), value)
    }
    /// `field[_ne]=value`
    pub fn ne(self, field: &str, value: impl fmt::Display) -> Self {
        self.push(format!("{field}[_ne]"), value)
    }
    /// `field[_gt]=value`
    pub fn gt(self, field: &str, value: impl fmt::Display) -> Self {
        self.push(format!("{field}[_gt]"), value)
    }
    /// `field[_ge]=value`
    pub fn ge(self, field: &str, value: impl fmt::Display) -> Self {
        self.push(format!("{field}[_ge]"), value)
    }
    /// `field[_lt]=value`
    pub fn lt(self, field: &str, value: impl fmt::Display) -> Self {
        self.push(format!("{field}[_lt]"), value)
    }
    /// `field[_le]=value`
    pub fn le(self, field: &str, value: impl fmt::Display) -> Self {
        self.push(format!("{field}[_le]"), value)
    }
    /// `field[_start]=prefix`
    pub fn starts_with(self, field: &str, prefix: impl fmt::Display) -> Self {
        self.push(format!("{field}[_start]"), prefix)
    }
    /// `field[]=v1&field[]=v2...`
    pub fn any_of<V: fmt::Display>(mut self, field: &str, values: impl IntoIterator<Item = V>) -> Self {
        for v in values {
            self = self.push(format!("{field}[]"), v);
        }
        self
    }
    /// `_order[field]=asc|desc`; repeat for a multi-field sort.
    pub fn order_by(self, field: &str, direction: Direction) -> Self {
        let d = match direction {
            Direction::Asc => "asc",
            Direction::Desc => "desc",
        };
        self.push(format!("_order[{field}]"), d)
    }

    /// The pairs, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

/// Serializes as a map of its pairs, which the generated client writes as separate query
/// parameters (OpenAPI `style: form, explode: true` on an object).
impl Serialize for QueryFilter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.pairs.len()))?;
        for (k, v) in &self.pairs {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The pairs as an `application/x-www-form-urlencoded` query string.
impl fmt::Display for QueryFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &self.pairs {
            out.append_pair(k, v);
        }
        f.write_str(&out.finish())
    }
}

/// Parses a query string such as `status[]=paid&_order[createdAt]=desc`.
impl std::str::FromStr for QueryFilter {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let pairs = form_urlencoded::parse(s.trim_start_matches('?').as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        Ok(QueryFilter { pairs })
    }
}

impl<'de> serde::Deserialize<'de> for QueryFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, crate::Text>::deserialize(d)?;
        Ok(QueryFilter {
            pairs: map.into_iter().map(|(k, v)| (k, v.0)).collect(),
        })
    }
}
