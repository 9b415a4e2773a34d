//! Properties of hostile input, written once and checked twice: by the libFuzzer targets in
//! `fuzz/` (unbounded search) and by the proptest suite in `tests/tests/hostile.rs` (bounded,
//! run by `.ci/run`). Neither holds a property of its own, so the two cannot drift.
//!
//! Whatever a payment server or a notification sender controls is hostile: response bodies
//! (decoded exactly as the clients decode them, and searched for error envelopes by each
//! provider's [`payspec::Provider::classify`]), webhook bodies and signatures, and the lenient
//! scalar types behind both. Each function here takes raw bytes and runs the code that parses
//! them. The code under test must never panic; the functions here panic only when a property
//! they state is broken, so a fuzzer or proptest failure always means a bug. How much memory
//! a call may take is the caller's to bound (libFuzzer's `-malloc_limit_mb`, the counting
//! allocator of the proptest suite): allocation is not observable from here without `unsafe`.
//!
//! Every function copes with any input, including the empty one.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod amplification;

use std::collections::BTreeMap;
use std::sync::LazyLock;

pub mod echo;

use payspec::Provider as _;
use payspec::progenitor_client::ClientInfo as _;
use payspec::receive::Receive as _;
use payspec::reqwest::StatusCode;
use payspec::{Decimal, DecimalNumber, webhook};

/// The provider whose answers a property decodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// `payspec-onebox`.
    Onebox,
    /// `payspec-crystalpay`.
    Crystalpay,
    /// `payspec-paykeeper`.
    Paykeeper,
    /// `payspec-invoicebox`.
    Invoicebox,
    /// `payspec-sber`.
    Sber,
}

/// The base URL the clients are built with; nothing is ever sent.
const BASE_URL: &str = "http://127.0.0.1:9";

/// The fake secrets every client and verifier here is built with. The fuzzer may find them
/// (libFuzzer learns compared strings), which is what the redaction checks want.
pub mod secrets {
    /// OneBox login.
    pub const ONEBOX_LOGIN: &str = "hostile-user";
    /// OneBox password (the client keeps and sends its md5).
    pub const ONEBOX_PASSWORD: &str = "hostile-password";
    /// CrystalPay `auth_login`.
    pub const CRYSTALPAY_LOGIN: &str = "hostile-kassa";
    /// CrystalPay `auth_secret`.
    pub const CRYSTALPAY_SECRET: &str = "hostile-auth-secret";
    /// CrystalPay salt ("Secret 2"), which signs callbacks.
    pub const CRYSTALPAY_SALT: &str = "hostile-salt";
    /// PayKeeper Basic user.
    pub const PAYKEEPER_USER: &str = "hostile-user";
    /// PayKeeper Basic password.
    pub const PAYKEEPER_PASSWORD: &str = "hostile-password";
    /// PayKeeper secret word, which signs notifications.
    pub const PAYKEEPER_SECRET_WORD: &str = "hostile-secret-word";
    /// Invoicebox API token.
    pub const INVOICEBOX_TOKEN: &str = "hostile-api-token";
    /// Invoicebox store id.
    pub const INVOICEBOX_MERCHANT: &str = "ffffffff-ffff-ffff-ffff-ffffffffffff";
    /// Invoicebox notification key (signs the body, HMAC-SHA1 unless set otherwise).
    pub const INVOICEBOX_NOTIFICATION_KEY: &str = "hostile-notification-key";
    /// Sber bearer token.
    pub const SBER_TOKEN: &str = "hostile-bearer-token";
}

static ONEBOX: LazyLock<payspec_onebox::Client> = LazyLock::new(|| {
    let credentials =
        payspec_onebox::Credentials::from_password(secrets::ONEBOX_LOGIN, secrets::ONEBOX_PASSWORD)
            .expect("valid credentials");
    payspec_onebox::Client::with_credentials(BASE_URL, credentials).expect("a client")
});

static CRYSTALPAY_CREDENTIALS: LazyLock<payspec_crystalpay::Credentials> = LazyLock::new(|| {
    payspec_crystalpay::Credentials::new(secrets::CRYSTALPAY_LOGIN, secrets::CRYSTALPAY_SECRET)
        .and_then(|c| c.with_salt(secrets::CRYSTALPAY_SALT))
        .expect("valid credentials")
});

static CRYSTALPAY: LazyLock<payspec_crystalpay::Client> = LazyLock::new(|| {
    payspec_crystalpay::Client::with_credentials(BASE_URL, CRYSTALPAY_CREDENTIALS.clone()).expect("a client")
});

static PAYKEEPER: LazyLock<payspec_paykeeper::Client> = LazyLock::new(|| {
    let credentials =
        payspec_paykeeper::Credentials::new(secrets::PAYKEEPER_USER, secrets::PAYKEEPER_PASSWORD)
            .expect("valid credentials");
    payspec_paykeeper::Client::with_credentials(BASE_URL, credentials).expect("a client")
});

static PAYKEEPER_KEY: LazyLock<payspec::SigningKey> =
    LazyLock::new(|| payspec::SigningKey::new(secrets::PAYKEEPER_SECRET_WORD).expect("a key"));

static PAYKEEPER_RECEIVER: LazyLock<payspec_paykeeper::Receiver> =
    LazyLock::new(|| payspec_paykeeper::Receiver::new(PAYKEEPER_KEY.clone()));

static CRYSTALPAY_RECEIVER: LazyLock<payspec_crystalpay::Receiver> = LazyLock::new(|| {
    payspec_crystalpay::Receiver::new(payspec::SigningKey::new(secrets::CRYSTALPAY_SALT).expect("a salt"))
});

static INVOICEBOX: LazyLock<payspec_invoicebox::Client> = LazyLock::new(|| {
    let credentials =
        payspec_invoicebox::Credentials::new(secrets::INVOICEBOX_TOKEN, secrets::INVOICEBOX_MERCHANT)
            .expect("valid credentials");
    payspec_invoicebox::Client::with_credentials(BASE_URL, credentials).expect("a client")
});

static INVOICEBOX_KEY: LazyLock<payspec::SigningKey> =
    LazyLock::new(|| payspec::SigningKey::new(secrets::INVOICEBOX_NOTIFICATION_KEY).expect("a key"));

