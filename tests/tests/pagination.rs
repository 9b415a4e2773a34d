//! The pagination streams of every provider's list operations against a local server (wiremock
//! on loopback) that serves numbered items page by page from the request's own paging
//! parameters: the exact page requests (paging parameters, the caller's filters and the
//! credentials kept on every page), the items in order, the stop on a short and on an empty
//! page with the exact hit count, the error on a page served twice, an error mid-way, and
//! that nothing is fetched before the stream is polled.

use std::sync::{Arc, Mutex};

use payspec::Error;
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The spec's response example of `op`.
fn response_example(provider: &str, op: &str) -> Value {
    let file = format!("{}/../specs/{provider}.yaml", env!("CARGO_MANIFEST_DIR"));
    let doc: Value = serde_norway::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    for item in doc["paths"].as_object().unwrap().values() {
        for o in item.as_object().unwrap().values() {
            if o["operationId"] == op {
                return o["responses"]["200"]["content"]["application/json"]["example"].clone();
            }
        }
    }
    panic!("{provider} {op}: no such operation")
}

/// Where the page parameters are read from.
#[derive(Clone, Copy)]
enum From {
    Query,
    Body,
}

/// Serves pages of numbered items: the `index`-th item (counting from 0 over the whole list) is
/// `template` with `id_field` set to `"item-<index>"`. `total` items in all; the page comes from
/// `page_param` / `size_param` (an offset when `offset`); `wrap` puts a page's items where the
/// answer has them.
#[derive(Clone)]
struct Catalogue {
    from: From,
    page_param: &'static str,
    size_param: Option<&'static str>,
    /// The page size when the provider fixes it.
    fixed_size: u64,
    first: u64,
    offset: bool,
    total: u64,
    template: Value,
    id_field: &'static str,
    wrap: fn(Vec<Value>) -> Value,
    /// Serve page `first` for every request (a server that ignores the paging parameter).
    ignore_paging: bool,
}

impl Catalogue {
    fn param(&self, request: &Request, name: &str) -> Option<u64> {
        match self.from {
            From::Query => request
                .url
                .query_pairs()
                .find(|(k, _)| k == name)
                .and_then(|(_, v)| v.parse().ok()),
            From::Body => serde_json::from_slice::<Value>(&request.body).ok()?[name].as_u64(),
        }
    }
}

impl Respond for Catalogue {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let size = self
            .size_param
            .map_or(Some(self.fixed_size), |p| self.param(request, p))
            .expect("the size parameter is sent");
        let page = self
            .param(request, self.page_param)
            .expect("the page parameter is sent");
        let page = if self.ignore_paging { self.first } else { page };
        let start = if self.offset {
            page
        } else {
            (page - self.first) * size
        };
        let items = (start..(start + size).min(self.total))
            .map(|i| {
                let mut item = self.template.clone();
                item[self.id_field] = json!(format!("item-{i}"));
                item
            })
            .collect();
        ResponseTemplate::new(200).set_body_json((self.wrap)(items))
    }
}

async fn serve(catalogue: Catalogue) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(catalogue).mount(&server).await;
    server
}

fn ids(n: std::ops::Range<u64>) -> Vec<String> {
    n.map(|i| format!("item-{i}")).collect()
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap()
}

fn query(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

// ------------------------------------------------------------------ OneBox: part=1..N of 1000

fn onebox_catalogue(total: u64) -> Catalogue {
    Catalogue {
        from: From::Query,
        page_param: "part",
        size_param: None,
        fixed_size: 1000,
        first: 1,
        offset: false,
        total,
        template: response_example("onebox", "payment_get")[0].clone(),
        id_field: "id",
        wrap: Value::Array,
        ignore_paging: false,
    }
}

fn onebox(server: &MockServer) -> payspec_onebox::Client {
    let creds =
        payspec_onebox::Credentials::from_md5_hex("api-user", "0123456789abcdef0123456789abcdef").unwrap();
    payspec_onebox::Client::with_credentials(&server.uri(), creds).unwrap()
}

#[tokio::test]
async fn onebox_payments_page_by_part_and_stop_after_a_short_part() {
    let server = serve(onebox_catalogue(2005)).await;
    let client = onebox(&server);
    let payments = client
        .payment_get()
        .accountid(7)
        .stream()
        .collect_all()
        .await
        .unwrap();
    let got: Vec<String> = payments
        .iter()
        .map(|p| p.id.as_ref().unwrap().to_string())
        .collect();
    assert_eq!(got, ids(0..2005));

    let seen = requests(&server).await;
    assert_eq!(seen.len(), 3, "parts 1 and 2 were full, part 3 short");
    for (i, request) in seen.iter().enumerate() {
        assert_eq!(request.method.as_str(), "GET");
        assert_eq!(request.url.path(), "/api/payment/get/");
        let mut q = query(request);
        q.sort();
        assert_eq!(
            q,
            [
                ("accountid".to_owned(), "7".to_owned()),
                ("login".to_owned(), "api-user".to_owned()),
                ("part".to_owned(), (i + 1).to_string()),
                (
                    "password".to_owned(),
                    "0123456789abcdef0123456789abcdef".to_owned()
                ),
            ],
            "part {}: the filter and the credentials on every page",
            i + 1
        );
    }
}

#[tokio::test]
async fn onebox_a_list_of_exactly_full_parts_ends_on_the_empty_part() {
    let server = serve(onebox_catalogue(2000)).await;
    let client = onebox(&server);
    let pending = client.payment_probation_get().orderid(3).stream();
    let all = pending.collect_all().await.unwrap();
    assert_eq!(all.len(), 2000);
    let parts: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| query(r).into_iter().find(|(k, _)| k == "part").unwrap().1)
        .collect();
    assert_eq!(parts, ["1", "2", "3"]);
}

