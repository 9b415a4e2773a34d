//! Rust client for the Invoicebox (Инвойсбокс) API v3, generated from `specs/invoicebox.yaml`.
//!
//! Every request carries the store's API token as `Authorization: Bearer` (a sensitive default
//! header) and a `User-Agent`. The store id (`merchantId`) is given once: the client fills it
//! into the bodies that need it unless the caller sets it. Before an order or refund is sent,
//! the client checks that the basket adds up (`quantity × amount` vs `totalAmount`, the totals
//! vs `amount` and `vatAmount`) and names the field that does not. Errors (`{"error": {...}}`
//! with HTTP 4xx) come back as [`payspec::Error`] with the documented `code`.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use payspec_invoicebox::{BASE_URL_V3, Client, Credentials, types};
//! use payspec::{QueryFilter, query::Direction};
//!
//! let client = Client::with_credentials(
//!     BASE_URL_V3,
//!     Credentials::new("b37c4c689295904ed21eee5d9a48d42e", "ffffffff-ffff-ffff-ffff-ffffffffffff")?,
//! )?;
//! let orders = client
//!     .order_list()
//!     .filter(QueryFilter::new().ge("createdAt", "2021-01-27T00:00:00").order_by("createdAt", Direction::Desc))
//!     .page_size(50)
//!     .await?;
//! for order in orders.data {
//!     println!("{:?} {:?} {:?}", order.id, order.status, order.amount);
//! }
//! # Ok(()) }
//! ```
//!
//! # Receiving notifications
//!
//! [`Receiver`], built once from the store's notification key (and the signature method and
//! algorithm of the store's notification settings, HMAC-SHA1 by default), turns a request's
//! method, headers and raw body into a verified [`types::OrderNotification`], or a typed
//! [`WebhookError`] and the reply for it; the notification carries its event key and the
//! replies Invoicebox reads (always HTTP 200 and JSON). [`Notification::process_once`] runs the
//! business logic once per event with an [`EventStore`] (yours; [`MemoryEventStore`] for
//! tests). With the `axum` feature, `Verified<Receiver>` is an extractor (the receiver in the
//! router's state) and `Reply` a response:
//!
//! ```
//! # #[cfg(feature = "axum")]
//! # mod handler {
//! use std::sync::Arc;
//!
//! use axum::extract::{FromRef, State};
//! use payspec_invoicebox::types::OrderStatus;
//! use payspec_invoicebox::{MemoryEventStore, NotificationReply, Outcome, Receiver, Reply, Verified};
//!
//! #[derive(Clone)]
//! struct App {
//!     receiver: Receiver,
//!     events: Arc<MemoryEventStore>,
//! }
//!
//! impl FromRef<App> for Receiver {
//!     fn from_ref(app: &App) -> Receiver {
//!         app.receiver.clone()
//!     }
//! }
//!
//! async fn invoicebox(State(app): State<App>, Verified(notification): Verified<Receiver>) -> Reply {
//!     if notification.is_test() {
//!         // Invoicebox's monitoring: the signature and store id checked out, nothing to do.
//!         return notification.success_reply().clone();
//!     }
//!     let outcome = notification
//!         .process_once(&*app.events, async {
//!             if notification.status == OrderStatus::Completed {
//!                 // Compare notification.amount with your order, then mark it paid.
//!             }
//!             Ok::<(), NotificationReply>(())
//!         })
//!         .await;
//!     match outcome {
//!         // A documented refusal of your own, e.g. `order_wrong_amount`.
//!         Outcome::Failed(refusal) => refusal.reply(),
//!         outcome => notification.reply(&outcome),
//!     }
//! }
//!
//! pub fn router(receiver: Receiver) -> axum::Router {
//!     let app = App { receiver, events: Arc::new(MemoryEventStore::new()) };
//!     axum::Router::new()
//!         .route("/invoicebox", axum::routing::post(invoicebox))
//!         .with_state(app)
//! }
//! # }
//! ```
//!
//! # Timeouts, retries, limits
//!
//! [`Client::with_config`] takes a [`Config`]: timeouts (15 s connect, 30 s per call by
//! default), a [`RetryPolicy`] (none by default), the response size limit (4 MiB), the
//! `User-Agent`. Under a retry policy only the reads are repeated. Creating an order is never
//! repeated: the docs call `merchantOrderId` unique, but Invoicebox's own MCP server says
//! uniqueness is not checked by default, so after an uncertain failure look the order up with
//! `order_list` by `merchantOrderId` before creating it again. Neither is `refund_create`: the
//! docs call a refund's `merchantOrderId` unique but document no answer to a repeat, so look
//! the refund up with `refund_list` first. Cancelling, paying and status changes are never
//! repeated either.
//! [`IDEMPOTENT`] lists every operation with what to do. Redirects are followed on the same
//! host only, so the token never goes elsewhere.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[rustfmt::skip]
mod generated;
mod receive;