static SBER: LazyLock<payspec_sber::Client> = LazyLock::new(|| {
    let token = payspec_sber::BearerToken::new(secrets::SBER_TOKEN).expect("a token");
    payspec_sber::Client::with_token(BASE_URL, token).expect("a client")
});

/// Builds the clients and keys the properties use, once per process, so that a measurement of
/// a later call (the proptest suite's allocation bound) sees only that call's own allocations.
pub fn init() {
    for provider in Provider::ALL {
        provider.secrets();
    }
    LazyLock::force(&CRYSTALPAY_CREDENTIALS);
    LazyLock::force(&PAYKEEPER_KEY);
    LazyLock::force(&PAYKEEPER_RECEIVER);
    LazyLock::force(&CRYSTALPAY_RECEIVER);
    LazyLock::force(&INVOICEBOX_KEY);
}

impl Provider {
    /// Every provider.
    pub const ALL: [Provider; 5] = [
        Provider::Onebox,
        Provider::Crystalpay,
        Provider::Paykeeper,
        Provider::Invoicebox,
        Provider::Sber,
    ];

    /// The provider's name, as in `specs/<name>.yaml`.
    pub fn name(self) -> &'static str {
        match self {
            Provider::Onebox => "onebox",
            Provider::Crystalpay => "crystalpay",
            Provider::Paykeeper => "paykeeper",
            Provider::Invoicebox => "invoicebox",
            Provider::Sber => "sber",
        }
    }

    /// The provider named `name`, as in `specs/<name>.yaml`.
    pub fn from_name(name: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.name() == name)
    }

    /// Every operation id of the provider's spec (the generated `OPERATIONS`).
    pub fn operations(self) -> &'static [&'static str] {
        match self {
            Provider::Onebox => payspec_onebox::OPERATIONS,
            Provider::Crystalpay => payspec_crystalpay::OPERATIONS,
            Provider::Paykeeper => payspec_paykeeper::OPERATIONS,
            Provider::Invoicebox => payspec_invoicebox::OPERATIONS,
            Provider::Sber => payspec_sber::OPERATIONS,
        }
    }

    /// Decodes `body` as the success answer of `operation` exactly as the client does (the
    /// generated `decode_response`); `None` for an unknown operation or a non-JSON answer.
    pub fn decode(self, operation: &str, body: &[u8]) -> Option<Result<(), serde_json::Error>> {
        match self {
            Provider::Onebox => payspec_onebox::decode_response(operation, body),
            Provider::Crystalpay => payspec_crystalpay::decode_response(operation, body),
            Provider::Paykeeper => payspec_paykeeper::decode_response(operation, body),
            Provider::Invoicebox => payspec_invoicebox::decode_response(operation, body),
            Provider::Sber => payspec_sber::decode_response(operation, body),
        }
    }

    /// The shape check of a 2xx answer that no refusal check refused (the generated
    /// `SUCCESS_MEMBERS` row of `operation`, [`payspec::envelope::SuccessMembers::check`]);
    /// [`Shape::Documented`](payspec::envelope::Shape::Documented) for an operation without a
    /// row.
    pub fn shape(self, operation: &str, body: &[u8]) -> payspec::envelope::Shape {
        let table = match self {
            Provider::Onebox => payspec_onebox::SUCCESS_MEMBERS,
            Provider::Crystalpay => payspec_crystalpay::SUCCESS_MEMBERS,
            Provider::Paykeeper => payspec_paykeeper::SUCCESS_MEMBERS,
            Provider::Invoicebox => payspec_invoicebox::SUCCESS_MEMBERS,
            Provider::Sber => payspec_sber::SUCCESS_MEMBERS,
        };
        table
            .iter()
            .find(|row| row.operation == operation)
            .map_or(payspec::envelope::Shape::Documented, |row| row.check(body))
    }

    /// The provider's refusal check ([`payspec::Provider::classify`]) on an answer.
    pub fn classify(self, status: StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        match self {
            Provider::Onebox => ONEBOX.inner().provider().classify(status, body),
            Provider::Crystalpay => CRYSTALPAY.inner().provider().classify(status, body),
            Provider::Paykeeper => PAYKEEPER.inner().provider().classify(status, body),
            Provider::Invoicebox => INVOICEBOX.inner().provider().classify(status, body),
            Provider::Sber => SBER.inner().provider().classify(status, body),
        }
    }

    /// The secrets the client scrubs from its errors ([`payspec::Provider::secrets`]).
    pub fn secrets(self) -> Vec<String> {
        match self {
            Provider::Onebox => ONEBOX.inner().provider().secrets(),
            Provider::Crystalpay => CRYSTALPAY.inner().provider().secrets(),
            Provider::Paykeeper => PAYKEEPER.inner().provider().secrets(),
            Provider::Invoicebox => INVOICEBOX.inner().provider().secrets(),
            Provider::Sber => SBER.inner().provider().secrets(),
        }
    }
}

/// The statuses [`status`] chooses from: success, redirects (PayKeeper's login redirect), the
/// statuses the providers document errors with, and the ones that mean "authentication".
pub const STATUSES: [u16; 16] = [
    200, 201, 202, 204, 301, 302, 303, 400, 401, 403, 404, 409, 422, 429, 500, 503,
];

/// The status a selector byte stands for (see [`STATUSES`]).
pub fn status(selector: u8) -> StatusCode {
    let code = STATUSES[usize::from(selector) % STATUSES.len()];
    StatusCode::from_u16(code).expect("a valid status")
}

/// The longest excerpt of a body an error may carry: [`payspec::hooks::EXCERPT_BYTES`] of
/// text, then `… (<n> bytes)`.
pub const MAX_EXCERPT: usize = payspec::hooks::EXCERPT_BYTES + 32;

/// One answer from `provider`: `body` decoded as the success answer of the operation `op`
/// selects (an index into [`Provider::operations`], wrapping) and put through its shape check
/// ([`Provider::shape`]), then checked for a refusal at the status `status` selects (see
/// [`refusal`]), and for an echoed secret ([`echo::answer`], spelled as `status` selects).
/// None may panic.
pub fn response(provider: Provider, op: u8, status: u8, body: &[u8]) {
    let operations = provider.operations();
    let operation = operations[usize::from(op) % operations.len()];
    // Any answer is fine, an error included: only a panic (or the allocation the caller
    // measures) is a failure.
    let _ = provider.decode(operation, body);
    let _ = provider.shape(operation, body);
    refusal(provider, self::status(status), body);
    echo::answer(provider, operation, status, body);
}

