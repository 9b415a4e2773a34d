//! The sandbox's OneBox imitation (`payspec_sandbox::onebox`), through the real client and raw
//! with reqwest: the `login` + md5 `password` check and its `{"status":"fail"}` envelopes,
//! unknown ids, the lifecycle's refusals (paying twice, paying an actual payment, a reused
//! `code1c`), malformed parameters, exact amounts and balances, the lists' parts of 1000 and
//! filters, and that no notification is sent (OneBox has none for payments). Each test starts
//! its own sandbox.

use std::time::Duration;

use payspec_onebox::types::PaymentDirection;
use payspec_onebox::{Client, Credentials, Error};
use payspec_sandbox::onebox::{ACCOUNT_ID, CLIENT_LOGIN, LOGIN, PASSWORD, PASSWORD_MD5, VIRTUAL_ACCOUNT_ID};
use payspec_sandbox::{Inbox, Provider, Reply, Sandbox, SandboxError};
use serde_json::{Value, json};

// ------------------------------------------------------------------ helpers

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox, LOGIN, PASSWORD);
    (sandbox, client)
}

fn client(sandbox: &Sandbox, login: &str, password: &str) -> Client {
    let credentials = Credentials::from_password(login, password).unwrap();
    Client::with_credentials(&sandbox.base_url(Provider::Onebox), credentials).unwrap()
}

/// A raw GET of `path?query` (credentials not added): the status and the JSON body.
async fn raw(sandbox: &Sandbox, path: &str, query: &str) -> (u16, Value) {
    let url = format!("{}{path}?{query}", sandbox.base_url(Provider::Onebox));
    let response = reqwest::get(url).await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (status, body)
}

/// A raw GET with the demo credentials in front of `query`.
async fn raw_authed(sandbox: &Sandbox, path: &str, query: &str) -> (u16, Value) {
    raw(
        sandbox,
        path,
        &format!("login={LOGIN}&password={PASSWORD_MD5}&{query}"),
    )
    .await
}

fn fail(message: &str) -> Value {
    json!({"status": "fail", "message": message})
}

/// `Error::Provider` carrying exactly `message`.
fn assert_refused<T: std::fmt::Debug>(result: Result<T, Error>, message: &str) {
    match result {
        Err(Error::Provider(e)) => {
            assert_eq!(e.messages, [message], "{e}");
            assert_eq!(e.status, 200, "{e}");
        }
        other => panic!("expected the refusal {message:?}, got {other:?}"),
    }
}

/// An added payment's id.
fn id_of(answer: payspec_onebox::types::OperationResult) -> u64 {
    answer.message.unwrap().parse().unwrap()
}

async fn add_pending(client: &Client, order_id: i64, sum: &str) -> u64 {
    id_of(
        client
            .payment_probation_add()
            .sum(sum)
            .orderid(order_id)
            .await
            .unwrap(),
    )
}

// ------------------------------------------------------------------ credentials

#[tokio::test]
async fn wrong_credentials_are_authentication_errors() {
    let (sandbox, _) = start().await;
    for (login, password, message) in [
        (LOGIN, "wrong", "Login or password not correct!"),
        ("nobody", PASSWORD, "Login or password not correct!"),
        (CLIENT_LOGIN, PASSWORD, "Bad user level!"),
    ] {
        let bad = client(&sandbox, login, password);
        let err = bad.payment_get().part(1).await.unwrap_err();
        let Error::Authentication(e) = &err else {
            panic!("{login}: expected Error::Authentication, got {err:?}");
        };
        assert_eq!(e.messages, [message]);
        // Writes are refused the same way, and nothing is recorded.
        let err = bad.payment_add().sum("1").await.unwrap_err();
        assert!(matches!(err, Error::Authentication(_)), "{err:?}");
    }
    assert_eq!(sandbox.onebox().counts(), (0, 0));
}

