//! The Invoicebox API v3 imitation, served under `/invoicebox/v3` (the client's base URL is
//! [`Sandbox::base_url`](crate::Sandbox::base_url)`(Provider::Invoicebox)`). It follows
//! `specs/invoicebox.yaml` and the public docs (the page of each rule is named below, relative
//! to <https://docs.invoicebox.ru/docs/>; the single-order read is known only from the official
//! MCP server, <https://github.com/InvoiceBox/invoicebox-mcp-server>).
//!
//! # What is imitated
//!
//! - **Authentication** (`api/auth/`): every call needs `Authorization: Bearer` [`TOKEN`]. A
//!   wrong token is refused with HTTP 401 and `{"error": {"message": "Unauthorized", "code":
//!   "unauthorized", "fields": []}}`; no token at all makes `auth_check` answer as anonymous
//!   (`userId: null`) and every other call 401.
//! - **The store id** (`merchant/order/create/`): `order_create` must carry `merchantId` (the
//!   client fills it in); another store's id is refused with 403 `forbidden`. Lists take it as
//!   a filter.
//! - `auth_check` (`api/auth/`), `order_create` (`merchant/order/create/`: the required
//!   fields, `currencyId`, `languageId`, `expirationDate` in the future, a unique
//!   `merchantOrderId`, and the basket rules with their documented 422 codes: `totalAmount =
//!   quantity × amount` under `orderSetting.roundPolicy`, `amountWoVat × quantity +
//!   totalVatAmount ≈ totalAmount` within 0.01, `amount` / `vatAmount` = the sums of the
//!   lines), `order_list` (`merchant/order/get/`, `api/filters/`), `order_get` (the MCP
//!   server's `src/tools/reads.ts`), `order_cancel` (`merchant/order/delete/`),
//!   `refund_basket_items` (`merchant/refund/create/`, with the MCP server's `availableAmount`
//!   / `availableVatAmount`), `refund_create` (`merchant/refund/create/`) and `refund_list`
//!   (`merchant/refund/get/`). Every answer is `{"data": ..., "extendedData": []}` (lists add
//!   `metaData`), carries an `X-Request-Id`, and every refusal is the documented
//!   `{"error": {"message", "code", "fields"}}` envelope.
//! - **Lifecycle** (`merchant/order/order/`, `merchant/refund/refund/`): an order is
//!   `created`; paying it (the payer's part:
//!   [`Sandbox::pay`](crate::Sandbox::pay), `POST /sandbox/invoicebox/pay/<order id>`, or the
//!   form of the sandbox's payment page, the order's `paymentUrl`) makes it `completed` with a
//!   `paidAt`; `order_cancel` makes an unpaid order `canceled`; an unpaid order whose
//!   `expirationDate` passed reads as `expired`. Refunds of a paid order are answered with
//!   status `created` and then read as `completed` (the sandbox returns the money at once);
//!   they lower what `refund_basket_items` still offers, the order itself stays `completed`
//!   (the docs name no other order status for refunds).
//! - **The notification** (`merchant/notification/status/`): paying POSTs the whole order as
//!   JSON to the order's
//!   `notificationUrl`, or else the URL set with
//!   [`Sandbox::set_webhook_url`](crate::Sandbox::set_webhook_url), written the way the PHP
//!   backend writes it (`/` escaped as `\/`, Cyrillic as is) and signed in `X-Signature`
//!   with the lowercase hex HMAC-SHA1 of the raw body keyed by [`NOTIFICATION_KEY`] (the
//!   store's notification key, not the API token), or by the method and algorithm set with
//!   [`Invoicebox::set_notification_signature`], as a store sets them in its notification
//!   settings. [`Sandbox::redeliver`](crate::Sandbox::redeliver) sends a paid order's
//!   notification again, as Invoicebox does after an `out_of_service` answer.
//!
//! # Simplified or chosen (not documented by Invoicebox)
//!
//! - One demo store: [`TOKEN`], [`MERCHANT_ID`], [`NOTIFICATION_KEY`]. Only `/v3` is served
//!   (not `/l3`).
//! - Codes the docs do not give: an unknown order id is 404 `not_found`; a missing or
//!   mistyped field is 422 `validation` (the code the official MCP server's tests use) with
//!   the field named in `fields` (`code: wrong_value`); unparsable JSON is 400 `bad_request`;
//!   an unknown path 404 `not_found` (another method on a known path 405
//!   `method_not_allowed`); the other documented operations (order update, moves,
//!   status changes, agent and correction orders, shipments, payment confirmation,
//!   counterparties) answer from the spec's examples ([`crate::OPERATIONS`]: the token first,
//!   then 422 `validation` naming a missing required field, then the example).
//! - Cancelling a paid order is refused with `wrong_order_status` (refund it instead); a
//!   refund line is matched to the order's first line with the same `sku` and may not exceed
//!   what is left of that line (`wrong_basket_item_total_amount` /
//!   `wrong_basket_item_total_vat_amount`); `status: draft` refunds are kept as drafts and
//!   take nothing off the order. The VAT of `VATNONE` / `RUS_VAT0` lines must be 0; other
//!   VAT rates are not recomputed.
//! - List filters: equality and any-of (`key=v`, `key[]=v`, `key[_eq]=v`), `key[_ne]` and
//!   `key[_start]` on the documented fields, `page` / `pageSize` (or `_page` / `_pageSize`,
//!   default 30) and `_order[createdAt]=asc|desc`; the comparisons (`_gt` ... `_le`), other
//!   fields and other sort keys are ignored.
//! - Notifications go out once, on payment only (not on cancel), and their answer is not
//!   acted upon. Money keeps the exact digits the store sent (never a float).
//! - The payment page (`GET /invoicebox/pay/order/<orderContainerId>`) is a plain HTML page
//!   with a "pay" button, standing in for `https://pay.invoicebox.ru/order/...`.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use payspec::webhook::{SignatureAlgorithm, SignatureMethod};
use payspec::{Decimal, DecimalNumber, Rounding};
use serde::de::{Deserializer, Error as _};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::clock::{civil_from_days, days_from_civil, unix_now as now, unix_seconds};
use crate::examples::{self, Imitation, Input};
use crate::{Delivery, Provider, SandboxError, State, html_escape, lock};

/// The demo store's API token (`Authorization: Bearer <TOKEN>`): the public demo token of the
/// Invoicebox docs (<https://docs.invoicebox.ru/docs/api/auth/>).
pub const TOKEN: &str = "b37c4c689295904ed21eee5d9a48d42e";
/// The demo store's id (`merchantId`), the docs' public demo store.
pub const MERCHANT_ID: &str = "ffffffff-ffff-ffff-ffff-ffffffffffff";
/// The demo store's notification key: notifications are signed with it (HMAC-SHA1), not with
/// the token.
pub const NOTIFICATION_KEY: &str = "payspec-sandbox-invoicebox-notification-key";
/// The user id `auth_check` gives for [`TOKEN`] (the docs' example).
pub const USER_ID: &str = "01771533-8e75-3234-8e3d-9213ae2d7c52";

/// The demo credentials, as (name, value) pairs (the constants above, for the banner).
pub const CREDENTIALS: &[(&str, &str)] = &[
    ("token", TOKEN),
    ("merchant_id", MERCHANT_ID),
    ("notification_key", NOTIFICATION_KEY),
];

