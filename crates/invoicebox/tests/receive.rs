//! Invoicebox notifications received on a real axum server on loopback (`axum::serve` on
//! 127.0.0.1:0), through `Verified<Receiver>` with the receiver in the router's state, the
//! handler nested at an arbitrary path, `process_once` with a `MemoryEventStore`, and a count of
//! business-logic runs. The notifications come from the sandbox (`Sandbox::pay`,
//! `Sandbox::redeliver`) or are posted by the test. Every reply's status, content type and
//! exact bytes are checked.
//!
//! Run with `cargo test -p payspec-invoicebox --features axum`.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::extract::{FromRef, Path, State};
use payspec::webhook::body_signature;
use payspec_invoicebox::types::{self, BasketItemType, CustomerType, OrderStatus, PaymentType, VatCode};
use payspec_invoicebox::{
    Client, Credentials, MemoryEventStore, Receiver, Reply, SignatureAlgorithm, SignatureMethod, SigningKey,
    Verified,
};
use payspec_sandbox::{Delivery, Provider, Sandbox, invoicebox as demo};
use payspec_testkit::{self as testkit, Answer, Endless, answer, capture_logs, post};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

const SUCCESS: &str = r#"{"status":"success"}"#;
const RETRY: &str = r#"{"code":"out_of_service","status":"error"}"#;
const SIGNATURE_ERROR: &str = r#"{"code":"signature_error","status":"error"}"#;
const NOT_FOUND: &str = r#"{"code":"order_not_found","status":"error"}"#;

// ------------------------------------------------------------------ the store's server

/// The store's notification endpoint: the receiver, the processed events, and how often the
/// business logic ran.
#[derive(Clone)]
struct Shop {
    receiver: Receiver,
    events: Arc<MemoryEventStore>,
    /// Runs of the business logic (each attempt, failed or not).
    runs: Arc<AtomicUsize>,
    /// The orders the logic marked paid.
    paid: Arc<Mutex<Vec<String>>>,
    /// While set, the logic fails (the store's database is down).
    failing: Arc<AtomicBool>,
    /// How long the logic takes.
    delay: Duration,
    /// The path segment the handler saw (the nest's parameter).
    tenants: Arc<Mutex<Vec<String>>>,
}

impl FromRef<Shop> for Receiver {
    fn from_ref(shop: &Shop) -> Receiver {
        shop.receiver.clone()
    }
}

async fn notifications(
    State(shop): State<Shop>,
    Path(tenant): Path<String>,
    Verified(notification): Verified<Receiver>,
) -> Reply {
    shop.tenants.lock().unwrap().push(tenant);
    let outcome = notification
        .process_once(&*shop.events, async {
            shop.runs.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(shop.delay).await;
            if shop.failing.load(Ordering::SeqCst) {
                return Err("the database is down");
            }
            if notification.status == OrderStatus::Completed {
                shop.paid.lock().unwrap().push(notification.id.clone());
            }
            Ok(())
        })
        .await;
    notification.reply(&outcome)
}

struct Server {
    /// Serves the router while the test holds it.
    _loopback: testkit::Server,
    /// The notification URL: `http://127.0.0.1:<port>/api/v2/hooks/acme/invoicebox`.
    url: String,
    addr: std::net::SocketAddr,
    shop: Shop,
}

impl Server {
    fn runs(&self) -> usize {
        self.shop.runs.load(Ordering::SeqCst)
    }

    fn paid(&self) -> Vec<String> {
        self.shop.paid.lock().unwrap().clone()
    }
}

async fn serve(receiver: Receiver) -> Server {
    serve_with(receiver, Duration::ZERO).await
}

async fn serve_with(receiver: Receiver, delay: Duration) -> Server {
    capture_logs();
    let shop = Shop {
        receiver,
        events: Arc::new(MemoryEventStore::new()),
        runs: Arc::default(),
        paid: Arc::default(),
        failing: Arc::default(),
        delay,
        tenants: Arc::default(),
    };
    let hooks = axum::Router::new().route("/{tenant}/invoicebox", axum::routing::post(notifications));
    let app = axum::Router::new()
        .nest("/api/v2/hooks", hooks)
        .with_state(shop.clone());
    let loopback = testkit::serve(app).await;
    Server {
        url: loopback.url("/api/v2/hooks/acme/invoicebox"),
        addr: loopback.addr(),
        shop,
        _loopback: loopback,
    }
}

