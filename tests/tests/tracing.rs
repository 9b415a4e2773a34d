//! What the clients log, captured at the most verbose level, against a local HTTP server
//! (wiremock on loopback).
//!
//! - one capturing subscriber for the whole binary, at TRACE for every target: every event and
//!   every span field of payspec, hyper-util and the rest, and (through `tracing_log::LogTracer`)
//!   the `log` records of reqwest and wiremock;
//! - for every provider: a success, a refusal (an envelope at HTTP 200 or an error object at
//!   4xx), a 401, an undecodable body, a call retried after a 503, a same-host redirect followed
//!   and (where the client follows redirects) one to another host refused, hostile answers that
//!   echo what the client sent (query, body, `Authorization`) and answers that spell a secret
//!   each way a server might (as is, upper case, JSON-escaped once or twice, PHP-escaped,
//!   URL-encoded, HTML-escaped), and the raw `.send()` path; PayKeeper's token fetch, refetch
//!   and refusal; the notification checks of CrystalPay, PayKeeper and Invoicebox on good and
//!   forged input;
//! - the `payspec.call` span of every call, exactly: provider, operation id, method, path
//!   (never a query), status, attempts, outcome, and a latency; the TRACE response-body event,
//!   exactly, with every secret replaced by `[redacted]`; bodies in no event above TRACE;
//! - no secret of any provider anywhere in the capture, in any spelling (as is in any ASCII
//!   case, JSON-escaped, URL-encoded, HTML-escaped, md5 hex, base64, its first 12 characters),
//!   no `Authorization` header and no `User-Agent` value. Secrets a client never holds
//!   (OneBox's plain password, which `Credentials::from_password` hashes at once; the
//!   notification keys, given only to the verifiers) cannot be redacted from an answer, so no
//!   server here sends them: they are checked never to appear.
//!
//! The subscriber is global (hyper's connection tasks and wiremock's server run on threads of
//! their own), so the tests of this binary share one capture: each test checks the calls of its
//! own provider and every provider's secrets against everything captured so far.

mod common;

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, Once, PoisonError};

use payspec::webhook::{WebhookError, md5_hex, sha1_hex};
use payspec::{Config, Error};
use serde_json::{Value, json};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};
use tracing_subscriber::registry::LookupSpan;
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

// ---------------------------------------------------------------------------------------------
// the secrets (distinctive, with characters that JSON, URLs and HTML spell differently)

const ONEBOX_LOGIN: &str = "obx-login-tr4c3";
/// Never sent: `Credentials::from_password` keeps only its md5.
const ONEBOX_PASSWORD: &str = "obx-Pw/7Kq9#Zé2";
/// md5(ONEBOX_PASSWORD), computed independently of the client.
const ONEBOX_MD5: &str = "10be4f3345e793d8db3060770b6cd55e";

const CRYSTALPAY_LOGIN: &str = "cp-kassa-tr4c3";
const CRYSTALPAY_SECRET: &str = "cpSec/7\"Hq ü9+Zr&x";
/// Never sent: only signatures made with it are.
const CRYSTALPAY_SALT: &str = "cpSalt-Kx8 Ñ4/w'q<";

const PAYKEEPER_USER: &str = "pk-user-tr4c3";
const PAYKEEPER_PASSWORD: &str = "pkPw/8 Ld&Qé3+v";
/// base64("pk-user-tr4c3:pkPw/8 Ld&Qé3+v"), computed independently of the client.
const PAYKEEPER_BASIC: &str = "cGstdXNlci10cjRjMzpwa1B3LzggTGQmUcOpMyt2";
/// The security token the server hands out first, and the one after it went stale.
const PAYKEEPER_TOKEN_1: &str = "pkTok1/3Vq+9Zs=Wn";
const PAYKEEPER_TOKEN_2: &str = "pkTok2/8Hd+4Kx=Pm";
const PAYKEEPER_WORD: &str = "pkWord/5Rt 7Yu";

/// Header-safe and a valid host name label (a redirect puts it in a `Location` host).
const INVOICEBOX_TOKEN: &str = "IbxTok-5Wm2Qa8Lr8Xv";
const INVOICEBOX_MERCHANT: &str = "5f0c1a2b-7d3e-4f60-9a1b-2c3d4e5f6a7b";
const INVOICEBOX_KEY: &str = "ibxKey/Nt 2ø!9";

const SBER_TOKEN: &str = "sbrTok.9fQ/x2Lm+Wv7=Rz";

/// The `User-Agent` every client sends: it must never be logged.
const USER_AGENT: &str = "TraceProbe/7.3 (ua-Jq8Zx2)";

/// In every body a hostile server sends here, so that an event quoting one is recognisable.
const BODY_MARK: &str = "BODYMARK";

/// Every secret of every provider: (provider, what, value).
const SECRETS: [(&str, &str, &str); 12] = [
    ("onebox", "password", ONEBOX_PASSWORD),
    ("onebox", "password md5", ONEBOX_MD5),
    ("crystalpay", "auth_secret", CRYSTALPAY_SECRET),
    ("crystalpay", "salt", CRYSTALPAY_SALT),
    ("paykeeper", "password", PAYKEEPER_PASSWORD),
    ("paykeeper", "Basic base64", PAYKEEPER_BASIC),
    ("paykeeper", "first token", PAYKEEPER_TOKEN_1),
    ("paykeeper", "second token", PAYKEEPER_TOKEN_2),
    ("paykeeper", "secret word", PAYKEEPER_WORD),
    ("invoicebox", "token", INVOICEBOX_TOKEN),
    ("invoicebox", "notification key", INVOICEBOX_KEY),
    ("sber", "token", SBER_TOKEN),
];

// ---------------------------------------------------------------------------------------------
// the capture

/// A span as recorded: its name and every field it was given, at creation or later.
#[derive(Clone, Debug)]
struct SpanRec {
    name: &'static str,
    fields: BTreeMap<&'static str, String>,
    closed: bool,
}

/// An event as recorded: level, target, fields, and the spans it happened in (outermost first,
/// as indexes into [`Captured::spans`]).
#[derive(Clone, Debug)]
struct EventRec {
    level: Level,
    target: String,
    fields: BTreeMap<&'static str, String>,
    scope: Vec<usize>,
}

/// Everything logged in this process since [`install`].
struct Captured {
    /// One line per span creation, span record, span close and event, with every field: what a
    /// log file written at TRACE would hold.
    text: String,
    spans: Vec<SpanRec>,
    events: Vec<EventRec>,
}

static CAPTURED: Mutex<Captured> = Mutex::new(Captured {
    text: String::new(),
    spans: Vec::new(),
    events: Vec::new(),
});

fn captured() -> MutexGuard<'static, Captured> {
    CAPTURED.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Records every field as text: strings as they are, everything else as its `Debug` (which is
/// the `Display` for `%value` fields and the text for messages).
#[derive(Default)]
struct Fields(Vec<(&'static str, String)>);

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name(), value.to_owned()));
    }

    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        let mut text = value.to_string();
        let mut source = value.source();
        while let Some(e) = source {
            text.push_str(": ");
            text.push_str(&e.to_string());
            source = e.source();
        }
        self.0.push((field.name(), text));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.push((field.name(), format!("{value:?}")));
    }
}

