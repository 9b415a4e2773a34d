//! Sber SmartPay client against a local HTTP server (wiremock on loopback).
//!
//! - every one of the 7 operations: the exact wire request (method, path, query pairs in wire
//!   order, the exact JSON body of a POST / PUT / PATCH, `Authorization: Bearer` exactly once,
//!   `User-Agent`, `Accept`, progenitor's `api-version`, the optional `author` header) and the
//!   typed decoding of the spec's response example, every field checked;
//! - the seed (004) example answer of `invoice_list`, every field of it, and its equality with
//!   the spec's example; every filter of the seed on the wire; the lookup by `service_id` +
//!   `order_id` with `invoice_id` `0`;
//! - tolerant decoding: `invoice_id` / `order_number` as a string or a number, unknown statuses
//!   as `InvoiceStatus::Other`, `error_code` as text or number, one payment method or a list;
//!   members the spec does not name kept in each type's `extra` (top level and nested);
//! - error mapping: the error object at 400 / 401 / 403 / 500, `error_code` refusals at HTTP
//!   200 (on every operation), success codes at 200, HTML and empty bodies, truncated JSON,
//!   arguments refused before sending;
//! - long polling: the per-request timeout, a delayed answer, `wait_for_status_change`
//!   (sequence of answers, deadline 0, errors, a server that ignores `wait`);
//! - the token never shows in `Debug` / `Display`, echoed bodies and transport errors included.

mod common;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use payspec::progenitor_client::ClientInfo;
use payspec::{DecimalNumber, Int, Provider, Rejection, RejectionKind, Text};
use payspec_sber::types::{self, InvoiceStatus};
use payspec_sber::{
    BASE_URL, BearerToken, Client, DEFAULT_TIMEOUT, Error, LEGACY_BASE_URL, MAX_WAIT, ProviderError,
};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const TOKEN: &str = "partner-token-0123";
/// The invoice id of the spec's examples.
const INVOICE_ID: &str = "3538853";
const ORDER_ID: &str = "d290f1ee-6c54-4b01-90e6-d701748f0851";
const PARTNER_CLIENT_ID: &str = "43u111539f0q";
const AUTHOR: &str = "manager@example.ru";
const PURPOSE: &str = "Покупка в игре «Маша и Медведь, салон красоты Чародейка»";
const DESCRIPTION: &str = "Покупка внутриигрового контента в игре Маша и Медведь, салон красоты Чародейка.";
const ITEM_NAME: &str = "Кучка из 100 кристаллов для использования при нырянии";
const ITEM_CODE: &str = "com.MashaAndTheBear.HairSalon.crystal100";
const PACKAGE: &str = "com.MashaAndTheBear.HairSalon";
const DEVICE_ID: &str = "83c3f257-46d8-41fe-951b-f79d04e288c2";
const SALUTE_IMAGE: &str = "https://developers.sber.ru/docs/img/fork-page/assistant-salute-grey.png";
const VISA_LOGO: &str = "https://smartmarket.online.sberbank.ru/icons/logo_visa.png";
const JSON_CT: &str = "application/json";

/// Every operation of the spec: (operation id, method, path). One wire test per row.
const OPS: [(&str, &str, &str); 7] = [
    ("invoice_create", "POST", "/invoices"),
    ("invoice_list", "GET", "/invoices"),
    ("invoice_start_payment", "POST", "/invoices/{invoice_id}"),
    ("invoice_get", "GET", "/invoices/{invoice_id}"),
    ("invoice_confirm", "PUT", "/invoices/{invoice_id}"),
    ("invoice_cancel", "DELETE", "/invoices/{invoice_id}"),
    ("invoice_refund", "PATCH", "/invoices/{invoice_id}"),
];

/// The example answer of seed 004 ("Список счетов"; the public page:
/// <https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/get-invoices>), verbatim.
const SEED_LIST: &str = r#"{
"error": {
"user_message": "",
"error_description": "",
"error_code": "0"
},
"invoices": [
{
"invoice_id": 1234567890,
"invoice_date": "2020-04-29T08:18:03+03",
"invoice_status": "created",
"amount_create": {
"amount": 11836
},
"amount_confirm": {
"amount": 11836
},
"amount_current": {
"amount": 11836
},
"order_number": 1234567,
"currency": "RUB",
"description": "Покупка внутриигрового контента в игре Маша и Медведь, салон красоты Чародейка.",
"language": "ru-RU",
"org_name": "ООО Ромашка",
"org_inn": "1234567890",
"trademarks": "Ромашка;Romashka;Romashka street",
"trade_name": "Romashka",
"visual_name": "Покупка/продление подписки",
"visual_amount": "1 500,45 ₽",
"payment_info": {
"payment_date": "2024-07-29T15:51:28.071Z",
"payment_id": "d290f1ee-6c54-4b01-90e6-d701748f0851",
"device_info": {
"device_platform_type": "iOS",
"device_platform_version": "13.6.1",
"device_model": "iPhone 7",
"device_manufacturer": "Apple",
"device_id": "83c3f257-46d8-41fe-951b-f79d04e288c2",
"surface": "SBOL",
"surface_version": "11.5.0"
},
"loyalty_info": {
"service_code": "sbrf_spasibo",
"service_name": "Сбербанк Спасибо",
"change_rate": 1,
"payment_bonus": 19800,
"award_bonus": 21850,
"image": "https://developers.sber.ru/docs/img/fork-page/assistant-salute-grey.png"
},
"masked_pan": "**1111",
"expiry_date": "201912",
"cardholder": "Ivan Petrov",
"payment_system": "Visa",
"payment_system_image": "https://smartmarket.online.sberbank.ru/icons/logo_visa.png",
"image": "https://smartmarket.online.sberbank.ru/icons/sberbank_mastercard_league_legends.jpeg",
"paysys": "Эквайринг Сбербанка",
"paysys_image": "https://www.sberbank.ru/common/img/uploaded/redirected/s_m_business/acquiring/assets/images/intro@2x.png",
"payment_way": "Sber Pay",
"payment_way_code": "SberPay",
"payment_way_logo": "https://cdn1.telegram.one/i/f7640dada78306b1c993e04001b8738d/828b1eb30921659e22e53a9edc92c4c4/24e01830d213d75deb99c22b9cd91ddd",
"bank_info": {
"bank_name": "ПАО Сбербанк",
"bank_country_code": "RU",
"bank_country_name": "Россия",
"bank_image": "https://emoji.slack-edge.com/TKK9DHNCV/sber/ad2df81a6cd9812d.png"
}
},
"image": "https://developers.sber.ru/docs/img/fork-page/assistant-salute-grey.png"
}
],
"empty": true,
"first": true,
"last": true,
"number": 0,
"numberOfElements": 0,
"pageable": {
"offset": 0,
"pageNumber": 0,
"pageSize": 0,
"paged": true,
"sort": {
"empty": true,
"sorted": true,
"unsorted": true
},
"unpaged": true
},
"size": 0,
"sort": {
"empty": true,
"sorted": true,
"unsorted": true
},
"totalElements": 0,
"totalPages": 0
}"#;

/// The seed's example body of its 400 "bad input parameter" and "Unexpected error" answers,
/// verbatim.
const SEED_ERROR: &str = r#"{
"error": {
"user_message": "",
"error_description": "",
"error_code": "0"
}
}"#;

// ------------------------------------------------------------------ helpers

fn token() -> BearerToken {
    BearerToken::new(TOKEN).unwrap()
}

fn client_for(server: &MockServer) -> Client {
    Client::with_token(&server.uri(), token()).unwrap()
}

/// specs/sber.yaml as JSON.
fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/sber.yaml");
        let text = std::fs::read_to_string(file).expect("read specs/sber.yaml");
        serde_norway::from_str(&text).expect("parse specs/sber.yaml")
    })
}

/// (path, METHOD, operation object) of every operation in the spec.
fn spec_operations() -> Vec<(&'static str, String, &'static Value)> {
    let mut out = Vec::new();
    for (p, item) in spec()["paths"].as_object().expect("paths") {
        for (m, op) in item.as_object().unwrap() {
            out.push((p.as_str(), m.to_uppercase(), op));
        }
    }
    out
}

fn spec_operation(op: &str) -> &'static Value {
    spec_operations()
        .into_iter()
        .find(|(_, _, o)| o["operationId"] == op)
        .map(|(_, _, o)| o)
        .unwrap_or_else(|| panic!("no operation {op} in the spec"))
}

/// The spec's JSON response example of an operation.
fn response_example(op: &str) -> Value {
    let ex = spec_operation(op)["responses"]["200"]["content"][JSON_CT]["example"].clone();
    assert!(ex.is_object(), "{op}: the spec has no response example");
    ex
}

/// The spec's JSON request body example of an operation.
fn request_example(op: &str) -> Value {
    let ex = spec_operation(op)["requestBody"]["content"][JSON_CT]["example"].clone();
    assert!(ex.is_object(), "{op}: the spec has no request example");
    ex
}

/// The spec's example of a parameter, as text.
fn param_example(op: &str, name: &str) -> String {
    let p = spec_operation(op)["parameters"]
        .as_array()
        .unwrap_or_else(|| panic!("{op} has no parameters"))
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{op} has no parameter {name}"));
    match &p["example"] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => panic!("{op}.{name}: no scalar example: {other}"),
    }
}

/// `info.version` of the spec: progenitor sends it as `api-version`.
fn api_version() -> &'static str {
    spec()["info"]["version"].as_str().expect("info.version")
}

/// The User-Agent the client sends: `payspec-sber/<workspace version>`.
fn user_agent() -> String {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    let text = std::fs::read_to_string(file).expect("read Cargo.toml");
    let package = text
        .split("[workspace.package]")
        .nth(1)
        .expect("[workspace.package]");
    let version = package
        .lines()
        .find_map(|l| l.trim().strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("workspace version");
    format!("payspec-sber/{version}")
}

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

fn text(v: &str) -> Option<Text> {
    Some(Text::from(v))
}

fn dn(v: &str) -> DecimalNumber {
    DecimalNumber::try_from(v).unwrap()
}

fn json_answer(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn raw(status: u16, body: &str, content_type: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), content_type)
}

/// The success block of the official examples.
fn success_error() -> types::ErrorObject {
    types::ErrorObject {
        error_code: text("0"),
        error_description: s(""),
        user_message: s(""),
        extra: Default::default(),
    }
}

/// `{"error": {...code "0"...}, "invoice_id", "invoice_status": <status>}`.
fn status_answer(status: &str) -> ResponseTemplate {
    json_answer(json!({
        "error": {"user_message": "", "error_description": "", "error_code": "0"},
        "invoice_id": INVOICE_ID,
        "invoice_status": status,
    }))
}

/// A server answering every request with `template`, and a client for it.
async fn serve(template: impl Respond + 'static) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(template).mount(&server).await;
    let client = client_for(&server);
    (server, client)
}

/// [`serve`] with the spec's response example of `op`.
async fn serve_example(op: &str) -> (MockServer, Client) {
    serve(json_answer(response_example(op))).await
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("request recording is on")
}

