//! Sber SmartPay from start to finish: create an invoice, read it, find it in the list, wait
//! for the payment by long polling, confirm the held money, refund it in two parts, and cancel
//! a second held payment.
//!
//! ```text
//! cargo run -p payspec-sber --example sber
//! ```
//!
//! By default it runs against an in-process [`payspec_sandbox::Sandbox`] (no account, no
//! network beyond loopback), where a simulated payer pays the invoices. To run it against the
//! real SmartPay, set all three of:
//!
//! - `PAYSPEC_SBER_URL`: the base URL, e.g. `https://smartpay.devices.sberbank.ru/smartpay/v1`;
//! - `PAYSPEC_SBER_TOKEN`: the partner token (a test token from SmartMarket Studio, or the
//!   operational one);
//! - `PAYSPEC_SBER_SERVICE_ID`: the `service_id` issued with the token.
//!
//! Against the real SmartPay it only creates an unpaid invoice, reads and lists it and long
//! polls it for a few seconds: paying needs a person in Sber's payment dialog, and confirming,
//! refunding and cancelling need a payment, so those steps are skipped (and said so). The
//! unpaid invoice expires by itself 20 minutes later (status `cancelled`).
//!
//! **No webhook step.** Sber documents no server-to-server notification for invoices
//! (<https://developers.sber.ru/docs/ru/va/about/monetization/payments/steps/>,
//! `specs/sber.yaml` "Notifications"): a smart app hears `PAY_DIALOG_FINISHED` from the
//! assistant and then reads the invoice, optionally by long polling (`invoice_get` with
//! `inv_status` + `wait`), which is what this example shows instead. So there is no signature
//! to verify either.

use std::error::Error;
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use payspec_sandbox::{Provider, Sandbox};
use payspec_sber::types::{self, InvoiceStatus};
use payspec_sber::{BearerToken, Client};

type Failure = Box<dyn Error>;

/// How long the long poll may wait for the payment (seconds).
const WAIT_FOR_PAYMENT: i64 = 10;
/// How long the long poll waits against the real SmartPay, where nobody pays (seconds).
const WAIT_LIVE: i64 = 3;
/// When the simulated payer pays, after the long poll has started.
const PAYER_DELAY: Duration = Duration::from_millis(300);

/// The cart: two cappuccinos at 180.00 ₽ and a croissant at 118.36 ₽. Amounts are integer
/// kopecks everywhere in SmartPay.
const CAPPUCCINO_PRICE: i64 = 18_000;
const CAPPUCCINOS: i64 = 2;
const CROISSANT_PRICE: i64 = 11_836;
const TOTAL: i64 = CAPPUCCINO_PRICE * CAPPUCCINOS + CROISSANT_PRICE;

/// Where the scenario runs: a client, the `service_id` for new invoices, and the sandbox when
/// there is one.
struct Target {
    client: Client,
    service_id: String,
    /// The in-process sandbox; `None` against the real SmartPay.
    sandbox: Option<Sandbox>,
}

impl Target {
    /// A fresh sandbox with its demo token and service id.
    async fn sandbox() -> Result<Target, Failure> {
        let sandbox = Sandbox::start().await?;
        let base_url = sandbox.base_url(Provider::Sber);
        println!("Sandbox: {base_url} (demo token and service_id)");
        let token = BearerToken::new(payspec_sandbox::sber::TOKEN)?;
        Ok(Target {
            client: Client::with_token(&base_url, token)?,
            service_id: payspec_sandbox::sber::SERVICE_ID.to_owned(),
            sandbox: Some(sandbox),
        })
    }

    /// The real SmartPay (the token is never printed).
    fn live(base_url: &str, token: &str, service_id: String) -> Result<Target, Failure> {
        println!("Real SmartPay: {base_url} (service_id {service_id})");
        Ok(Target {
            client: Client::with_token(base_url, BearerToken::new(token)?)?,
            service_id,
            sandbox: None,
        })
    }
}