fn demo_key() -> SigningKey {
    SigningKey::new(demo::NOTIFICATION_KEY).unwrap()
}

fn demo_receiver() -> Receiver {
    Receiver::new(demo_key()).with_merchant_id(demo::MERCHANT_ID)
}

/// The delivery's answer as seen by the sandbox (which reports status and body).
fn delivered(delivery: &Delivery) -> (Option<u16>, &str) {
    (delivery.status, delivery.answer.as_str())
}

// ------------------------------------------------------------------ the sandbox's store

fn in_a_day() -> String {
    demo::timestamp(SystemTime::now() + Duration::from_secs(86_400))
}

fn line() -> types::BasketItem {
    types::BasketItem::builder()
        .sku("consult")
        .name("Консультация")
        .measure("шт.")
        .measure_code("796")
        .quantity("2")
        .amount("1500.00")
        .amount_wo_vat("1250.00")
        .total_amount("3000.00")
        .total_vat_amount("500.00")
        .vat_code(VatCode::RUSVAT20)
        .type_(BasketItemType::Service)
        .payment_type(PaymentType::FullPrepayment)
        .try_into()
        .unwrap()
}

async fn store() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await.unwrap();
    let credentials = Credentials::new(demo::TOKEN, demo::MERCHANT_ID).unwrap();
    let client = Client::with_credentials(&sandbox.base_url(Provider::Invoicebox), credentials).unwrap();
    (sandbox, client)
}

/// Creates an order of 3000.00 whose notification goes to `url` (or the store's URL).
async fn order(client: &Client, number: &str, url: Option<&str>) -> String {
    let customer: types::Customer = types::Customer::builder()
        .type_(Some(CustomerType::Private))
        .name("Иван Петров".to_owned())
        .email("ivan@example.com".to_owned())
        .try_into()
        .unwrap();
    client
        .order_create()
        .body_map(|b| {
            b.merchant_order_id(number)
                .description("Консультация")
                .amount("3000.00")
                .vat_amount("500.00")
                .currency_id("RUB")
                .expiration_date(in_a_day())
                .basket_items(vec![line()])
                .customer(customer)
                .notification_url(url.map(str::to_owned))
        })
        .await
        .unwrap()
        .data
        .id
}

/// A paid order's notification, delivered to `server`: the delivery.
async fn pay(sandbox: &Sandbox, client: &Client, server: &Server, number: &str) -> (String, Delivery) {
    let id = order(client, number, Some(&server.url)).await;
    let delivery = sandbox.pay(Provider::Invoicebox, &id).await.unwrap().unwrap();
    assert_eq!(delivery.url, server.url);
    (id, delivery)
}

// ------------------------------------------------------------------ tests

#[tokio::test]
async fn a_paid_order_is_received_processed_once_and_a_redelivery_answered_success() {
    let (sandbox, client) = store().await;
    let server = serve(demo_receiver()).await;
    let (id, delivery) = pay(&sandbox, &client, &server, "R-1").await;
    assert_eq!(delivered(&delivery), (Some(200), SUCCESS), "{delivery}");
    assert_eq!(server.runs(), 1);
    assert_eq!(server.paid(), vec![id.clone()]);
    assert_eq!(*server.shop.tenants.lock().unwrap(), ["acme"]);
    let key = format!("invoicebox:{id}:completed");
    assert!(server.shop.events.is_processed(&key));

    // Invoicebox delivers it again: the same bytes, answered success, not processed again.
    let again = sandbox
        .redeliver(Provider::Invoicebox, &id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.body, delivery.body);
    assert_eq!(delivered(&again), (Some(200), SUCCESS), "{again}");
    assert_eq!(server.runs(), 1);
    assert_eq!(server.paid(), vec![id.clone()]);

    // The same delivery posted by hand: status, content type and bytes of the reply.
    let signature = demo::sign_notification(&delivery.body, demo::NOTIFICATION_KEY);
    let headers = [
        ("content-type", "application/json"),
        ("x-signature", signature.as_str()),
    ];
    assert_eq!(
        post(&server.url, None, &headers, delivery.body.clone()).await,
        Answer::json(200, SUCCESS)
    );
    // The header's name in any case.
    let upper = [
        ("Content-Type", "application/json"),
        ("X-SIGNATURE", signature.as_str()),
    ];
    assert_eq!(
        post(&server.url, None, &upper, delivery.body.clone()).await,
        Answer::json(200, SUCCESS)
    );
    assert_eq!(server.runs(), 1);
}

