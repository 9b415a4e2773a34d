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
//! Callbacks: [`verify_callback`] checks the `signature` of a payment notification and decodes it.
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
pub use payspec::webhook::WebhookError;
pub use payspec::{BodyCredentials as Credentials, Config, Error, ProviderError, RetryPolicy};

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
pub fn verify_callback(
    body: &[u8],
    credentials: &Credentials,
) -> Result<types::InvoiceCallback, WebhookError> {
    payspec::webhook::verify_crystalpay_callback(body, credentials)
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