/// The one request the server got.
async fn the_request(server: &MockServer) -> Request {
    let mut reqs = requests(server).await;
    assert_eq!(reqs.len(), 1, "exactly one request: {reqs:?}");
    reqs.pop().unwrap()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The URL-decoded query pairs of a request, in wire order.
fn query_pairs(req: &Request) -> Vec<(String, String)> {
    req.url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn header_values(req: &Request, name: &str) -> Vec<String> {
    req.headers
        .get_all(name)
        .iter()
        .map(|v| String::from_utf8(v.as_bytes().to_vec()).unwrap())
        .collect()
}

/// The headers every request carries: the bearer token exactly once, the client's
/// `User-Agent`, `Accept: application/json`, progenitor's `api-version` (the spec's
/// `info.version`), and `author` exactly when given.
fn assert_headers(req: &Request, author: Option<&str>) {
    let what = format!("{} {}", req.method, req.url);
    assert_eq!(
        header_values(req, "authorization"),
        [format!("Bearer {TOKEN}")],
        "{what}"
    );
    assert_eq!(header_values(req, "user-agent"), [user_agent()], "{what}");
    assert_eq!(header_values(req, "accept"), [JSON_CT], "{what}");
    assert_eq!(header_values(req, "api-version"), [api_version()], "{what}");
    assert_eq!(
        header_values(req, "author"),
        author.map(str::to_owned).into_iter().collect::<Vec<_>>(),
        "{what}"
    );
}

/// A request without a body: `method` to `at` with exactly `params` as its query, in wire order.
fn assert_bodiless(req: &Request, method: &str, at: &str, params: &[(&str, &str)], author: Option<&str>) {
    assert_eq!(req.method.as_str(), method, "{}", req.url);
    assert_eq!(req.url.path(), at, "{}", req.url);
    assert_eq!(query_pairs(req), owned(params), "query of {}", req.url);
    if params.is_empty() {
        assert_eq!(req.url.query(), None, "{}", req.url);
    }
    assert_headers(req, author);
    assert!(
        req.body.is_empty(),
        "no body: {:?}",
        String::from_utf8_lossy(&req.body)
    );
    assert!(
        header_values(req, "content-type").is_empty(),
        "no content type without a body"
    );
}

/// A JSON request: `method` to `at`, no query, a JSON body equal to `expected`. Returns the raw
/// body.
fn assert_json(req: &Request, method: &str, at: &str, expected: &Value, author: Option<&str>) -> String {
    assert_eq!(req.method.as_str(), method, "{}", req.url);
    assert_eq!(req.url.path(), at, "{}", req.url);
    assert_eq!(req.url.query(), None, "nothing in the query of {}", req.url);
    assert_headers(req, author);
    assert_eq!(header_values(req, "content-type"), [JSON_CT], "{}", req.url);
    let raw = String::from_utf8(req.body.clone()).expect("UTF-8 body");
    let body: Value = serde_json::from_str(&raw).expect("JSON body");
    assert_eq!(&body, expected, "wire body of {method} {at}:\n{raw}");
    assert!(!raw.contains(TOKEN), "no credential in the body: {raw}");
    raw
}

fn invoice_path(id: &str) -> String {
    format!("/invoices/{id}")
}

fn provider_error(err: &Error) -> &ProviderError {
    match err {
        Error::Provider(p) => p,
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

fn authentication_error(err: &Error) -> &ProviderError {
    match err {
        Error::Authentication(p) => p,
        other => panic!("expected Error::Authentication, got {other:?}"),
    }
}

/// Display, Debug and the whole source chain of an error show no token, in any case.
fn assert_clean(err: &Error) {
    let mut shown = vec![err.to_string(), format!("{err:?}"), format!("{err:#?}")];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        shown.push(s.to_string());
        shown.push(format!("{s:?}"));
        source = s.source();
    }
    for s in &shown {
        assert!(
            !s.to_ascii_lowercase().contains(TOKEN),
            "the token leaked in {s:?}"
        );
    }
}

// ------------------------------------------------------------------ request bodies of the spec

fn package_name() -> types::KeyValue {
    types::KeyValue {
        key: s("packageName"),
        value: s(PACKAGE),
    }
}

fn partner_client() -> types::UserId {
    types::UserId {
        partner_client_id: s(PARTNER_CLIENT_ID),
        ..Default::default()
    }
}

/// The create example of the spec, built field by field.
fn create_request() -> types::CreateInvoiceRequest {
    types::CreateInvoiceRequest {
        user_id: Some(partner_client()),
        ptype: Some(0),
        invoice: types::NewInvoice {
            purchaser: Some(types::Purchaser {
                email: s("qq@dd.eof"),
                phone: s("9123456789"),
                contact: s("email"),
            }),
            delivery_info: Some(types::DeliveryInfo {
                address: Some(types::DeliveryAddress {
                    country: s("RU"),
                    city: s("Москва"),
                    address: s("ул. Вавилова, 19, офис 1"),
                }),
                delivery_type: s("courier"),
                description: s("Перезвонить за 1,5 часа"),
            }),
            invoice_params: vec![package_name()],
            order: types::Order {
                order_id: ORDER_ID.into(),
                order_number: s("145"),
                order_date: "2020-04-29T08:17:03+03".into(),
                service_id: "223".into(),
                amount: 11836,
                currency: "RUB".into(),
                purpose: s(PURPOSE),
                description: s(DESCRIPTION),
                language: s("ru-RU"),
                expiration_date: s("2020-07-31T07:32:56.288Z"),
                autocompletion_date: s("2020-07-31T07:32:56.288Z"),
                tax_system: 0,
                order_bundle: vec![types::OrderBundleItem {
                    position_id: 1,
                    name: ITEM_NAME.into(),
                    item_params: vec![package_name()],
                    quantity: types::Quantity {
                        value: Some(dn("1")),
                        measure: s("кг."),
                    },
                    item_amount: 11836,
                    currency: "RUB".into(),
                    item_code: ITEM_CODE.into(),
                    item_price: 11836,
                    discount_type: s("percent"),
                    discount_value: Some(dn("5.25")),
                    interest_type: s("agentPercent"),
                    interest_value: Some(dn("15.105")),
                    tax_type: 6,
                    tax_sum: Some(2367),
                    image: None,
                }],
            },
        },
    }
}

/// One cart line of the confirm / refund examples: one piece (`шт`) at `kopecks`, VAT 20 %.
fn cart_line(kopecks: i64) -> types::OrderBundleItem {
    types::OrderBundleItem {
        position_id: 1,
        name: ITEM_NAME.into(),
        item_params: vec![],
        quantity: types::Quantity {
            value: Some(1.into()),
            measure: s("шт"),
        },
        item_amount: kopecks,
        currency: "RUB".into(),
        item_code: ITEM_CODE.into(),
        item_price: kopecks,
        discount_type: None,
        discount_value: None,
        interest_type: None,
        interest_value: None,
        tax_type: 6,
        tax_sum: None,
        image: None,
    }
}

fn confirm_order() -> types::ConfirmInvoice {
    types::ConfirmInvoice {
        order: types::ConfirmOrder {
            amount: 11836,
            currency: s("RUB"),
            order_bundle: vec![cart_line(11836)],
        },
    }
}

fn confirm_request() -> types::ConfirmInvoiceRequest {
    types::ConfirmInvoiceRequest {
        invoice: confirm_order(),
    }
}

fn refund_request() -> types::RefundInvoiceRequest {
    types::RefundInvoiceRequest {
        invoice: types::RefundInvoice {
            order: types::RefundOrder {
                current_amount: 11836,
                refund_amount: 5000,
                currency: s("RUB"),
                order_bundle: vec![cart_line(5000)],
            },
        },
    }
}

fn example_device() -> types::DeviceInfo {
    types::DeviceInfo {
        device_platform_type: s("iOS"),
        device_platform_version: s("13.6.1"),
        device_model: s("iPhone 7"),
        device_manufacturer: s("Apple"),
        device_id: s(DEVICE_ID),
        surface: None,
        surface_version: None,
        user_channel: None,
    }
}

fn start_payment_request() -> types::StartPaymentRequest {
    types::StartPaymentRequest {
        user_id: Some(partner_client()),
        operations: vec![types::PaymentOperation {
            operation: s("payment"),
            code: s("QR"),
            value: s("0"),
        }],
        device_info: Some(example_device()),
        return_deeplink: None,
        return_url: None,
        success_url: None,
        fail_url: None,
    }
}

/// Calls an operation with minimal valid arguments; the answer is discarded.
async fn call(client: &Client, op: &str) -> Result<(), Error> {
    match op {
        "invoice_create" => client.invoice_create().body(create_request()).await.map(drop),
        "invoice_list" => client.invoice_list().await.map(drop),
        "invoice_start_payment" => client
            .invoice_start_payment()
            .invoice_id(INVOICE_ID)
            .body(start_payment_request())
            .await
            .map(drop),
        "invoice_get" => client.invoice_get().invoice_id(INVOICE_ID).await.map(drop),
        "invoice_confirm" => client
            .invoice_confirm()
            .invoice_id(INVOICE_ID)
            .body(confirm_request())
            .await
            .map(drop),
        "invoice_cancel" => client.invoice_cancel().invoice_id(INVOICE_ID).await.map(drop),
        "invoice_refund" => client
            .invoice_refund()
            .invoice_id(INVOICE_ID)
            .body(refund_request())
            .await
            .map(drop),
        other => panic!("unknown operation {other}"),
    }
}

// ------------------------------------------------------------------ expected decodings

/// The seed's example answer, decoded: every field, absent ones included.
fn seed_page() -> types::InvoiceListPage {
    let sort = types::PageSort {
        empty: Some(true),
        sorted: Some(true),
        unsorted: Some(true),
        extra: Default::default(),
    };
    types::InvoiceListPage {
        error: Some(success_error()),
        invoices: vec![types::InvoiceListItem {
            invoice_id: text("1234567890").unwrap(),
            invoice_date: s("2020-04-29T08:18:03+03"),
            invoice_status: Some(InvoiceStatus::Created),
            amount_create: Some(types::Amount {
                amount: Some(11836),
                extra: Default::default(),
            }),
            amount_confirm: Some(types::Amount {
                amount: Some(11836),
                extra: Default::default(),
            }),
            amount_current: Some(types::Amount {
                amount: Some(11836),
                extra: Default::default(),
            }),
            order_number: text("1234567"),
            currency: s("RUB"),
            description: s(DESCRIPTION),
            language: s("ru-RU"),
            org_name: s("ООО Ромашка"),
            org_inn: s("1234567890"),
            trademarks: s("Ромашка;Romashka;Romashka street"),
            trade_name: s("Romashka"),
            visual_name: s("Покупка/продление подписки"),
            visual_amount: s("1 500,45 ₽"),
            payment_info: Some(types::PaymentInfo {
                payment_date: s("2024-07-29T15:51:28.071Z"),
                payment_id: s(ORDER_ID),
                device_info: Some(types::DeviceInfoAnswer {
                    device_platform_type: s("iOS"),
                    device_platform_version: s("13.6.1"),
                    device_model: s("iPhone 7"),
                    device_manufacturer: s("Apple"),
                    device_id: s(DEVICE_ID),
                    surface: s("SBOL"),
                    surface_version: s("11.5.0"),
                    user_channel: None,
                    extra: Default::default(),
                }),
                loyalty_info: Some(types::LoyaltyInfo {
                    service_code: s("sbrf_spasibo"),
                    service_name: s("Сбербанк Спасибо"),
                    change_rate: Some(dn("1")),
                    payment_bonus: Some(19800),
                    award_bonus: Some(21850),
                    image: s(SALUTE_IMAGE),
                    extra: Default::default(),
                }),
                card_id: None,
                name: None,
                masked_pan: s("**1111"),
                expiry_date: s("201912"),
                cardholder: s("Ivan Petrov"),
                payment_system: s("Visa"),
                payment_system_image: s(VISA_LOGO),
                image: s(
                    "https://smartmarket.online.sberbank.ru/icons/sberbank_mastercard_league_legends.jpeg",
                ),
                paysys: s("Эквайринг Сбербанка"),
                paysys_image: s(
                    "https://www.sberbank.ru/common/img/uploaded/redirected/s_m_business/acquiring/assets/images/intro@2x.png",
                ),
                paysys_code: None,
                payment_way: s("Sber Pay"),
                payment_way_code: s("SberPay"),
                payment_way_logo: s(
                    "https://cdn1.telegram.one/i/f7640dada78306b1c993e04001b8738d/828b1eb30921659e22e53a9edc92c4c4/24e01830d213d75deb99c22b9cd91ddd",
                ),
                bank_info: Some(types::BankInfo {
                    bank_name: s("ПАО Сбербанк"),
                    bank_country_code: s("RU"),
                    bank_country_name: s("Россия"),
                    bank_image: s("https://emoji.slack-edge.com/TKK9DHNCV/sber/ad2df81a6cd9812d.png"),
                    extra: Default::default(),
                }),
                payment_params: None,
                partner_client_id: None,
                status: None,
                extra: Default::default(),
            }),
            image: s(SALUTE_IMAGE),
            extra: Default::default(),
        }],
        empty: Some(true),
        first: Some(true),
        last: Some(true),
        number: Some(0),
        number_of_elements: Some(0),
        pageable: Some(types::Pageable {
            offset: Some(0),
            page_number: Some(0),
            page_size: Some(0),
            paged: Some(true),
            unpaged: Some(true),
            sort: Some(sort.clone()),
            extra: Default::default(),
        }),
        size: Some(0),
        sort: Some(sort),
        total_elements: Some(0),
        total_pages: Some(0),
        extra: Default::default(),
    }
}

/// Field-by-field checks of the seed's page (the same facts as [`seed_page`], spelled out so
/// that a failure names the field).
fn assert_seed_page(page: &types::InvoiceListPage) {
    let e = page.error.as_ref().expect("error block");
    assert_eq!(e.error_code.as_deref(), Some("0"));
    assert_eq!(e.user_message.as_deref(), Some(""));
    assert_eq!(e.error_description.as_deref(), Some(""));

    assert_eq!(page.invoices.len(), 1);
    let inv = &page.invoices[0];
    assert_eq!(
        Some(inv.invoice_id.as_str()),
        Some("1234567890"),
        "a JSON number read as text"
    );
    assert_eq!(inv.invoice_date.as_deref(), Some("2020-04-29T08:18:03+03"));
    assert_eq!(inv.invoice_status, Some(InvoiceStatus::Created));
    assert_eq!(inv.amount_create.as_ref().and_then(|a| a.amount), Some(11836));
    assert_eq!(inv.amount_confirm.as_ref().and_then(|a| a.amount), Some(11836));
    assert_eq!(inv.amount_current.as_ref().and_then(|a| a.amount), Some(11836));
    assert_eq!(
        inv.order_number.as_deref(),
        Some("1234567"),
        "a JSON number read as text"
    );
    assert_eq!(inv.currency.as_deref(), Some("RUB"));
    assert_eq!(inv.description.as_deref(), Some(DESCRIPTION));
    assert_eq!(inv.language.as_deref(), Some("ru-RU"));
    assert_eq!(inv.org_name.as_deref(), Some("ООО Ромашка"));
    assert_eq!(inv.org_inn.as_deref(), Some("1234567890"));
    assert_eq!(
        inv.trademarks.as_deref(),
        Some("Ромашка;Romashka;Romashka street")
    );
    assert_eq!(inv.trade_name.as_deref(), Some("Romashka"));
    assert_eq!(inv.visual_name.as_deref(), Some("Покупка/продление подписки"));
    assert_eq!(inv.visual_amount.as_deref(), Some("1 500,45 ₽"));
    assert_eq!(inv.image.as_deref(), Some(SALUTE_IMAGE));

    let pi = inv.payment_info.as_ref().expect("payment_info");
    assert_eq!(pi.payment_date.as_deref(), Some("2024-07-29T15:51:28.071Z"));
    assert_eq!(pi.payment_id.as_deref(), Some(ORDER_ID));
    assert_eq!(pi.masked_pan.as_deref(), Some("**1111"));
    assert_eq!(pi.expiry_date.as_deref(), Some("201912"));
    assert_eq!(pi.cardholder.as_deref(), Some("Ivan Petrov"));
    assert_eq!(pi.payment_system.as_deref(), Some("Visa"));
    assert_eq!(pi.payment_system_image.as_deref(), Some(VISA_LOGO));
    assert_eq!(
        pi.image.as_deref(),
        Some("https://smartmarket.online.sberbank.ru/icons/sberbank_mastercard_league_legends.jpeg")
    );
    assert_eq!(pi.paysys.as_deref(), Some("Эквайринг Сбербанка"));
    assert_eq!(
        pi.paysys_image.as_deref(),
        Some(
            "https://www.sberbank.ru/common/img/uploaded/redirected/s_m_business/acquiring/assets/images/intro@2x.png"
        )
    );
    assert_eq!(pi.payment_way.as_deref(), Some("Sber Pay"));
    assert_eq!(pi.payment_way_code.as_deref(), Some("SberPay"));
    assert_eq!(
        pi.payment_way_logo.as_deref(),
        Some(
            "https://cdn1.telegram.one/i/f7640dada78306b1c993e04001b8738d/828b1eb30921659e22e53a9edc92c4c4/24e01830d213d75deb99c22b9cd91ddd"
        )
    );
    for absent in [
        &pi.card_id,
        &pi.name,
        &pi.paysys_code,
        &pi.partner_client_id,
        &pi.status,
    ] {
        assert_eq!(absent, &None);
    }
    assert_eq!(pi.payment_params, None);

    let d = pi.device_info.as_ref().expect("device_info");
    assert_eq!(d.device_platform_type.as_deref(), Some("iOS"));
    assert_eq!(d.device_platform_version.as_deref(), Some("13.6.1"));
    assert_eq!(d.device_model.as_deref(), Some("iPhone 7"));
    assert_eq!(d.device_manufacturer.as_deref(), Some("Apple"));
    assert_eq!(d.device_id.as_deref(), Some(DEVICE_ID));
    assert_eq!(d.surface.as_deref(), Some("SBOL"));
    assert_eq!(d.surface_version.as_deref(), Some("11.5.0"));
    assert_eq!(d.user_channel, None);

    let l = pi.loyalty_info.as_ref().expect("loyalty_info");
    assert_eq!(l.service_code.as_deref(), Some("sbrf_spasibo"));
    assert_eq!(l.service_name.as_deref(), Some("Сбербанк Спасибо"));
    assert_eq!(l.change_rate.as_ref().map(DecimalNumber::as_str), Some("1"));
    assert_eq!(l.payment_bonus, Some(19800), "kopecks of points");
    assert_eq!(l.award_bonus, Some(21850), "kopecks");
    assert_eq!(l.image.as_deref(), Some(SALUTE_IMAGE));

    let b = pi.bank_info.as_ref().expect("bank_info");
    assert_eq!(b.bank_name.as_deref(), Some("ПАО Сбербанк"));
    assert_eq!(b.bank_country_code.as_deref(), Some("RU"));
    assert_eq!(b.bank_country_name.as_deref(), Some("Россия"));
    assert_eq!(
        b.bank_image.as_deref(),
        Some("https://emoji.slack-edge.com/TKK9DHNCV/sber/ad2df81a6cd9812d.png")
    );

    assert_eq!(page.empty, Some(true));
    assert_eq!(page.first, Some(true));
    assert_eq!(page.last, Some(true));
    assert_eq!(page.number, Some(0));
    assert_eq!(page.number_of_elements, Some(0));
    assert_eq!(page.size, Some(0));
    assert_eq!(page.total_elements, Some(0));
    assert_eq!(page.total_pages, Some(0));
    let all_true = types::PageSort {
        empty: Some(true),
        sorted: Some(true),
        unsorted: Some(true),
        extra: Default::default(),
    };
    assert_eq!(page.sort.as_ref(), Some(&all_true));
    let p = page.pageable.as_ref().expect("pageable");
    assert_eq!(p.offset, Some(0));
    assert_eq!(p.page_number, Some(0));
    assert_eq!(p.page_size, Some(0));
    assert_eq!(p.paged, Some(true));
    assert_eq!(p.unpaged, Some(true));
    assert_eq!(p.sort.as_ref(), Some(&all_true));

    assert_eq!(page, &seed_page(), "every field, the absent ones included");
}

/// The spec's `invoice_get` example, decoded: every field, absent ones included.
fn get_example() -> types::GetInvoiceResponse {
    types::GetInvoiceResponse {
        code: Some(Int(200)),
        error: Some(success_error()),
        invoice_id: text(INVOICE_ID),
        invoice_date: s("2020-04-29T08:18:03+03"),
        invoice_status: Some(InvoiceStatus::Confirmed),
        invoice: Some(types::InvoiceInfo {
            purchaser: Some(types::PurchaserAnswer {
                email: s("qq@dd.eof"),
                phone: s("9123456789"),
                contact: s("email"),
                extra: Default::default(),
            }),
            delivery_info: None,
            invoice_params: vec![],
            order: Some(types::OrderInfo {
                order_id: text(ORDER_ID),
                order_number: text("145"),
                order_date: s("2020-04-29T08:17:03+03"),
                service_id: text("223"),
                amount: Some(11836),
                currency: s("RUB"),
                purpose: s(PURPOSE),
                description: s(DESCRIPTION),
                language: s("ru-RU"),
                expiration_date: None,
                autocompletion_date: None,
                tax_system: Some(0),
                order_bundle: vec![types::OrderBundleItemInfo {
                    position_id: Some(1),
                    name: s(ITEM_NAME),
                    item_params: vec![],
                    quantity: Some(types::QuantityAnswer {
                        value: Some(dn("1")),
                        measure: s("шт"),
                        extra: Default::default(),
                    }),
                    item_amount: Some(11836),
                    currency: s("RUB"),
                    item_code: s(ITEM_CODE),
                    item_code_sp: None,
                    item_price: Some(11836),
                    discount_type: None,
                    discount_value: None,
                    interest_type: None,
                    interest_value: None,
                    tax_type: Some(6),
                    tax_sum: None,
                    image: None,
                    extra: Default::default(),
                }],
                purchase_id: None,
                trade_name: None,
                org_name: None,
                org_inn: None,
                visual_name: None,
                visual_amount: None,
                extra: Default::default(),
            }),
            extra: Default::default(),
        }),
        payment_info: Some(types::PaymentInfo {
            payment_date: s("2024-07-29T15:51:28.071Z"),
            payment_id: s(ORDER_ID),
            masked_pan: s("**1111"),
            expiry_date: s("201912"),
            cardholder: s("Ivan Petrov"),
            payment_system: s("Visa"),
            payment_system_image: s(VISA_LOGO),
            paysys: s("Эквайринг Сбербанка"),
            payment_way: s("Sber Pay"),
            payment_way_code: s("SberPay"),
            bank_info: Some(types::BankInfo {
                bank_name: s("ПАО Сбербанк"),
                bank_country_code: s("RU"),
                bank_country_name: s("Россия"),
                bank_image: None,
                extra: Default::default(),
            }),
            // The other members absent (`PaymentInfo` has no `Default`: its `extra` map is
            // flattened).
            ..serde_json::from_value(json!({})).unwrap()
        }),
        payment_methods: None,
        cards: vec![],
        form_url: None,
        image: None,
        receipts: None,
        extra: Default::default(),
    }
}

// ------------------------------------------------------------------ the spec itself

#[test]
fn the_suite_covers_every_operation_of_the_spec() {
    let mut in_spec: Vec<(String, String, String)> = spec_operations()
        .into_iter()
        .map(|(p, m, op)| (op["operationId"].as_str().unwrap().to_owned(), m, p.to_owned()))
        .collect();
    in_spec.sort();
    let mut listed: Vec<(String, String, String)> = OPS
        .iter()
        .map(|(o, m, p)| (o.to_string(), m.to_string(), p.to_string()))
        .collect();
    listed.sort();
    assert_eq!(in_spec, listed);
}

#[test]
fn base_urls_and_constants_are_the_documented_ones() {
    let servers = spec()["servers"].as_array().unwrap();
    assert_eq!(servers[0]["url"], BASE_URL);
    assert_eq!(servers[1]["url"], LEGACY_BASE_URL);
    assert_eq!(BASE_URL, "https://smartpay.devices.sberbank.ru/smartpay/v1");
    assert_eq!(
        LEGACY_BASE_URL,
        "https://smartmarket.online.sberbank.ru/smartpay/v1"
    );
    assert_eq!(DEFAULT_TIMEOUT, Duration::from_secs(30));
    assert_eq!(MAX_WAIT, Duration::from_secs(60));
    assert_eq!(api_version(), "1.02");
    // The refusal rule of the spec (ErrorEnvelope.x-success-codes) is the client's table.
    let codes = spec()["components"]["schemas"]["ErrorEnvelope"]["x-success-codes"].clone();
    let codes = codes.as_array().unwrap();
    assert!(!codes.is_empty());
    let payspec::envelope::Test::Success(success) = payspec_sber::ENVELOPE.test else {
        panic!("{:?}", payspec_sber::ENVELOPE.test)
    };
    for code in codes {
        assert!(
            success.contains(&code.to_string().as_str()),
            "{code} not in {success:?}"
        );
    }
    assert_eq!(spec()["x-error-envelope"], "#/components/schemas/ErrorEnvelope");
}

/// The documents of the seed file (each JSON example starts on a line that is just `{`).
fn seed_documents(seed: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = seed;
    while let Some(i) = rest.find("\n{\n") {
        let start = &rest[i + 1..];
        let mut stream = serde_json::Deserializer::from_str(start).into_iter::<Value>();
        out.push(stream.next().expect("a JSON document").expect("valid JSON"));
        rest = &start[stream.byte_offset()..];
    }
    out
}

#[test]
fn the_seed_example_is_the_spec_example() {
    let seed: Value = serde_json::from_str(SEED_LIST).expect("the seed example is valid JSON");
    assert_eq!(seed, response_example("invoice_list"));
    let error: Value = serde_json::from_str(SEED_ERROR).unwrap();
    assert_eq!(
        error,
        spec()["components"]["responses"]["Error"]["content"][JSON_CT]["example"]
    );
    assert_eq!(error, spec()["components"]["schemas"]["ErrorEnvelope"]["example"]);
}

/// The verbatim copies above against seed 004 itself. The seeds are not part of the
/// repository: `PAYSPEC_SEEDS` names their folder (as for `cargo xtask coverage`), and
/// `.ci/run` runs the ignored tests of this file with it set.
#[test]
#[ignore = "needs the seed texts: set PAYSPEC_SEEDS to their folder and run with --ignored"]
fn the_seed_example_is_verbatim_in_seed_004() {
    let dir = std::env::var_os("PAYSPEC_SEEDS")
        .expect("PAYSPEC_SEEDS must name the folder of the seed texts for this test");
    let file = std::path::Path::new(&dir).join("004_13a68967de1278fd.txt");
    let text =
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{} is not readable: {e}", file.display()));
    let seed: Value = serde_json::from_str(SEED_LIST).unwrap();
    let error: Value = serde_json::from_str(SEED_ERROR).unwrap();
    assert!(text.contains(SEED_LIST), "SEED_LIST is not verbatim");
    assert!(text.contains(SEED_ERROR), "SEED_ERROR is not verbatim");
    let docs = seed_documents(&text);
    assert_eq!(docs.len(), 3, "the list answer and two error answers");
    assert_eq!(docs[0], seed);
    assert_eq!(docs[1], error, "bad input parameter");
    assert_eq!(docs[2], error, "Unexpected error");
}

// ------------------------------------------------------------------ 1. every operation on the wire

#[tokio::test]
async fn invoice_create() {
    let (server, client) = serve_example("invoice_create").await;
    let r = client.invoice_create().body(create_request()).await.unwrap();

    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "POST",
        "/invoices",
        &request_example("invoice_create"),
        None,
    );
    // Amounts in kopecks as integers, decimals digit for digit.
    for fragment in [
        r#""amount":11836"#,
        r#""item_amount":11836"#,
        r#""item_price":11836"#,
        r#""tax_sum":2367"#,
        r#""discount_value":5.25"#,
        r#""interest_value":15.105"#,
        r#""value":1}"#,
        r#""ptype":0"#,
        r#""tax_system":0"#,
    ] {
        assert!(raw.contains(fragment), "{fragment} not in {raw}");
    }

    assert_eq!(r.invoice_id.as_deref(), Some(INVOICE_ID));
    assert_eq!(r.error, Some(success_error()));
    assert_eq!(r.code, None);
    assert_eq!(
        r,
        types::CreateInvoiceResponse {
            code: None,
            error: Some(success_error()),
            invoice_id: text(INVOICE_ID),
            extra: Default::default(),
        }
    );
}

#[test]
fn invoice_create_request_example_round_trips_through_the_types() {
    // The spec's example is a valid CreateInvoiceRequest, and the one built above is it.
    let example = request_example("invoice_create");
    let typed: types::CreateInvoiceRequest = serde_json::from_value(example.clone()).unwrap();
    assert_eq!(typed, create_request());
    assert_eq!(serde_json::to_value(&typed).unwrap(), example);
    for op in ["invoice_confirm", "invoice_refund", "invoice_start_payment"] {
        let example = request_example(op);
        let back = match op {
            "invoice_confirm" => {
                let t: types::ConfirmInvoiceRequest = serde_json::from_value(example.clone()).unwrap();
                assert_eq!(t, confirm_request());
                serde_json::to_value(&t).unwrap()
            }
            "invoice_refund" => {
                let t: types::RefundInvoiceRequest = serde_json::from_value(example.clone()).unwrap();
                assert_eq!(t, refund_request());
                serde_json::to_value(&t).unwrap()
            }
            _ => {
                let t: types::StartPaymentRequest = serde_json::from_value(example.clone()).unwrap();
                assert_eq!(t, start_payment_request());
                serde_json::to_value(&t).unwrap()
            }
        };
        assert_eq!(back, example, "{op}");
    }
}

#[tokio::test]
async fn invoice_list() {
    let (server, client) = serve_example("invoice_list").await;
    let page = client.invoice_list().await.unwrap();

    let req = the_request(&server).await;
    assert_bodiless(&req, "GET", "/invoices", &[], None);
    assert_seed_page(&page);
}

#[tokio::test]
async fn invoice_start_payment() {
    let (server, client) = serve_example("invoice_start_payment").await;
    let r = client
        .invoice_start_payment()
        .invoice_id(param_example("invoice_start_payment", "invoice_id"))
        .body(start_payment_request())
        .await
        .unwrap();

    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "POST",
        &invoice_path(INVOICE_ID),
        &request_example("invoice_start_payment"),
        None,
    );
    assert!(raw.contains(r#""value":"0""#), "the value is text: {raw}");
    assert!(raw.contains(r#""device_platform_version":"13.6.1""#), "{raw}");

    assert_eq!(
        r,
        types::StartPaymentResponse {
            form_url: s("https://smartpay.devices.sberbank.ru/form/3538853"),
            error: Some(success_error()),
            code: None,
            extra: Default::default(),
        }
    );
}

#[tokio::test]
async fn invoice_get() {
    let (server, client) = serve_example("invoice_get").await;
    let ex = |name: &str| param_example("invoice_get", name);
    let r = client
        .invoice_get()
        .invoice_id(ex("invoice_id"))
        .device_platform_type(ex("device_platform_type"))
        .device_platform_version(ex("device_platform_version"))
        .device_model(ex("device_model"))
        .device_manufacturer(ex("device_manufacturer"))
        .device_id(ex("device_id"))
        .await
        .unwrap();

    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        &invoice_path(INVOICE_ID),
        &[
            ("device_id", DEVICE_ID),
            ("device_manufacturer", "Apple"),
            ("device_model", "iPhone 7"),
            ("device_platform_type", "iOS"),
            ("device_platform_version", "13.6.1"),
        ],
        None,
    );

    assert_eq!(r.invoice_id.as_deref(), Some(INVOICE_ID));
    assert_eq!(r.invoice_status(), Some(&InvoiceStatus::Confirmed));
    assert_eq!(r.code, Some(Int(200)));
    let order = r.invoice.as_ref().unwrap().order.as_ref().unwrap();
    assert_eq!(order.amount, Some(11836), "kopecks");
    assert_eq!(order.order_bundle[0].item_amount, Some(11836));
    assert_eq!(
        order.order_bundle[0]
            .quantity
            .as_ref()
            .unwrap()
            .value
            .as_ref()
            .map(DecimalNumber::as_str),
        Some("1")
    );
    assert_eq!(r, get_example(), "every field, the absent ones included");
}

#[tokio::test]
async fn invoice_get_with_a_bare_id_sends_no_query() {
    let (server, client) = serve(status_answer("created")).await;
    let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
    assert_eq!(r.invoice_status(), Some(&InvoiceStatus::Created));
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        &invoice_path(INVOICE_ID),
        &[],
        None,
    );
}

#[tokio::test]
async fn invoice_confirm() {
    let (server, client) = serve_example("invoice_confirm").await;
    let r = client
        .invoice_confirm()
        .invoice_id(INVOICE_ID)
        .author(param_example("invoice_confirm", "author"))
        .body(confirm_request())
        .await
        .unwrap();

    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "PUT",
        &invoice_path(INVOICE_ID),
        &request_example("invoice_confirm"),
        Some(AUTHOR),
    );
    assert!(raw.contains(r#""amount":11836"#), "{raw}");
    assert_eq!(
        r,
        types::InvoiceActionResponse {
            error: Some(success_error()),
            code: None,
            extra: Default::default(),
        }
    );
}

#[tokio::test]
async fn invoice_confirm_through_body_map_sends_the_same_body() {
    let (server, client) = serve_example("invoice_confirm").await;
    client
        .invoice_confirm()
        .invoice_id(INVOICE_ID)
        .body_map(|b| b.invoice(confirm_order()))
        .await
        .unwrap();
    assert_json(
        &the_request(&server).await,
        "PUT",
        &invoice_path(INVOICE_ID),
        &request_example("invoice_confirm"),
        None,
    );
}

#[tokio::test]
async fn invoice_cancel() {
    let (server, client) = serve_example("invoice_cancel").await;
    let r = client
        .invoice_cancel()
        .invoice_id(INVOICE_ID)
        .author(AUTHOR)
        .await
        .unwrap();

    let req = the_request(&server).await;
    assert_bodiless(&req, "DELETE", &invoice_path(INVOICE_ID), &[], Some(AUTHOR));
    assert_eq!(
        r,
        types::InvoiceActionResponse {
            error: Some(success_error()),
            code: None,
            extra: Default::default(),
        }
    );
}

#[tokio::test]
async fn invoice_refund() {
    let (server, client) = serve_example("invoice_refund").await;
    let r = client
        .invoice_refund()
        .invoice_id(INVOICE_ID)
        .author(AUTHOR)
        .body(refund_request())
        .await
        .unwrap();

    let req = the_request(&server).await;
    let raw = assert_json(
        &req,
        "PATCH",
        &invoice_path(INVOICE_ID),
        &request_example("invoice_refund"),
        Some(AUTHOR),
    );
    for fragment in [
        r#""current_amount":11836"#,
        r#""refund_amount":5000"#,
        r#""item_amount":5000"#,
    ] {
        assert!(raw.contains(fragment), "{fragment} not in {raw}");
    }
    assert_eq!(
        r,
        types::InvoiceActionResponse {
            error: Some(success_error()),
            code: None,
            extra: Default::default(),
        }
    );
}

#[tokio::test]
async fn without_author_no_author_header_is_sent() {
    for op in ["invoice_confirm", "invoice_cancel", "invoice_refund"] {
        let (server, client) = serve_example(op).await;
        call(&client, op).await.unwrap();
        let req = the_request(&server).await;
        assert!(header_values(&req, "author").is_empty(), "{op}");
        assert_headers(&req, None);
    }
}

#[tokio::test]
async fn every_operation_carries_the_headers_once() {
    for (op, method, at) in OPS {
        let (server, client) = serve_example(op).await;
        call(&client, op).await.unwrap();
        let req = the_request(&server).await;
        assert_eq!(req.method.as_str(), method, "{op}");
        assert_eq!(req.url.path(), at.replace("{invoice_id}", INVOICE_ID), "{op}");
        assert_headers(&req, None);
    }
}

#[tokio::test]
async fn the_base_url_may_carry_the_path_prefix_and_a_trailing_slash() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(status_answer("paid"))
        .mount(&server)
        .await;
    for base in [
        format!("{}/smartpay/v1", server.uri()),
        format!("{}/smartpay/v1/", server.uri()),
    ] {
        let client = Client::with_token(&base, token()).unwrap();
        client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
        client.invoice_list().await.unwrap();
    }
    let paths: Vec<String> = requests(&server)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/smartpay/v1/invoices/3538853",
            "/smartpay/v1/invoices",
            "/smartpay/v1/invoices/3538853",
            "/smartpay/v1/invoices",
        ]
    );
}

#[tokio::test]
async fn odd_characters_in_the_invoice_id_are_percent_encoded() {
    let (server, client) = serve(status_answer("paid")).await;
    client.invoice_get().invoice_id("a/b c?d#e").await.unwrap();
    let req = the_request(&server).await;
    assert_eq!(req.url.path(), "/invoices/a%2Fb%20c%3Fd%23e");
    assert_eq!(req.url.query(), None);
}

// ------------------------------------------------------------------ 2. the seed's answer

#[tokio::test]
async fn the_seed_list_answer_decodes_every_field() {
    // Served byte for byte as the seed prints it.
    let (server, client) = serve(raw(200, SEED_LIST, JSON_CT)).await;
    let page = client.invoice_list().invoice_status("all").await.unwrap();
    assert_seed_page(&page);
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        "/invoices",
        &[("invoice_status", "all")],
        None,
    );
}

