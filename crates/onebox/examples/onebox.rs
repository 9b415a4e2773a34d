//! OneBox (1b.app) CRM from start to finish: expect a payment for an order, see it arrive,
//! record it, refund it, and cancel another expected payment that never came.
//!
//! ```text
//! cargo run -p payspec-onebox --example onebox
//! ```
//!
//! OneBox records payments, it does not take them: it is the merchant's ledger. So the
//! "invoice" here is a **pending** (expected) payment of an order (`payment_probation_add`),
//! "paid" means the money arrived (`received` 1) and is then recorded as an **actual** incoming
//! payment (`payment_add`, `direction=fromclient`), the refund is an actual **outgoing** payment
//! to the client (`direction=toclient`, so the ledger keeps both movements and the account's
//! balance returns to where it was), and cancelling deletes a pending payment
//! (`payment_probation_delete`).
//!
//! By default it runs against an in-process [`payspec_sandbox::Sandbox`], where a simulated
//! payer's money "arrives" ([`Sandbox::pay`] marks the pending payment received; in OneBox a
//! manager does that in the CRM, API v1 has no call for it). To run it against a real OneBox
//! account, set all three of:
//!
//! - `PAYSPEC_ONEBOX_URL`: the account's address, e.g. `https://mybox.1b.app`;
//! - `PAYSPEC_ONEBOX_LOGIN`: the API user's login (level 2, employee, or higher);
//! - `PAYSPEC_ONEBOX_PASSWORD`: its password (the client sends its md5, never the password).
//!
//! Against a real account it only reads (balances, the first part of each list), unless
//! `PAYSPEC_ONEBOX_ORDER_ID` names an order of that account: then it also adds a pending payment
//! to that order, reads and lists it, and deletes it again. It never records actual payments
//! there: they would change the account's books.
//!
//! **No webhook step.** OneBox documents no callback for its payment API
//! (<https://1b.app/en/api/payment>: every method is a call the merchant makes;
//! `nomessage` only concerns the CRM's own in-app notice), so there is nothing to receive and
//! no signature to verify.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use payspec_onebox::types::{self, PaymentDirection};
use payspec_onebox::{Client, Credentials, Error};
use payspec_sandbox::{Provider, Sandbox};

type Failure = Box<dyn std::error::Error>;

/// The order the sandbox's payments belong to (the sandbox accepts any order id).
const SANDBOX_ORDER_ID: i64 = 2;
/// What the order costs, and a second, smaller expected payment that will be cancelled.
const AMOUNT: &str = "1250.00";
const SECOND_AMOUNT: &str = "300.00";
const CURRENCY: &str = "UAH";

/// Where the scenario runs: a client, the order to use (if any), and the sandbox when there
/// is one.
struct Target {
    client: Client,
    order_id: Option<i64>,
    /// The in-process sandbox; `None` against a real OneBox account.
    sandbox: Option<Sandbox>,
}

impl Target {
    /// A fresh sandbox with its demo login and password.
    async fn sandbox() -> Result<Target, Failure> {
        let sandbox = Sandbox::start().await?;
        let base_url = sandbox.base_url(Provider::Onebox);
        println!("Sandbox: {base_url} (demo login and password)");
        let credentials =
            Credentials::from_password(payspec_sandbox::onebox::LOGIN, payspec_sandbox::onebox::PASSWORD)?;
        Ok(Target {
            client: Client::with_credentials(&base_url, credentials)?,
            order_id: Some(SANDBOX_ORDER_ID),
            sandbox: Some(sandbox),
        })
    }

    /// A real OneBox account (the password is never printed).
    fn live(base_url: &str, login: &str, password: &str) -> Result<Target, Failure> {
        let order_id = match std::env::var("PAYSPEC_ONEBOX_ORDER_ID") {
            Ok(id) if !id.trim().is_empty() => Some(id.trim().parse()?),
            _ => None,
        };
        match order_id {
            Some(id) => println!("Real OneBox: {base_url} (login {login}, order {id})"),
            None => println!("Real OneBox: {base_url} (login {login}, no order: read only)"),
        }
        let credentials = Credentials::from_password(login, password)?;
        Ok(Target {
            client: Client::with_credentials(base_url, credentials)?,
            order_id,
            sandbox: None,
        })
    }
}

