//! The harness of the generated `sandbox_operations.rs`: a sandbox, the provider's client with
//! the sandbox's demo credentials, and, for an operation the sandbox imitates with state, the
//! objects it needs (an invoice to read, a paid order to refund), whose ids replace the spec
//! example's ids in the call ([`Harness::overrides`]).

use payspec_sandbox::{Provider, Sandbox};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// A sandbox prepared for one operation.
pub struct Harness {
    /// The running sandbox.
    pub sandbox: Sandbox,
    /// Whose operation.
    pub provider: Provider,
    /// The operation.
    pub operation: &'static str,
    /// Values that replace the spec's examples: a parameter by its name, a body member by
    /// `body.<member>`.
    pub overrides: Map<String, Value>,
}

/// The argument `name` of a call: its override, or else the spec's `example` (JSON text).
pub fn arg<T: DeserializeOwned>(overrides: &Map<String, Value>, name: &str, example: &str) -> T {
    let value = match overrides.get(name) {
        Some(v) => v.clone(),
        None => serde_json::from_str(example).unwrap_or_else(|e| panic!("{name}: example {example}: {e}")),
    };
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{name} = {value}: {e}"))
}

/// The request body of a call: the spec's `example` with the overridden members.
pub fn body<T: DeserializeOwned>(overrides: &Map<String, Value>, _name: &str, example: &str) -> T {
    let mut value: Value =
        serde_json::from_str(example).unwrap_or_else(|e| panic!("body example {example}: {e}"));
    for (key, v) in overrides {
        if let (Some(member), Some(object)) = (key.strip_prefix("body."), value.as_object_mut()) {
            object.insert(member.to_owned(), v.clone());
        }
    }
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("body {value}: {e}"))
}

impl Harness {
    /// Starts a sandbox and prepares what `operation` needs.
    pub async fn start(provider: Provider, operation: &'static str) -> Harness {
        let sandbox = Sandbox::start().await.unwrap();
        let mut harness = Harness {
            sandbox,
            provider,
            operation,
            overrides: Map::new(),
        };
        harness.prepare().await;
        harness
    }

    /// Asserts a decoded success.
    pub fn decoded<T>(&self, answer: Result<T, payspec::Error>) {
        if let Err(e) = answer.map(drop) {
            panic!(
                "{} {}: not a decoded success: {e} ({e:?})",
                self.provider, self.operation
            );
        }
    }

    fn base(&self) -> String {
        self.sandbox.base_url(self.provider)
    }

    fn set(&mut self, name: &str, value: Value) {
        self.overrides.insert(name.to_owned(), value);
    }

    /// OneBox's client.
    pub fn onebox(&self) -> payspec_onebox::Client {
        use payspec_sandbox::onebox::{LOGIN, PASSWORD};
        let credentials = payspec_onebox::Credentials::from_password(LOGIN, PASSWORD).unwrap();
        payspec_onebox::Client::with_credentials(&self.base(), credentials).unwrap()
    }

    /// PayKeeper's client.
    pub fn paykeeper(&self) -> payspec_paykeeper::Client {
        use payspec_sandbox::paykeeper::{PASSWORD, USER};
        let credentials = payspec_paykeeper::Credentials::new(USER, PASSWORD).unwrap();
        payspec_paykeeper::Client::with_credentials(&self.base(), credentials).unwrap()
    }

    /// Invoicebox's client.
    pub fn invoicebox(&self) -> payspec_invoicebox::Client {
        use payspec_sandbox::invoicebox::{MERCHANT_ID, TOKEN};
        let credentials = payspec_invoicebox::Credentials::new(TOKEN, MERCHANT_ID).unwrap();
        payspec_invoicebox::Client::with_credentials(&self.base(), credentials).unwrap()
    }