// ------------------------------------------------------------------ 3. list filters, 4. lookup

#[tokio::test]
async fn invoice_list_sends_every_filter_of_the_seed() {
    let (server, client) = serve_example("invoice_list").await;
    let ex = |name: &str| param_example("invoice_list", name);
    client
        .invoice_list()
        .partner_client_id(ex("partner_client_id"))
        .date_from(ex("date_from"))
        .date_to(ex("date_to"))
        .invoice_status(ex("invoice_status"))
        .amount_from(ex("amount_from").parse::<i64>().unwrap())
        .amount_to(ex("amount_to").parse::<i64>().unwrap())
        .masked_pan(ex("masked_pan"))
        .order_num(ex("order_num"))
        .page(ex("page").parse::<i64>().unwrap())
        .size(ex("size").parse::<i64>().unwrap())
        .await
        .unwrap();
    let req = the_request(&server).await;
    assert_bodiless(
        &req,
        "GET",
        "/invoices",
        &[
            ("amount_from", "10000"),
            ("amount_to", "50000"),
            ("date_from", "2020-04-29"),
            ("date_to", "2020-08-31"),
            ("invoice_status", "created,executed"),
            ("masked_pan", "1111"),
            ("order_num", "145"),
            ("page", "0"),
            ("partner_client_id", PARTNER_CLIENT_ID),
            ("size", "20"),
        ],
        None,
    );
    // The comma of the status list is form-encoded; the server decodes it.
    assert_eq!(
        req.url.query(),
        Some(
            "amount_from=10000&amount_to=50000&date_from=2020-04-29&date_to=2020-08-31\
             &invoice_status=created%2Cexecuted&masked_pan=1111&order_num=145&page=0\
             &partner_client_id=43u111539f0q&size=20"
        )
    );
}

