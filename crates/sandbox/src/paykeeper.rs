//! The PayKeeper imitation: a merchant's PayKeeper server (`specs/paykeeper.yaml`), served
//! under `/paykeeper`, so the client's base URL is `http://127.0.0.1:PORT/paykeeper`.
//!
//! # Credentials (spec: `securitySchemes.basic`, root `x-auth`; reference §1.1, §1.2)
//!
//! Every call (GET and POST) needs HTTP Basic auth with [`USER`] / [`PASSWORD`] (`demo` /
//! `demo`, like PayKeeper's public demo); anything else is answered **HTTP 401** with
//! `WWW-Authenticate: Basic` and a plain-text body (PayKeeper documents the status, not the
//! body). Every POST must also carry the form field `token` with the security token of
//! `GET /info/settings/token/`; a missing or wrong token (or a body that is not
//! `application/x-www-form-urlencoded`, whose fields PHP would not see) is answered
//! `{"result":"fail","msg":"Токен безопасности не верен."}` at HTTP 200, the exact message the
//! client recognises as a stale token. [`Paykeeper::rotate_token`] changes the token, as
//! PayKeeper does once a day.
//!
//! # Operations imitated
//!
//! - 6.1 `token_get`;
//! - 1.1 `systems_list` (one payment system: id [`PAYMENT_SYSTEM_ID`], bank cards);
//! - 3.1–3.7 invoices: `invoice_preview` (creates an invoice in the service status `created`,
//!   answers `invoice_id`, `invoice_url` = `<base>/bill/<id>/` and an HTML preview),
//!   `invoice_byid` (an array of one object, as the official example), `invoice_list` (newest
//!   first; `created` invoices never listed; `status[]`, `start_date` / `end_date`, `from` /
//!   `limit`), `invoice_listcount`, `invoice_send` (status `sent`; needs the payer's e-mail; no
//!   mail is sent), `invoice_revoke`, `invoice_accept_cash` (a payment in status `success`, no
//!   notification);
//! - 2.1 `payments_bydate`, 2.3 `payment_byid` (an array of one object), 2.7
//!   `refunds_bypaymentid`, `payment_reverse` (full or partial refunds), `payment_repeatcnt`
//!   (sends the notification again);
//! - 4.3 `organization_settings` and 5.1 `organization_setting_change`: `informer_url` sets the
//!   notification URL (the same one as [`crate::Sandbox::set_webhook_url`]), `informer_seed` the
//!   secret word (default [`SECRET`]); other names are stored and shown.
//!
//! Every other operation of the spec answers from its example ([`crate::OPERATIONS`]): Basic
//! auth and, for a POST, the token first, then a `fail` envelope naming a missing required
//! parameter, then the example (the `.xlsx` exports: an empty ZIP archive, the container of
//! `.xlsx`). A path the spec does not have is HTTP 404 with a `fail` envelope. The payer's
//! page `GET /paykeeper/bill/<id>/` (no Basic auth, like the real one) shows the invoice with a
//! "pay" button that posts to the sandbox's control API.
//!
//! # Paying and the notification (reference §10, spec `PaymentNotification`)
//!
//! [`crate::Sandbox::pay`] with an **invoice** id is what the payer does: the invoice becomes
//! `paid` with a new payment (`paymentid`), which is `obtained` while PayKeeper notifies the
//! merchant. The notification is a form POST (`id`, `sum`, `clientid`, `orderid`, `key`,
//! `service_name`, `client_email`, `client_phone`, `ps_id`, `obtain_datetime`) signed
//! `key = md5(id + sum + clientid + orderid + secret)` with `sum` written with two decimals.
//! The merchant must answer HTTP 200 with `OK <md5(id + secret)>`: then the payment becomes
//! `success`; any other answer (or none) leaves it `stuck` ("done without notification") —
//! [`Paykeeper::notification_acknowledged`] tells which. Without a notification URL nothing is
//! sent and the payment is `success` at once.
//!
//! # Errors
//!
//! Business errors are `{"result":"fail","msg":"..."}` at HTTP 200 (spec `FailEnvelope`), the
//! documented messages where there is one ([`TOKEN_INVALID`], [`INVOICE_NOT_FOUND`],
//! [`REFUND_REFUSED`]), otherwise the sandbox's own Russian wording. Non-ASCII text in every
//! JSON answer is written with `\u` escapes, as PHP's `json_encode` does.
//!
//! # Simplifications
//!
//! - Refunds are `done` at once; a refund is allowed in the statuses `success`, `stuck` and
//!   `partially_refunded`; `partial=false` refunds the whole remainder, so `amount` must equal
//!   it. The status becomes `partially_refunded` or `refunded`. `refund_cart` is not checked.
//! - The status of a revoked invoice is not documented: the sandbox shows `expired` (the
//!   documented status of an invoice that can no longer be paid), with `expiry_datetime` set to
//!   the moment of the revocation.
//! - Ids come from counters (invoices: 17 digits, like PayKeeper's; payments from 1001);
//!   datetimes are Moscow time (UTC+3) from the system clock. One cabinet user (`user_id` 1).
//! - Two-stage payments (capture), receipts, statistics, users, exports and the other settings
//!   calls keep no state: they answer the spec's examples.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use payspec::webhook::md5_hex;
use serde_json::{Value, json};

use crate::examples::{self, Imitation, Input};
use crate::{Delivery, Provider, SandboxError, State, html_escape, lock};

/// The cabinet user's login for HTTP Basic auth.
pub const USER: &str = "demo";
/// The cabinet user's password for HTTP Basic auth.
pub const PASSWORD: &str = "demo";
/// The secret word (`informer_seed`) that signs notifications, until changed with
/// `organization_setting_change`.
pub const SECRET: &str = "sandbox-secret-word";
/// The demo credentials, as (name, value) pairs (the constants above, for the banner).
pub const CREDENTIALS: &[(&str, &str)] = &[("user", USER), ("password", PASSWORD), ("secret word", SECRET)];
/// The id of the sandbox's one payment system (bank cards), `payment_system_id` / `ps_id`.
pub const PAYMENT_SYSTEM_ID: &str = "30";