/// Currencies `order_create` accepts (https://docs.invoicebox.ru/docs/dictionary/iso4217/).
const CURRENCIES: [&str; 6] = ["RUB", "USD", "EUR", "GBP", "CNY", "UZS"];
/// VAT codes of a basket line (spec `VatCode`).
const VAT_CODES: [&str; 12] = [
    "VATNONE",
    "RUS_VAT0",
    "RUS_VAT5",
    "RUS_VAT5_ADDED",
    "RUS_VAT7",
    "RUS_VAT7_ADDED",
    "RUS_VAT10",
    "RUS_VAT10_ADDED",
    "RUS_VAT20",
    "RUS_VAT20_ADDED",
    "RUS_VAT22",
    "RUS_VAT22_ADDED",
];
/// Payment types of a basket line (spec `PaymentType`).
const PAYMENT_TYPES: [&str; 4] = ["full_prepayment", "prepayment", "advance", "full_payment"];
/// Rounding policies (spec `RoundPolicy`).
const ROUND_POLICIES: [&str; 6] = ["strict", "none", "floor", "ceil", "halfUp", "halfDown"];
/// Default page size of the lists (https://docs.invoicebox.ru/docs/api/filters/).
const PAGE_SIZE: usize = 30;

/// The Invoicebox imitation's state: the demo store's orders and refunds.
#[derive(Debug, Default)]
pub struct Invoicebox {
    books: Mutex<Books>,
    /// The signature method and algorithm of the store's notification settings.
    signature: Mutex<(SignatureMethod, SignatureAlgorithm)>,
}

impl Invoicebox {
    /// Sets the signature method and algorithm of the store's notification settings (HMAC-SHA1
    /// unless set), as a store does in its cabinet: the notifications sent from now on, first
    /// deliveries and redeliveries, are signed so.
    pub fn set_notification_signature(&self, method: SignatureMethod, algorithm: SignatureAlgorithm) {
        *lock(&self.signature) = (method, algorithm);
    }

    /// The signature method and algorithm notifications are signed with.
    pub fn notification_signature(&self) -> (SignatureMethod, SignatureAlgorithm) {
        *lock(&self.signature)
    }

    /// The status of order `id` as the API shows it (`created`, `completed`, `canceled`,
    /// `expired`), or `None` if there is no such order.
    pub fn order_status(&self, id: &str) -> Option<&'static str> {
        let mut books = lock(&self.books);
        books.expire(now());
        books.order(id).map(|o| o.status.as_str())
    }

    /// The sum of the refunds (not drafts) of order `id`, as decimal text (`"0"` when none),
    /// or `None` if there is no such order.
    pub fn refunded_amount(&self, id: &str) -> Option<String> {
        let books = lock(&self.books);
        books.order(id)?;
        let mut sum = Decimal::from(0);
        for refund in books
            .refunds
            .iter()
            .filter(|r| r.parent_id == id && r.status != "draft")
        {
            sum = sum.checked_add(&refund.amount.0)?;
        }
        Some(sum.to_string())
    }

    /// How many orders the store has.
    pub fn order_count(&self) -> usize {
        lock(&self.books).orders.len()
    }

    pub(crate) async fn pay(&self, state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let (url, body) = {
            let mut books = lock(&self.books);
            books.expire(now());
            let Some(order) = books.order_mut(id) else {
                return Err(SandboxError::NotFound {
                    provider: Provider::Invoicebox,
                    what: "order",
                    id: id.to_owned(),
                });
            };
            if order.status != Status::Created {
                return Err(state_error(format!(
                    "order {id} is {}: only a created (unpaid) order can be paid",
                    order.status.as_str()
                )));
            }
            if !order.processable {
                return Err(state_error(format!(
                    "order {id} is a non-processing order (processable: false): Invoicebox takes no \
                     payment for it"
                )));
            }
            order.status = Status::Completed;
            order.paid_at = Some(timestamp(SystemTime::now()));
            let body = notification_body(order)
                .map_err(|e| state_error(format!("cannot write the notification: {e}")))?;
            (order.notification_url.clone(), body)
        };
        self.deliver(state, url, body).await
    }

    /// Sends the notification of the paid order `id` again, as Invoicebox does after an
    /// `out_of_service` answer (or no valid answer).
    pub(crate) async fn redeliver(&self, state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let (url, body) = {
            let books = lock(&self.books);
            let Some(order) = books.orders.iter().find(|o| o.id == id) else {
                return Err(SandboxError::NotFound {
                    provider: Provider::Invoicebox,
                    what: "order",
                    id: id.to_owned(),
                });
            };
            if order.paid_at.is_none() {
                return Err(state_error(format!(
                    "order {id} is not paid: there is no notification to send again"
                )));
            }
            let body = notification_body(order)
                .map_err(|e| state_error(format!("cannot write the notification: {e}")))?;
            (order.notification_url.clone(), body)
        };
        self.deliver(state, url, body).await
    }

    async fn deliver(
        &self,
        state: &State,
        url: Option<String>,
        body: String,
    ) -> Result<Option<Delivery>, SandboxError> {
        let Some(url) = url.or_else(|| state.webhook_url(Provider::Invoicebox)) else {
            return Ok(None);
        };
        let (method, algorithm) = self.notification_signature();
        let signature = sign_notification_with(&body, NOTIFICATION_KEY, method, algorithm);
        let delivery = state
            .notifier
            .send(&url, "application/json", &[("X-Signature", signature)], body)
            .await;
        Ok(Some(delivery))
    }
}

fn state_error(message: String) -> SandboxError {
    SandboxError::State {
        provider: Provider::Invoicebox,
        message,
    }
}

/// The notification body: the order as JSON, with `/` escaped as `\/` like PHP's
/// `json_encode` (the SDK's signed example shows both the escapes and raw Cyrillic:
/// https://github.com/InvoiceBox/invoicebox-sdk-php/blob/e17f079e2fc860dee9bfd9efd691ae0e893d04d8/examples/payment-notification.php).
fn notification_body(order: &Order) -> Result<String, serde_json::Error> {
    serde_json::to_string(order).map(|json| escape_slashes(&json))
}

/// Writes every `/` of a JSON text as `\/` (in JSON, `/` only occurs inside strings; an
/// existing `\/` is kept as it is).
fn escape_slashes(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 32);
    let mut escaped = false;
    for c in json.chars() {
        match c {
            _ if escaped => {
                out.push(c);
                escaped = false;
            }
            '\\' => {
                out.push(c);
                escaped = true;
            }
            '/' => out.push_str("\\/"),
            _ => out.push(c),
        }
    }
    out
}

/// The `X-Signature` of a notification `body` under the default settings: lowercase hex
/// HMAC-SHA1 of its exact bytes keyed by the store's notification `key`
/// (<https://docs.invoicebox.ru/docs/merchant/notification/status/>).
/// A store can use it to sign test bodies of its own for its handler.
pub fn sign_notification(body: &str, key: &str) -> String {
    sign_notification_with(body, key, SignatureMethod::Hmac, SignatureAlgorithm::Sha1)
}

/// The `X-Signature` of a notification `body` by the `method` and `algorithm` of the store's
/// notification settings, in lowercase hex (a plain hash is of the body followed by the key:
/// see [`payspec::webhook::body_signature`], where that choice is explained).
pub fn sign_notification_with(
    body: &str,
    key: &str,
    method: SignatureMethod,
    algorithm: SignatureAlgorithm,
) -> String {
    match payspec::SigningKey::new(key) {
        Ok(key) => payspec::webhook::body_signature(body.as_bytes(), &key, method, algorithm),
        // An empty key signs nothing a receiver would accept.
        Err(_) => String::new(),
    }
}

pub(crate) fn router(state: &Arc<State>) -> Router<Arc<State>> {
    let api = Router::new()
        .route("/v3/security/api/auth/auth", get(auth_check))
        .route("/v3/billing/api/order/order", post(order_create))
        .route("/v3/filter/api/order/order", get(order_list))
        .route(
            "/v3/billing/api/order/order/{uuid}",
            get(order_get).delete(order_cancel),
        )
        .route(
            "/v3/billing/api/order/order/{uuid}/refund-basket-item",
            get(refund_basket_items),
        )
        .route("/v3/billing/api/order/refund-order", post(refund_create))
        .route("/v3/filter/api/order/refund-order", get(refund_list))
        .fallback(unknown_path)
        .method_not_allowed_fallback(method_not_allowed);
    let api = examples::routes::<Imitated>(api).layer(axum::middleware::from_fn_with_state(
        state.clone(),
        examples::gate::<Imitated>,
    ));
    // The payer's page needs no token.
    Router::new()
        .route("/pay/order/{container}", get(payment_page))
        .merge(api)
}

