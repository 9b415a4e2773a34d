//! The Invoicebox imitation of `payspec-sandbox`, through the real client and raw with reqwest:
//! the token and store id checks with the documented 401 / 403 envelopes, unknown ids,
//! refused transitions, malformed and inconsistent bodies (the documented 422 codes, never a
//! panic), lists with filters and paging, refunds, expiry, and the payment notification
//! signed with the store's notification key. Each test starts its own sandbox.

mod common;

use std::time::{Duration, SystemTime};

use payspec::{DecimalNumber, QueryFilter, query::Direction};
use payspec_invoicebox::types::{
    self, BasketItemType, CustomerType, OrderStatus, PaymentType, RefundStatus, VatCode,
};
use payspec_invoicebox::{Client, Credentials, Error, SigningKey, WebhookError};
use payspec_sandbox::{Inbox, Provider, Reply, Sandbox, SandboxError, invoicebox as demo};
use serde_json::{Value, json};

const OTHER_STORE: &str = "01771534-196a-1105-839a-82422289d6d9";

// ------------------------------------------------------------------ helpers

fn client(sandbox: &Sandbox, token: &str, merchant_id: &str) -> Client {
    let credentials = Credentials::new(token, merchant_id).unwrap();
    Client::with_credentials(&sandbox.base_url(Provider::Invoicebox), credentials).unwrap()
}

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox, demo::TOKEN, demo::MERCHANT_ID);
    (sandbox, client)
}

fn in_a_day() -> String {
    demo::timestamp(SystemTime::now() + Duration::from_secs(86_400))
}

fn line(
    sku: &str,
    quantity: &str,
    price: &str,
    wo_vat: &str,
    total: &str,
    vat: &str,
    code: VatCode,
) -> types::BasketItem {
    types::BasketItem::builder()
        .sku(sku)
        .name(format!("Позиция {sku}"))
        .measure("шт.")
        .measure_code("796")
        .quantity(quantity)
        .amount(price)
        .amount_wo_vat(wo_vat)
        .total_amount(total)
        .total_vat_amount(vat)
        .vat_code(code)
        .type_(BasketItemType::Service)
        .payment_type(PaymentType::FullPrepayment)
        .try_into()
        .unwrap()
}

/// 2 × 1500.00 with 20 % VAT included.
fn consulting() -> types::BasketItem {
    line(
        "consult",
        "2",
        "1500.00",
        "1250.00",
        "3000.00",
        "500.00",
        VatCode::RUSVAT20,
    )
}

/// 1 × 350.50 without VAT.
fn delivery() -> types::BasketItem {
    line(
        "delivery",
        "1",
        "350.50",
        "350.50",
        "350.50",
        "0",
        VatCode::VATNONE,
    )
}

fn customer() -> types::Customer {
    types::Customer::builder()
        .type_(Some(CustomerType::Private))
        .name("Иван Петров".to_owned())
        .email("ivan@example.com".to_owned())
        .try_into()
        .unwrap()
}

/// `order_create` of the two lines (3350.50, VAT 500.00).
async fn create(client: &Client, number: &str, notification_url: Option<String>) -> types::Order {
    client
        .order_create()
        .body_map(|b| {
            b.merchant_order_id(number)
                .description("Консультация и доставка")
                .amount("3350.50")
                .vat_amount("500.00")
                .currency_id("RUB")
                .expiration_date(in_a_day())
                .basket_items(vec![consulting(), delivery()])
                .customer(customer())
                .notification_url(notification_url)
        })
        .await
        .unwrap()
        .data
}

async fn create_id(client: &Client, number: &str) -> String {
    create(client, number, None).await.id
}

/// Refunds the delivery line of `order`.
async fn refund_delivery(client: &Client, order: &str, number: &str) -> Result<types::Refund, Error> {
    client
        .refund_create()
        .body_map(|b| {
            b.parent_id(order)
                .merchant_order_id(number)
                .description("Возврат доставки")
                .amount("350.50")
                .vat_amount("0")
                .basket_items(vec![delivery()])
        })
        .await
        .map(|answer| answer.data)
}

