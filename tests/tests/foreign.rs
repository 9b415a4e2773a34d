//! A refusal is never a success (issue 18, item 1): answers unlike anything the docs show,
//! served on loopback (wiremock) to every provider's client.
//!
//! - an error envelope whose message is not UTF-8 (cp1251 bytes) is still the refusal, its
//!   message read as far as it is readable (U+FFFD for each byte that is not UTF-8);
//! - an error envelope with a member nested past serde_json's recursion limit (128) is still
//!   the refusal;
//! - an object with none of the success schema's members is a decode error;
//! - a list none of whose items has a member of the item schema is a decode error;
//! - and every success example of every spec is still in a documented shape.

mod common;

use payspec::Error;
use payspec::envelope::{Shape, SuccessMembers};
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// "Ошибка" in cp1251: six bytes, none of them UTF-8.
const CP1251: &[u8] = b"\xce\xf8\xe8\xe1\xea\xe0";

/// The message as the client reads it: "Bad " and one U+FFFD per cp1251 byte.
fn lossy_message() -> String {
    format!("Bad {}", "\u{FFFD}".repeat(CP1251.len()))
}

/// `{"<member>": "Bad Ошибка"}`-like text with the cp1251 bytes, as raw JSON: `before` and
/// `after` are the text around the message's string.
fn with_cp1251(before: &str, after: &str) -> Vec<u8> {
    let mut body = before.as_bytes().to_vec();
    body.extend_from_slice(b"\"Bad ");
    body.extend_from_slice(CP1251);
    body.push(b'"');
    body.extend_from_slice(after.as_bytes());
    body
}

/// A member nested 200 deep (serde_json gives up at 128).
fn deep() -> String {
    format!("{}{}", "[".repeat(200), "]".repeat(200))
}

/// The foreign object of the issue.
const FOREIGN: &str = r#"{"unexpected": [1, 2, 3], "data": "x", "invoices": 5}"#;

const FOREIGN_MESSAGE: &str = "an object in no documented shape: none of its members (unexpected, data, invoices) \
                               is one the success answer has";

fn foreign_list_message(member: Option<&str>) -> String {
    let at = member.map(|m| format!(" (the member {m})")).unwrap_or_default();
    format!(
        "a list in no documented shape{at}: none of its 2 items has a member the success answer's items have"
    )
}

/// A server answering every request with `status` and `body` as JSON.
async fn serve(status: u16, body: impl Into<Vec<u8>>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_raw(body.into(), "application/json"))
        .mount(&server)
        .await;
    server
}

/// The refusal's code and messages; panics on anything else.
fn refused<T: std::fmt::Debug>(result: Result<T, Error>) -> (Option<String>, Vec<String>) {
    match result {
        Err(Error::Provider(e)) => (e.code, e.messages),
        other => panic!("expected Error::Provider, got {other:?}"),
    }
}

/// The decode error's message; panics on anything else.
fn undecodable<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::Decode { message, .. }) => message,
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------- OneBox

mod onebox {
    use super::*;
    use payspec_onebox::{Client, Credentials};

    async fn payment_get(
        server: &MockServer,
    ) -> Result<payspec::LenientList<payspec_onebox::types::Payment>, Error> {
        Client::with_credentials(&server.uri(), Credentials::from_password("LOGIN", "pw").unwrap())
            .unwrap()
            .payment_get()
            .part(1)
            .await
    }

