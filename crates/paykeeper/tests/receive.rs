//! The PayKeeper [`Receiver`] behind the axum extractor, on a real axum server on loopback: the
//! receiver in the router's state, the handler nested at an arbitrary path, business logic run
//! through `process_once` with a `MemoryEventStore` and counted. Notifications come from the
//! sandbox (`Sandbox::pay`, `Sandbox::redeliver`) or are signed here the documented way.
//!
//! Run with `cargo test -p payspec-paykeeper --features axum`.

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::any;
use payspec::webhook::md5_hex;
use payspec_paykeeper::{Client, Credentials, MemoryEventStore, Receiver, Reply, SigningKey, Verified};
use payspec_sandbox::paykeeper::{PASSWORD, SECRET, USER};
use payspec_sandbox::{Provider, Sandbox};
use payspec_testkit::{self as testkit, Answer, Endless, answer, capture_logs, post};

const FORM: &str = "application/x-www-form-urlencoded";

// ------------------------------------------------------------------ the merchant's server

/// The router's state: the receiver, the event store, and what the test counts.
#[derive(Clone)]
struct App {
    receiver: Receiver,
    store: Arc<MemoryEventStore>,
    /// Requests that reached the handler (passed the extractor).
    handled: Arc<AtomicUsize>,
    /// Runs of the business logic.
    runs: Arc<AtomicUsize>,
    /// (payment id, sum) of every run.
    credited: Arc<Mutex<Vec<(String, String)>>>,
    /// How long the business logic takes.
    work: Duration,
}

impl FromRef<App> for Receiver {
    fn from_ref(app: &App) -> Receiver {
        app.receiver.clone()
    }
}

/// The handler under test, as the README shows it.
async fn paykeeper_notification(State(app): State<App>, Verified(notification): Verified<Receiver>) -> Reply {
    app.handled.fetch_add(1, Ordering::SeqCst);
    let outcome = notification
        .process_once(&*app.store, async {
            app.runs.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(app.work).await;
            app.credited
                .lock()
                .unwrap()
                .push((notification.id.to_string(), notification.sum.as_str().to_owned()));
            Ok::<(), Infallible>(())
        })
        .await;
    notification.reply(&outcome)
}

struct Server {
    /// Serves the router while the test holds it.
    _loopback: testkit::Server,
    /// The notification URL (`informer_url`).
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
}

/// Serves the handler at `/shop/hooks/paykeeper` (a nested router) on 127.0.0.1:0.
async fn serve(receiver: Receiver, work: Duration) -> Server {
    let app = App {
        receiver,
        store: Arc::new(MemoryEventStore::new()),
        handled: Arc::default(),
        runs: Arc::default(),
        credited: Arc::default(),
        work,
    };
    let hooks = Router::new().route("/paykeeper", any(paykeeper_notification));
    let router = Router::new().nest("/shop/hooks", hooks).with_state(app.clone());
    let loopback = testkit::serve(router).await;
    Server {
        url: loopback.url("/shop/hooks/paykeeper"),
        app,
        _loopback: loopback,
    }
}

fn receiver() -> Receiver {
    Receiver::new(SigningKey::new(SECRET).unwrap())
}

// ------------------------------------------------------------------ notifications

/// A notification form signed with `secret` the documented way.
fn signed(id: &str, sum: &str, orderid: &str, secret: &str) -> String {
    let key = md5_hex(&format!("{id}{sum}Ivan Ivanov{orderid}{secret}"));
    form(&[
        ("id", id),
        ("sum", sum),
        ("clientid", "Ivan Ivanov"),
        ("orderid", orderid),
        ("key", &key),
        ("ps_id", "30"),
    ])
}

fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap()
}

/// What PayKeeper must get back for payment `id`.
fn ok_reply(id: &str) -> String {
    format!("OK {}", md5_hex(&format!("{id}{SECRET}")))
}

/// The reply of `status` with a text body, as the receiver writes it.
fn expect(status: u16, body: &str) -> Answer {
    Answer::text(status, body)
}