/// What the scenario saw (`None`: the step was skipped).
#[derive(Debug, Default)]
struct Summary {
    balance_before: Option<String>,
    pending_id: Option<String>,
    received_at_first: Option<bool>,
    listed: Option<bool>,
    received_after_pay: Option<bool>,
    payment_id: Option<String>,
    duplicate_refused: Option<bool>,
    balance_after_payment: Option<String>,
    refund_id: Option<String>,
    order_payments: Option<usize>,
    balance_after_refund: Option<String>,
    cancelled_id: Option<String>,
    cancelled_gone: Option<bool>,
    skipped: Vec<&'static str>,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nThe OneBox example failed: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Failure> {
    let names = [
        "PAYSPEC_ONEBOX_URL",
        "PAYSPEC_ONEBOX_LOGIN",
        "PAYSPEC_ONEBOX_PASSWORD",
    ];
    let target = match payspec_sandbox::live_settings(names)? {
        Some([url, login, password]) => Target::live(&url, &login, &password)?,
        None => Target::sandbox().await?,
    };
    let summary = scenario(&target).await?;
    summary.print();
    Ok(())
}

impl Summary {
    fn print(&self) {
        let flag = |v: Option<bool>| v.map_or("skipped".to_owned(), |v| v.to_string());
        println!("\nSummary:");
        println!(
            "  balance before          {}",
            show(self.balance_before.as_deref())
        );
        println!("  pending payment         {}", show(self.pending_id.as_deref()));
        println!("  received at first       {}", flag(self.received_at_first));
        println!("  listed                  {}", flag(self.listed));
        println!("  received after paying   {}", flag(self.received_after_pay));
        println!("  incoming payment        {}", show(self.payment_id.as_deref()));
        println!("  repeated code1c refused {}", flag(self.duplicate_refused));
        println!(
            "  balance after payment   {}",
            show(self.balance_after_payment.as_deref())
        );
        println!("  refund payment          {}", show(self.refund_id.as_deref()));
        println!(
            "  balance after refund    {}",
            show(self.balance_after_refund.as_deref())
        );
        println!("  cancelled pending       {}", show(self.cancelled_id.as_deref()));
        println!("  cancelled one gone      {}", flag(self.cancelled_gone));
        if !self.skipped.is_empty() {
            println!("  {} steps skipped (see above)", self.skipped.len());
        }
    }
}

/// A value for printing, `-` when absent.
fn show(value: Option<&str>) -> &str {
    value.unwrap_or("-")
}

