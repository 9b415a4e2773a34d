//! Exact decimal amounts.
//!
//! Payment APIs send money as text (`"1205.98"`), as JSON numbers (`1205.98`) or with a comma
//! (`"1205,98"`). [`Decimal`] keeps the digits exactly as given, so nothing is rounded between
//! what the caller passes and what goes on the wire.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Visitor};
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
/// Decoding is lenient: a JSON string, integer or float is accepted. A JSON float is read back
/// through the shortest representation that round-trips, which is exact for every amount with
/// up to 15 significant digits.
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
        if !v.is_finite() {
            return Err(E::custom("a decimal amount must be finite"));
        }
        // Rust prints the shortest text that reads back as the same f64, without exponent.
        Decimal::parse(&v.to_string()).map_err(E::custom)
    }
}
impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
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

    #[test]
    fn number_is_written_digit_for_digit() {
        let n = DecimalNumber::try_from("0.00000001").unwrap();
        assert_eq!(serde_json::to_string(&n).unwrap(), "0.00000001");
        let d = Decimal::parse("0.00000001").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"0.00000001\"");
    }
}
