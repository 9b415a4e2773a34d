//! Rust client for Sber SmartPay's invoice API (payments in smart apps), generated from
//! `specs/sber.yaml`.
//!
//! Every request carries `Authorization: Bearer` with a partner token (the merchant's
//! test or operational token) or a client token. Refusals come back as [`payspec::Error`]:
//! HTTP 4xx/5xx with the `{"error": {user_message, error_description, error_code}}` object,
//! or HTTP 200 whose `error_code` is neither `0` nor `200`; HTTP 401 is
//! [`payspec::Error::Authentication`]. Amounts are integers in kopecks.
//!
//! Long polling: `invoice_get().inv_status(..).wait(seconds)` waits on the server; the client
//! gives such a call the time it asked for on top of its own timeout. [`Client::wait_for_status_change`]
//! repeats that until the status leaves a value or a deadline passes.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use payspec_sber::{BASE_URL, BearerToken, Client, types::InvoiceStatus};
//!
//! let client = Client::with_token(BASE_URL, BearerToken::new("partner-token")?)?;
//! let page = client.invoice_list().invoice_status("paid,confirmed").page(0).size(20).await?;
//! println!("{:?}", page.invoices.len());
//! let invoice = client
//!     .wait_for_status_change("1234567", InvoiceStatus::Created, Duration::from_secs(120))
//!     .await?;
//! println!("{:?}", invoice.invoice_status());
//! # Ok(()) }
//! ```
//!
//! # Timeouts, retries, limits
//!
//! [`Client::with_config`] takes a [`Config`]: timeouts (15 s connect, 30 s per call by
//! default; a long poll with `wait=N` gets `N` seconds more), a [`RetryPolicy`] (none by
//! default), the response size limit (4 MiB). Under a retry policy the reads are repeated, and
//! so is `invoice_create`: `order_id` is unique per `service_id` and a repeat creates no second
//! invoice. Starting a payment, confirming, cancelling and refunding are never repeated: after
//! an uncertain failure read the invoice with `invoice_get`. [`IDEMPOTENT`] lists every
//! operation with what to do. Redirects are followed on the same host only, so the token
//! never goes elsewhere.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[rustfmt::skip]
mod generated;

use std::time::{Duration, Instant};

#[doc(hidden)]
pub use generated::{
    CREDENTIAL_BEARER, CREDENTIALS, ENVELOPE, OPERATIONS, PRE_SEND_CHECKS, SERVERS, SUCCESS_MEMBERS,
    TOKEN_ENDPOINT, decode_response, known_codes,
};
pub use generated::{Client, IDEMPOTENT, builder, types};
pub use payspec::{BearerToken, Config, Error, ProviderError, RetryPolicy};

/// The `User-Agent` sent unless [`Config::user_agent`] says otherwise.
pub const DEFAULT_USER_AGENT: &str = concat!("payspec-sber/", env!("CARGO_PKG_VERSION"));

/// The current production base URL (test and operational tokens use the same host; the spec's
/// first server).
pub const BASE_URL: &str = SERVERS[0];
/// The host older documentation names (the spec's second server).
pub const LEGACY_BASE_URL: &str = SERVERS[1];
/// The client's own timeout for a call; long-polling calls get their `wait` on top of it.
pub const DEFAULT_TIMEOUT: Duration = payspec::CALL_TIMEOUT;
/// The longest single long-poll [`Client::wait_for_status_change`] asks for.
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// The shortest time between two long polls of [`Client::wait_for_status_change`], for servers
/// that answer at once.
pub const POLL_PAUSE: Duration = Duration::from_secs(1);

/// The value the generated [`Client`] carries.
#[derive(Clone, Debug)]
pub struct Inner {
    token: BearerToken,
}

impl Client {
    /// A client for `base_url` ([`BASE_URL`]; a trailing `/` is ignored) with a partner or
    /// client token.
    pub fn with_token(base_url: &str, token: BearerToken) -> Result<Self, reqwest::Error> {
        Self::with_config(base_url, token, Config::default())
    }

    /// Like [`Client::with_token`], with timeouts, retries and limits from `config`. Redirects
    /// are followed on the same host only: the token never goes elsewhere.
    pub fn with_config(base_url: &str, token: BearerToken, config: Config) -> Result<Self, reqwest::Error> {
        let authorization = Some(token.header_value());
        let redirects = payspec::Redirects::SameHost;
        Self::assemble(
            base_url,
            config,
            authorization,
            DEFAULT_USER_AGENT,
            redirects,
            |_, _| Inner { token },
        )
    }

