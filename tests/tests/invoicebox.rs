//! Invoicebox client against a local HTTP server (wiremock on loopback).
//!
//! - every one of the 19 operations: the exact wire request (method, path with the order id,
//!   the query pairs in wire order with `status[]` repeated and the `filter` keys such as
//!   `createdAt[_ge]` / `_order[createdAt]`, the exact JSON body with its money digits verbatim;
//!   `Authorization: Bearer` exactly once, `User-Agent`, `Accept`, `api-version`, the JSON
//!   content type on bodies only) and the typed decoding of the spec's response example;
//! - the store id: filled into the bodies of `x-client-fills` operations when left out, the
//!   caller's value kept, never added anywhere else;
//! - the basket checks before sending: the docs' order passes, each inconsistency (line
//!   total, order amount, VAT) under each rounding policy is refused naming the field, and the
//!   server receives nothing;
//! - tolerant decoding: open enums, `metaData: []`, `fileIds: {}`, amounts as strings, `shopId`
//!   as an integer, the `_page` / `_pageSize` paging spelling;
//! - errors: every documented code, the flat form, 401 / 403 without a body, 429, HTML 500,
//!   undecodable answers;
//! - notifications: the SDK's HMAC-SHA1 test vector, forged or re-serialised bodies, members
//!   the spec does not name kept in `extra`, the reply bodies;
//! - the token never shows in `Debug` / `Display`, error bodies that echo it included;
//! - every `x-examples-urls` entry of the spec replayed through the builders.

mod common;

use std::sync::OnceLock;

use payspec::query::Direction;
use payspec::{DecimalNumber, ProviderError, QueryFilter, Text};
use payspec_invoicebox::types::{
    self, BasketItemType, CustomerType, LanguageId, OrderStatus, PaymentType, RefundStatus, RoundPolicy,
    ShipmentStatus, VatCode,
};
use payspec_invoicebox::{
    BASE_URL_L3, BASE_URL_V3, CLIENT_FILLS, Client, DEFAULT_USER_AGENT, Error, NotificationReply, SigningKey,
    WebhookError,
};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "test-token-0123";
const MERCHANT: &str = "ffffffff-ffff-ffff-ffff-ffffffffffff";
/// The store id of the docs' order creation example (not the configured one).
const DOCS_MERCHANT: &str = "01771534-196a-1105-839a-82422289d6d9";
const UA: &str = "payspec-invoicebox/0.1.0";

/// Every operation of the spec: (operation id, method, path with `{uuid}`). The suite has one
/// wire test per row.
const OPS: [(&str, &str, &str); 19] = [
    ("auth_check", "GET", "/security/api/auth/auth"),
    ("order_create", "POST", "/billing/api/order/order"),
    ("order_list", "GET", "/filter/api/order/order"),
    ("order_get", "GET", "/billing/api/order/order/{uuid}"),
    ("order_update", "PUT", "/billing/api/order/order/{uuid}"),
    ("order_cancel", "DELETE", "/billing/api/order/order/{uuid}"),
    (
        "order_merchant_move",
        "PUT",
        "/billing/api/order/order-merchant-move",
    ),
    ("order_status_update", "PUT", "/billing/api/order/{uuid}/status"),
    ("agent_order_create", "POST", "/adapter/api/subagent/order"),
    ("shipment_create", "POST", "/billing/api/order/shipment"),
    ("shipment_list", "GET", "/filter/api/order/shipment"),
    (
        "refund_basket_items",
        "GET",
        "/billing/api/order/order/{uuid}/refund-basket-item",
    ),
    ("refund_create", "POST", "/billing/api/order/refund-order"),
    (
        "correction_order_create",
        "POST",
        "/billing/api/order/correction-order",
    ),
    ("refund_list", "GET", "/filter/api/order/refund-order"),
    (
        "payment_method_validate",
        "POST",
        "/billing/api/order/{uuid}/payment-method-action/validate",
    ),
    (
        "payment_method_send_code",
        "POST",
        "/billing/api/order/{uuid}/payment-method-action/send-code",
    ),
    (
        "payment_method_pay",
        "POST",
        "/billing/api/order/{uuid}/payment-method-action/pay",
    ),
    ("counterparty_lookup", "GET", "/filter/api/counterparty-detail"),
];

/// The operations whose basket the client checks before sending: the generated table, which
/// must be the operations the spec marks `x-pre-send-check: basket-totals`.
static BASKET_OPS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let table: Vec<&str> = payspec_invoicebox::PRE_SEND_CHECKS
        .iter()
        .filter(|c| c.check == payspec::envelope::Check::BasketTotals)
        .map(|c| c.operation)
        .collect();
    let mut in_spec: Vec<String> = Vec::new();
    for item in spec()["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            if op["x-pre-send-check"] == "basket-totals" {
                in_spec.push(op["operationId"].as_str().unwrap().to_owned());
            }
        }
    }
    let mut sorted: Vec<&str> = table.clone();
    sorted.sort();
    in_spec.sort();
    assert_eq!(sorted, in_spec);
    assert_eq!(table.len(), 6);
    table
});

/// The official PHP SDK's example notification, exact bytes (one line, UTF-8, `\/` escapes),
/// signed with key `test`:
/// https://github.com/InvoiceBox/invoicebox-sdk-php/blob/e17f079e2fc860dee9bfd9efd691ae0e893d04d8/examples/payment-notification.php
const NOTIFICATION: &str = r#"{"id":"0188d934-85f8-f872-2ac6-ad202d71b985","description":"Проездной билет","currencyId":"RUB","amount":2790.67,"vatAmount":0,"basketItems":[{"sku":"0123456789","name":"Black Edition","measure":"шт","measureCode":"796","quantity":1,"amount":2790.67,"amountWoVat":2790.67,"totalAmount":2790.67,"totalVatAmount":0,"vatCode":"VATNONE","type":"commodity","paymentType":"full_prepayment"}],"orderContainerId":"0188d934-85bd-2e43-9057-53275f15a1e2","merchantId":"ffffffff-ffff-ffff-ffff-ffffffffffff","status":"success","subtype":"order","createdAt":"2023-06-20T14:27:58+00:00","merchantOrderId":"55626","merchantOrderIdVisible":"55626","expirationDate":"2023-06-20T21:00:00+00:00","fileIds":[],"paymentUrl":"https:\/\/pay.invoicebox.ru\/order\/0188d934-85bd-2e43-9057-53275f15a1e2","customer":{"type":"legal","name":"OOO TEST","phone":"78121111111","email":"test@test.test","vatNumber":"7804445210","countryId":"RUS","registrationAddress":"123321, Колотушкина, 1, 1"},"languageId":"ru","processable":true}"#;
const NOTIFICATION_SIGNATURE: &str = "4731e2fb446ba519fd9d8798a1a0873f073189e8";
/// The signature of the same body with `\/` written as `/` (computed: the raw bytes matter).
const UNESCAPED_SIGNATURE: &str = "bdd1f145865690bcb7f94aea3007cbe5b8f9edfc";

// ------------------------------------------------------------------ helpers

fn creds() -> payspec_invoicebox::Credentials {
    payspec_invoicebox::Credentials::new(TOKEN, MERCHANT).unwrap()
}

fn client_for(server: &MockServer) -> Client {
    Client::with_credentials(&server.uri(), creds()).unwrap()
}

/// specs/invoicebox.yaml as JSON.
fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/invoicebox.yaml");
        let text = std::fs::read_to_string(file).expect("read specs/invoicebox.yaml");
        serde_norway::from_str(&text).expect("parse specs/invoicebox.yaml")
    })
}

/// (path, METHOD, operation object) of every operation in the spec.
fn spec_operations() -> Vec<(&'static str, String, &'static Value)> {
    let mut out = Vec::new();
    for (p, item) in spec()["paths"].as_object().expect("paths") {
        for (m, op) in item.as_object().unwrap() {
            if op.get("operationId").is_some() {
                out.push((p.as_str(), m.to_uppercase(), op));
            }
        }
    }
    out
}

fn spec_operation(op: &str) -> &'static Value {
    spec_operations()
        .into_iter()
        .find(|(_, _, o)| o["operationId"] == op)
        .map(|(_, _, o)| o)
        .unwrap_or_else(|| panic!("no operation {op} in the spec"))
}

fn op_row(op: &str) -> (&'static str, &'static str) {
    OPS.iter()
        .find(|(id, _, _)| *id == op)
        .map(|(_, m, p)| (*m, *p))
        .unwrap_or_else(|| panic!("{op} is not in OPS"))
}

/// The spec's example of a parameter.
fn param_example(op: &str, name: &str) -> Value {
    spec_operation(op)["parameters"]
        .as_array()
        .unwrap_or_else(|| panic!("{op} has no parameters"))
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{op} has no parameter {name}"))["example"]
        .clone()
}

/// The spec's example of the `uuid` path parameter of `op`.
fn uuid(op: &str) -> String {
    param_example(op, "uuid").as_str().unwrap().to_owned()
}

/// The path `op` is sent to, with the spec's example order id.
fn wire_path(op: &str) -> String {
    let (_, p) = op_row(op);
    if p.contains("{uuid}") {
        p.replace("{uuid}", &uuid(op))
    } else {
        p.to_owned()
    }
}

fn request_example(op: &str) -> Value {
    let ex = spec_operation(op)["requestBody"]["content"]["application/json"]["example"].clone();
    assert!(ex.is_object(), "{op}: the spec has no request example object");
    ex
}

fn response_example(op: &str) -> Value {
    let ex = spec_operation(op)["responses"]["200"]["content"]["application/json"]["example"].clone();
    assert!(ex.is_object(), "{op}: the spec has no response example object");
    ex
}

/// The spec's request example of `op` as the typed body `T`.
macro_rules! example_body {
    ($op:expr, $t:ty) => {{
        let op: &str = $op;
        serde_json::from_value::<$t>(request_example(op))
            .unwrap_or_else(|e| panic!("{op}: the request example does not fit the body type: {e}"))
    }};
}

fn num(s: &str) -> DecimalNumber {
    s.parse().unwrap()
}

fn d(n: &Option<DecimalNumber>) -> Option<&str> {
    n.as_ref().map(DecimalNumber::as_str)
}

fn text(t: &Option<Text>) -> Option<&str> {
    t.as_ref().map(Text::as_str)
}

fn int(i: &Option<payspec::Int>) -> Option<i64> {
    i.map(|i| i.0)
}

fn json_answer(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn raw(status: u16, body: &str, content_type: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), content_type)
}

/// A server answering every request with `response`, and a client for it.
async fn serve(response: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(response).mount(&server).await;
    let client = client_for(&server);
    (server, client)
}

/// [`serve`] with the spec's response example of `op`.
async fn serve_example(op: &str) -> (MockServer, Client) {
    serve(json_answer(response_example(op))).await
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("request recording is on")
}

/// The one request the server got.
async fn the_request(server: &MockServer) -> Request {
    let mut reqs = requests(server).await;
    assert_eq!(reqs.len(), 1, "exactly one request: {reqs:?}");
    reqs.pop().unwrap()
}

