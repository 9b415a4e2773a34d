//! Provider data read from the spec: how an error envelope is recognised, the documented
//! messages and codes, the credentials, the token endpoint and the checks made before sending.
//!
//! `cargo xtask generate` turns each spec's extensions (`x-envelope`, `x-known-messages`,
//! `x-known-codes`, `x-success-codes`, `securitySchemes`, `x-auth`, `x-pre-send-check`; see
//! `specs/CONVENTIONS.md`) into constants of these types in the provider's `generated.rs`
//! (`ENVELOPE`, `CREDENTIALS`, `TOKEN_ENDPOINT`, `PRE_SEND_CHECKS`). A provider's
//! [`Provider::classify`](crate::Provider::classify) calls [`Envelope::recognise`] and keeps
//! by hand only what a table cannot express.
//!
//! ```
//! use payspec::envelope::{Absent, Envelope, KnownMessage, Match, Test};
//! use payspec::{Rejection, RejectionKind, reqwest::StatusCode};
//!
//! const ENVELOPE: Envelope = Envelope {
//!     schema: "FailEnvelope",
//!     marker: &["status"],
//!     test: Test::Success(&["ok"]),
//!     messages: &[&["message"]],
//!     known_messages: &[KnownMessage {
//!         message: "Bad user level!",
//!         kind: RejectionKind::Authentication,
//!         matching: Match::Exact,
//!         stale_token: false,
//!     }],
//!     ..Envelope::EMPTY
//! };
//! let refused = ENVELOPE.recognise(StatusCode::OK, br#"{"status":"FAIL","message":"Bad user level! "}"#);
//! assert_eq!(
//!     refused,
//!     Some(Rejection {
//!         kind: RejectionKind::Authentication,
//!         code: None,
//!         messages: vec!["Bad user level! ".to_owned()],
//!     })
//! );
//! assert_eq!(ENVELOPE.recognise(StatusCode::OK, br#"{"status":"ok","message":"17"}"#), None);
//! assert_eq!(ENVELOPE.recognise(StatusCode::OK, br#"[1, 2]"#), None);
//! ```

use crate::hooks::{Rejection, RejectionKind, Scalar, envelope_messages};
use reqwest::StatusCode;
use serde_json::Value;

/// How a provider's error envelope is recognised (`x-envelope` on the schema the spec's root
/// `x-error-envelope` names), with the documented messages and codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The component schema of the envelope.
    pub schema: &'static str,
    /// A top-level member without which an object answer is not the envelope at all (`None`:
    /// any object answer may be). When the marker lies inside it, it must be an object.
    pub member: Option<&'static str>,
    /// The path of members to the value that says failure or success.
    pub marker: &'static [&'static str],
    /// What the marker's value means.
    pub test: Test,
    /// What a missing marker means (also `null`, and for [`Test::Failure`] /
    /// [`Test::Success`] a value that is not a string, number or boolean).
    pub absent: Absent,
    /// Whether every answer with an HTTP status outside 2xx that is the envelope is a failure,
    /// whatever the marker says.
    pub http_errors: bool,
    /// Top-level members that make an HTTP 2xx answer a success whatever the marker says.
    pub unless: &'static [&'static str],
    /// Paths to the error code, tried in order; the first that holds a non-blank string or a
    /// number is the code.
    pub code: &'static [&'static [&'static str]],
    /// Paths to the messages; every path that holds a value contributes its messages (as
    /// [`envelope_messages`] reads them: a string, a number, a list, an object's
    /// `message`), blank messages are dropped.
    pub messages: &'static [&'static [&'static str]],
    /// HTTP statuses that make a failure an authentication error.
    pub auth_status: &'static [u16],
    /// The documented messages (`x-known-messages`).
    pub known_messages: &'static [KnownMessage],
    /// The documented codes (`x-known-codes` found along the `code` paths).
    pub known_codes: &'static [KnownCode],
}

/// What the marker's value means. Values are compared as trimmed text, ignoring ASCII case;
/// a number matches its digits (`200` and `"200"` alike), a boolean `true` / `false`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    /// Any marker that is present (not `null`) means failure.
    Present,
    /// These values mean failure; any other value means success.
    Failure(&'static [&'static str]),
    /// These values mean success; any other value means failure.
    Success(&'static [&'static str]),
}

