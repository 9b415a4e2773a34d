//! OneBox client against a local HTTP server (wiremock on loopback): the exact wire request of
//! every operation, decoding of the documented answers, the seed's example URLs replayed
//! through the builders, the one-of rules, error mapping, and that the password hash never
//! leaks into anything printable.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use payspec::{Decimal, Error, Flag, ProviderError, Text};
use payspec_onebox::types::{ContractorType, PaymentDirection};
use payspec_onebox::{Client, Credentials, Inner};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/onebox.yaml");
const LOGIN: &str = "LOGIN";
/// md5("pw"), computed independently of the client.
const PW_MD5: &str = "8fe4c11451281c094a6578e6ddbf5eed";
const SECRET_PASSWORD: &str = "hunter2-secret";
/// md5("hunter2-secret"), computed independently of the client.
const SECRET_MD5: &str = "df09b9f54e5db483dc5ecc24dbeb3177";
/// An md5 hex as OneBox support hands it out (used for the seed URL replay).
const SUPPORT_MD5: &str = "0123456789abcdef0123456789abcdef";

/// Every operation of the spec, with its path.
const OPS: [(&str, &str); 9] = [
    ("payment_add", "/api/payment/add/"),
    ("payment_probation_add", "/api/payment/probation/add/"),
    ("payment_delete", "/api/payment/delete/"),
    ("payment_probation_delete", "/api/payment/probation/delete/"),
    ("payment_update", "/api/payment/update/"),
    ("payment_probation_get", "/api/payment/probation/get/"),
    ("payment_get", "/api/payment/get/"),
    ("payment_balance_get", "/api/payment/balance/get/"),
    ("budget_balance_get", "/api/budget/balance/get/"),
];

// ---------------------------------------------------------------------------------------------
// helpers

fn client_for(server: &MockServer) -> Client {
    Client::with_credentials(&server.uri(), Credentials::from_password(LOGIN, "pw").unwrap()).unwrap()
}

fn secret_client_for(server: &MockServer) -> Client {
    Client::with_credentials(
        &server.uri(),
        Credentials::from_password(LOGIN, SECRET_PASSWORD).unwrap(),
    )
    .unwrap()
}

/// A server answering `GET <path>` with `response` (any other request gets wiremock's 404).
async fn serve(at: &str, response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(at))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

/// A server answering every GET with `response`.
async fn serve_any(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

/// A server answering `GET <path>` with a JSON body at HTTP 200, and a client for it.
async fn serve_json(at: &str, body: Value) -> (MockServer, Client) {
    let server = serve(at, ResponseTemplate::new(200).set_body_json(body)).await;
    let client = client_for(&server);
    (server, client)
}

fn raw(status: u16, body: &str, content_type: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), content_type)
}

/// The single request the server received.
async fn the_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("request recording is on");
    assert_eq!(
        requests.len(),
        1,
        "expected exactly one request, got {requests:?}"
    );
    requests.pop().unwrap()
}

async fn assert_no_request(server: &MockServer) {
    let requests = server.received_requests().await.expect("request recording is on");
    assert!(requests.is_empty(), "expected no HTTP request, got {requests:?}");
}

/// The decoded query pairs of a request, in wire order.
fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Method, path, the full ordered query (operation parameters, then `login`, then `password`
/// as md5 hex), each credential exactly once, and no body.
fn assert_wire(request: &Request, at: &str, params: &[(&str, &str)], md5: &str) {
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), at);
    let mut expected = owned(params);
    expected.push(("login".into(), LOGIN.into()));
    expected.push(("password".into(), md5.into()));
    let actual = query_pairs(request);
    assert_eq!(actual, expected, "query of {}", request.url);
    for name in ["login", "password"] {
        assert_eq!(
            actual.iter().filter(|(k, _)| k == name).count(),
            1,
            "{name} must be sent exactly once"
        );
    }
    assert!(request.body.is_empty(), "a GET must not carry a body");
}

fn text(s: &str) -> Option<Text> {
    Some(Text::from(s))
}

/// The exact text of an optional decimal.
fn dec(d: &Option<Decimal>) -> Option<&str> {
    d.as_ref().map(Decimal::as_str)
}

fn spec() -> serde_norway::Value {
    serde_norway::from_str(&std::fs::read_to_string(SPEC).expect("read specs/onebox.yaml")).unwrap()
}

/// `(path, operation)` of every operation in the spec.
fn spec_operations(spec: &serde_norway::Value) -> Vec<(String, serde_norway::Value)> {
    let paths = spec["paths"].as_mapping().expect("paths");
    paths
        .iter()
        .flat_map(|(p, item)| {
            let p = p.as_str().unwrap().to_owned();
            item.as_mapping()
                .unwrap()
                .values()
                .map(move |op| (p.clone(), op.clone()))
        })
        .collect()
}

fn spec_operation(operation_id: &str) -> serde_norway::Value {
    spec_operations(&spec())
        .into_iter()
        .map(|(_, op)| op)
        .find(|op| op["operationId"].as_str() == Some(operation_id))
        .unwrap_or_else(|| panic!("{operation_id} is not in the spec"))
}

/// The named examples of an operation's `200` answer (`examples`), as JSON, in spec order.
fn response_examples(operation_id: &str) -> Vec<(String, Value)> {
    let op = spec_operation(operation_id);
    let examples = op["responses"]["200"]["content"]["application/json"]["examples"]
        .as_mapping()
        .unwrap_or_else(|| panic!("{operation_id} has no response examples"))
        .clone();
    examples
        .into_iter()
        .map(|(name, example)| {
            let value = &example["value"];
            assert!(!value.is_null(), "{operation_id}: example {name:?} has no value");
            (
                name.as_str().unwrap().to_owned(),
                serde_json::to_value(value).unwrap(),
            )
        })
        .collect()
}

/// The documented success example of an operation (its first example that is not a refusal),
/// as JSON.
fn response_example(operation_id: &str) -> Value {
    response_examples(operation_id)
        .into_iter()
        .find(|(name, _)| !common::is_refusal_example(name))
        .unwrap_or_else(|| panic!("{operation_id} has no success example"))
        .1
}

/// The documented refusal example of an operation (`refused`), as JSON.
fn refusal_example(operation_id: &str) -> Value {
    response_examples(operation_id)
        .into_iter()
        .find(|(name, _)| name == "refused")
        .unwrap_or_else(|| panic!("{operation_id} has no refusal example"))
        .1
}

/// Calls an operation with minimal valid arguments; the answer is discarded.
async fn call(client: &Client, operation_id: &str) -> Result<(), Error> {
    match operation_id {
        "payment_add" => client.payment_add().sum("322").await.map(|_| ()),
        "payment_probation_add" => client
            .payment_probation_add()
            .sum("322")
            .orderid(2)
            .await
            .map(|_| ()),
        "payment_delete" => client.payment_delete().paymentid(3).await.map(|_| ()),
        "payment_probation_delete" => client.payment_probation_delete().paymentid(3).await.map(|_| ()),
        "payment_update" => client.payment_update().paymentid(2).await.map(|_| ()),
        "payment_probation_get" => client.payment_probation_get().part(1).await.map(|_| ()),
        "payment_get" => client.payment_get().part(1).await.map(|_| ()),
        "payment_balance_get" => client.payment_balance_get().await.map(|_| ()),
        "budget_balance_get" => client.budget_balance_get().await.map(|_| ()),
        other => panic!("unknown operation {other}"),
    }
}

fn kind_name(kind: payspec::RejectionKind) -> &'static str {
    match kind {
        payspec::RejectionKind::Authentication => "authentication",
        payspec::RejectionKind::Provider => "provider",
    }
}

fn provider_error(err: &Error) -> &ProviderError {
    err.provider_error()
        .unwrap_or_else(|| panic!("expected a provider refusal, got {err:?}"))
}