/// [`response`] for a fuzzer's input: byte 0 selects the operation, byte 1 the status, the
/// rest is the body.
pub fn response_input(provider: Provider, data: &[u8]) {
    let (op, status, body) = match data {
        [op, status, body @ ..] => (*op, *status, body),
        [op] => (*op, 0, &[][..]),
        [] => (0, 0, &[][..]),
    };
    response(provider, op, status, body);
}

/// The provider's refusal check on an answer, and the error the client would build from a
/// refusal: its code and messages with the client's secrets removed, and an excerpt of the
/// body. Properties: no panic; the excerpt is at most [`MAX_EXCERPT`] bytes; no secret of the
/// client appears (in any ASCII case) in the code, the messages or the excerpt, whatever the
/// server echoed.
pub fn refusal(provider: Provider, status: StatusCode, body: &[u8]) {
    let Some(rejection) = provider.classify(status, body) else {
        return;
    };
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let excerpt = payspec::hooks::excerpt(body, &secrets);
    assert!(
        excerpt.len() <= MAX_EXCERPT,
        "{}: an excerpt of {} bytes",
        provider.name(),
        excerpt.len()
    );
    let texts = rejection
        .code
        .iter()
        .chain(&rejection.messages)
        .map(|text| payspec::hooks::redact(text, &secrets))
        .chain([excerpt]);
    for text in texts {
        let lower = text.to_ascii_lowercase();
        for secret in &secrets {
            assert!(
                !lower.contains(&secret.to_ascii_lowercase()),
                "{}: a secret survives redaction in {text:?}",
                provider.name()
            );
        }
    }
}

/// Splits a webhook input into the flag byte and the rest.
fn flags(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((flags, rest)) => (*flags, rest),
        None => (0, data),
    }
}

/// Whether a callback body carries CrystalPay's correct signature, checked independently of
/// the verifier: `id` (text, number or boolean) and `signature` (lowercase hex, any case and
/// surrounding space accepted) with `signature == sha1("<id>:<salt>")`.
fn crystalpay_signed(body: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Signed {
        id: Option<payspec::Text>,
        signature: Option<String>,
    }
    let Ok(Signed {
        id: Some(id),
        signature: Some(signature),
    }) = serde_json::from_slice(body)
    else {
        return false;
    };
    let expected = webhook::sha1_hex(&format!("{id}:{}", secrets::CRYSTALPAY_SALT));
    signature.trim().eq_ignore_ascii_case(&expected)
}

/// Puts the correct `signature` into a callback body whose `id` can be read, as the first
/// field of the object, leaving every other byte as it was; `None` when the body is no object
/// or has no readable `id`.
pub fn sign_crystalpay(body: &[u8]) -> Option<Vec<u8>> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: Option<payspec::Text>,
    }
    let id = serde_json::from_slice::<Id>(body).ok()?.id?;
    let signature = webhook::sha1_hex(&format!("{id}:{}", secrets::CRYSTALPAY_SALT));
    let start = body.iter().position(|b| !b.is_ascii_whitespace())?;
    if body[start] != b'{' {
        return None;
    }
    let (head, tail) = body.split_at(start + 1);
    let empty = tail.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'}');
    let field = format!("\"signature\":\"{signature}\"{}", if empty { "" } else { "," });
    Some([head, field.as_bytes(), tail].concat())
}

/// A CrystalPay payment callback, through the receiver `payspec_crystalpay::Receiver::receive`
/// (method, headers and body, as a handler gets them), `payspec_crystalpay::verify_callback`
/// (typed, the step the receiver calls) and `payspec::webhook::verify_crystalpay_callback` (as
/// any JSON). Input: byte 0 is flags (bit 0: sign the body first with [`sign_crystalpay`], so
/// that the decoding behind the signature check is reached; bits 1 to 4 choose the request
/// around it, see [`Request`]), the rest is the body. Properties: no panic; a callback is
/// accepted only if its signature is correct; a correctly signed one is never refused for its
/// signature; what the typed decoding accepts, the untyped one refuses as malformed at worst;
/// the receiver accepts exactly what the typed check accepts when the request is a POST under
/// the body limit (any content type), with the event key `crystalpay:invoice:<id>:<state>` and
/// the reply `200 OK`; its errors and rejection replies never show the salt or the expected
/// signature, and a rejection is never a 2xx.
pub fn webhook_crystalpay(data: &[u8]) {
    let (flags, body) = flags(data);
    let signed;
    let body = match (flags & 1 == 1).then(|| sign_crystalpay(body)).flatten() {
        Some(b) => {
            signed = b;
            &signed[..]
        }
        None => body,
    };
    let credentials = &*CRYSTALPAY_CREDENTIALS;
    let typed = payspec_crystalpay::verify_callback(body, credentials);
    let untyped = webhook::verify_crystalpay_callback::<serde_json::Value>(body, credentials);
    let valid = crystalpay_signed(body);
    if typed.is_ok() || untyped.is_ok() {
        assert!(
            valid,
            "crystalpay: a callback without the correct signature was accepted"
        );
    }
    if valid {
        use payspec::webhook::WebhookError::{BadSignature, MissingField, MissingKey};
        assert!(
            !matches!(untyped, Err(BadSignature | MissingField(_) | MissingKey)),
            "crystalpay: a correctly signed callback was refused: {untyped:?}"
        );
    }
    // The typed decoding may accept what the untyped one refuses (serde_json checks neither
    // the UTF-8 nor the escapes of a field it skips), but never for another signature verdict.
    if typed.is_ok() {
        assert!(
            matches!(untyped, Ok(_) | Err(payspec::webhook::WebhookError::Malformed(_))),
            "crystalpay: the typed and untyped checks disagree on the signature: {untyped:?}"
        );
    }

    // The receiver: the same verdict for a POST under the limit, whatever the content type.
    let request = Request::from_flags(flags, "application/json");
    let receiver = &*CRYSTALPAY_RECEIVER;
    let receiver = if request.small_limit {
        receiver.clone().with_body_limit(SMALL_LIMIT)
    } else {
        receiver.clone()
    };
    let received = receiver.receive(&request.method, &request.headers, body);
    let fits = body.len() <= receiver.body_limit();
    if request.method == "POST" && fits {
        assert_eq!(
            received.is_ok(),
            typed.is_ok(),
            "crystalpay: the receiver and verify_callback disagree: {:?} / {:?}",
            received.as_ref().err(),
            typed.as_ref().err()
        );
    } else {
        assert!(
            received.is_err(),
            "crystalpay: a GET or a body over the limit was accepted"
        );
    }
    let id = serde_json::from_slice::<IdOf>(body).ok().and_then(|i| i.id);
    let expected = id.map(|id| webhook::sha1_hex(&format!("{id}:{}", secrets::CRYSTALPAY_SALT)));
    match &received {
        Ok(callback) => {
            assert!(
                valid,
                "crystalpay: the receiver accepted a callback without the correct signature"
            );
            let id = callback.id.as_ref().map(ToString::to_string).unwrap_or_default();
            assert!(
                callback
                    .event_key()
                    .starts_with(&format!("crystalpay:invoice:{id}:")),
                "crystalpay: event key {:?} for id {id:?}",
                callback.event_key()
            );
            assert_eq!(callback.success_reply().status(), 200);
            assert_eq!(callback.success_reply().body(), "OK");
        }
        Err(error) => {
            let reply = receiver.rejection(error);
            assert!(
                !reply.status().is_success(),
                "crystalpay: a refusal answered {reply:?}"
            );
            for shown in [error.to_string(), format!("{error:?}"), reply.body().to_owned()] {
                assert!(
                    !shown.contains(secrets::CRYSTALPAY_SALT),
                    "crystalpay: the salt in {shown:?}"
                );
                if let Some(expected) = &expected
                    && !valid
                {
                    assert!(
                        !shown.contains(expected.as_str()),
                        "crystalpay: the expected signature in {shown:?}"
                    );
                }
            }
        }
    }
}

