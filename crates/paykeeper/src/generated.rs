// @generated from specs/paykeeper.yaml by `cargo xtask generate` — do not edit.
// Provider: paykeeper. Edit the spec and regenerate instead.
#![allow(clippy::all, unused_imports, dead_code, missing_docs, unreachable_pub, rustdoc::all)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Success answer of the action calls: `{"result": "success"}`. Failures (`result: fail`) are caught earlier as `FailEnvelope`. One Bitrix handler defensively unwraps a one-element array around such answers; no documented example shows that form.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ActionResult {
        ///Seen on the answer of `payment_capture` only: typed (optional, meaning not given) by https://github.com/Red-X1/medusa-payment-paykeeper/blob/b9ca9ad2387044933b583b8292c7784efd01af29/src/types.ts; presumably the captured amount. Not in the documentation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub captured: ::std::option::Option<::payspec::Text>,
        ///`success`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
        ///Seen on the answer of `payment_capture` only: typed (optional, meaning not given) by https://github.com/Red-X1/medusa-payment-paykeeper/blob/b9ca9ad2387044933b583b8292c7784efd01af29/src/types.ts; presumably the payment total. Not in the documentation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<::payspec::Text>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ActionResult {
        pub fn builder() -> builder::ActionResult {
            Default::default()
        }
    }
    ///One 54-FZ receipt line. Inside a JSON document, so money and quantity are JSON numbers (`DecimalNumber`) with exact digits.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CartItem {
        ///Customs declaration number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customs_declaration: ::std::option::Option<::std::string::String>,
        ///Excise amount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub excise: ::std::option::Option<::payspec::DecimalNumber>,
        ///Product marking code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_code: ::std::option::Option<::std::string::String>,
        ///Product marking code, base64.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_code_b64: ::std::option::Option<::std::string::String>,
        ///Country of origin code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_country: ::std::option::Option<::std::string::String>,
        ///The merchant's item id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_id: ::std::option::Option<::std::string::String>,
        ///Item kind (признак предмета расчёта). Known values: goods, service, work, excise, ip, payment, agent, property_right, non_operating, sales_tax, resort_fee, other, exc_uncoded, exc_coded, goods_uncoded, goods_coded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_type: ::std::option::Option<::std::string::String>,
        ///Number of items in a package (fractional sale of marked goods).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items_in_package: ::std::option::Option<i64>,
        ///Number of items sold from the package.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items_sold_from_package: ::std::option::Option<i64>,
        ///Unit of measure (мера количества); its exact format is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measure: ::std::option::Option<::std::string::String>,
        ///Item name.
        pub name: ::std::string::String,
        ///Payment method (признак способа расчёта). Known values: prepay, part_prepay, advance, full, part_credit, credit, credit_payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_type: ::std::option::Option<::std::string::String>,
        ///Price of one unit.
        pub price: ::payspec::DecimalNumber,
        ///Quantity (may be fractional).
        pub quantity: ::payspec::DecimalNumber,
        ///Line total (price × quantity).
        pub sum: ::payspec::DecimalNumber,
        ///VAT rate. Values seen: `none`, `vat0`, `vat10`, `vat20`, `vat110`, `vat120`; the list grows with new rates, so it is not an enum.
        pub tax: ::std::string::String,
    }
    impl CartItem {
        pub fn builder() -> builder::CartItem {
            Default::default()
        }
    }
    ///The payment recorded by `invoice_accept_cash`, with the invoice-style fields of the official example. Its `status` is a payment status (`success`). In the example `id` has the invoice number format; whether it is the payment id or the invoice number is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CashPayment {
        ///Payer's e-mail.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_email: ::std::option::Option<::payspec::NullableText>,
        ///Payer's phone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_phone: ::std::option::Option<::payspec::NullableText>,
        ///Payer identifier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clientid: ::std::option::Option<::payspec::NullableText>,
        ///Creation datetime, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_datetime: ::std::option::Option<::std::string::String>,
        ///Id as shown in the example (invoice number format).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///The merchant's order number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub orderid: ::std::option::Option<::payspec::NullableText>,
        ///When it was paid, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid_datetime: ::std::option::Option<::payspec::NullableText>,
        ///Amount paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_amount: ::std::option::Option<::payspec::Decimal>,
        ///Service name; `"null"` when not given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_name: ::std::option::Option<::payspec::NullableText>,
        ///Payment status (`success` in the example).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::PaymentStatus>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CashPayment {
        pub fn builder() -> builder::CashPayment {
            Default::default()
        }
    }
    ///One error group with its count.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorGroup {
        ///Code of the error group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::payspec::Int>,
        ///Number of errors in the group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<::payspec::Int>,
        ///Description of the group meant for the merchant (Russian).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_description: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorGroup {
        pub fn builder() -> builder::ErrorGroup {
            Default::default()
        }
    }
    ///Answer of `errors_bydate` (1.6). Shape not retrieved (presumably like `ErrorsTotal`); free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ErrorsByDate(pub ::serde_json::Value);
    impl ::std::ops::Deref for ErrorsByDate {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorsByDate> for ::serde_json::Value {
        fn from(value: ErrorsByDate) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for ErrorsByDate {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///`total`: number of failed attempts; `totalWithGroup`: the counts per error group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorsTotal {
        ///Total number of failed payment attempts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<::payspec::Int>,
        ///Counts per error group.
        #[serde(
            rename = "totalWithGroup",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_with_group: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::ErrorGroup>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorsTotal {
        pub fn builder() -> builder::ErrorsTotal {
            Default::default()
        }
    }
    /**Business error, delivered with **HTTP 200**: `{"result": "fail", "msg": "<text>"}`.
Named by the root `x-error-envelope`; the client checks for it before decoding the
success type and returns a typed error carrying `msg` (which PayKeeper may send with
`\u` escapes; it decodes to the texts below).

Known messages:

| msg | meaning | kind |
|---|---|---|
| `Токен безопасности не верен.` | the security token is wrong or expired; the client refetches it and repeats the call once | authentication (handled) |
| `Счёт не найден.` | no invoice with this number (`invoice_byid`) | provider |
| `Нельзя сделать возврат по платежу, статус которого не "совершён"...` (prefix) | refund of a payment not in status `success` | provider |

Other messages are free Russian text. One integration also types an `error_code` next to
`msg` (inferred).

How the client recognises it (`x-envelope`): `result` equal to `fail` (trimmed,
ignoring case); `msg` holds the messages, `error_code` the code. `post-sale-receipt`
answers a bare `{"msg": ...}` (maybe with `error_code`) when it fails, which no table
can tell from a success; the client checks that form by hand. HTTP 401 is an
authentication error, and so is the stale-token message (`stale-token: true`: the
client refetches the token and repeats the call once).

**Not envelopes (no JSON at all):** wrong Basic credentials give **HTTP 401**; some
installations answer with a **303** redirect to the HTML login page, or with that HTML
page at 200. The client reports all of these as authentication errors.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FailEnvelope {
        ///Error code; seen typed by one integration only (inferred), never documented. Text, since its type is unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::payspec::Text>,
        ///Human-readable error text (Russian); see the table above.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub msg: ::std::option::Option<::std::string::String>,
        ///Always `fail` for this envelope (`success` on success).
        pub result: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FailEnvelope {
        pub fn builder() -> builder::FailEnvelope {
            Default::default()
        }
    }
    ///An invoice (table 3.1.2). Numbers arrive as strings (`pay_amount: "1205.98"`) and absent values as `"null"` or `null`. The table names the paying payment `payment_id`, while the official example and the SDKs use `paymentid`: both keys are declared (optional) so whichever the server sends is kept.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Invoice {
        ///Payer's e-mail.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_email: ::std::option::Option<::payspec::NullableText>,
        ///Payer's phone; `"null"` when not given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_phone: ::std::option::Option<::payspec::NullableText>,
        ///Payer identifier, usually the full name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clientid: ::std::option::Option<::payspec::NullableText>,
        ///Creation datetime, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_datetime: ::std::option::Option<::std::string::String>,
        ///Valid until, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry_datetime: ::std::option::Option<::payspec::NullableText>,
        ///Invoice number (digits 0-9).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///The merchant's order number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub orderid: ::std::option::Option<::payspec::NullableText>,
        ///When the invoice was paid, `YYYY-MM-DD HH:MM:SS`; null / `"null"` if unpaid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid_datetime: ::std::option::Option<::payspec::NullableText>,
        ///Invoice amount (dot decimal).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_amount: ::std::option::Option<::payspec::Decimal>,
        ///Id of the payment that paid the invoice, null if unpaid: the name used by table 3.1.2.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::payspec::NullableText>,
        ///Id of the payment that paid the invoice, null if unpaid: the name used by the official example and the SDKs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paymentid: ::std::option::Option<::payspec::NullableText>,
        ///Service name (may hold the JSON document given at creation).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_name: ::std::option::Option<::payspec::NullableText>,
        ///Invoice status (`created`, `sent`, `paid`, `expired`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::InvoiceStatus>,
        ///Id of the cabinet user who issued the invoice (a number in the example).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::payspec::Text>,
        ///Login of that cabinet user (seen in one SDK; not in table 3.1.2).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_login: ::std::option::Option<::payspec::NullableText>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Invoice {
        pub fn builder() -> builder::Invoice {
            Default::default()
        }
    }
    ///Form body of `invoice_accept_cash` (table 3.7.1; the client adds `token`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceAcceptCashRequest {
        ///Payer's phone (optional).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_phone: ::std::option::Option<::std::string::String>,
        ///Number of the invoice paid in cash.
        pub invoice_id: ::std::string::String,
    }
    impl InvoiceAcceptCashRequest {
        pub fn builder() -> builder::InvoiceAcceptCashRequest {
            Default::default()
        }
    }
    ///`result: success` and the payment created for the cash payment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceAcceptCashResult {
        ///The payment recorded for the cash payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment: ::std::option::Option<CashPayment>,
        ///`success`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceAcceptCashResult {
        pub fn builder() -> builder::InvoiceAcceptCashResult {
            Default::default()
        }
    }
    ///Answer of `invoice_listcount` (table 3.3.2): `statuses`, the count per status, and `fullcount`, a one-element array with the total. Counts are strings on the wire. Both are required: the page says the answer is a composite object of these two (https://docs.paykeeper.ru/dokumentatsiya-json-api/scheta/ §3.3; seed 002, §3.3).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceCount {
        ///The total count of invoices matching the filters, as a one-element array.
        pub fullcount: ::std::vec::Vec<InvoiceFullCount>,
        ///One entry per status (`[status => value, count => value]` in the table's PHP notation).
        pub statuses: ::std::vec::Vec<InvoiceStatusCount>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceCount {
        pub fn builder() -> builder::InvoiceCount {
            Default::default()
        }
    }
    ///Total number of invoices matching the filters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceFullCount {
        ///Total number of invoices (a string on the wire).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<::payspec::Int>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceFullCount {
        pub fn builder() -> builder::InvoiceFullCount {
            Default::default()
        }
    }
    ///Form body naming an invoice (tables 3.5.1 / 3.6.1; the client adds `token`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceIdRequest {
        ///Invoice number, e.g. `20120229133742255`.
        pub id: ::std::string::String,
    }
    impl InvoiceIdRequest {
        pub fn builder() -> builder::InvoiceIdRequest {
            Default::default()
        }
    }
    ///Answer of `invoice_preview`: the invoice number, its payment page URL (`https://<server>/bill/<invoice_id>/`) and the HTML of the invoice e-mail. Required: `invoice_id`: the page says the answer is an object with the fields `invoice_id`, `invoice_url` and `invoice` (https://docs.paykeeper.ru/dokumentatsiya-json-api/scheta/ §3.4; seed 002, §3.4); the other two may be `null`, so they stay optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoicePreview {
        ///HTML of the e-mail that `invoice_send` will send (preview).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<::std::string::String>,
        ///Number of the created invoice.
        pub invoice_id: ::payspec::Text,
        ///Full URL of the invoice's payment page; hand it to the payer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoicePreview {
        pub fn builder() -> builder::InvoicePreview {
            Default::default()
        }
    }
    ///Form body of `invoice_preview` (table 3.4.1; the client adds `token`). Only `pay_amount` is required here; the table marks nothing, and the server decides about the rest.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoicePreviewRequest {
        ///Payer's e-mail (the invoice is sent there by `invoice_send`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_email: ::std::option::Option<::std::string::String>,
        ///Payer's phone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_phone: ::std::option::Option<::std::string::String>,
        ///Payer identifier, usually the payer's full name (ФИО).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clientid: ::std::option::Option<::std::string::String>,
        ///Last moment the invoice is valid, exclusive: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry: ::std::option::Option<::std::string::String>,
        ///The merchant's order number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub orderid: ::std::option::Option<::std::string::String>,
        ///Amount to pay, dot decimal (`"1205.98"`).
        pub pay_amount: ::payspec::Decimal,
        ///Service name, or the JSON document of table 3.4.2.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_name: ::std::option::Option<
            ::payspec::JsonText<crate::generated::types::InvoiceServiceName>,
        >,
    }
    impl InvoicePreviewRequest {
        pub fn builder() -> builder::InvoicePreviewRequest {
            Default::default()
        }
    }
    ///The JSON document carried in `service_name` (table 3.4.2). The official example writes it loosely (`lang : 'ru'|'en'`); the client writes strict JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct InvoiceServiceName {
        ///The 54-FZ receipt lines (объект корзины для чека 54-ФЗ).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub cart: ::std::vec::Vec<CartItem>,
        ///Language of the payment page, `ru` or `en` (the payment's `lang` parameter).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lang: ::std::option::Option<::std::string::String>,
        ///Additional receipt properties.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_properties: ::std::option::Option<ReceiptProperties>,
        ///Service name displayed during the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_name: ::std::option::Option<::std::string::String>,
        ///URL of the payment's `user_result_callback` parameter (where the payer returns).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_result_callback: ::std::option::Option<::std::string::String>,
    }
    impl InvoiceServiceName {
        pub fn builder() -> builder::InvoiceServiceName {
            Default::default()
        }
    }
    ///Number of invoices in one status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceStatusCount {
        ///Number of invoices in that status (a string on the wire).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<::payspec::Int>,
        ///Invoice status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::InvoiceStatus>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceStatusCount {
        pub fn builder() -> builder::InvoiceStatusCount {
            Default::default()
        }
    }
    ///Answer of `organization_enabledbuttons` (4.8). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct OrganizationEnabledButtons(pub ::serde_json::Value);
    impl ::std::ops::Deref for OrganizationEnabledButtons {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationEnabledButtons> for ::serde_json::Value {
        fn from(value: OrganizationEnabledButtons) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for OrganizationEnabledButtons {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Answer of `organization_fields` (4.5). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct OrganizationFields(pub ::serde_json::Value);
    impl ::std::ops::Deref for OrganizationFields {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationFields> for ::serde_json::Value {
        fn from(value: OrganizationFields) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for OrganizationFields {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Form body of `organization_formfield_change` (5.2; the client adds `token`). Inferred from one integration; other fields of the official table are unknown.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrganizationFormfieldRequest {
        ///Label shown on the payment form (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub displayed_name: ::std::option::Option<::std::string::String>,
        ///Whether the field is shown (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Position of the field on the form (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<i64>,
        ///Key of the field in PayKeeper, e.g. `pstype` (inferred).
        pub pk_name: ::std::string::String,
        ///Placeholder / default text of the field (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub placeholder: ::std::option::Option<::std::string::String>,
        ///Whether the payer must fill the field (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required: ::std::option::Option<bool>,
        ///Field type, e.g. `text` (inferred).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationFormfieldRequest {
        pub fn builder() -> builder::OrganizationFormfieldRequest {
            Default::default()
        }
    }
    ///Answer of `organization_notifications` (4.4). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct OrganizationNotifications(pub ::serde_json::Value);
    impl ::std::ops::Deref for OrganizationNotifications {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationNotifications> for ::serde_json::Value {
        fn from(value: OrganizationNotifications) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for OrganizationNotifications {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Answer of `organization_reportemails` (4.6). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct OrganizationReportEmails(pub ::serde_json::Value);
    impl ::std::ops::Deref for OrganizationReportEmails {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationReportEmails> for ::serde_json::Value {
        fn from(value: OrganizationReportEmails) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for OrganizationReportEmails {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Form body of `organization_setting_change` (5.1; the client adds `token`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrganizationSettingRequest {
        ///Setting name. Known: `informer_type`, `informer_url`, `informer_seed`, `success_url`, `fail_url` (see the operation).
        pub name: ::std::string::String,
        ///New value; empty = leave unchanged. For `informer_type`, `post` or `email`.
        pub value: ::std::string::String,
    }
    impl OrganizationSettingRequest {
        pub fn builder() -> builder::OrganizationSettingRequest {
            Default::default()
        }
    }
    ///Answer of `organization_settings` (4.3). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct OrganizationSettings(pub ::serde_json::Value);
    impl ::std::ops::Deref for OrganizationSettings {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationSettings> for ::serde_json::Value {
        fn from(value: OrganizationSettings) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for OrganizationSettings {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Answer of `organization_users` (4.7). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct OrganizationUsers(pub ::serde_json::Value);
    impl ::std::ops::Deref for OrganizationUsers {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationUsers> for ::serde_json::Value {
        fn from(value: OrganizationUsers) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for OrganizationUsers {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///A payment (items of `payments_bydate` / `payments_search`, the object of `payment_byid`). Numbers arrive as strings: `pay_amount` and `refund_amount` are string decimals (`refund_amount` is null for a payment never refunded), `repeat_counter` a count. `site_description` / `system_description` are present in `payment_byid` only.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Payment {
        ///Payer name (ФИО) or client id, as given when paying.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clientid: ::std::option::Option<::payspec::NullableText>,
        ///PayKeeper payment id (first column of the cabinet; `id` of the notification).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///When the money was obtained, `YYYY-MM-DD HH:MM:SS`; null before.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub obtain_datetime: ::std::option::Option<::payspec::NullableText>,
        ///The merchant's order number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub orderid: ::std::option::Option<::payspec::NullableText>,
        ///Amount paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_amount: ::std::option::Option<::payspec::Decimal>,
        ///Payment system id (see `systems_list`); a number on the wire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_system_id: ::std::option::Option<::payspec::Text>,
        ///When the payment was started, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pending_datetime: ::std::option::Option<::std::string::String>,
        ///Amount refunded so far; null (or "null") when never refunded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_amount: ::std::option::Option<::payspec::NullableDecimal>,
        ///Number of notification attempts (inferred from the name; reset by `payment_repeatcnt`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub repeat_counter: ::std::option::Option<::payspec::Int>,
        ///Payment system name shown to payers (`payment_byid` only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub site_description: ::std::option::Option<::std::string::String>,
        ///Payment status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::PaymentStatus>,
        ///When the payment became `success`, `YYYY-MM-DD HH:MM:SS`; null before.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success_datetime: ::std::option::Option<::payspec::NullableText>,
        ///Internal payment system name (`payment_byid` only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_description: ::std::option::Option<::std::string::String>,
        ///Id of the payment on the acquirer side (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_id: ::std::option::Option<::payspec::NullableText>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Payment {
        pub fn builder() -> builder::Payment {
            Default::default()
        }
    }
    ///Answer of `payments_bydatecount` (2.2). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct PaymentCount(pub ::serde_json::Value);
    impl ::std::ops::Deref for PaymentCount {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentCount> for ::serde_json::Value {
        fn from(value: PaymentCount) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for PaymentCount {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Form body naming a payment (the client adds `token`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentIdRequest {
        ///PayKeeper payment id (the `id` of the payment notification; not an invoice id).
        pub id: ::std::string::String,
    }
    impl PaymentIdRequest {
        pub fn builder() -> builder::PaymentIdRequest {
            Default::default()
        }
    }
    /**Body of the payment notification ("POST-оповещение") PayKeeper sends for every accepted
payment, as `application/x-www-form-urlencoded`, to the URL set in the cabinet
(`informer_url`; it must be HTTPS, reachable without Basic auth and without 301
redirects). No path here: OpenAPI 3.0 has no webhooks. Every value is form text.

**Signature.** `key = lowercase hex md5(id + sum + clientid + orderid + secret)`: plain
concatenation without separators of the first four fields and the secret word set in the
cabinet (`informer_seed`), with `sum` formatted with exactly two decimals and a dot
(`1205.9` → `"1205.90"`) and an empty `clientid` / `orderid` contributing nothing.
Compare in constant time; the documentation also asks the receiver to check that `sum`,
`clientid` and `orderid` match its own order.

**Answer.** HTTP 200, `text/plain`, body `OK <md5(id + secret)>` (the word OK, one space,
the lowercase hex hash). Anything else counts as not delivered: the payment becomes
`stuck` ("done without notification") and `repeat_counter` grows; `payment_repeatcnt`
triggers a new attempt (retry schedule not documented).

Example: with the secret word `secret_seed`, the example below is signed
`md5("73311205.98Ivanov Ivan Ivanovich1337secret_seed")` and the expected answer is
`OK c1d1b2a3852866405afd145d6ffed353`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentNotification {
        ///Card-binding (saved card) id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_id: ::std::option::Option<::payspec::NullableText>,
        ///Debit date of an authorised (two-stage) payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub batch_date: ::std::option::Option<::payspec::NullableText>,
        ///Card expiry.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_expiry: ::std::option::Option<::payspec::NullableText>,
        ///Card holder name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_holder: ::std::option::Option<::payspec::NullableText>,
        ///Masked card number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_number: ::std::option::Option<::payspec::NullableText>,
        ///Payer's e-mail.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_email: ::std::option::Option<::payspec::NullableText>,
        ///Payer's phone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_phone: ::std::option::Option<::payspec::NullableText>,
        ///Payer name (ФИО) or client id, as given when paying.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clientid: ::std::option::Option<::payspec::NullableText>,
        ///Code of the 54-FZ receipt page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fop_receipt_key: ::std::option::Option<::payspec::NullableText>,
        ///PayKeeper payment id (use it for `payment_byid` / `payment_reverse`). Required.
        pub id: ::payspec::Text,
        ///Signature, lowercase hex md5 (see above).
        pub key: ::std::string::String,
        ///When the payment was obtained, `YYYY-MM-DD HH:MM:SS`. Not in the documentation table; carried by the notification fixture of https://github.com/singlepagestartup/singlepagestartup/blob/d4a730efb9114380d55cd896229ffba2ef890c2b/libs/modules/billing/models/payment-intent/backend/app/api/src/lib/service/singlepage/paykeeper.spec.ts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub obtain_datetime: ::std::option::Option<::payspec::NullableText>,
        ///The merchant's order number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub orderid: ::std::option::Option<::payspec::NullableText>,
        ///Host name of the PayKeeper server that sent the notification. Not in the documentation table; carried by the notification fixture of https://github.com/singlepagestartup/singlepagestartup/blob/d4a730efb9114380d55cd896229ffba2ef890c2b/libs/modules/billing/models/payment-intent/backend/app/api/src/lib/service/singlepage/paykeeper.spec.ts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pk_hostname: ::std::option::Option<::payspec::NullableText>,
        ///Payment system id (see `systems_list`). The documentation table marks it as always sent; optional here so that a missing value does not reject a correctly signed notification.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ps_id: ::std::option::Option<::payspec::Int>,
        ///Service name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_name: ::std::option::Option<::payspec::NullableText>,
        ///Payment amount. Required. Signed with exactly two decimals.
        pub sum: ::payspec::Decimal,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentNotification {
        pub fn builder() -> builder::PaymentNotification {
            Default::default()
        }
    }
    ///Additional options of a payment, keyed by upper-case names. `CARD_NUMBER` (masked card number) is the only documented key; all other keys are kept in the free-form remainder.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentOptions {
        ///Masked card number, e.g. `427683******1234`.
        #[serde(
            rename = "CARD_NUMBER",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_number: ::std::option::Option<::payspec::NullableText>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentOptions {
        pub fn builder() -> builder::PaymentOptions {
            Default::default()
        }
    }
    ///Form body of `payment_reverse` (the client adds `token`). `amount` is exact text; `partial` is written `true` / `false`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentReverseRequest {
        ///Amount to return, dot-separated, no spaces (`"200.00"`); for a full refund, the payment amount.
        pub amount: ::payspec::Decimal,
        ///PayKeeper payment id (not the invoice id).
        pub id: ::std::string::String,
        ///`false` = full refund (`amount` = the payment amount), `true` = partial refund.
        pub partial: bool,
        ///54-FZ receipt lines of the refund, as a JSON document (optional).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_cart: ::std::option::Option<
            ::payspec::JsonText<crate::generated::types::RefundCart>,
        >,
    }
    impl PaymentReverseRequest {
        pub fn builder() -> builder::PaymentReverseRequest {
            Default::default()
        }
    }
    ///A payment system connected to the merchant.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentSystem {
        ///Payment system id (the value of the `payment_system_id[]` filters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Name shown to payers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub site_description: ::std::option::Option<::std::string::String>,
        ///Internal name of the payment system.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_description: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentSystem {
        pub fn builder() -> builder::PaymentSystem {
            Default::default()
        }
    }
    ///Answer of `payment_post_sale_receipt`: the id of the final-settlement receipt request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PostSaleReceiptResult {
        ///Id of the receipt request (number or string on the wire).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_id: ::std::option::Option<::payspec::Text>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PostSaleReceiptResult {
        pub fn builder() -> builder::PostSaleReceiptResult {
            Default::default()
        }
    }
    ///Additional receipt properties (объект дополнительных свойств чека). Known keys `agent_info` and `supplier_info` (free-form objects); the example ends with "..." so other keys exist and are kept in the free-form remainder.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReceiptProperties {
        ///Agent information of the receipt (free-form; structure not documented).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub agent_info: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Supplier information of the receipt (free-form; structure not documented).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub supplier_info: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReceiptProperties {
        pub fn builder() -> builder::ReceiptProperties {
            Default::default()
        }
    }
    ///One refund of a payment: `refund_number` is its sequence number within the payment, `user` the cabinet user who made it, `amount` the refunded amount and `remainder` what is left refundable (string decimals).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Refund {
        ///Refunded amount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        ///When the refund was made, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub datetime: ::std::option::Option<::std::string::String>,
        ///Refund id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Id of the refunded payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::payspec::Text>,
        ///Sequence number of the refund within the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_number: ::std::option::Option<::payspec::Int>,
        ///Amount still refundable on the payment after this refund.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remainder: ::std::option::Option<::payspec::Decimal>,
        ///Refund status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::RefundStatus>,
        ///Cabinet user who made the refund.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<::payspec::NullableText>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Refund {
        pub fn builder() -> builder::Refund {
            Default::default()
        }
    }
    ///Receipt lines of a refund: the JSON document carried as text in the `refund_cart` form field (`RefundCartField`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct RefundCart(pub ::std::vec::Vec<CartItem>);
    impl ::std::ops::Deref for RefundCart {
        type Target = ::std::vec::Vec<CartItem>;
        fn deref(&self) -> &::std::vec::Vec<CartItem> {
            &self.0
        }
    }
    impl ::std::convert::From<RefundCart> for ::std::vec::Vec<CartItem> {
        fn from(value: RefundCart) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<CartItem>> for RefundCart {
        fn from(value: ::std::vec::Vec<CartItem>) -> Self {
            Self(value)
        }
    }
    ///Form body of the report mailing-list calls (5.3 / 5.4; the client adds `token`). Field name inferred.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportEmailRequest {
        ///E-mail address to add or remove (field name inferred).
        pub email: ::std::string::String,
    }
    impl ReportEmailRequest {
        pub fn builder() -> builder::ReportEmailRequest {
            Default::default()
        }
    }
    ///Sums of one payment system over a period (string decimals): `success` (payments in status success), `account` (credited to the account, inferred), `stuck` (payments done without notification, inferred).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SystemSum {
        ///Sum credited to the account (inferred from the name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<::payspec::Decimal>,
        ///Currency of the sums, e.g. `RUB`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Payment system id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Name shown to payers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub site_description: ::std::option::Option<::std::string::String>,
        ///Sum of payments done without an accepted notification (inferred from the name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stuck: ::std::option::Option<::payspec::Decimal>,
        ///Sum of payments in status `success`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<::payspec::Decimal>,
        ///Internal name of the payment system.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system_description: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SystemSum {
        pub fn builder() -> builder::SystemSum {
            Default::default()
        }
    }
    ///Answer of `systems_sums_details` (1.3). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct SystemSumsDetails(pub ::serde_json::Value);
    impl ::std::ops::Deref for SystemSumsDetails {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<SystemSumsDetails> for ::serde_json::Value {
        fn from(value: SystemSumsDetails) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for SystemSumsDetails {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Answer of `systems_allsum` (1.4). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct SystemsAllSum(pub ::serde_json::Value);
    impl ::std::ops::Deref for SystemsAllSum {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<SystemsAllSum> for ::serde_json::Value {
        fn from(value: SystemsAllSum) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for SystemsAllSum {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///The security token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Token {
        ///Token value (32 hex digits in the example); goes into the `token` field of every POST.
        pub token: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Token {
        pub fn builder() -> builder::Token {
            Default::default()
        }
    }
    ///Form body of `user_add` (5.6; the client adds `token`). All fields inferred; the permission fields of the official table are unknown.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserAddRequest {
        ///E-mail of the user (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Login of the new user (inferred).
        pub login: ::std::string::String,
        ///Display name (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Password of the new user (inferred).
        pub password: ::std::string::String,
    }
    impl UserAddRequest {
        pub fn builder() -> builder::UserAddRequest {
            Default::default()
        }
    }
    ///Form body of `user_delete` (5.8; the client adds `token`). Field inferred.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserDeleteRequest {
        ///Login of the user to delete (inferred).
        pub login: ::std::string::String,
    }
    impl UserDeleteRequest {
        pub fn builder() -> builder::UserDeleteRequest {
            Default::default()
        }
    }
    ///Answer of `user_lastvisit` (4.2). Shape not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct UserLastVisit(pub ::serde_json::Value);
    impl ::std::ops::Deref for UserLastVisit {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<UserLastVisit> for ::serde_json::Value {
        fn from(value: UserLastVisit) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for UserLastVisit {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Answer of `user_settings` (4.1); includes the user's name and refund permission. Field names not retrieved; free-form JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct UserSettings(pub ::serde_json::Value);
    impl ::std::ops::Deref for UserSettings {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<UserSettings> for ::serde_json::Value {
        fn from(value: UserSettings) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for UserSettings {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    ///Form body of `user_update` (5.7; the client adds `token`). All fields inferred; the permission fields of the official table are unknown.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserUpdateRequest {
        ///New e-mail (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Login of the user to change (inferred).
        pub login: ::std::string::String,
        ///New display name (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///New password (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
    }
    impl UserUpdateRequest {
        pub fn builder() -> builder::UserUpdateRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ActionResult {
            captured: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionResult {
            fn default() -> Self {
                Self {
                    captured: Ok(Default::default()),
                    result: Ok(Default::default()),
                    total: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ActionResult {
            pub fn captured<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.captured = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for captured: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionResult> for super::ActionResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    captured: value.captured?,
                    result: value.result?,
                    total: value.total?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ActionResult> for ActionResult {
            fn from(value: super::ActionResult) -> Self {
                Self {
                    captured: Ok(value.captured),
                    result: Ok(value.result),
                    total: Ok(value.total),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CartItem {
            customs_declaration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            excise: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            item_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_code_b64: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            items_in_package: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            items_sold_from_package: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            measure: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            payment_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            sum: ::std::result::Result<::payspec::DecimalNumber, ::std::string::String>,
            tax: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CartItem {
            fn default() -> Self {
                Self {
                    customs_declaration: Ok(Default::default()),
                    excise: Ok(Default::default()),
                    item_code: Ok(Default::default()),
                    item_code_b64: Ok(Default::default()),
                    item_country: Ok(Default::default()),
                    item_id: Ok(Default::default()),
                    item_type: Ok(Default::default()),
                    items_in_package: Ok(Default::default()),
                    items_sold_from_package: Ok(Default::default()),
                    measure: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    payment_type: Ok(Default::default()),
                    price: Err("no value supplied for price".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                    sum: Err("no value supplied for sum".to_string()),
                    tax: Err("no value supplied for tax".to_string()),
                }
            }
        }
        impl CartItem {
            pub fn customs_declaration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customs_declaration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customs_declaration: {e}"
                        )
                    });
                self
            }
            pub fn excise<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.excise = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for excise: {e}")
                    });
                self
            }
            pub fn item_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_code: {e}")
                    });
                self
            }
            pub fn item_code_b64<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_code_b64 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_code_b64: {e}")
                    });
                self
            }
            pub fn item_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_country: {e}")
                    });
                self
            }
            pub fn item_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_id: {e}")
                    });
                self
            }
            pub fn item_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_type: {e}")
                    });
                self
            }
            pub fn items_in_package<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.items_in_package = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for items_in_package: {e}"
                        )
                    });
                self
            }
            pub fn items_sold_from_package<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.items_sold_from_package = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for items_sold_from_package: {e}"
                        )
                    });
                self
            }
            pub fn measure<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.measure = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for measure: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn payment_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_type: {e}")
                    });
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn sum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.sum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sum: {e}")
                    });
                self
            }
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CartItem> for super::CartItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CartItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customs_declaration: value.customs_declaration?,
                    excise: value.excise?,
                    item_code: value.item_code?,
                    item_code_b64: value.item_code_b64?,
                    item_country: value.item_country?,
                    item_id: value.item_id?,
                    item_type: value.item_type?,
                    items_in_package: value.items_in_package?,
                    items_sold_from_package: value.items_sold_from_package?,
                    measure: value.measure?,
                    name: value.name?,
                    payment_type: value.payment_type?,
                    price: value.price?,
                    quantity: value.quantity?,
                    sum: value.sum?,
                    tax: value.tax?,
                })
            }
        }
        impl ::std::convert::From<super::CartItem> for CartItem {
            fn from(value: super::CartItem) -> Self {
                Self {
                    customs_declaration: Ok(value.customs_declaration),
                    excise: Ok(value.excise),
                    item_code: Ok(value.item_code),
                    item_code_b64: Ok(value.item_code_b64),
                    item_country: Ok(value.item_country),
                    item_id: Ok(value.item_id),
                    item_type: Ok(value.item_type),
                    items_in_package: Ok(value.items_in_package),
                    items_sold_from_package: Ok(value.items_sold_from_package),
                    measure: Ok(value.measure),
                    name: Ok(value.name),
                    payment_type: Ok(value.payment_type),
                    price: Ok(value.price),
                    quantity: Ok(value.quantity),
                    sum: Ok(value.sum),
                    tax: Ok(value.tax),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashPayment {
            client_email: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            client_phone: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            clientid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            created_datetime: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            orderid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            paid_datetime: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            pay_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            service_name: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::PaymentStatus>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CashPayment {
            fn default() -> Self {
                Self {
                    client_email: Ok(Default::default()),
                    client_phone: Ok(Default::default()),
                    clientid: Ok(Default::default()),
                    created_datetime: Ok(Default::default()),
                    id: Ok(Default::default()),
                    orderid: Ok(Default::default()),
                    paid_datetime: Ok(Default::default()),
                    pay_amount: Ok(Default::default()),
                    service_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CashPayment {
            pub fn client_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_email: {e}")
                    });
                self
            }
            pub fn client_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_phone: {e}")
                    });
                self
            }
            pub fn clientid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.clientid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clientid: {e}")
                    });
                self
            }
            pub fn created_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_datetime: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn orderid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.orderid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orderid: {e}")
                    });
                self
            }
            pub fn paid_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.paid_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid_datetime: {e}")
                    });
                self
            }
            pub fn pay_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pay_amount: {e}")
                    });
                self
            }
            pub fn service_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::PaymentStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CashPayment> for super::CashPayment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashPayment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_email: value.client_email?,
                    client_phone: value.client_phone?,
                    clientid: value.clientid?,
                    created_datetime: value.created_datetime?,
                    id: value.id?,
                    orderid: value.orderid?,
                    paid_datetime: value.paid_datetime?,
                    pay_amount: value.pay_amount?,
                    service_name: value.service_name?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CashPayment> for CashPayment {
            fn from(value: super::CashPayment) -> Self {
                Self {
                    client_email: Ok(value.client_email),
                    client_phone: Ok(value.client_phone),
                    clientid: Ok(value.clientid),
                    created_datetime: Ok(value.created_datetime),
                    id: Ok(value.id),
                    orderid: Ok(value.orderid),
                    paid_datetime: Ok(value.paid_datetime),
                    pay_amount: Ok(value.pay_amount),
                    service_name: Ok(value.service_name),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorGroup {
            error_code: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            user_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorGroup {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    total: Ok(Default::default()),
                    user_description: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ErrorGroup {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn user_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_description: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorGroup> for super::ErrorGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    total: value.total?,
                    user_description: value.user_description?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorGroup> for ErrorGroup {
            fn from(value: super::ErrorGroup) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    total: Ok(value.total),
                    user_description: Ok(value.user_description),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorsTotal {
            total: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            total_with_group: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::ErrorGroup>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorsTotal {
            fn default() -> Self {
                Self {
                    total: Ok(Default::default()),
                    total_with_group: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ErrorsTotal {
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn total_with_group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::ErrorGroup>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total_with_group = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_with_group: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorsTotal> for super::ErrorsTotal {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorsTotal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    total: value.total?,
                    total_with_group: value.total_with_group?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorsTotal> for ErrorsTotal {
            fn from(value: super::ErrorsTotal) -> Self {
                Self {
                    total: Ok(value.total),
                    total_with_group: Ok(value.total_with_group),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FailEnvelope {
            error_code: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FailEnvelope {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    msg: Ok(Default::default()),
                    result: Err("no value supplied for result".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FailEnvelope {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msg: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FailEnvelope> for super::FailEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FailEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    msg: value.msg?,
                    result: value.result?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FailEnvelope> for FailEnvelope {
            fn from(value: super::FailEnvelope) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    msg: Ok(value.msg),
                    result: Ok(value.result),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Invoice {
            client_email: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            client_phone: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            clientid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            created_datetime: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry_datetime: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            orderid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            paid_datetime: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            pay_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            payment_id: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            paymentid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            service_name: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceStatus>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            user_login: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Invoice {
            fn default() -> Self {
                Self {
                    client_email: Ok(Default::default()),
                    client_phone: Ok(Default::default()),
                    clientid: Ok(Default::default()),
                    created_datetime: Ok(Default::default()),
                    expiry_datetime: Ok(Default::default()),
                    id: Ok(Default::default()),
                    orderid: Ok(Default::default()),
                    paid_datetime: Ok(Default::default()),
                    pay_amount: Ok(Default::default()),
                    payment_id: Ok(Default::default()),
                    paymentid: Ok(Default::default()),
                    service_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    user_login: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Invoice {
            pub fn client_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_email: {e}")
                    });
                self
            }
            pub fn client_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_phone: {e}")
                    });
                self
            }
            pub fn clientid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.clientid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clientid: {e}")
                    });
                self
            }
            pub fn created_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_datetime: {e}"
                        )
                    });
                self
            }
            pub fn expiry_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiry_datetime: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn orderid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.orderid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orderid: {e}")
                    });
                self
            }
            pub fn paid_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.paid_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid_datetime: {e}")
                    });
                self
            }
            pub fn pay_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pay_amount: {e}")
                    });
                self
            }
            pub fn payment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_id: {e}")
                    });
                self
            }
            pub fn paymentid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.paymentid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paymentid: {e}")
                    });
                self
            }
            pub fn service_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn user_login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_login: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Invoice> for super::Invoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Invoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_email: value.client_email?,
                    client_phone: value.client_phone?,
                    clientid: value.clientid?,
                    created_datetime: value.created_datetime?,
                    expiry_datetime: value.expiry_datetime?,
                    id: value.id?,
                    orderid: value.orderid?,
                    paid_datetime: value.paid_datetime?,
                    pay_amount: value.pay_amount?,
                    payment_id: value.payment_id?,
                    paymentid: value.paymentid?,
                    service_name: value.service_name?,
                    status: value.status?,
                    user_id: value.user_id?,
                    user_login: value.user_login?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Invoice> for Invoice {
            fn from(value: super::Invoice) -> Self {
                Self {
                    client_email: Ok(value.client_email),
                    client_phone: Ok(value.client_phone),
                    clientid: Ok(value.clientid),
                    created_datetime: Ok(value.created_datetime),
                    expiry_datetime: Ok(value.expiry_datetime),
                    id: Ok(value.id),
                    orderid: Ok(value.orderid),
                    paid_datetime: Ok(value.paid_datetime),
                    pay_amount: Ok(value.pay_amount),
                    payment_id: Ok(value.payment_id),
                    paymentid: Ok(value.paymentid),
                    service_name: Ok(value.service_name),
                    status: Ok(value.status),
                    user_id: Ok(value.user_id),
                    user_login: Ok(value.user_login),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceAcceptCashRequest {
            client_phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceAcceptCashRequest {
            fn default() -> Self {
                Self {
                    client_phone: Ok(Default::default()),
                    invoice_id: Err("no value supplied for invoice_id".to_string()),
                }
            }
        }
        impl InvoiceAcceptCashRequest {
            pub fn client_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_phone: {e}")
                    });
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceAcceptCashRequest>
        for super::InvoiceAcceptCashRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceAcceptCashRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_phone: value.client_phone?,
                    invoice_id: value.invoice_id?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceAcceptCashRequest>
        for InvoiceAcceptCashRequest {
            fn from(value: super::InvoiceAcceptCashRequest) -> Self {
                Self {
                    client_phone: Ok(value.client_phone),
                    invoice_id: Ok(value.invoice_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceAcceptCashResult {
            payment: ::std::result::Result<
                ::std::option::Option<super::CashPayment>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceAcceptCashResult {
            fn default() -> Self {
                Self {
                    payment: Ok(Default::default()),
                    result: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceAcceptCashResult {
            pub fn payment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CashPayment>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceAcceptCashResult>
        for super::InvoiceAcceptCashResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceAcceptCashResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    payment: value.payment?,
                    result: value.result?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceAcceptCashResult>
        for InvoiceAcceptCashResult {
            fn from(value: super::InvoiceAcceptCashResult) -> Self {
                Self {
                    payment: Ok(value.payment),
                    result: Ok(value.result),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceCount {
            fullcount: ::std::result::Result<
                ::std::vec::Vec<super::InvoiceFullCount>,
                ::std::string::String,
            >,
            statuses: ::std::result::Result<
                ::std::vec::Vec<super::InvoiceStatusCount>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceCount {
            fn default() -> Self {
                Self {
                    fullcount: Err("no value supplied for fullcount".to_string()),
                    statuses: Err("no value supplied for statuses".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceCount {
            pub fn fullcount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InvoiceFullCount>>,
                T::Error: ::std::fmt::Display,
            {
                self.fullcount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fullcount: {e}")
                    });
                self
            }
            pub fn statuses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InvoiceStatusCount>>,
                T::Error: ::std::fmt::Display,
            {
                self.statuses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statuses: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceCount> for super::InvoiceCount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceCount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    fullcount: value.fullcount?,
                    statuses: value.statuses?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceCount> for InvoiceCount {
            fn from(value: super::InvoiceCount) -> Self {
                Self {
                    fullcount: Ok(value.fullcount),
                    statuses: Ok(value.statuses),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceFullCount {
            count: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceFullCount {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceFullCount {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceFullCount> for super::InvoiceFullCount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceFullCount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceFullCount> for InvoiceFullCount {
            fn from(value: super::InvoiceFullCount) -> Self {
                Self {
                    count: Ok(value.count),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceIdRequest {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InvoiceIdRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl InvoiceIdRequest {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceIdRequest> for super::InvoiceIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::InvoiceIdRequest> for InvoiceIdRequest {
            fn from(value: super::InvoiceIdRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoicePreview {
            invoice: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<::payspec::Text, ::std::string::String>,
            invoice_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoicePreview {
            fn default() -> Self {
                Self {
                    invoice: Ok(Default::default()),
                    invoice_id: Err("no value supplied for invoice_id".to_string()),
                    invoice_url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoicePreview {
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice: {e}")
                    });
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Text>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_id: {e}")
                    });
                self
            }
            pub fn invoice_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_url: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoicePreview> for super::InvoicePreview {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoicePreview,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invoice: value.invoice?,
                    invoice_id: value.invoice_id?,
                    invoice_url: value.invoice_url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoicePreview> for InvoicePreview {
            fn from(value: super::InvoicePreview) -> Self {
                Self {
                    invoice: Ok(value.invoice),
                    invoice_id: Ok(value.invoice_id),
                    invoice_url: Ok(value.invoice_url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoicePreviewRequest {
            client_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            client_phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            clientid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            orderid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pay_amount: ::std::result::Result<::payspec::Decimal, ::std::string::String>,
            service_name: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::JsonText<crate::generated::types::InvoiceServiceName>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoicePreviewRequest {
            fn default() -> Self {
                Self {
                    client_email: Ok(Default::default()),
                    client_phone: Ok(Default::default()),
                    clientid: Ok(Default::default()),
                    expiry: Ok(Default::default()),
                    orderid: Ok(Default::default()),
                    pay_amount: Err("no value supplied for pay_amount".to_string()),
                    service_name: Ok(Default::default()),
                }
            }
        }
        impl InvoicePreviewRequest {
            pub fn client_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_email: {e}")
                    });
                self
            }
            pub fn client_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_phone: {e}")
                    });
                self
            }
            pub fn clientid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.clientid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clientid: {e}")
                    });
                self
            }
            pub fn expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry: {e}")
                    });
                self
            }
            pub fn orderid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.orderid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orderid: {e}")
                    });
                self
            }
            pub fn pay_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pay_amount: {e}")
                    });
                self
            }
            pub fn service_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::JsonText<crate::generated::types::InvoiceServiceName>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoicePreviewRequest>
        for super::InvoicePreviewRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoicePreviewRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_email: value.client_email?,
                    client_phone: value.client_phone?,
                    clientid: value.clientid?,
                    expiry: value.expiry?,
                    orderid: value.orderid?,
                    pay_amount: value.pay_amount?,
                    service_name: value.service_name?,
                })
            }
        }
        impl ::std::convert::From<super::InvoicePreviewRequest>
        for InvoicePreviewRequest {
            fn from(value: super::InvoicePreviewRequest) -> Self {
                Self {
                    client_email: Ok(value.client_email),
                    client_phone: Ok(value.client_phone),
                    clientid: Ok(value.clientid),
                    expiry: Ok(value.expiry),
                    orderid: Ok(value.orderid),
                    pay_amount: Ok(value.pay_amount),
                    service_name: Ok(value.service_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceServiceName {
            cart: ::std::result::Result<
                ::std::vec::Vec<super::CartItem>,
                ::std::string::String,
            >,
            lang: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            receipt_properties: ::std::result::Result<
                ::std::option::Option<super::ReceiptProperties>,
                ::std::string::String,
            >,
            service_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_result_callback: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceServiceName {
            fn default() -> Self {
                Self {
                    cart: Ok(Default::default()),
                    lang: Ok(Default::default()),
                    receipt_properties: Ok(Default::default()),
                    service_name: Ok(Default::default()),
                    user_result_callback: Ok(Default::default()),
                }
            }
        }
        impl InvoiceServiceName {
            pub fn cart<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CartItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.cart = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cart: {e}")
                    });
                self
            }
            pub fn lang<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.lang = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lang: {e}")
                    });
                self
            }
            pub fn receipt_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ReceiptProperties>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.receipt_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for receipt_properties: {e}"
                        )
                    });
                self
            }
            pub fn service_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_name: {e}")
                    });
                self
            }
            pub fn user_result_callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_result_callback = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_result_callback: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceServiceName> for super::InvoiceServiceName {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceServiceName,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cart: value.cart?,
                    lang: value.lang?,
                    receipt_properties: value.receipt_properties?,
                    service_name: value.service_name?,
                    user_result_callback: value.user_result_callback?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceServiceName> for InvoiceServiceName {
            fn from(value: super::InvoiceServiceName) -> Self {
                Self {
                    cart: Ok(value.cart),
                    lang: Ok(value.lang),
                    receipt_properties: Ok(value.receipt_properties),
                    service_name: Ok(value.service_name),
                    user_result_callback: Ok(value.user_result_callback),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceStatusCount {
            count: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceStatus>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceStatusCount {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    status: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceStatusCount {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceStatusCount> for super::InvoiceStatusCount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceStatusCount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceStatusCount> for InvoiceStatusCount {
            fn from(value: super::InvoiceStatusCount) -> Self {
                Self {
                    count: Ok(value.count),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationFormfieldRequest {
            displayed_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            pk_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            placeholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            required: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationFormfieldRequest {
            fn default() -> Self {
                Self {
                    displayed_name: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    order: Ok(Default::default()),
                    pk_name: Err("no value supplied for pk_name".to_string()),
                    placeholder: Ok(Default::default()),
                    required: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl OrganizationFormfieldRequest {
            pub fn displayed_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.displayed_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for displayed_name: {e}"
                        )
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn pk_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.pk_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pk_name: {e}")
                    });
                self
            }
            pub fn placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for placeholder: {e}")
                    });
                self
            }
            pub fn required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for required: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationFormfieldRequest>
        for super::OrganizationFormfieldRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationFormfieldRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    displayed_name: value.displayed_name?,
                    enabled: value.enabled?,
                    order: value.order?,
                    pk_name: value.pk_name?,
                    placeholder: value.placeholder?,
                    required: value.required?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationFormfieldRequest>
        for OrganizationFormfieldRequest {
            fn from(value: super::OrganizationFormfieldRequest) -> Self {
                Self {
                    displayed_name: Ok(value.displayed_name),
                    enabled: Ok(value.enabled),
                    order: Ok(value.order),
                    pk_name: Ok(value.pk_name),
                    placeholder: Ok(value.placeholder),
                    required: Ok(value.required),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationSettingRequest {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationSettingRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl OrganizationSettingRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationSettingRequest>
        for super::OrganizationSettingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationSettingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationSettingRequest>
        for OrganizationSettingRequest {
            fn from(value: super::OrganizationSettingRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Payment {
            clientid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            obtain_datetime: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            orderid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            pay_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            payment_system_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            pending_datetime: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refund_amount: ::std::result::Result<
                ::std::option::Option<::payspec::NullableDecimal>,
                ::std::string::String,
            >,
            repeat_counter: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            site_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::PaymentStatus>,
                ::std::string::String,
            >,
            success_datetime: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            system_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unique_id: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Payment {
            fn default() -> Self {
                Self {
                    clientid: Ok(Default::default()),
                    id: Ok(Default::default()),
                    obtain_datetime: Ok(Default::default()),
                    orderid: Ok(Default::default()),
                    pay_amount: Ok(Default::default()),
                    payment_system_id: Ok(Default::default()),
                    pending_datetime: Ok(Default::default()),
                    refund_amount: Ok(Default::default()),
                    repeat_counter: Ok(Default::default()),
                    site_description: Ok(Default::default()),
                    status: Ok(Default::default()),
                    success_datetime: Ok(Default::default()),
                    system_description: Ok(Default::default()),
                    unique_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Payment {
            pub fn clientid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.clientid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clientid: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn obtain_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.obtain_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for obtain_datetime: {e}"
                        )
                    });
                self
            }
            pub fn orderid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.orderid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orderid: {e}")
                    });
                self
            }
            pub fn pay_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pay_amount: {e}")
                    });
                self
            }
            pub fn payment_system_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_system_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_system_id: {e}"
                        )
                    });
                self
            }
            pub fn pending_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pending_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pending_datetime: {e}"
                        )
                    });
                self
            }
            pub fn refund_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableDecimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refund_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refund_amount: {e}")
                    });
                self
            }
            pub fn repeat_counter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.repeat_counter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repeat_counter: {e}"
                        )
                    });
                self
            }
            pub fn site_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.site_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for site_description: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::PaymentStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn success_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.success_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for success_datetime: {e}"
                        )
                    });
                self
            }
            pub fn system_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_description: {e}"
                        )
                    });
                self
            }
            pub fn unique_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Payment> for super::Payment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Payment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    clientid: value.clientid?,
                    id: value.id?,
                    obtain_datetime: value.obtain_datetime?,
                    orderid: value.orderid?,
                    pay_amount: value.pay_amount?,
                    payment_system_id: value.payment_system_id?,
                    pending_datetime: value.pending_datetime?,
                    refund_amount: value.refund_amount?,
                    repeat_counter: value.repeat_counter?,
                    site_description: value.site_description?,
                    status: value.status?,
                    success_datetime: value.success_datetime?,
                    system_description: value.system_description?,
                    unique_id: value.unique_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Payment> for Payment {
            fn from(value: super::Payment) -> Self {
                Self {
                    clientid: Ok(value.clientid),
                    id: Ok(value.id),
                    obtain_datetime: Ok(value.obtain_datetime),
                    orderid: Ok(value.orderid),
                    pay_amount: Ok(value.pay_amount),
                    payment_system_id: Ok(value.payment_system_id),
                    pending_datetime: Ok(value.pending_datetime),
                    refund_amount: Ok(value.refund_amount),
                    repeat_counter: Ok(value.repeat_counter),
                    site_description: Ok(value.site_description),
                    status: Ok(value.status),
                    success_datetime: Ok(value.success_datetime),
                    system_description: Ok(value.system_description),
                    unique_id: Ok(value.unique_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentIdRequest {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PaymentIdRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl PaymentIdRequest {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentIdRequest> for super::PaymentIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::PaymentIdRequest> for PaymentIdRequest {
            fn from(value: super::PaymentIdRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentNotification {
            bank_id: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            batch_date: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            card_expiry: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            card_holder: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            card_number: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            client_email: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            client_phone: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            clientid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            fop_receipt_key: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::payspec::Text, ::std::string::String>,
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            obtain_datetime: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            orderid: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            pk_hostname: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            ps_id: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            service_name: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            sum: ::std::result::Result<::payspec::Decimal, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentNotification {
            fn default() -> Self {
                Self {
                    bank_id: Ok(Default::default()),
                    batch_date: Ok(Default::default()),
                    card_expiry: Ok(Default::default()),
                    card_holder: Ok(Default::default()),
                    card_number: Ok(Default::default()),
                    client_email: Ok(Default::default()),
                    client_phone: Ok(Default::default()),
                    clientid: Ok(Default::default()),
                    fop_receipt_key: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    key: Err("no value supplied for key".to_string()),
                    obtain_datetime: Ok(Default::default()),
                    orderid: Ok(Default::default()),
                    pk_hostname: Ok(Default::default()),
                    ps_id: Ok(Default::default()),
                    service_name: Ok(Default::default()),
                    sum: Err("no value supplied for sum".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentNotification {
            pub fn bank_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.bank_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_id: {e}")
                    });
                self
            }
            pub fn batch_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.batch_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for batch_date: {e}")
                    });
                self
            }
            pub fn card_expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_expiry: {e}")
                    });
                self
            }
            pub fn card_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_holder: {e}")
                    });
                self
            }
            pub fn card_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_number: {e}")
                    });
                self
            }
            pub fn client_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_email: {e}")
                    });
                self
            }
            pub fn client_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_phone: {e}")
                    });
                self
            }
            pub fn clientid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.clientid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clientid: {e}")
                    });
                self
            }
            pub fn fop_receipt_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fop_receipt_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fop_receipt_key: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Text>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn obtain_datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.obtain_datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for obtain_datetime: {e}"
                        )
                    });
                self
            }
            pub fn orderid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.orderid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orderid: {e}")
                    });
                self
            }
            pub fn pk_hostname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pk_hostname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pk_hostname: {e}")
                    });
                self
            }
            pub fn ps_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.ps_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ps_id: {e}")
                    });
                self
            }
            pub fn service_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_name: {e}")
                    });
                self
            }
            pub fn sum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.sum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sum: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentNotification>
        for super::PaymentNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_id: value.bank_id?,
                    batch_date: value.batch_date?,
                    card_expiry: value.card_expiry?,
                    card_holder: value.card_holder?,
                    card_number: value.card_number?,
                    client_email: value.client_email?,
                    client_phone: value.client_phone?,
                    clientid: value.clientid?,
                    fop_receipt_key: value.fop_receipt_key?,
                    id: value.id?,
                    key: value.key?,
                    obtain_datetime: value.obtain_datetime?,
                    orderid: value.orderid?,
                    pk_hostname: value.pk_hostname?,
                    ps_id: value.ps_id?,
                    service_name: value.service_name?,
                    sum: value.sum?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentNotification> for PaymentNotification {
            fn from(value: super::PaymentNotification) -> Self {
                Self {
                    bank_id: Ok(value.bank_id),
                    batch_date: Ok(value.batch_date),
                    card_expiry: Ok(value.card_expiry),
                    card_holder: Ok(value.card_holder),
                    card_number: Ok(value.card_number),
                    client_email: Ok(value.client_email),
                    client_phone: Ok(value.client_phone),
                    clientid: Ok(value.clientid),
                    fop_receipt_key: Ok(value.fop_receipt_key),
                    id: Ok(value.id),
                    key: Ok(value.key),
                    obtain_datetime: Ok(value.obtain_datetime),
                    orderid: Ok(value.orderid),
                    pk_hostname: Ok(value.pk_hostname),
                    ps_id: Ok(value.ps_id),
                    service_name: Ok(value.service_name),
                    sum: Ok(value.sum),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentOptions {
            card_number: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentOptions {
            fn default() -> Self {
                Self {
                    card_number: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentOptions {
            pub fn card_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.card_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_number: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentOptions> for super::PaymentOptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentOptions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    card_number: value.card_number?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentOptions> for PaymentOptions {
            fn from(value: super::PaymentOptions) -> Self {
                Self {
                    card_number: Ok(value.card_number),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentReverseRequest {
            amount: ::std::result::Result<::payspec::Decimal, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            partial: ::std::result::Result<bool, ::std::string::String>,
            refund_cart: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::JsonText<crate::generated::types::RefundCart>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentReverseRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    partial: Err("no value supplied for partial".to_string()),
                    refund_cart: Ok(Default::default()),
                }
            }
        }
        impl PaymentReverseRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn partial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.partial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partial: {e}")
                    });
                self
            }
            pub fn refund_cart<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::JsonText<crate::generated::types::RefundCart>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refund_cart = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refund_cart: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentReverseRequest>
        for super::PaymentReverseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentReverseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    id: value.id?,
                    partial: value.partial?,
                    refund_cart: value.refund_cart?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentReverseRequest>
        for PaymentReverseRequest {
            fn from(value: super::PaymentReverseRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    id: Ok(value.id),
                    partial: Ok(value.partial),
                    refund_cart: Ok(value.refund_cart),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentSystem {
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            site_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            system_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentSystem {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    site_description: Ok(Default::default()),
                    system_description: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentSystem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn site_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.site_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for site_description: {e}"
                        )
                    });
                self
            }
            pub fn system_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_description: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentSystem> for super::PaymentSystem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentSystem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    site_description: value.site_description?,
                    system_description: value.system_description?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentSystem> for PaymentSystem {
            fn from(value: super::PaymentSystem) -> Self {
                Self {
                    id: Ok(value.id),
                    site_description: Ok(value.site_description),
                    system_description: Ok(value.system_description),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PostSaleReceiptResult {
            receipt_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PostSaleReceiptResult {
            fn default() -> Self {
                Self {
                    receipt_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PostSaleReceiptResult {
            pub fn receipt_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.receipt_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receipt_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PostSaleReceiptResult>
        for super::PostSaleReceiptResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PostSaleReceiptResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    receipt_id: value.receipt_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PostSaleReceiptResult>
        for PostSaleReceiptResult {
            fn from(value: super::PostSaleReceiptResult) -> Self {
                Self {
                    receipt_id: Ok(value.receipt_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReceiptProperties {
            agent_info: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            supplier_info: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReceiptProperties {
            fn default() -> Self {
                Self {
                    agent_info: Ok(Default::default()),
                    supplier_info: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReceiptProperties {
            pub fn agent_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.agent_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent_info: {e}")
                    });
                self
            }
            pub fn supplier_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.supplier_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for supplier_info: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReceiptProperties> for super::ReceiptProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReceiptProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_info: value.agent_info?,
                    supplier_info: value.supplier_info?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReceiptProperties> for ReceiptProperties {
            fn from(value: super::ReceiptProperties) -> Self {
                Self {
                    agent_info: Ok(value.agent_info),
                    supplier_info: Ok(value.supplier_info),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Refund {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            datetime: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            payment_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            refund_number: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            remainder: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::RefundStatus>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<::payspec::NullableText>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Refund {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    datetime: Ok(Default::default()),
                    id: Ok(Default::default()),
                    payment_id: Ok(Default::default()),
                    refund_number: Ok(Default::default()),
                    remainder: Ok(Default::default()),
                    status: Ok(Default::default()),
                    user: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Refund {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn datetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.datetime = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for datetime: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn payment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_id: {e}")
                    });
                self
            }
            pub fn refund_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.refund_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refund_number: {e}")
                    });
                self
            }
            pub fn remainder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.remainder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remainder: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::RefundStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::NullableText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Refund> for super::Refund {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Refund,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    datetime: value.datetime?,
                    id: value.id?,
                    payment_id: value.payment_id?,
                    refund_number: value.refund_number?,
                    remainder: value.remainder?,
                    status: value.status?,
                    user: value.user?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Refund> for Refund {
            fn from(value: super::Refund) -> Self {
                Self {
                    amount: Ok(value.amount),
                    datetime: Ok(value.datetime),
                    id: Ok(value.id),
                    payment_id: Ok(value.payment_id),
                    refund_number: Ok(value.refund_number),
                    remainder: Ok(value.remainder),
                    status: Ok(value.status),
                    user: Ok(value.user),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportEmailRequest {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ReportEmailRequest {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                }
            }
        }
        impl ReportEmailRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportEmailRequest> for super::ReportEmailRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportEmailRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { email: value.email? })
            }
        }
        impl ::std::convert::From<super::ReportEmailRequest> for ReportEmailRequest {
            fn from(value: super::ReportEmailRequest) -> Self {
                Self { email: Ok(value.email) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SystemSum {
            account: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            site_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stuck: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            system_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SystemSum {
            fn default() -> Self {
                Self {
                    account: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    id: Ok(Default::default()),
                    site_description: Ok(Default::default()),
                    stuck: Ok(Default::default()),
                    success: Ok(Default::default()),
                    system_description: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SystemSum {
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn site_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.site_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for site_description: {e}"
                        )
                    });
                self
            }
            pub fn stuck<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.stuck = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stuck: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn system_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_description: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SystemSum> for super::SystemSum {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SystemSum,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account: value.account?,
                    currency: value.currency?,
                    id: value.id?,
                    site_description: value.site_description?,
                    stuck: value.stuck?,
                    success: value.success?,
                    system_description: value.system_description?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SystemSum> for SystemSum {
            fn from(value: super::SystemSum) -> Self {
                Self {
                    account: Ok(value.account),
                    currency: Ok(value.currency),
                    id: Ok(value.id),
                    site_description: Ok(value.site_description),
                    stuck: Ok(value.stuck),
                    success: Ok(value.success),
                    system_description: Ok(value.system_description),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Token {
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Token {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Token {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Token> for super::Token {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Token,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Token> for Token {
            fn from(value: super::Token) -> Self {
                Self {
                    token: Ok(value.token),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserAddRequest {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            login: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserAddRequest {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    login: Err("no value supplied for login".to_string()),
                    name: Ok(Default::default()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }
        impl UserAddRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserAddRequest> for super::UserAddRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserAddRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    login: value.login?,
                    name: value.name?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::UserAddRequest> for UserAddRequest {
            fn from(value: super::UserAddRequest) -> Self {
                Self {
                    email: Ok(value.email),
                    login: Ok(value.login),
                    name: Ok(value.name),
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserDeleteRequest {
            login: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UserDeleteRequest {
            fn default() -> Self {
                Self {
                    login: Err("no value supplied for login".to_string()),
                }
            }
        }
        impl UserDeleteRequest {
            pub fn login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserDeleteRequest> for super::UserDeleteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserDeleteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { login: value.login? })
            }
        }
        impl ::std::convert::From<super::UserDeleteRequest> for UserDeleteRequest {
            fn from(value: super::UserDeleteRequest) -> Self {
                Self { login: Ok(value.login) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserUpdateRequest {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            login: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserUpdateRequest {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    login: Err("no value supplied for login".to_string()),
                    name: Ok(Default::default()),
                    password: Ok(Default::default()),
                }
            }
        }
        impl UserUpdateRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserUpdateRequest> for super::UserUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    login: value.login?,
                    name: value.name?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::UserUpdateRequest> for UserUpdateRequest {
            fn from(value: super::UserUpdateRequest) -> Self {
                Self {
                    email: Ok(value.email),
                    login: Ok(value.login),
                    name: Ok(value.name),
                    password: Ok(value.password),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    /** Invoice status: `created` (service status right after `invoice_preview`; such invoices are not listed by the history), `sent` (e-mailed / issued to the payer), `paid`, `expired` (not paid before `expiry_datetime`). History filters accept `sent`, `paid`, `expired`. Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum InvoiceStatus {
        /// `created`
        Created,
        /// `sent`
        Sent,
        /// `paid`
        Paid,
        /// `expired`
        Expired,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl InvoiceStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Created => "created",
                Self::Sent => "sent",
                Self::Paid => "paid",
                Self::Expired => "expired",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for InvoiceStatus {
        fn from(value: &str) -> Self {
            match value {
                "created" => Self::Created,
                "sent" => Self::Sent,
                "paid" => Self::Paid,
                "expired" => Self::Expired,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for InvoiceStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for InvoiceStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for InvoiceStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for InvoiceStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for InvoiceStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for InvoiceStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Payment status. `obtained` ("получен"), `stuck` ("совершён без оповещения": done, but the merchant's notification endpoint did not acknowledge) and `success` ("совершён") all mean the payer was charged. `canceled` ("отменён") and `failed` ("не состоялся") mean the payment did not happen. `pending` (started, not yet paid), `refunding` (refund in progress), `refunded`, `partially_refunded` (meanings inferred from the names). Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PaymentStatus {
        /// `pending`
        Pending,
        /// `obtained`
        Obtained,
        /// `canceled`
        Canceled,
        /// `success`
        Success,
        /// `failed`
        Failed,
        /// `stuck`
        Stuck,
        /// `refunded`
        Refunded,
        /// `refunding`
        Refunding,
        /// `partially_refunded`
        PartiallyRefunded,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl PaymentStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Obtained => "obtained",
                Self::Canceled => "canceled",
                Self::Success => "success",
                Self::Failed => "failed",
                Self::Stuck => "stuck",
                Self::Refunded => "refunded",
                Self::Refunding => "refunding",
                Self::PartiallyRefunded => "partially_refunded",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PaymentStatus {
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "obtained" => Self::Obtained,
                "canceled" => Self::Canceled,
                "success" => Self::Success,
                "failed" => Self::Failed,
                "stuck" => Self::Stuck,
                "refunded" => Self::Refunded,
                "refunding" => Self::Refunding,
                "partially_refunded" => Self::PartiallyRefunded,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for PaymentStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PaymentStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Refund status: `started` (in progress), `done`, `failed`. Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum RefundStatus {
        /// `started`
        Started,
        /// `done`
        Done,
        /// `failed`
        Failed,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl RefundStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Started => "started",
                Self::Done => "done",
                Self::Failed => "failed",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for RefundStatus {
        fn from(value: &str) -> Self {
            match value {
                "started" => Self::Started,
                "done" => Self::Done,
                "failed" => Self::Failed,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RefundStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for RefundStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RefundStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RefundStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RefundStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RefundStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
}
#[derive(Clone, Debug)]
/**Client for PayKeeper JSON API

The PayKeeper "JSON API" (протокол JSON API): statistics, payments and refunds, invoices
(счета), account information, settings changes, the security token and file exports of a
merchant's PayKeeper installation. PayKeeper does not version this API; `info.version` says
so.

**Host.** Every merchant has its own PayKeeper server, e.g. `https://<name>.server.paykeeper.ru`;
the public demo is `https://demo.paykeeper.ru` (user `demo`, password `demo`). Banks run the
same platform under their own domains (white label, e.g. `paykeeper.alfabank.ru`,
`ecom.rosbank-processing.ru`). The paths below carry the full documented path with its
trailing slash (`/info/invoice/byid/`), so the base URL a caller passes is scheme + host only.

**Transport.** Reads are `GET` with query parameters; changes are `POST` with an
`application/x-www-form-urlencoded` body (never JSON). Array filters use PHP-style repeated
keys, so those query parameters are named literally `status[]` and `payment_system_id[]`
(`status[]=paid&status[]=sent`). Answers are JSON, except the two exports, which return an
`.xlsx` file.

**Authentication.** Every request carries HTTP Basic credentials: the login and password of
any user of the merchant's personal cabinet (личный кабинет) (`securitySchemes.basic`).
Every `POST` must in addition carry a form field `token`, the security token (CSRF token)
returned by `GET /info/settings/token/`. **`token` is deliberately absent from every request
schema in this document**: the client fetches the token lazily before the first POST,
caches it, adds it to every form body, and when the server answers
`{"result": "fail", "msg": "Токен безопасности не верен."}` (the token changes once every
24 hours) fetches a new one and repeats the call once (root `x-auth`). The caller never
passes it.

**Envelope.** Business errors arrive with **HTTP 200** as
`{"result": "fail", "msg": "<Russian text>"}` (component `FailEnvelope`, named by the root
`x-error-envelope`), which every JSON `200` answer shows as the second branch of its `anyOf`;
the client detects them before decoding the success type. Successful
action calls answer `{"result": "success"}` (`ActionResult`). Wrong Basic credentials give
**HTTP 401**; some installations instead answer with a **303** redirect to the HTML login
page (or that HTML page itself). Neither is modelled as a response (one `200` per
operation); the client reports both as authentication errors.

**Types.** PayKeeper sends most numbers as JSON strings (`"pay_amount": "1205.98"`,
`"count": "17"`) and writes "no value" as `null` or as the string `"null"`
(`"paid_datetime": "null"`). Response fields therefore use the lenient components: `Decimal`
/ `NullableDecimal` for money, `Int` for counts, `Text` for ids, `NullableText` for text that
may be `"null"`. Statuses are open enums (`InvoiceStatus`, `PaymentStatus`, `RefundStatus`).
Lists may come back as `[]` or in other PHP shapes (`LenientList`). Lookups by id are
documented as a one-element array but read as a bare object by the SDKs; they accept both
(`Single`). Dates are `YYYY-MM-DD`, datetimes `YYYY-MM-DD HH:MM:SS` (Moscow time according
to one SDK), both kept as text.

**Payment notification.** For every accepted payment PayKeeper POSTs a form to the URL set in
the cabinet. OpenAPI 3.0 has no webhooks, so its body is documented as the component
`PaymentNotification` (signature check and the required `OK <md5>` answer are described
there).

**Coverage and gaps.** Section 3 (invoices) follows the official page (seed 002) table by
table. Section 2 of the official docs was only partly retrievable: the payment search,
refund, capture, notification-counter and receipt calls follow SDKs and integrations and say
so in their `x-source`. Parameters and answers of 1.3, 1.4, 1.6, 2.2, section 4, 5.2, 5.3,
5.4, 5.6-5.8 and 7.2 were not retrieved: those operations declare what the sources name,
mark the rest as unknown and decode their answers as free-form JSON. Not covered:
`/info/invoice/search/` (3.8, listed only in a newer revision of the invoices page), and
`/info/receipts/bypaymentid/` and `/change/receipt/print/` (named by a single integration,
unverified).


Version: unversioned*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::payspec::Context<crate::Inner>,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: ::payspec::Context<crate::Inner>) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::payspec::Context<crate::Inner>,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::payspec::Context<crate::Inner>> for Client {
    fn api_version() -> &'static str {
        "unversioned"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::payspec::Context<crate::Inner> {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::payspec::Context<crate::Inner>>,
    {}
};
impl Client {
    /**List payment systems

Returns the payment systems (платёжные системы: card acquiring, SBP, ...) connected to the merchant: the numeric id used by the `payment_system_id[]` filters and in `Payment.payment_system_id`, the internal name and the name shown to payers. Takes no parameters.

Sends a `GET` request to `/info/systems/list/`

```ignore
let response = client.systems_list()
    .send()
    .await;
```*/
    pub fn systems_list(&self) -> builder::SystemsList<'_> {
        builder::SystemsList::new(self)
    }
    /**Sums received per payment system

For the period `start`..`end` returns, per payment system, the sum of payments in status `success`, the sum credited to the account (`account`) and the sum of payments done without an accepted notification (`stuck`), with the currency. The meaning of `account` and `stuck` is inferred from the names.

Sends a `GET` request to `/info/systems/sums/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD`.
- `start`: First day of the period, `YYYY-MM-DD`.
```ignore
let response = client.systems_sums()
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn systems_sums(&self) -> builder::SystemsSums<'_> {
        builder::SystemsSums::new(self)
    }
    /**Sums per payment system by time interval

Returns the balance of each payment system broken down by time intervals. Only the purpose is documented in the retrieved sources: the parameters `start` / `end` are inferred from 1.2, any further parameter (e.g. the interval size) is unknown, and the answer is decoded as free-form JSON.

Sends a `GET` request to `/info/systems/sums/details/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD` (inferred from 1.2).
- `start`: First day of the period, `YYYY-MM-DD` (inferred from 1.2).
```ignore
let response = client.systems_sums_details()
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn systems_sums_details(&self) -> builder::SystemsSumsDetails<'_> {
        builder::SystemsSumsDetails::new(self)
    }
    /**Total over all payment systems

Returns the total received over all payment systems for a period. Only the purpose is documented in the retrieved sources: `start` / `end` are inferred from 1.2 and the answer is decoded as free-form JSON.

Sends a `GET` request to `/info/systems/allsum/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD` (inferred from 1.2).
- `start`: First day of the period, `YYYY-MM-DD` (inferred from 1.2).
```ignore
let response = client.systems_allsum()
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn systems_allsum(&self) -> builder::SystemsAllsum<'_> {
        builder::SystemsAllsum::new(self)
    }
    /**Payment error counts by group

Returns the total number of failed payment attempts and the counts per error group, each with the group's code and a description meant for the merchant. Takes no parameters.

Sends a `GET` request to `/info/errors/total/`

```ignore
let response = client.errors_total()
    .send()
    .await;
```*/
    pub fn errors_total(&self) -> builder::ErrorsTotal<'_> {
        builder::ErrorsTotal::new(self)
    }
    /**Payment error counts by group for a period

Returns the error counts per group for a period (the period version of `errors_total`). Only the purpose is documented in the retrieved sources: `start` / `end` are inferred from 1.2 and the answer is decoded as free-form JSON (presumably shaped like `ErrorsTotal`).

Sends a `GET` request to `/info/errors/bydate/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD` (inferred from 1.2).
- `start`: First day of the period, `YYYY-MM-DD` (inferred from 1.2).
```ignore
let response = client.errors_bydate()
    .end(end)
    .start(start)
    .send()
    .await;
```*/
    pub fn errors_bydate(&self) -> builder::ErrorsBydate<'_> {
        builder::ErrorsBydate::new(self)
    }
    /**Payment register for a period

Returns the payments created between `start` and `end`, filtered by status and payment system, `limit` at a time after skipping `from` (integrators page with up to 1000). The export page (7.1), which takes the same filters, marks `status[]`, `payment_system_id[]` and `from` as required; here they are optional, but send them: the SDKs always do, and what the server does without them is not documented. `query` (free-text filter) is sent by one SDK only (inferred). A page past the end is `[]`.

Sends a `GET` request to `/info/payments/bydate/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD`.
- `from`: Skip this many payments at the start of the selection.
- `limit`: Return at most this many payments (integrators use up to 1000).
- `payment_system_id`: Only payments through these payment systems (ids from `systems_list`); repeated keys (`payment_system_id[]=30&payment_system_id[]=99`). Required by the export page (7.1).
- `query`: Free-text filter (order number, payer, ...); sent by one SDK, semantics inferred.
- `start`: First day of the period, `YYYY-MM-DD`.
- `status`: Only payments in these statuses; sent as repeated keys (`status[]=success&status[]=obtained`). Required by the export page (7.1).
```ignore
let response = client.payments_bydate()
    .end(end)
    .from(from)
    .limit(limit)
    .payment_system_id(payment_system_id)
    .query(query)
    .start(start)
    .status(status)
    .send()
    .await;
```*/
    pub fn payments_bydate(&self) -> builder::PaymentsBydate<'_> {
        builder::PaymentsBydate::new(self)
    }
    /**Count payments for a period

Returns the number of payments in a period, grouped by status and by payment system. Only the purpose is documented in the retrieved sources: the parameters are inferred to be those of `payments_bydate` without `from` / `limit`, and the answer is decoded as free-form JSON (possibly shaped like the invoice count, `statuses` + `fullcount`).

Sends a `GET` request to `/info/payments/bydatecount/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD` (inferred).
- `payment_system_id`: Only payments through these payment systems; repeated keys (inferred).
- `start`: First day of the period, `YYYY-MM-DD` (inferred).
- `status`: Only payments in these statuses; repeated keys (inferred).
```ignore
let response = client.payments_bydatecount()
    .end(end)
    .payment_system_id(payment_system_id)
    .start(start)
    .status(status)
    .send()
    .await;
```*/
    pub fn payments_bydatecount(&self) -> builder::PaymentsBydatecount<'_> {
        builder::PaymentsBydatecount::new(self)
    }
    /**Get one payment

Returns one payment by its PayKeeper id (the number shown in the first column of the cabinet, and `id` in the payment notification), with the display names of its payment system. `advanced=true` asks for additional fields (which ones is not documented). The official example iterates the answer as an array of one object; the decoding accepts that and a bare object (`PaymentOne`).

Sends a `GET` request to `/info/payments/byid/`

Arguments:
- `advanced`: `true` = include additional fields (sent by one SDK; their names are not documented).
- `id`: PayKeeper payment id.
```ignore
let response = client.payment_byid()
    .advanced(advanced)
    .id(id)
    .send()
    .await;
```*/
    pub fn payment_byid(&self) -> builder::PaymentByid<'_> {
        builder::PaymentByid::new(self)
    }
    /**Additional options of a payment

Returns additional options stored with a payment, as an object with upper-case keys. The only key known from the sources is `CARD_NUMBER` (the masked card number); every other key is kept as free-form JSON.

Sends a `GET` request to `/info/options/byid/`

Arguments:
- `id`: PayKeeper payment id.
```ignore
let response = client.payment_options_byid()
    .id(id)
    .send()
    .await;
```*/
    pub fn payment_options_byid(&self) -> builder::PaymentOptionsByid<'_> {
        builder::PaymentOptionsByid::new(self)
    }
    /**Search payments

Finds payments whose fields contain `query` (an order number, a payer name, ...) created between `beg_date` and `end_date`. Note the date parameter names differ from the register (`beg_date` / `end_date`, not `start` / `end`). One SDK treats a `fail` answer as "nothing found"; the client reports it as a provider error.

Sends a `GET` request to `/info/payments/search/`

Arguments:
- `beg_date`: First day of the search period, `YYYY-MM-DD`.
- `end_date`: Last day of the search period, `YYYY-MM-DD`.
- `query`: Text to look for (substring), e.g. the merchant's order number.
```ignore
let response = client.payments_search()
    .beg_date(beg_date)
    .end_date(end_date)
    .query(query)
    .send()
    .await;
```*/
    pub fn payments_search(&self) -> builder::PaymentsSearch<'_> {
        builder::PaymentsSearch::new(self)
    }
    /**Refunds of a payment

Returns every refund made on a payment: its sequence number within the payment, the cabinet user who made it, the refunded amount, what remains refundable on the payment, when, and its status (`started`, `done`, `failed`). A payment without refunds gives `[]`.

Sends a `GET` request to `/info/refunds/bypaymentid/`

Arguments:
- `id`: PayKeeper payment id.
```ignore
let response = client.refunds_bypaymentid()
    .id(id)
    .send()
    .await;
```*/
    pub fn refunds_bypaymentid(&self) -> builder::RefundsBypaymentid<'_> {
        builder::RefundsBypaymentid::new(self)
    }
    /**Refund a payment (full or partial)

Returns money to the payer: the whole payment (`partial=false`, `amount` = the payment amount) or part of it (`partial=true`). `id` is the **payment** id, not the invoice id. `amount` is written with a dot and no spaces (`"1205.98"`). For merchants that send 54-FZ receipts, `refund_cart` carries the receipt lines of the refund (a JSON document, see `RefundCartField`). Also used to cancel a held (two-stage) payment. A payment that is not in status "совершён" (`success`) is refused with a `fail` envelope ("Нельзя сделать возврат по платежу, статус которого не "совершён"..."). One integration also sends `sbp_refund_to` for SBP refunds; it is undocumented and not declared here.

Sends a `POST` request to `/change/payment/reverse/`

```ignore
let response = client.payment_reverse()
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_reverse(&self) -> builder::PaymentReverse<'_> {
        builder::PaymentReverse::new(self)
    }
    /**Capture a held payment

Charges a payment that was only authorised (two-stage scheme, "холдирование"): the held amount is debited from the payer. Every source sends only the payment `id`; whether the official page also allows a smaller amount is not known, so no `amount` is declared. To release a hold instead, use `payment_reverse`.

Sends a `POST` request to `/change/payment/capture/`

```ignore
let response = client.payment_capture()
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_capture(&self) -> builder::PaymentCapture<'_> {
        builder::PaymentCapture::new(self)
    }
    /**Reset the notification counter of a payment

Resets the payment's notification counter (`repeat_counter`) so that PayKeeper sends its POST notification again; useful for payments left in status `stuck` ("done without notification") after the merchant's endpoint failed. The body `id` is inferred (the only source names the method, not its fields).

Sends a `POST` request to `/change/payment/repeatcnt/`

```ignore
let response = client.payment_repeatcnt()
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_repeatcnt(&self) -> builder::PaymentRepeatcnt<'_> {
        builder::PaymentRepeatcnt::new(self)
    }
    /**Issue the final-settlement receipt of a payment

Asks PayKeeper to issue the 54-FZ final-settlement receipt (чек окончательного расчёта) for a payment that was taken as a prepayment. Answers with the id of the receipt request.

Sends a `POST` request to `/change/payment/post-sale-receipt/`

```ignore
let response = client.payment_post_sale_receipt()
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_post_sale_receipt(&self) -> builder::PaymentPostSaleReceipt<'_> {
        builder::PaymentPostSaleReceipt::new(self)
    }
    /**Get one invoice

Returns an invoice by its number: status, amount, payer data, expiry / creation / payment datetimes, the cabinet user who issued it and the payment that paid it. The official example shows an array with one object while the SDKs read a bare object; both are accepted (`InvoiceOne`). An unknown number gives the `fail` envelope "Счёт не найден.".

Sends a `GET` request to `/info/invoice/byid/`

Arguments:
- `id`: Invoice number (a string of digits 0-9).
```ignore
let response = client.invoice_byid()
    .id(id)
    .send()
    .await;
```*/
    pub fn invoice_byid(&self) -> builder::InvoiceByid<'_> {
        builder::InvoiceByid::new(self)
    }
    /**Invoice history for a period

Returns the invoices issued in a period, newest first, optionally only those in the given statuses (`sent`, `paid`, `expired`; invoices in the service status `created` never appear). `from` skips that many results and `limit` caps the page, for table display. A page past the end is an empty array: the seed's example request finds the paid invoices issued from 15 to 25 April 2014, skips the first 30 and returns the next 10, or `[]` if there are fewer than 30.

Sends a `GET` request to `/info/invoice/list/`

Arguments:
- `end_date`: Only invoices issued before this date, `YYYY-MM-DD`.
- `from`: Skip this many results at the start of the selection.
- `limit`: Return at most this many results.
- `start_date`: Only invoices issued after this date, `YYYY-MM-DD`.
- `status`: Only invoices in these statuses, repeated keys (`status[]=paid&status[]=sent`). The page lists `sent`, `paid`, `expired` as accepted values.
```ignore
let response = client.invoice_list()
    .end_date(end_date)
    .from(from)
    .limit(limit)
    .start_date(start_date)
    .status(status)
    .send()
    .await;
```*/
    pub fn invoice_list(&self) -> builder::InvoiceList<'_> {
        builder::InvoiceList::new(self)
    }
    /**Count invoices for a period

Returns the number of invoices issued in a period, per status (`sent`, `paid`, `expired`) and in total, optionally counting only the given statuses. Counts arrive as strings (`"7"`).

Sends a `GET` request to `/info/invoice/listcount/`

Arguments:
- `end_date`: Only invoices issued before this date, `YYYY-MM-DD`.
- `start_date`: Only invoices issued after this date, `YYYY-MM-DD`.
- `status`: Count only invoices in these statuses, repeated keys. The page lists `sent`, `paid`, `expired` as accepted values.
```ignore
let response = client.invoice_listcount()
    .end_date(end_date)
    .start_date(start_date)
    .status(status)
    .send()
    .await;
```*/
    pub fn invoice_listcount(&self) -> builder::InvoiceListcount<'_> {
        builder::InvoiceListcount::new(self)
    }
    /**Create an invoice (with e-mail preview)

Creates an invoice from the given payment data and returns its number (`invoice_id`),
its payment page (`invoice_url`) and the HTML of the invoice e-mail for preview
(`invoice`). The new invoice gets the service status `created` (not listed by
`invoice_list`) until it is sent with `invoice_send`. The payment link can be handed to
the payer through any channel (e-mail, messengers, SMS).

`service_name` is either the plain service name or a JSON document
(`InvoiceServiceName`, table 3.4.2) carrying the 54-FZ receipt `cart`, extra receipt
properties, the payment page language, a `user_result_callback` and the displayed
service name (`ServiceNameField`).

Payment-page options (not API parameters): append `?pstype=<payment system>` to the
invoice URL to preselect a payment method, e.g. `?pstype=sbp_default` for the SBP QR
code, and add `&returnFormat=json` to get the QR-code contents as JSON instead of the
page (`https://<server>/bill/<invoice_id>?pstype=sbp_default&returnFormat=json`).


Sends a `POST` request to `/change/invoice/preview/`

```ignore
let response = client.invoice_preview()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_preview(&self) -> builder::InvoicePreview<'_> {
        builder::InvoicePreview::new(self)
    }
    /**Send an invoice to the payer

E-mails the invoice created by `invoice_preview` to the payer (`client_email`); the invoice then has status `sent`. Answers `{"result": "success"}`, or a `fail` envelope when the e-mail could not be sent.

Sends a `POST` request to `/change/invoice/send/`

```ignore
let response = client.invoice_send()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_send(&self) -> builder::InvoiceSend<'_> {
        builder::InvoiceSend::new(self)
    }
    /**Cancel an invoice

Cancels (revokes) an invoice created earlier, so it can no longer be paid.

Sends a `POST` request to `/change/invoice/revoke/`

```ignore
let response = client.invoice_revoke()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_revoke(&self) -> builder::InvoiceRevoke<'_> {
        builder::InvoiceRevoke::new(self)
    }
    /**Mark an invoice as paid in cash

Records that an invoice was paid in cash: PayKeeper creates a payment for it and returns that payment. Note the invoice is named by `invoice_id` here (not `id` as in send / revoke). `client_phone` (optional) is the payer's phone.

Sends a `POST` request to `/change/invoice/accept-cash/`

```ignore
let response = client.invoice_accept_cash()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_accept_cash(&self) -> builder::InvoiceAcceptCash<'_> {
        builder::InvoiceAcceptCash::new(self)
    }
    /**Settings of the current cabinet user

Returns the settings of the user whose Basic credentials made the call: among them the user's name and whether the user may make refunds. The field names were not retrieved; the answer is decoded as free-form JSON.

Sends a `GET` request to `/info/user/settings/`

```ignore
let response = client.user_settings()
    .send()
    .await;
```*/
    pub fn user_settings(&self) -> builder::UserSettings<'_> {
        builder::UserSettings::new(self)
    }
    /**Last cabinet visit of the current user

Returns when the current user last visited the personal cabinet. The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/user/lastvisit/`

```ignore
let response = client.user_lastvisit()
    .send()
    .await;
```*/
    pub fn user_lastvisit(&self) -> builder::UserLastvisit<'_> {
        builder::UserLastvisit::new(self)
    }
    /**System settings of the organisation

Returns the merchant's system settings (notification mode and URL, return URLs, ...; the names accepted by `organization_setting_change` are the known ones). The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/organization/settings/`

```ignore
let response = client.organization_settings()
    .send()
    .await;
```*/
    pub fn organization_settings(&self) -> builder::OrganizationSettings<'_> {
        builder::OrganizationSettings::new(self)
    }
    /**Info-block message of the cabinet

Returns the message shown in the information block of the personal cabinet. The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/organization/notifications/`

```ignore
let response = client.organization_notifications()
    .send()
    .await;
```*/
    pub fn organization_notifications(&self) -> builder::OrganizationNotifications<'_> {
        builder::OrganizationNotifications::new(self)
    }
    /**Fields of the payment form, payments and invoices

Returns the list of fields used in the payment form, in payments and in invoices (the fields `organization_formfield_change` edits). The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/organization/fields/`

```ignore
let response = client.organization_fields()
    .send()
    .await;
```*/
    pub fn organization_fields(&self) -> builder::OrganizationFields<'_> {
        builder::OrganizationFields::new(self)
    }
    /**Report mailing list

Returns the e-mail addresses that receive the notifications about accepted payments (the list `organization_reportemail_add` / `_delete` change). The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/organization/reportemails/`

```ignore
let response = client.organization_reportemails()
    .send()
    .await;
```*/
    pub fn organization_reportemails(&self) -> builder::OrganizationReportemails<'_> {
        builder::OrganizationReportemails::new(self)
    }
    /**Cabinet users and their settings

Returns the users of the merchant's personal cabinet with their settings. The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/organization/users/`

```ignore
let response = client.organization_users()
    .send()
    .await;
```*/
    pub fn organization_users(&self) -> builder::OrganizationUsers<'_> {
        builder::OrganizationUsers::new(self)
    }
    /**Enabled payment-system buttons

Returns which payment-system buttons are enabled on the payment form. The answer shape was not retrieved; it is decoded as free-form JSON.

Sends a `GET` request to `/info/organization/enabledbuttons/`

```ignore
let response = client.organization_enabledbuttons()
    .send()
    .await;
```*/
    pub fn organization_enabledbuttons(
        &self,
    ) -> builder::OrganizationEnabledbuttons<'_> {
        builder::OrganizationEnabledbuttons::new(self)
    }
    /**Change an organisation setting

Sets the PayKeeper setting `name` to `value`; an empty `value` leaves the setting unchanged. Known names: `informer_type` (how payment notifications are delivered: `post` or `email`), `informer_url` (the URL the POST notification goes to), `informer_seed` (the secret word that signs notifications), `success_url` and `fail_url` (where the payer returns after a successful / failed payment). Other names exist but were not retrieved.

Sends a `POST` request to `/change/organization/setting/`

```ignore
let response = client.organization_setting_change()
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_setting_change(&self) -> builder::OrganizationSettingChange<'_> {
        builder::OrganizationSettingChange::new(self)
    }
    /**Change a payment-form field

Adds or changes a field of the payment form. The official parameter table was not retrieved: the fields below are the ones a Python integration sends (field key `pk_name`, label, placeholder, type, order, required / enabled switches); whether others exist is unknown. The semantics are inferred from the names.

Sends a `POST` request to `/change/organization/formfield/`

```ignore
let response = client.organization_formfield_change()
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_formfield_change(
        &self,
    ) -> builder::OrganizationFormfieldChange<'_> {
        builder::OrganizationFormfieldChange::new(self)
    }
    /**Add an address to the report mailing list

Adds an e-mail address to the list that receives notifications about accepted payments. This is the worked example of the official token page, whose code was not retrieved: the field name `email` is inferred; other fields are unknown.

Sends a `POST` request to `/change/organization/addreportemail/`

```ignore
let response = client.organization_reportemail_add()
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_reportemail_add(
        &self,
    ) -> builder::OrganizationReportemailAdd<'_> {
        builder::OrganizationReportemailAdd::new(self)
    }
    /**Remove an address from the report mailing list

Removes an e-mail address from the list that receives notifications about accepted payments. The field name `email` is inferred (mirroring 5.3); other fields are unknown.

Sends a `POST` request to `/change/organization/deletereportemail/`

```ignore
let response = client.organization_reportemail_delete()
    .body(body)
    .send()
    .await;
```*/
    pub fn organization_reportemail_delete(
        &self,
    ) -> builder::OrganizationReportemailDelete<'_> {
        builder::OrganizationReportemailDelete::new(self)
    }
    /**Add a cabinet user

Creates a user of the merchant's personal cabinet. The parameter table was not retrieved: `login`, `password`, `name` and `email` are inferred (no source names them) and the names of the permission settings are unknown.

Sends a `POST` request to `/change/user/add/`

```ignore
let response = client.user_add()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_add(&self) -> builder::UserAdd<'_> {
        builder::UserAdd::new(self)
    }
    /**Change a cabinet user

Changes an existing user of the personal cabinet. The parameter table was not retrieved: the user is assumed to be named by `login`, and `password`, `name`, `email` are inferred; the names of the permission settings are unknown.

Sends a `POST` request to `/change/user/update/`

```ignore
let response = client.user_update()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_update(&self) -> builder::UserUpdate<'_> {
        builder::UserUpdate::new(self)
    }
    /**Delete a cabinet user

Deletes a user of the personal cabinet. The parameter table was not retrieved: the user is assumed to be named by `login` (inferred); other fields are unknown.

Sends a `POST` request to `/change/user/delete/`

```ignore
let response = client.user_delete()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_delete(&self) -> builder::UserDelete<'_> {
        builder::UserDelete::new(self)
    }
    /**Get the security token

Returns the security token (CSRF token) that every POST must carry in its `token` form field. It changes once every 24 hours. The client calls this itself (lazily, cached, refetched once on "Токен безопасности не верен."); callers rarely need it. One revision of the official page and a white-label mirror show the answer as an array of one object (`[{"token": "..."}]`), another revision and every SDK an object; both are accepted (`TokenAnswer`).

Sends a `GET` request to `/info/settings/token/`

```ignore
let response = client.token_get()
    .send()
    .await;
```*/
    pub fn token_get(&self) -> builder::TokenGet<'_> {
        builder::TokenGet::new(self)
    }
    /**Export the payment register as .xlsx

Downloads the payment register of a period as an Excel file, with the filters of `payments_bydate`. The page marks `payment_system_id[]`, `status[]` and `from` as required; `type` accepts only `xlsx`. The answer is the file itself, returned as a byte stream (a refusal may still come as the JSON `FailEnvelope`).

Sends a `GET` request to `/export/payments/`

Arguments:
- `end`: Last day of the period, `YYYY-MM-DD`.
- `from`: Skip this many payments at the start of the selection.
- `limit`: Export at most this many payments.
- `payment_system_id`: Only payments through these payment systems (ids from `systems_list`); repeated keys.
- `start`: First day of the period, `YYYY-MM-DD`.
- `status`: Only payments in these statuses; repeated keys.
- `type_`: File format; only `xlsx` is documented.
```ignore
let response = client.export_payments()
    .end(end)
    .from(from)
    .limit(limit)
    .payment_system_id(payment_system_id)
    .start(start)
    .status(status)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn export_payments(&self) -> builder::ExportPayments<'_> {
        builder::ExportPayments::new(self)
    }
    /**Export the invoice history as .xlsx

Downloads the invoice history as an Excel file. The parameters were not retrieved: `type` is inferred from 7.1, `status[]`, `start_date` and `end_date` from `invoice_list`; others are unknown. The answer is the file itself, returned as a byte stream.

Sends a `GET` request to `/export/invoices/`

Arguments:
- `end_date`: Only invoices issued before this date, `YYYY-MM-DD` (inferred from 3.2).
- `start_date`: Only invoices issued after this date, `YYYY-MM-DD` (inferred from 3.2).
- `status`: Only invoices in these statuses; repeated keys (inferred from 3.2).
- `type_`: File format, `xlsx` (inferred from 7.1).
```ignore
let response = client.export_invoices()
    .end_date(end_date)
    .start_date(start_date)
    .status(status)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn export_invoices(&self) -> builder::ExportInvoices<'_> {
        builder::ExportInvoices::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::systems_list`]

[`Client::systems_list`]: super::Client::systems_list*/
    #[derive(Debug, Clone)]
    pub struct SystemsList<'a> {
        client: &'a super::Client,
    }
    impl<'a> SystemsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/systems/list/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                ::payspec::LenientList<crate::generated::types::PaymentSystem>,
            >,
            Error<()>,
        > {
            let Self { client } = self;
            let url = format!("{}/info/systems/list/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "systems_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::systems_sums`]

[`Client::systems_sums`]: super::Client::systems_sums*/
    #[derive(Debug, Clone)]
    pub struct SystemsSums<'a> {
        client: &'a super::Client,
        end: Result<::std::string::String, String>,
        start: Result<::std::string::String, String>,
    }
    impl<'a> SystemsSums<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Err("end was not initialized".to_string()),
                start: Err("start was not initialized".to_string()),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/systems/sums/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::LenientList<crate::generated::types::SystemSum>>,
            Error<()>,
        > {
            let Self { client, end, start } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/systems/sums/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(&progenitor_client::QueryParam::new("start", &start))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "systems_sums",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::systems_sums_details`]

[`Client::systems_sums_details`]: super::Client::systems_sums_details*/
    #[derive(Debug, Clone)]
    pub struct SystemsSumsDetails<'a> {
        client: &'a super::Client,
        end: Result<Option<::std::string::String>, String>,
        start: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SystemsSumsDetails<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Ok(None),
                start: Ok(None),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/systems/sums/details/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SystemSumsDetails>, Error<()>> {
            let Self { client, end, start } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/systems/sums/details/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(&progenitor_client::QueryParam::new("start", &start))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "systems_sums_details",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::systems_allsum`]

[`Client::systems_allsum`]: super::Client::systems_allsum*/
    #[derive(Debug, Clone)]
    pub struct SystemsAllsum<'a> {
        client: &'a super::Client,
        end: Result<Option<::std::string::String>, String>,
        start: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SystemsAllsum<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Ok(None),
                start: Ok(None),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/systems/allsum/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SystemsAllSum>, Error<()>> {
            let Self { client, end, start } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/systems/allsum/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(&progenitor_client::QueryParam::new("start", &start))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "systems_allsum",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::errors_total`]

[`Client::errors_total`]: super::Client::errors_total*/
    #[derive(Debug, Clone)]
    pub struct ErrorsTotal<'a> {
        client: &'a super::Client,
    }
    impl<'a> ErrorsTotal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/errors/total/`
        pub async fn send(self) -> Result<ResponseValue<types::ErrorsTotal>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/errors/total/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "errors_total",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::errors_bydate`]

[`Client::errors_bydate`]: super::Client::errors_bydate*/
    #[derive(Debug, Clone)]
    pub struct ErrorsBydate<'a> {
        client: &'a super::Client,
        end: Result<Option<::std::string::String>, String>,
        start: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ErrorsBydate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Ok(None),
                start: Ok(None),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/errors/bydate/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ErrorsByDate>, Error<()>> {
            let Self { client, end, start } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/errors/bydate/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(&progenitor_client::QueryParam::new("start", &start))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "errors_bydate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payments_bydate`]