    /// CrystalPay's client.
    pub fn crystalpay(&self) -> payspec_crystalpay::Client {
        use payspec_sandbox::crystalpay::{LOGIN, SALT, SECRET};
        let credentials = payspec_crystalpay::Credentials::new(LOGIN, SECRET)
            .unwrap()
            .with_salt(SALT)
            .unwrap();
        payspec_crystalpay::Client::with_credentials(&self.base(), credentials).unwrap()
    }

    /// Sber's client.
    pub fn sber(&self) -> payspec_sber::Client {
        let token = payspec_sber::BearerToken::new(payspec_sandbox::sber::TOKEN).unwrap();
        payspec_sber::Client::with_token(&self.base(), token).unwrap()
    }

    /// A raw call with the demo credentials (JSON, form or query as the provider takes them),
    /// for the preparations: the answer's JSON.
    async fn raw(&self, method: &str, path: &str, fields: Value) -> Value {
        let http = reqwest::Client::new();
        let url = format!("{}{path}", self.base());
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let get = method == reqwest::Method::GET;
        let mut request = http.request(method, url);
        let pairs = |v: &Value| -> Vec<(String, String)> {
            v.as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
                .collect()
        };
        request = match self.provider {
            Provider::Onebox => {
                use payspec_sandbox::onebox::{LOGIN, PASSWORD_MD5};
                let mut query = pairs(&fields);
                query.push(("login".into(), LOGIN.into()));
                query.push(("password".into(), PASSWORD_MD5.into()));
                request.query(&query)
            }
            Provider::Paykeeper => {
                use payspec_sandbox::paykeeper::{PASSWORD, USER};
                let request = request.basic_auth(USER, Some(PASSWORD));
                if get {
                    request.query(&pairs(&fields))
                } else {
                    let mut form = pairs(&fields);
                    form.push(("token".into(), self.sandbox.paykeeper().token()));
                    request.form(&form)
                }
            }
            Provider::Invoicebox => request
                .bearer_auth(payspec_sandbox::invoicebox::TOKEN)
                .json(&fields),
            Provider::Sber => request.bearer_auth(payspec_sandbox::sber::TOKEN).json(&fields),
            Provider::Crystalpay => {
                use payspec_sandbox::crystalpay::{LOGIN, SECRET};
                let mut body = fields;
                body["auth_login"] = json!(LOGIN);
                body["auth_secret"] = json!(SECRET);
                request.json(&body)
            }
        };
        let text = request.send().await.unwrap().text().await.unwrap();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"))
    }

    async fn pay(&self, id: &str) {
        self.sandbox.pay(self.provider, id).await.unwrap();
    }

