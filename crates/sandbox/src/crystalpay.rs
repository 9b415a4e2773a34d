//! The CrystalPay v3 imitation, from `specs/crystalpay.yaml` and the public pages its
//! `x-source` lists (the sections below name the page of each fact).
//!
//! # Transport and credentials
//!
//! <https://docs.crystalpay.io/specifikaciya> and
//! <https://docs.crystalpay.io/specifikaciya/autentifikaciya>.
//!
//! Every call is a `POST` of a JSON object to `/v3/<section>/<method>/` (trailing slash), and
//! every body carries the cash desk's `auth_login` and `auth_secret` ([`LOGIN`], [`SECRET`]);
//! the client adds them. The payoff calls also carry a `signature`: the lowercase hex sha1 of
//! the fields named in the spec's `x-signature` and the salt ("Secret 2", [`SALT`], never
//! sent) joined by `:` — `sha1("{amount}:{method}:{wallet}:{salt}")` for `payoff/create`,
//! `sha1("{id}:{salt}")` for `payoff/submit` and `payoff/cancel`.
//!
//! Which text of the `amount` the real server signs is not documented (spec `info.description`,
//! "The text of a signed amount"): the digits as sent, or the parsed number printed back (a
//! PHP server prints `10.50` as `10.5`). The sandbox checks the signature under **both**
//! readings and accepts it only when it matches both, which is when the amount was sent (and
//! signed) in its shortest exact text: `10.5` passes, `10.50` signed as sent is refused, as a
//! server of the second kind would refuse it. (A PHP print-back writes amounts below `0.0001`
//! with an exponent; the sandbox's second reading is the plain shortest text throughout.)
//!
//! Answers are the documented envelope: success is HTTP 200 with `"error": false, "errors": []`
//! next to the method's fields; a refusal is *also* HTTP 200, with `"error": true` and
//! `errors` a list of messages (spec `FailEnvelope`). The one documented message is
//! ``"`amount` field is required"``; the sandbox words every missing field that way. The
//! wording of the other refusals is not documented; the sandbox uses:
//!
//! | refusal | `errors` |
//! |---|---|
//! | `auth_login` / `auth_secret` missing | ``"`auth_login` field is required"`` (resp. `auth_secret`) |
//! | wrong credentials | `"Invalid auth_login or auth_secret"` |
//! | body not a JSON object | `"Request body must be a JSON object"` |
//! | a field of the wrong type or value | ``"`lifetime` field is invalid: ..."`` |
//! | bad or missing payoff `signature` | `"Invalid signature"` / ``"`signature` field is required"`` |
//! | unknown invoice / payoff | `"Invoice not found"` / `"Payoff not found"` |
//! | payoff not in the state the call needs | `"Payoff is canceled: only a created payoff can be submitted"` |
//! | payoff larger than the balance | `"Insufficient balance"` |
//!
//! The credential refusals name `auth_login` / `auth_secret`, which is what
//! `payspec-crystalpay` reads as `Error::Authentication`. Outside the API's documented
//! behaviour: a path the spec does not have gets the envelope with HTTP 404, and a method
//! other than `POST` on a spec path HTTP 405. The method and the credentials are checked for
//! every call by the module's gate before the operation reads its
//! input.
//!
//! # Imitated operations
//!
//! - `me/info` (as in the v2 SDK README, <https://github.com/CrystalPAY-io/python-sdk>): cash desk [`CASH_DESK_ID`], name [`LOGIN`].
//! - `balance/list`, `balance/get` (<https://docs.crystalpay.io/metody-api/balance-balansy/poluchenie-spiska-balansov>): one balance per sandbox method (below), all
//!   `0` at start; `hide_empty` and the documented quirk that an empty list is `[]`.
//! - `invoice/create`, `invoice/info` (seed 003, <https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa>,
//!   <https://docs.crystalpay.io/metody-api/invoice-platezhi/poluchenie-informacii-ob-invoise>): state `notpayed` until
//!   [`crate::Sandbox::pay`]; then `payed` (sic), `remaining_amount` `0`, `method` set,
//!   `final_at` set, and the amount credited to the method's balance.
//! - `report/invoice/history`, `report/payoff/history` (parameters as the third-party SDK
//!   <https://github.com/I-ToSa-I/AsyncPayments> sends them): newest first, `page` (from 1),
//!   `items` (20 by default), `period` (days back, 1 by default); `export_csv` is ignored.
//! - `payoff/create`, `payoff/submit`, `payoff/cancel`, `payoff/info`
//!   (<https://docs.crystalpay.io/metody-api/payoff-vyvody/poluchenie-informacii-o-vyvode>): a payoff is
//!   `created` (a quote) until submitted or cancelled. Cancel: `canceled` with `message`
//!   `"Canceled"`. Submit debits the balance and answers `processing`, as documented; the
//!   sandbox's network confirms at once, so every later read shows `payed`.
//! - `callback/invoice/list` (shaped as
//!   <https://docs.crystalpay.io/metody-api/callback-uvedomleniya/payoff-vyvody/poluchenie-spiska-uvedomlenii>; the path is the
//!   spec's inferred one): the delivery log of
//!   the sandbox's payment callbacks for an invoice.
//!
//! # The payment callback
//!
//! As on the v2 page <https://docs.crystalpay.io/2/callback/uvedomlenie-ob-oplate> (no v3 page
//! was found), with the v3 field names.
//!
//! Paying ([`crate::Sandbox::pay`], or `POST /sandbox/crystalpay/pay/<id>`) POSTs the invoice
//! as JSON (the `invoice/info` fields without `error`/`errors`) plus
//! `signature = sha1("<id>:<salt>")` to the invoice's `callback_url`, or, when the invoice has
//! none, to the URL set with [`crate::Sandbox::set_webhook_url`]. It is sent once; the
//! receiver's answer is recorded in the delivery log (`"200 => OK"`). Note that the signature
//! covers only the id: a handler must re-read the invoice with `invoice/info`.
//!
//! # No cancel, no refund
//!
//! CrystalPay v3 documents neither an invoice cancel nor a refund (the invoice section of
//! the v3 docs' navigation, <https://docs.crystalpay.io/callback/obshaya-informaciya>, has only
//! `create` and `info`); an unpaid invoice simply expires after its
//! `lifetime`. What comes nearest, and what the sandbox supports, is a payoff: paying the
//! received amount back to the payer's requisites with `payoff/create` + `payoff/submit`; and
//! the cancellable object of the API is the payoff quote (`payoff/create` + `payoff/cancel`).
//!
//! # Simplifications
//!
//! - The sandbox has four methods, each with a balance in its own currency: `CARDRUBP2P`,
//!   `SBPP2P` (RUB, 2 decimals), `USDTTRC` (USDT, 6), `BITCOIN` (BTC, 8). Invoices may be in
//!   RUB (the default), USDT or BTC; an invoice is paid with its `required_method` or else the
//!   first method of its currency. No conversion between currencies: `required_method` and
//!   a payoff's `amount_currency` must be in the currency of the invoice / the method.
//!   `rub_amount` uses fixed rates (1 USDT = 81.46 RUB, 1 BTC = 8146000 RUB, the spec's
//!   ticker example), rounded to kopecks.
//! - No commissions: `commission_amount` is `0`, the whole amount is credited, and a payoff's
//!   `receive_amount` and `deduction_amount` equal its `amount` whatever `subtract_from` says.
//! - Invoices do not change state when they expire; paying an expired one is refused.
//! - `payer_details` (invoice/create) is taken in both shapes the public sources show (spec
//!   `PayerDetails`): an object with an optional `email` string, or the e-mail as a plain
//!   string; anything else is refused. It is not kept.
//! - Report history answers carry `has_next_page` (`true` when rows follow the page), as
//!   public v3 clients read it (spec `ReportInvoiceHistoryResponse`).
//! - Payoffs send no callback (their body is not documented), so there is no
//!   `callback/payoff/list` log. Methods, swaps, transfers, tickers, method settings, the
//!   report summaries and `callback/payoff/list` answer from the spec's examples
//!   ([`crate::OPERATIONS`]: credentials first, then ``"`<field>` field is required"`` for a
//!   missing required member, then the example with the request's echoed members).
//! - Datetimes are Moscow time (UTC+3; the docs do not say which zone the API uses). Amounts
//!   come back as decimal strings without trailing zeros (`"150.5"`).
//! - The payment page `url` of an invoice is the sandbox's control endpoint
//!   (`http://<host>/sandbox/crystalpay/pay/<id>`, to `POST` to).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use payspec::Decimal;
use payspec::webhook::{constant_time_eq, sha1_hex};
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

