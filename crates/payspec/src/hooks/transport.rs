//! Sending a request and reading its answer (`ClientHooks::exec`): the body read once, up to the
//! client's size limit; transport errors without their URL.

use std::future::Future;
use std::time::Instant;

use bytes::Bytes;
use progenitor_client::OperationInfo;
use reqwest::StatusCode;
use tracing::Instrument as _;

use super::Provider;
use super::redact::excerpt;
use super::trace::{call_span, current_call_span, millis, traced};
use super::verdict::judge_decoded;
use crate::config::Context;

/// A body read up to the client's limit.
#[derive(Debug)]
pub enum Body {
    /// The whole body.
    Read(Bytes),
    /// The body was longer than the limit (bytes); the rest was not read.
    TooLarge(usize),
}

/// Reads a response's body, but no more than `limit` bytes: a `Content-Length` over the limit
/// is refused before reading, and a body that grows past it is dropped.
pub async fn read_body(mut response: reqwest::Response, limit: usize) -> reqwest::Result<Body> {
    read_body_of(&mut response, limit).await
}

/// [`read_body`] on a borrowed response (so that a caller's future holds it once).
pub(super) async fn read_body_of(response: &mut reqwest::Response, limit: usize) -> reqwest::Result<Body> {
    if response
        .content_length()
        .is_some_and(|n| n > u64::try_from(limit).unwrap_or(u64::MAX))
    {
        return Ok(Body::TooLarge(limit));
    }
    let capacity = response
        .content_length()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
        .min(limit);
    // Most bodies arrive in one chunk: keep it as it is, and copy only when a second comes.
    let Some(first) = response.chunk().await? else {
        return Ok(Body::Read(Bytes::new()));
    };
    if first.len() > limit {
        return Ok(Body::TooLarge(limit));
    }
    let Some(second) = response.chunk().await? else {
        return Ok(Body::Read(first));
    };
    let mut body = bytes::BytesMut::with_capacity(capacity.max(first.len() + second.len()));
    body.extend_from_slice(&first);
    let mut next = Some(second);
    while let Some(chunk) = next {
        if body.len() + chunk.len() > limit {
            return Ok(Body::TooLarge(limit));
        }
        body.extend_from_slice(&chunk);
        next = response.chunk().await?;
    }
    Ok(Body::Read(body.freeze()))
}

/// An answer whose body was read (or found too large).
pub(super) struct Answer {
    pub(super) status: StatusCode,
    pub(super) version: http::Version,
    pub(super) headers: reqwest::header::HeaderMap,
    pub(super) body: Body,
}

/// `ClientHooks::exec`: sends the request (repeating it under the client's
/// [`RetryPolicy`](crate::RetryPolicy) when the operation is safe to repeat), reads the body
/// once up to the size limit, and judges the answer (a verdict for `post` to stop it with; a
/// success answer is read once more, before it is decoded, for its shape, for what decoding
/// it would cost and whether it is JSON at all: `hooks/shape.rs`).
/// Transport errors lose their URL, which may carry query credentials.
#[doc(hidden)]
pub async fn exec<P: Provider>(
    http: &reqwest::Client,
    context: &Context<P>,
    request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    // A raw `.send()` (not awaited through `IntoFuture`) has no call span yet: give it one,
    // with the method and path that `pre` records in a call's span, and its latency (its
    // outcome is known only to the caller).
    let (span, own) = match current_call_span() {
        Some(span) => (span, false),
        None => {
            let span = call_span(P::NAME, info.operation_id);
            span.record("method", request.method().as_str());
            span.record("path", request.url().path());
            (span, true)
        }
    };
    let start = Instant::now();
    let decodes_json = request
        .headers()
        .get(reqwest::header::ACCEPT)
        .is_some_and(|v| v.as_bytes() == b"application/json");
    let provider = context.provider();
    let result = exchange(http, context, request, info.operation_id)
        .instrument(span.clone())
        .await
        .map(|answer| judge_decoded(provider, info.operation_id, answer, decodes_json));
    if own {
        span.record("latency_ms", millis(start));
    }
    result
}

/// Sends a prepared request (with retries and the stale-session repeat) and reads its answer.
///
/// The request is handed to reqwest (or to the boxed repeating path) before the returned
/// future starts, so that the future does not hold it: the future of a call stays small.
fn exchange<'a, P: Provider>(
    http: &'a reqwest::Client,
    context: &'a Context<P>,
    request: reqwest::Request,
    operation: &'static str,
) -> impl Future<Output = reqwest::Result<Answer>> + Send + 'a {
    let provider = context.provider();
    let limit = context.config().max_response_bytes;
    let retried = context.config().retry.max_retries > 0 && P::IDEMPOTENT.contains(&operation);
    let session = provider.has_session(&request);
    enum Sending<O, R> {
        Once(O),
        Repeating(R),
    }
    let sending = if !retried && !session {
        // The common case: sent once, nothing kept for a repeat.
        Sending::Once(http.execute(request))
    } else {
        Sending::Repeating(Box::pin(super::retry::send_repeating(
            http, context, request, operation, session,
        )))
    };
    async move {
        let answer = match sending {
            Sending::Once(pending) => {
                let answer = receive(pending, limit).await?;
                if traced() {
                    tracing::Span::current().record("attempts", 1);
                }
                answer
            }
            Sending::Repeating(repeating) => repeating.await?,
        };
        if traced() {
            tracing::Span::current().record("status", answer.status.as_u16());
        }
        tracing::debug!(status = answer.status.as_u16(), "answered");
        if let Body::Read(body) = &answer.body
            && tracing::enabled!(tracing::Level::TRACE)
        {
            let secrets = provider.secrets();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            tracing::trace!(body = %excerpt(body, &secrets), "response body (start, secrets removed)");
        }
        Ok(answer)
    }
}

pub(super) async fn send(
    http: &reqwest::Client,
    request: reqwest::Request,
    limit: usize,
) -> reqwest::Result<Answer> {
    receive(http.execute(request), limit).await
}

/// Awaits a sent request's response and reads its body up to `limit`.
async fn receive(
    pending: impl Future<Output = reqwest::Result<reqwest::Response>>,
    limit: usize,
) -> reqwest::Result<Answer> {
    let mut response = pending.await.map_err(reqwest::Error::without_url)?;
    let status = response.status();
    let version = response.version();
    let headers = std::mem::take(response.headers_mut());
    let body = read_body_of(&mut response, limit)
        .await
        .map_err(reqwest::Error::without_url)?;
    Ok(Answer {
        status,
        version,
        headers,
        body,
    })
}
