//! Exact decimal amounts.
//!
//! Payment APIs send money as text (`"1205.98"`), as JSON numbers (`1205.98`) or with a comma
//! (`"1205,98"`). [`Decimal`] keeps the digits exactly as given, so nothing is rounded between
//! what the caller passes and what goes on the wire.

use std::fmt;
use std::str::FromStr;

use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why a string is not a decimal amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{input:?} is not a decimal amount: {reason}")]
pub struct DecimalError {
    input: String,
    reason: &'static str,
}

/// How [`Decimal::round_dp_with`] rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    /// Half away from zero (`0.5` → `1`, `-0.5` → `-1`).
    HalfUp,
    /// Half towards zero (`0.5` → `0`).
    HalfDown,
    /// Towards negative infinity.
    Floor,
    /// Towards positive infinity.
    Ceil,
}

/// An exact decimal number, written to the wire as text (`"1205.98"`).
///
/// Parsing accepts an optional sign, digits, and one `.` or `,` separator; it keeps trailing
/// fractional zeros (`"100.50"` stays `"100.50"`) and rejects exponents, so the text that goes
/// on the wire is always a plain decimal that is also a valid JSON number.
///
/// Decoding is lenient: a JSON string or a JSON number is accepted, and a number is read from
/// its text, never through `f64`: `123456789012345678.91` stays `123456789012345678.91`. How:
///
/// - From serde_json's own deserializers (`serde_json::from_slice`, `from_str`, `from_reader`,
///   which the generated clients use), a decimal asks for the value's JSON text the way
///   `serde_json::value::RawValue` does and reads the digits as written. No serde_json feature
///   is needed beyond `raw_value` (in particular not `arbitrary_precision`).
/// - A plain number (`1205.98`, `-7`) keeps its digits exactly, whatever their count, like a
///   string does. A number with an exponent (`1.5e3`, `125E-2`) is written out without it
///   (`1500`, `1.25`) when that takes at most 38 digits (the range of the exact arithmetic,
///   an `i128`); otherwise (`1e-400`, `1e300`) it is an error, not a rounded or zero value:
///   a few bytes of exponent must not become megabytes of digits.
/// - From a `serde_json::Value`, the number is read from the value's own text (serde_json
///   holds a `Value`'s non-integer numbers as `f64` already, so what a `Value` gives is what it
///   holds).
/// - From a deserializer that cannot give the text (serde's internal buffer behind
///   `#[serde(untagged)]` enums and `#[serde(flatten)]` fields, or another format) a
///   non-integer number arrives only as an `f64`. No `f64` proves its text: `0.1`,
///   `0.10000000000000000001` and `0.1000000000000000055511151231257827` all give the same one,
///   and `1e-400` gives `0`. So such a number is an error that says so, never a guess;
///   integers (`i64`/`u64`) arrive exactly and are accepted. (No generated type reaches a
///   decimal through such a buffer: the payspec collections read their items from text.)
///
/// An error names the offending text; serde_json adds the line and column.
///
/// ```
/// use payspec::Decimal;
/// let d: Decimal = "1205.98".parse().unwrap();
/// assert_eq!(d.minor_units(2), Some(120598));
/// assert_eq!(d.as_str(), "1205.98");
/// assert_eq!("1205,98".parse::<Decimal>().unwrap(), d);
/// assert_eq!(Decimal::from_minor_units(120598, 2).as_str(), "1205.98");
/// ```
#[derive(Clone)]
pub struct Decimal(String);