/// The whole story; every step checks its outcome.
async fn scenario(target: &Target) -> Result<Summary, Failure> {
    let client = &target.client;
    let mut summary = Summary::default();

    println!("\n1. payment_balance_get");
    summary.balance_before = main_balance(client).await?;

    let Some(order_id) = target.order_id else {
        read_only(client, &mut summary).await?;
        return Ok(summary);
    };

    // The "invoice": an expected payment for the order, not received yet.
    println!("2. payment_probation_add: {AMOUNT} {CURRENCY} expected for order {order_id}");
    let pending_id = add_pending(client, order_id, AMOUNT).await?;
    println!("   -> pending payment {pending_id}");

    println!("3. payment_probation_get paymentid={pending_id}");
    let pending = read_pending(client, &pending_id)
        .await?
        .ok_or("the new pending payment is not there")?;
    let received_at_first = received(&pending);
    let amount = pending.amount.as_ref().map(|a| a.as_str());
    println!("   -> amount {}, received {received_at_first}", show(amount));
    expect(!received_at_first, "a new pending payment is not received")?;
    expect(
        pending.amount.as_ref().is_some_and(|a| a.as_str() == AMOUNT),
        "the pending payment shows its amount",
    )?;

    // Lists come in parts of 1000 (part 1, 2, ...); the filters narrow them to the order.
    println!("4. payment_probation_get part=1 orderid={order_id}");
    let part = client.payment_probation_get().part(1).orderid(order_id).await?;
    let listed = part.iter().any(|p| p.id.as_deref() == Some(pending_id.as_str()));
    println!(
        "   -> {} pending payment(s) for the order; ours listed: {listed}",
        part.len()
    );
    expect(listed, "the list shows the new pending payment")?;
    summary.pending_id = Some(pending_id.clone());
    summary.received_at_first = Some(received_at_first);
    summary.listed = Some(listed);

    let Some(sandbox) = &target.sandbox else {
        // A real account: no money arrives, and no actual payment is recorded there.
        summary.skipped = vec![
            "the money arriving: a manager marks the pending payment received in the CRM (API v1 has no call for it)",
            "payment_add (incoming and refund), payment_update: they would change the account's books",
            "webhook: OneBox sends none for payments (https://1b.app/en/api/payment)",
        ];
        println!("5. nobody pays: cancel the pending payment");
        cancel(client, &pending_id, &mut summary).await?;
        print_skipped(&summary.skipped);
        return Ok(summary);
    };

    // The payer pays: in the sandbox the money "arrives" and the pending payment is received.
    println!("5. the payer pays (sandbox: Sandbox::pay {pending_id})");
    let delivery = sandbox.pay(Provider::Onebox, &pending_id).await?;
    expect(delivery.is_none(), "OneBox sends no notification")?;
    let pending = read_pending(client, &pending_id)
        .await?
        .ok_or("the pending payment is gone")?;
    let received_after_pay = received(&pending);
    println!("   -> received {received_after_pay}");
    expect(received_after_pay, "a paid pending payment is received")?;
    summary.received_after_pay = Some(received_after_pay);

    let run_id = unix_millis();
    let code1c = format!("payspec-{run_id}-in");
    println!("6. payment_add: record the {AMOUNT} {CURRENCY} that came in (code1c {code1c})");
    let payment_id = add_payment(
        client,
        order_id,
        PaymentDirection::Fromclient,
        &code1c,
        "Payment for the order",
    )
    .await?;
    let payment_id = created_id(payment_id)?;
    let balance_after_payment = main_balance(client).await?;
    println!("   -> payment {payment_id}");
    summary.payment_id = Some(payment_id.clone());
    summary.balance_after_payment = balance_after_payment;

    // code1c is the caller's own id: OneBox refuses to reuse it, which makes a resend safe.
    println!("7. payment_add again with the same code1c");
    let again = add_payment(client, order_id, PaymentDirection::Fromclient, &code1c, "Resent").await;
    // A refusal is `{"status": "fail", "message": ...}`, which the client turns into an error.
    let duplicate_refused = matches!(
        &again,
        Err(Error::Provider(refusal)) if refusal.message() == "PaymentCode1c exists"
    );
    println!(
        "   -> {}",
        if duplicate_refused {
            "refused: PaymentCode1c exists"
        } else {
            "accepted!"
        }
    );
    expect(duplicate_refused, "a repeated code1c is refused")?;
    summary.duplicate_refused = Some(duplicate_refused);

    println!("8. payment_get paymentid={payment_id}");
    let payment = client.payment_get().paymentid(parse_id(&payment_id)?).await?;
    let payment = payment.first().ok_or("the new payment is not there")?;
    println!(
        "   -> {} {}, direction {}",
        show(payment.amount.as_ref().map(|a| a.as_str())),
        show(payment.currencyname.as_deref()),
        show(payment.direction.as_deref())
    );
    expect(
        payment.amount.as_ref().is_some_and(|a| a.as_str() == AMOUNT),
        "the payment shows its amount",
    )?;
    expect(
        payment.direction.as_deref() == Some("fromclient"),
        "the payment is incoming",
    )?;

    // The refund: money paid back to the client is an outgoing payment of the same order.
    let refund_code = format!("payspec-{run_id}-refund");
    println!("9. payment_add: refund {AMOUNT} {CURRENCY} to the client (direction toclient)");
    let refund_id = add_payment(
        client,
        order_id,
        PaymentDirection::Toclient,
        &refund_code,
        "Refund",
    )
    .await?;
    let refund_id = created_id(refund_id)?;
    let order_payments = client.payment_get().part(1).orderid(order_id).await?;
    let balance_after_refund = main_balance(client).await?;
    println!(
        "   -> refund {refund_id}; the order now has {} payments",
        order_payments.len()
    );
    expect(
        order_payments.len() == 2,
        "the order shows the payment and its refund",
    )?;
    expect(
        balance_after_refund == summary.balance_before,
        "the refund brings the balance back",
    )?;
    summary.refund_id = Some(refund_id.clone());
    summary.order_payments = Some(order_payments.len());
    summary.balance_after_refund = balance_after_refund;

    println!("10. payment_update: note the refund on the incoming payment");
    client
        .payment_update()
        .paymentid(parse_id(&payment_id)?)
        .comment(format!("Refunded by payment {refund_id}"))
        .await?;

    // A second expected payment that never arrives is cancelled.
    println!("11. payment_probation_add: {SECOND_AMOUNT} {CURRENCY} more expected, never paid: cancel it");
    let second_id = add_pending(client, order_id, SECOND_AMOUNT).await?;
    cancel(client, &second_id, &mut summary).await?;
    println!("No webhook to verify: OneBox sends none for payments.");
    Ok(summary)
}