/// Neither Display nor Debug of the error (nor of its sources) shows `secret`.
fn assert_no_leak(err: &Error, secret: &str) {
    let mut shown = vec![err.to_string(), format!("{err:?}")];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        shown.push(s.to_string());
        shown.push(format!("{s:?}"));
        source = s.source();
    }
    for s in shown {
        assert!(!s.contains(secret), "secret leaked in {s:?}");
        assert!(!s.contains(SECRET_PASSWORD), "plain password leaked in {s:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 1. the wire request and the decoded answer of every operation

#[test]
fn the_spec_has_exactly_these_operations() {
    let spec = spec();
    let mut in_spec: Vec<(String, String)> = spec_operations(&spec)
        .into_iter()
        .map(|(p, op)| (op["operationId"].as_str().unwrap().to_owned(), p))
        .collect();
    in_spec.sort();
    let mut expected: Vec<(String, String)> =
        OPS.iter().map(|(o, p)| (o.to_string(), p.to_string())).collect();
    expected.sort();
    assert_eq!(in_spec, expected);
}

#[tokio::test]
async fn payment_add_wire_and_answer() {
    let at = "/api/payment/add/";
    let (server, client) = serve_json(at, response_example("payment_add")).await;
    let added = client
        .payment_add()
        .sum("1205.98")
        .currencyname("UAH")
        .accountid(1)
        .clientid(1)
        .clientemail("test@test.ru")
        .clientname("Vasya Pupkin")
        .orderid(2)
        .comment("Test Payment")
        .cdate("2015-12-15 23:11:00")
        .direction(PaymentDirection::Fromclient)
        .nobalance(Flag(true))
        .code1c("PAY-2016-0001")
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[
            ("accountid", "1"),
            ("cdate", "2015-12-15 23:11:00"),
            ("clientemail", "test@test.ru"),
            ("clientid", "1"),
            ("clientname", "Vasya Pupkin"),
            ("code1c", "PAY-2016-0001"),
            ("comment", "Test Payment"),
            ("currencyname", "UAH"),
            ("direction", "fromclient"),
            ("nobalance", "1"),
            ("orderid", "2"),
            ("sum", "1205.98"),
        ],
        PW_MD5,
    );
    assert_eq!(added.status, Text::from("ok"));
    assert_eq!(added.message, text("7928"));
    assert_eq!(added.paymentid, None);
}

#[tokio::test]
async fn payment_probation_add_wire_and_answer() {
    let at = "/api/payment/probation/add/";
    let (server, client) = serve_json(at, response_example("payment_probation_add")).await;
    let added = client
        .payment_probation_add()
        .pdate("2016-01-01")
        .sum("322")
        .currencyname("UAH")
        .accountid(1)
        .orderid(2)
        .comment("Test Payment")
        .received(Flag(false))
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[
            ("accountid", "1"),
            ("comment", "Test Payment"),
            ("currencyname", "UAH"),
            ("orderid", "2"),
            ("pdate", "2016-01-01"),
            ("received", "0"),
            ("sum", "322"),
        ],
        PW_MD5,
    );
    assert_eq!(added.status, Text::from("ok"));
    assert_eq!(added.message, text("7927"));
}

#[tokio::test]
async fn payment_probation_add_without_pdate_leaves_it_to_the_server() {
    let at = "/api/payment/probation/add/";
    let (server, client) = serve_json(at, json!({"status": "ok", "paymentid": 7930})).await;
    let added = client
        .payment_probation_add()
        .sum("233")
        .ordercode1c("777")
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[("ordercode1c", "777"), ("sum", "233")],
        PW_MD5,
    );
    // The id under its own key, as a JSON number, is kept as text.
    assert_eq!(added.paymentid, text("7930"));
    assert_eq!(added.message, None);
}

#[tokio::test]
async fn payment_delete_wire_and_answer() {
    let at = "/api/payment/delete/";
    let (server, client) = serve_json(at, response_example("payment_delete")).await;
    let deleted = client.payment_delete().paymentid(3).await.unwrap();
    assert_wire(&the_request(&server).await, at, &[("paymentid", "3")], PW_MD5);
    assert_eq!(deleted.status, Text::from("ok"));
    assert_eq!(deleted.message, None);
}

#[tokio::test]
async fn payment_probation_delete_wire_and_answer() {
    let at = "/api/payment/probation/delete/";
    let (server, client) = serve_json(at, response_example("payment_probation_delete")).await;
    let deleted = client
        .payment_probation_delete()
        .paymentid(3)
        .nomessage(Flag(true))
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[("nomessage", "1"), ("paymentid", "3")],
        PW_MD5,
    );
    assert_eq!(deleted.status, Text::from("ok"));
}

#[tokio::test]
async fn payment_update_wire_and_answer() {
    let at = "/api/payment/update/";
    let (server, client) = serve_json(at, response_example("payment_update")).await;
    let updated = client
        .payment_update()
        .paymentid(2)
        .orderid(660)
        .comment("Change payment")
        .sum("3333")
        .pdate("2015-12-15 23:11:00")
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[
            ("comment", "Change payment"),
            ("orderid", "660"),
            ("paymentid", "2"),
            ("pdate", "2015-12-15 23:11:00"),
            ("sum", "3333"),
        ],
        PW_MD5,
    );
    assert_eq!(updated.status, Text::from("ok"));
    assert_eq!(updated.message, text("2"));
}

#[tokio::test]
async fn payment_probation_get_wire_and_answer() {
    let at = "/api/payment/probation/get/";
    let (server, client) = serve_json(at, response_example("payment_probation_get")).await;
    let list = client
        .payment_probation_get()
        .part(1)
        .cdatefrom("2016-01-01")
        .cdateto("2016-01-31")
        .received(Flag(true))
        .accountid(1)
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[
            ("accountid", "1"),
            ("cdatefrom", "2016-01-01"),
            ("cdateto", "2016-01-31"),
            ("part", "1"),
            ("received", "1"),
        ],
        PW_MD5,
    );
    assert_eq!(list.len(), 1);
    let p = &list[0];
    assert_eq!(p.id, text("7927"));
    assert_eq!(p.cdate, text("2016-01-05 10:15:00"));
    assert_eq!(dec(&p.amount), Some("322.00"));
    assert_eq!(dec(&p.amountbase), Some("322.00"));
    assert_eq!(p.orderid, text("2"));
    assert_eq!(p.ordercode1c, text("777"));
    assert_eq!(p.ordername, text("Order #2"));
    assert_eq!(p.currencyid, text("1"));
    assert_eq!(p.currencyname, text("UAH"));
    assert_eq!(p.accountid, text("1"));
    assert_eq!(p.accountname, text("Main account"));
    assert_eq!(p.categoryid, text("3"));
    assert_eq!(p.categoryname, text("Sales"));
    assert_eq!(p.direction, text("fromclient"));
    assert_eq!(p.received, Some(Flag(false)));
    assert_eq!(p.managerid, text("1"));
    assert_eq!(p.manager_name, text("Admin"));
}

#[tokio::test]
async fn payment_get_wire_and_answer() {
    let at = "/api/payment/get/";
    let (server, client) = serve_json(at, response_example("payment_get")).await;
    let list = client
        .payment_get()
        .part(2)
        .pdatefrom("2016-01-01")
        .pdateto("2016-01-31")
        .categoryname("Sales")
        .ordercode1c("777")
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[
            ("categoryname", "Sales"),
            ("ordercode1c", "777"),
            ("part", "2"),
            ("pdatefrom", "2016-01-01"),
            ("pdateto", "2016-01-31"),
        ],
        PW_MD5,
    );
    assert_eq!(list.len(), 1);
    let p = &list[0];
    assert_eq!(p.id, text("7927"));
    assert_eq!(p.code1c, text("PAY-2016-0001"));
    assert_eq!(p.cdate, text("2016-01-05 10:15:00"));
    assert_eq!(dec(&p.amount), Some("322.00"));
    assert_eq!(p.currencyid, text("1"));
    assert_eq!(p.currencyname, text("UAH"));
    assert_eq!(dec(&p.currencyrate), Some("1"));
    assert_eq!(dec(&p.amountbase), Some("322.00"));
    assert_eq!(p.accountid, text("1"));
    assert_eq!(p.accountname, text("Main account"));
    assert_eq!(p.categoryid, text("3"));
    assert_eq!(p.categoryname, text("Sales"));
    assert_eq!(p.virtual_, Some(Flag(false)));
    assert_eq!(p.direction, text("fromclient"));
    assert_eq!(p.clientid, text("1"));
    assert_eq!(p.client_name, text("Vasya Pupkin"));
    assert_eq!(p.client_code1c, text("CL-001"));
    assert_eq!(p.userid, text("1"));
    assert_eq!(p.user_name, text("Admin"));
    assert_eq!(p.user_code1c, None);
    assert_eq!(p.documentid, None);
    assert_eq!(p.comment, text("Test Payment"));
    assert_eq!(p.referenscode, None);
    assert_eq!(p.bankdetail, None);
    let fields = p.customfields.as_ref().expect("customfields");
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].key, text("source"));
    assert_eq!(fields[0].name, text("Source"));
    assert_eq!(fields[0].value, text("website"));
    assert!(fields[0].extra.is_empty(), "{:?}", fields[0].extra);
    assert!(p.extra.is_empty(), "{:?}", p.extra);
}

