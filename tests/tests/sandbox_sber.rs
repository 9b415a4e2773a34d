//! The sandbox's Sber SmartPay imitation (`payspec_sandbox::sber`), through the real client
//! and raw with reqwest: the Bearer check and its 401 envelope, unknown invoices, the
//! lifecycle's refusals (refund before payment, paying twice, cancelling an unpaid invoice,
//! ...), malformed bodies, the repeat of an `order_id`, long polling (`wait` honoured, early
//! answer on a change), the list's filters and pages, and that no notification is sent (Sber
//! has none for invoices, <https://developers.sber.ru/docs/ru/va/about/monetization/payments/steps/>).
//! Each test starts its own sandbox.

use std::time::{Duration, Instant};

use payspec_sandbox::sber::{SERVICE_ID, TOKEN};
use payspec_sandbox::{Inbox, Provider, Reply, Sandbox, SandboxError};
use payspec_sber::types::{self, InvoiceStatus};
use payspec_sber::{BearerToken, Client, Error};
use serde_json::{Value, json};

// ------------------------------------------------------------------ helpers

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox, TOKEN);
    (sandbox, client)
}

fn client(sandbox: &Sandbox, token: &str) -> Client {
    Client::with_token(
        &sandbox.base_url(Provider::Sber),
        BearerToken::new(token).unwrap(),
    )
    .unwrap()
}

fn url(sandbox: &Sandbox, path: &str) -> String {
    format!("{}{path}", sandbox.base_url(Provider::Sber))
}

fn line(position_id: i64, kopecks: i64) -> types::OrderBundleItem {
    types::OrderBundleItem {
        position_id,
        name: format!("item {position_id}"),
        item_params: vec![],
        quantity: types::Quantity {
            value: Some(payspec::DecimalNumber::try_from("1.5").unwrap()),
            measure: Some("кг".into()),
        },
        item_amount: kopecks,
        currency: "RUB".into(),
        item_code: format!("code-{position_id}"),
        item_price: kopecks,
        discount_type: Some("percent".into()),
        discount_value: Some(payspec::DecimalNumber::try_from("15.105").unwrap()),
        interest_type: None,
        interest_value: None,
        tax_type: 6,
        tax_sum: None,
        image: None,
    }
}

/// An invoice of two lines (10000 + 2500 kopecks), one- or two-stage.
fn request(order_id: &str, two_stage: bool) -> types::CreateInvoiceRequest {
    types::CreateInvoiceRequest {
        user_id: Some(types::UserId {
            partner_client_id: Some("client-7".into()),
            ..Default::default()
        }),
        ptype: Some(i64::from(two_stage)),
        invoice: types::NewInvoice {
            purchaser: Some(types::Purchaser {
                email: Some("buyer@example.com".into()),
                phone: None,
                contact: None,
            }),
            delivery_info: None,
            invoice_params: vec![],
            order: types::Order {
                order_id: order_id.into(),
                order_number: Some(format!("n-{order_id}")),
                order_date: "2025-01-02T03:04:05+03".into(),
                service_id: SERVICE_ID.into(),
                amount: 12_500,
                currency: "RUB".into(),
                purpose: None,
                description: Some("test".into()),
                language: Some("ru-RU".into()),
                expiration_date: None,
                autocompletion_date: None,
                tax_system: 0,
                order_bundle: vec![line(1, 10_000), line(2, 2_500)],
            },
        },
    }
}

async fn create(client: &Client, order_id: &str, two_stage: bool) -> String {
    let answer = client
        .invoice_create()
        .body(request(order_id, two_stage))
        .await
        .unwrap();
    answer.invoice_id.unwrap().0
}

async fn status(client: &Client, id: &str) -> InvoiceStatus {
    client
        .invoice_get()
        .invoice_id(id)
        .await
        .unwrap()
        .invoice_status
        .unwrap()
}

fn refund_body(current: i64, refund: i64) -> types::RefundInvoiceRequest {
    types::RefundInvoiceRequest {
        invoice: types::RefundInvoice {
            order: types::RefundOrder {
                current_amount: current,
                refund_amount: refund,
                currency: Some("RUB".into()),
                order_bundle: vec![line(1, refund)],
            },
        },
    }
}