impl Fields {
    fn line(&self) -> String {
        self.0.iter().map(|(k, v)| format!(" {k}={v}")).collect()
    }
}

/// Where a span's record lives in [`Captured::spans`] (kept in the span's extensions).
struct Slot(usize);

/// The layer that records everything: no filter, so every level of every target is enabled.
struct Capture;

impl Capture {
    fn slot<S: Subscriber + for<'a> LookupSpan<'a>>(id: &Id, ctx: &Context<'_, S>) -> Option<usize> {
        ctx.span(id)?.extensions().get::<Slot>().map(|s| s.0)
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let meta = attrs.metadata();
        let mut fields = Fields::default();
        attrs.record(&mut fields);
        let slot = {
            let mut c = captured();
            let line = format!(
                "span.new #{} {} {} {}{}\n",
                c.spans.len(),
                meta.level(),
                meta.target(),
                meta.name(),
                fields.line()
            );
            c.text.push_str(&line);
            c.spans.push(SpanRec {
                name: meta.name(),
                fields: fields.0.into_iter().collect(),
                closed: false,
            });
            c.spans.len() - 1
        };
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Slot(slot));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        values.record(&mut fields);
        let slot = Self::slot(id, &ctx);
        let mut c = captured();
        let line = format!("span.record #{slot:?}{}\n", fields.line());
        c.text.push_str(&line);
        if let Some(slot) = slot {
            c.spans[slot].fields.extend(fields.0);
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let meta = event.metadata();
        let mut fields = Fields::default();
        event.record(&mut fields);
        let scope: Vec<usize> = ctx
            .event_scope(event)
            .map(|scope| {
                scope
                    .from_root()
                    .filter_map(|span| span.extensions().get::<Slot>().map(|s| s.0))
                    .collect()
            })
            .unwrap_or_default();
        let mut c = captured();
        let line = format!(
            "event {} {} {scope:?}{}\n",
            meta.level(),
            meta.target(),
            fields.line()
        );
        c.text.push_str(&line);
        c.events.push(EventRec {
            level: *meta.level(),
            target: meta.target().to_owned(),
            fields: fields.0.into_iter().collect(),
            scope,
        });
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let slot = Self::slot(&id, &ctx);
        let mut c = captured();
        let line = format!("span.close #{slot:?}\n");
        c.text.push_str(&line);
        if let Some(slot) = slot {
            c.spans[slot].closed = true;
        }
    }
}

/// Installs the capture as the global subscriber and routes the `log` crate into it, once.
fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        tracing_log::LogTracer::init().expect("no other `log` logger in this binary");
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(Capture))
            .expect("no other global subscriber in this binary");
    });
}

/// What a test logs itself, as a caller of the clients would: kept apart from the library's
/// events by its target.
const CALLER: &str = "test.caller";

/// Logs a failed call's error the way a careless caller would, `Display` and `Debug`: errors
/// promise to hold no secret. (A decoded answer holds what the server sent, echoes included:
/// what a caller does with it is the caller's business.)
fn log_result<T, E: fmt::Display + fmt::Debug>(result: &Result<T, E>) {
    if let Err(e) = result {
        tracing::error!(target: CALLER, error = %e, debug = ?e, "the caller logs the error");
    }
}

// ---------------------------------------------------------------------------------------------
// reading the capture

/// One `payspec.call` span and the events inside it.
struct Call {
    span: SpanRec,
    events: Vec<EventRec>,
}

impl Call {
    fn field(&self, name: &str) -> &str {
        self.span.fields.get(name).map_or("-", String::as_str)
    }

    /// `operation METHOD path status xattempts outcome`, `-` for a field never recorded.
    fn row(&self) -> String {
        format!(
            "{} {} {} {} x{} {}",
            self.field("operation"),
            self.field("method"),
            self.field("path"),
            self.field("status"),
            self.field("attempts"),
            self.field("outcome"),
        )
    }

    /// The bodies of the TRACE response-body events.
    fn bodies(&self) -> Vec<&str> {
        self.events
            .iter()
            .filter(|e| {
                e.level == Level::TRACE
                    && e.target.starts_with("payspec::hooks")
                    && e.fields.get("message").map(String::as_str)
                        == Some("response body (start, secrets removed)")
            })
            .map(|e| e.fields["body"].as_str())
            .collect()
    }

    /// The one TRACE response-body event's body.
    fn body(&self) -> &str {
        let bodies = self.bodies();
        assert_eq!(bodies.len(), 1, "one response body logged: {bodies:?}");
        bodies[0]
    }

    /// The messages of the events of `level` inside the span.
    fn messages(&self, level: Level) -> Vec<&str> {
        self.events
            .iter()
            .filter(|e| e.level == level && e.target.starts_with("payspec"))
            .filter_map(|e| e.fields.get("message").map(String::as_str))
            .collect()
    }
}

/// Every call `provider` made so far, in order.
fn calls(provider: &str) -> Vec<Call> {
    let c = captured();
    c.spans
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.name == payspec::hooks::CALL_SPAN
                && s.fields.get("provider").map(String::as_str) == Some(provider)
        })
        .map(|(i, span)| Call {
            span: span.clone(),
            events: c
                .events
                .iter()
                .filter(|e| e.scope.contains(&i))
                .cloned()
                .collect(),
        })
        .collect()
}

/// The last call `provider` made, checked for what every call span carries: it is closed, and
/// has a latency in milliseconds and a path without a query.
fn last_call(provider: &str) -> Call {
    let call = calls(provider)
        .pop()
        .unwrap_or_else(|| panic!("{provider}: no call span"));
    assert!(
        call.span.closed,
        "{provider}: the span is closed when the call returns"
    );
    let latency = call.field("latency_ms");
    assert!(
        latency.parse::<u64>().is_ok(),
        "{provider}: latency_ms {latency:?} in {:?}",
        call.span
    );
    let path = call.field("path");
    assert!(
        path.starts_with('/') && !path.contains('?'),
        "{provider}: the path {path:?} must be a path alone, without a query"
    );
    call
}

// ---------------------------------------------------------------------------------------------
// spellings of a secret, computed independently of the client

fn json_escaped(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap();
    quoted[1..quoted.len() - 1].to_owned()
}