#[tokio::test]
async fn payment_balance_get_wire_and_answer() {
    let at = "/api/payment/balance/get/";
    let (server, client) = serve_json(at, response_example("payment_balance_get")).await;
    let list = client
        .payment_balance_get()
        .contractortype(ContractorType::All)
        .accountid(1)
        .await
        .unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[("accountid", "1"), ("contractortype", "all")],
        PW_MD5,
    );
    assert_eq!(list.len(), 1);
    let b = &list[0];
    assert_eq!(b.id, text("1"));
    assert_eq!(b.name, text("Main account"));
    assert_eq!(b.active, Some(Flag(true)));
    assert_eq!(b.contractorid, text("1"));
    assert_eq!(b.currencyid, text("1"));
    assert_eq!(b.currencyname, text("UAH"));
    assert_eq!(dec(&b.overdraft), Some("0.00"));
    assert_eq!(dec(&b.balancestart), Some("1000.00"));
    assert_eq!(b.managerid, text("1"));
    assert_eq!(dec(&b.balance), Some("15230.50"));
    assert_eq!(dec(&b.balance_in), Some("20000.00"));
    assert_eq!(dec(&b.balance_out), Some("5769.50"));
    assert_eq!(b.balancedate, text("2024-01-10 11:08:11"));
}

#[tokio::test]
async fn budget_balance_get_wire_and_answer() {
    let at = "/api/budget/balance/get/";
    let (server, client) = serve_json(at, response_example("budget_balance_get")).await;
    let list = client.budget_balance_get().await.unwrap();
    assert_wire(&the_request(&server).await, at, &[], PW_MD5);
    assert_eq!(list.len(), 1);
    let b = &list[0];
    assert_eq!(b.id, text("1"));
    assert_eq!(b.name, text("Marketing 2024"));
    assert_eq!(b.active, Some(Flag(true)));
    assert_eq!(b.currencyid, text("1"));
    assert_eq!(b.currencyname, text("UAH"));
    assert_eq!(dec(&b.stabilizationfund), Some("500.00"));
    assert_eq!(dec(&b.sumamount), Some("12000.00"));
    assert_eq!(dec(&b.sumamountbase), Some("12000.00"));
    assert_eq!(dec(&b.balance), Some("8000.00"));
    assert_eq!(dec(&b.balancebase), Some("8000.00"));
    assert_eq!(b.balancedate, text("2024-01-10 11:08:11"));
}

/// Members the spec does not name are kept, not dropped: in the answer object itself
/// (`OperationResult`), in each item of a list (`Payment`) and in an object nested in an item
/// (`CustomField`), each in its own `extra` map; the named fields decode as before.
#[tokio::test]
async fn unknown_fields_are_kept_in_extra() {
    let at = "/api/payment/add/";
    let body = json!({
        "status": "ok",
        "message": "7928",
        "sumbase": "322.00",
        "warnings": ["currency rate taken from the account"],
    });
    let (server, client) = serve_json(at, body).await;
    let added = client.payment_add().sum("322").currencyname("UAH").await.unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[("currencyname", "UAH"), ("sum", "322")],
        PW_MD5,
    );
    assert_eq!(
        (added.status, added.message, added.paymentid),
        (Text::from("ok"), text("7928"), None)
    );
    let expected: serde_json::Map<String, Value> = serde_json::from_value(json!({
        "sumbase": "322.00",
        "warnings": ["currency rate taken from the account"],
    }))
    .unwrap();
    assert_eq!(added.extra, expected);

    let at = "/api/payment/get/";
    let body = json!([{
        "id": "7927",
        "amount": "322.00",
        "pdate": "2016-01-05 10:20:00",
        "orderid": 2,
        "customfields": [
            {"key": "source", "name": "Source", "value": "website", "type": "string", "sort": 3},
        ],
    }]);
    let (server, client) = serve_json(at, body).await;
    let list = client.payment_get().paymentid(7927).await.unwrap();
    assert_wire(&the_request(&server).await, at, &[("paymentid", "7927")], PW_MD5);
    assert_eq!(list.len(), 1);
    let p = &list[0];
    assert_eq!((p.id.clone(), dec(&p.amount)), (text("7927"), Some("322.00")));
    let expected: serde_json::Map<String, Value> =
        serde_json::from_value(json!({"pdate": "2016-01-05 10:20:00", "orderid": 2})).unwrap();
    assert_eq!(p.extra, expected);
    let fields = p.customfields.as_ref().expect("customfields");
    assert_eq!(fields.len(), 1);
    assert_eq!(
        (
            fields[0].key.clone(),
            fields[0].name.clone(),
            fields[0].value.clone()
        ),
        (text("source"), text("Source"), text("website"))
    );
    let expected: serde_json::Map<String, Value> =
        serde_json::from_value(json!({"type": "string", "sort": 3})).unwrap();
    assert_eq!(fields[0].extra, expected);
}

#[tokio::test]
async fn md5_hex_credentials_go_on_the_wire_lowercase_and_as_given() {
    let at = "/api/budget/balance/get/";
    let server = serve(at, ResponseTemplate::new(200).set_body_json(json!([]))).await;
    let credentials = Credentials::from_md5_hex(LOGIN, &SUPPORT_MD5.to_ascii_uppercase()).unwrap();
    let client = Client::with_credentials(&server.uri(), credentials).unwrap();
    let list = client.budget_balance_get().await.unwrap();
    assert!(list.is_empty());
    assert_wire(&the_request(&server).await, at, &[], SUPPORT_MD5);
}

// ---------------------------------------------------------------------------------------------
// 2. money goes on the wire digit for digit

#[tokio::test]
async fn amounts_keep_their_exact_digits_on_the_wire() {
    for (given, wire) in [
        ("1205.98", "1205.98"),
        ("100.50", "100.50"),
        ("1205,98", "1205.98"),
        ("0.10", "0.10"),
        ("-42.00", "-42.00"),
        ("99999999999999999.99", "99999999999999999.99"),
    ] {
        let at = "/api/payment/add/";
        let (server, client) = serve_json(at, json!({"status": "ok", "message": "1"})).await;
        client
            .payment_add()
            .sum(given)
            .sumbase(given)
            .currencyrate("0.0375")
            .await
            .unwrap();
        let request = the_request(&server).await;
        assert_wire(
            &request,
            at,
            &[("currencyrate", "0.0375"), ("sum", wire), ("sumbase", wire)],
            PW_MD5,
        );
        // The raw query too: no quoting, no float rendering.
        let raw_query = request.url.query().unwrap();
        assert!(
            raw_query.starts_with(&format!("currencyrate=0.0375&sum={wire}&sumbase={wire}&")),
            "{raw_query}"
        );
    }
    // The same on update, where sum is optional.
    let at = "/api/payment/update/";
    let (server, client) = serve_json(at, json!({"status": "ok", "message": "2"})).await;
    client.payment_update().paymentid(2).sum("100.50").await.unwrap();
    assert_wire(
        &the_request(&server).await,
        at,
        &[("paymentid", "2"), ("sum", "100.50")],
        PW_MD5,
    );
}

