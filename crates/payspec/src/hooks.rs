//! What the generated clients call around every request.
//!
//! There is one path. `.await` on an operation builder (the `IntoFuture` impl the xtask adds to
//! progenitor's output) runs progenitor's own `send()` inside a call span (`hooks/trace.rs`),
//! and `send()` calls the provider crate's `ClientHooks`, which delegate here:
//!
//! 1. `pre` (`hooks/prepare.rs`): the operation's required-parameter groups, the provider's
//!    own checks, the timeout, the credentials;
//! 2. `exec` (`hooks/transport.rs`, `hooks/retry.rs`): sends the request (repeated only when
//!    the operation is safe to repeat, or once with a fresh session credential), reads the
//!    body once up to the size limit, and judges the answer (`hooks/verdict.rs`): a refusal, a
//!    body too large, a redirect, an unexpected status or a success answer in no documented
//!    shape (`hooks/shape.rs`) gets a verdict;
//!    `exec` also removes the client's secrets from what can only become an error: the headers
//!    and the reported body of an answer with a verdict (a 2xx status the operation does not
//!    declare gets one), a success body that is not well-formed JSON (no type decodes it;
//!    progenitor's `InvalidResponsePayload` would quote it), and a well-formed one that echoes a
//!    secret and does not decode as the operation's type (`hooks/echo.rs`). A success body that
//!    decodes and its headers are the caller's data and stay as received;
//! 3. `post` (`hooks/verdict.rs`): stops an answer with a verdict before `send()` decodes it,
//!    as an unexpected response whose headers and body are the redacted ones;
//! 4. `finish` (`hooks/finish.rs`): maps `send()`'s result once onto [`Error`](crate::Error),
//!    secrets removed (`hooks/redact.rs`); a decode error names the member at fault.
//!
//! `.send()` remains available as the raw progenitor result of the same hooks. The
//! provider-specific parts (how credentials go on the request, what an error envelope looks
//! like) come from the client's inner value through the [`Provider`] trait; [`JsonKey`] and
//! [`envelope_messages`] help a provider read its envelopes.

use std::fmt;
use std::future::Future;

use reqwest::StatusCode;

mod echo;
mod finish;
mod json;
mod prepare;
mod redact;
mod retry;
mod shape;
mod trace;
mod transport;
mod verdict;

#[doc(hidden)]
pub use echo::echoes_undecodable;
#[doc(hidden)]
pub use finish::{explain, finish};
pub use json::{JsonKey, Scalar, envelope_messages};
#[doc(hidden)]
pub use prepare::pre;
pub use redact::{contains as contains_secret, excerpt, redact};
pub use shape::{Scanned, scan};
pub use trace::CALL_SPAN;
#[doc(hidden)]
pub use trace::{Call, call};
#[doc(hidden)]
pub use transport::exec;
pub use transport::{Body, read_body};
#[doc(hidden)]
pub use verdict::post;

/// How many bytes of a body an error message quotes.
pub const EXCERPT_BYTES: usize = 512;

/// The provider-specific half of a client: what the generated client carries as its inner value.
pub trait Provider: Clone + fmt::Debug + Send + Sync + 'static {
    /// Short provider name used in errors and logs, e.g. `"onebox"`.
    const NAME: &'static str;

    /// The operation ids that are safe to repeat (`x-idempotent: true` in the spec; the
    /// generated `IDEMPOTENT` table). Only these are retried under a
    /// [`RetryPolicy`](crate::RetryPolicy).
    const IDEMPOTENT: &'static [&'static str];

    /// The operations that need at least one parameter of each group set
    /// (`x-require-one-of` in the spec; the generated `REQUIRE_ONE_OF` table): a call without
    /// one is refused with [`Error::InvalidRequest`](crate::Error::InvalidRequest) before it is sent.
    const REQUIRE_ONE_OF: &'static [(&'static str, &'static [&'static [&'static str]])] = &[];

    /// The members each operation's success answer may carry (the generated `SUCCESS_MEMBERS`
    /// table, from the spec's `200` schemas): a 2xx answer no classifier refused, in no shape
    /// its operation's row allows, is [`Error::Decode`](crate::Error::Decode) instead of an
    /// empty success (see [`SuccessMembers`](crate::envelope::SuccessMembers)). An operation
    /// without a row is not checked.
    const SUCCESS_MEMBERS: &'static [crate::envelope::SuccessMembers] = &[];

    /// What progenitor's `send()` of each operation does with an answer (the generated
    /// `ANSWERS` table, sorted by operation): the statuses it declares and how it decodes the
    /// success. A 2xx status an operation does not declare gets a verdict (its headers and body
    /// redacted for the raw `.send()` caller); a 2xx JSON answer that echoes a secret and would
    /// not decode is redacted before `send()` quotes it; a decode error names the member at
    /// fault. An operation without a row is taken as declaring every status and is not decoded
    /// ahead.
    const ANSWERS: &'static [Answers] = &[];

    /// How decoding each operation's success answer allocates (the generated `DECODE_COSTS`
    /// table, from the success types): a 2xx JSON answer whose decoding would allocate more
    /// than [`DECODE_BUDGET`](crate::envelope::DECODE_BUDGET) allows is
    /// [`Error::Decode`](crate::Error::Decode) before it is decoded. An operation without a
    /// row is estimated at its body's size only.
    const DECODE_COSTS: &'static [(&'static str, &'static crate::envelope::Cost)] = &[];

    /// Puts the credentials (and any signature) on the request; may fetch a session token
    /// first. An [`AuthError`] stops the call (see its variants for how each is reported).
    fn authenticate(
        &self,
        request: &mut reqwest::Request,
        operation: &'static str,
    ) -> impl Future<Output = Result<(), AuthError>> + Send;

    /// Checks the request before anything is sent (sums that must add up, say). An `Err`
    /// stops the call with [`Error::InvalidRequest`](crate::Error::InvalidRequest) carrying the message.
    fn validate(&self, _request: &reqwest::Request, _operation: &'static str) -> Result<(), String> {
        Ok(())
    }

    /// The timeout `request` needs when the call's own is `timeout` (a long poll that waits on
    /// the server needs that wait on top, say). The default keeps `timeout`.
    fn timeout(&self, _request: &reqwest::Request, timeout: std::time::Duration) -> std::time::Duration {
        timeout
    }

    /// Whether this answer says that a cached session credential (a token the client fetched
    /// itself) went stale. When it does, [`exec`] calls [`Provider::invalidate`], authenticates
    /// a copy of the request again and sends it once more; the second answer is final.
    fn is_stale(&self, _status: StatusCode, _body: &[u8]) -> bool {
        false
    }

    /// Forgets the session credential that `request` carried, so the next
    /// [`Provider::authenticate`] fetches a fresh one.
    fn invalidate(&self, _request: &reqwest::Request) -> impl Future<Output = ()> + Send {
        async {}
    }

    /// Whether `request` carries a session credential that [`Provider::is_stale`] may reject;
    /// only such requests are copied for the retry.
    fn has_session(&self, _request: &reqwest::Request) -> bool {
        false
    }

    /// Recognises a refusal in a response (an error envelope at HTTP 200, a documented error
    /// body at 4xx). `None` lets the response through to typed decoding; HTTP 401 and 403
    /// without a recognised body become [`Error::Authentication`](crate::Error::Authentication) anyway.
    fn classify(&self, status: StatusCode, body: &[u8]) -> Option<Rejection>;

    /// The secrets to scrub from any text that ends up in an error.
    fn secrets(&self) -> Vec<String>;
}