/// A real account without an order to use: read the lists' first parts, skip the rest.
async fn read_only(client: &Client, summary: &mut Summary) -> Result<(), Failure> {
    println!("2. payment_get part=1");
    let payments = client.payment_get().part(1).await?;
    println!(
        "   -> {} payment(s) in the first part (up to 1000)",
        payments.len()
    );
    println!("3. payment_probation_get part=1");
    let pending = client.payment_probation_get().part(1).await?;
    println!("   -> {} pending payment(s) in the first part", pending.len());
    summary.skipped = vec![
        "payment_probation_add / _delete: set PAYSPEC_ONEBOX_ORDER_ID to an order of the account to try them",
        "the money arriving, payment_add, the refund, payment_update: they would change the account's books",
        "webhook: OneBox sends none for payments (https://1b.app/en/api/payment)",
    ];
    print_skipped(&summary.skipped);
    Ok(())
}

/// Deletes pending payment `id` and checks that reading it is refused.
async fn cancel(client: &Client, id: &str, summary: &mut Summary) -> Result<(), Failure> {
    println!("   payment_probation_delete paymentid={id}");
    client.payment_probation_delete().paymentid(parse_id(id)?).await?;
    // Reading a deleted payment is refused with the documented "not found" message.
    let read = client.payment_probation_get().paymentid(parse_id(id)?).await;
    let gone = matches!(
        &read,
        Err(Error::Provider(refusal)) if refusal.message() == "Payment by id or code1c not found"
    );
    println!(
        "   -> {}",
        if gone {
            "deleted: reading it is refused as not found"
        } else {
            "still there!"
        }
    );
    expect(gone, "a deleted pending payment is gone")?;
    summary.cancelled_id = Some(id.to_owned());
    summary.cancelled_gone = Some(gone);
    Ok(())
}

/// Adds an expected payment of `amount` to the order; returns its id.
async fn add_pending(client: &Client, order_id: i64, amount: &str) -> Result<String, Failure> {
    let answer = client
        .payment_probation_add()
        .sum(amount)
        .currencyname(CURRENCY)
        .orderid(order_id)
        .received(false)
        .comment("payspec example")
        .await?;
    created_id(answer)
}

