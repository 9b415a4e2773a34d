//! What the clients do when things go wrong, across providers, against local servers (wiremock
//! and a few raw TCP servers on loopback):
//!
//! - retries: off by default; under a policy, a safe call is repeated after 429 / 502 / 503 /
//!   504, a dropped connection and a timeout, up to the limit, honouring `Retry-After` (and
//!   giving up when it asks for too long); 500 is never repeated; a call that creates or moves
//!   money is sent once whatever happens (the per-operation tables are in each provider's suite);
//! - timeouts: the documented defaults, the configured per-call timeout, the per-client
//!   override (`with_timeout`), Sber's long poll getting `wait` seconds on top;
//! - the response size limit: a `Content-Length` over it, and a 100 MiB chunked body that is
//!   not read to its end (PayKeeper's token fetch included);
//! - redirects: credentials (header, query and body) never go to another host; same-host
//!   redirects are followed;
//! - the error model: each provider's documented bad-credential answer is `Authentication`,
//!   its refusals `Provider`, and `Display` says what to do.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use payspec::{CALL_TIMEOUT, CONNECT_TIMEOUT, Config, Error, MAX_RESPONSE_BYTES, RetryPolicy};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SBER_TOKEN: &str = "sber-token-R7xq2";
const ONEBOX_PASSWORD: &str = "onebox-pw-Zt91";
const CRYSTAL_SECRET: &str = "crystal-secret-Kq58";
const PAYKEEPER_PASSWORD: &str = "paykeeper-pw-Vb33";
const INVOICEBOX_TOKEN: &str = "invoicebox-token-Hn04";
const MERCHANT: &str = "ffffffff-ffff-ffff-ffff-ffffffffffff";

fn sber(base: &str, config: Config) -> payspec_sber::Client {
    payspec_sber::Client::with_config(base, payspec::BearerToken::new(SBER_TOKEN).unwrap(), config).unwrap()
}

fn onebox(base: &str, config: Config) -> payspec_onebox::Client {
    let creds = payspec_onebox::Credentials::from_password("api-user", ONEBOX_PASSWORD).unwrap();
    payspec_onebox::Client::with_config(base, creds, config).unwrap()
}

fn crystalpay(base: &str, config: Config) -> payspec_crystalpay::Client {
    let creds = payspec_crystalpay::Credentials::new("kassa", CRYSTAL_SECRET).unwrap();
    payspec_crystalpay::Client::with_config(base, creds, config).unwrap()
}

fn paykeeper(base: &str, config: Config) -> payspec_paykeeper::Client {
    let creds = payspec_paykeeper::Credentials::new("demo", PAYKEEPER_PASSWORD).unwrap();
    payspec_paykeeper::Client::with_config(base, creds, config).unwrap()
}

fn invoicebox(base: &str, config: Config) -> payspec_invoicebox::Client {
    let creds = payspec_invoicebox::Credentials::new(INVOICEBOX_TOKEN, MERCHANT).unwrap();
    payspec_invoicebox::Client::with_config(base, creds, config).unwrap()
}

/// A Sber answer with a success code and the given status.
fn sber_ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "error": {"user_message": "", "error_description": "", "error_code": "0"},
        "invoice_id": "7",
        "invoice_status": "paid",
    }))
}

async fn sber_get(client: &payspec_sber::Client) -> Result<(), Error> {
    client.invoice_get().invoice_id("7").await.map(drop)
}

/// A server whose first `n` answers are `first` and every later one `then`.
async fn server_answering(first: ResponseTemplate, n: u64, then: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(first)
        .up_to_n_times(n)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(then)
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

async fn seen(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

fn fast(retries: u32) -> Config {
    common::fast_retries(retries)
}

// ------------------------------------------------------------------ retries

#[tokio::test]
async fn retries_are_off_by_default() {
    assert_eq!(Config::default().retry, RetryPolicy::none());
    let server = server_answering(ResponseTemplate::new(503), 1, sber_ok()).await;
    let err = sber_get(&sber(&server.uri(), Config::default()))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Status { status: 503, .. }), "{err:?}");
    assert_eq!(seen(&server).await, 1);
}

