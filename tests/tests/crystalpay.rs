//! CrystalPay client against a local HTTP server (wiremock on loopback).
//!
//! - every one of the 32 operations: the exact wire request (method, path, content type, JSON
//!   body with the credentials exactly once and the signature where the spec asks for one,
//!   money digits verbatim) and the typed decoding of the spec's response example;
//! - signatures: the formula of each of the 9 signed operations; the signed amounts on the wire
//!   and in the signature in one canonical text (`100.00` as `100`); no salt;
//! - `payer_details` in both shapes; the history streams' stop on `has_next_page`;
//! - tolerant decoding: `[]` for empty maps, open enums, amounts as numbers or strings;
//! - error envelopes, HTTP errors, undecodable bodies;
//! - callback verification;
//! - secrets never leak into `Debug` / `Display`.

mod common;

use std::sync::OnceLock;

use payspec::webhook::{WebhookError, sha1_hex};
use payspec_crystalpay::{Client, Credentials, Error, SIGNATURES, types, verify_callback};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const LOGIN: &str = "demo-kassa";
const SECRET: &str = "SECRET-value";
const SALT: &str = "SALT-value";

const INVOICE_ID: &str = "123456789_abcdefghij";
const PAYOFF_ID: &str = "123456789_dpWminAiaqwTcBOJVlFk";
const SWAP_ID: &str = "123456789_swAbCdEfGh";
const TRANSFER_ID: &str = "4815162342";
const ETH_WALLET: &str = "0x0000000000000000000000000000000000000000";

/// Every operation of the spec with its path: the suite has one wire test per row.
const OPERATIONS: [(&str, &str); 32] = [
    ("me_info", "/v3/me/info/"),
    ("balance_list", "/v3/balance/list/"),
    ("balance_get", "/v3/balance/get/"),
    ("method_list", "/v3/method/list/"),
    ("method_get", "/v3/method/get/"),
    ("method_edit", "/v3/method/edit/"),
    ("invoice_create", "/v3/invoice/create/"),
    ("invoice_info", "/v3/invoice/info/"),
    ("payoff_create", "/v3/payoff/create/"),
    ("payoff_submit", "/v3/payoff/submit/"),
    ("payoff_cancel", "/v3/payoff/cancel/"),
    ("payoff_info", "/v3/payoff/info/"),
    ("swap_pair_list", "/v3/swap/pair/list/"),
    ("swap_pair_get", "/v3/swap/pair/get/"),
    ("swap_create", "/v3/swap/create/"),
    ("swap_submit", "/v3/swap/submit/"),
    ("swap_cancel", "/v3/swap/cancel/"),
    ("swap_info", "/v3/swap/info/"),
    ("transfer_create", "/v3/transfer/create/"),
    ("transfer_submit", "/v3/transfer/submit/"),
    ("transfer_cancel", "/v3/transfer/cancel/"),
    ("transfer_info", "/v3/transfer/info/"),
    ("ticker_list", "/v3/ticker/list/"),
    ("ticker_get", "/v3/ticker/get/"),
    ("report_invoice_history", "/v3/report/invoice/history/"),
    ("report_invoice_summary", "/v3/report/invoice/summary/"),
    ("report_payoff_history", "/v3/report/payoff/history/"),
    ("report_payoff_summary", "/v3/report/payoff/summary/"),
    ("report_swap_history", "/v3/report/swap/history/"),
    ("report_transfer_history", "/v3/report/transfer/history/"),
    ("callback_payoff_list", "/v3/callback/payoff/list/"),
    ("callback_invoice_list", "/v3/callback/invoice/list/"),
];

/// The signature formulas of the SDKs (https://github.com/I-ToSa-I/AsyncPayments,
/// https://github.com/mrsmori/pycrystalpay, https://github.com/CrystalPAY-io/python-sdk).
const SIGNED: [(&str, &[&str]); 9] = [
    ("payoff_create", &["amount", "method", "wallet"]),
    ("payoff_submit", &["id"]),
    ("payoff_cancel", &["id"]),
    ("swap_create", &["amount", "pair_id"]),
    ("swap_submit", &["id"]),
    ("swap_cancel", &["id"]),
    ("transfer_create", &["amount", "method", "receiver"]),
    ("transfer_submit", &["id"]),
    ("transfer_cancel", &["id"]),
];

// ------------------------------------------------------------------ helpers

fn creds() -> Credentials {
    Credentials::new(LOGIN, SECRET).unwrap().with_salt(SALT).unwrap()
}

fn creds_without_salt() -> Credentials {
    Credentials::new(LOGIN, SECRET).unwrap()
}

/// specs/crystalpay.yaml as JSON.
fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/crystalpay.yaml");
        let text = std::fs::read_to_string(file).expect("read specs/crystalpay.yaml");
        serde_norway::from_str(&text).expect("parse specs/crystalpay.yaml")
    })
}

/// The spec's (path, POST operation object) for an operation id.
fn spec_operation(op: &str) -> (&'static str, &'static Value) {
    spec()["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .find_map(|(p, item)| {
            let post = item.get("post")?;
            (post["operationId"] == op).then_some((p.as_str(), post))
        })
        .unwrap_or_else(|| panic!("no operation {op} in the spec"))
}

fn op_path(op: &str) -> &'static str {
    OPERATIONS
        .iter()
        .find(|(id, _)| *id == op)
        .map(|(_, p)| *p)
        .unwrap_or_else(|| panic!("{op} is not in OPERATIONS"))
}

fn request_example(op: &str) -> Value {
    let operation = spec_operation(op).1;
    if operation.get("requestBody").is_none() {
        // Methods without parameters declare no body (x-request-body says why): the client
        // sends only the credentials.
        assert!(
            operation.get("x-request-body").is_some(),
            "{op}: no body and no x-request-body"
        );
        return json!({});
    }
    let ex = operation["requestBody"]["content"]["application/json"]["example"].clone();
    assert!(ex.is_object(), "{op}: the spec has no request example object");
    ex
}

/// The `success` example of an operation's `200` answer (its `examples` map).
fn response_example(op: &str) -> Value {
    let ex = response_examples(op)["success"]["value"].clone();
    assert!(
        ex.is_object(),
        "{op}: the spec has no `success` response example object"
    );
    ex
}

/// The `examples` map of an operation's `200` answer.
fn response_examples(op: &str) -> &'static Value {
    &spec_operation(op).1["responses"]["200"]["content"]["application/json"]["examples"]
}

fn dec(d: &Option<payspec::Decimal>) -> Option<&str> {
    d.as_ref().map(payspec::Decimal::as_str)
}

fn int(i: &Option<payspec::Int>) -> Option<i64> {
    i.map(|i| i.0)
}

fn text(t: &Option<payspec::Text>) -> Option<&str> {
    t.as_ref().map(payspec::Text::as_str)
}

fn assert_no_secret(what: &str, shown: &str) {
    assert!(!shown.contains(SECRET), "{what} leaks the secret: {shown}");
    assert!(!shown.contains(SALT), "{what} leaks the salt: {shown}");
}

/// Display, Debug and the whole source chain of an error carry no secret.
fn assert_clean(err: &Error) {
    assert_no_secret("Display", &err.to_string());
    assert_no_secret("Debug", &format!("{err:?}"));
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        assert_no_secret("source", &s.to_string());
        assert_no_secret("source Debug", &format!("{s:?}"));
        source = s.source();
    }
}

fn provider_error(err: &Error) -> &payspec::ProviderError {
    match err {
        Error::Provider(p) => p,
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

fn authentication_error(err: &Error) -> &payspec::ProviderError {
    match err {
        Error::Authentication(p) => p,
        other => panic!("expected Error::Authentication, got {other:?}"),
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// A mock CrystalPay answering one operation's path, and a client pointed at it.
struct Harness {
    server: MockServer,
    client: Client,
    op: &'static str,
}

impl Harness {
    /// Answers with the spec's response example for `op`.
    async fn new(op: &'static str) -> Self {
        Self::answering(op, ResponseTemplate::new(200).set_body_json(response_example(op))).await
    }

    /// Answers `op`'s path with a raw body.
    async fn raw(op: &'static str, status: u16, body: &str, content_type: &str) -> Self {
        let template = ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), content_type);
        Self::answering(op, template).await
    }

    async fn json(op: &'static str, body: Value) -> Self {
        Self::answering(op, ResponseTemplate::new(200).set_body_json(body)).await
    }

    async fn answering(op: &'static str, template: ResponseTemplate) -> Self {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(op_path(op)))
            .respond_with(template)
            .mount(&server)
            .await;
        let client = Client::with_credentials(&server.uri(), creds()).unwrap();
        Harness { server, client, op }
    }

    async fn requests(&self) -> Vec<Request> {
        self.server
            .received_requests()
            .await
            .expect("request recording is on")
    }

    /// Checks the one request the server got: POST to the operation's path, JSON content type,
    /// and a body equal to the spec's request example plus `auth_login`, `auth_secret` (each
    /// exactly once) and, when `signed` gives the signed text, `signature = sha1(signed)`.
    /// Every `fragment` must appear verbatim in the raw body. Returns the raw body.
    async fn assert_wire(&self, signed: Option<String>, fragments: &[&str]) -> String {
        let requests = self.requests().await;
        assert_eq!(requests.len(), 1, "{}: exactly one request", self.op);
        let req = &requests[0];
        assert_eq!(req.method.as_str(), "POST", "{}", self.op);
        assert_eq!(req.url.path(), op_path(self.op), "{}", self.op);
        assert_eq!(req.url.query(), None, "{}: nothing in the query", self.op);
        let content_types: Vec<&str> = req
            .headers
            .get_all("content-type")
            .iter()
            .map(|v| v.to_str().unwrap())
            .collect();
        assert_eq!(content_types, ["application/json"], "{}", self.op);

        let raw = String::from_utf8(req.body.clone()).expect("UTF-8 body");
        let body: Value = serde_json::from_str(&raw).expect("JSON body");

        let mut expected = request_example(self.op);
        let fields = expected.as_object_mut().unwrap();
        fields.insert("auth_login".into(), json!(LOGIN));
        fields.insert("auth_secret".into(), json!(SECRET));
        let is_signed = SIGNATURES.iter().any(|s| s.operation == self.op);
        assert_eq!(is_signed, signed.is_some(), "{}: signed per SIGNATURES", self.op);
        if let Some(signed) = &signed {
            fields.insert("signature".into(), json!(sha1_hex(signed)));
        }
        assert_eq!(body, expected, "{}: wire body\n{raw}", self.op);

        assert_eq!(count(&raw, "\"auth_login\""), 1, "{}: {raw}", self.op);
        assert_eq!(count(&raw, "\"auth_secret\""), 1, "{}: {raw}", self.op);
        assert_eq!(
            count(&raw, "\"signature\""),
            usize::from(signed.is_some()),
            "{}: {raw}",
            self.op
        );
        for fragment in fragments {
            assert!(
                raw.contains(fragment),
                "{}: {fragment} not verbatim in {raw}",
                self.op
            );
        }
        raw
    }
}

/// A server that answers every POST with `{"error":false,"errors":[]}` (which every success
/// schema accepts, all their fields being optional).
async fn catch_all_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"error": false, "errors": []})))
        .mount(&server)
        .await;
    server
}

async fn bodies_by_path(server: &MockServer) -> Vec<(String, String)> {
    server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.url.path().to_owned(), String::from_utf8(r.body).unwrap()))
        .collect()
}

// ------------------------------------------------------------------ the spec itself

#[test]
fn the_suite_covers_every_operation_of_the_spec() {
    let mut in_spec: Vec<(String, String)> = spec()["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(p, item)| {
            let ops = item.as_object().unwrap();
            assert_eq!(ops.keys().collect::<Vec<_>>(), ["post"], "{p}: POST only");
            (
                item["post"]["operationId"].as_str().unwrap().to_owned(),
                p.clone(),
            )
        })
        .collect();
    in_spec.sort();
    let mut listed: Vec<(String, String)> = OPERATIONS
        .iter()
        .map(|(o, p)| ((*o).to_owned(), (*p).to_owned()))
        .collect();
    listed.sort();
    assert_eq!(in_spec, listed);
    assert_eq!(in_spec.len(), 32);
}