[`Client::payments_bydate`]: super::Client::payments_bydate*/
    #[derive(Debug, Clone)]
    pub struct PaymentsBydate<'a> {
        client: &'a super::Client,
        end: Result<::std::string::String, String>,
        from: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        payment_system_id: Result<Option<::std::vec::Vec<i64>>, String>,
        query: Result<Option<::std::string::String>, String>,
        start: Result<::std::string::String, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::PaymentStatus>>,
            String,
        >,
    }
    impl<'a> PaymentsBydate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Err("end was not initialized".to_string()),
                from: Ok(None),
                limit: Ok(None),
                payment_system_id: Ok(None),
                query: Ok(None),
                start: Err("start was not initialized".to_string()),
                status: Ok(None),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for from failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn payment_system_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<i64>>,
        {
            self.payment_system_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < i64 >` for payment_system_id failed"
                        .to_string()
                });
            self
        }
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::PaymentStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: PaymentStatus >` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/payments/bydate/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::LenientList<crate::generated::types::Payment>>,
            Error<()>,
        > {
            let Self {
                client,
                end,
                from,
                limit,
                payment_system_id,
                query,
                start,
                status,
            } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let payment_system_id = payment_system_id.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/payments/bydate/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "payment_system_id[]",
                        &payment_system_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("query", &query))
                .query(&progenitor_client::QueryParam::new("start", &start))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payments_bydate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payments_bydatecount`]

[`Client::payments_bydatecount`]: super::Client::payments_bydatecount*/
    #[derive(Debug, Clone)]
    pub struct PaymentsBydatecount<'a> {
        client: &'a super::Client,
        end: Result<Option<::std::string::String>, String>,
        payment_system_id: Result<Option<::std::vec::Vec<i64>>, String>,
        start: Result<Option<::std::string::String>, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::PaymentStatus>>,
            String,
        >,
    }
    impl<'a> PaymentsBydatecount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Ok(None),
                payment_system_id: Ok(None),
                start: Ok(None),
                status: Ok(None),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn payment_system_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<i64>>,
        {
            self.payment_system_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < i64 >` for payment_system_id failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::PaymentStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: PaymentStatus >` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/payments/bydatecount/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentCount>, Error<()>> {
            let Self { client, end, payment_system_id, start, status } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let payment_system_id = payment_system_id.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/payments/bydatecount/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(
                    &progenitor_client::QueryParam::new(
                        "payment_system_id[]",
                        &payment_system_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start", &start))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payments_bydatecount",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payment_byid`]