#[tokio::test]
async fn a_safe_call_is_repeated_after_429_502_503_and_504() {
    for status in [429, 502, 503, 504] {
        let server = server_answering(ResponseTemplate::new(status), 2, sber_ok()).await;
        sber_get(&sber(&server.uri(), fast(2))).await.unwrap();
        assert_eq!(
            seen(&server).await,
            3,
            "HTTP {status}: two failures, then the answer"
        );
    }
}

#[tokio::test]
async fn http_500_and_other_errors_are_not_repeated() {
    for status in [400, 404, 500, 501] {
        let server = server_answering(ResponseTemplate::new(status), 1, sber_ok()).await;
        let err = sber_get(&sber(&server.uri(), fast(3))).await.unwrap_err();
        assert_eq!(err.status(), Some(status), "{err:?}");
        assert_eq!(seen(&server).await, 1, "HTTP {status} is not transient");
    }
}

#[tokio::test]
async fn retries_stop_at_the_limit_with_the_last_answer() {
    let server = server_answering(ResponseTemplate::new(503), 100, sber_ok()).await;
    let err = sber_get(&sber(&server.uri(), fast(3))).await.unwrap_err();
    assert!(matches!(err, Error::Status { status: 503, .. }), "{err:?}");
    assert!(err.is_transient());
    assert_eq!(seen(&server).await, 4, "the call and three repeats");
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let busy = ResponseTemplate::new(429).insert_header("Retry-After", "1");
    let server = server_answering(busy, 1, sber_ok()).await;
    // The backoff alone would be 1 ms: the wait comes from Retry-After.
    let started = Instant::now();
    sber_get(&sber(&server.uri(), fast(2))).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(seen(&server).await, 2);
}

#[tokio::test]
async fn a_retry_after_longer_than_the_limit_ends_the_retries() {
    let busy = ResponseTemplate::new(503).insert_header("Retry-After", "3600");
    let server = server_answering(busy, 1, sber_ok()).await;
    let started = Instant::now();
    let err = sber_get(&sber(&server.uri(), fast(2))).await.unwrap_err();
    assert!(matches!(err, Error::Status { status: 503, .. }), "{err:?}");
    assert_eq!(seen(&server).await, 1);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "it did not wait an hour"
    );
}

#[tokio::test]
async fn a_post_answered_503_is_called_once() {
    // Sber invoice_cancel (DELETE), CrystalPay invoice_create (POST), Invoicebox order_create
    // (POST), OneBox payment_add (a GET that creates a payment): never repeated.
    let server = server_answering(ResponseTemplate::new(503), 100, sber_ok()).await;
    let err = sber(&server.uri(), fast(3))
        .invoice_cancel()
        .invoice_id("7")
        .await
        .unwrap_err();
    assert!(err.is_transient(), "{err:?}");
    assert_eq!(seen(&server).await, 1, "sber invoice_cancel");

    let server = server_answering(ResponseTemplate::new(503), 100, ResponseTemplate::new(200)).await;
    let err = crystalpay(&server.uri(), fast(3))
        .invoice_create()
        .body_map(|b| b.amount("150.50").type_("purchase").lifetime(15))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Status { status: 503, .. }), "{err:?}");
    assert_eq!(seen(&server).await, 1, "crystalpay invoice_create");

    let server = server_answering(ResponseTemplate::new(503), 100, ResponseTemplate::new(200)).await;
    let err = onebox(&server.uri(), fast(3))
        .payment_add()
        .sum("322.50")
        .currencyname("UAH")
        .accountid(1)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Status { status: 503, .. }), "{err:?}");
    assert_eq!(seen(&server).await, 1, "onebox payment_add");
}