/// What the scenario saw, step by step (`None`: the step was skipped).
#[derive(Debug)]
struct Summary {
    invoice_id: String,
    status_after_create: InvoiceStatus,
    /// A second `invoice_create` with the same `order_id` answered the same invoice id.
    repeat_same_id: Option<bool>,
    found_by_order_id: bool,
    listed: bool,
    /// The status the long poll returned, and how long it took.
    status_after_poll: InvoiceStatus,
    long_poll_took: Duration,
    status_after_confirm: Option<InvoiceStatus>,
    amount_after_partial_refund: Option<i64>,
    status_after_refund: Option<InvoiceStatus>,
    cancelled_invoice_id: Option<String>,
    status_after_cancel: Option<InvoiceStatus>,
    skipped: Vec<&'static str>,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nThe Sber example failed: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Failure> {
    let names = [
        "PAYSPEC_SBER_URL",
        "PAYSPEC_SBER_TOKEN",
        "PAYSPEC_SBER_SERVICE_ID",
    ];
    let target = match payspec_sandbox::live_settings(names)? {
        Some([url, token, service_id]) => Target::live(&url, &token, service_id)?,
        None => Target::sandbox().await?,
    };
    let summary = scenario(&target).await?;
    summary.print();
    Ok(())
}

impl Summary {
    fn print(&self) {
        println!("\nSummary of invoice {}:", self.invoice_id);
        println!("  created as          {}", self.status_after_create.as_str());
        let repeat = match self.repeat_same_id {
            Some(true) => "answered the same invoice id",
            Some(false) => "made a second invoice",
            None => "refused",
        };
        println!("  repeated create     {repeat}");
        println!(
            "  found by order_id   {}, listed {}",
            self.found_by_order_id, self.listed
        );
        println!(
            "  long poll           {} after {:.1?}",
            self.status_after_poll.as_str(),
            self.long_poll_took
        );
        println!("  confirmed           {}", show(&self.status_after_confirm));
        match self.amount_after_partial_refund {
            Some(amount) => println!("  partial refund      amount_current {amount}"),
            None => println!("  partial refund      skipped"),
        }
        println!("  after full refund   {}", show(&self.status_after_refund));
        match &self.cancelled_invoice_id {
            Some(id) => println!("  second invoice      {id}: {}", show(&self.status_after_cancel)),
            None => println!("  second invoice      skipped"),
        }
        if !self.skipped.is_empty() {
            println!("  {} steps skipped (see above)", self.skipped.len());
        }
    }
}

/// A status for the summary, `skipped` when the step did not run.
fn show(status: &Option<InvoiceStatus>) -> &str {
    status.as_ref().map_or("skipped", InvoiceStatus::as_str)
}