#[tokio::test]
async fn the_credential_envelopes_are_the_documented_ones() {
    let (sandbox, _) = start().await;
    let path = "/api/payment/get/";
    let cases = [
        ("part=1".to_owned(), "login_empty"),
        (format!("login=&password={PASSWORD_MD5}&part=1"), "login_empty"),
        (format!("login={LOGIN}&part=1"), "password_empty"),
        (
            format!("login={LOGIN}&password=wrong&part=1"),
            "Login or password not correct!",
        ),
        // The password in clear, or its md5 in capitals, is not what OneBox compares.
        (
            format!("login={LOGIN}&password={PASSWORD}&part=1"),
            "Login or password not correct!",
        ),
        (
            format!("login={LOGIN}&password={}&part=1", PASSWORD_MD5.to_uppercase()),
            "Login or password not correct!",
        ),
        (
            format!("login=Sandbox&password={PASSWORD_MD5}&part=1"),
            "Login or password not correct!",
        ),
        (
            format!("login={CLIENT_LOGIN}&password={PASSWORD_MD5}&part=1"),
            "Bad user level!",
        ),
    ];
    for (query, message) in cases {
        let (status, body) = raw(&sandbox, path, &query).await;
        assert_eq!((status, body), (200, fail(message)), "{query}");
    }
    // Every method checks them, the unknown ones too.
    for path in ["/api/payment/add/", "/api/budget/balance/get/", "/api/nothing/"] {
        let (status, body) = raw(&sandbox, path, "sum=1").await;
        assert_eq!((status, body), (200, fail("login_empty")), "{path}");
    }
    let (status, body) = raw_authed(&sandbox, path, "part=1").await;
    assert_eq!((status, body), (200, json!([])));
}

// ------------------------------------------------------------------ unknown ids, transitions

#[tokio::test]
async fn unknown_ids_are_refused() {
    let (sandbox, client) = start().await;
    let not_found = "Payment by id or code1c not found";
    assert_refused(client.payment_get().paymentid(1).await, not_found);
    assert_refused(client.payment_probation_get().paymentid(1).await, not_found);
    assert_refused(client.payment_delete().paymentid(1).await, not_found);
    assert_refused(client.payment_delete().paymentcode1c("nope").await, not_found);
    assert_refused(client.payment_update().paymentid(1).comment("x").await, not_found);
    assert_refused(client.payment_probation_delete().paymentid(1).await, not_found);
    assert_refused(
        client.payment_add().sum("1").accountid(99).await,
        "FinanceAccount not found",
    );
    assert_refused(
        client.payment_balance_get().accountid(99).await,
        "Payment accounts not found",
    );
    let err = sandbox.pay(Provider::Onebox, "1").await.unwrap_err();
    assert!(matches!(err, SandboxError::NotFound { .. }), "{err:?}");
    let err = sandbox.pay(Provider::Onebox, "not-a-number").await.unwrap_err();
    assert!(matches!(err, SandboxError::NotFound { .. }), "{err:?}");
    // Actual and pending payments are different things: one kind's id is unknown to the other.
    let actual = id_of(client.payment_add().sum("5").await.unwrap());
    assert_refused(
        client.payment_probation_get().paymentid(actual as i64).await,
        not_found,
    );
    let pending = add_pending(&client, 2, "5").await;
    assert_refused(client.payment_get().paymentid(pending as i64).await, not_found);
    assert_refused(client.payment_delete().paymentid(pending as i64).await, not_found);
    assert_eq!(sandbox.onebox().counts(), (1, 1));
}

#[tokio::test]
async fn the_lifecycle_refuses_what_it_should() {
    let (sandbox, client) = start().await;
    let pending = add_pending(&client, 2, "100").await;
    sandbox.pay(Provider::Onebox, &pending.to_string()).await.unwrap();
    // Paying twice.
    let err = sandbox
        .pay(Provider::Onebox, &pending.to_string())
        .await
        .unwrap_err();
    assert!(matches!(err, SandboxError::State { .. }), "{err:?}");
    // Paying an actual payment: it already is money that moved.
    let actual = id_of(client.payment_add().sum("100").code1c("in-1").await.unwrap());
    let err = sandbox
        .pay(Provider::Onebox, &actual.to_string())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("is an actual payment"), "{err}");
    // A reused code1c is refused (what makes resending payment_add safe).
    assert_refused(
        client.payment_add().sum("100").code1c("in-1").await,
        "PaymentCode1c exists",
    );
    // A zero sum.
    assert_refused(client.payment_add().sum("0").await, "sum must not be 0");
    assert_refused(
        client.payment_update().paymentid(actual as i64).sum("0.00").await,
        "sum must not be 0",
    );
    // A deleted pending payment cannot be deleted or paid again.
    client
        .payment_probation_delete()
        .paymentid(pending as i64)
        .await
        .unwrap();
    assert_refused(
        client.payment_probation_delete().paymentid(pending as i64).await,
        "Payment by id or code1c not found",
    );
    assert!(matches!(
        sandbox.pay(Provider::Onebox, &pending.to_string()).await,
        Err(SandboxError::NotFound { .. })
    ));
    assert_eq!(sandbox.onebox().counts(), (1, 0));
}