impl Decimal {
    /// Parses a decimal, see the type's documentation for the accepted forms.
    pub fn parse(input: &str) -> Result<Self, DecimalError> {
        if is_canonical(input.as_bytes()) {
            // What providers almost always send: kept as is, in one pass.
            return Ok(Decimal(input.to_owned()));
        }
        let err = |reason| DecimalError {
            input: input.to_owned(),
            reason,
        };
        let s = input.trim();
        let (negative, body) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        if body.is_empty() {
            return Err(err("no digits"));
        }
        let (int, frac) = match body.bytes().position(|b| b == b'.' || b == b',') {
            Some(i) => (&body[..i], Some(&body[i + 1..])),
            None => (body, None),
        };
        if int.is_empty() && frac.is_none_or(str::is_empty) {
            return Err(err("no digits"));
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err("only digits and one '.' or ',' are allowed"));
        }
        if let Some(f) = frac
            && !f.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(err("only digits and one '.' or ',' are allowed"));
        }
        let int = int.trim_start_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        let frac = frac.filter(|f| !f.is_empty());
        let zero = int == "0" && frac.is_none_or(|f| f.bytes().all(|b| b == b'0'));
        let mut out = String::with_capacity(s.len() + 1);
        if negative && !zero {
            out.push('-');
        }
        out.push_str(int);
        if let Some(f) = frac {
            out.push('.');
            out.push_str(f);
        }
        Ok(Decimal(out))
    }

    /// The amount as written on the wire, e.g. `"1205.98"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The amount in minor units (kopecks for `scale = 2`), or `None` if the amount has
    /// non-zero digits beyond `scale` or does not fit in an `i128`.
    pub fn minor_units(&self, scale: u32) -> Option<i128> {
        let (negative, body) = match self.0.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, self.0.as_str()),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let scale = scale as usize;
        if frac.len() > scale && frac[scale..].bytes().any(|b| b != b'0') {
            return None;
        }
        let mut value: i128 = 0;
        let frac_digits = frac.bytes().chain(std::iter::repeat(b'0')).take(scale);
        for b in int.bytes().chain(frac_digits) {
            value = value.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
        }
        Some(if negative { -value } else { value })
    }

    /// Builds the amount `units / 10^scale` exactly, e.g. `(120598, 2)` is `1205.98`.
    pub fn from_minor_units(units: i128, scale: u32) -> Self {
        let digits = units.unsigned_abs().to_string();
        let scale = scale as usize;
        let mut out = String::new();
        if units < 0 {
            out.push('-');
        }
        if scale == 0 {
            out.push_str(&digits);
        } else if digits.len() > scale {
            let (i, f) = digits.split_at(digits.len() - scale);
            out.push_str(i);
            out.push('.');
            out.push_str(f);
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat(scale - digits.len()));
            out.push_str(&digits);
        }
        Decimal(out)
    }

    /// The value as `mantissa / 10^scale`.
    fn parts(&self) -> Option<(i128, u32)> {
        let scale = self.0.split_once('.').map_or(0, |(_, f)| f.len());
        Some((
            self.minor_units(u32::try_from(scale).ok()?)?,
            u32::try_from(scale).ok()?,
        ))
    }

    fn rescale(m: i128, from: u32, to: u32) -> Option<i128> {
        m.checked_mul(10i128.checked_pow(to.checked_sub(from)?)?)
    }

    /// `self + other`, exactly (`None` on overflow).
    ///
    /// ```
    /// let a: payspec::Decimal = "0.1".parse().unwrap();
    /// assert_eq!(a.checked_add(&"0.2".parse().unwrap()).unwrap().as_str(), "0.3");
    /// ```
    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        let ((a, sa), (b, sb)) = (self.parts()?, other.parts()?);
        let s = sa.max(sb);
        let sum = Self::rescale(a, sa, s)?.checked_add(Self::rescale(b, sb, s)?)?;
        Some(Decimal::from_minor_units(sum, s))
    }

    /// `self × other`, exactly (`None` on overflow).
    ///
    /// ```
    /// let p: payspec::Decimal = "123.96".parse().unwrap();
    /// assert_eq!(p.checked_mul(&"1.5".parse().unwrap()).unwrap().as_str(), "185.940");
    /// ```
    pub fn checked_mul(&self, other: &Decimal) -> Option<Decimal> {
        let ((a, sa), (b, sb)) = (self.parts()?, other.parts()?);
        Some(Decimal::from_minor_units(a.checked_mul(b)?, sa.checked_add(sb)?))
    }

    /// Rounded to `scale` decimals, half away from zero.
    ///
    /// ```
    /// let d: payspec::Decimal = "2.675".parse().unwrap();
    /// assert_eq!(d.round_dp(2).unwrap().as_str(), "2.68");
    /// ```
    pub fn round_dp(&self, scale: u32) -> Option<Decimal> {
        self.round_dp_with(scale, Rounding::HalfUp)
    }

    /// Rounded to `scale` decimals with the given rule.
    ///
    /// ```
    /// use payspec::{Decimal, Rounding};
    /// let d: Decimal = "-2.675".parse().unwrap();
    /// assert_eq!(d.round_dp_with(2, Rounding::Floor).unwrap().as_str(), "-2.68");
    /// assert_eq!(d.round_dp_with(2, Rounding::Ceil).unwrap().as_str(), "-2.67");
    /// assert_eq!(d.round_dp_with(2, Rounding::HalfDown).unwrap().as_str(), "-2.67");
    /// ```
    pub fn round_dp_with(&self, scale: u32, rule: Rounding) -> Option<Decimal> {
        let (m, s) = self.parts()?;
        if s <= scale {
            return Some(Decimal::from_minor_units(Self::rescale(m, s, scale)?, scale));
        }
        let div = 10i128.checked_pow(s - scale)?;
        let (q, r) = (m / div, m % div);
        let away = match rule {
            Rounding::HalfUp => r.abs() * 2 >= div,
            Rounding::HalfDown => r.abs() * 2 > div,
            Rounding::Floor => r < 0,
            Rounding::Ceil => r > 0,
        };
        let q = if away && r != 0 { q + r.signum() } else { q };
        Some(Decimal::from_minor_units(q, scale))
    }

    /// Compares values (`1.50` equals `1.5`).
    pub fn cmp_value(&self, other: &Decimal) -> Option<std::cmp::Ordering> {
        let ((a, sa), (b, sb)) = (self.parts()?, other.parts()?);
        let s = sa.max(sb);
        Some(Self::rescale(a, sa, s)?.cmp(&Self::rescale(b, sb, s)?))
    }

    /// The shortest exact text of the value: no trailing zeros after the point, no point when
    /// nothing follows it, no exponent, no `+`, no `-` on zero. Equal values have the same
    /// canonical text (`100.00`, `100.0` and `100` are all `100`). The value itself keeps its
    /// digits; this is what goes on the wire where the spec asks for one text per value
    /// (`x-signature` `canonical`, see `specs/CONVENTIONS.md`).
    ///
    /// ```
    /// use payspec::Decimal;
    /// let canonical = |s: &str| s.parse::<Decimal>().unwrap().canonical().as_str().to_owned();
    /// assert_eq!(canonical("100.00"), "100");
    /// assert_eq!(canonical("150.50"), "150.5");
    /// assert_eq!(canonical("0.00050000"), "0.0005");
    /// assert_eq!(canonical("-0.00"), "0");
    /// assert_eq!(canonical("1000"), "1000");
    /// ```
    pub fn canonical(&self) -> Decimal {
        Decimal(self.normalized().to_owned())
    }

    /// The digits with trailing fractional zeros removed, used for equality.
    fn normalized(&self) -> &str {
        match self.0.split_once('.') {
            Some(_) => self.0.trim_end_matches('0').trim_end_matches('.'),
            None => &self.0,
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.normalized() == other.normalized()
    }
}
impl Eq for Decimal {}
impl std::hash::Hash for Decimal {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.normalized().hash(state);
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({})", self.0)
    }
}
impl FromStr for Decimal {
    type Err = DecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse(s)
    }
}
impl TryFrom<&str> for Decimal {
    type Error = DecimalError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Decimal::parse(s)
    }
}
impl TryFrom<String> for Decimal {
    type Error = DecimalError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Decimal::parse(&s)
    }
}
impl TryFrom<&String> for Decimal {
    type Error = DecimalError;
    fn try_from(s: &String) -> Result<Self, Self::Error> {
        Decimal::parse(s)
    }
}
macro_rules! decimal_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Decimal {
            fn from(v: $t) -> Self { Decimal(v.to_string()) }
        }
    )*};
}
decimal_from_int!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128, isize, usize);

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// The longest text (in digits) a number with an exponent is written out to: 38 digits, the
/// range of [`Decimal`]'s exact arithmetic (an `i128`).
const MAX_EXPANDED_DIGITS: u64 = 38;

