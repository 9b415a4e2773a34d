//! The PayKeeper imitation of `payspec-sandbox`, through the real client and raw with reqwest:
//!
//! - credentials: wrong Basic credentials are HTTP 401 (`Error::Authentication`), for GETs,
//!   POSTs and the token fetch; a POST without the right security token gets the documented
//!   `{"result":"fail","msg":"Токен безопасности не верен."}`, which the client recognises: a
//!   rotated token is refetched once and the call repeated;
//! - unknown ids, invalid transitions (pay twice, refund beyond the payment, refund a refunded
//!   payment, revoke a paid invoice, pay a revoked one) and malformed requests (missing or bad
//!   fields, bad percent-encoding, a JSON body) get `fail` envelopes at HTTP 200 and never a
//!   panic;
//! - the answers' shapes: strings where PayKeeper sends strings, `"null"`, one-object arrays,
//!   `\u` escapes; the history's `created` rule and `from` / `limit` paging;
//! - notifications: signed so that `verify_notification` accepts them, a tampered copy refused;
//!   the merchant's answer decides between `success` and `stuck`; `payment_repeatcnt`,
//!   `informer_url` and `informer_seed` through the API.

use std::time::Duration;

use payspec::webhook::md5_hex;
use payspec_paykeeper::types::{InvoiceStatus, PaymentStatus};
use payspec_paykeeper::{
    Client, Credentials, Error, STALE_TOKEN_MESSAGE, SigningKey, WebhookError, types, verify_notification,
};
use payspec_sandbox::paykeeper::{
    INVOICE_NOT_FOUND, PASSWORD, PAYMENT_NOT_FOUND, REFUND_REFUSED, SECRET, TOKEN_INVALID, USER,
    expected_reply,
};
use payspec_sandbox::{Inbox, Provider, Received, Reply, Sandbox, SandboxError};
use serde_json::{Value, json};

const FORM: &str = "application/x-www-form-urlencoded";

// ------------------------------------------------------------------ helpers

fn client_as(sandbox: &Sandbox, user: &str, password: &str) -> Client {
    let credentials = Credentials::new(user, password).unwrap();
    Client::with_credentials(&sandbox.base_url(Provider::Paykeeper), credentials).unwrap()
}

fn client(sandbox: &Sandbox) -> Client {
    client_as(sandbox, USER, PASSWORD)
}

fn url(sandbox: &Sandbox, path: &str) -> String {
    format!("{}{path}", sandbox.base_url(Provider::Paykeeper))
}

