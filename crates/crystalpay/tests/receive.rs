//! The CrystalPay [`Receiver`] behind the axum extractor, on a real axum server on loopback:
//! the receiver in the router's state, the handler nested at an arbitrary path, the business
//! logic (re-read the invoice with `invoice_info`, as the signature covers only the id) run
//! through `process_once` with a `MemoryEventStore` and counted. Callbacks come from the sandbox
//! (`Sandbox::pay`, `Sandbox::redeliver`) or are signed here.
//!
//! Run with `cargo test -p payspec-crystalpay --features axum`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::any;
use payspec::webhook::sha1_hex;
use payspec_crystalpay::types::{InvoiceCallback, InvoiceState, PayoffInfo};
use payspec_crystalpay::{
    Client, Credentials, MemoryEventStore, Receive, Receiver, Reply, SigningKey, Verified, types,
};
use payspec_sandbox::crystalpay::{LOGIN, SALT, SECRET};
use payspec_sandbox::{Provider, Sandbox};
use payspec_testkit::{self as testkit, Answer, Endless, answer, capture_logs, post};
use serde_json::{Value, json};

// ------------------------------------------------------------------ the merchant's server

#[derive(Clone)]
struct App {
    receiver: Receiver,
    store: Arc<MemoryEventStore>,
    /// The merchant's CrystalPay client, to re-read the invoice a callback names.
    client: Option<Client>,
    handled: Arc<AtomicUsize>,
    runs: Arc<AtomicUsize>,
    /// (invoice id, state, amount) of every run, as `invoice_info` says.
    credited: Arc<Mutex<Vec<(String, String, String)>>>,
    work: Duration,
}

impl FromRef<App> for Receiver {
    fn from_ref(app: &App) -> Receiver {
        app.receiver.clone()
    }
}

/// The error of the business logic (here: the re-read failed).
#[derive(Debug)]
struct Failed;

async fn crystalpay_callback(State(app): State<App>, Verified(callback): Verified<Receiver>) -> Reply {
    app.handled.fetch_add(1, Ordering::SeqCst);
    let outcome = callback
        .process_once(&*app.store, async {
            app.runs.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(app.work).await;
            let id = callback.id.as_ref().map(|id| id.as_str()).unwrap_or_default();
            // The signature covers only the id: trust what invoice_info says.
            let (state, amount) = match &app.client {
                Some(client) => {
                    let info = client
                        .invoice_info()
                        .body_map(|b| b.id(id))
                        .await
                        .map_err(|_| Failed)?;
                    (
                        info.state.map(|s| s.to_string()).unwrap_or_default(),
                        info.amount.map(|a| a.as_str().to_owned()).unwrap_or_default(),
                    )
                }
                None => (String::new(), String::new()),
            };
            app.credited.lock().unwrap().push((id.to_owned(), state, amount));
            Ok::<(), Failed>(())
        })
        .await;
    callback.reply(&outcome)
}

struct Server {
    /// Serves the router while the test holds it.
    _loopback: testkit::Server,
    url: String,
    app: App,
}

impl Server {
    fn handled(&self) -> usize {
        self.app.handled.load(Ordering::SeqCst)
    }

    fn runs(&self) -> usize {
        self.app.runs.load(Ordering::SeqCst)
    }

    fn credited(&self) -> Vec<(String, String, String)> {
        self.app.credited.lock().unwrap().clone()
    }
}

/// Serves the handler at `/api/v1/crystalpay/callback` (a nested router) on 127.0.0.1:0.
async fn serve(receiver: Receiver, client: Option<Client>, work: Duration) -> Server {
    let app = App {
        receiver,
        store: Arc::new(MemoryEventStore::new()),
        client,
        handled: Arc::default(),
        runs: Arc::default(),
        credited: Arc::default(),
        work,
    };
    let api = Router::new().route("/crystalpay/callback", any(crystalpay_callback));
    let router = Router::new().nest("/api/v1", api).with_state(app.clone());
    let loopback = testkit::serve(router).await;
    Server {
        url: loopback.url("/api/v1/crystalpay/callback"),
        app,
        _loopback: loopback,
    }
}

fn receiver() -> Receiver {
    Receiver::new(SigningKey::new(SALT).unwrap())
}

fn credentials() -> Credentials {
    Credentials::new(LOGIN, SECRET).unwrap().with_salt(SALT).unwrap()
}

/// A sandbox, its client, and a new invoice of `amount` whose `callback_url` is `callback`.
async fn sandbox_with_invoice(callback: Option<&str>, amount: &str) -> (Sandbox, Client, String) {
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::with_credentials(&sandbox.base_url(Provider::Crystalpay), credentials()).unwrap();
    let invoice = client
        .invoice_create()
        .body_map(|b| {
            b.amount(amount)
                .type_(types::InvoiceType::Purchase)
                .lifetime(15)
                .callback_url(callback.map(str::to_owned))
        })
        .await
        .unwrap();
    (sandbox, client, invoice.id.unwrap())
}

