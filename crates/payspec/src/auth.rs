//! Request mutations that put credentials where each provider expects them.

use std::collections::BTreeMap;

use reqwest::header::{CONTENT_TYPE, HeaderValue};
use serde_json::value::RawValue;
use sha1::{Digest, Sha1};

/// Appends `pairs` to the request's query string, after the operation's own parameters.
/// A pair whose name is already in the query is replaced, so each credential is sent exactly
/// once.
pub fn set_query_pairs(request: &mut reqwest::Request, pairs: &[(&str, &str)]) {
    let url = request.url_mut();
    let clash = url
        .query_pairs()
        .any(|(k, _)| pairs.iter().any(|(name, _)| *name == k));
    if !clash {
        // The usual case: nothing to replace, so append without re-encoding the query.
        url.query_pairs_mut().extend_pairs(pairs);
        return;
    }
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !pairs.iter().any(|(name, _)| name == k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut q = url.query_pairs_mut();
    q.clear();
    for (k, v) in &kept {
        q.append_pair(k, v);
    }
    for (k, v) in pairs {
        q.append_pair(k, v);
    }
}

/// A signature the client computes: `field = lowercase hex sha1("<of...>:<salt>")`, joined
/// with `:`, from the exact text of each named body field. The xtask generates these from
/// each operation's `x-signature` in the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignatureRecipe {
    /// The operation id.
    pub operation: &'static str,
    /// The body field that receives the signature.
    pub field: &'static str,
    /// The body fields signed, in order.
    pub of: &'static [&'static str],
    /// The decimal body fields sent and signed in their canonical text
    /// ([`Decimal::canonical`](crate::Decimal::canonical): `100.00` goes as `100`), so that
    /// the body and the signature carry one text per value (`x-signature` `canonical`).
    pub canonical: &'static [&'static str],
}

/// Merges credential fields (and a signature) into the request's JSON object body, keeping
/// every other field's text exactly as serialized (amounts keep their digits). A request
/// without a body gets `{}` first. Existing fields with the same names are replaced.
pub fn merge_json_body(
    request: &mut reqwest::Request,
    fields: &[(&str, &str)],
    signature: Option<(&SignatureRecipe, &str)>,
) -> Result<(), String> {
    let bytes = match request.body() {
        None => &b"{}"[..],
        Some(body) => body
            .as_bytes()
            .ok_or_else(|| "the request body is a stream; cannot add credentials".to_owned())?,
    };
    let mut object: BTreeMap<String, Box<RawValue>> =
        serde_json::from_slice(bytes).map_err(|e| format!("the request body is not a JSON object: {e}"))?;

    if let Some((recipe, salt)) = signature {
        for name in recipe.canonical {
            if let Some(raw) = object.get_mut(*name) {
                *raw = canonical_decimal(raw).map_err(|e| format!("`{name}`: {e}"))?;
            }
        }
        let mut text = String::new();
        for name in recipe.of {
            let raw = object
                .get(*name)
                .ok_or_else(|| format!("`{name}` is needed to sign this call"))?;
            // Strings are signed by content, numbers by their exact digits.
            match serde_json::from_str::<String>(raw.get()) {
                Ok(s) => text.push_str(&s),
                Err(_) => text.push_str(raw.get()),
            }
            text.push(':');
        }
        text.push_str(salt);
        let digest = hex::encode(Sha1::digest(text.as_bytes()));
        object.insert(recipe.field.to_owned(), json_string(&digest)?);
    }
    for (name, value) in fields {
        object.insert((*name).to_owned(), json_string(value)?);
    }
    let body = serde_json::to_vec(&object).map_err(|e| e.to_string())?;
    *request.body_mut() = Some(body.into());
    request
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(())
}

/// The canonical text of a decimal body member: a JSON number stays a number, a decimal
/// string a string, each with the shortest exact digits of its value.
fn canonical_decimal(raw: &RawValue) -> Result<Box<RawValue>, String> {
    let text = raw.get();
    if text.starts_with('"') {
        let s: String = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let d = crate::Decimal::parse(&s).map_err(|e| e.to_string())?;
        json_string(d.canonical().as_str())
    } else {
        let d = crate::Decimal::from_json_number(text).map_err(|e| e.to_string())?;
        RawValue::from_string(d.canonical().as_str().to_owned()).map_err(|e| e.to_string())
    }
}

