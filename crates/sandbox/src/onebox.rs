//! OneBox (1b.app) CRM, payment API v1: the nine methods of `specs/onebox.yaml`, served under
//! `/onebox` (the spec's paths carry the whole `/api/...` path, trailing slash included).
//!
//! **Credentials.** Every method is a GET with `login` [`LOGIN`] and `password` = the
//! lowercase hex md5 of [`PASSWORD`] ([`PASSWORD_MD5`]) in the query
//! (<https://1b.app/en/api/payment>, seed 001, rows 1-2 of every table). Refusals use the
//! documented envelope `{"status": "fail", "message": ...}` at HTTP 200 with the documented
//! messages ("Possible responses to the request"): `login_empty`, `password_empty`, `Login or
//! password not correct!` (also for a password sent in clear instead of its md5), and `Bad user
//! level!` for [`CLIENT_LOGIN`], a level-1 (client) user. The client classifies all four as
//! `payspec::Error::Authentication`.
//!
//! **OneBox records payments, it does not take them.** It is the merchant's CRM ledger: an
//! order's *pending* ("expected", `probation`) payment says money is due, an *actual* payment
//! says money moved. The sandbox maps an invoice's lifecycle onto that as follows:
//! - **create** = `payment_probation_add` (an expected payment for an order, `received` 0);
//! - **pay** = [`Sandbox::pay`](crate::Sandbox::pay) with the pending payment's id: the money
//!   arrived, `received` becomes 1. In OneBox a manager ticks "received" in the CRM; API v1
//!   has no call that edits a pending payment (`payment_update` edits actual payments only), so
//!   this is the sandbox's stand-in for that click. The merchant then records the money with
//!   `payment_add` (`direction=fromclient`);
//! - **refund** = an outgoing actual payment, `payment_add` with `direction=toclient`, linked to
//!   the same order: the ledger keeps both movements and the account's balance returns to where
//!   it was (deleting the incoming payment would rewrite history instead);
//! - **cancel** = `payment_probation_delete` of a pending payment that never arrived.
//!
//! **Imitated** (<https://1b.app/en/api/payment>, seed 001): `payment_add` (`sum` non-zero
//! with at most two decimals, currency, financial account — unknown: `FinanceAccount not
//! found` —, category, client, order, `direction`, `code1c` unique: `PaymentCode1c exists`),
//! `payment_probation_add` (order by `orderid` or `ordercode1c`), `payment_update`,
//! `payment_delete`, `payment_probation_delete` (unknown: `Payment by id or code1c not
//! found`), `payment_get` and `payment_probation_get` (one by `paymentid`, or `part` 1, 2, ...
//! of 1000 with the documented filters, oldest first), `payment_balance_get` (computed from the
//! actual payments: opening balance + incoming − outgoing, in the account's currency, leaving
//! out payments with a cancellation date `rdate` or `nobalance=1`; unknown account: `Payment
//! accounts not found`) and `budget_balance_get` (one fixed demo budget).
//! Answers carry ids and amounts as strings and flags as `1` / `0`, the way PHP sends them.
//!
//! **No notifications.** OneBox documents no callback for its payment API (<https://1b.app/en/api/payment>:
//! every method is a call the merchant makes; `nomessage` only suppresses the CRM's own in-app
//! notice): `Sandbox::pay` sends nothing and returns `Ok(None)`.
//!
//! **Simplified.** Orders, clients and users live outside the payment API: any `orderid` is
//! accepted (named `Order #<id>`), clients are recorded as given (no lookup by email or
//! phone), the manager is always the API user. The demo has two financial accounts
//! ([`ACCOUNT_ID`], [`VIRTUAL_ACCOUNT_ID`]), two categories (1 `Sales`, 2 `Refunds`) and three
//! currencies (1 `UAH`, the base, 2 `USD` at 41.5, 3 `EUR` at 45); amounts are kept as exact
//! integers of hundredths and `amountbase` is rounded half away from zero. Messages beyond the
//! documented table (a missing `sum`, a malformed number or date) are the sandbox's own
//! wording in the same envelope. Dates are UTC.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::Router;
use axum::extract::{RawQuery, State as AxumState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use crate::examples::{self, Imitation, Input};
use crate::{Delivery, Provider, SandboxError, State, lock};

/// The demo login: `login=sandbox`.
pub const LOGIN: &str = "sandbox";
/// The demo password; the client sends its md5 ([`PASSWORD_MD5`]).
pub const PASSWORD: &str = "sandbox-password";
/// The lowercase hex md5 of [`PASSWORD`]: what goes into the `password` query parameter.
pub const PASSWORD_MD5: &str = "911b7bf55b7b03cdfe2af9d1e68e4897";
/// A second user with the same password but level 1 (a client, not an employee): every call
/// is refused with `Bad user level!` (the API needs level 2 or higher).
pub const CLIENT_LOGIN: &str = "sandbox-client";
/// The demo's main financial account (`Main account`, UAH, opening balance 1000.00).
pub const ACCOUNT_ID: i64 = 1;
/// The demo's virtual financial account (`Virtual account`, UAH, opening balance 0.00).
pub const VIRTUAL_ACCOUNT_ID: i64 = 2;

/// The demo credentials, as (name, value) pairs (the constants above, for the banner).
pub const CREDENTIALS: &[(&str, &str)] = &[
    ("login", LOGIN),
    ("password", PASSWORD),
    ("password md5", PASSWORD_MD5),
];

/// Items per `part` of the lists (documented).
const PART_SIZE: usize = 1000;
/// The first id handed out; actual and pending payments share the counter.
const FIRST_ID: u64 = 7927;
/// The API user every payment is recorded by.
const USER_ID: i64 = 1;
const USER_NAME: &str = "Sandbox API user";

// ------------------------------------------------------------------------- reference data

struct Account {
    id: i64,
    name: &'static str,
    code1c: &'static str,
    virtual_: bool,
    contractor_id: i64,
    /// Opening balance, in hundredths.
    balance_start: i128,
}

const ACCOUNTS: [Account; 2] = [
    Account {
        id: ACCOUNT_ID,
        name: "Main account",
        code1c: "main",
        virtual_: false,
        contractor_id: 1,
        balance_start: 100_000,
    },
    Account {
        id: VIRTUAL_ACCOUNT_ID,
        name: "Virtual account",
        code1c: "virtual",
        virtual_: true,
        contractor_id: 2,
        balance_start: 0,
    },
];

/// Every account's currency (the base currency).
const ACCOUNT_CURRENCY: usize = 0;

struct Currency {
    id: i64,
    name: &'static str,
    /// Rate against the base currency, in millionths.
    rate: i128,
}

const CURRENCIES: [Currency; 3] = [
    Currency {
        id: 1,
        name: "UAH",
        rate: 1_000_000,
    },
    Currency {
        id: 2,
        name: "USD",
        rate: 41_500_000,
    },
    Currency {
        id: 3,
        name: "EUR",
        rate: 45_000_000,
    },
];

const CATEGORIES: [(i64, &str); 2] = [(1, "Sales"), (2, "Refunds")];

// ------------------------------------------------------------------------- state

/// The onebox imitation's state: the ledger of actual and pending payments.
#[derive(Debug, Default)]
pub struct Onebox {
    ledger: Mutex<Ledger>,
}

#[derive(Debug, Default)]
struct Ledger {
    next_id: u64,
    payments: BTreeMap<u64, Payment>,
    pending: BTreeMap<u64, Pending>,
}

impl Ledger {
    fn next_id(&mut self) -> u64 {
        let id = FIRST_ID + self.next_id;
        self.next_id += 1;
        id
    }

    /// An actual payment by `paymentid` or `paymentcode1c`.
    fn find_payment(&mut self, query: &Query) -> Result<&mut Payment, Fail> {
        let id = query.int("paymentid")?;
        let code = query.text("paymentcode1c");
        if id.is_none() && code.is_none() {
            return Err(Fail::new("paymentid or paymentcode1c is required"));
        }
        self.payments
            .values_mut()
            .find(|p| {
                id.is_some_and(|id| i64::try_from(p.id) == Ok(id))
                    || code.is_some_and(|code| p.code1c.as_deref() == Some(code))
            })
            .ok_or_else(|| Fail::new(NOT_FOUND))
    }
}

/// An actual payment.
#[derive(Debug)]
struct Payment {
    id: u64,
    code1c: Option<String>,
    cdate: String,
    pdate: Option<String>,
    rdate: Option<String>,
    /// The amount as sent, in hundredths (its sign kept).
    amount: i128,
    currency: usize,
    /// The rate against the base currency, in millionths.
    rate: i128,
    /// The amount in the base currency, in hundredths.
    amount_base: i128,
    account: usize,
    category: Option<usize>,
    outgoing: bool,
    client: Client,
    order_id: Option<i64>,
    order_code1c: Option<String>,
    comment: Option<String>,
    nobalance: bool,
}

#[derive(Debug, Default)]
struct Client {
    id: Option<i64>,
    name: Option<String>,
    code1c: Option<String>,
}

/// A pending (expected) payment.
#[derive(Debug)]
struct Pending {
    id: u64,
    cdate: String,
    pdate: Option<String>,
    amount: i128,
    currency: usize,
    amount_base: i128,
    account: usize,
    category: Option<usize>,
    order_id: Option<i64>,
    order_code1c: Option<String>,
    received: bool,
}

/// What a test can see of an actual payment: [`Onebox::payment`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentSummary {
    /// The payment id.
    pub id: u64,
    /// Its `code1c`, if given.
    pub code1c: Option<String>,
    /// The amount as OneBox shows it (`"1250.00"`).
    pub amount: String,
    /// `fromclient` (incoming) or `toclient` (outgoing).
    pub direction: &'static str,
    /// The order it is linked to.
    pub order_id: Option<i64>,
    /// Its comment.
    pub comment: Option<String>,
}