use crate::examples::{self, Imitation, Input};
use crate::{Delivery, Provider, SandboxError, State, lock};

/// The demo cash desk's login (`auth_login`).
pub const LOGIN: &str = "sandbox-kassa";

/// The demo cash desk's secret key (`auth_secret`).
pub const SECRET: &str = "sandbox-auth-secret";

/// The demo cash desk's salt ("Secret 2"): never sent; signs payoff calls and callbacks.
pub const SALT: &str = "sandbox-salt-secret-2";

/// The demo cash desk's numeric id (`me/info`; also the prefix of every invoice and payoff id).
pub const CASH_DESK_ID: u64 = 777000111;

/// The demo credentials, as (name, value) pairs (the constants above, for the banner).
pub const CREDENTIALS: &[(&str, &str)] = &[
    ("auth_login", LOGIN),
    ("auth_secret", SECRET),
    ("salt (Secret 2)", SALT),
];

/// The creation date `me/info` reports for the demo cash desk.
const CASH_DESK_CREATED_AT: &str = "2024-01-10 11:08:11";

/// A payment method of the sandbox: code, display name, currency, decimals.
struct PayMethod {
    code: &'static str,
    name: &'static str,
    currency: &'static str,
    accuracy: u32,
}

const METHODS: &[PayMethod] = &[
    PayMethod {
        code: "CARDRUBP2P",
        name: "Card RUB P2P",
        currency: "RUB",
        accuracy: 2,
    },
    PayMethod {
        code: "SBPP2P",
        name: "SBP P2P",
        currency: "RUB",
        accuracy: 2,
    },
    PayMethod {
        code: "USDTTRC",
        name: "USDT TRC-20",
        currency: "USDT",
        accuracy: 6,
    },
    PayMethod {
        code: "BITCOIN",
        name: "Bitcoin",
        currency: "BTC",
        accuracy: 8,
    },
];

/// Roubles per unit of each invoice currency, and its decimals.
const CURRENCIES: &[(&str, &str, u32)] = &[("RUB", "1", 2), ("USDT", "81.46", 6), ("BTC", "8146000", 8)];

const NOTPAYED: &str = "notpayed";
const PAYED: &str = "payed";
const CREATED: &str = "created";
const PROCESSING: &str = "processing";
const CANCELED: &str = "canceled";

/// The CrystalPay imitation's state: invoices, payoffs, balances and the callback log.
#[derive(Debug, Default)]
pub struct Crystalpay {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    next_id: u64,
    /// In creation order.
    invoices: Vec<Invoice>,
    /// In creation order.
    payoffs: Vec<Payoff>,
    /// By method code; a method absent here has a zero balance.
    balances: BTreeMap<&'static str, Decimal>,
    /// Callbacks sent: (invoice id, delivery, unix time).
    deliveries: Vec<(String, Delivery, u64)>,
}

#[derive(Debug, Clone)]
struct Invoice {
    id: String,
    url: String,
    state: &'static str,
    type_: String,
    subtract_from: String,
    method: Option<String>,
    required_method: Option<String>,
    currency: String,
    amount: Decimal,
    rub_amount: Decimal,
    remaining: Decimal,
    description: Option<String>,
    redirect_url: Option<String>,
    callback_url: Option<String>,
    extra: Option<String>,
    created: u64,
    expires: u64,
    final_at: Option<u64>,
}

#[derive(Debug, Clone)]
struct Payoff {
    id: String,
    state: &'static str,
    subtract_from: String,
    method: &'static str,
    currency: &'static str,
    amount: Decimal,
    rub_amount: Decimal,
    wallet: String,
    message: Option<String>,
    callback_url: Option<String>,
    extra: Option<String>,
    created: u64,
    final_at: Option<u64>,
}

