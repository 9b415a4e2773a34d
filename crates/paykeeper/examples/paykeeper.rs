//! A complete PayKeeper scenario: create an invoice, read it, find it in the invoice history,
//! pay it, receive and verify PayKeeper's payment notification, refund the payment (first in
//! part, then the rest), and revoke a second invoice.
//!
//! ```text
//! cargo run --example paykeeper        # or: cargo run -p payspec-paykeeper --example paykeeper
//! ```
//!
//! By default it runs against the offline sandbox (`payspec-sandbox`), started in-process on
//! loopback with the demo credentials `demo` / `demo`. There the payer is imitated
//! (`Sandbox::pay`), and the notification goes to the merchant's endpoint: an axum server on
//! loopback whose handler takes the notification through the `Verified` extractor (the
//! [`Receiver`] in the router's state checks the method, the content type, the size and the
//! `key`), runs the business logic once per payment (`process_once` with a
//! `MemoryEventStore`), and answers PayKeeper's required `OK <md5>`. A forged copy is refused,
//! and a redelivery (`Sandbox::redeliver`, what PayKeeper does when the answer was wrong) is
//! answered `OK` without being processed twice.
//!
//! To run it against a real PayKeeper server, set all of:
//!
//! - `PAYSPEC_PAYKEEPER_URL`: the server, scheme and host (e.g. `https://demo.paykeeper.ru`);
//! - `PAYSPEC_PAYKEEPER_USER`, `PAYSPEC_PAYKEEPER_PASSWORD`: a personal-cabinet user.
//!
//! Against the real server only what needs no payer runs: the invoice is created, read and
//! looked for in the history (it is not sent, so it stays in the service status `created`, which
//! the history never lists), its payment page is printed, and then it is revoked, like the
//! second invoice. Paying, refunding and the notification are skipped: they need a human payer
//! and a public HTTPS endpoint. (Your endpoint verifies notifications with the secret word of
//! the cabinet — `PAYSPEC_PAYKEEPER_SECRET` is the customary name for it — exactly as
//! `paykeeper_notification` below does; this example does not need it against the real server.)
//! No money moves.

use std::convert::Infallible;
use std::error::Error;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
// With the crate's `axum` feature this is `payspec_paykeeper::Verified`; the example uses
// payspec's own path so that it runs without `--features`.
use payspec::receive::axum::Verified;
use payspec_paykeeper::types::{InvoiceStatus, PaymentStatus};
use payspec_paykeeper::{
    Client, Credentials, MemoryEventStore, PaymentPage, Receiver, Reply, SigningKey, types,
};
use payspec_sandbox::{Provider, Sandbox};

type Failure = Box<dyn Error>;

/// The amount of the first invoice, as PayKeeper writes money: text with a dot.
const AMOUNT: &str = "1205.98";
/// The partial refund; the rest (1005.98) is refunded in full afterwards.
const PARTIAL_REFUND: &str = "200.00";
const REST: &str = "1005.98";
/// The invoice history is read this many invoices at a time (`from` / `limit`).
const PAGE: i64 = 2;
/// At most this many history pages are read (a real account's day can be long).
const MAX_PAGES: i64 = 50;

/// Where the scenario runs.
struct Target {
    client: Client,
    /// Only when running against the sandbox: what imitates the payer and the merchant.
    offline: Option<Offline>,
}

struct Offline {
    sandbox: Sandbox,
    /// The merchant's notification endpoint (the cabinet's `informer_url`).
    shop: Shop,
    /// Its URL.
    notification_url: String,
}

/// The merchant's server state: the receiver (built once from the cabinet's secret word,
/// `informer_seed`), the store of processed payments, and the business logic's record.
#[derive(Clone)]
struct Shop {
    receiver: Receiver,
    events: Arc<MemoryEventStore>,
    /// (payment id, sum, order) of every payment credited, in order.
    credited: Arc<Mutex<Vec<(String, String, String)>>>,
}

/// What lets the `Verified` extractor find the receiver in the router's state.
impl FromRef<Shop> for Receiver {
    fn from_ref(shop: &Shop) -> Receiver {
        shop.receiver.clone()
    }
}