// ------------------------------------------------------------------ malformed input

#[tokio::test]
async fn malformed_parameters_get_the_envelope() {
    let (sandbox, client) = start().await;
    let pending = add_pending(&client, 2, "10").await;
    let cases = [
        ("/api/payment/add/", "", "sum is empty"),
        (
            "/api/payment/add/",
            "sum=abc",
            "sum must be a number with at most 2 decimals",
        ),
        (
            "/api/payment/add/",
            "sum=1.234",
            "sum must be a number with at most 2 decimals",
        ),
        (
            "/api/payment/add/",
            "sum=1e3",
            "sum must be a number with at most 2 decimals",
        ),
        (
            "/api/payment/add/",
            "sum=1&direction=sideways",
            "direction must be fromclient or toclient",
        ),
        (
            "/api/payment/add/",
            "sum=1&cdate=2015-12-15",
            "cdate must be Y-m-d H:i:s",
        ),
        (
            "/api/payment/add/",
            "sum=1&accountid=one",
            "accountid must be an integer",
        ),
        (
            "/api/payment/add/",
            "sum=1&currencyname=XYZ",
            "Currency not found",
        ),
        ("/api/payment/add/", "sum=1&categoryid=9", "Category not found"),
        (
            "/api/payment/add/",
            "sum=1&nobalance=2",
            "nobalance must be 1 or 0",
        ),
        (
            "/api/payment/add/",
            "sum=1&currencyrate=-2",
            "currencyrate must be a positive number with at most 6 decimals",
        ),
        (
            "/api/payment/probation/add/",
            "sum=5",
            "orderid or ordercode1c is required",
        ),
        (
            "/api/payment/probation/add/",
            "sum=5&orderid=2&pdate=tomorrow",
            "pdate must be Y-m-d",
        ),
        ("/api/payment/probation/delete/", "", "paymentid is required"),
        (
            "/api/payment/update/",
            "comment=x",
            "paymentid or paymentcode1c is required",
        ),
        ("/api/payment/get/", "", "paymentid or part is required"),
        ("/api/payment/get/", "part=0", "part must be 1 or more"),
        ("/api/payment/get/", "part=-1", "part must be 1 or more"),
        ("/api/payment/get/", "part=first", "part must be an integer"),
        ("/api/payment/get/", "paymentid=x", "paymentid must be an integer"),
        (
            "/api/payment/get/",
            "part=1&cdatefrom=01.01.2016",
            "cdatefrom must be Y-m-d",
        ),
        (
            "/api/payment/probation/get/",
            "part=1&received=yes",
            "received must be 1 or 0",
        ),
        (
            "/api/payment/balance/get/",
            "contractortype=some",
            "contractortype must be all, standard or virtual",
        ),
    ];
    for (path, query, message) in cases {
        let (status, body) = raw_authed(&sandbox, path, query).await;
        assert_eq!((status, body), (200, fail(message)), "{path}?{query}");
    }
    // Methods and paths the API does not have: the same envelope, with 405 / 404.
    let base = sandbox.base_url(Provider::Onebox);
    let response = reqwest::Client::new()
        .post(format!(
            "{base}/api/payment/add/?login={LOGIN}&password={PASSWORD_MD5}&sum=1"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        fail("API v1 methods are called with GET")
    );
    let (status, body) = raw_authed(&sandbox, "/api/payment/add", "sum=1").await;
    assert_eq!((status, body), (404, fail("Unknown API method")));
    // Odd query strings do not break anything.
    for query in ["%zz", "sum=%E2%82", "&&&", "sum=1&sum=2&sum=", "sum=%00"] {
        let (status, body) = raw_authed(&sandbox, "/api/payment/add/", query).await;
        assert_eq!(status, 200, "{query}");
        assert_eq!(body["status"], "fail", "{query}: {body}");
    }
    // Nothing was recorded or changed, and the sandbox still works.
    assert_eq!(sandbox.onebox().counts(), (0, 1));
    assert!(!sandbox.onebox().pending(pending).unwrap().received);
    add_pending(&client, 2, "1").await;
}

// ------------------------------------------------------------------ amounts and balances

#[tokio::test]
async fn amounts_and_balances_are_exact() {
    let (sandbox, client) = start().await;
    let balance = || async {
        let list = client.payment_balance_get().accountid(ACCOUNT_ID).await.unwrap();
        let account = list.into_iter().next().unwrap();
        (
            account.balance.unwrap().as_str().to_owned(),
            account.balance_in.unwrap().as_str().to_owned(),
            account.balance_out.unwrap().as_str().to_owned(),
        )
    };
    assert_eq!(balance().await.0, "1000.00");
    // 0.10 + 0.20 is exactly 0.30 here, and a decimal comma is read as a point.
    client.payment_add().sum("0.10").await.unwrap();
    client.payment_add().sum("0.20").await.unwrap();
    let comma = id_of(client.payment_add().sum("322,50").await.unwrap());
    assert_eq!(
        balance().await,
        ("1322.80".into(), "322.80".into(), "0.00".into())
    );
    let got = client.payment_get().paymentid(comma as i64).await.unwrap();
    assert_eq!(got[0].amount.as_ref().unwrap().as_str(), "322.50");

    // Outgoing: by direction, or by a negative sum.
    client
        .payment_add()
        .sum("23.30")
        .direction(PaymentDirection::Toclient)
        .await
        .unwrap();
    client.payment_add().sum("-100").await.unwrap();
    assert_eq!(
        balance().await,
        ("1199.50".into(), "322.80".into(), "123.30".into())
    );

    // Another currency counts in the base currency: 10 USD at 41.5, then at a given rate, then
    // a given base amount.
    let usd = id_of(client.payment_add().sum("10").currencyname("USD").await.unwrap());
    let got = client.payment_get().paymentid(usd as i64).await.unwrap();
    let p = &got[0];
    assert_eq!(
        (
            p.amount.as_ref().unwrap().as_str(),
            p.amountbase.as_ref().unwrap().as_str(),
            p.currencyrate.as_ref().unwrap().as_str(),
            p.currencyname.as_deref()
        ),
        ("10.00", "415.00", "41.5", Some("USD"))
    );
    client
        .payment_add()
        .sum("0.01")
        .currencyid(2)
        .currencyrate("41.5")
        .await
        .unwrap(); // 0.415 → 0.42
    let eur = client.payment_add().sum("1").currencyname("EUR").sumbase("44.99");
    let eur = id_of(eur.await.unwrap());
    assert_eq!(balance().await.0, "1659.91");
    // Editing something else keeps a given base amount.
    client
        .payment_update()
        .paymentid(eur as i64)
        .comment("kept")
        .await
        .unwrap();
    assert_eq!(balance().await.0, "1659.91");

    // Editing the sum recomputes the base amount; a cancellation date or nobalance takes a
    // payment out of the balance; deleting removes it.
    client
        .payment_update()
        .paymentid(usd as i64)
        .sum("20")
        .await
        .unwrap();
    assert_eq!(balance().await.0, "2074.91");
    client
        .payment_update()
        .paymentid(usd as i64)
        .rdate("2025-01-01 10:00:00")
        .await
        .unwrap();
    assert_eq!(balance().await.0, "1244.91");
    client.payment_add().sum("999").nobalance(true).await.unwrap();
    client.payment_delete().paymentid(comma as i64).await.unwrap();
    assert_eq!(balance().await.0, "922.41");
    assert_eq!(sandbox.onebox().balance(ACCOUNT_ID).as_deref(), Some("922.41"));

    // The virtual account is only in `virtual` and `all`.
    client
        .payment_add()
        .sum("5")
        .accountid(VIRTUAL_ACCOUNT_ID)
        .await
        .unwrap();
    let standard = client.payment_balance_get().await.unwrap();
    assert_eq!(standard.len(), 1);
    let all = client.payment_balance_get().contractortype("all").await.unwrap();
    assert_eq!(all.len(), 2);
    let virtual_ = client
        .payment_balance_get()
        .contractortype("virtual")
        .await
        .unwrap();
    assert_eq!(virtual_[0].balance.as_ref().unwrap().as_str(), "5.00");
    let budgets = client.budget_balance_get().await.unwrap();
    assert_eq!(budgets[0].balance.as_ref().unwrap().as_str(), "8000.00");
}

#[tokio::test]
async fn answers_carry_strings_the_way_php_sends_them() {
    let (sandbox, client) = start().await;
    let id = id_of(
        client
            .payment_add()
            .sum("322")
            .currencyname("UAH")
            .accountid(1)
            .clientid(1)
            .clientname("Vasya Pupkin")
            .orderid(2)
            .categoryid(1)
            .comment("Test Payment")
            .code1c("PAY-1")
            .cdate("2016-01-05 10:15:00")
            .await
            .unwrap(),
    );
    let (_, body) = raw_authed(&sandbox, "/api/payment/add/", "sum=1").await;
    assert_eq!(body, json!({"status": "ok", "message": (id + 1).to_string()}));
    let (_, body) = raw_authed(&sandbox, "/api/payment/get/", &format!("paymentid={id}")).await;
    assert_eq!(
        body,
        json!([{
            "id": id.to_string(), "code1c": "PAY-1", "cdate": "2016-01-05 10:15:00",
            "amount": "322.00", "currencyid": "1", "currencyname": "UAH", "currencyrate": "1",
            "amountbase": "322.00", "accountid": "1", "accountname": "Main account",
            "categoryid": "1", "categoryname": "Sales", "virtual": 0, "direction": "fromclient",
            "clientid": "1", "clientName": "Vasya Pupkin", "clientCode1c": null, "userid": "1",
            "userName": "Sandbox API user", "userCode1c": null, "documentid": null,
            "comment": "Test Payment", "referenscode": null, "bankdetail": null, "customfields": [],
        }])
    );
    let pending = add_pending(&client, 2, "5").await;
    let (_, body) = raw_authed(
        &sandbox,
        "/api/payment/probation/get/",
        &format!("paymentid={pending}"),
    )
    .await;
    let item = &body[0];
    assert_eq!(
        (
            &item["id"],
            &item["amount"],
            &item["orderid"],
            &item["ordername"],
            &item["received"]
        ),
        (
            &json!(pending.to_string()),
            &json!("5.00"),
            &json!("2"),
            &json!("Order #2"),
            &json!(0)
        )
    );
    let (_, body) = raw_authed(
        &sandbox,
        "/api/payment/probation/delete/",
        &format!("paymentid={pending}&nomessage=1"),
    )
    .await;
    assert_eq!(body, json!({"status": "ok"}));
}

// ------------------------------------------------------------------ lists

#[tokio::test]
async fn lists_come_in_parts_of_1000() {
    let (sandbox, client) = start().await;
    for n in 0..1001 {
        let order = if n % 2 == 0 { 2 } else { 3 };
        client.payment_add().sum("1").orderid(order).await.unwrap();
    }
    let part1 = client.payment_get().part(1).await.unwrap();
    let part2 = client.payment_get().part(2).await.unwrap();
    let part3 = client.payment_get().part(3).await.unwrap();
    assert_eq!((part1.len(), part2.len(), part3.len()), (1000, 1, 0));
    // Oldest first: part 2 holds the last one added.
    assert_eq!(part2[0].id.as_deref(), Some("8927"));
    // The client's stream walks the parts until one is short.
    let all = client.payment_get().stream().collect_all().await.unwrap();
    assert_eq!(all.len(), 1001);
    // The filters apply before paging.
    let order2 = client.payment_get().part(1).orderid(2).await.unwrap();
    assert_eq!(order2.len(), 501);
    assert_eq!(sandbox.onebox().counts(), (1001, 0));
}

#[tokio::test]
async fn list_filters() {
    let (sandbox, client) = start().await;
    let a = id_of(
        client
            .payment_add()
            .sum("1")
            .orderid(2)
            .categoryname("Sales")
            .cdate("2016-01-05 10:00:00")
            .pdate("2016-01-06 10:00:00")
            .await
            .unwrap(),
    );
    client
        .payment_add()
        .sum("2")
        .ordercode1c("777")
        .accountname("Virtual account")
        .categoryid(2)
        .cdate("2016-02-05 10:00:00")
        .await
        .unwrap();
    let count = |list: payspec::LenientList<payspec_onebox::types::Payment>| list.len();
    assert_eq!(
        count(
            client
                .payment_get()
                .part(1)
                .cdatefrom("2016-02-01")
                .await
                .unwrap()
        ),
        1
    );
    assert_eq!(
        count(client.payment_get().part(1).cdateto("2016-01-31").await.unwrap()),
        1
    );
    assert_eq!(
        count(
            client
                .payment_get()
                .part(1)
                .pdatefrom("2016-01-01")
                .await
                .unwrap()
        ),
        1
    );
    assert_eq!(
        count(client.payment_get().part(1).pdateto("2015-12-31").await.unwrap()),
        0
    );
    assert_eq!(
        count(
            client
                .payment_get()
                .part(1)
                .accountid(VIRTUAL_ACCOUNT_ID)
                .await
                .unwrap()
        ),
        1
    );
    assert_eq!(
        count(
            client
                .payment_get()
                .part(1)
                .accountname("Main account")
                .await
                .unwrap()
        ),
        1
    );
    assert_eq!(
        count(client.payment_get().part(1).categoryid(1).await.unwrap()),
        1
    );
    assert_eq!(
        count(
            client
                .payment_get()
                .part(1)
                .categoryname("Refunds")
                .await
                .unwrap()
        ),
        1
    );
    assert_eq!(
        count(client.payment_get().part(1).ordercode1c("777").await.unwrap()),
        1
    );
    let by_order = client.payment_get().part(1).orderid(2).await.unwrap();
    assert_eq!(by_order[0].id.as_deref(), Some(a.to_string().as_str()));
    // In "one" mode the filters do not apply.
    let one = client
        .payment_get()
        .paymentid(a as i64)
        .orderid(99)
        .await
        .unwrap();
    assert_eq!(one.len(), 1);

    // Pending payments also filter on `received`.
    let p1 = add_pending(&client, 2, "10").await;
    let p2 = add_pending(&client, 2, "20").await;
    sandbox.pay(Provider::Onebox, &p2.to_string()).await.unwrap();
    let waiting = client
        .payment_probation_get()
        .part(1)
        .received(false)
        .await
        .unwrap();
    let arrived = client
        .payment_probation_get()
        .part(1)
        .received(true)
        .await
        .unwrap();
    assert_eq!(waiting[0].id.as_deref(), Some(p1.to_string().as_str()));
    assert_eq!(arrived[0].id.as_deref(), Some(p2.to_string().as_str()));
    assert!(arrived[0].received.is_some_and(|f| f.0));
    assert_eq!(
        client
            .payment_probation_get()
            .part(1)
            .orderid(2)
            .await
            .unwrap()
            .len(),
        2
    );
}

// ------------------------------------------------------------------ notifications

#[tokio::test]
async fn no_notification_is_sent() {
    // OneBox documents no callback for payments: even with a notification URL set, the money
    // arriving sends nothing.
    let (sandbox, client) = start().await;
    let inbox = Inbox::start(|_| Reply::ok("OK")).await.unwrap();
    sandbox.set_webhook_url(Provider::Onebox, inbox.url());
    let pending = add_pending(&client, 2, "10").await;
    assert_eq!(
        sandbox.pay(Provider::Onebox, &pending.to_string()).await.unwrap(),
        None
    );
    assert!(inbox.next(Duration::from_millis(300)).await.is_none());
    assert!(sandbox.onebox().pending(pending).unwrap().received);
}

#[tokio::test]
async fn huge_amounts_do_not_break_the_sandbox() {
    let (sandbox, client) = start().await;
    // 35 digits fit; times the USD rate they saturate instead of overflowing.
    let huge = "99999999999999999999999999999999999";
    client.payment_add().sum(huge).currencyname("USD").await.unwrap();
    client
        .payment_add()
        .sum(huge)
        .direction(PaymentDirection::Toclient)
        .await
        .unwrap();
    let balances = client.payment_balance_get().await.unwrap();
    assert!(balances[0].balance.is_some());
    // 45 digits do not fit at all.
    let (status, body) = raw_authed(&sandbox, "/api/payment/add/", &format!("sum={huge}0000000000")).await;
    assert_eq!(
        (status, body),
        (200, fail("sum must be a number with at most 2 decimals"))
    );
    assert_eq!(sandbox.onebox().counts(), (2, 0));
}