#[tokio::test]
async fn an_invalid_amount_is_refused_without_any_request() {
    for bad in ["12a", "", "1e5", "1.2.3", "1 000"] {
        let server = serve_any(ResponseTemplate::new(200).set_body_json(json!({"status": "ok"}))).await;
        let client = client_for(&server);

        let err = client
            .payment_add()
            .sum(bad)
            .currencyname("UAH")
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest { provider: "onebox", operation: "payment_add", message } if message.contains("sum")),
            "{bad:?}: {err:?}"
        );
        let err = client
            .payment_probation_add()
            .sum(bad)
            .orderid(2)
            .await
            .unwrap_err();
        assert!(
            matches!(
                &err,
                Error::InvalidRequest {
                    operation: "payment_probation_add",
                    ..
                }
            ),
            "{bad:?}: {err:?}"
        );
        let err = client.payment_update().paymentid(2).sum(bad).await.unwrap_err();
        assert!(
            matches!(
                &err,
                Error::InvalidRequest {
                    operation: "payment_update",
                    ..
                }
            ),
            "{bad:?}: {err:?}"
        );
        let err = client.payment_add().sum("10").sumbase(bad).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest { operation: "payment_add", message, .. } if message.contains("sumbase")),
            "{bad:?}: {err:?}"
        );
        assert_no_request(&server).await;
    }
}

#[tokio::test]
async fn a_missing_required_sum_is_refused_without_any_request() {
    let server = serve_any(ResponseTemplate::new(200).set_body_json(json!({"status": "ok"}))).await;
    let client = client_for(&server);
    let err = client.payment_add().currencyname("UAH").await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest { operation: "payment_add", message, .. } if message.contains("sum")),
        "{err:?}"
    );
    let err = client.payment_probation_add().orderid(2).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::InvalidRequest {
                operation: "payment_probation_add",
                ..
            }
        ),
        "{err:?}"
    );
    assert_no_request(&server).await;
}

// ---------------------------------------------------------------------------------------------
// 3. the seed's example URLs, replayed through the builders

