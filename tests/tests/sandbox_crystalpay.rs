//! The CrystalPay imitation of `payspec-sandbox`, through the real client and raw HTTP:
//! credentials, error envelopes, unknown ids, invalid transitions, malformed bodies, payoff
//! signatures, and the signed payment callback. Each test starts its own sandbox.

use std::time::Duration;

use payspec::webhook::sha1_hex;
use payspec_crystalpay::types::{InvoiceState, PayoffState, SubtractFrom};
use payspec_crystalpay::{Client, Credentials, Error, ProviderError, types, verify_callback};
use payspec_sandbox::crystalpay::{LOGIN, SALT, SECRET};
use payspec_sandbox::{Inbox, Provider, Reply, Sandbox, SandboxError};
use serde_json::{Value, json};

fn client_with(sandbox: &Sandbox, login: &str, secret: &str, salt: &str) -> Client {
    let credentials = Credentials::new(login, secret).unwrap().with_salt(salt).unwrap();
    Client::with_credentials(&sandbox.base_url(Provider::Crystalpay), credentials).unwrap()
}

fn client(sandbox: &Sandbox) -> Client {
    client_with(sandbox, LOGIN, SECRET, SALT)
}

fn demo_credentials() -> Credentials {
    Credentials::new(LOGIN, SECRET).unwrap().with_salt(SALT).unwrap()
}

/// POSTs `body` (raw bytes) to `path` of the CrystalPay imitation; the status and the JSON answer.
async fn post_raw(sandbox: &Sandbox, path: &str, body: impl Into<reqwest::Body>) -> (u16, Value) {
    let url = format!("{}{path}", sandbox.base_url(Provider::Crystalpay));
    let response = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (status, value)
}

/// `fields` plus the demo credentials, POSTed as JSON.
async fn post(sandbox: &Sandbox, path: &str, mut fields: Value) -> (u16, Value) {
    fields["auth_login"] = json!(LOGIN);
    fields["auth_secret"] = json!(SECRET);
    post_raw(sandbox, path, fields.to_string()).await
}

fn refusal(message: &str) -> Value {
    json!({"error": true, "errors": [message]})
}