/// Reads a request up to the end of its head; `false` if the connection ended first.
async fn read_request_head(socket: &mut tokio::net::TcpStream) -> bool {
    let mut buf = vec![0u8; 8192];
    let mut got = Vec::new();
    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
        match socket.read(&mut buf).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    true
}

/// A raw HTTP/1.1 server: the first `drop_first` connections are closed without an answer,
/// every later request gets `body` (JSON). Returns its address and the connection count.
async fn flaky_server(drop_first: usize, body: &'static str) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let counter = count.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            if n < drop_first {
                drop(socket);
                continue;
            }
            tokio::spawn(async move {
                if !read_request_head(&mut socket).await {
                    return;
                }
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(answer.as_bytes()).await;
            });
        }
    });
    (format!("http://{addr}"), count)
}

const SBER_PAID: &str = r#"{"error":{"error_code":"0"},"invoice_id":"7","invoice_status":"paid"}"#;

#[tokio::test]
async fn a_safe_call_is_repeated_after_a_dropped_connection() {
    let (base, connections) = flaky_server(2, SBER_PAID).await;
    sber_get(&sber(&base, fast(2))).await.unwrap();
    assert_eq!(connections.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_call_that_moves_money_is_not_repeated_after_a_dropped_connection() {
    let (base, connections) = flaky_server(1, SBER_PAID).await;
    let err = sber(&base, fast(2))
        .invoice_cancel()
        .invoice_id("7")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("may or may not have reached the provider"),
        "{err}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_safe_call_is_repeated_after_a_timeout_and_a_money_call_is_not() {
    let slow = sber_ok().set_delay(Duration::from_secs(3));
    let config = fast(1).timeout(Duration::from_millis(300));

    let server = server_answering(slow.clone(), 1, sber_ok()).await;
    sber_get(&sber(&server.uri(), config.clone())).await.unwrap();
    assert_eq!(seen(&server).await, 2);

    let server = server_answering(slow, 1, sber_ok()).await;
    let err = sber(&server.uri(), config)
        .invoice_cancel()
        .invoice_id("7")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(seen(&server).await, 1);
}

#[tokio::test]
async fn crystalpay_reads_are_retried_although_they_are_posts() {
    let server = MockServer::start().await;
    Mock::given(path("/v3/invoice/info/"))
        .respond_with(ResponseTemplate::new(502))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path("/v3/invoice/info/"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "error": false, "errors": [], "id": "123456789_abcdefghij", "state": "payed"
        })))
        .with_priority(2)
        .mount(&server)
        .await;
    let info = crystalpay(&server.uri(), fast(2))
        .invoice_info()
        .body_map(|b| b.id("123456789_abcdefghij"))
        .await
        .unwrap();
    assert_eq!(info.state, Some(payspec_crystalpay::types::InvoiceState::Payed));
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].body, requests[1].body,
        "the same body, credentials included"
    );
}

// ------------------------------------------------------------------ timeouts

#[test]
fn the_documented_defaults() {
    let config = Config::default();
    assert_eq!(config.connect_timeout, Duration::from_secs(15));
    assert_eq!(config.connect_timeout, CONNECT_TIMEOUT);
    assert_eq!(config.timeout, Duration::from_secs(30));
    assert_eq!(config.timeout, CALL_TIMEOUT);
    assert_eq!(config.max_response_bytes, 4 * 1024 * 1024);
    assert_eq!(config.max_response_bytes, MAX_RESPONSE_BYTES);
    assert_eq!(config.user_agent, None);
    let client =
        payspec_sber::Client::with_token("http://127.0.0.1:9", payspec::BearerToken::new("t").unwrap())
            .unwrap();
    assert_eq!(client.config(), &config);
}

#[tokio::test]
async fn the_configured_timeout_ends_a_slow_call() {
    let server = server_answering(sber_ok().set_delay(Duration::from_secs(5)), 1, sber_ok()).await;
    let started = Instant::now();
    let client = sber(
        &server.uri(),
        Config::default().timeout(Duration::from_millis(300)),
    );
    let err = sber_get(&client).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    let shown = err.to_string();
    assert!(shown.starts_with("sber invoice_get: timed out"), "{shown}");
    assert!(shown.contains("raise the client's timeout"), "{shown}");
}

