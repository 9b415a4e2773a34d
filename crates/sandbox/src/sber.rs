//! Sber SmartPay: the invoice API of `specs/sber.yaml`, served under
//! `/sber/smartpay/v1` (the spec's server URL carries `/smartpay/v1`).
//!
//! **Credentials.** Every call needs `Authorization: Bearer` [`TOKEN`] (the partner token);
//! a missing or different token gets HTTP 401 with the documented envelope
//! `{"code": 401, "error": {"user_message", "error_description": "Access token is missing or
//! invalid", "error_code": "401"}}`
//! (<https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/delete-invoice>), which the client
//! turns into `payspec::Error::Authentication`. New invoices must name [`SERVICE_ID`] (issued
//! with the token).
//!
//! **Envelope.** Every answer carries the top-level `code` (200) and the `error` block with
//! `error_code` `"0"` and empty texts. A refusal is the same envelope with HTTP 400
//! "bad input parameter" and `error_code` `"400"` (malformed JSON, a missing or mistyped field,
//! an unknown invoice, an operation the invoice's status does not allow), or HTTP 401;
//! no finer code catalogue is published, so `error_description` says what is wrong.
//!
//! **Imitated operations** (all seven of the spec; each operation's `x-source` names its page):
//! - `invoice_create` (POST `/invoices`): checks the order (required members, integer
//!   kopecks, `amount` equal to the sum of the cart's `item_amount`, `ptype` 0 or 1). The
//!   `order_id` is unique per `service_id`: a repeat of the same request creates nothing and
//!   answers with the existing `invoice_id` (so the client's retry of `invoice_create` is
//!   safe); the same `order_id` with a different request is refused. (Which of the two a
//!   repeat gets from Sber is not documented.)
//! - `invoice_get` (GET `/invoices/{id}`): the status, the `invoice` block as it was sent,
//!   `payment_info` once paid, `form_url` once the payment was started; `invoice_id` `0` with
//!   `service_id` + `order_id` looks the invoice up by the merchant's order id. **Long
//!   polling**: with `inv_status` and `wait` the answer is held while the invoice still has
//!   that status, at most `wait` seconds (capped at [`MAX_WAIT_SECONDS`]), and comes as soon as
//!   the status changes.
//! - `invoice_list` (GET `/invoices`): the filters `invoice_status` (default `confirmed`
//!   and `paid`, `all`), `date_from`/`date_to`, `amount_from`/`amount_to` (on the created
//!   amount), `masked_pan`, `order_num` and the `user_id` members; pages from `page` 0 with
//!   `size` (default 20, at most 1000) in the Spring Data page wrapper, oldest invoice first.
//! - `invoice_start_payment` (POST `/invoices/{id}`): `created` → `executed` ("payment
//!   in progress"), answers a `form_url`, which here is the sandbox's own
//!   `POST /sandbox/sber/pay/{id}` (what the payer's "Pay" button does).
//! - [`Sandbox::pay`](crate::Sandbox::pay), the payer: a one-stage invoice (`ptype` 0)
//!   becomes `confirmed`, a two-stage one (`ptype` 1) `paid` (money held). An invoice
//!   without a cart is refused ("otherwise the payment will not happen").
//! - `invoice_confirm` (PUT): `paid` → `confirmed`, full or partial (the confirmed
//!   amount becomes the invoice's current amount).
//! - `invoice_cancel` (DELETE): `paid` → `reversed` (the hold is released). The docs
//!   allow it only for a held two-stage payment, so an unpaid invoice is refused; an unpaid
//!   invoice ends as `cancelled` when its payment deadline passes, which the sandbox does not
//!   imitate (nothing expires here).
//! - `invoice_refund` (PATCH): only `confirmed`; `current_amount` must be the invoice's
//!   current amount, `refund_amount` at most that; partial refunds repeat until nothing is
//!   left, then the status is `refunded`.
//!
//! **No notifications.** Sber documents no server-to-server callback for invoices
//! (<https://developers.sber.ru/docs/ru/va/about/monetization/payments/steps/>): a smart app hears
//! `PAY_DIALOG_FINISHED` from the assistant and then reads the invoice, by long polling. So `Sandbox::pay` sends nothing and returns `Ok(None)`, whatever
//! notification URL is set.
//!
//! **Simplified.** No payment deadline, no automatic completion (`autocompletion_date`), no
//! client tokens (every caller is the partner), loyalty points, saved cards and payment
//! methods are not imitated; the `author` header is accepted and ignored; the organisation
//! fields of the list (`org_name`, ...) are fixed demo values. Amounts are integers in
//! kopecks throughout; quantities and discounts are echoed exactly as sent.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Value, json};
use tokio::sync::watch;

use crate::examples::{self, Imitation, Input};
use crate::{Delivery, Provider, SandboxError, State, lock};

/// The demo partner token: send it as `Authorization: Bearer sandbox-sber-partner-token`.
pub const TOKEN: &str = "sandbox-sber-partner-token";
/// The demo `service_id` that goes with [`TOKEN`] (`invoice.order.service_id` of a new
/// invoice).
pub const SERVICE_ID: &str = "223";