impl Crystalpay {
    /// The `state` of invoice `id` as `invoice/info` would show it (`notpayed`, `payed`), or
    /// `None` if there is no such invoice.
    pub fn invoice_state(&self, id: &str) -> Option<String> {
        let inner = lock(&self.inner);
        inner
            .invoices
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.state.to_owned())
    }

    /// The `state` of payoff `id` as `payoff/info` would show it (`created`, `processing`,
    /// `payed`, `canceled`), or `None` if there is no such payoff.
    pub fn payoff_state(&self, id: &str) -> Option<String> {
        let mut inner = lock(&self.inner);
        inner.settle_payoffs(now());
        inner
            .payoffs
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.state.to_owned())
    }

    /// The balance of `method` (e.g. `CARDRUBP2P`) as a decimal string (`"0"`, `"150.5"`), or
    /// `None` if the sandbox has no such method.
    pub fn balance(&self, method: &str) -> Option<String> {
        let method = find_method(method)?;
        Some(plain(&lock(&self.inner).balance(method.code)))
    }

    pub(crate) async fn pay(&self, state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let now = now();
        let (callback_url, body) = {
            let mut inner = lock(&self.inner);
            let invoice = inner.mark_paid(id, now)?;
            (invoice.callback_url.clone(), callback_body(invoice))
        };
        self.deliver(state, id, callback_url, body, now).await
    }

    /// Sends the callback of the paid invoice `id` again (CrystalPay repeats a callback the
    /// merchant did not answer with a 2xx; `callback/.../list` counts the attempts).
    pub(crate) async fn redeliver(&self, state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let (callback_url, body) = {
            let inner = lock(&self.inner);
            let invoice =
                inner
                    .invoices
                    .iter()
                    .find(|i| i.id == id)
                    .ok_or_else(|| SandboxError::NotFound {
                        provider: Provider::Crystalpay,
                        what: "invoice",
                        id: id.to_owned(),
                    })?;
            if invoice.state == NOTPAYED {
                return Err(SandboxError::State {
                    provider: Provider::Crystalpay,
                    message: format!("invoice {id} is not paid: there is no callback to send again"),
                });
            }
            (invoice.callback_url.clone(), callback_body(invoice))
        };
        self.deliver(state, id, callback_url, body, now()).await
    }

    async fn deliver(
        &self,
        state: &State,
        id: &str,
        callback_url: Option<String>,
        body: String,
        now: u64,
    ) -> Result<Option<Delivery>, SandboxError> {
        let Some(url) = callback_url.or_else(|| state.webhook_url(Provider::Crystalpay)) else {
            return Ok(None);
        };
        let delivery = state.notifier.send(&url, "application/json", &[], body).await;
        lock(&self.inner)
            .deliveries
            .push((id.to_owned(), delivery.clone(), now));
        Ok(Some(delivery))
    }
}

/// The callback body of `invoice`: its `invoice/info` members and the `signature`.
fn callback_body(invoice: &Invoice) -> String {
    let mut callback = invoice.to_json();
    callback.insert("signature".into(), json!(callback_signature(&invoice.id)));
    Value::Object(callback).to_string()
}

/// The `signature` of a callback for invoice `id`: `sha1("<id>:<salt>")`, lowercase hex.
fn callback_signature(id: &str) -> String {
    sha1_hex(&format!("{id}:{SALT}"))
}

impl Inner {
    fn new_id(&mut self, kind: char) -> String {
        self.next_id += 1;
        format!("{CASH_DESK_ID}_{kind}{:09}", self.next_id)
    }

    fn balance(&self, method: &str) -> Decimal {
        self.balances.get(method).cloned().unwrap_or_else(zero)
    }

    /// What the payer does: pays invoice `id` in full with its method.
    fn mark_paid(&mut self, id: &str, now: u64) -> Result<&Invoice, SandboxError> {
        let refuse = |message: String| SandboxError::State {
            provider: Provider::Crystalpay,
            message,
        };
        let index = self
            .invoices
            .iter()
            .position(|i| i.id == id)
            .ok_or_else(|| SandboxError::NotFound {
                provider: Provider::Crystalpay,
                what: "invoice",
                id: id.to_owned(),
            })?;
        let invoice = &self.invoices[index];
        if invoice.state != NOTPAYED {
            return Err(refuse(format!("invoice {id} is already {}", invoice.state)));
        }
        if now >= invoice.expires {
            return Err(refuse(format!(
                "invoice {id} expired at {}",
                datetime(invoice.expires)
            )));
        }
        let method = match &invoice.required_method {
            Some(code) => find_method(code),
            None => METHODS.iter().find(|m| m.currency == invoice.currency),
        }
        .ok_or_else(|| refuse(format!("no sandbox method takes {}", invoice.currency)))?;
        let credited = self
            .balance(method.code)
            .checked_add(&invoice.amount)
            .ok_or_else(|| refuse("the balance overflows".to_owned()))?;
        self.balances.insert(method.code, credited);
        let invoice = &mut self.invoices[index];
        invoice.state = PAYED;
        invoice.method = Some(method.code.to_owned());
        invoice.remaining = zero();
        invoice.final_at = Some(now);
        Ok(invoice)
    }

    /// The sandbox's network confirms a submitted payoff at once: `processing` becomes
    /// `payed` at the next read.
    fn settle_payoffs(&mut self, now: u64) {
        for payoff in &mut self.payoffs {
            if payoff.state == PROCESSING {
                payoff.state = PAYED;
                payoff.message = Some(format!("Sandbox payout to {} (no transaction)", payoff.wallet));
                payoff.final_at = Some(now);
            }
        }
    }

    fn invoice(&self, id: &str) -> Result<&Invoice, Refused> {
        self.invoices
            .iter()
            .find(|i| i.id == id)
            .ok_or_else(|| Refused::new("Invoice not found"))
    }

    fn payoff_index(&self, id: &str) -> Result<usize, Refused> {
        self.payoffs
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| Refused::new("Payoff not found"))
    }
}