fn json_string(s: &str) -> Result<Box<RawValue>, String> {
    let text = serde_json::to_string(s).map_err(|e| e.to_string())?;
    RawValue::from_string(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(body: Option<&str>) -> reqwest::Request {
        let client = reqwest::Client::new();
        let mut b = client.post("http://127.0.0.1/v3/x/?a=1&login=old");
        if let Some(body) = body {
            b = b.body(body.to_owned());
        }
        b.build().unwrap()
    }

    #[test]
    fn query_credentials_are_appended_once() {
        let mut r = request(None);
        set_query_pairs(&mut r, &[("login", "L"), ("password", "p w")]);
        assert_eq!(r.url().query(), Some("a=1&login=L&password=p+w"));
    }

    #[test]
    fn body_credentials_keep_exact_digits_and_sign() {
        let mut r = request(Some(
            r#"{"amount":100.10,"method":"BTC","wallet":"w","auth_login":"x"}"#,
        ));
        let recipe = SignatureRecipe {
            operation: "op",
            field: "signature",
            of: &["amount", "method", "wallet"],
            canonical: &[],
        };
        merge_json_body(
            &mut r,
            &[("auth_login", "L"), ("auth_secret", "S")],
            Some((&recipe, "salt")),
        )
        .unwrap();
        let body = std::str::from_utf8(r.body().unwrap().as_bytes().unwrap())
            .unwrap()
            .to_owned();
        let sig = hex::encode(Sha1::digest(b"100.10:BTC:w:salt"));
        assert_eq!(
            body,
            format!(
                r#"{{"amount":100.10,"auth_login":"L","auth_secret":"S","method":"BTC","signature":"{sig}","wallet":"w"}}"#
            )
        );
        assert_eq!(r.headers()[CONTENT_TYPE], "application/json");
    }

    #[test]
    fn canonical_fields_are_sent_and_signed_in_one_text() {
        let recipe = SignatureRecipe {
            operation: "op",
            field: "signature",
            of: &["amount", "method"],
            canonical: &["amount"],
        };
        for (sent, canonical) in [
            ("100.00", "100"),
            ("150.50", "150.5"),
            ("0.00050000", "0.0005"),
            ("1000", "1000"),
            ("0.00000001", "0.00000001"),
            ("1.5e3", "1500"),
            (
                "12345678901234567890.123456789000",
                "12345678901234567890.123456789",
            ),
            (r#""100.00""#, r#""100""#),
        ] {
            let mut r = request(Some(&format!(
                r#"{{"amount":{sent},"method":"BTC","note":1.10}}"#
            )));
            merge_json_body(&mut r, &[], Some((&recipe, "salt"))).unwrap();
            let body = std::str::from_utf8(r.body().unwrap().as_bytes().unwrap()).unwrap();
            let digits = canonical.trim_matches('"');
            let sig = hex::encode(Sha1::digest(format!("{digits}:BTC:salt").as_bytes()));
            assert_eq!(
                body,
                format!(r#"{{"amount":{canonical},"method":"BTC","note":1.10,"signature":"{sig}"}}"#),
                "{sent}"
            );
        }
        for bad in ["true", r#""ten""#, "[1]"] {
            let mut r = request(Some(&format!(r#"{{"amount":{bad},"method":"BTC"}}"#)));
            let err = merge_json_body(&mut r, &[], Some((&recipe, "salt"))).unwrap_err();
            assert!(err.starts_with("`amount`: "), "{bad}: {err}");
        }
    }

    #[test]
    fn missing_body_becomes_an_object_and_missing_signed_field_is_an_error() {
        let mut r = request(None);
        merge_json_body(&mut r, &[("auth_login", "L")], None).unwrap();
        assert_eq!(r.body().unwrap().as_bytes().unwrap(), br#"{"auth_login":"L"}"#);
        let recipe = SignatureRecipe {
            operation: "op",
            field: "signature",
            of: &["id"],
            canonical: &[],
        };
        let err = merge_json_body(&mut request(Some("{}")), &[], Some((&recipe, "salt"))).unwrap_err();
        assert!(err.contains("`id`"), "{err}");
        assert!(merge_json_body(&mut request(Some("[1]")), &[], None).is_err());
    }
}

/// Sets form field `name` to `value` in an `application/x-www-form-urlencoded` request body,
/// replacing any earlier value, so the field is sent exactly once. A request without a body
/// gets one.
pub fn set_form_field(request: &mut reqwest::Request, name: &str, value: &str) -> Result<(), String> {
    let bytes = match request.body() {
        None => &b""[..],
        Some(body) => body
            .as_bytes()
            .ok_or_else(|| "the request body is a stream; cannot add a form field".to_owned())?,
    };
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(bytes) {
        if k != name {
            form.append_pair(&k, &v);
        }
    }
    form.append_pair(name, value);
    *request.body_mut() = Some(form.finish().into());
    request.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/x-www-form-urlencoded"),
    );
    Ok(())
}

/// The value of form field `name` in the request body, if any.
pub fn form_field(request: &reqwest::Request, name: &str) -> Option<String> {
    let bytes = request.body()?.as_bytes()?;
    form_urlencoded::parse(bytes)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// A session token the client fetches itself (PayKeeper's security token): fetched lazily on
/// first use, cached, shared by every clone of the client, and dropped when the server says
/// it went stale. Concurrent first calls fetch it once.
#[derive(Clone, Default)]
pub struct SessionToken {
    /// Held while a token is fetched, so concurrent first calls fetch once.
    fetching: std::sync::Arc<tokio::sync::Mutex<()>>,
    tokens: std::sync::Arc<std::sync::Mutex<Tokens>>,
}

#[derive(Default)]
struct Tokens {
    current: Option<secrecy::SecretString>,
    /// The last token dropped as stale, still redacted from errors.
    previous: Option<secrecy::SecretString>,
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken([redacted])")
    }
}

impl SessionToken {
    fn tokens(&self) -> std::sync::MutexGuard<'_, Tokens> {
        self.tokens
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn current(&self) -> Option<String> {
        use secrecy::ExposeSecret;
        self.tokens()
            .current
            .as_ref()
            .map(|t| t.expose_secret().to_owned())
    }

    /// The cached token, or the one `fetch` returns (then cached).
    pub async fn get_or_fetch<F, Fut, E>(&self, fetch: F) -> Result<String, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<String, E>>,
    {
        if let Some(token) = self.current() {
            return Ok(token);
        }
        let _fetching = self.fetching.lock().await;
        if let Some(token) = self.current() {
            return Ok(token);
        }
        let token = fetch().await?;
        self.tokens().current = Some(token.clone().into());
        Ok(token)
    }

    /// Drops the cached token if it is still `stale` (another task may have refreshed it).
    pub async fn invalidate(&self, stale: &str) {
        use secrecy::ExposeSecret;
        let mut tokens = self.tokens();
        if tokens
            .current
            .as_ref()
            .is_some_and(|t| t.expose_secret() == stale)
        {
            tokens.previous = tokens.current.take();
        }
    }

    /// The cached token and the last one dropped as stale (for redaction).
    pub fn peek(&self) -> Vec<String> {
        use secrecy::ExposeSecret;
        let tokens = self.tokens();
        [&tokens.current, &tokens.previous]
            .into_iter()
            .flatten()
            .map(|t| t.expose_secret().to_owned())
            .collect()
    }
}

/// Sets JSON body fields that the caller left out (or set to `null`), keeping every other
/// field's text exactly as serialized. Used for values the client is configured with, such as
/// Invoicebox's store id.
pub fn fill_json_fields(request: &mut reqwest::Request, fields: &[(&str, &str)]) -> Result<(), String> {
    let Some(bytes) = request.body().and_then(|b| b.as_bytes()) else {
        return Ok(());
    };
    let mut object: BTreeMap<String, Box<RawValue>> = match serde_json::from_slice(bytes) {
        Ok(object) => object,
        // Not a JSON object: nothing to fill.
        Err(_) => return Ok(()),
    };
    let mut changed = false;
    for (name, value) in fields {
        if object.get(*name).is_none_or(|v| v.get() == "null") {
            object.insert((*name).to_owned(), json_string(value)?);
            changed = true;
        }
    }
    if changed {
        *request.body_mut() = Some(serde_json::to_vec(&object).map_err(|e| e.to_string())?.into());
    }
    Ok(())
}
