//! What the generated clients call around every request.
//!
//! Each provider crate implements progenitor's `ClientHooks` for its generated `Client` by
//! delegating to [`pre`], [`exec`] and [`post`] here, and the `IntoFuture` impl that the xtask
//! writes for every operation builder ends in [`finish`]. The provider-specific parts (how
//! credentials go on the request, what an error envelope looks like) come from the client's
//! inner value through the [`Provider`] trait.

use std::fmt;
use std::time::Instant;

use bytes::Bytes;
use progenitor_client::{Error as RawError, OperationInfo, ResponseValue};
use reqwest::StatusCode;
use tracing::Instrument as _;

use crate::config::{Context, is_retryable_status, retry_after};
use crate::error::{Error, ProviderError};

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
    let span = tracing::Span::current();
    span.metadata()
        .is_some_and(|m| m.name() == CALL_SPAN)
        .then_some(span)
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
        inner: call.instrument(call_span(P::NAME, operation)),
        start: None,
    }
}

pin_project_lite::pin_project! {
    /// The future of one call, from [`call`]: the operation's own future in its span, and the
    /// report of its outcome when it ends. (A plain combinator rather than an `async fn`, so
    /// that the operation's future is stored once, not twice.)
    #[must_use = "futures do nothing unless awaited"]
    pub struct Call<F> {
        #[pin]
        inner: tracing::instrument::Instrumented<F>,
        start: Option<Instant>,
    }
}