impl Invoice {
    /// The `invoice/info` fields (without the envelope).
    fn to_json(&self) -> Map<String, Value> {
        let object = json!({
            "id": self.id,
            "url": self.url,
            "state": self.state,
            "type": self.type_,
            "subtract_from": self.subtract_from,
            "method": self.method,
            "required_method": self.required_method,
            "rub_amount": plain(&self.rub_amount),
            "currency": self.currency,
            "amount": plain(&self.amount),
            "amount_currency": self.currency,
            "initial_amount": plain(&self.amount),
            "remaining_amount": plain(&self.remaining),
            "balance_amount": plain(&self.amount),
            "commission_amount": "0",
            "description": self.description,
            "redirect_url": self.redirect_url,
            "callback_url": self.callback_url,
            "extra": self.extra,
            "created_at": datetime(self.created),
            "expired_at": datetime(self.expires),
            "final_at": self.final_at.map(datetime),
        });
        into_map(object)
    }
}

impl Payoff {
    /// The `payoff/info` fields (without the envelope).
    fn to_json(&self) -> Map<String, Value> {
        let mut object = self.quote_json();
        let more = json!({
            "state": self.state,
            "message": self.message,
            "callback_url": self.callback_url,
            "extra": self.extra,
            "created_at": datetime(self.created),
            "final_at": self.final_at.map(datetime),
        });
        object.extend(into_map(more));
        object
    }

    /// The `payoff/create` answer's fields.
    fn quote_json(&self) -> Map<String, Value> {
        let amount = plain(&self.amount);
        into_map(json!({
            "id": self.id,
            "method": self.method,
            "subtract_from": self.subtract_from,
            "amount_currency": self.currency,
            "amount": amount,
            "rub_amount": plain(&self.rub_amount),
            "receive_amount": amount,
            "deduction_amount": amount,
            "commission_amount": "0",
            "wallet": self.wallet,
        }))
    }
}

// ------------------------------------------------------------------ routing

/// What a path is.
#[derive(Clone, Copy, Debug)]
enum Op {
    MeInfo,
    BalanceList,
    BalanceGet,
    InvoiceCreate,
    InvoiceInfo,
    ReportInvoiceHistory,
    PayoffCreate,
    PayoffSubmit,
    PayoffCancel,
    PayoffInfo,
    ReportPayoffHistory,
    CallbackInvoiceList,
}

const ROUTES: &[(&str, Op)] = &[
    ("/v3/me/info/", Op::MeInfo),
    ("/v3/balance/list/", Op::BalanceList),
    ("/v3/balance/get/", Op::BalanceGet),
    ("/v3/invoice/create/", Op::InvoiceCreate),
    ("/v3/invoice/info/", Op::InvoiceInfo),
    ("/v3/report/invoice/history/", Op::ReportInvoiceHistory),
    ("/v3/payoff/create/", Op::PayoffCreate),
    ("/v3/payoff/submit/", Op::PayoffSubmit),
    ("/v3/payoff/cancel/", Op::PayoffCancel),
    ("/v3/payoff/info/", Op::PayoffInfo),
    ("/v3/report/payoff/history/", Op::ReportPayoffHistory),
    ("/v3/callback/invoice/list/", Op::CallbackInvoiceList),
];

pub(crate) fn router(state: &Arc<State>) -> Router<Arc<State>> {
    let mut router = Router::new();
    for &(path, op) in ROUTES {
        router = router.route(
            path,
            any(
                move |state: AxumState<Arc<State>>,
                      headers: HeaderMap,
                      body: Result<Bytes, BytesRejection>| { call(state, op, headers, body) },
            ),
        );
    }
    examples::routes::<Imitated>(router.fallback(unknown_path)).layer(axum::middleware::from_fn_with_state(
        state.clone(),
        examples::gate::<Imitated>,
    ))
}

async fn unknown_path() -> Response {
    envelope(StatusCode::NOT_FOUND, "Method not found")
}

async fn call(
    AxumState(state): AxumState<Arc<State>>,
    op: Op,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    // The method and the credentials were checked by the gate (`Imitated::authorize`).
    let Ok(body) = body else {
        return envelope(StatusCode::OK, "Request body must be a JSON object");
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    match answer(&state.crystalpay, op, host, &body) {
        Ok(mut fields) => {
            fields.insert("error".into(), Value::Bool(false));
            fields.insert("errors".into(), Value::Array(Vec::new()));
            (StatusCode::OK, axum::Json(Value::Object(fields))).into_response()
        }
        Err(refused) => {
            let body = json!({"error": true, "errors": refused.messages});
            (refused.status, axum::Json(body)).into_response()
        }
    }
}

fn envelope(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({"error": true, "errors": [message]}))).into_response()
}

/// A refusal: the messages of the error envelope, and its HTTP status (200, as documented).
#[derive(Debug)]
struct Refused {
    status: StatusCode,
    messages: Vec<String>,
}

impl Refused {
    fn new(message: impl Into<String>) -> Refused {
        Refused {
            status: StatusCode::OK,
            messages: vec![message.into()],
        }
    }

    fn required(name: &str) -> Refused {
        Refused::new(format!("`{name}` field is required"))
    }

    fn invalid(name: &str, why: &str) -> Refused {
        Refused::new(format!("`{name}` field is invalid: {why}"))
    }
}

type Answer = Result<Map<String, Value>, Refused>;

