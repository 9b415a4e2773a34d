//! A server that echoes the whole request (method, URL with query, every header, body) back
//! to the client, in the body, in response headers and in a `Location`, each time in several
//! spellings (as received, percent-encoded once and twice, form-encoded, JSON-escaped, base64
//! standard and URL-safe, padded or not, hex), for a success, a refusal (the provider's
//! envelope), an undecodable answer, a well-formed success of the wrong type (a documented
//! member of another type), a success with a 2xx status the operation does not declare (203)
//! and a redirect to another host: for every provider, no
//! credential the client holds shows in `payspec::Error`'s `Display` or `Debug`, in the raw
//! `.send()` error's `Display` or `Debug` (nor in the body of its unexpected response), or in
//! any log line at any level (TRACE included, `log` records of reqwest and hyper too).
//!
//! A credential is looked for in every spelling listed in the README (computed here,
//! independently of `payspec::hooks::redact`): as sent, percent-encoded once and twice,
//! form-encoded, JSON-escaped, hex (any case), the part of its base64 that depends on it alone
//! at each of the three offsets it may have in a larger base64 text (standard and URL-safe),
//! and the HTTP Basic value; the JSON-escaped and form-encoded forms also percent-encoded
//! (`\"` as `%5C%22`). A success's decoded value is the caller's data: it holds the echo exactly
//! as the server sent it, through `.await` and through `.send()` alike.

mod common;

use std::fmt::Write as _;
use std::sync::{Arc, Mutex, Once};

use payspec::{Config, Error};
use serde_json::{Value, json};
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

// ---------------------------------------------------------------------------------------------
// credentials (with characters that percent-encoding, forms and JSON spell differently)

const ONEBOX_LOGIN: &str = "obx-echo-login";
const ONEBOX_PASSWORD: &str = "obx-Echo/Pw 7é";
const CRYSTALPAY_LOGIN: &str = "cp-echo-kassa";
const CRYSTALPAY_SECRET: &str = "cpEcho/7\"Hq ü9+Zr&x";
const CRYSTALPAY_SALT: &str = "cpEchoSalt/Kx8 Ñ4";
const PAYKEEPER_USER: &str = "pk-echo-user";
const PAYKEEPER_PASSWORD: &str = "pkEcho/8 Ld&Qé3+v";
const PAYKEEPER_TOKEN: &str = "pkEchoTok/3Vq+9Zs=Wn";
const INVOICEBOX_TOKEN: &str = "IbxEcho/5Wm2+Qa8=Lr";
const INVOICEBOX_MERCHANT: &str = "5f0c1a2b-7d3e-4f60-9a1b-2c3d4e5f6a7b";
const SBER_TOKEN: &str = "sbrEcho.9fQ/x2Lm+Wv7=Rz";

/// Every credential a client holds and sends, by provider: (what, value).
fn credentials() -> Vec<(&'static str, String)> {
    vec![
        ("onebox password md5", md5_hex(ONEBOX_PASSWORD)),
        ("crystalpay auth_secret", CRYSTALPAY_SECRET.to_owned()),
        ("crystalpay salt", CRYSTALPAY_SALT.to_owned()),
        ("paykeeper password", PAYKEEPER_PASSWORD.to_owned()),
        (
            "paykeeper Basic value",
            base64(
                format!("{PAYKEEPER_USER}:{PAYKEEPER_PASSWORD}").as_bytes(),
                STD,
                true,
            ),
        ),
        ("paykeeper token", PAYKEEPER_TOKEN.to_owned()),
        ("invoicebox token", INVOICEBOX_TOKEN.to_owned()),
        ("sber token", SBER_TOKEN.to_owned()),
    ]
}

fn md5_hex(text: &str) -> String {
    payspec::webhook::md5_hex(text)
}

// ---------------------------------------------------------------------------------------------
// spellings, written independently of the crate's

