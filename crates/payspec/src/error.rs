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
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The provider rejected the credentials (HTTP 401/403 or its bad-credentials envelope).
    #[error(
        "{0}: the credentials were rejected or lack access; check the credentials the client was built with and the account's access level"
    )]
    Authentication(ProviderError),
    /// The provider refused the call and said why.
    #[error("{0}")]
    Provider(ProviderError),
    /// The provider answered with an HTTP status the spec does not document.
    #[error("{provider} {operation}: unexpected HTTP status {status}: {excerpt}")]
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
    #[error("{provider} {operation}: could not decode the response ({message}); body starts: {excerpt}")]
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
    #[error("{provider} {operation}: request failed: {source}; check the base URL and the network")]
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
    #[error("{provider} {operation}: timed out; retry later or raise the client's timeout")]
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
    #[error("{provider} {operation}: invalid request: {message}")]
    InvalidRequest {
        /// The provider.
        provider: &'static str,
        /// The operation id.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
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
            | Error::InvalidRequest { operation, .. } => operation,
        }
    }
}