fn answer(cp: &Crystalpay, op: Op, host: &str, body: &[u8]) -> Answer {
    // The credentials were checked by the gate (`Imitated::authorize`).
    let fields = Fields::parse(body)?;
    let now = now();
    match op {
        Op::MeInfo => Ok(into_map(json!({
            "id": CASH_DESK_ID,
            "name": LOGIN,
            "status_level": 2,
            "created_at": CASH_DESK_CREATED_AT,
        }))),
        Op::BalanceList => balance_list(cp, &fields),
        Op::BalanceGet => balance_get(cp, &fields),
        Op::InvoiceCreate => invoice_create(cp, &fields, host, now),
        Op::InvoiceInfo => {
            let id = fields.required_string("id")?;
            Ok(lock(&cp.inner).invoice(&id)?.to_json())
        }
        Op::ReportInvoiceHistory => {
            let inner = lock(&cp.inner);
            let rows = inner.invoices.iter().map(|i| (i.created, i.to_json()));
            report_page(&fields, rows, now)
        }
        Op::PayoffCreate => payoff_create(cp, &fields, now),
        Op::PayoffSubmit => payoff_submit(cp, &fields, now),
        Op::PayoffCancel => payoff_cancel(cp, &fields, now),
        Op::PayoffInfo => {
            let id = fields.required_string("id")?;
            let mut inner = lock(&cp.inner);
            inner.settle_payoffs(now);
            let index = inner.payoff_index(&id)?;
            Ok(inner.payoffs[index].to_json())
        }
        Op::ReportPayoffHistory => {
            let mut inner = lock(&cp.inner);
            inner.settle_payoffs(now);
            let rows = inner.payoffs.iter().map(|p| (p.created, p.to_json()));
            report_page(&fields, rows, now)
        }
        Op::CallbackInvoiceList => callback_invoice_list(cp, &fields),
    }
}

// ------------------------------------------------------------------ operations

fn balance_json(method: &PayMethod, amount: &Decimal) -> Map<String, Value> {
    into_map(json!({
        "name": method.name,
        "amount": plain(amount),
        "currency": method.currency,
        "amount_accuracy": method.accuracy,
    }))
}

fn balance_list(cp: &Crystalpay, fields: &Fields) -> Answer {
    let hide_empty = fields.boolean("hide_empty")?.unwrap_or(false);
    let inner = lock(&cp.inner);
    let mut items = Map::new();
    for method in METHODS {
        let amount = inner.balance(method.code);
        if hide_empty && is_zero(&amount) {
            continue;
        }
        items.insert(method.code.into(), Value::Object(balance_json(method, &amount)));
    }
    // Documented quirk (balance/list page, and the SDKs): nothing to list comes back as `[]`, not `{}`.
    let items = if items.is_empty() {
        Value::Array(Vec::new())
    } else {
        Value::Object(items)
    };
    Ok(into_map(json!({ "items": items })))
}

fn balance_get(cp: &Crystalpay, fields: &Fields) -> Answer {
    let code = fields.required_string("method")?;
    let method = find_method(&code).ok_or_else(|| Refused::new("Method not found"))?;
    let mut object = balance_json(method, &lock(&cp.inner).balance(method.code));
    object.insert("method".into(), json!(method.code));
    Ok(object)
}

fn invoice_create(cp: &Crystalpay, fields: &Fields, host: &str, now: u64) -> Answer {
    let amount = fields.required_decimal("amount")?;
    let type_ = fields.required_string("type")?;
    if !matches!(type_.as_str(), "purchase" | "topup") {
        return Err(Refused::invalid("type", "expected purchase or topup"));
    }
    let lifetime = fields
        .integer("lifetime")?
        .ok_or_else(|| Refused::required("lifetime"))?;
    if !(1..=4320).contains(&lifetime) {
        return Err(Refused::invalid("lifetime", "from 1 to 4320 minutes"));
    }
    // `currency` was formerly named `amount_currency` (invoice/create page); both are read.
    let currency = match fields.string("currency")? {
        Some(c) => c,
        None => fields
            .string("amount_currency")?
            .unwrap_or_else(|| "RUB".to_owned()),
    };
    let &(currency, rate, accuracy) = CURRENCIES
        .iter()
        .find(|(c, _, _)| c.eq_ignore_ascii_case(&currency))
        .ok_or_else(|| Refused::invalid("currency", "the sandbox takes RUB, USDT or BTC"))?;
    check_amount("amount", &amount, accuracy)?;
    let subtract_from = subtract_from(fields, false)?;
    let required_method = match fields.string("required_method")? {
        None => None,
        Some(code) => match find_method(&code) {
            Some(m) if m.currency == currency => Some(m.code.to_owned()),
            Some(_) => {
                return Err(Refused::invalid(
                    "required_method",
                    "sandbox: the method must be in the invoice currency",
                ));
            }
            None => return Err(Refused::invalid("required_method", "unknown method")),
        },
    };
    if let Some(details) = fields.raw("payer_details") {
        check_payer_details(details)?;
    }
    let description = fields.string("description")?;
    let extra = fields.string("extra")?;
    let redirect_url = fields.string("redirect_url")?;
    let callback_url = fields.string("callback_url")?;
    if let Some(url) = &callback_url
        && reqwest::Url::parse(url).is_err()
    {
        return Err(Refused::invalid("callback_url", "not a URL"));
    }
    let rub_amount = to_roubles(&amount, rate)?;

    let mut inner = lock(&cp.inner);
    let id = inner.new_id('i');
    let invoice = Invoice {
        url: format!("http://{host}/sandbox/crystalpay/pay/{id}"),
        id,
        state: NOTPAYED,
        type_,
        subtract_from,
        method: None,
        required_method,
        currency: currency.to_owned(),
        remaining: amount.clone(),
        amount,
        rub_amount,
        description,
        redirect_url,
        callback_url,
        extra,
        created: now,
        expires: now.saturating_add(lifetime.unsigned_abs().saturating_mul(60)),
        final_at: None,
    };
    let answer = into_map(json!({
        "id": invoice.id,
        "url": invoice.url,
        "rub_amount": plain(&invoice.rub_amount),
        "currency": invoice.currency,
        "amount": plain(&invoice.amount),
        "type": invoice.type_,
        "subtract_from": invoice.subtract_from,
    }));
    inner.invoices.push(invoice);
    Ok(answer)
}