// ------------------------------------------------------------------ handlers

type Shared = AxumState<Arc<State>>;

/// `GET /security/api/auth/auth` (https://docs.invoicebox.ru/docs/api/auth/).
async fn auth_check(headers: HeaderMap) -> Result<Response, Refusal> {
    let user_id = match caller(&headers)? {
        Caller::Store => Some(USER_ID),
        Caller::Anonymous => None,
    };
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct CheckAuth {
        user_id: Option<&'static str>,
        profile: Option<()>,
        access_token: Option<()>,
    }
    data(
        &CheckAuth {
            user_id,
            profile: None,
            access_token: None,
        },
        None,
    )
}

/// `POST /billing/api/order/order` (https://docs.invoicebox.ru/docs/merchant/order/create/).
async fn order_create(
    AxumState(state): Shared,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: CreateOrder = parse_body(body)?;
    let mut books = lock(&state.invoicebox.books);
    data(books.create_order(request, &payment_host(&headers))?, None)
}

/// `GET /filter/api/order/order` (https://docs.invoicebox.ru/docs/merchant/order/get/).
async fn order_list(AxumState(state): Shared, RawQuery(query): RawQuery) -> Result<Response, Refusal> {
    let query = ListQuery::parse::<Order>(query.as_deref())?;
    let mut books = lock(&state.invoicebox.books);
    books.expire(now());
    let (page, meta) = query.page(&books.orders);
    data(&page, Some(meta))
}

/// `GET /billing/api/order/order/{uuid}`, known from the official MCP server:
/// https://github.com/InvoiceBox/invoicebox-mcp-server/blob/4b62bec2d8298029c0624639e9e643d0c9b915d9/src/tools/reads.ts.
async fn order_get(
    AxumState(state): Shared,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, Refusal> {
    let id = path_id(id)?;
    let mut books = lock(&state.invoicebox.books);
    books.expire(now());
    data(books.order(&id).ok_or_else(|| not_found("order", &id))?, None)
}

/// `DELETE /billing/api/order/order/{uuid}`
/// (https://docs.invoicebox.ru/docs/merchant/order/delete/).
async fn order_cancel(
    AxumState(state): Shared,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, Refusal> {
    let id = path_id(id)?;
    let mut books = lock(&state.invoicebox.books);
    books.expire(now());
    let order = books.order_mut(&id).ok_or_else(|| not_found("order", &id))?;
    match order.status {
        Status::Created => order.status = Status::Canceled,
        Status::Completed => {
            return Err(wrong_order_status(
                "The order is paid: refund it instead of cancelling it.",
            ));
        }
        Status::Canceled | Status::Expired => {
            return Err(wrong_order_status(&format!(
                "The order is {} and cannot be cancelled.",
                order.status.as_str()
            )));
        }
    }
    data(order, None)
}

/// `GET /billing/api/order/order/{uuid}/refund-basket-item`
/// (https://docs.invoicebox.ru/docs/merchant/refund/create/).
async fn refund_basket_items(
    AxumState(state): Shared,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, Refusal> {
    let id = path_id(id)?;
    let mut books = lock(&state.invoicebox.books);
    books.expire(now());
    let order = books.order(&id).ok_or_else(|| not_found("order", &id))?;
    if order.status != Status::Completed {
        return Err(wrong_order_status(
            "Only a paid (completed) order can be refunded.",
        ));
    }
    let mut lines = Vec::new();
    for (line, taken) in order.basket_items.iter().zip(&order.refunded) {
        let (Some(total), Some(vat)) = (&line.total_amount, &line.total_vat_amount) else {
            continue;
        };
        let left = sub(&total.0, &taken.amount).ok_or_else(overflow)?;
        let left_vat = sub(&vat.0, &taken.vat).ok_or_else(overflow)?;
        if matches!(left.cmp_value(&Decimal::from(0)), Some(Ordering::Greater)) {
            let mut line = line.clone();
            line.available_amount = Some(Money(left));
            line.available_vat_amount = Some(Money(left_vat));
            lines.push(line);
        }
    }
    data(&lines, None)
}

/// `POST /billing/api/order/refund-order`
/// (https://docs.invoicebox.ru/docs/merchant/refund/create/).
async fn refund_create(
    AxumState(state): Shared,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: CreateRefund = parse_body(body)?;
    let refund = lock(&state.invoicebox.books).create_refund(request)?;
    data(&refund, None)
}

/// `GET /filter/api/order/refund-order` (https://docs.invoicebox.ru/docs/merchant/refund/get/).
async fn refund_list(AxumState(state): Shared, RawQuery(query): RawQuery) -> Result<Response, Refusal> {
    let query = ListQuery::parse::<Refund>(query.as_deref())?;
    let books = lock(&state.invoicebox.books);
    let (page, meta) = query.page(&books.refunds);
    data(&page, Some(meta))
}

/// Any other path or method.
async fn unknown_path(method: Method, uri: Uri) -> Refusal {
    Refusal::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!("No route for {method} {}", uri.path()),
    )
}

/// A known path with another method.
async fn method_not_allowed(method: Method, uri: Uri) -> Refusal {
    Refusal::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{method} is not allowed on {}", uri.path()),
    )
}

/// `GET /invoicebox/pay/order/{orderContainerId}`: the payer's page (the sandbox's stand-in
/// for `https://pay.invoicebox.ru/order/...`). Its button posts to the sandbox's control API.
async fn payment_page(AxumState(state): Shared, container: Result<Path<String>, PathRejection>) -> Response {
    let page = |status: StatusCode, body: String| {
        (
            status,
            [(CONTENT_TYPE, "text/html; charset=utf-8")],
            format!(
                "<!doctype html><html><head><meta charset=\"utf-8\"><title>Invoicebox sandbox</title>\
                 </head><body>{body}</body></html>\n"
            ),
        )
            .into_response()
    };
    let Ok(Path(container)) = container else {
        return page(StatusCode::NOT_FOUND, "<p>No such order.</p>".into());
    };
    let mut books = lock(&state.invoicebox.books);
    books.expire(now());
    let Some(order) = books.orders.iter().find(|o| o.order_container_id == container) else {
        return page(StatusCode::NOT_FOUND, "<p>No such order.</p>".into());
    };
    let mut body = format!(
        "<h1>Order {}</h1><p>{}</p><p>Amount: {} {}</p><p>Status: {}</p>",
        html_escape(&order.merchant_order_id),
        html_escape(&order.description),
        order.amount.0,
        html_escape(&order.currency_id),
        order.status.as_str()
    );
    if order.status == Status::Created {
        body.push_str(&format!(
            "<form method=\"post\" action=\"/sandbox/invoicebox/pay/{}\"><button>Pay</button></form>",
            html_escape(&order.id)
        ));
    }
    page(StatusCode::OK, body)
}

// ------------------------------------------------------------------ answers and refusals

/// Counts answers, for `X-Request-Id` (https://docs.invoicebox.ru/docs/api/debug/).
static REQUESTS: AtomicU64 = AtomicU64::new(0);

/// A JSON answer with `X-Request-Id`.
fn json_answer(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let id = REQUESTS.fetch_add(1, AtomicOrdering::Relaxed) + 1;
    if let Ok(value) = HeaderValue::from_str(&format!("5a4db0c5{id:024x}")) {
        headers.insert(HeaderName::from_static("x-request-id"), value);
    }
    response
}

/// Paging data of a list answer.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageMeta {
    total_count: usize,
    page_size: usize,
    page: usize,
}