/// The demo credentials, as (name, value) pairs (the constants above, for the banner).
pub const CREDENTIALS: &[(&str, &str)] = &[("token", TOKEN), ("service_id", SERVICE_ID)];

/// The longest a long poll (`invoice_get` with `inv_status` and `wait`) is held, in seconds;
/// a larger `wait` is cut to it. Sber documents no maximum.
pub const MAX_WAIT_SECONDS: u64 = 300;

/// Page size of `invoice_list` when `size` is not given (Sber documents no default).
const DEFAULT_PAGE_SIZE: u64 = 20;
/// The largest `size` accepted.
const MAX_PAGE_SIZE: u64 = 1000;
/// The first invoice id handed out (ids are a counter, as text).
const FIRST_INVOICE_ID: u64 = 3_538_853;

/// The documented text of a 401
/// (<https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/delete-invoice>).
const UNAUTHORIZED: &str = "Access token is missing or invalid";
/// The documented text of a 400
/// (<https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/delete-invoice>).
const BAD_INPUT: &str = "bad input parameter";

// ------------------------------------------------------------------------- state

/// An invoice's status as SmartPay names it
/// (<https://developers.sber.ru/docs/ru/va/about/monetization/payments/statuses>).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Created,
    Executed,
    Paid,
    Confirmed,
    Cancelled,
    Reversed,
    Refunded,
}

impl Status {
    const ALL: [Status; 7] = [
        Status::Created,
        Status::Executed,
        Status::Paid,
        Status::Confirmed,
        Status::Cancelled,
        Status::Reversed,
        Status::Refunded,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Executed => "executed",
            Status::Paid => "paid",
            Status::Confirmed => "confirmed",
            Status::Cancelled => "cancelled",
            Status::Reversed => "reversed",
            Status::Refunded => "refunded",
        }
    }

    fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.as_str() == s)
    }
}

/// The sber imitation's state: its invoices, and a counter bumped on every status change
/// (what a long poll waits on).
#[derive(Debug)]
pub struct Sber {
    book: Mutex<Book>,
    changes: watch::Sender<u64>,
}

impl Default for Sber {
    fn default() -> Self {
        Sber {
            book: Mutex::new(Book::default()),
            changes: watch::Sender::new(0),
        }
    }
}

#[derive(Debug, Default)]
struct Book {
    /// Invoices by id, and their ids in creation order.
    invoices: HashMap<String, Invoice>,
    order: Vec<String>,
    /// `(service_id, order_id)` → invoice id: an order id is unique per service.
    by_order: HashMap<(String, String), String>,
    next_id: u64,
    next_payment: u64,
}

#[derive(Debug)]
struct Invoice {
    id: String,
    /// The request as sent, to recognise a repeat.
    request: Value,
    /// The `invoice` block as sent, echoed by `invoice_get`.
    invoice: NewInvoice,
    user_id: Option<UserId>,
    two_stage: bool,
    status: Status,
    created: String,
    amount_create: i64,
    amount_confirm: i64,
    amount_current: i64,
    payment: Option<PaymentInfo>,
    form_url: Option<String>,
}

/// What a test can see of one sber invoice: [`Sber::invoice`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvoiceSummary {
    /// The invoice id.
    pub invoice_id: String,
    /// The merchant's `order.order_id`.
    pub order_id: String,
    /// Its status as the API names it (`created`, `paid`, `confirmed`, `refunded`, ...).
    pub status: &'static str,
    /// Whether it is a two-stage invoice (`ptype` 1).
    pub two_stage: bool,
    /// The amount it was created with, in kopecks.
    pub amount_create: i64,
    /// The amount confirmed (charged), in kopecks; 0 until then.
    pub amount_confirm: i64,
    /// The current amount (what is charged after refunds), in kopecks.
    pub amount_current: i64,
}

impl Invoice {
    fn summary(&self) -> InvoiceSummary {
        InvoiceSummary {
            invoice_id: self.id.clone(),
            order_id: self.invoice.order.order_id.clone(),
            status: self.status.as_str(),
            two_stage: self.two_stage,
            amount_create: self.amount_create,
            amount_confirm: self.amount_confirm,
            amount_current: self.amount_current,
        }
    }
}

impl Sber {
    /// The invoice `invoice_id`, if the sandbox has it.
    pub fn invoice(&self, invoice_id: &str) -> Option<InvoiceSummary> {
        lock(&self.book).invoices.get(invoice_id).map(Invoice::summary)
    }

    /// Every invoice, oldest first.
    pub fn invoices(&self) -> Vec<InvoiceSummary> {
        let book = lock(&self.book);
        book.order
            .iter()
            .filter_map(|id| book.invoices.get(id))
            .map(Invoice::summary)
            .collect()
    }

