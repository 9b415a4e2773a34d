//! A complete Invoicebox scenario: check the token, create an order, read it, find it in the
//! order list, pay it, receive and verify the signed payment notification, refund part of it,
//! and cancel a second order.
//!
//! ```text
//! cargo run --example invoicebox        # or: cargo run -p payspec-invoicebox --example invoicebox
//! ```
//!
//! By default it runs against an in-process sandbox (`payspec-sandbox`) and its demo store,
//! offline. To run it against the real Invoicebox, set all of:
//!
//! - `PAYSPEC_INVOICEBOX_URL`: the base URL with the version prefix,
//!   `https://api.invoicebox.ru/v3` (or `https://api.invoicebox.ru/l3` for stores of the
//!   Инвойсбокс.Бизнес cabinet);
//! - `PAYSPEC_INVOICEBOX_TOKEN`: the store's API token (cabinet, "Интеграция (API)");
//! - `PAYSPEC_INVOICEBOX_MERCHANT_ID`: the store id (`merchantId`, a UUID).
//!
//! Against the real Invoicebox, paying needs a person on the payment page, so the payment,
//! the notification and the refund are skipped: the example prints the payment link, leaves
//! that order unpaid (it expires after a day) and cancels the second one. No money moves.
//! Notifications then go to the URL of the store settings; receive them with
//! `payspec_invoicebox::Receiver` and the store's notification key, as the handler here does.
//!
//! Against the sandbox, the store's notification endpoint is a real axum server on loopback
//! (`notifications` below): the `Verified<Receiver>` extractor checks and decodes each
//! notification, `process_once` runs the business logic once per event, and the reply is the
//! one Invoicebox reads. The example shows a paid order's notification processed, a forged copy
//! refused with `signature_error`, and a redelivery answered `success` without being processed
//! again.

use std::error::Error;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{FromRef, State};
use payspec::DecimalNumber;
// With the crate's `axum` feature these are also `payspec_invoicebox::{Refused, Verified}`.
use payspec::receive::axum::Verified;
use payspec_invoicebox::types::{
    self, BasketItemType, CustomerType, LanguageId, OrderNotification, OrderStatus, PaymentType,
    RefundStatus, VatCode,
};
use payspec_invoicebox::{
    Client, Credentials, MemoryEventStore, NotificationReply, Outcome, Receiver, Reply, SigningKey,
};
use payspec_sandbox::{Provider, Sandbox, invoicebox as demo};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Where the scenario runs.
struct Target {
    client: Client,
    /// The sandbox and the store's notification endpoint; `None` against the real Invoicebox.
    local: Option<Local>,
}

struct Local {
    sandbox: Sandbox,
    /// The store's notification endpoint: `http://127.0.0.1:<port>/shop/hooks/invoicebox`.
    notification_url: String,
    /// What the endpoint's business logic saw.
    shop: Shop,
}

/// The store's side of the notifications: the receiver (with the notification key, not the API
/// token), the store of processed events, and what the business logic did.
#[derive(Clone)]
struct Shop {
    receiver: Receiver,
    events: Arc<MemoryEventStore>,
    /// The orders the business logic marked paid, once per event.
    paid: Arc<Mutex<Vec<OrderNotification>>>,
}

impl FromRef<Shop> for Receiver {
    fn from_ref(shop: &Shop) -> Receiver {
        shop.receiver.clone()
    }
}

impl Shop {
    fn paid(&self) -> Vec<OrderNotification> {
        self.paid.lock().map(|p| p.clone()).unwrap_or_default()
    }
}

/// The store's notification handler. The extractor has checked the method, content type,
/// size and `X-Signature` (a refused notification never gets here: it is answered with
/// `signature_error` or `out_of_service`); `process_once` runs the business logic for the
/// first delivery of each event only; the reply is always HTTP 200 with Invoicebox's JSON
/// (https://docs.invoicebox.ru/docs/merchant/notification/status/).
async fn notifications(State(shop): State<Shop>, Verified(notification): Verified<Receiver>) -> Reply {
    if notification.is_test() {
        // Invoicebox's monitoring: signature and store id checked, nothing to process.
        return notification.success_reply().clone();
    }
    let outcome = notification
        .process_once(&*shop.events, async {
            if notification.status == OrderStatus::Completed {
                // A real store looks its order up (`merchant_order_id`), compares the amount
                // and refuses a mismatch:
                // `return Err(NotificationReply::error("order_wrong_amount"))`.
                if let Ok(mut paid) = shop.paid.lock() {
                    paid.push((*notification).clone());
                }
            }
            Ok::<(), NotificationReply>(())
        })
        .await;
    match outcome {
        Outcome::Failed(refusal) => refusal.reply(),
        outcome => notification.reply(&outcome),
    }
}

