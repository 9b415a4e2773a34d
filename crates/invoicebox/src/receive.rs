//! Receiving Invoicebox's payment notifications: [`Receiver`] and the replies Invoicebox reads.
//!
//! Invoicebox POSTs the order as JSON (`Content-Type: application/json`) to the order's
//! `notificationUrl` or the URL of the store settings, signed in `X-Signature` over the raw
//! body with the store's notification key, by the method and algorithm of the store's
//! notification settings (HMAC-SHA1 unless changed), and reads the answer: always HTTP 200 and
//! JSON, `{"status":"success"}` or `{"status":"error","code":...}`
//! (<https://docs.invoicebox.ru/docs/merchant/notification/status/>).

use http::{HeaderMap, Method, StatusCode};
use payspec::SigningKey;
use payspec::receive::{
    DEFAULT_BODY_LIMIT, Notification, Receive, Reply, check_content_type, check_post, check_size, header,
};
use payspec::webhook::{SignatureAlgorithm, SignatureMethod, WebhookError, verify_body_signature};

use crate::known_codes;
use crate::types::OrderNotification;

/// The `id` of the test notifications Invoicebox's monitoring sends (with an empty
/// `merchantOrderId`): <https://docs.invoicebox.ru/docs/merchant/notification/status/>,
/// "Система мониторинга и автоматическое тестирование интеграции".
pub const TEST_NOTIFICATION_ID: &str = "ffffffff-ffff-ffff-ffff-ffffffffffff";

/// The header that carries the signature (looked up without case, as the docs advise).
pub const SIGNATURE_HEADER: &str = "x-signature";

/// The media type Invoicebox sends notifications with.
const CONTENT_TYPE: &str = "application/json";

/// Receives Invoicebox's payment notifications: configured once with the store's notification
/// key (from the integration settings of the cabinet; not the API token) and the signature
/// method and algorithm of the store's notification settings.
///
/// [`receive`](Receive::receive) checks, in this order: the method (`POST`), the content type
/// (`application/json`, parameters ignored), the size (64 KiB unless
/// [`with_body_limit`](Self::with_body_limit)), the `X-Signature` over the raw body (in
/// constant time), then decodes the [`OrderNotification`] (members the spec does not name are
/// kept in its `extra` maps) and, if configured with [`with_merchant_id`](Self::with_merchant_id),
/// compares its `merchantId`.
///
/// **Event key** ([`Notification::event_key`]): `invoicebox:<id>:<status>`. The docs say a
/// repeat of a notification whose `id` (the order id) was processed gets `success`; a
/// notification of a later status of the same order (`canceled` after `completed`) carries
/// the same `id`, and keyed by `id` alone it would be answered as a duplicate and never
/// processed. With the status in the key, each status of an order is processed once.
///
/// **Replies** (all HTTP 200 and JSON, as the docs require):
/// - success, also for a duplicate: `{"status":"success"}`;
/// - retry (the business logic failed, or another delivery of the event is being processed):
///   `{"code":"out_of_service","status":"error"}`, on which Invoicebox tries 10 more times
///   within 24 hours;
/// - [`rejection`](Receive::rejection): a missing or wrong signature is `signature_error`; a
///   notification for another store ([`WebhookError::WrongAccount`]) is `order_not_found`
///   (inferred: no code is documented for it, and this store has no such order); anything else
///   (method, content type, size, a body that does not decode) is `out_of_service`, so that a
///   genuine notification this receiver could not read is delivered again once it is fixed.
///   No reply names the key or the expected signature.
///
/// Members of a JSON object are written in name order (`code` before `status`), the same bytes
/// whether or not serde_json keeps insertion order.
///
/// ```
/// use http::{HeaderMap, Method};
/// use payspec_invoicebox::{Receive, Receiver, SignatureAlgorithm, SignatureMethod, SigningKey, WebhookError};
/// use payspec::webhook::body_signature;
///
/// let key = SigningKey::new("notification key")?;
/// let receiver = Receiver::new(key.clone())
///     .with_signature(SignatureMethod::Hmac, SignatureAlgorithm::Sha256);
/// let body = br#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","status":"completed","merchantId":"m","amount":10.5,"customer":{"type":"private"},"currencyId":"RUB","createdAt":"2023-06-20T14:27:58+00:00"}"#;
/// let mut headers = HeaderMap::new();
/// headers.insert("content-type", "application/json".parse()?);
/// headers.insert("x-signature", body_signature(body, &key, SignatureMethod::Hmac, SignatureAlgorithm::Sha256).parse()?);
///
/// let notification = receiver.receive(&Method::POST, &headers, body)?;
/// assert_eq!(notification.amount.as_str(), "10.5");
/// assert_eq!(notification.event_key(), "invoicebox:0188d934-85f8-f872-2ac6-ad202d71b985:completed");
/// assert_eq!(notification.success_reply().body(), r#"{"status":"success"}"#);
///
/// // The default receiver (HMAC-SHA1) refuses the store's SHA-256 signature.
/// let err = Receiver::new(key).receive(&Method::POST, &headers, body).unwrap_err();
/// assert_eq!(err, WebhookError::BadSignature);
/// assert_eq!(receiver.rejection(&err).body(), r#"{"code":"signature_error","status":"error"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Receiver {
    key: SigningKey,
    method: SignatureMethod,
    algorithm: SignatureAlgorithm,
    body_limit: usize,
    merchant_id: Option<String>,
}

