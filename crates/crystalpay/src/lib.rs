//! Rust client for the CrystalPay API v3, generated from `specs/crystalpay.yaml`.
//!
//! Every call is a POST with a JSON body. The client merges the cash desk's `auth_login` and
//! `auth_secret` into every body and computes the `signature` of payoff, swap and transfer
//! calls from the salt ("Secret 2"); the caller passes none of them. A refusal
//! (`{"error":true,"errors":[...]}` at HTTP 200) comes back as [`payspec::Error`].
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use payspec_crystalpay::{Client, Credentials, types};
//!
//! let client = Client::with_credentials(
//!     payspec_crystalpay::BASE_URL,
//!     Credentials::new("my-kassa", "auth-secret")?.with_salt("secret-2")?,
//! )?;
//! let invoice = client
//!     .invoice_create()
//!     .body_map(|b| b.amount("150.50").type_("purchase").lifetime(15))
//!     .await?;
//! println!("pay at {:?}", invoice.url);
//! # Ok(()) }
//! ```
//!
//! # Receiving callbacks
//!
//! CrystalPay POSTs the invoice as JSON with `signature = sha1("<id>:<salt>")` to the invoice's
//! `callback_url` (inferred for v3 from the v2 page and v3 integrations). A [`Receiver`], built
//! once from the salt ("Secret 2"), checks a delivery (method, size, `signature`) and gives
//! the typed callback, its event key (`crystalpay:invoice:<id>:<state>`: a later state of the
//! same invoice is a new event) and the replies (HTTP 200 `OK`; 503 to be called again);
//! [`Notification::process_once`] with an [`EventStore`] runs your business logic once per
//! event. The signature covers only the id, so the logic re-reads the invoice with
//! `invoice_info` and acts on what that says. With the `axum` feature, the `Verified`
//! extractor does it all in a handler:
//!
//! ```
//! # #[cfg(feature = "axum")]
//! # mod handler {
//! use std::sync::Arc;
//!
//! use axum::Router;
//! use axum::extract::{FromRef, State};
//! use axum::routing::post;
//! use payspec_crystalpay::{Client, MemoryEventStore, Receiver, Reply, SigningKey, Verified, types};
//!
//! #[derive(Clone)]
//! struct Shop {
//!     receiver: Receiver,
//!     // For one process; with several, implement `payspec_crystalpay::EventStore` on your database.
//!     events: Arc<MemoryEventStore>,
//!     client: Client,
//! }
//!
//! impl FromRef<Shop> for Receiver {
//!     fn from_ref(shop: &Shop) -> Receiver {
//!         shop.receiver.clone()
//!     }
//! }
//!
//! async fn crystalpay_callback(State(shop): State<Shop>, Verified(callback): Verified<Receiver>) -> Reply {
//!     let outcome = callback
//!         .process_once(&*shop.events, async {
//!             // Once per invoice and state. The signature covers only the id: ask CrystalPay.
//!             let id = callback.id.as_ref().map(|id| id.to_string()).unwrap_or_default();
//!             let invoice = shop.client.invoice_info().body_map(|b| b.id(id)).await?;
//!             if invoice.state == Some(types::InvoiceState::Payed) {
//!                 println!("invoice {:?} paid: {:?} {:?}", invoice.id, invoice.amount, invoice.currency);
//!             }
//!             Ok::<(), payspec_crystalpay::Error>(())
//!         })
//!         .await;
//!     // HTTP 200 `OK` when processed (now or by an earlier delivery); HTTP 503 when the logic
//!     // failed or another delivery is processing it, so CrystalPay calls back again.
//!     callback.reply(&outcome)
//! }
//!
//! pub async fn serve(client: Client, salt: &str) -> Result<(), Box<dyn std::error::Error>> {
//!     let shop = Shop {
//!         receiver: Receiver::new(SigningKey::new(salt)?),
//!         events: Arc::new(MemoryEventStore::new()),
//!         client,
//!     };
//!     // Any path, nested or not: the invoice's `callback_url` is https://<host>/hooks/crystalpay.
//!     let app = Router::new()
//!         .nest("/hooks", Router::new().route("/crystalpay", post(crystalpay_callback)))
//!         .with_state(shop);
//!     let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
//!     axum::serve(listener, app).await?;
//!     Ok(())
//! }
//! # }
//! ```
//!
//! A callback that does not verify never reaches the handler: the extractor answers it with a
//! short `text/plain` that names no hash (403 `bad signature`, 413, 405, 400; see
//! [`Receiver`]). Any `Content-Type` is accepted (the docs never name one). Payoff callbacks:
//! [`Receiver::for_payoffs`], on their own `callback_url`. Without axum, call
//! [`Receive::receive`] with the request's method, headers and raw body, and answer
//! [`Receive::rejection`] on an error. [`verify_callback`] is the signature-and-decoding step
//! alone.
//!
//! # Timeouts, retries, limits
//!
//! [`Client::with_config`] takes a [`Config`]: timeouts (15 s connect, 30 s per call by
//! default), a [`RetryPolicy`] (none by default), the response size limit (4 MiB). Every
//! CrystalPay call is a POST; under a retry policy the reads (`*_info`, `*_list`, reports,
//! balances, tickers) are repeated, and nothing that creates, submits or cancels an invoice,
//! payoff, swap or transfer ever is. CrystalPay documents no idempotency key: put your own id
//! in `extra` and, after an uncertain failure, look for it in the report history before
//! trying again. [`IDEMPOTENT`] lists every operation with what to do. Redirects are followed
//! on the same host only, so `auth_login` and `auth_secret` never go elsewhere.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[rustfmt::skip]
mod generated;

