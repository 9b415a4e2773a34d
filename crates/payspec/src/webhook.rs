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
    /// The notification is for another account than the receiver's (Invoicebox's `merchantId`
    /// is not the store id the receiver was configured with); holds the id found, cut to 64
    /// characters.
    #[error("the notification is for account {0:?}, not the one this receiver expects")]
    WrongAccount(String),
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

/// How a body signature is made from the body and the key: Invoicebox lets each store choose
/// it in its notification settings, with [`SignatureAlgorithm`]; HMAC is the default
/// (<https://docs.invoicebox.ru/docs/merchant/notification/status/>, "Подпись запроса").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SignatureMethod {
    /// HMAC of the body keyed with the key (PHP's `hash_hmac($algo, $body, $key)`): the default.
    #[default]
    Hmac,
    /// A plain digest of the body and the key (PHP's `hash`). What exactly is hashed is not
    /// documented (inferred, see [`body_signature`]): the digest of the body followed by the
    /// key is made, and the key followed by the body is accepted too.
    Hash,
}

/// The digest a body signature uses: the four Invoicebox stores are known to choose from (PHP's
/// `hash_algos()` names `md5`, `sha1`, `sha256`, `sha512`); SHA-1 is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SignatureAlgorithm {
    /// MD5 (32 hex digits).
    Md5,
    /// SHA-1 (40 hex digits): the default.
    #[default]
    Sha1,
    /// SHA-256 (64 hex digits).
    Sha256,
    /// SHA-512 (128 hex digits).
    Sha512,
}

impl SignatureMethod {
    /// The method named as in the store's settings or PHP: `hmac` (or `hash_hmac`), `hash`;
    /// without case. `None` for any other name.
    pub fn from_name(name: &str) -> Option<SignatureMethod> {
        match name.trim().to_ascii_lowercase().as_str() {
            "hmac" | "hash_hmac" => Some(SignatureMethod::Hmac),
            "hash" => Some(SignatureMethod::Hash),
            _ => None,
        }
    }
}

impl SignatureAlgorithm {
    /// The algorithm named as PHP's `hash_algos()` names it (`md5`, `sha1`, `sha256`,
    /// `sha512`; `sha-256` and the like too), without case. `None` for any other name.
    pub fn from_name(name: &str) -> Option<SignatureAlgorithm> {
        match name.trim().to_ascii_lowercase().replace('-', "").as_str() {
            "md5" => Some(SignatureAlgorithm::Md5),
            "sha1" => Some(SignatureAlgorithm::Sha1),
            "sha256" => Some(SignatureAlgorithm::Sha256),
            "sha512" => Some(SignatureAlgorithm::Sha512),
            _ => None,
        }
    }

    /// The digest of the concatenated `parts`.
    fn digest(self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: hmac::digest::Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut d = D::new();
            for part in parts {
                d.update(part);
            }
            d.finalize().to_vec()
        }
        match self {
            SignatureAlgorithm::Md5 => run::<md5::Md5>(parts),
            SignatureAlgorithm::Sha1 => run::<Sha1>(parts),
            SignatureAlgorithm::Sha256 => run::<sha2::Sha256>(parts),
            SignatureAlgorithm::Sha512 => run::<sha2::Sha512>(parts),
        }
    }

    /// The HMAC of `body` keyed with `key`.
    fn hmac(self, key: &[u8], body: &[u8]) -> Vec<u8> {
        fn run<D>(key: &[u8], body: &[u8]) -> Vec<u8>
        where
            D: hmac::digest::Digest + hmac::digest::core_api::BlockSizeUser,
        {
            use hmac::Mac as _;
            // HMAC takes keys of any length: `new_from_slice` cannot fail.
            match hmac::SimpleHmac::<D>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(body);
                    mac.finalize().into_bytes().to_vec()
                }
                Err(_) => Vec::new(),
            }
        }
        match self {
            SignatureAlgorithm::Md5 => run::<md5::Md5>(key, body),
            SignatureAlgorithm::Sha1 => run::<Sha1>(key, body),
            SignatureAlgorithm::Sha256 => run::<sha2::Sha256>(key, body),
            SignatureAlgorithm::Sha512 => run::<sha2::Sha512>(key, body),
        }
    }
}