fn provider_error(err: Error) -> ProviderError {
    match err {
        Error::Provider(p) => p,
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

async fn create_invoice(client: &Client, amount: &str, callback_url: Option<String>) -> String {
    client
        .invoice_create()
        .body_map(|b| {
            b.amount(amount)
                .type_(types::InvoiceType::Purchase)
                .lifetime(15)
                .callback_url(callback_url)
        })
        .await
        .unwrap()
        .id
        .unwrap()
}

async fn create_payoff(client: &Client, amount: &str) -> Result<String, Error> {
    let quote = client
        .payoff_create()
        .body_map(|b| {
            b.method("CARDRUBP2P")
                .wallet("2200000000000004")
                .amount(amount)
                .subtract_from(SubtractFrom::Balance)
        })
        .await?;
    Ok(quote.id.unwrap())
}

// ------------------------------------------------------------------ credentials

#[tokio::test]
async fn wrong_credentials_are_authentication_errors() {
    let sandbox = Sandbox::start().await.unwrap();
    for (login, secret) in [(LOGIN, "wrong-secret"), ("other-kassa", SECRET)] {
        let client = client_with(&sandbox, login, secret, SALT);
        for err in [
            client.me_info().await.unwrap_err(),
            client
                .invoice_create()
                .body_map(|b| b.amount("10").type_(types::InvoiceType::Topup).lifetime(5))
                .await
                .unwrap_err(),
        ] {
            match err {
                Error::Authentication(p) => {
                    assert_eq!(p.messages, ["Invalid auth_login or auth_secret"]);
                    assert_eq!(p.status, 200, "CrystalPay refuses with HTTP 200");
                }
                other => panic!("expected Error::Authentication, got {other:?}"),
            }
        }
    }
    // Nothing was created by the refused calls.
    let page = client(&sandbox)
        .report_invoice_history()
        .body_map(|b| b.page(1))
        .await
        .unwrap();
    assert!(page.items.unwrap().0.is_empty());
}

#[tokio::test]
async fn credential_refusals_are_the_documented_envelope() {
    let sandbox = Sandbox::start().await.unwrap();
    let cases = [
        (
            json!({"auth_login": LOGIN, "auth_secret": "nope"}),
            "Invalid auth_login or auth_secret",
        ),
        (
            json!({"auth_login": "nope", "auth_secret": SECRET}),
            "Invalid auth_login or auth_secret",
        ),
        (json!({"auth_secret": SECRET}), "`auth_login` field is required"),
        (json!({"auth_login": LOGIN}), "`auth_secret` field is required"),
        (
            json!({"auth_login": "", "auth_secret": SECRET}),
            "`auth_login` field is required",
        ),
        (
            json!({"auth_login": LOGIN, "auth_secret": null}),
            "`auth_secret` field is required",
        ),
        (
            json!({"auth_login": LOGIN, "auth_secret": [SECRET]}),
            "`auth_secret` field is invalid: expected a string",
        ),
        (json!({}), "`auth_login` field is required"),
    ];
    for (body, message) in cases {
        let (status, answer) = post_raw(&sandbox, "/v3/me/info/", body.to_string()).await;
        assert_eq!((status, &answer), (200, &refusal(message)), "{body}");
    }
    let (status, answer) = post(&sandbox, "/v3/me/info/", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(
        answer,
        json!({"error": false, "errors": [], "id": 777000111, "name": LOGIN, "status_level": 2,
               "created_at": "2024-01-10 11:08:11"})
    );
}

// ------------------------------------------------------------------ unknown ids

#[tokio::test]
async fn unknown_ids_are_refused() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let err = client
        .invoice_info()
        .body_map(|b| b.id("777000111_i000000042"))
        .await
        .unwrap_err();
    let p = provider_error(err);
    assert_eq!(
        (p.status, p.messages.as_slice()),
        (200, &["Invoice not found".to_owned()][..])
    );
    let err = client
        .callback_invoice_list()
        .body_map(|b| b.id("nope"))
        .await
        .unwrap_err();
    assert_eq!(provider_error(err).messages, ["Invoice not found"]);

    for err in [
        client.payoff_info().body_map(|b| b.id("nope")).await.unwrap_err(),
        client
            .payoff_submit()
            .body_map(|b| b.id("nope"))
            .await
            .unwrap_err(),
        client
            .payoff_cancel()
            .body_map(|b| b.id("nope"))
            .await
            .unwrap_err(),
    ] {
        assert_eq!(provider_error(err).messages, ["Payoff not found"]);
    }
    let (status, answer) = post(&sandbox, "/v3/balance/get/", json!({"method": "PAYPAL"})).await;
    assert_eq!((status, answer), (200, refusal("Method not found")));

    match sandbox.pay(Provider::Crystalpay, "nope").await {
        Err(SandboxError::NotFound { provider, what, id }) => {
            assert_eq!(
                (provider, what, id.as_str()),
                (Provider::Crystalpay, "invoice", "nope")
            );
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
}

// ------------------------------------------------------------------ lifecycle

#[tokio::test]
async fn invoice_lifecycle_and_invalid_transitions() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let id = create_invoice(&client, "150.50", None).await;
    let invoice = client.invoice_info().body_map(|b| b.id(&id)).await.unwrap();
    assert_eq!(invoice.state, Some(InvoiceState::Notpayed));
    assert_eq!(invoice.amount.as_ref().map(|a| a.as_str()), Some("150.5"));
    assert_eq!(
        invoice.remaining_amount.as_ref().map(|a| a.as_str()),
        Some("150.5")
    );
    assert_eq!(invoice.method, None);
    assert_eq!(invoice.final_at, None);

    // "Refund" before the money came in: the payoff exceeds the (empty) balance.
    let err = create_payoff(&client, "150.50").await.unwrap_err();
    assert_eq!(provider_error(err).messages, ["Insufficient balance"]);

    // No notification URL anywhere: paid, nothing sent.
    assert_eq!(sandbox.pay(Provider::Crystalpay, &id).await.unwrap(), None);
    let invoice = client.invoice_info().body_map(|b| b.id(&id)).await.unwrap();
    assert_eq!(invoice.state, Some(InvoiceState::Payed));
    assert_eq!(invoice.remaining_amount.as_ref().map(|a| a.as_str()), Some("0"));
    assert_eq!(invoice.method.as_deref(), Some("CARDRUBP2P"));
    assert!(invoice.final_at.is_some());
    assert_eq!(
        sandbox.crystalpay().balance("CARDRUBP2P").as_deref(),
        Some("150.5")
    );

    // Paying twice.
    match sandbox.pay(Provider::Crystalpay, &id).await {
        Err(SandboxError::State { provider, message }) => {
            assert_eq!(provider, Provider::Crystalpay);
            assert!(message.contains("already payed"), "{message}");
        }
        other => panic!("expected a state error, got {other:?}"),
    }

    // More than the balance holds.
    let err = create_payoff(&client, "150.51").await.unwrap_err();
    assert_eq!(provider_error(err).messages, ["Insufficient balance"]);

    // A cancelled quote cannot be submitted or cancelled again.
    let quote = create_payoff(&client, "50").await.unwrap();
    let cancelled = client.payoff_cancel().body_map(|b| b.id(&quote)).await.unwrap();
    assert_eq!(cancelled.state, Some(PayoffState::Canceled));
    assert_eq!(cancelled.message.as_deref(), Some("Canceled"));
    let err = client
        .payoff_submit()
        .body_map(|b| b.id(&quote))
        .await
        .unwrap_err();
    assert_eq!(
        provider_error(err).messages,
        ["Payoff is canceled: only a created payoff can be submitted"]
    );
    let err = client
        .payoff_cancel()
        .body_map(|b| b.id(&quote))
        .await
        .unwrap_err();
    assert_eq!(
        provider_error(err).messages,
        ["Payoff is canceled: only a created payoff can be cancelled"]
    );
    assert_eq!(
        sandbox.crystalpay().balance("CARDRUBP2P").as_deref(),
        Some("150.5")
    );

    // A submitted payoff: `processing` in the answer, debited, then `payed`.
    let refund = create_payoff(&client, "150.50").await.unwrap();
    let submitted = client.payoff_submit().body_map(|b| b.id(&refund)).await.unwrap();
    assert_eq!(submitted.state, Some(PayoffState::Processing));
    assert_eq!(sandbox.crystalpay().balance("CARDRUBP2P").as_deref(), Some("0"));
    let info = client.payoff_info().body_map(|b| b.id(&refund)).await.unwrap();
    assert_eq!(info.state, Some(PayoffState::Payed));
    assert_eq!(info.receive_amount.as_ref().map(|a| a.as_str()), Some("150.5"));
    let err = client
        .payoff_cancel()
        .body_map(|b| b.id(&refund))
        .await
        .unwrap_err();
    assert_eq!(
        provider_error(err).messages,
        ["Payoff is payed: only a created payoff can be cancelled"]
    );

    let history = client
        .report_payoff_history()
        .body_map(|b| b.page(1).items(20).period(1))
        .await
        .unwrap();
    let states: Vec<_> = history
        .items
        .unwrap()
        .0
        .into_iter()
        .map(|p| (p.id.unwrap(), p.state.unwrap()))
        .collect();
    assert_eq!(
        states,
        [(refund, PayoffState::Payed), (quote, PayoffState::Canceled)]
    );
}

#[tokio::test]
async fn balances_list_quirk_and_exact_amounts() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    // Nothing to list comes back as `[]`, not `{}` (https://docs.crystalpay.io/metody-api/balance-balansy/poluchenie-spiska-balansov).
    let (_, answer) = post(&sandbox, "/v3/balance/list/", json!({"hide_empty": true})).await;
    assert_eq!(answer, json!({"error": false, "errors": [], "items": []}));

    let created = client
        .invoice_create()
        .body_map(|b| {
            b.amount("0.10")
                .type_(types::InvoiceType::Topup)
                .lifetime(60)
                .currency("USDT".to_owned())
        })
        .await
        .unwrap();
    // 0.1 × 81.46 = 8.146, rounded to kopecks; no f64 anywhere.
    assert_eq!(created.amount.as_ref().map(|a| a.as_str()), Some("0.1"));
    assert_eq!(created.rub_amount.as_ref().map(|a| a.as_str()), Some("8.15"));
    sandbox
        .pay(Provider::Crystalpay, &created.id.unwrap())
        .await
        .unwrap();

    let balances = client
        .balance_list()
        .body_map(|b| b.hide_empty(true))
        .await
        .unwrap();
    let items = balances.items.unwrap().0;
    assert_eq!(items.keys().collect::<Vec<_>>(), ["USDTTRC"]);
    assert_eq!(items["USDTTRC"].amount.as_ref().map(|a| a.as_str()), Some("0.1"));
    let (_, raw) = post(&sandbox, "/v3/balance/list/", json!({"hide_empty": true})).await;
    assert_eq!(
        raw["items"]["USDTTRC"],
        json!({"name": "USDT TRC-20", "amount": "0.1", "currency": "USDT", "amount_accuracy": 6})
    );
}

#[tokio::test]
async fn report_history_pages_newest_first() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let mut ids = Vec::new();
    for amount in ["10", "20", "30"] {
        ids.push(create_invoice(&client, amount, None).await);
    }
    let page = |n: i64| {
        let client = &client;
        async move {
            let answer = client
                .report_invoice_history()
                .body_map(|b| b.page(n).items(2).period(1))
                .await
                .unwrap();
            let ids = answer
                .items
                .unwrap()
                .0
                .into_iter()
                .map(|i| i.id.unwrap())
                .collect::<Vec<_>>();
            (ids, answer.has_next_page.map(|f| f.0))
        }
    };
    assert_eq!(page(1).await, (vec![ids[2].clone(), ids[1].clone()], Some(true)));
    assert_eq!(page(2).await, (vec![ids[0].clone()], Some(false)));
    assert_eq!(page(3).await, (vec![], Some(false)));
    // With exactly two a page, the last full page says there is no other.
    let (status, answer) = post(
        &sandbox,
        "/v3/report/invoice/history/",
        json!({"page": 1, "items": 3}),
    )
    .await;
    assert_eq!(
        (
            status,
            answer["items"].as_array().unwrap().len(),
            &answer["has_next_page"]
        ),
        (200, 3, &json!(false))
    );
    // All pages, through the client's paging.
    let all = client
        .report_invoice_history()
        .body_map(|b| b.period(1))
        .stream_by(2)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 3);

    let (status, answer) = post(&sandbox, "/v3/report/invoice/history/", json!({"page": 0})).await;
    assert_eq!(
        (status, answer),
        (200, refusal("`page` field is invalid: pages start at 1"))
    );
}