fn provider_refusal(err: Error) -> payspec::ProviderError {
    match err {
        Error::Provider(p) => p,
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

fn auth_refusal(err: Error) -> payspec::ProviderError {
    match err {
        Error::Authentication(p) => p,
        other => panic!("expected Error::Authentication, got {other:?}"),
    }
}

/// Asserts a typed refusal's HTTP status and code.
#[track_caller]
fn assert_refused(p: &payspec::ProviderError, status: u16, code: &str) {
    assert_eq!((p.status, p.code.as_deref()), (status, Some(code)), "{p:?}");
}

/// A raw call: the status, the headers and the body as text.
async fn raw(
    sandbox: &Sandbox,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Vec<u8>>,
) -> (u16, reqwest::header::HeaderMap, String) {
    let url = format!("{}{path}", sandbox.base_url(Provider::Invoicebox));
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = reqwest::Client::new().request(method, url);
    if let Some(token) = token {
        request = request.header("Authorization", format!("Bearer {token}"));
    }
    if let Some(body) = body {
        request = request.header("Content-Type", "application/json").body(body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

/// A raw JSON call with the demo token; the status and the parsed answer.
async fn raw_json(sandbox: &Sandbox, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
    let (status, headers, text) = raw(
        sandbox,
        method,
        path,
        Some(demo::TOKEN),
        body.map(|b| b.as_bytes().to_vec()),
    )
    .await;
    assert_eq!(headers["content-type"], "application/json", "{text}");
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (status, value)
}

/// The documented error envelope: `{"error": {"message", "code", "fields": [...]}}` and
/// nothing else; returns the code.
#[track_caller]
fn envelope_code(answer: &Value) -> &str {
    let root = answer
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {answer}"));
    assert_eq!(root.keys().collect::<Vec<_>>(), ["error"], "{answer}");
    let error = &answer["error"];
    assert!(error["message"].is_string(), "{answer}");
    assert!(error["fields"].is_array(), "{answer}");
    error["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no code: {answer}"))
}

fn field_names(answer: &Value) -> Vec<&str> {
    answer["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect()
}

/// Stands for the order's `expirationDate` in [`order_json`] until the edits are done.
const EXPIRES: &str = "__EXPIRES__";

/// The body of an order as JSON text, for raw calls (money written as exact JSON numbers);
/// `edit` may replace [`EXPIRES`], else it becomes a day from now.
fn order_json(number: &str, edit: impl FnOnce(&mut String)) -> String {
    let mut body = format!(
        r#"{{"merchantId":"{}","merchantOrderId":"{number}","description":"raw","amount":3350.50,"vatAmount":500.00,"currencyId":"RUB","expirationDate":"{EXPIRES}","customer":{{"type":"private","name":"Иван"}},"basketItems":[{{"sku":"consult","name":"Консультация","measure":"шт.","measureCode":"796","quantity":2,"amount":1500.00,"amountWoVat":1250.00,"totalAmount":3000.00,"totalVatAmount":500.00,"vatCode":"RUS_VAT20","type":"service","paymentType":"full_prepayment"}},{{"sku":"delivery","name":"Доставка","measure":"шт.","measureCode":"796","quantity":1,"amount":350.50,"amountWoVat":350.50,"totalAmount":350.50,"totalVatAmount":0,"vatCode":"VATNONE","type":"service","paymentType":"full_prepayment"}}]}}"#,
        demo::MERCHANT_ID,
    );
    edit(&mut body);
    body.replace(EXPIRES, &in_a_day())
}

fn replace(from: impl Into<String>, to: impl Into<String>) -> impl FnOnce(&mut String) {
    let (from, to) = (from.into(), to.into());
    move |body: &mut String| {
        assert!(body.contains(&from), "{from} not in the body");
        *body = body.replacen(&from, &to, 1);
    }
}

const ORDERS: &str = "/billing/api/order/order";

// ------------------------------------------------------------------ credentials

#[tokio::test]
async fn the_demo_token_is_taken_and_no_token_is_anonymous() {
    let (sandbox, client) = start().await;
    let answer = client.auth_check().await.unwrap();
    assert_eq!(answer.data.user_id.as_deref(), Some(demo::USER_ID));
    assert_eq!(answer.extended_data, Some(json!([])));

    let (status, headers, body) = raw(&sandbox, "GET", "/security/api/auth/auth", None, None).await;
    assert_eq!(status, 200);
    assert!(headers.contains_key("x-request-id"));
    assert_eq!(
        body,
        r#"{"data":{"userId":null,"profile":null,"accessToken":null},"extendedData":[]}"#
    );
    // Anonymous callers get nothing else.
    let (status, _, body) = raw(&sandbox, "GET", "/filter/api/order/order", None, None).await;
    assert_eq!(status, 401, "{body}");
}

#[tokio::test]
async fn a_wrong_token_is_refused_with_the_documented_401() {
    let (sandbox, _) = start().await;
    let wrong = client(&sandbox, "0123456789abcdef0123456789abcdef", demo::MERCHANT_ID);
    let p = auth_refusal(wrong.auth_check().await.unwrap_err());
    assert_refused(&p, 401, "unauthorized");
    assert_eq!(p.messages, ["Unauthorized"]);
    let p = auth_refusal(wrong.order_list().await.unwrap_err());
    assert_refused(&p, 401, "unauthorized");
    let p = auth_refusal(wrong.order_get().uuid("x").await.unwrap_err());
    assert_refused(&p, 401, "unauthorized");

    let unauthorized = r#"{"error":{"message":"Unauthorized","code":"unauthorized","fields":[]}}"#;
    for (method, path) in [
        ("GET", "/security/api/auth/auth"),
        ("GET", "/filter/api/order/order"),
        ("POST", ORDERS),
        ("DELETE", "/billing/api/order/order/x"),
        ("POST", "/billing/api/order/refund-order"),
        ("PUT", "/billing/api/order/order/x"),
    ] {
        let (status, headers, body) = raw(&sandbox, method, path, Some("wrong"), Some(b"{}".to_vec())).await;
        assert_eq!((status, body.as_str()), (401, unauthorized), "{method} {path}");
        assert_eq!(headers["content-type"], "application/json");
    }
    // The token in another scheme is no bearer token.
    let response = reqwest::Client::new()
        .get(format!(
            "{}/security/api/auth/auth",
            sandbox.base_url(Provider::Invoicebox)
        ))
        .header("Authorization", format!("Basic {}", demo::TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
}

#[tokio::test]
async fn another_store_id_is_forbidden() {
    let (sandbox, _) = start().await;
    let other = client(&sandbox, demo::TOKEN, OTHER_STORE);
    let err = other
        .order_create()
        .body_map(|b| {
            b.merchant_order_id("1")
                .description("x")
                .amount("350.50")
                .vat_amount("0")
                .currency_id("RUB")
                .expiration_date(in_a_day())
                .basket_items(vec![delivery()])
                .customer(customer())
        })
        .await
        .unwrap_err();
    let p = auth_refusal(err);
    assert_refused(&p, 403, "forbidden");
    assert_eq!(sandbox.invoicebox().order_count(), 0);

    // Raw: the store id is required, and must be the token's store.
    let no_store = order_json(
        "1",
        replace(format!(r#""merchantId":"{}","#, demo::MERCHANT_ID), ""),
    );
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&no_store)).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"));
    assert_eq!(field_names(&answer), ["merchantId"]);
    let (status, answer) = raw_json(
        &sandbox,
        "POST",
        ORDERS,
        Some(&order_json("1", replace(demo::MERCHANT_ID, OTHER_STORE))),
    )
    .await;
    assert_eq!((status, envelope_code(&answer)), (403, "forbidden"));
    assert_eq!(field_names(&answer), ["merchantId"]);
}

// ------------------------------------------------------------------ unknown ids and transitions

#[tokio::test]
async fn unknown_ids_are_404_not_found() {
    let (sandbox, client) = start().await;
    let p = provider_refusal(client.order_get().uuid("no-such-order").await.unwrap_err());
    assert_refused(&p, 404, "not_found");
    let p = provider_refusal(client.order_cancel().uuid("no-such-order").await.unwrap_err());
    assert_refused(&p, 404, "not_found");
    let p = provider_refusal(
        client
            .refund_basket_items()
            .uuid("no-such-order")
            .await
            .unwrap_err(),
    );
    assert_refused(&p, 404, "not_found");
    let p = provider_refusal(
        refund_delivery(&client, "no-such-order", "r-1")
            .await
            .unwrap_err(),
    );
    assert_refused(&p, 404, "not_found");

    let (status, answer) = raw_json(&sandbox, "GET", "/billing/api/order/order/no-such-order", None).await;
    assert_eq!((status, envelope_code(&answer)), (404, "not_found"));
    assert!(matches!(
        sandbox.pay(Provider::Invoicebox, "no-such-order").await,
        Err(SandboxError::NotFound { .. })
    ));
    assert_eq!(sandbox.invoicebox().order_status("no-such-order"), None);
}

#[tokio::test]
async fn refused_transitions_leave_the_order_as_it_was() {
    let (sandbox, client) = start().await;
    let id = create_id(&client, "A-1").await;

    // Unpaid: nothing to refund.
    let p = provider_refusal(refund_delivery(&client, &id, "A-1-r1").await.unwrap_err());
    assert_refused(&p, 422, "wrong_order_status");
    let p = provider_refusal(client.refund_basket_items().uuid(&id).await.unwrap_err());
    assert_refused(&p, 422, "wrong_order_status");

    // Paid once, not twice; a paid order is refunded, not cancelled.
    assert_eq!(sandbox.pay(Provider::Invoicebox, &id).await.unwrap(), None);
    assert!(matches!(
        sandbox.pay(Provider::Invoicebox, &id).await,
        Err(SandboxError::State { .. })
    ));
    let response = reqwest::Client::new()
        .post(format!("{}/sandbox/invoicebox/pay/{id}", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 409);
    let p = provider_refusal(client.order_cancel().uuid(&id).await.unwrap_err());
    assert_refused(&p, 422, "wrong_order_status");
    assert_eq!(sandbox.invoicebox().order_status(&id), Some("completed"));

    // A refund number is used once; a line is refunded at most once.
    refund_delivery(&client, &id, "A-1-r1").await.unwrap();
    let p = provider_refusal(refund_delivery(&client, &id, "A-1-r1").await.unwrap_err());
    assert_refused(&p, 422, "merchant_order_id_duplicate");
    let p = provider_refusal(refund_delivery(&client, &id, "A-1-r2").await.unwrap_err());
    assert_refused(&p, 422, "wrong_basket_item_total_amount");
    assert_eq!(
        sandbox.invoicebox().refunded_amount(&id).as_deref(),
        Some("350.50")
    );

    // An order number is used once.
    let err = client
        .order_create()
        .body_map(|b| {
            b.merchant_order_id("A-1")
                .description("again")
                .amount("350.50")
                .vat_amount("0")
                .currency_id("RUB")
                .expiration_date(in_a_day())
                .basket_items(vec![delivery()])
                .customer(customer())
        })
        .await
        .unwrap_err();
    assert_refused(&provider_refusal(err), 422, "merchant_order_id_duplicate");

    // Cancelled: not twice, not paid, not refunded.
    let second = create_id(&client, "A-2").await;
    let cancelled = client.order_cancel().uuid(&second).await.unwrap().data;
    assert_eq!(cancelled.status, OrderStatus::Canceled);
    let p = provider_refusal(client.order_cancel().uuid(&second).await.unwrap_err());
    assert_refused(&p, 422, "wrong_order_status");
    assert!(matches!(
        sandbox.pay(Provider::Invoicebox, &second).await,
        Err(SandboxError::State { .. })
    ));
    let p = provider_refusal(refund_delivery(&client, &second, "A-2-r1").await.unwrap_err());
    assert_refused(&p, 422, "wrong_order_status");
    assert_eq!(sandbox.invoicebox().order_status(&second), Some("canceled"));
}

#[tokio::test]
async fn an_unpaid_order_expires() {
    let (sandbox, client) = start().await;
    // Timestamps have whole seconds: 3 s ahead is at least 2 s ahead, time enough for the
    // creation to arrive on a loaded machine.
    let soon = demo::timestamp(SystemTime::now() + Duration::from_secs(3));
    let body = order_json("E-1", replace(EXPIRES, soon));
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&body)).await;
    assert_eq!(status, 200, "{answer}");
    let id = answer["data"]["id"].as_str().unwrap().to_owned();
    tokio::time::sleep(Duration::from_millis(3100)).await;
    let order = client.order_get().uuid(&id).await.unwrap().data;
    assert_eq!(order.status, OrderStatus::Expired);
    assert!(matches!(
        sandbox.pay(Provider::Invoicebox, &id).await,
        Err(SandboxError::State { .. })
    ));
    let p = provider_refusal(client.order_cancel().uuid(&id).await.unwrap_err());
    assert_refused(&p, 422, "wrong_order_status");
}

// ------------------------------------------------------------------ bodies

#[tokio::test]
async fn malformed_bodies_get_the_error_envelope_and_no_panic() {
    let (sandbox, client) = start().await;
    let bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"{".to_vec(),
        b"not json".to_vec(),
        b"[]".to_vec(),
        b"null".to_vec(),
        b"\"text\"".to_vec(),
        vec![0xff, 0xfe, b'{'],
        br#"{"amount":"abc"}"#.to_vec(),
        br#"{"amount":1e400}"#.to_vec(),
        br#"{"amount":-5}"#.to_vec(),
        br#"{"basketItems":{}}"#.to_vec(),
        br#"{"basketItems":[1,2]}"#.to_vec(),
        br#"{"description":5}"#.to_vec(),
        r#"{"customer":"Иван"}"#.as_bytes().to_vec(),
        br#"{"orderSetting":[]}"#.to_vec(),
        format!(r#"{{"amount":{}}}"#, "9".repeat(5000)).into_bytes(),
        "{\"a\":".repeat(200).into_bytes(),
    ];
    for path in [ORDERS, "/billing/api/order/refund-order"] {
        for body in &bodies {
            let (status, _, text) = raw(&sandbox, "POST", path, Some(demo::TOKEN), Some(body.clone())).await;
            let answer: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
            let code = envelope_code(&answer);
            assert!(
                matches!((status, code), (400, "bad_request") | (422, "validation")),
                "{path} {:?}: {status} {text}",
                String::from_utf8_lossy(body)
            );
        }
    }
    // Huge but valid amounts are refused as calculation errors, not with a crash.
    let huge = order_json(
        "H-1",
        replace(
            "\"amount\":3350.50",
            "\"amount\":99999999999999999999999999999999999999999",
        ),
    );
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&huge)).await;
    assert_eq!(status, 422, "{answer}");
    // Still serving.
    client.auth_check().await.unwrap();
    assert_eq!(sandbox.invoicebox().order_count(), 0);
}

#[tokio::test]
async fn missing_fields_are_named() {
    let (sandbox, _) = start().await;
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some("{}")).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"));
    assert_eq!(
        field_names(&answer),
        [
            "description",
            "merchantId",
            "merchantOrderId",
            "amount",
            "vatAmount",
            "currencyId",
            "expirationDate",
            "basketItems",
            "customer"
        ]
    );
    let no_sku = order_json("M-1", replace(r#""sku":"delivery","#, ""));
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&no_sku)).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"));
    assert_eq!(field_names(&answer), ["basketItems[1].sku"]);
    let empty = order_json("M-2", |body| {
        let start = body.find("\"basketItems\":").unwrap();
        body.replace_range(start.., "\"basketItems\":[]}");
    });
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&empty)).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"), "{answer}");
    let (status, answer) = raw_json(&sandbox, "POST", "/billing/api/order/refund-order", Some("{}")).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"));
    assert_eq!(
        field_names(&answer),
        [
            "parentId",
            "merchantOrderId",
            "amount",
            "vatAmount",
            "basketItems",
            "description"
        ]
    );
}

#[tokio::test]
async fn inconsistent_orders_get_the_documented_422_codes() {
    let (sandbox, _) = start().await;
    let cases: Vec<(String, &str, &str)> = vec![
        (
            order_json(
                "C-1",
                replace("\"totalAmount\":3000.00", "\"totalAmount\":3000.01"),
            ),
            "wrong_basket_item_total_amount",
            "basketItems[0].totalAmount",
        ),
        (
            order_json(
                "C-2",
                replace("\"amountWoVat\":1250.00", "\"amountWoVat\":1200.00"),
            ),
            "wrong_basket_item_amount_wo_vat",
            "basketItems[0].amountWoVat",
        ),
        (
            order_json("C-3", |b| {
                *b = b.replacen("\"amountWoVat\":350.50", "\"amountWoVat\":300.50", 1);
                *b = b.replacen("\"totalVatAmount\":0", "\"totalVatAmount\":50.00", 1);
                *b = b.replacen("\"vatAmount\":500.00", "\"vatAmount\":550.00", 1);
            }),
            "wrong_basket_item_total_vat_amount",
            "basketItems[1].totalVatAmount",
        ),
        (
            order_json("C-4", replace("\"amount\":3350.50", "\"amount\":3350.51")),
            "wrong_total_amount",
            "amount",
        ),
        (
            order_json("C-5", replace("\"vatAmount\":500.00", "\"vatAmount\":501")),
            "wrong_total_vat_amount",
            "vatAmount",
        ),
        (
            order_json("C-6", replace("\"RUB\"", "\"XYZ\"")),
            "wrong_currency",
            "currencyId",
        ),
        (
            order_json(
                "C-7",
                replace("\"currencyId\"", "\"languageId\":\"de\",\"currencyId\""),
            ),
            "language_not_found",
            "languageId",
        ),
        (
            order_json("C-8", replace(EXPIRES, "2020-12-22T00:00:00+00:00")),
            "wrong_expiration_date",
            "expirationDate",
        ),
        (
            order_json("C-9", replace(EXPIRES, "2099-12-22T00:00:00")),
            "wrong_expiration_date",
            "expirationDate",
        ),
    ];
    for (body, code, field) in cases {
        let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&body)).await;
        assert_eq!((status, envelope_code(&answer)), (422, code), "{answer}");
        assert_eq!(field_names(&answer), [field], "{answer}");
    }
    // The rounding policy decides what a line may total: 3 × 0.333 = 0.999.
    let line = |policy: &str, total: &str| {
        format!(
            r#"{{"merchantId":"{}","merchantOrderId":"R-{policy}-{total}","description":"r","amount":{total},"vatAmount":0,"currencyId":"RUB","expirationDate":"{}","customer":{{"type":"private"}},"orderSetting":{{"roundPolicy":"{policy}"}},"basketItems":[{{"sku":"s","name":"n","measure":"шт.","measureCode":"796","quantity":3,"amount":0.333,"amountWoVat":0.333,"totalAmount":{total},"totalVatAmount":0,"vatCode":"VATNONE","type":"commodity","paymentType":"full_payment"}}]}}"#,
            demo::MERCHANT_ID,
            in_a_day()
        )
    };
    for (policy, total, ok) in [
        ("strict", "0.999", true),
        ("strict", "1.00", false),
        ("ceil", "1.00", true),
        ("floor", "0.99", true),
        ("floor", "1.00", false),
        ("halfUp", "1.00", true),
        ("none", "1.00", true),
        ("none", "0.99", false),
    ] {
        let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&line(policy, total))).await;
        assert_eq!(status == 200, ok, "{policy} {total}: {answer}");
    }
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&line("sideways", "0.999"))).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"));
}