/// The documented answer to a missing, wrong or expired security token.
pub const TOKEN_INVALID: &str = "Токен безопасности не верен.";
/// The documented answer to an unknown invoice number.
pub const INVOICE_NOT_FOUND: &str = "Счёт не найден.";
/// The sandbox's answer to an unknown payment id (the wording is not documented).
pub const PAYMENT_NOT_FOUND: &str = "Платёж не найден.";
/// The answer to a refund of a payment that is not done (the documented prefix, completed).
pub const REFUND_REFUSED: &str = "Нельзя сделать возврат по платежу, статус которого не \"совершён\".";

/// The first invoice number is this plus one: 17 digits, like PayKeeper's.
const INVOICE_ID_BASE: u64 = 20_000_000_000_000_000;
/// The first payment id is this plus one.
const PAYMENT_ID_BASE: u64 = 1000;
/// Amounts must be below this many kopecks.
const MAX_AMOUNT: i128 = 1_000_000_000_000_000;
const FORM: &str = "application/x-www-form-urlencoded";

/// The PayKeeper imitation's state: invoices, payments, refunds, the token and the secret.
#[derive(Debug, Default)]
pub struct Paykeeper {
    books: Mutex<Books>,
}

#[derive(Debug, Default)]
struct Books {
    /// Which token is current (it is the md5 of this number).
    token_serial: u64,
    token_fetches: usize,
    /// `informer_seed`; `None` = [`SECRET`].
    secret: Option<String>,
    /// Other settings set with `organization_setting_change`.
    settings: BTreeMap<String, String>,
    invoices: Vec<Invoice>,
    payments: Vec<Payment>,
    refunds: Vec<Refund>,
    invoices_made: u64,
    payments_made: u64,
    refunds_made: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InvoiceStatus {
    Created,
    Sent,
    Paid,
    Expired,
}

impl InvoiceStatus {
    fn as_str(self) -> &'static str {
        match self {
            InvoiceStatus::Created => "created",
            InvoiceStatus::Sent => "sent",
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Expired => "expired",
        }
    }
}

/// What the payer filled in (or the merchant gave when creating the invoice).
#[derive(Clone, Debug, Default)]
struct Payer {
    clientid: Option<String>,
    orderid: Option<String>,
    service_name: Option<String>,
    client_email: Option<String>,
    client_phone: Option<String>,
}

#[derive(Debug)]
struct Invoice {
    id: String,
    status: InvoiceStatus,
    revoked: bool,
    /// Kopecks.
    amount: i128,
    payer: Payer,
    expiry: Option<String>,
    created: String,
    paid: Option<String>,
    payment_id: Option<String>,
}

#[derive(Debug)]
struct Payment {
    id: String,
    status: &'static str,
    /// Kopecks.
    amount: i128,
    /// Kopecks refunded so far.
    refunded: i128,
    payer: Payer,
    repeat_counter: u32,
    /// Whether the last notification got the right answer; `None` before any was sent.
    acknowledged: Option<bool>,
    pending: String,
    obtain: String,
    success: Option<String>,
}

#[derive(Debug)]
struct Refund {
    id: String,
    payment_id: String,
    number: usize,
    amount: i128,
    remainder: i128,
    datetime: String,
}

impl Books {
    fn token(&self) -> String {
        md5_hex(&format!("payspec sandbox paykeeper token {}", self.token_serial))
    }

    fn secret(&self) -> &str {
        self.secret.as_deref().unwrap_or(SECRET)
    }

    /// Invoices past their expiry become `expired` (checked whenever invoices are touched).
    fn expire_overdue(&mut self, now: &str) {
        for invoice in &mut self.invoices {
            let open = matches!(invoice.status, InvoiceStatus::Created | InvoiceStatus::Sent);
            if open && invoice.expiry.as_deref().is_some_and(|e| e <= now) {
                invoice.status = InvoiceStatus::Expired;
            }
        }
    }

    fn invoice(&self, id: &str) -> Option<&Invoice> {
        self.invoices.iter().find(|i| i.id == id)
    }

    fn invoice_mut(&mut self, id: &str) -> Option<&mut Invoice> {
        self.invoices.iter_mut().find(|i| i.id == id)
    }

    fn payment(&self, id: &str) -> Option<&Payment> {
        self.payments.iter().find(|p| p.id == id)
    }

    fn payment_mut(&mut self, id: &str) -> Option<&mut Payment> {
        self.payments.iter_mut().find(|p| p.id == id)
    }

    /// Marks the open invoice `id` paid with a new payment in `status`; returns the payment id.
    fn pay_invoice(&mut self, id: &str, status: &'static str, now: &str) -> Result<String, String> {
        self.expire_overdue(now);
        let payment_id = (PAYMENT_ID_BASE + self.payments_made + 1).to_string();
        let invoice = self.invoice_mut(id).ok_or(INVOICE_NOT_FOUND)?;
        match invoice.status {
            InvoiceStatus::Paid => return Err("Счёт уже оплачен.".to_owned()),
            InvoiceStatus::Expired if invoice.revoked => return Err("Счёт отменён.".to_owned()),
            InvoiceStatus::Expired => return Err("Срок действия счёта истёк.".to_owned()),
            InvoiceStatus::Created | InvoiceStatus::Sent => {}
        }
        invoice.status = InvoiceStatus::Paid;
        invoice.paid = Some(now.to_owned());
        invoice.payment_id = Some(payment_id.clone());
        let payment = Payment {
            id: payment_id.clone(),
            status,
            amount: invoice.amount,
            refunded: 0,
            payer: invoice.payer.clone(),
            repeat_counter: 0,
            acknowledged: None,
            pending: now.to_owned(),
            obtain: now.to_owned(),
            success: (status == "success").then(|| now.to_owned()),
        };
        self.payments_made += 1;
        self.payments.push(payment);
        Ok(payment_id)
    }
}