    /// What a stateful operation needs before the call.
    async fn prepare(&mut self) {
        // A date some days ahead (PayKeeper compares with Moscow time).
        let tomorrow = {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64
                + 3 * 86_400;
            civil(secs)
        };
        match (self.provider, self.operation) {
            // ------------------------------------------------------------- CrystalPay
            // The sandbox's invoices are in RUB, USDT or BTC (its payment methods' currencies).
            (Provider::Crystalpay, "invoice_create") => self.set("body.currency", json!("RUB")),
            (Provider::Crystalpay, "invoice_info" | "callback_invoice_list") => {
                let id = self.crystalpay_invoice().await;
                self.pay(&id).await;
                self.set("body.id", json!(id));
            }
            (Provider::Crystalpay, "payoff_create") => {
                let id = self.crystalpay_invoice().await;
                self.pay(&id).await;
                // The example's method and wallet are not the sandbox's; the amount is.
                self.set("body.method", json!("CARDRUBP2P"));
                self.set("body.wallet", json!("2200000000000004"));
                self.set("body.amount", json!(10));
            }
            (Provider::Crystalpay, "payoff_submit" | "payoff_cancel" | "payoff_info") => {
                let id = self.crystalpay_invoice().await;
                self.pay(&id).await;
                let quote = self
                    .crystalpay()
                    .payoff_create()
                    .body_map(|b| {
                        b.method("CARDRUBP2P")
                            .wallet("2200000000000004")
                            .amount("10")
                            .subtract_from(payspec_crystalpay::types::SubtractFrom::Balance)
                    })
                    .await
                    .unwrap();
                self.set("body.id", json!(quote.id.unwrap()));
            }
            // ------------------------------------------------------------- Invoicebox
            (Provider::Invoicebox, "order_create") => self.invoicebox_order_overrides(&tomorrow),
            (Provider::Invoicebox, "order_get" | "order_cancel" | "refund_basket_items") => {
                let id = self
                    .invoicebox_order(&tomorrow, self.operation == "refund_basket_items")
                    .await;
                self.set("uuid", json!(id));
            }
            (Provider::Invoicebox, "refund_create") => {
                let id = self.invoicebox_order(&tomorrow, true).await;
                self.set("body.parentId", json!(id));
                self.set("body.amount", json!(371.88));
                self.set("body.vatAmount", json!(61.98));
                self.set("body.basketItems", invoicebox_basket());
            }
            // ------------------------------------------------------------- OneBox
            (Provider::Onebox, "payment_delete" | "payment_update" | "payment_get") => {
                let answer = self
                    .raw(
                        "GET",
                        "/api/payment/add/",
                        json!({"sum": "3333", "accountid": "1", "orderid": "660"}),
                    )
                    .await;
                let id: i64 = answer["message"].as_str().unwrap().parse().unwrap();
                self.set("paymentid", json!(id));
            }
            (Provider::Onebox, "payment_probation_delete" | "payment_probation_get") => {
                let answer = self
                    .raw(
                        "GET",
                        "/api/payment/probation/add/",
                        json!({"sum": "3333", "orderid": "660"}),
                    )
                    .await;
                let id: i64 = answer["message"].as_str().unwrap().parse().unwrap();
                self.set("paymentid", json!(id));
            }
            // ------------------------------------------------------------- PayKeeper
            (Provider::Paykeeper, "invoice_preview") => self.set("body.expiry", json!(tomorrow)),
            (Provider::Paykeeper, "invoice_byid") => {
                let id = self.paykeeper_invoice(&tomorrow).await;
                self.set("id", json!(id));
            }
            (Provider::Paykeeper, "invoice_send" | "invoice_revoke") => {
                let id = self.paykeeper_invoice(&tomorrow).await;
                self.set("body.id", json!(id));
            }
            (Provider::Paykeeper, "invoice_accept_cash") => {
                let id = self.paykeeper_invoice(&tomorrow).await;
                self.set("body.invoice_id", json!(id));
            }
            (
                Provider::Paykeeper,
                "payment_byid" | "refunds_bypaymentid" | "payment_reverse" | "payment_repeatcnt",
            ) => {
                let invoice = self.paykeeper_invoice(&tomorrow).await;
                self.pay(&invoice).await;
                let payment = self.sandbox.paykeeper().invoice_payment(&invoice).unwrap();
                let name = if self.operation.starts_with("payment_r") {
                    "body.id"
                } else {
                    "id"
                };
                self.set(name, json!(payment));
            }
            // ------------------------------------------------------------- Sber
            (Provider::Sber, "invoice_get" | "invoice_start_payment") => {
                let id = self.sber_invoice(0).await;
                self.set("invoice_id", json!(id));
                // The example long-polls while the invoice is `created`, up to 30 s: the
                // answer comes at once when the status is not that one.
                self.set("inv_status", json!("paid"));
            }
            (Provider::Sber, "invoice_confirm" | "invoice_cancel") => {
                let id = self.sber_invoice(1).await;
                self.pay(&id).await;
                self.set("invoice_id", json!(id));
            }
            (Provider::Sber, "invoice_refund") => {
                let id = self.sber_invoice(0).await;
                self.pay(&id).await;
                self.set("invoice_id", json!(id));
            }
            _ => {}
        }
    }