fn confirm_body(amount: i64) -> types::ConfirmInvoiceRequest {
    types::ConfirmInvoiceRequest {
        invoice: types::ConfirmInvoice {
            order: types::ConfirmOrder {
                amount,
                currency: Some("RUB".into()),
                order_bundle: vec![line(1, amount)],
            },
        },
    }
}

/// A refusal of the client: `Error::Provider` with code 400 and a message containing `needle`.
fn assert_refused(result: Result<impl std::fmt::Debug, Error>, needle: &str) {
    match result {
        Err(Error::Provider(e)) => {
            assert_eq!(e.status, 400, "{e}");
            assert_eq!(e.code.as_deref(), Some("400"), "{e}");
            assert!(e.message().contains(needle), "{needle:?} not in {e}");
        }
        other => panic!("expected a 400 refusal mentioning {needle:?}, got {other:?}"),
    }
}

/// A raw request: its status and JSON body.
async fn raw(request: reqwest::RequestBuilder) -> (u16, Value) {
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (status, body)
}

/// The documented 400 envelope, `error_description` starting "bad input parameter".
fn assert_bad_input(status: u16, body: &Value) {
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["code"], 400, "{body}");
    assert_eq!(body["error"]["error_code"], "400", "{body}");
    let description = body["error"]["error_description"].as_str().unwrap();
    assert!(description.starts_with("bad input parameter: "), "{body}");
    assert!(body["error"]["user_message"].is_string(), "{body}");
}

// ------------------------------------------------------------------ credentials

#[tokio::test]
async fn a_wrong_token_is_an_authentication_error() {
    let (sandbox, good) = start().await;
    let id = create(&good, "auth-1", false).await;
    let bad = client(&sandbox, "not-the-token");
    let err = bad.invoice_get().invoice_id(&id).await.unwrap_err();
    let Error::Authentication(e) = &err else {
        panic!("expected Error::Authentication, got {err:?}");
    };
    assert_eq!(e.status, 401);
    assert_eq!(e.code.as_deref(), Some("401"));
    assert!(e.message().contains("Access token is missing or invalid"), "{e}");
    // Every operation checks it, and nothing changes.
    let err = bad
        .invoice_create()
        .body(request("auth-2", false))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Authentication(_)), "{err:?}");
    let err = bad.invoice_list().invoice_status("all").await.unwrap_err();
    assert!(matches!(err, Error::Authentication(_)), "{err:?}");
    let err = bad.invoice_cancel().invoice_id(&id).await.unwrap_err();
    assert!(matches!(err, Error::Authentication(_)), "{err:?}");
    assert_eq!(sandbox.sber().invoices().len(), 1);
}

#[tokio::test]
async fn the_401_envelope_is_the_documented_one() {
    let (sandbox, _) = start().await;
    let http = reqwest::Client::new();
    let expected = json!({
        "code": 401,
        "error": {
            "user_message": "Ошибка авторизации",
            "error_description": "Access token is missing or invalid",
            "error_code": "401",
        },
    });
    let list = url(&sandbox, "/invoices?invoice_status=all");
    let requests = [
        http.get(&list),
        http.get(&list).bearer_auth("wrong"),
        http.get(&list).basic_auth(TOKEN, Some("")),
        http.get(&list).header("Authorization", TOKEN),
        http.post(url(&sandbox, "/invoices")).body("not even JSON"),
        http.delete(url(&sandbox, "/invoices/1"))
            .bearer_auth(format!("{TOKEN}x")),
    ];
    for request in requests {
        let (status, body) = raw(request).await;
        assert_eq!((status, &body), (401, &expected));
    }
    // The scheme's case does not matter; the token's does.
    let (status, _) = raw(http.get(&list).header("Authorization", format!("bearer {TOKEN}"))).await;
    assert_eq!(status, 200);
    let upper = TOKEN.to_uppercase();
    let (status, _) = raw(http.get(&list).bearer_auth(upper)).await;
    assert_eq!(status, 401);
}