/// A callback's `id`, read the lenient way the verifier reads it.
#[derive(serde::Deserialize)]
struct IdOf {
    id: Option<payspec::Text>,
}

/// The body limit of the receivers when a property asks for a small one.
const SMALL_LIMIT: usize = 64;

/// The request around a notification body, from the flags byte of a webhook property: bit 1 a
/// `GET` instead of the `POST`; bits 2 and 3 the `Content-Type`: 0 the provider's own
/// (`form`), 1 none, 2 `text/plain`, 3 the provider's own with `; charset=UTF-8`; bit 4 a body
/// limit of [`SMALL_LIMIT`] bytes.
pub struct Request {
    /// The method.
    pub method: payspec::reqwest::Method,
    /// The headers (at most a `Content-Type`).
    pub headers: payspec::reqwest::header::HeaderMap,
    /// Whether the content type is the provider's own (with or without parameters).
    pub own_content_type: bool,
    /// Whether the receiver's limit is [`SMALL_LIMIT`].
    pub small_limit: bool,
}

impl Request {
    /// The request `flags` describe, for a provider whose content type is `form`.
    pub fn from_flags(flags: u8, form: &'static str) -> Request {
        use payspec::reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
        let method = if flags & 2 == 2 {
            payspec::reqwest::Method::GET
        } else {
            payspec::reqwest::Method::POST
        };
        let mut headers = HeaderMap::new();
        let content_type = match (flags >> 2) & 3 {
            0 => Some(form.to_owned()),
            1 => None,
            2 => Some("text/plain".to_owned()),
            _ => Some(format!("{form}; charset=UTF-8")),
        };
        let own_content_type = content_type.as_deref().is_some_and(|c| c.starts_with(form));
        if let Some(value) = content_type.and_then(|c| HeaderValue::from_str(&c).ok()) {
            headers.insert(CONTENT_TYPE, value);
        }
        Request {
            method,
            headers,
            own_content_type,
            small_limit: flags & 16 == 16,
        }
    }
}

/// The fields of a PayKeeper notification that its `key` signs, read the way PayKeeper's
/// documentation describes them (the last of repeated fields wins, as in the verifier).
struct PaykeeperFields {
    id: Option<String>,
    sum: Option<String>,
    clientid: String,
    orderid: String,
    key: Option<String>,
}

fn paykeeper_fields(form: &[u8]) -> PaykeeperFields {
    let mut fields = PaykeeperFields {
        id: None,
        sum: None,
        clientid: String::new(),
        orderid: String::new(),
        key: None,
    };
    for (k, v) in form_urlencoded::parse(form) {
        let v = v.into_owned();
        match &*k {
            "id" => fields.id = Some(v),
            "sum" => fields.sum = Some(v),
            "clientid" => fields.clientid = v,
            "orderid" => fields.orderid = v,
            "key" => fields.key = Some(v),
            _ => {}
        }
    }
    fields
}

/// The `key` PayKeeper computes for these fields: md5 of id, the sum with two decimals,
/// clientid, orderid and the secret word; `None` without an id or an amount in kopecks.
fn paykeeper_key(fields: &PaykeeperFields) -> Option<String> {
    let id = fields.id.as_deref().filter(|id| !id.is_empty())?;
    let kopecks = Decimal::parse(fields.sum.as_deref()?).ok()?.minor_units(2)?;
    let sign = if kopecks < 0 { "-" } else { "" };
    let (rubles, kopecks) = (kopecks.unsigned_abs() / 100, kopecks.unsigned_abs() % 100);
    Some(webhook::md5_hex(&format!(
        "{id}{sign}{rubles}.{kopecks:02}{}{}{}",
        fields.clientid,
        fields.orderid,
        secrets::PAYKEEPER_SECRET_WORD
    )))
}

/// Appends the correct `key` to a notification form whose id and sum can be read (the last
/// `key` is the one checked); `None` otherwise.
pub fn sign_paykeeper(form: &[u8]) -> Option<Vec<u8>> {
    let key = paykeeper_key(&paykeeper_fields(form))?;
    Some([form, b"&key=", key.as_bytes()].concat())
}

