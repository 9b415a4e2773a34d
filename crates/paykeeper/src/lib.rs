//! Rust client for the PayKeeper JSON API, generated from `specs/paykeeper.yaml`.
//!
//! Every request carries HTTP Basic auth (a personal-cabinet user); every POST also carries the
//! security `token`, which the client fetches from `/info/settings/token/` on first use, caches
//! (shared by clones of the client), and refetches once, repeating the call once, when the
//! server answers "Токен безопасности не верен.". The caller never passes it. A refusal
//! (`{"result":"fail","msg":...}` at HTTP 200) comes back as [`payspec::Error`]; HTTP 401 and a
//! redirect to the login page are [`payspec::Error::Authentication`].
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use payspec_paykeeper::{Client, Credentials, PaymentPage, types};
//!
//! let client = Client::with_credentials("https://demo.paykeeper.ru", Credentials::new("demo", "demo")?)?;
//! let invoice = client
//!     .invoice_preview()
//!     .body_map(|b| b.pay_amount("1205.98").clientid("Ivanov Ivan".to_owned()).orderid("1337".to_owned()))
//!     .await?;
//! let id = invoice.invoice_id.clone();
//! println!("pay at {}", client.invoice_url(&id, PaymentPage::SbpQr));
//! for inv in client.invoice_list().status(vec![types::InvoiceStatus::Paid]).limit(10).await? {
//!     println!("{:?} {:?}", inv.id, inv.pay_amount);
//! }
//! # Ok(()) }
//! ```
//!
//! # Receiving payment notifications
//!
//! PayKeeper POSTs a signed form for every accepted payment and counts it delivered only when
//! the answer is exactly `OK <md5(id + secret)>`; until then the payment stays `stuck` and the
//! notification comes again. A [`Receiver`], built once from the cabinet's secret word, checks
//! a delivery (method, content type, size, `key`) and gives the typed notification, its event
//! key (`paykeeper:<payment id>`) and the exact replies; [`Notification::process_once`] with an
//! [`EventStore`] runs your business logic once per payment, however often it is delivered.
//! With the `axum` feature, the `Verified` extractor does it all in a handler:
//!
//! ```
//! # #[cfg(feature = "axum")]
//! # mod handler {
//! use std::sync::Arc;
//!
//! use axum::Router;
//! use axum::extract::{FromRef, State};
//! use axum::routing::post;
//! use payspec_paykeeper::{MemoryEventStore, Receiver, Reply, SigningKey, Verified, types};
//!
//! #[derive(Clone)]
//! struct Shop {
//!     receiver: Receiver,
//!     // For one process; with several, implement `payspec_paykeeper::EventStore` on your database.
//!     events: Arc<MemoryEventStore>,
//! }
//!
//! impl FromRef<Shop> for Receiver {
//!     fn from_ref(shop: &Shop) -> Receiver {
//!         shop.receiver.clone()
//!     }
//! }
//!
//! async fn paykeeper_notification(State(shop): State<Shop>, Verified(notification): Verified<Receiver>) -> Reply {
//!     let outcome = notification
//!         .process_once(&*shop.events, async {
//!             // Once per payment: check `sum` and `orderid` against your order, mark it paid.
//!             mark_paid(&notification).await
//!         })
//!         .await;
//!     // `OK <md5(id + secret)>` when processed (now or by an earlier delivery); HTTP 503 when
//!     // `mark_paid` failed or another delivery is processing it, so PayKeeper delivers again.
//!     notification.reply(&outcome)
//! }
//!
//! async fn mark_paid(notification: &types::PaymentNotification) -> Result<(), std::io::Error> {
//!     println!("payment {} of {} for order {:?}", notification.id, notification.sum, notification.orderid);
//!     Ok(())
//! }
//!
//! pub async fn serve(secret_word: &str) -> Result<(), Box<dyn std::error::Error>> {
//!     let shop = Shop {
//!         receiver: Receiver::new(SigningKey::new(secret_word)?),
//!         events: Arc::new(MemoryEventStore::new()),
//!     };
//!     // Any path, nested or not: the cabinet's `informer_url` is https://<host>/hooks/paykeeper.
//!     let app = Router::new()
//!         .nest("/hooks", Router::new().route("/paykeeper", post(paykeeper_notification)))
//!         .with_state(shop);
//!     let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
//!     axum::serve(listener, app).await?;
//!     Ok(())
//! }
//! # }
//! ```
//!
//! A delivery that does not verify never reaches the handler: the extractor answers it with a
//! short `text/plain` that names no hash (403 for a bad or missing `key`, 415, 413, 405, 400;
//! see [`Receiver`]), which PayKeeper takes as not delivered. Without axum, call
//! [`Receive::receive`] with the request's method, headers and raw body, and answer
//! [`Receive::rejection`] on an error. [`verify_notification`] is the signature-and-decoding
//! step alone.
//!
//! # Timeouts, retries, limits
//!
//! [`Client::with_config`] takes a [`Config`]: timeouts (15 s connect, 30 s per call by
//! default), a [`RetryPolicy`] (none by default), the response size limit (4 MiB, for the token
//! fetch too). Under a retry policy the reads (`/info/...`, the exports, the token fetch) and
//! `organization_setting_change` are repeated; refunds (`payment_reverse`), captures, invoice
//! preview / send / revoke, accept-cash, receipts and user changes never are: after an
//! uncertain failure read the payment or invoice back first. [`IDEMPOTENT`] lists every
//! operation with what to do. The client follows no redirect at all.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[rustfmt::skip]
mod generated;


