//! The sandbox's own HTTP API (what `cargo run -p payspec-sandbox` offers besides the five
//! imitations): `POST /sandbox/<provider>/pay/<id>`, `PUT /sandbox/<provider>/webhook-url`,
//! `GET /sandbox`; and the binary itself.

use std::time::Duration;

use payspec_sandbox::crystalpay::{LOGIN, SALT, SECRET};
use payspec_sandbox::{Inbox, Provider, Reply, Sandbox};
use serde_json::{Value, json};

/// Creates a CrystalPay invoice without a `callback_url` (raw JSON, as a merchant's own code
/// would send it) and returns its id.
async fn crystalpay_invoice(sandbox: &Sandbox) -> String {
    let body = json!({
        "auth_login": LOGIN, "auth_secret": SECRET,
        "amount": "150.50", "type": "purchase", "lifetime": 15,
    });
    let answer: Value = reqwest::Client::new()
        .post(format!(
            "{}/v3/invoice/create/",
            sandbox.base_url(Provider::Crystalpay)
        ))
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["error"], json!(false), "{answer}");
    answer["id"].as_str().expect("an invoice id").to_owned()
}

#[tokio::test]
async fn paying_over_http_sends_the_notification_to_the_url_set_over_http() {
    let sandbox = Sandbox::start().await.unwrap();
    let inbox = Inbox::start(|_| Reply::ok("ok")).await.unwrap();
    let http = reqwest::Client::new();
    let id = crystalpay_invoice(&sandbox).await;

    let set = http
        .put(format!("{}/sandbox/crystalpay/webhook-url", sandbox.url()))
        .body(inbox.url())
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 204);

    let paid = http
        .post(format!("{}/sandbox/crystalpay/pay/{id}", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(paid.status(), 200);
    let text = paid.text().await.unwrap();
    assert!(
        text.starts_with(&format!("paid; notification: POST {} answered 200", inbox.url())),
        "{text}"
    );

    let received = inbox.next(Duration::from_secs(5)).await.expect("the callback");
    let credentials = payspec_crystalpay::Credentials::new(LOGIN, SECRET)
        .unwrap()
        .with_salt(SALT)
        .unwrap();
    let callback =
        payspec_crystalpay::verify_callback(&received.body, &credentials).expect("signed with the salt");
    assert_eq!(callback.id.as_deref(), Some(id.as_str()));

    // Paying twice is a state error (409), not a second notification.
    let again = http
        .post(format!("{}/sandbox/crystalpay/pay/{id}", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409, "{}", again.text().await.unwrap());
    assert!(inbox.next(Duration::from_millis(300)).await.is_none());
}

#[tokio::test]
async fn the_control_api_refuses_what_it_does_not_know() {
    let sandbox = Sandbox::start().await.unwrap();
    let http = reqwest::Client::new();
    let status = |r: reqwest::Response| r.status().as_u16();

    let unknown_provider = http
        .post(format!("{}/sandbox/stripe/pay/1", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(status(unknown_provider), 404);
    for provider in Provider::ALL {
        let unknown_id = http
            .post(format!("{}/sandbox/{provider}/pay/999999", sandbox.url()))
            .send()
            .await
            .unwrap();
        assert_eq!(status(unknown_id), 404, "{provider}");
    }
    let not_a_url = http
        .put(format!("{}/sandbox/sber/webhook-url", sandbox.url()))
        .body("not a url")
        .send()
        .await
        .unwrap();
    assert_eq!(status(not_a_url), 400);
    let index = http
        .get(format!("{}/sandbox", sandbox.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(index.status(), 200);
    assert!(
        index
            .text()
            .await
            .unwrap()
            .contains("/sandbox/<provider>/pay/<id>")
    );
}

#[test]
fn every_provider_has_demo_credentials_and_a_base_url() {
    for provider in Provider::ALL {
        assert_eq!(Provider::from_name(provider.name()), Some(provider));
        assert!(!payspec_sandbox::credentials(provider).is_empty(), "{provider}");
    }
    assert_eq!(
        payspec_sandbox::live_settings(["PAYSPEC_CONTROL_TEST_UNSET_A", "PAYSPEC_CONTROL_TEST_UNSET_B"]),
        Ok(None)
    );
}