/// A raw GET with the demo credentials: (status, body).
async fn get(sandbox: &Sandbox, path: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .get(url(sandbox, path))
        .basic_auth(USER, Some(PASSWORD))
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// A raw POST with the demo credentials: (status, body).
async fn post(
    sandbox: &Sandbox,
    path: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(url(sandbox, path))
        .basic_auth(USER, Some(PASSWORD))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// A raw form POST carrying the current security token after `fields`.
async fn post_form(sandbox: &Sandbox, path: &str, fields: &str) -> (u16, String) {
    let token = sandbox.paykeeper().token();
    let body = if fields.is_empty() {
        format!("token={token}")
    } else {
        format!("{fields}&token={token}")
    };
    post(sandbox, path, FORM, body).await
}

fn parse(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// Asserts a `fail` envelope at HTTP 200 and returns its message.
fn fail_message((status, body): (u16, String)) -> String {
    assert_eq!(status, 200, "{body}");
    let value = parse(&body);
    assert_eq!(value["result"], "fail", "{body}");
    assert_eq!(value.as_object().unwrap().len(), 2, "{body}");
    value["msg"].as_str().unwrap().to_owned()
}

fn provider_messages(err: Error) -> Vec<String> {
    match err {
        Error::Provider(p) => {
            assert_eq!(p.status, 200);
            p.messages
        }
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

async fn create_invoice(client: &Client, amount: &str) -> String {
    let created = client
        .invoice_preview()
        .body_map(|b| {
            b.pay_amount(amount)
                .clientid("Ivan Ivanov".to_owned())
                .orderid("1337".to_owned())
                .client_email("payer@example.com".to_owned())
        })
        .await
        .unwrap();
    created.invoice_id.to_string()
}

async fn invoice(client: &Client, id: &str) -> types::Invoice {
    client.invoice_byid().id(id).await.unwrap().into_inner()
}

async fn payment(client: &Client, id: &str) -> types::Payment {
    client.payment_byid().id(id).await.unwrap().into_inner()
}

/// The merchant's endpoint: verifies with `secret` and answers the expected reply.
async fn merchant_inbox(secret: &str) -> Inbox {
    let secret = SigningKey::new(secret).unwrap();
    Inbox::start(
        move |received: &Received| match verify_notification(&received.body, &secret) {
            Ok(verified) => Reply::ok(verified.reply),
            Err(e) => Reply {
                status: 400,
                body: format!("Error! {e}"),
            },
        },
    )
    .await
    .unwrap()
}

/// Creates and pays an invoice of `amount` (no notification URL set: no notification);
/// returns (invoice id, payment id).
async fn paid_invoice(sandbox: &Sandbox, client: &Client, amount: &str) -> (String, String) {
    let id = create_invoice(client, amount).await;
    sandbox.pay(Provider::Paykeeper, &id).await.unwrap();
    let payment = sandbox.paykeeper().invoice_payment(&id).unwrap();
    (id, payment)
}

// ------------------------------------------------------------------ credentials

/// The client's token endpoint (the generated table), which the sandbox must serve.
const TOKEN_PATH: &str = match payspec_paykeeper::TOKEN_ENDPOINT {
    Some(path) => path,
    None => panic!("no token endpoint"),
};

#[tokio::test]
async fn wrong_basic_credentials_are_an_authentication_error_for_gets_and_posts() {
    let sandbox = Sandbox::start().await.unwrap();
    let intruder = client_as(&sandbox, USER, "not-the-password");

    let err = intruder.invoice_list().await.unwrap_err();
    let Error::Authentication(refusal) = err else {
        panic!("expected Error::Authentication, got {err:?}")
    };
    assert_eq!(refusal.status, 401);

    // A POST stops at the token fetch, which is refused the same way: nothing is created.
    let err = intruder
        .invoice_preview()
        .body_map(|b| b.pay_amount("10.00"))
        .await
        .unwrap_err();
    let Error::Authentication(refusal) = err else {
        panic!("expected Error::Authentication, got {err:?}")
    };
    assert_eq!(refusal.status, 401);
    assert_eq!(sandbox.paykeeper().token_fetches(), 0);
    assert_eq!(sandbox.paykeeper().invoice_status("20000000000000001"), None);

    let err = client_as(&sandbox, "someone", PASSWORD)
        .payment_byid()
        .id("1001")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Authentication(_)), "{err:?}");
}

#[tokio::test]
async fn wrong_basic_credentials_raw_are_401_with_a_basic_challenge() {
    let sandbox = Sandbox::start().await.unwrap();
    let http = reqwest::Client::new();
    let token_url = url(&sandbox, TOKEN_PATH);
    let attempts = [
        http.get(&token_url),
        http.get(&token_url).basic_auth(USER, Some("demo2")),
        http.get(&token_url).basic_auth("DEMO", Some(PASSWORD)),
        http.get(&token_url).bearer_auth("demo"),
        http.get(&token_url)
            .header("authorization", "Basic %%%not-base64"),
        http.get(&token_url).header("authorization", "Basic"),
        // Changes too, before any token check; and paths the sandbox does not imitate.
        http.post(url(&sandbox, "/change/invoice/preview/"))
            .header("content-type", FORM)
            .body("pay_amount=1"),
        http.get(url(&sandbox, "/info/user/settings/")),
    ];
    for attempt in attempts {
        let response = attempt.send().await.unwrap();
        assert_eq!(response.status(), 401);
        assert_eq!(
            response.headers()["www-authenticate"],
            "Basic realm=\"PayKeeper\""
        );
    }
    assert_eq!(sandbox.paykeeper().token_fetches(), 0);
    // The right ones, raw: the token as documented (an object).
    let (status, body) = get(&sandbox, TOKEN_PATH).await;
    assert_eq!(status, 200);
    assert_eq!(parse(&body), json!({"token": sandbox.paykeeper().token()}));
    assert_eq!(sandbox.paykeeper().token().len(), 32);
}

#[tokio::test]
async fn a_post_without_the_right_token_gets_the_documented_envelope() {
    let sandbox = Sandbox::start().await.unwrap();
    // The message the client treats as a stale token.
    assert_eq!(TOKEN_INVALID, STALE_TOKEN_MESSAGE);
    let path = "/change/invoice/preview/";
    let cases = [
        (FORM, "pay_amount=10.00".to_owned()),
        (FORM, "pay_amount=10.00&token=".to_owned()),
        (
            FORM,
            "pay_amount=10.00&token=fd50e47596cff6c63c7ea0a633c0d2a8".to_owned(),
        ),
        // PHP reads no form fields from a JSON body, so the token is missing too.
        (
            "application/json",
            json!({"pay_amount": "10.00", "token": sandbox.paykeeper().token()}).to_string(),
        ),
        (
            "text/plain",
            format!("pay_amount=10.00&token={}", sandbox.paykeeper().token()),
        ),
    ];
    for (content_type, body) in cases {
        let (status, answer) = post(&sandbox, path, content_type, body).await;
        assert_eq!(status, 200);
        // Written like PHP's json_encode: the Cyrillic text as \u escapes.
        assert!(answer.contains(r"\u0422\u043e\u043a\u0435\u043d"), "{answer}");
        assert_eq!(
            parse(&answer),
            json!({"result": "fail", "msg": STALE_TOKEN_MESSAGE})
        );
    }
    assert_eq!(sandbox.paykeeper().invoice_status("20000000000000001"), None);
    // With the token it works.
    let (_, answer) = post_form(&sandbox, path, "pay_amount=10.00").await;
    assert_eq!(parse(&answer)["invoice_id"], "20000000000000001");
}

#[tokio::test]
async fn the_client_refetches_a_rotated_token_once_and_repeats_the_call() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let first = create_invoice(&client, "10.00").await;
    create_invoice(&client, "11.00").await;
    assert_eq!(sandbox.paykeeper().token_fetches(), 1);

    // PayKeeper changes the token once a day.
    sandbox.paykeeper().rotate_token();
    client.invoice_send().body_map(|b| b.id(&first)).await.unwrap();
    assert_eq!(sandbox.paykeeper().token_fetches(), 2);
    assert_eq!(sandbox.paykeeper().invoice_status(&first), Some("sent"));
    // GETs carry no token and need none.
    assert_eq!(invoice(&client, &first).await.status, Some(InvoiceStatus::Sent));
    assert_eq!(sandbox.paykeeper().token_fetches(), 2);
}

// ------------------------------------------------------------------ unknown ids

#[tokio::test]
async fn unknown_ids_get_fail_envelopes() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);

    let err = client.invoice_byid().id("20000000000000099").await.unwrap_err();
    assert_eq!(provider_messages(err), [INVOICE_NOT_FOUND]);
    assert_eq!(INVOICE_NOT_FOUND, "Счёт не найден.");
    let err = client.invoice_send().body_map(|b| b.id("1")).await.unwrap_err();
    assert_eq!(provider_messages(err), [INVOICE_NOT_FOUND]);
    let err = client.invoice_revoke().body_map(|b| b.id("1")).await.unwrap_err();
    assert_eq!(provider_messages(err), [INVOICE_NOT_FOUND]);
    let err = client.payment_byid().id("1001").await.unwrap_err();
    assert_eq!(provider_messages(err), [PAYMENT_NOT_FOUND]);
    let err = client.refunds_bypaymentid().id("1001").await.unwrap_err();
    assert_eq!(provider_messages(err), [PAYMENT_NOT_FOUND]);
    let err = client
        .payment_reverse()
        .body_map(|b| b.id("1001").amount("1.00").partial(true))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), [PAYMENT_NOT_FOUND]);

    // Raw: the exact envelope.
    let answer = get(&sandbox, "/info/invoice/byid/?id=42").await;
    assert_eq!(fail_message(answer), "Счёт не найден.");

    // Paying what does not exist.
    let err = sandbox.pay(Provider::Paykeeper, "42").await.unwrap_err();
    assert!(
        matches!(err, SandboxError::NotFound { what: "invoice", .. }),
        "{err}"
    );
}