/// What a missing marker means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absent {
    /// The answer is not the envelope.
    Success,
    /// The answer is a failure.
    Failure,
    /// A failure when the HTTP status is outside 2xx.
    HttpStatus,
}

/// How a known message is matched against a message the provider sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The message, trimmed, equals it.
    Exact,
    /// The message, trimmed, starts with it.
    Prefix,
    /// The message contains it, ignoring case.
    Contains,
}

/// A documented message (`x-known-messages`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownMessage {
    /// The text.
    pub message: &'static str,
    /// Whether the message means bad credentials or too little access.
    pub kind: RejectionKind,
    /// How it is matched.
    pub matching: Match,
    /// Whether it means that the session token is stale and must be fetched again.
    pub stale_token: bool,
}

impl KnownMessage {
    /// Whether `message` is this one.
    pub fn matches(&self, message: &str) -> bool {
        match self.matching {
            Match::Exact => message.trim() == self.message,
            Match::Prefix => message.trim().starts_with(self.message),
            Match::Contains => message.to_lowercase().contains(&self.message.to_lowercase()),
        }
    }
}

/// A documented error code (`x-known-codes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownCode {
    /// The code.
    pub code: &'static str,
    /// The HTTP status it comes with, when documented.
    pub status: Option<u16>,
    /// Whether the code means bad credentials or too little access.
    pub kind: RejectionKind,
}

impl Envelope {
    /// An envelope that recognises nothing, to spread the fields one does not need from.
    pub const EMPTY: Envelope = Envelope {
        schema: "",
        member: None,
        marker: &[],
        test: Test::Present,
        absent: Absent::Success,
        http_errors: false,
        unless: &[],
        code: &[],
        messages: &[],
        auth_status: &[],
        known_messages: &[],
        known_codes: &[],
    };

    /// The refusal in `body`, if the answer is the envelope and says failure.
    pub fn recognise(&self, status: StatusCode, body: &[u8]) -> Option<Rejection> {
        // Only an object can be the envelope: skip parsing lists and other text.
        if body.trim_ascii_start().first() != Some(&b'{') {
            return None;
        }
        let value = parse_tolerant(body)?;
        self.recognise_value(status, &value)
    }

    /// [`Envelope::recognise`] of an answer already parsed.
    pub fn recognise_value(&self, status: StatusCode, value: &Value) -> Option<Rejection> {
        let root = value.as_object()?;
        if let Some(member) = self.member {
            // Missing, or not an object although the marker lies inside it: not the envelope.
            let inside = self.marker.len() > 1 && self.marker.first() == Some(&member);
            match root.get(member) {
                Some(v) if !inside || v.is_object() => {}
                _ => return None,
            }
        }
        let success = status.is_success();
        if success && self.unless.iter().any(|m| root.contains_key(*m)) {
            return None;
        }
        let marker = lookup(value, self.marker).filter(|v| !v.is_null());
        let failed = if self.http_errors && !success {
            true
        } else {
            let verdict = match (self.test, marker) {
                (Test::Present, Some(_)) => Some(true),
                (Test::Failure(values), Some(v)) => text(v).map(|t| one_of(&t, values)),
                (Test::Success(values), Some(v)) => text(v).map(|t| !one_of(&t, values)),
                (_, None) => None,
            };
            match (verdict, self.absent) {
                (Some(failed), _) => failed,
                (None, Absent::Success) => return None,
                (None, Absent::Failure) => true,
                (None, Absent::HttpStatus) => !success,
            }
        };
        if !failed {
            return None;
        }
        let code = self
            .code
            .iter()
            .filter_map(|path| lookup(value, path).and_then(text))
            .find(|c| !c.is_empty());
        let messages = self.messages_of(value);
        let kind = self.kind(status, code.as_deref(), &messages);
        Some(Rejection { kind, code, messages })
    }