pub use generated::IDEMPOTENT;
#[doc(hidden)]
pub use generated::{
    CREDENTIAL_BASIC, CREDENTIAL_TOKEN, CREDENTIALS, ENVELOPE, OPERATIONS, PRE_SEND_CHECKS, SERVERS,
    SUCCESS_MEMBERS, TOKEN_ENDPOINT, decode_response, known_codes,
};
pub use generated::{Client, builder, types};
#[cfg(feature = "axum")]
pub use payspec::receive::axum::{Refused, Verified};
pub use payspec::receive::{Claim, EventStore, MemoryEventStore, Notification, Outcome, Receive, Reply};
pub use payspec::webhook::WebhookError;
pub use payspec::{BasicCredentials as Credentials, Config, Error, ProviderError, RetryPolicy, SigningKey};

/// The `User-Agent` sent unless [`Config::user_agent`] says otherwise.
pub const DEFAULT_USER_AGENT: &str = concat!("payspec-paykeeper/", env!("CARGO_PKG_VERSION"));

/// The message PayKeeper sends when the security token is missing, wrong or expired (the
/// spec's known message with `stale-token: true`).
pub const STALE_TOKEN_MESSAGE: &str = match ENVELOPE.stale_token_message() {
    Some(message) => message,
    None => panic!("specs/paykeeper.yaml: FailEnvelope lists no stale-token message"),
};

/// The path the security token is fetched from (the spec's `x-auth` token `operation`).
const TOKEN_PATH: &str = match TOKEN_ENDPOINT {
    Some(path) => path,
    None => panic!("specs/paykeeper.yaml: the x-auth token names no operation"),
};

/// The value the generated [`Client`] carries: the Basic credentials and the cached token.
#[derive(Clone, Debug)]
pub struct Inner {
    credentials: Credentials,
    token: payspec::auth::SessionToken,
    http: reqwest::Client,
    base_url: String,
    max_response_bytes: usize,
}

impl Client {
    /// A client for the merchant's PayKeeper server at `base_url` (scheme and host, e.g.
    /// `https://example.server.paykeeper.ru`; a trailing `/` is ignored). Redirects are not
    /// followed: PayKeeper answers bad credentials with a redirect to its login page, which the
    /// client reports as an authentication error.
    pub fn with_credentials(base_url: &str, credentials: Credentials) -> Result<Self, reqwest::Error> {
        Self::with_config(base_url, credentials, Config::default())
    }

