//! An offline imitation of the five payspec providers, on loopback, so that every client can
//! be tried without an account.
//!
//! One HTTP server imitates all five, each under its own prefix ([`Provider::prefix`]), from
//! what `specs/<provider>.yaml` documents: it checks credentials the way the provider does,
//! answers with the documented shapes (error envelopes included), keeps its invoices and
//! orders in memory so that a lifecycle works (create → read shows it → pay, cancel or refund
//! changes its status), and, where the provider has them, sends signed notifications to a URL
//! you give it.
//!
//! Every operation of every spec answers: those with a lifecycle are imitated with state
//! ([`stateful`]), every other one answers from the spec's example ([`OPERATIONS`], generated
//! from the specs): the provider's credential check first, then its refusal of a missing
//! required field, then the example, with the request's members of the same name echoed.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use payspec_sandbox::{Provider, Sandbox};
//! let sandbox = Sandbox::start().await?; // 127.0.0.1, a free port
//! let base = sandbox.base_url(Provider::Sber); // http://127.0.0.1:PORT/sber/smartpay/v1
//! // Build the client as for the real provider, with this base URL and the sandbox's demo
//! // credentials: `payspec_sber::Client::with_token(&base, token)`.
//! # let _ = base;
//! # Ok(()) }
//! ```
//!
//! The demo credentials are constants in each provider's module ([`onebox`], [`paykeeper`],
//! [`invoicebox`], [`crystalpay`], [`sber`]); anything else is refused the way the provider
//! refuses it. What a payer does on the provider's payment page (paying, with the notification
//! that follows) is a method of the sandbox, e.g. [`Sandbox::pay`], and an HTTP call for the
//! binary (`POST /sandbox/<provider>/pay/<id>`).
//!
//! [`Inbox`] is a small loopback receiver for those notifications: give its URL to the sandbox
//! (or to the call that takes a callback URL), then read what arrived.
//!
//! The binary (`cargo run -p payspec-sandbox`) serves the same on a fixed port and prints the
//! base URLs and credentials.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::extract::{Path, State as AxumState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};

mod clock;
mod examples;
mod inbox;
mod notify;
#[rustfmt::skip]
mod operations;

pub mod crystalpay;
pub mod invoicebox;
pub mod onebox;
pub mod paykeeper;
pub mod sber;

pub use examples::{OPERATIONS, Operation, stateful};
pub use inbox::{Inbox, Received, Reply};
pub use notify::Delivery;

/// One of the imitated providers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// OneBox / 1b.app payments.
    Onebox,
    /// PayKeeper JSON API.
    Paykeeper,
    /// Invoicebox API v3.
    Invoicebox,
    /// CrystalPay v3.
    Crystalpay,
    /// Sber SmartPay.
    Sber,
}

impl Provider {
    /// All five, in the README's order.
    pub const ALL: [Provider; 5] = [
        Provider::Invoicebox,
        Provider::Onebox,
        Provider::Paykeeper,
        Provider::Crystalpay,
        Provider::Sber,
    ];

    /// The provider's name in URLs and messages: `onebox`, `paykeeper`, `invoicebox`,
    /// `crystalpay`, `sber`.
    pub fn name(self) -> &'static str {
        match self {
            Provider::Onebox => "onebox",
            Provider::Paykeeper => "paykeeper",
            Provider::Invoicebox => "invoicebox",
            Provider::Crystalpay => "crystalpay",
            Provider::Sber => "sber",
        }
    }

    /// The path under which the sandbox serves this provider (`/<name>`).
    pub fn prefix(self) -> String {
        format!("/{}", self.name())
    }

    /// What follows the prefix in the client's base URL: the part of the provider's server
    /// URL that the spec's paths do not carry (`/v3` for Invoicebox, `/smartpay/v1` for Sber).
    pub fn api_root(self) -> &'static str {
        match self {
            Provider::Invoicebox => "/v3",
            Provider::Sber => "/smartpay/v1",
            Provider::Onebox | Provider::Paykeeper | Provider::Crystalpay => "",
        }
    }

    /// Parses [`Provider::name`].
    pub fn from_name(name: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a sandbox action (not an imitated API call) could not be done.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// No such invoice, order or payment.
    #[error("{provider}: no {what} {id:?} in the sandbox")]
    NotFound {
        /// The provider.
        provider: Provider,
        /// What was looked for (`invoice`, `order`, ...).
        what: &'static str,
        /// The id given.
        id: String,
    },
    /// The object is in a state that does not allow the action (e.g. paying a cancelled
    /// invoice).
    #[error("{provider}: {message}")]
    State {
        /// The provider.
        provider: Provider,
        /// What is wrong.
        message: String,
    },
}