#[tokio::test]
async fn a_long_poll_outlasts_the_configured_timeout_by_its_wait() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(sber_ok().set_delay(Duration::from_millis(900)))
        .mount(&server)
        .await;
    let client = sber(
        &server.uri(),
        Config::default().timeout(Duration::from_millis(300)),
    );
    // The client applies the configured timeout itself; a long poll gets its wait on top.
    client
        .invoice_get()
        .invoice_id("7")
        .wait(2)
        .await
        .expect("300 ms + 2 s is enough for an answer after 900 ms");
    let err = client.invoice_get().invoice_id("7").wait(0).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    // The same under a per-copy override.
    let short = client.with_timeout(Duration::from_millis(200));
    short.invoice_get().invoice_id("7").wait(1).await.unwrap();
    assert!(matches!(
        short.invoice_get().invoice_id("7").await,
        Err(Error::Timeout { .. })
    ));
}

#[tokio::test]
async fn with_timeout_overrides_the_timeout_for_one_client_copy() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(sber_ok().set_delay(Duration::from_millis(800)))
        .mount(&server)
        .await;
    let client = sber(
        &server.uri(),
        Config::default().timeout(Duration::from_millis(200)),
    );
    let patient = client.with_timeout(Duration::from_secs(10));
    sber_get(&patient).await.unwrap();
    assert_eq!(
        patient.config().timeout,
        Duration::from_millis(200),
        "the config is shared"
    );
    let err = sber_get(&client).await.unwrap_err();
    assert!(
        matches!(err, Error::Timeout { .. }),
        "the original keeps its timeout: {err:?}"
    );
    // The other providers have the same override.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([]))
                .set_delay(Duration::from_millis(800)),
        )
        .mount(&server)
        .await;
    let client = onebox(
        &server.uri(),
        Config::default().timeout(Duration::from_millis(200)),
    );
    assert!(matches!(
        client.payment_get().part(1).await,
        Err(Error::Timeout { .. })
    ));
    let payments = client
        .with_timeout(Duration::from_secs(10))
        .payment_get()
        .part(1)
        .await
        .unwrap();
    assert!(payments.is_empty());
}

#[tokio::test]
async fn a_sber_long_poll_gets_its_wait_on_top_of_the_timeout() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(sber_ok().set_delay(Duration::from_millis(900)))
        .mount(&server)
        .await;
    let client = sber(
        &server.uri(),
        Config::default().timeout(Duration::from_millis(300)),
    );
    // 300 ms + wait=2 s: the answer after 0.9 s arrives in time.
    let r = client.invoice_get().invoice_id("7").wait(2).await.unwrap();
    assert_eq!(r.invoice_id.as_deref(), Some("7"));
    // Without wait the same answer is too slow.
    assert!(matches!(sber_get(&client).await, Err(Error::Timeout { .. })));
}

// ------------------------------------------------------------------ response size