#[doc(hidden)]
pub use generated::{
    CREDENTIAL_AUTH_LOGIN, CREDENTIAL_AUTH_SECRET, CREDENTIAL_SALT, CREDENTIALS, ENVELOPE, OPERATIONS,
    PRE_SEND_CHECKS, SERVERS, SUCCESS_MEMBERS, TOKEN_ENDPOINT, decode_response, known_codes,
};
pub use generated::{Client, IDEMPOTENT, SIGNATURES, builder, types};
#[cfg(feature = "axum")]
pub use payspec::receive::axum::{Refused, Verified};
pub use payspec::receive::{Claim, EventStore, MemoryEventStore, Notification, Outcome, Receive, Reply};
pub use payspec::webhook::WebhookError;
pub use payspec::{BodyCredentials as Credentials, Config, Error, ProviderError, RetryPolicy, SigningKey};

/// The `User-Agent` sent unless [`Config::user_agent`] says otherwise.
pub const DEFAULT_USER_AGENT: &str = concat!("payspec-crystalpay/", env!("CARGO_PKG_VERSION"));

/// The documented base URL (the spec's first server); the paths in the spec carry `/v3`.
pub const BASE_URL: &str = SERVERS[0];

/// The value the generated [`Client`] carries: the cash desk's credentials.
#[derive(Clone, Debug)]
pub struct Inner {
    credentials: Credentials,
}

impl From<Credentials> for Inner {
    fn from(credentials: Credentials) -> Self {
        Inner { credentials }
    }
}

impl Client {
    /// A client for `base_url` (normally [`BASE_URL`]; a trailing `/` is ignored) with the
    /// default [`Config`].
    pub fn with_credentials(base_url: &str, credentials: Credentials) -> Result<Self, reqwest::Error> {
        Self::with_config(base_url, credentials, Config::default())
    }

    /// Like [`Client::with_credentials`], with timeouts, retries and limits from `config`.
    /// Redirects are followed on the same host only: the body credentials never go elsewhere.
    pub fn with_config(
        base_url: &str,
        credentials: Credentials,
        config: Config,
    ) -> Result<Self, reqwest::Error> {
        let credentials = Inner::from(credentials);
        Self::assemble(
            base_url,
            config,
            None,
            DEFAULT_USER_AGENT,
            payspec::Redirects::SameHost,
            |_, _| credentials,
        )
    }
}

/// Verifies a payment callback's `signature` (sha1 of `"<id>:<salt>"`, compared in constant
/// time) and decodes the body. The credentials must carry the salt.
///
/// This is the signature and decoding step alone; a handler should use the [`Receiver`], which
/// also checks the method and the size, and gives the event key and the replies.
pub fn verify_callback(
    body: &[u8],
    credentials: &Credentials,
) -> Result<types::InvoiceCallback, WebhookError> {
    payspec::webhook::verify_crystalpay_callback(body, credentials)
}