/// The signature of `body` with `key` by `method` and `algorithm`, in lowercase hex: what
/// Invoicebox sends in `X-Signature` (for tests of a handler, and the sandbox).
///
/// [`SignatureMethod::Hash`] gives the digest of the body followed by the key. Invoicebox's docs
/// say only that the signature is made from the body "with the key and the algorithm chosen in
/// the notification settings"; the official PHP SDK's `Signer::getSign` calls
/// `hash($algo, $message, $key)`, which passes the key as PHP's `$binary` flag, so it hashes
/// the body alone into raw bytes that never equal a hex header
/// (<https://github.com/InvoiceBox/invoicebox-sdk-php/blob/e17f079e2fc860dee9bfd9efd691ae0e893d04d8/src/Signer.php>).
/// Which order Invoicebox uses is therefore inferred; [`verify_body_signature`] accepts both
/// orders, and never a digest of the body without the key (anyone could make that one).
///
/// ```
/// use payspec::{SigningKey, webhook::{self, SignatureAlgorithm, SignatureMethod}};
/// let key = SigningKey::new("key").unwrap();
/// let sig = webhook::body_signature(b"{}", &key, SignatureMethod::Hmac, SignatureAlgorithm::Sha256);
/// assert_eq!(sig.len(), 64);
/// ```
pub fn body_signature(
    body: &[u8],
    key: &crate::SigningKey,
    method: SignatureMethod,
    algorithm: SignatureAlgorithm,
) -> String {
    let key = key.expose().as_bytes();
    hex::encode(match method {
        SignatureMethod::Hmac => algorithm.hmac(key, body),
        SignatureMethod::Hash => algorithm.digest(&[body, key]),
    })
}