    #[tokio::test]
    async fn a_cp1251_envelope_is_the_refusal() {
        let server = serve(200, with_cp1251(r#"{"status": "fail", "message": "#, "}")).await;
        assert_eq!(refused(payment_get(&server).await), (None, vec![lossy_message()]));
    }

    #[tokio::test]
    async fn an_envelope_too_deep_to_parse_is_the_refusal() {
        let body = format!(r#"{{"status": "fail", "message": "m", "deep": {}}}"#, deep());
        let server = serve(200, body).await;
        assert_eq!(refused(payment_get(&server).await), (None, vec!["m".to_owned()]));
    }

    /// No refusal (no `status` but `ok`): the shape check makes it a decode error, as for the
    /// other providers.
    #[tokio::test]
    async fn a_foreign_object_is_a_decode_error() {
        let server = serve(200, FOREIGN).await;
        assert_eq!(undecodable(payment_get(&server).await), FOREIGN_MESSAGE);
        let added =
            Client::with_credentials(&server.uri(), Credentials::from_password("LOGIN", "pw").unwrap())
                .unwrap()
                .payment_add()
                .sum("1")
                .await;
        assert_eq!(undecodable(added), FOREIGN_MESSAGE);
    }

    /// An object carrying OneBox's error marker (`status` but `ok`) stays a refusal, even with
    /// none of the success's members beside it.
    #[tokio::test]
    async fn an_object_with_the_error_marker_is_the_refusal() {
        let server = serve(200, r#"{"status": "fail", "unexpected": [1, 2, 3]}"#).await;
        assert_eq!(refused(payment_get(&server).await), (None, vec![]));
    }

    #[tokio::test]
    async fn a_list_of_foreign_items_is_a_decode_error() {
        let server = serve(200, r#"[{"x": 1}, {"y": 2}]"#).await;
        assert_eq!(
            undecodable(payment_get(&server).await),
            foreign_list_message(None)
        );
    }
}

// ------------------------------------------------------------------------------ CrystalPay

mod crystalpay {
    use super::*;
    use payspec_crystalpay::{Client, Credentials, types};

    fn client(server: &MockServer) -> Client {
        let creds = Credentials::new("LOGIN", "SECRET")
            .unwrap()
            .with_salt("SALT")
            .unwrap();
        Client::with_credentials(&server.uri(), creds).unwrap()
    }

    async fn invoice_info(server: &MockServer) -> Result<types::InvoiceInfo, Error> {
        client(server)
            .invoice_info()
            .body_map(|b| b.id("123456789_abcdefghij"))
            .await
    }

    #[tokio::test]
    async fn a_cp1251_envelope_is_the_refusal() {
        let server = serve(200, with_cp1251(r#"{"error": true, "errors": ["#, "]}")).await;
        assert_eq!(
            refused(invoice_info(&server).await),
            (None, vec![lossy_message()])
        );
    }

    #[tokio::test]
    async fn an_envelope_too_deep_to_parse_is_the_refusal() {
        let body = format!(r#"{{"error": true, "errors": ["m"], "deep": {}}}"#, deep());
        let server = serve(200, body).await;
        assert_eq!(refused(invoice_info(&server).await), (None, vec!["m".to_owned()]));
    }

    /// A lone surrogate no JSON reader takes: the envelope cannot be read, and the answer is
    /// a decode error, never a success.
    #[tokio::test]
    async fn an_unreadable_envelope_is_a_decode_error() {
        let server = serve(200, r#"{"error": true, "errors": ["\ud800"]}"#).await;
        let message = undecodable(invoice_info(&server).await);
        // The message names the member the reader was in (issue 18, item 3).
        assert_eq!(
            message,
            "errors[0]: unexpected end of hex escape at line 1 column 35"
        );
    }

    #[tokio::test]
    async fn a_foreign_object_is_a_decode_error() {
        let server = serve(200, FOREIGN).await;
        assert_eq!(undecodable(invoice_info(&server).await), FOREIGN_MESSAGE);
        let payoff = client(&server)
            .payoff_create()
            .body(
                serde_json::from_value::<types::PayoffCreateRequest>(serde_json::json!({
                    "amount": 1, "method": "BITCOIN", "wallet": "w", "subtract_from": "amount"
                }))
                .unwrap(),
            )
            .await;
        assert_eq!(undecodable(payoff), FOREIGN_MESSAGE);
    }

    #[tokio::test]
    async fn a_list_of_foreign_items_is_a_decode_error() {
        let server = serve(
            200,
            r#"{"error": false, "errors": [], "items": [{"x": 1}, {"y": 2}]}"#,
        )
        .await;
        let history = client(&server)
            .report_invoice_history()
            .body(serde_json::from_value::<types::ReportHistoryRequest>(serde_json::json!({})).unwrap())
            .await;
        assert_eq!(undecodable(history), foreign_list_message(Some("items")));
    }
}

// ------------------------------------------------------------------------------- PayKeeper

mod paykeeper {
    use super::*;
    use payspec_paykeeper::{Client, Credentials};

    fn client(server: &MockServer) -> Client {
        Client::with_credentials(&server.uri(), Credentials::new("demo", "pw").unwrap()).unwrap()
    }

    async fn invoice_byid(server: &MockServer) -> Result<(), Error> {
        client(server)
            .invoice_byid()
            .id("20140402085214805")
            .await
            .map(drop)
    }

    #[tokio::test]
    async fn a_cp1251_envelope_is_the_refusal() {
        let server = serve(200, with_cp1251(r#"{"result": "fail", "msg": "#, "}")).await;
        assert_eq!(
            refused(invoice_byid(&server).await),
            (None, vec![lossy_message()])
        );
    }

    #[tokio::test]
    async fn an_envelope_too_deep_to_parse_is_the_refusal() {
        let body = format!(
            r#"{{"result": "fail", "msg": "m", "error_code": "E1", "deep": {}}}"#,
            deep()
        );
        let server = serve(200, body).await;
        assert_eq!(
            refused(invoice_byid(&server).await),
            (Some("E1".to_owned()), vec!["m".to_owned()])
        );
    }

    /// `invoice_preview` is a POST: the security token is fetched first.
    #[tokio::test]
    async fn a_foreign_object_is_a_decode_error() {
        let server = MockServer::start().await;
        Mock::given(path("/info/settings/token/"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(r#"{"token": "T0KEN"}"#, "application/json"),
            )
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(200).set_body_raw(FOREIGN, "application/json"))
            .mount(&server)
            .await;
        assert_eq!(undecodable(invoice_byid(&server).await), FOREIGN_MESSAGE);
        let preview = client(&server)
            .invoice_preview()
            .body_map(|b| b.pay_amount("1.00"))
            .await;
        assert_eq!(undecodable(preview), FOREIGN_MESSAGE);
    }

    #[tokio::test]
    async fn a_list_of_foreign_items_is_a_decode_error() {
        let server = serve(200, r#"[{"x": 1}, {"y": 2}]"#).await;
        let list = client(&server).invoice_list().await;
        assert_eq!(undecodable(list), foreign_list_message(None));
    }
}

/// Events of the current thread, each as `message key=value ...` (fields in order).
#[derive(Clone, Default)]
struct Capture(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Capture {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        struct Fields(String);
        impl tracing::field::Visit for Fields {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "message" {
                    self.0.insert_str(0, &format!("{value:?}"));
                } else {
                    self.0.push_str(&format!(" {}={value:?}", field.name()));
                }
            }
        }
        let mut fields = Fields(format!(" level={}", event.metadata().level()));
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
}

/// A list where only some items are foreign decodes, and says so in a warning.
#[tokio::test(flavor = "current_thread")]
async fn a_list_with_some_foreign_items_decodes_with_a_warning() {
    use tracing_subscriber::layer::SubscriberExt as _;
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(capture.clone()));
    let server = serve(200, r#"[{"id": "17"}, {"y": 2}]"#).await;
    let client = payspec_paykeeper::Client::with_credentials(
        &server.uri(),
        payspec_paykeeper::Credentials::new("demo", "pw").unwrap(),
    )
    .unwrap();
    let list = client.invoice_list().await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id.as_ref().map(|id| id.as_str()), Some("17"));
    let warnings: Vec<String> = capture
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|e| e.contains("no documented shape"))
        .cloned()
        .collect();
    assert_eq!(
        warnings,
        [
            "list items in no documented shape: decoded with their members unknown level=WARN \
             operation=\"invoice_list\" list=\"(the answer)\" foreign=1 items=2"
        ]
    );
}

// ------------------------------------------------------------------------------ Invoicebox

mod invoicebox {
    use super::*;
    use payspec_invoicebox::{Client, Credentials};

    fn client(server: &MockServer) -> Client {
        let creds = Credentials::new("test-token-0123", "ffffffff-ffff-ffff-ffff-ffffffffffff").unwrap();
        Client::with_credentials(&server.uri(), creds).unwrap()
    }

    async fn order_get(server: &MockServer) -> Result<(), Error> {
        client(server)
            .order_get()
            .uuid("0188d934-85f8-f872-2ac6-ad202d71b985")
            .await
            .map(drop)
    }

    #[tokio::test]
    async fn a_cp1251_envelope_is_the_refusal() {
        let body = with_cp1251(r#"{"error": {"code": "x_refused", "message": "#, "}}");
        let server = serve(422, body).await;
        assert_eq!(
            refused(order_get(&server).await),
            (Some("x_refused".to_owned()), vec![lossy_message()])
        );
    }

    #[tokio::test]
    async fn an_envelope_too_deep_to_parse_is_the_refusal() {
        let body = format!(
            r#"{{"error": {{"code": "x_refused", "message": "m"}}, "deep": {}}}"#,
            deep()
        );
        let server = serve(422, body).await;
        assert_eq!(
            refused(order_get(&server).await),
            (Some("x_refused".to_owned()), vec!["m".to_owned()])
        );
    }

    /// `data` is a member of the success: the typed decoder refuses its value.
    #[tokio::test]
    async fn a_foreign_object_is_a_decode_error() {
        let server = serve(200, FOREIGN).await;
        undecodable(order_get(&server).await);
    }

    #[tokio::test]
    async fn a_list_of_foreign_items_is_a_decode_error() {
        let server = serve(200, r#"{"data": [{"x": 1}, {"y": 2}], "metaData": {}}"#).await;
        let list = client(&server).order_list().await;
        assert_eq!(undecodable(list), foreign_list_message(Some("data")));
    }
}

// ------------------------------------------------------------------------------------ Sber

mod sber {
    use super::*;
    use payspec_sber::{BearerToken, Client};

    fn client(server: &MockServer) -> Client {
        Client::with_token(&server.uri(), BearerToken::new("partner-token-0123").unwrap()).unwrap()
    }

    async fn invoice_get(server: &MockServer) -> Result<(), Error> {
        client(server).invoice_get().invoice_id("3538853").await.map(drop)
    }

    #[tokio::test]
    async fn a_cp1251_envelope_is_the_refusal() {
        let body = with_cp1251(
            r#"{"error": {"error_code": "5", "error_description": "", "user_message": "#,
            "}}",
        );
        let server = serve(200, body).await;
        assert_eq!(
            refused(invoice_get(&server).await),
            (Some("5".to_owned()), vec![lossy_message()])
        );
    }

    #[tokio::test]
    async fn an_envelope_too_deep_to_parse_is_the_refusal() {
        let body = format!(
            r#"{{"error": {{"error_code": "5", "user_message": "m"}}, "deep": {}}}"#,
            deep()
        );
        let server = serve(200, body).await;
        assert_eq!(
            refused(invoice_get(&server).await),
            (Some("5".to_owned()), vec!["m".to_owned()])
        );
    }

    #[tokio::test]
    async fn a_foreign_object_is_a_decode_error() {
        let server = serve(200, FOREIGN).await;
        assert_eq!(undecodable(invoice_get(&server).await), FOREIGN_MESSAGE);
    }

    #[tokio::test]
    async fn a_list_of_foreign_items_is_a_decode_error() {
        let body = r#"{"error": {"error_code": "0"}, "invoices": [{"x": 1}, {"y": 2}]}"#;
        let server = serve(200, body).await;
        let list = client(&server).invoice_list().await;
        assert_eq!(undecodable(list), foreign_list_message(Some("invoices")));
    }
}

// ------------------------------------------------------------------- the spec examples

#[test]
fn every_success_example_is_in_a_documented_shape() {
    let tables: [(&str, &[SuccessMembers]); 5] = [
        ("onebox", payspec_onebox::SUCCESS_MEMBERS),
        ("crystalpay", payspec_crystalpay::SUCCESS_MEMBERS),
        ("paykeeper", payspec_paykeeper::SUCCESS_MEMBERS),
        ("invoicebox", payspec_invoicebox::SUCCESS_MEMBERS),
        ("sber", payspec_sber::SUCCESS_MEMBERS),
    ];
    for (provider, table) in tables {
        let examples = common::success_examples(provider);
        assert!(!examples.is_empty(), "{provider}: no success example");
        let mut checked = 0;
        for (op, body) in examples {
            // An operation whose success may be any object (a free-form schema) has no row.
            let Some(row) = table.iter().find(|row| row.operation == op) else {
                continue;
            };
            let bytes = serde_json::to_vec(&body).unwrap();
            assert_eq!(row.check(&bytes), Shape::Documented, "{provider} {op}: {body}");
            checked += 1;
        }
        assert!(checked > 0, "{provider}: no example checked");
    }
}