const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64 with the alphabet `STD` or `URL`, padded or not.
fn base64(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    common::base64(bytes, alphabet == URL, pad)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// RFC 3986: `%20` for a space, `-._~` and alphanumerics as they are.
fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b if b.is_ascii_alphanumeric() || b"-._~".contains(&b) => char::from(b).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// `application/x-www-form-urlencoded`: `+` for a space.
fn form(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b' ' => "+".to_owned(),
            b if b.is_ascii_alphanumeric() || b"*-._".contains(&b) => char::from(b).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

fn json_escaped(text: &str) -> String {
    let quoted = serde_json::to_string(text).unwrap();
    quoted[1..quoted.len() - 1].to_owned()
}

/// The characters of the base64 of `secret` that depend on it alone, at byte offset `at`
/// (0, 1 or 2) inside a larger base64 text: what no output may hold.
fn base64_core(secret: &str, at: usize, alphabet: &[u8; 64]) -> String {
    let mut stream = vec![0xffu8; at];
    stream.extend_from_slice(secret.as_bytes());
    stream.push(0xff);
    let blob = base64(&stream, alphabet, false);
    let first = (8 * at).div_ceil(6);
    let end = 8 * (at + secret.len()) / 6;
    blob[first..end].to_owned()
}

/// Every spelling of `secret` that no error and no log line may hold: (how, text, whether
/// compared without ASCII case). The secret goes out as it is, JSON-escaped (CrystalPay's
/// body) or form-encoded (PayKeeper's token): each of these is looked for in every encoding.
fn forbidden(secret: &str) -> Vec<(String, String, bool)> {
    let mut sent = vec![
        ("", secret.to_owned()),
        (" (JSON-escaped)", json_escaped(secret)),
        (" (form-encoded)", form(secret)),
    ];
    sent.dedup_by(|a, b| a.1 == b.1);
    let mut out = Vec::new();
    for (form_name, s) in &sent {
        let mut add = |how: &str, text: String, any_case: bool| {
            out.push((format!("{how}{form_name}"), text, any_case));
        };
        add("as sent", s.clone(), true);
        if !form_name.is_empty() {
            // An escaped form percent-encoded once more (`\"` as `%5C%22`); more encodings on
            // top of those (`%25252F`) are not promised: README, "Secrets".
            add("percent-encoded", percent(s), true);
        } else {
            add("percent-encoded", percent(s), true);
            add("percent-encoded twice", percent(&percent(s)), true);
            add("form-encoded", form(s), true);
            add("JSON-escaped", json_escaped(s), true);
        }
        add("hex", hex(s.as_bytes()), true);
        for at in 0..3 {
            for (name, alphabet) in [("standard", STD), ("URL-safe", URL)] {
                add(
                    &format!("base64 {name} at offset {at}"),
                    base64_core(s, at, alphabet),
                    false,
                );
            }
        }
    }
    out
}

/// Panics naming the credential and the spelling if `text` holds any.
fn assert_clean(context: &str, text: &str) {
    let lower = text.to_ascii_lowercase();
    for (what, secret) in credentials() {
        for (how, spelled, any_case) in forbidden(&secret) {
            let found = if any_case {
                lower.find(&spelled.to_ascii_lowercase())
            } else {
                text.find(&spelled)
            };
            if let Some(at) = found {
                let start = at.saturating_sub(200);
                let end = (at + spelled.len() + 200).min(text.len());
                let mut start = start;
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = end;
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                panic!(
                    "{context}: the {what} ({how}: {spelled:?}) shows in:\n…{}…",
                    &text[start..end]
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// the capture: every log line at TRACE, `log` records included

static LOG: Mutex<String> = Mutex::new(String::new());

struct Writer;

impl std::io::Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOG.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push_str(&String::from_utf8_lossy(buf));
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
            .with_ansi(false)
            .with_writer(|| Writer)
            .init();
    });
}

fn log() -> String {
    LOG.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}

// ---------------------------------------------------------------------------------------------
// the echoing server

/// The whole request as the server received it.
fn dump(r: &Request) -> String {
    let mut out = format!("{} {}\n", r.method, r.url);
    for (name, value) in &r.headers {
        let _ = writeln!(out, "{name}: {}", String::from_utf8_lossy(value.as_bytes()));
    }
    out.push('\n');
    out.push_str(&String::from_utf8_lossy(&r.body));
    out
}

/// The request in every spelling, one per line.
fn spelled(r: &Request) -> String {
    let text = dump(r);
    let bytes = text.as_bytes();
    [
        text.clone(),
        percent(&text),
        percent(&percent(&text)),
        percent(&json_escaped(&text)),
        form(&text),
        base64(bytes, STD, true),
        base64(bytes, STD, false),
        base64(bytes, URL, true),
        base64(bytes, URL, false),
        hex(bytes),
        hex(bytes).to_ascii_uppercase(),
    ]
    .join("\n")
}

/// What kind of answer the server gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Success,
    Refusal,
    Undecodable,
    Redirect,
    /// Well-formed JSON at 200, in a documented shape, with a documented member of the wrong
    /// type: `send()` cannot decode it.
    WrongType,
    /// The success answer at 203, a status the operation does not declare.
    Undeclared,
}

/// Answers with `kind`, echoing the request in the body (where the kind has one), in response
/// headers and in a `Location` pointing at another host.
struct Echo {
    kind: Kind,
    /// The provider's success answer around the echo.
    success: fn(Value) -> Value,
    /// The provider's refusal around the echo, and its status.
    refusal: fn(Value) -> Value,
    refusal_status: u16,
    /// The provider's success answer around the echo with a documented member of the wrong
    /// type (`WrongType`).
    wrong: fn(Value) -> Value,
    /// Every echo text sent in an answer, in order.
    sent: Arc<Mutex<Vec<String>>>,
}

impl Echo {
    fn new(
        kind: Kind,
        success: fn(Value) -> Value,
        refusal: fn(Value) -> Value,
        refusal_status: u16,
        wrong: fn(Value) -> Value,
    ) -> Self {
        Echo {
            kind,
            success,
            refusal,
            refusal_status,
            wrong,
            sent: Arc::default(),
        }
    }
}

impl Respond for Echo {
    fn respond(&self, r: &Request) -> ResponseTemplate {
        let text = dump(r);
        let echo = spelled(r);
        self.sent.lock().unwrap().push(echo.clone());
        let echo = Value::String(echo);
        let bytes = text.as_bytes();
        let location = format!(
            "http://elsewhere.invalid/echo/{}?p={}&b={}&h={}",
            percent(&text),
            percent(&text),
            base64(bytes, URL, false),
            hex(bytes)
        );
        let template = match self.kind {
            Kind::Success => {
                ResponseTemplate::new(200).set_body_raw((self.success)(echo).to_string(), "application/json")
            }
            Kind::Refusal => ResponseTemplate::new(self.refusal_status)
                .set_body_raw((self.refusal)(echo).to_string(), "application/json"),
            Kind::Undecodable => {
                let body = format!("{{\"echo\": {echo}, \"cut\": [1, 2");
                ResponseTemplate::new(200).set_body_raw(body, "application/json")
            }
            Kind::Redirect => ResponseTemplate::new(302).set_body_raw(format!("moved: {echo}"), "text/plain"),
            Kind::WrongType => {
                ResponseTemplate::new(200).set_body_raw((self.wrong)(echo).to_string(), "application/json")
            }
            Kind::Undeclared => {
                ResponseTemplate::new(203).set_body_raw((self.success)(echo).to_string(), "application/json")
            }
        };
        let auth = r.headers.get("authorization").map_or_else(String::new, |v| {
            String::from_utf8_lossy(v.as_bytes()).into_owned()
        });
        template
            .insert_header("location", location.as_str())
            .insert_header("x-echo-authorization", auth.as_str())
            .insert_header("x-echo-percent", percent(&text).as_str())
            .insert_header("x-echo-percent-twice", percent(&percent(&text)).as_str())
            .insert_header("x-echo-form", form(&text).as_str())
            .insert_header("x-echo-base64", base64(bytes, STD, true).as_str())
            .insert_header("x-echo-base64url", base64(bytes, URL, false).as_str())
            .insert_header("x-echo-hex", hex(bytes).as_str())
    }
}

const KINDS: [Kind; 6] = [
    Kind::Success,
    Kind::Refusal,
    Kind::Undecodable,
    Kind::Redirect,
    Kind::WrongType,
    Kind::Undeclared,
];

/// Mounts the echo of `kind` for every request (the PayKeeper token endpoint keeps its own
/// mock, `first`).
async fn serve(server: &MockServer, first: Option<Mock>, echo: Echo) {
    server.reset().await;
    if let Some(mock) = first {
        mock.mount(server).await;
    }
    Mock::given(any()).respond_with(echo).mount(server).await;
}

/// The member `echo` anywhere in `value`.
fn echo_member(value: &Value) -> Option<&Value> {
    match value {
        Value::Object(map) => map.get("echo").or_else(|| map.values().find_map(echo_member)),
        Value::Array(items) => items.iter().find_map(echo_member),
        _ => None,
    }
}

/// Checks one call's outcome through `.await` (`payspec::Error`) and through `.send()` (the raw
/// progenitor error, and the body of an unexpected response). A success holds the echo as
/// sent (one of `sent`); the decode error of a `WrongType` answer names the member `wrong`.
async fn check_errors<T: std::fmt::Debug + serde::Serialize, R: std::fmt::Debug + serde::Serialize>(
    context: &str,
    kind: Kind,
    awaited: Result<T, Error>,
    sent: Result<R, payspec_raw::Error>,
    (wrong, echoes): (&str, &Mutex<Vec<String>>),
) {
    let unchanged = |value: Value| {
        let echo = echo_member(&value).unwrap_or_else(|| panic!("{context}: no echo in {value}"));
        assert!(
            echoes
                .lock()
                .unwrap()
                .iter()
                .any(|e| Some(e.as_str()) == echo.as_str()),
            "{context}: the echo is not the one the server sent"
        );
    };
    match (&awaited, kind) {
        (Ok(value), Kind::Success) => unchanged(serde_json::to_value(value).unwrap()),
        (Err(Error::Provider(_) | Error::Authentication(_)), Kind::Refusal) => {}
        (Err(Error::Decode { .. }), Kind::Undecodable) => {}
        (Err(Error::Decode { message, .. }), Kind::WrongType) => assert!(
            message.starts_with(&format!("{wrong}: invalid type: ")),
            "{context}: the decode error names `{wrong}`: {message}"
        ),
        (Err(Error::Status { status: 203, .. }), Kind::Undeclared) => {}
        // PayKeeper follows no redirect and takes one for its login page.
        (Err(Error::Redirect { .. } | Error::Authentication(_)), Kind::Redirect) => {}
        (other, kind) => panic!("{context}: {kind:?} answered as {other:?}"),
    }
    if let Err(e) = &awaited {
        assert_clean(
            &format!("{context}: payspec::Error"),
            &format!("{e}\n{e:?}\n{e:#}\n{e:#?}"),
        );
    }
    assert_eq!(
        sent.is_ok(),
        awaited.is_ok(),
        "{context}: .send() and .await agree"
    );
    match (&sent, kind) {
        (Ok(value), _) => unchanged(serde_json::to_value(value).unwrap()),
        (Err(e), Kind::WrongType) => assert!(
            e.to_string().starts_with("Invalid Response Payload"),
            "{context}: {e}"
        ),
        (Err(e), Kind::Undeclared) => assert!(
            e.to_string().starts_with("Unexpected Response") && e.status() == Some(203),
            "{context}: {e}"
        ),
        (Err(_), _) => {}
    }
    if let Err(e) = sent {
        let shown = format!("{e}\n{e:?}\n{e:#}\n{e:#?}");
        assert_clean(&format!("{context}: raw .send() error"), &shown);
        if let Some(body) = e.into_body().await {
            assert_clean(&format!("{context}: raw .send() unexpected response body"), &body);
        }
    }
}

/// The raw `.send()` errors of the five crates, as one type for the checks.
mod payspec_raw {
    use std::fmt;

    pub struct Error {
        text: String,
        debug: String,
        alternate: String,
        response: Option<reqwest::Response>,
    }

    impl Error {
        pub fn from<E>(e: payspec::progenitor_client::Error<E>) -> Self
        where
            payspec::progenitor_client::Error<E>: fmt::Display + fmt::Debug,
        {
            let text = e.to_string();
            let debug = format!("{e:?}");
            let alternate = format!("{e:#}");
            let response = match e {
                payspec::progenitor_client::Error::UnexpectedResponse(r) => Some(r),
                _ => None,
            };
            Error {
                text,
                debug,
                alternate,
                response,
            }
        }

        /// The status of the unexpected response, if it was one.
        pub fn status(&self) -> Option<u16> {
            self.response.as_ref().map(|r| r.status().as_u16())
        }

        /// The body of the unexpected response, if it was one.
        pub async fn into_body(self) -> Option<String> {
            let body = self.response?.bytes().await.expect("a body in memory");
            Some(String::from_utf8_lossy(&body).into_owned())
        }
    }

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            if f.alternate() {
                f.write_str(&self.alternate)
            } else {
                f.write_str(&self.text)
            }
        }
    }

    impl fmt::Debug for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.debug)
        }
    }
}