/// Verifies `signature` (hex in either case, surrounding whitespace ignored) as the signature
/// of the raw `body` with `key` by `method` and `algorithm` (see [`body_signature`]), in
/// constant time: Invoicebox's `X-Signature`, the step `payspec_invoicebox::Receiver` runs.
/// Verify the exact bytes received: re-serialized JSON signs differently.
///
/// An empty signature is [`WebhookError::MissingSignature`]; anything else that does not match
/// (not hex, another length, another digest) is [`WebhookError::BadSignature`], which never
/// says what was expected.
///
/// ```
/// use payspec::{SigningKey, webhook::{self, SignatureAlgorithm, SignatureMethod, WebhookError}};
/// let key = SigningKey::new("key").unwrap();
/// let (hmac, sha1) = (SignatureMethod::Hmac, SignatureAlgorithm::Sha1);
/// let body = br#"{"id":"1"}"#;
/// let sig = webhook::body_signature(body, &key, hmac, sha1);
/// assert_eq!(webhook::verify_body_signature(body, &sig, &key, hmac, sha1), Ok(()));
/// let forged = "a8ec6c5e1a5e7c0b8a3e2d2a3c4b2b6d1f0e9c8d";
/// assert_eq!(webhook::verify_body_signature(body, forged, &key, hmac, sha1), Err(WebhookError::BadSignature));
/// ```
pub fn verify_body_signature(
    body: &[u8],
    signature: &str,
    key: &crate::SigningKey,
    method: SignatureMethod,
    algorithm: SignatureAlgorithm,
) -> Result<(), WebhookError> {
    let signature = signature.trim();
    if signature.is_empty() {
        return Err(WebhookError::MissingSignature);
    }
    let given = hex::decode(signature).map_err(|_| WebhookError::BadSignature)?;
    let key = key.expose().as_bytes();
    let matches = match method {
        SignatureMethod::Hmac => constant_time_eq(&given, &algorithm.hmac(key, body)),
        SignatureMethod::Hash => {
            // Both orders are computed and compared, whichever matches.
            let body_key = constant_time_eq(&given, &algorithm.digest(&[body, key]));
            let key_body = constant_time_eq(&given, &algorithm.digest(&[key, body]));
            body_key | key_body
        }
    };
    if matches {
        Ok(())
    } else {
        Err(WebhookError::BadSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example notification of the official Invoicebox PHP SDK
    /// (https://github.com/InvoiceBox/invoicebox-sdk-php, `examples/payment-notification.php`),
    /// exact bytes (note the `\/` escapes), key `test`.
    const INVOICEBOX_BODY: &str = r#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","description":"Проездной билет","currencyId":"RUB","amount":2790.67,"vatAmount":0,"basketItems":[{"sku":"0123456789","name":"Black Edition","measure":"шт","measureCode":"796","quantity":1,"amount":2790.67,"amountWoVat":2790.67,"totalAmount":2790.67,"totalVatAmount":0,"vatCode":"VATNONE","type":"commodity","paymentType":"full_prepayment"}],"orderContainerId":"0188d934-85bd-2e43-9057-53275f15a1e2","merchantId":"ffffffff-ffff-ffff-ffff-ffffffffffff","status":"success","subtype":"order","createdAt":"2023-06-20T14:27:58+00:00","merchantOrderId":"55626","merchantOrderIdVisible":"55626","expirationDate":"2023-06-20T21:00:00+00:00","fileIds":[],"paymentUrl":"https:\/\/pay.invoicebox.ru\/order\/0188d934-85bd-2e43-9057-53275f15a1e2","customer":{"type":"legal","name":"OOO TEST","phone":"78121111111","email":"test@test.test","vatNumber":"7804445210","countryId":"RUS","registrationAddress":"123321, Колотушкина, 1, 1"},"languageId":"ru","processable":true}"#;

    /// The signature of [`INVOICEBOX_BODY`] with key `test` for every method and algorithm,
    /// computed by Python's `hmac` and `hashlib`, independently of this crate:
    ///
    /// ```text
    /// python3 -c 'import hmac,hashlib,sys; b=open(sys.argv[1],"rb").read(); k=b"test"
    /// for a in ["md5","sha1","sha256","sha512"]: print(a, hmac.new(k,b,a).hexdigest(),
    ///     hashlib.new(a,b+k).hexdigest(), hashlib.new(a,k+b).hexdigest())' body.json
    /// ```
    ///
    /// (`body.json` holds the exact bytes of `INVOICEBOX_BODY`, no trailing newline.) Columns:
    /// algorithm, HMAC, hash of body + key, hash of key + body.
    const VECTORS: [(SignatureAlgorithm, &str, &str, &str); 4] = [
        (
            SignatureAlgorithm::Md5,
            "65a5263923c340d3bcbeb5e5f6bed938",
            "f66199549e08c9e2b90f3e69a4566138",
            "c333ef6e451950cb9de8cb9742093656",
        ),
        (
            SignatureAlgorithm::Sha1,
            "4731e2fb446ba519fd9d8798a1a0873f073189e8",
            "073ef877683674404da412d53e0bcc8445c020b0",
            "65960313f02cb67796eddeb7d946a81701b48abc",
        ),
        (
            SignatureAlgorithm::Sha256,
            "71ed75df37273e45ccb02797711249ececd9c709aa02ffe6210398dd91635f55",
            "02cc79dba938b0468e62497acf7c5ba41c4f513a383b8aae5459ccb0d1ca5433",
            "de67d8da88ef00dd9069d34c531be03410b15916426267f21a3c18c32e4bf798",
        ),
        (
            SignatureAlgorithm::Sha512,
            "d4c75bd1bba81cb2b1b46a0d1d0ae5aed84c769c4aa05015d06ec61c457b4b2385c94c418b5c163e8c431b750e60b0bb74df1d98adc0e1c44eab7aa129e8a943",
            "613853206c6b3147844ba353a6c10d16bef440c361a07151cec4b8343929b790d3e9b94441ceeef7a5c6ebf35584e7d2eb6109a83569e3323e607db0324a450e",
            "557b91b6ebba3f2485958c7cc70e1d393a7c56a4ffc683f23592e1c84ee2057425772cb592cfad49558da252ace4bb6e4b75fc532e5e1427b7980f00060e00d3",
        ),
    ];

    #[test]
    fn every_method_and_algorithm_matches_the_independent_vectors() {
        use SignatureMethod::{Hash, Hmac};
        let key = crate::SigningKey::new("test").unwrap();
        let other = crate::SigningKey::new("other").unwrap();
        let body = INVOICEBOX_BODY.as_bytes();
        let all = [
            SignatureAlgorithm::Md5,
            SignatureAlgorithm::Sha1,
            SignatureAlgorithm::Sha256,
            SignatureAlgorithm::Sha512,
        ];
        for (algorithm, hmac, body_key, key_body) in VECTORS {
            assert_eq!(body_signature(body, &key, Hmac, algorithm), hmac);
            assert_eq!(body_signature(body, &key, Hash, algorithm), body_key);
            let verify = |sig: &str, method| verify_body_signature(body, sig, &key, method, algorithm);
            assert_eq!(verify(hmac, Hmac), Ok(()), "{algorithm:?}");
            assert_eq!(verify(&hmac.to_ascii_uppercase(), Hmac), Ok(()));
            assert_eq!(verify(&format!(" {hmac}\t"), Hmac), Ok(()));
            assert_eq!(verify(body_key, Hash), Ok(()), "{algorithm:?}");
            assert_eq!(verify(key_body, Hash), Ok(()), "{algorithm:?}");
            // Another method, another key, or the digest of the body alone: refused.
            assert_eq!(verify(hmac, Hash), Err(WebhookError::BadSignature));
            assert_eq!(verify(body_key, Hmac), Err(WebhookError::BadSignature));
            let keyless = hex::encode(algorithm.digest(&[body]));
            assert_eq!(verify(&keyless, Hash), Err(WebhookError::BadSignature));
            for method in [Hmac, Hash] {
                assert_eq!(
                    verify_body_signature(body, hmac, &other, method, algorithm),
                    Err(WebhookError::BadSignature)
                );
                assert_eq!(
                    verify_body_signature(body, body_key, &other, method, algorithm),
                    Err(WebhookError::BadSignature)
                );
            }
            // A signature of one algorithm never passes for another.
            for wrong in all.iter().filter(|a| **a != algorithm) {
                for method in [Hmac, Hash] {
                    for sig in [hmac, body_key, key_body] {
                        assert_eq!(
                            verify_body_signature(body, sig, &key, method, *wrong),
                            Err(WebhookError::BadSignature),
                            "{algorithm:?} as {wrong:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn names_of_the_settings_are_read() {
        assert_eq!(
            SignatureMethod::from_name("hash_hmac"),
            Some(SignatureMethod::Hmac)
        );
        assert_eq!(SignatureMethod::from_name(" HMAC "), Some(SignatureMethod::Hmac));
        assert_eq!(SignatureMethod::from_name("hash"), Some(SignatureMethod::Hash));
        assert_eq!(SignatureMethod::from_name("rsa"), None);
        assert_eq!(
            SignatureAlgorithm::from_name("SHA-256"),
            Some(SignatureAlgorithm::Sha256)
        );
        assert_eq!(
            SignatureAlgorithm::from_name("sha512"),
            Some(SignatureAlgorithm::Sha512)
        );
        assert_eq!(
            SignatureAlgorithm::from_name("md5"),
            Some(SignatureAlgorithm::Md5)
        );
        assert_eq!(
            SignatureAlgorithm::from_name("sha1"),
            Some(SignatureAlgorithm::Sha1)
        );
        assert_eq!(SignatureAlgorithm::from_name("crc32"), None);
        assert_eq!(SignatureMethod::default(), SignatureMethod::Hmac);
        assert_eq!(SignatureAlgorithm::default(), SignatureAlgorithm::Sha1);
    }

    #[test]
    fn hmac_sha1_matches_the_reference_test_vector() {
        use SignatureAlgorithm::Sha1;
        use SignatureMethod::Hmac;
        let key = crate::SigningKey::new("test").unwrap();
        let verify = |body: &[u8], sig: &str, key: &crate::SigningKey| {
            verify_body_signature(body, sig, key, Hmac, Sha1)
        };
        let body = INVOICEBOX_BODY.as_bytes();
        assert_eq!(
            verify(body, "4731e2fb446ba519fd9d8798a1a0873f073189e8", &key),
            Ok(())
        );
        assert_eq!(
            verify(body, "4731E2FB446BA519FD9D8798A1A0873F073189E8", &key),
            Ok(())
        );
        // The same JSON with `/` unescaped signs differently: the raw bytes matter.
        let unescaped = INVOICEBOX_BODY.replace("\\/", "/");
        assert_eq!(
            verify(
                unescaped.as_bytes(),
                "4731e2fb446ba519fd9d8798a1a0873f073189e8",
                &key
            ),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(
            verify(
                unescaped.as_bytes(),
                "bdd1f145865690bcb7f94aea3007cbe5b8f9edfc",
                &key
            ),
            Ok(())
        );
        assert_eq!(verify(body, "", &key), Err(WebhookError::MissingSignature));
        assert_eq!(verify(body, " \t", &key), Err(WebhookError::MissingSignature));
        assert_eq!(verify(body, "zz", &key), Err(WebhookError::BadSignature));
        assert_eq!(verify(body, "4731e2fb", &key), Err(WebhookError::BadSignature));
        let other = crate::SigningKey::new("other").unwrap();
        assert_eq!(
            verify(body, "4731e2fb446ba519fd9d8798a1a0873f073189e8", &other),
            Err(WebhookError::BadSignature)
        );
    }
}