/// The whole story; every step checks its outcome.
async fn scenario(target: &Target) -> Result<Summary, Failure> {
    let client = &target.client;
    let run_id = unix_millis();
    let order_id = format!("payspec-example-{run_id}-a");
    // A two-stage invoice (`ptype` 1): the payment only holds the money until it is confirmed.
    // A one-stage invoice (`ptype` 0, the default) would go straight to `confirmed`.
    let request = new_invoice(&target.service_id, &order_id, run_id.to_string());

    println!(
        "\n1. invoice_create: order {order_id}, {} kopecks, two-stage",
        TOTAL
    );
    let created = client.invoice_create().body(request.clone()).await?;
    let invoice_id = created
        .invoice_id
        .ok_or("invoice_create answered no invoice_id")?
        .0;
    println!("   -> invoice_id {invoice_id}");

    // order_id is unique per service_id: repeating the request creates no second invoice, so
    // a client may safely retry it. What the repeat answers is not documented: the sandbox
    // answers the same invoice id.
    println!("2. invoice_create again with the same order_id");
    let repeat_same_id = match client.invoice_create().body(request).await {
        Ok(answer) => {
            let same = answer.invoice_id.is_some_and(|id| id.0 == invoice_id);
            println!(
                "   -> {}",
                if same {
                    "the same invoice_id"
                } else {
                    "a different invoice_id!"
                }
            );
            Some(same)
        }
        // The real SmartPay may refuse the repeat instead; that is fine too.
        Err(e) if target.sandbox.is_none() => {
            println!("   -> refused: {e}");
            None
        }
        Err(e) => return Err(e.into()),
    };
    if repeat_same_id == Some(false) {
        return Err("the repeated invoice_create created a second invoice".into());
    }

    println!("3. invoice_get {invoice_id}");
    let invoice = client.invoice_get().invoice_id(&invoice_id).await?;
    let status_after_create = status(&invoice)?;
    let amount = invoice
        .invoice
        .as_ref()
        .and_then(|i| i.order.as_ref())
        .and_then(|o| o.amount);
    println!("   -> status {}, amount {amount:?}", status_after_create.as_str());
    expect(
        status_after_create == InvoiceStatus::Created,
        "a new invoice is `created`",
    )?;
    expect(amount == Some(TOTAL), "invoice_get shows the order amount")?;

    // Looking an invoice up by the merchant's own order id: invoice_id 0.
    println!("4. invoice_get 0 with service_id + order_id");
    let found = client
        .invoice_get()
        .invoice_id("0")
        .service_id(&target.service_id)
        .order_id(&order_id)
        .await?;
    let found_by_order_id = found.invoice_id.as_ref().is_some_and(|id| id.0 == invoice_id);
    println!(
        "   -> {}",
        found.invoice_id.as_ref().map_or("nothing", |id| id.as_str())
    );
    expect(found_by_order_id, "the lookup by order_id finds the invoice")?;

    // Without invoice_status the list holds only paid and confirmed invoices.
    println!("5. invoice_list invoice_status=created, order_num={run_id}, page 0, size 20");
    let item = find_in_list(client, &run_id.to_string(), "created").await?;
    let listed = item.is_some();
    println!("   -> {}", if listed { "listed" } else { "not listed" });
    expect(listed, "invoice_list shows the new invoice")?;

    let Some(sandbox) = &target.sandbox else {
        return live_ending(
            client,
            invoice_id,
            status_after_create,
            repeat_same_id,
            found_by_order_id,
        )
        .await;
    };

    // The payer pays while the long poll is waiting: the poll answers at once, not after `wait`.
    println!(
        "6. invoice_get inv_status=created wait={WAIT_FOR_PAYMENT}; the payer pays after {PAYER_DELAY:?}"
    );
    let pay = async {
        tokio::time::sleep(PAYER_DELAY).await;
        sandbox.pay(Provider::Sber, &invoice_id).await
    };
    let (polled, paid) = tokio::join!(long_poll(client, &invoice_id, WAIT_FOR_PAYMENT), pay);
    let (invoice, long_poll_took) = polled?;
    // Sber sends no notification for invoices: the sandbox has nothing to deliver.
    expect(paid?.is_none(), "no notification is sent")?;
    let status_after_poll = status(&invoice)?;
    println!(
        "   -> status {} after {long_poll_took:.1?}",
        status_after_poll.as_str()
    );
    expect(
        status_after_poll == InvoiceStatus::Paid,
        "a paid two-stage invoice is `paid`",
    )?;
    expect(
        long_poll_took < Duration::from_secs(WAIT_FOR_PAYMENT as u64),
        "the long poll answers when the status changes",
    )?;

    println!("7. invoice_confirm: charge the held {TOTAL} kopecks");
    let confirm = types::ConfirmInvoiceRequest {
        invoice: types::ConfirmInvoice {
            order: types::ConfirmOrder {
                amount: TOTAL,
                currency: Some("RUB".into()),
                order_bundle: cart(),
            },
        },
    };
    client
        .invoice_confirm()
        .invoice_id(&invoice_id)
        .body(confirm)
        .await?;
    let status_after_confirm = status(&client.invoice_get().invoice_id(&invoice_id).await?)?;
    println!("   -> status {}", status_after_confirm.as_str());
    expect(
        status_after_confirm == InvoiceStatus::Confirmed,
        "a confirmed invoice is `confirmed`",
    )?;

    // A partial refund: the croissant. `current_amount` is what the invoice holds before it.
    println!("8. invoice_refund: the croissant, {CROISSANT_PRICE} of {TOTAL} kopecks");
    refund(client, &invoice_id, TOTAL, vec![croissant()]).await?;
    let item = find_in_list(client, &run_id.to_string(), "confirmed").await?;
    let amount_after_partial_refund = item.and_then(|i| i.amount_current).and_then(|a| a.amount);
    println!("   -> still confirmed, amount_current {amount_after_partial_refund:?}");
    expect(
        amount_after_partial_refund == Some(TOTAL - CROISSANT_PRICE),
        "the partial refund lowers amount_current",
    )?;

    println!("9. invoice_refund: the rest, {} kopecks", TOTAL - CROISSANT_PRICE);
    refund(client, &invoice_id, TOTAL - CROISSANT_PRICE, vec![cappuccinos()]).await?;
    let status_after_refund = status(&client.invoice_get().invoice_id(&invoice_id).await?)?;
    println!("   -> status {}", status_after_refund.as_str());
    expect(
        status_after_refund == InvoiceStatus::Refunded,
        "a fully refunded invoice is `refunded`",
    )?;

    // invoice_cancel releases a hold: it needs a paid (held) two-stage invoice.
    let order_b = format!("payspec-example-{run_id}-b");
    println!("10. a second two-stage invoice, paid, then invoice_cancel");
    let created = client
        .invoice_create()
        .body(new_invoice(&target.service_id, &order_b, format!("{run_id}b")))
        .await?;
    let second_id = created
        .invoice_id
        .ok_or("invoice_create answered no invoice_id")?
        .0;
    sandbox.pay(Provider::Sber, &second_id).await?;
    client.invoice_cancel().invoice_id(&second_id).await?;
    let status_after_cancel = status(&client.invoice_get().invoice_id(&second_id).await?)?;
    println!(
        "   -> invoice {second_id}: status {}",
        status_after_cancel.as_str()
    );
    expect(
        status_after_cancel == InvoiceStatus::Reversed,
        "a cancelled hold is `reversed`",
    )?;

    println!("No webhook to verify: Sber sends none for invoices (the long poll in step 6 replaces it).");
    Ok(Summary {
        invoice_id,
        status_after_create,
        repeat_same_id,
        found_by_order_id,
        listed,
        status_after_poll,
        long_poll_took,
        status_after_confirm: Some(status_after_confirm),
        amount_after_partial_refund,
        status_after_refund: Some(status_after_refund),
        cancelled_invoice_id: Some(second_id),
        status_after_cancel: Some(status_after_cancel),
        skipped: Vec::new(),
    })
}