    /// Wakes the long polls: a status changed.
    fn changed(&self) {
        self.changes.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// What the payer does in the assistant's payment dialog: pays invoice `id` in full. A
    /// one-stage invoice becomes `confirmed`, a two-stage one `paid` (money held). Sber sends
    /// no notification for invoices: always `Ok(None)`.
    pub(crate) async fn pay(&self, _state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        {
            let mut book = lock(&self.book);
            let payment_number = book.next_payment + 1;
            let Some(invoice) = book.invoices.get_mut(id) else {
                return Err(SandboxError::NotFound {
                    provider: Provider::Sber,
                    what: "invoice",
                    id: id.to_owned(),
                });
            };
            if !matches!(invoice.status, Status::Created | Status::Executed) {
                return Err(state_error(format!(
                    "invoice {id} is {}; only a created or executed invoice can be paid",
                    invoice.status.as_str()
                )));
            }
            if invoice.invoice.order.order_bundle.is_empty() {
                return Err(state_error(format!(
                    "invoice {id} has no order_bundle: the docs say the payment will not happen without the cart"
                )));
            }
            invoice.payment = Some(PaymentInfo::new(payment_number));
            if invoice.two_stage {
                invoice.status = Status::Paid;
            } else {
                invoice.status = Status::Confirmed;
                invoice.amount_confirm = invoice.amount_create;
            }
            book.next_payment = payment_number;
        }
        self.changed();
        Ok(None)
    }
}

fn state_error(message: String) -> SandboxError {
    SandboxError::State {
        provider: Provider::Sber,
        message,
    }
}

// ------------------------------------------------------------------------- wire types

/// `user_id` of a create request: one of four members
/// (<https://developers.sber.ru/docs/ru/va/how-to/monetization/payments/smartpay/processing/api>).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
struct UserId {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    partner_client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    user_uid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    encrypted_sub_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    partner_client_sub_id: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CreateRequest {
    #[serde(default)]
    user_id: Option<UserId>,
    #[serde(default)]
    ptype: Option<i64>,
    invoice: NewInvoice,
}

/// The `invoice` block of a create request, kept to be echoed by `invoice_get` (its optional
/// parts stay as sent).
#[derive(Debug, Deserialize, Serialize)]
struct NewInvoice {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    purchaser: Option<Purchaser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    delivery_info: Option<DeliveryInfo>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    invoice_params: Vec<KeyValue>,
    order: Order,
}

#[derive(Debug, Deserialize, Serialize)]
struct Purchaser {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contact: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
struct DeliveryInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    address: Option<DeliveryAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    delivery_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
struct DeliveryAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    address: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
struct KeyValue {
    key: String,
    value: String,
}

#[derive(Debug, Deserialize, Serialize)]
struct Order {
    order_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    order_number: Option<String>,
    order_date: String,
    service_id: String,
    amount: i64,
    currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    purpose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expiration_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    autocompletion_date: Option<String>,
    tax_system: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    order_bundle: Vec<BundleItem>,
}

/// A cart line. The decimals (quantity, discount, commission) are kept as the JSON text sent,
/// so that they are echoed digit for digit.
#[derive(Debug, Deserialize, Serialize)]
struct BundleItem {
    position_id: i64,
    name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    item_params: Vec<KeyValue>,
    quantity: Quantity,
    item_amount: i64,
    currency: String,
    item_code: String,
    item_price: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    discount_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    discount_value: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    interest_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    interest_value: Option<Box<RawValue>>,
    tax_type: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tax_sum: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    image: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
struct Quantity {
    value: Box<RawValue>,
    measure: String,
}

/// The cart lines of a confirm or refund: only the amounts are checked.
#[derive(Debug, Deserialize)]
struct LineAmount {
    item_amount: i64,
}

#[derive(Debug, Deserialize)]
struct ConfirmRequest {
    invoice: ConfirmInvoice,
}

#[derive(Debug, Deserialize)]
struct ConfirmInvoice {
    order: ConfirmOrder,
}

#[derive(Debug, Deserialize)]
struct ConfirmOrder {
    amount: i64,
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    order_bundle: Vec<LineAmount>,
}

#[derive(Debug, Deserialize)]
struct RefundRequest {
    invoice: RefundInvoice,
}

#[derive(Debug, Deserialize)]
struct RefundInvoice {
    order: RefundOrder,
}

#[derive(Debug, Deserialize)]
struct RefundOrder {
    current_amount: i64,
    refund_amount: i64,
    #[serde(default)]
    currency: Option<String>,
    order_bundle: Vec<LineAmount>,
}

#[derive(Debug, Deserialize)]
struct StartPaymentRequest {
    operations: Vec<Value>,
}

/// `payment_info` of a paid invoice: a demo card.
#[derive(Clone, Debug, Serialize)]
struct PaymentInfo {
    payment_date: String,
    payment_id: String,
    masked_pan: &'static str,
    expiry_date: &'static str,
    cardholder: &'static str,
    payment_system: &'static str,
    paysys: &'static str,
    payment_way: &'static str,
    payment_way_code: &'static str,
}

impl PaymentInfo {
    fn new(number: u64) -> PaymentInfo {
        PaymentInfo {
            payment_date: now().payment_date,
            payment_id: format!("sandbox-payment-{number}"),
            masked_pan: "**1111",
            expiry_date: "203012",
            cardholder: "SANDBOX PAYER",
            payment_system: "Visa",
            paysys: "payspec sandbox",
            payment_way: "Sber Pay",
            payment_way_code: "SberPay",
        }
    }
}

/// The `error` block of every answer.
#[derive(Debug, Serialize)]
struct ErrorBlock {
    user_message: String,
    error_description: String,
    error_code: String,
}

impl ErrorBlock {
    fn success() -> ErrorBlock {
        ErrorBlock {
            user_message: String::new(),
            error_description: String::new(),
            error_code: "0".to_owned(),
        }
    }
}

/// The answer of `invoice_get`.
#[derive(Serialize)]
struct GetAnswer<'a> {
    code: u16,
    error: ErrorBlock,
    invoice_id: &'a str,
    invoice_date: &'a str,
    invoice_status: &'static str,
    invoice: &'a NewInvoice,
    #[serde(skip_serializing_if = "Option::is_none")]
    payment_info: Option<&'a PaymentInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    form_url: Option<&'a str>,
}

// ------------------------------------------------------------------------- answers

/// What a handler answers: a success, or a [`Refusal`] in the documented envelope.
type Answer = Result<Response, Refusal>;

/// A success: the fields of `body` plus `code` 200 and the success `error` block.
fn ok(mut body: serde_json::Map<String, Value>) -> Answer {
    body.insert("code".into(), json!(200));
    body.insert("error".into(), json!(ErrorBlock::success()));
    Ok((StatusCode::OK, Json(Value::Object(body))).into_response())
}

/// A refusal: the HTTP status (also the `code` and `error_code`) and the texts.
#[derive(Debug)]
struct Refusal {
    status: StatusCode,
    user_message: &'static str,
    description: String,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = json!({
            "code": self.status.as_u16(),
            "error": ErrorBlock {
                user_message: self.user_message.to_owned(),
                error_description: self.description,
                error_code: self.status.as_u16().to_string(),
            },
        });
        (self.status, Json(body)).into_response()
    }
}

/// HTTP 400 "bad input parameter: <detail>".
fn bad_input(detail: impl std::fmt::Display) -> Refusal {
    Refusal {
        status: StatusCode::BAD_REQUEST,
        user_message: "Некорректный запрос",
        description: format!("{BAD_INPUT}: {detail}"),
    }
}

fn unknown_invoice(id: &str) -> Refusal {
    bad_input(format!("invoice {id} not found"))
}

fn wrong_status(id: &str, status: Status, allowed: &str) -> Refusal {
    bad_input(format!(
        "invoice {id} is {}; this operation needs status {allowed}",
        status.as_str()
    ))
}

/// Checks `Authorization: Bearer <TOKEN>` (the scheme in any case); HTTP 401 otherwise.
fn authorize(headers: &HeaderMap) -> Result<(), Refusal> {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = value
        .and_then(|v| v.trim().split_once(' '))
        .and_then(|(scheme, token)| scheme.eq_ignore_ascii_case("bearer").then_some(token.trim()));
    if token == Some(TOKEN) {
        return Ok(());
    }
    Err(Refusal {
        status: StatusCode::UNAUTHORIZED,
        user_message: "Ошибка авторизации",
        description: UNAUTHORIZED.to_owned(),
    })
}

/// The JSON body as `T`, or a 400 saying what is wrong.
fn parse_body<T: serde::de::DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Refusal> {
    let body = body.map_err(|e| bad_input(format!("unreadable body: {e}")))?;
    serde_json::from_slice(&body).map_err(|e| bad_input(format!("body: {e}")))
}

/// The path's invoice id, or a 400.
fn invoice_id(path: Result<Path<String>, PathRejection>) -> Result<String, Refusal> {
    match path {
        Ok(Path(id)) if !id.trim().is_empty() => Ok(id),
        Ok(_) => Err(bad_input("invoice_id is empty")),
        Err(e) => Err(bad_input(format!("invoice_id: {e}"))),
    }
}

/// The query string as pairs (later values win), or a 400.
fn query_pairs(query: Option<String>) -> Result<HashMap<String, String>, Refusal> {
    let query = query.unwrap_or_default();
    serde_urlencoded::from_str::<Vec<(String, String)>>(&query)
        .map(|pairs| pairs.into_iter().collect())
        .map_err(|e| bad_input(format!("query: {e}")))
}

/// An optional integer query parameter, or a 400.
fn int_param(query: &HashMap<String, String>, name: &str) -> Result<Option<i64>, Refusal> {
    match text_param(query, name) {
        None => Ok(None),
        Some(v) => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| bad_input(format!("{name} must be an integer, got {v:?}"))),
    }
}

/// A non-empty query parameter.
fn text_param<'q>(query: &'q HashMap<String, String>, name: &str) -> Option<&'q str> {
    query.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
}