/// The demo credentials of `provider` as `(name, value)` pairs, for printing (the binary's
/// banner). Each provider's module has them as constants.
pub fn credentials(provider: Provider) -> Vec<(&'static str, &'static str)> {
    match provider {
        Provider::Onebox => onebox::CREDENTIALS.to_vec(),
        Provider::Paykeeper => paykeeper::CREDENTIALS.to_vec(),
        Provider::Invoicebox => invoicebox::CREDENTIALS.to_vec(),
        Provider::Crystalpay => crystalpay::CREDENTIALS.to_vec(),
        Provider::Sber => sber::CREDENTIALS.to_vec(),
    }
}

/// For the examples: reads the environment variables that point a scenario at the real
/// provider instead of the sandbox. All set: `Ok(Some(values))`, in the order named; none set:
/// `Ok(None)` (use the sandbox); some set: an error naming the missing ones (a half-configured
/// run must not quietly fall back to the sandbox). An empty value counts as unset.
///
/// ```
/// // None of these is set here: the sandbox is used.
/// assert_eq!(payspec_sandbox::live_settings(["PAYSPEC_DOC_TEST_URL", "PAYSPEC_DOC_TEST_TOKEN"]), Ok(None));
/// ```
pub fn live_settings<const N: usize>(names: [&str; N]) -> Result<Option<[String; N]>, String> {
    let values = names.map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()));
    if values.iter().all(Option::is_none) {
        return Ok(None);
    }
    let missing: Vec<&str> = names
        .iter()
        .zip(&values)
        .filter(|(_, v)| v.is_none())
        .map(|(name, _)| *name)
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "to run against the real provider set all of {}; missing: {}",
            names.join(", "),
            missing.join(", ")
        ));
    }
    Ok(Some(values.map(Option::unwrap_or_default)))
}

/// What the sandbox holds: every provider's imitation and the notification URLs.
#[derive(Default)]
pub(crate) struct State {
    pub(crate) onebox: onebox::Onebox,
    pub(crate) paykeeper: paykeeper::Paykeeper,
    pub(crate) invoicebox: invoicebox::Invoicebox,
    pub(crate) crystalpay: crystalpay::Crystalpay,
    pub(crate) sber: sber::Sber,
    /// The notification URL set for each provider (the provider's cabinet setting).
    pub(crate) webhook_urls: Mutex<HashMap<Provider, String>>,
    pub(crate) notifier: notify::Notifier,
}

impl State {
    /// The notification URL set for `provider`, if any.
    pub(crate) fn webhook_url(&self, provider: Provider) -> Option<String> {
        lock(&self.webhook_urls).get(&provider).cloned()
    }
}

