//! The two sides of the per-call comparison (`payspec_benches::calls`) send the same request:
//! method, path, query and every header, byte for byte. Otherwise the benchmark would compare
//! different work.

use payspec_benches::calls::{Onebox, Sber};
use payspec_benches::{onebox_page_json, sber_invoice_get_json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn server(body: Vec<u8>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    server
}

/// Method, URL and headers (names and values, in order) of a request.
fn wire(request: &Request) -> (String, String, Vec<(String, String)>) {
    let headers = request
        .headers
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap_or("<binary>").to_owned()))
        .collect();
    (request.method.to_string(), request.url.to_string(), headers)
}

fn header_names(request: &Request) -> Vec<String> {
    let mut names: Vec<String> = request.headers.keys().map(|n| n.to_string()).collect();
    names.sort();
    names
}

/// The two requests the server got (payspec's first, then the hand-written one), checked to
/// be the same on the wire; returns payspec's URL and sorted header names.
async fn the_same_two(server: &MockServer) -> (String, Vec<String>) {
    let mut requests = server.received_requests().await.expect("recording");
    assert_eq!(requests.len(), 2, "{requests:?}");
    let hand = requests.pop().unwrap();
    let payspec = requests.pop().unwrap();
    let (method, url, mut headers) = wire(&payspec);
    let (hand_method, hand_url, mut hand_headers) = wire(&hand);
    assert_eq!(
        (method.as_str(), url.as_str()),
        (hand_method.as_str(), hand_url.as_str())
    );
    // The same headers; reqwest may order them differently.
    headers.sort();
    hand_headers.sort();
    assert_eq!(headers, hand_headers);
    (url, header_names(&payspec))
}

#[tokio::test]
async fn sber_sides_send_the_same_request() {
    let server = server(sber_invoice_get_json()).await;
    let sides = Sber::new(&server.uri());
    let ours = sides.payspec().await;
    let theirs = sides.hand().await.expect("hand call");
    assert_eq!(
        ours.invoice_id.as_ref().map(|t| t.0.as_str()),
        theirs.invoice_id.as_deref()
    );

    let (url, header_names) = the_same_two(&server).await;
    assert!(url.ends_with("/smartpay/v1/invoices/7"), "{url}");
    assert_eq!(
        header_names,
        ["accept", "api-version", "authorization", "host", "user-agent"]
    );
}

#[tokio::test]
async fn onebox_sides_send_the_same_request() {
    let server = server(onebox_page_json(7927, 1)).await;
    let sides = Onebox::new(&server.uri());
    let ours = sides.payspec().await;
    let theirs = sides.hand().await.expect("hand call");
    assert_eq!((ours.len(), theirs.len()), (1, 1));

    let (url, header_names) = the_same_two(&server).await;
    assert!(
        url.contains("/api/payment/get/?part=1&login=api-user&password="),
        "{url}"
    );
    assert_eq!(header_names, ["accept", "api-version", "host", "user-agent"]);
}