/// A sandbox whose notifications go to `server`, a client, and a new invoice of `amount`.
async fn sandbox_with_invoice(server: Option<&Server>, amount: &str) -> (Sandbox, Client, String) {
    let sandbox = Sandbox::start().await.unwrap();
    if let Some(server) = server {
        sandbox.set_webhook_url(Provider::Paykeeper, &server.url);
    }
    let client = Client::with_credentials(
        &sandbox.base_url(Provider::Paykeeper),
        Credentials::new(USER, PASSWORD).unwrap(),
    )
    .unwrap();
    let invoice = client
        .invoice_preview()
        .body_map(|b| {
            b.pay_amount(amount)
                .clientid("Ivan Ivanov".to_owned())
                .orderid("1337".to_owned())
        })
        .await
        .unwrap();
    let id = invoice.invoice_id.to_string();
    (sandbox, client, id)
}

// ------------------------------------------------------------------ the tests

#[tokio::test]
async fn a_paid_invoice_is_received_answered_ok_and_a_redelivery_is_not_processed_twice() {
    capture_logs();
    let server = serve(receiver(), Duration::ZERO).await;
    let (sandbox, _client, invoice) = sandbox_with_invoice(Some(&server), "1205.90").await;

    let delivery = sandbox.pay(Provider::Paykeeper, &invoice).await.unwrap().unwrap();
    let payment = sandbox.paykeeper().invoice_payment(&invoice).unwrap();
    assert_eq!(delivery.content_type, FORM);
    assert_eq!(
        (delivery.status, delivery.answer.as_str()),
        (Some(200), &*ok_reply(&payment))
    );
    assert_eq!(
        sandbox.paykeeper().notification_acknowledged(&payment),
        Some(true)
    );
    assert_eq!(sandbox.paykeeper().payment_status(&payment), Some("success"));
    assert_eq!(server.runs(), 1);
    assert_eq!(
        *server.app.credited.lock().unwrap(),
        [(payment.clone(), "1205.90".to_owned())]
    );
    assert!(server.app.store.is_processed(&format!("paykeeper:{payment}")));

    // PayKeeper sends the same notification again: answered OK, not processed again.
    let again = sandbox
        .redeliver(Provider::Paykeeper, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.body, delivery.body);
    assert_eq!(
        (again.status, again.answer.as_str()),
        (Some(200), &*ok_reply(&payment))
    );
    assert_eq!(
        sandbox.paykeeper().notification_acknowledged(&payment),
        Some(true)
    );
    assert_eq!((server.handled(), server.runs()), (2, 1));

    // The exact reply: status, content type, bytes.
    assert_eq!(
        post(&server.url, Some(FORM), &[], delivery.body.clone()).await,
        expect(200, &ok_reply(&payment))
    );
    assert_eq!((server.handled(), server.runs()), (3, 1));
}

#[tokio::test]
async fn forged_wrong_key_tampered_and_unsigned_notifications_are_refused_with_403() {
    capture_logs();
    let server = serve(receiver(), Duration::ZERO).await;
    let genuine = signed("2001", "1205.98", "1337", SECRET);
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&genuine).unwrap();
    let replace = |name: &str, value: &str| {
        let changed: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), if k == name { value } else { v.as_str() }))
            .collect();
        form(&changed)
    };
    let without_key = {
        let kept: Vec<(&str, &str)> = pairs
            .iter()
            .filter(|(k, _)| k != "key")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        form(&kept)
    };
    let cases = [
        ("forged key", replace("key", &"0".repeat(32))),
        (
            "signed with another secret word",
            signed("2001", "1205.98", "1337", "not-the-secret"),
        ),
        ("tampered amount", replace("sum", "1.00")),
        ("tampered order", replace("orderid", "1338")),
        ("missing key", without_key),
        ("empty key", replace("key", "")),
    ];
    // The keys that would have been right for the tampered copies: never shown.
    let right_keys = [
        md5_hex(&format!("20011.00Ivan Ivanov1337{SECRET}")),
        md5_hex(&format!("20011205.98Ivan Ivanov1338{SECRET}")),
    ];
    for (what, body) in cases {
        let got = post(&server.url, Some(FORM), &[], body).await;
        assert_eq!(got, expect(403, "Error! Hash mismatch"), "{what}");
        for secret in right_keys.iter().map(String::as_str).chain([SECRET]) {
            assert!(!got.body.contains(secret), "{what}: {}", got.body);
        }
    }
    assert_eq!((server.handled(), server.runs()), (0, 0));

    // The genuine one still goes through.
    assert_eq!(
        post(&server.url, Some(FORM), &[], genuine).await,
        expect(200, &ok_reply("2001"))
    );
    assert_eq!(server.runs(), 1);
}