    /// The messages of an envelope, from every path of [`Envelope::messages`].
    pub fn messages_of(&self, value: &Value) -> Vec<String> {
        self.messages
            .iter()
            .filter_map(|path| lookup(value, path))
            .flat_map(envelope_messages)
            .filter(|m| !m.trim().is_empty())
            .collect()
    }

    /// Whether a failure with this HTTP status, code and messages is an authentication error:
    /// the status is one of [`Envelope::auth_status`], or a known code or message of kind
    /// authentication matches.
    pub fn kind(&self, status: StatusCode, code: Option<&str>, messages: &[String]) -> RejectionKind {
        let auth = self.auth_status.contains(&status.as_u16())
            || code.is_some_and(|c| {
                self.known_codes
                    .iter()
                    .any(|k| k.kind == RejectionKind::Authentication && k.code == c.trim())
            })
            || messages.iter().any(|m| {
                self.known_messages
                    .iter()
                    .any(|k| k.kind == RejectionKind::Authentication && k.matches(m))
            });
        if auth {
            RejectionKind::Authentication
        } else {
            RejectionKind::Provider
        }
    }

    /// Whether one of `messages` says that the session token is stale.
    pub fn is_stale_token(&self, messages: &[String]) -> bool {
        messages
            .iter()
            .any(|m| self.known_messages.iter().any(|k| k.stale_token && k.matches(m)))
    }

    /// The known message that says the session token is stale, if the spec has one.
    pub const fn stale_token_message(&self) -> Option<&'static str> {
        let mut i = 0;
        while i < self.known_messages.len() {
            if self.known_messages[i].stale_token {
                return Some(self.known_messages[i].message);
            }
            i += 1;
        }
        None
    }

    /// Whether a marker value, as [`crate::hooks::JsonKey`] finds it in a body, means success
    /// (`null` does, as a missing marker does unless [`Envelope::absent`] says otherwise).
    pub fn is_success_scalar(&self, value: Scalar<'_>) -> bool {
        let text = match value {
            Scalar::Null => return self.absent != Absent::Failure,
            Scalar::Bool(b) => if b { "true" } else { "false" }.to_owned(),
            Scalar::Number(n) => n.to_owned(),
            Scalar::String(s) => s.trim().to_owned(),
        };
        match self.test {
            Test::Present => false,
            Test::Failure(values) => !one_of(&text, values),
            Test::Success(values) => one_of(&text, values),
        }
    }

    /// The member that holds the marker's value (the last step of [`Envelope::marker`]).
    pub fn marker_member(&self) -> Option<&'static str> {
        self.marker.last().copied()
    }
}

/// How deep [`parse_tolerant`] keeps containers: one nested deeper becomes `null`.
pub const TOLERANT_DEPTH: usize = 64;

/// `body` parsed as JSON as far as an envelope needs it, whether or not it parses whole: first
/// as it is; when that fails, again with every byte sequence that is not UTF-8 replaced by
/// U+FFFD (a cp1251 message stays a message, as far as it is readable) and every container
/// nested deeper than [`TOLERANT_DEPTH`] replaced by `null` (so serde_json's recursion limit
/// cannot hide a marker next to a deep member). `None` only when the text is not JSON even so:
/// such a body fails the typed decoder too, so it is never a success.
///
/// ```
/// use payspec::envelope::parse_tolerant;
/// use serde_json::json;
/// let body = b"{\"error\":true,\"errors\":[\"\xcf\xf0 x\"]}";
/// assert_eq!(parse_tolerant(body), Some(json!({"error": true, "errors": ["\u{FFFD}\u{FFFD} x"]})));
/// let deep = format!("{{\"error\":true,\"deep\":{}{}}}", "[".repeat(200), "]".repeat(200));
/// let value = parse_tolerant(deep.as_bytes()).unwrap();
/// assert_eq!(value["error"], json!(true));
/// assert_eq!(parse_tolerant(b"{\"error\":"), None);
/// ```
pub fn parse_tolerant(body: &[u8]) -> Option<Value> {
    if let Ok(value) = serde_json::from_slice(body) {
        return Some(value);
    }
    let text = String::from_utf8_lossy(body);
    let shallow = flatten_deep(&text, TOLERANT_DEPTH)?;
    serde_json::from_str(&shallow).ok()
}

