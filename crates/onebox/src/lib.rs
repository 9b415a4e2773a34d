//! Rust client for the OneBox (1b.app) CRM payment API v1, generated from `specs/onebox.yaml`.
//!
//! Every call is a GET with the account's `login` and the md5 of its password in the query;
//! the client adds them, the caller never passes them. A refusal (`{"status":"fail",...}` at
//! HTTP 200) comes back as [`payspec::Error`], never as a value to inspect.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use payspec_onebox::{Client, Credentials};
//!
//! let client = Client::with_credentials(
//!     "https://mybox.1b.app",
//!     Credentials::from_password("api-user", "password")?,
//! )?;
//! let added = client.payment_add().sum("322.50").currencyname("UAH").accountid(1).await?;
//! println!("payment id: {:?}", added.message);
//! for payment in client.payment_get().part(1).await? {
//!     println!("{:?} {:?}", payment.id, payment.amount);
//! }
//! # Ok(()) }
//! ```
//!
//! # Timeouts, retries, limits
//!
//! [`Client::with_config`] takes a [`Config`]: timeouts (15 s connect, 30 s per call by
//! default), a [`RetryPolicy`] (none by default), the response size limit (4 MiB). Under a
//! retry policy only the reads (`payment_get`, `payment_probation_get`, the balances) are
//! repeated. OneBox adds, edits and deletes payments with GET, and those calls are never
//! repeated: to resend `payment_add` safely yourself, give it your own `code1c`, which OneBox
//! refuses to reuse (`PaymentCode1c exists`). [`IDEMPOTENT`] lists every operation with what
//! to do after an uncertain failure. Redirects are followed on the same host only, so the
//! `login` and `password` query parameters never go elsewhere.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[rustfmt::skip]
mod generated;

pub use generated::{Client, IDEMPOTENT, builder, types};
#[doc(hidden)]
pub use generated::{OPERATIONS, decode_response};
pub use payspec::{Config, Error, Md5Credentials as Credentials, ProviderError, RetryPolicy};

/// The `User-Agent` sent unless [`Config::user_agent`] says otherwise.
pub const DEFAULT_USER_AGENT: &str = concat!("payspec-onebox/", env!("CARGO_PKG_VERSION"));

/// The value the generated [`Client`] carries: the account's credentials.
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
    /// A client for the account at `base_url` (scheme and host, e.g. `https://mybox.1b.app`;
    /// a trailing `/` is ignored) with the default [`Config`].
    pub fn with_credentials(base_url: &str, credentials: Credentials) -> Result<Self, reqwest::Error> {
        Self::with_config(base_url, credentials, Config::default())
    }

    /// Like [`Client::with_credentials`], with timeouts, retries and limits from `config`.
    /// Redirects are followed on the same host only: the query credentials never go elsewhere.
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

/// The messages the spec (`x-known-messages`) documents as credential or access problems.
const AUTH_MESSAGES: &[&str] = &[
    "login_empty",
    "password_empty",
    "Login or password not correct!",
    "Bad user level!",
    "Login is empty!",
    "Password is empty!",
];

impl payspec::Provider for Inner {
    const NAME: &'static str = "onebox";
    const IDEMPOTENT: &'static [&'static str] = IDEMPOTENT;
    const REQUIRE_ONE_OF: &'static [(&'static str, &'static [&'static [&'static str]])] =
        generated::REQUIRE_ONE_OF;

    async fn authenticate(
        &self,
        request: &mut reqwest::Request,
        _operation: &'static str,
    ) -> Result<(), payspec::AuthError> {
        let c = &self.credentials;
        payspec::auth::set_query_pairs(
            request,
            &[("login", c.login()), ("password", c.password_md5_hex())],
        );
        Ok(())
    }

    fn classify(&self, _status: reqwest::StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        #[derive(serde::Deserialize)]
        struct Envelope {
            status: Option<payspec::Text>,
            message: Option<serde_json::Value>,
        }
        // The envelope is an object; a list (what the payment lists answer) never is one.
        if body.trim_ascii_start().first() != Some(&b'{') {
            return None;
        }
        let envelope: Envelope = serde_json::from_slice(body).ok()?;
        let status = envelope.status?;
        if !["fail", "error"]
            .iter()
            .any(|f| status.trim().eq_ignore_ascii_case(f))
        {
            return None;
        }
        let messages = envelope
            .message
            .as_ref()
            .map(payspec::hooks::envelope_messages)
            .unwrap_or_default();
        let kind = if messages.iter().any(|m| AUTH_MESSAGES.contains(&m.trim())) {
            payspec::RejectionKind::Authentication
        } else {
            payspec::RejectionKind::Provider
        };
        Some(payspec::Rejection {
            kind,
            code: None,
            messages,
        })
    }

    fn secrets(&self) -> Vec<String> {
        vec![self.credentials.password_md5_hex().to_owned()]
    }
}

payspec::impl_client_hooks!(Client, Inner);