impl Paykeeper {
    /// What the payer does on the invoice page: pays the invoice `id` in full, then PayKeeper
    /// notifies the merchant (see the module docs).
    pub(crate) async fn pay(&self, state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let paid = lock(&self.books).pay_invoice(id, "obtained", &now());
        let payment_id = paid.map_err(|message| {
            if message == INVOICE_NOT_FOUND {
                SandboxError::NotFound {
                    provider: Provider::Paykeeper,
                    what: "invoice",
                    id: id.to_owned(),
                }
            } else {
                SandboxError::State {
                    provider: Provider::Paykeeper,
                    message: format!("invoice {id}: {message}"),
                }
            }
        })?;
        Ok(self.notify(state, &payment_id).await)
    }

    /// Sends the payment notification of the paid invoice `id` again, as PayKeeper does while
    /// the merchant has not answered it right (the payment is `stuck`).
    pub(crate) async fn redeliver(&self, state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let payment_id = {
            let books = lock(&self.books);
            let invoice = books.invoice(id).ok_or_else(|| SandboxError::NotFound {
                provider: Provider::Paykeeper,
                what: "invoice",
                id: id.to_owned(),
            })?;
            invoice.payment_id.clone().ok_or_else(|| SandboxError::State {
                provider: Provider::Paykeeper,
                message: format!("invoice {id} is not paid: there is no notification to send again"),
            })?
        };
        Ok(self.notify(state, &payment_id).await)
    }

    /// Sends the payment notification of `payment_id` (if a URL is set) and records whether the
    /// merchant answered right: `success` if so (or if nothing was sent), `stuck` if not.
    async fn notify(&self, state: &State, payment_id: &str) -> Option<Delivery> {
        let Some(url) = state.webhook_url(Provider::Paykeeper) else {
            // No notification URL: nothing to wait for.
            let mut books = lock(&self.books);
            if let Some(payment) = books.payment_mut(payment_id)
                && payment.status == "obtained"
            {
                payment.status = "success";
                payment.success = Some(now());
            }
            return None;
        };
        let (body, expected) = {
            let books = lock(&self.books);
            let payment = books.payment(payment_id)?;
            let secret = books.secret();
            (
                notification_body(payment, secret),
                expected_reply(payment_id, secret),
            )
        };
        let delivery = state.notifier.send(&url, FORM, &[], body).await;
        let acknowledged = delivery.status == Some(200) && delivery.answer.trim() == expected;
        let mut books = lock(&self.books);
        if let Some(payment) = books.payment_mut(payment_id) {
            payment.repeat_counter += 1;
            payment.acknowledged = Some(acknowledged);
            // A refund may have come in meanwhile; only a payment still waiting changes.
            if matches!(payment.status, "obtained" | "stuck") {
                payment.status = if acknowledged { "success" } else { "stuck" };
                if acknowledged {
                    payment.success = Some(now());
                }
            }
        }
        Some(delivery)
    }

    /// The current security token (what `GET /info/settings/token/` answers).
    pub fn token(&self) -> String {
        lock(&self.books).token()
    }

    /// Replaces the security token, as PayKeeper does once a day: POSTs with the old one are
    /// answered [`TOKEN_INVALID`].
    pub fn rotate_token(&self) {
        lock(&self.books).token_serial += 1;
    }

    /// How many times the token was fetched (`GET /info/settings/token/` with good credentials).
    pub fn token_fetches(&self) -> usize {
        lock(&self.books).token_fetches
    }

    /// The secret word notifications are signed with ([`SECRET`] unless changed through
    /// `organization_setting_change` with `informer_seed`).
    pub fn secret(&self) -> String {
        lock(&self.books).secret().to_owned()
    }

    /// The status of invoice `id` as `invoice_byid` shows it (`created`, `sent`, `paid`,
    /// `expired`), or `None` if there is no such invoice.
    pub fn invoice_status(&self, id: &str) -> Option<&'static str> {
        let mut books = lock(&self.books);
        books.expire_overdue(&now());
        books.invoice(id).map(|i| i.status.as_str())
    }

    /// Whether invoice `id` was revoked with `invoice_revoke` (`None`: no such invoice).
    pub fn invoice_revoked(&self, id: &str) -> Option<bool> {
        lock(&self.books).invoice(id).map(|i| i.revoked)
    }

    /// The id of the payment that paid invoice `id`, if it is paid.
    pub fn invoice_payment(&self, id: &str) -> Option<String> {
        lock(&self.books).invoice(id)?.payment_id.clone()
    }

    /// The status of payment `id` (`obtained`, `success`, `stuck`, `partially_refunded`,
    /// `refunded`), or `None` if there is no such payment.
    pub fn payment_status(&self, id: &str) -> Option<&'static str> {
        lock(&self.books).payment(id).map(|p| p.status)
    }

    /// Whether the merchant answered the last notification of payment `id` with the expected
    /// `OK <md5(id + secret)>` (HTTP 200). `None`: no such payment, or no notification was sent.
    pub fn notification_acknowledged(&self, id: &str) -> Option<bool> {
        lock(&self.books).payment(id)?.acknowledged
    }
}

/// The answer PayKeeper expects to the notification of payment `id`: `OK <md5(id + secret)>`.
pub fn expected_reply(id: &str, secret: &str) -> String {
    format!("OK {}", md5_hex(&format!("{id}{secret}")))
}