// ------------------------------------------------------------------ transitions

#[tokio::test]
async fn invalid_transitions_are_refused() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let (invoice_id, payment_id) = paid_invoice(&sandbox, &client, "100.00").await;

    // Paying twice.
    let err = sandbox.pay(Provider::Paykeeper, &invoice_id).await.unwrap_err();
    assert!(matches!(err, SandboxError::State { .. }), "{err}");
    // A paid invoice can be neither sent, revoked nor paid in cash.
    let err = client
        .invoice_send()
        .body_map(|b| b.id(&invoice_id))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), ["Счёт уже оплачен."]);
    let err = client
        .invoice_revoke()
        .body_map(|b| b.id(&invoice_id))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), ["Нельзя отменить оплаченный счёт."]);
    let err = client
        .invoice_accept_cash()
        .body_map(|b| b.invoice_id(&invoice_id))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), ["Счёт уже оплачен."]);
    // Refunds are by payment id: the invoice number is not one.
    let err = client
        .payment_reverse()
        .body_map(|b| b.id(&invoice_id).amount("100.00").partial(false))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), [PAYMENT_NOT_FOUND]);
    // More than was paid; a "full" refund of less than the remainder.
    let err = client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount("100.01").partial(true))
        .await
        .unwrap_err();
    assert_eq!(
        provider_messages(err),
        ["Сумма возврата больше остатка по платежу (100.00)."]
    );
    let err = client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount("60.00").partial(false))
        .await
        .unwrap_err();
    assert!(provider_messages(err)[0].starts_with("При полном возврате"));
    assert_eq!(sandbox.paykeeper().payment_status(&payment_id), Some("success"));

    // Refund it all, then once more: the documented refusal.
    client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount("100.00").partial(false))
        .await
        .unwrap();
    assert_eq!(sandbox.paykeeper().payment_status(&payment_id), Some("refunded"));
    let err = client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount("1.00").partial(true))
        .await
        .unwrap_err();
    let messages = provider_messages(err);
    assert_eq!(messages, [REFUND_REFUSED]);
    assert!(messages[0].starts_with("Нельзя сделать возврат по платежу, статус которого не \"совершён\""));

    // A revoked invoice: not twice, not sent, not paid.
    let revoked = create_invoice(&client, "5.00").await;
    client
        .invoice_revoke()
        .body_map(|b| b.id(&revoked))
        .await
        .unwrap();
    let err = client
        .invoice_revoke()
        .body_map(|b| b.id(&revoked))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), ["Счёт уже отменён или просрочен."]);
    let err = client
        .invoice_send()
        .body_map(|b| b.id(&revoked))
        .await
        .unwrap_err();
    assert_eq!(provider_messages(err), ["Счёт отменён или просрочен."]);
    let err = sandbox.pay(Provider::Paykeeper, &revoked).await.unwrap_err();
    assert!(matches!(err, SandboxError::State { .. }), "{err}");
    let shown = invoice(&client, &revoked).await;
    assert_eq!(shown.status, Some(InvoiceStatus::Expired));
    assert_eq!(sandbox.paykeeper().invoice_revoked(&revoked), Some(true));
    assert!(shown.expiry_datetime.unwrap().as_deref().is_some());

    // An invoice without the payer's e-mail cannot be sent.
    let no_mail = client
        .invoice_preview()
        .body_map(|b| b.pay_amount("5.00"))
        .await
        .unwrap()
        .invoice_id
        .to_string();
    let err = client
        .invoice_send()
        .body_map(|b| b.id(&no_mail))
        .await
        .unwrap_err();
    assert!(provider_messages(err)[0].contains("e-mail"));
}