impl Decimal {
    /// The exact value of a JSON number's text (`-12.5`, `1.25e-3`, `5E+2`), see the type's
    /// documentation. Anything but a JSON number is an error.
    pub(crate) fn from_json_number(text: &str) -> Result<Self, DecimalError> {
        let err = |reason| DecimalError {
            input: shorten(text),
            reason,
        };
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exponent) = match body.find(['e', 'E']) {
            Some(at) => (&body[..at], Some(&body[at + 1..])),
            None => (body, None),
        };
        let (int, frac) = match mantissa.split_once('.') {
            Some((int, frac)) => (int, Some(frac)),
            None => (mantissa, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || (int.len() > 1 && int.starts_with('0')) || !frac.is_none_or(digits) {
            return Err(err("not a JSON number"));
        }
        let Some(exponent) = exponent else {
            // A plain number is a plain decimal: its digits as written.
            return Decimal::parse(text);
        };
        let exponent = match exponent.strip_prefix(['+', '-']) {
            Some(e) => (exponent.starts_with('-'), e),
            None => (false, exponent),
        };
        if !digits(exponent.1) {
            return Err(err("not a JSON number"));
        }
        // More than 18 exponent digits (leading zeros aside) can never fit 38 digits.
        let magnitude = exponent.1.trim_start_matches('0');
        if magnitude.len() > 18 {
            return Err(err("written without its exponent it has more than 38 digits"));
        }
        let magnitude: i64 = magnitude.parse().unwrap_or(0);
        let exponent = if exponent.0 { -magnitude } else { magnitude };
        let frac = frac.unwrap_or("");
        let all = int.bytes().chain(frac.bytes());
        let leading_zeros = all.clone().take_while(|&b| b == b'0').count();
        let sig: Vec<u8> = all.skip(leading_zeros).collect();
        let too_long = || err("written without its exponent it has more than 38 digits");
        if sig.is_empty() {
            // Zero keeps the decimals it is written with (`0.00e1` is `0.0`).
            let decimals = frac.len() as i128 - i128::from(exponent);
            if decimals > i128::from(MAX_EXPANDED_DIGITS) {
                return Err(too_long());
            }
            let mut out = String::from("0");
            if decimals > 0 {
                out.push('.');
                out.extend(std::iter::repeat_n('0', decimals as usize));
            }
            return Ok(Decimal(out));
        }
        // The value is 0.s1s2s3… × 10^point, s1 not zero.
        let len = sig.len() as i128;
        let point = int.len() as i128 - leading_zeros as i128 + i128::from(exponent);
        // Digits of the plain text: the integer ones (none for 0.x) and the decimals.
        if point.max(0) + (len - point).max(0) > i128::from(MAX_EXPANDED_DIGITS) {
            return Err(too_long());
        }
        // Both are now at most 38 in size.
        let (point, len) = (point as isize, len as isize);
        let digits = |bytes: &[u8]| bytes.iter().map(|&b| char::from(b)).collect::<String>();
        let zeros = |n: isize| "0".repeat(n.unsigned_abs());
        let sign = if negative { "-" } else { "" };
        let out = if point <= 0 {
            format!("{sign}0.{}{}", zeros(point), digits(&sig))
        } else if point < len {
            let (i, f) = sig.split_at(point as usize);
            format!("{sign}{}.{}", digits(i), digits(f))
        } else {
            format!("{sign}{}{}", digits(&sig), zeros(point - len))
        };
        Ok(Decimal(out))
    }
}

/// Whether `b` is already the text [`Decimal::parse`] makes of it: an optional `-` on a
/// non-zero value, digits without a leading zero (but `0`), an optional `.` and digits.
fn is_canonical(b: &[u8]) -> bool {
    let body = b.strip_prefix(b"-").unwrap_or(b);
    let int = body.iter().take_while(|c| c.is_ascii_digit()).count();
    if int == 0 || (int > 1 && body[0] == b'0') {
        return false;
    }
    match &body[int..] {
        [] => {}
        [b'.', frac @ ..] if !frac.is_empty() && frac.iter().all(u8::is_ascii_digit) => {}
        _ => return false,
    }
    // `-0.00` becomes `0.00`.
    b.len() == body.len() || body.iter().any(|c| (b'1'..=b'9').contains(c))
}

/// At most 40 characters of an offending input, for an error message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

struct DecimalVisitor;
impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a decimal amount as a string or a number")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        Decimal::parse(v).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(v.into())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(v.into())
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        Ok(v.into())
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        Ok(v.into())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Err(inexact(v))
    }
}
impl ExactVisitor<'_> for DecimalVisitor {
    fn visit_json<E: de::Error>(self, json: Cow<'_, str>) -> Result<Decimal, E> {
        match Json::classify(&json) {
            Json::String(s) => Decimal::parse(&s?).map_err(E::custom),
            Json::Number(n) => Decimal::from_json_number(n).map_err(E::custom),
            Json::Other(unexpected) => Err(E::invalid_type(unexpected, &self)),
        }
    }
}
impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_exact(deserializer, DecimalVisitor)
    }
}