impl Target {
    /// A fresh sandbox with its demo store, and the store's notification endpoint: an axum
    /// server on loopback, the handler nested under `/shop/hooks`.
    async fn sandbox() -> Result<Target> {
        let sandbox = Sandbox::start().await?;
        let shop = Shop {
            receiver: Receiver::new(SigningKey::new(demo::NOTIFICATION_KEY)?)
                .with_merchant_id(demo::MERCHANT_ID),
            events: Arc::new(MemoryEventStore::new()),
            paid: Arc::default(),
        };
        let hooks = axum::Router::new().route("/invoicebox", axum::routing::post(notifications));
        let app = axum::Router::new()
            .nest("/shop/hooks", hooks)
            .with_state(shop.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let notification_url = format!("http://{}/shop/hooks/invoicebox", listener.local_addr()?);
        tokio::spawn(async move { axum::serve(listener, app).await });
        let credentials = Credentials::new(demo::TOKEN, demo::MERCHANT_ID)?;
        let client = Client::with_credentials(&sandbox.base_url(Provider::Invoicebox), credentials)?;
        let local = Local {
            sandbox,
            notification_url,
            shop,
        };
        Ok(Target {
            client,
            local: Some(local),
        })
    }

    /// The real Invoicebox, from the environment.
    fn live([url, token, merchant_id]: [String; 3]) -> Result<Target> {
        let client = Client::with_credentials(&url, Credentials::new(token, merchant_id)?)?;
        Ok(Target { client, local: None })
    }
}

/// What the scenario did, for the caller (and the test) to check.
#[derive(Debug)]
struct Summary {
    order_id: String,
    /// The order's status after paying it (`None` when paying was skipped).
    paid_status: Option<OrderStatus>,
    /// The notification's signature verified and a tampered copy was refused.
    notification_verified: bool,
    /// The refund's id and amount.
    refund: Option<(String, DecimalNumber)>,
    cancelled_order_id: String,
    /// The steps that could not run (they need a person to pay).
    skipped: Vec<&'static str>,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nFAILED: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<()> {
    let settings = payspec_sandbox::live_settings([
        "PAYSPEC_INVOICEBOX_URL",
        "PAYSPEC_INVOICEBOX_TOKEN",
        "PAYSPEC_INVOICEBOX_MERCHANT_ID",
    ])?;
    let target = match settings {
        Some(settings) => {
            println!("Target: the real Invoicebox at {}", settings[0]);
            Target::live(settings)?
        }
        None => {
            let target = Target::sandbox().await?;
            if let Some(local) = &target.local {
                println!(
                    "Target: the sandbox at {} (demo store {})",
                    local.sandbox.base_url(Provider::Invoicebox),
                    demo::MERCHANT_ID
                );
            }
            target
        }
    };
    let summary = scenario(&target).await?;
    println!("\nDone.");
    println!(
        "    order {}: {}",
        summary.order_id,
        summary.paid_status.as_ref().map_or("not paid", |s| s.as_str())
    );
    println!("    notification verified: {}", summary.notification_verified);
    if let Some((id, amount)) = &summary.refund {
        println!("    refund {id}: {amount}");
    }
    println!("    cancelled order {}", summary.cancelled_order_id);
    if !summary.skipped.is_empty() {
        println!("    skipped (needs a payer): {}", summary.skipped.join(", "));
    }
    Ok(())
}

/// The whole scenario; every step checks what came back.
async fn scenario(target: &Target) -> Result<Summary> {
    let client = &target.client;
    check_token(client).await?;

    // merchantOrderId must be unique per store (https://docs.invoicebox.ru/docs/merchant/order/create/).
    let number = format!(
        "payspec-demo-{}",
        SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs()
    );
    // The API takes a notification URL per order; without one, Invoicebox uses the store's.
    let notification_url = target.local.as_ref().map(|local| local.notification_url.clone());
    let order = create_order(client, &number, full_basket()?, notification_url).await?;
    let order_id = order.id.clone();

    let read = read_order(client, &order_id).await?;
    expect_status(&read, OrderStatus::Created)?;
    find_in_list(client, &number, &order_id).await?;

    let mut summary = Summary {
        order_id: order_id.clone(),
        paid_status: None,
        notification_verified: false,
        refund: None,
        cancelled_order_id: String::new(),
        skipped: Vec::new(),
    };
    match &target.local {
        Some(local) => {
            summary.notification_verified = pay_and_verify(local, &order_id).await?;
            let paid = read_order(client, &order_id).await?;
            expect_status(&paid, OrderStatus::Completed)?;
            summary.paid_status = Some(paid.status);
            summary.refund = Some(refund_delivery(client, &order_id, &number).await?);
        }
        None => {
            step("pay the order: skipped");
            println!(
                "    Paying needs a person: open {} to pay (real money!).",
                order.payment_url
            );
            println!("    Skipped too: the notification (it goes to your store's URL) and the refund.");
            summary.skipped = vec!["pay", "notification", "refund"];
        }
    }

    summary.cancelled_order_id = cancel_second_order(client, &format!("{number}-2")).await?;
    Ok(summary)
}

fn step(what: &str) {
    println!("\n==> {what}");
}

/// `auth_check`: a valid token gives the user id behind it; no token would give `null`.
async fn check_token(client: &Client) -> Result<()> {
    step("auth_check: is the token valid?");
    let answer = client.auth_check().await?;
    let user_id = answer
        .data
        .user_id
        .ok_or("auth_check answered as anonymous: the token was not taken")?;
    println!("    token belongs to user {user_id}");
    Ok(())
}

/// One basket line. Money is decimal text, sent as exact JSON numbers (never a float).
/// Invoicebox wants `totalAmount = quantity × amount` and `amountWoVat × quantity +
/// totalVatAmount = totalAmount`; the client checks this before sending.
fn line(
    sku: &str,
    name: &str,
    quantity: &str,
    price: &str,
    price_without_vat: &str,
    total_vat: &str,
    vat_code: VatCode,
) -> Result<types::BasketItem> {
    let total = payspec::Decimal::parse(quantity)?
        .checked_mul(&payspec::Decimal::parse(price)?)
        .ok_or("amount overflow")?;
    Ok(types::BasketItem::builder()
        .sku(sku)
        .name(name)
        .measure("шт.")
        .measure_code("796")
        .quantity(quantity)
        .amount(price)
        .amount_wo_vat(price_without_vat)
        .total_amount(DecimalNumber::from(total))
        .total_vat_amount(total_vat)
        .vat_code(vat_code)
        .type_(BasketItemType::Service)
        .payment_type(PaymentType::FullPrepayment)
        .try_into()?)
}

/// Two hours of consulting with 20 % VAT (included in the price) and a delivery without VAT.
fn full_basket() -> Result<Vec<types::BasketItem>> {
    Ok(vec![
        line(
            "consult-1h",
            "Консультация, 1 час",
            "2",
            "1500.00",
            "1250.00",
            "500.00",
            VatCode::RUSVAT20,
        )?,
        delivery_line()?,
    ])
}

fn delivery_line() -> Result<types::BasketItem> {
    line(
        "delivery",
        "Доставка документов курьером",
        "1",
        "350.50",
        "350.50",
        "0",
        VatCode::VATNONE,
    )
}

/// `order_create`: the order total and VAT are the sums of the lines. The store id
/// (`merchantId`) is filled in by the client from its credentials.
async fn create_order(
    client: &Client,
    number: &str,
    basket: Vec<types::BasketItem>,
    notification_url: Option<String>,
) -> Result<types::Order> {
    step(&format!("order_create {number}"));
    let (mut amount, mut vat) = (payspec::Decimal::from(0), payspec::Decimal::from(0));
    for item in &basket {
        amount = amount.checked_add(&item.total_amount).ok_or("amount overflow")?;
        vat = vat.checked_add(&item.total_vat_amount).ok_or("VAT overflow")?;
    }
    let customer: types::Customer = types::Customer::builder()
        .type_(Some(CustomerType::Private))
        .name("Иван Петров".to_owned())
        .email("ivan@example.com".to_owned())
        .phone("79001112233".to_owned())
        .try_into()?;
    // expirationDate is an ATOM date with offset and must lie in the future.
    let expires = demo::timestamp(SystemTime::now() + Duration::from_secs(24 * 3600));
    let answer = client
        .order_create()
        .body_map(|b| {
            b.merchant_order_id(number)
                .description("Консультация и доставка документов")
                .amount(DecimalNumber::from(amount))
                .vat_amount(DecimalNumber::from(vat))
                .currency_id("RUB")
                .language_id(Some(LanguageId::Ru))
                .expiration_date(expires)
                .basket_items(basket)
                .customer(customer)
                .notification_url(notification_url)
        })
        .await?;
    let order = answer.data;
    expect_status(&order, OrderStatus::Created)?;
    println!(
        "    order {} ({}): {} {}, VAT {}",
        order.id,
        status_name(&order),
        money(&order.amount),
        order.currency_id.as_deref().unwrap_or("?"),
        money(&order.vat_amount)
    );
    println!("    payment page: {}", order.payment_url);
    Ok(order)
}

/// `order_get`: one order by its Invoicebox id.
async fn read_order(client: &Client, id: &str) -> Result<types::Order> {
    step(&format!("order_get {id}"));
    let order = client.order_get().uuid(id).await?.data;
    if order.id != id {
        return Err(format!("order_get {id} gave order {:?}", order.id).into());
    }
    println!(
        "    status {}, amount {}, paid at {}",
        status_name(&order),
        money(&order.amount),
        order.paid_at.as_deref().unwrap_or("-")
    );
    Ok(order)
}

/// `order_list`: the documented way to find orders, here by the store's own number, one page
/// of up to 10.
async fn find_in_list(client: &Client, number: &str, id: &str) -> Result<()> {
    step(&format!("order_list merchantOrderId={number} page=1 pageSize=10"));
    let list = client
        .order_list()
        .merchant_order_id(number)
        .page(1)
        .page_size(10)
        .await?;
    let total = list.meta_data.as_ref().and_then(|m| m.total_count).map(|n| n.0);
    println!(
        "    {} order(s) on this page, totalCount {total:?}",
        list.data.len()
    );
    if !list.data.iter().any(|o| o.id == id) {
        return Err(format!("order {id} is not in the list").into());
    }
    Ok(())
}

/// The payer pays on the payment page (here: the sandbox does it). Invoicebox then POSTs the
/// order to the notification URL, signed in `X-Signature` with the store's notification key;
/// the store's handler processes it once, refuses a forged copy, and answers a redelivery
/// `success` without processing it again.
async fn pay_and_verify(local: &Local, id: &str) -> Result<bool> {
    step(&format!("pay order {id} (the sandbox plays the payer)"));
    let delivery = local
        .sandbox
        .pay(Provider::Invoicebox, id)
        .await?
        .ok_or("paying sent no notification")?;
    println!("    notification: {delivery}");
    if delivery.status != Some(200) || delivery.answer != r#"{"status":"success"}"# {
        return Err(format!("the notification was not accepted: {delivery}").into());
    }
    let paid = local.shop.paid();
    let [notification] = paid.as_slice() else {
        return Err(format!("the handler processed {} notifications, not 1", paid.len()).into());
    };
    println!(
        "    the handler verified and processed it: order {} is {}, amount {}",
        notification.id,
        notification.status.as_str(),
        notification.amount
    );
    // Paid ⇔ status `completed`; a store also compares the amount with its own order.
    if notification.id != id || notification.status != OrderStatus::Completed {
        return Err(format!("unexpected notification: {notification:?}").into());
    }