#[tokio::test]
async fn each_member_of_the_user_id_filter_is_a_flat_query_parameter() {
    let (server, client) = serve_example("invoice_list").await;
    client.invoice_list().user_uid("uid-1").await.unwrap();
    client
        .invoice_list()
        .encrypted_sub_id("sub/ABC+1=")
        .await
        .unwrap();
    client
        .invoice_list()
        .partner_client_sub_id("client-7-sub-2")
        .await
        .unwrap();
    let reqs = requests(&server).await;
    assert_eq!(reqs.len(), 3);
    assert_bodiless(&reqs[0], "GET", "/invoices", &[("user_uid", "uid-1")], None);
    assert_bodiless(
        &reqs[1],
        "GET",
        "/invoices",
        &[("encrypted_sub_id", "sub/ABC+1=")],
        None,
    );
    assert_eq!(reqs[1].url.query(), Some("encrypted_sub_id=sub%2FABC%2B1%3D"));
    assert_bodiless(
        &reqs[2],
        "GET",
        "/invoices",
        &[("partner_client_sub_id", "client-7-sub-2")],
        None,
    );
}

#[tokio::test]
async fn invoice_get_looks_up_by_service_id_and_order_id_with_invoice_id_0() {
    let (server, client) = serve_example("invoice_get").await;
    let r = client
        .invoice_get()
        .invoice_id("0")
        .service_id(param_example("invoice_get", "service_id"))
        .order_id(param_example("invoice_get", "order_id"))
        .await
        .unwrap();
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        "/invoices/0",
        &[("order_id", ORDER_ID), ("service_id", "223")],
        None,
    );
    assert_eq!(
        r.invoice_id.as_deref(),
        Some(INVOICE_ID),
        "the real id comes back"
    );
}