/// Checks that cart lines add up to `amount` (when there are lines).
fn check_lines(lines: impl IntoIterator<Item = i64>, amount: i64, what: &str) -> Result<(), Refusal> {
    let mut sum: i64 = 0;
    let mut any = false;
    for line in lines {
        any = true;
        if line < 0 {
            return Err(bad_input(format!("{what}: an item_amount is negative")));
        }
        sum = sum
            .checked_add(line)
            .ok_or_else(|| bad_input(format!("{what}: the item_amount overflow")))?;
    }
    if any && sum != amount {
        return Err(bad_input(format!(
            "{what}: the order_bundle item_amount add up to {sum}, not {amount}"
        )));
    }
    Ok(())
}

fn check_currency(currency: Option<&str>) -> Result<(), Refusal> {
    match currency {
        None | Some("RUB") => Ok(()),
        Some(other) => Err(bad_input(format!("currency {other:?}: only RUB is supported"))),
    }
}

// ------------------------------------------------------------------------- handlers

/// POST /invoices: `invoice_create`.
async fn create(AxumState(state): AxumState<Arc<State>>, body: Result<Bytes, BytesRejection>) -> Answer {
    let raw: Value = parse_body(body)?;
    let request: CreateRequest =
        serde_json::from_value(raw.clone()).map_err(|e| bad_input(format!("body: {e}")))?;
    let order = &request.invoice.order;
    if order.order_id.trim().is_empty() {
        return Err(bad_input("invoice.order.order_id is empty"));
    }
    if order.service_id != SERVICE_ID {
        return Err(bad_input(format!(
            "invoice.order.service_id {:?} is not the token's service ({SERVICE_ID})",
            order.service_id
        )));
    }
    if order.amount <= 0 {
        return Err(bad_input(
            "invoice.order.amount must be a positive number of kopecks",
        ));
    }
    if order.currency.trim().is_empty() {
        return Err(bad_input("invoice.order.currency is empty"));
    }
    let two_stage = match request.ptype {
        None | Some(0) => false,
        Some(1) => true,
        Some(other) => return Err(bad_input(format!("ptype must be 0 or 1, got {other}"))),
    };
    check_lines(
        order.order_bundle.iter().map(|line| line.item_amount),
        order.amount,
        "invoice.order",
    )?;

    let mut book = lock(&state.sber.book);
    let key = (order.service_id.clone(), order.order_id.clone());
    if let Some(existing) = book.by_order.get(&key).and_then(|id| book.invoices.get(id)) {
        // The order id is unique per service: a repeat creates nothing.
        if existing.request == raw {
            return ok(json_object([("invoice_id", json!(existing.id))]));
        }
        return Err(bad_input(format!(
            "invoice.order.order_id {:?} is already used by invoice {} of this service",
            order.order_id, existing.id
        )));
    }
    let id = (FIRST_INVOICE_ID + book.next_id).to_string();
    book.next_id += 1;
    let amount = order.amount;
    let invoice = Invoice {
        id: id.clone(),
        request: raw,
        invoice: request.invoice,
        user_id: request.user_id,
        two_stage,
        status: Status::Created,
        created: now().invoice_date,
        amount_create: amount,
        amount_confirm: 0,
        amount_current: amount,
        payment: None,
        form_url: None,
    };
    book.by_order.insert(key, id.clone());
    book.order.push(id.clone());
    book.invoices.insert(id.clone(), invoice);
    ok(json_object([("invoice_id", json!(id))]))
}

