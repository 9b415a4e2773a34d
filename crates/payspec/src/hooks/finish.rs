//! The result of progenitor's `send()` mapped once onto payspec's [`Error`] (`finish`): what
//! `.await` on an operation builder gives.

use std::fmt;

use progenitor_client::{Error as RawError, ResponseValue};

use super::Provider;
use super::redact::{excerpt, redact};
use super::verdict::Verdict;
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
        RawError::InvalidResponsePayload(body, e) => Error::Decode {
            provider: name,
            operation,
            message: redact(&e.to_string(), &secrets),
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