/// After every call of a provider: nothing in the whole capture so far.
fn assert_log_clean(context: &str) {
    let log = log();
    assert!(log.contains("payspec.call"), "the capture holds the calls");
    assert_clean(&format!("{context}: log"), &log);
}

fn config() -> Config {
    Config::default()
}

// ---------------------------------------------------------------------------------------------
// the providers

#[tokio::test]
async fn onebox_errors_and_logs_show_no_echoed_credential() {
    install();
    let server = MockServer::start().await;
    let credentials = payspec_onebox::Credentials::from_password(ONEBOX_LOGIN, ONEBOX_PASSWORD).unwrap();
    let client = payspec_onebox::Client::with_config(&server.uri(), credentials, config()).unwrap();
    for kind in KINDS {
        let echo = Echo::new(
            kind,
            |echo| json!([{"id": 1, "name": "echo", "balance": "1.00", "echo": echo}]),
            |echo| json!({"status": "fail", "message": echo}),
            200,
            |echo| json!([{"id": 1, "name": "echo", "balance": {"wrong": true}, "echo": echo}]),
        );
        let echoes = echo.sent.clone();
        serve(&server, None, echo).await;
        let awaited = client.budget_balance_get().await;
        let sent = client
            .budget_balance_get()
            .send()
            .await
            .map(payspec::progenitor_client::ResponseValue::into_inner)
            .map_err(payspec_raw::Error::from);
        check_errors(
            &format!("onebox {kind:?}"),
            kind,
            awaited,
            sent,
            ("[0].balance", &echoes),
        )
        .await;
    }
    assert_log_clean("onebox");
}