    /// Like [`Client::with_credentials`], with timeouts, retries and limits from `config`.
    pub fn with_config(
        base_url: &str,
        credentials: Credentials,
        config: Config,
    ) -> Result<Self, reqwest::Error> {
        let authorization = Some(credentials.header_value());
        let max_response_bytes = config.max_response_bytes;
        let redirects = payspec::Redirects::Never;
        Self::assemble(
            base_url,
            config,
            authorization,
            DEFAULT_USER_AGENT,
            redirects,
            |http, base_url| Inner {
                credentials,
                token: payspec::auth::SessionToken::default(),
                http: http.clone(),
                base_url: base_url.to_owned(),
                max_response_bytes,
            },
        )
    }

    /// The payer's page of an invoice: `<server>/bill/<invoice_id>/`, with the payment method
    /// preselected (`pstype`) or the SBP QR code as JSON (`returnFormat=json`) if asked.
    pub fn invoice_url(&self, invoice_id: &str, page: PaymentPage<'_>) -> String {
        use progenitor_client::ClientInfo as _;
        let mut url = format!("{}/bill/{}/", self.baseurl(), encode(invoice_id));
        match page {
            PaymentPage::Default => {}
            PaymentPage::Method(pstype) => url.push_str(&format!("?pstype={}", encode(pstype))),
            PaymentPage::SbpQr => url.push_str("?pstype=sbp_default"),
            PaymentPage::SbpQrJson => url.push_str("?pstype=sbp_default&returnFormat=json"),
        }
        url
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Which payment page [`Client::invoice_url`] points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PaymentPage<'a> {
    /// The invoice page; the payer chooses the method.
    Default,
    /// A preselected payment method by its `pstype` id.
    Method(&'a str),
    /// The SBP (Система быстрых платежей) QR code page (`pstype=sbp_default`).
    SbpQr,
    /// The SBP QR code's content as JSON, to render it yourself (`returnFormat=json`).
    SbpQrJson,
}

/// Verifies a payment notification (the raw form body PayKeeper POSTs) with the secret word
/// set in the cabinet, and gives the decoded notification and the reply to answer with
/// (HTTP 200, `text/plain`).
///
/// This is the low-level step [`Receiver::receive`] calls: the signature and the decoding only.
/// A handler should use the [`Receiver`], which also checks the method, the content type and
/// the size, and gives the event key and the exact replies.
pub fn verify_notification(
    form_body: &[u8],
    secret: &SigningKey,
) -> Result<payspec::webhook::Verified<types::PaymentNotification>, WebhookError> {
    payspec::webhook::verify_paykeeper_notification(form_body, secret)
}

/// The media type of PayKeeper's notifications (a form POST; the official handlers read PHP's
/// `$_POST`), the only one [`Receiver`] accepts.
pub const NOTIFICATION_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Receives PayKeeper's payment notifications ("POST-оповещения",
/// <https://docs.paykeeper.ru/metody-integratsii/priyom-post-opoveshhenij/>): built once from
/// the secret word set in the cabinet (`informer_seed`), it turns a request's method, headers
/// and raw body into a verified [`types::PaymentNotification`] (members the spec does not name
/// kept in `extra`), or a [`WebhookError`] that names neither the secret word nor the expected
/// `key`.
///
/// What it checks, in this order: the method is `POST`; the `Content-Type` is
/// `application/x-www-form-urlencoded` (parameters such as `charset` allowed; a missing one is
/// refused, since PayKeeper's own PHP handlers read `$_POST`, which PHP fills only for a form);
/// the body is at most [`body_limit`](Receive::body_limit) bytes (64 KiB by default); `key` is
/// `md5(id + sum + clientid + orderid + secret)` with `sum` in exactly two decimals, compared
/// in constant time; the form decodes.
///
/// **Event key** (what makes two deliveries the same event): `paykeeper:<id>`, the payment id.
/// PayKeeper sends one notification per payment and repeats that same notification until it
/// is acknowledged, so every delivery of a payment is the same event.
///
/// **Replies.**
/// - Success: HTTP 200, `text/plain`, body exactly `OK <md5(id + secret)>`, the answer the
///   documentation requires; anything else counts as not delivered (the payment stays `stuck`,
///   "done without notification", and PayKeeper repeats it).
/// - Retry ([`Notification::retry_reply`], when your processing failed or another delivery of
///   the same payment is being processed): HTTP 503, `text/plain`, `Error! Try again later`.
///   Any answer but the `OK` line makes PayKeeper deliver again; a 5xx also says so to a person
///   reading the cabinet's log.
/// - Rejection ([`Receive::rejection`]): short `text/plain` that names no hash: 403
///   `Error! Hash mismatch` (bad or missing `key`: a forgery, or a wrong secret word, which
///   PayKeeper's repeats recover from once the word is fixed), 400 `Error! Malformed
///   notification` (no `id`/`sum`, a `sum` that is not an amount, a field that does not
///   decode), 405 for a method other than POST, 413 for a body over the limit, 415 for another
///   content type. None of them is `OK`, so PayKeeper delivers again.
///
/// ```
/// use http::{HeaderMap, HeaderValue, Method, header::CONTENT_TYPE};
/// use payspec_paykeeper::{Receive, Receiver, SigningKey};
///
/// let receiver = Receiver::new(SigningKey::new("secret word").unwrap());
/// let mut headers = HeaderMap::new();
/// headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
/// // key = md5("77" + "1205.90" + "Ivanov" + "1337" + "secret word")
/// let key = payspec::webhook::md5_hex("771205.90Ivanov1337secret word");
/// let body = format!("id=77&sum=1205.9&clientid=Ivanov&orderid=1337&ps_id=30&key={key}");
/// let notification = receiver.receive(&Method::POST, &headers, body.as_bytes()).unwrap();
/// assert_eq!(notification.id.as_str(), "77");
/// assert_eq!(notification.event_key(), "paykeeper:77");
/// let ok = notification.success_reply();
/// assert_eq!(ok.body(), format!("OK {}", payspec::webhook::md5_hex("77secret word")));
///
/// let forged = body.replace("sum=1205.9", "sum=1.00");
/// let error = receiver.receive(&Method::POST, &headers, forged.as_bytes()).unwrap_err();
/// assert_eq!(receiver.rejection(&error).body(), "Error! Hash mismatch");
/// ```
#[derive(Clone)]
pub struct Receiver {
    secret: SigningKey,
    body_limit: usize,
}

impl Receiver {
    /// A receiver for notifications signed with `secret`, the cabinet's secret word, with the
    /// default body limit ([`payspec::receive::DEFAULT_BODY_LIMIT`], 64 KiB).
    pub fn new(secret: SigningKey) -> Receiver {
        Receiver {
            secret,
            body_limit: payspec::receive::DEFAULT_BODY_LIMIT,
        }
    }

    /// The same receiver with another body limit, in bytes.
    pub fn with_body_limit(mut self, limit: usize) -> Receiver {
        self.body_limit = limit;
        self
    }

    /// The reply that makes PayKeeper deliver a notification again: HTTP 503, `text/plain`,
    /// `Error! Try again later` (any answer but the `OK` line would).
    pub fn retry_reply() -> Reply {
        Reply::text(http::StatusCode::SERVICE_UNAVAILABLE, "Error! Try again later")
    }
}

impl std::fmt::Debug for Receiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receiver")
            .field("body_limit", &self.body_limit)
            .finish_non_exhaustive()
    }
}