// ------------------------------------------------------------------ 5. tolerant decoding

#[tokio::test]
async fn invoice_id_decodes_from_a_string_and_from_a_number() {
    for (id, expected) in [
        (json!("3538853"), "3538853"),
        (json!(3538853), "3538853"),
        (json!(1234567890123_i64), "1234567890123"),
    ] {
        let (_s, client) = serve(json_answer(json!({
            "error": {"user_message": "", "error_description": "", "error_code": "0"},
            "invoice_id": id,
        })))
        .await;
        let r = client.invoice_create().body(create_request()).await.unwrap();
        assert_eq!(r.invoice_id.as_deref(), Some(expected), "create: {id}");

        let (_s, client) = serve(json_answer(json!({"invoice_id": id, "invoice_status": "paid"}))).await;
        let r = client.invoice_get().invoice_id(expected).await.unwrap();
        assert_eq!(r.invoice_id.as_deref(), Some(expected), "get: {id}");

        let (_s, client) = serve(json_answer(json!({
            "invoices": [{"invoice_id": id, "order_number": id}],
        })))
        .await;
        let page = client.invoice_list().await.unwrap();
        assert_eq!(
            Some(page.invoices[0].invoice_id.as_str()),
            Some(expected),
            "list: {id}"
        );
        assert_eq!(
            page.invoices[0].order_number.as_deref(),
            Some(expected),
            "list: {id}"
        );
    }
}

#[tokio::test]
async fn every_documented_status_decodes_to_its_variant() {
    for (wire, status) in [
        ("created", InvoiceStatus::Created),
        ("executed", InvoiceStatus::Executed),
        ("paid", InvoiceStatus::Paid),
        ("confirmed", InvoiceStatus::Confirmed),
        ("cancelled", InvoiceStatus::Cancelled),
        ("reversed", InvoiceStatus::Reversed),
        ("refunded", InvoiceStatus::Refunded),
    ] {
        let (_s, client) = serve(status_answer(wire)).await;
        let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
        assert_eq!(r.invoice_status(), Some(&status), "{wire}");
        assert_eq!(status.as_str(), wire);
        assert_eq!(status.to_string(), wire);
    }
}

#[tokio::test]
async fn unknown_statuses_decode_as_other() {
    for wire in ["wait", "mystery", "CONFIRMED", ""] {
        let (_s, client) = serve(status_answer(wire)).await;
        let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
        assert_eq!(
            r.invoice_status(),
            Some(&InvoiceStatus::Other(wire.into())),
            "{wire:?}"
        );

        let (_s, client) = serve(json_answer(
            json!({"invoices": [{"invoice_id": "1", "invoice_status": wire}]}),
        ))
        .await;
        let page = client.invoice_list().await.unwrap();
        assert_eq!(
            page.invoices[0].invoice_status,
            Some(InvoiceStatus::Other(wire.into())),
            "{wire:?}"
        );
    }
    // An unknown value goes back on the wire as it came.
    let (server, client) = serve(status_answer("paid")).await;
    client
        .invoice_get()
        .invoice_id(INVOICE_ID)
        .inv_status(InvoiceStatus::Other("wait".into()))
        .await
        .unwrap();
    assert_eq!(
        query_pairs(&the_request(&server).await),
        owned(&[("inv_status", "wait")])
    );
}

#[tokio::test]
async fn success_codes_and_the_top_level_code_decode_as_text_or_number() {
    let (_s, client) = serve(json_answer(json!({
        "code": "200",
        "error": {"user_message": "", "error_description": "", "error_code": 200},
        "invoice_id": 3538853,
        "invoice_status": "paid",
    })))
    .await;
    let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
    assert_eq!(r.code, Some(Int(200)));
    assert_eq!(
        r.error.as_ref().and_then(|e| e.error_code.as_deref()),
        Some("200")
    );
    assert_eq!(r.invoice_id.as_deref(), Some(INVOICE_ID));
}

#[tokio::test]
async fn the_other_invoice_fields_decode() {
    let body = json!({
        "invoice_id": "3538853",
        "invoice_status": "created",
        "form_url": "https://smartpay.devices.sberbank.ru/form/3538853",
        "image": SALUTE_IMAGE,
        "payment_methods": {"user_message": "Выберите способ оплаты", "methods": {"method": "card", "action": "Оплатить картой"}},
        "cards": [{
            "card_id": "card-1",
            "name": "Зарплатная",
            "masked_pan": "**1111",
            "expiry_date": "202512",
            "cardholder": "Ivan Petrov",
            "payment_system": "Visa",
            "bank_info": {"bank_name": "ПАО Сбербанк"}
        }],
        "receipts": [{"url": "https://ofd.example/1"}],
        "payment_info": {"payment_params": {"a": 1}, "card_id": "card-1", "loyalty_info": {"change_rate": 1.25}}
    });
    let (_s, client) = serve(json_answer(body)).await;
    let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
    assert_eq!(
        r.form_url.as_deref(),
        Some("https://smartpay.devices.sberbank.ru/form/3538853")
    );
    assert_eq!(r.image.as_deref(), Some(SALUTE_IMAGE));
    let pm = r.payment_methods.as_ref().unwrap();
    assert_eq!(pm.user_message.as_deref(), Some("Выберите способ оплаты"));
    let methods = pm
        .methods
        .as_ref()
        .expect("one bare method object is a list of one");
    assert_eq!(
        methods.0,
        [types::PaymentMethod {
            method: s("card"),
            action: s("Оплатить картой"),
            extra: Default::default(),
        }]
    );
    assert_eq!(r.cards.len(), 1);
    assert_eq!(r.cards[0].card_id.as_deref(), Some("card-1"));
    assert_eq!(r.cards[0].name.as_deref(), Some("Зарплатная"));
    assert_eq!(r.cards[0].expiry_date.as_deref(), Some("202512"));
    assert_eq!(
        r.cards[0].bank_info.as_ref().unwrap().bank_name.as_deref(),
        Some("ПАО Сбербанк")
    );
    assert_eq!(r.receipts, Some(json!([{"url": "https://ofd.example/1"}])));
    let pi = r.payment_info.as_ref().unwrap();
    assert_eq!(pi.payment_params, Some(json!({"a": 1})));
    assert_eq!(pi.card_id.as_deref(), Some("card-1"));
    assert_eq!(
        pi.loyalty_info
            .as_ref()
            .unwrap()
            .change_rate
            .as_ref()
            .map(DecimalNumber::as_str),
        Some("1.25")
    );

    // Methods as an array.
    let (_s, client) = serve(json_answer(json!({
        "payment_methods": {"methods": [{"method": "card"}, {"method": "QR"}, {"method": "new"}]}
    })))
    .await;
    let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
    let methods: Vec<String> = r
        .payment_methods
        .unwrap()
        .methods
        .unwrap()
        .0
        .into_iter()
        .map(|m| m.method.unwrap())
        .collect();
    assert_eq!(methods, ["card", "QR", "new"]);
}

#[tokio::test]
async fn an_empty_list_and_unknown_fields_decode() {
    let (_s, client) = serve(json_answer(json!({
        "error": {"user_message": "", "error_description": "", "error_code": "0"},
        "invoices": [],
        "empty": true,
        "totalElements": 0,
        "somethingNew": {"x": 1}
    })))
    .await;
    let page = client.invoice_list().await.unwrap();
    assert!(page.invoices.is_empty());
    assert_eq!(page.empty, Some(true));
    assert_eq!(page.total_elements, Some(0));
    assert_eq!(page.total_pages, None);

    let (_s, client) = serve(json_answer(json!({}))).await;
    assert_eq!(
        client.invoice_list().await.unwrap(),
        serde_json::from_value::<types::InvoiceListPage>(json!({})).unwrap()
    );
}

/// A JSON object as the `extra` map of a decoded type.
fn extra_map(value: Value) -> serde_json::Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