/// The error for a number that reached an exact type only as an `f64` (see [`Decimal`]).
pub(crate) fn inexact<E: de::Error>(v: f64) -> E {
    E::custom(format_args!(
        "the number {v} arrived as a floating-point value (through a buffer, not serde_json's \
         text), which cannot tell its exact digits; refusing rather than guessing"
    ))
}

// ---------------------------------------------------------------------- exact JSON text

/// serde_json's name for the newtype behind `serde_json::value::RawValue`: a deserializer
/// asked for a newtype of this name hands over the value's JSON text (serde_json's own
/// deserializers, `Value` included, with the `raw_value` feature the workspace enables). Any
/// other deserializer takes it for an ordinary newtype and gives the value as usual. If
/// serde_json renamed it, numbers would arrive as `f64` and be refused, not rounded; the tests
/// decode `1.123456789012345678` exactly to notice.
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// A visitor that can also build its value from one value's JSON text, as the input spells it.
pub(crate) trait ExactVisitor<'de>: Visitor<'de> {
    /// `json` is one valid JSON value (a string with its quotes and escapes, a number as
    /// written, `null`, `true`...).
    fn visit_json<E: de::Error>(self, json: Cow<'de, str>) -> Result<Self::Value, E>;
}

/// Deserializes with `visitor` from the value's JSON text where the deserializer has it
/// (serde_json's), else as usual (`deserialize_any`).
pub(crate) fn deserialize_exact<'de, D, V>(deserializer: D, visitor: V) -> Result<V::Value, D::Error>
where
    D: Deserializer<'de>,
    V: ExactVisitor<'de>,
{
    deserializer.deserialize_newtype_struct(RAW_VALUE, Exact(visitor))
}

/// One JSON value's text, sorted by what the exact types need.
pub(crate) enum Json<'a, E> {
    /// A string, unescaped (an error if its escapes are not valid).
    String(Result<Cow<'a, str>, E>),
    /// A number as written.
    Number(&'a str),
    /// Anything else.
    Other(de::Unexpected<'a>),
}

impl<'a, E: de::Error> Json<'a, E> {
    /// `json` as serde_json gives it: one value, no whitespace around it.
    pub(crate) fn classify(json: &'a str) -> Self {
        match json.as_bytes().first() {
            Some(b'"') => Json::String(match json.get(1..json.len() - 1) {
                // Without escapes the text between the quotes is the string.
                Some(inner) if json.len() >= 2 && json.ends_with('"') && !has_escape(inner) => {
                    Ok(Cow::Borrowed(inner))
                }
                _ => serde_json::from_str::<String>(json)
                    .map(Cow::Owned)
                    .map_err(E::custom),
            }),
            Some(b'-' | b'0'..=b'9') => Json::Number(json),
            Some(b'n') => Json::Other(de::Unexpected::Unit),
            Some(b't') => Json::Other(de::Unexpected::Bool(true)),
            Some(b'f') => Json::Other(de::Unexpected::Bool(false)),
            Some(b'[') => Json::Other(de::Unexpected::Seq),
            Some(b'{') => Json::Other(de::Unexpected::Map),
            _ => Json::Other(de::Unexpected::Other("not JSON")),
        }
    }
}

/// Whether a string's JSON text holds a `\\` escape; a plain loop, as amounts are short.
fn has_escape(s: &str) -> bool {
    s.bytes().any(|b| b == b'\\')
}

/// Wraps an [`ExactVisitor`]: serde_json answers [`RAW_VALUE`] with a one-member map whose value
/// is the JSON text; any other deserializer with `visit_newtype_struct` (or, if it forwards
/// newtypes to `deserialize_any`, with the value itself).
struct Exact<V>(V);

impl<'de, V: ExactVisitor<'de>> Visitor<'de> for Exact<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V::Value, A::Error> {
        if map.next_key_seed(RawKey)? != Some(true) {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        let json = map.next_value_seed(RawText)?;
        self.0.visit_json(json)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        d.deserialize_any(self.0)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_bool(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_i64(v)
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<V::Value, E> {
        self.0.visit_i128(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_u64(v)
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<V::Value, E> {
        self.0.visit_u128(v)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        self.0.visit_f64(v)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.0.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.0.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.0.visit_string(v)
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(d)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(seq)
    }
}

/// The key of serde_json's raw-value map: whether it is [`RAW_VALUE`].
struct RawKey;
impl<'de> DeserializeSeed<'de> for RawKey {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}
impl Visitor<'_> for RawKey {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("serde_json's raw value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == RAW_VALUE)
    }
}

/// The JSON text of serde_json's raw-value map, borrowed from the input where it can be.
pub(crate) struct RawText;
impl<'de> DeserializeSeed<'de> for RawText {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}
impl<'de> Visitor<'de> for RawText {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON text")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

/// An exact decimal written to a JSON body as a bare number (`1205.98`), digit for digit.
///
/// Use it for JSON request fields that a provider documents as `number`. It serializes through
/// `serde_json`'s raw values, so it only serializes into JSON text (`serde_json::to_vec`
/// and friends, which is what the generated clients use); going through a
/// `serde_json::Value` would turn it into an `f64`. Decoding accepts what [`Decimal`] accepts.
///
/// ```
/// use payspec::DecimalNumber;
/// #[derive(serde::Serialize)]
/// struct Body { amount: DecimalNumber }
/// let body = Body { amount: DecimalNumber::try_from("100.10").unwrap() };
/// assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"amount":100.10}"#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DecimalNumber(pub Decimal);

impl DecimalNumber {
    /// The amount as written on the wire.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    /// See [`Decimal::minor_units`].
    pub fn minor_units(&self, scale: u32) -> Option<i128> {
        self.0.minor_units(scale)
    }
}
impl std::ops::Deref for DecimalNumber {
    type Target = Decimal;
    fn deref(&self) -> &Decimal {
        &self.0
    }
}
impl fmt::Display for DecimalNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
impl fmt::Debug for DecimalNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DecimalNumber({})", self.0.0)
    }
}
impl FromStr for DecimalNumber {
    type Err = DecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse(s).map(DecimalNumber)
    }
}
impl TryFrom<&str> for DecimalNumber {
    type Error = DecimalError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl TryFrom<String> for DecimalNumber {
    type Error = DecimalError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<Decimal> for DecimalNumber {
    fn from(d: Decimal) -> Self {
        DecimalNumber(d)
    }
}
macro_rules! number_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for DecimalNumber {
            fn from(v: $t) -> Self { DecimalNumber(v.into()) }
        }
    )*};
}
number_from_int!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128, isize, usize);

