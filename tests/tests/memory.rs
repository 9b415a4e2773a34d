//! Decoding memory is bounded by the answer (issue 18, item 2): the client reads every 2xx
//! JSON answer once before decoding it, estimates what decoding will allocate from the
//! operation's generated cost tree, and refuses (`Error::Decode`) an answer whose estimate is
//! over `DECODE_BUDGET` (48 bytes per byte of the answer + 1 MiB).
//!
//! A counting allocator (per thread, as in `hostile.rs`) measures:
//! - that the estimate is never below what decoding really allocates, for every operation of
//!   every provider, on the hostile answers of `payspec_hostile::amplification` (lists of empty
//!   objects at each list of the type, nesting as deep as serde_json reads in typed and untyped
//!   positions, long strings, many small unknown members) and on every spec example;
//! - that every spec example is well within the budget (the margin is printed);
//! - against wiremock on loopback, per provider, for the operation with the largest success
//!   type and a list operation: a whole call with a 4 MiB hostile answer (the default limit)
//!   allocates at most the budget, and the amplifying answers the issue names are refused.

use payspec::envelope::DECODE_BUDGET;
use payspec::hooks::Scanned;
use payspec_hostile::Provider;
use payspec_hostile::amplification::{amplification, bodies};

mod common;

// ---------------------------------------------------------------------------------------------
// Allocation accounting (`common::alloc`)

#[global_allocator]
static ALLOCATOR: common::alloc::Counting = common::alloc::Counting;

use common::alloc::peak_during;

// ---------------------------------------------------------------------------------------------
// The estimate against the decoder

/// The success examples (`200`, JSON) of a spec, compact, by operation.
fn success_examples(provider: &str) -> Vec<(String, Vec<u8>)> {
    common::success_examples(provider)
        .into_iter()
        .map(|(op, body)| (op, serde_json::to_vec(&body).unwrap()))
        .collect()
}

/// Decodes `body` as `operation`'s answer and returns what that allocated at peak, with the
/// client's estimate (no budget) of it.
fn measured(provider: Provider, operation: &str, body: &[u8]) -> (usize, u64) {
    let estimate = match provider.scan(operation, body, u64::MAX) {
        Scanned::Json { estimate, .. } | Scanned::NotJson { estimate } => estimate,
        other => panic!("{} {operation}: {other:?}", provider.name()),
    };
    let (peak, _) = peak_during(|| provider.decode(operation, body));
    (peak, estimate)
}