impl Receiver {
    /// A receiver for notifications signed with `key` by HMAC-SHA1 (the store setting's
    /// default), with a body limit of [`DEFAULT_BODY_LIMIT`] and any `merchantId`.
    pub fn new(key: SigningKey) -> Receiver {
        Receiver {
            key,
            method: SignatureMethod::default(),
            algorithm: SignatureAlgorithm::default(),
            body_limit: DEFAULT_BODY_LIMIT,
            merchant_id: None,
        }
    }

    /// The signature method and algorithm of the store's notification settings (a
    /// notification signed otherwise is refused as [`WebhookError::BadSignature`]).
    pub fn with_signature(mut self, method: SignatureMethod, algorithm: SignatureAlgorithm) -> Receiver {
        self.method = method;
        self.algorithm = algorithm;
        self
    }

    /// The largest body accepted, in bytes.
    pub fn with_body_limit(mut self, limit: usize) -> Receiver {
        self.body_limit = limit;
        self
    }

    /// Refuses a notification whose `merchantId` is not `merchant_id` (compared without case
    /// and surrounding space) as [`WebhookError::WrongAccount`], as the docs ask handlers to
    /// check (the store id is no secret).
    pub fn with_merchant_id(mut self, merchant_id: impl Into<String>) -> Receiver {
        self.merchant_id = Some(merchant_id.into());
        self
    }

    /// The signature method and algorithm this receiver verifies.
    pub fn signature(&self) -> (SignatureMethod, SignatureAlgorithm) {
        (self.method, self.algorithm)
    }
}

impl Receive for Receiver {
    type Notification = OrderNotification;

    fn body_limit(&self) -> usize {
        self.body_limit
    }

    fn receive(
        &self,
        method: &Method,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Notification<OrderNotification>, WebhookError> {
        check_post(method)?;
        check_content_type(headers, &[CONTENT_TYPE])?;
        check_size(body.len() as u64, self.body_limit)?;
        let signature = header(headers, SIGNATURE_HEADER).ok_or(WebhookError::MissingSignature)?;
        verify_body_signature(body, signature, &self.key, self.method, self.algorithm)?;
        let order: OrderNotification =
            serde_json::from_slice(body).map_err(|e| WebhookError::Malformed(e.to_string()))?;
        if let Some(expected) = &self.merchant_id
            && !order.merchant_id.trim().eq_ignore_ascii_case(expected.trim())
        {
            return Err(WebhookError::WrongAccount(
                order.merchant_id.chars().take(64).collect(),
            ));
        }
        let key = format!("invoicebox:{}:{}", order.id, order.status.as_str());
        Ok(Notification::new(
            order,
            key,
            NotificationReply::Success.reply(),
            NotificationReply::out_of_service().reply(),
        ))
    }

    fn rejection(&self, error: &WebhookError) -> Reply {
        match error {
            WebhookError::BadSignature | WebhookError::MissingSignature | WebhookError::MissingKey => {
                NotificationReply::signature_error()
            }
            WebhookError::WrongAccount(_) => NotificationReply::error(known_codes::ORDER_NOT_FOUND),
            _ => NotificationReply::out_of_service(),
        }
        .reply()
    }
}

/// The answer Invoicebox reads from a notification handler, always sent with HTTP 200 and
/// JSON ([`reply`](Self::reply)). The receiver's own replies are made of it; a handler uses it
/// for the documented business refusals (`order_wrong_amount`, `order_already_paid`,
/// `order_not_found`, `shipping_unavailable`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotificationReply {
    /// `{"status":"success"}`: processed (also for a repeat of a processed notification).
    Success,
    /// `{"code":...,"message":...,"status":"error"}`. Documented codes (`known_codes`):
    /// `out_of_service` (Invoicebox retries), `order_wrong_amount`, `order_already_paid`,
    /// `order_not_found`, `shipping_unavailable`, `signature_error`.
    Error {
        /// The code.
        code: String,
        /// An optional human-readable message (up to 500 characters).
        message: Option<String>,
    },
}