#[test]
fn signatures_table_matches_the_reference_and_the_spec() {
    let mut generated: Vec<(&str, Vec<&str>)> =
        SIGNATURES.iter().map(|s| (s.operation, s.of.to_vec())).collect();
    generated.sort();
    let mut reference: Vec<(&str, Vec<&str>)> = SIGNED.iter().map(|(o, of)| (*o, of.to_vec())).collect();
    reference.sort();
    assert_eq!(generated, reference);
    assert!(SIGNATURES.iter().all(|s| s.field == "signature"));

    for (op, _) in OPERATIONS {
        let x = &spec_operation(op).1["x-signature"];
        match SIGNATURES.iter().find(|s| s.operation == op) {
            Some(recipe) => {
                assert_eq!(x["field"], "signature", "{op}");
                assert_eq!(x["of"], json!(recipe.of), "{op}");
            }
            None => assert!(x.is_null(), "{op} has an x-signature the client does not apply"),
        }
    }
}

#[test]
fn sha1_hex_is_lowercase_sha1() {
    // FIPS 180-1 test vector: the tests below rely on sha1_hex to compute expected values.
    assert_eq!(sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
}

// ------------------------------------------------------------------ 1. every operation on the wire

#[tokio::test]
async fn me_info() {
    let h = Harness::new("me_info").await;
    let r = h.client.me_info().await.unwrap();
    let raw = h.assert_wire(None, &[]).await;
    assert_eq!(
        raw,
        format!(r#"{{"auth_login":"{LOGIN}","auth_secret":"{SECRET}"}}"#)
    );
    assert_eq!(text(&r.id), Some("123456789"));
    assert_eq!(r.name.as_deref(), Some("examplename"));
    assert_eq!(int(&r.status_level), Some(2));
    assert_eq!(r.created_at.as_deref(), Some("2023-07-19 12:34:56"));
}

#[tokio::test]
async fn balance_list() {
    let h = Harness::new("balance_list").await;
    let r = h
        .client
        .balance_list()
        .body_map(|b| b.hide_empty(true))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""hide_empty":true"#]).await;
    let items = r.items.unwrap();
    assert_eq!(items.keys().collect::<Vec<_>>(), ["BITCOIN", "USDTTRC"]);
    let btc = &items["BITCOIN"];
    assert_eq!(btc.name.as_deref(), Some("Bitcoin"));
    assert_eq!(dec(&btc.amount), Some("0.0005"));
    assert_eq!(btc.currency.as_deref(), Some("BTC"));
    assert_eq!(int(&btc.amount_accuracy), Some(8));
    assert_eq!(btc.method, None);
    let usdt = &items["USDTTRC"];
    assert_eq!(dec(&usdt.amount), Some("100.1"));
    assert_eq!(int(&usdt.amount_accuracy), Some(6));
}

#[tokio::test]
async fn balance_get() {
    let h = Harness::new("balance_get").await;
    let r = h
        .client
        .balance_get()
        .body_map(|b| b.method("USDTTRC"))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.method.as_deref(), Some("USDTTRC"));
    assert_eq!(r.name.as_deref(), Some("USDT TRC-20"));
    assert_eq!(dec(&r.amount), Some("100.1"));
    assert_eq!(r.currency.as_deref(), Some("USDT"));
    assert_eq!(int(&r.amount_accuracy), Some(6));
}

fn assert_bitcoin_method(m: &types::MethodInfo) {
    assert_eq!(m.name.as_deref(), Some("Bitcoin"));
    assert_eq!(m.currency.as_deref(), Some("BTC"));
    assert_eq!(int(&m.amount_accuracy), Some(8));
    assert_eq!(int(&m.minimal_status_level), Some(0));
    let settings = m.settings.as_ref().unwrap();
    let s_in = settings.in_.as_ref().unwrap();
    assert_eq!(s_in.enabled, Some(true));
    let extra = s_in.extra_commissions.as_ref().unwrap();
    assert_eq!((dec(&extra.amount), dec(&extra.percent)), (Some("0"), Some("10")));
    let s_out = settings.out.as_ref().unwrap();
    assert_eq!(dec(&s_out.extra_commissions.as_ref().unwrap().percent), Some("0"));
    let d_in = m.in_.as_ref().unwrap();
    assert_eq!(d_in.enabled, Some(true));
    assert_eq!(dec(&d_in.commissions.as_ref().unwrap().amount), Some("0.000004"));
    assert_eq!(dec(&d_in.fee), Some("0"));
    let d_out = m.out.as_ref().unwrap();
    let limits = d_out.limits.as_ref().unwrap();
    assert_eq!(
        (dec(&limits.min), dec(&limits.max)),
        (Some("0.00005"), Some("0.5"))
    );
    assert_eq!(dec(&d_out.commissions.as_ref().unwrap().percent), Some("1"));
}

#[tokio::test]
async fn method_list() {
    let h = Harness::new("method_list").await;
    let r = h
        .client
        .method_list()
        .body_map(|b| b.compact(false))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""compact":false"#]).await;
    let items = r.items.unwrap();
    assert_eq!(items.keys().collect::<Vec<_>>(), ["BITCOIN"]);
    assert_eq!(items["BITCOIN"].method, None);
    assert_bitcoin_method(&items["BITCOIN"]);
}

#[tokio::test]
async fn method_get() {
    let h = Harness::new("method_get").await;
    let r = h
        .client
        .method_get()
        .body_map(|b| b.method("BITCOIN"))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.method.as_deref(), Some("BITCOIN"));
    assert_bitcoin_method(&r);
}