/// Escapes text for an HTML page (the payment pages some imitations serve).
pub(crate) fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Locks a mutex, ignoring poisoning: the sandbox's state stays usable after a panicking
/// handler (each handler leaves the state consistent before anything can panic).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    state: Arc<State>,
    server: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Sandbox {
    /// Starts a sandbox on `127.0.0.1` and a free port, on the current tokio runtime.
    pub async fn start() -> std::io::Result<Sandbox> {
        Sandbox::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts a sandbox on `addr`, on the current tokio runtime.
    pub async fn bind(addr: SocketAddr) -> std::io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State::default());
        let app = router(state.clone());
        let server = tokio::spawn(async move {
            // Serving ends only with an accept error on the listener; nothing to report to.
            let _ = axum::serve(listener, app).await;
        });
        Ok(Sandbox { addr, state, server })
    }

    /// The address the sandbox listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://<addr>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The base URL to build `provider`'s client with, e.g.
    /// `http://127.0.0.1:PORT/sber/smartpay/v1`.
    pub fn base_url(&self, provider: Provider) -> String {
        format!("{}{}{}", self.url(), provider.prefix(), provider.api_root())
    }

    /// Sets the URL the sandbox sends `provider`'s notifications to (what the merchant sets in
    /// the provider's cabinet). A URL given in a call (CrystalPay's `callback_url`, ...) wins.
    pub fn set_webhook_url(&self, provider: Provider, url: impl Into<String>) {
        lock(&self.state.webhook_urls).insert(provider, url.into());
    }

    /// What a payer does on the provider's payment page: pays the invoice or order `id` in
    /// full, and sends the provider's notification, if it has one, to the notification URL.
    /// Returns the notification's delivery (`None` when the provider sends none, or no URL is
    /// set).
    ///
    /// OneBox records payments rather than taking them: there, `id` is a pending
    /// (probation) payment's id, and the call marks it received.
    pub async fn pay(&self, provider: Provider, id: &str) -> Result<Option<Delivery>, SandboxError> {
        pay(&self.state, provider, id).await
    }

    /// What a provider does when the merchant's answer to a notification was wrong or missing:
    /// sends the notification of the paid invoice or order `id` again, the same event with
    /// the same signature, to the notification URL. PayKeeper, Invoicebox and CrystalPay
    /// redeliver; OneBox and Sber send no notifications ([`SandboxError::State`]).
    pub async fn redeliver(&self, provider: Provider, id: &str) -> Result<Option<Delivery>, SandboxError> {
        redeliver(&self.state, provider, id).await
    }

    /// The [`onebox`] imitation (its records, for tests).
    pub fn onebox(&self) -> &onebox::Onebox {
        &self.state.onebox
    }

    /// The [`paykeeper`] imitation.
    pub fn paykeeper(&self) -> &paykeeper::Paykeeper {
        &self.state.paykeeper
    }

    /// The [`invoicebox`] imitation.
    pub fn invoicebox(&self) -> &invoicebox::Invoicebox {
        &self.state.invoicebox
    }

    /// The [`crystalpay`] imitation.
    pub fn crystalpay(&self) -> &crystalpay::Crystalpay {
        &self.state.crystalpay
    }

    /// The [`sber`] imitation.
    pub fn sber(&self) -> &sber::Sber {
        &self.state.sber
    }
}

async fn pay(state: &State, provider: Provider, id: &str) -> Result<Option<Delivery>, SandboxError> {
    match provider {
        Provider::Onebox => state.onebox.pay(state, id).await,
        Provider::Paykeeper => state.paykeeper.pay(state, id).await,
        Provider::Invoicebox => state.invoicebox.pay(state, id).await,
        Provider::Crystalpay => state.crystalpay.pay(state, id).await,
        Provider::Sber => state.sber.pay(state, id).await,
    }
}

async fn redeliver(state: &State, provider: Provider, id: &str) -> Result<Option<Delivery>, SandboxError> {
    match provider {
        Provider::Paykeeper => state.paykeeper.redeliver(state, id).await,
        Provider::Invoicebox => state.invoicebox.redeliver(state, id).await,
        Provider::Crystalpay => state.crystalpay.redeliver(state, id).await,
        Provider::Onebox | Provider::Sber => Err(SandboxError::State {
            provider,
            message: format!("{} sends no notifications", provider.name()),
        }),
    }
}