/// Builds the call for `operation_id` from query parameters (credentials excluded) and sends it.
async fn replay(client: &Client, operation_id: &str, params: &[(String, String)]) -> Result<(), Error> {
    fn int(v: &str) -> i64 {
        v.parse().unwrap_or_else(|_| panic!("{v:?} is not an integer"))
    }
    fn flag(v: &str) -> Flag {
        v.parse().unwrap()
    }
    let unmapped = |name: &str| -> ! { panic!("{operation_id}: no builder setter mapped for `{name}`") };
    match operation_id {
        "payment_add" => {
            let mut b = client.payment_add();
            for (k, v) in params {
                let v = v.as_str();
                b = match k.as_str() {
                    "cdate" => b.cdate(v),
                    "pdate" => b.pdate(v),
                    "rdate" => b.rdate(v),
                    "sum" => b.sum(v),
                    "sumbase" => b.sumbase(v),
                    "currencyid" => b.currencyid(int(v)),
                    "currencyname" => b.currencyname(v),
                    "currencyrate" => b.currencyrate(v),
                    "accountid" => b.accountid(int(v)),
                    "accountname" => b.accountname(v),
                    "accountcode1c" => b.accountcode1c(v),
                    "clientid" => b.clientid(int(v)),
                    "clientcode1c" => b.clientcode1c(v),
                    "clientemail" => b.clientemail(v),
                    "clientphone" => b.clientphone(v),
                    "codepayment" => b.codepayment(v),
                    "clientname" => b.clientname(v),
                    "managerid" => b.managerid(int(v)),
                    "categoryid" => b.categoryid(int(v)),
                    "categoryname" => b.categoryname(v),
                    "orderid" => b.orderid(int(v)),
                    "ordercode1c" => b.ordercode1c(v),
                    "linkkey" => b.linkkey(v),
                    "comment" => b.comment(v),
                    "invoiceid" => b.invoiceid(int(v)),
                    "nobalance" => b.nobalance(flag(v)),
                    "code1c" => b.code1c(v),
                    "direction" => b.direction(v),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_probation_add" => {
            let mut b = client.payment_probation_add();
            for (k, v) in params {
                let v = v.as_str();
                b = match k.as_str() {
                    "pdate" => b.pdate(v),
                    "sum" => b.sum(v),
                    "currencyid" => b.currencyid(int(v)),
                    "currencyname" => b.currencyname(v),
                    "accountid" => b.accountid(int(v)),
                    "accountname" => b.accountname(v),
                    "managerid" => b.managerid(int(v)),
                    "categoryid" => b.categoryid(int(v)),
                    "categoryname" => b.categoryname(v),
                    "orderid" => b.orderid(int(v)),
                    "ordercode1c" => b.ordercode1c(v),
                    "comment" => b.comment(v),
                    "received" => b.received(flag(v)),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_delete" => {
            let mut b = client.payment_delete();
            for (k, v) in params {
                b = match k.as_str() {
                    "paymentid" => b.paymentid(int(v)),
                    "paymentcode1c" => b.paymentcode1c(v.as_str()),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_probation_delete" => {
            let mut b = client.payment_probation_delete();
            for (k, v) in params {
                b = match k.as_str() {
                    "paymentid" => b.paymentid(int(v)),
                    "nomessage" => b.nomessage(flag(v)),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_update" => {
            let mut b = client.payment_update();
            for (k, v) in params {
                let v = v.as_str();
                b = match k.as_str() {
                    "paymentid" => b.paymentid(int(v)),
                    "paymentcode1c" => b.paymentcode1c(v),
                    "cdate" => b.cdate(v),
                    "pdate" => b.pdate(v),
                    "rdate" => b.rdate(v),
                    "sum" => b.sum(v),
                    "sumbase" => b.sumbase(v),
                    "currencyid" => b.currencyid(int(v)),
                    "currencyname" => b.currencyname(v),
                    "accountid" => b.accountid(int(v)),
                    "accountname" => b.accountname(v),
                    "clientid" => b.clientid(int(v)),
                    "clientcode1c" => b.clientcode1c(v),
                    "orderid" => b.orderid(int(v)),
                    "ordercode1c" => b.ordercode1c(v),
                    "comment" => b.comment(v),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_probation_get" => {
            let mut b = client.payment_probation_get();
            for (k, v) in params {
                let v = v.as_str();
                b = match k.as_str() {
                    "paymentid" => b.paymentid(int(v)),
                    "cdatefrom" => b.cdatefrom(v),
                    "cdateto" => b.cdateto(v),
                    "pdatefrom" => b.pdatefrom(v),
                    "pdateto" => b.pdateto(v),
                    "accountid" => b.accountid(int(v)),
                    "accountname" => b.accountname(v),
                    "categoryid" => b.categoryid(int(v)),
                    "categoryname" => b.categoryname(v),
                    "orderid" => b.orderid(int(v)),
                    "ordercode1c" => b.ordercode1c(v),
                    "received" => b.received(flag(v)),
                    "part" => b.part(int(v)),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_get" => {
            let mut b = client.payment_get();
            for (k, v) in params {
                let v = v.as_str();
                b = match k.as_str() {
                    "paymentid" => b.paymentid(int(v)),
                    "cdatefrom" => b.cdatefrom(v),
                    "cdateto" => b.cdateto(v),
                    "pdatefrom" => b.pdatefrom(v),
                    "pdateto" => b.pdateto(v),
                    "accountid" => b.accountid(int(v)),
                    "accountname" => b.accountname(v),
                    "categoryid" => b.categoryid(int(v)),
                    "categoryname" => b.categoryname(v),
                    "orderid" => b.orderid(int(v)),
                    "ordercode1c" => b.ordercode1c(v),
                    "part" => b.part(int(v)),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "payment_balance_get" => {
            let mut b = client.payment_balance_get();
            for (k, v) in params {
                b = match k.as_str() {
                    "contractortype" => b.contractortype(v.as_str()),
                    "accountid" => b.accountid(int(v)),
                    other => unmapped(other),
                };
            }
            b.await.map(|_| ())
        }
        "budget_balance_get" => {
            let b = client.budget_balance_get();
            if let Some((k, _)) = params.first() {
                unmapped(k);
            }
            b.await.map(|_| ())
        }
        other => panic!("unknown operation {other}"),
    }
}

#[tokio::test]
async fn every_seed_example_url_is_reproduced_by_the_builders() {
    let spec = spec();
    let mut in_spec = 0;
    let mut replayed = 0;
    let mut operations_with_urls = BTreeSet::new();
    for (op_path, op) in spec_operations(&spec) {
        let operation_id = op["operationId"].as_str().unwrap().to_owned();
        let urls = op["x-examples-urls"]
            .as_sequence()
            .unwrap_or_else(|| panic!("{operation_id} has no x-examples-urls"));
        in_spec += urls.len();
        for url in urls {
            let url = url.as_str().unwrap();
            let parsed = reqwest::Url::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert_eq!(parsed.path(), op_path, "{url}");
            let url_pairs: Vec<(String, String)> = parsed
                .query_pairs()
                .filter(|(k, v)| !(k.is_empty() && v.is_empty()))
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            // The docs write the placeholders LOGIN and PASSWORD; the client sends the login and
            // the md5 hex of the password.
            let credentials: Vec<_> = url_pairs
                .iter()
                .filter(|(k, _)| k == "login" || k == "password")
                .cloned()
                .collect();
            assert_eq!(
                credentials,
                owned(&[("login", "LOGIN"), ("password", "PASSWORD")]),
                "{url}"
            );
            let params: Vec<(String, String)> = url_pairs
                .iter()
                .filter(|(k, _)| k != "login" && k != "password")
                .cloned()
                .collect();
            let mut expected: Vec<(String, String)> = url_pairs
                .into_iter()
                .map(|(k, v)| {
                    if k == "password" {
                        (k, SUPPORT_MD5.to_owned())
                    } else {
                        (k, v)
                    }
                })
                .collect();

            let server = serve(
                &op_path,
                ResponseTemplate::new(200).set_body_json(response_example(&operation_id)),
            )
            .await;
            let client = Client::with_credentials(
                &server.uri(),
                Credentials::from_md5_hex(LOGIN, SUPPORT_MD5).unwrap(),
            )
            .unwrap();
            replay(&client, &operation_id, &params)
                .await
                .unwrap_or_else(|e| panic!("{url}: {e}"));
            let request = the_request(&server).await;
            assert_eq!(request.method.as_str(), "GET", "{url}");
            assert_eq!(request.url.path(), op_path, "{url}");
            let mut wire = query_pairs(&request);
            wire.sort();
            expected.sort();
            assert_eq!(wire, expected, "{url} was sent as {}", request.url);
            replayed += 1;
            operations_with_urls.insert(operation_id.clone());
        }
    }
    assert_eq!(replayed, in_spec);
    assert_eq!(in_spec, 15, "the seed has 15 example URLs");
    assert_eq!(
        operations_with_urls.len(),
        OPS.len(),
        "every operation has an example URL"
    );
}

// ---------------------------------------------------------------------------------------------
// 4. "one" and "all" modes, the shapes a PHP backend answers in, and the one-of rules

fn payment_json(id: &str, amount: Value) -> Value {
    json!({"id": id, "amount": amount, "currencyname": "UAH", "virtual": "1", "customfields": []})
}

fn pending_json(id: &str, amount: Value) -> Value {
    json!({"id": id, "amount": amount, "received": true, "orderid": 2})
}

#[tokio::test]
async fn payment_get_one_and_all_modes_and_list_shapes() {
    let at = "/api/payment/get/";
    // "one" mode: a single bare object is a one-item list.
    let (server, client) = serve_json(at, payment_json("7927", json!(1205.98))).await;
    let list = client.payment_get().paymentid(7927).await.unwrap();
    assert_wire(&the_request(&server).await, at, &[("paymentid", "7927")], PW_MD5);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, text("7927"));
    assert_eq!(dec(&list[0].amount), Some("1205.98"));
    assert_eq!(list[0].currencyname, text("UAH"));
    assert_eq!(list[0].virtual_, Some(Flag(true)));
    assert_eq!(list[0].customfields.as_ref().map(|c| c.len()), Some(0));

    let a = payment_json("1", json!("1205.98"));
    let b = payment_json("2", json!("100,50"));
    let c = payment_json("3", json!(7));
    for (shape, body) in [
        ("array", json!([a, b, c])),
        ("PHP keyed object", json!({"0": a, "1": b, "2": c})),
        (
            "keyed, numeric not string order",
            json!({"10": c, "2": a, "3": b}),
        ),
        ("status wrapper", json!({"status": "ok", "data": [a, b, c]})),
        (
            "status wrapper of a keyed object",
            json!({"status": "ok", "payments": {"0": a, "1": b, "2": c}}),
        ),
    ] {
        let (server, client) = serve_json(at, body).await;
        let list = client
            .payment_get()
            .part(1)
            .await
            .unwrap_or_else(|e| panic!("{shape}: {e}"));
        assert_wire(&the_request(&server).await, at, &[("part", "1")], PW_MD5);
        let amounts: Vec<_> = list.iter().map(|p| dec(&p.amount)).collect();
        assert_eq!(amounts, [Some("1205.98"), Some("100.50"), Some("7")], "{shape}");
        let ids: Vec<_> = list.iter().map(|p| p.id.clone().unwrap().0).collect();
        assert_eq!(ids, ["1", "2", "3"], "{shape}");
    }

    // An empty part: PHP's `[]`.
    let (_server, client) = serve_json(at, json!([])).await;
    assert!(client.payment_get().part(3).await.unwrap().is_empty());
}

#[tokio::test]
async fn payment_probation_get_one_and_all_modes_and_list_shapes() {
    let at = "/api/payment/probation/get/";
    let (server, client) = serve_json(at, pending_json("7927", json!("1205.98"))).await;
    let list = client.payment_probation_get().paymentid(7927).await.unwrap();
    assert_wire(&the_request(&server).await, at, &[("paymentid", "7927")], PW_MD5);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, text("7927"));
    assert_eq!(dec(&list[0].amount), Some("1205.98"));
    assert_eq!(list[0].received, Some(Flag(true)));
    assert_eq!(list[0].orderid, text("2"));

    let a = pending_json("1", json!(1205.98));
    let b = pending_json("2", json!("100.50"));
    for (shape, body) in [
        ("array", json!([a, b])),
        ("PHP keyed object", json!({"0": a, "1": b})),
        ("status wrapper", json!({"status": "ok", "data": [a, b]})),
    ] {
        let (server, client) = serve_json(at, body).await;
        let list = client
            .payment_probation_get()
            .part(1)
            .await
            .unwrap_or_else(|e| panic!("{shape}: {e}"));
        assert_wire(&the_request(&server).await, at, &[("part", "1")], PW_MD5);
        let got: Vec<_> = list
            .iter()
            .map(|p| (p.id.clone().unwrap().0, dec(&p.amount)))
            .collect();
        assert_eq!(
            got,
            [
                ("1".to_owned(), Some("1205.98")),
                ("2".to_owned(), Some("100.50"))
            ],
            "{shape}"
        );
    }
}

#[tokio::test]
async fn get_without_paymentid_or_part_is_refused_without_any_request() {
    let server = serve_any(ResponseTemplate::new(200).set_body_json(json!([]))).await;
    let client = client_for(&server);
    let err = client
        .payment_get()
        .cdatefrom("2016-01-01")
        .accountid(1)
        .await
        .unwrap_err();
    match &err {
        Error::InvalidRequest {
            provider,
            operation,
            message,
        } => {
            assert_eq!((*provider, *operation), ("onebox", "payment_get"));
            assert_eq!(message, "set at least one of: paymentid, part");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert_eq!(err.operation(), "payment_get");
    let err = client
        .payment_probation_get()
        .received(Flag(true))
        .await
        .unwrap_err();
    match &err {
        Error::InvalidRequest {
            operation, message, ..
        } => {
            assert_eq!(*operation, "payment_probation_get");
            assert_eq!(message, "set at least one of: paymentid, part");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert_no_request(&server).await;
}

#[tokio::test]
async fn delete_and_update_need_paymentid_or_paymentcode1c() {
    let server = serve_any(ResponseTemplate::new(200).set_body_json(json!({"status": "ok"}))).await;
    let client = client_for(&server);
    for err in [
        client.payment_delete().await.unwrap_err(),
        client.payment_update().sum("10").comment("x").await.unwrap_err(),
    ] {
        match &err {
            Error::InvalidRequest {
                operation, message, ..
            } => {
                assert!(["payment_delete", "payment_update"].contains(operation));
                assert_eq!(message, "set at least one of: paymentid, paymentcode1c");
            }
            other => panic!("expected InvalidRequest, got {other:?}"),
        }
    }
    let err = client.payment_probation_add().sum("10").await.unwrap_err();
    match &err {
        Error::InvalidRequest {
            operation, message, ..
        } => {
            assert_eq!(*operation, "payment_probation_add");
            assert_eq!(message, "set at least one of: orderid, ordercode1c");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert_no_request(&server).await;

    // paymentcode1c alone is enough.
    let at = "/api/payment/delete/";
    let (server, client) = serve_json(at, json!({"status": "ok"})).await;
    let deleted = client
        .payment_delete()
        .paymentcode1c("PAY-2016-0001")
        .await
        .unwrap();
    assert_eq!(deleted.status, Text::from("ok"));
    assert_wire(
        &the_request(&server).await,
        at,
        &[("paymentcode1c", "PAY-2016-0001")],
        PW_MD5,
    );

    let at = "/api/payment/update/";
    let (server, client) = serve_json(at, json!({"status": "ok", "message": "2"})).await;
    let updated = client
        .payment_update()
        .paymentcode1c("PAY-2016-0001")
        .comment("Change payment")
        .await
        .unwrap();
    assert_eq!(updated.message, text("2"));
    assert_wire(
        &the_request(&server).await,
        at,
        &[("comment", "Change payment"), ("paymentcode1c", "PAY-2016-0001")],
        PW_MD5,
    );
}

// ---------------------------------------------------------------------------------------------
// 5. the documented refusals

#[tokio::test]
async fn every_documented_fail_message_maps_to_its_error_kind() {
    // The generated table is the spec's list (both spellings of the authentication errors).
    let spec = spec();
    let known = spec["components"]["schemas"]["FailEnvelope"]["x-known-messages"]
        .as_sequence()
        .expect("x-known-messages");
    let table = payspec_onebox::ENVELOPE.known_messages;
    assert_eq!(known.len(), table.len());
    let mut cases: Vec<(String, String)> = Vec::new();
    for (m, t) in known.iter().zip(table) {
        let kind = m["kind"].as_str().unwrap().to_owned();
        assert_eq!(
            (m["message"].as_str().unwrap(), kind.as_str()),
            (t.message, kind_name(t.kind))
        );
        cases.push((t.message.to_owned(), kind));
    }
    assert!(
        cases.iter().filter(|(_, k)| k == "authentication").count() >= 6,
        "{cases:?}"
    );
    // An undocumented message.
    cases.push(("Order not found".into(), "provider".into()));

    for (message, kind) in cases {
        let body = json!({"status": "fail", "message": message});
        let server = serve_any(ResponseTemplate::new(200).set_body_json(&body)).await;
        let client = client_for(&server);
        for (operation_id, _) in OPS {
            let err = call(&client, operation_id).await.unwrap_err();
            match (kind.as_str(), &err) {
                ("authentication", Error::Authentication(_)) | ("provider", Error::Provider(_)) => {}
                _ => panic!("{message:?} on {operation_id}: expected {kind}, got {err:?}"),
            }
            let pe = provider_error(&err);
            assert_eq!(pe.provider, "onebox");
            assert_eq!(pe.operation, operation_id);
            assert_eq!(err.operation(), operation_id);
            assert_eq!(pe.status, 200);
            assert_eq!(pe.code, None);
            assert_eq!(pe.messages, std::slice::from_ref(&message));
            assert_eq!(pe.raw, body.to_string());
            assert!(err.to_string().contains(&message), "{err}");
            assert!(err.to_string().contains(operation_id), "{err}");
        }
        assert_eq!(server.received_requests().await.unwrap().len(), OPS.len());
    }
}

/// Each operation's documented refusal example (`refused` beside the success example of its
/// `200`) comes back as a refusal of that operation carrying the example's message.
#[tokio::test]
async fn every_refusal_example_of_the_spec_is_a_refusal() {
    for (operation_id, at) in OPS {
        let body = refusal_example(operation_id);
        assert_eq!(body["status"], "fail", "{operation_id}");
        let message = body["message"].as_str().unwrap().to_owned();
        let server = serve(at, ResponseTemplate::new(200).set_body_json(&body)).await;
        let err = call(&client_for(&server), operation_id).await.unwrap_err();
        let pe = provider_error(&err);
        assert_eq!((pe.operation, pe.status), (operation_id, 200));
        assert_eq!(pe.messages, std::slice::from_ref(&message), "{operation_id}");
        let auth = payspec_onebox::ENVELOPE
            .known_messages
            .iter()
            .any(|k| k.kind == payspec::RejectionKind::Authentication && k.matches(&message));
        assert_eq!(
            matches!(err, Error::Authentication(_)),
            auth,
            "{operation_id}: {message}: {err:?}"
        );
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn a_fail_envelope_is_recognised_whatever_the_case_of_status() {
    let at = "/api/payment/add/";
    let server = serve(
        at,
        raw(
            200,
            r#"{"status":"FAIL","message":"PaymentCode1c exists"}"#,
            "text/html",
        ),
    )
    .await;
    let err = client_for(&server)
        .payment_add()
        .sum("1")
        .code1c("X")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Provider(pe) if pe.messages == ["PaymentCode1c exists"]),
        "{err:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 6. bodies that are not the documented shape, and HTTP errors

#[tokio::test]
async fn malformed_bodies_are_decode_errors() {
    let html = "<html><body><b>Fatal error</b>: Uncaught Exception</body></html>";
    let cases: [(&str, &str, &str, &str); 10] = [
        (
            "payment_add",
            r#"{"status":"ok""#,
            "application/json",
            "truncated JSON",
        ),
        ("payment_add", html, "text/html", "an HTML page"),
        ("payment_add", "", "application/json", "an empty body"),
        ("payment_add", r#""7928""#, "application/json", "a bare string"),
        ("payment_get", html, "text/html", "an HTML page"),
        (
            "payment_get",
            r#""oops""#,
            "application/json",
            "a string for a list",
        ),
        (
            "payment_get",
            r#"[{"id":"1","amount":"12a"}]"#,
            "application/json",
            "a bad amount",
        ),
        (
            "payment_probation_get",
            r#"[{"received":2}]"#,
            "application/json",
            "a bad flag",
        ),
        (
            "payment_balance_get",
            r#"{"status":"ok","a":[],"b":[]}"#,
            "application/json",
            "two lists",
        ),
        (
            "budget_balance_get",
            "[1,2]",
            "application/json",
            "a list of numbers",
        ),
    ];
    for (operation_id, body, content_type, what) in cases {
        let server = serve_any(raw(200, body, content_type)).await;
        let err = call(&client_for(&server), operation_id).await.unwrap_err();
        match &err {
            Error::Decode {
                provider,
                operation,
                message,
                excerpt,
            } => {
                assert_eq!(*provider, "onebox", "{what}");
                assert_eq!(*operation, operation_id, "{what}");
                assert_eq!(excerpt, body, "{what}");
                assert!(!message.is_empty(), "{what}");
            }
            other => panic!("{operation_id}, {what}: expected Decode, got {other:?}"),
        }
        assert_eq!(err.operation(), operation_id);
        assert!(err.to_string().contains("could not decode"), "{err}");
    }
}

#[tokio::test]
async fn a_long_body_is_cut_in_the_excerpt() {
    let body = format!("<html>{}</html>", "x".repeat(2000));
    let server = serve_any(raw(200, &body, "text/html")).await;
    let err = call(&client_for(&server), "payment_add").await.unwrap_err();
    let Error::Decode { excerpt, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(excerpt.starts_with("<html>xxx"), "{excerpt}");
    assert!(
        excerpt.ends_with(&format!("… ({} bytes)", body.len())),
        "{excerpt}"
    );
    assert!(excerpt.len() < 600, "{}", excerpt.len());
}

/// What a list answer does to the operations that expect an object (`OperationResult`): it
/// does not decode. (`OperationResult` keeps unknown members in a flattened `extra` map, and
/// serde reads such a struct from a JSON object only; before `extra`, a three-scalar array
/// filled the fields positionally.)
#[tokio::test]
async fn a_list_where_an_object_is_expected() {
    for body in [
        r#"[1,2,"ok"]"#,
        "[1,2]",
        "[]",
        "[1,2,3,4]",
        r#"[{"status":"ok"}]"#,
    ] {
        let server = serve_any(raw(200, body, "application/json")).await;
        let err = call(&client_for(&server), "payment_add").await.unwrap_err();
        assert!(
            matches!(&err, Error::Decode { operation: "payment_add", excerpt, .. } if excerpt == body),
            "{body}: {err:?}"
        );
    }
}

#[tokio::test]
async fn infrastructure_statuses_are_status_errors() {
    let html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    for status in [502u16, 503, 504, 500, 404] {
        let server = serve_any(raw(status, html, "text/html")).await;
        let client = client_for(&server);
        for (operation_id, _) in OPS {
            let err = call(&client, operation_id).await.unwrap_err();
            match &err {
                Error::Status {
                    provider,
                    operation,
                    status: s,
                    excerpt,
                } => {
                    assert_eq!(*provider, "onebox");
                    assert_eq!(*operation, operation_id);
                    assert_eq!(*s, status);
                    assert_eq!(excerpt, html);
                }
                other => panic!("{status} on {operation_id}: expected Status, got {other:?}"),
            }
            assert!(err.to_string().contains(&status.to_string()), "{err}");
        }
    }
}

#[tokio::test]
async fn http_401_and_403_are_authentication_errors() {
    for status in [401u16, 403] {
        let server = serve_any(raw(status, "Unauthorized", "text/plain")).await;
        let client = client_for(&server);
        for (operation_id, _) in OPS {
            let err = call(&client, operation_id).await.unwrap_err();
            let Error::Authentication(pe) = &err else {
                panic!("{status} on {operation_id}: expected Authentication, got {err:?}")
            };
            assert_eq!(pe.operation, operation_id);
            assert_eq!(pe.status, status);
            assert!(pe.messages.is_empty(), "{pe:?}");
            assert_eq!(pe.raw, "Unauthorized");
        }
    }
    // With the envelope, the message is kept.
    let server = serve_any(
        ResponseTemplate::new(401).set_body_json(json!({"status": "fail", "message": "Bad user level!"})),
    )
    .await;
    let err = call(&client_for(&server), "payment_balance_get")
        .await
        .unwrap_err();
    let Error::Authentication(pe) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (pe.status, pe.messages.clone()),
        (401, vec!["Bad user level!".to_owned()])
    );
}

// ---------------------------------------------------------------------------------------------
// 7. the password hash never shows

#[tokio::test]
async fn credentials_and_clients_do_not_show_the_hash() {
    let credentials = Credentials::from_password(LOGIN, SECRET_PASSWORD).unwrap();
    assert_eq!(credentials.password_md5_hex(), SECRET_MD5);
    assert_eq!(credentials.login(), LOGIN);
    let shown = format!("{credentials:?}");
    assert!(
        !shown.contains(SECRET_MD5) && !shown.contains(SECRET_PASSWORD),
        "{shown}"
    );
    assert!(shown.contains(LOGIN), "{shown}");

    let server = serve_any(ResponseTemplate::new(200).set_body_json(json!({"status": "ok"}))).await;
    let client = Client::with_credentials(&server.uri(), credentials.clone()).unwrap();
    let inner = Inner::from(credentials);
    let builder = client.payment_add().sum("1");
    for shown in [
        format!("{client:?}"),
        format!("{inner:?}"),
        format!("{builder:?}"),
    ] {
        assert!(!shown.contains(SECRET_MD5), "{shown}");
        assert!(!shown.contains(SECRET_PASSWORD), "{shown}");
    }
    // ... while the wire does carry it.
    builder.await.unwrap();
    assert_wire(
        &the_request(&server).await,
        "/api/payment/add/",
        &[("sum", "1")],
        SECRET_MD5,
    );
}

#[tokio::test]
async fn errors_never_show_the_hash() {
    let mut errors = Vec::new();

    // A refusal whose message and body echo the hash.
    let body =
        json!({"status": "fail", "message": format!("Login or password not correct! password={SECRET_MD5}")});
    let server = serve_any(ResponseTemplate::new(200).set_body_json(&body)).await;
    let err = call(&secret_client_for(&server), "payment_add")
        .await
        .unwrap_err();
    let pe = provider_error(&err);
    assert_eq!(
        pe.messages,
        ["Login or password not correct! password=[redacted]"]
    );
    assert!(pe.raw.contains("password=[redacted]"), "{}", pe.raw);
    errors.push(err);

    // A documented authentication refusal with the hash elsewhere in the body.
    let body = json!({"status": "fail", "message": "Login or password not correct!", "password": SECRET_MD5});
    let server = serve_any(ResponseTemplate::new(200).set_body_json(&body)).await;
    let err = call(&secret_client_for(&server), "payment_get")
        .await
        .unwrap_err();
    let Error::Authentication(pe) = &err else {
        panic!("{err:?}")
    };
    assert!(pe.raw.contains(r#""password":"[redacted]""#), "{}", pe.raw);
    errors.push(err);

    // A decode error whose body echoes the request URL.
    let html = format!("<html>GET /api/payment/add/?sum=1&login={LOGIN}&password={SECRET_MD5}</html>");
    let server = serve_any(raw(200, &html, "text/html")).await;
    let err = call(&secret_client_for(&server), "payment_add")
        .await
        .unwrap_err();
    let Error::Decode { excerpt, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        excerpt,
        &format!("<html>GET /api/payment/add/?sum=1&login={LOGIN}&password=[redacted]</html>")
    );
    errors.push(err);

    // A decode error whose serde message quotes the offending value.
    let server = serve_any(raw(200, &format!("\"{SECRET_MD5}\""), "application/json")).await;
    let err = call(&secret_client_for(&server), "payment_get")
        .await
        .unwrap_err();
    let Error::Decode { excerpt, message, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(excerpt, "\"[redacted]\"");
    assert!(message.contains("[redacted]"), "{message}");
    errors.push(err);

    // An HTTP error page that echoes it.
    let server = serve_any(raw(502, &html, "text/html")).await;
    let err = call(&secret_client_for(&server), "payment_balance_get")
        .await
        .unwrap_err();
    let Error::Status {
        excerpt, status: 502, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(excerpt.contains("password=[redacted]"), "{excerpt}");
    errors.push(err);

    // HTTP 401 echoing it.
    let server = serve_any(raw(401, &html, "text/html")).await;
    let err = call(&secret_client_for(&server), "budget_balance_get")
        .await
        .unwrap_err();
    let Error::Authentication(pe) = &err else {
        panic!("{err:?}")
    };
    assert!(pe.raw.contains("password=[redacted]"), "{}", pe.raw);
    errors.push(err);

    // Refused before sending.
    let server = serve_any(ResponseTemplate::new(200)).await;
    let client = secret_client_for(&server);
    errors.push(client.payment_get().await.unwrap_err());
    errors.push(client.payment_add().sum("12a").await.unwrap_err());
    assert_no_request(&server).await;

    for err in &errors {
        assert_no_leak(err, SECRET_MD5);
    }
    assert_eq!(errors.len(), 8);
}

#[tokio::test]
async fn a_transport_error_does_not_show_the_url() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::with_credentials(
        &format!("http://127.0.0.1:{port}"),
        Credentials::from_password(LOGIN, SECRET_PASSWORD).unwrap(),
    )
    .unwrap();
    for (operation_id, _) in OPS {
        let err = call(&client, operation_id).await.unwrap_err();
        let Error::Transport {
            provider, operation, ..
        } = &err
        else {
            panic!("{operation_id}: expected Transport, got {err:?}")
        };
        assert_eq!((*provider, *operation), ("onebox", operation_id));
        assert_no_leak(&err, SECRET_MD5);
        for shown in [err.to_string(), format!("{err:?}")] {
            assert!(!shown.contains("password="), "{shown}");
            assert!(!shown.contains("/api/"), "{shown}");
        }
    }
}

#[tokio::test]
async fn a_timeout_does_not_show_the_url() {
    let server = serve_any(
        ResponseTemplate::new(200)
            .set_body_json(json!([]))
            .set_delay(Duration::from_secs(5)),
    )
    .await;
    let client = Client::with_config(
        &server.uri(),
        Credentials::from_password(LOGIN, SECRET_PASSWORD).unwrap(),
        payspec::Config::default().timeout(Duration::from_millis(200)),
    )
    .unwrap();
    let err = client.budget_balance_get().await.unwrap_err();
    let Error::Timeout { operation, .. } = &err else {
        panic!("expected Timeout, got {err:?}")
    };
    assert_eq!(*operation, "budget_balance_get");
    assert_no_leak(&err, SECRET_MD5);
    for shown in [err.to_string(), format!("{err:?}")] {
        assert!(!shown.contains("password="), "{shown}");
    }
}

// ---------------------------------------------------------------------------------------------
// fixes found by review: error status, trailing slash, upper-case echo, keyed lists with metadata

#[tokio::test]
async fn an_error_status_is_a_refusal_too() {
    let server = serve_any(raw(
        200,
        r#"{"status":"error","message":"Login or password not correct! "}"#,
        "application/json",
    ))
    .await;
    let err = client_for(&server).payment_get().part(1).await.unwrap_err();
    assert!(matches!(err, Error::Authentication(_)), "{err:?}");
    assert_eq!(provider_error(&err).messages, ["Login or password not correct! "]);
}

#[tokio::test]
async fn a_trailing_slash_in_the_base_url_is_ignored() {
    let server = serve("/api/budget/balance/get/", raw(200, "[]", "application/json")).await;
    let client = Client::with_credentials(
        &format!("{}/", server.uri()),
        Credentials::from_password(LOGIN, "pw").unwrap(),
    )
    .unwrap();
    assert!(client.budget_balance_get().await.unwrap().is_empty());
    assert_eq!(the_request(&server).await.url.path(), "/api/budget/balance/get/");
}

#[tokio::test]
async fn an_upper_case_echo_of_the_md5_is_redacted() {
    let body = format!(
        r#"{{"status":"fail","message":"bad hash {}"}}"#,
        SECRET_MD5.to_uppercase()
    );
    let server = serve_any(raw(200, &body, "application/json")).await;
    let err = secret_client_for(&server)
        .payment_get()
        .part(1)
        .await
        .unwrap_err();
    assert_no_leak(&err, &SECRET_MD5.to_uppercase());
    assert_eq!(provider_error(&err).messages, ["bad hash [redacted]"]);
}

#[tokio::test]
async fn a_keyed_list_with_a_total_keeps_every_item() {
    let body = r#"{"0":{"id":"1"},"1":{"id":"2"},"total":2}"#;
    let server = serve("/api/payment/get/", raw(200, body, "application/json")).await;
    let list = client_for(&server).payment_get().part(1).await.unwrap();
    let ids: Vec<_> = list.iter().map(|p| p.id.clone()).collect();
    assert_eq!(ids, [text("1"), text("2")]);
}

// ---------------------------------------------------------------------------------------------
// retries

#[tokio::test]
async fn only_operations_the_spec_marks_idempotent_are_retried() {
    // OneBox creates, edits and deletes payments with GET: the method decides nothing.
    let never = [
        "payment_add",
        "payment_probation_add",
        "payment_delete",
        "payment_probation_delete",
        "payment_update",
    ];
    common::assert_idempotent_table("onebox", payspec_onebox::IDEMPOTENT, &never);
    let spec = common::spec_idempotent("onebox");
    for (op, at) in OPS {
        let server = serve(at, ResponseTemplate::new(503).set_body_string("busy")).await;
        let client = Client::with_config(
            &server.uri(),
            Credentials::from_password(LOGIN, "pw").unwrap(),
            common::fast_retries(2),
        )
        .unwrap();
        let err = call(&client, op).await.unwrap_err();
        common::assert_retried_per_spec(op, &err, common::hits(&server, at).await, spec[op]);
    }
}

#[tokio::test]
async fn retries_are_off_by_default() {
    let server = serve("/api/payment/get/", ResponseTemplate::new(503)).await;
    let err = client_for(&server).payment_get().part(1).await.unwrap_err();
    assert!(err.is_transient(), "{err:?}");
    assert_eq!(common::hits(&server, "/api/payment/get/").await, 1);
}

// ---------------------------------------------------------------------------------------------
// only the documented success shape is a success (issue 17, safety)

/// What `payment_add` makes of an answer: `Ok(message)`, or the error's variant with the
/// status, messages and excerpt it carries.
async fn payment_add_result(body: &str) -> Result<Option<Text>, String> {
    let server = serve("/api/payment/add/", raw(200, body, "application/json")).await;
    match client_for(&server).payment_add().sum("1").await {
        Ok(added) => {
            assert!(
                added.status.0.trim().eq_ignore_ascii_case("ok"),
                "{:?}",
                added.status
            );
            Ok(added.message)
        }
        Err(Error::Provider(pe)) => Err(format!("provider {} {:?} {}", pe.status, pe.messages, pe.raw)),
        Err(Error::Decode { excerpt, .. }) => Err(format!("decode {excerpt}")),
        Err(other) => Err(format!("other {other:?}")),
    }
}

#[tokio::test]
async fn only_the_documented_success_shape_is_a_success() {
    assert_eq!(
        payment_add_result(r#"{"status":"ok","message":"17"}"#).await,
        Ok(text("17"))
    );
    assert_eq!(
        payment_add_result(r#"{"status":" OK ","message":"17"}"#).await,
        Ok(text("17"))
    );
    // A status other than `ok` is a refusal carrying its message.
    assert_eq!(
        payment_add_result(r#"{"status":"denied","message":"m"}"#).await,
        Err(r#"provider 200 ["m"] {"status":"denied","message":"m"}"#.to_owned())
    );
    // An object with none of the success's members is no refusal but a decode error, and so
    // is one that lacks `status` (required).
    assert_eq!(
        payment_add_result(r#"{"error":"x"}"#).await,
        Err(r#"decode {"error":"x"}"#.to_owned())
    );
    assert_eq!(payment_add_result("{}").await, Err("decode {}".to_owned()));
    assert_eq!(
        payment_add_result(r#"{"message":"1"}"#).await,
        Err(r#"decode {"message":"1"}"#.to_owned())
    );
}

#[tokio::test]
async fn a_list_operation_does_not_decode_an_object_in_no_documented_shape() {
    let at = "/api/payment/get/";
    let body = r#"{"unexpected":[1,2,3]}"#;
    let server = serve(at, raw(200, body, "application/json")).await;
    let err = client_for(&server).payment_get().part(1).await.unwrap_err();
    match err {
        Error::Decode {
            operation,
            message,
            excerpt,
            ..
        } => assert_eq!(
            (operation, message.as_str(), excerpt.as_str()),
            (
                "payment_get",
                "an object in no documented shape: none of its members (unexpected) is one the \
                 success answer has",
                body
            )
        ),
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    // The documented list shapes still decode: a keyed list, the `ok` wrapper, a bare item.
    for body in [
        json!({"0": payment_json("1", json!(1))}),
        json!({"status": "ok", "data": [payment_json("1", json!(1))]}),
        payment_json("1", json!(1)),
    ] {
        let (_server, client) = serve_json(at, body.clone()).await;
        let list = client.payment_get().part(1).await.unwrap();
        assert_eq!(list.len(), 1, "{body}");
    }
}