/// As PHP's `json_encode` writes it by default: `\/` and `\uXXXX` for anything not ASCII.
fn php_escaped(s: &str) -> String {
    let mut out = String::new();
    for c in json_escaped(s).chars() {
        match c {
            '/' => out.push_str("\\/"),
            c if !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// `application/x-www-form-urlencoded`: `+` for a space, `*-._` and alphanumerics as they are.
fn form_encoded(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"*-._".contains(&b) => out.push(char::from(b)),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// RFC 3986 (PHP's `rawurlencode`): `%20` for a space, `-._~` and alphanumerics as they are.
fn percent_encoded(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b if b.is_ascii_alphanumeric() || b"-._~".contains(&b) => out.push(char::from(b)),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// PHP's `htmlspecialchars` with `ENT_QUOTES`.
fn html_escaped(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#039;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The ways a server may spell `secret` in a body: (name, spelling).
fn spellings(secret: &str) -> Vec<(&'static str, String)> {
    vec![
        ("as is", secret.to_owned()),
        ("upper case", secret.to_ascii_uppercase()),
        ("JSON", json_escaped(secret)),
        ("PHP json_encode", php_escaped(secret)),
        ("JSON inside JSON", json_escaped(&json_escaped(secret))),
        ("PHP inside PHP", php_escaped(&php_escaped(secret))),
        ("form-urlencoded", form_encoded(secret)),
        ("rawurlencode", percent_encoded(secret)),
        ("htmlspecialchars", html_escaped(secret)),
    ]
}

/// Every spelling that must never be in the capture: the server spellings, and the md5 hex,
/// the base64 and the first 12 characters of the secret.
fn forbidden(secret: &str) -> Vec<(&'static str, String)> {
    let mut all = spellings(secret);
    all.push(("md5 hex", md5_hex(secret)));
    all.push(("base64", base64(secret.as_bytes())));
    all.push(("first 12 characters", secret.chars().take(12).collect()));
    all
}

/// Replaces every `needle` in `text`, ignoring ASCII case.
fn replace_ignoring_case(text: &str, needle: &str, with: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let needle = needle.to_ascii_lowercase();
    let mut out = String::new();
    let mut last = 0;
    for (at, _) in lower.match_indices(&needle) {
        out.push_str(&text[last..at]);
        out.push_str(with);
        last = at + needle.len();
    }
    out.push_str(&text[last..]);
    out
}

/// `text` with every spelling of every one of `secrets` replaced by `[redacted]`: what the
/// client must log of a body.
fn scrubbed(text: &str, secrets: &[&str]) -> String {
    let mut all: Vec<String> = secrets
        .iter()
        .flat_map(|s| spellings(s).into_iter().map(|(_, spelled)| spelled))
        .collect();
    all.sort_by_key(|s| Reverse(s.len()));
    all.into_iter().fold(text.to_owned(), |text, s| {
        replace_ignoring_case(&text, &s, "[redacted]")
    })
}

// ---------------------------------------------------------------------------------------------
// what the whole capture must and must not hold

/// No secret of any provider in any spelling, no `Authorization` header, no `User-Agent`.
fn assert_nothing_leaked() {
    let text = captured().text.clone();
    let lower = text.to_ascii_lowercase();
    for (provider, what, secret) in SECRETS {
        for (how, spelled) in forbidden(secret) {
            if let Some(at) = lower.find(&spelled.to_ascii_lowercase()) {
                let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
                let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
                panic!(
                    "the capture holds the {provider} {what} ({how}: {spelled:?}) in:\n{}",
                    &text[start..end]
                );
            }
        }
    }
    // The caller's own `Debug` of a client shows the header names and the (public)
    // `User-Agent`, the `Authorization` value as `Sensitive`: only the library is held to this.
    let caller = format!(" {CALLER} ");
    for line in lower.lines().filter(|l| !l.contains(&caller)) {
        for header in ["authorization", "user-agent", "traceprobe", "jq8zx2"] {
            assert!(!line.contains(header), "the capture holds {header:?} in:\n{line}");
        }
    }
}

/// Bodies are logged only at TRACE: an event of the library (or of reqwest, hyper, wiremock)
/// above TRACE never quotes one, and no span field does.
fn assert_bodies_only_at_trace() {
    let c = captured();
    for e in &c.events {
        if e.target != CALLER && e.fields.values().any(|v| v.contains(BODY_MARK)) {
            assert_eq!(e.level, Level::TRACE, "a body above TRACE: {e:?}");
        }
    }
    for s in &c.spans {
        assert!(
            !s.fields.values().any(|v| v.contains(BODY_MARK)),
            "a body in a span: {s:?}"
        );
    }
}

/// What every provider test checks at its end: its calls were all recorded, with their
/// bodies, at TRACE; third-party records were captured too; nothing leaked.
fn assert_capture(provider: &str, rows: &[&str]) {
    let calls = calls(provider);
    let got: Vec<String> = calls.iter().map(Call::row).collect();
    assert_eq!(got, rows, "{provider}: every call, in order");
    assert!(calls.iter().all(|c| c.span.closed));
    assert!(
        calls
            .iter()
            .flat_map(Call::bodies)
            .any(|b| b.contains("[redacted]")),
        "{provider}: TRACE bodies with secrets removed"
    );
    {
        let c = captured();
        let from_log = |target: &str| {
            c.events
                .iter()
                .any(|e| e.fields.get("log.target").is_some_and(|t| t.starts_with(target)))
        };
        assert!(from_log("wiremock"), "wiremock's `log` records are captured");
        assert!(from_log("reqwest"), "reqwest's `log` records are captured");
        assert!(
            c.events
                .iter()
                .any(|e| e.target.starts_with("hyper_util") && e.level == Level::TRACE),
            "hyper-util's TRACE events are captured"
        );
    }
    assert_bodies_only_at_trace();
    assert_nothing_leaked();
}

// ---------------------------------------------------------------------------------------------
// servers

/// Starts a server whose unmatched requests get a plain 404: wiremock logs an unmatched request
/// whole, headers included, which is the test server's log and not the client's.
async fn server() -> MockServer {
    let server = MockServer::start().await;
    serve(&server, Vec::new()).await;
    server
}

/// Replaces the server's mocks with `mocks` (and the catch-all 404).
async fn serve(server: &MockServer, mocks: Vec<Mock>) {
    server.reset().await;
    for mock in mocks {
        mock.mount(server).await;
    }
    Mock::given(any())
        .respond_with(ResponseTemplate::new(404).set_body_string("no mock for this request"))
        .with_priority(u8::MAX)
        .mount(server)
        .await;
}

/// Every request answered with `response`.
async fn answer(server: &MockServer, response: impl Respond + 'static) {
    serve(server, vec![Mock::given(any()).respond_with(response)]).await;
}

fn json_answer(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_string(), "application/json")
}

fn text_answer(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_owned(), "text/plain")
}

/// A JSON body that stops half-way.
fn malformed(echo: &str) -> ResponseTemplate {
    let body = format!(r#"{{"{BODY_MARK}": {}, "#, json!(echo));
    ResponseTemplate::new(200).set_body_raw(body, "application/json")
}

/// What a hostile server echoes of a request: everything that may carry a credential.
fn echo(r: &Request) -> String {
    let auth = r
        .headers
        .get("authorization")
        .map_or("-", |v| v.to_str().unwrap());
    format!(
        "{BODY_MARK} {} {}?{} auth={auth} body={}",
        r.method,
        r.url.path(),
        r.url.query().unwrap_or(""),
        String::from_utf8_lossy(&r.body)
    )
}

/// Answers with `wrap(echo of the request)`.
struct Echo {
    status: u16,
    wrap: fn(String) -> Value,
}

impl Respond for Echo {
    fn respond(&self, r: &Request) -> ResponseTemplate {
        json_answer(self.status, (self.wrap)(echo(r)))
    }
}

/// Answers with the request's echo as plain text.
struct EchoText(u16);

impl Respond for EchoText {
    fn respond(&self, r: &Request) -> ResponseTemplate {
        text_answer(self.0, &echo(r))
    }
}

/// Answers with each template in turn, then repeats the last one.
struct Sequence {
    answers: Vec<ResponseTemplate>,
    next: AtomicUsize,
}

fn sequence(answers: Vec<ResponseTemplate>) -> Sequence {
    Sequence {
        answers,
        next: AtomicUsize::new(0),
    }
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let i = self.next.fetch_add(1, Ordering::SeqCst);
        self.answers[i.min(self.answers.len() - 1)].clone()
    }
}

/// The last request the server received at `at`.
async fn last_request(server: &MockServer, at: &str) -> Request {
    let requests = server.received_requests().await.expect("request recording is on");
    requests
        .into_iter()
        .rev()
        .find(|r| r.url.path() == at)
        .unwrap_or_else(|| panic!("no request to {at}"))
}

/// The body the server answered the last request at `at` with, knowing its responder.
async fn served(server: &MockServer, at: &str, wrap: fn(String) -> Value) -> String {
    wrap(echo(&last_request(server, at).await)).to_string()
}

/// A redirect to `location`.
fn redirect(status: u16, location: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).insert_header("location", location)
}

fn config() -> Config {
    Config::default().user_agent(USER_AGENT)
}

fn retrying() -> Config {
    common::fast_retries(2).user_agent(USER_AGENT)
}

/// Retries on an idempotent call: 503 once, then `then`.
fn busy_then(at: &str, then: ResponseTemplate) -> Vec<Mock> {
    vec![
        Mock::given(path(at))
            .respond_with(text_answer(503, "busy"))
            .up_to_n_times(1)
            .with_priority(1),
        Mock::given(path(at)).respond_with(then),
    ]
}

fn redirect_location(err: &Error) -> Option<&str> {
    match err {
        Error::Redirect { location, .. } => location.as_deref(),
        other => panic!("not a redirect error: {other:?}"),
    }
}

/// Calls `run` once per spelling of each secret, each answered with a 500 whose body is that
/// spelling, and checks the logged body: the spelling is `[redacted]`, nothing else changed.
async fn taunt(
    provider: &str,
    server: &MockServer,
    secrets: &[&str],
    run: impl AsyncFn() -> Result<(), Error>,
) {
    for secret in secrets {
        for (how, spelled) in spellings(secret) {
            answer(
                server,
                text_answer(500, &format!("{BODY_MARK} {how}: {spelled} :end")),
            )
            .await;
            let result = run().await;
            log_result(&result);
            assert!(
                matches!(result, Err(Error::Status { status: 500, .. })),
                "{result:?}"
            );
            assert_eq!(
                last_call(provider).body(),
                format!("{BODY_MARK} {how}: [redacted] :end"),
                "{provider}: {secret:?} spelled {how}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// OneBox

fn onebox_client(server: &MockServer, config: Config) -> payspec_onebox::Client {
    let credentials = payspec_onebox::Credentials::from_password(ONEBOX_LOGIN, ONEBOX_PASSWORD).unwrap();
    assert_eq!(credentials.password_md5_hex(), ONEBOX_MD5);
    payspec_onebox::Client::with_config(&server.uri(), credentials, config).unwrap()
}

#[tokio::test]
async fn onebox_calls_are_traced_without_secrets() {
    install();
    const P: &str = "onebox";
    const BALANCE: &str = "/api/budget/balance/get/";
    const DELETE: &str = "/api/payment/delete/";
    let server = server().await;
    let client = onebox_client(&server, config());
    tracing::info!(target: CALLER, client = ?client, "the caller logs the client");

    // Success.
    answer(&server, json_answer(200, json!([]))).await;
    let r = client.budget_balance_get().await;
    log_result(&r);
    assert!(r.unwrap().is_empty());
    let call = last_call(P);
    assert_eq!(call.body(), "[]");
    assert_eq!(call.messages(Level::DEBUG), ["answered", "call succeeded"]);

    // A refusal at HTTP 200 that echoes the query (login and md5).
    fn fail(echo: String) -> Value {
        json!({"status": "fail", "message": echo})
    }
    answer(
        &server,
        Echo {
            status: 200,
            wrap: fail,
        },
    )
    .await;
    let r = client.payment_delete().paymentid(3).await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Provider(_))), "{r:?}");
    let body = served(&server, DELETE, fail).await;
    assert!(body.contains(ONEBOX_MD5), "the server echoed the md5: {body}");
    assert_eq!(last_call(P).body(), scrubbed(&body, &[ONEBOX_MD5]));

    // The bad-credentials envelope, and a bare 401 that echoes the request.
    answer(
        &server,
        json_answer(
            200,
            json!({"status": "error", "message": "Login or password not correct!"}),
        ),
    )
    .await;
    let r = client.budget_balance_get().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    answer(&server, EchoText(401)).await;
    let r = client.budget_balance_get().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    let echoed = echo(&last_request(&server, BALANCE).await);
    assert_eq!(last_call(P).body(), scrubbed(&echoed, &[ONEBOX_MD5]));

    // An undecodable body quoting the request.
    answer(&server, malformed(&format!("password={ONEBOX_MD5}"))).await;
    let r = client.budget_balance_get().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Decode { .. })), "{r:?}");
    assert_eq!(
        last_call(P).body(),
        format!(r#"{{"{BODY_MARK}": "password=[redacted]", "#)
    );

    // A retried call: 503, then the answer.
    let retrying_client = onebox_client(&server, retrying());
    serve(&server, busy_then(BALANCE, json_answer(200, json!([])))).await;
    let r = retrying_client.budget_balance_get().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let call = last_call(P);
    assert_eq!(
        call.messages(Level::INFO),
        ["repeating a call that is safe to repeat"]
    );
    assert_eq!(call.body(), "[]", "only the final answer's body is logged");

    // A same-host redirect whose Location carries the credentials, followed.
    serve(
        &server,
        vec![
            Mock::given(path(BALANCE)).respond_with(redirect(
                302,
                &format!("/api/moved/?login={ONEBOX_LOGIN}&password={ONEBOX_MD5}"),
            )),
            Mock::given(path("/api/moved/")).respond_with(json_answer(200, json!([]))),
        ],
    )
    .await;
    let r = client.budget_balance_get().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    last_request(&server, "/api/moved/").await;

    // A redirect to a host named after the md5, not followed.
    answer(
        &server,
        redirect(
            302,
            &format!("http://{ONEBOX_MD5}.invalid/steal/?password={ONEBOX_MD5}"),
        ),
    )
    .await;
    let r = client.budget_balance_get().await;
    log_result(&r);
    assert_eq!(
        redirect_location(r.as_ref().unwrap_err()),
        Some("http://[redacted].invalid")
    );

    // Every spelling of the md5.
    taunt(P, &server, &[ONEBOX_MD5], async || {
        client.budget_balance_get().await.map(drop)
    })
    .await;

    // The raw `.send()` path has its span too.
    answer(&server, json_answer(200, json!([]))).await;
    let r = client.budget_balance_get().send().await;
    log_result(&r.map(|v| v.into_inner()));
    assert_eq!(last_call(P).body(), "[]");
    answer(
        &server,
        Echo {
            status: 200,
            wrap: fail,
        },
    )
    .await;
    let r = client.payment_delete().paymentid(4).send().await;
    log_result(&r.map(|v| v.into_inner()));
    let body = served(&server, DELETE, fail).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &[ONEBOX_MD5]));

    let taunts = ["budget_balance_get GET /api/budget/balance/get/ 500 x1 status"; 9];
    let mut rows = vec![
        "budget_balance_get GET /api/budget/balance/get/ 200 x1 ok",
        "payment_delete GET /api/payment/delete/ 200 x1 provider",
        "budget_balance_get GET /api/budget/balance/get/ 200 x1 authentication",
        "budget_balance_get GET /api/budget/balance/get/ 401 x1 authentication",
        "budget_balance_get GET /api/budget/balance/get/ 200 x1 decode",
        "budget_balance_get GET /api/budget/balance/get/ 200 x2 ok",
        "budget_balance_get GET /api/budget/balance/get/ 200 x1 ok",
        "budget_balance_get GET /api/budget/balance/get/ 302 x1 redirect",
    ];
    rows.extend(taunts);
    rows.extend([
        "budget_balance_get GET /api/budget/balance/get/ 200 x1 -",
        "payment_delete GET /api/payment/delete/ 200 x1 -",
    ]);
    assert_capture(P, &rows);
}