/// The merchant's notification handler. A delivery that does not verify never gets here: the
/// extractor answers it (403 `Error! Hash mismatch`, ...). The business logic runs once per
/// payment; every delivery of a processed payment is answered `OK <md5(id + secret)>`, the
/// answer without which PayKeeper keeps the payment `stuck` and delivers again.
async fn paykeeper_notification(
    State(shop): State<Shop>,
    Verified(notification): Verified<Receiver>,
) -> Reply {
    let outcome = notification
        .process_once(&*shop.events, async {
            // Your business logic: check the sum against your order, then mark it paid.
            shop.credited.lock().unwrap_or_else(|e| e.into_inner()).push((
                notification.id.to_string(),
                notification.sum.as_str().to_owned(),
                text(&notification.orderid).unwrap_or("-").to_owned(),
            ));
            Ok::<(), Infallible>(())
        })
        .await;
    notification.reply(&outcome)
}

/// Serves `paykeeper_notification` at `/hooks/paykeeper` on loopback; returns its URL.
async fn start_shop(shop: Shop) -> Result<String, Failure> {
    let router = Router::new()
        .nest(
            "/hooks",
            Router::new().route("/paykeeper", post(paykeeper_notification)),
        )
        .with_state(shop);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks/paykeeper", listener.local_addr()?);
    tokio::spawn(async move {
        // Serving ends only with an accept error; the scenario's checks would then fail.
        let _ = axum::serve(listener, router).await;
    });
    Ok(url)
}

/// What the scenario did, for the reader and for the test below.
#[derive(Debug, Default)]
struct Summary {
    invoice_id: String,
    invoice_url: String,
    listed: bool,
    payment_id: Option<String>,
    notification_verified: bool,
    tampered_refused: bool,
    redelivery_answered_once: bool,
    refunds: Vec<String>,
    final_payment_status: Option<PaymentStatus>,
    revoked_invoice_id: String,
    revoked_status: Option<InvoiceStatus>,
    skipped: Vec<&'static str>,
}