/// GET /invoices/{id}: `invoice_get`, with the lookup by order id and long polling.
async fn read(
    AxumState(state): AxumState<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Answer {
    let mut id = invoice_id(path)?;
    let query = query_pairs(query)?;
    if id == "0" {
        // The lookup by the merchant's ids
        // (https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/get-invoice).
        let (Some(service_id), Some(order_id)) =
            (text_param(&query, "service_id"), text_param(&query, "order_id"))
        else {
            return Err(bad_input("invoice_id 0 needs service_id and order_id"));
        };
        let book = lock(&state.sber.book);
        let key = (service_id.to_owned(), order_id.to_owned());
        id = book.by_order.get(&key).cloned().ok_or_else(|| {
            bad_input(format!(
                "no invoice for service_id {service_id} and order_id {order_id}"
            ))
        })?;
    }
    let wait = int_param(&query, "wait")?;
    if let (Some(known), Some(wait)) = (text_param(&query, "inv_status"), wait) {
        let known = Status::parse(known)
            .ok_or_else(|| bad_input(format!("inv_status {known:?} is not an invoice status")))?;
        let seconds = u64::try_from(wait).unwrap_or(0).min(MAX_WAIT_SECONDS);
        long_poll(&state.sber, &id, known, Duration::from_secs(seconds)).await;
    }
    let book = lock(&state.sber.book);
    let invoice = book.invoices.get(&id).ok_or_else(|| unknown_invoice(&id))?;
    let answer = GetAnswer {
        code: 200,
        error: ErrorBlock::success(),
        invoice_id: &invoice.id,
        invoice_date: &invoice.created,
        invoice_status: invoice.status.as_str(),
        invoice: &invoice.invoice,
        payment_info: invoice.payment.as_ref(),
        form_url: invoice.form_url.as_deref(),
    };
    Ok((StatusCode::OK, Json(answer)).into_response())
}

/// Holds a long poll while invoice `id` has status `known`, at most `wait`.
async fn long_poll(sber: &Sber, id: &str, known: Status, wait: Duration) {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        // Subscribe before looking, so that a change between the look and the wait is seen.
        let mut changes = sber.changes.subscribe();
        let current = lock(&sber.book).invoices.get(id).map(|invoice| invoice.status);
        if current != Some(known) {
            return;
        }
        match tokio::time::timeout_at(deadline, changes.changed()).await {
            Ok(Ok(())) => continue,
            // The sender lives in the state, as long as this call: only the deadline ends it.
            Ok(Err(_)) | Err(_) => return,
        }
    }
}