impl NotificationReply {
    /// An error answer with `code` and no message.
    pub fn error(code: impl Into<String>) -> Self {
        NotificationReply::Error {
            code: code.into(),
            message: None,
        }
    }

    /// The error answer for a notification whose signature did not verify.
    pub fn signature_error() -> Self {
        NotificationReply::error(known_codes::SIGNATURE_ERROR)
    }

    /// The error answer that makes Invoicebox deliver the notification again (10 more times
    /// within 24 hours).
    pub fn out_of_service() -> Self {
        NotificationReply::error(known_codes::OUT_OF_SERVICE)
    }

    /// The HTTP reply: status 200, `application/json`, the members in name order.
    pub fn reply(&self) -> Reply {
        // Inserted in name order, so the bytes are the same with or without serde_json's
        // `preserve_order`.
        let mut map = serde_json::Map::new();
        match self {
            NotificationReply::Success => {
                map.insert("status".into(), "success".into());
            }
            NotificationReply::Error { code, message } => {
                map.insert("code".into(), code.as_str().into());
                if let Some(message) = message {
                    map.insert("message".into(), message.as_str().into());
                }
                map.insert("status".into(), "error".into());
            }
        }
        Reply::json(StatusCode::OK, &serde_json::Value::Object(map))
    }
}

impl From<NotificationReply> for Reply {
    fn from(reply: NotificationReply) -> Reply {
        reply.reply()
    }
}