/// A PayKeeper payment notification (a form body), through the receiver
/// `payspec_paykeeper::Receiver::receive` (method, headers and body, as a handler gets them),
/// `payspec_paykeeper::verify_notification` (typed, the step the receiver calls) and
/// `payspec::webhook::verify_paykeeper_notification` (as a map of text). Input: byte 0 is flags
/// (bit 0: sign the form first with [`sign_paykeeper`]; bits 1 to 4 choose the request around
/// it, see [`Request`]), the rest is the form. Properties: no panic; a notification is
/// accepted only with the correct key, and then the reply is `OK md5(id + secret word)`; a
/// correctly signed one is never refused for its key; what the typed decoding accepts, the
/// untyped one refuses as malformed at worst; the receiver accepts exactly what the typed
/// check accepts when the request is a form POST under the body limit, with the event key
/// `paykeeper:<id>` and the same reply (HTTP 200), and nothing else; its errors and rejection
/// replies never show the secret word or the expected key, and a rejection is never a 2xx.
pub fn webhook_paykeeper(data: &[u8]) {
    let (flags, form) = flags(data);
    let signed;
    let form = match (flags & 1 == 1).then(|| sign_paykeeper(form)).flatten() {
        Some(f) => {
            signed = f;
            &signed[..]
        }
        None => form,
    };
    let key = &*PAYKEEPER_KEY;
    let typed = payspec_paykeeper::verify_notification(form, key);
    let untyped = webhook::verify_paykeeper_notification::<BTreeMap<String, String>>(form, key);
    let fields = paykeeper_fields(form);
    let expected = paykeeper_key(&fields);
    let valid = expected.is_some()
        && fields
            .key
            .as_deref()
            .is_some_and(|k| Some(k.trim().to_ascii_lowercase()) == expected);
    for reply in [
        typed.as_ref().map(|v| &v.reply),
        untyped.as_ref().map(|v| &v.reply),
    ]
    .into_iter()
    .flatten()
    {
        assert!(
            valid,
            "paykeeper: a notification without the correct key was accepted"
        );
        let id = fields.id.as_deref().unwrap_or_default();
        let want = format!(
            "OK {}",
            webhook::md5_hex(&format!("{id}{}", secrets::PAYKEEPER_SECRET_WORD))
        );
        assert_eq!(reply, &want, "paykeeper: the wrong reply");
    }
    if valid {
        use payspec::webhook::WebhookError::{BadSignature, MissingField, MissingKey};
        assert!(
            !matches!(untyped, Err(BadSignature | MissingField(_) | MissingKey)),
            "paykeeper: a correctly signed notification was refused: {untyped:?}"
        );
    }
    if typed.is_ok() {
        assert!(
            matches!(untyped, Ok(_) | Err(payspec::webhook::WebhookError::Malformed(_))),
            "paykeeper: the typed and untyped checks disagree on the key: {untyped:?}"
        );
    }

    // The receiver: the typed verdict for a form POST under the limit, a refusal otherwise.
    let request = Request::from_flags(flags, "application/x-www-form-urlencoded");
    let receiver = if request.small_limit {
        PAYKEEPER_RECEIVER.clone().with_body_limit(SMALL_LIMIT)
    } else {
        PAYKEEPER_RECEIVER.clone()
    };
    let received = receiver.receive(&request.method, &request.headers, form);
    let fits = form.len() <= receiver.body_limit();
    if request.method == "POST" && request.own_content_type && fits {
        assert_eq!(
            received.is_ok(),
            typed.is_ok(),
            "paykeeper: the receiver and verify_notification disagree: {:?} / {:?}",
            received.as_ref().err(),
            typed.as_ref().err()
        );
    } else {
        assert!(
            received.is_err(),
            "paykeeper: a GET, another content type or a body over the limit was accepted"
        );
    }
    match &received {
        Ok(notification) => {
            assert!(
                valid,
                "paykeeper: the receiver accepted a notification without the correct key"
            );
            let id = fields.id.as_deref().unwrap_or_default();
            assert_eq!(notification.event_key(), format!("paykeeper:{id}"));
            let want = format!(
                "OK {}",
                webhook::md5_hex(&format!("{id}{}", secrets::PAYKEEPER_SECRET_WORD))
            );
            assert_eq!(notification.success_reply().status(), 200);
            assert_eq!(
                notification.success_reply().body(),
                want,
                "paykeeper: the wrong reply"
            );
        }
        Err(error) => {
            let reply = receiver.rejection(error);
            assert!(
                !reply.status().is_success(),
                "paykeeper: a refusal answered {reply:?}"
            );
            for shown in [error.to_string(), format!("{error:?}"), reply.body().to_owned()] {
                assert!(
                    !shown.contains(secrets::PAYKEEPER_SECRET_WORD),
                    "paykeeper: the secret word in {shown:?}"
                );
                if let Some(expected) = expected.as_deref().filter(|_| !valid) {
                    assert!(
                        !shown.contains(expected),
                        "paykeeper: the expected key in {shown:?}"
                    );
                }
            }
        }
    }
}

/// Lowercase hex HMAC-SHA1 of `body` with the Invoicebox notification key (the default store
/// setting).
pub fn invoicebox_signature(body: &[u8]) -> String {
    invoicebox_signature_with(
        body,
        webhook::SignatureMethod::Hmac,
        webhook::SignatureAlgorithm::Sha1,
    )
}

/// The signature of `body` with the Invoicebox notification key by `method` and `algorithm`,
/// computed here with the digest crates directly (not through `payspec::webhook`): HMAC, or
/// the digest of the body followed by the key.
pub fn invoicebox_signature_with(
    body: &[u8],
    method: webhook::SignatureMethod,
    algorithm: webhook::SignatureAlgorithm,
) -> String {
    hex::encode(invoicebox_digests(body, method, algorithm)[0].clone())
}

/// Every digest an Invoicebox receiver set to `method` and `algorithm` may accept for `body`:
/// the HMAC, or for a plain hash both body + key and key + body.
fn invoicebox_digests(
    body: &[u8],
    method: webhook::SignatureMethod,
    algorithm: webhook::SignatureAlgorithm,
) -> Vec<Vec<u8>> {
    use hmac::{Hmac, Mac};
    use sha2::Digest;
    use webhook::SignatureAlgorithm as A;
    let key = secrets::INVOICEBOX_NOTIFICATION_KEY.as_bytes();
    macro_rules! with {
        ($d:ty) => {
            match method {
                webhook::SignatureMethod::Hmac => {
                    let mut mac = Hmac::<$d>::new_from_slice(key).expect("HMAC takes any key");
                    mac.update(body);
                    vec![mac.finalize().into_bytes().to_vec()]
                }
                webhook::SignatureMethod::Hash => vec![
                    <$d>::new()
                        .chain_update(body)
                        .chain_update(key)
                        .finalize()
                        .to_vec(),
                    <$d>::new()
                        .chain_update(key)
                        .chain_update(body)
                        .finalize()
                        .to_vec(),
                ],
            }
        };
    }
    match algorithm {
        A::Md5 => with!(md5::Md5),
        A::Sha1 => with!(sha1::Sha1),
        A::Sha256 => with!(sha2::Sha256),
        A::Sha512 => with!(sha2::Sha512),
    }
}