/// Against the real SmartPay: a short long poll (nobody pays), then say what was skipped.
async fn live_ending(
    client: &Client,
    invoice_id: String,
    status_after_create: InvoiceStatus,
    repeat_same_id: Option<bool>,
    found_by_order_id: bool,
) -> Result<Summary, Failure> {
    println!("6. invoice_get inv_status=created wait={WAIT_LIVE} (nobody pays: it waits it out)");
    let (invoice, long_poll_took) = long_poll(client, &invoice_id, WAIT_LIVE).await?;
    let status_after_poll = status(&invoice)?;
    println!(
        "   -> status {} after {long_poll_took:.1?}",
        status_after_poll.as_str()
    );
    let skipped = vec![
        "paying: needs a person in Sber's payment dialog (the assistant's POLICY_RUN_APP with the invoice_id, \
         Sber's payment SDK, or for web payments the form_url of invoice_start_payment)",
        "invoice_confirm, invoice_refund: need a paid invoice",
        "invoice_cancel: releases a held payment only; the unpaid invoice expires by itself after 20 minutes",
        "webhook: Sber sends none for invoices (https://developers.sber.ru/docs/ru/va/about/monetization/payments/steps/)",
    ];
    println!("Skipped against the real SmartPay:");
    for step in &skipped {
        println!("   - {step}");
    }
    Ok(Summary {
        invoice_id,
        status_after_create,
        repeat_same_id,
        found_by_order_id,
        listed: true,
        status_after_poll,
        long_poll_took,
        status_after_confirm: None,
        amount_after_partial_refund: None,
        status_after_refund: None,
        cancelled_invoice_id: None,
        status_after_cancel: None,
        skipped,
    })
}