#[tokio::test]
async fn crystalpay_errors_and_logs_show_no_echoed_credential() {
    install();
    let server = MockServer::start().await;
    let credentials = payspec_crystalpay::Credentials::new(CRYSTALPAY_LOGIN, CRYSTALPAY_SECRET)
        .unwrap()
        .with_salt(CRYSTALPAY_SALT)
        .unwrap();
    let client = payspec_crystalpay::Client::with_config(&server.uri(), credentials, config()).unwrap();
    for kind in KINDS {
        let echo = Echo::new(
            kind,
            |echo| json!({"error": false, "errors": [], "id": "123", "name": "echo", "echo": echo}),
            |echo| json!({"error": true, "errors": [echo]}),
            200,
            |echo| json!({"error": false, "errors": [], "id": "123", "name": {"wrong": true}, "echo": echo}),
        );
        let echoes = echo.sent.clone();
        serve(&server, None, echo).await;
        let awaited = client.me_info().await;
        let sent = client
            .me_info()
            .send()
            .await
            .map(payspec::progenitor_client::ResponseValue::into_inner)
            .map_err(payspec_raw::Error::from);
        check_errors(
            &format!("crystalpay {kind:?}"),
            kind,
            awaited,
            sent,
            ("name", &echoes),
        )
        .await;
    }
    assert_log_clean("crystalpay");
}