#[tokio::test]
async fn forged_wrongly_keyed_tampered_and_unsigned_notifications_are_refused() {
    let (sandbox, client) = store().await;
    let server = serve(demo_receiver()).await;
    let (_, delivery) = pay(&sandbox, &client, &server, "F-1").await;
    assert_eq!(delivered(&delivery), (Some(200), SUCCESS));
    assert_eq!(server.runs(), 1);
    let body = delivery.body.clone();
    let signature = demo::sign_notification(&body, demo::NOTIFICATION_KEY);
    let json = ("content-type", "application/json");

    // A signature of the right shape that is no signature of this body.
    let forged = "0".repeat(40);
    // The body signed with another key (the API token, say).
    let other_key = demo::sign_notification(&body, demo::TOKEN);
    // The amount lowered, the signature kept.
    let tampered = body.replacen("\"amount\":3000.00", "\"amount\":1.00", 1);
    assert_ne!(tampered, body);
    type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        ("forged", vec![json, ("x-signature", &forged)], &body),
        ("wrong key", vec![json, ("x-signature", &other_key)], &body),
        (
            "tampered amount",
            vec![json, ("x-signature", &signature)],
            &tampered,
        ),
        ("missing signature", vec![json], &body),
        ("empty signature", vec![json, ("x-signature", "")], &body),
        ("not hex", vec![json, ("x-signature", "zz")], &body),
    ];
    for (what, headers, body) in cases {
        let got = post(&server.url, None, &headers, body.to_owned()).await;
        assert_eq!(got, Answer::json(200, SIGNATURE_ERROR), "{what}");
        assert!(!got.body.contains(&signature), "{what}");
        assert!(!got.body.contains(demo::NOTIFICATION_KEY), "{what}");
    }
    assert_eq!(server.runs(), 1, "no refused notification reached the logic");
    // The tampered body's own signature is not in the reply either.
    assert!(!SIGNATURE_ERROR.contains(&demo::sign_notification(&tampered, demo::NOTIFICATION_KEY)));
}

#[tokio::test]
async fn wrong_content_type_and_method_are_refused() {
    let (sandbox, client) = store().await;
    let server = serve(demo_receiver()).await;
    let (_, delivery) = pay(&sandbox, &client, &server, "M-1").await;
    let body = delivery.body.clone();
    let signature = demo::sign_notification(&body, demo::NOTIFICATION_KEY);
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/jsonx",
    ] {
        let headers = [
            ("content-type", content_type),
            ("x-signature", signature.as_str()),
        ];
        assert_eq!(
            post(&server.url, None, &headers, body.clone()).await,
            Answer::json(200, RETRY),
            "{content_type}"
        );
    }
    assert_eq!(
        post(
            &server.url,
            None,
            &[("x-signature", signature.as_str())],
            body.clone()
        )
        .await,
        Answer::json(200, RETRY),
        "no content type"
    );
    // Parameters are ignored.
    let headers = [
        ("content-type", "application/json; charset=utf-8"),
        ("x-signature", signature.as_str()),
    ];
    assert_eq!(
        post(&server.url, None, &headers, body.clone()).await,
        Answer::json(200, SUCCESS)
    );
    // Another method on the route is axum's 405; the extractor refuses it on a route that takes
    // any method.
    let response = reqwest::Client::new().put(&server.url).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 405);
    let any = axum::Router::new()
        .route("/hook", axum::routing::any(notifications_any))
        .with_state(server.shop.clone());
    let any = testkit::serve(any).await;
    let url = any.url("/hook");
    let response = reqwest::Client::new()
        .put(&url)
        .header("content-type", "application/json")
        .header("x-signature", signature.as_str())
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(answer(response).await, Answer::json(200, RETRY));
    assert_eq!(server.runs(), 1);
}