/// Members the spec does not name are kept, not dropped: at the top of the answer, in its
/// `error` block, in an item of the list and in objects nested in that item (`amount_create`,
/// `payment_info`, `payment_info.bank_info`), each in its own `extra`; the named members decode
/// as before, and an unknown status still decodes as `InvoiceStatus::Other`.
#[tokio::test]
async fn unknown_fields_of_a_list_answer_are_kept_in_extra() {
    let (server, client) = serve(json_answer(json!({
        "error": {"user_message": "", "error_description": "", "error_code": "0", "trace_id": "t-1"},
        "invoices": [{
            "invoice_id": 1234567890,
            "invoice_status": "on_hold",
            "amount_create": {"amount": 11836, "currency": "RUB"},
            "order_number": "145",
            "payment_info": {
                "payment_id": ORDER_ID,
                "rrn": "123456789012",
                "bank_info": {"bank_name": "ПАО Сбербанк", "bic": "044525225"}
            },
            "merchant_flags": ["gift"],
            "refund_count": 0
        }],
        "totalElements": 1,
        "requestId": "r-42",
        "cursor": null
    })))
    .await;
    let page = client.invoice_list().page(0).size(20).await.unwrap();

    let req = the_request(&server).await;
    assert_bodiless(&req, "GET", "/invoices", &[("page", "0"), ("size", "20")], None);

    assert_eq!(page.total_elements, Some(1));
    assert_eq!(
        page.extra,
        extra_map(json!({"requestId": "r-42", "cursor": null}))
    );
    let error = page.error.as_ref().unwrap();
    assert_eq!(error.error_code, text("0"));
    assert_eq!(error.extra, extra_map(json!({"trace_id": "t-1"})));

    assert_eq!(page.invoices.len(), 1);
    let item = &page.invoices[0];
    assert_eq!(item.invoice_id, text("1234567890").unwrap());
    assert_eq!(item.invoice_status, Some(InvoiceStatus::Other("on_hold".into())));
    assert_eq!(item.order_number, text("145"));
    assert_eq!(
        item.extra,
        extra_map(json!({"merchant_flags": ["gift"], "refund_count": 0}))
    );
    let amount = item.amount_create.as_ref().unwrap();
    assert_eq!(amount.amount, Some(11836));
    assert_eq!(amount.extra, extra_map(json!({"currency": "RUB"})));
    let info = item.payment_info.as_ref().unwrap();
    assert_eq!(info.payment_id.as_deref(), Some(ORDER_ID));
    assert_eq!(info.extra, extra_map(json!({"rrn": "123456789012"})));
    let bank = info.bank_info.as_ref().unwrap();
    assert_eq!(bank.bank_name.as_deref(), Some("ПАО Сбербанк"));
    assert_eq!(bank.extra, extra_map(json!({"bic": "044525225"})));

    // Written back, the unknown members come out again, at their places.
    let written = serde_json::to_value(&page).unwrap();
    assert_eq!(written["requestId"], "r-42");
    assert_eq!(written["invoices"][0]["merchant_flags"], json!(["gift"]));
    assert_eq!(
        written["invoices"][0]["payment_info"]["bank_info"]["bic"],
        "044525225"
    );
}

/// The same for `invoice_get`: the top level, the invoice block, its order, a cart line and
/// its quantity, and a payment method of the one-object shape.
#[tokio::test]
async fn unknown_fields_of_an_invoice_are_kept_in_extra() {
    let (server, client) = serve(json_answer(json!({
        "code": 200,
        "error": {"user_message": "", "error_description": "", "error_code": 0},
        "invoice_id": INVOICE_ID,
        "invoice_status": "created",
        "invoice": {
            "order": {
                "order_id": ORDER_ID,
                "amount": 11836,
                "order_bundle": [{
                    "position_id": 1,
                    "name": "Кучка из 100 кристаллов для использования при нырянии",
                    "quantity": {"value": 1, "measure": "шт", "code": 796},
                    "item_amount": 11836,
                    "payment_object": "commodity"
                }],
                "merchant_login": "shop-1"
            },
            "channel": "web"
        },
        "payment_methods": {"methods": {"method": "card", "action": "Оплатить картой", "default": true}},
        "expires_in": 1200
    })))
    .await;
    let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();

    let req = the_request(&server).await;
    assert_bodiless(&req, "GET", &invoice_path(INVOICE_ID), &[], None);

    assert_eq!(r.invoice_status(), Some(&InvoiceStatus::Created));
    assert_eq!(r.extra, extra_map(json!({"expires_in": 1200})));
    assert!(r.error.as_ref().unwrap().extra.is_empty());
    let invoice = r.invoice.as_ref().unwrap();
    assert_eq!(invoice.extra, extra_map(json!({"channel": "web"})));
    let order = invoice.order.as_ref().unwrap();
    assert_eq!(order.amount, Some(11836));
    assert_eq!(order.extra, extra_map(json!({"merchant_login": "shop-1"})));
    let line = &order.order_bundle[0];
    assert_eq!((line.position_id, line.item_amount), (Some(1), Some(11836)));
    assert_eq!(line.extra, extra_map(json!({"payment_object": "commodity"})));
    let quantity = line.quantity.as_ref().unwrap();
    assert_eq!(
        (
            quantity.value.as_ref().map(DecimalNumber::as_str),
            quantity.measure.as_deref()
        ),
        (Some("1"), Some("шт"))
    );
    assert_eq!(quantity.extra, extra_map(json!({"code": 796})));
    let methods = &r.payment_methods.as_ref().unwrap().methods.as_ref().unwrap().0;
    assert_eq!(
        methods,
        &[types::PaymentMethod {
            method: s("card"),
            action: s("Оплатить картой"),
            extra: extra_map(json!({"default": true})),
        }]
    );
}

// ------------------------------------------------------------------ 6. errors

#[tokio::test]
async fn http_400_with_the_error_object_is_a_provider_error() {
    let body = json!({"error": {
        "user_message": "Проверьте данные заказа",
        "error_description": "order.amount must equal the sum of order_bundle.item_amount",
        "error_code": "400"
    }});
    let (server, client) = serve(ResponseTemplate::new(400).set_body_json(&body)).await;
    let err = call(&client, "invoice_create").await.unwrap_err();
    let p = provider_error(&err);
    assert_eq!(p.provider, "sber");
    assert_eq!(p.operation, "invoice_create");
    assert_eq!(p.status, 400);
    assert_eq!(p.code.as_deref(), Some("400"));
    assert_eq!(
        p.messages,
        [
            "Проверьте данные заказа",
            "order.amount must equal the sum of order_bundle.item_amount"
        ]
    );
    assert_eq!(p.raw, body.to_string());
    assert_eq!(err.operation(), "invoice_create");
    assert_eq!(err.provider_error(), Some(p));
    assert_eq!(
        err.to_string(),
        "sber invoice_create: [400] Проверьте данные заказа; order.amount must equal the sum of \
         order_bundle.item_amount"
    );
    assert_eq!(requests(&server).await.len(), 1, "no retry");
    assert_clean(&err);
}

#[tokio::test]
async fn http_401_is_an_authentication_error() {
    let body = json!({"error": {
        "user_message": "",
        "error_description": "Access token is missing or invalid",
        "error_code": "401"
    }});
    let (_s, client) = serve(ResponseTemplate::new(401).set_body_json(&body)).await;
    let err = call(&client, "invoice_get").await.unwrap_err();
    let p = authentication_error(&err);
    assert_eq!((p.provider, p.operation, p.status), ("sber", "invoice_get", 401));
    assert_eq!(p.code.as_deref(), Some("401"));
    assert_eq!(
        p.messages,
        ["Access token is missing or invalid"],
        "the empty user message is dropped"
    );
    assert_eq!(
        err.to_string(),
        "sber invoice_get: [401] Access token is missing or invalid: the credentials were rejected \
         or lack access; check the credentials the client was built with and the account's access \
         level"
    );
    assert_clean(&err);

    // 401 whatever the code in the body (the seed's example carries "0"), and without a body.
    for template in [
        raw(401, SEED_ERROR, JSON_CT),
        raw(401, "<html>401 Authorization Required</html>", "text/html"),
        ResponseTemplate::new(401),
    ] {
        let (_s, client) = serve(template).await;
        let err = call(&client, "invoice_list").await.unwrap_err();
        let p = authentication_error(&err);
        assert_eq!((p.operation, p.status), ("invoice_list", 401));
        assert_clean(&err);
    }
}

#[tokio::test]
async fn error_code_401_at_any_status_is_an_authentication_error() {
    for (status, code) in [(200, json!("401")), (200, json!(401)), (400, json!("401"))] {
        let body =
            json!({"error": {"user_message": "Неверный токен", "error_description": "", "error_code": code}});
        let (_s, client) = serve(ResponseTemplate::new(status).set_body_json(body)).await;
        let err = call(&client, "invoice_refund").await.unwrap_err();
        let p = authentication_error(&err);
        assert_eq!(p.status, status);
        assert_eq!(p.code.as_deref(), Some("401"));
        assert_eq!(p.messages, ["Неверный токен"]);
        assert_eq!(p.operation, "invoice_refund");
    }
}

#[tokio::test]
async fn http_403_and_500_with_the_error_object_are_provider_errors() {
    for (status, code, user, description) in [
        (
            403,
            json!(403),
            "Внутренняя ошибка сервиса",
            "contact developer@sberdevices.ru",
        ),
        (500, json!("500"), "", "Unexpected error"),
    ] {
        let body =
            json!({"error": {"user_message": user, "error_description": description, "error_code": code}});
        let (_s, client) = serve(ResponseTemplate::new(status).set_body_json(&body)).await;
        let err = call(&client, "invoice_confirm").await.unwrap_err();
        let p = provider_error(&err);
        assert_eq!(p.status, status);
        assert_eq!(p.code.as_deref(), Some(status.to_string().as_str()));
        let expected: Vec<&str> = [user, description]
            .into_iter()
            .filter(|m| !m.is_empty())
            .collect();
        assert_eq!(p.messages, expected);
        assert_eq!(p.operation, "invoice_confirm");
        assert_eq!(p.raw, body.to_string());
        assert_clean(&err);
    }
}

#[tokio::test]
async fn the_documented_error_example_is_a_refusal_at_4xx_and_5xx() {
    // The seed's and the spec's example error body carries the placeholder code "0".
    for status in [400, 404, 500, 503] {
        let (_s, client) = serve(raw(status, SEED_ERROR, JSON_CT)).await;
        let err = call(&client, "invoice_cancel").await.unwrap_err();
        let p = provider_error(&err);
        assert_eq!(p.status, status);
        assert_eq!(p.code.as_deref(), Some("0"));
        assert!(p.messages.is_empty());
        assert_eq!(p.raw, SEED_ERROR);
        assert_eq!(
            err.to_string(),
            format!("sber invoice_cancel: [0] the provider refused the call (HTTP {status})")
        );
    }
}

#[tokio::test]
async fn error_code_1001_at_http_200_is_a_provider_error_on_every_operation() {
    let body = json!({
        "error": {
            "user_message": "Счёт не найден",
            "error_description": "Invoice not found",
            "error_code": "1001"
        },
        "invoice_id": INVOICE_ID,
        "invoice_status": "created"
    });
    for (op, _, _) in OPS {
        let (server, client) = serve(json_answer(body.clone())).await;
        let err = call(&client, op).await.unwrap_err();
        let p = provider_error(&err);
        assert_eq!(p.operation, op);
        assert_eq!(p.status, 200);
        assert_eq!(p.code.as_deref(), Some("1001"));
        assert_eq!(p.messages, ["Счёт не найден", "Invoice not found"]);
        assert_eq!(p.raw, body.to_string());
        assert_eq!(
            err.to_string(),
            format!("sber {op}: [1001] Счёт не найден; Invoice not found")
        );
        assert_eq!(requests(&server).await.len(), 1, "{op}: no retry");
    }
    // A numeric code, and a code without messages.
    let (_s, client) = serve(json_answer(json!({"error": {"error_code": 1001}}))).await;
    let err = call(&client, "invoice_get").await.unwrap_err();
    let p = provider_error(&err);
    assert_eq!(p.code.as_deref(), Some("1001"));
    assert!(p.messages.is_empty());
    assert_eq!(
        err.to_string(),
        "sber invoice_get: [1001] the provider refused the call (HTTP 200)"
    );
}