/// GET /invoices: `invoice_list`.
async fn list(AxumState(state): AxumState<Arc<State>>, RawQuery(query): RawQuery) -> Answer {
    let filter = ListFilter::from_query(&query_pairs(query)?)?;
    let book = lock(&state.sber.book);
    let matching: Vec<&Invoice> = book
        .order
        .iter()
        .filter_map(|id| book.invoices.get(id))
        .filter(|invoice| filter.matches(invoice))
        .collect();
    let total = matching.len() as u64;
    let start = filter.page.saturating_mul(filter.size);
    let items: Vec<Value> = matching
        .iter()
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(usize::try_from(filter.size).unwrap_or(usize::MAX))
        .map(|invoice| list_item(invoice))
        .collect();
    let total_pages = total.div_ceil(filter.size);
    let count = items.len();
    let sort = json!({"empty": true, "sorted": false, "unsorted": true});
    ok(json_object([
        ("invoices", Value::Array(items)),
        ("empty", json!(count == 0)),
        ("first", json!(filter.page == 0)),
        ("last", json!(filter.page.saturating_add(1) >= total_pages)),
        ("number", json!(filter.page)),
        ("numberOfElements", json!(count)),
        (
            "pageable",
            json!({
                "offset": start,
                "pageNumber": filter.page,
                "pageSize": filter.size,
                "paged": true,
                "unpaged": false,
                "sort": sort,
            }),
        ),
        ("size", json!(filter.size)),
        ("sort", sort),
        ("totalElements", json!(total)),
        ("totalPages", json!(total_pages)),
    ]))
}

/// The filters and the page of `invoice_list`.
struct ListFilter {
    statuses: Vec<Status>,
    date_from: Option<String>,
    date_to: Option<String>,
    amount_from: Option<i64>,
    amount_to: Option<i64>,
    masked_pan: Option<String>,
    order_num: Option<String>,
    user: Vec<(&'static str, String)>,
    page: u64,
    size: u64,
}

impl ListFilter {
    fn from_query(query: &HashMap<String, String>) -> Result<ListFilter, Refusal> {
        let statuses = match text_param(query, "invoice_status") {
            // Documented default: only paid and confirmed invoices.
            None => vec![Status::Paid, Status::Confirmed],
            Some(list) => {
                let mut statuses = Vec::new();
                for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if name == "all" {
                        statuses.extend(Status::ALL);
                    } else {
                        let status = Status::parse(name)
                            .ok_or_else(|| bad_input(format!("invoice_status {name:?} is not a status")))?;
                        statuses.push(status);
                    }
                }
                statuses
            }
        };
        let date = |name: &str| -> Result<Option<String>, Refusal> {
            match text_param(query, name) {
                None => Ok(None),
                Some(v) if is_date(v) => Ok(Some(v.to_owned())),
                Some(v) => Err(bad_input(format!("{name} must be YYYY-MM-DD, got {v:?}"))),
            }
        };
        let masked_pan = match text_param(query, "masked_pan") {
            None => None,
            Some(v) if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) => Some(v.to_owned()),
            Some(v) => return Err(bad_input(format!("masked_pan must be 4 digits, got {v:?}"))),
        };
        let page = int_param(query, "page")?.unwrap_or(0);
        let page = u64::try_from(page).map_err(|_| bad_input("page must be 0 or more"))?;
        let size = int_param(query, "size")?.map_or(Ok(DEFAULT_PAGE_SIZE), |size| {
            u64::try_from(size)
                .ok()
                .filter(|size| (1..=MAX_PAGE_SIZE).contains(size))
                .ok_or_else(|| bad_input(format!("size must be 1 to {MAX_PAGE_SIZE}")))
        })?;
        let user = [
            "partner_client_id",
            "user_uid",
            "encrypted_sub_id",
            "partner_client_sub_id",
        ]
        .into_iter()
        .filter_map(|name| text_param(query, name).map(|v| (name, v.to_owned())))
        .collect();
        Ok(ListFilter {
            statuses,
            date_from: date("date_from")?,
            date_to: date("date_to")?,
            amount_from: int_param(query, "amount_from")?,
            amount_to: int_param(query, "amount_to")?,
            masked_pan,
            order_num: text_param(query, "order_num").map(str::to_owned),
            user,
            page,
            size,
        })
    }

    fn matches(&self, invoice: &Invoice) -> bool {
        let day = invoice.created.get(..10).unwrap_or_default();
        let pan = invoice.payment.as_ref().map(|p| p.masked_pan);
        self.statuses.contains(&invoice.status)
            && self.date_from.as_deref().is_none_or(|from| day >= from)
            && self.date_to.as_deref().is_none_or(|to| day <= to)
            && self.amount_from.is_none_or(|from| invoice.amount_create >= from)
            && self.amount_to.is_none_or(|to| invoice.amount_create <= to)
            && self
                .masked_pan
                .as_deref()
                .is_none_or(|digits| pan.is_some_and(|pan| pan.ends_with(digits)))
            && self
                .order_num
                .as_deref()
                .is_none_or(|num| invoice.invoice.order.order_number.as_deref() == Some(num))
            && self
                .user
                .iter()
                .all(|(name, value)| user_member(invoice, name) == Some(value))
    }
}