async fn nothing_sent(server: &MockServer) {
    let reqs = requests(server).await;
    assert!(reqs.is_empty(), "no request may be sent: {reqs:?}");
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn sorted(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs.sort();
    pairs
}

/// The URL-decoded query pairs of a request, in wire order.
fn query_pairs(req: &Request) -> Vec<(String, String)> {
    req.url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn header_values(req: &Request, name: &str) -> Vec<String> {
    req.headers
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

/// The headers every request carries: the bearer token exactly once, the default
/// `User-Agent`, `Accept: application/json` and progenitor's `api-version` (the spec's
/// `info.version`).
fn assert_headers(req: &Request) {
    assert_eq!(
        header_values(req, "authorization"),
        [format!("Bearer {TOKEN}")],
        "{} {}",
        req.method,
        req.url
    );
    assert_eq!(header_values(req, "user-agent"), [UA], "{}", req.url);
    assert_eq!(header_values(req, "accept"), ["application/json"], "{}", req.url);
    assert_eq!(header_values(req, "api-version"), ["3"], "{}", req.url);
}

/// A request without a body: `method` to `at` with exactly `params` as its query, in wire order.
fn assert_bodiless(req: &Request, method: &str, at: &str, params: &[(&str, &str)]) {
    assert_eq!(req.method.as_str(), method, "{}", req.url);
    assert_eq!(req.url.path(), at);
    assert_eq!(query_pairs(req), owned(params), "query of {}", req.url);
    assert_headers(req);
    assert!(
        req.body.is_empty(),
        "no body: {:?}",
        String::from_utf8_lossy(&req.body)
    );
    assert!(
        header_values(req, "content-type").is_empty(),
        "no content type without a body"
    );
}

/// A JSON request: `method` to `at`, nothing in the query, `Content-Type: application/json`
/// once, a body equal to `expected`, each `fragment` verbatim in the raw body. Returns the raw
/// body.
fn assert_json(req: &Request, method: &str, at: &str, expected: &Value, fragments: &[&str]) -> String {
    assert_eq!(req.method.as_str(), method, "{}", req.url);
    assert_eq!(req.url.path(), at);
    assert_eq!(req.url.query(), None, "nothing in the query of {}", req.url);
    assert_headers(req);
    assert_eq!(header_values(req, "content-type"), ["application/json"]);
    let raw = String::from_utf8(req.body.clone()).expect("UTF-8 body");
    let body: Value = serde_json::from_str(&raw).expect("JSON body");
    assert_eq!(&body, expected, "body of {}: {raw}", req.url);
    for f in fragments {
        assert!(raw.contains(f), "{f} is not verbatim in {raw}");
    }
    raw
}

/// `v` without `null` members (an absent optional field and a JSON null decode alike), with
/// the numbers that the client reads as text (`shopId: 333`, the shipment id `2`) as strings.
fn normalized(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| {
                    let v = match (k.as_str(), v) {
                        ("shopId" | "id" | "paymentMethodId", Value::Number(n)) => {
                            Value::String(n.to_string())
                        }
                        _ => normalized(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(normalized).collect()),
        other => other.clone(),
    }
}

/// Every field of the spec's response example of `op` was decoded: the typed answer written
/// back as JSON is the example.
macro_rules! assert_decodes_example {
    ($op:expr, $answer:expr) => {{
        let op: &str = $op;
        let back = serde_json::to_value($answer).unwrap();
        assert_eq!(back, normalized(&response_example(op)), "{op}");
    }};
}

fn provider_error(err: &Error) -> &ProviderError {
    match err {
        Error::Provider(p) => p,
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

fn authentication_error(err: &Error) -> &ProviderError {
    match err {
        Error::Authentication(p) => p,
        other => panic!("expected Error::Authentication, got {other:?}"),
    }
}

fn invalid_request(err: &Error) -> (&'static str, &str) {
    match err {
        Error::InvalidRequest {
            provider,
            operation,
            message,
        } => {
            assert_eq!(*provider, "invoicebox");
            (operation, message.as_str())
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
}

/// Display, Debug and the whole source chain show no spelling of the token.
fn assert_clean(err: &Error) {
    let mut shown = vec![err.to_string(), format!("{err:?}")];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        shown.push(s.to_string());
        shown.push(format!("{s:?}"));
        source = s.source();
    }
    for s in &shown {
        let lower = s.to_ascii_lowercase();
        assert!(!lower.contains(TOKEN), "the token leaked in {s:?}");
        assert!(!lower.contains("token-0123"), "part of the token leaked in {s:?}");
    }
}

/// A closure writing a typed answer back as JSON.
macro_rules! json_of {
    () => {
        |answer| serde_json::to_value(answer).expect("the answer serialises")
    };
}

/// Calls an operation with the spec's examples as arguments; the answer is discarded.
async fn call(client: &Client, op: &str) -> Result<(), Error> {
    call_value(client, op).await.map(drop)
}

/// Calls an operation with the spec's examples as arguments; the typed answer written back as
/// JSON.
async fn call_value(client: &Client, op: &str) -> Result<Value, Error> {
    match op {
        "auth_check" => client.auth_check().await.map(json_of!()),
        "order_create" => client
            .order_create()
            .body(example_body!(op, types::CreateOrderRequest))
            .await
            .map(json_of!()),
        "order_list" => client.order_list().await.map(json_of!()),
        "order_get" => client.order_get().uuid(uuid(op)).await.map(json_of!()),
        "order_update" => client
            .order_update()
            .uuid(uuid(op))
            .body(example_body!(op, types::UpdateOrderRequest))
            .await
            .map(json_of!()),
        "order_cancel" => client.order_cancel().uuid(uuid(op)).await.map(json_of!()),
        "order_merchant_move" => client
            .order_merchant_move()
            .body(example_body!(op, types::UpdateOrderMerchantRequest))
            .await
            .map(json_of!()),
        "order_status_update" => client
            .order_status_update()
            .uuid(uuid(op))
            .body(example_body!(op, types::UpdateOrderStatusRequest))
            .await
            .map(json_of!()),
        "agent_order_create" => client
            .agent_order_create()
            .body(example_body!(op, types::CreateAgentOrderRequest))
            .await
            .map(json_of!()),
        "shipment_create" => client
            .shipment_create()
            .body(example_body!(op, types::CreateShipmentRequest))
            .await
            .map(json_of!()),
        "shipment_list" => client.shipment_list().await.map(json_of!()),
        "refund_basket_items" => client.refund_basket_items().uuid(uuid(op)).await.map(json_of!()),
        "refund_create" => client
            .refund_create()
            .body(example_body!(op, types::CreateRefundRequest))
            .await
            .map(json_of!()),
        "correction_order_create" => client
            .correction_order_create()
            .body(example_body!(op, types::CreateOrderRequest))
            .await
            .map(json_of!()),
        "refund_list" => client.refund_list().await.map(json_of!()),
        "payment_method_validate" => client
            .payment_method_validate()
            .uuid(uuid(op))
            .body(example_body!(op, types::ValidateRequest))
            .await
            .map(json_of!()),
        "payment_method_send_code" => client
            .payment_method_send_code()
            .uuid(uuid(op))
            .body(example_body!(op, types::CodeRequest))
            .await
            .map(json_of!()),
        "payment_method_pay" => client
            .payment_method_pay()
            .uuid(uuid(op))
            .body(example_body!(op, types::PayRequest))
            .await
            .map(json_of!()),
        "counterparty_lookup" => client
            .counterparty_lookup()
            .vat_number("7810610046")
            .await
            .map(json_of!()),
        other => panic!("unknown operation {other}"),
    }
}

/// Sends the spec's request example of a basket operation with `edit` applied to it.
async fn send_basket(client: &Client, op: &str, edit: impl FnOnce(&mut Value)) -> Result<(), Error> {
    let mut body = request_example(op);
    edit(&mut body);
    match op {
        "order_create" | "correction_order_create" => {
            let b: types::CreateOrderRequest = serde_json::from_value(body).unwrap();
            if op == "order_create" {
                client.order_create().body(b).await.map(drop)
            } else {
                client.correction_order_create().body(b).await.map(drop)
            }
        }
        "agent_order_create" => {
            let b: types::CreateAgentOrderRequest = serde_json::from_value(body).unwrap();
            client.agent_order_create().body(b).await.map(drop)
        }
        "order_update" => {
            let b: types::UpdateOrderRequest = serde_json::from_value(body).unwrap();
            client.order_update().uuid(uuid(op)).body(b).await.map(drop)
        }
        "refund_create" => {
            let b: types::CreateRefundRequest = serde_json::from_value(body).unwrap();
            client.refund_create().body(b).await.map(drop)
        }
        "shipment_create" => {
            let b: types::CreateShipmentRequest = serde_json::from_value(body).unwrap();
            client.shipment_create().body(b).await.map(drop)
        }
        other => panic!("{other} has no basket"),
    }
}

/// The line of the official SDK's order mocks.
fn assert_black_edition(item: &types::BasketItemInfo) {
    assert_eq!(item.sku.as_deref(), Some("0123456789"));
    assert_eq!(item.name.as_deref(), Some("Black Edition"));
    assert_eq!(item.measure.as_deref(), Some("шт"));
    assert_eq!(item.measure_code.as_deref(), Some("796"));
    assert_eq!(d(&item.quantity), Some("1"));
    assert_eq!(d(&item.amount), Some("2790.67"));
    assert_eq!(d(&item.amount_wo_vat), Some("2790.67"));
    assert_eq!(d(&item.total_amount), Some("2790.67"));
    assert_eq!(d(&item.total_vat_amount), Some("0"));
    assert_eq!(item.vat_code, Some(VatCode::VATNONE));
    assert_eq!(item.type_, Some(BasketItemType::Commodity));
    assert_eq!(item.payment_type, Some(PaymentType::FullPrepayment));
    assert_eq!(item.gross_weight, None);
}

/// The buyer of the official SDK's order mocks.
fn assert_sdk_customer(c: &Option<types::CustomerInfo>) {
    let c = c.as_ref().expect("customer");
    assert_eq!(c.type_, Some(CustomerType::Private));
    assert_eq!(c.name.as_deref(), Some("OOO TEST"));
    assert_eq!(c.phone.as_deref(), Some("78121111111"));
    assert_eq!(c.email.as_deref(), Some("test@test.test"));
    assert_eq!(c.vat_number.as_deref(), Some("123321"));
    assert_eq!(
        c.registration_address.as_deref(),
        Some("123321, Колотушкина, 1, 1")
    );
}

/// The order creation of the docs (https://docs.invoicebox.ru/docs/merchant/order/create/), built
/// field by field, without `merchantId`.
fn reference_order(b: types::builder::CreateOrderRequest) -> types::builder::CreateOrderRequest {
    let line: types::BasketItem = types::BasketItem::builder()
        .sku("5fe0adcfa7fb4")
        .name("Бронирование номера")
        .measure("шт.")
        .measure_code("796")
        .gross_weight(Some(num("0")))
        .net_weight(Some(num("0")))
        .quantity("3")
        .amount("123.96")
        .amount_wo_vat("103.3")
        .total_amount("371.88")
        .total_vat_amount("61.98")
        .vat_code(VatCode::RUSVAT20)
        .type_(BasketItemType::Service)
        .payment_type(PaymentType::FullPrepayment)
        .try_into()
        .unwrap();
    let customer: types::Customer = types::Customer::builder()
        .type_(Some(CustomerType::Private))
        .name("Peter".to_owned())
        .phone("79001112233".to_owned())
        .email("peter@domain.com".to_owned())
        .vat_number(String::new())
        .registration_address(String::new())
        .try_into()
        .unwrap();
    let meta = types::MetaData(request_example("order_create")["metaData"].clone());
    b.merchant_order_id("m-1608560079")
        .amount("371.88")
        .success_url("https://merchant.ru/order/xxx?result=success".to_owned())
        .fail_url("https://merchant.ru/order/xxx?result=fail".to_owned())
        .return_url("https://merchant.ru/order/xxx?result=return".to_owned())
        .vat_amount("61.98")
        .basket_items(vec![line])
        .meta_data(Some(meta))
        .expiration_date("2020-12-22T00:00:00+00:00")
        .language_id(Some(LanguageId::Ru))
        .currency_id("RUB")
        .description("Оплата номера в отеле")
        .customer(customer)
}

/// The money digits of the docs' order creation example, as they must appear on the wire.
const REFERENCE_DIGITS: [&str; 8] = [
    r#""amount":371.88"#,
    r#""vatAmount":61.98"#,
    r#""amount":123.96"#,
    r#""amountWoVat":103.3"#,
    r#""totalAmount":371.88"#,
    r#""totalVatAmount":61.98"#,
    r#""quantity":3"#,
    r#""grossWeight":0"#,
];

// ------------------------------------------------------------------ the spec itself

#[test]
fn the_suite_covers_every_operation_of_the_spec() {
    let mut in_spec: Vec<(String, String, String)> = spec_operations()
        .into_iter()
        .map(|(p, m, op)| (op["operationId"].as_str().unwrap().to_owned(), m, p.to_owned()))
        .collect();
    in_spec.sort();
    let mut listed: Vec<(String, String, String)> = OPS
        .iter()
        .map(|(o, m, p)| (o.to_string(), m.to_string(), p.to_string()))
        .collect();
    listed.sort();
    assert_eq!(in_spec, listed);
    assert_eq!(in_spec.len(), 19);
}

#[test]
fn the_client_fills_table_is_the_spec_s() {
    let mut in_spec: Vec<(String, Vec<String>)> = spec_operations()
        .into_iter()
        .filter_map(|(_, _, op)| {
            let fills = op.get("x-client-fills")?.as_array()?;
            Some((
                op["operationId"].as_str().unwrap().to_owned(),
                fills.iter().map(|f| f.as_str().unwrap().to_owned()).collect(),
            ))
        })
        .collect();
    in_spec.sort();
    let table: Vec<(String, Vec<String>)> = CLIENT_FILLS
        .iter()
        .map(|(op, f)| (op.to_string(), f.iter().map(|s| s.to_string()).collect()))
        .collect();
    assert_eq!(table, in_spec);
    assert_eq!(
        table,
        [
            (
                "correction_order_create".to_owned(),
                vec!["merchantId".to_owned()]
            ),
            ("order_create".to_owned(), vec!["merchantId".to_owned()]),
        ]
    );
}

#[test]
fn base_urls_and_user_agent_are_the_documented_ones() {
    let servers = spec()["servers"].as_array().unwrap();
    assert_eq!(servers[0]["url"], BASE_URL_V3);
    assert_eq!(servers[1]["url"], BASE_URL_L3);
    assert_eq!(BASE_URL_V3, "https://api.invoicebox.ru/v3");
    assert_eq!(BASE_URL_L3, "https://api.invoicebox.ru/l3");
    assert_eq!(DEFAULT_USER_AGENT, UA);
}

// ------------------------------------------------------------------ 1. every operation on the wire

#[tokio::test]
async fn auth_check() {
    let (server, client) = serve_example("auth_check").await;
    let answer = client.auth_check().await.unwrap();
    let req = the_request(&server).await;
    assert_bodiless(&req, "GET", "/security/api/auth/auth", &[]);
    let data = &answer.data;
    assert_eq!(
        data.user_id.as_deref(),
        Some("01771533-8e75-3234-8e3d-9213ae2d7c52")
    );
    assert_eq!(data.profile, None);
    assert_eq!(data.access_token, None);
    assert_eq!(answer.extended_data, Some(json!([])));
    assert_decodes_example!("auth_check", &answer);
}

#[tokio::test]
async fn auth_check_anonymous_answer() {
    let (_server, client) = serve(json_answer(
        json!({"data": {"userId": null, "profile": null, "accessToken": null}, "extendedData": []}),
    ))
    .await;
    let answer = client.auth_check().await.unwrap();
    assert_eq!(answer.data.user_id, None);
}

#[tokio::test]
async fn order_create() {
    let (server, client) = serve_example("order_create").await;
    let answer = client
        .order_create()
        .body_map(|b| reference_order(b).merchant_id(DOCS_MERCHANT.to_owned()))
        .await
        .unwrap();
    let req = the_request(&server).await;
    // The caller's store id is kept: the body is the docs' example, digit for digit.
    let raw = assert_json(
        &req,
        "POST",
        "/billing/api/order/order",
        &request_example("order_create"),
        &REFERENCE_DIGITS,
    );
    assert_eq!(raw.matches("merchantId").count(), 1, "{raw}");
    assert!(!raw.contains(MERCHANT), "{raw}");

    let o = &answer.data;
    assert_eq!(o.id, "017f038f-c78b-736d-dc00-8bce30bd0f9f");
    assert_eq!(o.description.as_deref(), Some("Проездной билет"));
    assert_eq!(o.currency_id.as_deref(), Some("RUB"));
    assert_eq!(text(&o.shop_id), Some("333"), "shopId sent as the integer 333");
    assert_eq!(d(&o.amount), Some("2790.67"));
    assert_eq!(d(&o.vat_amount), Some("0"));
    assert_eq!(o.basket_items.len(), 1);
    assert_black_edition(&o.basket_items[0]);
    assert_eq!(
        o.order_container_id.as_deref(),
        Some("017f038f-c751-e9e7-f580-d0685b4b74d9")
    );
    assert_eq!(o.merchant_id.as_deref(), Some(MERCHANT));
    assert_eq!(o.status, OrderStatus::Created);
    assert_eq!(o.subtype.as_deref(), Some("order"));
    assert_eq!(o.processing_status.as_deref(), Some(""));
    assert_eq!(o.created_at, "2022-02-16T17:23:48+00:00");
    assert_eq!(o.merchant_order_id.as_deref(), Some("1"));
    assert_eq!(o.expiration_date.as_deref(), Some("2023-07-02T00:00:00+00:00"));
    assert_eq!(o.file_ids, Some(json!([])));
    assert_eq!(
        Some(o.payment_url.as_str()),
        Some("https://payment.dev.invbox.ru/order/017f038f-c751-e9e7-f580-d0685b4b74d9")
    );
    assert_sdk_customer(&o.customer);
    assert_eq!(o.language_id, Some(LanguageId::Ru));
    assert_eq!(o.processable, Some(true));
    assert_eq!(o.paid_at, None);
    assert_eq!(answer.extended_data, Some(json!([])));
    assert_decodes_example!("order_create", &answer);
}

#[tokio::test]
async fn order_create_from_the_typed_example_is_the_same_request() {
    // The builder above and the spec's example deserialised into the body type send the same.
    let (server, client) = serve_example("order_create").await;
    call(&client, "order_create").await.unwrap();
    let req = the_request(&server).await;
    assert_json(
        &req,
        "POST",
        "/billing/api/order/order",
        &request_example("order_create"),
        &REFERENCE_DIGITS,
    );
}

#[tokio::test]
async fn order_list() {
    let (server, client) = serve_example("order_list").await;
    let answer = client
        .order_list()
        .filter(
            QueryFilter::new()
                .ge("createdAt", "2021-01-27T00:00:00")
                .order_by("createdAt", Direction::Desc),
        )
        .id("01771534-196a-1105-839a-82422289d6d9")
        .merchant_id(MERCHANT)
        .merchant_order_id("ORD123456")
        .page(2)
        .page_size(5)
        .status(vec![OrderStatus::Created, OrderStatus::Completed])
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/filter/api/order/order",
        &[
            ("createdAt[_ge]", "2021-01-27T00:00:00"),
            ("_order[createdAt]", "desc"),
            ("id", "01771534-196a-1105-839a-82422289d6d9"),
            ("merchantId", MERCHANT),
            ("merchantOrderId", "ORD123456"),
            ("page", "2"),
            ("pageSize", "5"),
            ("status[]", "created"),
            ("status[]", "completed"),
        ],
    );

    assert_eq!(answer.data.len(), 1);
    let o = &answer.data[0];
    assert_eq!(o.id, "017f1b5a-b677-a228-2951-b3523dbbd836");
    assert_eq!(o.description.as_deref(), Some("description"));
    assert_eq!(d(&o.amount), Some("1239.6"));
    assert_eq!(d(&o.vat_amount), Some("0"));
    let line = &o.basket_items[0];
    assert_eq!(line.sku.as_deref(), Some("5fe0adcfa7fb4"));
    assert_eq!(line.name.as_deref(), Some("Бронирование номера"));
    assert_eq!(d(&line.gross_weight), Some("0"));
    assert_eq!(d(&line.net_weight), Some("0"));
    assert_eq!(d(&line.quantity), Some("1"));
    assert_eq!(d(&line.amount), Some("1239.6"));
    assert_eq!(d(&line.total_amount), Some("1239.6"));
    assert_eq!(line.vat_code, Some(VatCode::VATNONE));
    assert_eq!(line.type_, Some(BasketItemType::Service));
    assert_eq!(line.payment_type, Some(PaymentType::FullPayment));
    assert_eq!(
        o.merchant_id.as_deref(),
        Some("ffffffff-ffff-ffff-ffff-fffffffffff5")
    );
    assert_eq!(o.status, OrderStatus::Completed);
    assert_eq!(o.merchant_order_id.as_deref(), Some("5656-123"));
    assert_eq!(o.paid_at.as_deref(), Some("2022-02-21T08:17:03+00:00"));
    let c = o.customer.as_ref().unwrap();
    assert_eq!(c.type_, Some(CustomerType::Legal));
    assert_eq!(c.name.as_deref(), Some("ООО СТРИЖАП"));
    assert_eq!(c.vat_number.as_deref(), Some("7810610046"));
    assert_eq!(o.invoice_setting.as_ref().unwrap().customer_locked, Some(true));
    let meta = answer.meta_data.as_ref().unwrap();
    assert_eq!(int(&meta.total_count), Some(2));
    assert_eq!(int(&meta.page_size), Some(30));
    assert_eq!(int(&meta.page), Some(1));
    assert!(meta.extra.is_empty());
    assert_decodes_example!("order_list", &answer);
}

#[tokio::test]
async fn order_list_without_arguments_sends_no_query() {
    let (server, client) = serve_example("order_list").await;
    client.order_list().await.unwrap();
    assert_bodiless(&the_request(&server).await, "GET", "/filter/api/order/order", &[]);
}

#[tokio::test]
async fn order_list_sends_every_filter_operator_and_repeated_keys_in_order() {
    let (server, client) = serve_example("order_list").await;
    client
        .order_list()
        .filter(
            QueryFilter::new()
                .eq("status", "completed")
                .ne("status", "canceled")
                .gt("amount", "100.50")
                .ge("paidAt", "2021-01-01T00:00:00+03:00")
                .lt("paidAt", "2021-02-01T00:00:00+03:00")
                .le("expirationDate", "2021-03-01")
                .starts_with("merchantOrderId", "ORD")
                .any_of("id", ["a-1", "b-2"])
                .order_by("createdAt", Direction::Desc)
                .order_by("id", Direction::Asc)
                .eq("_page", 3)
                .eq("_pageSize", 50),
        )
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/filter/api/order/order",
        &[
            ("status", "completed"),
            ("status[_ne]", "canceled"),
            ("amount[_gt]", "100.50"),
            ("paidAt[_ge]", "2021-01-01T00:00:00+03:00"),
            ("paidAt[_lt]", "2021-02-01T00:00:00+03:00"),
            ("expirationDate[_le]", "2021-03-01"),
            ("merchantOrderId[_start]", "ORD"),
            ("id[]", "a-1"),
            ("id[]", "b-2"),
            ("_order[createdAt]", "desc"),
            ("_order[id]", "asc"),
            ("_page", "3"),
            ("_pageSize", "50"),
        ],
    );
    // The `+` of an offset must not reach PHP as a space.
    assert!(req.url.query().unwrap().contains("%2B03%3A00"), "{}", req.url);
}

#[tokio::test]
async fn order_get() {
    let (server, client) = serve_example("order_get").await;
    let answer = client
        .order_get()
        .uuid("017f2c3c-e880-4a08-abc6-7bd3117eea2d")
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/billing/api/order/order/017f2c3c-e880-4a08-abc6-7bd3117eea2d",
        &[],
    );
    let o = &answer.data;
    assert_eq!(o.id, "017f2c3c-e880-4a08-abc6-7bd3117eea2d");
    assert_eq!(o.description.as_deref(), Some("Проездной"));
    assert_eq!(d(&o.amount), Some("2790.67"));
    assert_black_edition(&o.basket_items[0]);
    assert_eq!(o.status, OrderStatus::Created);
    assert_eq!(o.created_at, "2022-02-24T14:57:43+00:00");
    assert_eq!(
        Some(o.payment_url.as_str()),
        Some("https://payment.stage.invbox.ru/order/017f2c3c-e86b-2d96-8c50-482e69210bfb")
    );
    assert_sdk_customer(&o.customer);
    assert_decodes_example!("order_get", &answer);
}

#[tokio::test]
async fn order_update() {
    let (server, client) = serve_example("order_update").await;
    let answer = client
        .order_update()
        .uuid("017f2c3c-e880-4a08-abc6-7bd3117eea2d")
        .body(example_body!("order_update", types::UpdateOrderRequest))
        .await
        .unwrap();
    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "PUT",
        "/billing/api/order/order/017f2c3c-e880-4a08-abc6-7bd3117eea2d",
        &request_example("order_update"),
        &[
            r#""amount":2790.67"#,
            r#""vatAmount":0"#,
            r#""totalAmount":2790.67"#,
            r#""totalVatAmount":0"#,
            r#""quantity":1"#,
        ],
    );
    assert!(
        !raw.contains("merchantId"),
        "order_update gets no store id: {raw}"
    );
    let o = &answer.data;
    assert_eq!(o.id, "017f2c3c-e880-4a08-abc6-7bd3117eea2d");
    assert_eq!(o.description.as_deref(), Some("Проездной"));
    assert_eq!(o.status, OrderStatus::Created);
    assert_eq!(o.expiration_date.as_deref(), Some("2023-07-02T00:00:00+00:00"));
    assert_decodes_example!("order_update", &answer);
}

#[tokio::test]
async fn order_cancel() {
    let (server, client) = serve_example("order_cancel").await;
    let answer = client
        .order_cancel()
        .uuid("c5041a79-24a6-42d1-b0ce-4abb94982cd9")
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "DELETE",
        "/billing/api/order/order/c5041a79-24a6-42d1-b0ce-4abb94982cd9",
        &[],
    );
    let o = &answer.data;
    assert_eq!(o.id, "017f3012-555e-cac6-65b8-28fcc3512273");
    assert_eq!(o.status, OrderStatus::Canceled);
    assert_eq!(d(&o.amount), Some("2790.67"));
    assert_black_edition(&o.basket_items[0]);
    assert_eq!(o.expiration_date.as_deref(), Some("2022-12-11T00:00:00+00:00"));
    assert_decodes_example!("order_cancel", &answer);
}

#[tokio::test]
async fn order_merchant_move() {
    let (server, client) = serve_example("order_merchant_move").await;
    let answer = client
        .order_merchant_move()
        .body_map(|b| {
            b.merchant_id("0302756d-9d83-60c9-0356-c228562c7581")
                .order_id("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        })
        .await
        .unwrap();
    let req = the_request(&server).await;
    // The target store is the caller's, never replaced by the configured one.
    let raw = assert_json(
        &req,
        "PUT",
        "/billing/api/order/order-merchant-move",
        &request_example("order_merchant_move"),
        &[r#""merchantId":"0302756d-9d83-60c9-0356-c228562c7581""#],
    );
    assert!(!raw.contains(MERCHANT), "{raw}");
    let o = &answer.data;
    assert_eq!(
        o.merchant_id.as_deref(),
        Some("0302756d-9d83-60c9-0356-c228562c7581")
    );
    assert_eq!(o.status, OrderStatus::Completed);
    assert_eq!(d(&o.amount), Some("2790.67"));
    assert!(o.basket_items.is_empty());
    assert_decodes_example!("order_merchant_move", &answer);
}

#[tokio::test]
async fn order_status_update() {
    let (server, client) = serve_example("order_status_update").await;
    let answer = client
        .order_status_update()
        .uuid("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        .body_map(|b| b.status(OrderStatus::Completed))
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_json(
        &req,
        "PUT",
        "/billing/api/order/017f038f-c78b-736d-dc00-8bce30bd0f9f/status",
        &request_example("order_status_update"),
        &[r#"{"status":"completed"}"#],
    );
    let o = &answer.data;
    assert_eq!(o.status, OrderStatus::Completed);
    assert_eq!(o.processable, Some(false));
    assert_eq!(o.merchant_id.as_deref(), Some(MERCHANT));
    assert_decodes_example!("order_status_update", &answer);
}

#[tokio::test]
async fn order_status_update_sends_the_double_l_spelling_as_given() {
    let (server, client) = serve_example("order_status_update").await;
    client
        .order_status_update()
        .uuid("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        .body_map(|b| b.status(OrderStatus::Cancelled))
        .await
        .unwrap();
    assert_eq!(the_request(&server).await.body, br#"{"status":"cancelled"}"#);
}

#[tokio::test]
async fn agent_order_create() {
    let (server, client) = serve_example("agent_order_create").await;
    let answer = client
        .agent_order_create()
        .body(example_body!(
            "agent_order_create",
            types::CreateAgentOrderRequest
        ))
        .await
        .unwrap();
    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "POST",
        "/adapter/api/subagent/order",
        &request_example("agent_order_create"),
        &[
            r#""amount":371.88"#,
            r#""vatAmount":61.98"#,
            r#""amountWoVat":103.3"#,
            r#""quantity":3"#,
            r#""taxRegistrationReasonCode":"780401001""#,
        ],
    );
    assert!(!raw.contains("merchantId"), "agent orders get no store id: {raw}");
    let o = &answer.data;
    assert_eq!(o.id, "017f038f-c78b-736d-dc00-8bce30bd0f9f");
    assert_eq!(o.merchant_id.as_deref(), Some(DOCS_MERCHANT));
    assert_eq!(d(&o.amount), Some("371.88"));
    assert_eq!(d(&o.vat_amount), Some("61.98"));
    assert_eq!(o.status, OrderStatus::Created);
    assert_eq!(o.merchant_order_id.as_deref(), Some("m-1608560079"));
    assert_decodes_example!("agent_order_create", &answer);
}

#[tokio::test]
async fn shipment_create() {
    let (server, client) = serve_example("shipment_create").await;
    let answer = client
        .shipment_create()
        .body(example_body!("shipment_create", types::CreateShipmentRequest))
        .await
        .unwrap();
    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "POST",
        "/billing/api/order/shipment",
        &request_example("shipment_create"),
        &[
            r#""grossWeight":1010.55"#,
            r#""netWeight":1000.66"#,
            r#""amount":123.96"#,
            r#""amountWoVat":103.3"#,
            r#""totalVatAmount":20.66"#,
        ],
    );
    assert!(!raw.contains("merchantId"), "{raw}");
    assert!(!raw.contains("final"), "an unset `final` is left out: {raw}");
    let s = &answer.data;
    assert_eq!(s.id, "2", "the integer shipment id");
    assert_eq!(
        s.order_id.as_deref(),
        Some("0187c6db-1637-c1ca-bef7-f6706799c41e")
    );
    assert_eq!(s.merchant_id, MERCHANT);
    let line = &s.basket_items[0];
    assert_eq!(line.origin_country.as_deref(), Some("Россия"));
    assert_eq!(line.origin_country_code.as_deref(), Some("643"));
    assert_eq!(d(&line.gross_weight), Some("1010.55"));
    assert_eq!(d(&line.net_weight), Some("1000.66"));
    assert_eq!(d(&line.total_vat_amount), Some("20.66"));
    assert_eq!(line.vat_code, Some(VatCode::RUSVAT20));
    assert_decodes_example!("shipment_create", &answer);
}

#[tokio::test]
async fn shipment_create_final_flag() {
    let (server, client) = serve_example("shipment_create").await;
    let mut body = example_body!("shipment_create", types::CreateShipmentRequest);
    body.final_ = Some(true);
    body.document_number = Some("15".into());
    body.document_date = Some("2023-12-12".into());
    client.shipment_create().body(body).await.unwrap();
    let mut expected = request_example("shipment_create");
    expected["final"] = json!(true);
    expected["documentNumber"] = json!("15");
    expected["documentDate"] = json!("2023-12-12");
    let req = the_request(&server).await;
    assert_json(
        &req,
        "POST",
        "/billing/api/order/shipment",
        &expected,
        &[r#""final":true"#],
    );
}

#[tokio::test]
async fn shipment_list() {
    let (server, client) = serve_example("shipment_list").await;
    let answer = client
        .shipment_list()
        .filter(QueryFilter::new().order_by("createdAt", Direction::Asc))
        .id("371723")
        .merchant_id(MERCHANT)
        .order_id("0187c6db-1637-c1ca-bef7-f6706799c41e")
        .page(1)
        .page_size(30)
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/filter/api/order/shipment",
        &[
            ("_order[createdAt]", "asc"),
            ("id", "371723"),
            ("merchantId", MERCHANT),
            ("orderId", "0187c6db-1637-c1ca-bef7-f6706799c41e"),
            ("page", "1"),
            ("pageSize", "30"),
        ],
    );
    assert_eq!(answer.data.len(), 1);
    let s = &answer.data[0];
    assert_eq!(s.id, "371723");
    assert_eq!(s.document_number.as_deref(), Some("15"));
    assert_eq!(s.document_date.as_deref(), Some("2023-12-12"));
    assert_eq!(s.status, Some(ShipmentStatus::Completed));
    assert_eq!(s.final_, Some(false));
    assert_eq!(d(&s.amount), Some("123.96"));
    assert_eq!(d(&s.vat_amount), Some("20.66"));
    assert_eq!(s.created_at.as_deref(), Some("2023-12-12T10:00:00+00:00"));
    assert_eq!(d(&s.basket_items[0].amount_wo_vat), Some("103.3"));
    assert_eq!(int(&answer.meta_data.as_ref().unwrap().total_count), Some(1));
    assert_decodes_example!("shipment_list", &answer);
}

#[tokio::test]
async fn refund_basket_items() {
    let (server, client) = serve_example("refund_basket_items").await;
    let answer = client
        .refund_basket_items()
        .uuid("01771534-196a-1105-839a-82422289d6d9")
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/billing/api/order/order/01771534-196a-1105-839a-82422289d6d9/refund-basket-item",
        &[],
    );
    assert_eq!(answer.data.len(), 1);
    assert_black_edition(&answer.data[0]);
    assert_eq!(answer.data[0].available_amount, None);
    assert_decodes_example!("refund_basket_items", &answer);
}

#[tokio::test]
async fn refund_basket_items_with_the_mcp_available_amounts() {
    let (_server, client) = serve(json_answer(json!({
        "data": [{"sku": "0123456789", "availableAmount": 1000.5, "availableVatAmount": "166.75"}]
    })))
    .await;
    let answer = client.refund_basket_items().uuid("x").await.unwrap();
    assert_eq!(d(&answer.data[0].available_amount), Some("1000.5"));
    assert_eq!(d(&answer.data[0].available_vat_amount), Some("166.75"));
}

#[tokio::test]
async fn refund_create() {
    let (server, client) = serve_example("refund_create").await;
    let answer = client
        .refund_create()
        .body(example_body!("refund_create", types::CreateRefundRequest))
        .await
        .unwrap();
    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "POST",
        "/billing/api/order/refund-order",
        &request_example("refund_create"),
        &[
            r#""amount":2790.67"#,
            r#""vatAmount":0"#,
            r#""totalAmount":2790.67"#,
        ],
    );
    assert!(!raw.contains("merchantId"), "refunds get no store id: {raw}");
    let r = &answer.data;
    assert_eq!(r.id, "017f038f-c78b-736d-dc00-8bce30bd0f9f");
    assert_eq!(
        Some(r.parent_id.as_str()),
        Some("01771534-196a-1105-839a-82422289d6d9")
    );
    assert_eq!(r.merchant_order_id, "1");
    assert_eq!(r.merchant_id, MERCHANT);
    assert_eq!(r.amount.as_str(), "2790.67");
    assert_eq!(r.vat_amount.as_str(), "0");
    assert_eq!(r.currency_id, "RUB");
    assert_black_edition(&r.basket_items[0]);
    assert_eq!(r.created_at, "2022-02-16T17:23:48+00:00");
    assert_eq!(r.status, RefundStatus::Created);
    assert_decodes_example!("refund_create", &answer);
}

#[tokio::test]
async fn refund_create_as_a_draft() {
    let (server, client) = serve_example("refund_create").await;
    let mut body = example_body!("refund_create", types::CreateRefundRequest);
    body.status = Some(RefundStatus::Draft);
    client.refund_create().body(body).await.unwrap();
    let mut expected = request_example("refund_create");
    expected["status"] = json!("draft");
    let req = the_request(&server).await;
    assert_json(&req, "POST", "/billing/api/order/refund-order", &expected, &[]);
}

#[tokio::test]
async fn correction_order_create() {
    let (server, client) = serve_example("correction_order_create").await;
    let answer = client
        .correction_order_create()
        .body(example_body!(
            "correction_order_create",
            types::CreateOrderRequest
        ))
        .await
        .unwrap();
    let req = the_request(&server).await;
    // The docs' example has no store id: the client fills in the configured one.
    let example = request_example("correction_order_create");
    assert!(example.get("merchantId").is_none());
    let mut expected = example;
    expected["merchantId"] = json!(MERCHANT);
    let raw = assert_json(
        &req,
        "POST",
        "/billing/api/order/correction-order",
        &expected,
        &[
            r#""amount":300"#,
            r#""vatAmount":50"#,
            r#""amountWoVat":250"#,
            r#""totalVatAmount":50"#,
            &format!(r#""merchantId":"{MERCHANT}""#),
        ],
    );
    assert_eq!(raw.matches("merchantId").count(), 1, "{raw}");
    let o = &answer.data;
    assert_eq!(o.id, "01800a41-2c1f-7a8e-9a3b-1f0e3c5d7b91");
    assert_eq!(
        o.parent_id.as_deref(),
        Some("017f038f-c78b-736d-dc00-8bce30bd0f9f")
    );
    assert_eq!(d(&o.amount), Some("300"));
    assert_eq!(d(&o.vat_amount), Some("50"));
    assert_eq!(o.merchant_order_id.as_deref(), Some("corr-1608560079"));
    assert_eq!(o.status, OrderStatus::Created);
    assert_decodes_example!("correction_order_create", &answer);
}

#[tokio::test]
async fn refund_list() {
    let (server, client) = serve_example("refund_list").await;
    let answer = client
        .refund_list()
        .filter(
            QueryFilter::new()
                .ne("status", "draft")
                .order_by("createdAt", Direction::Desc),
        )
        .id("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        .merchant_id(MERCHANT)
        .merchant_order_id("1")
        .page(1)
        .page_size(30)
        .parent_id("01771534-196a-1105-839a-82422289d6d9")
        .status(vec![RefundStatus::Created, RefundStatus::Completed])
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/filter/api/order/refund-order",
        &[
            ("status[_ne]", "draft"),
            ("_order[createdAt]", "desc"),
            ("id", "017f038f-c78b-736d-dc00-8bce30bd0f9f"),
            ("merchantId", MERCHANT),
            ("merchantOrderId", "1"),
            ("page", "1"),
            ("pageSize", "30"),
            ("parentId", "01771534-196a-1105-839a-82422289d6d9"),
            ("status[]", "created"),
            ("status[]", "completed"),
        ],
    );
    let r = &answer.data[0];
    assert_eq!(r.id, "017f038f-c78b-736d-dc00-8bce30bd0f9f");
    assert_eq!(r.status, RefundStatus::Completed);
    assert_eq!(r.amount.as_str(), "2790.67");
    assert_black_edition(&r.basket_items[0]);
    let meta = answer.meta_data.as_ref().unwrap();
    assert_eq!(int(&meta.total_count), Some(1));
    assert_eq!(int(&meta.page_size), Some(30));
    assert_eq!(int(&meta.page), Some(1));
    assert_decodes_example!("refund_list", &answer);
}

/// The buyer of the payment-confirmation examples.
fn confirmation_customer() -> types::Customer {
    types::Customer::builder()
        .name("ООО Компания".to_owned())
        .email("email@gmail.com".to_owned())
        .type_(Some(CustomerType::Legal))
        .phone("79611234567".to_owned())
        .vat_number("1233123".to_owned())
        .registration_address("123123123".to_owned())
        .try_into()
        .unwrap()
}

#[tokio::test]
async fn payment_method_validate() {
    let (server, client) = serve_example("payment_method_validate").await;
    let answer = client
        .payment_method_validate()
        .uuid("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        .body_map(|b| {
            b.payment_method_id("39363265")
                .language_id(Some(LanguageId::Ru))
                .customer(confirmation_customer())
        })
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_json(
        &req,
        "POST",
        "/billing/api/order/017f038f-c78b-736d-dc00-8bce30bd0f9f/payment-method-action/validate",
        &request_example("payment_method_validate"),
        &[r#""paymentMethodId":"39363265""#],
    );
    let a = &answer.data;
    assert_eq!(a.type_.as_deref(), Some("none"));
    assert_eq!(a.result, "available");
    assert_eq!(a.result_note, None);
    assert_eq!(
        a.result_data,
        Some(json!({"url": "", "method": "POST", "arguments": []}))
    );
    assert_decodes_example!("payment_method_validate", &answer);
}

#[tokio::test]
async fn payment_method_send_code() {
    let (server, client) = serve_example("payment_method_send_code").await;
    let answer = client
        .payment_method_send_code()
        .uuid("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        .body(example_body!("payment_method_send_code", types::CodeRequest))
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_json(
        &req,
        "POST",
        "/billing/api/order/017f038f-c78b-736d-dc00-8bce30bd0f9f/payment-method-action/send-code",
        &request_example("payment_method_send_code"),
        &[],
    );
    let a = &answer.data;
    assert_eq!(a.result, "success");
    let data = a.result_data.as_ref().unwrap();
    assert_eq!(data["publicCode"], "aaaaaaa123");
    assert_eq!(data["leftAttempt"], 5);
    assert_decodes_example!("payment_method_send_code", &answer);
}

#[tokio::test]
async fn payment_method_pay() {
    let (server, client) = serve_example("payment_method_pay").await;
    let answer = client
        .payment_method_pay()
        .uuid("017f038f-c78b-736d-dc00-8bce30bd0f9f")
        .body_map(|b| {
            b.payment_method_id("39363265")
                .language_id(Some(LanguageId::Ru))
                .customer(confirmation_customer())
                .customer_payment_data(types::CustomerPaymentData {
                    public_code: "string".into(),
                    code: "string".into(),
                })
        })
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_json(
        &req,
        "POST",
        "/billing/api/order/017f038f-c78b-736d-dc00-8bce30bd0f9f/payment-method-action/pay",
        &request_example("payment_method_pay"),
        &[],
    );
    let a = &answer.data;
    assert_eq!(a.type_.as_deref(), Some("none"));
    assert_eq!(a.result, "success");
    assert_eq!(a.result_data, Some(json!({})));
    assert_eq!(answer.extended_data, None);
    assert_decodes_example!("payment_method_pay", &answer);
}

#[tokio::test]
async fn payment_method_id_given_as_a_number_is_sent_as_text() {
    let (server, client) = serve_example("payment_method_validate").await;
    let mut body = request_example("payment_method_validate");
    body["paymentMethodId"] = json!(123);
    let typed: types::ValidateRequest = serde_json::from_value(body).unwrap();
    assert_eq!(typed.payment_method_id, "123");
    client
        .payment_method_validate()
        .uuid("o")
        .body(typed)
        .await
        .unwrap();
    let raw = String::from_utf8(the_request(&server).await.body).unwrap();
    assert!(raw.contains(r#""paymentMethodId":"123""#), "{raw}");
}

#[tokio::test]
async fn counterparty_lookup() {
    let (server, client) = serve_example("counterparty_lookup").await;
    let answer = client
        .counterparty_lookup()
        .vat_number("7810610046")
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/filter/api/counterparty-detail",
        &[("vatNumber", "7810610046")],
    );
    assert_eq!(answer.data.len(), 1);
    let c = &answer.data[0];
    assert_eq!(c.id, "0186a0c2-3b1e-7f4d-9c2a-5e6f7a8b9c0d");
    assert_eq!(c.vat_number, "7810610046");
    assert_eq!(c.tax_registration_reason_code.as_deref(), Some("781001001"));
    assert_eq!(c.name.as_deref(), Some("ООО СТРИЖАП"));
    assert_eq!(
        c.name_full.as_deref(),
        Some("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ СТРИЖАП")
    );
    assert_eq!(c.registration_number.as_deref(), Some("1157847000000"));
    assert_eq!(c.registration_date.as_deref(), Some("2015-01-15T00:00:00+00:00"));
    assert_eq!(c.post_address_zip.as_deref(), Some("196084"));
    assert_eq!(answer.meta_data, None);
    assert_decodes_example!("counterparty_lookup", &answer);
}

#[tokio::test]
async fn counterparty_lookup_requires_the_vat_number() {
    let (server, client) = serve_example("counterparty_lookup").await;
    let err = client.counterparty_lookup().await.unwrap_err();
    let (operation, message) = invalid_request(&err);
    assert_eq!(operation, "counterparty_lookup");
    assert!(message.contains("vat_number"), "{message}");
    nothing_sent(&server).await;
}

#[tokio::test]
async fn every_operation_is_sent_once_to_its_path_with_the_token() {
    // One sweep over the table, with the spec's examples as arguments.
    for (op, m, _) in OPS {
        let (server, client) = serve_example(op).await;
        call(&client, op).await.unwrap_or_else(|e| panic!("{op}: {e}"));
        let req = the_request(&server).await;
        assert_eq!(req.method.as_str(), m, "{op}");
        assert_eq!(req.url.path(), wire_path(op), "{op}");
        assert_headers(&req);
        let has_body = spec_operation(op).get("requestBody").is_some();
        assert_eq!(!req.body.is_empty(), has_body, "{op}");
        let content_types = header_values(&req, "content-type");
        if has_body {
            assert_eq!(content_types, ["application/json"], "{op}");
        } else {
            assert!(content_types.is_empty(), "{op}");
        }
    }
}

#[tokio::test]
async fn a_custom_user_agent_replaces_the_default() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(json_answer(response_example("auth_check")))
        .mount(&server)
        .await;
    let client = Client::with_user_agent(&server.uri(), creds(), "MyApp 1.0").unwrap();
    client.auth_check().await.unwrap();
    let req = the_request(&server).await;
    assert_eq!(header_values(&req, "user-agent"), ["MyApp 1.0"]);
    assert_eq!(header_values(&req, "authorization"), [format!("Bearer {TOKEN}")]);
}

#[tokio::test]
async fn a_trailing_slash_on_the_base_url_is_ignored() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(json_answer(response_example("auth_check")))
        .mount(&server)
        .await;
    let client = Client::with_credentials(&format!("{}/", server.uri()), creds()).unwrap();
    client.auth_check().await.unwrap();
    assert_eq!(the_request(&server).await.url.path(), "/security/api/auth/auth");
}

#[tokio::test]
async fn the_version_prefix_belongs_to_the_base_url() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(json_answer(response_example("order_get")))
        .mount(&server)
        .await;
    for prefix in ["/v3", "/l3"] {
        let client = Client::with_credentials(&format!("{}{prefix}", server.uri()), creds()).unwrap();
        client.order_get().uuid("abc").await.unwrap();
    }
    let paths: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/v3/billing/api/order/order/abc",
            "/l3/billing/api/order/order/abc"
        ]
    );
}

#[test]
fn credentials_are_checked() {
    use payspec::CredentialsError;
    use payspec_invoicebox::Credentials;
    assert_eq!(
        Credentials::new(TOKEN, " ").unwrap_err(),
        CredentialsError::Empty("merchant_id")
    );
    assert_eq!(
        Credentials::new("", MERCHANT).unwrap_err(),
        CredentialsError::Empty("token")
    );
    assert_eq!(
        Credentials::new("tok\nen", MERCHANT).unwrap_err(),
        CredentialsError::NotHeaderSafe("token")
    );
    assert_eq!(creds().merchant_id(), MERCHANT);
}

// ------------------------------------------------------------------ 2. the store id

#[tokio::test]
async fn the_store_id_is_filled_into_an_order_built_without_it() {
    let (server, client) = serve_example("order_create").await;
    client.order_create().body_map(reference_order).await.unwrap();
    let req = the_request(&server).await;
    let mut expected = request_example("order_create");
    expected["merchantId"] = json!(MERCHANT);
    let raw = assert_json(
        &req,
        "POST",
        "/billing/api/order/order",
        &expected,
        &REFERENCE_DIGITS,
    );
    assert_eq!(raw.matches("merchantId").count(), 1, "{raw}");
    assert!(raw.contains(&format!(r#""merchantId":"{MERCHANT}""#)), "{raw}");
}

#[tokio::test]
async fn the_callers_store_id_is_kept_on_a_correction_order() {
    let (server, client) = serve_example("correction_order_create").await;
    let mut body = example_body!("correction_order_create", types::CreateOrderRequest);
    body.merchant_id = Some(DOCS_MERCHANT.into());
    client.correction_order_create().body(body).await.unwrap();
    let mut expected = request_example("correction_order_create");
    expected["merchantId"] = json!(DOCS_MERCHANT);
    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "POST",
        "/billing/api/order/correction-order",
        &expected,
        &[r#""amount":300"#],
    );
    assert_eq!(raw.matches("merchantId").count(), 1, "{raw}");
    assert!(!raw.contains(MERCHANT), "{raw}");
}

#[tokio::test]
async fn the_store_id_goes_nowhere_else() {
    for (op, _, _) in OPS {
        if CLIENT_FILLS.iter().any(|(o, _)| *o == op) {
            continue;
        }
        let (server, client) = serve_example(op).await;
        call(&client, op).await.unwrap_or_else(|e| panic!("{op}: {e}"));
        let req = the_request(&server).await;
        let raw = String::from_utf8(req.body.clone()).unwrap();
        assert!(!raw.contains(MERCHANT), "{op}: {raw}");
        assert!(!req.url.as_str().contains(MERCHANT), "{op}: {}", req.url);
        if op == "order_merchant_move" {
            // The target store of a move is the caller's.
            assert_eq!(raw.matches("merchantId").count(), 1, "{raw}");
        } else {
            assert!(!raw.contains("merchantId"), "{op}: {raw}");
        }
    }
}

// ------------------------------------------------------------------ 3. basket checks

/// Sets line 0 of `body` to `quantity × amount = total`, the order totals to `total`, and the
/// rounding policy (none: no `orderSetting`).
fn one_line(body: &mut Value, quantity: &str, amount: &str, total: &str, policy: Option<&str>) {
    let line = &mut body["basketItems"][0];
    line["quantity"] = json!(quantity);
    line["amount"] = json!(amount);
    line["totalAmount"] = json!(total);
    if body.get("amount").is_some() {
        body["amount"] = json!(total);
    }
    match policy {
        Some(p) => body["orderSetting"] = json!({"roundPolicy": p}),
        None => {
            if let Some(map) = body.as_object_mut() {
                map.remove("orderSetting");
            }
        }
    }
}

/// Sends the reference order with one line `quantity × amount = total` under `policy`; `Ok`
/// when the request went out, the message of the `InvalidRequest` otherwise (then nothing was
/// sent).
async fn check_line(
    quantity: &str,
    amount: &str,
    total: &str,
    policy: Option<&str>,
) -> Result<String, String> {
    let (server, client) = serve_example("order_create").await;
    let result = send_basket(&client, "order_create", |b| {
        one_line(b, quantity, amount, total, policy)
    })
    .await;
    match result {
        Ok(()) => {
            let req = the_request(&server).await;
            let raw = String::from_utf8(req.body).unwrap();
            Ok(raw)
        }
        Err(err) => {
            let (operation, message) = invalid_request(&err);
            assert_eq!(operation, "order_create");
            nothing_sent(&server).await;
            Err(message.to_owned())
        }
    }
}

#[tokio::test]
async fn every_consistent_example_basket_passes() {
    for &op in BASKET_OPS.iter() {
        let (server, client) = serve_example(op).await;
        send_basket(&client, op, |_| {})
            .await
            .unwrap_or_else(|e| panic!("{op}: {e}"));
        assert_eq!(requests(&server).await.len(), 1, "{op}");
    }
}

#[tokio::test]
async fn a_wrong_line_total_is_refused_before_sending_in_every_basket_operation() {
    for &op in BASKET_OPS.iter() {
        let (server, client) = serve_example(op).await;
        let err = send_basket(&client, op, |b| {
            let line = &mut b["basketItems"][0];
            let wrong = format!("{}1", line["totalAmount"].as_f64().unwrap());
            line["totalAmount"] = json!(wrong);
        })
        .await
        .unwrap_err();
        let (operation, message) = invalid_request(&err);
        assert_eq!(operation, op);
        assert!(
            message.starts_with("basketItems[0].totalAmount is "),
            "{op}: {message}"
        );
        nothing_sent(&server).await;
    }
}

#[tokio::test]
async fn the_reference_line_total_message() {
    let message = check_line("3", "123.96", "371.87", None).await.unwrap_err();
    assert_eq!(
        message,
        "basketItems[0].totalAmount is 371.87, but quantity × amount = 3 × 123.96 = 371.88"
    );
}

#[tokio::test]
async fn the_second_line_is_named_by_its_index() {
    let (server, client) = serve_example("order_create").await;
    let err = send_basket(&client, "order_create", |b| {
        let mut second = b["basketItems"][0].clone();
        second["quantity"] = json!(2);
        second["totalAmount"] = json!("247.91");
        b["basketItems"].as_array_mut().unwrap().push(second);
        b["amount"] = json!("619.79");
        b["vatAmount"] = json!("123.96");
    })
    .await
    .unwrap_err();
    let (_, message) = invalid_request(&err);
    assert_eq!(
        message,
        "basketItems[1].totalAmount is 247.91, but quantity × amount = 2 × 123.96 = 247.92"
    );
    nothing_sent(&server).await;
}

#[tokio::test]
async fn a_wrong_order_amount_is_refused_before_sending() {
    for &op in BASKET_OPS.iter() {
        if request_example(op).get("amount").is_none() {
            continue; // shipments carry no order total
        }
        let (server, client) = serve_example(op).await;
        let err = send_basket(&client, op, |b| {
            let amount = b["amount"].as_f64().unwrap();
            b["amount"] = json!(format!("{:.2}", amount + 0.01));
        })
        .await
        .unwrap_err();
        let (operation, message) = invalid_request(&err);
        assert_eq!(operation, op);
        assert!(message.starts_with("amount is "), "{op}: {message}");
        nothing_sent(&server).await;
    }
    let (server, client) = serve_example("order_create").await;
    let err = send_basket(&client, "order_create", |b| b["amount"] = json!("371.89"))
        .await
        .unwrap_err();
    assert_eq!(
        invalid_request(&err).1,
        "amount is 371.89, but the basket's totalAmount add up to 371.88"
    );
    nothing_sent(&server).await;
}

#[tokio::test]
async fn a_wrong_vat_amount_is_refused_before_sending() {
    for &op in BASKET_OPS.iter() {
        if request_example(op).get("vatAmount").is_none() {
            continue;
        }
        let (server, client) = serve_example(op).await;
        let err = send_basket(&client, op, |b| {
            let vat = b["vatAmount"].as_f64().unwrap();
            b["vatAmount"] = json!(format!("{:.2}", vat + 1.0));
        })
        .await
        .unwrap_err();
        let (operation, message) = invalid_request(&err);
        assert_eq!(operation, op);
        assert!(message.starts_with("vatAmount is "), "{op}: {message}");
        nothing_sent(&server).await;
    }
    let (server, client) = serve_example("order_create").await;
    let err = send_basket(&client, "order_create", |b| b["vatAmount"] = json!("61.97"))
        .await
        .unwrap_err();
    assert_eq!(
        invalid_request(&err).1,
        "vatAmount is 61.97, but the basket's totalVatAmount add up to 61.98"
    );
    nothing_sent(&server).await;
}

#[tokio::test]
async fn totals_are_compared_by_value_not_by_text() {
    // 371.880 is 371.88; the digits go out as given.
    let raw = check_line("3.0", "123.960", "371.880", Some("strict"))
        .await
        .unwrap();
    assert!(raw.contains(r#""totalAmount":371.880"#), "{raw}");
    assert!(raw.contains(r#""quantity":3.0"#), "{raw}");
}

#[tokio::test]
async fn strict_policy_wants_the_exact_product() {
    // 3 × 33.333 = 99.999
    assert!(check_line("3", "33.333", "99.999", Some("strict")).await.is_ok());
    assert_eq!(
        check_line("3", "33.333", "100", Some("strict"))
            .await
            .unwrap_err(),
        "basketItems[0].totalAmount is 100, but quantity × amount = 3 × 33.333 = 99.999 (roundPolicy strict)"
    );
    let err = check_line("3", "33.333", "99.99", Some("strict"))
        .await
        .unwrap_err();
    assert!(err.starts_with("basketItems[0].totalAmount is 99.99,"), "{err}");
}

#[tokio::test]
async fn none_policy_accepts_a_total_at_least_the_product() {
    assert!(check_line("3", "33.333", "99.999", Some("none")).await.is_ok());
    assert!(check_line("3", "33.333", "100", Some("none")).await.is_ok());
    assert!(check_line("3", "33.333", "100.01", Some("none")).await.is_ok());
    assert_eq!(
        check_line("3", "33.333", "99.99", Some("none"))
            .await
            .unwrap_err(),
        "basketItems[0].totalAmount is 99.99, but quantity × amount = 3 × 33.333 = 99.999 (roundPolicy none)"
    );
}

#[tokio::test]
async fn rounding_policies_round_to_cents() {
    // 3 × 33.333 = 99.999: floor 99.99, every other rule 100.00.
    for (policy, ok, wrong) in [
        ("floor", "99.99", "100"),
        ("ceil", "100", "99.99"),
        ("halfUp", "100", "99.99"),
        ("halfDown", "100.00", "99.99"),
    ] {
        assert!(
            check_line("3", "33.333", ok, Some(policy)).await.is_ok(),
            "{policy} {ok}"
        );
        let err = check_line("3", "33.333", wrong, Some(policy)).await.unwrap_err();
        assert!(err.ends_with(&format!("(roundPolicy {policy})")), "{err}");
        assert!(
            check_line("3", "33.333", "99.999", Some(policy)).await.is_err(),
            "{policy}"
        );
    }
    // 5 × 0.025 = 0.125: the half cent decides between halfUp and halfDown.
    for (policy, ok, wrong) in [
        ("halfUp", "0.13", "0.12"),
        ("halfDown", "0.12", "0.13"),
        ("floor", "0.12", "0.13"),
        ("ceil", "0.13", "0.12"),
    ] {
        assert!(
            check_line("5", "0.025", ok, Some(policy)).await.is_ok(),
            "{policy} {ok}"
        );
        assert!(
            check_line("5", "0.025", wrong, Some(policy)).await.is_err(),
            "{policy} {wrong}"
        );
    }
    // Fractional quantities: 1.5 × 99.99 = 149.985.
    assert!(check_line("1.5", "99.99", "149.99", Some("halfUp")).await.is_ok());
    assert!(
        check_line("1.5", "99.99", "149.98", Some("halfDown"))
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn without_a_policy_the_product_may_be_rounded_either_way_to_cents() {
    // The client's choice for the docs' two conflicting defaults (strict / none): floor or
    // ceil to cents.
    assert!(check_line("3", "33.333", "99.99", None).await.is_ok());
    assert!(check_line("3", "33.333", "100", None).await.is_ok());
    assert!(check_line("3", "123.96", "371.88", None).await.is_ok());
    assert_eq!(
        check_line("3", "33.333", "100.01", None).await.unwrap_err(),
        "basketItems[0].totalAmount is 100.01, but quantity × amount = 3 × 33.333 = 99.999"
    );
    assert!(check_line("3", "33.333", "99.98", None).await.is_err());
    // An unknown policy is treated like none given.
    assert!(check_line("3", "33.333", "99.99", Some("banker")).await.is_ok());
}

#[tokio::test]
async fn an_empty_basket_must_total_zero() {
    let (server, client) = serve_example("order_create").await;
    let err = send_basket(&client, "order_create", |b| b["basketItems"] = json!([]))
        .await
        .unwrap_err();
    assert_eq!(
        invalid_request(&err).1,
        "amount is 371.88, but the basket's totalAmount add up to 0"
    );
    nothing_sent(&server).await;
}

#[tokio::test]
async fn the_basket_check_is_exact_beyond_float_precision() {
    let err = check_line("1.00000000000000001", "100", "100", Some("strict"))
        .await
        .unwrap_err();
    assert!(err.starts_with("basketItems[0].totalAmount is 100,"), "{err}");
    let err = check_line("1", "100.000000000000001", "100", Some("none"))
        .await
        .unwrap_err();
    assert!(err.starts_with("basketItems[0].totalAmount is 100,"), "{err}");
}

#[tokio::test]
async fn order_update_without_a_basket_is_not_checked() {
    let (server, client) = serve_example("order_update").await;
    client
        .order_update()
        .uuid("u")
        .body_map(|b| b.description("Новое описание".to_owned()))
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_json(
        &req,
        "PUT",
        "/billing/api/order/order/u",
        &json!({"description": "Новое описание"}),
        &[],
    );
}

#[tokio::test]
async fn a_body_missing_required_fields_is_refused_before_sending() {
    let (server, client) = serve_example("order_create").await;
    let err = client.order_create().await.unwrap_err();
    let (operation, message) = invalid_request(&err);
    assert_eq!(operation, "order_create");
    assert!(message.contains("amount"), "{message}");
    nothing_sent(&server).await;
}

// ------------------------------------------------------------------ 4. tolerant decoding

/// An `order_get` answer: `order` with the members every order carries (`id`, `status`,
/// `paymentUrl`, `createdAt`, required by the spec) added where it has none.
fn order_answer(mut order: Value) -> ResponseTemplate {
    for (key, value) in [
        ("id", "1"),
        ("status", "created"),
        ("paymentUrl", "https://pay.invoicebox.ru/order/1"),
        ("createdAt", "2022-02-16T17:23:48+00:00"),
    ] {
        order
            .as_object_mut()
            .unwrap()
            .entry(key)
            .or_insert(Value::from(value));
    }
    json_answer(json!({"data": order, "extendedData": []}))
}

#[tokio::test]
async fn open_enums_keep_known_and_unknown_values() {
    for (status, expected) in [
        ("hold", OrderStatus::Hold),
        ("draft", OrderStatus::Draft),
        ("success", OrderStatus::Success),
        ("cancelled", OrderStatus::Cancelled),
        ("expired", OrderStatus::Expired),
        ("processing", OrderStatus::Processing),
        ("processing-error", OrderStatus::ProcessingError),
        ("mystery", OrderStatus::Other("mystery".into())),
    ] {
        let (_server, client) = serve(order_answer(json!({"id": "1", "status": status}))).await;
        let o = client.order_get().uuid("1").await.unwrap().data;
        assert_eq!(o.status, expected.clone(), "{status}");
        assert_eq!(o.status.as_str(), status);
    }

    let (_server, client) = serve(order_answer(json!({
        "languageId": "RU",
        "customer": {"type": "foreign"},
        "orderSetting": {"roundPolicy": "banker"},
        "basketItems": [{"vatCode": "RUS_VAT110", "type": 4, "paymentType": "credit"},
                        {"vatCode": "RUS_VAT22_ADDED", "type": "commodity", "paymentType": "advance"}]
    })))
    .await;
    let o = client.order_get().uuid("1").await.unwrap().data;
    assert_eq!(o.language_id, Some(LanguageId::Other("RU".into())));
    assert_eq!(
        o.customer.unwrap().type_,
        Some(CustomerType::Other("foreign".into()))
    );
    assert_eq!(
        o.order_setting.unwrap().round_policy,
        Some(RoundPolicy::Other("banker".into()))
    );
    assert_eq!(
        o.basket_items[0].vat_code,
        Some(VatCode::Other("RUS_VAT110".into()))
    );
    assert_eq!(o.basket_items[0].type_, Some(BasketItemType::Other("4".into())));
    assert_eq!(
        o.basket_items[0].payment_type,
        Some(PaymentType::Other("credit".into()))
    );
    assert_eq!(o.basket_items[1].vat_code, Some(VatCode::RUSVAT22ADDED));
    assert_eq!(o.basket_items[1].payment_type, Some(PaymentType::Advance));

    // A refund carries every member (the spec requires them all); only the status differs.
    let refund = |status: &str| {
        json!({
            "id": "017f038f-c78b-736d-dc00-8bce30bd0f9f", "parentId": "1", "description": "r",
            "merchantOrderId": "r-1", "merchantId": MERCHANT, "amount": 1, "vatAmount": 0,
            "currencyId": "RUB", "basketItems": [], "createdAt": "2022-02-16T17:23:48+00:00",
            "status": status
        })
    };
    let (_server, client) = serve(json_answer(json!({
        "data": [refund("refunding"), refund("draft")], "metaData": {"totalCount": 2}
    })))
    .await;
    let refunds = client.refund_list().await.unwrap();
    assert_eq!(refunds.data[0].status, RefundStatus::Other("refunding".into()));
    assert_eq!(refunds.data[1].status, RefundStatus::Draft);

    let (_server, client) = serve(json_answer(json!({
        "data": [{"id": 7, "merchantId": MERCHANT, "status": "pending"},
                 {"id": "8", "merchantId": MERCHANT, "status": "lost"}]
    })))
    .await;
    let shipments = client.shipment_list().await.unwrap();
    assert_eq!(shipments.data[0].status, Some(ShipmentStatus::Pending));
    assert_eq!(
        shipments.data[1].status,
        Some(ShipmentStatus::Other("lost".into()))
    );
    assert_eq!(shipments.data[0].id, "7");
    assert_eq!(shipments.data[1].id, "8");
}

#[tokio::test]
async fn unknown_enum_values_go_out_as_given() {
    let (server, client) = serve_example("order_create").await;
    send_basket(&client, "order_create", |b| {
        b["basketItems"][0]["type"] = json!(4);
        b["basketItems"][0]["vatCode"] = json!("RUS_VAT22");
        b["orderSetting"] = json!({"roundPolicy": "halfUp"});
    })
    .await
    .unwrap();
    let raw = String::from_utf8(the_request(&server).await.body).unwrap();
    assert!(raw.contains(r#""type":"4""#), "{raw}");
    assert!(raw.contains(r#""vatCode":"RUS_VAT22""#), "{raw}");
    assert!(
        raw.contains(r#""orderSetting":{"roundPolicy":"halfUp"}"#),
        "{raw}"
    );
}

#[tokio::test]
async fn php_empty_collections_and_nulls_decode() {
    let (_server, client) = serve(order_answer(json!({
        "id": "1",
        "metaData": [],
        "fileIds": {},
        "paidAt": null,
        "processingStatus": "",
        "basketItems": [{"sku": "a", "metaData": []}],
        "invoiceSetting": {"customerLockedFields": ["name", "phone"], "paymentMethodId": 123}
    })))
    .await;
    let answer = client.order_get().uuid("1").await.unwrap();
    let o = answer.data;
    assert_eq!(o.meta_data, Some(types::MetaData(json!([]))));
    assert_eq!(o.file_ids, Some(json!({})));
    assert_eq!(o.paid_at, None);
    assert_eq!(o.basket_items[0].meta_data, Some(types::MetaData(json!([]))));
    let setting = o.invoice_setting.unwrap();
    assert_eq!(setting.customer_locked_fields, ["name", "phone"]);
    assert_eq!(text(&setting.payment_method_id), Some("123"));
}

#[tokio::test]
async fn amounts_sent_as_strings_or_numbers_decode_exactly() {
    let (_server, client) = serve(order_answer(json!({
        "amount": "2790.67",
        "vatAmount": "1205,98",
        "shopId": 333,
        "basketItems": [{"quantity": "1.5", "amount": 100.10, "totalAmount": "150.15",
                         "totalVatAmount": 0, "grossWeight": "0.250"}]
    })))
    .await;
    let o = client.order_get().uuid("1").await.unwrap().data;
    assert_eq!(d(&o.amount), Some("2790.67"));
    assert_eq!(d(&o.vat_amount), Some("1205.98"));
    assert_eq!(o.amount.as_ref().unwrap().minor_units(2), Some(279067));
    assert_eq!(text(&o.shop_id), Some("333"));
    let line = &o.basket_items[0];
    assert_eq!(d(&line.quantity), Some("1.5"));
    assert_eq!(d(&line.amount), Some("100.1"));
    assert_eq!(d(&line.total_amount), Some("150.15"));
    assert_eq!(d(&line.total_vat_amount), Some("0"));
    assert_eq!(d(&line.gross_weight), Some("0.250"));

    // A string shopId (a UUID, per the docs) decodes the same way.
    let (_server, client) = serve(order_answer(
        json!({"shopId": "0188d934-85f8-f872-2ac6-ad202d71b985"}),
    ))
    .await;
    let o = client.order_get().uuid("1").await.unwrap().data;
    assert_eq!(text(&o.shop_id), Some("0188d934-85f8-f872-2ac6-ad202d71b985"));
}

#[tokio::test]
async fn a_sparse_or_extended_order_decodes() {
    // Only the members every order carries, and one the spec does not name.
    let sparse = json!({"data": {
        "id": "1",
        "status": "created",
        "paymentUrl": "https://pay.invoicebox.ru/order/1",
        "createdAt": "2022-02-16T17:23:48+00:00",
        "newField": {"x": 1}
    }});
    let (_server, client) = serve(json_answer(sparse)).await;
    let answer = client.order_get().uuid("1").await.unwrap();
    assert_eq!(answer.data.id, "1");
    assert_eq!(answer.data.extra["newField"], json!({"x": 1}));
    assert_eq!(answer.extended_data, None);

    let (_server, client) = serve(json_answer(json!({"data": []}))).await;
    let list = client.order_list().await.unwrap();
    assert!(list.data.is_empty());
    assert_eq!(list.meta_data, None);
}

#[tokio::test]
async fn either_paging_spelling_decodes() {
    let (_server, client) = serve(json_answer(json!({
        "data": [], "metaData": {"totalCount": "12", "_pageSize": 5, "_page": "2"}, "extendedData": []
    })))
    .await;
    let meta = client.order_list().await.unwrap().meta_data.unwrap();
    assert_eq!(int(&meta.total_count), Some(12));
    assert_eq!(int(&meta.page), None);
    assert_eq!(int(&meta.page_size), None);
    assert_eq!(meta.extra.get("_pageSize"), Some(&json!(5)));
    assert_eq!(meta.extra.get("_page"), Some(&json!("2")));
    // The alternates are the ones the spec names.
    assert_eq!(
        spec()["components"]["schemas"]["PageMeta"]["x-alternate-properties"],
        json!({"_page": "page", "_pageSize": "pageSize"})
    );
}

/// `v` with a member the spec does not name added to every object in it (`zzUnknown`, whose
/// value is itself an object with such a member and an array), at any depth.
fn with_unknown_members(v: &Value, depth: usize) -> Value {
    match v {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), with_unknown_members(v, depth + 1)))
                .collect();
            out.insert(
                "zzUnknown".into(),
                json!({"depth": depth, "nested": {"kept": true}, "list": [1, "two", null]}),
            );
            Value::Object(out)
        }
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| with_unknown_members(v, depth + 1)).collect())
        }
        other => other.clone(),
    }
}

#[tokio::test]
async fn every_answer_keeps_members_the_spec_does_not_name_at_every_depth() {
    for (op, method, _) in OPS {
        let answer = with_unknown_members(&response_example(op), 0);
        let (server, client) = serve(json_answer(answer.clone())).await;
        let back = call_value(&client, op)
            .await
            .unwrap_or_else(|e| panic!("{op}: {e}"));
        let req = the_request(&server).await;
        assert_eq!(
            (req.method.as_str(), req.url.path()),
            (method, wire_path(op).as_str())
        );
        // Written back, the typed answer is the whole answer: the envelope's, the payload's and
        // every nested object's unknown members included.
        assert_eq!(back, normalized(&answer), "{op}");
    }
}

#[tokio::test]
async fn unknown_members_of_an_order_list_land_in_extra() {
    let (server, client) = serve(json_answer(json!({
        "data": [{
            "id": "017f1b5a-b677-a228-2951-b3523dbbd836",
            "status": "processing",
            "paymentUrl": "https://pay.invoicebox.ru/order/017f1b5a-b677-a228-2951-b3523dbbd836",
            "createdAt": "2022-02-21T12:00:00+00:00",
            "amount": 1239.6,
            "riskScore": 12,
            "customer": {"type": "legal", "name": "ООО СТРИЖАП", "ogrn": "1157847000000"},
            "basketItems": [{"sku": "5fe0adcfa7fb4", "totalAmount": 1239.6,
                             "markingCode": "0104600439931256", "agentInfo": {"type": 1}}],
            "invoiceSetting": {"customerLocked": true, "theme": "dark"},
            "orderSetting": {"roundPolicy": "strict", "holdDays": 3}
        }],
        "metaData": {"totalCount": 1, "pageSize": 30, "page": 1, "pageCount": 1},
        "extendedData": [],
        "traceId": "abc-1"
    })))
    .await;
    let list = client.order_list().page(1).await.unwrap();
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        "/filter/api/order/order",
        &[("page", "1")],
    );

    assert_eq!(
        list.extra,
        json!({"traceId": "abc-1"}).as_object().unwrap().clone()
    );
    let meta = list.meta_data.as_ref().unwrap();
    assert_eq!((int(&meta.total_count), int(&meta.page)), (Some(1), Some(1)));
    assert_eq!(meta.extra, json!({"pageCount": 1}).as_object().unwrap().clone());
    let o = &list.data[0];
    assert_eq!(o.id, "017f1b5a-b677-a228-2951-b3523dbbd836");
    assert_eq!(o.status, OrderStatus::Processing);
    assert_eq!(d(&o.amount), Some("1239.6"));
    assert_eq!(o.extra, json!({"riskScore": 12}).as_object().unwrap().clone());
    let c = o.customer.as_ref().unwrap();
    assert_eq!(
        (c.type_.clone(), c.name.as_deref()),
        (Some(CustomerType::Legal), Some("ООО СТРИЖАП"))
    );
    assert_eq!(
        c.extra,
        json!({"ogrn": "1157847000000"}).as_object().unwrap().clone()
    );
    let line = &o.basket_items[0];
    assert_eq!(
        (line.sku.as_deref(), d(&line.total_amount)),
        (Some("5fe0adcfa7fb4"), Some("1239.6"))
    );
    assert_eq!(
        line.extra,
        json!({"markingCode": "0104600439931256", "agentInfo": {"type": 1}})
            .as_object()
            .unwrap()
            .clone()
    );
    let setting = o.invoice_setting.as_ref().unwrap();
    assert_eq!(setting.customer_locked, Some(true));
    assert_eq!(setting.extra.get("theme"), Some(&json!("dark")));
    let order_setting = o.order_setting.as_ref().unwrap();
    assert_eq!(order_setting.round_policy, Some(RoundPolicy::Strict));
    assert_eq!(order_setting.extra.get("holdDays"), Some(&json!(3)));
}

#[tokio::test]
async fn unknown_members_of_a_refusal_do_not_hide_it() {
    let body = json!({"error": {"message": "Calculation Error", "code": "wrong_total_amount",
                                "fields": [{"name": "amount", "code": "wrong_value", "message": "", "hint": "x"}],
                                "traceId": "t-1"},
                      "requestId": "r-1"});
    let (_server, client) = serve(ResponseTemplate::new(422).set_body_json(body.clone())).await;
    let err = call(&client, "order_cancel").await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!((pe.code.as_deref(), pe.status), (Some("wrong_total_amount"), 422));
    assert_eq!(pe.messages, ["Calculation Error", "amount: wrong_value"]);
    // The error schema keeps them too.
    let envelope: types::ErrorEnvelope = serde_json::from_value(body).unwrap();
    assert_eq!(envelope.extra.get("requestId"), Some(&json!("r-1")));
    let error = envelope.error.unwrap();
    assert_eq!(error.extra.get("traceId"), Some(&json!("t-1")));
    assert_eq!(error.fields[0].extra.get("hint"), Some(&json!("x")));
}

// ------------------------------------------------------------------ 5. errors

/// The spec's example refusal (`components.responses.Error`).
fn spec_error_example() -> Value {
    spec()["components"]["responses"]["Error"]["content"]["application/json"]["example"].clone()
}

#[tokio::test]
async fn unauthorized_is_an_authentication_error() {
    let body = json!({"error": {"message": "Unauthorized", "code": "unauthorized", "fields": []}});
    let (server, client) = serve(ResponseTemplate::new(401).set_body_json(body)).await;
    let err = client.auth_check().await.unwrap_err();
    let pe = authentication_error(&err);
    assert_eq!(pe.provider, "invoicebox");
    assert_eq!(pe.operation, "auth_check");
    assert_eq!(pe.status, 401);
    assert_eq!(pe.code.as_deref(), Some("unauthorized"));
    assert_eq!(pe.messages, ["Unauthorized"]);
    assert_eq!(
        err.to_string(),
        "invoicebox auth_check: [unauthorized] Unauthorized: the credentials were rejected or lack \
         access; check the credentials the client was built with and the account's access level"
    );
    assert_eq!(requests(&server).await.len(), 1, "no retry");
}

#[tokio::test]
async fn forbidden_is_an_authentication_error() {
    // The SDK mock's body (spec ErrorEnvelope example).
    let body = spec()["components"]["schemas"]["ErrorEnvelope"]["example"].clone();
    assert_eq!(body["error"]["code"], "forbidden");
    let (_server, client) = serve(ResponseTemplate::new(403).set_body_json(body)).await;
    let err = client.order_get().uuid("x").await.unwrap_err();
    let pe = authentication_error(&err);
    assert_eq!(pe.status, 403);
    assert_eq!(pe.code.as_deref(), Some("forbidden"));
    assert_eq!(pe.messages, ["Forbidden"]);
    assert_eq!(pe.operation, "order_get");
}

#[tokio::test]
async fn authentication_by_status_without_a_body_and_by_code_at_another_status() {
    for status in [401, 403] {
        let (_server, client) = serve(ResponseTemplate::new(status)).await;
        let err = client.auth_check().await.unwrap_err();
        let pe = authentication_error(&err);
        assert_eq!(pe.status, status);
        assert_eq!(pe.code, None);
        assert!(pe.messages.is_empty());
    }
    let body = json!({"error": {"message": "Token expired", "code": "unauthorized"}});
    let (_server, client) = serve(ResponseTemplate::new(400).set_body_json(body)).await;
    let err = client.auth_check().await.unwrap_err();
    assert_eq!(authentication_error(&err).status, 400);
}

#[tokio::test]
async fn wrong_total_amount_with_fields_is_a_provider_error() {
    let (server, client) = serve(ResponseTemplate::new(422).set_body_json(spec_error_example())).await;
    let err = client.order_create().body_map(reference_order).await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!(pe.operation, "order_create");
    assert_eq!(pe.status, 422);
    assert_eq!(pe.code.as_deref(), Some("wrong_total_amount"));
    assert_eq!(pe.messages, ["Calculation Error", "amount: wrong_value"]);
    assert!(pe.raw.contains("Calculation Error"), "{}", pe.raw);
    assert_eq!(
        err.to_string(),
        "invoicebox order_create: [wrong_total_amount] Calculation Error; amount: wrong_value"
    );
    assert_eq!(
        requests(&server).await.len(),
        1,
        "the client check passed, the server refused"
    );
}

#[tokio::test]
async fn field_messages_are_kept() {
    let body = json!({"error": {"message": "Validation Error", "code": "wrong_basket_item_total_amount",
        "fields": [{"name": "basketItems[0].totalAmount", "code": "wrong_value", "message": "Неверная сумма"},
                   {"name": "vatAmount", "code": "wrong_value"}]}});
    let (_server, client) = serve(ResponseTemplate::new(422).set_body_json(body)).await;
    let err = call(&client, "refund_create").await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!(pe.code.as_deref(), Some("wrong_basket_item_total_amount"));
    assert_eq!(
        pe.messages,
        [
            "Validation Error",
            "basketItems[0].totalAmount: wrong_value: Неверная сумма",
            "vatAmount: wrong_value"
        ]
    );
}

#[tokio::test]
async fn merchant_order_id_duplicate_is_a_provider_error() {
    let body = json!({"error": {"message": "Merchant order id duplicate", "code": "merchant_order_id_duplicate", "fields": []}});
    let (_server, client) = serve(ResponseTemplate::new(422).set_body_json(body)).await;
    let err = call(&client, "refund_create").await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!(pe.operation, "refund_create");
    assert_eq!(pe.status, 422);
    assert_eq!(pe.code.as_deref(), Some("merchant_order_id_duplicate"));
    assert_eq!(pe.messages, ["Merchant order id duplicate"]);
}

#[tokio::test]
async fn every_documented_code_maps_to_its_variant() {
    let known = spec()["components"]["schemas"]["ApiError"]["properties"]["code"]["x-known-codes"]
        .as_array()
        .unwrap();
    assert_eq!(known.len(), 12);
    for k in known {
        let code = k["code"].as_str().unwrap();
        let status = k["status"].as_u64().unwrap() as u16;
        let body = json!({"error": {"message": k["meaning"], "code": code, "fields": []}});
        let (_server, client) = serve(ResponseTemplate::new(status).set_body_json(body)).await;
        let err = call(&client, "order_create").await.unwrap_err();
        // The generated table says which codes are authentication errors (`kind`).
        let table = payspec_invoicebox::ENVELOPE
            .known_codes
            .iter()
            .find(|c| c.code == code)
            .unwrap();
        assert_eq!(table.status, Some(status));
        assert_eq!(
            k.get("kind").and_then(|k| k.as_str()) == Some("authentication"),
            table.kind == payspec::RejectionKind::Authentication
        );
        let pe = match table.kind {
            payspec::RejectionKind::Authentication => authentication_error(&err),
            payspec::RejectionKind::Provider => provider_error(&err),
        };
        assert_eq!(pe.code.as_deref(), Some(code));
        assert_eq!(pe.status, status);
        assert_eq!(pe.messages, [k["meaning"].as_str().unwrap()]);
        assert_eq!(pe.operation, "order_create");
    }
}

#[tokio::test]
async fn every_operation_reports_a_refusal_with_its_own_id() {
    for (op, _, _) in OPS {
        let (_server, client) = serve(ResponseTemplate::new(422).set_body_json(
            json!({"error": {"message": "Wrong order status", "code": "wrong_order_status", "fields": []}}),
        ))
        .await;
        let err = call(&client, op).await.unwrap_err();
        let pe = provider_error(&err);
        assert_eq!(pe.operation, op);
        assert_eq!(err.operation(), op);
        assert_eq!(pe.code.as_deref(), Some("wrong_order_status"));
    }
}

#[tokio::test]
async fn the_flat_error_form_is_understood() {
    let (_server, client) = serve(
        ResponseTemplate::new(422)
            .set_body_json(json!({"code": "validation", "message": "merchantOrderId is too long"})),
    )
    .await;
    let err = call(&client, "order_create").await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!(pe.code.as_deref(), Some("validation"));
    assert_eq!(pe.messages, ["merchantOrderId is too long"]);
    assert_eq!(pe.status, 422);

    let (_server, client) = serve(
        ResponseTemplate::new(401).set_body_json(json!({"code": "unauthorized", "message": "Bad token"})),
    )
    .await;
    let err = client.auth_check().await.unwrap_err();
    assert_eq!(authentication_error(&err).messages, ["Bad token"]);
}

#[tokio::test]
async fn rate_limit_429_without_a_body_is_a_status_error() {
    let (_server, client) = serve(ResponseTemplate::new(429)).await;
    let err = client.order_list().await.unwrap_err();
    match &err {
        Error::Status {
            provider,
            operation,
            status,
            ..
        } => {
            assert_eq!(*provider, "invoicebox");
            assert_eq!(*operation, "order_list");
            assert_eq!(*status, 429);
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

#[tokio::test]
async fn an_html_500_is_a_status_error() {
    let page = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    let (_server, client) = serve(raw(500, page, "text/html")).await;
    let err = client.order_get().uuid("x").await.unwrap_err();
    match &err {
        Error::Status {
            operation,
            status,
            excerpt,
            ..
        } => {
            assert_eq!(*operation, "order_get");
            assert_eq!(*status, 500);
            assert_eq!(excerpt, page);
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

#[tokio::test]
async fn a_json_4xx_without_the_envelope_is_a_status_error_quoting_the_body() {
    let (_server, client) =
        serve(ResponseTemplate::new(404).set_body_json(json!({"detail": "Not Found"}))).await;
    let err = client.order_get().uuid("x").await.unwrap_err();
    match &err {
        Error::Status {
            operation,
            status,
            excerpt,
            ..
        } => {
            assert_eq!(*operation, "order_get");
            assert_eq!(*status, 404);
            assert!(excerpt.contains("Not Found"), "{excerpt}");
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

#[tokio::test]
async fn an_error_without_a_body_or_as_html_still_names_the_operation() {
    // Whatever the variant (see the two ignored tests above), the call fails, names its
    // operation and is not mistaken for a refusal with a code.
    for (status, body) in [(429, ""), (500, "<html>500</html>"), (503, "Service Unavailable")] {
        let (_server, client) = serve(raw(status, body, "text/html")).await;
        let err = client.order_list().await.unwrap_err();
        assert_eq!(err.operation(), "order_list", "{status}");
        assert!(err.provider_error().is_none(), "{status}: {err:?}");
    }
}

#[tokio::test]
async fn a_json_5xx_with_the_envelope_is_a_provider_error() {
    let body = json!({"error": {"message": "Internal Server Error", "code": "internal"}});
    let (_server, client) = serve(ResponseTemplate::new(500).set_body_json(body)).await;
    let err = client.order_list().await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!(pe.status, 500);
    assert_eq!(pe.code.as_deref(), Some("internal"));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_naming_the_operation() {
    let body = r#"{"data": {"id": "017f2c3c-e880-4a08-abc6-7bd3117eea2d", "amount": 2790.6"#;
    let (_server, client) = serve(raw(200, body, "application/json")).await;
    let err = client.order_get().uuid("x").await.unwrap_err();
    match &err {
        Error::Decode {
            provider,
            operation,
            excerpt,
            ..
        } => {
            assert_eq!(*provider, "invoicebox");
            assert_eq!(*operation, "order_get");
            assert_eq!(excerpt, body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("invoicebox order_get: could not decode the response"),
        "{err}"
    );
}

#[tokio::test]
async fn a_wrongly_typed_answer_is_a_decode_error() {
    let (_server, client) = serve(json_answer(json!({"data": {"amount": "много"}}))).await;
    let err = client.order_get().uuid("x").await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode {
                operation: "order_get",
                ..
            }
        ),
        "{err:?}"
    );
}

// ------------------------------------------------------------------ 6. notifications

fn test_key() -> SigningKey {
    SigningKey::new("test").unwrap()
}

#[test]
fn the_reference_notification_verifies_and_decodes() {
    let n = common::invoicebox_notification(NOTIFICATION.as_bytes(), NOTIFICATION_SIGNATURE, &test_key())
        .unwrap();
    assert_eq!(n.id, "0188d934-85f8-f872-2ac6-ad202d71b985");
    assert_eq!(n.description.as_deref(), Some("Проездной билет"));
    assert_eq!(n.currency_id, "RUB");
    assert_eq!(n.amount.as_str(), "2790.67");
    assert_eq!(d(&n.vat_amount), Some("0"));
    assert_eq!(n.basket_items.len(), 1);
    assert_black_edition(&n.basket_items[0]);
    assert_eq!(
        n.order_container_id.as_deref(),
        Some("0188d934-85bd-2e43-9057-53275f15a1e2")
    );
    assert_eq!(n.merchant_id, MERCHANT);
    assert_eq!(n.status, OrderStatus::Success);
    assert_eq!(n.subtype.as_deref(), Some("order"));
    assert_eq!(n.created_at, "2023-06-20T14:27:58+00:00");
    assert_eq!(n.merchant_order_id.as_deref(), Some("55626"));
    assert_eq!(n.merchant_order_id_visible.as_deref(), Some("55626"));
    assert_eq!(n.expiration_date.as_deref(), Some("2023-06-20T21:00:00+00:00"));
    assert_eq!(n.file_ids, Some(json!([])));
    assert_eq!(
        n.payment_url.as_deref(),
        Some("https://pay.invoicebox.ru/order/0188d934-85bd-2e43-9057-53275f15a1e2")
    );
    let c = &n.customer;
    assert_eq!(c.type_, Some(CustomerType::Legal));
    assert_eq!(c.name.as_deref(), Some("OOO TEST"));
    assert_eq!(c.vat_number.as_deref(), Some("7804445210"));
    assert_eq!(c.country_id.as_deref(), Some("RUS"));
    assert_eq!(
        c.registration_address.as_deref(),
        Some("123321, Колотушкина, 1, 1")
    );
    assert_eq!(n.language_id, Some(LanguageId::Ru));
    assert_eq!(n.processable, Some(true));
    assert_eq!(n.paid_at, None);

    // The body is the spec's OrderNotification example, and decodes to all of it.
    let example = &spec()["components"]["schemas"]["OrderNotification"]["example"];
    let body: Value = serde_json::from_str(NOTIFICATION).unwrap();
    assert_eq!(&body, example);
    assert_eq!(serde_json::to_value(&n).unwrap(), normalized(example));
    // The spec quotes the vector.
    let description = spec()["components"]["schemas"]["OrderNotification"]["description"]
        .as_str()
        .unwrap();
    assert!(description.contains(NOTIFICATION_SIGNATURE));
}

#[test]
fn a_notification_keeps_members_the_spec_does_not_name() {
    // The SDK's example with members no table names: at the top, in the buyer, in a line.
    let body = NOTIFICATION
        .replacen(
            r#"{"id":"#,
            r#"{"paymentMethod":{"id":"sbp","name":"СБП"},"paidAmount":2790.67,"id":"#,
            1,
        )
        .replace(r#""countryId":"RUS","#, r#""countryId":"RUS","kpp":"780401001","#)
        .replace(
            r#""paymentType":"full_prepayment"}"#,
            r#""paymentType":"full_prepayment","markingCode":"0104600439931256"}"#,
        );
    assert_ne!(body, NOTIFICATION);
    let signature = payspec_sandbox::invoicebox::sign_notification(&body, "test");
    let n = common::invoicebox_notification(body.as_bytes(), &signature, &test_key()).unwrap();

    assert_eq!(n.id, "0188d934-85f8-f872-2ac6-ad202d71b985");
    assert_eq!(n.status, OrderStatus::Success);
    assert_eq!(n.amount.as_str(), "2790.67");
    assert_eq!(
        n.extra,
        json!({"paymentMethod": {"id": "sbp", "name": "СБП"}, "paidAmount": 2790.67})
            .as_object()
            .unwrap()
            .clone()
    );
    let c = &n.customer;
    assert_eq!(c.country_id.as_deref(), Some("RUS"));
    assert_eq!(c.extra, json!({"kpp": "780401001"}).as_object().unwrap().clone());
    assert_black_edition(&n.basket_items[0]);
    assert_eq!(
        n.basket_items[0].extra,
        json!({"markingCode": "0104600439931256"})
            .as_object()
            .unwrap()
            .clone()
    );
    // Nothing of the body is lost.
    let sent: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(serde_json::to_value(&n).unwrap(), normalized(&sent));
    // The signature still covers the exact bytes: the SDK's signature does not fit this body.
    assert_eq!(
        common::invoicebox_notification(body.as_bytes(), NOTIFICATION_SIGNATURE, &test_key()).unwrap_err(),
        WebhookError::BadSignature
    );
}

#[test]
fn the_signature_is_hex_in_either_case_around_whitespace() {
    let key = test_key();
    let upper = NOTIFICATION_SIGNATURE.to_ascii_uppercase();
    assert!(common::invoicebox_notification(NOTIFICATION.as_bytes(), &upper, &key).is_ok());
    let padded = format!(" {NOTIFICATION_SIGNATURE}\t");
    assert!(common::invoicebox_notification(NOTIFICATION.as_bytes(), &padded, &key).is_ok());
}

#[test]
fn the_re_serialised_body_does_not_verify() {
    let unescaped = NOTIFICATION.replace("\\/", "/");
    assert_ne!(unescaped, NOTIFICATION);
    assert_eq!(
        common::invoicebox_notification(unescaped.as_bytes(), NOTIFICATION_SIGNATURE, &test_key())
            .unwrap_err(),
        WebhookError::BadSignature
    );
    // It has its own signature.
    let n = common::invoicebox_notification(unescaped.as_bytes(), UNESCAPED_SIGNATURE, &test_key()).unwrap();
    assert_eq!(n.merchant_order_id.as_deref(), Some("55626"));
    // serde_json's own serialisation is yet another body.
    let reserialised = serde_json::to_string(&serde_json::from_str::<Value>(NOTIFICATION).unwrap()).unwrap();
    assert_eq!(
        common::invoicebox_notification(reserialised.as_bytes(), NOTIFICATION_SIGNATURE, &test_key())
            .unwrap_err(),
        WebhookError::BadSignature
    );
}

#[test]
fn forged_or_unsigned_notifications_are_refused() {
    let body = NOTIFICATION.as_bytes();
    let wrong_key = SigningKey::new("tes").unwrap();
    assert_eq!(
        common::invoicebox_notification(body, NOTIFICATION_SIGNATURE, &wrong_key).unwrap_err(),
        WebhookError::BadSignature
    );
    // The API token is not the notification key.
    let token_key = SigningKey::new(TOKEN).unwrap();
    assert_eq!(
        common::invoicebox_notification(body, NOTIFICATION_SIGNATURE, &token_key).unwrap_err(),
        WebhookError::BadSignature
    );
    for empty in ["", "  "] {
        assert_eq!(
            common::invoicebox_notification(body, empty, &test_key()).unwrap_err(),
            WebhookError::MissingSignature
        );
    }
    for bad in [
        "zz",
        "4731e2fb",
        &"0".repeat(40),
        &format!("{NOTIFICATION_SIGNATURE}00"),
    ] {
        assert_eq!(
            common::invoicebox_notification(body, bad, &test_key()).unwrap_err(),
            WebhookError::BadSignature,
            "{bad}"
        );
    }
    let amount_changed = NOTIFICATION.replace(
        "\"amount\":2790.67,\"vatAmount\"",
        "\"amount\":1.00,\"vatAmount\"",
    );
    assert_ne!(amount_changed, NOTIFICATION);
    assert_eq!(
        common::invoicebox_notification(amount_changed.as_bytes(), NOTIFICATION_SIGNATURE, &test_key())
            .unwrap_err(),
        WebhookError::BadSignature
    );
    // No error says what the expected signature was.
    let err = common::invoicebox_notification(amount_changed.as_bytes(), NOTIFICATION_SIGNATURE, &test_key())
        .unwrap_err();
    assert!(!format!("{err} {err:?}").contains(UNESCAPED_SIGNATURE));
    assert!(SigningKey::new("").is_err());
}

#[test]
fn notification_replies_are_the_documented_json() {
    let body = |r: NotificationReply| {
        let reply = r.reply();
        assert_eq!(reply.status().as_u16(), 200);
        assert_eq!(reply.content_type(), "application/json");
        reply.body().to_owned()
    };
    let success = body(NotificationReply::Success);
    assert_eq!(success, r#"{"status":"success"}"#);

    let example = spec()["components"]["schemas"]["NotificationReply"]["example"].clone();
    let reply = NotificationReply::Error {
        code: "order_wrong_amount".into(),
        message: Some("Сумма заказа не соответствует сумме оплаты".into()),
    };
    let error: Value = serde_json::from_str(&body(reply.clone())).unwrap();
    assert_eq!(
        error,
        json!({"status": "error", "code": "order_wrong_amount", "message": "Сумма заказа не соответствует сумме оплаты"})
    );
    assert_eq!(error, example);

    let sig = body(NotificationReply::signature_error());
    assert_eq!(sig, r#"{"code":"signature_error","status":"error"}"#);
    let retry = body(NotificationReply::out_of_service());
    assert_eq!(retry, r#"{"code":"out_of_service","status":"error"}"#);

    // Every reply reads back as the spec's NotificationReply.
    for r in [
        NotificationReply::Success,
        reply,
        NotificationReply::signature_error(),
        NotificationReply::out_of_service(),
    ] {
        let typed: types::NotificationReply = serde_json::from_str(&body(r)).unwrap();
        assert!(typed.status == "success" || typed.status == "error");
    }
    // The documented codes are the spec's.
    let codes: Vec<&str> = spec()["components"]["schemas"]["NotificationReply"]["x-known-codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    for code in [
        "order_wrong_amount",
        "signature_error",
        "out_of_service",
        "order_not_found",
    ] {
        assert!(codes.contains(&code), "{code}");
    }
}

#[test]
fn the_documented_required_members_of_a_notification_are_required() {
    // https://docs.invoicebox.ru/docs/merchant/notification/status/, OrderNotification:
    // "Обязательное: да", except merchantOrderId (empty in monitoring tests).
    let schema = &spec()["components"]["schemas"]["OrderNotification"];
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(
        required,
        [
            "id",
            "status",
            "merchantId",
            "amount",
            "customer",
            "currencyId",
            "createdAt"
        ]
    );
    let example: Value = serde_json::from_str(NOTIFICATION).unwrap();
    for member in required {
        let mut without = example.clone();
        without.as_object_mut().unwrap().remove(member);
        let body = serde_json::to_string(&without).unwrap();
        let signature = payspec_sandbox::invoicebox::sign_notification(&body, "test");
        let err = common::invoicebox_notification(body.as_bytes(), &signature, &test_key()).unwrap_err();
        assert!(
            matches!(&err, WebhookError::Malformed(m) if m.contains(&format!("`{member}`"))),
            "{member}: {err:?}"
        );
    }
    // merchantOrderId: empty, null or absent, all decode.
    for (i, value) in [json!(""), Value::Null, json!("absent")].into_iter().enumerate() {
        let mut test = example.clone();
        if i == 2 {
            test.as_object_mut().unwrap().remove("merchantOrderId");
        } else {
            test["merchantOrderId"] = value;
        }
        let body = serde_json::to_string(&test).unwrap();
        let signature = payspec_sandbox::invoicebox::sign_notification(&body, "test");
        let n = common::invoicebox_notification(body.as_bytes(), &signature, &test_key()).unwrap();
        assert!(n.merchant_order_id.unwrap_or_default().is_empty());
    }
}

// ------------------------------------------------------------------ 7. secrets

#[test]
fn debug_never_shows_the_token() {
    let credentials = creds();
    let shown = format!("{credentials:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains(MERCHANT), "the store id is no secret: {shown}");
    let client = Client::with_credentials("http://127.0.0.1:9", credentials).unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(!shown.contains("token-0123"), "{shown}");
    let shown = format!("{:?}", SigningKey::new("notification-key").unwrap());
    assert!(!shown.contains("notification-key"), "{shown}");
}

#[tokio::test]
async fn errors_never_show_the_token_even_when_the_server_echoes_it() {
    let upper = TOKEN.to_ascii_uppercase();
    let cases: Vec<(&str, ResponseTemplate)> = vec![
        (
            "401 echoing the header",
            ResponseTemplate::new(401).set_body_json(json!({"error": {
                "message": format!("Bearer {TOKEN} is not valid"), "code": "unauthorized",
                "fields": [{"name": "Authorization", "code": TOKEN, "message": format!("got {TOKEN}")}]}})),
        ),
        (
            "422 in upper case",
            ResponseTemplate::new(422)
                .set_body_json(json!({"error": {"message": format!("token {upper}"), "code": "x"}})),
        ),
        (
            "flat form",
            ResponseTemplate::new(422).set_body_json(json!({"code": TOKEN, "message": TOKEN})),
        ),
        (
            "truncated 200",
            raw(
                200,
                &format!(r#"{{"data": {{"id": "{TOKEN}", "amount": 1"#),
                "application/json",
            ),
        ),
        (
            "wrongly typed 200",
            json_answer(json!({"data": {"amount": TOKEN, "id": TOKEN}})),
        ),
        (
            "HTML 500",
            raw(500, &format!("<html>token={TOKEN}</html>"), "text/html"),
        ),
        (
            "JSON 404 without envelope",
            ResponseTemplate::new(404).set_body_json(json!({"detail": TOKEN})),
        ),
        ("429 text", raw(429, &format!("slow down {TOKEN}"), "text/plain")),
    ];
    for (what, template) in cases {
        let (_server, client) = serve(template).await;
        let err = client.order_get().uuid("x").await.unwrap_err();
        assert_eq!(err.operation(), "order_get", "{what}");
        assert_clean(&err);
        if let Some(pe) = err.provider_error() {
            assert!(!pe.raw.to_ascii_lowercase().contains(TOKEN), "{what}: {}", pe.raw);
            assert!(pe.raw.contains("[redacted]"), "{what}: {}", pe.raw);
        }
    }
}

fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn a_transport_error_shows_no_token_and_no_url() {
    let port = closed_port();
    let client = Client::with_credentials(&format!("http://127.0.0.1:{port}/v3"), creds()).unwrap();
    for (op, _, _) in OPS {
        let err = call(&client, op).await.unwrap_err();
        assert_eq!(err.operation(), op);
        {
            let Error::Transport { provider, .. } = &err else {
                panic!("{op}: expected Transport, got {err:?}")
            };
            assert_eq!(*provider, "invoicebox");
        }
        assert_clean(&err);
        for shown in [err.to_string(), format!("{err:?}")] {
            for part in [
                "/billing/",
                "/filter/",
                "/security/",
                "/adapter/",
                "/v3",
                "http://",
            ] {
                assert!(!shown.contains(part), "{op}: the URL shows in {shown}");
            }
        }
    }
}

// ------------------------------------------------------------------ 8. the spec's example URLs

/// The documented example URL's query pairs, URL-decoded.
fn url_pairs(url: &str) -> Vec<(String, String)> {
    reqwest::Url::parse(&format!("http://example.invalid{url}"))
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Adds a raw query key to a filter with the builder method it stands for.
fn add_to_filter(filter: QueryFilter, key: &str, value: &str) -> QueryFilter {
    if let Some(field) = key.strip_prefix("_order[").and_then(|k| k.strip_suffix(']')) {
        let direction = match value {
            "asc" => Direction::Asc,
            "desc" => Direction::Desc,
            other => panic!("sort direction {other}"),
        };
        return filter.order_by(field, direction);
    }
    if let Some(field) = key.strip_suffix("[]") {
        return filter.any_of(field, [value]);
    }
    if let Some((field, op)) = key.strip_suffix(']').and_then(|k| k.split_once('[')) {
        return match op {
            "_ne" => filter.ne(field, value),
            "_gt" => filter.gt(field, value),
            "_ge" => filter.ge(field, value),
            "_lt" => filter.lt(field, value),
            "_le" => filter.le(field, value),
            "_start" => filter.starts_with(field, value),
            other => panic!("operator {other}"),
        };
    }
    filter.eq(key, value)
}

/// Sends `pairs` through the builders of a list operation: declared parameters through their
/// own setters, everything else through `filter`.
async fn replay(client: &Client, op: &str, pairs: &[(String, String)]) -> Result<(), Error> {
    let declared: Vec<String> = spec_operation(op)["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .filter(|n| n != "filter")
        .collect();
    let mut filter = QueryFilter::new();
    let mut own = Vec::new();
    for (k, v) in pairs {
        if declared.contains(k) {
            own.push((k.as_str(), v.as_str()));
        } else {
            filter = add_to_filter(filter, k, v);
        }
    }
    let filter = (!filter.pairs().is_empty()).then_some(filter);
    match op {
        "order_list" => {
            let mut b = client.order_list();
            let mut statuses = Vec::new();
            for (k, v) in own {
                b = match k {
                    "id" => b.id(v),
                    "merchantId" => b.merchant_id(v),
                    "merchantOrderId" => b.merchant_order_id(v),
                    "page" => b.page(v.parse::<i64>().unwrap()),
                    "pageSize" => b.page_size(v.parse::<i64>().unwrap()),
                    "status[]" => {
                        statuses.push(OrderStatus::from(v));
                        b
                    }
                    other => panic!("{op}: parameter {other}"),
                };
            }
            if !statuses.is_empty() {
                b = b.status(statuses);
            }
            if let Some(f) = filter {
                b = b.filter(f);
            }
            b.await.map(drop)
        }
        "shipment_list" => {
            let mut b = client.shipment_list();
            for (k, v) in own {
                b = match k {
                    "id" => b.id(v),
                    "orderId" => b.order_id(v),
                    "merchantId" => b.merchant_id(v),
                    "page" => b.page(v.parse::<i64>().unwrap()),
                    "pageSize" => b.page_size(v.parse::<i64>().unwrap()),
                    other => panic!("{op}: parameter {other}"),
                };
            }
            if let Some(f) = filter {
                b = b.filter(f);
            }
            b.await.map(drop)
        }
        other => panic!("no replay for {other}"),
    }
}

#[tokio::test]
async fn every_example_url_of_the_spec_is_reproduced_by_the_builders() {
    let mut replayed = Vec::new();
    for (at, m, op) in spec_operations() {
        let operation_id = op["operationId"].as_str().unwrap();
        let Some(urls) = op["x-examples-urls"].as_array() else {
            continue;
        };
        for url in urls {
            let url = url.as_str().unwrap();
            assert_eq!(m, "GET", "{url}");
            assert_eq!(url.split('?').next().unwrap(), at, "{url}");
            let expected = url_pairs(url);
            assert!(!expected.is_empty(), "{url}");

            let (server, client) = serve_example(operation_id).await;
            replay(&client, operation_id, &expected)
                .await
                .unwrap_or_else(|e| panic!("{url}: {e}"));
            let req = the_request(&server).await;
            assert_eq!(req.method.as_str(), "GET", "{url}");
            assert_eq!(req.url.path(), at, "{url}");
            assert_headers(&req);
            assert_eq!(
                sorted(query_pairs(&req)),
                sorted(expected),
                "{url} was sent as {}",
                req.url
            );
            replayed.push(url.to_owned());
        }
    }
    assert_eq!(
        replayed,
        [
            "/filter/api/order/order?id=01771534-196a-1105-839a-82422289d6d9",
            "/filter/api/order/order?status=completed",
            "/filter/api/order/order?createdAt[_ge]=2021-01-27T00:00:00",
            "/filter/api/order/order?merchantOrderId=ORD123456",
            "/filter/api/order/shipment?id=371723",
        ]
    );
}

#[tokio::test]
async fn the_filter_examples_of_the_spec_go_out_as_written() {
    // The `filter` parameter examples (maps of raw keys) through the QueryFilter parser.
    for op in ["order_list", "shipment_list", "refund_list"] {
        let example = param_example(op, "filter");
        let pairs: Vec<(String, String)> = example
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
            .collect();
        let query = pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        let filter: QueryFilter = query.parse().unwrap();
        let (server, client) = serve_example(op).await;
        match op {
            "order_list" => client.order_list().filter(filter).await.map(drop),
            "shipment_list" => client.shipment_list().filter(filter).await.map(drop),
            _ => client.refund_list().filter(filter).await.map(drop),
        }
        .unwrap();
        let req = the_request(&server).await;
        assert_eq!(sorted(query_pairs(&req)), sorted(pairs), "{op}");
    }
}

// --------------------------------------------------------------------------------- review fixes

#[tokio::test]
async fn without_a_policy_the_exact_unrounded_product_is_accepted_too() {
    let (server, client) = serve(json_answer(response_example("refund_create"))).await;
    send_basket(&client, "refund_create", |b| {
        let item = &mut b["basketItems"][0];
        item["quantity"] = json!(3);
        item["amount"] = json!(33.333);
        item["amountWoVat"] = json!(33.333);
        item["totalAmount"] = json!(99.999);
        item["totalVatAmount"] = json!(0);
        b["amount"] = json!(99.999);
        b["vatAmount"] = json!(0);
        b.as_object_mut().unwrap().remove("orderSetting");
    })
    .await
    .unwrap();
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn an_error_object_at_http_200_without_data_is_a_refusal() {
    let body = json!({"error": {"code": "wrong_order_status", "message": "Wrong status"}});
    let (_server, client) = serve(json_answer(body)).await;
    let err = call(&client, "order_cancel").await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!((pe.code.as_deref(), pe.status), (Some("wrong_order_status"), 200));
    assert_eq!(pe.messages, ["Wrong status"]);
}

#[tokio::test]
async fn a_bare_string_error_is_a_refusal() {
    let (_server, client) = serve(raw(400, r#"{"error":"Bad request"}"#, "application/json")).await;
    let err = call(&client, "order_cancel").await.unwrap_err();
    let pe = provider_error(&err);
    assert_eq!((pe.code.as_deref(), pe.status), (None, 400));
    assert_eq!(pe.messages, ["Bad request"]);
}

// ------------------------------------------------------------------ retries

#[tokio::test]
async fn only_operations_the_spec_marks_idempotent_are_retried() {
    let never = [
        "order_create",
        "refund_create",
        "agent_order_create",
        "correction_order_create",
        "order_cancel",
        "order_update",
        "order_status_update",
        "order_merchant_move",
        "shipment_create",
        "payment_method_send_code",
        "payment_method_pay",
    ];
    common::assert_idempotent_table("invoicebox", payspec_invoicebox::IDEMPOTENT, &never);
    let spec = common::spec_idempotent("invoicebox");
    for (op, _, _) in OPS {
        let (server, _) = serve(ResponseTemplate::new(503).set_body_string("busy")).await;
        let client = Client::with_config(&server.uri(), creds(), common::fast_retries(2)).unwrap();
        let err = call(&client, op).await.unwrap_err();
        let seen = server.received_requests().await.unwrap().len();
        common::assert_retried_per_spec(op, &err, seen, spec[op]);
    }
}

/// A refund moves money and the docs name no guard that makes a second one harmless: under a
/// retry policy a lost or refused answer is not followed by a second refund.
#[tokio::test]
async fn a_refund_is_not_repeated_under_a_retry_policy() {
    for status in [429, 502, 503, 504] {
        let (server, _) = serve(ResponseTemplate::new(status).set_body_string("busy")).await;
        let client = Client::with_config(&server.uri(), creds(), common::fast_retries(3)).unwrap();
        let err = call(&client, "refund_create").await.unwrap_err();
        assert_eq!(err.status(), Some(status), "{err:?}");
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1, "HTTP {status}: the refund was sent once");
        assert_eq!(requests[0].url.path(), "/billing/api/order/refund-order");
        assert_eq!(requests[0].method.as_str(), "POST");
    }
}