    /// Long-polls `invoice_id` until its status is no longer `from` or `deadline` has passed,
    /// and returns the last answer (check its status: at the deadline it may still be `from`).
    pub async fn wait_for_status_change(
        &self,
        invoice_id: &str,
        from: types::InvoiceStatus,
        deadline: Duration,
    ) -> Result<types::GetInvoiceResponse, Error> {
        let start = Instant::now();
        loop {
            let left = deadline.saturating_sub(start.elapsed());
            let wait = left.min(MAX_WAIT).as_secs();
            let asked = Instant::now();
            let answer = self
                .invoice_get()
                .invoice_id(invoice_id)
                .inv_status(from.clone())
                .wait(i64::try_from(wait).unwrap_or(i64::MAX))
                .await?;
            let done = answer.invoice_status().is_some_and(|s| *s != from);
            if done || start.elapsed() >= deadline || wait == 0 {
                return Ok(answer);
            }
            // A server that answers at once instead of waiting must not be polled in a tight loop.
            let pause = POLL_PAUSE
                .saturating_sub(asked.elapsed())
                .min(deadline.saturating_sub(start.elapsed()));
            tokio::time::sleep(pause).await;
        }
    }
}

impl types::GetInvoiceResponse {
    /// The invoice's status.
    pub fn invoice_status(&self) -> Option<&types::InvoiceStatus> {
        self.invoice_status.as_ref()
    }
}

/// The docs: when the cart is given, the order amount equals the sum of the lines'
/// `item_amount` (all in kopecks). Checks create (`invoice.order`) and confirm (`order`).
fn check_order_total(body: &[u8]) -> Result<(), String> {
    use serde_json::Value;
    let Ok(root) = serde_json::from_slice::<Value>(body) else {
        return Ok(());
    };
    for (path, order) in [
        ("invoice.order", root.pointer("/invoice/order")),
        ("order", root.get("order")),
    ] {
        let Some(order) = order else { continue };
        let (Some(amount), Some(items)) = (
            order.get("amount"),
            order.get("order_bundle").and_then(Value::as_array),
        ) else {
            continue;
        };
        let amount = amount.get("amount").unwrap_or(amount).as_i64();
        let mut sum: i64 = 0;
        for item in items {
            let line = item.get("item_amount");
            let line = line
                .and_then(|l| l.get("amount").or(Some(l)))
                .and_then(Value::as_i64);
            sum = sum
                .checked_add(line.unwrap_or(0))
                .ok_or("order amounts overflow")?;
        }
        if let Some(amount) = amount
            && !items.is_empty()
            && amount != sum
        {
            return Err(format!(
                "{path}.amount is {amount}, but the order_bundle item_amount add up to {sum}"
            ));
        }
    }
    Ok(())
}

impl payspec::Provider for Inner {
    const NAME: &'static str = "sber";
    const IDEMPOTENT: &'static [&'static str] = IDEMPOTENT;
    const SUCCESS_MEMBERS: &'static [payspec::envelope::SuccessMembers] = generated::SUCCESS_MEMBERS;
    const ANSWERS: &'static [payspec::hooks::Answers] = generated::ANSWERS;
    const DECODE_COSTS: &'static [(&'static str, &'static payspec::envelope::Cost)] = generated::DECODE_COSTS;

    fn validate(&self, request: &reqwest::Request, operation: &'static str) -> Result<(), String> {
        use payspec::envelope::Check;
        for check in PRE_SEND_CHECKS.iter().filter(|c| c.operation == operation) {
            match check.check {
                Check::NonEmptyPath { parameter, .. }
                    if check.check.empty_parameter(request.url().path()) =>
                {
                    return Err(format!(
                        "{parameter} must not be empty (use \"0\" for the lookup by service_id and order_id)"
                    ));
                }
                Check::OrderTotal => {
                    if let Some(body) = request.body().and_then(|b| b.as_bytes()) {
                        check_order_total(body)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    async fn authenticate(
        &self,
        _request: &mut reqwest::Request,
        _operation: &'static str,
    ) -> Result<(), payspec::AuthError> {
        // The Bearer token is a default header of the reqwest client.
        Ok(())
    }

    fn timeout(&self, request: &reqwest::Request, timeout: Duration) -> Duration {
        // A long poll waits on the server for up to `wait` seconds: give it that on top of
        // the call's own timeout so that it does not time out first.
        let wait = request
            .url()
            .query_pairs()
            .find(|(k, _)| k == "wait")
            .and_then(|(_, v)| v.parse::<u64>().ok());
        match wait {
            Some(wait) => timeout.saturating_add(Duration::from_secs(wait)),
            None => timeout,
        }
    }

    fn classify(&self, status: reqwest::StatusCode, body: &[u8]) -> Option<payspec::Rejection> {
        // Every answer carries an `error` object, with a success code when the call worked.
        // When every marker member (`error_code`) in a successful answer holds a success code,
        // none of them can be the envelope's: skip parsing the whole answer. Not a table
        // matter: a shortcut for the common case, with the table's own success test.
        static MARKER: std::sync::LazyLock<Option<payspec::hooks::JsonKey>> =
            std::sync::LazyLock::new(|| ENVELOPE.marker_member().map(payspec::hooks::JsonKey::new));
        if status.is_success()
            && let Some(marker) = MARKER.as_ref()
            && marker.all(body, |v| ENVELOPE.is_success_scalar(v)) == Some(true)
        {
            return None;
        }
        ENVELOPE.recognise(status, body)
    }

    fn secrets(&self) -> Vec<String> {
        vec![self.token.token().to_owned()]
    }
}

payspec::impl_client_hooks!(Client, Inner);
