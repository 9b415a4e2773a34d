//! The one error type every provider client returns.

use std::fmt;

/// What a provider said when it refused a call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProviderError {
    /// The provider, e.g. `onebox`.
    pub provider: &'static str,
    /// The operation id from the spec, e.g. `payment_add`.
    pub operation: &'static str,
    /// The HTTP status the refusal came with (often 200 for envelope errors).
    pub status: u16,
    /// The provider's error code, when it sends one.
    pub code: Option<String>,
    /// The provider's messages, in the order it sent them.
    pub messages: Vec<String>,
    /// The start of the response body, with the client's secrets removed.
    pub raw: String,
}

impl ProviderError {
    /// The messages joined with `"; "`.
    pub fn message(&self) -> String {
        self.messages.join("; ")
    }
}

impl fmt::Display for ProviderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: ", self.provider, self.operation)?;
        if let Some(code) = &self.code {
            write!(f, "[{code}] ")?;
        }
        if self.messages.is_empty() {
            write!(f, "the provider refused the call (HTTP {})", self.status)
        } else {
            write!(f, "{}", self.message())
        }
    }
}

/// Every way a payspec call can fail.
///
/// `Display` says what happened and what to do about it; no variant ever carries a credential
/// (URLs are stripped from transport errors because some providers put credentials in the
/// query, and body excerpts are scrubbed of the client's secrets).
///
/// ```
/// # fn handle(err: payspec::Error) {
/// match err {
///     payspec::Error::Provider(refusal) => eprintln!("refused: {:?} {}", refusal.code, refusal.message()),
///     payspec::Error::Authentication(_) => eprintln!("fix the credentials: {err}"),
///     other if other.is_transient() => eprintln!("try again later: {other}"),
///     other => eprintln!("{other}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The provider rejected the credentials (HTTP 401/403 or its bad-credentials envelope).
    #[error(
        "{0}: the credentials were rejected or lack access; check the credentials the client was built with and the account's access level"
    )]
    Authentication(ProviderError),
    /// The provider refused the call and said why. The call was not carried out.
    #[error("{0}")]
    Provider(ProviderError),
    /// The provider answered with an HTTP status the spec does not document.
    #[error("{provider} {operation}: unexpected HTTP status {status}{}: {excerpt}", status_hint(*.status))]
    Status {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The start of the body, secrets removed.
        excerpt: String,
    },
    /// The answer did not match the documented shape.
    #[error(
        "{provider} {operation}: could not decode the response ({message}); the provider's answer differs from specs/{provider}.yaml, please report it with this message; body starts: {excerpt}"
    )]
    Decode {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// What did not match.
        message: String,
        /// The start of the body, secrets removed.
        excerpt: String,
    },
    /// The request never got an answer: connection, TLS or I/O failure.
    #[error(
        "{provider} {operation}: request failed: {source}; check the base URL and the network (the call may or may not have reached the provider)"
    )]
    Transport {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The underlying error (its URL removed).
        #[source]
        source: reqwest::Error,
    },
    /// The request timed out.
    #[error(
        "{provider} {operation}: timed out (the call may or may not have reached the provider); retry later or raise the client's timeout (Config::timeout, Client::with_timeout)"
    )]
    Timeout {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The underlying error (its URL removed).
        #[source]
        source: reqwest::Error,
    },
    /// The client refused to send the request: a missing or invalid argument.
    #[error("{provider} {operation}: invalid request, nothing was sent: {message}")]
    InvalidRequest {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
    /// The response body was larger than [`Config::max_response_bytes`](crate::Config); it was
    /// not read to its end.
    #[error(
        "{provider} {operation}: the response (HTTP {status}) is larger than the client's limit of {limit} bytes; raise Config::max_response_bytes if the answer is legitimate (or ask for smaller pages)"
    )]
    ResponseTooLarge {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The HTTP status of the answer.
        status: u16,
        /// The limit in bytes.
        limit: usize,
    },
    /// The provider redirected to another host, which the client does not follow so that
    /// credentials never leave the configured host.
    #[error(
        "{provider} {operation}: HTTP {status} redirect to {} not followed: credentials are only sent to the configured host; check the base URL", .location.as_deref().unwrap_or("an unnamed location")
    )]
    Redirect {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The HTTP status (301, 302, 303, 307, 308).
        status: u16,
        /// The scheme and host of the `Location` (never its path or query).
        location: Option<String>,
    },
    /// A list's stream got the same page twice in a row: the server ignores the paging
    /// parameter (or repeats its last page). The stream stopped instead of looping.
    #[error(
        "{provider} {operation}: page {page} repeats the page before it: the server ignores the paging parameter; stopped instead of asking for the same page again"
    )]
    RepeatedPage {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// The paging parameter (page number or offset) of the repeated page.
        page: i64,
    },
}

fn status_hint(status: u16) -> &'static str {
    match status {
        429 => " (rate limited: slow down and retry later)",
        500..=599 => {
            " (a server-side failure: retry later; check whether the call went through before repeating one that moves money)"
        }
        400..=499 => " (the provider did not accept the request)",
        300..=399 => " (an unexpected redirect)",
        _ => "",
    }
}

impl Error {
    /// The provider's refusal, for [`Error::Authentication`] and [`Error::Provider`].
    pub fn provider_error(&self) -> Option<&ProviderError> {
        match self {
            Error::Authentication(e) | Error::Provider(e) => Some(e),
            _ => None,
        }
    }

    /// The operation id the error belongs to.
    pub fn operation(&self) -> &'static str {
        match self {
            Error::Authentication(e) | Error::Provider(e) => e.operation,
            Error::Status { operation, .. }
            | Error::Decode { operation, .. }
            | Error::Transport { operation, .. }
            | Error::Timeout { operation, .. }
            | Error::InvalidRequest { operation, .. }
            | Error::ResponseTooLarge { operation, .. }
            | Error::Redirect { operation, .. }
            | Error::RepeatedPage { operation, .. } => operation,
        }
    }

    /// The provider the error belongs to.
    pub fn provider(&self) -> &'static str {
        match self {
            Error::Authentication(e) | Error::Provider(e) => e.provider,
            Error::Status { provider, .. }
            | Error::Decode { provider, .. }
            | Error::Transport { provider, .. }
            | Error::Timeout { provider, .. }
            | Error::InvalidRequest { provider, .. }
            | Error::ResponseTooLarge { provider, .. }
            | Error::Redirect { provider, .. }
            | Error::RepeatedPage { provider, .. } => provider,
        }
    }

    /// The HTTP status of the answer, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Authentication(e) | Error::Provider(e) => Some(e.status),
            Error::Status { status, .. }
            | Error::ResponseTooLarge { status, .. }
            | Error::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether the same call may succeed later unchanged: a transport failure, a timeout, or
    /// HTTP 429/502/503/504. Before repeating a call that creates or moves money, find out
    /// whether the first one went through.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Status { status, .. } => matches!(status, 429 | 502 | 503 | 504),
            _ => false,
        }
    }

    /// A short name of the variant (`"provider"`, `"timeout"`, ...), as logged in a call's
    /// `outcome`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Authentication(_) => "authentication",
            Error::Provider(_) => "provider",
            Error::Status { .. } => "status",
            Error::Decode { .. } => "decode",
            Error::Transport { .. } => "transport",
            Error::Timeout { .. } => "timeout",
            Error::InvalidRequest { .. } => "invalid_request",
            Error::ResponseTooLarge { .. } => "response_too_large",
            Error::Redirect { .. } => "redirect",
            Error::RepeatedPage { .. } => "repeated_page",
        }
    }
}
