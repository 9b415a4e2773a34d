//! Helpers shared by the provider test suites (`mod common;` in each): what the spec says about
//! retries, and the retry policy the tests use.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::time::Duration;

use payspec::{Config, RetryPolicy};

pub mod alloc;
pub mod sandbox;

/// Whether a named example of a `200` answer is a refusal: `refused` or `refused_<what>`
/// (specs/CONVENTIONS.md, "Error envelopes"); every other one is a success.
pub fn is_refusal_example(name: &str) -> bool {
    name == "refused" || name.starts_with("refused_")
}

/// Every named or single example of every operation's `200` JSON answer that is not a refusal
/// example, by provider: `(operation, body)`.
pub fn success_examples(provider: &str) -> Vec<(String, serde_json::Value)> {
    let file = format!("{}/../specs/{provider}.yaml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let doc: serde_json::Value = serde_norway::from_str(&text).unwrap();
    let resolve = |v: &serde_json::Value| match v.get("$ref").and_then(serde_json::Value::as_str) {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap().clone(),
        None => v.clone(),
    };
    let mut out = Vec::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let Some(id) = op.get("operationId").and_then(serde_json::Value::as_str) else {
                continue;
            };
            let Some(media) = op.pointer("/responses/200/content/application~1json") else {
                continue;
            };
            if let Some(body) = media.get("example") {
                out.push((id.to_owned(), body.clone()));
            }
            for (name, example) in media
                .get("examples")
                .and_then(serde_json::Value::as_object)
                .into_iter()
                .flatten()
            {
                if !is_refusal_example(name) {
                    out.push((id.to_owned(), resolve(example)["value"].clone()));
                }
            }
        }
    }
    out
}

/// `x-idempotent` of every operation of `specs/<provider>.yaml`, by operation id.
pub fn spec_idempotent(provider: &str) -> BTreeMap<String, bool> {
    let file = format!("{}/../specs/{provider}.yaml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let doc: serde_json::Value = serde_norway::from_str(&text).unwrap();
    let mut out = BTreeMap::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let Some(id) = op.get("operationId").and_then(|v| v.as_str()) else {
                continue;
            };
            let flag = op["x-idempotent"]
                .as_bool()
                .unwrap_or_else(|| panic!("{provider} {id}: no boolean x-idempotent"));
            out.insert(id.to_owned(), flag);
        }
    }
    out
}

/// Checks the generated `IDEMPOTENT` table against the spec, and that none of `never` (the
/// calls that create or move money without a documented way to repeat them safely) is in it.
pub fn assert_idempotent_table(provider: &str, table: &[&str], never: &[&str]) {
    let spec = spec_idempotent(provider);
    let from_spec: Vec<&str> = spec
        .iter()
        .filter(|(_, v)| **v)
        .map(|(k, _)| k.as_str())
        .collect();
    let mut generated = table.to_vec();
    generated.sort_unstable();
    assert_eq!(
        generated, from_spec,
        "{provider}: IDEMPOTENT follows x-idempotent"
    );
    for op in never {
        assert_eq!(
            spec.get(*op),
            Some(&false),
            "{provider} {op} must never be retried"
        );
    }
}

/// Up to two repeats, no waiting: what the retry tests configure.
pub fn fast_retries(retries: u32) -> Config {
    Config::default().retry(
        RetryPolicy::exponential(retries)
            .initial_backoff(Duration::from_millis(1))
            .max_backoff(Duration::from_millis(2))
            .without_jitter(),
    )
}

/// How many calls a server saw whose path is `at`.
pub async fn hits(server: &wiremock::MockServer, at: &str) -> usize {
    server
        .received_requests()
        .await
        .expect("request recording is on")
        .iter()
        .filter(|r| r.url.path() == at)
        .count()
}

/// After a server answered `op` with 503 every time: the error is that status, and the server
/// saw the call three times (the call and two repeats of [`fast_retries(2)`]) if the spec marks
/// the operation idempotent, else once.
pub fn assert_retried_per_spec(op: &str, err: &payspec::Error, hits: usize, idempotent: bool) {
    assert!(
        matches!(err, payspec::Error::Status { status: 503, .. }),
        "{op}: {err:?}"
    );
    assert_eq!(hits, if idempotent { 3 } else { 1 }, "{op}");
}

/// `bytes` in base64 (standard or URL-safe alphabet, padded or not), as a server may echo a
/// secret: the tests check that no error or log shows it.
#[allow(dead_code)]
pub fn base64(bytes: &[u8], url_safe: bool, pad: bool) -> String {
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    match (url_safe, pad) {
        (false, true) => STANDARD.encode(bytes),
        (false, false) => STANDARD_NO_PAD.encode(bytes),
        (true, true) => URL_SAFE.encode(bytes),
        (true, false) => URL_SAFE_NO_PAD.encode(bytes),
    }
}

/// An Invoicebox notification POSTed as Invoicebox sends it (`application/json`,
/// `X-Signature`), through a default receiver (HMAC-SHA1) with `key`: the typed order, or why
/// it was refused.
pub fn invoicebox_notification(
    body: &[u8],
    signature: &str,
    key: &payspec::SigningKey,
) -> Result<payspec_invoicebox::types::OrderNotification, payspec::webhook::WebhookError> {
    use payspec::reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
    use payspec_invoicebox::Receive as _;
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert("x-signature", HeaderValue::from_str(signature).unwrap());
    payspec_invoicebox::Receiver::new(key.clone())
        .receive(&payspec::reqwest::Method::POST, &headers, body)
        .map(payspec_invoicebox::Notification::into_body)
}