fn payoff_create(cp: &Crystalpay, fields: &Fields, now: u64) -> Answer {
    let code = fields.required_string("method")?;
    let wallet = fields.required_string("wallet")?;
    let amount = fields.required_decimal("amount")?;
    let subtract_from = subtract_from(fields, true)?;
    fields.check_signature(&["amount", "method", "wallet"], &["amount"])?;
    let method = find_method(&code).ok_or_else(|| Refused::new("Method not found"))?;
    if let Some(currency) = fields.string("amount_currency")?
        && !currency.eq_ignore_ascii_case(method.currency)
    {
        return Err(Refused::invalid(
            "amount_currency",
            &format!("sandbox: no conversion, give the amount in {}", method.currency),
        ));
    }
    check_amount("amount", &amount, method.accuracy)?;
    let extra = fields.string("extra")?;
    let callback_url = fields.string("callback_url")?;
    fields.string("wallet_extra")?;
    let rate = CURRENCIES
        .iter()
        .find(|(c, _, _)| *c == method.currency)
        .map_or("1", |(_, rate, _)| rate);
    let rub_amount = to_roubles(&amount, rate)?;

    let mut inner = lock(&cp.inner);
    if inner.balance(method.code).cmp_value(&amount) == Some(std::cmp::Ordering::Less) {
        return Err(Refused::new("Insufficient balance"));
    }
    let payoff = Payoff {
        id: inner.new_id('p'),
        state: CREATED,
        subtract_from,
        method: method.code,
        currency: method.currency,
        amount,
        rub_amount,
        wallet,
        message: None,
        callback_url,
        extra,
        created: now,
        final_at: None,
    };
    let answer = payoff.quote_json();
    inner.payoffs.push(payoff);
    Ok(answer)
}

/// Finds a `created` payoff for submit/cancel (`doing` names the action in the refusal).
fn created_payoff(inner: &Inner, fields: &Fields, doing: &str) -> Result<usize, Refused> {
    let id = fields.required_string("id")?;
    fields.check_signature(&["id"], &[])?;
    let index = inner.payoff_index(&id)?;
    let state = inner.payoffs[index].state;
    if state != CREATED {
        return Err(Refused::new(format!(
            "Payoff is {state}: only a created payoff can be {doing}"
        )));
    }
    Ok(index)
}

fn payoff_submit(cp: &Crystalpay, fields: &Fields, now: u64) -> Answer {
    let mut inner = lock(&cp.inner);
    inner.settle_payoffs(now);
    let index = created_payoff(&inner, fields, "submitted")?;
    let (method, amount) = {
        let p = &inner.payoffs[index];
        (p.method, p.amount.clone())
    };
    let balance = inner.balance(method);
    if balance.cmp_value(&amount) == Some(std::cmp::Ordering::Less) {
        return Err(Refused::new("Insufficient balance"));
    }
    let left = subtract(&balance, &amount)?;
    inner.balances.insert(method, left);
    let payoff = &mut inner.payoffs[index];
    payoff.state = PROCESSING;
    Ok(payoff.to_json())
}

fn payoff_cancel(cp: &Crystalpay, fields: &Fields, now: u64) -> Answer {
    let mut inner = lock(&cp.inner);
    inner.settle_payoffs(now);
    let index = created_payoff(&inner, fields, "cancelled")?;
    let payoff = &mut inner.payoffs[index];
    payoff.state = CANCELED;
    payoff.message = Some("Canceled".to_owned());
    payoff.final_at = Some(now);
    Ok(payoff.to_json())
}

/// A page of a report: `rows` are (creation time, fields), oldest first.
fn report_page(
    fields: &Fields,
    rows: impl DoubleEndedIterator<Item = (u64, Map<String, Value>)>,
    now: u64,
) -> Answer {
    let page = fields.integer("page")?.unwrap_or(1);
    let items = fields.integer("items")?.unwrap_or(20);
    let period = fields.integer("period")?.unwrap_or(1);
    fields.boolean("export_csv")?;
    if page < 1 {
        return Err(Refused::invalid("page", "pages start at 1"));
    }
    if !(1..=1000).contains(&items) {
        return Err(Refused::invalid("items", "from 1 to 1000"));
    }
    if !(1..=3650).contains(&period) {
        return Err(Refused::invalid("period", "from 1 to 3650 days"));
    }
    let since = now.saturating_sub(period.unsigned_abs().saturating_mul(86_400));
    let size = usize::try_from(items).unwrap_or(20);
    let skip = usize::try_from(page - 1)
        .unwrap_or(usize::MAX)
        .saturating_mul(size);
    let mut rows = rows.rev().filter(|(created, _)| *created >= since).skip(skip);
    let list: Vec<Value> = rows
        .by_ref()
        .take(size)
        .map(|(_, row)| Value::Object(row))
        .collect();
    let has_next_page = rows.next().is_some();
    Ok(into_map(json!({ "items": list, "has_next_page": has_next_page })))
}

fn callback_invoice_list(cp: &Crystalpay, fields: &Fields) -> Answer {
    let id = fields.required_string("id")?;
    let inner = lock(&cp.inner);
    inner.invoice(&id)?;
    let items: Vec<Value> = inner
        .deliveries
        .iter()
        .filter(|(invoice, _, _)| *invoice == id)
        .map(|(_, delivery, at)| {
            let last_response = match delivery.status {
                Some(status) => format!("{status} => {}", delivery.answer),
                None => format!("error => {}", delivery.answer),
            };
            json!({
                "url": delivery.url,
                "state": if delivery.accepted() { "success" } else { "failed" },
                "attempts": 1,
                "last_response": last_response,
                "created_at": datetime(*at),
                "last_at": datetime(*at),
            })
        })
        .collect();
    Ok(into_map(json!({ "items": items })))
}

/// `payer_details` in either shape of the spec's `PayerDetails`: an object whose `email`, if
/// any, is a string, or the e-mail itself as a string.
fn check_payer_details(details: &RawValue) -> Result<(), Refused> {
    let invalid = || Refused::invalid("payer_details", "expected an object or the payer's e-mail");
    match serde_json::from_str::<Value>(details.get()).map_err(|_| invalid())? {
        Value::String(email) if email.contains('@') => Ok(()),
        Value::Object(map) if map.get("email").is_none_or(|e| e.is_string() || e.is_null()) => Ok(()),
        _ => Err(invalid()),
    }
}