/// The form body of a payment notification, signed with `secret`.
fn notification_body(payment: &Payment, secret: &str) -> String {
    let sum = money(payment.amount);
    let clientid = payment.payer.clientid.clone().unwrap_or_default();
    let orderid = payment.payer.orderid.clone().unwrap_or_default();
    let key = md5_hex(&format!("{}{sum}{clientid}{orderid}{secret}", payment.id));
    let mut fields = vec![
        ("id", payment.id.clone()),
        ("sum", sum),
        ("clientid", clientid),
        ("orderid", orderid),
        ("key", key),
    ];
    let optional = [
        ("service_name", &payment.payer.service_name),
        ("client_email", &payment.payer.client_email),
        ("client_phone", &payment.payer.client_phone),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            fields.push((name, value.clone()));
        }
    }
    fields.push(("ps_id", PAYMENT_SYSTEM_ID.to_owned()));
    fields.push(("obtain_datetime", payment.obtain.clone()));
    // Encoding pairs of strings cannot fail.
    serde_urlencoded::to_string(&fields).unwrap_or_default()
}

// ------------------------------------------------------------------ the router

pub(crate) fn router(state: &Arc<State>) -> Router<Arc<State>> {
    let api = Router::new()
        .route("/info/settings/token/", get(token_get))
        .route("/info/systems/list/", get(systems_list))
        .route("/info/invoice/byid/", get(invoice_byid))
        .route("/info/invoice/list/", get(invoice_list))
        .route("/info/invoice/listcount/", get(invoice_listcount))
        .route("/info/payments/byid/", get(payment_byid))
        .route("/info/payments/bydate/", get(payments_bydate))
        .route("/info/refunds/bypaymentid/", get(refunds_bypaymentid))
        .route("/info/organization/settings/", get(organization_settings))
        .route("/change/invoice/preview/", post(invoice_preview))
        .route("/change/invoice/send/", post(invoice_send))
        .route("/change/invoice/revoke/", post(invoice_revoke))
        .route("/change/invoice/accept-cash/", post(invoice_accept_cash))
        .route("/change/payment/reverse/", post(payment_reverse))
        .route("/change/payment/repeatcnt/", post(payment_repeatcnt))
        .route("/change/organization/setting/", post(organization_setting_change))
        .fallback(unknown_path);
    let api = examples::routes::<Imitated>(api).layer(middleware::from_fn_with_state(
        state.clone(),
        examples::gate::<Imitated>,
    ));
    // The payer's page needs no credentials.
    Router::new()
        .route("/bill/{id}/", get(bill_page))
        .route("/bill/{id}", get(bill_page))
        .merge(api)
}

type Shared = AxumState<Arc<State>>;

/// A handler's answer: the refusal (a `fail` envelope) is the error, so `?` works.
type Answer = Result<Response, Refusal>;

/// The refusal of a request without the demo Basic credentials: HTTP 401.
fn unauthorized() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [
            (header::WWW_AUTHENTICATE, "Basic realm=\"PayKeeper\""),
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
        ],
        "401 Unauthorized: wrong login or password\n",
    )
        .into_response()
}

fn has_demo_credentials(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Some((scheme, encoded)) = value.trim().split_once(' ') else {
        return false;
    };
    if !scheme.eq_ignore_ascii_case("basic") {
        return false;
    }
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
        return false;
    };
    decoded == format!("{USER}:{PASSWORD}").as_bytes()
}

/// A JSON answer at HTTP 200, with non-ASCII characters `\u`-escaped like PHP's `json_encode`.
fn json_answer(value: &Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        php_json(value),
    )
        .into_response()
}

/// `value` as JSON text with non-ASCII characters written as `\u` escapes (UTF-16 units).
fn php_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len());
    // Outside strings serde_json writes ASCII only, so every non-ASCII char is inside a string.
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            for unit in c.encode_utf16(&mut [0; 2]) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

/// A refusal: answered with the documented `{"result":"fail","msg":...}` at HTTP 200.
struct Refusal(String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        json_answer(&json!({"result": "fail", "msg": self.0}))
    }
}

fn refuse(msg: impl Into<String>) -> Refusal {
    Refusal(msg.into())
}

fn success() -> Response {
    json_answer(&json!({"result": "success"}))
}

/// Decoded form or query fields; a repeated name keeps its last value, like PHP.
struct Fields(Vec<(String, String)>);

impl Fields {
    fn parse(text: &[u8]) -> Result<Fields, Refusal> {
        serde_urlencoded::from_bytes(text)
            .map(Fields)
            .map_err(|_| refuse("Неверный формат запроса."))
    }

    fn query(raw: Option<String>) -> Result<Fields, Refusal> {
        Fields::parse(raw.unwrap_or_default().as_bytes())
    }

    /// A field's value, `None` when absent or blank.
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.trim().is_empty())
    }

    fn owned(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_owned)
    }

    fn required(&self, name: &str) -> Result<&str, Refusal> {
        self.get(name)
            .ok_or_else(|| refuse(format!("Не указан обязательный параметр {name}.")))
    }

    /// Every value of a PHP array parameter (`status[]=a&status[]=b`).
    fn all(&self, name: &str) -> Vec<&str> {
        let bracketed = format!("{name}[]");
        self.0
            .iter()
            .filter(|(k, _)| *k == bracketed || k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// A non-negative count (`from`, `limit`), `None` when absent.
    fn count(&self, name: &str) -> Result<Option<usize>, Refusal> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| refuse(format!("Неверное значение параметра {name}."))),
        }
    }

    /// A `YYYY-MM-DD` date, `None` when absent.
    fn date(&self, name: &str) -> Result<Option<&str>, Refusal> {
        match self.get(name) {
            None => Ok(None),
            Some(v) if is_date(v) => Ok(Some(v)),
            Some(_) => Err(refuse(format!("Неверный формат даты {name}, нужен ГГГГ-ММ-ДД."))),
        }
    }
}

