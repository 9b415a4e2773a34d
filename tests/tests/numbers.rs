//! Money stays exact (issue 18, item 3): every provider's answer with a money field sent as a
//! JSON number, served by a local server (wiremock on loopback) and decoded by the client.
//!
//! Each test takes the spec's own success example of one operation and puts a number's text,
//! byte for byte, where the example has an amount: `123456789012345678.91`,
//! `1.123456789012345678` (both held exactly: `Decimal` keeps any count of digits given
//! plainly), `1e-400` (a `Decode` error: written without its exponent it needs 400 digits,
//! beyond the 38 a number in exponent form is written out to), and the extremes each provider
//! documents (the amount's scale, its smallest and largest sensible values). Through `f64`, as
//! before, the first two came back as `123456789012345660` and `1.1234567890123457` and
//! `1e-400` as `0`.
//!
//! The positions include the ones that used to pass through a buffer (`serde_json::Value`): a
//! list sent as a keyed object or as one bare item (OneBox's `LenientList`), and PayKeeper's
//! `Single` (its invoice is one bare object).
//!
//! A decode error names the member at fault in front of serde_json's message
//! (`data.amount: ...`, `[0].amount: ...`; issue 18, item 3): each test gives the path it
//! expects, and a member of the wrong type (an object or `true` where the amount goes) is
//! refused the same way.

mod common;

use payspec::Error;
use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A placeholder put where the number goes, then replaced (with its quotes) by the number's text.
const SLOT: &str = "@@number@@";

/// The spec's first success example (`example`, or the first of `examples` that is not a
/// refusal) of the `200` answer of `op`.
fn success_example(provider: &str, op: &str) -> Value {
    let file = format!("{}/../specs/{provider}.yaml", env!("CARGO_MANIFEST_DIR"));
    let doc: Value = serde_norway::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    for item in doc["paths"].as_object().unwrap().values() {
        for o in item.as_object().unwrap().values() {
            if o["operationId"] != op {
                continue;
            }
            let media = &o["responses"]["200"]["content"]["application/json"];
            if !media["example"].is_null() {
                return media["example"].clone();
            }
            let examples = media["examples"].as_object().expect("examples");
            return examples
                .iter()
                .find(|(name, _)| !common::is_refusal_example(name))
                .map(|(_, e)| e["value"].clone())
                .expect("a success example");
        }
    }
    panic!("{provider} {op}: no such operation")
}

/// `body` as JSON text with the member at `pointer` set to the bare text `number`.
fn with_number(mut body: Value, pointer: &str, number: &str) -> String {
    *body
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is not in the example")) = Value::from(SLOT);
    let text = body.to_string();
    assert_eq!(text.matches(SLOT).count(), 1);
    text.replace(&format!("\"{SLOT}\""), number)
}

/// A server answering every request with `body` (HTTP 200, JSON).
async fn serving(body: String) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    server
}

/// The numbers every provider gets, with what an exact decoder makes of them: the value's text,
/// or `None` for a decode error.
const COMMON: &[(&str, Option<&str>)] = &[
    ("123456789012345678.91", Some("123456789012345678.91")),
    ("1.123456789012345678", Some("1.123456789012345678")),
    ("1e-400", None),
    ("1E+400", None),
    ("-1e-39", None),
    // Exponents that fit are written out exactly.
    ("12345.678e-3", Some("12.345678")),
    ("1e2", Some("100")),
];