#[tokio::test]
async fn partial_refunds_add_up_and_are_listed() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let (_, payment_id) = paid_invoice(&sandbox, &client, "1205.98").await;
    assert!(
        client
            .refunds_bypaymentid()
            .id(&payment_id)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        payment(&client, &payment_id)
            .await
            .refund_amount
            .as_ref()
            .and_then(|r| r.value()),
        None,
        "null until the first refund"
    );

    for amount in ["200.00", "0.98"] {
        client
            .payment_reverse()
            .body_map(|b| b.id(&payment_id).amount(amount).partial(true))
            .await
            .unwrap();
    }
    let shown = payment(&client, &payment_id).await;
    assert_eq!(shown.status, Some(PaymentStatus::PartiallyRefunded));
    assert_eq!(shown.refund_amount.unwrap().value().unwrap().as_str(), "200.98");
    // The rest, in full.
    client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount("1005.00").partial(false))
        .await
        .unwrap();
    assert_eq!(
        payment(&client, &payment_id).await.status,
        Some(PaymentStatus::Refunded)
    );

    // Raw: strings where PayKeeper sends strings.
    let (_, body) = get(&sandbox, &format!("/info/refunds/bypaymentid/?id={payment_id}")).await;
    let refunds = parse(&body);
    let rows: Vec<(&str, &str, &str, &str)> = refunds
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["refund_number"].as_str().unwrap(),
                r["amount"].as_str().unwrap(),
                r["remainder"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("1", "200.00", "1005.98", "done"),
            ("2", "0.98", "1005.00", "done"),
            ("3", "1005.00", "0.00", "done"),
        ]
    );
    assert_eq!(refunds[0]["payment_id"], payment_id.as_str());
}

#[tokio::test]
async fn accept_cash_pays_without_a_notification() {
    let sandbox = Sandbox::start().await.unwrap();
    let inbox = merchant_inbox(SECRET).await;
    sandbox.set_webhook_url(Provider::Paykeeper, inbox.url());
    let client = client(&sandbox);
    let id = create_invoice(&client, "777.00").await;
    let answer = client
        .invoice_accept_cash()
        .body_map(|b| b.invoice_id(&id).client_phone("+79954332810".to_owned()))
        .await
        .unwrap();
    assert_eq!(answer.result.as_deref(), Some("success"));
    let cash = answer.payment.unwrap();
    assert_eq!(cash.status, Some(PaymentStatus::Success));
    assert_eq!(cash.pay_amount.unwrap().as_str(), "777.00");
    assert_eq!(cash.client_phone.unwrap().as_deref(), Some("+79954332810"));
    let shown = invoice(&client, &id).await;
    assert_eq!(shown.status, Some(InvoiceStatus::Paid));
    let payment_id = shown.paymentid.unwrap().as_deref().unwrap().to_owned();
    assert_eq!(
        payment(&client, &payment_id).await.status,
        Some(PaymentStatus::Success)
    );
    assert!(inbox.next(Duration::from_millis(300)).await.is_none());
}

// ------------------------------------------------------------------ malformed requests