#[tokio::test]
async fn amounts_keep_their_digits() {
    let (sandbox, client) = start().await;
    let id = create_id(&client, "D-1").await;
    let (status, _, body) = raw(
        &sandbox,
        "GET",
        &format!("/billing/api/order/order/{id}"),
        Some(demo::TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 200);
    for digits in [
        r#""amount":3350.50"#,
        r#""vatAmount":500.00"#,
        r#""quantity":2"#,
        r#""amountWoVat":1250.00"#,
        r#""totalVatAmount":0"#,
    ] {
        assert!(body.contains(digits), "{digits} not in {body}");
    }
    // Amounts sent as strings are read exactly too, and answered as numbers.
    let text_amounts = order_json("D-2", replace("\"amount\":350.50", "\"amount\":\"350.50\""));
    let (status, answer) = raw_json(&sandbox, "POST", ORDERS, Some(&text_amounts)).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["data"]["basketItems"][1]["amount"], json!(350.5));
}

// ------------------------------------------------------------------ lists

#[tokio::test]
async fn lists_filter_sort_and_page() {
    let (sandbox, client) = start().await;
    let ids = [
        create_id(&client, "L-1").await,
        create_id(&client, "L-2").await,
        create_id(&client, "X-3").await,
    ];
    sandbox.pay(Provider::Invoicebox, &ids[1]).await.unwrap();

    let page = client.order_list().page(1).page_size(2).await.unwrap();
    let meta = page.meta_data.unwrap();
    assert_eq!(
        (
            meta.total_count.map(|n| n.0),
            meta.page_size.map(|n| n.0),
            meta.page.map(|n| n.0)
        ),
        (Some(3), Some(2), Some(1))
    );
    assert_eq!(page.data.len(), 2);
    let page = client.order_list().page(2).page_size(2).await.unwrap();
    assert_eq!(page.data.len(), 1);
    assert_eq!(Some(page.data[0].id.as_str()), Some(ids[2].as_str()));
    let page = client.order_list().page(3).page_size(2).await.unwrap();
    assert!(page.data.is_empty());

    let paid = client
        .order_list()
        .status(vec![OrderStatus::Completed])
        .await
        .unwrap();
    assert_eq!(paid.data.len(), 1);
    assert_eq!(Some(paid.data[0].id.as_str()), Some(ids[1].as_str()));
    let either = client
        .order_list()
        .status(vec![OrderStatus::Completed, OrderStatus::Created])
        .await
        .unwrap();
    assert_eq!(either.data.len(), 3);
    let one = client.order_list().merchant_order_id("L-2").await.unwrap();
    assert_eq!(one.data.len(), 1);
    let by_id = client.order_list().id(ids[0].as_str()).await.unwrap();
    assert_eq!(by_id.data[0].merchant_order_id.as_deref(), Some("L-1"));
    let none = client.order_list().merchant_id(OTHER_STORE).await.unwrap();
    assert!(none.data.is_empty());

    let filtered = client
        .order_list()
        .filter(
            QueryFilter::new()
                .starts_with("merchantOrderId", "L-")
                .ne("status", "completed")
                .order_by("createdAt", Direction::Desc)
                .eq("_pageSize", 5),
        )
        .await
        .unwrap();
    let numbers: Vec<_> = filtered
        .data
        .iter()
        .map(|o| o.merchant_order_id.as_deref())
        .collect();
    assert_eq!(numbers, [Some("L-1")]);
    let newest_first = client
        .order_list()
        .filter(QueryFilter::new().order_by("createdAt", Direction::Desc))
        .await
        .unwrap();
    let numbers: Vec<_> = newest_first
        .data
        .iter()
        .map(|o| o.merchant_order_id.as_deref())
        .collect();
    assert_eq!(numbers, [Some("X-3"), Some("L-2"), Some("L-1")]);

    // Every order, page by page, through the client's stream.
    let mut stream = client.order_list().stream_by(2);
    let mut seen = Vec::new();
    while let Some(order) = stream.next_item().await {
        seen.push(order.unwrap().id);
    }
    assert_eq!(seen, ids);

    for query in [
        "page=0",
        "pageSize=x",
        "_order=createdAt:desc",
        "_order[createdAt]=up",
    ] {
        let (status, answer) =
            raw_json(&sandbox, "GET", &format!("/filter/api/order/order?{query}"), None).await;
        assert_eq!((status, envelope_code(&answer)), (422, "validation"), "{query}");
    }
}