impl Receive for Receiver {
    type Notification = types::PaymentNotification;

    fn body_limit(&self) -> usize {
        self.body_limit
    }

    fn receive(
        &self,
        method: &http::Method,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Notification<types::PaymentNotification>, WebhookError> {
        payspec::receive::check_post(method)?;
        payspec::receive::check_content_type(headers, &[NOTIFICATION_CONTENT_TYPE])?;
        payspec::receive::check_size(body.len() as u64, self.body_limit)?;
        let verified = verify_notification(body, &self.secret)?;
        let event_key = format!("paykeeper:{}", verified.notification.id);
        Ok(Notification::new(
            verified.notification,
            event_key,
            Reply::text(http::StatusCode::OK, verified.reply),
            Receiver::retry_reply(),
        ))
    }

    fn rejection(&self, error: &WebhookError) -> Reply {
        use http::StatusCode;
        match error {
            WebhookError::Method(_) => Reply::text(StatusCode::METHOD_NOT_ALLOWED, "Error! POST only"),
            WebhookError::ContentType { .. } => Reply::text(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Error! Expected application/x-www-form-urlencoded",
            ),
            WebhookError::TooLarge { .. } => Reply::text(StatusCode::PAYLOAD_TOO_LARGE, "Error! Too large"),
            WebhookError::BadSignature | WebhookError::MissingSignature | WebhookError::MissingKey => {
                Reply::text(StatusCode::FORBIDDEN, "Error! Hash mismatch")
            }
            _ => Reply::text(StatusCode::BAD_REQUEST, "Error! Malformed notification"),
        }
    }
}

/// The envelope's parts of a JSON object answer: the table's verdict, and for the bare form
/// (`{"msg": ...}`, maybe with `error_code`, which the table cannot tell from a success) the
/// messages, the code and the number of members.
struct Parts {
    verdict: Option<payspec::Rejection>,
    messages: Vec<String>,
    code: Option<String>,
    members: usize,
    marked: bool,
}

fn parts(status: reqwest::StatusCode, body: &[u8]) -> Option<Parts> {
    // Read as far as it goes: a cp1251 message or a member nested past serde_json's limit
    // must not hide the envelope.
    let value = payspec::envelope::parse_tolerant(body)?;
    let members = value.as_object()?.len();
    let code = ENVELOPE
        .code
        .iter()
        .filter_map(|path| payspec::envelope::lookup(&value, path))
        .find_map(|c| match c {
            serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
    let marked = payspec::envelope::lookup(&value, ENVELOPE.marker).is_some_and(|m| !m.is_null());
    Some(Parts {
        verdict: ENVELOPE.recognise_value(status, &value),
        messages: ENVELOPE.messages_of(&value),
        code,
        members,
        marked,
    })
}

async fn fetch_token(
    http: &reqwest::Client,
    base_url: &str,
    limit: usize,
) -> Result<String, payspec::AuthError> {
    use payspec::AuthError;
    let response = http
        .get(format!("{base_url}{TOKEN_PATH}"))
        .send()
        .await
        .map_err(AuthError::Transport)?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = payspec::hooks::read_body(response, limit)
        .await
        .map_err(AuthError::Transport)?;
    #[derive(serde::Deserialize)]
    struct Token {
        token: String,
    }
    if let payspec::hooks::Body::Read(bytes) = &body
        && let Ok(t) = serde_json::from_slice::<payspec::Single<Token>>(bytes)
        && status.is_success()
        && !t.token.is_empty()
    {
        return Ok(t.into_inner().token);
    }
    // A refusal (401, a login page, a 502, a body over the limit...) is reported like the
    // call's own answer.
    Err(AuthError::Answer {
        status,
        headers,
        body,
    })
}

/// Whether a 200 answer is the cabinet's HTML login page rather than JSON.
fn is_login_page(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&body[..body.len().min(64 * 1024)]).to_ascii_lowercase();
    head.trim_start().starts_with('<') && head.contains("type=\"password\"")
}

impl payspec::Provider for Inner {
    const NAME: &'static str = "paykeeper";
    const IDEMPOTENT: &'static [&'static str] = IDEMPOTENT;
    const SUCCESS_MEMBERS: &'static [payspec::envelope::SuccessMembers] = generated::SUCCESS_MEMBERS;
    const ANSWERS: &'static [payspec::hooks::Answers] = generated::ANSWERS;
    const DECODE_COSTS: &'static [(&'static str, &'static payspec::envelope::Cost)] = generated::DECODE_COSTS;

    async fn authenticate(
        &self,
        request: &mut reqwest::Request,
        _operation: &'static str,
    ) -> Result<(), payspec::AuthError> {
        if request.method() != reqwest::Method::POST {
            return Ok(());
        }
        let token = self
            .token
            .get_or_fetch(|| fetch_token(&self.http, &self.base_url, self.max_response_bytes))
            .await?;
        payspec::auth::set_form_field(request, CREDENTIAL_TOKEN.name, &token)
            .map_err(payspec::AuthError::Invalid)
    }

    fn is_stale(&self, status: reqwest::StatusCode, body: &[u8]) -> bool {
        parts(status, body).is_some_and(|p| ENVELOPE.is_stale_token(&p.messages))
    }

    async fn invalidate(&self, request: &reqwest::Request) {
        if let Some(token) = payspec::auth::form_field(request, CREDENTIAL_TOKEN.name) {
            self.token.invalidate(&token).await;
        }
    }

    fn has_session(&self, request: &reqwest::Request) -> bool {
        request.method() == reqwest::Method::POST
    }

    fn classify(&self, status: reqwest::StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        use payspec::{Rejection, RejectionKind};
        if status.is_redirection() {
            return Some(Rejection {
                kind: RejectionKind::Authentication,
                code: None,
                messages: vec![format!(
                    "HTTP {}: redirected to the login page; check the Basic credentials",
                    status.as_u16()
                )],
            });
        }
        if status.is_success() && is_login_page(body) {
            return Some(Rejection {
                kind: RejectionKind::Authentication,
                code: None,
                messages: vec!["answered with the HTML login page; check the Basic credentials".to_owned()],
            });
        }
        let parts = parts(status, body)?;
        if parts.verdict.is_some() || parts.marked {
            return parts.verdict;
        }
        // post-sale-receipt answers a bare {"msg": ...} (maybe with error_code) when it fails.
        let bare = !parts.messages.is_empty() && parts.members == 1 + usize::from(parts.code.is_some());
        bare.then(|| payspec::Rejection {
            kind: ENVELOPE.kind(status, parts.code.as_deref(), &parts.messages),
            code: parts.code,
            messages: parts.messages,
        })
    }

    fn secrets(&self) -> Vec<String> {
        let mut secrets = vec![self.credentials.password().to_owned(), self.credentials.encoded()];
        secrets.extend(self.token.peek());
        secrets
    }
}

payspec::impl_client_hooks!(Client, Inner);

#[cfg(test)]
mod tests {
    use super::*;
    use http::header::CONTENT_TYPE;
    use http::{HeaderMap, HeaderValue, Method, StatusCode};
    use payspec::webhook::md5_hex;

