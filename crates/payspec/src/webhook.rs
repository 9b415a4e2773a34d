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
    /// The request's method is not the one notifications arrive with (POST); holds the method.
    #[error("notifications arrive as POST, not {0}")]
    Method(String),
    /// The request's `Content-Type` is not the notification's (`found` is cut to 64 characters).
    #[error("the notification's content type is {found:?}, expected {expected}")]
    ContentType {
        /// The media type the provider sends.
        expected: &'static str,
        /// The header received, if any.
        found: Option<String>,
    },
    /// The body (or its announced `Content-Length`) is over the receiver's limit.
    #[error("the notification body is over the limit of {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The request carries no signature (the signature header or field is absent or empty).
    #[error("the notification carries no signature")]
    MissingSignature,
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
    let salt = credentials.salt().ok_or(WebhookError::MissingKey)?;
    verify_crystalpay_callback_with_salt(body, salt)
}

/// [`verify_crystalpay_callback`] with the salt ("Secret 2") itself, which is all a callback
/// receiver needs. A missing or empty `signature` is [`WebhookError::MissingSignature`].
pub fn verify_crystalpay_callback_with_salt<T: DeserializeOwned>(
    body: &[u8],
    salt: &str,
) -> Result<T, WebhookError> {
    #[derive(Deserialize)]
    struct Signed {
        id: Option<Text>,
        signature: Option<String>,
    }
    let signed: Signed = serde_json::from_slice(body).map_err(|e| WebhookError::Malformed(e.to_string()))?;
    let id = signed.id.ok_or(WebhookError::MissingField("id"))?;
    let given = signed
        .signature
        .filter(|s| !s.trim().is_empty())
        .ok_or(WebhookError::MissingSignature)?;
    let expected = sha1_hex(&format!("{id}:{salt}"));
    if !constant_time_eq(given.trim().to_ascii_lowercase().as_bytes(), expected.as_bytes()) {
        return Err(WebhookError::BadSignature);
    }
    serde_json::from_slice(body).map_err(|e| WebhookError::Malformed(e.to_string()))
}

/// A verified PayKeeper payment notification: the decoded form, and the reply PayKeeper
/// expects (`OK ` + md5 of `id` + secret word), to send with HTTP 200 and `text/plain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified<T> {
    /// The decoded notification.
    pub notification: T,
    /// The body to answer with.
    pub reply: String,
}

/// Verifies a PayKeeper payment notification (a form POST) and decodes it as `T`.
///
/// `key = md5(id + sum + clientid + orderid + secret)`, with `sum` written with exactly two
/// decimals and a dot, absent `clientid`/`orderid` as empty strings; compared in constant time.
/// A missing or empty `key` is [`WebhookError::MissingSignature`]. This is the signature and
/// decoding step of `payspec_paykeeper::Receiver`, which also checks the method, the content
/// type and the size, and gives the event key and the replies.
///
/// ```
/// use payspec::{SigningKey, webhook};
/// let secret = SigningKey::new("seed").unwrap();
/// // PayKeeper signs the sum with two decimals: 1205.9 is signed as "1205.90".
/// let key = webhook::md5_hex("771205.90Ivanov1337seed");
/// let body = format!("id=77&sum=1205.9&clientid=Ivanov&orderid=1337&key={key}");
/// let v = webhook::verify_paykeeper_notification::<serde_json::Value>(body.as_bytes(), &secret).unwrap();
/// assert_eq!(v.notification["orderid"], "1337");
/// assert_eq!(v.reply, format!("OK {}", webhook::md5_hex("77seed")));
/// ```
pub fn verify_paykeeper_notification<T: DeserializeOwned>(
    form_body: &[u8],
    secret: &crate::SigningKey,
) -> Result<Verified<T>, WebhookError> {
    let mut id = None;
    let mut sum = None;
    let mut clientid = String::new();
    let mut orderid = String::new();
    let mut key = None;
    for (k, v) in form_urlencoded::parse(form_body) {
        match &*k {
            "id" => id = Some(v.into_owned()),
            "sum" => sum = Some(v.into_owned()),
            "clientid" => clientid = v.into_owned(),
            "orderid" => orderid = v.into_owned(),
            "key" => key = Some(v.into_owned()),
            _ => {}
        }
    }
    let id = id
        .filter(|s| !s.is_empty())
        .ok_or(WebhookError::MissingField("id"))?;
    let sum = sum.ok_or(WebhookError::MissingField("sum"))?;
    let key = key
        .filter(|k| !k.trim().is_empty())
        .ok_or(WebhookError::MissingSignature)?;
    let sum = crate::Decimal::parse(&sum)
        .ok()
        .and_then(|d| d.minor_units(2))
        .map(|units| crate::Decimal::from_minor_units(units, 2))
        .ok_or_else(|| {
            WebhookError::Malformed(format!("sum {sum:?} is not an amount with at most 2 decimals"))
        })?;
    let expected = md5_hex(&format!("{id}{sum}{clientid}{orderid}{}", secret.expose()));
    if !constant_time_eq(key.trim().to_ascii_lowercase().as_bytes(), expected.as_bytes()) {
        return Err(WebhookError::BadSignature);
    }
    let notification =
        serde_urlencoded::from_bytes(form_body).map_err(|e| WebhookError::Malformed(e.to_string()))?;
    Ok(Verified {
        notification,
        reply: format!("OK {}", md5_hex(&format!("{id}{}", secret.expose()))),
    })
}