/// Receives CrystalPay's callbacks: built once from the cash desk's salt ("Secret 2"), it
/// turns a request's method, headers and raw body into a verified, typed callback (members the
/// spec does not name kept in `extra`), or a [`WebhookError`] that names neither the salt nor
/// the expected signature.
///
/// The official callback page found is v2's
/// (<https://docs.crystalpay.io/2/callback/uvedomlenie-ob-oplate>): a JSON POST of the invoice
/// plus `signature = sha1("<id>:<salt>")` in lowercase hex; v3 integrations do the same
/// (inferred for v3). [`Receiver::new`] receives invoice callbacks
/// ([`types::InvoiceCallback`]); [`Receiver::for_payoffs`] receives payoff callbacks as
/// [`types::PayoffInfo`] (inferred: the spec has no payoff callback schema; public wrappers
/// check payoff callbacks with the same formula, and the body is presumably the payoff object,
/// as the invoice callback is the invoice object; `signature` lands in `extra`). Give each its
/// own `callback_url`.
///
/// What it checks, in this order: the method is `POST`; the body is at most
/// [`body_limit`](Receive::body_limit) bytes (64 KiB by default); `signature` is present and
/// matches, in constant time; the body decodes. **Any `Content-Type` is accepted** (none
/// too): the docs never say which one CrystalPay sends, and their PHP handler reads
/// `php://input` without looking at it, so a server that sends JSON as `text/plain` or as a
/// form (PHP's curl default) is indistinguishable from one that says `application/json`;
/// refusing one of them would lose every callback of that server, while accepting them costs
/// nothing: what is trusted is the signature and the JSON.
///
/// **Event key**: `crystalpay:invoice:<id>:<state>` (`crystalpay:payoff:...` for payoffs): the
/// signature covers only the id, and the same invoice may be called back in several states
/// (e.g. `processing`, then `payed`); each state is a new event, a repeat of the same state is
/// the same event. Inferred (the docs do not say when callbacks are sent or repeated).
///
/// **Replies** (inferred: the docs document no answer; the delivery log of
/// `callback/payoff/list` records `"200 => OK"` for a delivered callback and counts attempts):
/// - success: HTTP 200, `text/plain`, `OK`;
/// - retry ([`Notification::retry_reply`]): HTTP 503, `text/plain`, `try again later`;
/// - rejection ([`Receive::rejection`]): 403 `bad signature` (forged, or the wrong salt: being
///   a non-2xx, it is retried, so fixing the salt recovers), 400 `malformed callback`, 405
///   `POST only`, 413 `too large`. None names a hash.
///
/// ```
/// use http::{HeaderMap, Method};
/// use payspec_crystalpay::{Receive, Receiver, SigningKey, types::InvoiceState};
///
/// let receiver = Receiver::new(SigningKey::new("salt").unwrap());
/// let signature = payspec::webhook::sha1_hex("123456789_abcdefghij:salt");
/// let body = format!(r#"{{"id":"123456789_abcdefghij","state":"payed","signature":"{signature}"}}"#);
/// let callback = receiver.receive(&Method::POST, &HeaderMap::new(), body.as_bytes()).unwrap();
/// assert_eq!(callback.state, Some(InvoiceState::Payed));
/// assert_eq!(callback.event_key(), "crystalpay:invoice:123456789_abcdefghij:payed");
/// assert_eq!(callback.success_reply().body(), "OK");
///
/// let forged = body.replace(&signature, &"0".repeat(40));
/// let error = receiver.receive(&Method::POST, &HeaderMap::new(), forged.as_bytes()).unwrap_err();
/// assert_eq!(receiver.rejection(&error).status(), 403);
/// ```
pub struct Receiver<T = types::InvoiceCallback> {
    salt: SigningKey,
    body_limit: usize,
    kind: &'static str,
    body: std::marker::PhantomData<fn() -> T>,
}

