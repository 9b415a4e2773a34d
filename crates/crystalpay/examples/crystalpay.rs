//! CrystalPay v3, start to finish: an invoice is created, read, found in the report, paid,
//! its payment callback verified; then the nearest thing CrystalPay has to a cancel and to a
//! refund, both done with payoffs.
//!
//! ```text
//! cargo run --example crystalpay            # from the workspace root
//! cargo run -p payspec-crystalpay --example crystalpay
//! ```
//!
//! By default it runs against the offline sandbox (`payspec-sandbox`, started in-process on
//! loopback with its demo cash desk). The steps:
//!
//! 1. `me_info`: which cash desk the credentials belong to.
//! 2. `invoice_create`: 150.50 RUB, `callback_url` = the merchant's callback handler (an axum
//!    server on loopback); returns the id and the payment page URL.
//! 3. `invoice_info`: the invoice is `notpayed`.
//! 4. `report_invoice_history`: the invoice is listed on the first page.
//! 5. The payer pays (the sandbox does what the payment page would): `invoice_info` shows
//!    `payed` (sic). The callback arrives at the handler through the `Verified` extractor (the
//!    [`payspec_crystalpay::Receiver`] in the router's state checks the method, the size and
//!    the `signature`), which processes it once (`process_once` with a `MemoryEventStore`) and
//!    answers `OK`. Forged copies are refused; a redelivery (`Sandbox::redeliver`, what
//!    CrystalPay does when it gets no 2xx) is answered `OK` without being processed twice.
//! 6. "Cancel": CrystalPay invoices cannot be cancelled (they expire after `lifetime`); what
//!    can be cancelled is a payoff quote, so one is created and dropped with `payoff_cancel`.
//! 7. "Refund": CrystalPay has no refund call; the nearest is to pay the received amount back
//!    to the payer with `payoff_create` + `payoff_submit`, then `payoff_info` shows it sent.
//!
//! Against the real CrystalPay, set all four variables:
//!
//! ```text
//! PAYSPEC_CRYSTALPAY_URL=https://api.crystalpay.io
//! PAYSPEC_CRYSTALPAY_LOGIN=<cash desk login>        (auth_login)
//! PAYSPEC_CRYSTALPAY_SECRET=<cash desk secret key>  (auth_secret)
//! PAYSPEC_CRYSTALPAY_SALT=<cash desk salt>          ("Secret 2")
//! ```
//!
//! Then only steps 1–4 run: one unpaid invoice is created (it expires after 15 minutes) and
//! read back. Paying needs a human on the payment page, so the callback and the payoff steps
//! are skipped (a payoff would also move real money); the example prints which and why.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
// With the crate's `axum` feature this is `payspec_crystalpay::Verified`; the example uses
// payspec's own path so that it runs without `--features`.
use payspec::receive::axum::Verified;
use payspec_crystalpay::types::{InvoiceState, PayoffState, SubtractFrom};
use payspec_crystalpay::{Client, Credentials, MemoryEventStore, Receiver, Reply, SigningKey, types};
use payspec_sandbox::{Provider, Sandbox};
use serde_json::Value;

type BoxError = Box<dyn std::error::Error>;

/// The invoice amount, in roubles. Requests send it as a JSON number with exactly these
/// digits; CrystalPay answers with strings (`"150.5"`).
const AMOUNT: &str = "150.50";

/// Where a refund goes. CrystalPay does not tell the merchant the payer's card or wallet:
/// a real refund needs the payer's requisites, asked for separately. A test card number here.
const PAYER_CARD: &str = "2200000000000004";

/// Where the scenario runs: the client and, for the sandbox, the sandbox itself and the
/// merchant's callback handler.
struct Target {
    client: Client,
    local: Option<Local>,
}

struct Local {
    sandbox: Sandbox,
    shop: Shop,
    /// The callback handler's URL (the invoice's `callback_url`).
    callback_url: String,
}