[`Client::payment_byid`]: super::Client::payment_byid*/
    #[derive(Debug, Clone)]
    pub struct PaymentByid<'a> {
        client: &'a super::Client,
        advanced: Result<Option<bool>, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> PaymentByid<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                advanced: Ok(None),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn advanced<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.advanced = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for advanced failed".to_string());
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/payments/byid/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::Single<crate::generated::types::Payment>>,
            Error<()>,
        > {
            let Self { client, advanced, id } = self;
            let advanced = advanced.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/payments/byid/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("advanced", &advanced))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_byid",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payment_options_byid`]

[`Client::payment_options_byid`]: super::Client::payment_options_byid*/
    #[derive(Debug, Clone)]
    pub struct PaymentOptionsByid<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> PaymentOptionsByid<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/options/byid/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentOptions>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/options/byid/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_options_byid",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payments_search`]

[`Client::payments_search`]: super::Client::payments_search*/
    #[derive(Debug, Clone)]
    pub struct PaymentsSearch<'a> {
        client: &'a super::Client,
        beg_date: Result<Option<::std::string::String>, String>,
        end_date: Result<Option<::std::string::String>, String>,
        query: Result<::std::string::String, String>,
    }
    impl<'a> PaymentsSearch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                beg_date: Ok(None),
                end_date: Ok(None),
                query: Err("query was not initialized".to_string()),
            }
        }
        pub fn beg_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.beg_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for beg_date failed"
                        .to_string()
                });
            self
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/payments/search/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::LenientList<crate::generated::types::Payment>>,
            Error<()>,
        > {
            let Self { client, beg_date, end_date, query } = self;
            let beg_date = beg_date.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/payments/search/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("beg_date", &beg_date))
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payments_search",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refunds_bypaymentid`]