fn user_member<'a>(invoice: &'a Invoice, name: &str) -> Option<&'a String> {
    let user = invoice.user_id.as_ref()?;
    match name {
        "partner_client_id" => user.partner_client_id.as_ref(),
        "user_uid" => user.user_uid.as_ref(),
        "encrypted_sub_id" => user.encrypted_sub_id.as_ref(),
        "partner_client_sub_id" => user.partner_client_sub_id.as_ref(),
        _ => None,
    }
}

/// `YYYY-MM-DD`.
fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// One invoice of `invoice_list`, in the documented item shape.
fn list_item(invoice: &Invoice) -> Value {
    let order = &invoice.invoice.order;
    let mut item = json_object([
        ("invoice_id", json!(invoice.id)),
        ("invoice_date", json!(invoice.created)),
        ("invoice_status", json!(invoice.status.as_str())),
        ("amount_create", json!({"amount": invoice.amount_create})),
        ("amount_confirm", json!({"amount": invoice.amount_confirm})),
        ("amount_current", json!({"amount": invoice.amount_current})),
        ("currency", json!(order.currency)),
        ("org_name", json!("ООО «Песочница»")),
        ("org_inn", json!("7700000000")),
        ("trademarks", json!("Песочница;payspec sandbox")),
        ("trade_name", json!("payspec sandbox")),
        ("visual_name", json!("Покупка")),
        ("visual_amount", json!(visual_amount(invoice.amount_current))),
    ]);
    let optional = [
        ("order_number", &order.order_number),
        ("description", &order.description),
        ("language", &order.language),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            item.insert(name.into(), json!(value));
        }
    }
    if let Some(payment) = &invoice.payment {
        item.insert("payment_info".into(), json!(payment));
    }
    Value::Object(item)
}