impl Receiver<types::InvoiceCallback> {
    /// A receiver for invoice callbacks signed with `salt` (the cash desk's "Secret 2"), with
    /// the default body limit ([`payspec::receive::DEFAULT_BODY_LIMIT`], 64 KiB).
    pub fn new(salt: SigningKey) -> Self {
        Receiver::of("invoice", salt)
    }
}

impl Receiver<types::PayoffInfo> {
    /// A receiver for payoff callbacks (the `callback_url` of `payoff_create`) signed with
    /// `salt`, decoded as [`types::PayoffInfo`] (inferred; see [`Receiver`]).
    pub fn for_payoffs(salt: SigningKey) -> Self {
        Receiver::of("payoff", salt)
    }
}

impl<T> Receiver<T> {
    fn of(kind: &'static str, salt: SigningKey) -> Self {
        Receiver {
            salt,
            body_limit: payspec::receive::DEFAULT_BODY_LIMIT,
            kind,
            body: std::marker::PhantomData,
        }
    }

    /// The same receiver with another body limit, in bytes.
    pub fn with_body_limit(mut self, limit: usize) -> Self {
        self.body_limit = limit;
        self
    }

    /// The reply that makes CrystalPay deliver a callback again: HTTP 503, `text/plain`,
    /// `try again later` (inferred: any non-2xx is retried).
    pub fn retry_reply() -> Reply {
        Reply::text(http::StatusCode::SERVICE_UNAVAILABLE, "try again later")
    }
}

impl<T> Clone for Receiver<T> {
    fn clone(&self) -> Self {
        Receiver {
            salt: self.salt.clone(),
            body_limit: self.body_limit,
            kind: self.kind,
            body: std::marker::PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receiver")
            .field("kind", &self.kind)
            .field("body_limit", &self.body_limit)
            .finish_non_exhaustive()
    }
}

impl<T: serde::de::DeserializeOwned> Receive for Receiver<T> {
    type Notification = T;

    fn body_limit(&self) -> usize {
        self.body_limit
    }