/// The success envelope `{"data": ..., "metaData": ..., "extendedData": []}`
/// (https://docs.invoicebox.ru/docs/api/).
fn data<T: Serialize + ?Sized>(data: &T, meta_data: Option<PageMeta>) -> Result<Response, Refusal> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Envelope<'a, T: Serialize + ?Sized> {
        data: &'a T,
        #[serde(skip_serializing_if = "Option::is_none")]
        meta_data: Option<PageMeta>,
        extended_data: [(); 0],
    }
    let envelope = Envelope {
        data,
        meta_data,
        extended_data: [],
    };
    match serde_json::to_string(&envelope) {
        Ok(body) => Ok(json_answer(StatusCode::OK, body)),
        Err(e) => Err(Refusal::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            format!("The answer could not be written: {e}"),
        )),
    }
}

/// One field's problem in `error.fields`.
#[derive(Debug, Serialize)]
struct FieldProblem {
    name: String,
    code: &'static str,
    message: String,
}

impl FieldProblem {
    fn new(name: impl Into<String>, message: impl Into<String>) -> Self {
        FieldProblem {
            name: name.into(),
            code: "wrong_value",
            message: message.into(),
        }
    }

    fn required(name: impl Into<String>) -> Self {
        FieldProblem::new(name, "This value is required.")
    }
}

/// A refusal: the documented error envelope with its HTTP status
/// (https://docs.invoicebox.ru/docs/api/, https://docs.invoicebox.ru/docs/dictionary/error/).
#[derive(Debug)]
struct Refusal {
    status: StatusCode,
    code: &'static str,
    message: String,
    fields: Vec<FieldProblem>,
}

impl Refusal {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Refusal {
            status,
            code,
            message: message.into(),
            fields: Vec::new(),
        }
    }

    fn field(mut self, problem: FieldProblem) -> Self {
        self.fields.push(problem);
        self
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Body<'a> {
            error: ApiError<'a>,
        }
        #[derive(Serialize)]
        struct ApiError<'a> {
            message: &'a str,
            code: &'a str,
            fields: &'a [FieldProblem],
        }
        let body = Body {
            error: ApiError {
                message: &self.message,
                code: self.code,
                fields: &self.fields,
            },
        };
        // Strings only: writing it cannot fail.
        let text = serde_json::to_string(&body).unwrap_or_default();
        json_answer(self.status, text)
    }
}

fn unauthorized() -> Refusal {
    Refusal::new(StatusCode::UNAUTHORIZED, "unauthorized", "Unauthorized")
}

fn validation(fields: Vec<FieldProblem>) -> Refusal {
    Refusal {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: "validation",
        message: "Validation Error".into(),
        fields,
    }
}

/// 422 `validation` about one field.
fn invalid(name: impl Into<String>, message: impl Into<String>) -> Refusal {
    validation(vec![FieldProblem::new(name, message)])
}

fn calculation(code: &'static str, problem: FieldProblem) -> Refusal {
    Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, code, "Calculation Error").field(problem)
}

fn not_found(what: &str, id: &str) -> Refusal {
    Refusal::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!("No {what} with id {id:?}"),
    )
}

fn wrong_order_status(message: &str) -> Refusal {
    Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, "wrong_order_status", message)
}

fn duplicate(what: &str) -> Refusal {
    Refusal::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "merchant_order_id_duplicate",
        format!("This merchantOrderId was already used for {what}."),
    )
    .field(FieldProblem::new("merchantOrderId", "Already used."))
}

fn overflow() -> Refusal {
    invalid("amount", "The amounts are too large.")
}

// ------------------------------------------------------------------ requests

/// Who is calling (https://docs.invoicebox.ru/docs/api/auth/).
enum Caller {
    Anonymous,
    Store,
}

fn caller(headers: &HeaderMap) -> Result<Caller, Refusal> {
    let Some(value) = headers.get(AUTHORIZATION) else {
        return Ok(Caller::Anonymous);
    };
    let value = value.to_str().map_err(|_| unauthorized())?;
    match value.trim().split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && token.trim() == TOKEN => {
            Ok(Caller::Store)
        }
        _ => Err(unauthorized()),
    }
}

/// Every call but `auth_check` needs the store's token.
fn store(headers: &HeaderMap) -> Result<(), Refusal> {
    match caller(headers)? {
        Caller::Store => Ok(()),
        Caller::Anonymous => Err(unauthorized()),
    }
}

fn path_id(id: Result<Path<String>, PathRejection>) -> Result<String, Refusal> {
    match id {
        Ok(Path(id)) => Ok(id),
        Err(e) => Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            e.body_text(),
        )),
    }
}

/// A JSON body: unparsable is 400 `bad_request`, the wrong shape 422 `validation`.
fn parse_body<T: serde::de::DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Refusal> {
    let body = body.map_err(|e| Refusal::new(e.status(), "bad_request", e.body_text()))?;
    serde_json::from_slice(&body).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Data => invalid("body", e.to_string()),
            Category::Io | Category::Syntax | Category::Eof => Refusal::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("The body is not valid JSON: {e}"),
            ),
        }
    })
}

/// The host the client called, for the payment page link.
fn payment_host(headers: &HeaderMap) -> String {
    headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })
        .unwrap_or("127.0.0.1")
        .to_owned()
}

/// Money, kept as the exact digits sent (a JSON number or a numeric string) and written back
/// as a JSON number.
#[derive(Clone, Debug)]
struct Money(Decimal);

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        DecimalNumber(self.0.clone()).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The raw text, so that no amount goes through a float.
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        let text = serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_owned());
        let amount = Decimal::parse(&text).map_err(D::Error::custom)?;
        if amount.as_str().starts_with('-') {
            return Err(D::Error::custom(format!("{amount} is negative")));
        }
        Ok(Money(amount))
    }
}

/// A basket line, as sent and as answered (spec `BasketItem` / `BasketItemInfo`).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
struct Line {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    group_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    measure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    measure_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    origin_country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    origin_country_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gross_weight: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    net_weight: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quantity: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount_wo_vat: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    total_amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    total_vat_amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    excise: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    vat_code: Option<String>,
    /// `service`, `commodity`, or an FFD tag 1212 code (a number or a string).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    kind: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    payment_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    service_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    category_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    meta_data: Option<Box<RawValue>>,
    /// Only in `refund_basket_items` answers.
    #[serde(skip_deserializing, skip_serializing_if = "Option::is_none")]
    available_amount: Option<Money>,
    /// Only in `refund_basket_items` answers.
    #[serde(skip_deserializing, skip_serializing_if = "Option::is_none")]
    available_vat_amount: Option<Money>,
}

/// The body of `order_create` (spec `CreateOrderRequest`); everything optional here so that a
/// missing field is named in the refusal.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct CreateOrder {
    description: Option<String>,
    merchant_id: Option<String>,
    merchant_order_id: Option<String>,
    merchant_order_id_visible: Option<String>,
    amount: Option<Money>,
    vat_amount: Option<Money>,
    currency_id: Option<String>,
    language_id: Option<String>,
    expiration_date: Option<String>,
    basket_items: Option<Vec<Line>>,
    meta_data: Option<Box<RawValue>>,
    customer: Option<Box<RawValue>>,
    notification_url: Option<String>,
    success_url: Option<String>,
    fail_url: Option<String>,
    return_url: Option<String>,
    invoice_setting: Option<Box<RawValue>>,
    order_setting: Option<Box<RawValue>>,
    parent_id: Option<String>,
    order_container_id: Option<String>,
    shop_id: Option<Box<RawValue>>,
    user_account_id: Option<String>,
    processable: Option<bool>,
}