// ---------------------------------------------------------------------------------------------
// CrystalPay

fn crystalpay_credentials() -> payspec_crystalpay::Credentials {
    payspec_crystalpay::Credentials::new(CRYSTALPAY_LOGIN, CRYSTALPAY_SECRET)
        .unwrap()
        .with_salt(CRYSTALPAY_SALT)
        .unwrap()
}

fn crystalpay_client(server: &MockServer, config: Config) -> payspec_crystalpay::Client {
    payspec_crystalpay::Client::with_config(&server.uri(), crystalpay_credentials(), config).unwrap()
}

#[tokio::test]
async fn crystalpay_calls_are_traced_without_secrets() {
    install();
    const P: &str = "crystalpay";
    const ME: &str = "/v3/me/info/";
    const INFO: &str = "/v3/invoice/info/";
    const PAYOFF: &str = "/v3/payoff/create/";
    let secrets = [CRYSTALPAY_SECRET, CRYSTALPAY_SALT];
    let server = server().await;
    let client = crystalpay_client(&server, config());
    tracing::info!(target: CALLER, client = ?client, "the caller logs the client");
    let me = json!({"error": false, "errors": [], "id": "123", "name": "tracer"});

    // Success.
    answer(&server, json_answer(200, me.clone())).await;
    let r = client.me_info().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(last_call(P).body(), me.to_string());

    // A signed call whose answer echoes the request body (auth_secret, JSON-escaped twice).
    fn payoff(echo: String) -> Value {
        json!({"error": false, "errors": [], "id": "p-1", "echo": echo})
    }
    answer(
        &server,
        Echo {
            status: 200,
            wrap: payoff,
        },
    )
    .await;
    let r = client
        .payoff_create()
        .body_map(|b| {
            b.amount("0.0005")
                .method("BITCOIN")
                .wallet("bc1qtrace")
                .subtract_from("amount")
        })
        .await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let body = served(&server, PAYOFF, payoff).await;
    assert!(
        body.contains(&json_escaped(&json_escaped(CRYSTALPAY_SECRET))),
        "{body}"
    );
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // Refusals at HTTP 200: a plain one, and one that quotes the request (its `auth_login`
    // makes it a credentials problem).
    answer(
        &server,
        json_answer(200, json!({"error": true, "errors": ["Invoice not found"]})),
    )
    .await;
    let r = client.invoice_info().body_map(|b| b.id("123_abc")).await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Provider(_))), "{r:?}");
    fn refused(echo: String) -> Value {
        json!({"error": true, "errors": [echo]})
    }
    answer(
        &server,
        Echo {
            status: 200,
            wrap: refused,
        },
    )
    .await;
    let r = client.invoice_info().body_map(|b| b.id("123_abc")).await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    let body = served(&server, INFO, refused).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // A 401 that echoes the request.
    answer(&server, EchoText(401)).await;
    let r = client.me_info().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    let echoed = echo(&last_request(&server, ME).await);
    assert!(echoed.contains(&json_escaped(CRYSTALPAY_SECRET)), "{echoed}");
    assert_eq!(last_call(P).body(), scrubbed(&echoed, &secrets));

    // An undecodable body.
    answer(&server, malformed(CRYSTALPAY_SECRET)).await;
    let r = client.me_info().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Decode { .. })), "{r:?}");
    assert_eq!(last_call(P).body(), format!(r#"{{"{BODY_MARK}": "[redacted]", "#));

    // A retried call.
    let retrying_client = crystalpay_client(&server, retrying());
    serve(
        &server,
        busy_then(
            INFO,
            json_answer(200, json!({"error": false, "errors": [], "id": "123_abc"})),
        ),
    )
    .await;
    let r = retrying_client.invoice_info().body_map(|b| b.id("123_abc")).await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(
        last_call(P).messages(Level::INFO),
        ["repeating a call that is safe to repeat"]
    );

    // A same-host redirect (307 keeps the POST and its body), followed.
    serve(
        &server,
        vec![
            Mock::given(path(ME)).respond_with(redirect(307, "/v3/moved/")),
            Mock::given(method("POST"))
                .and(path("/v3/moved/"))
                .respond_with(json_answer(200, me.clone())),
        ],
    )
    .await;
    let r = client.me_info().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let moved = last_request(&server, "/v3/moved/").await;
    assert!(String::from_utf8_lossy(&moved.body).contains("auth_secret"));

    // A redirect to another host whose query carries the secret, not followed.
    answer(
        &server,
        redirect(
            302,
            &format!("http://evil.invalid/?s={}", percent_encoded(CRYSTALPAY_SECRET)),
        ),
    )
    .await;
    let r = client.me_info().await;
    log_result(&r);
    assert_eq!(
        redirect_location(r.as_ref().unwrap_err()),
        Some("http://evil.invalid")
    );

    // Every spelling of the secret and of the salt.
    taunt(P, &server, &secrets, async || client.me_info().await.map(drop)).await;

    // The raw `.send()` path.
    answer(
        &server,
        Echo {
            status: 200,
            wrap: payoff,
        },
    )
    .await;
    let r = client.me_info().send().await;
    log_result(&r.map(|v| v.into_inner()));
    let body = served(&server, ME, payoff).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // Callbacks, good and forged.
    let id = "123456789_tracetrace";
    let signature = sha1_hex(&format!("{id}:{CRYSTALPAY_SALT}"));
    let good = format!(r#"{{"id":"{id}","state":"payed","signature":"{signature}"}}"#);
    let r = payspec_crystalpay::verify_callback(good.as_bytes(), &crystalpay_credentials());
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let forged = good.replace(&signature, &sha1_hex(&format!("{id}:guess")));
    let r = payspec_crystalpay::verify_callback(forged.as_bytes(), &crystalpay_credentials());
    log_result(&r);
    assert_eq!(r.unwrap_err(), WebhookError::BadSignature);

    let mut rows = vec![
        "me_info POST /v3/me/info/ 200 x1 ok",
        "payoff_create POST /v3/payoff/create/ 200 x1 ok",
        "invoice_info POST /v3/invoice/info/ 200 x1 provider",
        "invoice_info POST /v3/invoice/info/ 200 x1 authentication",
        "me_info POST /v3/me/info/ 401 x1 authentication",
        "me_info POST /v3/me/info/ 200 x1 decode",
        "invoice_info POST /v3/invoice/info/ 200 x2 ok",
        "me_info POST /v3/me/info/ 200 x1 ok",
        "me_info POST /v3/me/info/ 302 x1 redirect",
    ];
    rows.extend(["me_info POST /v3/me/info/ 500 x1 status"; 18]);
    rows.push("me_info POST /v3/me/info/ 200 x1 -");
    assert_capture(P, &rows);
}

// ---------------------------------------------------------------------------------------------
// PayKeeper

const TOKEN_PATH: &str = match payspec_paykeeper::TOKEN_ENDPOINT {
    Some(path) => path,
    None => panic!("no token endpoint"),
};

fn paykeeper_client(server: &MockServer, config: Config) -> payspec_paykeeper::Client {
    let credentials = payspec_paykeeper::Credentials::new(PAYKEEPER_USER, PAYKEEPER_PASSWORD).unwrap();
    assert_eq!(credentials.encoded(), PAYKEEPER_BASIC);
    assert_eq!(
        base64(format!("{PAYKEEPER_USER}:{PAYKEEPER_PASSWORD}").as_bytes()),
        PAYKEEPER_BASIC
    );
    payspec_paykeeper::Client::with_config(&server.uri(), credentials, config).unwrap()
}

/// The token endpoint, as PHP writes it (`\/`), ahead of every other mock.
fn token_endpoint(answers: Vec<ResponseTemplate>) -> Mock {
    Mock::given(method("GET"))
        .and(path(TOKEN_PATH))
        .respond_with(sequence(answers))
        .with_priority(1)
}

fn token_answer(token: &str) -> ResponseTemplate {
    let body = format!(r#"{{"token":"{}"}}"#, php_escaped(token));
    ResponseTemplate::new(200).set_body_raw(body, "application/json")
}

#[tokio::test]
async fn paykeeper_calls_are_traced_without_secrets() {
    install();
    const P: &str = "paykeeper";
    const PREVIEW: &str = "/change/invoice/preview/";
    const LIST: &str = "/info/invoice/list/";
    const BYID: &str = "/info/invoice/byid/";
    let secrets = [
        PAYKEEPER_PASSWORD,
        PAYKEEPER_BASIC,
        PAYKEEPER_TOKEN_1,
        PAYKEEPER_TOKEN_2,
    ];
    let server = server().await;
    let client = paykeeper_client(&server, config());
    tracing::info!(target: CALLER, client = ?client, "the caller logs the client");

    // Success of a POST: the token is fetched first; the answer echoes the form (token
    // URL-encoded) and the Basic header.
    fn preview(echo: String) -> Value {
        json!({"result": "success", "invoice_id": "20140402085214805", "echo": echo})
    }
    serve(
        &server,
        vec![
            token_endpoint(vec![token_answer(PAYKEEPER_TOKEN_1)]),
            Mock::given(path(PREVIEW)).respond_with(Echo {
                status: 200,
                wrap: preview,
            }),
        ],
    )
    .await;
    let r = client
        .invoice_preview()
        .body_map(|b| b.pay_amount("1205.98"))
        .await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let body = served(&server, PREVIEW, preview).await;
    assert!(body.contains(&form_encoded(PAYKEEPER_TOKEN_1)), "{body}");
    assert!(body.contains(PAYKEEPER_BASIC), "{body}");
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // Success of a GET.
    answer(&server, json_answer(200, json!([]))).await;
    let r = client.invoice_list().await;
    log_result(&r);
    assert!(r.unwrap().is_empty());

    // A refusal at HTTP 200 that echoes the request.
    fn fail(echo: String) -> Value {
        json!({"result": "fail", "msg": echo})
    }
    answer(
        &server,
        Echo {
            status: 200,
            wrap: fail,
        },
    )
    .await;
    let r = client.invoice_byid().id("20140402085214805").await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Provider(_))), "{r:?}");
    let body = served(&server, BYID, fail).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // The token went stale: a new one is fetched and the call repeated once.
    serve(
        &server,
        vec![
            token_endpoint(vec![token_answer(PAYKEEPER_TOKEN_2)]),
            Mock::given(path(PREVIEW)).respond_with(sequence(vec![
                json_answer(
                    200,
                    json!({"result": "fail", "msg": payspec_paykeeper::STALE_TOKEN_MESSAGE}),
                ),
                json_answer(
                    200,
                    json!({"result": "success", "invoice_id": "20140402085214806"}),
                ),
            ])),
        ],
    )
    .await;
    let r = client
        .invoice_preview()
        .body_map(|b| b.pay_amount("1205.98"))
        .await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(
        last_call(P).messages(Level::DEBUG),
        [
            "session credential went stale: fetching a new one and repeating the call once",
            "answered",
            "call succeeded"
        ]
    );
    let repeated = last_request(&server, PREVIEW).await;
    assert!(String::from_utf8_lossy(&repeated.body).contains(&form_encoded(PAYKEEPER_TOKEN_2)));

    // A 401 that echoes the request, and an undecodable body.
    answer(&server, EchoText(401)).await;
    let r = client.invoice_list().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    let echoed = echo(&last_request(&server, LIST).await);
    assert_eq!(last_call(P).body(), scrubbed(&echoed, &secrets));
    answer(
        &server,
        malformed(&format!("token={}", form_encoded(PAYKEEPER_TOKEN_2))),
    )
    .await;
    let r = client.invoice_list().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Decode { .. })), "{r:?}");
    assert_eq!(
        last_call(P).body(),
        format!(r#"{{"{BODY_MARK}": "token=[redacted]", "#)
    );

    // A retried GET.
    let retrying_client = paykeeper_client(&server, retrying());
    serve(
        &server,
        busy_then(BYID, json_answer(200, json!({"id": "20140402085214805"}))),
    )
    .await;
    let r = retrying_client.invoice_byid().id("20140402085214805").await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(
        last_call(P).messages(Level::INFO),
        ["repeating a call that is safe to repeat"]
    );

    // PayKeeper follows no redirect: the login page's redirect is a credentials problem.
    answer(
        &server,
        redirect(302, &format!("/login/?token={}", form_encoded(PAYKEEPER_TOKEN_2))),
    )
    .await;
    let r = client.invoice_list().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");

    // Every spelling of the password, the Basic value and both tokens (the stale one included).
    taunt(P, &server, &secrets, async || {
        client.invoice_byid().id("20140402085214805").await.map(drop)
    })
    .await;

    // The raw `.send()` path, a GET and a POST (the cached token).
    answer(&server, json_answer(200, json!([]))).await;
    let r = client.invoice_list().send().await;
    log_result(&r.map(|v| v.into_inner()));
    serve(
        &server,
        vec![Mock::given(path(PREVIEW)).respond_with(Echo {
            status: 200,
            wrap: preview,
        })],
    )
    .await;
    let r = client
        .invoice_preview()
        .body_map(|b| b.pay_amount("1.00"))
        .send()
        .await;
    log_result(&r.map(|v| v.into_inner()));
    let body = served(&server, PREVIEW, preview).await;
    assert!(body.contains(&form_encoded(PAYKEEPER_TOKEN_2)), "{body}");
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // The token endpoint refuses (and echoes the Basic header): the call is refused with it.
    let fresh = paykeeper_client(&server, config());
    serve(
        &server,
        vec![
            Mock::given(path(TOKEN_PATH))
                .respond_with(EchoText(401))
                .with_priority(1),
        ],
    )
    .await;
    let r = fresh.invoice_preview().body_map(|b| b.pay_amount("1.00")).await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");

    // Notifications, good and forged.
    let word = payspec_paykeeper::SigningKey::new(PAYKEEPER_WORD).unwrap();
    let key = md5_hex(&format!("771205.90Ivanov1337{PAYKEEPER_WORD}"));
    let good = format!("id=77&sum=1205.9&clientid=Ivanov&orderid=1337&key={key}");
    let r = payspec_paykeeper::verify_notification(good.as_bytes(), &word);
    log_result(&r);
    assert_eq!(
        r.unwrap().reply,
        format!("OK {}", md5_hex(&format!("77{PAYKEEPER_WORD}")))
    );
    let forged = good.replace("sum=1205.9", "sum=1.00");
    let r = payspec_paykeeper::verify_notification(forged.as_bytes(), &word);
    log_result(&r);
    assert_eq!(r.unwrap_err(), WebhookError::BadSignature);

    let mut rows = vec![
        "invoice_preview POST /change/invoice/preview/ 200 x1 ok",
        "invoice_list GET /info/invoice/list/ 200 x1 ok",
        "invoice_byid GET /info/invoice/byid/ 200 x1 provider",
        "invoice_preview POST /change/invoice/preview/ 200 x1 ok",
        "invoice_list GET /info/invoice/list/ 401 x1 authentication",
        "invoice_list GET /info/invoice/list/ 200 x1 decode",
        "invoice_byid GET /info/invoice/byid/ 200 x2 ok",
        "invoice_list GET /info/invoice/list/ 302 x1 authentication",
    ];
    rows.extend(["invoice_byid GET /info/invoice/byid/ 500 x1 status"; 36]);
    rows.extend([
        "invoice_list GET /info/invoice/list/ 200 x1 -",
        "invoice_preview POST /change/invoice/preview/ 200 x1 -",
        "invoice_preview POST /change/invoice/preview/ 401 x- authentication",
    ]);
    assert_capture(P, &rows);
}