    fn receive(
        &self,
        method: &http::Method,
        _headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Notification<T>, WebhookError> {
        #[derive(serde::Deserialize)]
        struct Event {
            id: payspec::Text,
            state: Option<serde_json::Value>,
        }
        payspec::receive::check_post(method)?;
        payspec::receive::check_size(body.len() as u64, self.body_limit)?;
        let callback: T = payspec::webhook::verify_crystalpay_callback_with_salt(body, self.salt.expose())?;
        // Verified, so the body is JSON with an `id`.
        let event: Event =
            serde_json::from_slice(body).map_err(|e| WebhookError::Malformed(e.to_string()))?;
        let state = match event.state {
            None | Some(serde_json::Value::Null) => String::new(),
            Some(serde_json::Value::String(state)) => state,
            Some(other) => other.to_string(),
        };
        Ok(Notification::new(
            callback,
            format!("crystalpay:{}:{}:{state}", self.kind, event.id),
            Reply::text(http::StatusCode::OK, "OK"),
            Receiver::<T>::retry_reply(),
        ))
    }

    fn rejection(&self, error: &WebhookError) -> Reply {
        use http::StatusCode;
        match error {
            WebhookError::Method(_) => Reply::text(StatusCode::METHOD_NOT_ALLOWED, "POST only"),
            WebhookError::TooLarge { .. } => Reply::text(StatusCode::PAYLOAD_TOO_LARGE, "too large"),
            WebhookError::BadSignature | WebhookError::MissingSignature | WebhookError::MissingKey => {
                Reply::text(StatusCode::FORBIDDEN, "bad signature")
            }
            WebhookError::ContentType { .. } => {
                Reply::text(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported content type")
            }
            _ => Reply::text(StatusCode::BAD_REQUEST, "malformed callback"),
        }
    }
}

/// The two shapes of `payer_details` the public sources show (the spec's `PayerDetails` says
/// which sources, and that which one the API takes is not settled).
impl types::PayerDetails {
    /// The payer's e-mail as an object, `{"email": "..."}`: the default, because the official
    /// invoice/create page types `payer_details` as a (PHP) array, which a JSON object is.
    ///
    /// ```
    /// use payspec_crystalpay::types::PayerDetails;
    /// let d = PayerDetails::email("user@example.com");
    /// assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"email":"user@example.com"}"#);
    /// ```
    pub fn email(email: impl Into<String>) -> Self {
        types::PayerDetails::Object(types::PayerObject {
            email: Some(email.into()),
        })
    }

    /// The payer's e-mail as a plain string, as CrystalPay's BILLmanager module and most
    /// public SDKs send it.
    ///
    /// ```
    /// use payspec_crystalpay::types::PayerDetails;
    /// let d = PayerDetails::plain_email("user@example.com");
    /// assert_eq!(serde_json::to_string(&d).unwrap(), r#""user@example.com""#);
    /// ```
    pub fn plain_email(email: impl Into<String>) -> Self {
        types::PayerDetails::Email(types::PayerEmail(email.into()))
    }
}

/// CrystalPay's own `extra` member (the merchant's data given at creation) of the objects that
/// also keep unknown members: the generator names their remainder map `extra`, so the member
/// arrives there, as `extra["extra"]` (see the spec's description of each type).
macro_rules! merchant_extra {
    ($($ty:ident),*) => {$(
        impl types::$ty {
            /// The merchant's data given at creation (CrystalPay's `extra` member), if any.
            ///
            /// ```
            #[doc = concat!("let v: payspec_crystalpay::types::", stringify!($ty), " =")]
            ///     serde_json::from_str(r#"{"extra": "order-1001", "new_member": 1}"#).unwrap();
            /// assert_eq!(v.merchant_extra(), Some("order-1001"));
            /// assert_eq!(v.extra["new_member"], 1);
            /// ```
            pub fn merchant_extra(&self) -> Option<&str> {
                self.extra.get("extra").and_then(serde_json::Value::as_str)
            }
        }
    )*};
}
merchant_extra!(InvoiceInfo, PayoffInfo, InvoiceCallback);

impl payspec::Provider for Inner {
    const NAME: &'static str = "crystalpay";
    const IDEMPOTENT: &'static [&'static str] = IDEMPOTENT;
    const SUCCESS_MEMBERS: &'static [payspec::envelope::SuccessMembers] = generated::SUCCESS_MEMBERS;
    const ANSWERS: &'static [payspec::hooks::Answers] = generated::ANSWERS;
    const DECODE_COSTS: &'static [(&'static str, &'static payspec::envelope::Cost)] = generated::DECODE_COSTS;

    async fn authenticate(
        &self,
        request: &mut reqwest::Request,
        operation: &'static str,
    ) -> Result<(), payspec::AuthError> {
        let c = &self.credentials;
        let signature = match SIGNATURES.iter().find(|s| s.operation == operation) {
            Some(recipe) => {
                let salt = c
                    .salt()
                    .ok_or("this call is signed: build the credentials with the salt (Secret 2)")?;
                Some((recipe, salt))
            }
            None => None,
        };
        payspec::auth::merge_json_body(
            request,
            &[
                (CREDENTIAL_AUTH_LOGIN.name, c.login()),
                (CREDENTIAL_AUTH_SECRET.name, c.secret()),
            ],
            signature,
        )
        .map_err(payspec::AuthError::Invalid)
    }

    fn classify(&self, status: reqwest::StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        // `error` truthy (or missing outside 2xx), `errors` the messages, authentication by
        // HTTP 401 or a message the spec's `x-known-messages` matches: all in the table.
        ENVELOPE.recognise(status, body)
    }

    fn secrets(&self) -> Vec<String> {
        let c = &self.credentials;
        [Some(c.secret()), c.salt()]
            .into_iter()
            .flatten()
            .map(str::to_owned)
            .collect()
    }
}

payspec::impl_client_hooks!(Client, Inner);

#[cfg(test)]
mod tests {
    use super::*;
    use http::{HeaderMap, Method, StatusCode};
    use payspec::webhook::sha1_hex;

    const SALT: &str = "salt-2";

    fn receiver() -> Receiver {
        Receiver::new(SigningKey::new(SALT).unwrap())
    }