// ------------------------------------------------------------------ unknown ids, paths

#[tokio::test]
async fn unknown_invoices_are_refused() {
    let (sandbox, client) = start().await;
    assert_refused(
        client.invoice_get().invoice_id("999").await,
        "invoice 999 not found",
    );
    assert_refused(client.invoice_cancel().invoice_id("999").await, "not found");
    assert_refused(
        client
            .invoice_refund()
            .invoice_id("999")
            .body(refund_body(1, 1))
            .await,
        "not found",
    );
    assert_refused(
        client
            .invoice_confirm()
            .invoice_id("999")
            .body(confirm_body(1))
            .await,
        "not found",
    );
    // The lookup by order id: both parameters needed, and an unknown order is refused.
    assert_refused(
        client.invoice_get().invoice_id("0").await,
        "needs service_id and order_id",
    );
    assert_refused(
        client
            .invoice_get()
            .invoice_id("0")
            .service_id(SERVICE_ID)
            .order_id("nope")
            .await,
        "no invoice",
    );
    let err = sandbox.pay(Provider::Sber, "999").await.unwrap_err();
    assert!(matches!(err, SandboxError::NotFound { .. }), "{err:?}");

    // Raw: the envelope, for ids and for paths and methods the API does not have.
    let http = reqwest::Client::new();
    let (status, body) = raw(http.get(url(&sandbox, "/invoices/999")).bearer_auth(TOKEN)).await;
    assert_bad_input(status, &body);
    assert_eq!(
        body["error"]["error_description"],
        "bad input parameter: invoice 999 not found"
    );
    let (status, body) = raw(http.get(url(&sandbox, "/nothing")).bearer_auth(TOKEN)).await;
    assert_eq!((status, &body["error"]["error_code"]), (404, &json!("404")));
    let (status, body) = raw(http.put(url(&sandbox, "/invoices")).bearer_auth(TOKEN)).await;
    assert_eq!((status, &body["error"]["error_code"]), (405, &json!("405")));
}

// ------------------------------------------------------------------ lifecycle

#[tokio::test]
async fn a_one_stage_invoice_is_confirmed_by_the_payment_and_refunded() {
    let (sandbox, client) = start().await;
    let id = create(&client, "one-stage", false).await;
    assert_eq!(status(&client, &id).await, InvoiceStatus::Created);
    let delivery = sandbox.pay(Provider::Sber, &id).await.unwrap();
    assert!(delivery.is_none());
    let invoice = client.invoice_get().invoice_id(&id).await.unwrap();
    assert_eq!(invoice.invoice_status, Some(InvoiceStatus::Confirmed));
    let payment = invoice.payment_info.unwrap();
    assert_eq!(payment.masked_pan.as_deref(), Some("**1111"));
    assert!(payment.payment_id.is_some());
    // The `invoice` block is echoed as sent, decimals digit for digit.
    let order = invoice.invoice.unwrap().order.unwrap();
    assert_eq!(order.amount, Some(12_500));
    let first = &order.order_bundle[0];
    assert_eq!(
        first.quantity.as_ref().unwrap().value.as_ref().unwrap().as_str(),
        "1.5"
    );
    assert_eq!(first.discount_value.as_ref().unwrap().as_str(), "15.105");

    // A one-stage payment holds nothing: confirm and cancel are refused.
    assert_refused(
        client
            .invoice_confirm()
            .invoice_id(&id)
            .body(confirm_body(12_500))
            .await,
        "needs status paid",
    );
    assert_refused(client.invoice_cancel().invoice_id(&id).await, "needs status paid");

    client
        .invoice_refund()
        .invoice_id(&id)
        .body(refund_body(12_500, 12_500))
        .await
        .unwrap();
    assert_eq!(status(&client, &id).await, InvoiceStatus::Refunded);
    let summary = sandbox.sber().invoice(&id).unwrap();
    assert_eq!((summary.amount_confirm, summary.amount_current), (12_500, 0));
    assert_refused(
        client
            .invoice_refund()
            .invoice_id(&id)
            .body(refund_body(0, 1))
            .await,
        "needs status confirmed",
    );
}