/// The merchant's server state: the receiver (built once from the salt, "Secret 2"), the
/// store of processed events, and the business logic's record.
#[derive(Clone)]
struct Shop {
    receiver: Receiver,
    events: Arc<MemoryEventStore>,
    /// (invoice id, state) of every callback processed, in order.
    processed: Arc<Mutex<Vec<(String, String)>>>,
}

/// What lets the `Verified` extractor find the receiver in the router's state.
impl FromRef<Shop> for Receiver {
    fn from_ref(shop: &Shop) -> Receiver {
        shop.receiver.clone()
    }
}

/// The merchant's callback handler. A callback that does not verify never gets here: the
/// extractor answers it (403 `bad signature`, ...). The business logic runs once per invoice
/// and state; every delivery of a processed one is answered HTTP 200 `OK`.
async fn crystalpay_callback(State(shop): State<Shop>, Verified(callback): Verified<Receiver>) -> Reply {
    let outcome = callback
        .process_once(&*shop.events, async {
            // Your business logic. The signature covers only the id: re-read the invoice with
            // invoice_info and act on what it says (step 5 does).
            let id = callback.id.as_ref().map(|id| id.to_string()).unwrap_or_default();
            let state = callback.state.as_ref().map(|s| s.to_string()).unwrap_or_default();
            shop.processed
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((id, state));
            Ok::<(), Infallible>(())
        })
        .await;
    callback.reply(&outcome)
}

/// Serves `crystalpay_callback` at `/hooks/crystalpay` on loopback; returns its URL.
async fn start_shop(shop: Shop) -> Result<String, BoxError> {
    let router = Router::new()
        .nest(
            "/hooks",
            Router::new().route("/crystalpay", post(crystalpay_callback)),
        )
        .with_state(shop);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks/crystalpay", listener.local_addr()?);
    tokio::spawn(async move {
        // Serving ends only with an accept error; the scenario's checks would then fail.
        let _ = axum::serve(listener, router).await;
    });
    Ok(url)
}