    fn callback(id: &str, state: &str) -> String {
        let signature = sha1_hex(&format!("{id}:{SALT}"));
        format!(
            r#"{{"id":"{id}","state":"{state}","amount":"100","extra":"order-1","new_member":1,"signature":"{signature}"}}"#
        )
    }

    #[test]
    fn a_signed_callback_is_received_with_its_event_key_and_replies() {
        let n = receiver()
            .receive(
                &Method::POST,
                &HeaderMap::new(),
                callback("1_a", "payed").as_bytes(),
            )
            .unwrap();
        assert_eq!(n.id.as_ref().map(|id| id.as_str()), Some("1_a"));
        assert_eq!(n.state, Some(types::InvoiceState::Payed));
        assert_eq!(n.merchant_extra(), Some("order-1"));
        assert_eq!(n.extra["new_member"], 1);
        assert_eq!(n.event_key(), "crystalpay:invoice:1_a:payed");
        assert_eq!(*n.success_reply(), Reply::text(StatusCode::OK, "OK"));
        assert_eq!(
            *n.retry_reply(),
            Reply::text(StatusCode::SERVICE_UNAVAILABLE, "try again later")
        );
        // Another state of the same invoice is another event; an unknown state is kept as sent.
        let later = receiver()
            .receive(
                &Method::POST,
                &HeaderMap::new(),
                callback("1_a", "refunded").as_bytes(),
            )
            .unwrap();
        assert_eq!(later.event_key(), "crystalpay:invoice:1_a:refunded");
        // A numeric id and no state.
        let signature = sha1_hex(&format!("42:{SALT}"));
        let body = format!(r#"{{"id":42,"signature":"{signature}"}}"#);
        let bare = receiver()
            .receive(&Method::POST, &HeaderMap::new(), body.as_bytes())
            .unwrap();
        assert_eq!(bare.event_key(), "crystalpay:invoice:42:");
    }

    #[test]
    fn every_refusal_has_a_short_reply_that_names_no_hash() {
        let r = receiver();
        let body = callback("1_a", "payed");
        let moved = body.replace("\"1_a\"", "\"1_b\"");
        let unsigned = body.replace("\"signature\"", "\"unsigned\"");
        let cases: Vec<(Result<_, WebhookError>, WebhookError, StatusCode, &str)> = vec![
            (
                r.receive(&Method::GET, &HeaderMap::new(), body.as_bytes()),
                WebhookError::Method("GET".into()),
                StatusCode::METHOD_NOT_ALLOWED,
                "POST only",
            ),
            (
                r.clone()
                    .with_body_limit(16)
                    .receive(&Method::POST, &HeaderMap::new(), body.as_bytes()),
                WebhookError::TooLarge { limit: 16 },
                StatusCode::PAYLOAD_TOO_LARGE,
                "too large",
            ),
            (
                r.receive(&Method::POST, &HeaderMap::new(), moved.as_bytes()),
                WebhookError::BadSignature,
                StatusCode::FORBIDDEN,
                "bad signature",
            ),
            (
                r.receive(&Method::POST, &HeaderMap::new(), unsigned.as_bytes()),
                WebhookError::MissingSignature,
                StatusCode::FORBIDDEN,
                "bad signature",
            ),
            (
                r.receive(&Method::POST, &HeaderMap::new(), b"{\"state\":\"payed\"}"),
                WebhookError::MissingField("id"),
                StatusCode::BAD_REQUEST,
                "malformed callback",
            ),
        ];
        let right_for_moved = sha1_hex(&format!("1_b:{SALT}"));
        for (got, error, status, reply) in cases {
            let got = got.map(|n| n.event_key().to_owned()).unwrap_err();
            assert_eq!(got, error);
            assert_eq!(r.rejection(&got), Reply::text(status, reply));
            for shown in [got.to_string(), format!("{got:?}")] {
                assert!(
                    !shown.contains(SALT) && !shown.contains(&right_for_moved),
                    "{shown}"
                );
            }
        }
    }

    #[test]
    fn the_receiver_shows_no_salt() {
        let shown = format!("{:?}", Receiver::for_payoffs(SigningKey::new(SALT).unwrap()));
        assert_eq!(shown, r#"Receiver { kind: "payoff", body_limit: 65536, .. }"#);
    }
}