#[tokio::test]
async fn success_codes_at_http_200_decode_normally() {
    for (code, decoded) in [
        (json!("0"), Some("0")),
        (json!(0), Some("0")),
        (json!(200), Some("200")),
        (json!("200"), Some("200")),
        (json!(""), Some("")),
        (json!(null), None),
    ] {
        let (_s, client) = serve(json_answer(json!({
            "error": {"user_message": "", "error_description": "", "error_code": code},
            "invoice_id": INVOICE_ID,
            "invoice_status": "paid"
        })))
        .await;
        let r = client
            .invoice_get()
            .invoice_id(INVOICE_ID)
            .await
            .unwrap_or_else(|e| panic!("error_code {code}: {e}"));
        assert_eq!(r.invoice_status(), Some(&InvoiceStatus::Paid), "{code}");
        assert_eq!(r.error.as_ref().unwrap().error_code.as_deref(), decoded, "{code}");
    }
    // No error_code, and no error block at all.
    for body in [
        json!({"error": {"user_message": "", "error_description": ""}, "invoice_status": "paid"}),
        json!({"invoice_status": "paid"}),
        json!({"error": null, "invoice_status": "paid"}),
    ] {
        let (_s, client) = serve(json_answer(body.clone())).await;
        let r = client.invoice_get().invoice_id(INVOICE_ID).await.unwrap();
        assert_eq!(r.invoice_status(), Some(&InvoiceStatus::Paid), "{body}");
    }
}