/// One operation's row of [`Provider::ANSWERS`]: what progenitor's `send()` does with an
/// answer, read from `send()` itself by the xtask.
#[derive(Clone, Copy, Debug)]
pub struct Answers {
    /// The operation id.
    pub operation: &'static str,
    /// The statuses `send()` declares (inclusive ranges: `(200, 200)`, `(400, 499)`): a success
    /// or a declared error body. Any other status is progenitor's `UnexpectedResponse`.
    pub statuses: &'static [(u16, u16)],
    /// How `send()` decodes a success as JSON; `None` when it does not (a byte stream).
    pub json: Option<Decoder>,
}

impl Answers {
    /// The row of `operation` in `table` (sorted by operation, as generated).
    pub fn find(table: &'static [Answers], operation: &str) -> Option<&'static Answers> {
        table
            .binary_search_by(|row| row.operation.cmp(operation))
            .ok()
            .map(|at| &table[at])
    }

    /// Whether `send()` declares `status`.
    pub fn declares(&self, status: u16) -> bool {
        self.statuses
            .iter()
            .any(|&(low, high)| (low..=high).contains(&status))
    }
}

/// An operation's typed decoding of its success answer, as two plain functions (so that a
/// table of them is a constant): see [`Decoder::of`].
#[derive(Clone, Copy)]
pub struct Decoder {
    /// Whether the body decodes as the operation's success type, exactly as `send()` decodes it
    /// (`serde_json::from_slice`).
    pub decodes: fn(&[u8]) -> bool,
    /// Why the body does not decode, naming the member at fault (`payment.amount: ...`);
    /// `None` when it does ([`explain`]).
    pub explain: fn(&[u8]) -> Option<String>,
}

impl Decoder {
    /// The decoder of type `T`.
    pub const fn of<T: serde::de::DeserializeOwned>() -> Self {
        Decoder {
            decodes: decodes::<T>,
            explain: explain::<T>,
        }
    }
}

impl fmt::Debug for Decoder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Decoder")
    }
}

fn decodes<T: serde::de::DeserializeOwned>(body: &[u8]) -> bool {
    serde_json::from_slice::<T>(body).is_ok()
}

/// Why [`Provider::authenticate`] could not put credentials on a request.
#[derive(Debug)]
pub enum AuthError {
    /// The request cannot be authenticated as built (a missing salt, say):
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest).
    Invalid(String),
    /// Fetching a session credential failed in transport: [`Error::Transport`](crate::Error::Transport) or
    /// [`Error::Timeout`](crate::Error::Timeout).
    Transport(reqwest::Error),
    /// The server refused to hand out a session credential: its answer is classified like the
    /// call's own ([`Error::Authentication`](crate::Error::Authentication) for 401 or a login page, [`Error::Status`](crate::Error::Status) for a 502).
    /// A body over the client's limit is [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge).
    Answer {
        /// The HTTP status.
        status: StatusCode,
        /// The headers.
        headers: reqwest::header::HeaderMap,
        /// The body, as far as it was read ([`read_body`]).
        body: Body,
    },
}

impl From<String> for AuthError {
    fn from(message: String) -> Self {
        AuthError::Invalid(message)
    }
}

impl From<&str> for AuthError {
    fn from(message: &str) -> Self {
        AuthError::Invalid(message.to_owned())
    }
}

/// What [`Provider::classify`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    /// Whether the credentials were the problem.
    pub kind: RejectionKind,
    /// The provider's error code, if any.
    pub code: Option<String>,
    /// The provider's messages.
    pub messages: Vec<String>,
}

/// See [`Rejection`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RejectionKind {
    /// Bad or missing credentials, or too low an access level.
    Authentication,
    /// Any other refusal.
    Provider,
}