[`Client::refunds_bypaymentid`]: super::Client::refunds_bypaymentid*/
    #[derive(Debug, Clone)]
    pub struct RefundsBypaymentid<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> RefundsBypaymentid<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/refunds/bypaymentid/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::LenientList<crate::generated::types::Refund>>,
            Error<()>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/refunds/bypaymentid/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refunds_bypaymentid",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payment_reverse`]

[`Client::payment_reverse`]: super::Client::payment_reverse*/
    #[derive(Debug, Clone)]
    pub struct PaymentReverse<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PaymentReverseRequest, String>,
    }
    impl<'a> PaymentReverse<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentReverseRequest>,
            <V as std::convert::TryInto<
                types::PaymentReverseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PaymentReverseRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentReverseRequest,
            ) -> types::builder::PaymentReverseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/payment/reverse/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PaymentReverseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/payment/reverse/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_reverse",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payment_capture`]

[`Client::payment_capture`]: super::Client::payment_capture*/
    #[derive(Debug, Clone)]
    pub struct PaymentCapture<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PaymentIdRequest, String>,
    }
    impl<'a> PaymentCapture<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentIdRequest>,
            <V as std::convert::TryInto<
                types::PaymentIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PaymentIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentIdRequest,
            ) -> types::builder::PaymentIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/payment/capture/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PaymentIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/payment/capture/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_capture",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payment_repeatcnt`]