/// The body of `refund_create` (spec `CreateRefundRequest`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct CreateRefund {
    parent_id: Option<String>,
    merchant_order_id: Option<String>,
    amount: Option<Money>,
    vat_amount: Option<Money>,
    basket_items: Option<Vec<Line>>,
    description: Option<String>,
    status: Option<String>,
}

/// `orderSetting`, for its rounding policy.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OrderSetting {
    round_policy: Option<String>,
}

// ------------------------------------------------------------------ the store's books

/// Order status (https://docs.invoicebox.ru/docs/merchant/order/order/).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Created,
    Completed,
    Canceled,
    Expired,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Completed => "completed",
            Status::Canceled => "canceled",
            Status::Expired => "expired",
        }
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// What was refunded of one basket line.
#[derive(Clone, Debug)]
struct Taken {
    amount: Decimal,
    vat: Decimal,
}

/// An order as the API answers it (spec `Order`, in the field order of the SDK's mocks).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Order {
    id: String,
    description: String,
    currency_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    shop_id: Option<Box<RawValue>>,
    amount: Money,
    vat_amount: Money,
    basket_items: Vec<Line>,
    order_container_id: String,
    merchant_id: String,
    status: Status,
    subtype: &'static str,
    processing_status: &'static str,
    created_at: String,
    merchant_order_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_order_id_visible: Option<String>,
    expiration_date: String,
    file_ids: [(); 0],
    payment_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    paid_at: Option<String>,
    customer: Box<RawValue>,
    language_id: String,
    processable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta_data: Option<Box<RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notification_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    success_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fail_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    return_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    invoice_setting: Option<Box<RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    order_setting: Option<Box<RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_account_id: Option<String>,
    /// The deadline in Unix seconds.
    #[serde(skip)]
    expires_at: i64,
    /// The rounding policy of `orderSetting`.
    #[serde(skip)]
    round_policy: Option<String>,
    /// What was refunded of each basket line.
    #[serde(skip)]
    refunded: Vec<Taken>,
}

/// A refund as the API answers it (spec `Refund`).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Refund {
    id: String,
    parent_id: String,
    description: String,
    merchant_order_id: String,
    merchant_id: String,
    amount: Money,
    vat_amount: Money,
    currency_id: String,
    basket_items: Vec<Line>,
    created_at: String,
    status: &'static str,
}

#[derive(Debug, Default)]
struct Books {
    orders: Vec<Order>,
    refunds: Vec<Refund>,
    /// The last id handed out.
    counter: u64,
}

impl Books {
    /// A new UUID-shaped id; `kind` tells orders, order containers and refunds apart.
    fn next_id(&mut self, kind: u16) -> String {
        self.counter += 1;
        format!("0195f1c0-{kind:04x}-7000-8000-{:012x}", self.counter)
    }

    fn order(&self, id: &str) -> Option<&Order> {
        self.orders.iter().find(|o| o.id == id)
    }

    fn order_mut(&mut self, id: &str) -> Option<&mut Order> {
        self.orders.iter_mut().find(|o| o.id == id)
    }

    /// Unpaid orders past their `expirationDate` become `expired`.
    fn expire(&mut self, now: i64) {
        for order in &mut self.orders {
            if order.status == Status::Created && order.expires_at <= now {
                order.status = Status::Expired;
            }
        }
    }

    fn create_order(&mut self, request: CreateOrder, host: &str) -> Result<&Order, Refusal> {
        let mut missing = Vec::new();
        let mut need = |present: bool, name: &str| {
            if !present {
                missing.push(FieldProblem::required(name));
            }
        };
        need(request.description.is_some(), "description");
        need(request.merchant_id.is_some(), "merchantId");
        need(request.merchant_order_id.is_some(), "merchantOrderId");
        need(request.amount.is_some(), "amount");
        need(request.vat_amount.is_some(), "vatAmount");
        need(request.currency_id.is_some(), "currencyId");
        need(request.expiration_date.is_some(), "expirationDate");
        need(request.basket_items.is_some(), "basketItems");
        need(request.customer.is_some(), "customer");
        let (
            Some(description),
            Some(merchant_id),
            Some(merchant_order_id),
            Some(amount),
            Some(vat_amount),
            Some(currency_id),
            Some(expiration_date),
            Some(basket_items),
            Some(customer),
        ) = (
            request.description,
            request.merchant_id,
            request.merchant_order_id,
            request.amount,
            request.vat_amount,
            request.currency_id,
            request.expiration_date,
            request.basket_items,
            request.customer,
        )
        else {
            return Err(validation(missing));
        };
        if merchant_id != MERCHANT_ID {
            // The token gives access to its own store only.
            return Err(Refusal::new(StatusCode::FORBIDDEN, "forbidden", "Forbidden")
                .field(FieldProblem::new("merchantId", "Not a store of this token.")));
        }
        if merchant_order_id.trim().is_empty() {
            return Err(invalid("merchantOrderId", "Must not be empty."));
        }
        if !customer.get().starts_with('{') {
            return Err(invalid("customer", "Must be an object."));
        }
        if !CURRENCIES.contains(&currency_id.as_str()) {
            return Err(Refusal::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "wrong_currency",
                "Wrong currency",
            )
            .field(FieldProblem::new(
                "currencyId",
                format!("Unknown currency {currency_id:?}."),
            )));
        }
        let language_id = request.language_id.unwrap_or_else(|| "ru".to_owned());
        if language_id != "ru" && language_id != "en" {
            return Err(Refusal::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "language_not_found",
                "Language not found",
            )
            .field(FieldProblem::new("languageId", "Use ru or en.")));
        }
        let expires_at = match parse_timestamp(&expiration_date) {
            Some(t) if t > now() => t,
            parsed => {
                let why = if parsed.is_some() {
                    "Must lie in the future."
                } else {
                    "Not an ATOM date with offset, like 2020-12-22T00:00:00+00:00."
                };
                return Err(Refusal::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "wrong_expiration_date",
                    "Wrong expiration date",
                )
                .field(FieldProblem::new("expirationDate", why)));
            }
        };
        let round_policy = match &request.order_setting {
            None => None,
            Some(raw) => match serde_json::from_str::<OrderSetting>(raw.get()) {
                Ok(setting) => setting.round_policy,
                Err(_) => {
                    return Err(invalid("orderSetting", "Must be an object."));
                }
            },
        };
        check_basket(&basket_items, &amount.0, &vat_amount.0, round_policy.as_deref())?;
        if self
            .orders
            .iter()
            .any(|o| o.merchant_order_id == merchant_order_id)
        {
            return Err(duplicate("another order"));
        }

        let id = self.next_id(0x0001);
        let order_container_id = match request.order_container_id {
            Some(container) => container,
            None => self.next_id(0x0002),
        };
        let refunded = vec![
            Taken {
                amount: Decimal::from(0),
                vat: Decimal::from(0),
            };
            basket_items.len()
        ];
        self.orders.push(Order {
            payment_url: format!("http://{host}/invoicebox/pay/order/{order_container_id}"),
            id,
            description,
            currency_id,
            shop_id: request.shop_id,
            amount,
            vat_amount,
            basket_items,
            order_container_id,
            merchant_id,
            status: Status::Created,
            subtype: "order",
            processing_status: "",
            created_at: timestamp(SystemTime::now()),
            merchant_order_id,
            merchant_order_id_visible: request.merchant_order_id_visible,
            expiration_date,
            file_ids: [],
            paid_at: None,
            customer,
            language_id,
            processable: request.processable.unwrap_or(true),
            meta_data: request.meta_data,
            notification_url: request.notification_url,
            success_url: request.success_url,
            fail_url: request.fail_url,
            return_url: request.return_url,
            invoice_setting: request.invoice_setting,
            order_setting: request.order_setting,
            parent_id: request.parent_id,
            user_account_id: request.user_account_id,
            expires_at,
            round_policy,
            refunded,
        });
        self.orders.last().ok_or_else(overflow)
    }

    fn create_refund(&mut self, request: CreateRefund) -> Result<Refund, Refusal> {
        let mut missing = Vec::new();
        let mut need = |present: bool, name: &str| {
            if !present {
                missing.push(FieldProblem::required(name));
            }
        };
        need(request.parent_id.is_some(), "parentId");
        need(request.merchant_order_id.is_some(), "merchantOrderId");
        need(request.amount.is_some(), "amount");
        need(request.vat_amount.is_some(), "vatAmount");
        need(request.basket_items.is_some(), "basketItems");
        need(request.description.is_some(), "description");
        let (
            Some(parent_id),
            Some(merchant_order_id),
            Some(amount),
            Some(vat_amount),
            Some(basket_items),
            Some(description),
        ) = (
            request.parent_id,
            request.merchant_order_id,
            request.amount,
            request.vat_amount,
            request.basket_items,
            request.description,
        )
        else {
            return Err(validation(missing));
        };
        let status = match request.status.as_deref() {
            None | Some("created") => "created",
            Some("draft") => "draft",
            Some(other) => {
                return Err(invalid("status", format!("{other:?}: use created or draft.")));
            }
        };
        if merchant_order_id.trim().is_empty() {
            return Err(invalid("merchantOrderId", "Must not be empty."));
        }
        self.expire(now());
        let order = self
            .order(&parent_id)
            .ok_or_else(|| not_found("order", &parent_id))?;
        if order.status != Status::Completed {
            return Err(wrong_order_status(&format!(
                "The order is {}: only a paid (completed) order can be refunded; cancel an unpaid one.",
                order.status.as_str()
            )));
        }
        check_basket(
            &basket_items,
            &amount.0,
            &vat_amount.0,
            order.round_policy.as_deref(),
        )?;
        if self
            .refunds
            .iter()
            .any(|r| r.merchant_order_id == merchant_order_id)
        {
            return Err(duplicate("another refund"));
        }
        let taken = take_from_order(order, &basket_items)?;
        let (merchant_id, currency_id) = (order.merchant_id.clone(), order.currency_id.clone());
        let refund = Refund {
            id: self.next_id(0x0003),
            parent_id: parent_id.clone(),
            description,
            merchant_order_id,
            merchant_id,
            amount,
            vat_amount,
            currency_id,
            basket_items,
            created_at: timestamp(SystemTime::now()),
            status,
        };
        if status == "created" {
            if let Some(order) = self.order_mut(&parent_id) {
                order.refunded = taken;
            }
            // The sandbox returns the money at once: later reads show the refund completed.
            self.refunds.push(Refund {
                status: "completed",
                ..refund.clone()
            });
        } else {
            self.refunds.push(refund.clone());
        }
        Ok(refund)
    }
}