/// What a test can see of a pending payment: [`Onebox::pending`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingSummary {
    /// The pending payment id.
    pub id: u64,
    /// The amount as OneBox shows it (`"1250.00"`).
    pub amount: String,
    /// Whether the money has arrived (`received` 1).
    pub received: bool,
    /// The order it is expected for.
    pub order_id: Option<i64>,
}

impl Onebox {
    /// The actual payment `id`, if the sandbox has it.
    pub fn payment(&self, id: u64) -> Option<PaymentSummary> {
        let ledger = lock(&self.ledger);
        let p = ledger.payments.get(&id)?;
        Some(PaymentSummary {
            id: p.id,
            code1c: p.code1c.clone(),
            amount: money(p.amount),
            direction: direction(p.outgoing),
            order_id: p.order_id,
            comment: p.comment.clone(),
        })
    }

    /// The pending payment `id`, if the sandbox has it.
    pub fn pending(&self, id: u64) -> Option<PendingSummary> {
        let ledger = lock(&self.ledger);
        let p = ledger.pending.get(&id)?;
        Some(PendingSummary {
            id: p.id,
            amount: money(p.amount),
            received: p.received,
            order_id: p.order_id,
        })
    }

    /// How many actual and pending payments the sandbox holds.
    pub fn counts(&self) -> (usize, usize) {
        let ledger = lock(&self.ledger);
        (ledger.payments.len(), ledger.pending.len())
    }