/// The fields of a POST, after the security-token check.
fn post_fields(headers: &HeaderMap, body: &[u8]) -> Result<Fields, Refusal> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let is_form = content_type
        .split(';')
        .next()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(FORM));
    // PHP reads no fields from any other body, so there is no token either.
    if is_form {
        Fields::parse(body)
    } else {
        Ok(Fields(Vec::new()))
    }
}

/// The security token of a POST's fields (checked by the gate, `Imitated::authorize`).
fn check_token(pk: &Paykeeper, fields: &Fields) -> Result<(), Refusal> {
    let token = lock(&pk.books).token();
    if fields.get("token") != Some(token.as_str()) {
        return Err(refuse(TOKEN_INVALID));
    }
    Ok(())
}

/// Amount text (`"1205.98"`) to kopecks: positive, at most two decimals.
fn parse_money(text: &str) -> Option<i128> {
    payspec::Decimal::parse(text)
        .ok()?
        .minor_units(2)
        .filter(|units| *units > 0 && *units < MAX_AMOUNT)
}

/// Kopecks as PayKeeper writes amounts: two decimals and a dot.
fn money(units: i128) -> String {
    payspec::Decimal::from_minor_units(units, 2).as_str().to_owned()
}

/// Text or PayKeeper's `"null"`.
fn text_or_null(value: &Option<String>) -> Value {
    Value::String(value.clone().unwrap_or_else(|| "null".to_owned()))
}

// ------------------------------------------------------------------ objects as JSON

fn invoice_json(invoice: &Invoice) -> Value {
    json!({
        "id": invoice.id,
        "clientid": text_or_null(&invoice.payer.clientid),
        "orderid": text_or_null(&invoice.payer.orderid),
        "paymentid": text_or_null(&invoice.payment_id),
        "service_name": text_or_null(&invoice.payer.service_name),
        "client_email": text_or_null(&invoice.payer.client_email),
        "client_phone": text_or_null(&invoice.payer.client_phone),
        "created_datetime": invoice.created,
        "paid_datetime": text_or_null(&invoice.paid),
        "expiry_datetime": text_or_null(&invoice.expiry),
        "pay_amount": money(invoice.amount),
        "status": invoice.status.as_str(),
        "user_id": 1,
    })
}

fn payment_json(payment: &Payment, with_system: bool) -> Value {
    let mut value = json!({
        "id": payment.id,
        "pay_amount": money(payment.amount),
        "refund_amount": (payment.refunded > 0).then(|| money(payment.refunded)),
        "clientid": text_or_null(&payment.payer.clientid),
        "orderid": text_or_null(&payment.payer.orderid),
        "payment_system_id": PAYMENT_SYSTEM_ID,
        "unique_id": format!("sandbox-{}", payment.id),
        "status": payment.status,
        "repeat_counter": payment.repeat_counter.to_string(),
        "pending_datetime": payment.pending,
        "obtain_datetime": payment.obtain,
        "success_datetime": payment.success,
    });
    if with_system && let Some(object) = value.as_object_mut() {
        object.insert("site_description".into(), "Банковская карта".into());
        object.insert(
            "system_description".into(),
            "Эквайринг банковских карт (песочница)".into(),
        );
    }
    value
}

fn refund_json(refund: &Refund) -> Value {
    json!({
        "id": refund.id,
        "payment_id": refund.payment_id,
        "refund_number": refund.number.to_string(),
        "user": USER,
        "amount": money(refund.amount),
        "remainder": money(refund.remainder),
        "datetime": refund.datetime,
        "status": "done",
    })
}

// ------------------------------------------------------------------ handlers: reads

/// 6.1: the security token.
async fn token_get(AxumState(state): Shared) -> Response {
    let mut books = lock(&state.paykeeper.books);
    books.token_fetches += 1;
    json_answer(&json!({"token": books.token()}))
}

/// 1.1: the one payment system.
async fn systems_list() -> Response {
    json_answer(&json!([{
        "id": PAYMENT_SYSTEM_ID,
        "system_description": "Эквайринг банковских карт (песочница)",
        "site_description": "Банковская карта",
    }]))
}

/// 3.1: one invoice, as an array of one object (the official example).
async fn invoice_byid(AxumState(state): Shared, RawQuery(query): RawQuery) -> Answer {
    let fields = Fields::query(query)?;
    let id = fields.required("id")?;
    let mut books = lock(&state.paykeeper.books);
    books.expire_overdue(&now());
    let invoice = books.invoice(id).ok_or_else(|| refuse(INVOICE_NOT_FOUND))?;
    Ok(json_answer(&json!([invoice_json(invoice)])))
}

/// The invoices `invoice_list` / `invoice_listcount` select: never `created`, optionally only
/// some statuses, issued within the dates; newest first.
fn select_invoices<'a>(books: &'a Books, fields: &Fields) -> Result<Vec<&'a Invoice>, Refusal> {
    let statuses = fields.all("status");
    let start = fields.date("start_date")?;
    let end = fields.date("end_date")?;
    Ok(books
        .invoices
        .iter()
        .rev()
        .filter(|i| i.status != InvoiceStatus::Created)
        .filter(|i| statuses.is_empty() || statuses.contains(&i.status.as_str()))
        .filter(|i| start.is_none_or(|d| &i.created[..10] >= d))
        .filter(|i| end.is_none_or(|d| &i.created[..10] <= d))
        .collect())
}

/// 3.2: the invoice history, `from` / `limit` paged.
async fn invoice_list(AxumState(state): Shared, RawQuery(query): RawQuery) -> Answer {
    let fields = Fields::query(query)?;
    let from = fields.count("from")?.unwrap_or(0);
    let limit = fields.count("limit")?.unwrap_or(usize::MAX);
    let mut books = lock(&state.paykeeper.books);
    books.expire_overdue(&now());
    let page: Vec<Value> = select_invoices(&books, &fields)?
        .into_iter()
        .skip(from)
        .take(limit)
        .map(invoice_json)
        .collect();
    Ok(json_answer(&Value::Array(page)))
}