impl Serialize for DecimalNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The canonical form of a Decimal is always a valid JSON number.
        let raw =
            serde_json::value::RawValue::from_string(self.0.0.clone()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}
impl<'de> Deserialize<'de> for DecimalNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Decimal::deserialize(deserializer).map(DecimalNumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_canonicalizes() {
        for (input, canon) in [
            ("1205.98", "1205.98"),
            ("1205,98", "1205.98"),
            (" +007 ", "7"),
            (".5", "0.5"),
            ("5.", "5"),
            ("-0.00", "0.00"),
            ("100.50", "100.50"),
            ("-3", "-3"),
        ] {
            assert_eq!(Decimal::parse(input).unwrap().as_str(), canon, "{input}");
        }
        for bad in ["", "-", ".", "1e5", "1.2.3", "abc", "1 000", "NaN"] {
            assert!(Decimal::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn canonical_text_is_the_shortest_exact_one() {
        for (input, canon) in [
            ("100.00", "100"),
            ("150.50", "150.5"),
            ("0.00050000", "0.0005"),
            ("1000", "1000"),
            ("0.00000001", "0.00000001"),
            ("-0.00", "0"),
            ("-12.340", "-12.34"),
            ("+5.", "5"),
            ("0100,10", "100.1"),
            (
                "123456789012345678901234567890.123456789000",
                "123456789012345678901234567890.123456789",
            ),
        ] {
            let d = Decimal::parse(input).unwrap();
            assert_eq!(d.canonical().as_str(), canon, "{input}");
            assert_eq!(d.canonical(), d, "{input}: same value");
            assert_eq!(d.canonical().canonical().as_str(), canon, "{input}: idempotent");
        }
        // The caller's value keeps its digits.
        let d = Decimal::parse("100.00").unwrap();
        let _ = d.canonical();
        assert_eq!(d.as_str(), "100.00");
    }

    #[test]
    fn minor_units_are_exact() {
        let d = Decimal::parse("1205.98").unwrap();
        assert_eq!(d.minor_units(2), Some(120598));
        assert_eq!(Decimal::parse("0.1").unwrap().minor_units(2), Some(10));
        assert_eq!(Decimal::parse("-7").unwrap().minor_units(2), Some(-700));
        assert_eq!(Decimal::parse("1.005").unwrap().minor_units(2), None);
        assert_eq!(Decimal::parse("1.500").unwrap().minor_units(2), Some(150));
        assert_eq!(Decimal::from_minor_units(-5, 3).as_str(), "-0.005");
        assert_eq!(Decimal::from_minor_units(120598, 0).as_str(), "120598");
    }

    #[test]
    fn decodes_strings_and_numbers_exactly() {
        let v: Vec<Decimal> = serde_json::from_str(r#"["1205.98", 1205.98, 7, "0.0005", 0.1]"#).unwrap();
        let s: Vec<&str> = v.iter().map(Decimal::as_str).collect();
        assert_eq!(s, ["1205.98", "1205.98", "7", "0.0005", "0.1"]);
        assert!(serde_json::from_str::<Decimal>("null").is_err());
        assert!(serde_json::from_str::<Decimal>(r#""""#).is_err());
    }

    fn decode(json: &str) -> Result<String, String> {
        serde_json::from_str::<Decimal>(json)
            .map(|d| d.as_str().to_owned())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn numbers_are_read_from_their_text() {
        for (json, exact) in [
            ("123456789012345678.91", "123456789012345678.91"),
            ("1.123456789012345678", "1.123456789012345678"),
            ("-0.10000000000000000001", "-0.10000000000000000001"),
            ("100000000000000000000001", "100000000000000000000001"),
            (
                "340282366920938463463374607431768211457",
                "340282366920938463463374607431768211457",
            ),
            ("-0", "0"),
            ("-0.00", "0.00"),
            ("1205.980", "1205.980"),
            ("1.5e3", "1500"),
            ("125E-2", "1.25"),
            ("1.50e1", "15.0"),
            ("-5e+0", "-5"),
            ("0.05e1", "0.5"),
            ("0e5", "0"),
            ("0.00e1", "0.0"),
            ("-0e-3", "0.000"),
            ("1e-38", "0.00000000000000000000000000000000000001"),
            ("1e37", "10000000000000000000000000000000000000"),
            (
                "12345678901234567890123456789012345678e0",
                "12345678901234567890123456789012345678",
            ),
            ("1e-0000000000000000000000005", "0.00001"),
            (r#""1\u0032""#, "12"),
            ("\"7.5\"", "7.5"),
        ] {
            assert_eq!(decode(json).as_deref(), Ok(exact), "{json}");
            // The same text through a reader and through a Value (whose numbers are f64 or
            // integers) is read the same way as far as the Value holds it.
            let from_reader = serde_json::from_reader::<_, Decimal>(json.as_bytes()).unwrap();
            assert_eq!(from_reader.as_str(), exact, "{json}");
        }
        for json in [
            "1e-400",
            "1e400",
            "1e38",
            "1e-39",
            "0e-39",
            "1e99999999999999999999",
            "-1.5e-38",
        ] {
            let err = decode(json).unwrap_err();
            assert!(err.contains("more than 38 digits"), "{json}: {err}");
            assert!(err.contains(json), "{json}: {err}");
        }
        for (json, what) in [
            ("null", "null"),
            ("true", "boolean"),
            ("[1]", "sequence"),
            ("{}", "map"),
        ] {
            let err = decode(json).unwrap_err();
            assert!(
                err.contains(what) && err.contains("a decimal amount"),
                "{json}: {err}"
            );
        }
    }

    #[test]
    fn from_json_number_refuses_what_is_not_a_json_number() {
        for bad in [
            "", "-", "01", "1.", ".5", "+1", "1e", "1e+", "1.5.5", "1,5", "0x10", "1e5.5", "--1",
        ] {
            assert!(Decimal::from_json_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_buffered_float_is_refused_an_integer_is_exact() {
        // serde's buffer (untagged enums, flatten) holds numbers as f64, i64 or u64.
        #[derive(Deserialize, Debug)]
        #[serde(untagged)]
        enum Either {
            Amount { amount: Decimal },
        }
        let err = serde_json::from_str::<Either>(r#"{"amount": 0.1}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("did not match any variant"), "{err}");
        let Either::Amount { amount } = serde_json::from_str(r#"{"amount": 9007199254740993}"#).unwrap();
        assert_eq!(amount.as_str(), "9007199254740993");
        let Either::Amount { amount } = serde_json::from_str(r#"{"amount": "0.1"}"#).unwrap();
        assert_eq!(amount.as_str(), "0.1");
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)] // only decoded
        struct Flat {
            #[serde(flatten)]
            inner: Inner,
        }
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)] // only decoded
        struct Inner {
            amount: DecimalNumber,
        }
        let err = serde_json::from_str::<Flat>(r#"{"amount": 1.123456789012345678}"#).unwrap_err();
        assert!(err.to_string().contains("cannot tell its exact digits"), "{err}");
        // A struct's own fields next to a flattened remainder are read from the text.
        #[derive(Deserialize, Debug)]
        struct WithExtra {
            amount: Decimal,
            #[serde(flatten)]
            extra: serde_json::Map<String, serde_json::Value>,
        }
        let w: WithExtra = serde_json::from_str(r#"{"x": 1, "amount": 1.123456789012345678}"#).unwrap();
        assert_eq!(w.amount.as_str(), "1.123456789012345678");
        assert_eq!(w.extra.len(), 1);
    }

    #[test]
    fn number_is_written_digit_for_digit() {
        let n = DecimalNumber::try_from("0.00000001").unwrap();
        assert_eq!(serde_json::to_string(&n).unwrap(), "0.00000001");
        let d = Decimal::parse("0.00000001").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"0.00000001\"");
    }
}