/// `invoice_get` with `inv_status` `created` and `wait`: the server holds the call while the
/// status is still `created`, at most `wait` seconds. The client gives such a call `wait`
/// seconds on top of its timeout. (`Client::wait_for_status_change` repeats it to a deadline.)
async fn long_poll(
    client: &Client,
    invoice_id: &str,
    wait: i64,
) -> Result<(types::GetInvoiceResponse, Duration), payspec_sber::Error> {
    let started = Instant::now();
    let invoice = client
        .invoice_get()
        .invoice_id(invoice_id)
        .inv_status(InvoiceStatus::Created)
        .wait(wait)
        .await?;
    Ok((invoice, started.elapsed()))
}

/// The list entry of our order (`order_num` is the order number we sent), among the invoices
/// with `status`.
async fn find_in_list(
    client: &Client,
    order_number: &str,
    status: &str,
) -> Result<Option<types::InvoiceListItem>, payspec_sber::Error> {
    let page = client
        .invoice_list()
        .invoice_status(status)
        .order_num(order_number)
        .page(0)
        .size(20)
        .await?;
    println!(
        "   page {} of {}, {} matching invoice(s)",
        page.number.unwrap_or_default() + 1,
        page.total_pages.unwrap_or_default(),
        page.total_elements.unwrap_or_default()
    );
    Ok(page
        .invoices
        .into_iter()
        .find(|i| i.order_number.as_deref() == Some(order_number)))
}

/// A refund: `current_amount` is the invoice's amount before it, `order_bundle` the lines
/// given back.
async fn refund(
    client: &Client,
    invoice_id: &str,
    current_amount: i64,
    lines: Vec<types::OrderBundleItem>,
) -> Result<(), payspec_sber::Error> {
    let refund_amount = lines.iter().map(|line| line.item_amount).sum();
    let body = types::RefundInvoiceRequest {
        invoice: types::RefundInvoice {
            order: types::RefundOrder {
                current_amount,
                refund_amount,
                currency: Some("RUB".into()),
                order_bundle: lines,
            },
        },
    };
    client.invoice_refund().invoice_id(invoice_id).body(body).await?;
    Ok(())
}

/// A two-stage invoice for the cart. `order_number` is what the buyer sees (and what
/// `invoice_list` filters on with `order_num`).
fn new_invoice(service_id: &str, order_id: &str, order_number: String) -> types::CreateInvoiceRequest {
    types::CreateInvoiceRequest {
        user_id: None,
        ptype: Some(1),
        invoice: types::NewInvoice {
            purchaser: Some(types::Purchaser {
                email: Some("buyer@example.com".into()),
                phone: None,
                contact: Some("email".into()),
            }),
            delivery_info: None,
            invoice_params: Vec::new(),
            order: types::Order {
                order_id: order_id.into(),
                order_number: Some(order_number),
                order_date: order_date(),
                service_id: service_id.into(),
                amount: TOTAL,
                currency: "RUB".into(),
                purpose: Some("payspec example".into()),
                description: Some("Кофе с собой".into()),
                language: Some("ru-RU".into()),
                expiration_date: None,
                autocompletion_date: None,
                // 1: УСН доход (simplified taxation, income).
                tax_system: 1,
                order_bundle: cart(),
            },
        },
    }
}