#[tokio::test]
async fn a_body_over_the_limit_is_an_error() {
    let server = MockServer::start().await;
    // 400 empty payments: over the 1 KiB limit, within the decoding budget (a list of
    // thousands would be refused for what it costs to decode: tests/tests/memory.rs).
    let big = format!("[{}]", vec!["{}"; 400].join(","));
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(big, "application/json"))
        .mount(&server)
        .await;
    let client = onebox(&server.uri(), Config::default().max_response_bytes(1024));
    let err = client.payment_get().part(1).await.unwrap_err();
    match &err {
        Error::ResponseTooLarge {
            provider,
            operation,
            status,
            limit,
        } => {
            assert_eq!(
                (*provider, *operation, *status, *limit),
                ("onebox", "payment_get", 200, 1024)
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string()
            .contains("larger than the client's limit of 1024 bytes"),
        "{err}"
    );
    // Under the limit the same answer decodes.
    let client = onebox(&server.uri(), Config::default().max_response_bytes(1 << 20));
    assert_eq!(client.payment_get().part(1).await.unwrap().len(), 400);
}

/// A raw server answering every request with a chunked body of `total` bytes of `[`-free
/// filler (no `Content-Length`), written in 64 KiB chunks until the client stops reading.
/// Returns its address and how many body bytes it managed to write.
async fn endless_server(total: usize) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let written = Arc::new(AtomicUsize::new(0));
    let counter = written.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                if !read_request_head(&mut socket).await {
                    return;
                }
                let head =
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b' '; 64 * 1024];
                let framed = [
                    format!("{:x}\r\n", chunk.len()).into_bytes(),
                    chunk,
                    b"\r\n".to_vec(),
                ]
                .concat();
                let mut sent = 0;
                while sent < total {
                    if socket.write_all(&framed).await.is_err() {
                        return;
                    }
                    sent += 64 * 1024;
                    counter.store(sent, Ordering::SeqCst);
                }
                let _ = socket.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    (format!("http://{addr}"), written)
}

const HUNDRED_MIB: usize = 100 * 1024 * 1024;

#[tokio::test]
async fn a_100_mib_chunked_body_is_refused_without_reading_it() {
    let (base, written) = endless_server(HUNDRED_MIB).await;
    let err = sber_get(&sber(&base, Config::default())).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                limit: MAX_RESPONSE_BYTES,
                status: 200,
                ..
            }
        ),
        "{err:?}"
    );
    // The client stopped reading at the limit: the server could not write the rest (what it
    // wrote beyond 4 MiB sits in socket buffers).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = written.load(Ordering::SeqCst);
    assert!(sent < HUNDRED_MIB / 2, "the server wrote {sent} bytes");
}

#[tokio::test]
async fn a_huge_token_answer_is_refused_too() {
    // PayKeeper fetches its security token before a POST: that answer has the same limit.
    let (base, _) = endless_server(HUNDRED_MIB).await;
    let err = paykeeper(&base, Config::default().max_response_bytes(64 * 1024))
        .invoice_preview()
        .body_map(|b| b.pay_amount("1205.98"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 65536, .. }),
        "{err:?}"
    );
}

// ------------------------------------------------------------------ redirects

/// A server answering everything with a redirect to `location`.
async fn redirecting(status: u16, location: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).insert_header("Location", location))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn credentials_never_follow_a_redirect_to_another_host() {
    // The elsewhere server is a real listener: if a client followed, it would get requests.
    let elsewhere = MockServer::start().await;
    Mock::given(any()).respond_with(sber_ok()).mount(&elsewhere).await;
    let port = elsewhere.address().port();
    // "localhost" is another host than the 127.0.0.1 the client was built with.
    let target = format!("http://localhost:{port}/moved?password=leak");

    for status in [301, 302, 303, 307, 308] {
        let server = redirecting(status, &target).await;
        let base = server.uri();
        let results: Vec<(&str, Result<(), Error>)> = vec![
            ("sber", sber_get(&sber(&base, Config::default())).await),
            (
                "onebox",
                onebox(&base, Config::default())
                    .payment_get()
                    .part(1)
                    .await
                    .map(drop),
            ),
            (
                "crystalpay",
                crystalpay(&base, Config::default())
                    .invoice_info()
                    .body_map(|b| b.id("1"))
                    .await
                    .map(drop),
            ),
            (
                "invoicebox",
                invoicebox(&base, Config::default()).order_list().await.map(drop),
            ),
        ];
        for (provider, result) in results {
            let err = result.unwrap_err();
            match &err {
                Error::Redirect {
                    status: s, location, ..
                } => {
                    assert_eq!(*s, status, "{provider}");
                    assert_eq!(
                        location.as_deref(),
                        Some(format!("http://localhost:{port}").as_str())
                    );
                }
                other => panic!("{provider} {status}: {other:?}"),
            }
            let shown = err.to_string();
            assert!(shown.contains("not followed"), "{shown}");
            assert!(!shown.contains("leak") && !shown.contains("/moved"), "{shown}");
        }
        // PayKeeper follows no redirect at all (its login redirect is an authentication error).
        let err = paykeeper(&base, Config::default())
            .invoice_list()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Authentication(_)),
            "paykeeper {status}: {err:?}"
        );
        assert_eq!(
            seen(&elsewhere).await,
            0,
            "HTTP {status}: nothing reached the other host"
        );
    }
}

