//! What the generated clients call around every request.
//!
//! The `IntoFuture` impl that the xtask writes for an operation builder hands the request that
//! progenitor's code built to [`run`]: it checks and authenticates it, sends it, reads the body
//! once, recognises refusals and decodes the answer, all in one small future. The raw `.send()`
//! path goes through progenitor's `ClientHooks`, which each provider crate implements by
//! delegating to [`pre`], [`exec`] and [`post`] here, and [`finish`] maps its result onto the
//! same [`Error`]s. The provider-specific parts (how credentials go on the request, what an
//! error envelope looks like) come from the client's inner value through the [`Provider`] trait.

use std::fmt;
use std::time::Instant;

use bytes::Bytes;
use progenitor_client::{Error as RawError, OperationInfo, ResponseValue};
use reqwest::StatusCode;
use tracing::Instrument as _;

use crate::config::{Context, is_retryable_status, retry_after};
use crate::error::{Error, ProviderError};

mod redact;
use redact::truncate;
pub use redact::{excerpt, redact};

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

    /// Puts the credentials (and any signature) on the request; may fetch a session token
    /// first. An [`AuthError`] stops the call (see its variants for how each is reported).
    fn authenticate(
        &self,
        request: &mut reqwest::Request,
        operation: &'static str,
    ) -> impl Future<Output = Result<(), AuthError>> + Send;

    /// Checks the request before anything is sent (sums that must add up, say). An `Err`
    /// stops the call with [`Error::InvalidRequest`] carrying the message.
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
    /// without a recognised body become [`Error::Authentication`] anyway.
    fn classify(&self, status: StatusCode, body: &[u8]) -> Option<Rejection>;

    /// The secrets to scrub from any text that ends up in an error.
    fn secrets(&self) -> Vec<String>;
}