#[tokio::test]
async fn a_server_that_ignores_the_page_is_an_error_not_a_loop() {
    let server = serve(Catalogue {
        ignore_paging: true,
        ..onebox_catalogue(5000)
    })
    .await;
    let client = onebox(&server);
    let mut payments = client.payment_get().stream();
    let mut ok = 0;
    let err = loop {
        match payments.next_item().await {
            Some(Ok(_)) => ok += 1,
            Some(Err(e)) => break e,
            None => panic!("the stream ended without noticing the repeat"),
        }
    };
    assert_eq!(ok, 1000, "the first part's items");
    assert!(
        matches!(
            err,
            Error::RepeatedPage {
                provider: "onebox",
                operation: "payment_get",
                page: 2
            }
        ),
        "{err:?}"
    );
    assert!(payments.next_item().await.is_none(), "the stream is over");
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn nothing_is_fetched_before_the_stream_is_polled_and_one_page_at_a_time() {
    let server = serve(onebox_catalogue(2005)).await;
    let client = onebox(&server);
    let mut payments = client.payment_get().stream();
    assert!(requests(&server).await.is_empty());
    for _ in 0..1000 {
        payments.next_item().await.unwrap().unwrap();
    }
    assert_eq!(
        requests(&server).await.len(),
        1,
        "part 1 alone serves its 1000 items"
    );
    payments.next_item().await.unwrap().unwrap();
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn an_error_mid_way_ends_the_stream_after_the_items_before_it() {
    let server = MockServer::start().await;
    let hits = Arc::new(Mutex::new(0u32));
    let counter = hits.clone();
    let first_part = onebox_catalogue(5000);
    Mock::given(any())
        .respond_with(move |request: &Request| {
            *counter.lock().unwrap() += 1;
            if request.url.query().unwrap_or_default().contains("part=1") {
                first_part.respond(request)
            } else {
                ResponseTemplate::new(200)
                    .set_body_json(json!({"status": "fail", "message": "Bad user level!"}))
            }
        })
        .mount(&server)
        .await;
    let client = onebox(&server);
    let mut payments = client.payment_get().stream();
    for _ in 0..1000 {
        payments.next_item().await.unwrap().unwrap();
    }
    let err = payments.next_item().await.unwrap().unwrap_err();
    assert!(matches!(err, Error::Authentication(_)), "{err:?}");
    assert!(payments.next_item().await.is_none());
    assert_eq!(*hits.lock().unwrap(), 2);
}

// ------------------------------------------------------------------ PayKeeper: from/limit

fn paykeeper_catalogue(total: u64) -> Catalogue {
    Catalogue {
        from: From::Query,
        page_param: "from",
        size_param: Some("limit"),
        fixed_size: 0,
        first: 0,
        offset: true,
        total,
        template: response_example("paykeeper", "invoice_list")[0].clone(),
        id_field: "id",
        wrap: Value::Array,
        ignore_paging: false,
    }
}

fn paykeeper(server: &MockServer) -> payspec_paykeeper::Client {
    let creds = payspec_paykeeper::Credentials::new("demo", "pw").unwrap();
    payspec_paykeeper::Client::with_credentials(&server.uri(), creds).unwrap()
}

#[tokio::test]
async fn paykeeper_invoices_page_by_offset() {
    let server = serve(paykeeper_catalogue(5)).await;
    let client = paykeeper(&server);
    let invoices = client
        .invoice_list()
        .status(vec![payspec_paykeeper::types::InvoiceStatus::Paid])
        .start_date("2014-04-15")
        .stream_by(2)
        .collect_all()
        .await
        .unwrap();
    let got: Vec<String> = invoices
        .iter()
        .map(|i| i.id.as_ref().unwrap().to_string())
        .collect();
    assert_eq!(got, ids(0..5));
    let seen = requests(&server).await;
    let pages: Vec<Vec<(String, String)>> = seen.iter().map(query).collect();
    assert_eq!(pages.len(), 3, "0-1, 2-3, then the short page 4");
    for (i, q) in pages.iter().enumerate() {
        let from = (i * 2).to_string();
        for expected in [
            ("from", from.as_str()),
            ("limit", "2"),
            ("status[]", "paid"),
            ("start_date", "2014-04-15"),
        ] {
            assert!(
                q.contains(&(expected.0.to_owned(), expected.1.to_owned())),
                "request {i}: {expected:?} in {q:?}"
            );
        }
        assert_eq!(seen[i].headers["authorization"], "Basic ZGVtbzpwdw==");
    }
    // The default page size is the 1000 integrators use.
    let server = serve(paykeeper_catalogue(1)).await;
    let client = paykeeper(&server);
    assert_eq!(
        client.invoice_list().stream().collect_all().await.unwrap().len(),
        1
    );
    let q = query(&requests(&server).await[0]);
    assert!(q.contains(&("limit".to_owned(), "1000".to_owned())), "{q:?}");
}

// ------------------------------------------------------------------ Invoicebox: page/pageSize

/// Items of `operation`'s list (`order_list`, `refund_list`), made from its spec example.
fn invoicebox_catalogue(operation: &str, total: u64, wrap: fn(Vec<Value>) -> Value) -> Catalogue {
    Catalogue {
        from: From::Query,
        page_param: "page",
        size_param: Some("pageSize"),
        fixed_size: 0,
        first: 1,
        offset: false,
        total,
        template: response_example("invoicebox", operation)["data"][0].clone(),
        id_field: "id",
        wrap,
        ignore_paging: false,
    }
}

fn invoicebox(server: &MockServer) -> payspec_invoicebox::Client {
    let creds =
        payspec_invoicebox::Credentials::new("token-1", "ffffffff-ffff-ffff-ffff-ffffffffffff").unwrap();
    payspec_invoicebox::Client::with_credentials(&server.uri(), creds).unwrap()
}

#[tokio::test]
async fn invoicebox_orders_page_by_number_and_end_on_an_empty_page() {
    let server = serve(invoicebox_catalogue(
        "order_list",
        4,
        |items| json!({"data": items, "metaData": {"totalCount": 4, "pageSize": 2}}),
    ))
    .await;
    let client = invoicebox(&server);
    let filter = payspec::QueryFilter::new().eq("status", "completed");
    let orders = client
        .order_list()
        .filter(filter)
        .stream_by(2)
        .collect_all()
        .await
        .unwrap();
    let got: Vec<&str> = orders.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(got, ["item-0", "item-1", "item-2", "item-3"]);
    let seen = requests(&server).await;
    assert_eq!(seen.len(), 3, "two full pages, then an empty one");
    for (i, request) in seen.iter().enumerate() {
        let q = query(request);
        let page = (i + 1).to_string();
        for expected in [
            ("status", "completed"),
            ("page", page.as_str()),
            ("pageSize", "2"),
        ] {
            assert!(
                q.contains(&(expected.0.to_owned(), expected.1.to_owned())),
                "{expected:?} in {q:?}"
            );
        }
        assert_eq!(request.headers["authorization"], "Bearer token-1");
    }
    // The default page size is the documented 30.
    let seen_default = {
        let server = serve(invoicebox_catalogue(
            "refund_list",
            3,
            |items| json!({"data": items}),
        ))
        .await;
        let client = invoicebox(&server);
        assert_eq!(
            client.refund_list().stream().collect_all().await.unwrap().len(),
            3
        );
        requests(&server).await
    };
    assert_eq!(seen_default.len(), 1);
    assert!(query(&seen_default[0]).contains(&("pageSize".to_owned(), "30".to_owned())));
}

// ------------------------------------------------------------------ Sber: page/size from 0

#[tokio::test]
async fn sber_invoices_page_from_zero() {
    let example = response_example("sber", "invoice_list");
    let server = serve(Catalogue {
        from: From::Query,
        page_param: "page",
        size_param: Some("size"),
        fixed_size: 0,
        first: 0,
        offset: false,
        total: 45,
        template: example["invoices"][0].clone(),
        id_field: "invoice_id",
        wrap: |items| json!({"error": {"error_code": "0"}, "invoices": items}),
        ignore_paging: false,
    })
    .await;
    let client =
        payspec_sber::Client::with_token(&server.uri(), payspec::BearerToken::new("tok").unwrap()).unwrap();
    let invoices = client
        .invoice_list()
        .invoice_status("paid,confirmed")
        .stream()
        .collect_all()
        .await
        .unwrap();
    let got: Vec<String> = invoices.iter().map(|i| i.invoice_id.to_string()).collect();
    assert_eq!(got, ids(0..45));
    let pages: Vec<Vec<(String, String)>> = requests(&server).await.iter().map(query).collect();
    assert_eq!(pages.len(), 3, "20 + 20 + 5");
    for (i, q) in pages.iter().enumerate() {
        let page = i.to_string();
        for expected in [
            ("invoice_status", "paid,confirmed"),
            ("page", page.as_str()),
            ("size", "20"),
        ] {
            assert!(
                q.contains(&(expected.0.to_owned(), expected.1.to_owned())),
                "{expected:?} in {q:?}"
            );
        }
    }
}

#[tokio::test]
async fn sber_a_refusal_on_a_later_page_is_the_streams_error() {
    let server = MockServer::start().await;
    let example = response_example("sber", "invoice_list");
    let item = example["invoices"][0].clone();
    Mock::given(any())
        .respond_with(move |request: &Request| {
            if request.url.query().unwrap_or_default().contains("page=0") {
                let items: Vec<Value> = (0..2).map(|_| item.clone()).collect();
                ResponseTemplate::new(200).set_body_json(json!({"invoices": items}))
            } else {
                ResponseTemplate::new(400)
                    .set_body_json(json!({"error": {"error_code": "400", "error_description": "bad page"}}))
            }
        })
        .mount(&server)
        .await;
    let client =
        payspec_sber::Client::with_token(&server.uri(), payspec::BearerToken::new("tok").unwrap()).unwrap();
    let err = client
        .invoice_list()
        .stream_by(2)
        .collect_all()
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::Provider(p) if p.status == 400), "{err:?}");
}