#[tokio::test]
async fn malformed_requests_get_fail_envelopes_and_never_a_panic() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let (_, payment_id) = paid_invoice(&sandbox, &client, "50.00").await;
    let preview = "/change/invoice/preview/";
    let reverse = "/change/payment/reverse/";
    let cases: Vec<(&str, String, &str)> = vec![
        (
            preview,
            String::new(),
            "Не указан обязательный параметр pay_amount.",
        ),
        (
            preview,
            "pay_amount=".into(),
            "Не указан обязательный параметр pay_amount.",
        ),
        (preview, "pay_amount=abc".into(), "Неверная сумма счёта: abc."),
        (preview, "pay_amount=1.005".into(), "Неверная сумма счёта: 1.005."),
        (preview, "pay_amount=-5".into(), "Неверная сумма счёта: -5."),
        (preview, "pay_amount=0".into(), "Неверная сумма счёта: 0."),
        (preview, "pay_amount=1e3".into(), "Неверная сумма счёта: 1e3."),
        (
            preview,
            "pay_amount=99999999999999999999999999999999999999999".into(),
            "Неверная сумма счёта: 99999999999999999999999999999999999999999.",
        ),
        (
            preview,
            "pay_amount=5&expiry=tomorrow".into(),
            "Неверный формат срока действия счёта (expiry).",
        ),
        (
            preview,
            "pay_amount=5&expiry=2000-01-01".into(),
            "Срок действия счёта уже прошёл.",
        ),
        (
            reverse,
            format!("id={payment_id}&amount=1.00"),
            "Не указан обязательный параметр partial.",
        ),
        (
            reverse,
            format!("id={payment_id}&amount=1.00&partial=maybe"),
            "Неверное значение параметра partial: нужно true или false.",
        ),
        (
            reverse,
            format!("id={payment_id}&amount=one&partial=true"),
            "Неверная сумма возврата: one.",
        ),
        (
            "/change/invoice/send/",
            String::new(),
            "Не указан обязательный параметр id.",
        ),
        (
            "/change/organization/setting/",
            "name=informer_url&value=not a url".into(),
            "Неверный адрес для оповещений.",
        ),
    ];
    for (path, fields, expected) in cases {
        let answer = post_form(&sandbox, path, &fields).await;
        assert_eq!(fail_message(answer), expected, "{path} {fields}");
    }
    // Bytes that are not UTF-8 and broken percent-escapes: decoded leniently, then refused.
    let token = sandbox.paykeeper().token();
    let mut body = b"pay_amount=%zz\xff\xfe&clientid=%E0%A4&token=".to_vec();
    body.extend_from_slice(token.as_bytes());
    let answer = post(&sandbox, preview, FORM, body).await;
    assert!(fail_message(answer).starts_with("Неверная сумма счёта"));

    let gets = [
        ("/info/invoice/byid/", "Не указан обязательный параметр id."),
        ("/info/invoice/list/?from=-1", "Неверное значение параметра from."),
        (
            "/info/invoice/list/?limit=ten",
            "Неверное значение параметра limit.",
        ),
        (
            "/info/invoice/list/?start_date=15.04.2014",
            "Неверный формат даты start_date, нужен ГГГГ-ММ-ДД.",
        ),
        (
            "/info/invoice/list/?end_date=2014-04-1%D0%AF",
            "Неверный формат даты end_date, нужен ГГГГ-ММ-ДД.",
        ),
        (
            "/info/payments/bydate/?end=2024-01-01",
            "Не указан обязательный параметр start.",
        ),
        (
            "/info/payments/bydate/?start=2024-01-01&end=x",
            "Неверный формат даты end, нужен ГГГГ-ММ-ДД.",
        ),
        ("/info/refunds/bypaymentid/?id=%FF", PAYMENT_NOT_FOUND),
    ];
    for (path, expected) in gets {
        assert_eq!(fail_message(get(&sandbox, path).await), expected, "{path}");
    }

    // Operations without state answer the spec's example (issue 22), after the same checks:
    // a POST without the token is refused, a missing required field too.
    let (status, body) = post(
        &sandbox,
        "/change/payment/capture/",
        FORM,
        format!("id={payment_id}"),
    )
    .await;
    assert_eq!(fail_message((status, body)), TOKEN_INVALID);
    let answer = post_form(&sandbox, "/change/payment/capture/", "").await;
    assert_eq!(fail_message(answer), "Не указан обязательный параметр id.");
    let captured = client
        .payment_capture()
        .body_map(|b| b.id(&payment_id))
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(&captured).unwrap()["result"], "success");
    // A path the spec does not have: the envelope with HTTP 404.
    let (status, body) = post_form(&sandbox, "/change/no/such/", "").await;
    assert_eq!((status, parse(&body)["result"].clone()), (404, json!("fail")));

    // Still serving, nothing changed.
    assert_eq!(
        payment(&client, &payment_id).await.status,
        Some(PaymentStatus::Success)
    );
    assert_eq!(sandbox.paykeeper().invoice_status("20000000000000002"), None);
}