/// Why [`Provider::authenticate`] could not put credentials on a request.
#[derive(Debug)]
pub enum AuthError {
    /// The request cannot be authenticated as built (a missing salt, say):
    /// [`Error::InvalidRequest`].
    Invalid(String),
    /// Fetching a session credential failed in transport: [`Error::Transport`] or
    /// [`Error::Timeout`].
    Transport(reqwest::Error),
    /// The server refused to hand out a session credential: its answer is classified like the
    /// call's own ([`Error::Authentication`] for 401 or a login page, [`Error::Status`] for a 502).
    /// A body over the client's limit is [`Error::ResponseTooLarge`].
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

/// Attached to a response by [`exec`] when the provider refused the call.
#[derive(Clone, Debug)]
struct Refused {
    kind: RejectionKind,
    error: ProviderError,
    body: Bytes,
}

/// Attached by [`exec`] to an answer that becomes an error without a provider refusal: an
/// unrecognised non-2xx status (reported with its body instead of letting a declared error
/// schema fail to decode it), a body over the size limit, or a redirect not followed.
#[derive(Clone, Debug)]
enum Marked {
    Unrecognised { body: Bytes },
    TooLarge { limit: usize },
    Redirect { location: Option<String> },
}

/// The name of the span every call runs in.
pub const CALL_SPAN: &str = "payspec.call";

fn call_span(provider: &'static str, operation: &'static str) -> tracing::Span {
    tracing::info_span!(
        "payspec.call",
        provider,
        operation,
        method = tracing::field::Empty,
        path = tracing::field::Empty,
        status = tracing::field::Empty,
        attempts = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
        outcome = tracing::field::Empty,
    )
}

/// The current span if it is a call's span (one that [`call`] or [`exec`] opened).
fn current_call_span() -> Option<tracing::Span> {
    if !traced() {
        return None;
    }
    let span = tracing::Span::current();
    span.metadata()
        .is_some_and(|m| m.name() == CALL_SPAN)
        .then_some(span)
}

/// Whether any subscriber was ever installed (globally or for a scope). Until then spans are
/// disabled and recording on them is wasted: the calls skip looking up the current span. (The
/// events are still emitted: with tracing's `log` feature they reach `log` without a
/// subscriber.)
fn traced() -> bool {
    tracing::dispatcher::has_been_set()
}

fn millis(start: Instant) -> u64 {
    u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Runs one call (the `IntoFuture` impl of every generated operation builder ends here) in a
/// `payspec.call` span with the provider, operation id, method, path (never the query, which
/// may carry credentials), HTTP status, attempts, latency and outcome. Headers, credentials
/// and bodies are never recorded; a response body's start, with the client's secrets removed,
/// is logged only at TRACE, and so is an error that quotes the body (a refusal's messages, an
/// excerpt): at DEBUG a failed call logs only its outcome and status.
pub fn call<P: Provider, T, F>(_client: &Context<P>, operation: &'static str, call: F) -> Call<F>
where
    F: Future<Output = Result<T, Error>>,
{
    Call {
        inner: call,
        span: call_span(P::NAME, operation),
        start: None,
    }
}

pin_project_lite::pin_project! {
    /// The future of one call, from [`call`]: the operation's own future, polled in the call's
    /// span, and the report of its outcome when it ends. (A plain combinator rather than an
    /// `async fn` or a `tracing::Instrumented` inside one, so that the operation's future is
    /// stored once and its answer moved once.)
    #[must_use = "futures do nothing unless awaited"]
    pub struct Call<F> {
        #[pin]
        inner: F,
        span: tracing::Span,
        start: Option<Instant>,
    }
}

impl<T, F: Future<Output = Result<T, Error>>> Future for Call<F> {
    type Output = Result<T, Error>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let this = self.project();
        let start = *this.start.get_or_insert_with(Instant::now);
        let poll = {
            let _entered = this.span.enter();
            this.inner.poll(cx)
        };
        if let std::task::Poll::Ready(result) = &poll {
            report(this.span, millis(start), result);
        }
        poll
    }
}

/// Records a finished call's latency and outcome on its span, and logs it.
fn report<T>(span: &tracing::Span, latency: u64, result: &Result<T, Error>) {
    span.record("latency_ms", latency);
    let _entered = span.enter();
    match result {
        Ok(_) => {
            span.record("outcome", "ok");
            tracing::debug!(latency_ms = latency, "call succeeded");
        }
        Err(e) => {
            span.record("outcome", e.kind());
            match e {
                Error::Authentication(_)
                | Error::Provider(_)
                | Error::Status { .. }
                | Error::Decode { .. } => {
                    tracing::debug!(
                        latency_ms = latency,
                        outcome = e.kind(),
                        status = e.status(),
                        "call failed"
                    );
                    let text = e.to_string();
                    tracing::trace!(
                        error = %truncate(&text, 2 * EXCERPT_BYTES, text.len()),
                        "call failed: the error, quoting the body (secrets removed)"
                    );
                }
                _ => tracing::debug!(latency_ms = latency, outcome = e.kind(), error = %e, "call failed"),
            }
        }
    }
}

/// `ClientHooks::pre`: checks the request, sets its timeout, applies the provider's
/// credentials.
pub async fn pre<P: Provider, E>(
    context: &Context<P>,
    request: &mut reqwest::Request,
    info: &OperationInfo,
) -> Result<(), RawError<E>> {
    match prepare(context, request, info.operation_id).await {
        Ok(()) => Ok(()),
        Err(Stop::Invalid(message)) => Err(RawError::InvalidRequest(message)),
        Err(Stop::Transport(e)) => Err(RawError::CommunicationError(e)),
        Err(Stop::Answer(answer)) => Err(RawError::UnexpectedResponse(mark(
            context.provider(),
            info.operation_id,
            answer,
        ))),
    }
}

/// Why [`prepare`] stopped a call before it was sent.
enum Stop {
    /// The request is not valid as built (the message may quote it: redact before showing).
    Invalid(String),
    /// Fetching a session credential failed in transport (the URL already removed).
    Transport(reqwest::Error),
    /// The server refused to hand out a session credential: its answer.
    Answer(Answer),
}

/// Checks the request, sets its timeout and applies the provider's credentials: the part of a
/// call before it is sent, shared by [`pre`] and [`run`].
async fn prepare<P: Provider>(
    context: &Context<P>,
    request: &mut reqwest::Request,
    operation: &'static str,
) -> Result<(), Stop> {
    let provider = context.provider();
    // Recorded here too, so that a call refused before it is sent has them.
    let span = current_call_span();
    if let Some(span) = &span {
        span.record("method", request.method().as_str());
        span.record("path", request.url().path());
    }
    provider.validate(request, operation).map_err(Stop::Invalid)?;
    let timeout = provider.timeout(request, context.timeout());
    if timeout != context.timeout() || context.request_timeout().is_some() {
        *request.timeout_mut() = Some(timeout);
    }
    match provider.authenticate(request, operation).await {
        Ok(()) => Ok(()),
        Err(AuthError::Invalid(message)) => Err(Stop::Invalid(message)),
        Err(AuthError::Transport(e)) => Err(Stop::Transport(e.without_url())),
        Err(AuthError::Answer {
            status,
            headers,
            body,
        }) => {
            if let Some(span) = &span {
                span.record("status", status.as_u16());
            }
            Err(Stop::Answer(Answer {
                status,
                version: http::Version::HTTP_11,
                headers,
                body,
            }))
        }
    }
}

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
async fn read_body_of(response: &mut reqwest::Response, limit: usize) -> reqwest::Result<Body> {
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

struct Answer {
    status: StatusCode,
    version: http::Version,
    headers: reqwest::header::HeaderMap,
    body: Body,
}

/// `ClientHooks::exec`: sends the request (repeating it under the client's
/// [`RetryPolicy`](crate::RetryPolicy) when the operation is safe to repeat), reads the body
/// once up to the size limit, and marks a refusal so that [`post`] can turn it into an error.
/// Transport errors lose their URL, which may carry query credentials.
pub async fn exec<P: Provider>(
    http: &reqwest::Client,
    context: &Context<P>,
    request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    // The `.send()` path has no call span yet: give it one, with the method and path that
    // [`pre`] records in a call's span, and its latency (its outcome is known only to the
    // caller).
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
    let result = exchange(http, context, request, info.operation_id)
        .instrument(span.clone())
        .await
        .map(|answer| mark(context.provider(), info.operation_id, answer));
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
        Sending::Repeating(Box::pin(send_repeating(
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

/// [`exchange`] when the call may be repeated: under the retry policy, and once more with a
/// fresh session credential when the answer says the one sent went stale.
async fn send_repeating<P: Provider>(
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

async fn send(http: &reqwest::Client, request: reqwest::Request, limit: usize) -> reqwest::Result<Answer> {
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

/// The scheme and host of a redirect's `Location`, never its path or query.
fn location_host(headers: &reqwest::header::HeaderMap) -> Option<String> {
    let location = headers.get(reqwest::header::LOCATION)?.to_str().ok()?;
    let url = reqwest::Url::parse(location).ok()?;
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    })
}

/// A rebuilt response as reqwest's, with a placeholder URL (the real one may carry query
/// credentials). reqwest would parse the same placeholder for every response rebuilt without
/// one; this parses it once.
fn into_reqwest(mut response: http::Response<Bytes>) -> reqwest::Response {
    use reqwest::ResponseBuilderExt as _;
    static NO_URL: std::sync::LazyLock<Option<reqwest::Url>> =
        std::sync::LazyLock::new(|| reqwest::Url::parse("http://no.url.provided.local").ok());
    if let Some(url) = NO_URL.as_ref()
        && let Ok(empty) = http::Response::builder().url(url.clone()).body(())
    {
        response.extensions_mut().extend(empty.into_parts().0.extensions);
    }
    reqwest::Response::from(response)
}

/// An answer whose body was read, judged: `mark` says why it must become an error, if it must.
struct Judged {
    status: StatusCode,
    version: http::Version,
    headers: reqwest::header::HeaderMap,
    body: Bytes,
    mark: Option<Mark>,
}

/// Why a [`Judged`] answer becomes an error.
enum Mark {
    Refused(Refused),
    Other(Marked),
}

/// Looks at an answer: a refusal the provider recognises, a body over the size limit, a
/// redirect, or an unrecognised non-2xx status are marked; anything else passes to decoding.
fn judge<P: Provider>(provider: &P, operation: &'static str, answer: Answer) -> Judged {
    let Answer {
        status,
        version,
        headers,
        body,
    } = answer;
    let body = match body {
        Body::Read(body) => body,
        Body::TooLarge(limit) => {
            tracing::debug!(limit, "response body over the size limit");
            return Judged {
                status,
                version,
                headers: reqwest::header::HeaderMap::new(),
                body: Bytes::new(),
                mark: Some(Mark::Other(Marked::TooLarge { limit })),
            };
        }
    };
    let rejection = provider.classify(status, &body).or_else(|| {
        matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN).then(|| Rejection {
            kind: RejectionKind::Authentication,
            code: None,
            messages: Vec::new(),
        })
    });
    let location = status.is_redirection().then(|| location_host(&headers));
    if rejection.is_none() && location.is_none() {
        // The common case: nothing to mark, and no need to gather the secrets.
        let mark = (!status.is_success()).then(|| Mark::Other(Marked::Unrecognised { body: body.clone() }));
        return Judged {
            status,
            version,
            headers,
            body,
            mark,
        };
    }
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    // A hostile server may name the host after what it received.
    let location = location.map(|host| host.map(|host| redact(&host, &secrets)));
    let mark = if let Some(r) = rejection {
        let error = ProviderError {
            provider: P::NAME,
            operation,
            status: status.as_u16(),
            code: r.code.map(|c| redact(&c, &secrets)),
            messages: r.messages.iter().map(|m| redact(m, &secrets)).collect(),
            raw: excerpt(&body, &secrets),
        };
        Mark::Refused(Refused {
            kind: r.kind,
            error,
            body: body.clone(),
        })
    } else {
        Mark::Other(Marked::Redirect {
            location: location.flatten(),
        })
    };
    Judged {
        status,
        version,
        headers,
        body,
        mark: Some(mark),
    }
}

/// Rebuilds a response whose body was read (the `.send()` path), marking it when the provider
/// refused the call or when it must become an error for another reason.
fn mark<P: Provider>(provider: &P, operation: &'static str, answer: Answer) -> reqwest::Response {
    let judged = judge(provider, operation, answer);
    let mut rebuilt = http::Response::new(judged.body);
    *rebuilt.status_mut() = judged.status;
    *rebuilt.version_mut() = judged.version;
    *rebuilt.headers_mut() = judged.headers;
    match judged.mark {
        None => {}
        Some(Mark::Refused(refused)) => {
            rebuilt.extensions_mut().insert(refused);
        }
        Some(Mark::Other(marked)) => {
            rebuilt.extensions_mut().insert(marked);
        }
    }
    into_reqwest(rebuilt)
}

/// The error a marked answer becomes (one mapping for both paths).
fn marked_error<P: Provider>(
    context: &Context<P>,
    operation: &'static str,
    status: StatusCode,
    refused: Option<&Refused>,
    marked: Option<&Marked>,
) -> Option<Error> {
    let provider = P::NAME;
    let status = status.as_u16();
    if let Some(refused) = refused {
        return Some(match refused.kind {
            RejectionKind::Authentication => Error::Authentication(refused.error.clone()),
            RejectionKind::Provider => Error::Provider(refused.error.clone()),
        });
    }
    Some(match marked? {
        Marked::TooLarge { limit } => Error::ResponseTooLarge {
            provider,
            operation,
            status,
            limit: *limit,
        },
        Marked::Redirect { location } => Error::Redirect {
            provider,
            operation,
            status,
            location: location.clone(),
        },
        Marked::Unrecognised { body } => status_error(context, operation, status, body),
    })
}

/// [`Error::Status`] with the start of the body, secrets removed.
fn status_error<P: Provider>(
    context: &Context<P>,
    operation: &'static str,
    status: u16,
    body: &[u8],
) -> Error {
    let secrets = context.provider().secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    Error::Status {
        provider: P::NAME,
        operation,
        status,
        excerpt: excerpt(body, &secrets),
    }
}

/// `ClientHooks::post`: turns a response marked by [`exec`] into an error before the generated
/// code decodes it as a success.
pub async fn post<E>(
    result: &reqwest::Result<reqwest::Response>,
    _info: &OperationInfo,
) -> Result<(), RawError<E>> {
    let Ok(response) = result else { return Ok(()) };
    let mut copy = if let Some(refused) = response.extensions().get::<Refused>() {
        let mut copy = http::Response::new(refused.body.clone());
        copy.extensions_mut().insert(refused.clone());
        copy
    } else if let Some(marked) = response.extensions().get::<Marked>() {
        let body = match marked {
            Marked::Unrecognised { body } => body.clone(),
            _ => Bytes::new(),
        };
        let mut copy = http::Response::new(body);
        copy.extensions_mut().insert(marked.clone());
        copy
    } else {
        return Ok(());
    };
    *copy.status_mut() = response.status();
    *copy.headers_mut() = response.headers().clone();
    Err(RawError::UnexpectedResponse(into_reqwest(copy)))
}

/// Maps the generated client's result to payspec's [`Error`] and unwraps the value.
pub async fn finish<P: Provider, T, E: fmt::Debug>(
    context: &Context<P>,
    operation: &'static str,
    result: Result<ResponseValue<T>, RawError<E>>,
) -> Result<T, Error> {
    let err = match result {
        Ok(value) => return Ok(value.into_inner()),
        Err(err) => err,
    };
    Err(match raw_error(context, operation, err) {
        Ok(error) => error,
        // An answer no hook marked (a 2xx status the spec does not declare): its body.
        Err(response) => {
            let status = response.status().as_u16();
            match response.bytes().await {
                Ok(body) => status_error(context, operation, status, &body),
                Err(e) => transport(P::NAME, operation, e),
            }
        }
    })
}

/// An error of the generated request builder (a missing or unconvertible argument, a body
/// that does not serialise) as payspec's [`Error`]. The generated `IntoFuture` impls call it
/// before anything is sent.
pub fn request_error<P: Provider, E: fmt::Debug>(
    context: &Context<P>,
    operation: &'static str,
    error: RawError<E>,
) -> Error {
    match raw_error(context, operation, error) {
        Ok(error) => error,
        // Only an answer becomes an unexpected response, and nothing was sent.
        Err(response) => status_error(context, operation, response.status().as_u16(), &[]),
    }
}

/// [`finish`]'s mapping, except for an unmarked response, whose body must be read first.
fn raw_error<P: Provider, E: fmt::Debug>(
    context: &Context<P>,
    operation: &'static str,
    err: RawError<E>,
) -> Result<Error, Box<reqwest::Response>> {
    let name = P::NAME;
    let secrets = || context.provider().secrets();
    Ok(match err {
        RawError::InvalidRequest(message) | RawError::Custom(message) => {
            let secrets = secrets();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            Error::InvalidRequest {
                provider: name,
                operation,
                message: redact(&message, &secrets),
            }
        }
        RawError::CommunicationError(e) | RawError::InvalidUpgrade(e) | RawError::ResponseBodyError(e) => {
            transport(name, operation, e)
        }
        RawError::InvalidResponsePayload(body, e) => decode_error(context, operation, &body, &e),
        RawError::ErrorResponse(value) => {
            let secrets = secrets();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            Error::Status {
                provider: name,
                operation,
                status: value.status().as_u16(),
                excerpt: excerpt(format!("{:?}", value.into_inner()).as_bytes(), &secrets),
            }
        }
        RawError::UnexpectedResponse(response) => {
            let status = response.status();
            let refused = response.extensions().get::<Refused>();
            let marked = response.extensions().get::<Marked>();
            match marked_error(context, operation, status, refused, marked) {
                Some(error) => error,
                None => return Err(Box::new(response)),
            }
        }
    })
}

/// [`Error::Decode`]: the decoder's message and the start of the body, secrets removed.
fn decode_error<P: Provider>(
    context: &Context<P>,
    operation: &'static str,
    body: &[u8],
    e: &serde_json::Error,
) -> Error {
    let secrets = context.provider().secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    Error::Decode {
        provider: P::NAME,
        operation,
        message: redact(&e.to_string(), &secrets),
        excerpt: excerpt(body, &secrets),
    }
}

/// One call on the lean path that the generated `IntoFuture` impls take: the request that the
/// builder made (or why it could not), checked, authenticated and sent like on the `.send()`
/// path (same span, retries, stale-session repeat, size limit, refusal recognition), and its
/// body decoded as `T` straight from the bytes read, when the status is one of `success`
/// (the 2xx statuses the spec declares). Errors are the ones [`finish`] gives on the `.send()`
/// path for the same answer.
pub fn run<'a, P: Provider, T>(
    context: &'a Context<P>,
    http: &'a reqwest::Client,
    operation: &'static str,
    success: &'static [u16],
    mut request: Result<reqwest::Request, Error>,
) -> Call<impl Future<Output = Result<T, Error>> + Send + 'a>
where
    T: serde::de::DeserializeOwned + Send + 'a,
{
    call(context, operation, async move {
        // The request is prepared where it was captured and handed over inside a block
        // without an await, so that the call's future holds one request, not two or three.
        let exchanging = {
            let prepared = match &mut request {
                Ok(request) => prepare(context, request, operation).await,
                Err(_) => Ok(()),
            };
            let request = request?;
            if let Err(stop) = prepared {
                return Err(match stop {
                    Stop::Invalid(message) => {
                        request_error(context, operation, RawError::<()>::InvalidRequest(message))
                    }
                    Stop::Transport(e) => transport(P::NAME, operation, e),
                    Stop::Answer(answer) => {
                        judged_error(context, operation, judge(context.provider(), operation, answer))
                    }
                });
            }
            exchange(http, context, request, operation)
        };
        let answer = exchanging.await.map_err(|e| transport(P::NAME, operation, e))?;
        let judged = judge(context.provider(), operation, answer);
        if judged.mark.is_none() && success.contains(&judged.status.as_u16()) {
            return serde_json::from_slice(&judged.body)
                .map_err(|e| decode_error(context, operation, &judged.body, &e));
        }
        Err(judged_error(context, operation, judged))
    })
}

/// The error a judged answer that is not a declared success becomes.
fn judged_error<P: Provider>(context: &Context<P>, operation: &'static str, judged: Judged) -> Error {
    let (refused, marked) = match &judged.mark {
        Some(Mark::Refused(r)) => (Some(r), None),
        Some(Mark::Other(m)) => (None, Some(m)),
        None => (None, None),
    };
    marked_error(context, operation, judged.status, refused, marked)
        .unwrap_or_else(|| status_error(context, operation, judged.status.as_u16(), &judged.body))
}

/// Percent-encodes one path segment exactly as progenitor's `encode_path` does (the WHATWG
/// path-segment set plus `/` and `%`), borrowing it when nothing needs encoding: the generated
/// builders call this instead, which spares a copy and a formatting pass per path parameter.
///
/// ```
/// use payspec::hooks::encode_path;
/// assert!(matches!(encode_path("3538853"), std::borrow::Cow::Borrowed("3538853")));
/// assert_eq!(encode_path("a/b c%"), "a%2Fb%20c%25");
/// ```
pub fn encode_path(segment: &str) -> std::borrow::Cow<'_, str> {
    const PATH_SET: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}')
        .add(b'/')
        .add(b'%');
    percent_encoding::utf8_percent_encode(segment, PATH_SET).into()
}

/// Adds an optional query parameter only when it is set: the generated builders call this
/// instead of reqwest's `query` for optional parameters, which costs a serialisation and two
/// URL rewrites per parameter even when there is nothing to add. A set value is added exactly
/// as `query(&QueryParam::new(name, value))` adds it.
pub trait QuerySome: Sized {
    /// `query(&QueryParam::new(name, value))` when `value` is `Some`, else `self` unchanged.
    fn query_some<T: serde::Serialize>(self, name: &str, value: &Option<T>) -> Self;
}

impl QuerySome for reqwest::RequestBuilder {
    #[inline(always)]
    fn query_some<T: serde::Serialize>(self, name: &str, value: &Option<T>) -> Self {
        match value {
            Some(_) => self.query(&progenitor_client::QueryParam::new(name, value)),
            None => self,
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

/// A JSON member name, for a cheap first look at a body: [`JsonKey::all`] finds the value of
/// every `"name":` member at any depth without parsing the rest of the body. A classifier
/// uses it to see that a successful answer is not an error envelope without parsing the whole
/// answer a second time. Build one once (in a `static`): the searcher is built with it.
///
/// ```
/// use payspec::hooks::{JsonKey, Scalar};
/// let code = JsonKey::new("error_code");
/// let body = br#"{"code":200,"error":{"error_code":"0"},"items":[{"error_code": 5}]}"#;
/// let mut seen = Vec::new();
/// assert_eq!(code.all(body, |v| { seen.push(v); true }), Some(true));
/// assert_eq!(seen, [Scalar::String("0"), Scalar::Number("5")]);
/// // Stops at the first value the test refuses.
/// assert_eq!(code.all(body, |v| v == Scalar::String("0")), Some(false));
/// // A `\u` escape could spell the name: the caller must parse.
/// assert_eq!(code.all(br#"{"\u0065rror_code":1}"#, |_| true), None);
/// ```
#[derive(Clone, Debug)]
pub struct JsonKey {
    finder: memchr::memmem::Finder<'static>,
}

/// A scalar JSON value as [`JsonKey::all`] finds it: borrowed from the body, not decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (`5`, `-0.5e3`).
    Number(&'a str),
    /// A string without escapes, between its quotes.
    String(&'a str),
}

impl JsonKey {
    /// The member `name` (as it is spelled between the quotes, without escapes).
    pub fn new(name: &str) -> Self {
        let needle = format!("\"{name}\"");
        JsonKey {
            finder: memchr::memmem::Finder::new(needle.as_bytes()).into_owned(),
        }
    }

    /// Calls `test` with the value of every `"name":` member in `body`, in order, and says
    /// whether it accepted them all (it is not called again after it refuses one). An
    /// occurrence of the quoted name not followed by `:` is not a member and is skipped.
    ///
    /// `None` when the body cannot be read this way and the caller must parse it: the body
    /// holds a `\u` escape (a name may be spelled with one), or a value is not a scalar,
    /// holds an escape, or is not JSON.
    pub fn all<'b>(&self, body: &'b [u8], mut test: impl FnMut(Scalar<'b>) -> bool) -> Option<bool> {
        if memchr::memchr_iter(b'\\', body).any(|at| body.get(at + 1) == Some(&b'u')) {
            return None;
        }
        let skip = self.finder.needle().len();
        for at in self.finder.find_iter(body) {
            let rest = body[at + skip..].trim_ascii_start();
            let Some(rest) = rest.strip_prefix(b":") else {
                continue;
            };
            if !test(scalar(rest.trim_ascii_start())?) {
                return Some(false);
            }
        }
        Some(true)
    }
}

/// The scalar at the start of `text`, which must end where a JSON value may end.
fn scalar(text: &[u8]) -> Option<Scalar<'_>> {
    let ends = |len: usize| {
        text.get(len)
            .is_none_or(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'))
    };
    let word =
        |word: &[u8], value: Scalar<'static>| (text.starts_with(word) && ends(word.len())).then_some(value);
    match *text.first()? {
        b'"' => {
            let len = memchr::memchr2(b'"', b'\\', &text[1..])?;
            if text[1 + len] != b'"' {
                return None;
            }
            std::str::from_utf8(&text[1..1 + len]).ok().map(Scalar::String)
        }
        b'n' => word(b"null", Scalar::Null),
        b't' => word(b"true", Scalar::Bool(true)),
        b'f' => word(b"false", Scalar::Bool(false)),
        b'-' | b'0'..=b'9' => {
            let len = text
                .iter()
                .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                .unwrap_or(text.len());
            if !ends(len) {
                return None;
            }
            std::str::from_utf8(&text[..len]).ok().map(Scalar::Number)
        }
        _ => None,
    }
}

/// The human-readable messages in an envelope's message field, whatever its shape: a string,
/// a number, a list of strings, or objects whose `message`/`error`/`text` field is the message.
/// Used by the providers' [`Provider::classify`] so that an oddly shaped refusal is still a
/// refusal.
pub fn envelope_messages(value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    match value {
        Value::Null => Vec::new(),
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items.iter().flat_map(envelope_messages).collect(),
        Value::Object(map) => ["message", "error", "text"]
            .iter()
            .find_map(|k| map.get(*k))
            .map(envelope_messages)
            .unwrap_or_else(|| vec![value.to_string()]),
        other => vec![other.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_key_finds_members_at_any_depth_and_gives_up_when_it_cannot_read_them() {
        fn values(body: &[u8]) -> Option<Vec<String>> {
            let mut seen = Vec::new();
            JsonKey::new("k")
                .all(body, |v| {
                    seen.push(format!("{v:?}"));
                    true
                })
                .map(|_| seen)
        }
        let body = br#"{"a" : {"k":  "1"}, "b":[{"k":2}], "text":"k", "k" ,"c":{"k":null},"d":{"k":-1.5e3}}"#;
        assert_eq!(
            values(body).unwrap(),
            [r#"String("1")"#, r#"Number("2")"#, "Null", r#"Number("-1.5e3")"#]
        );
        assert_eq!(
            values(br#"[{"k":true},{"k":false}]"#).unwrap(),
            ["Bool(true)", "Bool(false)"]
        );
        assert_eq!(values(br#"{"other":1}"#).unwrap(), Vec::<String>::new());
        assert_eq!(values(b"").unwrap(), Vec::<String>::new());
        // A name spelled with an escape could be the one looked for: the caller must parse.
        assert_eq!(values(br#"{"\u006b":1}"#), None);
        // Values it cannot read as they are: the caller's parse decides.
        for body in [
            &br#"{"k": nope}"#[..],
            br#"{"k":"#,
            br#"{"k":"unterminated"#,
            br#"{"k":"a\"b"}"#,
            br#"{"k":{"code":1}}"#,
            br#"{"k":[1]}"#,
            br#"{"k":nullx}"#,
            br#"{"k":12ab}"#,
        ] {
            assert_eq!(values(body), None, "{}", String::from_utf8_lossy(body));
        }
        // The test stops the scan.
        let mut calls = 0;
        let all = JsonKey::new("k").all(br#"[{"k":1},{"k":2},{"k":3}]"#, |v| {
            calls += 1;
            v == Scalar::Number("1")
        });
        assert_eq!((all, calls), (Some(false), 2));
    }

    #[test]
    fn encode_path_matches_progenitors() {
        let mut samples: Vec<String> = (0u8..=127).map(|b| format!("x{}y", char::from(b))).collect();
        samples.extend(["", "3538853", "a/b c%", "ключ №5", "😀?#", "%2F"].map(String::from));
        for sample in samples {
            assert_eq!(
                encode_path(&sample),
                progenitor_client::encode_path(&sample),
                "{sample:?}"
            );
        }
    }

    #[test]
    fn envelope_messages_accepts_every_shape() {
        assert_eq!(envelope_messages(&json!("boom")), ["boom"]);
        assert_eq!(envelope_messages(&json!(["a", "b"])), ["a", "b"]);
        assert_eq!(
            envelope_messages(&json!([{"message": "m"}, {"error": "e"}, {"text": 3}])),
            ["m", "e", "3"]
        );
        assert_eq!(envelope_messages(&json!({"field": "x"})), [r#"{"field":"x"}"#]);
        assert!(envelope_messages(&json!(null)).is_empty());
    }
}