    step("a forged copy (amount 1.00, the same X-Signature) is refused");
    let signature = payspec::webhook::body_signature(
        delivery.body.as_bytes(),
        &SigningKey::new(demo::NOTIFICATION_KEY)?,
        payspec::webhook::SignatureMethod::Hmac,
        payspec::webhook::SignatureAlgorithm::Sha1,
    );
    let forged = reqwest::Client::new()
        .post(&local.notification_url)
        .header("content-type", "application/json")
        .header("x-signature", signature)
        .body(with_amount(&delivery.body, "1.00")?)
        .send()
        .await?;
    let status = forged.status();
    let answer = forged.text().await?;
    println!("    answered {status}: {answer}");
    if answer != r#"{"code":"signature_error","status":"error"}"# || local.shop.paid().len() != 1 {
        return Err(format!("a forged notification was not refused: {answer}").into());
    }

    step(&format!("Invoicebox delivers the notification of {id} again"));
    let again = local
        .sandbox
        .redeliver(Provider::Invoicebox, id)
        .await?
        .ok_or("redelivering sent nothing")?;
    println!("    {again}");
    if again.answer != r#"{"status":"success"}"# || again.body != delivery.body {
        return Err(format!("the redelivery was not answered success: {again}").into());
    }
    let processed = local.shop.paid().len();
    println!("    answered success; processed {processed} time(s) in all");
    if processed != 1 {
        return Err(format!("the redelivery was processed again ({processed} times)").into());
    }
    Ok(true)
}