    async fn crystalpay_invoice(&self) -> String {
        let answer = self
            .raw(
                "POST",
                "/v3/invoice/create/",
                json!({"amount": 100, "type": "purchase", "lifetime": 60}),
            )
            .await;
        answer["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{answer}"))
            .to_owned()
    }

    /// The overrides that make the spec's `order_create` example this store's, unexpired.
    fn invoicebox_order_overrides(&mut self, tomorrow: &str) {
        self.set("body.merchantId", json!(payspec_sandbox::invoicebox::MERCHANT_ID));
        self.set("body.expirationDate", json!(format!("{tomorrow}T00:00:00+00:00")));
    }

    /// An order with the basket of the spec's `order_create` example; paid if `paid`.
    async fn invoicebox_order(&self, tomorrow: &str, paid: bool) -> String {
        let answer = self
            .raw(
                "POST",
                "/billing/api/order/order",
                json!({
                    "merchantId": payspec_sandbox::invoicebox::MERCHANT_ID,
                    "merchantOrderId": "prepared-1",
                    "amount": 371.88,
                    "vatAmount": 61.98,
                    "currencyId": "RUB",
                    "languageId": "ru",
                    "description": "Оплата номера в отеле",
                    "expirationDate": format!("{tomorrow}T00:00:00+00:00"),
                    "customer": {"type": "private", "name": "Peter", "email": "peter@domain.com", "phone": "79001112233"},
                    "basketItems": invoicebox_basket(),
                }),
            )
            .await;
        let id = answer["data"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{answer}"))
            .to_owned();
        if paid {
            self.pay(&id).await;
        }
        id
    }

    async fn paykeeper_invoice(&self, tomorrow: &str) -> String {
        let answer = self
            .raw(
                "POST",
                "/change/invoice/preview/",
                json!({
                    "pay_amount": "1205.98",
                    "clientid": "Ivanov Ivan Ivanovich",
                    "orderid": "1337",
                    "client_email": "ivanov@example.com",
                    "client_phone": "+79254973590",
                    "service_name": "Document delivery",
                    "expiry": tomorrow,
                }),
            )
            .await;
        answer["invoice_id"]
            .as_str()
            .unwrap_or_else(|| panic!("{answer}"))
            .to_owned()
    }

    /// An invoice of 118.36 roubles (the amount of the spec's examples), `ptype` 0 or 1.
    async fn sber_invoice(&self, ptype: u8) -> String {
        let answer = self
            .raw(
                "POST",
                "/invoices",
                json!({
                    "ptype": ptype,
                    "invoice": {"order": {
                        "order_id": format!("prepared-{ptype}"),
                        "order_date": "2020-04-29T08:17:03+03",
                        "order_number": "145",
                        "tax_system": 0,
                        "service_id": payspec_sandbox::sber::SERVICE_ID,
                        "amount": 11836,
                        "currency": "RUB",
                        "purpose": "Покупка",
                        "description": "Кристаллы",
                        "language": "ru-RU",
                        "order_bundle": [{
                            "position_id": 1,
                            "name": "Кучка из 100 кристаллов для использования при нырянии",
                            "item_code": "com.MashaAndTheBear.HairSalon.crystal100",
                            "item_price": 11836,
                            "item_amount": 11836,
                            "currency": "RUB",
                            "tax_type": 6,
                            "quantity": {"value": 1, "measure": "шт"},
                        }],
                    }},
                }),
            )
            .await;
        match &answer["invoice_id"] {
            Value::String(id) => id.clone(),
            Value::Number(id) => id.to_string(),
            _ => panic!("{answer}"),
        }
    }
}

/// The basket of the spec's `order_create` example.
fn invoicebox_basket() -> Value {
    json!([{
        "sku": "5fe0adcfa7fb4",
        "name": "Бронирование номера",
        "measure": "шт.",
        "measureCode": "796",
        "quantity": 3,
        "amount": 123.96,
        "amountWoVat": 103.3,
        "totalAmount": 371.88,
        "totalVatAmount": 61.98,
        "vatCode": "RUS_VAT20",
        "type": "service",
        "paymentType": "full_prepayment",
    }])
}

/// `YYYY-MM-DD` of a Unix time (UTC).
fn civil(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