/// Records an actual payment of [`AMOUNT`] for the order; `code1c` is our own id for it.
async fn add_payment(
    client: &Client,
    order_id: i64,
    direction: PaymentDirection,
    code1c: &str,
    comment: &str,
) -> Result<types::OperationResult, Error> {
    client
        .payment_add()
        .sum(AMOUNT)
        .currencyname(CURRENCY)
        .orderid(order_id)
        .direction(direction)
        .code1c(code1c)
        .comment(comment)
        .await
}

/// The id in an add answer: `{"status": "ok", "message": "<id>"}`.
fn created_id(answer: types::OperationResult) -> Result<String, Failure> {
    let id = answer
        .paymentid
        .or(answer.message)
        .ok_or("the answer carries no payment id")?;
    Ok(id.0)
}

/// Pending payment `id` ("one" mode answers a list of one).
async fn read_pending(client: &Client, id: &str) -> Result<Option<types::PendingPayment>, Failure> {
    let list = client.payment_probation_get().paymentid(parse_id(id)?).await?;
    Ok(list.into_iter().next())
}

/// The balances of the financial accounts, printed; returns the first one's balance.
async fn main_balance(client: &Client) -> Result<Option<String>, Failure> {
    let balances = client.payment_balance_get().await?;
    for account in &balances {
        println!(
            "   account {} {}: balance {} (in {}, out {})",
            show(account.id.as_deref()),
            show(account.name.as_deref()),
            show(account.balance.as_ref().map(|b| b.as_str())),
            show(account.balance_in.as_ref().map(|b| b.as_str())),
            show(account.balance_out.as_ref().map(|b| b.as_str())),
        );
    }
    let first = balances.first().and_then(|a| a.balance.as_ref());
    Ok(first.map(|b| b.as_str().to_owned()))
}

fn received(pending: &types::PendingPayment) -> bool {
    pending.received.is_some_and(|flag| flag.0)
}

fn parse_id(id: &str) -> Result<i64, Failure> {
    Ok(id.trim().parse()?)
}

fn print_skipped(skipped: &[&str]) {
    println!("Skipped against the real OneBox:");
    for step in skipped {
        println!("   - {step}");
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_scenario_runs_against_the_sandbox() {
        let target = Target::sandbox().await.unwrap();
        let summary = scenario(&target).await.unwrap();

        assert_eq!(summary.balance_before.as_deref(), Some("1000.00"));
        assert_eq!(summary.received_at_first, Some(false));
        assert_eq!(summary.listed, Some(true));
        assert_eq!(summary.received_after_pay, Some(true));
        assert_eq!(summary.duplicate_refused, Some(true));
        assert_eq!(summary.balance_after_payment.as_deref(), Some("2250.00"));
        assert_eq!(summary.order_payments, Some(2));
        assert_eq!(summary.balance_after_refund.as_deref(), Some("1000.00"));
        assert_eq!(summary.cancelled_gone, Some(true));
        assert!(summary.skipped.is_empty());

        // The sandbox's ledger agrees: one received pending payment (the cancelled one is
        // gone), the incoming payment and its refund.
        let onebox = target.sandbox.as_ref().unwrap().onebox();
        assert_eq!(onebox.counts(), (2, 1));
        let pending_id: u64 = summary.pending_id.unwrap().parse().unwrap();
        assert!(onebox.pending(pending_id).unwrap().received);
        let payment = onebox
            .payment(summary.payment_id.unwrap().parse().unwrap())
            .unwrap();
        assert_eq!(
            (payment.amount.as_str(), payment.direction),
            (AMOUNT, "fromclient")
        );
        let refund_id = summary.refund_id.unwrap();
        assert_eq!(payment.comment, Some(format!("Refunded by payment {refund_id}")));
        let refund = onebox.payment(refund_id.parse().unwrap()).unwrap();
        assert_eq!((refund.amount.as_str(), refund.direction), (AMOUNT, "toclient"));
        assert_eq!(
            onebox.pending(summary.cancelled_id.unwrap().parse().unwrap()),
            None
        );
        assert_eq!(
            onebox.balance(payspec_sandbox::onebox::ACCOUNT_ID).as_deref(),
            Some("1000.00")
        );
    }
}