// ------------------------------------------------------------------ shapes and the history

#[tokio::test]
async fn answers_have_the_documented_shapes() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let (_, created) = post_form(
        &sandbox,
        "/change/invoice/preview/",
        "pay_amount=1205.9&clientid=%D0%98%D0%B2%D0%B0%D0%BD&expiry=2099-01-19",
    )
    .await;
    let created = parse(&created);
    let id = created["invoice_id"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 17);
    assert_eq!(
        created["invoice_url"],
        format!("{}/bill/{id}/", sandbox.base_url(Provider::Paykeeper))
    );
    assert!(created["invoice"].as_str().unwrap().contains("1205.90"));

    // invoice_byid: an array of one object; amounts as strings; "null" for no value.
    let (_, body) = get(&sandbox, &format!("/info/invoice/byid/?id={id}")).await;
    let shown = parse(&body);
    let invoice = &shown.as_array().unwrap()[..];
    assert_eq!(invoice.len(), 1);
    let invoice = &invoice[0];
    assert_eq!(invoice["pay_amount"], "1205.90");
    assert_eq!(invoice["status"], "created");
    assert_eq!(invoice["clientid"], "Иван");
    assert!(body.contains(r"\u0418\u0432\u0430\u043d"), "{body}");
    assert_eq!(invoice["orderid"], "null");
    assert_eq!(invoice["paid_datetime"], "null");
    assert_eq!(invoice["paymentid"], "null");
    assert_eq!(invoice["expiry_datetime"], "2099-01-19 00:00:00");
    assert_eq!(invoice["user_id"], 1);

    // payment_byid: an array of one object; counts as strings; refund_amount null.
    sandbox.pay(Provider::Paykeeper, &id).await.unwrap();
    let payment_id = sandbox.paykeeper().invoice_payment(&id).unwrap();
    let (_, body) = get(&sandbox, &format!("/info/payments/byid/?id={payment_id}")).await;
    let shown = parse(&body);
    let payment = &shown[0];
    assert_eq!(payment["id"], payment_id.as_str());
    assert_eq!(payment["pay_amount"], "1205.90");
    assert_eq!(payment["refund_amount"], Value::Null);
    assert_eq!(payment["payment_system_id"], "30");
    assert_eq!(payment["repeat_counter"], "0");
    assert_eq!(payment["status"], "success");
    assert!(payment["site_description"].is_string());

    // The same through the client, and the register of the day.
    let typed = client.payment_byid().id(&payment_id).await.unwrap();
    assert_eq!(typed.pay_amount.as_ref().unwrap().minor_units(2), Some(120_590));
    let day = &payment["pending_datetime"].as_str().unwrap()[..10];
    let register = client
        .payments_bydate()
        .start(day)
        .end(day)
        .status(vec![PaymentStatus::Success])
        .payment_system_id(vec![30])
        .from(0)
        .limit(10)
        .await
        .unwrap();
    assert_eq!(register.len(), 1);
    let systems = client.systems_list().await.unwrap();
    assert_eq!(systems[0].id.as_ref().unwrap().as_str(), "30");
}

#[tokio::test]
async fn the_history_hides_created_invoices_and_pages_newest_first() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let mut ids = Vec::new();
    for amount in ["1.00", "2.00", "3.00", "4.00"] {
        ids.push(create_invoice(&client, amount).await);
    }
    assert!(
        client.invoice_list().await.unwrap().is_empty(),
        "created invoices are not listed"
    );
    for id in &ids[..3] {
        client.invoice_send().body_map(|b| b.id(id)).await.unwrap();
    }
    sandbox.pay(Provider::Paykeeper, &ids[0]).await.unwrap();

    let listed = |page: Vec<types::Invoice>| -> Vec<String> {
        page.iter().map(|i| i.id.as_ref().unwrap().to_string()).collect()
    };
    let all = listed(client.invoice_list().await.unwrap().to_vec());
    assert_eq!(all, [ids[2].as_str(), &ids[1], &ids[0]]);
    let second = listed(client.invoice_list().from(1).limit(1).await.unwrap().to_vec());
    assert_eq!(second, [ids[1].as_str()]);
    assert!(client.invoice_list().from(3).limit(10).await.unwrap().is_empty());
    let paid = client
        .invoice_list()
        .status(vec![InvoiceStatus::Paid])
        .await
        .unwrap();
    assert_eq!(listed(paid.to_vec()), [ids[0].as_str()]);
    let day = invoice(&client, &ids[0]).await.created_datetime.unwrap()[..10].to_owned();
    let dated = client
        .invoice_list()
        .start_date(&day)
        .end_date(&day)
        .await
        .unwrap();
    assert_eq!(dated.len(), 3);
    assert!(
        client
            .invoice_list()
            .start_date("2000-01-01")
            .end_date("2000-01-31")
            .await
            .unwrap()
            .is_empty()
    );

    let count = client.invoice_listcount().await.unwrap();
    let statuses: Vec<(Option<InvoiceStatus>, Option<i64>)> = count
        .statuses
        .iter()
        .map(|s| (s.status.clone(), s.count.as_ref().map(|c| c.0)))
        .collect();
    assert_eq!(
        statuses,
        [
            (Some(InvoiceStatus::Paid), Some(1)),
            (Some(InvoiceStatus::Sent), Some(2)),
        ]
    );
    assert_eq!(count.fullcount[0].count.as_ref().map(|c| c.0), Some(3));
}