    /// The current balance of financial account `account_id` (`"1000.00"`), as
    /// `payment_balance_get` shows it.
    pub fn balance(&self, account_id: i64) -> Option<String> {
        let index = ACCOUNTS.iter().position(|a| a.id == account_id)?;
        let ledger = lock(&self.ledger);
        Some(money(totals(&ledger, index).balance))
    }

    /// What the payer's money arriving means in the ledger: the pending payment `id` is marked
    /// received (what a manager does in the CRM; API v1 has no call for it). OneBox sends no
    /// notification: always `Ok(None)`.
    pub(crate) async fn pay(&self, _state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        let not_found = || SandboxError::NotFound {
            provider: Provider::Onebox,
            what: "pending payment",
            id: id.to_owned(),
        };
        let number: u64 = id.trim().parse().map_err(|_| not_found())?;
        let mut ledger = lock(&self.ledger);
        if ledger.payments.contains_key(&number) {
            return Err(state_error(format!(
                "{number} is an actual payment, already recorded as money that moved; pay takes the id of a pending payment (payment_probation_add)"
            )));
        }
        let pending = ledger.pending.get_mut(&number).ok_or_else(not_found)?;
        if pending.received {
            return Err(state_error(format!(
                "pending payment {number} is already received"
            )));
        }
        pending.received = true;
        Ok(None)
    }
}

fn state_error(message: String) -> SandboxError {
    SandboxError::State {
        provider: Provider::Onebox,
        message,
    }
}

fn direction(outgoing: bool) -> &'static str {
    if outgoing { "toclient" } else { "fromclient" }
}

// ------------------------------------------------------------------------- envelope

/// The documented "not found" message (its description in the docs wrongly says "exists").
const NOT_FOUND: &str = "Payment by id or code1c not found";

/// A refusal: `{"status": "fail", "message": ...}`, at HTTP 200 as OneBox sends business
/// errors (other statuses only for paths and methods the API does not have).
#[derive(Debug)]
struct Fail {
    status: StatusCode,
    message: String,
}

impl Fail {
    fn new(message: impl Into<String>) -> Fail {
        Fail {
            status: StatusCode::OK,
            message: message.into(),
        }
    }
}

impl IntoResponse for Fail {
    fn into_response(self) -> Response {
        let body = json!({"status": "fail", "message": self.message});
        (self.status, Json(body)).into_response()
    }
}

/// What a handler answers.
type Answer = Result<Response, Fail>;

/// `{"status": "ok", "message": "<id>"}`.
fn ok_id(id: u64) -> Answer {
    Ok(Json(json!({"status": "ok", "message": id.to_string()})).into_response())
}

// ------------------------------------------------------------------------- query

/// The query string, credentials checked.
struct Query(HashMap<String, String>);

impl Query {
    /// Parses the query (the credentials were checked by the module's gate,
    /// [`Imitated::authorize`]).
    fn parse(raw: Option<&str>) -> Result<Query, Fail> {
        let pairs = serde_urlencoded::from_str::<Vec<(String, String)>>(raw.unwrap_or_default())
            .map_err(|e| Fail::new(format!("Bad query: {e}")))?;
        Ok(Query(pairs.into_iter().collect()))
    }

    /// Checks `login` and `password` the way OneBox does.
    fn check_credentials(&self) -> Result<(), Fail> {
        let query = self;
        let login = query.text("login").ok_or_else(|| Fail::new("login_empty"))?;
        let password = query
            .text("password")
            .ok_or_else(|| Fail::new("password_empty"))?;
        if password != PASSWORD_MD5 || (login != LOGIN && login != CLIENT_LOGIN) {
            return Err(Fail::new("Login or password not correct!"));
        }
        if login == CLIENT_LOGIN {
            return Err(Fail::new("Bad user level!"));
        }
        Ok(())
    }