// ------------------------------------------------------------------ refunds

#[tokio::test]
async fn refunds_lower_what_is_refundable() {
    let (sandbox, client) = start().await;
    let id = create_id(&client, "F-1").await;
    sandbox.pay(Provider::Invoicebox, &id).await.unwrap();

    let lines = client.refund_basket_items().uuid(&id).await.unwrap().data;
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[1].available_amount,
        Some(DecimalNumber::try_from("350.50").unwrap())
    );

    // Part of the consulting line (one hour of two), then the delivery.
    let hour = line(
        "consult",
        "1",
        "1500.00",
        "1250.00",
        "1500.00",
        "250.00",
        VatCode::RUSVAT20,
    );
    let refund = client
        .refund_create()
        .body_map(|b| {
            b.parent_id(id.as_str())
                .merchant_order_id("F-1-r1")
                .description("Одна консультация не состоялась")
                .amount("1500.00")
                .vat_amount("250.00")
                .basket_items(vec![hour])
        })
        .await
        .unwrap()
        .data;
    assert_eq!(refund.status, RefundStatus::Created);
    assert_eq!(Some(refund.parent_id.as_str()), Some(id.as_str()));
    assert_eq!(refund.merchant_id, demo::MERCHANT_ID);
    assert_eq!(refund.currency_id, "RUB");
    let lines = client.refund_basket_items().uuid(&id).await.unwrap().data;
    assert_eq!(
        lines[0].available_amount,
        Some(DecimalNumber::try_from("1500").unwrap())
    );
    assert_eq!(
        lines[0].available_vat_amount,
        Some(DecimalNumber::try_from("250").unwrap())
    );

    // A draft takes nothing off.
    client
        .refund_create()
        .body_map(|b| {
            b.parent_id(id.as_str())
                .merchant_order_id("F-1-draft")
                .description("Черновик")
                .amount("350.50")
                .vat_amount("0")
                .basket_items(vec![delivery()])
                .status(Some(RefundStatus::Draft))
        })
        .await
        .unwrap();
    refund_delivery(&client, &id, "F-1-r2").await.unwrap();
    let lines = client.refund_basket_items().uuid(&id).await.unwrap().data;
    let skus: Vec<_> = lines.iter().map(|l| l.sku.as_deref()).collect();
    assert_eq!(skus, [Some("consult")]);

    let refunds = client.refund_list().parent_id(id.as_str()).await.unwrap();
    let statuses: Vec<_> = refunds.data.iter().map(|r| r.status.clone()).collect();
    assert_eq!(
        statuses,
        [
            RefundStatus::Completed,
            RefundStatus::Draft,
            RefundStatus::Completed
        ]
    );
    assert_eq!(refunds.meta_data.unwrap().total_count.map(|n| n.0), Some(3));
    let one = client.refund_list().merchant_order_id("F-1-r2").await.unwrap();
    assert_eq!(one.data.len(), 1);
    let drafts = client
        .refund_list()
        .status(vec![RefundStatus::Draft])
        .await
        .unwrap();
    assert_eq!(drafts.data.len(), 1);

    // The order stays paid; the refunds add up.
    let order = client.order_get().uuid(&id).await.unwrap().data;
    assert_eq!(order.status, OrderStatus::Completed);
    assert_eq!(
        sandbox.invoicebox().refunded_amount(&id).as_deref(),
        Some("1850.50")
    );

    // More than is left, or a line the order does not have.
    let p = provider_refusal(refund_delivery(&client, &id, "F-1-r3").await.unwrap_err());
    assert_refused(&p, 422, "wrong_basket_item_total_amount");
    let stranger = line("stranger", "1", "10", "10", "10", "0", VatCode::VATNONE);
    let err = client
        .refund_create()
        .body_map(|b| {
            b.parent_id(id.as_str())
                .merchant_order_id("F-1-r4")
                .description("?")
                .amount("10")
                .vat_amount("0")
                .basket_items(vec![stranger])
        })
        .await
        .unwrap_err();
    assert_refused(&provider_refusal(err), 422, "validation");
}