/// 3.3: invoice counts per status.
async fn invoice_listcount(AxumState(state): Shared, RawQuery(query): RawQuery) -> Answer {
    let fields = Fields::query(query)?;
    let mut books = lock(&state.paykeeper.books);
    books.expire_overdue(&now());
    let selected = select_invoices(&books, &fields)?;
    let statuses: Vec<Value> = [InvoiceStatus::Paid, InvoiceStatus::Expired, InvoiceStatus::Sent]
        .into_iter()
        .map(|s| (s, selected.iter().filter(|i| i.status == s).count()))
        .filter(|(_, count)| *count > 0)
        .map(|(s, count)| json!({"status": s.as_str(), "count": count.to_string()}))
        .collect();
    Ok(json_answer(&json!({
        "statuses": statuses,
        "fullcount": [{"count": selected.len().to_string()}],
    })))
}

/// 2.3: one payment, as an array of one object.
async fn payment_byid(AxumState(state): Shared, RawQuery(query): RawQuery) -> Answer {
    let fields = Fields::query(query)?;
    let id = fields.required("id")?;
    let books = lock(&state.paykeeper.books);
    let payment = books.payment(id).ok_or_else(|| refuse(PAYMENT_NOT_FOUND))?;
    Ok(json_answer(&json!([payment_json(payment, true)])))
}

/// 2.1: the payments started between `start` and `end`, filtered and paged.
async fn payments_bydate(AxumState(state): Shared, RawQuery(query): RawQuery) -> Answer {
    let fields = Fields::query(query)?;
    fields.required("start")?;
    fields.required("end")?;
    let (Some(start), Some(end)) = (fields.date("start")?, fields.date("end")?) else {
        return Err(refuse("Не указан период."));
    };
    let statuses = fields.all("status");
    let systems = fields.all("payment_system_id");
    let from = fields.count("from")?.unwrap_or(0);
    let limit = fields.count("limit")?.unwrap_or(usize::MAX);
    let books = lock(&state.paykeeper.books);
    let page: Vec<Value> = books
        .payments
        .iter()
        .rev()
        .filter(|p| &p.pending[..10] >= start && &p.pending[..10] <= end)
        .filter(|p| statuses.is_empty() || statuses.contains(&p.status))
        .filter(|_| systems.is_empty() || systems.contains(&PAYMENT_SYSTEM_ID))
        .skip(from)
        .take(limit)
        .map(|p| payment_json(p, false))
        .collect();
    Ok(json_answer(&Value::Array(page)))
}

/// 2.7: the refunds of a payment (`[]` if none).
async fn refunds_bypaymentid(AxumState(state): Shared, RawQuery(query): RawQuery) -> Answer {
    let fields = Fields::query(query)?;
    let id = fields.required("id")?;
    let books = lock(&state.paykeeper.books);
    books.payment(id).ok_or_else(|| refuse(PAYMENT_NOT_FOUND))?;
    let refunds: Vec<Value> = books
        .refunds
        .iter()
        .filter(|r| r.payment_id == id)
        .map(refund_json)
        .collect();
    Ok(json_answer(&Value::Array(refunds)))
}

/// 4.3: the settings (free-form; the secret word is not shown).
async fn organization_settings(AxumState(state): Shared) -> Response {
    let url = state.webhook_url(Provider::Paykeeper);
    let books = lock(&state.paykeeper.books);
    let mut settings = serde_json::Map::new();
    settings.insert("informer_type".into(), "post".into());
    settings.insert("informer_url".into(), url.unwrap_or_default().into());
    for (name, value) in &books.settings {
        settings.insert(name.clone(), value.clone().into());
    }
    json_answer(&Value::Object(settings))
}

// ------------------------------------------------------------------ handlers: changes

/// 3.4: a new invoice in the service status `created`.
async fn invoice_preview(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let amount_text = fields.required("pay_amount")?;
    let amount =
        parse_money(amount_text).ok_or_else(|| refuse(format!("Неверная сумма счёта: {amount_text}.")))?;
    let now = now();
    let expiry = match fields.get("expiry").map(str::trim) {
        None => None,
        Some(d) if is_date(d) => Some(format!("{d} 00:00:00")),
        Some(dt) if is_datetime(dt) => Some(dt.to_owned()),
        Some(_) => return Err(refuse("Неверный формат срока действия счёта (expiry).")),
    };
    if expiry.as_deref().is_some_and(|e| e <= now.as_str()) {
        return Err(refuse("Срок действия счёта уже прошёл."));
    }
    let payer = Payer {
        clientid: fields.owned("clientid"),
        orderid: fields.owned("orderid"),
        service_name: fields.owned("service_name"),
        client_email: fields.owned("client_email"),
        client_phone: fields.owned("client_phone"),
    };
    let mut books = lock(&state.paykeeper.books);
    books.invoices_made += 1;
    let id = (INVOICE_ID_BASE + books.invoices_made).to_string();
    let url = format!("{}/bill/{id}/", own_base_url(&headers));
    let preview = format!(
        "<html><body><p>Счёт № {id} на сумму {} руб.</p><p>{}</p><p><a href=\"{url}\">Оплатить</a></p></body></html>",
        money(amount),
        html_escape(payer.service_name.as_deref().unwrap_or_default()),
    );
    books.invoices.push(Invoice {
        id: id.clone(),
        status: InvoiceStatus::Created,
        revoked: false,
        amount,
        payer,
        expiry,
        created: now,
        paid: None,
        payment_id: None,
    });
    Ok(json_answer(
        &json!({"invoice_id": id, "invoice_url": url, "invoice": preview}),
    ))
}

