//! The verdict on an answer: whether it is decoded as the operation's success, or why it
//! becomes an error instead. `exec` judges every answer once and attaches the [`Verdict`] to the
//! response it hands back to progenitor's `send()`; `post` stops a response with a verdict
//! before `send()` decodes it; `finish` turns the verdict into the [`Error`].

use bytes::Bytes;
use progenitor_client::{Error as RawError, OperationInfo};
use reqwest::StatusCode;

use super::redact::{excerpt, redact};
use super::transport::{Answer, Body};
use super::{Provider, Rejection, RejectionKind};
use crate::error::{Error, ProviderError};

/// Why an answer becomes an error instead of being decoded: the one outcome of judging it,
/// with the secrets already removed from everything it quotes.
#[derive(Clone, Debug)]
pub(super) enum Verdict {
    /// The provider refused the call (an error envelope, a documented error body, or HTTP 401
    /// or 403).
    Refused {
        kind: RejectionKind,
        error: ProviderError,
        body: Bytes,
    },
    /// The body was longer than the client's limit; it was not read to the end.
    TooLarge { limit: usize },
    /// A redirect the client did not follow, with the scheme and host it pointed at.
    Redirect { location: Option<String> },
    /// A status that is neither a success nor a recognised refusal, with the body's start.
    Status { excerpt: String, body: Bytes },
    /// A success status with an answer in no documented shape of the operation's success
    /// (`hooks/shape.rs`): what is wrong, and the body's start.
    Shape {
        message: String,
        excerpt: String,
        body: Bytes,
    },
}

impl Verdict {
    /// The error this verdict makes of an answer with HTTP `status`.
    pub(super) fn into_error(self, provider: &'static str, operation: &'static str, status: u16) -> Error {
        match self {
            Verdict::Refused {
                kind: RejectionKind::Authentication,
                error,
                ..
            } => Error::Authentication(error),
            Verdict::Refused {
                kind: RejectionKind::Provider,
                error,
                ..
            } => Error::Provider(error),
            Verdict::TooLarge { limit } => Error::ResponseTooLarge {
                provider,
                operation,
                status,
                limit,
            },
            Verdict::Redirect { location } => Error::Redirect {
                provider,
                operation,
                status,
                location,
            },
            Verdict::Status { excerpt, .. } => Error::Status {
                provider,
                operation,
                status,
                excerpt,
            },
            Verdict::Shape { message, excerpt, .. } => Error::Decode {
                provider,
                operation,
                message,
                excerpt,
            },
        }
    }
}

/// Judges an answer and rebuilds it as the response progenitor's `send()` goes on with: a
/// refusal the provider recognises, a body over the size limit, a redirect, or a status that
/// is neither a success nor a refusal gets its [`Verdict`], and its headers and reported body
/// have the client's secrets removed ([`redact_report`]); anything else passes to decoding.
pub(super) fn judge<P: Provider>(provider: &P, operation: &'static str, answer: Answer) -> reqwest::Response {
    judge_decoded(provider, operation, answer, false)
}

/// [`judge`] an answer that progenitor's `send()` decodes as JSON when `json` (the request
/// accepts `application/json`): a success answer that is not well-formed JSON cannot decode
/// as any type, so `send()` will make it `Error::InvalidResponsePayload`, whose `Display` and
/// `Debug` quote the body as they have it; its body and header values are redacted here,
/// before `send()` gets them. Nothing the caller could receive as data changes, only the
/// error it will get. A success answer that is well-formed JSON is the caller's data and is
/// never changed, even when it echoes a credential.
pub(super) fn judge_decoded<P: Provider>(
    provider: &P,
    operation: &'static str,
    answer: Answer,
    json: bool,
) -> reqwest::Response {
    let Answer {
        status,
        version,
        headers,
        body,
    } = answer;
    let (headers, body, verdict) = match body {
        Body::TooLarge(limit) => {
            tracing::debug!(limit, "response body over the size limit");
            (
                reqwest::header::HeaderMap::new(),
                Bytes::new(),
                Some(Verdict::TooLarge { limit }),
            )
        }
        Body::Read(body) => {
            let (verdict, undecodable) = verdict(provider, operation, status, &headers, &body, json);
            if undecodable {
                let secrets = provider.secrets();
                let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
                let mut headers = headers;
                redact_headers(&mut headers, &secrets);
                (headers, redact_bytes(body, &secrets), verdict)
            } else {
                (headers, body, verdict)
            }
        }
    };
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    if let Some(verdict) = verdict {
        rebuilt.extensions_mut().insert(verdict);
    }
    let mut response = into_reqwest(rebuilt);
    redact_report(provider, &mut response);
    response
}