#[tokio::test]
async fn paykeeper_errors_and_logs_show_no_echoed_credential() {
    install();
    let server = MockServer::start().await;
    let credentials = payspec_paykeeper::Credentials::new(PAYKEEPER_USER, PAYKEEPER_PASSWORD).unwrap();
    let client = payspec_paykeeper::Client::with_config(&server.uri(), credentials, config()).unwrap();
    let token_path = payspec_paykeeper::TOKEN_ENDPOINT.expect("a token endpoint");
    for kind in KINDS {
        let echo = Echo::new(
            kind,
            |echo| json!({"result": "success", "invoice_id": "20140402085214805", "echo": echo}),
            |echo| json!({"result": "fail", "msg": echo}),
            200,
            |echo| json!({"result": "success", "invoice_id": {"wrong": true}, "echo": echo}),
        );
        let echoes = echo.sent.clone();
        let token = Mock::given(method("GET"))
            .and(path(token_path))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_raw(json!({"token": PAYKEEPER_TOKEN}).to_string(), "application/json"),
            )
            .with_priority(1);
        serve(&server, Some(token), echo).await;
        // A POST: the Basic header and the token in the form.
        let awaited = client
            .invoice_preview()
            .body_map(|b| b.pay_amount("1205.98"))
            .await;
        let sent = client
            .invoice_preview()
            .body_map(|b| b.pay_amount("1205.98"))
            .send()
            .await
            .map(payspec::progenitor_client::ResponseValue::into_inner)
            .map_err(payspec_raw::Error::from);
        check_errors(
            &format!("paykeeper {kind:?}"),
            kind,
            awaited,
            sent,
            ("invoice_id", &echoes),
        )
        .await;
    }
    assert_log_clean("paykeeper");
}