/// `text` with every array or object nested deeper than `limit` written as `null`; `None` when
/// the brackets do not balance. Iterative: no recursion whatever the depth.
pub(crate) fn flatten_deep(text: &str, limit: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    // Where the text not yet copied starts, and where a container too deep started (with the
    // depth inside it) while it is being skipped.
    let mut copied = 0;
    let mut skipping: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'[' | b'{' => match skipping.as_mut() {
                Some(inner) => *inner += 1,
                None if depth == limit => {
                    out.push_str(&text[copied..i]);
                    out.push_str("null");
                    skipping = Some(1);
                }
                None => depth += 1,
            },
            b']' | b'}' => match skipping.as_mut() {
                Some(inner) => {
                    *inner -= 1;
                    if *inner == 0 {
                        skipping = None;
                        copied = i + 1;
                    }
                }
                None => depth = depth.checked_sub(1)?,
            },
            _ => {}
        }
        i += 1;
    }
    if skipping.is_some() || depth != 0 {
        return None;
    }
    out.push_str(text.get(copied..)?);
    Some(out)
}

/// The value at `path` (members of nested objects).
pub fn lookup<'a>(value: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, step| v.as_object()?.get(*step))
}

/// A scalar's trimmed text: a string, a number's digits, `true` / `false`.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn one_of(text: &str, values: &[&str]) -> bool {
    values.iter().any(|v| v.trim().eq_ignore_ascii_case(text))
}

/// The members an operation's success answer may carry, from its `200` JSON schema (the
/// generated `SUCCESS_MEMBERS` table; see [`Provider::SUCCESS_MEMBERS`](crate::Provider::SUCCESS_MEMBERS)).
///
/// Every member of a success object is optional in most specs, so the typed decoder alone
/// would read any object as an empty success. An answer at HTTP 2xx that is an object with
/// members, none of them among [`SuccessMembers::members`] or [`SuccessMembers::items`] (nor a
/// position key or an item of a keyed list), is in no documented shape: a decode error. So is
/// a list whose object items all lack every member of [`SuccessMembers::items`] (at the top,
/// or in one of [`SuccessMembers::lists`]); a list where only some do is decoded, and says so
/// in a `tracing` warning. Unknown extra members next to a known one keep decoding.
///
/// ```
/// use payspec::envelope::{Shape, SuccessMembers};
/// const PAYMENTS: SuccessMembers = SuccessMembers {
///     operation: "payment_get",
///     members: &["status", "message"],
///     items: &["id", "amount"],
///     lists: &[],
/// };
/// assert_eq!(PAYMENTS.check(br#"[{"id": "7", "new": 1}]"#), Shape::Documented);
/// assert_eq!(PAYMENTS.check(br#"{"7": {"id": "7"}}"#), Shape::Documented);
/// assert!(matches!(PAYMENTS.check(br#"{"unexpected": [1, 2, 3]}"#), Shape::Foreign(_)));
/// assert!(matches!(PAYMENTS.check(br#"[{"x": 1}, {"y": 2}]"#), Shape::Foreign(_)));
/// assert_eq!(
///     PAYMENTS.check(br#"[{"id": "7"}, {"y": 2}]"#),
///     Shape::Partly { list: None, foreign: 1, items: 2 }
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuccessMembers {
    /// The operation.
    pub operation: &'static str,
    /// The top-level members of the answer as an object (for `anyOf` / `oneOf` successes the
    /// union, the envelope's members among them).
    pub members: &'static [&'static str],
    /// For a list answer (an array, or an object keyed by position or id): its items' members.
    pub items: &'static [&'static str],
    /// The top-level members that hold lists of objects, with their items' members.
    pub lists: &'static [(&'static str, &'static [&'static str])],
}