async fn notifications_any(Verified(notification): Verified<Receiver>) -> Reply {
    notification.success_reply().clone()
}

#[tokio::test]
async fn an_oversized_body_with_a_content_length_is_refused_unread() {
    let server = serve(demo_receiver().with_body_limit(1024)).await;
    let body = format!("{{\"pad\":\"{}\"}}", "x".repeat(2000));
    let signature = demo::sign_notification(&body, demo::NOTIFICATION_KEY);
    let headers = [
        ("content-type", "application/json"),
        ("x-signature", signature.as_str()),
    ];
    assert_eq!(
        post(&server.url, None, &headers, body).await,
        Answer::json(200, RETRY)
    );

    // A Content-Length of 10 MB and no body at all: the answer comes without waiting for it.
    let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST /api/v2/hooks/acme/invoicebox HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         X-Signature: {signature}\r\nContent-Length: 10000000\r\n\r\n",
        server.addr
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    let read = async {
        let mut buf = [0; 4096];
        while !response.ends_with(RETRY.as_bytes()) {
            match stream.read(&mut buf).await.unwrap() {
                0 => break,
                n => response.extend_from_slice(&buf[..n]),
            }
        }
    };
    // A guard against hanging (the answer needs no body), not a timing assertion.
    tokio::time::timeout(Duration::from_secs(60), read)
        .await
        .expect("answered without the body");
    let response = String::from_utf8_lossy(&response);
    assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
    assert!(
        response.contains("content-type: application/json\r\n"),
        "{response}"
    );
    assert!(response.ends_with(&format!("\r\n\r\n{RETRY}")), "{response}");
    assert_eq!(server.runs(), 0, "the handler never ran");
}

const CHUNK: usize = 256;

#[tokio::test]
async fn a_chunked_oversized_body_is_refused_before_it_is_read_whole() {
    let server = serve(demo_receiver().with_body_limit(1024)).await;
    // 1 GiB of whitespace in 256-byte chunks, far more than any socket buffer holds.
    let total = 1 << 30;
    let body = Endless::new(CHUNK).ending_after(total);
    let pulled = body.pulled();
    let response = reqwest::Client::new()
        .post(&server.url)
        .header("content-type", "application/json")
        .header("x-signature", "00")
        .body(body)
        .send()
        .await;
    let response = response.expect("answered while the body was still being sent");
    assert_eq!(answer(response).await, Answer::json(200, RETRY));
    let pulled = pulled.bytes();
    assert!(pulled < total, "the whole body was sent ({pulled} bytes)");
    assert_eq!(server.runs(), 0, "the handler never ran");
}

#[tokio::test]
async fn concurrent_duplicate_deliveries_run_the_logic_once() {
    let (sandbox, client) = store().await;
    let server = serve_with(demo_receiver(), Duration::from_millis(200)).await;
    // The first delivery fails in the store's logic: answered with the retry reply.
    server.shop.failing.store(true, Ordering::SeqCst);
    let (id, delivery) = pay(&sandbox, &client, &server, "C-1").await;
    assert_eq!(delivered(&delivery), (Some(200), RETRY), "{delivery}");
    assert_eq!(server.runs(), 1);
    assert!(server.paid().is_empty());
    server.shop.failing.store(false, Ordering::SeqCst);

    // 16 deliveries of the same bytes at once.
    let signature = demo::sign_notification(&delivery.body, demo::NOTIFICATION_KEY);
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let (url, body, signature) = (server.url.clone(), delivery.body.clone(), signature.clone());
            tokio::spawn(async move {
                let headers = [
                    ("content-type", "application/json"),
                    ("x-signature", signature.as_str()),
                ];
                post(&url, None, &headers, body).await
            })
        })
        .collect();
    let mut successes = 0;
    for task in tasks {
        let got = task.await.unwrap();
        assert!(
            got == Answer::json(200, SUCCESS) || got == Answer::json(200, RETRY),
            "{got:?}"
        );
        successes += usize::from(got.body == SUCCESS);
    }
    assert!(successes >= 1);
    assert_eq!(
        server.runs(),
        2,
        "one failed attempt, then one run for 16 deliveries"
    );
    assert_eq!(server.paid(), vec![id.clone()]);

    // A later redelivery: success, not run again.
    let again = sandbox
        .redeliver(Provider::Invoicebox, &id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(delivered(&again), (Some(200), SUCCESS), "{again}");
    assert_eq!(server.runs(), 2);
}