#[tokio::test]
async fn malformed_notifications_are_refused_with_400() {
    let server = serve(receiver(), Duration::ZERO).await;
    let no_sum = form(&[("id", "1"), ("key", &"0".repeat(32))]);
    let bad_sum = signed("1", "12.345", "", SECRET);
    for body in [no_sum, bad_sum, String::new(), "%%%".into()] {
        assert_eq!(
            post(&server.url, Some(FORM), &[], body.clone()).await,
            expect(400, "Error! Malformed notification"),
            "{body:?}"
        );
    }
    assert_eq!(server.handled(), 0);
}

#[tokio::test]
async fn another_content_type_or_method_is_refused_before_the_handler() {
    let server = serve(receiver(), Duration::ZERO).await;
    let body = signed("3001", "10.00", "", SECRET);
    for content_type in [
        None,
        Some("application/json"),
        Some("text/plain"),
        Some("multipart/form-data"),
    ] {
        assert_eq!(
            post(&server.url, content_type, &[], body.clone()).await,
            expect(415, "Error! Expected application/x-www-form-urlencoded"),
            "{content_type:?}"
        );
    }
    let http = reqwest::Client::new();
    for method in [reqwest::Method::GET, reqwest::Method::PUT] {
        let response = http
            .request(method.clone(), &server.url)
            .header(reqwest::header::CONTENT_TYPE, FORM)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(
            answer(response).await,
            expect(405, "Error! POST only"),
            "{method}"
        );
    }
    assert_eq!(server.handled(), 0);
    // A charset parameter is fine.
    assert_eq!(
        post(
            &server.url,
            Some("application/x-www-form-urlencoded; charset=UTF-8"),
            &[],
            body
        )
        .await,
        expect(200, &ok_reply("3001"))
    );
}

#[tokio::test]
async fn an_oversized_body_with_a_content_length_is_refused_unread() {
    let server = serve(receiver().with_body_limit(1024), Duration::ZERO).await;
    // A correctly signed notification padded past the limit.
    let body = format!("{}&pad={}", signed("4001", "10.00", "", SECRET), "x".repeat(2048));
    assert_eq!(
        post(&server.url, Some(FORM), &[], body).await,
        expect(413, "Error! Too large")
    );
    // Content-Length announces 10 MiB and the body never comes: refused on the header alone.
    let stream = Endless::new(0);
    let pulled = stream.pulled();
    let length = (10 << 20).to_string();
    let headers = [("content-length", length.as_str())];
    assert_eq!(
        post(&server.url, Some(FORM), &headers, stream).await,
        expect(413, "Error! Too large")
    );
    assert_eq!(pulled.chunks(), 0, "no byte of the body was needed");
    assert_eq!(server.handled(), 0);
}

#[tokio::test]
async fn an_endless_chunked_body_is_refused_once_past_the_limit() {
    let server = serve(receiver(), Duration::ZERO).await;
    // No Content-Length: the body is chunked and never ends, so an answer at all proves the
    // server stopped reading it.
    let stream = Endless::new(1024);
    let pulled = stream.pulled();
    assert_eq!(
        post(&server.url, Some(FORM), &[], stream).await,
        expect(413, "Error! Too large")
    );
    assert!(pulled.chunks() > 64, "the body was sent past the 64 KiB limit");
    assert_eq!(server.handled(), 0);
}

