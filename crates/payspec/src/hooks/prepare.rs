//! Before a request is sent (`ClientHooks::pre`): the required-parameter groups, the
//! provider's own checks, the timeout, the credentials.

use progenitor_client::{Error as RawError, OperationInfo};

use super::trace::current_call_span;
use super::transport::Answer;
use super::verdict::{judge, report_copy};
use super::{AuthError, Provider};
use crate::config::Context;

/// `ClientHooks::pre`: checks the request (the operation's `x-require-one-of` groups, then
/// [`Provider::validate`]), sets its timeout and applies the provider's credentials. A session
/// credential the server refused to hand out becomes an answer with its verdict, like the
/// call's own answer would.
#[doc(hidden)]
pub async fn pre<P: Provider, E>(
    context: &Context<P>,
    request: &mut reqwest::Request,
    info: &OperationInfo,
) -> Result<(), RawError<E>> {
    let operation = info.operation_id;
    let provider = context.provider();
    // Recorded here too, so that a call refused before it is sent has them.
    let span = current_call_span();
    if let Some(span) = &span {
        span.record("method", request.method().as_str());
        span.record("path", request.url().path());
    }
    required_groups::<P>(request, operation).map_err(RawError::InvalidRequest)?;
    provider
        .validate(request, operation)
        .map_err(RawError::InvalidRequest)?;
    let timeout = provider.timeout(request, context.timeout());
    if timeout != context.timeout() || context.request_timeout().is_some() {
        *request.timeout_mut() = Some(timeout);
    }
    match provider.authenticate(request, operation).await {
        Ok(()) => Ok(()),
        Err(AuthError::Invalid(message)) => Err(RawError::InvalidRequest(message)),
        Err(AuthError::Transport(e)) => Err(RawError::CommunicationError(e.without_url())),
        Err(AuthError::Answer {
            status,
            headers,
            body,
        }) => {
            if let Some(span) = &span {
                span.record("status", status.as_u16());
            }
            let answer = Answer {
                status,
                version: http::Version::HTTP_11,
                headers,
                body,
            };
            // As `post` reports a call's own answer: secrets removed from the copy.
            let response = judge(provider, operation, answer);
            Err(RawError::UnexpectedResponse(
                report_copy(&response).unwrap_or(response),
            ))
        }
    }
}

/// Each of the operation's [`Provider::REQUIRE_ONE_OF`] groups needs one of its names set: as a
/// query parameter, or as a member of a JSON object body that is not `null`.
fn required_groups<P: Provider>(request: &reqwest::Request, operation: &str) -> Result<(), String> {
    let Some((_, groups)) = P::REQUIRE_ONE_OF.iter().find(|(op, _)| *op == operation) else {
        return Ok(());
    };
    let body: Option<serde_json::Map<String, serde_json::Value>> = request
        .body()
        .and_then(reqwest::Body::as_bytes)
        .and_then(|b| serde_json::from_slice(b).ok());
    let set = |name: &str| {
        request.url().query_pairs().any(|(k, _)| k == name)
            || body
                .as_ref()
                .is_some_and(|b| b.get(name).is_some_and(|v| !v.is_null()))
    };
    match groups.iter().find(|group| !group.iter().any(|name| set(name))) {
        Some(group) => Err(format!("set at least one of: {}", group.join(", "))),
        None => Ok(()),
    }
}