#[tokio::test]
async fn the_store_signature_setting_is_verified_end_to_end() {
    use SignatureAlgorithm::*;
    use SignatureMethod::*;
    let (sandbox, client) = store().await;
    for (i, (method, algorithm)) in [Hmac, Hash]
        .into_iter()
        .flat_map(|m| [Md5, Sha1, Sha256, Sha512].map(|a| (m, a)))
        .enumerate()
    {
        sandbox.invoicebox().set_notification_signature(method, algorithm);
        let right = serve(demo_receiver().with_signature(method, algorithm)).await;
        // A receiver set to anything else: the default HMAC-SHA1, or for that, a plain SHA-1.
        let wrong_setting = if (method, algorithm) == (Hmac, Sha1) {
            (Hash, Sha1)
        } else {
            (Hmac, Sha1)
        };
        let wrong = serve(demo_receiver().with_signature(wrong_setting.0, wrong_setting.1)).await;

        sandbox.set_webhook_url(Provider::Invoicebox, right.url.clone());
        let id = order(&client, &format!("S-{i}"), None).await;
        let delivery = sandbox.pay(Provider::Invoicebox, &id).await.unwrap().unwrap();
        assert_eq!(
            delivered(&delivery),
            (Some(200), SUCCESS),
            "{method:?} {algorithm:?}: {delivery}"
        );
        assert_eq!(right.paid(), vec![id.clone()]);

        sandbox.set_webhook_url(Provider::Invoicebox, wrong.url.clone());
        let refused = sandbox
            .redeliver(Provider::Invoicebox, &id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            delivered(&refused),
            (Some(200), SIGNATURE_ERROR),
            "{method:?} {algorithm:?} read as {wrong_setting:?}"
        );
        assert_eq!(wrong.runs(), 0);
        // The signature is the independent one of the setting.
        let expected = body_signature(delivery.body.as_bytes(), &demo_key(), method, algorithm);
        assert_eq!(
            demo::sign_notification_with(&delivery.body, demo::NOTIFICATION_KEY, method, algorithm),
            expected
        );
    }
}

#[tokio::test]
async fn a_notification_for_another_store_is_refused() {
    let (sandbox, client) = store().await;
    let server =
        serve(Receiver::new(demo_key()).with_merchant_id("0302756d-9d83-60c9-0356-c228562c7581")).await;
    let (_, delivery) = pay(&sandbox, &client, &server, "W-1").await;
    assert_eq!(delivered(&delivery), (Some(200), NOT_FOUND), "{delivery}");
    assert_eq!(server.runs(), 0);
}

#[tokio::test]
async fn no_secret_in_any_reply_or_log_line() {
    let (sandbox, client) = store().await;
    let server = serve(demo_receiver()).await;
    let (_, delivery) = pay(&sandbox, &client, &server, "L-1").await;
    assert_eq!(delivered(&delivery), (Some(200), SUCCESS));
    // A tampered copy: its expected signature must appear nowhere.
    let tampered = delivery.body.replacen("\"amount\":3000.00", "\"amount\":1.00", 1);
    let expected = demo::sign_notification(&tampered, demo::NOTIFICATION_KEY);
    let original = demo::sign_notification(&delivery.body, demo::NOTIFICATION_KEY);
    let headers = [
        ("content-type", "application/json"),
        ("x-signature", original.as_str()),
    ];
    let got = post(&server.url, None, &headers, tampered.clone()).await;
    assert_eq!(got, Answer::json(200, SIGNATURE_ERROR));
    for reply in [&got.body, &delivery.answer] {
        assert!(!reply.contains(demo::NOTIFICATION_KEY));
        assert!(!reply.contains(&expected));
    }
    // The refusal was logged (so the log is captured at all) and no line names a secret.
    let logs = capture_logs().text();
    assert!(logs.contains("notification refused"), "{logs}");
    for line in logs.lines() {
        assert!(!line.contains(demo::NOTIFICATION_KEY), "{line}");
        assert!(!line.contains(&expected), "{line}");
    }
}