pub use generated::{CLIENT_FILLS, Client, IDEMPOTENT, builder, types};
#[doc(hidden)]
pub use generated::{
    CREDENTIAL_BEARER, CREDENTIAL_MERCHANT_ID, CREDENTIALS, ENVELOPE, OPERATIONS, PRE_SEND_CHECKS, SERVERS,
    SUCCESS_MEMBERS, TOKEN_ENDPOINT, decode_response, known_codes,
};
#[cfg(feature = "axum")]
pub use payspec::receive::axum::{Refused, Verified};
pub use payspec::receive::{
    Claim, DEFAULT_BODY_LIMIT, EventStore, MemoryEventStore, Notification, Outcome, Receive, Reply,
};
pub use payspec::webhook::{SignatureAlgorithm, SignatureMethod, WebhookError};
pub use payspec::{BearerToken, Config, Error, ProviderError, RetryPolicy, SigningKey};
pub use receive::{NotificationReply, Receiver, SIGNATURE_HEADER, TEST_NOTIFICATION_ID};

/// Base URL for stores registered through the Invoicebox app or app.invoicebox.ru (the spec's
/// first server).
pub const BASE_URL_V3: &str = SERVERS[0];
/// Base URL for stores registered in the Инвойсбокс.Бизнес cabinet (the spec's second server).
pub const BASE_URL_L3: &str = SERVERS[1];
/// The `User-Agent` sent unless another is given.
pub const DEFAULT_USER_AGENT: &str = concat!("payspec-invoicebox/", env!("CARGO_PKG_VERSION"));

/// The store's API token and its id (`merchantId`).
#[derive(Clone, Debug)]
pub struct Credentials {
    token: BearerToken,
    merchant_id: String,
}

impl Credentials {
    /// The API token from the store's cabinet and the store id (a UUID).
    pub fn new(
        token: impl Into<String>,
        merchant_id: impl Into<String>,
    ) -> Result<Self, payspec::CredentialsError> {
        let merchant_id = merchant_id.into();
        if merchant_id.trim().is_empty() {
            return Err(payspec::CredentialsError::Empty("merchant_id"));
        }
        Ok(Credentials {
            token: BearerToken::new(token)?,
            merchant_id,
        })
    }

    /// The store id.
    pub fn merchant_id(&self) -> &str {
        &self.merchant_id
    }
}

/// The value the generated [`Client`] carries.
#[derive(Clone, Debug)]
pub struct Inner {
    credentials: Credentials,
}

impl Client {
    /// A client for `base_url` ([`BASE_URL_V3`] or [`BASE_URL_L3`]; a trailing `/` is ignored)
    /// that identifies itself as [`DEFAULT_USER_AGENT`].
    pub fn with_credentials(base_url: &str, credentials: Credentials) -> Result<Self, reqwest::Error> {
        Self::with_user_agent(base_url, credentials, DEFAULT_USER_AGENT)
    }

    /// Like [`Client::with_credentials`], with the `User-Agent` Invoicebox asks integrations to
    /// send (`AppName/version (module version)`).
    pub fn with_user_agent(
        base_url: &str,
        credentials: Credentials,
        user_agent: &str,
    ) -> Result<Self, reqwest::Error> {
        Self::with_config(base_url, credentials, Config::default().user_agent(user_agent))
    }