/// The receiver setting byte 1 of a [`webhook_invoicebox`] input selects: bit 2 the method
/// (HMAC, plain hash), bits 0-1 the algorithm (SHA-1, MD5, SHA-256, SHA-512); 0 is the
/// default HMAC-SHA1.
fn invoicebox_setting(byte: u8) -> (webhook::SignatureMethod, webhook::SignatureAlgorithm) {
    use webhook::SignatureAlgorithm as A;
    let method = if byte & 4 == 4 {
        webhook::SignatureMethod::Hash
    } else {
        webhook::SignatureMethod::Hmac
    };
    let algorithm = [A::Sha1, A::Md5, A::Sha256, A::Sha512][usize::from(byte & 3)];
    (method, algorithm)
}

/// An Invoicebox notification request through `payspec_invoicebox::Receiver::receive` (the
/// entry point every handler and the axum extractor use). Input: byte 0 is flags, byte 1 the
/// receiver's signature setting ([`invoicebox_setting`]), the rest as follows. With flag bit 0
/// set, the rest is the body and `X-Signature` its correct signature under the setting (bit 1:
/// in upper case, bit 2: with surrounding spaces); otherwise the rest is the `X-Signature`
/// (lossy UTF-8, left out when it is no valid header value), a newline, and the body. Bit 3:
/// the method is PUT, not POST; bits 4-5: the content type is `application/json`, the same
/// with `; charset=utf-8`, `text/plain`, or absent; bit 6: the receiver expects the store id
/// [`secrets::INVOICEBOX_MERCHANT`]; bit 7: the body limit is 256 bytes.
///
/// Properties: no panic; accepted only if the method, content type and size are right and the
/// signature is the body's under the setting (checked with the digest crates directly), and
/// then the event key is `invoicebox:<id>:<status>` and the replies are Invoicebox's; a request
/// that passes those checks is accepted or refused only as malformed or for another store;
/// every refusal is answered with HTTP 200 and one of the documented JSON errors; no error or
/// reply names the key, nor the expected signature of a body that was not correctly signed.
pub fn webhook_invoicebox(data: &[u8]) {
    use payspec::webhook::WebhookError;
    use payspec_invoicebox::Receive as _;
    let (flags, rest) = self::flags(data);
    let (setting, rest) = self::flags(rest);
    let (method, algorithm) = invoicebox_setting(setting);
    let (signature, body) = if flags & 1 == 1 {
        let mut signature = invoicebox_signature_with(rest, method, algorithm);
        if flags & 2 == 2 {
            signature.make_ascii_uppercase();
        }
        if flags & 4 == 4 {
            signature = format!(" {signature}\t");
        }
        (signature, rest)
    } else {
        match rest.iter().position(|b| *b == b'\n') {
            Some(i) => (String::from_utf8_lossy(&rest[..i]).into_owned(), &rest[i + 1..]),
            None => (String::new(), rest),
        }
    };
    let http_method = if flags & 8 == 8 {
        http::Method::PUT
    } else {
        http::Method::POST
    };
    let content_type = [
        Some("application/json"),
        Some("application/json; charset=utf-8"),
        Some("text/plain"),
        None,
    ][usize::from((flags >> 4) & 3)];
    let mut headers = http::HeaderMap::new();
    if let Some(ct) = content_type {
        headers.insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(ct));
    }
    if let Ok(value) = http::HeaderValue::from_str(&signature) {
        headers.insert("x-signature", value);
    }
    let mut receiver =
        payspec_invoicebox::Receiver::new(INVOICEBOX_KEY.clone()).with_signature(method, algorithm);
    if flags & 64 == 64 {
        receiver = receiver.with_merchant_id(secrets::INVOICEBOX_MERCHANT);
    }
    let limit = if flags & 128 == 128 {
        256
    } else {
        payspec::receive::DEFAULT_BODY_LIMIT
    };
    receiver = receiver.with_body_limit(limit);

    let result = receiver.receive(&http_method, &headers, body);

    // The oracle: what the receiver must have checked.
    let given = headers
        .get("x-signature")
        .and_then(|v| v.to_str().ok())
        .and_then(|s| hex::decode(s.trim()).ok());
    let digests = invoicebox_digests(body, method, algorithm);
    let signed = given.as_ref().is_some_and(|g| digests.contains(g));
    let admissible =
        http_method == http::Method::POST && matches!(flags >> 4 & 3, 0 | 1) && body.len() <= limit;
    const SUCCESS: &str = r#"{"status":"success"}"#;
    const RETRY: &str = r#"{"code":"out_of_service","status":"error"}"#;
    match &result {
        Ok(n) => {
            assert!(
                admissible && signed,
                "invoicebox: accepted without every check passing"
            );
            assert_eq!(
                n.event_key(),
                format!("invoicebox:{}:{}", n.id, n.status.as_str()),
                "invoicebox: the event key"
            );
            assert_eq!(n.success_reply().body(), SUCCESS);
            assert_eq!(n.retry_reply().body(), RETRY);
        }
        Err(e) => {
            if admissible && signed {
                assert!(
                    matches!(e, WebhookError::Malformed(_) | WebhookError::WrongAccount(_)),
                    "invoicebox: a correctly signed notification was refused: {e:?}"
                );
            }
            let reply = receiver.rejection(e);
            assert_eq!(reply.status().as_u16(), 200, "invoicebox: the refusal's status");
            assert_eq!(reply.content_type(), "application/json");
            assert!(
                [
                    RETRY,
                    r#"{"code":"signature_error","status":"error"}"#,
                    r#"{"code":"order_not_found","status":"error"}"#,
                ]
                .contains(&reply.body()),
                "invoicebox: an undocumented refusal {reply:?}"
            );
            let shown = format!("{e} {e:?} {reply:?} {receiver:?}");
            assert!(
                !shown.contains(secrets::INVOICEBOX_NOTIFICATION_KEY),
                "invoicebox: the key is shown: {shown}"
            );
            if !signed {
                for digest in &digests {
                    assert!(
                        !shown.to_ascii_lowercase().contains(&hex::encode(digest)),
                        "invoicebox: the expected signature is shown: {shown}"
                    );
                }
            }
        }
    }
}