/// The fiscal cart: required for a payment ("otherwise the payment will not happen"), and
/// its `item_amount`s must add up to the order amount.
fn cart() -> Vec<types::OrderBundleItem> {
    vec![cappuccinos(), croissant()]
}

fn cappuccinos() -> types::OrderBundleItem {
    line(1, "Капучино", "cappuccino", CAPPUCCINO_PRICE, CAPPUCCINOS)
}

fn croissant() -> types::OrderBundleItem {
    line(2, "Круассан", "croissant", CROISSANT_PRICE, 1)
}

fn line(position_id: i64, name: &str, code: &str, price: i64, pieces: i64) -> types::OrderBundleItem {
    types::OrderBundleItem {
        position_id,
        name: name.into(),
        item_params: Vec::new(),
        quantity: types::Quantity {
            value: Some(pieces.into()),
            measure: Some("шт".into()),
        },
        item_amount: price * pieces,
        currency: "RUB".into(),
        item_code: code.into(),
        item_price: price,
        discount_type: None,
        discount_value: None,
        interest_type: None,
        interest_value: None,
        // 6: VAT 20 %.
        tax_type: 6,
        tax_sum: None,
        image: None,
    }
}

fn status(invoice: &types::GetInvoiceResponse) -> Result<InvoiceStatus, Failure> {
    Ok(invoice
        .invoice_status()
        .cloned()
        .ok_or("invoice_get answered no invoice_status")?)
}

fn expect(ok: bool, what: &str) -> Result<(), Failure> {
    if ok {
        Ok(())
    } else {
        Err(format!("expected: {what}").into())
    }
}

fn unix_millis() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis()
}

/// Now, as ISO 8601 in UTC (`2025-03-01T09:30:00Z`). A few lines of calendar arithmetic
/// instead of a date crate (days since 1970 → year, month, day).
fn order_date() -> String {
    let seconds = unix_millis() / 1000;
    let (days, of_day) = ((seconds / 86_400) as i64, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    let (h, m, s) = (of_day / 3600, of_day % 3600 / 60, of_day % 60);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z")
}

/// Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_scenario_runs_against_the_sandbox() {
        let target = Target::sandbox().await.unwrap();
        let summary = scenario(&target).await.unwrap();

        assert_eq!(summary.status_after_create, InvoiceStatus::Created);
        assert_eq!(summary.repeat_same_id, Some(true));
        assert!(summary.found_by_order_id && summary.listed);
        assert_eq!(summary.status_after_poll, InvoiceStatus::Paid);
        assert!(summary.long_poll_took >= PAYER_DELAY);
        assert!(summary.long_poll_took < Duration::from_secs(5));
        assert_eq!(summary.status_after_confirm, Some(InvoiceStatus::Confirmed));
        assert_eq!(summary.amount_after_partial_refund, Some(TOTAL - CROISSANT_PRICE));
        assert_eq!(summary.status_after_refund, Some(InvoiceStatus::Refunded));
        assert_eq!(summary.status_after_cancel, Some(InvoiceStatus::Reversed));
        assert!(summary.skipped.is_empty());

        // The sandbox's own books agree, and the repeated create made no third invoice.
        let sber = target.sandbox.as_ref().unwrap().sber();
        assert_eq!(sber.invoices().len(), 2);
        let first = sber.invoice(&summary.invoice_id).unwrap();
        assert_eq!(
            (
                first.status,
                first.amount_create,
                first.amount_confirm,
                first.amount_current
            ),
            ("refunded", TOTAL, TOTAL, 0)
        );
        let second = sber
            .invoice(summary.cancelled_invoice_id.as_deref().unwrap())
            .unwrap();
        assert_eq!((second.status, second.two_stage), ("reversed", true));
    }

    #[test]
    fn order_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(order_date().len(), "2025-03-01T09:30:00Z".len());
    }
}