#[tokio::test]
async fn a_two_stage_invoice_is_held_then_confirmed_in_part() {
    let (sandbox, client) = start().await;
    let id = create(&client, "two-stage", true).await;
    sandbox.pay(Provider::Sber, &id).await.unwrap();
    assert_eq!(status(&client, &id).await, InvoiceStatus::Paid);
    // More than is held, or lines that do not add up: refused, still held.
    assert_refused(
        client
            .invoice_confirm()
            .invoice_id(&id)
            .body(confirm_body(12_501))
            .await,
        "must be 1 to the held 12500",
    );
    // Partial confirmation: 10000 of 12500.
    client
        .invoice_confirm()
        .invoice_id(&id)
        .body(confirm_body(10_000))
        .await
        .unwrap();
    assert_eq!(status(&client, &id).await, InvoiceStatus::Confirmed);
    let summary = sandbox.sber().invoice(&id).unwrap();
    assert_eq!((summary.amount_confirm, summary.amount_current), (10_000, 10_000));
    // Refunds: current_amount must be the current amount, refund_amount at most that.
    assert_refused(
        client
            .invoice_refund()
            .invoice_id(&id)
            .body(refund_body(12_500, 100))
            .await,
        "is not the invoice's current amount 10000",
    );
    assert_refused(
        client
            .invoice_refund()
            .invoice_id(&id)
            .body(refund_body(10_000, 10_001))
            .await,
        "must be 1 to the current 10000",
    );
    client
        .invoice_refund()
        .invoice_id(&id)
        .body(refund_body(10_000, 4_000))
        .await
        .unwrap();
    assert_eq!(status(&client, &id).await, InvoiceStatus::Confirmed);
    client
        .invoice_refund()
        .invoice_id(&id)
        .body(refund_body(6_000, 6_000))
        .await
        .unwrap();
    assert_eq!(status(&client, &id).await, InvoiceStatus::Refunded);
}

#[tokio::test]
async fn invalid_transitions_are_refused() {
    let (sandbox, client) = start().await;
    let id = create(&client, "transitions", true).await;
    // Nothing paid yet: no refund, confirmation or cancellation.
    assert_refused(
        client
            .invoice_refund()
            .invoice_id(&id)
            .body(refund_body(12_500, 100))
            .await,
        "is created; this operation needs status confirmed",
    );
    assert_refused(
        client
            .invoice_confirm()
            .invoice_id(&id)
            .body(confirm_body(12_500))
            .await,
        "needs status paid",
    );
    assert_refused(client.invoice_cancel().invoice_id(&id).await, "is created");
    // Paying twice.
    sandbox.pay(Provider::Sber, &id).await.unwrap();
    let err = sandbox.pay(Provider::Sber, &id).await.unwrap_err();
    assert!(matches!(err, SandboxError::State { .. }), "{err:?}");
    // Cancel the hold; then nothing more.
    client.invoice_cancel().invoice_id(&id).await.unwrap();
    assert_eq!(status(&client, &id).await, InvoiceStatus::Reversed);
    assert_refused(client.invoice_cancel().invoice_id(&id).await, "is reversed");
    assert!(matches!(
        sandbox.pay(Provider::Sber, &id).await,
        Err(SandboxError::State { .. })
    ));
    assert_eq!(sandbox.sber().invoice(&id).unwrap().amount_current, 0);

    // An invoice without a cart cannot be paid ("otherwise the payment will not happen").
    let mut no_cart = request("no-cart", false);
    no_cart.invoice.order.order_bundle.clear();
    let id = client
        .invoice_create()
        .body(no_cart)
        .await
        .unwrap()
        .invoice_id
        .unwrap()
        .0;
    let err = sandbox.pay(Provider::Sber, &id).await.unwrap_err();
    assert!(err.to_string().contains("order_bundle"), "{err}");
}