    /// A non-empty parameter.
    fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    fn owned(&self, name: &str) -> Option<String> {
        self.text(name).map(str::to_owned)
    }

    fn int(&self, name: &str) -> Result<Option<i64>, Fail> {
        match self.text(name) {
            None => Ok(None),
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| Fail::new(format!("{name} must be an integer"))),
        }
    }

    fn flag(&self, name: &str) -> Result<Option<bool>, Fail> {
        match self.text(name) {
            None => Ok(None),
            Some("1" | "true") => Ok(Some(true)),
            Some("0" | "false") => Ok(Some(false)),
            Some(_) => Err(Fail::new(format!("{name} must be 1 or 0"))),
        }
    }

    /// An amount in hundredths (`322`, `322.50`, `322,50`), exactly.
    fn money(&self, name: &str) -> Result<Option<i128>, Fail> {
        let Some(v) = self.text(name) else {
            return Ok(None);
        };
        payspec::Decimal::parse(v)
            .ok()
            .and_then(|d| d.minor_units(2))
            .map(Some)
            .ok_or_else(|| Fail::new(format!("{name} must be a number with at most 2 decimals")))
    }

    /// A rate in millionths.
    fn rate(&self, name: &str) -> Result<Option<i128>, Fail> {
        let Some(v) = self.text(name) else {
            return Ok(None);
        };
        payspec::Decimal::parse(v)
            .ok()
            .and_then(|d| d.minor_units(6))
            .filter(|rate| *rate > 0)
            .map(Some)
            .ok_or_else(|| {
                Fail::new(format!(
                    "{name} must be a positive number with at most 6 decimals"
                ))
            })
    }

    /// A `Y-m-d H:i:s` datetime (`date_only`: `Y-m-d`).
    fn date(&self, name: &str, date_only: bool) -> Result<Option<String>, Fail> {
        let Some(v) = self.text(name) else {
            return Ok(None);
        };
        let ok = if date_only { is_date(v) } else { is_datetime(v) };
        if ok {
            Ok(Some(v.to_owned()))
        } else if date_only {
            Err(Fail::new(format!("{name} must be Y-m-d")))
        } else {
            Err(Fail::new(format!("{name} must be Y-m-d H:i:s")))
        }
    }

    /// The financial account by `accountid`, `accountname` or `accountcode1c` (the main
    /// account when none is given).
    fn account(&self) -> Result<Option<usize>, Fail> {
        let id = self.int("accountid")?;
        let name = self.text("accountname");
        let code = self.text("accountcode1c");
        if id.is_none() && name.is_none() && code.is_none() {
            return Ok(None);
        }
        ACCOUNTS
            .iter()
            .position(|a| Some(a.id) == id || Some(a.name) == name || Some(a.code1c) == code)
            .map(Some)
            .ok_or_else(|| Fail::new("FinanceAccount not found"))
    }

    /// The currency by `currencyid` or `currencyname`.
    fn currency(&self) -> Result<Option<usize>, Fail> {
        let id = self.int("currencyid")?;
        let name = self.text("currencyname");
        if id.is_none() && name.is_none() {
            return Ok(None);
        }
        CURRENCIES
            .iter()
            .position(|c| Some(c.id) == id || name.is_some_and(|n| c.name.eq_ignore_ascii_case(n)))
            .map(Some)
            .ok_or_else(|| Fail::new("Currency not found"))
    }

    /// The category by `categoryid` or `categoryname`.
    fn category(&self) -> Result<Option<usize>, Fail> {
        let id = self.int("categoryid")?;
        let name = self.text("categoryname");
        if id.is_none() && name.is_none() {
            return Ok(None);
        }
        CATEGORIES
            .iter()
            .position(|(cid, cname)| Some(*cid) == id || Some(*cname) == name)
            .map(Some)
            .ok_or_else(|| Fail::new("Category not found"))
    }

    /// A non-zero `sum`, required.
    fn sum(&self) -> Result<i128, Fail> {
        match self.money("sum")? {
            None => Err(Fail::new("sum is empty")),
            Some(0) => Err(Fail::new("sum must not be 0")),
            Some(sum) => Ok(sum),
        }
    }
}

/// `amount` (hundredths) × `rate` (millionths), in hundredths, rounded half away from zero.
fn to_base(amount: i128, rate: i128) -> i128 {
    let product = amount.saturating_mul(rate);
    let half = 500_000;
    if product >= 0 {
        product.saturating_add(half) / 1_000_000
    } else {
        product.saturating_sub(half) / 1_000_000
    }
}