impl<T, F: Future<Output = Result<T, Error>>> Future for Call<F> {
    type Output = Result<T, Error>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let mut this = self.project();
        let start = *this.start.get_or_insert_with(Instant::now);
        let result = std::task::ready!(this.inner.as_mut().poll(cx));
        report(this.inner.span(), millis(start), &result);
        std::task::Poll::Ready(result)
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
    let provider = context.provider();
    // Recorded here too, so that a call refused before it is sent has them.
    let span = current_call_span();
    if let Some(span) = &span {
        span.record("method", request.method().as_str());
        span.record("path", request.url().path());
    }
    provider
        .validate(request, info.operation_id)
        .map_err(RawError::InvalidRequest)?;
    *request.timeout_mut() = Some(context.timeout());
    match provider.authenticate(request, info.operation_id).await {
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
            Err(RawError::UnexpectedResponse(mark(provider, info, answer)))
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
    let result = exchange(http, context, request, info)
        .instrument(span.clone())
        .await;
    if own {
        span.record("latency_ms", millis(start));
    }
    result
}

async fn exchange<P: Provider>(
    http: &reqwest::Client,
    context: &Context<P>,
    request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    let provider = context.provider();
    let limit = context.config().max_response_bytes;
    let copy = if provider.has_session(&request) {
        request.try_clone()
    } else {
        None
    };
    let mut answer = send_with_retries(http, context, request, info).await?;
    if let Some(mut copy) = copy
        && let Body::Read(body) = &answer.body
        && provider.is_stale(answer.status, body)
    {
        // One refresh and one repeat; a second stale answer is classified like any other.
        tracing::debug!("session credential went stale: fetching a new one and repeating the call once");
        provider.invalidate(&copy).await;
        match provider.authenticate(&mut copy, info.operation_id).await {
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
    let span = tracing::Span::current();
    span.record("status", answer.status.as_u16());
    tracing::debug!(status = answer.status.as_u16(), "answered");
    if let Body::Read(body) = &answer.body
        && tracing::enabled!(tracing::Level::TRACE)
    {
        let secrets = provider.secrets();
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        tracing::trace!(body = %excerpt(body, &secrets), "response body (start, secrets removed)");
    }
    Ok(mark(provider, info, answer))
}

async fn send_with_retries<P: Provider>(
    http: &reqwest::Client,
    context: &Context<P>,
    mut request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<Answer> {
    let policy = &context.config().retry;
    let limit = context.config().max_response_bytes;
    let safe = policy.max_retries > 0 && P::IDEMPOTENT.contains(&info.operation_id);
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
    let mut response = http.execute(request).await.map_err(reqwest::Error::without_url)?;
    let status = response.status();
    let version = response.version();
    let headers = std::mem::take(response.headers_mut());
    let body = read_body(response, limit)
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

/// Rebuilds a response whose body was read, marking it when the provider refused the call
/// or when it must become an error for another reason.
fn mark<P: Provider>(provider: &P, info: &OperationInfo, answer: Answer) -> reqwest::Response {
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
            let mut rebuilt = http::Response::new(Bytes::new());
            *rebuilt.status_mut() = status;
            *rebuilt.version_mut() = version;
            rebuilt.extensions_mut().insert(Marked::TooLarge { limit });
            return into_reqwest(rebuilt);
        }
    };
    let rejection = provider.classify(status, &body).or_else(|| {
        matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN).then(|| Rejection {
            kind: RejectionKind::Authentication,
            code: None,
            messages: Vec::new(),
        })
    });

    let mut rebuilt = http::Response::new(body.clone());
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    let location = status.is_redirection().then(|| location_host(&headers));
    *rebuilt.headers_mut() = headers;
    if rejection.is_none() && location.is_none() {
        // The common case: nothing to mark, and no need to gather the secrets.
        if !status.is_success() {
            rebuilt.extensions_mut().insert(Marked::Unrecognised { body });
        }
        return into_reqwest(rebuilt);
    }
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    // A hostile server may name the host after what it received.
    let location = location.map(|host| host.map(|host| redact(&host, &secrets)));
    if let Some(r) = rejection {
        let error = ProviderError {
            provider: P::NAME,
            operation: info.operation_id,
            status: status.as_u16(),
            code: r.code.map(|c| redact(&c, &secrets)),
            messages: r.messages.iter().map(|m| redact(m, &secrets)).collect(),
            raw: excerpt(&body, &secrets),
        };
        rebuilt.extensions_mut().insert(Refused {
            kind: r.kind,
            error,
            body,
        });
    } else if let Some(location) = location {
        rebuilt.extensions_mut().insert(Marked::Redirect { location });
    }
    into_reqwest(rebuilt)
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
    let name = P::NAME;
    let err = match result {
        Ok(value) => return Ok(value.into_inner()),
        Err(err) => err,
    };
    let secrets = context.provider().secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    Err(match err {
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
        RawError::ErrorResponse(value) => Error::Status {
            provider: name,
            operation,
            status: value.status().as_u16(),
            excerpt: excerpt(format!("{:?}", value.into_inner()).as_bytes(), &secrets),
        },
        RawError::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            if let Some(refused) = response.extensions().get::<Refused>() {
                match refused.kind {
                    RejectionKind::Authentication => Error::Authentication(refused.error.clone()),
                    RejectionKind::Provider => Error::Provider(refused.error.clone()),
                }
            } else if let Some(Marked::TooLarge { limit }) = response.extensions().get::<Marked>() {
                Error::ResponseTooLarge {
                    provider: name,
                    operation,
                    status,
                    limit: *limit,
                }
            } else if let Some(Marked::Redirect { location }) = response.extensions().get::<Marked>() {
                Error::Redirect {
                    provider: name,
                    operation,
                    status,
                    location: location.clone(),
                }
            } else {
                match response.bytes().await {
                    Ok(body) => Error::Status {
                        provider: name,
                        operation,
                        status,
                        excerpt: excerpt(&body, &secrets),
                    },
                    Err(e) => transport(name, operation, e),
                }
            }
        }
    })
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

/// Replaces every non-empty secret in `text` with `[redacted]`, however a server may have
/// spelled it: in any ASCII case (a server may echo an md5 hex in upper case), percent-encoded
/// (`%2F`, `+` or `%20` for a space), JSON-escaped once or twice (a JSON body quoted inside
/// another JSON string), the way PHP's `json_encode` does it (`\/` and `\u00e9`), or as HTML
/// character references. Each character of a secret may take any of its spellings, so mixed
/// encoders are matched too; overlapping matches of several secrets are redacted as one.
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let patterns: Vec<Pattern> = secrets
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| Pattern::new(s))
        .collect();
    if patterns.is_empty() {
        return text.to_owned();
    }
    // ASCII lowercasing keeps byte offsets, so positions found in `lower` apply to `text`;
    // every spelling starts and ends on a character boundary.
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for start in 0..bytes.len() {
        let end = patterns
            .iter()
            .filter(|p| p.first[usize::from(bytes[start])])
            .filter_map(|p| p.longest_match(bytes, start))
            .max();
        let Some(end) = end else { continue };
        match found.last_mut() {
            Some((_, last)) if start <= *last => *last = (*last).max(end),
            _ => found.push((start, end)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in found {
        out.push_str(&text[last..start]);
        out.push_str("[redacted]");
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// A secret as a sequence of characters, each with every way it may be spelled (lowercased).
struct Pattern {
    chars: Vec<Vec<Vec<u8>>>,
    /// The bytes a match can start with.
    first: [bool; 256],
}

impl Pattern {
    fn new(secret: &str) -> Self {
        let chars: Vec<Vec<Vec<u8>>> = secret.chars().map(char_spellings).collect();
        let mut first = [false; 256];
        for spelling in chars.first().into_iter().flatten() {
            first[usize::from(spelling[0])] = true;
        }
        Pattern { chars, first }
    }

    /// The end of the longest match starting at `start` in the lowercased `text`.
    fn longest_match(&self, text: &[u8], start: usize) -> Option<usize> {
        // Most starts fail on the first character: collecting nothing allocates nothing.
        let mut ends: Vec<usize> = self.chars[0]
            .iter()
            .filter(|s| text[start..].starts_with(s))
            .map(|s| start + s.len())
            .collect();
        if ends.is_empty() {
            return None;
        }
        for spellings in &self.chars[1..] {
            let mut next: Vec<usize> = ends
                .iter()
                .flat_map(|&at| {
                    spellings
                        .iter()
                        .filter(move |s| text[at..].starts_with(s))
                        .map(move |s| at + s.len())
                })
                .collect();
            if next.is_empty() {
                return None;
            }
            next.sort_unstable();
            next.dedup();
            ends = next;
        }
        ends.last().copied()
    }
}

/// Every way one character of a secret may be spelled in a body, lowercased: as is,
/// percent-encoded, JSON-escaped once or twice (plain or PHP style), and as an HTML reference.
fn char_spellings(c: char) -> Vec<Vec<u8>> {
    let literal = c.to_ascii_lowercase().to_string();
    let mut utf8 = [0u8; 4];
    let mut all = vec![
        c.encode_utf8(&mut utf8)
            .bytes()
            .map(|b| format!("%{b:02x}"))
            .collect::<String>(),
        format!("&#{};", u32::from(c)),
        format!("&#x{:x};", u32::from(c)),
    ];
    let named: &[&str] = match c {
        ' ' => &["+"],
        '&' => &["&amp;"],
        '"' => &["&quot;"],
        '\'' => &["&#039;", "&apos;"],
        '<' => &["&lt;"],
        '>' => &["&gt;"],
        _ => &[],
    };
    all.extend(named.iter().map(|s| (*s).to_owned()));
    // JSON (`/` escaped or not, non-ASCII as `\uXXXX` or not), then the same text escaped once
    // more as a JSON string, with or without PHP's `\/`.
    let mut json = vec![literal];
    let short = match c {
        '"' => Some("\\\""),
        '\\' => Some("\\\\"),
        '/' => Some("\\/"),
        '\u{8}' => Some("\\b"),
        '\u{c}' => Some("\\f"),
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        '\t' => Some("\\t"),
        _ => None,
    };
    json.extend(short.map(str::to_owned));
    let mut units = [0u16; 2];
    json.push(
        c.encode_utf16(&mut units)
            .iter()
            .map(|u| format!("\\u{u:04x}"))
            .collect(),
    );
    let twice: Vec<String> = json
        .iter()
        .flat_map(|s| [escape_json(s, false), escape_json(s, true)])
        .collect();
    all.extend(json);
    all.extend(twice);
    let mut all: Vec<Vec<u8>> = all
        .into_iter()
        .map(|s| s.to_ascii_lowercase().into_bytes())
        .collect();
    all.sort();
    all.dedup();
    all
}

/// `text` escaped as the inside of a JSON string (`\` and `"`; `/` too when `slashes`).
fn escape_json(text: &str, slashes: bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '/' if slashes => out.push_str("\\/"),
            c => out.push(c),
        }
    }
    out
}

/// The first `limit` bytes of `text` (cut at a character boundary), followed by
/// `… (<total> bytes)` when it is longer.
fn truncate(text: &str, limit: usize, total: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}… ({total} bytes)", &text[..cut])
}

/// The longest spelling [`char_spellings`] gives one character (a surrogate pair escaped
/// twice as `\\ud83d\\ude00` is 14 bytes).
const MAX_SPELLING_BYTES: usize = 16;

/// The first [`EXCERPT_BYTES`] of a body as text, secrets removed.
///
/// Only the part that can be shown is redacted: a spelling of a secret that starts within the
/// excerpt ends within 16 bytes per character of the secret, so the cost does not
/// grow with the body.
pub fn excerpt(body: &[u8], secrets: &[&str]) -> String {
    let longest = secrets.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let window = EXCERPT_BYTES + longest * MAX_SPELLING_BYTES + 4;
    let head = &body[..body.len().min(window)];
    // Redact before cutting, so a secret across the cut cannot leak half of itself.
    let redacted = redact(&String::from_utf8_lossy(head), secrets);
    if head.len() < body.len() && redacted.len() <= EXCERPT_BYTES {
        // Redaction shortened the head below the limit: still say the body goes on.
        return format!("{redacted}… ({} bytes)", body.len());
    }
    truncate(&redacted, EXCERPT_BYTES, body.len())
}

/// The values of every `"key":` member in a JSON body, at any depth, found without parsing
/// the rest of the body: a cheap first look for a classifier that must otherwise parse a whole
/// successful answer to find out that it is not an error envelope.
///
/// `None` when the answer cannot be read this way and the caller must parse the body: it holds
/// a `\u` escape (a key may be spelled with one), or a value after the key is not JSON. An
/// occurrence of the quoted key that is not followed by `:` is not a member and is skipped.
///
/// ```
/// use payspec::hooks::key_values;
/// use serde_json::json;
/// let body = br#"{"code":200,"error":{"error_code":"0"},"items":[{"error_code": 5}]}"#;
/// assert_eq!(key_values(body, "error_code"), Some(vec![json!("0"), json!(5)]));
/// assert_eq!(key_values(br#"{"note":"\u0041"}"#, "error_code"), None);
/// ```
pub fn key_values(body: &[u8], key: &str) -> Option<Vec<serde_json::Value>> {
    use memchr::memmem;
    if memchr::memchr_iter(b'\\', body).any(|at| body.get(at + 1) == Some(&b'u')) {
        return None;
    }
    let needle = format!("\"{key}\"");
    let mut values = Vec::new();
    for at in memmem::find_iter(body, needle.as_bytes()) {
        let rest = body[at + needle.len()..].trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b":") else {
            continue;
        };
        let value = serde_json::Deserializer::from_slice(rest.trim_ascii_start())
            .into_iter::<serde_json::Value>()
            .next()?
            .ok()?;
        values.push(value);
    }
    Some(values)
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
    fn redacts_every_secret_and_ignores_empty_ones() {
        assert_eq!(
            redact("a=s3cr3t&b=s3cr3t&c=salt", &["s3cr3t", "", "salt"]),
            "a=[redacted]&b=[redacted]&c=[redacted]"
        );
    }

    #[test]
    fn redacts_any_case_and_json_escaped_spellings() {
        assert_eq!(redact("я-ABCdef-я", &["abcDEF"]), "я-[redacted]-я");
        assert_eq!(redact(r#"{"e":"S\/é\"q"}"#, &["S/é\"q"]), r#"{"e":"[redacted]"}"#);
        assert_eq!(redact(r#"{"e":"S\/\u00e9"}"#, &["S/é"]), r#"{"e":"[redacted]"}"#);
        assert_eq!(redact(r#"{"e":"S/\u00e9"}"#, &["S/é"]), r#"{"e":"[redacted]"}"#);
    }

    #[test]
    fn redacts_url_encoded_html_and_doubly_escaped_spellings() {
        let secret = "pk/T+k=é \"q'&";
        for spelled in [
            "pk%2FT%2Bk%3D%C3%A9+%22q%27%26",
            "PK%2ft%2bK%3d%c3%a9%20%22Q%27%26",
            // encodeURIComponent leaves `'` as it is: characters are matched one by one.
            "pk%2FT%2Bk%3D%C3%A9%20%22q'%26",
            r#"pk\\/T+k=\\u00e9 \\\"q'&"#,
            r#"pk\\\/T+k=é \\\"q'&"#,
            "pk/T+k=é &quot;q&#039;&amp;",
            "pk&#x2f;T+k=&#233; &quot;q&apos;&amp;",
        ] {
            assert_eq!(
                redact(&format!("a {spelled} b"), &[secret]),
                "a [redacted] b",
                "{spelled}"
            );
        }
        // Outside a secret, nothing changes.
        assert_eq!(redact("a%2Fb+c", &[secret]), "a%2Fb+c");
    }

    #[test]
    fn overlapping_secrets_are_redacted_as_one() {
        assert_eq!(redact("x-abcdef-y", &["abcd", "cdef"]), "x-[redacted]-y");
        assert_eq!(
            redact("x-abcd-cdef-y", &["cdef", "abcd"]),
            "x-[redacted]-[redacted]-y"
        );
    }

    #[test]
    fn excerpt_redacts_before_cutting_and_respects_char_boundaries() {
        let secret = "x".repeat(20);
        let body = format!("{}{}", "я".repeat(300), secret);
        let e = excerpt(body.as_bytes(), &[&secret]);
        assert!(!e.contains(&secret[..10]), "{e}");
        assert!(e.ends_with(&format!("… ({} bytes)", body.len())), "{e}");
        assert_eq!(excerpt(b"short", &[]), "short");
    }

    #[test]
    fn excerpt_redacts_only_what_it_shows_and_still_catches_a_secret_across_the_cut() {
        let secret = "Sécret/Key-0123456789";
        // The secret, spelled at its longest (escaped twice), starts just before the cut.
        let spelled: String = secret
            .chars()
            .map(|c| format!("\\\\u{:04x}", u32::from(c)))
            .collect();
        let body = format!(
            "{}{spelled}{}",
            "a".repeat(EXCERPT_BYTES - 12),
            "b".repeat(1 << 20)
        );
        let e = excerpt(body.as_bytes(), &[secret]);
        let shown = format!(
            "{}[redacted]bb… ({} bytes)",
            "a".repeat(EXCERPT_BYTES - 12),
            body.len()
        );
        assert_eq!(e, shown);
        assert!(e.ends_with(&format!("… ({} bytes)", body.len())), "{e}");
        assert!(!e.contains("\\\\u"), "no part of the spelling is shown: {e}");
        // Many secrets redacted away at the start: the excerpt still says the body goes on.
        let body = format!("{}{}", "k".repeat(100), "c".repeat(10_000));
        let e = excerpt(body.as_bytes(), &["kkkkkkkkkk"]);
        assert!(e.starts_with("[redacted]ccc"), "{e}");
        assert!(e.ends_with("… (10100 bytes)"), "{e}");
    }

    #[test]
    fn key_values_finds_members_at_any_depth_and_gives_up_on_escapes() {
        let body = br#"{"a" : {"k":  "1"}, "b":[{"k":2}], "text":"k", "k" ,"c":{"k":null}}"#;
        assert_eq!(
            key_values(body, "k"),
            Some(vec![json!("1"), json!(2), json!(null)])
        );
        assert_eq!(key_values(br#"{"other":1}"#, "k"), Some(vec![]));
        // A key spelled with an escape could be the one looked for: the caller must parse.
        assert_eq!(key_values(br#"{"\u006b":1}"#, "k"), None);
        // A value that is not JSON: the caller's parse decides.
        assert_eq!(key_values(br#"{"k": nope}"#, "k"), None);
        assert_eq!(key_values(br#"{"k":"#, "k"), None);
        assert_eq!(key_values(b"", "k"), Some(vec![]));
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