/// The notification body with the order's `amount` replaced by `amount`, as a forger would.
fn with_amount(body: &str, amount: &str) -> Result<String> {
    let start = body.find("\"amount\":").ok_or("no amount in the notification")? + "\"amount\":".len();
    let end = start + body[start..].find([',', '}']).ok_or("no end of the amount")?;
    Ok(format!("{}{amount}{}", &body[..start], &body[end..]))
}

/// Refund the delivery line of a paid order, then see it in `refund_list` and in what is
/// still refundable.
async fn refund_delivery(client: &Client, order_id: &str, number: &str) -> Result<(String, DecimalNumber)> {
    step(&format!("refund_basket_items {order_id}"));
    print_refundable(client, order_id).await?;

    // Every refund needs its own merchantOrderId: a repeat is refused, the documented guard
    // against refunding twice.
    let refund_number = format!("{number}-refund-1");
    step(&format!(
        "refund_create {refund_number}: the delivery line, 350.50"
    ));
    let refunded_line = delivery_line()?;
    let refund = client
        .refund_create()
        .body_map(|b| {
            b.parent_id(order_id)
                .merchant_order_id(refund_number)
                .description("Возврат: доставка не понадобилась")
                .amount("350.50")
                .vat_amount("0")
                .basket_items(vec![refunded_line])
        })
        .await?
        .data;
    let refund_id = refund.id.clone();
    println!(
        "    refund {refund_id}: {} {}, status {}",
        refund.amount,
        refund.currency_id,
        refund.status.as_str()
    );
    if refund.status != RefundStatus::Created || refund.amount != DecimalNumber::try_from("350.50")? {
        return Err(format!("unexpected refund: {refund:?}").into());
    }

    step(&format!("refund_list parentId={order_id}"));
    let list = client.refund_list().parent_id(order_id).await?;
    for r in &list.data {
        println!("    refund {} {} status {}", r.id, r.amount, r.status.as_str());
    }
    if !list.data.iter().any(|r| r.id == refund_id) {
        return Err(format!("refund {refund_id} is not in refund_list").into());
    }

    step(&format!("refund_basket_items {order_id} after the refund"));
    let left = print_refundable(client, order_id).await?;
    if left.iter().any(|item| item.sku.as_deref() == Some("delivery")) {
        return Err("the refunded delivery line is still refundable".into());
    }
    let amount = refund.amount;
    Ok((refund_id, amount))
}