[`Client::payment_repeatcnt`]: super::Client::payment_repeatcnt*/
    #[derive(Debug, Clone)]
    pub struct PaymentRepeatcnt<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PaymentIdRequest, String>,
    }
    impl<'a> PaymentRepeatcnt<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentIdRequest>,
            <V as std::convert::TryInto<
                types::PaymentIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PaymentIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentIdRequest,
            ) -> types::builder::PaymentIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/payment/repeatcnt/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PaymentIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/payment/repeatcnt/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_repeatcnt",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::payment_post_sale_receipt`]

[`Client::payment_post_sale_receipt`]: super::Client::payment_post_sale_receipt*/
    #[derive(Debug, Clone)]
    pub struct PaymentPostSaleReceipt<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PaymentIdRequest, String>,
    }
    impl<'a> PaymentPostSaleReceipt<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PaymentIdRequest>,
            <V as std::convert::TryInto<
                types::PaymentIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PaymentIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PaymentIdRequest,
            ) -> types::builder::PaymentIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/payment/post-sale-receipt/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PostSaleReceiptResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PaymentIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/payment/post-sale-receipt/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_post_sale_receipt",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_byid`]

[`Client::invoice_byid`]: super::Client::invoice_byid*/
    #[derive(Debug, Clone)]
    pub struct InvoiceByid<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> InvoiceByid<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/invoice/byid/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::Single<crate::generated::types::Invoice>>,
            Error<()>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/invoice/byid/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_byid",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_list`]