/// Kopecks for display: `150045` → `1 500,45 ₽`.
fn visual_amount(kopecks: i64) -> String {
    let sign = if kopecks < 0 { "-" } else { "" };
    let kopecks = kopecks.unsigned_abs();
    let roubles = (kopecks / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in roubles.chars().enumerate() {
        if i > 0 && (roubles.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped},{:02} ₽", kopecks % 100)
}

/// Runs `change` on invoice `id` under the lock, then wakes the long polls.
fn change(
    sber: &Sber,
    id: &str,
    change: impl FnOnce(&mut Invoice) -> Result<(), Refusal>,
) -> Result<(), Refusal> {
    {
        let mut book = lock(&sber.book);
        let invoice = book.invoices.get_mut(id).ok_or_else(|| unknown_invoice(id))?;
        change(invoice)?;
    }
    sber.changed();
    Ok(())
}

/// POST /invoices/{id}: `invoice_start_payment`.
async fn start_payment(
    AxumState(state): AxumState<Arc<State>>,
    headers: HeaderMap,
    path: Result<Path<String>, PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let id = invoice_id(path)?;
    let request: StartPaymentRequest = parse_body(body)?;
    if request.operations.is_empty() {
        return Err(bad_input("operations is empty"));
    }
    // The payment form is the sandbox's "pay" control, on the host the caller used.
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    let form_url = format!("http://{host}/sandbox/sber/pay/{id}");
    change(&state.sber, &id, |invoice| {
        if !matches!(invoice.status, Status::Created | Status::Executed) {
            return Err(wrong_status(&id, invoice.status, "created"));
        }
        invoice.status = Status::Executed;
        invoice.form_url = Some(form_url.clone());
        Ok(())
    })?;
    ok(json_object([("form_url", json!(form_url))]))
}

/// PUT /invoices/{id}: `invoice_confirm` of a held two-stage payment, full or partial.
async fn confirm(
    AxumState(state): AxumState<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let id = invoice_id(path)?;
    let order = parse_body::<ConfirmRequest>(body)?.invoice.order;
    check_currency(order.currency.as_deref())?;
    check_lines(
        order.order_bundle.iter().map(|l| l.item_amount),
        order.amount,
        "invoice.order",
    )?;
    change(&state.sber, &id, |invoice| {
        if invoice.status != Status::Paid {
            return Err(wrong_status(&id, invoice.status, "paid"));
        }
        if order.amount <= 0 || order.amount > invoice.amount_create {
            return Err(bad_input(format!(
                "invoice.order.amount {} must be 1 to the held {}",
                order.amount, invoice.amount_create
            )));
        }
        invoice.status = Status::Confirmed;
        invoice.amount_confirm = order.amount;
        invoice.amount_current = order.amount;
        Ok(())
    })?;
    ok(serde_json::Map::new())
}

/// DELETE /invoices/{id}: `invoice_cancel` of a held two-stage payment.
async fn cancel(
    AxumState(state): AxumState<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
) -> Answer {
    let id = invoice_id(path)?;
    change(&state.sber, &id, |invoice| {
        if invoice.status != Status::Paid {
            return Err(wrong_status(&id, invoice.status, "paid"));
        }
        invoice.status = Status::Reversed;
        invoice.amount_current = 0;
        Ok(())
    })?;
    ok(serde_json::Map::new())
}

/// PATCH /invoices/{id}: `invoice_refund`, full or partial.
async fn refund(
    AxumState(state): AxumState<Arc<State>>,
    path: Result<Path<String>, PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let id = invoice_id(path)?;
    let order = parse_body::<RefundRequest>(body)?.invoice.order;
    check_currency(order.currency.as_deref())?;
    let lines = order.order_bundle.iter().map(|l| l.item_amount);
    check_lines(lines, order.refund_amount, "invoice.order (refund basket)")?;
    change(&state.sber, &id, |invoice| {
        if invoice.status != Status::Confirmed {
            return Err(wrong_status(&id, invoice.status, "confirmed"));
        }
        if order.current_amount != invoice.amount_current {
            return Err(bad_input(format!(
                "invoice.order.current_amount {} is not the invoice's current amount {}",
                order.current_amount, invoice.amount_current
            )));
        }
        if order.refund_amount <= 0 || order.refund_amount > invoice.amount_current {
            return Err(bad_input(format!(
                "invoice.order.refund_amount {} must be 1 to the current {}",
                order.refund_amount, invoice.amount_current
            )));
        }
        invoice.amount_current -= order.refund_amount;
        if invoice.amount_current == 0 {
            invoice.status = Status::Refunded;
        }
        Ok(())
    })?;
    ok(serde_json::Map::new())
}

/// Anything else under `/sber`: the envelope with HTTP 404 (the docs' `default`, "Unexpected
/// error"), after the token check like every call.
async fn unknown_path() -> Answer {
    Err(Refusal {
        status: StatusCode::NOT_FOUND,
        user_message: "Неизвестный запрос",
        description: "Unexpected error: no such operation".to_owned(),
    })
}

/// A known path with a method it does not take: the envelope with HTTP 405.
async fn wrong_method() -> Answer {
    Err(Refusal {
        status: StatusCode::METHOD_NOT_ALLOWED,
        user_message: "Неизвестный запрос",
        description: "Unexpected error: this path does not take this method".to_owned(),
    })
}

pub(crate) fn router(state: &Arc<State>) -> Router<Arc<State>> {
    let router = Router::new()
        .route("/smartpay/v1/invoices", get(list).post(create))
        .route(
            "/smartpay/v1/invoices/{invoice_id}",
            get(read)
                .post(start_payment)
                .put(confirm)
                .delete(cancel)
                .patch(refund),
        )
        .method_not_allowed_fallback(wrong_method)
        .fallback(unknown_path);
    examples::routes::<Imitated>(router).layer(axum::middleware::from_fn_with_state(
        state.clone(),
        examples::gate::<Imitated>,
    ))
}

// ------------------------------------------------------------------------- helpers

fn json_object<const N: usize>(fields: [(&str, Value); N]) -> serde_json::Map<String, Value> {
    fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// The current time in the forms SmartPay's examples show.
struct Now {
    /// Moscow time with an hours-only offset: `2020-04-29T08:18:03+03`.
    invoice_date: String,
    /// UTC with milliseconds: `2024-07-29T15:51:28.071Z`.
    payment_date: String,
}

fn now() -> Now {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let utc = i64::try_from(since_epoch.as_secs()).unwrap_or(0);
    let millis = since_epoch.subsec_millis();
    let (date, time) = crate::clock::civil(utc);
    let (msk_date, msk_time) = crate::clock::civil(utc + 3 * 3600);
    Now {
        invoice_date: format!("{msk_date}T{msk_time}+03"),
        payment_date: format!("{date}T{time}.{millis:03}Z"),
    }
}

/// Sber's part in the shared request handling ([`crate::examples`]): the bearer token of every
/// call, HTTP 400 "bad input parameter" for a missing member.
pub(crate) struct Imitated;

impl Imitation for Imitated {
    const PROVIDER: Provider = Provider::Sber;
    const STATEFUL: &'static [&'static str] = &[
        "invoice_create",
        "invoice_list",
        "invoice_start_payment",
        "invoice_get",
        "invoice_confirm",
        "invoice_cancel",
        "invoice_refund",
    ];

    fn authorize(_state: &State, request: &axum::http::request::Parts, _input: &Input) -> Option<Response> {
        authorize(&request.headers).err().map(IntoResponse::into_response)
    }

    fn missing(name: &str) -> Response {
        bad_input(format!("{name} is required")).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visual_amounts() {
        assert_eq!(visual_amount(150_045), "1 500,45 ₽");
        assert_eq!(visual_amount(11_836), "118,36 ₽");
        assert_eq!(visual_amount(5), "0,05 ₽");
        assert_eq!(visual_amount(123_456_789), "1 234 567,89 ₽");
    }

    #[test]
    fn dates() {
        assert!(is_date("2020-04-29"));
        assert!(!is_date("2020-4-29"));
        assert!(!is_date("2020-04-29T"));
    }
}