/// What each order line has had refunded once `lines` are refunded too; refuses a line that
/// is not in the order or exceeds what is left of it.
fn take_from_order(order: &Order, lines: &[Line]) -> Result<Vec<Taken>, Refusal> {
    let mut taken = order.refunded.clone();
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = order
            .basket_items
            .iter()
            .position(|l| l.sku.is_some() && l.sku == line.sku)
        else {
            return Err(invalid(
                format!("basketItems[{i}].sku"),
                "The order has no line with this sku.",
            ));
        };
        let ordered = &order.basket_items[at];
        let (Some(total), Some(vat), Some(want), Some(want_vat)) = (
            &ordered.total_amount,
            &ordered.total_vat_amount,
            &line.total_amount,
            &line.total_vat_amount,
        ) else {
            // check_basket made sure the refund's lines have both; the order's lines too.
            return Err(overflow());
        };
        let Some(slot) = taken.get_mut(at) else {
            // `refunded` has one entry per order line.
            return Err(overflow());
        };
        let amount = slot.amount.checked_add(&want.0).ok_or_else(overflow)?;
        let vat_taken = slot.vat.checked_add(&want_vat.0).ok_or_else(overflow)?;
        if !at_most(&amount, &total.0) {
            let left = sub(&total.0, &slot.amount).ok_or_else(overflow)?;
            return Err(calculation(
                "wrong_basket_item_total_amount",
                FieldProblem::new(
                    format!("basketItems[{i}].totalAmount"),
                    format!("Only {left} of this line is left to refund."),
                ),
            ));
        }
        if !at_most(&vat_taken, &vat.0) {
            let left = sub(&vat.0, &slot.vat).ok_or_else(overflow)?;
            return Err(calculation(
                "wrong_basket_item_total_vat_amount",
                FieldProblem::new(
                    format!("basketItems[{i}].totalVatAmount"),
                    format!("Only {left} of this line's VAT is left to refund."),
                ),
            ));
        }
        *slot = Taken {
            amount,
            vat: vat_taken,
        };
    }
    Ok(taken)
}

// ------------------------------------------------------------------ the basket rules

/// The basket rules of order creation and refunds (spec `BasketItem`,
/// https://docs.invoicebox.ru/docs/merchant/order/create/): every line complete,
/// `totalAmount = quantity × amount` under the rounding policy,
/// `amountWoVat × quantity + totalVatAmount ≈ totalAmount` within 0.01, no VAT on `VATNONE` /
/// `RUS_VAT0` lines, and the order's `amount` / `vatAmount` the sums of the lines.
fn check_basket(
    lines: &[Line],
    amount: &Decimal,
    vat: &Decimal,
    policy: Option<&str>,
) -> Result<(), Refusal> {
    if lines.is_empty() {
        return Err(invalid("basketItems", "The basket must not be empty."));
    }
    if let Some(policy) = policy
        && !ROUND_POLICIES.contains(&policy)
    {
        return Err(invalid(
            "orderSetting.roundPolicy",
            format!("Unknown rounding policy {policy:?}."),
        ));
    }
    let mut problems = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let name = |field: &str| format!("basketItems[{i}].{field}");
        for (present, field) in [
            (line.sku.is_some(), "sku"),
            (line.name.is_some(), "name"),
            (line.measure.is_some(), "measure"),
            (line.measure_code.is_some(), "measureCode"),
            (line.quantity.is_some(), "quantity"),
            (line.amount.is_some(), "amount"),
            (line.amount_wo_vat.is_some(), "amountWoVat"),
            (line.total_amount.is_some(), "totalAmount"),
            (line.total_vat_amount.is_some(), "totalVatAmount"),
            (line.vat_code.is_some(), "vatCode"),
            (line.kind.is_some(), "type"),
            (line.payment_type.is_some(), "paymentType"),
        ] {
            if !present {
                problems.push(FieldProblem::required(name(field)));
            }
        }
        if let Some(code) = &line.vat_code
            && !VAT_CODES.contains(&code.as_str())
        {
            problems.push(FieldProblem::new(
                name("vatCode"),
                format!("Unknown VAT code {code:?}."),
            ));
        }
        if let Some(kind) = &line.payment_type
            && !PAYMENT_TYPES.contains(&kind.as_str())
        {
            problems.push(FieldProblem::new(
                name("paymentType"),
                format!("Unknown payment type {kind:?}."),
            ));
        }
        if let Some(kind) = &line.kind
            && !(kind.get().starts_with('"') || kind.get().bytes().all(|b| b.is_ascii_digit()))
        {
            problems.push(FieldProblem::new(name("type"), "A word or an FFD tag 1212 code."));
        }
    }
    if !problems.is_empty() {
        return Err(validation(problems));
    }

    let zero = Decimal::from(0);
    let cent: Decimal = Decimal::from_minor_units(1, 2);
    let mut total = zero.clone();
    let mut total_vat = zero.clone();
    for (i, line) in lines.iter().enumerate() {
        let name = |field: &str| format!("basketItems[{i}].{field}");
        let (Some(q), Some(a), Some(wo), Some(t), Some(v)) = (
            &line.quantity,
            &line.amount,
            &line.amount_wo_vat,
            &line.total_amount,
            &line.total_vat_amount,
        ) else {
            return Err(overflow());
        };
        let (q, a, wo, t, v) = (&q.0, &a.0, &wo.0, &t.0, &v.0);
        let product = q.checked_mul(a).ok_or_else(overflow)?;
        if !line_total_matches(&product, t, policy) {
            return Err(calculation(
                "wrong_basket_item_total_amount",
                FieldProblem::new(
                    name("totalAmount"),
                    format!("{t} is not quantity × amount = {q} × {a} = {product}."),
                ),
            ));
        }
        let without_vat = wo
            .checked_mul(q)
            .and_then(|w| w.checked_add(v))
            .ok_or_else(overflow)?;
        if !within(&without_vat, t, &cent) {
            return Err(calculation(
                "wrong_basket_item_amount_wo_vat",
                FieldProblem::new(
                    name("amountWoVat"),
                    format!("amountWoVat × quantity + totalVatAmount = {without_vat}, not {t}."),
                ),
            ));
        }
        let untaxed = matches!(line.vat_code.as_deref(), Some("VATNONE" | "RUS_VAT0"));
        if untaxed && v.cmp_value(&zero) != Some(Ordering::Equal) {
            return Err(calculation(
                "wrong_basket_item_total_vat_amount",
                FieldProblem::new(name("totalVatAmount"), "A line without VAT has totalVatAmount 0."),
            ));
        }
        total = total.checked_add(t).ok_or_else(overflow)?;
        total_vat = total_vat.checked_add(v).ok_or_else(overflow)?;
    }
    if amount.cmp_value(&total) != Some(Ordering::Equal) {
        return Err(calculation(
            "wrong_total_amount",
            FieldProblem::new(
                "amount",
                format!("{amount} is not the sum of the lines' totalAmount, {total}."),
            ),
        ));
    }
    if vat.cmp_value(&total_vat) != Some(Ordering::Equal) {
        return Err(calculation(
            "wrong_total_vat_amount",
            FieldProblem::new(
                "vatAmount",
                format!("{vat} is not the sum of the lines' totalVatAmount, {total_vat}."),
            ),
        ));
    }
    Ok(())
}

