//! Verifying the notifications providers send to a merchant's callback URL.
//!
//! Every check compares signatures in constant time, and no error says what the expected
//! signature was.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha1::{Digest, Sha1};
use subtle::ConstantTimeEq;

use crate::credentials::BodyCredentials;
use crate::lenient::Text;

/// Why a notification was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The body is not the documented format.
    #[error("the notification body is malformed: {0}")]
    Malformed(String),
    /// A field the signature needs is missing.
    #[error("the notification has no `{0}` field")]
    MissingField(&'static str),
    /// The signature does not match: the notification is forged or the key is wrong.
    #[error("the notification signature does not match; check the signing key")]
    BadSignature,
    /// The credentials carry no signing key (salt).
    #[error("no signing key: build the credentials with the salt to verify notifications")]
    MissingKey,
}

/// Compares two byte strings in constant time (for equal lengths).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// Lowercase hex sha1 of `text`.
pub fn sha1_hex(text: &str) -> String {
    hex::encode(Sha1::digest(text.as_bytes()))
}

/// Verifies a CrystalPay payment (or payoff) callback and decodes it as `T`.
///
/// CrystalPay POSTs a JSON body carrying `id` and `signature = sha1("<id>:<salt>")` in lowercase
/// hex; the salt is the cash desk's "Secret 2". Compare, in constant time, then decode.
///
/// ```
/// use payspec::{BodyCredentials, webhook::{self, WebhookError}};
/// let creds = BodyCredentials::new("kassa", "secret").unwrap().with_salt("salt").unwrap();
/// let sig = webhook::sha1_hex("123456789_abcdefghij:salt");
/// let body = format!(r#"{{"id":"123456789_abcdefghij","state":"payed","signature":"{sig}"}}"#);
/// let v: serde_json::Value = webhook::verify_crystalpay_callback(body.as_bytes(), &creds).unwrap();
/// assert_eq!(v["state"], "payed");
/// let forged = body.replace(&sig, &"0".repeat(40));
/// assert_eq!(
///     webhook::verify_crystalpay_callback::<serde_json::Value>(forged.as_bytes(), &creds).unwrap_err(),
///     WebhookError::BadSignature,
/// );
/// ```
pub fn verify_crystalpay_callback<T: DeserializeOwned>(
    body: &[u8],
    credentials: &BodyCredentials,
) -> Result<T, WebhookError> {
    #[derive(Deserialize)]
    struct Signed {
        id: Option<Text>,
        signature: Option<String>,
    }
    let salt = credentials.salt().ok_or(WebhookError::MissingKey)?;
    let signed: Signed = serde_json::from_slice(body).map_err(|e| WebhookError::Malformed(e.to_string()))?;
    let id = signed.id.ok_or(WebhookError::MissingField("id"))?;
    let given = signed.signature.ok_or(WebhookError::MissingField("signature"))?;
    let expected = sha1_hex(&format!("{id}:{salt}"));
    if !constant_time_eq(given.trim().to_ascii_lowercase().as_bytes(), expected.as_bytes()) {
        return Err(WebhookError::BadSignature);
    }
    serde_json::from_slice(body).map_err(|e| WebhookError::Malformed(e.to_string()))
}