/// The whole sandbox: each provider under its prefix, and the control API under `/sandbox`.
fn router(state: Arc<State>) -> Router {
    Router::new()
        .nest(&Provider::Onebox.prefix(), onebox::router(&state))
        .nest(&Provider::Paykeeper.prefix(), paykeeper::router(&state))
        .nest(&Provider::Invoicebox.prefix(), invoicebox::router(&state))
        .nest(&Provider::Crystalpay.prefix(), crystalpay::router(&state))
        .nest(&Provider::Sber.prefix(), sber::router(&state))
        .route("/sandbox/{provider}/pay/{id}", post(control_pay))
        .route("/sandbox/{provider}/redeliver/{id}", post(control_redeliver))
        .route("/sandbox/{provider}/webhook-url", put(control_webhook_url))
        .route("/sandbox", get(control_index))
        .with_state(state)
}

/// `POST /sandbox/<provider>/pay/<id>`: [`Sandbox::pay`] over HTTP.
async fn control_pay(
    AxumState(state): AxumState<Arc<State>>,
    Path((provider, id)): Path<(String, String)>,
) -> Response {
    let Some(provider) = Provider::from_name(&provider) else {
        return (StatusCode::NOT_FOUND, format!("no provider {provider:?}\n")).into_response();
    };
    match pay(&state, provider, &id).await {
        Ok(Some(delivery)) => (StatusCode::OK, format!("paid; notification: {delivery}\n")).into_response(),
        Ok(None) => (StatusCode::OK, "paid; no notification sent\n").into_response(),
        Err(e @ SandboxError::NotFound { .. }) => (StatusCode::NOT_FOUND, format!("{e}\n")).into_response(),
        Err(e) => (StatusCode::CONFLICT, format!("{e}\n")).into_response(),
    }
}

/// `POST /sandbox/<provider>/redeliver/<id>`: [`Sandbox::redeliver`] over HTTP.
async fn control_redeliver(
    AxumState(state): AxumState<Arc<State>>,
    Path((provider, id)): Path<(String, String)>,
) -> Response {
    let Some(provider) = Provider::from_name(&provider) else {
        return (StatusCode::NOT_FOUND, format!("no provider {provider:?}\n")).into_response();
    };
    match redeliver(&state, provider, &id).await {
        Ok(Some(delivery)) => (StatusCode::OK, format!("notification: {delivery}\n")).into_response(),
        Ok(None) => (StatusCode::OK, "no notification URL set: nothing sent\n").into_response(),
        Err(e @ SandboxError::NotFound { .. }) => (StatusCode::NOT_FOUND, format!("{e}\n")).into_response(),
        Err(e) => (StatusCode::CONFLICT, format!("{e}\n")).into_response(),
    }
}

/// `PUT /sandbox/<provider>/webhook-url` with the URL as the body.
async fn control_webhook_url(
    AxumState(state): AxumState<Arc<State>>,
    Path(provider): Path<String>,
    body: String,
) -> Response {
    let Some(provider) = Provider::from_name(&provider) else {
        return (StatusCode::NOT_FOUND, format!("no provider {provider:?}\n")).into_response();
    };
    let url = body.trim().to_owned();
    if reqwest::Url::parse(&url).is_err() {
        return (StatusCode::BAD_REQUEST, format!("not a URL: {url:?}\n")).into_response();
    }
    lock(&state.webhook_urls).insert(provider, url);
    (StatusCode::NO_CONTENT, ()).into_response()
}

/// `GET /sandbox`: what the sandbox serves.
async fn control_index() -> String {
    let mut text = String::from(
        "payspec sandbox: /onebox, /paykeeper, /invoicebox/v3, /crystalpay, /sber/smartpay/v1\n\
         POST /sandbox/<provider>/pay/<id> pays; POST /sandbox/<provider>/redeliver/<id> sends its notification again;\n\
         PUT /sandbox/<provider>/webhook-url sets the notification URL\n\
         Every operation of every spec answers: with state (lifecycle) or from the spec's example.\n",
    );
    for provider in Provider::ALL {
        let from_examples: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| op.provider == provider && !op.is_stateful())
            .map(|op| op.id)
            .collect();
        text.push_str(&format!(
            "{provider}: with state: {}; from examples: {}\n",
            stateful(provider).join(", "),
            if from_examples.is_empty() {
                "none".to_owned()
            } else {
                from_examples.join(", ")
            }
        ));
    }
    text
}