fn subtract_from(fields: &Fields, required: bool) -> Result<String, Refused> {
    match fields.string("subtract_from")? {
        None if required => Err(Refused::required("subtract_from")),
        None => Ok("amount".to_owned()),
        Some(s) if matches!(s.as_str(), "amount" | "balance") => Ok(s),
        Some(_) => Err(Refused::invalid("subtract_from", "expected amount or balance")),
    }
}

// ------------------------------------------------------------------ request fields

/// The request body's fields, each kept as its raw JSON text (numbers keep their digits, for
/// the signature).
struct Fields(BTreeMap<String, Box<RawValue>>);

impl Fields {
    fn parse(body: &[u8]) -> Result<Fields, Refused> {
        serde_json::from_slice(body)
            .map(Fields)
            .map_err(|_| Refused::new("Request body must be a JSON object"))
    }

    /// The field's raw JSON, `None` when absent or `null`.
    fn raw(&self, name: &str) -> Option<&RawValue> {
        self.0
            .get(name)
            .map(|raw| &**raw)
            .filter(|raw| raw.get() != "null")
    }

    /// A text field: a JSON string, or a number taken as its digits (PHP APIs accept both).
    fn string(&self, name: &str) -> Result<Option<String>, Refused> {
        match self.raw(name).map(scalar) {
            None => Ok(None),
            Some(Scalar::Text(s)) => Ok(Some(s)),
            Some(Scalar::Number(digits)) => Ok(Some(digits.to_owned())),
            Some(Scalar::Other) => Err(Refused::invalid(name, "expected a string")),
        }
    }

    /// A text field that must be present and not empty.
    fn required_string(&self, name: &str) -> Result<String, Refused> {
        self.string(name)?
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| Refused::required(name))
    }

    /// An amount: a JSON number (its exact digits) or a decimal string.
    fn required_decimal(&self, name: &str) -> Result<Decimal, Refused> {
        let text = match self.raw(name).map(scalar) {
            None => return Err(Refused::required(name)),
            Some(Scalar::Text(s)) => s,
            Some(Scalar::Number(digits)) => digits.to_owned(),
            Some(Scalar::Other) => return Err(Refused::invalid(name, "expected a decimal number")),
        };
        // Plain digits only: the client never sends an exponent, and an amount must be exact.
        Decimal::parse(&text).map_err(|_| Refused::invalid(name, "expected a decimal number"))
    }

    /// An integer: a JSON integer or a string of digits.
    fn integer(&self, name: &str) -> Result<Option<i64>, Refused> {
        let value = match self.raw(name).map(scalar) {
            None => return Ok(None),
            Some(Scalar::Text(s)) => s.trim().parse().ok(),
            Some(Scalar::Number(digits)) => digits.parse().ok(),
            Some(Scalar::Other) => None,
        };
        value
            .map(Some)
            .ok_or_else(|| Refused::invalid(name, "expected an integer"))
    }

    /// A boolean: `true`/`false`, or `0`/`1`.
    fn boolean(&self, name: &str) -> Result<Option<bool>, Refused> {
        let Some(raw) = self.raw(name) else {
            return Ok(None);
        };
        match raw.get() {
            "true" | "1" => Ok(Some(true)),
            "false" | "0" => Ok(Some(false)),
            _ => Err(Refused::invalid(name, "expected a boolean")),
        }
    }

    /// `auth_login` and `auth_secret` (authentication page), checked before anything else.
    fn check_credentials(&self) -> Result<(), Refused> {
        let login = self.required_string("auth_login")?;
        let secret = self.required_string("auth_secret")?;
        let login_ok = constant_time_eq(login.as_bytes(), LOGIN.as_bytes());
        let secret_ok = constant_time_eq(secret.as_bytes(), SECRET.as_bytes());
        if login_ok && secret_ok {
            Ok(())
        } else {
            Err(Refused::new("Invalid auth_login or auth_secret"))
        }
    }

    /// `signature` = lowercase hex sha1 of the named fields and the salt joined by `:`
    /// (spec `x-signature`), checked under both readings of the `amounts` among them (see the
    /// module docs): each field's text as sent (strings by content, numbers by their JSON
    /// text), and with each amount printed back from its value (its shortest exact text). The
    /// signature must match both.
    fn check_signature(&self, of: &[&str], amounts: &[&str]) -> Result<(), Refused> {
        let given = self
            .string("signature")?
            .ok_or_else(|| Refused::required("signature"))?;
        let (mut as_sent, mut printed_back) = (String::new(), String::new());
        for name in of {
            let sent = match self.raw(name).map(scalar) {
                None => return Err(Refused::required(name)),
                Some(Scalar::Text(s)) => s,
                Some(_) => self.raw(name).map_or("", RawValue::get).to_owned(),
            };
            let value = if amounts.contains(name) {
                self.required_decimal(name)?.canonical().as_str().to_owned()
            } else {
                sent.clone()
            };
            as_sent.push_str(&sent);
            as_sent.push(':');
            printed_back.push_str(&value);
            printed_back.push(':');
        }
        as_sent.push_str(SALT);
        printed_back.push_str(SALT);
        let given = given.trim().to_ascii_lowercase();
        let matches = |text: &str| constant_time_eq(given.as_bytes(), sha1_hex(text).as_bytes());
        // Both are computed, so that the check takes as long whichever one fails.
        let (first, second) = (matches(&as_sent), matches(&printed_back));
        if first && second {
            Ok(())
        } else {
            Err(Refused::new("Invalid signature"))
        }
    }
}

/// What a raw JSON value is, for the lenient field readers.
enum Scalar<'a> {
    /// A string, unescaped.
    Text(String),
    /// A number, as its exact JSON text (however many digits: no `f64` on the way).
    Number(&'a str),
    /// An object, array or boolean.
    Other,
}

fn scalar(raw: &RawValue) -> Scalar<'_> {
    let text = raw.get();
    if text.starts_with('"') {
        serde_json::from_str(text).map_or(Scalar::Other, Scalar::Text)
    } else if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
        // A valid JSON value (the parser checked) that starts like this is a number.
        Scalar::Number(text)
    } else {
        Scalar::Other
    }
}

// ------------------------------------------------------------------ amounts and time