/// Members of the wrong type where the amount goes: refused, with what serde_json says of them.
const WRONG_TYPE: &[(&str, Option<&str>)] = &[(r#"{"value": 1}"#, None), ("true", None), ("[1]", None)];

/// Checks a decode error for `number`: a `Decode` whose message starts with the member's
/// `path` (`path: `; nothing when the failure is in the answer as a whole) and shows the
/// number's text, the reason, and the line and column where it ends in `body` (serde_json's
/// position). A member of the wrong type is an `invalid type` error at the same path.
fn assert_refused(err: &Error, body: &str, number: &str, path: &str) {
    let Error::Decode { message, .. } = err else {
        panic!("{number}: expected a decode error, got {err:?}")
    };
    let reason = if path.is_empty() {
        // A list sent as an object, or one bare item, is read from its members' text: the
        // error is the answer's own, and says in which member or object it happened.
        assert!(message.contains("(in the "), "{number}: {message}");
        message.as_str()
    } else {
        message
            .strip_prefix(&format!("{path}: "))
            .unwrap_or_else(|| panic!("{number}: the message does not name `{path}`: {message}"))
    };
    if WRONG_TYPE.iter().any(|(wrong, _)| *wrong == number) {
        assert!(
            reason.starts_with("invalid type: ") || reason.contains("(in "),
            "{number}: {message}"
        );
        return;
    }
    assert!(reason.contains(number), "{number}: {message}");
    assert!(reason.contains("more than 38 digits"), "{number}: {message}");
    let end = body.find(number).expect("the number is in the body") + number.len();
    let column: usize = message
        .rsplit_once("line 1 column ")
        .and_then(|(_, c)| c.parse().ok())
        .unwrap_or_else(|| panic!("{number}: no position in {message}"));
    if message.contains("(in the member `") || message.contains("(in the object") {
        // An item of a list sent as an object is decoded from its member's text: the message
        // names the member, and the position is the end of the object that held it.
        assert!(
            column > end,
            "{number}: {message} (the number ends at column {end})"
        );
    } else {
        // serde_json points at the number's end, or one past it when the struct's remainder
        // (`extra`) is collected in the same object.
        assert!(
            (end..=end + 1).contains(&column),
            "{number}: {message} (the number ends at column {end})"
        );
    }
}

/// Runs every `(number, expected)` case: the body from `body(number)`, the call from `call`,
/// and the decoded amount's text from the answer.
async fn check<T, F, C>(
    provider: &str,
    path: &str,
    cases: &[(&str, Option<&str>)],
    body: impl Fn(&str) -> String,
    call: C,
    amount: impl Fn(&T) -> Option<String>,
) where
    C: Fn(MockServer) -> F,
    F: Future<Output = (MockServer, Result<T, Error>)>,
{
    for &(number, expected) in cases {
        let text = body(number);
        let (_server, result) = call(serving(text.clone()).await).await;
        match (expected, result) {
            (Some(exact), Ok(answer)) => {
                assert_eq!(amount(&answer).as_deref(), Some(exact), "{provider}: {number}")
            }
            (None, Err(err)) => assert_refused(&err, &text, number, path),
            (Some(_), Err(err)) => panic!("{provider}: {number} was refused: {err}"),
            (None, Ok(answer)) => panic!(
                "{provider}: {number} decoded as {:?}, not refused",
                amount(&answer)
            ),
        }
    }
}

// ------------------------------------------------------------------------------------ OneBox

fn onebox_client(server: &MockServer) -> payspec_onebox::Client {
    payspec_onebox::Client::with_credentials(
        &server.uri(),
        payspec_onebox::Credentials::from_password("api-user", "pw").unwrap(),
    )
    .unwrap()
}

/// OneBox amounts are string decimals with kopecks (`"322.50"`), negative for outgoing
/// payments; as numbers they must keep every digit, as a list, a keyed PHP list and one bare
/// payment (the last two used to pass through `serde_json::Value`).
#[tokio::test]
async fn onebox_payment_amounts() {
    let extremes: &[(&str, Option<&str>)] = &[
        ("0.01", Some("0.01")),
        ("-0.01", Some("-0.01")),
        ("322.50", Some("322.50")),
        ("-99999999999999999999.99", Some("-99999999999999999999.99")),
        ("9007199254740993", Some("9007199254740993")),
    ];
    let example = success_example("onebox", "payment_get");
    let payment = example[0].clone();
    type Shape = fn(String) -> String;
    let shapes: [(&str, &str, Shape); 3] = [
        ("a list", "[0].amount", |p| format!("[{p}]")),
        ("a keyed list", "", |p| format!(r#"{{"0": {p}, "total": 1}}"#)),
        ("one bare payment", "", |p| p),
    ];
    for (shape, path, wrap) in shapes {
        for cases in [COMMON, extremes, WRONG_TYPE] {
            check(
                &format!("onebox ({shape})"),
                path,
                cases,
                |n| wrap(with_number(payment.clone(), "/amount", n)),
                |server| async move {
                    let r = onebox_client(&server).payment_get().part(1).await;
                    (server, r)
                },
                |list: &payspec::LenientList<payspec_onebox::types::Payment>| {
                    assert_eq!(list.len(), 1);
                    list[0].amount.as_ref().map(|a| a.as_str().to_owned())
                },
            )
            .await;
        }
    }
}

// -------------------------------------------------------------------------------- CrystalPay

/// CrystalPay amounts are decimals in the invoice's currency, crypto included: up to 8 decimals
/// (a method's `amount_accuracy`), so the smallest is one satoshi, `0.00000001` (`1e-8` as a
/// number), and the largest an i64 count of satoshis.
#[tokio::test]
async fn crystalpay_invoice_amounts() {
    let extremes: &[(&str, Option<&str>)] = &[
        ("0.00000001", Some("0.00000001")),
        ("1e-8", Some("0.00000001")),
        ("1.0E-8", Some("0.000000010")),
        ("92233720368.54775807", Some("92233720368.54775807")),
        ("21000000.00000001", Some("21000000.00000001")),
    ];
    let example = success_example("crystalpay", "invoice_info");
    for cases in [COMMON, extremes, WRONG_TYPE] {
        check(
            "crystalpay",
            "amount",
            cases,
            |n| with_number(example.clone(), "/amount", n),
            |server| async move {
                let creds = payspec_crystalpay::Credentials::new("login", "secret").unwrap();
                let client = payspec_crystalpay::Client::with_credentials(&server.uri(), creds).unwrap();
                let r = client.invoice_info().body_map(|b| b.id("id")).await;
                (server, r)
            },
            |r: &payspec_crystalpay::types::InvoiceInfo| r.amount.as_ref().map(|a| a.as_str().to_owned()),
        )
        .await;
    }
}

// --------------------------------------------------------------------------------- PayKeeper

/// PayKeeper sums are rubles with exactly two decimals (its notification signs them so). The
/// invoice arrives as one bare object (`Single`), which used to be read through
/// `serde_json::Value`.
#[tokio::test]
async fn paykeeper_invoice_amounts() {
    let extremes: &[(&str, Option<&str>)] = &[
        ("0.01", Some("0.01")),
        ("1205.90", Some("1205.90")),
        ("9999999999999999.99", Some("9999999999999999.99")),
        ("92233720368547758.07", Some("92233720368547758.07")),
    ];
    let example = success_example("paykeeper", "invoice_byid");
    let (bare, pointer) = match &example {
        Value::Array(items) => (items[0].clone(), "/pay_amount"),
        other => (other.clone(), "/pay_amount"),
    };
    for (shape, body) in [("bare", bare.clone()), ("in an array", Value::from(vec![bare]))] {
        let pointer = if shape == "bare" {
            pointer.to_owned()
        } else {
            format!("/0{pointer}")
        };
        for cases in [COMMON, extremes, WRONG_TYPE] {
            check(
                &format!("paykeeper ({shape})"),
                if shape == "bare" { "" } else { "[0].pay_amount" },
                cases,
                |n| with_number(body.clone(), &pointer, n),
                |server| async move {
                    let creds = payspec_paykeeper::Credentials::new("user", "password").unwrap();
                    let client = payspec_paykeeper::Client::with_credentials(&server.uri(), creds).unwrap();
                    let r = client.invoice_byid().id("20240101-1").await;
                    (server, r)
                },
                |r: &payspec::Single<payspec_paykeeper::types::Invoice>| {
                    r.pay_amount.as_ref().map(|a| a.as_str().to_owned())
                },
            )
            .await;
        }
    }
}

// -------------------------------------------------------------------------------- Invoicebox

/// Invoicebox amounts are JSON numbers in rubles with two decimals (`DecimalNumber`).
#[tokio::test]
async fn invoicebox_order_amounts() {
    let extremes: &[(&str, Option<&str>)] = &[
        ("0.01", Some("0.01")),
        ("0", Some("0")),
        ("99999999999999.99", Some("99999999999999.99")),
        ("9999999999999999.99", Some("9999999999999999.99")),
    ];
    let example = success_example("invoicebox", "order_get");
    for cases in [COMMON, extremes, WRONG_TYPE] {
        check(
            "invoicebox",
            "data.amount",
            cases,
            |n| with_number(example.clone(), "/data/amount", n),
            |server| async move {
                let creds = payspec_invoicebox::Credentials::new("token", "merchant").unwrap();
                let client = payspec_invoicebox::Client::with_credentials(&server.uri(), creds).unwrap();
                let r = client
                    .order_get()
                    .uuid("0e2c1b4e-0000-4000-8000-000000000001")
                    .await;
                (server, r)
            },
            |r: &payspec_invoicebox::types::OrderEnvelope| {
                r.data.amount.as_ref().map(|a| a.as_str().to_owned())
            },
        )
        .await;
    }
}

// -------------------------------------------------------------------------------------- Sber

fn sber_client(server: &MockServer) -> payspec_sber::Client {
    payspec_sber::Client::with_token(&server.uri(), payspec::BearerToken::new("token").unwrap()).unwrap()
}

/// Sber's decimal fields (`DecimalNumber`): a cart line's quantity (`0.5` kg) and its discount.
#[tokio::test]
async fn sber_decimal_fields() {
    let extremes: &[(&str, Option<&str>)] = &[
        ("0.001", Some("0.001")),
        ("1e-3", Some("0.001")),
        ("0.5", Some("0.5")),
        ("9223372036854775807", Some("9223372036854775807")),
    ];
    let example = success_example("sber", "invoice_get");
    let line = "/invoice/order/order_bundle/0";
    for cases in [COMMON, extremes, WRONG_TYPE] {
        check(
            "sber quantity",
            "invoice.order.order_bundle[0].quantity.value",
            cases,
            |n| with_number(example.clone(), &format!("{line}/quantity/value"), n),
            |server| async move {
                let r = sber_client(&server).invoice_get().invoice_id("7").await;
                (server, r)
            },
            |r: &payspec_sber::types::GetInvoiceResponse| {
                let line = &r.invoice.as_ref()?.order.as_ref()?.order_bundle[0];
                line.quantity
                    .as_ref()?
                    .value
                    .as_ref()
                    .map(|v| v.as_str().to_owned())
            },
        )
        .await;
    }
}

/// Sber's amounts are integers in kopecks (`i64`): exact up to `i64::MAX`, an error beyond it
/// or with a fraction, never rounded (these held before; kept so they stay).
#[tokio::test]
async fn sber_kopeck_amounts() {
    let example = success_example("sber", "invoice_get");
    let cases = [
        ("1", Ok(1)),
        ("9223372036854775807", Ok(i64::MAX)),
        ("-9223372036854775808", Ok(i64::MIN)),
        ("9223372036854775808", Err("9223372036854775808")),
        ("123456789012345678.91", Err("floating point")),
        ("1e-400", Err("floating point")),
        ("\"100\"", Err("invalid type: string \"100\", expected i64")),
        ("{}", Err("invalid type: map, expected i64")),
    ];
    for (number, expected) in cases {
        let text = with_number(example.clone(), "/invoice/order/amount", number);
        let server = serving(text).await;
        let result = sber_client(&server).invoice_get().invoice_id("7").await;
        match (expected, result) {
            (Ok(kopecks), Ok(r)) => {
                assert_eq!(
                    r.invoice.and_then(|i| i.order).and_then(|o| o.amount),
                    Some(kopecks)
                )
            }
            (Err(shown), Err(Error::Decode { message, .. })) => {
                assert!(message.contains(shown), "{number}: {message}");
                assert!(
                    message.starts_with("invoice.order.amount: "),
                    "{number}: the message names the member: {message}"
                );
            }
            (_, other) => panic!("{number}: {other:?}"),
        }
    }
}