/// What [`SuccessMembers::check`] finds in an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A documented shape, or one the check cannot read (the typed decoder judges it).
    Documented,
    /// A list of which `foreign` of `items` object items are in no documented shape (the
    /// top-level list, or the member `list`); the others are readable.
    Partly {
        /// The member that holds the list; `None` for the answer itself.
        list: Option<String>,
        /// How many items are in no documented shape.
        foreign: usize,
        /// How many object items the list has.
        items: usize,
    },
    /// In no documented shape: why.
    Foreign(String),
}

/// How decoding a value into an operation's Rust type allocates (the generated `DECODE_COSTS`
/// table, one tree per operation, made by the xtask from the success type's Rust definition).
/// The client reads a 2xx JSON answer once against it before the typed decoder runs, and
/// refuses an answer whose decoding would allocate more than [`DECODE_BUDGET`] allows.
#[derive(Debug)]
pub enum Cost {
    /// A value decoded without being kept (a member the type has no field for).
    Ignored,
    /// A `serde_json::Value` (or a map of them): every list, object, key and string allocates.
    Untyped,
    /// A string-like or numeric field: a string costs its length; a list or object given here
    /// is buffered (as a `serde_json::Value`, say) before it is refused or read.
    Scalar,
    /// A struct.
    Object(&'static CostObject),
    /// A `Vec` (or a `LenientList` or `Single`, which also take an object of items) of items
    /// of `size` bytes each.
    List {
        /// The items.
        item: &'static Cost,
        /// `size_of` an item.
        size: usize,
        /// A `LenientList`: an object is read as a list of its members' values.
        lenient: bool,
    },
    /// A map from strings to values of `size` bytes (`LenientMap`, which also takes a list,
    /// keyed by position).
    Map {
        /// The values.
        value: &'static Cost,
        /// `size_of` a value.
        size: usize,
    },
    /// Text that may hold JSON, decoded as `inner` when it does (`JsonText`).
    Json {
        /// What the JSON in the text is decoded as.
        inner: &'static Cost,
    },
    /// A `Box` of `size` bytes.
    Boxed {
        /// What is boxed.
        inner: &'static Cost,
        /// `size_of` what is boxed.
        size: usize,
    },
}

/// A struct as [`Cost::Object`].
#[derive(Debug)]
pub struct CostObject {
    /// Its fields by JSON member name, sorted by name.
    pub members: &'static [(&'static str, &'static Cost)],
    /// Unknown members are kept (a flattened `extra` map of `serde_json::Value`).
    pub extra: bool,
    /// It has a `#[serde(flatten)]` field: serde copies each member it has no field for into
    /// its buffer (`Content`) and reads the flattened field from there once the object ends.
    pub buffered: bool,
}

impl CostObject {
    /// The field named `name`.
    pub fn member(&self, name: &str) -> Option<&'static Cost> {
        self.members
            .binary_search_by(|(field, _)| (*field).cmp(name))
            .ok()
            .map(|i| self.members[i].1)
    }
}

/// The most a 2xx JSON answer of `n` bytes may cost to decode: `per_byte * n + base` bytes of
/// allocation (see `Config::max_response_bytes`); an answer whose estimate is over is a
/// decode error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeBudget {
    /// Bytes per byte of the answer.
    pub per_byte: u64,
    /// Bytes on top, whatever the answer's length.
    pub base: u64,
}

impl DecodeBudget {
    /// The bytes an answer of `n` bytes may cost.
    pub fn bytes(&self, n: usize) -> u64 {
        self.per_byte.saturating_mul(n as u64).saturating_add(self.base)
    }
}