/// The URL this PayKeeper "server" is reached at, from the request's `Host`.
fn own_base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}{}", Provider::Paykeeper.prefix())
}

/// 3.5: "sends" the invoice (no mail leaves the sandbox): status `sent`.
async fn invoice_send(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let id = fields.required("id")?;
    let mut books = lock(&state.paykeeper.books);
    books.expire_overdue(&now());
    let invoice = books.invoice_mut(id).ok_or_else(|| refuse(INVOICE_NOT_FOUND))?;
    match invoice.status {
        InvoiceStatus::Paid => return Err(refuse("Счёт уже оплачен.")),
        InvoiceStatus::Expired => return Err(refuse("Счёт отменён или просрочен.")),
        InvoiceStatus::Created | InvoiceStatus::Sent => {}
    }
    if invoice.payer.client_email.is_none() {
        return Err(refuse("Не удалось отправить счёт: не указан e-mail плательщика."));
    }
    invoice.status = InvoiceStatus::Sent;
    Ok(success())
}

/// 3.6: cancels an unpaid invoice (shown as `expired`, see the module docs).
async fn invoice_revoke(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let id = fields.required("id")?;
    let now = now();
    let mut books = lock(&state.paykeeper.books);
    books.expire_overdue(&now);
    let invoice = books.invoice_mut(id).ok_or_else(|| refuse(INVOICE_NOT_FOUND))?;
    match invoice.status {
        InvoiceStatus::Paid => return Err(refuse("Нельзя отменить оплаченный счёт.")),
        InvoiceStatus::Expired => return Err(refuse("Счёт уже отменён или просрочен.")),
        InvoiceStatus::Created | InvoiceStatus::Sent => {}
    }
    invoice.status = InvoiceStatus::Expired;
    invoice.revoked = true;
    invoice.expiry = Some(now);
    Ok(success())
}

/// 3.7: the invoice was paid in cash: a `success` payment, no notification.
async fn invoice_accept_cash(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let id = fields.required("invoice_id")?;
    let now = now();
    let mut books = lock(&state.paykeeper.books);
    let payment_id = books.pay_invoice(id, "success", &now).map_err(Refusal)?;
    if let Some(phone) = fields.owned("client_phone") {
        if let Some(payment) = books.payment_mut(&payment_id) {
            payment.payer.client_phone = Some(phone.clone());
        }
        if let Some(invoice) = books.invoice_mut(id) {
            invoice.payer.client_phone = Some(phone);
        }
    }
    let invoice = books.invoice(id).ok_or_else(|| refuse(INVOICE_NOT_FOUND))?;
    // As in the official example, the payment is shown with the invoice's number and fields.
    let payment = json!({
        "id": invoice.id,
        "status": "success",
        "pay_amount": money(invoice.amount),
        "clientid": text_or_null(&invoice.payer.clientid),
        "orderid": text_or_null(&invoice.payer.orderid),
        "service_name": text_or_null(&invoice.payer.service_name),
        "client_email": text_or_null(&invoice.payer.client_email),
        "client_phone": text_or_null(&invoice.payer.client_phone),
        "created_datetime": invoice.created,
        "paid_datetime": now,
    });
    Ok(json_answer(&json!({"result": "success", "payment": payment})))
}

/// Refund: full (`partial=false`, the whole remainder) or partial; done at once.
async fn payment_reverse(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let id = fields.required("id")?;
    let amount_text = fields.required("amount")?;
    let partial = match fields.required("partial")?.trim() {
        "true" | "1" => true,
        "false" | "0" => false,
        _ => {
            return Err(refuse(
                "Неверное значение параметра partial: нужно true или false.",
            ));
        }
    };
    let amount =
        parse_money(amount_text).ok_or_else(|| refuse(format!("Неверная сумма возврата: {amount_text}.")))?;
    let now = now();
    let mut books = lock(&state.paykeeper.books);
    let payment = books.payment_mut(id).ok_or_else(|| refuse(PAYMENT_NOT_FOUND))?;
    if !matches!(payment.status, "success" | "stuck" | "partially_refunded") {
        return Err(refuse(REFUND_REFUSED));
    }
    let remainder = payment.amount - payment.refunded;
    if amount > remainder {
        return Err(refuse(format!(
            "Сумма возврата больше остатка по платежу ({}).",
            money(remainder)
        )));
    }
    if !partial && amount != remainder {
        return Err(refuse(format!(
            "При полном возврате сумма должна быть равна остатку по платежу ({}).",
            money(remainder)
        )));
    }
    payment.refunded += amount;
    payment.status = if payment.refunded == payment.amount {
        "refunded"
    } else {
        "partially_refunded"
    };
    let number = books.refunds.iter().filter(|r| r.payment_id == id).count() + 1;
    books.refunds_made += 1;
    let refund = Refund {
        id: books.refunds_made.to_string(),
        payment_id: id.to_owned(),
        number,
        amount,
        remainder: remainder - amount,
        datetime: now,
    };
    books.refunds.push(refund);
    Ok(success())
}

/// Resets the notification counter and sends the notification again.
async fn payment_repeatcnt(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let id = fields.required("id")?.to_owned();
    {
        let mut books = lock(&state.paykeeper.books);
        let payment = books.payment_mut(&id).ok_or_else(|| refuse(PAYMENT_NOT_FOUND))?;
        payment.repeat_counter = 0;
    }
    state.paykeeper.notify(&state, &id).await;
    Ok(success())
}