#[tokio::test]
async fn a_redirect_to_another_port_of_the_same_host_is_not_followed() {
    // Another port is another origin (the scheme and port rules are unit-tested in payspec).
    let elsewhere = MockServer::start().await;
    Mock::given(any()).respond_with(sber_ok()).mount(&elsewhere).await;
    let server = redirecting(302, &format!("{}/x", elsewhere.uri())).await;
    let err = sber_get(&sber(&server.uri(), Config::default()))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Redirect { status: 302, .. }),
        "another port: {err:?}"
    );
    assert_eq!(seen(&elsewhere).await, 0);
}

#[tokio::test]
async fn same_host_redirects_are_followed() {
    let server = MockServer::start().await;
    Mock::given(path("/old/invoices/7"))
        .respond_with(ResponseTemplate::new(301).insert_header("Location", "/invoices/7"))
        .mount(&server)
        .await;
    Mock::given(path("/invoices/7"))
        .respond_with(sber_ok())
        .mount(&server)
        .await;
    let client = sber(&format!("{}/old", server.uri()), Config::default());
    sber_get(&client).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].url.path(), "/invoices/7");
    let auth = requests[1].headers.get("authorization").unwrap();
    assert_eq!(
        auth,
        format!("Bearer {SBER_TOKEN}").as_str(),
        "same host: the token goes along"
    );
}

// ------------------------------------------------------------------ the error model

/// Each provider's one answer (JSON body, HTTP status), in the order onebox, crystalpay,
/// paykeeper, invoicebox, sber, and the error a read call of that provider makes of it.
async fn errors_for(answers: [(serde_json::Value, u16); 5]) -> Vec<Error> {
    let mut errors = Vec::new();
    for (i, (body, status)) in answers.into_iter().enumerate() {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&server)
            .await;
        let (base, config) = (server.uri(), Config::default());
        let result = match i {
            0 => onebox(&base, config).payment_get().part(1).await.map(drop),
            1 => crystalpay(&base, config)
                .invoice_info()
                .body_map(|b| b.id("1"))
                .await
                .map(drop),
            2 => paykeeper(&base, config).invoice_list().await.map(drop),
            3 => invoicebox(&base, config).order_list().await.map(drop),
            _ => sber_get(&sber(&base, config)).await,
        };
        errors.push(result.unwrap_err());
    }
    errors
}

#[tokio::test]
async fn bad_credentials_are_authentication_errors_for_every_provider() {
    let errors = errors_for([
        // OneBox: the envelope of seeds/001 at HTTP 200.
        (
            json!({"status": "fail", "message": "Login or password not correct!"}),
            200,
        ),
        // CrystalPay: `error: true` at HTTP 200. The wording of its credential errors is not
        // documented; the client counts a message naming `auth_login` / `auth_secret` as one.
        (
            json!({"error": true, "errors": ["Wrong auth_login or auth_secret"]}),
            200,
        ),
        // PayKeeper: HTTP 401 to the Basic credentials.
        (json!({}), 401),
        // Invoicebox: a wrong token (https://docs.invoicebox.ru/docs/api/api/, error format).
        (
            json!({"error": {"message": "Unauthorized", "code": "unauthorized"}}),
            401,
        ),
        // Sber: 401 with the error object.
        (
            json!({"error": {"error_code": "401", "error_description": "Unauthorized", "user_message": ""}}),
            401,
        ),
    ])
    .await;
    let providers = ["onebox", "crystalpay", "paykeeper", "invoicebox", "sber"];
    for (err, provider) in errors.iter().zip(providers) {
        assert!(matches!(err, Error::Authentication(_)), "{provider}: {err:?}");
        assert_eq!(err.provider(), provider);
        assert_eq!(err.kind(), "authentication");
        assert!(!err.is_transient());
        let shown = err.to_string();
        assert!(shown.starts_with(&format!("{provider} ")), "{shown}");
        assert!(
            shown.contains("check the credentials the client was built with"),
            "{shown}"
        );
        for secret in [
            SBER_TOKEN,
            ONEBOX_PASSWORD,
            CRYSTAL_SECRET,
            PAYKEEPER_PASSWORD,
            INVOICEBOX_TOKEN,
        ] {
            assert!(!shown.contains(secret) && !format!("{err:?}").contains(secret));
        }
    }
}