/// The budget every client holds a call to: 48 bytes per byte of the answer plus 1 MiB (with the
/// default 4 MiB `max_response_bytes`, at most 193 MiB). The spec example of 256 bytes or
/// more that costs most estimates 24 bytes per byte (a CrystalPay method list), most 4 to 14;
/// a OneBox page of 1000 payments that have only an id (18 KB, 55 bytes per byte: a payment
/// is a struct of some 600 bytes) passes on the 1 MiB. Answers made to be small on the wire
/// and large in memory (lists of `{}`, deep nesting, many tiny members) do not
/// (`tests/tests/memory.rs`).
pub const DECODE_BUDGET: DecodeBudget = DecodeBudget {
    per_byte: 48,
    base: 1024 * 1024,
};

/// Where a credential goes (`securitySchemes` or the root `x-auth`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// A query parameter (`apiKey`, `in: query`).
    Query,
    /// A header (`apiKey` in a header, or an `http` scheme's `Authorization`).
    Header,
    /// A member of the request body (`x-auth`, `in: body`).
    Body,
    /// Never sent: used to sign or to check signatures (`x-auth`, `in: none`).
    None,
}

/// A credential the client sends or uses, from `securitySchemes` or the root `x-auth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Credential {
    /// The name on the wire: the query parameter, header, body field; for an `http` scheme
    /// the scheme's name in `securitySchemes`.
    pub name: &'static str,
    /// Where it goes.
    pub placement: Placement,
    /// For an `http` scheme, `basic` or `bearer`.
    pub scheme: Option<&'static str>,
}

/// A check the client makes before sending an operation (`x-pre-send-check`, or derived).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PreSendCheck {
    /// The operation.
    pub operation: &'static str,
    /// What is checked.
    pub check: Check,
}

/// What a [`PreSendCheck`] checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// `basket-totals`: the basket lines and the order totals add up (Invoicebox).
    BasketTotals,
    /// `order-total`: the order amount is the sum of its lines (Sber).
    OrderTotal,
    /// A path parameter must not be empty: derived from the root
    /// `x-non-empty-path-parameters` for every operation whose path holds the parameter.
    NonEmptyPath {
        /// The parameter.
        parameter: &'static str,
        /// The operation's path template.
        path: &'static str,
    },
}