[`Client::invoice_list`]: super::Client::invoice_list*/
    #[derive(Debug, Clone)]
    pub struct InvoiceList<'a> {
        client: &'a super::Client,
        end_date: Result<Option<::std::string::String>, String>,
        from: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        start_date: Result<Option<::std::string::String>, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::InvoiceStatus>>,
            String,
        >,
    }
    impl<'a> InvoiceList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end_date: Ok(None),
                from: Ok(None),
                limit: Ok(None),
                start_date: Ok(None),
                status: Ok(None),
            }
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for from failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_date failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::InvoiceStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: InvoiceStatus >` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/invoice/list/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::LenientList<crate::generated::types::Invoice>>,
            Error<()>,
        > {
            let Self { client, end_date, from, limit, start_date, status } = self;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/invoice/list/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_listcount`]

[`Client::invoice_listcount`]: super::Client::invoice_listcount*/
    #[derive(Debug, Clone)]
    pub struct InvoiceListcount<'a> {
        client: &'a super::Client,
        end_date: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::std::string::String>, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::InvoiceStatus>>,
            String,
        >,
    }
    impl<'a> InvoiceListcount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end_date: Ok(None),
                start_date: Ok(None),
                status: Ok(None),
            }
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_date failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::InvoiceStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: InvoiceStatus >` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/info/invoice/listcount/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvoiceCount>, Error<()>> {
            let Self { client, end_date, start_date, status } = self;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/info/invoice/listcount/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_listcount",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_preview`]

[`Client::invoice_preview`]: super::Client::invoice_preview*/
    #[derive(Debug, Clone)]
    pub struct InvoicePreview<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoicePreviewRequest, String>,
    }
    impl<'a> InvoicePreview<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InvoicePreviewRequest>,
            <V as std::convert::TryInto<
                types::InvoicePreviewRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `InvoicePreviewRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InvoicePreviewRequest,
            ) -> types::builder::InvoicePreviewRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/invoice/preview/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvoicePreview>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoicePreviewRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/invoice/preview/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_preview",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_send`]

[`Client::invoice_send`]: super::Client::invoice_send*/
    #[derive(Debug, Clone)]
    pub struct InvoiceSend<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoiceIdRequest, String>,
    }
    impl<'a> InvoiceSend<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InvoiceIdRequest>,
            <V as std::convert::TryInto<
                types::InvoiceIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InvoiceIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InvoiceIdRequest,
            ) -> types::builder::InvoiceIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/invoice/send/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoiceIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/invoice/send/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_send",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_revoke`]

[`Client::invoice_revoke`]: super::Client::invoice_revoke*/
    #[derive(Debug, Clone)]
    pub struct InvoiceRevoke<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoiceIdRequest, String>,
    }
    impl<'a> InvoiceRevoke<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InvoiceIdRequest>,
            <V as std::convert::TryInto<
                types::InvoiceIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InvoiceIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InvoiceIdRequest,
            ) -> types::builder::InvoiceIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/invoice/revoke/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoiceIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/invoice/revoke/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_revoke",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_accept_cash`]

[`Client::invoice_accept_cash`]: super::Client::invoice_accept_cash*/
    #[derive(Debug, Clone)]
    pub struct InvoiceAcceptCash<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoiceAcceptCashRequest, String>,
    }
    impl<'a> InvoiceAcceptCash<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InvoiceAcceptCashRequest>,
            <V as std::convert::TryInto<
                types::InvoiceAcceptCashRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `InvoiceAcceptCashRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InvoiceAcceptCashRequest,
            ) -> types::builder::InvoiceAcceptCashRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/invoice/accept-cash/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvoiceAcceptCashResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoiceAcceptCashRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/invoice/accept-cash/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_accept_cash",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_settings`]

[`Client::user_settings`]: super::Client::user_settings*/
    #[derive(Debug, Clone)]
    pub struct UserSettings<'a> {
        client: &'a super::Client,
    }
    impl<'a> UserSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/user/settings/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserSettings>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/user/settings/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_settings",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_lastvisit`]

[`Client::user_lastvisit`]: super::Client::user_lastvisit*/
    #[derive(Debug, Clone)]
    pub struct UserLastvisit<'a> {
        client: &'a super::Client,
    }
    impl<'a> UserLastvisit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/user/lastvisit/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserLastVisit>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/user/lastvisit/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_lastvisit",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_settings`]

[`Client::organization_settings`]: super::Client::organization_settings*/
    #[derive(Debug, Clone)]
    pub struct OrganizationSettings<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/organization/settings/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationSettings>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/organization/settings/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_settings",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_notifications`]

[`Client::organization_notifications`]: super::Client::organization_notifications*/
    #[derive(Debug, Clone)]
    pub struct OrganizationNotifications<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationNotifications<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/organization/notifications/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationNotifications>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/organization/notifications/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_notifications",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_fields`]

[`Client::organization_fields`]: super::Client::organization_fields*/
    #[derive(Debug, Clone)]
    pub struct OrganizationFields<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationFields<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/organization/fields/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationFields>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/organization/fields/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_fields",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_reportemails`]

[`Client::organization_reportemails`]: super::Client::organization_reportemails*/
    #[derive(Debug, Clone)]
    pub struct OrganizationReportemails<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationReportemails<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/organization/reportemails/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationReportEmails>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/organization/reportemails/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_reportemails",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_users`]

[`Client::organization_users`]: super::Client::organization_users*/
    #[derive(Debug, Clone)]
    pub struct OrganizationUsers<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/organization/users/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationUsers>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/organization/users/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_enabledbuttons`]

[`Client::organization_enabledbuttons`]: super::Client::organization_enabledbuttons*/
    #[derive(Debug, Clone)]
    pub struct OrganizationEnabledbuttons<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationEnabledbuttons<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/organization/enabledbuttons/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrganizationEnabledButtons>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/info/organization/enabledbuttons/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_enabledbuttons",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_setting_change`]

[`Client::organization_setting_change`]: super::Client::organization_setting_change*/
    #[derive(Debug, Clone)]
    pub struct OrganizationSettingChange<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationSettingRequest, String>,
    }
    impl<'a> OrganizationSettingChange<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationSettingRequest>,
            <V as std::convert::TryInto<
                types::OrganizationSettingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationSettingRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationSettingRequest,
            ) -> types::builder::OrganizationSettingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/organization/setting/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationSettingRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/organization/setting/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_setting_change",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_formfield_change`]

[`Client::organization_formfield_change`]: super::Client::organization_formfield_change*/
    #[derive(Debug, Clone)]
    pub struct OrganizationFormfieldChange<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationFormfieldRequest, String>,
    }
    impl<'a> OrganizationFormfieldChange<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationFormfieldRequest>,
            <V as std::convert::TryInto<
                types::OrganizationFormfieldRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationFormfieldRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationFormfieldRequest,
            ) -> types::builder::OrganizationFormfieldRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/organization/formfield/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationFormfieldRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/organization/formfield/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_formfield_change",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_reportemail_add`]

[`Client::organization_reportemail_add`]: super::Client::organization_reportemail_add*/
    #[derive(Debug, Clone)]
    pub struct OrganizationReportemailAdd<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportEmailRequest, String>,
    }
    impl<'a> OrganizationReportemailAdd<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportEmailRequest>,
            <V as std::convert::TryInto<
                types::ReportEmailRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ReportEmailRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportEmailRequest,
            ) -> types::builder::ReportEmailRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/organization/addreportemail/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportEmailRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/organization/addreportemail/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_reportemail_add",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::organization_reportemail_delete`]

[`Client::organization_reportemail_delete`]: super::Client::organization_reportemail_delete*/
    #[derive(Debug, Clone)]
    pub struct OrganizationReportemailDelete<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportEmailRequest, String>,
    }
    impl<'a> OrganizationReportemailDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportEmailRequest>,
            <V as std::convert::TryInto<
                types::ReportEmailRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ReportEmailRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportEmailRequest,
            ) -> types::builder::ReportEmailRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/organization/deletereportemail/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportEmailRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/change/organization/deletereportemail/", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_reportemail_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_add`]

[`Client::user_add`]: super::Client::user_add*/
    #[derive(Debug, Clone)]
    pub struct UserAdd<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserAddRequest, String>,
    }
    impl<'a> UserAdd<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserAddRequest>,
            <V as std::convert::TryInto<
                types::UserAddRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserAddRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserAddRequest,
            ) -> types::builder::UserAddRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/user/add/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserAddRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/user/add/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_add",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_update`]

[`Client::user_update`]: super::Client::user_update*/
    #[derive(Debug, Clone)]
    pub struct UserUpdate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserUpdateRequest, String>,
    }
    impl<'a> UserUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserUpdateRequest>,
            <V as std::convert::TryInto<
                types::UserUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserUpdateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserUpdateRequest,
            ) -> types::builder::UserUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/user/update/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/user/update/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_delete`]

[`Client::user_delete`]: super::Client::user_delete*/
    #[derive(Debug, Clone)]
    pub struct UserDelete<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserDeleteRequest, String>,
    }
    impl<'a> UserDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserDeleteRequest>,
            <V as std::convert::TryInto<
                types::UserDeleteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserDeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserDeleteRequest,
            ) -> types::builder::UserDeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change/user/delete/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserDeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change/user/delete/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::token_get`]

[`Client::token_get`]: super::Client::token_get*/
    #[derive(Debug, Clone)]
    pub struct TokenGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> TokenGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/info/settings/token/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::Single<crate::generated::types::Token>>,
            Error<()>,
        > {
            let Self { client } = self;
            let url = format!("{}/info/settings/token/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "token_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::export_payments`]

[`Client::export_payments`]: super::Client::export_payments*/
    #[derive(Debug, Clone)]
    pub struct ExportPayments<'a> {
        client: &'a super::Client,
        end: Result<::std::string::String, String>,
        from: Result<i64, String>,
        limit: Result<Option<i64>, String>,
        payment_system_id: Result<::std::vec::Vec<i64>, String>,
        start: Result<::std::string::String, String>,
        status: Result<::std::vec::Vec<crate::generated::types::PaymentStatus>, String>,
        type_: Result<::std::string::String, String>,
    }
    impl<'a> ExportPayments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end: Err("end was not initialized".to_string()),
                from: Err("from was not initialized".to_string()),
                limit: Ok(None),
                payment_system_id: Err(
                    "payment_system_id was not initialized".to_string(),
                ),
                start: Err("start was not initialized".to_string()),
                status: Err("status was not initialized".to_string()),
                type_: Err("type_ was not initialized".to_string()),
            }
        }
        pub fn end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from = value
                .try_into()
                .map_err(|_| "conversion to `i64` for from failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn payment_system_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<i64>>,
        {
            self.payment_system_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < i64 >` for payment_system_id failed"
                        .to_string()
                });
            self
        }
        pub fn start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::PaymentStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: PaymentStatus >` for status failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/export/payments/`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self {
                client,
                end,
                from,
                limit,
                payment_system_id,
                start,
                status,
                type_,
            } = self;
            let end = end.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let payment_system_id = payment_system_id.map_err(Error::InvalidRequest)?;
            let start = start.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/export/payments/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("end", &end))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "payment_system_id[]",
                        &payment_system_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("start", &start))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "export_payments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::export_invoices`]