impl OrderNotification {
    /// Whether this is a test notification of Invoicebox's monitoring (`id` is
    /// [`TEST_NOTIFICATION_ID`]; its `merchantOrderId` is empty). Answer it after the
    /// receiver's checks (signature, and the store id with
    /// [`Receiver::with_merchant_id`]) with the success reply, without running business logic.
    pub fn is_test(&self) -> bool {
        self.id.trim().eq_ignore_ascii_case(TEST_NOTIFICATION_ID)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use payspec::receive::{MemoryEventStore, Outcome};
    use payspec::webhook::body_signature;

    const BODY: &str = r#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","status":"completed","merchantId":"ffffffff-ffff-ffff-ffff-ffffffffffff","merchantOrderId":"55626","amount":2790.67,"customer":{"type":"legal","name":"OOO TEST"},"currencyId":"RUB","createdAt":"2023-06-20T14:27:58+00:00","paymentMethod":"sbp"}"#;

    const KEY: &str = "s3cr3t-notification-key";

    fn key() -> SigningKey {
        SigningKey::new(KEY).unwrap()
    }

    fn headers(signature: Option<&str>, content_type: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(ct) = content_type {
            headers.insert(http::header::CONTENT_TYPE, ct.parse().unwrap());
        }
        if let Some(sig) = signature {
            headers.insert("X-Signature", sig.parse().unwrap());
        }
        headers
    }

    fn signed(body: &str, method: SignatureMethod, algorithm: SignatureAlgorithm) -> HeaderMap {
        let sig = body_signature(body.as_bytes(), &key(), method, algorithm);
        headers(Some(&sig), Some("application/json; charset=utf-8"))
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn a_signed_notification_is_received_with_its_key_and_replies() {
        let receiver = Receiver::new(key());
        let n = receiver
            .receive(
                &Method::POST,
                &signed(BODY, SignatureMethod::Hmac, SignatureAlgorithm::Sha1),
                BODY.as_bytes(),
            )
            .unwrap();
        assert_eq!(n.id, "0188d934-85f8-f872-2ac6-ad202d71b985");
        assert_eq!(n.amount.as_str(), "2790.67");
        assert_eq!(n.extra["paymentMethod"], "sbp");
        assert!(!n.is_test());
        assert_eq!(
            n.event_key(),
            "invoicebox:0188d934-85f8-f872-2ac6-ad202d71b985:completed"
        );
        let success = n.success_reply();
        assert_eq!(
            (success.status(), success.content_type(), success.body()),
            (StatusCode::OK, "application/json", r#"{"status":"success"}"#)
        );
        let retry = n.retry_reply();
        assert_eq!(
            (retry.status(), retry.content_type(), retry.body()),
            (
                StatusCode::OK,
                "application/json",
                r#"{"code":"out_of_service","status":"error"}"#
            )
        );
    }

    #[test]
    fn every_method_and_algorithm_is_received_only_by_a_receiver_set_to_it() {
        use SignatureAlgorithm::*;
        use SignatureMethod::*;
        let schemes = [Hmac, Hash]
            .into_iter()
            .flat_map(|m| [Md5, Sha1, Sha256, Sha512].map(|a| (m, a)));
        for (method, algorithm) in schemes.clone() {
            let headers = signed(BODY, method, algorithm);
            for (m, a) in schemes.clone() {
                let got = Receiver::new(key()).with_signature(m, a).receive(
                    &Method::POST,
                    &headers,
                    BODY.as_bytes(),
                );
                if (m, a) == (method, algorithm) {
                    assert!(got.is_ok(), "{method:?} {algorithm:?}: {got:?}");
                } else {
                    assert_eq!(
                        got.unwrap_err(),
                        WebhookError::BadSignature,
                        "{method:?} {algorithm:?} as {m:?} {a:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn refusals_are_typed_and_answered_without_secrets() {
        let receiver = Receiver::new(key());
        let good = signed(BODY, SignatureMethod::Hmac, SignatureAlgorithm::Sha1);
        let expected = body_signature(
            BODY.as_bytes(),
            &key(),
            SignatureMethod::Hmac,
            SignatureAlgorithm::Sha1,
        );
        let cases: Vec<(WebhookError, Result<_, _>)> = vec![
            (
                WebhookError::Method("GET".into()),
                receiver.receive(&Method::GET, &good, BODY.as_bytes()),
            ),
            (
                WebhookError::ContentType {
                    expected: "application/json",
                    found: Some("text/plain".into()),
                },
                receiver.receive(
                    &Method::POST,
                    &headers(Some(&expected), Some("text/plain")),
                    BODY.as_bytes(),
                ),
            ),
            (
                WebhookError::MissingSignature,
                receiver.receive(
                    &Method::POST,
                    &headers(None, Some("application/json")),
                    BODY.as_bytes(),
                ),
            ),
            (
                WebhookError::MissingSignature,
                receiver.receive(
                    &Method::POST,
                    &headers(Some(" "), Some("application/json")),
                    BODY.as_bytes(),
                ),
            ),
            (
                WebhookError::BadSignature,
                receiver.receive(&Method::POST, &good, BODY.replace("2790.67", "1.00").as_bytes()),
            ),
            (
                WebhookError::TooLarge { limit: 10 },
                receiver
                    .clone()
                    .with_body_limit(10)
                    .receive(&Method::POST, &good, BODY.as_bytes()),
            ),
            (
                WebhookError::WrongAccount("ffffffff-ffff-ffff-ffff-ffffffffffff".into()),
                receiver
                    .clone()
                    .with_merchant_id("0302756d-9d83-60c9-0356-c228562c7581")
                    .receive(&Method::POST, &good, BODY.as_bytes()),
            ),
        ];
        for (want, got) in cases {
            let err = got.unwrap_err();
            assert_eq!(err, want);
            let reply = receiver.rejection(&err);
            assert_eq!(reply.status(), StatusCode::OK);
            assert_eq!(reply.content_type(), "application/json");
            let code = match err {
                WebhookError::BadSignature | WebhookError::MissingSignature => "signature_error",
                WebhookError::WrongAccount(_) => "order_not_found",
                _ => "out_of_service",
            };
            assert_eq!(reply.body(), format!(r#"{{"code":"{code}","status":"error"}}"#));
            let shown = format!("{err} {err:?} {reply:?} {receiver:?}");
            assert!(!shown.contains(KEY), "{shown}");
            assert!(!shown.contains(&expected), "{shown}");
        }
        // The matching store id, in any case, is accepted.
        assert!(
            receiver
                .clone()
                .with_merchant_id("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
                .receive(&Method::POST, &good, BODY.as_bytes())
                .is_ok()
        );
        // A signed body without a documented required member is malformed (and retried).
        let partial = BODY.replace(r#""currencyId":"RUB","#, "");
        let err = receiver
            .receive(
                &Method::POST,
                &signed(&partial, SignatureMethod::Hmac, SignatureAlgorithm::Sha1),
                partial.as_bytes(),
            )
            .unwrap_err();
        assert!(
            matches!(&err, WebhookError::Malformed(m) if m.contains("currencyId")),
            "{err:?}"
        );
        assert_eq!(
            receiver.rejection(&err).body(),
            r#"{"code":"out_of_service","status":"error"}"#
        );
        assert_eq!(
            format!("{receiver:?}"),
            "Receiver { key: SigningKey([redacted]), method: Hmac, algorithm: Sha1, body_limit: 65536, merchant_id: None }"
        );
    }

    #[test]
    fn a_later_status_of_the_same_order_is_another_event() {
        let receiver = Receiver::new(key());
        let store = MemoryEventStore::new();
        let canceled = BODY.replace("completed", "canceled");
        let mut runs = 0;
        block_on(async {
            for body in [BODY, BODY, &canceled, &canceled] {
                let n = receiver
                    .receive(
                        &Method::POST,
                        &signed(body, SignatureMethod::Hmac, SignatureAlgorithm::Sha1),
                        body.as_bytes(),
                    )
                    .unwrap();
                let outcome = n
                    .process_once(&store, async {
                        runs += 1;
                        Ok::<(), ()>(())
                    })
                    .await;
                assert!(matches!(outcome, Outcome::Processed | Outcome::Duplicate));
                assert_eq!(n.reply(&outcome).body(), r#"{"status":"success"}"#);
            }
        });
        assert_eq!(runs, 2);
        assert!(store.is_processed("invoicebox:0188d934-85f8-f872-2ac6-ad202d71b985:canceled"));
    }

    #[test]
    fn monitoring_tests_are_recognised() {
        let body = BODY
            .replace("0188d934-85f8-f872-2ac6-ad202d71b985", TEST_NOTIFICATION_ID)
            .replace(r#""merchantOrderId":"55626""#, r#""merchantOrderId":"""#);
        let receiver = Receiver::new(key()).with_merchant_id("ffffffff-ffff-ffff-ffff-ffffffffffff");
        let n = receiver
            .receive(
                &Method::POST,
                &signed(&body, SignatureMethod::Hmac, SignatureAlgorithm::Sha1),
                body.as_bytes(),
            )
            .unwrap();
        assert!(n.is_test());
        // An "empty value" may be null or absent, too.
        for empty in [r#""merchantOrderId":null"#, r#""merchantOrderId":"""#] {
            let body = body.replace(r#""merchantOrderId":"""#, empty);
            let n = receiver
                .receive(
                    &Method::POST,
                    &signed(&body, SignatureMethod::Hmac, SignatureAlgorithm::Sha1),
                    body.as_bytes(),
                )
                .unwrap();
            assert!(n.is_test());
            assert!(n.merchant_order_id.as_deref().unwrap_or_default().is_empty());
        }
    }

    #[test]
    fn replies_are_the_documented_json() {
        let reply = NotificationReply::Error {
            code: known_codes::ORDER_WRONG_AMOUNT.into(),
            message: Some("Сумма заказа не соответствует сумме оплаты".into()),
        };
        let reply = Reply::from(reply);
        assert_eq!(reply.status(), StatusCode::OK);
        assert_eq!(
            reply.body(),
            r#"{"code":"order_wrong_amount","message":"Сумма заказа не соответствует сумме оплаты","status":"error"}"#
        );
        assert_eq!(
            NotificationReply::signature_error().reply().body(),
            r#"{"code":"signature_error","status":"error"}"#
        );
    }
}