#[tokio::test]
async fn method_edit() {
    let h = Harness::new("method_edit").await;
    let r = h
        .client
        .method_edit()
        .body_map(|b| {
            b.method("BITCOIN")
                .extra_commission_percent(payspec::DecimalNumber::from(5))
                .enabled(true)
        })
        .await
        .unwrap();
    h.assert_wire(None, &[r#""extra_commission_percent":5,"#, r#""enabled":true"#])
        .await;
    // The envelope members are declared on every success schema (EmptyResponse included).
    assert_eq!(r.error, Some(payspec::Flag(false)));
    assert_eq!(r.errors, Some(vec![]));
    assert!(r.extra.is_empty());
}

#[tokio::test]
async fn invoice_create() {
    let h = Harness::new("invoice_create").await;
    let r = h
        .client
        .invoice_create()
        .body_map(|b| {
            b.amount("100")
                .type_("topup")
                .lifetime(1440)
                .currency("USD".to_owned())
                .subtract_from(types::SubtractFrom::Amount)
                .description("Top-up of account 42".to_owned())
                .extra("order-42".to_owned())
                .payer_details(types::PayerDetails::email("user@example.com"))
                .redirect_url("https://crystalpay.io".to_owned())
                .callback_url("https://example.com/crystalpay/callback".to_owned())
        })
        .await
        .unwrap();
    h.assert_wire(
        None,
        &[
            r#""amount":100,"#,
            r#""lifetime":1440,"#,
            r#""type":"topup""#,
            r#""payer_details":{"email":"user@example.com"}"#,
        ],
    )
    .await;
    assert_eq!(r.id.as_deref(), Some(INVOICE_ID));
    assert_eq!(
        r.url.as_deref(),
        Some("https://pay.crystalpay.io/?i=123456789_abcdefghij")
    );
    assert_eq!(dec(&r.rub_amount), Some("8146"));
    assert_eq!(r.currency.as_deref(), Some("USD"));
    assert_eq!(dec(&r.amount), Some("100"));
    assert_eq!(r.type_, Some(types::InvoiceType::Topup));
    assert_eq!(r.subtract_from, Some(types::SubtractFrom::Amount));
}

#[tokio::test]
async fn invoice_info() {
    let h = Harness::new("invoice_info").await;
    let r = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.id.as_deref(), Some(INVOICE_ID));
    assert_eq!(r.state, Some(types::InvoiceState::Notpayed));
    assert_eq!(r.type_, Some(types::InvoiceType::Topup));
    assert_eq!(r.subtract_from, Some(types::SubtractFrom::Amount));
    assert_eq!(r.method, None);
    assert_eq!(r.required_method, None);
    assert_eq!(dec(&r.rub_amount), Some("8146"));
    assert_eq!(dec(&r.amount), Some("100"));
    assert_eq!(r.amount_currency.as_deref(), Some("USD"));
    assert_eq!(dec(&r.initial_amount), Some("100"));
    assert_eq!(dec(&r.remaining_amount), Some("100"));
    assert_eq!(dec(&r.balance_amount), Some("100"));
    assert_eq!(dec(&r.commission_amount), Some("0"));
    assert_eq!(r.redirect_url.as_deref(), Some("https://crystalpay.io"));
    assert_eq!(r.callback_url, None);
    assert_eq!(r.created_at.as_deref(), Some("2024-01-10 11:08:11"));
    assert_eq!(r.expired_at.as_deref(), Some("2024-01-11 11:08:11"));
    assert_eq!(r.final_at, None);
}

#[tokio::test]
async fn payoff_create() {
    let h = Harness::new("payoff_create").await;
    let r = h
        .client
        .payoff_create()
        .body_map(|b| {
            b.method("ETHEREUM")
                .wallet(ETH_WALLET)
                .amount("0.0015")
                .subtract_from(types::SubtractFrom::Balance)
                .extra("payout-17".to_owned())
                .callback_url("https://example.com/crystalpay/payoff".to_owned())
        })
        .await
        .unwrap();
    let signed = format!("0.0015:ETHEREUM:{ETH_WALLET}:{SALT}");
    h.assert_wire(Some(signed), &[r#""amount":0.0015,"#]).await;
    assert_eq!(r.id.as_deref(), Some(PAYOFF_ID));
    assert_eq!(r.method.as_deref(), Some("ETHEREUM"));
    assert_eq!(r.subtract_from, Some(types::SubtractFrom::Balance));
    assert_eq!(r.amount_currency.as_deref(), Some("ETH"));
    assert_eq!(dec(&r.amount), Some("0.0015"));
    assert_eq!(dec(&r.rub_amount), Some("450"));
    assert_eq!(dec(&r.receive_amount), Some("0.0015"));
    assert_eq!(dec(&r.deduction_amount), Some("0.0016"));
    assert_eq!(dec(&r.commission_amount), Some("0.0001"));
    assert_eq!(r.wallet.as_deref(), Some(ETH_WALLET));
}

fn assert_payoff_amounts(p: &types::PayoffInfo) {
    assert_eq!(p.id.as_deref(), Some(PAYOFF_ID));
    assert_eq!(p.subtract_from, Some(types::SubtractFrom::Balance));
    assert_eq!(p.method.as_deref(), Some("ETHEREUM"));
    assert_eq!(p.amount_currency.as_deref(), Some("ETH"));
    assert_eq!(dec(&p.amount), Some("0.0015"));
    assert_eq!(dec(&p.rub_amount), Some("450"));
    assert_eq!(dec(&p.receive_amount), Some("0.0015"));
    assert_eq!(dec(&p.deduction_amount), Some("0.0016"));
    assert_eq!(dec(&p.commission_amount), Some("0.0001"));
    assert_eq!(p.wallet.as_deref(), Some(ETH_WALLET));
    assert_eq!(p.created_at.as_deref(), Some("2024-01-10 11:08:11"));
}

#[tokio::test]
async fn payoff_submit() {
    let h = Harness::new("payoff_submit").await;
    let r = h
        .client
        .payoff_submit()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap();
    h.assert_wire(Some(format!("{PAYOFF_ID}:{SALT}")), &[]).await;
    assert_payoff_amounts(&r);
    assert_eq!(r.state, Some(types::PayoffState::Processing));
    assert_eq!(r.message, None);
    assert_eq!(
        r.callback_url.as_deref(),
        Some("https://example.com/crystalpay/payoff")
    );
    assert_eq!(r.merchant_extra(), Some("payout-17"));
    assert_eq!(r.final_at, None);
}

#[tokio::test]
async fn payoff_cancel() {
    let h = Harness::new("payoff_cancel").await;
    let r = h
        .client
        .payoff_cancel()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap();
    h.assert_wire(Some(format!("{PAYOFF_ID}:{SALT}")), &[]).await;
    assert_payoff_amounts(&r);
    assert_eq!(r.state, Some(types::PayoffState::Canceled));
    assert_eq!(r.message.as_deref(), Some("Canceled"));
    assert_eq!(r.callback_url, None);
    assert_eq!(r.final_at.as_deref(), Some("2024-01-10 11:09:30"));
}

#[tokio::test]
async fn payoff_info() {
    let h = Harness::new("payoff_info").await;
    let r = h
        .client
        .payoff_info()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_payoff_amounts(&r);
    assert_eq!(r.state, Some(types::PayoffState::Payed));
    assert_eq!(
        r.message.as_deref(),
        Some("https://etherscan.io/tx/0x0000000000000000000000000000000000000000000000000000000000000000")
    );
    assert_eq!(r.final_at.as_deref(), Some("2024-01-10 11:15:42"));
}

fn assert_pair_12(p: &types::SwapPair) {
    assert_eq!(text(&p.pair_id), Some("12"));
    assert_eq!(dec(&p.price), Some("0.0000105"));
    let source = p.source.as_ref().unwrap();
    assert_eq!(
        (source.method.as_deref(), source.currency.as_deref()),
        (Some("USDTTRC"), Some("USDT"))
    );
    assert_eq!(source.amount, None);
    let target = p.target.as_ref().unwrap();
    assert_eq!(
        (target.method.as_deref(), target.currency.as_deref()),
        (Some("BITCOIN"), Some("BTC"))
    );
}

#[tokio::test]
async fn swap_pair_list() {
    let h = Harness::new("swap_pair_list").await;
    let r = h
        .client
        .swap_pair_list()
        .body_map(|b| b.page(1_i64).items(20_i64).source("USDTTRC".to_owned()))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""page":1,"#, r#""items":20,"#]).await;
    assert_eq!(r.has_next_page, Some(payspec::Flag(false)));
    let items = r.items.unwrap();
    assert_eq!(items.keys().collect::<Vec<_>>(), ["12"]);
    assert_pair_12(&items["12"]);
}

#[tokio::test]
async fn swap_pair_get() {
    let h = Harness::new("swap_pair_get").await;
    let r = h
        .client
        .swap_pair_get()
        .body_map(|b| b.pair_id(12))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""pair_id":12}"#]).await;
    assert_pair_12(&r);
}

fn assert_swap(s: &types::SwapInfo, state: &str) {
    assert_eq!(text(&s.id), Some(SWAP_ID));
    assert_eq!(s.state.as_deref(), Some(state));
    assert_eq!(text(&s.pair_id), Some("12"));
    assert_eq!(s.amount_type, Some(types::SwapAmountType::Source));
    assert_eq!(dec(&s.amount), Some("100"));
    let source = s.source.as_ref().unwrap();
    assert_eq!(source.method.as_deref(), Some("USDTTRC"));
    assert_eq!(dec(&source.amount), Some("100"));
    let target = s.target.as_ref().unwrap();
    assert_eq!(target.currency.as_deref(), Some("BTC"));
    assert_eq!(dec(&target.amount), Some("0.00105"));
    assert_eq!(dec(&s.price), Some("0.0000105"));
    assert_eq!(s.created_at.as_deref(), Some("2024-01-10 11:08:11"));
    assert_eq!(s.expired_at.as_deref(), Some("2024-01-10 11:18:11"));
}

#[tokio::test]
async fn swap_create() {
    let h = Harness::new("swap_create").await;
    let r = h
        .client
        .swap_create()
        .body_map(|b| {
            b.pair_id(12)
                .amount("100")
                .amount_type(types::SwapAmountType::Source)
        })
        .await
        .unwrap();
    h.assert_wire(
        Some(format!("100:12:{SALT}")),
        &[r#""amount":100,"#, r#""pair_id":12,"#],
    )
    .await;
    assert_swap(&r, "created");
    assert_eq!(r.final_at, None);
}

#[tokio::test]
async fn swap_submit() {
    let h = Harness::new("swap_submit").await;
    let r = h.client.swap_submit().body_map(|b| b.id(SWAP_ID)).await.unwrap();
    h.assert_wire(Some(format!("{SWAP_ID}:{SALT}")), &[]).await;
    assert_swap(&r, "success");
    assert_eq!(r.final_at.as_deref(), Some("2024-01-10 11:09:02"));
}

#[tokio::test]
async fn swap_cancel() {
    let h = Harness::new("swap_cancel").await;
    let r = h.client.swap_cancel().body_map(|b| b.id(SWAP_ID)).await.unwrap();
    h.assert_wire(Some(format!("{SWAP_ID}:{SALT}")), &[]).await;
    assert_swap(&r, "canceled");
}

#[tokio::test]
async fn swap_info() {
    let h = Harness::new("swap_info").await;
    let r = h.client.swap_info().body_map(|b| b.id(SWAP_ID)).await.unwrap();
    h.assert_wire(None, &[]).await;
    assert_swap(&r, "success");
}

fn assert_transfer(t: &types::TransferInfo) {
    assert_eq!(text(&t.id), Some(TRANSFER_ID));
    assert_eq!(t.method.as_deref(), Some("USDTTRC"));
    assert_eq!(t.amount_currency.as_deref(), Some("USDT"));
    assert_eq!(dec(&t.amount), Some("25"));
    assert_eq!(t.sender.as_deref(), Some("examplename"));
    assert_eq!(t.receiver.as_deref(), Some("othercashdesk"));
}

fn assert_full_transfer(t: &types::TransferInfo, state: &str) {
    assert_transfer(t);
    assert_eq!(t.state.as_deref(), Some(state));
    assert_eq!(t.type_.as_deref(), Some("outgoing"));
    assert_eq!(t.description.as_deref(), Some("Settlement for January"));
    assert_eq!(t.created_at.as_deref(), Some("2024-01-10 11:08:11"));
    assert_eq!(t.final_at.as_deref(), Some("2024-01-10 11:08:40"));
}

#[tokio::test]
async fn transfer_create() {
    let h = Harness::new("transfer_create").await;
    let r = h
        .client
        .transfer_create()
        .body_map(|b| {
            b.method("USDTTRC")
                .amount("25")
                .receiver("othercashdesk")
                .description("Settlement for January".to_owned())
        })
        .await
        .unwrap();
    h.assert_wire(
        Some(format!("25:USDTTRC:othercashdesk:{SALT}")),
        &[r#""amount":25,"#],
    )
    .await;
    assert_transfer(&r);
    assert_eq!(r.state, None);
    assert_eq!(r.created_at, None);
}

#[tokio::test]
async fn transfer_submit() {
    let h = Harness::new("transfer_submit").await;
    let r = h
        .client
        .transfer_submit()
        .body_map(|b| b.id(TRANSFER_ID))
        .await
        .unwrap();
    h.assert_wire(Some(format!("{TRANSFER_ID}:{SALT}")), &[r#""id":"4815162342""#])
        .await;
    assert_full_transfer(&r, "success");
}

#[tokio::test]
async fn transfer_cancel() {
    let h = Harness::new("transfer_cancel").await;
    let r = h
        .client
        .transfer_cancel()
        .body_map(|b| b.id(TRANSFER_ID))
        .await
        .unwrap();
    h.assert_wire(Some(format!("{TRANSFER_ID}:{SALT}")), &[]).await;
    assert_full_transfer(&r, "canceled");
}

#[tokio::test]
async fn transfer_info() {
    let h = Harness::new("transfer_info").await;
    let r = h
        .client
        .transfer_info()
        .body_map(|b| b.id(TRANSFER_ID))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_full_transfer(&r, "success");
}

#[tokio::test]
async fn ticker_list() {
    let h = Harness::new("ticker_list").await;
    let r = h.client.ticker_list().await.unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(
        r.tickers.unwrap(),
        ["BTC", "ETH", "USD", "USDT", "LTC", "TON", "EUR", "RUB"]
    );
}

#[tokio::test]
async fn ticker_get() {
    let h = Harness::new("ticker_get").await;
    let r = h
        .client
        .ticker_get()
        .body_map(|b| {
            b.tickers(vec!["BTC".to_owned(), "USDT".to_owned()])
                .base_currency("RUB".to_owned())
        })
        .await
        .unwrap();
    h.assert_wire(None, &[r#""tickers":["BTC","USDT"]"#]).await;
    assert_eq!(r.base_currency.as_deref(), Some("RUB"));
    let currencies = r.currencies.unwrap();
    assert_eq!(currencies.len(), 2);
    assert_eq!(dec(&currencies["BTC"].price), Some("8146000"));
    assert_eq!(dec(&currencies["USDT"].price), Some("81.46"));
}

#[tokio::test]
async fn report_invoice_history() {
    let h = Harness::new("report_invoice_history").await;
    let r = h
        .client
        .report_invoice_history()
        .body_map(|b| b.page(1_i64).items(20_i64).period(7_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""period":7"#]).await;
    assert_eq!(r.has_next_page, Some(payspec::Flag(false)));
    let items = r.items.unwrap();
    assert_eq!(items.len(), 1);
    let inv = &items[0];
    assert_eq!(inv.id.as_deref(), Some(INVOICE_ID));
    assert_eq!(inv.state, Some(types::InvoiceState::Payed));
    assert_eq!(inv.method.as_deref(), Some("USDTTRC"));
    assert_eq!(dec(&inv.amount), Some("100"));
    assert_eq!(dec(&inv.remaining_amount), Some("0"));
    assert_eq!(inv.final_at.as_deref(), Some("2024-01-10 11:20:05"));
}

/// Serves report history pages by the body's `page`: `pages[page - 1]` is (how many items,
/// the `has_next_page` member, if any); later pages are empty without the member.
struct HistoryPages {
    template: Value,
    pages: Vec<(usize, Option<Value>)>,
}

impl wiremock::Respond for HistoryPages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let page = usize::try_from(body["page"].as_u64().expect("a page")).unwrap();
        let (count, flag) = self.pages.get(page - 1).cloned().unwrap_or((0, None));
        let items: Vec<Value> = (0..count)
            .map(|i| {
                let mut item = self.template.clone();
                item["id"] = json!(format!("p{page}-{i}"));
                item
            })
            .collect();
        let mut answer = json!({"error": false, "errors": [], "items": items});
        if let Some(flag) = flag {
            answer["has_next_page"] = flag;
        }
        ResponseTemplate::new(200).set_body_json(answer)
    }
}

/// The ids every page of `report_invoice_history` streamed (3 a page) and the pages asked for.
async fn stream_history(pages: Vec<(usize, Option<Value>)>) -> (Vec<String>, Vec<u64>) {
    let server = MockServer::start().await;
    let template = response_example("report_invoice_history")["items"][0].clone();
    Mock::given(method("POST"))
        .and(path("/v3/report/invoice/history/"))
        .respond_with(HistoryPages { template, pages })
        .mount(&server)
        .await;
    let client = Client::with_credentials(&server.uri(), creds()).unwrap();
    let items = client
        .report_invoice_history()
        .body_map(|b| b.period(30))
        .stream_by(3)
        .collect_all()
        .await
        .unwrap();
    let ids = items.into_iter().map(|i| i.id.unwrap()).collect();
    let asked = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| {
            let body: Value = serde_json::from_slice(&r.body).unwrap();
            assert_eq!(
                (body["items"].clone(), body["period"].clone()),
                (json!(3), json!(30))
            );
            body["page"].as_u64().unwrap()
        })
        .collect();
    (ids, asked)
}

#[tokio::test]
async fn history_streams_follow_has_next_page_where_it_is_present() {
    // `false` after a full page: the stream ends there, page 2 is never asked for.
    let (ids, asked) = stream_history(vec![(3, Some(json!(false))), (3, None)]).await;
    assert_eq!(ids, ["p1-0", "p1-1", "p1-2"]);
    assert_eq!(asked, [1]);
    // `true` after a short page (a server that caps the page size): the next page is asked for.
    let (ids, asked) = stream_history(vec![
        (2, Some(json!(true))),
        (3, Some(json!(true))),
        (1, Some(json!(false))),
    ])
    .await;
    assert_eq!(ids, ["p1-0", "p1-1", "p2-0", "p2-1", "p2-2", "p3-0"]);
    assert_eq!(asked, [1, 2, 3]);
    // The flag as PHP may send it, `1` / `"0"`.
    let (ids, asked) = stream_history(vec![(1, Some(json!(1))), (3, Some(json!("0")))]).await;
    assert_eq!(ids, ["p1-0", "p2-0", "p2-1", "p2-2"]);
    assert_eq!(asked, [1, 2]);
    // Absent: a short page still ends the stream.
    let (ids, asked) = stream_history(vec![(3, None), (2, None), (3, None)]).await;
    assert_eq!(ids, ["p1-0", "p1-1", "p1-2", "p2-0", "p2-1"]);
    assert_eq!(asked, [1, 2]);
    // An empty page ends it whatever the flag says.
    let (ids, asked) = stream_history(vec![(3, Some(json!(true))), (0, Some(json!(true)))]).await;
    assert_eq!(ids, ["p1-0", "p1-1", "p1-2"]);
    assert_eq!(asked, [1, 2]);
}

#[tokio::test]
async fn report_invoice_summary() {
    let h = Harness::new("report_invoice_summary").await;
    let r = h
        .client
        .report_invoice_summary()
        .body_map(|b| b.period(30_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""period":30"#]).await;
    assert_eq!(dec(&r.payed_rub_amount), Some("81460"));
    assert_eq!(int(&r.payed_count), Some(10));
    assert_eq!(int(&r.total_count), Some(16));
    assert_eq!(dec(&r.conversion_percent), Some("62"));
}

#[tokio::test]
async fn report_payoff_history() {
    let h = Harness::new("report_payoff_history").await;
    let r = h
        .client
        .report_payoff_history()
        .body_map(|b| b.page(1_i64).items(20_i64).period(7_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.has_next_page, Some(payspec::Flag(false)));
    let items = r.items.unwrap();
    assert_eq!(items.len(), 1);
    assert_payoff_amounts(&items[0]);
    assert_eq!(items[0].state, Some(types::PayoffState::Payed));
    assert_eq!(items[0].final_at.as_deref(), Some("2024-01-10 11:15:42"));
}

#[tokio::test]
async fn report_payoff_summary() {
    let h = Harness::new("report_payoff_summary").await;
    let r = h
        .client
        .report_payoff_summary()
        .body_map(|b| b.period(30_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(dec(&r.payed_rub_amount), Some("12000"));
    assert_eq!(int(&r.payed_count), Some(3));
    assert_eq!(int(&r.total_count), Some(4));
    assert_eq!(dec(&r.conversion_percent), Some("75"));
}

#[tokio::test]
async fn report_swap_history() {
    let h = Harness::new("report_swap_history").await;
    let r = h
        .client
        .report_swap_history()
        .body_map(|b| b.page(1_i64).items(20_i64).period(7_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.has_next_page, Some(payspec::Flag(false)));
    let items = r.items.unwrap();
    assert_eq!(items.len(), 1);
    assert_swap(&items[0], "success");
}

#[tokio::test]
async fn report_transfer_history() {
    let h = Harness::new("report_transfer_history").await;
    let r = h
        .client
        .report_transfer_history()
        .body_map(|b| b.page(1_i64).items(20_i64).period(7_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.has_next_page, Some(payspec::Flag(false)));
    let items = r.items.unwrap();
    assert_eq!(items.len(), 1);
    assert_full_transfer(&items[0], "success");
}

#[tokio::test]
async fn callback_payoff_list() {
    let h = Harness::new("callback_payoff_list").await;
    let r = h
        .client
        .callback_payoff_list()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    let items = r.items.unwrap();
    assert_eq!(items.len(), 1);
    let d = &items[0];
    assert_eq!(d.url.as_deref(), Some("https://example.com/handler"));
    assert_eq!(d.state.as_deref(), Some("success"));
    assert_eq!(int(&d.attempts), Some(1));
    assert_eq!(d.last_response.as_deref(), Some("200 => OK"));
    assert_eq!(d.created_at.as_deref(), Some("2024-01-10 11:08:11"));
    assert_eq!(d.last_at.as_deref(), Some("2024-01-10 11:08:11"));
}

#[tokio::test]
async fn callback_invoice_list() {
    let h = Harness::new("callback_invoice_list").await;
    let r = h
        .client
        .callback_invoice_list()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    let items = r.items.unwrap();
    assert_eq!(items.len(), 1);
    let d = &items[0];
    assert_eq!(d.url.as_deref(), Some("https://example.com/crystalpay/callback"));
    assert_eq!(d.state.as_deref(), Some("success"));
    assert_eq!(int(&d.attempts), Some(1));
    assert_eq!(d.last_at.as_deref(), Some("2024-01-10 11:20:05"));
}

#[tokio::test]
async fn body_is_compact_json_with_sorted_keys_and_the_canonical_amount() {
    let h = Harness::new("payoff_create").await;
    h.client
        .payoff_create()
        .body_map(|b| {
            b.method("ETHEREUM")
                .wallet(ETH_WALLET)
                .amount("100.10")
                .subtract_from(types::SubtractFrom::Amount)
        })
        .await
        .unwrap();
    let raw = String::from_utf8(h.requests().await[0].body.clone()).unwrap();
    let signature = sha1_hex(&format!("100.1:ETHEREUM:{ETH_WALLET}:{SALT}"));
    assert_eq!(
        raw,
        format!(
            r#"{{"amount":100.1,"auth_login":"{LOGIN}","auth_secret":"{SECRET}","method":"ETHEREUM","signature":"{signature}","subtract_from":"amount","wallet":"{ETH_WALLET}"}}"#
        )
    );
}

#[tokio::test]
async fn payer_details_go_in_the_shape_the_caller_chooses() {
    for (details, wire) in [
        (
            types::PayerDetails::email("user@example.com"),
            r#""payer_details":{"email":"user@example.com"}"#,
        ),
        (
            types::PayerDetails::plain_email("user@example.com"),
            r#""payer_details":"user@example.com""#,
        ),
    ] {
        let server = catch_all_server().await;
        let client = Client::with_credentials(&server.uri(), creds()).unwrap();
        client
            .invoice_create()
            .body_map(|b| {
                b.amount("10")
                    .type_("purchase")
                    .lifetime(15)
                    .payer_details(details)
            })
            .await
            .unwrap();
        let got = bodies_by_path(&server).await;
        assert_eq!(got.len(), 1);
        let (path, raw) = &got[0];
        assert_eq!(path, "/v3/invoice/create/");
        assert_eq!(
            raw,
            &format!(
                r#"{{"amount":10,"auth_login":"{LOGIN}","auth_secret":"{SECRET}","lifetime":15,{wire},"type":"purchase"}}"#
            )
        );
    }
}

#[tokio::test]
async fn api_version_header_and_no_query_credentials() {
    let h = Harness::new("invoice_info").await;
    h.client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    let req = &h.requests().await[0];
    assert_eq!(req.headers.get("api-version").unwrap(), "3");
    assert_eq!(req.headers.get("accept").unwrap(), "application/json");
    assert!(req.headers.get("authorization").is_none());
    assert_eq!(req.url.query(), None);
}

// ------------------------------------------------------------------ 2. signatures

#[tokio::test]
async fn signatures_use_the_exact_text_of_each_field() {
    let server = catch_all_server().await;
    let client = Client::with_credentials(&server.uri(), creds()).unwrap();
    let btc_wallet = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";

    client
        .payoff_create()
        .body_map(|b| {
            b.method("BITCOIN")
                .wallet(btc_wallet)
                .amount("0.00050000")
                .subtract_from(types::SubtractFrom::Amount)
        })
        .await
        .unwrap();
    client.payoff_submit().body_map(|b| b.id("p-1")).await.unwrap();
    client.payoff_cancel().body_map(|b| b.id("p-2")).await.unwrap();
    client
        .swap_create()
        .body_map(|b| {
            b.pair_id(7)
                .amount("100.10")
                .amount_type(types::SwapAmountType::Target)
        })
        .await
        .unwrap();
    client.swap_submit().body_map(|b| b.id("s-1")).await.unwrap();
    client.swap_cancel().body_map(|b| b.id("s-2")).await.unwrap();
    client
        .transfer_create()
        .body_map(|b| b.method("USDTTRC").amount("1205,50").receiver("other-kassa"))
        .await
        .unwrap();
    client.transfer_submit().body_map(|b| b.id("17")).await.unwrap();
    client.transfer_cancel().body_map(|b| b.id("18")).await.unwrap();

    let expected: [(&str, String, &str); 9] = [
        (
            "/v3/payoff/create/",
            format!("0.0005:BITCOIN:{btc_wallet}:{SALT}"),
            r#""amount":0.0005,"#,
        ),
        ("/v3/payoff/submit/", format!("p-1:{SALT}"), r#""id":"p-1""#),
        ("/v3/payoff/cancel/", format!("p-2:{SALT}"), r#""id":"p-2""#),
        (
            "/v3/swap/create/",
            format!("100.1:7:{SALT}"),
            r#""amount":100.1,"#,
        ),
        ("/v3/swap/submit/", format!("s-1:{SALT}"), r#""id":"s-1""#),
        ("/v3/swap/cancel/", format!("s-2:{SALT}"), r#""id":"s-2""#),
        (
            "/v3/transfer/create/",
            format!("1205.5:USDTTRC:other-kassa:{SALT}"),
            r#""amount":1205.5,"#,
        ),
        ("/v3/transfer/submit/", format!("17:{SALT}"), r#""id":"17""#),
        ("/v3/transfer/cancel/", format!("18:{SALT}"), r#""id":"18""#),
    ];
    let got = bodies_by_path(&server).await;
    assert_eq!(got.len(), expected.len());
    for ((path, raw), (want_path, signed, fragment)) in got.iter().zip(&expected) {
        assert_eq!(path, want_path);
        let body: Value = serde_json::from_str(raw).unwrap();
        assert_eq!(
            body["signature"],
            json!(sha1_hex(signed)),
            "{path}: signature of {signed:?}"
        );
        assert_eq!(count(raw, "\"signature\""), 1, "{path}");
        assert!(raw.contains(fragment), "{path}: {fragment} not in {raw}");
    }
    // Spot-check values computed independently of payspec (Python's hashlib.sha1).
    let signature = |i: usize| serde_json::from_str::<Value>(&got[i].1).unwrap()["signature"].clone();
    assert_eq!(signature(0), "347b78fe089755233661ee62df40a3ad0b2a0d07");
    assert_eq!(signature(1), "bb2c110a54cf76ed0d4d020aebafb390185e971b");
    assert_eq!(signature(3), "2ce2a7a26b4b8630003a4cb0edf033daa842f237");
    assert_eq!(signature(6), "84423f7d7d06bde1ee54b3cdd15d47a8a66c34f5");
}

/// The `amount` member of a compact JSON `body` exactly as its text reads (not through a
/// number type).
fn raw_amount(body: &str) -> String {
    let rest = body.split_once(r#""amount":"#).expect("an amount").1;
    rest[..rest.find([',', '}']).expect("a member after it")].to_owned()
}

#[tokio::test]
async fn signed_amounts_are_sent_and_signed_in_one_canonical_text() {
    // (what the caller gives, what goes on the wire and into the signature)
    let cases = [
        ("100.00", "100"),
        ("150.50", "150.5"),
        ("0.00050000", "0.0005"),
        ("1000", "1000"),
        ("0.00000001", "0.00000001"),
        ("-0.0", "0"),
        (
            "123456789012345678901234567.1234567890",
            "123456789012345678901234567.123456789",
        ),
    ];
    for (given, canonical) in cases {
        let server = catch_all_server().await;
        let client = Client::with_credentials(&server.uri(), creds()).unwrap();
        client
            .payoff_create()
            .body_map(|b| {
                b.method("BITCOIN")
                    .wallet("w")
                    .amount(given)
                    .subtract_from(types::SubtractFrom::Balance)
            })
            .await
            .unwrap();
        client
            .swap_create()
            .body_map(|b| {
                b.pair_id(7)
                    .amount(given)
                    .amount_type(types::SwapAmountType::Source)
            })
            .await
            .unwrap();
        client
            .transfer_create()
            .body_map(|b| b.method("USDTTRC").amount(given).receiver("other-kassa"))
            .await
            .unwrap();
        let signed = [
            format!("{canonical}:BITCOIN:w:{SALT}"),
            format!("{canonical}:7:{SALT}"),
            format!("{canonical}:USDTTRC:other-kassa:{SALT}"),
        ];
        let got = bodies_by_path(&server).await;
        assert_eq!(got.len(), 3, "{given}");
        for ((path, raw), signed) in got.iter().zip(&signed) {
            assert_eq!(raw_amount(raw), canonical, "{path}: {given} on the wire: {raw}");
            let body: Value = serde_json::from_str(raw).unwrap();
            assert_eq!(
                body["signature"],
                json!(sha1_hex(signed)),
                "{path}: {given} signed as {signed:?}"
            );
        }
    }
    // Unsigned amounts keep the caller's digits: only the signed ones are canonical.
    let server = catch_all_server().await;
    let client = Client::with_credentials(&server.uri(), creds()).unwrap();
    client
        .invoice_create()
        .body_map(|b| b.amount("100.00").type_("purchase").lifetime(15))
        .await
        .unwrap();
    assert_eq!(raw_amount(&bodies_by_path(&server).await[0].1), "100.00");
}

#[tokio::test]
async fn signed_calls_without_salt_are_refused_before_sending() {
    let server = catch_all_server().await;
    let client = Client::with_credentials(&server.uri(), creds_without_salt()).unwrap();

    let results: Vec<(&str, Result<(), Error>)> = vec![
        (
            "payoff_create",
            client
                .payoff_create()
                .body_map(|b| {
                    b.method("ETHEREUM")
                        .wallet(ETH_WALLET)
                        .amount("0.0015")
                        .subtract_from(types::SubtractFrom::Balance)
                })
                .await
                .map(drop),
        ),
        (
            "payoff_submit",
            client
                .payoff_submit()
                .body_map(|b| b.id(PAYOFF_ID))
                .await
                .map(drop),
        ),
        (
            "payoff_cancel",
            client
                .payoff_cancel()
                .body_map(|b| b.id(PAYOFF_ID))
                .await
                .map(drop),
        ),
        (
            "swap_create",
            client
                .swap_create()
                .body_map(|b| {
                    b.pair_id(12)
                        .amount("100")
                        .amount_type(types::SwapAmountType::Source)
                })
                .await
                .map(drop),
        ),
        (
            "swap_submit",
            client.swap_submit().body_map(|b| b.id(SWAP_ID)).await.map(drop),
        ),
        (
            "swap_cancel",
            client.swap_cancel().body_map(|b| b.id(SWAP_ID)).await.map(drop),
        ),
        (
            "transfer_create",
            client
                .transfer_create()
                .body_map(|b| b.method("USDTTRC").amount("25").receiver("othercashdesk"))
                .await
                .map(drop),
        ),
        (
            "transfer_submit",
            client
                .transfer_submit()
                .body_map(|b| b.id(TRANSFER_ID))
                .await
                .map(drop),
        ),
        (
            "transfer_cancel",
            client
                .transfer_cancel()
                .body_map(|b| b.id(TRANSFER_ID))
                .await
                .map(drop),
        ),
    ];
    assert_eq!(results.len(), SIGNED.len());
    for ((op, result), (signed_op, _)) in results.iter().zip(SIGNED) {
        assert_eq!(*op, signed_op);
        let err = result.as_ref().unwrap_err();
        match err {
            Error::InvalidRequest {
                provider,
                operation,
                message,
            } => {
                assert_eq!(*provider, "crystalpay");
                assert_eq!(operation, op);
                assert!(message.contains("salt"), "{op}: {message}");
            }
            other => panic!("{op}: expected InvalidRequest, got {other:?}"),
        }
        assert_eq!(err.operation(), *op);
        assert_clean(err);
    }
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing may be sent"
    );

    // Unsigned calls work without the salt and carry no signature.
    let r = client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    assert_eq!(r.id, None);
    let got = bodies_by_path(&server).await;
    assert_eq!(got.len(), 1);
    let body: Value = serde_json::from_str(&got[0].1).unwrap();
    assert_eq!(
        body,
        json!({"id": INVOICE_ID, "auth_login": LOGIN, "auth_secret": SECRET})
    );
}

#[tokio::test]
async fn unsigned_calls_carry_no_signature() {
    let server = catch_all_server().await;
    let client = Client::with_credentials(&server.uri(), creds()).unwrap();
    client
        .invoice_create()
        .body_map(|b| b.amount("150.50").type_("purchase").lifetime(15))
        .await
        .unwrap();
    client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    client.payoff_info().body_map(|b| b.id(PAYOFF_ID)).await.unwrap();
    client.swap_info().body_map(|b| b.id(SWAP_ID)).await.unwrap();
    client
        .transfer_info()
        .body_map(|b| b.id(TRANSFER_ID))
        .await
        .unwrap();
    client.me_info().await.unwrap();
    let got = bodies_by_path(&server).await;
    assert_eq!(got.len(), 6);
    for (path, raw) in &got {
        assert!(!raw.contains("signature"), "{path}: {raw}");
        assert_eq!(count(raw, SECRET), 1, "{path}: {raw}");
    }
    let create: Value = serde_json::from_str(&got[0].1).unwrap();
    assert_eq!(
        create,
        json!({"amount": 150.50, "type": "purchase", "lifetime": 15, "auth_login": LOGIN, "auth_secret": SECRET})
    );
    assert!(got[0].1.contains(r#""amount":150.50,"#), "{}", got[0].1);
}

#[tokio::test]
async fn a_missing_required_field_is_refused_before_sending() {
    let server = catch_all_server().await;
    let client = Client::with_credentials(&server.uri(), creds()).unwrap();
    let err = client
        .invoice_create()
        .body_map(|b| b.type_("topup").lifetime(15))
        .await
        .unwrap_err();
    match &err {
        Error::InvalidRequest {
            operation, message, ..
        } => {
            assert_eq!(*operation, "invoice_create");
            assert!(message.contains("amount"), "{message}");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    let err = client
        .payoff_create()
        .body_map(|b| b.amount("1e5"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            &err,
            Error::InvalidRequest {
                operation: "payoff_create",
                ..
            }
        ),
        "{err:?}"
    );
    assert_clean(&err);
    assert!(server.received_requests().await.unwrap().is_empty());
}

// ------------------------------------------------------------------ 3. tolerant decoding

#[tokio::test]
async fn balance_list_empty_array_is_an_empty_map() {
    let h = Harness::json("balance_list", json!({"error": false, "errors": [], "items": []})).await;
    let r = h.client.balance_list().await.unwrap();
    assert!(r.items.unwrap().is_empty());
    // Default body: just the credentials.
    let body: Value = serde_json::from_slice(&h.requests().await[0].body).unwrap();
    assert_eq!(body, json!({"auth_login": LOGIN, "auth_secret": SECRET}));
}

#[tokio::test]
async fn balance_list_reference_object_example() {
    // https://docs.crystalpay.io/metody-api/balance-balansy/poluchenie-spiska-balansov, verbatim.
    let body = r#"{"error": false, "errors": [], "items": {"BITCOIN": {"name": "Bitcoin", "amount": "0.0005", "currency": "BTC", "amount_accuracy": 8}, "USDTTRC": {"name": "USDT TRC-20", "amount": "100.1", "currency": "USDT", "amount_accuracy": 6}}}"#;
    let h = Harness::raw("balance_list", 200, body, "application/json").await;
    let items = h
        .client
        .balance_list()
        .body_map(|b| b.hide_empty(true))
        .await
        .unwrap()
        .items
        .unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(dec(&items["BITCOIN"].amount), Some("0.0005"));
    assert_eq!(int(&items["BITCOIN"].amount_accuracy), Some(8));
    assert_eq!(items["USDTTRC"].name.as_deref(), Some("USDT TRC-20"));
    assert_eq!(dec(&items["USDTTRC"].amount), Some("100.1"));
}

#[tokio::test]
async fn other_empty_collections_decode_as_empty() {
    let empty = json!({"error": false, "errors": [], "items": []});
    let h = Harness::json("method_list", empty.clone()).await;
    assert!(h.client.method_list().await.unwrap().items.unwrap().is_empty());
    let h = Harness::json("swap_pair_list", empty.clone()).await;
    assert!(h.client.swap_pair_list().await.unwrap().items.unwrap().is_empty());
    let h = Harness::json("report_invoice_history", empty.clone()).await;
    assert!(
        h.client
            .report_invoice_history()
            .await
            .unwrap()
            .items
            .unwrap()
            .is_empty()
    );
    let h = Harness::json(
        "callback_payoff_list",
        json!({"error": false, "errors": [], "items": null}),
    )
    .await;
    let r = h
        .client
        .callback_payoff_list()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap();
    assert_eq!(r.items, None);
    let h = Harness::json(
        "ticker_get",
        json!({"error": false, "errors": [], "currencies": []}),
    )
    .await;
    let r = h
        .client
        .ticker_get()
        .body_map(|b| b.tickers(vec!["BTC".to_owned()]))
        .await
        .unwrap();
    assert!(r.currencies.unwrap().is_empty());
}

#[tokio::test]
async fn unknown_enum_values_decode_as_other() {
    let h = Harness::json(
        "invoice_info",
        json!({"error": false, "errors": [], "id": INVOICE_ID, "state": "refunded", "type": "subscription", "subtract_from": "merchant"}),
    )
    .await;
    let r = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    assert_eq!(r.state, Some(types::InvoiceState::Other("refunded".into())));
    assert_eq!(r.state.as_ref().unwrap().as_str(), "refunded");
    assert_eq!(r.type_, Some(types::InvoiceType::Other("subscription".into())));
    assert_eq!(
        r.subtract_from,
        Some(types::SubtractFrom::Other("merchant".into()))
    );

    let h = Harness::json(
        "payoff_info",
        json!({"error": false, "errors": [], "state": "frozen"}),
    )
    .await;
    let r = h
        .client
        .payoff_info()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap();
    assert_eq!(r.state, Some(types::PayoffState::Other("frozen".into())));
}

#[tokio::test]
async fn known_invoice_states_decode_to_their_variants() {
    for (wire, state) in [
        ("notpayed", types::InvoiceState::Notpayed),
        ("processing", types::InvoiceState::Processing),
        ("wrongamount", types::InvoiceState::Wrongamount),
        ("failed", types::InvoiceState::Failed),
        ("payed", types::InvoiceState::Payed),
        ("unavailable", types::InvoiceState::Unavailable),
    ] {
        let h = Harness::json(
            "invoice_info",
            json!({"error": false, "errors": [], "state": wire}),
        )
        .await;
        let r = h
            .client
            .invoice_info()
            .body_map(|b| b.id(INVOICE_ID))
            .await
            .unwrap();
        assert_eq!(r.state, Some(state), "{wire}");
    }
}

#[tokio::test]
async fn amounts_as_numbers_or_strings_decode_exactly() {
    for body in [
        r#"{"error":false,"errors":[],"amount":100.5,"rub_amount":8146,"initial_amount":0.0005,"remaining_amount":"0.00050000","balance_amount":"100,5","commission_amount":"0"}"#,
        r#"{"error":false,"errors":[],"amount":"100.5","rub_amount":"8146","initial_amount":"0.0005","remaining_amount":"0.00050000","balance_amount":"100.5","commission_amount":0}"#,
    ] {
        let h = Harness::raw("invoice_info", 200, body, "application/json").await;
        let r = h
            .client
            .invoice_info()
            .body_map(|b| b.id(INVOICE_ID))
            .await
            .unwrap();
        assert_eq!(dec(&r.amount), Some("100.5"), "{body}");
        assert_eq!(dec(&r.rub_amount), Some("8146"), "{body}");
        assert_eq!(dec(&r.initial_amount), Some("0.0005"), "{body}");
        assert_eq!(dec(&r.remaining_amount), Some("0.00050000"), "{body}");
        assert_eq!(dec(&r.balance_amount), Some("100.5"), "{body}");
        assert_eq!(dec(&r.commission_amount), Some("0"), "{body}");
    }
}

#[tokio::test]
async fn loose_scalars_and_nulls_decode() {
    let h = Harness::json(
        "balance_get",
        json!({"error": false, "errors": [], "method": null, "amount": 100.1, "amount_accuracy": "6"}),
    )
    .await;
    let r = h
        .client
        .balance_get()
        .body_map(|b| b.method("USDTTRC"))
        .await
        .unwrap();
    assert_eq!(r.method, None);
    assert_eq!(dec(&r.amount), Some("100.1"));
    assert_eq!(int(&r.amount_accuracy), Some(6));

    let h = Harness::json(
        "me_info",
        json!({"id": "123456789", "status_level": "2", "unknown": [1, 2]}),
    )
    .await;
    let r = h.client.me_info().await.unwrap();
    assert_eq!(text(&r.id), Some("123456789"));
    assert_eq!(int(&r.status_level), Some(2));

    let h = Harness::json(
        "ticker_get",
        json!({"currencies": {"BTC": {"price": 8146000.5}, "USDT": {"price": "81,46"}}}),
    )
    .await;
    let r = h
        .client
        .ticker_get()
        .body_map(|b| b.tickers(vec!["BTC".to_owned()]))
        .await
        .unwrap();
    let c = r.currencies.unwrap();
    assert_eq!(dec(&c["BTC"].price), Some("8146000.5"));
    assert_eq!(dec(&c["USDT"].price), Some("81.46"));
}

// ------------------------------------------------------------------ 4. errors

#[tokio::test]
async fn error_envelope_at_http_200_is_a_provider_error() {
    let body = r#"{"error":true,"errors":["`amount` field is required"]}"#;
    let h = Harness::raw("invoice_create", 200, body, "application/json").await;
    let err = h
        .client
        .invoice_create()
        .body_map(|b| b.amount("100").type_("topup").lifetime(15))
        .await
        .unwrap_err();
    let p = provider_error(&err);
    assert_eq!(p.provider, "crystalpay");
    assert_eq!(p.operation, "invoice_create");
    assert_eq!(p.status, 200);
    assert_eq!(p.code, None);
    assert_eq!(p.messages, ["`amount` field is required"]);
    assert_eq!(p.raw, body);
    assert_eq!(err.operation(), "invoice_create");
    assert_eq!(err.provider_error(), Some(p));
    assert_eq!(
        err.to_string(),
        "crystalpay invoice_create: `amount` field is required"
    );
    assert_clean(&err);
}

#[tokio::test]
async fn several_messages_keep_their_order() {
    let messages = [
        "`amount` field is required",
        "`type` field is required",
        "`lifetime` field is required",
    ];
    let h = Harness::json("invoice_create", json!({"error": true, "errors": messages})).await;
    let err = h
        .client
        .invoice_create()
        .body_map(|b| b.amount("1").type_("topup").lifetime(1))
        .await
        .unwrap_err();
    let p = provider_error(&err);
    assert_eq!(p.messages, messages);
    assert_eq!(p.message(), messages.join("; "));
    assert_eq!(
        err.to_string(),
        format!("crystalpay invoice_create: {}", messages.join("; "))
    );
    assert_clean(&err);
}

#[tokio::test]
async fn auth_messages_are_authentication_errors() {
    for message in [
        "Invalid auth_login or auth_secret",
        "`auth_secret` field is required",
        "AUTH_LOGIN not found",
        "Ошибка авторизации",
    ] {
        let h = Harness::json("me_info", json!({"error": true, "errors": [message]})).await;
        let err = h.client.me_info().await.unwrap_err();
        let p = authentication_error(&err);
        assert_eq!(p.messages, [message]);
        assert_eq!(p.operation, "me_info");
        assert_eq!(p.status, 200);
        assert!(
            err.to_string()
                .starts_with(&format!("crystalpay me_info: {message}: ")),
            "{err}"
        );
        assert_clean(&err);
    }
    // A refusal that is not about the credentials stays a provider error.
    let h = Harness::json(
        "payoff_submit",
        json!({"error": true, "errors": ["Invalid signature"]}),
    )
    .await;
    let err = h
        .client
        .payoff_submit()
        .body_map(|b| b.id(PAYOFF_ID))
        .await
        .unwrap_err();
    assert_eq!(provider_error(&err).messages, ["Invalid signature"]);
}

#[tokio::test]
async fn truthy_error_flags_are_refusals_and_falsy_ones_are_not() {
    for flag in [json!(true), json!(1), json!("1"), json!("true")] {
        let h = Harness::json(
            "invoice_info",
            json!({"error": flag, "errors": ["Invoice not found"]}),
        )
        .await;
        let err = h
            .client
            .invoice_info()
            .body_map(|b| b.id("nope"))
            .await
            .unwrap_err();
        assert_eq!(
            provider_error(&err).messages,
            ["Invoice not found"],
            "error: {flag}"
        );
    }
    let h = Harness::json("invoice_info", json!({"error": true})).await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id("nope"))
        .await
        .unwrap_err();
    assert!(provider_error(&err).messages.is_empty());
    assert_eq!(
        err.to_string(),
        "crystalpay invoice_info: the provider refused the call (HTTP 200)"
    );

    for flag in [json!(false), json!(0), json!("0"), json!(""), json!(null)] {
        let h = Harness::json(
            "invoice_info",
            json!({"error": flag, "errors": [], "id": INVOICE_ID}),
        )
        .await;
        let r = h
            .client
            .invoice_info()
            .body_map(|b| b.id(INVOICE_ID))
            .await
            .unwrap();
        assert_eq!(r.id.as_deref(), Some(INVOICE_ID), "error: {flag}");
    }
}

#[tokio::test]
async fn http_500_with_html_is_a_status_error() {
    let html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let h = Harness::raw("invoice_info", 500, html, "text/html").await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap_err();
    match &err {
        Error::Status {
            provider,
            operation,
            status,
            excerpt,
        } => {
            assert_eq!(*provider, "crystalpay");
            assert_eq!(*operation, "invoice_info");
            assert_eq!(*status, 500);
            assert_eq!(excerpt, html);
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        format!(
            "crystalpay invoice_info: unexpected HTTP status 500 (a server-side failure: retry later; \
             check whether the call went through before repeating one that moves money): {html}"
        )
    );
    assert_clean(&err);
}

#[tokio::test]
async fn http_500_with_an_error_envelope_is_a_provider_error() {
    let h = Harness::raw(
        "invoice_info",
        500,
        r#"{"error":true,"errors":["Internal error"]}"#,
        "application/json",
    )
    .await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap_err();
    let p = provider_error(&err);
    assert_eq!(
        (p.status, p.messages.as_slice()),
        (500, ["Internal error".to_owned()].as_slice())
    );
}

#[tokio::test]
async fn http_401_without_body_is_an_authentication_error() {
    let h = Harness::raw("me_info", 401, "", "text/plain").await;
    let err = h.client.me_info().await.unwrap_err();
    let p = authentication_error(&err);
    assert_eq!((p.status, p.operation), (401, "me_info"));
    assert!(p.messages.is_empty());
    assert_clean(&err);
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let body = r#"{"error":false,"errors":[],"id":"123456789_abcdefghij","state":"pay"#;
    let h = Harness::raw("invoice_info", 200, body, "application/json").await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            provider,
            operation,
            message,
            excerpt,
        } => {
            assert_eq!(*provider, "crystalpay");
            assert_eq!(*operation, "invoice_info");
            assert!(!message.is_empty());
            assert_eq!(excerpt, body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert_eq!(err.operation(), "invoice_info");
    assert!(
        err.to_string()
            .starts_with("crystalpay invoice_info: could not decode the response (")
    );
    assert!(
        err.to_string().ends_with(&format!("body starts: {body}")),
        "{err}"
    );
    assert_clean(&err);
}

#[tokio::test]
async fn a_body_off_the_schema_is_a_decode_error() {
    let body = r#"{"error":false,"errors":[],"id":"x","amount":"12 abc"}"#;
    let h = Harness::raw("invoice_info", 200, body, "application/json").await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            operation,
            message,
            excerpt,
            ..
        } => {
            assert_eq!(*operation, "invoice_info");
            assert!(message.contains("12 abc"), "{message}");
            assert_eq!(excerpt, body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

/// PHP backends send `errors` in other shapes too; `error: true` must stay a refusal whatever
/// the shape of `errors`, never fall through to a (field-less) success.
#[tokio::test]
async fn error_envelope_with_oddly_shaped_errors_is_still_a_refusal() {
    for (errors, expected) in [
        (json!("Invoice not found"), "Invoice not found"),
        (
            json!([{"field": "id", "message": "Invoice not found"}]),
            "Invoice not found",
        ),
        (json!({"id": "Invoice not found"}), "Invoice not found"),
        (json!([404, "Invoice not found"]), "Invoice not found"),
    ] {
        let h = Harness::json("invoice_info", json!({"error": true, "errors": errors})).await;
        let err = h
            .client
            .invoice_info()
            .body_map(|b| b.id("nope"))
            .await
            .unwrap_err();
        let p = provider_error(&err);
        assert!(
            p.messages.iter().any(|m| m.contains(expected)),
            "errors: {errors} gave {:?}",
            p.messages
        );
        assert_eq!(p.operation, "invoice_info");
    }
}

// ------------------------------------------------------------------ 5. callbacks

fn callback_example() -> Value {
    let ex = spec()["components"]["schemas"]["InvoiceCallback"]["example"].clone();
    assert_eq!(ex["id"], INVOICE_ID);
    ex
}

fn signed_callback(mut body: Value, signature: &str) -> Vec<u8> {
    body["signature"] = json!(signature);
    serde_json::to_vec(&body).unwrap()
}

#[test]
fn callback_with_valid_signature_is_decoded() {
    let sig = sha1_hex(&format!("{INVOICE_ID}:{SALT}"));
    let body = signed_callback(callback_example(), &sig);
    let cb = verify_callback(&body, &creds()).unwrap();
    assert_eq!(cb.signature.as_deref(), Some(sig.as_str()));
    assert_eq!(cb.id.as_deref(), Some(INVOICE_ID));
    assert_eq!(cb.state, Some(types::InvoiceState::Payed));
    assert_eq!(cb.type_, Some(types::InvoiceType::Purchase));
    assert_eq!(cb.subtract_from, Some(types::SubtractFrom::Amount));
    assert_eq!(cb.method.as_deref(), Some("BITCOIN"));
    assert_eq!(cb.required_method, None);
    assert_eq!(dec(&cb.rub_amount), Some("8146"));
    assert_eq!(dec(&cb.amount), Some("100"));
    assert_eq!(dec(&cb.remaining_amount), Some("0"));
    assert_eq!(dec(&cb.balance_amount), Some("100"));
    assert_eq!(
        cb.callback_url.as_deref(),
        Some("https://example.com/crystalpay.php")
    );
    assert_eq!(cb.merchant_extra(), None);
    assert_eq!(cb.final_at.as_deref(), Some("2024-01-10 11:20:05"));
}

#[test]
fn callback_reference_v2_example_is_decoded() {
    // https://docs.crystalpay.io/2/callback/uvedomlenie-ob-oplate (v2 field names, numeric
    // amounts), re-signed with our salt.
    let v2 = r#"{"signature": "9eabbecc21c8bc968b73291bb19def2a10c8251c", "id": "123456789_abcdefghij", "url": "https://pay.crystalpay.io/?i=123456789_abcdefghij",
 "state": "payed", "type": "purchase", "method": "BITCOIN", "required_method": "", "currency": "BTC", "service_commission": 0,
 "extra_commission": 0, "amount": 100, "pay_amount": 0.1, "remaining_amount": 0.1, "balance_amount": 0.1, "description": "",
 "redirect_url": "https://crystalpay.io/", "callback_url": "https://example.com/crystalpay.php", "extra": "",
 "created_at": "2023-01-01 00:00:00", "expired_at": "2023-01-03 12:34:56"}"#;
    let as_sent: Value = serde_json::from_str(v2).unwrap();
    assert_eq!(
        verify_callback(v2.as_bytes(), &creds()).unwrap_err(),
        WebhookError::BadSignature,
        "the documented signature was made with another salt"
    );
    let body = signed_callback(as_sent, &sha1_hex(&format!("{INVOICE_ID}:{SALT}")));
    let cb = verify_callback(&body, &creds()).unwrap();
    assert_eq!(cb.state, Some(types::InvoiceState::Payed));
    assert_eq!(dec(&cb.amount), Some("100"));
    assert_eq!(dec(&cb.remaining_amount), Some("0.1"));
    assert_eq!(cb.required_method.as_deref(), Some(""));
    assert_eq!(cb.currency.as_deref(), Some("BTC"));
    assert_eq!(cb.expired_at.as_deref(), Some("2023-01-03 12:34:56"));
}

#[test]
fn callback_uppercase_signature_is_accepted() {
    let sig = sha1_hex(&format!("{INVOICE_ID}:{SALT}")).to_uppercase();
    let cb = verify_callback(&signed_callback(callback_example(), &sig), &creds()).unwrap();
    assert_eq!(cb.id.as_deref(), Some(INVOICE_ID));
}

#[test]
fn callback_with_wrong_signature_is_rejected() {
    // The spec example's own signature was made with another salt.
    let example = serde_json::to_vec(&callback_example()).unwrap();
    assert_eq!(
        verify_callback(&example, &creds()).unwrap_err(),
        WebhookError::BadSignature
    );

    for wrong in [
        sha1_hex(&format!("{INVOICE_ID}:wrong-salt")),
        sha1_hex(&format!("123456789_other:{SALT}")),
        sha1_hex(&format!("{INVOICE_ID}{SALT}")),
        "0".repeat(40),
    ] {
        let err = verify_callback(&signed_callback(callback_example(), &wrong), &creds()).unwrap_err();
        assert_eq!(err, WebhookError::BadSignature, "{wrong}");
        assert_no_secret("webhook error", &format!("{err} {err:?}"));
    }

    // A valid signature moved onto another invoice id is rejected.
    let mut moved = callback_example();
    moved["id"] = json!("123456789_other");
    let err = verify_callback(
        &signed_callback(moved, &sha1_hex(&format!("{INVOICE_ID}:{SALT}"))),
        &creds(),
    )
    .unwrap_err();
    assert_eq!(err, WebhookError::BadSignature);
}

#[test]
fn callback_without_signature_or_id_is_rejected() {
    let mut body = callback_example();
    body.as_object_mut().unwrap().remove("signature");
    let err = verify_callback(&serde_json::to_vec(&body).unwrap(), &creds()).unwrap_err();
    assert_eq!(err, WebhookError::MissingSignature);
    // An empty signature is no signature either.
    let err = verify_callback(&signed_callback(callback_example(), ""), &creds()).unwrap_err();
    assert_eq!(err, WebhookError::MissingSignature);

    let mut body = callback_example();
    body.as_object_mut().unwrap().remove("id");
    let err = verify_callback(
        &signed_callback(body, &sha1_hex(&format!("{INVOICE_ID}:{SALT}"))),
        &creds(),
    )
    .unwrap_err();
    assert_eq!(err, WebhookError::MissingField("id"));
}

#[test]
fn callback_needs_the_salt() {
    let body = signed_callback(callback_example(), &sha1_hex(&format!("{INVOICE_ID}:{SALT}")));
    assert_eq!(
        verify_callback(&body, &creds_without_salt()).unwrap_err(),
        WebhookError::MissingKey
    );
}

#[test]
fn malformed_callback_is_rejected() {
    for body in [&b"{not json"[..], b"", b"[1,2]", b"\"payed\""] {
        match verify_callback(body, &creds()) {
            Err(WebhookError::Malformed(message)) => assert!(!message.is_empty()),
            other => panic!(
                "{:?}: expected Malformed, got {other:?}",
                String::from_utf8_lossy(body)
            ),
        }
    }
    // Correctly signed but off the schema: still malformed, not accepted.
    let mut body = callback_example();
    body["amount"] = json!("not a number");
    let body = signed_callback(body, &sha1_hex(&format!("{INVOICE_ID}:{SALT}")));
    assert!(matches!(
        verify_callback(&body, &creds()),
        Err(WebhookError::Malformed(_))
    ));
}

// ------------------------------------------------------------------ 6. secrets

#[test]
fn debug_of_credentials_and_client_hides_secrets() {
    let c = creds();
    let shown = format!("{c:?}");
    assert!(shown.contains(LOGIN), "{shown}");
    assert_no_secret("Credentials Debug", &shown);
    assert_no_secret("Credentials {:#?}", &format!("{c:#?}"));
    assert_no_secret("Credentials without salt", &format!("{:?}", creds_without_salt()));

    let client = Client::with_credentials(payspec_crystalpay::BASE_URL, creds()).unwrap();
    let shown = format!("{client:?}");
    assert!(shown.contains(LOGIN), "{shown}");
    assert_no_secret("Client Debug", &shown);
    assert_no_secret("Client {:#?}", &format!("{client:#?}"));
    assert_no_secret(
        "builder Debug",
        &format!("{:?}", client.invoice_info().body_map(|b| b.id("x"))),
    );
}

#[tokio::test]
async fn decode_error_echoing_secrets_is_redacted() {
    let body = format!(
        r#"{{"error":false,"errors":[],"id":"x","description":"salt is {SALT}","amount":"{SECRET}"}}"#
    );
    let h = Harness::raw("invoice_info", 200, &body, "application/json").await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap_err();
    match &err {
        Error::Decode { message, excerpt, .. } => {
            assert_eq!(
                excerpt,
                &body.replace(SECRET, "[redacted]").replace(SALT, "[redacted]")
            );
            assert_eq!(count(excerpt, "[redacted]"), 2, "{excerpt}");
            assert!(message.contains("[redacted]"), "{message}");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert_clean(&err);
}

#[tokio::test]
async fn long_body_with_a_secret_across_the_excerpt_cut_is_redacted() {
    // The secret starts 7 bytes before the cut: no prefix of it may survive the cut.
    let cut = payspec::hooks::EXCERPT_BYTES;
    let start = cut - 7;
    let prefix = format!(r#"{{"amount":"{}"#, "x".repeat(start - 11));
    assert_eq!(prefix.len(), start);
    let body = format!(r#"{prefix}{SECRET}"}}"#);
    let h = Harness::raw("invoice_info", 200, &body, "application/json").await;
    let err = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap_err();
    match &err {
        Error::Decode { message, excerpt, .. } => {
            // Through `.await` the answer reaches `finish` as received (only a raw `.send()`
            // has it redacted before progenitor's `send()` sees it): the total is its own.
            assert_eq!(excerpt, &format!("{prefix}[redact… ({} bytes)", body.len()));
            assert!(message.contains("[redacted]"), "{message}");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert!(!err.to_string().contains("SECRET"), "{err}");
    assert_clean(&err);
}

#[tokio::test]
async fn provider_errors_echoing_secrets_are_redacted() {
    let h = Harness::json(
        "payoff_create",
        json!({"error": true, "errors": [format!("wallet {SECRET} rejected"), format!("salt {SALT}")]}),
    )
    .await;
    let err = h
        .client
        .payoff_create()
        .body_map(|b| {
            b.method("ETHEREUM")
                .wallet(ETH_WALLET)
                .amount("0.0015")
                .subtract_from(types::SubtractFrom::Balance)
        })
        .await
        .unwrap_err();
    let p = provider_error(&err);
    assert_eq!(p.messages, ["wallet [redacted] rejected", "salt [redacted]"]);
    assert_eq!(count(&p.raw, "[redacted]"), 2, "{}", p.raw);
    assert_clean(&err);

    let h = Harness::json(
        "me_info",
        json!({"error": true, "errors": [format!("auth_secret {SECRET} is invalid")]}),
    )
    .await;
    let err = h.client.me_info().await.unwrap_err();
    assert_eq!(
        authentication_error(&err).messages,
        ["auth_secret [redacted] is invalid"]
    );
    assert_clean(&err);
}

#[tokio::test]
async fn status_error_echoing_the_secret_is_redacted() {
    let html = format!("<html><body>bad request: auth_secret={SECRET}</body></html>");
    let h = Harness::raw("me_info", 502, &html, "text/html").await;
    let err = h.client.me_info().await.unwrap_err();
    match &err {
        Error::Status { status, excerpt, .. } => {
            assert_eq!(*status, 502);
            assert_eq!(
                excerpt,
                "<html><body>bad request: auth_secret=[redacted]</body></html>"
            );
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
    assert_clean(&err);
}

#[tokio::test]
async fn transport_error_hides_secrets() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::with_credentials(&format!("http://127.0.0.1:{port}"), creds()).unwrap();
    let err = client
        .payoff_create()
        .body_map(|b| {
            b.method("ETHEREUM")
                .wallet(ETH_WALLET)
                .amount("0.0015")
                .subtract_from(types::SubtractFrom::Balance)
        })
        .await
        .unwrap_err();
    match &err {
        Error::Transport {
            provider, operation, ..
        } => {
            assert_eq!((*provider, *operation), ("crystalpay", "payoff_create"));
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("crystalpay payoff_create: request failed: "),
        "{err}"
    );
    assert!(
        !format!("{err:?}").contains("/v3/"),
        "the URL is stripped: {err:?}"
    );
    assert_clean(&err);
}

/// PHP's `json_encode` escapes `/` as `\/` (and non-ASCII as `\uXXXX`), so a secret echoed in
/// a body is not always byte-for-byte the secret: the excerpts (`ProviderError::raw`,
/// `Error::Decode::excerpt`, `Error::Status::excerpt`) must not carry it in escaped form.
#[tokio::test]
async fn json_escaped_secret_in_an_echoed_body_is_redacted() {
    let secret = "SECRET/value";
    let body = r#"{"error":true,"errors":["bad auth_secret: SECRET\/value"]}"#;
    let h = Harness::raw("me_info", 200, body, "application/json").await;
    let client = Client::with_credentials(&h.server.uri(), Credentials::new(LOGIN, secret).unwrap()).unwrap();
    let err = client.me_info().await.unwrap_err();
    let p = authentication_error(&err);
    assert_eq!(p.messages, ["bad auth_secret: [redacted]"]);
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains(r"SECRET\/value") && !shown.contains(r"SECRET\\/value"),
        "{shown}"
    );
}

#[test]
fn callback_with_a_numeric_id_is_verified_and_decoded() {
    let mut body = callback_example();
    body["id"] = json!(123456789);
    let sig = sha1_hex(&format!("123456789:{SALT}"));
    let cb = verify_callback(&signed_callback(body, &sig), &creds()).unwrap();
    assert_eq!(cb.id.as_deref(), Some("123456789"));
    assert_eq!(cb.state, Some(types::InvoiceState::Payed));
}

// ------------------------------------------------------------------ retries

/// Calls `op` with the spec's request example as its body; the answer is discarded.
async fn call(client: &Client, op: &str) -> Result<(), Error> {
    macro_rules! example {
        ($op:ident, $ty:ident) => {
            serde_json::from_value::<types::$ty>(request_example(stringify!($op))).unwrap()
        };
    }
    match op {
        "me_info" => client.me_info().await.map(drop),
        "balance_list" => client
            .balance_list()
            .body(example!(balance_list, BalanceListRequest))
            .await
            .map(drop),
        "balance_get" => client
            .balance_get()
            .body(example!(balance_get, BalanceGetRequest))
            .await
            .map(drop),
        "method_list" => client
            .method_list()
            .body(example!(method_list, MethodListRequest))
            .await
            .map(drop),
        "method_get" => client
            .method_get()
            .body(example!(method_get, MethodGetRequest))
            .await
            .map(drop),
        "method_edit" => client
            .method_edit()
            .body(example!(method_edit, MethodEditRequest))
            .await
            .map(drop),
        "invoice_create" => client
            .invoice_create()
            .body(example!(invoice_create, InvoiceCreateRequest))
            .await
            .map(drop),
        "invoice_info" => client
            .invoice_info()
            .body(example!(invoice_info, InvoiceIdRequest))
            .await
            .map(drop),
        "payoff_create" => client
            .payoff_create()
            .body(example!(payoff_create, PayoffCreateRequest))
            .await
            .map(drop),
        "payoff_submit" => client
            .payoff_submit()
            .body(example!(payoff_submit, PayoffIdRequest))
            .await
            .map(drop),
        "payoff_cancel" => client
            .payoff_cancel()
            .body(example!(payoff_cancel, PayoffIdRequest))
            .await
            .map(drop),
        "payoff_info" => client
            .payoff_info()
            .body(example!(payoff_info, PayoffIdRequest))
            .await
            .map(drop),
        "swap_pair_list" => client
            .swap_pair_list()
            .body(example!(swap_pair_list, SwapPairListRequest))
            .await
            .map(drop),
        "swap_pair_get" => client
            .swap_pair_get()
            .body(example!(swap_pair_get, SwapPairGetRequest))
            .await
            .map(drop),
        "swap_create" => client
            .swap_create()
            .body(example!(swap_create, SwapCreateRequest))
            .await
            .map(drop),
        "swap_submit" => client
            .swap_submit()
            .body(example!(swap_submit, SwapIdRequest))
            .await
            .map(drop),
        "swap_cancel" => client
            .swap_cancel()
            .body(example!(swap_cancel, SwapIdRequest))
            .await
            .map(drop),
        "swap_info" => client
            .swap_info()
            .body(example!(swap_info, SwapIdRequest))
            .await
            .map(drop),
        "transfer_create" => client
            .transfer_create()
            .body(example!(transfer_create, TransferCreateRequest))
            .await
            .map(drop),
        "transfer_submit" => client
            .transfer_submit()
            .body(example!(transfer_submit, TransferIdRequest))
            .await
            .map(drop),
        "transfer_cancel" => client
            .transfer_cancel()
            .body(example!(transfer_cancel, TransferIdRequest))
            .await
            .map(drop),
        "transfer_info" => client
            .transfer_info()
            .body(example!(transfer_info, TransferIdRequest))
            .await
            .map(drop),
        "ticker_list" => client.ticker_list().await.map(drop),
        "ticker_get" => client
            .ticker_get()
            .body(example!(ticker_get, TickerGetRequest))
            .await
            .map(drop),
        "report_invoice_history" => client
            .report_invoice_history()
            .body(example!(report_invoice_history, ReportHistoryRequest))
            .await
            .map(drop),
        "report_invoice_summary" => client
            .report_invoice_summary()
            .body(example!(report_invoice_summary, ReportSummaryRequest))
            .await
            .map(drop),
        "report_payoff_history" => client
            .report_payoff_history()
            .body(example!(report_payoff_history, ReportHistoryRequest))
            .await
            .map(drop),
        "report_payoff_summary" => client
            .report_payoff_summary()
            .body(example!(report_payoff_summary, ReportSummaryRequest))
            .await
            .map(drop),
        "report_swap_history" => client
            .report_swap_history()
            .body(example!(report_swap_history, ReportHistoryRequest))
            .await
            .map(drop),
        "report_transfer_history" => client
            .report_transfer_history()
            .body(example!(report_transfer_history, ReportHistoryRequest))
            .await
            .map(drop),
        "callback_payoff_list" => client
            .callback_payoff_list()
            .body(example!(callback_payoff_list, PayoffIdRequest))
            .await
            .map(drop),
        "callback_invoice_list" => client
            .callback_invoice_list()
            .body(example!(callback_invoice_list, InvoiceIdRequest))
            .await
            .map(drop),
        other => panic!("unknown operation {other}"),
    }
}

#[tokio::test]
async fn only_operations_the_spec_marks_idempotent_are_retried() {
    // Every CrystalPay call is a POST: reads are retried, what creates or moves money is not.
    let never = [
        "method_edit",
        "invoice_create",
        "payoff_create",
        "payoff_submit",
        "payoff_cancel",
        "swap_create",
        "swap_submit",
        "swap_cancel",
        "transfer_create",
        "transfer_submit",
        "transfer_cancel",
    ];
    common::assert_idempotent_table("crystalpay", payspec_crystalpay::IDEMPOTENT, &never);
    let spec = common::spec_idempotent("crystalpay");
    for (op, at) in OPERATIONS {
        let server = MockServer::start().await;
        Mock::given(path(at))
            .respond_with(ResponseTemplate::new(503).set_body_string("busy"))
            .mount(&server)
            .await;
        let client = Client::with_config(&server.uri(), creds(), common::fast_retries(2)).unwrap();
        let err = call(&client, op).await.unwrap_err();
        common::assert_retried_per_spec(op, &err, common::hits(&server, at).await, spec[op]);
    }
}

// ------------------------------------------------------------------ unknown fields

/// Members the spec does not name land in the `extra` remainder of the object that carries
/// them, top-level and nested, and the declared fields decode as before.
#[tokio::test]
async fn unknown_fields_are_kept_in_extra() {
    let h = Harness::json(
        "method_get",
        json!({
            "error": false, "errors": [], "method": "BITCOIN", "name": "Bitcoin",
            "currency": "BTC", "amount_accuracy": 8, "minimal_status_level": 0,
            "network": "bitcoin", "confirmations": 2,
            "settings": {
                "in": {"enabled": true, "extra_commissions": {"amount": "0", "percent": "10"}, "note": "x"},
                "out": {"enabled": true, "extra_commissions": {"amount": "0", "percent": "0"}}
            },
            "in": {"enabled": true, "limits": {"min": "0", "max": "0", "daily": "5"},
                   "commissions": {"amount": "0.000004", "percent": "0"}, "fee": "0", "eta": 600},
            "out": {"enabled": true, "limits": {"min": "0.00005", "max": "0.5"},
                    "commissions": {"amount": "0", "percent": "1"}, "fee": "0"}
        }),
    )
    .await;
    let r = h
        .client
        .method_get()
        .body_map(|b| b.method("BITCOIN"))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_bitcoin_method(&r);
    assert_eq!(r.error, Some(payspec::Flag(false)));
    assert_eq!(r.errors, Some(vec![]));
    assert_eq!(
        Value::Object(r.extra.clone()),
        json!({"network": "bitcoin", "confirmations": 2})
    );
    let settings = r.settings.as_ref().unwrap();
    assert_eq!(
        Value::Object(settings.in_.as_ref().unwrap().extra.clone()),
        json!({"note": "x"})
    );
    assert!(settings.out.as_ref().unwrap().extra.is_empty());
    let in_ = r.in_.as_ref().unwrap();
    assert_eq!(Value::Object(in_.extra.clone()), json!({"eta": 600}));
    assert_eq!(
        Value::Object(in_.limits.as_ref().unwrap().extra.clone()),
        json!({"daily": "5"})
    );
    assert!(r.out.as_ref().unwrap().extra.is_empty());

    // In a list item and in a map value.
    let h = Harness::json(
        "report_transfer_history",
        json!({"error": false, "errors": [], "total": 1, "items": [
            {"id": 4815162342_u64, "state": "success", "amount": "25", "fee_amount": "0.1"}
        ]}),
    )
    .await;
    let r = h
        .client
        .report_transfer_history()
        .body_map(|b| b.page(1_i64).items(20_i64).period(7_i64))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(Value::Object(r.extra.clone()), json!({"total": 1}));
    let items = r.items.unwrap();
    assert_eq!(text(&items[0].id), Some(TRANSFER_ID));
    assert_eq!(dec(&items[0].amount), Some("25"));
    assert_eq!(
        Value::Object(items[0].extra.clone()),
        json!({"fee_amount": "0.1"})
    );

    let h = Harness::json(
        "balance_list",
        json!({"error": false, "errors": [], "items": {
            "USDTTRC": {"name": "USDT TRC-20", "amount": "100.1", "currency": "USDT",
                        "amount_accuracy": 6, "frozen_amount": "1.5"}
        }}),
    )
    .await;
    let r = h
        .client
        .balance_list()
        .body_map(|b| b.hide_empty(true))
        .await
        .unwrap();
    h.assert_wire(None, &[r#""hide_empty":true"#]).await;
    assert!(r.extra.is_empty());
    let items = r.items.unwrap();
    assert_eq!(dec(&items["USDTTRC"].amount), Some("100.1"));
    assert_eq!(
        Value::Object(items["USDTTRC"].extra.clone()),
        json!({"frozen_amount": "1.5"})
    );
}

/// A success answer whose envelope members come in other shapes still decodes.
#[tokio::test]
async fn loose_envelope_members_on_success_decode() {
    for (error, errors) in [
        (json!(0), json!(null)),
        (json!("0"), json!([])),
        (json!(""), json!(["note", 7])),
        (json!(null), json!(null)),
    ] {
        let h = Harness::json(
            "swap_info",
            json!({"error": error, "errors": errors, "id": SWAP_ID, "state": "success"}),
        )
        .await;
        let r = h.client.swap_info().body_map(|b| b.id(SWAP_ID)).await.unwrap();
        assert_eq!(text(&r.id), Some(SWAP_ID), "error: {error}, errors: {errors}");
        assert!(r.error.is_none_or(|f| !f.0), "error: {error}");
        assert!(r.extra.is_empty());
    }
}

/// The refusal example the spec shows on a 200 answer is a refusal for the client.
#[tokio::test]
async fn documented_refusal_example_is_a_provider_error() {
    let refused = response_examples("invoice_create")["refused"]["value"].clone();
    assert_eq!(refused["error"], json!(true));
    let h = Harness::json("invoice_create", refused).await;
    let err = h
        .client
        .invoice_create()
        .body_map(|b| b.amount("100").type_("topup").lifetime(1440))
        .await
        .unwrap_err();
    assert_eq!(provider_error(&err).messages, ["`amount` field is required"]);
    for op in ["payoff_create", "swap_create", "transfer_create"] {
        assert_eq!(
            response_examples(op)["refused"]["value"],
            response_examples("invoice_create")["refused"]["value"],
            "{op}"
        );
    }
}

/// A callback with members the spec does not name still verifies and decodes. The v2 members
/// `service_commission`, `extra_commission` and `pay_amount` are declared and read; the
/// unknown ones are kept in `extra`, beside CrystalPay's own `extra` member (the merchant's
/// data, read with `merchant_extra()`).
#[test]
fn callback_with_unknown_fields_verifies_and_decodes() {
    let mut body = callback_example();
    let fields = body.as_object_mut().unwrap();
    fields.insert("extra".into(), json!("order-1001"));
    fields.insert("service_commission".into(), json!("0.5"));
    fields.insert("extra_commission".into(), json!(0));
    fields.insert("pay_amount".into(), json!("100.5"));
    fields.insert("payer_details".into(), json!({"email": "user@example.com"}));
    fields.insert("test_mode".into(), json!(true));
    let sig = sha1_hex(&format!("{INVOICE_ID}:{SALT}"));
    let cb = verify_callback(&signed_callback(body, &sig), &creds()).unwrap();
    assert_eq!(cb.id.as_deref(), Some(INVOICE_ID));
    assert_eq!(cb.state, Some(types::InvoiceState::Payed));
    assert_eq!(dec(&cb.amount), Some("100"));
    assert_eq!(dec(&cb.service_commission), Some("0.5"));
    assert_eq!(dec(&cb.extra_commission), Some("0"));
    assert_eq!(dec(&cb.pay_amount), Some("100.5"));
    assert_eq!(cb.merchant_extra(), Some("order-1001"));
    assert_eq!(cb.extra["payer_details"], json!({"email": "user@example.com"}));
    assert_eq!(cb.extra["test_mode"], json!(true));
    assert_eq!(
        cb.extra.keys().collect::<Vec<_>>(),
        ["extra", "payer_details", "test_mode"],
        "only the members the spec does not name, and the merchant's extra"
    );
}

/// An invoice answer with members the spec does not name keeps them in `extra`, beside
/// CrystalPay's own `extra` member (the merchant's data, `merchant_extra()`).
#[tokio::test]
async fn invoice_info_keeps_unknown_members_and_the_merchant_extra() {
    let h = Harness::json(
        "invoice_info",
        json!({
            "error": false, "errors": [], "id": INVOICE_ID, "state": "payed",
            "extra": "order-1001", "payer_country": "RU", "receipt": {"url": "https://r.example"}
        }),
    )
    .await;
    let r = h
        .client
        .invoice_info()
        .body_map(|b| b.id(INVOICE_ID))
        .await
        .unwrap();
    h.assert_wire(None, &[]).await;
    assert_eq!(r.id.as_deref(), Some(INVOICE_ID));
    assert_eq!(r.state, Some(types::InvoiceState::Payed));
    assert_eq!(r.merchant_extra(), Some("order-1001"));
    assert_eq!(
        Value::Object(r.extra.clone()),
        json!({"extra": "order-1001", "payer_country": "RU", "receipt": {"url": "https://r.example"}})
    );
}