/// An item built from every lenient type, nested through the container ones.
#[derive(serde::Deserialize)]
#[allow(dead_code)] // only decoded
struct Item {
    text: Option<payspec::Text>,
    int: Option<payspec::Int>,
    decimal: Option<Decimal>,
    number: Option<DecimalNumber>,
    flag: Option<payspec::Flag>,
    list: Option<payspec::LenientList<Item>>,
    map: Option<payspec::LenientMap<Decimal>>,
    single: Option<payspec::Single<Box<Item>>>,
    json: Option<payspec::JsonText<Box<Item>>>,
    nullable_text: Option<payspec::NullableText>,
    nullable_decimal: Option<payspec::NullableDecimal>,
    filter: Option<payspec::QueryFilter>,
}

/// Whether `text` is a plain decimal: an optional `-` (never on zero), digits without a
/// leading zero (but `0`), and an optional `.` with at least one digit. That is the text a
/// [`Decimal`] promises to put on the wire, a valid JSON number.
fn is_plain_decimal(text: &str) -> bool {
    let (negative, body) = match text.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let (int, frac) = match body.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let nonzero = body.bytes().any(|b| (b'1'..=b'9').contains(&b));
    digits(int) && (int == "0" || !int.starts_with('0')) && frac.is_none_or(digits) && (!negative || nonzero)
}

/// What every [`Decimal`] that came from outside must satisfy: its text is a plain decimal
/// that parses back to itself, survives JSON as a string and as a [`DecimalNumber`], equals
/// itself by value, and round-trips through minor units when it has at most two decimals.
pub fn decimal_invariants(d: &Decimal) {
    let text = d.as_str();
    assert!(is_plain_decimal(text), "{text:?} is not a plain decimal");
    let again = Decimal::parse(text).expect("a canonical decimal parses");
    assert_eq!(again.as_str(), text, "the canonical form is not stable");
    let json = serde_json::to_string(d).expect("a decimal serializes");
    let back: Decimal = serde_json::from_str(&json).expect("a serialized decimal decodes");
    assert_eq!(back.as_str(), text, "a decimal does not survive JSON");
    let number = serde_json::to_string(&DecimalNumber(d.clone())).expect("a decimal number serializes");
    assert_eq!(number, text, "a decimal number is not written digit for digit");
    if let Some(units) = d.minor_units(2) {
        assert_eq!(
            &Decimal::from_minor_units(units, 2),
            d,
            "minor units do not round-trip"
        );
    }
    if let Some(order) = d.cmp_value(d) {
        assert_eq!(order, std::cmp::Ordering::Equal, "{text} differs from itself");
    }
}

/// The lenient types (`payspec::{Text, Int, Decimal, DecimalNumber, Flag, LenientList,
/// LenientMap, Single, JsonText, NullableText, NullableDecimal, QueryFilter}`): `data` decoded
/// as JSON into each of them and into an item that nests them all, and, as text, parsed by
/// their `FromStr` impls. Properties: no panic; every decimal obtained satisfies
/// [`decimal_invariants`]; a query filter survives its own `Display`.
pub fn lenient(data: &[u8]) {
    use payspec::{Flag, Int, JsonText, LenientList, LenientMap, NullableDecimal, NullableText, QueryFilter};
    use payspec::{Single, Text};
    fn decode<T: serde::de::DeserializeOwned>(data: &[u8]) -> Option<T> {
        serde_json::from_slice(data).ok()
    }
    let _ = decode::<Text>(data);
    let _ = decode::<Int>(data);
    let _ = decode::<Flag>(data);
    let _ = decode::<NullableText>(data);
    let _ = decode::<Item>(data);
    let _ = decode::<LenientList<Item>>(data);
    let _ = decode::<LenientList<serde_json::Value>>(data);
    let _ = decode::<LenientMap<Text>>(data);
    let _ = decode::<Single<Item>>(data);
    let _ = decode::<JsonText<Item>>(data);
    let _ = decode::<QueryFilter>(data);
    let decimals = [
        decode::<Decimal>(data),
        decode::<DecimalNumber>(data).map(|n| n.0),
        decode::<NullableDecimal>(data).and_then(|n| n.0),
    ];
    if let Some(list) = decode::<LenientList<Decimal>>(data) {
        list.iter().for_each(decimal_invariants);
    }
    if let Some(map) = decode::<LenientMap<NullableDecimal>>(data) {
        map.values()
            .filter_map(|d| d.value())
            .for_each(decimal_invariants);
    }

    exact_number(data);

    let text = String::from_utf8_lossy(data);
    let parsed = [
        Decimal::parse(&text).ok(),
        text.parse::<NullableDecimal>().ok().and_then(|n| n.0),
    ];
    for d in decimals.iter().chain(&parsed).flatten() {
        decimal_invariants(d);
    }
    let _ = text.parse::<Int>();
    let _ = text.parse::<Flag>();
    let _ = text.parse::<NullableText>();
    let filter: QueryFilter = text.parse().expect("any query string parses");
    let again: QueryFilter = filter.to_string().parse().expect("any query string parses");
    assert_eq!(again, filter, "a query filter does not survive its own Display");
}

/// The value of a JSON number's text as (negative, significant digits, exponent of the last
/// one), with no leading or trailing zero digit: equal numbers give equal triples. `None` when
/// `text` is not a JSON number. Written apart from payspec's own reading, as its oracle.
fn number_value(text: &str) -> Option<(bool, String, i128)> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text),
    };
    let (mantissa, exp) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.strip_prefix('+').unwrap_or(e)),
        None => (body, "0"),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let exp_digits = exp.strip_prefix('-').unwrap_or(exp);
    if int.is_empty() || !digits(int) || !digits(frac) || (mantissa.contains('.') && frac.is_empty()) {
        return None;
    }
    if exp_digits.is_empty() || !digits(exp_digits) || exp_digits.len() > 30 {
        return None;
    }
    let all = format!("{int}{frac}");
    let sig = all.trim_start_matches('0');
    let trimmed = sig.trim_end_matches('0');
    if trimmed.is_empty() {
        return Some((false, String::new(), 0));
    }
    let exp: i128 = exp.parse().ok()?;
    let last = exp - frac.len() as i128 + (sig.len() - trimmed.len()) as i128;
    Some((negative, trimmed.to_owned(), last))
}