// ------------------------------------------------------------------ CrystalPay: report history

fn crystalpay_catalogue(total: u64) -> Catalogue {
    Catalogue {
        from: From::Body,
        page_param: "page",
        size_param: Some("items"),
        fixed_size: 0,
        first: 1,
        offset: false,
        total,
        template: response_example("crystalpay", "report_invoice_history")["items"][0].clone(),
        id_field: "id",
        wrap: |items| json!({"error": false, "errors": [], "items": items}),
        ignore_paging: false,
    }
}

fn crystalpay(server: &MockServer) -> payspec_crystalpay::Client {
    let creds = payspec_crystalpay::Credentials::new("kassa", "secret-1").unwrap();
    payspec_crystalpay::Client::with_credentials(&server.uri(), creds).unwrap()
}

#[tokio::test]
async fn crystalpay_report_history_pages_in_the_json_body() {
    let server = serve(crystalpay_catalogue(3)).await;
    let client = crystalpay(&server);
    let invoices = client
        .report_invoice_history()
        .body_map(|b| b.period(7))
        .stream_by(2)
        .collect_all()
        .await
        .unwrap();
    let got: Vec<&str> = invoices.iter().map(|i| i.id.as_deref().unwrap()).collect();
    assert_eq!(got, ["item-0", "item-1", "item-2"]);
    let bodies: Vec<Value> = requests(&server)
        .await
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    assert_eq!(
        bodies,
        [
            json!({"auth_login": "kassa", "auth_secret": "secret-1", "page": 1, "items": 2, "period": 7}),
            json!({"auth_login": "kassa", "auth_secret": "secret-1", "page": 2, "items": 2, "period": 7}),
        ]
    );
    // Twenty a page by default.
    let server = serve(crystalpay_catalogue(0)).await;
    let client = crystalpay(&server);
    assert!(
        client
            .report_payoff_history()
            .stream()
            .collect_all()
            .await
            .unwrap()
            .is_empty()
    );
    let body: Value = serde_json::from_slice(&requests(&server).await[0].body).unwrap();
    assert_eq!(
        (body["page"].clone(), body["items"].clone()),
        (json!(1), json!(20))
    );
}