/// 5.1: `informer_url`, `informer_seed` and any other setting; an empty value changes nothing.
async fn organization_setting_change(AxumState(state): Shared, headers: HeaderMap, body: Bytes) -> Answer {
    let fields = post_fields(&headers, &body)?;
    let name = fields.required("name")?;
    let Some(value) = fields.get("value").map(str::trim) else {
        return Ok(success());
    };
    match name {
        "informer_url" => {
            if reqwest::Url::parse(value).is_err() {
                return Err(refuse("Неверный адрес для оповещений."));
            }
            lock(&state.webhook_urls).insert(Provider::Paykeeper, value.to_owned());
        }
        "informer_seed" => lock(&state.paykeeper.books).secret = Some(value.to_owned()),
        _ => {
            lock(&state.paykeeper.books)
                .settings
                .insert(name.to_owned(), value.to_owned());
        }
    }
    Ok(success())
}

/// Every path the spec does not have: the `fail` envelope with HTTP 404.
async fn unknown_path() -> Response {
    let mut response = refuse("Неизвестный метод API.").into_response();
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// The payer's page: the invoice and a button that pays it through the sandbox's control API.
async fn bill_page(AxumState(state): Shared, Path(id): Path<String>) -> Response {
    let found = {
        let mut books = lock(&state.paykeeper.books);
        books.expire_overdue(&now());
        books
            .invoice(&id)
            .map(|i| (money(i.amount), i.status, i.payer.service_name.clone()))
    };
    let id_html = html_escape(&id);
    let Some((amount, status, service)) = found else {
        return (
            StatusCode::NOT_FOUND,
            Html(format!(
                "<!doctype html><title>PayKeeper sandbox</title><p>Счёт {id_html} не найден.</p>"
            )),
        )
            .into_response();
    };
    let service = service.map_or_else(String::new, |s| format!("<p>{}</p>", html_escape(&s)));
    let action = match status {
        InvoiceStatus::Created | InvoiceStatus::Sent => format!(
            "<form method=\"post\" action=\"/sandbox/paykeeper/pay/{}\"><button>Оплатить (песочница)</button></form>",
            encode_path(&id)
        ),
        InvoiceStatus::Paid => "<p>Счёт оплачен.</p>".to_owned(),
        InvoiceStatus::Expired => "<p>Счёт отменён или просрочен.</p>".to_owned(),
    };
    Html(format!(
        "<!doctype html><title>PayKeeper sandbox</title><h1>Счёт № {id_html}</h1>{service}<p>К оплате: {amount} руб.</p>{action}"
    ))
    .into_response()
}

/// Percent-encodes all but unreserved characters, for a path segment.
fn encode_path(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

// ------------------------------------------------------------------ dates

/// Now in Moscow time (UTC+3, no daylight saving), `YYYY-MM-DD HH:MM:SS`.
fn now() -> String {
    crate::clock::moscow(crate::clock::unix_now())
}

/// `YYYY-MM-DD` with a plausible month and day.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    (1..=12).contains(&number(5..7)) && (1..=31).contains(&number(8..10))
}

/// `YYYY-MM-DD HH:MM:SS`.
fn is_datetime(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 19
        && text.is_ascii()
        && is_date(&text[..10])
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && [11, 12, 14, 15, 17, 18].iter().all(|&i| b[i].is_ascii_digit())
        && text[11..13] < *"24"
        && text[14..16] < *"60"
        && text[17..19] < *"60"
}

/// PayKeeper's part in the shared request handling ([`crate::OPERATIONS`]): HTTP Basic on every
/// call, and on every POST a form body with the security token; a missing parameter is the
/// `fail` envelope at HTTP 200.
pub(crate) struct Imitated;

impl Imitation for Imitated {
    const PROVIDER: Provider = Provider::Paykeeper;
    const STATEFUL: &'static [&'static str] = &[
        "token_get",
        "systems_list",
        "invoice_preview",
        "invoice_byid",
        "invoice_list",
        "invoice_listcount",
        "invoice_send",
        "invoice_revoke",
        "invoice_accept_cash",
        "payments_bydate",
        "payment_byid",
        "refunds_bypaymentid",
        "payment_reverse",
        "payment_repeatcnt",
        "organization_settings",
        "organization_setting_change",
    ];

    fn authorize(state: &State, request: &axum::http::request::Parts, input: &Input) -> Option<Response> {
        if !has_demo_credentials(&request.headers) {
            return Some(unauthorized());
        }
        if request.method != axum::http::Method::POST {
            return None;
        }
        post_fields(&request.headers, &input.body)
            .and_then(|fields| check_token(&state.paykeeper, &fields))
            .err()
            .map(IntoResponse::into_response)
    }

    fn missing(name: &str) -> Response {
        refuse(format!("Не указан обязательный параметр {name}.")).into_response()
    }

    fn respond(status: StatusCode, content_type: &str, body: String) -> Response {
        match serde_json::from_str::<Value>(&body) {
            Ok(value) if status == StatusCode::OK => json_answer(&value),
            _ => (status, [(header::CONTENT_TYPE, content_type.to_owned())], body).into_response(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("2024-1-01"));
        assert!(!is_date("2024-01-0٣"));
        assert!(is_datetime("2024-02-29 23:59:59"));
        assert!(!is_datetime("2024-02-29 24:00:00"));
        assert!(!is_datetime("2024-02-29T23:59:59"));
        assert!(is_date(&now()[..10]) && is_datetime(&now()));
    }

    #[test]
    fn answers_escape_non_ascii_like_php() {
        let text = php_json(&json!({"msg": "Тё 😀", "n": 1}));
        assert_eq!(text, r#"{"msg":"\u0422\u0451 \ud83d\ude00","n":1}"#);
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["msg"], "Тё 😀");
    }

    #[test]
    fn money_is_exact() {
        assert_eq!(parse_money("1205.98"), Some(120_598));
        assert_eq!(parse_money("1205.9"), Some(120_590));
        assert_eq!(money(120_590), "1205.90");
        assert_eq!(parse_money("1205.985"), None);
        assert_eq!(parse_money("0"), None);
        assert_eq!(parse_money("-1"), None);
        assert_eq!(parse_money("1e3"), None);
    }
}