/// Numbers stay exact (issue 18): when `data` is a JSON number, a [`Decimal`], a
/// [`DecimalNumber`] and a [`payspec::NullableDecimal`] decoded from it, alone and as a member
/// of an object read through `payspec::LenientList` and `payspec::Single` (the shapes that
/// pass through a buffer), either fail or hold exactly its value: never a rounded one.
pub fn exact_number(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.trim_matches([' ', '\t', '\n', '\r']);
    let Some(expected) = number_value(text) else {
        return;
    };
    let check = |what: &str, d: Option<&Decimal>| {
        if let Some(d) = d {
            assert_eq!(
                number_value(d.as_str()),
                Some(expected.clone()),
                "{what}: the number {text} decoded as {}",
                d.as_str()
            );
        }
    };
    check("Decimal", serde_json::from_str::<Decimal>(text).ok().as_ref());
    check(
        "DecimalNumber",
        serde_json::from_str::<DecimalNumber>(text).ok().as_deref(),
    );
    let nullable = serde_json::from_str::<payspec::NullableDecimal>(text).ok();
    check("NullableDecimal", nullable.as_ref().and_then(|n| n.value()));
    #[derive(serde::Deserialize)]
    struct Row {
        amount: Decimal,
        #[serde(flatten)]
        _extra: serde_json::Map<String, serde_json::Value>,
    }
    for body in [
        format!(r#"[{{"amount":{text}}}]"#),
        format!(r#"{{"0":{{"amount":{text}}},"total":1}}"#),
        format!(r#"{{"status":"ok","data":[{{"amount":{text}}}]}}"#),
        format!(r#"{{"amount":{text},"other":1}}"#),
    ] {
        if let Ok(list) = serde_json::from_str::<payspec::LenientList<Row>>(&body) {
            list.iter().for_each(|r| check("LenientList", Some(&r.amount)));
        }
        if let Ok(one) = serde_json::from_str::<payspec::Single<Row>>(&body) {
            check("Single", Some(&one.amount));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_numbers_oracle() {
        assert_eq!(number_value("1.50e1"), number_value("15"));
        assert_eq!(number_value("0.001"), number_value("1e-3"));
        assert_eq!(number_value("-0.0"), number_value("0"));
        assert_ne!(number_value("0.1"), number_value("0.10000000000000000001"));
        assert_eq!(number_value("1."), None);
        for n in [
            "123456789012345678.91",
            "1.123456789012345678",
            "1e-400",
            "1e-8",
            "-0",
            "7E+2",
        ] {
            exact_number(n.as_bytes());
        }
    }

    #[test]
    fn plain_decimals() {
        for ok in ["0", "1", "-1", "10.50", "0.001", "-0.5"] {
            assert!(is_plain_decimal(ok), "{ok}");
        }
        for bad in ["", "-", "01", "1.", ".5", "-0", "-0.00", "1e5", "+1", "1,5"] {
            assert!(!is_plain_decimal(bad), "{bad}");
        }
    }

    #[test]
    fn signing_helpers_produce_what_the_verifiers_accept() {
        let body = sign_crystalpay(br#" { "id": "abc", "state": "payed" }"#).unwrap();
        assert!(crystalpay_signed(&body));
        let credentials = &*CRYSTALPAY_CREDENTIALS;
        assert!(payspec_crystalpay::verify_callback(&body, credentials).is_ok());
        let empty = sign_crystalpay(br#"{"id":7}"#).unwrap();
        assert!(serde_json::from_slice::<serde_json::Value>(&empty).is_ok());
        assert_eq!(sign_crystalpay(br#"[{"id":7}]"#), None);

        let form = sign_paykeeper(b"id=77&sum=1205.9&clientid=Ivanov&orderid=1337").unwrap();
        let verified = payspec_paykeeper::verify_notification(&form, &PAYKEEPER_KEY).unwrap();
        assert_eq!(
            verified.notification.orderid.and_then(|o| o.0).as_deref(),
            Some("1337")
        );
        let negative = sign_paykeeper(b"id=1&sum=-0.5").unwrap();
        assert!(
            webhook::verify_paykeeper_notification::<BTreeMap<String, String>>(&negative, &PAYKEEPER_KEY)
                .is_ok()
        );
        assert_eq!(sign_paykeeper(b"id=1&sum=1.001"), None);

        let body = br#"{"id":"1"}"#;
        for setting in 0..8 {
            let (method, algorithm) = invoicebox_setting(setting);
            let signature = invoicebox_signature_with(body, method, algorithm);
            assert_eq!(
                webhook::verify_body_signature(body, &signature, &INVOICEBOX_KEY, method, algorithm),
                Ok(()),
                "{method:?} {algorithm:?}"
            );
            assert_eq!(
                signature,
                webhook::body_signature(body, &INVOICEBOX_KEY, method, algorithm)
            );
        }
        // A correctly signed notification of every setting gets through the receiver.
        let notification = br#"{"id":"1","status":"completed","merchantId":"m","amount":1,"customer":{},"currencyId":"RUB","createdAt":"2023-06-20T14:27:58+00:00"}"#;
        for setting in 0..8 {
            use payspec_invoicebox::Receive as _;
            let (method, algorithm) = invoicebox_setting(setting);
            let mut headers = http::HeaderMap::new();
            headers.insert("content-type", http::HeaderValue::from_static("application/json"));
            let signature = invoicebox_signature_with(notification, method, algorithm);
            headers.insert("x-signature", http::HeaderValue::from_str(&signature).unwrap());
            let receiver =
                payspec_invoicebox::Receiver::new(INVOICEBOX_KEY.clone()).with_signature(method, algorithm);
            let n = receiver
                .receive(&http::Method::POST, &headers, notification)
                .unwrap();
            assert_eq!(n.event_key(), "invoicebox:1:completed");
            webhook_invoicebox(&[[1, setting].as_slice(), notification.as_slice()].concat());
        }
    }

    #[test]
    fn every_property_copes_with_the_empty_input() {
        for provider in Provider::ALL {
            response_input(provider, b"");
        }
        webhook_crystalpay(b"");
        webhook_paykeeper(b"");
        webhook_invoicebox(b"");
        lenient(b"");
    }
}