// ---------------------------------------------------------------------------------------------
// Invoicebox

fn invoicebox_client(server: &MockServer, config: Config) -> payspec_invoicebox::Client {
    let credentials = payspec_invoicebox::Credentials::new(INVOICEBOX_TOKEN, INVOICEBOX_MERCHANT).unwrap();
    payspec_invoicebox::Client::with_config(&server.uri(), credentials, config).unwrap()
}

#[tokio::test]
async fn invoicebox_calls_are_traced_without_secrets() {
    install();
    const P: &str = "invoicebox";
    const LIST: &str = "/filter/api/order/order";
    const ORDER: &str = "0188d934-85f8-f872-2ac6-ad202d71b985";
    let order_path = format!("/billing/api/order/order/{ORDER}");
    let secrets = [INVOICEBOX_TOKEN];
    let server = server().await;
    let client = invoicebox_client(&server, config());
    tracing::info!(target: CALLER, client = ?client, "the caller logs the client");

    // Success, and a success that echoes the `Authorization` header.
    answer(&server, json_answer(200, json!({"data": []}))).await;
    let r = client.order_list().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    fn order(echo: String) -> Value {
        json!({
            "data": {
                "id": "0188d934-85f8-f872-2ac6-ad202d71b985",
                "status": "created",
                "createdAt": "2023-06-15T10:00:00+00:00",
                "paymentUrl": "https://pay.invoicebox.ru/order/0188d934-85f8-f872-2ac6-ad202d71b985"
            },
            "extendedData": {"echo": echo}
        })
    }
    answer(
        &server,
        Echo {
            status: 200,
            wrap: order,
        },
    )
    .await;
    let r = client.order_get().uuid(ORDER).await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let body = served(&server, &order_path, order).await;
    assert!(body.contains(&format!("Bearer {INVOICEBOX_TOKEN}")), "{body}");
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // The documented error object at 400, quoting the request.
    fn refused(echo: String) -> Value {
        json!({"error": {"code": "validation_error", "message": echo}})
    }
    answer(
        &server,
        Echo {
            status: 400,
            wrap: refused,
        },
    )
    .await;
    let r = client.order_get().uuid(ORDER).await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Provider(_))), "{r:?}");
    let body = served(&server, &order_path, refused).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // A 401 that echoes the request, and an undecodable body.
    answer(&server, EchoText(401)).await;
    let r = client.order_list().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    let echoed = echo(&last_request(&server, LIST).await);
    assert_eq!(last_call(P).body(), scrubbed(&echoed, &secrets));
    answer(&server, malformed(&format!("Bearer {INVOICEBOX_TOKEN}"))).await;
    let r = client.order_list().await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Decode { .. })), "{r:?}");
    assert_eq!(
        last_call(P).body(),
        format!(r#"{{"{BODY_MARK}": "Bearer [redacted]", "#)
    );

    // A retried call.
    let retrying_client = invoicebox_client(&server, retrying());
    serve(&server, busy_then(LIST, json_answer(200, json!({"data": []})))).await;
    let r = retrying_client.order_list().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(
        last_call(P).messages(Level::INFO),
        ["repeating a call that is safe to repeat"]
    );

    // A same-host redirect, followed; one to a host named after the token, not followed.
    serve(
        &server,
        vec![
            Mock::given(path(LIST)).respond_with(redirect(302, "/filter/api/order/moved")),
            Mock::given(path("/filter/api/order/moved")).respond_with(json_answer(200, json!({"data": []}))),
        ],
    )
    .await;
    let r = client.order_list().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    answer(
        &server,
        redirect(302, &format!("http://{INVOICEBOX_TOKEN}.invalid/steal")),
    )
    .await;
    let r = client.order_list().await;
    log_result(&r);
    assert_eq!(
        redirect_location(r.as_ref().unwrap_err()),
        Some("http://[redacted].invalid")
    );

    // Every spelling of the token.
    taunt(P, &server, &secrets, async || client.order_list().await.map(drop)).await;

    // The raw `.send()` path.
    answer(
        &server,
        Echo {
            status: 200,
            wrap: order,
        },
    )
    .await;
    let r = client.order_get().uuid(ORDER).send().await;
    log_result(&r.map(|v| v.into_inner()));
    let body = served(&server, &order_path, order).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // Notifications, good and forged (HMAC-SHA1 computed independently of the client).
    let key = payspec_invoicebox::SigningKey::new(INVOICEBOX_KEY).unwrap();
    let body = r#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","status":"success","amount":2790.67,"merchantId":"5f0c1a2b-7d3e-4f60-9a1b-2c3d4e5f6a7b","customer":{"type":"private"},"currencyId":"RUB","createdAt":"2023-06-20T14:27:58+00:00"}"#;
    let signature = "023dcea44bdb86269624a21b21069520a443e9c6";
    let receiver = payspec_invoicebox::Receiver::new(key);
    tracing::debug!(target: CALLER, ?receiver, "the caller logs its receiver");
    let receive = |body: &str| {
        use payspec_invoicebox::Receive as _;
        let mut headers = payspec::reqwest::header::HeaderMap::new();
        headers.insert("content-type", "application/json".parse().unwrap());
        headers.insert("x-signature", signature.parse().unwrap());
        receiver.receive(&payspec::reqwest::Method::POST, &headers, body.as_bytes())
    };
    let r = receive(body);
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let forged = body.replace("2790.67", "2790.68");
    let r = receive(&forged);
    log_result(&r);
    assert_eq!(r.unwrap_err(), WebhookError::BadSignature);

    let get = format!("order_get GET {order_path}");
    let mut rows = vec![
        "order_list GET /filter/api/order/order 200 x1 ok".to_owned(),
        format!("{get} 200 x1 ok"),
        format!("{get} 400 x1 provider"),
        "order_list GET /filter/api/order/order 401 x1 authentication".to_owned(),
        "order_list GET /filter/api/order/order 200 x1 decode".to_owned(),
        "order_list GET /filter/api/order/order 200 x2 ok".to_owned(),
        "order_list GET /filter/api/order/order 200 x1 ok".to_owned(),
        "order_list GET /filter/api/order/order 302 x1 redirect".to_owned(),
    ];
    rows.extend(vec![
        "order_list GET /filter/api/order/order 500 x1 status"
            .to_owned();
        9
    ]);
    rows.push(format!("{get} 200 x1 -"));
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_capture(P, &rows);
}