#[test]
fn the_estimate_is_never_below_what_decoding_allocates() {
    payspec_hostile::init();
    let mut checked = 0;
    let mut closest = (0.0f64, String::new());
    let mut below = Vec::new();
    for provider in Provider::ALL {
        let mut cases: Vec<(String, String, Vec<u8>)> = Vec::new();
        for (op, _) in provider.costs() {
            for hostile in bodies(provider, op, 48 * 1024) {
                cases.push((op.to_string(), hostile.what, hostile.body));
            }
        }
        for (op, body) in success_examples(provider.name()) {
            if provider.cost(&op).is_some() {
                cases.push((op, "the spec example".to_owned(), body));
            }
        }
        assert!(cases.len() > 20, "{}: {} cases", provider.name(), cases.len());
        for (op, what, body) in cases {
            let (peak, estimate) = measured(provider, &op, &body);
            if peak as u64 > estimate {
                below.push(format!(
                    "{} {op}, {what} ({} bytes): decoding allocated {peak} bytes, the estimate was {estimate}",
                    provider.name(),
                    body.len()
                ));
            }
            let ratio = peak as f64 / estimate as f64;
            if ratio > closest.0 {
                closest = (ratio, format!("{} {op}, {what}", provider.name()));
            }
            checked += 1;
        }
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
    println!(
        "{checked} answers; closest: {:.2} of the estimate ({})",
        closest.0, closest.1
    );
    // The meter sees the decoder's allocations, or the comparison proves nothing.
    assert!(closest.0 > 0.3, "{closest:?}");
}

/// The most an example of [`EXAMPLE_BYTES`] or more may estimate per byte: what README and
/// `Config::max_response_bytes` say (a CrystalPay method list, 23.8), so that the margin under
/// the budget's 48 cannot shrink unnoticed.
const EXAMPLE_PER_BYTE: f64 = 24.0;
/// Smaller examples are dominated by fixed costs (a map node for one member), which the
/// budget's 1 MiB covers.
const EXAMPLE_BYTES: usize = 256;

#[test]
fn every_spec_example_is_well_within_the_budget() {
    let mut worst = (0.0f64, String::new());
    let mut checked = 0;
    for provider in Provider::ALL {
        for (op, body) in success_examples(provider.name()) {
            let Some(_) = provider.cost(&op) else { continue };
            let budget = DECODE_BUDGET.bytes(body.len());
            let Scanned::Json { estimate, .. } = provider.scan(&op, &body, budget) else {
                panic!(
                    "{} {op}: the example is refused: {}",
                    provider.name(),
                    String::from_utf8_lossy(&body)
                );
            };
            checked += 1;
            if body.len() < EXAMPLE_BYTES {
                continue;
            }
            let per_byte = estimate as f64 / body.len() as f64;
            if per_byte > worst.0 {
                worst = (
                    per_byte,
                    format!("{} {op} ({} bytes)", provider.name(), body.len()),
                );
            }
        }
    }
    println!(
        "{checked} examples; of {EXAMPLE_BYTES} bytes or more, the most per byte: {:.1} of {} ({})",
        worst.0, DECODE_BUDGET.per_byte, worst.1
    );
    assert!(checked > 50, "{checked}");
    assert!(worst.0 <= EXAMPLE_PER_BYTE, "{worst:?}");
    assert!(worst.0 > 1.0, "{worst:?}");
}

#[test]
fn the_amplification_property_holds_on_every_hostile_answer() {
    payspec_hostile::init();
    for provider in Provider::ALL {
        for (op, _) in provider.costs() {
            for hostile in bodies(provider, op, 64 * 1024) {
                let n = hostile.body.len();
                let (peak, _) = peak_during(|| amplification(provider, op, &hostile.body));
                assert!(
                    peak as u64 <= DECODE_BUDGET.bytes(n),
                    "{} {op}, {}: {peak} bytes for {n}",
                    provider.name(),
                    hostile.what
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Whole calls against a local server

use payspec::{Error, MAX_RESPONSE_BYTES};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The hostile answers' length: just under the default limit, so that each is read whole.
const LEN: usize = MAX_RESPONSE_BYTES - 64 * 1024;

/// What one call did: its result (`Ok` or the error) and what it allocated at peak on this
/// thread (the client runs on it; wiremock serves from its own).
struct Called {
    result: Result<(), Error>,
    peak: usize,
    method: String,
    path: String,
}

/// Answers every request with `body` (HTTP 200, JSON), makes one call with `call` on the
/// client `make` builds (before the measurement) and measures the call.
async fn called<C, F, Fut>(body: &[u8], make: impl Fn(String) -> C, call: F) -> Called
where
    F: FnOnce(C) -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body.to_vec(), "application/json"))
        .mount(&server)
        .await;
    let client = make(server.uri());
    // The runtime is single-threaded: the call runs on this thread.
    let start = common::alloc::start();
    let result = call(client).await;
    let peak = common::alloc::peak_since(start);
    let requests = server.received_requests().await.expect("recording is on");
    let [request] = requests.as_slice() else {
        panic!("{} requests", requests.len());
    };
    Called {
        result,
        peak,
        method: request.method.to_string(),
        path: request.url.path().to_owned(),
    }
}

/// Every hostile answer of `operation` (about [`LEN`] bytes) through a whole call: each costs
/// at most the budget for its length; the list of empty items at `refused` (the issue's
/// answer) is refused as a decode error that names the bound.
async fn hostile_calls<C, F, Fut>(
    provider: Provider,
    operation: &str,
    wire: (&str, &str),
    refused: &str,
    make: impl Fn(String) -> C,
    call: F,
) where
    F: Fn(C) -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    let all = bodies(provider, operation, LEN);
    assert!(
        all.len() >= 6,
        "{} {operation}: {} bodies",
        provider.name(),
        all.len()
    );
    let mut refusals = 0;
    for hostile in all {
        let n = hostile.body.len();
        assert!(n <= MAX_RESPONSE_BYTES, "{n}");
        let called = called(&hostile.body, &make, &call).await;
        let what = format!("{} {operation}, {} ({n} bytes)", provider.name(), hostile.what);
        assert_eq!((called.method.as_str(), called.path.as_str()), wire, "{what}");
        assert!(
            called.peak as u64 <= DECODE_BUDGET.bytes(n),
            "{what}: the call allocated {} bytes at peak, over the bound of {}",
            called.peak,
            DECODE_BUDGET.bytes(n)
        );
        if let Err(Error::Decode { message, .. }) = &called.result
            && message.contains("over the client's bound")
        {
            refusals += 1;
        }
        if hostile.what == refused {
            match &called.result {
                Err(Error::Decode {
                    provider: p,
                    operation: o,
                    message,
                    ..
                }) => {
                    assert_eq!((*p, *o), (provider.name(), operation), "{what}");
                    assert!(
                        message.contains(&format!("this {n}-byte answer would allocate at least"))
                            && message.contains(&format!("bound of {} bytes", DECODE_BUDGET.bytes(n))),
                        "{what}: {message}"
                    );
                }
                other => panic!("{what}: {other:?}"),
            }
        }
        println!(
            "{what}: peak {} bytes ({:.1}/B), {}",
            called.peak,
            called.peak as f64 / n as f64,
            match &called.result {
                Ok(()) => "decoded".to_owned(),
                Err(e) => format!("{e}").chars().take(100).collect(),
            }
        );
    }
    assert!(refusals > 0, "{} {operation}: nothing refused", provider.name());
}

const SBER_TOKEN: &str = "sber-token-R7xq2";

#[tokio::test]
async fn sber_answers_cost_at_most_the_budget() {
    let client = |uri: String| {
        payspec_sber::Client::with_token(&uri, payspec::BearerToken::new(SBER_TOKEN).unwrap()).unwrap()
    };
    hostile_calls(
        Provider::Sber,
        "invoice_list",
        ("GET", "/invoices"),
        "empty items in [Member(\"invoices\")]",
        client,
        |c| async move { c.invoice_list().await.map(drop) },
    )
    .await;
    hostile_calls(
        Provider::Sber,
        "invoice_get",
        ("GET", "/invoices/inv-1"),
        "empty items in [Member(\"cards\")]",
        client,
        |c| async move { c.invoice_get().invoice_id("inv-1").await.map(drop) },
    )
    .await;
}

#[tokio::test]
async fn invoicebox_answers_cost_at_most_the_budget() {
    let client = |uri: String| {
        let creds = payspec_invoicebox::Credentials::new(
            "invoicebox-token-Hn04",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
        )
        .unwrap();
        payspec_invoicebox::Client::with_credentials(&uri, creds).unwrap()
    };
    hostile_calls(
        Provider::Invoicebox,
        "order_list",
        ("GET", "/filter/api/order/order"),
        "empty items in [Member(\"data\")]",
        client,
        |c| async move { c.order_list().await.map(drop) },
    )
    .await;
    hostile_calls(
        Provider::Invoicebox,
        "order_get",
        ("GET", "/billing/api/order/order/o-1"),
        "empty items in [Member(\"data\"), Member(\"basketItems\")]",
        client,
        |c| async move { c.order_get().uuid("o-1").await.map(drop) },
    )
    .await;
}

#[tokio::test]
async fn onebox_answers_cost_at_most_the_budget() {
    let client = |uri: String| {
        let creds = payspec_onebox::Credentials::from_password("api-user", "onebox-pw-Zt91").unwrap();
        payspec_onebox::Client::with_credentials(&uri, creds).unwrap()
    };
    hostile_calls(
        Provider::Onebox,
        "payment_get",
        ("GET", "/api/payment/get/"),
        "empty items in the answer",
        client,
        |c| async move { c.payment_get().part(1).await.map(drop) },
    )
    .await;
    hostile_calls(
        Provider::Onebox,
        "payment_balance_get",
        ("GET", "/api/payment/balance/get/"),
        "empty items in the answer",
        client,
        |c| async move { c.payment_balance_get().await.map(drop) },
    )
    .await;
}

#[tokio::test]
async fn crystalpay_answers_cost_at_most_the_budget() {
    let client = |uri: String| {
        let creds = payspec_crystalpay::Credentials::new("kassa", "crystal-secret-Kq58").unwrap();
        payspec_crystalpay::Client::with_credentials(&uri, creds).unwrap()
    };
    hostile_calls(
        Provider::Crystalpay,
        "method_list",
        ("POST", "/v3/method/list/"),
        "empty items in [Member(\"items\")]",
        client,
        |c| async move { c.method_list().await.map(drop) },
    )
    .await;
    hostile_calls(
        Provider::Crystalpay,
        "report_invoice_history",
        ("POST", "/v3/report/invoice/history/"),
        "empty items in [Member(\"items\")]",
        client,
        |c| async move { c.report_invoice_history().await.map(drop) },
    )
    .await;
}

#[tokio::test]
async fn paykeeper_answers_cost_at_most_the_budget() {
    let client = |uri: String| {
        let creds = payspec_paykeeper::Credentials::new("demo", "paykeeper-pw-Vb33").unwrap();
        payspec_paykeeper::Client::with_credentials(&uri, creds).unwrap()
    };
    hostile_calls(
        Provider::Paykeeper,
        "invoice_list",
        ("GET", "/info/invoice/list/"),
        "empty items in the answer",
        client,
        |c| async move { c.invoice_list().await.map(drop) },
    )
    .await;
    hostile_calls(
        Provider::Paykeeper,
        "invoice_byid",
        ("GET", "/info/invoice/byid/"),
        "empty items in the answer",
        client,
        |c| async move { c.invoice_byid().id("20140402085214805").await.map(drop) },
    )
    .await;
}
