//! The result of progenitor's `send()` mapped once onto payspec's [`Error`] (`finish`): what
//! `.await` on an operation builder gives. A decode error names the member at fault
//! ([`explain`]).

use std::fmt;

use progenitor_client::{Error as RawError, ResponseValue};

use super::redact::{excerpt, redact};
use super::verdict::Verdict;
use super::{Answers, Provider};
use crate::config::Context;
use crate::error::Error;

/// Maps the result of progenitor's `send()` onto payspec's [`Error`] and unwraps the value: the
/// last step of every `.await` on an operation builder.
#[doc(hidden)]
pub async fn finish<P: Provider, T, E: fmt::Debug>(
    context: &Context<P>,
    operation: &'static str,
    result: Result<ResponseValue<T>, RawError<E>>,
) -> Result<T, Error> {
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(err) => Err(error(context, operation, err).await),
    }
}

async fn error<P: Provider, E: fmt::Debug>(
    context: &Context<P>,
    operation: &'static str,
    err: RawError<E>,
) -> Error {
    let name = P::NAME;
    let secrets = context.provider().secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    match err {
        // A missing or unconvertible argument, a body that does not serialise, a check of the
        // hooks before sending.
        RawError::InvalidRequest(message) | RawError::Custom(message) => Error::InvalidRequest {
            provider: name,
            operation,
            message: redact(&message, &secrets),
        },
        RawError::CommunicationError(e) | RawError::InvalidUpgrade(e) | RawError::ResponseBodyError(e) => {
            transport(name, operation, e)
        }
        // serde_json's message gives a line and column only: decoded once more, the body says
        // which member failed.
        RawError::InvalidResponsePayload(body, e) => Error::Decode {
            provider: name,
            operation,
            message: redact(
                &Answers::find(P::ANSWERS, operation)
                    .and_then(|row| row.json)
                    .and_then(|decoder| (decoder.explain)(&body))
                    .unwrap_or_else(|| e.to_string()),
                &secrets,
            ),
            excerpt: excerpt(&body, &secrets),
        },
        // A declared error body: the hooks give every answer that is not a success a verdict
        // first, so this is not reached; mapped all the same.
        RawError::ErrorResponse(value) => Error::Status {
            provider: name,
            operation,
            status: value.status().as_u16(),
            excerpt: excerpt(format!("{:?}", value.into_inner()).as_bytes(), &secrets),
        },
        RawError::UnexpectedResponse(mut response) => {
            let status = response.status().as_u16();
            match response.extensions_mut().remove::<Verdict>() {
                Some(verdict) => verdict.into_error(name, operation, status),
                // A 2xx status the spec does not declare: reported with its body.
                None => match response.bytes().await {
                    Ok(body) => Error::Status {
                        provider: name,
                        operation,
                        status,
                        excerpt: excerpt(&body, &secrets),
                    },
                    Err(e) => transport(name, operation, e),
                },
            }
        }
    }
}

/// The longest path [`explain`] shows (a member name is the server's text).
const PATH_BYTES: usize = 200;

/// Why `body` does not decode as `T`, the way `send()` decodes it (`serde_json::from_slice`),
/// with the path of the member at fault in front of serde_json's message:
/// `invoice.order.amount: invalid type: floating point ..., expected i64 at line 1 column 80`
/// (an item of a list as `payments[0].amount`). A failure of the answer as a whole (not JSON,
/// trailing text) has no path. `None` when the body decodes.
#[doc(hidden)]
pub fn explain<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<String> {
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => de.end().err().map(|e| e.to_string()),
        Err(e) => {
            let unknown = e
                .path()
                .iter()
                .all(|s| matches!(s, serde_path_to_error::Segment::Unknown));
            let path = e.path().to_string();
            let inner = e.into_inner();
            if unknown {
                return Some(inner.to_string());
            }
            Some(format!(
                "{}: {inner}",
                super::redact::truncate(&path, PATH_BYTES, path.len())
            ))
        }
    }
}

fn transport(provider: &'static str, operation: &'static str, e: reqwest::Error) -> Error {
    let source = e.without_url();
    if source.is_timeout() {
        Error::Timeout {
            provider,
            operation,
            source,
        }
    } else {
        Error::Transport {
            provider,
            operation,
            source,
        }
    }
}