fn processed(shop: &Shop) -> Vec<(String, String)> {
    shop.processed.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

impl Target {
    /// A fresh sandbox on loopback, its demo cash desk, and the merchant's callback handler.
    async fn sandbox() -> Result<Target, BoxError> {
        use payspec_sandbox::crystalpay::{LOGIN, SALT, SECRET};
        let sandbox = Sandbox::start().await?;
        let shop = Shop {
            receiver: Receiver::new(SigningKey::new(SALT)?),
            events: Arc::new(MemoryEventStore::new()),
            processed: Arc::default(),
        };
        let callback_url = start_shop(shop.clone()).await?;
        let credentials = Credentials::new(LOGIN, SECRET)?.with_salt(SALT)?;
        let client = Client::with_credentials(&sandbox.base_url(Provider::Crystalpay), credentials)?;
        Ok(Target {
            client,
            local: Some(Local {
                sandbox,
                shop,
                callback_url,
            }),
        })
    }

    /// The real CrystalPay at `url` (normally `https://api.crystalpay.io`).
    fn live([url, login, secret, salt]: [String; 4]) -> Result<Target, BoxError> {
        let credentials = Credentials::new(login, secret)?.with_salt(salt)?;
        let client = Client::with_credentials(&url, credentials)?;
        Ok(Target { client, local: None })
    }
}

/// What the scenario saw, for the caller (and the test) to check.
#[derive(Debug)]
struct Summary {
    cash_desk: String,
    invoice_id: String,
    /// The invoice's state right after creation.
    created_state: InvoiceState,
    /// Whether `report_invoice_history` listed it.
    listed: bool,
    /// Steps 5–7, which only run against the sandbox.
    paid: Option<Paid>,
    /// The steps not run, and why.
    skipped: Vec<&'static str>,
}

#[derive(Debug)]
struct Paid {
    /// `invoice_info` after paying.
    state: InvoiceState,
    /// The method the payer used, whose balance received the money.
    method: String,
    /// The callback's invoice id and state, as verified.
    callback: (String, InvoiceState),
    /// How many forged copies of the callback were refused (all of them).
    forgeries_refused: usize,
    /// Whether a redelivery was answered `OK` without being processed again.
    redelivery_answered_once: bool,
    /// The payoff quote created and cancelled (step 6).
    cancelled_payoff: (String, PayoffState),
    /// The payoff that paid the money back (step 7).
    refund_payoff: (String, PayoffState),
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("\nThe CrystalPay scenario failed: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), BoxError> {
    let live = payspec_sandbox::live_settings([
        "PAYSPEC_CRYSTALPAY_URL",
        "PAYSPEC_CRYSTALPAY_LOGIN",
        "PAYSPEC_CRYSTALPAY_SECRET",
        "PAYSPEC_CRYSTALPAY_SALT",
    ])?;
    let target = match live {
        Some(settings) => {
            println!("Target: the real CrystalPay at {}", settings[0]);
            Target::live(settings)?
        }
        None => {
            let target = Target::sandbox().await?;
            if let Some(local) = &target.local {
                println!("Target: the sandbox at {}", local.sandbox.url());
            }
            target
        }
    };
    let summary = scenario(&target).await?;
    print_summary(&summary);
    Ok(())
}

fn print_summary(s: &Summary) {
    println!("\nSummary, cash desk {}:", s.cash_desk);
    println!(
        "  invoice {}: created {}, listed in the report: {}",
        s.invoice_id, s.created_state, s.listed
    );
    if let Some(paid) = &s.paid {
        let (callback_id, callback_state) = &paid.callback;
        println!("  paid with {}: invoice_info says {}", paid.method, paid.state);
        println!(
            "  callback for {callback_id} ({callback_state}) verified; {} forged copies refused; redelivery answered without processing it again: {}",
            paid.forgeries_refused, paid.redelivery_answered_once
        );
        let (quote, quote_state) = &paid.cancelled_payoff;
        println!("  payoff quote {quote}: {quote_state}");
        let (refund, refund_state) = &paid.refund_payoff;
        println!("  refund payoff {refund}: {refund_state}");
    }
    for skipped in &s.skipped {
        println!("  skipped: {skipped}");
    }
}

/// The whole scenario; an `Err` names the step whose outcome was not the expected one.
async fn scenario(target: &Target) -> Result<Summary, BoxError> {
    let client = &target.client;
    let cash_desk = show_cash_desk(client).await?;

    // The callback URL goes into the invoice itself; against the real provider there is no
    // public URL to receive it, so none is given.
    let callback_url = target.local.as_ref().map(|local| local.callback_url.clone());
    let invoice_id = create_invoice(client, callback_url).await?;

    println!("\n3. invoice_info");
    let created = read_invoice(client, &invoice_id).await?;
    let created_state = created.state.clone().ok_or("invoice_info: no state")?;
    if created_state != InvoiceState::Notpayed {
        return Err(format!("a new invoice should be notpayed, it is {created_state}").into());
    }

    let listed = find_in_history(client, &invoice_id).await?;
    if !listed {
        return Err(format!("report_invoice_history does not list {invoice_id}").into());
    }

    let Some(local) = &target.local else {
        println!(
            "\n5-7. Not run against the real provider. Payment page: {}\n     Nothing is paid here; the unpaid invoice expires after 15 minutes.",
            created.url.as_deref().unwrap_or("(no URL)")
        );
        return Ok(Summary {
            cash_desk,
            invoice_id,
            created_state,
            listed,
            paid: None,
            skipped: vec![
                "paying, and so the callback: a payer has to pay on CrystalPay's page",
                "the payoff quote and its cancel: needs a funded balance and real requisites",
                "the refund by payoff: it would send real money",
            ],
        });
    };

    let paid = pay_and_settle(client, local, &invoice_id).await?;
    Ok(Summary {
        cash_desk,
        invoice_id,
        created_state,
        listed,
        paid: Some(paid),
        skipped: Vec::new(),
    })
}

/// Step 1.
async fn show_cash_desk(client: &Client) -> Result<String, BoxError> {
    println!("\n1. me_info");
    let me = client.me_info().await?;
    let id = me
        .id
        .as_ref()
        .map(|id| id.as_str().to_owned())
        .unwrap_or_default();
    println!(
        "   cash desk {id} {:?}, verification level {}",
        me.name.as_deref().unwrap_or("?"),
        me.status_level.map_or(0, |level| level.0)
    );
    Ok(id)
}

/// Step 2. `extra` carries our own order id: CrystalPay has no idempotency key, so after an
/// uncertain failure you look for it in the report before creating the invoice again.
async fn create_invoice(client: &Client, callback_url: Option<String>) -> Result<String, BoxError> {
    println!("\n2. invoice_create: {AMOUNT} RUB, lifetime 15 minutes");
    let invoice = client
        .invoice_create()
        .body_map(|b| {
            b.amount(AMOUNT)
                .type_(types::InvoiceType::Purchase)
                .lifetime(15)
                .currency("RUB".to_owned())
                .description("Order 1001: two tea mugs".to_owned())
                .extra("order-1001".to_owned())
                .callback_url(callback_url)
        })
        .await?;
    let id = invoice.id.ok_or("invoice_create: no id")?;
    println!(
        "   id {id}, amount {} {}, {} RUB",
        show(&invoice.amount),
        invoice.currency.as_deref().unwrap_or("?"),
        show(&invoice.rub_amount)
    );
    println!("   payment page: {}", invoice.url.as_deref().unwrap_or("(none)"));
    Ok(id)
}

/// Step 3 (and the re-read after paying).
async fn read_invoice(client: &Client, id: &str) -> Result<types::InvoiceInfo, BoxError> {
    let invoice = client.invoice_info().body_map(|b| b.id(id)).await?;
    println!(
        "   invoice_info: state {}, amount {}, left to pay {}, method {}",
        invoice.state.as_ref().map_or("?", InvoiceState::as_str),
        show(&invoice.amount),
        show(&invoice.remaining_amount),
        invoice.method.as_deref().unwrap_or("(not chosen)")
    );
    Ok(invoice)
}

/// Step 4: the last day's invoices, 20 per page. The newest come first (presumably: the docs
/// do not say), so ours is normally on page 1; a few more pages are read in case it is not.
async fn find_in_history(client: &Client, id: &str) -> Result<bool, BoxError> {
    const PER_PAGE: usize = 20;
    println!("\n4. report_invoice_history: last 1 day, {PER_PAGE} per page");
    for page in 1..=5 {
        let answer = client
            .report_invoice_history()
            .body_map(|b| b.page(page).items(PER_PAGE as i64).period(1))
            .await?;
        let invoices = answer.items.map(|list| list.0).unwrap_or_default();
        let listed = invoices.iter().any(|i| i.id.as_deref() == Some(id));
        println!(
            "   page {page}: {} invoice(s); ours listed: {listed}",
            invoices.len()
        );
        if listed {
            return Ok(true);
        }
        if invoices.len() < PER_PAGE {
            break;
        }
    }
    Ok(false)
}

/// Steps 5–7, against the sandbox.
async fn pay_and_settle(client: &Client, local: &Local, id: &str) -> Result<Paid, BoxError> {
    println!("\n5. The payer pays (the sandbox plays the payment page)");
    let delivery = local.sandbox.pay(Provider::Crystalpay, id).await?;
    if let Some(delivery) = &delivery {
        println!("   callback sent: {delivery}");
    }
    let delivery = delivery.ok_or("the sandbox sent no callback")?;
    let processed_now = processed(&local.shop);
    let [(callback_id, callback_state)] = processed_now.as_slice() else {
        return Err(format!("the handler should have processed one callback: {processed_now:?}").into());
    };
    let (callback_id, callback_state) = (callback_id.clone(), callback_state.clone());
    println!(
        "   callback processed: invoice {callback_id}, state {callback_state}; answered {:?}",
        delivery.answer
    );
    if callback_id != id
        || callback_state != "payed"
        || delivery.status != Some(200)
        || delivery.answer != "OK"
    {
        return Err(format!("the callback says {callback_id} {callback_state}, answered {delivery}").into());
    }
    let forgeries_refused = refuse_forgeries(&delivery.body, local).await?;
    let again = local
        .sandbox
        .redeliver(Provider::Crystalpay, id)
        .await?
        .ok_or("the sandbox sent no callback")?;
    println!("   redelivered: {again}");
    let redelivery_answered_once = again.status == Some(200) && processed(&local.shop).len() == 1;
    if !redelivery_answered_once {
        return Err(format!("a redelivery was not answered OK once: {again}").into());
    }

    // The signature covers only the id: a copy with another amount or state but the same id
    // would pass. So trust only what invoice_info says, and act only on `payed`.
    let invoice = read_invoice(client, id).await?;
    let state = invoice.state.clone().ok_or("invoice_info: no state")?;
    if state != InvoiceState::Payed {
        return Err(format!("after paying the invoice is {state}, not payed").into());
    }
    let method = invoice.method.clone().ok_or("a paid invoice names its method")?;
    // What was credited to the balance (no commission in the sandbox: the whole amount).
    let received_amount = invoice.balance_amount.clone().ok_or("no balance_amount")?;
    show_balance(client, &method).await?;

    println!("\n6. Cancel: invoices cannot be cancelled, a payoff quote can");
    let cancelled_payoff = create_and_cancel_payoff(client, &method, received_amount.as_str()).await?;

    println!("\n7. Refund: no refund call; the received amount is paid back with a payoff");
    let refund_payoff = refund_by_payoff(client, &method, received_amount.as_str()).await?;
    show_balance(client, &method).await?;

    Ok(Paid {
        state,
        method,
        // Checked above: the state processed is `payed`.
        callback: (callback_id, InvoiceState::Payed),
        forgeries_refused,
        redelivery_answered_once,
        cancelled_payoff,
        refund_payoff,
    })
}

/// Two forged copies of a genuine callback, both refused by the handler's extractor and never
/// processed: one signed with a wrong salt, and one claiming another invoice with the genuine
/// signature.
async fn refuse_forgeries(body: &str, local: &Local) -> Result<usize, BoxError> {
    let genuine: Value = serde_json::from_str(body)?;

    let mut wrong_salt = genuine.clone();
    let id = genuine["id"].as_str().unwrap_or_default();
    wrong_salt["signature"] = payspec::webhook::sha1_hex(&format!("{id}:not-the-salt")).into();

    let mut other_invoice = genuine.clone();
    other_invoice["id"] = format!("{id}0").into();

    let http = reqwest::Client::new();
    let mut refused = 0;
    for (what, forged) in [("wrong salt", wrong_salt), ("another invoice id", other_invoice)] {
        let answer = http
            .post(&local.callback_url)
            .header("content-type", "application/json")
            .body(forged.to_string())
            .send()
            .await?;
        let status = answer.status().as_u16();
        let text = answer.text().await?;
        println!("   forged callback ({what}): HTTP {status} {text:?}");
        if status != 403 || processed(&local.shop).len() != 1 {
            return Err(format!("a forged callback ({what}) was not refused").into());
        }
        refused += 1;
    }
    Ok(refused)
}

async fn show_balance(client: &Client, method: &str) -> Result<(), BoxError> {
    let balance = client.balance_get().body_map(|b| b.method(method)).await?;
    println!(
        "   balance_get {method}: {} {}",
        show(&balance.amount),
        balance.currency.as_deref().unwrap_or("")
    );
    Ok(())
}

/// Step 6: a payoff is a quote (`created`) until submitted; a quote can be dropped. The
/// client signs both calls with the salt.
async fn create_and_cancel_payoff(
    client: &Client,
    method: &str,
    amount: &str,
) -> Result<(String, PayoffState), BoxError> {
    let quote = create_payoff(client, method, amount, "quote-1001").await?;
    let cancelled = client.payoff_cancel().body_map(|b| b.id(&quote)).await?;
    let state = cancelled.state.ok_or("payoff_cancel: no state")?;
    println!(
        "   payoff_cancel: state {state}, message {:?}",
        cancelled.message.as_deref().unwrap_or("")
    );
    if state != PayoffState::Canceled {
        return Err(format!("the cancelled payoff is {state}").into());
    }
    Ok((quote, state))
}

/// Step 7: the payoff is submitted (`processing`), then `payoff_info` shows it sent (`payed`).
async fn refund_by_payoff(
    client: &Client,
    method: &str,
    amount: &str,
) -> Result<(String, PayoffState), BoxError> {
    let id = create_payoff(client, method, amount, "refund-1001").await?;
    let submitted = client.payoff_submit().body_map(|b| b.id(&id)).await?;
    println!(
        "   payoff_submit: state {}",
        submitted.state.as_ref().map_or("?", PayoffState::as_str)
    );
    let payoff = client.payoff_info().body_map(|b| b.id(&id)).await?;
    let state = payoff.state.ok_or("payoff_info: no state")?;
    println!(
        "   payoff_info: state {state}, {} sent to {}",
        show(&payoff.receive_amount),
        payoff.wallet.as_deref().unwrap_or("?")
    );
    if !matches!(state, PayoffState::Processing | PayoffState::Payed) {
        return Err(format!("the refund payoff is {state}").into());
    }
    Ok((id, state))
}

/// `payoff_create` of `amount` through `method` to the payer's card; returns the payoff id.
async fn create_payoff(client: &Client, method: &str, amount: &str, extra: &str) -> Result<String, BoxError> {
    let quote = client
        .payoff_create()
        .body_map(|b| {
            b.method(method)
                .wallet(PAYER_CARD)
                .amount(amount)
                // `balance`: the commission is charged to the balance, the payer gets it all.
                .subtract_from(SubtractFrom::Balance)
                .extra(extra.to_owned())
        })
        .await?;
    let id = quote.id.ok_or("payoff_create: no id")?;
    println!(
        "   payoff_create: id {id}, {} {} to {PAYER_CARD}, debits {}",
        show(&quote.amount),
        quote.amount_currency.as_deref().unwrap_or(""),
        show(&quote.deduction_amount)
    );
    Ok(id)
}

fn show(amount: &Option<payspec::Decimal>) -> &str {
    amount.as_ref().map_or("?", payspec::Decimal::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_scenario_runs_against_the_sandbox() {
        let target = Target::sandbox().await.unwrap();
        let summary = scenario(&target).await.unwrap();

        assert_eq!(
            summary.cash_desk,
            payspec_sandbox::crystalpay::CASH_DESK_ID.to_string()
        );
        assert_eq!(summary.created_state, InvoiceState::Notpayed);
        assert!(summary.listed);
        assert!(summary.skipped.is_empty());
        let paid = summary.paid.expect("the sandbox run pays");
        assert_eq!(paid.state, InvoiceState::Payed);
        assert_eq!(paid.callback, (summary.invoice_id.clone(), InvoiceState::Payed));
        assert_eq!(paid.forgeries_refused, 2);
        assert!(paid.redelivery_answered_once);
        assert_eq!(paid.cancelled_payoff.1, PayoffState::Canceled);
        assert_eq!(paid.refund_payoff.1, PayoffState::Payed);

        // The sandbox's own view agrees.
        let sandbox = target.local.as_ref().unwrap().sandbox.crystalpay();
        assert_eq!(
            sandbox.invoice_state(&summary.invoice_id).as_deref(),
            Some("payed")
        );
        assert_eq!(
            sandbox.payoff_state(&paid.cancelled_payoff.0).as_deref(),
            Some("canceled")
        );
        assert_eq!(
            sandbox.payoff_state(&paid.refund_payoff.0).as_deref(),
            Some("payed")
        );
        // Received 150.50, paid back 150.50: nothing left.
        assert_eq!(sandbox.balance(&paid.method).as_deref(), Some("0"));
    }
}