/// Lowercase hex md5 of `text`.
pub fn md5_hex(text: &str) -> String {
    use md5::{Digest as _, Md5};
    hex::encode(Md5::digest(text.as_bytes()))
}

/// Verifies `signature` (lowercase or uppercase hex) as HMAC-SHA1 of the raw `body` keyed with
/// `key`, in constant time (Invoicebox's `X-Signature`). Verify the exact bytes received:
/// re-serialized JSON signs differently.
///
/// ```
/// use payspec::{SigningKey, webhook};
/// let key = SigningKey::new("key").unwrap();
/// let body = br#"{"id":"1"}"#;
/// let sig = "a8ec6c5e1a5e7c0b8a3e2d2a3c4b2b6d1f0e9c8d";
/// assert_eq!(webhook::verify_hmac_sha1(body, sig, &key), Err(webhook::WebhookError::BadSignature));
/// ```
pub fn verify_hmac_sha1(body: &[u8], signature: &str, key: &crate::SigningKey) -> Result<(), WebhookError> {
    use hmac::{Hmac, Mac};
    let signature = signature.trim();
    if signature.is_empty() {
        return Err(WebhookError::MissingField("X-Signature"));
    }
    let given = hex::decode(signature).map_err(|_| WebhookError::BadSignature)?;
    let mut mac =
        Hmac::<Sha1>::new_from_slice(key.expose().as_bytes()).map_err(|_| WebhookError::MissingKey)?;
    mac.update(body);
    // verify_slice compares in constant time.
    mac.verify_slice(&given).map_err(|_| WebhookError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example notification of the official Invoicebox PHP SDK
    /// (https://github.com/InvoiceBox/invoicebox-sdk-php, `examples/payment-notification.php`),
    /// exact bytes (note the `\/` escapes), key `test`.
    const INVOICEBOX_BODY: &str = r#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","description":"Проездной билет","currencyId":"RUB","amount":2790.67,"vatAmount":0,"basketItems":[{"sku":"0123456789","name":"Black Edition","measure":"шт","measureCode":"796","quantity":1,"amount":2790.67,"amountWoVat":2790.67,"totalAmount":2790.67,"totalVatAmount":0,"vatCode":"VATNONE","type":"commodity","paymentType":"full_prepayment"}],"orderContainerId":"0188d934-85bd-2e43-9057-53275f15a1e2","merchantId":"ffffffff-ffff-ffff-ffff-ffffffffffff","status":"success","subtype":"order","createdAt":"2023-06-20T14:27:58+00:00","merchantOrderId":"55626","merchantOrderIdVisible":"55626","expirationDate":"2023-06-20T21:00:00+00:00","fileIds":[],"paymentUrl":"https:\/\/pay.invoicebox.ru\/order\/0188d934-85bd-2e43-9057-53275f15a1e2","customer":{"type":"legal","name":"OOO TEST","phone":"78121111111","email":"test@test.test","vatNumber":"7804445210","countryId":"RUS","registrationAddress":"123321, Колотушкина, 1, 1"},"languageId":"ru","processable":true}"#;

    #[test]
    fn hmac_sha1_matches_the_reference_test_vector() {
        let key = crate::SigningKey::new("test").unwrap();
        let body = INVOICEBOX_BODY.as_bytes();
        assert_eq!(
            verify_hmac_sha1(body, "4731e2fb446ba519fd9d8798a1a0873f073189e8", &key),
            Ok(())
        );
        assert_eq!(
            verify_hmac_sha1(body, "4731E2FB446BA519FD9D8798A1A0873F073189E8", &key),
            Ok(())
        );
        // The same JSON with `/` unescaped signs differently: the raw bytes matter.
        let unescaped = INVOICEBOX_BODY.replace("\\/", "/");
        assert_eq!(
            verify_hmac_sha1(
                unescaped.as_bytes(),
                "4731e2fb446ba519fd9d8798a1a0873f073189e8",
                &key
            ),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(
            verify_hmac_sha1(
                unescaped.as_bytes(),
                "bdd1f145865690bcb7f94aea3007cbe5b8f9edfc",
                &key
            ),
            Ok(())
        );
        assert_eq!(
            verify_hmac_sha1(body, "", &key),
            Err(WebhookError::MissingField("X-Signature"))
        );
        assert_eq!(
            verify_hmac_sha1(body, "zz", &key),
            Err(WebhookError::BadSignature)
        );
        let other = crate::SigningKey::new("other").unwrap();
        assert_eq!(
            verify_hmac_sha1(body, "4731e2fb446ba519fd9d8798a1a0873f073189e8", &other),
            Err(WebhookError::BadSignature)
        );
    }
}