#[tokio::test]
async fn a_repeated_order_id_creates_nothing() {
    let (sandbox, client) = start().await;
    let first = create(&client, "repeat", false).await;
    let again = create(&client, "repeat", false).await;
    assert_eq!(first, again);
    assert_eq!(sandbox.sber().invoices().len(), 1);
    // The same order id for a different invoice is refused.
    let mut other = request("repeat", false);
    other.invoice.order.amount = 10_000;
    other.invoice.order.order_bundle.pop();
    assert_refused(
        client.invoice_create().body(other).await,
        "is already used by invoice",
    );
    assert_eq!(sandbox.sber().invoices().len(), 1);
    // The lookup by order id finds it.
    let found = client
        .invoice_get()
        .invoice_id("0")
        .service_id(SERVICE_ID)
        .order_id("repeat")
        .await
        .unwrap();
    assert_eq!(found.invoice_id.unwrap().0, first);
}

// ------------------------------------------------------------------ malformed input

#[tokio::test]
async fn malformed_bodies_get_the_envelope() {
    let (sandbox, client) = start().await;
    let id = create(&client, "malformed", true).await;
    let http = reqwest::Client::new();
    let create_url = url(&sandbox, "/invoices");
    let invoice_url = url(&sandbox, &format!("/invoices/{id}"));
    let good = serde_json::to_value(request("malformed-2", false)).unwrap();
    let with = |pointer: &str, value: Value| {
        let mut body = good.clone();
        *body.pointer_mut(pointer).unwrap() = value;
        body.to_string()
    };
    let bodies = [
        ("not JSON", "{\"invoice\":".to_owned(), "body: "),
        ("empty", String::new(), "body: "),
        ("no invoice", "{}".to_owned(), "missing field `invoice`"),
        ("array", "[]".to_owned(), "body: "),
        (
            "amount as text",
            with("/invoice/order/amount", json!("12500")),
            "body: ",
        ),
        (
            "amount in roubles",
            with("/invoice/order/amount", json!(125.0)),
            "body: ",
        ),
        (
            "lines do not add up",
            with("/invoice/order/amount", json!(12_000)),
            "add up to 12500, not 12000",
        ),
        (
            "other service",
            with("/invoice/order/service_id", json!("1")),
            "is not the token's service",
        ),
        ("ptype 2", with("/ptype", json!(2)), "ptype must be 0 or 1"),
        (
            "empty order id",
            with("/invoice/order/order_id", json!(" ")),
            "order_id is empty",
        ),
        ("zero amount", with("/invoice/order/amount", json!(0)), "positive"),
        (
            "quantity text",
            with("/invoice/order/order_bundle/0/quantity", json!("1")),
            "body: ",
        ),
    ];
    for (what, body, needle) in bodies {
        let (status, answer) = raw(http.post(&create_url).bearer_auth(TOKEN).body(body)).await;
        assert_bad_input(status, &answer);
        let description = answer["error"]["error_description"].as_str().unwrap();
        assert!(
            description.contains(needle),
            "{what}: {needle:?} not in {description}"
        );
    }
    for request in [
        http.patch(&invoice_url).body("{"),
        http.patch(&invoice_url)
            .body(r#"{"invoice":{"order":{"refund_amount":1}}}"#),
        http.put(&invoice_url).body(""),
        http.put(&invoice_url)
            .body(r#"{"invoice":{"order":{"amount":"all"}}}"#),
        http.post(&invoice_url).body(r#"{"operations":[]}"#),
        http.get(format!("{create_url}?page=first")),
        http.get(format!("{create_url}?size=0")),
        http.get(format!("{create_url}?invoice_status=lost")),
        http.get(format!("{create_url}?date_from=1.2.2025")),
        http.get(format!("{create_url}?masked_pan=12")),
        http.get(format!("{invoice_url}?inv_status=created&wait=soon")),
        http.get(format!("{invoice_url}?inv_status=gone&wait=1")),
    ] {
        let (status, answer) = raw(request.bearer_auth(TOKEN)).await;
        assert_bad_input(status, &answer);
    }
    // Nothing was created or changed, and the sandbox still works.
    assert_eq!(sandbox.sber().invoices().len(), 1);
    assert_eq!(status(&client, &id).await, InvoiceStatus::Created);
    create(&client, "after-malformed", false).await;
}

// ------------------------------------------------------------------ long polling

#[tokio::test]
async fn a_long_poll_waits_up_to_wait() {
    let (_sandbox, client) = start().await;
    let id = create(&client, "poll-timeout", false).await;
    let started = Instant::now();
    let invoice = client
        .invoice_get()
        .invoice_id(&id)
        .inv_status(InvoiceStatus::Created)
        .wait(1)
        .await
        .unwrap();
    let took = started.elapsed();
    assert_eq!(invoice.invoice_status, Some(InvoiceStatus::Created));
    assert!(took >= Duration::from_millis(950), "{took:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");
    // A status other than the current one: the answer comes at once.
    let started = Instant::now();
    client
        .invoice_get()
        .invoice_id(&id)
        .inv_status(InvoiceStatus::Paid)
        .wait(30)
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_millis(500));
}

#[tokio::test]
async fn a_long_poll_answers_when_the_status_changes() {
    let (sandbox, client) = start().await;
    let id = create(&client, "poll-change", false).await;
    let other = create(&client, "poll-other", false).await;
    let poll = async {
        let started = Instant::now();
        let invoice = client
            .invoice_get()
            .invoice_id(&id)
            .inv_status(InvoiceStatus::Created)
            .wait(20)
            .await
            .unwrap();
        (invoice.invoice_status, started.elapsed())
    };
    let payer = async {
        // A change of another invoice does not end the poll.
        tokio::time::sleep(Duration::from_millis(200)).await;
        sandbox.pay(Provider::Sber, &other).await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        sandbox.pay(Provider::Sber, &id).await.unwrap();
    };
    let ((polled, took), ()) = tokio::join!(poll, payer);
    assert_eq!(polled, Some(InvoiceStatus::Confirmed));
    assert!(took >= Duration::from_millis(400), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    // The client's own helper over the same call.
    let id = create(&client, "poll-helper", true).await;
    let helper = client.wait_for_status_change(&id, InvoiceStatus::Created, Duration::from_secs(20));
    let payer = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        sandbox.pay(Provider::Sber, &id).await.unwrap();
    };
    let (invoice, ()) = tokio::join!(helper, payer);
    assert_eq!(invoice.unwrap().invoice_status, Some(InvoiceStatus::Paid));
}

// ------------------------------------------------------------------ list

#[tokio::test]
async fn the_list_filters_and_pages() {
    let (sandbox, client) = start().await;
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(create(&client, &format!("list-{n}"), n % 2 == 1).await);
    }
    // Without invoice_status: only paid and confirmed, so none yet.
    let page = client.invoice_list().await.unwrap();
    assert_eq!((page.total_elements, page.empty), (Some(0), Some(true)));
    assert!(page.invoices.is_empty());

    // Pages of 2 from 0, oldest first, in the Spring Data wrapper.
    let page = client
        .invoice_list()
        .invoice_status("created")
        .page(1)
        .size(2)
        .await
        .unwrap();
    let listed: Vec<&str> = page.invoices.iter().map(|i| i.invoice_id.as_str()).collect();
    assert_eq!(listed, [ids[2].as_str(), ids[3].as_str()]);
    assert_eq!(
        (
            page.number,
            page.size,
            page.number_of_elements,
            page.total_elements,
            page.total_pages
        ),
        (Some(1), Some(2), Some(2), Some(5), Some(3))
    );
    assert_eq!(
        (page.first, page.last, page.empty),
        (Some(false), Some(false), Some(false))
    );
    assert_eq!(page.pageable.unwrap().offset, Some(2));
    let item = &page.invoices[0];
    assert_eq!(item.invoice_status, Some(InvoiceStatus::Created));
    assert_eq!(item.amount_create.as_ref().unwrap().amount, Some(12_500));
    assert_eq!(item.visual_amount.as_deref(), Some("125,00 ₽"));
    assert_eq!(item.order_number.as_deref(), Some("n-list-2"));
    // The client's stream walks every page.
    let all = client
        .invoice_list()
        .invoice_status("all")
        .stream_by(2)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 5);

    // Pay two: the default filter shows them (one confirmed, one paid).
    sandbox.pay(Provider::Sber, &ids[0]).await.unwrap();
    sandbox.pay(Provider::Sber, &ids[1]).await.unwrap();
    let page = client.invoice_list().await.unwrap();
    let statuses: Vec<_> = page
        .invoices
        .iter()
        .map(|i| i.invoice_status.clone().unwrap())
        .collect();
    assert_eq!(statuses, [InvoiceStatus::Confirmed, InvoiceStatus::Paid]);
    assert_eq!(
        page.invoices[0]
            .payment_info
            .as_ref()
            .unwrap()
            .masked_pan
            .as_deref(),
        Some("**1111")
    );

    // Filters: statuses, card digits, order number, amounts, dates, the user.
    let count = |page: types::InvoiceListPage| page.invoices.len();
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("created,paid")
                .await
                .unwrap()
        ),
        4
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .masked_pan("1111")
                .await
                .unwrap()
        ),
        2
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .masked_pan("2222")
                .await
                .unwrap()
        ),
        0
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .order_num("n-list-4")
                .await
                .unwrap()
        ),
        1
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .amount_from(12_501)
                .await
                .unwrap()
        ),
        0
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .amount_to(12_500)
                .await
                .unwrap()
        ),
        5
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .date_to("2000-01-01")
                .await
                .unwrap()
        ),
        0
    );
    assert_eq!(
        count(
            client
                .invoice_list()
                .invoice_status("all")
                .date_from("2000-01-01")
                .await
                .unwrap()
        ),
        5
    );
    let by_user = client
        .invoice_list()
        .invoice_status("all")
        .partner_client_id("client-7");
    assert_eq!(count(by_user.await.unwrap()), 5);
    let by_user = client
        .invoice_list()
        .invoice_status("all")
        .partner_client_id("client-8");
    assert_eq!(count(by_user.await.unwrap()), 0);
}