/// The verdict on a body that was read whole (`None` lets it through to decoding), and
/// whether it is a success answer that `json` says will be decoded but is not JSON.
fn verdict<P: Provider>(
    provider: &P,
    operation: &'static str,
    status: StatusCode,
    headers: &reqwest::header::HeaderMap,
    body: &Bytes,
    json: bool,
) -> (Option<Verdict>, bool) {
    // Read once before anything parses it: the refusal check parses the whole answer, so an
    // answer over the decoding budget is not classified (at 2xx it is a decode error).
    let scanned = super::shape::read_answer::<P>(operation, status, body);
    let over = matches!(scanned, super::shape::Scanned::Over { .. });
    let rejection = (!over)
        .then(|| provider.classify(status, body))
        .flatten()
        .or_else(|| {
            matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN).then(|| Rejection {
                kind: RejectionKind::Authentication,
                code: None,
                messages: Vec::new(),
            })
        });
    if rejection.is_none() && status.is_success() {
        // The common case: nothing to say unless the answer is in no documented shape.
        let (verdict, undecodable) = super::shape::verdict(provider, operation, body, json, scanned);
        if verdict.is_some() || undecodable {
            return (verdict, undecodable);
        }
        if let Some(verdict) = undeclared(provider, operation, status, body) {
            return (Some(verdict), false);
        }
        // Well-formed and within the budget: redacted only when it echoes a secret and will
        // not decode (`hooks/echo.rs`), for a raw `.send()` only: `.await` maps every error
        // through `finish`, which redacts what it quotes, so nothing quotes this answer as is.
        return (
            None,
            json && !super::trace::awaited() && super::echo::echoes::<P>(provider, operation, status, body),
        );
    }
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let verdict = match rejection {
        Some(r) => Verdict::Refused {
            kind: r.kind,
            error: ProviderError {
                provider: P::NAME,
                operation,
                status: status.as_u16(),
                code: r.code.map(|c| redact(&c, &secrets)),
                messages: r.messages.iter().map(|m| redact(m, &secrets)).collect(),
                raw: excerpt(body, &secrets),
            },
            body: body.clone(),
        },
        // A hostile server may name the host after what it received.
        None if status.is_redirection() => Verdict::Redirect {
            location: location_host(headers).map(|host| redact(&host, &secrets)),
        },
        None => Verdict::Status {
            excerpt: excerpt(body, &secrets),
            body: body.clone(),
        },
    };
    (Some(verdict), false)
}

