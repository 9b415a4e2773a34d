//! Repeating a call: under the client's [`RetryPolicy`](crate::RetryPolicy) when the operation
//! is safe to repeat, and once with a fresh session credential when the one sent went stale.

use super::transport::{Answer, Body, send};
use super::{AuthError, Provider};
use crate::config::{Context, is_retryable_status, retry_after};

/// [`exchange`] when the call may be repeated: under the retry policy, and once more with a
/// fresh session credential when the answer says the one sent went stale.
pub(super) async fn send_repeating<P: Provider>(
    http: &reqwest::Client,
    context: &Context<P>,
    request: reqwest::Request,
    operation: &'static str,
    session: bool,
) -> reqwest::Result<Answer> {
    let provider = context.provider();
    let limit = context.config().max_response_bytes;
    let copy = if session { request.try_clone() } else { None };
    let mut answer = send_with_retries(http, context, request, operation).await?;
    if let Some(mut copy) = copy
        && let Body::Read(body) = &answer.body
        && provider.is_stale(answer.status, body)
    {
        // One refresh and one repeat; a second stale answer is classified like any other.
        tracing::debug!("session credential went stale: fetching a new one and repeating the call once");
        provider.invalidate(&copy).await;
        match provider.authenticate(&mut copy, operation).await {
            Ok(()) => answer = send(http, copy, limit).await?,
            Err(AuthError::Transport(e)) => return Err(e.without_url()),
            Err(AuthError::Answer {
                status,
                headers,
                body,
            }) => {
                answer = Answer {
                    status,
                    headers,
                    body,
                    ..answer
                }
            }
            Err(AuthError::Invalid(_)) => {}
        }
    }
    Ok(answer)
}

async fn send_with_retries<P: Provider>(
    http: &reqwest::Client,
    context: &Context<P>,
    mut request: reqwest::Request,
    operation: &'static str,
) -> reqwest::Result<Answer> {
    let policy = &context.config().retry;
    let limit = context.config().max_response_bytes;
    let safe = policy.max_retries > 0 && P::IDEMPOTENT.contains(&operation);
    let mut retries = 0;
    loop {
        let spare = if safe { request.try_clone() } else { None };
        let outcome = send(http, request, limit).await;
        tracing::Span::current().record("attempts", retries + 1);
        let retry_after = match &outcome {
            Err(_) => None,
            Ok(answer) if is_retryable_status(answer.status) => retry_after(&answer.headers),
            Ok(_) => return outcome,
        };
        let Some(spare) = spare else { return outcome };
        let Some(delay) = policy.delay(retries, retry_after) else {
            return outcome;
        };
        let reason = match &outcome {
            Ok(answer) => format!("HTTP {}", answer.status.as_u16()),
            Err(e) if e.is_timeout() => "timeout".to_owned(),
            Err(_) => "transport error".to_owned(),
        };
        tracing::info!(
            retry = retries + 1,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            reason,
            "repeating a call that is safe to repeat"
        );
        tokio::time::sleep(delay).await;
        retries += 1;
        request = spare;
    }
}