    /// Like [`Client::with_credentials`], with the `User-Agent`, timeouts, retries and limits
    /// from `config`. Redirects are followed on the same host only: the token never goes
    /// elsewhere.
    pub fn with_config(
        base_url: &str,
        credentials: Credentials,
        config: Config,
    ) -> Result<Self, reqwest::Error> {
        let authorization = Some(credentials.token.header_value());
        let redirects = payspec::Redirects::SameHost;
        Self::assemble(
            base_url,
            config,
            authorization,
            DEFAULT_USER_AGENT,
            redirects,
            |_, _| Inner { credentials },
        )
    }
}

/// A number as the client wrote it (raw JSON text), so the check sees the exact digits.
#[derive(serde::Deserialize)]
#[serde(transparent)]
struct Exact(Box<serde_json::value::RawValue>);

impl Exact {
    fn decimal(&self) -> Option<payspec::Decimal> {
        let text = self.0.get();
        let text = serde_json::from_str::<String>(text).unwrap_or_else(|_| text.to_owned());
        payspec::Decimal::parse(&text).ok()
    }
}

fn exact(value: &Option<Exact>) -> Option<payspec::Decimal> {
    value.as_ref().and_then(Exact::decimal)
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Basket {
    amount: Option<Exact>,
    vat_amount: Option<Exact>,
    basket_items: Option<Vec<BasketLine>>,
    order_setting: Option<OrderSetting>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct BasketLine {
    quantity: Option<Exact>,
    amount: Option<Exact>,
    total_amount: Option<Exact>,
    total_vat_amount: Option<Exact>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct OrderSetting {
    round_policy: Option<String>,
}

/// Checks what the docs require to add up and names the first field that does not.
fn check_basket(body: &[u8]) -> Result<(), String> {
    use payspec::{Decimal, Rounding};
    use std::cmp::Ordering;
    let Ok(basket) = serde_json::from_slice::<Basket>(body) else {
        // Not the documented shape: the server will say what is wrong.
        return Ok(());
    };
    let Some(items) = basket.basket_items else {
        return Ok(());
    };
    let policy = basket.order_setting.and_then(|s| s.round_policy);
    let mut total = Decimal::from(0);
    let mut total_vat = Decimal::from(0);
    for (i, line) in items.iter().enumerate() {
        if let (Some(q), Some(a), Some(t)) = (
            exact(&line.quantity),
            exact(&line.amount),
            exact(&line.total_amount),
        ) {
            let (q, a, t) = (&q, &a, &t);
            let product = q.checked_mul(a).ok_or("basket amounts overflow")?;
            let rounded = |rule| product.round_dp_with(2, rule);
            let ok = match policy.as_deref() {
                Some("strict") => t.cmp_value(&product) == Some(Ordering::Equal),
                Some("none") => product.cmp_value(t) != Some(Ordering::Greater),
                Some("floor") => rounded(Rounding::Floor).as_ref() == Some(t),
                Some("ceil") => rounded(Rounding::Ceil).as_ref() == Some(t),
                Some("halfUp") => rounded(Rounding::HalfUp).as_ref() == Some(t),
                Some("halfDown") => rounded(Rounding::HalfDown).as_ref() == Some(t),
                // The docs give two defaults (strict and none): accept the exact product or either
                // rounding of it to cents.
                _ => {
                    t.cmp_value(&product) == Some(Ordering::Equal)
                        || [Rounding::Floor, Rounding::Ceil]
                            .iter()
                            .any(|r| rounded(*r).as_ref() == Some(t))
                }
            };
            if !ok {
                return Err(format!(
                    "basketItems[{i}].totalAmount is {t}, but quantity × amount = {q} × {a} = {product}{}",
                    policy
                        .as_deref()
                        .map(|p| format!(" (roundPolicy {p})"))
                        .unwrap_or_default()
                ));
            }
        }
        if let Some(t) = exact(&line.total_amount) {
            total = total.checked_add(&t).ok_or("basket amounts overflow")?;
        }
        if let Some(v) = exact(&line.total_vat_amount) {
            total_vat = total_vat.checked_add(&v).ok_or("basket amounts overflow")?;
        }
    }
    if let Some(amount) = &exact(&basket.amount)
        && amount.cmp_value(&total) != Some(Ordering::Equal)
    {
        return Err(format!(
            "amount is {amount}, but the basket's totalAmount add up to {total}"
        ));
    }
    if let Some(vat) = &exact(&basket.vat_amount)
        && vat.cmp_value(&total_vat) != Some(Ordering::Equal)
    {
        return Err(format!(
            "vatAmount is {vat}, but the basket's totalVatAmount add up to {total_vat}"
        ));
    }
    Ok(())
}

impl payspec::Provider for Inner {
    const NAME: &'static str = "invoicebox";
    const IDEMPOTENT: &'static [&'static str] = IDEMPOTENT;
    const SUCCESS_MEMBERS: &'static [payspec::envelope::SuccessMembers] = generated::SUCCESS_MEMBERS;
    const ANSWERS: &'static [payspec::hooks::Answers] = generated::ANSWERS;
    const DECODE_COSTS: &'static [(&'static str, &'static payspec::envelope::Cost)] = generated::DECODE_COSTS;

    fn validate(&self, request: &reqwest::Request, operation: &'static str) -> Result<(), String> {
        // The operations whose body carries a basket: `x-pre-send-check: basket-totals`.
        let basket = PRE_SEND_CHECKS
            .iter()
            .any(|c| c.operation == operation && c.check == payspec::envelope::Check::BasketTotals);
        match request.body().and_then(|b| b.as_bytes()) {
            Some(body) if basket => check_basket(body),
            _ => Ok(()),
        }
    }

    async fn authenticate(
        &self,
        request: &mut reqwest::Request,
        operation: &'static str,
    ) -> Result<(), payspec::AuthError> {
        // The token is a default header; the store id goes where the spec says.
        if let Some((_, fields)) = CLIENT_FILLS.iter().find(|(op, _)| *op == operation) {
            let values: Vec<(&str, &str)> = fields
                .iter()
                .filter(|f| **f == CREDENTIAL_MERCHANT_ID.name)
                .map(|f| (*f, self.credentials.merchant_id.as_str()))
                .collect();
            payspec::auth::fill_json_fields(request, &values).map_err(payspec::AuthError::Invalid)?;
        }
        Ok(())
    }

    fn classify(&self, status: reqwest::StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        use payspec::envelope::lookup;
        use serde_json::Value;
        // Read as far as it goes: a message that is not UTF-8 or a member nested past
        // serde_json's limit must not hide the envelope.
        let value: Value = payspec::envelope::parse_tolerant(body)?;
        let root = value.as_object()?;
        let text = |v: Option<&Value>| match v {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let (mut rejection, error) = match ENVELOPE.recognise_value(status, &value) {
            Some(r) => (r, ENVELOPE.member.and_then(|m| root.get(m))),
            // The flat form one client sees (`{"code", "message"}` at HTTP >= 400): the nested
            // form's members at the top level. No table describes a second shape.
            None if !status.is_success() && ENVELOPE.member.is_some_and(|m| !root.contains_key(m)) => {
                fn last(paths: &'static [&'static [&'static str]]) -> Option<&'static str> {
                    paths.first().and_then(|p| p.last().copied())
                }
                let code = last(ENVELOPE.code).and_then(|c| text(root.get(c)));
                let messages: Vec<String> = last(ENVELOPE.messages)
                    .and_then(|m| root.get(m))
                    .map(payspec::hooks::envelope_messages)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|m| !m.is_empty())
                    .collect();
                let kind = ENVELOPE.kind(status, code.as_deref(), &messages);
                (payspec::Rejection { kind, code, messages }, None)
            }
            None => return None,
        };
        // An `error` that is a bare string is the message itself.
        if let Some(Value::String(m)) = error
            && !m.is_empty()
        {
            rejection.messages.push(m.clone());
        }
        // The per-field problems of the nested form, each as one message.
        let fields = error
            .and_then(|e| lookup(e, &["fields"]))
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for f in fields {
            let parts: Vec<String> = ["name", "code", "message"]
                .iter()
                .filter_map(|k| text(f.get(*k)))
                .collect();
            if !parts.is_empty() {
                rejection.messages.push(parts.join(": "));
            }
        }
        if rejection.code.is_none() && rejection.messages.is_empty() {
            return None;
        }
        Some(rejection)
    }

    fn secrets(&self) -> Vec<String> {
        vec![self.credentials.token.token().to_owned()]
    }
}

payspec::impl_client_hooks!(Client, Inner);