[`Client::export_invoices`]: super::Client::export_invoices*/
    #[derive(Debug, Clone)]
    pub struct ExportInvoices<'a> {
        client: &'a super::Client,
        end_date: Result<Option<::std::string::String>, String>,
        start_date: Result<Option<::std::string::String>, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::InvoiceStatus>>,
            String,
        >,
        type_: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ExportInvoices<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                end_date: Ok(None),
                start_date: Ok(None),
                status: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.end_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for end_date failed"
                        .to_string()
                });
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_date failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::InvoiceStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: InvoiceStatus >` for status failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/export/invoices/`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, end_date, start_date, status, type_ } = self;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/export/invoices/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("end_date", &end_date))
                .query(&progenitor_client::QueryParam::new("start_date", &start_date))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "export_invoices",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// Sends the `systems_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SystemsList<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::PaymentSystem>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "systems_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "systems_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `systems_sums` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SystemsSums<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::SystemSum>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "systems_sums",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "systems_sums",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `systems_sums_details` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SystemsSumsDetails<'a> {
        type Output = ::std::result::Result<types::SystemSumsDetails, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "systems_sums_details",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "systems_sums_details",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `systems_allsum` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SystemsAllsum<'a> {
        type Output = ::std::result::Result<types::SystemsAllSum, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "systems_allsum",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "systems_allsum",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `errors_total` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ErrorsTotal<'a> {
        type Output = ::std::result::Result<types::ErrorsTotal, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "errors_total",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "errors_total",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `errors_bydate` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ErrorsBydate<'a> {
        type Output = ::std::result::Result<types::ErrorsByDate, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "errors_bydate",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "errors_bydate",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payments_bydate` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentsBydate<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::Payment>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payments_bydate",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payments_bydate",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payments_bydatecount` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentsBydatecount<'a> {
        type Output = ::std::result::Result<types::PaymentCount, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payments_bydatecount",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payments_bydatecount",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_byid` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentByid<'a> {
        type Output = ::std::result::Result<
            ::payspec::Single<crate::generated::types::Payment>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payment_byid",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_byid",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_options_byid` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentOptionsByid<'a> {
        type Output = ::std::result::Result<types::PaymentOptions, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payment_options_byid",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_options_byid",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payments_search` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentsSearch<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::Payment>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payments_search",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payments_search",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `refunds_bypaymentid` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for RefundsBypaymentid<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::Refund>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "refunds_bypaymentid",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "refunds_bypaymentid",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_reverse` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentReverse<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payment_reverse",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_reverse",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_capture` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentCapture<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payment_capture",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_capture",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_repeatcnt` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentRepeatcnt<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payment_repeatcnt",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_repeatcnt",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_post_sale_receipt` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentPostSaleReceipt<'a> {
        type Output = ::std::result::Result<
            types::PostSaleReceiptResult,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "payment_post_sale_receipt",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_post_sale_receipt",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_byid` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceByid<'a> {
        type Output = ::std::result::Result<
            ::payspec::Single<crate::generated::types::Invoice>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_byid",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_byid",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceList<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::Invoice>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_listcount` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceListcount<'a> {
        type Output = ::std::result::Result<types::InvoiceCount, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_listcount",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_listcount",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_preview` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoicePreview<'a> {
        type Output = ::std::result::Result<types::InvoicePreview, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_preview",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_preview",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_send` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceSend<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_send",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_send",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_revoke` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceRevoke<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_revoke",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_revoke",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_accept_cash` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceAcceptCash<'a> {
        type Output = ::std::result::Result<
            types::InvoiceAcceptCashResult,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "invoice_accept_cash",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_accept_cash",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `user_settings` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for UserSettings<'a> {
        type Output = ::std::result::Result<types::UserSettings, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "user_settings",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "user_settings",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `user_lastvisit` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for UserLastvisit<'a> {
        type Output = ::std::result::Result<types::UserLastVisit, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "user_lastvisit",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "user_lastvisit",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_settings` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationSettings<'a> {
        type Output = ::std::result::Result<
            types::OrganizationSettings,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_settings",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_settings",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_notifications` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationNotifications<'a> {
        type Output = ::std::result::Result<
            types::OrganizationNotifications,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_notifications",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_notifications",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_fields` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationFields<'a> {
        type Output = ::std::result::Result<types::OrganizationFields, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_fields",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_fields",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_reportemails` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationReportemails<'a> {
        type Output = ::std::result::Result<
            types::OrganizationReportEmails,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_reportemails",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_reportemails",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_users` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationUsers<'a> {
        type Output = ::std::result::Result<types::OrganizationUsers, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_users",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_users",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_enabledbuttons` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationEnabledbuttons<'a> {
        type Output = ::std::result::Result<
            types::OrganizationEnabledButtons,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_enabledbuttons",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_enabledbuttons",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_setting_change` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationSettingChange<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_setting_change",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_setting_change",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_formfield_change` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationFormfieldChange<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_formfield_change",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_formfield_change",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_reportemail_add` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationReportemailAdd<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_reportemail_add",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_reportemail_add",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `organization_reportemail_delete` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrganizationReportemailDelete<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "organization_reportemail_delete",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "organization_reportemail_delete",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `user_add` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for UserAdd<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "user_add",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "user_add",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `user_update` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for UserUpdate<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "user_update",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "user_update",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `user_delete` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for UserDelete<'a> {
        type Output = ::std::result::Result<types::ActionResult, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "user_delete",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "user_delete",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `token_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TokenGet<'a> {
        type Output = ::std::result::Result<
            ::payspec::Single<crate::generated::types::Token>,
            ::payspec::Error,
        >;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "token_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "token_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `export_payments` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ExportPayments<'a> {
        type Output = ::std::result::Result<ByteStream, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "export_payments",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "export_payments",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `export_invoices` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ExportInvoices<'a> {
        type Output = ::std::result::Result<ByteStream, ::payspec::Error>;
        type IntoFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<
                    Output = Self::Output,
                > + ::std::marker::Send + 'a,
            >,
        >;
        fn into_future(self) -> Self::IntoFuture {
            use ::progenitor_client::ClientInfo as _;
            let client: &'a super::Client = self.client;
            ::std::boxed::Box::pin(
                ::payspec::hooks::call(
                    client.inner(),
                    "export_invoices",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "export_invoices",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    impl<'a> InvoiceList<'a> {
        /// Every item of every page, fetched lazily: `from` from 0 on (item offset), 1000 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <::payspec::LenientList<
                crate::generated::types::Invoice,
            > as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(1000i64)
        }
        /// Like [`InvoiceList::stream`], with `page_size` items a page (`limit`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <::payspec::LenientList<
                crate::generated::types::Invoice,
            > as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "invoice_list",
                first: 0i64,
                offset: true,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().from(page).limit(page_size);
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_items)
                    })
                },
            )
        }
    }
    impl<'a> PaymentsBydate<'a> {
        /// Every item of every page, fetched lazily: `from` from 0 on (item offset), 1000 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <::payspec::LenientList<
                crate::generated::types::Payment,
            > as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(1000i64)
        }
        /// Like [`PaymentsBydate::stream`], with `page_size` items a page (`limit`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <::payspec::LenientList<
                crate::generated::types::Payment,
            > as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "payments_bydate",
                first: 0i64,
                offset: true,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().from(page).limit(page_size);
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_items)
                    })
                },
            )
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Every operation id of the spec.
pub const OPERATIONS: &[&str] = &[
    "errors_bydate",
    "errors_total",
    "export_invoices",
    "export_payments",
    "invoice_accept_cash",
    "invoice_byid",
    "invoice_list",
    "invoice_listcount",
    "invoice_preview",
    "invoice_revoke",
    "invoice_send",
    "organization_enabledbuttons",
    "organization_fields",
    "organization_formfield_change",
    "organization_notifications",
    "organization_reportemail_add",
    "organization_reportemail_delete",
    "organization_reportemails",
    "organization_setting_change",
    "organization_settings",
    "organization_users",
    "payment_byid",
    "payment_capture",
    "payment_options_byid",
    "payment_post_sale_receipt",
    "payment_repeatcnt",
    "payment_reverse",
    "payments_bydate",
    "payments_bydatecount",
    "payments_search",
    "refunds_bypaymentid",
    "systems_allsum",
    "systems_list",
    "systems_sums",
    "systems_sums_details",
    "token_get",
    "user_add",
    "user_delete",
    "user_lastvisit",
    "user_settings",
    "user_update",
];
/// Decodes `body` as the success answer of `operation` the way the client does; `None`
/// for an unknown operation or one whose answer is not JSON. For fuzzing and tests.
#[doc(hidden)]
pub fn decode_response(
    operation: &str,
    body: &[u8],
) -> Option<::std::result::Result<(), ::serde_json::Error>> {
    match operation {
        "errors_bydate" => {
            Some(::serde_json::from_slice::<types::ErrorsByDate>(body).map(drop))
        }
        "errors_total" => {
            Some(::serde_json::from_slice::<types::ErrorsTotal>(body).map(drop))
        }
        "invoice_accept_cash" => {
            Some(
                ::serde_json::from_slice::<types::InvoiceAcceptCashResult>(body)
                    .map(drop),
            )
        }
        "invoice_byid" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::Single<crate::generated::types::Invoice>,
                >(body)
                    .map(drop),
            )
        }
        "invoice_list" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::Invoice>,
                >(body)
                    .map(drop),
            )
        }
        "invoice_listcount" => {
            Some(::serde_json::from_slice::<types::InvoiceCount>(body).map(drop))
        }
        "invoice_preview" => {
            Some(::serde_json::from_slice::<types::InvoicePreview>(body).map(drop))
        }
        "invoice_revoke" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "invoice_send" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "organization_enabledbuttons" => {
            Some(
                ::serde_json::from_slice::<types::OrganizationEnabledButtons>(body)
                    .map(drop),
            )
        }
        "organization_fields" => {
            Some(::serde_json::from_slice::<types::OrganizationFields>(body).map(drop))
        }
        "organization_formfield_change" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "organization_notifications" => {
            Some(
                ::serde_json::from_slice::<types::OrganizationNotifications>(body)
                    .map(drop),
            )
        }
        "organization_reportemail_add" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "organization_reportemail_delete" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "organization_reportemails" => {
            Some(
                ::serde_json::from_slice::<types::OrganizationReportEmails>(body)
                    .map(drop),
            )
        }
        "organization_setting_change" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "organization_settings" => {
            Some(::serde_json::from_slice::<types::OrganizationSettings>(body).map(drop))
        }
        "organization_users" => {
            Some(::serde_json::from_slice::<types::OrganizationUsers>(body).map(drop))
        }
        "payment_byid" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::Single<crate::generated::types::Payment>,
                >(body)
                    .map(drop),
            )
        }
        "payment_capture" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "payment_options_byid" => {
            Some(::serde_json::from_slice::<types::PaymentOptions>(body).map(drop))
        }
        "payment_post_sale_receipt" => {
            Some(
                ::serde_json::from_slice::<types::PostSaleReceiptResult>(body).map(drop),
            )
        }
        "payment_repeatcnt" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "payment_reverse" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "payments_bydate" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::Payment>,
                >(body)
                    .map(drop),
            )
        }
        "payments_bydatecount" => {
            Some(::serde_json::from_slice::<types::PaymentCount>(body).map(drop))
        }
        "payments_search" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::Payment>,
                >(body)
                    .map(drop),
            )
        }
        "refunds_bypaymentid" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::Refund>,
                >(body)
                    .map(drop),
            )
        }
        "systems_allsum" => {
            Some(::serde_json::from_slice::<types::SystemsAllSum>(body).map(drop))
        }
        "systems_list" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::PaymentSystem>,
                >(body)
                    .map(drop),
            )
        }
        "systems_sums" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::SystemSum>,
                >(body)
                    .map(drop),
            )
        }
        "systems_sums_details" => {
            Some(::serde_json::from_slice::<types::SystemSumsDetails>(body).map(drop))
        }
        "token_get" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::Single<crate::generated::types::Token>,
                >(body)
                    .map(drop),
            )
        }
        "user_add" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "user_delete" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        "user_lastvisit" => {
            Some(::serde_json::from_slice::<types::UserLastVisit>(body).map(drop))
        }
        "user_settings" => {
            Some(::serde_json::from_slice::<types::UserSettings>(body).map(drop))
        }
        "user_update" => {
            Some(::serde_json::from_slice::<types::ActionResult>(body).map(drop))
        }
        _ => None,
    }
}
/// How decoding each type of `mod types` allocates (see `DECODE_COSTS`).
#[allow(non_upper_case_globals)]
pub mod decode_costs {
    use super::types;
    pub static ActionResult: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("captured", &::payspec::envelope::Cost::Scalar),
                ("result", &::payspec::envelope::Cost::Scalar),
                ("total", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CartItem: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("customs_declaration", &::payspec::envelope::Cost::Scalar),
                ("excise", &::payspec::envelope::Cost::Scalar),
                ("item_code", &::payspec::envelope::Cost::Scalar),
                ("item_code_b64", &::payspec::envelope::Cost::Scalar),
                ("item_country", &::payspec::envelope::Cost::Scalar),
                ("item_id", &::payspec::envelope::Cost::Scalar),
                ("item_type", &::payspec::envelope::Cost::Scalar),
                ("items_in_package", &::payspec::envelope::Cost::Scalar),
                ("items_sold_from_package", &::payspec::envelope::Cost::Scalar),
                ("measure", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("payment_type", &::payspec::envelope::Cost::Scalar),
                ("price", &::payspec::envelope::Cost::Scalar),
                ("quantity", &::payspec::envelope::Cost::Scalar),
                ("sum", &::payspec::envelope::Cost::Scalar),
                ("tax", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CashPayment: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("client_email", &::payspec::envelope::Cost::Scalar),
                ("client_phone", &::payspec::envelope::Cost::Scalar),
                ("clientid", &::payspec::envelope::Cost::Scalar),
                ("created_datetime", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("orderid", &::payspec::envelope::Cost::Scalar),
                ("paid_datetime", &::payspec::envelope::Cost::Scalar),
                ("pay_amount", &::payspec::envelope::Cost::Scalar),
                ("service_name", &::payspec::envelope::Cost::Scalar),
                ("status", &PaymentStatus),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ErrorGroup: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error_code", &::payspec::envelope::Cost::Scalar),
                ("total", &::payspec::envelope::Cost::Scalar),
                ("user_description", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ErrorsByDate: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static ErrorsTotal: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("total", &::payspec::envelope::Cost::Scalar),
                (
                    "totalWithGroup",
                    &::payspec::envelope::Cost::List {
                        item: &ErrorGroup,
                        size: ::core::mem::size_of::<
                            crate::generated::types::ErrorGroup,
                        >(),
                        lenient: true,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static FailEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error_code", &::payspec::envelope::Cost::Scalar),
                ("msg", &::payspec::envelope::Cost::Scalar),
                ("result", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static Invoice: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("client_email", &::payspec::envelope::Cost::Scalar),
                ("client_phone", &::payspec::envelope::Cost::Scalar),
                ("clientid", &::payspec::envelope::Cost::Scalar),
                ("created_datetime", &::payspec::envelope::Cost::Scalar),
                ("expiry_datetime", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("orderid", &::payspec::envelope::Cost::Scalar),
                ("paid_datetime", &::payspec::envelope::Cost::Scalar),
                ("pay_amount", &::payspec::envelope::Cost::Scalar),
                ("payment_id", &::payspec::envelope::Cost::Scalar),
                ("paymentid", &::payspec::envelope::Cost::Scalar),
                ("service_name", &::payspec::envelope::Cost::Scalar),
                ("status", &InvoiceStatus),
                ("user_id", &::payspec::envelope::Cost::Scalar),
                ("user_login", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceAcceptCashRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("client_phone", &::payspec::envelope::Cost::Scalar),
                ("invoice_id", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static InvoiceAcceptCashResult: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("payment", &CashPayment),
                ("result", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceCount: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "fullcount",
                    &::payspec::envelope::Cost::List {
                        item: &InvoiceFullCount,
                        size: ::core::mem::size_of::<types::InvoiceFullCount>(),
                        lenient: false,
                    },
                ),
                (
                    "statuses",
                    &::payspec::envelope::Cost::List {
                        item: &InvoiceStatusCount,
                        size: ::core::mem::size_of::<types::InvoiceStatusCount>(),
                        lenient: false,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceFullCount: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("count", &::payspec::envelope::Cost::Scalar)],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceIdRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("id", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static InvoicePreview: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("invoice", &::payspec::envelope::Cost::Scalar),
                ("invoice_id", &::payspec::envelope::Cost::Scalar),
                ("invoice_url", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoicePreviewRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("client_email", &::payspec::envelope::Cost::Scalar),
                ("client_phone", &::payspec::envelope::Cost::Scalar),
                ("clientid", &::payspec::envelope::Cost::Scalar),
                ("expiry", &::payspec::envelope::Cost::Scalar),
                ("orderid", &::payspec::envelope::Cost::Scalar),
                ("pay_amount", &::payspec::envelope::Cost::Scalar),
                (
                    "service_name",
                    &::payspec::envelope::Cost::Json {
                        inner: &InvoiceServiceName,
                    },
                ),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static InvoiceServiceName: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "cart",
                    &::payspec::envelope::Cost::List {
                        item: &CartItem,
                        size: ::core::mem::size_of::<types::CartItem>(),
                        lenient: false,
                    },
                ),
                ("lang", &::payspec::envelope::Cost::Scalar),
                ("receipt_properties", &ReceiptProperties),
                ("service_name", &::payspec::envelope::Cost::Scalar),
                ("user_result_callback", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static InvoiceStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static InvoiceStatusCount: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("count", &::payspec::envelope::Cost::Scalar),
                ("status", &InvoiceStatus),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrganizationEnabledButtons: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static OrganizationFields: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static OrganizationFormfieldRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("displayed_name", &::payspec::envelope::Cost::Scalar),
                ("enabled", &::payspec::envelope::Cost::Scalar),
                ("order", &::payspec::envelope::Cost::Scalar),
                ("pk_name", &::payspec::envelope::Cost::Scalar),
                ("placeholder", &::payspec::envelope::Cost::Scalar),
                ("required", &::payspec::envelope::Cost::Scalar),
                ("type", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static OrganizationNotifications: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static OrganizationReportEmails: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static OrganizationSettingRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("name", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static OrganizationSettings: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static OrganizationUsers: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static Payment: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("clientid", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("obtain_datetime", &::payspec::envelope::Cost::Scalar),
                ("orderid", &::payspec::envelope::Cost::Scalar),
                ("pay_amount", &::payspec::envelope::Cost::Scalar),
                ("payment_system_id", &::payspec::envelope::Cost::Scalar),
                ("pending_datetime", &::payspec::envelope::Cost::Scalar),
                ("refund_amount", &::payspec::envelope::Cost::Untyped),
                ("repeat_counter", &::payspec::envelope::Cost::Scalar),
                ("site_description", &::payspec::envelope::Cost::Scalar),
                ("status", &PaymentStatus),
                ("success_datetime", &::payspec::envelope::Cost::Scalar),
                ("system_description", &::payspec::envelope::Cost::Scalar),
                ("unique_id", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentCount: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static PaymentIdRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("id", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static PaymentNotification: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("bank_id", &::payspec::envelope::Cost::Scalar),
                ("batch_date", &::payspec::envelope::Cost::Scalar),
                ("card_expiry", &::payspec::envelope::Cost::Scalar),
                ("card_holder", &::payspec::envelope::Cost::Scalar),
                ("card_number", &::payspec::envelope::Cost::Scalar),
                ("client_email", &::payspec::envelope::Cost::Scalar),
                ("client_phone", &::payspec::envelope::Cost::Scalar),
                ("clientid", &::payspec::envelope::Cost::Scalar),
                ("fop_receipt_key", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("key", &::payspec::envelope::Cost::Scalar),
                ("obtain_datetime", &::payspec::envelope::Cost::Scalar),
                ("orderid", &::payspec::envelope::Cost::Scalar),
                ("pk_hostname", &::payspec::envelope::Cost::Scalar),
                ("ps_id", &::payspec::envelope::Cost::Scalar),
                ("service_name", &::payspec::envelope::Cost::Scalar),
                ("sum", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentOptions: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("CARD_NUMBER", &::payspec::envelope::Cost::Scalar)],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentReverseRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("partial", &::payspec::envelope::Cost::Scalar),
                (
                    "refund_cart",
                    &::payspec::envelope::Cost::Json {
                        inner: &RefundCart,
                    },
                ),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static PaymentStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static PaymentSystem: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("id", &::payspec::envelope::Cost::Scalar),
                ("site_description", &::payspec::envelope::Cost::Scalar),
                ("system_description", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PostSaleReceiptResult: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("receipt_id", &::payspec::envelope::Cost::Scalar)],
            extra: true,
            buffered: true,
        },
    );
    pub static ReceiptProperties: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("agent_info", &::payspec::envelope::Cost::Untyped),
                ("supplier_info", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static Refund: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("datetime", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("payment_id", &::payspec::envelope::Cost::Scalar),
                ("refund_number", &::payspec::envelope::Cost::Scalar),
                ("remainder", &::payspec::envelope::Cost::Scalar),
                ("status", &RefundStatus),
                ("user", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static RefundCart: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::List {
            item: &CartItem,
            size: ::core::mem::size_of::<types::CartItem>(),
            lenient: false,
        },
        size: 0,
    };
    pub static RefundStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static ReportEmailRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("email", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static SystemSum: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("account", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("site_description", &::payspec::envelope::Cost::Scalar),
                ("stuck", &::payspec::envelope::Cost::Scalar),
                ("success", &::payspec::envelope::Cost::Scalar),
                ("system_description", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static SystemSumsDetails: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static SystemsAllSum: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static Token: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("token", &::payspec::envelope::Cost::Scalar)],
            extra: true,
            buffered: true,
        },
    );
    pub static UserAddRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("email", &::payspec::envelope::Cost::Scalar),
                ("login", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("password", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static UserDeleteRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("login", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static UserLastVisit: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static UserSettings: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static UserUpdateRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("email", &::payspec::envelope::Cost::Scalar),
                ("login", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("password", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
}
/// How decoding each operation's success answer allocates, from its Rust type: the
/// client refuses a 2xx JSON answer whose decoding would cost more than
/// `payspec::envelope::DECODE_BUDGET` allows, before decoding it.
pub static DECODE_COSTS: &[(&str, &::payspec::envelope::Cost)] = &[
    ("errors_bydate", &decode_costs::ErrorsByDate),
    ("errors_total", &decode_costs::ErrorsTotal),
    ("invoice_accept_cash", &decode_costs::InvoiceAcceptCashResult),
    (
        "invoice_byid",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Invoice,
            size: ::core::mem::size_of::<crate::generated::types::Invoice>(),
            lenient: true,
        },
    ),
    (
        "invoice_list",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Invoice,
            size: ::core::mem::size_of::<crate::generated::types::Invoice>(),
            lenient: true,
        },
    ),
    ("invoice_listcount", &decode_costs::InvoiceCount),
    ("invoice_preview", &decode_costs::InvoicePreview),
    ("invoice_revoke", &decode_costs::ActionResult),
    ("invoice_send", &decode_costs::ActionResult),
    ("organization_enabledbuttons", &decode_costs::OrganizationEnabledButtons),
    ("organization_fields", &decode_costs::OrganizationFields),
    ("organization_formfield_change", &decode_costs::ActionResult),
    ("organization_notifications", &decode_costs::OrganizationNotifications),
    ("organization_reportemail_add", &decode_costs::ActionResult),
    ("organization_reportemail_delete", &decode_costs::ActionResult),
    ("organization_reportemails", &decode_costs::OrganizationReportEmails),
    ("organization_setting_change", &decode_costs::ActionResult),
    ("organization_settings", &decode_costs::OrganizationSettings),
    ("organization_users", &decode_costs::OrganizationUsers),
    (
        "payment_byid",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Payment,
            size: ::core::mem::size_of::<crate::generated::types::Payment>(),
            lenient: true,
        },
    ),
    ("payment_capture", &decode_costs::ActionResult),
    ("payment_options_byid", &decode_costs::PaymentOptions),
    ("payment_post_sale_receipt", &decode_costs::PostSaleReceiptResult),
    ("payment_repeatcnt", &decode_costs::ActionResult),
    ("payment_reverse", &decode_costs::ActionResult),
    (
        "payments_bydate",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Payment,
            size: ::core::mem::size_of::<crate::generated::types::Payment>(),
            lenient: true,
        },
    ),
    ("payments_bydatecount", &decode_costs::PaymentCount),
    (
        "payments_search",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Payment,
            size: ::core::mem::size_of::<crate::generated::types::Payment>(),
            lenient: true,
        },
    ),
    (
        "refunds_bypaymentid",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Refund,
            size: ::core::mem::size_of::<crate::generated::types::Refund>(),
            lenient: true,
        },
    ),
    ("systems_allsum", &decode_costs::SystemsAllSum),
    (
        "systems_list",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::PaymentSystem,
            size: ::core::mem::size_of::<crate::generated::types::PaymentSystem>(),
            lenient: true,
        },
    ),
    (
        "systems_sums",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::SystemSum,
            size: ::core::mem::size_of::<crate::generated::types::SystemSum>(),
            lenient: true,
        },
    ),
    ("systems_sums_details", &decode_costs::SystemSumsDetails),
    (
        "token_get",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Token,
            size: ::core::mem::size_of::<crate::generated::types::Token>(),
            lenient: true,
        },
    ),
    ("user_add", &decode_costs::ActionResult),
    ("user_delete", &decode_costs::ActionResult),
    ("user_lastvisit", &decode_costs::UserLastVisit),
    ("user_settings", &decode_costs::UserSettings),
    ("user_update", &decode_costs::ActionResult),
];
/// The signatures the client computes, from each operation's `x-signature` in the spec.
pub const SIGNATURES: &[::payspec::auth::SignatureRecipe] = &[];
/// The body fields the client fills from its configuration when the caller leaves them
/// out, from each operation's `x-client-fills` in the spec.
pub const CLIENT_FILLS: &[(&str, &[&str])] = &[];
/// The operations that need at least one parameter of each group set
/// (`x-require-one-of` in the spec); the client refuses the call before sending it
/// otherwise.
pub const REQUIRE_ONE_OF: &[(&str, &[&[&str]])] = &[];
/// The operations that are safe to repeat (`x-idempotent: true` in the spec): the only
/// ones a retry policy repeats.
///
/// Every operation, whether a [`RetryPolicy`](payspec::RetryPolicy) may repeat it, and
/// what the spec says about repeating it (`x-idempotent-note`): what makes a repeat safe,
/// or how to find out whether a call that failed uncertainly went through.
///
/// | operation | repeated | note |
/// |---|---|---|
/// | `errors_bydate` | yes |  |
/// | `errors_total` | yes |  |
/// | `export_invoices` | yes |  |
/// | `export_payments` | yes |  |
/// | `invoice_accept_cash` | never | Not retried automatically: after an uncertain failure read `invoice_byid`; `status` `paid` with a payment number (`paymentid`) means the cash payment was recorded (seed 002, §3.1, §3.7). |
/// | `invoice_byid` | yes |  |
/// | `invoice_list` | yes |  |
/// | `invoice_listcount` | yes |  |
/// | `invoice_preview` | never | Not retried automatically and there is no lookup (an invoice in status `created` is not returned by `invoice_list`, seed 002, §3.4), but an invoice reaches the payer only through `invoice_send` or the `invoice_url` you hand out, so after an uncertain failure preparing it again leaves at most an unused invoice behind. |
/// | `invoice_revoke` | never |  |
/// | `invoice_send` | never | Not retried automatically, as a repeat e-mails the payer again: after an uncertain failure read `invoice_byid`; `status` `sent` (or `paid`) means the e-mail went out (seed 002, §3.1, §3.5). |
/// | `organization_enabledbuttons` | yes |  |
/// | `organization_fields` | yes |  |
/// | `organization_formfield_change` | never |  |
/// | `organization_notifications` | yes |  |
/// | `organization_reportemail_add` | never |  |
/// | `organization_reportemail_delete` | never |  |
/// | `organization_reportemails` | yes |  |
/// | `organization_setting_change` | yes | Safe to repeat: it sets the named setting to the given value and moves no money (https://docs.paykeeper.ru/dokumentatsiya-json-api/modifikatsiya-nastroek 5.1), so a repeat leaves the same final state. |
/// | `organization_settings` | yes |  |
/// | `organization_users` | yes |  |
/// | `payment_byid` | yes |  |
/// | `payment_capture` | never | Not retried automatically: after an uncertain failure read the payment with `payment_byid` and check its `status` before capturing again. |
/// | `payment_options_byid` | yes |  |
/// | `payment_post_sale_receipt` | never |  |
/// | `payment_repeatcnt` | never |  |
/// | `payment_reverse` | never | Not retried automatically: after an uncertain failure list the payment's refunds with `refunds_bypaymentid` and read its `status` and `refund_amount` with `payment_byid` before refunding again. |
/// | `payments_bydate` | yes |  |
/// | `payments_bydatecount` | yes |  |
/// | `payments_search` | yes |  |
/// | `refunds_bypaymentid` | yes |  |
/// | `systems_allsum` | yes |  |
/// | `systems_list` | yes |  |
/// | `systems_sums` | yes |  |
/// | `systems_sums_details` | yes |  |
/// | `token_get` | yes |  |
/// | `user_add` | never |  |
/// | `user_delete` | never |  |
/// | `user_lastvisit` | yes |  |
/// | `user_settings` | yes |  |
/// | `user_update` | never |  |
pub const IDEMPOTENT: &[&str] = &[
    "errors_bydate",
    "errors_total",
    "export_invoices",
    "export_payments",
    "invoice_byid",
    "invoice_list",
    "invoice_listcount",
    "organization_enabledbuttons",
    "organization_fields",
    "organization_notifications",
    "organization_reportemails",
    "organization_setting_change",
    "organization_settings",
    "organization_users",
    "payment_byid",
    "payment_options_byid",
    "payments_bydate",
    "payments_bydatecount",
    "payments_search",
    "refunds_bypaymentid",
    "systems_allsum",
    "systems_list",
    "systems_sums",
    "systems_sums_details",
    "token_get",
    "user_lastvisit",
    "user_settings",
];
/// What each operation's `send()` does with an answer, sorted by operation: the
/// statuses it declares and how it decodes the success (see `payspec::hooks::Answers`).
pub const ANSWERS: &[::payspec::hooks::Answers] = &[
    ::payspec::hooks::Answers {
        operation: "errors_bydate",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ErrorsByDate>()),
    },
    ::payspec::hooks::Answers {
        operation: "errors_total",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ErrorsTotal>()),
    },
    ::payspec::hooks::Answers {
        operation: "export_invoices",
        statuses: &[(200u16, 200u16)],
        json: None,
    },
    ::payspec::hooks::Answers {
        operation: "export_payments",
        statuses: &[(200u16, 200u16)],
        json: None,
    },
    ::payspec::hooks::Answers {
        operation: "invoice_accept_cash",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceAcceptCashResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_byid",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::Single<crate::generated::types::Invoice>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_list",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::Invoice>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_listcount",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceCount>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_preview",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoicePreview>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_revoke",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_send",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_enabledbuttons",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrganizationEnabledButtons>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_fields",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrganizationFields>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_formfield_change",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_notifications",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrganizationNotifications>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_reportemail_add",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_reportemail_delete",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_reportemails",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrganizationReportEmails>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_setting_change",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_settings",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrganizationSettings>()),
    },
    ::payspec::hooks::Answers {
        operation: "organization_users",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrganizationUsers>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_byid",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::Single<crate::generated::types::Payment>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "payment_capture",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_options_byid",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PaymentOptions>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_post_sale_receipt",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PostSaleReceiptResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_repeatcnt",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_reverse",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payments_bydate",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::Payment>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "payments_bydatecount",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PaymentCount>()),
    },
    ::payspec::hooks::Answers {
        operation: "payments_search",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::Payment>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "refunds_bypaymentid",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::Refund>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "systems_allsum",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SystemsAllSum>()),
    },
    ::payspec::hooks::Answers {
        operation: "systems_list",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::PaymentSystem>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "systems_sums",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::SystemSum>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "systems_sums_details",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SystemSumsDetails>()),
    },
    ::payspec::hooks::Answers {
        operation: "token_get",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::Single<crate::generated::types::Token>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "user_add",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "user_delete",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "user_lastvisit",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::UserLastVisit>()),
    },
    ::payspec::hooks::Answers {
        operation: "user_settings",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::UserSettings>()),
    },
    ::payspec::hooks::Answers {
        operation: "user_update",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ActionResult>()),
    },
];
/// The members each operation's success answer may carry (its `200` JSON schema):
/// an object answer with members, none of them among these, is in no documented shape
/// and becomes a decode error, as does a list none of whose items is.
pub const SUCCESS_MEMBERS: &[::payspec::envelope::SuccessMembers] = &[
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_accept_cash",
        members: &["error_code", "msg", "payment", "result"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_preview",
        members: &[
            "error_code",
            "invoice",
            "invoice_id",
            "invoice_url",
            "msg",
            "result",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_revoke",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_send",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "organization_reportemail_add",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "organization_reportemail_delete",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "organization_formfield_change",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "organization_setting_change",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_capture",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_post_sale_receipt",
        members: &["error_code", "msg", "receipt_id", "result"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_repeatcnt",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_reverse",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "user_add",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "user_delete",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "user_update",
        members: &["captured", "error_code", "msg", "result", "total"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "export_invoices",
        members: &["error_code", "msg", "result"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "export_payments",
        members: &["error_code", "msg", "result"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "errors_total",
        members: &["error_code", "msg", "result", "total", "totalWithGroup"],
        items: &[],
        lists: &[("totalWithGroup", &["error_code", "total", "user_description"])],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_byid",
        members: &[
            "client_email",
            "client_phone",
            "clientid",
            "created_datetime",
            "error_code",
            "expiry_datetime",
            "id",
            "msg",
            "orderid",
            "paid_datetime",
            "pay_amount",
            "payment_id",
            "paymentid",
            "result",
            "service_name",
            "status",
            "user_id",
            "user_login",
        ],
        items: &[
            "client_email",
            "client_phone",
            "clientid",
            "created_datetime",
            "expiry_datetime",
            "id",
            "orderid",
            "paid_datetime",
            "pay_amount",
            "payment_id",
            "paymentid",
            "service_name",
            "status",
            "user_id",
            "user_login",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_list",
        members: &[
            "client_email",
            "client_phone",
            "clientid",
            "created_datetime",
            "error_code",
            "expiry_datetime",
            "id",
            "msg",
            "orderid",
            "paid_datetime",
            "pay_amount",
            "payment_id",
            "paymentid",
            "result",
            "service_name",
            "status",
            "user_id",
            "user_login",
        ],
        items: &[
            "client_email",
            "client_phone",
            "clientid",
            "created_datetime",
            "expiry_datetime",
            "id",
            "orderid",
            "paid_datetime",
            "pay_amount",
            "payment_id",
            "paymentid",
            "service_name",
            "status",
            "user_id",
            "user_login",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_listcount",
        members: &["error_code", "fullcount", "msg", "result", "statuses"],
        items: &[],
        lists: &[("fullcount", &["count"]), ("statuses", &["count", "status"])],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_options_byid",
        members: &["CARD_NUMBER", "error_code", "msg", "result"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payments_bydate",
        members: &[
            "clientid",
            "error_code",
            "id",
            "msg",
            "obtain_datetime",
            "orderid",
            "pay_amount",
            "payment_system_id",
            "pending_datetime",
            "refund_amount",
            "repeat_counter",
            "result",
            "site_description",
            "status",
            "success_datetime",
            "system_description",
            "unique_id",
        ],
        items: &[
            "clientid",
            "id",
            "obtain_datetime",
            "orderid",
            "pay_amount",
            "payment_system_id",
            "pending_datetime",
            "refund_amount",
            "repeat_counter",
            "site_description",
            "status",
            "success_datetime",
            "system_description",
            "unique_id",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_byid",
        members: &[
            "clientid",
            "error_code",
            "id",
            "msg",
            "obtain_datetime",
            "orderid",
            "pay_amount",
            "payment_system_id",
            "pending_datetime",
            "refund_amount",
            "repeat_counter",
            "result",
            "site_description",
            "status",
            "success_datetime",
            "system_description",
            "unique_id",
        ],
        items: &[
            "clientid",
            "id",
            "obtain_datetime",
            "orderid",
            "pay_amount",
            "payment_system_id",
            "pending_datetime",
            "refund_amount",
            "repeat_counter",
            "site_description",
            "status",
            "success_datetime",
            "system_description",
            "unique_id",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payments_search",
        members: &[
            "clientid",
            "error_code",
            "id",
            "msg",
            "obtain_datetime",
            "orderid",
            "pay_amount",
            "payment_system_id",
            "pending_datetime",
            "refund_amount",
            "repeat_counter",
            "result",
            "site_description",
            "status",
            "success_datetime",
            "system_description",
            "unique_id",
        ],
        items: &[
            "clientid",
            "id",
            "obtain_datetime",
            "orderid",
            "pay_amount",
            "payment_system_id",
            "pending_datetime",
            "refund_amount",
            "repeat_counter",
            "site_description",
            "status",
            "success_datetime",
            "system_description",
            "unique_id",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "refunds_bypaymentid",
        members: &[
            "amount",
            "datetime",
            "error_code",
            "id",
            "msg",
            "payment_id",
            "refund_number",
            "remainder",
            "result",
            "status",
            "user",
        ],
        items: &[
            "amount",
            "datetime",
            "id",
            "payment_id",
            "refund_number",
            "remainder",
            "status",
            "user",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "token_get",
        members: &["error_code", "msg", "result", "token"],
        items: &["token"],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "systems_list",
        members: &[
            "error_code",
            "id",
            "msg",
            "result",
            "site_description",
            "status",
            "system_description",
        ],
        items: &["id", "site_description", "system_description"],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "systems_sums",
        members: &[
            "account",
            "currency",
            "error_code",
            "id",
            "msg",
            "result",
            "site_description",
            "status",
            "stuck",
            "success",
            "system_description",
        ],
        items: &[
            "account",
            "currency",
            "id",
            "site_description",
            "stuck",
            "success",
            "system_description",
        ],
        lists: &[],
    },
];
/// How the error envelope `FailEnvelope` is recognised, with its documented messages and codes (`x-envelope`, `x-known-messages`, `x-known-codes`, `x-success-codes` in the spec).
pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope {
    schema: "FailEnvelope",
    member: ::std::option::Option::None,
    marker: &["result"],
    test: ::payspec::envelope::Test::Failure(&["fail"]),
    absent: ::payspec::envelope::Absent::Success,
    http_errors: false,
    unless: &[],
    code: &[&["error_code"]],
    messages: &[&["msg"]],
    auth_status: &[401u16],
    known_messages: &[
        ::payspec::envelope::KnownMessage {
            message: "Токен безопасности не верен.",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: true,
        },
        ::payspec::envelope::KnownMessage {
            message: "Счёт не найден.",
            kind: ::payspec::RejectionKind::Provider,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Нельзя сделать возврат по платежу, статус которого не \"совершён\"",
            kind: ::payspec::RejectionKind::Provider,
            matching: ::payspec::envelope::Match::Prefix,
            stale_token: false,
        },
    ],
    known_codes: &[],
};
/// The credential `basic` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_BASIC: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "basic",
    placement: ::payspec::envelope::Placement::Header,
    scheme: ::std::option::Option::Some("basic"),
};
/// The credential `token` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_TOKEN: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "token",
    placement: ::payspec::envelope::Placement::Body,
    scheme: ::std::option::Option::None,
};
/// Every credential, from `securitySchemes` and `x-auth` in the spec.
pub const CREDENTIALS: &[::payspec::envelope::Credential] = &[
    CREDENTIAL_BASIC,
    CREDENTIAL_TOKEN,
];
/// The path of the operation that fetches the session token (the `x-auth` item with
/// `operation` in the spec), if the provider has one.
pub const TOKEN_ENDPOINT: ::std::option::Option<&str> = ::std::option::Option::Some(
    "/info/settings/token/",
);
/// The checks made before sending (`x-pre-send-check`, `x-non-empty-path-parameters`).
pub const PRE_SEND_CHECKS: &[::payspec::envelope::PreSendCheck] = &[];
/// The base URLs of the spec's `servers`, in its order (a `{variable}` stays as written).
pub const SERVERS: &[&str] = &["https://{server}"];
/// Every code the spec documents (`x-known-codes`), by name.
pub mod known_codes {}
