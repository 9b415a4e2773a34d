//! Every operation of every spec answers (issue 22), on raw HTTP with the demo credentials:
//! none is 501, 404 or 405; a missing required field gets each provider's own refusal; an
//! answer from an example carries the request's echoed members. (Every operation through the
//! Rust clients: the generated `sandbox_operations.rs`.)

use payspec_sandbox::{OPERATIONS, Operation, Provider, Sandbox};
use serde_json::{Value, json};

/// A raw call of `path` (under the provider's base URL) with the demo credentials: `query`
/// and `fields` (query or JSON or form body, as the provider takes them).
async fn call(
    sandbox: &Sandbox,
    provider: Provider,
    method: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let http = reqwest::Client::new();
    let url = format!("{}{path}", sandbox.base_url(provider));
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = http.request(method.clone(), url);
    request = match provider {
        Provider::Onebox => {
            use payspec_sandbox::onebox::{LOGIN, PASSWORD_MD5};
            let mut query = vec![("login", LOGIN), ("password", PASSWORD_MD5)];
            query.extend_from_slice(fields);
            request.query(&query)
        }
        Provider::Paykeeper => {
            use payspec_sandbox::paykeeper::{PASSWORD, USER};
            let request = request.basic_auth(USER, Some(PASSWORD));
            if method == reqwest::Method::POST {
                let token = sandbox.paykeeper().token();
                let mut form = vec![("token", token.as_str())];
                form.extend_from_slice(fields);
                request.form(&form)
            } else {
                request.query(fields)
            }
        }
        Provider::Invoicebox | Provider::Sber => {
            let token = match provider {
                Provider::Sber => payspec_sandbox::sber::TOKEN,
                _ => payspec_sandbox::invoicebox::TOKEN,
            };
            let request = request.bearer_auth(token);
            if method == reqwest::Method::GET || method == reqwest::Method::DELETE {
                request.query(fields)
            } else {
                let body: serde_json::Map<String, Value> =
                    fields.iter().map(|(k, v)| ((*k).to_owned(), json!(v))).collect();
                request.json(&body)
            }
        }
        Provider::Crystalpay => {
            use payspec_sandbox::crystalpay::{LOGIN, SECRET};
            let mut body = json!({"auth_login": LOGIN, "auth_secret": SECRET});
            for (k, v) in fields {
                body[*k] = json!(v);
            }
            request.json(&body)
        }
    };
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// `op`'s path with each `{parameter}` filled in.
fn path_of(op: &Operation) -> String {
    op.path
        .split('/')
        .map(|segment| if segment.starts_with('{') { "1" } else { segment })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test]
async fn no_operation_of_any_spec_answers_501_404_or_405() {
    let sandbox = Sandbox::start().await.unwrap();
    assert!(OPERATIONS.len() >= 108, "{} operations", OPERATIONS.len());
    let mut wrong = Vec::new();
    for provider in Provider::ALL {
        let ops: Vec<&Operation> = OPERATIONS.iter().filter(|op| op.provider == provider).collect();
        assert!(!ops.is_empty(), "{provider}: no operations in the table");
        // What a path the spec does not have gets: an operation's answer must differ.
        let unknown = call(&sandbox, provider, "GET", "/no/such/operation/", &[]).await;
        assert_eq!(unknown.0, 404, "{provider}: {}", unknown.1);
        for op in ops {
            // Every required input, so that what answers is the operation itself.
            let fields: Vec<(&str, &str)> = op.query.iter().chain(op.body).map(|name| (*name, "1")).collect();
            let (status, body) = call(&sandbox, provider, op.method, &path_of(op), &fields).await;
            // A stateful operation may refuse the made-up id `1` as unknown (a 404 of the
            // provider's own), never with the answer of an unknown path.
            let unknown_path = status == 404 && (!op.is_stateful() || body == unknown.1);
            if status == 501 || status == 405 || unknown_path {
                wrong.push(format!(
                    "{provider} {} {} {}: {status} {body}",
                    op.id, op.method, op.path
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_missing_required_field_gets_the_providers_refusal() {
    let sandbox = Sandbox::start().await.unwrap();
    let json = |text: &str| serde_json::from_str::<Value>(text).unwrap();

    // OneBox: the `fail` envelope at HTTP 200.
    let (status, body) = call(&sandbox, Provider::Onebox, "GET", "/api/payment/add/", &[]).await;
    assert_eq!(
        (status, json(&body)),
        (200, json!({"status": "fail", "message": "sum is empty"}))
    );

    // PayKeeper (answered from the example): the `fail` envelope at HTTP 200.
    let (status, body) = call(
        &sandbox,
        Provider::Paykeeper,
        "GET",
        "/info/systems/sums/",
        &[("end", "2024-01-31")],
    )
    .await;
    assert_eq!(
        (status, json(&body)),
        (
            200,
            json!({"result": "fail", "msg": "Не указан обязательный параметр start."})
        )
    );

    // Invoicebox (answered from the example): HTTP 422 naming the field.
    let (status, body) = call(
        &sandbox,
        Provider::Invoicebox,
        "GET",
        "/filter/api/counterparty-detail",
        &[],
    )
    .await;
    let body = json(&body);
    assert_eq!(
        (status, &body["error"]["code"]),
        (422, &json!("validation")),
        "{body}"
    );
    assert_eq!(body["error"]["fields"][0]["name"], "vatNumber", "{body}");

    // CrystalPay (answered from the example): the documented message at HTTP 200.
    let (status, body) = call(&sandbox, Provider::Crystalpay, "POST", "/v3/method/get/", &[]).await;
    assert_eq!(
        (status, json(&body)),
        (
            200,
            json!({"error": true, "errors": ["`method` field is required"]})
        )
    );

    // Sber: HTTP 400 "bad input parameter".
    let (status, body) = call(&sandbox, Provider::Sber, "POST", "/invoices", &[]).await;
    let body = json(&body);
    assert_eq!(
        (status, &body["error"]["error_code"]),
        (400, &json!("400")),
        "{body}"
    );
}

#[tokio::test]
async fn credentials_are_checked_before_an_example_answers() {
    let sandbox = Sandbox::start().await.unwrap();
    let http = reqwest::Client::new();
    let base = |p| sandbox.base_url(p);
    let crystalpay = http
        .post(format!("{}/v3/ticker/list/", base(Provider::Crystalpay)))
        .json(&json!({"auth_login": "someone", "auth_secret": "else"}))
        .send()
        .await
        .unwrap();
    assert_eq!(crystalpay.status(), 200);
    assert_eq!(
        crystalpay.json::<Value>().await.unwrap(),
        json!({"error": true, "errors": ["Invalid auth_login or auth_secret"]})
    );
    let paykeeper = http
        .get(format!("{}/info/errors/total/", base(Provider::Paykeeper)))
        .send()
        .await
        .unwrap();
    assert_eq!(paykeeper.status(), 401);
    let invoicebox = http
        .get(format!(
            "{}/filter/api/order/shipment",
            base(Provider::Invoicebox)
        ))
        .bearer_auth("wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(invoicebox.status(), 401);
}

#[tokio::test]
async fn an_answer_from_an_example_echoes_the_request() {
    let sandbox = Sandbox::start().await.unwrap();
    let op = OPERATIONS
        .iter()
        .find(|op| op.provider == Provider::Crystalpay && op.id == "method_get")
        .unwrap();
    assert_eq!(op.echoes, ["/method"]);
    assert!(!op.is_stateful());
    let (status, body) = call(
        &sandbox,
        Provider::Crystalpay,
        "POST",
        "/v3/method/get/",
        &[("method", "LITECOIN")],
    )
    .await;
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (status, &body["method"], &body["error"]),
        (200, &json!("LITECOIN"), &json!(false))
    );
    // The rest is the spec's example.
    let example: Value = serde_json::from_str(op.example.unwrap()).unwrap();
    assert_eq!(body["name"], example["name"]);
}

#[test]
fn the_table_names_every_stateful_operation_and_covers_every_provider() {
    for provider in Provider::ALL {
        let served: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| op.provider == provider)
            .map(|op| op.id)
            .collect();
        for id in payspec_sandbox::stateful(provider) {
            assert!(
                served.contains(id),
                "{provider}: stateful {id} is not in the table"
            );
        }
    }
}

#[tokio::test]
async fn the_index_says_what_answers_from_examples() {
    let sandbox = Sandbox::start().await.unwrap();
    let index = reqwest::get(format!("{}/sandbox", sandbox.url()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line = |provider: &str| {
        index
            .lines()
            .find(|l| l.starts_with(&format!("{provider}: ")))
            .unwrap_or_else(|| panic!("no line for {provider} in:\n{index}"))
            .to_owned()
    };
    assert!(
        line("crystalpay").contains("from examples: callback_payoff_list, method_edit, method_get"),
        "{index}"
    );
    assert!(line("crystalpay").contains("with state: me_info"), "{index}");
    assert!(line("sber").ends_with("from examples: none"), "{index}");
}
