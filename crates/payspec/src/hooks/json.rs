//! A first look at provider bodies: a member's values found without parsing the body
//! ([`JsonKey`]), and the messages of an error envelope whatever their shape
//! ([`envelope_messages`]).

/// A JSON member name, for a cheap first look at a body: [`JsonKey::all`] finds the value of
/// every `"name":` member at any depth without parsing the rest of the body. A classifier
/// uses it to see that a successful answer is not an error envelope without parsing the whole
/// answer a second time. Build one once (in a `static`): the searcher is built with it.
///
/// ```
/// use payspec::hooks::{JsonKey, Scalar};
/// let code = JsonKey::new("error_code");
/// let body = br#"{"code":200,"error":{"error_code":"0"},"items":[{"error_code": 5}]}"#;
/// let mut seen = Vec::new();
/// assert_eq!(code.all(body, |v| { seen.push(v); true }), Some(true));
/// assert_eq!(seen, [Scalar::String("0"), Scalar::Number("5")]);
/// // Stops at the first value the test refuses.
/// assert_eq!(code.all(body, |v| v == Scalar::String("0")), Some(false));
/// // A `\u` escape could spell the name: the caller must parse.
/// assert_eq!(code.all(br#"{"\u0065rror_code":1}"#, |_| true), None);
/// ```
#[derive(Clone, Debug)]
pub struct JsonKey {
    finder: memchr::memmem::Finder<'static>,
}

/// A scalar JSON value as [`JsonKey::all`] finds it: borrowed from the body, not decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (`5`, `-0.5e3`).
    Number(&'a str),
    /// A string without escapes, between its quotes.
    String(&'a str),
}

impl JsonKey {
    /// The member `name` (as it is spelled between the quotes, without escapes).
    pub fn new(name: &str) -> Self {
        let needle = format!("\"{name}\"");
        JsonKey {
            finder: memchr::memmem::Finder::new(needle.as_bytes()).into_owned(),
        }
    }

    /// Calls `test` with the value of every `"name":` member in `body`, in order, and says
    /// whether it accepted them all (it is not called again after it refuses one). An
    /// occurrence of the quoted name not followed by `:` is not a member and is skipped.
    ///
    /// `None` when the body cannot be read this way and the caller must parse it: the body
    /// holds a `\u` escape (a name may be spelled with one), or a value is not a scalar,
    /// holds an escape, or is not JSON.
    pub fn all<'b>(&self, body: &'b [u8], mut test: impl FnMut(Scalar<'b>) -> bool) -> Option<bool> {
        if memchr::memchr_iter(b'\\', body).any(|at| body.get(at + 1) == Some(&b'u')) {
            return None;
        }
        let skip = self.finder.needle().len();
        for at in self.finder.find_iter(body) {
            let rest = body[at + skip..].trim_ascii_start();
            let Some(rest) = rest.strip_prefix(b":") else {
                continue;
            };
            if !test(scalar(rest.trim_ascii_start())?) {
                return Some(false);
            }
        }
        Some(true)
    }
}

/// The scalar at the start of `text`, which must end where a JSON value may end.
fn scalar(text: &[u8]) -> Option<Scalar<'_>> {
    let ends = |len: usize| {
        text.get(len)
            .is_none_or(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'))
    };
    let word =
        |word: &[u8], value: Scalar<'static>| (text.starts_with(word) && ends(word.len())).then_some(value);
    match *text.first()? {
        b'"' => {
            let len = memchr::memchr2(b'"', b'\\', &text[1..])?;
            if text[1 + len] != b'"' {
                return None;
            }
            std::str::from_utf8(&text[1..1 + len]).ok().map(Scalar::String)
        }
        b'n' => word(b"null", Scalar::Null),
        b't' => word(b"true", Scalar::Bool(true)),
        b'f' => word(b"false", Scalar::Bool(false)),
        b'-' | b'0'..=b'9' => {
            let len = text
                .iter()
                .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                .unwrap_or(text.len());
            if !ends(len) {
                return None;
            }
            std::str::from_utf8(&text[..len]).ok().map(Scalar::Number)
        }
        _ => None,
    }
}

/// The human-readable messages in an envelope's message field, whatever its shape: a string,
/// a number, a list of strings, or objects whose `message`/`error`/`text` field is the message.
/// Used by the providers' [`Provider::classify`](super::Provider::classify) so that an oddly shaped refusal is still a
/// refusal.
pub fn envelope_messages(value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    match value {
        Value::Null => Vec::new(),
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items.iter().flat_map(envelope_messages).collect(),
        Value::Object(map) => ["message", "error", "text"]
            .iter()
            .find_map(|k| map.get(*k))
            .map(envelope_messages)
            .unwrap_or_else(|| vec![value.to_string()]),
        other => vec![other.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_key_finds_members_at_any_depth_and_gives_up_when_it_cannot_read_them() {
        fn values(body: &[u8]) -> Option<Vec<String>> {
            let mut seen = Vec::new();
            JsonKey::new("k")
                .all(body, |v| {
                    seen.push(format!("{v:?}"));
                    true
                })
                .map(|_| seen)
        }
        let body = br#"{"a" : {"k":  "1"}, "b":[{"k":2}], "text":"k", "k" ,"c":{"k":null},"d":{"k":-1.5e3}}"#;
        assert_eq!(
            values(body).unwrap(),
            [r#"String("1")"#, r#"Number("2")"#, "Null", r#"Number("-1.5e3")"#]
        );
        assert_eq!(
            values(br#"[{"k":true},{"k":false}]"#).unwrap(),
            ["Bool(true)", "Bool(false)"]
        );
        assert_eq!(values(br#"{"other":1}"#).unwrap(), Vec::<String>::new());
        assert_eq!(values(b"").unwrap(), Vec::<String>::new());
        // A name spelled with an escape could be the one looked for: the caller must parse.
        assert_eq!(values(br#"{"\u006b":1}"#), None);
        // Values it cannot read as they are: the caller's parse decides.
        for body in [
            &br#"{"k": nope}"#[..],
            br#"{"k":"#,
            br#"{"k":"unterminated"#,
            br#"{"k":"a\"b"}"#,
            br#"{"k":{"code":1}}"#,
            br#"{"k":[1]}"#,
            br#"{"k":nullx}"#,
            br#"{"k":12ab}"#,
        ] {
            assert_eq!(values(body), None, "{}", String::from_utf8_lossy(body));
        }
        // The test stops the scan.
        let mut calls = 0;
        let all = JsonKey::new("k").all(br#"[{"k":1},{"k":2},{"k":3}]"#, |v| {
            calls += 1;
            v == Scalar::Number("1")
        });
        assert_eq!((all, calls), (Some(false), 2));
    }

    #[test]
    fn envelope_messages_accepts_every_shape() {
        assert_eq!(envelope_messages(&json!("boom")), ["boom"]);
        assert_eq!(envelope_messages(&json!(["a", "b"])), ["a", "b"]);
        assert_eq!(
            envelope_messages(&json!([{"message": "m"}, {"error": "e"}, {"text": 3}])),
            ["m", "e", "3"]
        );
        assert_eq!(envelope_messages(&json!({"field": "x"})), [r#"{"field":"x"}"#]);
        assert!(envelope_messages(&json!(null)).is_empty());
    }
}