/// `totalAmount` against `quantity × amount` under `orderSetting.roundPolicy` (spec
/// `RoundPolicy`). Without a policy (the docs name both `strict` and `none` as the default)
/// the exact product and either rounding to cents are accepted, as the client checks.
fn line_total_matches(product: &Decimal, total: &Decimal, policy: Option<&str>) -> bool {
    let rounded = |rule| product.round_dp_with(2, rule);
    let same = |d: Option<Decimal>| d.is_some_and(|d| d.cmp_value(total) == Some(Ordering::Equal));
    match policy {
        Some("strict") => same(Some(product.clone())),
        Some("none") => at_most(product, total),
        Some("floor") => same(rounded(Rounding::Floor)),
        Some("ceil") => same(rounded(Rounding::Ceil)),
        Some("halfUp") => same(rounded(Rounding::HalfUp)),
        Some("halfDown") => same(rounded(Rounding::HalfDown)),
        _ => same(Some(product.clone())) || same(rounded(Rounding::Floor)) || same(rounded(Rounding::Ceil)),
    }
}

/// `a ≤ b` (false when the values are too large to compare).
fn at_most(a: &Decimal, b: &Decimal) -> bool {
    matches!(a.cmp_value(b), Some(Ordering::Less | Ordering::Equal))
}

/// `|a − b| ≤ tolerance`.
fn within(a: &Decimal, b: &Decimal, tolerance: &Decimal) -> bool {
    match (a.checked_add(tolerance), b.checked_add(tolerance)) {
        (Some(a_up), Some(b_up)) => at_most(a, &b_up) && at_most(b, &a_up),
        _ => false,
    }
}

/// `a − b`, exactly (`None` when too large).
fn sub(a: &Decimal, b: &Decimal) -> Option<Decimal> {
    let scale = |d: &Decimal| {
        d.as_str()
            .split_once('.')
            .map_or(0, |(_, f)| u32::try_from(f.len()).unwrap_or(u32::MAX))
    };
    let s = scale(a).max(scale(b));
    let difference = a.minor_units(s)?.checked_sub(b.minor_units(s)?)?;
    Some(Decimal::from_minor_units(difference, s))
}

// ------------------------------------------------------------------ lists

/// What a list call can filter on.
trait Listed {
    /// The documented filter fields.
    const FIELDS: &'static [&'static str];
    /// The value of filter field `name`.
    fn field(&self, name: &str) -> Option<&str>;
}

/// `order_list` filters (https://docs.invoicebox.ru/docs/merchant/order/get/).
impl Listed for Order {
    const FIELDS: &'static [&'static str] = &["id", "status", "merchantOrderId", "merchantId"];
    fn field(&self, name: &str) -> Option<&str> {
        match name {
            "id" => Some(&self.id),
            "status" => Some(self.status.as_str()),
            "merchantOrderId" => Some(&self.merchant_order_id),
            "merchantId" => Some(&self.merchant_id),
            _ => None,
        }
    }
}

/// `refund_list` filters (https://docs.invoicebox.ru/docs/merchant/refund/get/).
impl Listed for Refund {
    const FIELDS: &'static [&'static str] = &["id", "parentId", "status", "merchantId", "merchantOrderId"];
    fn field(&self, name: &str) -> Option<&str> {
        match name {
            "id" => Some(&self.id),
            "parentId" => Some(&self.parent_id),
            "status" => Some(self.status),
            "merchantId" => Some(&self.merchant_id),
            "merchantOrderId" => Some(&self.merchant_order_id),
            _ => None,
        }
    }
}

/// A filter on one field (https://docs.invoicebox.ru/docs/api/filters/).
enum Test {
    /// `f=v`, `f[_eq]=v`, `f[]=v1&f[]=v2`.
    AnyOf(Vec<String>),
    /// `f[_ne]=v`.
    Not(String),
    /// `f[_start]=prefix`.
    Prefix(String),
}

impl Test {
    fn holds(&self, value: &str) -> bool {
        match self {
            Test::AnyOf(values) => values.iter().any(|v| v == value),
            Test::Not(other) => other != value,
            Test::Prefix(prefix) => value.starts_with(prefix.as_str()),
        }
    }
}

/// The filters and paging of a `filter/api` list call
/// (https://docs.invoicebox.ru/docs/api/filters/).
struct ListQuery {
    /// Field name and what its value must satisfy; all must hold.
    filters: Vec<(String, Test)>,
    page: usize,
    page_size: usize,
    newest_first: bool,
}