/// A callback body for invoice `id`, signed with `salt`.
fn signed(id: &str, state: &str, amount: &str, salt: &str) -> String {
    json!({
        "id": id,
        "state": state,
        "amount": amount,
        "signature": sha1_hex(&format!("{id}:{salt}")),
    })
    .to_string()
}

/// The reply of `status` with a text body, as the receiver writes it.
fn expect(status: u16, body: &str) -> Answer {
    Answer::text(status, body)
}

const JSON: Option<&str> = Some("application/json");

// ------------------------------------------------------------------ the tests

#[tokio::test]
async fn a_paid_invoice_is_called_back_answered_ok_and_a_redelivery_is_not_processed_twice() {
    capture_logs();
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::with_credentials(&sandbox.base_url(Provider::Crystalpay), credentials()).unwrap();
    let server = serve(receiver(), Some(client.clone()), Duration::ZERO).await;
    let invoice = client
        .invoice_create()
        .body_map(|b| {
            b.amount("150.50")
                .type_(types::InvoiceType::Purchase)
                .lifetime(15)
                .callback_url(server.url.clone())
        })
        .await
        .unwrap()
        .id
        .unwrap();

    let delivery = sandbox
        .pay(Provider::Crystalpay, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(delivery.content_type, "application/json");
    assert_eq!((delivery.status, delivery.answer.as_str()), (Some(200), "OK"));
    assert_eq!(
        server.credited(),
        [(invoice.clone(), "payed".into(), "150.5".into())]
    );
    assert!(
        server
            .app
            .store
            .is_processed(&format!("crystalpay:invoice:{invoice}:payed"))
    );

    // The delivery log shows what CrystalPay records for a delivered callback.
    let log = client
        .callback_invoice_list()
        .body_map(|b| b.id(&invoice))
        .await
        .unwrap();
    assert_eq!(
        log.items.unwrap().0[0].last_response.as_deref(),
        Some("200 => OK")
    );

    let again = sandbox
        .redeliver(Provider::Crystalpay, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.body, delivery.body);
    assert_eq!((again.status, again.answer.as_str()), (Some(200), "OK"));
    assert_eq!((server.handled(), server.runs()), (2, 1));

    // The exact reply.
    assert_eq!(
        post(&server.url, JSON, &[], delivery.body.clone()).await,
        expect(200, "OK")
    );
    assert_eq!((server.handled(), server.runs()), (3, 1));
}

#[tokio::test]
async fn forged_wrong_salt_other_invoice_and_unsigned_callbacks_are_refused_with_403() {
    capture_logs();
    let server = serve(receiver(), None, Duration::ZERO).await;
    let genuine: Value = serde_json::from_str(&signed("777_a1", "payed", "100", SALT)).unwrap();
    let with = |name: &str, value: Value| {
        let mut body = genuine.clone();
        body[name] = value;
        body.to_string()
    };
    let without_signature = {
        let mut body = genuine.clone();
        body.as_object_mut().unwrap().remove("signature");
        body.to_string()
    };
    let cases = [
        ("forged signature", with("signature", json!("0".repeat(40)))),
        (
            "signed with another salt",
            signed("777_a1", "payed", "100", "not-the-salt"),
        ),
        (
            "the signature moved to another invoice",
            with("id", json!("777_a2")),
        ),
        ("no signature", without_signature),
        ("an empty signature", with("signature", json!(""))),
    ];
    let right_for_other = sha1_hex(&format!("777_a2:{SALT}"));
    for (what, body) in cases {
        let got = post(&server.url, JSON, &[], body).await;
        assert_eq!(got, expect(403, "bad signature"), "{what}");
        assert!(!got.body.contains(SALT) && !got.body.contains(&right_for_other));
    }
    assert_eq!((server.handled(), server.runs()), (0, 0));
    assert_eq!(
        post(&server.url, JSON, &[], genuine.to_string()).await,
        expect(200, "OK")
    );
    assert_eq!(server.runs(), 1);
}

/// The signature covers only the id, so a changed amount still verifies: the handler trusts
/// `invoice_info`, never the callback's amount, and the copy is the same event as the genuine
/// callback of that state.
#[tokio::test]
async fn a_tampered_amount_still_verifies_so_the_handler_credits_what_invoice_info_says() {
    let (sandbox, client, invoice) = sandbox_with_invoice(None, "150.50").await;
    let server = serve(receiver(), Some(client), Duration::ZERO).await;
    // Paid with no callback URL anywhere: nothing sent yet.
    assert!(
        sandbox
            .pay(Provider::Crystalpay, &invoice)
            .await
            .unwrap()
            .is_none()
    );

    let tampered = signed(&invoice, "payed", "1000000", SALT);
    assert_eq!(post(&server.url, JSON, &[], tampered).await, expect(200, "OK"));
    assert_eq!(
        server.credited(),
        [(invoice.clone(), "payed".into(), "150.5".into())]
    );

    // The genuine callback of the same state is a duplicate.
    sandbox.set_webhook_url(Provider::Crystalpay, &server.url);
    let genuine = sandbox
        .redeliver(Provider::Crystalpay, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((genuine.status, genuine.answer.as_str()), (Some(200), "OK"));
    assert_eq!((server.handled(), server.runs()), (2, 1));

    // A later state of the same invoice is a new event.
    let later = signed(&invoice, "wrongamount", "150.50", SALT);
    assert_eq!(post(&server.url, JSON, &[], later).await, expect(200, "OK"));
    assert_eq!(server.runs(), 2);
}

#[tokio::test]
async fn malformed_callbacks_are_refused_with_400() {
    let server = serve(receiver(), None, Duration::ZERO).await;
    let no_id = json!({"state": "payed", "signature": sha1_hex(&format!(":{SALT}"))}).to_string();
    // Correctly signed, but `amount` is not a decimal.
    let bad_amount = {
        let mut body: Value = serde_json::from_str(&signed("777_b1", "payed", "1", SALT)).unwrap();
        body["amount"] = json!({"not": "a number"});
        body.to_string()
    };
    for body in [no_id, bad_amount, String::new(), "[]".into(), "{\"id\":".into()] {
        assert_eq!(
            post(&server.url, JSON, &[], body.clone()).await,
            expect(400, "malformed callback"),
            "{body:?}"
        );
    }
    assert_eq!(server.handled(), 0);
}

/// The docs never say which content type CrystalPay sends (their PHP handler reads
/// `php://input`): any is accepted, the signature and the JSON decide.
#[tokio::test]
async fn any_content_type_is_accepted_and_other_methods_are_refused() {
    let server = serve(receiver(), None, Duration::ZERO).await;
    let body = signed("777_c1", "payed", "10", SALT);
    for content_type in [
        None,
        JSON,
        Some("application/json; charset=utf-8"),
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        assert_eq!(
            post(&server.url, content_type, &[], body.clone()).await,
            expect(200, "OK"),
            "{content_type:?}"
        );
    }
    assert_eq!((server.handled(), server.runs()), (5, 1));
    // A form body is not JSON, whatever its content type says.
    let form = "id=777_c1&state=payed";
    assert_eq!(
        post(&server.url, Some("application/x-www-form-urlencoded"), &[], form).await,
        expect(400, "malformed callback")
    );
    let http = reqwest::Client::new();
    for method in [reqwest::Method::GET, reqwest::Method::PUT] {
        let response = http
            .request(method.clone(), &server.url)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(answer(response).await, expect(405, "POST only"), "{method}");
    }
    assert_eq!(server.handled(), 5);
}

#[tokio::test]
async fn an_oversized_body_with_a_content_length_is_refused_unread() {
    let server = serve(receiver().with_body_limit(1024), None, Duration::ZERO).await;
    let mut body: Value = serde_json::from_str(&signed("777_d1", "payed", "10", SALT)).unwrap();
    body["description"] = json!("x".repeat(2048));
    assert_eq!(
        post(&server.url, JSON, &[], body.to_string()).await,
        expect(413, "too large")
    );
    let stream = Endless::new(0);
    let pulled = stream.pulled();
    let length = (10 << 20).to_string();
    let headers = [("content-length", length.as_str())];
    assert_eq!(
        post(&server.url, JSON, &headers, stream).await,
        expect(413, "too large")
    );
    assert_eq!(pulled.chunks(), 0, "no byte of the body was needed");
    assert_eq!(server.handled(), 0);
}

#[tokio::test]
async fn an_endless_chunked_body_is_refused_once_past_the_limit() {
    let server = serve(receiver(), None, Duration::ZERO).await;
    let stream = Endless::new(1024);
    let pulled = stream.pulled();
    assert_eq!(
        post(&server.url, JSON, &[], stream).await,
        expect(413, "too large")
    );
    assert!(pulled.chunks() > 64, "the body was sent past the 64 KiB limit");
    assert_eq!(server.handled(), 0);
}

#[tokio::test]
async fn sixteen_concurrent_deliveries_of_one_callback_run_the_logic_once() {
    capture_logs();
    let (sandbox, client, invoice) = sandbox_with_invoice(None, "99.90").await;
    let server = serve(receiver(), Some(client), Duration::from_millis(200)).await;
    assert!(
        sandbox
            .pay(Provider::Crystalpay, &invoice)
            .await
            .unwrap()
            .is_none()
    );
    sandbox.set_webhook_url(Provider::Crystalpay, &server.url);

    let sandbox = Arc::new(sandbox);
    let mut deliveries = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let (sandbox, invoice) = (sandbox.clone(), invoice.clone());
        deliveries.spawn(async move { sandbox.redeliver(Provider::Crystalpay, &invoice).await });
    }
    let (mut ok, mut retry) = (0, 0);
    while let Some(delivery) = deliveries.join_next().await {
        let delivery = delivery.unwrap().unwrap().unwrap();
        match (delivery.status, delivery.answer.as_str()) {
            (Some(200), "OK") => ok += 1,
            (Some(503), "try again later") => retry += 1,
            other => panic!("neither the success nor the retry reply: {other:?}"),
        }
    }
    assert_eq!(ok + retry, 16);
    assert!(ok >= 1);
    assert_eq!((server.handled(), server.runs()), (16, 1));

    let later = sandbox
        .redeliver(Provider::Crystalpay, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((later.status, later.answer.as_str()), (Some(200), "OK"));
    assert_eq!(server.runs(), 1);
    assert_eq!(server.credited(), [(invoice, "payed".into(), "99.9".into())]);
}

#[tokio::test]
async fn no_secret_in_any_reply_or_log_line_at_trace() {
    let logs = capture_logs();
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::with_credentials(&sandbox.base_url(Provider::Crystalpay), credentials()).unwrap();
    let server = serve(receiver(), Some(client.clone()), Duration::ZERO).await;
    sandbox.set_webhook_url(Provider::Crystalpay, &server.url);
    let invoice = client
        .invoice_create()
        .body_map(|b| b.amount("12.34").type_(types::InvoiceType::Purchase).lifetime(15))
        .await
        .unwrap()
        .id
        .unwrap();
    let delivery = sandbox
        .pay(Provider::Crystalpay, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(delivery.answer, "OK");
    let mut genuine: Value = serde_json::from_str(&delivery.body).unwrap();
    genuine["id"] = json!(format!("{invoice}x"));
    let mut bodies = vec![post(&server.url, JSON, &[], genuine.to_string()).await];
    genuine["id"] = json!(invoice);
    genuine["signature"] = json!("f".repeat(40));
    bodies.push(post(&server.url, JSON, &[], genuine.to_string()).await);
    let other = serve(
        Receiver::new(SigningKey::new("another salt").unwrap()),
        None,
        Duration::ZERO,
    )
    .await;
    bodies.push(post(&other.url, JSON, &[], delivery.body.clone()).await);
    for got in &bodies {
        assert_eq!(*got, expect(403, "bad signature"));
    }

    let expected_for_other = sha1_hex(&format!("{invoice}x:{SALT}"));
    let logged = logs.text();
    assert!(
        logged.contains("notification refused"),
        "the capture works: {logged}"
    );
    for text in bodies.iter().map(|a| &a.body).chain([&logged]) {
        for secret in [SALT, SECRET, &expected_for_other, "another salt"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
    assert_eq!(server.runs(), 1);
}

// ------------------------------------------------------------------ payoffs, framework-free

/// Payoff callbacks (inferred shape: the payoff object plus `signature`) on their own receiver.
#[test]
fn a_payoff_callback_is_received_by_the_payoff_receiver() {
    let payoffs: Receiver<PayoffInfo> = Receiver::for_payoffs(SigningKey::new(SALT).unwrap());
    let body = json!({
        "id": "777_p1",
        "state": "payed",
        "amount": "10",
        "wallet": "2200000000000004",
        "signature": sha1_hex(&format!("777_p1:{SALT}")),
    })
    .to_string();
    let headers = http::HeaderMap::new();
    let payoff = payoffs
        .receive(&http::Method::POST, &headers, body.as_bytes())
        .unwrap();
    assert_eq!(payoff.id.as_deref(), Some("777_p1"));
    assert_eq!(payoff.state, Some(types::PayoffState::Payed));
    assert_eq!(payoff.event_key(), "crystalpay:payoff:777_p1:payed");
    assert_eq!(
        payoff.extra["signature"],
        json!(sha1_hex(&format!("777_p1:{SALT}")))
    );
    let forged = body.replace("777_p1\"", "777_p2\"");
    let error = payoffs
        .receive(&http::Method::POST, &headers, forged.as_bytes())
        .unwrap_err();
    assert_eq!(
        payoffs.rejection(&error),
        Reply::text(http::StatusCode::FORBIDDEN, "bad signature")
    );
    // The invoice receiver reads the same body as an invoice callback.
    let invoice: payspec_crystalpay::Notification<InvoiceCallback> = receiver()
        .receive(&http::Method::POST, &headers, body.as_bytes())
        .unwrap();
    assert_eq!(invoice.event_key(), "crystalpay:invoice:777_p1:payed");
    assert_eq!(invoice.state, Some(InvoiceState::Payed));
}

// ------------------------------------------------------------------ helpers