#[tokio::test]
async fn the_payment_page_needs_no_credentials() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let id = create_invoice(&client, "1205.98").await;
    let page = client.invoice_url(&id, payspec_paykeeper::PaymentPage::Default);
    let response = reqwest::get(&page).await.unwrap();
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("1205.98") && html.contains(&format!("/sandbox/paykeeper/pay/{id}")),
        "{html}"
    );
    // The control API the page's button posts to pays the invoice.
    let paid = reqwest::Client::new()
        .post(format!("{}/sandbox/paykeeper/pay/{id}", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(paid.status(), 200);
    assert_eq!(sandbox.paykeeper().invoice_status(&id), Some("paid"));
    let unknown = reqwest::get(url(&sandbox, "/bill/%3Cscript%3E/")).await.unwrap();
    assert_eq!(unknown.status(), 404);
    assert!(!unknown.text().await.unwrap().contains("<script>"));
}

// ------------------------------------------------------------------ notifications

#[tokio::test]
async fn the_notification_is_signed_and_the_right_answer_makes_the_payment_success() {
    let sandbox = Sandbox::start().await.unwrap();
    let inbox = merchant_inbox(SECRET).await;
    let client = client(&sandbox);
    // The cabinet setting, through the API.
    client
        .organization_setting_change()
        .body_map(|b| b.name("informer_url").value(inbox.url()))
        .await
        .unwrap();
    let settings = client.organization_settings().await.unwrap();
    assert_eq!(settings.0["informer_url"], inbox.url().as_str());
    let invoice_id = create_invoice(&client, "1205.9").await;

    let delivery = sandbox
        .pay(Provider::Paykeeper, &invoice_id)
        .await
        .unwrap()
        .unwrap();
    let received = inbox.next(Duration::from_secs(5)).await.unwrap();
    assert_eq!(received.method, "POST");
    assert_eq!(received.header("content-type"), Some(FORM));
    assert_eq!(delivery.content_type, FORM);
    assert_eq!(delivery.body.as_bytes(), &received.body[..]);

    let verified = verify_notification(&received.body, &SigningKey::new(SECRET).unwrap()).unwrap();
    let n = verified.notification;
    let payment_id = sandbox.paykeeper().invoice_payment(&invoice_id).unwrap();
    assert_eq!(n.id.as_str(), payment_id);
    assert_eq!(n.sum.as_str(), "1205.90");
    assert_eq!(n.clientid.unwrap().as_deref(), Some("Ivan Ivanov"));
    assert_eq!(n.orderid.unwrap().as_deref(), Some("1337"));
    assert_eq!(n.ps_id.map(|p| p.0), Some(30));
    assert_eq!(n.client_email.unwrap().as_deref(), Some("payer@example.com"));
    // The documented recipe, computed here independently.
    let key = md5_hex(&format!("{payment_id}1205.90Ivan Ivanov1337{SECRET}"));
    assert_eq!(n.key, key);
    // The merchant answered what PayKeeper expects, and the sandbox counted it.
    let reply = format!("OK {}", md5_hex(&format!("{payment_id}{SECRET}")));
    assert_eq!(verified.reply, reply);
    assert_eq!(expected_reply(&payment_id, SECRET), reply);
    assert_eq!(
        (delivery.status, delivery.answer.as_str()),
        (Some(200), reply.as_str())
    );
    assert_eq!(
        sandbox.paykeeper().notification_acknowledged(&payment_id),
        Some(true)
    );
    let shown = payment(&client, &payment_id).await;
    assert_eq!(shown.status, Some(PaymentStatus::Success));
    assert_eq!(shown.repeat_counter.map(|c| c.0), Some(1));

    // Tampered copies are refused; so is the right body under another secret.
    let body = String::from_utf8(received.body.to_vec()).unwrap();
    let secret = SigningKey::new(SECRET).unwrap();
    for forged in [
        body.replace("sum=1205.90", "sum=1.00"),
        body.replace("orderid=1337", "orderid=1338"),
        body.replace(&format!("id={payment_id}&"), "id=9999&"),
    ] {
        assert_ne!(forged, body);
        assert_eq!(
            verify_notification(forged.as_bytes(), &secret).unwrap_err(),
            WebhookError::BadSignature
        );
    }
    let other = SigningKey::new("another-secret").unwrap();
    assert_eq!(
        verify_notification(body.as_bytes(), &other).unwrap_err(),
        WebhookError::BadSignature
    );
}

#[tokio::test]
async fn a_wrong_answer_leaves_the_payment_stuck_until_repeatcnt_is_acknowledged() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    // An endpoint that answers "OK" without the hash: not delivered for PayKeeper.
    let careless = Inbox::start(|_: &Received| Reply::ok("OK")).await.unwrap();
    sandbox.set_webhook_url(Provider::Paykeeper, careless.url());
    let invoice_id = create_invoice(&client, "10.00").await;
    let delivery = sandbox
        .pay(Provider::Paykeeper, &invoice_id)
        .await
        .unwrap()
        .unwrap();
    assert!(delivery.accepted(), "HTTP 200, but the wrong body");
    let payment_id = sandbox.paykeeper().invoice_payment(&invoice_id).unwrap();
    assert_eq!(
        sandbox.paykeeper().notification_acknowledged(&payment_id),
        Some(false)
    );
    let shown = payment(&client, &payment_id).await;
    assert_eq!(shown.status, Some(PaymentStatus::Stuck));
    assert_eq!(shown.success_datetime.as_ref().and_then(|d| d.as_deref()), None);
    assert!(careless.next(Duration::from_secs(5)).await.is_some());

    // The merchant fixes the endpoint and asks for the notification again.
    let fixed = merchant_inbox(SECRET).await;
    sandbox.set_webhook_url(Provider::Paykeeper, fixed.url());
    client
        .payment_repeatcnt()
        .body_map(|b| b.id(&payment_id))
        .await
        .unwrap();
    assert!(fixed.next(Duration::from_secs(5)).await.is_some());
    assert_eq!(
        sandbox.paykeeper().notification_acknowledged(&payment_id),
        Some(true)
    );
    assert_eq!(
        payment(&client, &payment_id).await.status,
        Some(PaymentStatus::Success)
    );
    // A stuck payment was already money taken: it could have been refunded; now it is.
    client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount("10.00").partial(false))
        .await
        .unwrap();
}