impl ListQuery {
    fn parse<T: Listed>(query: Option<&str>) -> Result<ListQuery, Refusal> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query.unwrap_or("")).map_err(|e| invalid("query", e.to_string()))?;
        let mut list = ListQuery {
            filters: Vec::new(),
            page: 1,
            page_size: PAGE_SIZE,
            newest_first: false,
        };
        for (key, value) in pairs {
            match key.as_str() {
                "page" | "_page" => list.page = positive(&key, &value)?,
                "pageSize" | "_pageSize" => list.page_size = positive(&key, &value)?,
                "_order[createdAt]" => {
                    list.newest_first = match value.as_str() {
                        "asc" => false,
                        "desc" => true,
                        _ => return Err(invalid(key, "Use asc or desc.")),
                    }
                }
                // The MCP server notes that this form is refused with 422.
                "_order" => {
                    return Err(invalid(key, "Sort with _order[field]=asc|desc."));
                }
                _ => {
                    let (name, operator) = match key.split_once('[') {
                        Some((name, operator)) => (name, operator.strip_suffix(']').unwrap_or("?")),
                        None => (key.as_str(), "_eq"),
                    };
                    if !T::FIELDS.contains(&name) {
                        continue;
                    }
                    let test = match operator {
                        "" | "_eq" => {
                            // `f=a&f[]=b`: any of the values.
                            let same = list.filters.iter_mut().find_map(|(f, test)| match test {
                                Test::AnyOf(values) if f == name => Some(values),
                                _ => None,
                            });
                            if let Some(values) = same {
                                values.push(value);
                                continue;
                            }
                            Test::AnyOf(vec![value])
                        }
                        "_ne" => Test::Not(value),
                        "_start" => Test::Prefix(value),
                        // Comparisons (`_gt` ... `_le`) are not imitated.
                        _ => continue,
                    };
                    list.filters.push((name.to_owned(), test));
                }
            }
        }
        Ok(list)
    }

    /// The items of the requested page, and the paging data.
    fn page<'a, T: Listed>(&self, items: &'a [T]) -> (Vec<&'a T>, PageMeta) {
        let mut matching: Vec<&T> = items
            .iter()
            .filter(|item| {
                self.filters
                    .iter()
                    .all(|(name, test)| item.field(name).is_some_and(|value| test.holds(value)))
            })
            .collect();
        if self.newest_first {
            matching.reverse();
        }
        let total_count = matching.len();
        let skip = (self.page - 1).saturating_mul(self.page_size);
        let page = matching.into_iter().skip(skip).take(self.page_size).collect();
        let meta = PageMeta {
            total_count,
            page_size: self.page_size,
            page: self.page,
        };
        (page, meta)
    }
}

fn positive(key: &str, value: &str) -> Result<usize, Refusal> {
    match value.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(invalid(key, "A positive integer.")),
    }
}

// ------------------------------------------------------------------ time

/// `t` as Invoicebox writes dates (ATOM, UTC): `2022-02-16T17:23:48+00:00`. For callers that
/// need an `expirationDate`, e.g. `timestamp(SystemTime::now() + Duration::from_secs(86400))`.
pub fn timestamp(t: SystemTime) -> String {
    let secs = unix_seconds(t);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+00:00",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` to Unix seconds.
fn parse_timestamp(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0i64, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0'))
        })
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-') && (sep(10, b'T') || sep(10, b't')) && sep(13, b':') && sep(16, b':')) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut at = 19;
    if sep(at, b'.') {
        at += 1;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
    }
    let offset = match b.get(at)? {
        b'Z' | b'z' if at + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if at + 6 == b.len() && sep(at + 3, b':') => {
            let minutes = num(at + 1, 2)? * 60 + num(at + 4, 2)?;
            if *sign == b'-' {
                -minutes * 60
            } else {
                minutes * 60
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    // A day past the month's end (31 April) does not come back the same.
    if civil_from_days(days) != (year, month, day) {
        return None;
    }
    Some(days * 86_400 + hour * 3600 + minute * 60 + second - offset)
}

/// Invoicebox's part in the shared request handling ([`crate::OPERATIONS`]): the store's bearer
/// token on every call (`auth_check` also answers an anonymous caller), and the documented
/// validation refusal (HTTP 422, the field named) for a missing member.
pub(crate) struct Imitated;

impl Imitation for Imitated {
    const PROVIDER: Provider = Provider::Invoicebox;
    const STATEFUL: &'static [&'static str] = &[
        "auth_check",
        "order_create",
        "order_list",
        "order_get",
        "order_cancel",
        "refund_basket_items",
        "refund_create",
        "refund_list",
    ];

    fn authorize(_state: &State, request: &axum::http::request::Parts, _input: &Input) -> Option<Response> {
        let checked = if request.uri.path().ends_with("/security/api/auth/auth") {
            caller(&request.headers).map(drop)
        } else {
            store(&request.headers)
        };
        checked.err().map(IntoResponse::into_response)
    }

    fn missing(name: &str) -> Response {
        validation(vec![FieldProblem::required(name)]).into_response()
    }

    fn respond(status: StatusCode, _content_type: &str, body: String) -> Response {
        json_answer(status, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn dates_round_trip() {
        assert_eq!(parse_timestamp("1970-01-01T00:00:00+00:00"), Some(0));
        assert_eq!(parse_timestamp("2022-02-16T17:23:48+00:00"), Some(1_645_032_228));
        assert_eq!(parse_timestamp("2022-02-16T20:23:48+03:00"), Some(1_645_032_228));
        assert_eq!(parse_timestamp("2022-02-16T17:23:48.123Z"), Some(1_645_032_228));
        for bad in [
            "",
            "2022-02-16",
            "2022-02-16T17:23:48",
            "2022-02-30T00:00:00+00:00",
            "2022-13-01T00:00:00+00:00",
            "2022-02-16T17:23:48+0300",
            "२०२२-02-16T17:23:48+00:00",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
        let t = UNIX_EPOCH + Duration::from_secs(1_645_032_228);
        assert_eq!(timestamp(t), "2022-02-16T17:23:48+00:00");
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00+00:00"
        );
    }

    #[test]
    fn the_notification_escapes_slashes_like_php() {
        let out = escape_slashes(r#"{"a":"https://x/y","b":"\/","c":"\\/"}"#);
        assert_eq!(out, r#"{"a":"https:\/\/x\/y","b":"\/","c":"\\\/"}"#);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["a"], "https://x/y");
        assert_eq!(value["b"], "/");
        assert_eq!(value["c"], "\\/");
    }

    /// The SDK's example notification, key `test`:
    /// https://github.com/InvoiceBox/invoicebox-sdk-php/blob/e17f079e2fc860dee9bfd9efd691ae0e893d04d8/examples/payment-notification.php.
    #[test]
    fn the_signature_matches_the_reference_test_vector() {
        let body = r#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","description":"Проездной билет","currencyId":"RUB","amount":2790.67,"vatAmount":0,"basketItems":[{"sku":"0123456789","name":"Black Edition","measure":"шт","measureCode":"796","quantity":1,"amount":2790.67,"amountWoVat":2790.67,"totalAmount":2790.67,"totalVatAmount":0,"vatCode":"VATNONE","type":"commodity","paymentType":"full_prepayment"}],"orderContainerId":"0188d934-85bd-2e43-9057-53275f15a1e2","merchantId":"ffffffff-ffff-ffff-ffff-ffffffffffff","status":"success","subtype":"order","createdAt":"2023-06-20T14:27:58+00:00","merchantOrderId":"55626","merchantOrderIdVisible":"55626","expirationDate":"2023-06-20T21:00:00+00:00","fileIds":[],"paymentUrl":"https:\/\/pay.invoicebox.ru\/order\/0188d934-85bd-2e43-9057-53275f15a1e2","customer":{"type":"legal","name":"OOO TEST","phone":"78121111111","email":"test@test.test","vatNumber":"7804445210","countryId":"RUS","registrationAddress":"123321, Колотушкина, 1, 1"},"languageId":"ru","processable":true}"#;
        assert_eq!(
            sign_notification(body, "test"),
            "4731e2fb446ba519fd9d8798a1a0873f073189e8"
        );
        assert_eq!(escape_slashes(&body.replace("\\/", "/")), body);
    }

    #[test]
    fn subtraction_is_exact() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        assert_eq!(sub(&d("3350.50"), &d("350.5")).unwrap().as_str(), "3000.00");
        assert_eq!(sub(&d("1"), &d("1.25")).unwrap().as_str(), "-0.25");
    }
}