/// A 2xx status that `operation`'s `send()` does not declare ([`Provider::ANSWERS`]): progenitor
/// would hand it to the raw `.send()` caller as an `UnexpectedResponse` with its headers and
/// body as received. As a [`Verdict::Status`] it is reported the same way, redacted, and
/// `.await` makes the same [`Error::Status`] of it as before.
fn undeclared<P: Provider>(
    provider: &P,
    operation: &'static str,
    status: StatusCode,
    body: &Bytes,
) -> Option<Verdict> {
    let row = super::Answers::find(P::ANSWERS, operation)?;
    if row.declares(status.as_u16()) {
        return None;
    }
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    Some(Verdict::Status {
        excerpt: excerpt(body, &secrets),
        body: body.clone(),
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

/// `ClientHooks::post`: stops a response that has a [`Verdict`] before progenitor's `send()`
/// decodes it, as an unexpected response that carries the verdict and, for the raw `send()`
/// caller, the status, headers and body as received with the client's secrets removed
/// ([`redact_report`] did that in `exec`).
#[doc(hidden)]
pub async fn post<E>(
    result: &reqwest::Result<reqwest::Response>,
    _info: &OperationInfo,
) -> Result<(), RawError<E>> {
    let Ok(response) = result else { return Ok(()) };
    match report_copy(response) {
        Some(copy) => Err(RawError::UnexpectedResponse(copy)),
        None => Ok(()),
    }
}

/// The body of a judged answer as the raw `send()` caller sees it: secrets removed.
#[derive(Clone)]
struct Report(Bytes);

/// Prepares a response that has a [`Verdict`] for being reported: every header value (and
/// name) that spells one of the client's secrets has it replaced with `[redacted]`, and the
/// body that [`report_copy`] gives the raw `send()` caller is the verdict's body redacted the
/// same way. A response without a verdict (to be decoded as the caller's data) is left alone.
fn redact_report<P: Provider>(provider: &P, response: &mut reqwest::Response) {
    let Some(verdict) = response.extensions().get::<Verdict>() else {
        return;
    };
    let body = match verdict {
        Verdict::Refused { body, .. } | Verdict::Status { body, .. } | Verdict::Shape { body, .. } => {
            body.clone()
        }
        Verdict::TooLarge { .. } | Verdict::Redirect { .. } => Bytes::new(),
    };
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let body = redact_bytes(body, &secrets);
    redact_headers(response.headers_mut(), &secrets);
    response.extensions_mut().insert(Report(body));
}

/// The unexpected response the raw `send()` caller gets for a response with a [`Verdict`]:
/// its status, its headers and the [`Report`] body (both redacted by [`redact_report`]), and
/// the verdict, for `finish`.
pub(super) fn report_copy(response: &reqwest::Response) -> Option<reqwest::Response> {
    let verdict = response.extensions().get::<Verdict>()?;
    let body = response
        .extensions()
        .get::<Report>()
        .map_or_else(Bytes::new, |r| r.0.clone());
    let mut copy = http::Response::new(body);
    *copy.status_mut() = response.status();
    *copy.headers_mut() = response.headers().clone();
    copy.extensions_mut().insert(verdict.clone());
    Some(into_reqwest(copy))
}

/// `body` with every spelling of `secrets` replaced with `[redacted]` (as text: bytes that are
/// not UTF-8 become U+FFFD when anything is replaced); the same bytes when nothing is.
pub(super) fn redact_bytes(body: Bytes, secrets: &[&str]) -> Bytes {
    if secrets.is_empty() || body.is_empty() {
        return body;
    }
    let text = String::from_utf8_lossy(&body);
    let redacted = redact(&text, secrets);
    if redacted == text {
        body
    } else {
        Bytes::from(redacted)
    }
}

/// Every header value that spells one of `secrets` with it replaced with `[redacted]`; a
/// header whose name spells one is renamed `x-redacted`.
pub(super) fn redact_headers(headers: &mut reqwest::header::HeaderMap, secrets: &[&str]) {
    use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
    if secrets.is_empty() || headers.is_empty() {
        return;
    }
    let mut out = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers.iter() {
        let name = if redact(name.as_str(), secrets) == name.as_str() {
            name.clone()
        } else {
            HeaderName::from_static("x-redacted")
        };
        let text = String::from_utf8_lossy(value.as_bytes());
        let redacted = redact(&text, secrets);
        let value = if redacted == text {
            value.clone()
        } else {
            HeaderValue::from_str(&redacted).unwrap_or_else(|_| HeaderValue::from_static("[redacted]"))
        };
        out.append(name, value);
    }
    *headers = out;
}