#[tokio::test]
async fn sixteen_concurrent_deliveries_of_one_payment_run_the_logic_once() {
    capture_logs();
    // Paid while no notification URL is set: PayKeeper will have to deliver it.
    let server = serve(receiver(), Duration::from_millis(200)).await;
    let (sandbox, _client, invoice) = sandbox_with_invoice(None, "500.00").await;
    assert!(
        sandbox
            .pay(Provider::Paykeeper, &invoice)
            .await
            .unwrap()
            .is_none()
    );
    let payment = sandbox.paykeeper().invoice_payment(&invoice).unwrap();
    sandbox.set_webhook_url(Provider::Paykeeper, &server.url);

    let sandbox = Arc::new(sandbox);
    let mut deliveries = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let (sandbox, invoice) = (sandbox.clone(), invoice.clone());
        deliveries.spawn(async move { sandbox.redeliver(Provider::Paykeeper, &invoice).await });
    }
    let (mut ok, mut retry) = (0, 0);
    while let Some(delivery) = deliveries.join_next().await {
        let delivery = delivery.unwrap().unwrap().unwrap();
        match (delivery.status, delivery.answer.as_str()) {
            (Some(200), answer) if answer == ok_reply(&payment) => ok += 1,
            (Some(503), "Error! Try again later") => retry += 1,
            other => panic!("neither the success nor the retry reply: {other:?}"),
        }
    }
    assert_eq!(ok + retry, 16);
    assert!(ok >= 1);
    assert_eq!((server.handled(), server.runs()), (16, 1));

    // PayKeeper repeats what was not acknowledged: that delivery gets OK, still one run.
    let later = sandbox
        .redeliver(Provider::Paykeeper, &invoice)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (later.status, later.answer.as_str()),
        (Some(200), &*ok_reply(&payment))
    );
    assert_eq!(
        sandbox.paykeeper().notification_acknowledged(&payment),
        Some(true)
    );
    assert_eq!(server.runs(), 1);
    assert_eq!(
        *server.app.credited.lock().unwrap(),
        [(payment, "500.00".to_owned())]
    );
}

#[tokio::test]
async fn no_secret_in_any_reply_or_log_line_at_trace() {
    let logs = capture_logs();
    let server = serve(receiver(), Duration::ZERO).await;
    let (sandbox, _client, invoice) = sandbox_with_invoice(Some(&server), "77.70").await;
    let delivery = sandbox.pay(Provider::Paykeeper, &invoice).await.unwrap().unwrap();
    let payment = sandbox.paykeeper().invoice_payment(&invoice).unwrap();
    let tampered = delivery.body.replace("sum=77.70", "sum=7.70");
    assert_ne!(tampered, delivery.body);
    let forged_key = format!("key={}", "f".repeat(32));
    let forged = delivery
        .body
        .split('&')
        .map(|pair| {
            if pair.starts_with("key=") {
                forged_key.as_str()
            } else {
                pair
            }
        })
        .collect::<Vec<_>>()
        .join("&");
    let mut bodies = Vec::new();
    for body in [tampered, forged] {
        let got = post(&server.url, Some(FORM), &[], body).await;
        assert_eq!(got, expect(403, "Error! Hash mismatch"));
        bodies.push(got.body);
    }
    let wrong = Receiver::new(SigningKey::new("another word").unwrap());
    let other = serve(wrong, Duration::ZERO).await;
    let got = post(&other.url, Some(FORM), &[], delivery.body.clone()).await;
    assert_eq!(got, expect(403, "Error! Hash mismatch"));
    bodies.push(got.body);

    // What the receiver expected for the tampered copy, and the secret word: nowhere.
    let expected_for_tampered = md5_hex(&format!("{payment}7.70Ivan Ivanov1337{SECRET}"));
    let logged = logs.text();
    assert!(
        logged.contains("notification refused"),
        "the refusals are logged (the capture works): {logged}"
    );
    for text in bodies.iter().chain([&logged]) {
        for secret in [SECRET, &expected_for_tampered, "another word"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
    assert_eq!(server.runs(), 1);
}

// ------------------------------------------------------------------ helpers

#[test]
fn the_log_capture_sees_trace_lines() {
    let logs = capture_logs();
    tracing::trace!(target: "payspec::receive", "capture check");
    assert!(logs.text().contains("capture check"));
}
