// @generated from specs/*.yaml by `cargo xtask generate` — do not edit.
//! Every operation of every spec, called through its provider's client against the
//! sandbox with the spec's examples as arguments, answers a success that decodes
//! (issue 22). `common::sandbox` prepares what a stateful operation needs (an
//! invoice to read, pay or refund) and overrides the example ids with its ids.
use crate::common::sandbox::{Harness, arg, body};
use payspec_sandbox::Provider;
/// `POST /v3/balance/get/` (`balance_get`).
#[tokio::test]
async fn crystalpay_balance_get() {
    let harness = Harness::start(Provider::Crystalpay, "balance_get").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .balance_get()
        .body(
            body::<
                payspec_crystalpay::types::BalanceGetRequest,
            >(&over, "body", r#"{"method":"USDTTRC"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/balance/list/` (`balance_list`).
#[tokio::test]
async fn crystalpay_balance_list() {
    let harness = Harness::start(Provider::Crystalpay, "balance_list").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .balance_list()
        .body(
            body::<
                payspec_crystalpay::types::BalanceListRequest,
            >(&over, "body", r#"{"hide_empty":true}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/callback/invoice/list/` (`callback_invoice_list`).
#[tokio::test]
async fn crystalpay_callback_invoice_list() {
    let harness = Harness::start(Provider::Crystalpay, "callback_invoice_list").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .callback_invoice_list()
        .body(
            body::<
                payspec_crystalpay::types::InvoiceIdRequest,
            >(&over, "body", r#"{"id":"123456789_abcdefghij"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/callback/payoff/list/` (`callback_payoff_list`).
#[tokio::test]
async fn crystalpay_callback_payoff_list() {
    let harness = Harness::start(Provider::Crystalpay, "callback_payoff_list").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .callback_payoff_list()
        .body(
            body::<
                payspec_crystalpay::types::PayoffIdRequest,
            >(&over, "body", r#"{"id":"123456789_dpWminAiaqwTcBOJVlFk"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/invoice/create/` (`invoice_create`).
#[tokio::test]
async fn crystalpay_invoice_create() {
    let harness = Harness::start(Provider::Crystalpay, "invoice_create").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .invoice_create()
        .body(
            body::<
                payspec_crystalpay::types::InvoiceCreateRequest,
            >(
                &over,
                "body",
                r#"{"amount":100,"callback_url":"https://example.com/crystalpay/callback","currency":"USD","description":"Top-up of account 42","extra":"order-42","lifetime":1440,"payer_details":{"email":"user@example.com"},"redirect_url":"https://crystalpay.io","subtract_from":"amount","type":"topup"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/invoice/info/` (`invoice_info`).
#[tokio::test]
async fn crystalpay_invoice_info() {
    let harness = Harness::start(Provider::Crystalpay, "invoice_info").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .invoice_info()
        .body(
            body::<
                payspec_crystalpay::types::InvoiceIdRequest,
            >(&over, "body", r#"{"id":"123456789_abcdefghij"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/me/info/` (`me_info`).
#[tokio::test]
async fn crystalpay_me_info() {
    let harness = Harness::start(Provider::Crystalpay, "me_info").await;
    let client = harness.crystalpay();
    let answer = client.me_info().await;
    harness.decoded(answer);
}
/// `POST /v3/method/edit/` (`method_edit`).
#[tokio::test]
async fn crystalpay_method_edit() {
    let harness = Harness::start(Provider::Crystalpay, "method_edit").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .method_edit()
        .body(
            body::<
                payspec_crystalpay::types::MethodEditRequest,
            >(
                &over,
                "body",
                r#"{"enabled":true,"extra_commission_percent":5,"method":"BITCOIN"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/method/get/` (`method_get`).
#[tokio::test]
async fn crystalpay_method_get() {
    let harness = Harness::start(Provider::Crystalpay, "method_get").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .method_get()
        .body(
            body::<
                payspec_crystalpay::types::MethodGetRequest,
            >(&over, "body", r#"{"method":"BITCOIN"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/method/list/` (`method_list`).
#[tokio::test]
async fn crystalpay_method_list() {
    let harness = Harness::start(Provider::Crystalpay, "method_list").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .method_list()
        .body(
            body::<
                payspec_crystalpay::types::MethodListRequest,
            >(&over, "body", r#"{"compact":false}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/payoff/cancel/` (`payoff_cancel`).
#[tokio::test]
async fn crystalpay_payoff_cancel() {
    let harness = Harness::start(Provider::Crystalpay, "payoff_cancel").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .payoff_cancel()
        .body(
            body::<
                payspec_crystalpay::types::PayoffIdRequest,
            >(&over, "body", r#"{"id":"123456789_dpWminAiaqwTcBOJVlFk"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/payoff/create/` (`payoff_create`).
#[tokio::test]
async fn crystalpay_payoff_create() {
    let harness = Harness::start(Provider::Crystalpay, "payoff_create").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .payoff_create()
        .body(
            body::<
                payspec_crystalpay::types::PayoffCreateRequest,
            >(
                &over,
                "body",
                r#"{"amount":0.0015,"callback_url":"https://example.com/crystalpay/payoff","extra":"payout-17","method":"ETHEREUM","subtract_from":"balance","wallet":"0x0000000000000000000000000000000000000000"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/payoff/info/` (`payoff_info`).
#[tokio::test]
async fn crystalpay_payoff_info() {
    let harness = Harness::start(Provider::Crystalpay, "payoff_info").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .payoff_info()
        .body(
            body::<
                payspec_crystalpay::types::PayoffIdRequest,
            >(&over, "body", r#"{"id":"123456789_dpWminAiaqwTcBOJVlFk"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/payoff/submit/` (`payoff_submit`).
#[tokio::test]
async fn crystalpay_payoff_submit() {
    let harness = Harness::start(Provider::Crystalpay, "payoff_submit").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .payoff_submit()
        .body(
            body::<
                payspec_crystalpay::types::PayoffIdRequest,
            >(&over, "body", r#"{"id":"123456789_dpWminAiaqwTcBOJVlFk"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/report/invoice/history/` (`report_invoice_history`).
#[tokio::test]
async fn crystalpay_report_invoice_history() {
    let harness = Harness::start(Provider::Crystalpay, "report_invoice_history").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .report_invoice_history()
        .body(
            body::<
                payspec_crystalpay::types::ReportHistoryRequest,
            >(&over, "body", r#"{"items":20,"page":1,"period":7}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/report/invoice/summary/` (`report_invoice_summary`).
#[tokio::test]
async fn crystalpay_report_invoice_summary() {
    let harness = Harness::start(Provider::Crystalpay, "report_invoice_summary").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .report_invoice_summary()
        .body(
            body::<
                payspec_crystalpay::types::ReportSummaryRequest,
            >(&over, "body", r#"{"period":30}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/report/payoff/history/` (`report_payoff_history`).
#[tokio::test]
async fn crystalpay_report_payoff_history() {
    let harness = Harness::start(Provider::Crystalpay, "report_payoff_history").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .report_payoff_history()
        .body(
            body::<
                payspec_crystalpay::types::ReportHistoryRequest,
            >(&over, "body", r#"{"items":20,"page":1,"period":7}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/report/payoff/summary/` (`report_payoff_summary`).
#[tokio::test]
async fn crystalpay_report_payoff_summary() {
    let harness = Harness::start(Provider::Crystalpay, "report_payoff_summary").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .report_payoff_summary()
        .body(
            body::<
                payspec_crystalpay::types::ReportSummaryRequest,
            >(&over, "body", r#"{"period":30}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/report/swap/history/` (`report_swap_history`).
#[tokio::test]
async fn crystalpay_report_swap_history() {
    let harness = Harness::start(Provider::Crystalpay, "report_swap_history").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .report_swap_history()
        .body(
            body::<
                payspec_crystalpay::types::ReportHistoryRequest,
            >(&over, "body", r#"{"items":20,"page":1,"period":7}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/report/transfer/history/` (`report_transfer_history`).
#[tokio::test]
async fn crystalpay_report_transfer_history() {
    let harness = Harness::start(Provider::Crystalpay, "report_transfer_history").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .report_transfer_history()
        .body(
            body::<
                payspec_crystalpay::types::ReportHistoryRequest,
            >(&over, "body", r#"{"items":20,"page":1,"period":7}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/swap/cancel/` (`swap_cancel`).
#[tokio::test]
async fn crystalpay_swap_cancel() {
    let harness = Harness::start(Provider::Crystalpay, "swap_cancel").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .swap_cancel()
        .body(
            body::<
                payspec_crystalpay::types::SwapIdRequest,
            >(&over, "body", r#"{"id":"123456789_swAbCdEfGh"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/swap/create/` (`swap_create`).
#[tokio::test]
async fn crystalpay_swap_create() {
    let harness = Harness::start(Provider::Crystalpay, "swap_create").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .swap_create()
        .body(
            body::<
                payspec_crystalpay::types::SwapCreateRequest,
            >(&over, "body", r#"{"amount":100,"amount_type":"source","pair_id":12}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/swap/info/` (`swap_info`).
#[tokio::test]
async fn crystalpay_swap_info() {
    let harness = Harness::start(Provider::Crystalpay, "swap_info").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .swap_info()
        .body(
            body::<
                payspec_crystalpay::types::SwapIdRequest,
            >(&over, "body", r#"{"id":"123456789_swAbCdEfGh"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/swap/pair/get/` (`swap_pair_get`).
#[tokio::test]
async fn crystalpay_swap_pair_get() {
    let harness = Harness::start(Provider::Crystalpay, "swap_pair_get").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .swap_pair_get()
        .body(
            body::<
                payspec_crystalpay::types::SwapPairGetRequest,
            >(&over, "body", r#"{"pair_id":12}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/swap/pair/list/` (`swap_pair_list`).
#[tokio::test]
async fn crystalpay_swap_pair_list() {
    let harness = Harness::start(Provider::Crystalpay, "swap_pair_list").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .swap_pair_list()
        .body(
            body::<
                payspec_crystalpay::types::SwapPairListRequest,
            >(&over, "body", r#"{"items":20,"page":1,"source":"USDTTRC"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/swap/submit/` (`swap_submit`).
#[tokio::test]
async fn crystalpay_swap_submit() {
    let harness = Harness::start(Provider::Crystalpay, "swap_submit").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .swap_submit()
        .body(
            body::<
                payspec_crystalpay::types::SwapIdRequest,
            >(&over, "body", r#"{"id":"123456789_swAbCdEfGh"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/ticker/get/` (`ticker_get`).
#[tokio::test]
async fn crystalpay_ticker_get() {
    let harness = Harness::start(Provider::Crystalpay, "ticker_get").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .ticker_get()
        .body(
            body::<
                payspec_crystalpay::types::TickerGetRequest,
            >(&over, "body", r#"{"base_currency":"RUB","tickers":["BTC","USDT"]}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/ticker/list/` (`ticker_list`).
#[tokio::test]
async fn crystalpay_ticker_list() {
    let harness = Harness::start(Provider::Crystalpay, "ticker_list").await;
    let client = harness.crystalpay();
    let answer = client.ticker_list().await;
    harness.decoded(answer);
}
/// `POST /v3/transfer/cancel/` (`transfer_cancel`).
#[tokio::test]
async fn crystalpay_transfer_cancel() {
    let harness = Harness::start(Provider::Crystalpay, "transfer_cancel").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .transfer_cancel()
        .body(
            body::<
                payspec_crystalpay::types::TransferIdRequest,
            >(&over, "body", r#"{"id":"4815162342"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/transfer/create/` (`transfer_create`).
#[tokio::test]
async fn crystalpay_transfer_create() {
    let harness = Harness::start(Provider::Crystalpay, "transfer_create").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .transfer_create()
        .body(
            body::<
                payspec_crystalpay::types::TransferCreateRequest,
            >(
                &over,
                "body",
                r#"{"amount":25,"description":"Settlement for January","method":"USDTTRC","receiver":"othercashdesk"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/transfer/info/` (`transfer_info`).
#[tokio::test]
async fn crystalpay_transfer_info() {
    let harness = Harness::start(Provider::Crystalpay, "transfer_info").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .transfer_info()
        .body(
            body::<
                payspec_crystalpay::types::TransferIdRequest,
            >(&over, "body", r#"{"id":"4815162342"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /v3/transfer/submit/` (`transfer_submit`).
#[tokio::test]
async fn crystalpay_transfer_submit() {
    let harness = Harness::start(Provider::Crystalpay, "transfer_submit").await;
    let over = harness.overrides.clone();
    let client = harness.crystalpay();
    let answer = client
        .transfer_submit()
        .body(
            body::<
                payspec_crystalpay::types::TransferIdRequest,
            >(&over, "body", r#"{"id":"4815162342"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /adapter/api/subagent/order` (`agent_order_create`).
#[tokio::test]
async fn invoicebox_agent_order_create() {
    let harness = Harness::start(Provider::Invoicebox, "agent_order_create").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .agent_order_create()
        .body(
            body::<
                payspec_invoicebox::types::CreateAgentOrderRequest,
            >(
                &over,
                "body",
                r#"{"amount":371.88,"basketItems":[{"amount":123.96,"amountWoVat":103.3,"measure":"шт.","measureCode":"796","name":"Бронирование номера","paymentType":"full_prepayment","quantity":3,"sku":"5fe0adcfa7fb4","totalAmount":371.88,"totalVatAmount":61.98,"type":"service","vatCode":"RUS_VAT20"}],"currencyId":"RUB","customer":{"email":"peter@domain.com","name":"Peter","phone":"79001112233","type":"private"},"description":"Оплата номера в отеле","expirationDate":"2020-12-22T00:00:00+00:00","languageId":"ru","merchantOrderId":"m-1608560079","seller":{"countryId":"RUS","taxRegistrationReasonCode":"780401001","type":"counterparty","vatNumber":"7804445210"},"vatAmount":61.98}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/correction-order` (`correction_order_create`).
#[tokio::test]
async fn invoicebox_correction_order_create() {
    let harness = Harness::start(Provider::Invoicebox, "correction_order_create").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .correction_order_create()
        .body(
            body::<
                payspec_invoicebox::types::CreateOrderRequest,
            >(
                &over,
                "body",
                r#"{"amount":300,"basketItems":[{"amount":300,"amountWoVat":250,"measure":"шт","measureCode":"796","name":"Сервисный сбор за возврат","paymentType":"full_payment","quantity":1,"sku":"fee-001","totalAmount":300,"totalVatAmount":50,"type":"service","vatCode":"RUS_VAT20"}],"currencyId":"RUB","customer":{"email":"peter@domain.com","name":"Peter","phone":"79001112233","type":"private"},"description":"Сбор за возврат билета","expirationDate":"2022-02-17T00:00:00+00:00","languageId":"ru","merchantOrderId":"corr-1608560079","parentId":"017f038f-c78b-736d-dc00-8bce30bd0f9f","vatAmount":50}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/order` (`order_create`).
#[tokio::test]
async fn invoicebox_order_create() {
    let harness = Harness::start(Provider::Invoicebox, "order_create").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_create()
        .body(
            body::<
                payspec_invoicebox::types::CreateOrderRequest,
            >(
                &over,
                "body",
                r#"{"amount":371.88,"basketItems":[{"amount":123.96,"amountWoVat":103.3,"grossWeight":0,"measure":"шт.","measureCode":"796","name":"Бронирование номера","netWeight":0,"paymentType":"full_prepayment","quantity":3,"sku":"5fe0adcfa7fb4","totalAmount":371.88,"totalVatAmount":61.98,"type":"service","vatCode":"RUS_VAT20"}],"currencyId":"RUB","customer":{"email":"peter@domain.com","name":"Peter","phone":"79001112233","registrationAddress":"","type":"private","vatNumber":""},"description":"Оплата номера в отеле","expirationDate":"2020-12-22T00:00:00+00:00","failUrl":"https://merchant.ru/order/xxx?result=fail","languageId":"ru","merchantId":"01771534-196a-1105-839a-82422289d6d9","merchantOrderId":"m-1608560079","metaData":{"@type":"LodgingReservation","checkinTime":"2017-04-11T16:00:00-08:00","checkoutTime":"2017-04-13T11:00:00-08:00","reservationFor":{"@type":"LodgingBusiness","address":{"@type":"PostalAddress","addressCountry":"US","addressLocality":"San Francisco","addressRegion":"CA","postalCode":"94102","streetAddress":"333 O'Farrell St"},"name":"Hilton San Francisco Union Square","telephone":"415-771-1400"},"reservationId":"abc456","reservationStatus":"https://schema.org/ReservationConfirmed","underName":{"@type":"Person","name":"John Smith"}},"returnUrl":"https://merchant.ru/order/xxx?result=return","successUrl":"https://merchant.ru/order/xxx?result=success","vatAmount":61.98}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `PUT /billing/api/order/order-merchant-move` (`order_merchant_move`).
#[tokio::test]
async fn invoicebox_order_merchant_move() {
    let harness = Harness::start(Provider::Invoicebox, "order_merchant_move").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_merchant_move()
        .body(
            body::<
                payspec_invoicebox::types::UpdateOrderMerchantRequest,
            >(
                &over,
                "body",
                r#"{"merchantId":"0302756d-9d83-60c9-0356-c228562c7581","orderId":"017f038f-c78b-736d-dc00-8bce30bd0f9f"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /billing/api/order/order/{uuid}` (`order_get`).
#[tokio::test]
async fn invoicebox_order_get() {
    let harness = Harness::start(Provider::Invoicebox, "order_get").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_get()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""017f2c3c-e880-4a08-abc6-7bd3117eea2d""#),
        )
        .await;
    harness.decoded(answer);
}
/// `PUT /billing/api/order/order/{uuid}` (`order_update`).
#[tokio::test]
async fn invoicebox_order_update() {
    let harness = Harness::start(Provider::Invoicebox, "order_update").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_update()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""017f2c3c-e880-4a08-abc6-7bd3117eea2d""#),
        )
        .body(
            body::<
                payspec_invoicebox::types::UpdateOrderRequest,
            >(
                &over,
                "body",
                r#"{"amount":2790.67,"basketItems":[{"amount":2790.67,"amountWoVat":2790.67,"measure":"шт","measureCode":"796","name":"Black Edition","paymentType":"full_prepayment","quantity":1,"sku":"0123456789","totalAmount":2790.67,"totalVatAmount":0,"type":"commodity","vatCode":"VATNONE"}],"description":"Проездной","expirationDate":"2023-07-02T00:00:00+00:00","vatAmount":0}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `DELETE /billing/api/order/order/{uuid}` (`order_cancel`).
#[tokio::test]
async fn invoicebox_order_cancel() {
    let harness = Harness::start(Provider::Invoicebox, "order_cancel").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_cancel()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""c5041a79-24a6-42d1-b0ce-4abb94982cd9""#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /billing/api/order/order/{uuid}/refund-basket-item` (`refund_basket_items`).
#[tokio::test]
async fn invoicebox_refund_basket_items() {
    let harness = Harness::start(Provider::Invoicebox, "refund_basket_items").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .refund_basket_items()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""01771534-196a-1105-839a-82422289d6d9""#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/refund-order` (`refund_create`).
#[tokio::test]
async fn invoicebox_refund_create() {
    let harness = Harness::start(Provider::Invoicebox, "refund_create").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .refund_create()
        .body(
            body::<
                payspec_invoicebox::types::CreateRefundRequest,
            >(
                &over,
                "body",
                r#"{"amount":2790.67,"basketItems":[{"amount":2790.67,"amountWoVat":2790.67,"measure":"шт","measureCode":"796","name":"Black Edition","paymentType":"full_prepayment","quantity":1,"sku":"0123456789","totalAmount":2790.67,"totalVatAmount":0,"type":"commodity","vatCode":"VATNONE"}],"description":"Проездной билет","merchantOrderId":"1","parentId":"01771534-196a-1105-839a-82422289d6d9","vatAmount":0}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/shipment` (`shipment_create`).
#[tokio::test]
async fn invoicebox_shipment_create() {
    let harness = Harness::start(Provider::Invoicebox, "shipment_create").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .shipment_create()
        .body(
            body::<
                payspec_invoicebox::types::CreateShipmentRequest,
            >(
                &over,
                "body",
                r#"{"basketItems":[{"amount":123.96,"amountWoVat":103.3,"grossWeight":1010.55,"measure":"шт","measureCode":"796","name":"iPhone 5s","netWeight":1000.66,"originCountry":"Россия","originCountryCode":"643","paymentType":"full_prepayment","quantity":1,"sku":"01GZ3DP5HADMSBAXRKVCES5FJX","totalAmount":123.96,"totalVatAmount":20.66,"type":"commodity","vatCode":"RUS_VAT20"}],"orderId":"0187c6db-1637-c1ca-bef7-f6706799c41e"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/{uuid}/payment-method-action/pay` (`payment_method_pay`).
#[tokio::test]
async fn invoicebox_payment_method_pay() {
    let harness = Harness::start(Provider::Invoicebox, "payment_method_pay").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .payment_method_pay()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""017f038f-c78b-736d-dc00-8bce30bd0f9f""#),
        )
        .body(
            body::<
                payspec_invoicebox::types::PayRequest,
            >(
                &over,
                "body",
                r#"{"customer":{"email":"email@gmail.com","name":"ООО Компания","phone":"79611234567","registrationAddress":"123123123","type":"legal","vatNumber":"1233123"},"customerPaymentData":{"code":"string","publicCode":"string"},"languageId":"ru","paymentMethodId":"39363265"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/{uuid}/payment-method-action/send-code` (`payment_method_send_code`).
#[tokio::test]
async fn invoicebox_payment_method_send_code() {
    let harness = Harness::start(Provider::Invoicebox, "payment_method_send_code").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .payment_method_send_code()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""017f038f-c78b-736d-dc00-8bce30bd0f9f""#),
        )
        .body(
            body::<
                payspec_invoicebox::types::CodeRequest,
            >(
                &over,
                "body",
                r#"{"customer":{"email":"email@gmail.com","name":"ООО Компания","phone":"79611234567","registrationAddress":"123123123","type":"legal","vatNumber":"1233123"},"languageId":"ru","paymentMethodId":"39363265"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /billing/api/order/{uuid}/payment-method-action/validate` (`payment_method_validate`).
#[tokio::test]
async fn invoicebox_payment_method_validate() {
    let harness = Harness::start(Provider::Invoicebox, "payment_method_validate").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .payment_method_validate()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""017f038f-c78b-736d-dc00-8bce30bd0f9f""#),
        )
        .body(
            body::<
                payspec_invoicebox::types::ValidateRequest,
            >(
                &over,
                "body",
                r#"{"customer":{"email":"email@gmail.com","name":"ООО Компания","phone":"79611234567","registrationAddress":"123123123","type":"legal","vatNumber":"1233123"},"languageId":"ru","paymentMethodId":"39363265"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `PUT /billing/api/order/{uuid}/status` (`order_status_update`).
#[tokio::test]
async fn invoicebox_order_status_update() {
    let harness = Harness::start(Provider::Invoicebox, "order_status_update").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_status_update()
        .uuid(
            arg::<
                ::std::string::String,
            >(&over, "uuid", r#""017f038f-c78b-736d-dc00-8bce30bd0f9f""#),
        )
        .body(
            body::<
                payspec_invoicebox::types::UpdateOrderStatusRequest,
            >(&over, "body", r#"{"status":"completed"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /filter/api/counterparty-detail` (`counterparty_lookup`).
#[tokio::test]
async fn invoicebox_counterparty_lookup() {
    let harness = Harness::start(Provider::Invoicebox, "counterparty_lookup").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .counterparty_lookup()
        .vat_number(arg::<::std::string::String>(&over, "vatNumber", r#""7810610046""#))
        .await;
    harness.decoded(answer);
}
/// `GET /filter/api/order/order` (`order_list`).
#[tokio::test]
async fn invoicebox_order_list() {
    let harness = Harness::start(Provider::Invoicebox, "order_list").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .order_list()
        .filter(
            arg::<
                ::payspec::QueryFilter,
            >(
                &over,
                "filter",
                r#"{"_order[createdAt]":"desc","createdAt[_ge]":"2021-01-27T00:00:00"}"#,
            ),
        )
        .id(
            arg::<
                ::std::string::String,
            >(&over, "id", r#""01771534-196a-1105-839a-82422289d6d9""#),
        )
        .merchant_id(
            arg::<
                ::std::string::String,
            >(&over, "merchantId", r#""ffffffff-ffff-ffff-ffff-ffffffffffff""#),
        )
        .merchant_order_id(
            arg::<::std::string::String>(&over, "merchantOrderId", r#""ORD123456""#),
        )
        .page(arg::<i64>(&over, "page", r#"2"#))
        .page_size(arg::<i64>(&over, "pageSize", r#"5"#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_invoicebox::types::OrderStatus>,
            >(&over, "status[]", r#"["completed"]"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /filter/api/order/refund-order` (`refund_list`).
#[tokio::test]
async fn invoicebox_refund_list() {
    let harness = Harness::start(Provider::Invoicebox, "refund_list").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .refund_list()
        .filter(
            arg::<
                ::payspec::QueryFilter,
            >(&over, "filter", r#"{"_order[createdAt]":"desc"}"#),
        )
        .id(
            arg::<
                ::std::string::String,
            >(&over, "id", r#""017f038f-c78b-736d-dc00-8bce30bd0f9f""#),
        )
        .merchant_id(
            arg::<
                ::std::string::String,
            >(&over, "merchantId", r#""ffffffff-ffff-ffff-ffff-ffffffffffff""#),
        )
        .merchant_order_id(
            arg::<::std::string::String>(&over, "merchantOrderId", r#""1""#),
        )
        .page(arg::<i64>(&over, "page", r#"1"#))
        .page_size(arg::<i64>(&over, "pageSize", r#"30"#))
        .parent_id(
            arg::<
                ::std::string::String,
            >(&over, "parentId", r#""01771534-196a-1105-839a-82422289d6d9""#),
        )
        .status(
            arg::<
                ::std::vec::Vec<payspec_invoicebox::types::RefundStatus>,
            >(&over, "status[]", r#"["created","completed"]"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /filter/api/order/shipment` (`shipment_list`).
#[tokio::test]
async fn invoicebox_shipment_list() {
    let harness = Harness::start(Provider::Invoicebox, "shipment_list").await;
    let over = harness.overrides.clone();
    let client = harness.invoicebox();
    let answer = client
        .shipment_list()
        .filter(
            arg::<
                ::payspec::QueryFilter,
            >(&over, "filter", r#"{"_order[createdAt]":"asc"}"#),
        )
        .id(arg::<::std::string::String>(&over, "id", r#""371723""#))
        .merchant_id(
            arg::<
                ::std::string::String,
            >(&over, "merchantId", r#""ffffffff-ffff-ffff-ffff-ffffffffffff""#),
        )
        .order_id(
            arg::<
                ::std::string::String,
            >(&over, "orderId", r#""0187c6db-1637-c1ca-bef7-f6706799c41e""#),
        )
        .page(arg::<i64>(&over, "page", r#"1"#))
        .page_size(arg::<i64>(&over, "pageSize", r#"30"#))
        .await;
    harness.decoded(answer);
}
/// `GET /security/api/auth/auth` (`auth_check`).
#[tokio::test]
async fn invoicebox_auth_check() {
    let harness = Harness::start(Provider::Invoicebox, "auth_check").await;
    let client = harness.invoicebox();
    let answer = client.auth_check().await;
    harness.decoded(answer);
}
/// `GET /api/budget/balance/get/` (`budget_balance_get`).
#[tokio::test]
async fn onebox_budget_balance_get() {
    let harness = Harness::start(Provider::Onebox, "budget_balance_get").await;
    let client = harness.onebox();
    let answer = client.budget_balance_get().await;
    harness.decoded(answer);
}
/// `GET /api/payment/add/` (`payment_add`).
#[tokio::test]
async fn onebox_payment_add() {
    let harness = Harness::start(Provider::Onebox, "payment_add").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_add()
        .accountid(arg::<i64>(&over, "accountid", r#"1"#))
        .cdate(arg::<::std::string::String>(&over, "cdate", r#""2015-12-15 23:11:00""#))
        .clientemail(
            arg::<::std::string::String>(&over, "clientemail", r#""test@test.ru""#),
        )
        .clientid(arg::<i64>(&over, "clientid", r#"1"#))
        .clientname(
            arg::<::std::string::String>(&over, "clientname", r#""Vasya Pupkin""#),
        )
        .comment(arg::<::std::string::String>(&over, "comment", r#""Test Payment""#))
        .currencyname(arg::<::std::string::String>(&over, "currencyname", r#""UAH""#))
        .ordercode1c(arg::<::std::string::String>(&over, "ordercode1c", r#""777""#))
        .orderid(arg::<i64>(&over, "orderid", r#"2"#))
        .pdate(arg::<::std::string::String>(&over, "pdate", r#""2015-12-15 23:11:00""#))
        .rdate(arg::<::std::string::String>(&over, "rdate", r#""2015-12-15 23:11:00""#))
        .sum(arg::<::payspec::Decimal>(&over, "sum", r#""322""#))
        .await;
    harness.decoded(answer);
}
/// `GET /api/payment/balance/get/` (`payment_balance_get`).
#[tokio::test]
async fn onebox_payment_balance_get() {
    let harness = Harness::start(Provider::Onebox, "payment_balance_get").await;
    let client = harness.onebox();
    let answer = client.payment_balance_get().await;
    harness.decoded(answer);
}
/// `GET /api/payment/delete/` (`payment_delete`).
#[tokio::test]
async fn onebox_payment_delete() {
    let harness = Harness::start(Provider::Onebox, "payment_delete").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_delete()
        .paymentid(arg::<i64>(&over, "paymentid", r#"3"#))
        .await;
    harness.decoded(answer);
}
/// `GET /api/payment/get/` (`payment_get`).
#[tokio::test]
async fn onebox_payment_get() {
    let harness = Harness::start(Provider::Onebox, "payment_get").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_get()
        .cdatefrom(arg::<::std::string::String>(&over, "cdatefrom", r#""2016-01-01""#))
        .cdateto(arg::<::std::string::String>(&over, "cdateto", r#""2016-01-31""#))
        .part(arg::<i64>(&over, "part", r#"1"#))
        .paymentid(arg::<i64>(&over, "paymentid", r#"7927"#))
        .pdatefrom(arg::<::std::string::String>(&over, "pdatefrom", r#""2016-01-01""#))
        .pdateto(arg::<::std::string::String>(&over, "pdateto", r#""2016-01-31""#))
        .await;
    harness.decoded(answer);
}
/// `GET /api/payment/probation/add/` (`payment_probation_add`).
#[tokio::test]
async fn onebox_payment_probation_add() {
    let harness = Harness::start(Provider::Onebox, "payment_probation_add").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_probation_add()
        .accountid(arg::<i64>(&over, "accountid", r#"1"#))
        .comment(arg::<::std::string::String>(&over, "comment", r#""Test Payment""#))
        .currencyname(arg::<::std::string::String>(&over, "currencyname", r#""UAH""#))
        .ordercode1c(arg::<::std::string::String>(&over, "ordercode1c", r#""777""#))
        .orderid(arg::<i64>(&over, "orderid", r#"2"#))
        .pdate(arg::<::std::string::String>(&over, "pdate", r#""2016-01-01""#))
        .received(arg::<::payspec::Flag>(&over, "received", r#"1"#))
        .sum(arg::<::payspec::Decimal>(&over, "sum", r#""322""#))
        .await;
    harness.decoded(answer);
}
/// `GET /api/payment/probation/delete/` (`payment_probation_delete`).
#[tokio::test]
async fn onebox_payment_probation_delete() {
    let harness = Harness::start(Provider::Onebox, "payment_probation_delete").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_probation_delete()
        .paymentid(arg::<i64>(&over, "paymentid", r#"3"#))
        .await;
    harness.decoded(answer);
}
/// `GET /api/payment/probation/get/` (`payment_probation_get`).
#[tokio::test]
async fn onebox_payment_probation_get() {
    let harness = Harness::start(Provider::Onebox, "payment_probation_get").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_probation_get()
        .cdatefrom(arg::<::std::string::String>(&over, "cdatefrom", r#""2016-01-01""#))
        .cdateto(arg::<::std::string::String>(&over, "cdateto", r#""2016-01-31""#))
        .part(arg::<i64>(&over, "part", r#"1"#))
        .paymentid(arg::<i64>(&over, "paymentid", r#"7927"#))
        .pdatefrom(arg::<::std::string::String>(&over, "pdatefrom", r#""2016-01-01""#))
        .pdateto(arg::<::std::string::String>(&over, "pdateto", r#""2016-01-31""#))
        .await;
    harness.decoded(answer);
}
/// `GET /api/payment/update/` (`payment_update`).
#[tokio::test]
async fn onebox_payment_update() {
    let harness = Harness::start(Provider::Onebox, "payment_update").await;
    let over = harness.overrides.clone();
    let client = harness.onebox();
    let answer = client
        .payment_update()
        .cdate(arg::<::std::string::String>(&over, "cdate", r#""2015-12-15 23:11:00""#))
        .comment(arg::<::std::string::String>(&over, "comment", r#""Change payment""#))
        .orderid(arg::<i64>(&over, "orderid", r#"660"#))
        .paymentid(arg::<i64>(&over, "paymentid", r#"2"#))
        .pdate(arg::<::std::string::String>(&over, "pdate", r#""2015-12-15 23:11:00""#))
        .rdate(arg::<::std::string::String>(&over, "rdate", r#""2015-12-15 23:11:00""#))
        .sum(arg::<::payspec::Decimal>(&over, "sum", r#""3333""#))
        .await;
    harness.decoded(answer);
}
/// `POST /change/invoice/accept-cash/` (`invoice_accept_cash`).
#[tokio::test]
async fn paykeeper_invoice_accept_cash() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_accept_cash").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_accept_cash()
        .body(
            body::<
                payspec_paykeeper::types::InvoiceAcceptCashRequest,
            >(
                &over,
                "body",
                r#"{"client_phone":"+79954332810","invoice_id":"20140415042846859"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/invoice/preview/` (`invoice_preview`).
#[tokio::test]
async fn paykeeper_invoice_preview() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_preview").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_preview()
        .body(
            body::<
                payspec_paykeeper::types::InvoicePreviewRequest,
            >(
                &over,
                "body",
                r#"{"client_email":"ivanov@ivan.ivanovich.com","client_phone":"+79254973590","clientid":"Ivanov Ivan Ivanovich","expiry":"2011-01-19","orderid":"1337","pay_amount":"1205.98","service_name":"{\"service_name\":\"Document delivery\",\"lang\":\"ru\",\"user_result_callback\":\"https://example.com/paykeeper/result\",\"cart\":[{\"name\":\"Document delivery\",\"price\":1205.98,\"quantity\":1,\"sum\":1205.98,\"tax\":\"none\",\"item_type\":\"service\",\"payment_type\":\"full\"}]}"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/invoice/revoke/` (`invoice_revoke`).
#[tokio::test]
async fn paykeeper_invoice_revoke() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_revoke").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_revoke()
        .body(
            body::<
                payspec_paykeeper::types::InvoiceIdRequest,
            >(&over, "body", r#"{"id":"20120229133742255"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/invoice/send/` (`invoice_send`).
#[tokio::test]
async fn paykeeper_invoice_send() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_send").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_send()
        .body(
            body::<
                payspec_paykeeper::types::InvoiceIdRequest,
            >(&over, "body", r#"{"id":"20120229133742255"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/organization/addreportemail/` (`organization_reportemail_add`).
#[tokio::test]
async fn paykeeper_organization_reportemail_add() {
    let harness = Harness::start(Provider::Paykeeper, "organization_reportemail_add")
        .await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .organization_reportemail_add()
        .body(
            body::<
                payspec_paykeeper::types::ReportEmailRequest,
            >(&over, "body", r#"{"email":"accounting@example.com"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/organization/deletereportemail/` (`organization_reportemail_delete`).
#[tokio::test]
async fn paykeeper_organization_reportemail_delete() {
    let harness = Harness::start(Provider::Paykeeper, "organization_reportemail_delete")
        .await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .organization_reportemail_delete()
        .body(
            body::<
                payspec_paykeeper::types::ReportEmailRequest,
            >(&over, "body", r#"{"email":"accounting@example.com"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/organization/formfield/` (`organization_formfield_change`).
#[tokio::test]
async fn paykeeper_organization_formfield_change() {
    let harness = Harness::start(Provider::Paykeeper, "organization_formfield_change")
        .await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .organization_formfield_change()
        .body(
            body::<
                payspec_paykeeper::types::OrganizationFormfieldRequest,
            >(
                &over,
                "body",
                r#"{"displayed_name":"pstype","enabled":true,"order":100,"pk_name":"pstype","placeholder":"sbp_default","required":false,"type":"text"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/organization/setting/` (`organization_setting_change`).
#[tokio::test]
async fn paykeeper_organization_setting_change() {
    let harness = Harness::start(Provider::Paykeeper, "organization_setting_change")
        .await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .organization_setting_change()
        .body(
            body::<
                payspec_paykeeper::types::OrganizationSettingRequest,
            >(
                &over,
                "body",
                r#"{"name":"informer_url","value":"https://example.com/paykeeper/notify"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/payment/capture/` (`payment_capture`).
#[tokio::test]
async fn paykeeper_payment_capture() {
    let harness = Harness::start(Provider::Paykeeper, "payment_capture").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payment_capture()
        .body(
            body::<
                payspec_paykeeper::types::PaymentIdRequest,
            >(&over, "body", r#"{"id":"7331"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/payment/post-sale-receipt/` (`payment_post_sale_receipt`).
#[tokio::test]
async fn paykeeper_payment_post_sale_receipt() {
    let harness = Harness::start(Provider::Paykeeper, "payment_post_sale_receipt").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payment_post_sale_receipt()
        .body(
            body::<
                payspec_paykeeper::types::PaymentIdRequest,
            >(&over, "body", r#"{"id":"7331"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/payment/repeatcnt/` (`payment_repeatcnt`).
#[tokio::test]
async fn paykeeper_payment_repeatcnt() {
    let harness = Harness::start(Provider::Paykeeper, "payment_repeatcnt").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payment_repeatcnt()
        .body(
            body::<
                payspec_paykeeper::types::PaymentIdRequest,
            >(&over, "body", r#"{"id":"7331"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/payment/reverse/` (`payment_reverse`).
#[tokio::test]
async fn paykeeper_payment_reverse() {
    let harness = Harness::start(Provider::Paykeeper, "payment_reverse").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payment_reverse()
        .body(
            body::<
                payspec_paykeeper::types::PaymentReverseRequest,
            >(
                &over,
                "body",
                r#"{"amount":"200.00","id":"7331","partial":true,"refund_cart":"[{\"name\":\"Доставка документов\",\"price\":200,\"quantity\":1,\"sum\":200,\"tax\":\"none\",\"item_type\":\"service\",\"payment_type\":\"full\"}]"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/user/add/` (`user_add`).
#[tokio::test]
async fn paykeeper_user_add() {
    let harness = Harness::start(Provider::Paykeeper, "user_add").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .user_add()
        .body(
            body::<
                payspec_paykeeper::types::UserAddRequest,
            >(
                &over,
                "body",
                r#"{"email":"accounting@example.com","login":"accountant","name":"Anna Petrova","password":"S3cure-passw0rd"}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/user/delete/` (`user_delete`).
#[tokio::test]
async fn paykeeper_user_delete() {
    let harness = Harness::start(Provider::Paykeeper, "user_delete").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .user_delete()
        .body(
            body::<
                payspec_paykeeper::types::UserDeleteRequest,
            >(&over, "body", r#"{"login":"accountant"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /change/user/update/` (`user_update`).
#[tokio::test]
async fn paykeeper_user_update() {
    let harness = Harness::start(Provider::Paykeeper, "user_update").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .user_update()
        .body(
            body::<
                payspec_paykeeper::types::UserUpdateRequest,
            >(&over, "body", r#"{"login":"accountant","name":"Anna Petrova-Smirnova"}"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /export/invoices/` (`export_invoices`).
#[tokio::test]
async fn paykeeper_export_invoices() {
    let harness = Harness::start(Provider::Paykeeper, "export_invoices").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .export_invoices()
        .end_date(arg::<::std::string::String>(&over, "end_date", r#""2014-04-25""#))
        .start_date(arg::<::std::string::String>(&over, "start_date", r#""2014-04-15""#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_paykeeper::types::InvoiceStatus>,
            >(&over, "status[]", r#"["paid"]"#),
        )
        .type_(arg::<::std::string::String>(&over, "type", r#""xlsx""#))
        .await;
    harness.decoded(answer);
}
/// `GET /export/payments/` (`export_payments`).
#[tokio::test]
async fn paykeeper_export_payments() {
    let harness = Harness::start(Provider::Paykeeper, "export_payments").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .export_payments()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .from(arg::<i64>(&over, "from", r#"0"#))
        .limit(arg::<i64>(&over, "limit", r#"1000"#))
        .payment_system_id(
            arg::<::std::vec::Vec<i64>>(&over, "payment_system_id[]", r#"[30]"#),
        )
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_paykeeper::types::PaymentStatus>,
            >(&over, "status[]", r#"["success"]"#),
        )
        .type_(arg::<::std::string::String>(&over, "type", r#""xlsx""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/errors/bydate/` (`errors_bydate`).
#[tokio::test]
async fn paykeeper_errors_bydate() {
    let harness = Harness::start(Provider::Paykeeper, "errors_bydate").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .errors_bydate()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/errors/total/` (`errors_total`).
#[tokio::test]
async fn paykeeper_errors_total() {
    let harness = Harness::start(Provider::Paykeeper, "errors_total").await;
    let client = harness.paykeeper();
    let answer = client.errors_total().await;
    harness.decoded(answer);
}
/// `GET /info/invoice/byid/` (`invoice_byid`).
#[tokio::test]
async fn paykeeper_invoice_byid() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_byid").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_byid()
        .id(arg::<::std::string::String>(&over, "id", r#""20140402085214805""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/invoice/list/` (`invoice_list`).
#[tokio::test]
async fn paykeeper_invoice_list() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_list").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_list()
        .end_date(arg::<::std::string::String>(&over, "end_date", r#""2014-04-25""#))
        .from(arg::<i64>(&over, "from", r#"30"#))
        .limit(arg::<i64>(&over, "limit", r#"10"#))
        .start_date(arg::<::std::string::String>(&over, "start_date", r#""2014-04-15""#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_paykeeper::types::InvoiceStatus>,
            >(&over, "status[]", r#"["paid"]"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /info/invoice/listcount/` (`invoice_listcount`).
#[tokio::test]
async fn paykeeper_invoice_listcount() {
    let harness = Harness::start(Provider::Paykeeper, "invoice_listcount").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .invoice_listcount()
        .end_date(arg::<::std::string::String>(&over, "end_date", r#""2014-04-25""#))
        .start_date(arg::<::std::string::String>(&over, "start_date", r#""2014-04-15""#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_paykeeper::types::InvoiceStatus>,
            >(&over, "status[]", r#"["expired","sent","paid"]"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /info/options/byid/` (`payment_options_byid`).
#[tokio::test]
async fn paykeeper_payment_options_byid() {
    let harness = Harness::start(Provider::Paykeeper, "payment_options_byid").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payment_options_byid()
        .id(arg::<::std::string::String>(&over, "id", r#""7331""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/organization/enabledbuttons/` (`organization_enabledbuttons`).
#[tokio::test]
async fn paykeeper_organization_enabledbuttons() {
    let harness = Harness::start(Provider::Paykeeper, "organization_enabledbuttons")
        .await;
    let client = harness.paykeeper();
    let answer = client.organization_enabledbuttons().await;
    harness.decoded(answer);
}
/// `GET /info/organization/fields/` (`organization_fields`).
#[tokio::test]
async fn paykeeper_organization_fields() {
    let harness = Harness::start(Provider::Paykeeper, "organization_fields").await;
    let client = harness.paykeeper();
    let answer = client.organization_fields().await;
    harness.decoded(answer);
}
/// `GET /info/organization/notifications/` (`organization_notifications`).
#[tokio::test]
async fn paykeeper_organization_notifications() {
    let harness = Harness::start(Provider::Paykeeper, "organization_notifications")
        .await;
    let client = harness.paykeeper();
    let answer = client.organization_notifications().await;
    harness.decoded(answer);
}
/// `GET /info/organization/reportemails/` (`organization_reportemails`).
#[tokio::test]
async fn paykeeper_organization_reportemails() {
    let harness = Harness::start(Provider::Paykeeper, "organization_reportemails").await;
    let client = harness.paykeeper();
    let answer = client.organization_reportemails().await;
    harness.decoded(answer);
}
/// `GET /info/organization/settings/` (`organization_settings`).
#[tokio::test]
async fn paykeeper_organization_settings() {
    let harness = Harness::start(Provider::Paykeeper, "organization_settings").await;
    let client = harness.paykeeper();
    let answer = client.organization_settings().await;
    harness.decoded(answer);
}
/// `GET /info/organization/users/` (`organization_users`).
#[tokio::test]
async fn paykeeper_organization_users() {
    let harness = Harness::start(Provider::Paykeeper, "organization_users").await;
    let client = harness.paykeeper();
    let answer = client.organization_users().await;
    harness.decoded(answer);
}
/// `GET /info/payments/bydate/` (`payments_bydate`).
#[tokio::test]
async fn paykeeper_payments_bydate() {
    let harness = Harness::start(Provider::Paykeeper, "payments_bydate").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payments_bydate()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .from(arg::<i64>(&over, "from", r#"0"#))
        .limit(arg::<i64>(&over, "limit", r#"100"#))
        .payment_system_id(
            arg::<::std::vec::Vec<i64>>(&over, "payment_system_id[]", r#"[30]"#),
        )
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_paykeeper::types::PaymentStatus>,
            >(&over, "status[]", r#"["success","obtained"]"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /info/payments/bydatecount/` (`payments_bydatecount`).
#[tokio::test]
async fn paykeeper_payments_bydatecount() {
    let harness = Harness::start(Provider::Paykeeper, "payments_bydatecount").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payments_bydatecount()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .payment_system_id(
            arg::<::std::vec::Vec<i64>>(&over, "payment_system_id[]", r#"[30]"#),
        )
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .status(
            arg::<
                ::std::vec::Vec<payspec_paykeeper::types::PaymentStatus>,
            >(&over, "status[]", r#"["success"]"#),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /info/payments/byid/` (`payment_byid`).
#[tokio::test]
async fn paykeeper_payment_byid() {
    let harness = Harness::start(Provider::Paykeeper, "payment_byid").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payment_byid()
        .advanced(arg::<bool>(&over, "advanced", r#"true"#))
        .id(arg::<::std::string::String>(&over, "id", r#""7331""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/payments/search/` (`payments_search`).
#[tokio::test]
async fn paykeeper_payments_search() {
    let harness = Harness::start(Provider::Paykeeper, "payments_search").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .payments_search()
        .beg_date(arg::<::std::string::String>(&over, "beg_date", r#""2011-01-01""#))
        .end_date(arg::<::std::string::String>(&over, "end_date", r#""2011-01-31""#))
        .query(arg::<::std::string::String>(&over, "query", r#""1337""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/refunds/bypaymentid/` (`refunds_bypaymentid`).
#[tokio::test]
async fn paykeeper_refunds_bypaymentid() {
    let harness = Harness::start(Provider::Paykeeper, "refunds_bypaymentid").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .refunds_bypaymentid()
        .id(arg::<::std::string::String>(&over, "id", r#""7331""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/settings/token/` (`token_get`).
#[tokio::test]
async fn paykeeper_token_get() {
    let harness = Harness::start(Provider::Paykeeper, "token_get").await;
    let client = harness.paykeeper();
    let answer = client.token_get().await;
    harness.decoded(answer);
}
/// `GET /info/systems/allsum/` (`systems_allsum`).
#[tokio::test]
async fn paykeeper_systems_allsum() {
    let harness = Harness::start(Provider::Paykeeper, "systems_allsum").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .systems_allsum()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/systems/list/` (`systems_list`).
#[tokio::test]
async fn paykeeper_systems_list() {
    let harness = Harness::start(Provider::Paykeeper, "systems_list").await;
    let client = harness.paykeeper();
    let answer = client.systems_list().await;
    harness.decoded(answer);
}
/// `GET /info/systems/sums/` (`systems_sums`).
#[tokio::test]
async fn paykeeper_systems_sums() {
    let harness = Harness::start(Provider::Paykeeper, "systems_sums").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .systems_sums()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/systems/sums/details/` (`systems_sums_details`).
#[tokio::test]
async fn paykeeper_systems_sums_details() {
    let harness = Harness::start(Provider::Paykeeper, "systems_sums_details").await;
    let over = harness.overrides.clone();
    let client = harness.paykeeper();
    let answer = client
        .systems_sums_details()
        .end(arg::<::std::string::String>(&over, "end", r#""2024-01-31""#))
        .start(arg::<::std::string::String>(&over, "start", r#""2024-01-01""#))
        .await;
    harness.decoded(answer);
}
/// `GET /info/user/lastvisit/` (`user_lastvisit`).
#[tokio::test]
async fn paykeeper_user_lastvisit() {
    let harness = Harness::start(Provider::Paykeeper, "user_lastvisit").await;
    let client = harness.paykeeper();
    let answer = client.user_lastvisit().await;
    harness.decoded(answer);
}
/// `GET /info/user/settings/` (`user_settings`).
#[tokio::test]
async fn paykeeper_user_settings() {
    let harness = Harness::start(Provider::Paykeeper, "user_settings").await;
    let client = harness.paykeeper();
    let answer = client.user_settings().await;
    harness.decoded(answer);
}
/// `GET /invoices` (`invoice_list`).
#[tokio::test]
async fn sber_invoice_list() {
    let harness = Harness::start(Provider::Sber, "invoice_list").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_list()
        .amount_from(arg::<i64>(&over, "amount_from", r#"10000"#))
        .amount_to(arg::<i64>(&over, "amount_to", r#"50000"#))
        .date_from(arg::<::std::string::String>(&over, "date_from", r#""2020-04-29""#))
        .date_to(arg::<::std::string::String>(&over, "date_to", r#""2020-08-31""#))
        .invoice_status(
            arg::<
                ::std::string::String,
            >(&over, "invoice_status", r#""created,executed""#),
        )
        .masked_pan(arg::<::std::string::String>(&over, "masked_pan", r#""1111""#))
        .order_num(arg::<::std::string::String>(&over, "order_num", r#""145""#))
        .page(arg::<i64>(&over, "page", r#"0"#))
        .partner_client_id(
            arg::<::std::string::String>(&over, "partner_client_id", r#""43u111539f0q""#),
        )
        .size(arg::<i64>(&over, "size", r#"20"#))
        .await;
    harness.decoded(answer);
}
/// `POST /invoices` (`invoice_create`).
#[tokio::test]
async fn sber_invoice_create() {
    let harness = Harness::start(Provider::Sber, "invoice_create").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_create()
        .body(
            body::<
                payspec_sber::types::CreateInvoiceRequest,
            >(
                &over,
                "body",
                r#"{"invoice":{"delivery_info":{"address":{"address":"ул. Вавилова, 19, офис 1","city":"Москва","country":"RU"},"delivery_type":"courier","description":"Перезвонить за 1,5 часа"},"invoice_params":[{"key":"packageName","value":"com.MashaAndTheBear.HairSalon"}],"order":{"amount":11836,"autocompletion_date":"2020-07-31T07:32:56.288Z","currency":"RUB","description":"Покупка внутриигрового контента в игре Маша и Медведь, салон красоты Чародейка.","expiration_date":"2020-07-31T07:32:56.288Z","language":"ru-RU","order_bundle":[{"currency":"RUB","discount_type":"percent","discount_value":5.25,"interest_type":"agentPercent","interest_value":15.105,"item_amount":11836,"item_code":"com.MashaAndTheBear.HairSalon.crystal100","item_params":[{"key":"packageName","value":"com.MashaAndTheBear.HairSalon"}],"item_price":11836,"name":"Кучка из 100 кристаллов для использования при нырянии","position_id":1,"quantity":{"measure":"кг.","value":1},"tax_sum":2367,"tax_type":6}],"order_date":"2020-04-29T08:17:03+03","order_id":"d290f1ee-6c54-4b01-90e6-d701748f0851","order_number":"145","purpose":"Покупка в игре «Маша и Медведь, салон красоты Чародейка»","service_id":"223","tax_system":0},"purchaser":{"contact":"email","email":"qq@dd.eof","phone":"9123456789"}},"ptype":0,"user_id":{"partner_client_id":"43u111539f0q"}}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `GET /invoices/{invoice_id}` (`invoice_get`).
#[tokio::test]
async fn sber_invoice_get() {
    let harness = Harness::start(Provider::Sber, "invoice_get").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_get()
        .invoice_id(arg::<::std::string::String>(&over, "invoice_id", r#""3538853""#))
        .device_id(
            arg::<
                ::std::string::String,
            >(&over, "device_id", r#""83c3f257-46d8-41fe-951b-f79d04e288c2""#),
        )
        .device_manufacturer(
            arg::<::std::string::String>(&over, "device_manufacturer", r#""Apple""#),
        )
        .device_model(
            arg::<::std::string::String>(&over, "device_model", r#""iPhone 7""#),
        )
        .device_platform_type(
            arg::<::std::string::String>(&over, "device_platform_type", r#""iOS""#),
        )
        .device_platform_version(
            arg::<::std::string::String>(&over, "device_platform_version", r#""13.6.1""#),
        )
        .inv_status(
            arg::<
                payspec_sber::types::InvoiceStatus,
            >(&over, "inv_status", r#""created""#),
        )
        .order_id(
            arg::<
                ::std::string::String,
            >(&over, "order_id", r#""d290f1ee-6c54-4b01-90e6-d701748f0851""#),
        )
        .service_id(arg::<::std::string::String>(&over, "service_id", r#""223""#))
        .wait(arg::<i64>(&over, "wait", r#"30"#))
        .await;
    harness.decoded(answer);
}
/// `PUT /invoices/{invoice_id}` (`invoice_confirm`).
#[tokio::test]
async fn sber_invoice_confirm() {
    let harness = Harness::start(Provider::Sber, "invoice_confirm").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_confirm()
        .invoice_id(arg::<::std::string::String>(&over, "invoice_id", r#""3538853""#))
        .body(
            body::<
                payspec_sber::types::ConfirmInvoiceRequest,
            >(
                &over,
                "body",
                r#"{"invoice":{"order":{"amount":11836,"currency":"RUB","order_bundle":[{"currency":"RUB","item_amount":11836,"item_code":"com.MashaAndTheBear.HairSalon.crystal100","item_price":11836,"name":"Кучка из 100 кристаллов для использования при нырянии","position_id":1,"quantity":{"measure":"шт","value":1},"tax_type":6}]}}}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `POST /invoices/{invoice_id}` (`invoice_start_payment`).
#[tokio::test]
async fn sber_invoice_start_payment() {
    let harness = Harness::start(Provider::Sber, "invoice_start_payment").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_start_payment()
        .invoice_id(arg::<::std::string::String>(&over, "invoice_id", r#""3538853""#))
        .body(
            body::<
                payspec_sber::types::StartPaymentRequest,
            >(
                &over,
                "body",
                r#"{"device_info":{"device_id":"83c3f257-46d8-41fe-951b-f79d04e288c2","device_manufacturer":"Apple","device_model":"iPhone 7","device_platform_type":"iOS","device_platform_version":"13.6.1"},"operations":[{"code":"QR","operation":"payment","value":"0"}],"user_id":{"partner_client_id":"43u111539f0q"}}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
/// `DELETE /invoices/{invoice_id}` (`invoice_cancel`).
#[tokio::test]
async fn sber_invoice_cancel() {
    let harness = Harness::start(Provider::Sber, "invoice_cancel").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_cancel()
        .invoice_id(arg::<::std::string::String>(&over, "invoice_id", r#""3538853""#))
        .await;
    harness.decoded(answer);
}
/// `PATCH /invoices/{invoice_id}` (`invoice_refund`).
#[tokio::test]
async fn sber_invoice_refund() {
    let harness = Harness::start(Provider::Sber, "invoice_refund").await;
    let over = harness.overrides.clone();
    let client = harness.sber();
    let answer = client
        .invoice_refund()
        .invoice_id(arg::<::std::string::String>(&over, "invoice_id", r#""3538853""#))
        .body(
            body::<
                payspec_sber::types::RefundInvoiceRequest,
            >(
                &over,
                "body",
                r#"{"invoice":{"order":{"currency":"RUB","current_amount":11836,"order_bundle":[{"currency":"RUB","item_amount":5000,"item_code":"com.MashaAndTheBear.HairSalon.crystal100","item_price":5000,"name":"Кучка из 100 кристаллов для использования при нырянии","position_id":1,"quantity":{"measure":"шт","value":1},"tax_type":6}],"refund_amount":5000}}}"#,
            ),
        )
        .await;
    harness.decoded(answer);
}