#[tokio::test]
async fn an_unreachable_endpoint_leaves_the_payment_stuck() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    // A port nobody listens on (the inbox is gone).
    let gone = Inbox::start(|_: &Received| Reply::ok("")).await.unwrap();
    let gone_url = gone.url();
    drop(gone);
    sandbox.set_webhook_url(Provider::Paykeeper, gone_url);
    let invoice_id = create_invoice(&client, "10.00").await;
    let delivery = sandbox
        .pay(Provider::Paykeeper, &invoice_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(delivery.status, None);
    let payment_id = sandbox.paykeeper().invoice_payment(&invoice_id).unwrap();
    assert_eq!(sandbox.paykeeper().payment_status(&payment_id), Some("stuck"));
}

#[tokio::test]
async fn informer_seed_changes_the_secret_word() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let inbox = merchant_inbox("my-own-seed").await;
    sandbox.set_webhook_url(Provider::Paykeeper, inbox.url());
    client
        .organization_setting_change()
        .body_map(|b| b.name("informer_seed").value("my-own-seed"))
        .await
        .unwrap();
    // An empty value changes nothing.
    client
        .organization_setting_change()
        .body_map(|b| b.name("informer_seed").value(""))
        .await
        .unwrap();
    assert_eq!(sandbox.paykeeper().secret(), "my-own-seed");
    let invoice_id = create_invoice(&client, "10.00").await;
    sandbox
        .pay(Provider::Paykeeper, &invoice_id)
        .await
        .unwrap()
        .unwrap();
    let received = inbox.next(Duration::from_secs(5)).await.unwrap();
    let mine = SigningKey::new("my-own-seed").unwrap();
    assert!(verify_notification(&received.body, &mine).is_ok());
    let default = SigningKey::new(SECRET).unwrap();
    assert_eq!(
        verify_notification(&received.body, &default).unwrap_err(),
        WebhookError::BadSignature
    );
    let payment_id = sandbox.paykeeper().invoice_payment(&invoice_id).unwrap();
    assert_eq!(sandbox.paykeeper().payment_status(&payment_id), Some("success"));
}

#[tokio::test]
async fn without_a_notification_url_nothing_is_sent_and_the_payment_is_success() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let invoice_id = create_invoice(&client, "10.00").await;
    assert_eq!(sandbox.pay(Provider::Paykeeper, &invoice_id).await.unwrap(), None);
    let payment_id = sandbox.paykeeper().invoice_payment(&invoice_id).unwrap();
    assert_eq!(sandbox.paykeeper().notification_acknowledged(&payment_id), None);
    let shown = payment(&client, &payment_id).await;
    assert_eq!(shown.status, Some(PaymentStatus::Success));
    assert!(shown.success_datetime.unwrap().as_deref().is_some());
}