// ------------------------------------------------------------------ start payment, notifications

#[tokio::test]
async fn starting_a_payment_gives_the_sandbox_form() {
    let (sandbox, client) = start().await;
    let id = create(&client, "form", false).await;
    let body = types::StartPaymentRequest {
        user_id: None,
        operations: vec![types::PaymentOperation {
            operation: Some("payment".into()),
            code: Some("QR".into()),
            value: Some("0".into()),
        }],
        device_info: None,
        return_deeplink: None,
        return_url: None,
        success_url: None,
        fail_url: None,
    };
    let answer = client
        .invoice_start_payment()
        .invoice_id(&id)
        .body(body)
        .await
        .unwrap();
    let form_url = answer.form_url.unwrap();
    assert_eq!(form_url, format!("{}/sandbox/sber/pay/{id}", sandbox.url()));
    let invoice = client.invoice_get().invoice_id(&id).await.unwrap();
    assert_eq!(invoice.invoice_status, Some(InvoiceStatus::Executed));
    assert_eq!(invoice.form_url.as_deref(), Some(form_url.as_str()));
    // The "form" is the sandbox's pay control: posting to it pays.
    let response = reqwest::Client::new().post(&form_url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(status(&client, &id).await, InvoiceStatus::Confirmed);
}

#[tokio::test]
async fn no_notification_is_sent() {
    // Sber documents no callback for invoices
    // (https://developers.sber.ru/docs/ru/va/about/monetization/payments/steps/): even with a
    // notification URL set, paying sends nothing.
    let (sandbox, client) = start().await;
    let inbox = Inbox::start(|_| Reply::ok("OK")).await.unwrap();
    sandbox.set_webhook_url(Provider::Sber, inbox.url());
    let id = create(&client, "quiet", false).await;
    assert_eq!(sandbox.pay(Provider::Sber, &id).await.unwrap(), None);
    assert!(inbox.next(Duration::from_millis(300)).await.is_none());
}
