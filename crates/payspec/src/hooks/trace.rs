//! The `payspec.call` span every call runs in, and what is logged when it ends.

use std::future::Future;
use std::time::Instant;

use super::Provider;
use super::redact::truncate;
use crate::config::Context;
use crate::error::Error;
use crate::hooks::EXCERPT_BYTES;

/// The name of the span every call runs in.
pub const CALL_SPAN: &str = "payspec.call";

pub(super) fn call_span(provider: &'static str, operation: &'static str) -> tracing::Span {
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

/// The current span if it is a call's span (one that [`call`] or `exec` opened).
pub(super) fn current_call_span() -> Option<tracing::Span> {
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
pub(super) fn traced() -> bool {
    tracing::dispatcher::has_been_set()
}

pub(super) fn millis(start: Instant) -> u64 {
    u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// Runs one call (the `IntoFuture` impl of every generated operation builder ends here) in a
/// `payspec.call` span with the provider, operation id, method, path (never the query, which
/// may carry credentials), HTTP status, attempts, latency and outcome. Headers, credentials
/// and bodies are never recorded; a response body's start, with the client's secrets removed,
/// is logged only at TRACE, and so is an error that quotes the body (a refusal's messages, an
/// excerpt): at DEBUG a failed call logs only its outcome and status.
#[doc(hidden)]
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
            let _awaited = Awaited::enter();
            this.inner.poll(cx)
        };
        if let std::task::Poll::Ready(result) = &poll {
            report(this.span, millis(start), result);
        }
        poll
    }
}

std::thread_local! {
    /// Whether this thread is polling a call's [`Call`] future (`.await` on a builder).
    static AWAITED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the thread as inside an awaited call while a [`Call`] is polled (restored on drop,
/// also when the poll panics). Everything the call's hooks do runs inside that poll.
struct Awaited(bool);

impl Awaited {
    fn enter() -> Awaited {
        Awaited(AWAITED.with(|a| a.replace(true)))
    }
}

impl Drop for Awaited {
    fn drop(&mut self) {
        AWAITED.with(|a| a.set(self.0));
    }
}

/// Whether the hooks run for `.await` on a builder (whose errors `finish` redacts itself)
/// rather than for a raw `.send()` (whose error is progenitor's own, quoting what it got).
pub(super) fn awaited() -> bool {
    AWAITED.with(std::cell::Cell::get)
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