    const SECRET: &str = "secret_seed";

    fn receiver() -> Receiver {
        Receiver::new(SigningKey::new(SECRET).unwrap())
    }

    fn form_headers() -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(NOTIFICATION_CONTENT_TYPE));
        headers
    }

    /// The spec's example notification, signed with `secret_seed`.
    fn example() -> String {
        let key = md5_hex(&format!("73311205.98Ivanov Ivan Ivanovich1337{SECRET}"));
        format!(
            "id=7331&sum=1205.98&clientid=Ivanov+Ivan+Ivanovich&orderid=1337&key={key}&ps_id=30&new_field=kept"
        )
    }

    #[test]
    fn a_signed_notification_is_received_with_its_event_key_and_replies() {
        let n = receiver()
            .receive(&Method::POST, &form_headers(), example().as_bytes())
            .unwrap();
        assert_eq!(n.id.as_str(), "7331");
        assert_eq!(n.sum.as_str(), "1205.98");
        assert_eq!(n.extra["new_field"], "kept");
        assert_eq!(n.event_key(), "paykeeper:7331");
        // The spec's example answer.
        assert_eq!(
            *n.success_reply(),
            Reply::text(StatusCode::OK, "OK c1d1b2a3852866405afd145d6ffed353")
        );
        assert_eq!(n.success_reply().content_type(), "text/plain; charset=utf-8");
        assert_eq!(
            *n.retry_reply(),
            Reply::text(StatusCode::SERVICE_UNAVAILABLE, "Error! Try again later")
        );
    }

    #[test]
    fn every_refusal_has_a_short_reply_that_names_no_hash() {
        let r = receiver();
        let body = example();
        let json = {
            let mut h = HeaderMap::new();
            h.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            h
        };
        let tampered = body.replace("sum=1205.98", "sum=1.00");
        let unsigned = body.split("&key=").next().unwrap().to_owned() + "&ps_id=30";
        let cases: Vec<(Result<_, WebhookError>, WebhookError, StatusCode, &str)> = vec![
            (
                r.receive(&Method::GET, &form_headers(), body.as_bytes()),
                WebhookError::Method("GET".into()),
                StatusCode::METHOD_NOT_ALLOWED,
                "Error! POST only",
            ),
            (
                r.receive(&Method::POST, &HeaderMap::new(), body.as_bytes()),
                WebhookError::ContentType {
                    expected: NOTIFICATION_CONTENT_TYPE,
                    found: None,
                },
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Error! Expected application/x-www-form-urlencoded",
            ),
            (
                r.receive(&Method::POST, &json, body.as_bytes()),
                WebhookError::ContentType {
                    expected: NOTIFICATION_CONTENT_TYPE,
                    found: Some("application/json".into()),
                },
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Error! Expected application/x-www-form-urlencoded",
            ),
            (
                r.clone()
                    .with_body_limit(64)
                    .receive(&Method::POST, &form_headers(), body.as_bytes()),
                WebhookError::TooLarge { limit: 64 },
                StatusCode::PAYLOAD_TOO_LARGE,
                "Error! Too large",
            ),
            (
                r.receive(&Method::POST, &form_headers(), tampered.as_bytes()),
                WebhookError::BadSignature,
                StatusCode::FORBIDDEN,
                "Error! Hash mismatch",
            ),
            (
                r.receive(&Method::POST, &form_headers(), unsigned.as_bytes()),
                WebhookError::MissingSignature,
                StatusCode::FORBIDDEN,
                "Error! Hash mismatch",
            ),
            (
                r.receive(&Method::POST, &form_headers(), b"sum=1.00"),
                WebhookError::MissingField("id"),
                StatusCode::BAD_REQUEST,
                "Error! Malformed notification",
            ),
        ];
        let right_key = md5_hex(&format!("73311.00Ivanov Ivan Ivanovich1337{SECRET}"));
        for (got, error, status, reply) in cases {
            let got = got.map(|n| n.event_key().to_owned()).unwrap_err();
            assert_eq!(got, error);
            assert_eq!(r.rejection(&got), Reply::text(status, reply));
            for shown in [got.to_string(), format!("{got:?}")] {
                assert!(!shown.contains(SECRET) && !shown.contains(&right_key), "{shown}");
            }
        }
    }

    #[test]
    fn the_receiver_shows_no_secret() {
        let shown = format!("{:?}", receiver().with_body_limit(10));
        assert_eq!(shown, "Receiver { body_limit: 10, .. }");
    }
}