// ---------------------------------------------------------------------------------------------
// Sber

fn sber_client(server: &MockServer, config: Config) -> payspec_sber::Client {
    let token = payspec_sber::BearerToken::new(SBER_TOKEN).unwrap();
    payspec_sber::Client::with_config(&server.uri(), token, config).unwrap()
}

#[tokio::test]
async fn sber_calls_are_traced_without_secrets() {
    install();
    const P: &str = "sber";
    const INVOICE: &str = "/invoices/3538853";
    const LIST: &str = "/invoices";
    let secrets = [SBER_TOKEN];
    let server = server().await;
    let client = sber_client(&server, config());
    tracing::info!(target: CALLER, client = ?client, "the caller logs the client");

    // Success, and a success that echoes the `Authorization` header.
    let created = json!({"invoice_id": "3538853", "invoice_status": "created"});
    answer(&server, json_answer(200, created.clone())).await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(last_call(P).body(), created.to_string());
    fn invoice(echo: String) -> Value {
        json!({"invoice_id": "3538853", "invoice_status": "created", "echo": echo})
    }
    answer(
        &server,
        Echo {
            status: 200,
            wrap: invoice,
        },
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    let body = served(&server, INVOICE, invoice).await;
    assert!(body.contains(&format!("Bearer {SBER_TOKEN}")), "{body}");
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    // The error object at 400 and at HTTP 200, quoting the request.
    fn refused(echo: String) -> Value {
        json!({"error": {"user_message": echo, "error_description": "refused", "error_code": "5"}})
    }
    answer(
        &server,
        Echo {
            status: 400,
            wrap: refused,
        },
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Provider(_))), "{r:?}");
    let body = served(&server, INVOICE, refused).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));
    answer(
        &server,
        Echo {
            status: 200,
            wrap: refused,
        },
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Provider(_))), "{r:?}");

    // A 401 that echoes the request, and an undecodable body.
    answer(&server, EchoText(401)).await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Authentication(_))), "{r:?}");
    let echoed = echo(&last_request(&server, INVOICE).await);
    assert_eq!(last_call(P).body(), scrubbed(&echoed, &secrets));
    answer(
        &server,
        malformed(&format!("Bearer {}", json_escaped(SBER_TOKEN))),
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(matches!(r, Err(Error::Decode { .. })), "{r:?}");
    assert_eq!(
        last_call(P).body(),
        format!(r#"{{"{BODY_MARK}": "Bearer [redacted]", "#)
    );

    // A retried call.
    let retrying_client = sber_client(&server, retrying());
    serve(
        &server,
        busy_then(LIST, json_answer(200, json!({"invoices": []}))),
    )
    .await;
    let r = retrying_client.invoice_list().await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(
        last_call(P).messages(Level::INFO),
        ["repeating a call that is safe to repeat"]
    );

    // A same-host redirect, followed; one to another host with the token in its query, not.
    serve(
        &server,
        vec![
            Mock::given(path(INVOICE)).respond_with(redirect(
                302,
                &format!("/moved/3538853?token={}", form_encoded(SBER_TOKEN)),
            )),
            Mock::given(path("/moved/3538853")).respond_with(json_answer(200, created.clone())),
        ],
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert!(r.is_ok(), "{r:?}");
    answer(
        &server,
        redirect(
            302,
            &format!("http://evil.invalid/?t={}", percent_encoded(SBER_TOKEN)),
        ),
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").await;
    log_result(&r);
    assert_eq!(
        redirect_location(r.as_ref().unwrap_err()),
        Some("http://evil.invalid")
    );

    // Every spelling of the token.
    taunt(P, &server, &secrets, async || {
        client.invoice_get().invoice_id("3538853").await.map(drop)
    })
    .await;

    // The raw `.send()` path.
    answer(
        &server,
        Echo {
            status: 200,
            wrap: invoice,
        },
    )
    .await;
    let r = client.invoice_get().invoice_id("3538853").send().await;
    log_result(&r.map(|v| v.into_inner()));
    let body = served(&server, INVOICE, invoice).await;
    assert_eq!(last_call(P).body(), scrubbed(&body, &secrets));

    let mut rows = vec![
        "invoice_get GET /invoices/3538853 200 x1 ok",
        "invoice_get GET /invoices/3538853 200 x1 ok",
        "invoice_get GET /invoices/3538853 400 x1 provider",
        "invoice_get GET /invoices/3538853 200 x1 provider",
        "invoice_get GET /invoices/3538853 401 x1 authentication",
        "invoice_get GET /invoices/3538853 200 x1 decode",
        "invoice_list GET /invoices 200 x2 ok",
        "invoice_get GET /invoices/3538853 200 x1 ok",
        "invoice_get GET /invoices/3538853 302 x1 redirect",
    ];
    rows.extend(["invoice_get GET /invoices/3538853 500 x1 status"; 9]);
    rows.push("invoice_get GET /invoices/3538853 200 x1 -");
    assert_capture(P, &rows);
}

// ---------------------------------------------------------------------------------------------
// the helpers themselves

#[test]
fn spellings_are_what_servers_write() {
    let s = "a/b \"é&'<";
    assert_eq!(json_escaped(s), r#"a/b \"é&'<"#);
    assert_eq!(php_escaped(s), r#"a\/b \"\u00e9&'<"#);
    assert_eq!(json_escaped(&json_escaped(s)), r#"a/b \\\"é&'<"#);
    assert_eq!(form_encoded(s), "a%2Fb+%22%C3%A9%26%27%3C");
    assert_eq!(percent_encoded(s), "a%2Fb%20%22%C3%A9%26%27%3C");
    assert_eq!(html_escaped(s), "a/b &quot;é&amp;&#039;&lt;");
    assert_eq!(base64(b"pk-user-tr4c3:pkPw/8 Ld&Q\xc3\xa93+v"), PAYKEEPER_BASIC);
    assert_eq!(base64(b"ab"), "YWI=");
    assert_eq!(base64(b"a"), "YQ==");
    assert_eq!(md5_hex(ONEBOX_PASSWORD), ONEBOX_MD5);
    assert_eq!(
        scrubbed("x A%2FB+%22%C3%A9%26%27%3C y a/b \"é&'< z", &[s]),
        "x [redacted] y [redacted] z"
    );
}
