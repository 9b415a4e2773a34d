//! `.await` on an operation builder takes payspec's lean path (`payspec::hooks::run`), while
//! `.send()` goes through progenitor's `send()` and the `ClientHooks`. For the same answer the
//! two must end the same way: the same value, or the same error (kind, status, text). Each
//! case below is served to both paths of three providers.

use std::time::Duration;

use payspec::Error;
use progenitor_client::ClientInfo as _;
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use payspec::progenitor_client;

const SBER_TOKEN: &str = "sber-token-3f9a";
const ONEBOX_PASSWORD: &str = "onebox-password-7c1e";

fn sber(base: &str, config: payspec::Config) -> payspec_sber::Client {
    let token = payspec::BearerToken::new(SBER_TOKEN).unwrap();
    payspec_sber::Client::with_config(base, token, config).unwrap()
}

fn onebox(base: &str, config: payspec::Config) -> payspec_onebox::Client {
    let creds = payspec_onebox::Credentials::from_password("api-user", ONEBOX_PASSWORD).unwrap();
    payspec_onebox::Client::with_config(base, creds, config).unwrap()
}

fn crystalpay(base: &str, config: payspec::Config) -> payspec_crystalpay::Client {
    let creds = payspec_crystalpay::Credentials::new("kassa", "crystal-secret-0b7d").unwrap();
    payspec_crystalpay::Client::with_config(base, creds, config).unwrap()
}

/// What a call ended with, comparable across the two paths.
#[derive(Debug, PartialEq)]
enum Ending {
    Value(String),
    Failed {
        kind: &'static str,
        status: Option<u16>,
        text: String,
    },
}

fn ending<T: std::fmt::Debug>(result: Result<T, Error>) -> Ending {
    match result {
        Ok(value) => Ending::Value(format!("{value:?}")),
        Err(e) => Ending::Failed {
            kind: e.kind(),
            status: e.status(),
            text: e.to_string(),
        },
    }
}

/// The answers both paths get, each with the kind of ending it must give on both.
fn cases() -> Vec<(&'static str, ResponseTemplate)> {
    vec![
        (
            "sber refusal envelope at 200",
            ResponseTemplate::new(200).set_body_json(json!({
                "error": {"error_code": "5", "user_message": "Bad", "error_description": "token sber-token-3f9a"}
            })),
        ),
        ("401 without a body", ResponseTemplate::new(401)),
        (
            "500 with an unrecognised body",
            ResponseTemplate::new(500).set_body_string("<html>oops onebox-password-7c1e</html>"),
        ),
        (
            "redirect elsewhere",
            ResponseTemplate::new(302).insert_header("Location", "https://evil.example:8443/steal?x=1"),
        ),
        ("undeclared 2xx", ResponseTemplate::new(204)),
        (
            "malformed JSON",
            ResponseTemplate::new(200).set_body_raw(b"{\"invoice_id\": ".to_vec(), "application/json"),
        ),
        (
            "not JSON at all",
            ResponseTemplate::new(200).set_body_raw(b"<html>maintenance</html>".to_vec(), "text/html"),
        ),
        (
            "body over the limit",
            ResponseTemplate::new(200).set_body_raw(vec![b' '; 4096], "application/json"),
        ),
        (
            "a valid answer",
            ResponseTemplate::new(200).set_body_json(json!({
                "error": {"error_code": "0"}, "invoice_id": "7", "invoice_status": "created"
            })),
        ),
        (
            "an empty list",
            ResponseTemplate::new(200).set_body_json(json!([])),
        ),
        (
            "crystalpay refusal",
            ResponseTemplate::new(200).set_body_json(json!({"error": true, "errors": ["Wrong auth"]})),
        ),
    ]
}

fn config() -> payspec::Config {
    payspec::Config::default()
        .max_response_bytes(1024)
        .timeout(Duration::from_secs(5))
}

/// Notes in `failures` when the two paths of one provider ended differently.
fn compare(failures: &mut Vec<String>, provider: &str, case: &str, lean: &Ending, hooked: &Ending) {
    if lean != hooked {
        failures.push(format!(
            "{provider}, {case}:\n  .await {lean:?}\n  .send() {hooked:?}"
        ));
    }
}

async fn serve(answer: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(answer).mount(&server).await;
    server
}

#[tokio::test]
async fn await_and_send_end_alike_for_every_answer() {
    let mut failures = Vec::new();
    let mut sber_endings = std::collections::BTreeSet::new();
    for (name, answer) in cases() {
        let server = serve(answer).await;
        let base = server.uri();

        let client = sber(&base, config());
        let lean = ending(client.invoice_get().invoice_id("7").await);
        let raw = client.invoice_get().invoice_id("7").send().await;
        let hooked = ending(payspec::hooks::finish(client.inner(), "invoice_get", raw).await);
        compare(&mut failures, "sber", name, &lean, &hooked);
        sber_endings.insert(match &lean {
            Ending::Value(_) => "value",
            Ending::Failed { kind, .. } => kind,
        });

        let client = onebox(&base, config());
        let lean = ending(client.payment_get().part(1).await);
        let raw = client.payment_get().part(1).send().await;
        let hooked = ending(payspec::hooks::finish(client.inner(), "payment_get", raw).await);
        compare(&mut failures, "onebox", name, &lean, &hooked);

        let client = crystalpay(&base, config());
        let lean = ending(
            client
                .invoice_info()
                .body_map(|b| b.id("123456789_abcdefghij"))
                .await,
        );
        let raw = client
            .invoice_info()
            .body_map(|b| b.id("123456789_abcdefghij"))
            .send()
            .await;
        let hooked = ending(payspec::hooks::finish(client.inner(), "invoice_info", raw).await);
        compare(&mut failures, "crystalpay", name, &lean, &hooked);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The cases reach every way a call can end after an answer.
    assert_eq!(
        sber_endings.into_iter().collect::<Vec<_>>(),
        [
            "authentication",
            "decode",
            "provider",
            "redirect",
            "response_too_large",
            "status",
            "value"
        ]
    );
}

#[tokio::test]
async fn a_request_the_builder_cannot_make_fails_alike_before_anything_is_sent() {
    let server = serve(ResponseTemplate::new(200)).await;
    let client = sber(&server.uri(), config());
    // invoice_id is required and never set.
    let lean = ending(client.invoice_get().await);
    let raw = client.invoice_get().send().await;
    let hooked = ending(payspec::hooks::finish(client.inner(), "invoice_get", raw).await);
    assert_eq!(lean, hooked);
    assert!(
        matches!(&lean, Ending::Failed { kind, .. } if *kind == "invalid_request"),
        "{lean:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_timeout_ends_both_paths_alike() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_secs(3))).await;
    let client = sber(&server.uri(), config().timeout(Duration::from_millis(200)));
    let lean = ending(client.invoice_get().invoice_id("7").await);
    let raw = client.invoice_get().invoice_id("7").send().await;
    let hooked = ending(payspec::hooks::finish(client.inner(), "invoice_get", raw).await);
    assert_eq!(lean, hooked);
    assert!(
        matches!(&lean, Ending::Failed { kind, .. } if *kind == "timeout"),
        "{lean:?}"
    );
}