// ------------------------------------------------------------------ notifications

#[tokio::test]
async fn the_notification_is_signed_with_the_notification_key() {
    let (sandbox, client) = start().await;
    let inbox = Inbox::start(|_| Reply::ok(r#"{"status":"success"}"#))
        .await
        .unwrap();
    let order = create(&client, "N-1", Some(inbox.url())).await;
    let id = order.id;
    assert_eq!(order.notification_url.as_deref(), Some(inbox.url().as_str()));

    let delivery = sandbox.pay(Provider::Invoicebox, &id).await.unwrap().unwrap();
    assert!(delivery.accepted(), "{delivery}");
    assert_eq!(delivery.url, inbox.url());
    assert_eq!(delivery.answer, r#"{"status":"success"}"#);
    let received = inbox.next(Duration::from_secs(5)).await.unwrap();
    assert_eq!(received.method, "POST");
    assert_eq!(received.header("content-type"), Some("application/json"));
    assert_eq!(received.body, delivery.body.as_bytes());

    let signature = received.header("X-Signature").unwrap();
    assert_eq!(signature.len(), 40);
    assert!(
        signature
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
    let key = SigningKey::new(demo::NOTIFICATION_KEY).unwrap();
    let notification = common::invoicebox_notification(&received.body, signature, &key).unwrap();
    assert_eq!(notification.id, id);
    assert_eq!(notification.status, OrderStatus::Completed);
    assert_eq!(notification.merchant_id, demo::MERCHANT_ID);
    assert_eq!(notification.merchant_order_id.as_deref(), Some("N-1"));
    assert_eq!(notification.amount, DecimalNumber::try_from("3350.50").unwrap());
    assert_eq!(notification.currency_id, "RUB");
    assert!(notification.paid_at.is_some());
    assert_eq!(notification.basket_items.len(), 2);

    // Written like PHP: `\/` escapes, Cyrillic as is, the exact digits.
    let text = std::str::from_utf8(&received.body).unwrap();
    assert!(text.contains(r#""paymentUrl":"http:\/\/127.0.0.1:"#), "{text}");
    assert!(text.contains("Консультация и доставка"), "{text}");
    assert!(text.contains(r#""amount":3350.50"#), "{text}");

    // The API token is not the key; a re-serialised or altered body does not verify.
    let token_key = SigningKey::new(demo::TOKEN).unwrap();
    assert_eq!(
        common::invoicebox_notification(&received.body, signature, &token_key).unwrap_err(),
        WebhookError::BadSignature
    );
    let reserialised = serde_json::to_vec(&serde_json::from_slice::<Value>(&received.body).unwrap()).unwrap();
    assert_eq!(
        common::invoicebox_notification(&reserialised, signature, &key).unwrap_err(),
        WebhookError::BadSignature
    );
    let altered = text.replacen("\"status\":\"completed\"", "\"status\":\"canceled\"", 1);
    assert_ne!(altered, text);
    assert_eq!(
        common::invoicebox_notification(altered.as_bytes(), signature, &key).unwrap_err(),
        WebhookError::BadSignature
    );
}

#[tokio::test]
async fn without_an_order_url_the_notification_goes_to_the_store_url() {
    let (sandbox, client) = start().await;
    // No URL anywhere: paid, nothing sent.
    let first = create_id(&client, "S-1").await;
    assert_eq!(sandbox.pay(Provider::Invoicebox, &first).await.unwrap(), None);

    let inbox = Inbox::start(|_| Reply::ok(r#"{"status":"success"}"#))
        .await
        .unwrap();
    sandbox.set_webhook_url(Provider::Invoicebox, inbox.url());
    let second = create_id(&client, "S-2").await;
    // The payer's button on the payment page posts here.
    let response = reqwest::Client::new()
        .post(format!("{}/sandbox/invoicebox/pay/{second}", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let received = inbox.next(Duration::from_secs(5)).await.unwrap();
    let key = SigningKey::new(demo::NOTIFICATION_KEY).unwrap();
    let notification =
        common::invoicebox_notification(&received.body, received.header("x-signature").unwrap(), &key)
            .unwrap();
    assert_eq!(notification.id, second);
    assert_eq!(sandbox.invoicebox().order_status(&second), Some("completed"));
}

#[tokio::test]
async fn the_payment_page_offers_to_pay() {
    let (sandbox, client) = start().await;
    let order = create(&client, "P-1", None).await;
    let url = order.payment_url;
    assert!(
        url.starts_with(&format!("{}/invoicebox/pay/order/", sandbox.url())),
        "{url}"
    );
    let page = reqwest::get(&url).await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("3350.50 RUB"), "{html}");
    assert!(
        html.contains(&format!("/sandbox/invoicebox/pay/{}", order.id)),
        "{html}"
    );
    let missing = reqwest::get(format!("{}/invoicebox/pay/order/nope", sandbox.url()))
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 404);
}

// ------------------------------------------------------------------ the rest

#[tokio::test]
async fn operations_without_state_answer_the_spec_examples_and_unknown_paths() {
    let (sandbox, client) = start().await;
    // Without state (issue 22): the spec's example, after the token and the required input.
    let order = client
        .order_update()
        .uuid("x")
        .body(types::UpdateOrderRequest::default())
        .await
        .unwrap();
    assert_eq!(order.data.id, "017f2c3c-e880-4a08-abc6-7bd3117eea2d");
    let found = client
        .counterparty_lookup()
        .vat_number("7810610046")
        .await
        .unwrap();
    assert_eq!(found.data.len(), 1);
    let (status, answer) = raw_json(&sandbox, "GET", "/filter/api/counterparty-detail", None).await;
    assert_eq!((status, envelope_code(&answer)), (422, "validation"), "{answer}");
    assert_eq!(answer["error"]["fields"][0]["name"], "vatNumber", "{answer}");
    let (status, _, _) = raw(
        &sandbox,
        "GET",
        "/filter/api/counterparty-detail?vatNumber=1",
        None,
        None,
    )
    .await;
    assert_eq!(status, 401);

    let (status, answer) = raw_json(&sandbox, "GET", "/no/such/path", None).await;
    assert_eq!((status, envelope_code(&answer)), (404, "not_found"));
    let (status, answer) = raw_json(&sandbox, "PATCH", "/billing/api/order/order/x", None).await;
    assert_eq!((status, envelope_code(&answer)), (405, "method_not_allowed"));
}