impl Check {
    /// For [`Check::NonEmptyPath`]: whether `url_path` (which may start with the base URL's
    /// path) is the operation's path with the parameter left empty.
    ///
    /// ```
    /// use payspec::envelope::Check;
    /// let check = Check::NonEmptyPath { parameter: "id", path: "/items/{id}" };
    /// assert!(check.empty_parameter("/v1/items/"));
    /// assert!(!check.empty_parameter("/v1/items/7"));
    /// ```
    pub fn empty_parameter(&self, url_path: &str) -> bool {
        let Check::NonEmptyPath { parameter, path } = self else {
            return false;
        };
        let placeholder = format!("{{{parameter}}}");
        let Some((before, after)) = path.split_once(&placeholder) else {
            return false;
        };
        if after.contains('{') {
            return false;
        }
        url_path
            .strip_suffix(after)
            .is_some_and(|rest| rest.ends_with(before))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CRYSTALPAY: Envelope = Envelope {
        schema: "FailEnvelope",
        marker: &["error"],
        test: Test::Success(&["false", "0", ""]),
        absent: Absent::HttpStatus,
        messages: &[&["errors"]],
        auth_status: &[401],
        known_messages: &[KnownMessage {
            message: "auth_secret",
            kind: RejectionKind::Authentication,
            matching: Match::Contains,
            stale_token: false,
        }],
        ..Envelope::EMPTY
    };

    const SBER: Envelope = Envelope {
        schema: "ErrorEnvelope",
        member: Some("error"),
        marker: &["error", "error_code"],
        test: Test::Success(&["0", "200", ""]),
        http_errors: true,
        code: &[&["error", "error_code"]],
        messages: &[&["error", "user_message"], &["error", "error_description"]],
        auth_status: &[401],
        known_codes: &[KnownCode {
            code: "401",
            status: Some(401),
            kind: RejectionKind::Authentication,
        }],
        ..Envelope::EMPTY
    };

    fn check(e: &Envelope, status: u16, body: Value) -> Option<(RejectionKind, Option<String>, Vec<String>)> {
        e.recognise(StatusCode::from_u16(status).unwrap(), body.to_string().as_bytes())
            .map(|r| (r.kind, r.code, r.messages))
    }

    #[test]
    fn success_values_are_compared_as_text_whatever_the_json_type() {
        use RejectionKind::*;
        for ok in [json!(false), json!(0), json!("0"), json!(" FALSE "), json!("")] {
            assert_eq!(
                check(&CRYSTALPAY, 200, json!({"error": ok, "errors": []})),
                None,
                "{ok}"
            );
        }
        for bad in [json!(true), json!(1), json!("1"), json!("yes")] {
            assert_eq!(
                check(&CRYSTALPAY, 200, json!({"error": bad, "errors": ["x"]})),
                Some((Provider, None, vec!["x".to_owned()])),
                "{bad}"
            );
        }
        // Missing or not a scalar: the HTTP status decides.
        assert_eq!(check(&CRYSTALPAY, 200, json!({"errors": ["x"]})), None);
        assert_eq!(
            check(&CRYSTALPAY, 400, json!({"error": {"a": 1}, "errors": ["x"]})),
            Some((Provider, None, vec!["x".to_owned()]))
        );
        assert_eq!(
            check(
                &CRYSTALPAY,
                200,
                json!({"error": true, "errors": ["Bad AUTH_SECRET"]})
            ),
            Some((Authentication, None, vec!["Bad AUTH_SECRET".to_owned()]))
        );
        assert_eq!(
            check(&CRYSTALPAY, 401, json!({"error": true})),
            Some((Authentication, None, vec![]))
        );
    }

    #[test]
    fn nested_markers_codes_and_messages() {
        use RejectionKind::*;
        let body = |code: Value| json!({"error": {"user_message": "u", "error_description": "", "error_code": code}});
        assert_eq!(check(&SBER, 200, body(json!("0"))), None);
        assert_eq!(check(&SBER, 200, body(json!(200))), None);
        assert_eq!(check(&SBER, 200, json!({"error": {}})), None);
        assert_eq!(
            check(&SBER, 200, body(json!(" 401 "))),
            Some((Authentication, Some("401".to_owned()), vec!["u".to_owned()]))
        );
        assert_eq!(
            check(&SBER, 200, body(json!(5))),
            Some((Provider, Some("5".to_owned()), vec!["u".to_owned()]))
        );
        // Outside 2xx the envelope is a failure whatever its code; without it, not the envelope.
        assert_eq!(
            check(&SBER, 403, body(json!("0"))),
            Some((Provider, Some("0".to_owned()), vec!["u".to_owned()]))
        );
        assert_eq!(check(&SBER, 500, json!({"message": "x"})), None);
        assert_eq!(
            check(&SBER, 404, json!({"error": "Not Found", "status": 404})),
            None
        );
        assert!(SBER.is_success_scalar(Scalar::Number("200")));
        assert!(SBER.is_success_scalar(Scalar::Null));
        assert!(!SBER.is_success_scalar(Scalar::String("400")));
    }

    #[test]
    fn known_messages_match_exactly_by_prefix_or_by_substring() {
        let k = |matching, message| KnownMessage {
            message,
            kind: RejectionKind::Provider,
            matching,
            stale_token: false,
        };
        assert!(k(Match::Exact, "a b").matches(" a b "));
        assert!(!k(Match::Exact, "a b").matches("a b c"));
        assert!(k(Match::Prefix, "a b").matches("a b c"));
        assert!(k(Match::Contains, "авториз").matches("Ошибка АВТОРИЗАЦИИ"));
    }

    #[test]
    fn an_empty_path_parameter_is_found_after_the_base_path() {
        let c = Check::NonEmptyPath {
            parameter: "invoice_id",
            path: "/invoices/{invoice_id}/refund",
        };
        assert!(c.empty_parameter("/smartpay/v1/invoices//refund"));
        assert!(!c.empty_parameter("/smartpay/v1/invoices/7/refund"));
        assert!(!Check::OrderTotal.empty_parameter("/invoices/"));
    }
}