fn find_method(code: &str) -> Option<&'static PayMethod> {
    METHODS.iter().find(|m| m.code.eq_ignore_ascii_case(code))
}

fn zero() -> Decimal {
    Decimal::from_minor_units(0, 0)
}

fn is_zero(d: &Decimal) -> bool {
    d.cmp_value(&zero()) == Some(std::cmp::Ordering::Equal)
}

/// An amount must have no more decimals than its currency, fit the sandbox's arithmetic, and
/// be positive.
fn check_amount(name: &str, amount: &Decimal, accuracy: u32) -> Result<(), Refused> {
    let decimals = amount
        .as_str()
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.trim_end_matches('0').len());
    if decimals > accuracy as usize {
        return Err(Refused::invalid(
            name,
            &format!("at most {accuracy} decimal places"),
        ));
    }
    if amount.minor_units(accuracy).is_none() {
        return Err(Refused::invalid(name, "too large"));
    }
    if amount.cmp_value(&zero()) != Some(std::cmp::Ordering::Greater) {
        return Err(Refused::invalid(name, "must be greater than 0"));
    }
    Ok(())
}

/// `amount × rate`, rounded to kopecks.
fn to_roubles(amount: &Decimal, rate: &str) -> Result<Decimal, Refused> {
    Decimal::parse(rate)
        .ok()
        .and_then(|rate| amount.checked_mul(&rate))
        .and_then(|rub| rub.round_dp(2))
        .ok_or_else(|| Refused::invalid("amount", "too large"))
}

/// `a - b` (both non-negative here).
fn subtract(a: &Decimal, b: &Decimal) -> Result<Decimal, Refused> {
    Decimal::parse(&format!("-{}", b.as_str()))
        .ok()
        .and_then(|minus_b| a.checked_add(&minus_b))
        .ok_or_else(|| Refused::invalid("amount", "too large"))
}

/// The decimal as CrystalPay writes it: a string without trailing fractional zeros.
fn plain(d: &Decimal) -> String {
    d.canonical().as_str().to_owned()
}

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn now() -> u64 {
    u64::try_from(crate::clock::unix_now()).unwrap_or(0)
}

/// `YYYY-MM-DD HH:MM:SS`, Moscow time (UTC+3), from unix seconds.
fn datetime(unix: u64) -> String {
    crate::clock::moscow(i64::try_from(unix).unwrap_or(i64::MAX))
}

/// CrystalPay's part in the shared request handling ([`crate::OPERATIONS`]): every call is a
/// `POST` of a JSON object carrying `auth_login` and `auth_secret`; a missing member is the
/// documented ``"`amount` field is required"`` refusal at HTTP 200.
pub(crate) struct Imitated;

impl Imitation for Imitated {
    const PROVIDER: Provider = Provider::Crystalpay;
    const STATEFUL: &'static [&'static str] = &[
        "me_info",
        "balance_list",
        "balance_get",
        "invoice_create",
        "invoice_info",
        "report_invoice_history",
        "payoff_create",
        "payoff_submit",
        "payoff_cancel",
        "payoff_info",
        "report_payoff_history",
        "callback_invoice_list",
    ];

    fn authorize(_state: &State, request: &axum::http::request::Parts, input: &Input) -> Option<Response> {
        if request.method != Method::POST {
            let path = request.uri.path();
            let known = examples::OPERATIONS
                .iter()
                .any(|op| op.provider == Provider::Crystalpay && op.path == path);
            return Some(if known {
                envelope(StatusCode::METHOD_NOT_ALLOWED, "Only POST requests are accepted")
            } else {
                envelope(StatusCode::NOT_FOUND, "Method not found")
            });
        }
        Fields::parse(&input.body)
            .and_then(|fields| fields.check_credentials())
            .err()
            .map(refusal)
    }

    fn missing(name: &str) -> Response {
        if name == "body" {
            return envelope(StatusCode::OK, "Request body must be a JSON object");
        }
        refusal(Refused::required(name))
    }
}

fn refusal(refused: Refused) -> Response {
    (
        refused.status,
        axum::Json(json!({"error": true, "errors": refused.messages})),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_are_moscow_time() {
        assert_eq!(datetime(0), "1970-01-01 03:00:00");
        // 2024-01-10 08:08:11 UTC.
        assert_eq!(datetime(1_704_874_091), "2024-01-10 11:08:11");
        assert_eq!(datetime(951_782_400), "2000-02-29 03:00:00");
    }

    #[test]
    fn amounts_are_plain_decimal_strings() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        assert_eq!(plain(&d("150.50")), "150.5");
        assert_eq!(plain(&d("100.00")), "100");
        assert_eq!(plain(&to_roubles(&d("100"), "81.46").unwrap()), "8146");
        assert_eq!(plain(&subtract(&d("150.5"), &d("0.5")).unwrap()), "150");
    }

    #[test]
    fn signatures_hold_under_both_readings_or_not_at_all() {
        let fields = |sent: &str, signed: &str| {
            let body = format!(
                r#"{{"amount":{sent},"method":"CARDRUBP2P","wallet":"w","signature":"{}"}}"#,
                sha1_hex(&format!("{signed}:CARDRUBP2P:w:{SALT}"))
            );
            Fields::parse(body.as_bytes()).unwrap()
        };
        let of = ["amount", "method", "wallet"];
        // The shortest text, sent and signed: both readings agree.
        assert!(fields("150.5", "150.5").check_signature(&of, &["amount"]).is_ok());
        assert!(
            fields(r#""150.5""#, "150.5")
                .check_signature(&of, &["amount"])
                .is_ok()
        );
        // Trailing zeros: the digits as sent and the number printed back differ.
        assert!(
            fields("150.50", "150.50")
                .check_signature(&of, &["amount"])
                .is_err()
        );
        assert!(
            fields("150.50", "150.5")
                .check_signature(&of, &["amount"])
                .is_err()
        );
        // Without amounts to print back, the text as sent is the only reading.
        assert!(fields("150.50", "150.50").check_signature(&of, &[]).is_ok());
        assert!(fields("150.5", "150.5").check_signature(&of[1..], &[]).is_err());
    }
}