#[tokio::test]
async fn paykeeper_token_refusal_shows_no_echoed_credential() {
    install();
    let server = MockServer::start().await;
    let credentials = payspec_paykeeper::Credentials::new(PAYKEEPER_USER, PAYKEEPER_PASSWORD).unwrap();
    let client = payspec_paykeeper::Client::with_config(&server.uri(), credentials, config()).unwrap();
    // The token endpoint itself refuses with 401 and echoes the Basic header.
    let echo = Echo::new(
        Kind::Refusal,
        |echo| echo,
        |echo| json!({"result": "fail", "msg": echo}),
        401,
        |echo| json!({"result": "success", "invoice_id": {"wrong": true}, "echo": echo}),
    );
    let echoes = echo.sent.clone();
    serve(&server, None, echo).await;
    let awaited = client.invoice_preview().body_map(|b| b.pay_amount("1.00")).await;
    let sent = client
        .invoice_preview()
        .body_map(|b| b.pay_amount("1.00"))
        .send()
        .await
        .map(payspec::progenitor_client::ResponseValue::into_inner)
        .map_err(payspec_raw::Error::from);
    check_errors(
        "paykeeper token refused",
        Kind::Refusal,
        awaited,
        sent,
        ("invoice_id", &echoes),
    )
    .await;
    assert_log_clean("paykeeper token refused");
}