/// `refund_basket_items`: the lines of a paid order that can still be refunded.
async fn print_refundable(client: &Client, order_id: &str) -> Result<Vec<types::BasketItemInfo>> {
    let lines = client.refund_basket_items().uuid(order_id).await?.data;
    for item in &lines {
        println!(
            "    {}: {} left of {}",
            item.sku.as_deref().unwrap_or("?"),
            money(&item.available_amount),
            money(&item.total_amount)
        );
    }
    Ok(lines)
}

/// An unpaid order is cancelled with `order_cancel` (DELETE); `order_get` then shows
/// `canceled`.
async fn cancel_second_order(client: &Client, number: &str) -> Result<String> {
    let order = create_order(client, number, vec![delivery_line()?], None).await?;
    let id = order.id;
    step(&format!("order_cancel {id}"));
    let cancelled = client.order_cancel().uuid(&id).await?.data;
    println!("    status {}", status_name(&cancelled));
    expect_status(&read_order(client, &id).await?, OrderStatus::Canceled)?;
    Ok(id)
}

fn expect_status(order: &types::Order, expected: OrderStatus) -> Result<()> {
    if order.status != expected {
        return Err(format!(
            "order {:?} is {}, expected {}",
            order.id,
            status_name(order),
            expected.as_str()
        )
        .into());
    }
    Ok(())
}

fn status_name(order: &types::Order) -> &str {
    order.status.as_str()
}

fn money(amount: &Option<DecimalNumber>) -> &str {
    amount.as_ref().map_or("?", |a| a.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_scenario_runs_against_the_sandbox() {
        let target = Target::sandbox().await.unwrap();
        let summary = scenario(&target).await.unwrap();
        assert_eq!(summary.paid_status, Some(OrderStatus::Completed));
        assert!(summary.notification_verified);
        let refunded = summary.refund.as_ref().map(|(_, amount)| amount);
        assert_eq!(refunded, Some(&DecimalNumber::try_from("350.50").unwrap()));
        assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);

        // The sandbox's own books agree.
        let store = target.local.as_ref().unwrap().sandbox.invoicebox();
        assert_eq!(store.order_count(), 2);
        assert_eq!(store.order_status(&summary.order_id), Some("completed"));
        assert_eq!(
            store.refunded_amount(&summary.order_id).as_deref(),
            Some("350.50")
        );
        assert_eq!(store.order_status(&summary.cancelled_order_id), Some("canceled"));
    }
}