// ------------------------------------------------------------------ malformed requests

#[tokio::test]
async fn malformed_bodies_get_the_envelope() {
    let sandbox = Sandbox::start().await.unwrap();
    let not_an_object = refusal("Request body must be a JSON object");
    for body in [
        &b""[..],
        b"not json",
        b"[1,2]",
        b"\"text\"",
        b"{\"auth_login\":",
        b"\xff\xfe{}",
        b"null",
    ] {
        let (status, answer) = post_raw(&sandbox, "/v3/invoice/create/", body.to_vec()).await;
        assert_eq!(
            (status, &answer),
            (200, &not_an_object),
            "{:?}",
            String::from_utf8_lossy(body)
        );
    }
    // Deep nesting is refused by the JSON parser, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (status, _) = post_raw(&sandbox, "/v3/invoice/create/", deep).await;
    assert_eq!(status, 200);

    let create = "/v3/invoice/create/";
    let cases = [
        // The one message the docs show.
        (
            json!({"type": "topup", "lifetime": 5}),
            "`amount` field is required",
        ),
        (json!({"amount": 10, "lifetime": 5}), "`type` field is required"),
        (
            json!({"amount": 10, "type": "topup"}),
            "`lifetime` field is required",
        ),
        (
            json!({"amount": "ten", "type": "topup", "lifetime": 5}),
            "`amount` field is invalid: expected a decimal number",
        ),
        (
            json!({"amount": {}, "type": "topup", "lifetime": 5}),
            "`amount` field is invalid: expected a decimal number",
        ),
        (
            json!({"amount": 0, "type": "topup", "lifetime": 5}),
            "`amount` field is invalid: must be greater than 0",
        ),
        (
            json!({"amount": -5, "type": "topup", "lifetime": 5}),
            "`amount` field is invalid: must be greater than 0",
        ),
        (
            json!({"amount": 10.001, "type": "topup", "lifetime": 5}),
            "`amount` field is invalid: at most 2 decimal places",
        ),
        (
            json!({"amount": 10, "type": "gift", "lifetime": 5}),
            "`type` field is invalid: expected purchase or topup",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 4321}),
            "`lifetime` field is invalid: from 1 to 4320 minutes",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 1.5}),
            "`lifetime` field is invalid: expected an integer",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 5, "currency": "XYZ"}),
            "`currency` field is invalid: the sandbox takes RUB, USDT or BTC",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 5, "callback_url": "not a url"}),
            "`callback_url` field is invalid: not a URL",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 5, "payer_details": "x"}),
            "`payer_details` field is invalid: expected an object or the payer's e-mail",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 5, "payer_details": ["a@b.c"]}),
            "`payer_details` field is invalid: expected an object or the payer's e-mail",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 5, "payer_details": {"email": 7}}),
            "`payer_details` field is invalid: expected an object or the payer's e-mail",
        ),
        (
            json!({"amount": 10, "type": "topup", "lifetime": 5, "required_method": "BITCOIN"}),
            "`required_method` field is invalid: sandbox: the method must be in the invoice currency",
        ),
    ];
    for (body, message) in cases {
        let (status, answer) = post(&sandbox, create, body.clone()).await;
        assert_eq!((status, &answer), (200, &refusal(message)), "{body}");
    }
    // An exponent is not a plain decimal amount.
    let exponent = format!(
        r#"{{"auth_login":"{LOGIN}","auth_secret":"{SECRET}","amount":1e3,"type":"topup","lifetime":5}}"#
    );
    let (status, answer) = post_raw(&sandbox, create, exponent).await;
    assert_eq!(
        (status, answer),
        (
            200,
            refusal("`amount` field is invalid: expected a decimal number")
        )
    );
    // An amount with 400 digits: refused, not overflowed.
    let huge = format!(
        r#"{{"auth_login":"{LOGIN}","auth_secret":"{SECRET}","amount":{},"type":"topup","lifetime":5}}"#,
        "9".repeat(400)
    );
    let (status, answer) = post_raw(&sandbox, create, huge).await;
    assert_eq!(
        (status, answer),
        (200, refusal("`amount` field is invalid: too large"))
    );

    // Outside the documented behaviour: wrong HTTP method, unknown path.
    let url = format!("{}/v3/me/info/", sandbox.base_url(Provider::Crystalpay));
    let response = reqwest::get(url).await.unwrap();
    assert_eq!(response.status().as_u16(), 405);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        refusal("Only POST requests are accepted")
    );
    let (status, answer) = post(&sandbox, "/v3/invoice/cancel/", json!({"id": "x"})).await;
    assert_eq!((status, answer), (404, refusal("Method not found")));
    // An operation without state (`ticker/list`) answers the spec's example (issue 22).
    let tickers = client(&sandbox).ticker_list().await.unwrap().tickers.unwrap();
    assert_eq!(tickers, ["BTC", "ETH", "USD", "USDT", "LTC", "TON", "EUR", "RUB"]);
}