#[tokio::test]
async fn status_errors_say_what_to_do() {
    let cases = [
        (429, "rate limited: slow down and retry later"),
        (
            503,
            "a server-side failure: retry later; check whether the call went through",
        ),
        (418, "the provider did not accept the request"),
    ];
    for (status, hint) in cases {
        let server = server_answering(
            ResponseTemplate::new(status).set_body_string("nope"),
            1,
            sber_ok(),
        )
        .await;
        let err = sber_get(&sber(&server.uri(), Config::default()))
            .await
            .unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!("sber invoice_get: unexpected HTTP status {status} (")),
            "{shown}"
        );
        assert!(shown.contains(hint), "{shown}");
        assert!(shown.ends_with(": nope"), "the body excerpt: {shown}");
        assert_eq!(err.kind(), "status");
    }
}

#[tokio::test]
async fn a_malformed_answer_is_a_decode_error_naming_the_operation() {
    let server = server_answering(
        ResponseTemplate::new(200).set_body_raw(r#"{"invoice_id": {"#, "application/json"),
        1,
        sber_ok(),
    )
    .await;
    let err = sber_get(&sber(&server.uri(), fast(3))).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode {
                operation: "invoice_get",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(seen(&server).await, 1, "a decode error is not retried");
    assert!(err.to_string().contains("please report it"), "{err}");
}

#[tokio::test]
async fn documented_refusals_are_provider_errors_for_every_provider() {
    let errors = errors_for([
        (json!({"status": "fail", "message": "FinanceAccount not found"}), 200),
        (json!({"error": true, "errors": ["`amount` field is required"]}), 200),
        (json!({"result": "fail", "msg": "Счёт не найден."}), 200),
        (json!({"error": {"message": "Wrong currency", "code": "wrong_currency"}}), 422),
        (
            json!({"error": {"error_code": "1001", "error_description": "Invoice not found", "user_message": ""}}),
            200,
        ),
    ])
    .await;

    let expected = [
        ("onebox", "onebox payment_get: FinanceAccount not found", None),
        (
            "crystalpay",
            "crystalpay invoice_info: `amount` field is required",
            None,
        ),
        ("paykeeper", "paykeeper invoice_list: Счёт не найден.", None),
        (
            "invoicebox",
            "invoicebox order_list: [wrong_currency] Wrong currency",
            Some("wrong_currency"),
        ),
        ("sber", "sber invoice_get: [1001] ", Some("1001")),
    ];
    for (err, (provider, shown, code)) in errors.iter().zip(expected) {
        let Error::Provider(refusal) = err else {
            panic!("{provider}: {err:?}")
        };
        assert_eq!(refusal.provider, provider);
        assert_eq!(refusal.code.as_deref(), code, "{provider}");
        assert!(err.to_string().starts_with(shown), "{provider}: {err}");
        assert!(!refusal.raw.is_empty(), "{provider}: the raw answer is kept");
        assert_eq!(err.kind(), "provider");
    }
}