#[tokio::test]
async fn invoicebox_errors_and_logs_show_no_echoed_credential() {
    install();
    let server = MockServer::start().await;
    let credentials = payspec_invoicebox::Credentials::new(INVOICEBOX_TOKEN, INVOICEBOX_MERCHANT).unwrap();
    let client = payspec_invoicebox::Client::with_config(&server.uri(), credentials, config()).unwrap();
    for kind in KINDS {
        let echo = Echo::new(
            kind,
            |echo| {
                json!({
                    "data": {
                        "id": "0188d934-85f8-f872-2ac6-ad202d71b985",
                        "status": "created",
                        "createdAt": "2023-06-15T10:00:00+00:00",
                        "paymentUrl": "https://pay.invoicebox.ru/order/0188d934-85f8-f872-2ac6-ad202d71b985"
                    },
                    "extendedData": {"echo": echo}
                })
            },
            |echo| json!({"error": {"code": "validation_error", "message": echo}}),
            400,
            |echo| {
                json!({
                    "data": {
                        "id": "0188d934-85f8-f872-2ac6-ad202d71b985",
                        "status": "created",
                        "createdAt": "2023-06-15T10:00:00+00:00",
                        "paymentUrl": "https://pay.invoicebox.ru/order/0188d934-85f8-f872-2ac6-ad202d71b985",
                        "amount": {"wrong": true}
                    },
                    "extendedData": {"echo": echo}
                })
            },
        );
        let echoes = echo.sent.clone();
        serve(&server, None, echo).await;
        let order = "0188d934-85f8-f872-2ac6-ad202d71b985";
        let awaited = client.order_get().uuid(order).await;
        let sent = client
            .order_get()
            .uuid(order)
            .send()
            .await
            .map(payspec::progenitor_client::ResponseValue::into_inner)
            .map_err(payspec_raw::Error::from);
        check_errors(
            &format!("invoicebox {kind:?}"),
            kind,
            awaited,
            sent,
            ("data.amount", &echoes),
        )
        .await;
    }
    assert_log_clean("invoicebox");
}

#[tokio::test]
async fn sber_errors_and_logs_show_no_echoed_credential() {
    install();
    let server = MockServer::start().await;
    let token = payspec_sber::BearerToken::new(SBER_TOKEN).unwrap();
    let client = payspec_sber::Client::with_config(&server.uri(), token, config()).unwrap();
    for kind in KINDS {
        let echo = Echo::new(
            kind,
            |echo| json!({"invoice_id": "3538853", "invoice_status": "created", "echo": echo}),
            |echo| json!({"error": {"user_message": echo, "error_description": "refused", "error_code": "5"}}),
            400,
            |echo| json!({"invoice_id": "3538853", "invoice_status": "created", "invoice": {"order": {"amount": {"wrong": true}}}, "echo": echo}),
        );
        let echoes = echo.sent.clone();
        serve(&server, None, echo).await;
        let awaited = client.invoice_get().invoice_id("3538853").await;
        let sent = client
            .invoice_get()
            .invoice_id("3538853")
            .send()
            .await
            .map(payspec::progenitor_client::ResponseValue::into_inner)
            .map_err(payspec_raw::Error::from);
        check_errors(
            &format!("sber {kind:?}"),
            kind,
            awaited,
            sent,
            ("invoice.order.amount", &echoes),
        )
        .await;
    }
    assert_log_clean("sber");
}

#[test]
fn the_spellings_here_are_the_encoders() {
    assert_eq!(base64(b"ab?", STD, true), "YWI/");
    assert_eq!(base64(b"ab?>", URL, false), "YWI_Pg");
    assert_eq!(base64(b"ab?>", STD, true), "YWI/Pg==");
    assert_eq!(percent("a/b c"), "a%2Fb%20c");
    assert_eq!(form("a/b c"), "a%2Fb+c");
    assert_eq!(hex(b"\x01\xff"), "01ff");
    // The core of a 6-byte secret at offset 0 is its first 8 characters.
    assert_eq!(base64_core("abcdef", 0, STD), &base64(b"abcdef", STD, false)[..8]);
}