/// Hundredths as OneBox writes amounts: `125000` → `"1250.00"`.
fn money(hundredths: i128) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Millionths without trailing zeros: `41_500_000` → `"41.5"`.
fn rate_text(millionths: i128) -> String {
    let text = format!(
        "{}.{:06}",
        millionths / 1_000_000,
        millionths.rem_euclid(1_000_000)
    );
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn is_datetime(v: &str) -> bool {
    let (date, time) = v.split_at_checked(10).unwrap_or(("", ""));
    let t = time.as_bytes();
    is_date(date)
        && t.len() == 9
        && t.iter().enumerate().all(|(i, c)| match i {
            0 => *c == b' ',
            3 | 6 => *c == b':',
            _ => c.is_ascii_digit(),
        })
}

/// Now, `Y-m-d H:i:s` (UTC).
fn now() -> String {
    let (date, time) = crate::clock::civil(crate::clock::unix_now());
    format!("{date} {time}")
}

// ------------------------------------------------------------------------- handlers

/// `/api/payment/add/`.
async fn payment_add(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    let amount = q.sum()?;
    let outgoing = match q.text("direction") {
        None => amount < 0,
        Some("fromclient") => false,
        Some("toclient") => true,
        Some(_) => return Err(Fail::new("direction must be fromclient or toclient")),
    };
    let currency = q.currency()?.unwrap_or(ACCOUNT_CURRENCY);
    let rate = q.rate("currencyrate")?.unwrap_or(CURRENCIES[currency].rate);
    let amount_base = q.money("sumbase")?.unwrap_or_else(|| to_base(amount, rate));
    let mut payment = Payment {
        id: 0,
        code1c: q.owned("code1c"),
        cdate: q.date("cdate", false)?.unwrap_or_else(now),
        pdate: q.date("pdate", false)?,
        rdate: q.date("rdate", false)?,
        amount,
        currency,
        rate,
        amount_base,
        account: q.account()?.unwrap_or(0),
        category: q.category()?,
        outgoing,
        client: Client {
            id: q.int("clientid")?,
            name: q.owned("clientname"),
            code1c: q.owned("clientcode1c"),
        },
        order_id: q.int("orderid")?,
        order_code1c: q.owned("ordercode1c"),
        comment: q.owned("comment"),
        nobalance: q.flag("nobalance")?.unwrap_or(false),
    };
    let mut ledger = lock(&state.onebox.ledger);
    if let Some(code) = &payment.code1c
        && ledger.payments.values().any(|p| p.code1c.as_ref() == Some(code))
    {
        return Err(Fail::new("PaymentCode1c exists"));
    }
    payment.id = ledger.next_id();
    let id = payment.id;
    ledger.payments.insert(id, payment);
    ok_id(id)
}

/// `/api/payment/probation/add/`.
async fn probation_add(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    let amount = q.sum()?;
    let order_id = q.int("orderid")?;
    let order_code1c = q.owned("ordercode1c");
    if order_id.is_none() && order_code1c.is_none() {
        return Err(Fail::new("orderid or ordercode1c is required"));
    }
    let currency = q.currency()?.unwrap_or(ACCOUNT_CURRENCY);
    let mut pending = Pending {
        id: 0,
        cdate: now(),
        pdate: q.date("pdate", true)?,
        amount,
        currency,
        amount_base: to_base(amount, CURRENCIES[currency].rate),
        account: q.account()?.unwrap_or(0),
        category: q.category()?,
        order_id,
        order_code1c,
        received: q.flag("received")?.unwrap_or(false),
    };
    let mut ledger = lock(&state.onebox.ledger);
    pending.id = ledger.next_id();
    let id = pending.id;
    ledger.pending.insert(id, pending);
    ok_id(id)
}

/// `/api/payment/update/`: only the parameters sent change.
async fn payment_update(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    // Read every parameter before touching the payment, so that a bad one changes nothing.
    let cdate = q.date("cdate", false)?;
    let pdate = q.date("pdate", false)?;
    let rdate = q.date("rdate", false)?;
    let sum = match q.money("sum")? {
        Some(0) => return Err(Fail::new("sum must not be 0")),
        sum => sum,
    };
    let sumbase = q.money("sumbase")?;
    let currency = q.currency()?;
    let account = q.account()?;
    let client_id = q.int("clientid")?;
    let order_id = q.int("orderid")?;
    let mut ledger = lock(&state.onebox.ledger);
    let payment = ledger.find_payment(&q)?;
    if let Some(cdate) = cdate {
        payment.cdate = cdate;
    }
    if pdate.is_some() {
        payment.pdate = pdate;
    }
    if rdate.is_some() {
        payment.rdate = rdate;
    }
    if let Some(currency) = currency {
        payment.currency = currency;
        payment.rate = CURRENCIES[currency].rate;
    }
    if let Some(sum) = sum {
        payment.amount = sum;
    }
    // The base amount follows a new sum or currency, unless it is given itself.
    if let Some(sumbase) = sumbase {
        payment.amount_base = sumbase;
    } else if sum.is_some() || currency.is_some() {
        payment.amount_base = to_base(payment.amount, payment.rate);
    }
    if let Some(account) = account {
        payment.account = account;
    }
    if client_id.is_some() {
        payment.client.id = client_id;
    }
    if let Some(code) = q.owned("clientcode1c") {
        payment.client.code1c = Some(code);
    }
    if order_id.is_some() {
        payment.order_id = order_id;
    }
    if let Some(code) = q.owned("ordercode1c") {
        payment.order_code1c = Some(code);
    }
    if let Some(comment) = q.owned("comment") {
        payment.comment = Some(comment);
    }
    ok_id(payment.id)
}

/// `/api/payment/delete/`.
async fn payment_delete(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    let mut ledger = lock(&state.onebox.ledger);
    let id = ledger.find_payment(&q)?.id;
    ledger.payments.remove(&id);
    Ok(Json(json!({"status": "ok"})).into_response())
}

/// `/api/payment/probation/delete/` (`nomessage` is accepted: there are no CRM notices here).
async fn probation_delete(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    q.flag("nomessage")?;
    let id = q
        .int("paymentid")?
        .ok_or_else(|| Fail::new("paymentid is required"))?;
    let mut ledger = lock(&state.onebox.ledger);
    let removed = u64::try_from(id).ok().and_then(|id| ledger.pending.remove(&id));
    if removed.is_none() {
        return Err(Fail::new(NOT_FOUND));
    }
    Ok(Json(json!({"status": "ok"})).into_response())
}

/// The filters of the two lists, and the mode (one payment or a part).
struct ListQuery {
    one: Option<u64>,
    part: usize,
    cdate_from: Option<String>,
    cdate_to: Option<String>,
    pdate_from: Option<String>,
    pdate_to: Option<String>,
    account_id: Option<i64>,
    account_name: Option<String>,
    category_id: Option<i64>,
    category_name: Option<String>,
    order_id: Option<i64>,
    order_code1c: Option<String>,
}

impl ListQuery {
    fn parse(q: &Query) -> Result<ListQuery, Fail> {
        // A negative id is one no payment has: it finds nothing.
        let one = q.int("paymentid")?.map(|id| u64::try_from(id).unwrap_or(0));
        let part = match (one, q.int("part")?) {
            (Some(_), _) => 1,
            (None, None) => return Err(Fail::new("paymentid or part is required")),
            (None, Some(part)) => usize::try_from(part)
                .ok()
                .filter(|p| *p >= 1)
                .ok_or_else(|| Fail::new("part must be 1 or more"))?,
        };
        Ok(ListQuery {
            one,
            part,
            cdate_from: q.date("cdatefrom", true)?,
            cdate_to: q.date("cdateto", true)?,
            pdate_from: q.date("pdatefrom", true)?,
            pdate_to: q.date("pdateto", true)?,
            account_id: q.int("accountid")?,
            account_name: q.owned("accountname"),
            category_id: q.int("categoryid")?,
            category_name: q.owned("categoryname"),
            order_id: q.int("orderid")?,
            order_code1c: q.owned("ordercode1c"),
        })
    }

    /// Whether a record with these properties passes the filters.
    fn matches(
        &self,
        cdate: &str,
        pdate: Option<&str>,
        account: usize,
        category: Option<usize>,
        order_id: Option<i64>,
        order_code1c: Option<&str>,
    ) -> bool {
        let day = |d: &str| d.get(..10).unwrap_or_default().to_owned();
        let cday = day(cdate);
        let pday = pdate.map(day);
        let account = &ACCOUNTS[account];
        let category = category.map(|c| CATEGORIES[c]);
        self.cdate_from.as_ref().is_none_or(|from| &cday >= from)
            && self.cdate_to.as_ref().is_none_or(|to| &cday <= to)
            && self
                .pdate_from
                .as_ref()
                .is_none_or(|from| pday.as_ref().is_some_and(|d| d >= from))
            && self
                .pdate_to
                .as_ref()
                .is_none_or(|to| pday.as_ref().is_some_and(|d| d <= to))
            && self.account_id.is_none_or(|id| id == account.id)
            && self
                .account_name
                .as_deref()
                .is_none_or(|name| name == account.name)
            && self
                .category_id
                .is_none_or(|id| category.is_some_and(|c| c.0 == id))
            && self
                .category_name
                .as_deref()
                .is_none_or(|name| category.is_some_and(|c| c.1 == name))
            && self.order_id.is_none_or(|id| order_id == Some(id))
            && self
                .order_code1c
                .as_deref()
                .is_none_or(|code| order_code1c == Some(code))
    }

    /// The items of the requested part; in "one" mode the payment itself, or the documented
    /// refusal.
    fn page<T>(&self, mut matching: impl Iterator<Item = (u64, T)>) -> Result<Vec<T>, Fail> {
        if let Some(one) = self.one {
            return matching
                .find(|(id, _)| *id == one)
                .map(|(_, item)| vec![item])
                .ok_or_else(|| Fail::new(NOT_FOUND));
        }
        Ok(matching
            .skip((self.part - 1).saturating_mul(PART_SIZE))
            .take(PART_SIZE)
            .map(|(_, item)| item)
            .collect())
    }
}

/// `/api/payment/get/`.
async fn payment_get(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    let list = ListQuery::parse(&q)?;
    let ledger = lock(&state.onebox.ledger);
    let matching = ledger.payments.values().filter(|p| {
        list.one.is_some()
            || list.matches(
                &p.cdate,
                p.pdate.as_deref(),
                p.account,
                p.category,
                p.order_id,
                p.order_code1c.as_deref(),
            )
    });
    let items = list.page(matching.map(|p| (p.id, payment_json(p))))?;
    Ok(Json(Value::Array(items)).into_response())
}

/// `/api/payment/probation/get/` (also filters on `received`).
async fn probation_get(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    let list = ListQuery::parse(&q)?;
    let received = q.flag("received")?;
    let ledger = lock(&state.onebox.ledger);
    let matching = ledger.pending.values().filter(|p| {
        list.one.is_some()
            || (received.is_none_or(|r| r == p.received)
                && list.matches(
                    &p.cdate,
                    p.pdate.as_deref(),
                    p.account,
                    p.category,
                    p.order_id,
                    p.order_code1c.as_deref(),
                ))
    });
    let items = list.page(matching.map(|p| (p.id, pending_json(p))))?;
    Ok(Json(Value::Array(items)).into_response())
}

fn payment_json(p: &Payment) -> Value {
    let account = &ACCOUNTS[p.account];
    let currency = &CURRENCIES[p.currency];
    let category = p.category.map(|c| CATEGORIES[c]);
    json!({
        "id": p.id.to_string(),
        "code1c": p.code1c,
        "cdate": p.cdate,
        "amount": money(p.amount),
        "currencyid": currency.id.to_string(),
        "currencyname": currency.name,
        "currencyrate": rate_text(p.rate),
        "amountbase": money(p.amount_base),
        "accountid": account.id.to_string(),
        "accountname": account.name,
        "categoryid": category.map(|c| c.0.to_string()),
        "categoryname": category.map(|c| c.1),
        "virtual": i32::from(account.virtual_),
        "direction": direction(p.outgoing),
        "clientid": p.client.id.map(|id| id.to_string()),
        "clientName": p.client.name,
        "clientCode1c": p.client.code1c,
        "userid": USER_ID.to_string(),
        "userName": USER_NAME,
        "userCode1c": null,
        "documentid": null,
        "comment": p.comment,
        "referenscode": null,
        "bankdetail": null,
        "customfields": [],
    })
}

fn pending_json(p: &Pending) -> Value {
    let account = &ACCOUNTS[p.account];
    let currency = &CURRENCIES[p.currency];
    let category = p.category.map(|c| CATEGORIES[c]);
    let order_name = match (&p.order_id, &p.order_code1c) {
        (Some(id), _) => format!("Order #{id}"),
        (None, Some(code)) => format!("Order {code}"),
        (None, None) => String::new(),
    };
    json!({
        "id": p.id.to_string(),
        "cdate": p.cdate,
        "amount": money(p.amount),
        "amountbase": money(p.amount_base),
        "orderid": p.order_id.map(|id| id.to_string()),
        "ordercode1c": p.order_code1c,
        "ordername": order_name,
        "currencyid": currency.id.to_string(),
        "currencyname": currency.name,
        "accountid": account.id.to_string(),
        "accountname": account.name,
        "categoryid": category.map(|c| c.0.to_string()),
        "categoryname": category.map(|c| c.1),
        "direction": direction(p.amount < 0),
        "received": i32::from(p.received),
        "managerid": USER_ID.to_string(),
        "managerName": USER_NAME,
    })
}

/// An account's incoming and outgoing totals and its balance, in hundredths.
struct Totals {
    incoming: i128,
    outgoing: i128,
    balance: i128,
}

fn totals(ledger: &Ledger, account: usize) -> Totals {
    let mut incoming: i128 = 0;
    let mut outgoing: i128 = 0;
    let counted = ledger
        .payments
        .values()
        .filter(|p| p.account == account && !p.nobalance && p.rdate.is_none());
    for p in counted {
        let amount = p.amount_base.saturating_abs();
        if p.outgoing {
            outgoing = outgoing.saturating_add(amount);
        } else {
            incoming = incoming.saturating_add(amount);
        }
    }
    let balance = ACCOUNTS[account]
        .balance_start
        .saturating_add(incoming)
        .saturating_sub(outgoing);
    Totals {
        incoming,
        outgoing,
        balance,
    }
}

/// `/api/payment/balance/get/`.
async fn balance_get(AxumState(state): AxumState<Arc<State>>, RawQuery(raw): RawQuery) -> Answer {
    let q = Query::parse(raw.as_deref())?;
    let virtual_wanted = match q.text("contractortype") {
        None | Some("standard") => Some(false),
        Some("virtual") => Some(true),
        Some("all") => None,
        Some(_) => return Err(Fail::new("contractortype must be all, standard or virtual")),
    };
    let account_id = q.int("accountid")?;
    let ledger = lock(&state.onebox.ledger);
    let date = now();
    let items: Vec<Value> = ACCOUNTS
        .iter()
        .enumerate()
        .filter(|(_, a)| virtual_wanted.is_none_or(|v| v == a.virtual_))
        .filter(|(_, a)| account_id.is_none_or(|id| id == a.id))
        .map(|(index, a)| {
            let t = totals(&ledger, index);
            json!({
                "id": a.id.to_string(),
                "name": a.name,
                "active": 1,
                "contractorid": a.contractor_id.to_string(),
                "currencyid": CURRENCIES[ACCOUNT_CURRENCY].id.to_string(),
                "currencyname": CURRENCIES[ACCOUNT_CURRENCY].name,
                "overdraft": "0.00",
                "balancestart": money(a.balance_start),
                "managerid": USER_ID.to_string(),
                "balance": money(t.balance),
                "balanceIn": money(t.incoming),
                "balanceOut": money(t.outgoing),
                "balancedate": date,
            })
        })
        .collect();
    if items.is_empty() {
        return Err(Fail::new("Payment accounts not found"));
    }
    Ok(Json(Value::Array(items)).into_response())
}

/// `/api/budget/balance/get/`: one fixed demo budget (budgets are not linked to payments in
/// the API).
async fn budget_get(RawQuery(raw): RawQuery) -> Answer {
    Query::parse(raw.as_deref())?;
    let budget = json!({
        "id": "1",
        "name": "Sandbox budget",
        "active": 1,
        "currencyid": "1",
        "currencyname": "UAH",
        "stabilizationfund": "500.00",
        "sumamount": "12000.00",
        "sumamountbase": "12000.00",
        "balance": "8000.00",
        "balancebase": "8000.00",
        "balancedate": now(),
    });
    Ok(Json(json!([budget])).into_response())
}

/// Any other path under `/onebox`: the envelope, HTTP 404 (credentials checked first).
async fn unknown_path(RawQuery(raw): RawQuery) -> Answer {
    Query::parse(raw.as_deref())?;
    Err(Fail {
        status: StatusCode::NOT_FOUND,
        message: "Unknown API method".into(),
    })
}

/// A documented path with another method than GET: the envelope, HTTP 405.
async fn wrong_method() -> Fail {
    Fail {
        status: StatusCode::METHOD_NOT_ALLOWED,
        message: "API v1 methods are called with GET".into(),
    }
}

pub(crate) fn router(state: &Arc<State>) -> Router<Arc<State>> {
    let router = Router::new()
        .route("/api/payment/add/", get(payment_add))
        .route("/api/payment/probation/add/", get(probation_add))
        .route("/api/payment/delete/", get(payment_delete))
        .route("/api/payment/probation/delete/", get(probation_delete))
        .route("/api/payment/update/", get(payment_update))
        .route("/api/payment/get/", get(payment_get))
        .route("/api/payment/probation/get/", get(probation_get))
        .route("/api/payment/balance/get/", get(balance_get))
        .route("/api/budget/balance/get/", get(budget_get))
        .method_not_allowed_fallback(wrong_method)
        .fallback(unknown_path);
    examples::routes::<Imitated>(router).layer(axum::middleware::from_fn_with_state(
        state.clone(),
        examples::gate::<Imitated>,
    ))
}

/// OneBox's part in the shared request handling ([`crate::examples`]): `login` and the md5 of
/// the password in every query, the `fail` envelope at HTTP 200 for a missing parameter.
pub(crate) struct Imitated;

impl Imitation for Imitated {
    const PROVIDER: Provider = Provider::Onebox;
    const STATEFUL: &'static [&'static str] = &[
        "payment_add",
        "payment_probation_add",
        "payment_delete",
        "payment_probation_delete",
        "payment_update",
        "payment_get",
        "payment_probation_get",
        "payment_balance_get",
        "budget_balance_get",
    ];

    fn authorize(_state: &State, request: &axum::http::request::Parts, _input: &Input) -> Option<Response> {
        Query::parse(request.uri.query())
            .and_then(|query| query.check_credentials())
            .err()
            .map(IntoResponse::into_response)
    }

    fn missing(name: &str) -> Response {
        Fail::new(format!("{name} is empty")).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_md5_constant_is_the_passwords() {
        assert_eq!(payspec::webhook::md5_hex(PASSWORD), PASSWORD_MD5);
    }

    #[test]
    fn amounts() {
        assert_eq!(money(125_000), "1250.00");
        assert_eq!(money(-5), "-0.05");
        assert_eq!(to_base(10_000, 41_500_000), 415_000);
        assert_eq!(to_base(1, 41_500_000), 42); // 0.415 rounds to 0.42
        assert_eq!(to_base(-1, 41_500_000), -42);
        assert_eq!(to_base(i128::MAX / 100, 41_500_000), i128::MAX / 1_000_000);
        assert_eq!(rate_text(41_500_000), "41.5");
        assert_eq!(rate_text(1_000_000), "1");
    }

    #[test]
    fn dates() {
        assert!(is_datetime("2015-12-15 23:11:00"));
        assert!(!is_datetime("2015-12-15T23:11:00"));
        assert!(!is_datetime("2015-12-15"));
        assert!(is_date("2016-01-01"));
        assert_eq!(now().len(), "2015-12-15 23:11:00".len());
    }
}
