//! (a) Per-call overhead: a payspec call vs a hand-written reqwest call of the same request,
//! decoded into a hand-written serde type, both against the same loopback keep-alive server.
//!
//! `cargo bench -p payspec-benches --bench call_overhead`

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use payspec_benches::{Reply, hand, leak, onebox_page_json, runtime, sber_invoice_get_json, serve};
use reqwest::header::{ACCEPT, AUTHORIZATION};

const TOKEN: &str = "bench-partner-token";

/// A hand-written client with the same timeouts and User-Agent as payspec's defaults.
fn hand_client(user_agent: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(user_agent)
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("reqwest client")
}

fn sber_invoice_get(c: &mut Criterion) {
    let rt = runtime();
    let body = leak(sber_invoice_get_json());
    payspec_benches::assert_decodes::<hand::SberGetInvoiceResponse>(body);
    let base = rt.block_on(serve(Arc::new(move |_| Reply::fixed(body))));
    let base = format!("{base}/smartpay/v1");

    let client =
        payspec_sber::Client::with_token(&base, payspec_sber::BearerToken::new(TOKEN).unwrap()).unwrap();
    let hand = hand_client(payspec_sber::DEFAULT_USER_AGENT);
    let bearer = format!("Bearer {TOKEN}");
    let hand_call = || async {
        let response = hand
            .get(format!("{base}/invoices/{}", "7"))
            .header(AUTHORIZATION, &bearer)
            .header(ACCEPT, "application/json")
            .send()
            .await?
            .error_for_status()?;
        let bytes = response.bytes().await?;
        Ok::<_, Box<dyn std::error::Error>>(serde_json::from_slice::<hand::SberGetInvoiceResponse>(&bytes)?)
    };
    // Both sides work before anything is timed (and open their keep-alive connection).
    let ours = rt
        .block_on(async { client.invoice_get().invoice_id("7").await })
        .unwrap();
    let theirs = rt.block_on(hand_call()).unwrap();
    assert_eq!(ours.invoice_id.as_deref(), theirs.invoice_id.as_deref());

    let mut group = c.benchmark_group("call/sber_invoice_get");
    group.bench_function("payspec", |b| {
        b.iter(|| rt.block_on(async { client.invoice_get().invoice_id("7").await.unwrap() }))
    });
    group.bench_function("hand_reqwest", |b| b.iter(|| rt.block_on(hand_call()).unwrap()));
    group.finish();
}

fn onebox_payment_get(c: &mut Criterion) {
    let rt = runtime();
    let body = leak(onebox_page_json(7927, 1));
    payspec_benches::assert_decodes::<Vec<hand::OneboxPayment>>(body);
    let base = rt.block_on(serve(Arc::new(move |_| Reply::fixed(body))));

    let credentials = payspec_onebox::Credentials::from_password("api-user", "password").unwrap();
    let md5 = credentials.password_md5_hex().to_owned();
    let client = payspec_onebox::Client::with_credentials(&base, credentials).unwrap();
    let hand = hand_client(payspec_onebox::DEFAULT_USER_AGENT);
    let hand_call = || async {
        let response = hand
            .get(format!("{base}/api/payment/get/"))
            .query(&[("part", "1")])
            .query(&[("login", "api-user"), ("password", md5.as_str())])
            .header(ACCEPT, "application/json")
            .send()
            .await?
            .error_for_status()?;
        let bytes = response.bytes().await?;
        Ok::<_, Box<dyn std::error::Error>>(serde_json::from_slice::<Vec<hand::OneboxPayment>>(&bytes)?)
    };
    let ours = rt.block_on(async { client.payment_get().part(1).await }).unwrap();
    let theirs = rt.block_on(hand_call()).unwrap();
    assert_eq!(ours.0.len(), theirs.len());

    let mut group = c.benchmark_group("call/onebox_payment_get");
    group.bench_function("payspec", |b| {
        b.iter(|| rt.block_on(async { client.payment_get().part(1).await.unwrap() }))
    });
    group.bench_function("hand_reqwest", |b| b.iter(|| rt.block_on(hand_call()).unwrap()));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = sber_invoice_get, onebox_payment_get
}
criterion_main!(benches);
