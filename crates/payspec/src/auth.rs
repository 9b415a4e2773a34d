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

fn json_string(s: &str) -> Result<Box<RawValue>, String> {
    let text = serde_json::to_string(s).map_err(|e| e.to_string())?;
    RawValue::from_string(text).map_err(|e| e.to_string())
}
