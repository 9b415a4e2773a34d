//! Rust client for the OneBox (1b.app) CRM payment API v1, generated from `specs/onebox.yaml`.
//!
//! Every call is a GET with the account's `login` and the md5 of its password in the query;
//! the client adds them, the caller never passes them. A refusal (`{"status":"fail",...}` at
//! HTTP 200, or any other `status` but `ok`) comes back as [`payspec::Error::Provider`] (the
//! spec's `x-envelope`, generated as [`ENVELOPE`]), never as a value to inspect; an object in no
//! documented shape of the operation's success (`{"unexpected": [...]}`, or `{}` where the
//! success is an object) is [`payspec::Error::Decode`], as for every provider ([`SUCCESS_MEMBERS`]).
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

#[doc(hidden)]
pub use generated::{
    CREDENTIAL_LOGIN, CREDENTIAL_PASSWORD, CREDENTIALS, ENVELOPE, OPERATIONS, PRE_SEND_CHECKS, SERVERS,
    SUCCESS_MEMBERS, TOKEN_ENDPOINT, decode_response, known_codes,
};
pub use generated::{Client, IDEMPOTENT, builder, types};
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

impl payspec::Provider for Inner {
    const NAME: &'static str = "onebox";
    const IDEMPOTENT: &'static [&'static str] = IDEMPOTENT;
    const SUCCESS_MEMBERS: &'static [payspec::envelope::SuccessMembers] = generated::SUCCESS_MEMBERS;
    const ANSWERS: &'static [payspec::hooks::Answers] = generated::ANSWERS;
    const DECODE_COSTS: &'static [(&'static str, &'static payspec::envelope::Cost)] = generated::DECODE_COSTS;
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
            &[
                (CREDENTIAL_LOGIN.name, c.login()),
                (CREDENTIAL_PASSWORD.name, c.password_md5_hex()),
            ],
        );
        Ok(())
    }

    fn classify(&self, status: reqwest::StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        // Everything OneBox needs is in the spec's table: any `status` but `ok` is a refusal.
        // An object in no documented shape is no refusal: the shape check makes it a decode error.
        ENVELOPE.recognise(status, body)
    }

    fn secrets(&self) -> Vec<String> {
        vec![self.credentials.password_md5_hex().to_owned()]
    }
}

payspec::impl_client_hooks!(Client, Inner);