#[test]
fn classify_follows_the_documented_rule() {
    let client = Client::with_token(BASE_URL, token()).unwrap();
    let inner = client.inner().provider();
    let ok = reqwest::StatusCode::OK;
    let refused = |kind, code: Option<&str>, messages: &[&str]| {
        Some(Rejection {
            kind,
            code: code.map(str::to_owned),
            messages: messages.iter().map(|m| m.to_string()).collect(),
        })
    };
    use RejectionKind::{Authentication, Provider as Refused};
    let cases: Vec<(u16, &str, Option<Rejection>)> = vec![
        (200, r#"{"error":{"error_code":"0"}}"#, None),
        (200, r#"{"error":{"error_code":0}}"#, None),
        (200, r#"{"error":{"error_code":200}}"#, None),
        (200, r#"{"error":{"error_code":"200"}}"#, None),
        (200, r#"{"error":{"error_code":""}}"#, None),
        (200, r#"{"error":{"error_code":" 0 "}}"#, None),
        (200, r#"{"error":{"error_code":null}}"#, None),
        (200, r#"{"error":{}}"#, None),
        (200, r#"{"error":null}"#, None),
        (200, r#"{}"#, None),
        (200, r#"not json"#, None),
        (
            200,
            r#"{"error":{"error_code":"1001","user_message":"u","error_description":"d"}}"#,
            refused(Refused, Some("1001"), &["u", "d"]),
        ),
        (
            200,
            r#"{"error":{"error_code":-1,"user_message":7}}"#,
            refused(Refused, Some("-1"), &["7"]),
        ),
        (
            200,
            r#"{"error":{"error_code":"401"}}"#,
            refused(Authentication, Some("401"), &[]),
        ),
        // The cheap look for `"error_code":` members must not hide a refusal: a key spelled
        // with an escape, a nested success code next to a failing top-level one, the key's
        // name inside a text, a success code repeated.
        (
            200,
            r#"{"error":{"\u0065rror_code":"1001"}}"#,
            refused(Refused, Some("1001"), &[]),
        ),
        (
            200,
            r#"{"invoice":{"error_code":"0"},"error":{"error_code":"7","user_message":"m"}}"#,
            refused(Refused, Some("7"), &["m"]),
        ),
        (
            200,
            r#"{"note":"\"error_code\": 5","error":{"error_code":"0"}}"#,
            None,
        ),
        (200, r#"{"a":{"error_code":0},"error":{"error_code":"0"}}"#, None),
        (400, SEED_ERROR, refused(Refused, Some("0"), &[])),
        (401, SEED_ERROR, refused(Authentication, Some("0"), &[])),
        (
            403,
            r#"{"error":{"error_code":403,"user_message":"x"}}"#,
            refused(Refused, Some("403"), &["x"]),
        ),
        (
            500,
            r#"{"error":{"error_code":"","error_description":"Unexpected error"}}"#,
            refused(Refused, None, &["Unexpected error"]),
        ),
        // Not the documented body: left to the generic rules.
        (401, "<html></html>", None),
        (502, "<html></html>", None),
        (500, r#"{"message":"x"}"#, None),
    ];
    for (status, body, expected) in cases {
        let status = reqwest::StatusCode::from_u16(status).unwrap();
        assert_eq!(
            inner.classify(status, body.as_bytes()),
            expected,
            "{status} {body}"
        );
    }
    assert_eq!(inner.classify(ok, b""), None);
    assert_eq!(inner.secrets(), [TOKEN]);
}

#[tokio::test]
async fn an_undocumented_error_body_is_a_status_error_on_every_operation() {
    // Not a refusal with a code: an HTTP status error naming the operation, with the body.
    for (op, _, _) in OPS {
        for (status, body, ct) in [
            (502, "<html>502 Bad Gateway</html>", "text/html"),
            (500, "", "text/plain"),
            (503, "Service Unavailable", "text/plain"),
            (502, r#"{"status":502,"message":"Bad Gateway"}"#, JSON_CT),
            (429, r#"{"message":"Too Many Requests"}"#, JSON_CT),
            (404, r#"{"error":"Not Found","status":404}"#, JSON_CT),
        ] {
            let (_s, client) = serve(raw(status, body, ct)).await;
            let err = call(&client, op).await.unwrap_err();
            match &err {
                Error::Status {
                    provider,
                    operation,
                    status: st,
                    excerpt,
                } => {
                    assert_eq!((*provider, *operation, *st), ("sber", op, status));
                    assert_eq!(excerpt, body, "{op} {status}");
                }
                other => panic!("{op} {status} {body}: expected Error::Status, got {other:?}"),
            }
            let shown = err.to_string();
            assert!(
                shown.starts_with(&format!("sber {op}: unexpected HTTP status {status} (")),
                "{shown}"
            );
            assert!(shown.ends_with(&format!("): {body}")), "{shown}");
            assert_clean(&err);
        }
    }
}

#[tokio::test]
async fn a_403_without_the_error_object_is_an_authentication_error() {
    // The generic rule of crates/payspec for a bare 401/403.
    let (_s, client) = serve(raw(403, "<html>Forbidden</html>", "text/html")).await;
    let err = call(&client, "invoice_list").await.unwrap_err();
    let p = authentication_error(&err);
    assert_eq!((p.status, p.code.as_deref()), (403, None));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_naming_the_operation() {
    let body = r#"{"error":{"user_message":"","error_description":"","error_code":"0"},"invoice_id":"3538853","invoice_sta"#;
    let (_s, client) = serve(raw(200, body, JSON_CT)).await;
    let err = call(&client, "invoice_get").await.unwrap_err();
    match &err {
        Error::Decode {
            provider,
            operation,
            message,
            excerpt,
        } => {
            assert_eq!((*provider, *operation), ("sber", "invoice_get"));
            assert!(!message.is_empty());
            assert_eq!(excerpt, body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert_eq!(err.operation(), "invoice_get");
    assert!(
        err.to_string()
            .starts_with("sber invoice_get: could not decode the response ("),
        "{err}"
    );
    assert!(
        err.to_string().ends_with(&format!("body starts: {body}")),
        "{err}"
    );

    // Truncated on every operation.
    for (op, _, _) in OPS {
        let (_s, client) = serve(raw(200, r#"{"error":{"error_code":"0"},"#, JSON_CT)).await;
        let err = call(&client, op).await.unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{op}: {err:?}");
        assert_eq!(err.operation(), op);
    }
}

#[tokio::test]
async fn a_body_off_the_schema_is_a_decode_error() {
    let body = r#"{"invoice_id":"1","invoice":{"order":{"amount":"118.36"}}}"#;
    let (_s, client) = serve(raw(200, body, JSON_CT)).await;
    let err = call(&client, "invoice_get").await.unwrap_err();
    match &err {
        Error::Decode {
            operation, excerpt, ..
        } => {
            assert_eq!(*operation, "invoice_get");
            assert_eq!(excerpt, body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn missing_arguments_are_refused_before_sending() {
    let (server, client) = serve(status_answer("paid")).await;

    let err = client.invoice_get().await.unwrap_err();
    match &err {
        Error::InvalidRequest {
            provider,
            operation,
            message,
        } => {
            assert_eq!((*provider, *operation), ("sber", "invoice_get"));
            assert!(message.contains("invoice_id"), "{message}");
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }

    let err = client.invoice_confirm().invoice_id(INVOICE_ID).await.unwrap_err();
    match &err {
        Error::InvalidRequest {
            operation, message, ..
        } => {
            assert_eq!(*operation, "invoice_confirm");
            assert!(message.contains("invoice"), "{message}");
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }

    // A required order field left out of the builder.
    let err = client
        .invoice_create()
        .body_map(|b| b.ptype(0))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidRequest {
                operation: "invoice_create",
                ..
            }
        ),
        "{err:?}"
    );

    // An author that cannot go in a header.
    let err = client
        .invoice_cancel()
        .invoice_id(INVOICE_ID)
        .author("line\nbreak")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidRequest {
                operation: "invoice_cancel",
                ..
            }
        ),
        "{err:?}"
    );

    assert!(requests(&server).await.is_empty(), "nothing was sent");
}

// ------------------------------------------------------------------ 7. long polling

#[tokio::test]
async fn a_long_poll_gets_its_wait_on_top_of_the_default_timeout() {
    let client = Client::with_token(BASE_URL, token()).unwrap();
    let inner = client.inner().provider();
    let call = client.config().timeout;
    assert_eq!(call, Duration::from_secs(30));
    for (query, expected) in [
        (Some("inv_status=created&wait=40"), 70),
        (Some("wait=0"), 30),
        (Some("wait=60&inv_status=paid"), 90),
        (Some("wait=9223372036854775807"), 30 + i64::MAX as u64),
        (None, 30),
        (Some("inv_status=created"), 30),
        (Some("wait=-5"), 30),
        (Some("wait=abc"), 30),
        (Some("waiting=40"), 30),
    ] {
        let mut url = reqwest::Url::parse("http://127.0.0.1/invoices/3538853").unwrap();
        url.set_query(query);
        let mut request = reqwest::Request::new(reqwest::Method::GET, url);
        assert_eq!(
            payspec::Provider::timeout(inner, &request, call),
            Duration::from_secs(expected),
            "{query:?}"
        );
        inner.authenticate(&mut request, "invoice_get").await.unwrap();
        assert!(
            request.headers().is_empty() && request.timeout().is_none(),
            "the token is a default header, not added here"
        );
    }
}

#[tokio::test]
async fn a_long_poll_answered_after_a_delay_succeeds() {
    let (server, client) = serve(status_answer("paid").set_delay(Duration::from_secs(1))).await;
    let started = Instant::now();
    let r = client
        .invoice_get()
        .invoice_id(INVOICE_ID)
        .inv_status(InvoiceStatus::Created)
        .wait(2)
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(r.invoice_status(), Some(&InvoiceStatus::Paid));
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        &invoice_path(INVOICE_ID),
        &[("inv_status", "created"), ("wait", "2")],
        None,
    );
}

#[tokio::test]
async fn a_long_poll_with_the_other_parameters_keeps_the_query_order() {
    let (server, client) = serve(status_answer("paid")).await;
    client
        .invoice_get()
        .invoice_id("0")
        .service_id("223")
        .order_id(ORDER_ID)
        .inv_status(InvoiceStatus::Executed)
        .wait(param_example("invoice_get", "wait").parse::<i64>().unwrap())
        .device_id(DEVICE_ID)
        .await
        .unwrap();
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        "/invoices/0",
        &[
            ("device_id", DEVICE_ID),
            ("inv_status", "executed"),
            ("order_id", ORDER_ID),
            ("service_id", "223"),
            ("wait", "30"),
        ],
        None,
    );
}

/// Answers with each template in turn, then repeats the last one.
struct Sequence {
    answers: Vec<ResponseTemplate>,
    next: AtomicUsize,
}

impl Sequence {
    fn new(answers: Vec<ResponseTemplate>) -> Self {
        Sequence {
            answers,
            next: AtomicUsize::new(0),
        }
    }
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let i = self.next.fetch_add(1, Ordering::SeqCst);
        self.answers[i.min(self.answers.len() - 1)].clone()
    }
}

/// The `wait` of a long-poll request.
fn wait_of(req: &Request) -> u64 {
    let pairs = query_pairs(req);
    assert_eq!(pairs.len(), 2, "{}", req.url);
    assert_eq!(
        pairs[0],
        ("inv_status".to_owned(), "created".to_owned()),
        "{}",
        req.url
    );
    assert_eq!(pairs[1].0, "wait", "{}", req.url);
    pairs[1].1.parse().unwrap()
}

#[tokio::test]
async fn wait_for_status_change_stops_on_the_first_other_status() {
    let (server, client) = serve(Sequence::new(vec![
        status_answer("created"),
        status_answer("created"),
        status_answer("paid"),
        status_answer("confirmed"),
    ]))
    .await;
    let answer = client
        .wait_for_status_change(INVOICE_ID, InvoiceStatus::Created, Duration::from_secs(600))
        .await
        .unwrap();
    assert_eq!(answer.invoice_status(), Some(&InvoiceStatus::Paid));
    assert_eq!(answer.invoice_id.as_deref(), Some(INVOICE_ID));

    let reqs = requests(&server).await;
    assert_eq!(reqs.len(), 3, "created, created, paid");
    for req in &reqs {
        assert_bodiless(
            req,
            "GET",
            &invoice_path(INVOICE_ID),
            &[("inv_status", "created"), ("wait", "60")],
            None,
        );
        assert!(wait_of(req) <= 60);
    }
}

#[tokio::test]
async fn wait_for_status_change_asks_for_at_most_the_time_left() {
    let (server, client) = serve(status_answer("executed")).await;
    let answer = client
        .wait_for_status_change(INVOICE_ID, InvoiceStatus::Created, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(answer.invoice_status(), Some(&InvoiceStatus::Executed));
    let req = the_request(&server).await;
    let wait = wait_of(&req);
    // The seconds left, rounded down: 9 on any real clock.
    assert!((8..=10).contains(&wait), "wait={wait}");
}

#[tokio::test]
async fn wait_for_status_change_with_deadline_0_makes_one_call_with_wait_0() {
    let (server, client) = serve(status_answer("created")).await;
    let answer = client
        .wait_for_status_change(INVOICE_ID, InvoiceStatus::Created, Duration::ZERO)
        .await
        .unwrap();
    assert_eq!(
        answer.invoice_status(),
        Some(&InvoiceStatus::Created),
        "the last answer, unchanged"
    );
    assert_bodiless(
        &the_request(&server).await,
        "GET",
        &invoice_path(INVOICE_ID),
        &[("inv_status", "created"), ("wait", "0")],
        None,
    );
}

#[tokio::test]
async fn wait_for_status_change_returns_the_first_error() {
    let (server, client) = serve(Sequence::new(vec![
        status_answer("created"),
        json_answer(json!({"error": {"user_message": "", "error_description": "Invoice not found", "error_code": "1001"}})),
        status_answer("paid"),
    ]))
    .await;
    let err = client
        .wait_for_status_change(INVOICE_ID, InvoiceStatus::Created, Duration::from_secs(600))
        .await
        .unwrap_err();
    let p = provider_error(&err);
    assert_eq!(p.operation, "invoice_get");
    assert_eq!(p.code.as_deref(), Some("1001"));
    assert_eq!(requests(&server).await.len(), 2, "no call after the error");
    assert_clean(&err);
}

#[tokio::test]
async fn wait_for_status_change_polls_a_server_that_ignores_wait_until_the_deadline() {
    // The server answers at once with the old status (it does not hold the request): the
    // loop pauses POLL_PAUSE between polls instead of spinning, and when less than a second
    // is left makes one last call with wait=0 and returns that answer.
    let (server, client) = serve(status_answer("created")).await;
    let started = Instant::now();
    let answer = client
        .wait_for_status_change(INVOICE_ID, InvoiceStatus::Created, Duration::from_millis(1300))
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(answer.invoice_status(), Some(&InvoiceStatus::Created));
    assert!(elapsed >= Duration::from_millis(300), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1300), "{elapsed:?}");

    let reqs = requests(&server).await;
    let waits: Vec<u64> = reqs.iter().map(wait_of).collect();
    assert!(waits.len() >= 2, "{waits:?}");
    assert!(waits.len() <= 3, "no tight loop: {waits:?}");
    assert_eq!(waits.last(), Some(&0), "the last call waits 0");
    assert!(waits[..waits.len() - 1].iter().all(|w| *w == 1), "{waits:?}");
    eprintln!(
        "a server ignoring `wait` got {} requests in {elapsed:?}",
        reqs.len()
    );
}

// ------------------------------------------------------------------ 8. secrets

#[test]
fn the_token_is_not_in_the_debug_of_the_client() {
    let client = Client::with_token(BASE_URL, token()).unwrap();
    let shown = format!("{client:?} {client:#?} {:?}", client.inner());
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains("BearerToken([redacted])"), "{shown}");
    let builder = format!(
        "{:?} {:?}",
        client.invoice_get().invoice_id(INVOICE_ID),
        client.invoice_create().body(create_request())
    );
    assert!(!builder.contains(TOKEN), "{builder}");
    assert_eq!(format!("{:?}", token()), "BearerToken([redacted])");
}

#[tokio::test]
async fn an_echoed_token_is_redacted_from_every_error() {
    let echo = json!({"error": {
        "user_message": format!("token {TOKEN} is not valid"),
        "error_description": format!("Authorization: Bearer {}", TOKEN.to_uppercase()),
        "error_code": "400"
    }});
    let (_s, client) = serve(ResponseTemplate::new(400).set_body_json(&echo)).await;
    let err = call(&client, "invoice_create").await.unwrap_err();
    let p = provider_error(&err);
    assert_eq!(
        p.messages,
        [
            "token [redacted] is not valid",
            "Authorization: Bearer [redacted]"
        ]
    );
    assert!(p.raw.contains("[redacted]"), "{}", p.raw);
    assert_clean(&err);

    // At 401 (authentication), at 200 with a refusal code, with the code itself echoing it.
    for (status, code) in [(401, "401"), (200, "1001"), (200, TOKEN)] {
        let body = json!({"error": {"user_message": TOKEN, "error_description": "", "error_code": code}});
        let (_s, client) = serve(ResponseTemplate::new(status).set_body_json(body)).await;
        let err = call(&client, "invoice_get").await.unwrap_err();
        let p = err.provider_error().expect("a refusal");
        assert_eq!(p.messages, ["[redacted]"]);
        assert_clean(&err);
    }

    // In a body that cannot be decoded, and in undocumented error bodies.
    for (status, body, ct) in [
        (200, format!(r#"{{"invoice_id":"{TOKEN}","invoice_sta"#), JSON_CT),
        (502, format!("<html>Bearer {TOKEN}</html>"), "text/html"),
        (500, format!(r#"{{"message":"bad token {TOKEN}"}}"#), JSON_CT),
        (401, format!("<html>token={TOKEN}</html>"), "text/html"),
    ] {
        let (_s, client) = serve(raw(status, &body, ct)).await;
        let err = call(&client, "invoice_list").await.unwrap_err();
        assert_clean(&err);
    }
}

#[tokio::test]
async fn a_transport_error_hides_the_token_and_the_url() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::with_token(&format!("http://127.0.0.1:{port}"), token()).unwrap();
    for (op, _, _) in OPS {
        let err = call(&client, op).await.unwrap_err();
        match &err {
            Error::Transport {
                provider, operation, ..
            } => assert_eq!((*provider, *operation), ("sber", op)),
            other => panic!("{op}: expected Error::Transport, got {other:?}"),
        }
        assert!(
            err.to_string()
                .starts_with(&format!("sber {op}: request failed: ")),
            "{err}"
        );
        assert!(
            !format!("{err:?}").contains("/invoices"),
            "the URL is stripped: {err:?}"
        );
        assert_clean(&err);
    }
    // A long poll too.
    let err = client
        .wait_for_status_change(INVOICE_ID, InvoiceStatus::Created, Duration::from_secs(5))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                operation: "invoice_get",
                ..
            }
        ),
        "{err:?}"
    );
    assert_clean(&err);
}

// ------------------------------------------------------------------ review fixes

#[tokio::test]
async fn an_empty_invoice_id_is_refused_before_sending() {
    let (server, client) = serve(status_answer("created")).await;
    let err = client.invoice_get().invoice_id("").await.unwrap_err();
    let Error::InvalidRequest {
        operation, message, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*operation, "invoice_get");
    assert!(message.starts_with("invoice_id must not be empty"), "{message}");
    assert!(requests(&server).await.is_empty());
}

#[tokio::test]
async fn an_order_amount_that_is_not_the_cart_total_is_refused_before_sending() {
    let (server, client) = serve(json_answer(response_example("invoice_create"))).await;
    let mut body = request_example("invoice_create");
    let order = &mut body["invoice"]["order"];
    let amount = order["amount"].as_i64().expect("the example has an amount");
    order["amount"] = json!(amount + 1);
    let request: types::CreateInvoiceRequest = serde_json::from_value(body).unwrap();
    let err = client.invoice_create().body(request).await.unwrap_err();
    let Error::InvalidRequest { message, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        *message,
        format!(
            "invoice.order.amount is {}, but the order_bundle item_amount add up to {amount}",
            amount + 1
        )
    );
    assert!(requests(&server).await.is_empty());
}

// ------------------------------------------------------------------ retries

#[tokio::test]
async fn only_operations_the_spec_marks_idempotent_are_retried() {
    // invoice_create is safe to repeat: the order_id is unique per service_id and a repeat
    // creates no second invoice (specs/sber.yaml, x-idempotent-note).
    let never = [
        "invoice_start_payment",
        "invoice_confirm",
        "invoice_cancel",
        "invoice_refund",
    ];
    common::assert_idempotent_table("sber", payspec_sber::IDEMPOTENT, &never);
    let spec = common::spec_idempotent("sber");
    for (op, _, _) in OPS {
        let (server, _) = serve(ResponseTemplate::new(503).set_body_string("busy")).await;
        let client = Client::with_config(&server.uri(), token(), common::fast_retries(2)).unwrap();
        let err = call(&client, op).await.unwrap_err();
        let seen = server.received_requests().await.unwrap().len();
        common::assert_retried_per_spec(op, &err, seen, spec[op]);
    }
}

/// The request-side types keep no remainder, so their builders need only the documented
/// members (a type with a remainder would refuse to build without `.extra(...)`); the answer
/// side (`PurchaserAnswer`) keeps unknown members.
#[test]
fn request_types_build_from_their_documented_members() {
    let purchaser: types::Purchaser = types::Purchaser::builder()
        .email(Some("qq@dd.eof".to_owned()))
        .try_into()
        .expect("a purchaser builds from its members");
    assert_eq!(purchaser.email.as_deref(), Some("qq@dd.eof"));
    let quantity: types::Quantity = types::Quantity::builder()
        .measure(Some("шт".to_owned()))
        .try_into()
        .expect("a quantity builds from its members");
    assert_eq!(quantity.measure.as_deref(), Some("шт"));
    let answer: types::PurchaserAnswer =
        serde_json::from_str(r#"{"email":"qq@dd.eof","loyalty_id":"L-7"}"#).unwrap();
    assert_eq!(answer.extra["loyalty_id"], "L-7");
}