#[tokio::main]
async fn main() {
    let target = match pick_target().await {
        Ok(target) => target,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    match scenario(&target).await {
        Ok(summary) => print_summary(&summary),
        Err(e) => {
            eprintln!("\nscenario failed: {e}");
            std::process::exit(1);
        }
    }
}

/// The real server if its environment variables are set, else a fresh sandbox.
async fn pick_target() -> Result<Target, Failure> {
    let names = [
        "PAYSPEC_PAYKEEPER_URL",
        "PAYSPEC_PAYKEEPER_USER",
        "PAYSPEC_PAYKEEPER_PASSWORD",
    ];
    match payspec_sandbox::live_settings(names)? {
        Some([url, user, password]) => {
            println!("Target: the real PayKeeper server at {url}");
            let client = Client::with_credentials(&url, Credentials::new(user, password)?)?;
            Ok(Target {
                client,
                offline: None,
            })
        }
        None => sandbox_target().await,
    }
}

/// A sandbox on loopback, and an inbox as the merchant's notification endpoint.
async fn sandbox_target() -> Result<Target, Failure> {
    use payspec_sandbox::paykeeper::{PASSWORD, SECRET, USER};
    let sandbox = Sandbox::start().await?;
    let shop = Shop {
        receiver: Receiver::new(SigningKey::new(SECRET)?),
        events: Arc::new(MemoryEventStore::new()),
        credited: Arc::default(),
    };
    let notification_url = start_shop(shop.clone()).await?;
    // What the merchant sets in the cabinet as `informer_url`.
    sandbox.set_webhook_url(Provider::Paykeeper, &notification_url);
    let base_url = sandbox.base_url(Provider::Paykeeper);
    println!("Target: the PayKeeper sandbox at {base_url} (user {USER}, password {PASSWORD})");
    println!("Notifications go to {notification_url}");
    let client = Client::with_credentials(&base_url, Credentials::new(USER, PASSWORD)?)?;
    Ok(Target {
        client,
        offline: Some(Offline {
            sandbox,
            shop,
            notification_url,
        }),
    })
}

/// The credited payments so far.
fn credited(shop: &Shop) -> Vec<(String, String, String)> {
    shop.credited.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// The whole scenario; every step checks what came back.
async fn scenario(target: &Target) -> Result<Summary, Failure> {
    let client = &target.client;
    let mut summary = Summary::default();

    step("1. invoice_preview: create an invoice");
    summary.invoice_id = create_invoice(client, AMOUNT, "a").await?;
    // The payer's page; PaymentPage::SbpQr would preselect the SBP QR code.
    summary.invoice_url = client.invoice_url(&summary.invoice_id, PaymentPage::Default);
    println!("   payment page: {}", summary.invoice_url);

    step("2. invoice_byid: read it back");
    let invoice = read_invoice(client, &summary.invoice_id).await?;
    check(
        invoice.status == Some(InvoiceStatus::Created),
        "a new invoice is `created`",
    )?;
    check(
        amount(&invoice.pay_amount) == AMOUNT,
        "the invoice keeps its amount",
    )?;

    // A `created` invoice is not in the history: it gets there once sent to the payer.
    if target.offline.is_some() {
        step("3. invoice_send: send it to the payer's e-mail (the sandbox sends no mail)");
        client
            .invoice_send()
            .body_map(|b| b.id(&summary.invoice_id))
            .await?;
        let invoice = read_invoice(client, &summary.invoice_id).await?;
        check(
            invoice.status == Some(InvoiceStatus::Sent),
            "a sent invoice is `sent`",
        )?;
    } else {
        step("3. invoice_send: skipped (it would e-mail the payer)");
        summary.skipped.push("invoice_send");
    }

    step("4. invoice_list: look for it in the history, page by page");
    // The history is selected by issue date: read only the invoice's day.
    let day = date_of(&invoice.created_datetime);
    summary.listed = find_in_history(client, &summary.invoice_id, day).await?;
    if target.offline.is_some() {
        check(summary.listed, "the sent invoice is in the history")?;
    }

    match &target.offline {
        Some(offline) => pay_and_refund(client, offline, &mut summary).await?,
        None => {
            step("5.-9. paying, the notification, the refunds: skipped (they need a human payer)");
            println!("   the payer would pay at {}", summary.invoice_url);
            println!("   revoking the invoice instead (invoice_revoke)");
            summary.skipped.extend(["pay", "notification", "payment_reverse"]);
            client
                .invoice_revoke()
                .body_map(|b| b.id(&summary.invoice_id))
                .await?;
        }
    }

    step("10. a second invoice, revoked with invoice_revoke");
    summary.revoked_invoice_id = create_invoice(client, "500.00", "b").await?;
    client
        .invoice_revoke()
        .body_map(|b| b.id(&summary.revoked_invoice_id))
        .await?;
    // PayKeeper does not document what a revoked invoice looks like: show what comes back.
    match client.invoice_byid().id(&summary.revoked_invoice_id).await {
        Ok(revoked) => {
            summary.revoked_status = revoked.status.clone();
            println!("   <- status {}", shown(&revoked.status));
        }
        Err(e) => println!("   <- {e}"),
    }
    if let Some(offline) = &target.offline {
        // The sandbox shows the status of an invoice that can no longer be paid.
        check(
            summary.revoked_status == Some(InvoiceStatus::Expired),
            "a revoked invoice is `expired`",
        )?;
        let refused = offline
            .sandbox
            .pay(Provider::Paykeeper, &summary.revoked_invoice_id)
            .await;
        println!(
            "   paying it anyway: {}",
            refused
                .as_ref()
                .map_or_else(|e| e.to_string(), |_| "paid?!".into())
        );
        check(refused.is_err(), "a revoked invoice cannot be paid")?;
    }
    Ok(summary)
}

/// Steps 5 to 9, which need a payer: only against the sandbox.
async fn pay_and_refund(client: &Client, offline: &Offline, summary: &mut Summary) -> Result<(), Failure> {
    step("5. the payer pays on the invoice page (Sandbox::pay)");
    let delivery = offline
        .sandbox
        .pay(Provider::Paykeeper, &summary.invoice_id)
        .await?
        .ok_or("the sandbox sent no notification")?;
    println!("   notification sent: {delivery}");

    step("6. the notification: received by the merchant's handler, processed once");
    println!("   body: {}", delivery.body);
    let processed = credited(&offline.shop);
    let [(payment_id, sum, order)] = processed.as_slice() else {
        return Err(format!("the handler should have credited one payment: {processed:?}").into());
    };
    let payment_id = payment_id.clone();
    println!(
        "   payment {payment_id}, sum {sum}, order {order}; answered {:?}",
        delivery.answer
    );
    // The documentation asks the merchant to check the sum against its own order.
    check(sum == AMOUNT, "the notification carries the sum")?;
    check(
        delivery.status == Some(200)
            && delivery.answer
                == payspec_sandbox::paykeeper::expected_reply(
                    &payment_id,
                    payspec_sandbox::paykeeper::SECRET,
                ),
        "the merchant answered OK <md5(id + secret)>",
    )?;
    let acknowledged = offline.sandbox.paykeeper().notification_acknowledged(&payment_id);
    println!(
        "   the sandbox counted it as delivered: {}",
        acknowledged == Some(true)
    );
    check(acknowledged == Some(true), "PayKeeper counts it as delivered")?;
    summary.notification_verified = true;

    // A copy with a changed sum must be refused, and not processed.
    let tampered = delivery.body.replace("sum=1205.98", "sum=1.00");
    let answer = reqwest::Client::new()
        .post(&offline.notification_url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(tampered)
        .send()
        .await?;
    let status = answer.status().as_u16();
    let body = answer.text().await?;
    println!("   a copy with sum=1.00: HTTP {status} {body:?}");
    summary.tampered_refused = status == 403 && credited(&offline.shop).len() == 1;
    check(summary.tampered_refused, "a tampered notification is refused")?;

    // PayKeeper delivers again when it did not get its answer: same event, answered OK, not
    // processed twice.
    let again = offline
        .sandbox
        .redeliver(Provider::Paykeeper, &summary.invoice_id)
        .await?
        .ok_or("the sandbox sent no notification")?;
    println!("   redelivered: {again}");
    summary.redelivery_answered_once =
        again.status == Some(200) && again.answer == delivery.answer && credited(&offline.shop).len() == 1;
    check(
        summary.redelivery_answered_once,
        "a redelivery is answered OK and not processed twice",
    )?;
    summary.payment_id = Some(payment_id.clone());

    step("7. invoice_byid: the invoice is paid by that payment");
    let invoice = read_invoice(client, &summary.invoice_id).await?;
    check(
        invoice.status == Some(InvoiceStatus::Paid),
        "a paid invoice is `paid`",
    )?;
    check(
        text(&invoice.paymentid) == Some(payment_id.as_str()),
        "the invoice names the payment",
    )?;

    step("8. payment_byid: the payment");
    // `success` because the merchant acknowledged the notification (else it would be `stuck`).
    let payment = read_payment(client, &payment_id).await?;
    check(
        payment.status == Some(PaymentStatus::Success),
        "the payment is `success`",
    )?;

    step("9. payment_reverse: refund 200.00, then the rest in full");
    // `id` is the payment id, never the invoice number.
    client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount(PARTIAL_REFUND).partial(true))
        .await?;
    let payment = read_payment(client, &payment_id).await?;
    check(
        payment.status == Some(PaymentStatus::PartiallyRefunded),
        "partially refunded",
    )?;
    client
        .payment_reverse()
        .body_map(|b| b.id(&payment_id).amount(REST).partial(false))
        .await?;
    let payment = read_payment(client, &payment_id).await?;
    check(payment.status == Some(PaymentStatus::Refunded), "refunded")?;
    summary.final_payment_status = payment.status.clone();

    println!("   refunds_bypaymentid:");
    for refund in client.refunds_bypaymentid().id(&payment_id).await? {
        println!(
            "     refund #{} of {}, {} left, {}",
            shown(&refund.refund_number),
            amount(&refund.amount),
            amount(&refund.remainder),
            shown(&refund.status)
        );
        summary.refunds.push(amount(&refund.amount));
    }
    check(
        summary.refunds == [PARTIAL_REFUND, REST],
        "both refunds are listed",
    )?;
    Ok(())
}

/// Creates an invoice and returns its number. PayKeeper takes form fields, not JSON; the
/// client adds the security token itself.
async fn create_invoice(client: &Client, pay_amount: &str, label: &str) -> Result<String, Failure> {
    let order = format!("payspec-example-{}-{label}", unix_seconds());
    println!("   -> pay_amount={pay_amount} orderid={order}");
    let created = client
        .invoice_preview()
        .body_map(|b| {
            b.pay_amount(pay_amount)
                .clientid("Ivan Ivanov".to_owned())
                .orderid(order)
                .client_email("payer@example.com".to_owned())
        })
        .await?;
    let id = created.invoice_id.to_string();
    println!(
        "   <- invoice_id={id} invoice_url={}",
        created.invoice_url.unwrap_or_default()
    );
    Ok(id)
}

async fn read_invoice(client: &Client, id: &str) -> Result<types::Invoice, Failure> {
    // Documented as an array of one object; the client gives the object either way.
    let invoice = client.invoice_byid().id(id).await?.into_inner();
    println!(
        "   <- invoice {id}: status {}, amount {}, paid by payment {}",
        shown(&invoice.status),
        amount(&invoice.pay_amount),
        text(&invoice.paymentid).unwrap_or("-")
    );
    Ok(invoice)
}

async fn read_payment(client: &Client, id: &str) -> Result<types::Payment, Failure> {
    let payment = client.payment_byid().id(id).await?.into_inner();
    println!(
        "   <- payment {id}: status {}, amount {}, refunded {}",
        shown(&payment.status),
        amount(&payment.pay_amount),
        // `refund_amount` is null until the first refund.
        payment
            .refund_amount
            .as_ref()
            .and_then(|r| r.value())
            .map_or("-", |r| r.as_str())
    );
    Ok(payment)
}

/// Reads the history of `day` (newest first) `PAGE` invoices at a time until `id` shows up or
/// a page comes back empty.
async fn find_in_history(client: &Client, id: &str, day: &str) -> Result<bool, Failure> {
    for page in 0..MAX_PAGES {
        let invoices = client
            .invoice_list()
            .start_date(day)
            .end_date(day)
            .from(page * PAGE)
            .limit(PAGE)
            .await?;
        let ids: Vec<String> = invoices
            .iter()
            .filter_map(|i| i.id.as_ref())
            .map(|t| t.to_string())
            .collect();
        println!("   <- from={} limit={PAGE}: {ids:?}", page * PAGE);
        if ids.iter().any(|i| i == id) {
            return Ok(true);
        }
        if ids.is_empty() {
            break;
        }
    }
    println!("   not in the history (an invoice in status `created` never is)");
    Ok(false)
}

fn amount(value: &Option<payspec::Decimal>) -> String {
    value.as_ref().map(|d| d.as_str().to_owned()).unwrap_or_default()
}

/// The `YYYY-MM-DD` of a PayKeeper datetime (`YYYY-MM-DD HH:MM:SS`).
fn date_of(datetime: &Option<String>) -> &str {
    datetime.as_deref().and_then(|d| d.get(..10)).unwrap_or_default()
}

/// A status, count... as text, `-` when absent.
fn shown<T: std::fmt::Display>(value: &Option<T>) -> String {
    value.as_ref().map_or_else(|| "-".to_owned(), T::to_string)
}

/// PayKeeper writes "no value" as null or `"null"`; both are `None` here.
fn text(value: &Option<payspec::NullableText>) -> Option<&str> {
    value.as_ref().and_then(|t| t.as_deref())
}

fn step(title: &str) {
    println!("\n{title}");
}

fn check(ok: bool, what: &str) -> Result<(), Failure> {
    if ok {
        Ok(())
    } else {
        Err(format!("check failed: {what}").into())
    }
}

fn unix_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn print_summary(summary: &Summary) {
    println!("\nDone.");
    println!("  invoice {} listed: {}", summary.invoice_id, summary.listed);
    if let Some(payment) = &summary.payment_id {
        println!(
            "  payment {payment}: notification verified: {}, tampered copy refused: {}, redelivery answered without processing it again: {}, refunds {:?}, now {}",
            summary.notification_verified,
            summary.tampered_refused,
            summary.redelivery_answered_once,
            summary.refunds,
            shown(&summary.final_payment_status)
        );
    }
    println!(
        "  invoice {} revoked: status {}",
        summary.revoked_invoice_id,
        shown(&summary.revoked_status)
    );
    if !summary.skipped.is_empty() {
        println!(
            "  skipped against the real server: {}",
            summary.skipped.join(", ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_scenario_runs_against_the_sandbox() {
        let target = sandbox_target().await.unwrap();
        let summary = scenario(&target).await.unwrap();

        assert!(summary.listed);
        assert!(summary.notification_verified);
        assert!(summary.tampered_refused);
        assert!(summary.redelivery_answered_once);
        assert_eq!(summary.refunds, ["200.00", "1005.98"]);
        assert_eq!(summary.final_payment_status, Some(PaymentStatus::Refunded));
        assert_eq!(summary.revoked_status, Some(InvoiceStatus::Expired));
        assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);

        // The sandbox's own books agree.
        let paykeeper = target.offline.as_ref().unwrap().sandbox.paykeeper();
        let payment = summary.payment_id.as_deref().unwrap();
        assert_eq!(paykeeper.invoice_status(&summary.invoice_id), Some("paid"));
        assert_eq!(
            paykeeper.invoice_payment(&summary.invoice_id).as_deref(),
            Some(payment)
        );
        assert_eq!(paykeeper.payment_status(payment), Some("refunded"));
        assert_eq!(paykeeper.notification_acknowledged(payment), Some(true));
        assert_eq!(
            paykeeper.invoice_status(&summary.revoked_invoice_id),
            Some("expired")
        );
        assert_eq!(paykeeper.invoice_revoked(&summary.revoked_invoice_id), Some(true));
        // One token fetch served every POST.
        assert_eq!(paykeeper.token_fetches(), 1);
    }
}