// ------------------------------------------------------------------ payoff signatures

#[tokio::test]
async fn payoff_signatures_are_checked() {
    let sandbox = Sandbox::start().await.unwrap();
    let id = create_invoice(&client(&sandbox), "100", None).await;
    sandbox.pay(Provider::Crystalpay, &id).await.unwrap();

    // The client sends and signs the caller's `10.00` as `10`, which passes both readings.
    let quote = create_payoff(&client(&sandbox), "10.00").await.unwrap();
    let answer = post(&sandbox, "/v3/payoff/info/", json!({"id": quote})).await.1;
    assert_eq!(
        (&answer["error"], &answer["amount"]),
        (&json!(false), &json!("10"))
    );

    // The client signs with a wrong salt: a provider refusal, not an authentication one.
    let wrong_salt = client_with(&sandbox, LOGIN, SECRET, "not-the-salt");
    let err = create_payoff(&wrong_salt, "10").await.unwrap_err();
    assert_eq!(provider_error(err).messages, ["Invalid signature"]);

    let path = "/v3/payoff/create/";
    let fields = |amount: &str, signature: Option<String>| {
        let mut body = format!(
            r#"{{"auth_login":"{LOGIN}","auth_secret":"{SECRET}","method":"CARDRUBP2P","wallet":"w","subtract_from":"amount","amount":{amount}"#
        );
        if let Some(signature) = signature {
            body.push_str(&format!(r#","signature":"{signature}""#));
        }
        body.push('}');
        body
    };
    let (_, answer) = post_raw(&sandbox, path, fields("10.50", None)).await;
    assert_eq!(answer, refusal("`signature` field is required"));
    // Both readings of the signed amount are checked: `10.50` signed as sent fails the
    // print-back reading (`10.5`), `10.5` signed for `10.50` sent fails the as-sent one.
    for signed in ["10.50", "10.5"] {
        let signature = sha1_hex(&format!("{signed}:CARDRUBP2P:w:{SALT}"));
        let (_, answer) = post_raw(&sandbox, path, fields("10.50", Some(signature))).await;
        assert_eq!(answer, refusal("Invalid signature"), "signed {signed}");
    }
    // The same with a number string.
    let signature = sha1_hex(&format!("100.00:CARDRUBP2P:w:{SALT}"));
    let (_, answer) = post_raw(&sandbox, path, fields(r#""100.00""#, Some(signature))).await;
    assert_eq!(answer, refusal("Invalid signature"));
    // The shortest text, sent and signed, passes both; upper-case hex is accepted, like any hex.
    let signed = sha1_hex(&format!("10.5:CARDRUBP2P:w:{SALT}")).to_uppercase();
    let (status, answer) = post_raw(&sandbox, path, fields("10.5", Some(signed))).await;
    assert_eq!(
        (status, &answer["error"], &answer["amount"]),
        (200, &json!(false), &json!("10.5"))
    );
    let payoff = answer["id"].as_str().unwrap().to_owned();

    // submit/cancel sign `{id}:{salt}`.
    let (_, answer) = post(
        &sandbox,
        "/v3/payoff/submit/",
        json!({"id": payoff, "signature": sha1_hex(&format!("{payoff}:wrong"))}),
    )
    .await;
    assert_eq!(answer, refusal("Invalid signature"));
    let (_, answer) = post(
        &sandbox,
        "/v3/payoff/submit/",
        json!({"id": payoff, "signature": sha1_hex(&format!("{payoff}:{SALT}"))}),
    )
    .await;
    assert_eq!(answer["state"], json!("processing"));
}

// ------------------------------------------------------------------ payer_details

#[tokio::test]
async fn payer_details_are_taken_in_both_shapes() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for details in [
        types::PayerDetails::email("payer@example.com"),
        types::PayerDetails::plain_email("payer@example.com"),
    ] {
        let invoice = client
            .invoice_create()
            .body_map(|b| {
                b.amount("10")
                    .type_(types::InvoiceType::Purchase)
                    .lifetime(15)
                    .payer_details(details.clone())
            })
            .await
            .unwrap_or_else(|e| panic!("{details:?}: {e}"));
        assert!(invoice.id.is_some(), "{details:?}");
    }
}

// ------------------------------------------------------------------ the callback

#[tokio::test]
async fn the_payment_callback_is_signed_and_verifies() {
    let sandbox = Sandbox::start().await.unwrap();
    let inbox = Inbox::start(|_| Reply::ok("OK")).await.unwrap();
    let client = client(&sandbox);
    let id = create_invoice(&client, "150.50", Some(inbox.url())).await;

    let delivery = sandbox.pay(Provider::Crystalpay, &id).await.unwrap().unwrap();
    assert!(delivery.accepted(), "{delivery}");
    assert_eq!(delivery.url, inbox.url());
    assert_eq!(delivery.content_type, "application/json");

    let received = inbox.next(Duration::from_secs(5)).await.unwrap();
    assert_eq!(received.method, "POST");
    assert_eq!(received.header("content-type"), Some("application/json"));
    assert_eq!(received.body, delivery.body.as_bytes());
    let raw: Value = serde_json::from_slice(&received.body).unwrap();
    assert_eq!(raw["signature"], json!(sha1_hex(&format!("{id}:{SALT}"))));
    assert_eq!(raw["state"], json!("payed"));
    assert_eq!(raw["amount"], json!("150.5"), "amounts are strings");
    assert!(
        raw.get("error").is_none(),
        "the callback is the invoice without the envelope"
    );

    let callback = verify_callback(&received.body, &demo_credentials()).unwrap();
    assert_eq!(callback.id.unwrap().0, id);
    assert_eq!(callback.state, Some(InvoiceState::Payed));
    assert_eq!(callback.callback_url.as_deref(), Some(inbox.url().as_str()));

    // A different salt does not verify it; neither does a copy claiming another invoice.
    let other = Credentials::new(LOGIN, SECRET)
        .unwrap()
        .with_salt("other-salt")
        .unwrap();
    assert_eq!(
        verify_callback(&received.body, &other).unwrap_err(),
        payspec_crystalpay::WebhookError::BadSignature
    );
    let mut forged = raw.clone();
    forged["id"] = json!(format!("{id}0"));
    assert_eq!(
        verify_callback(forged.to_string().as_bytes(), &demo_credentials()).unwrap_err(),
        payspec_crystalpay::WebhookError::BadSignature
    );

    // The delivery log.
    let log = client
        .callback_invoice_list()
        .body_map(|b| b.id(&id))
        .await
        .unwrap();
    let entries = log.items.unwrap().0;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].url.as_deref(), Some(inbox.url().as_str()));
    assert_eq!(entries[0].state.as_deref(), Some("success"));
    assert_eq!(entries[0].last_response.as_deref(), Some("200 => OK"));
}

#[tokio::test]
async fn the_callback_falls_back_to_the_webhook_url() {
    let sandbox = Sandbox::start().await.unwrap();
    let in_call = Inbox::start(|_| Reply::ok("OK")).await.unwrap();
    let cabinet = Inbox::start(|_| Reply {
        status: 500,
        body: "down".into(),
    })
    .await
    .unwrap();
    sandbox.set_webhook_url(Provider::Crystalpay, cabinet.url());
    let client = client(&sandbox);

    // The invoice's own callback_url wins over the cabinet URL.
    let with_url = create_invoice(&client, "10", Some(in_call.url())).await;
    let delivery = sandbox
        .pay(Provider::Crystalpay, &with_url)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(delivery.url, in_call.url());
    assert!(in_call.next(Duration::from_secs(5)).await.is_some());

    // Without one, the cabinet URL; its failure is reported and logged, the invoice stays paid.
    let without = create_invoice(&client, "20", None).await;
    let delivery = sandbox
        .pay(Provider::Crystalpay, &without)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (delivery.url.as_str(), delivery.status),
        (cabinet.url().as_str(), Some(500))
    );
    let received = cabinet.next(Duration::from_secs(5)).await.unwrap();
    verify_callback(&received.body, &demo_credentials()).unwrap();
    assert_eq!(
        sandbox.crystalpay().invoice_state(&without).as_deref(),
        Some("payed")
    );
    let log = client
        .callback_invoice_list()
        .body_map(|b| b.id(&without))
        .await
        .unwrap();
    let entry = &log.items.unwrap().0[0];
    assert_eq!(
        (entry.state.as_deref(), entry.last_response.as_deref()),
        (Some("failed"), Some("500 => down"))
    );
}
